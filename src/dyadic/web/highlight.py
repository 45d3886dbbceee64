"""Marks on article text: actor mentions, event verbs, quotations and places, cut into segments.

A page shows the text as a run of segments; each segment is covered by the
same set of marks all along, so overlapping marks (a mention inside a
quotation) need no nested tags. Offsets are character offsets into
``Article.text``, end-exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Mark:
    """One annotation on the text.

    Attributes:
        key: Unique within the page (``m3``, ``e0``, ``q1``, ``p2``).
        kind: ``actor``, ``verb``, ``quote``, ``place`` (article page) or
            ``source``, ``target`` (event page).
        start/end: Character offsets into the article text.
        title: One-line summary shown on hover.
        info: Fields shown on click (JSON-ready).
    """

    key: str
    kind: str
    start: int
    end: int
    title: str
    info: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Segment:
    """A stretch of text covered by the same marks; ``start`` is its offset in the article."""

    text: str
    start: int
    marks: tuple[Mark, ...]

    @property
    def classes(self) -> str:
        """CSS classes: ``mk`` plus ``mk-<kind>`` for each kind covering it."""
        return " ".join(["mk", *sorted({f"mk-{m.kind}" for m in self.marks})])

    @property
    def keys(self) -> str:
        """Space-separated mark keys, for the click handler."""
        return " ".join(m.key for m in self.marks)

    @property
    def title(self) -> str:
        """Hover text: the marks' titles, one a line."""
        return "\n".join(m.title for m in self.marks)


def segments(text: str, marks: list[Mark], lo: int = 0, hi: int | None = None) -> list[Segment]:
    """Cut ``text[lo:hi]`` into segments at every mark boundary.

    Args:
        text: The article text.
        marks: Marks, any order, may overlap; parts outside ``lo..hi`` are ignored.
        lo, hi: The stretch to show (default the whole text).

    Returns:
        Segments in text order covering ``text[lo:hi]`` exactly; unmarked
        stretches have no marks; a segment's marks are ordered outermost first.
    """
    hi = len(text) if hi is None else hi
    inside = sorted(
        (m for m in marks if m.end > lo and m.start < hi and m.end > m.start), key=lambda m: (m.start, -m.end)
    )
    cuts = sorted({lo, hi, *(max(lo, m.start) for m in inside), *(min(hi, m.end) for m in inside)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = tuple(m for m in inside if m.start <= a and m.end >= b)
        out.append(Segment(text[a:b], a, covering))
    return out


def _actor(code: str | None, name: str | None) -> str:
    return f"{code or '?'} ({name})" if name else (code or "?")


def article_marks(article: dict[str, Any]) -> list[Mark]:
    """Marks for a stored article record (:meth:`dyadic.store.Store.article`)."""
    marks: list[Mark] = []
    for i, q in enumerate(article["quotations"]):
        sp = q.get("speaker") or {}
        marks.append(
            Mark(
                f"q{i}",
                "quote",
                q["start"],
                q["end"],
                f"{q['kind']} quotation · speaker {_actor(sp.get('code'), sp.get('name'))} · cue {q['cue']}",
                {
                    "type": "quotation",
                    "kind": q["kind"],
                    "cue": q["cue"],
                    "speaker": sp.get("name"),
                    "speaker code": sp.get("code"),
                    "offsets": f"{q['start']}-{q['end']}",
                },
            )
        )
    for i, m in enumerate(article["mentions"]):
        marks.append(
            Mark(
                f"m{i}",
                "actor",
                m["start"],
                m["end"],
                f"actor {m['code']} · {m['name']} ({m['kind']}) · rule {m['rule']}",
                {
                    "type": "actor mention",
                    "code": m["code"],
                    "name": m["name"],
                    "kind": m["kind"],
                    "country": m["country"],
                    "role": m["role"],
                    "rule": m["rule"],
                    "offsets": f"{m['start']}-{m['end']}",
                },
            )
        )
    for i, p in enumerate(article["places"]):
        marks.append(
            Mark(
                f"p{i}",
                "place",
                p["start"],
                p["end"],
                f"place {p['name']}, {p['country']} · GeoNames {p['geonames_id']} · {p['feature_code']}",
                {
                    "type": "place",
                    "name": p["name"],
                    "country": p["country"],
                    "GeoNames id": p["geonames_id"],
                    "feature": p["feature_code"],
                    "lat, lon": f"{p['lat']:.4f}, {p['lon']:.4f}",
                    "rule": p["rule"],
                    "offsets": f"{p['start']}-{p['end']}",
                },
            )
        )
    for i, e in enumerate(article["events"]):
        marks.append(event_mark(f"e{i}", e))
    return marks


def event_mark(key: str, e: dict[str, Any]) -> Mark:
    """The mark on an event's verb, with its codes, status and pattern."""
    src, tgt = e["source"], e.get("target")
    dyad = f"{src['code']} → {tgt['code'] if tgt else '—'}"
    ev = e["evidence"]
    return Mark(
        key,
        "verb",
        ev["verb_start"],
        ev["verb_end"],
        f"event {e['cameo']} {e['cameo_name']} · {dyad} · {e['status']} · pattern {ev['pattern']}",
        {
            "type": "event",
            "event_id": e["event_id"],
            "CAMEO": f"{e['cameo']} {e['cameo_name']}",
            "PLOVER": e["plover"],
            "source": _actor(src["code"], src["name"]),
            "target": _actor(tgt["code"], tgt["name"]) if tgt else None,
            "status": e["status"],
            "Goldstein": e["goldstein"],
            "QuadClass": e["quad_class"],
            "date": e["date"],
            "pattern": ev["pattern"],
            "rule": ev["rule"],
            "href": f"/events/{e['event_id']}",
        },
    )


def event_marks(e: dict[str, Any]) -> list[Mark]:
    """Source, verb and target marks of one event (event page)."""
    marks = [
        Mark("s", "source", e["source"]["start"], e["source"]["end"], f"source {e['source']['code']}"),
        event_mark("v", e),
    ]
    if e.get("target"):
        marks.append(
            Mark("t", "target", e["target"]["start"], e["target"]["end"], f"target {e['target']['code']}")
        )
    return marks

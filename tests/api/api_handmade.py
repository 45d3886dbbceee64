"""Hand-made coded articles for API and page tests (no spaCy needed).

Offsets are computed from the texts, so they are right by construction.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from fastapi.testclient import TestClient

from dyadic.records import (
    Actor,
    ActorKind,
    Article,
    ArticleResult,
    Event,
    EventActor,
    EventStatus,
    Evidence,
    Mention,
    Place,
    PlaceMention,
    Quotation,
    Speaker,
    text_article_id,
)
from dyadic.server import ServerSettings, create_app

VISIT_TEXT = (
    "TEHRAN – Iranian President Ebrahim Raisi left Tehran for Caracas on Monday. "
    "Venezuelan President Nicolas Maduro will welcome Raisi in Caracas. "
    "“We stand against unilateralism,” Raisi said."
)
ACCUSE_TEXT = "US officials accused Iran of supplying drones to Russia."
XSS_TITLE = "<script>alert('title')</script> Raisi"
XSS_TEXT = "<img src=x onerror=alert(1)> Iran <script>alert(2)</script> accused Venezuela."

TEHRAN = Place(112931, "Tehran", "IRN", "26", 35.69439, 51.42151, "P", "PPLC")
CARACAS = Place(3646738, "Caracas", "VEN", "25", 10.48801, -66.87919, "P", "PPLC")

IRNGOV = Actor("IRNGOV", "IRN", "GOV", "Ebrahim Raisi", ActorKind.PERSON)
VENGOV = Actor("VENGOV", "VEN", "GOV", "Nicolas Maduro", ActorKind.PERSON)
VEN_CAPITAL = Actor("VENGOV", "VEN", "GOV", "Venezuela", ActorKind.COUNTRY)
IRN = Actor("IRN", "IRN", None, "Iran", ActorKind.COUNTRY)
VEN = Actor("VEN", "VEN", None, "Venezuela", ActorKind.COUNTRY)
USAGOV = Actor("USAGOV", "USA", "GOV", "United States", ActorKind.AGENT)


def _span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    return at, at + len(needle)


def _mention(text: str, needle: str, actor: Actor, sentence: int, rule: str, nth: int = 0) -> Mention:
    s, e = _span(text, needle, nth)
    return Mention(needle, s, e, 0, 0, sentence, actor, rule)


def _event(
    article: Article,
    sentence_index: int,
    sentence: str,
    src: Mention,
    verb: str,
    tgt: Mention | None,
    cameo: str,
    name: str,
    plover: str,
    goldstein: float,
    quad: int,
    status: EventStatus,
    place: Place | None = None,
    verb_nth: int = 0,
) -> Event:
    vs, ve = _span(article.text, verb, verb_nth)
    eid = (
        f"{article.article_id}:{sentence_index}:{vs}:{cameo}:{src.actor.code}:{tgt.actor.code if tgt else ''}"
    )
    return Event(
        event_id=eid,
        article_id=article.article_id,
        sentence_index=sentence_index,
        sentence=sentence,
        date=article.published,
        source=EventActor.from_mention(src),
        target=EventActor.from_mention(tgt) if tgt else None,
        cameo=cameo,
        cameo_root=cameo[:2],
        cameo_name=name,
        plover=plover,
        plover_mode=None,
        plover_context=None,
        goldstein=goldstein,
        quad_class=quad,
        status=status,
        evidence=Evidence(vs, ve, f"pattern for {verb}"),
        confidence=0.9,
        place=place,
    )


def visit_result() -> ArticleResult:
    """Raisi's visit: 042 IRNGOV->VENGOV (realized, Caracas), a planned 043, a quotation, three places."""
    t = VISIT_TEXT
    art = Article(
        text_article_id(t),
        t,
        title="Raisi leaves for Caracas",
        published=date(2023, 6, 12),
        source="Mehr News Agency",
        origin="test",
    )
    s0, s1 = t[9 : t.index(". ") + 1], t[t.index("Venezuelan") : t.index("Caracas. ") + 8]
    raisi = _mention(t, "Iranian President Ebrahim Raisi", IRNGOV, 0, "title+nationality")
    caracas = _mention(t, "Caracas", VEN_CAPITAL, 0, "capital")
    maduro = _mention(t, "Venezuelan President Nicolas Maduro", VENGOV, 1, "title+nationality")
    raisi2 = _mention(t, "Raisi", IRNGOV, 1, "leader", nth=1)
    raisi3 = _mention(t, "Raisi", IRNGOV, 2, "leader", nth=2)
    events = [
        _event(
            art,
            0,
            s0,
            raisi,
            "left",
            caracas,
            "042",
            "Make a visit",
            "CONSULT",
            1.9,
            1,
            EventStatus.REALIZED,
            CARACAS,
        ),
        _event(
            art,
            1,
            s1,
            maduro,
            "welcome",
            raisi2,
            "043",
            "Host a visit",
            "CONSULT",
            2.8,
            1,
            EventStatus.PLANNED,
            CARACAS,
        ),
    ]
    qs, qe = _span(t, "We stand against unilateralism,")
    quote = Quotation(
        f"{art.article_id}:q:{qs}",
        art.article_id,
        2,
        t[qs:qe],
        qs,
        qe,
        "direct",
        "said",
        Speaker("Raisi", "Ebrahim Raisi", "IRNGOV", raisi3.start, raisi3.end),
    )
    places = []
    for i, (needle, place, nth) in enumerate(
        [("Tehran", TEHRAN, 0), ("Caracas", CARACAS, 0), ("Caracas", CARACAS, 1)]
    ):
        s, e = _span(t, needle, nth)
        places.append(
            PlaceMention(
                f"{art.article_id}:p{i}",
                art.article_id,
                0 if s < len(s0) + 9 else 1,
                needle,
                s,
                e,
                place,
                "gazetteer",
            )
        )
    return ArticleResult(art, [raisi, caracas, maduro, raisi2, raisi3], events, [quote], places)


def accuse_result() -> ArticleResult:
    """A later article: a 112 USAGOV->IRN accusation (verbal conflict)."""
    t = ACCUSE_TEXT
    art = Article(text_article_id(t), t, title="US accuses Iran", published=date(2023, 7, 3), origin="test")
    us = _mention(t, "US officials", USAGOV, 0, "agent")
    iran = _mention(t, "Iran", IRN, 0, "country-name")
    ev = _event(
        art,
        0,
        t,
        us,
        "accused",
        iran,
        "112",
        "Accuse, not specified below",
        "ACCUSE",
        -2.0,
        3,
        EventStatus.REALIZED,
    )
    return ArticleResult(art, [us, iran], [ev])


def xss_result() -> ArticleResult:
    """An article whose title and text carry script and ``onerror=`` payloads."""
    t = XSS_TEXT
    art = Article(
        text_article_id(t),
        t,
        title=XSS_TITLE,
        published=date(2023, 8, 1),
        source="<b onmouseover=alert(3)>src</b>",
        origin="test",
    )
    iran = _mention(t, "Iran", IRN, 0, "country-name")
    ven = _mention(t, "Venezuela", VEN, 0, "country-name")
    ev = _event(
        art,
        0,
        t,
        iran,
        "accused",
        ven,
        "112",
        "Accuse <script>x</script>",
        "ACCUSE",
        -2.0,
        3,
        EventStatus.REALIZED,
    )
    return ArticleResult(art, [iran, ven], [ev])


def all_results() -> list[ArticleResult]:
    """The three hand-made articles, in date order."""
    return [visit_result(), accuse_result(), xss_result()]


class StubCoder:
    """Codes the hand-made texts as hand-made; any other text as an article with no annotations."""

    def __init__(self) -> None:
        self.calls: list[Article] = []
        self.known = {r.article.text: r for r in all_results()}

    def code(self, article: Article) -> ArticleResult:
        self.calls.append(article)
        known = self.known.get(article.text)
        if known is None:
            return ArticleResult(article)
        return dataclasses.replace(known, article=article)


def make_client(db: str, stub: StubCoder, **settings: object) -> TestClient:
    """A TestClient over ``create_app`` with the stub coder (use as a context manager)."""
    app = create_app(ServerSettings(db_path=db, **settings), coder_factory=lambda s: stub)  # type: ignore[arg-type]
    return TestClient(app)

"""Hand-made coded articles for merging and relations tests (no NLP)."""

from __future__ import annotations

from datetime import date

from dyadic.records import Article, ArticleResult, Event, EventActor, EventStatus, Evidence

#: CAMEO code -> (name, root, Goldstein, QuadClass), CAMEO 1.1b3 / GDELT values.
CODES = {
    "042": ("Make a visit", "04", 1.9, 1),
    "043": ("Host a visit", "04", 2.8, 1),
    "057": ("Sign formal agreement", "05", 8.0, 1),
    "070": ("Provide aid", "07", 7.0, 2),
    "090": ("Investigate, not specified below", "09", -2.0, 2),
    "111": ("Criticize or denounce", "11", -2.0, 3),
    "190": ("Use conventional military force", "19", -10.0, 4),
}

ACTORS = {
    "IRNGOV": ("IRN", "GOV", "Ebrahim Raisi"),
    "IRNMIL": ("IRN", "MIL", "Iranian army"),
    "VENGOV": ("VEN", "GOV", "Nicolas Maduro"),
    "CUBGOV": ("CUB", "GOV", "Miguel Diaz-Canel"),
    "USAGOV": ("USA", "GOV", "Joe Biden"),
    "IGOUNO": (None, None, "United Nations"),
    "COP": (None, "COP", "police"),
}


def actor(code: str, start: int = 0) -> EventActor:
    country, role, name = ACTORS[code]
    return EventActor(name, code, country, role, name, start, start + len(name))


def event(
    article_id: str,
    n: int,
    day: date | None,
    source: str,
    target: str | None,
    cameo: str,
    sentence_index: int = 0,
    status: EventStatus = EventStatus.REALIZED,
) -> Event:
    """Event ``n`` of an article: ``source`` does ``cameo`` to ``target`` on ``day``."""
    name, root, goldstein, quad = CODES[cameo]
    sentence = f"{source} {name.lower()} {target or ''} ({n})."
    return Event(
        event_id=f"{article_id}-e{n}",
        article_id=article_id,
        sentence_index=sentence_index,
        sentence=sentence,
        date=day,
        source=actor(source, 0),
        target=actor(target, 40) if target else None,
        cameo=cameo,
        cameo_root=root,
        cameo_name=name,
        plover=None,
        plover_mode=None,
        plover_context=None,
        goldstein=goldstein,
        quad_class=quad,
        status=status,
        evidence=Evidence(20 + n, 24 + n, "PATTERN"),
        confidence=0.9,
    )


def article_result(
    article_id: str, publisher: str | None, events: list[Event], published: date = date(2023, 6, 12)
) -> ArticleResult:
    text = " ".join(e.sentence for e in events) or "Nothing happened."
    return ArticleResult(
        Article(
            article_id,
            text,
            None,
            published,
            f"https://example.org/{article_id}",
            publisher,
            f"{article_id}.txt",
        ),
        events=events,
    )

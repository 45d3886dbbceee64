"""The JSON API under ``/api``: code articles; read events, articles, relations, actors, quotes, places."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from dyadic.api.articles import ArticleIn, article_from_request, safe_links
from dyadic.api.errors import ApiError
from dyadic.api.limits import WorkLimits
from dyadic.api.security import check_write_token
from dyadic.errors import CodingError, PipelineNotInstalled
from dyadic.records import Article, EventStatus
from dyadic.relations import (
    ActorChoice,
    CountedStatus,
    Period,
    RelationRangeError,
    UnknownActor,
    event_with_evidence,
    relation_series,
    resolve_actor,
)
from dyadic.server import AppState
from dyadic.store import EventStore

router = APIRouter(prefix="/api")

#: Most rows one list (``GET /api/events``, ``/api/articles``, ``/api/actors`` ...) returns.
MAX_LIMIT = 1000

#: Largest ``offset`` accepted (the store's integers are 64-bit; no store holds this many rows).
MAX_OFFSET = 1_000_000_000


Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description=f"Rows to skip, 0 .. {MAX_OFFSET}.")]

#: An actor filter: a code in any case, or a name the actor dictionary knows (:func:`_actor`).
ActorFilter = Annotated[
    str | None,
    Query(
        min_length=1,
        max_length=80,
        description="Actor or country code, any case (IRN, irngov; IRN matches IRNGOV), or a country, "
        "IGO or organisation name (Iran, the UN): resolved to its code, or 422 listing close codes.",
    ),
]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Most rows returned, 1 .. {MAX_LIMIT}.")]


class EventOrder(StrEnum):
    """Order of ``GET /api/events``: ``oldest`` first (the default, as documented from the start)
    or ``newest`` first (as the /events page lists them)."""

    oldest = "oldest"
    newest = "newest"


def _actor(store: EventStore, field: str, given: str) -> ActorChoice:
    """``given`` resolved to the code filters and relations count (:func:`resolve_actor`).

    Raises:
        ApiError: 422 naming ``field``, with ``suggestions`` (close ``{code, name}``).
    """
    try:
        return resolve_actor(store, given)
    except UnknownActor as exc:
        suggestions = [{"code": c, "name": n} for c, n in exc.suggestions]
        raise ApiError(422, f"{field}: {exc}", field, extra={"suggestions": suggestions}) from None


def _resolved(choices: dict[str, ActorChoice]) -> dict[str, dict[str, Any]]:
    """The actors a request named, as answered: ``{field: {query, code, name}}``."""
    return {f: {"query": c.text, "code": c.code, "name": c.name} for f, c in choices.items()}


def _state(request: Request) -> AppState:
    state: AppState = request.app.state.dyadic
    return state


def work_limits(request: Request) -> WorkLimits:
    """The app's :class:`WorkLimits` (made by ``create_app``; made here for an app that did not)."""
    limits: WorkLimits | None = getattr(request.app.state, "dyadic_limits", None)
    if limits is None:
        limits = request.app.state.dyadic_limits = WorkLimits(_state(request).settings)
    return limits


@router.post("/articles", status_code=201, dependencies=[Depends(check_write_token)])
async def post_article(body: ArticleIn, request: Request, response: Response) -> dict[str, Any]:
    """Code an article (``text``, ``html`` or ``url``), store it, and return it with its annotations.

    Answers 201 when stored, 200 when the same text was stored before (its
    stored coding is returned, ``created`` false). The article ``id`` is
    ``sha1:`` + 16 hex digits of its text. Texts over ``max_api_article_chars``
    get 422; coding runs on one worker thread of its own (other requests are
    answered meanwhile), and when ``max_queued_codings`` articles already wait
    or coding takes over ``coding_timeout_s`` the answer is 503 with
    ``Retry-After``; at most ``max_concurrent_fetches`` URLs are fetched at once
    (503 beyond), each within ``fetch_deadline_s``.
    """
    state = _state(request)
    limits = work_limits(request)
    if body.url is not None and body.text is None and body.html is None:
        with limits.fetch_slot():
            article = await run_in_threadpool(article_from_request, body, state.settings)
    else:
        article = await run_in_threadpool(article_from_request, body, state.settings)
    stored = await limits.code(lambda: _code_and_store(state, article))
    out = await run_in_threadpool(_stored_article, state, article.article_id)
    response.status_code = 200 if stored else 201
    return safe_links({"id": out["article_id"], "created": not stored, **out})


def _code_and_store(state: AppState, article: Article) -> bool:
    """Code and store ``article`` unless stored; whether it was stored before (on the coding thread)."""
    with state.store() as store:
        if store.has_article(article.article_id):
            return True
    try:
        result = state.code(article)
    except PipelineNotInstalled as exc:
        raise ApiError(503, f"pipeline: {exc}", "pipeline") from None
    except CodingError as exc:
        raise ApiError(500, f"text: {exc}", "text") from None
    with state.store() as store:
        return not store.save(result)


def _stored_article(state: AppState, article_id: str) -> dict[str, Any]:
    with state.store() as store:
        return store.article(article_id)


@router.get("/articles")
def list_articles(
    request: Request,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Stored articles (id, title, published, url, source, chars), newest first. A ``url`` that
    is not an http(s) link (``javascript:``, ``data:``) is given as ``unsafe_url``, ``url`` null."""
    with _state(request).store() as store:
        articles = store.articles(limit=limit, offset=offset)
    return {"articles": safe_links(articles), "limit": limit, "offset": offset}


@router.get("/articles/{article_id:path}")
def get_article(article_id: str, request: Request) -> dict[str, Any]:
    """One article with its text, actor mentions, events, quotations and places (404 if unknown);
    ``url`` as in ``GET /api/articles``."""
    with _state(request).store() as store:
        out = store.article(article_id)
    return safe_links({"id": out["article_id"], **out})


@router.get("/events")
def list_events(
    request: Request,
    source: ActorFilter = None,
    target: ActorFilter = None,
    code: Annotated[
        str | None, Query(pattern=r"^\d{2,4}$", description="Exact CAMEO code, e.g. 042.")
    ] = None,
    root: Annotated[str | None, Query(pattern=r"^\d{2}$", description="CAMEO root, e.g. 04.")] = None,
    plover: Annotated[
        str | None, Query(max_length=40, description="PLOVER event type, e.g. CONSULT.")
    ] = None,
    status: EventStatus | None = None,
    date_from: Annotated[
        date | None, Query(alias="from", description="First event date, YYYY-MM-DD.")
    ] = None,
    date_to: Annotated[date | None, Query(alias="to", description="Last event date, YYYY-MM-DD.")] = None,
    q: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Text in the sentence (case-insensitive; % and _ match themselves).",
        ),
    ] = None,
    order: Annotated[
        EventOrder, Query(description="oldest first (the default) or newest first (as the /events page).")
    ] = EventOrder.oldest,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Events, filtered; ordered by date (``order``: ``oldest`` first, the default, or ``newest``
    first, events without a date last), then article, sentence and verb offset.

    ``source`` and ``target`` take codes in any case or names ("Iran" -> ``IRN``), as
    ``GET /api/relations`` does; ``actors`` in the answer says what each resolved to, and an
    unknown actor answers 422 with ``suggestions``. ``q`` is a literal substring: ``%`` and
    ``_`` match only themselves. ``count`` is the events in this answer, ``total`` all that
    the filters select.
    """
    if date_from and date_to and date_from > date_to:
        raise ApiError(422, f"from: {date_from} is after to ({date_to})", "from")
    with _state(request).store() as store:
        actors = {
            f: _actor(store, f, given) for f, given in (("source", source), ("target", target)) if given
        }
        filters: dict[str, Any] = {
            "source": actors["source"].code if "source" in actors else None,
            "target": actors["target"].code if "target" in actors else None,
            "code": code,
            "root": root,
            "plover": plover,
            "status": status.value if status else None,
            "date_from": date_from,
            "date_to": date_to,
            "text": q,
        }
        total = store.count_events(**filters)
        events = store.events(**filters, limit=limit, offset=offset, newest_first=order is EventOrder.newest)
    return {
        "events": events,
        "count": len(events),
        "total": total,
        "limit": limit,
        "offset": offset,
        "order": order.value,
        "actors": _resolved(actors),
    }


@router.get("/events/{event_id:path}")
def get_event(event_id: str, request: Request) -> dict[str, Any]:
    """One event with its evidence (verb offsets, pattern), its sentence and the sentence's offsets,
    its article's metadata and its merged mentions (404 if unknown); ``url`` as in ``GET /api/articles``."""
    with _state(request).store() as store:
        event = event_with_evidence(store, event_id)
    return safe_links(event)


#: An actor of ``GET /api/relations``: a code, or a name the actor dictionary knows.
RelationActor = Annotated[
    str,
    Query(
        min_length=1,
        max_length=80,
        description="Actor or country code (IRN, IRNGOV; IRN matches IRNGOV), or a country, IGO or "
        "organisation name (Iran, venezuela, the UN): resolved to its code, or 422 listing close codes.",
    ),
]


@router.get("/relations")
def get_relations(
    request: Request,
    a: RelationActor,
    b: RelationActor,
    by: Period = Period.month,
    date_from: Annotated[date | None, Query(alias="from", description="First day, YYYY-MM-DD.")] = None,
    date_to: Annotated[date | None, Query(alias="to", description="Last day, YYYY-MM-DD.")] = None,
    merged: Annotated[bool, Query(description="Count each merged event once, not each mention.")] = False,
    status: Annotated[
        CountedStatus,
        Query(description="realized: count realized events only; all: planned, hypothetical, negated too."),
    ] = CountedStatus.realized,
) -> dict[str, Any]:
    """Cooperation and conflict between ``a`` and ``b`` per period, each direction and both: event
    counts by QuadClass, Goldstein sum and mean, net cooperation (see :mod:`dyadic.relations`).

    ``a`` and ``b`` are codes or names ("Iran" -> ``IRN``); ``a``/``b`` in the answer are
    the codes counted, ``query`` what was asked. An unknown actor answers 422 with
    ``suggestions`` (close ``{code, name}``). ``status`` picks the events counted
    (``realized``, the default, or ``all``). Net cooperation counts events by QuadClass
    (GDELT's table: CAMEO 06-09, "investigate" included, are material cooperation) while
    Goldstein weighs each event, so the two can disagree.

    Bounded: ``from`` and ``to`` within 1900-01-01 .. 2100-12-31 and at most
    3,660 periods (422 naming the limit); without a range, a series longer
    than that gives its last 3,660 periods with ``truncated`` true. Events
    dated outside the window are left out. A ``from`` inside a week or month
    clips it: that period counts the events from ``from`` on (``to`` likewise).
    """
    with _state(request).store() as store:
        codes = [_actor(store, field, given).code for field, given in (("a", a), ("b", b))]
        try:
            series = relation_series(
                store,
                codes[0],
                codes[1],
                by,
                date_from=date_from,
                date_to=date_to,
                merged=merged,
                status=status.value,
            )
        except RelationRangeError as exc:
            raise ApiError(422, f"{exc.field}: {exc}", exc.field) from None
    return {**series, "query": {"a": a, "b": b}}


@router.get("/actors")
def list_actors(request: Request, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    """Actors seen in stored articles, most mentioned first (then by code and name), with their
    aliases; ``total`` counts them all."""
    with _state(request).store() as store:
        return {
            "actors": store.actors(limit=limit, offset=offset),
            "total": store.count_actors(),
            "limit": limit,
            "offset": offset,
        }


@router.get("/quotes")
def list_quotes(
    request: Request,
    article_id: Annotated[str | None, Query(max_length=300)] = None,
    speaker: ActorFilter = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Quotations with their speakers, by article and offset, optionally for one article or one
    speaker (a code in any case or a name, resolved as ``source`` in ``GET /api/events``; a
    country matches its actors: ``IRN`` matches ``IRNGOV``); ``total`` counts all selected."""
    with _state(request).store() as store:
        actors = {"speaker": _actor(store, "speaker", speaker)} if speaker else {}
        code = actors["speaker"].code if actors else None
        return {
            "quotations": store.quotations(article_id=article_id, speaker=code, limit=limit, offset=offset),
            "total": store.count_quotations(article_id=article_id, speaker=code),
            "limit": limit,
            "offset": offset,
            "actors": _resolved(actors),
        }


@router.get("/places")
def list_places(
    request: Request,
    article_id: Annotated[str | None, Query(max_length=300)] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Toponyms resolved to GeoNames places, by article and offset, optionally for one article;
    ``total`` counts all selected."""
    with _state(request).store() as store:
        return {
            "places": store.places(article_id=article_id, limit=limit, offset=offset),
            "total": store.count_places(article_id=article_id),
            "limit": limit,
            "offset": offset,
        }

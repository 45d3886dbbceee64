"""HTML pages: index, article, events, event evidence, relations, network, map, paste.

Each page reads the store through the app's :class:`~dyadic.server.AppState`
and renders a Jinja2 template (autoescape on: article text and titles are
untrusted).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from dyadic.errors import NotFound
from dyadic.records import EventStatus
from dyadic.relations import (
    QUAD_FILTERS,
    ActorChoice,
    CountedStatus,
    Pair,
    Period,
    RelationRangeError,
    UnknownActor,
    check_range,
    counted_status,
    event_with_evidence,
    relation_series,
    resolve_actor,
    top_pairs,
)
from dyadic.relations import network as relations_network
from dyadic.server import AppState
from dyadic.web import charts, highlight, worldmap
from dyadic.web.paths import TEMPLATES_DIR

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(
    env=jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES_DIR), autoescape=True)
)

#: Links the pages render from stored URLs: absolute http(s) with no whitespace or control characters.
_SAFE_URL = re.compile(r"^https?://[^\s\x00-\x1f\x7f]+$", re.IGNORECASE)


def safe_href(url: object) -> str | None:
    """``url`` if it may be a link target (http or https), else None: an article's URL comes from
    untrusted input, and ``javascript:`` or ``data:`` URLs must be shown as text, never linked."""
    return url if isinstance(url, str) and _SAFE_URL.match(url) else None


templates.env.filters["safe_href"] = safe_href

#: Rows shown on one events page, and events drawn on the network and map.
PAGE_ROWS = 100
MAX_DRAWN_EVENTS = 5000

#: Longest actor filter read (a code or a name), in characters.
MAX_ACTOR_CHARS = 80
_FILTER_CHECKS: dict[str, tuple[re.Pattern[str], str]] = {
    "code": (re.compile(r"^\d{2,4}$"), "a CAMEO code of 2-4 digits, e.g. 042"),
    "root": (re.compile(r"^\d{2}$"), "a 2-digit CAMEO root, e.g. 04"),
    "plover": (re.compile(r"^[A-Za-z_-]{1,40}$"), "a PLOVER type, e.g. CONSULT"),
    "status": (
        re.compile("^(" + "|".join(s.value for s in EventStatus) + ")$"),
        "one of " + ", ".join(s.value for s in EventStatus),
    ),
    "q": (re.compile(r"^.{1,200}$", re.S), "at most 200 characters"),
}


def _state(request: Request) -> AppState:
    state: AppState = request.app.state.dyadic
    return state


def _page(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def _not_found(request: Request, message: str) -> HTMLResponse:
    return _page(request, "error.html", 404, title="Not found", message=message)


@dataclass
class ActorFilters:
    """The actor filters of a page (``source``, ``actor`` ...), resolved by
    :func:`~dyadic.relations.resolve_actor`, the lookup relations use.

    Attributes:
        codes: Field -> the code filtered on (``Iran`` -> ``IRN``; ``irn`` -> ``IRN``).
        resolved: ``source: Iran → IRN (Iran)`` for each name that was not a code.
        suggestions: Field -> ``(code, name, link)`` of the close codes of an unknown actor,
            each link the page with that code in the field.
    """

    codes: dict[str, str] = field(default_factory=dict)
    resolved: list[str] = field(default_factory=list)
    suggestions: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)


def actor_filters(
    store: Any, path: str, params: dict[str, str], names: tuple[str, ...], errors: list[str]
) -> ActorFilters:
    """Resolve the actor fields ``names`` of ``params`` (codes in any case, or names); an unknown
    actor adds ``name: '...' is not a known actor code or country name: did you mean ...`` to
    ``errors`` and links to ``path`` with each close code. Empty values are ignored."""
    found = ActorFilters()
    typed = _typed_actors(params, names)
    for name, choice in _resolve_actors(store, typed, errors).items():
        if isinstance(choice, UnknownActor):
            others = {k: v for k, v in params.items() if k != "offset" and v}
            found.suggestions[name] = [
                (code, label, f"{path}?{urlencode({**others, name: code})}")
                for code, label in choice.suggestions
            ]
            continue
        found.codes[name] = choice.code
        if choice.by_name:
            found.resolved.append(f"{name}: {_resolved_text(typed[name], choice)}")
    return found


def _typed_actors(params: dict[str, str], names: tuple[str, ...]) -> dict[str, str]:
    """The actor fields ``names`` of ``params`` as typed: stripped, cut to
    :data:`MAX_ACTOR_CHARS` characters, ``""`` when absent."""
    return {name: params.get(name, "").strip()[:MAX_ACTOR_CHARS] for name in names}


def _resolve_actors(
    store: Any, typed: dict[str, str], errors: list[str]
) -> dict[str, ActorChoice | UnknownActor]:
    """Field -> what its non-empty value resolved to (:func:`resolve_actor`), or the
    :class:`UnknownActor` raised, which also adds ``name: message`` to ``errors``."""
    found: dict[str, ActorChoice | UnknownActor] = {}
    for name, given in typed.items():
        if not given:
            continue
        try:
            found[name] = resolve_actor(store, given)
        except UnknownActor as exc:
            errors.append(f"{name}: {exc}")
            found[name] = exc
    return found


def _resolved_text(given: str, choice: ActorChoice) -> str:
    """``Iran → IRN (Iran)``: what a name resolved to."""
    return f"{given} → {choice.code}" + (f" ({choice.name})" if choice.name else "")


def event_filters(params: dict[str, str]) -> tuple[dict[str, Any], list[str]]:
    """Query parameters of the events page -> :meth:`Store.events` keywords, and error messages
    (each naming its field). Empty values are ignored. The actors (``source``, ``target``)
    need the store: :func:`actor_filters` reads them."""
    kwargs: dict[str, Any] = {}
    errors: list[str] = []
    for name, (pattern, expected) in _FILTER_CHECKS.items():
        value = params.get(name, "").strip()
        if not value:
            continue
        if pattern.match(value):
            kwargs["text" if name == "q" else name] = value
        else:
            errors.append(f"{name}: expected {expected}")
    for name, key in (("from", "date_from"), ("to", "date_to")):
        value = params.get(name, "").strip()
        if value:
            try:
                kwargs[key] = date.fromisoformat(value)
            except ValueError:
                errors.append(f"{name}: expected a date YYYY-MM-DD")
    try:
        kwargs["offset"] = max(0, int(params.get("offset") or 0))
    except ValueError:
        errors.append("offset: expected a whole number")
    return kwargs, errors


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> HTMLResponse:
    """Stored articles and counts."""
    with _state(request).store() as store:
        return _page(
            request, "index.html", title="dyadic", articles=store.articles(limit=200), counts=store.counts()
        )


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, event: str | None = None) -> HTMLResponse:
    """The article text with actors, event verbs, quotations and places marked."""
    with _state(request).store() as store:
        try:
            article = store.article(article_id)
        except NotFound as exc:
            return _not_found(request, str(exc))
    marks = highlight.article_marks(article)
    focus = {m.key for m in marks if m.kind == "verb" and m.info.get("event_id") == event}
    return _page(
        request,
        "article.html",
        title=article["title"] or article["article_id"],
        article=article,
        segments=highlight.segments(article["text"], marks),
        focus=focus,
        marks={m.key: {"title": m.title, **m.info} for m in marks},
    )


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request) -> HTMLResponse:
    """A filterable table of events, newest first, each linking to its evidence; ``PAGE_ROWS`` a
    page, with the total ("1–100 of 653 events") and links to the previous and next pages."""
    params = dict(request.query_params)
    kwargs, errors = event_filters(params)
    rows: list[dict[str, Any]] = []
    total = 0
    offset = kwargs.pop("offset", 0)
    with _state(request).store() as store:
        actors = actor_filters(store, "/events", params, ("source", "target"), errors)
        if not errors:
            kwargs.update(actors.codes)
            total = store.count_events(**kwargs)
            rows = store.events(limit=PAGE_ROWS, offset=offset, newest_first=True, **kwargs)
    paging = {k: v for k, v in params.items() if k != "offset" and v}
    return _page(
        request,
        "events.html",
        422 if errors else 200,
        title="Events",
        events=rows,
        total=total,
        first=offset + 1 if rows else 0,
        last=offset + len(rows),
        errors=errors,
        params=params,
        statuses=[s.value for s in EventStatus],
        offset=offset,
        next_offset=offset + PAGE_ROWS if offset + PAGE_ROWS < total else None,
        prev_offset=previous_offset(offset, total),
        paging=paging,
        actors=actors,
    )


def previous_offset(offset: int, total: int) -> int | None:
    """Offset of the page before the one at ``offset`` (:data:`PAGE_ROWS` a page), or None on
    the first page: one page back, but never past the last page that has events, so a link
    from beyond the end (``?offset=100000``) goes to events."""
    if not offset:
        return None
    last_page = max(0, (total - 1) // PAGE_ROWS * PAGE_ROWS)
    return max(0, min(offset - PAGE_ROWS, last_page))


@router.get("/events/{event_id:path}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    """One event's evidence: its sentence with source, verb and target marked, and its codes."""
    with _state(request).store() as store:
        try:
            event = event_with_evidence(store, event_id)
            text = store.article(event["article_id"])["text"]
        except NotFound as exc:
            return _not_found(request, str(exc))
    where = event["sentence_offsets"]
    marks = highlight.event_marks(event)
    lo = where["start"] if where else min(m.start for m in marks)
    hi = where["end"] if where else max(m.end for m in marks)
    return _page(
        request,
        "event.html",
        title=f"Event {event['cameo']} {event['cameo_name']}",
        event=event,
        segments=highlight.segments(text, marks, lo, hi),
    )


#: Choices of the status select on /relations, /network and /map: value -> label.
STATUS_CHOICES: dict[str, str] = {
    CountedStatus.realized.value: "realized events only",
    CountedStatus.all.value: "all (planned, hypothetical, negated too)",
}


def _status(params: dict[str, str], errors: list[str]) -> str:
    """The ``status`` parameter: ``realized`` (default) or ``all``; an error for anything else."""
    value = params.get("status", "").strip() or CountedStatus.realized.value
    try:
        return counted_status(value).value
    except ValueError:
        errors.append(f"status: expected one of {', '.join(STATUS_CHOICES)}")
        return CountedStatus.realized.value


@router.get("/relations", response_class=HTMLResponse)
def relations_page(request: Request) -> HTMLResponse:
    """Pick two actors (codes or names: "Iran" -> IRN); see their cooperation and conflict per
    period (default: the busiest pair), of realized events or all."""
    params = dict(request.query_params)
    typed = _typed_actors(params, ("a", "b"))
    by = params.get("by", "month")
    errors: list[str] = []
    suggestions: dict[str, list[tuple[str, str]]] = {}
    resolved: dict[str, str] = {}
    if by not in Period.__members__:
        errors.append(f"by: expected one of {', '.join(Period.__members__)}")
        by = "month"
    status = _status(params, errors)
    dates = _dates(params, errors)
    start, end = dates.get("date_from"), dates.get("date_to")
    try:
        check_range(start, end)  # the window and order GET /api/relations checks
    except RelationRangeError as exc:
        errors.append(f"{exc.field}: {exc}")
        start = end = None
    with _state(request).store() as store:
        codes = {}
        for name, choice in _resolve_actors(store, typed, errors).items():
            if isinstance(choice, UnknownActor):
                suggestions[name] = choice.suggestions
                continue
            codes[name] = choice.code
            if choice.by_name:
                resolved[name] = _resolved_text(typed[name], choice)
        pairs = top_pairs(store, 50, status=status, date_from=start, date_to=end)
        choices = sorted({a["code"] for a in store.actors()} | {p.a for p in pairs} | {p.b for p in pairs})
        a, b = codes.get("a", ""), codes.get("b", "")
        if not (typed["a"] and typed["b"]) and not errors and pairs:
            a, b = a or pairs[0].a, b or pairs[0].b
        result = None
        if a and b and not errors:
            try:
                result = relation_series(store, a, b, Period(by), status=status, date_from=start, date_to=end)
            except RelationRangeError as exc:  # more periods than a series holds
                errors.append(f"{exc.field}: {exc}")
    span = {k: params.get(k, "").strip() for k in ("from", "to") if params.get(k, "").strip()}
    both = [r for r in result["series"] if r["direction"] == "both"] if result else []
    return _page(
        request,
        "relations.html",
        422 if errors else 200,
        title="Relations",
        a=a or typed["a"],
        b=b or typed["b"],
        by=by,
        status=status,
        span=span,
        statuses=STATUS_CHOICES,
        periods=list(Period.__members__),
        choices=choices,
        errors=errors,
        suggestions=suggestions,
        resolved=list(resolved.values()),
        result=result,
        pairs=pairs[:10],
        chart=charts.relation_chart(both) if both else None,
    )


#: QuadClass choices of the network and map filters: value -> (label, QuadClasses).
_QUAD_LABELS = {
    "coop": "cooperation (1-2)",
    "conflict": "conflict (3-4)",
    "1": "1 verbal cooperation",
    "2": "2 material cooperation",
    "3": "3 verbal conflict",
    "4": "4 material conflict",
}
QUAD_CHOICES: dict[str, tuple[str, tuple[int, ...]]] = {
    "": ("all", (1, 2, 3, 4)),
    **{name: (_QUAD_LABELS[name], quads) for name, quads in QUAD_FILTERS.items()},
}


def _dates(params: dict[str, str], errors: list[str]) -> dict[str, date]:
    out: dict[str, date] = {}
    for name, key in (("from", "date_from"), ("to", "date_to")):
        value = params.get(name, "").strip()
        if value:
            try:
                out[key] = date.fromisoformat(value)
            except ValueError:
                errors.append(f"{name}: expected a date YYYY-MM-DD")
    return out


def _whole(params: dict[str, str], name: str, default: int, lo: int, hi: int, errors: list[str]) -> int:
    value = params.get(name, "").strip()
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        number = lo - 1
    if not lo <= number <= hi:
        errors.append(f"{name}: expected a whole number from {lo} to {hi}")
        return default
    return number


def _quad(params: dict[str, str], errors: list[str]) -> str:
    value = params.get("quad", "").strip()
    if value not in QUAD_CHOICES:
        errors.append(f"quad: expected one of {', '.join(k for k in QUAD_CHOICES if k)}")
        return ""
    return value


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request) -> HTMLResponse:
    """Actors (by country) as nodes, their events as edges (width: events; colour: mean Goldstein),
    filtered by period, QuadClass, status (realized events only by default), minimum events per
    pair and actor (its pairs only; a code or a name); the store counts the pairs with every
    filter applied (:func:`dyadic.relations.network`, as ``dyadic network``)."""
    params = dict(request.query_params)
    errors: list[str] = []
    dates = _dates(params, errors)
    quad = _quad(params, errors)
    status = _status(params, errors)
    min_events = _whole(params, "min", 1, 1, 10_000, errors)
    max_nodes = _whole(params, "nodes", 100, 2, 300, errors)
    nodes: list[tuple[str, int]] = []
    edges: list[Pair] = []
    with _state(request).store() as store:
        actors = actor_filters(store, "/network", params, ("actor",), errors)
        if not errors:
            nodes, edges = relations_network(
                store,
                max_nodes=max_nodes,
                date_from=dates.get("date_from"),
                date_to=dates.get("date_to"),
                status=status,
                quad_classes=QUAD_FILTERS.get(quad),
                min_events=min_events,
                actor=actors.codes.get("actor"),
            )
    return _page(
        request,
        "network.html",
        422 if errors else 200,
        title="Network",
        graph=charts.network(nodes, edges),
        n_events=sum(e.events for e in edges),
        params=params,
        quads=QUAD_CHOICES,
        quad=quad,
        status=status,
        statuses=STATUS_CHOICES,
        min_events=min_events,
        max_nodes=max_nodes,
        errors=errors,
        actors=actors,
    )


def _map_events(
    store: Any, params: dict[str, str], errors: list[str], actor: str | None
) -> tuple[list[dict[str, Any]], bool]:
    """The events the map's filters select (at most ``MAX_DRAWN_EVENTS``; every filter, QuadClass
    and status included, applied by the store; ``actor`` the resolved code of the actor filter),
    and whether any filter is set (realized events only, the default status, is no filter)."""
    kwargs: dict[str, Any] = dict(_dates(params, errors))
    root = params.get("root", "").strip()
    if root:
        if re.match(r"^\d{2}$", root):
            kwargs["root"] = root
        else:
            errors.append("root: expected a 2-digit CAMEO root, e.g. 04")
    quad = _quad(params, errors)
    filtered = bool(kwargs or params.get("actor", "").strip() or quad)
    if quad:
        kwargs["quad_classes"] = QUAD_CHOICES[quad][1]
    if _status(params, errors) == CountedStatus.realized.value:
        kwargs["status"] = CountedStatus.realized.value
    if errors:
        return [], filtered
    if actor:
        seen: dict[str, dict[str, Any]] = {}
        for side in ("source", "target"):
            for e in store.events(limit=MAX_DRAWN_EVENTS, **{side: actor}, **kwargs):
                seen.setdefault(e["event_id"], e)
        events = list(seen.values())
    else:
        events = store.events(limit=MAX_DRAWN_EVENTS, **kwargs)
    return events[:MAX_DRAWN_EVENTS], filtered


#: Largest marker radius on the map (SVG units of the 1000-wide map), and the smallest.
MAX_MARKER_R = 16.0
MIN_MARKER_R = 2.5


def marker_radius(events: int, most: int) -> float:
    """Marker radius of a place with ``events`` events, the busiest having ``most``: area by count, capped."""
    if events <= 0:
        return MIN_MARKER_R
    return round(MIN_MARKER_R + (MAX_MARKER_R - MIN_MARKER_R) * math.sqrt(events / max(most, 1)), 1)


def _size_legend(most: int) -> list[tuple[int, float]]:
    values = sorted({1, *(v for v in (most // 10, most // 3, most) if v > 1)})
    nice = []
    for v in values:
        digits = 10 ** max(0, len(str(v)) - 1)
        nice.append(v if v == most or v < 10 else v // digits * digits)
    return [(v, marker_radius(v, most)) for v in sorted(set(nice))]


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request) -> HTMLResponse:
    """Event places (sized by event count) and toponyms on an offline Natural Earth world map,
    filtered by date range, CAMEO root, QuadClass and actor (source or target; a code in any
    case or a name, resolved as on /events)."""
    params = dict(request.query_params)
    errors: list[str] = []
    with _state(request).store() as store:
        actors = actor_filters(store, "/map", params, ("actor",), errors)
        events, filtered = _map_events(store, params, errors, actors.codes.get("actor"))
        places = [] if filtered else store.places()
    points: dict[int, dict[str, Any]] = {}
    for p in places:
        pt = points.setdefault(
            p["geonames_id"], _point(p["geonames_id"], p["name"], p["country"], p["lat"], p["lon"])
        )
        pt["mentions"] += 1
    for e in events:
        if e.get("place"):
            p = e["place"]
            pt = points.setdefault(
                p["geonames_id"], _point(p["geonames_id"], p["name"], p["country"], p["lat"], p["lon"])
            )
            pt["events"] += 1
    most = max((pt["events"] for pt in points.values()), default=1)
    for pt in points.values():
        pt["r"] = marker_radius(pt["events"], most)
    ordered = sorted(points.values(), key=lambda p: (-p["events"], -p["mentions"], p["name"]))
    return _page(
        request,
        "map.html",
        422 if errors else 200,
        title="Map",
        countries=worldmap.country_paths(),
        width=worldmap.WIDTH,
        height=worldmap.HEIGHT,
        points=ordered,
        # toponyms first, then event places biggest first: small markers stay on top
        drawn=[p for p in ordered if not p["events"]][::-1] + [p for p in ordered if p["events"]],
        n_events=len(events),
        located=sum(1 for e in events if e.get("place")),
        legend=_size_legend(most) if any(p["events"] for p in ordered) else [],
        params=params,
        quads=QUAD_CHOICES,
        status=_status(params, []),
        statuses=STATUS_CHOICES,
        filtered=filtered,
        errors=errors,
        actors=actors,
        capped=len(events) >= MAX_DRAWN_EVENTS,
    )


def _point(geonames_id: int, name: str, country: str | None, lat: float, lon: float) -> dict[str, Any]:
    x, y = worldmap.project(lat, lon)
    return {
        "geonames_id": geonames_id,
        "name": name,
        "country": country or "",
        "lat": lat,
        "lon": lon,
        "x": x,
        "y": y,
        "events": 0,
        "mentions": 0,
    }


@router.get("/paste", response_class=HTMLResponse)
def paste_page(request: Request) -> HTMLResponse:
    """A form that codes a new article through ``POST /api/articles``."""
    settings = _state(request).settings
    return _page(
        request,
        "paste.html",
        title="Code an article",
        token_required=settings.token_required,
        read_only=settings.read_only,
    )

"""HTML pages: index, article, events, event evidence, relations, network, map, paste.

Each page reads the store through the app's :class:`~dyadic.server.AppState`
and renders a Jinja2 template (autoescape on: article text and titles are
untrusted).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import jinja2
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from dyadic.errors import NotFound
from dyadic.records import EventStatus
from dyadic.relations import Period, event_with_evidence, relation_series, top_pairs
from dyadic.relations import network as relations_network
from dyadic.server import AppState
from dyadic.web import charts, highlight, worldmap
from dyadic.web.paths import TEMPLATES_DIR

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(
    env=jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES_DIR), autoescape=True)
)

#: Rows shown on one events page, and events drawn on the network and map.
PAGE_ROWS = 100
MAX_DRAWN_EVENTS = 5000

_ACTOR = re.compile(r"^[A-Z]{2,30}$")
_FILTER_CHECKS: dict[str, tuple[re.Pattern[str], str]] = {
    "source": (_ACTOR, "an actor or country code in capitals, e.g. IRN"),
    "target": (_ACTOR, "an actor or country code in capitals, e.g. VEN"),
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


def event_filters(params: dict[str, str]) -> tuple[dict[str, Any], list[str]]:
    """Query parameters of the events page -> :meth:`Store.events` keywords, and error messages
    (each naming its field). Empty values are ignored."""
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
    """A filterable table of events, each linking to its evidence."""
    params = dict(request.query_params)
    kwargs, errors = event_filters(params)
    rows: list[dict[str, Any]] = []
    if not errors:
        with _state(request).store() as store:
            rows = store.events(limit=PAGE_ROWS + 1, **kwargs)
    offset = kwargs.get("offset", 0)
    more = len(rows) > PAGE_ROWS
    paging = {k: v for k, v in params.items() if k != "offset" and v}
    return _page(
        request,
        "events.html",
        422 if errors else 200,
        title="Events",
        events=rows[:PAGE_ROWS],
        errors=errors,
        params=params,
        statuses=[s.value for s in EventStatus],
        offset=offset,
        next_offset=offset + PAGE_ROWS if more else None,
        prev_offset=max(0, offset - PAGE_ROWS) if offset else None,
        paging=paging,
    )


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


@router.get("/relations", response_class=HTMLResponse)
def relations_page(request: Request, a: str = "", b: str = "", by: str = "month") -> HTMLResponse:
    """Pick two actors; see their cooperation and conflict per period (default: the busiest pair)."""
    a, b = a.strip().upper(), b.strip().upper()
    errors = [
        f"{n}: expected an actor or country code in capitals, e.g. IRN"
        for n, v in (("a", a), ("b", b))
        if v and not _ACTOR.match(v)
    ]
    if by not in Period.__members__:
        errors.append(f"by: expected one of {', '.join(Period.__members__)}")
        by = "month"
    with _state(request).store() as store:
        pairs = top_pairs(store, 50)
        choices = sorted({a["code"] for a in store.actors()} | {p.a for p in pairs} | {p.b for p in pairs})
        if not (a and b) and not errors and pairs:
            a, b = a or pairs[0].a, b or pairs[0].b
        result = relation_series(store, a, b, Period(by)) if a and b and not errors else None
    both = [r for r in result["series"] if r["direction"] == "both"] if result else []
    return _page(
        request,
        "relations.html",
        422 if errors else 200,
        title="Relations",
        a=a,
        b=b,
        by=by,
        periods=list(Period.__members__),
        choices=choices,
        errors=errors,
        result=result,
        pairs=pairs[:10],
        chart=charts.relation_chart(both) if both else None,
    )


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request) -> HTMLResponse:
    """Actors (by country) as nodes, their events as edges (colour: mean Goldstein sign)."""
    with _state(request).store() as store:
        nodes, edges = relations_network(store, max_nodes=60)
    return _page(
        request,
        "network.html",
        title="Network",
        graph=charts.network(nodes, edges),
        n_events=sum(e.events for e in edges),
    )


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request) -> HTMLResponse:
    """Event places and toponyms on an offline Natural Earth world map."""
    with _state(request).store() as store:
        events = store.events(limit=MAX_DRAWN_EVENTS)
        places = store.places()
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
    for pt in points.values():
        pt["r"] = round(3 + 2.5 * (pt["events"] + pt["mentions"]) ** 0.5, 1)
    return _page(
        request,
        "map.html",
        title="Map",
        countries=worldmap.country_paths(),
        width=worldmap.WIDTH,
        height=worldmap.HEIGHT,
        points=sorted(points.values(), key=lambda p: (-p["events"], -p["mentions"], p["name"])),
    )


def _point(geonames_id: int, name: str, country: str | None, lat: float, lon: float) -> dict[str, Any]:
    x, y = worldmap.project(lat, lon)
    return {
        "geonames_id": geonames_id,
        "name": name,
        "country": country,
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

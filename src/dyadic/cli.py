"""dyadic's command line: thin wrappers over the library.

Only this module prints and chooses exit codes: 0 success, 1 some input or
article failed (the others were still coded and stored), 2 usage or setup error.
"""

from __future__ import annotations

import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from dyadic import __version__
from dyadic.config import Settings
from dyadic.errors import DyadicError, InputError, NotFound

app = typer.Typer(
    help="Code news articles into sourced political event data (CAMEO, PLOVER), offline.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
out = Console()
if not out.is_terminal:  # pipes and files get wide rows instead of 80-column folding
    out = Console(width=200)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[str | None, typer.Option("--db", help="DuckDB store file [default: dyadic.duckdb or $DYADIC_DB]")]


class CodeFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    gdelt = "gdelt"


class ExportKind(str, Enum):
    events = "events"
    actors = "actors"
    quotes = "quotes"
    places = "places"


def _version(value: bool) -> None:
    if value:
        out.print(f"dyadic {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False,
) -> None:
    """dyadic: who did what to whom, when and where, with the sentence that proves it."""


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]error:[/red] {escape(message)}")
    return typer.Exit(code)


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _fail(f"{option} {value!r} is not a date in YYYY-MM-DD form") from None


def _settings(db: str | None) -> Settings:
    return Settings.from_env(db_path=db)


@app.command()
def code(
    paths: Annotated[list[str], typer.Argument(help="Text, HTML, JSON Lines or feed files, folders, or - for stdin.")],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs without one.")] = None,
    db: DbOption = None,
    fmt: Annotated[CodeFormat, typer.Option("--format", help="How to print the events.")] = CodeFormat.table,
) -> None:
    """Code articles, store them, and print their events.

    Articles already in the store are skipped. Inputs that cannot be read are
    reported on stderr; the others are still coded (exit status 1).
    """
    from dyadic.ingest import read_inputs
    from dyadic.pipeline import Pipeline
    from dyadic.store import Store

    pub = _parse_date(published, "--published")
    settings = _settings(db)
    try:
        pipeline = Pipeline(settings)
        store = Store(settings.db_path)
    except DyadicError as exc:
        raise _fail(str(exc)) from exc
    failures = 0
    printed: list[dict[str, Any]] = []

    def articles():
        nonlocal failures
        for item in read_inputs(paths, published=pub, max_chars=settings.max_article_chars):
            if isinstance(item, InputError):
                failures += 1
                err.print(f"[red]error:[/red] {escape(str(item))}")
            elif store.has_article(item.article_id):
                err.print(f"[dim]skipped {escape(item.origin or item.article_id)}: already stored[/dim]")
            else:
                yield item

    progress = Progress(
        TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal,
    )
    with store, progress:
        task = progress.add_task("coding", total=None, rate="")
        for n, result in enumerate(pipeline.code_many(articles()), start=1):
            if isinstance(result, DyadicError):
                failures += 1
                err.print(f"[red]error:[/red] {escape(str(result))}")
                continue
            try:
                store.save(result)
            except DyadicError as exc:
                failures += 1
                err.print(f"[red]error:[/red] {escape(str(exc))}")
                continue
            printed.extend(e.to_record() for e in result.events)
            elapsed = progress.tasks[0].elapsed or 0
            progress.update(task, advance=1, rate=f"{n / elapsed:.1f} articles/s" if elapsed else "")
    _print_events(printed, fmt)
    if failures:
        raise typer.Exit(1)


def _print_events(records: list[dict[str, Any]], fmt: CodeFormat) -> None:
    from dyadic.store.export import write_csv, write_jsonl

    if fmt is CodeFormat.jsonl:
        write_jsonl(records, sys.stdout)
    elif fmt is CodeFormat.csv:
        write_csv(records, sys.stdout)
    else:
        out.print(events_table(records))


def events_table(records: list[dict[str, Any]]) -> Table:
    """A Rich table of event records (one row per event)."""
    table = Table(title=f"{len(records)} events", show_lines=False)
    for col in ("date", "source", "target", "cameo", "name", "plover", "status", "goldstein", "evidence"):
        table.add_column(col, overflow="fold")
    for r in records:
        src, tgt = r["source"], r["target"]
        table.add_row(
            r["date"] or "",
            Text(f"{src['code']} ({src['text']})"),
            Text(f"{tgt['code']} ({tgt['text']})" if tgt else "-"),
            r["cameo"], Text(r["cameo_name"]), r["plover"] or "", r["status"], f"{r['goldstein']:+.1f}",
            Text(r["sentence"][:70] + ("…" if len(r["sentence"]) > 70 else "")),
        )
    return table


@app.command()
def export(
    kind: Annotated[ExportKind, typer.Argument(help="What to export.")],
    db: DbOption = None,
    fmt: Annotated[ExportFormat, typer.Option("--format", help="jsonl, csv, or gdelt (events only).")] = ExportFormat.jsonl,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write [default: stdout].")] = None,
) -> None:
    """Export stored events, actors, quotations or places."""
    from dyadic.store import Store
    from dyadic.store.export import write_csv, write_gdelt, write_jsonl

    if fmt is ExportFormat.gdelt and kind is not ExportKind.events:
        raise _fail("--format gdelt is only for events")
    store = _open_store(db)
    with store:
        records: list[dict[str, Any]] = {
            ExportKind.events: store.events,
            ExportKind.actors: store.actors,
            ExportKind.quotes: store.quotations,
            ExportKind.places: store.places,
        }[kind]()
        urls = {a["article_id"]: a["url"] for a in store.articles() if a["url"]}
    stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt is ExportFormat.jsonl:
            write_jsonl(records, stream)
        elif fmt is ExportFormat.csv:
            write_csv(records, stream)
        else:
            write_gdelt(records, stream, urls)
    finally:
        if output:
            stream.close()


def _open_store(db: str | None, read_only: bool = True):
    from dyadic.store import Store

    path = _settings(db).db_path
    if not Path(path).exists():
        raise _fail(f"store {path} does not exist: code some articles first (dyadic code ...)")
    try:
        return Store(path, read_only=read_only)
    except DyadicError as exc:
        raise _fail(str(exc)) from exc


@app.command()
def explain(
    event_id: Annotated[str, typer.Argument(help="An event_id from `dyadic code` or `dyadic export events`.")],
    db: DbOption = None,
) -> None:
    """Show an event's sentence with source, verb and target marked, and the pattern that fired."""
    with _open_store(db) as store:
        try:
            ev = store.event(event_id)
            text = store.article(ev["article_id"])["text"]
        except NotFound as exc:
            raise _fail(str(exc), 1) from exc
    out.print(explain_text(ev, text))
    out.print(f"event {ev['event_id']}  article {ev['article_id']}  sentence {ev['sentence_index']}")
    out.print(f"CAMEO {ev['cameo']} {ev['cameo_name']} (root {ev['cameo_root']})  PLOVER {ev['plover']}  "
              f"Goldstein {ev['goldstein']:+.1f}  QuadClass {ev['quad_class']}  status {ev['status']}  "
              f"date {ev['date']}  confidence {ev['confidence']:.2f}", markup=False)
    src, tgt = ev["source"], ev["target"]
    out.print(f"source  {src['code']}  {src['name']}  [{src['start']}:{src['end']}] {src['text']!r}", markup=False)
    if tgt:
        out.print(f"target  {tgt['code']}  {tgt['name']}  [{tgt['start']}:{tgt['end']}] {tgt['text']!r}", markup=False)
    if ev.get("place"):
        p = ev["place"]
        out.print(f"place   {p['name']} ({p['country']}) GeoNames {p['geonames_id']} {p['lat']:.4f},{p['lon']:.4f}",
                  markup=False)
    out.print(f"pattern {ev['evidence']['pattern']}  ({ev['evidence']['rule']})", markup=False)


def explain_text(ev: dict[str, Any], article_text: str) -> Text:
    """The event's sentence (taken from the article text around the marked spans) with the
    source (bold blue), verb (bold) and target (bold red) styled."""
    spans = [(ev["source"]["start"], ev["source"]["end"], "bold blue")]
    spans.append((ev["evidence"]["verb_start"], ev["evidence"]["verb_end"], "bold underline"))
    if ev["target"]:
        spans.append((ev["target"]["start"], ev["target"]["end"], "bold red"))
    lo = min(s for s, _, _ in spans)
    hi = max(e for _, e, _ in spans)
    sent = ev["sentence"]
    at = article_text.find(sent, max(0, lo - len(sent)))
    if at == -1 or at > lo or at + len(sent) < hi:
        at, sent = lo, article_text[lo:hi]
    text = Text(sent)
    for s, e, style in spans:
        text.stylize(style, s - at, e - at)
    return text


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold file in the petr2_gsr_validation.jsonl or plover_gsr_cameo.jsonl format.")],
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the machine-readable summary here.")] = None,
    show_errors: Annotated[int, typer.Option(help="List at most this many misses and false alarms.")] = 20,
) -> None:
    """Score the event coder on a gold file: precision, recall and F1."""
    from dyadic.evaluation import evaluate_file, format_report
    from dyadic.pipeline import Pipeline

    if not gold.exists():
        raise _fail(f"{gold}: no such file")
    try:
        report = evaluate_file(gold, Pipeline(_settings(None)))
    except DyadicError as exc:
        raise _fail(str(exc)) from exc
    out.print(format_report(report, show_errors=show_errors))
    if json_out:
        json_out.write_text(report.to_json(), encoding="utf-8")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to bind. Off loopback, writes need $DYADIC_API_TOKEN.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.", min=1, max=65535)] = 8000,
    read_only: Annotated[bool, typer.Option("--read-only", help="Open the store read-only (no POST).")] = False,
) -> None:
    """Serve the HTTP API (/api, schema at /api/openapi.json) and the pages over the store."""
    import uvicorn

    from dyadic.api import ServerSettings, create_app

    settings = ServerSettings.from_env(db_path=db, host=host, port=port, read_only=read_only)
    if read_only and not Path(settings.db_path).exists():
        raise _fail(f"store {settings.db_path} does not exist: code some articles first (dyadic code ...)")
    try:
        web_app = create_app(settings)
    except DyadicError as exc:
        raise _fail(str(exc)) from exc
    if settings.token_required and not settings.api_token:
        err.print(f"[yellow]note:[/yellow] listening on {escape(host)} without DYADIC_API_TOKEN: writes are refused")
    err.print(f"dyadic: serving {escape(settings.db_path)} on http://{escape(host)}:{port}/")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


if __name__ == "__main__":  # pragma: no cover
    app()

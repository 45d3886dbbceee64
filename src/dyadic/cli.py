"""dyadic's command line: thin wrappers over the library.

Only this module prints and chooses exit codes: 0 success; 1 some inputs or
articles were bad (missing, unreadable, not English, failed to code) and the
others were coded and stored; 2 the run itself failed (bad options, a store
that cannot be opened or written, an unexpected error). No traceback reaches
the user unless the global ``--debug`` option is given: an unexpected error
ends the command with a one-line message (:class:`_Commands`).
Data (events, exports, reports, tables) goes to standard output; progress,
notes and errors go to standard error, so ``dyadic code ... > events.jsonl``
writes every event to the file whether or not a terminal is attached.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text
from typer.core import TyperGroup

from dyadic import __version__
from dyadic.config import Settings
from dyadic.errors import DyadicError, InputError, NotFound
from dyadic.records import Article, EventStatus

out = Console()
if not out.is_terminal and not os.environ.get("COLUMNS", "").isdigit():
    out = Console(width=200)  # pipes and files get wide rows, unless $COLUMNS says otherwise
err = Console(stderr=True, soft_wrap=True)


@dataclasses.dataclass
class _Run:
    """Global options of the command being run (set by :func:`main` for each run)."""

    debug: bool = False


_run = _Run()


def _handled_by_typer(exc: Exception) -> bool:
    """Exit, abort and usage errors, which Typer (or the Click it builds on) prints and exits on."""
    return isinstance(exc, (typer.Exit, typer.Abort)) or type(exc).__module__.split(".")[0] in (
        "typer",
        "click",
    )


class _Commands(TyperGroup):
    """dyadic's commands: an exception no command handled ends the run with a one-line
    message and exit status 2, not a traceback; ``dyadic --debug ...`` lets it through."""

    def invoke(self, ctx: Any) -> Any:  # a Context of Typer or of the Click it builds on
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # the reader of standard output went away (`dyadic export ... | head`): stop quietly,
            # with stdout pointed at devnull so the interpreter's final flush does not fail too
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(0) from None
        except Exception as exc:
            if _run.debug or _handled_by_typer(exc):
                raise
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else "no message"
            err.print(
                f"[red]error:[/red] unexpected {escape(type(exc).__name__)}: {escape(reason)} "
                "(rerun with `dyadic --debug ...` for the traceback)"
            )
            raise typer.Exit(2) from None


app = typer.Typer(
    cls=_Commands,
    help="Code news articles into sourced political event data (CAMEO, PLOVER), offline.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Store: a DuckDB file or a postgresql:// URL.",
        show_default="dyadic.duckdb or $DYADIC_DB",  # Typer escapes it; "[...]" in help is Rich markup
    ),
]


class CodeLanguage(StrEnum):
    en = "en"
    any = "any"


class Conventions(StrEnum):
    dyadic = "dyadic"
    gold = "gold"


ConventionsOption = Annotated[
    Conventions | None,
    typer.Option(
        "--conventions",
        help="dyadic: dyadic's own event conventions; gold: also the PETRARCH/PLOVER gold-file ones "
        "(a place as the target of an act on no actor; 'X said Y attacked Z' as X accusing Y).",
        show_default="dyadic or $DYADIC_CONVENTIONS",
    ),
]
MinConfidenceOption = Annotated[
    float | None,
    typer.Option(
        "--min-confidence",
        min=0.0,
        max=1.0,
        help="Drop events whose confidence (the decision layer's probability that the event is right) "
        "is lower: higher favours precision, lower recall.",
        show_default="the decision model's default, chosen on the gold dev split, or $DYADIC_MIN_CONFIDENCE",
    ),
]


class CodeFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    gdelt = "gdelt"
    parquet = "parquet"


class ExportKind(StrEnum):
    events = "events"
    actors = "actors"
    quotes = "quotes"
    places = "places"
    mentions = "mentions"


def _version(value: bool) -> None:
    if value:
        out.print(f"dyadic {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the traceback of an error (before the command).")
    ] = False,
) -> None:
    """dyadic: who did what to whom, when and where, with the sentence that proves it.

    Exit status: 0 done; 1 some inputs were bad (reported on stderr; the others
    were coded); 2 the run failed (bad options, a store that cannot be opened or
    written).
    """
    _run.debug = debug


def _fail(message: str, code: int = 2) -> typer.Exit:
    if _run.debug and sys.exc_info()[1] is not None:
        err.print_exception()
    err.print(f"[red]error:[/red] {escape(message)}")
    return typer.Exit(code)


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _fail(f"{option} {value!r} is not a date in YYYY-MM-DD form") from None


def _date_range(date_from: str | None, date_to: str | None) -> tuple[date | None, date | None]:
    start, end = _parse_date(date_from, "--from"), _parse_date(date_to, "--to")
    if start and end and start > end:
        raise _fail(f"--from {start} is after --to {end}")
    return start, end


def _settings(db: str | None) -> Settings:
    try:
        return Settings.from_env(db_path=db)
    except ValueError as exc:  # a DYADIC_* variable that cannot be read
        raise _fail(str(exc)) from exc


@app.command()
def code(
    paths: Annotated[
        list[str], typer.Argument(help="Text, HTML, JSON Lines or feed files, folders, or - for stdin.")
    ],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs without one.")
    ] = None,
    db: DbOption = None,
    fmt: Annotated[CodeFormat, typer.Option("--format", help="How to print the events.")] = CodeFormat.table,
    workers: Annotated[
        int,
        typer.Option(
            "--workers", min=1, help="Coding processes on this machine, each with its own spaCy pipeline."
        ),
    ] = 1,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Code on the Dask cluster whose scheduler is at tcp://HOST:PORT."),
    ] = None,
    dask_local: Annotated[
        int | None,
        typer.Option("--dask-local", min=1, help="Code on a local Dask cluster of N worker processes."),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option(help="Headline of the article, for an input of one article without one (text, stdin)."),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(help="Publisher (e.g. 'Mehr News Agency') for every article without one."),
    ] = None,
    url: Annotated[
        str | None,
        typer.Option(help="URL of the article, for an input of one article without one (text, stdin)."),
    ] = None,
    language: Annotated[
        CodeLanguage | None,
        typer.Option(
            "--language",
            help="en: skip articles detected to be in another language, with a warning; "
            "any: code every article as English.",
            show_default="en or $DYADIC_LANGUAGE",
        ),
    ] = None,
    conventions: ConventionsOption = None,
    min_confidence: MinConfidenceOption = None,
) -> None:
    """Code articles, store them, and print their events.

    Articles already in the store are skipped, so an interrupted run (even a
    killed one) is resumed by running it again. Inputs that cannot be read,
    articles not in English (unless --language any) and articles that fail to
    code are reported on stderr; the others are still coded (exit status 1).
    When the store cannot be written (a full disk), the run stops with exit
    status 2; the articles stored before are kept and a rerun resumes. With
    --scheduler or --dask-local, partitions are coded on Dask workers and kept
    as Parquet in the folder DB.parquet next to the store.

    Events go to stdout, progress and messages to stderr. Like --published,
    --title, --source and --url fill in what an input does not say itself
    (plain text and text on stdin say none of it). --source applies to every
    article; --title and --url describe one article, so with inputs holding
    more than one (several files, a folder, JSON Lines, a feed) the command
    stops before coding anything (exit status 2).
    """
    from dyadic.ingest import (
        LanguageSkipped,
        keep_language,
        published_in_window,
        published_window,
        read_inputs,
    )
    from dyadic.scale import Outcome, RunStats, code_corpus, code_on_dask, count_articles, dask_client
    from dyadic.store import open_store, write_jsonl

    if scheduler and dask_local:
        raise _fail("give --scheduler or --dask-local, not both")
    if workers > 1 and (scheduler or dask_local):
        raise _fail("--workers is for local runs; Dask runs use the cluster's workers")
    pub = _parse_date(published, "--published")
    if pub is not None and not published_in_window(pub):  # the window JSON Lines and the API apply
        raise _fail(f"--published {pub} is out of range ({published_window()}); nothing was coded", 1)
    total = count_articles(paths)
    if (title or url) and (len(paths) > 1 or (total is not None and total > 1)):
        raise _fail(_ONE_ARTICLE_ONLY)
    settings = _settings(db)
    if language is not None:
        settings = dataclasses.replace(settings, language=language.value)
    if conventions is not None:
        settings = dataclasses.replace(settings, event_conventions=conventions.value)
    if min_confidence is not None:
        settings = dataclasses.replace(settings, event_min_confidence=min_confidence)
    if scheduler or dask_local:  # before the store is opened: a missing extra leaves no empty store behind
        from dyadic.extras import require_extra

        try:
            require_extra("dask")
        except DyadicError as exc:
            raise _fail(str(exc)) from exc
    stats = RunStats()
    printed: list[dict[str, Any]] = []
    printed_skips: set[str] = set()
    shown_skips = 10

    def emit(records: list[dict[str, Any]]) -> None:
        if fmt is CodeFormat.jsonl:  # streamed: memory stays flat on big corpora
            write_jsonl(records, sys.stdout)
        else:
            printed.extend(records)

    meter = _Meter(err)
    dateless = _Dateless()
    credit = 0  # articles counted by on_coded whose outcome has not come yet

    def on_coded() -> None:
        nonlocal credit
        credit += 1
        meter.advance()

    try:
        with meter, contextlib.ExitStack() as stack:
            meter.stage("coding", total)
            items = dateless.watch(
                _with_metadata(
                    keep_language(
                        read_inputs(paths, published=pub, max_chars=settings.max_article_chars),
                        settings.language,
                    ),
                    title,
                    source,
                    url,
                )
            )
            head, items = _up_to_first_article(items)
            store = None
            outcomes: Iterable[Any]
            if not any(isinstance(item, Article) for item in head):
                # no article could be read: report why without opening the store, so none is created
                outcomes = [
                    Outcome("input_error", origin=e.origin, error=e)
                    for e in head
                    if isinstance(e, InputError)
                ]
            elif scheduler or dask_local:
                store = stack.enter_context(open_store(settings.db_path))
                client = stack.enter_context(dask_client(scheduler, dask_local))
                parquet_dir = Path(settings.db_path).with_suffix(".parquet")
                outcomes = code_on_dask(
                    items,
                    store,
                    settings,
                    client,
                    parquet_dir,
                    partition_articles=8 * settings.spacy_batch_size,
                )
            else:
                store = stack.enter_context(open_store(settings.db_path))
                outcomes = code_corpus(items, store, settings, workers=workers, on_coded=on_coded)
            for o in outcomes:
                stats.add(o)
                dateless.settle(o)
                if o.status in ("stored", "coding_error", "store_error") and credit > 0:
                    credit -= 1  # counted when it was coded
                else:  # coded on Dask (counted now), or skipped or unreadable (no coding time)
                    meter.advance(timed=o.status in ("stored", "coding_error", "store_error"))
                if isinstance(o.error, LanguageSkipped):
                    err.print(
                        f"[yellow]warning:[/yellow] {escape(str(o.error))}: skipped "
                        "(--language any codes it anyway)"
                    )
                elif o.error is not None:
                    err.print(f"[red]error:[/red] {escape(str(o.error))}")
                elif o.status == "skipped":
                    if stats.counts["skipped"] <= shown_skips:
                        err.print(f"[dim]skipped {escape(o.origin or o.article_id)}: already stored[/dim]")
                    if o.article_id not in printed_skips:  # print stored events, so reruns print the same
                        printed_skips.add(o.article_id)
                        assert store is not None  # an article was read, so the store is open
                        emit(store.events(article_id=o.article_id))
                elif o.status == "stored":
                    assert store is not None
                    records = (
                        [e.to_record() for e in o.result.events]
                        if o.result is not None
                        else store.events(article_id=o.article_id)
                    )
                    emit(records)
    except _ManyArticles:
        raise _fail(_ONE_ARTICLE_ONLY) from None
    except DyadicError as exc:
        _report_partial(stats)
        raise _fail(str(exc)) from exc
    except KeyboardInterrupt:
        err.print("interrupted: the articles stored so far are kept; rerun the command to resume")
        raise typer.Exit(130) from None
    if stats.counts.get("skipped", 0) > shown_skips:
        err.print(f"[dim]skipped {stats.counts['skipped']} articles already stored[/dim]")
    if any(k != "input_error" for k in stats.counts):  # not when no input could be read at all
        err.print(_run_summary(stats, meter.elapsed_s()), markup=False, highlight=False)
    if dateless.count:
        err.print(f"[yellow]warning:[/yellow] {escape(dateless.warning())}", highlight=False)
    if fmt is CodeFormat.csv or (fmt is CodeFormat.table and printed):
        _print_events(printed, fmt)  # no empty table after inputs that could not be read
    elif fmt is CodeFormat.table and not stats.failures:
        err.print("no events in these articles")
    if stats.counts.get("store_error", 0):
        raise _fail(
            f"{_n(stats.counts['store_error'], 'article')} could not be stored (reported above), "
            f"{stats.counts.get('stored', 0)} stored; rerun the command to store the rest"
        )
    if stats.failures:
        raise typer.Exit(1)


def _up_to_first_article(
    items: Iterable[Article | InputError],
) -> tuple[list[Article | InputError], Iterator[Article | InputError]]:
    """Read ``items`` up to and including the first article: ``(what was read, all of the items)``.

    ``code`` opens (and so creates) the store only once an article could be read; the
    input errors before it are still reported from the second value, which yields them again.
    """
    stream = iter(items)
    head: list[Article | InputError] = []
    for item in stream:
        head.append(item)
        if isinstance(item, Article):
            break
    return head, itertools.chain(head, stream)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _report_partial(stats: Any) -> None:
    """Before a run's fatal error: what was done, so a user knows a rerun resumes."""
    stored = stats.counts.get("stored", 0)
    if stored:
        err.print(f"{_n(stored, 'article')} stored before the error; rerun the command to resume")


def _clock(seconds: float) -> str:
    """Seconds as H:MM:SS."""
    return str(timedelta(seconds=round(seconds)))


class _Meter:
    """Progress of a long run, on standard error only (standard output carries data).

    On a terminal: a Rich bar with done/total, rate, elapsed time and ETA. Elsewhere
    (a log file, a pipe): a plain line every tenth of the total (at most every 100
    items, at most one a second) or every ``interval_s`` seconds, whichever comes
    first, and one with the final count when a stage ends. Rate and ETA count only timed items (coded
    articles, not those skipped as stored or unreadable) done after the first second
    of them, so neither the model load before them nor a batch coded together and
    counted in one burst makes the ETA read "1 s" with minutes left: there is no ETA
    until a second more has passed, nor without a total.

    Use as a context manager; :meth:`stage` starts counting, :meth:`advance` counts.
    """

    def __init__(
        self,
        console: Console,
        unit: str = "articles",
        *,
        interval_s: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.console, self.unit, self.interval_s, self.clock = console, unit, interval_s, clock
        self.label = ""
        self.total: int | None = None
        self.done = 0
        self._live: Progress | None = None
        self._task: TaskID | None = None
        self._run_start = self._start = clock()
        self._timed = 0
        self._first: tuple[float, int] | None = None  # (time, timed count): see rate()
        self._first_at = 0.0  # when the first timed item was done
        self._shown = (0, self._start)  # (done, time) of the last plain line

    def __enter__(self) -> _Meter:
        if self.console.is_terminal:
            self._live = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                _MeterColumn(self),
                console=self.console,
                transient=True,
                redirect_stdout=False,  # stdout carries the data, even when stderr is a terminal
                redirect_stderr=False,
            )
            self._live.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._live is not None:
            self._live.stop()
            self._live = None

    def stage(self, label: str, total: int | None) -> None:
        """End the current stage (if any) and start counting ``total`` items (None: unknown)."""
        self.end_stage()
        self.label, self.total, self.done = label, total, 0
        self._start = self.clock()
        self._timed, self._first, self._shown = 0, None, (0, self._start)
        if self._live is not None:
            self._task = self._live.add_task(label, total=total)

    def end_stage(self) -> None:
        """Off a terminal, print the stage's final count unless the last line showed it."""
        if self.label and self._live is None and self.done != self._shown[0]:
            self._line(self.clock())
        if self._live is not None and self._task is not None:
            self._live.update(self._task, visible=False)
        self.label = ""

    def advance(self, n: int = 1, *, timed: bool = True) -> None:
        """Count ``n`` items done; ``timed``: they took coding time (for rate and ETA)."""
        self.update(self.done + n, timed_n=n if timed else 0)

    def update(self, done: int, *, timed_n: int | None = None) -> None:
        """Set the count to ``done``; ``timed_n`` of the new items took time (default all)."""
        now = self.clock()
        new = max(0, done - self.done)
        self.done = done if self.total is None else min(done, self.total)
        self._timed += new if timed_n is None else timed_n
        if self._timed and (self._first is None or now - self._first_at < 1.0):
            if self._first is None:
                self._first_at = now
            self._first = (now, self._timed)  # the items of the first second: a burst, not a rate
        if self._live is not None and self._task is not None:
            self._live.update(self._task, completed=self.done)
        elif self._live is None and self._due(now):
            self._line(now)

    def rate(self) -> float | None:
        """Timed items per second after the first second of them (a batch coded together
        arrives in one burst); None until a second has passed after that."""
        if self._first is None:
            return None
        t0, n0 = self._first
        seconds = self.clock() - t0
        return (self._timed - n0) / seconds if seconds >= 1.0 and self._timed > n0 else None

    def eta_s(self) -> float | None:
        """Seconds left at :meth:`rate`; None without a total or a rate."""
        rate = self.rate()
        if self.total is None or rate is None:
            return None
        return max(0, self.total - self.done) / rate

    def elapsed_s(self) -> float:
        """Seconds since the meter was made."""
        return self.clock() - self._run_start

    def status(self) -> str:
        """Rate and ETA, e.g. ``4.2 articles/s, ETA 0:01:05`` (``ETA ?`` while unknown; none once done)."""
        rate, eta = self.rate(), self.eta_s()
        parts = [f"{rate:.1f} {self.unit}/s"] if rate is not None else []
        if self.total is not None and self.done < self.total:
            parts.append(f"ETA {_clock(eta)}" if eta is not None else "ETA ?")
        return ", ".join(parts)

    def _due(self, now: float) -> bool:
        every = max(1, min(100, self.total // 10)) if self.total else 100
        shown_done, shown_at = self._shown
        if self.done <= shown_done:
            return False
        waited = now - shown_at
        return waited >= self.interval_s or (self.done - shown_done >= every and waited >= 1.0)

    def _line(self, now: float) -> None:
        self._shown = (self.done, now)
        if self.total:
            count = f"{self.done}/{self.total} {self.unit} ({100 * self.done // self.total}%)"
        else:
            count = f"{self.done} {self.unit}"
        status = self.status()
        line = f"{self.label}: {count}, {_clock(now - self._start)} elapsed" + (
            f", {status}" if status else ""
        )
        self.console.print(line, markup=False, highlight=False)


class _MeterColumn(ProgressColumn):
    """The rate and ETA of a :class:`_Meter`, for its Rich bar."""

    def __init__(self, meter: _Meter) -> None:
        self.meter = meter
        super().__init__()

    def render(self, task: Task) -> Text:
        return Text(self.meter.status(), style="progress.remaining")


def _run_summary(stats: Any, elapsed_s: float) -> str:
    """One line on what a coding run did, for standard error."""
    c = stats.counts
    coded = c.get("stored", 0) + c.get("coding_error", 0) + c.get("store_error", 0)
    failed = f"{_n(stats.failures, 'input')} not coded" + (" (reported above)" if stats.failures else "")
    return (
        f"done in {_clock(elapsed_s)}: {_n(c.get('stored', 0), 'article')} stored now "
        f"({_n(stats.events, 'event')}), {c.get('skipped', 0)} already in the store, {failed}"
        + (f"; {coded / elapsed_s:.1f} articles/s" if coded and elapsed_s > 0 else "")
    )


class _Dateless:
    """Articles of a run without a publication date, for one warning at its end."""

    shown = 3

    def __init__(self) -> None:
        self.pending: set[str] = set()  # read, no outcome yet
        self.count = 0
        self.first: list[str] = []

    def watch(self, items: Iterable[Article | InputError]) -> Iterator[Article | InputError]:
        """Pass ``items`` through, noting the articles without a date."""
        for item in items:
            if isinstance(item, Article) and item.published is None:
                self.pending.add(item.article_id)
            yield item

    def settle(self, outcome: Any) -> None:
        """Count ``outcome``'s article if it was dateless and stored now."""
        if outcome.article_id not in self.pending:
            return
        self.pending.discard(outcome.article_id)
        if outcome.status == "stored":
            self.count += 1
            if len(self.first) < self.shown:
                self.first.append(outcome.article_id)

    def warning(self) -> str:
        ids = ", ".join(self.first) + (", …" if self.count > len(self.first) else "")
        return (
            f"{_n(self.count, 'article')} coded without a publication date ({ids}): their events are "
            "undated unless a sentence gives a full date, and the GDELT export leaves SQLDATE, "
            "MonthYear, Year and FractionDate empty for them. Give --published YYYY-MM-DD, or a "
            "'published' field in JSON Lines."
        )


_ONE_ARTICLE_ONLY = (
    "--title and --url describe one article, and these inputs hold more than one: "
    "put them in the input (JSON Lines fields 'title', 'url') or code the article on its own"
)


class _ManyArticles(Exception):
    """A second article arrived in a run given --title or --url."""


def _with_metadata(
    items: Iterable[Article | InputError], title: str | None, source: str | None, url: str | None
) -> Iterator[Article | InputError]:
    """Fill in the title, publisher and URL that articles lack (the input's own values win).

    With ``title`` or ``url``, the one article is held back until the input
    ends, so a second one raises :class:`_ManyArticles` before any is coded.
    """
    held: Article | None = None
    for item in items:
        if isinstance(item, Article):
            item = dataclasses.replace(item, source=item.source or source)
            if title or url:
                if held is not None:
                    raise _ManyArticles(item.origin)
                held = dataclasses.replace(item, title=item.title or title, url=item.url or url)
                continue
        yield item
    if held is not None:
        yield held


def _print_events(records: list[dict[str, Any]], fmt: CodeFormat) -> None:
    from dyadic.store import write_csv, write_jsonl

    if fmt is CodeFormat.jsonl:
        write_jsonl(records, sys.stdout)
    elif fmt is CodeFormat.csv:
        write_csv(records, sys.stdout, kind="events")
    else:
        out.print(events_table(records))


def _compact_table(title: str, caption: str | None = None) -> Table:
    """A table for 80-column terminals: no side borders, one space between columns."""
    return Table(
        title=title,
        caption=caption,
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        padding=0,
        caption_justify="left",
    )


#: Least room the event column (CAMEO name, then the sentence) gets in :func:`events_table`,
#: in characters; narrower layouts are picked until it has it.
EVENT_MIN_CHARS = 25


class _EventsTable:
    """Event records as a Rich table that fits the width it is printed at (see :func:`events_table`)."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.records = records

    def __rich_console__(self, console: Console, options: Any) -> Iterator[Table]:
        yield self.table(options.max_width)

    def table(self, width: int) -> Table:
        """The widest layout that leaves the event column :data:`EVENT_MIN_CHARS` at ``width``."""
        for layout in ("full", "compact"):
            if width - self._fixed(layout) >= EVENT_MIN_CHARS:
                return self._build(layout)
        return self._build("stacked")

    def _fixed(self, layout: str) -> int:
        """Characters taken by every column but the event column, with the gaps between columns."""
        rs = self.records
        widths = [
            max([len("event id"), *(len(r["event_id"]) for r in rs)]),
            max([len("source"), *(len(r["source"]["code"]) for r in rs)]),
            max([len("target"), *(len(r["target"]["code"]) if r["target"] else 1 for r in rs)]),
            len("cameo"),
        ]
        day = max([len("date"), *(len(r["date"] or "-") for r in rs)])
        if layout == "full":
            widths += [day, max([len("status"), *(len(r["status"]) for r in rs)]), len("+10.0")]
        elif layout == "compact":
            widths += [day, len("st")]
        else:  # stacked: the date under the id
            widths += [len("st")]
        return sum(widths) + len(widths)  # a gap after each column

    def _build(self, layout: str) -> Table:
        full, stacked = layout == "full", layout == "stacked"
        legend = (
            ""
            if full
            else "st: status, " + ", ".join(f"{s.value[0].upper()} {s.value}" for s in EventStatus) + "; "
        )
        table = _compact_table(
            f"{len(self.records)} events",
            legend
            + ("gs: Goldstein score; " if full else "")
            + "dyadic explain EVENT_ID shows an event's evidence",
        )
        table.expand = True
        columns = ["event id\ndate" if stacked else "event id"]
        columns += [] if stacked else ["date"]
        columns += ["source", "target", "cameo"]
        columns += ["status", "gs"] if full else ["st"]
        for col in columns:
            table.add_column(col, no_wrap=True, justify="right" if col == "gs" else "left")
        table.add_column("event", ratio=1, no_wrap=True, overflow="ellipsis")
        for r in self.records:
            src, tgt = r["source"], r["target"]
            sentence = Text(" ".join(r["sentence"].split()), style="dim")
            day = r["date"] or "-"
            cells: list[str | Text] = [f"{r['event_id']}\n{day}" if stacked else r["event_id"]]
            cells += [] if stacked else [day]
            cells += [src["code"], tgt["code"] if tgt else "-", r["cameo"]]
            cells += [r["status"], f"{r['goldstein']:+.1f}"] if full else [r["status"][0].upper()]
            if stacked:  # the CAMEO name on the first line, the sentence under it
                cells.append(Text(r["cameo_name"]) + Text("\n") + sentence)
            else:
                cells.append(Text(f"{r['cameo_name']}: ") + sentence)
            table.add_row(*cells)
        return table


def events_table(records: list[dict[str, Any]]) -> _EventsTable:
    """Event records as a Rich table that reads at any width, 80 columns too.

    Identifiers, dates, codes and numbers never wrap, and the event id is whole, for
    ``dyadic explain``. The last column (CAMEO name, then the evidence sentence) takes
    the room left and ends in an ellipsis when cut; it gets at least
    :data:`EVENT_MIN_CHARS` characters by the first layout that leaves them, at the width
    the table is printed at:

    - full: event id, date, source, target, cameo, status, gs (Goldstein), event;
    - compact: no Goldstein column, the status as one letter (R, P, H, N);
    - stacked (long actor codes at 80 columns): two lines per event, the date under the
      id and the sentence under the CAMEO name.
    """
    return _EventsTable(records)


@app.command()
def export(
    kind: Annotated[
        ExportKind, typer.Argument(help="What to export (mentions: GDELT mentions table, --format gdelt).")
    ],
    db: DbOption = None,
    fmt: Annotated[
        ExportFormat,
        typer.Option("--format", help="jsonl, csv, parquet (needs -o), or gdelt (events and mentions only)."),
    ] = ExportFormat.jsonl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write.", show_default="stdout")
    ] = None,
    merged: Annotated[
        bool,
        typer.Option(
            "--merged",
            help="Events and mentions only: one record per event merged across articles, with links.",
        ),
    ] = False,
) -> None:
    """Export stored events, actors, quotations or places, or GDELT mention rows."""
    from dyadic.relations import merged_events
    from dyadic.store import write_csv, write_gdelt, write_gdelt_mentions, write_jsonl, write_parquet_records

    event_like = kind in (ExportKind.events, ExportKind.mentions)
    if fmt is ExportFormat.gdelt and not event_like:
        raise _fail("--format gdelt is only for events and mentions")
    if kind is ExportKind.mentions and fmt is not ExportFormat.gdelt:
        raise _fail("mentions are exported as GDELT rows only: use --format gdelt")
    if merged and not event_like:
        raise _fail("--merged is only for events and mentions")
    if fmt is ExportFormat.parquet and output is None:
        raise _fail("--format parquet writes a file: give it with -o FILE")
    store = _open_store(db)
    with store:
        records: list[dict[str, Any]] = (
            {
                ExportKind.events: store.events,
                ExportKind.mentions: store.events,
                ExportKind.actors: store.actors,
                ExportKind.quotes: store.quotations,
                ExportKind.places: store.places,
            }[kind]()
            if not merged
            else merged_events(store)
        )
        article_info = {a["article_id"]: a for a in store.articles()} if fmt is ExportFormat.gdelt else {}
    record_kind = "merged_events" if merged else kind.value
    if fmt is ExportFormat.parquet:
        assert output is not None
        try:
            write_parquet_records(records, output, record_kind)
        except DyadicError as exc:
            raise _fail(str(exc)) from exc
        return
    try:
        stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    except OSError as exc:
        raise _fail(f"--output {output}: cannot write: {exc.strerror}") from exc
    try:
        if fmt is ExportFormat.jsonl:
            write_jsonl(records, stream)
        elif fmt is ExportFormat.csv:
            write_csv(records, stream, kind=record_kind)
        elif kind is ExportKind.mentions:
            write_gdelt_mentions(records, stream, article_info)
        else:
            articles = {i: (a["url"], a["published"]) for i, a in article_info.items()}
            write_gdelt(records, stream, articles)
    finally:
        if output:
            stream.close()


def _open_store(db: str | None, read_only: bool = True):
    from dyadic.store import open_store, url_scheme

    path = _settings(db).db_path
    if url_scheme(path) is None and not Path(path).exists():
        raise _fail(f"store {path} does not exist: code some articles first (dyadic code ...)")
    try:
        return open_store(path, read_only=read_only)
    except DyadicError as exc:
        raise _fail(str(exc)) from exc


@app.command()
def explain(
    event_id: Annotated[
        str,
        typer.Argument(
            help="An event_id from `dyadic code` or `dyadic export events`, or a GLOBALEVENTID "
            "of `dyadic export events --format gdelt` (with or without --merged)."
        ),
    ],
    db: DbOption = None,
) -> None:
    """Show an event's sentence with source, verb and target marked, and the pattern that fired."""
    with _open_store(db) as store:
        try:
            try:
                ev = store.event(event_id)
            except NotFound:
                if not event_id.isdigit():
                    raise
                ev = store.event(_event_id_of_gdelt_id(store, int(event_id)))
            text = store.article(ev["article_id"])["text"]
        except NotFound as exc:
            raise _fail(str(exc), 1) from exc
    out.print(explain_text(ev, text))
    out.print(explain_legend())
    src, tgt, place = ev["source"], ev["target"], ev.get("place")
    lines = [
        f"event {ev['event_id']}  article {ev['article_id']}  sentence {ev['sentence_index']}",
        f"CAMEO {ev['cameo']} {ev['cameo_name']} (root {ev['cameo_root']})  PLOVER {ev['plover']}  "
        f"Goldstein {ev['goldstein']:+.1f}  QuadClass {ev['quad_class']}  status {ev['status']}  "
        f"date {ev['date'] or 'unknown'}  confidence {ev['confidence']:.2f}",
        f"source  {src['code']}  {src['name']}  [{src['start']}:{src['end']}] {src['text']!r}",
    ]
    if tgt:
        lines.append(f"target  {tgt['code']}  {tgt['name']}  [{tgt['start']}:{tgt['end']}] {tgt['text']!r}")
    if place:
        lines.append(
            f"place   {place['name']} ({place['country']}) GeoNames {place['geonames_id']} "
            f"{place['lat']:.4f},{place['lon']:.4f}"
        )
    lines.append(f"pattern {ev['evidence']['pattern']}  ({ev['evidence']['rule']})")
    for line in lines:
        out.print(line, markup=False, highlight=False)


def _event_id_of_gdelt_id(store: Any, global_event_id: int) -> str:
    """The stored event id whose GLOBALEVENTID (:func:`dyadic.store.export.gdelt_event_id`) is
    ``global_event_id``: a stored event's, else a merged event's first mention. Raises NotFound."""
    from dyadic.relations import merged_events
    from dyadic.store import gdelt_event_id

    for ev in store.events():
        if gdelt_event_id(ev["event_id"]) == global_event_id:
            return str(ev["event_id"])
    for rec in merged_events(store):
        if gdelt_event_id(rec["event_id"]) == global_event_id:
            return str(rec["mentions"][0]["event_id"])
    raise NotFound(f"no event with id or GLOBALEVENTID {global_event_id} in the store")


#: How ``explain`` marks each span: brackets that survive a terminal without colour
#: (NO_COLOR, a log file), and a style where there is colour.
_MARKS = {
    "source": ("[", "]", "bold blue"),
    "verb": ("{", "}", "bold underline"),
    "target": ("<", ">", "bold red"),
}


def explain_legend() -> Text:
    """The key to :func:`explain_text`'s marks: ``marks: [source] {verb} <target>``."""
    legend = Text("marks:")
    for role, (open_, close, style) in _MARKS.items():
        legend.append(" ")
        legend.append(f"{open_}{role}{close}", style=style)
    return legend


def explain_text(ev: dict[str, Any], article_text: str) -> Text:
    """The event's sentence (taken from the article text around the marked spans) with the
    source in [brackets], the verb in {braces} and the target in <angle brackets>, each
    also styled (bold blue, bold underlined, bold red) for terminals with colour.
    """
    spans = [(ev["source"]["start"], ev["source"]["end"], "source")]
    spans.append((ev["evidence"]["verb_start"], ev["evidence"]["verb_end"], "verb"))
    if ev["target"]:
        spans.append((ev["target"]["start"], ev["target"]["end"], "target"))
    lo = min(s for s, _, _ in spans)
    hi = max(e for _, e, _ in spans)
    sent = ev["sentence"]
    at = article_text.find(sent, max(0, lo - len(sent)))
    if at == -1 or at > lo or at + len(sent) < hi:
        at, sent = lo, article_text[lo:hi]
    clipped = [(max(0, s - at), min(len(sent), e - at), role) for s, e, role in spans]
    marked = [(s, e, role) for s, e, role in clipped if s < e]  # offsets into sent
    cuts = sorted({0, len(sent)} | {s for s, _, _ in marked} | {e for _, e, _ in marked})
    text = Text()
    for i, pos in enumerate(cuts):
        # at each cut: close the spans ending here (innermost first), then open those starting here
        for role in [r for s, e, r in sorted(marked, key=lambda m: -m[0]) if e == pos]:
            text.append(_MARKS[role][1], style=_MARKS[role][2])
        for role in [r for s, e, r in sorted(marked, key=lambda m: -m[1]) if s == pos]:
            text.append(_MARKS[role][0], style=_MARKS[role][2])
        if i + 1 < len(cuts):
            styles = [_MARKS[role][2] for s, e, role in marked if s <= pos < e]
            text.append(sent[pos : cuts[i + 1]], style=" ".join(styles) or None)
    return text


@app.command()
def evaluate(
    gold: Annotated[
        Path,
        typer.Argument(
            help="Gold file: an article gold split (eval/gold/test.jsonl) or a sentence set in the "
            "petr2_gsr_validation.jsonl or plover_gsr_cameo.jsonl format."
        ),
    ],
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Write the machine-readable summary here.")
    ] = None,
    show_errors: Annotated[int, typer.Option(help="List at most this many misses and false alarms.")] = 20,
    actors: Annotated[
        list[Path] | None,
        typer.Option(
            "--actors", help="PETRARCH .actors file read on top of the shipped actors (repeatable)."
        ),
    ] = None,
    conventions: ConventionsOption = None,
    min_confidence: MinConfidenceOption = None,
) -> None:
    """Score dyadic on a gold file: events (precision, recall, F1), and for article gold also
    core-event recall, status, quotations with speakers, and places. --conventions gold
    scores the sentence sets with their own (PETRARCH/PLOVER) conventions applied."""
    from dyadic.evaluation import (
        evaluate_article_file,
        evaluate_file,
        format_article_report,
        format_report,
        is_article_gold,
    )
    from dyadic.pipeline import Pipeline

    if not gold.exists():
        raise _fail(f"{gold}: no such file")
    try:
        settings = _settings(None)
        if actors:
            settings = dataclasses.replace(settings, extra_actor_files=tuple(str(p) for p in actors))
        if conventions is not None:
            settings = dataclasses.replace(settings, event_conventions=conventions.value)
        if min_confidence is not None:
            settings = dataclasses.replace(settings, event_min_confidence=min_confidence)
        if is_article_gold(gold):
            article_report = evaluate_article_file(gold, Pipeline(settings))
            out.print(format_article_report(article_report, show_errors=show_errors))
            if json_out:
                json_out.write_text(article_report.to_json(), encoding="utf-8")
            return
        report = evaluate_file(gold, Pipeline(settings))
    except DyadicError as exc:
        raise _fail(str(exc)) from exc
    out.print(format_report(report, show_errors=show_errors))
    if json_out:
        json_out.write_text(report.to_json(), encoding="utf-8")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(help="Address to bind. Off loopback, writes need $DYADIC_API_TOKEN.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.", min=1, max=65535)] = 8000,
    read_only: Annotated[
        bool,
        typer.Option("--read-only", help="Refuse POST /api/articles (403); coding while serving works."),
    ] = False,
) -> None:
    """Serve the HTTP API (/api, schema at /api/openapi.json) and the pages over the store."""
    from dyadic.extras import require_extra

    try:
        require_extra("server")
    except DyadicError as exc:
        raise _fail(str(exc)) from exc
    import uvicorn

    from dyadic.server import ServerSettings, create_app
    from dyadic.store import mask_url, url_scheme

    try:
        settings = ServerSettings.from_env(db_path=db, host=host, port=port, read_only=read_only)
    except ValueError as exc:
        raise _fail(f"server settings from the environment: {exc}") from exc
    is_url = url_scheme(settings.db_path) is not None
    if read_only and not is_url and not Path(settings.db_path).exists():
        raise _fail(f"store {settings.db_path} does not exist: code some articles first (dyadic code ...)")
    try:
        web_app = create_app(settings)
    except DyadicError as exc:
        raise _fail(str(exc)) from exc
    if settings.token_required and not settings.api_token:
        err.print(
            f"[yellow]note:[/yellow] listening on {escape(host)} without DYADIC_API_TOKEN: writes are refused"
        )
    shown = mask_url(settings.db_path) if is_url else settings.db_path
    err.print(f"dyadic: serving {escape(shown)} on http://{escape(host)}:{port}/")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


class RelationPeriod(StrEnum):
    day = "day"
    week = "week"
    month = "month"


@app.command("relations")
def relations_command(
    a: Annotated[
        str | None,
        typer.Argument(help="Actor A: country (IRN), actor code (IRNGOV) or a name (Iran, venezuela)."),
    ] = None,
    b: Annotated[str | None, typer.Argument(help="Actor B, same form.")] = None,
    by: Annotated[RelationPeriod, typer.Option("--by", help="Period length.")] = RelationPeriod.month,
    date_from: Annotated[
        str | None,
        typer.Option(
            "--from",
            help="First event day, YYYY-MM-DD. A week or month holding it counts the events from that "
            "day on only; the period is still named by its first day.",
        ),
    ] = None,
    date_to: Annotated[
        str | None,
        typer.Option("--to", help="Last event day, YYYY-MM-DD (the last period stops there, as --from)."),
    ] = None,
    top: Annotated[int | None, typer.Option("--top", min=1, help="List the N most active pairs.")] = None,
    merged: Annotated[
        bool, typer.Option("--merged", help="Count each event merged across articles once, not each mention.")
    ] = False,
    status: Annotated[
        str,
        typer.Option(
            "--status",
            help="realized: count realized events only; all: planned, hypothetical and negated too.",
        ),
    ] = "realized",
    plot: Annotated[
        Path | None,
        typer.Option("--plot", help="Draw the time series to FILE.html (Plotly) or FILE.png (matplotlib)."),
    ] = None,
    fmt: Annotated[CodeFormat, typer.Option("--format", help="table, jsonl or csv.")] = CodeFormat.table,
    db: DbOption = None,
) -> None:
    """Relations between two actors per period, both directions; or the most active pairs (--top N).

    Per period: events by QuadClass (1 verbal coop, 2 material coop, 3 verbal
    conflict, 4 material conflict, by CAMEO root as in GDELT: 06-09, "investigate"
    included, are material cooperation), summed and mean Goldstein score, and net
    cooperation = (coop - conflict) / events, from -1 (all conflict) to +1. Net
    cooperation counts events by QuadClass while Goldstein weighs each event, so
    the two can disagree.
    """
    from dataclasses import asdict

    from dyadic.relations import (
        PAIR_FIELDS,
        RELATION_FIELDS,
        Period,
        UnknownActor,
        period_start,
        plot_relations,
        relation_row,
        relations,
        resolve_actor,
        top_pairs,
    )
    from dyadic.store import COUNTED_STATUSES, write_csv, write_jsonl

    start, end = _date_range(date_from, date_to)
    if status not in COUNTED_STATUSES:
        raise _fail(f"--status must be realized or all, not {status!r}")
    if top is None and not (a and b):
        raise _fail("give two actors (dyadic relations IRN VEN) or --top N")
    if plot is not None and top is not None:
        raise _fail("--plot draws a pair's time series: give two actors, not --top")
    rows = []
    counted = "realized events" if status == "realized" else "events of any status"
    with _open_store(db) as store:
        if top is not None:
            pairs = top_pairs(store, top, date_from=start, date_to=end, merged=merged, status=status)
            records = [asdict(p) for p in pairs]
            title = f"{len(pairs)} most active pairs, {counted}"
        else:
            assert a and b
            codes = []
            for given in (a, b):
                try:
                    choice = resolve_actor(store, given)
                except UnknownActor as exc:
                    raise _fail(str(exc)) from exc
                if choice.by_name:
                    err.print(f"{escape(given)}: {choice.code} ({escape(choice.name or choice.code)})")
                codes.append(choice.code)
            code_a, code_b = codes
            period = Period(by.value)
            rows = relations(
                store, code_a, code_b, by=period, date_from=start, date_to=end, merged=merged, status=status
            )
            records = [relation_row(r) for r in rows]
            title = f"{code_a} and {code_b} by {by.value}, {counted}"
            if start and rows and period_start(start, period) < start:
                title += f" (the first {by.value} counted from {start})"
            if not rows:
                hint = " (--status all counts planned, hypothetical and negated ones too)"
                err.print(
                    f"no {counted} between {escape(code_a)} and {escape(code_b)} in this range"
                    + (hint if status == "realized" else "")
                )
    if plot is not None:
        try:
            plot_relations(rows, plot, title)
        except DyadicError as exc:  # PlotFormatError, MissingExtra
            raise _fail(str(exc)) from exc
        except OSError as exc:
            raise _fail(f"--plot {plot}: cannot write: {exc.strerror}") from exc
        err.print(f"wrote {escape(str(plot))}")
    if fmt is CodeFormat.jsonl:
        write_jsonl(records, sys.stdout)
    elif fmt is CodeFormat.csv:  # fixed columns: the header comes even with no rows
        write_csv(records, sys.stdout, columns=PAIR_FIELDS if top is not None else RELATION_FIELDS)
    else:
        out.print(_relations_table(records, title, pairs=top is not None))


def _number(value: float | None, sign: bool = True) -> str:
    return "-" if value is None else (f"{value:+.2f}" if sign else f"{value:.2f}")


def _relations_table(records: list[dict[str, Any]], title: str, *, pairs: bool) -> Table:
    """Relation rows per period, or pairs (``pairs``: for ``--top`` and ``network``), as a table
    that reads at 80 columns: periods, directions and numbers never wrap; headers take two lines."""
    table = _compact_table(title)
    if pairs:
        for col in ("pair", "events", "a->b", "b->a", "mean\ngoldstein", "net\ncoop"):
            table.add_column(col, justify="left" if col == "pair" else "right", no_wrap=True)
        for r in records:
            table.add_row(
                f"{r['a']} - {r['b']}",
                str(r["events"]),
                str(r["a_to_b"]),
                str(r["b_to_a"]),
                _number(r["goldstein_mean"]),
                _number(r["net_cooperation"]),
            )
        return table
    for col in (
        "period",
        "direction",
        "events",
        "verb\ncoop",
        "mat\ncoop",
        "verb\nconfl",
        "mat\nconfl",
        "gs\nsum",
        "gs\nmean",
        "net\ncoop",
    ):
        table.add_column(col, justify="left" if col in ("period", "direction") else "right", no_wrap=True)
    for r in records:
        table.add_row(
            r["period"],
            r["direction"],
            str(r["events"]),
            *(str(q) for q in r["quad"]),
            _number(r["goldstein_sum"]),
            _number(r["goldstein_mean"]),
            _number(r["net_cooperation"]),
        )
    table.caption = "gs: Goldstein; net coop: (coop - conflict) / events"
    return table


class NetworkQuad(StrEnum):
    """QuadClasses the ``network`` command keeps: all, or a name of :data:`dyadic.relations.QUAD_FILTERS`
    (the /network page's choices)."""

    all = "all"
    coop = "coop"
    conflict = "conflict"
    verbal_coop = "1"
    material_coop = "2"
    verbal_conflict = "3"
    material_conflict = "4"


@app.command()
def network(
    date_from: Annotated[str | None, typer.Option("--from", help="First event day, YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Last event day, YYYY-MM-DD.")] = None,
    plot: Annotated[
        Path | None,
        typer.Option("--plot", help="Draw the network to FILE.html (Plotly) or FILE.png (matplotlib)."),
    ] = None,
    max_nodes: Annotated[int, typer.Option("--max-nodes", min=2, help="Keep the N most active actors.")] = 60,
    min_events: Annotated[
        int, typer.Option("--min-events", min=1, help="Leave out pairs with fewer events (both directions).")
    ] = 1,
    quad: Annotated[
        NetworkQuad,
        typer.Option(
            "--quad",
            help="QuadClasses counted: all; coop (1-2) or conflict (3-4); 1 verbal coop, 2 material coop, "
            "3 verbal conflict, 4 material conflict.",
        ),
    ] = NetworkQuad.all,
    status: Annotated[
        str,
        typer.Option(
            "--status",
            help="realized: count realized events only; all: planned, hypothetical and negated too.",
        ),
    ] = "realized",
    merged: Annotated[
        bool, typer.Option("--merged", help="Count each event merged across articles once, not each mention.")
    ] = False,
    db: DbOption = None,
) -> None:
    """The actor network (actors by country): edge width = events, colour = mean Goldstein score.

    Filters by dates, QuadClass and status as the /network page does, but has no actor
    filter (the page's "actor"). Without --plot, lists the edges.
    """
    from dyadic.relations import QUAD_FILTERS, plot_network
    from dyadic.relations import network as actor_network
    from dyadic.store import COUNTED_STATUSES

    start, end = _date_range(date_from, date_to)
    if status not in COUNTED_STATUSES:
        raise _fail(f"--status must be realized or all, not {status!r}")
    with _open_store(db) as store:
        nodes, edges = actor_network(
            store,
            date_from=start,
            date_to=end,
            max_nodes=max_nodes,
            merged=merged,
            status=status,
            quad_classes=QUAD_FILTERS.get(quad.value),
            min_events=min_events,
        )
    span = f"{date_from} to {date_to}" if date_from or date_to else "all dates"
    counted = "realized events" if status == "realized" else "events of any status"
    kept = [counted] + ([f"QuadClass {quad.value}"] if quad is not NetworkQuad.all else [])
    kept += [f"pairs of {min_events}+ events"] if min_events > 1 else []
    if plot is not None:
        try:
            title = f"Actor network, {span}" if date_from or date_to else None  # None: the plot's own title
            plot_network(nodes, edges, plot, title)
        except DyadicError as exc:  # PlotFormatError, MissingExtra
            raise _fail(str(exc)) from exc
        except OSError as exc:
            raise _fail(f"--plot {plot}: cannot write: {exc.strerror}") from exc
        err.print(f"wrote {escape(str(plot))}: {len(nodes)} actors, {len(edges)} pairs ({', '.join(kept)})")
        return
    from dataclasses import asdict

    out.print(
        _relations_table(
            [asdict(e) for e in edges], f"{len(edges)} pairs, {span}, {', '.join(kept)}", pairs=True
        )
    )


@app.command("evaluate-geo")
def evaluate_geo(
    data_dir: Annotated[
        Path, typer.Option("--data", help="Folder holding LGL/, GeoWebNews/ and TR-News/.")
    ] = Path("../shared/data"),
    ner: Annotated[
        bool, typer.Option(help="Also measure how many gold toponyms spaCy NER finds (slower).")
    ] = True,
    max_articles: Annotated[
        int | None, typer.Option(min=1, help="Only the first N articles of each set.")
    ] = None,
) -> None:
    """Score toponym resolution on the LGL, GeoWebNews and TR-News gold sets: accuracy@161 km,
    median error (km) and exact GeoNames id matches, over all articles and the last 30%."""
    from dyadic.evaluation import evaluate_geo as run_evaluation
    from dyadic.evaluation import format_geo_report
    from dyadic.nlp import load_pipeline

    if not data_dir.is_dir():
        raise _fail(f"{data_dir}: no such folder (pass --data)")
    with _Meter(err) as meter:
        meter.stage("loading the gazetteer and spaCy pipeline", None)
        nlp = load_pipeline(_settings(None).spacy_model) if ner else None

        def progress(stage: str, done: int, total: int) -> None:
            if stage != meter.label:
                meter.stage(stage, total)
            meter.update(done)

        report = run_evaluation(data_dir, nlp, max_articles=max_articles, progress=progress)
        meter.end_stage()
    n = sum(s.n_articles for s in report.sets)
    err.print(f"scored {_n(n, 'article')} in {_clock(meter.elapsed_s())}", highlight=False)
    out.print(format_geo_report(report), markup=False, highlight=False)
    if not report.sets:
        raise _fail(f"no gold sets found under {data_dir}", 1)


db_app = typer.Typer(
    help="Inspect, migrate and copy stores (DuckDB files or PostgreSQL URLs).", no_args_is_help=True
)
app.add_typer(db_app, name="db")


def _print_info(info: dict[str, Any]) -> None:
    out.print(f"backend         {info['backend']}", markup=False, highlight=False)
    out.print(f"store           {info['target']}", markup=False, highlight=False)
    out.print(
        f"schema version  {info['schema_version']} (this dyadic: {info['latest_version']})",
        markup=False,
        highlight=False,
    )
    for m in info["migrations"]:
        out.print(
            f"  {m['version']}  {m['applied_at']:%Y-%m-%d %H:%M:%S}  {m['description']}",
            markup=False,
            highlight=False,
        )
    for table, n in info["counts"].items():
        out.print(f"{table:<16}{n}", markup=False, highlight=False)


@db_app.command("info")
def db_info(db: DbOption = None) -> None:
    """Show the store's backend, schema version and migrations, and rows per table (read-only)."""
    with _open_store(db) as store:
        _print_info(store.info())


@db_app.command("migrate")
def db_migrate(db: DbOption = None) -> None:
    """Bring the store's schema to this dyadic's version (opening it for writing does this too)."""
    with _open_store(db, read_only=False) as store:
        info = store.info()
    applied = ", ".join(str(v) for v in info["applied_now"]) or "none"
    err.print(f"migrations applied now: {applied}")
    _print_info(info)


@db_app.command("copy")
def db_copy(
    src: Annotated[str, typer.Argument(help="Store to read: a DuckDB file or a postgresql:// URL.")],
    dst: Annotated[
        str, typer.Argument(help="Store to write (created or migrated): DuckDB file or postgresql:// URL.")
    ],
) -> None:
    """Copy every article of SRC, with all its rows, into DST (DuckDB <-> PostgreSQL, either way).

    Articles DST already holds are skipped, so an interrupted copy is finished by running it again.
    Afterwards the row counts of both stores are printed; they match when DST started empty.
    """
    from dyadic.store import copy_store

    with _open_store(src) as source, _open_store_for_writing(dst) as target:
        try:
            stored = copy_store(source, target)
        except DyadicError as exc:
            raise _fail(str(exc), 1) from exc
        counts = source.counts(), target.counts()
    err.print(f"copied {stored} articles")
    table = Table("table", "source", "destination")
    for name in counts[0]:
        table.add_row(name, str(counts[0][name]), str(counts[1][name]))
    out.print(table)


def _open_store_for_writing(target: str):
    from dyadic.store import open_store

    try:
        return open_store(target)
    except DyadicError as exc:
        raise _fail(str(exc)) from exc


if __name__ == "__main__":  # pragma: no cover
    app()

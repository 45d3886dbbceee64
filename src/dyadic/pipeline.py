"""The whole coding pipeline: spaCy with dyadic's components, for one process.

The components, in order (each registered with spaCy and usable on its own
pipeline, see README "Library"):

0. ``dyadic_headings``: before the parser, a sentence start after a section heading
   glued to the next sentence (:mod:`dyadic.nlp.headings`);
1. ``dyadic_actor_ruler``: an EntityRuler before ``ner`` so known leaders and
   countries are tagged right (:func:`dyadic.actors.add_actor_ruler`);
2. the spaCy model's own components (tagger, parser, ner, ...);
3. ``dyadic_dateline``: the dateline, once per document (``doc._.dateline``);
4. ``dyadic_actors``: actor mentions (``doc._.entities``);
5. ``dyadic_quotations``: quotations with speakers (``doc._.quotations``);
6. ``dyadic_places``: toponyms resolved to GeoNames (``doc._.places``);
7. ``dyadic_events``: CAMEO events, each with its place (``doc._.events``).

:func:`load` returns that pipeline; :class:`Pipeline` codes :class:`Article`
records with it into :class:`~dyadic.records.ArticleResult` records, which
:class:`dyadic.store.Store` saves in one transaction.
"""

from __future__ import annotations

import functools
import itertools
import logging
from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from dyadic.actors import ACTORS_COMPONENT, DATELINE_COMPONENT, actor_dictionary, add_actor_ruler
from dyadic.config import DEFAULT_SPACY_MODEL, Settings
from dyadic.errors import CodingError
from dyadic.events import EVENTS_COMPONENT
from dyadic.geo import PLACES_COMPONENT
from dyadic.nlp import HEADINGS_COMPONENT, new_pipeline, result_of, set_article, speed_up
from dyadic.quotes import QUOTATIONS_COMPONENT
from dyadic.records import Article, ArticleResult, text_article_id

__all__ = ["COMPONENTS", "Pipeline", "add_dyadic_pipes", "build_nlp", "code", "load"]

log = logging.getLogger(__name__)

#: dyadic's components in pipeline order (after the spaCy model's own).
COMPONENTS = (DATELINE_COMPONENT, ACTORS_COMPONENT, QUOTATIONS_COMPONENT, PLACES_COMPONENT, EVENTS_COMPONENT)


def add_dyadic_pipes(
    nlp: Language,
    extra_actor_files: Sequence[str] = (),
    conventions: str = "dyadic",
    min_confidence: float | None = None,
) -> Language:
    """Add the actor ruler and every dyadic component to ``nlp`` (in place; skips those present).

    Args:
        nlp: A spaCy pipeline with a tagger, parser and NER (``en_core_web_sm``/``md``/``trf``).
        extra_actor_files: PETRARCH ``.actors`` files read on top of the shipped dictionary;
            they reach both the entity ruler and the actor resolver.
        conventions: The ``conventions`` config of ``dyadic_events`` (``dyadic`` or ``gold``).
        min_confidence: Its ``min_confidence`` (0..1); None keeps the decision model's default.

    Returns:
        ``nlp``.
    """
    if "parser" in nlp.pipe_names and HEADINGS_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(HEADINGS_COMPONENT, before="parser")  # "Recent attacks Since ...": two sentences
    add_actor_ruler(nlp, actor_dictionary(extra_actor_files))
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            config: dict[str, object] = (
                {"extra_actor_files": list(extra_actor_files)} if name == ACTORS_COMPONENT else {}
            )
            if name == EVENTS_COMPONENT:
                config = {"conventions": conventions, "min_confidence": min_confidence}
            nlp.add_pipe(name, config=config)
    return nlp


@functools.lru_cache(maxsize=2)
def build_nlp(
    spacy_model: str,
    extra_actor_files: tuple[str, ...] = (),
    max_length: int = 0,
    conventions: str = "dyadic",
    min_confidence: float | None = None,
) -> Language:
    """The spaCy pipeline ``spacy_model`` with dyadic's components; built once per process.

    The model's attribute ruler and rule lemmatizer are switched to faster classes with
    the same output (:func:`dyadic.nlp.speedups.speed_up`).

    Args:
        spacy_model: Installed spaCy pipeline name (see :class:`Settings`).
        extra_actor_files: See :func:`add_dyadic_pipes`.
        max_length: Raise ``nlp.max_length`` (characters) to at least this.
        conventions: See :func:`add_dyadic_pipes`.
        min_confidence: See :func:`add_dyadic_pipes`.

    Raises:
        PipelineNotInstalled: the pipeline is not installed (the message says how to install it).
    """
    nlp = speed_up(new_pipeline(spacy_model))
    nlp.max_length = max(nlp.max_length, max_length)
    return add_dyadic_pipes(nlp, extra_actor_files, conventions, min_confidence)


def load(spacy_model: str = DEFAULT_SPACY_MODEL, extra_actor_files: Sequence[str] = ()) -> Language:
    """The full dyadic pipeline: ``nlp = dyadic.load(); nlp(text)._.events``.

    A new pipeline object each call (the data it loads is cached per process), with the
    faster attribute ruler and lemmatizer of :func:`dyadic.nlp.speedups.speed_up`. Set
    ``doc._.published`` (or use :func:`code`) for relative dates to resolve.

    Raises:
        PipelineNotInstalled: ``spacy_model`` is not installed.
    """
    return add_dyadic_pipes(speed_up(new_pipeline(spacy_model)), extra_actor_files)


def code(
    text: str,
    published: date | str | None = None,
    *,
    article_id: str | None = None,
    title: str | None = None,
    settings: Settings | None = None,
) -> ArticleResult:
    """Code one article's text: ``dyadic.code(text, published="2023-06-12").events``.

    Args:
        text: The article's main text (offsets in the result index into it).
        published: Publication day (a date or ``YYYY-MM-DD``), for relative dates.
        article_id: Defaults to ``sha1:`` + a hash of the text.
        title: Headline, if known.
        settings: Defaults to :meth:`Settings.from_env`.

    Returns:
        The :class:`ArticleResult`: ``events``, ``quotations``, ``places``, ``mentions``.

    Raises:
        CodingError: a stage failed on this text.
        ValueError: ``published`` is not a date or ``YYYY-MM-DD``.
        PipelineNotInstalled: the configured spaCy pipeline is missing.
    """
    day = date.fromisoformat(published) if isinstance(published, str) else published
    article = Article(article_id or text_article_id(text), text, title=title, published=day, origin="<text>")
    return Pipeline(settings).code(article)


class Pipeline:
    """Codes articles: parse, actors, quotations, places, events.

    Args:
        settings: Settings; default :meth:`Settings.from_env`.

    Raises:
        PipelineNotInstalled: the configured spaCy pipeline is missing.
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.nlp = build_nlp(
            self.settings.spacy_model,
            tuple(self.settings.extra_actor_files),
            self.settings.max_article_chars + 1,
            self.settings.event_conventions,
            self.settings.event_min_confidence,
        )

    def code(self, article: Article) -> ArticleResult:
        """Code one article.

        Raises:
            CodingError: a stage failed on this article.
        """
        result = self._code_or_error(article)
        if isinstance(result, CodingError):
            raise result
        return result

    def code_many(self, articles: Iterable[Article]) -> Iterator[ArticleResult | CodingError]:
        """Code a stream of articles with ``nlp.pipe`` batching, in input order.

        Yields an :class:`ArticleResult` per article, or the :class:`CodingError`
        of an article that failed (the stream goes on). If a batch fails, its
        articles are coded one by one so only the bad one fails.
        """
        batch_size = self.settings.spacy_batch_size
        stream = iter(articles)
        while batch := list(itertools.islice(stream, batch_size)):
            try:
                docs = list(self.nlp.pipe((self._doc(a) for a in batch), batch_size=batch_size))
            except Exception:  # a text that fails must not sink its batch
                yield from (self._code_or_error(a) for a in batch)
                continue
            yield from (result_of(doc, article) for article, doc in zip(batch, docs, strict=True))

    def _doc(self, article: Article) -> Doc:
        return set_article(self.nlp.make_doc(article.text), article)

    def _code_or_error(self, article: Article) -> ArticleResult | CodingError:
        try:
            return result_of(self.nlp(self._doc(article)), article)
        except Exception as exc:  # one bad article must not stop a batch
            log.exception("coding %s failed", article.article_id)
            return CodingError(article.article_id, article.origin, f"{type(exc).__name__}: {exc}")

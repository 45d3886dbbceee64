"""The whole coding pipeline for one process.

Stages, in order (each a plain function or object of its package):

1. ``nlp``: spaCy parse (``nlp.pipe`` batches), with :mod:`dyadic.actors`'
   entity ruler added before NER so known leaders and countries are tagged right;
2. ``actors``: :class:`~dyadic.actors.ActorResolver` -> actor mentions;
3. ``quotes``: :func:`~dyadic.quotes.extract_quotations` -> quotations with speakers;
4. ``geo``: :class:`~dyadic.geo.Geoparser` -> toponyms resolved to GeoNames;
5. ``events``: :class:`~dyadic.events.EventCoder` -> CAMEO events, each given
   its place by :func:`~dyadic.geo.event_place`.

The result of one article is an :class:`~dyadic.records.ArticleResult`, which
:class:`dyadic.store.Store` saves in one transaction.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import logging
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from dyadic.actors import ActorDictionary, ActorResolver, add_actor_ruler, dateline_span
from dyadic.config import Settings
from dyadic.errors import CodingError
from dyadic.events import EventCoder
from dyadic.geo import Gazetteer, Geoparser, event_place
from dyadic.nlp import new_pipeline
from dyadic.quotes import extract_quotations
from dyadic.records import Article, ArticleResult, PlaceMention

log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=2)
def build_nlp(spacy_model: str) -> Language:
    """The spaCy pipeline ``spacy_model`` with dyadic's components added; once per process.

    Raises:
        PipelineNotInstalled: the pipeline is not installed (the message says how to install it).
    """
    nlp = new_pipeline(spacy_model)
    add_actor_ruler(nlp, ActorDictionary.load())
    return nlp


class Pipeline:
    """Codes articles: parse, actors, quotations, places, events.

    Args:
        settings: Settings; default :meth:`Settings.from_env`.

    Raises:
        PipelineNotInstalled: the configured spaCy pipeline is missing.
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.nlp = build_nlp(self.settings.spacy_model)
        self.nlp.max_length = max(self.nlp.max_length, self.settings.max_article_chars + 1)
        self.resolver = ActorResolver(ActorDictionary.load(self.settings.extra_actor_files))
        self.coder = EventCoder.load()
        self.geoparser = Geoparser(Gazetteer.load())

    def code(self, article: Article) -> ArticleResult:
        """Code one article.

        Raises:
            CodingError: a stage failed on this article.
        """
        return self.annotate(article, self.nlp(article.text))

    def annotate(self, article: Article, doc: Doc) -> ArticleResult:
        """Run stages 2-5 on an already parsed ``doc`` of ``article.text``.

        Raises:
            CodingError: a stage failed on this article.
        """
        try:
            mentions = self.resolver.resolve(doc, article)
            quotations = extract_quotations(doc, article, mentions)
            places = self.geoparser.geoparse(doc, article, mentions)
            dateline = _dateline_place(doc, places)
            events = [
                dataclasses.replace(e, place=event_place(e, places, dateline))
                for e in self.coder.code(doc, article, mentions)
            ]
        except Exception as exc:  # one bad article must not stop a batch
            log.exception("coding %s failed", article.article_id)
            raise CodingError(article.article_id, article.origin, f"{type(exc).__name__}: {exc}") from exc
        return ArticleResult(article, mentions, events, quotations, places)

    def code_many(self, articles: Iterable[Article]) -> Iterator[ArticleResult | CodingError]:
        """Code a stream of articles with ``nlp.pipe`` batching, in input order.

        Yields an :class:`ArticleResult` per article, or the :class:`CodingError`
        of an article that failed (the stream goes on). If spaCy fails on a
        batch, its articles are parsed one by one so only the bad one fails.
        """
        batch_size = self.settings.spacy_batch_size
        stream = iter(articles)
        while batch := list(itertools.islice(stream, batch_size)):
            try:
                docs = list(self.nlp.pipe((a.text for a in batch), batch_size=batch_size))
            except Exception:  # a text spaCy rejects must not sink its batch
                yield from (self._code_or_error(a) for a in batch)
                continue
            for article, doc in zip(batch, docs, strict=True):
                try:
                    yield self.annotate(article, doc)
                except CodingError as exc:
                    yield exc

    def _code_or_error(self, article: Article) -> ArticleResult | CodingError:
        try:
            doc = self.nlp(article.text)
        except Exception as exc:
            return CodingError(article.article_id, article.origin, f"{type(exc).__name__}: {exc}")
        try:
            return self.annotate(article, doc)
        except CodingError as exc:
            return exc


def _dateline_place(doc: Doc, places: list[PlaceMention]) -> PlaceMention | None:
    span = dateline_span(doc)
    if span is None:
        return None
    return next((p for p in places if span.start_char <= p.start < span.end_char), None)

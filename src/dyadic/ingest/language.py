"""The language of an article's text, so that non-English text is reported, never coded as English.

dyadic's parser, dictionaries and verb patterns are English; a French or
German article run through them yields wrong events, not an error. Each
article's language is detected with langdetect (Shuyo's language-detection,
naive Bayes over character n-grams; seeded, so a text always gets the same
answer) and :func:`keep_language` turns articles in another language into
:class:`LanguageSkipped` errors, which a batch reports and goes past like any
other bad input.

A text is judged only when it has at least :data:`MIN_WORDS` words (shorter
ones, a headline or a line of codes, are too short to tell and pass), and it
counts as another language only when English is (nearly) ruled out: its
probability is below :data:`MAX_OTHER_PROBABILITY`. On the 938 Wikinews and
real-news gold articles and the ~1,000 English gold sentences of this project,
no English text is judged otherwise.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from dyadic.errors import InputError
from dyadic.records import Article

#: The language dyadic codes; ``any`` turns the check off.
ENGLISH = "en"
ANY_LANGUAGE = "any"
#: Texts with fewer words (runs of letters) are not judged.
MIN_WORDS = 10
#: Detection reads at most this many characters from the start of a text.
SAMPLE_CHARS = 10_000
#: A text is in another language than ``language`` when that language's probability is below this.
MAX_OTHER_PROBABILITY = 0.1

_WORD = re.compile(r"[^\W\d_]+")


class LanguageSkipped(InputError):
    """An article's text is in another language than the one being coded.

    Attributes:
        origin: The article's origin (and its id when it has one of its own).
        reason: ``text is in French (fr), not English``.
        language: The detected language, an ISO 639-1 code (``fr``, ``zh-cn``).
        article_id: The article's id.
    """

    def __init__(self, origin: str, language: str, expected: str, article_id: str = "") -> None:
        self.language = language
        self.article_id = article_id
        super().__init__(
            origin,
            f"text is in {language_name(language)} ({language}), not {language_name(expected)}",
        )


@functools.lru_cache(maxsize=1)
def _detector_factory() -> Any:
    """langdetect's profiles, loaded once per process (about 0.3 s), with seed 0 (as
    ``DetectorFactory.seed = 0``, without changing langdetect's global), so results are deterministic."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)
    return factory


def language_probabilities(text: str) -> dict[str, float]:
    """Probabilities of the languages langdetect finds in ``text`` (its first
    :data:`SAMPLE_CHARS` characters), most likely first; empty when it finds none."""
    from langdetect.lang_detect_exception import LangDetectException

    detector = _detector_factory().create()
    detector.append(text[:SAMPLE_CHARS])
    try:
        return {lang.lang: lang.prob for lang in detector.get_probabilities()}
    except LangDetectException:  # no letters to go by
        return {}


def detect_language(text: str, expected: str = ENGLISH) -> str | None:
    """The language of ``text`` when it is judged not to be ``expected``, else None.

    Args:
        text: An article's text.
        expected: The ISO 639-1 code of the language it should be in.

    Returns:
        The most probable language's code (``fr``, ``de``, ``zh-cn``) when the
        text has at least :data:`MIN_WORDS` words and ``expected`` has a
        probability below :data:`MAX_OTHER_PROBABILITY`; None when the text is
        in ``expected`` or too short to tell.
    """
    if sum(1 for _ in itertools.islice(_WORD.finditer(text, 0, SAMPLE_CHARS), MIN_WORDS)) < MIN_WORDS:
        return None
    probabilities = language_probabilities(text)
    if not probabilities or probabilities.get(expected, 0.0) >= MAX_OTHER_PROBABILITY:
        return None
    return next(iter(probabilities))


def language_name(code: str) -> str:
    """English name of an ISO 639-1 code (``fr`` -> ``French``; ``zh-cn`` -> ``Chinese``), else the code."""
    import pycountry

    found = pycountry.languages.get(alpha_2=code.split("-")[0])
    return str(found.name) if found is not None else code


def keep_language(
    items: Iterable[Article | InputError], language: str = ENGLISH
) -> Iterator[Article | InputError]:
    """Pass articles in ``language`` (or too short to tell) and input errors; turn the others
    into :class:`LanguageSkipped` errors (see :func:`detect_language`).

    Args:
        items: Articles and errors, e.g. from :func:`dyadic.ingest.read_inputs`.
        language: An ISO 639-1 code, or ``any`` to pass every article unchecked.
    """
    for item in items:
        if language != ANY_LANGUAGE and isinstance(item, Article):
            found = detect_language(item.text, language)
            if found is not None:
                origin = item.origin or item.article_id
                if item.origin and not item.article_id.startswith("sha1:"):
                    origin = f"{item.origin} ({item.article_id})"
                yield LanguageSkipped(origin, found, language, item.article_id)
                continue
        yield item


__all__ = [
    "ANY_LANGUAGE",
    "ENGLISH",
    "MAX_OTHER_PROBABILITY",
    "MIN_WORDS",
    "LanguageSkipped",
    "detect_language",
    "keep_language",
    "language_name",
    "language_probabilities",
]

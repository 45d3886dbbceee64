"""spaCy component ``dyadic_name_repair`` (right after ``ner``): a place name the actor
ruler preset inside a person's name becomes part of that PERSON entity.

The EntityRuler ``dyadic_actor_ruler`` runs before ``ner`` and tags every listed
country and capital GPE, so the statistical NER predicts around them (spaCy docs,
"Combining models and rules") and "Paris Hilton", "Sofia Lind" or "Georgia Smith"
come out as a place followed by an untagged word: the place would become an actor
and a geocoded toponym. This component joins a one-token place entity and the
capitalised name word right after it into one PERSON entity when one of these
shows it is a name:

* a person title or honorific comes right before the place ("PM Sofia Lind",
  "Dr. Chad Miller", "Lawyer Kenya Moore");
* the place is a given name (``place_person_names.csv``) and the next word, a name
  of one word, is tagged PERSON by the NER ("Jordan Peterson"), is a listed person's
  family name ("Paris Hilton", "Georgia Smith") or recurs alone in the article
  ("Sofia Lind ... Lind said"); a full name after a place is a person of its own
  ("Vermont Bernie Sanders").

And the other way round: a place that is a family name right after a word the NER
tagged PERSON or a listed person's given name ("Lewis Hamilton"), or after an untagged
given name that a lower-case description noun comes right before ("rapper Kanye West",
"the activist Valeska Paris"). Such a family name alone later in the article is that
person again ("West said"; not "in Paris", "the West", "West Point"). The next word
must not be an institution's, outlet's or landmark's head word ("Washington Post",
"Paris Club", "Jordan River", "Georgia Tech", "Sofia University", "Beijing
Olympics" stay places). Repaired entities carry :data:`REPAIRED_KB` as their
``kb_id`` so the resolver can drop the place units inside them.
"""

from __future__ import annotations

import csv
import functools
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from dyadic.actors.dictionary import ActorDictionary, normalise

__all__ = ["NAME_REPAIR", "REPAIRED_KB", "NameRepair", "person_name_places"]

#: Name of the pipeline component.
NAME_REPAIR = "dyadic_name_repair"
#: ``kb_id`` of the PERSON entities this component made.
REPAIRED_KB = "dyadic-name-repair"
_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Prepositions before a place that make it the place ("in Paris", "flew to Jordan").
_PLACE_PREPOSITIONS = frozenset(
    "in at to from into near across throughout within outside inside towards toward around via "
    "through over under off onto".split()
)
#: Honorifics and short titles before a name (lower case, no full stop).
_HONORIFICS = frozenset(
    "mr mrs ms miss dr prof sir dame lady lord pm sen rep gov gen col capt lt sgt st rev fr".split()
)
#: Head words of names of institutions, outlets, events, teams and landmarks that a place
#: name modifies ("Washington Post", "Paris Club", "Georgia Tech", "Beijing Olympics").
_HEADS = frozenset(
    """
    post times today news herald tribune daily journal gazette observer telegraph express mail
    chronicle independent monitor inquirer courier dispatch examiner insider press star sun globe
    standard review record mirror radio tv television network media channel
    club tech university college school institute academy polytechnic olympics olympic games cup
    open marathon grand prix league championship team fc united city rangers
    river lake sea gulf bay coast valley basin falls mountain mountains hills hill island islands
    strip peninsula desert canal dam bridge port harbour harbor airport station street avenue road
    square park zoo museum gallery theatre theater opera hall tower gate palace cathedral mosque
    church temple hotel mall hospital stadium arena centre center metro railway railways airways
    airlines air telecom energy power oil gas motors bank exchange stock fund trust group company
    corporation holdings council assembly parliament congress senate court police army navy
    agreement accord accords declaration protocol convention summit conference forum process
    pact treaty charter plan initiative doctrine consensus format talks spring peace
    republic kingdom empire federation union commonwealth province region state county district
    foundation society association alliance front party movement committee commission office
    ministry embassy consulate government authority agency festival symphony orchestra
    philharmonic saint fashion week syndrome zone area
    """.split()
)


@functools.lru_cache(maxsize=1)
def person_name_places() -> dict[str, str]:
    """Place names that are also people's names, from ``data/actors/place_person_names.csv``.

    Returns:
        Title-case name -> use: ``given``, ``surname`` or ``both`` ("Paris" -> ``given``,
        "Hamilton" -> ``both``). Hand-written (dyadic, MIT).
    """
    path = resources.files("dyadic.data").joinpath("actors/place_person_names.csv")
    with path.open(encoding="utf-8") as handle:
        return {row["name"]: row["use"] for row in csv.DictReader(handle)}


class NameRepair:
    """Joins a ruler-tagged place and the name word beside it into a PERSON entity.

    Args:
        dictionary: The loaded actor dictionary: its leaders' names give family names,
            its countries, capitals, demonyms and role nouns words that are no name.
    """

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self.places = person_name_places()
        names = [words for term in dictionary.leaders if len(words := term.name.split()) >= 2]
        self.surnames = frozenset(w[-1].lower() for w in names if w[-1].isalpha())
        self.given = frozenset(w[0].lower() for w in names if w[0].isalpha() and len(w[0]) > 2)

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        repaired = [span for ent in ents if (span := self.person_span(doc, ent)) is not None]
        if not repaired:
            return doc
        repaired += _family_name_recurrences(doc, ents, repaired)
        keep = [e for e in ents if not any(e.start < r.end and r.start < e.end for r in repaired)]
        doc.set_ents(filter_spans(repaired + keep))
        return doc

    def person_span(self, doc: Doc, ent: Span) -> Span | None:
        """The PERSON span that a one-token place entity ``ent`` is part of, or None.

        Returns:
            A ``PERSON`` span with ``kb_id`` :data:`REPAIRED_KB` over the place and the
            name words beside it.
        """
        if ent.label_ not in _PLACE_LABELS or len(ent) != 1:
            return None
        use = self.places.get(ent.text, "")
        end = self._name_end(doc, ent.end)
        if end is not None:
            titled = ent.start > 0 and self._is_title(doc[ent.start - 1])
            # a PERSON of its own ("Vermont Bernie Sanders", "Africa Erdogan") is no family name
            lone = end == ent.end + 1
            named = (
                use in {"given", "both"}
                and lone
                and (
                    doc[ent.end].ent_type_ == "PERSON"
                    or doc[ent.end].lower_ in self.surnames
                    or _recurs(doc, doc[ent.end])
                )
            )
            if titled or named:
                return Span(doc, ent.start, end, label="PERSON", kb_id=REPAIRED_KB)
        if ent.start > 1 and self._described_name(doc, ent):
            return Span(doc, ent.start - 1, ent.end, label="PERSON", kb_id=REPAIRED_KB)
        if ent.start > 0 and self._aged_name(doc, ent):
            return Span(doc, ent.start - 1, ent.end, label="PERSON", kb_id=REPAIRED_KB)
        if use in {"surname", "both"} and ent.start > 0:
            prev = doc[ent.start - 1]
            given = prev.lower_ in self.given and self._name_word(prev)
            if (prev.ent_type_ == "PERSON" or given) and prev.is_title and prev.is_alpha:
                start = prev.i
                while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start].ent_iob_ != "B":
                    start -= 1
                return Span(doc, start, ent.end, label="PERSON", kb_id=REPAIRED_KB)
        return None

    def _described_name(self, doc: Doc, ent: Span) -> bool:
        """A place right after a given name that comes right after a singular common noun
        in lower case, the person's description ("rapper Kanye West", "the activist Valeska
        Paris"): the place is the family name. The given name is one untagged proper noun
        that is no place, role or listed name of another kind (:meth:`_name_word`)."""
        given, noun = doc[ent.start - 1], doc[ent.start - 2]
        key = normalise(given.text)
        mistagged = (  # "Valeska" tagged a place of its own: no listed one
            given.ent_type_ in _PLACE_LABELS
            and given.ent_iob_ == "B"
            and key not in self.dictionary.cities
            and key not in self.dictionary.divisions
        )
        return (
            (given.ent_type_ == "" and self._name_word(given) or mistagged and given.pos_ == "PROPN")
            and key not in self.dictionary.country_aliases
            and key not in self.dictionary.capitals
            and noun.tag_ == "NN"
            and noun.is_lower
            and noun.is_alpha
        )

    def _aged_name(self, doc: Doc, ent: Span) -> bool:
        """A place right after a given name and right before an age between commas
        ("identified as Sudesh Amman, 20, was"): news gives a person's age so, never a
        place's: the place is the family name. The given name is a capitalised proper
        noun that is no listed place (the NER may have tagged it a place of its own)."""
        given = doc[ent.start - 1]
        age = doc[ent.end + 1] if ent.end + 2 < len(doc) else None
        if age is None or doc[ent.end].text != "," or doc[ent.end + 2].text not in {",", "."}:
            return False
        if not (age.is_digit and 0 < int(age.text) < 120):
            return False
        key = normalise(given.text)
        d = self.dictionary
        listed = key in d.country_aliases or key in d.capitals or key in d.cities or key in d.divisions
        return given.is_title and given.is_alpha and given.pos_ == "PROPN" and not listed

    def _name_end(self, doc: Doc, i: int) -> int | None:
        """End of the name words from token ``i`` on (a PERSON entity's end), or None."""
        if i >= len(doc) or not self._name_word(doc[i]):
            return None
        if doc[i].ent_type_ == "PERSON":
            end = i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            return end
        return i + 1

    def _name_word(self, tok: Token) -> bool:
        key = normalise(tok.text)
        return (
            tok.is_alpha
            and tok.is_title
            and len(tok.text) > 1
            and tok.pos_ == "PROPN"
            and tok.tag_ != "NNPS"
            and (tok.ent_type_ in {"", "PERSON"} or self._mistagged_surname(tok))
            and tok.lower_ not in _HEADS
            and key not in self.dictionary.country_aliases
            and key not in self.dictionary.capitals
            and key not in self.dictionary.agents
        )

    def _mistagged_surname(self, tok: Token) -> bool:
        """A listed family name the NER tagged a one-word GPE or ORG ("Hilton" of "Paris
        Hilton") that is no listed town or state."""
        key = normalise(tok.text)
        return (
            tok.ent_type_ in {"GPE", "ORG"}
            and tok.ent_iob_ == "B"
            and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
            and tok.lower_ in self.surnames
            and key not in self.dictionary.cities
            and key not in self.dictionary.divisions
        )

    def _is_title(self, tok: Token) -> bool:
        word = tok.text.rstrip(".").lower()
        return word in _HONORIFICS or (tok.text[:1].isupper() and word in self.dictionary.agents)


def _family_name_recurrences(doc: Doc, ents: list[Span], repaired: list[Span]) -> list[Span]:
    """One-token places that repeat the family name of a person ``repaired`` made of a place
    ("Kanye West ... West said"; "Lewis Hamilton ... Hamilton's car"): that person again, as
    PERSON spans with :data:`REPAIRED_KB`; not after a determiner or a preposition of place
    ("the West", "in Paris"; "about West's state" is the person), nor before a capitalised
    word ("West Point") or a comma and a place ("Hamilton, Ontario")."""
    names = {r[-1].text for r in repaired if r[-1].ent_type_ in _PLACE_LABELS}
    out = []
    for ent in ents:
        if ent.label_ not in _PLACE_LABELS or len(ent) != 1 or ent.text not in names:
            continue
        if any(r.start <= ent.start < r.end for r in repaired):
            continue
        before = doc[ent.start - 1] if ent.start > 0 else None
        after = doc[ent.end] if ent.end < len(doc) else None
        nxt = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
        owner = after is not None and after.lower_ in {"'s", "’s"}  # "about West's state"
        placed = before is not None and (before.pos_ == "DET" or before.lower_ in _PLACE_PREPOSITIONS)
        if placed and not owner:
            continue
        if after is not None and after.is_title and after.is_alpha:
            continue
        if after is not None and after.text == "," and nxt is not None and nxt.ent_type_ in _PLACE_LABELS:
            continue
        out.append(Span(doc, ent.start, ent.end, label="PERSON", kb_id=REPAIRED_KB))
    return out


def _recurs(doc: Doc, word: Token) -> bool:
    """Whether ``word`` recurs alone elsewhere in ``doc``: not after "the" or the same
    place word, and no capitalised word right after it ("Lind said", not "the Post")."""
    for tok in doc:
        if tok.i == word.i or tok.text != word.text or tok.ent_type_ not in {"", "PERSON"}:
            continue
        before = doc[tok.i - 1] if tok.i > 0 else None
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if before is not None and (before.lower_ == "the" or before.text == doc[word.i - 1].text):
            continue
        if after is not None and after.is_title and after.is_alpha:
            continue
        return True
    return False


@Language.factory(NAME_REPAIR, requires=["doc.ents"], assigns=["doc.ents"])
def make_name_repair(nlp: Language, name: str) -> NameRepair:
    """Factory of ``dyadic_name_repair`` (the shipped actor dictionary)."""
    from dyadic.actors.component import actor_dictionary

    return NameRepair(actor_dictionary())

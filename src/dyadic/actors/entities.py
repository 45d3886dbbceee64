"""The entity layer: the people of one article, each with every span that names them.

:func:`person_entities` clusters the article's person names, in text order:

* *name spans* are the NER's PERSON spans (a possessive ``'s`` and leading titles
  left out) and the names of person actor mentions the NER missed ("President
  George W. Bush");
* a name of two or more words joins an earlier entity with the same words, or
  with the same last word and a first word that agrees (equal, or one is the
  other's initial); a one-word entity seen earlier ("Yang") joins the fuller
  name that contains it, which becomes the entity's name;
* a one-word name ("Ebrard", "Kannavee") joins the most recent entity whose
  name holds that word, its last word first;
* each entity's actor code comes from the first actor mention that holds one of
  its name spans ("Mexico's Foreign Secretary Marcelo Ebrard" -> MEXGOV) or
  stands in apposition to it, after ("Henry Paulson, the US Treasury Secretary")
  or before it ("the foreign minister, Ana Duarte"), or a demonym noun in apposition ("An
  Australian, Ian Ward"; "Ian Ward, a New Zealander,"); a mention with a role
  (``GOV``, ``MIL`` ...) beats one with a country only. A name keeps that one
  code for the whole article;
* a person still without a country takes the country of a definite singular demonym
  noun that is a subject or apposition in the same or the next sentence ("Activist
  Ana Ruiz won. The 30-year-old Chilean ..." -> ``CHL`` + the role; evidence ``epithet``).

Everything is by character offsets into ``Article.text``; the layer reads the
``Doc``'s entities and the resolved :class:`~dyadic.records.Mention` records and
calls no model.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass, field
from typing import cast

from spacy.tokens import Doc

from dyadic.nlp import doc_text, sentence_index_of
from dyadic.records import Actor, ActorKind, Entity, Mention

__all__ = ["identified_descriptions", "person_entities", "recode_people"]

#: Words dropped from the front of a name span ("President", "Dr"); the actors
#: dictionary's role titles are matched separately, as mentions.
_LEADING = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "the"})
#: Second words that keep a longer name a one-word listed ruler's own (patronymic particles:
#: "Hassan bin Talal", "Salman ibn Abdulaziz"); a family name there names someone else.
_STYLE_WORDS = frozenset({"bin", "ibn", "bint", "ben", "bar", "al"})
#: A regnal number after a ruler's given name ("Abdullah II").
_REGNAL = re.compile(r"[ivx]+")
#: Text between a name and the mention after it that makes an apposition
#: ("Henry Paulson, the US Treasury Secretary").
_APPOSITION_AFTER = re.compile(r"[ \t]*,[ \t]*(?:(?:the|a|an)[ \t]+)?")
#: Text between a mention and the name after it ("the foreign minister, Ana Duarte";
#: "Foreign Secretary Ana Duarte").
_APPOSITION_BEFORE = re.compile(r"[ \t]*,?[ \t]*")
#: Text between a name and a demonym noun in apposition after it: an article and at most one
#: modifier ("Ian Ward, a New Zealander"; "Sirhan, an ethnic Palestinian from Jordan").
_DEMONYM_AFTER = re.compile(r"[ \t]*,[ \t]*(?:an?|the)[ \t]+(?:[\w-]+[ \t]+)?")
#: What may follow such a demonym noun: the apposition's end, or a phrase about the same
#: person ("... a Palestinian from Jordan", "... a Libyan who", "... a Libyan national").
_DEMONYM_CLOSED = re.compile(r"[,.;)]|[ \t]+(?:from|who|national|citizen)\b")
#: Text between a role noun and the name that identifies it ("the man, later identified as
#: Ana Ruiz"; "a suspect who was named as Ana Ruiz"; "the victim was identified as Ana Ruiz").
_IDENTIFIED_AS = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:who|was|has[ \t]+been|had[ \t]+been|later|since|subsequently|now)[ \t]+)*"
    r"(?:identified|named)[ \t]+as[ \t]+"
)
#: Dependencies of a demonym epithet that names an earlier person: subject or apposition.
_EPITHET_DEPS = frozenset({"nsubj", "nsubjpass", "appos"})


@dataclass
class _Cluster:
    name: str
    words: list[str]
    spans: list[tuple[int, int]] = field(default_factory=list)


def person_entities(
    doc: Doc,
    mentions: list[Mention],
    titles: frozenset[str] = frozenset(),
    nationals: frozenset[str] = frozenset(),
    demonyms: frozenset[str] = frozenset(),
) -> list[Entity]:
    """The person entities of one parsed article.

    Args:
        doc: The parsed article (``doc.text`` is ``Article.text``), with NER entities.
        mentions: Its resolved actor mentions (character offsets into ``doc.text``).
        titles: Lower-case role words left out at the front of a name span
            ("Chief Superintendent Ana Ruiz" -> "Ana Ruiz"); the actor dictionary's role nouns.
        nationals: Lower-case country names and demonyms, left out at the front of a
            name span when a title follows ("Russian President Vladimir Putin").
        demonyms: Lower-case demonyms ("chilean"): a definite demonym noun right after a
            person with no country is that person (:func:`_epithet`).

    Returns:
        One :class:`~dyadic.records.Entity` per person, in order of first mention;
        its ``spans`` are character offsets of each name span, in text order.
    """
    text = doc_text(doc)
    clusters: list[_Cluster] = []
    for start, end in _name_spans(doc, mentions, _LEADING | titles, nationals):
        name = text[start:end]
        words = _words(name)
        if not words:
            continue
        cluster = _joins(clusters, words)
        if cluster is None:
            clusters.append(_Cluster(name, words, [(start, end)]))
            continue
        cluster.spans.append((start, end))
        if len(words) > len(cluster.words):
            cluster.name, cluster.words = name, words
    ordered = sorted(mentions, key=lambda m: m.start)
    entities = [_entity(text, c, ordered, demonyms) for c in clusters]
    for m in ordered:
        i = _epithet(doc, m, entities, demonyms)
        if i is not None:
            e, iso3 = entities[i], cast(str, m.actor.country)
            links = tuple(sorted({*e.mentions, (m.start, m.end)}))
            entities[i] = Entity(e.name, iso3 + (e.code or ""), "epithet", e.spans, links, iso3)
    return entities


def _epithet(doc: Doc, m: Mention, entities: list[Entity], demonyms: frozenset[str]) -> int | None:
    """The index of the person that country mention ``m`` names as a definite singular
    demonym noun ("Ana Ruiz won. The 30-year-old Chilean ..."): the person named last
    before it, in its sentence or the one before, when that person has no country."""
    if m.actor.kind is not ActorKind.COUNTRY or m.actor.role or m.text.lower() not in demonyms:
        return None
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.root.tag_ not in {"NN", "NNP"} or span.root.dep_ not in _EPITHET_DEPS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in span.root.children):
        return None
    before = [(max(e for _s, e in ent.spans if e <= m.start), i) for i, ent in enumerate(entities)
              if any(e <= m.start for _s, e in ent.spans)]  # fmt: skip
    if not before:
        return None
    end, i = max(before)
    near = doc.char_span(end - 1, end, alignment_mode="expand")
    if near is None or m.sentence_index - sentence_index_of(doc, near[0]) > 1:
        return None
    return i if entities[i].country is None else None


def _name_spans(
    doc: Doc, mentions: list[Mention], leading: frozenset[str], nationals: frozenset[str]
) -> list[tuple[int, int]]:
    """Character spans of person names: PERSON entities, then person mentions they miss."""
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        toks = list(ent)
        while toks and toks[-1].lower_ in ("'s", "’s", "'", "’"):
            toks.pop()
        while len(toks) > 1 and (
            toks[0].lower_.rstrip(".") in leading
            or (toks[0].lower_ in nationals and toks[1].lower_ in leading)
        ):
            toks.pop(0)
        if toks and any(t.text[:1].isupper() for t in toks):
            spans.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
    for m in mentions:
        words = m.actor.name.split()
        if (
            m.actor.kind is not ActorKind.PERSON
            or not words
            or any(s < m.end and m.start < e for s, e in spans)
        ):
            continue
        # the listed name as written ("President George W. Bush"), or its surname alone
        last = m.text.rfind(words[-1])
        if last < 0:
            continue
        first = m.text.find(words[0])
        begin = first if 0 <= first <= last else last
        spans.append((m.start + begin, m.start + last + len(words[-1])))
    return sorted(spans)


def _words(name: str) -> list[str]:
    """The name's words, case- and accent-folded, without initials and punctuation
    ("George W. Bush" -> george, bush; "Pedro Sánchez" -> pedro, sanchez)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    words = [w.strip(".,'’\"()").casefold() for w in plain.split()]
    return [w for w in words if len(w) > 1 and w not in _LEADING]


def _joins(clusters: list[_Cluster], words: list[str]) -> _Cluster | None:
    """The earlier entity a name with ``words`` refers to, most recent first."""
    recent = sorted(clusters, key=lambda c: c.spans[-1][0], reverse=True)
    if len(words) >= 2:
        for c in recent:
            if c.words == words:
                return c
        for c in recent:
            if len(c.words) >= 2 and c.words[-1] == words[-1] and _first_agrees(c.words[0], words[0]):
                return c
        for c in recent:
            if len(c.words) == 1 and c.words[0] in words:
                return c
        for c in recent:  # a family name with its particles: "John de Graaf" ... "de Graaf"
            if len(c.words) > len(words) and c.words[-len(words) :] == words:
                return c
        return None
    word = words[0]
    for c in recent:
        if c.words[-1] == word:
            return c
    for c in recent:
        if word in c.words:
            return c
    return None


def _first_agrees(a: str, b: str) -> bool:
    return a == b or (a[:1] == b[:1] and (len(a) == 1 or len(b) == 1))


def _entity(text: str, cluster: _Cluster, mentions: list[Mention], demonyms: frozenset[str]) -> Entity:
    best: tuple[int, Mention, str] | None = None  # (rank, mention, evidence); rank 0 beats 1
    linked: list[tuple[int, int]] = []
    for start, end in cluster.spans:
        for m in mentions:
            evidence = _evidence(text, start, end, m, demonyms)
            if evidence is None or not _may_be(cluster.name, m) or _other_namesake(cluster.name, m):
                continue
            linked.append((m.start, m.end))
            rank = 0 if m.actor.role else 1
            if m.actor.code and (best is None or rank < best[0]):
                best = (rank, m, evidence)
    spans, links = tuple(cluster.spans), tuple(sorted(set(linked)))
    if best is None:
        return Entity(cluster.name, None, "none", spans, links)
    actor = best[1].actor
    return Entity(cluster.name, actor.code, best[2], spans, links, actor.country)


def _evidence(
    text: str, start: int, end: int, m: Mention, demonyms: frozenset[str] = frozenset()
) -> str | None:
    """How mention ``m`` speaks for the name at ``start:end``, or None when it does not.
    A country mention with no role speaks only as a demonym noun in apposition ("An
    Australian, Ian Ward, ..."; "Ian Ward, a New Zealander, ...")."""
    if m.start <= start and end <= m.end:
        return "mention"
    if m.actor.kind is ActorKind.COUNTRY and m.actor.role is None and m.text.lower() not in demonyms:
        return None  # "Ebrard, Mexico ..." or "in Iran Hassan ..." say nothing of the person
    if m.actor.kind is ActorKind.COUNTRY and m.actor.role is None:
        after = m.start >= end and _DEMONYM_AFTER.fullmatch(text[end : m.start])
        before = m.end <= start and re.fullmatch(r"[ \t]*,[ \t]*", text[m.end : start])
        closed = bool(_DEMONYM_CLOSED.match(text[m.end : m.end + 12])) if after else True
        return "demonym" if (after and closed) or before else None
    if m.start >= end and _APPOSITION_AFTER.fullmatch(text[end : m.start]):
        return "apposition"
    if m.end <= start and _APPOSITION_BEFORE.fullmatch(text[m.end : start]):
        return "apposition"
    return None


def _may_be(name: str, m: Mention) -> bool:
    """Whether mention ``m`` may refer to the person called ``name``: any mention but a
    listed person whose full name disagrees ("Daniel Wekesa" is not Noah Wekesa; "Bashar
    Assad" is Bashar al-Assad; "Mike Pompeo" may be Michael Pompeo; "Ilyas Ali Hassan" is
    not the one-word listed "Hassan", whose name is a given name, and "Hassan bin Talal" or
    "Abdullah II" may be him, "Abdullah Kurdi", with a family name, not; "Von der Leyen", the
    listed name's last words, is Ursula von der Leyen)."""
    if m.actor.kind is not ActorKind.PERSON:
        return True
    a, b = _words(name), _words(m.actor.name)
    if len(b) < 2 <= len(a):  # a one-word listed name is a given name: "Hassan (bin Talal)"
        return _bare(a[0]) == _bare(b[0]) and (a[1] in _STYLE_WORDS or _REGNAL.fullmatch(a[1]) is not None)
    if len(a) < 2 or len(b) < 2:
        return True
    if len(a) < len(b) and b[-len(a) :] == a:  # a surname with its particles: "Von der Leyen"
        return True
    surnames = {_bare(w) for w in a} & {_bare(w) for w in b}
    return bool(surnames) and a[0][:2] == b[0][:2]


def _other_namesake(name: str, m: Mention) -> bool:
    """Whether ``m``, a family name the resolver found to be a namesake (rule ``namesake``:
    the listed person's full names are nowhere in the article), belongs to the person the
    article names in full as ``name``, someone else ("Scott Peterson" is not the listed
    "James Scott Peterson", whose full name the article never writes)."""
    return m.rule == "namesake" and len(_words(name)) >= 2


def _bare(word: str) -> str:
    """A name word without an Arabic article or hyphens ("al-Assad" -> assad)."""
    return re.sub(r"^(?:al|el|ad|as|ash|at|ar|an)-", "", word).replace("-", "")


def recode_people(mentions: list[Mention], entities: list[Entity]) -> list[Mention]:
    """Person mentions made consistent with the entity layer: a listed person the
    article's fuller name contradicts ("Wekesa" after "Daniel Wekesa"; "Ramon" in
    "Ramon Marti") takes that entity's name and code, or is dropped when the entity
    has no code, or has one but no mention of the entity carries that code with a
    name the entity's does not contradict (no consistent source mention).

    Returns:
        The mentions in the same order, some replaced, some left out.
    """
    by_span = {(m.start, m.end): m for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        entity = (
            next((e for e in entities if any(s < m.end and m.start < t for s, t in e.spans)), None)
            if m.actor.kind is ActorKind.PERSON
            else None
        )
        if entity is None or (_may_be(entity.name, m) and not _other_namesake(entity.name, m)):
            out.append(m)
            continue
        source = next(
            (by_span[s] for s in entity.mentions if s in by_span and by_span[s].actor.code == entity.code
             and _may_be(entity.name, by_span[s]) and not _other_namesake(entity.name, by_span[s])),
            None,
        )  # fmt: skip
        if source is not None and entity.code:
            actor = Actor(entity.code, source.actor.country, source.actor.role, entity.name, ActorKind.PERSON)
            out.append(dataclasses.replace(m, actor=actor, rule="entity"))
    return out


def identified_descriptions(
    doc: Doc, mentions: list[Mention], entities: list[Entity], demonyms: frozenset[str] = frozenset()
) -> list[Mention]:
    """Role-noun mentions made consistent with the person the article identifies them as.

    A singular role noun whose country is only inferred (rule ``agent...``: "a 25-year-old
    man" -> the locus's civilians) that the text identifies as a named person ("the man,
    later identified as Ana Ruiz") is that person: when the person's entity has a stated
    country that differs, every inferred mention of the article with the same noun and
    country ("A man was arrested ... the man, later identified as ...") takes the person's
    country, keeping its role (rule ``entity``). One person, one country per article. A
    nationality in apposition to the role noun identifies it the same way ("the suspect, a
    25-year-old Libyan, ..."; "the attacker, a Syrian national, ..."), and so does a
    "<country>-born" modifier ("the Australian-born attacker").

    Args:
        doc: The parsed article.
        mentions: Its actor mentions.
        entities: Its person entities (:func:`person_entities`).
        demonyms: Lower-case demonyms ("libyan"), for the nationality in apposition.

    Returns:
        The mentions in the same order, some with a new actor.
    """
    text = doc_text(doc)
    found: dict[tuple[str, str | None], str] = {}  # (noun, inferred country) -> stated country
    ordered = sorted(mentions, key=lambda m: m.start)
    for i, m in enumerate(ordered):
        key = _description_key(doc, m)
        if key is None:
            continue
        match = _IDENTIFIED_AS.match(text, m.end)
        named_at = match.end() if match else -1  # the name the role noun is identified as
        person = next((e for e in entities if any(s == named_at for s, _e in e.spans)), None)
        iso3 = (
            person.country
            if person is not None
            else _national_after(text, m, ordered[i + 1 : i + 2], demonyms) or _born_in(doc, m, ordered[:i])
        )
        if iso3 is not None and iso3 != m.actor.country:
            found.setdefault(key, iso3)
    out = []
    for m in mentions:
        key = _description_key(doc, m)
        iso3 = found.get(key) if key is not None else None
        if iso3 is None:
            out.append(m)
            continue
        actor = dataclasses.replace(m.actor, code=iso3 + (m.actor.role or ""), country=iso3)
        out.append(dataclasses.replace(m, actor=actor, rule="entity"))
    return out


def _national_after(text: str, m: Mention, following: list[Mention], demonyms: frozenset[str]) -> str | None:
    """The country of a nationality in apposition right after role noun ``m``: a demonym
    noun ("the suspect, a 25-year-old Libyan,") or a national ("the attacker, a Syrian
    national,"); None when the next mention is neither."""
    n = following[0] if following else None
    if n is None or n.actor.country is None:
        return None
    if n.actor.kind is ActorKind.COUNTRY and n.actor.role is None and n.text.lower() in demonyms:
        between = _DEMONYM_AFTER.fullmatch(text[m.end : n.start])
        return n.actor.country if between and _DEMONYM_CLOSED.match(text[n.end : n.end + 12]) else None
    national = n.actor.kind is ActorKind.AGENT and n.rule == "title+nationality" and n.actor.role == "CVL"
    return n.actor.country if national and _DEMONYM_AFTER.fullmatch(text[m.end : n.start]) else None


def _born_in(doc: Doc, m: Mention, before: list[Mention]) -> str | None:
    """The country of a "<country>-born" modifier right before role noun ``m`` ("the
    Australian-born attacker" -> AUS), or None."""
    n = before[-1] if before else None
    if n is None or n.actor.kind is not ActorKind.COUNTRY or n.actor.role is not None:
        return None
    words = [t.lower_ for t in doc[n.token_end : m.token_start]]
    return n.actor.country if words in (["-", "born"], ["born"]) else None


def _description_key(doc: Doc, m: Mention) -> tuple[str, str | None] | None:
    """(noun lemma, country) of a singular role-noun mention whose country is inferred."""
    if m.actor.kind is not ActorKind.AGENT or not m.rule.startswith("agent"):
        return None
    head = doc[m.token_end - 1]
    return (head.lemma_.lower(), m.actor.country) if head.tag_ == "NN" else None

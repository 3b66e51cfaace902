"""Names of towns the entity recogniser misses, cuts or mislabels, and the words around them.

The recogniser reads a town named as a modifier ("a Rock Falls teen"), before an age ("Killeen
2-year-old"), or in a Title Case headline as a person, a people or nothing at all, and cuts a
long name in two ("Chula" and "Vista"). These readers find such names where the gazetteer knows
a town of that very name; `places` weighs them like any other. A part of a city is named after
it ("Southwest Baltimore", "E. Toledo"): `city_part` finds the city in such a name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy
from numpy.typing import NDArray
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_TITLE, LEMMA, LENGTH, LOWER, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..nlp import column, doc_text, kept, positions, span_text
from . import gazetteer
from .dates import MONTHS, WEEKDAYS
from .gazetteer import City

#: "the Austin neighborhood": the noun says the name is a part of a city.
DISTRICT_WORDS = {"neighborhood", "neighbourhood", "section", "district", "side", "area", "quarter", "precinct", "ward"}


class WordColumns(NamedTuple):
    """A few facts of every word of a report, read from its columns: the readers of names look at
    the words before and after each candidate, and making a `Token` of each of them had cost more
    than the reading."""

    title: NDArray[numpy.bool_]  # ``is_title``
    propn: NDArray[numpy.bool_]  # tagged a proper noun
    proper: NDArray[numpy.bool_]  # `_proper`
    compound: NDArray[numpy.bool_]  # joined to its head as a compound
    pobj: NDArray[numpy.bool_]  # the object of a preposition
    head: NDArray[numpy.int64]  # the index of the word's head


#: The numbers of the tags, labels and dependencies `WordColumns` asks about, as the columns hold them.
_PROPN, _NOUN, _NORP, _COMPOUND, _POBJ = map(get_string_id, ("PROPN", "NOUN", "NORP", "compound", "pobj"))


def word_columns(doc: Doc) -> WordColumns:
    """The `WordColumns` of a report, read once (`nlp.kept`)."""
    return kept(doc, "townnames words", lambda: _read_words(doc))


def _read_words(doc: Doc) -> WordColumns:
    title, pos, ent_type, dep, head = doc.to_array([IS_TITLE, POS, ENT_TYPE, DEP, HEAD]).T
    propn = pos == _PROPN
    proper = propn | ((pos == _NOUN) & (ent_type == _NORP))
    # the heads are kept as offsets, a negative one wrapped round as an unsigned number
    heads = head.astype(numpy.int64) + numpy.arange(len(doc))
    return WordColumns(title.astype(bool), propn, proper, dep == _COMPOUND, dep == _POBJ, heads)


def _before(found: Sequence[int], wanted: NDArray[numpy.bool_]) -> list[int]:
    """The words among ``found`` whose word before is one of ``wanted``."""
    at = numpy.asarray(found, dtype=numpy.int64)
    at = at[at > 0]
    return at[wanted[at - 1]].tolist()  # type: ignore[no-any-return]


def cross_street(ent: Span) -> bool:
    """"near Missouri and 16th avenues", "at Independence and Wabash avenues": streets named
    after a state or a town at a crossing, not the state or the town; and "near Twain and
    Maryland" where the report names either elsewhere as a street ("East Twain Avenue"), or
    "near Craig and Lamb" where the other word names no place at all."""
    doc, end = ent.doc, ent.end
    streets = _street_plurals(doc)
    if end in streets:
        return True
    if end + 1 < len(doc) and end in positions(doc, LOWER, _CROSSING_WORDS) and any(i in streets for i in range(end + 1, min(end + 4, len(doc)))):
        return True
    other = _crossed_with(ent)
    if other is None:
        return False
    return bool({gazetteer.fold(span_text(ent)), gazetteer.fold(other.text)} & _street_names(doc)) or (_at_corner(ent, other) and _no_place(other.text))


#: The words before a crossing of two streets: "near Craig and Lamb", "at the corner of Fifth and Elm".
_CORNER_WORDS = frozenset({"near", "at", "intersection", "corner"})


def _at_corner(ent: Span, other: Token) -> bool:
    """Whether the first of a name and the word it is crossed with stands where a crossing of
    streets does: after "near" or "at", or "the intersection of", "the corner of"."""
    doc = ent.doc
    first = min(ent.start, other.i)
    if first >= 1 and doc[first - 1].lower_ in _CORNER_WORDS:
        return True
    return first >= 2 and doc[first - 1].lower_ == "of" and doc[first - 2].lower_ in _CORNER_WORDS


def _no_place(name: str) -> bool:
    """Whether a word names no town, state or country: "Lamb" of "near Craig and Lamb", which
    makes both streets."""
    return not gazetteer.cities(name) and not gazetteer.divisions(name) and gazetteer.country(name) is None


def _crossed_with(ent: Span) -> Token | None:
    """The one capitalised word a name of one word stands beside at a crossing, "Twain and
    Maryland": the word after "and" or the word before it."""
    doc = ent.doc
    if len(ent) != 1:
        return None
    if ent.end + 1 < len(doc) and doc[ent.end].lower_ in _CROSSING_WORDS and doc[ent.end + 1].is_title:
        after = doc[ent.end + 2] if ent.end + 2 < len(doc) else None
        return doc[ent.end + 1] if after is None or not after.is_title else None
    if ent.start >= 2 and doc[ent.start - 1].lower_ in _CROSSING_WORDS and doc[ent.start - 2].is_title:
        before = doc[ent.start - 3] if ent.start >= 3 else None
        return doc[ent.start - 2] if before is None or not before.is_title else None
    return None


def _street_names(doc: Doc) -> frozenset[str]:
    """The folded names a report gives streets ("East Twain Avenue" gives "twain"), found once."""

    def find() -> frozenset[str]:
        names = set()
        for i in positions(doc, LOWER, _STREET_WORDS):
            if i > 0 and doc[i].is_title and doc[i - 1].is_title:
                names.add(gazetteer.fold(doc[i - 1].text))
        return frozenset(names)

    return kept(doc, "street names", find)


#: The words between two streets at a crossing.
_CROSSING_WORDS = frozenset({"and", "&"})


def _street_plurals(doc: Doc) -> frozenset[int]:
    """The words of a report that are `_streets`, found once (`nlp.kept`): every name is asked about."""
    return kept(doc, "street plurals", lambda: frozenset(i for i in positions(doc, LEMMA, _STREET_WORDS) if _streets(doc[i])))


def _streets(word: Token) -> bool:
    """Whether a word is the plural of a street's ("avenues"), whatever the tagger made of it:
    "called to Independence and Wabash avenues" has "avenues" a verb."""
    return word.lower_ != word.lemma_ and word.lemma_ in STREET_WORDS


def aged_towns(doc: Doc, ents: Sequence[Span], excluded: set[int]) -> list[Span]:
    """"Killeen 2-year-old in critical condition": a town before a person's age, which the
    recogniser reads as a person's name, with the age or without, or leaves out. Read as a place
    where the words before the age are a town's very name."""
    found: list[Span] = []
    olds = positions(doc, LOWER, "old")
    if not olds:
        return found
    taken = {i for e in ents for i in range(e.start, e.end)}
    for old in (doc[i] for i in olds):
        number = old.i - 4  # "2", "-", "year", "-", "old"
        if number < 1 or not doc[number].like_num or doc[number + 2].lower_ not in ("year", "years"):
            continue
        start = number
        while start > 0 and number - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and doc[start - 1].ent_type_ in MISREAD:
            start -= 1
        if start == number or any(i in taken or i in excluded for i in range(start, number)):
            continue
        name = doc[start:number]
        if town_named(span_text(name)) and not generic(span_text(name)):
            found.append(Span(doc, name.start, name.end, label="GPE"))
    return found


def bare(name: str) -> str:
    """A name without its article: "the Austin" of "the Austin neighborhood"."""
    return name[4:] if name.lower().startswith("the ") else name


def first_word(ent: Span) -> int:
    """Where a name's own words begin, past its article: "Richland" of "the Richland County
    Sheriff's Department"."""
    return ent.start + 1 if ent[0].lower_ == "the" else ent.start


#: The recogniser's labels for a town's name it misread: none, a person, a people, or a thing's
#: name ("Man hospitalized after accidental shooting in Temecula": Temecula a product).
MISREAD = ("", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE")


#: Nouns a person's name heads as often as a town's: "the Bush administration", "the Smith family".
HELD_BY_PEOPLE = frozenset({"administration", "government", "campaign", "presidency", "family", "era", "cabinet", "regime", "estate", "household"})


def modifier_towns(doc: Doc, ents: list[Span], excluded: set[int], states: frozenset[str] = frozenset()) -> list[Span]:
    """"a Rock Falls teen", "Saginaw kids", "the Alturas shooting": a town named as a modifier of
    a noun, which the recogniser takes for a person, a people or nothing. Read as places; a
    hamlet's name only in the ``states`` the report names (`town_named`)."""
    found: list[Span] = []
    # only the nouns after a proper word hung on them are read: making a `Token` of every word
    # made this a seventh of extraction
    w = word_columns(doc)
    hung = w.title & w.proper
    hung[:-1] &= w.head[:-1] == numpy.arange(1, len(doc))  # on the word after
    nouns = _before(positions(doc, POS, "NOUN"), hung)
    if not nouns:
        return found
    taken = {i for e in ents for i in range(e.start, e.end)}
    for noun in (doc[i] for i in nouns):
        if noun.lower_ in AGENCY_WORDS or noun.lemma_ in DISTRICT_WORDS:
            continue  # "Memphis police" and "the Austin neighborhood" are read elsewhere
        if noun.lemma_ in HELD_BY_PEOPLE and doc[noun.i - 1].ent_type_ == "PERSON":
            continue  # "the Bush administration", "the Smith family": a person's, not Būsh, Egypt
        end = noun.i
        start = end
        while start > 0 and end - start < 3 and _proper(doc[start - 1]) and doc[start - 1].is_title and doc[start - 1].head.i == noun.i:
            start -= 1
        if start == end or any(i in taken or i in excluded for i in range(start, end)):
            continue
        name = span_text(doc[start:end])
        if doc[start].ent_type_ not in MISREAD or generic(name):
            continue
        if town_named(name, states):  # "Molotov cocktails" are not from Perm
            found.append(Span(doc, start, end, label="GPE"))
    return found


def _proper(word: Token) -> bool:
    """A proper noun, or a word the tagger took for a common noun while the recogniser calls it
    a people's name: "Saginaw kids looking for snake find gun"."""
    return word.pos_ == "PROPN" or (word.pos_ == "NOUN" and word.ent_type_ == "NORP")


def unrecognised_objects(doc: Doc, ents: list[Span], excluded: set[int], states: frozenset[str] = frozenset()) -> list[Span]:
    """"Teenager Shot In Duquesne", "two men involved in Nashua shooting": a town named as the
    object of "in" that the recogniser left out or took for a person or a people ("a child shot
    in Yonkers"), as it often does in a Title Case headline. Read as a place when the gazetteer knows a town of that very name."""
    found: list[Span] = []
    w = word_columns(doc)
    # only a name that is the object of a preposition or hangs on one ("in Arab Tuesday")
    propns = numpy.asarray(positions(doc, POS, "PROPN"), dtype=numpy.int64)
    names = propns[(w.title & (w.pobj | w.compound))[propns]].tolist()
    if not names:
        return found
    taken = {i for e in ents for i in range(e.start, e.end)}
    for word in (doc[i] for i in names):
        if word.i in taken or word.i in excluded:
            continue
        head = word.head
        if word.dep_ == "compound" and head.lower_ in WEEKDAYS and head.dep_ == "pobj" and head.i == word.i + 1:
            head = head.head  # "shot at a home in Arab Tuesday": the parser hangs the town on the day
        elif word.dep_ != "pobj":
            continue
        if head.lower_ != "in" or any(c.dep_ == "det" for c in word.children):
            continue  # "a Jack in the Box restaurant": a town's name takes no article
        start = word.i
        while start > 0 and word.i - start < 2 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and doc[start - 1].head.i == word.i:
            start -= 1
        span = doc[start : word.i + 1]
        if any(t.i in taken or (t.ent_type_ not in MISREAD and not _misread_number(t)) for t in span):
            continue
        if word.i + 1 < len(doc) and doc[word.i + 1].tag_ == "POS":
            continue  # "in Smith's car": a person's
        if span[0].ent_type_ == "PERSON" and any(t.ent_type_ == "PERSON" for t in doc[span.end : span.end + 1]):
            continue  # the start of a person's name the recogniser found longer
        if generic(span_text(span)) or not town_named(span_text(span), states):
            continue
        found.append(Span(doc, span.start, span.end, label="GPE"))
    return found


#: Words that end the name of a county: "Sacramento County Sheriff's Department", "Terrebonne Parish".
COUNTY_NAME_WORDS = frozenset({"county", "parish"})


def unrecognised_counties(doc: Doc, ents: list[Span], excluded: set[int]) -> list[Span]:
    """"The Greene County Sheriff's Office is charging the father": a county's name the
    recogniser left out, or took for a person or a thing. Read as a place where the gazetteer
    knows a county of that very name in some state; which one is the places' reading to make."""
    found: list[Span] = []
    taken = {i for e in ents for i in range(e.start, e.end)}
    for word in (doc[i] for i in positions(doc, LOWER, COUNTY_NAME_WORDS)):
        if not word.is_title or word.i in taken or word.i in excluded:
            continue
        start = word.i
        while start > 0 and word.i - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and doc[start - 1].ent_type_ in MISREAD:
            start -= 1
        if start == word.i or any(i in taken or i in excluded for i in range(start, word.i)):
            continue
        # the longest run of words before "County" that names a county: "the Greene County"
        # after "Sheriff Tom" is Greene County's, not "Tom Greene County"
        span = next((doc[s : word.i + 1] for s in range(start, word.i) if gazetteer.county_towns(span_text(doc[s : word.i + 1]))), None)
        if span is not None:
            found.append(Span(doc, span.start, span.end, label="GPE"))
    return found


def _misread_number(word: Token) -> bool:
    """A name the recogniser took for a date or a number though it holds neither: "shot in
    Fellsmere" read as a DATE. Not a month's or a weekday's name ("in March", "in May")."""
    return (
        word.ent_type_ in ("DATE", "TIME", "CARDINAL") and word.is_alpha
        and word.lower_ not in WEEKDAYS and not any(word.lower_ == m or word.lower_ == m[:3] for m in MONTHS)
    )  # fmt: skip


#: Nouns of people a headline gives their town: "Lansing teen", "Memphis Teen Shot", "Akron Man".
RESIDENTS = {
    "man", "men", "woman", "women", "teen", "teens", "teenager", "teenagers", "boy", "boys",
    "girl", "girls", "child", "children", "kid", "kids", "toddler", "baby", "infant", "mother",
    "mom", "father", "dad", "student", "students", "youth", "couple", "family", "resident",
    "residents",
}  # fmt: skip
#: Tags of a word a headline's town may be misread as: a name, a noun, or a verb's "-ing" form
#: ("Lansing teen" read as "lansing the teen"); never an adjective ("Young man", "Grand jury").
TOWN_TAGS = {"NNP", "NNPS", "NN", "VBG"}


def headline_towns(doc: Doc, ents: list[Span], excluded: set[int], states: frozenset[str] = frozenset()) -> list[Span]:
    """"Lansing teen accidentally shoots himself", "Memphis Teen Shot Outside Store": the town
    of the person a headline opens with, which the recogniser in its Title Case leaves out
    ("Lansing" as a verb) or runs into a longer name ("Memphis Teen Shot", an organisation).
    Read as a place where the gazetteer knows a town of that very name (a hamlet only in the
    ``states`` the report names)."""
    headline = next(iter(doc.sents), None)
    if headline is None:
        return []
    # words of names of another kind than the recogniser misreads are taken
    taken = {i for e in ents for i in range(e.start, e.end) if e.label_ not in ("ORG", *MISREAD)}
    found = []
    for noun in headline:
        if noun.lower_ not in RESIDENTS or noun.i == headline.start:
            continue
        start = noun.i
        while start > headline.start and noun.i - start < 3 and doc[start - 1].is_title and doc[start - 1].tag_ in TOWN_TAGS:
            start -= 1
        if start > headline.start and start < noun.i and doc[start - 1].is_title and doc[start - 1].is_alpha:
            # "Broken Arrow teen": a name's first word read as a verb or an adjective before a name
            start -= 1
        for first in range(start, noun.i):  # the longest name first: "Rock Falls", then "Falls"
            name = doc[first : noun.i]
            if any(t.i in taken or t.i in excluded or t.lower_ in AGENCY_WORDS for t in name):
                continue
            if not generic(span_text(name)) and town_named(span_text(name), states):
                found.append(Span(doc, name.start, name.end, label="GPE"))
                break
    return found


def stated_towns(doc: Doc, ents: list[Span], excluded: set[int]) -> list[Span]:
    """"Hope, AR man dies", "in Arab, Ala., on Tuesday": a town named with its state, which the
    recogniser left out or misread because its name is also a word. Read as a place where the
    gazetteer knows a town of that very name in that state, a hamlet too ("Pelzer, S.C.")."""
    found: list[Span] = []
    w = word_columns(doc)
    commas = _before(positions(doc, LOWER, ","), w.title)
    if not commas:
        return found
    taken = {i for e in ents for i in range(e.start, e.end)}
    text, starts = doc_text(doc), column(doc, IDX)
    ends = starts + column(doc, LENGTH)
    for comma in commas:
        # the state's words by their offsets: a `Span` of each reading had cost more than the lookups
        first = int(starts[comma + 1]) if comma + 1 < len(doc) else 0
        states = (gazetteer.divisions(text[first : int(ends[comma + k])]) for k in (1, 2, 3) if comma + k < len(doc))
        named = next((found for found in states if found), None)
        if named is None:
            continue
        codes = {d.code for d in named}
        for start in (comma - 2, comma - 1):
            name = doc[max(start, 0) : comma]
            if start < 0 or not all(_proper(w) and w.is_title and w.i not in taken and w.i not in excluded for w in name):
                continue
            towns = gazetteer.cities(span_text(name)) + gazetteer.hamlets(span_text(name), codes)
            if any(named_so(c, span_text(name)) and c.admin1_code in codes for c in towns):
                found.append(Span(doc, name.start, name.end, label="GPE"))
                break
    return found


def generic(name: str) -> bool:
    """A name of only words of direction and kind: "South Side", "the West End"."""
    return all(word in gazetteer.GENERIC_PLACE_WORDS for word in gazetteer.fold(bare(name)).split())


#: Local police, sheriffs and fire departments are named after the place they serve.
AGENCY_WORDS = {"police", "sheriff", "fire", "pd", "department", "officers", "authorities"}


def joined_towns(doc: Doc, ents: Sequence[Span]) -> list[Span]:
    """Names of towns the recogniser cut in two: "Chula" and "Vista" of "in Chula Vista", "North
    Las" of "North Las Vegas". Two names side by side, or a name and the capitalised words after
    it, are one where together they are a town's very name."""
    joined: list[Span] = []
    for ent in sorted(ents, key=lambda e: e.start):
        last = joined[-1] if joined else None
        if last is not None and last.end == ent.start and town_named(span_text(doc[last.start : ent.end])):
            joined[-1] = Span(doc, last.start, ent.end, label=ent.label_)
        else:
            joined.append(ent)
    taken = {i for e in joined for i in range(e.start, e.end)}
    w = word_columns(doc)
    for k, ent in enumerate(joined):
        # "Little Havana", "Fox Dallas": a proper word the recogniser left out before the name,
        # and the parser joined to it, is the name's own first word
        start = ent.start
        while start > 0 and ent.start - start < 2 and w.proper[start - 1] and w.title[start - 1] and w.compound[start - 1] and ent.start <= w.head[start - 1] < ent.end and start - 1 not in taken:
            start -= 1
        if start < ent.start and ent.label_ in ("GPE", "LOC"):
            joined[k] = ent = Span(doc, start, ent.end, label=ent.label_)
        end = ent.end
        while end < len(doc) and end - ent.end < 2 and w.propn[end] and w.title[end] and end not in taken:
            end += 1
        for stop in range(end, ent.end, -1):
            if town_named(span_text(doc[ent.start : stop])):
                joined[k] = Span(doc, ent.start, stop, label=ent.label_)
                break
    return joined


def town_named(name: str, states: frozenset[str] = frozenset()) -> bool:
    """Whether the gazetteer knows a town of that very name: one of its towns, or a hamlet of one of
    the ``states`` (GeoNames codes) a report names (`gazetteer.hamlets`)."""
    return any(named_so(city, name) for city in gazetteer.cities(name)) or bool(states and gazetteer.hamlets(name, states))


#: "South Aberdeen Street": a name that ends so is a street's.
STREET_WORDS = {
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "dr", "lane", "ln",
    "way", "place", "pl", "court", "ct", "highway", "hwy", "parkway", "pkwy", "terrace", "circle", "pike",
}  # fmt: skip
_STREET_WORDS = frozenset(STREET_WORDS)


def named_so(city: City | None, name: str) -> City | None:
    """The city if that is its name: a city gives its name to its parts, not a village once
    called so ("North Fairmount" is a part of Cincinnati, not of Bethesda, Ohio, once Fairmount)."""
    return city if city is not None and gazetteer.fold(city.name) == gazetteer.fold(name) else None


#: A town this big is read as the town, not as a division abroad of the same name.
BIG_TOWN = 100_000


#: "North Philadelphia", "Southwest Baltimore", "New Orleans East": a part of a city named after it.
CITY_PART_WORDS = {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "central", "downtown", "midtown", "uptown", "inner",
    "n", "s", "e", "w", "ne", "nw", "se", "sw",  # "SW Atlanta", "E. Toledo"
}  # fmt: skip


def _part_word(word: str) -> bool:
    return word.lower().rstrip(".") in CITY_PART_WORDS


def city_part(ent: Span) -> Span | None:
    """The city in the name of one of its parts ("Southwest Baltimore" is in Baltimore), when the
    whole name is no town of its own (North Charleston and East Pittsburgh are)."""
    words = ent.doc[first_word(ent) : ent.end]
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if len(words) < 2 or (after is not None and after.pos_ == "PROPN" and after.is_title):
        return None  # the recogniser cut the name short: "West Garfield" of "West Garfield Park"
    if words[-1].lower_.rstrip(".") in STREET_WORDS:
        return None  # "South Church Street" is a street, not a part of Church Street
    name = city_named_in(span_text(words))
    if name is None:
        return None
    return words[1:] if _part_word(words[0].text) else words[:-1]


def dotted(name: str) -> str | None:
    """Two or three capitals written with their dots, as a town's letters are: "DC" is "D.C.";
    None for any other name."""
    return ".".join(name) + "." if name.isupper() and name.isalpha() and 2 <= len(name) <= 3 else None


def city_named_in(part: str) -> str | None:
    """"Downtown Jackson" and "New Orleans East" name Jackson and New Orleans."""
    words = part.split()
    if len(words) < 2:
        return None
    if _part_word(words[0]):
        name = " ".join(words[1:])
    elif _part_word(words[-1]):
        name = " ".join(words[:-1])
    else:
        return None
    if generic(name):
        return None  # "the South Side" is no part of the Turkish town of Side
    if gazetteer.divisions(part) or gazetteer.country(part):
        return None  # "South Carolina" is a state, not a part of Carolina, Puerto Rico
    dots = dotted(name)
    if dots is not None and any(c.population >= BIG_TOWN for c in gazetteer.cities(dots)):
        return name  # "southeast DC": the letters of a big town without their dots, as "southeast D.C."
    if (gazetteer.divisions(name) or gazetteer.country(name)) and not any(
        c.population >= BIG_TOWN and named_so(c, name) for c in gazetteer.cities(name)
    ):
        return None  # "East Texas" and "West Africa" are regions, but "west Charlotte" is a part of the city
    return name if gazetteer.cities(name) else None

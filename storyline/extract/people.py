"""Who a word names: a person ("a man", "the 16-year-old", "she"), a person's name, or an age
("a 43-year-old", "Boy, 3,"), not a count of people. Read by the counts (`counts`) and by the
victims told one by one (`victims`)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..nlp import doc_text
from .lexicon import PERSON_ENDINGS, PERSON_NOUNS, PRONOUNS_ONE


def is_person(tok: Token) -> bool:
    """A word for a person: a person noun, a pronoun of one, a name, "a 16-year-old"."""
    if tok.lower_ == "old" and any(t.lower_ in ("year", "month") for t in tok.subtree):
        return True  # "a 16-year-old"
    if tok.lower_ == "more" and any(c.dep_ == "nummod" for c in tok.children):
        return True  # "two people found dead and two more who were injured"
    return (
        tok.lemma_.casefold() in PERSON_NOUNS
        or tok.lower_ in PERSON_NOUNS
        or tok.ent_type_ == "PERSON"
        or tok.lower_ in PRONOUNS_ONE
        or _a_role(tok)
    )


def _a_role(tok: Token) -> bool:
    """"fireman", "watchman", "councilwoman": a common noun compounding a role with "man",
    "woman" or "person"; not a capitalised name ("Truman"), nor a short word that merely ends so
    ("human", "omen" of "women")."""
    word = tok.lower_
    return (
        tok.pos_ == "NOUN" and tok.is_lower
        and any(word.endswith(e) and len(word) - len(e) >= 3 for e in PERSON_ENDINGS)
    )  # fmt: skip


#: Entity types a person's name is given by mistake (a surname the recogniser takes for an
#: organisation: "mortally wounding Kessler", or a product: "Dane “D.J.” Cole died"); a name the
#: recogniser left out has none.
NAME_ENTITIES = {"PERSON", "ORG", "PRODUCT", ""}
#: Proper nouns of the bodies that report a shooting, never its victims.
INSTITUTIONS = {"police", "department", "county", "city", "sheriff", "office", "state", "news", "court", "university", "hospital", "center"}


def is_name(tok: Token) -> bool:
    """A person's surname: a proper noun without an article that names no institution."""
    return (
        tok.tag_ == "NNP"
        and tok.ent_type_ in NAME_ENTITIES
        and tok.is_title
        and tok.lower_ not in INSTITUTIONS
        and not any(c.dep_ == "det" for c in tok.children)
    )


#: What follows a number that makes it an age: "43 y/o", "43-year-old", and a headline cut short
#: within the word ("Derrick Stafford claims self-defense in shooting that killed 6-y - WAFB").
_AGE_AFTER = re.compile(r"\s*(?:y/o|y\.o\.|yo\b|yrs?\b|-?years?[- ]old|-y(?:e(?:ar?)?)?(?:r-(?:ol?)?)?[ \t]*(?:\n|$))", re.IGNORECASE)


#: Words that make the numbers listed after them ages: "two men, ages 28 and 30".
AGE_WORDS = {"age", "ages", "aged"}


def is_age(number: Token) -> bool:
    """"a 43 y/o man", "a 43-year-old", "a boy younger than 12", "three men - aged 21, 22 and
    24 -": the number is an age, not a count of people."""
    doc = number.doc
    # what follows it to the end of the fourth word after it, cut from the text: a `Token` made
    # of each of those words had cost more than the rest of the test
    last = doc[min(number.i + 4, len(doc) - 1)]
    after = doc_text(doc)[number.idx + len(number.text) : last.idx + len(last.text_with_ws)]
    before = [t.lower_ for t in doc[max(0, number.i - 2) : number.i]]
    if _AGE_AFTER.match(after) is not None or before in (["younger", "than"], ["older", "than"]):
        return True
    if aged(number) is not None:
        return True
    i = number.i - 1
    while i >= 0 and (doc[i].like_num or doc[i].lower_ in (",", "and")):
        i -= 1  # back over the list the number ends: "ages 21, 22, and 24"
    return i >= 0 and doc[i].lower_ in AGE_WORDS


def aged(number: Token) -> Token | None:
    """The person a number between commas gives the age of: "Boy, 3, wounded", "Jane Doe, 24,
    fatally shot"; None for any other word."""
    doc, i = number.doc, number.i
    if not number.like_num or i < 2 or i + 1 >= len(doc) or doc[i - 1].text != "," or doc[i + 1].text != ",":
        return None
    person = doc[i - 2]
    return person if person.pos_ in ("NOUN", "PROPN", "INTJ") and (is_person(person) or is_name(person)) else None

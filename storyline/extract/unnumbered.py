"""Counts a word tells without a number of its own: "a triple homicide" killed three, a
headline's "fatal shooting" or "murder" one at least, "Boy stable after accidental shooting" one
wounded, "two of the four victims" four hit. `counts.counts_in` asks these of each word it reads.
"""

from __future__ import annotations

from spacy.tokens import Token

from .fates import negated
from .lexicon import MULTIPLE_OF, MULTIPLES
from .numbers import Count, Quantity, quantity
from .people import is_person

__all__ = [
    "HEADLINE_WORDS", "WHOLE_WORDS", "fatal_incident", "headline_condition", "killing_named", "multiple", "shooting_death",
    "the_whole", "victims_killed",
]  # fmt: skip


def multiple(noun: Token) -> Count | None:
    """"A triple homicide" killed three, "a double shooting" hit two."""
    before = noun.nbor(-1) if noun.i > 0 else None
    if noun.pos_ != "NOUN" and before is not None and before.lower_ in MULTIPLES and noun.lower_ in MULTIPLE_OF:
        # "in the quadruple shooting Christmas night": the tagger took "quadruple" for the noun
        return Count(MULTIPLE_OF[noun.lower_], MULTIPLES[before.lower_], "exact", before.idx, noun.idx + len(noun), noun)
    attribute = MULTIPLE_OF.get(noun.lemma_.casefold()) if noun.pos_ == "NOUN" else None
    if attribute is None:
        return None
    times = next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.lower_ in MULTIPLES), None)
    if times is None:
        return None
    return Count(attribute, MULTIPLES[times.lower_], "exact", times.idx, noun.idx + len(noun), noun)


#: Words of the people an incident hit, of which a share is told: "two of the four victims".
WHOLE_WORDS = frozenset({"victims"})
#: Words that take a share of a whole: "two of", "one of", "all of", "none of".
SHARE_WORDS = {"one", "all", "none", "each", "both", "some", "most"}


def the_whole(noun: Token) -> Count | None:
    """"Two of the four victims are validated gang members", "7 victims of Sunday shooting
    released": the victims a share is told of, or of an incident, are so many hit, where no
    casualty word of their own counts them ("one of the five victims killed" is counted on
    "killed"); and of the people a share is told of, no other ("three of the four men accused")."""
    named = _named_after(noun)
    if named is not None:
        return named
    share = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    shared = share is not None and (share.like_num or share.lower_ in SHARE_WORDS) and _with_the(noun)
    if not (shared or _of_an_incident(noun)) or any(c.dep_ in ("acl", "amod", "relcl") for c in noun.children):
        return None
    numbered = _many(noun)
    if numbered is None:
        return None
    number, value = numbered
    return Count("hit", value, "exact", number.idx, noun.idx + len(noun), noun)


#: Incidents whose victims are the people they hit: "the victims of the shooting".
HITTING_INCIDENTS = {"shooting", "shootout", "gunfire", "attack", "rampage", "massacre"}


def _named_after(noun: Token) -> Count | None:
    """"The victims, four young men who have not yet been identified": so many hit, told by the
    people set beside "the victims"."""
    if not _with_the(noun):
        return None
    people = next((c for c in noun.children if c.dep_ == "appos" and is_person(c)), None)
    numbered = _many(people) if people is not None else None
    if people is None or numbered is None:
        return None
    return Count("hit", numbered[1], "exact", noun.idx, people.idx + len(people), noun)


def _with_the(noun: Token) -> bool:
    """Whether a noun is told by "the": "the four victims"."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _many(noun: Token) -> tuple[Token, int] | None:
    """The number a noun is counted by, and its value, where it counts two or more: "four" of
    "the four victims", "four young men"."""
    number = next((c for c in noun.children if c.dep_ == "nummod"), None)
    q = quantity(number) if number is not None else None
    return (number, q.value) if number is not None and q is not None and q.value >= 2 else None


def _of_an_incident(noun: Token) -> bool:
    """Whether the victims are told of an incident that hits people: "7 victims of Sunday
    shooting", "the two victims in Tuesday's shooting"."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "in") and any(o.dep_ == "pobj" and o.lower_ in HITTING_INCIDENTS for o in c.children) for c in noun.children)


#: Incidents that "fatal" or "deadly" says killed someone: "a fatal shooting", "deadly gunfire".
DEADLY_INCIDENTS = {"shooting", "shootout", "gunfire"}
#: Conditions a headline tells its victims in without a noun ("Boy stable after accidental
#: shooting", "Two Men Critical Following Compton Shooting"): alive and hurt when it was written,
#: and others than the dead it lists ("Child Killed, Father Critical").
HEADLINE_CONDITIONS = {"critical": "wounded", "stable": "wounded"}
#: Words a headline states a count by besides `casualty_words`: "4 shot in club", "Fatal shootout".
HEADLINE_WORDS = frozenset(DEADLY_INCIDENTS) | {"shot", "hospital", "homicide", "manslaughter", "slaying"} | frozenset(HEADLINE_CONDITIONS)


def headline_condition(word: Token, attribute: str | None = None) -> Count | None:
    """"Boy stable after accidental shooting", "Two Men Critical Following Compton Shooting",
    "12-year-old dies in shooting; 3-year-old stable": a headline's condition, its "is" dropped,
    tells of the people just before it, whom the parser hangs on it anyhow. Not a condition of a
    noun after it ("critical condition", "a stable home"). ``attribute``: that of a casualty word
    read so where its parse gave it no victims ("Teen dead after gun mishandled", "dead" taken
    for an adverb of "Teen")."""
    attribute = attribute or HEADLINE_CONDITIONS.get(word.lower_)
    doc = word.doc
    following = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if attribute is None or word.i == word.sent.start or following is not None and following.pos_ in ("NOUN", "PROPN", "ADJ"):
        return None
    return _people_in_state(doc[word.i - 1], attribute, word)


def in_hospital(noun: Token) -> Count | None:
    """"Girl, man killed in shooting; 2 others in hospital", "Man dead, woman in hospital": a
    headline's people "in hospital", their "are" dropped, are hurt and alive; not "dies in
    hospital", "shot outside hospital"."""
    if noun.lower_ != "hospital" or noun.i < 2:
        return None
    doc = noun.doc
    prep = doc[noun.i - 1] if doc[noun.i - 1].lower_ != "the" else doc[noun.i - 2]
    if prep.lower_ != "in" or prep.i == noun.sent.start:
        return None
    return _people_in_state(doc[prep.i - 1], "wounded", noun)


def _people_in_state(people: Token, attribute: str, word: Token) -> Count | None:
    """The count of the people a headline's state without a verb tells of, the word right before
    it (`headline_condition`, `in_hospital`): a number, a person, or persons joined by "and"."""
    joined = [people.head, *(c for c in people.head.conjuncts if c.i < word.i)] if people.dep_ == "conj" and people.head.i < people.i else [people]
    if len(joined) > 1 and all(is_person(p) and p.tag_ == "NN" and not any(c.like_num for c in p.children) for p in joined):
        # "Husband and wife dead, daughter in hospital": each of those joined, one
        return Count(attribute, len(joined), "exact", joined[0].left_edge.idx, word.idx + len(word), word)
    if people.like_num:
        counted = quantity(people)  # "1 Dead, 1 Critical"
    elif is_person(people) and people.ent_type_ != "PERSON":
        number = next((c for c in people.children if c.dep_ == "nummod" and c.i < people.i), None)
        counted = quantity(number) if number is not None else Quantity(1, "exact", people.idx, people.idx + len(people))
        if number is None and people.tag_ in ("NNS", "NNPS"):
            return None  # "Men critical": how many, untold
    else:
        return None
    if counted is None:
        return None
    start = min(counted.start, people.left_edge.idx)
    return Count(attribute, counted.value, counted.qualifier, start, word.idx + len(word), word)


def fatal_incident(noun: Token) -> Count | None:
    """"Police investigate fatal shooting": someone died, though no number says how many."""
    if noun.lower_ not in DEADLY_INCIDENTS:
        return None
    # "deadly" hangs on "shooting" as an adverb where the parser takes the noun for a gerund
    fatal = next((c for c in noun.children if c.dep_ in ("amod", "advmod") and c.lower_ in ("fatal", "deadly")), None)
    if fatal is None or noun.doc[max(0, fatal.i - 2) : fatal.i].text.casefold().replace(" ", "") in ("non-", "non"):
        return None  # "a non-fatal shooting"
    return Count("killed", 1, "at_least", fatal.idx, noun.idx + len(noun), noun)


#: Nouns that name a killing: "charged with murder", "the Grunwald murder case", "homicide suspects".
KILLING_NOUNS = {"murder", "homicide", "manslaughter", "slaying"}
#: The forces a killing's name may be the kind of, which tells of no death: "homicide detectives".
FORCE_NOUNS = {"detective", "unit", "squad", "division", "bureau", "investigator", "team", "department", "office", "sergeant", "lieutenant"}


def killing_named(noun: Token) -> Count | None:
    """"Juvenile charged with murder in shooting of 17-year-old", "Additional charges filed in
    Grunwald murder case", "No bond for two homicide suspects": a headline's killing is one dead
    at least, and "a murder-suicide" two, the killer too. Not "attempted murder", a killing
    denied, nor the kind of a force ("Homicide detectives investigate shooting")."""
    doc = noun.doc
    if noun.lower_ not in KILLING_NOUNS or noun.pos_ not in ("NOUN", "PROPN") or negated(noun):
        return None
    if noun.dep_ == "attr" and any(c.dep_ == "neg" for c in noun.head.children):
        return None  # "shooting was not a homicide"
    if noun.i > 0 and doc[noun.i - 1].lower_ in ("attempted", "attempt") or noun.dep_ == "compound" and noun.head.lemma_.casefold() in FORCE_NOUNS:
        return None
    end = noun.idx + len(noun)
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and doc[noun.i + 2].lower_ == "suicide":
        return Count("killed", 2, "at_least", noun.idx, doc[noun.i + 2].idx + len(doc[noun.i + 2]), noun)
    return Count("killed", 1, "at_least", noun.idx, end, noun)


def victims_killed(count: Count) -> int:
    """How many of a count's dead another killed: all but the killer of "a murder-suicide"
    (`killing_named`), whom none of the report's hits ("shot her and her mother") counts."""
    return count.value - 1 if count.value > 1 and killing_named(count.trigger) == count else count.value


#: Ways of a death that name an incident of its own: "charged in shooting death".
DEATH_MODES = {"shooting", "stabbing", "gunshot"}


def shooting_death(noun: Token) -> Count | None:
    """"Man charged in teen's shooting death": a headline's death by a shooting is one dead, at
    least; the body's is as often one recalled. Not "deaths", which want a number."""
    doc = noun.doc
    if noun.lower_ != "death" or negated(noun):
        return None
    ruling = _ruled_a_killing(noun)
    if ruling is not None:
        return Count("killed", 1, "at_least", noun.left_edge.idx, ruling.idx + len(ruling), noun)
    if noun.i == 0 or doc[noun.i - 1].lower_ not in DEATH_MODES:
        return None
    start = doc[noun.i - 1].idx
    return Count("killed", 1, "at_least", start, noun.idx + len(noun), noun)


#: Verbs of an official finding of how someone died: "death ruled homicide".
RULING_VERBS = {"rule", "deem", "declare", "classify"}
#: Findings that someone was killed.
KILLING_FINDINGS = {"homicide", "murder"}


def _ruled_a_killing(noun: Token) -> Token | None:
    """The finding, where a headline's death is ruled a killing: "Sarasota death ruled homicide
    by gunshot wound", "Woman's death ruled a homicide": one dead, at least. Not "ruled a
    suicide", nor "ruled accidental", which tell of no violence another did."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ not in RULING_VERBS:
        return None
    return next((c for c in verb.children if c.lemma_.casefold() in KILLING_FINDINGS and c.i > verb.i), None)

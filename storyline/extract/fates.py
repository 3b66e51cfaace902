"""Whether the victims a casualty word counts lived: "in stable condition", "suffered
non-life-threatening injuries", "was shot but survived"; or died, "doctors could not save him".
A hit ("was shot", "rushed to the hospital") says neither until such words say which.
"""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import clause_verb
from .lexicon import CASUALTY_LEMMAS


def negated(tok: Token) -> bool:
    """"Not", "never" on a word: "were not able", "was not killed"."""
    return any(c.dep_ == "neg" for c in tok.children)


#: Places a victim is taken to for treatment: "rushed to the hospital".
HOSPITALS = {"hospital", "clinic"}
#: Words that make a "center" one of treatment: "Regional Medical Center", "a trauma center".
MEDICAL_WORDS = {"medical", "trauma", "health"}


def is_hospital(tok: Token) -> bool:
    """"Rushed to the hospital", "taken to a clinic", and one given by name: "taken to St. Mary's
    Hospital" (a proper noun, whose lemma keeps its capital), "flown to Regional Medical Center",
    "transported to Grady Memorial"."""
    lemma = tok.lemma_.casefold()
    if lemma in HOSPITALS:
        return True
    if lemma in ("center", "centre"):
        return any(c.lower_ in MEDICAL_WORDS for c in tok.children if c.dep_ in ("compound", "amod"))
    return lemma == "memorial" and tok.pos_ == "PROPN" and tok.dep_ == "pobj"


def at_hospital(trigger: Token) -> bool:
    """Whether a count tells of the victim's treatment, not of the incident: "taken to St. Mary's
    Hospital in Elmwood" (a hospital by name), "in stable condition at a Duluth hospital" (a
    condition where the sentence names a place or a hospital). Its town is the hospital's, and
    its date the treatment's."""
    if trigger.lemma_ == "condition":
        return any(t.ent_type_ in ("GPE", "FAC", "ORG") or t.lemma_.casefold() in HOSPITALS for t in trigger.sent)
    return any(is_hospital(g) and (g.pos_ == "PROPN" or g.ent_type_ != "") for c in trigger.children if c.dep_ == "prep" for g in c.subtree)


#: Words that call a wound one its victim lives through: "minor injuries", "a graze wound",
#: "non-life-threatening injuries" ("non" parted from the rest by the tokenizer), "in stable condition".
SURVIVED_WORDS = {"minor", "superficial", "graze", "non", "nonfatal", "non-fatal", "noncritical", "non-critical", "non-life-threatening"}
CONDITIONS = {"stable", "good", "fair", "satisfactory"}
#: Conditions of a victim who may yet die: "in critical condition".
GRAVE_CONDITIONS = {"critical", "serious", "grave", "guarded"}


def condition(noun: Token, headline: bool = False) -> str | None:
    """"The boy is in stable condition": a victim hurt and alive; "in critical condition": hurt,
    perhaps fatally. None for a condition of no victim's ("the car was in good condition" has no
    person to count, and is dropped with it). A headline's town is the incident's ("Elm City
    2-year-old in critical condition"), not a hospital's."""
    if noun.lemma_ != "condition" or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    states = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") or c.dep_ == "conj"}
    states |= {g.lower_ for c in noun.children if c.dep_ == "amod" for g in c.children if g.dep_ == "conj"}
    if states & CONDITIONS and not states & GRAVE_CONDITIONS:
        return "wounded"
    return "hit" if states & (GRAVE_CONDITIONS | CONDITIONS) else None


def survived(trigger: Token) -> bool:
    """Whether a hit or a wound says its victim lived: "suffered non-life-threatening injuries",
    "a graze wound", "was hospitalized in stable condition", "taken to the hospital with minor
    injuries", "injuries that are not life-threatening". Not a conjoined clause ("in stable
    condition but later died"), nor one that tells of a death."""
    tree = list(trigger.subtree)  # walked once: a `Token` made of each of its words, each walk
    if any(CASUALTY_LEMMAS.get(t.lemma_.casefold()) == "killed" for t in tree):
        return False
    skip = {t.i for c in trigger.children if c.dep_ == "conj" for t in c.subtree}
    words = [t for t in tree if t.i not in skip]
    for t in words:
        if t.lower_ in SURVIVED_WORDS and t.dep_ in ("amod", "compound", "advmod"):
            return True
        if t.lower_ in CONDITIONS and t.head.lemma_ == "condition":
            return True
        if t.lower_ == "threatening" and (negated(t) or negated(t.head)):
            return True  # "injuries that are not life-threatening"
    return False


#: Verbs that tell a victim lived: "was shot but survived", "is expected to recover".
LIVED_VERBS = {"survive", "recover"}


def lived(trigger: Token) -> bool:
    """Whether the clause of a hit goes on to say its victim lived: "the boy was shot but
    survived", "was shot in the arm and is expected to recover", "his girlfriend, who suffered
    a gunshot wound, but survived" (the parser joins "survived" to the clause above)."""
    verb = clause_verb(trigger)
    verbs = [verb, clause_verb(verb.head)] if verb.dep_ == "relcl" else [verb]
    for v in verbs:
        for c in v.children:
            if c.dep_ != "conj":
                continue
            if c.lemma_ in LIVED_VERBS or (c.lemma_ == "expect" and any(g.dep_ == "xcomp" and g.lemma_ in LIVED_VERBS for g in c.children)):
                return True
    return False


def not_saved(verb: Token) -> bool:
    """"Doctors could not save him", "medics were unable to save the boy", "were not able to
    save her", "she could not be saved": a death told as a rescue that failed."""
    if verb.pos_ != "VERB":
        return False
    if negated(verb):
        return True
    able = verb.head if verb.dep_ == "xcomp" else None
    return able is not None and (able.lemma_ == "unable" or (able.lemma_ == "able" and (negated(able) or negated(able.head))))

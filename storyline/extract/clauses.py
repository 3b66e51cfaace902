"""Whether the clause of a count tells what happened in the report's own incident.

A casualty word may sit in a clause of what might have happened ("the bullet could have killed
her"), of an aim ("tried to kill himself"), of another incident told in passing ("a teen killed
in a previous shooting"), of a tally of many ("injured in those shootings") or of a figure
since corrected ("police originally said seven people were shot"). Such a clause lends the
incident no figure.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

#: Incidents that, in the plural ("in those shootings"), make a count a sum over many.
INCIDENT_NOUNS = {"shooting", "attack", "incident", "homicide", "murder", "bombing", "killing"}


def clause_verb(trigger: Token) -> Token:
    """The verb of the clause that states a count: "are" of "two people are dead"."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _joined_verb(word: Token) -> Token:
    """The first of the verbs a clause's verb is joined to, which carries their modal, mark and
    time: "could" of "could have hit her in the heart and killed her"."""
    global _last_joined
    last = _last_joined
    if last is not None and last[0] is word.doc and last[1] == word.i:
        return last[2]  # `unreal`, `retracted` and `recalled` ask it of one word in turn
    verb = clause_verb(word)
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    _last_joined = (word.doc, word.i, verb)
    return verb


#: The last word `_joined_verb` was asked of, with its document and its verb.
_last_joined: tuple[Doc, int, Token] | None = None


#: Places a tally spans: "across the city", "across the five boroughs".
REGIONS = {"city", "borough", "county", "state", "region", "nation", "country", "metro"}


def across_regions(clause: Iterable[Token]) -> bool:
    """Whether a count's clause spans a city or more: "across Chicago", "throughout the city",
    "across the five boroughs"; not "across the street"."""
    return any(
        t.lower_ in ("across", "throughout") and any(g.dep_ == "pobj" and (g.ent_type_ == "GPE" or g.lemma_ in REGIONS) for g in t.children)
        for t in clause
    )


def of_many_incidents(clause: Iterable[Token]) -> bool:
    """Whether a count's clause sums the victims of many incidents: "injured in those
    shootings", "killed in separate attacks", "wounded in Chicago shootings"; not in the shots
    of one, which the plural may name too: "wounded in early morning shootings", "killed in the
    Cascade Mall shootings". "Shot during three separate shootings" sums them too."""
    return any(t.dep_ == "pobj" and t.head.lower_ in ("in", "during") and many_incidents(t) for t in clause)


def many_incidents(noun: Token) -> bool:
    """Whether a plural incident noun names many incidents ("three shootings", "separate
    attacks"), not the shots of one (`_one_incident`)."""
    return noun.tag_ == "NNS" and noun.lemma_ in INCIDENT_NOUNS and not _one_incident(noun)


#: Entity types of names that set shootings apart by place or by day: "the Chicago shootings".
PLACES_AND_TIMES = {"GPE", "LOC", "NORP", "DATE", "TIME"}
#: Parts of a day: the shootings of one morning or night are most often one incident's shots;
#: "overnight shootings" are a roundup's (see roundup.APART_WORDS).
DAY_PARTS = {"morning", "afternoon", "evening", "night", "early", "late", "dawn"}


def _one_incident(noun: Token) -> bool:
    """Whether a plural incident noun names the shots of one incident: "the shootings", "the
    Cascade Mall shootings" (the, and a building's or a business's name), "early morning
    shootings" (a part of a day); not bare ("wounded in shootings across the city"), numbered
    ("two shootings"), set apart ("separate", "other", "those") or placed ("Chicago shootings",
    "South Side shootings"), nor of a day or a weekend ("Sunday night", "weekend")."""
    modifiers = [c for c in noun.children if c.dep_ in ("det", "amod", "compound", "nmod", "nummod", "poss")]
    if not modifiers:
        return False
    for c in modifiers:
        if c.dep_ == "det" and c.lower_ == "the":
            continue
        if c.lower_ in DAY_PARTS and all(g.lower_ in DAY_PARTS for g in c.subtree):
            continue
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in PLACES_AND_TIMES and any(d.lower_ == "the" for d in noun.children):
            continue  # a name that is no place's nor day's: "the Cascade Mall shootings"
        return False
    return True


#: Modals that make a clause a possibility, not a report ("a bullet could kill someone"); with
#: "have", what did not happen ("could have killed her", "would have died").
POSSIBLE_MODALS = {"could", "might", "can", "should"}
COUNTERFACTUAL_MODALS = POSSIBLE_MODALS | {"would", "'d"}
#: Words of an aim that a "to" clause after them may never have reached: "tried to kill",
#: "in an effort to kill himself", "threatened to shoot his wife".
INTENT_LEMMAS = {
    "try", "attempt", "threaten", "plan", "want", "intend", "mean", "effort", "plot", "vow", "seek",
    "aim", "conspire", "hire", "deserve", "scheme", "hope", "wish", "threat", "bid",
}  # fmt: skip
#: Adverbs of a death or a wound that did not happen: "almost lost her life", "nearly killed".
NEAR_MISS = {"almost", "nearly"}
#: Subordinators of a clause that asks or supposes: "asked whether anyone was hurt", "if he dies".
UNREAL_MARKS = {"if", "whether", "unless"}


def unreal(word: Token) -> bool:
    """Whether the clause of a casualty word tells what might have happened, not what did: "the
    bullet could have killed her", "in an effort to kill himself", "if he dies". Not "surgeons
    could not save him" (a death), nor "was confirmed to have been shot"."""
    if word.lemma_ == "save":
        return False
    verb = _joined_verb(word)
    children = list(verb.children)  # read four times below: a `Token` made of each, each time
    if any(c.dep_ == "advmod" and c.lower_ in NEAR_MISS for c in (*children, *word.children)):
        return True  # "she almost lost her life"
    # a joined clause of its own modal keeps it: "that she shot him, and that he should be dead"
    own = clause_verb(word)
    if own.i == verb.i:
        auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
    else:
        auxes = [c for v in {verb, own} for c in v.children if c.dep_ in ("aux", "auxpass")]
    modal = next((c.lower_ for c in auxes if c.tag_ == "MD"), None)
    perfect = any(c.lemma_ == "have" for c in auxes)
    if modal in (COUNTERFACTUAL_MODALS if perfect else POSSIBLE_MODALS):
        return True
    if any(c.dep_ == "mark" and c.lower_ in UNREAL_MARKS for c in children):
        return True
    if _habitual(verb, children):
        return True
    to = any(c.dep_ == "aux" and c.tag_ == "TO" for c in children)
    return to and not perfect and verb.dep_ in ("xcomp", "acl", "advcl") and verb.head.lemma_ in INTENT_LEMMAS


#: Adverbs of any time a thing happens, not a time it did: "whenever a child is shot".
HABITUAL_ADVERBS = {"whenever", "anytime"}
#: Determiners of "time" that make its clause any such time: "any time a student is hurt".
HABITUAL_DETERMINERS = {"any", "every", "each"}


def _habitual(verb: Token, children: list[Token]) -> bool:
    """Whether a clause tells what happens whenever it does, not what happened: "whenever a
    child is shot", "any time one of our students is hurt", "every time someone is killed".
    ``children``: the verb's."""
    if any(c.dep_ in ("advmod", "mark") and c.lower_ in HABITUAL_ADVERBS for c in children):
        return True
    time = verb.head
    return verb.dep_ == "relcl" and time.lemma_ == "time" and any(d.dep_ == "det" and d.lower_ in HABITUAL_DETERMINERS for d in time.children)


#: Words that set an incident apart from the report's own: "killed in a previous shooting".
OTHER_INCIDENT_WORDS = {"previous", "prior", "earlier", "unrelated", "separate"}
#: Units of a gap too long for the deaths and wounds of one incident: "eight months after".
LONG_UNITS = {"week", "month", "year"}


def recalled(word: Token) -> bool:
    """Whether the clause of a casualty word tells of another incident than the report's: "a
    teen who was killed in a previous shooting", "eight months after a bystander was killed".
    Not "died two days after he was shot": the same incident. A death or a wound on the road
    ("Porraz was killed in a high-speed motorcycle accident") is another happening than the
    shooting, unless its sentence says that its victim was shot ("Man killed in crash had been
    shot", "One dead after a shooting and a crash")."""
    verb = _joined_verb(word)
    if any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in verb.children) and (
        any(c.dep_ == "npadvmod" and c.lemma_ in LONG_UNITS for c in verb.children) or _timed_by_the_incident(verb)
    ):
        return True
    if _in_a_crash(verb):
        return True
    return any(
        g.dep_ == "pobj" and g.lemma_ in INCIDENT_NOUNS and any(a.dep_ == "amod" and a.lower_ in OTHER_INCIDENT_WORDS for a in g.children)
        and not _apart_from_each_other(g)
        for c in verb.children if c.dep_ == "prep" for g in c.children
    )  # fmt: skip


def _apart_from_each_other(incidents: Token) -> bool:
    """Whether incidents called "separate" are so from each other, the report's among them: "were
    injured in two separate shootings" sums theirs (a tally, `tallies.sums_many`), where "in a
    separate shooting" tells of another."""
    return incidents.tag_ == "NNS" and any(a.lower_ == "separate" for a in incidents.children)


def _timed_by_the_incident(verb: Token) -> bool:
    """Whether a clause of "after" or "before" times the report's incident by another happening:
    "The incident came hours before three police officers were shot dead in Baton Rouge", "The
    shooting happened a day after two men were killed nearby". Not a death timed by its own
    wound: "He died hours after he was shot"."""
    if verb.dep_ != "advcl":
        return False
    return any(c.dep_ == "nsubj" and c.lemma_ in INCIDENT_NOUNS for c in verb.head.children)


#: Nouns of a happening on the road, and the words that make an accident one.
CRASH_NOUNS = {"crash", "collision", "wreck"}
VEHICLE_WORDS = {"car", "motorcycle", "traffic", "vehicle", "auto", "truck", "road", "highway"}
#: Words that tell of shooting: a crash in a sentence with one may be the shooting's end.
SHOOTING_LEMMAS = {"shoot", "shooting", "shot", "gunfire", "gunshot", "gunman"}


def _in_a_crash(verb: Token) -> bool:
    """Whether a clause puts its casualty in a crash ("killed in a crash on State Road 207") and
    its sentence says nothing of shooting."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "after"):
            continue
        for noun in prep.children:
            accident = noun.lemma_ == "accident" and any(t.lower_ in VEHICLE_WORDS for t in noun.subtree if t.i < noun.i)
            if noun.dep_ == "pobj" and (noun.lemma_ in CRASH_NOUNS or accident):
                return not any(t.lemma_ in SHOOTING_LEMMAS or t.lower_ in SHOOTING_LEMMAS for t in verb.sent)
    return False


#: Adverbs that make what was said a figure since corrected: "police originally said seven
#: people were shot, but amended that number to four".
FIRST_WORD_ADVERBS = {"originally", "initially"}
#: Verbs of a report that such a figure is the complement of.
REPORT_LEMMAS = {"say", "tell", "report", "state", "believe", "think", "announce"}


#: Words that deny what was said: "early reports said one person had died, but that proved to be incorrect".
FALSE_WORDS = {"incorrect", "wrong", "false", "untrue", "inaccurate", "mistaken", "erroneous"}
#: The words that take up what was said before them.
TAKING_UP = {"that", "this", "it", "which"}


def retracted(word: Token) -> bool:
    """Whether the clause of a casualty word tells what was first said and since corrected:
    "police originally said that seven people were shot", "initially said one person died",
    "early reports said one person had died, but that proved to be incorrect"; not "police said
    seven people were shot"."""
    verb = _joined_verb(word)
    said = verb.head
    if verb.dep_ != "ccomp" or said.lemma_ not in REPORT_LEMMAS:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in FIRST_WORD_ADVERBS for c in said.children) or _denied_after(said)


def _denied_after(said: Token) -> bool:
    """Whether the sentence goes on to deny what was said: "..., but that proved to be incorrect"."""
    rest = said.doc[said.i + 1 : said.sent.end]
    turn = next((t for t in rest if t.lower_ == "but"), None)
    if turn is None:
        return False
    return any(
        t.lower_ in FALSE_WORDS and any(s.lower_ in TAKING_UP for h in (t, *t.ancestors) for s in h.children if s.dep_ in ("nsubj", "nsubjpass"))
        for t in rest if t.i > turn.i
    )

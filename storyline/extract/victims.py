"""Which victims a report's counts tell of: others besides those told before ("six others were
shot", "Booker was also killed"), or the same again ("Felder was wounded ... Felder died").
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from .clauses import clause_verb
from .counted import ASSAILANTS, HURT_COUNTS, ORDINALS, POSSESSIVE_PRONOUNS, SUBJECT_DEPS, is_passive
from .counts import REFLEXIVES
from .lexicon import DEED_NOUNS, PRONOUNS_ONE
from .numbers import Count, word_value
from .people import is_age, is_name, is_person
from .unnumbered import multiple

#: Words that make a victim another one than those named before: "another man", "a second victim".
ANOTHER = {
    "another", "other", "others", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "also", "surviving", "survivor", "additional",
}  # fmt: skip
DEFINITE = {"the", "this", "that"}
#: Words that tell one of someone's children or siblings from another: "his older daughter".
BIRTH_ORDER = {"older", "younger", "elder", "eldest", "oldest", "youngest", "middle", "twin"}
#: Words of a sentence that tells of another incident: "in a separate shooting".
ELSEWHERE = {"separate", "unrelated", "earlier", "later", "previous"}


def adds_to_the_dead(count: Count, killed: list[Count]) -> bool:
    """Whether a count of dead is of others besides the dead told before it: "Mills was pronounced
    dead ... Booker, a customer, was also killed" tells of two. Only "also" on the verb of its
    subject: "another was found dead" was as often a suspect, or another incident's victim; nor
    a victim of another incident ("a man was also killed in a separate shooting")."""
    if count.attribute != "killed" or not also_hit(count):
        return False
    return any(k.start < count.start and k.value > 0 for k in killed if k is not count)


def also_hit(count: Count) -> bool:
    """Whether a hit or a death is of a victim besides those told before: "a woman was also
    shot", "a 3-year-old was also hit". Only "also" on the verb of its subject; nor a victim of
    another incident ("also shot in a separate incident")."""
    victim, trigger = count.victim, count.trigger
    if victim is None or victim.dep_ not in SUBJECT_DEPS or victim.head.i != trigger.i:
        return False
    if not any(c.lower_ == "also" and c.dep_ == "advmod" and not _of_a_place(c) for c in trigger.children):
        return False
    return not any(t.lower_ in ELSEWHERE for t in trigger.sent)


def _of_a_place(also: Token) -> bool:
    """Whether "also" goes with the place or time after it, not the victim: "Tommy Thomas was shot
    in the 1000 block of Woodland Avenue, also in central Toledo"."""
    after = also.nbor(1) if also.i + 1 < len(also.doc) else None
    return after is not None and after.pos_ == "ADP"


def _another(victim: Token, trigger: Token) -> bool:
    """"Another man", "a second victim", "was also shot": a victim besides those told before."""
    return victim.lower_ in ANOTHER or any(c.lower_ in ANOTHER and not _of_a_place(c) for c in (*victim.children, *trigger.children))


def names_others(count: Count) -> bool:
    """Whether a count is of victims besides the dead told before it: "six others were shot",
    "three other men were also wounded". Not "he and four others" (he is one of them), nor the
    object of a shooter ("shot another man": another than the shooter)."""
    victim = count.victim
    hung = victim is not None and victim.dep_ == "amod" and victim.head.i == count.trigger.i  # "Man killed, 3 other shot"
    # "left one victim fatally wounded and three others with serious injuries": the hurt told in the others' own phrase
    within = victim is not None and count.trigger.i != victim.i and victim.is_ancestor(count.trigger)
    if victim is None or victim.dep_ not in (*SUBJECT_DEPS, "ROOT") and victim.i != count.trigger.head.i and not hung and not within:
        return False
    if count.value > 1 and victim.tag_ == "NN" and any(c.lower_ in ORDINALS for c in victim.children):
        return False  # "A second man was taken to a hospital": counted as the second, with those before him
    return not any(c.dep_ == "conj" for c in victim.children) and _another(victim, count.trigger) and not _one_then_other(victim)


#: The objects of a killer's own death: "shot the other three victims and then committed suicide"
#: counts others than him, not others than the dead.
SELF_DEATHS = frozenset({"suicide", "life"} | REFLEXIVES)


def others_than_those_killed(hit: Count, counts: list[Count]) -> bool:
    """Whether a hit's object is others than those a killing joined to it counts: "accused of
    killing one person and shooting four others". Not the object of a shot told alone ("shot
    another man": another than the shooter)."""
    victim = hit.victim
    if victim is None or victim.dep_ != "dobj" or not _another(victim, hit.trigger):
        return False
    joined = {t.i for t in hit.trigger.conjuncts}
    return any(
        c.attribute == "killed" and c.value > 0 and c.trigger.i in joined and c.victim is not None and c.victim.dep_ == "dobj"
        and SELF_DEATHS.isdisjoint((c.victim.lemma_, c.victim.lower_))
        for c in counts
    )  # fmt: skip


def listed_after_the_dead(hit: Count, counts: list[Count]) -> bool:
    """Whether a hit told by a condition follows the dead of its sentence past a comma or a
    semicolon, as a headline lists them: "3 killed, 2 in critical condition", "Man dead, woman in
    critical condition": the dead are not among those still in a condition."""
    if hit.trigger.lemma_ != "condition":
        return False
    return any(
        c.attribute == "killed" and c.value > 0 and c.trigger.sent == hit.trigger.sent and c.end <= hit.start
        and _listed_apart(hit.trigger.doc, c.end, hit.start)
        for c in counts
    )  # fmt: skip


def listed_before_the_dead(hit: Count, counts: list[Count]) -> bool:
    """Whether a hit is listed before a death of another person past a comma or a semicolon, as a
    headline lists them: "Pregnant woman shot, unborn baby killed", "One man shot, another
    killed". The dead are not among the hit; "Man shot, dies" tells of one person."""
    victim = hit.victim
    if victim is None or hit.value != 1 or hit.trigger.sent.start != 0 or not is_person(victim) or victim.lower_ in PRONOUNS_ONE:
        return False  # a headline's list: a sentence of the body names the dead among the hit
    return any(
        c.attribute == "killed" and c.value == 1 and c.victim is not None and c.trigger.sent == hit.trigger.sent
        and c.start >= hit.end and c.victim.i != victim.i and c.victim.lemma_ != victim.lemma_
        and (is_person(c.victim) or c.victim.lower_ in ANOTHER) and c.victim.lower_ not in PRONOUNS_ONE
        and _listed_apart(hit.trigger.doc, hit.end, c.start)
        for c in counts
    )  # fmt: skip


def _listed_apart(doc: Doc, start: int, end: int) -> bool:
    """Whether a comma or a semicolon stands between two counts of a list, from the end of the
    first (``start``, a character offset) to the start of the next (``end``)."""
    return any(t.text in (",", ";") for t in doc.char_span(start, end, alignment_mode="expand") or ())


def beside_the_dead(hit: Count, counts: list[Count]) -> bool:
    """Whether a hit is told in a clause joined to a death's with a subject of its own, another
    person's: "A man was killed and a woman was shot", "an 8-year-old girl has died and her
    father is listed in critical condition". The dead are not among its victims. Not a death
    that shares the hit's subject ("a man was shot and killed"), nor one told of the same one
    again ("he was shot and he died")."""
    if hit.victim is None or hit.victim.lower_ in PRONOUNS_ONE:
        return False
    verb = clause_verb(hit.trigger)
    subject = _own_subject(verb)
    if subject is None or subject.i != hit.victim.i:
        return False
    for dead in counts:
        if dead.attribute != "killed" or dead.value <= 0 or dead.trigger.sent != hit.trigger.sent:
            continue
        other = clause_verb(dead.trigger)
        if other.i == verb.i or other not in verb.conjuncts:
            continue
        named = _shared_subject(other)
        if named is not None and named.lower_ not in PRONOUNS_ONE and named.lower_ != subject.lower_:
            return True
    return False


#: Those who kill a gunman in the line of duty: "police kill gunman after shooting rampage injures three".
FORCE_LEMMAS = frozenset({"police", "officer", "deputy", "trooper", "agent", "cop", "policeman", "swat", "sniper"})


def killed_by_police(count: Count) -> bool:
    """Whether a count of dead is of the assailants the police killed: "Eufaula police kill
    gunman after shooting rampage injures three", "the suspect was shot and killed by officers".
    He is no victim of his own shooting."""
    victim = count.victim
    if count.attribute != "killed" or victim is None or victim.lemma_.casefold() not in ASSAILANTS:
        return False
    verb = clause_verb(count.trigger)
    subject = _shared_subject(verb)  # "Eufaula, Ala., police kill gunman": either subject
    killers = [c for c in subject.head.children if c.dep_ == "nsubj"] if subject is not None else []
    killers += [g for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for g in c.children if g.dep_ == "pobj"]
    return any(k.lemma_.casefold() in FORCE_LEMMAS for k in killers)


def _subject_of(verb: Token, victim: Token | None) -> bool:
    """Whether a victim is a subject of a clause's own verb ("WILMINGTON -- A girl was grazed":
    the parser may take the dateline for another)."""
    # "a 14-year-old boy's abdomen was grazed": the boy, through the part of him hit
    return victim is not None and any(c.dep_ in SUBJECT_DEPS and (c.i == victim.i or victim.head.i == c.i and victim.dep_ == "poss") for c in verb.children)


def _own_subject(verb: Token) -> Token | None:
    """The subject a clause's verb has of its own (not one it shares with the verb it is joined to)."""
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _shared_subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is joined to where it has none of its own: "man"
    of "killed" in "a man was shot and killed"."""
    while (subject := _own_subject(verb)) is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return subject


#: The words that close a "one ... the other" pair.
PAIR_CLOSERS = {"other", "another"}


def _one_then_other(victim: Token) -> bool:
    """Whether "another" or "the other" closes a pair its sentence opened with "one of": "One of
    the 17-year-olds was shot in the chest and the other was shot in the head" splits a group
    told before, the dead among it, into two; it adds no victim besides them. "One man was killed
    and another was wounded" opens with no group, and tells of two."""
    if victim.lower_ not in PAIR_CLOSERS:
        return False
    return any(
        t.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        for t in victim.doc[victim.sent.start : victim.i]
    )


def restates_the_dead(count: Count, killed: list[Count]) -> bool:
    """Whether a count of one wounded is a victim the report also counts as killed: "Felder was
    wounded ... Felder died", "the young girl was injured ... the girl had died". The dead are not
    also among the wounded; a new victim ("a woman was wounded", "another man") is."""
    victim = count.victim
    if count.attribute == "wounded" and victim is not None and any(k.victim is not None and k.victim.i == victim.i for k in killed):
        return True  # "a juvenile injured in a shooting Monday has died": one phrase, one victim
    if count.attribute != "wounded" or count.value != 1 or victim is None or not killed or _another(victim, count.trigger):
        return False
    if victim.lower_ in PRONOUNS_ONE:
        return True
    if any(_died_next(count, k, killed) for k in killed):
        return True
    if _before_then(count.trigger) and not _indefinite(victim):
        return True  # "Karma Wezowicz had been critically injured": what the victim was before dying
    dead = [k.victim for k in killed if k.victim is not None]
    if victim.ent_type_ == "PERSON" or is_name(victim):
        return any(d.text == victim.text for d in dead)
    definite = _definite(victim)
    if definite and is_person(victim) and max(k.value for k in killed) == 1 and not any(d.lemma_ in ASSAILANTS for d in dead):
        # "a 17-year-old boy has died ... the injured teen": the one dead, named again; unless
        # the dead is the shooter ("the suspect died ... the deputy who was shot")
        return True
    if _indefinite(victim) and max(k.value for k in killed) == 1 and any(_told_before(d) and d.lemma_ == victim.lemma_ for d in dead):
        # "The boy was taken off life support and passed away ... a shooting that critically
        # injured a 9-year-old boy": the boy is the one the report has told of, now dead
        return True
    if _possessed(victim) and not any(c.lower_ in BIRTH_ORDER for c in victim.children) and any(d.lemma_.casefold() == victim.lemma_.casefold() and _possessed(d) for d in dead):
        # "killing his 5-year-old brother ... he hurt his little brother": the one dead; "his
        # older daughter" is another than "his 7-year-old daughter"
        return True
    return definite and (victim.lemma_ == "victim" or any(d.lemma_ == victim.lemma_ for d in dead))


#: Words for a woman or a girl, and for a man or a boy; and the pronouns for each.
FEMALE = {"woman", "girl", "mother", "daughter", "wife", "sister", "grandmother", "aunt", "niece", "girlfriend", "lady", "female", "she", "her", "herself"}
MALE = {"man", "boy", "father", "son", "husband", "brother", "grandfather", "uncle", "nephew", "boyfriend", "male", "he", "him", "himself"}


def _died_next(hurt: Count, death: Count, killed: list[Count]) -> bool:
    """Whether a death told right after a victim is hurt is that victim's: "a call of a child
    injured ... The child was transported to the hospital, where he succumbed". The dead is "he"
    or "she", in the wounded count's sentence or the next, with no other death between."""
    dead = death.victim
    if dead is None or dead.lower_ not in PRONOUNS_ONE or death.start < hurt.end:
        return False
    if hurt.victim is not None and _sex(hurt.victim) not in (None, _sex(dead)):
        return False  # "a woman was wounded ... he died": another
    sent = hurt.trigger.sent
    if death.trigger.sent.start not in (sent.start, sent.end):
        return False
    return not any(hurt.end <= k.start < death.start for k in killed if k is not death)


def _sex(noun: Token) -> str | None:
    """"f" of "a woman", "she"; "m" of "a boy", "he"; None of "a child", "a 17-year-old"."""
    lemma = noun.lemma_.casefold()
    return "f" if lemma in FEMALE or noun.lower_ in FEMALE else "m" if lemma in MALE or noun.lower_ in MALE else None


def _possessed(noun: Token) -> bool:
    """Whether a noun is told as someone's: "his brother", "her son"."""
    return any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in noun.children)


def _definite(noun: Token) -> bool:
    """Whether a noun is told as one known already: "the boy", "this man"."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


def _indefinite(noun: Token) -> bool:
    """Whether a noun is told by "a": "a 9-year-old boy"."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _told_before(noun: Token) -> bool:
    """Whether a definite noun refers back to one told before ("the boy ... passed away"), not
    one its own clause defines ("the person who died")."""
    return _definite(noun) and not any(c.dep_ in ("relcl", "acl") for c in noun.children)


def _before_then(trigger: Token) -> bool:
    """Whether a count of wounded tells what had been before then, in the past before the past:
    "Karma Wezowicz, 7, had been critically injured" in a report of her death."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


#: Characters below a report's first count within which it tells its own incident's victims. A
#: death further down, in a report whose opening counts victims and no death ("Four Injured in
#: Fresno Funeral Service Shooting"), was another incident's: the man the funeral was for, a
#: shooting in the same city the week before, a related story below the text; so was a man shot
#: far below the opening of a report of a killing.
OPENING_CHARS = 1500
#: The counts of people hurt that open a report of its own incident.
VICTIM_ATTRIBUTES = ("killed", "wounded", "shot", "hit")
#: The kinds of victims an opening may leave out, each told far below only of another incident.
VICTIM_KINDS = (("killed",), ("wounded", "shot", "hit"))


def told_far_below(counts: list[Count]) -> list[Count]:
    """The counts of dead (or of wounded) that a report tells far below its opening
    (`OPENING_CHARS`) where the opening tells of no death (no wound): another incident's, not a
    death of its own victims told later. A report whose opening tells of a death may go on to the
    whole toll: "four dead" below "Adam Bentdahl was killed"."""
    victims = [c for c in counts if c.attribute in VICTIM_ATTRIBUTES]
    if not victims:
        return []
    end = min(c.start for c in victims) + OPENING_CHARS
    far: list[Count] = []
    for kind in VICTIM_KINDS:
        if not any(c.attribute in kind and c.value > 0 and c.start <= end for c in victims):
            far += [c for c in victims if c.attribute in kind and c.start > end]
    return far


def with_others_wounded(counts: list[Count]) -> list[Count]:
    """The wounded a count of others adds to those counted just before: "Two victims were
    hospitalized with major injuries. Three others were treated at the scene" tells of five.
    Only the wounded of the sentence before or the same one, not the headline's, which do not
    themselves name others (those may be the same again: "three others were hurt ... Three
    others who were injured"); not others besides the dead of their own sentence, nor in a
    sentence of another incident."""
    wounded = sorted((c for c in counts if c.attribute == "wounded" and c.value > 0), key=lambda c: c.start)
    summed: list[Count] = []
    for later in wounded:
        victim = later.victim
        if victim is None or victim.dep_ not in SUBJECT_DEPS or not names_others(later):
            continue
        if any(c.dep_ == "det" and c.lower_ == "the" for c in victim.children):
            continue  # "One person was in critical condition; the three others ...": the rest of a group told
        if any(t.lower_ in ELSEWHERE for t in later.trigger.sent):
            continue
        sent = later.trigger.sent
        if any(k.attribute == "killed" and k.value > 0 and k.trigger.sent == sent and k.end <= later.start for k in counts):
            continue  # "left a man dead and seven others injured": others besides the dead
        # not the headline's, which the opening restates as others ("4 wounded in shooting"
        # above "Police said four others were wounded")
        before = [c for c in wounded if c.end <= later.start and c.trigger.sent.start in (sent.start, _sentence_before(sent)) and c.trigger.sent.start > 0]
        if not before or names_others(before[-1]):
            continue
        first = before[-1]
        summed.append(Count("wounded", first.value + later.value, later.qualifier, first.start, later.end, later.trigger, victim))
    return summed


def with_others_the_deed_hurt(counts: list[Count]) -> list[Count]:
    """The wounded that a deed's other victims add to the one its sentence tells of first: "A
    12-year-old boy remained in critical condition after a shooting that also injured three
    other people" tells of four. The others are the object of the deed itself, not of a shooter
    ("he shot two other men": others than himself); and not others besides the dead ("a man was
    killed in a shooting that also injured three others" tells of three wounded)."""
    summed: list[Count] = []
    for later in counts:
        victim, trigger = later.victim, later.trigger
        if later.attribute != "wounded" or later.value < 1 or victim is None or victim.dep_ != "dobj" or victim.head.i != trigger.i:
            continue
        if not _another(victim, trigger) or any(c.dep_ == "conj" for c in victim.children):
            continue
        if not any(_a_deed(c) for c in trigger.children if c.dep_ in SUBJECT_DEPS):
            continue
        sent = trigger.sent
        told = [
            c for c in counts
            if c.trigger.sent == sent and c.end <= later.start and c.value > 0 and c.victim is not None and c.victim.dep_ in SUBJECT_DEPS
        ]  # fmt: skip
        if not told or any(c.attribute == "killed" for c in told) or told[-1].attribute not in HURT_COUNTS:
            continue
        first = told[-1]
        summed.append(Count("wounded", first.value + later.value, later.qualifier, first.start, later.end, trigger, victim))
    return summed


def _a_deed(subject: Token) -> bool:
    """Whether a verb's subject is the deed: "a shooting that also injured", "the gunfire injured"."""
    noun = subject.head.head if subject.lower_ in ("that", "which") and subject.head.dep_ == "relcl" else subject
    return noun.lemma_ in DEED_NOUNS or noun.lemma_ == "gunfire"  # "blast" is a deed noun


def with_joined_victims(counts: list[Count]) -> list[Count]:
    """The victims of one sentence's clauses joined by "and", each hurt and each the subject of
    its own clause, told apart by what they are: "A 7-year-old girl was grazed by a bullet, and a
    man was shot in the leg" tells of two. A hit counts them as hit (the dead may be among them);
    wounds alone, as wounded. Not one told again ("the boy was shot and he was taken to a
    hospital"), nor one of a pronoun."""
    hurt = [(c, c.victim) for c in counts if c.attribute in HURT_COUNTS and c.value == 1 and c.victim is not None]
    summed: list[Count] = []
    for first, subject in hurt:
        verb = clause_verb(first.trigger)
        if verb.dep_ == "conj" or not _subject_of(verb, subject):
            continue  # the first clause of the sentence opens the group
        group = [first]
        lemmas = {subject.lemma_}
        for other, victim in hurt:
            other_verb = clause_verb(other.trigger)
            if other is first or other_verb.dep_ != "conj" or other_verb.head.i != verb.i or not _subject_of(other_verb, victim):
                continue
            if victim.lower_ in PRONOUNS_ONE or victim.lemma_ in lemmas:
                continue
            group.append(other)
            lemmas.add(victim.lemma_)
        if len(group) > 1:
            attribute = "wounded" if all(c.attribute == "wounded" for c in group) else "shot"
            summed.append(Count(attribute, len(group), "exact", first.start, max(c.end for c in group), first.trigger, first.victim))
    return summed


def with_the_killer_told_apart(counts: list[Count]) -> list[Count]:
    """The dead of a report that tells its killer's death in another sentence than his victims':
    "investigating a triple murder ... troopers returned fire, killing the suspect" are four,
    "killed five U.S. servicemen ... The suspect ... was killed" six, "shot and killed his wife
    ... He then killed himself" two. Only victims told as such, whom their count cannot hold him
    among: those a killing's verb took ("killed five servicemen"), numbered "victims" and a
    multiple ("a triple murder"). A suspect's death beside one victim is often that victim's
    ("police shot and killed a man ... the suspect died"), and only his own killing ("killed
    himself", "took his own life") is told beside one; "shot himself" is as often the victim's
    own accident. Not where another count of the dead, of "people", is as large ("a quadruple
    homicide ... four people are dead" may count him; "a murder-suicide", two at least, is no
    such total), nor a toll told beside his death in one sentence (`counts._with_the_killer`)."""
    killed = [c for c in counts if c.attribute == "killed" and c.value > 0]
    killers = [c for c in killed if c.value == 1 and _the_killer(c)]
    if not killers:
        return []  # most reports
    told = {c.trigger.sent.start for c in killers}
    victims = [c for c in killed if c not in killers and c.trigger.sent.start not in told and _victims_alone(c)]
    if not victims:
        return []
    top = max(victims, key=lambda c: c.value)
    if top.value == 1 and not any(_by_his_own_hand(c) for c in killers):
        return []
    if any(c.value >= top.value and c.qualifier == "exact" for c in killed if c not in killers and c not in victims) or any(c.value > top.value for c in victims):
        return []
    if any(t.lower_ in REFLEXIVES for t in top.trigger.sent):
        return []
    return [Count("killed", top.value + 1, top.qualifier, top.start, top.end, top.trigger, top.victim)]


#: The words of a killer's death by his own hand that a count takes for its victim: "took his own
#: life", "committed suicide".
OWN_DEATH_WORDS = {"life", "suicide"}


def _by_his_own_hand(count: Count) -> bool:
    """"Killed himself", "took his own life", "committed suicide"; not "shot himself", which a
    child's accident is told by too."""
    person = count.victim
    if person is None:
        return False
    return person.lemma_ in OWN_DEATH_WORDS or person.lower_ in REFLEXIVES and count.trigger.lemma_ == "kill"


def _the_killer(count: Count) -> bool:
    """Whether a death counted is the killer's: "killed himself", "took his own life", "the
    suspect was found dead", "troopers killed the gunman"."""
    person = count.victim
    return person is not None and (_by_his_own_hand(count) or person.lemma_.casefold() in ASSAILANTS)


def _victims_alone(count: Count) -> bool:
    """Whether a count of dead is of victims only, never of their killer: the object of a
    killing ("killing three people"), victims numbered ("three victims died", "a third victim
    has died"), or a multiple ("a triple murder")."""
    person, trigger = count.victim, count.trigger
    if person is not None and (person.lower_ in REFLEXIVES or person.lemma_.casefold() in ASSAILANTS):
        return False
    if person is not None and person.lemma_ == "victim":
        return person.tag_ == "NNS" or count.value > 1  # "three victims", "a third victim has died"
    if person is not None and person.dep_ in ("dobj", "obj") and person.head.i == trigger.i:
        return trigger.pos_ == "VERB" and trigger.lemma_ == "kill" and not is_passive(trigger)
    return multiple(trigger) is not None


def _sentence_before(sent: Span) -> int:
    """Where the sentence before one starts (its own start where it is the first)."""
    return sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start


#: The words of a victim's phrase that tell of the victim, not of another ("the Jacksons'
#: granddaughter", "the man who shot him"): its name, its age, what it is.
OWN_WORDS = {"compound", "appos", "amod", "nummod", "npadvmod", "flat"}


class _Who(NamedTuple):
    """What tells one victim from another: ages, names, and the role of one called the shooter
    (`ASSAILANTS`: "the suspect was hit in the hand") or the victim (None for any other word)."""

    ages: frozenset[int | str]
    names: frozenset[str]
    role: str | None


def _who(count: Count) -> _Who | None:
    """The ages and names a one-victim count gives its victim ("the 18-year-old", "Henry
    Jackson", "the suspect, Elarry C. Howard, 22,"), or None where it gives none ("a man"). A
    victim who shot himself is told by the subject: "the 15-year-old also shot himself"."""
    victim = count.victim
    if victim is None or count.value != 1:
        return None
    if victim.lower_ in ("himself", "herself"):
        victim = next((c for c in count.trigger.children if c.dep_ in SUBJECT_DEPS), victim)
    words = [victim, *(t for c in victim.children if c.dep_ in OWN_WORDS for t in c.subtree)]
    ages = frozenset(word_value(t.text) or t.text for t in words if t.like_num and is_age(t))
    names = frozenset(t.lower_ for t in words if t.ent_type_ == "PERSON" and t.pos_ == "PROPN")
    lemma = victim.lemma_.casefold()
    role = "shooter" if lemma in ASSAILANTS else "victim" if lemma == "victim" else None
    if not ages and not names and role is None:
        return None
    return _Who(ages, names, role)


def _differ(a: _Who, b: _Who) -> bool:
    """Whether two victims are surely two people: different ages, different names, or the one
    called the shooter and the other the victim."""
    return bool(
        a.ages and b.ages and a.ages.isdisjoint(b.ages)
        or a.names and b.names and a.names.isdisjoint(b.names)
        or a.role and b.role and a.role != b.role
    )  # fmt: skip


def _shared(a: _Who, b: _Who) -> bool:
    """Whether two victims share an age, a name or a role: maybe one told twice."""
    return bool(a.ages & b.ages or a.names & b.names or a.role and a.role == b.role)


def told_again(first: Count, later: Count) -> bool:
    """Whether a later hit's victim shares an age, a name or a role with an earlier one's: "A
    16-year-old boy was shot ... The 16-year-old was also shot in the leg" tells of one."""
    a, b = _who(first), _who(later)
    return a is not None and b is not None and _shared(a, b)


def told_apart(hits: list[Count]) -> int:
    """How many victims the one-victim hits of a report surely tell of: the first, and each
    told after it as another ("also", "another") or as the shooter, and told apart from every
    one before by an age, a name or a shooter's role ("an 18-year-old man was wounded ... the
    15-year-old also shot himself" tells of two); one told as another needs only share none of
    their marks ("Henry Jackson was shot ... his 5-year-old granddaughter was also shot"). Hits
    that give their victim no such mark ("a man was shot") may be any of them; one told apart
    but not as another ("a 34-year-old man was shot ... a 17-year-old boy was shot") is as
    often the victim of another incident, in a report of several."""
    apart: list[_Who] = []
    for hit in sorted(hits, key=lambda h: h.start):
        who = _who(hit)
        if who is None:
            continue
        another = also_hit(hit) or hit.victim is not None and _another(hit.victim, hit.trigger)
        if not apart or (another or who.role == "shooter") and all(_differ(who, other) or another and not _shared(who, other) for other in apart):
            apart.append(who)
    return len(apart)

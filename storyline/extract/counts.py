"""Counts of killed, wounded, arrested, missing and hostages, read off the dependency parse.

A count is a number (or a person noun that counts one) in a grammatical role of a casualty word:
the passive subject of "killed", the object of "arrested", the numeral of "deaths", the subject
of "are dead". "Shot" records a hit; whether it killed is read from "fatally", "shot dead" or a
"killed" beside it, and the wounded are the hits that did not kill when no report of injuries
says otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from .. import nlp
from ..nlp import doc_text, kept, positions, within
from .clauses import across_regions, clause_verb, of_many_incidents, recalled, retracted, unreal
from .counted import (
    ASSAILANTS,
    HOSPITAL_VERBS,
    HURT_COUNTS,
    ORDINALS,
    SUBJECT_DEPS,
    along_with,
    an_ordinal,
    attribute_of,
    bare_person,
    direct_number,
    fatal_share,
    is_passive,
    listed_after,
    listed_before,
    named_with_age,
    numbers_shots,
    object_of,
    of_objects,
    shot_person,
    subject_of,
    told_fatal,
    victims_of,
    with_conjuncts,
)
from .fates import LIVED_VERBS, condition, negated
from .lexicon import (
    CASUALTY_LEMMAS,
    GUNFIRE_WORDS,
    MULTIPLE_OF,
)
from .numbers import Count, Quantity, quantity
from .people import aged, is_age
from .unnumbered import (
    HEADLINE_WORDS,
    WHOLE_WORDS,
    fatal_incident,
    headline_condition,
    in_hospital,
    killing_named,
    multiple,
    shooting_death,
    the_whole,
)

#: Lemmas (case-folded) of the only words `attribute_of` reads as casualty words, besides the
#: words of `CASUALTY_LEMMAS` themselves ("pass" for "passed away").
_CASUALTY_WORDS = frozenset(CASUALTY_LEMMAS)
#: The words, as written, that may state a count: the casualty words and "victims" ("two of the four victims").
_COUNT_WORDS = _CASUALTY_WORDS | WHOLE_WORDS
_ATTRIBUTE_LEMMAS = _CASUALTY_WORDS | HOSPITAL_VERBS | frozenset(MULTIPLE_OF) | frozenset(LIVED_VERBS) | {"life", "lose", "hospitalize", "pass", "suicide", "save", "condition"}

#: Objects that make a killing the killer's own death: "killed himself".
REFLEXIVES = {"himself", "herself", "self"}  # "fatally shoots self" in a headline


def _killed_self(verb: Token) -> Token | None:
    """The words that tell a killer's death by his own hand: "killed himself", "fatally shot
    herself", "took his own life", "committed suicide"; None for any other word."""
    lemma = verb.lemma_.casefold()
    if verb.pos_ != "VERB" or lemma not in ("kill", "shoot", "take", "commit"):
        return None
    obj = object_of(verb)
    if obj is None:
        return None
    if lemma == "take":
        return obj if obj.lemma_ == "life" and any(c.lower_ == "own" for c in obj.children) else None
    if lemma == "commit":
        return obj if obj.lemma_ == "suicide" else None
    fatal = lemma == "kill" or attribute_of(verb) == "killed"
    return obj if fatal and obj.lower_ in REFLEXIVES else None


#: How the parser hangs the killer's "himself" told after his victims: "killed his two
#: daughters and then himself", "shot her son, then herself", "kills daughter, himself".
SELF_AFTER_DEPS = ("conj", "appos", "npadvmod", "dep")


def _and_self(verb: Token, victims: Token) -> Token | None:
    """The killer's "himself" told after the victims that a verb's object counts: he is among
    those it hit. Not one of another verb ("before turning the gun on himself")."""
    if victims.dep_ not in ("dobj", "obj") or victims.head.i != verb.i:
        return None
    heads = {verb.i, victims.i, *(c.i for c in victims.conjuncts)}
    return next(
        (t for t in verb.subtree if t.i > victims.i and t.lower_ in REFLEXIVES and t.dep_ in SELF_AFTER_DEPS and t.head.i in heads),
        None,
    )


def _turned_on_self(verb: Token) -> Token | None:
    """"Turned the gun on himself": the killer's suicide, when it follows the killing of others
    in one sentence; alone it does not say he died."""
    obj = object_of(verb) if verb.lemma_ == "turn" else None
    if obj is None or obj.lemma_.casefold() not in GUNFIRE_WORDS:
        return None
    return next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.lower_ in REFLEXIVES), None)


def _the_shooter(verb: Token) -> bool:
    """"a man who shot them": a clause that makes one of those counted the one who fired."""
    return (
        verb.dep_ == "relcl"
        and verb.lemma_ in ("shoot", "kill")
        and not is_passive(verb)
        and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children)
        and object_of(verb) is not None
    )


def _with_the_killer(found: list[Count], sentence: Span, words: list[Token]) -> list[Count]:
    """"Killing three and wounding 16 before taking his own life": a sentence that tells of
    the dead and of the killer's suicide counts him among the dead too. ``words``: those of the
    sentence that may tell it (`_count_words`)."""
    if not any(c.attribute == "killed" for c in found):
        return []  # no dead to add him to: most sentences
    selves = [tok for tok in words if _killed_self(tok) is not None or _turned_on_self(tok) is not None]
    # "the 14-year-old turned the gun on herself and died": her death is the killer's own
    killers = {k.i for k in map(subject_of, selves) if k is not None}
    others = [
        c for c in found
        if c.attribute == "killed" and not any(c.trigger.i == tok.i for tok in selves) and (c.victim is None or c.victim.i not in killers)
    ]  # fmt: skip
    if not selves or not others:
        return []
    top = max(others, key=lambda c: c.value)
    self = selves[0]
    if top.victim is not None and any(self.i == t.i or _the_shooter(t) for t in top.victim.subtree):
        # "five people, including the gunman who killed himself, died"; "claimed the lives of
        # his mother and a man who shot them, then turned the gun on himself"
        return []
    if any(top.start <= t.idx < top.end and t.lower_ in REFLEXIVES for t in sentence):
        return []  # "kills his 2 sons, self": counted with them (`_and_self`)
    if any(t.lower_ == "including" for t in self.ancestors if t.i >= sentence.start):
        return []  # "at least four are dead - including the gunman, who took his own life"
    if top.start > self.idx and any(t.lemma_ == "leave" for t in (top.trigger, *top.trigger.ancestors) if t.i >= sentence.start):
        return []  # "turning the gun on himself, leaving police to discover the three dead": the toll he left is all of them
    start, end = min(top.start, self.idx), max(top.end, self.idx + len(self))
    return [Count("killed", top.value + 1, top.qualifier, start, end, top.trigger, top.victim)]


def _with_killed_assailants(found: list[Count]) -> list[Count]:
    """"Gunmen killed four police officers before the two attackers were killed by troops": a
    sentence that tells of the dead and of their killers' deaths counts them together, and so
    does a headline that counts the victims by their number alone ("6 Killed At Decatur Bar;
    Suspect Dead"). Not a count of people told by a name or "he" (who may be the killer), nor one
    that holds the killers already ("five people, including the gunman, died")."""
    def killer(c: Count) -> bool:
        # "suspect dead" in a headline: the parser may hang no subject on "dead"
        word = c.victim if c.victim is not None else c.trigger.doc[c.trigger.i - 1] if c.trigger.i > 0 else None
        # one of a count of several told by one noun ("Two dead, shooter killed" read as two) is no count of killers
        return word is not None and word.lemma_.casefold() in ASSAILANTS and (c.value == 1 or word.tag_ == "NNS")

    killed = [c for c in found if c.attribute == "killed" and c.value > 0 and (c.victim is not None or killer(c) or c.value > 1)]
    assailants = [c for c in killed if killer(c)]
    victims = [
        c for c in killed
        if c not in assailants and (c.victim is None or c.victim.pos_ in ("NOUN", "NUM") and not any(t.lemma_.casefold() in ASSAILANTS for t in c.victim.subtree))
    ]  # fmt: skip
    if not assailants or not victims or len(victims) + len(assailants) < len(killed):
        return []
    top, them = max(victims, key=lambda c: c.value), max(assailants, key=lambda c: c.value)
    return [Count("killed", top.value + them.value, top.qualifier, min(top.start, them.start), max(top.end, them.end), top.trigger, top.victim)]


def _with_those_they_killed(found: list[Count]) -> list[Count]:
    """"The 15-year-old boy suspected of killing a teenage girl ... has died", "a teenager
    wounded in a double shooting that killed his brother died Tuesday": one who died, of whom
    his own phrase, or the clause his death is joined to, tells that the shooting killed others,
    is dead besides them. Only a killing told actively of others than him ("killing a teenage
    girl"), not his own death told again ("a teenager who was shot dead", "a boy whose body was
    found"), nor one counted among them ("five people, including the gunman who killed himself,
    died")."""
    killed = [c for c in found if c.attribute == "killed" and c.value > 0]
    summed: list[Count] = []
    for count in killed:
        person = count.victim
        if person is None or person.pos_ not in ("NOUN", "PROPN"):
            continue
        phrase = set(range(person.left_edge.i, person.right_edge.i + 1))
        verb = count.trigger
        if verb.dep_ == "conj" and person.head.i == verb.head.i and person.dep_ in SUBJECT_DEPS:
            # "Husband suspected of slaying wife and son dies": the clause his death is joined to
            phrase |= {t.i for t in verb.head.subtree} - {t.i for t in verb.subtree}
        others = [
            c for c in killed
            if c is not count and c.trigger.i in phrase and c.trigger.pos_ == "VERB" and not is_passive(c.trigger)
            and c.victim is not None and c.victim.i != person.i and c.victim.dep_ in ("dobj", "obj", "conj")
            and c.victim.lower_ not in REFLEXIVES and not any(t.lower_ == "including" and t.i in phrase for t in c.trigger.ancestors)
        ]  # fmt: skip
        if others:
            top = max(others, key=lambda c: c.value)
            summed.append(Count("killed", count.value + top.value, top.qualifier, min(count.start, top.start), max(count.end, top.end), count.trigger, top.victim))
    return summed


def casualty_words(doc: Doc) -> set[int]:
    """The words that may state a count: a sentence without one states none."""
    lemmas = positions(doc, LEMMA, _ATTRIBUTE_LEMMAS, cased=True)
    return set(lemmas) | set(positions(doc, LOWER, _COUNT_WORDS))


#: Verbs of a killer's own death that are no casualty words: "took his own life", "committed
#: suicide", "turned the gun on himself".
_SELF_LEMMAS = frozenset({"take", "commit", "turn"})


def _count_words(sentence: Span, headline: bool) -> list[Token]:
    """The words of a sentence that `counts_in` reads: its `casualty_words`, the verbs of a
    killer's own death, and a headline's "shot" or "fatal shootout". Asking every word of a sentence whether it
    states a count had been a fifth of the extraction's time."""
    doc = sentence.doc
    # the document's words, found once and cut for each sentence
    found = kept(doc, ("count words", headline), lambda: _count_positions(doc, headline))
    return [doc[i] for i in within(found, sentence.start, sentence.end)]


def _count_positions(doc: Doc, headline: bool) -> list[int]:
    """The positions, in order, of the words of the document that `_count_words` reads."""
    found = casualty_words(doc).union(positions(doc, LEMMA, _SELF_LEMMAS, cased=True))
    if headline:
        found.update(positions(doc, LOWER, HEADLINE_WORDS))
    return sorted(found)


def _told_alone(tok: Token, attribute: str | None, headline: bool) -> Count | None:
    """The count a word tells without a number of its own ("a triple homicide", "killed
    himself", a headline's "fatal shooting" or "shooting death"), given its `attribute_of`."""
    times = multiple(tok) if attribute in (None, "killed") or tok.lower_ in MULTIPLE_OF else None
    if times is not None:
        return times
    # the headline's "fatal shooting" is the report's own; the body's is as often one recalled
    fatal = fatal_incident(tok) if attribute in (None, "shot") and headline else None
    if fatal is not None:
        return fatal
    state = (headline_condition(tok) or in_hospital(tok)) if attribute is None and headline else None
    if state is not None:
        return state
    death = shooting_death(tok) if attribute == "killed" and headline else None
    if death is not None:
        return death
    killing = killing_named(tok) if attribute is None and headline else None  # "two homicide suspects"
    if killing is not None:
        return killing
    whole = the_whole(tok) if attribute is None else None
    if whole is not None:
        return whole
    own = _killed_self(tok) if attribute in (None, "killed") else None
    if own is not None:
        return Count("killed", 1, "exact", min(tok.idx, own.idx), max(tok.idx + len(tok), own.idx + len(own)), tok, own)
    return None


#: A headline's casualty words that tell of the people right before them whatever the parse
#: makes of them: "Teen dead after gun mishandled", "One teenager dead after homicide", "Two
#: injured, shooter dead" ("injured" hung on "dead").
BARE_STATES = frozenset({"dead", "killed", "injured", "wounded", "hurt"})


#: The kinds of names a casualty word may be part of: "the Mothers of Murdered Offspring", "the Dead Kennedys".
NAME_TYPES = frozenset({"ORG", "WORK_OF_ART", "EVENT", "LAW", "FAC", "PRODUCT"})


def _in_a_name(tok: Token) -> bool:
    """Whether a casualty word is a word of a name, capitalised inside a sentence that is not
    itself written in capitals: "the Mothers of Murdered Offspring was wrapping up a vigil"."""
    return tok.ent_type_ in NAME_TYPES and tok.is_title and tok.i != tok.sent.start


def counts_in(sentence: Span, skip: Iterable[int] = (), headline: bool = False) -> list[Count]:
    """Every count a sentence states, with the span that states it. A report's headline is
    written without auxiliaries ("Four teens shot"), which ``headline`` allows for."""
    excluded = set(skip)
    found: list[Count] = []
    words = _count_words(sentence, headline)
    named = not headline and any(t.ent_type_ in NAME_TYPES and t.is_title for t in words) and not in_title_case([t.text for t in sentence if t.is_alpha])
    for tok in words:
        if tok.i in excluded or (named and _in_a_name(tok)):
            continue
        # the casualty word first: reading every word's children for a negation cost more than
        # the rest of the reading of counts
        attribute = attribute_of(tok)
        if attribute is None and headline and tok.lemma_ == "condition":
            attribute = condition(tok, headline=True)  # "Elm City 2-year-old in critical condition from gunshot"
        if attribute is None and headline and tok.lower_ == "shot" and (
            tok.pos_ == "VERB" or tok.head.lower_ == "self" or any(c.dep_ == "nummod" or shot_person(c) for c in tok.children)
        ):
            # "Envy Nightclub shooting: 4 shot in Palm Springs club", "Elm Park teen shot"; "Two
            # teens shot while playing", tagged a present; "after 4-year-old shot self"; and
            # "stepfather fatally shot", dead
            attribute = "killed" if told_fatal(tok) else "shot"
        alone = _told_alone(tok, attribute, headline)
        if attribute is None and alone is None:
            continue  # a third of the words: no need to read their clauses
        if unreal(tok) or retracted(tok) or (not headline and recalled(tok)):
            continue
        if alone is not None:
            found.append(alone)
            continue
        if attribute is None or (negated(tok) and tok.lemma_ != "save"):
            continue
        need_person = attribute in ("shot", "hit", "arrested", "killed", "wounded")
        q: Quantity | None = None
        victims: Token | None = None
        direct = direct_number(tok)
        if direct is not None and direct.i not in excluded:
            q = quantity(_the_whole_hurt(tok, direct, attribute) or direct)
            # "two others wounded": the numeral belongs to a noun, read the noun phrase
            if q is not None and direct.dep_ not in ("nummod", "npadvmod") and direct.pos_ == "NOUN":
                q = with_conjuncts(direct, need_person, tok)
        if q is None:
            victims = victims_of(tok, headline)
            if victims is not None and aged(victims) is not None:
                victims = aged(victims)  # "Boy, 2, accidentally shot": the boy, not two
            while headline and victims is not None and victims.dep_ == "conj" and victims.head.i < victims.i and bare_person(victims.head):
                victims = victims.head  # "Woman and 5-year-old child injured": the verb hung on the last
            if victims is not None and victims.i not in excluded and not numbers_shots(victims):
                q = _share_of(victims, tok) or with_conjuncts(victims, need_person and victims.i != tok.i, tok, headline)
                if q is None and headline and (bare_person(victims) or named_with_age(victims)):
                    q = Quantity(1, "exact", victims.left_edge.idx, victims.idx + len(victims.text))
                if q is not None and headline:
                    q = listed_after(victims, listed_before(victims, q, sentence))
        if q is None:
            state = headline_condition(tok, attribute) if headline and tok.lower_ in BARE_STATES else None
            if state is None and headline:
                state = killing_named(tok)  # "charged with murder", counting no one
            if state is not None:
                found.append(state)
            continue
        if victims is not None and q.value == 1:
            q = _the_nth(tok, attribute, victims, q, found)
        if attribute == "wounded" and victims is not None and 0 < _dead_among(victims) < q.value:
            q = Quantity(q.value - _dead_among(victims), q.qualifier, q.start, q.end)  # "one of four women wounded has died"
        elif attribute == "wounded" and 0 < _dead_included(tok) < q.value:
            q = Quantity(q.value - _dead_included(tok), q.qualifier, q.start, q.end)  # "three injured, including a girl who died"
        if attribute == "killed" and victims is not None and q.value == 1 and _numbered_death(tok, victims):
            q = Quantity(_numbered_death(tok, victims), "exact", q.start, q.end)  # "a third person has died": three dead
        subject = victims if victims is not None else direct
        if subject is not None and subject.dep_ in SUBJECT_DEPS and subject.head.i == tok.i:
            q = along_with(tok, q, need_person)
        killer = _and_self(tok, subject) if subject is not None and attribute == "killed" else None
        if killer is not None and not q.start <= killer.idx < q.end:
            q = Quantity(q.value + 1, q.qualifier, q.start, max(q.end, killer.idx + len(killer)))
        start = min(q.start, tok.idx)
        end = max(q.end, tok.idx + len(tok.text))
        found.append(Count(attribute, q.value, q.qualifier, start, end, tok, victims))
        # "Two men were shot, one fatally": the fatal share is a second count on "shot", or on
        # the victims ("five people were shot, two of them fatally")
        if attribute == "shot":
            for child in (*tok.children, *(victims.children if victims is not None else ())):
                fatal = fatal_share(child) if direct is None or child.i != direct.i else None
                fq = quantity(child) if fatal is not None else None
                if fatal is not None and fq is not None:
                    found.append(Count("killed", fq.value, fq.qualifier, fq.start, max(fq.end, child.idx + len(child), fatal.idx + len(fatal)), tok))
    return found + _with_the_killer(found, sentence, words) + _with_killed_assailants(found) + _with_those_they_killed(found)


def _the_whole_hurt(verb: Token, subject: Token, attribute: str) -> Token | None:
    """The number of the whole that a headline's share dies from: "One of two men shot late
    Monday in Belle Glade dies", where the parser makes "One" the subject of "shot" as of a clause
    of its own, tells of two shot. None where the share is what the verb tells of."""
    if attribute not in HURT_COUNTS or verb.dep_ not in ("ccomp", "advcl") or attribute_of(verb.head) != "killed":
        return None
    if subject.dep_ not in SUBJECT_DEPS or subject.pos_ != "NUM":
        return None
    whole = next(iter(of_objects(subject)), None)
    return next((c for c in whole.children if c.dep_ == "nummod"), None) if whole is not None else None


def _share_of(victims: Token, verb: Token) -> Quantity | None:
    """The share of a number that is a verb's subject: "One of three people shot Sunday dies",
    where the parser hangs "One of" on "three", tells of one dead (and of three shot, the
    participle's own)."""
    if victims.head.i != verb.i or victims.dep_ not in SUBJECT_DEPS or verb.dep_ in (*SUBJECT_DEPS, "csubj", "acl", "amod"):
        return None  # "two of five teenagers shot were killed": "shot" tells of the five
    number = next((c for c in victims.children if c.dep_ == "nummod"), None)
    marks = [c for c in number.children if c.dep_ == "quantmod"] if number is not None else []
    if number is None or not any(m.lower_ == "of" for m in marks):
        return None
    share = next((m for m in marks if m.like_num and m.i < number.i), None)
    return quantity(share) if share is not None else None


def _dead_among(victims: Token) -> int:
    """How many of the wounded a sentence counts have died since: "One of four women wounded in
    the shooting has died" counts the dead woman among the four, who are three wounded now."""
    share = victims.head.head
    if victims.dep_ != "pobj" or victims.head.lower_ != "of" or share.dep_ not in SUBJECT_DEPS or attribute_of(share.head) != "killed":
        return 0
    q = quantity(share)
    return q.value if q is not None else 0


def _dead_included(verb: Token) -> int:
    """How many of the wounded a sentence counts it says have died: "Three people were injured,
    including a 17-year-old who succumbed to her injuries" counts two wounded and one dead."""
    dead = 0
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "including"):
        for person in (o for o in prep.children if o.dep_ == "pobj"):
            if any(c.dep_ == "relcl" and attribute_of(c) == "killed" and not negated(c) for c in person.children):
                q = quantity(person) if person.like_num else None
                dead += q.value if q is not None else 1
    return dead


def _the_nth(trigger: Token, attribute: str, victim: Token, q: Quantity, before: list[Count]) -> Quantity:
    """The toll "a fifth" tells where its sentence has just counted four of the same harm: "Four
    people were shot in the office and a fifth was shot trying to flee" are five shot. Beside
    another harm it is one more of its own ("three were found dead and a fourth was injured")."""
    ordinal = an_ordinal(victim)
    if ordinal is None:
        return q
    n = ORDINALS[ordinal.lower_]
    same = {attribute} | (HURT_COUNTS if attribute in HURT_COUNTS else set())
    if not any(c.attribute in same and c.value == n - 1 and c.trigger.i < trigger.i for c in before):
        return q
    start = min(q.start, next(c.idx for c in victim.children if c.dep_ == "det"))
    return Quantity(n, q.qualifier, start, q.end)


def _numbered_death(verb: Token, victim: Token) -> int:
    """The toll a death numbered by its victim tells: 3 of "a third person has died", "Third
    victim dies". Not "the fifth man was pronounced dead" (the fifth of those shot, of whom he
    may be the only one dead), nor "the second victim died"; 0 for any other."""
    if verb.lemma_ not in ("die", "succumb") or any(c.dep_ == "det" and c.lower_ not in ("a", "an") for c in victim.children):
        return 0
    return next((ORDINALS[c.lower_] for c in victim.children if c.dep_ == "amod" and c.lower_ in ORDINALS), 0)


#: Share of capitalised words from which a headline is in Title Case.
TITLE_CASE_SHARE = 0.6


def in_title_case(words: list[str]) -> bool:
    """Whether a line's words (three or more) are in Title Case: most of them capitalised."""
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def lowered_headline(sentence: Span, end: int | None = None) -> str | None:
    """A headline in Title Case, lowered but for its first letter, for `headline_counts` to read
    off a parse of its own; None for a headline in sentence case. ``end``: where the headline's
    own words end, from the sentence's start, before the site's name (`_site_start`), whose
    capitals tell nothing of the headline's ("Hope, AR man dies in reported accidental shooting
    - KSLA News 12 Shreveport, Louisiana News Weather & Sports")."""
    text = sentence.text
    lowered = text[:1] + text[1:].lower()
    last = sentence.start_char + (len(text) if end is None else end)
    if not in_title_case([t.text for t in sentence if t.is_alpha and t.idx < last]) or len(lowered) != len(text):
        return None
    return lowered


#: A headline's casualty verbs in the present, which the tagger takes for plural nouns before
#: their object ("Shooting wounds a man and two women in Dayton", "Drive-by injures child") or,
#: of "dies", after an age alone ("6-year-old dies in accidental shooting"), and the past tense
#: it reads as verbs.
HEADLINE_PRESENT = {"wounds": "wounded", "injures": "injured", "kills": "killed", "shoots": "shot", "hurts": "hurt", "dies": "died"}
#: Of those, the verbs that take no object: what follows them opens no noun phrase.
HEADLINE_INTRANSITIVE = frozenset({"dies"})
#: What opens the object of such a verb: "wounds a man", "kills 1", "injures child", "shoots self".
OBJECT_OPENING_POS = frozenset({"NUM", "DET", "PRON", "NOUN", "PROPN", "ADJ"})


def _misread_verbs(sentence: Span) -> list[Token]:
    """A headline's present-tense casualty verbs that the tagger did not read as verbs, followed
    by their object: "wounds" of "Shooting wounds 4 boys", not of "his wounds", "gunshot wounds
    in Adams County" or "dies of gunshot wounds Sunday"; "dies" followed by what a verb's is
    ("6-year-old dies in shooting")."""
    found = []
    for t in sentence[1:-1]:
        after, before = t.nbor(1), t.nbor(-1)
        if t.lower_ not in HEADLINE_PRESENT or t.tag_.startswith("VB") or before.pos_ in ("DET", "PRON", "ADP"):
            continue
        if t.lower_ in HEADLINE_INTRANSITIVE:
            followed = after.pos_ in ("ADP", "ADV", "PUNCT", "SPACE")
        else:
            # not a day ("wounds Sunday"), but an age, which the tagger also takes for a date
            followed = (after.pos_ in OBJECT_OPENING_POS or after.like_num) and (after.ent_type_ not in ("DATE", "TIME") or is_age(after))
        if followed:
            found.append(t)
    return found


#: Most words of the source a headline names before its colon: "Police:", "Brooksville police:",
#: "Sources To CBS2:".
HEADLINE_LABEL_WORDS = 3


def _label_end(sentence: Span) -> int:
    """Where a headline starts after what opens it and is none of it, from the sentence's start,
    or 0: a mark of the page's ("× 14-year-old Oklahoma boy killed in accidental shooting", the
    button that closed a box), and the source named before a colon ("Police: 9-year-old critically
    injured in drive-by shooting"), which the parser takes for the subject and hangs the rest on.
    Not words that tell of the incident: "Gunman kills 2: police", "2 dead: officials"."""
    words = [t for t in sentence if not t.is_space]
    marks = next((k for k, t in enumerate(words) if not _a_mark(t)), len(words))
    after_marks = words[marks].idx - sentence.start_char if 0 < marks < len(words) else 0
    colon = next((k for k, t in enumerate(words[marks : marks + HEADLINE_LABEL_WORDS + 1], marks) if t.text == ":"), None)
    if colon is None or colon == marks or len(words) - colon - 1 < 2:
        return after_marks
    if any(t.is_punct or t.like_num or t.pos_ in ("VERB", "AUX") or t.lower_ in HEADLINE_PRESENT for t in words[marks:colon]):
        return after_marks
    return words[colon + 1].idx - sentence.start_char


def _a_mark(word: Token) -> bool:
    """Whether a word is a mark with no letter or digit, and no quote or bracket ("×", "»", "•")."""
    return not any(c.isalnum() for c in word.text) and not (word.is_quote or word.is_bracket)


#: What parts a headline from the site's name after it: "Five teens shot after midnight basketball
#: tournament - WMC Action News 5 - Memphis, Tennessee", "... | WBTV Charlotte".
SITE_SEPARATORS = frozenset({"-", "–", "—", "|"})
#: Fewest words of a headline before such a separator.
HEADLINE_LEAST_WORDS = 3


def _site_start(sentence: Span) -> int | None:
    """Where the site's name a headline ends with begins, from the sentence's start: at its first
    separator set apart by spaces (`SITE_SEPARATORS`) after a few words; None for a headline with
    none. The site's name misleads the parser ("Laurel 5-year-old allegedly shoots child - WDAM-TV
    7-News, Weather, Sports-Hattiesburg, MS" read no count)."""
    words = 0
    for t in sentence:
        if t.text in SITE_SEPARATORS and t.i > sentence.start and t.nbor(-1).whitespace_ and t.whitespace_ and words >= HEADLINE_LEAST_WORDS:
            return t.nbor(-1).idx + len(t.nbor(-1)) - sentence.start_char
        words += t.is_alpha or t.like_num
    return None


class HeadlineText(NamedTuple):
    """The text a headline is read off in a parse of its own, and for each of its characters
    (and its end) where that character stands in the headline."""

    text: str
    origin: tuple[int, ...]


def headline_text(sentence: Span, without_label: bool = False, without_site: bool = False) -> HeadlineText | None:
    """What `headline_counts` reads a headline off, where not off the report's own parse: a Title
    Case headline lowered (`lowered_headline`), its present-tense casualty verbs that the tagger
    took for nouns put in the past (`_misread_verbs`), ``without_label``, without what opens it
    and is none of it (`_label_end`), and ``without_site``, without the site's name it ends with
    (`_site_start`); None where none of these is needed."""
    at = _label_end(sentence) if without_label else 0
    end = _site_start(sentence) if without_site else None
    end = len(sentence.text) if end is None or end <= at else end
    lowered = lowered_headline(sentence, end)
    verbs = [v for v in _misread_verbs(sentence) if at <= v.idx - sentence.start_char < end]
    if lowered is None and not verbs and not at and end == len(sentence.text):
        return None
    text = (sentence.text if lowered is None else lowered)[:end]
    return _in_the_past(text, [(v.idx - sentence.start_char, v.lower_) for v in verbs], at)


def _in_the_past(text: str, verbs: list[tuple[int, str]], at: int = 0) -> HeadlineText:
    """``text`` from ``at``, its present-tense verbs (each where it starts, and its word) put in
    the past (`HEADLINE_PRESENT`), with where each character of it stands in ``text``."""
    pieces: list[str] = []
    origin: list[int] = []
    for start, verb in verbs:
        past = HEADLINE_PRESENT[verb]
        pieces += [text[at:start], past]
        origin += [*range(at, start), *(start + min(k, len(verb) - 1) for k in range(len(past)))]
        at = start + len(verb)
    pieces.append(text[at:])
    origin += range(at, len(text) + 1)
    return HeadlineText("".join(pieces), tuple(origin))


def _without_site(sentence: Span, skip: Iterable[int]) -> list[Count]:
    """The counts of a headline read without the site's name it ends with (`headline_text`). Its
    words parse otherwise alone ("Laurel 5-year-old allegedly shoots child": "shoots" a verb
    before "- WDAM-TV 7-News", a noun without), so where that parse tells no count and misreads
    a present-tense verb, the verb is put in the past and the headline parsed again."""
    head = headline_text(sentence, without_site=True)
    if head is None:
        return []
    parsed = nlp.parse(head.text)
    found = _headline_counts(sentence, head, skip, parsed)
    verbs = _misread_verbs(parsed[:]) if not found else []
    if not verbs:
        return found
    past = _in_the_past(head.text, [(v.idx, v.lower_) for v in verbs])
    return _headline_counts(sentence, HeadlineText(past.text, tuple(head.origin[k] for k in past.origin)), skip, None)


def headline_counts(sentence: Span, skip: Iterable[int] = (), parsed: Doc | None = None) -> list[Count]:
    """Counts of a report's headline. The tagger reads the capitalised verbs of a Title Case
    headline as names ("Gunfight At Fresno Biker Club Kills 1, Wounds 12"), and a headline's
    present tense as nouns ("Shooting wounds 4 boys"), so such a headline is read off a parse of
    its own (`headline_text`; ``parsed``, where the caller parsed it with others: one at a time,
    a headline's parse cost three times as much), its counts placed back on the report's tokens.
    A headline that tells none is read again without the source it names before its colon
    ("Police: 9-year-old critically injured in drive-by shooting": the parser makes "Police" the
    root and hangs the rest on it); only then, as the source also steadies many a parse ("Police:
    Man kills 2, injures 4"). A headline that ends with the site's name (`_site_start`) is read
    without it as well, as the name misleads the parser ("Laurel 5-year-old allegedly shoots child
    - WDAM-TV 7-News" told no count); the counts of what follows the dash stay those of the whole
    ("Three shot in Elm Park - two dead")."""
    found = _headline_counts(sentence, headline_text(sentence), skip, parsed)
    if not found and _label_end(sentence):
        found = _headline_counts(sentence, headline_text(sentence, without_label=True), skip, None)
    site = _site_start(sentence)
    cut = _without_site(sentence, skip) if site is not None else []
    if site is None or not cut:
        return found
    end = sentence.start_char + site
    return cut + [c for c in found if c.start >= end]


def _headline_counts(sentence: Span, head: HeadlineText | None, skip: Iterable[int], parsed: Doc | None) -> list[Count]:
    """The counts of a headline read off ``head`` (`headline_text`), or off the report's own parse
    where it is None; ``parsed``: the parse of ``head``'s text, where the caller made it."""
    if head is None:
        return counts_in(sentence, skip, headline=True)
    if parsed is None or doc_text(parsed) != head.text:
        parsed = nlp.parse(head.text)
    doc, offset, skipped, origin = sentence.doc, sentence.start_char, set(skip), head.origin
    found = []
    for count in counts_in(parsed[:], headline=True):
        clause = list(clause_verb(count.trigger).subtree)
        if of_many_incidents(clause) or across_regions(clause):
            # "5 Dead, 17 Wounded In Weekend Shootings", "Weekend Leaves 21 Shot Across The Five
            # Boroughs": its tally read off the parse in lower case, as the capitals mislead the parser
            continue
        start, end = count.trigger.idx, count.trigger.idx + len(count.trigger)
        trigger = doc.char_span(offset + origin[start], offset + origin[end], alignment_mode="expand")
        if trigger is None or trigger[0].i in skipped:
            continue
        found.append(Count(count.attribute, count.value, count.qualifier, offset + origin[count.start], offset + origin[count.end], trigger[0], count.victim))
    return found

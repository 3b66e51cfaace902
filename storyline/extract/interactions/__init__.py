"""Interactions: who did what to whom, read off the dependency parse, coded in CAMEO.

An action is a word by lemma ("condolences", "visit", "gratitude", "condemn"); its source is the
subject of the verb that carries it ("Khan extended condolences"), or the possessor of the noun
("Iran's offer of support", "Putin's gratitude"); its target the object of "to", "with", "for",
"towards" ("condolences to his Russian counterpart", "reached out to Putin").
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.attrs import DEP, LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from ...model import Article
from ...nlp import doc_text, entities, entities_in, entities_over, positions, span_text
from .. import dates, gazetteer
from ..actors import (
    QUANTITY_HEADS,
    STATE_WORDS,
    TITLE_HEADS,
    ActorMention,
    actor_at,
    country_in_phrase,
    country_of,
    part_country,
    place_country,
    remember,
    sentence_country,
    stance,
)
from ..lexicon import INCIDENT_LEMMAS
from .acts import (
    acceded,
    acceding,
    act_lemma,
    complemented,
    easing,
    emergency,
    forced_out,
    is_appeal,
    keeps_peace,
    object_act,
    object_of_act,
    stance_act,
)
from .words import (
    ACTING,
    ACTIONS,
    ASKING,
    COOPERATIVE_ROOTS,
    FAILING,
    FRAMING,
    FUTURE,
    GIVING,
    GOVERNING,
    HOSTILE_ROOTS,
    INQUIRING,
    INTENDING,
    INTENT,
    LIGHT_NOUNS,
    LIGHT_VERBS,
    LOCATING,
    LODGING,
    LOOSE_FRAMING,
    MAX_CLIMB,
    MAX_CONJUNCTS,
    MAX_TARGETS,
    MUTUAL,
    MUTUAL_OBJECT_ACTS,
    NEED_TARGET,
    NO_ACT_MODIFIERS,
    NOUN_ONLY,
    OCCASIONS,
    ORDER_TO_STOP,
    OWN_PREPS,
    PHRASE_PREPS,
    PHRASE_WORDS,
    PRONOUNS,
    RECEIVED_AID,
    RELATIVES,
    REQUESTS,
    REQUIRING,
    SAYING,
    STANCES,
    STATEMENTS,
    STRIKES,
    TARGET_DEPTH,
    TARGET_PREPS,
    THREAT_CONDITIONS,
    TRAVEL,
    UNNAMED_ACTORS,
    UNNAMED_PEOPLE,
    VERB_ONLY,
)


def _intended(tok: Token) -> bool:
    """"will visit", "would meet", "agreed to hold talks": an action announced, not done."""
    if tok.pos_ != "VERB":
        return False
    if any(c.dep_ == "aux" and c.lower_ in FUTURE for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and tok.head.lemma_ in INTENDING


@dataclass(frozen=True)
class Reaction:
    """One interaction as one article states it."""

    source: ActorMention
    target: ActorMention | None
    action: str
    cameo: str
    date: dt.date | None
    start: int
    end: int
    quote: str
    article: str


def _carrier(tok: Token) -> Token:
    """The verb or noun that holds the action word's participants."""
    head = tok
    # "expressions of condolences", "offer of support": climb to the carrying noun
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ in LIGHT_NOUNS:
        head = head.head.head
    if head.dep_ in ("dobj", "attr", "nsubjpass") and head.head.lemma_ in LIGHT_VERBS:
        head = head.head
    # "declared March 24 a national mourning day": the verb a few steps up
    climb = head
    for _ in range(3):
        if climb.dep_ not in ("compound", "appos", "dobj", "amod", "nsubjpass") or climb.head.i == climb.i:
            break
        climb = climb.head
        if climb.lemma_ in LIGHT_VERBS and climb.pos_ == "VERB":
            return climb
    return head


def _subject_of(verb: Token) -> Token | None:
    # Climb shared subjects ("reached out ... to offer", "condemned and offered") a few
    # clauses up at most: a 5,000-word run-on sentence must not recurse without end.
    for _ in range(MAX_CLIMB):
        if verb.pos_ == "ADP" and verb.head.i != verb.i:
            verb = verb.head  # "was quoted as saying he would ...": through the preposition to the clause
            continue
        children = list(verb.children)  # read three times: spaCy makes a new `Token` of each on every walk
        agent = next((c for c in children if c.dep_ == "agent"), None)
        if agent is not None:  # "was claimed by Daesh terrorists"
            return next((g for g in agent.children if g.dep_ == "pobj"), None)
        passive = next((c for c in children if c.dep_ == "nsubjpass"), None)
        if passive is not None:  # "three civilians were killed": the subject is the one acted on
            # "King Hassan was quoted as saying he would ...": the one quoted speaks
            return passive if stance_act(verb, verb.lemma_.casefold()) or verb.lemma_ == "quote" else None
        subjects = [c for c in children if c.dep_ == "nsubj"]
        # "Old foes Gondor and Osgiliath have renewed ties": the parser may split an apposition into two
        # subjects; the one that is a name is the actor
        subject = next((c for c in subjects if c.ent_type_), subjects[0]) if subjects else None
        if subject is not None and subject.lower_ in RELATIVES and verb.dep_ == "relcl":
            return verb.head  # "Russian authorities who arrested 11 suspects"
        if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
            # "demonstrators protesting election results": the noun an active participle hangs on does
            # it; "issued a declaration demanding that ...": a statement's issuer
            noun = verb.head
            issuer = next((c for c in noun.head.children if c.dep_ == "nsubj"), None) if noun.dep_ == "dobj" and noun.lemma_.casefold() in LIGHT_NOUNS | STATEMENTS else None
            return issuer if issuer is not None else noun
        if subject is None and _main_verb_hung_on_noun(verb):
            return verb.sent.root  # "Doctors from two aid groups donated goods to ...": the parser made "Doctors" the root
        if subject is not None and subject.lower_ not in PRONOUNS:
            return subject
        # "Nigeria announced that it will withdraw", "Norway is willing to send": the speaker acts;
        # a clause with a subject of its own that is no pronoun has stopped the climb above
        climbing = ("advcl", "xcomp", "conj", "pcomp", "acomp") + (("ccomp",) if subject is not None else ())
        if verb.dep_ not in climbing or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _main_verb_hung_on_noun(verb: Token) -> bool:
    """Whether the parser hung a sentence's main verb on a noun of its subject and made the subject
    the root ("Doctors from two American aid groups donated and delivered goods to ...": "donated"
    modifies "groups"). A participle that only describes ("the goods donated by Japan") has no
    object of its own, nor does a verb of a sentence with a verb at its root."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
        return False  # before the sentence's root is found: most verbs are no participle hung on a noun
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i > verb.i:
        return False
    if any(c.dep_ == "agent" for c in verb.children) or root not in verb.ancestors:
        return False
    return any(c.dep_ == "dobj" for v in (verb, *(c for c in verb.children if c.dep_ == "conj")) for c in v.children)


def _source(carrier: Token, occasion: bool = False) -> Token | None:
    """The word that names who does the act: a verb's subject, a noun's owner or "by" phrase, or
    the subject of the clause a noun act frames ("met leaders during a visit to Eriador"); an
    ``occasion`` (a visit, a protest, a show of solidarity) frames it with "on", "in" or "at" too."""
    if carrier.pos_ in ("NOUN", "PROPN"):
        children = list(carrier.children)  # read twice: spaCy makes a new `Token` of each on every walk
        poss = next((c for c in children if c.dep_ == "poss"), None)
        if poss is not None and poss.tag_ != "PRP$":
            return poss
        by = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
        if by is not None:
            return next((g for g in by.children if g.dep_ == "pobj"), None)
        # "will meet leaders during a private visit to Eriador", "threw stones during demonstrations
        # against ...", "postponed their meeting": the one who does what the clause says does the act
        frame = carrier.head.head if carrier.dep_ == "pobj" and carrier.head.lower_ in FRAMING else None
        if frame is not None and carrier.head.lower_ not in LOOSE_FRAMING and (frame.pos_ not in ("VERB", "AUX") or not occasion):
            frame = None  # "imposed a blackout on the withdrawal": what is imposed, not the occasion of it
        frame = carrier.head if poss is not None and carrier.dep_ == "dobj" else frame
        # the parser may hang the frame on a clause below the one it frames ("clashed over the
        # efforts of X to deal with Y during a visit to Z"): the nearest clause up that has a subject
        for _ in range(MAX_CLIMB):
            subject = _subject_of(frame) if frame is not None and frame.pos_ in ("VERB", "AUX") else None
            if subject is not None or frame is None:
                return subject or poss
            frame = frame.head if frame.head.i != frame.i else None
        return poss
    return _subject_of(carrier)


def _objects(head: Token) -> Iterator[Token]:
    """The direct object, then the objects of "to", "against", "with" ... of one verb or noun."""
    if head.pos_ == "VERB":
        for c in head.children:
            if c.dep_ == "dobj" or c.dep_ == "dative" and c.pos_ != "ADP":
                yield c
            elif c.dep_ == "dative":  # "granted asylum to five officers"
                yield from (g for g in c.children if g.dep_ == "pobj")
            elif c.dep_ == "prt" and c.lower_ == "up":  # "kidnapped up to 16 advisers": the parser hangs the count on "up"
                yield from (g for p in c.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj")
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS]
    for prep in sorted(preps, key=lambda p: TARGET_PREPS.index(p.lower_)):
        yield from (g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME"))


def _targets(tok: Token, carrier: Token) -> Iterator[Token]:
    """Where the target may stand, nearest first: the action's own objects, its carrier's, then
    those of its complements ("threatened to cut off electricity to Nakhichevan", "refused to meet
    Jordan's King", "demanded that the United States match ...")."""
    heads = [tok, carrier, carrier.head if carrier.dep_ in ("advcl", "xcomp") else carrier]
    # "Aristide has been accused of ...": the passive subject is acted on
    yield from (c for c in carrier.children if c.dep_ == "nsubjpass" and c.i != tok.i and c.lower_ not in RELATIVES)
    # "will contribute a million Austrian florins to Gondor": the recipient, not the gift
    recipients = [g for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"] if tok.lemma_ in GIVING else []
    yield from recipients
    for head in heads:
        yield from (o for o in _objects(head) if o.i != tok.i and not (recipients and head.i == tok.i and o.dep_ == "dobj"))
    # "arrived in Gondor": the place visited; "warned Iran of reprisals", "warned of the Prince": whom, else what of
    # "warned their populations about the Prince": the phrase may hang on the object
    holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    yield from (g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in OWN_PREPS.get(tok.lemma_, ()) for g in c.children if g.dep_ == "pobj")
    frontier = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    # "pushing hard for the US to support ...": a clause opened by "for" says what is asked of whom
    frontier += [c for c in tok.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
    if carrier.i != tok.i and tok.lemma_.casefold() in ASKING:  # "reiterated its demand that Israel ease ...": the clause hangs on the verb
        frontier += [c for c in carrier.children if c.dep_ == "ccomp"]
    # "blocked a road to show their disapproval for the United States' policies": the purpose's object
    frontier += [c for head in {tok.i: tok, carrier.i: carrier}.values() for c in head.children if c.dep_ == "advcl" and _purpose(c)]
    for _ in range(TARGET_DEPTH):
        for clause in frontier:
            yield from (c for c in clause.children if c.dep_ == "nsubj" and tok.lemma_.casefold() in ASKING)
            yield from _objects(clause)
        frontier = [c for clause in frontier for c in clause.children if c.dep_ in ("xcomp", "ccomp", "conj")]
    # "restore diplomatic ties with Gondor", "welcomed a resumption of ties with Osgiliath": the
    # target stands in the object's own phrase, a step or two down
    phrases = [c for head in (tok, carrier) for c in head.children if c.dep_ in ("dobj", "pobj")]
    for _ in range(TARGET_DEPTH):
        for phrase in phrases:
            yield from (g for c in phrase.children if c.dep_ == "prep" and c.lower_ in PHRASE_PREPS for g in c.children if g.dep_ == "pobj")
        phrases = [g for phrase in phrases for c in phrase.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _purpose(clause: Token) -> bool:
    """"to show their disapproval": a clause of purpose, an infinitive with no subject of its own."""
    children = list(clause.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children)


def reactions(doc: Doc, article: Article, excluded: set[int]) -> list[Reaction]:
    """Every interaction a report states, with its quote."""
    found: list[Reaction] = []
    known: dict[str, ActorMention] = {}
    for ent in entities(doc):
        if ent.label_ == "PERSON":
            # "Pakistan's Ambassador to the United States, Masood Khan": the title heads the phrase
            root = ent.root  # found anew, word by word, on each read
            head = root.head if root.dep_ == "appos" and root.head.lemma_.casefold() in TITLE_HEADS else root
            actor = actor_at(head, known)
            if actor is not None:
                remember(actor, known)
    counterparts = _counterparts(doc, known)
    for tok in map(doc.__getitem__, positions(doc, LEMMA, ACTING, cased=True)):
        if tok.i in excluded:
            continue
        lemma = act_lemma(tok)
        action = acceding(tok, lemma) or easing(tok, lemma) or object_act(tok, lemma) or stance_act(tok, lemma) or emergency(tok, lemma)
        action = action or forced_out(tok, lemma) or (ACTIONS.get(lemma) if lemma not in STANCES else None)
        if action is None or lemma == "call" and tok.pos_ == "NOUN" and not any(c.lower_ in ("phone", "telephone") for c in tok.children):
            continue
        if lemma in ("aid", "assistance") and tok.pos_ == "VERB" or lemma in VERB_ONLY and tok.pos_ != "VERB" or lemma in NOUN_ONLY and tok.pos_ != "NOUN":
            continue
        if lemma in TRAVEL and not any(g.ent_type_ in ("GPE", "LOC") for c in tok.children if c.dep_ == "prep" and c.lower_ == TRAVEL[lemma] for g in c.children if g.dep_ == "pobj"):
            continue  # "left for Moscow" is a visit, "left for dead" none
        if not complemented(tok, lemma) or lemma in LIGHT_VERBS and _carries_action(tok) or _governed(tok):
            continue  # "prices declined"; "offered condolences", where the noun is the action; "demanded that X cancel"
        if tok.dep_ == "amod" and tok.pos_ == "VERB":
            continue  # "its long-threatened invasion", "alleged crimes": a word that describes, not an act
        if tok.pos_ == "NOUN" and any(c.dep_ == "compound" and c.lower_ in NO_ACT_MODIFIERS for c in tok.children):
            continue  # "a press release by the Tigers" releases no one
        if tok.pos_ == "NOUN" and lemma in ("aid", "assistance") and _received(tok):
            continue  # "received food aid from Japan" is Japan's aid (_received_aid), not an offer by the receiver
        if tok.pos_ == "NOUN" and object_of_act(tok):
            continue  # "postponed their talks", "ended mediation efforts": the verb's act, not the noun's
        if lemma == "mourning" and not _declared(tok) or lemma in REQUESTS and tok.pos_ == "NOUN" and acceded(tok):
            continue  # "accepted demands from the rebels": the concession is the act
        carrier = _carrier(tok)
        if carrier.i != tok.i and carrier.pos_ == "VERB" and _required(carrier):
            continue  # "said that the sides must reach an agreement": the speaker's demand, not an agreement
        source_tok = _source(carrier, action[1][:2] in OCCASIONS)
        source = actor_at(source_tok, known) if source_tok is not None else None
        if source is None and carrier.pos_ == "VERB" and carrier.i != tok.i:
            source = _nearest_actor_before(tok, known)  # "as Pakistan's Ambassador ..., extended condolences"
        if source is None and source_tok is not None:
            source = _unnamed_actor(source_tok, carrier)  # "supporters of Ben Bella blocked roads in Algiers"
        if source is None and carrier.pos_ in ("NOUN", "PROPN"):
            source = _demonym_source(carrier)  # "Palestinian riots", "French mediation"
        if source is None and source_tok is None and carrier.pos_ == "VERB":
            source = _attack_source(carrier)  # "a journalist has been killed in a car bomb explosion in Beirut"
        if source is None and source_tok is None and carrier.pos_ == "VERB" and action[1][:2] == "17" and _passive_without_agent(carrier):
            source = _place_target(carrier)  # "a missionary was arrested in Lebanon": by the state where it was done
        if source is None and source_tok is not None and source_tok.pos_ == "NOUN":
            source = _named_by_modifier(source_tok, known)  # "al-Qaeda's terror network", "the UNITA militarist wing"
        if source is None and carrier.pos_ == "VERB":
            stranded, source = _stranded_subject(carrier, known)
            source_tok = stranded or source_tok
        if source is None:
            continue
        if lemma == "protest" and tok.pos_ == "NOUN" and carrier.lemma_.casefold() in LODGING:
            action = ("official complaint", "114")  # "lodged an official protest with Albania"
        if lemma in ("send", "dispatch") and any(c.dep_ in ("advcl", "xcomp") and c.lemma_.casefold() in INQUIRING and _purpose(c) for c in tok.children):
            action = ("investigation", "090")  # "sent 21 personnel to Bosnia to investigate ..."
        if lemma == "arrive" and source_tok is not None and keeps_peace(source_tok):
            action = ("provision of peacekeeping", "074")  # "NATO peacekeeping troops have arrived in Bosnia"
        if source_tok is not None and any(c.lower_ == "ethnic" for c in source_tok.children) and carrier.pos_ == "VERB":
            home = _place_target(carrier)  # "ethnic Albanians demonstrated in Serbia": a minority where it lives
            if home is not None:
                source = ActorMention(source.name, source.role, home.country, "group", source.start, source.end)
        if source.country is None and source.kind == "person":
            # the country the sentence names before the person, or else the only one it names
            country = sentence_country(tok.sent, before=source.start) or sentence_country(tok.sent, only=True)
            # "condolences to his Russian counterpart" ... "Ambassador Antonov's appreciation": the one counterpart of that title
            country = country or _counterpart_country(source, counterparts)
            if country is None and carrier.pos_ == "VERB":
                # "President Prosper Avril declared a state of siege in Haiti": a leader of no named state
                # acts where the act falls, when the sentence names more states than one
                place = _place_target(carrier) or next(filter(None, map(_place_target, _direct_objects(carrier))), None)
                country = place.country if place is not None else None
            source = ActorMention(source.name, source.role, country, source.kind, source.start, source.end)
        elif source.country is None and source.kind == "group" and action[0] != "claim of responsibility":
            # "the main Hutu rebel group ... demands that Burundi's government": a movement fights in the one state named.
            # Claiming an attack says where the group struck, not where it is from ("Islamic State claimed the attack near Moscow").
            source = ActorMention(source.name, source.role, sentence_country(tok.sent, only=True), source.kind, source.start, source.end)
        candidates = list(itertools.islice(_targets(tok, carrier), MAX_TARGETS))
        patient = None
        if tok.pos_ == "NOUN" and action[1][:2] in HOSTILE_ROOTS:
            # "its invasion of South Lebanon", "the blockade of Serbia": what a hostile act is "of" is its target
            patient = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        candidates = [patient, *candidates] if patient is not None else candidates
        named = [(c, t) for c, t in ((c, _target_actor(c, known)) for c in candidates) if t is not None and not _same(t, source)]
        # a body of no state ("complained to the United Nations over Israeli raids") yields to one of a state
        target_tok, target = next((pair for pair in named if pair[1].country), named[0] if named else (None, None))
        if target is None or target.country is None:
            # "confiscated weapons from armed groups", "dispersed demonstrators"; "pressured workers of
            # the Tehran bus company": people placed by their phrase before a body of no state
            unnamed = next(filter(None, (_unnamed_actor(c, carrier, UNNAMED_PEOPLE) for c in candidates)), None)
            target_tok, target = (None, unnamed) if unnamed is not None else (target_tok, target)
        if target is not None:
            target = _placed_target(target, target_tok, carrier)
        label, cameo = action
        if lemma == "strike" and tok.pos_ == "NOUN":
            label, cameo = next((STRIKES[c.lower_] for c in tok.children if c.lower_ in STRIKES), (label, cameo))
        # "imposed a curfew", "staged demonstrations": a noun act a verb carries falls where a verb's does
        done = tok.pos_ == "VERB" or carrier.pos_ == "VERB"
        # "troops remained on alert in the occupied West Bank": an occasion is done where its clause is
        frame = carrier.head.head if carrier.dep_ == "pobj" and carrier.head.lower_ in FRAMING and carrier.head.head.pos_ == "VERB" else None
        if target is None and source.country and frame is not None and action[1][:2] in OCCASIONS:
            target = _place_target(carrier) or _place_target(frame)
        if target is None and source.country and done:
            # "bombers killed 23 people in Tel Aviv", "rioted at this jail in northern Israel",
            # "lifted a curfew in Montenegro": the state where the act fell
            target = _place_target(carrier) or next(filter(None, map(_place_target, _direct_objects(carrier))), None)
        if lemma == "order" and any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.casefold() in ORDER_TO_STOP for c in tok.children):
            label, cameo = "order to stop", "172"  # "ordered La Prensa to suspend publication": coercion, not a request
        announced = _intended(tok) or carrier.i != tok.i and _intended(carrier)
        if announced and (cameo[:2] in HOSTILE_ROOTS or _conditional(tok) or _conditional(carrier)):
            label, cameo = f"threat: {label}", "130"  # "would boycott", "will withdraw unless ..."
        elif announced and cameo[:2] in INTENT:
            label, cameo = f"intent: {label}", INTENT[cameo[:2]]  # "will visit", "agreed to meet"
        if _negated(tok) or carrier.i != tok.i and _negated(carrier):
            if action[1][:2] not in COOPERATIVE_ROOTS:
                continue
            label, cameo = "rejection", "120"
        if label in NEED_TARGET and (target is None or target.kind == "state" and tok.pos_ != "VERB" and (patient is None or target_tok is not patient)):
            continue
        sources = [source] + _conjoined(source_tok, known)
        mutual = (cameo in MUTUAL or label in MUTUAL_OBJECT_ACTS) and len(sources) > 1
        if target is None and source.country and done and not mutual:
            target = _implied_target(tok, source)
        if label == "strike" or lemma == "strike" and tok.pos_ == "VERB" and target is not None:
            label, cameo = "assault", "190"  # "struck" a target: an attack, not a walkout
        if label == "phone call" and lemma == "call" and tok.pos_ == "VERB" and is_appeal(tok):
            label, cameo = "appeal", "020"  # "called on Israel to halt the raids", "called for sanctions against Nigeria"
        elif label == "phone call" and lemma == "call" and tok.pos_ == "VERB" and not any(c.lower_ in ("phone", "telephone") for c in tok.subtree):
            continue  # "called for justice" is an appeal, not a call
        targets: list[ActorMention | None] = [target, *_conjoined(target_tok, known)]
        if target is None and mutual:
            targets = list(sources)  # "Israel and Lebanon renewed negotiations": each with the other
        for one, other in itertools.product(sources, targets):
            # a side is not its own target, but the act a state does at home is ("Egyptian police ...")
            if other is one or other is not None and _same(one, other) and one is not source:
                continue
            start = min(tok.idx, one.start, other.start if other else tok.idx)
            end = max(tok.idx + len(tok.text), one.end, other.end if other else 0)
            found.append(Reaction(one, other, label, cameo, _date(tok, article), start, end, article.text[start:end], article.id))
            if cameo == "042" and tok.pos_ == "VERB" and other is not None and other.kind == "state" and not _same(one, other) and (other.country is None or other.country != one.country):
                # "President Romendacil arrived in Gondor": a state a visitor comes to hosts the visit (043)
                found.append(Reaction(other, one, "host a visit", "043", _date(tok, article), start, end, article.text[start:end], article.id))
    found.extend(_reach_out(doc, article, known, excluded))
    found.extend(_received_aid(doc, article, known, excluded))
    found.extend(_requirements(doc, article, known, excluded))
    return found


def _passive_without_agent(verb: Token) -> bool:
    children = list(verb.children)
    return any(c.dep_ == "nsubjpass" for c in children) and not any(c.dep_ == "agent" for c in children)


def _named_by_modifier(noun: Token, known: dict[str, ActorMention]) -> ActorMention | None:
    """A body of a named group or state by its name before it: "Osama bin Laden's al-Qaeda terror
    network", "the UNITA militarist wing"; a name before a common noun, not its owner's."""
    for mod in sorted((c for c in noun.children if c.dep_ in ("compound", "poss") and c.i < noun.i and c.ent_type_ in ("ORG", "NORP", "GPE")), key=lambda c: c.dep_ != "compound"):
        actor = actor_at(mod, known)
        if actor is not None and actor.kind != "person":
            return actor
    return None


def _negated(tok: Token) -> bool:
    """"will not accept", "never agreed", "failed to reach agreement": an act said not to be done."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    return tok.dep_ == "xcomp" and tok.head.lemma_.casefold() in FAILING


def _conditional(verb: Token) -> bool:
    """"will withdraw ... unless President Goukouni arranged a ceasefire": an act on a condition."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in THREAT_CONDITIONS for m in c.children) for c in verb.children)


#: `REQUIRING` as `positions` reads it.
_REQUIRING = frozenset(REQUIRING)


def _required(verb: Token) -> bool:
    """Whether a clause says what someone must do: "must cooperate", "must be ready to mediate"."""
    if not positions(verb.doc, LOWER, _REQUIRING):
        return False  # most reports: no "must" to find among the children of the clauses above
    clause = verb
    for _ in range(TARGET_DEPTH + 1):
        if any(c.dep_ == "aux" and c.lower_ in REQUIRING for c in clause.children):
            return True
        # "must ensure security to allow supplies in": the purpose of what is required is not done either
        if clause.dep_ not in ("xcomp", "acomp") and not (clause.dep_ == "advcl" and _purpose(clause)) or clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def _requirements(doc: Doc, article: Article, known: dict[str, ActorMention], excluded: set[int]) -> list[Reaction]:
    """"Russia said that Sudan must return the helicopter": what a speaker says another must do is
    the speaker's demand on them (CAMEO 100), whatever the act."""
    found: list[Reaction] = []
    if not positions(doc, LOWER, _REQUIRING):
        return found  # no "must": no demand
    for verb in map(doc.__getitem__, positions(doc, DEP, "ccomp")):
        if verb.i in excluded or verb.dep_ != "ccomp" or verb.head.lemma_.casefold() not in SAYING:
            continue
        if not any(c.dep_ == "aux" and c.lower_ in REQUIRING for c in verb.children):
            continue
        speaker = _subject_of(verb.head)
        if speaker is not None and speaker.pos_ == "VERB":  # "The Red Cross operating in Iraq said": the parser made the clause the subject
            speaker = next((c for c in speaker.children if c.dep_ == "nsubj"), None)
        source = actor_at(speaker, known) or _unnamed_actor(speaker, verb.head) if speaker is not None else None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        target = _target_actor(subject, known) if subject is not None else None
        if source is None or target is None:
            continue
        target = _placed_target(target, subject, verb)  # "said that President Kagame must agree"
        start, end = min(source.start, target.start), max(source.end, target.end, verb.idx + len(verb.text))
        found.append(Reaction(source, target, "demand", "100", _date(verb, article), start, end, article.text[start:end], article.id))
    return found


def _placed_target(target: ActorMention, tok: Token | None, act: Token) -> ActorMention:
    """A target's state where its phrase gives none, as event coders read it: an ethnic people
    where the act fell ("killed three ethnic Albanians in southeastern Serbia"); a person or group
    of no named state, the one state the sentence names ("demanded that President Mugabe abandon ...")."""
    country = target.country
    if tok is not None and any(c.lower_ == "ethnic" for c in tok.children):
        home = _place_target(act)
        country = home.country if home is not None else country
    if country is None and target.kind in ("person", "group"):
        country = sentence_country(act.sent, before=target.start) or sentence_country(act.sent, only=True)
    if country is None and target.kind == "organisation" and tok is not None:
        # "dispatched inspectors to Esfahan Uranium Conversion Facilities in central Iran": where it stands
        country = next((s.country for s in map(_state, _entities_in(tok, ("GPE", "LOC"))) if s is not None), None)
        place = _place_target(act) if country is None and act.pos_ == "VERB" else None
        country = place.country if place is not None else country  # "inspectors to the Esfahan facility in central Iran"
    if country == target.country:
        return target
    return ActorMention(target.name, target.role, country, target.kind, target.start, target.end)


def _conjoined(tok: Token | None, known: dict[str, ActorMention]) -> list[ActorMention]:
    """The actors joined to the one a phrase names: "Mordor, Rohan, Fornost and Bree"."""
    found: list[ActorMention] = []
    # "Arnor, Calenardhon and the evil Gondor", "Mordor, the awful Fornost, and Gondor": the parser may
    # hang the first states of a list on the last as a modifier or an apposition; a place is no
    # apposition of another place
    if tok is None:
        return found
    listed = [c for c in tok.children if c.dep_ in ("nmod", "appos") and c.ent_type_ == "GPE" and tok.ent_type_ == "GPE" and c.ent_iob_ == "B"]
    for first in (tok, *listed):
        if first is not tok:
            actor = _target_actor(first, known)
            found += [actor] if actor is not None else []
        head: Token | None = first
        while head is not None and len(found) < MAX_CONJUNCTS:
            head = next((c for c in head.children if c.dep_ == "conj"), None)
            actor = _target_actor(head, known) if head is not None else None
            if actor is not None:
                found.append(actor)
    return found


def _governed(tok: Token) -> bool:
    """Whether the action is the content of a demand, threat or refusal a clause or two up, or
    something someone must do ("said the US must be ready to mediate")."""
    if tok.pos_ == "VERB" and _required(tok):
        return True
    clause = tok
    # "refused to allow planes to land and evacuate observers": a conjoined act is as deep as its first
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    for _ in range(TARGET_DEPTH):
        # "pushing for the US to support the plan": a clause opened by "for" is what is asked
        asked = clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children)
        if clause.dep_ not in ("xcomp", "ccomp") and not asked or clause.head.i == clause.i:
            return False
        clause = clause.head
        if act_lemma(clause) in GOVERNING:  # "ruled out sending troops" as "refused to send"
            return True
        if any(c.dep_ == "dobj" and c.lemma_.casefold() in GOVERNING for c in clause.children):
            return True  # "reiterated its demand that Israel ease restrictions": the demand's content
    return False


def _carries_action(verb: Token) -> bool:
    """"extended condolences", "offered its support": a light verb whose object is the action."""
    return any(c.dep_ in ("dobj", "attr", "xcomp") and c.lemma_.casefold() in ACTIONS for c in verb.children)


def _place_target(verb: Token) -> ActorMention | None:
    """The state where an act against unnamed people took place: "in Tel Aviv", "near Samarra"."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in LOCATING):
        # "near the town of Samarra": the tagger may take a town for a people; but a people's adjective
        # names no place ("in defiance of Chinese authorities" is not in China)
        places = [e for e in _entities_in(prep, ("GPE", "LOC", "NORP")) if not (e.label_ == "NORP" and e.root.dep_ == "amod")]
        state = next(filter(None, map(_state, places)), None)
        if state is not None:
            return state
    return None


def _unnamed_actor(tok: Token, act: Token, kinds: frozenset[str] = UNNAMED_ACTORS) -> ActorMention | None:
    """People, a force or an attack the text names by a common noun only, placed where the phrase
    or the act puts them: "Druze inhabitants of the Syrian Golan Heights", "people blocked streets
    in Hong Kong", "a roadside bombing near the town of Samarra killed ...", as event coders do.
    ``kinds`` are the nouns taken: an attack can do harm but is done to no one."""
    for _ in range(MAX_CLIMB):  # "Hundreds of thousands of people": the people counted
        if tok.lemma_.casefold() not in QUANTITY_HEADS:
            break
        counted = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        if counted is None:
            break
        tok = counted
    if tok.pos_ != "NOUN" or tok.lemma_.casefold() not in kinds:
        return None
    # "refugees who have lived in Iraq": where a relative clause puts them is not whose they are
    inside = _relative_clauses(tok)
    phrase = list(itertools.islice((t for t in tok.subtree if t.i not in inside), PHRASE_WORDS))
    country = country_in_phrase(phrase)
    if country is None:
        # "blocked roads in Algiers", "killed 23 people when they blew themselves up in Tel Aviv"
        acts = [act, *_direct_objects(act), *(c for c in act.children if c.dep_ == "advcl")] if act.pos_ == "VERB" else []
        place = _place_target(tok) or next(filter(None, map(_place_target, acts)), None)
        country = place.country if place is not None else sentence_country(tok.sent, only=True)
    if country is None:
        return None
    start, end = tok.left_edge.idx, tok.idx + len(tok.text)
    return ActorMention(doc_text(tok.doc)[start:end].removeprefix("the ").removeprefix("The "), None, country, "group", start, end)


def _attack_source(verb: Token) -> ActorMention | None:
    """The attack that did a passive act no one is named as doing: "three civilians have been
    killed in a suicide car bombing in central Baghdad" is the bombing's, placed where it was, as
    event coders take an unclaimed attack for an actor of the state it struck."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "by")):
        for attack in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.casefold() in INCIDENT_LEMMAS):
            return _unnamed_actor(attack, verb)
    return None


def _demonym_source(noun: Token) -> ActorMention | None:
    """The people or state an act's own adjective names: "Palestinian riots", "US Predator attacks"."""
    for mod in (c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i):
        iso = country_of(mod.text)
        if iso:
            return ActorMention(gazetteer.country_name(iso), None, iso, "state", mod.idx, mod.idx + len(mod.text))
    return None


def _direct_objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]


def _implied_target(tok: Token, source: ActorMention) -> ActorMention | None:
    """Whom an act with no target named falls on, as coders of events read it: another state the
    sentence names ("Iran threatened to launch an offensive in its war with Iraq"), else the
    source's own state, its people or its government ("Egyptian demonstrators rioted", "Turkey will
    allow refugees to return", "Cairo's security chief has warned that police ..."). Only a verb's:
    "Iran's condemnation" of something the sentence leaves unsaid falls on no one we can name."""
    for ent in entities_in(tok.sent):
        if ent.label_ not in ("GPE", "NORP") or source.start <= ent.start_char < source.end:
            continue
        if any(ent.root.i in _relative_clauses(a) for a in ent.root.ancestors):
            continue  # "allow refugees who have lived in Iraq to return": where they lived, not whom the act is for
        state = _state(ent)
        if state is not None and state.country != source.country:
            return state
    if not source.country:
        return None
    return ActorMention(gazetteer.country_name(source.country), None, source.country, "state", source.start, source.end)


def _entities_in(head: Token, labels: tuple[str, ...]) -> list[Span]:
    """The entities of these kinds that a phrase (``head`` and its subtree) takes in, in text order."""
    start, end = head.left_edge.i, head.right_edge.i + 1  # the phrase lies between its edges
    near = entities_over(head.doc, start, end)
    if not near:
        return []
    # "refugees who have lived in Iraq": a relative clause says where they were, not who they are
    inside = {t.i for t in head.subtree} - _relative_clauses(head)
    # "an anti-Syria journalist" is no Syrian and not in Syria
    found = [e for e in near if any(i in inside for i in range(e.start, e.end)) and not stance(e[0]) and not e.text.lower().startswith(("anti-", "pro-"))]
    # "aid to war-torn Mozambique": the tagger may call a state a body; its name still says what it is
    return [e for e in found if e.label_ in labels or "GPE" in labels and e.label_ == "ORG" and country_of(e.text)]


def _relative_clauses(head: Token) -> set[int]:
    """The words of the relative clauses on a noun that a relative word opens ("refugees who have
    lived in Iraq"); "forces to be deployed in East Timor" says where they go, and stays."""
    clauses = (c for c in head.children if c.dep_ == "relcl" and any(g.tag_ in ("WDT", "WP", "WP$", "WRB") for g in c.children))
    return {t.i for c in clauses for t in c.subtree}


def _state(ent: Span) -> ActorMention | None:
    """The state a country, a people or a plainly named place stands for: "Russia", "Juba"."""
    text = span_text(ent)
    iso = country_of(text) or place_country(text)
    iso = iso or part_country(text)
    words = text.removeprefix("the ").split()
    if iso is None and len(words) > 1 and words[-1].lower() in gazetteer.DIVISION_WORDS:
        iso = country_of(" ".join(words[:-1]))  # "in Montenegro province": the state the province is named after
    return ActorMention(gazetteer.country_name(iso), None, iso, "state", ent.start_char, ent.end_char) if iso else None


def _same(one: ActorMention, other: ActorMention) -> bool:
    """Whether two mentions are one actor: "ambassadors of no named state" and "the president" of
    another are two, though neither has a name or a state we know."""
    unnamed = one.name is None and (one.start, one.end) != (other.start, other.end)
    return one.country == other.country and one.name == other.name and not unnamed


def _stranded_subject(verb: Token, known: dict[str, ActorMention]) -> tuple[Token | None, ActorMention | None]:
    """The actor just before a main verb the parser left without a subject, having hung it on a
    noun before ("With the signing of a memorandum on ..., the Sudanese government and the rebels
    have agreed"), or given it a piece of a name ("the Sudanese government and SPLM/A": "A"): the
    nearest actor in the words before the verb, back to the last comma."""
    if verb.dep_ != "ROOT":
        return None, None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "agent")]
    if any(c.pos_ != "PROPN" or c.ent_type_ or actor_at(c, known) is not None for c in subjects):
        return None, None
    for tok in reversed(verb.doc[max(verb.sent.start, verb.i - PHRASE_WORDS) : verb.i]):
        if tok.pos_ in ("VERB", "PUNCT") and tok.text != "/":
            break
        actor = actor_at(tok, known) if tok.pos_ in ("NOUN", "PROPN") else None
        if actor is not None:
            return tok, actor
    return None, None


def _counterparts(doc: Doc, known: dict[str, ActorMention]) -> dict[str, set[tuple[str, str]]]:
    """The unnamed counterparts a report names, by title: "Ambassador Khan ... extended condolences to
    his Russian counterpart" is a Russian ambassador; title -> {(country, name of whom they are the counterpart)}."""
    found: dict[str, set[tuple[str, str]]] = {}
    for tok in map(doc.__getitem__, positions(doc, LEMMA, "counterpart", cased=True)):
        if tok.ent_type_:
            continue
        country = next((iso for c in tok.children if c.dep_ in ("amod", "compound") and (iso := country_of(c.text))), None)
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if country is None or owner is None:
            continue
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        # "his": the subject of the clause, else the last person named before
        subject = _subject_of(verb) if owner.tag_ == "PRP$" and verb is not None else owner
        referent = actor_at(subject, known) if subject is not None else None
        referent = referent if referent is not None and referent.kind == "person" else _nearest_actor_before(tok, known)
        if referent is None or referent.name is None:
            continue  # "the Kenyan president called his Ugandan counterpart": a later "President Ruto" may be either
        for word in (referent.role or "").casefold().split():
            if word in TITLE_HEADS and word != "counterpart":
                found.setdefault(word, set()).add((country, referent.name))
    return found


def _counterpart_country(person: ActorMention, counterparts: dict[str, set[tuple[str, str]]]) -> str | None:
    """The state of a titled person of no stated state who is the one counterpart of that title named:
    an "Ambassador Antonov" after "his Russian counterpart" (not the ambassador whose counterpart that is)."""
    for word in (person.role or "").casefold().split():
        countries = {iso for iso, of in counterparts.get(word, ()) if of != person.name}
        if len(countries) == 1:
            return countries.pop()
    return None


def _nearest_actor_before(tok: Token, known: dict[str, ActorMention]) -> ActorMention | None:
    """The last person or title named before the action word in its sentence."""
    for t in reversed(list(tok.sent[: tok.i - tok.sent.start])):
        if t.ent_type_ == "PERSON" and t.ent_iob_ != "I" or t.lemma_.casefold() in TITLE_HEADS:
            actor = actor_at(t if t.ent_type_ != "PERSON" else next(e for e in entities(tok.doc) if e.start <= t.i < e.end).root, known)
            if actor is not None and actor.kind == "person":
                return actor
    return None


def _target_actor(tok: Token, known: dict[str, ActorMention]) -> ActorMention | None:
    """Whom an action is aimed at: an actor, the possessor of an act ("for Khan's visit"), or
    the country of an institution ("the Embassy of the Russian Federation")."""
    actor = actor_at(tok, known)
    if actor is not None:
        return actor
    if tok.lemma_.casefold() in STATE_WORDS and tok.tag_ == "NNS":
        return None  # "the Gulf states": many states, and "Gulf" no province of one
    if tok.pos_ in ("NOUN", "PROPN"):
        # "for Khan's visit", "North Korea's demand", "an offer from Afghanistan", "the removal of President X"
        owners = [c for c in tok.children if c.dep_ == "poss"]
        owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of") for g in c.children if g.dep_ == "pobj"]
        # "an investigation into crimes committed by Croat forces": the doer of the deed
        owners += [g for c in tok.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        for owner in owners:
            actor = actor_at(owner, known)
            if actor is not None:
                return actor
    for ent in _entities_in(tok, ("GPE", "NORP", "LOC")):
        state = _state(ent)  # "shelled Juba": the state of that place
        if state is None:
            continue
        if tok.pos_ == "PROPN":  # "the Embassy of the Russian Federation": an institution of that state
            phrase = tok.doc[tok.left_edge.i : tok.i + 1 + len(ent)]
            name = tok.doc[tok.left_edge.i : ent.end].text.removeprefix("the ")
            return ActorMention(name, None, state.country, "organisation", phrase.start_char, ent.end_char)
        # "the bereaved and the injured in Russia": the people of that state
        return state
    # "criticized the closure of guest houses in Bree", as "shelled Juba" is aimed at Juba's state;
    # not "ties with Bree's main opposition group", which names a body of Bree
    places = _entities_in(tok, ("GPE",)) if tok.pos_ in ("PROPN", "NOUN") else []
    # "aid to the affected Ithilen villages": a place that qualifies the noun itself
    # "a boycott against Osgiliath": whom an act's own phrase aims it at
    place = next(
        (e for e in places if tok.pos_ == "PROPN" or e.root.dep_ == "pobj" and (e.root.head.lower_ in LOCATING or e.root.head.head.i == tok.i and e.root.head.lower_ in PHRASE_PREPS and tok.lemma_.casefold() in ACTIONS)
         or e.root.head.i == tok.i and e.root.dep_ in ("compound", "amod", "nmod")),
        None,
    )  # fmt: skip
    if place is not None:  # "appealed for peace in Ithilen": a named place no table of ours knows
        return ActorMention(place.text, None, None, "state", place.start_char, place.end_char)
    return None


def _declared(tok: Token) -> bool:
    return any(a.lemma_ in ("declare", "announce", "proclaim") for a in tok.ancestors)


def _reach_out(doc: Doc, article: Article, known: dict[str, ActorMention], excluded: set[int]) -> list[Reaction]:
    """"Assad reached out to Putin": a contact, coded as a telephone discussion."""
    found = []
    for tok in map(doc.__getitem__, positions(doc, LEMMA, "reach")):
        if tok.lemma_ != "reach" or tok.i in excluded or not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
            continue
        subject = _subject_of(tok)
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        if subject is None or pobj is None:
            continue
        source, target = actor_at(subject, known), actor_at(pobj, known)
        if source is None or target is None:
            continue
        start, end = min(source.start, tok.idx), max(target.end, tok.idx)
        found.append(Reaction(source, target, "phone call", "041", _date(tok, article), start, end, article.text[start:end], article.id))
    return found


def _received(noun: Token) -> bool:
    """Whether a noun is what a "receive" verb's object names ("received 20 tonnes of food aid")."""
    head = noun
    while head.dep_ in ("pobj", "prep", "compound", "conj") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "dobj" and head.head.lemma_ == "receive"


def _received_aid(doc: Doc, article: Article, known: dict[str, ActorMention], excluded: set[int]) -> list[Reaction]:
    """"Kenya received food aid from Japan": the giver's aid to the receiver (CAMEO 07), told from
    the receiver's side; the act falls on the subject, and the giver is whom "from" names."""
    found = []
    for tok in map(doc.__getitem__, positions(doc, LEMMA, "receive")):
        if tok.lemma_ != "receive" or tok.pos_ != "VERB" or tok.i in excluded or _negated(tok):
            continue
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        # "20 tonnes of food aid", "military aid worth $5 million": the kind of gift anywhere in the object
        gifts = [g for o in objects for g in o.subtree if g.pos_ == "NOUN" and g.lemma_.casefold() in RECEIVED_AID]
        heads = [tok, *(t for o in objects for t in o.subtree)]  # "20 tonnes of food aid from Japan"
        givers = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
        subject = _subject_of(tok)
        if not gifts or not givers or subject is None:
            continue
        source, target = actor_at(givers[0], known), actor_at(subject, known)
        if source is None or target is None or _same(source, target):
            continue
        # "food aid": the word that says what kind of aid, before the word that says only aid
        cameo = min((RECEIVED_AID[g.lemma_.casefold()] for g in gifts), key=lambda code: code == "070")
        # "military aid", "humanitarian assistance": a word before the gift may say its kind
        kinds = {"military": "072", "economic": "071", "financial": "071", "humanitarian": "073"}
        cameo = next((kinds[m.lower_] for g in gifts for m in g.children if m.lower_ in kinds), cameo)
        start, end = min(target.start, tok.idx), max(source.end, tok.idx + len(tok.text))
        found.append(Reaction(source, target, "provision of aid", cameo, _date(tok, article), start, end, article.text[start:end], article.id))
    return found


def _date(tok: Token, article: Article) -> dt.date | None:
    for ent in entities_in(tok.sent):
        if ent.label_ == "DATE":
            resolved = dates.resolve(span_text(ent), article.published)
            if resolved and resolved[1] == "day":
                return resolved[0]
    return article.published


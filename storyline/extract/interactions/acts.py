"""What act a word is, read from the words around it: the object a verb takes ("severed ties",
"called off its strike"), the complement it needs ("declined to resign"), the preposition it
comes with ("called on Israel", "applied for asylum")."""

from __future__ import annotations

from spacy.tokens import Token

from .words import (
    ACCEDING,
    ACTIONS,
    ASKING_FOR,
    DECREE_NOUNS,
    DISSENT,
    EASING,
    FORCING,
    MILITARY_RESTRICTIONS,
    NEEDS_COMPLEMENT,
    OBJECT_ACTS,
    PEACEKEEPERS,
    PHRASAL,
    REQUESTS,
    RESTRICTIONS,
    STANCES,
)


def acceding(tok: Token, lemma: str) -> tuple[str, str] | None:
    """"accepted demands from Shona rebels", "conceded to demands": giving in (CAMEO 083)."""
    if lemma not in ACCEDING or tok.pos_ != "VERB":
        return None
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return ("accession to demands", "083") if any(o.lemma_.casefold() in REQUESTS for o in objects) else None


def stance_act(verb: Token, lemma: str) -> tuple[str, str] | None:
    """"Israel is opposed to French mediation": a stance the passive's subject holds; "oppose" in
    the active voice is the plain act, "commit" nothing but this."""
    if lemma not in STANCES or verb.pos_ not in ("VERB", "ADJ"):
        return None
    children = list(verb.children)
    if not any(c.dep_ == "nsubjpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return STANCES[lemma] if lemma in ACTIONS and verb.pos_ == "VERB" else None
    return STANCES[lemma] if any(c.dep_ == "prep" and c.lower_ == "to" for c in children) else None


def forced_out(tok: Token, lemma: str) -> tuple[str, str] | None:
    """"forced the UN agency out of the country", "forced out 1,000 refugees": an expulsion (CAMEO 166)."""
    if lemma not in FORCING or tok.pos_ != "VERB":
        return None
    return ("expulsion", "166") if any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out" for c in tok.children) else None


def emergency(tok: Token, lemma: str) -> tuple[str, str] | None:
    """"imposed martial law", "declared a state of siege": rule by decree (CAMEO 1724)."""
    if lemma not in DECREE_NOUNS or tok.pos_ != "NOUN":
        return None
    if lemma == "law" and any(c.lower_ == "martial" for c in tok.children):
        return "martial law", "1724"
    if lemma == "state" and any(g.lemma_.casefold() in ("emergency", "siege") for c in tok.children if c.lower_ == "of" for g in c.children):
        return "state of emergency", "1724"
    return None


def acceded(noun: Token) -> bool:
    """Whether a demand is what a verb gives in to: "accepted demands from the rebels"."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    return acceding(head, head.lemma_.casefold()) is not None


def easing(tok: Token, lemma: str) -> tuple[str, str] | None:
    """"lifted a state of emergency", "shortened the curfew", "lifted a blockade": easing (CAMEO 081, 0872)."""
    if lemma not in EASING or tok.pos_ != "VERB":
        return None
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        words = {obj.lemma_.casefold()} | {g.lemma_.casefold() for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children}
        if words & MILITARY_RESTRICTIONS:
            return "easing of a blockade", "0872"
        if words & DISSENT:
            return "easing of dissent", "082"  # "the union called off its strike"
        if words & RESTRICTIONS:
            return "easing of restrictions", "081"
    return None


def object_act(tok: Token, lemma: str) -> tuple[str, str] | None:
    """"established diplomatic ties with", "strengthened its forces", "received a mission of
    observers": what a verb does, read from its object (or the object's "of" phrase)."""
    if lemma not in _OBJECT_ACT_VERBS or tok.pos_ != "VERB":
        return None  # most words: no need to read their objects
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if lemma in ASKING_FOR:  # "applied for asylum in Germany": what one asks for
        objects += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    # "ended mediation efforts", "broke off peace talks": the act may be the object's modifier
    objects += [c for o in objects for c in o.children if c.dep_ in ("compound", "nmod") and c.i < o.i]
    words = {o.lemma_.casefold() for o in objects} | {g.lemma_.casefold() for o in objects for c in o.children if c.lower_ == "of" for g in c.children}
    for verbs, nouns, label, cameo in OBJECT_ACTS:
        if lemma in verbs and words & nouns:
            return label, cameo
    return None


_OBJECT_ACT_VERBS = frozenset(verb for verbs, *_ in OBJECT_ACTS for verb in verbs)


def is_appeal(call: Token) -> bool:
    """"called on Israel to halt the raids", "called for a boycott against X": an appeal to someone,
    or for an act (not "called on Sunday", "called for calm")."""
    for prep in (c for c in call.children if c.dep_ == "prep"):
        objects = [g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
        if prep.lower_ in ("on", "upon") and objects or prep.lower_ == "for" and any(g.lemma_.casefold() in ACTIONS for g in objects):
            return True
    return False


def act_lemma(tok: Token) -> str:
    """A word's lemma as the act tables know it: "called off the strike" cancels it, "ruled out
    talks" rejects them."""
    lemma = tok.lemma_.casefold()
    if lemma not in _PHRASAL_VERBS:
        return lemma  # most words: no need to read their children
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    return next((act for (verb, particle), act in PHRASAL.items() if verb == lemma and particle in particles), lemma)


_PHRASAL_VERBS = frozenset(verb for verb, _ in PHRASAL)


def keeps_peace(noun: Token) -> bool:
    """"peacekeepers", "peacekeeping troops", "the first deployment of NATO peacekeeping troops"."""
    counted = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.casefold() in PEACEKEEPERS or any(c.lemma_.casefold() in PEACEKEEPERS for c in t.children if c.dep_ in ("compound", "amod")) for t in (noun, *counted))


def object_of_act(noun: Token) -> bool:
    """Whether a noun is the object (or the object's modifier) that a verb's act is read from."""
    obj = noun.head if noun.dep_ in ("compound", "nmod") else noun
    if obj.dep_ == "pobj" and obj.head.lower_ == "for" and act_lemma(obj.head.head) in ASKING_FOR:
        return object_act(obj.head.head, act_lemma(obj.head.head)) is not None  # "applied for asylum"
    verb = obj.head
    # "called off its strike", "lifted the curfew": the easing is the act, not the strike or the curfew
    return obj.dep_ == "dobj" and (object_act(verb, act_lemma(verb)) or easing(verb, act_lemma(verb))) is not None


def complemented(tok: Token, lemma: str) -> bool:
    """Whether a verb that needs a complement to be an action has one."""
    needs = NEEDS_COMPLEMENT.get(lemma)
    if needs is None:
        return True
    for child in tok.children:
        for need in needs:
            dep, _, word = need.partition(":")
            if child.dep_ == dep and (not word or child.lower_ == word):
                return True
    return False

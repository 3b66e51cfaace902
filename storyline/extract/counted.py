"""Who a casualty word counts, and as what: the victims' noun phrase read off the parse around
the word (its subject, its object, a numeral hung on it, names listed beside it) and the
attribute the word gives them ("killed", "wounded", "shot", "arrested"). `counts` reads each
sentence's casualty words through these.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .fates import LIVED_VERBS, condition, is_hospital, lived, not_saved, survived
from .lexicon import (
    CASUALTY_LEMMAS,
    FATAL_WORDS,
    FIRING_VERBS,
    GUNFIRE_WORDS,
    PRONOUNS_ONE,
    SUSPECT_VERBS,
)
from .numbers import SINGULAR_DETERMINERS, UNITS, VAGUE_PLURALS, Quantity, quantity
from .people import is_age, is_name, is_person

SUBJECT_DEPS = ("nsubjpass", "nsubj")
WOUND_VERBS = {"suffer", "sustain", "receive", "treat", "hospitalize", "bleed", "find", "discover", "arrive", "admit"}
HOSPITAL_VERBS = {"send", "take", "rush", "transport", "airlift", "fly", "hospitalize", "treat", "admit"}
NEGATIONS = {"no", "nobody", "none", "neither"}
#: Nouns of the wounds themselves: a number before them counts wounds ("shot five times ... the
#: five gunshot wounds"), not the people who bear them, as "two injuries" may.
WOUND_NOUNS = {"wound", "wounds"}
#: Nouns of the hurt a victim suffers or receives: "suffered a gunshot wound", "received minor
#: burns", "sustained injuries".
BORNE_HURTS = {"wound", "injury", "burn"}


def _np_quantity(head: Token, need_person: bool) -> Quantity | None:
    """How many people a noun phrase names: its numeral, or one for "a man", "the victim"."""
    children = list(head.children)  # read up to ten times below: a `Token` made of each, each time
    if head.lower_ in ("nobody", "none") or any(c.lower_ == "no" and c.dep_ == "det" for c in children):
        return Quantity(0, "exact", head.left_edge.idx, head.idx + len(head.text))
    if head.lower_ in ("another", "self") or an_ordinal(head) == head:
        return Quantity(1, "exact", head.idx, head.idx + len(head.text))  # "toddler shoots self", "a fifth was shot"
    if _one_victim(head):
        start = min(c.left_edge.idx for c in children if c.dep_ in ("det", "poss"))
        return Quantity(1, "exact", start, head.idx + len(head.text))
    q = quantity(head)  # before `is_age`, which reads the words around it: most heads are no number
    if q is not None and need_person and _of_animals(head):
        return None  # "injured one of the family dogs"
    if q is not None and not is_age(head):
        # "one" of "one of the victims" is still one; "182" alone is 182 people
        return q
    if need_person and not (is_person(head) or is_name(head)):
        return None
    if any(c.lower_ == "unborn" for c in children):
        return None  # "five adults and an unborn child": a pregnancy lost is no victim counted
    for child in children:
        # "both men died", "shot both sons and then himself"; not "both the man and the woman"
        if child.dep_ in ("det", "predet") and child.lower_ == "both" and (head.tag_ == "NNS" or not head.conjuncts):
            return Quantity(2, "exact", child.idx, head.idx + len(head.text))
        if child.dep_ in ("nummod", "quantmod") or (child.dep_ == "amod" and child.like_num):
            if any(c.dep_ == "det" and child.i < c.i < head.i for c in children):
                continue  # "5 Shot A man is dead": a number before "a" counts no man
            q = quantity(child)
            if q is not None and not is_age(child):
                aged = _aged_before(head, child)
                start = min([q.start, head.idx] + [_opening(a) for a in aged])
                return Quantity(q.value + len(aged), q.qualifier, start, max(q.end, head.idx + len(head.text)))
        if child.dep_ == "prep" and child.lower_ == "of" and head.lower_ in VAGUE_PLURALS:
            return quantity(head)
    if head.lower_ in VAGUE_PLURALS:
        return quantity(head)
    listed = next((c for c in children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")), None)
    if head.tag_ == "NNS" and listed is not None:
        return with_conjuncts(listed, need_person)  # "the victims, a man and a woman, were shot"
    # "dozens of people": the parse heads the phrase on "dozens" or on "people"
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in VAGUE_PLURALS:
        return quantity(head.head.head)
    if need_person and head.tag_ == "NNS" and is_person(head):
        told = _told_before(head)
        if told is not None:
            return told  # "Two brothers were at a party ... The brothers were wounded": two
    singular = head.tag_ in ("NN", "NNP", "JJ") or head.lower_ in PRONOUNS_ONE
    if singular and (is_person(head) or is_name(head)):
        determiners = {c.lower_ for c in children if c.dep_ in ("det", "poss")}
        possessive = any(c.dep_ == "poss" for c in children)
        if head.ent_type_ == "PERSON" or is_name(head) or head.lower_ in PRONOUNS_ONE or possessive or determiners & SINGULAR_DETERMINERS:
            start = min([head.idx] + [c.left_edge.idx for c in children if c.dep_ in ("det", "poss", "amod", "compound")])
            return Quantity(1, "exact", start, head.idx + len(head.text))
    return None


#: Plurals that take up others than those told before: "the others were treated".
ANOTHER_WORDS = {"others", "rest"}
#: How far back a definite plural looks for the people it takes up, in sentences.
TOLD_BEFORE_SENTENCES = 3


def _told_before(head: Token) -> Quantity | None:
    """As many people as a definite plural without a number of its own takes up from a sentence
    shortly before it: "Two brothers were at a party ... The brothers were wounded" are two, so
    are "a 16-year-old boy and 15-year-old boy were in the 1600 block ... The boys were hit";
    "Police Officers Tarno Quillan and Veltran Osk were ambushed ... The officers were shot and
    killed" are the two officers named. Only people called by the same word count: "Three men
    robbed the store ... The victims were shot" says nothing of how many the victims were."""
    if head.lower_ in ANOTHER_WORDS or [c.lower_ for c in head.children if c.i < head.i] not in (["the"], ["these"], ["those"]):
        return None  # "the remaining victims", "the youngest children", "the others": some of them
    doc, sentence = head.doc, head.sent
    if any(c.dep_ == "appos" or c.dep_ in ("acl", "relcl", "prep") and doc[c.left_edge.i - 1].text != "," for c in head.children):
        return None  # "the victims, a man and a woman", "the victims still being treated": told where they stand
    opening = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for _ in range(TOLD_BEFORE_SENTENCES - 1):
        if opening > 0:
            opening = doc[opening - 1].sent.start
    end = head.idx + len(head.text)
    for tok in reversed(doc[opening : sentence.start]):
        if tok.lemma_ != head.lemma_:
            continue
        if tok.tag_ == "NN":
            # "a 16-year-old boy and 15-year-old boy were in the block ... The boys were hit"
            alike = [c for c in tok.conjuncts if c.lemma_ == head.lemma_ and c.tag_ == "NN"]
            if alike and len(alike) == len(tok.conjuncts):
                return Quantity(len(alike) + 1, "exact", head.left_edge.idx, end)
            continue
        if tok.tag_ != "NNS":
            continue
        numbered = any(c.dep_ == "nummod" or c.lower_ == "both" for c in tok.children)
        q = _np_quantity(tok, True) if numbered else _names_called(tok)
        if q is not None and q.value > 1:
            return Quantity(q.value, q.qualifier, head.left_edge.idx, end)
    return None


def _names_called(word: Token) -> Quantity | None:
    """As many people as the names a plural word is put to: "Police Officers Tarno Quillan and
    Veltran Osk", "Tarno Quillan and Veltran Osk, both officers". The names are counted as the
    runs of capitalised words the list holds between its commas and "and" (and ages), as the
    parser hangs a list of names many ways."""
    named = next((c for c in word.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is None and word.dep_ in ("compound", "appos"):
        named = word.head
        while named.dep_ == "compound" and named.head.pos_ == "PROPN":
            named = named.head  # "Police Officers Leonard A. Christiansen": the name's last word heads
    if named is None or named.pos_ != "PROPN" or not named.is_title:
        return None
    listed = [t for t in word.doc[named.left_edge.i : named.right_edge.i + 1] if t.i > word.i or word.i > named.right_edge.i]
    while listed and listed[0].pos_ != "PROPN":
        listed.pop(0)
    while listed and listed[-1].pos_ != "PROPN":
        listed.pop()
    people, within = 0, False
    for tok in listed:
        if tok.pos_ == "PROPN" and (tok.is_title or tok.is_upper or tok.text.endswith(".")):
            people += not within
            within = True
        elif tok.text == "," or tok.lower_ == "and" or tok.like_num:
            within = False  # "Tarno Quillan, 24, and Veltran Osk, 19"
        else:
            return None  # words of another kind: no list of names alone
    if people < 2:
        return None
    return Quantity(people, "exact", min(word.idx, listed[0].idx), max(word.idx + len(word), listed[-1].idx + len(listed[-1])))


def _aged_before(head: Token, number: Token) -> list[Token]:
    """The people told by their age alone before a number's people and "and": "A 6-year-old and
    three adults were shot" are four, though the parser makes "6-year-old" an adjective of
    "adults" (or of its "A") that holds the "and"."""
    before = [c for c in head.children if c.i < number.i]
    aged = [
        c for c in (*before, *(g for b in before if b.dep_ == "det" for g in b.children))
        if c.dep_ == "amod" and _bare_old(c) and any(g.dep_ == "cc" and g.i > c.i for g in c.children)
    ]  # fmt: skip
    # "A 16-year-old and two men were wounded": the parser may make the first of the two the
    # sentence's root, "and" its, and the verb of the rest its conjunct
    opening = min(head.left_edge.i, number.left_edge.i)
    joined = head.doc[opening - 1] if opening > 0 else None
    first = joined.head if joined is not None and joined.dep_ == "cc" else None
    if first is not None and first.dep_ == "ROOT" and _bare_old(first) and head.head.dep_ == "conj" and head.head.head.i == first.i:
        aged.append(first)
    return aged


def _opening(person: Token) -> int:
    """Where the words of a person told by an age alone begin: "A" of "A 16-year-old", though
    the parser may hang the whole sentence on its "old"."""
    return min([person.idx] + [c.left_edge.idx for c in person.children if c.i < person.i])


#: Animals, which a shot may hit besides people: "struck and killed Victoria and injured one of the family dogs".
ANIMAL_LEMMAS = frozenset({"dog", "puppy", "cat", "kitten", "horse", "pony", "cow", "bull", "goat", "sheep", "pig", "deer", "pet", "animal"})


def _of_animals(number: Token) -> bool:
    """Whether a number counts animals: "one of the family dogs", "two of his horses"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in ANIMAL_LEMMAS for o in c.children)
        for c in number.children
    )


def _names_the_counted(counted: Token, rest: list[Token]) -> bool:
    """Whether the conjuncts after a comma list the people a number has just counted: "her two
    sons, Caleb and Rory", "four people, three females and one male"; not new people
    ("two men, a woman and a boy")."""
    number = _np_quantity(counted, False) if counted.tag_ in ("NNS", "CD") else None
    if number is None or number.value < 2 or counted.doc[rest[0].left_edge.i - 1].text != ",":
        return False
    named = all(m.pos_ == "PROPN" for m in rest)
    numbered = all(any(c.dep_ == "nummod" for c in m.children) for m in rest)
    values = [_np_quantity(m, False) for m in rest]
    return (named and len(rest) == number.value) or (
        numbered and None not in values and sum(q.value for q in values if q) == number.value
    )


def _listed_names(head: Token) -> list[Token]:
    """The people after a name's age in a list of names with their ages ("Ann Roe, 45, Bob Roe,
    50, and Cy Roe, 8, were killed"): the parser hangs the second name on the first as its
    appositive, and the rest on the second, so that only the first was counted."""
    ages = [a.i for a in head.children if a.dep_ == "appos" and a.like_num]
    return [
        m for a in head.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.ent_type_ == "PERSON"
        and a.conjuncts and any(i < a.i for i in ages) for m in (a, *a.conjuncts) if m.i > head.i
    ]  # fmt: skip


def _one_of_a_list(head: Token, appositive: Token) -> bool:
    """Whether a person the parser hangs on another as its appositive is the next of a list
    closed by "and": each has its own possessive ("his daughter, his girlfriend and her mother"),
    which no two words for one person have; not "her son, a student, and a friend"."""
    return (
        appositive.pos_ == "NOUN" and is_person(appositive)
        and any(g.dep_ == "poss" for g in appositive.children) and any(g.dep_ == "poss" for g in head.children)
    )  # fmt: skip


def with_conjuncts(head: Token, need_person: bool, trigger: Token | None = None, headline: bool = False) -> Quantity | None:
    """"A man and a woman" are two: add the conjoined noun phrases. Not those that a casualty
    word of their own parts from the rest ("one dead and three injured"), nor those that name,
    after a comma, the people a number has counted ("her two sons, Caleb and Rory")."""
    members = [head, *(c for c in head.conjuncts if c.i > head.i)]
    if len(members) == 1 and head.tag_ in ("NN", "NNP"):
        # "her son, Storm Lane, and a family friend, Dana Ruiz, were shot": the parser joins the
        # friend to the son's name; a noun with its own article joined there is a second person
        # (not "Alex Ruiz, a neighbor and close friend", nor a name of the first)
        for appositive in (a for a in head.children if a.dep_ == "appos"):
            joined_after = [
                c for c in appositive.conjuncts
                if c.i > appositive.i and c.pos_ == "NOUN" and any(g.dep_ in ("det", "poss", "nummod") for g in c.children)
            ]  # fmt: skip
            if joined_after and _one_of_a_list(head, appositive):
                members.append(appositive)  # "his daughter, his girlfriend and her mother": three
            members += joined_after
        members += _listed_names(head)
    joined = 1 + sum(1 for c in head.conjuncts if c.i > head.i)
    if len(members) == joined and head.ent_type_ == "PERSON" and head.pos_ == "PROPN":
        # "Kim Holland, Randall Robinson, and Gordon Ribiro were wounded": the parser hangs the
        # second name on the first as its appositive, and the third on the first or the second;
        # a name beside a name in a list of them is a person
        named = [
            m for a in head.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.ent_type_ == "PERSON"
            for m in (a, *a.conjuncts) if m.pos_ == "PROPN" and m.ent_type_ == "PERSON"
        ]  # fmt: skip
        if named and (joined > 1 or len(named) > 1):
            members = sorted({m.i: m for m in (*members, *named)}.values(), key=lambda t: t.i)
    others = _others_after(members[-1])
    if others is not None:
        members.append(others)  # "wounded an 8-year-old, 2 others"
    # "one deceased male and a second male", "a dead man and a wounded woman": an adjective
    # before the first noun is not the next one's, when that one has an article of its own
    # (but "a wounded man and woman" share it)
    attributive = trigger is not None and trigger.dep_ == "amod" and trigger.head.i == head.i
    groups: list[list[Token]] = [[head]]
    for before, member in zip(members, members[1:], strict=False):
        gap = head.doc[before.i + 1 : member.left_edge.i]
        if any(t.i != getattr(trigger, "i", -1) and attribute_of(t) is not None for t in gap) or (
            trigger is not None and before.i < trigger.i < member.i and before.is_ancestor(trigger)
        ) or (attributive and any(c.dep_ in ("det", "nummod", "poss") for c in member.children)):
            groups.append([member])  # the words between count these apart
        else:
            groups[-1].append(member)
    if trigger is not None and len(groups) > 1:
        # the group the casualty word follows: "one dead and three injured"
        group = max((g for g in groups if g[0].i < trigger.i), key=lambda g: g[0].i, default=groups[0])
    else:
        group = groups[0]
    first = _np_quantity(group[0], need_person) or _counted_by_ages(group[0])
    if first is None and headline and bare_person(group[0]):
        # "Man and woman wounded": headlines drop the article before each
        first = Quantity(1, "exact", group[0].left_edge.idx, group[0].idx + len(group[0].text))
    if first is None:
        return None
    total, start, end, counted = first.value, first.start, first.end, group[0]
    for k, member in enumerate(group[1:], start=1):
        if member.doc[member.left_edge.i - 1].lower_ in ("or", "nor"):
            break  # "shot the boy or the driver": one of them
        if _names_the_counted(counted, group[k:]):
            break  # "her two sons, Caleb and Rory": the same two, named
        q = _np_quantity(member, need_person)
        if q is None and member.tag_ == "NN" and is_person(member) and not any(c.dep_ == "det" for c in member.children):
            q = Quantity(1, "exact", member.idx, member.idx + len(member.text))  # "a man and woman": the article is shared
        if q is None and member.pos_ == "PROPN" and member.is_title and group[0].ent_type_ == "PERSON":
            # "Canyon Molitor and Elroi Ashley": a second name the recogniser took for a place
            q = Quantity(1, "exact", member.left_edge.idx, member.idx + len(member.text))
        if q is None:
            return Quantity(total, first.qualifier, start, end) if counted is not group[0] else first
        total += q.value
        end = max(end, q.end)
        counted = member
    return Quantity(total, first.qualifier, start, end)


def _others_after(last: Token) -> Token | None:
    """The "others" a number counts after a comma that closes a list of people, hung elsewhere
    by the parser: "Drive-by shooting that wounded an 8-year-old, 2 others has neighborhood on
    edge" makes them the subject of "has". Not "others" with a harm of their own ("killed a man,
    2 others wounded"), which are counted apart."""
    doc, comma = last.doc, last.right_edge.i + 1
    if comma + 2 >= len(doc) or doc[comma].text != ",":
        return None
    number, others = doc[comma + 1], doc[comma + 2]
    if others.lower_ != "others" or not number.like_num or number.head.i != others.i:
        return None
    if attribute_of(others.head) is not None or any(attribute_of(c) is not None for c in others.children):
        return None
    return others


def _counted_by_ages(noun: Token) -> Quantity | None:
    """As many people as the ages listed after a plural noun: "Boys, 4 and 6, Shot In Lawndale",
    "father kills sons, 10 and 12"."""
    if noun.tag_ != "NNS" or not is_person(noun) or any(c.dep_ == "nummod" for c in noun.children):
        return None
    ages = [m for a in noun.children if a.dep_ == "appos" and a.like_num for m in (a, *a.conjuncts) if m.like_num]
    if len(ages) < 2 or not all(m.text.isdigit() and int(m.text) < 120 for m in ages):
        return None
    return Quantity(len(ages), "exact", noun.left_edge.idx, max(m.idx + len(m.text) for m in ages))


def of_objects(word: Token) -> list[Token]:
    """The objects of a word's "of": the son of "the loss of their son", the men of "one of two men"."""
    return [g for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    if depth > 6:
        return None  # a run-on chain of clauses: no shared subject this far up
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        # "two men were killed and another man was critically injured": the parser hangs the
        # second clause's subject on its auxiliary, and the verb would borrow the first's
        subjects = [g for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i for g in c.children if g.dep_ in SUBJECT_DEPS]
    if subjects:
        # "LA PINE, Ore. - A 66-year-old man died": a dateline parsed as a second subject is
        # further from the verb than the subject itself
        child = max(subjects, key=lambda c: (c.i < verb.i, c.i if c.i < verb.i else -c.i))
        if child.lower_ in FLOATING_QUANTIFIERS:
            # "The other two victims, both shot in the forehead, remain in critical condition":
            # "both" stands for the victims, whether the parser made both words subjects of
            # "shot" or hung "both shot" on the victims as a clause
            named = verb.head if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < child.i else None
            child = max((c for c in subjects if c.i < child.i and c.pos_ in ("NOUN", "PROPN")), key=lambda c: c.i, default=named or child)
        if child.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
            return verb.head  # "two men who were shot": the men
        return _owner(_misread_clause(_datelined(child), verb))
    # "Four people were confirmed to have been shot": the subject of the governing verb
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head, depth + 1)
    # "Two people were shot and killed": "killed" shares the subject of "shot"
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # but "Patrolman Donald Sager was killed and police officer Stanley Sierakowski was
        # critically wounded": a clause with an auxiliary of its own has a subject of its own,
        # which the parser may hang on the first verb as one more of its conjuncts
        own = [c for c in verb.head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "NUM") and verb.head.i < c.i < verb.i]
        if own and any(c.dep_ in ("aux", "auxpass") and c.i < verb.i for c in verb.children):
            named = next((a for a in own[-1].children if a.dep_ == "appos" and a.ent_type_ == "PERSON"), None)
            return _owner(named or own[-1])  # the officer by his name, a person as the recogniser has it
        return subject_of(verb.head, depth + 1)
    if verb.dep_ == "pcomp" and verb.head.lower_ in GERUND_PREPS and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children):
        # "A 9-year-old boy is recovering after being shot": a passive gerund has the subject of
        # the clause it hangs on, or the person that clause tells of ("Teen recovering after
        # being shot", "recovering" hung on "Teen")
        anchor = verb.head.head
        if anchor.pos_ in ("VERB", "AUX"):
            told = anchor.head if anchor.dep_ == "acl" and anchor.head.pos_ in ("NOUN", "PROPN") else None
            return subject_of(anchor, depth + 1) or told
        return anchor if anchor.pos_ in ("NOUN", "PROPN") and anchor.i < verb.i else None
    return None


def _datelined(subject: Token) -> Token:
    """The person a sentence tells of where the parser took its dateline for the subject: "West
    Allis - A West Allis teenager wounded in a double shooting ... died Tuesday" hangs the
    teenager on the town as its apposition."""
    if subject.ent_type_ not in ("GPE", "LOC") or subject.pos_ != "PROPN":
        return subject
    person = next((a for a in subject.children if a.dep_ == "appos" and a.pos_ == "NOUN" and is_person(a)), None)
    return person if person is not None else subject


def _body_owner(part: Token, verb: Token) -> Token:
    """Whose body part a verb's object is: a person named as its owner, or the shooter where he
    shot his own ("shoots own leg", "shot his left foot")."""
    named = _owner(part)
    if named is not part:
        return named
    owner = next((c for c in part.children if c.dep_ == "poss"), None)
    subject = subject_of(verb)
    # "One of the bullets grazed his foot": a share of things is no person
    things = subject is not None and any(not is_person(g) for g in of_objects(subject))
    own = owner is not None and owner.lower_ in POSSESSIVE_PRONOUNS or any(c.lower_ == "own" for c in part.children)
    if own and verb.lemma_ == "shoot" and subject is not None and is_person(subject) and not things:
        return subject  # not "Bush hurt his left knee" (a player's injury), nor "injured her jaw"
    return part  # "a bullet grazed his abdomen": the part stands for its owner, told before


#: Pronouns that make a body part its sentence's subject's own: "shot his hand".
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})


def _owner(subject: Token) -> Token:
    """The person whose body part a clause tells of: "13-year-old's toe grazed by bullet", "the
    boy's leg was struck by a bullet"."""
    if subject.lemma_ not in BODY_PARTS:
        return subject
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    return owner if owner is not None and is_person(owner) and owner.lower_ not in POSSESSIVE_PRONOUNS else subject


#: Words that open a clause the parser may take for a preposition: "after girl is killed".
CLAUSE_OPENERS = frozenset({"after", "as", "when", "before", "since"})


def _misread_clause(subject: Token, verb: Token) -> Token:
    """The person a clause tells of where the parser took its opening word for a preposition:
    "St. Louis neighborhood in fear after girl, 15, is killed by masked gunmen" hangs "girl" on
    "after" and makes the neighborhood the subject of "killed"."""
    if is_person(subject) or subject.i > verb.i:
        return subject
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ in CLAUSE_OPENERS and prep.i < verb.i:
            person = next((g for g in prep.children if g.dep_ == "pobj" and is_person(g) and g.i < verb.i), None)
            if person is not None:
                return person
    return subject


#: Words that stand for the people named before them: "the two victims, both shot".
FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})


#: Prepositions a passive gerund follows with the subject of the clause they hang on: "after
#: being shot", "before being taken to a hospital".
GERUND_PREPS = frozenset({"after", "before", "while", "since", "upon"})


def _counts_the_next(number: Token) -> bool:
    """Whether a number taken for a verb's object counts the casualty word right after it: "1
    killed 3 injured in weekend shooting" is one killed and three injured, a headline's commas
    left out, not three killed."""
    return number.pos_ == "NUM" and any(
        c.dep_ == "acl" and c.i == number.i + 1 and CASUALTY_LEMMAS.get(c.lemma_.casefold()) is not None for c in number.children
    )


def object_of(verb: Token) -> Token | None:
    for child in verb.children:
        # "Four People Shot in Elm Park: Police": a headline's source after a colon, parsed as
        # the object of its verb, is no victim
        if child.dep_ in ("dobj", "obj") and not any(t.text == ":" for t in verb.doc[verb.i + 1 : child.i]) and not _counts_the_next(child):
            return child
        if child.dep_ in ("acomp", "oprd") and child.i > verb.i and _bare_old(child):
            return child  # "Accidental shooting injures 14-year-old": the age taken for a complement
    return None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    )


def victims_of(trigger: Token, headline: bool = False) -> Token | None:
    """The noun phrase that counts the people a casualty word is about."""
    pos, lemma = trigger.pos_, trigger.lemma_.casefold()
    if lemma == "life":
        # "claimed the lives of three people": the people; "60 lives lost": the lives
        return next(iter(of_objects(trigger)), trigger)
    if (pos == "VERB" or headline) and trigger.dep_ == "compound" and trigger.head.lower_ == "self":
        # "Toddler shoots self in hand", "after 4-year-old shot self": a headline's verb parsed as
        # a noun's modifier, or as a noun
        return trigger.head
    if headline and trigger.dep_ == "compound" and trigger.tag_ in ("VBZ", "NNS") and trigger.i + 1 == trigger.head.i and is_person(trigger.head):
        # "2-year-old accidentally shoots father": the verb read as a modifier of the person it hit
        return trigger.head
    if lemma in LIVED_VERBS and trigger.dep_ == "xcomp":
        # "the two men are expected to recover"; one expected to survive is one already counted
        # hit, whose count would only open the report's figures early (`reconcile._per_report`),
        # unless told as one more ("One other woman ... is expected to survive", "a fourth man")
        subject = subject_of(trigger.head)
        return subject if subject is not None and (subject.tag_ == "NNS" or _one_more(subject)) else None
    if pos == "VERB" or (pos == "AUX" and lemma == "die"):
        obj = object_of(trigger)
        if lemma in ("die", "miss", "succumb", "pass") or (lemma == "lose" and obj is not None and obj.lemma_ == "life"):
            # "Boy, 8, dies of gunshot wound": the parser hangs a headline's victim loosely
            return subject_of(trigger) or (_hung_person(trigger) or _dying_clause(trigger) if headline else None)
        if headline and trigger.dep_ in ("acl", "conj") and trigger.head.lower_ == "shot" and trigger.head.pos_ == "NOUN":
            # "Teen shot, killed in Elm Park": the parser takes the headline's "shot" for a noun
            # and hangs "killed" on it; the one killed is the one shot ("Two shot and killed")
            return next((c for c in trigger.head.children if shot_person(c) or (c.dep_ == "nummod" and c.i < trigger.head.i)), None)
        if headline and _shot_then(trigger):
            # "2-year-old boy shot, killed in High Point": "shot" read as active, its "was" dropped,
            # and "killed" hung on it; the one killed is its subject
            return subject_of(trigger.head)
        if trigger.dep_ in ("acl", "amod") and (
            trigger.head.pos_ in ("NOUN", "PROPN", "NUM") or _bare_old(trigger.head) or trigger.head.lower_ == "another"
            or an_ordinal(trigger.head) is not None  # "Three men shot, a fourth wounded by shrapnel"
        ) and (
            trigger.tag_ in ("VBN", "VBD", "JJ") or (trigger.tag_ == "VBG" and trigger.head.lemma_ == "victim")
        ):
            # "the 11 people arrested", "60 lives lost", "both shooting victims"; not "Smith shooting
            # victim", nor "Report: Man cleaning gun accidentally shoots self", a finite verb hung on "Report"
            head = trigger.head
            if head.dep_ == "conj" and trigger.tag_ == "VBN" and head.head.pos_ in ("NOUN", "PROPN") and trigger.i > head.head.i:
                # "A 3-year-old girl and 23-year-old woman wounded by gunfire": the participle
                # after the last of the joined people tells of them all
                return head.head
            return head
        if trigger.dep_ in ("oprd", "xcomp", "ccomp") and trigger.head.lemma_ == "leave":
            return object_of(trigger.head)  # "the shooting left three people wounded"
        if _left_behind(trigger) is not None:
            return _left_behind(trigger)  # "left five teens injured", the participle parsed as a clause of its own
        if is_passive(trigger):
            subject = subject_of(trigger)
            if subject is not None and _suspects(subject):
                return _struck_before(trigger)  # "Two men charged after baby girl accidentally shot, killed": see below
            return (
                subject
                or (trigger.head if trigger.dep_ == "advcl" and trigger.head.pos_ == "NOUN" else None)
                or (_hung_person(trigger) if headline else None)
            )
        obj = object_of(trigger)
        if obj is not None and obj.lemma_ in BODY_PARTS:
            # "Carter County man shoots own leg", "shot his hand": the shooter's own body;
            # "shot the boy's leg": the boy's
            return _body_owner(obj, trigger)
        if obj is not None and not (headline and _a_place(obj)) and not _hurt_apart(obj):
            return obj
        reduced = None if headline else _reduced_relative(trigger) or _object_taken(trigger)
        if reduced is not None:
            return reduced
        if headline and _headline_passive(trigger):
            # "Four teens shot after party": headlines drop "were"; "Boy, 14, fatally shot",
            # where the parser hangs the boy on the verb as an interjection
            subject = subject_of(trigger)
            if subject is not None and _suspects(subject):
                # "Two men charged after baby girl accidentally shot, killed": the parser makes the
                # men the subject of "killed"; they are charged, and the one killed is the girl
                return _struck_before(trigger)
            return subject or _hung_person(trigger)
        return None
    if pos in ("NOUN", "PROPN"):
        if headline and trigger.lower_ == "shot" and any(shot_person(c) for c in trigger.children):
            # "2-year-old shoots 12-year-old", both ages hung on a "shot" taken for a noun: the
            # one after it was shot, the one before fired
            shot = next((c for c in trigger.children if c.i > trigger.i and _bare_old(c)), None)
            return shot or next(c for c in trigger.children if shot_person(c))
        if lemma == "condition":
            # "the boy is in stable condition", "a man in critical condition"
            holder = trigger.head.head
            if holder.pos_ in ("VERB", "AUX"):
                return subject_of(holder)
            # "Oakdale 2-year-old in critical condition": the tagger reads "old" as an adjective
            # "3 killed, 2 in critical condition": a number alone
            return holder if holder.pos_ in ("NOUN", "PROPN") or (holder.lower_ == "old" and is_person(holder)) or holder.like_num else None
        if lemma in BORNE_HURTS and trigger.dep_ in ("dobj", "pobj"):
            verb = trigger.head if trigger.dep_ == "dobj" else trigger.head.head
            if trigger.dep_ == "pobj" and trigger.head.lower_ == "with" and verb.pos_ in ("NOUN", "PROPN") and is_person(verb):
                return verb  # "two men with gunshot wounds"
            if verb.lemma_ in WOUND_VERBS:
                # "the boy suffered a gunshot wound"; "police found three men with gunshot wounds"
                return subject_of(verb) if is_passive(verb) or verb.lemma_ != "find" else object_of(verb)
        owner = _owned_wound(trigger)
        if owner is not None:
            return owner  # "The 16-year-old's gunshot wound in the leg was self-inflicted"
        for child in trigger.children:
            if _numbers_wounds(trigger, child):
                return None  # the wounds of one body (`_numbers_wounds`)
            if child.dep_ in ("nummod",) or (child.dep_ == "det" and child.lower_ in NEGATIONS):
                return trigger
            if child.dep_ == "prep" and child.lower_ == "of":
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]  # "the arrest of 11 individuals", "a toll of 60"
        if _one_victim(trigger):
            return trigger  # "a body was found"
        return None
    if pos == "ADJ":
        head = trigger.head
        if trigger.dep_ == "acomp" and head.lemma_ in DECLARING_VERBS and object_of(head) is not None:
            return object_of(head)  # "Murder-suicide leaves man and woman dead": the parser hangs "dead" on "leaves"
        if trigger.dep_ in ("acomp",):
            return subject_of(head)  # "two people are dead"
        if trigger.dep_ in ("oprd", "xcomp", "ccomp") or (trigger.dep_ == "advcl" and head.lemma_ in DECLARING_VERBS):
            # "found the teen dead" (a clause of its own), "left one person dead"; "the coroner
            # pronounced 18-year-old Ann Roe of Elm County dead", parsed as an adverbial clause
            found = next((c for c in trigger.children if c.dep_ == "nsubj"), None) or object_of(head) or subject_of(head)
            # "two people found dead": the people the participle describes
            return found or (head.head if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN") else None)
        if trigger.dep_ == "amod" and head.pos_ in ("NOUN", "PROPN", "NUM"):
            between = trigger.doc[head.i + 1 : trigger.i]
            if head.like_num and any(t.is_punct for t in between) and any(t.dep_ == "amod" and attribute_of(t) is not None for t in between):
                return None  # "Two injured, shooter dead": the number is the injured's
            return head  # "two people dead", "and one dead"
        if trigger.dep_ == "acl" and head.pos_ == "NUM" and head.i + 1 == trigger.i:
            return head  # "Shooting leaves seven wounded": the number the parser hangs it on
        for child in trigger.children:  # "140 injured", "2 dead, 4 wounded"
            if child.dep_ in ("nummod", "npadvmod", "nsubj", "meta") and not _after_a_stop(trigger, child) and quantity(child):
                return child
    return None


def _shot_then(verb: Token) -> bool:
    """Whether a headline's verb follows its "shot" with only a comma or "and" between: "shot,
    killed", "shot and killed"; not "4 men shot while playing dice; 19-year-old killed"."""
    shot = verb.head
    if verb.dep_ not in ("advcl", "conj") or shot.lower_ != "shot" or shot.pos_ != "VERB" or shot.i > verb.i:
        return False
    between = verb.doc[shot.i + 1 : verb.i]
    return all(t.text in (",", "and") or t.pos_ == "ADV" for t in between) and object_of(verb) is None and object_of(shot) is None


def _left_behind(word: Token) -> Token | None:
    """The object of "leave" that a participle right after it describes: "the shooting left five
    teens injured", where the parser makes "injured" a clause of "left" (advcl, conj); or the
    people a second participle after another describes ("left one dead and three wounded")."""
    if word.dep_ not in ("advcl", "conj") or word.head.lemma_ != "leave":
        return None
    subject = next((c for c in word.lefts if c.dep_ == "nsubj" and c.right_edge.i + 1 == word.i), None)
    if subject is not None and word.dep_ == "conj" and object_of(word) is None and any(c.dep_ == "oprd" for c in word.head.children):
        # "left one person dead and three others wounded": the second participle read as a verb
        # whose subject wounded someone
        return subject
    obj = object_of(word.head)
    if obj is None:
        # "Shooting leaves seven injured", the number hung on the participle it comes before
        return next((c for c in word.lefts if c.like_num and c.i + 1 == word.i and c.i == word.head.i + 1), None)
    return obj if obj.right_edge.i + 1 == word.i else None


#: Verbs that declare their object dead ("pronounced the man dead", "found him dead").
DECLARING_VERBS = {"pronounce", "find", "leave", "declare"}

#: Verbs whose object or passive subject "body" is a dead person's: "a body was found".
FOUND_VERBS = {"find", "discover", "recover", "locate", "identify", "pull"}


def _one_victim(noun: Token) -> bool:
    """"A body was found", "found his lifeless body": one dead. Not "body armor" nor "shot in
    the upper body"; and not "a death" or "a fatality" alone, which a report as often names
    as what did not happen ("we could be mourning a death")."""
    return (
        noun.lemma_ == "body"
        and noun.tag_ == "NN"
        and noun.dep_ in ("nsubjpass", "dobj")
        and noun.head.lemma_ in FOUND_VERBS
        and any(c.dep_ in ("det", "poss") and c.lower_ not in NEGATIONS for c in noun.children)
        and not any(c.dep_ == "amod" and c.lower_ in ("upper", "lower", "entire", "whole") for c in noun.children)
    )


def _hung_person(verb: Token) -> Token | None:
    """"Boy, 14, fatally shot": a headline's victim that the parser hangs on the verb as an
    interjection or a loose modifier, not as its subject; "4-year-old wounded in drive-by", an
    age alone it reads as an adjective of the verb."""
    if verb.dep_ in ("dep", "advcl") and verb.head.i < verb.i and is_person(verb.head):
        return verb.head  # or hangs the verb on the victim ("Boy, 7, wounded in ...")
    return next(
        (
            c for c in verb.lefts
            if (c.dep_ in ("intj", "dep", "npadvmod") and is_person(c)) or (c.dep_ == "amod" and _bare_old(c)) or (c.dep_ == "meta" and c.like_num)
        ),
        None,
    )  # fmt: skip


def _dying_clause(verb: Token) -> Token | None:
    """"One of two men shot Monday dies", "Wounded teen found outside store dies at hospital": a
    headline's parse hangs the one who died on the clause that tells of him, or "dies" on it;
    its subject is the dead, where it names a person or a number."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if verb.dep_ == "ccomp" and verb.head.i < verb.i:
        clauses.append(verb.head)
    for clause in clauses:
        subject = subject_of(clause)
        if subject is not None and (is_person(subject) or subject.like_num):
            return subject
    return None


def bare_person(noun: Token) -> bool:
    """"Teen killed in shooting", "Man shot": headlines drop the article before one person."""
    taken_for_adjective = noun.tag_ == "JJ" and (noun.dep_ in SUBJECT_DEPS or noun.dep_ == "amod" and noun.head.lower_ == "shot")
    if noun.tag_ not in ("NN", "NNP", "UH") and noun.lower_ != "old" and not taken_for_adjective:
        # "but 2-year-old was shot"; "Female found dead", "Juvenile shot, killed", the tagger
        # taking the noun for an adjective
        return False
    # "VA 2-year-old dies": the parser makes the place the noun and the age its modifier
    aged = any(_bare_old(c) for c in noun.children if c.dep_ == "amod")
    return noun.ent_type_ != "PERSON" and (is_person(noun) or aged) and not any(c.dep_ == "det" for c in noun.children)


def named_with_age(noun: Token) -> bool:
    """"Alex DoSouto, 24, Fatally Shot in Roxbury": a name with an age between commas after it
    is a person's, where the parser of a headline lowered for its Title Case knows it for no
    name."""
    doc = noun.doc
    return noun.pos_ == "PROPN" and any(
        c.like_num and c.dep_ == "appos" and c.i == noun.i + 2 and doc[c.i - 1].text == "," and c.i + 1 < len(doc) and doc[c.i + 1].text == ","
        for c in noun.children
    )


def shot_person(child: Token) -> bool:
    """"Elm Park teen shot in church parking lot": the parser reads a headline's "shot", its
    "was" dropped, as a noun the bare person before it modifies or is the subject of; that
    person is the one shot. "17-year-old shot inside house": an age it reads as an adjective; so
    a person ("Juvenile shot, killed", "High school senior shot")."""
    adjective = _bare_old(child) or (child.tag_ == "JJ" and is_person(child))
    deps = ("compound", "nsubj", "amod") if adjective else ("compound", "nsubj")
    return child.dep_ in deps and child.i < child.head.i and bare_person(child)


def _bare_old(tok: Token) -> bool:
    """"17-year-old killed inside house": a person told by an age alone, which the tagger reads
    as an adjective."""
    return tok.lower_ == "old" and is_person(tok)


def listed_before(victim: Token, q: Quantity, sentence: Span) -> Quantity:
    """"Man, woman killed", "Two men, woman shot": a headline lists victims with commas and the
    parse hangs the verb on the last; add the people listed before it."""
    doc, total, start = victim.doc, q.value, q.start
    i = victim.left_edge.i - 1
    before = doc[victim.i - 2] if victim.i - 2 >= sentence.start else None
    if before is not None and doc[victim.i - 1].text == "," and before.head.i == victim.i and before.dep_ in ("nmod", "compound"):
        i = victim.i - 1  # "Woman, boyfriend killed": the parser hangs the first on the next as its modifier
    while i - 1 >= sentence.start and doc[i].text == ",":
        noun = doc[i - 1]
        if noun.pos_ not in ("NOUN", "PROPN") or not is_person(noun) or noun.ent_type_ == "PERSON":
            break
        first = noun
        while first.i - 1 >= sentence.start and doc[first.i - 1].dep_ in ("nummod", "amod", "compound", "det") and doc[first.i - 1].head.i == noun.i:
            first = doc[first.i - 1]
        counted = _np_quantity(noun, True)
        total += counted.value if counted else 1
        start, i = first.idx, first.i - 1
    return Quantity(total, q.qualifier, start, q.end) if total != q.value else q


def listed_after(victim: Token, q: Quantity) -> Quantity:
    """"Mother, son found dead", "Father, daughter, 9, found dead": a headline lists victims with
    commas and the parse hangs the verb on the first, the next as its appositive; add the bare
    people listed after it (not "Teen, 16": an age; not a name: "Man, John Smith")."""
    if q.value != 1 or not bare_person(victim):
        return q
    listed = [
        a for a in victim.children
        if a.dep_ == "appos" and a.pos_ == "NOUN" and is_person(a) and a.ent_type_ != "PERSON" and bare_person(a)
        and a.doc[a.left_edge.i - 1].text == "," and not any(c.dep_ == "prep" for c in a.children)
    ]  # fmt: skip  # not "Douglas teen shot to death; girl in custody"
    if not listed:
        return q
    last = max(listed, key=lambda a: a.i)
    return Quantity(q.value + len(listed), q.qualifier, q.start, max(q.end, last.idx + len(last.text)))


def along_with(verb: Token, q: Quantity, need_person: bool) -> Quantity:
    """"The two were shot, along with another woman": the people "along with" the subject are
    counted with it."""
    withs = [g for c in verb.children if c.lower_ == "along" for g in c.children if g.lower_ == "with"]
    withs += [c for c in verb.children if c.lower_ == "with" and c.i > 0 and verb.doc[c.i - 1].lower_ == "along"]
    for prep in withs:
        company = next((g for g in prep.children if g.dep_ == "pobj"), None)
        more = with_conjuncts(company, need_person) if company is not None else None
        if more is not None:
            return Quantity(q.value + more.value, q.qualifier, q.start, max(q.end, more.end))
    return q


#: Verbs of the violence a casualty verb can follow in one breath: "shot, killed", "stabbed and killed".
STRIKING_VERBS = frozenset({"shoot", "stab", "wound", "injure", "strike", "hit", "beat"})


def _suspects(noun: Token) -> bool:
    """"Two men charged", "teen arrested", "woman sought": people a participle of the law's
    pursuit describes are the suspects, not the victims of a headline's casualty verb."""
    return any(c.dep_ == "acl" and c.lemma_ in SUSPECT_VERBS for c in noun.children)


def _struck_before(verb: Token) -> Token | None:
    """"baby girl accidentally shot, killed": the subject of the verb of violence told just before
    a casualty verb, joined by a comma or "and", is the one it is about too."""
    doc, i = verb.doc, verb.i - 1
    while i >= verb.sent.start and (doc[i].is_punct or doc[i].lower_ == "and"):
        i -= 1
    if i < verb.sent.start or i == verb.i - 1 or doc[i].lemma_ not in STRIKING_VERBS:
        return None
    return next((c for c in doc[i].children if c.dep_ in SUBJECT_DEPS and is_person(c)), None)


def _headline_passive(verb: Token) -> bool:
    """"Four teens shot", "Man killed in crash": a participle with a subject and no object (or
    one hurt apart: "Man, 18, killed, two other teens injured"), alone and not aimed "at" anyone,
    is a passive with its auxiliary dropped."""
    if verb.tag_ not in ("VBN", "VBD") and not (verb.lower_ == "shot" and verb.tag_ in ("VBP", "VB")):
        return False  # "shot" is no present: "Two teens shot while playing", tagged so, is a participle
    if any(c.dep_ == "prep" and c.lower_ == "at" and any(is_person(g) for g in c.children) for c in verb.children):
        return False  # "Gunman shot at officers"; not "4 shot at birthday party"
    return not any(
        (obj := object_of(v)) is not None and not (v.i == verb.i and (_a_place(obj) or _hurt_apart(obj))) for v in (*verb.conjuncts, verb.head) if v.pos_ == "VERB"
    )


#: Words before a noun of people that make it a group already known: "the four people shot".
DEFINITE_WORDS = {"the", "all", "both", "those", "these"}


def _reduced_relative(verb: Token) -> Token | None:
    """The people a participle right after them describes, where the parser read it as their
    finite verb: "Of the four people shot, two had serious injuries", "The two men shot Tuesday
    night were taken to Grady". A known group ("the", "all five") of people right before a verb
    of violence with no auxiliary, no object and no aim ("at") are those it struck; the ones who
    shoot are told with their target ("the two men shot a clerk") or are its assailants."""
    if verb.tag_ not in ("VBN", "VBD"):
        return None
    told_on = _told_on(verb)
    if any(c.dep_ == "aux" or c.dep_ == "conj" and c.pos_ == "VERB" and not told_on for c in verb.children):
        return None  # "the store owner shot and killed a man": a finite verb with its conjunct
    subject = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if subject is None or subject.head.i != verb.i or subject.dep_ != "nsubj" or not is_person(subject) or subject.lemma_ in ASSAILANTS:
        return None
    if not (any(t.lower_ in DEFINITE_WORDS for t in verb.doc[subject.left_edge.i : subject.i]) or told_on) or _suspects(subject):
        return None
    return subject if _headline_passive(verb) else None


#: Words that may stand as the subject of what a sentence tells on of the people it counts: "Four
#: men shot Wednesday evening all are expected to recover".
FLOATING_SUBJECTS = {"all", "both", "each"}


def _told_on(verb: Token) -> bool:
    """Whether the parser hung the sentence's own finite verb on a participle it read as finite:
    "Four men shot Wednesday evening on Rochester's southwest side all are expected to recover",
    "Three people shot outside a bar are in stable condition": a verb after it, with no "and" and
    no subject of its own, tells of the people the participle counts, who were shot."""
    if any(c.dep_ == "cc" for c in verb.children):
        return False  # "two men shot a clerk and fled"
    for clause in verb.children:
        if clause.i < verb.i or clause.dep_ not in ("conj", "ccomp") or clause.pos_ not in ("VERB", "AUX"):
            continue
        children = list(clause.children)
        finite = clause.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in children)
        subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if finite and all(c.lower_ in FLOATING_SUBJECTS for c in subjects):
            return True
    return False


#: The tags of a finite verb, that a subject of its own goes with: not "killed an African American
#: male attempting to rob the store", whose participle the parser gives the man as its subject.
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _object_taken(verb: Token) -> Token | None:
    """The people right after a verb of violence that has no object, whom the parser made the
    subject of a verb further on: "a shooting that killed Nova Gallman and injured one other
    person appeared in court" (the person does not appear; the men accused do). Only where
    their phrase follows the verb with nothing between ("As the gunman fired, the crowd ran":
    a comma parts them)."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or verb.is_upper or doc[verb.i + 1].is_title and doc[verb.i + 1].pos_ != "PROPN":
        return None  # "SUSPECT KILLED Hundreds gather to mourn": a heading run into the next line
    head = next((t for t in doc[verb.i + 1 : verb.sent.end] if t.dep_ in ("nsubj", "nsubjpass") and t.head.i > t.i), None)
    if head is None or head.left_edge.i != verb.i + 1 or verb.head.i == head.head.i or head.head.tag_ not in FINITE_TAGS:
        return None
    return head if is_person(head) else None


#: Prepositions of place the tagger reads as adjectives before a headline's bare noun: "shot outside bar".
PLACE_WORDS = {"outside", "inside", "near", "behind"}


def _a_place(obj: Token) -> bool:
    """"Four people shot outside bar": the parser takes "outside bar" for the verb's object."""
    return not is_person(obj) and any(c.lower_ in PLACE_WORDS and c.i < obj.i for c in obj.children)


def _hurt_apart(obj: Token) -> bool:
    """Whether a verb's object carries a casualty participle of its own: "Man, 18, killed, two
    other teens injured", the list parsed as "killed" of the teens; they are the participle's."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and attribute_of(c) is not None for c in obj.children)


def _after_a_stop(trigger: Token, number: Token) -> bool:
    """Whether a number follows its casualty word past a comma or a dash: "2 dead, 4 wounded"."""
    return number.i > trigger.i and any(t.is_punct for t in trigger.doc[trigger.i + 1 : number.i])


#: How the parser hangs "one fatally" on "shot": a modifier, or loosely in a headline.
FATAL_SHARE_DEPS = ("npadvmod", "dep", "appos")


def fatal_share(number: Token) -> Token | None:
    """The fatal word that makes a number hung on a verb of harm the share of its victims who
    died: "shot, one fatally", the word hung on the number or, where the parser hangs both on the
    verb ("9 people shot, 1 fatally"), right after it; None for a number of no share."""
    if number.dep_ not in FATAL_SHARE_DEPS:
        return None
    told = next((g for g in number.children if g.lower_ in FATAL_WORDS), None)
    if told is not None:
        return told
    after = number.nbor(1) if number.i + 1 < len(number.doc) else None
    return after if after is not None and after.lower_ in FATAL_WORDS and after.head.i == number.head.i else None


def numbers_shots(number: Token) -> bool:
    """"shot about 10 times at the car", "fired 12 times": a number of shots, not of people."""
    return any(t.lower_ == "times" for t in number.children) or (number.lower_ == "times" and number.pos_ == "NOUN")


def _numbers_wounds(trigger: Token, number: Token) -> bool:
    """Whether a numeral counts wounds, not the people who bear them: "the 10 gunshot wounds he
    sustained" are one boy's. A number after the word is the headline's verb's ("Kills 1,
    Wounds 12")."""
    return number.dep_ == "nummod" and number.i < trigger.i and trigger.lower_ in WOUND_NOUNS


def direct_number(trigger: Token) -> Token | None:
    """A numeral hung on the casualty word itself: "at least 140 injured"."""
    for child in trigger.children:
        # what a numeral is, first: the tests below read other words, and most children are none
        if not (
            child.dep_ in ("nummod", "npadvmod", "dobj", "nsubjpass", "nsubj")
            and (child.like_num or child.lower_ in UNITS)
            and child.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT")
        ):
            continue
        if fatal_share(child) is not None:
            continue  # "shot, one fatally": read below as the killed share
        if _after_a_stop(trigger, child) or is_age(child):
            continue  # "Three killed, four injured": the number after the comma is the next count's
        if child.i < trigger.i and any(
            t.is_punct for t in trigger.doc[child.i + 1 : trigger.i]
        ) and any(c.i > child.i and c.like_num for c in trigger.children if c.i < trigger.i):
            continue  # "4 Dead, 2 Critically Hurt": the number before the comma is the dead's
        if child.dep_ == "nsubj" and (object_of(trigger) is not None or trigger.tag_ in ("VB", "VBP", "VBZ")):
            # "a pair of gunmen shot six people": the subject of a verb with an object fired; so
            # did that of one in the present ("2 ... injure", a headline cut short)
            continue
        if numbers_shots(child) or _numbers_wounds(trigger, child) or _of_animals(child):
            continue
        return child
    return None


#: Where a bullet hits: "struck in the leg" tells of a gunshot wound.
BODY_PARTS = {
    "head", "face", "neck", "chest", "back", "stomach", "abdomen", "torso", "arm", "leg", "hand",
    "foot", "shoulder", "hip", "thigh", "knee", "buttocks", "groin", "side", "jaw", "eye", "ankle",
    "toe", "finger", "wrist", "elbow", "forehead", "cheek", "ear", "nose", "calf", "heel", "pelvis",
}  # fmt: skip


def _by_gunfire(verb: Token) -> bool:
    """Whether "struck" or "hit" tells of a gunshot: "struck by a bullet", "a bullet hit the
    boy", "opened fire, hitting two men"; not "a car hit the boy"."""
    if verb.pos_ != "VERB":
        return False
    subject = subject_of(verb)
    if any(t.lemma_.casefold() in GUNFIRE_WORDS for t in (*verb.subtree, *([subject] if subject is not None else []))):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_ in BODY_PARTS for g in c.children) for c in verb.children):
        return True  # "a teenager was hit in the leg": a wound, not a collision
    if any(c.lower_ == "times" and any(g.like_num for g in c.children) for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children):
        return True  # "Officer Kivlehan was hit five times": shots, counted; not "hit by a car two times"
    return verb.dep_ in ("advcl", "conj", "xcomp") and (verb.head.lemma_.casefold() in FIRING_VERBS or _after_going_off(verb))


def _after_going_off(hit: Token) -> bool:
    """Whether a hit of no subject of its own follows a gun going off: "it went off, hitting
    himself and his two little girls" (the gun named a clause before, "it" here); not "the alarm
    went off, and a car hit two pedestrians"."""
    went = hit.head
    return (
        went.lemma_ == "go" and any(c.dep_ == "prt" and c.lower_ == "off" for c in went.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in hit.children)
    )  # fmt: skip


def attribute_of(trigger: Token) -> str | None:
    lemma = trigger.lemma_.casefold()
    if lemma == "life" and (trigger.head.lemma_ == "lose" or trigger.nbor(1).lemma_ == "lose" if trigger.i + 1 < len(trigger.doc) else False):
        return "killed"  # "60 lives lost", "lost their lives" (read on "lose")
    if lemma == "life" and trigger.dep_ == "dobj" and trigger.head.lemma_ == "claim":
        return "killed"  # "the shooting claimed the life of a 4-year-old"
    if lemma == "life" and trigger.dep_ == "dobj" and trigger.head.lemma_ == "take" and any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children):
        return "killed"  # "an accidental shooting took the life of a Quapaw man"; not "took his own life"
    if lemma == "lose" and any(c.lemma_ == "life" for c in trigger.children):
        return "killed"
    if lemma == "loss":
        # "mourning the loss of their 18-year-old son": a person lost is dead; not "the loss of
        # blood", nor "a loss of $2 million"
        return "killed" if any(is_person(g) for g in of_objects(trigger)) else None
    if lemma == "condition":
        return condition(trigger)
    if lemma == "hospitalize":
        return "wounded" if survived(trigger) else "hit"
    if lemma in HOSPITAL_VERBS and any(is_hospital(g) for c in trigger.children if c.dep_ == "prep" for g in c.subtree):
        # "was rushed to the hospital": hurt, perhaps fatally; "in stable condition", "and are
        # expected to survive": hurt and alive
        return "wounded" if survived(trigger) or lived(trigger) else "hit"
    if lemma in LIVED_VERBS:
        # "the two men are expected to recover": hurt and alive; not "is survived by his wife"
        return "wounded" if trigger.dep_ == "xcomp" and trigger.head.lemma_ == "expect" else None
    if lemma == "treat" and trigger.pos_ == "VERB" and any(c.dep_ == "conj" and c.lemma_ == "release" for c in trigger.children):
        return "wounded"  # "the woman was treated and released": hurt, and sent home
    if lemma == "pass" and any(c.dep_ == "prt" and c.lower_ == "away" for c in trigger.children):
        return "killed"  # "the boy passed away on Sunday"
    if lemma == "save":
        return "killed" if not_saved(trigger) else None  # "doctors were unable to save her"
    attribute = CASUALTY_LEMMAS.get(lemma) or CASUALTY_LEMMAS.get(trigger.lower_)
    if lemma == "miss" and trigger.lower_ != "missing":
        return None
    if attribute is None:
        return None
    if lemma in ("strike", "hit") and not _by_gunfire(trigger):
        return None
    if lemma == "shoot" and _shot_at(trigger):
        return None  # "two officers were shot at from a rooftop": fired upon, not hit
    if attribute in HURT_COUNTS and trigger.pos_ == "VERB" and lived(trigger):
        return "wounded"  # "was shot but survived"
    if attribute in ("killed", "wounded") and _either_or(trigger):
        return "hit"  # "four people were wounded or killed": hurt, some of them fatally
    if lemma == "burn" and trigger.pos_ in ("VERB", "AUX") and not is_passive(trigger):
        return None  # "burned a Torah scroll", "the store burnt down": only the burned are hurt
    if lemma == "burn" and _to_death(trigger):
        return "killed"  # "two children were burned to death"
    if attribute == "wounded" and any(c.lower_ in ("fatally", "mortally", "fatal", "mortal") and not _negated_by_non(c) for c in trigger.children):
        return "killed"  # "fatally wounding the victim", "suffered a fatal gunshot wound"
    if attribute == "wounded" and trigger.pos_ == "NOUN" and (trigger.head.lemma_ in WOUND_VERBS | {"with", "from", "of"} or _owned_wound(trigger)):
        # "suffered a gunshot wound" says a bullet hit, not that its victim lived; "suffered
        # non-life-threatening injuries", "a graze wound" says he lived
        return "wounded" if survived(trigger) or lived(trigger) else "hit"
    if attribute == "shot" and told_fatal(trigger):
        return "killed"  # "fatally shot", "shot dead", "shot to death"
    if lemma == "body" and not any(c.dep_ == "nummod" or (c.dep_ == "prep" and c.lower_ == "of") for c in trigger.children) and not _one_victim(trigger):
        return None  # "the bodies of three people", "two bodies", "a body was found"; not "body armor"
    if lemma == "wound" and trigger.pos_ == "NOUN" and trigger.head.lemma_ == "die":
        return "killed"  # "died of his wounds"
    if lemma == "hostage" and trigger.dep_ == "oprd":
        return None  # "were taken hostage": counted on the verb's subject below
    if lemma == "death" and trigger.dep_ == "pobj" and trigger.head.lower_ == "to":
        return None  # "shot to death" is read on "shot"
    return attribute


def told_fatal(verb: Token) -> bool:
    """Whether a shot is told fatal: "fatally shot", "shot dead", "shot to death"; not "shot,
    neither fatally"."""
    if any(c.lower_ in ("neither", "none") for c in verb.children):
        return False
    return _to_death(verb) or any(
        c.lower_ in FATAL_WORDS and c.dep_ in ("advmod", "oprd", "acomp", "xcomp", "dobj") and not _negated_by_non(c) and not _a_share_of(c)
        for c in verb.children
    )


def _a_share_of(fatal: Token) -> bool:
    """Whether a fatal word follows the number of those it tells of: "9 people shot, 1 fatally"."""
    before = fatal.nbor(-1) if fatal.i > 0 else None
    return before is not None and before.like_num and before.head.i == fatal.head.i and fatal_share(before) is not None


def _to_death(verb: Token) -> bool:
    """Whether a verb of harm is told "to death": "shot to death", "burned to death"."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in verb.children)


def _shot_at(verb: Token) -> bool:
    """Whether "shot" tells that its subject was fired upon, the preposition "at" left without its
    object: "were shot at from a rooftop", "was shot at while driving"; not "shot at close range"."""
    return any(
        c.dep_ in ("prep", "prt") and c.lower_ == "at"
        # nothing after it, or a clause of its own the parser hung there ("at while driving")
        and all(r.dep_ == "pcomp" and any(m.dep_ == "mark" for m in r.children) for r in c.rights)
        for c in verb.children
    )


def _either_or(trigger: Token) -> bool:
    """"Wounded or killed", "killed or injured": a casualty word joined by "or" to another."""
    pair = [trigger.head] if trigger.dep_ == "conj" else [c for c in trigger.children if c.dep_ == "conj"]
    return any(
        CASUALTY_LEMMAS.get(p.lemma_.casefold()) in ("killed", "wounded")
        and any(t.lower_ == "or" for t in trigger.doc[min(p.i, trigger.i) + 1 : max(p.i, trigger.i)])
        for p in pair
    )




#: Words of the people who fire the shots, a role apart from their victims'.
ASSAILANTS = {"suspect", "gunman", "shooter", "attacker", "assailant", "robber", "intruder", "bomber", "hijacker", "perpetrator"}


def _one_more(person: Token) -> bool:
    """Whether one person is told as another than those told before: "one other woman", "another
    man", "a fourth victim"."""
    return person.lower_ == "another" or an_ordinal(person) is not None or any(c.dep_ in ("amod", "det") and c.lower_ in ("other", "another") for c in person.children)


def _owned_wound(trigger: Token) -> Token | None:
    """The person whose wound a wound that is its clause's subject is, where that tells of a
    person not told before: "16-year-old's gunshot wound in leg was self-inflicted", "Raleigh
    teen's gunshot wound". Not "her injuries", "the man's wounds": one already counted, whose
    count would only open the report's figures early (`reconcile._per_report`)."""
    if trigger.lemma_ not in ("wound", "injury") or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return None
    # the parser may take "16-year-old’s" for a modifier, its "’s" still marking the owner
    owners = (c for c in trigger.children if c.dep_ == "poss" or any(g.tag_ == "POS" for g in c.children))
    owner = next((c for c in owners if is_person(c)), None)
    if owner is None or owner.tag_ in ("PRP", "PRP$") or any(c.dep_ == "det" and c.lower_ in TOLD_BEFORE for c in owner.children):
        return None
    return owner


#: Determiners of a person told before: "the man's wounds".
TOLD_BEFORE = frozenset({"the", "this", "that", "these", "those"})


#: Ordinals that number a victim: "a third person has died".
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}


def an_ordinal(victim: Token) -> Token | None:
    """The ordinal that numbers one victim among others: "a fifth" of "a fifth was shot", "a
    fourth person"; not "the second victim", one of those already counted."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in victim.children):
        return None
    if victim.lower_ in ORDINALS:
        return victim
    return next((c for c in victim.children if c.dep_ == "amod" and c.lower_ in ORDINALS), None)


#: Counts of one kind of harm, of the same people: those shot, hit and wounded are alike, the dead
#: apart (a headline's "6 shot" is a lead's "six people were wounded").
HURT_COUNTS = frozenset({"shot", "hit", "wounded"})


def _negated_by_non(word: Token) -> bool:
    """Whether "non" before the word turns it round: "non-fatally injured", "a non-fatal wound",
    which the tokenizer splits into "non", "-", "fatally"."""
    before = [t.lower_ for t in word.doc[max(0, word.i - 2) : word.i]]
    return before[-1:] == ["non"] or before == ["non", "-"]

"""Claims from a parsed report: the incident it tells of, when, where, who, how many.

Reads the spaCy parse: incident words by lemma, counts by grammatical role, dates and places
from the entity recogniser. Section headings and comparisons ("reminiscent of the 2004 Beslan
school siege") are read but lend the incident nothing.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from .. import nlp, ontology
from ..model import Article, Claim, Mention
from ..nlp import doc_text, entities, entity_texts, positions, sentence_numbers, sentences, within
from . import dates, gazetteer, urltowns
from .actors import called_name, group_name, normalise_group
from .bestplace import best_place, district_of, place_of
from .claims import EXTRACTOR, LEAD_CHARS
from .claims import claim as _claim
from .counted import HOSPITAL_VERBS, HURT_COUNTS, ORDINALS, of_objects
from .counts import (
    Count,
    casualty_words,
    counts_in,
    headline_counts,
    headline_text,
    in_title_case,
)
from .eventdate import event_date
from .fates import at_hospital
from .lexicon import (
    COMPARISON_LEMMAS,
    GROUP_HEAD_WORDS,
    GROUP_PART_WORDS,
    INCIDENT_LEMMAS,
    STORY_LIST_NOUNS,
    TYPES,
)
from .numbers import word_value
from .placeclaims import PlaceClaim
from .places import places, site_tokens
from .tallies import foreign_date, sums_many
from .unnumbered import victims_killed
from .victims import (
    adds_to_the_dead,
    also_hit,
    beside_the_dead,
    killed_by_police,
    listed_after_the_dead,
    listed_before_the_dead,
    names_others,
    others_than_those_killed,
    restates_the_dead,
    told_again,
    told_apart,
    told_far_below,
    with_joined_victims,
    with_others_the_deed_hurt,
    with_others_wounded,
    with_the_killer_told_apart,
)

__all__ = ["EXTRACTOR", "extract", "extract_other", "classify", "headline_to_parse"]

#: Words of organisations that every report of a place names: they tell no incident apart.
NON_DISTINCTIVE = {
    "police", "sheriff", "department", "office", "news", "county", "fbi", "court", "hospital",
    "associated", "press", "reuters", "tribune", "times", "post", "journal", "channel", "fox",
    "abc", "cbs", "nbc", "cnn", "ap", "university", "medical", "center", "democrats",
    "republicans", "american", "americans", "african",
}  # fmt: skip


def _mode(tok: Token) -> str | None:
    """The mode of violence an incident word names, if it names one."""
    lemma = tok.lemma_.casefold()
    if lemma in INCIDENT_LEMMAS:
        return INCIDENT_LEMMAS[lemma]
    if lemma == "fire":
        if tok.pos_ == "NOUN" and tok.head.lemma_ in ("set", "start", "ignite") or tok.head.lemma_ == "open":
            return "fire" if tok.head.lemma_ != "open" else "firearm"  # "set fire to", "opened fire"
        if tok.pos_ == "VERB" and any(c.lemma_ in ("shot", "round", "bullet", "gun", "weapon") for c in tok.children):
            return "firearm"  # "shots were fired"
    if lemma in ("ignite", "torch") and tok.pos_ == "VERB":
        return "fire"
    if lemma == "blow" and tok.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return "explosive"  # "claimed credit for blowing up a transmitter"
    if lemma == "bullet" and _hurt_by(tok):
        return "firearm"  # "13-year-old's toe grazed by bullet", "struck by a stray bullet"
    return None


#: Verbs a bullet hurts with: "grazed by a bullet", "a bullet struck him".
BULLET_VERBS = {"graze", "hit", "strike", "wound", "injure", "pierce", "kill"}


def _hurt_by(bullet: Token) -> bool:
    """Whether a bullet is what hurt someone: the agent of a passive verb of hurting ("grazed by
    bullet") or its subject ("a bullet struck the boy"), not a bullet found or a bullet hole."""
    head = bullet.head
    if bullet.dep_ == "pobj" and head.lower_ == "by":
        head = head.head
    return head.lemma_.casefold() in BULLET_VERBS and bullet.dep_ in ("pobj", "nsubj")


#: Lemmas (case-folded) of the only words `_mode` reads as incident words.
_MODE_LEMMAS = frozenset(INCIDENT_LEMMAS) | {"fire", "ignite", "torch", "bullet", "blow"}
_COMPARISON_LEMMAS = frozenset(COMPARISON_LEMMAS)
#: Marks that close a sentence, where a heading or a headline has none.
SENTENCE_STOPS = (".", "!", "?", '"', "”")


def _is_heading(sent: Span, text: str) -> bool:
    """A line of its own with no verb and no closing stop: "The Escalating Toll". ``text`` is
    the document's text, built once: spaCy joins it anew on every ``doc.text``."""
    before = text[max(0, sent.start_char - 1) : sent.start_char]
    after = text[sent.end_char : sent.end_char + 1]
    alone = (sent.start_char == 0 or before == "\n") and (after in ("\n", ""))
    if not alone or len(sent) > 16:
        return False
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in sent)
    return not has_verb or not _stopped(sent[-1])


def _stopped(last: Token) -> bool:
    """Whether a sentence's last word closes it: a stop, or a stop the tokenizer kept with a
    lower-case abbreviation ("... Tuesday night, around 10 p.m.")."""
    return last.text in SENTENCE_STOPS or last.text.endswith(".") and last.text[:1].islower()


def _is_link(sent: Span, text: str, in_list: bool = False) -> bool:
    """A line of its own with no verb, or no closing stop and in Title Case or after a bullet, whose
    counts are no report's own: "Also on NBC10.com:", "Man Shot, Killed Near Home: Police", "+ 1 dead in
    Park Hill shooting", links to other stories. ``in_list``: the line above was a heading, so
    that this one is the next link of a list, in sentence case too ("Related:", then "Another
    shooting just 24 hours after 14 people were shot"); a line of the report that only lacks
    its stop ("A 17-year-old was injured in a shooting, police said") is not. ``text`` is the
    document's text, built once: spaCy joins it anew on every ``doc.text``. The line is read,
    not the sentence: a sentence keeps the line break after it, and the segmenter cuts a line at
    a headline's colon, so that read alone no sentence had stood on a line of its own (`_is_heading`
    had found almost none). Only counts are kept from these lines: a report's places and dates
    are read from them still, and a corpus of one sentence a line (ECB+) lost events read so."""
    start, end = _line_bounds(sent, text)
    line = text[start : len(text) if end < 0 else end].strip()
    if start == 0 or not line or len(line.split()) > HEADING_WORDS:
        # the report's headline, which the segmenter may cut at a colon or an abbreviation
        # ("Mpls. Police Looking for Suspect", "Police: 17-year-old injured"), is read as the headline
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return True
    if line[-1] in SENTENCE_STOPS:
        return False
    return in_list or in_title_case([w for w in line.split() if w[:1].isalpha()]) or line[0] in BULLETS


#: The counts that tell of an incident of violence.
VIOLENT_COUNTS = ("killed", "wounded", "shot", "hostages")
#: Most words of a heading over a list of other stories.
STORY_LIST_WORDS = 10


def _story_list(sents: Sequence[Span], text: str) -> int | None:
    """The sentence that heads a list of other stories, where a report has one: a short line
    of its own with no closing stop that names stories, articles or headlines ("More stories
    you may like on 7News", "RELATED ARTICLES"). Not the report's headline."""
    for i, sent in enumerate(sents):
        if i == 0:
            continue
        start, end = _line_bounds(sent, text)
        line = text[start : len(text) if end < 0 else end].strip()
        words = line.split()
        if 0 < len(words) <= STORY_LIST_WORDS and line[-1] not in SENTENCE_STOPS and any(
            w.strip(":>.,'’\"").casefold() in STORY_LIST_NOUNS for w in words
        ):
            return i
    return None


#: Marks that open an item of a list of links: "+ Man dead in Worthington Hills shooting".
BULLETS = {"+", "-", "•", "*", "·"}


#: Most words of a line read as a heading: a longer one without a stop is a sentence cut short.
HEADING_WORDS = 16


#: A video's running time opening a line: "0:50 Pursuit suspect weeps", an item of a playlist;
#: not a clock time ("3:45 p.m. Police were called").
RUNNING_TIME = re.compile(r"\d{1,2}:\d\d (?![AaPp]\.?[Mm]\b)[A-Z]")


def _is_playlist_item(sent: Span, text: str) -> bool:
    """A sentence on a line opened by a video's running time ("1:31 Recognize this man? Fresno
    police say ..."): a link to another story in the page's playlist, read as a heading. The
    segmenter makes a sentence of the time itself, so the line is read, not the sentence."""
    line = _line_bounds(sent, text)[0]
    return bool(RUNNING_TIME.match(text, line, line + 12))


def _line_bounds(sent: Span, text: str) -> tuple[int, int]:
    """Where the line a sentence starts on begins, and the first line break from the sentence's
    start on (-1 where none is), as ``text.rfind`` and ``text.find`` would say: those searches, a
    sentence at a time, had read a text with few line breaks once a sentence. ``text``: `doc_text`."""
    breaks = nlp.kept(sent.doc, "line breaks", lambda: [m.start() for m in re.finditer("\n", text)])
    k = bisect.bisect_left(breaks, sent.start_char)
    return (breaks[k - 1] + 1 if k else 0), (breaks[k] if k < len(breaks) else -1)


#: How many words a headline's source after its colon may have: "Police", "Police Say".
HEADLINE_SOURCE_WORDS = 3
#: Most words of a headline's line the segmenter may part from it as a sentence of their own.
HEADLINE_TAIL_WORDS = 2


def headline_to_parse(doc: Doc) -> str | None:
    """The text of a report's headline (`_headline`) that `extract` reads off a parse of its own
    (`headline_text`: a Title Case headline lowered, a present-tense verb the tagger took for a noun
    put in the past), or None. Parsed together, the headlines of a batch cost a third of what they
    cost parsed one by one."""
    opening = _headline(sentences(doc), doc_text(doc))
    head = headline_text(opening) if opening is not None else None
    return head.text if head is not None else None


def _headline(sents: Sequence[Span], text: str) -> Span | None:
    """A report's headline: its first sentence (`_is_headline`), or its first line where the
    segmenter cut the line into sentences ("Brooksville police:" and "Three killed, one injured in
    shooting"; "Toddler Dies" and "After Shooting In High Point"), a line with no closing stop and
    no more words than a heading's; None where the report opens with none. ``text``: `doc_text`."""
    if not sents:
        return None
    if _is_headline(sents[0]):
        return sents[0]
    end = text.find("\n")
    line = text[:end].strip() if end > 0 else ""
    if not line or len(line.split()) > HEADING_WORDS or line[-1] in SENTENCE_STOPS:
        return None
    parts = next((k for k, s in enumerate(sents) if s.start_char >= end), len(sents))
    words = [t for s in sents[:parts] for t in s if not t.is_space] if parts > 1 else []
    if not words or words[-1].idx + len(words[-1]) > end:
        return None
    return sents[0].doc[sents[0].start : words[-1].i + 1]


def _is_headline(sent: Span) -> bool:
    """The opening line, ended by a line break and not by a stop: "Four teens shot after party"."""
    words = [t for t in sent if not t.is_space]
    ends_line = "\n" in sent[-1].text or sent.end == len(sent.doc) or "\n" in sent.doc[sent.end].text
    if not ends_line and words and words[-1].text == ":":
        # "Four Teens Shot in Elm Park: Police": the segmenter cuts a headline at the colon
        # before its source, a word or two that end the line
        rest = sent.doc[sent.end : sent.end + HEADLINE_SOURCE_WORDS + 1]
        ends_line = any("\n" in t.text or t.i == len(sent.doc) - 1 for t in rest)
    if not ends_line and words and words[-1].text not in SENTENCE_STOPS:
        # "1 charged in shooting that killed Elm City teen | Sunday": the segmenter parts a
        # headline's last word or two, a day, from the rest of its line
        rest = sent.doc[sent.end : sent.end + HEADLINE_TAIL_WORDS + 1]
        tail = next((k for k, t in enumerate(rest) if "\n" in t.text or t.i == len(sent.doc) - 1), None)
        ends_line = tail is not None and not any(t.text in SENTENCE_STOPS or t.is_punct for t in rest[: tail + 1] if not t.is_space)
    return bool(words) and ends_line and (words[-1].text not in SENTENCE_STOPS or _abbreviated(words))


#: Longest word an abbreviation's stop ends: "Blvd.", "Co.", "Fla.", "Twp.".
ABBREVIATION_LETTERS = 4


def _abbreviated(words: list[Token]) -> bool:
    """Whether a line's closing stop ends an abbreviation, not a sentence: "4 shot in Palm Springs
    club on Forest Hill Blvd.", "Two shot in Prince George's Co."; the tokenizer parts the stop
    from a word it does not know."""
    if len(words) < 2 or words[-1].text != "." or words[-2].whitespace_:
        return False
    word = words[-2].text
    return word[:1].isupper() and len(word) <= ABBREVIATION_LETTERS and word.isalpha() and not words[-2].is_stop


def _comparisons(doc: Doc, published: dt.date | None) -> set[int]:
    """Tokens that belong to another incident named for comparison, or to a past one."""
    excluded: set[int] = set()
    for i in positions(doc, LEMMA, _COMPARISON_LEMMAS, cased=True):
        tok = doc[i]
        if not (tok.lemma_ == "like" and tok.pos_ == "VERB"):
            for child in tok.children:
                if child.dep_ in ("prep", "pobj", "dobj", "attr", "ccomp", "xcomp", "advcl", "npadvmod"):
                    excluded.update(t.i for t in child.subtree)
            if tok.dep_ == "prep":
                excluded.update(t.i for t in tok.subtree)
    for sent in _recounts(doc):
        excluded.update(range(sent.start, sent.end))
    # "the 2004 Beslan school siege": an incident phrase dated to another year
    for ent, text in zip(entities(doc), entity_texts(doc), strict=True):
        if ent.label_ != "DATE":
            continue
        resolved = dates.resolve(text, published)
        if not resolved or published is None or resolved[1] != "year" and abs((resolved[0] - published).days) < 366:
            continue
        if resolved[0].year == published.year:
            continue
        head = ent.root.head
        if head.lemma_.casefold() in INCIDENT_LEMMAS and head.pos_ in ("NOUN", "PROPN"):
            excluded.update(t.i for t in head.subtree)
        following = _phrase_after(ent)
        if following is not None:
            # "the Nov. 5, 2009, Fort Hood shooting that killed 13": the parser parts the date
            # from the phrase it dates
            excluded.update(t.i for t in following.subtree)
    return excluded


#: Words that rank a report's incident in a series: "the second shooting this month", "the latest".
SERIES_RANKS = frozenset(ORDINALS) | {"latest"}
#: The subjects of a sentence that ranks the report's own incident: "This is", "It was".
SERIES_SUBJECTS = {"this", "it", "that"}


def _recounts(doc: Doc) -> list[Span]:
    """Sentences that tell the earlier incidents of a series the report ranks its own in: "This
    is the second house party shooting in the city this month. On Nov. 9, gunfire erupted ...,
    leaving two high school students dead"; "This was the second accidental shooting in 24
    hours. The first occurred around 1 a.m.". The sentence right after the ranking one, when it
    is timed (a date or a time of its own) or opens on "the first"."""
    found = []
    sents = sentences(doc)
    for k, sent in enumerate(sents[:-1]):
        if not any(_ranks_in_series(t) for t in sent):
            continue
        after = sents[k + 1]
        timed = any(e.label_ in ("DATE", "TIME") for e in after.ents)
        if timed or (len(after) > 1 and after[0].lower_ == "the" and after[1].lower_ == "first"):
            found.append(after)
    return found


def _ranks_in_series(word: Token) -> bool:
    """"Second" of "This is the second shooting", "the second house party shooting": a rank of
    the incident noun that a sentence says its subject, "this" or "it", is."""
    if word.lower_ not in SERIES_RANKS or word.dep_ != "amod":
        return False
    noun = word.head
    while noun.dep_ == "compound":
        noun = noun.head  # "the second house party shooting"
    if noun.lemma_.casefold() not in (*INCIDENT_LEMMAS, "incident"):
        return False
    verb = noun.head
    return noun.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ in SERIES_SUBJECTS for c in verb.children)


def _phrase_after(ent: Span) -> Token | None:
    """The incident noun whose phrase begins right after a date, past a comma: "2009, Fort
    Hood shooting"."""
    doc = ent.doc
    i = ent.end + (ent.end < len(doc) and doc[ent.end].text == ",")
    if i >= len(doc):
        return None
    tok = doc[i]
    while tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i and tok.head.i - i < 6:
        tok = tok.head
    return tok if tok.lemma_.casefold() in INCIDENT_LEMMAS and tok.pos_ in ("NOUN", "PROPN") else None


def classify(modes: Counter[str] | set[str]) -> str:
    """An incident type from the modes of violence its reports name."""
    m = set(modes)
    if "hostage" in m and "firearm" not in m and "explosive" not in m:
        return "hostage-taking"
    if "firearm" in m and ("explosive" in m or "fire" in m):
        return "armed attack"
    if "explosive" in m:
        return "suicide bombing" if "suicide" in m else "bombing"
    if "firearm" in m:
        return "armed attack" if "attack" in m and "killing" not in m and len(m) > 2 else "shooting"
    if "knife" in m:
        return "stabbing"
    if "fire" in m:
        return "arson"
    if "assassination" in m:
        return "assassination"
    if "hostage" in m:
        return "hostage-taking"
    if "attack" in m:
        return "armed attack"
    return "killing"


def _place_claim(article: Article, attribute: str, pc: PlaceClaim) -> Claim:
    """The claim of a chosen place. One read from the report's web address quotes nothing of its
    text (an empty span): its qualifier says where it came from."""
    confidence = min(1.0, pc.weight / 3)
    if pc.start == pc.end:
        return _claim(article, attribute, pc.value, pc.start, pc.end, confidence=confidence, qualifier="web address")
    return _claim(article, attribute, pc.value, pc.start, pc.end, confidence=confidence)


def _perpetrators(triggers: list[Token], article: Article) -> list[Claim]:
    """Who did it, where a report names them as the doer: "members of the Weather Underground
    bombed ...", "the Chicano Liberation Front threw a firebomb ...", "Puerto Rican nationalists
    set fire to ...", "members of the League failed in their attempts to firebomb ...", "the
    Jewish Defense League is suspected of planting a pipe bomb ...", "bombed by a group calling
    itself Comrades in Arms"; and the group a named doer belongs to ("Gary Hogan, a suspected
    member of the Black Panthers Party, placed two time bombs")."""
    found: list[Claim] = []
    for tok in triggers:
        doer = _doer(tok)
        if doer is None:
            continue
        for who in (doer, *_affiliations(doer)):
            span = _doer_name(who)
            if span is not None and not any(c.start == span[0] for c in found):  # "a bomb was detonated by": two words, one doer
                start, end = span
                found.append(_claim(article, "perpetrator", normalise_group(article.text[start:end]), start, end, confidence=0.6))
    return found


#: Words before a doer that are no part of its name, though written with a capital where they
#: open a sentence: "Suspected Black nationalists firebombed ...".
DOUBT_WORDS = {"suspected", "alleged", "presumed", "unknown", "unidentified", "several", "some"}


def _doer_name(doer: Token) -> tuple[int, int] | None:
    """The span of the doer's name (`_name_span`), unless it is a dateline the parser took for the
    subject: "CLEVELAND - A 16-year-old boy is accused of firing shots"."""
    span = _name_span(doer)
    if span is None:
        return None
    name = doer.doc.text[span[0] : span[1]].strip(" -–—,")
    return None if name.isupper() and gazetteer.cities(name) else span


def _name_span(doer: Token) -> tuple[int, int] | None:
    """The span of the doer's name, where the doer is named: an entity, a people and what it
    stands for ("Puerto Rican nationalists"), a name the recogniser missed ("the Weather
    Underground"), the name of "a group calling itself Comrades in Arms"; None for "unknown
    perpetrators", "two men"."""
    if called_name(doer) is not None and doer.lemma_ in GROUP_HEAD_WORDS:
        _, start, end = group_name(doer)  # "a group calling itself Comrades in Arms"
        return start, end
    if doer.lemma_ in GROUP_PART_WORDS:  # "members of the X"
        doer = next(iter(of_objects(doer)), doer)
    ent = next((e for e in entities(doer.doc) if e.start <= doer.i < e.end and e.label_ in ("ORG", "NORP", "PERSON")), None)
    nation = next((e for e in entities(doer.doc) if e.end == doer.i and e.label_ == "NORP"), None)
    if ent is not None and not (ent.label_ == "NORP" and not ent.text.istitle()):
        start, end = ent.start_char, ent.end_char
        if "(" in ent.text and ")" not in ent.text and doer.doc.text[end : end + 1] == ")":
            end += 1  # "the Armed Revolutionary Independence Movement (MIRA)", cut before its ")"
        if ent[0].lower_ in DOUBT_WORDS and len(ent) > 1:
            start = ent[1].idx  # "Suspected White Racists detonated a bomb"
        return start, end
    # a noun tagged a name keeps its plural as its lemma: "Unknown Puerto Rican Nationalists"
    movement = doer.lemma_.casefold() in MOVEMENT_LEMMAS or doer.lower_.removesuffix("s") in MOVEMENT_LEMMAS
    if nation is not None and movement:
        # "Puerto Rican nationalists", "Black militants": a people and what they stand for
        return nation.start_char, doer.idx + len(doer.text)
    if movement:
        # the same, where the recogniser took the people for someone ("Suspected Black" a person)
        named: list[Token] = []
        for left in reversed([c for c in doer.children if c.dep_ in ("amod", "compound") and c.i < doer.i]):
            if left.i != (named[-1].i if named else doer.i) - 1 or left.pos_ != "PROPN" or not left.text.istitle() or left.lower_ in DOUBT_WORDS:
                break
            named.append(left)
        if named:
            return named[-1].idx, doer.idx + len(doer.text)
    if doer.pos_ == "PROPN" and doer.ent_type_ not in ("GPE", "LOC", "FAC"):  # a name the recogniser missed: "the Weather Underground"
        first = min([doer, *(c for c in doer.children if c.dep_ == "compound" and c.lower_ not in DOUBT_WORDS)], key=lambda t: t.i)
        return first.idx, doer.idx + len(doer.text)
    return None


def _affiliations(doer: Token) -> list[Token]:
    """The group a named doer is told to belong to: "Gary Hogan, a suspected member of the Black
    Panthers Party", "Irving Rubin, a member of the Jewish Defense League"."""
    return [c for c in doer.children if c.dep_ == "appos" and c.lemma_ in GROUP_PART_WORDS and of_objects(c)]


#: Nouns of a political or communal movement, which a people's name before makes a group.
MOVEMENT_LEMMAS = {
    "nationalist", "separatist", "militant", "extremist", "radical", "leftist", "rightist",
    "revolutionary", "guerrilla", "rebel", "insurgent", "racist", "supremacist", "anarchist",
}  # fmt: skip


#: Verbs whose subject meets an incident without doing it.
WITNESS_LEMMAS = {
    "fight", "battle", "extinguish", "douse", "contain", "investigate", "probe", "report",
    "witness", "survive", "condemn", "denounce", "respond", "describe", "see", "hear", "discover",
    "find", "defuse", "dismantle", "disarm", "prevent", "foil", "stop", "escape", "flee", "cover",
    "suffer", "mourn", "remember", "blame", "address", "discuss", "call",
}  # fmt: skip


#: Nouns an incident word before makes a weapon: "a Molotov cocktail", "an incendiary device";
#: not "gun laws", "shooting victims", "a mass shooting scene".
WEAPON_HEADS = {"cocktail", "device", "package", "bottle", "charge"}


#: Nouns of an amount of a weapon: "seven sticks of dynamite", "a package of explosives"; not "the
#: storage of firearms", "the serial number of the handgun".
AMOUNT_NOUNS = {"stick", "package", "box", "case", "bag", "cache", "crate", "pound", "can", "bottle", "barrel", "load"}


def _amount_of(weapon: Token) -> bool:
    """Whether an incident word is the weapon an amount is of: "seven sticks of dynamite"."""
    return weapon.dep_ == "pobj" and weapon.head.lower_ == "of" and weapon.head.head.lemma_ in AMOUNT_NOUNS


def _doer(trigger: Token) -> Token | None:
    """The subject or agent of the deed an incident word names: the verb itself ("bombed"), a
    verb a few steps up from it ("failed in their attempts to firebomb"), or, for a noun, the
    verb it is the direct object of ("threw a firebomb", "set fire"), or the agent of the verb
    it is the passive subject of ("a bomb was detonated by"). A noun reached through a
    preposition is no deed ("offered condolences following the attack"); a passive verb names
    its victim as subject; a subject that is the incident itself ("the bomb exploded") does no
    deed of its own."""
    if trigger.pos_ not in ("VERB", "AUX"):
        # the thing the deed is done with: "threw Molotov cocktails", "placed sticks of dynamite";
        # but what a deed's "of" hangs on is no deed ("to address the aftermath of the attack")
        while trigger.head is not trigger and (trigger.dep_ in ("compound", "amod") and trigger.head.lemma_ in WEAPON_HEADS or _amount_of(trigger)):
            trigger = trigger.head if trigger.dep_ != "pobj" else trigger.head.head
        verb = trigger.head
        if trigger.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.lemma_ in SUSPECT_LEMMAS:
            # "five members of the Klan were convicted of the attack"
            return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in WITNESS_LEMMAS or trigger.dep_ not in ("dobj", "nsubjpass"):
            return None
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if trigger.dep_ == "dobj" else None
        if agent or subject or trigger.dep_ != "dobj" or verb.dep_ not in ("pcomp", "xcomp"):
            return agent or subject  # not "Gov. Scott declared an emergency, calling the shooting ..."
        trigger = verb  # "is suspected of planting a pipe bomb": the doer of the verb, further up
    tok = trigger
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") and tok is not trigger and tok.lemma_ in WITNESS_LEMMAS:
            return None  # "police discovered the men had bombed it": not theirs
        if tok.pos_ in ("VERB", "AUX"):
            agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent
            subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
            if subject is not None and subject.dep_ == "nsubjpass" and tok is not trigger and tok.lemma_ in SUSPECT_LEMMAS:
                return subject  # "members of the Ku Klux Klan were suspected of bombing"
            if subject is not None:
                return subject if subject.dep_ == "nsubj" and trigger not in subject.subtree else None
        if tok.head is tok or tok.dep_ in ("ccomp", "parataxis", "relcl"):
            return None  # the top of its clause: no subject above belongs to it
        tok = tok.head
    return None


#: Verbs whose passive subject is said to have done the deed below them: "the League is suspected
#: of planting a pipe bomb", "is believed to have set the fire".
SUSPECT_LEMMAS = {"suspect", "accuse", "believe", "think", "say", "convict"}


#: "claimed responsibility", "claimed credit".
CREDIT_LEMMAS = {"responsibility", "credit"}


def _responsibility(doc: Doc, article: Article, excluded: set[int]) -> list[Claim]:
    """"Responsibility was claimed by Daesh", "Islamic State claimed responsibility"."""
    found: list[Claim] = []
    for i in positions(doc, LEMMA, "claim"):
        tok = doc[i]
        if i in excluded:
            continue
        children = list(tok.children)
        if not any(c.lemma_ in CREDIT_LEMMAS for c in children) and not any(
            c.dep_ == "dobj" and c.lemma_.casefold() in INCIDENT_LEMMAS for c in children
        ):
            continue
        agent: Token | None = None
        for c in children:
            if c.dep_ == "agent":
                agent = next((g for g in c.children if g.dep_ == "pobj"), None)
            elif c.dep_ == "nsubj" and c.lemma_ not in CREDIT_LEMMAS:
                agent = c
        if agent is None:
            continue
        name, start, end = group_name(agent)
        lo = min(start, tok.idx, *(c.idx for c in children if c.lemma_ in CREDIT_LEMMAS))
        hi = max(end, tok.idx + len(tok.text))
        found.append(_claim(article, "responsibility", normalise_group(name), lo, hi, confidence=0.8))
    return found


def warm() -> None:
    """Pay the extractor's startup costs now, before timing or before forking workers: the
    gazetteer's index, the towns by their letters alone that web addresses are read against, the
    big towns by their initials that forces are called by, and dateparser's expressions
    (compiled on its first parse, a tenth of its time over 1,000 reports)."""
    gazetteer.warm()
    gazetteer.initialled_towns()
    urltowns.warm()
    dates.warm()


def extract(doc: Doc, article: Article, headline: Doc | None = None) -> Mention | None:
    """The incident a report tells of, as claims; None when it tells of none. ``headline``: the
    parse of `headline_to_parse`'s text, where the caller made it."""
    sents = sentences(doc)
    text = doc_text(doc)
    # The report's own headline opens it and is read like a sentence: "Gunman Shoots 4 People
    # Outside Philly Chinese Restaurant" is often all a page of boilerplate says. Later headings
    # are sections and links to other stories.
    headings = {i for i, s in enumerate(sents) if i > 0 and (_is_heading(s, text) or _is_playlist_item(s, text))}
    # links to other stories under "Also on NBC10.com:", "RELATED STORIES": their headlines'
    # counts are other incidents'
    links: set[int] = set()
    for i, s in enumerate(sents):
        if i > 0 and _is_link(s, text, i - 1 in links):
            links.add(i)
    excluded = _comparisons(doc, article.published) | site_tokens(doc)
    for i in headings:
        excluded.update(range(sents[i].start, sents[i].end))

    triggers = [t for t in map(doc.__getitem__, positions(doc, LEMMA, _MODE_LEMMAS, cased=True)) if t.i not in excluded and _mode(t) is not None]
    all_counts: list[tuple[int, Count]] = []
    casualties = sorted(casualty_words(doc))  # a sentence with none of them states no count
    opening = _headline(sents, text)
    headed = opening is not None  # the report opens with its headline
    for i, sent in enumerate(sents):
        if opening is not None and sent.start < opening.end:
            if i == 0:  # the headline's counts, those of every sentence the segmenter cut it into
                all_counts.extend((i, c) for c in headline_counts(opening, excluded, headline))
        elif i not in headings and i not in links and within(casualties, sent.start, sent.end):
            all_counts.extend((i, c) for c in counts_in(sent, excluded))
    listing = _story_list(sents, text) if all_counts else None  # no counts, none to leave out
    if listing is not None and any(i < listing and c.attribute in VIOLENT_COUNTS and c.value > 0 for i, c in all_counts):
        # the counts of the teasers under "More stories you may like" are other incidents'; but
        # a page that has told of no casualties before the list may carry the list above its report
        all_counts = [(i, c) for i, c in all_counts if i < listing]
    violent = [c for _, c in all_counts if c.attribute in VIOLENT_COUNTS and c.value > 0]
    if not triggers and not violent:
        return None

    sentence_index = sentence_numbers(doc)
    # "was taken to St. Mary's Hospital in Elmwood", "in stable condition at a Duluth hospital"
    # count a victim, but place and date the treatment: the hospital's town had moved reports to
    # another city's incidents
    told = [(i, c) for i, c in all_counts if not (c.trigger.lemma_ in (*HOSPITAL_VERBS, "condition") and at_hospital(c.trigger))]
    incident_idx = sorted({sentence_index[t.sent.start] for t in triggers} | {i for i, c in told if c.attribute != "arrested"})
    incident_sents = [sents[i] for i in incident_idx]
    anchors = {t.i for t in triggers} | {c.trigger.i for _, c in told}
    # An arrest is no part of the incident: "was arrested Tuesday" dates the arrest.
    date_anchors = {t.i for t in triggers} | {c.trigger.i for _, c in told if c.attribute != "arrested"}
    date_claim, day, precision = event_date(doc, text, article, date_anchors, incident_sents, excluded)

    claims: list[Claim] = []
    if date_claim:
        claims.append(date_claim)
    killed = [c for _, c in all_counts if c.attribute == "killed" and c.value > 0]
    tallied = [c for _, c in all_counts if (foreign_date(c.trigger, article.published, day) if day is not None else sums_many(c.trigger))]
    tallied += _headline_tallies(all_counts, tallied, headed)
    kept = [c for _, c in all_counts if not any(c is t for t in tallied) and not restates_the_dead(c, killed)]
    elsewhere = set(told_far_below(kept))
    kept = [c for c in kept if c not in elsewhere]
    kept += with_others_wounded(kept) + with_others_the_deed_hurt(kept) + with_joined_victims(kept) + with_the_killer_told_apart(kept)
    # "Booker was also killed": the dead told before and he, for the claim and for the dead among
    # the hits ("striking six ... Nicolas was also killed": four wounded, not five)
    kept = [replace(c, value=c.value + 1) if adds_to_the_dead(c, killed) else c for c in kept]
    headline_end = opening.end_char if opening is not None else 0
    for count in kept:
        claims.append(_claim(article, count.attribute, count.value, count.start, count.end, qualifier=count.qualifier, headline=count.start < headline_end))
    claims.extend(_derived_wounded(article, kept))

    modes: Counter[str] = Counter(_mode(t) or "attack" for t in triggers)
    if positions(doc, LOWER, "suicide"):
        modes["suicide"] += 1
    for t in triggers:
        claims.append(_claim(article, "mode", _mode(t) or "attack", t.idx, t.idx + len(t.text), confidence=0.5))
    kind = classify(modes)
    cameo = TYPES.get(kind, "180")

    place_claims = places(doc, set(incident_idx), excluded, anchors, article.url)
    chosen = best_place(place_claims)
    claims.extend(_place_claim(article, attribute, pc) for attribute, pc in chosen.items())
    place = place_of(chosen)
    claims.extend(_responsibility(doc, article, excluded))
    claims.extend(_perpetrators(triggers, article))
    names = _names(doc, excluded)
    district = district_of(place_claims, chosen)
    if district:
        names = names | {f"district:{gazetteer.fold(district)}"}
    first = min(triggers, key=lambda t: t.i) if triggers else violent[0].trigger
    return Mention(
        article=article,
        type=kind,
        cameo=cameo,
        plover=ontology.plover(cameo),
        claims=claims,
        date=day,
        date_precision=precision,
        place=place,
        names=names,
        trigger=(first.idx, first.idx + len(first.text)),
    )


def _headline_tallies(counts: list[tuple[int, Count]], tallied: list[Count], headline: bool) -> list[Count]:
    """The headline's figures that a tally of many incidents below gives: "6 shot Sunday in
    Chicago" over "Six people were wounded in Chicago shootings Sunday" is the day's sum, not
    one incident's victims."""
    if not headline or not tallied:
        return []

    def same(one: Count, other: Count) -> bool:
        kinds = {one.attribute, other.attribute}
        return one.value == other.value and (len(kinds) == 1 or kinds <= HURT_COUNTS)

    summed = [t for t in tallied if sums_many(t.trigger)]  # not a count a date kept out ("since last weekend")
    return [c for i, c in counts if i == 0 and c.value > 1 and any(same(c, t) for t in summed)]


def _names(doc: Doc, excluded: set[int]) -> frozenset[str]:
    """What tells this incident from another in the same town: the people, places and groups
    named, and the ages of those involved ("a 17-year-old"). Police forces and news outlets,
    named in every report of a town, tell nothing."""
    names: set[str] = set()
    for ent, text in zip(entities(doc), entity_texts(doc), strict=True):
        if ent.label_ not in ("PERSON", "ORG", "FAC", "NORP") or ent.root.i in excluded:
            continue
        if ent.label_ in ("ORG", "NORP") and not NON_DISTINCTIVE.isdisjoint(t.lower_ for t in ent):
            continue
        name = gazetteer.fold(text).removeprefix("the ").removesuffix("'s").strip()
        if ent.label_ == "PERSON":
            name = _without_generation(name)
        if len(name) > 3 and any(ch.isalpha() for ch in name):  # not "4/13/1970" taken for a person
            names.add(name)
    for tok in map(doc.__getitem__, positions(doc, LOWER, "old")):
        if tok.i >= 4 and doc[tok.i - 2].lower_ == "year" and doc[tok.i - 4].like_num:
            # "a seven-year-old" is the "7-year-old" of the next report
            age = word_value(doc[tok.i - 4].text)
            names.add(f"age:{doc[tok.i - 4].text if age is None else age}")
    return frozenset(names)




#: The words after a person's name that tell a father from his son: "Harrison Marshman Jr." of
#: one report is the "Harrison Marshman" of the next.
GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _without_generation(name: str) -> str:
    """A folded person's name less the generation it ends with and the initials between its first
    and last words ("harrison w. marshman jr." -> "harrison marshman"): one report gives the
    middle initial, the next leaves it out. A name of such words alone is kept."""
    words = name.replace(",", " ").split()
    kept = words[:-1] if len(words) > 2 and words[-1] in GENERATIONS else words
    if len(kept) > 2 and not _initial(kept[0]):
        kept = [kept[0], *(w for w in kept[1:-1] if not _initial(w)), kept[-1]]
    return " ".join(kept) if kept != words else name


def _initial(word: str) -> bool:
    """A middle initial: one letter, with or without its stop ("w.", "w")."""
    return len(word.rstrip(".")) == 1 and word[0].isalpha()


def _told_after(trigger: Token) -> set[int]:
    """The words of what a hit's own clause goes on to tell of its victim: "the other was taken
    to a hospital, where he succumbed to his injuries", "... and later died". A death told there
    is the hit victim's."""
    return {
        t.i
        for clause in trigger.subtree
        if clause.i > trigger.i and (clause.dep_ == "relcl" or clause.dep_ == "conj" and clause.head.i == trigger.i)
        for t in clause.subtree
    }


def _derived_wounded(article: Article, counts: list[Count]) -> list[Claim]:
    """Hits that did not kill are the wounded, when the report gives no larger count of injuries
    in its opening (`LEAD_CHARS`)."""
    hits = [c for c in counts if c.attribute in ("shot", "hit")]
    if not hits:
        return []
    # the stated figure is the one the report's opening gives, as the reconciler reads it: "two
    # other teens injured" in another incident told below it does not cover a "double shooting"
    told = [c for c in counts if c.attribute == "wounded"]
    opening = min((c.start for c in told), default=0) + LEAD_CHARS
    stated = max((c.value for c in told if c.start <= opening), default=0)
    # a headline's "murder-suicide" counts the killer too, whom the hits do not ("after parents'
    # murder-suicide ... shot her and her mother, before killing himself")
    dead = max((victims_killed(c) for c in counts if c.attribute == "killed"), default=0)
    shooters = [c for c in counts if killed_by_police(c)]

    def dead_among(hit: Count) -> int:
        # the gunman the police killed is no victim of his own shooting ("police kill gunman
        # after shooting rampage injures three"), unless the hit takes him in ("four people were
        # shot, including the gunman, who was killed by police")
        if not shooters:
            return dead
        among = {t.i for t in hit.trigger.subtree}
        return max((c.value for c in counts if c.attribute == "killed" and not (c in shooters and c.victim is not None and c.victim.i not in among)), default=0)

    def survivors(hit: Count) -> int:
        if not (
            names_others(hit) or others_than_those_killed(hit, counts) or beside_the_dead(hit, counts)
            or listed_after_the_dead(hit, counts) or listed_before_the_dead(hit, counts)
        ):  # fmt: skip
            return hit.value - dead_among(hit)
        # "A boy was killed and six others were shot", "a man was killed and a woman was shot":
        # the dead are not among these hits, but
        # a fatal share of them is ("two others were shot, one fatally", "four others,
        # including one who died")
        among = {hit.trigger.i, *(t.i for t in hit.victim.subtree)} if hit.victim is not None else {hit.trigger.i}
        among |= _told_after(hit.trigger)
        # "Third victim in Metairie shooting dies": a death told of the hit's own victim
        dead_victims = {hit.victim.i} if hit.victim is not None else set()
        return hit.value - sum(c.value for c in counts if c.attribute == "killed" and (c.trigger.i in among or c.victim is not None and c.victim.i in dead_victims))

    def with_next(hit: Count) -> int:
        # "Three men were found with gunshot wounds ... A woman was also shot": the next victim
        # told after them, "also" hit, is one more; one hit in between ("A 30-year-old woman was
        # shot, and a 19-year-old man was also shot") may be among those counted, and so adds none
        after = min((c for c in hits if c.start >= hit.end), key=lambda c: c.start, default=None)
        also = after is not None and also_hit(after) and not told_again(hit, after)
        return survivors(hit) + (max(survivors(after), 0) if after is not None and also else 0)

    top = max(hits, key=survivors)
    wounded = with_next(top)
    # "the 18-year-old was shot in the chest ... while the 15-year-old also shot himself": one
    # by one, victims told apart by their ages, names or a shooter's role are so many
    wounded = max(wounded, told_apart(hits) - dead)
    # "Four people were shot ... another victim sustained critical injuries": the stated count
    # covers one victim; the hits that did not kill cover them all.
    if wounded <= stated:
        return []
    # the figure stands where the report first gives it, as a figure the report states does: "A
    # police officer was shot ... The suspect was also struck" in its opening, told again far
    # below as "struck both Bumpas and the suspect", which is no figure of its opening
    top = min((hit for hit in hits if with_next(hit) == wounded), key=lambda hit: hit.start, default=top)
    return [
        Claim(
            attribute="wounded",
            value=wounded,
            article=article.id,
            start=top.start,
            end=top.end,
            quote=article.text[top.start : top.end],
            qualifier=top.qualifier,
            confidence=0.6,
            extractor=EXTRACTOR + ":shot-minus-killed",
            published=article.published,
        )
    ]


def extract_other(doc: Doc, article: Article) -> Mention | None:
    """A report of no incident (a court ruling, a product launch, a celebrity in rehab) still
    tells of one happening: filed by the people, organisations and places it names, and by its
    words, so that its other reports find it. Every report tells of something: one that names
    nobody ("Robbers in drag steal e80 million from Paris diamond store") is found by its words.
    None only for a text with no sentence."""
    sents = sentences(doc)
    if not sents:
        return None
    excluded = _comparisons(doc, article.published) | site_tokens(doc)
    names = _names(doc, excluded)
    claims: list[Claim] = []
    date_claim, day, precision = event_date(doc, doc_text(doc), article, set(), list(sents[:3]), excluded)
    if date_claim is not None and date_claim.qualifier != "report_date":
        claims.append(date_claim)
    else:
        day, precision = None, None
    chosen = best_place(places(doc, set(range(min(3, len(sents)))), excluded, set(), article.url))
    claims.extend(_place_claim(article, attribute, pc) for attribute, pc in chosen.items())
    if not claims:
        first = sents[0]
        claims.append(_claim(article, "topic", first.text[:200].strip(), first.start_char, first.start_char + len(first.text[:200].strip()), confidence=0.3))
    # a happening that is no incident has no venue of its own: its place is its town
    place = place_of({k: v for k, v in chosen.items() if k != "venue"})
    return Mention(article=article, type="other", cameo="", plover=None, claims=claims, date=day,
                   date_precision=precision, place=place, names=names, kind="other")  # fmt: skip

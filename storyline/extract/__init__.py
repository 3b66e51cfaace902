"""Claims from a parsed report: the incident it tells of, when, where, who, how many.

Reads the spaCy parse: incident words by lemma, counts by grammatical role, dates and places
from the entity recogniser. Section headings and comparisons ("reminiscent of the 2004 Beslan
school siege") are read but lend the incident nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from .. import ontology
from ..model import Article, Claim, Mention
from ..nlp import doc_text, entities, kept, positions, sentence_numbers, sentences
from . import dates, gazetteer
from .actors import group_name, normalise_group
from .counts import (
    HOSPITAL_VERBS,
    Count,
    across_regions,
    casualty_words,
    clause_verb,
    counts_in,
    headline_counts,
    in_title_case,
    lowered_headline,
    of_many_incidents,
)
from .fates import at_hospital
from .lexicon import (
    COMPARISON_LEMMAS,
    INCIDENT_LEMMAS,
    TYPES,
)
from .numbers import quantity, word_value
from .places import best_place, district_of, place_of, places, site_tokens
from .victims import adds_to_the_dead, also_hit, names_others, restates_the_dead, told_far_below

__all__ = ["EXTRACTOR", "extract", "extract_other", "classify", "headline_to_parse"]

EXTRACTOR = "storyline-rules/1"
#: Verbs whose date is the incident's: "the shooting happened Saturday". "Take", "start" and
#: "begin" are not among them: "her visitation will take place Tuesday", "the trial began
#: Monday"; "the shooting took place Saturday" is linked through its subject.
EVENT_VERBS = {"happen", "occur", "unfold", "erupt", "break", "ring"}
#: Verbs that tell of a day to come: "a vigil is planned for Thursday".
FUTURE_VERBS = {"plan", "schedule", "expect"}
#: Verbs of a death: a date they hang on may be a day or more after the shooting ("died
#: Thursday after he was shot Wednesday"), so it dates the incident only where no day of the
#: shooting itself is told.
DEATH_VERBS = {"die", "succumb", "pronounce"}
#: Verbs of the violence itself: a date in their clause is the incident's.
VIOLENCE_VERBS = {"shoot", "fire", "kill", "slay", "wound", "injure", "stab", "murder"}
#: Verbs of what follows an incident: police work, courts, hospitals. A date they hang on is
#: when that happened ("was arraigned Friday", "remained in the hospital Monday"), later than
#: the incident; it dates the incident only where nothing else does.
AFTERMATH_VERBS = {
    "arrest", "arraign", "charge", "book", "indict", "plead", "sentence", "convict", "testify",
    "appear", "schedule", "file", "release", "hold", "remain", "set", "conduct", "issue",
    "surrender", "continue", "waive", "unseal", "dismiss", "delay",
}  # fmt: skip
#: Places and sittings of a court: "was in court Friday", "was back in a courtroom Thursday",
#: "for Wednesday's hearing". A day told of them is the court's, after the incident.
COURT_WORDS = {"court", "courtroom", "courthouse", "hearing", "trial", "arraignment", "jail"}
#: Verbs of telling: a date they hang on is when the police or a family spoke ("a police
#: spokesman said Sunday"), often a day after the incident; like the aftermath's, it dates the
#: incident only where nothing else does.
TELLING_VERBS = {"say", "tell", "announce", "confirm", "speak", "learn"}
#: Words that make a date the page's own stamp ("Posted: Tuesday, January 28, 2014", "(Published
#: Thursday, Jan. 12, 2017)", "Updated Apr 12"): when it was written, not what it tells of.
STAMP_LEMMAS = {"publish", "post", "update", "modify", "create"}
#: A page's stamp this many days before its ``published`` date dates the page instead.
STAMP_LAG_DAYS = 2
#: Words of organisations that every report of a place names: they tell no incident apart.
NON_DISTINCTIVE = {
    "police", "sheriff", "department", "office", "news", "county", "fbi", "court", "hospital",
    "associated", "press", "reuters", "tribune", "times", "post", "journal", "channel", "fox",
    "abc", "cbs", "nbc", "cnn", "ap", "university", "medical", "center", "democrats",
    "republicans", "american", "americans", "african",
}  # fmt: skip
#: A date this many days before publication is still news; older ones are background.
RECENT_DAYS = 10
#: Sentences after the first that tells of an incident, or ties a day to one, within which a
#: day tied to an incident may still be the report's incident's.
LEAD_SENTENCES = 6
#: A day written out this far before publication may still be what a later report follows up.
FOLLOW_UP_DAYS = 400
#: Words that make a count a tally of many incidents, not the figure of this one. Not "total":
#: "a total of five people were shot", "in total, 27 people were injured" sum one incident's
#: victims; a total of many is dated or placed so ("344 people were killed in Baltimore last
#: year", "across the city"), which the checks below read.
AGGREGATE_WORDS = {"overall", "citywide", "tally", "statewide", "nationwide"}
#: Words that make a whole sentence's counts statistics: "crime stats for 2015 show 165 people were murdered".
STATISTICS_WORDS = {"stats", "statistics", "year-to-date"}
#: A count stated in a clause dated this far from the incident is about another incident.
FOREIGN_DATE_DAYS = 45
#: A count whose incident is dated this far from the report's is another incident's. A later
#: report retells its own by its date ("accused in a May 25 shooting that killed one"), months
#: on: only a date years away is surely another ("the Nov. 5, 2009 rampage that left 13 dead").
BACKGROUND_DAYS = 366


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
    return None


#: Lemmas (case-folded) of the only words `_mode` reads as incident words.
_MODE_LEMMAS = frozenset(INCIDENT_LEMMAS) | {"fire", "ignite", "torch"}
_COMPARISON_LEMMAS = frozenset(COMPARISON_LEMMAS)
_DAY_WORDS = frozenset(dates.WEEKDAYS) | {"night"}
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
    return not has_verb or sent[-1].text not in SENTENCE_STOPS


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
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.start_char)
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
    line = text.rfind("\n", 0, sent.start_char) + 1
    return bool(RUNNING_TIME.match(text, line, line + 12))


#: How many words a headline's source after its colon may have: "Police", "Police Say".
HEADLINE_SOURCE_WORDS = 3


def headline_to_parse(doc: Doc) -> str | None:
    """The text of a report's headline that `extract` reads off a parse of its own (a Title Case
    headline, lowered: `lowered_headline`), or None. Parsed together, the headlines of a batch
    cost a third of what they cost parsed one by one."""
    first = next(iter(sentences(doc)), None)
    return lowered_headline(first) if first is not None and _is_headline(first) else None


def _is_headline(sent: Span) -> bool:
    """The opening line, ended by a line break and not by a stop: "Four teens shot after party"."""
    words = [t for t in sent if not t.is_space]
    ends_line = "\n" in sent[-1].text or sent.end == len(sent.doc) or "\n" in sent.doc[sent.end].text
    if not ends_line and words and words[-1].text == ":":
        # "Four Teens Shot in Elm Park: Police": the segmenter cuts a headline at the colon
        # before its source, a word or two that end the line
        rest = sent.doc[sent.end : sent.end + HEADLINE_SOURCE_WORDS + 1]
        ends_line = any("\n" in t.text or t.i == len(sent.doc) - 1 for t in rest)
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
    # "the 2004 Beslan school siege": an incident phrase dated to another year
    for ent in entities(doc):
        if ent.label_ != "DATE":
            continue
        resolved = dates.resolve(ent.text, published)
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


def _claim(article: Article, attribute: str, value: str | int, start: int, end: int, **kw: object) -> Claim:
    return Claim(
        attribute=attribute,
        value=value,
        article=article.id,
        start=start,
        end=end,
        quote=article.text[start:end],
        extractor=EXTRACTOR,
        published=article.published,
        **kw,  # type: ignore[arg-type]
    )


def _linked_to(ent: Span, anchors: set[int]) -> str | None:
    """How a date phrase is tied to the incident: "anchor" where it modifies an incident or
    casualty word or the verb they hang on, "verb" where it modifies a verb of happening ("It
    happened around 1 p.m. Sunday"), None where it is not."""
    head = ent.root.head
    for tok in ent:
        for anc in [tok, *tok.ancestors]:
            if anc.i in anchors and not (ent.start <= anc.i < ent.end):
                return "anchor"
    if any(c.i in anchors and c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in head.children):
        return "anchor"
    if head.lemma_ in EVENT_VERBS and not (ent.start <= head.i < ent.end):
        return "verb"
    # "It happened around 11:30 p.m. Monday": the day hangs on the time, the time on the verb.
    # Only the plain verbs of happening: climbing to "break", "ring", "erupt" or "unfold" too
    # lowered the grouping of the ECB+ reports (B3 recall 0.8154 -> 0.8096).
    # "shots were fired about 9 p.m. Saturday", "slain in their cabin on June 7": a verb of the
    # violence itself dates it, where its word is no incident word of the lexicon (GVA reports
    # dated right 2320 -> 2326 of 2947; ECB+ grouping unchanged).
    return "verb" if clause_verb(ent.root).lemma_ in ("happen", "occur", *VIOLENCE_VERBS) else None


def _tied_in_clause(ent: Span, verb: Token, anchors: set[int]) -> bool:
    """Whether a date is tied to an incident word within its own clause: through the words it
    hangs on up to the clause's verb, or as that verb's subject or object ("the shooting was
    reported Sunday"). An incident word above the verb ties another clause's day."""
    for tok in ent:
        for anc in [tok, *tok.ancestors]:
            if anc.i in anchors and not ent.start <= anc.i < ent.end:
                return True
            if anc.i == verb.i:
                break
    return any(c.i in anchors and c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in (*verb.children, *ent.root.head.children))


#: Incident words that name a weapon, not what was done with it.
WEAPONS = {"gun", "rifle", "pistol", "handgun", "firearm", "knife", "bomb", "grenade", "explosive"}
#: How many words back a calendar date may close an incident noun's phrase.
PHRASE_WORDS = 20


def _closes_incident_phrase(ent: Span, anchors: set[int]) -> bool:
    """Whether a date written out closes the phrase of an incident word, with no verb between:
    "arrested Monday in connection with the shooting death of a boy at a home on March 18".
    The parser hangs such a date on the clause's verb (the arrest); news style writes the day
    of what a report follows up as a date, and the day of the arrest as a weekday."""
    if not dates.is_calendar_date(ent.text):
        return False
    doc = ent.doc
    for i in range(ent.start - 1, max(ent.sent.start, ent.start - PHRASE_WORDS) - 1, -1):
        tok = doc[i]
        # "the shooting death": the tagger may take "shooting" for a verb in a noun's phrase
        nominal = tok.pos_ == "NOUN" or tok.dep_ in ("amod", "compound")
        if i in anchors and nominal and tok.lemma_.casefold() not in WEAPONS:
            return True  # not "stealing a rifle from a home on Aug. 30"
        if tok.pos_ in ("VERB", "AUX") or tok.text in (";", ":", "(", ")", "—"):
            return False
    return False


#: How many words after a calendar date may stand before the incident noun it dates ("the
#: March 20 fatal shooting", "the Nov. 3 drive-by shooting").
OPENING_WORDS = 3


def _opens_incident_phrase(ent: Span, anchors: set[int]) -> bool:
    """Whether a date written out stands before an incident word as its modifier: "charged
    Monday in the March 20 shooting death of a boy". The parser takes the month for the object
    of "in" and hangs nothing of the incident on it, so the charge's weekday dated the report."""
    if not dates.is_calendar_date(ent.text):
        return False
    doc = ent.doc
    for tok in doc[ent.end : min(ent.sent.end, ent.end + OPENING_WORDS)]:
        nominal = tok.pos_ == "NOUN" or tok.dep_ in ("amod", "compound")
        if tok.i in anchors and nominal and tok.lemma_.casefold() not in WEAPONS:
            return True
        if not nominal and tok.pos_ not in ("ADJ", "PROPN") or tok.is_punct:
            return False  # "on March 20 shot", "March 20, the shooting"
    return False


def _at_court(ent: Span, verb: Token) -> bool:
    """Whether a date tells when someone was at court: "was in court Friday", "is due Wednesday
    in circuit court", "was in court for Wednesday's hearing". The verb is a plain "be", so only
    the court's word in its clause, or as the date's own head, says it is the aftermath's day."""
    if ent.root.head.lemma_.casefold() in COURT_WORDS:
        return True
    if verb.lemma_ != "be":
        return False
    # "in court" hangs on the verb, or on the word after it: "was back in a courtroom", "is due in court"
    holders = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "acomp"))]
    return any(
        prep.dep_ == "prep" and any(obj.dep_ == "pobj" and obj.lemma_.casefold() in COURT_WORDS for obj in prep.children)
        for holder in holders
        for prep in holder.children
    )


def _names_the_incident(ent: Span, anchors: set[int]) -> bool:
    """Whether a weekday names an incident as its modifier: "Friday's shooting", "the Friday
    attack"; not "Saturday's game", a day that may be to come."""
    root = ent.root
    return len(ent) == 1 and root.lower_ in dates.WEEKDAYS and root.dep_ in ("poss", "compound", "nmod") and root.head.i in anchors


def _to_come(ent: Span) -> bool:
    """Whether a date is told as a day to come: "a vigil is planned for Thursday", "her
    visitation will take place Tuesday". A weekday without "next" resolves to the past one, so
    such a day would date the incident days before it happened."""
    verb = clause_verb(ent.root)
    return verb.lemma_ in FUTURE_VERBS or any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "'ll", "shall") for c in verb.children)


#: Prepositions by which a holiday names the day something happened: "shot on Christmas Eve",
#: "during the Fourth of July". "A gun he got for Christmas", "the day after Thanksgiving" and
#: "spent Christmas in jail" name no day of the incident.
HOLIDAY_PREPOSITIONS = {"on", "during", "over", "of"}


def _holiday_is_a_day(ent: Span, anchors: set[int]) -> bool:
    """Whether a holiday's name dates what happened: as the time of a clause ("was killed
    Christmas morning"), after "on" or "during", or naming an incident ("a Christmas Day
    shooting"), but not as a thing's kind ("Christmas wreaths", "the Thanksgiving table")."""
    root = ent.root
    if root.dep_ in ("compound", "nmod", "amod"):
        return root.head.i in anchors
    if root.dep_ == "pobj":
        return root.head.lower_ in HOLIDAY_PREPOSITIONS
    return root.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr", "appos")


def _stamp(ent: Span) -> bool:
    """Whether a date phrase is the page's stamp: it follows "Posted:" or "Updated", or hangs on
    "Published", itself or through the date it is in apposition to ("Thursday, Jan. 12")."""
    doc = ent.doc
    head = ent.root.head
    before = doc[max(ent.sent.start, ent.start - 2) : ent.start]
    near = [*before, head, head.head] if head.ent_type_ in ("DATE", "TIME") else [*before, head]
    return any(t.lemma_.lower() in STAMP_LEMMAS and not ent.start <= t.i < ent.end for t in near)


#: How many words back from a date the handle of a post's signature may lie.
SIGNATURE_WORDS = 5


def _signs_a_post(ent: Span) -> bool:
    """Whether a date signs a post quoted in the page: "— Jane Roe (@janeroe) October 3, 2016"
    closes an embedded post, and dates it, not the incident."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].text != ")":
        return False
    return any(t.text.startswith("@") and len(t.text) > 1 for t in doc[max(0, ent.start - SIGNATURE_WORDS) : ent.start])


def _as_stamped(phrases: list[Span], article: Article) -> Article:
    """The article dated by its page's own stamp where that is earlier than its ``published``
    date ("Created: 08/09/2014 5:14 AM" on a page kept by an archive two months later): the
    days it tells of ("early Saturday") are counted back from when it was written. ``phrases``:
    the report's dates, the recogniser's and `_numeric_dates`."""
    if article.published is None:
        return article
    stamped = []
    for ent in sorted(phrases, key=lambda e: e.start):
        if (ent.label_ in ("DATE", "TIME") or dates.NUMERIC_DATE.fullmatch(ent.text)) and _stamp(ent) and re.search(r"\b(19|20)\d\d\b|/\d\d\b", ent.text):
            resolved = dates.resolve(ent.text, article.published)
            if resolved is not None and resolved[1] == "day":
                stamped.append(resolved[0])
    # the page's own stamp heads it; later ones may be those of other stories it links to
    first = stamped[0] if stamped else None
    if first is None or not STAMP_LAG_DAYS <= (article.published - first).days <= BACKGROUND_DAYS:
        return article
    return dataclasses.replace(article, published=first)


def _numeric_dates(doc: Doc, text: str) -> list[Span]:
    """Dates written as numbers ("11/17/1971:") that the recogniser left out or took for a
    number or a name: spans of their own, so that they are read like any date. ``text`` is
    ``doc.text``, joined once by the caller."""
    found = []
    for match in dates.NUMERIC_DATE.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and span.text == match.group(0) and not any(e.start <= span.start < e.end for e in entities(doc)):
            found.append(span)
    return found


#: Words that open a day the recogniser may miss ("early Tuesday morning", "last night").
DAY_OPENERS = {"early", "late", "last", "this"}
#: Parts of a day that close it.
DAY_PARTS = {"morning", "afternoon", "evening", "night"}
#: Entities whose last word may stand before a weekday that is a day, not part of a name: a
#: place, a force or a person ends there ("a shooting in East Lubbock Saturday night",
#: "Sgt. Ann Lee said Friday"); "Black Friday" and "Super Tuesday" are no such names.
NAMES_BEFORE_A_DAY = {"DATE", "GPE", "LOC", "FAC", "ORG", "PERSON"}


def _unrecognised_days(doc: Doc) -> list[Span]:
    """Weekdays and parts of a day that the recogniser left out of every entity ("A 2-year-old
    boy was accidentally shot in his leg early Tuesday morning" gave only "morning", a time;
    "Deputies responded to a call around 7 last night" gave none): spans of their own, so that
    they are read like any date. A weekday named as part of a name ("Black Friday", "Good
    Friday") is none."""
    found = []
    for i in positions(doc, LOWER, _DAY_WORDS):
        tok = doc[i]
        if tok.ent_type_ in ("DATE", "TIME") or tok.ent_type_ and tok.lower_ == "night":
            continue
        start, end = i, i + 1
        if tok.lower_ == "night":
            if i == 0 or doc[i - 1].lower_ != "last" or doc[i - 1].ent_type_:
                continue
            start = i - 1
        else:
            before = doc[i - 1] if i > 0 else None
            if before is not None and before.lower_ in DAY_OPENERS and not before.ent_type_:
                start = i - 1
            elif before is not None and not before.is_sent_start and before.is_title and before.ent_type_ not in NAMES_BEFORE_A_DAY:
                continue  # "Black Friday", "Super Tuesday"
            if tok.ent_type_:
                continue  # "Friday's Restaurant": a name
            if i + 1 < len(doc) and doc[i + 1].lower_ in DAY_PARTS:
                end = i + 2
        found.append(Span(doc, start, end, label="DATE"))
    return found


#: Words before a weekday that make it a habit, a span or a day to come.
NO_DAY_BEFORE = {"every", "each", "next", "since", "until", "till", "from", "between", "through"}


def _day_within(ent: Span) -> Span | None:
    """The weekday at the end of a date phrase that names no day as a whole, with its opener
    and the part of the day after it: the recogniser ran "the year" into "late Sunday" in
    "the seventh homicide of the year late Sunday night", and left "night" out."""
    doc = ent.doc
    i = next((t.i for t in ent if t.lower_ in dates.WEEKDAYS), None)
    if i is None or any(t.lower_ in NO_DAY_BEFORE for t in doc[ent.start : i]):
        return None  # "every Sunday", "from Friday"
    start = i - 1 if i > ent.start and doc[i - 1].lower_ in DAY_OPENERS else i
    end = ent.end + 1 if ent.end < len(doc) and doc[ent.end].lower_ in DAY_PARTS else ent.end
    return Span(doc, start, end, label="DATE") if start > ent.start or end > ent.end else None


def _event_date(doc: Doc, text: str, article: Article, anchors: set[int], incident_sents: list[Span], excluded: set[int]) -> tuple[Claim | None, dt.date | None, str | None]:
    """The incident's day as a report tells it, with the claim that quotes it."""
    source = article
    phrases = [*entities(doc), *_numeric_dates(doc, text)]
    article = _as_stamped(phrases, article)  # the claim keeps the report's own ``published``
    incident_starts = {s.start for s in incident_sents}
    sentence_of = sentence_numbers(doc)
    found: list[tuple[int, bool, Span, dt.date, str]] = []  # rank, recent, phrase, day, precision
    for ent in [*phrases, *_unrecognised_days(doc)]:
        numeric = dates.NUMERIC_DATE.fullmatch(ent.text)  # "5/28/1970", read as a number or a name
        if ent.label_ not in ("DATE", "TIME") and not numeric or ent.root.i in excluded or _stamp(ent) or _signs_a_post(ent):
            continue
        resolved = dates.resolve(ent.text, article.published)
        if resolved is None and ent.label_ == "DATE":
            day_in = _day_within(ent)
            if day_in is not None:
                ent, resolved = day_in, dates.resolve(day_in.text, article.published)
        if resolved is None:
            continue
        day, precision = resolved
        if article.published and day > article.published + dt.timedelta(days=1):
            continue
        if precision == "year" and article.published is not None:
            # A report tells of its own incident by a day, or by none (then its publication
            # day); a year alone is background or a period ("a 2010 incident that left one man
            # dead", "a map of the homicides in 2014, 2015 and 2016"), or no date at all (the
            # street number of "1802 Seventh Ave.").
            continue
        if _to_come(ent) or dates.is_holiday(ent.text) and not _holiday_is_a_day(ent, anchors):
            continue
        if article.published and day == article.published + dt.timedelta(days=1) and _names_the_incident(ent, anchors):
            # "Friday's drive-by shooting", "the Friday shooting" in a report of Thursday: an
            # incident named by its weekday has happened, so it is the Friday six days back, not
            # the day after the report's date that a bare weekday six days back is read as
            day -= dt.timedelta(days=7)
        link = _linked_to(ent, anchors)
        in_phrase = link is None and (article.published is None or (article.published - day).days <= FOLLOW_UP_DAYS) and (_closes_incident_phrase(ent, anchors) or _opens_incident_phrase(ent, anchors))
        if in_phrase:
            link = "anchor"
        if article.published and day > article.published and not link and not dates.is_calendar_date(ent.text):
            # A weekday read as the day after the report and tied to no incident is a day to
            # come: "an autopsy is scheduled for Thursday", "the boy turns 6 on Sunday".
            continue
        rank = 0 if link else 1 if ent.sent.start in incident_starts else 2
        verb = clause_verb(ent.root)
        if (verb.lemma_ in AFTERMATH_VERBS | TELLING_VERBS or _at_court(ent, verb)) and not (in_phrase or link == "anchor" and _tied_in_clause(ent, verb, anchors)):
            # "was arraigned Friday", "remained in critical condition Monday", "said Sunday"; and
            # "two men accused in a shooting that killed a girl appeared in court Wednesday",
            # whose court clause the parser hung below the killing
            rank = 3
        elif verb.lemma_ in DEATH_VERBS:
            rank = max(rank, 2)  # "died Thursday after he was shot" (GVA per-report: +11 right, -7 wrong)
        recent = article.published is None or (article.published - day).days <= RECENT_DAYS
        # A later report names the day of what it follows up ("the June 29 gunfight", "on Nov.
        # 2"): an older day written out dates the incident before a court's or a hospital's day.
        followed_up = precision == "day" and dates.is_calendar_date(ent.text) and (article.published is None or (article.published - day).days <= FOLLOW_UP_DAYS)
        if rank >= 2 and (precision != "day" or not recent) and not followed_up:
            continue
        if precision != "day":
            # "last July", "in 2015": a month or a year names no day, and a report that gives
            # one ("Friday night") anywhere near the incident has told the day.
            rank = 2
        found.append((rank, recent, ent, day, precision))
    # A report tells of its incident first: a day tied to an incident word far below the first
    # sentence that tells of an incident, or the first that ties a day to one, is another
    # incident's ("On Saturday less than a half mile away, a man shot and killed his brother",
    # in a report of four found dead on Tuesday), or a roundup's.
    tied = [sentence_of[ent.sent.start] for rank, _, ent, _, precision in found if rank == 0 and precision == "day"]
    lead_end = min([*tied, *(sentence_of[s.start] for s in incident_sents[:1])], default=0) + LEAD_SENTENCES

    def key(candidate: tuple[int, bool, Span, dt.date, str]) -> tuple[int, bool, bool, bool, dt.date, int]:
        # The incident comes before the deaths, arrests and vigils reported with it: of the
        # dates tied to it, take the earliest recent one.
        rank, recent, ent, day, precision = candidate
        return rank, rank == 0 and sentence_of[ent.sent.start] > lead_end, not recent, precision != "day", day, ent.start

    chosen = min(found, key=key, default=None)
    if chosen is not None:
        rank, _, ent, day, precision = chosen
        confidence = (0.9, 0.7, 0.45, 0.4)[rank]
        return _claim(source, "date", day.isoformat(), ent.start_char, ent.end_char, confidence=confidence, qualifier=precision), day, precision
    if article.published and incident_sents:
        # No date phrase: a news report tells of what happened the day it was published or just
        # before. Quote the incident sentence, and say it is an assumption.
        sent = incident_sents[0]
        return _claim(source, "date", article.published.isoformat(), sent.start_char, sent.end_char, confidence=0.3, qualifier="report_date"), article.published, "day"
    return None, None, None


def _perpetrators(triggers: list[Token], article: Article) -> list[Claim]:
    """Who did it, where a report names them as the doer: "members of the Weather Underground
    bombed ...", "the Chicano Liberation Front threw a firebomb ...", "Puerto Rican nationalists
    set fire to ...", "members of the League failed in their attempts to firebomb ..."."""
    found: list[Claim] = []
    for tok in triggers:
        doer = _doer(tok)
        if doer is None:
            continue
        if doer.lemma_ in ("member", "supporter", "militant", "fighter"):  # "members of the X"
            doer = next((g for c in doer.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), doer)
        ent = next((e for e in entities(tok.doc) if e.start <= doer.i < e.end and e.label_ in ("ORG", "NORP", "PERSON")), None)
        nation = next((e for e in entities(tok.doc) if e.end == doer.i and e.label_ == "NORP"), None)
        if ent is not None and not (ent.label_ == "NORP" and not ent.text.istitle()):
            start, end = ent.start_char, ent.end_char
        elif nation is not None and doer.lemma_.casefold() in MOVEMENT_LEMMAS:
            # "Puerto Rican nationalists", "Black militants": a people and what they stand for
            start, end = nation.start_char, doer.idx + len(doer.text)
        elif doer.pos_ == "PROPN":  # a name the recogniser missed: "the Weather Underground"
            first = min([doer, *(c for c in doer.children if c.dep_ == "compound")], key=lambda t: t.i)
            start, end = first.idx, doer.idx + len(doer.text)
        else:
            continue
        if not any(c.start == start for c in found):  # "a bomb was detonated by": two words, one doer
            found.append(_claim(article, "perpetrator", normalise_group(article.text[start:end]), start, end, confidence=0.6))
    return found


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
    "suffer", "mourn", "remember", "blame",
}  # fmt: skip


def _doer(trigger: Token) -> Token | None:
    """The subject or agent of the deed an incident word names: the verb itself ("bombed"), a
    verb a few steps up from it ("failed in their attempts to firebomb"), or, for a noun, the
    verb it is the direct object of ("threw a firebomb", "set fire"), or the agent of the verb
    it is the passive subject of ("a bomb was detonated by"). A noun reached through a
    preposition is no deed ("offered condolences following the attack"); a passive verb names
    its victim as subject; a subject that is the incident itself ("the bomb exploded") does no
    deed of its own."""
    if trigger.pos_ not in ("VERB", "AUX"):
        verb = trigger.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in WITNESS_LEMMAS or trigger.dep_ not in ("dobj", "nsubjpass"):
            return None
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if trigger.dep_ == "dobj" else None
        return agent or subject
    tok = trigger
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") and tok is not trigger and tok.lemma_ in WITNESS_LEMMAS:
            return None  # "police discovered the men had bombed it": not theirs
        if tok.pos_ in ("VERB", "AUX"):
            agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent
            subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
            if subject is not None:
                return subject if subject.dep_ == "nsubj" and trigger not in subject.subtree else None
        if tok.head is tok or tok.dep_ in ("ccomp", "parataxis", "relcl"):
            return None  # the top of its clause: no subject above belongs to it
        tok = tok.head
    return None


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
    casualties = casualty_words(doc)  # a sentence with none of them states no count
    for i, sent in enumerate(sents):
        if i == 0 and _is_headline(sent):
            all_counts.extend((i, c) for c in headline_counts(sent, excluded, headline))
        elif i not in headings and i not in links and any(sent.start <= w < sent.end for w in casualties):
            all_counts.extend((i, c) for c in counts_in(sent, excluded))
    violent = [c for _, c in all_counts if c.attribute in ("killed", "wounded", "shot", "hostages") and c.value > 0]
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
    date_claim, day, precision = _event_date(doc, text, article, date_anchors, incident_sents, excluded)

    claims: list[Claim] = []
    if date_claim:
        claims.append(date_claim)
    killed = [c for _, c in all_counts if c.attribute == "killed" and c.value > 0]
    kept = [
        c for _, c in all_counts
        if not (day is not None and _foreign_date(c.trigger, article.published, day)) and not restates_the_dead(c, killed)
    ]  # fmt: skip
    elsewhere = set(told_far_below(kept))
    kept = [c for c in kept if c not in elsewhere]
    for count in kept:
        value = count.value + 1 if adds_to_the_dead(count, killed) else count.value  # "Booker was also killed"
        claims.append(_claim(article, count.attribute, value, count.start, count.end, qualifier=count.qualifier))
    claims.extend(_derived_wounded(article, kept))

    modes: Counter[str] = Counter(_mode(t) or "attack" for t in triggers)
    if positions(doc, LOWER, "suicide"):
        modes["suicide"] += 1
    for t in triggers:
        claims.append(_claim(article, "mode", _mode(t) or "attack", t.idx, t.idx + len(t.text), confidence=0.5))
    kind = classify(modes)
    cameo = TYPES.get(kind, "180")

    place_claims = places(doc, set(incident_idx), excluded, anchors)
    chosen = best_place(place_claims)
    for attribute, pc in chosen.items():
        claims.append(_claim(article, attribute, pc.value, pc.start, pc.end, confidence=min(1.0, pc.weight / 3)))
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


def _names(doc: Doc, excluded: set[int]) -> frozenset[str]:
    """What tells this incident from another in the same town: the people, places and groups
    named, and the ages of those involved ("a 17-year-old"). Police forces and news outlets,
    named in every report of a town, tell nothing."""
    names: set[str] = set()
    for ent in entities(doc):
        if ent.root.i in excluded or ent.label_ not in ("PERSON", "ORG", "FAC", "NORP"):
            continue
        words = {t.lower_ for t in ent}
        if ent.label_ in ("ORG", "NORP") and words & NON_DISTINCTIVE:
            continue
        name = gazetteer.fold(ent.text).removeprefix("the ").removesuffix("'s").strip()
        if len(name) > 3:
            names.add(name)
    for tok in map(doc.__getitem__, positions(doc, LOWER, "old")):
        if tok.i >= 4 and doc[tok.i - 2].lower_ == "year" and doc[tok.i - 4].like_num:
            names.add(f"age:{doc[tok.i - 4].text}")
    return frozenset(names)


def _foreign_date(trigger: Token, published: dt.date | None, day: dt.date) -> bool:
    """Whether the clause of a count is dated far from the incident ("killed last year"), or
    the incident it tells of is: "the Nov. 5, 2009 rampage that left 13 dead", "in 2007, when
    a student killed 32 people", "the 2009 mass shooting"."""
    verb = clause_verb(trigger)
    clause = list(verb.subtree)
    words = {t.lower_ for t in clause}
    sent = verb.sent
    # asked for each count of a sentence: the sentence's part of the answer is found once
    tally = kept(sent.doc, ("tally", sent.start), lambda: bool({t.lower_ for t in sent} & STATISTICS_WORDS) or "so far" in sent.text.casefold() or _counts_incidents(sent))
    if words & AGGREGATE_WORDS or across_regions(clause) or of_many_incidents(clause) or tally or _over_hours_or_days(clause):
        # "3,290 people have been shot so far", "53 wounded across the city", "there were 45 such
        # shootings, with 29 children wounded and 11 killed", "shot in about ten hours": a tally of many incidents
        return True
    # "12 people have been shot since Friday, and four of them died": the clause a count's
    # clause is joined to may date the tally; "74 people shot since Wednesday, with 12 of those
    # victims killed": a share of those the sentence tallies
    joined = [c for c in verb.head.children if c.i not in {t.i for t in clause}] if verb.dep_ == "conj" else []
    if _share_of_those(trigger):
        joined += [t for t in verb.sent if t.lower_ == "since"]
    for tok in (*clause, *joined):
        if tok.lower_ == "since" and any(g.ent_type_ in ("DATE", "TIME") for g in tok.children):
            return True  # "the number of people shot since Wednesday": a tally of days
        if tok.ent_type_ == "DATE" and tok.ent_iob_ == "B":
            ent = next(e for e in entities(tok.doc) if e.start == tok.i)
            if _last_year(ent) or SPAN_OF_TIME.search(ent.text):
                return True  # "last year", "this year's": another incident; "in the past six weeks": many
            resolved = dates.resolve(ent.text, published)
            if resolved and abs((resolved[0] - day).days) > FOREIGN_DATE_DAYS:
                return True
    for ent in _dates_above(trigger):
        if "last year" in ent.text.casefold() and published is not None and day.year == published.year:
            return True  # "last year's nightclub massacre that killed 49", in a report of this year's
        resolved = dates.resolve(ent.text, published)
        if resolved and abs((resolved[0] - day).days) > BACKGROUND_DAYS:
            return True
    return False


#: A date that is a span of many days: "the past six weeks", "the last two years".
SPAN_OF_TIME = re.compile(r"\b(?:past|last|previous|first)\b.*\b(?:days|weeks|months|years)\b", re.IGNORECASE)
#: Least number of incidents that makes a sentence's counts a tally: "17 shootings across the city".
TALLY_INCIDENTS = 4


#: Units of a span of time that a tally covers: "in about ten hours", "over three days".
TIME_UNITS = {"hour", "day", "night", "week", "weekend", "month"}


#: Nouns of a stretch of time that a length makes many hours or days: "a 48-hour span".
SPAN_NOUNS = {"span", "period", "stretch", "window"}


def _many_units(noun: Token) -> bool:
    """"ten hours", "three days"; "a 48-hour span", "a three-day period"."""
    if noun.lemma_ in SPAN_NOUNS:
        return any(c.dep_ in ("compound", "amod") and _many_units(c) for c in noun.children)
    # the number is a time to the recogniser, so read as a word: "ten hours"; "a little more than
    # 48 hours" hangs "little" on "hours" too
    return noun.lemma_ in TIME_UNITS and any(c.dep_ == "nummod" and (word_value(c.text) or 0) > 1 for c in noun.children)


def _over_hours_or_days(clause: list[Token]) -> bool:
    """Whether a count's clause spans many hours or days: "were shot in about ten hours",
    "over three days", "in a 48-hour span", "between 3 p.m. Friday and 3 a.m. Monday"."""
    for tok in clause:
        if tok.dep_ == "relcl" and _many_units(tok.head) and tok.head.lemma_ in SPAN_NOUNS:
            return True  # "a 48-hour span in which 14 people were wounded"
        if tok.dep_ == "prep" and tok.lower_ in ("in", "over", "within", "during"):
            for g in tok.children:
                if g.dep_ == "pobj" and (g.tag_ == "NNS" or g.lemma_ in SPAN_NOUNS) and _many_units(g):
                    return True
        if tok.dep_ == "prep" and tok.lower_ == "between" and sum(t.ent_type_ in ("DATE", "TIME") and t.ent_iob_ == "B" for t in tok.subtree) >= 2:
            return True
    return False


def _share_of_those(trigger: Token) -> bool:
    """Whether a count is a share of a group told before: "12 of those victims killed", "four
    of them died"."""
    return any(
        t.lower_ == "of" and any(g.lower_ in ("those", "them") or any(d.lower_ == "those" for d in g.children) for g in t.children)
        for t in trigger.subtree
    )


def _counts_incidents(sentence: Span) -> bool:
    """Whether a sentence numbers the incidents it sums: "44 shooting incidents with 53
    victims", "in 17 shootings"; not "three shootings" of one spree, told together."""
    for tok in sentence:
        if tok.tag_ == "NNS" and tok.lemma_ in ("shooting", "incident", "attack"):
            number = next((c for c in tok.children if c.dep_ == "nummod"), None)
            q = quantity(number) if number is not None else None
            if q is not None and q.value >= TALLY_INCIDENTS:
                return True
    return False


def _last_year(ent: Span) -> bool:
    """A date that names a year other than the days of the incident: "last year", "this year's";
    not an age ("20 years old")."""
    text = ent.text.casefold()
    return "year" in text and "years" not in text and "old" not in text


#: Dependencies that modify a word within its own phrase, as a date does: "the 2009 shooting",
#: "was in 2007", "On Nov. 5, 2009, Hasan opened fire".
PHRASE_DEPS = {"npadvmod", "nmod", "compound", "nummod", "amod", "tmod", "pobj", "prep", "attr", "poss"}


def _dates_above(trigger: Token) -> list[Span]:
    """The dates that modify the words a count hangs from: the clause a count is told in may be
    dated by the noun or the verb it belongs to, not within itself."""
    found: dict[int, Span] = {}
    own = {t.i for t in trigger.subtree}
    for anc in trigger.ancestors:
        stack = [anc]
        while stack:
            tok = stack.pop()
            if tok.ent_type_ == "DATE":
                ent = next(e for e in entities(tok.doc) if e.start <= tok.i < e.end)
                found[ent.start] = ent
            stack.extend(c for c in tok.children if c.dep_ in PHRASE_DEPS and c.i not in own)
    return list(found.values())


def _derived_wounded(article: Article, counts: list[Count]) -> list[Claim]:
    """Hits that did not kill are the wounded, when the report gives no count of injuries."""
    hits = [c for c in counts if c.attribute in ("shot", "hit")]
    if not hits:
        return []
    stated = max((c.value for c in counts if c.attribute == "wounded"), default=0)
    dead = max((c.value for c in counts if c.attribute == "killed"), default=0)

    def survivors(hit: Count) -> int:
        if not names_others(hit):
            return hit.value - dead
        # "A boy was killed and six others were shot": the dead are not among these hits, but
        # a fatal share of them is ("two others were shot, one fatally", "four others,
        # including one who died")
        among = {hit.trigger.i, *(t.i for t in hit.victim.subtree)} if hit.victim is not None else {hit.trigger.i}
        return hit.value - sum(c.value for c in counts if c.attribute == "killed" and c.trigger.i in among)

    top = max(hits, key=survivors)
    wounded = survivors(top)
    # "Three men were found with gunshot wounds ... A woman was also shot": the next victim told
    # after them, "also" hit, is one more; one hit in between ("A 30-year-old woman was shot, and
    # a 19-year-old man was also shot") may be among those counted, and so adds none
    after = min((c for c in hits if c.start >= top.end), key=lambda c: c.start, default=None)
    if after is not None and also_hit(after):
        wounded += max(survivors(after), 0)
    # "Four people were shot ... another victim sustained critical injuries": the stated count
    # covers one victim; the hits that did not kill cover them all.
    if wounded <= stated:
        return []
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
    date_claim, day, precision = _event_date(doc, doc_text(doc), article, set(), list(sents[:3]), excluded)
    if date_claim is not None and date_claim.qualifier != "report_date":
        claims.append(date_claim)
    else:
        day, precision = None, None
    chosen = best_place(places(doc, set(range(min(3, len(sents)))), excluded, set()))
    for attribute, pc in chosen.items():
        claims.append(_claim(article, attribute, pc.value, pc.start, pc.end, confidence=min(1.0, pc.weight / 3)))
    if not claims:
        first = sents[0]
        claims.append(_claim(article, "topic", first.text[:200].strip(), first.start_char, first.start_char + len(first.text[:200].strip()), confidence=0.3))
    # a happening that is no incident has no venue of its own: its place is its town
    place = place_of({k: v for k, v in chosen.items() if k != "venue"})
    return Mention(article=article, type="other", cameo="", plover=None, claims=claims, date=day,
                   date_precision=precision, place=place, names=names, kind="other")  # fmt: skip

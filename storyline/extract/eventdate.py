"""The incident's day as a report tells it: which of its date phrases is tied to the incident,
which tells of an arrest, a court, a vigil or the page's own stamp, and which is background.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from ..model import Article, Claim
from ..nlp import doc_text, entities, kept, positions, sentence_numbers, span_text
from . import dates
from .claims import claim as _claim
from .counts import clause_verb
from .lexicon import DEED_NOUNS, SCENE_VERBS, STORY_LIST_NOUNS
from .numbers import word_value

__all__ = ["BACKGROUND_DAYS", "event_date"]

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
#: The people who sit in a court: a day they act on is the court's ("On Tuesday, Judge Robert
#: Wilson found that prosecutors had established probable cause", "a jury convicted him Friday").
COURT_PEOPLE = {"judge", "jury", "juror", "magistrate"}
#: Work that follows an incident, as the subject of a plain "be": "a death investigation is
#: underway Monday after a 16-year-old was shot", "the search was on Friday for the gunman". The
#: day is the work's, after the incident.
AFTERMATH_NOUNS = {"investigation", "search", "manhunt", "vigil", "funeral", "autopsy", "memorial", "probe"}
#: Verbs of telling: a date they hang on is when the police or a family spoke ("a police
#: spokesman said Sunday"), often a day after the incident; like the aftermath's, it dates the
#: incident only where nothing else does.
TELLING_VERBS = {"say", "tell", "announce", "confirm", "speak", "learn"}
#: Words that make a date the page's own stamp ("Posted: Tuesday, January 28, 2014", "(Published
#: Thursday, Jan. 12, 2017)", "Updated Apr 12"): when it was written, not what it tells of.
STAMP_LEMMAS = {"publish", "post", "update", "modify", "create"}
#: A page's stamp this many days before its ``published`` date dates the page instead.
STAMP_LAG_DAYS = 2
#: A date this many days before publication is still news; older ones are background.
RECENT_DAYS = 10
#: Sentences after the first that tells of an incident, or ties a day to one, within which a
#: day tied to an incident may still be the report's incident's.
LEAD_SENTENCES = 6
#: A day written out this far before publication may still be what a later report follows up.
FOLLOW_UP_DAYS = 400
#: A count whose incident is dated this far from the report's is another incident's. A later
#: report retells its own by its date ("accused in a May 25 shooting that killed one"), months
#: on: only a date years away is surely another ("the Nov. 5, 2009 rampage that left 13 dead").
BACKGROUND_DAYS = 366

_DAY_WORDS = frozenset(dates.WEEKDAYS) | {"night"}
#: A date phrase that sets what its sentence tells a week or more before the report: "just last
#: week", "earlier this month", "two weeks ago".
EARLIER = re.compile(r"\b(?:last|past|previous) (?:week|month)\b|\bearlier this (?:week|month)\b|\bweeks? (?:ago|earlier|before)\b", re.IGNORECASE)


#: Words that make an incident noun another incident than the report's: "Two more shootings from
#: Saturday evening are under investigation", "an earlier shooting Sunday". Not "separate": "7
#: shot in 3 separate shootings" are a roundup's own, apart from each other. `clauses.recalled`
#: sets a casualty's clause apart by its own list (`clauses.OTHER_INCIDENT_WORDS`: "previous",
#: "prior", "unrelated", "separate" as adjectives); each list was measured where it is read.
ANOTHER_INCIDENT_WORDS = {"more", "other", "another", "earlier", "previous"}


def _another_incident(word: Token) -> bool:
    """Whether an incident noun is told as another incident than the report's own."""
    return word.lemma_.casefold() in DEED_NOUNS and any(c.dep_ in ("amod", "det", "advmod") and c.lower_ in ANOTHER_INCIDENT_WORDS for c in word.children)


#: Incident words that name a weapon, not what was done with it.
WEAPONS = {"gun", "rifle", "pistol", "handgun", "firearm", "knife", "bomb", "grenade", "explosive", "weapon", "shotgun", "revolver"}


def _no_weapons(doc: Doc, anchors: set[int]) -> set[int]:
    """The anchors less those that name a weapon: "had bought the gun on March 2", "possession
    of a weapon at his Saturday arraignment" date the gun's purchase and the court, not the
    shooting; "fired a gun Saturday" is still tied by its verb of violence."""
    # asked for each date phrase of the report, of the same anchors: found once
    return kept(doc, ("no weapons", frozenset(anchors)), lambda: {i for i in anchors if doc[i].lemma_.casefold() not in WEAPONS})


def _linked_to(ent: Span, anchors: set[int]) -> str | None:
    """How a date phrase is tied to the incident: "anchor" where it modifies an incident or
    casualty word or the verb they hang on, "verb" where it modifies a verb of happening ("It
    happened around 1 p.m. Sunday"), "other" where it modifies an incident word told as another
    incident ("two more shootings from Saturday evening"), None where it is not tied."""
    head = ent.root.head
    anchors = _no_weapons(ent.doc, anchors)
    for tok in ent:
        for anc in [tok, *tok.ancestors]:
            if anc.i in anchors and not (ent.start <= anc.i < ent.end):
                return "other" if _another_incident(anc) else "anchor"
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
    verb = clause_verb(ent.root)
    if any(_when_it_happened(c, anchors) or _hurting_as_it_did(c, anchors) for c in verb.children):
        return "anchor"
    return "verb" if verb.lemma_ in ("happen", "occur", *VIOLENCE_VERBS) or _found_dead(verb) else None


def _when_it_happened(clause: Token, anchors: set[int]) -> bool:
    """Whether a clause is a "when" clause of the incident that interrupts what its head tells:
    "At 10:30 p.m. Sunday, a 17-year-old was standing on the corner when he was shot" dates the
    shooting by the standing."""
    return clause.dep_ == "advcl" and clause.i in anchors and any(c.lower_ == "when" and c.dep_ == "advmod" for c in clause.children)


def _hurting_as_it_did(clause: Token, anchors: set[int]) -> bool:
    """Whether a clause is a participle of the incident that tells what its head's deed did: "A
    gunman opened fire minutes into a vigil Monday evening, wounding five people"."""
    return (
        clause.dep_ == "advcl" and clause.i in anchors and clause.tag_ == "VBG" and clause.lemma_ in VIOLENCE_VERBS
        and not any(c.dep_ in ("mark", "advmod") for c in clause.children)
    )  # fmt: skip


#: What the found are found as, where the finding is the incident's day: "found dead", "found
#: shot", "found unresponsive with a gunshot wound".
FOUND_AS = {"dead", "deceased", "unresponsive", "lifeless", *VIOLENCE_VERBS}


def _found_dead(verb: Token) -> bool:
    """Whether a verb tells that the dead or the shot were found ("two men were found dead in a
    home Thursday"): the day of the finding is the incident's, as GVA and the police date it."""
    return verb.lemma_ == "find" and any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advcl", "conj") and c.lemma_.casefold() in FOUND_AS for c in verb.children)


def _tied_in_clause(ent: Span, verb: Token, anchors: set[int]) -> bool:
    """Whether a date is tied to an incident word within its own clause: through the words it
    hangs on up to the clause's verb, or as that verb's subject or object ("the shooting was
    reported Sunday"). An incident word above the verb ties another clause's day."""
    anchors = _no_weapons(ent.doc, anchors)
    for tok in ent:
        for anc in [tok, *tok.ancestors]:
            if anc.i in anchors and not ent.start <= anc.i < ent.end:
                return True
            if anc.i == verb.i:
                break
    return any(c.i in anchors and c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in (*verb.children, *ent.root.head.children))


#: How many words back a calendar date may close an incident noun's phrase.
PHRASE_WORDS = 20


def _closes_incident_phrase(ent: Span, anchors: set[int]) -> bool:
    """Whether a date written out closes the phrase of an incident word, with no verb between:
    "arrested Monday in connection with the shooting death of a boy at a home on March 18".
    The parser hangs such a date on the clause's verb (the arrest); news style writes the day
    of what a report follows up as a date, and the day of the arrest as a weekday."""
    if not dates.is_calendar_date(span_text(ent)):
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
    if not dates.is_calendar_date(span_text(ent)):
        return False
    doc = ent.doc
    for tok in doc[ent.end : min(ent.sent.end, ent.end + OPENING_WORDS)]:
        nominal = tok.pos_ == "NOUN" or tok.dep_ in ("amod", "compound")
        if tok.i in anchors and nominal and tok.lemma_.casefold() not in WEAPONS:
            return True
        if not nominal and tok.pos_ not in ("ADJ", "PROPN") or tok.is_punct:
            return False  # "on March 20 shot", "March 20, the shooting"
    return False


#: The things a court sees done: "entered into plea agreements", "took plea deals".
PLEA_WORDS = {"plea", "pleas"}


def _court_phrase(word: Token) -> bool:
    """Whether a verb's object or its phrase is a court's or a plea: "in court", "into plea
    agreements"."""
    nouns = [word] if word.dep_ == "dobj" else [g for g in word.children if g.dep_ == "pobj"]
    return any(
        n.lemma_.casefold() in COURT_WORDS or n.lower_ in PLEA_WORDS or any(c.dep_ == "compound" and c.lower_ in PLEA_WORDS for c in n.children)
        for n in nouns
    )


def _at_court(ent: Span, verb: Token) -> bool:
    """Whether a date tells when someone was at court: "was in court Friday", "is due Wednesday
    in circuit court", "was in court for Wednesday's hearing", "On Tuesday, Judge Wilson found".
    Where the verb is a plain "be", only the court's word in its clause, or as the date's own
    head, says it is the aftermath's day."""
    if ent.root.head.lemma_.casefold() in COURT_WORDS:
        return True
    if any(_court_phrase(c) for c in verb.children if c.dep_ in ("prep", "dobj")):
        return True  # "admitted in court Thursday", "entered into plea agreements Friday"
    # "On Tuesday, Judge Robert Wilson found", "a jury on Friday convicted": a day before the
    # court's verb; one after it may close what the court heard of ("found probable cause for a
    # charge in the shooting death of his friend Tuesday night")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if ent.end <= verb.i and any(w.lemma_.casefold() in COURT_PEOPLE for s in subjects for w in (s, *(c for c in s.children if c.dep_ == "compound"))):
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


def _heads(ent: Span, incident_starts: set[int]) -> bool:
    """Whether a date is a heading of the sentence after it, which tells of an incident:
    "4/16/1970: In a series of related attacks, unknown perpetrators bombed the Plaza III
    Restaurant", whose date the parser sets apart as a sentence of its own. Only a date and a
    colon: a line of a date alone is as often the page's stamp ("October 20, 2013 11:50 PM")."""
    sent = ent.sent
    rest = [t for t in sent if not ent.start <= t.i < ent.end]
    return bool(rest) and all(t.text == ":" for t in rest) and sent.end in incident_starts


def _of_aftermath(verb: Token) -> bool:
    """Whether a plain "be" tells of the work after an incident: "a death investigation is
    underway Monday" (`AFTERMATH_NOUNS`)."""
    return verb.lemma_ == "be" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.casefold() in AFTERMATH_NOUNS for c in verb.children)


def _fronted_for_report(ent: Span, verb: Token, anchors: set[int]) -> bool:
    """Whether a date that opens its sentence, before a verb of telling, dates what the telling
    reports: "Saturday night, police said a gunman opened fire on the crowd". The parser hangs
    the fronted day on "said"; it is the day of the violence told, where the told clause gives
    no day of its own ("On Monday, police said the man shot Saturday had died")."""
    if verb.lemma_ not in TELLING_VERBS:
        return False
    opens = ent.start <= ent.sent.start + 1 and ent.end <= verb.i
    anchors = _no_weapons(ent.doc, anchors)
    for told in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        if not opens and not _opens_the_told(ent, verb, told):
            continue
        if any(t.ent_type_ in ("DATE", "TIME") for t in told.subtree):
            return False
        if told.lemma_ in VIOLENCE_VERBS | SCENE_VERBS or any(c.i in anchors and c.dep_ in ("nsubjpass", "dobj") for c in told.children):
            return True
    return False


def _opens_the_told(ent: Span, verb: Token, told: Token) -> bool:
    """Whether a date between a verb of telling and the clause it tells opens that clause, set
    off by a comma: "The sheriff's office says around 2 p.m. on Sunday, deputies were
    dispatched", where the parser hangs the time on "says"."""
    first = next(t for t in told.subtree if not t.is_punct)  # the comma may hang on the told verb
    return verb.i < ent.start and ent.end <= first.i and any(t.text == "," for t in ent.doc[ent.end : first.i])


#: Verbs that "overnight" tells the length of, not the time of: "where they sometimes stay
#: overnight", "was kept overnight for observation", "held overnight in the county jail".
STAY_VERBS = {"stay", "remain", "spend", "sleep", "keep", "hold", "camp", "park", "leave"}


def _a_stay(ent: Span) -> bool:
    """Whether "overnight" tells how long something lasted rather than when the incident was."""
    return span_text(ent).casefold() == "overnight" and ent.root.head.lemma_ in STAY_VERBS


def _names_a_sitting(ent: Span) -> bool:
    """Whether a date names a court's sitting as its modifier: "at his Saturday arraignment",
    "after Tuesday's bail hearing". It is the court's day, whatever incident the clause tells of."""
    root = ent.root
    return root.dep_ in ("poss", "compound", "nmod") and root.head.lemma_.casefold() in COURT_WORDS


def _names_the_incident(ent: Span, anchors: set[int]) -> bool:
    """Whether a weekday names an incident as its modifier: "Friday's shooting", "the Friday
    attack"; not "Saturday's game", a day that may be to come."""
    root = ent.root
    return len(ent) == 1 and root.lower_ in dates.WEEKDAYS and root.dep_ in ("poss", "compound", "nmod") and root.head.i in anchors


#: Words before a date that make it the bound of a span or a tally: "100 people killed as of June
#: 15", "wounded since Friday", "through July 20". Not "from" and "between": the first day of a
#: span ("from Friday through Sunday") is as often a roundup's own day.
BOUND_WORDS = {"since", "until", "till", "through", "thru"}


def _a_bound(ent: Span) -> bool:
    """Whether a date is told as where a span or a tally ends or starts, not as a day something
    happened on: "with 100 people killed as of June 15" (a tally's), "as of Thursday night, the
    mom and baby remain in critical condition" (a state's), "since Friday"."""
    doc = ent.doc
    before = [t.lower_ for t in doc[max(0, ent.start - 2) : ent.start]]
    opening = [t.lower_ for t in doc[ent.start : ent.start + 2]]
    return opening[0] in BOUND_WORDS or bool(before) and before[-1] in BOUND_WORDS or ["as", "of"] in (before, opening)


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


#: Words that head a link to another story of the page: "Previous Story 4/3/17: One dead ...".
LINK_WORDS = {"story", "stories"}


def _heads_a_linked_story(ent: Span) -> bool:
    """Whether a date heads the title of another story the page links to ("Previous Story
    4/3/17: One Dead After Shooting"): the day that story was posted, not the incident's."""
    doc = ent.doc
    before = doc[max(ent.sent.start, ent.start - 2) : ent.start]
    return ent.end < len(doc) and doc[ent.end].text == ":" and any(t.lower_ in LINK_WORDS for t in before)


#: A label in capitals that opens a link to another story within a line: "[OTHER NEWS: Man shot
#: dead in Portland Saturday]", "RELATED: ...", "READ MORE: ...".
LINK_LABEL = re.compile(r"(?:^|\[)\s*([A-Z][A-Z ]{1,30}):")
#: Words of such a label: those of a link's head (`LINK_WORDS`) and of a list of stories
#: (`lexicon.STORY_LIST_NOUNS`), and more.
LINK_LABEL_WORDS = LINK_WORDS | STORY_LIST_NOUNS | {"related", "more", "news", "read", "watch", "video", "article", "also", "trending"}
#: Words of a label over the report's own telling, not another story's: "ORIGINAL STORY:",
#: "FIRST REPORT:", "UPDATE:".
OWN_LABEL_WORDS = {"original", "initial", "first", "update"}


def _in_a_linked_title(ent: Span) -> bool:
    """Whether a date stands in the title of another story that a line links to under a label:
    "[OTHER NEWS: Man shot dead in Portland Saturday]" in a report of Easter Sunday's shooting."""
    text = doc_text(ent.doc)
    line = text[text.rfind("\n", 0, ent.start_char) + 1 : ent.start_char]
    for label in LINK_LABEL.finditer(line):
        words = set(label.group(1).casefold().split())
        if words & LINK_LABEL_WORDS and not words & OWN_LABEL_WORDS and "]" not in line[label.end() :]:
            return True
    return False


#: A year in a date phrase, as a page's stamp writes it: "08/09/2014", "Jan. 12, 2017", "4/3/17".
STAMPED_YEAR = re.compile(r"\b(19|20)\d\d\b|/\d\d\b")


def _as_stamped(phrases: list[Span], article: Article) -> Article:
    """The article dated by its page's own stamp where that is earlier than its ``published``
    date ("Created: 08/09/2014 5:14 AM" on a page kept by an archive two months later): the
    days it tells of ("early Saturday") are counted back from when it was written. ``phrases``:
    the report's dates, the recogniser's and `_numeric_dates`."""
    if article.published is None:
        return _dated_by_its_page(phrases, article)
    first = _first_stamp(phrases, article.published)
    if first is None or not STAMP_LAG_DAYS <= (article.published - first).days <= BACKGROUND_DAYS:
        return article
    return dataclasses.replace(article, published=first)


def _first_stamp(phrases: list[Span], published: dt.date | None) -> dt.date | None:
    """The day of the page's own stamp, the first of its stamps that gives a whole day: later ones
    may be those of other stories it links to."""
    for ent in sorted(phrases, key=lambda e: e.start):
        text = span_text(ent)
        # the year first: a stamp gives one, and `_stamp` reads the words around the phrase
        if (ent.label_ in ("DATE", "TIME") or dates.NUMERIC_DATE.fullmatch(text)) and STAMPED_YEAR.search(text) and _stamp(ent):
            resolved = dates.resolve(text, published)
            if resolved is not None and resolved[1] == "day":
                return resolved[0]
    return None


def _dated_by_its_page(phrases: list[Span], article: Article) -> Article:
    """A report that comes without a publication date, dated by its page: its stamp
    ("Published: Dec. 19, 2005 at 9:44 PM", "Posted 12/19/2005"), or else the day its web
    address files it under ("/2005/12/19/"). The days it tells of ("died in prison Monday") are
    counted from it, and a life's dates ("born March 29, 1928") lie far before it."""
    filed = _first_stamp(phrases, None) or dates.in_web_address(article.url)
    return article if filed is None else dataclasses.replace(article, published=filed)


def _numeric_dates(doc: Doc, text: str) -> list[Span]:
    """Dates written as numbers ("11/17/1971:") that the recogniser left out or took for a
    number or a name: spans of their own, so that they are read like any date. ``text`` is
    ``doc.text``, joined once by the caller."""
    found: list[Span] = []
    if "/" not in text:
        return found  # most reports: the search below tries every character
    for match in dates.NUMERIC_DATE.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and span_text(span) == match.group(0) and not any(e.start <= span.start < e.end and _read_as_date(e) for e in entities(doc)):
            found.append(span)
    return found


def _read_as_date(ent: Span) -> bool:
    """Whether a name of the recogniser's is read as a date as it stands: a date or a time, or a
    date alone taken for a name ("4/16/1970" a person); not a date run into more ("4/30/1970:"
    taken for a work of art), whose date would be lost."""
    return ent.label_ in ("DATE", "TIME") or dates.NUMERIC_DATE.fullmatch(span_text(ent)) is not None


def _that_weekday(ent: Span) -> bool:
    """Whether a weekday points back to a day the report has told ("outside the carnival that
    Saturday night", "on that Sunday"): the weekday of another day named, not the last such
    weekday before the report. After a verb "that" opens a clause ("police said that Saturday
    night a man was shot", "alleges that last Friday"), and the weekday tells the day."""
    if ent.start < 2 or ent[0].lower_ not in dates.WEEKDAYS or any(t.lower_ not in dates.NOISE for t in ent[1:]):
        return False
    that, before = ent.doc[ent.start - 1], ent.doc[ent.start - 2]
    return that.lower_ == "that" and before.pos_ not in ("VERB", "AUX")


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
    Friday") is none; one named with its holiday ("Easter Sunday") is the holiday's day."""
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
            holiday = before is not None and dates.is_holiday(f"{before.text} {tok.text}")  # "Easter Sunday", read as a place
            if holiday or before is not None and before.lower_ in DAY_OPENERS and not before.ent_type_:
                start = i - 1
            elif before is not None and not before.is_sent_start and before.is_title and before.ent_type_ not in NAMES_BEFORE_A_DAY:
                continue  # "Black Friday", "Super Tuesday"
            if tok.ent_type_ and not holiday:
                continue  # "Friday's Restaurant": a name
            if i + 1 < len(doc) and doc[i + 1].lower_ in DAY_PARTS:
                end = i + 2
        found.append(Span(doc, start, end, label="DATE"))
    return found


#: The nouns a day of the month names an incident or its death by, written before them: "the Jan.
#: 19 shooting", "Corbin's Jan. 19 death".
DATED_NOUNS = DEED_NOUNS | {"death", "deaths"}


def _dates_the_deed(ent: Span) -> bool:
    """Whether a date stands before a noun of the deed or of its death as its modifier, in any
    clause: "He called Corbin's Jan. 19 death tragic". Read by the word: the tagger takes "the
    Jan. 19 shooting" for a verb's object in such a clause."""
    for tok in ent.doc[ent.end : min(ent.sent.end, ent.end + OPENING_WORDS)]:
        if tok.lower_ in DATED_NOUNS:
            return True
        if tok.is_punct or tok.pos_ not in ("NOUN", "ADJ", "PROPN", "VERB"):
            return False
    return False


def _weekdays_as_told(found: list[tuple[int, bool, Span, dt.date, str]], published: dt.date | None) -> list[tuple[int, bool, Span, dt.date, str]]:
    """The days tied to an incident with a bare weekday read as the day of the month the report
    ties to one on that weekday: "A baby was killed Monday" in a report of March that tells of
    "the Jan. 19 shooting" (a Monday) was killed on January 19, not on the Monday nearest the
    report. Only a day of the month before the weekday's reading and within `FOLLOW_UP_DAYS`."""
    told = {
        day: recent for rank, recent, ent, day, precision in found
        if (rank == 0 or _dates_the_deed(ent)) and precision == "day" and dates.is_calendar_date(span_text(ent))
        and (published is None or (published - day).days <= FOLLOW_UP_DAYS)
    }  # fmt: skip
    if not told:
        return found
    read = []
    for rank, recent, ent, day, precision in found:
        if rank == 0 and precision == "day" and not dates.is_calendar_date(span_text(ent)) and any(t.lower_ in dates.WEEKDAYS for t in ent):
            same = [d for d in told if d.weekday() == day.weekday() and d < day]
            if same:
                day = max(same)
                recent = told[day]
        read.append((rank, recent, ent, day, precision))
    return read


#: Days in a unit of the span a clause's day is told after the incident: "a day after", "two
#: weeks after".
SPAN_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}


def _days_after(verb: Token, anchors: set[int]) -> tuple[int, Token] | None:
    """The days by which a clause's day follows the incident it is told after, and the "after":
    "was arrested Thursday on a manslaughter charge, a day after he accidentally shot his friend",
    "died Tuesday, two days after the shooting" date the shooting a day, two days before the day
    told. Only a span told exactly ("a day", "two weeks"; not "less than a day", "about a week"),
    of an "after" whose clause or object tells of the incident ("a day after his birthday" does not)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "after":
            after, told = child, [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
        elif child.dep_ == "advcl" and (mark := next((c for c in child.children if c.dep_ == "mark" and c.lower_ == "after"), None)):
            after, told = mark, [child]
        else:
            continue
        span = next((c for c in (*after.children, *told[0].children) if c.dep_ == "npadvmod" and c.lower_ in SPAN_UNITS), None) if told else None
        if span is None or not any(t.i in anchors for clause in told for t in clause.subtree):
            continue
        counted = [c for c in span.children if c.i < span.i]
        if len(counted) != 1 or any(counted[0].children):
            continue  # no count, or one told roughly: "less than a day", "about a week"
        count = 1 if counted[0].lower_ in ("a", "an") else word_value(counted[0].text) if counted[0].dep_ == "nummod" else None
        if count:
            return count * SPAN_UNITS[span.lower_], after
    return None


#: A weekend told without its day ("over the weekend", "this past weekend", "weekend shooting").
WEEKEND = re.compile(r"(?:(?:the|this|last|this past|over the) )?weekend(?:'s)?", re.IGNORECASE)
#: The rank of a weekend's Saturday: a day the report leaves untold, before only its own day.
WEEKEND_RANK = 2


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


def event_date(doc: Doc, text: str, article: Article, anchors: set[int], incident_sents: list[Span], excluded: set[int]) -> tuple[Claim | None, dt.date | None, str | None]:
    """The incident's day as a report tells it, with the claim that quotes it."""
    source = article
    phrases = [*entities(doc), *_numeric_dates(doc, text)]
    article = _as_stamped(phrases, article)  # the claim keeps the report's own ``published``
    incident_starts = {s.start for s in incident_sents}
    sentence_of = sentence_numbers(doc)
    found: list[tuple[int, bool, Span, dt.date, str]] = []  # rank, recent, phrase, day, precision
    deaths: set[int] = set()  # where a date is a death's
    quoted: dict[int, Span] = {}  # a date phrase's quote where it is more than the phrase
    weekend: set[int] = set()  # where a date is a weekend's
    for ent in [*phrases, *_unrecognised_days(doc)]:
        said = span_text(ent)
        numeric = dates.NUMERIC_DATE.fullmatch(said)  # "5/28/1970", read as a number or a name
        if ent.label_ not in ("DATE", "TIME") and not numeric or ent.root.i in excluded:
            continue
        phrase = ent
        resolved = dates.resolve(said, article.published)
        if resolved is None and ent.label_ in ("DATE", "TIME"):
            # "in the 29000 block of WCR 20 Sunday evening": the recogniser ran a road's number
            # into the day, and read the whole as a time
            day_in = _day_within(ent)
            if day_in is not None:
                ent, said = day_in, span_text(day_in)
                resolved = dates.resolve(said, article.published)
        if resolved is None and article.published is not None and WEEKEND.fullmatch(said):
            # "shot over the weekend", "weekend shooting deaths": the Saturday before the report,
            # a day no surer than one the report does not tell (`WEEKEND_RANK`)
            resolved = article.published - dt.timedelta(days=(article.published.weekday() - 5) % 7 or 7), "day"
            weekend.add(ent.start)
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
        if _stamp(phrase) or _signs_a_post(phrase) or _heads_a_linked_story(phrase) or _in_a_linked_title(phrase):
            continue  # read after the day, which rules out most phrases for less
        if _to_come(ent) or dates.is_holiday(said) and not _holiday_is_a_day(ent, anchors) or _a_stay(ent) or _that_weekday(ent) or _a_bound(ent):
            continue
        if article.published and day == article.published + dt.timedelta(days=1) and _names_the_incident(ent, anchors):
            # "Friday's drive-by shooting", "the Friday shooting" in a report of Thursday: an
            # incident named by its weekday has happened, so it is the Friday six days back, not
            # the day after the report's date that a bare weekday six days back is read as
            day -= dt.timedelta(days=7)
        link = _linked_to(ent, anchors)
        elsewhere = link == "other"  # the day of another incident, in a sentence of incidents
        if elsewhere:
            link = None
        in_phrase = link is None and (article.published is None or (article.published - day).days <= FOLLOW_UP_DAYS) and (_closes_incident_phrase(ent, anchors) or _opens_incident_phrase(ent, anchors))
        if in_phrase:
            link = "anchor"
        if article.published and day > article.published and not link and not dates.is_calendar_date(said):
            # A weekday read as the day after the report and tied to no incident is a day to
            # come: "an autopsy is scheduled for Thursday", "the boy turns 6 on Sunday".
            continue
        verb = clause_verb(ent.root)
        after = _days_after(verb, anchors) if ent.root.head.i == verb.i or ent.root.head.head.i == verb.i else None
        if after is not None:
            # the incident's day told by the later one: the claim quotes both, through "after"
            day -= dt.timedelta(days=after[0])
            link, in_phrase = "anchor", True
            quoted[ent.start] = ent.doc[ent.start : max(ent.end, after[1].i + 1)]
        if link is None and _fronted_for_report(ent, verb, anchors):
            link = "anchor"
            in_phrase = True  # its verb of telling does not make it the telling's day
        rank = 0 if link else 1 if (ent.sent.start in incident_starts or _heads(ent, incident_starts)) and not elsewhere else 2
        if ent.start in weekend:
            rank = max(rank, WEEKEND_RANK)
        elif _names_a_sitting(ent) or (verb.lemma_ in AFTERMATH_VERBS | TELLING_VERBS or _at_court(ent, verb) or _of_aftermath(verb)) and not (in_phrase or link == "anchor" and _tied_in_clause(ent, verb, anchors)):
            # "was arraigned Friday", "remained in critical condition Monday", "said Sunday"; and
            # "two men accused in a shooting that killed a girl appeared in court Wednesday",
            # whose court clause the parser hung below the killing
            rank = 3
        elif verb.lemma_ in DEATH_VERBS:
            rank = max(rank, 2)  # "died Thursday after he was shot" (GVA per-report: +11 right, -7 wrong)
            deaths.add(ent.start)
        if rank > 0 and dates.counted_back(said):
            # "two weeks ago the names of two students killed in a traffic accident were
            # spray-painted on": a day counted back from the report is the incident's only where
            # the sentence ties it to the incident ("Wilder was shot one week ago")
            continue
        recent = article.published is None or (article.published - day).days <= RECENT_DAYS
        # A later report names the day of what it follows up ("the June 29 gunfight", "on Nov.
        # 2"): an older day written out dates the incident before a court's or a hospital's day.
        followed_up = precision == "day" and dates.is_calendar_date(said) and (article.published is None or (article.published - day).days <= FOLLOW_UP_DAYS)
        if rank >= 2 and (precision != "day" or not recent) and not followed_up:
            continue
        if precision != "day":
            # "last July", "in 2015": a month or a year names no day, and a report that gives
            # one ("Friday night") anywhere near the incident has told the day.
            rank = 2
        found.append((rank, recent, ent, day, precision))
    found = _weekdays_as_told(found, article.published)
    # A report tells of its incident first: a day tied to an incident word far below the first
    # sentence that tells of an incident, or the first that ties a day to one, is another
    # incident's ("On Saturday less than a half mile away, a man shot and killed his brother",
    # in a report of four found dead on Tuesday), or a roundup's.
    tied = [sentence_of[ent.sent.start] for rank, _, ent, _, precision in found if rank == 0 and precision == "day"]
    lead_end = min([*tied, *(sentence_of[s.start] for s in incident_sents[:1])], default=0) + LEAD_SENTENCES

    # "We also learned that a man was shot and killed on the same block just last week, on
    # Saturday": a day of a sentence that sets what it tells a week or more back is another,
    # earlier incident's, where another day is tied to one
    earlier = {ent.sent.start for ent in phrases if ent.label_ == "DATE" and EARLIER.search(span_text(ent))}

    def key(candidate: tuple[int, bool, Span, dt.date, str]) -> tuple[int, bool, bool, bool, bool, bool, dt.date, int]:
        # The incident comes before the deaths, arrests and vigils reported with it: of the
        # dates tied to it, take the earliest recent one.
        rank, recent, ent, day, precision = candidate
        lead = rank == 0 and sentence_of[ent.sent.start] > lead_end
        return rank, lead, rank == 0 and ent.sent.start in earlier, not recent, precision != "day", ent.start not in deaths, day, ent.start

    chosen = min(found, key=key, default=None)
    if chosen is not None:
        rank, _, ent, day, precision = chosen
        confidence = (0.9, 0.7, 0.45, 0.4)[rank]
        quote = quoted.get(ent.start, ent)
        return _claim(source, "date", day.isoformat(), quote.start_char, quote.end_char, confidence=confidence, qualifier=precision), day, precision
    if article.published and incident_sents:
        # No date phrase: a news report tells of what happened the day it was published or just
        # before. Quote the incident sentence, and say it is an assumption.
        sent = incident_sents[0]
        return _claim(source, "date", article.published.isoformat(), sent.start_char, sent.end_char, confidence=0.3, qualifier="report_date"), article.published, "day"
    return None, None, None

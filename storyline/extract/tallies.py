"""Counts that are not the incident's: tallies of many incidents, and counts told of a day far
from the incident's ("killed last year", "the Nov. 5, 2009 rampage that left 13 dead").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from itertools import takewhile

from spacy.attrs import DEP, LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from ..nlp import doc_text, entities, kept, positions, span_text, within
from . import dates
from .clauses import INCIDENT_NOUNS, many_incidents
from .counts import across_regions, clause_verb, of_many_incidents
from .eventdate import BACKGROUND_DAYS, EARLIER
from .numbers import quantity, word_value

__all__ = ["foreign_date", "sums_many"]

#: Words that make a count a tally of many incidents, not the figure of this one. Not "total":
#: "a total of five people were shot", "in total, 27 people were injured" sum one incident's
#: victims; a total of many is dated or placed so ("344 people were killed in Baltimore last
#: year", "across the city"), which the checks below read.
AGGREGATE_WORDS = frozenset({"overall", "citywide", "tally", "statewide", "nationwide"})
#: Words that make a whole sentence's counts statistics: "crime stats for 2015 show 165 people were murdered".
STATISTICS_WORDS = frozenset({"stats", "statistics", "year-to-date"})
#: A count stated in a clause dated this far from the incident is about another incident.
FOREIGN_DATE_DAYS = 45
#: A count stated in a clause dated this many days or more before the incident is of an earlier
#: one: its victims were hurt before it happened. (A later day may be a victim's death; the
#: incident's day is the earliest tied to it, so a day before it is told further down, of another.)
DAYS_BEFORE = 1


def foreign_date(trigger: Token, published: dt.date | None, day: dt.date) -> bool:
    """Whether the clause of a count is dated far from the incident ("killed last year"), or
    the incident it tells of is: "the Nov. 5, 2009 rampage that left 13 dead", "in 2007, when
    a student killed 32 people", "the 2009 mass shooting"."""
    verb = clause_verb(trigger)
    doc = verb.doc
    sent = verb.sent
    if sums_many(trigger) or _over_hours_or_days([*_in_clause(verb, positions(doc, LOWER, SPAN_PREPOSITIONS)), *_in_clause(verb, positions(doc, DEP, "relcl"))]):
        # "3,290 people have been shot so far", "53 wounded across the city", "there were 45 such
        # shootings, with 29 children wounded and 11 killed", "shot in about ten hours": a tally of many incidents
        return True
    # "12 people have been shot since Friday, and four of them died": the clause a count's
    # clause is joined to may date the tally; "74 people shot since Wednesday, with 12 of those
    # victims killed": a share of those the sentence tallies
    joined = [c for c in verb.head.children if c.i != verb.i] if verb.dep_ == "conj" else []
    # "on Sunday, a man was shot and killed": the day of the verb "killed" is joined to
    joined += _shared_dates(verb)
    if _share_of_those(trigger):
        joined += [doc[i] for i in within(positions(doc, LOWER, "since"), sent.start, sent.end)]
    first, last = verb.left_edge.i, verb.right_edge.i
    dated = [doc[e.start] for e in _entities_up_to(doc, last) if first <= e.start and e.label_ == "DATE"]
    clause = [*_in_clause(verb, positions(doc, LOWER, "since")), *(t for t in dated if t.i == verb.i or verb.is_ancestor(t))]
    if any(_dates_a_tally(tok, published, day) for tok in (*clause, *joined)):
        return True
    for ent in _dates_above(trigger):
        said = span_text(ent)
        if "last year" in said.casefold() and published is not None and day.year == published.year:
            return True  # "last year's nightclub massacre that killed 49", in a report of this year's
        resolved = dates.resolve(said, published)
        if resolved and abs((resolved[0] - day).days) > BACKGROUND_DAYS:
            return True
    return False


def _shared_dates(verb: Token) -> list[Token]:
    """The dates below the words of the verb a verb is joined to, which it shares: "Sunday" of
    "killed" in "on Sunday, a man was shot and killed" (the words themselves are read as
    `foreign_date`'s ``joined``)."""
    if verb.dep_ != "conj":
        return []
    return [
        t for c in verb.head.children if c.i != verb.i and c.dep_ in ("prep", "npadvmod")
        for t in c.children if t.ent_type_ == "DATE" and t.ent_iob_ == "B"
    ]  # fmt: skip


def sums_many(trigger: Token) -> bool:
    """Whether the clause of a count sums the victims of many incidents, by what it says of them
    rather than by the days it spans: "53 wounded across the city", "six people were wounded in
    Chicago shootings Sunday", "there were 45 such shootings, with 29 children wounded"."""
    verb = clause_verb(trigger)
    doc = verb.doc
    sent = verb.sent
    # asked for each count of a sentence: the sentence's part of the answer is found once
    tally = kept(doc, ("tally", sent.start), lambda: _statistics(sent) or _counts_incidents(sent))
    # the checks of the clause read only its words they ask about (`_in_clause`)
    return bool(
        _in_clause(verb, positions(doc, LOWER, AGGREGATE_WORDS))
        or across_regions(_in_clause(verb, positions(doc, LOWER, REGION_PREPOSITIONS)))
        or of_many_incidents(_in_clause(verb, positions(doc, LEMMA, TALLY_INCIDENT_NOUNS)))
        or tally
        or _done_by_many_incidents(verb)
    )


def _done_by_many_incidents(verb: Token) -> bool:
    """Whether many incidents did what a count's verb tells: "Three shootings that took the
    lives of five people have occurred since May", "two separate shootings left three dead"."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl":
        doers.append(verb.head)  # "three shootings that killed five"
    return any(many_incidents(t) for t in doers)


#: The words of a clause that `across_regions`, `of_many_incidents` and `_over_hours_or_days`
#: ask about.
REGION_PREPOSITIONS = frozenset({"across", "throughout"})
TALLY_INCIDENT_NOUNS = frozenset(INCIDENT_NOUNS)
SPAN_PREPOSITIONS = frozenset({"in", "over", "within", "during", "between", "from"})
#: The words that end a stretch of time "from" opens: "from Wednesday afternoon into early Thursday".
SPAN_ENDS = frozenset({"to", "into", "through", "until", "till"})


def _entities_up_to(doc: Doc, last: int) -> Iterator[Span]:
    """The report's entities (in order) that start at or before the word at ``last``."""
    return takewhile(lambda e: e.start <= last, entities(doc))


def _in_clause(verb: Token, found: tuple[int, ...]) -> list[Token]:
    """The words at ``found`` (positions, in order) in the clause of ``verb``, its subtree: read
    without walking it, which made a `Token` of each of its words for every count."""
    doc = verb.doc
    return [doc[i] for i in within(found, verb.left_edge.i, verb.right_edge.i + 1) if i == verb.i or verb.is_ancestor(doc[i])]


def _dates_a_tally(tok: Token, published: dt.date | None, day: dt.date) -> bool:
    """Whether a word of a count's clause dates it far from the incident, or makes it a tally."""
    if tok.lower_ == "since" and any(g.ent_type_ in ("DATE", "TIME") for g in tok.children):
        return True  # "the number of people shot since Wednesday": a tally of days
    if tok.ent_type_ == "DATE" and tok.ent_iob_ == "B":
        ent = next(e for e in entities(tok.doc) if e.start == tok.i)
        said = span_text(ent)
        if _last_year(said) or SPAN_OF_TIME.search(said):
            return True  # "last year", "this year's": another incident; "in the past six weeks": many
        resolved = dates.resolve(said, published)
        if resolved and abs((resolved[0] - day).days) > FOREIGN_DATE_DAYS:
            return True
        if resolved and resolved[1] == "day" and (day - resolved[0]).days >= DAYS_BEFORE:
            return True  # "three people were shot on Friday" in a report of Sunday's shooting
        if EARLIER.search(said) and published is not None and (published - day).days <= 1:
            return True  # "a 19-year-old was shot and killed on the same block just last week", in a report of last night's
        if _long_before(ent):
            return True
    return False


#: Lengths of time long enough that a happening told as that long before another is no part of it
#: (not weeks: "Two weeks earlier, he was shot", in a report of his death, is the incident's own).
MONTHS_OR_YEARS = re.compile(r"\b(?:months?|years?|decades?)\b", re.IGNORECASE)
#: Words that set a length of time before another time: "Two years earlier", "Six months before that".
BEFORE_WORDS = frozenset({"before", "earlier", "prior"})


def _long_before(ent: Span) -> bool:
    """Whether a date is a length of months or years before another time: "In December 2012, 20
    children were killed ... Six months before that, a gunman killed 14 people", "Two years
    earlier, he had been shot in the leg". Not a length after it: "he died three months later"
    may be a victim of the incident dying of the wounds."""
    if not MONTHS_OR_YEARS.search(span_text(ent)):
        return False
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    return ent[-1].lower_ in BEFORE_WORDS or (after is not None and after.lower_ in BEFORE_WORDS and ent.root.head == after)


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
    "over three days", "in a 48-hour span", "between 3 p.m. Friday and 3 a.m. Monday", "from
    Wednesday afternoon into early Thursday"."""
    for tok in clause:
        if tok.dep_ == "relcl" and _many_units(tok.head) and tok.head.lemma_ in SPAN_NOUNS:
            return True  # "a 48-hour span in which 14 people were wounded"
        if tok.dep_ == "prep" and tok.lower_ in ("in", "over", "within", "during"):
            for g in tok.children:
                if g.dep_ == "pobj" and (g.tag_ == "NNS" or g.lemma_ in SPAN_NOUNS) and _many_units(g):
                    return True
        if tok.dep_ == "prep" and tok.lower_ == "between" and sum(t.ent_type_ in ("DATE", "TIME") and t.ent_iob_ == "B" for t in tok.subtree) >= 2:
            return True
        if tok.dep_ == "prep" and tok.lower_ == "from" and _timed(tok):
            # the stretch's end hangs on the verb beside "from", or on "from"'s own time
            ends = [*tok.head.children, *(g for c in tok.children for g in c.children)]
            if any(e.dep_ == "prep" and e.lower_ in SPAN_ENDS and _timed(e) for e in ends):
                return True
    return False


def _timed(preposition: Token) -> bool:
    """Whether a preposition's phrase names a day or a time."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in preposition.subtree if t is not preposition)


def _statistics(sentence: Span) -> bool:
    """Whether a sentence's counts are statistics: "crime stats for 2015 show 165 people were
    murdered", "3,290 people have been shot so far"."""
    doc = sentence.doc
    if within(positions(doc, LOWER, STATISTICS_WORDS), sentence.start, sentence.end):
        return True
    return "so far" in doc_text(doc)[sentence.start_char : sentence.end_char].casefold()


def _share_of_those(trigger: Token) -> bool:
    """Whether a count is a share of a group told before: "12 of those victims killed", "four
    of them died"."""
    # the "of"s of the words the trigger's phrase spans, of which those below it: walking the
    # whole phrase made a `Token` of each of its words
    doc = trigger.doc
    ofs = (doc[i] for i in within(positions(doc, LOWER, "of"), trigger.left_edge.i, trigger.right_edge.i + 1))
    return any(
        (t.i == trigger.i or trigger.is_ancestor(t))
        and any(g.lower_ in ("those", "them") or any(d.lower_ == "those" for d in g.children) for g in t.children)
        for t in ofs
    )


#: Incidents that a sentence numbers when it sums many: "44 shooting incidents", "in 17 shootings".
TALLIED_INCIDENTS = frozenset({"shooting", "incident", "attack"})


def _counts_incidents(sentence: Span) -> bool:
    """Whether a sentence numbers the incidents it sums: "44 shooting incidents with 53
    victims", "in 17 shootings"; not "three shootings" of one spree, told together."""
    doc = sentence.doc
    for tok in (doc[i] for i in within(positions(doc, LEMMA, TALLIED_INCIDENTS), sentence.start, sentence.end)):
        if tok.tag_ == "NNS":
            number = next((c for c in tok.children if c.dep_ == "nummod"), None)
            q = quantity(number) if number is not None else None
            if q is not None and q.value >= TALLY_INCIDENTS:
                return True
    return False


def _last_year(date: str) -> bool:
    """A date that names a year other than the days of the incident: "last year", "this year's";
    not an age ("20 years old")."""
    text = date.casefold()
    return "year" in text and "years" not in text and "old" not in text


#: Dependencies that modify a word within its own phrase, as a date does: "the 2009 shooting",
#: "was in 2007", "On Nov. 5, 2009, Hasan opened fire".
PHRASE_DEPS = {"npadvmod", "nmod", "compound", "nummod", "amod", "tmod", "pobj", "prep", "attr", "poss"}


def _dates_above(trigger: Token) -> list[Span]:
    """The dates that modify the words a count hangs from: the clause a count is told in may be
    dated by the noun or the verb it belongs to, not within itself."""
    ancestors = list(trigger.ancestors)
    if not ancestors:
        return []
    # the walk below stays within the sentence's tree: most have no date in it at all
    top = ancestors[-1]
    first, last = top.left_edge.i, top.right_edge.i
    if not any(e.end > first and e.label_ == "DATE" for e in _entities_up_to(trigger.doc, last)):
        return []
    found: dict[int, Span] = {}
    # the count's own words, and those walked: each ancestor's walk went down its child's again
    seen = {t.i for t in trigger.subtree}
    for anc in ancestors:
        stack = [anc]
        while stack:
            tok = stack.pop()
            if tok.i in seen:
                continue
            seen.add(tok.i)
            if tok.ent_type_ == "DATE":
                ent = next(e for e in entities(tok.doc) if e.start <= tok.i < e.end)
                found[ent.start] = ent
            stack.extend(c for c in tok.children if c.dep_ in PHRASE_DEPS and c.i not in seen)
    return list(found.values())

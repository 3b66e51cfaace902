"""What the pages show, computed from the record: plain dataclasses the templates only lay out.

Article text is untrusted. It leaves this module as plain strings cut at span boundaries; the
templates escape every one of them (autoescape), so a report's ``<script>`` is shown, not run.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from urllib.parse import quote

from ..extract import gazetteer
from ..model import COUNT_ATTRIBUTES, Claim, Event, Evidence, Fact, Interaction
from ..store import Store
from .charts import QUALIFIER_WORDS, FigureChart, ReactionGraph, figure_chart, reaction_graph

#: How far a quote's sentence may reach either side before it is cut with an ellipsis.
SENTENCE_REACH = 320
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+|\n")


def anchor(start: int, end: int) -> str:
    """The id of a span's ``<mark>`` on its article page."""
    return f"span-{start}-{end}"


@dataclass(frozen=True)
class Quote:
    """A span within its sentence: ``before + quote + after`` is the sentence as printed."""

    before: str
    quote: str
    after: str
    article: str
    anchor: str
    published: dt.date | None


def in_sentence(text: str, start: int, end: int, article: str, published: dt.date | None) -> Quote:
    """The sentence around ``text[start:end]``, cut with an ellipsis past ``SENTENCE_REACH``."""
    lo = max(0, start - SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    begin = ends[-1] if ends else lo
    after_end = _SENTENCE_END.search(text, end, min(len(text), end + SENTENCE_REACH))
    finish = after_end.start() + 1 if after_end else min(len(text), end + SENTENCE_REACH)
    before = ("…" if begin == lo and lo > 0 else "") + text[begin:start]
    after = text[end:finish].rstrip() + ("…" if not after_end and finish < len(text) else "")
    return Quote(before.lstrip(), text[start:end], after, article, anchor(start, end), published)


@dataclass(frozen=True)
class ClaimView:
    """One claim as the dossier lists it: its value in words, and its quote in its sentence."""

    value: str
    qualifier: str
    quote: Quote


@dataclass
class FactView:
    """One fact of the dossier: best, range, status, its claims, and a chart for a count."""

    attribute: str
    best: str
    low: int | None
    high: int | None
    status: str
    claims: list[ClaimView]
    chart: FigureChart | None = None
    is_count: bool = False


@dataclass(frozen=True)
class ReactionView:
    """One row of the reactions table."""

    who: str
    role: str
    country: str
    action: str
    cameo: str
    whom: str
    date: str
    quote: Quote | None


@dataclass
class Dossier:
    """One event's page: the record as of a date, with every claim in its sentence."""

    event: Event
    as_of: dt.date | None
    where: str
    figures: list[FactView]
    other_facts: list[FactView]
    reactions: list[ReactionView]
    graph: ReactionGraph | None
    articles: list[tuple[str, dt.date | None, str | None]]
    empty: bool = False
    perpetrators: list[str] = field(default_factory=list)


def _qualified(claim: Claim) -> str:
    return f"{QUALIFIER_WORDS.get(claim.qualifier, '')}{claim.value}"


def _fact_view(fact: Fact, texts: dict[str, str]) -> FactView:
    """The fact with each claim quoted in its sentence (claims of reports not stored are left out)."""
    claims = [
        ClaimView(
            _qualified(c), c.qualifier, in_sentence(texts.get(c.article, ""), c.start, c.end, c.article, c.published)
        )
        for c in fact.claims
        if c.article in texts
    ]
    is_count = fact.attribute in COUNT_ATTRIBUTES
    return FactView(
        attribute=fact.attribute, best=str(fact.best), low=fact.low, high=fact.high, status=fact.status, claims=claims,
        chart=figure_chart(fact) if is_count else None, is_count=is_count,
    )  # fmt: skip


def where(event: Event) -> str:
    """Venue, city, region and country, by name, as far as they are known."""
    p = event.place
    country = gazetteer.country_name(p.country) if p.country else None
    parts = [p.venue, p.city, p.admin1, f"{country} ({p.country})" if country else p.country]
    return ", ".join(x for x in parts if x)


def reacted_by(store: Store, event_id: str, as_of: dt.date | None) -> list[Interaction]:
    """The reactions to an event, those reported by ``as_of`` when it is given."""
    return [
        ix for ix in store.interactions(about=event_id)
        if as_of is None or any(c.published is not None and c.published <= as_of for c in ix.claims)
    ]  # fmt: skip


def dossier(store: Store, event: Event, as_of: dt.date | None) -> Dossier:
    """Everything the event page shows, from an event reconciled as of ``as_of``."""
    reacted = reacted_by(store, event.id, as_of)
    wanted = set(event.articles) | {c.article for ix in reacted for c in ix.claims}
    stored = {a: store.article(a) for a in sorted(wanted)}
    texts = {a: s.article.text for a, s in stored.items() if s is not None}
    facts = [_fact_view(f, texts) for f in event.facts.values()]
    reactions = []
    for ix in reacted:
        first: Evidence | None = ix.claims[0] if ix.claims else None
        target = ix.target
        whom = ", ".join(x for x in ((target.name or target.role), target.country) if x) if target else ""
        quote = (
            in_sentence(texts[first.article], first.start, first.end, first.article, first.published)
            if first and first.article in texts
            else None
        )
        reactions.append(
            ReactionView(
                who=ix.source.name or "", role=ix.source.role or "", country=ix.source.country or "", action=ix.action,
                cameo=ix.cameo, whom=whom, date=str(ix.date or ""), quote=quote,
            )
        )  # fmt: skip
    articles = [
        (a, s.article.published if s else None, s.article.title if s else None)
        for a in event.articles
        for s in [stored.get(a)]
    ]
    return Dossier(
        event=event, as_of=as_of, where=where(event),
        figures=[f for f in facts if f.is_count], other_facts=[f for f in facts if not f.is_count],
        reactions=reactions, graph=reaction_graph(reacted, event.title or event.id), articles=articles,
        empty=not event.claims,
        perpetrators=[f"{n} ({'claimed responsibility' if c else 'named'})" for n, c in event.perpetrators],
    )  # fmt: skip


@dataclass(frozen=True)
class Span:
    """A stretch of an article that produced a claim or an interaction's evidence."""

    start: int
    end: int
    label: str
    href: str

    @property
    def anchor(self) -> str:
        return anchor(self.start, self.end)


@dataclass
class Segment:
    """A run of article text under the same spans; ``anchors`` start here, the first on the mark."""

    text: str
    labels: list[str]
    anchors: list[str]


def article_spans(store: Store, article_id: str) -> list[Span]:
    """Every span of an article that the record cites, in text order."""
    spans = [
        Span(c.start, c.end, f"{c.attribute}: {_qualified(c)}", f"/events/{quote(event_id, safe='')}")
        for event_id, c in store.claims_in(article_id)
    ]
    for ix, e in store.evidence_in(article_id):
        whom = (ix.target.name or ix.target.role or ix.target.country) if ix.target else None
        label = f"reaction: {ix.source.name or ix.source.role or ix.source.country or '?'} {ix.action}" + (
            f" → {whom}" if whom else ""
        )
        spans.append(Span(e.start, e.end, label, f"/events/{quote(ix.about, safe='')}#reactions" if ix.about else ""))
    return sorted(spans, key=lambda s: (s.start, -s.end, s.label))


def segments(text: str, spans: list[Span]) -> list[Segment]:
    """The text cut at every span boundary, each piece with the labels of the spans over it."""
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in valid), *(s.end for s in valid)})
    out: list[Segment] = []
    seen: set[str] = set()
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        over = [s for s in valid if s.start <= lo and hi <= s.end]
        starting = [s.anchor for s in valid if s.start == lo and s.anchor not in seen]
        seen.update(starting)
        out.append(Segment(text[lo:hi], list(dict.fromkeys(s.label for s in over)), list(dict.fromkeys(starting))))
    return out

"""The pipeline: ingest -> nlp -> extract -> resolve -> reconcile -> store, in batches.

Each batch is one transaction: an ingest killed midway leaves every earlier batch whole and
no trace of the one it was in. Parsing and extraction run outside it; the transaction holds the
store's writers' lock, so processes ingesting into one database at once resolve each batch
against everything the others have committed, as if they had run one after the other.
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from . import nlp, reconcile, resolve, sitehome
from .extract import extract, extract_other, gazetteer, headline_to_parse
from .extract import warm as warm_extractor
from .extract.dates import NUMERIC_DATE
from .extract.interactions import Reaction, reactions
from .extract.placeclaims import is_county
from .extract.roundup import roundup
from .extract.terms import salient_terms, without_call_letters, without_officials
from .ingest import NEAR_DUPLICATE_DISTANCE, hamming, read_paths, simhash, site_free, text_hash
from .model import SITE_HOME, Article, Claim, Event, IngestError, Interaction, Mention
from .store import Candidate, Store


@dataclass
class IngestReport:
    """What an ingest did, for the command line and for tests."""

    read: int = 0
    added: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    without_incident: int = 0
    events_created: int = 0
    events_updated: int = 0
    events_merged: int = 0  # events found, once more was read, to be part of another
    events_placed_at_home: int = 0  # incidents no report placed in a town, placed in their site's (`sitehome`)
    towns_read_near_home: int = 0  # incidents whose town is read as its namesake near their site's home
    counties_placed_at_home: int = 0  # incidents in a county of no state, placed in their site's home state
    states_placed_at_home: int = 0  # incidents placed nowhere, given the home state of a site with no home town
    interactions: int = 0
    problems: list[IngestError] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    worker_peak_mb: dict[int, float] = field(default_factory=dict)  # Ray engine: peak RSS by worker process id

    @property
    def errors(self) -> list[IngestError]:
        return [p for p in self.problems if getattr(p, "severity", "error") == "error"]

    def timed(self, stage: str, started: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started


Progress = Callable[[int], None]


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    batch_size: int = 64,
    n_process: int = 1,
    progress: Progress | None = None,
) -> IngestReport:
    """Read files and folders into the store; returns what happened, problems included."""
    report = IngestReport()
    return ingest_articles(read_paths(paths), store, report=report, batch_size=batch_size, n_process=n_process, progress=progress)


def ingest_articles(
    items: Iterable[Article | IngestError],
    store: Store,
    *,
    report: IngestReport | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest articles already read (the API, tests and the benchmark call this).

    One spaCy stream runs over the whole input (its worker processes start once); its
    documents are stored a batch per transaction.
    """
    report = report or IngestReport()
    warm_extractor()
    gate = Gate(store, report, progress)

    def fresh() -> Iterator[tuple[str, tuple[Article, str, int]]]:
        started = time.perf_counter()
        for item in items:
            digest = text_hash(item.text) if isinstance(item, Article) else ""
            if gate.admit(item, digest):
                assert isinstance(item, Article)
                report.timed("ingest", started)
                yield item.text, (item, digest, simhash(item.text))
                started = time.perf_counter()
        report.timed("ingest", started)

    docs = nlp.pipe(fresh(), batch_size=batch_size, n_process=n_process)
    pending = (Pending(article, digest, fingerprint, doc) for doc, (article, digest, fingerprint) in docs)
    store_pending(pending, store, report, batch_size=batch_size, progress=progress)
    return report


def parse_headlines(docs: list[Doc]) -> list[Doc | None]:
    """The parse of each report's `headline_to_parse` text, or None, the batch's parsed together."""
    texts = [headline_to_parse(doc) for doc in docs]
    parsed: list[Doc | None] = [None] * len(docs)
    for headline, i in nlp.pipe(((text, i) for i, text in enumerate(texts) if text is not None), batch_size=max(1, len(docs))):
        parsed[i] = headline
    return parsed


@dataclass
class Extraction:
    """What one parsed report says: its incident (or other happening) and its reactions.

    Plain data, no spaCy objects: a Ray worker sends it back to the process that stores it.
    """

    mention: Mention | None
    incident: bool  # False: no violent incident; ``mention`` then names what else happened, if anything
    reactions: list[Reaction]
    seconds: dict[str, float]  # "extract" and "interactions", for the report
    roundup: bool = False  # an incident report that tells of several incidents together (`roundup`)


def extract_one(doc: Doc, article: Article, headline: Doc | None = None) -> Extraction:
    """Read one parsed report: the same for every engine, and needing no store. ``headline``:
    the parse of its `headline_to_parse` text, where `parse_headlines` made it."""
    started = time.perf_counter()
    mention = extract(doc, article, headline)
    incident = mention is not None
    if mention is None:
        mention = extract_other(doc, article)
    if mention is not None:
        mention.terms = salient_terms(_told_in(doc, mention, article) if incident else doc)
        # The prosecutor or the police spokesman speaks of many incidents: a name they share
        # joined reports of shootings weeks and towns apart.
        mention.names = without_officials(mention.names, doc)
        mention.names = without_call_letters(mention.names, doc)
    middle = time.perf_counter()
    found = reactions(doc, article, set())
    seconds = {"extract": middle - started, "interactions": time.perf_counter() - middle}
    return Extraction(mention, incident, found, seconds, incident and roundup(doc))


def _told_in(doc: Doc, mention: Mention, article: Article) -> Doc:
    """The words a report tells its incident in: its headline alone where the page under it
    tells nothing of it ("Man turns himself in after 2-year-old killed in accidental..." over
    "Thank you for registering! ..."), so that the page's machinery does not make up its content
    and hide it from the other reports of its incident; else the whole report."""
    end = len(article.title or "")
    if not end or article.text[:end] != article.title or len(article.text) <= end + 1:
        return doc
    # the publication day assumed for want of a date quotes the sentence the headline opens
    if any(c.end > end and c.qualifier != "report_date" for c in mention.claims):
        return doc
    # the site's name after it is in every page of the site (`ingest.site_free`)
    headline = doc.char_span(0, len(site_free(article.title or "")), alignment_mode="contract")
    return headline.as_doc() if headline is not None and len(headline) else doc


@dataclass
class Pending:
    """A report admitted to the store: parsed (``Doc``, read when it is no near duplicate) or
    already read by a Ray worker (``Extraction``)."""

    article: Article
    digest: str
    fingerprint: int
    parsed: Doc | Extraction
    checked: bool = False  # found no near duplicate among the stored reports, before its batch's transaction


def _id_taken(article: Article) -> IngestError:
    """Two different texts under one id (two folders each with a report.txt): the second is
    refused by name, never silently dropped or let crash the batch."""
    return IngestError(article.origin or article.id, f"id {article.id!r} is already taken by a different report; give it another file name or id")


class Gate:
    """Which reports go on to be parsed and stored: not one already stored, not a second text
    under a taken id; every problem of reading goes into the report, in input order."""

    def __init__(self, store: Store, report: IngestReport, progress: Progress | None = None) -> None:
        self.store, self.report, self.progress = store, report, progress
        self.seen: set[str] = set()
        self.seen_ids: set[str] = set()

    def admit(self, item: Article | IngestError, digest: str) -> bool:
        """Count ``item`` (``digest``: its ``text_hash``) and say whether it is new."""
        report = self.report
        if isinstance(item, IngestError):
            report.problems.append(item)
            return False
        report.read += 1
        if digest in self.seen or self.store.find_text_hash(digest):
            report.duplicates += 1  # the same report again changes nothing
            if self.progress:
                self.progress(1)
            return False
        if item.id in self.seen_ids or self.store.has_article(item.id):
            report.problems.append(_id_taken(item))
            return False
        self.seen.add(digest)
        self.seen_ids.add(item.id)
        return True


def store_pending(
    pending: Iterable[Pending], store: Store, report: IngestReport, *, batch_size: int = 64, progress: Progress | None = None
) -> None:
    """Resolve and store admitted reports in input order, ``batch_size`` per transaction.

    A batch is taken whole before its transaction opens, so an input that fails (a worker
    that dies, a stream that raises) leaves every earlier batch stored and no part of its own.
    """
    stream = iter(pending)
    stored_to: set[str] = set()  # the events this ingest stored reports in
    while True:
        started = time.perf_counter()
        batch = list(itertools.islice(stream, batch_size))
        report.timed("nlp", started)  # waiting for spaCy, or for the Ray workers
        if not batch:
            break
        # Extraction reads only the parse, so it runs before the transaction: beside another
        # process's writes, not queued behind them. A copy of a stored report is not extracted.
        stored = store.article_count()
        fresh = [(item, item.parsed) for item in batch if isinstance(item.parsed, Doc) and _near_duplicate(store, item.article, item.fingerprint) is None]
        started = time.perf_counter()
        headlines = parse_headlines([doc for _, doc in fresh])
        report.timed("nlp", started)  # spaCy's work, which bare spaCy does not do
        for (item, doc), headline in zip(fresh, headlines, strict=True):
            item.parsed = extract_one(doc, item.article, headline)
            item.checked = True
        with store.transaction():
            # Reports are never deleted: as many as before the checks, and no other process has
            # stored one since. Each report checked then needs checking only against its batch.
            alone = store.article_count() == stored
            batch_so_far: list[Pending] = []
            touched = [_store_one(item, store, report, batch_so_far if alone else None) for item in roundups_last(batch)]
            events = [t for t in touched if t is not None]
            repair(events, store, report)
        stored_to.update(events)
        if progress:
            progress(len(batch))
    started = time.perf_counter()
    with store.transaction():
        placed = place_at_home(store, report, stored_to)
        # a town now told, the placed events are compared again: with those whose town a report
        # names, not with each other, whose towns are one guess (two of a site's reports that
        # name no town are no more one incident for being placed in the same home). Not those
        # read near home: their reports named the town, and were compared by its name (GVA: the
        # one such event compared again joined another town's incident, a street name shared)
        repair(placed, store, report, apart=set(placed))
    report.timed("resolve", started)


def place_at_home(store: Store, report: IngestReport, stored_to: set[str]) -> list[str]:
    """Place each incident of ``stored_to`` that no report places in a town, all of whose reports
    come from one site, in that site's home town, as the site's other reports teach it
    (`sitehome`), or, for a site with a home state and no home town, in that state
    (`sitehome.Homes.states_to_place`); place a county such an incident's reports name without
    its state in the site's home state, where it has a county of that name
    (`sitehome.Homes.counties`); and read a town they name without a state or country as its
    namesake near the site's home, where the gazetteer's reading lies far off, or in the site's
    home country, where that reading lies abroad (`sitehome.Homes.namesakes`). Once all of an ingest's
    reports are stored, when the store knows the most of each site; the store's reports are read
    only where such an incident is left (an ingest of one report, through the API, mostly places
    it in a town of one name). Returns the events it placed in a town."""
    known = {e: store.candidate(e) for e in sorted(stored_to)}
    incidents = {e: found for e, found in known.items() if found is not None and found.kind == "incident"}
    unplaced = {e: found for e, found in incidents.items() if found.city is None}
    # a town of many a state's, or a county of no state's
    named = {
        e for e, found in incidents.items()
        if found.city is not None and (_has_namesakes(found.city) or found.admin1 is None and is_county(found.city))
    }  # fmt: skip
    placed: list[str] = []
    if not unplaced and not named:
        return placed
    homes = sitehome.learn(store.site_places(), named)
    for event_id, (city, state, country) in homes.to_place():
        found = unplaced.get(event_id)
        if found is None:
            continue
        event = store.event(event_id)
        assert event is not None, event_id
        _add_claims(store, event, found, _home_claims(store, event, [("city", city), ("admin1", state), ("country", country)]))
        report.events_placed_at_home += 1
        placed.append(event_id)
    for event_id, (state, country) in homes.states_to_place():
        found = unplaced.get(event_id)
        if found is None:
            continue
        event = store.event(event_id)
        assert event is not None, event_id
        _add_claims(store, event, found, _home_claims(store, event, [("admin1", state), ("country", country)]))
        report.states_placed_at_home += 1
    for event_id, division in homes.counties():
        event = store.event(event_id)
        assert event is not None, event_id
        _add_claims(store, event, incidents[event_id], _home_claims(store, event, [("admin1", division.name), ("country", division.country)]))
        report.counties_placed_at_home += 1
    for event_id, near in homes.namesakes():
        event = store.event(event_id)
        assert event is not None, event_id
        claims = _read_near_home(store, event, near)
        if claims:
            _add_claims(store, event, incidents[event_id], claims)
            report.towns_read_near_home += 1
    return placed


def _home_claims(store: Store, event: Event, values: list[tuple[str, str | None]]) -> list[Claim]:
    """Claims of a place learned from the site's other reports (`sitehome`): of the event's first
    report, an empty span (no words of its own say so), weighing little. A town always; a state
    or a country only where no report gives one (one the reports give is theirs to say)."""
    told = {c.attribute for c in event.claims}
    first = store.article(event.articles[0])
    published = first.article.published if first else None
    return [
        Claim(a, v, event.articles[0], 0, 0, "", SITE_HOME, sitehome.HOME_CONFIDENCE, sitehome.EXTRACTOR, published)
        for a, v in values
        if v is not None and (a == "city" or a not in told)
    ]  # fmt: skip


def _has_namesakes(town: str) -> bool:
    """Whether the gazetteer knows towns of that very name in more than one state or country."""
    return len({c.admin1_code for c in gazetteer.namesakes(town)}) > 1


def _read_near_home(store: Store, event: Event, near: gazetteer.City) -> list[Claim]:
    """The state and country of ``near`` (`sitehome.namesake_near`), read off the words each of
    the event's state and country claims read off its town's name, as sure as that claim, which
    they replace (`reconcile.read_again`). None where a report names the state or country it is
    read in now ("Augusta, Georgia", "Augusta, Ga."), which no site's home overrides."""
    town = event.place.city or ""
    towns = {c.quote.casefold() for c in event.claims if c.attribute == "city"}
    read = [c for c in event.claims if c.attribute in ("admin1", "country") and c.end > c.start and c.quote.casefold() in towns]
    texts = [found.article.text for a in event.articles if (found := store.article(a)) is not None]
    if not read or any(_names_place(text, town, event.place.admin1, event.place.country) for text in texts):
        return []
    division = gazetteer.division(near.admin1_code)
    value = {"admin1": division.name if division else None, "country": near.country}
    return [
        Claim(c.attribute, new, c.article, c.start, c.end, c.quote, SITE_HOME, c.confidence, sitehome.EXTRACTOR, c.published)
        for c in read
        if (new := value[c.attribute]) is not None and new != c.value
    ]  # fmt: skip


def _names_place(text: str, town: str, admin1: str | None, country: str | None) -> bool:
    """Whether ``text`` names the state (by its name, or as a dateline does: "Augusta, Ga.") or
    the country a town is read in, other than in the town's own name ("Santa Ana" is a town and a
    department of El Salvador)."""
    rest = re.sub(rf"\b{re.escape(town)}\b", " ", text, flags=re.IGNORECASE) if town else text
    names = [n for n in (admin1, gazetteer.country_name(country) if country else None) if n]
    postal = {d.code.split(".")[-1] for d in gazetteer.divisions(admin1) if d.country == "USA"} if admin1 else set()
    short = [a for a, code in gazetteer.AP_STATES.items() if code in postal] + sorted(postal)
    return any(re.search(rf"\b{re.escape(n)}\b", rest) for n in names) or any(
        re.search(rf",\s*{re.escape(a)}(?!\w)", rest, flags=re.IGNORECASE if a.endswith(".") else 0) for a in short
    )


def _add_claims(store: Store, event: Event, found: Candidate, claims: list[Claim]) -> None:
    """Store ``claims`` of a stored event, with the event reconciled anew and filed under its place."""
    event.claims.extend(claims)
    record = reconcile.reconcile(event)
    store.save_event(record, store.event_keys(event.id) | _place_keys(record), found.names, _counts(record), found.terms)
    store.add_claims(event.id, claims)


def roundups_last(batch: list[Pending]) -> list[Pending]:
    """A batch's reports in input order, its roundups after the rest. A roundup is filed under no
    key, so an incident's report read after it never finds it: stored after the others of its
    batch, it finds the event of the incident it tells of where one of them started it. A report
    that is its headline alone goes after the other reports too: one line is too little to start
    an event that the full reports of its incident would find and join."""
    return sorted(batch, key=lambda item: (isinstance(item.parsed, Extraction) and item.parsed.roundup, headline_only(item.article)))


def headline_only(article: Article) -> bool:
    """Whether a report's page kept its headline but no body: its text is its title alone."""
    return article.title is not None and article.text.split() == article.title.split()


def _store_one(item: Pending, store: Store, report: IngestReport, batch: list[Pending] | None = None) -> str | None:
    """Store one report; returns the event it went to, if it went to one.

    ``batch``: the reports of its batch stored before it, when no other process has stored one
    since ``item`` was checked for near duplicates; they alone may be its originals then."""
    article = item.article
    # Read again under the writers' lock: another process may have stored this report, or one
    # it copies, since it was read.
    if store.find_text_hash(item.digest):
        report.duplicates += 1
        return None
    if store.has_article(article.id):
        report.problems.append(_id_taken(article))
        return None
    if item.checked and batch is not None:
        original = next((p.article.id for p in batch if _copies(item, p)), None)
    else:
        original = _near_duplicate(store, article, item.fingerprint)
    if batch is not None:
        batch.append(item)  # stored below, as an original or as a copy
    if original is not None:
        stored = store.article(original)
        store.add_article(article, item.digest, item.fingerprint, original, stored.event_id if stored else None)
        report.near_duplicates += 1
        return None
    read = item.parsed if isinstance(item.parsed, Extraction) else extract_one(item.parsed, article)
    for stage, seconds in read.seconds.items():
        report.seconds[stage] = report.seconds.get(stage, 0.0) + seconds
    store.add_article(article, item.digest, item.fingerprint, None, None)
    report.added += 1
    event: Event | None = None
    if not read.incident:
        report.without_incident += 1
    if read.mention is not None:
        event = _resolve(read.mention, store, report, read.roundup)
        store.set_article_event(article.id, event.id)
    if read.reactions:
        # the event as just reconciled: no second read of its claims from the store
        event_id, struck = (event.id, event.place.country) if event else (None, None)
        for reaction in read.reactions:
            store.save_interaction(*_keyed(resolve.file_reaction(reaction, event_id, struck, store), event_id))
        report.interactions += len(read.reactions)
    return event.id if event and not read.roundup else None  # a roundup's event is repaired into none


def repair(touched: list[str], store: Store, report: IngestReport, apart: set[str] | None = None) -> None:
    """Join each small event of ``touched`` to the stored event it scores high enough against.

    Each report is decided once, in order: one read before the rest of its happening's reports
    starts an event of its own, which nothing joins again. Once a batch is stored, an event of a
    few reports is compared, as one report would be, with the events that share a key with it;
    one lookup an event, so the cost grows with the reports, never with all pairs. Events of
    ``apart`` are not joined to each other."""
    for event_id in dict.fromkeys(touched):
        event = store.candidate(event_id)
        if event is None or event.article_count > resolve.REPAIR_MOST:
            continue  # gone into another already, or big enough to have found its kin
        found = resolve.lookup(store, resolve.as_mention(event), resolve.unit(event.terms), store.event_keys(event_id))
        if apart and event_id in apart:
            found = [c for c in found if c.id not in apart]
        decision = resolve.reunite(event, found)
        if decision.event_id is None:
            continue
        other = store.candidate(decision.event_id)
        assert other is not None, decision.event_id
        # The bigger event keeps its id: the fewer records change, and links to it stay.
        keep, gone = (other, event) if other.article_count >= event.article_count else (event, other)
        merge_events(keep, gone, store, decision)
        report.events_merged += 1


def merge_events(keep: Candidate, gone: Candidate, store: Store, decision: resolve.Decision) -> Event:
    """Move event ``gone`` into ``keep``, reconcile what they now hold together and store it,
    with the evidence of the merge kept beside the first report that came over."""
    moved = store.event(gone.id)
    assert moved is not None, gone.id
    store.merge_events(keep.id, gone.id)
    event = store.event(keep.id)
    assert event is not None, keep.id
    if gone.kind == "incident":
        event.kind = "incident"
    record = reconcile.reconcile(event)
    store.save_event(record, _place_keys(record), keep.names | gone.names, _counts(record), resolve.summed(keep.terms, gone.terms))
    if moved.articles:
        store.add_merge(keep.id, moved.articles[0], decision.score, {"merged_event": gone.id, **decision.evidence})
    return record


def _place_keys(record: Event) -> set[str]:
    """The keys a reconciled event is filed under by its place, as a report of it would be."""
    return resolve.blocking_keys(Mention(article=Article(id=record.id, text=""), type=record.type or "", cameo="", plover=None, place=record.place))


def _counts(record: Event) -> dict[str, int]:
    """An event's best killed and wounded figures, as the store files them for resolution."""
    return {a: int(f.best) for a, f in record.facts.items() if a in ("killed", "wounded") and f.best is not None}


def _headline(mention: Mention) -> str | None:
    """What a happening that is no incident is called: its first report's title or first line."""
    if mention.kind == "incident":
        return None
    text = mention.article.title or mention.article.text.strip().split("\n", 1)[0]
    return text if len(text) <= 100 else text[:99].rsplit(" ", 1)[0] + "…"


def _keyed(interaction: Interaction, about: str | None) -> tuple[Interaction, str]:
    return interaction, resolve.interaction_key(interaction.source, interaction.action, about)


def _near_duplicate(store: Store, article: Article, fingerprint: int) -> str | None:
    for article_id, other in store.near_duplicates(fingerprint):
        if hamming(fingerprint, other) <= NEAR_DUPLICATE_DISTANCE:
            stored = store.article(article_id)
            if stored is None or _one_report(article, stored.article):
                return article_id
    return None


def _copies(item: Pending, other: Pending) -> bool:
    """Whether ``item`` is a near duplicate of ``other``, a report of its batch."""
    return hamming(item.fingerprint, other.fingerprint) <= NEAR_DUPLICATE_DISTANCE and _one_report(item.article, other.article)


def _one_report(article: Article, other: Article) -> bool:
    """Whether two reports alike by their fingerprints are one: headed alike (`same_headline`) and
    opening with no other date (`_dated_apart`)."""
    return same_headline(article.title, other.title) and not _dated_apart(article.text, other.text)


def _dated_apart(one: str, other: str) -> bool:
    """Whether two texts alike in all but a few words open with different dates: "4/14/1970:
    Unknown perpetrators placed a pipe bomb in the Science Building" and the same a month later
    are two attacks, as a record of each opens with its day."""
    a, b = (NUMERIC_DATE.search(text[:OPENING_DATE_CHARS]) for text in (one, other))
    return a is not None and b is not None and a.group(0) != b.group(0)


#: Characters at the head of a text within which a date opens it.
OPENING_DATE_CHARS = 40


def same_headline(one: str | None, other: str | None) -> bool:
    """Whether two headlines may head one report: alike in most of their words, or one missing.
    Two bodies of one site's boilerplate ("Sign in using your profile ...") under different
    headlines are two reports, however alike their text."""
    if not one or not other:
        return True
    a, b = (set(_HEADLINE_WORD.findall(site_free(h).casefold())) for h in (one, other))
    return not (a or b) or len(a & b) / len(a | b) >= SAME_HEADLINE


#: Share of their words two headlines of one report have in common, at least.
SAME_HEADLINE = 0.5
_HEADLINE_WORD = re.compile(r"\w+")


#: Claims of a roundup that are the sums of the incidents it tells of together, not one's, and
#: its day, theirs together: "Two men killed, 8 wounded in overnight shootings", filed on
#: Wednesday, is of the night a Tuesday shooting it joins began.
ROUNDUP_CLAIMS = {"killed", "wounded", "date"}


def _resolve(mention: Mention, store: Store, report: IngestReport, several: bool = False) -> Event:
    """Join a report to the event it tells of, or start one; ``several``: the report is a roundup.

    A roundup ("5 dead, 17 wounded in weekend shootings") tells of several incidents together.
    It may join the event of one of them, as a report of it, but its dead and wounded, the sum of
    them all, and its day are not that incident's; and it is filed under no key of its own, so that the
    reports of the others, which share its city and its days, do not join it and each other."""
    started = time.perf_counter()
    vector = resolve.signature(mention.terms, *store.term_reports(sorted(mention.terms)))
    keys = resolve.blocking_keys(mention) | resolve.term_keys(vector)
    candidates = resolve.lookup(store, mention, vector, keys)
    decision = resolve.decide(mention, candidates, vector, resolve.common_names(store, mention))
    report.timed("resolve", started)
    started = time.perf_counter()
    if decision.event_id is None:
        event = Event(
            id=resolve.new_event_id(mention.article.id), kind=mention.kind, type=mention.type, cameo=mention.cameo,
            plover=mention.plover, title=_headline(mention), date=mention.date, date_precision=mention.date_precision,
            place=mention.place, articles=[mention.article.id], claims=list(mention.claims),
        )  # fmt: skip
        names = set(mention.names)
        terms = resolve.summed({}, vector)
        report.events_created += 1
    else:
        stored = store.event(decision.event_id)
        assert stored is not None, decision.event_id
        if several:
            mention.claims = [c for c in mention.claims if c.attribute not in ROUNDUP_CLAIMS]
        stored.claims.extend(mention.claims)
        stored.articles.append(mention.article.id)
        if mention.kind == "incident":
            stored.kind = "incident"  # a happening is an incident once one of its reports tells of violence
        event = stored
        # a roundup's names and words are of all the incidents it tells of, not of this one
        names = (set() if several else set(mention.names)) | store.event_names(decision.event_id)
        terms = resolve.summed(next(c.terms for c in candidates if c.id == decision.event_id), {} if several else vector)
        report.events_updated += 1
    record = reconcile.reconcile(event)
    report.timed("reconcile", started)
    started = time.perf_counter()
    counts = _counts(record)
    if several:
        keys = set()  # found by no other report; an event it joined keeps the keys it has
    else:
        keys |= resolve.blocking_keys(_as_mention(record, mention))
    store.save_event(record, keys, names, counts, terms)
    store.count_terms(sorted(mention.terms))
    store.add_claims(record.id, mention.claims)
    store.add_merge(record.id, mention.article.id, decision.score, decision.evidence)
    report.timed("store", started)
    return record


def _as_mention(event: Event, mention: Mention) -> Mention:
    """The reconciled event seen as a mention, to file it under its current place."""
    return Mention(article=mention.article, type=event.type or "", cameo=event.cameo or "", plover=event.plover, place=event.place)

"""Resolution on made-up reports: which reports are one happening, and the evidence kept."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import incident_of

from storyline import aftermath as after
from storyline import names as naming
from storyline import resolve
from storyline.extract.roundup import roundup
from storyline.extract.terms import salient_terms
from storyline.model import Actor, Article, Claim, Event, Evidence, Interaction, Mention, Place
from storyline.pipeline import IngestReport, extract_one, ingest, repair
from storyline.reconcile import reconcile
from storyline.store import Candidate, SQLiteStore

SHOOTING_A1 = (
    "DAYTON, Ohio — Marcus Hill, 24, was shot and killed Saturday night outside a bar on Main Street, police said. "
    "Officers found Hill lying in the parking lot. No arrests have been made."
)
SHOOTING_A2 = (
    "Police in Dayton are still looking for whoever killed Marcus Hill. The 24-year-old was shot Saturday night "
    "outside the Main Street bar where he worked, his sister Tanya Hill said."
)
SHOOTING_B = (
    "DAYTON, Ohio — A 61-year-old woman, Gloria Stevens, was wounded Saturday afternoon when a stray bullet came "
    "through the window of her home on Oak Avenue, police said."
)
CHICAGO_WEST = (
    "WEST GARFIELD PARK — A 19-year-old man was shot and wounded Sunday night on the West Side, "
    "a Chicago police spokesman said. He was taken to Stroger Hospital in good condition."
)
CHICAGO_SOUTH = (
    "ROSELAND — A 23-year-old man was shot and wounded Sunday night on the Far South Side, "
    "a Chicago police spokesman said. He was taken to Advocate Christ Medical Center."
)
REHAB_1 = (
    "Tara Reid checked herself into Promises Treatment Center in Malibu, her representative Jack Ketsoyan told "
    "People magazine on Tuesday. Reid asked for privacy."
)
REHAB_2 = (
    "Actress Tara Reid has entered Promises Treatment Center, according to her publicist Jack Ketsoyan. "
    "The facility in Malibu has treated many celebrities."
)
# More reports of the same rehab stay, told in other words by other outlets.
REHAB_MORE = [
    "Tara Reid is in rehab. The actress entered Promises in Malibu this week, Jack Ketsoyan confirmed, and thanked "
    "fans for their support.",
    "Jack Ketsoyan, who speaks for Tara Reid, said the American Pie star is receiving treatment at Promises "
    "Treatment Center near Malibu.",
    "Promises Treatment Center in Malibu has a famous new patient: Tara Reid, whose spokesman Jack Ketsoyan asked "
    "the press to respect her privacy.",
    "Tara Reid's spokesman Jack Ketsoyan says the actress chose Promises, the Malibu clinic, after a difficult "
    "year, and hopes to be home soon.",
    "Friends of Tara Reid were relieved when Jack Ketsoyan announced that she had gone into Promises Treatment "
    "Center in Malibu for treatment.",
]
REHAB_OTHER = (
    "Lindsay Lohan has left the Betty Ford Center and checked into Cliffside Malibu, her lawyer Shawn Holley said "
    "in a statement to Access Hollywood."
)
# Two nominations by one president: the nominee tells them apart, not the president both name.
NOMINEE_1 = (
    "President Laura Whitfield nominated cardiologist Samuel Okoro to be surgeon general on Thursday. Okoro, who "
    "runs the heart program at Mercy Hospital, would succeed the acting surgeon general. Whitfield praised Okoro "
    "as a healer and a teacher."
)
NOMINEE_2 = (
    "Samuel Okoro, a cardiologist at Mercy Hospital, is President Laura Whitfield's choice for surgeon general, "
    "the White House said. Okoro must be confirmed by the Senate, where Whitfield's party holds a majority."
)
NOMINEE_OTHER = (
    "President Laura Whitfield nominated pediatrician Helen Marsh to be surgeon general. Marsh, who leads the "
    "children's clinic at St. Luke's, was praised by Whitfield as a tireless advocate for children."
)
# Two undated reports of one shooting: one knows only its month, the other its day.
FACTORY_MONTH = (
    "A suspended worker opened fire at a candy factory in Philadelphia in September 2010, killing two co-workers, "
    "police said. The gunwoman, Yvette Miller, was arrested inside the plant."
)
FACTORY_DAY = (
    "Yvette Miller shot and killed two co-workers at the candy factory in Philadelphia on September 10, 2010, an "
    "hour after she was suspended, police said."
)

# Reports that name nobody: only their words tell which happening they are of.
HEIST_1 = (
    "Robbers dressed as women smashed the display cases of a jewellery boutique and stole diamonds, rings and "
    "necklaces worth millions. The robbers escaped in a waiting car."
)
HEIST_2 = (
    "Robbers disguised as women stole diamonds and necklaces worth millions from a jewellery boutique after "
    "smashing its display cases, then escaped."
)
VOLCANO = (
    "A volcano erupted overnight, spewing ash over villages and forcing farmers to abandon their crops and "
    "livestock. Ash fell on roofs for hours."
)


def _write(folder: Path, reports: dict[str, str], published: str | None = "2017-04-10") -> Path:
    path = folder / "reports.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for key, text in reports.items():
            handle.write(json.dumps({"id": key, "published": published, "text": text}) + "\n")
    return path


def _groups(store: SQLiteStore) -> dict[str, str | None]:
    return {s.article.id: s.event_id for s in store.articles()}


@pytest.mark.parametrize(
    ("reports", "together", "apart"),
    [
        ({"a1": SHOOTING_A1, "a2": SHOOTING_A2, "b": SHOOTING_B}, [("a1", "a2")], [("a1", "b"), ("a2", "b")]),
        ({"r1": REHAB_1, "r2": REHAB_2, "l": REHAB_OTHER}, [("r1", "r2")], [("r1", "l"), ("r2", "l")]),
        ({"w": CHICAGO_WEST, "s": CHICAGO_SOUTH}, [], [("w", "s")]),
    ],
    ids=["two shootings in one town on one day", "two celebrities in rehab", "two districts of one big city"],
)
def test_reports_of_one_happening_are_one_event(store: SQLiteStore, tmp_path: Path, reports: dict[str, str], together: list[tuple[str, str]], apart: list[tuple[str, str]]) -> None:
    ingest([_write(tmp_path, reports)], store)
    groups = _groups(store)
    assert all(groups[k] is not None for k in reports)
    for a, b in together:
        assert groups[a] == groups[b], (a, b)
    for a, b in apart:
        assert groups[a] != groups[b], (a, b)


@pytest.mark.parametrize(
    ("reports", "together", "apart", "leading"),
    [({"n1": NOMINEE_1, "n2": NOMINEE_2, "m": NOMINEE_OTHER}, [("n1", "n2")], [("n1", "m")], (["marsh"], ["okoro"]))],
    ids=["two nominees of one president"],
)
def test_look_alikes_that_lead_with_names_the_other_never_says_are_two_events(
    store: SQLiteStore, tmp_path: Path, reports: dict[str, str], together: list[tuple[str, str]],
    apart: list[tuple[str, str]], leading: tuple[list[str], list[str]],
) -> None:  # fmt: skip
    ingest([_write(tmp_path, reports)], store)
    groups = _groups(store)
    for a, b in together:
        assert groups[a] == groups[b], (a, b)
    for a, b in apart:
        assert groups[a] != groups[b], (a, b)
    # the look-alike's decision keeps why: its leading name and the event's, each unsaid by the other
    (started,) = [m for m in store.merges(groups[apart[0][1]] or "") if m["score"] is None]
    strangers = started["evidence"]["best"]["evidence"]["strangers"]  # type: ignore[index]
    assert (strangers["report"], strangers["event"]) == leading


@pytest.mark.parametrize(
    ("ours", "theirs", "strangers"),
    [
        ({"helen marsh", "laura whitfield"}, {"samuel okoro", "laura whitfield"}, True),
        ({"helen marsh", "laura whitfield"}, {"samuel okoro", "laura whitfield", "helen marsh"}, False),
        ({"laura whitfield"}, {"samuel okoro", "laura whitfield"}, False),
    ],
    ids=["each leads with a name the other never says", "the event names the report's nominee too", "the report leads with the name both say"],
)
def test_only_leading_names_unsaid_both_ways_count_against_a_merge(ours: set[str], theirs: set[str], strangers: bool) -> None:
    def weights(names: set[str]) -> dict[str, float]:
        return {n.split()[-1]: 1.0 for n in names} | {"surgeon": 0.5}

    mention = Mention(Article("r", ""), "", "", None, names=frozenset(ours), kind="other")
    event = Candidate("e", None, None, None, None, None, None, names=theirs, kind="other", terms=weights(theirs))
    points, evidence = resolve.strangers(mention, weights(ours), event)
    assert (points < 0) is strangers and bool(evidence) is strangers


@pytest.mark.parametrize("reports", [{"r1": REHAB_1, "r2": REHAB_2}])
def test_reports_of_no_incident_make_an_other_event_with_evidence(store: SQLiteStore, tmp_path: Path, reports: dict[str, str]) -> None:
    ingest([_write(tmp_path, reports)], store)
    (event_id,) = store.event_ids()
    event = store.event(event_id)
    assert event is not None and event.kind == "other"
    merges = store.merges(event_id)
    joined = [m for m in merges if m["score"] is not None]
    assert len(joined) == 1
    assert "tara reid" in joined[0]["evidence"]["names"]["shared"]  # type: ignore[index]


@pytest.mark.parametrize(
    ("reports", "together", "apart"),
    [({"h1": HEIST_1, "h2": HEIST_2, "v": VOLCANO}, [("h1", "h2")], [("h1", "v"), ("h2", "v")])],
    ids=["two reports of one heist, one of an eruption"],
)
def test_reports_told_in_the_same_words_are_one_event_though_they_name_nobody(
    store: SQLiteStore, tmp_path: Path, reports: dict[str, str], together: list[tuple[str, str]], apart: list[tuple[str, str]]
) -> None:
    ingest([_write(tmp_path, reports)], store)
    groups = _groups(store)
    assert all(groups[k] is not None for k in reports)  # every report tells of something
    for a, b in together:
        assert groups[a] == groups[b], (a, b)
    for a, b in apart:
        assert groups[a] != groups[b], (a, b)


@pytest.mark.parametrize(
    ("reports", "precisions"), [({"month": FACTORY_MONTH, "day": FACTORY_DAY}, ("month", "day"))], ids=["a month and a day in it"]
)
def test_a_report_that_knows_only_the_month_joins_a_report_of_a_day_in_it(
    store: SQLiteStore, tmp_path: Path, reports: dict[str, str], precisions: tuple[str, str]
) -> None:
    ingest([_write(tmp_path, reports, published=None)], store)
    groups = _groups(store)
    assert len(set(groups.values())) == 1 and None not in groups.values()
    (event_id,) = store.event_ids()
    joined = [m for m in store.merges(event_id) if m["score"] is not None]
    assert joined and joined[0]["evidence"]["date"]["gap_days"] == 0  # type: ignore[index]
    claims = {k: [c for _, c in store.claims_in(k) if c.attribute == "date"] for k in reports}
    assert tuple(claims[k][0].qualifier for k in reports) == precisions


@pytest.mark.parametrize(
    ("one", "other", "gap"),
    [
        (("2010-09-01", "month"), ("2010-09-10", "day"), 0),
        (("2010-09-01", "month"), ("2010-10-12", "day"), 12),
        (("2010-01-01", "year"), ("2010-12-31", "day"), 0),
        (("2010-01-01", "year"), ("2009-12-20", "day"), 12),
        (("2010-09-01", "day"), ("2010-09-10", "day"), 9),
        (("2010-02-01", "month"), ("2010-03-01", "month"), 1),
    ],
    ids=["a day in the month", "a day after the month", "a day in the year", "a day before the year", "two days", "two months"],
)
def test_a_date_known_to_its_month_or_year_is_any_day_of_it(one: tuple[str, str], other: tuple[str, str], gap: int) -> None:
    a, b = (dt.date.fromisoformat(one[0]), one[1]), (dt.date.fromisoformat(other[0]), other[1])
    assert resolve.date_gap(*a, *b) == gap == resolve.date_gap(*b, *a)


@pytest.mark.parametrize(("reports", "word"), [({"h1": HEIST_1, "h2": HEIST_2}, "diamond")])
def test_a_merge_by_words_keeps_the_similarity_and_the_shared_words(
    store: SQLiteStore, tmp_path: Path, reports: dict[str, str], word: str
) -> None:
    ingest([_write(tmp_path, reports)], store)
    (event_id,) = store.event_ids()
    joined = [m for m in store.merges(event_id) if m["score"] is not None]
    content = joined[0]["evidence"]["content"]  # type: ignore[index]
    assert content["similarity"] >= resolve.CONTENT_NEUTRAL and word in content["shared"]


@pytest.mark.parametrize(
    ("text", "heavier", "lighter"),
    [
        ("Pirates seized a tanker.\nThe navy said the crew was safe. Officials said the navy sent a frigate.", "pirate", "frigate"),
    ],
    ids=["headline words weigh double"],
)
def test_a_reports_words_weigh_its_headline_double(parse, text: str, heavier: str, lighter: str) -> None:  # type: ignore[no-untyped-def]
    terms = salient_terms(parse(text))
    assert terms[heavier] == 2 * terms[lighter]
    assert "say" not in terms and "the" not in terms  # reporting verbs and stop words tell nothing


@pytest.mark.parametrize(("common", "rare"), [("police", "frigate")])
def test_rare_words_weigh_more_in_a_signature(common: str, rare: str) -> None:
    vector = resolve.signature({common: 1.0, rare: 1.0}, 100, {common: 90, rare: 1})
    assert vector[rare] > vector[common] > 0
    assert abs(sum(w * w for w in vector.values()) - 1.0) < 1e-9


@pytest.mark.parametrize(
    ("names", "telling"),
    [({"indian", "french", "americans", "india", "sanjay gupta", "age:24"}, {"sanjay gupta"})],
    ids=["peoples, countries and ages tell no happening apart"],
)
def test_a_people_or_a_country_named_is_no_telling_name(names: set[str], telling: set[str]) -> None:
    assert naming.telling(names) == telling


@pytest.mark.parametrize(
    ("name", "terms", "whole"),
    [
        ("sanjay gupta", {"gupta": 10.0, "surgeon": 8.0, "obama": 1.0}, True),
        ("barack obama", {"gupta": 10.0, "surgeon": 8.0, "obama": 1.0}, False),
        ("barack obama", {}, True),
    ],
    ids=["the name a report is about", "a name said in passing", "a report without words"],
)
def test_a_shared_name_counts_for_how_much_the_report_is_about_it(name: str, terms: dict[str, float], whole: bool) -> None:
    assert (naming.salience(name, terms) == 1.0) is whole


@pytest.mark.parametrize(
    ("reports", "late"),
    [({"r1": REHAB_1, "r2": REHAB_2, **{f"r{i + 3}": text for i, text in enumerate(REHAB_MORE[:4])}}, REHAB_MORE[4])],
    ids=["six reports of a rehab stay and one stored apart"],
)
def test_an_event_of_several_reports_is_joined_by_the_repair_to_its_kin_stored_apart(
    store: SQLiteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reports: dict[str, str], late: str
) -> None:
    assert len(reports) > 5  # more than a handful, as when the outlets telling of it were read as two halves
    ingest([_write(tmp_path, reports)], store)
    (event_id,) = set(_groups(store).values())
    assert event_id is not None
    with monkeypatch.context() as patch:  # the late report starts an event of its own
        patch.setattr(resolve, "THRESHOLD", float("inf"))
        patch.setattr(resolve, "REPAIR_THRESHOLD", float("inf"))
        ingest([_write(tmp_path, {"late": late})], store)
    assert len(store.event_ids()) == 2
    report = IngestReport()
    with store.transaction():
        repair([event_id], store, report)
    assert report.events_merged == 1 and set(_groups(store).values()) == {event_id}


@pytest.mark.parametrize(
    ("reports", "together", "apart"),
    [({"r1": REHAB_1, "l": REHAB_OTHER, "r2": REHAB_2}, [("r1", "r2")], [("r1", "l")])],
    ids=["two reports of one rehab stay stored apart"],
)
def test_events_stored_apart_are_joined_by_the_repair_with_everything_they_hold(
    store: SQLiteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reports: dict[str, str],
    together: list[tuple[str, str]], apart: list[tuple[str, str]],
) -> None:  # fmt: skip
    # Each report starts an event of its own, as one read before the rest of its happening does.
    with monkeypatch.context() as patch:
        patch.setattr(resolve, "THRESHOLD", float("inf"))
        patch.setattr(resolve, "REPAIR_THRESHOLD", float("inf"))
        ingest([_write(tmp_path, reports)], store)
    groups = _groups(store)
    claims = {k: store.claims_in(k) for k in reports}
    before = set(store.event_ids())
    assert len(before) == len(reports)
    # a reaction about each event of the pair: both must be about the joined event after
    pair = [groups[k] for k in together[0]]
    for i, about in enumerate(pair):
        store.save_interaction(
            Interaction(f"ix_{i}", Actor("Jack Ketsoyan", None, "USA", "person"), None, "statement", "010", None, None,
                        about, [Evidence(together[0][i], 0, 4, reports[together[0][i]][:4])]),
            f"jack ketsoyan|statement|{about}",
        )  # fmt: skip
    report = IngestReport()
    with store.transaction():
        repair(store.event_ids(), store, report)
    groups = _groups(store)
    for a, b in together:
        assert groups[a] == groups[b], (a, b)
    for a, b in apart:
        assert groups[a] != groups[b], (a, b)
    (gone,) = before - set(store.event_ids())
    kept = groups[together[0][0]]
    assert kept is not None and report.events_merged == 1
    # every claim still held, now by the event its report is in; the merge's evidence kept
    assert {k: [(e, c) for e, c in store.claims_in(k)] for k in reports} == {
        k: [(groups[k], c) for _, c in held] for k, held in claims.items()
    }
    event = store.event(kept)
    assert event is not None and sorted(event.articles) == sorted(k for k in reports if groups[k] == kept)
    merged = [m for m in store.merges(kept) if "merged_event" in m["evidence"]]  # type: ignore[operator]
    assert [m["evidence"]["merged_event"] for m in merged] == [gone]  # type: ignore[index]
    assert len(store.merges(kept)) == len(event.articles) + 1
    assert store.event_keys(kept) and not store.event_keys(gone) and store.event(gone) is None
    # the reactions are about the joined event, filed under its key
    assert [i.id for i in store.interactions(about=kept)] == ["ix_0", "ix_1"]
    assert [i.id for i in store.find_interactions(f"jack ketsoyan|statement|{kept}")] == ["ix_0", "ix_1"]


# One shooting, then its aftermath told months later and dated by the hearing; then a new shooting
# of the same family a year on, told with no word of a court.
PARTY_SHOOTING = (
    "BRADDOCK, Pa. — Darnell Okafor was shot and killed at a backyard birthday party on Hollis Street late Saturday, "
    "police said. Okafor, 31, and his cousin Renee Okafor, 27, died at the scene; three other guests were wounded. "
    "Witnesses said two gunmen fired from behind a fence. Relatives said Okafor had just turned 31. No arrests have "
    "been made."
)
PARTY_HEARING = (
    "BRADDOCK, Pa. — A man charged with killing Darnell Okafor and Renee Okafor at a backyard birthday party in "
    "Braddock waived his preliminary hearing on Tuesday. Prosecutors charged Tremaine Vickers, 29, with two counts of "
    "criminal homicide. His attorney told the judge that Vickers will plead not guilty at trial. Okafor's mother "
    "sat in the courtroom."
)
PARTY_VIGIL = (
    "BRADDOCK, Pa. — Hundreds gathered Sunday at a vigil for Darnell Okafor and Renee Okafor, the cousins killed at a "
    "backyard birthday party on Hollis Street. Relatives of Darnell Okafor asked anyone who saw the gunmen to call "
    "police."
)
# A man charged the day of a toddler's shooting, named with his generation; the report of his plea
# months later names him without it, and the toddler only by a surname the first report leaves out.
TODDLER_CHARGED = (
    "PITTSBURGH — A man is facing charges in the fatal shooting of a 22-month-old boy in an apartment on Tarnwood "
    "Court on Tuesday. Late Tuesday night, 30-year-old Harrison Veltrane Jr. was charged with criminal homicide and "
    "endangering the welfare of a child. Police said Veltrane is dating the child's mother. The boy was rushed to a "
    "hospital, where he died."
)
TODDLER_PLEA = (
    "PITTSBURGH — A man charged with the fatal shooting of a 22-month-old toddler pleaded guilty on Monday. Harrison "
    "Veltrane of Tarnwood Court appeared before a judge and entered the guilty plea to involuntary manslaughter. Veltrane was "
    "babysitting the boy when the gun went off, according to the criminal complaint. Sentencing is set for August."
)
# One group's two bombings in one city, weeks apart.
BRIGADE_BANK = (
    "LOS ANGELES — Members of the Free Barrio Brigade bombed a branch of the Pacific Union Bank on Whittier "
    "Boulevard early Thursday, police said. The blast shattered windows but hurt no one. The Free Barrio Brigade "
    "said in a letter that it set the bomb."
)
BRIGADE_OFFICE = (
    "LOS ANGELES — Members of the Free Barrio Brigade bombed the county welfare office on Atlantic Avenue on Monday "
    "night, police said. The explosion caused heavy damage. The Free Barrio Brigade claimed the bombing in a call to "
    "a newspaper."
)
PARTY_NEXT_YEAR = (
    "BRADDOCK, Pa. — Marcus Okafor, whose brother Darnell Okafor was killed at a birthday party last year, was shot "
    "and wounded Sunday night on Hollis Street, police said. Police said Okafor was hit in the leg and is expected "
    "to survive."
)


@pytest.mark.parametrize(
    ("reports", "together", "apart"),
    [
        ({"day": ("2016-03-07", PARTY_SHOOTING), "hearing": ("2016-07-20", PARTY_HEARING)}, [("day", "hearing")], []),
        ({"hearing": ("2016-07-20", PARTY_HEARING), "day": ("2016-03-07", PARTY_SHOOTING)}, [("day", "hearing")], []),
        ({"day": ("2016-03-07", PARTY_SHOOTING), "vigil": ("2016-03-21", PARTY_VIGIL)}, [("day", "vigil")], []),
        ({"day": ("2016-03-07", PARTY_SHOOTING), "next": ("2017-03-13", PARTY_NEXT_YEAR)}, [], [("day", "next")]),
        ({"bank": ("1971-05-07", BRIGADE_BANK), "office": ("1971-05-25", BRIGADE_OFFICE)}, [], [("bank", "office")]),
        ({"day": ("2015-09-01", TODDLER_CHARGED), "plea": ("2016-06-20", TODDLER_PLEA)}, [("day", "plea")], []),
    ],
    ids=[
        "a hearing months after the shooting", "the hearing read first", "a vigil two weeks after",
        "a new shooting of the family a year on", "one group's two bombings weeks apart",
        "a plea of the man charged, named without his generation",
    ],
)
def test_a_report_of_the_aftermath_joins_the_shooting_months_before(
    store: SQLiteStore, tmp_path: Path, reports: dict[str, tuple[str, str]], together: list[tuple[str, str]],
    apart: list[tuple[str, str]],
) -> None:  # fmt: skip
    path = tmp_path / "reports.jsonl"
    path.write_text("".join(json.dumps({"id": k, "published": d, "text": t}) + "\n" for k, (d, t) in reports.items()))
    ingest([path], store)
    groups = _groups(store)
    assert all(groups[k] is not None for k in reports)
    for a, b in together:
        assert groups[a] == groups[b], (a, b)
        joined = [m for m in store.merges(groups[a] or "") if m["score"] is not None]
        people = joined[0]["evidence"]["aftermath"]["people"]  # type: ignore[index]
        assert "renee okafor" in people or "harrison veltrane" in people
    for a, b in apart:
        assert groups[a] != groups[b], (a, b)


# Two attacks of one series told in one mould, three days apart, each summary headed by its day.
SERIES_LIBRARY = (
    "6/15/1971: In a series of related attacks, unknown perpetrators bombed the Grandview Public Library in Topeka, "
    "Kansas, United States.  There were no casualties but the building was damaged."
)
SERIES_BANK = (
    "6/18/1971: In a series of related attacks, unknown perpetrators bombed the Lakeside Savings Bank in Topeka, "
    "Kansas, United States.  There were no casualties but the building was damaged."
)


def _summaries_grouped(store: SQLiteStore, tmp_path: Path, texts: dict[str, str]) -> dict[str, str | None]:
    """The events undated summaries (GTD's, by id) are filed under, once ingested; each under one."""
    path = tmp_path / "summaries.jsonl"
    path.write_text("".join(json.dumps({"id": k, "text": t}) + "\n" for k, t in texts.items()))
    ingest([path], store)
    groups = _groups(store)
    assert all(groups[k] is not None for k in texts)
    return groups


def test_attacks_of_one_series_headed_by_days_apart_are_two(store: SQLiteStore, tmp_path: Path) -> None:
    # the day that heads each summary, a sentence of its own to the parser, is as sure as a day
    # told in the incident's sentence: three days apart, the two attacks are two
    groups = _summaries_grouped(store, tmp_path, {"library": SERIES_LIBRARY, "bank": SERIES_BANK})
    assert groups["library"] != groups["bank"]
    library, bank = store.event(groups["library"]), store.event(groups["bank"])
    assert library is not None and bank is not None
    assert (library.date, bank.date) == (dt.date(1971, 6, 15), dt.date(1971, 6, 18))


@pytest.mark.parametrize(
    ("terms", "aftermath"),
    [
        ({"shoot": 2.0, "party": 1.0, "police": 1.0}, False),
        ({"shoot": 2.0, "hearing": 1.0, "judge": 1.0, "party": 1.0}, True),
        ({"shoot": 2.0, "arrest": 1.0, "suspect": 1.0, "party": 1.0}, True),
        ({"shoot": 3.0, "party": 2.0, "police": 2.0, "victim": 2.0, "street": 2.0, "night": 2.0, "hospital": 2.0,
          "neighbor": 2.0, "gunfire": 2.0, "car": 2.0, "window": 2.0, "arrest": 0.5}, False),
    ],
    ids=["a report of the shooting", "a report of the hearing", "a report of the arrest", "a shooting with no arrest yet"],
)
def test_a_report_weighed_in_the_words_of_the_courts_tells_of_an_aftermath(terms: dict[str, float], aftermath: bool) -> None:
    assert (after.aftermath(terms) >= after.AFTERMATH_SHARE) is aftermath


@pytest.mark.parametrize(
    ("names", "share", "found"),
    [
        ({"darnell okafor", "hollis street", "stroger hospital", "braddock", "allegheny county"}, 0.7, {"darnell okafor"}),
        ({"darnell okafor", "avoyelles parish", "west side party", "okafor", "bpd"}, 0.7, {"darnell okafor"}),
        ({"darnell okafor", "braddock community council", "okafor family fund"}, 0.7, {"darnell okafor"}),
        ({"darnell okafor", "paula grant", "tremaine vickers"}, 0.7, {"darnell okafor"}),
        ({"darnell okafor", "paula grant", "tremaine vickers"}, 0.4, {"darnell okafor", "tremaine vickers"}),
    ],
    ids=[
        "a street, a hospital, the town and its county are places",
        "a parish, a part of a town and a word alone are no person's full name", "a council and a fund are bodies",
        "a name said in passing does not lead", "a name the report is about but does not lead with",
    ],
)
def test_the_people_a_report_is_about_are_no_places(names: set[str], share: float, found: set[str]) -> None:
    terms = {"okafor": 5.0, "hollis": 5.0, "stroger": 5.0, "braddock": 5.0, "allegheny": 5.0, "avoyelles": 5.0}
    terms |= {"party": 5.0, "bpd": 5.0, "grant": 1.0, "vickers": 2.5, "council": 5.0, "family": 5.0}
    place = Place(city="Braddock", admin1="Pennsylvania", country="USA")
    assert after.people(names, terms, place, share) == found


@pytest.mark.parametrize(
    ("doer", "words_count"),
    [(None, True), ("Tom Reyes", False)],
    ids=["both about the man it left", "both about the man who did it"],
)
def test_the_words_of_a_report_of_the_next_day_count_when_both_are_about_the_people_it_left(
    doer: str | None, words_count: bool
) -> None:
    terms = {"reyes": 1.0, "airport": 0.8, "baggage": 0.6, "terminal": 0.5}
    claims = [Claim("perpetrator", doer, "r", 0, len(doer), doer)] if doer else []
    mention = Mention(
        Article("r", ""), "shooting", "", None, claims=claims, date=dt.date(2017, 1, 7), date_precision="day",
        place=Place(city="Fort Lauderdale"), names=frozenset({"tom reyes"}), terms=terms,
    )  # fmt: skip
    event = Candidate(
        "e", dt.date(2017, 1, 6), None, "Fort Lauderdale", None, None, "shooting", names={"tom reyes"}, terms=terms,
        date_precision="day",
    )  # fmt: skip
    full, _ = resolve.content_part(resolve.unit(terms), event)
    _, evidence = resolve.score(mention, event, True, resolve.unit(terms))
    content = evidence["content"]
    assert isinstance(content, dict) and (content["score"] == round(full, 2)) is words_count


@pytest.mark.parametrize(
    ("city", "joins"),
    [("Kenosha", True), ("Chicago", False)],
    ids=["a shooting in a town the day before", "a shooting in a city of millions the day before"],
)
def test_a_city_of_millions_says_less_for_one_happening_than_a_town(city: str, joins: bool) -> None:
    # Nothing but the place, the kind and a day between them: enough in a town, not in Chicago,
    # where boys are shot every day.
    place = Place(city=city, admin1="Illinois" if city == "Chicago" else "Wisconsin", country="USA")
    mention = Mention(
        Article("r", ""), "shooting", "", None, date=dt.date(2017, 1, 2), date_precision="day", place=place,
    )  # fmt: skip
    event = Candidate("e", dt.date(2017, 1, 1), None, city, place.admin1, "USA", "shooting", date_precision="day")
    total, evidence = resolve.score(mention, event, True)
    assert (total >= resolve.THRESHOLD) is joins
    assert evidence["city"] == {"same": city, "score": resolve.SAME_CITY if joins else resolve.SAME_BIG_CITY}


@pytest.mark.parametrize(
    ("city", "other", "near"),
    [("Evanston", "Chicago", True), ("Brooklyn", "New York City", True), ("Brooklyn", "Queens", False)],
    ids=["a suburb beside its city", "a borough and its city", "two boroughs of millions"],
)
def test_two_cities_of_millions_are_two_places_however_near(city: str, other: str, near: bool) -> None:
    # A shooting in Brooklyn and one in Queens on the same day are no nearer one happening than
    # one in Boston and one in Chicago: each borough is a city of its own (`bestplace._policed_by`).
    place = Place(city=city, admin1="New York" if other != "Chicago" else "Illinois", country="USA")
    mention = Mention(Article("r", ""), "shooting", "", None, date=dt.date(2017, 1, 1), date_precision="day", place=place)
    event = Candidate("e", dt.date(2017, 1, 1), None, other, place.admin1, "USA", "shooting", date_precision="day")
    _, evidence = resolve.score(mention, event, True)
    assert ("nearby" in evidence["city"]) is near  # type: ignore[operator]
    assert ("differ" in evidence["city"]) is not near  # type: ignore[operator]


@pytest.mark.parametrize(
    ("county", "town", "outside"),
    [("Charlotte County", "Courtland", True), ("Southampton County", "Courtland", False)],
    ids=["a town of another county of the state", "the county the town lies in"],
)
def test_a_county_and_a_town_of_another_county_are_two_places(county: str, town: str, outside: bool) -> None:
    # Courtland, Virginia lies in Southampton County: a hunting accident in Charlotte County is another
    place = Place(city=county, admin1="Virginia", country="USA")
    mention = Mention(Article("r", ""), "shooting", "", None, date=dt.date(2016, 12, 2), date_precision="day", place=place)
    event = Candidate("e", dt.date(2016, 11, 25), None, town, "Virginia", "USA", "shooting", date_precision="day")
    _, evidence = resolve.score(mention, event, True)
    city = evidence["city"]
    assert isinstance(city, dict) and ("outside" in city) is outside
    assert (city["score"] < 0) is outside


@pytest.mark.parametrize(
    ("shared", "counted"),
    [
        ("marcus hill", True), ("stroger hospital", False), ("advocate christ medical center", False),
        ("lakeshore broadcasting corporation", False), ("javascript", False),
    ],
    ids=["the man shot", "the hospital he was taken to", "a trauma centre", "the station's owner", "the page's machinery"],
)
def test_the_hospital_the_wounded_were_taken_to_and_the_page_are_no_shared_name(shared: str, counted: bool) -> None:
    place = Place(city="Chicago", admin1="Illinois", country="USA")
    mention = Mention(Article("r", ""), "shooting", "", None, place=place, names=frozenset({shared, "age:19"}))
    event = Candidate("e", None, None, "Chicago", "Illinois", "USA", "shooting", names={shared, "age:23"})
    _, evidence = resolve.score(mention, event, False)
    # Neither names a person: sharing nothing else is no evidence at all.
    names = evidence.get("names", {"shared": []})
    assert isinstance(names, dict) and (shared in names["shared"]) is counted


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Gunman kills two at a bowling alley.\nWhen you tweet with a location, Twitter stores it.", "bowling", "tweet"),
        ("Teen shot near a school.\nCheck your junk or spam folder to activate your profile.", "school", "spam"),
    ],
    ids=["an embedded tweet", "the e-mail check of a sign-in box"],
)
def test_the_words_of_a_pages_machinery_are_no_content(parse, text: str, kept: str, dropped: str) -> None:  # type: ignore[no-untyped-def]
    terms = salient_terms(parse(text))
    assert kept in terms and dropped not in terms


@pytest.mark.parametrize(
    ("body", "whole"),
    [
        ("Thank you for registering! We look forward to seeing you frequently. Visit us and sign in to update your profile.", False),
        ("The boy's twin found the pistol in a closet of the family's home on Carr Avenue, police said.", True),
    ],
    ids=["a page of machinery under the headline", "a report that tells of its incident"],
)
def test_a_page_that_tells_nothing_under_its_headline_is_told_in_its_headline(parse, body: str, whole: bool) -> None:  # type: ignore[no-untyped-def]
    # The boilerplate of a page kept without its story had made up most of its content, so
    # that the full reports of its incident did not find it alike.
    title = "Man turns himself in after 2-year-old killed in accidental shooting - WXYZ News 4"
    text = f"{title}\n\n{body}"
    doc = parse(text)
    terms = extract_one(doc, Article("a", text, title=title, published=dt.date(2015, 11, 13))).mention.terms  # type: ignore[union-attr]
    assert "turn" in terms and "kill" in terms
    assert ("closet" in terms) is whole  # the body's words, where the body tells of the incident
    assert "register" not in terms and "profile" not in terms


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Two men hurt in a tavern brawl.\nYou can hide the Tweet and erase your archive history at any time.", "brawl", {"archive", "erase", "history"}),
        ("Clerk shot at a gas station.\nWe mailed you a verification code, so confirm your address to finish signing up.", "clerk", {"address", "code", "finish"}),
        ("The mayor wrote on Twitter that the archive history of the city will be erased.", "history", set()),
    ],
    ids=["an embedded tweet's every word", "a sign-in box's every word", "a page word told of someone else is news"],
)
def test_a_sentence_of_page_words_told_to_the_reader_has_no_content(parse, text: str, kept: str, dropped: set[str]) -> None:  # type: ignore[no-untyped-def]
    terms = salient_terms(parse(text))
    assert kept in terms and not dropped & set(terms)


@pytest.mark.parametrize(
    ("events", "common"),
    [(1, False), (resolve.COMMON_EVENTS - 1, False), (resolve.COMMON_EVENTS, True)],
    ids=["named in one stored happening", "named in a few", "named in as many as a county prosecutor is"],
)
def test_a_name_filed_under_many_stored_events_is_common(store: SQLiteStore, events: int, common: bool) -> None:
    place = Place(city="Detroit", admin1="Michigan", country="USA")
    with store.transaction():
        for i in range(events):
            event = Event(f"e{i}", "incident", "shooting", None, None, None, dt.date(2017, 1, 1 + i), "day", place, [], [])
            store.save_event(event, {"name:dana whitfield", f"name:victim {i}"}, {"dana whitfield"}, {}, {})
    mention = Mention(Article("r", ""), "shooting", "", None, place=place, names=frozenset({"dana whitfield", "victim 0"}))
    assert resolve.common_names(store, mention) == ({"dana whitfield"} if common else set())


@pytest.mark.parametrize("others", [5, 25])
def test_the_events_sharing_most_keys_are_the_candidates_however_many_share_one(store: SQLiteStore, others: int) -> None:
    """A state's key finds every event there that week: the one sharing the town, the street and
    the victim's name comes first, though stored before all of them."""
    place = Place(city="Austin", admin1="Texas", country="USA")
    day = dt.date(2017, 4, 8)
    with store.transaction():
        event = Event("kin", "incident", "shooting", None, None, None, day, "day", place, [], [])
        store.save_event(event, {"city:austin", "admin1:texas", "venue:lamar", "name:dana whitfield"}, set(), {}, {})
        for i in range(others):
            elsewhere = Place(city=f"Town {i}", admin1="Texas", country="USA")
            other = Event(f"e{i}", "incident", "shooting", None, None, None, day, "day", elsewhere, [], [])
            store.save_event(other, {f"city:town {i}", "admin1:texas"}, set(), {}, {})
    keys = ["admin1:texas", "city:austin", "name:dana whitfield", "venue:lamar"]
    found = store.candidates(keys, day - dt.timedelta(days=3), day + dt.timedelta(days=3), limit=4)
    assert len(found) == 4 and found[0].id == "kin"
    assert {c.id for c in store.candidates(["admin1:texas"], day, day, limit=others + 1)} == {"kin", *(f"e{i}" for i in range(others))}


@pytest.mark.parametrize(
    ("common", "counted"),
    [(frozenset(), True), (frozenset({"dana whitfield"}), False)],
    ids=["a name of one happening", "a prosecutor who speaks of many"],
)
def test_a_common_name_neither_joins_two_reports_nor_keeps_them_apart(common: frozenset[str], counted: bool) -> None:
    place = Place(city="Detroit", admin1="Michigan", country="USA")
    mention = Mention(Article("r", ""), "shooting", "", None, place=place, names=frozenset({"dana whitfield", "age:9"}))
    event = Candidate("e", None, None, "Detroit", "Michigan", "USA", "shooting", names={"dana whitfield", "age:12"})
    _, evidence = resolve.score(mention, event, False, None, common)
    expected = {"shared": ["dana whitfield"], "score": 1.5}
    assert evidence.get("names") == (expected if counted else None)


@pytest.mark.parametrize(
    ("days_apart", "terms", "counted"),
    [
        (0, {"porch": 1.0, "cookout": 0.8}, True),
        (1, {"porch": 1.0, "cookout": 0.8}, True),
        (1, {"alley": 1.0, "scooter": 0.8}, False),
    ],
    ids=["the same day", "another day told in the same words", "another day told in other words"],
)
def test_an_age_alone_joins_reports_of_another_day_only_told_in_the_same_words(
    days_apart: int, terms: dict[str, float], counted: bool
) -> None:
    place = Place(city="Chicago", admin1="Illinois", country="USA")
    mention = Mention(
        Article("r", ""), "shooting", "", None, date=dt.date(2017, 1, 2 + days_apart), date_precision="day",
        place=place, names=frozenset({"age:16"}), terms=terms,
    )  # fmt: skip
    event = Candidate(
        "e", dt.date(2017, 1, 2), None, "Chicago", "Illinois", "USA", "shooting", names={"age:16"},
        terms={"porch": 1.0, "cookout": 0.8}, date_precision="day",
    )  # fmt: skip
    _, evidence = resolve.score(mention, event, False, resolve.unit(terms))
    assert ("age:16" in str(evidence.get("names"))) is counted


@pytest.mark.parametrize(
    ("text", "official", "kept"),
    [
        ("Wayne County Prosecutor Kym Worthy said Dion Barnes, 22, was charged with shooting a neighbour.", "kym worthy", "dion barnes"),
        ("Gerald Pike, 30, was shot on Elm Street, police spokesman Ed Flynn said. Flynn said no one was arrested.", "ed flynn", "gerald pike"),
        ("Ed Flynn, a police spokesman, said Gerald Pike was shot twice on Elm Street.", "ed flynn", "gerald pike"),
        ("A police spokeswoman, Jane Moss, said Gerald Pike was shot twice on Elm Street.", "jane moss", "gerald pike"),
        ("Gerald Pike was shot and killed on Friday, Coroner Tom Dart said.", "tom dart", "gerald pike"),
        # an officer of rank the report quotes speaks for the force
        ("Officer Dale Munro says Gerald Pike was shot on Friday night and died at the scene.", "dale munro", "gerald pike"),
        ("Gerald Pike was shot twice on Elm Street, according to police Sergeant Rita Vance.", "sergeant rita vance", "gerald pike"),
        # a chief the report quotes too: the one who speaks of every shooting in his town for years
        ("Gerald Pike, 14, died on Tuesday, and Police Chief James Craig told reporters the gun was stolen.", "james craig", "gerald pike"),
    ],
)
def test_an_official_who_speaks_of_many_incidents_is_no_name_of_the_report(parse, text: str, official: str, kept: str) -> None:
    mention = extract_one(parse(text), Article(id="a", text=text)).mention
    assert mention is not None
    assert kept in mention.names
    assert not {n for n in mention.names if set(n.split()) <= set(official.split())}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officer Sam Reed was shot in the leg on Friday while chasing a suspect, police said.", "sam reed"),
        ("Gerald Pike was shot by Officer Sam Reed on Friday. Reed said he saw a gun.", "sam reed"),
        ("Gunmen killed four people at a dance hall on Friday, Mayor Dana Pruitt told reporters.", "dana pruitt"),
        ("Police Chief Tom Ruiz was shot in the arm on Friday during a traffic stop.", "tom ruiz"),
    ],
    ids=[
        "an officer shot", "an officer who shot, quoted by his surname alone",
        "a mayor who speaks of the few incidents all outlets follow", "a chief shot, not quoted",
    ],  # fmt: skip
)
def test_a_name_with_a_title_of_no_spokesman_is_kept(parse, text: str, name: str) -> None:
    mention = extract_one(parse(text), Article(id="a", text=text)).mention
    assert mention is not None and name in mention.names


# One attempt told as an attack, the other as a find (a report of no incident), alike in words:
# thirteen days apart, at two campuses of one university in two towns.
CAMPUS_PIPE_BOMB = (
    "5/11/1971: Unknown perpetrators placed a pipe bomb in the Science Building at Kent State University, Kent, Ohio, "
    "United States.  The bomb was discovered and subsequently disarmed."
)
CAMPUS_DEVICE = (
    "5/24/1971: Unknown perpetrators placed a timing device in the science building at Kent State University, "
    "Ashtabula, Ohio, United States.  The device was discovered and subsequently removed."
)


def test_reports_of_two_kinds_sure_of_other_days_in_other_towns_are_two(store: SQLiteStore, tmp_path: Path) -> None:
    groups = _summaries_grouped(store, tmp_path, {"kent": CAMPUS_PIPE_BOMB, "ashtabula": CAMPUS_DEVICE})
    assert groups["kent"] != groups["ashtabula"]
    # the words alone would have joined them
    evidence = [m["evidence"] for m in store.merges(groups["ashtabula"] or "")]
    assert any(e.get("best", {}).get("evidence", {}).get("date", {}).get("towns") == ["Ashtabula", "Kent"] for e in evidence)  # type: ignore[union-attr]


def test_a_date_the_parser_takes_for_a_person_is_no_name(parse) -> None:  # type: ignore[no-untyped-def]
    # "4/13/1970" is labelled a person: two summaries of one day would share it as a name
    text = "4/13/1970: In a series of related attacks, unknown perpetrators bombed East High School in Kansas City, Missouri."
    doc = parse(text)
    assert any(e.text == "4/13/1970" and e.label_ == "PERSON" for e in doc.ents)  # the parser's reading this test is about
    mention = extract_one(doc, Article(id="a", text=text)).mention
    assert mention is not None and "east high school" in mention.names
    assert not [n for n in mention.names if not any(ch.isalpha() for ch in n)]


@pytest.mark.parametrize(
    ("city", "country", "other_city", "two_countries"),
    [
        ("Rockdale", "AUS", "Conyers", False),  # Rockdale is a town of the United States too
        ("Albion", "CAN", "Marshall", False),
        ("Lyon", "FRA", "Boston", True),  # no Lyon of the United States: two countries indeed
    ],
    ids=["a town of both countries", "a town of many countries", "a town of one country only"],
)
def test_countries_that_differ_only_in_how_a_town_was_read_do_not_keep_reports_apart(
    city: str, country: str, other_city: str, two_countries: bool
) -> None:
    mention = Mention(
        Article("r", ""), "shooting", "", None, date=dt.date(2017, 1, 1), date_precision="day",
        place=Place(city=city, country=country),
    )  # fmt: skip
    event = Candidate("e", dt.date(2017, 1, 1), None, other_city, None, "USA", "shooting", date_precision="day")
    _, evidence = resolve.score(mention, event, True)
    assert ("country" in evidence) is two_countries


@pytest.mark.parametrize(
    ("city", "other_city", "same"),
    [
        ("Greenacres", "Greenacres City", True),
        ("Pine Hill", "Pine Hill Township", True),
        ("North Charleston", "Charleston", False),  # a town of its own beside the city
    ],
    ids=["with and without 'City'", "with and without 'Township'", "a word of a town of its own"],
)
def test_a_town_named_with_or_without_a_word_for_town_is_one_town(city: str, other_city: str, same: bool) -> None:
    mention = Mention(
        Article("r", ""), "shooting", "", None, date=dt.date(2017, 1, 1), date_precision="day",
        place=Place(city=city, country="USA"),
    )  # fmt: skip
    event = Candidate("e", dt.date(2017, 1, 1), None, other_city, None, "USA", "shooting", date_precision="day")
    _, evidence = resolve.score(mention, event, True)
    city_evidence = evidence.get("city")
    assert isinstance(city_evidence, dict) and ("same" in city_evidence) is same


@pytest.mark.parametrize(
    ("city", "admin1", "other_city", "other_admin1", "kind"),
    [
        ("Tamsworth County", "Georgia", "Decatur", "Georgia", "unplaced"),  # the town may lie in the county
        ("Quarry Hill Road", None, "Springfield", "Missouri", "unplaced"),  # a street read as the town
        ("Tamsworth County", "Georgia", "Decatur", "Illinois", "differ"),  # a county of another state
        ("Dayton", "Ohio", "Toledo", "Ohio", "differ"),  # two towns, both known, apart (Springfield lies 40 km off)
        ("Harris County", None, "Houston", "Texas", "within"),  # the county and a town the gazetteer puts in it
        ("Fulton County", "Georgia", "Atlanta", "Georgia", "within"),
        ("Wilkin County", "Minnesota", "Foxhome", "Minnesota", "within"),  # a hamlet the Postal Service alone knows
        ("Harris County", "Georgia", "Houston", "Texas", "differ"),  # a county of that name in another state
        ("Clifton", "Colorado", "Grand Junction", "Colorado", "nearby"),  # not the biggest Clifton, New Jersey's
        ("Clifton", "New Jersey", "Grand Junction", "Colorado", "differ"),
    ],
    ids=[
        "a county and a town of its state", "a street and a town", "a county of another state", "two towns apart",
        "a town in the county", "a city in its county", "a hamlet in its county", "a town in a county so called of another state",
        "a town beside a city, of a name many towns bear", "a town of that name in another state",
    ],
)
def test_how_a_county_a_street_or_a_town_in_a_county_scores_a_merge(
    city: str, admin1: str | None, other_city: str, other_admin1: str, kind: str
) -> None:
    mention = Mention(
        Article("r", ""), "shooting", "", None, date=dt.date(2017, 1, 1), date_precision="day",
        place=Place(city=city, admin1=admin1, country="USA"),
    )  # fmt: skip
    event = Candidate("e", dt.date(2017, 1, 1), None, other_city, other_admin1, "USA", "shooting", date_precision="day")
    _, evidence = resolve.score(mention, event, True)
    city_evidence = evidence.get("city")
    assert isinstance(city_evidence, dict) and kind in city_evidence
    assert city_evidence["score"] == {"unplaced": -resolve.UNPLACED, "differ": -1.5, "within": 1.0, "nearby": 1.0}[kind]


@pytest.mark.parametrize(
    ("told", "days_off", "kept"),
    [
        ("late Friday night", 0, 1.0),
        ("late Friday night", 1, resolve.NEXT_DAY_CONTENT),
        ("on July 4", 1, 0.0),
        ("late Friday night", 3, 0.0),
    ],
    ids=[
        "the same day",
        "a day off, told by a weekday: late at night or told by the next morning",
        "a day off, told by a date: another attack",
        "days off: another attack",
    ],
)
def test_the_words_of_a_report_sure_of_another_day_count_for_less_the_further_it_is(
    told: str, days_off: int, kept: float
) -> None:
    terms = {"cookout": 1.0, "backyard": 0.8, "grill": 0.6, "fireworks": 0.5}
    text = f"A man was shot at a backyard cookout {told}."
    start = text.index(told)
    claim = Claim("date", "2017-07-05", "r", start, start + len(told), told, qualifier="day", confidence=0.9)
    mention = Mention(
        Article("r", text), "shooting", "", None, claims=[claim], date=dt.date(2017, 7, 5), date_precision="day",
        place=Place(city="Kenosha", country="USA"), terms=terms,
    )  # fmt: skip
    event = Candidate(
        "e", dt.date(2017, 7, 5) - dt.timedelta(days=days_off), None, "Kenosha", None, "USA", "shooting",
        terms=terms, date_precision="day",
    )  # fmt: skip
    full, _ = resolve.content_part(resolve.unit(terms), event)
    _, evidence = resolve.score(mention, event, True, resolve.unit(terms))
    content = evidence["content"]
    assert isinstance(content, dict) and content["score"] == pytest.approx(round(kept * full, 2))


@pytest.mark.parametrize(
    ("sure", "days_off", "points"),
    [
        (True, 0, 2.0),
        (True, 1, 1.0),
        (True, 2, -1.0),
        (False, 2, 1.0),
        (False, 3, 1.0),
        (False, 4, 0.2),
    ],
    ids=[
        "the same day",
        "a day off: one late-night shooting told either side of midnight",
        "two days off, the report sure of its day: another shooting",
        "two days off, the report dated by its publication",
        "three days off, the report dated by its publication",
        "four days off, the report dated by its publication",
    ],
)
def test_a_report_sure_of_its_day_two_days_from_the_event_is_another_incident(sure: bool, days_off: int, points: float) -> None:
    mention = Mention(
        Article("r", "A man was shot."), "shooting", "", None, date=dt.date(2017, 7, 5), date_precision="day",
        place=Place(city="Kenosha", country="USA"),
    )  # fmt: skip
    event = Candidate("e", dt.date(2017, 7, 5) - dt.timedelta(days=days_off), None, "Kenosha", None, "USA", "shooting", date_precision="day")
    _, evidence = resolve.score(mention, event, sure)
    assert evidence["date"] == {"gap_days": days_off, "score": points}


@pytest.mark.parametrize(
    ("latest", "points"),
    [(dt.date(2016, 8, 7), resolve.WRITTEN_BEFORE), (dt.date(2016, 8, 8), 1.0), (None, 1.0)],
    ids=["every report out before the day", "a report out on the day", "no report dated"],
)
def test_a_report_sure_of_a_day_after_every_report_of_the_event_was_out_is_of_another(latest: dt.date | None, points: float) -> None:
    mention = Mention(
        Article("r", "A boy was shot Monday night."), "shooting", "", None, date=dt.date(2016, 8, 8), date_precision="day",
        place=Place(city="Chicago", country="USA"),
    )  # fmt: skip
    event = Candidate("e", dt.date(2016, 8, 7), None, "Chicago", None, "USA", "shooting", date_precision="day", latest=latest)
    _, evidence = resolve.score(mention, event, True)
    assert evidence["date"] == {"gap_days": 1, "score": points}
    _, unsure = resolve.score(mention, event, False)
    assert unsure["date"] == {"gap_days": 1, "score": 1.0}  # a day read from the publication date alone


@pytest.mark.parametrize(
    ("day_told", "points"),
    [("3/3/1970", -resolve.WRITTEN_APART), ("Tuesday night", 1.0), (None, 1.0)],
    ids=["both written out", "the event's told by a weekday", "the event's day not sure"],
)
def test_two_days_a_day_apart_each_written_out_are_two_days(day_told: str | None, points: float) -> None:
    told = Claim(attribute="date", value="1970-03-04", article="r", start=0, end=8, quote="3/4/1970", confidence=0.7)
    mention = Mention(
        Article("r", "3/4/1970: A car was bombed."), "bombing", "", None, claims=[told], date=dt.date(1970, 3, 4),
        date_precision="day", place=Place(city="Denver", country="USA"),
    )  # fmt: skip
    event = Candidate("e", dt.date(1970, 3, 3), None, "Denver", None, "USA", "bombing", date_precision="day", day_told=day_told)
    _, evidence = resolve.score(mention, event, True)
    assert evidence["date"] == {"gap_days": 1, "score": points}


def test_summaries_of_two_days_at_one_named_place_are_two_events(store: SQLiteStore, tmp_path: Path) -> None:
    # two fires at one campus four days apart, each summary's day written out: the campus's
    # name and the words they share do not make them one
    reports = {
        "first": "4/1/1970: Unknown perpetrators set a kerosene fire to the Naval R.O.T.C. building at Veltrana College "
        "in Denver, Colorado, United States. There were no casualties but a hole was burned through one side of the building.",
        "second": "4/5/1970: Unknown perpetrators set fire to the office of the dean of students at Veltrana University in "
        "Denver, Colorado, United States. There were no casualties but the office sustained an estimated $50,000 in damages.",
    }
    ingest([_write(tmp_path, reports, None)], store)
    groups = _groups(store)
    assert None not in groups.values()
    assert groups["first"] != groups["second"]


def test_summaries_of_two_days_in_the_same_words_are_two_events(store: SQLiteStore, tmp_path: Path) -> None:
    # GTD tells a series of car bombings in one city, a day apart, in one sentence each day
    summary = (
        "{}: Unknown perpetrators bombed a foreign-made car painted red in Denver, Colorado, United States. "
        "There were no casualties and the car was damaged."
    )
    reports = {day.replace("/", "_"): summary.format(day) for day in ("3/3/1970", "3/4/1970", "3/5/1970")}
    ingest([_write(tmp_path, reports, None)], store)
    groups = _groups(store)
    assert None not in groups.values()
    assert len(set(groups.values())) == 3


SUNDAY_WOUNDED = (
    "Four seriously wounded in West Garfield Park shooting\n\nFour people were seriously wounded in a shooting Sunday "
    "afternoon in the West Garfield Park neighborhood on the West Side, Chicago police said."
)
MONDAY_BOY = (
    "Boy, 10, hurt on his family's porch\n\nA 10-year-old boy was shot in the back Monday night as he sat on his "
    "family's porch with his mother and brother in the 3900 block of West Polk Street in West Garfield Park, Chicago "
    "police said. He was in critical condition at Mount Sinai Hospital."
)


def test_a_shooting_the_day_after_every_report_of_another_was_out_is_not_joined_to_it(store: SQLiteStore, tmp_path: Path) -> None:
    for folder, reports, published in (
        ("sunday", {"sunday": SUNDAY_WOUNDED}, "2016-08-07"),
        ("tuesday", {"boy": MONDAY_BOY}, "2016-08-09"),
    ):  # fmt: skip
        (tmp_path / folder).mkdir()
        ingest([_write(tmp_path / folder, reports, published)], store)
    groups = _groups(store)
    assert None not in groups.values()
    assert groups["boy"] != groups["sunday"]


# A city's weekend of shootings told together, and the reports of two of its shootings.
ROUNDUP = (
    "3 dead, 9 wounded in weekend shootings across Riverton\n\n"
    "Three people were killed and nine others wounded in shootings across Riverton over the weekend, police said. "
    "Daniel Okafor, 24, was shot dead outside a store on Elm Street on Saturday night. On Sunday afternoon two men "
    "were wounded on Harbor Avenue, and a woman was shot in the leg near Lincoln Park."
)
ELM_STREET = (
    "Man shot dead outside Elm Street store in Riverton\n\n"
    "Daniel Okafor, 24, was shot and killed outside a convenience store on Elm Street in Riverton on Saturday night, "
    "police said. Officers found him lying near the entrance. No arrests have been made."
)
HARBOR_AVENUE = (
    "Two men wounded in Harbor Avenue shooting in Riverton\n\n"
    "Two men were wounded when someone opened fire on Harbor Avenue in Riverton on Sunday afternoon, police said. "
    "Both were taken to a hospital in stable condition."
)


@pytest.mark.parametrize(
    ("headline", "several"),
    [
        ("3 Dead, 12 Wounded In Weekend Shootings Across Marlow", True),
        ("Six hurt in two separate shootings in Corvale on Friday night", True),
        ("Gunfire at a bar, one of 9 shootings in Corvale", True),
        ("Two killed, 7 wounded in overnight shootings in Corvale", True),
        ("Four wounded in Elm Street shootings, police say", False),
        ("Suspect in 4 Grove County killings arrested", False),
        ("One dead, three injured in Parkway shootings", False),
        ("Man shot dead in Corvale on Saturday", False),
        (
            "6 wounded in Corvale shootings\n\nTwo teens wounded in separate Corvale shootings a block apart were among "
            "six people shot from Wednesday afternoon into early Thursday.",
            True,
        ),
        (
            "Four wounded in Elm Street shootings\n\nFour people were wounded when a gunman opened fire on Elm Street on "
            "Friday. Police said later that a man was held. The city has seen three separate shootings this week.",
            False,
        ),
    ],
)
def test_a_headline_or_lead_that_tells_of_several_incidents_apart_is_a_roundup(parse, headline: str, several: bool) -> None:  # type: ignore[no-untyped-def]
    assert roundup(parse(headline)) is several


@pytest.mark.parametrize(
    ("order", "batch_size", "together"),
    [
        (["roundup", "elm", "harbor"], 1, set()),
        (["roundup", "elm", "harbor"], 64, {"elm", "roundup"}),
        (["elm", "roundup", "harbor"], 64, {"elm", "roundup"}),
    ],
    ids=["the roundup stored before its shootings", "the roundup read first in its shootings' batch", "the roundup read after one of its shootings"],
)
def test_a_roundup_lends_an_incident_none_of_its_sums_nor_its_day_and_joins_none_of_the_others_to_it(
    store: SQLiteStore, tmp_path: Path, order: list[str], batch_size: int, together: set[str]
) -> None:
    texts = {"roundup": ROUNDUP, "elm": ELM_STREET, "harbor": HARBOR_AVENUE}
    ingest([_write(tmp_path, {k: texts[k] for k in order})], store, batch_size=batch_size)
    groups = _groups(store)
    assert len({groups[k] for k in together}) <= 1
    assert groups["harbor"] not in {groups["elm"], groups["roundup"]}
    if together:
        event = store.event(groups["elm"])
        assert event is not None and reconcile(event).facts["killed"].best == 1
        # nor its day, that of the weekend's shootings together
        assert not any(claim.attribute in ("killed", "wounded", "date") for _, claim in store.claims_in("roundup"))


@pytest.mark.parametrize(
    ("ours", "theirs", "apart"),
    [
        ({"marcus dunn", "age:24"}, {"gloria stevens", "age:61"}, True),
        ({"wtol.com", "age:24"}, {"gloria stevens", "age:61"}, True),
        ({"wtol.com", "age:24"}, {"cherry street", "age:61"}, False),
    ],
    ids=["both name someone else", "one names somebody the other does not", "neither names anybody"],
)
def test_naming_none_alike_counts_against_a_merge_only_where_a_person_is_named(ours: set[str], theirs: set[str], apart: bool) -> None:
    place = Place(city="Toledo", admin1="Ohio", country="USA")
    # The first report of a shooting names no victim: only its station, its street, an age.
    terms = {w: 1.0 for n in ours if not n.startswith("age:") for w in n.split()} | {"shot": 1.0}
    mention = Mention(Article("r", ""), "shooting", "", None, place=place, names=frozenset(ours), terms=terms)
    event = Candidate(
        "e", None, None, "Toledo", "Ohio", "USA", "shooting", names=theirs,
        terms={w: 1.0 for n in theirs if not n.startswith("age:") for w in n.split()} | {"shot": 1.0},
    )  # fmt: skip
    _, evidence = resolve.score(mention, event, False, resolve.unit(terms))
    assert (evidence.get("names") == {"shared": [], "score": -0.5}) is apart


# One shooting on a street, and a report of it told days later, dated by its telling.
PORCH_SHOOTING = (
    "Man wounded in Copperfield Street shooting in Dayton\n\n"
    "A 31-year-old man was shot and wounded Saturday night on Copperfield Street in Dayton, police said. "
    "Officers found him on the porch of a house and took him to a hospital. No arrests have been made."
)
PORCH_LATER = (
    "Police seek gunman in Copperfield Street shooting\n\n"
    "Dayton police are looking for the gunman who shot a 31-year-old man on Copperfield Street on {day} night. "
    "Officers found the man on the porch of a house. He was taken to a hospital, police said."
)


@pytest.mark.parametrize(
    ("street", "day", "published", "words_count"),
    [
        ("Copperfield Street", "Tuesday", "2017-04-12", True),
        ("Linden Avenue", "Tuesday", "2017-04-12", False),
        ("Copperfield Street", "Thursday", "2017-04-14", False),
    ],
    ids=["one street three days apart", "another street three days apart", "one street five days apart"],
)
def test_the_words_of_a_report_days_off_count_where_both_name_one_street(
    store: SQLiteStore, tmp_path: Path, street: str, day: str, published: str, words_count: bool
) -> None:
    later = PORCH_LATER.format(day=day).replace("Copperfield Street", street)
    path = tmp_path / "reports.jsonl"
    rows = [{"id": "first", "published": "2017-04-10", "text": PORCH_SHOOTING}, {"id": "later", "published": published, "text": later}]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    ingest([path], store)
    merge = next(m for e in store.event_ids() for m in store.merges(e) if m["article"] == "later")
    evidence = merge["evidence"]
    assert isinstance(evidence, dict)
    best = evidence.get("best")
    content = (best["evidence"] if isinstance(best, dict) else evidence)["content"]
    assert ("other_day" not in content) is words_count


# Two shootings in one town that a station tells of, and a report of a man both reports are about.
STATION_FIRST = (
    "Man wounded in Maple Avenue shooting\n\n"
    "A man was wounded in a shooting on Maple Avenue on Saturday night. The wounded man was taken from Maple "
    "Avenue to a hospital after the shooting, and the shooting is under investigation, police told WKRX."
)
STATION_SECOND = (
    "Woman wounded in Maple Avenue shooting\n\n"
    "A woman was wounded in a shooting outside a laundromat on Maple Avenue on Saturday. The wounded woman was "
    "taken from Maple Avenue to a hospital after the shooting, police told WKRX."
)
OKAFOR_FIRST = (
    "Okafor shot outside Dayton store\n\n"
    "Okafor was shot outside a store on Maple Avenue in Dayton on Saturday night, police said. Okafor was taken "
    "to a hospital. Friends said Okafor had just left work."
)
OKAFOR_SECOND = (
    "Friends gather for Okafor after Dayton shooting\n\n"
    "Friends of Okafor gathered on Saturday night in Dayton after he was shot outside a store. Okafor, police "
    "said, is expected to recover."
)


@pytest.mark.parametrize(
    ("first", "second", "name", "in_passing"),
    [(STATION_FIRST, STATION_SECOND, "wkrx", True), (OKAFOR_FIRST, OKAFOR_SECOND, "okafor", False)],
    ids=["the station both name in passing", "the man both are about"],
)
def test_a_shared_name_of_one_word_said_in_passing_counts_less(parse, first: str, second: str, name: str, in_passing: bool) -> None:  # type: ignore[no-untyped-def]
    one, other = incident_of(parse, first), incident_of(parse, second)
    one.terms, other.terms = salient_terms(parse(first)), salient_terms(parse(second))
    assert name in one.names & other.names
    event = Candidate(
        "e", one.date, one.place.venue, one.place.city, one.place.admin1, one.place.country, one.type,
        names=set(one.names), terms=resolve.unit(one.terms), date_precision=one.date_precision,
    )  # fmt: skip
    _, evidence = resolve.score(other, event, True, resolve.unit(other.terms))
    names = evidence["names"]
    assert isinstance(names, dict) and name in names["shared"]
    vector = resolve.unit(other.terms)
    assert resolve.in_passing(name, vector, event) is in_passing
    points = [resolve.ONE_WORD_NAME if resolve.in_passing(n, vector, event) else 1.5 for n in names["shared"]]
    assert names["score"] == min(3.0, sum(points))


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Officers of the Kenosha police department found the wounded man in an alley behind a bar.", True),
        ("Officers found the wounded man in an alley behind a bar, a police spokesman said.", False),
    ],
    ids=["a report placed nowhere that names the town", "a report placed nowhere that names no town"],
)
def test_a_report_placed_nowhere_that_names_the_events_town_counts_it(parse, text: str, said: bool) -> None:  # type: ignore[no-untyped-def]
    terms = salient_terms(parse(text))
    day = dt.date(2017, 7, 5)
    mention = Mention(Article("r", ""), "shooting", "", None, date=day, date_precision="day", place=Place(country="USA"), terms=terms)
    event = Candidate("e", day, None, "Kenosha", "Wisconsin", "USA", "shooting", date_precision="day")
    _, evidence = resolve.score(mention, event, True, resolve.unit(terms))
    assert (evidence.get("city") == {"said": "Kenosha", "score": resolve.SAID_TOWN}) is said


@pytest.mark.parametrize(
    ("weight", "margin"),
    [(5.0, after.AFTERMATH_MARGIN), (3.0, after.AFTERMATH_MARGIN + after.NAMED_MARGIN), (1.0, None)],
    ids=["both lead with the victim", "both are about the victim, neither leads with her", "both name her in passing"],
)
def test_a_report_weeks_later_joins_by_a_person_both_are_about_though_neither_leads_with_her(weight: float, margin: float | None) -> None:
    # The report of the arrest leads with the suspect and the court, naming the woman shot once or
    # twice: she is what both reports are about all the same, at a cost of more points.
    terms = {"court": 5.0, "shooting": 5.0, "lena": weight, "marsh": weight, "porch": 2.0}
    place = Place(city="Braddock", admin1="Pennsylvania", country="USA")
    mention = Mention(
        Article("r", ""), "shooting", "", None, date=dt.date(2016, 5, 20), date_precision="day", place=place,
        names=frozenset({"lena marsh"}), terms=terms,
    )  # fmt: skip
    event = Candidate(
        "e", dt.date(2016, 3, 7), None, "Braddock", "Pennsylvania", "USA", "shooting", names={"lena marsh"},
        terms=dict(terms), date_precision="day",
    )  # fmt: skip
    vector = resolve.unit(terms)
    total, evidence = resolve.score(mention, event, True, vector)
    if margin is None:
        assert total == float("-inf")
        return
    assert total >= resolve.THRESHOLD
    aftermath = evidence["aftermath"]
    assert isinstance(aftermath, dict) and (aftermath["people"], aftermath["score"]) == (["lena marsh"], -margin)


@pytest.mark.parametrize(
    ("names", "points"),
    [({"age:16"}, 1.0), ({"age:16", "age:17"}, 2.0), ({"dana whitfield"}, 1.5), ({"dana whitfield", "age:16"}, 2.5)],
    ids=["one age", "two ages", "a person's full name", "a name and an age"],
)
def test_a_shared_age_counts_less_than_a_shared_name(names: set[str], points: float) -> None:
    # Boys of sixteen and seventeen are shot in one city on one day by chance: two ages had joined
    # two shootings as two full names do.
    place = Place(city="Memphis", admin1="Tennessee", country="USA")
    mention = Mention(Article("r", ""), "shooting", "", None, date=dt.date(2017, 1, 2), date_precision="day", place=place, names=frozenset(names))
    event = Candidate("e", dt.date(2017, 1, 2), None, "Memphis", "Tennessee", "USA", "shooting", names=set(names), date_precision="day")
    _, evidence = resolve.score(mention, event, True)
    assert evidence["names"] == {"shared": sorted(names), "score": points}


@pytest.mark.parametrize(
    ("names", "admin1", "city_evidence"),
    [
        ({"corwin gale"}, "Ohio", {"one_region": ["Cincinnati", "Lima"], "score": 0.0}),
        ({"tullis avenue"}, "Ohio", {"one_region": ["Cincinnati", "Lima"], "score": 0.0}),
        ({"corwin gale"}, "Indiana", {"differ": ["Cincinnati", "Lima"], "score": -1.5}),
        (set(), "Ohio", {"differ": ["Cincinnati", "Lima"], "score": -1.5}),
    ],
    ids=["one state, one person", "one state, one street", "two states", "one state, nothing named alike"],
)
def test_towns_of_one_state_apart_count_nothing_against_reports_about_one_person(
    names: set[str], admin1: str, city_evidence: dict[str, object]
) -> None:
    # A part of a city read as a town of its own, or a suburb and its city: the towns differ, and
    # the victim or the street both are about is the one happening's.
    terms = {"corwin": 3.0, "gale": 3.0, "tullis": 3.0, "porch": 5.0}
    place = Place(city="Cincinnati", admin1="Ohio", country="USA")
    mention = Mention(
        Article("r", ""), "shooting", "", None, date=dt.date(2017, 1, 2), date_precision="day", place=place,
        names=frozenset(names), terms=terms,
    )  # fmt: skip
    event = Candidate(
        "e", dt.date(2017, 1, 2), None, "Lima", admin1, "USA", "shooting", names=set(names),
        terms={"corwin": 3.0, "gale": 3.0, "tullis": 3.0, "alley": 5.0, "scooter": 5.0, "dusk": 5.0}, date_precision="day",
    )  # fmt: skip
    _, evidence = resolve.score(mention, event, True, resolve.unit(terms))
    assert evidence["city"] == city_evidence


@pytest.mark.parametrize(
    ("venue", "other_venue", "venue_evidence"),
    [
        ("Dale County Sheriff's Office", "Dale County Sheriff’s Office", None),
        ("Mercy Regional Hospital", "Okafor Tire Shop", None),
        ("Okafor Tire Shop", "Okafor Tire Shop", {"shared": ["okafor", "shop", "tire"], "score": 3.5}),
        ("Okafor Tire Shop", "Linden Park", {"differ": ["Okafor Tire Shop", "Linden Park"], "score": -1.0}),
    ],
    ids=["the sheriff's office both quote", "the hospital the wounded were taken to", "one scene", "two scenes"],
)
def test_an_office_or_a_hospital_read_as_the_venue_is_no_scene_of_the_shooting(
    venue: str, other_venue: str, venue_evidence: dict[str, object] | None
) -> None:
    # One county's sheriff speaks of every shooting in it: two reports that quote the office had
    # been joined by it as by one scene.
    place = Place(venue=venue, city="Ozark", admin1="Alabama", country="USA")
    mention = Mention(Article("r", ""), "shooting", "", None, date=dt.date(2017, 1, 2), date_precision="day", place=place)
    event = Candidate("e", dt.date(2017, 1, 2), other_venue, "Ozark", "Alabama", "USA", "shooting", date_precision="day")
    _, evidence = resolve.score(mention, event, True)
    assert evidence.get("venue") == venue_evidence


def _months_apart(names: set[str], terms: dict[str, float]) -> tuple[Mention, Candidate]:
    """A report and an event of one town ten weeks apart, naming ``names`` and told in ``terms``."""
    place = Place(city="Braddock", admin1="Pennsylvania", country="USA")
    mention = Mention(
        Article("r", ""), "shooting", "", None, date=dt.date(2016, 5, 20), date_precision="day", place=place,
        names=frozenset(names), terms=terms,
    )  # fmt: skip
    event = Candidate(
        "e", dt.date(2016, 3, 7), None, "Braddock", "Pennsylvania", "USA", "shooting", names=set(names),
        terms=dict(terms), date_precision="day",
    )  # fmt: skip
    return mention, event


@pytest.mark.parametrize(
    ("names", "joins"),
    [
        ({"lena marsh", "otis marsh"}, True),
        ({"lena marsh", "lena r. marsh"}, False),
        ({"lena marsh"}, False),
    ],
    ids=["the mother and the son both name", "one woman named two ways", "one woman alone"],
)
def test_a_report_two_months_on_with_no_word_of_a_court_joins_by_the_people_both_lead_with(names: set[str], joins: bool) -> None:
    # The memorial two months on names the mother and the son shot on the porch, as the first
    # reports did; one name alone is as often a new shooting of the same family.
    terms = {"porch": 5.0, "lena": 5.0, "marsh": 5.0, "otis": 5.0, "memorial": 3.0, "candle": 2.0}
    mention, event = _months_apart(names, terms)
    total, _ = resolve.score(mention, event, True, resolve.unit(terms))
    assert (total >= resolve.THRESHOLD) is joins


@pytest.mark.parametrize(
    ("names", "joins"),
    [({"lena marsh", "otis marsh"}, True), ({"lena marsh"}, False)],
    ids=["two people both name in passing", "one person both name in passing"],
)
def test_a_report_of_the_charges_joins_by_two_people_both_name_in_passing(names: set[str], joins: bool) -> None:
    # The report of the charges leads with the court and the accused, the first reports with the
    # porch: the mother and the son shot there are named by both, in passing.
    terms = {"court": 9.0, "charge": 9.0, "porch": 9.0, "lena": 1.0, "marsh": 1.0, "otis": 1.0}
    mention, event = _months_apart(names, terms)
    total, evidence = resolve.score(mention, event, True, resolve.unit(terms))
    assert (total >= resolve.THRESHOLD) is joins
    if joins:
        assert evidence["aftermath"]["score"] == -(after.AFTERMATH_MARGIN + after.NAMED_MARGIN)  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Gerald Pike, 30, was shot outside a store in Macon, Georgia on Friday night, the MCPD said. Pike was taken to a hospital.", "mcpd", "gerald pike"),
        ("Gerald Pike, 30, was shot outside a store in Dayton, Ohio on Friday night. Police told Dayton's WDTN that Pike was taken to a hospital.", "wdtn", "gerald pike"),
        ("Gerald Pike, 30, was shot outside a store in Macon, Georgia on Friday night. Police told WMAC that Pike was taken to a hospital.", "wmac", "gerald pike"),
        ("Gerald Pike, 30, was shot outside a store in Macon, Georgia on Friday night. FEMA workers found Pike near the levee.", "", "fema"),
    ],
    ids=["a force's initials", "a station's call letters", "call letters alone", "an agency's initials are a body's name"],
)
def test_call_letters_are_no_name_of_the_report(parse, text: str, gone: str, kept: str) -> None:
    mention = extract_one(parse(text), Article(id="a", text=text)).mention
    assert mention is not None
    assert kept in mention.names and gone not in mention.names


@pytest.mark.parametrize(
    ("city", "covered"),
    [(None, True), ("Macon", False)],
    ids=["a headline placed in no town", "a headline placed in a town"],
)
def test_a_short_report_is_compared_by_how_much_of_it_an_event_says(city: str | None, covered: bool) -> None:
    # "Teen shot at birthday party near lake": every word of it is among the event's many words,
    # whose cosine with it stays low; a headline placed in a town is scored by its town instead.
    headline = {"teen": 1.0, "shoot": 1.0, "birthday": 1.0, "party": 1.0, "lake": 1.0}
    told = headline | {w: 1.0 for w in ("mother", "cake", "guest", "car", "street", "hospital", "night", "gun", "friend", "yard")}
    mention = Mention(Article("r", ""), "shooting", "", None, place=Place(city=city, admin1="Georgia", country="USA"), terms=headline)
    event = Candidate("e", None, None, "Macon", "Georgia", "USA", "shooting", terms=told)
    vector = resolve.unit(headline)
    _, evidence = resolve.score(mention, event, False, vector)
    content = evidence["content"]
    assert isinstance(content, dict)
    sim = resolve.similarity(vector, event)
    assert sim < resolve.COVERED
    assert content["similarity"] == (round(resolve.COVERED, 3) if covered else round(sim, 3))


@pytest.mark.parametrize(
    ("name", "ours", "theirs", "two"),
    [
        ("austin", {"austin balcarcel", "austin"}, {"jalil austin", "austin"}, True),
        ("perlo", {"stan perlo"}, {"stanley perlo", "perlo"}, False),
        ("austin", {"jalil austin"}, {"jalil austin", "austin"}, False),
        ("austin", {"austin"}, {"jalil austin", "austin"}, False),
        ("bank", {"marfin egnatia bank", "bank"}, {"wells fargo bank", "bank"}, False),
        ("austin", {"austin austin"}, {"jalil austin"}, False),
    ],
    ids=["a first name and a surname", "a short given name", "one person", "one report names only the word", "an organisation's word", "the word twice"],
)
def test_a_word_of_two_peoples_names_is_no_shared_name(name: str, ours: set[str], theirs: set[str], two: bool) -> None:
    assert resolve._two_people(name, ours, theirs) is two


AUSTIN_FIRST = (
    "Sandston teen dies after shooting\n\n"
    "Austin Balcarcel was shot in a garage on Treva Road in Sandston on Saturday night, police said. Austin was "
    "taken to a hospital, where he died."
)
AUSTIN_SECOND = (
    "Boy, 11, shot in Richmond\n\n"
    "Police said Jalil Austin, 11, was shot while walking to a store in Richmond on Saturday night. Austin "
    "was released from the hospital on Monday."
)


def test_two_reports_that_share_a_word_of_two_peoples_names_share_no_name(parse) -> None:  # type: ignore[no-untyped-def]
    one, other = incident_of(parse, AUSTIN_FIRST), incident_of(parse, AUSTIN_SECOND)
    one.terms, other.terms = salient_terms(parse(AUSTIN_FIRST)), salient_terms(parse(AUSTIN_SECOND))
    assert "austin" in one.names & other.names
    event = Candidate(
        "e", one.date, one.place.venue, one.place.city, one.place.admin1, one.place.country, one.type,
        names=set(one.names), terms=resolve.unit(one.terms), date_precision=one.date_precision,
    )  # fmt: skip
    _, evidence = resolve.score(other, event, True, resolve.unit(other.terms))
    names = evidence.get("names")
    assert not isinstance(names, dict) or "austin" not in names["shared"]


@pytest.mark.parametrize(
    ("report", "event", "apart"),
    [
        ({"killed": 1}, {"wounded": 2}, True),
        ({"wounded": 2}, {"killed": 1, "wounded": 1}, True),
        # both told of their dead, or neither: no sign of two happenings
        ({"killed": 1}, {"killed": 1, "wounded": 2}, False),
        ({"wounded": 1}, {"wounded": 2}, False),
        # a report that counts no wounded may leave out the dead too
        ({"killed": 1}, {}, False),
        # "no one was killed" tells of no dead, as silence on them does
        ({"killed": 0, "wounded": 2}, {"wounded": 2}, False),
        ({"killed": 0, "wounded": 2}, {"killed": 1, "wounded": 1}, True),
    ],
    ids=[
        "dead against wounded only", "wounded only against dead", "dead on both sides", "no dead on either", "no count",
        "none killed against wounded only", "none killed against dead",
    ],
)
def test_a_happening_that_killed_and_one_that_hurt_only_are_kept_apart(report: dict[str, int], event: dict[str, int], apart: bool) -> None:
    place = Place(city="Minneapolis", admin1="Minnesota", country="USA")
    claims = [Claim(attribute=a, value=v, article="r", start=0, end=1, quote="x") for a, v in report.items()]
    mention = Mention(Article("r", ""), "shooting", "", None, claims=claims, date=dt.date(2015, 9, 12), date_precision="day", place=place)
    candidate = Candidate("e", dt.date(2015, 9, 12), None, "Minneapolis", "Minnesota", "USA", "shooting", counts=event, date_precision="day")
    _, evidence = resolve.score(mention, candidate, True, None)
    assert ("one_side" in str(evidence.get("killed"))) is apart


@pytest.mark.parametrize(
    ("report", "event", "points"),
    [
        # a number of wounded two reports tell alike speaks for one happening, the larger the louder
        (10, 10, 1.0),
        (3, 3, 0.5),
        # one hurt is every other shooting's toll; two numbers that differ say nothing here
        (1, 1, None),
        (10, 9, None),
        (4, None, None),
    ],
)
def test_the_same_number_of_wounded_told_by_two_reports_counts_for_one_happening(report: int, event: int | None, points: float | None) -> None:
    place = Place(city=None, admin1="Georgia", country="USA")
    claims = [Claim(attribute="wounded", value=report, article="r", start=0, end=1, quote="x")]
    mention = Mention(Article("r", ""), "shooting", "", None, claims=claims, date=dt.date(2015, 9, 28), date_precision="day", place=place)
    counts = {} if event is None else {"wounded": event}
    candidate = Candidate("e", dt.date(2015, 9, 27), None, "Greenville", "Georgia", "USA", "shooting", counts=counts, date_precision="day")
    with_count, evidence = resolve.score(mention, candidate, True, None)
    wounded = evidence.get("wounded")
    assert (wounded["score"] if isinstance(wounded, dict) else None) == points
    without, _ = resolve.score(replace(mention, claims=[]), candidate, True, None)
    assert with_count == pytest.approx(without + (points or 0.0))


@pytest.mark.parametrize(
    ("town", "state", "kind"),
    [
        # a part of a town the gazetteer does not know, in the same state: no town apart
        ("North Fairmount", "Ohio", "unplaced"),
        # a town it knows is another town
        ("Dayton", "Ohio", "differ"),
        # a state not told: the unknown name may be anywhere
        ("North Fairmount", None, "differ"),
    ],
)
def test_a_part_of_a_town_unknown_to_the_gazetteer_is_no_other_town(town: str, state: str | None, kind: str) -> None:
    place = Place(city=town, admin1=state, country="USA")
    mention = Mention(Article("r", ""), "shooting", "", None, date=dt.date(2015, 9, 12), date_precision="day", place=place)
    candidate = Candidate("e", dt.date(2015, 9, 12), None, "Cincinnati", "Ohio", "USA", "shooting", date_precision="day")
    _, evidence = resolve.score(mention, candidate, True, None)
    assert kind in evidence["city"]


@pytest.mark.parametrize(
    ("counts", "other_counts", "joined"),
    [
        ({"killed": 1, "wounded": 2}, {"wounded": 6}, False),
        ({"wounded": 2}, {"wounded": 6}, True),
        # two stored events' tolls are each their latest report's: a rising toll is no sign of two
        ({"killed": 1}, {"killed": 4}, True),
    ],
    ids=["dead against wounded only", "wounded on both", "tolls of different days"],
)
def test_two_stored_events_are_kept_apart_by_their_dead_on_one_side(counts: dict[str, int], other_counts: dict[str, int], joined: bool) -> None:
    # one city, one day, told in other words: a big city's two shootings, or one told twice
    day = dt.date(2015, 9, 12)

    def stored(event_id: str, tolls: dict[str, int], terms: dict[str, float]) -> Candidate:
        return Candidate(event_id, day, None, "Minneapolis", "Minnesota", "USA", "shooting", counts=tolls, terms=terms, date_precision="day")

    one = stored("a", counts, {"porch": 1.0, "flee": 1.0, "residence": 1.0, "gunshot": 0.6})
    other = stored("b", other_counts, {"bar": 1.0, "officer": 1.0, "downtown": 1.0, "gunshot": 0.6})
    decision = resolve.reunite(one, [other])
    assert (decision.event_id == "b") is joined


@pytest.mark.parametrize("first", ["sunday", "monday"])
def test_two_stored_events_a_day_apart_the_earlier_all_out_before_the_later_day_are_two(first: str) -> None:
    # one neighbourhood's Sunday night shooting, every report of it out on Sunday, and its
    # Monday shooting: the same district, a victim of one age, a big city's words; neither way
    # round is one event, as a report of Monday's is not one of Sunday's
    words = {"neighborhood": 1.0, "boy": 1.0, "hospital": 1.0, "gunshot": 0.6}
    names = {"district:harlow park", "age:16"}
    sunday = Candidate(
        "sunday", dt.date(2017, 1, 1), None, "Chicago", "Illinois", "USA", "shooting", names=set(names), terms=dict(words),
        date_precision="day", latest=dt.date(2017, 1, 1), day_told="Sunday night",
    )  # fmt: skip
    monday = Candidate(
        "monday", dt.date(2017, 1, 2), None, "Chicago", "Illinois", "USA", "shooting", names=set(names), terms=dict(words),
        date_precision="day", latest=dt.date(2017, 1, 2), day_told="Monday",
    )  # fmt: skip
    one, other = (sunday, monday) if first == "sunday" else (monday, sunday)
    assert resolve.reunite(one, [other]).event_id is None


def test_the_words_of_a_next_day_report_count_nothing_for_an_event_all_out_before_its_day() -> None:
    # "late Friday" told as Saturday's by the next morning keeps a share of the words' points; a
    # Monday shooting told against a Sunday one whose reports were all out on Sunday keeps none
    told = Claim(attribute="date", value="2017-01-02", article="r", start=0, end=6, quote="Monday", confidence=0.9)
    words = {"neighborhood": 1.0, "boy": 1.0, "hospital": 1.0, "gunshot": 0.6}
    mention = Mention(
        Article("r", "A boy was shot Monday.", published=dt.date(2017, 1, 3)), "shooting", "", None, claims=[told],
        date=dt.date(2017, 1, 2), date_precision="day", place=Place(city="Chicago", country="USA"), terms=dict(words),
    )  # fmt: skip
    for latest, kept in ((dt.date(2017, 1, 1), False), (dt.date(2017, 1, 2), True)):
        event = Candidate(
            "e", dt.date(2017, 1, 1), None, "Chicago", None, "USA", "shooting", terms=dict(words), date_precision="day",
            latest=latest, day_told="Sunday night",
        )  # fmt: skip
        _, evidence = resolve.score(mention, event, True, resolve.unit(words))
        assert (evidence["content"]["score"] > 0) is kept, latest


@pytest.mark.parametrize(
    ("day_told", "days_off", "points"),
    [(None, 2, 1.0), (None, -2, resolve.WRITTEN_BEFORE), ("Tuesday night", 2, -1.0)],
    ids=["the event dated by its report's coming out, the day before it", "the day after the event's report came out", "the event's day told"],
)
def test_a_day_before_an_event_dated_only_by_its_reports_coming_out_may_be_its_day(day_told: str | None, days_off: int, points: float) -> None:
    # "Teen charged in accidental shooting death of best friend", out on December 24 and telling
    # no day, is dated by that day: a later report's "Dec. 22, 2015" may be its day
    told = Claim(attribute="date", value="2015-12-22", article="r", start=0, end=13, quote="Dec. 22, 2015", confidence=0.9)
    mention = Mention(
        Article("r", "The gun used on Dec. 22, 2015, was stolen.", published=dt.date(2016, 2, 15)), "shooting", "", None,
        claims=[told], date=dt.date(2015, 12, 22), date_precision="day", place=Place(city="Waukesha", country="USA"),
    )  # fmt: skip
    out = dt.date(2015, 12, 22) + dt.timedelta(days=days_off)
    event = Candidate("e", out, None, "Waukesha", None, "USA", "shooting", date_precision="day", latest=out, day_told=day_told)
    _, evidence = resolve.score(mention, event, True)
    assert evidence["date"] == {"gap_days": abs(days_off), "score": points}


def test_a_report_of_a_day_joins_the_event_a_report_telling_no_day_dated_after_it(store: SQLiteStore, tmp_path: Path) -> None:
    # the charge's report tells no day and starts the event, dated by the day it came out; the
    # later report, sure of a day two before, is of that shooting, not another
    charged = (
        "Waukesha teen charged in accidental shooting death of best friend\n\n"
        "WAUKESHA — A 17-year-old boy has been charged with homicide by negligent handling of a dangerous weapon "
        "in the accidental shooting death of his best friend, a 16-year-old, police said. Investigators said the "
        "boys were handling a stolen handgun in the basement of a home on Veltrana Street when it fired."
    )
    stolen = (
        "Gun used in Waukesha homicide was stolen\n\n"
        "WAUKESHA — The handgun that killed a 16-year-old boy in the basement of a home on Dec. 22, 2015, had "
        "been stolen from a car, police said. The 17-year-old charged with homicide by negligent handling "
        "of a dangerous weapon told investigators he had bought the gun from a classmate."
    )
    path = tmp_path / "reports.jsonl"
    path.write_text(
        json.dumps({"id": "charged", "published": "2015-12-24", "text": charged}) + "\n"
        + json.dumps({"id": "stolen", "published": "2016-02-15", "text": stolen}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    ingest([path], store)
    groups = _groups(store)
    assert groups["charged"] is not None
    assert groups["charged"] == groups["stolen"]
    event = store.event(groups["charged"])
    assert event is not None and event.date == dt.date(2015, 12, 22)

"""Reports of an aftermath: the arrest, the charges, the hearing, the trial, the funeral, told
weeks or months after the happening they are about and dated by their own day.

Such a report joins an event only where both are about one person (`shared_people`), and it is
looked up by the people it is about within `AFTERMATH_DAYS` (`aftermath_keys`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import cast

from .extract import gazetteer
from .extract.lexicon import GROUP_HEAD_WORDS
from .extract.townnames import STREET_WORDS
from .model import Mention, Place
from .names import LEADING, NAME_CACHE, SALIENT, name_words, telling
from .store import Candidate

#: Days either side of an event within which a report of its aftermath (the arrest, the charges,
#: the hearing, the trial) may still tell of it: such a report is dated by the hearing it tells
#: of ("waived a preliminary hearing on Tuesday"), months after the shooting it is about.
AFTERMATH_DAYS = 1100
#: Words of the courts and of the arrest that brings a case to them. A report whose words weigh
#: this share in them, or more, tells of an aftermath; a report of a new shooting seldom does ("no
#: arrests have been made", said once, weighs little among its words).
AFTERMATH_WORDS = {
    "charge", "court", "courtroom", "hearing", "trial", "judge", "jury", "juror", "sentence", "sentencing",
    "plead", "plea", "indict", "indictment", "attorney", "prosecutor", "prosecution", "arraign",
    "arraignment", "convict", "conviction", "testify", "testimony", "verdict", "bond", "bail", "lawyer",
    "defendant", "guilty", "penalty", "appeal", "lawsuit", "acquit", "acquittal", "parole", "probation",
    "arrest", "extradite", "extradition",
}  # fmt: skip
AFTERMATH_SHARE = 0.04
#: Days within which a later report of the people a shooting left (the vigil, the funeral, the
#: search for the gunman) joins it without a word of the courts.
WEEKS_AFTER = 30
#: Points a report of an aftermath gives up for the days between it and the event: its day speaks
#: for nothing, and two shootings a year apart in one town share the police who speak of both.
AFTERMATH_MARGIN = 2.0
#: Points more it gives up where the person both name is one neither leads with.
NAMED_MARGIN = 2.0


def aftermath(terms: dict[str, float]) -> float:
    """The share of a report's (or an event's) words that are the courts': how much it tells of
    the arrests, charges and trials that follow a happening rather than of the happening."""
    total = sum(terms.values())
    return sum(w for t, w in terms.items() if t in AFTERMATH_WORDS) / total if total > 0 else 0.0


#: Divisions of an American state that the gazetteer's words for divisions leave out.
DIVISION_NAMES = {"parish", "borough", "township"}
#: Words that make a name an organisation's, not a person's: a community council firebombed twice
#: in a week is the target of two attacks, not a person both reports are about.
BODY_WORDS = {
    "council", "committee", "association", "society", "party", "front", "league", "union", "company",
    "corporation", "corp", "inc", "bank", "service", "services", "department", "agency", "authority", "board",
    "commission", "coalition", "brigade", "army", "foundation", "fund", "institute", "network", "media",
    "broadcasting", "news", "community", "federation", "alliance", "ministry", "bureau", "division", "force",
}  # fmt: skip


def _place_like(name: str, place: Place | Candidate) -> bool:
    """Whether a name is of a place or a body: the town, the county, a street, a hospital, a park,
    a council. Two shootings a year apart on one street or taken to one hospital are two."""
    return _place_like_in(name, place.city, place.admin1)


@functools.lru_cache(maxsize=NAME_CACHE)
def _place_like_in(name: str, city: str | None, admin1: str | None) -> bool:
    """`_place_like` for a place's town and region."""
    words = name_words(name)
    folded = gazetteer.fold(name)
    if not words or any(w in STREET_WORDS or w in gazetteer.DIVISION_WORDS or w in DIVISION_NAMES for w in folded.split()):
        return True
    if words != set(folded.split()) or words & BODY_WORDS or words & GROUP_HEAD_WORDS:
        return True  # a word of a venue ("Stroger Hospital", "Libby Lake Park") or of a body
    if 2 * sum(w in gazetteer.GENERIC_PLACE_WORDS for w in words) >= len(words):
        return True  # "West Side party": a part of a town, whatever the recogniser took it for
    towns = (gazetteer.fold(p) for p in (city, admin1) if p)
    return any(folded in town or town in folded for town in towns) or bool(gazetteer.cities(name))


def people(names: Iterable[str], terms: dict[str, float], place: Place | Candidate, share: float = LEADING) -> set[str]:
    """The full names, of no place, whose heaviest word weighs ``share`` of a report's (or an
    event's) heaviest word or more: at `LEADING`, the victim and the suspect it leads with. A name
    of one word is as often a police force's or a station's ("IMPD", "WAVY")."""
    most, weights = _name_weights(names, terms, place)
    return {name for name, weight in weights.items() if weight >= share * most}


#: The last few (names, terms, place) weighed, by identity: a report is weighed against each of
#: its candidates, twice (`LEADING` and `SALIENT`), and each candidate twice.
_WEIGHED: list[tuple[object, object, object, tuple[float, dict[str, float]]]] = []


def _name_weights(names: Iterable[str], terms: dict[str, float], place: Place | Candidate) -> tuple[float, dict[str, float]]:
    """The heaviest word's weight in ``terms``, and each full name's heaviest word's."""
    if isinstance(place, Candidate) and names is place.names and terms is place.terms:
        # an event's own, weighed against each report it is a candidate of while the store keeps it
        if "name_weights" not in place.memo:
            place.memo["name_weights"] = _weighed(names, terms, place)
        return cast(tuple[float, dict[str, float]], place.memo["name_weights"])
    for known in _WEIGHED:
        if known[0] is names and known[1] is terms and known[2] is place:
            return known[3]
    found = _weighed(names, terms, place)
    _WEIGHED.insert(0, (names, terms, place, found))  # held here, so no other object takes their ids
    del _WEIGHED[4:]
    return found


def _weighed(names: Iterable[str], terms: dict[str, float], place: Place | Candidate) -> tuple[float, dict[str, float]]:
    """`_name_weights`, worked out."""
    weights: dict[str, float] = {}
    for name in telling(names):
        if name.startswith(("age:", "district:")) or len(name.split()) < 2 or _place_like(name, place):
            continue
        weights[name] = max((terms.get(w, 0.0) for w in name_words(name)), default=0.0)
    return (max(terms.values()), weights) if terms else (0.0, {})


def shared_people(
    mention: Mention, vector: dict[str, float], event: Candidate, victims: bool = True, lead: float = LEADING, other: float = SALIENT
) -> set[str]:
    """The people a report and an event are both about: one leads with the person, the other need
    only be about them (a report of the arrest of the man wounded at a cookout leads with him, the
    reports of the cookout with the dead). With ``victims``, only the people the happening left:
    not the doers either names, since one group's or one man's attacks days or weeks apart are
    two (GTD: the Chicano Liberation Front's bombings of Los Angeles in 1971). ``lead`` and
    ``other``: the share of its heaviest word's weight at which one names the person as its lead,
    and the other as one it is about."""
    ours, theirs = people(mention.names, vector, mention.place, lead), people(event.names, event.terms, event, lead)
    shared = ours & people(event.names, event.terms, event, other) | theirs & people(mention.names, vector, mention.place, other)
    if victims and shared:
        doers = {c.value for c in mention.claims if c.attribute == "perpetrator" and isinstance(c.value, str)}
        doer_words = {w for d in doers | event.doers for w in name_words(d)}
        shared = {n for n in shared if not name_words(n) & doer_words}
    return shared


def told_after(mention: Mention, vector: dict[str, float], event: Candidate, gap: int) -> tuple[float, dict[str, object]] | None:
    """Whether a report dated weeks or months from an event may tell of it all the same, and if so
    the points it gives up for the days between (its margin) and the evidence of the aftermath.

    Reports of a trial or a hearing are dated by it, not by the shooting they are about (GVA's
    Wilkinsburg cookout shooting was told in a dozen reports over five months, each a new event).
    Both must be about one person (`shared_people`; no doer of either where no word of the courts
    is said); the later of the two, unless it is dated within `WEEKS_AFTER`, must tell of an
    aftermath; and the rest of the evidence, the dates left out, must speak for the merge by
    `AFTERMATH_MARGIN` more (see `resolve.aftermath_score`)."""
    if gap > AFTERMATH_DAYS or mention.date is None or event.date is None:
        return None
    later = vector if mention.date > event.date else event.terms
    share = aftermath(later)
    shared = shared_people(mention, vector, event, victims=share < AFTERMATH_SHARE)
    margin = AFTERMATH_MARGIN
    if not shared:
        # Neither leads with the person both name: the victim an arrest's report names once, its
        # headline the suspect's; as often the police chief who speaks of every shooting.
        shared = shared_people(mention, vector, event, victims=share < AFTERMATH_SHARE, lead=SALIENT, other=0.0)
        margin += NAMED_MARGIN
    if not shared:
        # Both name the same people, each in passing, two of them at least: the dead and the
        # wounded listed by a report of the charges that leads with the accused.
        named = shared_people(mention, vector, event, victims=share < AFTERMATH_SHARE, lead=0.0, other=0.0)
        shared = named if len(_distinct(named)) >= KIN_NAMED else set()
    kin = margin == AFTERMATH_MARGIN and len(_distinct(shared)) >= KIN_NAMED
    if share < AFTERMATH_SHARE and gap > WEEKS_AFTER and not kin or not shared:
        return None
    return margin, {"gap_days": gap, "share": round(share, 3), "people": sorted(shared)[:5], "score": -margin}


#: People a report weeks from an event shares with it, at least, that make it the event's own
#: though it tells no word of the courts: the dead and the wounded, named months later at a
#: funeral, a memorial, an anniversary.
KIN_NAMED = 2


def _distinct(names: set[str]) -> set[str]:
    """The names that are no part of another of ``names``: "Erbie Bowser" within "Erbie Lee Bowser"."""
    return {n for n in names if not any(m != n and name_words(n) <= name_words(m) for m in names)}


def aftermath_keys(mention: Mention, vector: dict[str, float]) -> set[str]:
    """Keys under which a report finds the events it may tell the aftermath of: the people it is
    about, whose names few events are filed under."""
    if mention.kind != "incident" or mention.date is None:
        return set()
    return {f"name:{n}" for n in people(mention.names, vector, mention.place, SALIENT) if len(n) > 3}

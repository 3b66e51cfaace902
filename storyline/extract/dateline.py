"""The dateline that opens a report: "KANSAS CITY, Kan. —", "AUSTIN —", "MOSCOW (Reuters) -".

Told apart from what else opens a line in capitals: a press release's fields ("DATE:"), a
page's labels ("RAW VIDEO |"), a broadcaster's call letters, a body's initials ("NOPD:").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..nlp import doc_text
from . import gazetteer
from .townnames import AGENCY_WORDS, town_named

#: "KANSAS CITY, Kan. —", "AUSTIN —", "MOSCOW (Reuters) -": a dateline opens a report.
DATELINE = re.compile(
    r"(?:\A|(?<=\n)|\s/\s|\d\s[AP]M\s+)[\s\u200b\ufeff]*(?P<city>[A-Z][A-Z.'\- ]{1,40}[A-Z.])(?:,\s*(?P<region>[A-Z][A-Za-z.\- ]{1,25}?))?"
    r"\s*(?:\((?P<agency>[^)]{1,40})\)\s*)?(?:(?P<sep>—|–|--|-|:|\|)\s|(?(agency)(?<=\s)|(?!)))"
)
#: "DATE: September 26" and "UPDATE: ..." open a press release with a field, not a place.
FIELD_LABELS = {"DATE", "TIME", "UPDATE", "UPDATED", "LOCATION", "CONTACT", "SUBJECT", "RE", "FROM", "TO", "WHEN", "WHERE", "WHO", "WHAT", "SOURCE", "NOTE", "EDITOR"}  # fmt: skip
#: Names that end in these words are institutions, never towns: "Lucas County Common Pleas Court".
INSTITUTION_WORDS = {"court", "courthouse", "jail", "prison", "detention", "department", "office", "agency", "bureau", "service", "services", "schools", "district"}  # fmt: skip
#: "WJAX —": a broadcaster's call letters head its reports like a town's name ("KATY —" is Katy, Texas).
CALL_LETTERS = re.compile(r"[KW][A-Z]{2,3}(?:-TV)?")
#: "RAW VIDEO |", "WATCH LIVE:": a page's label for what it shows heads a report like a town.
MEDIA_WORDS = {"VIDEO", "VIDEOS", "PHOTO", "PHOTOS", "WATCH", "RAW", "LIVE", "EXCLUSIVE", "GRAPHIC", "GALLERY", "AUDIO", "SLIDESHOW"}
#: How far into a report a dateline may stand (after a timestamp or a photo credit).
DATELINE_REACH = 1500


def dateline(doc: Doc) -> tuple[str, str | None, int, int] | None:
    """The town, region and span of the dateline that opens a report: "KANSAS CITY, Kan. —" gives
    ("Kansas City", "Kan.", start, end); None where no dateline opens it."""
    for match in DATELINE.finditer(doc_text(doc)[:DATELINE_REACH]):
        city = match.group("city").strip()
        if (
            len(city) < 3
            or city.upper() != city
            or city in ("AP", "BREAKING")
            or any(word in MEDIA_WORDS for word in city.split())
            or (CALL_LETTERS.fullmatch(city) and not gazetteer.cities(city))
            or city.split()[-1].lower() in AGENCY_WORDS | INSTITUTION_WORDS
            or city in FIELD_LABELS
        ):
            continue
        # the line's break is looked behind, not matched: a credit that ends a line before it
        # ("WWLTV (Photo: WWLTV)", read as a dateline and turned down) would have taken it
        opens_line = match.start() > 0 and doc_text(doc)[match.start() - 1] == "\n"
        if match.start("city") > 0 and not (match.group("region") or match.start("city") < 200 or (opens_line and gazetteer.cities(city))):
            continue  # deep in the text, only "CITY, State —" or a town opening a line is a dateline
        if match.group("sep") == ":" and not town_named(city):
            continue  # "NOPD: 4 shot" and "DPS: ..." (Denpasar's airport code) are headlines that quote their source
        if f"({city})" in doc_text(doc):
            continue  # "ALEA: 3-year-old shot" of "the Alabama Law Enforcement Agency (ALEA)": a body's letters
        if match.group("sep") is None and not (match.group("region") or gazetteer.cities(city)):
            continue  # "EUTAW, Ala. (AP) Authorities": a credit ends a dateline only after a place
        start = match.start("city")
        settlement = re.match(r"(?:TOWN|CITY|VILLAGE|BOROUGH|TOWNSHIP) OF |NEAR ", city)
        if settlement:  # "TOWN OF CASSVILLE, Wis." is Cassville, and "NEAR DALLAS, Ore." names Dallas
            city, start = city[settlement.end() :], start + settlement.end()
        return city.title(), _region(match.group("region")), start, match.end("city")
    return None


def _region(region: str | None) -> str | None:
    """A dateline's region as written, with the period an abbreviation lost ("JACKSON, Tenn —",
    "MEMPHIS, Tenn -" are Tennessee's, as "Tenn." is)."""
    if region and not region.endswith(".") and not gazetteer.divisions(region) and gazetteer.divisions(f"{region}."):
        return f"{region}."
    return region

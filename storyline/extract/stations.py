"""The side of the Mississippi an American broadcaster's call letters tell.

Since 1923 a new American station's call letters begin with W east of the Mississippi and with K
west of it ("wsls.com" is WSLS of Roanoke, Virginia; "kivitv.com" KIVI of Boise, Idaho). A
station's site named after its letters thus tells which half of the country its reports most
likely happen in: "Danville" of WSLS is Danville, Virginia, though the gazetteer's biggest
Danville is California's, and "Meridian" of WTOK is Mississippi's, not Idaho's. The river runs
through Minnesota and Louisiana, whose stations are of both letters; a few stations licensed before
the rule kept the letters of the other side (`OTHER_SIDE`).
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["Side", "side_of_site", "side_of_state"]

Side = Literal["east", "west"]

#: The states wholly east of the Mississippi, and the District of Columbia (postal letters).
EAST = frozenset({"AL", "CT", "DC", "DE", "FL", "GA", "IL", "IN", "KY", "MA", "MD", "ME", "MI", "MS", "NC", "NH", "NJ", "NY", "OH", "PA", "RI", "SC", "TN", "VA", "VT", "WI", "WV"})  # fmt: skip
#: The states wholly west of it.
WEST = frozenset({"AK", "AR", "AZ", "CA", "CO", "HI", "IA", "ID", "KS", "MO", "MT", "ND", "NE", "NM", "NV", "OK", "OR", "SD", "TX", "UT", "WA", "WY"})  # fmt: skip
#: Stations that kept the letters of the other side of the river: KDKA of Pittsburgh, WFAA of
#: Dallas, WBAP of Fort Worth, WOAI of San Antonio, WDAY and WDAZ of North Dakota, WDAF of Kansas
#: City, WIBW of Topeka, WOWT of Omaha.
OTHER_SIDE: dict[str, Side] = {
    "kdka": "east", "wfaa": "west", "wbap": "west", "woai": "west", "wday": "west",
    "wdaz": "west", "wdaf": "west", "wibw": "west", "wowt": "west",
}  # fmt: skip
#: A site named after a station's four letters, with its channel or "tv" after them: "wsls.com",
#: "kctv5.com", "wbbjtv.com", "wvtm13.com". A longer name ("wmcactionnews5.com") is not read.
_STATION_SITE = re.compile(r"(?P<letters>[kw][a-z]{3})(?:tv|\d{1,2})?")


def side_of_site(site: str | None) -> Side | None:
    """The side of the Mississippi a site named after a station's call letters tells, else None."""
    found = _STATION_SITE.fullmatch(site.split(".")[0]) if site else None
    if found is None:
        return None
    letters = found["letters"]
    return OTHER_SIDE.get(letters, "east" if letters[0] == "w" else "west")


def side_of_state(code: str | None) -> Side | None:
    """The side of the Mississippi an American state lies on, by its gazetteer code ("US.VA"):
    None for Minnesota and Louisiana, which the river runs through, and for a division abroad."""
    country, _, letters = (code or "").partition(".")
    if country != "US":
        return None
    return "east" if letters in EAST else "west" if letters in WEST else None

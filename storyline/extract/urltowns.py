"""The town a report's web address names: a paper or a station called after its town
("kansascity.com", "tuscaloosanews.com", "nbcphiladelphia.com", "chicago.suntimes.com"), a
section of a site kept by town (".../news/local/atlanta/...") or the story's words after "in"
(".../one-dead-in-chattanooga-shooting"). Like the site's name after the
headline (`places._site_towns`) it is the outlet's home, where most of its reports happen but
not all: it decides only where the report names no town of its own.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import SplitResult, urlsplit

from . import gazetteer
from .gazetteer import City
from .townnames import BIG_TOWN

__all__ = ["URL_WEIGHT", "host_state", "host_towns", "site_of", "url_towns"]

#: Below the site's name after the headline (`places.SITE_WEIGHT`): an address is read from its
#: letters alone, with no word of the report around it.
URL_WEIGHT = 0.05
#: Only a town this big gives its name to an outlet: a smaller one's name is more often a word
#: or a person's.
MIN_PEOPLE = 10_000
#: Fewer letters than this are call letters or a word ("ada", "nbc") as often as a town.
MIN_LETTERS = 5
#: The labels before a site's name that name a version of it, not another site: "m.wsbtv.com".
VERSION_LABELS = frozenset({"www", "m", "mobile", "amp"})
#: The parts of a host name that name no outlet: "www.", "m.", and words any outlet's may hold.
HOST_WORDS = VERSION_LABELS | {"web", "news", "the"}
#: Words for the people of a town, or its police, a story's address puts after its name:
#: "acworth-teen-shot", "milwaukee-police-called-to".
TOWNSFOLK = {"man", "woman", "teen", "teenager", "boy", "girl", "men", "women", "teens", "toddler", "child", "police", "cops"}  # fmt: skip
#: The address an archive keeps a page under ends with the page's own address.
_INNER_ADDRESS = re.compile(r"https?://(?!.*https?://)", re.IGNORECASE)


def url_towns(url: str | None, divisions: set[str], countries: set[str]) -> list[tuple[str, City]]:
    """The towns a report's address names, each with the name as the address writes it. Only a
    town in the divisions and countries the report names, where it names any: a station's report
    of a shooting in another state is not of the station's town."""
    if not url:
        return []
    parts = _parts(url)
    host = _host_labels(parts)
    # a section of the site ("/local/atlanta/"), and the story's own words at the end only after "in"
    sections = [s for s in parts.path.split("/")[:-1] if s]
    # the story's words: the last part of the path that has any ("/article/milwaukee-police-called-to/9243522")
    story = next((part for part in reversed(parts.path.split("/")) if "-" in part), "")
    names: list[str | None] = [_town_in(label) for label in host] + [_section_town(s) for s in sections]
    return _read(names + list(_story_towns(story)), divisions, countries, _site_country(parts))


def host_towns(url: str | None, divisions: set[str], countries: set[str]) -> list[City]:
    """The towns a report's site is named after ("tuscaloosanews.com", "fox5atlanta.com"): its
    home, not the story's words ("atlanta-man-accidentally-shot ... in South Carolina")."""
    if not url:
        return []
    found = []
    parts = _parts(url)
    site_country = _site_country(parts)
    for label in _host_labels(parts):
        letters = _town_in(label)
        state = _state_after(label, letters) if letters else None
        # "miamiok.com" is the paper of Miami, Oklahoma, not of Miami, Florida
        found += [city for _, city in _read([letters], {state} if state else divisions, countries, site_country)]
    return found


def host_state(site: str | None) -> gazetteer.Division | None:
    """The American state a site is named after: "delawareonline.com", "centralillinoisproud.com",
    "texastribune.org"; the longest state's name where several fit ("westvirginia" is not
    Virginia). Not where a longer town's name holds it ("kansascity.com", "indianapolisstar"), nor
    a state whose name is also a big American town's: "washingtonpost.com" is the capital's
    paper, not Washington state's, and "nbcnewyork.com" New York City's station."""
    if not site:
        return None
    for label in _host_labels(urlsplit(f"//{site}")):
        label = label.removeprefix("the")
        found = max((key for key in _state_names() if key in label), key=len, default=None)
        town = _town_in(label)
        if found is None or (town is not None and len(town.replace(" ", "")) > len(found)):
            continue
        state = _state_names()[found]
        if not any(c.country == "USA" and c.population >= BIG_TOWN for c in gazetteer.cities(state.name)):
            return state
    return None


@functools.cache
def _state_names() -> dict[str, gazetteer.Division]:
    """The American states by their folded names written without spaces ("newjersey")."""
    return {gazetteer.fold(d.name).replace(" ", ""): d for d in gazetteer.country_divisions("USA")}


def site_of(url: str | None) -> str | None:
    """The site a report's address is on, as one name for all its versions: "wsbtv.com" of
    "http://m.wsbtv.com:80/news/..." and of an archive's copy of "www.wsbtv.com"."""
    labels = (_parts(url).hostname or "").split(".") if url else []
    while len(labels) > 2 and labels[0] in VERSION_LABELS:
        labels = labels[1:]
    return ".".join(labels) if len(labels) >= 2 and all(labels) else None


def _state_after(label: str, letters: str) -> str | None:
    """The American state whose postal letters end a host's label after its town: "miamiok"."""
    rest = label.removeprefix("the").removeprefix(letters.replace(" ", ""))
    code = f"US.{rest.upper()}"
    return code if len(rest) == 2 and gazetteer.division(code) is not None else None


def _parts(url: str) -> SplitResult:
    """The parts of the address a page had before an archive kept it."""
    inner = _INNER_ADDRESS.search(url)
    return urlsplit(url[inner.start() :] if inner else url)


def _host_labels(parts: SplitResult) -> list[str]:
    """The labels of a site's host that may name a town: not "www", nor its top level."""
    return [label for label in (parts.hostname or "").split(".")[:-1] if label not in HOST_WORDS]


#: The top-level domains of no country's, or of the United States': an outlet on them named after
#: a town is most often of the American one of its name (onlineathens.com, readingeagle.com),
#: where one is big enough to have a paper, and else of the biggest (torontosun.com).
AMERICAN_DOMAINS = frozenset({"com", "net", "org", "us", "gov", "edu", "info", "tv", "fm", "biz"})


def _site_country(parts: SplitResult) -> str | None:
    """The country whose towns a site's address names before any other's: that of its country's
    domain ("theage.com.au"), the United States for `AMERICAN_DOMAINS`."""
    last = (parts.hostname or "").rsplit(".", 1)[-1]
    if last in AMERICAN_DOMAINS:
        return "USA"
    return gazetteer.country_of_code(last) if len(last) == 2 else None


def _read(names: list[str | None], divisions: set[str], countries: set[str], site_country: str | None) -> list[tuple[str, City]]:
    """The towns of the folded names found in an address (`_city`), each with its name."""
    found: list[tuple[str, City]] = []
    for letters in names:
        city = _city(letters, divisions, countries, site_country) if letters else None
        if city is not None and letters is not None:
            found.append((letters, city))
    return found


def warm() -> None:
    """Build the towns by their letters alone now (`gazetteer.joined_names`, about 0.2 s), not
    on the first report that names a web address (`extract.warm`)."""
    gazetteer.joined_names(MIN_PEOPLE)


def _town_in(label: str) -> str | None:
    """The folded name of the town a host's label begins or ends with: "tuscaloosanews" and
    "fox5atlanta"; the longest where several fit."""
    joined = gazetteer.joined_names(MIN_PEOPLE)
    label = label.removeprefix("the")
    for size in range(len(label), MIN_LETTERS - 1, -1):
        for letters in (label[:size], label[-size:]):
            if letters in joined:
                return joined[letters]
    return None


def _story_towns(story: str) -> list[str]:
    """The folded names of the towns the story's words in its address put it in: "one-dead-in-
    chattanooga-shooting" is in Chattanooga, where the page kept no headline to read it from."""
    words = story.lower().split("-")
    found = []
    for i, word in enumerate(words):
        # the longest run of up to three words after "in" that is a town's name ("in-fort-wayne"),
        # or before a word for the town's people ("acworth-teen-found-dead", "fort-wayne-man")
        if word == "in":
            runs = [words[i + 1 : i + 1 + size] for size in (3, 2, 1)]
        elif word in TOWNSFOLK and i > 0:
            runs = [words[max(0, i - size) : i] for size in (3, 2, 1) if size <= i]
        else:
            continue
        town = next((t for t in (_section_town("-".join(run)) for run in runs) if t is not None), None)
        if town is not None:
            found.append(town)
    return found


def _section_town(section: str) -> str | None:
    """The folded name of a town a section of the site's path is called ("west-palm-beach")."""
    key = gazetteer.fold(section.replace("-", " ").replace("_", " "))
    return key if len(key) >= MIN_LETTERS and key.replace(" ", "") in gazetteer.joined_names(MIN_PEOPLE) else None


def _city(key: str, divisions: set[str], countries: set[str], site_country: str | None) -> City | None:
    """The town of that name in the report's divisions or countries, where it names any, else
    in the site's country (`_site_country`) where one is; a name that is also a country's, or a
    state's many times the town's size ("delaware.com"), is its site."""
    towns = [c for c in gazetteer.cities(key) if gazetteer.fold(c.name) == key and c.population >= MIN_PEOPLE]
    if gazetteer.country(key) or any(gazetteer.dwarfs(d.code, c) for d in gazetteer.divisions(key)[:1] for c in towns[:1]):
        return None
    if divisions:
        towns = [c for c in towns if c.admin1_code in divisions]
    elif countries:
        towns = [c for c in towns if c.country in countries]
    else:
        towns = [c for c in towns if c.country == site_country] or towns
    return towns[0] if towns else None

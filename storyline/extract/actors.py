"""Actors: who a mention names, with role and country, from the parse and offline tables.

"Foreign Ministry Spokesman Nasser Kan'ani" (Iran, from the sentence), "Pakistan's Ambassador
to the United States, Masood Khan" (PAK), "Syrian President Bashar al-Assad" (SYR), "his Russian
counterpart" (RUS), "ASEAN" (an organisation). A later "Khan" is the same actor.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.attrs import POS
from spacy.tokens import Span, Token

from ..model import Actor
from ..nlp import entities, entities_in, entity_at, positions, span_text, within
from . import gazetteer
from .lexicon import GROUP_ALIASES, GROUP_COUNTRIES, GROUP_HEAD_WORDS, GROUP_PART_WORDS, LEADER_COUNTRIES

#: Demonyms that no rule derives from the country's name.
IRREGULAR_DEMONYMS = {
    "american": "USA", "british": "GBR", "english": "GBR", "scottish": "GBR", "welsh": "GBR",
    "french": "FRA", "dutch": "NLD", "swiss": "CHE", "swedish": "SWE", "danish": "DNK",
    "finnish": "FIN", "norwegian": "NOR", "polish": "POL", "czech": "CZE", "slovak": "SVK",
    "spanish": "ESP", "portuguese": "PRT", "greek": "GRC", "turkish": "TUR", "irish": "IRL",
    "icelandic": "ISL", "german": "DEU", "chinese": "CHN", "japanese": "JPN", "vietnamese": "VNM",
    "lebanese": "LBN", "sudanese": "SDN", "pakistani": "PAK", "afghan": "AFG", "israeli": "ISR",
    "iraqi": "IRQ", "kuwaiti": "KWT", "saudi": "SAU", "emirati": "ARE", "qatari": "QAT",
    "yemeni": "YEM", "omani": "OMN", "bahraini": "BHR", "bangladeshi": "BGD", "thai": "THA",
    "filipino": "PHL", "philippine": "PHL", "malaysian": "MYS", "indonesian": "IDN",
    "burmese": "MMR", "nepalese": "NPL", "nepali": "NPL", "sri lankan": "LKA", "uzbek": "UZB",
    "kazakh": "KAZ", "tajik": "TJK", "kyrgyz": "KGZ", "turkmen": "TKM", "azerbaijani": "AZE",
    "azeri": "AZE", "ukrainian": "UKR", "belarusian": "BLR", "russian": "RUS", "soviet": "RUS",
    "iranian": "IRN", "persian": "IRN", "syrian": "SYR", "egyptian": "EGY", "libyan": "LBY",
    "tunisian": "TUN", "algerian": "DZA", "moroccan": "MAR", "nigerian": "NGA", "somali": "SOM",
    "ethiopian": "ETH", "kenyan": "KEN", "ugandan": "UGA", "congolese": "COD", "malian": "MLI",
    "senegalese": "SEN", "ghanaian": "GHA", "south african": "ZAF", "north korean": "PRK",
    "south korean": "KOR", "korean": "KOR", "indian": "IND", "canadian": "CAN", "mexican": "MEX",
    "brazilian": "BRA", "argentine": "ARG", "argentinian": "ARG", "chilean": "CHL",
    "colombian": "COL", "peruvian": "PER", "venezuelan": "VEN", "cuban": "CUB",
    "australian": "AUS", "italian": "ITA", "belgian": "BEL", "austrian": "AUT",
    "hungarian": "HUN", "romanian": "ROU", "bulgarian": "BGR", "serbian": "SRB", "croatian": "HRV",
    "bosnian": "BIH", "albanian": "ALB", "armenian": "ARM", "georgian": "GEO", "jordanian": "JOR",
    "palestinian": "PSE", "kurdish": "IRQ", "taiwanese": "TWN", "mongolian": "MNG",
    "serb": "SRB", "croat": "HRV", "turk": "TUR", "kurd": "IRQ", "slovene": "SVN", "slovenian": "SVN", "ivorian": "CIV",
    "zimbabwean": "ZWE", "macedonian": "MKD", "rwandan": "RWA", "panamanian": "PAN", "nicaraguan": "NIC", "guatemalan": "GTM", "burundian": "BDI", "liberian": "LBR", "haitian": "HTI",
}  # fmt: skip
#: The short names reports use for states whose full names the gazetteer holds.
SHORT_NAMES = {"bosnia": "BIH", "herzegovina": "BIH", "kampuchea": "KHM", "kampuchean": "KHM", "burma": "MMR", "east timor": "TLS", "emirates": "ARE"}
#: Words that name a collective actor by its members or its body: "rebels in the Ivory Coast",
#: "demonstrators in Baghdad", "the government of Sindh province".
COLLECTIVE_HEADS = {
    "rebel", "guerrilla", "guerilla", "militant", "force", "troop", "soldier", "army", "police", "government",
    "administration", "parliament", "court", "authority", "demonstrator", "protester", "activist",
    "student", "worker", "farmer", "settler", "youth", "supporter", "leader", "opposition", "party",
    "elder", "inhabitant", "resident", "refugee", "prisoner", "hacker", "militia", "navy", "cabinet",
    "ministry", "group", "member", "people", "citizen", "official", "diplomat", "delegation",
    # "Lawmakers in Fornost and Gondor welcomed ...": bodies named by their members
    "lawmaker", "legislator", "politician", "cleric", "negotiator",
}  # fmt: skip
#: Words that count the actor named after "of": "thousands of Iraqi Kurds", "members of the union".
QUANTITY_HEADS = {"thousand", "hundred", "dozen", "million", "scores", "score", "group", "member", "some", "part", "band", "third", "half",
                  # "the first deployment of NATO troops", "a contingent of Bangladeshi peacekeepers"
                  "deployment", "contingent", "batch", "detachment"}

#: Titles that say what an actor is; the longest match wins ("Foreign Ministry Spokesman").
ROLE_WORDS = {
    "president", "vice", "prime", "minister", "ministry", "foreign", "interior", "defence",
    "defense", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "king", "queen",
    "prince", "emir", "sheikh", "chancellor", "secretary", "general", "governor", "mayor",
    "senator", "chairman", "chair", "leader", "chief", "commander", "head", "premier", "pope",
    "consul", "diplomat", "counterpart", "official", "officials", "authorities", "police",
    "deputy", "speaker", "state", "of", "the", "for", "affairs", "sultan", "monarch", "ayatollah",
}  # fmt: skip
TITLE_HEADS = {
    "president", "minister", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy",
    "king", "queen", "prince", "emir", "chancellor", "secretary", "governor", "mayor", "senator",
    "chairman", "leader", "chief", "commander", "premier", "pope", "consul", "diplomat",
    "counterpart", "official", "officials", "authorities", "authority", "sultan", "monarch", "ayatollah",
}  # fmt: skip


#: Nouns for states in general: "the Gulf states", "Nordic countries".
STATE_WORDS = {"state", "country", "nation", "monarchy", "emirate", "republic"}

#: A city this populous is named as a place of its own, not as a namesake village.
BIG_CITY = 100_000


@dataclass(frozen=True)
class ActorMention:
    """An actor as one span of one report names it."""

    name: str | None
    role: str | None
    country: str | None  # ISO alpha-3
    kind: str  # person, organisation, state, group
    start: int
    end: int

    def record(self) -> Actor:
        return Actor(self.name, self.role, self.country, self.kind)


@functools.lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Demonyms: the irregular ones listed, the rest made by the usual English endings from
    each country's name ("Rwanda" -> "Rwandan", "Ghana" -> "Ghanaian", "Yemen" -> "Yemeni")."""
    table: dict[str, str] = {}
    for iso3 in gazetteer.all_countries():
        name = gazetteer.fold(gazetteer.country_name(iso3) or "")
        if not name:
            continue  # "Sierra Leone" -> "Sierra Leonean" as "Rwanda" -> "Rwandan"
        stem = name[:-1] if name[-1] in "aeiouy" else name
        for form in (name + "n", name + "an", name + "ian", stem + "ian", stem + "an", name + "i", stem + "i", name + "ese", stem + "ese", name + "ish"):
            table.setdefault(form, iso3)
    table.update(IRREGULAR_DEMONYMS)
    table.update(SHORT_NAMES)
    return table


@functools.lru_cache(maxsize=65536)
def country_of(word: str) -> str | None:
    """ISO3 of a country name or demonym ("Iran", "Iranian", "Ghanaians", "the Russian Federation"),
    or of a long country name misspelt by a letter or two ("Ethopia", "Afganistan"). Cached: the
    actor reader asks it of the same words some fifty times a report."""
    word = word.strip().removesuffix("'s").removesuffix("’s").removesuffix("'").removesuffix("’")  # "North Korea's demand", "the United States' policies"
    key = gazetteer.fold(word)
    demonyms = _demonyms()
    found = demonyms.get(key) or (demonyms.get(key[:-1]) if key.endswith("s") else None)
    found = found or gazetteer.country(word)
    if found is None and word[:1].isupper() and len(key) >= MISSPELT_MIN:
        found = _misspelt_country(key)
    return found


def part_country(name: str) -> str | None:
    """The state a place stands in, a part of a state named by its compass point included: "Western
    Cambodia", "South Lebanon"; the whole name is asked first, so "South Africa" and "Northern
    Ireland" (a division of the United Kingdom) stay what they are."""
    found = country_of(name) or place_country(name)
    first, _, rest = name.removeprefix("the ").partition(" ")
    return found or (country_of(rest) if first.lower() in COMPASS and rest else None)


#: Words that name a part of a state: "in Western Cambodia", "the invasion of South Lebanon".
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower"}


#: A country name is read through a slip only where it is long enough that no slip makes another
#: name: one letter from 7 letters on ("Ethopia"), two from 10 ("Afganistan", "Phillippines").
MISSPELT_MIN = 7
MISSPELT_TWO = 10


@functools.lru_cache(maxsize=1)
def _long_country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for iso3 in gazetteer.all_countries():
        name = gazetteer.fold(gazetteer.country_name(iso3) or "").removeprefix("the ")
        if len(name) >= MISSPELT_MIN:
            names[name] = iso3
    return names


def _edits(one: str, other: str, most: int) -> int:
    """Levenshtein distance, cut short once it passes ``most``."""
    if abs(len(one) - len(other)) > most:
        return most + 1
    previous = list(range(len(other) + 1))
    for i, a in enumerate(one, 1):
        current = [i]
        for j, b in enumerate(other, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        if min(current) > most:
            return most + 1
        previous = current
    return previous[-1]


@functools.lru_cache(maxsize=4096)
def _misspelt_country(key: str) -> str | None:
    """The one country whose long name ``key`` misses by a slip; none where the word is a place of
    its own ("Granada" is no "Grenada") or where two names are as near."""
    if not key.isalpha() or gazetteer.cities(key) or gazetteer.divisions(key):
        return None
    most = 2 if len(key) >= MISSPELT_TWO else 1
    # a slip seldom takes the first letter: "Afganistan" begins as Afghanistan does
    near = {iso for name, iso in _long_country_names().items() if name[0] == key[0] and _edits(key, name, most) <= most}
    return near.pop() if len(near) == 1 else None


def _entity(tok: Token) -> Span | None:
    return entity_at(tok.doc, tok.i)


def _in_full_name(tok: Token) -> bool:
    """Whether a word is part of a person's name of more than one word."""
    ent = _entity(tok) if tok.ent_type_ == "PERSON" else None
    return ent is not None and len(ent) > 1


#: Prefixes that make a state what an actor is for or against, not its own: "an anti-Syria journalist".
STANCE_PREFIXES = ("anti", "pro")


def stance(tok: Token) -> bool:
    """Whether a word is the state in an "anti-Syria" or "pro-Iranian" compound."""
    return tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ in STANCE_PREFIXES or tok.lower_.startswith(tuple(p + "-" for p in STANCE_PREFIXES))


def _country_in(tokens: list[Token]) -> str | None:
    for t in tokens:
        ent = _entity(t)
        if _in_full_name(t) or stance(t):
            continue  # "supporters of Ahmed Ben Bella": no part of a person's name is a state
        text = span_text(ent) if ent is not None and ent.label_ in ("GPE", "NORP") else t.text
        iso = country_of(text) or (place_country(text) if ent is not None and ent.label_ == "GPE" else None)
        if iso:
            return iso
    return None


def country_in_phrase(tokens: list[Token]) -> str | None:
    """The first state a phrase's modifiers name: "Doctors from two American aid groups"."""
    return _country_in([t for t in tokens if t.dep_ in ("amod", "compound", "poss", "pobj", "nmod")])


def actor_at(tok: Token, known: dict[str, ActorMention] | None = None) -> ActorMention | None:
    """The actor a noun phrase headed by ``tok`` names, or None if it names none."""
    known = known or {}
    ent = _entity(tok)
    # "Pakistan's Ambassador to the United States, Masood Khan": the title heads, the name is in apposition
    if tok.lemma_.casefold() in TITLE_HEADS and ent is None:
        appos = next((c for c in tok.children if c.dep_ == "appos" and _entity(c) is not None and _entity(c).label_ == "PERSON"), None)  # type: ignore[union-attr]
        if appos is not None:
            person = _person(_entity(appos), known)  # type: ignore[arg-type]
            role = _role(tok)
            country = _country_in([c for c in tok.children if c.dep_ in ("poss", "amod", "compound")]) or person.country
            return ActorMention(person.name, role or person.role, country, "person", min(tok.left_edge.idx, person.start), max(person.end, tok.idx + len(tok.text)))
        role = _role(tok)
        country = _country_in([c for c in tok.subtree if c.dep_ in ("poss", "amod", "compound", "pobj") and c.i != tok.i])
        if tok.lemma_ in ("official", "authority", "police"):  # "Russian authorities": a body, named by the phrase
            phrase = tok.doc[tok.left_edge.i : tok.i + 1].text.removeprefix("the ")
            # a role the name already says is none ("Russian authorities, authorities" read as two words for one)
            role = role if role and role.casefold() not in phrase.casefold() else None
            return ActorMention(phrase, role, country, "organisation", tok.left_edge.idx, tok.idx + len(tok.text))
        # "the Prince of Dol Amroth", "the ambassador to Egypt": the title's complement is part of the mention
        last = max((c.right_edge for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "of", "for") and c.i > tok.i), key=lambda t: t.i, default=tok)
        return ActorMention(None, role, country, "person", tok.left_edge.idx, last.idx + len(last.text))
    if ent is None and tok.lemma_.casefold() in QUANTITY_HEADS or ent is not None and ent.label_ == "CARDINAL":
        counted = _of_object(tok)  # "Thousands of Iraqi Kurds", "one third of ethnic Albanian guerrillas"
        if counted is not None:
            return actor_at(counted, known)
    if ent is None:
        iso = country_of(tok.text)
        if iso:
            return ActorMention(gazetteer.country_name(iso), None, iso, "state", tok.idx, tok.idx + len(tok.text))
        if tok.lemma_.casefold() in GROUP_HEAD_WORDS and any(c.dep_ == "compound" for c in tok.children):
            name, start, end = group_name(tok)  # "Daesh terrorists", "opposition groups in Zimbabwe"
            group = normalise_group(name)
            # "Ugandan rebels", "Darfur rebels", "Hezbollah guerrillas": the state of the name's words
            country = _place_country(tok) or GROUP_COUNTRIES.get(group) or _name_country(name)
            # "Egypt's main opposition group", "the Gondor main opposition group": the state that owns it
            owner = next((c for c in tok.children if c.dep_ in ("poss", "nmod") and c.i < tok.i and c.ent_type_ in ("GPE", "NORP")), None)
            if owner is not None:
                country, start = country or _country_in([owner]), min(start, owner.left_edge.idx)
            return ActorMention(group, None, country, "group", start, end)
        if tok.lemma_.casefold() in STATE_WORDS and tok.tag_ == "NNS":
            return None  # "the Gulf states", "the Baltic states": many states, none of them named ("Gulf" is no province)
        if tok.pos_ in ("NOUN", "PROPN"):
            # "the Azerbaijani parliament", "Iraqi forces", "Iran's government": a body of a state
            modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss") and c.i < tok.i]
            # "Turkish Kurd refugees", "Bosnian Serb forces": the state that qualifies a people comes first;
            # "Vietnamese-led forces": the state that leads them
            qualifiers = ("amod", "compound", "npadvmod")
            iso = _country_in([g for m in modifiers for g in (*(c for c in m.children if c.dep_ in qualifiers and c.i < m.i and (c.dep_ != "npadvmod" or m.lemma_ == "lead")), m)])
            # "the Calenardhon government", "Osgiliath soldiers": a body of a state no table knows
            named = tok.lemma_.casefold() in COLLECTIVE_HEADS and any(m.ent_type_ == "GPE" for m in modifiers)
            # "the Bush administration", "the Putin government": a body named after its leader, of the leader's state
            leader = next((e for m in modifiers if m.ent_type_ == "PERSON" and m.dep_ == "compound" for e in [_entity(m)] if e is not None), None)
            if leader is not None and tok.lemma_.casefold() in COLLECTIVE_HEADS:
                iso = iso or _person(leader, known).country
                named = True
            if iso or named:
                first = min([tok, *modifiers], key=lambda t: t.left_edge.i).left_edge
                phrase = tok.doc[first.i : tok.i + 1].text
                phrase = phrase[4:] if phrase.lower().startswith("the ") else phrase
                return ActorMention(phrase, None, iso, "organisation", first.idx, tok.idx + len(tok.text))
            iso = _place_country(tok) if tok.lemma_.casefold() in COLLECTIVE_HEADS else None
            # "lawmakers in Fornost": a body of a place no table of ours knows is still named by it
            placed = tok.lemma_.casefold() in COLLECTIVE_HEADS and any(
                g.ent_type_ == "GPE" for c in tok.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS for g in c.children if g.dep_ == "pobj"
            )
            if iso or placed:  # "rebels in the Ivory Coast", "opposition groups in Zimbabwe"
                last = tok.right_edge
                phrase = tok.doc[tok.left_edge.i : last.i + 1].text
                phrase = phrase[4:] if phrase.lower().startswith("the ") else phrase
                return ActorMention(phrase, None, iso, "organisation", tok.left_edge.idx, last.idx + len(last.text))
        return None
    text = span_text(ent)  # ``ent.text`` joins its words anew on each read
    if ent.label_ == "PERSON":
        iso = country_of(text)
        if iso:  # "Sri Lanka has established ties": the tagger took a state for a person
            return ActorMention(gazetteer.country_name(iso), None, iso, "state", ent.start_char, ent.end_char)
        return _person(ent, known)
    if ent.label_ == "GPE" and _titled(ent) and not country_of(text):
        return _person(ent, known)  # "Bree Prime Minister Romendacil": the tagger took a titled person for a place
    if ent.label_ == "NORP" and tok.tag_ in ("NNS", "NNPS"):
        home = _place_country(tok)  # "Albanians in south Serbia": a people where they live, as coders place them
        if home:
            last = tok.right_edge
            return ActorMention(text, None, home, "group", ent.start_char, last.idx + len(last.text))
    if ent.label_ in ("GPE", "NORP"):
        # "Washington demanded", "Beirut rejected": a capital or city speaks for its state;
        # "Iraqi Kurds": a people of that state
        iso = country_of(text) or (place_country(text) or part_country(text) if ent.label_ == "GPE" else None)
        iso = iso or _country_in([c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < ent.start])
        if iso:
            return ActorMention(gazetteer.country_name(iso), None, iso, "state", ent.start_char, ent.end_char)
        if ent.label_ == "GPE" and tok.i == ent.root.i:
            # a named state or place no table of ours knows still acts ("Arnor condemned ..."): its name is kept
            return ActorMention(text.removeprefix("the "), None, None, "state", ent.start_char, ent.end_char)
        return None
    if ent.label_ == "ORG" and gazetteer.fold(text) in GROUP_ALIASES:
        name = normalise_group(text)
        return ActorMention(name, None, GROUP_COUNTRIES.get(name), "group", ent.start_char, ent.end_char)
    if ent.label_ == "ORG" and _titled(ent):
        return _person(ent, known)  # "Vice-President Moody Awori": the tagger took a titled person for a body
    iso = country_of(text) if ent.label_ == "ORG" else None
    if iso:  # "the Democratic People's Republic of Korea": a state the tagger took for a body
        return ActorMention(gazetteer.country_name(iso), None, iso, "state", ent.start_char, ent.end_char)
    if ent.label_ == "ORG":
        # "the US Congress": the state may stand outside the entity, as a modifier of its head
        outside = [c for c in ent.root.children if c.dep_ in ("amod", "compound", "poss") and c.i < ent.start]
        iso = _country_in([t for t in ent if t.pos_ in ("ADJ", "PROPN")] + outside)
        name = text.removeprefix("the ").removeprefix("The ")
        full = _spelt_out(ent)
        if full is not None:  # "the European Union (EU)": the body is named by its full name, the short one after it
            return ActorMention(full.text.removeprefix("the "), None, iso or _country_in([t for t in full if t.pos_ in ("ADJ", "PROPN")]), "organisation", full.start_char, ent.doc[ent.end].idx + 1)
        return ActorMention(name, None, iso, "organisation", ent.start_char, ent.end_char)
    return None


def _spelt_out(short: Span) -> Span | None:
    """The full name a short name in brackets follows: "European Union" before "(EU)"."""
    doc = short.doc
    if short.start < 2 or doc[short.start - 1].text != "(" or short.end >= len(doc) or doc[short.end].text != ")":
        return None
    return next((e for e in entities(doc) if e.end == short.start - 1 and e.label_ in ("ORG", "GPE", "NORP")), None)


def _titled(ent: Span) -> bool:
    """Whether a title stands before a name as its modifier: "Prime Minister Romendacil"."""
    return any(c.dep_ == "compound" and c.lower_ in TITLE_HEADS for c in ent.root.children if c.i < ent.start)


def _name_country(name: str) -> str | None:
    """The state a group's name points to: the whole name as a state or a plainly named place
    ("Ivory Coast rebels", "Darfur rebels"), else a demonym among its words ("Ugandan rebels");
    a single word is no place ("Ivory" is a village somewhere)."""
    iso = country_of(name) or (place_country(name) if name[:1].isupper() else None)
    return iso or next(filter(None, map(country_of, name.split())), None)


def _of_object(tok: Token) -> Token | None:
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None


#: Prepositions that place a people or a body: "rebels in the Ivory Coast", "soldiers from Gondor".
PLACE_PREPS = ("in", "of", "from", "throughout", "across")


def _place_country(tok: Token) -> str | None:
    """The country of the place a phrase is "in", "of" or "from": "rebels in the Ivory Coast"."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            ent = _entity(pobj)
            if ent is not None and ent.label_ in ("GPE", "LOC", "NORP"):
                # "the Syrian Golan Heights": the state its modifier names
                modifiers = [c for c in pobj.children if c.dep_ in ("amod", "compound")]
                return country_of(ent.text) or place_country(ent.text) or _country_in(modifiers)
    return None


def place_country(name: str) -> str | None:
    """The country of a city or first-level division a name plainly denotes ("Juba", "Darfur"):
    one division of that name, or a city of 100,000 people or more."""
    name = name.removeprefix("the ").removeprefix("The ")  # "the Gaza Strip": the tagger keeps the article
    found = {d.country for d in gazetteer.divisions(name)}
    towns = gazetteer.cities(name)
    big = towns[0] if towns and towns[0].population >= BIG_CITY else None
    if len(found) == 1:
        # "Gaza" is a province of Mozambique too, with no town of that name: the city of 400,000 is meant
        home = found.pop()
        return big.country if big is not None and not any(t.country == home for t in towns) else home
    return big.country if big is not None else None


def called_name(tok: Token) -> Token | None:
    """The name a noun is given: "a group called Puerto Rican Resistance", "a group calling
    itself Comrades in Arms"."""
    return next((o for c in tok.children if c.dep_ == "acl" and c.lemma_ in ("call", "name") for o in c.children if o.dep_ in ("oprd", "dobj", "attr") and o.pos_ != "PRON"), None)


def group_name(tok: Token) -> tuple[str, int, int]:
    """The name of a group from a noun phrase: "Daesh terrorists" names Daesh, "a splinter group
    of the Ku Klux Klan" the Klan, "a group calling itself Comrades in Arms" Comrades in Arms."""
    called = called_name(tok)
    if called is not None and tok.lemma_.casefold() in GROUP_HEAD_WORDS:
        # the name, whatever the recogniser took it for ("Comrades in Arms" a work of art)
        ent = next((e for e in entities(tok.doc) if e.start <= called.i < e.end), None)
        if ent is not None:
            return ent.text, ent.start_char, ent.end_char
        tok = called
    whole = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
    if whole is not None and tok.lemma_.casefold() in GROUP_PART_WORDS:
        return group_name(whole)
    ent = next((e for e in entities(tok.doc) if e.start <= tok.i < e.end and e.label_ in ("ORG", "NORP", "PERSON", "GPE")), None)
    compounds = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    if ent is not None:
        text, start, end = ent.text, ent.start_char, ent.end_char
    elif tok.lemma_.casefold() in GROUP_HEAD_WORDS and compounds:
        first = compounds[0].left_edge  # "Ivory Coast rebels": "Ivory" hangs on "Coast"
        text, start, end = tok.doc[first.i : tok.i].text.strip(), first.idx, tok.idx + len(tok.text)
    else:
        text, start, end = tok.text, tok.idx, tok.idx + len(tok.text)
    return text, start, end


def normalise_group(text: str) -> str:
    """One name for a group however reports call it: "Daesh terrorists" is Islamic State."""
    key = gazetteer.fold(text).removesuffix(" terrorists").removesuffix(" terrorist")
    for suffix in (" group", " militants", " fighters"):
        key = key.removesuffix(suffix)
    name = text.strip().removeprefix("the ").removeprefix("The ").rstrip(" (")  # "Movement (MIRA)" cut short
    return GROUP_ALIASES.get(key) or GROUP_ALIASES.get(key.removeprefix("the ")) or name


def _role(tok: Token) -> str | None:
    """The title words on a head noun, with its "to the United States" complement."""
    words = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.lower_ in ROLE_WORDS] + [tok]
    words.sort(key=lambda t: t.i)
    role = " ".join(t.text for t in words)
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "of", "for")):
        role += " " + tok.doc[prep.i : prep.right_edge.i + 1].text
    return role or None


def _person(ent: Span, known: dict[str, ActorMention]) -> ActorMention:
    """A named person, with the title words before the name and the country they give."""
    doc = ent.doc
    root = ent.root
    root_i = root.i
    titles = [t for t in doc[max(0, ent.start - 4) : ent.start] if t.lower_ in ROLE_WORDS or t.dep_ == "compound" and t.head.i == root_i]
    while titles and titles[0].lower_ in ("of", "the", "for"):
        titles.pop(0)
    # "Syrian President", "Russian Ambassador": a demonym just before the title
    start_i = titles[0].i if titles else ent.start
    country = None
    before = doc[start_i - 1] if start_i > 0 else None
    if before is not None and country_of(before.text) and before.pos_ in ("ADJ", "PROPN"):
        country = country_of(before.text)
        start_i -= 1
    elif titles and before is not None and before.ent_type_ == "GPE" and before.head.i in {t.i for t in titles}:
        # "Bree Prime Minister Romendacil": a place no table of ours knows still belongs to the title
        place = next(e for e in entities(doc) if e.start <= start_i - 1 < e.end)
        country, start_i = place_country(place.text), place.start
    if country is None:
        # "Lebanon's new President Elias Hrawi": the possessor may hang on the title, not the name;
        # "King Hassan of Morocco": the state after the name
        country = _country_in([c for t in (root, *titles) for c in t.children if c.dep_ in ("poss", "amod")])
        country = country or _country_in([g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"])
    role = " ".join(t.text for t in titles if t.lower_ not in ("the",)) or None
    name = span_text(ent)
    # "President Bush has threatened further action against Russia": a leader the text gives no
    # state had taken the one it names, the state acted on
    country = country or leader_country(name)
    surname = name.split()[-1] if name.split() else name
    previous = known.get(surname) or known.get(surname.split("-")[-1])
    if previous is not None and (len(name.split()) == 1 or previous.name == name):
        return ActorMention(previous.name, fuller_role(role, previous.role), country or previous.country, "person", doc[start_i].idx, ent.end_char)
    return ActorMention(name, role, country, "person", doc[start_i].idx, ent.end_char)


def leader_country(name: str) -> str | None:
    """The state of a well-known head of state or government, by full name or a surname that names
    one ("Vladimir V. Putin", "Putin"); None for anyone else."""
    key = gazetteer.fold(name).removesuffix("'s").strip()
    found = LEADER_COUNTRIES.get(key)
    words = key.split()
    if found is None and len(words) > 1:
        found = LEADER_COUNTRIES.get(words[-1]) or LEADER_COUNTRIES.get(" ".join(words[-2:]))
    return found


def fuller_role(role: str | None, before: str | None) -> str | None:
    """The role of a later mention of a person named before: the fuller of the two where one only
    shortens the other ("Ambassador to the United States, Masood Khan" then "Ambassador Khan" is one
    actor, not two), else the later one (a new title)."""
    if role and before and before.casefold().startswith(role.casefold()):
        return before
    return role or before


def remember(actor: ActorMention, known: dict[str, ActorMention]) -> None:
    """File a named person under their surname, so "Khan" later is Masood Khan and "Assad"
    is Bashar al-Assad."""
    if actor.kind == "person" and actor.name:
        surname = actor.name.split()[-1]
        known.setdefault(surname, actor)
        if "-" in surname:
            known.setdefault(surname.split("-")[-1], actor)


#: The parts of speech a demonym the tagger names no entity is written as (`sentence_country`).
DEMONYM_POS = frozenset({"ADJ", "PROPN"})


def sentence_country(sent: Span, before: int | None = None, only: bool = False) -> str | None:
    """The first country the sentence names before an actor: the context of a title without one
    ("the Islamic Republic of Iran, with Foreign Ministry Spokesman Nasser Kan'ani"). With ``only``,
    the one country the sentence names, a demonym the tagger took for a name included ("Ugandan")."""
    found: list[str] = []
    for ent in entities_in(sent):
        if before is not None and ent.start_char >= before:
            break
        if ent.label_ in ("GPE", "NORP") or only and ent.label_ == "LOC":
            text = span_text(ent)
            iso = country_of(text)
            # "a curfew in Algiers": the tagger may call a city a location
            if only and iso is None and ent.label_ in ("GPE", "LOC"):
                iso = place_country(text)  # a plainly named city tells the state as well as a country does
            if iso and not only:
                return iso
            if iso and iso not in found:
                found.append(iso)
    if only and not found:
        # a part of a name is no demonym: "Ahmed Ben Bella" names no state (a lone "Ugandan" the
        # tagger took for a person still does)
        # only the adjectives and names are made words: a `Token` of every word of the sentence had cost more
        doc, tagged = sent.doc, positions(sent.doc, POS, DEMONYM_POS)
        words = (t for t in map(doc.__getitem__, within(tagged, sent.start, sent.end)) if t.is_title and not _in_full_name(t))
        found = list(dict.fromkeys(iso for t in words if (iso := country_of(t.text))))
    return found[0] if only and len(found) == 1 else None

"""Reactions on the seeds, checked against gold/seeds.json; and odd input to the interaction reader."""

from __future__ import annotations

import pytest

from storyline.export import to_json
from storyline.extract import extract
from storyline.extract.actors import country_of, part_country
from storyline.extract.interactions import reactions
from storyline.model import Article, Interaction
from storyline.store import SQLiteStore

#: gold act -> the action labels that state it
ACTS = {
    "condolences": {"condolences"},
    "condemnation of the attack": {"condemnation"},
    "offer of support": {"offer of support"},
    "visit": {"visit"},
    "expression of solidarity": {"expression of solidarity"},
    "appreciation of the visit": {"gratitude"},
    "contact (call)": {"phone call"},
    "gratitude for support": {"gratitude"},
    "arrest of 11 suspects": {"arrest"},
    "declared 2024-03-24 a day of national mourning": {"declaration of mourning"},
}


def _interactions(seeds_db: tuple[SQLiteStore, object]) -> list[Interaction]:
    return seeds_db[0].interactions()


def _cases(gold: dict) -> list[tuple[str, dict, str]]:  # type: ignore[type-arg]
    return [(r["source"], r, act) for r in gold["reactions"] + gold["other_acts"] for act in r["acts"]]


def test_every_gold_reaction_is_found_with_its_countries(seeds_db: tuple[SQLiteStore, object], gold_seeds: dict) -> None:
    found = _interactions(seeds_db)
    (event_id,) = seeds_db[0].event_ids()
    missing = []
    for source, want, act in _cases(gold_seeds):
        matches = [
            ix for ix in found
            if ix.action in ACTS[act]
            and (ix.source.country == want.get("source_country") or source.split()[-1] in (ix.source.name or ""))
            and ("target_country" not in want or want["target_country"] is None
                 or (ix.target is not None and ix.target.country == want["target_country"]))
        ]  # fmt: skip
        if not matches:
            missing.append((source, act))
        elif act not in ("arrest of 11 suspects",):
            assert any(ix.about == event_id for ix in matches), (source, act)
    # Anatoly Antonov's country is not in the sentence that names him: he is the "Russian counterpart" Khan addressed
    assert missing == [], missing


@pytest.mark.parametrize(
    ("source", "country", "role_word"),
    [("Nasser Kan'ani", "IRN", "Spokesman"), ("Masood Khan", "PAK", "Ambassador"), ("Bashar al-Assad", "SYR", "President")],
)
def test_actors_have_role_and_country(seeds_db: tuple[SQLiteStore, object], source: str, country: str, role_word: str) -> None:
    actors = [ix.source for ix in _interactions(seeds_db) if ix.source.name == source]
    assert actors, source
    assert all(a.country == country for a in actors)
    assert any(a.role and role_word in a.role for a in actors)


def test_later_mentions_are_the_same_actor(seeds_db: tuple[SQLiteStore, object]) -> None:
    names = {ix.source.name for ix in _interactions(seeds_db) if ix.source.name and "Khan" in ix.source.name}
    assert names == {"Masood Khan"}
    targets = {ix.target.name for ix in _interactions(seeds_db) if ix.target and ix.target.name and "Assad" in ix.target.name}
    assert targets == {"Bashar al-Assad"}


def test_same_reaction_in_several_sentences_is_one_interaction(seeds_db: tuple[SQLiteStore, object]) -> None:
    visits = [ix for ix in _interactions(seeds_db) if ix.action == "visit" and ix.source.name == "Masood Khan"]
    assert len(visits) == 1
    assert len(visits[0].claims) >= 2


@pytest.mark.parametrize("word", ["Beslan", "Nazism", "terrorism", "Washington"])
def test_nothing_invented(seeds_db: tuple[SQLiteStore, object], word: str) -> None:
    for ix in _interactions(seeds_db):
        assert word not in (ix.source.name or "")
        assert ix.target is None or word not in (ix.target.name or "")


def test_every_interaction_quote_equals_its_span(seeds_db: tuple[SQLiteStore, object]) -> None:
    texts = {s.article.id: s.article.text for s in seeds_db[0].articles()}
    for ix in _interactions(seeds_db):
        assert ix.claims
        for c in ix.claims:
            assert texts[c.article][c.start : c.end] == c.quote


def test_export_carries_interactions_and_reactions(seeds_db: tuple[SQLiteStore, object]) -> None:
    record = to_json(seeds_db[0])
    ids = {ix["id"] for ix in record["interactions"]}
    (event,) = record["events"]
    assert event["reactions"] and set(event["reactions"]) <= ids
    for ix in record["interactions"]:
        assert set(ix) == {"id", "source", "target", "action", "cameo", "plover", "date", "about", "claims"}
        assert set(ix["source"]) == {"name", "role", "country"}


@pytest.mark.parametrize(
    "text",
    [
        "Condolences. Solidarity! Visit?",  # no verb
        " ".join(["Iran condemned the attack and"] * 1000) + " offered support.",  # a 5,000-word sentence
        "Leaders of " + ", ".join(["Iran", "Syria", "Pakistan", "Russia", "France"] * 60) + " sent condolences.",
        "",
    ],
    ids=["no verb", "5000 words", "300 countries", "empty"],
)
def test_odd_sentences_do_not_break_the_reader(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    article = Article(id="odd", text=text)
    doc = parse(text)
    found = reactions(doc, article, set())
    for r in found:
        assert text[r.start : r.end] == r.quote
    mention = extract(doc, article)
    for claim in mention.claims if mention else []:
        assert text[claim.start : claim.end] == claim.quote


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        ("German Foreign Minister Oskar Fischer will visit Albania in June.", "DEU", "036", "ALB"),
        ("Rwandan rebels demanded the removal of the president.", "RWA", "100", None),
        ("Iran condemned the bombing in Kabul.", "IRN", "111", None),
        ("The Sudanese government lifted a state of emergency.", "SDN", "081", None),  # an easing, not of sanctions
        ("Japan's prime minister thanked China for its help.", "JPN", "051", "CHN"),
        # the target inside the complement, or the owner of the object
        ("Iran threatened to cut off electricity to the Azerbaijani republic of Nakhichevan.", "IRN", "130", "AZE"),
        ("South Korea has rejected North Korea's demand to sever the alliance.", "KOR", "120", "PRK"),
        ("The PRC demanded that the US cancel the sale of weapons to Taiwan.", "CHN", "100", "USA"),
        # a city is the state it lies in; a collective named by its members or by its place
        ("Sudanese rebels shelled the city of Khartoum on Sunday.", "SDN", "194", "SDN"),
        ("Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday.", "IRQ", "141", None),
        ("Opposition groups in Zimbabwe rejected the plan.", "ZWE", "120", None),
        # giving and easing
        ("Peru has granted asylum to five Panamanian army officers.", "PER", "075", "PAN"),
        ("Serbia lifted a night curfew in Montenegro.", "SRB", "081", None),
    ],
)
def test_interactions_coded_from_the_parse(parse, text: str, source: str, cameo: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(
        r.source.country == source and r.cameo == cameo and (target is None or (r.target is not None and r.target.country == target))
        for r in found
    ), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Oil prices declined sharply in Moscow on Monday.", "120"),  # "declined" without a complement
        ("Russian officials said a fire broke out in the hall.", "190"),  # a fire is no shooting
        ("The PRC demanded that the US cancel the sale of weapons to Taiwan.", "160"),  # demanded, not done
        ("Iran extended condolences to Russia.", "070"),  # "extended" carries the condolences, it gives nothing
        ("Russia and Syria are leading the charge towards a safer world.", "173"),  # a charge that is no indictment
    ],
)
def test_words_that_are_no_act_here(parse, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert all(r.cameo != cameo for r in found), [(r.source, r.action, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # the place the act fell on, another state the sentence names, else the actor's own state
        ("Palestinian prisoners rioted Monday at this jail in northern Israel.", "PSE", "145", "ISR"),
        ("Iran threatened to launch a new offensive in its war with Iraq.", "IRN", "130", "IRQ"),
        ("Egyptian demonstrators rioted on Monday.", "EGY", "145", "EGY"),
        # a target's state from the title's possessor, or the one state the sentence names
        ("Syria offered its troops to Lebanon's new President Elias Hrawi.", "SYR", "030", "LBN"),
        ("Opposition groups in Zimbabwe are demanding that President Mugabe resign.", "ZWE", "100", "ZWE"),
        # a group's state from its name or from what it is known to fight for
        ("Five hundred Ugandan rebels surrendered last week.", "UGA", "0874", None),
        ("Hamas threatened to resume attacks in Israel.", "PSE", "130", "ISR"),
        # an organisation's state from a modifier outside its name
        ("The US Congress agreed to lift the embargo on Iran.", "USA", "035", "IRN"),
    ],
)
def test_actors_and_targets_take_the_state_the_sentence_implies(parse, text: str, source: str, cameo: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(
        r.source.country == source and r.cameo == cameo and (target is None or (r.target is not None and r.target.country == target))
        for r in found
    ), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    "text",
    ["Iran's condemnation of the attack was swift."],  # a noun's target is never guessed
)
def test_a_statement_without_target_gets_none(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert found and all(r.target is None for r in found), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # a verb that begins, goes on with or ends the act a noun names
        ("Israel and Lebanon renewed negotiations today.", "ISR", "046", None),
        ("Sri Lanka has established diplomatic ties with Iran.", "LKA", "054", "IRN"),
        ("Up to 1,000 ethnic Turks began a hunger strike on Monday.", "TUR", "142", None),
        # people, forces and attacks named by a common noun, placed by their phrase or their act
        ("About 200 supporters of the former president blocked roads in the capital city of Algiers.", "DZA", "144", None),
        ("A roadside bombing near the town of Samarra killed one U.S. soldier.", "IRQ", "1823", "USA"),
        ("Palestinian riots against Israeli policies are continuing.", "PSE", "145", None),
        ("Palestinian police in Jericho confiscated weapons from armed groups.", "PSE", "1711", None),
    ],
)
def test_acts_named_by_nouns_and_unnamed_actors(parse, text: str, source: str, cameo: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(
        r.source.country == source and r.cameo == cameo and (target is None or (r.target is not None and r.target.country == target))
        for r in found
    ), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # every conjoined source and target is a side; mutual acts pair the sources with each other
        ("Mexico, Peru and Chile welcomed Egypt's decision.", {("MEX", "EGY"), ("PER", "EGY"), ("CHL", "EGY")}),
        ("Israel and Lebanon renewed negotiations today.", {("ISR", "LBN"), ("LBN", "ISR")}),
        # the target inside the object's phrase
        ("Italy announced a suspension of air links with Serbia.", {("ITA", "SRB")}),
    ],
)
def test_conjoined_sides_and_targets_in_the_object(parse, text: str, pairs: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    got = {(r.source.country or r.source.name, r.target.country if r.target else None) for r in found}
    assert pairs <= got, got


@pytest.mark.parametrize(
    ("text", "pair"),
    [("The Philippines and France agree that the disputes should be resolved through arbitration.", ("FRA", "FRA"))],
)
def test_a_conjoined_side_is_not_its_own_target(parse, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert found and pair not in {(r.source.country, r.target.country if r.target else None) for r in found}


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # what a speaker says another must do is the speaker's demand on them
        ("Russia said on Tuesday that Sudan must return a captured helicopter.", "RUS", "100", "SDN"),
        # a hostile act announced, or any act on a condition, is a threat
        ("Palestinian leaders said they would boycott all official contact with the United States.", "PSE", "130", None),
        ("Nigeria announced that it will withdraw its force from Chad unless the rebels agree to a ceasefire.", "NGA", "130", "TCD"),
        # giving in to demands, easing a restriction or a blockade, ordering a stop
        ("The Mozambique government accepted demands from Shona rebels.", "MOZ", "083", None),
        ("The Israeli army lifted a blockade on Palestinian lorries.", "ISR", "0872", None),
        ("Nicaragua's government ordered the opposition newspaper La Prensa to suspend publication.", "NIC", "172", None),
    ],
)
def test_demands_threats_and_concessions_read_from_the_clause(parse, text: str, source: str, cameo: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(
        r.source.country == source and r.cameo == cameo and (target is None or (r.target is not None and r.target.country == target))
        for r in found
    ), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Egypt said that the US must be ready to mediate between the sides.", "045"),  # required, not done
        ("The Mozambique government accepted demands from Shona rebels.", "100"),  # the concession is the act
    ],
)
def test_acts_required_or_conceded_are_not_coded_as_done(parse, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert all(r.cameo != cameo for r in found), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a people where it lives, as event coders place minorities
        ("Ethnic Albanians in south Serbia are demanding a U.N. military presence.", "SRB"),
        ("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", "SRB"),
        # a group's whole name is a place before any of its words is
        ("Ivory Coast rebels on Friday again rejected a Senegalese peace plan.", "CIV"),
        # no part of a person's name is a state
        ("About 200 supporters of former President Ahmed Ben Bella blocked roads in Algiers.", "DZA"),
        ("Bosnia and Slovenia agreed to a ceasefire.", "BIH"),
    ],
)
def test_sources_placed_where_they_are(parse, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert found and found[0].source.country == source, [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "source", "cameo"),
    [
        # what a verb does, read from its object
        ("Israel has strengthened its forces in Lebanon.", "ISR", "154"),
        ("Kyrgyz Prime Minister Nikolai Tanaev received a mission of observers from the OSCE.", "KGZ", "0862"),
        ("Sri Lanka restored diplomatic relations with Iran.", "LKA", "054"),
    ],
)
def test_acts_read_from_the_object(parse, text: str, source: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(r.source.country == source and r.cameo == cameo for r in found), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # a noun act a verb carries falls where the verb's own act would: the place, else the actor's state
        ("Syrian authorities imposed a curfew in the town of Hama in central Syria.", "SYR", "1723", "SYR"),
        ("Kenyan students staged a hunger strike on Friday.", "KEN", "142", "KEN"),
        ("Israel reimposed blockades in Gaza on Friday.", "ISR", "191", "PSE"),
    ],
)
def test_noun_acts_carried_by_a_verb_fall_where_the_verb_puts_them(parse, text: str, source: str, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _assert_coded(parse, text, source, cameo, target)


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # a person or body with no state of its own takes the one state the sentence's places name
        ("President Tomas Arbenz threatened to impose a curfew in Nairobi.", "KEN", "130", "KEN"),
        ("Leaders of the Azadliq opposition coalition agreed to postpone the march in Tbilisi.", "GEO", "030", "GEO"),
        # unnamed victims fall where the clause of the act puts it
        ("Two Chechen suicide bombers killed 12 people when they blew themselves up in Istanbul.", "TUR", "1823", "TUR"),
    ],
)
def test_a_city_named_in_the_sentence_places_actors_without_a_state(parse, text: str, source: str, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _assert_coded(parse, text, source, cameo, target)


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # a passive act no one is named as doing is the attack's, placed where it struck
        ("Two policemen were wounded in a bomb attack in Karachi on Friday.", "PAK", "190", "PAK"),
        ("A pro-government journalist has been killed in a car bomb explosion in Kabul.", "AFG", "1823", "AFG"),
        # a state an actor is for or against is not its own
        ("An anti-Syria journalist has been killed in a car bomb explosion in Beirut.", "LBN", "1823", "LBN"),
        # "up to 16 advisers": the count the parser hangs on "up" is still the object
        ("Afghan rebels have kidnapped up to 16 Russian civilian advisers.", "AFG", "181", "RUS"),
    ],
)
def test_unclaimed_attacks_and_stances(parse, text: str, source: str, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _assert_coded(parse, text, source, cameo, target)


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # an ethnic people is placed where the act fell on it, as coders place minorities
        ("Macedonian police killed two ethnic Albanians in a shootout in western Macedonia.", "MKD", "1823", "MKD"),
        # a person of no named state: the state named before them, else the one the sentence names
        ("A Peruvian judge has ordered former president Alan Vargas to appear for questioning about arms sales to Chile.", "PER", "100", "PER"),
        ("Kenyan students said that President Odhiambo must resign.", "KEN", "100", "KEN"),
    ],
)
def test_targets_take_the_state_the_sentence_places_them_in(parse, text: str, source: str, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _assert_coded(parse, text, source, cameo, target)


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # handing over, evacuating, dispatching, bombing, burning and cutting aid, as CAMEO codes them
        ("Norwegian doctors handed over 300 kg of medicine to the hospital in Herat.", "NOR", "070", None),
        ("Bosnian helicopters evacuated the wounded from the besieged city of Sarajevo.", "BIH", "073", "BIH"),
        ("Egypt will evacuate its troops from the Gaza Strip next month.", "EGY", "035", "PSE"),
        ("The UN dispatched inspectors to a plant in northern Syria.", None, "090", "SYR"),
        ("Kurdish rebels exploded three bombs in the capital Ankara on Sunday.", "IRQ", "183", "TUR"),
        ("Hindu settlers set fire to the offices of the Pakistani consulate.", None, "171", "PAK"),
        ("The European Union reduced food aid to the Somali refugee camps in Kenya.", None, "162", "SOM"),
        ("A Turkish court indicted the Kurdish politician Ahmet Kaya.", "TUR", "112", None),
    ],
)
def test_material_acts_coded_from_the_verb_and_its_object(parse, text: str, source: str | None, cameo: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(
        (source is None or r.source.country == source) and r.cameo == cameo and (target is None or (r.target is not None and r.target.country == target))
        for r in found
    ), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("A bomb exploded in the market on Sunday.", "183"),  # a bomb that went off, no one exploding it
        ("Police said the suspect raised his hand in court.", "070"),  # a hand is no handing over
    ],
)
def test_material_verbs_without_their_complement_are_no_act(parse, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert all(r.cameo != cameo for r in found), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # a stance the passive's subject holds towards what follows "to"
        ("Turkey is opposed to German mediation in the talks.", "TUR", "120", "DEU"),
        ("Chile is committed to opening up its markets.", "CHL", "030", None),
        # "ready", "willing" to do something: the act announced, not done
        ("Norway is ready to contribute 500 troops to a peacekeeping force in Sudan.", "NOR", "033", "SDN"),
    ],
)
def test_stances_and_readiness_stated_by_adjectives_and_passives(parse, text: str, source: str, cameo: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(
        r.source.country == source and r.cameo == cameo and (target is None or (r.target is not None and r.target.country == target)) for r in found
    ), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize("text", ["Crimes committed by Serb forces were investigated by the court."])
def test_a_passive_commit_with_an_agent_is_no_promise(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert all(r.cameo != "030" for r in found), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("word", "country"),
    [("Ethopia", "ETH"), ("Afganistan", "AFG"), ("Phillippines", "PHL"), ("Ethiopia", "ETH")],
)
def test_long_country_names_are_read_through_a_slip(word: str, country: str) -> None:
    assert country_of(word) == country


@pytest.mark.parametrize("word", ["Granada", "Kenyon", "Columbia", "Quatar", "ethopia"])
def test_places_and_short_names_are_not_taken_for_a_misspelt_country(word: str) -> None:
    assert country_of(word) is None


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # a misspelt state still acts
        ("Ethopia has agreed to re-open its borders to UN peacekeepers.", "ETH", "030", None),
        # a city the tagger calls a location places a person of no named state
        ("President Abdelaziz Bouteflicka threatened to institute a curfew in Algiers.", "DZA", "130", "DZA"),
        # a titled person the tagger took for a body is still a person of the sentence's state
        ("Vice-President Moody Awori has declined to resign despite pressure by the Kenya Anti-Corruption Commission.", "KEN", "120", "KEN"),
    ],
)
def test_actors_named_loosely_still_get_their_state(parse, text: str, source: str, cameo: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(
        r.source.country == source and r.cameo == cameo and (target is None or (r.target is not None and r.target.country == target)) for r in found
    ), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "source", "cameo"),
    [
        # cooperation said not to be done, or failed, is a rejection
        ("Syria says it will not accept any more refugees.", "SYR", "120"),
        ("Palestinians and Israelis failed to reach agreement on the fate of the offices.", "PSE", "120"),
        ("President Levy Mwanawasa of Zambia has reneged on his commitment to hold elections.", "ZMB", "120"),
        # accepting, reaching agreement
        ("Denmark today accepted a formula for ending the dispute.", "DNK", "030"),
    ],
)
def test_cooperation_refused_is_a_rejection(parse, text: str, source: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(r.source.country == source and r.cameo == cameo for r in found), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Syria says it will not accept any more refugees.", "030"),  # refused, not agreed
        ("Israeli troops did not attack the village.", "190"),  # a hostile act not done is no act
        ("Britain said that Sudan and the rebels must reach an agreement.", "030"),  # required, not reached
    ],
)
def test_acts_not_done_are_not_coded_as_done(parse, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert all(r.cameo != cameo for r in found), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # a body of no state yields to the state whose act is complained of
        ("Lebanon complained to the United Nations on Tuesday over two Israeli air raids.", "LBN", "114", "ISR"),
        # the object of a clause of purpose
        ("Demonstrators in Baghdad blocked a road to show their disapproval for the United States' policies.", "IRQ", "144", "USA"),
        # where a relative clause puts people is not whose they are
        ("Turkey will allow refugees who have lived in Iraq to return home.", "TUR", "035", "TUR"),
        ("Turkey will allow 13,000 Turkish Kurd refugees who have lived in Iraq to return home.", "TUR", "035", "TUR"),
        # a state the tagger took for a body, or named with its province
        ("The United States demanded that the Democratic People's Republic of Korea (DPRK) forsake its nuclear program.", "USA", "100", "PRK"),
        ("British Defence Secretary Tom King has promised to continue military aid to war-torn Mozambique.", "GBR", "030", "MOZ"),
        ("Serbia eased emergency measures on Wednesday in Montenegro province, as authorities in Croatia cracked down.", "SRB", "081", "MNE"),
        # a body of no state is placed where the act takes it
        ("The IAEA has dispatched inspectors to Esfahan Uranium Conversion Facilities (UCF) in central Iran.", None, "090", "IRN"),
    ],
)
def test_targets_take_the_state_their_phrase_or_purpose_names(parse, text: str, source: str | None, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(
        (source is None or r.source.country == source) and r.cameo == cameo and r.target is not None and r.target.country == target for r in found
    ), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(("word", "country"), [("Sierra Leonean", "SLE"), ("El Salvadoran", "SLV")])
def test_demonyms_of_states_with_names_of_two_words(word: str, country: str) -> None:
    assert country_of(word) == country


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # the state that leads a force is its own; a part of a state named by its compass point is the state
        ("Vietnamese-led forces have retaken a strategic village in Western Cambodia, Thai military sources said.", "VNM", "192", "KHM"),
        # a movement of no named state fights in the one state the sentence names
        ("The main Hutu rebel group, Forces for Defence of Democracy, insisted on its demands that Burundi's government grant more rights.", "BDI", "100", "BDI"),
    ],
)
def test_forces_and_movements_take_the_state_that_leads_or_hosts_them(parse, text: str, source: str, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _assert_coded(parse, text, source, cameo, target)


@pytest.mark.parametrize(
    ("text", "source", "cameo"),
    [
        # a main verb the parser left without its subject takes the nearest actor before it
        ("With the signing of a Memorandum of Understanding on Cessation of Hostilities, the Sudanese government and SPLM/A have agreed to allow access.", "SDN", "030"),
    ],
)
def test_a_verb_left_without_subject_takes_the_actor_just_before(parse, text: str, source: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(r.source.country == source and r.cameo == cameo for r in found), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # what a hostile act is "of" is its target; a word describing the act is no act of its own
        ("Israel today mounted its long-threatened invasion of South Lebanon.", "ISR", "190", "LBN"),
        # the doer of the deed an act is about
        ("Serbian military police have launched an investigation into alleged crimes committed by Croat forces.", "SRB", "090", "HRV"),
        # a state whose name changed keeps its people's name
        ("The Macedonian army prepared to resume shelling Albanian rebel-held territory.", "MKD", "194", None),
    ],
)
def test_hostile_acts_named_by_nouns_and_the_deeds_they_are_about(parse, text: str, source: str, cameo: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(
        r.source.country == source and r.cameo == cameo and (target is None or (r.target is not None and r.target.country == target)) for r in found
    ), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [("Israel today mounted its long-threatened invasion of South Lebanon.", "130")],  # "long-threatened" describes the invasion
)
def test_words_describing_an_act_are_no_act(parse, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert all(r.cameo != cameo for r in found), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("name", "country"),
    [("South Lebanon", "LBN"), ("Western Cambodia", "KHM"), ("South Africa", "ZAF"), ("Northern Ireland", "GBR"), ("the Gaza Strip", "PSE")],
)
def test_a_part_of_a_state_named_by_its_compass_point(name: str, country: str | None) -> None:
    assert part_country(name) == country


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # rule by decree announced is a threat; hearings, pressure and a blockade tightened
        ("Iraq's interim government announced that it is prepared to impose martial law as battles raged in Baghdad.", "IRQ", "130", "IRQ"),
        ("NATO confirmed on Wednesday it would tighten the naval blockade of Serbia with Albania's help.", None, "130", "SRB"),
        ("Israel's high court opened a landmark hearing Wednesday into the legality of interrogation techniques.", "ISR", "090", None),
        # people placed by their phrase before a body of no state
        ("Iranian authorities have been pressuring workers of the United Bus Company of Tehran to cancel the strike.", "IRN", "100", "IRN"),
    ],
)
def test_decrees_hearings_pressure_and_blockades(parse, text: str, source: str | None, cameo: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(
        (source is None or r.source.country == source) and r.cameo == cameo and (target is None or (r.target is not None and r.target.country == target))
        for r in found
    ), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The rebels fought hard for their cause.", "190"),  # a fight against no one named is no assault on anyone
        ("Prices rose under growing pressure from markets.", "100"),  # pressure as a noun demands nothing
    ],
)
def test_fighting_and_pressure_need_their_parties(parse, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert all(r.cameo != cameo for r in found), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # forcing out is an expulsion; closing a border on a neighbour restricts movement
        ("Jakarta forced the UN refugee agency, UNHCR, out of the country.", "IDN", "166", None),
        ("The Israeli army forced out more than 1,000 Palestinian refugees from their homes.", "ISR", "166", "PSE"),
        ("Russia closed its southern borders with Iran and Turkey.", "RUS", "191", "IRN"),
        # a verb that speeds up the act its object names
        ("The United States speeded up the withdrawal of some invasion forces from Panama on Wednesday.", "USA", "087", "PAN"),
        # the noun an active participle hangs on does it; a statement's issuer says what it demands
        ("Liberian riot police used tear gas to disperse demonstrators protesting election results in Monrovia.", "LBR", "140", "LBR"),
        ("The rebel Kurdistan Workers' Party issued a declaration demanding that the Turkish government provide information.", None, "100", "TUR"),
        # a force counted by its deployment; peacekeepers who arrive keep the peace (CAMEO 074), they do not visit
        ("The first deployment of UN peacekeeping troops has arrived in Mali.", None, "074", "MLI"),
    ],
)
def test_expulsions_closures_and_doers_of_participles(parse, text: str, source: str | None, cameo: str, target: str | None) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(
        (source is None or r.source.country == source) and r.cameo == cameo and (target is None or (r.target is not None and r.target.country == target))
        for r in found
    ), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # a leader of no named state acts where the act falls
        ("The military government of President Prosper Avril declared a 30-day state of siege in Haiti, a spokeswoman for the U.S. embassy said.", "HTI", "1724", "HTI"),
        # a body named by the group before it
        ("Osama bin Laden's al-Qaeda terror network has threatened to deliver devastating blows to the United States.", None, "130", "USA"),
        # what a speaker says others must do, a clause the parser made the speaker included
        ("The Red Cross operating in Iraq said US and British forces must ensure security to allow supplies to reach the needy.", None, "100", "USA"),
    ],
)
def test_leaders_bodies_and_speakers_the_parse_hides(parse, text: str, source: str | None, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(
        (source is None or r.source.country == source) and r.cameo == cameo and r.target is not None and r.target.country == target for r in found
    ), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [("The Red Cross operating in Iraq said US and British forces must ensure security to allow supplies to reach the needy.", "080")],
)
def test_the_purpose_of_a_requirement_is_not_done(parse, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert all(r.cameo != cameo for r in found), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # a demand restated: its content's subject is the target, and the content is not done
        ("The International Labor Office (ILO) reiterated its demand today that Israel ease restrictions on Palestinian workers.", None, "100", "ISR"),
        # an arrest no one is named as making is the state's where it was made
        ("A Christian missionary from Calgary was arrested in Lebanon for collaborating with Israel.", "LBN", "173", "CAN"),
        # "the Emirates": a state by its short name
        ("Qatar's emir launched a mediation effort on Saturday between the Emirates and Saudi Arabia.", "QAT", "045", "ARE"),
    ],
)
def test_restated_demands_unclaimed_arrests_and_short_names(parse, text: str, source: str | None, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(
        (source is None or r.source.country == source) and r.cameo == cameo and r.target is not None and r.target.country == target for r in found
    ), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [("The International Labor Office (ILO) reiterated its demand today that Israel ease restrictions on Palestinian workers.", "081")],
)
def test_the_content_of_a_restated_demand_is_not_done(parse, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert all(r.cameo != cameo for r in found), [(r.source, r.cameo, r.target) for r in found]


def _assert_coded(parse, text: str, source: str, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    """The sentence gives a reaction by ``source``'s state, coded ``cameo``, aimed at ``target``'s."""
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(r.source.country == source and r.cameo == cameo and r.target is not None and r.target.country == target for r in found), [
        (r.source, r.cameo, r.target) for r in found
    ]


@pytest.mark.parametrize(
    "text",
    ["The Islamic State group claimed responsibility for the attack near Moscow on Friday."],
)
def test_a_group_claiming_an_attack_is_not_placed_where_it_struck(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    found = [r for r in reactions(parse(text), Article(id="s", text=text), set()) if r.action == "claim of responsibility"]
    assert found, "no claim of responsibility read"
    assert all(r.source.country != "RUS" for r in found), [(r.source, r.target) for r in found]

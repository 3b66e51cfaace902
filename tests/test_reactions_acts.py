"""The interaction reader on acts named by a verb's object, complement or preposition, on actors
the parse hides, and on what is named but not done: one sentence of the reports' kind per case."""

from __future__ import annotations

import warnings

import pytest

from storyline import ontology
from storyline.evaluate.petrarch2 import Dictionary, Sentence, name_actors, read_actors, triples
from storyline.extract.actors import place_country
from storyline.extract.interactions import reactions
from storyline.model import Article


def _assert_coded(parse, text: str, source: str, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    """The sentence gives a reaction by ``source``'s state, coded ``cameo``, aimed at ``target``'s."""
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(r.source.country == source and r.cameo == cameo and r.target is not None and r.target.country == target for r in found), [
        (r.source, r.cameo, r.target) for r in found
    ]


def _pairs(parse, text: str) -> set[tuple[str | None, str, str | None]]:  # type: ignore[no-untyped-def]
    """(source state, CAMEO code, target state) of every reaction a sentence gives."""
    return {(r.source.country, r.cameo, r.target.country if r.target else None) for r in reactions(parse(text), Article(id="s", text=text), set())}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru has severed diplomatic ties with Venezuela.", {("PER", "161", "VEN")}),
        ("Uganda suspended mediation between Kenya and Somalia.", {("UGA", "165", "KEN")}),
        ("Qatari officials ended mediation efforts between Sudan and Chad on Friday.", {("QAT", "165", "SDN")}),
        # a meeting put off is no meeting, and it was each side's with the other
        ("Kenya and Somalia postponed their talks on the border dispute.", {("KEN", "160", "SOM"), ("SOM", "160", "KEN")}),
    ],
)
def test_relations_talks_and_meetings_broken_off_or_put_off(parse, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # the parser hangs "during" on the verb, or on a clause below it: the subject of the nearest clause does the act
        ("The Turkish president signed three accords during his state visit to Hungary.", "TUR", "042", "HUN"),
        ("Ghanaian protesters threw stones during a rally against the French embassy.", "GHA", "141", "FRA"),
    ],
)
def test_a_noun_act_that_frames_a_clause_is_done_by_its_subject(parse, text: str, source: str, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _assert_coded(parse, text, source, cameo, target)


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        ("The Indian prime minister arrived in Dhaka on Saturday.", "IND", "042", "BGD"),  # the place one arrives in is visited
        ("The Saudi foreign minister warned of the Houthi militias in Yemen.", "SAU", "130", "YEM"),  # what one warns of
        ("The Nigerian army warned the Chadian government of reprisals.", "NGA", "130", "TCD"),  # whom, before what of
        ("Legislators in Kenya condemned the raid on Somalia.", "KEN", "111", "SOM"),  # a body named by its members
    ],
)
def test_arrivals_warnings_and_bodies_named_by_members(parse, text: str, source: str, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _assert_coded(parse, text, source, cameo, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Brazil criticised the closure of schools in Valdoria.", "Valdoria"),
        ("Kenya criticised rumours about Valdoria on Monday.", "Valdoria"),  # what the object is about
    ],
)
def test_a_place_no_table_knows_is_still_the_target_of_an_act_on_what_stands_there(parse, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(r.target is not None and r.target.name == target for r in found), [(r.source, r.target) for r in found]


@pytest.mark.parametrize("codes", [["111", "018", "042"]])
def test_a_missing_plover_table_is_said_once_and_clearly(tmp_path, monkeypatch, codes: list[str]) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STORYLINE_DATA", str(tmp_path))
    ontology.cameo_to_plover.cache_clear()
    try:
        with warnings.catch_warnings(record=True) as said:
            warnings.simplefilter("always")
            assert [ontology.plover(code) for code in codes] == [None] * len(codes)
            assert ontology.plover("190") == "ASSAULT"  # the built-in codes still hold
        assert len(said) == 1 and issubclass(said[0].category, ontology.MissingTableWarning)
        assert str(tmp_path / "plover" / "CAMEO2PLOVER-2021.txt") in str(said[0].message)
    finally:
        monkeypatch.delenv("STORYLINE_DATA")
        ontology.cameo_to_plover.cache_clear()


@pytest.mark.parametrize(("name", "country"), [("Gaza", "PSE"), ("Valencia", "ESP"), ("Sindh", "PAK"), ("Limburg", "NLD")])
def test_a_big_city_outweighs_a_namesake_province_abroad(name: str, country: str) -> None:
    assert place_country(name) == country


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # the state that owns a group, by its possessive or as its modifier; its span takes the owner in
        ("Egypt's main opposition group condemned the raid on Gaza.", "EGY", "111", "PSE"),
    ],
)
def test_a_group_owned_by_a_state_is_of_that_state(parse, text: str, source: str, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _assert_coded(parse, text, source, cameo, target)
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert all(text[r.source.start : r.source.end].startswith("Egypt") for r in found)


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        ("The Kenyan teachers' union called off its strike on Monday.", "KEN", "082", "KEN"),  # easing dissent, not a strike
        ("Thousands of Somalis sought refuge in Kenya last year.", "SOM", "103", "KEN"),  # asked of the state fled to
        ("Chadian police prevented a rally by opposition students in the capital.", "TCD", "172", "TCD"),
        ("Bangladeshi peacekeepers arrived in South Sudan on Tuesday.", "BGD", "074", "SSD"),  # peacekeeping, not a visit
        ("Ethiopia opened the border crossing to allow the delivery of food to Somalia.", "ETH", "0863", "SOM"),
        ("Iran returned the seized tanker to Britain.", "IRN", "084", "GBR"),
        ("Israel and Jordan reached a consensus on water sharing.", "ISR", "030", "JOR"),
        ("Syrian soldiers fired at protesters in Aleppo.", "SYR", "190", "SYR"),  # whom one fires at
        # an offer on a condition is still an offer; "unless" makes a threat of it
        ("Egypt said it would send troops to Sudan if it were attacked.", "EGY", "033", "SDN"),
        ("Egypt will withdraw its ambassador from Israel unless the raids stop.", "EGY", "130", "ISR"),
    ],
)
def test_acts_of_yielding_asking_coercing_and_keeping_the_peace(parse, text: str, source: str, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _assert_coded(parse, text, source, cameo, target)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The Kenyan teachers' union called off its strike on Monday.", "143"),  # the strike called off is not held
        ("The mayor returned home on Friday.", "084"),  # returning without an object gives nothing back
        ("Police alerted residents in Nairobi.", "152"),  # alerting someone is no alert of one's forces
    ],
)
def test_words_that_are_these_acts_only_in_their_frame(parse, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert all(r.cameo != cameo for r in found), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(("text", "source", "cameo"), [("Pakistani troops remained on high alert along the border with India.", "PAK", "152")])
def test_forces_put_on_alert(parse, text: str, source: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(r.source.country == source and r.cameo == cameo for r in found), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        ("Old rivals India and Pakistan have resumed talks.", "IND", "040", "PAK"),  # an apposition the parser split into two subjects
        ("Japan will contribute ten million Turkish lira to Syria.", "JPN", "033", "SYR"),  # the recipient, not the gift
        ("Nigeria deplored the killing of its citizens in South Africa.", "NGA", "111", "ZAF"),
        ("Kenya warned its citizens about al-Shabaab.", "KEN", "130", "SOM"),  # what one warns of may hang on the object
        ("The Iranian foreign minister left for Moscow on Monday.", "IRN", "042", "RUS"),  # leaving for a place visits it
        ("Hungarian Prime Minister Viktor Orban travelled to Beijing on Tuesday.", "HUN", "042", "CHN"),
    ],
)
def test_subjects_recipients_and_places_the_parse_hides(parse, text: str, source: str, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _assert_coded(parse, text, source, cameo, target)


@pytest.mark.parametrize("text", ["The gunmen left him for dead.", "Thousands of workers travel to work in Dubai."])
def test_going_that_is_no_visit(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(r.cameo != "042" for r in reactions(parse(text), Article(id="s", text=text), set()))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Egypt condemned the Emir of Qatar.", "the Emir of Qatar"),  # a title's complement is part of its mention
        ("Turkey and the European Union (EU) resumed talks on Monday.", "the European Union (EU)"),  # a body named in full before its short name
    ],
)
def test_a_target_mention_spans_its_whole_name(parse, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(r.target is not None and text[r.target.start : r.target.end] == target for r in found), [(r.source, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        # the one counterpart of that title a named person addressed
        ("Egypt's Foreign Minister Sameh Shoukry met his Sudanese counterpart in Cairo on Monday. Foreign Minister Ali Sadiq later thanked Shoukry for the support.", "Ali Sadiq", "SDN"),
        # an unnamed one's counterpart: a later president may be either
        ("The Kenyan president called his Ugandan counterpart on Sunday. Later, President William Ruto condemned the attack.", "William Ruto", None),
    ],
)
def test_a_titled_person_of_no_stated_state_is_the_counterpart_named_before(parse, text: str, person: str, country: str | None) -> None:  # type: ignore[no-untyped-def]
    found = [r.source for r in reactions(parse(text), Article(id="s", text=text), set()) if r.source.name == person]
    assert found and all(s.country == country for s in found), found


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        ("Egypt called upon Israel to halt its raids on Gaza.", "EGY", "020", "ISR"),  # an appeal to whom one calls on
        ("Kenya called for sanctions against Eritrea.", "KEN", "020", "ERI"),  # an appeal for an act, aimed where the act is
        ("Two Russian pilots applied for asylum in Norway.", "RUS", "103", "NOR"),
        ("The Saudi crown prince began a three-day trip to Egypt on Sunday.", "SAU", "042", "EGY"),
    ],
)
def test_appeals_requests_for_asylum_and_trips(parse, text: str, source: str, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _assert_coded(parse, text, source, cameo, target)


@pytest.mark.parametrize("text", ["Kenya called for calm in Somalia.", "The minister called on Sunday."])
def test_a_call_for_no_act_or_on_a_day_is_no_appeal(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(r.cameo != "020" for r in reactions(parse(text), Article(id="s", text=text), set()))


@pytest.mark.parametrize(
    ("text", "source"),
    [("Hundreds of thousands of people blocked streets in Seoul in defiance of Japanese authorities to demand reforms.", "KOR")],  # a people's adjective names no place
)
def test_unnamed_people_are_placed_where_they_act_not_by_whom_they_defy(parse, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert found and all(r.source.country == source for r in found), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        ("The Ugandan government lodged an official protest with Kenya.", "UGA", "114", "KEN"),  # a formal complaint, not a demonstration
        ("The Kenyan government sent a team to Somalia to investigate the killings.", "KEN", "090", "SOM"),  # a sending to inquire
        ("Police ordered patrols in Karachi after the riots.", "PAK", "153", "PAK"),
        ("Russian President Vladimir Putin spoke on Monday. The Putin government condemned the raid on Ukraine.", "RUS", "111", "UKR"),  # named after its leader
    ],
)
def test_complaints_inquiries_patrols_and_bodies_named_after_leaders(parse, text: str, source: str, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _assert_coded(parse, text, source, cameo, target)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The Tigers said in a press release that Sri Lankan troops had withdrawn.", "084"),  # a press release releases no one
        ("Kenya refused to allow the planes to land and evacuate the wounded.", "073"),  # a conjoined act refused is not done
        ("Kenya imposed a news blackout on the withdrawal of Ugandan troops.", "087"),  # "on" a noun is no frame of the clause
    ],
)
def test_acts_named_but_not_done_by_the_clause(parse, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert all(r.cameo != cameo for r in found), [(r.source, r.cameo, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [("The new Egyptian ambassador presented his credentials to President Ruto of Kenya on Tuesday.", "EGY", "050", "KEN")],
)
def test_an_envoy_presenting_credentials(parse, text: str, source: str, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _assert_coded(parse, text, source, cameo, target)


@pytest.mark.parametrize(
    ("text", "target"),
    # two titled people of no state we know are two actors, not one acting on itself
    [("The ambassadors of Valdoria and Tarnovia presented their credentials to the president of Eastmark.", "the president of Eastmark")],
)
def test_unnamed_actors_of_no_known_state_are_not_one_another(parse, text: str, target: str) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert any(r.target is not None and text[r.target.start : r.target.end] == target for r in found), [(r.source, r.target) for r in found]


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [("Turkish troops remained on high alert in northern Iraq.", "TUR", "152", "IRQ")],  # an occasion falls where its clause is
)
def test_an_occasion_is_aimed_where_it_takes_place(parse, text: str, source: str, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _assert_coded(parse, text, source, cameo, target)


@pytest.mark.parametrize(("text", "source", "cameo", "target"), [("Scores of Kenyan students protested in Nairobi.", "KEN", "140", "KEN")])
def test_scores_of_people_are_the_people_counted(parse, text: str, source: str, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _assert_coded(parse, text, source, cameo, target)


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # states in "the Gulf states" are many and unnamed; "Gulf" is no province of Papua New Guinea here
        ("Jordan, Egypt and the Gulf states condemned the raid on Gaza.", {"JOR", "EGY"}),
    ],
)
def test_states_named_together_act_each_and_states_in_general_none(parse, text: str, sources: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert {r.source.country for r in reactions(parse(text), Article(id="s", text=text), set())} == sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the first states of a list on the last, as a modifier or an apposition
        ("Arnor, Calenardhon and the evil awful Gondor welcomed a resumption of formal diplomatic ties with Osgiliath.",
         {("ARN", "OSG", "051"), ("GON", "OSG", "051"), ("CAL", "OSG", "051")}),
    ],
)
def test_petrarch_like_lists_of_states_act_each(tmp_path, parse, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "actors.txt").write_text("ARNOR [ARN]\nGONDOR [GON]\nCALENARDHON [CAL]\nOSGILIATH [OSG]\n", encoding="utf-8")
    dictionary = Dictionary(read_actors(tmp_path / "actors.txt"), {})
    doc = name_actors(parse(text), dictionary.actors)
    found = reactions(doc, Article(id="s", text=text), set())
    assert triples(Sentence("s", 19950101, text, frozenset()), found, dictionary) >= expected


@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        ("Germany is pushing hard for Greece to accept the plan.", "DEU", "100", "GRC"),  # pushing for is a demand
        ("Britain pressed for sanctions against Iran.", "GBR", "100", "IRN"),
        ("The Egyptian president gave a warm welcome to the Sudanese leader on Monday.", "EGY", "043", "SDN"),  # hosting a visitor
        ("King Abdullah of Jordan condemned the raid on Gaza.", "JOR", "111", "PSE"),  # the state after the name
        # the one quoted speaks
        ("King Abdullah of Jordan was quoted as saying he would be ready to host talks between Israel and the Palestinians.", "JOR", "036", "ISR"),
    ],
)
def test_demands_welcomes_and_speakers_quoted(parse, text: str, source: str, cameo: str, target: str) -> None:  # type: ignore[no-untyped-def]
    _assert_coded(parse, text, source, cameo, target)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Germany is pushing hard for Greece to accept the plan.", "030"),  # what one pushes for is not done
        ("The protesters pushed the barriers aside.", "100"),  # pushing a thing demands nothing
    ],
)
def test_what_is_pushed_for_is_not_done(parse, text: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    assert all(r.cameo != cameo for r in reactions(parse(text), Article(id="s", text=text), set()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran ruled out talks with the United States.", {("IRN", "120", "USA")}),  # ruling out is rejecting
        ("Turkey ruled out sending troops to Syria.", {("TUR", "120", "SYR")}),  # and what is ruled out is not done
        ("The referee ruled the goal offside.", set()),
    ],
)
def test_ruling_out_is_a_rejection(parse, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Obama criticised Venezuela for the arrests of opposition leaders.", {("USA", "111", "VEN")}),
        ("Putin warned Georgia against joining the alliance.", {("RUS", "130", "GEO")}),
        ("Chancellor Merkel praised Poland for its economic reforms.", {("DEU", "051", "POL")}),
        # a name the table does not know still takes the one state the sentence names
        ("Ezra Brown criticised Venezuela for the arrests.", {("VEN", "111", "VEN")}),
    ],
)
def test_well_known_leader_without_state_acts_for_own_state(parse, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Ghana's Ambassador to the United States, Kwame Mensah, condemned the attack on Togo. Ambassador Mensah later visited Togo.",
            {("Kwame Mensah", "Ambassador to the United States")},
        ),
        (
            "Peru's Minister of Foreign Affairs, Rosa Quispe, praised Chile for its help. Minister Quispe also visited Bolivia.",
            {("Rosa Quispe", "Minister of Foreign Affairs")},
        ),
        # a body named by its phrase has no role besides: not "Turkish authorities, authorities"
        ("Turkish authorities detained two journalists.", {("Turkish authorities", None)}),
    ],
)
def test_later_shorter_mention_is_one_actor_with_fuller_role(parse, text: str, roles: set[tuple[str, str | None]]) -> None:  # type: ignore[no-untyped-def]
    found = reactions(parse(text), Article(id="s", text=text), set())
    assert {(r.source.name, r.source.role) for r in found if r.source.kind != "state"} == roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Obama arrived in Kenya on Monday.", {("USA", "042", "KEN"), ("KEN", "043", "USA")}),
        ("Chancellor Merkel visited Poland on Friday.", {("DEU", "042", "POL"), ("POL", "043", "DEU")}),
        # a visit named by a noun tells of no host's act
        ("The Kenyan president's visit to Uganda ended on Tuesday.", {("KEN", "042", "UGA")}),
    ],
)
def test_state_a_visitor_comes_to_hosts_the_visit(parse, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya has received money from Japan to rebuild the port.", {("JPN", "071", "KEN")}),
        ("Uganda received military aid from Russia on Monday.", {("RUS", "072", "UGA")}),
        ("Kenya received 20 tonnes of food aid from the United States.", {("USA", "073", "KEN")}),
        # aid not received is none given, and a letter is no aid
        ("Kenya did not receive any aid from Japan.", set()),
        ("The minister received a letter from Japan.", set()),
    ],
)
def test_aid_received_from_a_state_is_that_states_aid(parse, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(parse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs "donated" on "groups" and makes "Nurses" the root: the root is who gives
        ("Nurses from two Canadian aid groups donated and personally delivered food to a clinic in Haiti.", {("CAN", "070", "HTI")}),
        # a participle that only describes keeps its "by" phrase's giver
        ("The medicine donated by Japan to a hospital in Iraq.", {("JPN", "070", "IRQ")}),
    ],
)
def test_main_verb_the_parser_hung_on_a_noun_has_the_root_as_subject(parse, text: str, expected: set[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(parse, text) == expected

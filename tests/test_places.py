"""Where a report puts its incident: the town, read from sentences written for each case."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import article_of, event_of, incident_of

from storyline.extract import extract, gazetteer
from storyline.extract.bestplace import best_place
from storyline.extract.counties import county_city
from storyline.extract.placeclaims import PlaceClaim
from storyline.extract.places import places
from storyline.extract.urltowns import host_state, host_towns
from storyline.model import Claim, Event, Place
from storyline.reconcile import reconcile


def city_of(parse, text: str) -> str | None:  # type: ignore[no-untyped-def]
    """The city one report gives for its incident."""
    mention = incident_of(parse, text)
    return mention.place.city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a sheriff keeps the county's peace: the city named after it does not police the town
        ("Two men were shot in Compton on Friday night, according to the Los Angeles Sheriff's Department.", "Compton"),
        ("POWAY, Calif. — San Diego sheriff's detectives were looking into a shooting at a range in Poway.", "Poway"),
        ("A deputy shot a man in Carmichael on Monday, Sgt. Ann Lee of the Sacramento County Sheriff's Department said.", "Carmichael"),
    ],
)
def test_a_sheriff_named_after_a_city_is_the_countys(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("text", "city", "admin1"),
    [
        # a sheriff is a county's: "Rockdale sheriff" is Rockdale County's (Georgia), whose town
        # holds most of its people, not Rockdale, Texas
        ("Rockdale sheriff calls store patron 'hero' for firing on gunman\n\nThe store was open.", "Conyers", "Georgia"),
        # a town in a county of its name keeps its sheriff
        ("San Diego sheriff's deputies shot a man in San Diego on Friday.", "San Diego", "California"),
    ],
)
def test_a_sheriff_named_by_a_county_alone_is_the_countys(parse, text: str, city: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    place = incident_of(parse, text).place
    assert (place.city, place.admin1) == (city, admin1)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # "Fayette County" is no other name of Lexington-Fayette: the county, or the town in it
        ("Fayette County child hurt in shooting\n\nA boy was shot in the leg in Oak Hill on Sunday, Fayette County deputies said.", "Oak Hill"),
        ("A child was shot in the leg on Sunday, Fayette County deputies said.", "Fayette County"),
    ],
)
def test_a_county_is_no_other_name_of_a_town(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a county's report places its incident by the town it happened beside
        (
            "BRANT COUNTY, Miss. — The Brant County Sheriff's Department is investigating a shooting that killed one "
            "man. The shooting happened early Sunday at a dance hall near Magnolia, deputies said.",
            "Magnolia",
        ),
        (
            "Two wounded in Walton County shooting\n\nTwo men were wounded in a shooting outside Niceville on Sunday, the "
            "Walton County Sheriff's Office said.",
            "Niceville",
        ),
        ("A man was found shot dead on Sunday in rural Lynn County, just outside of Tahoka, deputies said.", "Tahoka"),
        # the town of a hospital or of an arrest is not where the shooting happened
        ("A hunter was shot dead in rural Levy County on Sunday, deputies said. He was taken to a hospital near Gainesville.", "Levy County"),
        ("A hunter was shot dead in rural Levy County on Sunday, deputies said. His cousin was arrested near Gainesville.", "Levy County"),
        # a city the report puts the incident beside is no city it happened in, dateline and all
        (
            "Boy shot while hunting west of Phoenix dies\n\nPHOENIX -- A 9-year-old boy shot early Wednesday during a "
            "hunting accident west of Phoenix has died, deputies said. The boy was with two friends near Veltrana and "
            "Quillan avenues in Tonopah.",
            "Tonopah",
        ),
        # not where the report puts it in the town beside which it happened too: the dateline's
        # town is where the report was filed
        (
            "MISSOULA -- Two people were shot and killed in Lolo on Sunday. The shooting happened at a lounge on "
            "Veltrana Highway near Lolo, deputies said.",
            "Lolo",
        ),
        # not for a town it did not happen in
        (
            "PHOENIX -- A 9-year-old boy shot early Wednesday during a hunting accident west of Phoenix has died, "
            "deputies said. The boy lived in Tonopah.",
            "Phoenix",
        ),
        # a station's town outside the county whose deputies answer for the shooting is no town
        # it happened in; the county's town the report puts it in is
        (
            "MISSOULA, Mont. -- A 3-year-old boy was fatally shot Wednesday night. Lake County deputies arrested "
            "Tarno Quillan. The boy was shot at a home in Ronan, the deputies said.",
            "Ronan",
        ),
        # not for a town of the county named in passing
        (
            "MISSOULA, Mont. -- A Lake County man was shot and killed Wednesday night, police said. The man had "
            "moved from Ronan last year.",
            "Missoula",
        ),
    ],
)
def test_a_report_gives_the_town_it_happened_near_or_in(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a state's department is not the force of a small town named after the state elsewhere
        ("A hunter was shot in a field on Sunday, the Iowa Department of Natural Resources said.", None),
        (
            "Two teens wounded in Miami shooting\n\nTwo teens were shot in Miami on Sunday. The girl's mother had "
            "asked the Florida Department of Children and Families for help.",
            "Miami",
        ),
    ],
)
def test_a_states_department_is_no_towns_force(parse, text: str, city: str | None) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # the recogniser calls the town a facility: the object of "in", a noun's modifier
        ("Two men were shot in Compton on Friday night, according to the Los Angeles Sheriff's Department.", "Compton"),
        ("Grandview woman charged after toddler is shot\n\nA 43-year-old Grandview woman was charged on Tuesday.", "Grandview"),
    ],
)
def test_a_town_the_recogniser_calls_a_facility(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a venue named after its town, in a report that names the town's state
        ("Two wounded in church shooting\n\nA man shot two people at the Redmond Community Church on Sunday, Oregon officials said.", "Redmond"),
        ("Officials in Kansas said a gunman killed a man at the Hays First Baptist Church on Sunday.", "Hays"),
    ],
)
def test_a_venue_named_after_its_town(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("text", "admin1", "country"),
    [
        # of the divisions a name denotes the most populous: the state, not a Puerto Rican municipality
        ("A boy was shot and wounded in Florida on Sunday, the Florida Department of Children and Families said.", "Florida", "USA"),
    ],
)
def test_a_divisions_name_is_the_most_populous_divisions(parse, text: str, admin1: str, country: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert (mention.place.city, mention.place.admin1, mention.place.country) == (None, admin1, country)


@pytest.mark.parametrize(
    ("text", "city", "admin1"),
    [
        ("Unknown perpetrators placed a pipe bomb near the campus of the University of California, Riverside, United States.", "Riverside", "California"),
        ("Unknown perpetrators threw a firebomb into the Armory at the University of Illinois, Champaign-Urbana, United States.", "Champaign", "Illinois"),
        ("A student was shot outside a dormitory of the University of Wisconsin-Madison on Monday.", "Madison", "Wisconsin"),
        ("A man was shot near the University of North Carolina at Chapel Hill on Monday.", "Chapel Hill", "North Carolina"),
    ],
    ids=["after a comma", "the first of two towns joined", "after a hyphen", "after 'at', a state of two words"],
)
def test_a_state_universitys_campus_town_places_it(parse, text: str, city: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    # the recogniser takes "the University of California, Riverside" for one name: the town
    # after the state it is named for is its campus's
    place = incident_of(parse, text).place
    assert (place.city, place.admin1, place.country) == (city, admin1, "USA")


def test_a_state_universitys_body_tells_no_campus_town(parse) -> None:  # type: ignore[no-untyped-def]
    place = incident_of(parse, "A man was shot near the University of Illinois Police Station in Chicago on Monday.").place
    assert (place.city, place.admin1) == ("Chicago", "Illinois")


def test_a_part_of_a_state_told_by_its_direction_is_no_town_written_with_its_state(parse) -> None:  # type: ignore[no-untyped-def]
    # a town is called West, in Texas: "West Texas" is a part of the state, not West
    place = incident_of(parse, "A 14-year-old student shot another girl at a high school in West Texas on Thursday.").place
    assert place.city != "West"


@pytest.mark.parametrize(
    ("text", "city", "admin1"),
    [
        # a town the recogniser ran into a building's or a body's name, written with its state
        ("Unknown perpetrators bombed the City Hall of Providence, Rhode Island, United States.", "Providence", "Rhode Island"),
        ("A bomb exploded at the Citizens Bank Building in Norwalk, Ohio, on Tuesday.", "Norwalk", "Ohio"),
        # a name of a division abroad written with the state of a town of that name is the town
        ("Black militants fired into the Police Headquarters of Cairo, Illinois, injuring a police officer.", "Cairo", "Illinois"),
        # or placed in its state right after ("in Florida"), the town closing or opening the name
        ("Unknown perpetrators firebombed a building at the University of Tampa in Florida, United States.", "Tampa", "Florida"),
        ("A pipe bomb exploded in front of the Cleveland Museum of Art in Ohio, United States.", "Cleveland", "Ohio"),
        # but not a hospital's town, where the wounded were taken
        ("A man was shot in Brandon on Sunday and taken to the Tampa General Hospital in Florida.", "Brandon", "Florida"),
        # with no comma between, which the recogniser may read as one name
        ("Two men shot and killed a police officer as he sat in his squad car in Chicago Illinois, United States.", "Chicago", "Illinois"),
    ],
)
def test_a_town_written_with_its_state_is_the_town(parse, text: str, city: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    place = incident_of(parse, text).place
    assert (place.city, place.admin1, place.country) == (city, admin1, "USA")


@pytest.mark.parametrize(
    ("text", "city", "admin1"),
    [
        # a town and a division of its country that hardly outnumbers it: the town
        ("Nationalists placed a bomb at a hotel in San Juan, Puerto Rico, on Sunday.", "San Juan", "San Juan"),
        # a division many times the town's size stays the division ("in Indiana", not Indiana, Pennsylvania)
        ("A man was shot in Indiana on Sunday, police in the United States said.", None, "Indiana"),
    ],
)
def test_a_town_or_the_division_of_its_name_at_home(parse, text: str, city: str | None, admin1: str) -> None:  # type: ignore[no-untyped-def]
    place = incident_of(parse, text).place
    assert (place.city, place.admin1) == (city, admin1)


def test_a_force_named_far_below_in_another_story_does_not_place_the_incident(parse) -> None:  # type: ignore[no-untyped-def]
    filler = " ".join(["The neighborhood held a cookout on Saturday and children played in the park until dark."] * 24)
    text = (
        "Two men were wounded in a shooting in Lilburn on Sunday night.\n\n" + filler + "\n\nIn other news, Macon police said "
        "they arrested a man on Monday. Macon police said he had a warrant. Macon police said he was taken to jail. "
        "Macon police said the case is closed."
    )
    assert city_of(parse, text) == "Lilburn"


def test_a_town_written_with_its_state_is_read_in_that_state(parse) -> None:  # type: ignore[no-untyped-def]
    # the name's reading in the state the report names elsewhere (Victoria, Texas) gives way to the one written beside it
    text = "A man from Austin, Texas, was shot at a party on Pleasant Oak Road in Victoria, Virginia, on Saturday."
    place = incident_of(parse, text).place
    assert (place.city, place.admin1) == ("Victoria", "Virginia")


@pytest.mark.parametrize(
    ("text", "city", "abroad"),
    [
        # a name of a division abroad and of a town of the country whose county's deputies speak is the town
        ("A man was shot in Piedmont on Sunday, Greenville County deputies said.", "Piedmont", "Piemonte"),
        ("A bomb exploded at the Dorchester County Courthouse in Cambridge on Tuesday, the sheriff said.", "Cambridge", "Cambridgeshire"),
        # or where the report names the country outright
        ("A bomb exploded in a car in Bel Air, Maryland, United States. Both men died.", "Bel Air", "Bel Air"),
    ],
)
def test_a_town_at_home_is_no_division_abroad(parse, text: str, city: str, abroad: str) -> None:  # type: ignore[no-untyped-def]
    place = incident_of(parse, text).place
    assert (place.city, place.country) == (city, "USA") and place.admin1 != abroad


def test_a_big_towns_name_names_no_division_it_is_another_name_of(parse) -> None:  # type: ignore[no-untyped-def]
    # "Algiers" is a part of New Orleans here, and at most the city abroad: not the province of
    # Alger, whose country would make its capital the report's town
    text = (
        "The Orleans Parish Coroner has identified a man shot to death on Thursday.\n\n"
        "Leonard Moses, 26, was shot and killed in the 6100 block of Tullis Drive in Algiers. "
        "Another man was also injured, New Orleans police said."
    )
    place = incident_of(parse, text).place
    assert (place.city, place.admin1, place.country) == ("New Orleans", "Louisiana", "USA")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a municipality of Puerto Rico of 22,000 is no division a city of 157,000 elsewhere is read in
        ("Two men were killed in a shooting on Sunrise Street in Salinas on Thursday night, police said.", ("Salinas", "California", "USA")),
        # a division of more people than the town keeps it: "Virginia" is the state
        ("A Virginia man was shot and killed in Richmond on Thursday night, police said.", ("Richmond", "Virginia", "USA")),
    ],
)
def test_a_big_towns_very_name_names_no_division_of_fewer_people(parse, text: str, place: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    found = incident_of(parse, text).place
    assert (found.city, found.admin1, found.country) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a small town's own name written short is its name, not another name read abroad, in a
        # report that names no state
        ("4-year-old shot in St. Augustine\n\nA 4-year-old boy was shot on Tuesday afternoon, deputies said.", ("Saint Augustine", "Florida")),
        ("A man was shot in Mt. Airy on Tuesday night, police said.", ("Mount Airy", "North Carolina")),
        # and a town read under its dateline, written shorter after: not the smaller town of the
        # shorter name, nor the name less a word of direction, which is another place's
        ("FT. LAUDERDALE -- A man was shot in Lauderdale on Tuesday night, police said.", ("Fort Lauderdale", "Florida")),
    ],
)
def test_a_towns_name_written_short_is_its_name(parse, text: str, place: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    found = incident_of(parse, text).place
    assert (found.city, found.admin1) == place


@pytest.mark.parametrize(
    ("written", "spelled"),
    [("st. augustine", "saint augustine"), ("port st. lucie", "port saint lucie"), ("ft myers", "fort myers"), ("main st.", "main st."), ("veltrana", "veltrana")],
)
def test_short_forms_are_spelled_out_but_a_streets_last_word(written: str, spelled: str) -> None:
    assert gazetteer.spelled_out(written) == spelled


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a body's letters heading the report, spelled out in it, are no town's name
        (
            "ALEA: Boy, 4, shot and killed in rural county\n\nA spokesman for the Alabama Law Enforcement Agency (ALEA) "
            "said a boy was shot and killed on Friday.",
            "Aléa",
        ),
        # a woman's name only another name of a small town abroad, in a report that names no state
        ("Two men were shot outside Wanda's Lounge on Friday night, police said.", "Colonia Wanda"),
        # a street's last word, the rest of its name read as another name
        (
            "Investigators said the woman was in a parked car in the 3700 block of Cambridge Street, near South Maryland "
            "Parkway and East Twain Avenue, about 4:30 a.m. Sunday when a gun was accidentally fired inside the vehicle.",
            "Parkway",
        ),
        # a street named without its kind, after "the block of"
        ("A man was shot and killed in the 3700 block of Cambridge early Sunday, police said.", "Cambridge"),
        # a street named without its kind, before "address"
        ("A boy was shot in the head on Friday, police said. His classmate lives at the Addison address.", "Addison"),
        # a complex of homes named like a town
        (
            "Three people were wounded in a shooting today outside an apartment building, authorities said. The shooting "
            "occurred around 12:30 p.m. in the Maple Ridge apartments in the 2100 block of Park Hill Drive.",
            "Maple Ridge",
        ),
        ("A man was shot in the parking lot of the Maple Ridge apartment complex on Tuesday, police said.", "Maple Ridge"),
    ],
)
def test_names_that_are_no_town(parse, text: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) != wrong


@pytest.mark.parametrize(
    ("text", "city", "admin1"),
    [
        # a part of a city named after it, though the city's name is also a division abroad: not a
        # village elsewhere once called so
        ("Five people were shot at a bar in west Charlotte on Sunday morning.", "Charlotte", "North Carolina"),
        # a direction written short, as a headline does
        ("Police are investigating a shooting in E. Toledo that left a man dead.", "Toledo", "Ohio"),
        # the same, read as an organisation's name by the recogniser
        ("Police say two shootings that hurt 4 people in SW Memphis are linked", "Memphis", "Tennessee"),
        # a part of a city called by the city's letters without their dots
        ("Man, 3 girls shot in southeast DC\n\nPolice are searching for the person who shot four people Monday night.", "Washington", "District of Columbia"),
        # a name's first word the recogniser left out is still the name's: Little Havana is a part
        # of Miami, not Havana
        ("A boy was killed in a shooting inside a Little Havana apartment late Wednesday night, Miami police said.", "Miami", "Florida"),
        ("A man was shot and killed on Friday night in Little Havana.", "Little Havana", "Florida"),
        # the city a named part is "of", called by its letters with their dots
        (
            "A shooting Saturday evening in the Gramercy Park neighborhood of South L.A. left several people injured, authorities said.",
            "Los Angeles",
            "California",
        ),
    ],
)
def test_a_part_of_a_city_named_after_it(parse, text: str, city: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert (mention.place.city, mention.place.admin1) == (city, admin1)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a first or last name of someone the report names in full, read alone as a town
        (
            "Girl wounds herself with gun\n\nKansas City police said Teriah Davis, 7, was shot in the stomach. "
            "Police said Teriah's brother found the gun in a bedroom.",
            "Teriah",
        ),
        (
            "Two teens found dead\n\nOfficers found Marcus Reed, 15, and Dana Copeland, 16, shot in a home. "
            "Police said Reed shot and killed Copeland before taking his own life.",
            "Copeland",
        ),
        # a name set beside a word for a person as that person's, whatever the recogniser read it as
        (
            "Lolo double shooting deemed accidental\n\nThe double shooting in January outside of Lolo left a man and woman dead. "
            "Vallier and another man, Bradley Stover, were negotiating the sale of a handgun when Stover fired the gun. "
            "Investigators say a struggle over the gun ensued and Stover was shot. Both Stover and Gilliam died from their wounds.",
            "Stover",
        ),
        # a person's name heading what a person holds: no town of Būsh, Egypt
        ("The Bush administration said on Thursday that a bomb killed two soldiers.", "Būsh"),
    ],
)
def test_a_persons_name_is_no_town(parse, text: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) != wrong


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # the only Ensley the gazetteer knows lies in Florida: on the page of a Birmingham station
        # whose text names Birmingham, it is Birmingham's
        (
            "Birmingham leaders react to death of 4-year-old - WXYZ News - Birmingham, AL\n\n"
            "The mayor spoke on Monday about Saturday's fatal shooting in Ensley.",
            "Birmingham",
        ),
        # a station's page that carries another state's story, not naming the station's town
        ("Boy shot in Ensley - WXYZ News - Birmingham, AL\n\nA boy was shot Saturday in Ensley, Florida, deputies said.", "Ensley"),
    ],
)
def test_a_far_towns_name_on_a_stations_page_is_a_district_of_its_town(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("reports", "city"),
    [
        # one report names only the district, another the city that holds it
        (
            [
                ("A man was shot and killed in West Englewood on Sunday night.", "2017-04-10"),
                ("CHICAGO — A man was shot and killed Sunday night in West Englewood, police said.", "2017-04-10"),
            ],
            "Chicago",
        ),
        # one report heads with the district alone; the other's police hold it as firmly
        (
            [
                ("2 hurt after shooting in Dorchester\n\nTwo men were wounded in a shooting in Dorchester on Sunday night.", "2017-04-10"),
                ("Two Wounded in Dorchester Shooting\n\nBoston police are investigating after two men were shot in Dorchester on Sunday night.", "2017-04-10"),
            ],
            "Boston",
        ),
    ],
)
def test_reports_of_a_district_and_its_city_give_the_city(parse, reports: list[tuple[str, str]], city: str) -> None:  # type: ignore[no-untyped-def]
    assert event_of(parse, reports).place.city == city


def test_reports_of_a_town_and_one_beside_it_of_no_more_than_thrice_its_people_give_the_most_named(parse) -> None:  # type: ignore[no-untyped-def]
    # Miami has twice Hialeah's people: no loose name for it, but a town of its own
    reports = [
        ("A man was shot and killed in Hialeah on Sunday night, police said.", "2017-04-10"),
        ("MIAMI — A man was shot and killed Sunday night, Miami police said.", "2017-04-10"),
        ("A man was shot and killed in Miami on Sunday night.", "2017-04-10"),
    ]
    assert event_of(parse, reports).place.city == "Miami"
    assert event_of(parse, reports[:1]).place.city == "Hialeah"


@pytest.mark.parametrize(
    ("reports", "city", "admin1"),
    [
        # a town of the event's state, not a bigger one of the same name elsewhere
        (
            [
                ("Two people were shot in Clifton on Friday, Colorado deputies said.", "2017-04-10"),
                ("GRAND JUNCTION, Colo. — Two people were shot in Clifton on Friday.", "2017-04-10"),
            ],
            "Clifton",
            "Colorado",
        ),
        # a town the gazetteer does not know in the state the report names (a part of Nashville),
        # not a namesake in a state no report names (Antioch, California)
        (
            [
                (
                    "ANTIOCH, Tenn. (WQQX) — A 7-year-old girl was critically injured after being shot in the face "
                    "when two cars were hit by gunfire on Interstate 24 Saturday night.",
                    "2017-03-12",
                )
            ],
            "Antioch",
            "Tennessee",
        ),
    ],
)
def test_an_events_town_lies_in_its_state(parse, reports: list[tuple[str, str]], city: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    place = event_of(parse, reports).place
    assert (place.city, place.admin1) == (city, admin1)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a town's name the recogniser cut in two
        ("Teen shot in Chula Vista\n\nA man was shot and wounded Wednesday night in Chula Vista, according to Chula Vista police.", "Chula Vista"),
        ("A teenage boy killed his girlfriend inside their North Las Vegas home, prosecutors said Wednesday.", "North Las Vegas"),
    ],
)
def test_a_towns_name_cut_in_two_is_one(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a town the recogniser calls a product, as the object of "in" and as a noun's modifier
        ("Man hospitalized after accidental shooting in Temecula\n\nA Temecula man who was accidentally shot was taken to a hospital on Friday night.", "Temecula"),
        # a town the recogniser calls a date, though its name holds no day or number
        ("Deputies said a boy was shot at a home in Fellsmere on Friday.", "Fellsmere"),
        ("A woman was shot and wounded in Fellsmere.", "Fellsmere"),
    ],
)
def test_a_town_the_recogniser_calls_a_thing(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


def claims_of(parse, text: str) -> list[PlaceClaim]:  # type: ignore[no-untyped-def]
    """The place claims of one report, its sentences of shooting, killing and wounding taken for
    the incident's, as `extract` takes the sentences of its words of violence."""
    doc = parse(text)
    anchors = {t.i for t in doc if t.lemma_ in ("shoot", "kill", "wound")}
    incident = {i for i, s in enumerate(doc.sents) if any(s.start <= a < s.end for a in anchors)}
    return places(doc, incident, set(), anchors)


def weight_of(claims: list[PlaceClaim], value: str) -> float:
    """The heaviest claim of a value."""
    return max((c.weight for c in claims if c.value == value), default=0.0)


def test_a_school_called_again_by_its_first_word_is_no_town(parse) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(
        parse,
        "Jacara Sproaps was shot and killed on Wednesday in St. Louis. She was the principal at Dunbar Elementary School. "
        "She also held positions as a substitute teacher, special education teacher, assistant principal and "
        "administrative intern prior to being named principal at Dunbar.",
    )
    assert weight_of(claims, "Dunbar") == 0.0
    assert weight_of(claims, "St. Louis") > 0


def test_a_hospital_called_again_by_its_name_is_no_town(parse) -> None:  # type: ignore[no-untyped-def]
    # "transferred to Mount Sinai" after "Mount Sinai Hospital" is no Mount Sinai, New York
    text = (
        "The boy, 3, was shot on Saturday and pronounced dead later that night at Mount Sinai Hospital, according to the "
        "medical examiner. His father drove him to Norwegian Hospital before he was transferred to Mount Sinai, police said."
    )
    assert weight_of(claims_of(parse, text), "Mount Sinai") == 0.0
    # the first word of an institution's name alone is its town where one is taken to it
    houston = "A man was shot on Saturday and was flown to Houston, to Houston Methodist Hospital, police said."
    assert weight_of(claims_of(parse, houston), "Houston") > 0
    # a town named so where no institution of its name is: the town
    assert weight_of(claims_of(parse, "A man was shot on Saturday and was later taken to a hospital in Mount Sinai, police said."), "Mount Sinai") > 0


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a town before a person's age, read with the age as a person or left out
        ("Waco 2-year-old in critical condition after shooting\n\nThe boy was shot at a home on Tuesday, police said.", "Waco"),
        ("Abilene 4-year-old hurt in accidental shooting\n\nThe girl was shot in the leg at a home on Tuesday, police said.", "Abilene"),
    ],
)
def test_a_town_before_an_age_is_a_place(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # the town of the person a headline opens with: read as a verb, or run into a longer name
        ("Lansing teen accidentally shoots himself in the face\n\nThe boy was taken to a hospital.", "Lansing"),
        ("Memphis Teen Shot Outside Store\n\nA teen was shot on Friday night, police said.", "Memphis"),
        ("Rock Falls teen shot\n\nA teen was shot on Friday night, police said.", "Rock Falls"),
        # a name's first word read as a verb or an adjective
        ("Broken Arrow teen shot by friend\n\nA teen was shot on Friday night, police said.", "Broken Arrow"),
        # an adjective is no town, nor a force's word
        ("Young man shot in the leg\n\nA man was shot on Friday night.", None),
        ("Police Officer Shot\n\nAn officer was shot on Friday night.", None),
    ],
)
def test_a_headlines_person_of_a_town(parse, text: str, city: str | None) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a sentence that says where "it happened" places the incident, with no word of violence
        ("A retired deputy shot a teenager on Sunday. It happened at a home on Poplar Hill Drive in Ridgeville.", "Ridgeville"),
        ("Two men were shot on Friday night. The incident occurred outside a bar in Marysville.", "Marysville"),
        # or that sends the police to the scene
        ("A boy, 12, was accidentally shot Saturday. Police said they were called to a home on Fitzgerald Road in Jonesboro.", "Jonesboro"),
        ("Two people were wounded overnight. Officers responded to an apartment complex in Sandston about 2 a.m.", "Sandston"),
    ],
)
def test_a_sentence_that_places_the_incident_in_a_town(parse, text: str, town: str) -> None:  # type: ignore[no-untyped-def]
    assert weight_of(claims_of(parse, text), town) >= 2.0


@pytest.mark.parametrize(
    ("text", "town", "placed"),
    [
        # the block or the street a report gives is the scene's, where the police went
        ("Two men were wounded on Sunday. Officers went to a dispute in the 1800 block of Willow Landing Drive in Grayson.", "Grayson", True),
        ("A man was found dead on Thursday. Deputies got a call about a man down in the area of 200 North 300 East in Noblesville.", "Noblesville", True),
        # a crossing of two streets, their street word plural
        ("A boy was shot on Sunday. He was with two friends near 220th and Durango avenues in Buckeye.", "Buckeye", True),
        # but not the street someone lives on, nor a court's
        ("A boy was shot on Sunday. The suspect was last known to live at 41 Elm Street in Shalimar.", "Shalimar", False),
        ("A girl was shot on Sunday. Two men are to be arraigned Saturday in 34th District Court in Romulus.", "Romulus", False),
    ],
)
def test_an_address_places_the_incident_in_its_town(parse, text: str, town: str, placed: bool) -> None:  # type: ignore[no-untyped-def]
    assert (weight_of(claims_of(parse, text), town) >= 2.0) == placed


def test_a_states_department_is_no_force_of_a_town_named_like_the_state(parse) -> None:  # type: ignore[no-untyped-def]
    # Virginia, South Africa is a town of 120,000: its size spared it from giving way to the state
    text = (
        "A 17-year-old shot his friend while hunting in Charlotte County, according to the Virginia Department of "
        "Game and Inland Fisheries."
    )
    claims = claims_of(parse, text)
    assert not any(c.attribute == "city" and c.value == "Virginia" for c in claims)
    assert any(c.attribute == "admin1" and c.value == "Virginia" for c in claims)


def test_a_county_of_one_state_keeps_its_towns_beside_another_towns_force(parse) -> None:  # type: ignore[no-untyped-def]
    # "DeKalb Police" reads as the force of DeKalb, Illinois: Gwinnett County lies in Georgia only
    text = (
        "Gwinnett County police released a timeline of a 20-hour standoff that ended with a man killing his son.\n\n"
        "A call came in at 9:48 p.m. about a domestic dispute in the 1800 block of Beyers Landing Drive in Buford.\n\n"
        "DeKalb Police Swat began slowly relieving Gwinnett Swat and assuming tactical control and negotiations."
    )
    assert weight_of(claims_of(parse, text), "Buford") >= 2.0


def test_a_county_report_gives_the_town_of_its_address(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "HAMILTON COUNTY, Ind. — A Hamilton County man has died after he accidentally shot himself.\n\n"
        "The Hamilton County Sheriff's Office received a call on Thursday about a man down in the area of 200 North "
        "300 East in Noblesville."
    )
    assert city_of(parse, text) == "Noblesville"


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # streets named after a state or a town, at a crossing
        ("A man was shot twice on Monday near Missouri and 16th avenues, officers said.", "Missouri"),
        ("A woman was shot dead early Thursday at Independence and Wabash avenues.", "Wabash"),
        ("A woman was shot dead early Thursday at Independence and Wabash avenues.", "Independence"),
        # the tagger's verb of the plural street word
        ("Officers were called to Independence and Wabash avenues about 5:07 a.m. on a reported disturbance.", "Wabash"),
        # "Law enforcement authorities" are no force of a town called Law
        ("RENO COUNTY — Law enforcement authorities and emergency crews worked a shooting on Monday.", "Law"),
    ],
)
def test_words_around_a_name_that_make_it_no_place(parse, text: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(parse, text)
    assert not any(c.value == wrong and (c.attribute == "admin1" or c.agency or c.weight >= 0.4) for c in claims)


def test_the_city_of_a_town_is_in_the_town(parse) -> None:  # type: ignore[no-untyped-def]
    # "of" alone puts a place away ("east of Wilson"), but not after "the city"
    plain = claims_of(parse, "A teenager was wounded on Saturday. Officers were sent to a house in Wilson.")
    formal = claims_of(parse, "A teenager was wounded on Saturday. Officers were sent to a house in the city of Wilson.")
    assert weight_of(formal, "Wilson") == weight_of(plain, "Wilson") > 0.4


@pytest.mark.parametrize(
    "care",
    [
        "He is in stable condition in a Fargo hospital.",
        "He was flown to Sanford Medical Center in Fargo.",
        "He is in stable condition at a Fargo medical center.",
    ],
)
def test_the_town_of_a_hospital_is_not_the_place(parse, care: str) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(parse, f"A boy was shot at a rural home on Friday. {care}")
    assert weight_of(claims, "Fargo") <= 0.4


def test_a_center_that_is_no_hospital_is_the_place(parse) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(parse, "A boy was shot on Friday. It happened outside a community center in Fargo.")
    assert weight_of(claims, "Fargo") > 0.4


def test_a_headlines_town_is_no_force_of_the_police_opening_the_body(parse) -> None:  # type: ignore[no-untyped-def]
    # the line break ends the headline: "Evanston" is where, "Police" the body's first word
    claims = claims_of(parse, "Four shot in Evanston\n\nPolice are investigating after four people were shot on Monday night.")
    assert [c.agency for c in claims if c.value == "Evanston"] == [False]


def test_a_settlements_formal_name_is_its_name(parse) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, "A girl was shot in the arm on Sunday in the Town of West Sweden, deputies said.") == "West Sweden"


@pytest.mark.parametrize(
    ("text", "town", "admin1"),
    [
        # a name of many towns is read in the state of the dateline's town
        ("PHILADELPHIA (CBS) — A boy was shot in Chester on Monday afternoon.", "Chester", "US.PA"),
        # and in the state the dateline writes, its abbreviation without the period it lost
        ("JACKSON, Tenn — A man was shot in his leg on Tuesday night. Jackson police said it was an accident.", "Jackson", "US.TN"),
        ("JACKSON, Tenn. — A man was shot in his leg on Tuesday night. Jackson police said it was an accident.", "Jackson", "US.TN"),
    ],
)
def test_a_name_of_many_towns_is_read_in_the_datelines_state(parse, text: str, town: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    claim = next(c for c in claims_of(parse, text) if c.value == town)
    assert claim.city is not None and claim.city.admin1_code == admin1


def test_a_town_abroad_weighs_little_in_a_report_from_home(parse) -> None:  # type: ignore[no-untyped-def]
    # a travel box on the page of a station at home, beside its report of a shooting
    text = "Man wounded in shooting - WXYZ Action News - Houston\n\nA man was shot and wounded on Monday night, police said.\n\nFive Must-See Destinations In Marseille"
    assert weight_of(claims_of(parse, text), "Marseille") < 0.3


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a force called by the initials of a town the report names is that town's police
        ("A man was wounded in a shooting in Gert Town on Tuesday, NOPD said. New Orleans has seen three shootings this week.", "New Orleans"),
        ("Two men were shot early Sunday, IMPD said. Indianapolis has seen a rise in shootings.", "Indianapolis"),
        ("A teen was shot on Friday, MPD said. It was the second shooting in Memphis this week.", "Memphis"),
    ],
)
def test_a_forces_initials_name_its_town(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    assert any(c.agency and c.value == city for c in claims_of(parse, text))


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # initials that stand for one big town name it where the report names no town
        ("NOPD: 4 shot in Gert Town fatal shooting\n\nOne of the victims was pronounced dead.", "New Orleans"),
        ("A man, a woman and a boy were shot in the St. Roch neighborhood on Saturday, according to NOPD.", "New Orleans"),
        ("Two men were wounded early Sunday on the West Side, SAPD said.", "San Antonio"),
        # not beside a town the report names, nor where they stand for two towns of a size
        ("Four men were shot on a Brooklyn street on Saturday night, NYPD said.", "Brooklyn"),
        ("Two men were wounded early Sunday on the West Side, SPPD said.", None),
    ],
)
def test_a_forces_initials_alone_name_the_big_town_they_stand_for(parse, text: str, city: str | None) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


def test_initials_stand_for_one_big_town_above_all() -> None:
    towns = gazetteer.initialled_towns()
    assert (towns["NO"].name, towns["SA"].name, towns["NY"].name) == ("New Orleans", "San Antonio", "New York City")
    assert "SP" not in towns  # St. Paul and St. Petersburg
    assert all(t.country == "USA" and t.population >= gazetteer.INITIALLED_MIN_PEOPLE for t in towns.values())


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # "Herrera", a speaker's name, is also a province of Panama: no American state, so the
        # Chicago force still speaks for the Chicago district the dateline names
        ("SOUTH SHORE — Chicago Police are looking for two men who shot four people at a laundromat on Sunday. \"We will find them,\" said Herrera.", "Chicago"),
    ],
)
def test_a_division_abroad_says_nothing_of_the_reports_state(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a street is no town, whole or with its last word left out by the recogniser
        ("A man was shot and killed Friday on Benefield Circle, the Bartow County sheriff said.", "Bartow County"),
        ("A girl, 10, was killed inside a home on West Chestnut Street on Sunday.", None),
    ],
)
def test_a_street_is_no_town(parse, text: str, city: str | None) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a town named with its state, though the recogniser left the town's name out
        ("Hope, AR teen hurt in hunting accident", "Hope"),
        ("A Hope, Ark., teen was hurt in a hunting accident on Saturday.", "Hope"),
        ("Opelika, AL man shot dead outside store", "Opelika"),
    ],
)
def test_a_town_named_with_its_state(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a state many times the size of a town abroad of its name is the state
        ("A Virginia girl was shot in the chest with a BB gun on Friday.", "Virginia"),
        ("A hunter was shot in the leg on Saturday, the Vermont Department of Fish and Wildlife said.", "Vermont"),
    ],
)
def test_a_states_name_is_no_town_abroad(parse, text: str, state: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(c.attribute == "city" and c.value == state for c in claims_of(parse, text))


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        # a name that qualifies a vehicle's noun is its maker's, not a town's
        ("A man in a black Ford sedan pulled up and started shooting on Monday.", "Ford"),
        ("The gunman fired from a silver Ford pickup at a home on Elm Street, killing a man.", "Ford"),
    ],
)
def test_a_vehicles_maker_is_no_town(parse, text: str, maker: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(c.value == maker for c in claims_of(parse, text))


@pytest.mark.parametrize(
    "text",
    [
        # a force named after a state is no force of a town that is called so only as its other name
        "Two men were wounded at a park in Springdale, Maryland on Friday. The Prince George's County Police Department and the Maryland-National Capital Park Police Department are investigating.",
    ],
)
def test_a_force_named_after_a_state_is_no_towns(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(c.agency for c in claims_of(parse, text))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the parser hangs a town the recogniser misread on the weekday after it
        ("A boy accidentally shot himself in the finger at a home in Arab Tuesday.", "Arab"),
        ("A girl was wounded at a party in Arab Saturday, police said.", "Arab"),
    ],
)
def test_a_town_before_a_weekday_is_the_place(parse, text: str, town: str) -> None:  # type: ignore[no-untyped-def]
    assert weight_of(claims_of(parse, text), town) >= 2.0


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # where a person lives or comes from, not where the incident happened
        ("A woman was shot in the leg on Main Street. The gunman, a 19-year-old Clifton resident, was arrested later.", "Clifton"),
        ("Two men were shot dead outside a bar on Friday; the suspect, a Dayton native, fled.", "Dayton"),
    ],
)
def test_a_persons_home_town_is_not_the_place(parse, text: str, town: str) -> None:  # type: ignore[no-untyped-def]
    assert weight_of(claims_of(parse, text), town) <= 0.4


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a county whose biggest town is a big city: the report's addresses are that city's
        ("HARRIS COUNTY, Texas — A man was shot and killed outside a home in northwest Harris County on Friday, deputies said.", "Houston"),
        ("A woman was wounded in a shooting in Wake County on Tuesday, deputies said.", "Raleigh"),
        # a county whose people are spread over many small towns has none to stand for it, and
        # "unincorporated" says no town; one whose town holds most of its people is that town's
        ("A hunter was shot in Horry County, South Carolina, on Sunday, deputies said.", "Horry County"),
        ("A hunter was shot in Navarro County, Texas, on Sunday, deputies said.", "Corsicana"),
        ("A man was shot in unincorporated Harris County, Texas, on Friday, deputies said.", "Harris County"),
        # a county's name borne in many states, with none named: no one city
        ("A boy was shot in Orange County on Sunday, deputies said.", "Orange County"),
    ],
)
def test_a_county_named_alone_is_its_citys(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("county", "states", "city"),
    [
        ("Harris County", ["US.TX"], "Houston"),
        ("southeast Harris County's", ["US.TX"], "Houston"),
        ("Harris County", ["US.GA"], None),
        ("Harris County", [], None),  # Texas's and Georgia's
        ("Marion County", ["US.MS", "US.IN"], None),  # the report's own state first
        # a compass word of the parish's very name is no part of it ("East Baton Rouge Parish")
        ("East Baton Rouge Parish", ["US.LA"], "Baton Rouge"),
        # a smaller county's town that holds most of its towns' people; not one of many
        ("Navarro County", ["US.TX"], "Corsicana"),
        ("Smith County", ["US.TX"], "Tyler"),
        ("Horry County", ["US.SC"], None),
        ("Ocean County", ["US.NJ"], None),
        # a county whose towns the gazetteer does not list gives no share: Simcoe County is not Barrie's
        ("Simcoe County", ["CA.08"], None),
    ],
)
def test_the_city_of_a_county(county: str, states: list[str], city: str | None) -> None:
    found = county_city(county, states)
    assert (found.name if found else None) == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a county named in full is the short name's, not a town of that name in another state
        ("A man shot himself during a standoff with Putnam sheriff's deputies on Sunday. The Putnam County Sheriff's Office said he would survive.", "Putnam County"),
        ("LEWIS, Ky. — Lewis County deputies say a man was shot in the arm at a home in Vanceburg on Saturday.", "Vanceburg"),
        # but a city beside the county of its name stays the city
        ("A teen was shot in Baltimore on Friday night, and Baltimore County police are helping the city's detectives.", "Baltimore"),
    ],
)
def test_a_countys_short_name_is_the_county(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("text", "city", "admin1"),
    [
        # a village of 500 to 1,000 people is a town the gazetteer knows, with its state
        ("A farmer was wounded when a rifle went off in his truck in Goessel on Monday, deputies said.", "Goessel", "Kansas"),
    ],
)
def test_a_small_us_village_is_a_known_town(parse, text: str, city: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    place = incident_of(parse, text).place
    assert (place.city, place.admin1) == (city, admin1)


@pytest.mark.parametrize(
    ("url", "text", "city"),
    [
        # a paper called after its town, kept by an archive: the report names no town of its own
        (
            "http://web.archive.org/web/20160101000000/http://www.toledochronicle.com:80/news/crime/article123.html",
            "Two men were shot outside a corner store on Friday night, police said.", "Toledo",
        ),
        # a station's call letters and its town after them
        ("http://www.wkrx9fresno.com/story/12345/man-shot", "A man was shot in the leg early Sunday, police said.", "Fresno"),
        # a site's section kept by town
        ("http://www.wxyz.com/news/local/dayton/teen-shot-1234", "A teenager was shot while walking home on Tuesday.", "Dayton"),
        # the story's words in the address, where the page kept no headline
        ("http://www.wxyz.com/story/2291/two-hurt-in-fort-wayne-shooting", "Two men were hurt late Friday, police said.", "Fort Wayne"),
        # or before a word for the town's people
        ("http://www.wxyz.com/story/2291/kenosha-teen-found-shot", "A 16-year-old was found shot in a car late Friday, police said.", "Kenosha"),
        # or its police; the words before the page's number
        ("http://www.wxyz.com/article/milwaukee-police-called-to-report-of-shooting/9243522", "A 16-year-old boy was shot Thursday, police said.",
         "Milwaukee"),
        # the report's own town outweighs its outlet's
        ("http://www.toledochronicle.com/news/crime/article123.html", "A man was shot in Sandusky on Friday night, police said.", "Sandusky"),
        # a state's site names no town, nor does an outlet's town in another state than the report's
        ("http://www.ohio.com/news/local/article123.html", "A man was shot on Friday night, police said.", None),
        ("http://www.toledochronicle.com/news/article123.html", "A man was shot on Friday night in rural Indiana, state police said.", None),
    ],
)
def test_a_reports_address_names_its_outlets_town(parse, url: str, text: str, city: str | None) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), dataclasses.replace(article_of(text), url=url))
    assert mention is not None
    assert mention.place.city == city
    # a town read from the address quotes none of the text, and says where it came from
    claim = next((c for c in mention.claims if c.attribute == "city"), None)
    if claim is not None:
        from_address = (claim.start, claim.end, claim.quote, claim.qualifier) == (0, 0, "", "web address")
        assert from_address == (city is not None and city.casefold() not in text.casefold())


@pytest.mark.parametrize(
    ("url", "text", "city", "admin1"),
    [
        # a name read only as a small town far from the big city a site is named after is a part
        # of that city: Westport of Kansas City, not of Connecticut
        ("http://www.kansascity.com/news/local/crime/article30545697.html", "Four shot during gunbattle near Westport Sunday morning",
         "Kansas City", "Missouri"),
        ("http://www.fox13memphis.com/news/child-shooting/179838380", "A child was shot in Parkway Village on Friday, police said.",
         "Memphis", "Tennessee"),
        # a town of that name near the site's city is the one: the hamlet of Arizona, not the town of Nevada
        ("http://www.fox10phoenix.com/news/arizona-news/39127092-story", "Tonopah teen accidently shoots himself with home-made gun",
         "Tonopah", "Arizona"),
        # a town within the site's reach, or a big town anywhere, stays itself
        ("http://www.kansascity.com/news/local/crime/article1.html", "A man was shot in Blue Springs on Sunday, police said.", "Blue Springs", "Missouri"),
        ("http://www.kansascity.com/news/nation/article2.html", "Two men were shot in Seattle on Sunday, police said.", "Seattle", "Washington"),
        # a town written with its state stays itself wherever the site stands
        ("http://www.kansascity.com/news/nation/article3.html", "A man was shot in Westport, Connecticut, on Sunday, police said.",
         "Westport", "Connecticut"),
    ],
)
def test_a_far_small_town_on_a_big_citys_site_is_a_part_of_that_city(parse, url: str, text: str, city: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), dataclasses.replace(article_of(text), url=url))
    assert mention is not None
    assert (mention.place.city, mention.place.admin1) == (city, admin1)


def test_a_sites_town_is_read_from_its_host_with_the_state_after_it() -> None:
    # "miamiok.com" is the paper of Miami, Oklahoma; the story's words are no site's home
    assert [(c.name, c.admin1_code) for c in host_towns("http://web.archive.org/web/2017/http://www.miamiok.com/news/quapaw-man", set(), set())] == [
        ("Miami", "US.OK")
    ]
    assert [c.name for c in host_towns("http://www.kansascity.com/news/article1.html", set(), set())] == ["Kansas City"]
    assert host_towns("http://www.nydailynews.com/news/national/atlanta-man-accidentally-shot-killed-brother-hunting-article-1", set(), set()) == []
    assert host_towns(None, set(), set()) == []


@pytest.mark.parametrize(
    ("url", "town"),
    [
        # a site of no country's domain, or of the United States', is of the American town of its
        # name, where one is big enough to have an outlet: Athens, Georgia, not Greece's capital
        ("http://www.athensbanner.com/news/local/man-shot", ("Athens", "US.GA")),
        ("http://www.readingdaily.org/crime/1234", ("Reading", "US.PA")),
        # a country's domain names that country's town
        ("http://www.readingchronicle.co.uk/news/1234", ("Reading", "GB.ENG")),
        # and where no American town of the name is big enough, the biggest anywhere
        ("http://www.torontodaily.com/news/1234", ("Toronto", "CA.08")),
    ],
)
def test_a_sites_town_is_read_in_the_country_of_its_domain(url: str, town: tuple[str, str]) -> None:
    assert [(c.name, c.admin1_code) for c in host_towns(url, set(), set())][:1] == [town]


@pytest.mark.parametrize(
    ("site", "state"),
    [
        ("delawaredaily.example.com", "Delaware"),  # not Delaware, Ohio, a small town
        ("thecentralillinoistimes.example.com", "Illinois"),
        ("westvirginiadaily.example.com", "West Virginia"),  # the longest state's name, not Virginia
        ("kansascitydaily.example.com", None),  # a longer town's name holds the state's
        ("washingtondaily.example.com", None),  # the capital's name too
        ("newyorkdaily.example.com", None),  # New York City's
        ("example-herald.com", None),
        (None, None),
    ],
)
def test_a_sites_state_is_read_from_its_host(site: str | None, state: str | None) -> None:
    found = host_state(site)
    assert (found.name if found else None) == state


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a part of a town named before the town, in a state's place
        ("CANARSIE, Brooklyn — A man was shot on a stoop late Friday, police said.", "Brooklyn"),
        ("FLATBUSH, Brooklyn — Two teenagers were wounded outside a deli on Sunday, police said.", "Brooklyn"),
        # a state or a county after the town is no town of its own
        ("DAYTON, Ohio — A man was shot outside a bar on Saturday night, police said.", "Dayton"),
        ("GREENVILLE, Pitt County — A woman was shot in her driveway on Monday, deputies said.", "Greenville"),
    ],
)
def test_a_dateline_names_a_part_of_a_town_before_the_town(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("text", "city", "admin1"),
    [
        # a name of many towns is the one in the county the report names, even a country's name
        ("A man was shot dead in Jackson on Sunday night, the Butts County coroner said.", "Jackson", "Georgia"),
        ("Two teenagers were wounded in a shooting in Columbus late Friday, Muscogee County deputies said.", "Columbus", "Georgia"),
        ("A woman was shot in Lebanon on Tuesday, and Boone County deputies are looking for her husband.", "Lebanon", "Indiana"),
        ("A girl from White County was shot inside her home in Crossville on Monday, police said.", "Crossville", "Illinois"),
        # but not a county named as where the family is from, and no more
        ("A boy was shot in a parked car in Crossville on Monday afternoon, police say. The family is from White County.",
         "Crossville", "Tennessee"),
    ],
)
def test_a_town_of_many_is_the_one_in_the_county_named(parse, text: str, city: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    place = incident_of(parse, text).place
    assert (place.city, place.admin1) == (city, admin1)


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # a small town of many is the one beside the other towns the report names
        ("A woman was fatally shot in a hunting accident in Caledonia on Sunday, the sheriff said. "
         "The shooter, a 50-year-old man of Rochester, has been identified.", "New York"),
        ("A woman was fatally shot in a hunting accident in Caledonia on Sunday, the sheriff said. "
         "The shooter, a 50-year-old man of Racine, has been identified.", "Wisconsin"),
        # a big town keeps its reading
        ("A man was shot in Columbus on Friday night, police said. His brother, of Springfield, was not hurt.", "Ohio"),
        # and a town read abroad moves none at home
        ("A boy was shot in Greenfield on Friday, police said. The shooter, a man from Northampton, was arrested.", "Wisconsin"),
    ],
)
def test_a_town_of_many_is_the_one_beside_the_reports_other_towns(parse, text: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text).place.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "city", "admin1"),
    [
        # a small town read outside the one state of the counties the report names is a town of
        # that state the gazetteer does not know
        ("A 5-year-old boy was shot in Lewiston on Saturday, the Bertie County Sheriff's Office said.", "Lewiston", "North Carolina"),
        # or the town of that state the name reaches by another of its names
        ("Four people were found shot dead in a Greenacres home on Saturday, Palm Beach County deputies said.",
         "Greenacres City", "Florida"),
        # a town written with its state stays itself
        ("A 5-year-old boy was shot in Lewiston, Maine, on Saturday, the Bertie County Sheriff's Office said.", "Lewiston", "Maine"),
    ],
)
def test_a_small_town_is_of_the_state_of_the_counties_named(parse, text: str, city: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    place = incident_of(parse, text).place
    assert (place.city, place.admin1) == (city, admin1)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a town beside one of like size is no district of it, though a suspect lives there
        ("A man was shot in Hoffman Estates on Friday night, and a 19-year-old Schaumburg resident was charged, police said.", "Hoffman Estates"),
    ],
)
def test_a_town_is_no_district_of_its_like_sized_neighbour(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("text", "city", "admin1"),
    [
        # letters without their dots stand for the city they stand for with them, where the
        # division they also name is the city's own
        ("Three men were wounded in a drive-by shooting late Monday, DC police said.", "Washington", "District of Columbia"),
    ],
)
def test_a_citys_letters_without_dots_are_the_city(parse, text: str, city: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    place = incident_of(parse, text).place
    assert (place.city, place.admin1) == (city, admin1)


@pytest.mark.parametrize(
    "text",
    [
        # but letters that name a state stay the state: "LA" is Louisiana, whatever "L.A." is
        "Two men were shot in a parking lot in Monroe, LA on Friday, police said.",
    ],
)
def test_a_states_letters_are_no_city(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    place = incident_of(parse, text).place
    assert (place.city, place.admin1) == ("Monroe", "Louisiana")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a given name with a capital after its apostrophe, in a possessive, is a person's
        ("A 9-year-old girl was killed by a stray bullet on Monday. After the hearing, De’Asia’s grandmother said the family wanted justice.", "De’Asia"),
    ],
)
def test_a_given_names_possessive_is_no_town(parse, text: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) != wrong


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a short name read as a town of another state is a county of the report's own state
        ("A man was wounded at a home in Cherokee on Friday night and was flown to a hospital in Marietta, Georgia.", "Cherokee County"),
        ("Chatham police said a woman was shot outside a store on Monday. She lives in Pooler.", "Chatham County"),
        # but a dateline that names the town's own state keeps the town
        ("LINCOLN, Neb. — A man was shot outside a bar on Saturday, and a suspect from Omaha was arrested.", "Lincoln"),
    ],
)
def test_a_town_of_another_state_is_a_county_of_the_reports(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # the recogniser finds no name in "The Greene County Sheriff's Office": the county is read
        # from the words before "County", which name a county in some state
        ("The Greene County Sheriff's Office is charging the uncle of a two year old boy shot in what they call an accident.", "Greene County"),
        ("A woman was shot in the arm on Sunday, and the Greene County Sheriff's Office is investigating.", "Greene County"),
        # "Contra" an organisation, "Costa County" a place: only the whole names a county
        ("The Contra Costa County Sheriff's Office says the shooting appears to be accidental.", "Contra Costa County"),
        ("A man was shot on Friday, the Contra Costa County Sheriff's Office said.", "Contra Costa County"),
        # the county and its force taken as one organisation
        ("A girl was shot and killed at an apartment on Thursday night, the Richland County Sheriff's Department said.", "Richland County"),
    ],
)
def test_a_county_the_recogniser_cut_or_left_out(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # "of" puts a place away ("a victim of Fargo"), but here it holds the shooting, which the
        # county's name qualifies: the county is the shooting's place, not the hospital's town
        ("Man identified as victim of accidental Wilkin County shooting\n\nThe man was in stable condition on Tuesday at a "
         "medical center in Fargo, the sheriff's office said.", "Wilkin County"),
    ],
)
def test_a_place_that_qualifies_the_deed_is_the_deeds(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("text", "country", "not_country"),
    [
        # a name of a country and of a state is the state in a report from that state's country
        ("BRUNSWICK, Ga. — A man was shot dead on Sunday. Shootings in Georgia rose last year, deputies said.", "USA", "GEO"),
        ("A man was shot dead in Alabama on Sunday. His killer fled to Georgia, deputies said.", "USA", "GEO"),
        # or that names a county only American states have
        ("Deputies with the Glynn County Sheriff's Office said a man was shot dead on Sunday in Georgia.", "USA", "GEO"),
        # or whose sheriff speaks: the Caucasian country has none
        ("Sheriff: Gambling dispute led to 10 people shot at Georgia bar", "USA", "GEO"),
        # and the country elsewhere, though the report names the other country
        ("Two men were shot dead in Georgia on Sunday, Tbilisi said.", "GEO", "USA"),
        ("Two men were shot dead in Georgia on Sunday. The United States condemned the killings.", "GEO", None),
    ],
)
def test_a_name_of_a_country_and_a_state_is_read_in_the_reports_country(  # type: ignore[no-untyped-def]
    parse, text: str, country: str, not_country: str | None
) -> None:
    countries = {c.value for c in claims_of(parse, text) if c.attribute == "country" and c.weight >= 0.1}
    assert country in countries and not_country not in countries


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a sheriff's report stands in the United States: its town of that very name is at home
        ("A man was shot dead in Birmingham on Sunday, the Jefferson County Sheriff's Office said.", "Birmingham", "USA"),
        # and one the gazetteer knows only abroad is a town it does not know
        ("A girl was shot dead in Pinetown on Sunday, the Beaufort County Sheriff's Office said.", "Pinetown", None),
        # a report that names the country abroad keeps its town there
        ("A man was shot dead in Birmingham, England on Sunday. The sheriff of the county spoke.", "Birmingham", "GBR"),
    ],
)
def test_a_sheriffs_report_reads_its_towns_at_home(parse, text: str, name: str, country: str | None) -> None:  # type: ignore[no-untyped-def]
    towns = [c for c in claims_of(parse, text) if c.attribute == "city" and c.value == name]
    assert towns and all((c.city.country if c.city else None) == country for c in towns)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town the gazetteer does not know, beside a county of one state
        (
            "VELTRANA VALLEY - A woman was killed Friday in what is investigated as an accidental shooting in the "
            "unincorporated community of Veltrana Valley, according to the Riverside County Sheriff's Department.",
            ("Veltrana Valley", "California"),
        ),
        # and one the gazetteer knows only abroad, beside towns of one state
        (
            "Pinetown Man Shoots Himself While Unloading Gun\n\nThe Brookings County Sheriff's Department confirmed a "
            "shooting in a small town southwest of Brookings. On Tuesday in the 300 block of 4th Street, Pinetown a "
            "man was unloading a handgun that fired. He was airlifted to a hospital in Sioux Falls. The Pinetown Fire "
            "Department also responded.",
            ("Pinetown", "South Dakota"),
        ),
        # but not where the report's places lie in two states
        (
            "VELTRANA VALLEY - A woman was killed Friday in the unincorporated community of Veltrana Valley, "
            "according to the Riverside County Sheriff's Department. Her husband was at work in Reno that day.",
            ("Veltrana Valley", None),
        ),
    ],
)
def test_a_town_the_gazetteer_does_not_know_stands_in_the_one_state_of_the_reports_places(parse, text: str, place: tuple[str, str | None]) -> None:  # type: ignore[no-untyped-def]
    event = event_of(parse, [(text, "2016-06-04")])
    assert (event.place.city, event.place.admin1) == place


def test_a_town_the_gazetteer_knows_only_abroad_leaves_the_event_in_its_own_country(parse) -> None:  # type: ignore[no-untyped-def]
    event = event_of(parse, [("A 19-year-old was shot at a ranch in Ballarat, Missouri on Saturday night.", "2016-10-17")])
    assert (event.place.city, event.place.admin1, event.place.country, event.place.lat) == ("Ballarat", "Missouri", "USA", None)
    # a hamlet of that name in the state, known from the Postal Service, is placed where it lies
    event = event_of(parse, [("A 19-year-old was shot at a ranch in Caulfield, Missouri on Saturday night.", "2016-10-17")])
    assert (event.place.city, event.place.admin1, event.place.country) == ("Caulfield", "Missouri", "USA")
    assert event.place.lat is not None and abs(event.place.lat - 36.6) < 0.5


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a town named with its state is read in it, or as a town the gazetteer does not know
        ("A man was shot at a ranch in Ballarat, Missouri on Saturday.", "Ballarat", None),
        ("A man was shot at a ranch in Caulfield, Missouri on Saturday.", "Caulfield", "USA"),
        ("A man was shot in Paris, Texas on Saturday.", "Paris", "USA"),
        # a name of a state and of a country may be either
        ("Two men were shot dead in Tbilisi, Georgia on Sunday.", "Tbilisi", "GEO"),
    ],
)
def test_a_town_named_with_its_state_is_read_in_it(parse, text: str, name: str, country: str | None) -> None:  # type: ignore[no-untyped-def]
    towns = [c for c in claims_of(parse, text) if c.attribute == "city" and c.value == name]
    assert towns and all((c.city.country if c.city else None) == country for c in towns)


@pytest.mark.parametrize("name", ["Maryland", "Twain"])
def test_a_crossing_of_names_the_report_gives_streets_is_no_place(parse, name: str) -> None:  # type: ignore[no-untyped-def]
    # "near Twain and Maryland" is the crossing of East Twain Avenue and South Maryland Parkway
    claims = claims_of(
        parse,
        "Woman dies after being shot inside a vehicle near Twain and Maryland\n\n"
        "A woman was shot inside a vehicle about 4:30 a.m. today in the 3700 block of Cambridge Street, near "
        "East Twain Avenue and just west of South Maryland Parkway, according to Metro.",
    )
    assert weight_of(claims, name) == 0.0


@pytest.mark.parametrize(
    ("text", "name", "street"),
    [
        # a town's name crossed with a word that names no place: a crossing of streets
        ("The shooting was reported around 2:30 p.m. in the 4200 block of Studio Street, near Craig and Veltrana.", "Craig", True),
        ("A man was found shot Sunday at the corner of Fifth and Vallejo, police said.", "Vallejo", True),
        # both words name towns: no crossing, whatever stands before them
        ("Deputies searched the ranches near Craig and Meeker after a hunter was shot on Sunday.", "Craig", False),
    ],
)
def test_a_town_crossed_with_a_word_of_no_place_is_a_street(parse, text: str, name: str, street: bool) -> None:  # type: ignore[no-untyped-def]
    assert (weight_of(claims_of(parse, text), name) == 0.0) == street


def test_a_hamlet_only_the_postal_service_names_is_kept_apart_from_the_towns() -> None:
    """GeoNames lacks Cedar Hill, Tennessee (a few hundred people); the Postal Service names a ZIP
    code's city so. It is a hamlet of its state and county, never one of `cities`: a hamlet's
    name is as often a person's or a word's."""
    assert not any(c.admin1_code == "US.TN" for c in gazetteer.cities("Cedar Hill"))
    [hamlet] = gazetteer.hamlets("Cedar Hill", ["US.TN"])
    assert (hamlet.name, hamlet.country, hamlet.population) == ("Cedar Hill", "USA", 0)
    assert gazetteer.in_county(hamlet, "Robertson County")
    assert gazetteer.town_named("Cedar Hill", "USA", "Tennessee") == hamlet
    assert not gazetteer.hamlets("Cedar Hill", ["US.MO"])  # GeoNames' own Cedar Hill of Missouri
    assert gazetteer.hamlets("McKees Rocks") == []  # "Mc Kees Rocks" to the Postal Service: GeoNames' town


@pytest.mark.parametrize(
    ("text", "city", "admin1"),
    [
        # in a report that names its state
        (
            "A man was shot and killed Sunday in Cedar Hill, Tennessee, deputies said. The Robertson County "
            "Sheriff's Office said the shooting happened at a home in Cedar Hill.",
            "Cedar Hill",
            "Tennessee",
        ),
        # or its county, of whatever state
        ("A man was shot and killed in Iaeger, deputies with the McDowell County Sheriff's Office said.", "Iaeger", "West Virginia"),
        (
            "Deputies with the Lawrence County Sheriff's Office said a 7-year-old boy was shot and killed in Lowmansville on Sunday.",
            "Lowmansville",
            "Kentucky",
        ),
    ],
)
def test_a_hamlet_of_a_state_or_county_the_report_names(parse, text: str, city: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    place = incident_of(parse, text).place
    assert (place.city, place.admin1) == (city, admin1)


def test_a_hamlet_named_as_a_modifier_in_a_report_that_names_its_state(parse) -> None:  # type: ignore[no-untyped-def]
    # "Iaeger murder investigation": a name the recogniser leaves out, read as a town's where the
    # gazetteer knows one, a hamlet's only in a state the report names
    text = (
        "Victim identified in Iaeger murder investigation\n\nA man was shot and killed Sunday morning in "
        "McDowell County, West Virginia, deputies said."
    )
    place = incident_of(parse, text).place
    assert (place.city, place.admin1) == ("Iaeger", "West Virginia")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a hamlet of the state is read as a town only where something happens in it
        (
            "Rockdale County deputies said Jeffrey Scott Pitts shot up a Conyers, Georgia liquor store. The store's owner "
            "returned fire from the back of the store at Pitts, saving the lives of those inside.",
            "Pitts",
        ),
        (
            "ST. LOUIS, Mo. — A toddler was shot and killed in the 7700 block of Utica Drive. Police are asking anyone "
            "with information on the deadly shooting on Utica to call Crimestoppers.",
            "Utica",
        ),
        # nor where it is a part of another name
        ("KENTWOOD, Mich. — Officers responded to a shooting at a home in Bailey's Grove around 2:40 p.m.", "Bailey"),
    ],
)
def test_a_hamlets_name_not_placing_the_incident_in_it(parse, text: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) != wrong
    assert not [c for c in claims_of(parse, text) if c.value == wrong and c.city is not None]


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # a county of Missouri and Indiana, with a Missouri town named beside it: not the state the
        # family meant to go to
        (
            "A mother and her two children were found dead in their rural Ripley County home near the Fairdealing "
            "area on Thursday, deputies said. The family was getting ready to head to Arkansas.",
            "Missouri",
        ),
        # a state named that has a county of that name
        ("A hunter was shot in rural Ripley County on Sunday, deputies said. He lived in Indiana.", "Indiana"),
        # nothing to say which state's: the state named stands
        (
            "A mother and her two children were found dead in their rural Ripley County home on Thursday, deputies "
            "said. The family was getting ready to head to Arkansas.",
            "Arkansas",
        ),
    ],
)
def test_a_county_named_alone_lies_in_a_state_with_a_county_of_that_name(parse, text: str, admin1: str) -> None:  # type: ignore[no-untyped-def]
    place = incident_of(parse, text).place
    assert (place.city, place.admin1) == ("Ripley County", admin1)


@pytest.mark.parametrize(
    ("text", "admin1", "country"),
    [
        # a county of one state's alone says its state, as a town of one name does
        ("A hunter was shot in Allamakee County on Sunday, deputies said.", "Iowa", "USA"),
        ("A man was wounded in a shooting in rural Nez Perce County on Thursday evening.", "Idaho", "USA"),
        # a county of five states' says none of them
        ("A boy was shot in Campbell County on Sunday, deputies said.", None, None),
    ],
)
def test_a_county_of_one_states_alone_gives_its_state(parse, text: str, admin1: str | None, country: str | None) -> None:  # type: ignore[no-untyped-def]
    place = incident_of(parse, text).place
    assert (place.admin1, place.country) == (admin1, country)


@pytest.mark.parametrize(
    ("weights", "admin1"),
    [
        # the reports settle on a state with no Greenville County: the one claimed that has it
        ({"Alabama": [1.0, 1.0], "South Carolina": [0.06]}, "South Carolina"),
        # no state claimed has one: the reports' state stands
        ({"Alabama": [1.0]}, "Alabama"),
    ],
)
def test_an_events_county_lies_in_a_state_with_a_county_of_that_name(weights: dict[str, list[float]], admin1: str) -> None:
    claims = [Claim("city", "Greenville County", "a", 0, 17, "GREENVILLE COUNTY")]
    claims += [Claim("admin1", state, f"r{i}", 0, 4, "x", confidence=w) for state, ws in weights.items() for i, w in enumerate(ws)]
    event = Event("e", "incident", "shooting", None, None, None, None, None, Place(), ["a"], claims)
    assert reconcile(event).place.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # the town where the dead are examined is a regional office's, not the incident's
        (
            "Three children and a woman were found dead in a home on Thursday, the Potter County Sheriff's Office "
            "said. The cause of death will be determined by autopsies, which will be performed in Lubbock Friday morning.",
            "Amarillo",
        ),
        (
            "A man was found shot dead in a car outside a home in Paw Paw on Sunday, deputies said. An autopsy will be "
            "conducted on Friday morning in Kalamazoo.",
            "Paw Paw",
        ),
    ],
)
def test_the_town_of_an_autopsy_is_no_scene(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    assert city_of(parse, text) == city


@pytest.mark.parametrize(
    ("text", "city", "admin1"),
    [
        # a hamlet the Postal Service alone knows, put beside the scene, places it in a county's report
        ("A man was shot in Clay County on Friday night. The shooting happened on a farm just south of Lizemores, deputies said.", "Lizemores", "West Virginia"),
        # a hamlet the recogniser leaves out, in the state of the only county of its name the report names
        ("The Wilkin County Sheriff's Office said a man was shot in rural Foxhome on Wednesday morning.", "Foxhome", "Minnesota"),
        # not a hamlet's name after a word that puts nothing beside it
        ("A shooting has been reported in Clay County late Friday night. Deputies said Lizemores was not hurt.", "Clay County", None),
    ],
)
def test_a_hamlet_the_scene_is_beside_places_a_countys_report(parse, text: str, city: str, admin1: str | None) -> None:  # type: ignore[no-untyped-def]
    place = incident_of(parse, text).place
    assert (place.city, place.admin1) == (city, admin1)


@pytest.mark.parametrize(
    ("state", "county", "holds"),
    [
        ("Missouri", "Ripley County", True),
        ("Indiana", "Ripley County", True),
        ("Arkansas", "Ripley County", False),
        ("Iowa", "Allamakee County", True),
        # a county the gazetteer knows nowhere is held by no state
        ("Texas", "Nowhere County", False),
    ],
)
def test_the_states_that_hold_a_county_of_a_name(state: str, county: str, holds: bool) -> None:
    assert gazetteer.holds_county(state, county) is holds
    assert (gazetteer.divisions(state)[0].code in gazetteer.county_states(county)) is holds


def test_a_town_of_another_state_gives_way_to_the_state_the_report_puts_the_incident_in(parse) -> None:  # type: ignore[no-untyped-def]
    # the state told twice of the incident, the hospital's town of another state once
    text = (
        "Deputies: boy, 8, accidentally shot in Tennessee woods\n\nAn 8-year-old boy was accidentally shot by "
        "a friend in some Tennessee woods on Tuesday, deputies said. The boy was taken to a hospital in "
        "Asheville, N.C. Sevier County deputies said the boys found the gun under a log."
    )
    place = incident_of(parse, text).place
    assert (place.city, place.admin1) == ("Sevier County", "Tennessee")


def test_a_state_named_once_leaves_the_town_of_another_state_be() -> None:
    # "shot while driving in Milwaukee", told lightly, and "Last month in Florida, a woman was shot": another incident's state
    milwaukee = gazetteer.town_named("Milwaukee", "USA", "Wisconsin")
    park = gazetteer.town_named("Washington Park", "USA", "Florida")
    claims = [
        PlaceClaim("city", "Milwaukee", 0, 9, 0.9, milwaukee),
        PlaceClaim("city", "Washington Park", 20, 35, 0.4, park),
        PlaceClaim("admin1", "Florida", 50, 57, 3.0),
    ]
    chosen = best_place(claims)
    assert (chosen["city"].value, chosen["admin1"].value) == ("Milwaukee", "Wisconsin")
    # told twice, the state keeps the report: its own town
    chosen = best_place([*claims, PlaceClaim("admin1", "Florida", 60, 67, 3.0)])
    assert (chosen["city"].value, chosen["admin1"].value) == ("Washington Park", "Florida")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a state's force, of a state no town is named after, stands in its state
        ("A man was shot on a ranch on Sunday, the Texas Department of Public Safety said.", "Texas"),
        ("A trooper was shot during a traffic stop on Friday, the Michigan State Police said.", "Michigan"),
    ],
)
def test_a_states_force_places_the_report_in_its_state(parse, text: str, state: str) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text).place.admin1 == state


def test_a_states_force_keeps_a_name_at_home_that_reads_as_a_city_abroad(parse) -> None:  # type: ignore[no-untyped-def]
    # "Puna", a district of the island of Hawaii, is also another name of Pune, India
    text = (
        "Police investigate Puna shooting that killed boy\n\nA boy died after being shot on Friday morning in "
        "Puna. Hawaii Police and Hawaii Fire Department medics arrived at a home off Oshiro Road in Mountain View."
    )
    place = incident_of(parse, text).place
    assert (place.admin1, place.country) == ("Hawaii", "USA")

"""The extractor on sentences written for each case: incident type, places, perpetrators, comparisons, quotes."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import pytest
from conftest import article_of, event_of, incident_of

from storyline.extract import classify, extract, gazetteer
from storyline.model import Article


@pytest.mark.parametrize(
    ("modes", "kind"),
    [
        ({"firearm"}, "shooting"),
        ({"firearm", "explosive", "attack"}, "armed attack"),
        ({"explosive"}, "bombing"),
        ({"explosive", "suicide"}, "suicide bombing"),
        ({"knife"}, "stabbing"),
        ({"hostage"}, "hostage-taking"),
        ({"attack"}, "armed attack"),
    ],
)
def test_incident_type_from_modes_of_violence(modes: set[str], kind: str) -> None:
    assert classify(modes) == kind


def test_comparison_lends_no_incident_nor_figures(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The attack was reminiscent of the 2004 Beslan school siege, in which 334 hostages were killed."
    mention = extract(parse(text), article_of(text))
    if mention is not None:
        assert all(c.value != 334 for c in mention.claims)


@pytest.mark.parametrize(
    "text",
    [
        "A man was killed in a shooting at a party in Veltrana on Saturday. This is the second house party shooting in the city this month. On Nov. 9, gunfire erupted at a party, leaving two students dead and 19 others injured.",
        "A man was killed in a shooting in Veltrana on Saturday. It was the third shooting in Veltrana this week. The first occurred on Tarn Street, where four people were wounded.",
    ],
)
def test_the_earlier_incidents_of_a_series_lend_no_figures_nor_day(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text, published="2013-11-17")
    assert {(c.attribute, c.value) for c in mention.claims if c.attribute in ("killed", "wounded")} == {("killed", 1)}
    assert [c.value for c in mention.claims if c.attribute == "date"] == ["2013-11-16"]


def test_report_without_violence_is_no_incident(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The city council approved the new budget on Tuesday after a long debate about parks."
    assert extract(parse(text), article_of(text)) is None


@pytest.mark.parametrize(
    ("text", "incident"),
    [
        ("13-year-old's toe grazed by bullet at Little Rock strip mall", True),
        ("A stray bullet struck a woman sitting on her porch in Akron on Tuesday night.", True),
        ("Police found a bullet in the parking lot of the mall in Akron on Tuesday.", False),
    ],
)
def test_a_bullet_that_hurt_someone_makes_an_incident(parse, text: str, incident: bool) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), article_of(text))
    assert (mention is not None and mention.kind == "incident" and "firearm" in {c.value for c in mention.claims if c.attribute == "mode"}) is incident


def test_dateline_names_the_city(parse) -> None:  # type: ignore[no-untyped-def]
    text = "MACUNGIE, Pa. — A man was shot and killed Saturday night outside a bar, police said."
    mention = incident_of(parse, text)
    assert mention.place.city == "Macungie"
    assert mention.place.admin1 == "Pennsylvania"
    assert mention.place.country == "USA"
    assert mention.date == dt.date(2017, 4, 8)
    killed = [c for c in mention.claims if c.attribute == "killed"]
    assert [c.value for c in killed] == [1]


@pytest.mark.parametrize(
    "text",
    [
        "DATE: September 26, 2016\n\nA woman was shot and killed at a home on Pease Street.",
        "APD: 4 shot in Gert Town fatal shooting\n\nOne of the victims was pronounced dead.",
        "A man was shot and killed Friday. Three others entered pleas today in Lucas County Common Pleas Court.",
    ],
)
def test_labels_and_institutions_are_no_city(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert mention.place.city is None


def test_every_claim_quote_equals_its_span(parse) -> None:  # type: ignore[no-untyped-def]
    text = "KANSAS CITY, Kan. — Two men were shot, one fatally, early Sunday at a park. Police arrested a suspect."
    article = article_of(text)
    mention = extract(parse(text), article)
    assert mention is not None and mention.claims
    for claim in mention.claims:
        assert text[claim.start : claim.end] == claim.quote


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Posted 9:51 AM\nPHILADELPHIA (CBS) — Police are investigating a quadruple shooting in North Philadelphia.", "Philadelphia"),
        ("A boy was shot while visiting his grandfather's home in the town of Elmo, police said.", "Elmo"),
        ("Two men were shot Sunday in the Austin neighborhood, Chicago police said.", "Chicago"),
        ("Officials with the Hobart Police Department say a girl was shot at a home.", "Hobart"),
        # a big town, not the foreign division of the same name, when no country says otherwise
        ("A Toledo man was found guilty of killing Sheymarr Noble, 22, of Toledo during a fight.", "Toledo"),
        # the recogniser calls a town that names its police or qualifies a noun an organisation
        ("Brooksville police: Three killed, one injured in shooting\n\nThree people were shot.", "Brooksville"),
        ("Four wounded in shooting at Pomona restaurant drive-through\n\nFour people were wounded Saturday night.", "Pomona"),
        # a district of a big city is in that city when the city's police answer for it
        ("ROGERS PARK — A man was shot and killed Sunday in Rogers Park, a Chicago police spokesman said.", "Chicago"),
        ("A teen was shot and wounded on the West Side early Monday, Chicago police said.", "Chicago"),
        # a borough of millions is a city of its own, whoever polices it
        ("A man was shot and killed Sunday in Brooklyn, New York City police said.", "Brooklyn"),
        # a town beside the big city with its own police stays itself
        ("A man was shot and killed in Oak Park on Sunday, Oak Park police said. Chicago police assisted.", "Oak Park"),
        # a district named with the borough it lies in, under the city's dateline: the borough
        ("NEW YORK (CBSNewYork) — Police were searching for two suspects in a shooting that left four people "
         "wounded in front of a nightclub in Long Island City, Queens.", "Queens"),
        # the force of a city and its county, named without the hyphen; a state's name in a
        # street's says nothing of the report's state
        ("Shooting closes 2100 block of Indiana Avenue\n\nSavannah Chatham Metropolitan Police responded to a "
         "shooting on the 2100 block of Indiana Avenue after a man was shot on Saturday.", "Savannah"),
        # a big town's name that is also a state's is the state beside the state's towns; its own
        # police keep it the town
        ("Washington school shooting: gunman targeted his cousins. A teenage gunman opened fire at a school in "
         "Washington on Friday, killing two students, a relative said. The Washington shooting shocked the state. "
         "Marysville police said the gunman shot students at Marysville-Pilchuck High School.", "Marysville"),
        ("A man was shot and killed in Washington on Friday, D.C. police said. The suspect fled to Seattle.", "Washington"),
        # where the report says the incident happened outweighs the station's dateline and its town's detectives
        ("Toddler accidentally shoots himself, father charged\n\nRICHMOND, Va. (WXYZ) -- Bond was denied Tuesday for a "
         "Richmond father who faces two felony charges after his young son accidentally shot himself with a gun Saturday.\n\n"
         "Dario Veltrana told Richmond detectives that his 4-year-old son found a gun in his bedroom.\n\n"
         "The incident occurred around 11 a.m. in the 400 block of Elm Street in Petersburg.", "Petersburg"),
    ],
)
def test_city_of_the_incident(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert mention.place.city == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a name the report calls a neighborhood is a district wherever it stands, the dateline too
        ("AUSTIN — Two men were shot Thursday night in the Austin neighborhood, Chicago police said.", "Chicago"),
        # "in West Englewood, police said" are the city's police, not West Englewood's own
        (
            "Teen Wounds Himself in West Englewood, Police Say\n\nCHICAGO — A 17-year-old was wounded after "
            "accidentally shooting himself in West Englewood on Saturday, police said.",
            "Chicago",
        ),
        # a town inside the radius of a bigger city that the report names is a district of it
        ("Two women were shot and wounded in Hunting Park on Thursday, the latest of the year's shootings in Philadelphia.", "Philadelphia"),
        # a part of a city named after it
        ("A man was shot and killed in Southwest Baltimore on Sunday.", "Baltimore"),
        # a town the recogniser left out where it names the local force
        ("A man was shot in a parking lot on Friday. Clinton Township police are looking for the gunman.", "Clinton Township"),
        ("Memphis police are investigating a shooting that sent four teens to the hospital late Monday night.", "Memphis"),
        # a force of a city and its county is the city's, even where the recogniser calls it a place
        ("A man was shot and killed in his car on Friday night, Charlotte-Mecklenburg Police said.", "Charlotte"),
        ("Savannah-Chatham Metro Police are investigating a shooting that left a teen dead on Monday.", "Savannah"),
        ("Police: teen killed in shooting\n\nSavannah-Chatham police are looking for the gunman who killed a teen on Monday.", "Savannah"),
        # a name that is a town elsewhere, in a report of another state's local police
        ("Two women were killed in a shooting in Liberty City on Monday, Miami police said.", "Miami"),
        ("Two people were shot in a bar in Whitehaven on Sunday, and Memphis police are looking for the gunman.", "Memphis"),
        # a big town of the very name, not a small one once called so in a state named for another reason
        ("A man was shot and killed in Charleston on Friday. The suspect, who is from Gastonia, North Carolina, was arrested.", "Charleston"),
        # a suburb named with its state is a town of its own, whatever city the report names
        ("A pipe bomb exploded at a bank in Whitefish Bay, Wisconsin, one of many bombings in the Milwaukee area.", "Whitefish Bay"),
        # a district a little beyond the radius of the city the report names
        ("Four people were shot in Broad Ripple early Sunday, the third shooting in Indianapolis this month.", "Indianapolis"),
        # a far-away reading of a district's name heading a report of another city's police
        ("AUSTIN — Four boys were wounded in a shooting on the West Side on Monday night, Chicago police said.", "Chicago"),
        ("HYDE PARK — A man was shot and killed near a park on Sunday, a Chicago police spokesman said.", "Chicago"),
        # the body's first word is no force of the town that ends the headline
        (
            "Police: 4 adults, 1 child shot in Evanston\n\nPolice are investigating after four adults and a 3-year-old "
            "were shot in Evanston Monday.\n\nCincinnati Police Department Interim Chief Tarno Quillan said all "
            "injuries are non-life-threatening.",
            "Cincinnati",
        ),
        # a town named as a noun's modifier, which the recogniser takes for a person or nothing
        ("The Yonkers girl was shot in the arm on Friday and taken to a hospital.", "Yonkers"),
        ("A Zanesville bar was the scene of a shooting that injured four people Sunday.", "Zanesville"),
        # one the tagger takes for a common noun and the recogniser for a people
        ("Saginaw kids playing in a yard find gun, one child shot\n\nA boy was wounded on Friday afternoon.", "Saginaw"),
    ],
)
def test_district_is_placed_in_its_city(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert mention.place.city == city


@pytest.mark.parametrize(
    ("text", "district"),
    [
        # the far-away reading the city's police outweighed still tells this shooting from others there
        ("AUSTIN — Four boys were wounded in a shooting on Monday night, Chicago police said.", "district:austin"),
    ],
)
def test_a_dateline_read_as_a_district_tells_the_incident_apart(parse, text: str, district: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert (mention.place.city, district in mention.names) == ("Chicago", True)


GLYNN_POLICE = (
    "A 6-year-old girl is fighting for her life after her father shot her in the head Sunday during a murder-suicide "
    "in Georgia, according to police. The child ran to a neighbor's home for help around 1 a.m., Glynn County police "
    "said. Glynn County Police confirmed that officers found the girl's parents dead in a bedroom at an apartment "
    "in Brunswick."
)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a town the report puts the incident in places it more exactly than the county heading it
        ("HENRICO COUNTY, Va. — A teenager was shot and killed inside a home in Sandston on Saturday, deputies said.", "Sandston"),
        # the town of the hospital the wounded were taken to is not the incident's
        ("HENRICO COUNTY, Va. — A man was shot at a home on Sunday and was flown to a hospital in Richmond, where he died.", "Henrico County"),
        # a town only named, not the incident's, leaves the county (one of many towns: Troup County
        # would stand for LaGrange, most of its people's town)
        ("HORRY COUNTY, S.C. — Five people were shot and killed in a home on Sunday. One of the victims had moved from Atlanta last year.", "Horry County"),
        ("TROUP COUNTY, Ga. — Five people were shot and killed in a home on Sunday. One of the victims had moved from Atlanta last year.", "LaGrange"),
        # a town of the county its police are of, named in a sentence of no incident word, as
        # often as the county: the police's beat is the wider place
        (GLYNN_POLICE, "Brunswick"),
        # not a town of another county, named as often
        (GLYNN_POLICE.replace("Brunswick", "Darien"), "Glynn County"),
    ],
)
def test_town_in_a_county(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert mention.place.city == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a town the recogniser leaves out of a Title Case headline, or takes for a person
        ("Teenager Shot In Duquesne\n\nA teenager was taken to a hospital on Monday night.", "Duquesne"),
        ("Police identify two men involved in Nashua shooting\n\nTwo men were hurt on Friday.", "Nashua"),
        ("A 4-year-old child was shot at a home in Yonkers on Saturday.", "Yonkers"),
        # and one it calls an organisation where it is the place outright
        ("Four teenagers were injured by gunfire in Humble on Monday evening after a fight broke out.", "Humble"),
    ],
)
def test_town_object_of_in_the_recogniser_missed(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert mention.place.city == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Police arrested two men in Fresno on Tuesday in connection with a shooting that wounded three people in Modesto.", "Modesto"),
        ("A 19-year-old was arrested in Tulsa after a man was fatally shot outside a store in Broken Arrow, police said.", "Broken Arrow"),
    ],
)
def test_town_of_the_arrest_is_not_the_incidents(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert mention.place.city == city


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a street named after a town, and a name the recogniser cut short, are no part of a town
        ("A man was shot on South Aberdeen Street early Friday.", "Aberdeen"),
        ("A man was shot and killed on the South Side on Friday.", "Side"),
        # a region named after a division is no district of a town
        ("A man was shot and killed in South Florida on Friday.", "Florida"),
        # a city gives its name to its parts, not a village once called so
        ("NORTH FAIRMOUNT, Ohio (WKRC) - Four people were shot on Tuesday evening.", "Bethesda"),
        # a headline that quotes its source by an abbreviation the gazetteer keeps for a town abroad
        ("DPS: Father, two children died from gunshot wounds\n\nThe three were found in a car on Friday.", "Denpasar"),
        # a town's old name in a common phrase is no town
        ("Police said two Molotov cocktails were thrown into an office and a man was killed.", "Perm"),
        # a restaurant's name is no town, though a town abroad is called Box
        ("Shortly after 11 p.m., dispatchers received calls of shots fired at a Jack in the Box at 303 East Main Street, and a man was wounded.", "Box"),
        # letters reach a town abroad only through one of its other names
        ("A boy was shot in the eye with a BB gun on Friday and taken to a hospital.", "Bielsko-Biala"),
        # a state is no town that is also called by its name
        ("Two men were shot and killed at a house in Oklahoma on Sunday night, deputies said.", "Oklahoma City"),
        # a name the report gives with an age is a person's
        (
            "A teen was shot and killed on Friday. Charlotte Manow stands with her children, Tristan, 8, and Michaela, 12, "
            "outside Tristan's school.",
            "Tristan",
        ),
        # the incident word of a Title Case headline is no town
        ("Child Injured in Accidental Shooting\n\nA young boy was taken to a hospital on Friday night.", "Accidental Shooting"),
        # a force named for a county, hyphenated to its town, is not that town's
        (
            "Police: teen killed in shooting\n\nSavannah-Chatham police are investigating a shooting in the "
            "800 block of Crosby Street that left a 16-year-old dead on Monday.",
            "Chatham",
        ),
    ],
)
def test_names_that_are_no_city_part(parse, text: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert mention.place.city != wrong


@pytest.mark.parametrize(
    ("text", "city", "admin1"),
    [
        # a city that holds much of the state it is called after is what its name names
        ("Two men were shot and killed outside a bar in New York on Sunday night, police said.", "New York City", "New York"),
        ("Unknown perpetrators firebombed two recruiting stations in New York, United States.", "New York City", "New York"),
        # not one that holds a sixth of it
        ("Two men were shot and killed at a house in Oklahoma on Sunday night, deputies said.", None, "Oklahoma"),
        # nor the state written after a town
        ("A man was shot and killed in Rochester, New York on Sunday, police said.", "Rochester", "New York"),
    ],
)
def test_a_name_of_a_state_and_its_city(parse, text: str, city: str | None, admin1: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert (mention.place.city, mention.place.admin1) == (city, admin1)


def test_a_word_of_direction_is_no_place(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Shootings on the South and West sides left two men dead on Sunday."
    mention = incident_of(parse, text)
    # "South" and "West" are regions of Cameroon in the gazetteer
    assert (mention.place.city, mention.place.admin1, mention.place.country) == (None, None, None)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a credit in brackets ends a dateline without a dash
        ("EUTAW, Ala. (AP) Authorities say a boy who lived in Selma was shot and killed at a home.", "Eutaw"),
        ("IDAHO FALLS (AP) | A man was sentenced for shooting and killing his girlfriend.", "Idaho Falls"),
        # a zero-width space left by a page's markup before the dateline
        ("Photo: WWLTV\n\n\u200bNEW ORLEANS -- Police are investigating a shooting that killed one man.", "New Orleans"),
        # a station's credit in brackets ends the line before the dateline: no dateline itself,
        # and the line's break still opens the one that follows
        ("KXYZ (Photo: KXYZ)\n\n\u200bSAN ANTONIO -- Police are investigating a shooting that killed one man.", "San Antonio"),
        ("TOWN OF CASSVILLE, Wis. -\n\nA 17-year-old was shot and wounded during target practice.", "Cassville"),
        # a town the gazetteer lacks is not a town abroad once called so, when the state is given
        ("KIDRON, Ohio - A 17-year-old was shot in the head while plowing a field.", "Kidron"),
        ("DOWNTOWN JACKSON — A man was shot and killed outside a bar on Saturday.", "Jackson"),
        # a broadcaster's call letters are no town, but a town spelt like them is
        ("WJAX —\n\nA man was shot and killed on Friday. He lived in Brunswick.", "Brunswick"),
        ("KATY — A man was shot and killed outside a store on Friday.", "Katy"),
        ("NEAR DALLAS, Ore. – A boy shot himself in the leg after his father left a gun on a table.", "Dallas"),
        # a source or an institution heading the report is no town
        ("POLICE: Jacksonville dad impaired when son finds gun\n\nA boy shot his own hand, Jacksonville police said.", "Jacksonville"),
        ("COURTHOUSE — A second man was charged Friday in the killing of a boy. He lived in Chicago.", "Chicago"),
        # a page's label for its video is no town
        ("RAW VIDEO | Teen killed in shooting\n\nLOUISVILLE, Ky. — A 15-year-old was shot and killed on Friday.", "Louisville"),
        # a dateline after a long photo caption, opening its own line
        ("View Full Caption " + "A photo of the street where it happened. " * 20 + "\n\nCHICAGO — A boy was shot in the Woodlawn neighborhood on Tuesday.", "Chicago"),
    ],
)
def test_dateline_forms(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert mention.place.city == city


@pytest.mark.parametrize(
    ("text", "kind", "day", "city"),
    [
        (
            "5/28/1970: Unknown perpetrators set fire to the registration building at the university in Fullerton, California, United States.",
            "arson", dt.date(1970, 5, 28), "Fullerton",
        ),
        (
            "1/19/1970: Unknown perpetrators ignited a fire at the party headquarters in Jersey City, New Jersey. Two hours later shots were fired at the building.",
            "armed attack", dt.date(1970, 1, 19), "Jersey City",
        ),
        (  # a numeric date the recogniser leaves out of its entities
            "11/17/1971: Unknown perpetrators fired a shot into the Black People's Union at Oklahoma University in Norman, Oklahoma, United States.",
            "shooting", dt.date(1971, 11, 17), "Norman",
        ),
        (  # one the recogniser runs into its colon and takes for a work of art ("4/30/1970:")
            "4/30/1970: Unknown perpetrators placed a pipe bomb near a police station in Manhattan, New York, United States.",
            "bombing", dt.date(1970, 4, 30), "Manhattan",
        ),
    ],
)
def test_undated_summary_dates_itself(parse, text: str, kind: str, day: dt.date, city: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text, None)
    assert (mention.type, mention.date, mention.place.city) == (kind, day, city)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("3/6/1970: Members of the Weather Underground bombed the police station in Detroit, Michigan.", "Weather Underground"),
        ("A bomb was detonated by the Jewish Defense League outside the Soviet office in New York City.", "Jewish Defense League"),
        ("Unknown perpetrators bombed the car of a worker in Baxter, Kansas.", None),
        # the doer of the verb an incident word is the object of, or a few steps below
        ("The Tarn Liberation Front threw a firebomb into a school in Veltrana.", "Tarn Liberation Front"),
        ("Suspected members of the Tarn Liberation Front set fire to a warehouse in Veltrana.", "Tarn Liberation Front"),
        ("Members of the Veltran Defense League failed in their attempts to firebomb a bank in Portela.", "Veltran Defense League"),
        ("In a series of related incidents, Puerto Rican nationalists bombed a hotel in San Juan.", "Puerto Rican nationalists"),
        # a people tagged a name, its plural its lemma
        ("Unknown Puerto Rican Nationalists bombed a hotel in San Juan.", "Puerto Rican Nationalists"),
        # a name that ends in a number word
        ("Members of the Tarn Liberation Force Seven threw a pipe bomb into a bank in Portela.", "Tarn Liberation Force Seven"),
        # the thing thrown, not the word before it: "Molotov" of "Molotov cocktails"
        ("Members of the Veltran Defense League threw Molotov cocktails at a school in Portela.", "Veltran Defense League"),
        # the passive subject of a verb of suspicion above the deed
        ("Members of the Tarn Liberation Front were suspected of bombing the courthouse in Veltrana.", "Tarn Liberation Front"),
        ("The Veltran Defense League is suspected of planting a pipe bomb outside a bank in Portela.", "Veltran Defense League"),
        ("Five men were charged in the shooting at a bank in Portela.", None),
        ("Mayor Dana Pruitt is coordinating efforts to address the aftermath of the attack at a bank in Portela.", None),
        # who speaks of the deed, or looks into the weapon, did not do it
        ("Gov. Dana Pruitt declared a state of emergency in Portela, calling the shooting heartbreaking.", None),
        ("Mayor Dana Pruitt will meet residents to address a shooting that left 17 people injured in Portela.", None),
        ("A boy shot himself in Portela. The Tarn Sheriff's Office was checking the serial number of the handgun.", None),
        # a dateline the parser took for the subject
        ("CLEVELAND - A 16-year-old boy is accused of firing shots at a police station Wednesday night.", None),
        # an incident word that only says what kind of thing the object is
        ("Veltrana Police sealed off a mass shooting scene on Harbor Road in Portela.", None),
        ("Unknown perpetrators placed an incendiary device in a store in Portela. The Tarn Coroner releases names of shooting victims.", None),
        ("Ten buses were blown up in Portela. Five members of the Tarn Liberation Front were convicted of the attack.",
         "Tarn Liberation Front"),
        ("Suspected members of the Tarn Liberation Front placed thirty sticks of dynamite at a police station in Portela.",
         "Tarn Liberation Front"),
        ("Suspected Tarn Separatists detonated a bomb at the house of a senator in Portela.", "Tarn Separatists"),
        # a part of a group stands for the group; a group calling itself something is that name
        ("A splinter group of the Tarn Liberation Front claimed credit for blowing up a radio transmitter in Veltrana.",
         "Tarn Liberation Front"),
        ("A police station in Portela was bombed by a group calling itself the Veltran Defense League.", "Veltran Defense League"),
        # a people the recogniser took for a person, and a word of doubt that opens the sentence
        ("Suspected Black nationalists firebombed a community centre in Portela.", "Black nationalists"),
        # no deed of theirs: the incident is the subject, or they met it without doing it
        ("Police said a bomb exploded outside the bank in Veltrana on Friday.", None),
        ("New York City Firemen were fighting a blaze in a tenement in Manhattan.", None),
        ("Veltrana Police discovered a bomb under a car in Portela.", None),
        ("Two people were killed when gunmen opened fire on a bus in Veltrana.", None),
        ("In a show of solidarity, the Veltran president reached out to Ana Duarte to offer condolences following a "
         "devastating attack near Portela.", None),
    ],
)
def test_perpetrator_named_as_the_doer(parse, text: str, doer: str | None) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text, None)
    named = [c.value for c in mention.claims if c.attribute == "perpetrator"]
    assert named == ([doer] if doer else [])


def test_perpetrator_and_the_group_named_of_them(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Duarte, a suspected member of the Tarn Liberation Front, placed two time bombs in a store in Portela."
    named = [c.value for c in incident_of(parse, text, None).claims if c.attribute == "perpetrator"]
    assert named == ["Ana Duarte", "Tarn Liberation Front"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("A splinter group of the Tarn Liberation Front claimed credit for blowing up a radio transmitter in Veltrana.",
         "Tarn Liberation Front"),
        ("A group calling itself the Veltran Defense League claimed responsibility for the bombing of a bank in Portela.",
         "Veltran Defense League"),
    ],
)
def test_responsibility_of_a_part_of_a_group_is_the_groups(parse, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    claimed = [c.value for c in incident_of(parse, text, None).claims if c.attribute == "responsibility"]
    assert claimed == [group]


def test_group_cut_before_its_closing_parenthesis_is_closed(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Suspected members of the Armed Revolutionary Independence Movement (MIRA) set off three incendiaries at a store in Portela."
    named = [c.value for c in incident_of(parse, text, None).claims if c.attribute == "perpetrator"]
    assert named == ["Armed Revolutionary Independence Movement (MIRA)"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Unknown perpetrators set off three incendiaries at a department store in Portela.", "arson"),
        ("Unknown perpetrators threw Molotov cocktails at a school in Portela.", "arson"),
        ("Unknown perpetrators blew up a radio transmitter in Veltrana.", "bombing"),
        ("Unknown perpetrators threw a stick of dynamite at the courthouse in Veltrana.", "bombing"),
    ],
)
def test_incendiaries_and_blowing_up_are_incidents(parse, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, None).type == kind


@pytest.mark.parametrize(
    ("reports", "city"),
    [
        (  # one report heads with the county, another puts the shooting in a town of it
            [
                ("PUTNAM COUNTY, Ohio — A man was shot and killed at a home on Sunday, deputies said.", "2017-04-10"),
                ("A man was shot and killed at a home in Pandora on Sunday, the sheriff said.", "2017-04-11"),
            ],
            "Pandora",
        ),
        (  # a station's town in another state, where the other report names no town, is no
            # town of the county: the county stays the place
            [
                ("A girl was shot and killed at an apartment on Thursday night, the Richland County Sheriff's Department said.", "2016-09-02"),
                ("Father charged in shooting death of his daughter - WXYZ News 6 - Birmingham, AL\n\nA father was charged "
                 "with manslaughter in the shooting death of his daughter on Thursday, deputies said.", "2016-11-07"),
            ],
            "Richland County",
        ),
    ],
)
def test_a_town_of_one_report_places_the_county_of_another(parse, reports: list[tuple[str, str]], city: str) -> None:  # type: ignore[no-untyped-def]
    assert event_of(parse, reports).place.city == city


@pytest.mark.parametrize(
    "stale",
    [b"\x80\x05\x95 cut short", pickle.dumps(("City", "an older layout", 1))],
    ids=["truncated", "other-layout"],
)
def test_a_broken_gazetteer_cache_is_built_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stale: bytes) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cache = gazetteer._cache_path()
    cache.parent.mkdir(parents=True)
    cache.write_bytes(stale)
    index = gazetteer._index.__wrapped__()
    moscow = index.cities["moscow"][0]
    assert (moscow.country, moscow.admin1_code) == ("RUS", "RU.48")
    with cache.open("rb") as handle:
        assert pickle.load(handle) == index  # written again, whole


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # the report names no town: the site's town is the best guess
        ("Two hurt in shooting - KXYZ Eyewitness News 9 - Tulsa, Oklahoma\n\nTwo people were hurt in a shooting on Friday, police said.", "Tulsa"),
        # a name no town bears is a part of the site's town
        ("Man shot on porch - WXYZ News 4 - Memphis, Tennessee\n\nA man was shot on his porch in Glenmere Heights on Sunday night.", "Memphis"),
        ("Woman shot - FOX 8 WXYZ New Orleans News, Weather, Sports\n\nA woman was shot in the leg on Sunday, police said.", "New Orleans"),
        # a report that names another state is not of the site's town
        ("Family found dead - WXYZ News 4 - Birmingham, AL\n\nFour members of a family were found shot dead in Glenmere on Tuesday. The sheriff of Lauderdale County, Mississippi, said a man was arrested.", "Glenmere"),
        # a town the report puts the shooting in outweighs the site's
        ("Teen shot - KXYZ Eyewitness News 9 - Tulsa, Oklahoma\n\nA teen was shot and killed in Broken Arrow on Friday.", "Broken Arrow"),
        # a town beside the site's, which the gazetteer knows, is the station's neighbour, not a
        # part of its home
        ("Teen shot - WXYZ News 7 - Boston\n\nA teen was shot and killed in Chelsea on Friday night.", "Chelsea"),
        # the site's state after its town, run into its other words
        ("Man shot - WXYZ.com-Columbus, GA News Weather & Sports\n\nA man was shot on Saturday, police said.", "Columbus"),
        # a town's name that is also a far country's division's (Toledo, a province of Spain)
        ("Man indicted - WXYZ News Now, News, Weather, Sports, Toledo, OH\n\nA man was indicted on a murder charge on Friday.", "Toledo"),
    ],
)
def test_the_sites_town_places_a_report_that_names_none(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert mention.place.city == city


def test_a_sites_town_read_as_the_county_the_report_names_places_nothing(parse) -> None:  # type: ignore[no-untyped-def]
    # "Putnam" after the headline, and "the Putnam County sheriff" in the report: the site's town
    # is read as the county, which names no town for a district the gazetteer does not know.
    # This report had stopped a 100,000-report bench with an AssertionError.
    text = (
        "Teen shot on porch - WXYZ News 4 - Putnam, Connecticut\n\nA teen was shot on his porch in "
        "Glenmere Heights on Friday night, the Putnam County sheriff said."
    )
    assert incident_of(parse, text).place.city == "Glenmere Heights"


def test_the_sites_state_run_into_its_other_words_places_its_town(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Man shot - WXYZ.com-Columbus, GA News Weather & Sports\n\nA man was shot on Saturday, police said."
    assert incident_of(parse, text).place.admin1 == "Georgia"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("A man was shot and killed at the Glenmere Village apartment complex on Sunday night.", None),
        ("A man was shot at the Lakeside Village apartment complex in Tulsa on Sunday.", "Tulsa"),
        # a town the gazetteer knows still names the town when it qualifies a building
        ("A man was shot outside a Pomona restaurant on Sunday.", "Pomona"),
    ],
)
def test_a_name_that_qualifies_a_building_is_no_town(parse, text: str, city: str | None) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert mention.place.city == city


@pytest.mark.parametrize(
    ("text", "killed", "day"),
    [
        # lines opened by a video's running time are the page's playlist, links to other stories:
        # their dead and days are not the report's; a clock time opening a line is the report's
        (
            "A boy, 4, was wounded in an accidental shooting in Hanford on Friday.\n\n"
            "0:50 Three men shot dead in Visalia on Sunday Pause\n\n1:31 Two teens killed in crash",
            None,
            dt.date(2017, 4, 7),
        ),
        ("A man was shot and killed in Hanford.\n\n3:45 p.m. Friday: police were called to the home.", 1, dt.date(2017, 4, 7)),
    ],
)
def test_a_playlist_item_is_no_part_of_the_report(parse, text: str, killed: int | None, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    dead = [c.value for c in mention.claims if c.attribute == "killed"]
    assert (max(dead, default=None), mention.date) == (killed, day)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("A seven-year-old boy was shot in Veltrana on Tuesday.", "age:7"),
        ("A 7-year-old boy was shot in Veltrana on Tuesday.", "age:7"),
        ("Police said a twelve-year-old girl was shot on Tuesday.", "age:12"),
    ],
)
def test_an_age_is_kept_as_its_number_however_written(parse, text: str, age: str) -> None:  # type: ignore[no-untyped-def]
    # "a seven-year-old" of one report is the "7-year-old" of the next
    ages = {n for n in incident_of(parse, text).names if n.startswith("age:")}
    assert ages == {age}


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        # a father's generation is no part of the name the next report gives ("Harrison Veltrane")
        ("Harrison Veltrane Jr., 30, was charged with homicide after a boy was shot on Tuesday.", "harrison veltrane", "harrison veltrane jr."),
        ("Police said Tarno Quillan III shot a man on Tuesday.", "tarno quillan", "tarno quillan iii"),
        # nor is a middle initial, which the next report leaves out ("Tarno Quillan")
        ("Police said Tarno W. Quillan III shot a man on Tuesday.", "tarno quillan", "tarno w. quillan"),
        # a name of initials keeps them: "J. R. Veltrane" is no "J. Veltrane"
        ("Police said J. R. Veltrane shot a man on Tuesday.", "j. r. veltrane", "j. veltrane"),
    ],
)
def test_a_persons_name_is_kept_without_its_generation(parse, text: str, name: str, not_name: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert (name in mention.names, not_name in mention.names) == (True, False)


@pytest.mark.parametrize(
    ("text", "url", "place"),
    [
        # a station's call letters are American: its town of a name that is a bigger town's abroad is America's
        (
            "Child accidentally shot in Birmingham\n\nA 6-year-old boy was shot in Birmingham on Sunday, Birmingham police said.",
            "https://www.wqqx13.example.com/article/child-shot/1",
            ("Birmingham", "Alabama"),
        ),
        # a town written with its country abroad stays there
        (
            "A tourist was shot and killed in Paris, France, on Sunday, the police said.",
            "https://www.wqqx13.example.com/article/tourist-shot/1",
            ("Paris", "Ile-de-France"),
        ),
    ],
)
def test_a_stations_page_stands_in_america(parse, text: str, url: str, place: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), Article(id="a", text=text, published=dt.date(2017, 4, 10), url=url))
    assert mention is not None
    assert (mention.place.city, mention.place.admin1) == place


@pytest.mark.parametrize(
    ("text", "url", "place"),
    [
        # a county of many states, on the page of a station named after one of them
        (
            "Two men killed at mall - WQQX.com, South Georgia News, Weather, Sports\n\n"
            "Two men were shot and killed at a mall in DeKalb County on Saturday.", None, ("DeKalb County", "Georgia"),
        ),
        # or after a town of one of them ("Savannah" is Georgia's; Clayton County is not South Carolina's)
        (
            "Two students found dead - WQQX-TV: Savannah, Beaufort, SC, News, Weather & Sports\n\n"
            "Two students were found shot dead in a home in Clayton County on Monday.", None, ("Clayton County", "Georgia"),
        ),
        # or on a site named after one of them
        ("Two men were shot and killed at a farm in Kent County on Saturday.", "https://delawaredaily.example.com/news/1", ("Kent County", "Delaware")),
        # a site of no state leaves the county's state unknown
        ("Two men were shot and killed at a farm in Kent County on Saturday.", "https://wqqx.example.com/news/1", ("Kent County", None)),
        # and a state the report names is its state, whatever the site's
        (
            "Two men killed at mall - WQQX.com, South Georgia News, Weather, Sports\n\n"
            "Two men were shot and killed at a mall in DeKalb County, Illinois, on Saturday.", None, ("DeKalb County", "Illinois"),
        ),
    ],
)
def test_a_county_of_many_states_is_of_the_sites_state(parse, text: str, url: str | None, place: tuple[str, str | None]) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), Article(id="a", text=text, published=dt.date(2017, 4, 10), url=url))
    assert mention is not None
    assert (mention.place.city, mention.place.admin1) == place


HOMEWOOD = (
    "A 12-year-old boy remained in critical condition Friday after a shooting that injured three other people on "
    "Veltrana Avenue in Homewood North.\n\nPhotos: Allegheny County's 20 most wanted fugitives\n\nTarno Quillan "
    "was shot in the back Thursday night, his mother told Pittsburgh's Action News 4. A neighbor who heard the "
    "gunfire told Pittsburgh's Action News 4 that he rushed over to help.\n\nPHOTOS: Allegheny County's 20 most "
    "wanted fugitives"
)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a big town across the line from the station's is that town, no county of the station's state
        (
            "Teen dies in shooting - WXYZ.com-Columbus, GA News Weather & Sports\n\nMontgomery police say they are "
            "investigating a homicide after an early morning shooting left a teen dead.",
            ("Montgomery", "Alabama"),
        ),
        # a small one is a county of the state the report stands in ("Coweta", Oklahoma's town of
        # 10,000, is Coweta County, Georgia, whose town is Newnan)
        (
            "Man dies in shooting - WXYZ.com-Columbus, GA News Weather & Sports\n\nA man was shot and killed "
            "in Coweta on Friday, deputies said.",
            ("Newnan", "Georgia"),
        ),
        # a town's force, on the page of a station whose town is in one state of the town's namesakes
        (
            "Boy, 5, allegedly shoots child - WQQX-TV 7-News, Weather, Sports-Hattiesburg, MS\n\nThe Laurel Police "
            "Department is investigating a shooting that happened at an apartment complex on Sunday. Laurel police said "
            "the 10-year-old boy was shot in the leg by accident.",
            ("Laurel", "Mississippi"),
        ),
        # a big town's force stays the big town's, whatever small namesake lies in the site's state
        (
            "Two hurt in accidental shootings - WQQX Action News 5 - Memphis, Tennessee\n\nSavannah-Chatham Metro Police "
            "are investigating two accidental shootings overnight that left two men wounded.",
            ("Savannah", "Georgia"),
        ),
        # a lone name read in a far state, against a city and a county of another (the county
        # named with a possessive): a part of the city
        (HOMEWOOD, ("Pittsburgh", "Pennsylvania")),
        # the same name of many towns read again in the state two other places of the report stand in
        (
            "A judge ordered on Tuesday that bail remain at $175,000 for a Calvert County man charged after a "
            "9-year-old boy was shot in the head at his grandparents' home in Edgewater. Police said the man "
            "fired from a car he had borrowed in Glen Burnie.",
            ("Edgewater", "Maryland"),
        ),
        # a victim's home and a station of that home do not outweigh the dateline
        (
            "FORT LAUDERDALE (WQQX) — A gunman shot and killed five travelers at the airport on Friday. Tarno Quillan, "
            "57, and his wife flew in from Omaha, Nebraska, for a cruise, his brother in Atlanta said. The couple had "
            "lived in Omaha for years.",
            ("Fort Lauderdale", "Florida"),
        ),
    ],
)
def test_a_town_is_read_in_the_state_the_report_stands_in(parse, text: str, place: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text)
    assert (mention.place.city, mention.place.admin1) == place

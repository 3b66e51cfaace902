"""The extractor on sentences written for each case: counts, qualifiers, dates, comparisons."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import pytest

from storyline.extract import classify, extract, gazetteer
from storyline.extract.counts import counts_in
from storyline.extract.dates import is_calendar_date, resolve
from storyline.extract.numbers import quantity, word_value
from storyline.model import Article, Event, Place
from storyline.reconcile import reconcile


@pytest.mark.parametrize(
    ("text", "value"),
    [("137", 137), ("1,200", 1200), ("eleven", 11), ("twenty-one", 21), ("Dozen", 12), ("seven", 7), ("zebra", None)],
)
def test_number_words_read_as_integers(text: str, value: int | None) -> None:
    assert word_value(text) == value


@pytest.mark.parametrize(("text", "number"), [("Deputies tell 13 News two men were shot.", "13"), ("Image 5 of 7 shows the scene.", "5")])
def test_a_stations_or_a_captions_number_is_no_quantity(parse, text: str, number: str) -> None:  # type: ignore[no-untyped-def]
    doc = parse(text)
    assert quantity(next(t for t in doc if t.text == number)) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At least 137 people were killed and 182 were wounded.", {("killed", 137, "at_least"), ("wounded", 182, "exact")}),
        ("The attack left over 60 lives lost.", {("killed", 60, "more_than")}),
        ("The blast resulted in 133 deaths and 150 injuries.", {("killed", 133, "exact"), ("wounded", 150, "exact")}),
        ("Police arrested 11 suspects.", {("arrested", 11, "exact")}),
        ("The arrest of eleven individuals followed.", {("arrested", 11, "exact")}),
        ("A man was killed and two others wounded in a shooting.", {("killed", 1, "exact"), ("wounded", 2, "exact")}),
        ("Two men were shot, one fatally.", {("shot", 2, "exact"), ("killed", 1, "exact")}),
        ("Gunmen opened fire, wounding four men and killing another.", {("wounded", 4, "exact"), ("killed", 1, "exact")}),
        ("Two people are dead after the shooting.", {("killed", 2, "exact")}),
        ("The shooting left one man dead and three others injured.", {("killed", 1, "exact"), ("wounded", 3, "exact")}),
        ("The shooting left three people wounded and one dead.", {("wounded", 3, "exact"), ("killed", 1, "exact")}),
        ("The boy was taken off life support and passed away.", {("killed", 1, "exact")}),
        ("He succumbed to his injuries at the hospital.", {("killed", 1, "exact")}),
        ("Deputies found a deceased man in the car.", {("killed", 1, "exact")}),
        ("A 20-year-old woman suffered a fatal gunshot wound.", {("killed", 1, "exact")}),
        ("Dozens of people were wounded.", {("wounded", 24, "at_least")}),
        ("About 40 people were injured.", {("wounded", 40, "about")}),
        ("Up to 20 people are missing.", {("missing", 20, "up_to")}),
        ("Gunmen took 20 hostages.", {("hostages", 20, "exact")}),
        ("No one was injured.", {("wounded", 0, "exact")}),
        ("The victim died at the hospital.", {("killed", 1, "exact")}),
        ("Police found two men with gunshot wounds.", {("hit", 2, "exact")}),
        ("The man suffered a gunshot wound to the leg.", {("hit", 1, "exact")}),
        ("A gun went off, fatally wounding the victim.", {("killed", 1, "exact")}),
        ("A 16-year-old was injured in a drive-by shooting.", {("wounded", 1, "exact")}),
        ("Police found the bodies of three people.", {("killed", 3, "exact")}),
        ("Four people were confirmed to have been shot.", {("shot", 4, "exact")}),
        ("The boy accidentally shot himself in the hand.", {("shot", 1, "exact")}),
        ("Both men died at the scene.", {("killed", 2, "exact")}),
        ("The gunmen assassinated two police officers.", {("killed", 2, "exact")}),
        ("A man was shot across the street from the school.", {("shot", 1, "exact")}),
        ("Police fired 15 rounds at the car.", set()),
        ("He was not injured.", set()),
        # a range is at least its lower end, not the sum of its ends
        ("Witnesses said 12 to 15 people were wounded at the club.", {("wounded", 12, "at_least")}),
        # a number past a comma belongs to the next count; conjuncts parted by a casualty word
        ("Two people were killed, five injured in the shooting.", {("killed", 2, "exact"), ("wounded", 5, "exact")}),
        ("The gunfire left one dead and two injured.", {("killed", 1, "exact"), ("wounded", 2, "exact")}),
        # people named after the number that counted them are not counted twice
        ("Deputies found the bodies of Dana Whitlow, 41, and her two sons, Caleb and Rory.", {("killed", 3, "exact")}),
        ("Police said three people, two men and one woman, were taken to the hospital.", {("hit", 3, "exact")}),
        ("Three adults and an unborn baby were killed.", {("killed", 3, "exact")}),
        # a surname the recogniser takes for an organisation; the subject nearest the verb
        ("The rifle discharged, mortally wounding Kessler in the chest.", {("killed", 1, "exact")}),
        ("BEND, Ore. - A 58-year-old man died early Monday, deputies said.", {("killed", 1, "exact")}),
        ("Officers arrived and found the driver dead inside the car.", {("killed", 1, "exact")}),
        ("The accidental shooting claimed the life of 6-year-old Ava Lindqvist.", {("killed", 1, "exact")}),
        ("A body was found behind the gas station on Sunday.", {("killed", 1, "exact")}),
        ("A 15-year-old was hit in the arm.", {("shot", 1, "exact")}),
        ("The clerk was shot in the upper body.", {("shot", 1, "exact")}),
        # a number of a caption, a date or a statute counts nobody
        ("Image 5 of 7 A man died after the shooting.", {("killed", 1, "exact")}),
        ("He was charged under 18-3-102, first-degree murder.", set()),
        # "or" joins the dead and the hurt into one count of the hit; a share of a number is no part of it
        ("Four people were wounded or killed in the attack.", {("hit", 4, "exact")}),
        ("Police said two of five teenagers shot were killed.", {("shot", 5, "exact")}),
        # a rescue that failed tells a death; one that worked none
        ("Medics were unable to save the toddler.", {("killed", 1, "exact")}),
        ("Surgeons could not save him.", {("killed", 1, "exact")}),
        ("Doctors saved the boy.", set()),
        # the fatal share hung on the victims; none of it
        ("Six people were shot, three of them fatally.", {("shot", 6, "exact"), ("killed", 3, "exact")}),
        ("Two people were shot, neither fatally.", {("shot", 2, "exact")}),
        # a plural counted by the people listed beside it
        ("The victims, a 31-year-old man and a 17-year-old girl, were shot in the legs.", {("shot", 2, "exact")}),
        # an age bound is no count
        ("Police said a boy younger than 8 was shot.", {("shot", 1, "exact")}),
        # "a man and woman": the article is shared
        ("Deputies found a man and woman suffering from gunshot wounds.", {("hit", 2, "exact")}),
    ],
)
def test_counts_come_from_the_parse_with_their_qualifier(parse, sentence: str, expected: set[tuple[str, int, str]]) -> None:  # type: ignore[no-untyped-def]
    doc = parse(sentence)
    found = {(c.attribute, c.value, c.qualifier) for c in counts_in(doc[:])}
    assert found == expected
    for c in counts_in(doc[:]):
        assert sentence[c.start : c.end]  # a span, never empty


@pytest.mark.parametrize(
    ("expression", "published", "expected"),
    [
        ("March 22", "2024-03-26", ("2024-03-22", "day")),
        ("Saturday night", "2017-04-10", ("2017-04-08", "day")),
        ("early Monday", "2017-04-10", ("2017-04-10", "day")),
        ("yesterday", "2024-03-26", ("2024-03-25", "day")),
        ("last night", "2024-03-26", ("2024-03-25", "day")),
        ("today", "2024-03-26", ("2024-03-26", "day")),
        ("December 30", "2024-01-02", ("2023-12-30", "day")),
        ("March 22, 2024", None, ("2024-03-22", "day")),
        ("March 2024", "2024-05-01", ("2024-03-01", "month")),
        ("2004", "2024-03-26", ("2004-01-01", "year")),
        ("last week", "2024-03-26", None),
        ("March 22", None, None),
        ("4800", "2024-03-26", None),
        ("12:30 Saturday morning", "2014-07-28", ("2014-07-26", "day")),
        ("1 a.m.", "2024-03-26", None),
        ("overnight", "2024-03-26", ("2024-03-26", "day")),
        ("early this morning", "2024-03-26", ("2024-03-26", "day")),
        ("Monday", "2017-04-09", ("2017-04-10", "day")),
        ("last Monday", "2017-04-09", ("2017-04-03", "day")),
        ("last July", "2015-04-30", ("2014-07-01", "month")),
        ("this past July", "2015-04-30", ("2014-07-01", "month")),
        ("early May", "2015-06-10", ("2015-05-01", "month")),
        ("last April", "2015-04-30", ("2014-04-01", "month")),
        ("April of last year", "2015-06-10", ("2014-04-01", "month")),
        ("the night of May 25", "2015-06-10", ("2015-05-25", "day")),
        # A weekday with a day of the month and no year names the year in which they agree.
        ("Saturday, Sept. 12", "2017-01-28", ("2015-09-12", "day")),
        ("Saturday, Jan. 21", "2017-01-27", ("2017-01-21", "day")),
        ("Sept. 12", "2017-01-28", ("2016-09-12", "day")),
        ("Monday, Sept. 12, 2016", "2017-01-28", ("2016-09-12", "day")),  # a year written wins
        ("May 24", "2014-05-23", ("2014-05-24", "day")),  # a report dated a day early, not a year-old day
        ("Dec. 2nd", "2017-01-03", ("2016-12-02", "day")),
        ("June 14", "2016-06-03", ("2016-06-14", "day")),  # a hearing to come, not last June's day
        # a clock time, with or without its "a.m.", does not change the day
        ("just after 11 Thursday night", "2016-07-15", ("2016-07-14", "day")),
        ("around 7 last night", "2017-02-07", ("2017-02-06", "day")),
        ("around 7:45 this morning", "2016-08-27", ("2016-08-27", "day")),
        ("4:00PM, SATURDAY", "2016-08-14", ("2016-08-13", "day")),
        ("August 12", "2016-06-03", ("2015-08-12", "day")),  # too far ahead to be to come
        ("February 30", "2016-03-10", None),
        ("Octember 3", "2016-03-10", None),
    ],
)
def test_dates_resolve_against_publication(expression: str, published: str | None, expected: tuple[str, str] | None) -> None:
    base = dt.date.fromisoformat(published) if published else None
    got = resolve(expression, base)
    assert (None if got is None else (got[0].isoformat(), got[1])) == expected


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


def _article(text: str, published: str | None = "2017-04-10") -> Article:
    return Article(id="a", text=text, published=dt.date.fromisoformat(published) if published else None)


def test_comparison_lends_no_incident_nor_figures(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The attack was reminiscent of the 2004 Beslan school siege, in which 334 hostages were killed."
    mention = extract(parse(text), _article(text))
    if mention is not None:
        assert all(c.value != 334 for c in mention.claims)


def test_report_without_violence_is_no_incident(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The city council approved the new budget on Tuesday after a long debate about parks."
    assert extract(parse(text), _article(text)) is None


def test_dateline_names_the_city(parse) -> None:  # type: ignore[no-untyped-def]
    text = "MACUNGIE, Pa. — A man was shot and killed Saturday night outside a bar, police said."
    mention = extract(parse(text), _article(text))
    assert mention is not None
    assert mention.place.city == "Macungie"
    assert mention.place.admin1 == "Pennsylvania"
    assert mention.place.country == "USA"
    assert mention.date == dt.date(2017, 4, 8)
    killed = [c for c in mention.claims if c.attribute == "killed"]
    assert [c.value for c in killed] == [1]


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        # one victim told twice: wounded, then dead
        ("Antrez Felder was shot Sunday night. Felder was wounded in the chest. Antrez Felder died at the hospital.", []),
        ("A 3-year-old girl has died after a shooting. Police said the young girl was injured when a gun went off.", []),
        ("A 17-year-old boy died in a shooting on Friday. Police said he was wounded at a party.", []),
        ("A teenager injured in a shooting on Monday morning has died, police said.", []),
        # a new victim stays wounded
        ("A man was killed in a shooting on Friday. A woman was wounded and taken to the hospital.", [1]),
        ("A man died in a shooting on Friday. Another man was wounded, police said.", [1]),
    ],
)
def test_the_dead_are_not_also_wounded(parse, text: str, wounded: list[int]) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), _article(text))
    assert mention is not None
    assert [c.value for c in mention.claims if c.attribute == "wounded"] == wounded


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # the headline is all a page of boilerplate says, without "were" and without "a"
        ("Four teens shot after party in St. Louis\n\nGet email notifications from this author.", {("shot", 4), ("wounded", 4)}),
        ("Loved ones remember teen killed in Riviera Beach shooting\n\nFamily members held a vigil Saturday.", {("killed", 1)}),
        ("Man shot in Dayton\n\nPolice are investigating.", {("shot", 1), ("wounded", 1)}),
        # Title Case headlines are read in lower case: their capitalised verbs are not names
        ("Gunfight At Fresno Biker Club Kills 1, Wounds 12\n\nA dance turned into a gun battle.", {("killed", 1), ("wounded", 12)}),
        ("2 Killed, 2 Hurt In West Side Detroit Shooting\n\nPolice are investigating.", {("killed", 2), ("wounded", 2)}),
        # victims listed with commas, and "N shot" after a colon
        ("Man, woman killed in Miami shooting\n\nPolice are investigating.", {("killed", 2)}),
        ("Envy Nightclub shooting: 4 shot in Palm Springs club\n\nPolice are investigating.", {("shot", 4), ("wounded", 4)}),
        # a channel's number beside the count is no part of it
        ("WJTV Channel 12 - Five Injured In Nightclub Shooting\n\nPolice are investigating.", {("wounded", 5)}),
        # an active verb with its subject stays active
        ("Man shot and killed his wife\n\nPolice are investigating.", {("killed", 1)}),
        # the victim the parser takes for an interjection; a date beside "dies"
        ("Girl, 16, fatally shot in Hyde Park neighborhood\n\nGet email notifications.", {("killed", 1)}),
        ("Man dies 3/4 after shooting\n\nPolice are investigating.", {("killed", 1)}),
        ("3 dead, 2 wounded in drive-by shooting in west Tulsa\n\nPolice are investigating.", {("killed", 3), ("wounded", 2)}),
        # shot "at" a place is no shot aimed at someone; "one fatally" hung loosely on "shot"
        ("3 Teens, 2 Adults Shot At Graduation Party In Fresno\n\nPolice are investigating.", {("shot", 5), ("wounded", 5)}),
        ("Two women shot, one fatally, in Akron\n\nPolice are investigating.", {("shot", 2), ("killed", 1), ("wounded", 1)}),
        ("Gunman shot at officers in Akron\n\nPolice are investigating.", set()),
    ],
)
def test_headline_counts_without_auxiliaries(parse, text: str, counts: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), _article(text))
    assert mention is not None
    assert {(c.attribute, c.value) for c in mention.claims if c.attribute in ("killed", "wounded", "shot")} == counts


def test_count_in_a_clause_about_last_year_is_left_out(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "One person was killed in a shooting Tuesday night in Clewiston. "
        "His father, whose son was killed in another shooting last year, spoke to reporters."
    )
    mention = extract(parse(text), _article(text, "2016-11-23"))
    assert mention is not None
    killed = [c for c in mention.claims if c.attribute == "killed"]
    assert [c.quote for c in killed] == ["One person was killed"]


@pytest.mark.parametrize(
    "text",
    [
        "DATE: September 26, 2016\n\nA woman was shot and killed at a home on Pease Street.",
        "NOPD: 4 shot in Gert Town fatal shooting\n\nOne of the victims was pronounced dead.",
        "A man was shot and killed Friday. Three others entered pleas today in Lucas County Common Pleas Court.",
    ],
)
def test_labels_and_institutions_are_no_city(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), _article(text))
    assert mention is not None
    assert mention.place.city is None


def test_every_claim_quote_equals_its_span(parse) -> None:  # type: ignore[no-untyped-def]
    text = "KANSAS CITY, Kan. — Two men were shot, one fatally, early Sunday at a park. Police arrested a suspect."
    article = _article(text)
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
    ],
)
def test_city_of_the_incident(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), _article(text))
    assert mention is not None
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
        # a town named as a noun's modifier, which the recogniser takes for a person or nothing
        ("The Yonkers girl was shot in the arm on Friday and taken to a hospital.", "Yonkers"),
        ("A Zanesville bar was the scene of a shooting that injured four people Sunday.", "Zanesville"),
        # one the tagger takes for a common noun and the recogniser for a people
        ("Saginaw kids playing in a yard find gun, one child shot\n\nA boy was wounded on Friday afternoon.", "Saginaw"),
    ],
)
def test_district_is_placed_in_its_city(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), _article(text))
    assert mention is not None
    assert mention.place.city == city


@pytest.mark.parametrize(
    ("text", "district"),
    [
        # the far-away reading the city's police outweighed still tells this shooting from others there
        ("AUSTIN — Four boys were wounded in a shooting on Monday night, Chicago police said.", "district:austin"),
    ],
)
def test_a_dateline_read_as_a_district_tells_the_incident_apart(parse, text: str, district: str) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), _article(text))
    assert mention is not None
    assert (mention.place.city, district in mention.names) == ("Chicago", True)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a town the report puts the incident in places it more exactly than the county heading it
        ("HENRICO COUNTY, Va. — A teenager was shot and killed inside a home in Sandston on Saturday, deputies said.", "Sandston"),
        # the town of the hospital the wounded were taken to is not the incident's
        ("HENRICO COUNTY, Va. — A man was shot at a home on Sunday and was flown to a hospital in Richmond, where he died.", "Henrico County"),
        # a town only named, not the incident's, leaves the county
        ("TROUP COUNTY, Ga. — Five people were shot and killed in a home on Sunday. One of the victims had moved from Atlanta last year.", "Troup County"),
    ],
)
def test_town_in_a_county(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), _article(text))
    assert mention is not None
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
    mention = extract(parse(text), _article(text))
    assert mention is not None
    assert mention.place.city == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Police arrested two men in Fresno on Tuesday in connection with a shooting that wounded three people in Modesto.", "Modesto"),
        ("A 19-year-old was arrested in Tulsa after a man was fatally shot outside a store in Broken Arrow, police said.", "Broken Arrow"),
    ],
)
def test_town_of_the_arrest_is_not_the_incidents(parse, text: str, city: str) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), _article(text))
    assert mention is not None
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
    mention = extract(parse(text), _article(text))
    assert mention is not None
    assert mention.place.city != wrong


def test_a_word_of_direction_is_no_place(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Shootings on the South and West sides left two men dead on Sunday."
    mention = extract(parse(text), _article(text))
    assert mention is not None
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
    mention = extract(parse(text), _article(text))
    assert mention is not None
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
    ],
)
def test_undated_summary_dates_itself(parse, text: str, kind: str, day: dt.date, city: str) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), _article(text, None))
    assert mention is not None
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
    mention = extract(parse(text), _article(text, None))
    assert mention is not None
    named = [c.value for c in mention.claims if c.attribute == "perpetrator"]
    assert named == ([doer] if doer else [])


@pytest.mark.parametrize(
    "tally",
    [
        "So far this year, 3,290 people have been shot in the city.",
        "At least 53 people were wounded in shootings across Chicago over the weekend.",
        "More than 3,290 people have been injured in those shootings, police said.",
        "Crime stats for 2015 show 165 people were murdered in the city.",
        "Police said a 25 y/o man and a 73 y/o man were shot and killed in another incident.",
    ],
)
def test_tallies_of_many_incidents_lend_no_figures(parse, tally: str) -> None:  # type: ignore[no-untyped-def]
    text = "CHICAGO — A 19-year-old man was shot and killed Saturday night in Englewood, police said. " + tally
    mention = extract(parse(text), _article(text))
    assert mention is not None
    figures = {(c.attribute, c.value) for c in mention.claims if c.attribute in ("killed", "wounded", "shot")}
    assert ("killed", 1) in figures
    assert all(value < 50 for _, value in figures), figures


@pytest.mark.parametrize(
    "tally",
    [
        # the incidents summed are numbered
        "In 14 shootings that weekend, 26 people were wounded and six were killed.",
        # the days are a span
        "In the past six weeks, four children have died from accidental gunfire in the county.",
        "Police said two people have been killed since Friday.",
        "Nine people were shot in the city in about ten hours.",
        "Eight others were wounded between 6 p.m. Friday and 5 a.m. Monday.",
        # the places summed
        "At least 21 people were shot across the five boroughs overnight.",
    ],
)
def test_tallies_of_numbered_incidents_or_many_days_lend_no_figures(parse, tally: str) -> None:  # type: ignore[no-untyped-def]
    text = "CHICAGO — A 19-year-old man was shot and killed Saturday night in Englewood, police said. " + tally
    mention = extract(parse(text), _article(text))
    assert mention is not None
    assert {(c.attribute, c.value) for c in mention.claims if c.attribute in ("killed", "wounded")} == {("killed", 1)}


@pytest.mark.parametrize(
    "headline",
    ["5 Dead, 17 Wounded In Weekend Shootings", "Four Wounded In Weekend Shootings On South Side"],
)
def test_headline_tally_of_many_incidents_lends_no_figures(parse, headline: str) -> None:  # type: ignore[no-untyped-def]
    text = headline + "\n\nA 19-year-old man was shot and killed Saturday night in Englewood, police said."
    mention = extract(parse(text), _article(text))
    assert mention is not None
    assert {(c.attribute, c.value) for c in mention.claims if c.attribute in ("killed", "wounded")} == {("killed", 1)}


@pytest.mark.parametrize(
    "background",
    [
        # the noun the count's clause belongs to is dated years before
        "The gun shop also sold weapons used in the Nov. 5, 2009 rampage at the base that left 13 dead and 30 injured.",
        "The president said it brought back memories of the 2009 mass shooting at the base, which killed 13 people.",
        # the clause hangs from the date itself
        "The deadliest campus shooting was in 2007, when a student killed 32 people.",
        # the verb the count hangs from is dated
        "On Nov. 5, 2009, a psychiatrist opened fire at the base, killing 13 people and wounding 30 others.",
        # the parser parts the date from the incident it dates
        "The same store sold the pistol used in the Nov. 5, 2009, Fort Hood rampage that killed 13 people.",
        # last year's incident, in a report of this year's
        "There was no sign of a plot such as last year's nightclub massacre in Orlando, Florida, that killed 49 people.",
    ],
)
def test_figures_of_an_incident_dated_years_before_lend_nothing(parse, background: str) -> None:  # type: ignore[no-untyped-def]
    text = "A soldier shot and killed three people at the base on Wednesday, officials said. " + background
    mention = extract(parse(text), _article(text, "2014-04-03"))
    assert mention is not None
    figures = {(c.attribute, c.value) for c in mention.claims if c.attribute in ("killed", "wounded")}
    assert ("killed", 3) in figures
    assert all(value < 13 for _, value in figures), figures


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        # the others are hit besides the dead: none of them is counted dead
        ("A 13-year-old boy was killed and six others were shot Friday night, police said.", 6),
        ("13-year-old boy killed, 6 others shot on West Side\n\nPolice are investigating.", 6),
        ("A man was shot and killed Friday night. A woman was also shot and survived.", 1),
        # the dead are among the hits
        ("Four people were shot Friday, one fatally.", 3),
        ("A man died Friday night after he and four others were shot outside a home.", 4),
        ("Police say a man shot four others Friday night, including one who died.", 3),
        ("Five people were shot Friday night. Two of them died at a hospital.", 3),
    ],
)
def test_hits_that_did_not_kill_are_the_wounded(parse, text: str, wounded: int) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), _article(text))
    assert mention is not None
    assert max(c.value for c in mention.claims if c.attribute == "wounded") == wounded


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The gunman opened fire Friday, killing three and wounding 16 before taking his own life.", 4),
        ("A man shot his family Friday, killing three, then killed himself.", 4),
        ("The gunman killed two people Friday before he committed suicide.", 3),
        ("A woman killed her daughter and two grandchildren Friday before turning the gun on herself.", 4),
        # turning the gun on oneself alone does not say one died
        ("A man shot his wife Friday before turning the gun on himself.", 0),
        # the killer is already among the dead counted
        ("Five people, including the gunman who killed himself, died Friday.", 5),
        ("A man killed himself Friday after a standoff with police.", 1),
    ],
)
def test_a_killer_who_kills_himself_is_among_the_dead(parse, text: str, killed: int) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), _article(text))
    assert mention is not None
    assert max((c.value for c in mention.claims if c.attribute == "killed"), default=0) == killed


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a hit is a gunshot when gunfire does it or it follows the firing
        ("Suspects fired into a crowd Saturday, hitting four adults and a teen.", {("shot", 5), ("wounded", 5)}),
        ("A bullet struck a 1-year-old girl on Saturday.", {("shot", 1), ("wounded", 1)}),
        ("The gun went off Saturday and hit the 11-year-old.", {("shot", 1), ("wounded", 1)}),
        # a man suspected of wounding partygoers: people not named by the commonest words
        ("Police arrested a man Saturday on suspicion of shooting into a home and wounding five partygoers.", {("wounded", 5)}),
        # "double", "triple": the victims of the incident they modify
        ("Police are investigating a triple homicide on Saturday.", {("killed", 3)}),
        ("The double shooting happened Saturday, police said. One man died.", {("shot", 2), ("killed", 1), ("wounded", 1)}),
    ],
)
def test_victims_told_by_a_hit_or_a_multiple(parse, text: str, counts: set[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), _article(text))
    assert mention is not None
    assert {(c.attribute, c.value) for c in mention.claims if c.attribute in ("killed", "wounded", "shot")} == counts


@pytest.mark.parametrize("text", ["A car hit a 9-year-old boy on Saturday.", "A truck struck two pedestrians on Saturday."])
def test_a_hit_by_no_gunfire_is_no_shot(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), _article(text))
    assert mention is None or not [c for c in mention.claims if c.attribute in ("shot", "wounded")]


def _event_of(parse, reports: list[tuple[str, str]]) -> Event:  # type: ignore[no-untyped-def]
    """One event from the claims of several reports, each a (text, publication date)."""
    claims = []
    for i, (text, published) in enumerate(reports):
        article = Article(id=f"r{i}", text=text, published=dt.date.fromisoformat(published))
        mention = extract(parse(text), article)
        assert mention is not None, text
        claims.extend(mention.claims)
    event = Event(id="e", kind="incident", type=None, cameo=None, plover=None, title=None, date=None,
                  date_precision=None, place=Place(), articles=[f"r{i}" for i in range(len(reports))], claims=claims)  # fmt: skip
    return reconcile(event)


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
    ],
)
def test_a_town_of_one_report_places_the_county_of_another(parse, reports: list[tuple[str, str]], city: str) -> None:  # type: ignore[no-untyped-def]
    assert _event_of(parse, reports).place.city == city


@pytest.mark.parametrize(
    ("reports", "day"),
    [
        (  # two later reports date the charge, not the shooting that the first report dates by its day
            [
                ("Police said a man was killed in a shooting at an apartment complex in Hermitage.", "2017-04-08"),
                ("A Hermitage man was charged Monday with murder in the shooting death of his neighbor.", "2017-04-19"),
                ("A Hermitage man was charged Monday with murder in the fatal shooting of his neighbor.", "2017-04-26"),
            ],
            dt.date(2017, 4, 8),
        ),
        (  # "last July" names no day; it backs the report that gives one
            [
                ("A 5-year-old girl died after she was shot by another child on Wednesday.", "2014-08-01"),
                ("The girl was shot and killed by another 5-year-old last July.", "2015-04-30"),
                ("A 5-year-old girl was shot and killed by another child last July.", "2015-05-02"),
                ("A couple pleaded not guilty over the shooting of a 5-year-old girl last July.", "2015-05-04"),
            ],
            dt.date(2014, 7, 30),
        ),
    ],
)
def test_event_date_is_the_incident_day_not_a_later_reports(parse, reports: list[tuple[str, str]], day: dt.date) -> None:  # type: ignore[no-untyped-def]
    event = _event_of(parse, reports)
    assert (event.date, event.date_precision) == (day, "day")


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("A man was shot and killed Saturday night outside a bar in Macungie last July, police said.", "2017-04-10", dt.date(2017, 4, 8)),
        ("A woman was shot Sunday night in Hermitage. She died Monday at a hospital.", "2017-04-09", dt.date(2017, 4, 9)),
        # The page's own stamps are when it was written, not what it tells of.
        ("Posted: Tuesday, January 28, 2014 8:18 PM EST Updated: Friday, February 28, 2014\n\n"
         "A student was shot and killed at an apartment complex in Hermitage.", "2014-01-28", dt.date(2014, 1, 28)),
        ("Updated: Apr 12, 2016\n\nA teen was fatally shot at his home Sunday night, his family said.", "2016-04-11", dt.date(2016, 4, 10)),
        ("Four teenagers were shot while walking to a store. (Published Thursday, Jan. 12, 2017)\n\n"
         "One of them died at a hospital.", "2017-01-11", dt.date(2017, 1, 11)),
    ],
)
def test_report_dates_the_incident_by_its_day(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), _article(text, published))
    assert mention is not None
    assert (mention.date, mention.date_precision) == (day, "day")


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
    "later",
    [
        "Three weeks earlier, a gunman outside another club on the street wounded nine people.",
        "It was the second shooting on the block this spring; in the first, seven people were injured.",
    ],
)
def test_a_larger_wounded_figure_deep_in_a_report_is_not_its_own(parse, later: str) -> None:  # type: ignore[no-untyped-def]
    body = (
        "A man was killed and two others were wounded in a shooting outside a nightclub Friday night, police said. "
        "Officers arrived shortly after 1 a.m. and found the victims in the parking lot. Investigators spent the "
        "night collecting shell casings and interviewing witnesses who had been waiting in line at the door. "
        "The club's owner said the men had been asked to leave after an argument inside, and that security "
        "staff called 911 as soon as they heard the shots. Neighbors said they had complained about noise and "
        "fights outside the club for months, and a city council member said she would ask for its license to "
        "be reviewed. Police have not named a suspect and asked anyone with information to call detectives. "
    )
    event = _event_of(parse, [(body + later, "2017-04-08")])
    assert event.facts["killed"].best == 1
    assert event.facts["wounded"].best == 2


@pytest.mark.parametrize(
    ("reports", "killed", "wounded"),
    [
        (  # the wounded victim dies: one dead, none wounded
            [
                ("A 4-year-old girl was shot Friday night and taken to a hospital in critical condition.", "2017-04-08"),
                ("The 4-year-old girl who was shot Friday night died Sunday at the hospital.", "2017-04-10"),
            ],
            1,
            0,
        ),
        (  # a later report of the charge names fewer victims: the wounded were not healed
            [
                ("A man was killed and three others were wounded in a shooting Friday night.", "2017-04-08"),
                ("A 20-year-old was charged Monday with the murder of a man killed Friday night. Another man was wounded.", "2017-04-11"),
            ],
            1,
            3,
        ),
    ],
)
def test_the_wounded_are_the_most_victims_any_report_gives_less_the_dead(parse, reports: list[tuple[str, str]], killed: int, wounded: int) -> None:  # type: ignore[no-untyped-def]
    event = _event_of(parse, reports)
    assert event.facts["killed"].best == killed
    assert (event.facts["wounded"].best if "wounded" in event.facts else 0) == wounded


@pytest.mark.parametrize(
    ("reports", "killed"),
    [
        (  # two reports agree on three dead; a later one mourns one of them
            [
                ("Three people were killed in a shooting Saturday night, police said.", "2017-04-08"),
                ("A gunman killed three people Saturday night, police said.", "2017-04-09"),
                ("Neighbors mourn a man who was killed Saturday night.", "2017-04-10"),
            ],
            3,
        ),
        (  # a rising toll ends at its latest figure, however many reports gave the first
            [
                ("Two people were killed in a shooting Saturday night, police said.", "2017-04-08"),
                ("A gunman killed two people Saturday night, police said.", "2017-04-09"),
                ("A third victim of Saturday's shooting died Monday: three people were killed.", "2017-04-11"),
            ],
            3,
        ),
    ],
)
def test_a_later_report_of_fewer_dead_than_most_agree_on_lowers_no_toll(parse, reports: list[tuple[str, str]], killed: int) -> None:  # type: ignore[no-untyped-def]
    assert _event_of(parse, reports).facts["killed"].best == killed


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # an arrest is a figure of the report, but its day is not the incident's
        ("A man was arrested Tuesday in the shooting death of a teenager. Police said the teen was "
         "walking home from a Dayton gas station late Saturday.", "2017-04-12", dt.date(2017, 4, 8)),
        # a court's or a hospital's day dates what followed the incident
        ("A 17-year-old was held Monday in the shooting of a store clerk. The clerk was behind "
         "the counter late Saturday when the teen walked in.", "2017-04-11", dt.date(2017, 4, 8)),
        # a funeral "takes place" after the incident it mourns
        ("A 9-year-old girl died after an accidental shooting in Irondale on Saturday. Her "
         "visitation will take place Tuesday at a funeral home.", "2016-02-06", dt.date(2016, 2, 6)),
    ],
)
def test_what_followed_the_incident_does_not_date_it(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), _article(text, published))
    assert mention is not None
    assert mention.date == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the day hangs on the time, and the time on the verb of happening
        ("A man was seriously hurt in an overnight shooting at a motel. The shooting happened at "
         "about 11:30 p.m. Monday in the parking lot, police said.", "2017-01-03", dt.date(2017, 1, 2)),
        # a later report names the day it follows up, and the court's day is not the incident's
        ("A man was arraigned Monday in the shooting of a store clerk. Police said the clerk was "
         "closing the store on Aug. 22 when a man walked in.", "2015-09-22", dt.date(2015, 8, 22)),
    ],
)
def test_the_day_a_report_gives_the_incident(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), _article(text, published))
    assert mention is not None
    assert mention.date == day


@pytest.mark.parametrize(
    ("expression", "calendar"),
    [("June 29", True), ("Sept. 12, 2016", True), ("5/28/1970", True), ("the night of March 13, 2013", True),
     ("Monday", False), ("last May", False), ("May 2014", False)],
)
def test_a_calendar_date_writes_month_and_day(expression: str, calendar: bool) -> None:
    assert is_calendar_date(expression) is calendar


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a weekday after the report's day tells of what is to come
        ("A man was found shot to death in his car in Macon, police said. An autopsy is scheduled "
         "for Thursday.", "2016-12-28", dt.date(2016, 12, 28)),
        ("A 5-year-old was shot in the leg at his home in Canton, police said. The boy turns 6 on "
         "Sunday.", "2017-01-21", dt.date(2017, 1, 21)),
        # a day of the month ahead of the report is a day to come, not last year's
        ("A man was charged in the shooting of a clerk in Tulsa. A hearing is set for June 14.",
         "2016-06-07", dt.date(2016, 6, 7)),
    ],
)
def test_a_day_to_come_does_not_date_the_incident(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), _article(text, published))
    assert mention is not None
    assert mention.date == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a day tied to a shooting far below the lead is another incident's
        ("Four people were found shot to death in a home on the north side on Tuesday, police said. "
         "A neighbor called 911 after hearing an argument. Officers forced the door open. "
         "The victims were two women and two men. Detectives spent the afternoon at the scene. "
         "Neighbors said the family had moved in last spring. The street was quiet by evening. "
         "A vigil is planned. On Saturday, less than a mile away, a man shot and killed his "
         "brother.", "2015-03-24", dt.date(2015, 3, 24)),
        # the lead tells of the incident without its day: the lead still comes first
        ("Four people were found dead in a home on the north side, police said. A neighbor called "
         "911 after hearing an argument. Officers forced the door open. The victims were two women "
         "and two men. Detectives spent the afternoon at the scene. The four were shot late Monday, "
         "police said. Neighbors said the family had moved in last spring. The street was quiet by "
         "evening. On Saturday, less than a mile away, a man shot and killed his brother.", "2015-03-24", dt.date(2015, 3, 23)),
    ],
)
def test_the_lead_dates_the_report_s_incident(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), _article(text, published))
    assert mention is not None
    assert mention.date == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # days the recogniser leaves out of its entities
        ("A 2-year-old boy was accidentally shot in his leg early Tuesday morning, police said. "
         "The boy is expected to recover.", "2015-09-30", dt.date(2015, 9, 29)),
        ("Deputies responded to a call about a shooting around 7 last night on East Main Avenue. "
         "A man was hurt.", "2017-02-07", dt.date(2017, 2, 6)),
        # a weekday in a name is no day
        ("A man was shot outside a store in Dayton during a Black Friday sale, police said.", "2016-11-26", dt.date(2016, 11, 26)),
    ],
)
def test_a_day_the_recogniser_misses_still_dates_the_incident(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), _article(text, published))
    assert mention is not None
    assert mention.date == day

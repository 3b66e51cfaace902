"""The incident's date, on sentences written for each case: expressions resolved against publication,
the day a report gives, and what does not date the incident."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import event_of, incident_of

from storyline.extract import extract
from storyline.extract.dates import in_web_address, is_calendar_date, resolve, warm
from storyline.model import Article, Claim
from storyline.reconcile import event_date_fact


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
        # a weekday that does not fit a date of the past weeks is the writer's slip, not another year
        ("Wednesday, November 11", "2016-11-23", ("2016-11-11", "day")),
        ("Friday, March 3", "2017-03-06", ("2017-03-03", "day")),
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
        # a season or a habit names no day
        ("this spring", "2015-03-20", None),
        ("this summer", "2016-08-02", None),
        ("every Thursday", "2013-03-18", None),
        # "last Friday" said on Saturday is the Friday of the week before; "last Saturday night"
        # said on Sunday is last night
        ("last Friday", "2014-11-22", ("2014-11-14", "day")),
        ("last Thursday", "2013-07-19", ("2013-07-11", "day")),
        ("last Saturday night", "2016-10-23", ("2016-10-22", "day")),
        ("last Friday", "2015-09-14", ("2015-09-11", "day")),
        # a year of two digits is of the report's century, even a day ahead of the report
        ("8/14/13", "2013-08-13", ("2013-08-14", "day")),
        ("4/3/17", "2017-04-03", ("2017-04-03", "day")),
        ("8/14/13", None, None),
        # a day of 0: the month is known, the day not
        ("7/0/1970", None, ("1970-07-01", "month")),
        ("13/0/1970", None, None),
        # a holiday names its day: of the year written, else the last one before the report
        ("Christmas Eve", "2016-12-27", ("2016-12-24", "day")),
        ("New Year's Eve", "2017-01-02", ("2016-12-31", "day")),
        ("Christmas morning", "2015-12-25", ("2015-12-25", "day")),
        ("the Fourth of July", "2014-07-06", ("2014-07-04", "day")),
        ("Thanksgiving Day", "2016-11-26", ("2016-11-24", "day")),
        ("Easter Sunday", "2015-04-07", ("2015-04-05", "day")),
        ("early Easter morning", "2016-03-29", ("2016-03-27", "day")),
        ("Memorial Day", "2015-05-27", ("2015-05-25", "day")),
        ("Labor Day 2014", "2015-03-02", ("2014-09-01", "day")),
        ("Halloween", "2016-06-01", ("2015-10-31", "day")),
        # a year, a month, a month of a year: the first day of it, the month before the report
        ("2015", "2016-05-20", ("2015-01-01", "year")),
        ("May", "2016-05-20", ("2016-05-01", "month")),
        ("June", "2016-05-20", ("2015-06-01", "month")),
        ("December", "2016-01-02", ("2015-12-01", "month")),
        ("January", "2016-01-02", ("2016-01-01", "month")),
        ("July 2014", "2016-05-20", ("2014-07-01", "month")),
        ("Sept. 2016", "2016-12-31", ("2016-09-01", "month")),
        ("November, 2012", "2014-06-15", ("2012-11-01", "month")),
        ("Christmas", None, None),
        # days or weeks counted back from the report; a weekday after "a week ago" is that week's
        ("two days ago", "2017-04-01", ("2017-03-30", "day")),
        ("about 10 days ago", "2017-04-01", ("2017-03-22", "day")),
        ("one week ago", "2017-04-01", ("2017-03-25", "day")),
        ("a week ago Thursday", "2017-04-01", ("2017-03-23", "day")),
        ("three months ago", "2017-04-01", None),
        ("two weeks ago and counting", "2017-04-01", None),
        # any other word makes it no day
        ("the Christmas party", "2016-12-27", None),
        ("the holiday weekend", "2016-07-06", None),
    ],
)
def test_dates_resolve_against_publication(expression: str, published: str | None, expected: tuple[str, str] | None) -> None:
    base = dt.date.fromisoformat(published) if published else None
    got = resolve(expression, base)
    assert (None if got is None else (got[0].isoformat(), got[1])) == expected


@pytest.mark.parametrize(
    ("expression", "published", "expected"),
    [
        ("February 21, 2014 EST", "2014-03-01", ("2014-02-21", "day")),
    ],
)
def test_warming_dateparser_changes_no_date(expression: str, published: str, expected: tuple[str, str]) -> None:
    warm()
    got = resolve(expression, dt.date.fromisoformat(published))
    assert got is not None and (got[0].isoformat(), got[1]) == expected



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
    event = event_of(parse, reports)
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
        # a post quoted in the page is signed with its own day
        ("A teenager was shot and wounded at a house party, deputies said. Deputies are at the scene "
         "now. — Jane Roe (@janeroe_news) April 11, 2017\n\nThe boy was taken to a hospital.", "2017-04-10", dt.date(2017, 4, 10)),
        # a page kept by an archive weeks later: its own stamp says when it was written
        ("Created: 08/09/2014 5:14 AM\n\nNine people were hurt in a shooting inside a nightclub "
         "early Saturday, police said.", "2014-10-15", dt.date(2014, 8, 9)),
    ],
)
def test_report_dates_the_incident_by_its_day(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text, published)
    assert (mention.date, mention.date_precision) == (day, "day")


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # an arrest is a figure of the report, but its day is not the incident's
        ("A man was arrested Tuesday in the shooting death of a teenager. Police said the teen was "
         "walking home from a Dayton gas station late Saturday.", "2017-04-12", dt.date(2017, 4, 8)),
        # a court's or a hospital's day dates what followed the incident
        ("A 17-year-old was held Monday in the shooting of a store clerk. The clerk was behind "
         "the counter late Saturday when the teen walked in.", "2017-04-11", dt.date(2017, 4, 8)),
        # a search goes on, and a suspect gives himself up, after the incident
        ("A search continued Monday for two men after a shooting that left a woman dead. Witnesses "
         "said shots rang out at a cookout about 4 p.m. Sunday.", "2017-04-11", dt.date(2017, 4, 9)),
        ("A man who held police off for hours surrendered on Friday morning. The standoff began "
         "after he shot at officers about 5 p.m. on Thursday.", "2017-04-14", dt.date(2017, 4, 13)),
        # the parser hangs the court's clause below the killing: it is still the court's day
        ("Three men accused in a shooting that killed a woman and wounded her son were arraigned "
         "Wednesday. Officers found the two on a porch Sunday night.", "2017-04-13", dt.date(2017, 4, 9)),
        ("Two brothers accused in a shooting that killed a teenager and injured another man appeared "
         "in court on Thursday. Neighbors heard gunfire on Elm Street late Monday.", "2017-04-14", dt.date(2017, 4, 10)),
        # a judge's day is the court's, told before the month of the shooting it heard of
        ("A shooting killed one teen and wounded four others outside a Portela carnival in late March. "
         "On Tuesday, Judge Mara Tessel found that prosecutors had established probable cause in the case.",
         "2017-04-12", dt.date(2017, 3, 1)),
        # a funeral "takes place" after the incident it mourns
        ("A 9-year-old girl died after an accidental shooting in Irondale on Saturday. Her "
         "visitation will take place Tuesday at a funeral home.", "2016-02-06", dt.date(2016, 2, 6)),
    ],
)
def test_what_followed_the_incident_does_not_date_it(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, published).date == day


def test_a_day_set_a_week_or_more_back_is_an_earlier_incidents(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "UPDATE: Police said they are still in the early stages of the investigation. We also learned that a "
        "19-year-old male was shot and killed on the same block just last week, on Saturday, Aug 10.\n\n"
        "Four men were shot near Kingsessing Park Tuesday night. All four men were hospitalized."
    )
    assert incident_of(parse, text, "2013-08-13").date == dt.date(2013, 8, 13)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the day hangs on the time, and the time on the verb of happening
        ("A man was seriously hurt in an overnight shooting at a motel. The shooting happened at "
         "about 11:30 p.m. Monday in the parking lot, police said.", "2017-01-03", dt.date(2017, 1, 2)),
        # a later report names the day it follows up, and the court's day is not the incident's
        ("A man was arraigned Monday in the shooting of a store clerk. Police said the clerk was "
         "closing the store on Aug. 22 when a man walked in.", "2015-09-22", dt.date(2015, 8, 22)),
        # a day written out before the incident word dates it, not the charge's weekday
        ("Two people were charged Monday with child endangerment in the March 20 shooting death of a "
         "13-year-old boy.", "2016-05-23", dt.date(2016, 3, 20)),
        # "overnight" that tells how long a stay lasted is no time of the incident
        ("A boy died from an accidental gunshot wound Wednesday at the family's property, where his parents "
         "have a camper and sometimes stay overnight.", "2015-07-16", dt.date(2015, 7, 15)),
        # a weekday is the day of the month the report ties to the incident on that weekday, not
        # the Monday after a Sunday report (January 19, 2015 was a Monday)
        ("A baby was killed Monday when his older brother fired a handgun. The prosecutor said Friday "
         "that the Jan. 19 shooting was an accident.", "2015-03-15", dt.date(2015, 1, 19)),
        # and so is a day of the month written before the death, in a clause of no incident
        ("A baby was killed Monday when his older brother fired a handgun. No charges will be filed. The "
         "prosecutor said Friday that the mother and grandfather of Tarno Quillan were not negligent. He called "
         "Tarno's Jan. 19 death tragic and accidental.", "2015-03-15", dt.date(2015, 1, 19)),
        # but not one written before what follows an incident
        ("A baby was killed Monday when his older brother fired a handgun. The brother's father missed the "
         "Jan. 19 hearing of another case.", "2015-03-17", dt.date(2015, 3, 16)),
        # a time fronted on what the victim was doing "when he was shot" dates the shooting, before
        # the roundup's day of other shootings further down
        ("At 10:30 p.m. Sunday, a 17-year-old was standing in the 7800 block of South Cornell Avenue when he "
         "was shot by two men, police said. He was pronounced dead at a hospital.\n\nIn non-fatal Monday "
         "shootings:\n\nAt 4:31 a.m., a 35-year-old man was wounded.", "2016-09-05", dt.date(2016, 9, 4)),
        # a day counted back from the report that the sentence ties to the incident dates it
        # before the weekday of the same sentence; not one tied to something else
        ("A professor was remembered at his memorial service. Investigators say Wilder was shot one week ago "
         "while driving down Elm Avenue Saturday afternoon.", "2017-04-01", dt.date(2017, 3, 25)),
        ("Officers responded to a home in Elm Park after someone called 911 to report a domestic dispute Sunday "
         "night. Three people were killed. Officials say the woman allowed the man to move into her home about "
         "two weeks ago, and the motive behind the shooting is unclear.", "2013-09-16", dt.date(2013, 9, 15)),
        # a weekday after a place's name is a day, not part of a name as in "Black Friday"
        ("Police are investigating a shooting in East Lubbock Saturday night. One man was wounded.", "2016-07-18", dt.date(2016, 7, 16)),
    ],
)
def test_the_day_a_report_gives_the_incident(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, published).date == day


@pytest.mark.parametrize(
    ("expression", "calendar"),
    [("June 29", True), ("Sept. 12, 2016", True), ("5/28/1970", True), ("the night of March 13, 2013", True),
     ("Monday", False), ("last May", False), ("May 2014", False), ("7/0/1970", False)],
)
def test_a_calendar_date_writes_month_and_day(expression: str, calendar: bool) -> None:
    assert is_calendar_date(expression) is calendar


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a holiday as the time of the shooting dates it
        ("A 16-year-old was shot and killed on Christmas Eve outside a home in Dayton, police said.",
         "2016-12-27", dt.date(2016, 12, 24)),
        ("A man was shot and wounded during the Fourth of July fireworks in Akron, police said.",
         "2014-07-07", dt.date(2014, 7, 4)),
        # the recogniser reads "Easter Sunday" as a place
        ("One person is dead and four others are injured after a shooting in the early morning hours of "
         "Easter Sunday in Louisville, police said.", "2015-04-07", dt.date(2015, 4, 5)),
        # a holiday as a thing's kind, or what was given for it, dates nothing
        ("A man was shot and killed Monday in Dayton with a gun he got for Christmas, police said.",
         "2016-12-28", dt.date(2016, 12, 26)),
        ("A woman was shot and wounded Tuesday night while putting away Christmas decorations in Akron, "
         "police said.", "2017-01-11", dt.date(2017, 1, 10)),
    ],
)
def test_a_holiday_dates_the_incident_only_as_its_day(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, published).date == day


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
    assert incident_of(parse, text, published).date == day


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
    assert incident_of(parse, text, published).date == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # days the recogniser leaves out of its entities
        ("A 2-year-old boy was accidentally shot in his leg early Tuesday morning, police said. "
         "The boy is expected to recover.", "2015-09-30", dt.date(2015, 9, 29)),
        ("Deputies responded to a call about a shooting around 7 last night on East Main Avenue. "
         "A man was hurt.", "2017-02-07", dt.date(2017, 2, 6)),
        # the recogniser runs a period into the day ("the year late Sunday") and leaves the part
        # of the day out
        ("Police in Flint responded to a fatal shooting and the ninth homicide of the year late "
         "Sunday night. A man was found dead on a porch.", "2017-04-11", dt.date(2017, 4, 9)),
        ("Officers were called to the city's fourth shooting of the month early Saturday morning, "
         "where two men were wounded.", "2017-04-10", dt.date(2017, 4, 8)),
        # a weekday in a name is no day
        ("A man was shot outside a store in Dayton during a Black Friday sale, police said.", "2016-11-26", dt.date(2016, 11, 26)),
    ],
)
def test_a_day_the_recogniser_misses_still_dates_the_incident(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, published).date == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a year alone is another incident's, or a period's: the report's own day is its publication's
        ("A man was shot and wounded outside a bar in Tampa, police said. The same bar saw a 2011 "
         "shooting that left one man dead.", "2016-05-14", dt.date(2016, 5, 14)),
        ("A woman was fatally shot in her home in Baton Rouge. A map shows the killings in 2013, "
         "2014 and 2015 in the parish.", "2015-11-02", dt.date(2015, 11, 2)),
        # a street number is no year
        ("Two men were shot outside a restaurant at 1802 Seventh Ave., police said.", "2015-03-26", dt.date(2015, 3, 26)),
    ],
)
def test_a_bare_year_does_not_date_the_incident(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text, published)
    assert (mention.date, mention.date_precision) == (day, "day")


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the day the police spoke is not the day of the shooting
        ("A man was wounded in a shooting in Dayton, a police spokesman said Sunday. Officers found "
         "him on a porch on Elm Street on Saturday night.", "2017-04-10", dt.date(2017, 4, 8)),
        ("A teenager was hurt in a shooting near a park, his mother told reporters Monday. Neighbors "
         "heard gunfire on the street on Saturday night.", "2017-04-11", dt.date(2017, 4, 8)),
        ("A boy was wounded in a shooting at a party, we learned Monday morning. Neighbors heard "
         "gunfire on the street on Saturday night.", "2017-04-11", dt.date(2017, 4, 8)),
    ],
)
def test_the_day_it_was_told_does_not_date_the_incident(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, published).date == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a verb of the violence dates it, though its word is no incident word of the lexicon
        ("Two men were wounded in the Bronx, police said. A man walked up to them and fired several "
         "times about 9 p.m. Saturday, police said. It was the third shooting in the area this week "
         "as of 6 a.m. Sunday.", "2017-04-10", dt.date(2017, 4, 8)),
        ("A mother and her two children were found dead in their farmhouse. A neighbor had last "
         "spoken to her on March 30, a week before she and the children were slain by her husband "
         "on April 6.", "2017-04-12", dt.date(2017, 4, 6)),
        # and so does the deed whose wounding a participle tells, not the day of the death the
        # vigil mourned, told further down
        ("A gunman opened fire minutes into a vigil Monday evening for a homicide victim in "
         "Veltrana, wounding five people. About 25 people had gathered on Quillan Avenue. Candles "
         "lined the sidewalk. A choir sang two hymns. Neighbours brought flowers. A pastor spoke "
         "of peace. Children held balloons. The vigil was for a 24-year-old man, who was killed "
         "Sunday.", "2017-04-11", dt.date(2017, 4, 10)),
    ],
)
def test_a_verb_of_the_violence_dates_the_incident(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, published).date == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the day of the death follows the day of the shooting
        ("A 2-year-old boy died Thursday at a hospital after he was shot in the head by accident. "
         "His father was cleaning a loaded pistol on Wednesday when it went off.", "2017-04-15", dt.date(2017, 4, 12)),
        # where no other day is told, the day of the death is all there is
        ("A man who was shot in the chest outside a bar died Sunday, police said.", "2017-04-10", dt.date(2017, 4, 9)),
    ],
)
def test_the_day_of_a_death_gives_way_to_the_day_of_the_shooting(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, published).date == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a day to come told in the future tense or planned is not a past weekday
        ("A teenager was shot and killed outside a gas station in Dayton, police said. A vigil is "
         "planned for Thursday at the scene of the shooting.", "2017-04-10", dt.date(2017, 4, 10)),
        ("A man was shot and wounded on a porch in Macon, police said. The suspect will appear in "
         "court Wednesday.", "2017-04-10", dt.date(2017, 4, 10)),
    ],
)
def test_a_day_told_as_to_come_does_not_date_the_incident(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, published).date == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the parser hangs the date on the arrest; it closes the phrase of the shooting
        ("A 20-year-old man was arrested Monday in connection with the shooting death of a "
         "15-year-old boy at a home on the south side on March 18.", "2017-04-12", dt.date(2017, 3, 18)),
        ("Two brothers were charged Friday in the fatal shooting of a store clerk during a "
         "robbery on Feb. 26.", "2017-03-13", dt.date(2017, 2, 26)),
    ],
)
def test_a_date_closing_the_incident_phrase_dates_it(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, published).date == day


@pytest.mark.parametrize(
    "court",
    [
        "Two men charged in the shooting of a 9-year-old girl in Dayton were in court today.",
        "A man accused in the shooting of a 9-year-old girl at a Dayton park was back in a courtroom today.",
        "A man accused in the shooting of a 9-year-old girl at a Dayton park was in court today for a hearing.",
        "Charges were dismissed today against a man accused in the shooting of a girl at a Dayton park.",
        # a court's day on another verb: an admission in court, pleas entered
        "A man admitted in court today that he shot a 9-year-old girl at a Dayton park.",
        "Three men accused in the shooting of a 9-year-old girl in Dayton entered into plea agreements today.",
    ],
)
def test_a_day_at_court_weighs_less_than_the_day_of_the_shooting(parse, court: str) -> None:  # type: ignore[no-untyped-def]
    # two reports of the day at court, one of the shooting: the court's day is the aftermath's
    shooting = ("A 9-year-old girl was wounded in a shooting Friday at a park in Dayton, police said.", "2017-03-04")
    event = event_of(parse, [shooting, (court, "2017-03-04"), (court.replace("Dayton", "the city"), "2017-03-04")])
    assert event.date == dt.date(2017, 3, 3)


@pytest.mark.parametrize(
    "aftermath",
    [
        "A death investigation is underway Monday in Lenoir after a 16-year-old was shot and killed.",
        "A manhunt is underway Monday after a 16-year-old was shot and killed outside a store in Lenoir.",
    ],
)
def test_a_day_of_the_work_after_a_shooting_weighs_less_than_the_day_of_the_shooting(parse, aftermath: str) -> None:  # type: ignore[no-untyped-def]
    # the investigation's Monday, the day after the shooting's Sunday night: as sure as the day
    # the family told (an incident sentence's), the later day would win the tie
    shooting = ("A 16-year-old died in a shooting in Lenoir. He was at his home Sunday night, his family said, showing a pistol to a friend.", "2016-04-11")
    event = event_of(parse, [shooting, (aftermath, "2016-04-12")])
    assert event.date == dt.date(2016, 4, 10)


@pytest.mark.parametrize(
    ("early", "later", "day"),
    [
        (("A man was shot and killed early Sunday morning outside a nightclub in Washington, police said.", "2015-07-05"),
         ("A man was shot and killed on Saturday, July 4, 2015, outside a nightclub in Washington, police said.", "2016-04-29"),
         dt.date(2015, 7, 4)),
        # two days apart: no night told either side of midnight, the tie stands as it did
        (("A man was shot and killed early Sunday morning outside a nightclub in Washington, police said.", "2015-07-05"),
         ("A man was shot and killed on Friday, July 3, 2015, outside a nightclub in Washington, police said.", "2016-04-29"),
         dt.date(2015, 7, 5)),
        # "tonight" is the stamp's day, a weekday its own
        (("Police say a man was shot and killed in the Seventh Ward tonight.", "2016-10-21"),
         ("A man was shot and killed in the Seventh Ward on Thursday, police said.", "2016-10-21"),
         dt.date(2016, 10, 20)),
    ],
    ids=["written out a day apart", "written out two days apart", "a weekday and tonight"],
)
def test_of_two_days_a_day_apart_as_surely_told_the_one_named_more_firmly_is_the_events(  # type: ignore[no-untyped-def]
    parse, early: tuple[str, str], later: tuple[str, str], day: dt.date
) -> None:
    # "early Sunday morning" the next morning and a date written out a year on: one night told
    # either side of midnight, and the report that wrote the day out decided which
    event = event_of(parse, [early, later])
    assert sorted(c.confidence for c in event.facts["date"].claims) == [0.9, 0.9]
    assert event.date == day


def test_two_months_that_tie_as_an_events_day_are_no_nights() -> None:
    # reports that give a month each and no day ("last July", "in August"), as surely: the tie of
    # two days either side of midnight does not apply, and the later month stands
    claims = [
        Claim(attribute="date", value=value, article=article, start=0, end=len(quote), quote=quote, qualifier="month", confidence=0.45, published=published)
        for value, article, quote, published in [
            ("2016-07", "a", "last July", dt.date(2016, 9, 1)),
            ("2016-08", "b", "in August", dt.date(2016, 9, 2)),
        ]
    ]
    fact = event_date_fact(claims)
    assert fact is not None and fact.best == "2016-08"


@pytest.mark.parametrize(
    ("text", "published", "day", "not_quoted"),
    [
        # a tally's day, in a sentence of the killed, on the weekday of the incident: "Saturday"
        # was read as that day of the month, a week before
        ("A woman was killed and four people were wounded in a shooting in East Baltimore around 1:30 a.m. "
         "Saturday, police said. Citywide, 100 people had been killed as of June 15, according to police "
         "statistics.", "2013-06-22", dt.date(2013, 6, 22), "June 15"),
        ("A man was shot on Wall Street in Trenton on Friday night. Forty people have been shot in the city "
         "this year through Feb. 12, police said.", "2017-02-20", dt.date(2017, 2, 17), "Feb. 12"),
        # a state as of a day, not the day of the shooting
        ("A Tulare man shot his girlfriend and their baby before killing himself in a police standoff. As of "
         "Thursday night, the mother and baby remain in critical condition.", "2016-10-14", dt.date(2016, 10, 14), "Thursday"),
    ],
    ids=["a tally as of a day", "a tally through a day", "a state as of a day"],
)
def test_a_day_a_tally_or_a_state_is_told_as_of_is_not_the_incidents(parse, text: str, published: str, day: dt.date, not_quoted: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text, published)
    told = [c for c in mention.claims if c.attribute == "date"]
    assert mention.date == day
    assert told and not any(not_quoted in c.quote for c in told)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a report of Thursday names the shooting by its weekday: it is the Friday past
        ("A 15-year-old boy has been charged with murder in Friday’s drive-by shooting that killed a girl.", dt.date(2016, 9, 2)),
        ("Police say store video of the Friday shooting shows the clerk was never in danger.", dt.date(2016, 9, 2)),
        # a bare weekday six days back is still read as the day after the report's date
        ("A man was shot and wounded outside a bar Friday night, police said.", dt.date(2016, 9, 9)),
    ],
)
def test_an_incident_named_by_its_weekday_has_happened(parse, text: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, "2016-09-08").date == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a road's number run into the day, the whole read as a time
        ("The sheriff's office responded to a call of a shooting in the 31000 block of WCR 44 "
         "Sunday evening at 6:15 p.m. A boy was shot in the leg.", "2016-04-12", dt.date(2016, 4, 10)),
        # "a late Wednesday night" read as a time with its article
        ("A forensic team investigated the scene of a late Wednesday night shooting that killed "
         "one woman, police said Thursday.", "2016-09-15", dt.date(2016, 9, 14)),
    ],
)
def test_a_day_within_a_time_dates_the_incident(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, published).date == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the gun's purchase: a weapon is no incident word that a date may hang on
        ("A man fatally shot his wife at their home Sunday night. He used a rifle that he bought "
         "on April 2, a detective said.", "2017-04-10", dt.date(2017, 4, 9)),
        ("A man fatally shot his wife at their home Sunday night. The rifle bought on April 2 was "
         "found in his truck.", "2017-04-10", dt.date(2017, 4, 9)),
    ],
)
def test_a_weapon_does_not_tie_a_date_to_the_incident(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, published).date == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the day of a sitting of the court, named by its weekday, is the court's, though the
        # parser hangs the sitting on the shooting or the weapon
        ("A woman was shot at a bus stop on March 28. A man charged in the shooting of the woman "
         "at Thursday's hearing pleaded not guilty.", "2017-04-10", dt.date(2017, 3, 28)),
        ("A woman was shot at a bus stop on March 28. A man pleaded not guilty to attempted "
         "murder and possession of a weapon at his Thursday arraignment.", "2017-04-10", dt.date(2017, 3, 28)),
    ],
)
def test_a_sitting_named_by_its_weekday_does_not_date_the_incident(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, published).date == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # of the days told of no incident, the death's: not a day of the victim's life before
        ("A 16-year-old student died Thursday afternoon of a gunshot wound while he visited his "
         "uncle. The school said the boy had left the district on Nov. 25.", "2015-12-04", dt.date(2015, 12, 3)),
    ],
)
def test_the_day_of_a_death_comes_before_a_day_told_of_nothing(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, published).date == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the day the dead were found is the incident's, before a day told of the gun
        ("Two men were found dead in a home Thursday morning. One of them had bought a pistol on "
         "April 1, police said.", "2017-04-08", dt.date(2017, 4, 6)),
        ("A woman was found shot in her car on Friday. Her husband had bought a pistol on April 1, "
         "police said.", "2017-04-08", dt.date(2017, 4, 7)),
    ],
)
def test_the_day_the_dead_were_found_dates_the_incident(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, published).date == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a day fronted before "said" is the day of the violence told, not of the telling
        ("A teenager was wounded outside a skating rink. Saturday night, around 11 p.m., county "
         "police said a man in a pickup truck opened fire on a group of teens. Friends gathered "
         "for a prayer meeting at a church Monday.", "2017-04-11", dt.date(2017, 4, 8)),
        ("Two women were hurt near a bar. Late Saturday, officers said two gunmen shot them as they "
         "left. Neighbors held a meeting at the library Monday.", "2017-04-11", dt.date(2017, 4, 8)),
        # or set off by a comma after the telling verb, opening the clause told: the day the
        # police were sent is the incident's, not a weekend's Saturday
        ("A teen was hurt in an accidental shooting over the weekend.\n\nThe sheriff's office says "
         "around 2 p.m. on Sunday, deputies were dispatched to the 22000 block of 12th Road.", "2016-10-17",
         dt.date(2016, 10, 16)),
        # the told clause gives its own day: the fronted one is the telling's
        ("A man was wounded in Dayton. On Monday, police said the man who was shot Saturday had "
         "died.", "2017-04-11", dt.date(2017, 4, 8)),
        ("A man was shot over the weekend. Police said on Sunday, the family held a vigil for him.",
         "2016-10-17", dt.date(2016, 10, 15)),
    ],
)
def test_a_day_fronted_before_the_telling_dates_what_is_told(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, published).date == day



@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the date heading a linked story's title is when that story was posted
        ("Police named the man who died in a shooting at a gas station.\n\nPrevious Story 5/9/17: "
         "One Dead After Shooting At Gas Station\n\nNeighbors said they heard loud bangs on Sunday "
         "night.", "2017-05-09", dt.date(2017, 5, 7)),
        ("Police identified the woman who was shot to death at a city park.\n\nRelated Story "
         "5/9/17: Woman Killed In Shooting At City Park\n\nOfficers were called to the park "
         "Saturday.", "2017-05-09", dt.date(2017, 5, 6)),
        # a labelled link to another story, within a line of the report
        ("One person is dead and four others are injured after a shooting early today, police said. "
         "[OTHER NEWS: Man shot dead in Portland Saturday] Officers found one man shot to death.",
         "2015-04-05", dt.date(2015, 4, 5)),
        ("A man was shot and wounded in Riverton, police said.\n\nRELATED: Teen killed in shooting "
         "on Elm Street Monday\n\nThe man was taken to a hospital.", "2016-03-10", dt.date(2016, 3, 10)),
        # the report's own first telling is no other story's
        ("A man was shot and wounded in Riverton, police said.\n\nORIGINAL STORY: A man was shot "
         "on Elm Street Monday\n\nThe man was taken to a hospital.", "2016-03-10", dt.date(2016, 3, 7)),
    ],
)
def test_a_linked_story_s_date_does_not_date_the_incident(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, published).date == day


@pytest.mark.parametrize(
    ("text", "published", "day", "quote"),
    [
        # a day told as a span after the incident dates the incident that span before it
        ("A 19-year-old man was arrested Thursday on a manslaughter charge, a day after he "
         "accidentally shot his friend in the head, police said.", "2017-02-24", dt.date(2017, 2, 22),
         "Thursday on a manslaughter charge, a day after"),
        ("A woman died Saturday, a week after she was critically wounded in a drive-by shooting, "
         "police said.", "2016-04-24", dt.date(2016, 4, 16), "Saturday, a week after"),
        ("A man died Tuesday, two days after the shooting on Elm Street.", "2016-04-27",
         dt.date(2016, 4, 24), "Tuesday, two days after"),
        # a span told roughly, or an "after" of no incident, leaves the day as told
        ("A man was shot on Elm Street and arrested Tuesday, less than a day after the shooting.",
         "2016-04-27", dt.date(2016, 4, 26), "Tuesday"),
        ("A man was shot on Elm Street on Tuesday, a day after his birthday.", "2016-04-27",
         dt.date(2016, 4, 26), "Tuesday"),
    ],
)
def test_a_day_told_a_span_after_the_incident_dates_it_before(parse, text: str, published: str, day: dt.date, quote: str) -> None:  # type: ignore[no-untyped-def]
    mention = incident_of(parse, text, published)
    [claim] = [c for c in mention.claims if c.attribute == "date"]
    assert (mention.date, claim.quote) == (day, quote)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a weekend told without its day dates the incident by the Saturday before the report
        ("Gang member arrested in weekend shooting deaths, police say\n\nA man was charged on a "
         "warrant in the deaths of two men.", "2015-01-13", dt.date(2015, 1, 10)),
        ("A teenager was shot over the weekend in Freeport, police said.", "2016-10-17", dt.date(2016, 10, 15)),
        # the day the report tells comes first
        ("A teenager was shot over the weekend in Freeport. He was shot on Sunday night at a party.",
         "2016-10-17", dt.date(2016, 10, 16)),
    ],
)
def test_a_weekend_dates_the_incident_by_its_saturday(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, published).date == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # "more" and "another" make the shootings of a sentence other incidents than the report's
        ("It was a violent weekend, starting on Elm Street at 2:25 a.m. on Sunday, where four people "
         "were shot, police said. Two more shootings from Saturday evening are under investigation.",
         "2013-09-23", dt.date(2013, 9, 22)),
        ("A man was shot in the leg on Elm Street early Tuesday, police said. Another shooting on "
         "Monday night left a woman hurt.", "2016-03-09", dt.date(2016, 3, 8)),
    ],
)
def test_the_day_of_another_shooting_does_not_date_the_incident(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, published).date == day


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # "that Saturday night" points back to the day told: not the Saturday before the report
        ("A boy was shot outside a carnival in late May. Two groups of teens were arguing outside the carnival "
         "that Saturday night, when one teen pulled out a handgun.", "2013-07-30", dt.date(2013, 5, 1)),
        # after a verb, "that" opens a clause whose weekday tells the day
        ("Police said that Saturday night a man was shot outside a carnival.", "2013-07-30", dt.date(2013, 7, 27)),
        ("A complaint alleges that last Friday a man shot his neighbour.", "2013-07-30", dt.date(2013, 7, 26)),
    ],
)
def test_that_weekday_points_back_to_a_day_told(parse, text: str, published: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    assert incident_of(parse, text, published).date == day


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("http://www.upi.com/Top_News/2005/12/19/Quillan-dies-in-prison/UPI-88751135046674/", dt.date(2005, 12, 19)),
        ("http://usatoday30.usatoday.com/news/nation/2005-12-19-quillanobit_x.htm", dt.date(2005, 12, 19)),
        ("http://www.sj-r.com/news/20161214/police-fatal-shooting", dt.date(2016, 12, 14)),
        ("http://www.timesfreepress.com/news/local/story/2017/apr/09/13-year-old/422016/", dt.date(2017, 4, 9)),
        # no day: a story's number, a section, a month that is none, an archive's stamp of 14 digits
        ("http://www.wkrn.com:80/story/24568412/apartment-shooting", None),
        ("http://www.bbc.co.uk/news/technology-24142934", None),
        ("http://example.com/a/2016/99/01/story", None),
        ("http://web.archive.org/web/20151006141140/http://www.okcfox.com/story/29315672/", None),
        (None, None),
    ],
)
def test_the_day_a_web_address_files_its_page_under(url: str | None, day: dt.date | None) -> None:
    assert in_web_address(url) == day


@pytest.mark.parametrize(
    ("text", "url", "day"),
    [
        # the page's stamp, where the report comes with no publication date: "Monday" counts from it
        ("Quillan dies in prison\nPublished: Dec. 19, 2005 at 9:44 PM\nTarno Quillan, born March 29, 1928, "
         "was shot and killed in his cell in Veltrana on Monday.", None, dt.date(2005, 12, 19)),
        # else the day its web address files it under
        ("Tarno Quillan, born March 29, 1928, was shot and killed in his cell in Veltrana on Monday.",
         "http://www.upi.com/Top_News/2005/12/20/Quillan-shot/UPI-887/", dt.date(2005, 12, 19)),
    ],
)
def test_a_report_without_a_publication_date_is_dated_by_its_page(parse, text: str, url: str | None, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    mention = extract(parse(text), Article(id="a", text=text, url=url))
    assert mention is not None and mention.date == day

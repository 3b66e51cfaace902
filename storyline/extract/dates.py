"""Resolve date expressions against the report's publication date.

"Saturday night" in a report of Monday 2017-04-10 is 2017-04-08; "March 22" in a report of
2024-03-26 is 2024-03-22; "last week" has no day. Absolute forms go through dateparser with the
publication date as its relative base.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import dateparser
from dateutil.easter import easter

from .numbers import word_value

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
MONTH_ABBREVIATIONS = {m[:3] for m in MONTHS} | {"sept"}
#: Words around a date that do not change the day.
NOISE = {
    "early", "late", "on", "the", "of", "morning", "afternoon", "evening", "night", "overnight",
    "midday", "noon", "midnight", "around", "about", "by", "at", "in", "dawn", "hours",
    "sometime", "just", "before", "after", "shortly", "earlier", "later", "that", "this",
    "last", "past", "approximately", "roughly",
}  # fmt: skip
#: "Overnight" is the night that ends on the report's day: what it tells of happened in the small
#: hours of that day more often than before midnight, and a shooting at 2 a.m. is dated that day.
SAME_DAY = {"today", "tonight", "this morning", "this afternoon", "this evening", "earlier today",
            "early this morning", "overnight", "early today"}
DAY_BEFORE = {"yesterday", "last night", "late last night", "yesterday morning",
              "yesterday afternoon", "yesterday evening"}
#: Spans that name no day: they are not event dates.
#: "This spring" and "every Thursday" name no day either: "this spring" read as "this morning"
#: dated a shooting to its report's day.
VAGUE = re.compile(r"\b(week|weeks|month|months|year|years|decade|recent|recently|days|weekend|season|century|spring|summer|fall|autumn|winter|every|each)\b")
NUMERIC_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b")
CLOCK = re.compile(r"\b\d{1,2}(:\d\d)?\s*(a\.?m\.?|p\.?m\.?)(?=[\s,]|$)|\b\d{1,2}:\d\d\b")
#: An hour of the clock written as a bare number or word.
HOUR = re.compile(r"[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve")
#: Words of a clock time's closeness, which say nothing of the day.
APPROXIMATELY = {"around", "about", "approximately", "roughly", "just", "shortly", "after", "before", "at", "sometime"}
#: A month and day without a year this far after the report is a day to come (a hearing, a
#: funeral); further on, it is the year before's.
FUTURE_DAYS = 60
#: A weekday and a month's day without a year that this year's calendar puts within this many
#: days before the report are this year's, whatever weekday the writer gave: a follow-up names a
#: day of an earlier year so months on, not within weeks.
WEEKDAY_SLIP_DAYS = 31
#: "Two days ago", "a week ago Saturday": days or weeks back from the report.
AGO = re.compile(r"(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (day|days|week|weeks) ago)")
TIME_OF_DAY = re.compile(r"^\d{1,2}(:\d\d)?\s*(a\.?m\.?|p\.?m\.?)$|^(noon|midnight)$")


def _settings(base: dt.date) -> dict[str, object]:
    return {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day, 12),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": [],
    }


@functools.lru_cache(maxsize=65536)
def resolve(expression: str, published: dt.date | None) -> tuple[dt.date, str] | None:
    """The day (or month, or year) a date expression names, and its precision."""
    text = _normalised(expression)
    if not text or TIME_OF_DAY.match(text):
        return None
    numeric = NUMERIC_DATE.search(text)
    if numeric:  # "5/28/1970: Hours after ...": the American month/day/year form
        return _numeric(numeric.group(0), published)
    # "12:30 Saturday morning", "1 a.m. Wednesday", "4:00PM, SATURDAY": the clock time does not
    # change the day, nor does an hour written before a day ("just after 11 Thursday night",
    # "around 7 last night") where no month makes it the day of a month.
    text = CLOCK.sub(" ", text).strip()
    words = [w for w in re.split(r"[\s,]+", text) if w]
    if not any(m[:3] in text for m in MONTHS):
        words = [w for w in words if not HOUR.fullmatch(w)]
    if published is not None:
        # "around 7:45 this morning", "approximately 9:30 last night"
        said = " ".join(w for w in words if w not in APPROXIMATELY)
        same_day = said in SAME_DAY or said.startswith(("today", "tonight", "this ")) and not VAGUE.search(said)
        if same_day and not any(w in said for w in (*WEEKDAYS, *MONTHS)):  # not "this past July"
            return published, "day"
        if said in DAY_BEFORE or said.startswith(("yesterday", "last night")):
            return published - dt.timedelta(days=1), "day"
        counted = _ago(text, published)  # before its number went as an hour
        if counted is not None:
            return counted, "day"
    holiday = _holiday(words, published)
    if holiday is not None:
        return holiday, "day"
    weekdays = [w for w in words if w in WEEKDAYS]
    rest = [w for w in words if w not in NOISE and w not in WEEKDAYS]
    if weekdays and not rest:
        if published is None:
            return None
        # The most recent such weekday on or before the report: a report says "Saturday",
        # not "next Saturday", for what already happened.
        back = (published.weekday() - WEEKDAYS.index(weekdays[0])) % 7
        if "last" in words and (back == 0 or back == 1 and "night" not in words):
            # "last Friday" in a report of Saturday is the Friday of the week before: the day
            # before is "Friday" or "yesterday"; but "last Saturday night" said on Sunday is
            # "last night"
            back += 7
        elif back == 6 and "last" not in words:
            # A bare weekday six days back is rare in news ("last Saturday" says that); the day
            # after the report's date is common: a report is dated when first posted and
            # updated the next day ("was shot Sunday night ... died Monday").
            back = -1
        return published - dt.timedelta(days=back), "day"
    if VAGUE.search(text) and not any(m in text for m in MONTHS):
        return None
    # "last July", "early May", "the night of May 25": the words around a month change nothing
    found = _absolute(" ".join(w for w in words if w not in WEEKDAYS and w not in NOISE), published)
    if found and published and "last" in words and not re.search(r"\b(1[89]|20)\d\d\b", text):
        day, precision = found
        # "April of last year"; "last April" said in April is a year ago, not this month
        if "year" in words or precision == "month" and (day.year, day.month) == (published.year, published.month):
            try:
                found = day.replace(year=published.year - 1), precision
            except ValueError:  # February 29
                return None
    if found and weekdays and found[1] == "day" and not re.search(r"\b(1[89]|20)\d\d\b", text):
        recent = published is not None and 0 <= (published - found[0]).days <= WEEKDAY_SLIP_DAYS
        if not recent:  # "Wednesday, November 11" told twelve days on: the weekday is a slip
            found = _year_of_weekday(found[0], WEEKDAYS.index(weekdays[0])), "day"
    return found


#: Holidays that fall on one day of the calendar: "a Christmas Day shooting", "shot his friend on
#: New Year's Eve". A report names the day so, not by its weekday or date.
FIXED_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year eve": (12, 31), "new year day": (1, 1), "halloween": (10, 31),
    "fourth july": (7, 4), "independence day": (7, 4), "valentine day": (2, 14),
}  # fmt: skip
#: Holidays on Easter's day, which the moon sets: "a shooting in the early morning hours of Easter
#: Sunday".
EASTER_HOLIDAYS = {"easter", "easter sunday"}
#: Holidays on the nth weekday of a month (-1: the last): (month, weekday, n).
MOVING_HOLIDAYS = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "memorial day": (5, 0, -1),
    "labor day": (9, 0, 1), "mother day": (5, 6, 2), "father day": (6, 6, 3),
}  # fmt: skip


#: A day in a web address, as news sites file their pages: "/2005/12/19/", "/2005-12-19-obit",
#: "/20161214/", "/2017/apr/09/".
URL_DAY = re.compile(
    r"/((?:19|20)\d\d)(?:[/-](\d{1,2}|[a-z]{3})[/-](\d{1,2})|(\d\d)(\d\d))(?=[/_.-]|$)",
    re.IGNORECASE,
)


def in_web_address(url: str | None) -> dt.date | None:
    """The day a page's web address files it under ("upi.com/Top_News/2005/12/19/..."), or None
    where it names no real day."""
    if not url:
        return None
    for match in URL_DAY.finditer(url):
        year, month, day = match.group(1), match.group(2) or match.group(4), match.group(3) or match.group(5)
        number = int(month) if month.isdigit() else next((i for i, m in enumerate(MONTHS, 1) if m.startswith(month.casefold())), 0)
        try:
            return dt.date(int(year), number, int(day))
        except ValueError:
            continue  # "/2016/99/..." is no day
    return None


def counted_back(expression: str) -> bool:
    """Whether a date expression counts days or weeks back from the report: "two days ago"."""
    return AGO.search(_normalised(expression)) is not None


def _ago(said: str, published: dt.date) -> dt.date | None:
    """The day "two days ago" or "a week ago" names, counted back from the report; "a week ago
    Saturday" is the Saturday a week before the last; None for any other words around it ("two
    days ago and counting")."""
    ago = AGO.search(said)
    if ago is None:
        return None
    rest = [w for w in (said[: ago.start()] + " " + said[ago.end() :]).split() if w not in NOISE and w not in APPROXIMATELY]
    weekdays = [w for w in rest if w in WEEKDAYS]
    if len(rest) > len(weekdays) or len(weekdays) > 1:
        return None
    n = 1 if ago.group(1) in ("a", "an") else word_value(ago.group(1)) or 0
    if ago.group(2).startswith("day"):
        return published - dt.timedelta(days=n)
    if weekdays:
        last = published - dt.timedelta(days=(published.weekday() - WEEKDAYS.index(weekdays[0])) % 7)
        return last - dt.timedelta(weeks=n)
    return published - dt.timedelta(weeks=n)


def _normalised(expression: str) -> str:
    """A date expression in lower case, without possessives and the punctuation around it."""
    return " ".join(expression.casefold().replace("’s", "").replace("'s", "").split()).strip(" ,.;:")


#: A year as reports write one.
YEAR = re.compile(r"(1[89]|20)\d\d")


@functools.lru_cache(maxsize=4096)  # asked of each date phrase of each report
def is_holiday(expression: str) -> bool:
    """Whether an expression names a day by its holiday ("Christmas morning", "the Fourth of July")."""
    return _holiday_name([w for w in re.split(r"[\s,]+", _normalised(expression)) if w]) is not None


def _holiday_name(words: list[str]) -> str | None:
    name = " ".join(w for w in words if w not in NOISE and not YEAR.fullmatch(w))
    return name if name in FIXED_HOLIDAYS or name in MOVING_HOLIDAYS or name in EASTER_HOLIDAYS else None


def _holiday(words: list[str], published: dt.date | None) -> dt.date | None:
    """The day a holiday's name gives ("Christmas morning", "New Year's Eve 2015"): of the year
    written, or else the last one before the report, or one just ahead as a month and a day
    would be. Any other word ("Christmas party", "the holiday weekend") makes it no day."""
    name = _holiday_name(words)
    if name is None:
        return None
    years = [int(w) for w in words if YEAR.fullmatch(w)]
    if years:
        return _holiday_in(name, years[0])
    if published is None:
        return None
    day = _holiday_in(name, published.year)
    if (day - published).days > FUTURE_DAYS:
        return _holiday_in(name, published.year - 1)
    return day


def _holiday_in(name: str, year: int) -> dt.date:
    """The day of a holiday in a given year."""
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return dt.date(year, month, day)
    if name in EASTER_HOLIDAYS:
        return easter(year)
    month, weekday, nth = MOVING_HOLIDAYS[name]
    first = dt.date(year, month, 1)
    if nth > 0:
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _numeric(text: str, published: dt.date | None) -> tuple[dt.date, str] | None:
    """The day of "5/28/1970" or "8/14/13"; the month of "7/0/1970", whose day is not known (a
    record's way of writing a month alone). A year of two digits is of the century that puts
    it nearest the report: dateparser, told to prefer the past, read "8/14/13" in a report of
    August 13, 2013 as 1913."""
    month, day, year = (int(part) for part in text.split("/"))
    if year < 100:
        if published is None:
            return None  # "8/14/13" of which century? an undated report cannot say
        year += 2000 if 2000 + year <= published.year + 1 else 1900
    try:
        return (dt.date(year, month, 1), "month") if day == 0 else (dt.date(year, month, day), "day")
    except ValueError:  # "13/5/2016": not the American form
        return None


@functools.lru_cache(maxsize=4096)
def is_calendar_date(expression: str) -> bool:
    """Whether an expression writes a month and a day ("June 29", "Sept. 12, 2016", "5/28/1970"):
    news style names a day so when it lies more than a week from the report, so a later report
    dates the incident it follows up this way ("captured days after the June 29 gunfight")."""
    text = expression.casefold()
    numeric = NUMERIC_DATE.search(text)
    if numeric:
        return int(numeric.group(0).split("/")[1]) > 0  # "7/0/1970" names no day
    words = re.findall(r"[a-z]+|\d+", text)
    month = any(w in MONTHS or w in MONTH_ABBREVIATIONS for w in words)
    return month and any(w.isdigit() and int(w) <= 31 for w in words)


def _year_of_weekday(day: dt.date, weekday: int) -> dt.date:
    """"Saturday, Sept. 12" without a year, in a report dated later: the latest year, up to six
    back, in which September 12 was a Saturday. A follow-up report months on names the day
    of an incident of an earlier year so, and the weekday says which year."""
    for back in range(7):
        try:
            earlier = day.replace(year=day.year - back)
        except ValueError:  # February 29
            continue
        if earlier.weekday() == weekday:
            return earlier
    return day


def _absolute(text: str, published: dt.date | None) -> tuple[dt.date, str] | None:
    if not text or not any(ch.isdigit() for ch in text) and not any(m in text for m in MONTHS):
        return None
    has_year = bool(re.search(r"\b(1[89]|20)\d\d\b", text))
    has_month = any(m[:3] in text for m in MONTHS) or bool(re.search(r"\d{1,2}[/-]\d{1,2}", text))
    if not has_month and not has_year:
        return None  # a bare number ("4800") is no date
    if published is None and not has_year:
        return None  # "March 22" of which year? an undated report cannot say
    plain = _plain_date(text)
    parsed: dt.datetime | None
    if plain is not None:
        month, day_of_month, year = plain
        try:
            parsed = dt.datetime(year or (published or dt.date.today()).year, month, day_of_month)
        except ValueError:  # "February 30"
            return None
    else:
        parsed = _dateparser(text, published)
    if parsed is None:
        return None
    day = parsed.date()
    has_day = bool(re.search(r"\b\d{1,2}(st|nd|rd|th)?\b", re.sub(r"\b(1[89]|20)\d\d\b", "", text)))
    ahead = (day - published).days if published is not None else 0
    # "December 30" in a report of January 2 is last year's; "a ruling planned by April 17" in
    # a report of April 8 is a day to come, not April 17 of last year.
    if published is not None and not has_year and ahead > 1 and not (has_day and ahead <= FUTURE_DAYS):
        try:
            day = day.replace(year=day.year - 1)
        except ValueError:
            return None
    if has_year and not has_month:
        return day.replace(month=1, day=1), "year"
    if has_month and not has_day:
        return day.replace(day=1), "month"
    return day, "day"


#: "March 22", "Sept. 12, 2016", "Dec. 2nd", "July 2014", "May", "2015": the common forms, read
#: here without dateparser, which took a fifth of the time spent extracting (and a bare year or
#: month, the most common of what was left to it, two milliseconds each).
PLAIN_DATE = re.compile(
    r"^(?:(?P<month>[a-z]{3,9})\.?(?: (?P<day>\d{1,2})(?:st|nd|rd|th)?)?(?:,? (?P<year>(?:1[89]|20)\d\d))?"
    r"|(?P<only>(?:1[89]|20)\d\d))$"
)


def _plain_date(text: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of a date written in one of the `PLAIN_DATE` forms, the
    first of the month or of the year standing in for a day not written; None for any other."""
    match = PLAIN_DATE.match(text)
    if match is None:
        return None
    if match.group("only"):
        return 1, 1, int(match.group("only"))
    name = match.group("month")
    month = next((i for i, m in enumerate(MONTHS, 1) if m == name or m.startswith(name) and name in (m[:3], "sept")), None)
    if month is None:
        return None
    day, year = match.group("day"), match.group("year")
    return month, int(day) if day else 1, int(year) if year else None


def warm() -> None:
    """Build dateparser's expressions now (before timing, or before forking workers): its first
    parse in a process compiles them, a tenth of a second, which is a tenth of all it spends on a
    thousand reports."""
    _dateparser("february 21 2014 est", dt.date(2014, 3, 1))


def _dateparser(text: str, published: dt.date | None) -> dt.datetime | None:
    try:
        settings = _settings(published or dt.date.today())
        settings["DATE_ORDER"] = "MDY"
        return dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type,no-any-return]
    except Exception:  # dateparser raises assorted errors on odd input; it is not a date then
        return None

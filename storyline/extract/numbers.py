"""Quantities in the parse: "137", "1,200", "eleven", "twenty-one", "a dozen", "dozens", "a man".

A quantity is read from a token of the dependency tree together with its modifiers, so the
qualifier ("at least", "over", "about", "up to") comes from the words that modify that number.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

UNITS = {
    "zero": 0, "no": 0, "none": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "score": 20,
    "both": 2, "single": 1, "lone": 1, "couple": 2, "pair": 2,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
#: Plural vague quantities: "dozens" is at least 24, "hundreds" at least 200.
VAGUE_PLURALS = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000}
#: Words that say a count of one person when they head a noun phrase with "a"/"an"/"the".
SINGULAR_DETERMINERS = {"a", "an", "the", "another", "one", "this", "that"}

#: (first word, second word) of two-word qualifiers, and one-word qualifiers.
QUALIFIER_PAIRS = {
    ("at", "least"): "at_least", ("more", "than"): "more_than", ("up", "to"): "up_to",
    ("as", "many"): "up_to", ("at", "most"): "up_to", ("no", "fewer"): "at_least",
    ("not", "less"): "at_least", ("less", "than"): "up_to", ("fewer", "than"): "up_to",
    ("as", "much"): "up_to",
}  # fmt: skip
QUALIFIER_WORDS = {
    "over": "more_than", "above": "more_than", "exceeding": "more_than", "about": "about",
    "around": "about", "approximately": "about", "roughly": "about", "nearly": "about",
    "almost": "about", "some": "about", "estimated": "about", "approx.": "about",
    "circa": "about", "close": "about", "minimum": "at_least", "upwards": "more_than",
}  # fmt: skip


@dataclass(frozen=True)
class Quantity:
    value: int
    qualifier: str
    start: int  # character span of the number words, qualifier included
    end: int


def word_value(text: str) -> int | None:
    """Integer value of one number token: "137", "1,200", "eleven", "twenty-one"."""
    t = text.casefold().strip()
    digits = t.replace(",", "")
    if digits.isdigit():
        return int(digits)
    if t in UNITS:
        return UNITS[t]
    if "-" in t:
        parts = t.split("-")
        if all(p in UNITS for p in parts):
            return sum(UNITS[p] for p in parts)
    return None


#: Words that join the two ends of a range: "15 to 20 people".
RANGE_WORDS = {"to", "or"}


def _range_low(tok: Token) -> Token | None:
    """The first number of a range whose last is ``tok``: "15" of "15 to 20 people"."""
    return next(
        (
            c
            for c in tok.children
            if c.i + 2 == tok.i and c.like_num and c.dep_ in ("quantmod", "compound", "nummod") and tok.doc[c.i + 1].lower_ in RANGE_WORDS
        ),
        None,
    )


def _number_tokens(tok: Token) -> list[Token]:
    """The token and the number words bound to it ("one hundred thirty - seven")."""
    tokens = [tok]
    low = _range_low(tok)
    for child in tok.children:
        if child.text[:1].isdigit() and tok.lower_ in UNITS and tok.lower_ != "dozen":
            continue  # "Channel 12 - Five Injured": figures compose with "million" or "dozen", not "five"
        if low is not None and child.i == low.i:
            continue  # the other end of a range, not a part of the number
        if child.i + 1 < tok.i and tok.doc[child.i + 1].lower_ == "of":
            continue  # "two of four teenagers": a share of the number, not a part of it
        if any(t.is_punct and t.text != "-" for t in tok.doc[min(child.i, tok.i) + 1 : max(child.i, tok.i)]) and any(
            not (g.like_num or g.is_punct or g.lower_ in SCALES) for g in child.children
        ):
            continue  # "Two dead, six injured": another count past a comma, with words of its own
        if child.dep_ in ("compound", "quantmod", "nummod") and (
            child.like_num or child.lower_ in SCALES or child.lower_ in UNITS or child.text == "-"
        ):
            tokens.extend(_number_tokens(child))
    return sorted(tokens, key=lambda t: t.i)


def _compose(words: list[str]) -> int | None:
    total, current, seen = 0, 0, False
    for w in words:
        if w == "-" or w == "and":
            continue
        lw = w.casefold()
        if lw in SCALES:
            current = max(current, 1) * SCALES[lw]
            if SCALES[lw] >= 1000:
                total, current = total + current, 0
            seen = True
            continue
        value = word_value(w)
        if value is None:
            return None
        current += value
        seen = True
    return total + current if seen else None


def qualifier_of(tokens: list[Token]) -> tuple[str, int]:
    """Qualifier from the words just before a number, and where the qualified span starts."""
    first = tokens[0]
    doc = first.doc
    i = first.i
    if i >= 2:
        pair = (doc[i - 2].lower_, doc[i - 1].lower_)
        if pair in QUALIFIER_PAIRS:
            return QUALIFIER_PAIRS[pair], doc[i - 2].idx
    if i >= 1:
        word = doc[i - 1].lower_
        if word in QUALIFIER_WORDS:
            return QUALIFIER_WORDS[word], doc[i - 1].idx
    for child in first.head.children if first.dep_ == "nummod" else ():
        if child.i < first.i and child.lower_ in QUALIFIER_WORDS and child.dep_ in ("advmod", "quantmod"):
            return QUALIFIER_WORDS[child.lower_], child.idx
    return "exact", first.idx


#: Words after a number that make it a time of day: "at 4 o'clock".
CLOCK_WORDS = {"o'clock", "o’clock", "a.m.", "p.m.", "am", "pm"}
#: Words a number after which indexes a page's pictures: "Image 8 of 8".
CAPTION_WORDS = {"image", "photo", "slide", "picture", "video"}


def _is_code(tok: Token) -> bool:
    """A number that is part of a date, a time or a code: "1/8", "39-13-202", "4 o'clock"."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    before = doc[tok.i - 1] if tok.i > 0 else None
    if after is not None and (after.lower_ in CLOCK_WORDS or after.text == "/"):
        return True
    if before is not None and before.lower_ in CAPTION_WORDS:
        return True  # "Image 8 of 8": a photo gallery's caption
    if after is not None and after.text == "News":
        return True  # "Police tell 13 News two people were shot": a station's name
    if before is not None and before.text == "/" and tok.like_num:
        return True
    # "39-13-202": digits joined by hyphens to more digits
    joined = [t for t in (before, after) if t is not None and t.text == "-"]
    return tok.text[:1].isdigit() and any(
        0 < t.i < len(doc) - 1 and doc[t.i - 1].text[:1].isdigit() and doc[t.i + 1].text[:1].isdigit() for t in joined
    )


#: How an age ends: "17-year-old", "17 years old".
AGE_END = ("old", "olds")


def _counts_the_aged(tok: Token) -> bool:
    """Whether a number the recogniser ran into an age counts the people of that age: "Two
    17-year-old boys" was read as one date, "Two 17-year-old", and "Two" as part of it."""
    if tok.ent_type_ != "DATE" or tok.i + 1 >= len(tok.doc):
        return False
    age = tok.doc[tok.i + 1]
    return age.like_num and age.ent_type_ == "DATE" and any(t.lower_ in AGE_END for t in tok.doc[age.i + 1 : age.i + 5])


def quantity(tok: Token) -> Quantity | None:
    """Read a number from a number token, with its qualifier; None if it is no count."""
    lower = tok.lower_
    if lower in VAGUE_PLURALS:
        return Quantity(VAGUE_PLURALS[lower], "at_least", tok.idx, tok.idx + len(tok.text))
    if not (tok.like_num or lower in UNITS or lower in SCALES):
        return None
    if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL") and not _counts_the_aged(tok) or _is_code(tok):
        return None
    low = _range_low(tok)
    if low is not None:
        # "15 to 20 people were wounded": at least the lower end
        value = _compose([t.text for t in _number_tokens(low)])
        if value is not None:
            start = qualifier_of([low])[1]
            return Quantity(value, "at_least", start, tok.idx + len(tok.text))
    tokens = _number_tokens(tok)
    value = _compose([t.text for t in tokens])
    if value is None:
        return None
    if len(tokens) == 2 and tokens[1].lower_ == "dozen" and word_value(tokens[0].text):
        value = (word_value(tokens[0].text) or 1) * 12
    qualifier, start = qualifier_of(tokens)
    # "a dozen" and "some 40" are approximations even without another word.
    if lower == "dozen" and qualifier == "exact":
        qualifier = "about"
    end = tokens[-1].idx + len(tokens[-1].text)
    return Quantity(value, qualifier, start, end)


@dataclass(frozen=True)
class Count:
    """A count a sentence states: so many people killed, wounded, shot or arrested, the span of
    text that states it, the casualty word it hangs on and the people it counts."""

    attribute: str
    value: int
    qualifier: str
    start: int
    end: int
    trigger: Token
    victim: Token | None = None  # the head of the phrase that names the people counted

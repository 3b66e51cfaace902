"""Whether a report is a roundup: a city's night or weekend of shootings told together.

"5 Dead, 17 Wounded In Weekend Shootings", "Six injured in two separate shootings", "one of 10
shootings in Chicago": such a report names the places, the victims and the days of several
incidents, and its totals are theirs together. Joined to one of the incidents it lists, it had
given that incident the weekend's dead and wounded and another shooting's day (GVA); joined to
by the reports of each, it had fused them. The headline or the lead says so: the incidents it is
about are many, by a word ("separate", "weekend", "citywide") or a number. "4 people wounded in
Kalamazoo shootings" and "Victims of Holton Avenue shootings" are one spree's shootings, told
together.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Token

from .numbers import word_value

#: Plurals of the nouns for one incident, which the headline of a roundup gives. "Killings" and
#: "homicides" number the dead as often as the incidents ("Suspect in 5 Troup Co. killings"): a
#: word of `APART_WORDS` must make them several.
INCIDENT_NOUNS = {"shootings", "attacks", "stabbings"}
DEATH_NOUNS = {"killings", "homicides"}
#: Most incidents a headline numbers: a bigger number is a year ("2014 Isla Vista killings").
MOST_INCIDENTS = 99
#: Words that make a headline's incidents several apart: "two separate shootings", "weekend
#: shootings", "shootings citywide", "city shootings Tuesday", "shootings across Chicago".
APART_WORDS = {"separate", "unrelated", "weekend", "overnight", "multiple", "citywide", "city", "across"}


#: How many of a report's first sentences may tell that it is a roundup: its headline, then its
#: lead ("Two teens wounded in separate Chicago shootings a block apart were among six people
#: shot from Wednesday afternoon into early Thursday", under "6 wounded in Chicago shootings").
OPENING = 2


def roundup(doc: Doc) -> bool:
    """Whether a report's headline or its lead tells of several incidents apart."""
    return any(_several(tok) for sent in itertools.islice(doc.sents, OPENING) for tok in sent)


def _several(tok: Token) -> bool:
    """Whether a plural noun for incidents is told as several apart: "separate shootings", "3
    shootings", "one of 10 shootings", "shootings across Chicago"."""
    # read by the word, not by its tag or lemma: a headline in title case ("In Weekend
    # Shootings") is tagged as a name's words, "Shootings" its own lemma
    noun = tok.lower_
    if noun not in INCIDENT_NOUNS | DEATH_NOUNS:
        return False
    for child in tok.children:
        if child.lower_ in APART_WORDS:
            return True
        if noun in INCIDENT_NOUNS and child.dep_ == "nummod" and _numbers(child, tok):
            return True
    return False


def _numbers(number: Token, noun: Token) -> bool:
    """Whether a number is the count of the incidents: a few, and within the noun's phrase ("two
    Hill District shootings"), not a victims' count the parser hung on it ("One dead, four injured
    in Volunteer Parkway shootings")."""
    between = number.doc[number.i + 1 : noun.i]
    return 1 < (word_value(number.text) or 0) <= MOST_INCIDENTS and all(t.dep_ in ("compound", "amod") for t in between)

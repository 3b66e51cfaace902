"""What a report is about, as a few weighted words: the lemmas of its nouns, names and verbs.

Two reports of one happening use the same words for it ("Klitschko", "Rahman", "knockout";
"Waitrose", "Banstead", "blaze") far more than two reports of look-alikes do; the resolver
compares these signatures, weighted by how rare each word is among the stored reports.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable

import numpy
from spacy.attrs import IS_ALPHA, IS_STOP, LEMMA, LENGTH, LOWER, POS, SENT_START
from spacy.tokens import Doc, Token

from ..nlp import among, entities, entity_texts
from . import gazetteer

#: Parts of speech that carry what a report is about; adjectives and adverbs mostly colour it.
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB"})
#: The headline and the lede say what the report is about; the rest adds background.
LEAD_SENTENCES = 2
LEAD_WEIGHT = 2.0
#: Words kept of one report: enough for its subject, few enough to store with every event.
MAX_TERMS = 80
#: Reporting verbs and words of any news page: in every report, about nothing.
NEWS_WORDS = {
    "say", "tell", "report", "add", "according", "news", "story", "post", "update", "comment",
    "read", "share", "email", "print", "photo", "video", "click", "page", "site", "copyright",
}  # fmt: skip
#: Words of a page's machinery: the sign-in box, the e-mail check, the embedded tweet. A page
#: scraped with nothing else on it ("check your junk or spam folder to activate your profile")
#: had joined shootings in five states by these words alone (GVA).
PAGE_WORDS = {
    "tweet", "twitter", "retweet", "spam", "junk", "folder", "verification", "verify", "activate",
    "profile", "login", "password", "username", "subscribe", "subscriber",
    "subscription", "newsletter", "javascript", "browser", "cookie",
}  # fmt: skip
#: Words that speak to the reader, as a page's machinery does ("check your junk folder").
READER_WORDS = frozenset({"you", "your", "yours"})
#: `PAGE_WORDS` as a sentence may write them: lemma or plural, capitalised or not ("Tweets").
PAGE_FORMS = frozenset(f for w in PAGE_WORDS for f in (w, w + "s", w.capitalize(), w.capitalize() + "s"))


def salient_terms(doc: Doc) -> dict[str, float]:
    """The report's content words (lower-cased lemmas) with their weights, heaviest first."""
    weights: dict[str, float] = {}
    if not len(doc):
        return weights
    # Read as columns, not a `Token` a word: this had been a tenth of reading a report.
    pos, alpha, stop, length, start, lemmas, lowers = doc.to_array([POS, IS_ALPHA, IS_STOP, LENGTH, SENT_START, LEMMA, LOWER]).T
    starts = start.astype(numpy.int64) == 1
    starts[0] = True
    sentence = numpy.cumsum(starts)
    lead = sentence <= LEAD_SENTENCES
    content = among(pos, CONTENT_POS) & (alpha == 1) & (stop == 0) & (length > 2)
    # A sentence of the page's machinery, a page word told to the reader, says nothing of the
    # happening in any of its words: the embedded tweet's "you can switch location on/off before
    # each Tweet and always have the option to delete your location history" had joined two
    # shootings by "location" and "delete". A page word told of someone else is news ("the
    # singer said on Twitter"): dropping those sentences had split ECB+'s topics.
    page = among(lemmas, PAGE_FORMS) | among(lowers, PAGE_FORMS)
    if page.any():  # no page word, no sentence dropped: nothing more to look for
        told = among(lowers, READER_WORDS)
        content &= ~numpy.isin(sentence, numpy.intersect1d(sentence[page], sentence[told]))
    # each lemma's weight summed over its words first, then looked up and folded once: sums of
    # ones and twos, exact in any order
    keys, which = numpy.unique(lemmas[content], return_inverse=True)
    sums = numpy.bincount(which, weights=numpy.where(lead[content], LEAD_WEIGHT, 1.0), minlength=len(keys))
    strings = doc.vocab.strings
    for key, weight in zip(keys.tolist(), sums.tolist(), strict=True):
        lemma = strings[key].casefold()
        if lemma not in NEWS_WORDS and lemma not in PAGE_WORDS:
            weights[lemma] = weights.get(lemma, 0.0) + weight
    # heaviest first, a tie in alphabetical order: the sort is stable, reversed too
    heaviest = sorted(weights.items())
    heaviest.sort(key=operator.itemgetter(1), reverse=True)
    return dict(heaviest[:MAX_TERMS])


#: Offices whose holders speak of every incident in their county: the prosecutor, the police
#: spokesman, the coroner. Their names, said in reports of shootings weeks and towns apart
#: ("Wayne County Prosecutor Kym Worthy"), tell no one happening from another. A chief, a sheriff
#: or a mayor speaks mostly of the few incidents a town's outlets all follow (the mayor of Orlando
#: named in a dozen reports of the nightclub shooting): leaving them out had split such reports.
OFFICES = {"prosecutor", "spokesman", "spokeswoman", "spokesperson", "coroner", "examiner"}
#: Police ranks. An officer of rank the report quotes ("Officer Dan Donakowski says", "according
#: to police Sergeant Jane Moss") speaks for the force, of every shooting in its town, as a spokesman does;
#: one it does not quote may be the officer who fired or was shot, whose name tells the incident. A
#: chief quoted is of them ("Police Chief James Craig said" had joined a Detroit barbershop shooting
#: to a boy's death three years later, as its aftermath), though an unquoted one is kept.
RANKS = {"chief", "officer", "sergeant", "sgt", "sgt.", "lieutenant", "lt", "lt.", "detective", "det", "det.", "corporal", "cpl", "cpl.", "captain", "capt", "capt."}
#: Verbs of which a quoted speaker is the subject.
SPEAKING = {"say", "tell", "confirm", "announce", "add", "explain", "state", "note"}


def officials(doc: Doc) -> set[str]:
    """The folded names of the people a report gives an office of `OFFICES`: by title before the
    name ("Prosecutor Kym Worthy", the title a compound of the name) or in apposition ("Ed Flynn,
    a police spokesman", "a spokeswoman, Jane Moss"); and of those of a police rank (`RANKS`) it
    quotes, anywhere in it."""
    found = set()
    ranked: dict[str, tuple[bool, set[str]]] = {}  # an officer of rank's name: quoted, as written
    for ent, text in zip(entities(doc), entity_texts(doc), strict=True):
        if ent.label_ != "PERSON":
            continue
        root = ent.root
        titles = {t.lower_ for t in root.children if t.dep_ in ("compound", "appos", "amod", "nmod") and not ent.start <= t.i < ent.end}
        titles |= {t.lower_ for t in ent if t.i != root.i and t.lower_ in RANKS}  # "Sergeant Rita Vance", one name
        if root.dep_ == "appos":
            titles.add(root.head.lower_)
        written = gazetteer.fold(text)
        if titles & OFFICES:
            found.add(written)
            continue
        name = " ".join(w for w in written.split() if w not in RANKS)
        if titles & RANKS or name in ranked:
            quoted, forms = ranked.get(name, (False, set()))
            ranked[name] = (quoted or _quoted(root), forms | {written})
    return found.union(*(forms for quoted, forms in ranked.values() if quoted))


def _quoted(root: Token) -> bool:
    """Whether a name is the speaker of its clause: the subject of a verb of `SPEAKING` ("Officer
    Dan Donakowski says"), or what a report is "according to"."""
    head = root.head
    if root.dep_ == "appos":
        root, head = head, head.head  # "a police officer, Dan Donakowski, said": the officer speaks
    if root.dep_ == "nsubj" and head.lemma_.lower() in SPEAKING:
        return True
    return root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def without_officials(names: Iterable[str], doc: Doc) -> frozenset[str]:
    """A report's names less its `officials` and the parts of their names it also gives alone
    ("Flynn" after "police spokesman Ed Flynn")."""
    held = [set(n.split()) for n in officials(doc)]
    return frozenset(n for n in names if not any(set(n.split()) <= words for words in held))


#: The first letters of an American broadcast station's call letters ("WXYZ", "KTVB"), and the
#: last of a police department's initials ("CCPD"): in every report of their town, and no person's
#: name. Other acronyms are bodies that tell one happening from another (a space agency, an alliance).
CALL_LETTERS = ("K", "W")
FORCE_INITIALS = "PD"


def _letters(text: str) -> bool:
    """Whether a word is a station's call letters or a police department's initials."""
    if not (text.isalpha() and text.isupper()):
        return False
    return len(text) == 4 and text.startswith(CALL_LETTERS) or 4 <= len(text) <= 5 and text.endswith(FORCE_INITIALS)


def without_call_letters(names: Iterable[str], doc: Doc) -> frozenset[str]:
    """A report's names less those it writes only as a station's call letters or a police
    department's initials (`_letters`), which stand for its town and, as a name, had joined every
    shooting told there."""
    capitals: set[str] = set()
    written: set[str] = set()
    for ent, text in zip(entities(doc), entity_texts(doc), strict=True):
        name = gazetteer.fold(text).removeprefix("the ").removesuffix("'s").strip()
        if len(ent) == 1 and _letters(text):
            capitals.add(name)
        else:
            written.add(name)
    return frozenset(names) - (capitals - written)

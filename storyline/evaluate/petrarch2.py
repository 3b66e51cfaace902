"""PETRARCH2 unit-test records: stylised sentences about fictional states, each with the
(source, target, event code) triples PETRARCH2 must code from it.

The actors are Tolkien's, so no table of ours knows them: for this suite only, the actor and agent
dictionaries that come with the records turn the text of the source and target spans our extractor
finds into codes ("Dagolath's first Deputy Prime Minister Telemar" is DAG, with the agent
PRIME_MINISTER, DAGGOV). The extractor itself is not told of them.

How the file's own markings are read:

* ``sentence="false"`` marks a record PETRARCH2 is not expected to code (a feature it lacks): left out.
* An ``<EventCoding error=...>`` tests the coder's handling of bad input (a dateline, a broken
  parse, a discarded story): left out, as it expects an error rather than events.
* ``<EventCoding noevents="True">``, or no coding at all, expects no event: any triple is wrong.
* ``<Config option="require_dyad">`` between records says whether an event needs a target; where it
  does not, a missing target is coded "---", as the records expect.

The event codes are the test dictionary's, and its header says most of them are WEIS rather than
CAMEO (a meeting is 031 there, 040 in CAMEO); so the event code is scored exactly, on its first two
digits, and not at all (the dyad).
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path
from typing import Any, TypeVar

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import nlp
from ..extract.actors import ActorMention
from ..extract.interactions import Reaction, reactions
from ..model import Article
from .result import Result

FOLDER = Path("petrarch2")
RECORDS = "PETR.UnitTest.records.xml"
ACTORS = "PETR.Validate.actors.txt"
AGENTS = "PETR.Validate.agents.txt"
#: The code of an actor the text leaves unnamed, as the records write it.
UNNAMED = "---"
#: The dates (YYYYMMDD, inclusive) of an actor code that holds at any time.
ALWAYS = (0, 99_999_999)

Triple = tuple[str, str, str]
V = TypeVar("V")


@dataclass(frozen=True)
class Sentence:
    """One unit-test record: its text, date and the triples it expects (none for a no-event test)."""

    id: str
    date: int  # YYYYMMDD, for the dictionary's dated codes
    text: str
    expected: frozenset[Triple]
    require_dyad: bool = True


@dataclass
class Records:
    """The records to score and how many of each kind were left out."""

    sentences: list[Sentence] = field(default_factory=list)
    not_coded: int = 0  # sentence="false"
    error_tests: int = 0  # <EventCoding error=...>


@dataclass(frozen=True)
class Entry:
    """An actor's codes, each with the dates it holds for: (code, after, before), inclusive."""

    codes: tuple[tuple[str, int, int], ...]

    def on(self, date: int) -> list[str]:
        """The codes that hold on a date: the first dated one that covers it, else the undated one.
        "LORIEN [ELR/GAL]" is two actors."""
        undated = [c for c, after, before in self.codes if (after, before) == ALWAYS]
        for code, after, before in self.codes:
            if (after, before) != ALWAYS and after <= date <= before:
                return code.split("/")
        chosen = undated[0] if undated else self.codes[0][0]
        return chosen.split("/")


@dataclass(frozen=True)
class Dictionary:
    """Phrases (as tuples of folded words) to actor entries and to agent codes ("~GOV", "NGO~")."""

    actors: dict[tuple[str, ...], Entry]
    agents: dict[tuple[str, ...], str]

    def code(self, text: str, date: int) -> list[str]:
        """The codes of a span of text: its longest actor phrase, with its longest agent phrase
        ("the Calenardhon government": CAL and ~GOV, CALGOV); none where it names neither."""
        words = words_of(text)
        actor, start, n = _longest(words, self.actors)
        # "Ithilen Government Radio" is one actor, not Ithilen with the agent GOVERNMENT
        agent, _, _ = _longest(words[:start] + ("",) + words[start + n :], self.agents)
        bases = actor.on(date) if actor is not None else ([UNNAMED] if agent is not None else [])
        if agent is None:
            return bases
        suffix = agent.startswith("~")
        part = agent.strip("~")
        # as PETRARCH2 mixes codes (PETRtree.Phrase.mix_codes), an agent the actor's code already
        # holds is not added again: "White House security officials" is USAGOV, not USAGOVGOV
        return [base if part in base else base + part if suffix else part + base.replace(UNNAMED, "") for base in bases]


def fold(word: str) -> str:
    """A word as the dictionaries and the text are compared: upper case, no possessive, no lone
    full stop ("U.S." keeps its stops, "W." does not)."""
    word = word.upper().strip(",;:()[]{}\"'“”‘’`!?")
    word = re.sub(r"['’]S$", "", word)
    if word.endswith(".") and word.count(".") == 1:
        word = word[:-1]
    return word


def words_of(text: str) -> tuple[str, ...]:
    return tuple(w for w in (fold(w) for w in re.split(r"[\s_]+", text)) if w)


def _longest(words: tuple[str, ...], table: Mapping[tuple[str, ...], V]) -> tuple[V | None, int, int]:
    """The value of the longest phrase of the table in the words (the first of equals), with
    where it starts and how many words it takes."""
    longest = max((len(k) for k in table), default=0)
    best, at, size = None, 0, 0
    for start in range(len(words)):
        for n in range(min(longest, len(words) - start), size, -1):
            if words[start : start + n] in table:
                best, at, size = table[words[start : start + n]], start, n
                break
    return best, at, size


def _lines(path: Path) -> Iterable[str]:
    """The lines of a dictionary without its comments (``# ...`` and ``<!-- ... -->`` blocks)."""
    in_comment = False
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if in_comment:
            in_comment = "-->" not in stripped
            continue
        if stripped.startswith("<"):
            in_comment = "-->" not in stripped
            continue
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            yield line


def _date(value: str) -> int:
    # the older entries write YYMMDD, all in the 20th century
    return int("19" + value) if len(value) == 6 else int(value)


def _dated(block: str) -> tuple[str, int, int]:
    """``HOB``, ``HOB < 950601``, ``HOBGOV 19950601 - 19990815``, ``HOBREB > 990816``."""
    code, _, restriction = block.strip().partition(" ")
    restriction = restriction.replace(" ", "")
    if restriction.startswith("<"):
        return code.upper(), ALWAYS[0], _date(restriction[1:]) - 1
    if restriction.startswith(">"):
        return code.upper(), _date(restriction[1:]) + 1, ALWAYS[1]
    if "-" in restriction:
        after, before = restriction.split("-", 1)
        return code.upper(), _date(after), _date(before)
    return code.upper(), *ALWAYS


def read_actors(path: Path) -> dict[tuple[str, ...], Entry]:
    """A PETRARCH actor dictionary: a phrase, its ``+`` synonyms and its ``[CODE dates]`` lines."""
    table: dict[tuple[str, ...], Entry] = {}
    phrases: list[tuple[str, ...]] = []
    codes: list[tuple[str, int, int]] = []

    def flush() -> None:
        if phrases and codes:
            for phrase in phrases:
                table[phrase] = Entry(tuple(codes))

    for line in _lines(path):
        text, _, rest = line.strip().partition("[")
        blocks = re.findall(r"\[([^\]]*)\]", "[" + rest) if rest else []
        if line.strip().startswith("["):
            codes.extend(_dated(b) for b in blocks)
            continue
        if text.startswith("+"):
            phrases.append(words_of(text[1:]))
            continue
        flush()
        phrases, codes = [words_of(text)], [_dated(b) for b in blocks]
    flush()
    return table


def _plurals(phrase: str) -> list[str]:
    """English plurals of the last word, as PETRARCH forms them for agents."""
    if phrase.endswith("Y") and not phrase.endswith(("AY", "EY", "OY")):
        return [phrase[:-1] + "IES"]
    if phrase.endswith(("S", "X", "CH", "SH")):
        return [phrase + "ES"]
    return [phrase + "S"]


def read_agents(path: Path) -> dict[tuple[str, ...], str]:
    """A PETRARCH agent dictionary: ``PHRASE {PLURALS} [~CODE]``, with ``!NAME! = A, B`` sets."""
    table: dict[tuple[str, ...], str] = {}
    sets: dict[str, list[str]] = {}
    for line in _lines(path):
        named = re.match(r"^\s*(![A-Z]+!)\s*=\s*(.*)$", line)
        if named:
            sets[named.group(1)] = [w.strip() for w in named.group(2).split(",") if w.strip()]
            continue
        match = re.match(r"^\s*([^{\[]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]", line)
        if not match:
            continue
        phrase, plurals, code = match.group(1).strip(), match.group(2), match.group(3).strip()
        forms = [phrase]
        for name, values in sets.items():
            forms = [f.replace(name, v) for f in forms for v in values] if any(name in f for f in forms) else forms
        if plurals is None:
            forms += [p for f in forms for p in _plurals(f)]
        elif plurals.strip():
            forms += [p.strip() for p in plurals.split(",")]
        for form in forms:
            table[words_of(form)] = code
    return table


def read_dictionary(folder: Path) -> Dictionary:
    """The actor and agent dictionaries beside the unit-test records."""
    return Dictionary(read_actors(folder / ACTORS), read_agents(folder / AGENTS))


def read_records(path: Path) -> Records:
    """The unit-test records in file order, with the require_dyad setting in force at each."""
    root = ET.parse(path).getroot()
    holder = root.find("Sentences")
    if holder is None:
        raise ValueError(f"{path}: not a PETRARCH validation file (no <Sentences> element)")
    records = Records()
    require_dyad = True
    for element in holder:
        if element.tag == "Config" and element.get("option") == "require_dyad":
            require_dyad = (element.get("value") or "").strip().lower() == "true"
            continue
        if element.tag != "Sentence":
            continue
        codings = element.findall("EventCoding")
        if (element.get("sentence") or "").strip().lower() == "false":
            records.not_coded += 1
            continue
        if any(c.get("error") for c in codings):
            records.error_tests += 1
            continue
        expected = frozenset(
            (c.get("sourcecode", "").strip(), c.get("targetcode", "").strip(), c.get("eventcode", "").strip())
            for c in codings
            if c.get("eventcode")
        )
        text = " ".join((element.findtext("Text") or "").split())  # a line break would end the sentence
        records.sentences.append(
            Sentence(element.get("id", ""), int(element.get("date") or 0), text, expected, require_dyad)
        )
    return records


def _codes(mention: ActorMention | None, text: str, dictionary: Dictionary, date: int) -> list[str]:
    if mention is None:
        return []
    return dictionary.code(text[mention.start : mention.end], date) or (
        dictionary.code(mention.name, date) if mention.name else []
    )


def triples(sentence: Sentence, found: list[Reaction], dictionary: Dictionary) -> set[Triple]:
    """The triples the reactions of a sentence code to. As PETRARCH does, a reaction whose source
    the dictionaries do not know is no event, nor one without a known target where a dyad is required."""
    coded: set[Triple] = set()
    for reaction in found:
        sources = _codes(reaction.source, sentence.text, dictionary, sentence.date)
        # a target the text does not name (the source's own state, which our extractor infers for
        # an act at home) has no words of its own for the dictionary to code
        named = reaction.target is not None and (reaction.target.start, reaction.target.end) != (
            reaction.source.start,
            reaction.source.end,
        )
        targets = _codes(reaction.target, sentence.text, dictionary, sentence.date) if named else []
        if not targets and not sentence.require_dyad:
            targets = [UNNAMED]
        coded.update((s, t, reaction.cameo) for s, t in product(sources, targets))
    return coded


def _prf(right: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = right / predicted if predicted else 0.0
    recall = right / gold if gold else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def score_petrarch2(sentences: list[Sentence], predicted: list[set[Triple]]) -> Result:
    """Precision, recall and F1 of the triples, matched exactly; F1 with the event code matched on
    its CAMEO root (two digits) and with no event code (source and target only)."""
    if len(sentences) != len(predicted):
        raise ValueError(f"{len(sentences)} sentences but {len(predicted)} codings")
    views = {
        "": lambda t: t,
        "_root": lambda t: (t[0], t[1], t[2][:2]),
        "_dyad": lambda t: (t[0], t[1]),
    }
    totals = {name: [0, 0, 0] for name in views}  # right, predicted, gold
    errors: list[dict[str, Any]] = []
    for sentence, got in zip(sentences, predicted, strict=True):
        for name, view in views.items():
            want, said = {view(t) for t in sentence.expected}, {view(t) for t in got}
            totals[name][0] += len(want & said)
            totals[name][1] += len(said)
            totals[name][2] += len(want)
        if got != sentence.expected:
            errors.append({
                "id": sentence.id, "missed": sorted(sentence.expected - got), "wrong": sorted(got - sentence.expected),
                "text": sentence.text,
            })  # fmt: skip
    precision, recall, f1 = _prf(*totals[""])
    scores = {"precision": precision, "recall": recall, "f1": f1}
    for name in ("_root", "_dyad"):
        p, r, f = _prf(*totals[name])
        scores |= {f"precision{name}": p, f"recall{name}": r, f"f1{name}": f}
    counts = {
        "sentences": len(sentences),
        "sentences_no_event": sum(1 for s in sentences if not s.expected),
        "sentences_coded": sum(1 for p in predicted if p),
        "gold_triples": totals[""][2],
        "predicted_triples": totals[""][1],
        "right_triples": totals[""][0],
    }
    return Result("petrarch2", {k: round(v, 4) for k, v in scores.items()}, counts, errors)


def name_actors(doc: Doc, actors: Mapping[tuple[str, ...], Entry]) -> Doc:
    """Mark the actor dictionary's phrases in a parsed sentence as named states, as our gazetteer's
    countries are: the records' actors are Tolkien's, which the tagger calls persons, works of art or
    nothing at all. This is the suite's actor table; what the actors do is still read off the parse."""
    longest = max((len(k) for k in actors), default=0)
    words = [fold(t.text) for t in doc]
    found: list[Span] = []
    start = 0
    while start < len(doc):
        size = next(
            (n for n in range(min(longest, len(doc) - start), 0, -1) if tuple(words[start : start + n]) in actors), 0
        )
        if size:
            found.append(Span(doc, start, start + size, label="GPE"))
        start += size or 1
    doc.ents = filter_spans(
        found + [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in found)]
    )
    nlp.forget_entities()
    return doc


def extract(
    sentences: list[Sentence], n_process: int = 1, actors: Mapping[tuple[str, ...], Entry] | None = None
) -> Iterable[tuple[Sentence, list[Reaction]]]:
    """Each sentence with the reactions storyline reads in it, the actor table's names marked first."""
    for doc, sentence in nlp.pipe(((s.text, s) for s in sentences), n_process=n_process):
        if actors:
            doc = name_actors(doc, actors)
        yield sentence, reactions(doc, Article(id=sentence.id, text=sentence.text), set())


def petrarch2(data: Path, db: Path | None = None, limit: int | None = None, n_process: int = 1) -> Result:
    """PETRARCH2 unit tests: (source, target, event code) triples of each record, actors coded
    through the records' own dictionaries.

    ``db`` is taken for the suites' common signature and not used: nothing is stored.
    """
    started = dt.datetime.now()
    folder = data / FOLDER
    records = read_records(folder / RECORDS)
    dictionary = read_dictionary(folder)
    sentences = records.sentences[:limit]
    found = list(extract(sentences, n_process, dictionary.actors))
    predicted = [triples(sentence, reactions_, dictionary) for sentence, reactions_ in found]
    result = score_petrarch2(sentences, predicted)
    result.seconds = (dt.datetime.now() - started).total_seconds()
    result.counts.update(
        skipped_not_coded=records.not_coded, skipped_error_tests=records.error_tests,
        sentences_with_reaction=sum(1 for _, r in found if r), reactions=sum(len(r) for _, r in found),
    )  # fmt: skip
    return result

"""The interaction suites read PLOVER and PETRARCH2 records right and score known cases as expected:
small hand-made files, no full runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.evaluate.petrarch2 import (
    UNNAMED,
    Dictionary,
    Sentence,
    name_actors,
    read_actors,
    read_agents,
    read_records,
    score_petrarch2,
    triples,
)
from storyline.evaluate.plover import NONE, Coded, Record, closest, country_code, plover, score_plover
from storyline.evaluate.plover import read_records as read_plover
from storyline.extract.actors import ActorMention
from storyline.extract.interactions import Reaction, reactions
from storyline.model import Article

PLOVER_ROWS = [
    {"id": "PLOVER-GSR01-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "'DOCUMENT' 'events' are documentation"},
    {
        "id": "PLOVER-GSR01-THREATEN-0001", "event": "THREATEN", "eventText": "threatened",
        "text": "Iran threatened Israel on Tuesday.",
        "source": [{"actorText": "Iran", "code": "IRN"}], "target": [{"actorText": "Israel", "code": "ISR"}],
    },
    {
        # a PLOVER 0.5b1 type, a misspelt country and a target that is no actor
        "id": "PLOVER-GSR01-DISAPPROVE-0001", "event": "DISAPPROVE", "eventText": "criticised",
        "text": "Japan criticised the talks.",
        "source": [{"actorText": "Japan", "code": "JAP"}, {"actorText": "Italy", "code": "ITA"}], "target": "",
    },
]  # fmt: skip

PETRARCH_XML = """<Validation>
<!-- # a comment with <tags> in it -->
<Sentences>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<!-- Simple coding -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARN" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore full diplomatic ties with
Minas Tirith.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Config option="require_dyad" value="False"></Config>
<Sentence date="19950102" id="DEMO-01" category="DEMO" sentence="false">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor is about to restore fxll diplomatic ties with Gondor.</Text>
</Sentence>
<Sentence date="19950103" id="PATTERN-06" category="PATTERN" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Gollum was in an accord with an anti- Gondor parade on Saturday.</Text>
</Sentence>
</Sentences>
</Validation>
"""

ACTORS = """ARNOR_  [ARN] # pas 12/09/13
GONDOR [GON]
+MINAS_TIRITH
"""


def _plover_file(folder: Path) -> Path:
    path = folder / "plover" / "PLOVER_GSR_CAMEO.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(PLOVER_ROWS), encoding="utf-8")
    return path


def _actor(start: int, end: int, name: str | None = None, country: str | None = None) -> ActorMention:
    return ActorMention(name, None, country, "state", start, end)


def _reaction(
    source: ActorMention, target: ActorMention | None, cameo: str = "040", start: int = 0, end: int = 10
) -> Reaction:
    return Reaction(source, target, "meeting", cameo, None, start, end, "", "a")


def test_plover_records_skip_the_document_and_read_old_types_and_codes_in_2021_terms(tmp_path: Path) -> None:
    records = read_plover(_plover_file(tmp_path))
    assert [r.id for r in records] == ["PLOVER-GSR01-THREATEN-0001", "PLOVER-GSR01-DISAPPROVE-0001"]
    assert [(r.event, r.renamed, r.source, r.target) for r in records] == [
        ("THREATEN", False, "IRN", "ISR"),
        ("ACCUSE", True, "JPN", None),
    ]
    assert records[0].event_text == "threatened"


@pytest.mark.parametrize(
    ("code", "iso"),
    [("USA", "USA"), ("jap", "JPN"), ("ITL", "ITA"), ("IGO", None), ("NGO", None), ("diplomatic", None), (None, None)],
)
def test_plover_gold_codes_count_as_countries_only_where_they_are(code: str | None, iso: str | None) -> None:
    assert country_code(code) == iso


@pytest.mark.parametrize(
    ("text", "event_text", "spans", "chosen"),
    [
        ("Iran threatened Israel and met Iraq.", "met", [(0, 22), (27, 35)], 1),  # the span holding the word
        ("Iran threatened Israel and met Iraq.", "threatened", [(0, 4), (27, 35)], 0),  # the nearest span
        ("Iran threatened Israel and met Iraq.", "vowed", [(27, 35), (0, 22)], 0),  # no gold word here: the first
    ],
)
def test_plover_scores_the_reaction_nearest_the_gold_event_words(
    text: str, event_text: str, spans: list[tuple[int, int]], chosen: int
) -> None:
    found = [_reaction(_actor(s, s + 4), None, start=s, end=e) for s, e in spans]
    assert closest(found, text, event_text) is found[chosen]
    assert closest([], text, event_text) is None


def test_plover_scores_type_and_countries_on_known_codings() -> None:
    records = [
        Record("a", "", "AGREE", "agreed", "USA", "RUS"),
        Record("b", "", "ACCUSE", "accused", "JPN", None),
        Record("c", "", "ACCUSE", "accused", None, None),
    ]
    coded = [Coded("AGREE", "USA", "GBR"), Coded(NONE), Coded("ACCUSE", "FRA", None)]
    result = score_plover(records, coded)
    assert result.scores == {
        "event_type_accuracy": round(2 / 3, 4),
        "event_type_macro_f1": round((1.0 + 2 / 3) / 2, 4),  # AGREE 1, ACCUSE tp 1 fn 1: 2/3
        "source_country_accuracy": 0.5,  # c has no country source: not scored
        "target_country_accuracy": 0.0,
    }
    assert (result.counts["records_with_reaction"], result.counts["records_scored_target"]) == (2, 1)
    per_type = {e["type"]: (e["precision"], e["recall"]) for e in result.errors if e["kind"] == "per_type"}
    assert per_type == {"ACCUSE": (1.0, 0.5), "AGREE": (1.0, 1.0)}
    assert [e["id"] for e in result.errors if e["kind"] == "miss"] == ["a", "b"]  # c is right on all it is scored on


def test_plover_suite_runs_the_real_extractor(tmp_path: Path, shared_data: Path) -> None:
    _plover_file(tmp_path)
    result = plover(tmp_path)
    assert result.counts["records"] == 2
    assert result.counts["records_with_reaction"] >= 1
    assert result.scores["source_country_accuracy"] >= 0.5  # "Iran threatened Israel": IRN


def test_petrarch_records_skip_what_the_file_marks_and_follow_require_dyad(tmp_path: Path) -> None:
    path = tmp_path / "records.xml"
    path.write_text(PETRARCH_XML, encoding="utf-8")
    records = read_records(path)
    assert (records.not_coded, records.error_tests) == (1, 0)
    first, second = records.sentences
    assert first == Sentence(
        "DEMO-00", 19950101, "Arnor is about to restore full diplomatic ties with Minas Tirith.",
        frozenset({("ARN", "GON", "064"), ("GON", "ARN", "064")}), True,
    )  # fmt: skip
    assert (second.id, second.expected, second.require_dyad) == ("PATTERN-06", frozenset(), False)


def test_petrarch_dictionary_codes_spans_by_their_longest_phrase(tmp_path: Path) -> None:
    (tmp_path / "actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "agents.txt").write_text(
        "!PERSON! = MAN, MEN\nGOVERNMENT [~GOV]\nCONGRESS!PERSON! [~LEG]\n", encoding="utf-8"
    )
    dictionary = Dictionary(read_actors(tmp_path / "actors.txt"), read_agents(tmp_path / "agents.txt"))
    assert set(dictionary.actors) == {("ARNOR",), ("GONDOR",), ("MINAS", "TIRITH")}
    assert dictionary.code("minas tirith's", 19950101) == ["GON"]
    assert dictionary.code("The Gondor government", 19950101) == ["GONGOV"]
    assert dictionary.code("governments of Arnor", 19950101) == ["ARNGOV"]
    assert dictionary.code("two congressmen", 19950101) == [UNNAMED + "LEG"]
    assert dictionary.code("Mordor", 19950101) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("White House security officials", ["USAGOV"]),  # the actor's code holds the agent already
        ("White House lawmakers", ["USAGOVLEG"]),
        ("Gondor security officials", ["GONGOV"]),
    ],
)
def test_petrarch_agent_the_actor_code_holds_is_not_added_again(tmp_path: Path, text: str, codes: list[str]) -> None:
    (tmp_path / "actors.txt").write_text(ACTORS + "WHITE_HOUSE [USAGOV]\n", encoding="utf-8")
    (tmp_path / "agents.txt").write_text("SECURITY_OFFICIAL [~GOV]\nLAWMAKER [~LEG]\n", encoding="utf-8")
    dictionary = Dictionary(read_actors(tmp_path / "actors.txt"), read_agents(tmp_path / "agents.txt"))
    assert dictionary.code(text, 19950101) == codes


def test_petrarch_dictionary_picks_the_code_of_the_sentence_date(tmp_path: Path) -> None:
    (tmp_path / "actors.txt").write_text(
        "GOLLUM  # pas 27 Apr 03\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\nLORIEN [ELR/GAL]\n",
        encoding="utf-8",
    )
    dictionary = Dictionary(read_actors(tmp_path / "actors.txt"), {})
    assert [dictionary.code("Smeagol", d) for d in (19950101, 19950601, 20000101)] == [["HOB"], ["HOBGOV"], ["HOBREB"]]
    assert dictionary.code("Lorien", 19950101) == ["ELR", "GAL"]


@pytest.mark.parametrize(
    ("require_dyad", "expected"),
    [
        (True, {("ARN", "GON", "040")}),  # no target: no event; an unknown source never is one
        (False, {("ARN", "GON", "040"), ("ARN", UNNAMED, "111")}),
    ],
)
def test_petrarch_reactions_become_triples_through_the_dictionary(
    tmp_path: Path, require_dyad: bool, expected: set[tuple[str, str, str]]
) -> None:
    (tmp_path / "actors.txt").write_text(ACTORS, encoding="utf-8")
    dictionary = Dictionary(read_actors(tmp_path / "actors.txt"), {})
    text = "Arnor met Minas Tirith and Arnor condemned Mordor; Rohan met Gondor."
    sentence = Sentence("s", 19950101, text, frozenset(), require_dyad)
    found = [
        _reaction(_actor(0, 5), _actor(10, 22), "040"),
        _reaction(_actor(27, 32), _actor(43, 49, "Mordor"), "111"),
        _reaction(_actor(51, 56, "Rohan"), _actor(61, 67), "040"),
    ]
    assert triples(sentence, found, dictionary) == expected


def test_petrarch_scores_triples_exactly_on_the_cameo_root_and_as_dyads() -> None:
    sentences = [
        Sentence("a", 19950101, "", frozenset({("ARN", "GON", "064"), ("GON", "ARN", "064")})),
        Sentence("b", 19950101, "", frozenset()),
    ]
    predicted = [{("ARN", "GON", "064"), ("GON", "ARN", "061")}, {("ARN", "GON", "040")}]
    result = score_petrarch2(sentences, predicted)
    assert result.scores == {
        "precision": round(1 / 3, 4), "recall": 0.5, "f1": 0.4,
        "precision_root": round(2 / 3, 4), "recall_root": 1.0, "f1_root": 0.8,
        "precision_dyad": round(2 / 3, 4), "recall_dyad": 1.0, "f1_dyad": 0.8,
    }  # fmt: skip
    counts = result.counts
    assert (counts["gold_triples"], counts["predicted_triples"], counts["right_triples"]) == (2, 3, 1)
    assert [e["id"] for e in result.errors] == ["a", "b"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arnor is about to restore full diplomatic ties with Minas Tirith.", {("ARN", "GON", "054")}),
        # each conjoined actor is a side of its own
        ("Arnor and Gondor renewed diplomatic ties.", {("ARN", "GON", "054"), ("GON", "ARN", "054")}),
    ],
)
def test_petrarch_actor_table_names_the_actors_the_parse_reads(
    tmp_path: Path,
    parse,
    text: str,
    expected: set[tuple[str, str, str]],  # type: ignore[no-untyped-def]
) -> None:
    (tmp_path / "actors.txt").write_text(ACTORS, encoding="utf-8")
    dictionary = Dictionary(read_actors(tmp_path / "actors.txt"), {})
    doc = name_actors(parse(text), dictionary.actors)
    assert {(e.text, e.label_) for e in doc.ents} >= {("Arnor", "GPE")}
    found = reactions(doc, Article(id="s", text=text), set())
    assert triples(Sentence("s", 19950101, text, frozenset()), found, dictionary) == expected


@pytest.mark.parametrize("require_dyad", [True])
def test_petrarch_target_without_words_of_its_own_is_no_target(tmp_path: Path, require_dyad: bool) -> None:
    (tmp_path / "actors.txt").write_text(ACTORS, encoding="utf-8")
    dictionary = Dictionary(read_actors(tmp_path / "actors.txt"), {})
    sentence = Sentence("s", 19950101, "Arnor rioted.", frozenset(), require_dyad)
    # the extractor's inferred "at home" target stands on the source's own words
    assert triples(sentence, [_reaction(_actor(0, 5), _actor(0, 5, "Arnor"), "145")], dictionary) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a titled name the actor table marks as a place is a person, with the title and the state before it
        # and the state he comes to hosts the visit
        ("Arnor Prime Minister Telemnar arrived in Minas Tirith on Monday.", {("ARNGOV", "GON", "042"), ("GON", "ARNGOV", "043")}),
        ("Arnor Prime Minister Telemnar praised the harvest during a visit to Gondor.", {("ARNGOV", "GON", "042")}),
    ],
)
def test_petrarch_titled_names_keep_their_title_and_state(
    tmp_path: Path,
    parse,
    text: str,
    expected: set[tuple[str, str, str]],  # type: ignore[no-untyped-def]
) -> None:
    (tmp_path / "actors.txt").write_text(ACTORS + "TELEMNAR [ARN]\n", encoding="utf-8")
    dictionary = Dictionary(read_actors(tmp_path / "actors.txt"), {("PRIME", "MINISTER"): "~GOV"})
    doc = name_actors(parse(text), dictionary.actors)
    found = reactions(doc, Article(id="s", text=text), set())
    assert triples(Sentence("s", 19950101, text, frozenset()), found, dictionary) == expected

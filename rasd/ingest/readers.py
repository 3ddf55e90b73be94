"""Articles from files, directories, URLs, feeds and stdin.

Every input yields ``ArticleIn`` records or ``Failure`` records naming the input and
the reason, so one bad file or line never stops the rest.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import os
import re
import sys
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast
from urllib.parse import urlparse

from rasd.extract.records import parse_date
from rasd.store import ArticleIn

if TYPE_CHECKING:
    from trafilatura.settings import Document

MAX_FILE_BYTES = 64 * 1024 * 1024  # a single .txt/.html/feed; JSONL is streamed
MAX_ARTICLE_CHARS = 1_000_000
MAX_LINE_BYTES = 8 * 1024 * 1024
SUFFIXES = {".txt": "txt", ".text": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".html": "html",
            ".htm": "html", ".xml": "feed", ".rss": "feed", ".atom": "feed"}
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(slots=True)
class Failure:
    where: str
    reason: str


Item = ArticleIn | Failure


def read_inputs(specs: Iterable[str], stdin: IO[bytes] | None = None) -> Iterator[Item]:
    for spec in specs:
        if spec == "-":
            yield from read_bytes("<stdin>", (stdin or sys.stdin.buffer).read())
        elif spec.startswith(("http://", "https://")):
            yield from read_url(spec)
        else:
            path = Path(spec)
            if path.is_dir():
                yield from read_dir(path)
            elif path.is_file():
                yield from read_file(path)
            else:
                yield Failure(spec, "no such file or directory")


def read_dir(root: Path) -> Iterator[Item]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                yield from read_file(Path(dirpath) / name)


def read_file(path: Path) -> Iterator[Item]:
    kind = SUFFIXES.get(path.suffix.lower())
    try:
        if kind == "jsonl":
            with path.open("rb") as fh:
                yield from read_jsonl(str(path), fh)
            return
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield Failure(str(path), f"file too large ({size} bytes; limit {MAX_FILE_BYTES})")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(str(path), f"cannot read: {exc.strerror or exc}")
        return
    yield from read_bytes(str(path), data, kind)


def read_url(url: str, timeout: float = 30.0) -> Iterator[Item]:
    try:
        req = urllib.request.Request(url, headers={"User-Agent": "rasd-ingest/0.1"})
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            data = resp.read(MAX_FILE_BYTES + 1)
            ctype = resp.headers.get("Content-Type", "")
    except (OSError, ValueError) as exc:
        yield Failure(url, f"cannot fetch: {exc}")
        return
    if len(data) > MAX_FILE_BYTES:
        yield Failure(url, f"response too large (over {MAX_FILE_BYTES} bytes)")
        return
    kind = "feed" if any(t in ctype for t in ("rss", "atom", "xml")) else None
    yield from read_bytes(url, data, kind, url=url)


def read_bytes(where: str, data: bytes, kind: str | None = None, url: str | None = None) -> Iterator[Item]:
    """One input held in memory; ``kind`` (txt, jsonl, html, feed) is sniffed when None."""
    if not data.strip():
        yield Failure(where, "empty input")
        return
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        yield Failure(where, "binary data, not text")
        return
    text, problem = decode(data)
    if text is None:
        yield Failure(where, problem)
        return
    kind = kind or sniff(text)
    if kind == "jsonl":
        yield from read_jsonl(where, io.BytesIO(text.encode("utf-8")))
    elif kind == "feed":
        yield from read_feed(where, data)
    elif kind == "html":
        yield read_html(where, text, url)
    else:
        yield article_or_failure(where, ArticleIn(text=text.strip(), source=where, url=url))


def decode(data: bytes) -> tuple[str | None, str]:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1256 when it reads as Arabic."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ""
        except UnicodeDecodeError as exc:
            return None, f"invalid UTF-16 text (byte {exc.start})"
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    legacy = data.decode("cp1256", errors="replace")
    letters = _LETTER.findall(legacy)
    if letters and sum(1 for c in letters if _ARABIC.match(c)) / len(letters) > 0.5 and "\ufffd" not in legacy:
        return legacy, ""
    return None, f"not UTF-8 text (invalid byte at offset {first_bad}) and not Arabic Windows-1256"


def sniff(text: str) -> str:
    head = text.lstrip()[:2048].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("<?xml") or "<rss" in head or "<feed" in head:
        return "feed" if ("<rss" in head or "<feed" in head or "<rdf" in head) else "html"
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    return "txt"


def article_or_failure(where: str, art: ArticleIn) -> Item:
    if not art.text or not art.text.strip():
        return Failure(where, "no text")
    if len(art.text) > MAX_ARTICLE_CHARS:
        return Failure(where, f"article too long ({len(art.text)} characters; limit {MAX_ARTICLE_CHARS})")
    if "\x00" in art.text:
        return Failure(where, "binary data in text")
    return art


def read_jsonl(where: str, fh: IO[bytes]) -> Iterator[Item]:
    for lineno, raw in enumerate(fh, 1):
        here = f"{where}:{lineno}"
        if len(raw) > MAX_LINE_BYTES:
            yield Failure(here, f"line too long ({len(raw)} bytes)")
            continue
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            yield Failure(here, f"not UTF-8 (invalid byte at offset {exc.start})")
            continue
        except json.JSONDecodeError as exc:
            yield Failure(here, f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(rec, dict):
            yield Failure(here, "a JSON object per line expected")
            continue
        text = rec.get("text") or rec.get("body") or rec.get("content")
        if not isinstance(text, str) or not text.strip():
            yield Failure(here, "no 'text' field")
            continue
        yield article_or_failure(here, article_from_record(rec, text, where))


def article_from_record(rec: dict[str, Any], text: str, where: str) -> ArticleIn:
    url = rec.get("url") if isinstance(rec.get("url"), str) else None
    source = rec.get("source") if isinstance(rec.get("source"), str) else None
    outlet = rec.get("outlet") if isinstance(rec.get("outlet"), str) else None
    if outlet is None and source and "/" not in source and len(source) <= 80:
        outlet = source  # "source" names the outlet in rasd's own JSONL
    if outlet is None and url:
        outlet = urlparse(url).hostname
    return ArticleIn(text=text.strip(), title=_str(rec.get("title")),
                     published=parse_date(rec.get("published") or rec.get("date") or rec.get("crawl_date")),
                     url=url, source=source or where, outlet=outlet, external_id=_str(rec.get("id")))


def read_html(where: str, text: str, url: str | None) -> Item:
    import trafilatura

    try:
        # as_dict=False (the default) gives a Document, which the annotation (no overloads) does not say
        doc = cast("Document | None", trafilatura.bare_extraction(text, url=url, with_metadata=True,
                                                                  include_comments=False))
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return Failure(where, f"cannot parse HTML: {exc}")
    if doc is None or not (doc.text or "").strip():
        return Failure(where, "no main text found in HTML")
    body = doc.text or ""
    outlet = doc.sitename or (urlparse(url).hostname if url else None)
    return article_or_failure(where, ArticleIn(text=body.strip(), title=doc.title, published=parse_date(doc.date),
                                               url=url or doc.url, source=where, outlet=outlet))


def read_feed(where: str, data: bytes) -> Iterator[Item]:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f"malformed feed: {feed.bozo_exception}" if feed.bozo else "feed has no entries"
        yield Failure(where, reason)
        return
    outlet = feed.feed.get("title") or (urlparse(feed.feed.get("link", "")).hostname or None)
    for i, entry in enumerate(feed.entries, 1):
        here = f"{where}#{entry.get('id') or entry.get('link') or i}"
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        text = html_to_text(body)
        if not text:
            yield Failure(here, "feed entry has no text")
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
        yield article_or_failure(here, ArticleIn(text=text, title=_str(entry.get("title")), published=published,
                                                 url=entry.get("link"), source=where, outlet=outlet))


class _TextParser(HTMLParser):
    _BLOCK = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "tr", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of a feed entry's HTML fragment, one line per block."""
    if "<" not in fragment:
        return html.unescape(fragment).strip()
    parser = _TextParser()
    parser.feed(fragment)
    lines = (re.sub(r"[ \t]+", " ", ln).strip() for ln in "".join(parser.parts).splitlines())
    return "\n".join(ln for ln in lines if ln)


def _str(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None

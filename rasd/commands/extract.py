"""``rasd extract INPUT... [-o OUT.jsonl] [--published YYYY-MM-DD]``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from tqdm import tqdm

from rasd.ingest.readers import decode

MAX_LINE = 20_000_000  # a JSON line above this is reported, not parsed


@dataclass
class Item:
    """One article to extract, or the reason an input could not give one."""

    where: str
    id: str | None = None
    text: str | None = None
    published: str | None = None
    title: str | None = None
    error: str | None = None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract events and claims from articles to JSONL",
                       description="Read articles (.jsonl objects with id and text, .txt files, or - "
                                   "for JSONL on standard input) and write one JSON line per article.")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("-o", "--output", help="output JSONL file (default: standard output)")
    p.add_argument("--published", help="publication date for articles that carry none (YYYY-MM-DD)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def _decode(raw: bytes, where: str) -> tuple[str | None, str | None]:
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, f"{where}: binary data, not text"
    text, problem = decode(raw)
    return text, (f"{where}: {problem}" if text is None else None)


def _jsonl_items(lines: Iterator[bytes], name: str) -> Iterator[Item]:
    for n, raw in enumerate(lines, 1):
        where = f"{name}:{n}"
        if not raw.strip():
            continue
        if len(raw) > MAX_LINE:
            yield Item(where, error=f"{where}: line of {len(raw)} bytes is too long")
            continue
        line, err = _decode(raw, where)
        if err:
            yield Item(where, error=err)
            continue
        assert line is not None  # _decode gives a text or an error
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Item(where, error=f"{where}: malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield Item(where, error=f"{where}: expected an object with a 'text' string")
            continue
        yield Item(where, id=str(obj.get("id") or where), text=obj["text"],
                   published=obj.get("published") or obj.get("crawl_date"), title=obj.get("title"))


def read_inputs(inputs: list[str]) -> Iterator[Item]:
    """Articles from every input, in order, with a clear error for each bad one."""
    for name in inputs:
        if name == "-":
            yield from _jsonl_items(iter(sys.stdin.buffer), "<stdin>")
            continue
        path = Path(name)
        if not path.exists():
            yield Item(name, error=f"{name}: no such file")
        elif path.is_dir():
            yield Item(name, error=f"{name}: is a directory (give the files)")
        elif path.suffix.lower() == ".jsonl":
            with path.open("rb") as fh:
                yield from _jsonl_items(iter(fh), name)
        else:
            text, err = _decode(path.read_bytes(), name)
            yield Item(name, id=path.stem, text=text, error=err)


def run(args: argparse.Namespace) -> int:
    from rasd.extract.pipeline import default_extractor, freeze_resources, parse_date

    if args.published and parse_date(args.published) is None:
        print(f"rasd extract: --published {args.published!r} is not a date (YYYY-MM-DD)", file=sys.stderr)
        return 2
    extractor = default_extractor()
    freeze_resources()
    out: TextIO = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    done = failed = 0
    bar = tqdm(desc="extract", unit=" articles", file=sys.stderr,
               disable=args.no_progress or None, mininterval=0.5)
    try:
        for item in read_inputs(args.inputs):
            bar.update(1)
            if item.error:
                failed += 1
                tqdm.write(f"rasd extract: skipped {item.error}", file=sys.stderr)
                continue
            published = item.published or args.published
            if published and parse_date(published) is None:
                tqdm.write(f"rasd extract: {item.where}: bad published date {published!r}, ignored",
                           file=sys.stderr)
                published = args.published
            result = extractor.extract(item.text or "", published=published, title=item.title)
            record: dict[str, Any] = {"id": item.id, **result.to_dict()}
            if item.title:
                record["title"] = item.title
            for warning in result.warnings:
                tqdm.write(f"rasd extract: {item.where}: {warning}", file=sys.stderr)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            done += 1
    finally:
        bar.close()
        if out is not sys.stdout:
            out.close()
    print(f"rasd extract: {done} articles extracted, {failed} skipped", file=sys.stderr)
    return 0 if done or not failed else 1

"""Read, extract and store articles in batches, one transaction per batch.

An interrupted run keeps every committed batch; a rerun skips those articles by their
content hash before extracting, so it picks up where the last one stopped.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from tqdm import tqdm

from rasd.ingest.readers import Failure, Item
from rasd.store import ArticleIn, Store

Extract = Callable[[ArticleIn], Any]


@dataclass(slots=True)
class Summary:
    stored: int = 0
    duplicates: int = 0
    events: int = 0
    incidents_new: int = 0
    incidents_joined: int = 0
    failed: list[Failure] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"stored {self.stored}, duplicates {self.duplicates}, failed {len(self.failed)}; "
               f"events {self.events}, new incidents {self.incidents_new}, "
               f"mentions joined to existing incidents {self.incidents_joined}"]
        out += [f"  failed: {f.where}: {f.reason}" for f in self.failed]
        return out


def default_extract(art: ArticleIn) -> Any:
    from rasd.extract.pipeline import extract, freeze_resources

    result = extract(art.text, published=art.published, title=art.title)
    freeze_resources()  # once, after the first article has loaded lexicons and gazetteer
    return result


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(items: Iterable[Item], store: Store, *, batch_size: int = 20, extract: Extract = default_extract,
           progress: bool = True, stream: IO[str] | None = None) -> Summary:
    summary = Summary()
    bar = tqdm(unit="article", file=stream or sys.stderr, disable=not progress, dynamic_ncols=True)
    seen: set[str] = set()
    try:
        for batch in _batches(items, batch_size):
            ready: list[tuple[ArticleIn, Any, str]] = []
            for item in batch:
                if isinstance(item, Failure):
                    summary.failed.append(item)
                    continue
                where = item.external_id or item.url or item.source or "?"
                if store.has_article(item.text) or item.text in seen:
                    summary.duplicates += 1
                    continue
                seen.add(item.text)
                try:
                    ready.append((item, extract(item), where))
                except Exception as exc:  # one article's failure must not stop the run
                    summary.failed.append(Failure(where, f"extraction failed: {type(exc).__name__}: {exc}"))
            _store(store, ready, summary)
            bar.update(len(batch))
            bar.set_postfix(stored=summary.stored, dup=summary.duplicates, failed=len(summary.failed))
    finally:
        bar.close()
    return summary


def _store(store: Store, ready: list[tuple[ArticleIn, Any, str]], summary: Summary) -> None:
    if not ready:
        return
    try:
        outcomes = store.ingest_batch([(a, r) for a, r, _ in ready])
    except Exception:
        # The batch rolled back as a whole; store one by one to name the article at fault.
        outcomes = []
        for art, res, where in ready:
            try:
                outcomes += store.ingest_batch([(art, res)])
            except Exception as exc:
                summary.failed.append(Failure(where, f"cannot store: {type(exc).__name__}: {exc}"))
    for o in outcomes:
        if o.status == "duplicate":
            summary.duplicates += 1
            continue
        summary.stored += 1
        summary.events += o.events
        summary.incidents_new += o.incidents_new
        summary.incidents_joined += o.incidents_joined

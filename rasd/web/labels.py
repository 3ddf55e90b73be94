"""Bilingual labels for the dashboard (types, stances, figures), read from ``data/labels.tsv``."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from rasd.export import vocab

_DATA = Path(__file__).with_name("data")


@functools.cache
def labels() -> dict[str, Any]:
    """``{kind: {key: {"ar": ..., "en": ...}}}`` plus actor names (English) by actor id."""
    out: dict[str, Any] = {}
    lines = (_DATA / "labels.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[2:]:  # comment, header
        if not line.strip() or line.startswith("#"):
            continue
        kind, key, ar, en = line.split("\t")[:4]
        out.setdefault(kind, {})[key] = {"ar": ar, "en": en}
    out["actor"] = {k: {"en": name} for k, (name, _inter) in vocab.actors().items()}
    out["event_type_of"] = {k: et for k, (et, _sub) in vocab.event_types().items()}
    return out

"""An incident's figures from every source's figures.

low is the most conservative figure any source reports (ACLED codes the lowest credible
figure), high the largest, best the median of the sources' own lows. Vague figures
(عشرات = 10 ...) count only when no source gives a precise one.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from typing import Any

FIGURES = ("fatalities", "injuries", "casualties", "displaced")


def combine(name: str, rows: Iterable[Mapping[str, Any]]) -> dict[str, int | None]:
    reported = [r for r in rows if r.get(f"{name}_low") is not None or r.get(f"{name}_high") is not None]
    precise = [r for r in reported if not r.get(f"{name}_vague")]
    use = precise or reported
    if not use:
        return {"low": None, "high": None, "best": None}
    lows = [r[f"{name}_low"] if r.get(f"{name}_low") is not None else r[f"{name}_high"] for r in use]
    highs = [r[f"{name}_high"] if r.get(f"{name}_high") is not None else r[f"{name}_low"] for r in use]
    return {"low": min(lows), "high": max(highs), "best": int(statistics.median_low(lows))}

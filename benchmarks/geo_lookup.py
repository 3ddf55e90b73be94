"""Gazetteer load time and memory, ``geocode()`` look-ups per second, ``places()`` articles per second.

    .venv/bin/python benchmarks/geo_lookup.py [ARTICLES.jsonl] [--n 1000] [--chars 1600]

Without a JSONL file (one object a line with a ``text`` field), sentences written for the
benchmark are repeated up to --chars characters.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from pathlib import Path

SAMPLE = ("دمشق - قصفت الطائرات الحربية مدينة دوما وبلدات حرستا وعربين في الغوطة الشرقية بريف دمشق، "
          "فيما دارت اشتباكات في ريف حلب الشمالي وجنوب غرب درعا. وفي العراق استهدفت غارات مواقع غرب "
          "الموصل وجنوبي الرمادي، وقتل ثلاثة في محافظة ديالى. ")
NAMES = ["دوما", "حرستا", "ريف دمشق", "الموصل", "صنعاء", "تعز", "بنغازي", "قندهار", "محافظة إدلب", "غير موجود"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="?", type=Path)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--chars", type=int, default=1600)
    args = ap.parse_args()

    t0 = time.perf_counter()
    from rasd.geo import Geocoder

    geo = Geocoder.default()
    load_s = time.perf_counter() - t0
    from rasd.geo.gazetteer import Gazetteer, read_entries
    from rasd.geo.lexicon import geo_lexicon

    tracemalloc.start()  # a second, traced build: the memory one gazetteer and automaton hold
    again = Geocoder(Gazetteer(read_entries()), geo_lexicon())
    mem = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.stop()
    del again
    print(f"load: {load_s:.2f} s (import + gazetteer + automaton), Python heap held {mem:.0f} MiB (automaton's C memory not counted), "
          f"{len(geo.gaz.entries)} places, {len(geo.gaz.by_key)} names")

    t0 = time.perf_counter()
    rounds = 2000
    for _ in range(rounds):
        for n in NAMES:
            geo.geocode(n)
    dt = time.perf_counter() - t0
    print(f"geocode(): {rounds * len(NAMES) / dt:,.0f} look-ups/s")

    if args.articles:
        texts = []
        with args.articles.open(encoding="utf-8") as fh:
            for line in fh:
                if len(texts) >= args.n:
                    break
                try:
                    texts.append(str(json.loads(line).get("text", ""))[: args.chars])
                except json.JSONDecodeError:
                    print(f"{args.articles}: skipping a line that is not JSON", file=sys.stderr)
    else:
        texts = [(SAMPLE * (args.chars // len(SAMPLE) + 1))[: args.chars]] * args.n
    t0 = time.perf_counter()
    found = sum(len(geo.places(t)) for t in texts)
    dt = time.perf_counter() - t0
    avg = sum(map(len, texts)) / max(1, len(texts))
    print(f"places(): {len(texts) / dt:,.0f} articles/s ({avg:.0f} chars on average, {found} places)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

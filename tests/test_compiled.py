"""The compiled build (setup.py, ``make fast``): its core really is compiled, and it reads
articles exactly as the plain Python sources do. Runs where ``make test`` runs the suite
against that build (``RASD_EXPECT_COMPILED=1``)."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.extract.pipeline import Extractor

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "articles.jsonl"

pytestmark = pytest.mark.skipif(os.environ.get("RASD_EXPECT_COMPILED") != "1",
                                reason="only in the run against the compiled build")

CORE = ["rasd.text.tokenize", "rasd.lexicon.matcher", "rasd.geo.geocoder", "rasd.extract.units",
        "rasd.extract.figures", "rasd.extract.timex"]


@pytest.mark.parametrize("name", CORE)
def test_core_modules_are_extensions(name: str) -> None:
    path = Path(importlib.import_module(name).__file__ or "")
    assert path.suffix == ".so", f"{name} is imported from {path}, not from a compiled extension"
    assert "site-packages" in path.parts  # the installed build, not the source tree


def _extract_all(rows: list[dict]) -> list[dict]:
    ex = Extractor()
    return [ex.extract(r["text"], published=r.get("published")).to_dict() for r in rows]


def test_compiled_and_plain_python_read_the_samples_alike() -> None:
    rows = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    compiled = _extract_all(rows)
    # the same extraction from the source tree, where only .py files exist
    script = ("import json, sys\n"
              "from rasd.extract.pipeline import Extractor\n"
              "import rasd.extract.units as u\n"
              "assert u.__file__.endswith('.py'), u.__file__\n"
              "ex = Extractor()\n"
              "rows = [json.loads(x) for x in open(sys.argv[1], encoding='utf-8') if x.strip()]\n"
              "print(json.dumps([ex.extract(r['text'], published=r.get('published')).to_dict() for r in rows]))\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", script, str(SAMPLES)], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True)
    plain = json.loads(out.stdout)
    assert len(rows) >= 20
    assert json.dumps(compiled, sort_keys=True) == json.dumps(plain, sort_keys=True)

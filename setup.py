"""Optional compiled build: ``RASD_COMPILE=1`` compiles the extraction core with mypyc.

rasd is plain typed Python and installs as such (pyproject.toml holds everything else). With
``RASD_COMPILE=1`` (``make fast``; needs mypy and a C compiler in the build environment, so
install with ``--no-build-isolation``) the layers every article passes through, rasd/text,
lexicon, geo and extract, are compiled from the same sources into C extensions: about 1.3x
fewer instructions per article, the same outputs (``make test`` checks both builds). The
packages' ``__init__`` modules stay Python (rasd.extract makes its module callable).
"""

import os
from pathlib import Path

from setuptools import setup

COMPILED_LAYERS = ("text", "lexicon", "geo", "extract")


def _ext_modules() -> list:
    if os.environ.get("RASD_COMPILE") != "1":
        return []
    from mypyc.build import mypycify  # only the compiled build needs mypy installed

    here = Path(__file__).resolve().parent
    sources = sorted(str(p.relative_to(here)) for layer in COMPILED_LAYERS
                     for p in (here / "rasd" / layer).glob("[a-z]*.py"))
    return mypycify(sources, opt_level=os.environ.get("MYPYC_OPT_LEVEL", "3"))


setup(ext_modules=_ext_modules())

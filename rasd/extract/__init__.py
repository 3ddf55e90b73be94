"""Quantities, time, events, claims and evidence: from text to the contract's records.

``rasd.extract(text, published=None)`` is the one-call entry point; the package module is
callable so that the layer and the function share the name the docs promise.
"""

from __future__ import annotations

import sys
import types
from typing import Any


class _CallableModule(types.ModuleType):
    def __call__(self, text: str, published: Any = None, title: str | None = None) -> Any:
        from rasd.extract.pipeline import extract

        return extract(text, published=published, title=title)


sys.modules[__name__].__class__ = _CallableModule

"""A memo of a function of token texts, for reading whole token lists cheaply."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

V = TypeVar("V")


class TextMemo(dict[str, V]):
    """Token text -> ``compute(text)``, each distinct text computed once: a whole token list is
    then read by one comprehension or ``map`` of look-ups (emptied past ``limit`` texts, so a
    long-running process stays bounded)."""

    __slots__ = ("compute", "limit")

    def __init__(self, compute: Callable[[str], V], limit: int = 200_000) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, text: str) -> V:
        if len(self) >= self.limit:
            self.clear()
        value = self[text] = self.compute(text)
        return value

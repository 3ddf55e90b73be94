"""A memo of a yes/no test on token texts, for gating whole token lists cheaply."""

from __future__ import annotations

from collections.abc import Callable


class TextGate(dict[str, bool]):
    """Token text -> whether ``test`` passes it, each distinct text tested once: a whole token
    list is then gated by one comprehension of look-ups (emptied past 200,000 texts)."""

    __slots__ = ("test",)

    def __init__(self, test: Callable[[str], bool]) -> None:
        super().__init__()
        self.test = test

    def __missing__(self, text: str) -> bool:
        if len(self) >= 200_000:
            self.clear()
        hit = self[text] = self.test(text)
        return hit

"""Named sets of short words the extraction rules test tokens against (prepositions, pronouns,
head nouns, verb forms), kept in one data file, ``data/function_words.tsv``, as "word<TAB>set"
rows written in ordinary Arabic spelling; the code gets each set's normalised forms."""

from __future__ import annotations

from rasd.lexicon.loader import word_lists

FILE = "function_words.tsv"


def word_set(name: str) -> frozenset[str]:
    """The normalised words of the set ``name`` (the file is read once, on the first call)."""
    sets = word_lists(FILE)
    if name not in sets:
        raise KeyError(f"no word set {name!r} in rasd/lexicon/data/{FILE}")
    return sets[name]

"""Lexicon data files (triggers, actors, weapons, reporting verbs, cues) and one matcher."""

from rasd.lexicon.loader import Actor, Lexicon, load, read_tsv, word_lists
from rasd.lexicon.matcher import Match, PhraseMatcher, norm_phrase

__all__ = ["Actor", "Lexicon", "Match", "PhraseMatcher", "load", "norm_phrase", "read_tsv", "word_lists"]

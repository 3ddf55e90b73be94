"""Normalisation with an offset map, segmentation and clitic-aware tokens."""

from rasd.text.normalize import Normalized, norm, normalize
from rasd.text.segment import Span, clauses, dateline, sentences
from rasd.text.tokenize import Token, Tokenized, stems, tokenize

__all__ = ["Normalized", "Span", "Token", "Tokenized", "clauses", "dateline", "norm", "normalize", "sentences",
           "stems", "tokenize"]

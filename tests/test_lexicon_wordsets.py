"""The named word sets of rasd/lexicon/data/function_words.tsv and their loader."""

from collections import Counter

import pytest

from rasd.lexicon import read_tsv
from rasd.lexicon.wordsets import FILE, word_set
from rasd.text.normalize import norm


def test_a_set_holds_the_normalised_forms_of_its_words():
    # written "على", "إلى", "أنحاء" in the file; tokens are normalised, so the set is too
    assert word_set("locative") == frozenset({"في", "وفي", "داخل", "وداخل", "علي", "وعلي", "الي", "عبر", "انحاء"})
    assert word_set("feminine_heads") >= {"مدينه", "العاصمه"}
    assert word_set("not_left") == frozenset({"علي", "سابقا"})


def test_a_set_is_read_once():
    assert word_set("toward") is word_set("toward")


def test_an_unknown_set_name_is_a_clear_error():
    with pytest.raises(KeyError, match="no word set 'towards' in rasd/lexicon/data/function_words.tsv"):
        word_set("towards")


def test_the_file_has_two_columns_and_no_repeated_word_in_a_set():
    rows = read_tsv(FILE)
    assert rows and all(len(row) == 2 and row[0] and row[1] and " " not in row[0] for row in rows), \
        [row for row in rows if len(row) != 2]
    repeated = [key for key, n in Counter((norm(word), name) for word, name in rows).items() if n > 1]
    assert not repeated, repeated

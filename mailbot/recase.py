"""Capitals back into a mail typed all in lower case, so that the attendee rules (which find people by their capitals)
read 'ik moet mezelf en bert afmelden' as they read 'ik moet mezelf en Bert afmelden'.

A word gets its capital when it is not a common word: not in ``common_words.txt``, the lower-case words of the
development mails written with capitals (``bench/build_vocabulary.py``), nor one letter off such a word (a typo:
'gesprektafel'). Names there are written with capitals, so they are not in it; particles keep their case, and the
word after one is a surname only when a name stands before it ('joke van der brink', not 'cbs de regenboog').
"""

from __future__ import annotations

import functools
import re
from importlib.resources import files

from .names import PARTICLES

_WORD = re.compile(r"(?<![\w@.'’/-])([a-zà-ÿ]+(?:-[a-zà-ÿ]+)*)(?![\w@'’/-]|\.[a-z])")
_CHAT = frozenset("tnx thx thnx pls plz svp mvg gr grt grtz grz groetjes ff idd btw wrs zsm aub ivm mbt ipv tav nav evt ok oke".split())
_LETTERS = "abcdefghijklmnopqrstuvwxyzéëèïöü"
_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_FIRST_LAST = re.compile(r"([a-z]+)[._]([a-z]{3,})", re.I)  # 'eva.brand@', and the surname of 's.koster@'


@functools.cache
def common_words() -> frozenset[str]:
    """Read once: the list is the same for every mail."""
    return frozenset(files("mailbot").joinpath("common_words.txt").read_text(encoding="utf-8").split()) | _CHAT


def written_in_lower_case(text: str) -> bool:
    """No capital at all, or one: a phone's hurried mail."""
    return bool(text.strip()) and sum(c.isupper() for c in text) <= 1


def recased(text: str, addresses: tuple[str, ...] = ()) -> str:
    """The text with a capital on each word that reads as a name, and on the words a 'first.last@' address among
    ``addresses`` (and in the text) spells, common words or not: 'eva brand … eva.brand@'."""
    spelled = {part for address in (*addresses, *_ADDRESS.findall(text)) if (local := _FIRST_LAST.fullmatch(address.partition("@")[0]))
               for part in local.groups() if part not in PARTICLES and len(part) >= 3}
    out: list[str] = []
    last = 0
    previous = ""  # the word before, as written out
    named_before = False  # the last word that was no particle got a capital
    for match in _WORD.finditer(text):
        word, gap = match.group(1), text[last: match.start()]
        joined = not gap.strip(" \t")  # only spaces between: 'anja (obs de klimboom)' is no 'anja de klimboom'
        if not joined:
            named_before = False
        if word in PARTICLES:
            cased = word
        elif (word in spelled or is_name_word(word)) and not (previous in PARTICLES and joined and not named_before):
            cased = "-".join(part.capitalize() for part in word.split("-"))
            named_before = True
        else:
            cased = word
            named_before = False
        out += [gap, cased]
        previous, last = word, match.end()
    return "".join(out) + text[last:]


def is_name_word(word: str) -> bool:
    """A lower-case word that reads as a name: no common word of the development mails, nor a typo of one (the
    attendee rules ask it too, of a capitalised word that might be a first name: 'Lotte: stagiair', not 'Jammer, …')."""
    common = common_words()
    return len(word) >= 3 and word not in common and not (len(word) >= 6 and any(w in common for w in _one_off(word)))


def _one_off(word: str) -> set[str]:
    """The words one letter away: deleted, changed or added."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return {a + b[1:] for a, b in splits if b} | {a + c + b[1:] for a, b in splits if b for c in _LETTERS} \
        | {a + c + b for a, b in splits for c in _LETTERS}

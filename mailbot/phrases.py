"""Phrase tables: one case-insensitive pattern for many ways of saying one thing (classify, attendees)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre, _parser as sre_parse  # the pattern's own parse tree: which words a match must hold


class Phrases:
    """A phrase table that answers exactly as ``re.compile(pattern, re.IGNORECASE)`` does, 2-3 times faster.

    Case-insensitive matching makes the regex engine fold every character it compares, and it cannot
    skip a phrase whose first letter differs without entering it. On lower-cased text a
    case-sensitive pattern does both fast. So the table searches the lower-cased text, and a hit is
    then matched once more, case-insensitively, at the same place in the original text: callers get
    an ordinary Match on the text they passed (group text as written). Text that lower-casing
    changes in length ('İ') or that holds a letter Python folds to an ASCII one ('ı', 'ſ'), and a
    pattern with upper-case letters of its own, use the case-insensitive pattern directly, unless the
    table is given ``lower_form``: a case-sensitive form for lower-cased text that matches wherever the
    pattern does, at the same start ('stad(?=\\s+[a-z…])' for '(?-i:Stad(?=\\s+[A-Z…]))').

    Most texts hold none of a table's phrases, and the engine still tries every phrase at every word
    before it can say so. So the table first asks whether the text holds any of the words one of which
    every match must contain (``needles``, read from the pattern's parse tree: 'afmeld', 'niet', …);
    a substring test is far cheaper than the scan (classify 12% faster on backlog mail)."""

    __slots__ = ("pattern", "_exact", "_lower", "_needles")

    def __init__(self, pattern: str, lower_form: str | None = None) -> None:
        self.pattern = pattern
        self._exact = re.compile(pattern, re.IGNORECASE)
        if lower_form is None:
            lower_form = _lower_form(pattern)
        self._lower: re.Pattern[str] | None = re.compile(lower_form) if lower_form is not None else None
        self._needles: tuple[str, ...] | None | bool = False  # False: not read yet (import stays fast)

    def _absent(self, low: str) -> bool:
        """Whether the lower-cased text lacks every word a match must contain: then nothing matches."""
        words = self._needles
        if words is False:
            words = self._needles = needles(self._lower.pattern) if self._lower is not None else None
        if words is None:
            return False
        for word in words:  # type: ignore[union-attr]
            if word in low:  # a loop, not any(): this runs some 50 times a mail
                return False
        return True

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        low = lowered(text) if self._lower is not None else None
        if low is not None and (self._absent(low) or self._lower.match(low, pos) is None):  # type: ignore[union-attr]
            return None  # the lower-case form matches wherever the pattern does: here neither
        return self._exact.match(text, pos)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        low = lowered(text) if self._lower is not None else None
        if low is None:
            return self._exact.search(text, pos)
        if self._absent(low):
            return None
        found = self._lower.search(low, pos)  # type: ignore[union-attr]
        if found is None:
            return None
        match = self._exact.match(text, found.start())
        return match if match is not None and match.end() == found.end() else self._exact.search(text, pos)

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        low = lowered(text) if self._lower is not None else None
        if low is None:
            yield from self._exact.finditer(text, pos)
            return
        if self._absent(low):
            return
        for found in self._lower.finditer(low, pos):  # type: ignore[union-attr]
            match = self._exact.match(text, found.start())
            if match is None or match.end() != found.end():
                yield from self._exact.finditer(text, found.start())
                return
            yield match


# A name's capital ('wil je Lonneke Peeters noteren?'), which lower-cased text holds as a lower-case letter ('×' is
# in the range À-Ý and has no lower case). One such phrase must not cost its whole table the fast path: REGISTER
# searched with the case-insensitive pattern took 15% of classify's time on backlog mail.
_CAPITALS = {"(?-i:[A-Z])": "[a-z]", "(?-i:[A-ZÀ-Ý])": "[a-zà-ý×]"}


def _lower_form(pattern: str) -> str | None:
    """The case-sensitive form of the pattern for lower-cased text, or None when the pattern has
    case-sensitive parts or capitals of its own that lower-cased text cannot match in place. A capital
    inside a negative lookaround stays: there a lower-case letter would forbid more, not allow more."""
    for capital, lower in _CAPITALS.items():
        if capital in pattern and not _in_negative_lookaround(pattern, capital):
            pattern = pattern.replace(capital, lower)
    letters = re.sub(r"\\.", "", pattern)  # '\W', '\S', '\b' are classes, not letters
    return None if "(?-i" in pattern or any(c.isupper() for c in letters) else pattern


def _in_negative_lookaround(pattern: str, part: str) -> bool:
    """Whether some occurrence of ``part`` (a group) stands inside '(?!…)' or '(?<!…)'."""
    return any(char == "(" and any(groups) and pattern.startswith(part, at) for at, char, groups in _syntax(pattern))


_last: tuple[str, str] = ("", "")  # the text last lowered, and its lower case: the rules ask many tables about one text


def lowered(text: str) -> str | None:
    """The lower-cased text, or None when lower-casing would not keep every match in place."""
    global _last
    last = _last  # one read: another thread may replace the pair, never half of it
    if text is last[0]:
        return last[1]
    low = text.lower()
    if len(low) != len(text) or not text.isascii() and ("ı" in text or "ſ" in text):
        return None
    _last = (text, low)
    return low


def any_of(*patterns: str) -> Phrases:
    """One case-insensitive pattern for a table of phrases. The word boundary that most of them start
    with is tested once per position instead of once per phrase (twice as fast on long mails), and
    only where a word starts: '(?=\\w)' lets the engine pass spaces and punctuation without trying
    every phrase there (another third off; the same matches on 7,600 corpus texts)."""
    bounded = [p[2:] for p in patterns if p.startswith(r"\b") and not _top_level_or(p)]
    rest = [p for p in patterns if not (p.startswith(r"\b") and not _top_level_or(p))]
    parts = ([r"(?=\w)\b(?:" + "|".join(f"(?:{p})" for p in bounded) + ")"] if bounded else []) + [f"(?:{p})" for p in rest]
    return Phrases("|".join(parts))


def _top_level_or(pattern: str) -> bool:
    return any(char == "|" and not groups for _, char, groups in _syntax(pattern))


def _syntax(pattern: str) -> Iterator[tuple[int, str, list[bool]]]:
    """Each character that is syntax (not escaped, not inside a class), with the groups open before it: for each,
    whether it is a negative lookaround."""
    groups: list[bool] = []
    escaped = in_class = False
    for at, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            yield at, char, groups
            if char == "(":
                groups.append(pattern.startswith(("(?!", "(?<!"), at))
            elif char == ")" and groups:
                groups.pop()


_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)  # '\\b', lookarounds: they consume nothing, a word runs on past them
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_SHORTEST = 3  # shorter words are in nearly every text: no use as a filter


def needles(pattern: str) -> tuple[str, ...] | None:
    """Words one of which every match of the (case-sensitive) pattern contains, or None when the
    pattern has no such set of words of three letters or more. A word that contains another is dropped:
    where it is, the shorter one is too."""
    try:
        tree = sre_parse.parse(pattern)
        found = None if tree.state.flags & re.IGNORECASE else _required(tree.data)
    except Exception:  # noqa: BLE001 - a parser of another Python version: no filter, the same answers
        return None
    if found is None:
        return None
    kept: list[str] = []
    for word in sorted(found, key=len):
        if not any(shorter in word for shorter in kept):
            kept.append(word)
    return tuple(kept)


def _required(items: list[tuple[object, object]]) -> set[str] | None:
    """For a sequence of the parse tree: a set of words one of which every match holds (the rarest
    found: longest shortest word), or None."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))  # type: ignore[arg-type]
            continue
        if op in _ZERO_WIDTH:
            continue
        if op is sre.SUBPATTERN and not arg[1] and (word := _literal(arg[3].data)) is not None:  # type: ignore[index]
            run.append(word)  # '(?:ab)' inside 'x(?:ab)c'
            continue
        if run:
            options.append({"".join(run)})
            run = []
        inner: set[str] | None = None
        if op is sre.SUBPATTERN and not arg[1]:  # type: ignore[index]
            inner = _required(arg[3].data)  # type: ignore[index]
        elif op is sre.BRANCH:
            each = [_required(branch.data) for branch in arg[1]]  # type: ignore[index]
            inner = set().union(*each) if all(each) else None  # type: ignore[arg-type]
        elif op in _REPEATS and arg[0] >= 1:  # type: ignore[index]
            inner = _required(arg[2].data)  # type: ignore[index]
        if inner:
            options.append(inner)
    if run:
        options.append({"".join(run)})
    usable = [option for option in options if min(map(len, option)) >= _SHORTEST]
    return max(usable, key=lambda option: (min(map(len, option)), -len(option))) if usable else None


def _literal(items: list[tuple[object, object]]) -> str | None:
    """The text a sequence always matches when it is only letters (and zero-width tests), else None."""
    word = []
    for op, arg in items:
        if op is sre.LITERAL:
            word.append(chr(arg))  # type: ignore[arg-type]
        elif op is sre.SUBPATTERN and not arg[1] and (inner := _literal(arg[3].data)) is not None:  # type: ignore[index]
            word.append(inner)
        elif op not in _ZERO_WIDTH:
            return None
    return "".join(word)

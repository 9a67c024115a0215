"""The phrase tables search lower-cased text for speed; they must answer exactly as their
case-insensitive pattern does, on any text."""

from __future__ import annotations

import re

import pytest

import mailbot.attendees
import mailbot.classify
import mailbot.signatures
from mailbot.parse import parse
from mailbot.phrases import Phrases, any_of, lowered, needles
from tests.helpers import ROOT

TABLES = {f"{m.__name__}.{k}": v for m in (mailbot.classify, mailbot.attendees, mailbot.signatures)
          for k, v in vars(m).items() if isinstance(v, Phrases)}


def _texts() -> list[str]:
    texts = ["İK MELD MIJ AF", "Yıldız meldt zich af; ik kom niet", "ſchrap mij maar", "KOM IK NIET"]
    for path in sorted((ROOT / "tests" / "corpus").glob("*/*.eml"))[::3]:
        p = parse(path.read_bytes())
        for text in (p.text, p.subject, p.signature):
            texts += [text, text.upper(), text.swapcase()]
    return [t for t in texts if t]


TEXTS = _texts()


@pytest.mark.parametrize("name", sorted(TABLES))
def test_a_phrase_table_matches_as_its_case_insensitive_pattern(name):
    table = TABLES[name]
    exact = re.compile(table.pattern, re.IGNORECASE)
    for text in TEXTS:
        want, got = exact.search(text), table.search(text)
        assert (want and (want.span(), want.group(0))) == (got and (got.span(), got.group(0))), text
        assert [m.span() for m in exact.finditer(text, 5)] == [m.span() for m in table.finditer(text, 5)], text
        for at in (0, 3):
            want, got = exact.match(text, at), table.match(text, at)
            assert (want and want.span()) == (got and got.span()), text


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_match_holds_one_of_the_words_the_table_checks_first(name):
    table = TABLES[name]
    words = needles(table._lower.pattern) if table._lower is not None else None
    for text in TEXTS if words else ():
        if lowered(text) is None:
            continue  # 'ſchrap': searched with the case-insensitive pattern itself, no words checked first
        for match in re.compile(table.pattern, re.IGNORECASE).finditer(text):
            assert any(word in match.group(0).lower() for word in words), (match.group(0), words)


@pytest.mark.parametrize(("pattern", "words"), [
    (r"(?=\w)\b(?:afmeld|meld\w*\s+af\b)", ("meld",)),  # 'afmeld' holds 'meld': one test does for both
    (r"\b(?:kan|kom)\b[^.]{0,40}\bniet\b", ("niet",)),  # the rarer word of the two that must be there
    (r"\b(?:ik|wij)\s+kom", ("kom",)),
    (r"\bdoe(?:n)?\s+mee", ("doe",)),
    (r"\bja\b|\bjazeker\b", None),  # 'ja': too short to filter on
    (r"\bgraag(?:\s+\w+)?|\w+@", None),  # one branch holds no word at all
    (r"(?:ab)+cd(?=e)f", ("cdf",)),
])
def test_the_words_a_match_must_hold_are_read_from_the_pattern(pattern, words):
    assert needles(pattern) == words


def test_matches_show_the_text_as_written():
    table = any_of(r"\bmeld\w*\s+(?:mij|me)\s+af\b", r"\bcancel\b")
    assert table.search("Hierbij MELD ik... nee: Meld Mij AF a.u.b.").group(0) == "Meld Mij AF"
    assert [m.group(0) for m in table.finditer("CANCEL. Cancel!")] == ["CANCEL", "Cancel"]


def test_a_pattern_with_capitals_of_its_own_keeps_them():
    table = any_of(r"\bmet\s+[A-Z]\w+")
    assert table.search("met Jan") and table.search("met jan")  # case-insensitive, as re.I is


def test_cleaning_a_text_skips_the_noise_pattern_only_when_it_cannot_match():
    from mailbot.classify import _NOISE, _clean

    extra = ["Verstuurd vanaf mijn iPhone", "ſent from my phone", "\nSENT FROM MY IPAD", "NİEUWSBRIEF: aanmelden voor de nİeuwsbrief",
             "zie WWW.example.nl", "HTTPS://EXAMPLE.ORG/x", "mail jan@example.nl of bel", "it\u2019s ‘fine’"]
    for text in TEXTS + extra:
        assert _clean(text) == _NOISE.sub(" ", text).replace("\u2019", "'").replace("\u2018", "'"), text


# Tables searched with their case-insensitive pattern itself: 'and I' is a capital of the phrase's own.
SLOW = {"mailbot.attendees._SELF_TOO"}


@pytest.mark.parametrize("name", sorted(set(TABLES) - SLOW))
def test_a_name_s_capital_in_one_phrase_does_not_cost_the_table_its_fast_path(name):
    assert TABLES[name]._lower is not None  # REGISTER lost it to '(?-i:[A-Z])' once: classify 10% slower


def test_a_capital_inside_a_negative_lookahead_stays_case_sensitive():
    table = any_of(r"\bregister\b(?!\s+(?-i:[A-Z]))")
    assert table._lower is None  # '[a-z]' there would refuse 'register him', which the pattern takes
    assert table.search("I would register him") and not table.search("I would register Ann")
    fast = any_of(r"\bwil je (?-i:[A-Z])\w+ noteren")
    assert fast._lower is not None
    assert fast.search("Wil je Ann noteren?") and not fast.search("wil je ann noteren?")

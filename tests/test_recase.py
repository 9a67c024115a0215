"""Capitals put back into mail typed all in lower case (pure: no I/O)."""

from mailbot.recase import recased, written_in_lower_case
from tests.test_understanding import _who


def test_names_get_capitals_common_words_and_particles_do_not():
    assert recased("ik moet mezelf en bert afmelden voor maandag") == "ik moet mezelf en Bert afmelden voor maandag"
    assert recased("onze ib'er joke van der brink en ruben (leescoordinator)") == \
        "onze ib'er Joke van der Brink en Ruben (leescoordinator)"
    assert recased("ik werk bij cbs de regenboog") == "ik werk bij cbs de regenboog"  # no name before 'de': no surname after
    assert recased("anja (obs de klimboom), henk-jan en ikzelf") == "Anja (obs de klimboom), Henk-Jan en ikzelf"


def test_a_typo_of_a_common_word_and_chat_words_stay_as_they_are():
    assert recased("tnx voor de gesprektafel") == "tnx voor de gesprektafel"


def test_a_surname_that_is_also_a_word_gets_its_capital_when_an_address_spells_it():
    assert recased("onze manager ( eva brand ) komt ook, eva.brand@fw.example.nl") == \
        "onze manager ( Eva Brand ) komt ook, eva.brand@fw.example.nl"
    assert recased("de zaal was vol") == "de zaal was vol"


def test_only_a_mail_without_capitals_is_recased():
    assert written_in_lower_case("hoi seher, ik kom graag") and written_in_lower_case("Hoi seher, ik kom graag")
    assert not written_in_lower_case("Hoi Seher, ik kom graag") and not written_in_lower_case("   ")


def test_people_in_a_mail_typed_in_lower_case():
    """The attendee rules, which look for capitals, find the people of a phone's lower-case mail."""
    assert _who("hoi seher, ik moet mezelf en bert afmelden voor maandag, sorry! er is een lekkage.",
                "Mieke Aarts <mieke.aarts@lc.example.nl>", "afmelden")[1][0] == "Bert"
    found = _who("graag aanmelden voor het webinar van 28/3: anja (obs de klimboom), henk-jan (cbs de ark) en ikzelf.",
                 "Lieke Hoog <lieke.hoog@wb.example.nl>", "aanmelden webinar")
    assert sorted(n for n, _, _ in found) == ["Anja", "Henk-Jan", "Lieke Hoog"]

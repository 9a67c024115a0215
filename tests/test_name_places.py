"""Where a text writes a person's name: found without compiling a pattern per person (that cost a sixth of
classify on new mail), so these pin down what the per-name patterns used to find."""

from mailbot.attendees import _just_before, _role_in_text, _said_to_be, _written
from mailbot.signatures import _described_after_name, _written_with_initials


def _spans(name: str, text: str) -> list[str]:
    return [text[start:end] for start, end in _written(name, text)]


def test_a_name_is_found_in_full_and_as_title_and_surname():
    text = "Mevrouw Tuinstra schreef al eerder; Wendy Tuinstra komt. Ook de heer T. (Tjeerd) Sikkema."
    assert _spans("Wendy Tuinstra", text) == ["Mevrouw Tuinstra", "Wendy Tuinstra"]
    assert _spans("Tjeerd Sikkema", text) == ["de heer T. (Tjeerd) Sikkema"]


def test_no_more_than_three_words_between_title_and_surname():
    assert _spans("Jan Kramer", "drs. R.J. (Robert) Kramer") == ["drs. R.J. (Robert) Kramer"]
    assert _spans("Jan Kramer", "de heer a b c d Kramer") == []


def test_titles_are_read_in_any_case_but_the_surname_as_written():
    assert _spans("Aisha Rahman", "DR. Aisha Rahman") == ["DR. Aisha Rahman"]
    assert _spans("Aisha Rahman", "mevrouw rahman") == []


def test_a_role_right_before_the_name_ends_where_the_name_starts():
    text = "Graag meld ik onze directeur mevrouw Jolien Aarts aan."
    before = _just_before(_written("Jolien Aarts", text), text)
    assert before is not None and before.group(1).startswith("directeur")
    assert _role_in_text("Jolien Aarts", text) == "directeur"
    assert _just_before(_written("Jolien Aarts", "Jolien Aartsen komt"), "Jolien Aartsen komt") is None  # not a whole word


def test_the_next_sentence_may_say_the_role_by_first_name_or_pronoun():
    assert _said_to_be("Noortje Bos", "Ik meld Noortje Bos aan. Noortje is bij ons adviseur onderwijs en trekt het.") \
        == "adviseur onderwijs"
    assert _said_to_be("Noortje Bos", "Ik meld Noortje Bos aan. Zij is onze coördinator, en komt graag.") == "coördinator"
    assert _said_to_be("Noortje Bos", "Ik meld Noortje Bos aan. Zij is al jaren lid.") is None


def test_the_writer_in_a_hurry_writes_initials():
    text = "Groet, J.W. Postma, directeur Bibliotheek Noord. En F. el Khatib."
    assert [text[s:e] for s, e in _written_with_initials("Jan-Willem Postma", text)] == ["J.W. Postma"]
    assert [text[s:e] for s, e in _written_with_initials("Fatima el Khatib", text)] == ["F. el Khatib"]
    assert _written_with_initials("Willem Postma", "J.W. Postma") == []  # an initial inside initials is not one


def test_a_one_line_sign_up_gives_role_and_library_after_the_name():
    assert _described_after_name("Priscilla Tjon-A-Fat, directeur Bibliotheek Almere Haven.", "Priscilla Tjon-A-Fat") \
        == ("directeur", "Bibliotheek Almere Haven")
    assert _described_after_name("F. el Khatib, directeur Bibliotheek Oostvaarders", "Fatima el Khatib") \
        == ("directeur", "Bibliotheek Oostvaarders")

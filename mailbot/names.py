"""People's names as mail writes them: titles, initials, nicknames, Outlook's "Last, First", departments.

Pure string functions for classify: which of two ways of writing a name is the fuller one, what is
left of "drs. Th. (Theo) Brinkman MBA" once titles go, and whether "Directie" is a person at all.
"""

from __future__ import annotations

import re

# A capitalised name word, accents and hyphenated double names included ("Bakker-Şahin", "El-Amrani").
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
WORD = rf"[{UPPER}][^\W\d_]*(?:'[^\W\d_]+)?(?:-[^\W\d_]+)*"
PARTICLES = ("van", "de", "der", "den", "het", "ter", "ten", "te", "von", "el", "la", "le", "du", "da", "dos",
             "op", "in", "'t", "d'", "uit de", "uit den", "uit het")  # (not "uit" alone: "Zainab Hussain uit Birmingham")
PARTICLE = "|".join(re.escape(p) for p in PARTICLES)
NAME = re.compile(rf"\b{WORD}(?:\s+(?:{WORD}|(?:{PARTICLE})(?=\s)))*\s+{WORD}|\b{WORD}")
_TRAILING = re.compile(rf"((?:{WORD})(?:\s+(?:{WORD}|{PARTICLE}))*)\W*$")

_TITLES = re.compile(r"^(?:(?:mevrouw|mevr|mw|de heer|dhr|heer|hr|juf|meester|mr|mrs|ms|miss|dr|drs|ir|ing|prof|lic|mag|dipl|jhr|jkvr"
                     r"|ds|dhr/mw)\.?\s+)+", re.I)
_POSTNOMINALS = re.compile(r"(?:[\s,]+(?:MA|MBA|MSc|M\.Sc\.?|BSc|BA|PhD|Ph\.D\.?|LLM|LL\.M\.?|MPA|RA|EMIA|MMC|MEd|M\.Ed\.?"
                           r"|bc|Dr\.?|Drs\.?))+\s*$")
_NICKNAME = re.compile(r"^((?:[A-Z][a-z]?\.\s*)+)\s*\(([^\W\d_]+(?:-[^\W\d_]+)*)\)\s+")  # 'R.J. (Rutger) Kamphuis', 'A.M. (Anne-Marie) de Groot'
_INITIALS = re.compile(r"^(?:[^\W\d_]{1,2}\.)+$|^[^\W\d_]$")
_BARE_INITIALS = re.compile(rf"^[{UPPER}]{{2,3}}\s")  # initials without dots, as some sign: 'JW ter Horst', 'PJ Smit'
DEPARTMENTS = re.compile(r"^(?:directie\w*|secretariaat\w*|directiesecretariaat|bestuurssecretariaat|info|informatie"
                         r"|administratie|receptie|office|frontoffice|backoffice|management|bestuur|team\b.*"
                         r"|afdeling\b.*|general office|reception|admin|enquiries|director's office"
                         r"|\w+(?:\s+\w+)?\s+team|\w*team|ib|ib\s+\w+(?:\s+\w+)?)$", re.I)  # 'Reading Team', 'Leesteam', 'IB De Verrekijker'


_TITLE_AFTER = re.compile(r"\s(?:Dr|Drs|Ir|Prof|Ing|Mr)\.?(?=\s)")
_BRACKETS = re.compile(r"\s*\([^)]*\)\s*")


def clean_name(name: str | None) -> str | None:
    """'drs. Th. (Theo) Brinkman MBA' -> 'Theo Brinkman'; 'Wilhelmina (Mien) de Graaf' -> 'Wilhelmina de Graaf'."""
    if not name:
        return None
    name = " ".join(name.split()).strip(" ,;:")
    name = _TITLES.sub("", name)
    name = _TITLE_AFTER.sub("", name)  # Outlook's 'Schäfer, Katrin Dr.' turned round
    name = _POSTNOMINALS.sub("", name)
    nick = _NICKNAME.match(name)
    if nick:
        name = nick.group(2) + " " + name[nick.end():]
    name = _BRACKETS.sub(" ", name).strip(" ,")
    return uncapped(" ".join(name.split())) or None


def titled(name: str | None) -> bool:
    """Does the name still start with a title ('Mrs Ouédraogo-Smit')? A last safety net before a name is registered."""
    return bool(name and _TITLES.match(name))


# A name word in capitals, as some sign and some address books write the surname: 'Gareth MORGAN',
# 'JANSEN, Pieter', "O'NEILL-BAXTER". Three letters or more with a vowel: not the initials 'PJ', 'PJM'.
_CAPITALS = re.compile(rf"[{UPPER}'-]{{3,}}")
_VOWEL = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ü]")


# Letters after a name are capitals by right: 'B.J. Oosterhuis MBA' keeps them (clean_name drops them later).
_DEGREE = re.compile(r"MBA|MPA|LLM|EMIA|MMC|MSC|BSC|PHD|MA|BA|RA")


def uncapped(name: str) -> str:
    """'Gareth MORGAN' -> 'Gareth Morgan', 'JAN VAN DER BERG' -> 'Jan van der Berg': the name as a person
    writes it, for the mail we send back. A name without such a word comes back as it was."""
    words = name.split()
    if not any(_CAPITALS.fullmatch(w) and _VOWEL.search(w) and not _DEGREE.fullmatch(w) for w in words):
        return name
    return " ".join(_cased(w) for w in words)


def _cased(word: str) -> str:
    """One word of a name in capitals as written in lower case: 'VAN' -> 'van', "O'NEILL" -> "O'Neill", 'IJSSEL' -> 'IJssel'."""
    if word.isupper() and word.lower() in PARTICLES:
        return word.lower()
    if _DEGREE.fullmatch(word):
        return word
    if not (_CAPITALS.fullmatch(word) and _VOWEL.search(word)):
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:2] + m.group(0)[2:].lower() if m.group(0).startswith("IJ")
                  else m.group(0)[0] + m.group(0)[1:].lower(), word)


def is_department(name: str) -> bool:
    """'Directie', 'Secretariaat', 'Info': a mailbox, not a person."""
    return bool(DEPARTMENTS.match(name.strip()))


# The last word of a governing body's name: 'Supervisory Board', 'Raad van Toezicht', 'Executive Committee'.
_BODY_WORD = re.compile(r"\b(?:Board|Council|Committee|Commission|Raad|Commissie|Bestuur|Directie|Directorate|Managementteam)$")


def is_body(name: str) -> bool:
    """'On behalf of the Supervisory Board of Stichting …': a capitalised run after 'on behalf of' can be a board
    or council that a secretary writes for, never a person to sign up."""
    return bool(_BODY_WORD.search(name.strip()))


def _surname_initial(short: str, full: str) -> bool:
    """Is ``short`` a surname cut to its initial ('D.' or 'D') and ``full`` a surname that starts with it? A private
    mailbox often shows 'Hanneke D.' where the mail is signed 'Hanneke Dijkstra'."""
    letter = short.rstrip(".")
    return len(letter) == 1 and letter.isalpha() and len(full) > 1 and full[0] == letter and full.rstrip(".") != letter


def same_person_fuller(header: str, signed: str) -> bool:
    """Does ``signed`` name the same person as ``header``, at least as fully? 'M.A. Postma' and
    'Margriet Postma-de Boer', 'Tom Ashworth' and 'Thomas Ashworth', 'Pieter' and 'Pieter Van de Velde'."""
    a = [w.lower() for w in header.split()]
    b = [w.lower() for w in signed.split()]
    if sorted(a) == sorted(b):
        return True
    if not a or not b or len(b) < len(a):
        return False
    if len(a) == 1:
        return a[0] in (b[0], b[-1]) and len(b) > 1
    if (a[0] in PARTICLES or len(a) >= 3 and len(b) == len(a) + 1 and re.fullmatch(r"[^\W\d_]{3,}(?:-[^\W\d_]+)?", b[0])) \
            and len(b) > len(a) and b[-len(a):] == a:
        return True  # 'mevrouw De Groot' is 'Anne-Marie de Groot'; 'de heer Tjon A Fong' is 'Raoul Tjon A Fong'
    if all(_INITIALS.match(w) for w in b[:-1]) and not all(_INITIALS.match(w) or w in PARTICLES for w in a[:-1]):
        return False  # 'R. Wijngaarde' is not fuller than 'Ricardo Wijngaarde'
    if _BARE_INITIALS.match(signed) and not _BARE_INITIALS.match(header):
        return False  # 'JW ter Horst' under the mail is not fuller than 'Jan-Willem ter Horst' in the header
    if len(a) == 2 and len(b) >= 2 and a[0] == b[0] and _surname_initial(a[-1], b[-1]):
        return True  # 'Hanneke D.' in the header is 'Hanneke Dijkstra' under the mail
    surname = a[-1]
    same_surname = surname in b or any(w.startswith(surname + "-") for w in b) or b[-1] == surname
    initials = all(_INITIALS.match(w) or w in PARTICLES for w in a[:-1])
    first_letter = a[0][0] == b[0][0]
    return same_surname and first_letter and (initials or len(b) >= len(a))


def trailing_name(text: str) -> str | None:
    """The name at the end of a phrase: 'ikzelf en Mustafa Erdoğan' -> 'Mustafa Erdoğan'."""
    match = _TRAILING.search(text)
    if not match:
        return None
    words = match.group(1).split()
    while words and (words[0].lower() in PARTICLES or words[0].lower() in NOT_NAMES):
        words = words[1:]
    return " ".join(words) if 2 <= len(words) <= 5 else None


# Capitalised words that start sentences or greetings, never names.
NOT_NAMES = {"beste", "dear", "hallo", "hoi", "namens", "graag", "onze", "our", "mijn", "my", "mevrouw", "de heer",
             "met", "groet", "ik", "wij", "we", "zie", "the", "de", "het", "een", "voor", "for", "bibliotheek",
             "collega", "colleague", "directeur", "director", "en", "and", "ook", "also", "zij", "hij", "she", "he",
             "naam", "name", "e-mail", "email", "adres", "mail", "please", "graag", "hierbij",
             "meneer", "unfortunately", "sadly", "helaas", "myself", "ikzelf", "mijzelf",
             "hi", "hello", "hey", "geachte", "goedemorgen", "goedemiddag", "goedenavond",
             "wethouder", "burgemeester", "alderman", "mayor",
             "aanmelding", "afmelding", "inschrijving", "wijziging", "registration", "cancellation"}  # "Hi, please sign up …", 'Meneer Pinas', 'Unfortunately Laura Mensink (l.mensink@…)'
# (an office before a name: 'Wethouder Van der Laan' is Van der Laan)


def same_name(a: str, b: str | None) -> bool:
    return bool(b) and (same_person_fuller(a, b) or same_person_fuller(b, a))  # type: ignore[arg-type]


def first_name_for_initials(header: str, first: str) -> str | None:
    """'J.W. Postma' in the From header and only 'Jan-Willem' under the mail: the first name spells the initials,
    so the person is 'Jan-Willem Postma'. Initials list every given name while one goes by the first of them, so
    'H.J. Veldhuis' signed 'Henk' is 'Henk Veldhuis' too. None when the letters differ ('J. Smit' signed 'Pieter',
    'J.W. Postma' signed 'Willem') or the header has no initials."""
    words = header.split()
    if len(words) < 2 or not _INITIALS.match(words[0]) or " " in first.strip() or not first[:1].isupper() \
            or not first.strip()[1:2].islower():  # a name, not the initials again: 'gr GJ' under 'G.J. Mulder'
        return None
    letters = [c.lower() for c in words[0] if c.isalpha()]
    parts = [w[0].lower() for w in first.strip().split("-") if w]
    return f"{first.strip()} {' '.join(words[1:])}" if letters[: len(parts)] == parts else None

"""People given as a list: bullets, 'naam; adres; functie' rows, tables (flattened by the mail client or
typed with tabs), forms ('Naam: … / E-mail: …'), enumerations after a colon; and person_at, which reads
one person's name at the start of a piece of text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .names import NAME, NOT_NAMES, PARTICLE, PARTICLES, UPPER, clean_name, is_department, same_name, same_person_fuller
from .recase import is_name_word
from .signatures import EMAIL, ORG_REMARK, ORG_START, ORG_WORDS, ROLE_WORDS, occurrences, split_role_organisation, turned_round
from .understanding import Attendee


# A list item: '- Nadia Amrani, coördinator', '1. De heer drs. M. (Michel) Ramdin – m.ramdin@…', '· ikzelf (directeur)'.
_ITEM = re.compile(r"^[ \t]*(?:[-*•·–>]|\d{1,2}[.)]|[a-z][.)])[ \t]+(\S.*)$", re.M)
_ROW = re.compile(r"^[ \t]*([^;:\n]{3,60});[^;\n]*(?:@|mail)[^;\n]*;[^\n]*$", re.M)  # 'Jos Kurvers; mailadres volgt; directeur'
# The last item of a list may carry the 'and': '· en ikzelf', '- and myself'; a formal list 'the undersigned, Ulrika …'.
_SELF = re.compile(r"^(?:(?:en|and|&)\s+)?(?:(?:the\s+)?undersigned|ondergetekende|ikzelf|mijzelf|mezelf|ik zelf|ik|myself|me|zelf)\b|\((?:ikzelf|mijzelf|zelf|myself|me)\)", re.I)
# Initials as Dutch writes them, a first name's first two letters too: 'mevrouw Th. (Thea) Smolders', 'Ph. de Wit',
# 'T. (Tineke) Olde Scheper' (Twente's Olde and Oude belong to the surname).
_INITIALS_NAME = re.compile(rf"^((?:[A-Z][a-z]?\.\s?)+(?:\s*\([^)]+\))?\s*(?:(?i:{'|'.join(PARTICLES)})\s+)*(?:(?:Olde|Oude)\s+)?[A-ZÀ-Ý][\w']*"
                            r"(?:-(?:(?:van|de|der|den|ter|ten|te)(?:\s+|-))*[A-ZÀ-Ý][\w']*)*"
                            # a Surinamese-Chinese surname with its 'A' written apart: 'A. (Annemarie) Brinkhuis-Tjon A Fong'
                            r"(?:\s+A\s+[A-ZÀ-Ý][\w']*)?)")  # 'A. Meijer-de Boer'
_TITLE_WORDS = re.compile(r"^(?:(?:mevrouw|mevr|mw|de heer|dhr|heer|meneer|mr|mrs|ms|miss|dr|drs|ir|ing|prof)\.?\s+)+", re.I)


_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")  # 'North Brabant' / '' / 'DISCLAIMER: …' is not one name
# A surname with its particle in lower case after a title: 'Mr de Boer', 'mevrouw van der Linde'.
_PARTICLE_SURNAME = re.compile(rf"(?:(?:{PARTICLE})\s+)+[{UPPER}][\w'-]+")


_POSSESSIVE_S = re.compile(r"['’]s$")


def person_at(text: str) -> tuple[str | None, int]:
    """The name that starts ``text`` (after titles), cleaned, and where it ends: 'de heer ir. R.J.
    (Rutger) Kamphuis, aan voor' -> ('Rutger Kamphuis', 35)."""
    titles = _TITLE_WORDS.match(text)
    start = titles.end() if titles else 0
    rest = text[start:]
    match = _INITIALS_NAME.match(rest) or NAME.match(rest) or (_PARTICLE_SURNAME.match(rest) if titles else None)
    if not match:
        return None, 0
    words = list(re.finditer(r"\S+", _PARAGRAPH_END.split(match.group(0), 1)[0]))  # a name ends with its paragraph
    if at_org := next((i for i, w in enumerate(words) if i >= 2 and w.group(0) in ("van", "bij") and i + 1 < len(words)
                       and ORG_START.match(match.group(0), words[i + 1].start())), None):
        words = words[:at_org]  # 'Sander Bijl van RKBS St. Jozef': the school he is from is not his name
    if cut := next((i for i, w in enumerate(words) if i and ORG_WORDS.search(w.group(0))), None):
        words = words[:cut]  # 'Pieter Smulders van de Bibliotheek Gooi': the library and its name are not the person's
    while words and (words[-1].group(0).lower() in NOT_NAMES or ORG_WORDS.search(words[-1].group(0))
                     or (cut and words[-1].group(0) in PARTICLES)):
        words.pop()  # a name that runs into 'Bibliotheek …' stops before it, and before the 'van de' that leads there
    name = clean_name(" ".join(w.group(0) for w in words))
    surname = bool(titles) and len(words) >= 2 and words[0].group(0).lower() in PARTICLES  # 'mevrouw De Groot'
    if not name or (words[0].group(0).lower() in NOT_NAMES and not surname) or ORG_WORDS.search(name) \
            or ORG_START.search(name) or is_department(name) or ROLE_WORDS.search(name):  # not 'Chief Executive'
        return None, 0
    if len(name.split()) < 2 and not titles:
        return None, 0  # a first name alone is too little to register someone by
    if (owner := _POSSESSIVE_S.search(name)) and " " in name[: owner.start()]:
        return name[: owner.start()], start + words[-1].end() - 2  # "my colleague Anna Visser's registration"
    return name, start + words[-1].end()


_LETTERS_ORG = re.compile(r"(?!ICT\b|MT\b|HR\b|PR\b|PO\b|VO\b|MBO\b|HBO\b)[A-Z]{3,5}")


# A list item that names the organisation first and the person after a dash: 'OBS Het Kompas – Dennis Oudshoorn (…)'.
_ORG_DASH = re.compile(r"^\s*(?:[-*•]\s+|\d+[.)]\s+)?([A-ZÀ-Ýa-zà-ÿ][^–:\n]{2,60}?)(?:\s+[–-]|:)\s+(?=[A-ZÀ-Ý])")  # or a colon: 'OBS De Vlinder: Jeroen Smits'


# A role as a list writes it before a name, compounds too: 'Bouwcoördinator onderbouw', 'Mediacoach', 'Leerkracht groep 6'.
_ROLE_ENDING = re.compile(r"\b(?i:[\w-]*(?:coach|co[öo]rdinator|consulent|begeleider|specialist|adviseur|medewerker|directeur|directrice"
                          r"|leerkracht|manager|bibliothecaris|leider|voorzitter|bestuurder|director|teacher|librarian|consultant))\b")


def _org_first(item: str) -> str:
    """'OBS Wereldwijs – Samira el Amrani' as 'Samira el Amrani, OBS Wereldwijs': the person first, as the other
    shapes of a list item have it; any other item as it is."""
    found = _ORG_DASH.match(item)
    if not found or not (ORG_START.search(found.group(1)) or ROLE_WORDS.match(found.group(1)) or _ROLE_ENDING.search(found.group(1))) or person_at(found.group(1))[0]:
        return item  # (a role first too: 'Intern begeleider – Lieke Jacobs')
    rest = item[found.end():]
    name, end = person_at(rest)
    return f"{rest[:end]}, {found.group(1)}{rest[end:]}" if name else item


# A list item that starts with the surname, as a staff system writes it: 'Yilmaz, Serkan – manager', 'Vries, Anneke de –'.
# Outlook puts the particles between commas: 'Berg, van den, Joost - directeur'.
_SURNAME_FIRST = re.compile(rf"^\s*(?P<surname>[{UPPER}][\w'-]+),\s+(?:(?P<between>(?:(?:{PARTICLE})\s*)+),\s+)?"
                            rf"(?P<first>[{UPPER}][\w'-]+(?:\s+[{UPPER}][\w'-]+)?)(?P<after>(?:\s+(?:{PARTICLE}))*)(?=\s+[–-]\s|\s*\(|\s*$)")


def _turned(found: re.Match[str]) -> str:
    particles = (found.group("between") or found.group("after") or "").strip()
    return " ".join(part for part in (found.group("first"), particles, found.group("surname")) if part)


def _item_person(item: str, sender: Attendee, first_names: bool = False) -> Attendee | None:
    """One list item as a person: the sender ('ikzelf', '(myself)', their own name) or someone named (by first name alone
    only where ``first_names``: 'myself, Priya, Thomas and Anouk')."""
    item = _org_first(item) if "–" in item or " - " in item or ": " in item else item
    if _SELF.search(item):
        named = person_at(_after_role(_SELF.sub("", item).strip()))[0]
        if not (named and sender.name and same_name(named, sender.name)):
            return sender
        found = _item_person(_SELF.sub("", item), sender)  # 'Ruth Adeyemi (me) – reading consultant, OBA, r.adeyemi@…'
        return replace(sender, role=sender.role or found.role, organisation=sender.organisation or found.organisation) \
            if found else sender  # what the signature says first: 'manager Bibliotheek & Samenleving (ikzelf)' is a team
    item = _after_role(_SURNAME_FIRST.sub(_turned, item))  # '1) Vries, Anneke de – projectleider'
    name, end = person_at(item)
    if not name and first_names and (alone := _first_name_alone(item)):
        return Attendee(alone, None)
    if not name:
        return None
    tail = item[end:]
    email = next((m.group(0).lower().rstrip(".") for m in EMAIL.finditer(tail)), None)
    role = org = None
    for seg in re.split(r"\s[|–-]\s|[,;()]", EMAIL.sub("", tail)):
        seg_role, seg_org = split_role_organisation(_FROM_WORD.sub("", seg.strip()))  # 'Ali Karaca van OBS Het Mozaïek'
        if role and not (org or seg_org) and _LETTERS_ORG.fullmatch(seg.strip()):
            seg_org = seg.strip()  # 'reading consultant, OBA, r.adeyemi@…': the library by its letters, after the role
        role, org = role or seg_role, org or seg_org
    if role and not org and email and (split := _employer_after_role(role, email)):
        role, org = split  # 'de heer B. Raaijmakers, adviseur Cubiss (b.raaijmakers@cubiss.…)'
    if sender.name and same_name(name, sender.name):  # the writer lists themself: the item says it best
        fuller = name if same_person_fuller(sender.name, name) else sender.name  # 'Gerrit Mulder' listed, 'G. Mulder' signed
        return replace(sender, name=fuller, email=email or sender.email, role=role or sender.role,
                       organisation=org or sender.organisation)
    return Attendee(name, email, org, role)


_FROM_WORD = re.compile(r"^(?:van|bij|of|at|from)\s+(?=[A-ZÀ-Ý])")


def _employer_after_role(role: str, email: str) -> tuple[str, str] | None:
    """The capitalised words that end a role and that the person's own mail domain spells are their employer, not a
    field of the role: 'adviseur Cubiss' with …@cubiss.… (but 'adviseur Onderwijs' stays one role)."""
    domain = re.sub(r"[^a-z]", "", email.partition("@")[2].split(".")[0])
    words = role.split()
    for size in range(1, min(3, len(words) - 1) + 1):
        tail = words[-size:]
        if len(domain) >= 4 and all(w[0].isupper() for w in tail) and re.sub(r"[^a-z]", "", " ".join(tail).lower()) == domain:
            return " ".join(words[:-size]), " ".join(tail)
    return None


_FIRST_NAME_THEN_ROLE = re.compile(r"^\s*([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s*(?::|\(|,|\s[-–]\s)")


def _first_name_item(item: str) -> Attendee | None:
    """An item that is a first name and then a role: 'Lotte: stagiair (achternaam volgt)'."""
    first = _FIRST_NAME_THEN_ROLE.match(item)
    return Attendee(first.group(1), None) if first and first.group(1).lower() not in NOT_NAMES and is_name_word(first.group(1).lower()) \
        else None  # (not 'Jammer, …')


def listed_people(text: str, sender: Attendee) -> list[Attendee]:
    """People in a list, one per item or per 'name; address; role' row, or in a table."""
    if columns := column_table(text, sender) or form_people(text, sender):
        return columns
    items = [m.group(1) for m in _ITEM.finditer(text)] or [m.group(0) for m in _ROW.finditer(text)] \
        or table_rows(text) or _block_items(text) or _items_by_organisation(text)
    inline = not items and bool(items := _inline_items(text))  # (only there a first name alone is one of the writer's own)
    people = [p for p in (_item_person(item, sender, first_names=inline) for item in items) if p is not None]
    if not inline and 2 <= len(people) < len(items):  # '- Lotte: stagiair (achternaam volgt)' under two full names: one of them
        people = [p for p in (_item_person(item, sender) or _first_name_item(item) for item in items) if p]
    if inline:
        people = [replace(p, name=first_name_in_full(p.name, text) or p.name) if p.name and " " not in p.name else p for p in people]
    return _once_each(people) if len(people) == len(items) or len(people) >= 2 else []


def _once_each(people: list[Attendee]) -> list[Attendee]:
    """The writer named twice in apposition, 'Anja Groen (directeur) en ik, René Verstappen (adjunct-directeur)': one
    person, with what either item says of them."""
    kept: list[Attendee] = []
    for person in people:
        at = next((i for i, a in enumerate(kept) if (a.email == person.email or not (a.email and person.email))
                   and a.name and person.name and (" " in a.name or " " in person.name) and same_name(a.name, person.name)), None)
        if at is None:
            kept.append(person)
        else:  # (the writer as 'me' and by name in one list: 'Sjoerd, Amira and me' from Sjoerd Hoekstra)
            first = kept[at]
            kept[at] = replace(first, email=first.email or person.email, role=first.role or person.role,
                               organisation=first.organisation or person.organisation)
    return kept


_HEADER = re.compile(r"^\s*(?:naam|name|functie|rol|role|function|job title|position|positie|bibliotheek|organisatie|organisation"
                     r"|organization|library|instelling|e-?mail(?:adres)?|mail(?:adres)?|e-mail address)\s*:?\s*$", re.I)


_ROLE_NOUN = (r"[\w-]*(?:directeur|director|bestuurder|manager|teamleider|coördinator|coordinator|consulent|adviseur|medewerker"
              r"|librarian|bibliothecaris|head|hoofd|principal|teacher|leerkracht|begeleider)(?:en|s)?")  # 'our head of operations Sander
# Pietersma', 'principal Anita Groeneveld', 'intern begeleider Rutger Verhoef'
_ROLE_ONLY = re.compile(rf"(?i:(?:de|het|the|onze|our|mijn|my)\s+)?(?i:{_ROLE_NOUN})(?:\s+[a-z0-9][\w/-]*){{0,2}}"
                        r"(?:\s+(?i:van|of|bij|at)\s+[A-ZÀ-Ý][\w'-]*(?:\s+[\w'-]+){0,4})?")  # 'de directeur van OBS De Wieken, Hans …'
_POSSESSIVE_ROLE = re.compile(rf"^(?i:(?:de|het|the|onze|our|mijn|my)\s+)?(?i:(?:group|groep)\s+\d+(?:/\d+)?\s+|reading\s+|intern\s+)?(?i:{_ROLE_NOUN}"
                              r"|(?:mijn|onze|my|our)\s+(?:collega|colleague)(?:'s|s)?)(?:\s+[a-z][\w-]*){0,3}\s*,?\s+"
                              r"(?=[A-ZÀ-Ý])")


# A role without 'our' or 'the' after a person's name, in apposition: what that person is, the capitals after it their
# employer ('directeur Nieuwe Veste Breda'), not a second person.
_BARE_ROLE = re.compile(rf"(?i:{_ROLE_NOUN})\s+(?=[A-ZÀ-Ý])")


def _after_role(item: str) -> str:
    """'our director Sarah Whitfield (…)' -> 'Sarah Whitfield (…)', 'mijn collega Yasmina Amrani, …' -> 'Yasmina Amrani, …';
    a plural too, that the next item shares:
    'de coördinatoren onderwijs Jeroen Kuipers en Esra Doğan'."""
    return _POSSESSIVE_ROLE.sub("", item.strip(), count=1)


_FIRST_NAME_PART = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?")


_REMARK = re.compile(r"\s*\([^()\n]{1,60}\)\s*$")


def _first_name_alone(part: str) -> str | None:
    """A colleague by first name in the writer's own list: 'myself, Priya, Thomas and Anouk' (the writer's list of their
    own people; a first name alone elsewhere is too little to sign someone up by)."""
    part = _REMARK.sub("", part).strip(" .")  # 'Anja (obs de klimboom)'
    return part if _FIRST_NAME_PART.fullmatch(part) and part.lower() not in NOT_NAMES else None


def whole_word_at(text: str, at: int, end: int) -> bool:
    """Does text[at:end] stand as a whole word (no letter, digit or hyphen joined on either side)?"""
    return (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-")) \
        and (end >= len(text) or not (text[end].isalnum() or text[end] in "_-"))


_SURNAME_NEXT = re.compile(rf"\s+(?=[A-ZÀ-Ý]|(?:{PARTICLE})\s)")  # after a first name: a surname follows


def _name_from(text: str) -> str | None:
    """The name ``text`` starts with, ended by its line ('To: Sjoerd Hoekstra; Amira Haddou' / 'Ok so …') unless only
    the first name is on it (a line wrapped inside the name: 'Mark' / 'Hoving is manager educatie')."""
    line = text.split("\n", 1)[0]
    name = person_at(line)[0] if line != text else None
    return name if name and " " in name else person_at(text)[0]


def first_name_in_full(first: str, text: str) -> str | None:
    """The full name the text gives a person it also calls by first name: 'Mark' and 'Mark Hoving is manager
    educatie'; 'Amira' and a thread's 'To: Sjoerd Hoekstra; Amira Haddou'. None when it gives none, or two different ones."""
    full = {name for at in occurrences(first, text) if whole_word_at(text, at, at + len(first))
            and _SURNAME_NEXT.match(text, at + len(first))
            and (name := _name_from(text[at: at + 80])) and name.split()[0] == first and " " in name}
    return full.pop() if len(full) == 1 else None


# Where a list in a sentence opens: after a colon, or after a verb of signing up and the writer first ('please sign up
# me, Lotte Evers (…) and Ruben Hak (…) for the round table'), or after the writer and 'together with'.
_LIST_OPENS = re.compile(r"(?::|\b(?i:sign\s+up|register|add|aanmelden|noteren|inschrijven)\s+(?=(?i:me|myself|mij|mijzelf|ikzelf)\s*,)"
                         r"|\b(?i:myself|mezelf|mijzelf)\s+(?i:together\s+with|samen\s+met)\s+(?=[A-ZÀ-Ý])"
                         r"|\b(?:[Ww]ij|[Ww]e)\s+(?:zijn|are)\s+(?=[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý])"  # 'Wij zijn Sanne Vos, leerkracht, en Kim …'
                         r"|\b(?i:that's|that\s+is|those\s+are|dat\s+zijn|dit\s+zijn)\s+(?=(?i:me|myself|ik|mij|mijzelf|ikzelf)\s*,)"  # "That's me, A and B"
                         # 'Dat zijn naast mijzelf Anouk Brouwer, Sem Dijkstra … en Ruben de Jong': the others, the writer set aside
                         r"|\b(?i:dat\s+zijn|dit\s+zijn|those\s+are|these\s+are)\s+(?i:naast|behalve|besides|apart\s+from|plus)\s+"
                         r"(?i:mijzelf|mezelf|myself|mij|me)\s*,?\s*(?=[A-ZÀ-Ý]))"
                         r"[ \t]*((?:[^.:\n]|\.(?=\w)|\n(?!\s*\n)){10,300})")


_IN_BRACKETS = re.compile(r"\([^()]*\)")
_REMARK_HELD = re.compile("\x02(\\d+)\x03")  # where a remark in brackets waits while the list is split
_HEADER_WORD = re.compile(r"\b(?i:to|aan|cc|bcc|van|from)[ \t]*\Z")


_NOBODY = re.compile(r"\b(?i:none|nobody|no\s+one|niemand|geen\s+van|geen\s+enkele?)\b")


def _inline_items(text: str) -> list[str]:
    """'… komen we met z'n drieën: ikzelf, Joke Hamers (onze adjunct-directeur) en Mehmet Koç, die …'"""
    for match in _LIST_OPENS.finditer(text):
        if _NOBODY.search(text, max(text.rfind(stop, 0, match.start()) for stop in (". ", "\n", "? ", "! ")) + 1, match.start()):
            continue  # "none of my management team can step in this time: Peter van Rooij and Ingrid Lodewijks are on leave"
        header = "@" in match.group(1) or _HEADER_WORD.search(text, max(0, match.start() - 6), match.start())
        parts = _split_list(match.group(1), semicolons=not header)  # (not a header's 'Aan: X <…>; Y <…>')
        items: list[str] = []
        with_me = any(_SELF.match(part.strip(" .")) for part in parts) and any(_first_name_alone(part) for part in parts) \
            and all(_SELF.match(part.strip(" .")) or _first_name_alone(part) or person_at(part)[0] or _ROLE_ONLY.fullmatch(part)
                    for part in parts)  # 'ikzelf en Ruud, onze manager bedrijfsvoering'
        for part in parts:
            if _ROLE_ONLY.fullmatch(part) or items and not _SELF.search(items[-1]) and _BARE_ROLE.match(part):
                continue  # 'de teamleider onderwijs, Sjoerd Wiersma'; 'Frank Jacobs, directeur Nieuwe Veste Breda': his role
            if not (_SELF.search(part) or person_at(_after_role(part))[0] or with_me and _first_name_alone(part)):
                break  # ', die bij ons het taalhuis trekt': the list is over
            items.append(part)
        if len(items) >= 2 and sum(1 for item in items if not _SELF.search(item)) >= 1:
            return items
    return []


_JOINS = re.compile(r",\s*(?:(?:en|and|alsmede|plus)\s+)?|\s+(?:en|and|&|alsmede|plus)\s+")  # '…, and Nadia', '… alsmede Bernard Holtkamp'
_JOINS_OR_SEMICOLON = re.compile(rf"{_JOINS.pattern}|;\s*")  # 'A (directeur); B (manager)'


def _split_list(written: str, semicolons: bool = True) -> list[str]:
    """The items of a list in a sentence; a remark in brackets stays whole in its item: '(bestuurslid, onder voorbehoud,
    …)', '(manager Collection & Services)'."""
    remarks: list[str] = []
    kept = _IN_BRACKETS.sub(lambda m: remarks.append(m.group(0)) or f"\x02{len(remarks) - 1}\x03", " ".join(written.split()))
    return [_REMARK_HELD.sub(lambda m: remarks[int(m.group(1))], part)
            for part in (_JOINS_OR_SEMICOLON if semicolons else _JOINS).split(kept)]


# A line that is a sentence rather than a person: 'Ik stuur dit vanaf mijn privéadres omdat …'.
_SENTENCE_LINE = re.compile(r"^\s*(?:\S+\s+){6,}\S*[.!?]\s*$")


# A person's line written all in lower case, as a phone writes a list: 'juul de vries (ib'er)', 'tamara snoek, groep 4'.
_LOWER_NAME_LINE = re.compile(rf"^([ \t]*(?:[-*•][ \t]+)?)([a-zà-ÿ]{{2,}}(?:-[a-zà-ÿ]+)?(?:[ \t]+(?:(?:{'|'.join(PARTICLES[:9])})[ \t]+)*"
                              r"[a-zà-ÿ]{2,}(?:-[a-zà-ÿ]+)?){1,2})(?=[ \t]*(?:[(,;]|[ \t]-[ \t]|$))")


def _cased_name_line(line: str) -> str:
    """'juul de vries (ib'er)' as 'Juul de Vries (ib'er)': the name a list line starts with, in the capitals it has, so
    that it reads as the same list written with them. Lines with a capital of their own stay as they are."""
    if line != line.lower() or not (found := _LOWER_NAME_LINE.match(line)):
        return line
    words = found.group(2).split()
    if words[0] in NOT_NAMES or words[-1] in NOT_NAMES:
        return line
    cased = " ".join(w if i and w in PARTICLES else "-".join(part.capitalize() for part in w.split("-")) for i, w in enumerate(words))
    return found.group(1) + cased + line[found.end():]


# Outlook's plain text of a list with round bullets: 'o   Janny Kos (directeur)'.
_OUTLOOK_BULLET = re.compile(r"^[ \t]*o[ \t]{2,}")
# A line that is only a library or school, heading the people under it.
_ORG_HEADING = re.compile(r"(?:(?i:de\s+)?(?:Bibliotheek|Bibliotheken|OBS|CBS|RKBS|PCBS|IKC|Basisschool|Stichting)\s+[A-ZÀ-Ý][\w'&-]*(?:\s+[\w'&-]+){0,4})")


# A line or paragraph per school, its people after a colon: 'From OBS De Wilg: Marieke Jorritsma (principal) and Sietse
# Dijkstra (intern begeleider).', 'Van CBS De Ark: juf Nadia.'
_ORG_LINE = re.compile(r"^[ \t]*(?i:from|van|vanuit|namens|at|bij)[ \t]+([A-ZÀ-Ý][^:\n]{2,60}?)[ \t]*:[ \t]*([^\n]+?)[ \t.]*$", re.M)


_IN_PLACE = re.compile(r"\s+in\s+[A-ZÀ-Ý][\w'-]+(?:[ -][A-ZÀ-Ý][\w'-]+)*$")  # 'OBS De Schakel in Oud-Beijerland': the school


def _items_by_organisation(text: str) -> list[str]:
    """The people of two or more such lines, each item with its school in front ('OBS De Wilg – Marieke Jorritsma …')."""
    lines = [(_IN_PLACE.sub("", m.group(1)), m.group(2)) for m in _ORG_LINE.finditer(text) if ORG_START.search(m.group(1))]
    if len(lines) < 2:
        return []
    items = []
    for org, people in lines:
        for part in _split_list(people, semicolons=False):
            if person_at(_after_role(part.strip()))[0]:
                items.append(f"{org} – {_after_role(part.strip())}")
    return items


_ANNOUNCES = re.compile(r"\b(?i:volgende|onderstaande|following|below)\b")


def _block_items(text: str) -> list[str]:
    """'… melden wij ons graag met twee personen aan:' and then one person per line (blank lines between)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not (line.rstrip().endswith(":") or line.rstrip().endswith("?") and _ANNOUNCES.search(line)):
            continue  # (or asked: 'Willen jullie de volgende collega's aanmelden?')
        items: list[str] = []
        heading = ""  # 'Bibliotheek Den Helder' over 'o   Janny Kos (directeur)': the library of the lines under it
        for following in lines[i + 1: i + 30]:
            if not following.strip():
                continue
            following = _SURNAME_FIRST.sub(_turned, _cased_name_line(_OUTLOOK_BULLET.sub("", following)))  # 'Knops, Ruud (…)'
            if _ORG_HEADING.fullmatch(following.strip()) and not person_at(following.strip())[0]:
                heading = following.strip()
                continue
            if len(items) >= 2 and _first_name_item(following.strip()) and len(following) <= 160:
                items.append(following.strip())  # 'Chantal (zij werkt pas sinds deze maand bij ons, mailadres volgt nog)'
                continue
            if not (_SELF.search(following.strip()) or person_at(_after_role(_org_first(following)))[0]) or len(following) > 160 \
                    or _SENTENCE_LINE.match(following):
                break
            items.append(f"{heading} – {following.strip()}" if heading and " – " not in following and " - " not in following
                         else following.strip())
        if len(items) >= 2:
            return items
    return _person_lines(text) if text.count("@") >= 2 or text.count(" - ") + text.count(" – ") >= 2 else []


def _person_lines(text: str) -> list[str]:
    """A paragraph of one person a line, without a colon line over it: 'Marieke Dijkstra, directeur, m.dijkstra@…' /
    'Erwin Veldkamp, manager klant en collectie, e.veldkamp@…' / 'Yasmina Bakkali, coördinator Taalhuis (…)'.
    Two lines at least give an address, so that it is not a paragraph of prose; or two lines at least name a school and
    its person ('OBS De Tuimelaar - Gerrit Boersma'), a shape prose does not have."""
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if len(lines) < 2 or any(len(ln) > 160 for ln in lines):
            continue
        if sum("@" in ln for ln in lines) >= 2 and all((at := person_at(ln))[0] and ln[at[1]:].lstrip().startswith(",") for ln in lines):
            return lines
        if text.count(" - ") + text.count(" – ") >= 2:  # 'OBS De Tuimelaar - Gerrit Boersma' / 'CBS Ichthus - Wendy Oosterhuis'
            run = _org_first_run(lines)  # (the school first: a list without addresses, though no colon announces it)
            if len(run) >= 2:
                return run
    return []


def _org_first_run(lines: list[str]) -> list[str]:
    """The longest run of consecutive lines that each name an organisation, a dash and a person."""
    best: list[str] = []
    run: list[str] = []
    for line in lines:
        if _org_first(line) != line:
            run.append(line)
            best = run if len(run) > len(best) else best
        else:
            run = []
    return best


def table_rows(text: str) -> list[str]:
    """An HTML table as mail clients flatten it: a header cell per line ('Naam', 'Functie', 'E-mailadres'),
    then the cells of each row, one per line; some clients put a blank line after every cell. Each
    row comes back as one 'cell, cell, cell' item."""
    lines = [line.strip() for line in text.split("\n")]
    for start, line in enumerate(lines):
        if not (_HEADER.match(line) and re.match(r"(?i)\s*(?:naam|name)\b", line)):
            continue
        for step in (1, 2):  # cells on consecutive lines, or with a blank line after each
            width = 0
            while start + width * step < len(lines) and _HEADER.match(lines[start + width * step]) \
                    and (step == 1 or width == 0 or not lines[start + width * step - 1]):
                width += 1
            if width >= 3:
                return _rows(lines, start + width * step, width, step)
    return []


def _rows(lines: list[str], at: int, width: int, step: int) -> list[str]:
    rows = []
    while True:
        skipped = at
        while at < len(lines) and not lines[at]:
            at += 1  # a blank line between rows: 'Name / Function / E-mail', '', 'Pieter-Jan Claes', …
        cells = lines[at: at + (width - 1) * step + 1: step]
        gaps = lines[at + 1: at + (width - 1) * step: step] if step > 1 else []
        if len(cells) < width or not all(cells) or any(gaps) or (at > skipped and not person_at(cells[0])[0]):
            return rows  # after a blank line only a row that starts with a name: not the next paragraph
        rows.append(", ".join(cell for cell in cells if cell not in ("-", "–")))
        at += (width - 1) * step + 1


# A filled-in form, one field per line: 'Naam: Jeroen Dekker', 'Functie: directeur', 'E-mail: j.dekker@…'.
_FIELD = re.compile(r"^\s*(naam|name|voornaam|tussenvoegsels?|achternaam|functie|function|rol|role|organisatie|organisation|organization"
                    r"|bibliotheek|school"
                    r"|e-?mail(?:adres)?|mail(?:adres)?|e-mail address)"
                    r"(?:[ \t]+(?:deelnemer|participant|of participant)|[ \t]*/[ \t]*(?:school|bibliotheek|instelling|organisatie|library))?"
                    r"(?:\s*:[ \t]*|\t+)(\S.*?)\s*$", re.I)  # or a web form's table: 'Naam deelnemer', 'Organisatie / school'


# A form's fields written on one line: 'naam: Wendy Kuiper, functie: leescoördinator, mail: w.kuiper@…'.
_NEXT_FIELD = re.compile(r",\s*(?=(?i:naam|name|functie|function|rol|role|e-?mail|mail|organisatie|organisation|school|bibliotheek)\s*:)")


def form_people(text: str, sender: Attendee) -> list[Attendee]:
    """People given as forms, a block of fields each ('Naam:' starts a block). Only when a block gives
    an address or there are several: a single 'Naam: …' without one describes the sender (describe_sender)."""
    blocks: list[dict[str, str]] = []
    for line in (piece for line in text.split("\n") for piece in _NEXT_FIELD.split(line)):  # 'naam: X, functie: Y, mail: Z'
        field = _FIELD.match(line)
        if not field:
            continue
        key, value = field.group(1).lower(), field.group(2)
        if key in ("naam", "name", "voornaam"):
            blocks.append({})  # 'Voornaam: Sanne / Tussenvoegsel: van / Achternaam: Leeuwen' starts one too
        if blocks:
            blocks[-1].setdefault(key, value)
    addresses = [EMAIL.search(next((v for k, v in b.items() if "mail" in k), "")) for b in blocks]
    if not (len(blocks) >= 2 or any(addresses)):
        return []  # 'E-mail: zie afzender': the sender
    people = []
    for block, found in zip(blocks, addresses):
        written = block.get("naam") or block.get("name") or " ".join(
            block[k] for k in ("voornaam", "tussenvoegsel", "tussenvoegsels", "achternaam") if block.get(k, "-") not in ("-", ""))
        name = clean_name(turned_round(written)) or person_at(written)[0]  # 'Jong, de - Marieke'
        org = block.get("organisatie") or block.get("organisation") or block.get("organization") or block.get("bibliotheek") \
            or block.get("school")
        org = ORG_REMARK.sub("", org) if org else None  # 'Organisation: Bibliotheek Kempen-Noord (Belgium)'
        role = block.get("functie") or block.get("function") or block.get("rol") or block.get("role")
        if name and not found and sender.name and same_name(name, sender.name):
            people.append(replace(sender, organisation=org or sender.organisation, role=role or sender.role))
        elif name:
            people.append(Attendee(name, found.group(0).lower() if found else None, org, role))
    return people


# Cells of a text table: tabs (pasted from a spreadsheet), two or more spaces (lined up by hand) or bars
# ('Name | Role | Email').
_COLUMNS = re.compile(r"\t+|\s*\|\s*|\s{2,}")
_RULE_ROW = re.compile(r"[\s|:+=-]+")  # '---|---|---' under a typed header
# What a header cell says the column holds: 'Naam', 'Bibliotheek', 'Functie' (the e-mail column is found by its '@').
_NAME_COLUMN = re.compile(r"(?i)naam|name|deelnemer|participant|(?:as role: .+)")
# A column headed by the role its people have, in a table without a name column: 'School | Directeur | E-mailadres'.
_PERSON_COLUMN = re.compile(r"(?i)directeur|directrice|director|principal|contactpersoon|contact\s*person|leerkracht|teacher"
                            r"|intern\s+begeleider|ib'?er|leescoördinator|leescoordinator|coördinator|coordinator")
# A school by its kind and name, on a row of its own: 'OBS Het Startblok', 'RKBS De Wingerd'.
_SCHOOL_ROW = re.compile(r"(?i:[ocrk]bs|pcbs|rkbs|sbo|ikc|kc|kindcentrum|basisschool)\s+(?:'t\s+)?[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*){0,3}")
_AS_ROLE = "as role: "  # a header cell marked so: the cell is the name, the heading after the mark the role
# A name split over columns, as a spreadsheet keeps it: 'Voornaam | Tussenvoegsel | Achternaam', 'First name | Last name'.
_FIRST_COLUMN = re.compile(r"(?i)voornaam|roepnaam|first\s*name|given\s*name")
_PARTICLE_COLUMN = re.compile(r"(?i)tussenvoegsel|tussenv\.?|prefix")
_LAST_COLUMN = re.compile(r"(?i)achternaam|last\s*name|surname|family\s*name")
_ORG_COLUMN = re.compile(r"(?i)bibliotheek|organisatie|organisation|organization|library|instelling|school")  # a school board's list
_ROLE_COLUMN = re.compile(r"(?i)functie|rol|role|function|job title|position|positie")
# A column that says what to do with each row ('Status': 'afmelden', 'blijft aangemeld'), and the rows that stay as they are.
_STATUS_COLUMN = re.compile(r"(?i)status|actie|action|wijziging|change")
_STAYS = re.compile(r"(?i)\b(?:blijft|blijven|stays?|remains?|ongewijzigd|unchanged|no change|geen wijziging)\b")


def column_table(text: str, sender: Attendee) -> list[Attendee]:
    """A table typed or pasted as text, its columns lined up by tabs or spaces or split by bars:
    'Naam    Bibliotheek    Functie' and then one person per line. The header says which cell is the
    organisation, so 'Biblionet Noordoost' counts as one even without a library word in it."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "\t" not in line and "  " not in line and "|" not in line:
            continue
        header = [cell.strip("*_") for cell in _COLUMNS.split(line.strip(" \t|"))]  # '*Naam*': bold in the HTML it came from
        if not any(_NAME_COLUMN.fullmatch(c) for c in header) and not any(_ROLE_COLUMN.fullmatch(c) for c in header) \
                and sum(1 for c in header if _PERSON_COLUMN.fullmatch(c)) == 1:
            header = [_AS_ROLE + c if _PERSON_COLUMN.fullmatch(c) else c for c in header]  # 'School | Directeur | E-mailadres':
            # the director's column holds the people, its heading their role
        split_name = any(_FIRST_COLUMN.fullmatch(c) for c in header) and any(_LAST_COLUMN.fullmatch(c) for c in header)
        if len(header) < 2 or not (split_name or any(_NAME_COLUMN.fullmatch(c) for c in header)) \
                or not all(_HEADER.match(c) or _NAME_COLUMN.fullmatch(c) or _ORG_COLUMN.fullmatch(c) or _STATUS_COLUMN.fullmatch(c)
                           or split_name and (_FIRST_COLUMN.fullmatch(c) or _PARTICLE_COLUMN.fullmatch(c) or _LAST_COLUMN.fullmatch(c))
                           for c in header):
            continue  # 'School | Naam | E-mail' too
        pasted = "\t" in line and "\t\t" not in line.strip() and "|" not in line  # one tab between cells: a spreadsheet's
        people: list[Attendee] = []
        section: str | None = None  # the school or library a row of its own heads: 'OBS Het Startblok' over its people
        for row in lines[i + 1:]:
            if (not row.strip() or _RULE_ROW.fullmatch(row)) and not people:
                continue  # a blank line or a rule under the header
            if "\t" not in row and "|" not in row and (ORG_START.match(row.strip()) or _SCHOOL_ROW.fullmatch(row.strip())):
                section = ORG_REMARK.sub("", row.strip()) or row.strip()
                continue
            if pasted and "\t" in row:  # … whose empty cells are empty strings between tabs: 'Joris<TAB><TAB>Smulders'
                cells = [cell.strip() for cell in row.strip(" \n").split("\t")]
                while len(cells) > len(header) and not cells[-1]:
                    cells.pop()
            else:
                cells = _COLUMNS.split(row.strip(" \t|"))
            if len(cells) == len(header) - 1 and people and _ORG_COLUMN.fullmatch(header[0]) and person_at(cells[0])[0]:
                cells = [people[-1].organisation or "", *cells]  # 'OBS De Piramide | Eva Martens | directeur' / '| Mustafa Yilmaz |
                # intern begeleider': the school cell spans its rows, as in the HTML it came from
            elif 2 <= len(cells) < len(header) and "\t" in row:
                cells += [""] * (len(header) - len(cells))  # a spreadsheet's row with its last cells empty: 'Mo Bouzid\tleerkracht'
            if len(cells) != len(header):
                break
            row_cells = dict(zip(header, cells))
            if any(_STATUS_COLUMN.fullmatch(c) and _STAYS.search(v) for c, v in row_cells.items()):
                continue  # 'Anja Meijerink | teamleider educatie | blijft aangemeld': not one of the changes asked for
            person = _column_person(row_cells, sender)
            if person is None:
                break
            people.append(replace(person, organisation=person.organisation or section) if section else person)
        return people
    return []


def _column_person(row: dict[str, str], sender: Attendee) -> Attendee | None:
    """One row of a column table as a person: 'Ronald Mol | Bibliotheek Opmeer-Koggenland | interim-directeur'."""
    name = org = role = email = None
    parts = [row[c].strip() for pattern in (_FIRST_COLUMN, _PARTICLE_COLUMN, _LAST_COLUMN) for c in row if pattern.fullmatch(c)]
    if any(_FIRST_COLUMN.fullmatch(c) for c in row) and (joined := " ".join(part for part in parts if part not in ("", "-"))):
        name = person_at(joined)[0]  # 'Roel | van | Kempen'
    for column, cell in row.items():
        cell = cell.strip()
        if cell in ("", "-", "–"):
            continue
        if _NAME_COLUMN.fullmatch(column):
            name = person_at(cell)[0]
            role = column.removeprefix(_AS_ROLE).lower() if column.startswith(_AS_ROLE) else role
        elif _ORG_COLUMN.fullmatch(column):
            org = ORG_REMARK.sub("", cell) or cell  # 'Bibliotheek Maas en Peel (Venray)': no place in brackets
        elif _ROLE_COLUMN.fullmatch(column):
            role = cell
        elif found := EMAIL.search(cell):
            email = found.group(0).lower()
    if not name:
        return None
    if sender.name and same_name(name, sender.name):  # the writer's own row
        return replace(sender, email=email or sender.email, role=role or sender.role, organisation=org or sender.organisation)
    return Attendee(name, email, org, role)

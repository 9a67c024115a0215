"""Who wrote a mail: the sender's name, role and organisation from the signature, a form or the From
header, and how a signature line splits into role and organisation ('Directeur Bibliotheek Waterland').

Pure string work, for attendees (the sender is often the attendee) and classify.
"""

from __future__ import annotations

import re
from email.header import decode_header, make_header

from .names import NAME, NOT_NAMES, PARTICLE, PARTICLES, clean_name, first_name_for_initials, is_department, same_name, same_person_fuller, trailing_name, uncapped
from .parse import ParsedMail, split_quoted, split_signature
from .phrases import Phrases, any_of
from .understanding import Attendee


EMAIL = re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.I)  # tried from a token's first character only
ROLE_WORDS = any_of(r"\b\w*directeur\w*", r"\b\w*direkteur\w*",  # the Frisian spelling: 'direkteur'
                    r"\blibrarian\b", r"\bofficer\b", r"\bleiter(?:in)?\b", r"\bdirectrice\b", r"\bdirector\b", r"\bbestuurder\b",
                    r"\bhoofd\b", r"\bhead of\b", r"\b\w*secretar\w+", r"\b(?:management|directie|bestuurs)ondersteuning\b", r"\bmanagementassistent\w*", r"\bcoördinator\b",
                    r"\bcoordinator\b", r"\beducator\b", r"\b\w*adviseur\b", r"\badvis[eo]r\b", r"\b\w*medewerker\b", r"\b\w*assist[ae]nt\b", r"\bchief\b", r"\bexecutive\b", r"\bconsultant\b",
                    # compounds and the English 'Lead': 'programmamanager', 'afdelingshoofd Jeugd', 'teamleider', 'beleidsmedewerker',
                    # 'Beleidsadviseur', 'Directiesecretaresse', 'consulent bibliotheekontwikkeling', 'Strategic Lead', 'Learning & Skills Lead'
                    # 'Library assistant', 'bibliotheekassistent': a role, not the library it names
                    r"\b\w*manager\b", r"\b\w+hoofd\b", r"\b\w*leider\b", r"\b\w*consulent\b", r"\blead\b", r"\bleader\b",
                    r"\b\w*bibliothecar(?:is|esse)\b",  # the Flemish librarian: 'bibliothecaris', 'adjunct-bibliothecaris'
                    # an alderman, Dutch and Flemish; a seat on a board: 'lid directieteam', 'lid van de raad van bestuur'
                    r"\bwethouder\b", r"\bschepen\b", r"\b\w+sjef\b",  # the Scandinavian chief: 'biblioteksjef'
                    r"\blid\s+(?:van\s+(?:het|de)\s+)?(?:directie|bestuur|management|raad|mt\b)",
                    # a school's staff, who sign up for a school programme: 'leerkracht groep 7/8', 'intern begeleider'
                    r"\b(?:leerkracht|leraar|lerares|intern\s+begeleider|ib'er|schoolleider|teacher|docent)\b")  # 'Grade 2 teacher, ISH'
# The school roles alone: the capitalised name after one is their school ('leerkracht groep 7/8, De Regenboog').
SCHOOL_ROLE = r"(?:leerkracht|leraar|lerares|juf|docent|teacher|intern\s+begeleider|ib'er|schoolleider)"
# The Frisian library: 'Bibleteek Noardwest Fryslân' ('bibleteken' more than one).
_FRISIAN_LIBRARY = r"bibletee?k(?:en)?"
ORG_WORDS = any_of(r"\bbibliothe(?:ek|ken)\b", rf"\b{_FRISIAN_LIBRARY}\b", r"\blibrary\b", r"\bstichting\b", r"\bfoundation\b", r"\bgemeente\b")


_SEPARATOR = re.compile(r"\s+[|•]\s+")
# The text of an image that a mail client puts in place of a logo: '[Logo Bibliotheek Eindhoven]', '[Bibliotheek X logo]'.
_IMAGE_TEXT = re.compile(r"^\[(?:(?i:logo|image|afbeelding|beeldmerk)\s*:?\s+)?([^\[\]@:]+?)(?:\s+(?i:logo))?\]$")
_CONTACT_DETAIL = re.compile(r"\d{3}|postbus|www\.", re.I)
_NOT_A_NAME_LINE = re.compile(r"\d{3}|www\.|https?:")


_SECOND_COLUMN = re.compile(r"(?<=\S) {4,}(?=\S)")


def signature_facts(signature: str) -> tuple[str | None, str | None, str | None]:
    """(name, role, organisation) from the lines under the closing formula."""
    first, _, rest = signature.partition("\n")
    tail = _CLOSING_WORDS.sub("", first).strip(" ,.!") if first else ""
    lines = [_IMAGE_TEXT.sub(r"\1", line) if (line := ln.strip(" \t*_|>")).startswith("[") else line
             for ln in ([tail] if tail else []) + rest.split("\n")[:13]]
    lines = [" | ".join(seg for seg in _SEPARATOR.split(ln) if not _CONTACT_DETAIL.search(seg)) if ("|" in ln or "•" in ln)
             else ln for ln in lines]  # 'Bibliotheek X | Postbus 318 | 6710 BH Ede'
    lines = [_SECOND_COLUMN.split(ln, 1)[0] for ln in lines]  # two signers side by side: 'Hanneke Lubbers      Jaap Roelofsen'
    postal = next((m.group(1) for ln in lines if (m := _ADDRESS_LINE.match(ln)) and ORG_START.match(m.group(1))), None)
    lines = [ln for ln in lines if ln and not _NOT_A_NAME_LINE.search(ln) and not ("@" in ln and EMAIL.search(ln))]
    name, role, org = None, None, None
    role_at: int | None = None  # the line of the role
    name_at: int | None = None  # the line of the name
    headed = False  # the organisation so far is the unit a 'Head of …' heads
    with_role = False  # the organisation so far came from a role line: 'Manager Bibliotheek & Onderwijs'
    under_role = None  # what follows the role: the next line, or the next cell of 'Naam | Functie | Organisatie'
    under_name = None  # the line under a line that is only the name
    for at, line in enumerate(lines):
        long_cells = 80 < len(line) <= 120 and len(cells_of := _CELLS.split(line)) >= 3 and bool(ORG_START.search(cells_of[-1]))
        line = _TAGLINE.sub("", line) if len(line) > 80 and not long_cells else line
        if (len(line) > 80 and not long_cells) or _DISCLAIMER.search(line):
            break  # (a line of cells may run longer: 'Naam - bovenschools coördinator taal en lezen - Stichting …')
        line_role, line_org = split_role_organisation(line) if (
            ROLE_WORDS.search(line) or ORG_START.search(line) or _FIRM_KIND.search(line)) else (None, None)  # a bare name line: most
        if line_org and (org is None or (" " not in org and " " in line_org) or ((headed or with_role) and not line_role)):
            org = line_org  # 'Stadtbibliothek Grenzland' over the bare 'Stadtbibliothek' of 'Leiterin der …'
            headed = bool(_HEAD_OF.match(line))  # 'Head of Schools Library Service' / 'Northshire Libraries & Archives'
            with_role = bool(line_role) and ("&" in line_org or ", " in line)  # a team 'Bibliotheek & Onderwijs' under a
            # role, or its field: 'Senior Adviser, Public Libraries' over 'Libraries Scotland Network'
        if line_role and role is None:
            role, role_at = line_role, at
            under_role = None if line_org else _after_role(line, line_role, lines[at + 1] if at + 1 < len(lines) else None)
        if line_role or line_org:
            rest = [seg.strip() for cell in _CELLS.split(line) for seg in (
                [clean_name(cell) or ""] if _NICKNAMED.match(cell.strip()) else _PARTS.split(cell))]  # 'Drs. H.M. (Henk) Jansen MBA | …'
            rest = _before_role_cell(rest, line_role) if line_role and not line_org else rest
            line = next((seg for seg in rest if seg and _looks_like_name(seg) and not ROLE_WORDS.search(seg)
                         and not ORG_START.search(seg) and seg != line_org), "")  # 'Redouan Ziani | Directeur | Bibliotheek X'
        bare = not (line_role or line_org)  # a line that is only the name: what goes under it is the organisation
        line = clean_name(line) or "" if _TITLE.match(line) else line
        if line and _looks_like_name(line) and (name is None or _fuller(name, line)):
            name, name_at = line, at
            under_name = lines[at + 1] if bare and at + 1 < len(lines) else None
    if under_role and role_at is not None and role_at + 1 < len(lines) and (
            (name and same_person_fuller(name, under_role)) or _FIELD_CELL.fullmatch(under_role)):
        under_role = _CELLS.split(lines[role_at + 1])[0].strip()  # 'Lies Dam | adviseur' / 'LeesPunt | Markt 1'; 'Adviser,
        # Reading Partnerships' / 'The Reading Agency': the role's own cells, so the next line's first is where the organisation goes
    if under_role and role_at is not None:
        under_role = _past_department(under_role, lines[role_at + 2] if role_at + 2 < len(lines) else None)
    if under_role and (placed := _ORG_CELL_PLACE.fullmatch(under_role)) and not FIELD_OF_WORK.match(placed.group(1)) \
            and (_ONE_WORD_BRAND.fullmatch(placed.group(1)) or _UNNAMED_ORG.fullmatch(placed.group(1))):
        under_role = placed.group(1)  # 'Stadkamer | Zwolle', 'BplusC - Leiden', 'Nieuwe Veste, Breda': its place after it
    if org is None and postal is None and under_role and _UNNAMED_ORG.fullmatch(under_role) \
            and not ROLE_WORDS.search(under_role) and not (name and same_person_fuller(name, under_role)):
        org = under_role  # 'programmamanager' / 'Huis van het Boek', 'adviseur Onderwijs | ProBiblio'
    if org is None and postal is None and role and (split := _role_then_name(role)):
        role, org = split  # 'directeur LeesPlaza Alblasserwaard'
    if under_name and name_at is not None:
        under_name = _past_department(under_name, lines[name_at + 2] if name_at + 2 < len(lines) else None)
    if under_name and "," in under_name and (placed := _NAME_COMMA_PLACE.fullmatch(under_name)) \
            and (_ONE_WORD_BRAND.fullmatch(placed.group(1)) or _reads_as_org_name(placed.group(1))):
        under_name = placed.group(1)  # 'Theek 5, Oosterhout': the place after the comma says where, it is not the name
        if org is None and postal is None and role is None and name and NAME.fullmatch(name) and not is_department(name):
            org = under_name
    if org is None and postal is None and (role is None or (name_at is not None and role_at == name_at + 2)) \
            and under_name and name and NAME.fullmatch(name) \
            and not is_department(name) and (_reads_as_org_name(under_name) or len(under_name) > 2 and _LETTERS.fullmatch(under_name)) \
            and not same_person_fuller(name, under_name):
        org = under_name  # 'Carla Smeenk-de Haan' / 'Leescentrum Aan de Amstel' (/ 'adviseur': the role may follow it); 'Noor' / 'OBA'
    return name, role, org or postal  # the address block names the library when nothing else does


# An organisation and its place after a comma: 'Theek 5, Oosterhout' (a place's words have no capital inside: not 'Growth
# Team, EventFlow'; nor is a team the organisation).
_NAME_COMMA_PLACE = re.compile(r"((?![^,]*\b(?i:team|afdeling|department|unit|sector|cluster)\b)[^,]{3,40}),"
                               r"[ \t]*[A-ZÀ-Ý][a-zà-ÿ'-]+(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'-]+)?")


# The line under a role: an organisation, then its place in a cell of its own ('Stadkamer | Zwolle', 'BplusC - Leiden').
_ORG_CELL_PLACE = re.compile(r"([^,|]{2,40}?)(?:[ \t]*[,|][ \t]*|[ \t]+[–-][ \t]+)[A-ZÀ-Ý][a-zà-ÿ'-]+(?:[ \t]+[A-ZÀ-Ý][a-zà-ÿ'-]+)?")


def _before_role_cell(cells: list[str], role: str) -> list[str]:
    """The cells of a role line up to its role: a name goes before the role ('Karin Mulder | adviseur'); what comes after
    it is where the organisation goes ('Reading consultant, OBA Noord'), though no library word says so."""
    at = next((i for i, cell in enumerate(cells) if cell and role.startswith(cell)), None)
    return cells if at is None else cells[:at]


_CELL = re.compile(r"\s[|–-]\s|,\s+")  # 'Naam | Functie | Organisatie', 'programmamanager, Huis van het Boek'


_DEPARTMENT_CELL = re.compile(r"(?i:team|afdeling|sector|cluster|unit|department|dept\.?)\s")  # 'Team Onderwijs', 'Afdeling Educatie'


def _past_department(line: str, next_line: str | None) -> str | None:
    """Where the organisation goes, past a team or department: 'Afdeling Educatie, LeesPunt Zuid' -> 'LeesPunt Zuid';
    'Team Onderwijs' alone on its line -> the next line's first cell. Another line as it is."""
    if not _DEPARTMENT_CELL.match(line):
        return line
    cells = [cell.strip() for cell in _CELLS.split(line) if cell.strip()]
    if len(cells) > 1:
        return cells[1]
    return _CELLS.split(next_line)[0].strip() if next_line else None


def _after_role(line: str, role: str, next_line: str | None) -> str | None:
    """What a signature puts right after the role, where the organisation goes: the next cell of the role's
    line ('Marco de Wit | adviseur Onderwijs | ProBiblio'), or else the next line. Of two cells with the role
    last, the one before it: 'Leeshuis Noord | manager onderwijs' (the name is on the line above; when it is
    this cell, signature_facts sees that it is the name)."""
    cells = _CELL.split(line)
    if len(cells) > 1:
        after = next((cells[i + 1] for i, cell in enumerate(cells[:-1]) if role in cell), None)
        return after if after or len(cells) != 2 or role not in cells[1] else cells[0]
    return next_line
# An organisation whose name has no library word, read by its place right under or after the role: a few
# capitalised words ('Huis van het Boek', 'Glenmoor Leisure & Culture Trust', 'Rijnbrink', 'OBA'), not a team.
_UNNAMED_ORG = re.compile(r"(?!(?i:afdeling|team|sector|cluster|unit|department|dept|dienst|regio|locatie|vestiging)\b)"
                          r"[A-ZÀ-Ý][\w'-]*(?:\s+(?:[A-ZÀ-Ý][\w'-]*|&|van|voor|het|de|der|en|and|of|the|for|'t|'s)){0,5}")  # "Huis van Cultuur 't Spant"


# A field of work, which after a role word is part of the role ('adviseur Onderwijs', 'coördinator Lezen en Schrijven',
# 'afdelingshoofd Publiekswerking'), not an organisation.
FIELD_OF_WORK = re.compile(r"(?i:onderwijs|educatie|education|jeugd|youth|cultuur|culture|kunst|collectie|collection|klant\w*"
                            r"|publiek\w*|lezen|lees\w*bevordering|taal|basisvaardigheden|marketing|communicatie|bedrijfsvoering"
                            r"|programmering|innovatie|samenleving|maatschappij|beleid|financi\w+|hr|ict|participatie|dienstverlening|ontwikkeling"
                            r"|learning|operations|services|strategy|partnerships|digital)\b")
# A team named for the library's field: 'Bibliotheek & Samenleving', 'Bibliotheek en Onderwijs'.
_TEAM_OF_A_FIELD = re.compile(r"(?i:bibliotheek|library)\s*(?:&|en|and)\s*" + FIELD_OF_WORK.pattern)
# A cell after a role that is its field, not an employer: 'Reading Partnerships', 'Jeugd en Onderwijs' (the last word a field).
_FIELD_CELL = re.compile(r"(?:[\w&'-]+\s+){0,3}" + FIELD_OF_WORK.pattern)


# A lower-case role and then a name: 'directeur LeesPlaza Alblasserwaard', 'Directeur De Leesfabriek'.
_ROLE_THEN_CAPITALS = re.compile(r"([^\W\d_][\w-]*(?:\s+[a-zà-ÿ][\w-]*)*)\s+([A-ZÀ-Ý].*)")


def _reads_as_org_name(text: str) -> bool:
    """Does a signature line that has no library word read as an organisation's name by its form? Two to six
    capitalised words ('LeesPlaza Alblasserwaard', 'Leescentrum Aan de Amstel', 'De Boekerij Maasland'); not a
    field of work, a team, a role or one word alone (a town: 'Utrecht')."""
    return bool(_UNNAMED_ORG.fullmatch(text)) and len(text.split()) >= 2 and not FIELD_OF_WORK.match(text) \
        and not ROLE_WORDS.search(text) and not is_department(text)


# A brand of one word, which a town is not: a second capital inside it ('DBieb', 'BplusC') or a number after it ('Theek 5');
# not a class or team ('groep 7', 'Team 2').
_ONE_WORD_BRAND = re.compile(r"(?!(?i:groep|group|klas|class|team|unit|afdeling|mt|ceo)\b)[A-ZÀ-Ý][\w-]*(?:[A-Z][\w-]*|\s+\d{1,3})")


def _role_then_name(role: str) -> tuple[str, str] | None:
    """(role, organisation) of a role line whose organisation has no library word, for a signature that names none
    elsewhere: 'directeur LeesPlaza Alblasserwaard' -> ('directeur', 'LeesPlaza Alblasserwaard'). The role ends
    in its role word; what follows in capitals is the employer, unless it is a field ('adviseur Onderwijs')."""
    found = _ROLE_THEN_CAPITALS.fullmatch(role)
    if not found or not ROLE_WORDS.search(found.group(1).split()[-1]) \
            or not (_reads_as_org_name(found.group(2))
                    or _ONE_WORD_BRAND.fullmatch(found.group(2)) and not FIELD_OF_WORK.match(found.group(2))):
        return None
    return found.group(1), found.group(2)


# 'Bezoekadres: Bibliotheek Fryske Marren, Midstraat 12, 8501 AA Joure'
_ADDRESS_LINE = re.compile(r"^(?i:bezoekadres|postadres|adres|address|visiting address)\s*:\s*([^,]{4,60}),")
_HEAD_OF = re.compile(r"^(?:head of|hoofd)\b", re.I)
# 'Bibliotheekservice Zuid – provinciale ondersteuningsinstelling voor de bibliotheken in Noord-Brabant': the
# organisation and then, after a dash, a lower-case sentence that says what it does.
_TAGLINE = re.compile(r"\s+[–—-]\s+[a-zà-ÿ][^|]{30,}$")


def _fuller(first: str, later: str) -> bool:
    """'Hannah' on the closing line, 'Hannah Moore' two lines down."""
    a, b = first.split(), later.split()
    return len(b) > len(a) and b[0].lower() == a[0].lower() or len(a) == 1 and 2 <= len(b) <= 4 \
        and b[0][0].lower() == a[0][0].lower() and not ROLE_WORDS.search(later) and not is_department(b[0])


_CLOSING_WORDS = re.compile(r"^\s*(?:met\s+)?(?:vriendelijke|hartelijke|beste|goede|collegiale)?\s*(?:groetjes|groet(?:en)?)"
                            r"|^\s*(?:mvg|m\.v\.g\.|vr\.?\s*gr\.?|gr\.?|grt\.?)(?![^\W\d_])|^\s*(?:with\s+)?(?:kind|best|warm)?\s*regards"
                            r"|^\s*(?:best wishes|sincerely|cheers|thanks|thx|tnx|thnx|dank\w*|--)"
                            r"|^\s*(?:all the )?best\s*[,!.]?\s*$|^\s*(?:alvast\s+)?bedankt\b|^\s*groet(?:en)?\b"
                            r"|^\s*(?:tot (?:dan|ziens|straks|de \d+\w*|maandag|donderdag)|see you)\W*$", re.IGNORECASE)
_DISCLAIMER = Phrases(r"uitsluitend (?:bestemd|bedoeld)|disclaimer|intended (?:solely|only)|vertrouwelijk|confidential"
                      r"|verstuurd vanaf|sent from my")
# 'Provinciale Bibliotheek Limburg', 'Bibliotheekservice Zuid', 'City of Mechelen', and the one-word brands
# 'BiblioPlus', 'BiblioWest' (but not 'bibliothecaris', a role); a Scandinavian compound: 'Fylkesbiblioteket Vestfold'.
# A primary school's kind before its name: 'obs De Tweemaster', 'cbs Ichthus', 'SBO De Wissel', 'IKC Noorderlicht', 'KC De Duinroos'.
_SCHOOL_KINDS = r"[ocrk]bs|pcbs|rkbs|sbo|ikc|kc|kindcentrum"
_ORG_START = (r"\b(?:(?:de|het|the)\s+)?(?:(?:openbare|provinciale)\s+)?(?:\w*bibliothe(?:ek|ken|k)(?:service|netwerk|organisatie)?|library"
              rf"|{_FRISIAN_LIBRARY}"
              r"|libraries|stichting|foundation|gemeente|bieb|bib|biblio(?!the)\w+|\w+bibliotek(?:et|erne|en)?|\w*büchere\w*|mediathek|bibliotheca"
              r"|(?:borough|county|city)\s+council|council|library service|(?:city|town|municipality) of(?=\s+[A-ZÀ-Ý])|\w*school|centre|center|institute|instituut|university|universiteit|hogeschool|lycée|lyceum"
              r"|(?-i:Stad(?=\s+[A-ZÀ-Ý]))"  # a Flemish city as employer: 'Stad Leuven'
              r"|(?-i:Taalhuis(?=\s+[A-ZÀ-Ý]))"  # a language house by its place: 'Taalhuis Amstelveen', not 'coördinator taalhuis'
              # a primary school by its kind and name: 'obs De Tweemaster', 'cbs Ichthus', 'SBO De Wissel', 'IKC Noorderlicht';
              # a province: 'Provincie Fryslân' (a name follows in capitals, not 'de provincie')
              rf"|(?:{_SCHOOL_KINDS}|provincie)(?=\s+(?:'t\s+)?[A-ZÀ-Ý])"  # "OBS 't Palet": the old article before the name
              r"|\w*cultuurhuis|\w*kulturhus|\w*cultuurcentrum|trust)\b")  # 'Cultuurhuis De Molenberg', 'Kulturhus X', '… Culture Trust'
# Searched on lower-cased text (a phrase table, run on every signature line): the capitals its case-sensitive pieces
# look for are lower-case letters there; the hit is then checked against the pattern itself.
ORG_START = Phrases(_ORG_START, lower_form=_ORG_START.replace("(?-i:Stad", "(?:stad").replace("(?-i:Taalhuis", "(?:taalhuis")
                    .replace("[A-ZÀ-Ý]", "[a-zà-ý×]"))
# English and German names put the place first: 'Westmere Libraries', 'Harwick Council', 'Büchereien Niederrhein',
# 'Caledonia Libraries Trust', 'Northshire Libraries & Archives', 'Rijnmond International School', and the
# Scandinavian 'Vestby Bibliotek', 'Aarhus Bibliotekerne'.
# 'International School Eemland', 'Ashbourne Literacy Centre': the words before the keyword are the name's.
_NAMED_BEFORE = re.compile(r"^(?:\w*school|centre|center|institute|instituut|lyceum)\b", re.I)  # 'Stedelijk Lyceum Zuid'
_PLACE_FIRST = re.compile(r"^(?:library|libraries|bibliotek\w*|(?:(?:borough|county|city)\s+)?council(?:\s+librar(?:y|ies)(?:\s+services?)?)?"
                          r"|library service|school|centre|center|institute|instituut|trust|university)"  # 'Carrowmore County Council Library Service'
                          # 'Riverside County Library System'; the Norwegian 'Tromsø bibliotek og byarkiv' (and city archive)
                          r"(?:\s+(?:trust|services?|system|partnership|network|consortium|(?:&|and)\s+(?:archives|information|heritage|museums)"
                          r"|og\s+\w*arkiv"
                          r"|[\w-]+\s+(?:network|association|forum)))?$", re.I)  # 'Nordic Public Library Leaders Network'


# The place words before a place-first kind, an '&' or 'and' between them: 'Glenmoor Leisure & Culture' (Trust).
_PLACE = re.compile(r"((?:[A-ZÀ-Ý][\w'-]*\s+(?:(?:&|and)\s+(?=[A-ZÀ-Ý]))?)+)$")


_PROGRAMME = re.compile(r"(?:de\s+)?bibliotheek op school\b|(?:de\s+)?bibliotheek op de basisschool\b", re.I)
# A programme or project the role runs, not an employer: 'Leader School Library Programme', 'coördinator Leesproject'.
_PROGRAMME_END = re.compile(r"(?i:programme|program|programma|project)\s*$")


_GENERIC_ORG = re.compile(r"(?i)bibliothe(?:ek|ken)|librar(?:y|ies)")
# A word joined to the library's name by '&' or 'en', part of the name: 'Kunst & Bibliotheek Vechtstreek', 'Muziekschool en
# Bibliotheek X' (after the role: 'directeur Cultuur & Bibliotheek X'; not the team of 'Manager Bibliotheek & Onderwijs', after
# it, nor the unit of 'Head of Children's and School Library Services').
_JOINED_TO_LIBRARY = re.compile(r"(?:^|(?<=\s))([A-ZÀ-Ý][\w'-]*\s+(?:&|en)\s+)$")
# The name in front of a bare 'Bibliotheek': 'de Nieuwe Bibliotheek', 'Centrale Bibliotheek'.
_NAMED_LIBRARY = re.compile(r"((?:\b(?:de|het|the)\s+)?(?:[A-ZÀ-Ý][\w'-]*\s+)+)$")
# A one-word library compound, a coast's or region's library: 'Kustbibliotheek', 'Streekbibliotheek'. Like a bare
# 'Bibliotheek' it takes the capitalised words before it as its name: 'Zeeuwse Kustbibliotheek'.
_COMPOUND_LIBRARY = re.compile(r"(?i)[^\W\d_]+bibliothe(?:ek|ken)")
# A library department rather than the organisation: 'Library Services', 'Libraries & Heritage', 'Bibliotheken',
# 'Bibliotheek en Archief' (of 'Stad Leuven').
_DEPARTMENT_ONLY = re.compile(r"(?i)(?:the\s+)?(?:library|libraries|bibliothe(?:ek|ken))(?:\s+services?|\s+(?:&|and|en)\s+(?:archives|archief|information"
                              r"|heritage|culture|cultuur|learning|museums|onderwijs|educatie))?")
_DEPARTMENT_BEFORE = re.compile(r"\b(?:afdeling|team|department|dept\.?|sector|cluster|unit)\s*$", re.I)


# An organisation without a library word in its name, followed by what it is, in lower case:
# 'Cultuurhuis Oldambt (bibliotheek, muziekschool)', 'Kulturhus Borne (bibliotheek en theater)'.
_KIND_IN_PARENS = re.compile(r"(?:^|(?<=[|–-]\s))([A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*){1,3})\s*"
                             r"\((?=[a-z])[^()]*\bbibliothe(?:ek|ken)\b[^()]*\)\s*$")


# A remark in brackets after an organisation's name is not part of it: 'Bibliotheek X (secondment)', 'Organisation:
# Bibliotheek Kempen-Noord (Belgium)'.
ORG_REMARK = re.compile(r"\s*\([^()]*\)$")
# … but letters in brackets at the end are the name's own short form: 'Lisbon Municipal Libraries (BLX)'; and a school's
# campus after a dash is part of its name: 'International School Eindhoven – Primary Campus'.
_NAME_TAIL = re.compile(r"\s*\([A-Z]{3,6}\)$|\s+[–-]\s+(?:[A-ZÀ-Ý][\w'-]*\s+){0,2}(?i:campus)(?:\s+[A-ZÀ-Ý][\w'-]*)?$")


# An adviser's own firm: a name and then the kind of firm, 'Thornton Advies', 'Van Dijk Consultancy' (not the team
# 'Advies & Innovatie', nor 'Team Advies').
_FIRM = re.compile(r"(?!(?i:team|afdeling|sector|cluster|unit|department)\b)[A-ZÀ-Ý][\w'-]*(?:\s+(?:[A-ZÀ-Ý][\w'-]*|van|de|der))*"
                   r"\s+(?:Advies|Adviesbureau|Consultancy|Consulting|Consult)(?:\s+B\.?V\.?)?")
_FIRM_KIND = re.compile(r"\b(?:Advies|Adviesbureau|Consultancy|Consulting|Consult)\b")


# Made once: these run on every signature line.
_PARTS = re.compile(r"\s[|–]\s|\s-\s|,\s*|\s*[()]\s*")  # 'Redouan Ziani | Directeur | Bibliotheek X'
_CELLS = re.compile(r"\s[|–]\s|\s-\s|,\s*")  # the same cells, a name's brackets kept whole
# A name with initials and the name they go by in brackets, titles before and letters after: 'Drs. H.M. (Henk) Jansen MBA'.
_NICKNAMED = re.compile(r"^(?:(?i:drs|dr|mr|ir|ing|prof|jhr|jkvr)\.?\s+)*(?:[A-Z][a-z]?\.\s*)+\s*\([^\W\d_]+(?:-[^\W\d_]+)*\)\s+[A-ZÀ-Ý]")
_TITLE = re.compile(r"(?i)(?:drs|dr|mr|ir|ing|prof|jhr|jkvr)\.?\s")
_SEGMENTS = re.compile(r"\s[|–·-]\s|,\s*|\s{2,}")  # a middle dot too: 'Bibliotheek Waddenkust · Harns' (the place after it)
_LIBRARY_WORD = re.compile(r"bibliothe|bibletee?k|stichting", re.I)
# A capitalised adjective written before the library word is the name's own: 'Nieuwe Bibliotheek', 'Centrale Bibliotheek'.
_ADJECTIVE_BEFORE = re.compile(r"(?:^|(?<=\s))([A-ZÀ-Ý][a-zà-ÿ]*(?:we|ale|are|ele|ige|ische|ne|de|te|re))\s*$")  # not 'Frontoffice'
_OF_BEFORE = re.compile(r"\b(?:of|van|voor|for)\s*$", re.I)
_OF_AFTER = re.compile(r"\s+(?:van|bij|at|of)$", re.I)
_BLANK_LINE = re.compile(r"\n\s*\n")


# … and the library first, the house after the dash: 'Bibliotheek Maastricht - Centre Céramique'.
_LIBRARY_DASH_HOUSE = re.compile(r"(?:^|(?<=\s[|–-]\s)|(?<=,\s))((?:Openbare\s+)?Bibliotheek\s+[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*){0,2})"
                                 r"\s+[–-]\s+([A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*){0,2})\s*$")
# A Flemish city and its library, joined by a dash, one employer as the city writes it: 'Stad Gent – Bibliotheek De Krook'.
_CITY_DASH_LIBRARY = re.compile(r"(?:^|(?<=\s))Stad\s+[A-ZÀ-Ý][\w'-]*\s+[–-]\s+(?i:bibliotheek|bib)\s+[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*){0,3}\s*$")


# A house or the letters it goes by, and its library after a dash, one employer as it writes itself: 'Centre Céramique –
# Bibliotheek Maastricht', 'OBA – Openbare Bibliotheek Amsterdam' (the first part checked: an organisation's word or letters).
_HOUSE_DASH_LIBRARY = re.compile(r"(?:^|(?<=\s[|–-]\s)|(?<=,\s))([A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*){0,2})\s+[–-]\s+"
                                 r"(?:Openbare\s+)?Bibliotheek\s+[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*){0,3}\s*$")


_SCHOOL_STAFF = re.compile(SCHOOL_ROLE, re.I)
_SCHOOL_CALLED = re.compile(r"(?:(?:De|Het|'t)\s+)?[A-ZÀ-Ý][\w'-]+(?:\s+[A-ZÀ-Ý][\w'-]+){0,2}")  # 'De Regenboog', 'Het Kompas'


# A body known by its letters and what it is, in lower case: 'KB - nationale bibliotheek'. The whole line is its name.
_ACRONYM_DASH_KIND = re.compile(r"^[ \t]*([A-Z]{2,5}\s+[-–]\s+[a-z][a-z ]*\bbibliothe(?:ek|ken))[ \t]*$")
# An association or federation of libraries, its kind one word before the library word: 'Sectorvereniging Openbare
# Bibliotheken', 'Vereniging Openbare Bibliotheken'.
_BODY_BEFORE = re.compile(r"(?:^|(?<=\s))([A-ZÀ-Ý]\w*(?:vereniging|federatie|coöperatie|Vereniging|Federatie|Coöperatie))\s*$")


# An organisation's short form before its full name; not a role's or a team's letters ('CEO', 'MT', 'HR').
_LETTERS = re.compile(r"(?!(?:CEO|CFO|COO|CTO|CIO|MT|HR|ICT|PR|PA|OR|IB|ZZP|MBA|MPA|LLM|EMIA|MMC)$)[A-Z]{2,5}")
# A house's brand written in capitals before its library: 'SCHUNCK Bibliotheek Heerlen' (one word, a few letters more).
_CAPITALS_BRAND = re.compile(r"[A-Z]{6,10}")
# A brand or house and its library, one organisation as it writes itself: 'Rozet / Bibliotheek Arnhem', 'Forum
# Zoetermeer / Bibliotheek' (the capitalised words before a slash).
_BRAND_SLASH = re.compile(r"(?:^|(?<=\s))([A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*){0,2}\s*/\s*)$")
# A school's denomination or way of teaching, written before its kind: 'PC IKC De Ark', 'Dalton IKC De Regenboog'.
_DENOMINATION = re.compile(r"(?:^|\s)(PC|RK|PCB|RKB|Dalton|Montessori|Jenaplan)$")
_SCHOOL_START = re.compile(rf"(?i:{_SCHOOL_KINDS}|basisschool)\b")


def _brand_before_slash(before: str) -> re.Match[str] | None:
    """The house's brand before '/ Bibliotheek X', without a capitalised role before it: 'Directeur Rozet /' is Rozet;
    not the field of a role ('Head of Learning /')."""
    for start in (0, *(m.end() for m in re.finditer(r"\s+", before))):
        if (slashed := _BRAND_SLASH.match(before, start)) and not ROLE_WORDS.search(slashed.group(1)):
            return None if _OF_BEFORE.search(before[:start]) else slashed  # not 'Head of Learning / Bibliotheek X'
    return None


# A name's own capital article before its adjective: 'De Nieuwe Bibliotheek Almere' (a lower-case 'de' is speech).
_CAPITAL_ARTICLE = re.compile(r"(?:^|(?<=\s))(De|Het|The)\s*$")
_NAMED_OF = re.compile(r"(?:[A-ZÀ-Ý][\w'-]*\s+){1,4}(?:of|for)")  # 'European Network of', 'Association for'


_SCHOOL_SECTION = re.compile(r"(?<=\S)\s[–-]\s(?:Primary|Secondary)\s*$")  # the school's part, as written after its name
_BRANCH = re.compile(r"\s*[/|]\s*(?i:vestiging)\s+[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*)?\s*$")


def split_role_organisation(line: str) -> tuple[str | None, str | None]:
    """'Directeur Bibliotheek Waterland' -> ('Directeur', 'Bibliotheek Waterland'); 'Director, Library X' too."""
    if "School" in line and (section := _SCHOOL_SECTION.search(line)):  # 'International School Brabant – Primary': one name
        role, org = split_role_organisation(line[: section.start()])
        return role, (f"{org}{section.group(0).rstrip()}" if org and line[: section.start()].endswith(org) else org)
    if "estiging" in line and (branch := _BRANCH.search(line)):
        line = line[: branch.start()]  # 'Directeur Bibliotheek Kennemerwaard / vestiging Alkmaar': the library, not its branch
    if (")" in line or "ampus" in line) and (tail := _NAME_TAIL.search(line)):  # the name read without its tail, which then ends it
        role, org = split_role_organisation(line[: tail.start()])
        return role, (f"{org}{tail.group(0)}" if org and line[: tail.start()].endswith(org) else org)
    if "-" in line or "–" in line:
        if acronym := _ACRONYM_DASH_KIND.match(line):
            return None, acronym.group(1)
    if kind := _KIND_IN_PARENS.search(line):  # 'Directeur | Cultuurhuis Oldambt (bibliotheek, muziekschool)'
        return split_role_organisation(line[: kind.start()])[0], kind.group(1)
    if "Stad" in line and (city := _CITY_DASH_LIBRARY.search(line)):  # 'Stad Gent – Bibliotheek De Krook'
        return (split_role_organisation(line[: city.start()])[0] if city.start() else None), trimmed_org(city.group(0))
    if (house := _HOUSE_DASH_LIBRARY.search(line)) and (ORG_START.match(house.group(1)) or _LETTERS.fullmatch(house.group(1))) \
            and not _LIBRARY_WORD.search(house.group(1)) and not ROLE_WORDS.search(house.group(1)):
        before = line[: house.start()].strip(" ,|–-")  # 'Centre Céramique – Bibliotheek Maastricht', 'OBA – Openbare Bibliotheek …'
        return (split_role_organisation(before)[0] if before else None), trimmed_org(house.group(0))
    if (house := _LIBRARY_DASH_HOUSE.search(line)) and ORG_START.match(house.group(2)) \
            and not _LIBRARY_WORD.search(house.group(2)) and not ROLE_WORDS.search(house.group(2)):
        before = line[: house.start()].strip(" ,|–-")  # the other way round: 'Bibliotheek Maastricht - Centre Céramique'
        return (split_role_organisation(before)[0] if before else None), trimmed_org(house.group(0).strip())
    segments = [seg.strip(" ,|–-") for seg in _SEGMENTS.split(line) if seg.strip(" ,|–-")]
    segments.sort(key=lambda seg: not _LIBRARY_WORD.search(seg))  # the library's own name first
    role = org = department = None
    for seg in segments:
        start = ORG_START.search(seg)
        if start and _OF_BEFORE.search(seg[: start.start()]):
            start = None  # 'Head of Libraries' is a role, not an organisation
        if start and ROLE_WORDS.search(seg[start.end():]):
            start = None  # 'Library Service Manager' is a role
        if start and _PROGRAMME.match(seg[start.start():]):
            start = None  # 'coördinator Bibliotheek op school': a programme, not a library
        if start and _PROGRAMME_END.search(seg) and ROLE_WORDS.search(seg[: start.start()]):
            start = None  # 'Leader School Library Programme': the whole line is the role
        if start and _DEPARTMENT_BEFORE.search(seg[: start.start()]):
            start = None  # 'Hoofd afdeling Bibliotheek & Cultuur', 'Team Bibliotheek & Onderwijs': a department
        if start and ROLE_WORDS.search(seg[: start.start()]) and _TEAM_OF_A_FIELD.fullmatch(seg[start.start():].strip(" ,.")):
            start = None  # 'manager Bibliotheek & Samenleving': the team of a field the role heads
        if start and _GENERIC_ORG.fullmatch(seg[start.start():].strip(" ,.")) and ROLE_WORDS.search(seg[: start.start()]):
            start = None  # 'Hoofd Bibliotheken', 'Head of Library': a role
        if start and org is None:
            before = seg[: start.start()].strip(" ,")
            org = trimmed_org(ORG_REMARK.sub("", seg[start.start():]))  # '… (secondment)'
            if org == org.lower() and _LOWER_CASE_NAME.fullmatch(before) and _GENERIC_ORG.fullmatch(org):
                org, before = f"{before} {org}", ""  # a line that is only 'de nieuwe bibliotheek': a name in lower case
            elif org == org.lower() and not _placed_before(org, before):
                org, start = None, None  # 'Diensthoofd bibliotheek': a word of the role, not a name
                role = role or (seg if ROLE_WORDS.search(seg) else None)
                continue
            place = _PLACE.search(before + " ") if _PLACE_FIRST.match(org) or _NAMED_BEFORE.match(org) \
                else _NAMED_LIBRARY.search(before + " ") if _GENERIC_ORG.fullmatch(org) or _COMPOUND_LIBRARY.fullmatch(org) else None
            if place and not ROLE_WORDS.search(place.group(1)):
                org, before = place.group(1).strip() + " " + org, before[: place.start()].strip(" ,")
            if _GENERIC_ORG.match(org) and (joined := _JOINED_TO_LIBRARY.search(before + " ")) \
                    and not ROLE_WORDS.search(joined.group(1)) and not _OF_BEFORE.search(before[: joined.start()]):
                org, before = joined.group(1) + org, before[: joined.start()].strip(" ,")  # 'Kunst & Bibliotheek Vechtstreek'
            if (adjective := _ADJECTIVE_BEFORE.search(before)) and _LIBRARY_WORD.match(org) \
                    and not ROLE_WORDS.search(adjective.group(1)):
                org, before = adjective.group(1) + " " + org, before[: adjective.start()].strip(" ,")  # 'director Nieuwe Bibliotheek Almere'
                if article := _CAPITAL_ARTICLE.search(before):
                    org, before = f"{article.group(1)} {org}", before[: article.start()].strip(" ,")  # 'De Nieuwe Bibliotheek Almere'
            if _LIBRARY_WORD.match(org) and (slashed := _brand_before_slash(before)):
                org, before = f"{slashed.group(1).rstrip()} {org}", before[: slashed.start()].strip(" ,")  # 'directeur Rozet / Bibliotheek Arnhem'
            if _LIBRARY_WORD.match(org) and (brand := before.rsplit(None, 1)[-1] if before else "") \
                    and _CAPITALS_BRAND.fullmatch(brand) and not ROLE_WORDS.search(brand):
                org, before = f"{brand} {org}", before[: -len(brand)].strip(" ,")  # 'SCHUNCK Bibliotheek Heerlen'
            if (body := _BODY_BEFORE.search(before)) and _LIBRARY_WORD.search(org):
                org, before = body.group(1) + " " + org, before[: body.start()].strip(" ,")  # 'Sectorvereniging Openbare Bibliotheken'
            if _LETTERS.fullmatch(before) and not ROLE_WORDS.search(before) and not FIELD_OF_WORK.fullmatch(before):
                org, before = f"{before} {org}", ""  # 'OBA Openbare Bibliotheek Amsterdam': the letters the library goes by
            elif _LIBRARY_WORD.search(org) and (letters := before.rsplit(None, 1)[-1] if " " in before else "") \
                    and _LETTERS.fullmatch(letters) and " " not in (role_word := before[: -len(letters)].strip()) \
                    and ROLE_WORDS.search(role_word):
                org, before = f"{letters} {org}", before[: -len(letters)].strip()  # 'directeur ZB Planbureau en Bibliotheek
                # van Zeeland': the letters after the role are the library's
            if before and _SCHOOL_START.match(org) and (kind := _DENOMINATION.search(before)):
                org, before = f"{kind.group(1)} {org}", before[: kind.start()].strip()  # 'intern begeleider PC IKC De Ark'
            if _NAMED_OF.fullmatch(before) and not ROLE_WORDS.search(before) and not _DEPARTMENT_BEFORE.search(before[:-3]):
                org, before = f"{before} {org}", ""  # 'European Network of Public Libraries': a body of libraries
            if _DEPARTMENT_ONLY.fullmatch(org):  # 'Library Services, Northfield Council': the council is the organisation
                org, department = None, seg
                role = role or (seg if ROLE_WORDS.search(before) else None)  # 'Manager Bibliotheek & Onderwijs': a role with its team
                continue
            if before and ROLE_WORDS.search(before) and role is None:
                role = _OF_AFTER.sub("", before)
        elif ROLE_WORDS.search(seg) and role is None:
            role = seg
        elif org is None and _FIRM.fullmatch(seg):
            org = seg  # 'Thornton Advies | interim & policy'
    if role and org is None and len(segments) == 2 and segments[1] != role and _SCHOOL_STAFF.match(role) \
            and _SCHOOL_CALLED.fullmatch(segments[1]):
        org = segments[1]  # 'leerkracht groep 7/8, De Regenboog': a teacher's school goes by its name alone
    if role and org is None and department and len(segments) == 2:
        role = line.strip(" ,|–-")  # 'Strategic Lead, Libraries & Heritage': the department is part of the role
    if org and _DESCRIBED.match(org) \
            and (brand := next((seg for seg in segments if _BRAND.fullmatch(seg) and not ROLE_WORDS.search(seg)), None)):
        org = brand  # 'Rijnbrink | provincial library service organisation Gelderland & Overijssel': the lower-case words describe it
    return role, org


# One capitalised word that names an organisation by itself: 'Rijnbrink', 'ProBiblio', 'BplusC', 'OBA'.
# An article and one adjective before a lower-case 'bibliotheek', alone on its line: 'de nieuwe bibliotheek' (Almere's name).
_LOWER_CASE_NAME = re.compile(r"(?:de|het)\s+[a-zà-ÿ]+")
_BRAND = re.compile(r"[A-ZÀ-Ý][\w'-]{2,}")
# Lower-case words that describe what it is, not its name: 'provincial library service organisation Gelderland'
# (not 'obs De Linde', a school's kind before its name).
_DESCRIBED = re.compile(r"(?!(?:de|het|the|'t)\s)[a-zà-ÿ]+\s+[a-zà-ÿ]+\s+[a-zà-ÿ]+\s")


def _placed_before(org: str, before: str) -> bool:
    """Is a lower-case kind word the end of a name that puts its place first? The Scandinavian 'Tromsø bibliotek
    og byarkiv' writes the kind in lower case, so it is a name when capitalised place words stand before it."""
    return bool(_PLACE_FIRST.match(org)) and bool(_PLACE.search(before + " "))


# 'Bibliotheek Venray e.o.', 'Coöperatie Bibliotheken U.A.': a name that ends in an abbreviation keeps its dot.
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[^\W\d_]{1,2}\.){2,}$")


def trimmed_org(org: str) -> str:
    """The organisation without the punctuation around it, but with the final dot of 'e.o.': that dot is
    part of the name as the library writes it, not the end of a sentence."""
    trimmed = org.strip(" ,.()")
    if org.rstrip(" ,()").endswith(".") and _ABBREVIATION_END.search(trimmed + "."):
        return trimmed + "."
    return trimmed


_NAME_LINE = re.compile(r"[A-ZÀ-Ý][\w'.()-]*(?:\s+[\w'.()-]+){0,4}")


def _looks_like_name(line: str) -> bool:
    """One to five words of letters (and ' . ( ) -), the first capitalised."""
    return bool(_NAME_LINE.fullmatch(line.rstrip()))


_MY_NAME = re.compile(r"\b(?i:mijn naam is|my name is|dit is|this is)\s+([A-ZÀ-Ý][\w'-]+(?:\s+(?:(?:van|de|der|den|ter|ten|te|el)\b|[A-ZÀ-Ý][\w'-]+)){1,4})"
                      r"(?<!\s(?:van|der|den|ter|ten))(?<!\s(?:de|te|el))")  # whole: 'Johan van der Meulen', not 'Johan van de'
_INITIALS = re.compile(r"^(?:[A-Z]\.\s?)+")
# The writer describes themself on one line: 'My details: Sofia Marchetti, Manager Education & Youth, Bibliotheek
# Waal en Rijn - s.marchetti@…', 'Mijn gegevens: …'.
_MY_DETAILS = any_of(r"\b(?:my details|mijn gegevens)\s*:[ \t]*([^\n]{5,200})")
# … or a block of short lines under it, as a signature: 'Mijn gegevens:' / 'Els Jansen' / 'directeur Bibliotheek X' / '06-…'.
_MY_DETAILS_BELOW = any_of(r"\b(?:my details|mijn gegevens)\s*:[ \t]*\n((?:[ \t]*\S[^\n]{1,120}(?:\n|$)){1,6})")
# A library's name in running text: 'de Bibliotheek Aa en Hunze-Zuid', 'Stichting Bibliotheek Midden-Brabant'.
# A place's old genitive counts as a capital: 'Bibliotheek 's-Hertogenbosch'.
LIBRARY_NAME = (rf"(?i:de\s+|het\s+|the\s+)?(?i:openbare\s+)?(?i:\w*bibliothe(?:ek|ken|k)(?:service|netwerk|organisatie)?|{_FRISIAN_LIBRARY}|library|libraries|stichting|bib|bieb)"  # 'bib Leuven'
                r"(?:\s+(?!I\b)(?:'s-)?[A-ZÀ-Ý][\w'-]*(?:\s+(?:en|aan|de|op|van|&)\s+[A-ZÀ-Ý][\w'-]*)?)+(?:\s+e\.o\.|\s+en\s+(?:meer|omstreken|omgeving)\b)?")  # 'Bibliotheek Lek & IJssel', not the writer's 'I'
# An English library by its place first: "We're both from the Noordwest Veluwe library".
_PLACE_LIBRARY = r"(?i:the\s+)?[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*){0,2}\s+(?i:library|libraries)\b"
_ORG_IN_TEXT = re.compile(r"(?:\b(?i:joined|directeur|directrice|director|manager|bestuurder|head|\w*assistent\w*|assistant|adviseur"
                          r"|secretaresse|coördinator|coordinator|werkzaam|werk|work|leesconsulent\w*|consulent\w*|collega's"
                          r"|medewerkers)(?:[\w-]*\s+(?:[\w.]+\s+)?(?i:van|of|bij|at|voor|for)|(?<=joined))\s+"
                          # 'Namens Bibliotheek X kom ik graag', 'twee aanmeldingen vanuit Bibliotheek X'
                          r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?i:namens|on behalf of)\s+|\b(?i:vanuit)\s+"
                          r"|\b(?i:wij|we)\s+(?i:van|bij|at|from)\s+"  # 'Wij van de Bibliotheek Kennemerwaard willen …'
                          # 'We are both from Bibliotheek X', 'register the two of us from Bibliotheek X'
                          r"|\b(?i:we are|we're|wij zijn|we zijn)\s+(?i:both|all|allebei|beiden|allemaal)?\s*(?i:from|van|bij)\s+"
                          r"|\b(?i:of us|us|van ons)\s+(?i:from|van|bij)\s+"
                          r"|\b(?i:people|mensen|personen|colleagues|collega's|deelnemers)\s+(?i:from|van|uit)\s+"  # 'the following people from Bibliotheek X'
                          r"|\b(?i:same team|hetzelfde team)\s+(?i:at|of|bij|van)\s+)"  # "We're both on the same team at Bibliotheek X"
                          rf"({LIBRARY_NAME}|{_PLACE_LIBRARY})")


_GREETING_LINE = re.compile(r"^[ \t]*(?i:beste|geachte|dear|hallo|hoi|hi|hello|goede\w*)\b[^\n]*$", re.M)
_GREETING_END = re.compile(r"[,!?:]")


def _org_in_text(text: str) -> re.Match[str] | None:
    """The first library the writer says they are of, not on the greeting line: 'Beste mensen van Stichting Lezen'
    addresses the organiser."""
    greetings = [(m.start(), end.end() if (end := _GREETING_END.search(text, m.start(), m.end())) else m.end())
                 for m in _GREETING_LINE.finditer(text)]  # the greeting only: 'Hello! I'll attend … We're both from …' goes on
    return next((m for m in _ORG_IN_TEXT.finditer(text) if not any(a <= m.start() < b for a, b in greetings)), None)


_NOT_LOWER_LETTER = re.compile(r"[^a-z]")


def _letters(text: str) -> str:
    """Only the letters a-z, lower-cased: how a mail domain spells a name ('spo-waterrijk' ~ 'SPO Waterrijk')."""
    return _NOT_LOWER_LETTER.sub("", text.lower())


def _domain_letters(email: str | None) -> str:
    return _letters((email or "").partition("@")[2].split(".")[0])


_CAPITALISED_CELL = re.compile(r"[A-ZÀ-Ý][\w'&-]*(?:\s+[A-ZÀ-Ý][\w'&-]*){1,4}")


_AFTER_PREPOSITION = re.compile(r"\b(?i:van|bij|op|at|from|of)\s+((?:[\w'&]+\s+){0,4}[\w'&]+)")
_SCHOOL_KIND_WORD = re.compile(rf"(?i:{_SCHOOL_KINDS})")


def _after_preposition_spelled_by_domain(text: str, email: str | None) -> str | None:
    """The words after 'van', 'bij', 'at' … that the writer's own mail domain spells, as they name where they work:
    'wij van obs de regenboog' from …@obsderegenboog.…, 'leesconsulent bij Theek 5' from …@theek5.…; written in lower
    case, it is given the capitals of a name ('OBS De Regenboog')."""
    domain = _domain_letters(email)
    if len(domain) < 5 or domain[:4] not in _letters(text):
        return None  # (most mails: the domain's start is nowhere in the text)
    for found in _AFTER_PREPOSITION.finditer(text[:600]):
        words = found.group(1).split()
        for end in range(len(words), 0, -1):
            if _letters(" ".join(words[:end])) == domain:  # the longest first: 'Theek 5', not 'Theek'
                named = " ".join(words[:end])
                if named != named.lower():
                    return named
                return " ".join(w.upper() if _SCHOOL_KIND_WORD.fullmatch(w) else w.capitalize() for w in named.split())
    return None


def _org_spelled_by_domain(signature: str, email: str | None) -> str | None:
    """A cell of a signature line that the sender's mail domain spells: 'SPO Waterrijk' for …@spo-waterrijk.example.nl.
    The organisation's own name, though it has no library word; a short domain only by the letters it is known by,
    in capitals: 'OBA | Openbare Bibliotheek Amsterdam' under the mail from …@oba.… is the OBA, as it calls itself."""
    domain = _domain_letters(email)
    if len(domain) < 3 or domain not in _letters(signature):
        return None  # (the signature's letters hold no cell that spells it: most mails, found with one substitution)
    for line in signature.split("\n")[1:]:
        for cell in _SEGMENTS.split(line):
            cell = cell.strip(" ,|–-")
            if cell[:1].isupper() and _letters(cell) == domain and (len(domain) >= 5 or cell.isupper()):
                return cell
            if len(domain) >= 10 and _letters(cell).startswith(domain) and _CAPITALISED_CELL.fullmatch(cell):
                return cell  # 'Amersfoort International Primary' from …@amersfoortinternational.…: the domain is its start
    return None


# An organisation known by a brand written in mixed capitals or by its letters, as where people come from: 'two people
# from BplusC (Leiden)', 'de collega's van OBA'. (Not a town: 'two people from Leiden'.)
_BRAND_IN_TEXT = re.compile(r"\b(?i:people|mensen|personen|colleagues|collega's|deelnemers|of us|van ons)\s+(?i:from|van|uit)\s+"
                            # a school by its kind and name, whole: 'mijn collega's van IKC De Horizon'
                            rf"((?i:{_SCHOOL_KINDS})\s+(?:'t\s+)?[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*){{0,2}}"
                            # … else a brand or letters, not the letters that open a longer name
                            r"|[A-Z]+[a-z]+[A-Z]\w*|[A-Z]{2,5})(?![\w-])(?!\s+(?:'t\s+)?[A-ZÀ-Ý])")


_SMALL_WORDS = {"of", "the", "de", "het", "van", "for", "and", "en", "&", "der", "voor"}


def org_by_initials(text: str, email: str | None) -> str | None:
    """Capitalised words in the text whose initials the mail domain is, alone or before the last word in full: 'the
    American School of The Hague' for …@ash.…, 'International School Brabant' for …@isbrabant.… (small words skipped)."""
    domain = _domain_letters(email)
    if len(domain) < 3:
        return None
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group(0).split()
        for start in range(len(words)):
            for end in range(len(words), start + 1, -1):
                big = [w for w in words[start:end] if w.lower() not in _SMALL_WORDS]
                if len(big) < 2 or words[start].lower() in _SMALL_WORDS:
                    continue
                initials = "".join(_letters(w)[:1] for w in big)
                if domain == initials or any(domain == initials[:k] + _letters("".join(big[k:])) for k in range(2, len(big))):
                    return " ".join(words[start:end])
    return None


def library_spelled_by_domain(text: str, email: str | None) -> str | None:
    """The library the text names that this address's domain spells (for anyone named, not only the writer)."""
    return _library_spelled_by_domain(text, email)


def _library_spelled_by_domain(text: str, email: str | None) -> str | None:
    """A library the text names that the sender's mail domain spells: 'Bibliotheek Utrecht' for …@bibliotheekutrecht.…
    The writer's own, wherever the text names it; the domain vouches for it in lower case too, as some write all their
    mail: 'groet bas mulder' / 'bibliotheek hoorn' from …@bibliotheekhoorn.…"""
    domain = _domain_letters(email)
    if len(domain) < 5 or "ibliotheek" not in text:
        return None
    found = next((m.group(0) for m in _A_LIBRARY.finditer(text)
                  if domain in (_letters(m.group(0)), _letters(m.group(0).replace("&", "en")))), None)  # '&' as 'en' in the domain
    if found or not domain.startswith("bibliotheek"):
        return found
    for m in _LIBRARY_WORDS.finditer(text):
        words = m.group(0).split()
        named = next((" ".join(words[:n]) for n in range(2, len(words) + 1) if _letters(" ".join(words[:n])) == domain), None)
        if named:
            return named
    return None


# A few capitalised words in the text, small words between: a name an organisation may go by.
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-Ý][\w'-]*(?:[ \t]+(?:(?:van|de|het|der|en|of|the|for|&)[ \t]+)?[A-ZÀ-Ý][\w'-]*){1,5}")


def name_spelled_by_domain(text: str, email: str | None) -> str | None:
    """Capitalised words in the text that this address's long domain spells (for anyone named, not only the writer)."""
    return _name_spelled_by_domain(text, email)


def _name_spelled_by_domain(text: str, email: str | None) -> str | None:
    """Capitalised words in the text that the sender's long mail domain spells, library word or none: the
    organisation's own name ('Rotterdam International Primary' from …@rotterdaminternationalprimary.…)."""
    domain = _domain_letters(email)
    if len(domain) < 10 or domain[:5] not in _letters(text):
        return None  # (most mails: the domain's start is nowhere in the text)
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group(0).split()
        for start in range(len(words)):
            for end in range(len(words), start, -1):
                if _letters(" ".join(words[start:end])) == domain and words[end - 1][0].isupper():
                    return " ".join(words[start:end])
    return None


_LIBRARY_WORDS = re.compile(r"\b(?i:bibliotheek)(?:[ \t]+[\w'-]+){1,3}")  # 'bibliotheek noordoostpolder', up to three words


# A library known by its letters, the writer speaking for it: 'Vanuit de OBA schuif ik graag aan', 'Namens de BMZ …',
# 'Namens DOK meld ik aan' (a brand without the article).
_ACRONYM_FOR = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?i:vanuit|namens)\s+(?:de\s+)?([A-Z]{2,5})\b(?![\w-])")


# A role at an organisation's letters, which the mail domain starts with: 'Group 6 teacher at ISH' (…@ishilversum.…).
_ROLE_AT_LETTERS = re.compile(rf"\b((?i:{SCHOOL_ROLE}|librarian|bibliothecaris|directeur|director|manager))"
                              r"\s+(?i:at|bij|op|van|of)\s+([A-Z]{2,5})\b(?![\w-])(?!\s+(?:De|Het|'t|[A-Z][a-z]))")  # not the 'CBS' of
# 'ib'er op CBS De Regenboog': a school's kind before its name
_WORDS_OF_ROLE = re.compile(r"(?:(?:[A-ZÀ-Ý][\w/-]*|\d[\w/-]*)[ \t]+){1,2}$")  # 'Group 6 ' before 'teacher' (not 'I am a ')


# A phone's sign-off run on after the last sentence, a first name alone: '… voor morgen, griep. Ger'; or after a
# closing shorthand on its own line: 'add me for the webinar 28/3 pls' / 'br Lieke'.
_RUN_ON_NAME = re.compile(r"(?:[.!?]|(?:^|\n)[ \t]*(?i:br|kr|gr|grt|groet|groetjes|mvg|cheers|greetings|regards)[,.]?)[ \t]+"
                          r"([A-ZÀ-Ý][a-zà-ÿ]{1,14})[ \t]*$")


# A first name alone on the last line of the text, as one signs above a formal signature: 'Ik ben erbij.\n\nGerdien'.
_FIRST_NAME_LAST_LINE = re.compile(r"(?:^|\n)[ \t]*([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)[ \t]*\s*$")
_LOWER_FIRST_NAME_LAST_LINE = re.compile(r"(?:^|\n)[ \t]*([a-zà-ÿ]{3,}(?:-[a-zà-ÿ]{2,})?)[ \t]*\s*$")  # written on a phone


def _lower_case_own_name(name: str, email: str | None) -> str | None:
    """A header name written in lower case that the address's local part spells letter for letter ('dilan yildiz' for
    dilan.yildiz@…, 'jan de vries' for jan.devries@…), written as a name: 'Dilan Yildiz', 'Jan de Vries'."""
    words = name.split()
    local = _letters((email or "").partition("@")[0])
    if not 2 <= len(words) <= 4 or _letters(name) != local or not all(w.isalpha() for w in words):
        return None
    return " ".join(w if i and w in PARTICLES else w.capitalize() for i, w in enumerate(words))


def describe_sender(p: ParsedMail) -> Attendee:
    sig_name, role, org = signature_facts(p.signature)
    if not (sig_name and (role or org)):  # no closing formula: the last lines of the text may be one
        b_name, b_role, b_org = signature_facts("\n" + _closing_block(p.text))
        sig_name, role, org = sig_name or b_name, role or b_role, org or b_org
    if not (sig_name and (role or org)) and (last := _signed_last_line(p.text, p.from_email)
                                              or _signed_last_line(p.signature, p.from_email)):
        sig_name = last[0] if not sig_name or sig_name.startswith(last[0]) else sig_name  # not 'Lies Dam - LeesPunt Zuid'
        role, org = role or last[1], org or last[2]
    form = dict(_FORM_FIELD.findall(p.text))  # 'Naam: …', 'Organisatie: …' (a filled-in form)
    form = {key.lower(): value.strip() for key, value in form.items()}
    sig_name = form.get("naam") or form.get("name") or sig_name
    told = _MY_NAME.search(p.text)
    if told and ORG_WORDS.search(told.group(1)):
        told = None  # 'This is Bibliotheek Utrecht': the library, not a name
    if told and (not sig_name or same_person_fuller(sig_name, told.group(1))
                 or _INITIALS.match(sig_name) and " " not in sig_name and told.group(1)[:1] == sig_name[:1]):  # 'My name is Nadia
        # el Khatib' signed 'N.'
        sig_name = told.group(1)
    org = ORG_REMARK.sub("", form.get("organisatie") or form.get("organisation") or form.get("organization") or form.get("school")
                         or form.get("bibliotheek") or form.get("library") or "") or org
    if org is None and ("etails" in p.text or "egevens" in p.text) and (details := _MY_DETAILS.search(p.text)):
        details_role, org = split_role_organisation(EMAIL.sub("", details.group(1)))
        role = role or details_role
    elif org is None and ("etails" in p.text or "egevens" in p.text) and (below := _MY_DETAILS_BELOW.search(p.text)):
        details_name, details_role, org = signature_facts("\n" + below.group(1))
        sig_name, role = sig_name or details_name, role or details_role
    if (spelled := _org_spelled_by_domain(p.signature or _closing_block(p.text), p.from_email)) and spelled != sig_name \
            and not (org and spelled in org) \
            and not (org and re.search(rf"\b(?i:onderdeel van|part of|valt onder)\s+{re.escape(spelled)}", p.signature)):
        # (not over 'Centre Céramique – Bibliotheek Maastricht', the name it is part of, nor over 'Directeur OBS De Fontein' /
        # 'onderdeel van Stichting Proo' from …@stichtingproo.…: the board the school is part of)
        org = spelled  # 'SPO Waterrijk – primair onderwijs in de Vechtstreek' under the mail from …@spo-waterrijk.…
    if org is None and (found := _org_in_text(p.text)):
        org = re.sub(r"^(?:de|het|the)\s+", "", found.group(1).strip())  # 'bij de Bibliotheek X': an article
    if org is None and (said := _own_org_said(p.text)):
        org = said  # 'We both work for Leescentrum Kop van Noord-Holland', 'Wij (KBS De Kleine Prins) willen …'
    if org is None and (found := _BRAND_IN_TEXT.search(p.text)):
        org = found.group(1)  # 'We would like to register two people from BplusC (Leiden)'
    if org is None and ("anuit " in p.text or "amens " in p.text) and (found := _ACRONYM_FOR.search(p.text)):
        org = found.group(1)
    if org is None and (found := _ROLE_AT_LETTERS.search(p.text)) and _domain_letters(p.from_email).startswith(found.group(2).lower()):
        before = _WORDS_OF_ROLE.search(p.text[max(0, found.start() - 30): found.start()])
        role, org = role or (before.group(0) if before else "") + found.group(1), found.group(2)  # 'Group 6 teacher at ISH.'
        # from …@ishilversum.…: the school's letters
    if org is None and (said := _role_at_in_text(p.text)):  # 'Als directeur van de bibliotheek in Zeist kom ik graag'
        role, org = role or said[0], said[1]
    if org is None and (spelled_here := _after_preposition_spelled_by_domain(p.text, p.from_email)):
        org = spelled_here  # 'wij van obs de regenboog' from …@obsderegenboog.…, 'leesconsulent bij Theek 5' from …@theek5.…
    if org is None and (said := _lower_case_school(p.text, p.from_email)):
        role, org = role or said[0], said[1]  # 'ik ben ib'er op cbs de wegwijzer in ede' from …@cbsdewegwijzer-ede.…
    if org is None and "(" in p.text and (said := _bracketed_after_sign_up(p.text)):
        role, org = role or said[0], said[1]  # 'ik meld me aan voor het webinar (adjunct-directeur Forum Zoetermeer)'
    sig_name = clean_name(sig_name)
    name = clean_name(display_name(p.from_name))
    if org is None and name and (start := ORG_START.search(name)) and not ROLE_WORDS.search(name[start.end():]) \
            and not _GENERIC_ORG.fullmatch(name[start.start():].strip()):
        org = name[start.start():].strip()  # the mailbox is named after the library (not 'Bibliotheek' of 'Hilversum Bibliotheek')
    if org is None and name and "|" in name:  # 'Bibliotheek Achterhoek-Zuid | Directiesecretariaat': the library and the desk
        org = next((cell.strip() for cell in name.split("|") if ORG_START.match(cell.strip())), None)
    if name and "|" in name:  # 'Karin Mulder | ProBiblio': the person's cell, the other is where they work
        name = next((cell for cell in map(str.strip, name.split("|")) if " " in cell and NAME.fullmatch(cell)
                     and not ORG_START.search(cell) and not is_department(cell)), name)
    if name and told and sig_name and same_name(told.group(1), sig_name) and not same_name(name, sig_name):
        name = sig_name  # 'Dit is Ria Bakker-Veenstra … Ik mail via het account van mijn man' (From: Jan Bakker)
    elif name and sig_name and (same_person_fuller(name, sig_name) and not (_INITIALS.match(sig_name) and not _INITIALS.match(name))
                              or _goes_by(p.signature, name, sig_name)):
        name = sig_name  # 'Maes Lieve' or 'J. Jansen' in the header, 'Jan Jansen' under the mail (not 'M.A.J. …' over 'Marianne …')
    elif name and sig_name and (spelled := first_name_for_initials(name, sig_name)):
        name = spelled  # 'J.W. Postma' in the header, signed 'Jan-Willem'
    if name and name == name.lower() and (cased := _lower_case_own_name(name, p.from_email)):
        name = cased  # 'dilan yildiz <dilan.yildiz@…>': a phone's address book in lower case, the address spells it
    if name and (ORG_WORDS.search(name) or ORG_START.search(name) or name == name.lower() or is_department(name)):
        name = sig_name or None  # a header name that is an organisation, a department or an address is no name
    elif name and org and name.lower() == org.lower() and sig_name and not is_department(sig_name):
        name = sig_name  # 'De Leeskamer Oost' in the header, 'Grace Mensah' / 'Director' / 'De Leeskamer Oost' under the mail
    if name and _INITIALS.match(name) and (signed := _FIRST_NAME_LAST_LINE.search(p.text[-40:])) \
            and (spelled := first_name_for_initials(name, signed.group(1))):
        name = spelled  # 'Gerdien' closing the text, 'G. Oude Luttikhuis' in the signature under it
    elif name and _INITIALS.match(name.split()[0]) and (signed := _LOWER_FIRST_NAME_LAST_LINE.search(p.text[-40:])
                                                         or _LOWER_FIRST_NAME_LAST_LINE.search(p.signature[-40:])
                                                         or _LOWER_FIRST_NAME_LAST_LINE.fullmatch(
                                                             _CLOSING_WORDS.sub("", p.signature.strip().rsplit("\n", 1)[-1]).strip(" ,"))) \
            and not _CLOSING_WORDS.match(signed.group(1)) and signed.group(1) not in NOT_NAMES \
            and (spelled := first_name_for_initials(name, "-".join(w.capitalize() for w in signed.group(1).split("-")))):
        name = spelled  # a phone's 'tjitske' under the text, 'T. Bulthuis' in the From header ('gr kees': 'kees' signs)
    if not name and not sig_name and (ran_on := _RUN_ON_NAME.search(p.text[-40:])) \
            and (p.from_email or "").lower().startswith(ran_on.group(1)[0].lower()) and ran_on.group(1).lower() not in NOT_NAMES:
        sig_name = ran_on.group(1)  # 'Moet helaas afzeggen voor morgen, griep. Ger' from g.hoogendoorn@
    if not name and not sig_name and (lower := _signed_in_lower_case(p.text, p.from_email)):
        sig_name, org = lower[0], org or lower[1]  # 'bert van leeuwen' / 'bieb krimpenerwaard' from bertvanleeuwen@…
    if (first := name or sig_name) and " " not in first and (full := _in_full_in_subject(first, p.subject)):
        name = full  # 'Aanmelding Gesprekstafel - Dirk Scholten, Bibliotheek Hilversum', signed 'Dirk'
    if org is None and (name or sig_name):  # 'Aanmelding gesprekstafel 24/6 - Priscilla Tjon-A-Fat, directeur Bibliotheek X.'
        described_role, org = _described_after_name(p.text, name or sig_name or "")
        if org is None:  # an empty mail whose subject says it all: 'aanmelden webinar 28-3 Jeroen Kramer Bibliotheek Hoeksche Waard'
            described_role, org = _described_after_name(p.subject, name or sig_name or "")
        role = role or described_role
    if org is None and (name or sig_name) and (signed_off := _signed_off_in_text(p.text, name or sig_name or "")):
        role, org = role or signed_off[0], signed_off[1]  # 'Thanks, Ben Carter (Oak International School, library)'
    if org is None and (spelled := _library_spelled_by_domain(f"{p.text}\n{p.signature}", p.from_email)):
        org = spelled  # 'Een wijziging voor Bibliotheek Utrecht: …' from …@bibliotheekutrecht.…
    if org is None and (spelled := _name_spelled_by_domain(p.text, p.from_email)):
        org = spelled  # 'Principal of Rotterdam International Primary' from office@rotterdaminternationalprimary.…
    if not name and sig_name and " " not in sig_name and p.quoted and (full := _signed_in_full(p.quoted, sig_name, p.from_email)):
        earlier_role, earlier_org = signed_in_history(p.quoted, full)
        sig_name, role, org = clean_name(full), role or earlier_role, org or earlier_org
    for history in (p.quoted, p.forwarded):  # a reply over their own mail, or 'Resending this …' over it
        if org is None and history and (name or sig_name):
            earlier_role, org = signed_in_history(history, name or sig_name or "")
            if org is None and (name or sig_name or "") in history:  # their own sign-up of one line, quoted under our
                # confirmation: '>> Graag aanmelden voor 24 juni. Hilde Reinders, directeur Bibliotheek Oldenzaal'
                earlier_role, org = _described_after_name(QUOTE_MARKS.sub("", history), name or sig_name or "")
            role = role or earlier_role
    if org is None and p.quoted and p.from_email and p.from_email.lower() in p.quoted[:300].lower():
        earlier = QUOTE_MARKS.sub("", p.quoted)  # their own earlier mail, quoted under the reply
        if found := _ORG_IN_TEXT.search(earlier):
            org = re.sub(r"^(?:de|het|the)\s+", "", found.group(1).strip())
        elif name or sig_name:  # 'Count me in. Peter Douglas, director, Bibliotheek Midden-Limburg.'
            earlier_role, org = _described_after_name(earlier, name or sig_name or "")
            role = role or earlier_role
    if org is None and role:  # 'directeur' under the mail, 'Bibliotheek Noordoostpolder-Urk werkt sinds 2021 …' in it
        org = _only_library(p.text)
    if org is None and (spelled := _words_the_domain_spells(f"{p.text}\n{p.signature}", p.from_email)):
        org = spelled  # 'mvg marloes (ib obs de tweemaster)' from …@obsdetweemaster.…: the school, in the writer's own case
    return Attendee(name=name or sig_name, email=p.from_email, organisation=_without_article(org), role=role)


_LOWER_LINE = re.compile(r"[a-zà-ÿ'-]+(?:[ \t]+[a-zà-ÿ'-]+){1,4}")
_LIBRARY_LINE = re.compile(r"(?:bieb|bibliotheek|bibliotheken|library|stichting)[ \t]+[a-zà-ÿ][\w' -]{2,40}")


def _signed_in_lower_case(text: str, email: str | None) -> tuple[str, str | None] | None:
    """(name, organisation) of a signature typed all in lower case, as some phones and hurried writers do: a line of the
    last few that spells the address ('bert van leeuwen' for bertvanleeuwen@…), capitalised as a name is; the line
    under it, when it opens with a library word, is the organisation as written ('bieb krimpenerwaard')."""
    local = _letters((email or "").partition("@")[0])
    if len(local) < 6:
        return None
    lines = [line.strip() for line in text.rstrip().rsplit("\n", 4)[-4:]]
    for at, line in enumerate(lines):
        if _LOWER_LINE.fullmatch(line) and _letters(line) == local:
            words = line.split()
            name = " ".join(w if i and w in PARTICLES else w[:1].upper() + w[1:] for i, w in enumerate(words))
            under = lines[at + 1] if at + 1 < len(lines) else ""
            return name, (under if _LIBRARY_LINE.fullmatch(under) else None)
    return None


def _in_full_in_subject(first: str, subject: str) -> str | None:
    """The writer's full name in the subject, where they sign with the first name alone."""
    for at in occurrences(first, subject):
        if (at == 0 or not subject[at - 1].isalnum()) and (found := NAME.match(subject, at)):
            name = clean_name(found.group(0))
            if name and name.split()[0] == first and 2 <= len(name.split()) <= 4 and not ORG_WORDS.search(name):
                return name
    return None


_ARTICLE_BEFORE_LIBRARY = re.compile(r"de\s+(?=Bibliothe(?:ek|ken)\s+[A-ZÀ-Ý])")


def _without_article(org: str | None) -> str | None:
    """'de Bibliotheek Rivierenland' as a signature writes it is Bibliotheek Rivierenland: the lower-case article is
    the way of speaking, not the name (the convention); 'de Nieuwe Bibliotheek', a name with its article, keeps it."""
    if org and org[:1].islower() and (described := _WHAT_LIBRARY.match(org)):
        return org[described.end():]  # 'de fusiebibliotheek Vallei & Delf': what it is to them, then its name
    return _ARTICLE_BEFORE_LIBRARY.sub("", org, count=1) if org and org.startswith("de ") else org


# A word that says what a library is to the writer before its name: 'fusiebibliotheek Vallei & Delf', 'partnerbibliotheek X'.
_WHAT_LIBRARY = re.compile(r"(?:de\s+)?(?:fusie|partner|buur|zuster)bibliothe(?:ek|ken)\s+(?=[A-ZÀ-Ý])")


# The last line of the text as a phone signs: a name, a comma and what they are: 'Gijs Haverkamp, Leeswerf Zeeland'.
_NAME_COMMA_REST = re.compile(r"(?:^|\n)[ \t]*([^\n,|()]{3,40}?)[ \t]*(?:,|[ \t][|–-][ \t]|\()[ \t]*([^\n,|()]{3,60}?)[ \t]*\)?[ \t]*$")
# (or 'Gijs Haverkamp - Leeswerf Zeeland', 'Gijs Haverkamp | Leeswerf Zeeland', 'Gijs Haverkamp (Leeswerf Zeeland)');
# also run on after the last sentence: 'Seher, meld me maar aan voor de 24e. GJ Visser, Stadsbibliotheek Kampen'.
_RUN_ON_NAME_COMMA_REST = re.compile(r"[.!?][ \t]+([^\n,|().!?]{3,40}?)[ \t]*,[ \t]*([^\n|().!?]{3,60}?)[ \t]*[.!]?[ \t]*$")


# A school role by its letters, then the school by its name: 'IB Het Palet' (the intern begeleider; 'IB' is no school's letters).
_ROLE_LETTERS_THEN_SCHOOL = re.compile(r"(IB|(?i:ib'er))\s+(" + _SCHOOL_CALLED.pattern + ")")


def _signed_last_line(text: str, email: str | None) -> tuple[str, str | None, str | None] | None:
    """(name, role, organisation) from a last line 'Gijs Haverkamp, Leeswerf Zeeland' or '…, directeur Leespunt X',
    when the sender's address spells the surname (it is the writer, not someone they sign up). The organisation
    may lack a library word: its place after the name says what it is."""
    found = _NAME_COMMA_REST.search(text, max(0, len(text) - 160))
    if not found or not NAME.fullmatch(found.group(1).strip()):
        found = _RUN_ON_NAME_COMMA_REST.search(text, max(0, len(text) - 160)) or found
    if not found or not NAME.fullmatch(name := found.group(1).strip()) or " " not in name:
        return None
    local = (email or "").split("@")[0].lower()
    if not any(len(w) > 2 and w.lower() in local for w in name.split()[1:]):
        return None
    rest = found.group(2)
    role, org = split_role_organisation(rest)
    cells = [cell.strip() for cell in rest.split(",")]
    if role and not org and (split := _role_then_name(role)):
        role, org = split
    elif role and not org and len(cells) == 2 and role in cells and _reads_as_org_name(other := cells[1 - cells.index(role)]):
        org = other  # 'Tim Zwart, De Lindenberg Nijmegen, directeur': the cell beside the role
    elif not role and not org and (lettered := _ROLE_LETTERS_THEN_SCHOOL.fullmatch(rest)):
        role, org = lettered.group(1), lettered.group(2)  # 'Wendy de Graaf (IB Het Palet)': the intern begeleider of Het Palet
    elif not role and not org and _reads_as_org_name(rest):
        org = rest
    return (name, role, org) if role or org else None


def _goes_by(signature: str, header: str, signed: str) -> bool:
    """'J.A. de Wit' in the From header, 'drs. J.A. (Annemiek) de Wit' under the mail: the initials and the name in
    brackets are one person, though the first letters differ; the signature says so."""
    words, called = header.split(), signed.split()
    if len(words) < 2 or not _INITIALS.fullmatch(words[0]) or called[1:] != words[1:]:
        return False
    return any((opening := _OPENING_BRACKET.match(signature, at + len(words[0]))) and signature.startswith(called[0], opening.end())
               and _CLOSING_BRACKET.match(signature, opening.end() + len(called[0])) for at in occurrences(words[0], signature))


_OPENING_BRACKET = re.compile(r"\s*\(\s*")  # 'J.A. (Annemiek)': matched after the initials, found by a plain find
_CLOSING_BRACKET = re.compile(r"\s*\)")


# The writer says what they are and where, in the text: 'Als directeur van de bibliotheek in Zeist kom ik graag',
# 'Sinds februari ben ik directeur van Cultuurcluster De Schakel (bibliotheek, …)', "As director of X I'd like …".
# Their own words make the place an employer, so a name without a library word counts: a few capitalised words.
_SELF_ROLE = (r"[\w-]*(?i:directeur|directrice|director|manager|bestuurder|coördinator|coordinator|adviseur|consulent|consultant"
              r"|medewerker|bibliothecaris|librarian|specialist|assistant|assistent|head\s+of\s+(?!the\b)[\w-]+)[\w-]*")  # 'I am a
# reading consultant at …', "I'm the new library assistant at International School Brabant", 'I am the Head of Primary at …'
_LIBRARY_IN_PLACE = r"(?i:de|het)\s+(?i:bibliotheek)\s+(?:in|van)\s+[A-ZÀ-Ý][\w'-]*"  # 'de bibliotheek in Zeist'
# A primary school as a teacher or school director writes it, kind in lower case and name in capitals: 'cbs De Zaaier'.
_A_SCHOOL = rf"(?i:{_SCHOOL_KINDS}|basisschool)\s+(?:'t\s+)?[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*){{0,3}}"
SCHOOL_NAME = _A_SCHOOL
# 'ik ben leerkracht van groep 6 op obs De Wilgenhoek': a teacher's class may come between role and school.
# The writer's name first: 'Mijn naam is Jan Smit, leerkracht op OBS De Klimop', 'Ik ben Jan Smit, intern begeleider bij …'.
_MY_NAME_THEN = (r"(?i:mijn naam is|my name is|ik ben|i am|i'm|this is)\s+[A-ZÀ-Ý][\w'-]+(?:\s+(?:van|de|der|den|ter|ten|te|[A-ZÀ-Ý][\w'-]+)){0,4}"
                 r"\s*,(?:\s+(?i:a|an))?(?:\s+[a-z][\w-]*){0,2}?")  # 'I'm Lies Dam, reading consultant at …'
# Any role of the writer's at a school, with a remark in brackets: 'Ik ben leescoördinator op OBS De Vlinder', 'Ik ben
# schoolbibliothecaris (vrijwilliger) op OBS Het Kompas'.
_I_TEACH_AT = re.compile(rf"\b(?:(?i:als|as|ben ik|ik ben|i am|i'm)|{_MY_NAME_THEN})\s+((?i:{SCHOOL_ROLE}|{_SELF_ROLE})(?:\s+[\w/-]+){{0,4}}?)"
                         rf"(?:\s*\([^()\n]{{1,40}}\))?\s+(?i:op|bij|van|at)\s+({_A_SCHOOL})")
# A role with words before it and an organisation with 'the' that says what it is: "I'm the primary school librarian at the
# International School X", "I'm a teacher at the British School Y" (not 'coordinator of the Reading Programme').
# A school or library by a name that says what it is, as English and international schools go: 'the Japanese School of
# Amstelveen', 'Deutsche Internationale Schule', 'Lycée Français Vincent van Gogh' (its capitalised words).
_NAMED_SCHOOL = (r"(?=[^\n.!?,]{0,40}?\b(?i:school|schule|lycée|lyceum|college|academy|institute)\b)" + _UNNAMED_ORG.pattern)
# The part of the school the role is in, between role and school: 'librarian of the primary section of the Lycée …'.
_SECTION = r"(?:\s+(?i:of|in)\s+(?i:the)\s+(?:[a-z][\w-]*\s+){0,2}(?i:section|department|school))?"
# The programme the role is for, between role and employer: 'Ik ben coördinator de Bibliotheek op school bij Bibliotheek X'.
_OF_PROGRAMME = r"(?:\s+(?i:van\s+|voor\s+)?(?i:de\s+)?(?i:bibliotheek\s+op\s+school|dbos))?"
_I_AM_ROLE_AT = re.compile(r"\b(?:(?i:als|as)|(?i:ben ik|ik ben|i am|i'm)(?:\s+[\w-]+){0,3}?|" + _MY_NAME_THEN + r")\s+(?:(?i:de|het|the)\s+)?"
                           rf"((?:{_SELF_ROLE}|(?i:teacher|leerkracht|leraar|lerares|docent)){_SECTION}{_OF_PROGRAMME})"
                           r"(?:\s*\([^()\n]{1,40}\))?\s+(?i:van|bij|of|at)\s+"  # 'a reading consultant (leesconsulent) at …'
                           rf"({_LIBRARY_IN_PLACE}|{LIBRARY_NAME}|{_A_SCHOOL}|{_UNNAMED_ORG.pattern}"
                           rf"|(?i:the)\s+(?=[^\n.!?,]{{0,40}}?\b(?i:library)\b){_UNNAMED_ORG.pattern}|(?i:the)\s+{_NAMED_SCHOOL})")
# A library by its place in lower case, one word that ends the clause: 'ik ben leesconsulent bij de bibliotheek noordoostpolder
# maar werk vanuit huis' (not 'de bibliotheek hier', 'de bibliotheek zelf').
_LOWER_LIBRARY = (r"(?:(?i:de)\s+)?(?-i:bibliotheek)\s+(?!(?:hier|daar|zelf|ook|nog|maar|en|in|op|van|voor|te|die|dat|is|was|om|met|of|als|bij"
                  r"|werk|aan|niet|al|wel)\b)[a-zà-ÿ][a-zà-ÿ-]{3,}(?=\s+(?:maar|en|in|te)\b|[ \t]*[,.;!\n]|$)")
_I_AM_AT_LOWER_LIBRARY = re.compile(r"\b(?i:ik ben|i am|i'm)(?:\s+[\w-]+){0,2}?\s+((?:" + _SELF_ROLE + r"))\s+(?i:bij|van|at)\s+(" + _LOWER_LIBRARY + ")")
_TRAILING_SMALL_WORDS = re.compile(r"(?:\s+(?:&|van|voor|het|de|der|en|and|of|the|for|'t|'s))+$")


# A school written all in lower case, as a hurried teacher types: 'ik ben ib'er op cbs de wegwijzer in ede'.
_LOWER_SCHOOL_AT = re.compile(rf"\b(?i:ik ben|i am|i'm)\s+((?:[\w'-]+\s+){{0,2}}?[\w'-]+)\s+(?i:op|bij|at|van)\s+"
                              rf"((?i:{_SCHOOL_KINDS})\s+[a-zà-ÿ'][\w'-]*(?:\s+(?!in\b|te\b)[a-zà-ÿ'][\w'-]*){{0,3}})")


# A school with its article, in the writer's own sentence: 'ik werk als leerkracht groep 4 op cbs de regenboog in nijkerk',
# "i'm an intern begeleider at obs de fontein in breda". The kind and the article ('cbs de …') say it is a school's name,
# with no domain to vouch for it; one word after the article, as the place may follow.
_MY_SCHOOL_WITH_ARTICLE = re.compile(rf"\b(?i:ik ben|ik werk|i am|i'm|i work)\b[^.!?\n]{{0,60}}?\b(?i:op|bij|at)\s+"
                                     rf"((?i:{_SCHOOL_KINDS})\s+(?i:de|het|'t)\s+[^\W\d_][\w'-]*)\b")


_WORD_RUN = re.compile(r"[^\W\d_][\w'-]*")


def _words_the_domain_spells(text: str, email: str | None) -> str | None:
    """Two to five words in a row whose letters are the mail domain's, a school's kind or a library word first:
    'obs de tweemaster' for …@obsdetweemaster.…, 'bibliotheek aanzee' for …@bibliotheekaanzee.…."""
    domain = _domain_letters(email)
    if len(domain) < 8 or not re.match(r"(?:[ocrk]bs|pcbs|rkbs|sbo|ikc|kc|bibliotheek|bieb)", domain) or domain[:3] not in text.lower():
        return None
    words = list(_WORD_RUN.finditer(text))
    for i, first in enumerate(words):
        if not domain.startswith(_letters(first.group(0))):
            continue
        for j in range(i + 1, min(i + 5, len(words))):
            if text[words[j - 1].end(): words[j].start()].strip(" \t-"):
                break  # a comma or a line between: not one name ('cbs de wegwijzer, ede')
            joined = _letters(text[first.start(): words[j].end()])
            if joined == domain:
                return text[first.start(): words[j].end()]
            if not domain.startswith(joined):
                break
    return None


def _lower_case_school(text: str, email: str | None) -> tuple[str | None, str] | None:
    """(role, school) the writer gives in lower case; the mail domain must start with the school's letters, which
    vouches for the words being its name."""
    if "bs " in text or "BS " in text or "kc " in text or "KC " in text:
        if found := _MY_SCHOOL_WITH_ARTICLE.search(text):
            return None, found.group(1)
    domain = _domain_letters(email)
    if len(domain) < 6 or domain[:3] not in text.lower():
        return None  # (the school's kind, that the domain starts with, is not in the text: most mails)
    found = _LOWER_SCHOOL_AT.search(text)
    if not found or not domain.startswith(_letters(found.group(2))):
        return None
    return found.group(1), found.group(2)


def _role_at_in_text(text: str) -> tuple[str, str] | None:
    """(role, organisation) the writer gives themself in a sentence of the text; 'de bibliotheek in Zeist' keeps
    its article (a description as written), a library's name loses it ('van de Bibliotheek X')."""
    found = _I_AM_ROLE_AT.search(text) or _I_TEACH_AT.search(text) \
        or ("bibliotheek " in text and _I_AM_AT_LOWER_LIBRARY.search(text) or None)
    if not found or _PROGRAMME.match(found.group(2)):
        return None  # 'als coördinator van de Bibliotheek op school': a programme, not an employer
    org = _TRAILING_SMALL_WORDS.sub("", found.group(2).strip())
    if not re.fullmatch(_LIBRARY_IN_PLACE, org):
        org = re.sub(r"^(?:de|het|the|The)\s+", "", org)  # not a school's capital 'De': 'bij De Regenboog'
    return (found.group(1), trimmed_org(org)) if org and not ROLE_WORDS.search(org) else None


# An organisation the writers say they are of, in running text, by a kind word and its name ('gemeente Barneveld', 'KBS De
# Kleine Prins') or by capitalised words alone where the sentence says it is their employer ('Leescentrum Kop van Noord-Holland').
_KIND_WORD = rf"(?i:gemeente|provincie|municipality[ \t]+of|stichting|basisschool|leescentrum|taalhuis|cultuurhuis|{_SCHOOL_KINDS})"  # 'Municipality of Hengelo'
_CAPITALISED_WORDS = r"[A-ZÀ-Ý][\w'-]*(?:[ \t]+(?:(?:van|de|het|der|en|aan|op|&)[ \t]+)?[A-ZÀ-Ý][\w'-]*){0,4}"
_KIND_NAMED = rf"{_KIND_WORD}[ \t]+{_CAPITALISED_WORDS}"
# A library service known by a one-word brand on 'Biblio', with its region: 'Biblionet Drenthe', 'BiblioPlus'.
_BIBLIO_BRAND = r"Biblio(?!the)[\w-]+(?:[ \t]+[A-ZÀ-Ý][\w'-]*){0,2}"
ORG_BY_KIND = _KIND_NAMED  # for attendees: an organisation a person is of, in running text
_OWN_ORG_SAID = re.compile(
    # 'We both work for Leescentrum X', 'Wij werken allebei bij gemeente Y', 'I work at Z'
    # (or the colleague they sign up: 'Hij werkt bij gemeente Assen'; a teacher 'op' a school)
    rf"\b(?:(?i:we|wij|i|ik)[ \t]+(?:(?i:both|all|allebei|beiden|allemaal)[ \t]+)?(?i:work|werk|werken)|(?i:werkzaam)"
    rf"|(?i:hij|zij|ze|he|she)[ \t]+(?i:werkt|works))[ \t]+"
    # their role may come between, and an article before a kind word: 'I work as policy officer education at the Municipality of X'
    rf"(?:(?i:as|als)(?:[ \t]+[a-zà-ÿ][\w-]*){{1,4}}?[ \t]+)?"
    rf"(?:(?i:both|all|allebei|beiden|allemaal)[ \t]+)?(?i:for|at|bij|op)[ \t]+(?:(?i:the|de|het)[ \t]+(?={_KIND_WORD}))?"
    rf"({LIBRARY_NAME}|{_KIND_NAMED}|{_CAPITALISED_WORDS}|(?i:the)[ \t]+{_NAMED_SCHOOL})"  # 'I work as a librarian at the Deutsche …'
    # what 'our school' is, after a comma: 'Our school, the International School of The Hague, would like …'
    rf"|\b(?i:our|onze)[ \t]+(?i:school|library|bibliotheek)[ \t]*,[ \t]+(?:(?i:the|de|het)[ \t]+)?({LIBRARY_NAME}|{_KIND_NAMED}|{_NAMED_SCHOOL})[ \t]*,"
    # the staff of a school: 'Please register the following staff members of Amity International School Amsterdam'
    rf"|\b(?i:staff|staff[ \t]+members|teachers|leerkrachten|medewerkers)[ \t]+(?i:of|from|at|van|bij|op)[ \t]+(?:(?i:the|de|het)[ \t]+)?({_NAMED_SCHOOL})"
    # for whom they write, or where they come from, by a kind word: 'Namens OBS De Linde …', 'Vanuit de gemeente Assen …',
    # 'We are from Leescentrum …' (not a bare place: 'We are from Assen')
    rf"|\b(?i:namens|vanuit|on behalf of)[ \t]+(?:(?i:de|het|the)[ \t]+)?({_KIND_NAMED}|{_BIBLIO_BRAND})"  # 'namens Biblionet Drenthe'
    rf"|\b(?i:we are|we're|wij zijn|we zijn|i am|i'm|ik ben)[ \t]+(?:(?i:both|all|allebei|beiden|allemaal)[ \t]+)?(?i:from|van|at|op)[ \t]+"
    rf"(?:(?i:de|het|the)[ \t]+)?({_KIND_NAMED})"  # "We're both at OBS Het Mozaïek in Utrecht"
    # their role there: 'Ik ben beleidsadviseur bij de gemeente Assen', 'I'm a teacher at OBS De Linde'
    rf"|\b(?i:ik ben|i am|i'm)[ \t]+(?:[\w-]+[ \t]+){{1,3}}?(?i:bij|van|at|for|of)[ \t]+(?:(?i:de|het|the)[ \t]+)?({_KIND_NAMED})"
    # the team they are there: "We're the reading team at International School Twente", 'Wij zijn het leesteam van OBS De Linde'
    # (a name without a library word only with a word that says what it is: not a bare place)
    rf"|\b(?i:we're|we are|wij zijn|we zijn)[ \t]+(?i:the|de|het)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?i:team|staff|werkgroep|\w+team)[ \t]+"
    rf"(?i:at|of|bij|van|op)[ \t]+(?:(?i:the|de|het)[ \t]+(?=[A-ZÀ-Ý]))?({LIBRARY_NAME}|{_KIND_NAMED}"
    rf"|(?=[^\n.!?,]{{0,40}}?\b(?i:school|library|college|academy|institute)\b){_UNNAMED_ORG.pattern})"
    # what they both are there, a role in the plural: 'Wij zijn samen de leescoördinatoren van OBS De Triangel in Drachten'
    rf"|\b(?i:wij zijn|we zijn|we're|we are)[ \t]+(?:(?i:samen|allebei|beiden|both)[ \t]+)?(?i:de|het|the)[ \t]+[\w-]+[ \t]+"
    rf"(?i:at|of|bij|van|op)[ \t]+(?:(?i:the|de|het)[ \t]+(?=[A-ZÀ-Ý]))?({LIBRARY_NAME}|{_KIND_NAMED})"
    # 'Wij (KBS De Kleine Prins) willen graag …': who 'we' are, in brackets
    rf"|\b(?i:wij|we)[ \t]*\([ \t]*({LIBRARY_NAME}|{_KIND_NAMED}|[A-Z]{{2,5}})[ \t]*\)"  # (not 'Wij (Anke en Pieter)': people;
    # the letters a library goes by are: 'Wij (OBA) komen met z'n tweeën')
    # under a list of people: 'Beiden gemeente Barneveld.', 'Both from Bibliotheek X.'
    rf"|(?:^|(?<=[.!?][ \t])|(?<=\n))(?i:beiden|allebei|allen|allemaal|both|all)[ \t]+(?:(?i:van|bij|from|at|of)[ \t]+)?({LIBRARY_NAME}|{_KIND_NAMED})"
    # who 'we' are, a school or library by its name, to the end of the sentence: 'We are the British School in the
    # Netherlands, Junior School Leidschenveen.' (a capital after the article; a kind word in the name)
    rf"|(?:^|(?<=[.!?][ \t])|(?<=\n))(?i:we are|we're|wij zijn|we zijn)[ \t]+(?i:the|de|het)[ \t]+"
    rf"((?=[A-ZÀ-Ý])(?=[^\n.!?]{{0,60}}?\b(?i:school|library|college|academy|bibliotheek)\b)[^\n.!?()]{{3,90}}?)(?=[ \t]*[.!?\n])")


def _own_org_said(text: str) -> str | None:
    """The organisation the writers say they are of, without its article: 'wij werken bij de Bibliotheek X'."""
    found = _OWN_ORG_SAID.search(text)
    if not found:
        return None
    org = _TRAILING_SMALL_WORDS.sub("", next(g for g in found.groups() if g).strip())
    return trimmed_org(re.sub(r"^(?:de|het|the)\s+", "", org)) or None


# The writer signs up and says what they are in brackets, in the same sentence: 'ik meld me aan voor het webinar
# (adjunct-directeur Forum Zoetermeer)', 'please register me (director, Library X)'.
_SIGN_UP_THEN_BRACKETS = re.compile(r"\b(?i:meld|schrijf|register|sign|add)\w*\s+(?:(?i:ik|u|je)\s+)?(?i:me|mij|mijzelf|mezelf|myself)\b"
                                    r"[^.!?\n()]{0,80}\(\s*([^()\n]{3,80}?)\s*\)")


def _bracketed_after_sign_up(text: str) -> tuple[str | None, str] | None:
    """(role, organisation) in brackets after the writer's own sign-up; the organisation may lack a library word,
    after a role word it is the employer ('adjunct-directeur Forum Zoetermeer')."""
    found = _SIGN_UP_THEN_BRACKETS.search(text)
    if not found:
        return None
    role, org = split_role_organisation(found.group(1))
    if role and not org and (split := _role_then_name(role)):
        role, org = split
    return (role, org) if org else None


# A library by its name in running text (not a 'Stichting', which may be the organiser, nor 'de Bibliotheek op school').
_A_LIBRARY = re.compile(r"\b(?i:bibliotheek)(?:\s+[A-ZÀ-Ý][\w'-]*(?:\s+(?:en|aan|de|op|van|&)\s+[A-ZÀ-Ý][\w'-]*)?)+")  # 'Bibliotheek Lek & IJssel'


def _only_library(text: str) -> str | None:
    """The one library a writer names when their signature gives a role but no organisation: the one they
    speak for. Two or more, and it may be anyone's."""
    found = {m.group(0) for m in _A_LIBRARY.finditer(text)} if "ibliotheek" in text else set()
    return found.pop() if len(found) == 1 else None


def _described_after_name(text: str, name: str) -> tuple[str | None, str | None]:
    """(role, library) the writer gives right after their own name in the text, as a sign-up of one line does:
    'Priscilla Tjon-A-Fat, directeur Bibliotheek Almere Haven.', or a phone's run-on 'groeten Hüseyin Aydın directeur
    bibliotheek Zuid-Kennemer'. Only a role and a library's name, up to the end of the sentence."""
    end = 0
    for start, stop in _written_with_initials(name, text):
        if start < end or not (match := _DESCRIPTION.match(text, stop)):
            continue  # inside the sentence just read, or nothing after the name
        end = match.end()
        described = _TRAILING_SYMBOLS.sub("", match.group(1))  # '… - Anouk de Haan, Bibliotheek Gouda-Oost ✅'
        role, org = split_role_organisation(described.strip())
        if org and _ends_in_library(org) and described.startswith((role or org).split()[0]):
            return role, org
        if at := _ROLE_AT_NAMED.fullmatch(described.strip()):
            return at.group(1), at.group(2)  # "Jess O'Connor, teacher at Het Palet (Leiden)"
    return None, None


# The writer's name at the end of the text, then who they are, as a sign-off run on in one line: 'Regards, Rahul
# Desai – director, BplusC', 'Margaret (director, Bibliotheek Zuid-Kennemerland)', 'groet peter kraaijeveld,
# bibliotheek oostland (directeur)'. The description ends its sentence or line.
_SIGNED_OFF = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+[–—-][ \t]+|[ \t]*\([ \t]*)([^\n.!?]{3,90})")
_SIGN_OFF_REACH = 200  # the sign-off is in the text's last lines
_ORG_THEN_ROLE = re.compile(r"([^()]+?)\s*\(([^()]+)\)")  # 'bibliotheek oostland (directeur)'
_SCHOOL_IN_PLACE = re.compile(rf"((?i:{_SCHOOL_KINDS})\s.+?)\s+in\s+[A-ZÀ-Ý][\w'-]+")  # 'OBS De Triangel in Zeist': the school
_ROLE_THEN_SCHOOL = re.compile(rf"((?i:{SCHOOL_ROLE})(?:\s+[\w/-]+){{0,2}}?)\s+((?i:{_SCHOOL_KINDS})\s+\S.*)")


def _signed_off_in_text(text: str, name: str) -> tuple[str | None, str] | None:
    """(role, organisation) the writer gives after their own name (in full or the first name, in any case) in a
    sign-off run on at the end of the text; the organisation as written."""
    start = max(0, len(text) - _SIGN_OFF_REACH)
    tail = text[start:].lower()
    for needle in dict.fromkeys((name.lower(), name.split()[0].lower() if name.split() else "")):
        at = tail.rfind(needle) if len(needle) > 2 else -1
        if at < 0 or (at and tail[at - 1].isalnum()) or not (found := _SIGNED_OFF.match(text, start + at + len(needle))):
            continue
        described = found.group(1).strip().rstrip(")").strip() if "(" in found.group(0)[:3] and "(" not in found.group(1) \
            else found.group(1).strip()
        if said := _described_as(described):
            return said
    return None


def _described_as(described: str) -> tuple[str | None, str] | None:
    """(role, organisation) of a sign-off's description: 'director, BplusC', 'intern begeleider obs de boomgaard',
    'bibliotheek oostland (directeur)', 'Oak International School, library'."""
    if (pair := _ORG_THEN_ROLE.fullmatch(described)) and ROLE_WORDS.search(pair.group(2)) \
            and (_LIBRARY_LINE.fullmatch(pair.group(1)) or split_role_organisation(pair.group(1))[1] == pair.group(1)):
        return pair.group(2), pair.group(1)
    if "(" in described:
        return None
    role, org = split_role_organisation(described)
    if org:
        return role, (in_place.group(1) if (in_place := _SCHOOL_IN_PLACE.fullmatch(org)) else org)
    first, comma, rest = described.partition(",")
    if comma and ROLE_WORDS.search(first) and _ONE_WORD_BRAND.fullmatch(rest.strip()):
        return first.strip(), rest.strip()  # 'director, BplusC'
    if school := _ROLE_THEN_SCHOOL.fullmatch(described):
        return school.group(1), school.group(2)
    return None


def _ends_in_library(org: str) -> bool:
    """Is this a library's name, maybe with the words its signature line puts before it: 'Bibliotheek Almere Haven',
    'Nieuwe Bibliotheek Almere', 'SCHUNCK Bibliotheek Heerlen' (split_role_organisation judged those words), or a
    library service's brand: 'Biblionet Drenthe'."""
    return any(found.end() == len(org) for found in _LIBRARY.finditer(org)) or bool(_BIBLIO_BRAND_NAME.fullmatch(org))


_BIBLIO_BRAND_NAME = re.compile(_BIBLIO_BRAND)  # a library service by its brand: 'Biblionet Drenthe'


_DESCRIPTION = re.compile(r"[ \t]*,?[ \t]+([^\n.!?]{3,80})")
# A role and where, after the writer's own name: 'teacher at Het Palet (Leiden)', 'leerkracht op De Regenboog'. The
# school may go by its name alone; its place may follow in brackets.
_ROLE_AT_NAMED = re.compile(rf"((?i:{SCHOOL_ROLE}|{_SELF_ROLE})(?:\s+[\w/-]+){{0,3}}?)\s+(?i:at|op|bij)\s+(?:(?i:the)\s+)?"
                            rf"({_A_SCHOOL}|{_SCHOOL_CALLED.pattern})(?:\s*\([^()]*\))?")
_LIBRARY = re.compile(LIBRARY_NAME)
# A subject's decoration after the last word: an emoji, a tick, '!!'.
_TRAILING_SYMBOLS = re.compile(r"[^\w)]+$")
_WORD_OR_DOT = re.compile(r"[\w.]")


def _written_with_initials(name: str, text: str) -> list[tuple[int, int]]:
    """Where the text writes the writer's name as they write it in a hurry, as (start, end) in the order a regex
    would try them: in full, or their first name cut to its initial ('F. el Khatib, directeur Bibliotheek
    Oostvaarders' from Fatima el Khatib; 'J.W. Postma' from Jan-Willem). Found without a pattern per name, whose
    compiling cost more than the search."""
    first, _, rest = name.partition(" ")
    hurried = rest and first[:1].isalpha()
    found = [(at, 0, at + len(name)) for at in occurrences(name, text)]
    if hurried:
        letters = [part[0] for part in first.split("-") if part]
        found += [(at, 1, stop) for at in occurrences(letters[0] + ".", text) if (stop := _initials_then(letters, rest, text, at))]
    return [(start, stop) for start, _, stop in sorted(found)
            if not hurried or not (start and _WORD_OR_DOT.match(text, start - 1))]  # not inside a word or initials


def occurrences(needle: str, text: str) -> list[int]:
    """Every place the text holds ``needle``, overlapping ones too: a plain find, where a pattern per name would
    cost a compile per person."""
    found, at = [], text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _initials_then(letters: list[str], rest: str, text: str, at: int) -> int | None:
    """The end of 'J.W. Postma' / 'J. W.Postma' at ``at`` (initials, each but the last followed by at most one
    space, then spaces or tabs, then the rest of the name), or None."""
    for i, letter in enumerate(letters):
        if not text.startswith(letter + ".", at):
            return None
        at += 2
        if i < len(letters) - 1 and text[at:at + 1].isspace():
            at += 1
    while text[at:at + 1] in (" ", "\t"):
        at += 1
    return at + len(rest) if text.startswith(rest, at) else None


QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)


def _signed_in_full(quoted: str, first: str, email: str | None) -> str | None:
    """'Best, Tom' over a disclaimer and then 'Tom Henderson MA' / 'Head of Partnerships' (the client put the full
    signature below the line): the line of that name in full, when the sender's address spells its surname."""
    local = (email or "").split("@")[0].lower()
    for at in occurrences(first, quoted):
        if _starts_line(quoted, at) and (rest := _REST_OF_NAME_LINE.match(quoted, at + len(first))):
            words = rest.group(1).split()
            if any(len(w) > 2 and w.lower() in local and w[0].isupper() for w in words):
                return first + rest.group(1)
    return None


_REST_OF_NAME_LINE = re.compile(r"((?:[ \t]+[A-ZÀ-Ýa-z][\w'-]*){1,3})[ \t]*$", re.M)  # 'Tom' + ' Henderson MA', the line's end
_NAME_LINE_END = re.compile(r"[ \t]*(?:\n|\|(?=[^\n]*$))", re.M)  # a line that is the name alone, or 'Naam | Functie | …'


def _starts_line(text: str, at: int) -> bool:
    """Does only blank or quote marks ('> ') come before ``at`` on its line?"""
    return not text[text.rfind("\n", 0, at) + 1: at].strip(" \t>")


def signed_in_history(quoted: str, name: str) -> tuple[str | None, str | None]:
    """(role, organisation) under this name in the quoted history (or a forwarded copy): the writer's own earlier mail,
    'Kees Dijkhuizen' / 'interim-directeur' / 'Bibliotheek De Kempen-Oost', when today's reply is
    signed 'Kees' only. Only a line that is the name alone (or starts 'Naam | Functie | …') counts, so 'Beste Kees
    Dijkhuizen,' does not."""
    if name not in quoted:
        return None, None
    for at in occurrences(name, quoted):  # a line that is the name, or 'Naam | Functie | Bibliotheek …'
        if not (_starts_line(quoted, at) and _NAME_LINE_END.match(quoted, at + len(name))):
            continue
        line_start = quoted.rfind("\n", 0, at) + 1
        block = QUOTE_MARKS.sub("", "\n".join(quoted[line_start:].split("\n", 5)[:5])).split("\n\n", 1)[0]
        _, role, org = signature_facts("\n" + block)
        if org:
            return role, org
    return None, None


def signed_under(text: str) -> tuple[str | None, str | None, str | None]:
    """(name, role, organisation) of whoever signed this text, a forwarded message: under a closing
    formula, or else in a last block of short lines ('Roy' / '' / 'Roy Pinas' / 'directeur a.i.' / 'Bibliotheek …').
    Only their own text: not the signature of the invitation they answered, quoted under it ('Van: Maaike …')."""
    text = split_quoted(text)[0] or text
    facts = signature_facts(split_signature(text)[1])
    if facts[1] or facts[2]:
        return facts
    block = signature_facts("\n" + _closing_block(text))
    return (facts[0] or block[0], block[1], block[2]) if block[1] or block[2] else facts


_FORM_FIELD = re.compile(r"^\s*(Naam|Name|Organisatie|Organisation|Organization|School|Bibliotheek|Library)\s*:[ \t]*(\S[^\n]{1,80})$", re.M | re.I)


def _closing_block(text: str) -> str:
    """The last paragraph when it is a few short lines ('Meryem Koç / Managementassistent | Bibliotheek
    Oostvelden'): a signature under a closing that parse did not recognise. A long line of links
    ('LinkedIn<https://…> | bibliotheek….nl<https://…>') does not stop it."""
    paragraphs = [b.strip() for b in _BLANK_LINE.split(text.strip()) if b.strip()]
    while len(paragraphs) > 2 and (len(paragraphs[-1]) > 120 and _DISCLAIMER.search(paragraphs[-1][:200])
                                   or all(_CONTACT_DETAIL.search(ln) for ln in paragraphs[-1].split("\n"))
                                   and not _signed_in_cells(paragraphs[-1])):  # 'Naam | interim-directeur Bibliotheek X | 06 …'
        paragraphs.pop()  # 'Postadres: Postbus 301, …' / 'T 0181 …' and 'Dit bericht is uitsluitend bestemd …' under it
    paragraphs = _lines_as_paragraphs(paragraphs)
    if paragraphs and (signed := _signed_inline(paragraphs[-1])):
        return signed
    for block in reversed(paragraphs[-2:]):
        lines = block.split("\n")
        if len(lines) >= 3 and _CLOSING_WORDS.match(lines[0]):
            block, lines = "\n".join(lines[1:]), lines[1:]  # 'Tot dan,' / 'Hans Blom' / 'directeur …'
        if len(lines) <= 6 and all(len(ln) <= 80 or _NOT_A_NAME_LINE.search(ln) for ln in lines) and (_looks_like_name(
                trailing_name(lines[0]) or clean_name(lines[0]) or lines[0])
                or _signed_in_cells(lines[0]) and " " in lines[0].split("|")[0].strip()) and len(lines) >= 2:  # (not 'Naam | …')
            return block  # 'mr. drs. P.J. (Pieter-Jan) …', 'Sanne Koning | directeur' / 'Bibliotheek Kennemerwaard, …'
        if len(lines) == 1 and _signed_in_cells(lines[0]):
            return block
    if paragraphs and (signed := _signed_under_sentence(paragraphs[-1].split("\n"))):
        return signed
    return ""


def _signed_under_sentence(lines: list[str]) -> str:
    """A phone's mail with no blank line: 'Aanmelden webinar 28/3 graag.' / 'Fatma Kaya' / 'Bibliotheek Venlo-Oost'. After
    the last line that ends a sentence, a name and a role or organisation line under it are the signature: 'Goedemorgen,' /
    '… Jammer!' / 'Marloes Wijnen' / 'IB CBS Het Anker'; the name may follow a closing ('Gr, Sanne Kuipers')."""
    ends = [i for i, ln in enumerate(lines[:-2]) if ln.rstrip().endswith((".", "!", "?"))]
    if not ends or not 3 <= len(lines) - ends[-1] <= 5:
        return ""
    rest = [ln.strip() for ln in lines[ends[-1] + 1:]]
    rest[0] = _CLOSING_WORDS.sub("", rest[0]).strip(" ,") if _CLOSING_WORDS.match(rest[0]) else rest[0]
    name, comma, role = rest[0].partition(",")
    if comma and ROLE_WORDS.search(role):
        rest[0] = name  # 'Femke Smit, leesconsulent' / 'Bibliotheek Oosterschelde': the name and her role, the library under them
    if not all(0 < len(ln) <= 80 for ln in rest) or not _looks_like_name(clean_name(rest[0]) or rest[0]):
        return ""
    return "\n".join([rest[0], *([role.strip()] if comma and rest[0] == name else []), *rest[1:]]) \
        if ROLE_WORDS.search(rest[1]) or ORG_START.search(rest[1]) else ""


# A closing line of its own: 'Hoogachtend,', 'Met vriendelijke groet,' (a formula ends on a comma).
_CLOSING_LINE = re.compile(r"[^\n]{2,40},[ \t]*")


def _lines_as_paragraphs(paragraphs: list[str]) -> list[str]:
    """Word's HTML puts an empty paragraph under every line, so its signature reaches us as one-line paragraphs:
    'Hoogachtend,' / 'drs. Wim Sluijter MBA' / 'Directeur/bestuurder'. Two to six short one-line paragraphs after a
    closing line are one signature block, when the first of them is no sentence ('Ik kom graag.' over 'Jan' is none)."""
    run = 0
    while run < min(len(paragraphs) - 1, 6) and "\n" not in paragraphs[-1 - run] and len(paragraphs[-1 - run]) <= 80:
        run += 1
        closing = paragraphs[-1 - run]
        if run >= 2 and "\n" not in closing and not paragraphs[-run].endswith((".", "!", "?")) \
                and (_CLOSING_LINE.fullmatch(closing) or _CLOSING_WORDS.match(closing)):
            return [*paragraphs[:-run], "\n".join(paragraphs[-run:])]
    return paragraphs


def _signed_in_cells(line: str) -> bool:
    """A signature on one line in cells, a name first: 'Layla Mansour | Director | Bibliotheek Westfriesland'."""
    cells = _SEPARATOR.split(line.strip()) if "|" in line and len(line) <= 120 else []
    return len(cells) >= 2 and _looks_like_name(cells[0]) and bool(ROLE_WORDS.search(line) or ORG_START.search(line))


# A closing formula inside the last line of text, as phones run it on: '… 28 maart. Mvg Elif Öztürk' / 'Bibliotheek Rijn
# en Vecht'. Only the formulas that end a mail (not 'thanks', which also starts a sentence: 'Thanks Jan Smit for …';
# its abbreviation 'Thx' does not).
_INLINE_CLOSING = re.compile(r"(?:^|\s)(?i:(?:met\s+)?(?:vriendelijke|hartelijke)\s+groet(?:en)?|groet(?:en|jes)?|mvg|m\.v\.g\.?"
                             r"|vr\.?\s?gr\.?|gr\.|grt\.?|(?:kind\s+|best\s+|warm\s+)?regards"
                             r"|thx|thnx|tnx)[,.!]?[ \t]+(?=[A-ZÀ-Ý])")  # a phone's 'Thx, Rachid Benali': an abbreviation only closes


def _signed_inline(paragraph: str) -> str:
    """The name (and the lines under it) after the last closing formula of a paragraph, when it is a bare full
    name; a name with more after it on the line ('groeten Hüseyin Aydın directeur …') is left to describe_sender."""
    closings = list(_INLINE_CLOSING.finditer(paragraph)) if len(paragraph) < 2000 else []
    if not closings:
        return ""
    tail = paragraph[closings[-1].end():]
    lines = [ln.strip() for ln in tail.split("\n")]
    name, comma, rest = lines[0].partition(", ")
    role = ROLE_WORDS.search(rest) if comma else None
    if comma and (ORG_START.match(rest) or (role and role.start() == 0)):
        lines[:1] = [name, rest]  # '… Groet Marjolein Veldhuis, Bibliotheek Hof van Twente-Noord': the name, then what she is
    if len(lines) > 4 or not NAME.fullmatch(lines[0]) or " " not in lines[0] or ROLE_WORDS.search(lines[0]) \
            or ORG_START.search(lines[0]):
        return ""
    return "\n".join(lines)


_TWO_SURNAMES = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'-]+ [A-ZÀ-Ý][a-zà-ÿ'-]+")  # the Spanish two surnames: 'Ruiz Fernández'


# Surname, its particles, a dash and the given name, as member and HR systems list people: 'Jong, de - Marieke'.
_ADMIN_ORDER = re.compile(rf"^([^,]+),\s*((?:(?:{PARTICLE})\s+)*(?:{PARTICLE}))\s+-\s+([^\W\d_][\w-]*)$", re.I)


def turned_round(written: str) -> str:
    """A form's 'Naam: Jong, de - Marieke' as the person is called; any other form name as written (a form's
    'Naam: Piet Jansen, directeur' is no 'Last, First')."""
    return display_name(written) or written if _ADMIN_ORDER.match(" ".join(written.split())) else written


def display_name(name: str | None) -> str | None:
    """'Vries, Ellen de' (Outlook) -> 'Ellen de Vries', 'Dam, H. van (Henriëtte)' -> 'Henriëtte van Dam';
    an address used as a name is no name."""
    if not name or "@" in name:
        return None
    if "=?" in name:  # a forwarded 'Van:' line copied with its MIME encoding: '=?utf-8?Q?Fatma_Y=C4=B1ld=C4=B1r=C4=B1m?='
        name = _decoded(name)
    name = " ".join(name.strip(" '\"").split())
    name = _ADMIN_ORDER.sub(r"\1, \3 \2", name)  # 'Jong, de - Marieke' (a member system's list) -> 'Jong, Marieke de'
    if name.count(",") == 2:
        last, middle, given = (part.strip() for part in name.split(","))
        if middle and all(w.lower() in PARTICLES for w in middle.split()):
            name = f"{last}, {given} {middle}"  # 'Berg, van den, A.M.' (a directory's order) -> 'Berg, A.M. van den'
    if name.count(",") == 1:
        last, first = (part.strip() for part in name.split(","))
        parts = first.split()
        particles = [w for w in parts if w.lower() in PARTICLES]
        given = [w for w in parts if w.lower() not in PARTICLES]
        if given and (" " not in last or re.fullmatch(r"[\w'-]+-(?:\w+\s)*\w[\w'-]*", last)
                      or all(w.lower() in PARTICLES for w in last.split()[:-1])  # 'van Leeuwen, Marieke'
                      or _TWO_SURNAMES.fullmatch(last) and len(given) == 1 and not ORG_WORDS.search(name) and not is_department(last)):  # 'Ruiz Fernández, Lucía'
            name = " ".join([*given, *particles, last])  # 'Vos-de Boer, Jacqueline': a double surname
    return clean_name(name) if "(" in name else uncapped(name) or None  # 'A.M. (Anne-Marie) de Groot' -> 'Anne-Marie de Groot'


def _decoded(header: str) -> str:
    """An RFC 2047 encoded word as text; as it was when it cannot be read."""
    try:
        return str(make_header(decode_header(header)))
    except (ValueError, LookupError, UnicodeDecodeError):
        return header

"""Who a sign-up or cancellation is for: names, addresses, organisations and roles in the text and signature.

Pure string work on a ParsedMail, for classify. A person named without an address is still a
person (email None): decide registers them through the sender.
"""

from __future__ import annotations

import re
from dataclasses import replace
from email.utils import getaddresses

from .lists import first_name_in_full as _in_full, listed_people, person_at, whole_word_at as _whole_word_at
from .names import NAME, NOT_NAMES, PARTICLE, PARTICLES, UPPER, clean_name, is_body, is_department, same_name, same_person_fuller, titled, trailing_name
from .parse import ParsedMail, split_signature
from .phrases import Phrases, any_of
from .recase import is_name_word, recased, written_in_lower_case
from .signatures import EMAIL, FIELD_OF_WORK, LIBRARY_NAME, ORG_BY_KIND, ORG_REMARK, ORG_START, ORG_WORDS, QUOTE_MARKS, ROLE_WORDS, SCHOOL_NAME, display_name, library_spelled_by_domain, name_spelled_by_domain, occurrences, org_by_initials, signed_under, split_role_organisation, trimmed_org
from .understanding import Attendee, Hit


_ON_BEHALF = any_of(r"\bnamens\b", r"\bon behalf of\b", r"\bvoor (?:mijn|onze) (?:directeur|directrice|manager|bestuurder)",
                    r"\bfor (?:my|our) (?:director|manager|ceo)", r"\bmijn directeur", r"\bmy director")
# The Flemish polite wish: 'Graag had ik mij ingeschreven voor de gesprekstafel' (I would like to register).
_HAD_ME_REGISTERED = r"\b(?:had|zou)\s+ik\s+(?:mij|me)\s+(?:graag\s+)?(?:willen\s+)?(?:ingeschreven|aangemeld|inschrijven|aanmelden)\b"
# The first person and 'along' as Limburg and German mail write them: 'ich neem Jeannine Coumans mit'.
_I = r"(?:ik|ich)"
_ALONG = r"(?:mee|mit)"
# The writer marks their own name among others: 'the registrations of Rachel Kramer (me) and Ahmed Bouzid', 'Lies Dam (ikzelf)'.
_ME_IN_BRACKETS = (r"\(me\)|\(myself\)|\(ik\)|\(ikzelf\)|\(mijzelf\)|\(mezelf\)|\(zelf\)|\(that's me\)|\(that is me\)|\(dat ben ik\)"
                   r"|\(dat ben ik zelf\)")  # each a literal: the table's fast filter
_SELF_TOO = any_of(_HAD_ME_REGISTERED, r"\bcount me in\b", r"\b(?:en|én|ook|plus)\s+(?:mijzelf|ikzelf|mezelf|ondergetekende)\b", r"\b(?:ikzelf|mijzelf|mezelf)(?:\s+(?:en|én)|\s*[,+&])",  # 'komen we met drie: ikzelf, Saskia en …', 'ikzelf + Ilse Veldhuis'
                   r"\bik\s+kom\s+zelf\b(?!\s+niet)", r"\b(?:en|and)\s+(?:ik|i|myself)\s*,\s*(?-i:[A-ZÀ-Ý])[\w'-]+\s+(?:(?:van|de|der|den)\s+)*(?-i:[A-ZÀ-Ý])",
                   # '… en ik, Wendy Pronk.': the writer, named last in her own list
                   r"\bsign\s+me\s+up\b[^.?!\n]{0,60}?(?:\+|\band\b|\bplus\b|&)", r"\bsign\s+me\s+up\b[^?!\n]{0,60}?[.!]\s+and\s+[^.?!\n]{1,40}?\btoo\b",  # 'pls sign me up … +
                   # my colleague Tessa'
                   r"\bik\s+kan\s+(?:dus\s+|nu\s+)?(?:toch|alsnog)\b(?!\s+niet)",  # 'Ik kan dus toch! Graag weer aanmelden. Mijn collega … ook'
                   r"\ben\s+ik\s+(?:ons|onszelf)\b",  # 'melden mijn collega Tjeerd Visser en ik ons graag aan'
                   r"\bik\s+(?:kijk|luister|doe|schuif|sluit)\s+zelf\s+ook\s+(?:mee|aan)\b",  # 'Ik kijk zelf ook mee.'
                   r"(?:^|(?<=[.!?]\s)|(?<=\n))(?i:wij|we)\b[^.?!\n]{0,80}\bmelden\s+ons\s+(?:\w+\s+)?aan\b",  # 'Wij, de twee co-directeuren …,
                   # melden ons graag aan' (the writer one of 'wij')
                   r"\bik\s+kom\s+graag\b", rf"\b{_I}\s+neem\b[^.?!\n]{{0,80}}\b{_ALONG}\b", r"\bplus\s+(?:me|myself|mij)\b",  # 'Names: A; B; plus me.'
                   # 'graag mij aanmelden voor de gesprekstafel op de 24e, plus mijn collega Ayşe Demir'
                   r"\b(?:mij|me)\s+(?:graag\s+)?aan\s*(?:te\s+)?melden\b[^.?!\n]{0,80}?\b(?:plus|samen\s+met|en\s+ook|alsook)\b",
                   r"\bik\s+kom\b[^.?!\n]{0,40}\ben\s+neem\b",  # 'Ik kom op de 24e en neem … mee'
                   r"\b(?<!\bto )(?:myself|me)\s+and\b(?!\s+i\b)",  # (not 'send the link to me and I'll forward it')
                   r"\bi(?:'d|\s+would)\s+like\s+to\s+(?:attend|join|come|register|sign\s+up)\b[^.?!\n]{0,50}?,?\s+(?:plus|along\s+with|together\s+with)\b",
                   # 'I'd like to attend, plus my colleague Lotte de Graaf (…)'
                   r"\b(?<!\baan )(?<!\bnaar )(?<!\bvoor )(?:mij|me|mijzelf|mezelf)\s+(?:en|&|\+)\s+(?=(?:mijn|onze)\s|(?-i:[A-ZÀ-Ý]))",  # 'Wil jij mij
                   # en Jeroen Lips (…) aanmelden?'
                   r"\b(?:wil|kun|kan|zou)\w*\s+(?:je|jij|u|jullie)\s+(?:mij|me)\s+(?:\w+\s+){0,4}(?:aanmelden|inschrijven|noteren)\b[^.?!\n]{0,40}\ben\s+ook\b",
                   # 'Wil je mij aanmelden voor 24 juni, en ook Hans Gerritsen, directeur van Rijnbrink?'
                   r"\b(?:myself|mezelf|mijzelf|ikzelf|ik|i|me|mij)\s*\([^()\n]{1,80}\)\s*(?:,?\s*(?:and|en|&)\s|,\s*(?-i:[A-ZÀ-Ý]))",  # 'myself (Olga
                   # Petrova, …) and my colleague', 'ik (Zoë Kuipers, intern begeleider) en mijn collega …', first in a list:
                   # 'Aanmelden graag voor 28/3: ik (Esra Yilmaz, manager educatie), Bram Kuiper en Lotte van Es'
                   r"\b(?:ik|i)\s+(?:kom|come|attend)\s+(?:zelf\s+)?(?:ook|too|as well)\b", r"\bik\s+kom\s+ook\b", r"\band myself\b", r"\bmyself too\b",
                   r"\b(?:ik|i)\b[^.?!\n]{0,80}\b(?:samen met|together with|met mijn collega|with my colleague)\b",
                   r"\b(?:i'm|i\s+am)\s+coming\s+with\b", r"\bik\s+kom\s+met\s+(?-i:[A-ZÀ-Ý])",
                   r"\b(?:sign\s+up|register|add)\s+\w+\s+(?:and|&)\s+me\b(?!\s+(?:know|up)\b)",  # 'please sign up Lotte and me'
                   r"\bmeld\w*\s+(?:ik\s+)?(?:me|mij|mijzelf|mezelf)\s+(?:[\w()'-]+\s+){0,8}aan\b", r"\bregister myself\b",
                   # 'noteert u graag mij én onze coördinator', 'zet u mij er ook bij', 'put me down too'
                   r"\b(?:mij|mezelf|mijzelf)\s+(?:en|én)\s+(?:ook\s+)?(?:mijn|onze|collega)\b",  # 'Willen jullie mij en collega Thijs … aanmelden?'
                   # the writer who asks to join, then 'Also signing up my colleague Julia Novak (…)'
                   r"\balso\s+(?:signing\s+up|registering|adding)\s+(?:my|our)\b",
                   # 'I'd like to join the webinar on the 28th. Could you please also register my colleague …'
                   r"\bi(?:'d| would) like to (?:join|attend|come)\b[^?!]{0,150}?\balso\s+(?:register|sign\s+up|add)\s+(?:my|our)\b",
                   r"\bzet\w*\s+(?:u\s+|je\s+|jullie\s+)?(?:mij|me)\s+(?:er\s+)?ook\s+(?:bij|op)\b",
                   r"\bput me (?:down )?(?:too|as well)\b",
                   r"\bi(?:'d| would) like to (?:register|attend|join)\b(?!\s+(?:him|her|them)\b|\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?(?-i:[A-ZÀ-Ý]))[^.?!\n]{0,40}\b(?:with|and)\b",
                   r"\bneem\w*\s+(?:ik\s+)?(?:mijn|onze)\s+(?:\w+\s+)?(?:collega|directeur|manager|adjunct\w*)\b[^.?!\n]{0,60}\bmee\b",
                   r"\bi(?:'d| would) like to (?:register|sign up|attend|join) for\b", r"\bi(?:'d| would) love to (?:join|attend|come)\b",
                   r"\bi(?:'m| am) registering (?:for|myself)\b", r"\bwill join me\b",
                   r"\b(?:mag|kun|kunt|wil|wilt)\s+(?:je|u|jij|jullie)\s+(?:mij|me)\s+(?:ook\s+|graag\s+|even\s+)*noteren\b",  # 'mag je mij noteren'
                   r"\b(?:mij|me)\s+(?:er\s+)?(?:ook\s+)?(?:bij|op de lijst)\s+(?:te\s+)?zetten\b",  # 'Kunnen jullie mij er ook bij zetten?'
                   r"\b(?:en|and)\s+(?:mij|me)\s+(?:op de lijst|aan\s*melden|noteren|inschrijven)\b",  # 'wil je marco en mij op de lijst zetten'
                   r"\b(?:komen|gaan)\s+ik\s+en\s+(?-i:[A-ZÀ-Ý])",  # 'Zo ja, dan komen ik en Sanne Kuipers graag'
                   r"\b(?:komt|gaat)\s+(?:ook\s+)?(?:met mij\s+)?mee\b",
                   # (not asking leave: 'Could I possibly come along as well to take notes, or is it strictly for directors?')
                   r"(?<!\bcould i )(?<!\bcan i )(?<!\bmay i )(?<!\bi possibly )(?<!\bi perhaps )\bcomes? along\b", r"\b(?:wil|zou)\s+(?:ik\s+)?(?:mij|me)\s+(?:graag\s+)?(?:ook\s+)?aan\s*melden\b",
                   r"\b(?:doet|komt)\s+ook\s+mee\b", r"\bnaast\s+(?:mij|mijzelf)\b", r"\b(?:besides|as well as)\s+(?:me|myself)\b",
                   r"\ben ik\s+(?:\([^()\n]{1,60}\)\s+)?(?:zouden|willen|komen|melden|graag|allebei|beiden)\b",  # '… en ik (Lies Dam) komen'
                   r"\ben ik\s+(?:aan|mee\w*|samen|ook|sluiten|schuiven|doen|nemen|kijken)\b",  # '… Frank Geurts (…) en ik aan bij het webinar'
                   r"\ben ik\s*,\s*[^,.!?\n]{1,40},\s*(?:samen|ook|allebei|beiden|mee\w*|aan)\b",  # '… en ik, directeur-bestuurder, samen naar …'
                   r"\band I\s+(?:would|will|both)\b", r"\b(?:bring|brings|bringing)\s+(?:my|our)\s+(?:[\w-]+\s+)?(?:colleague|director|manager|deputy)\b",
                   r"\b(?<!\bnaar )(?<!\baan )(?<!\bto )(?<!\bvoor )(?<!\bfor )(?:ons|us)\s+(?:allebei|beiden|both|all)\b",  # (not 'De bevestiging mag
                   # naar ons allebei': where the mail goes)
                   r"\bwe(?:'d|'ll| would| will)?\s+both\b",  # "we'd both like to come"
                   r"\b(?:ik|i)\s+(?:kom|come)\s*,?\s+(?:en|and)\b",
                   # 'ik en mijn collega Özlem Kaya doen graag mee', 'Ik kom. Annemarie gaat ook mee',
                   # 'I would like to take part … Also please add my colleague', "I'll be there on the 24th. Bringing Erik too",
                   # 'wil ik graag mezelf aanmelden en twee collega's'
                   r"\b(?:ik|i)\s+(?:en|and)\s+(?:mijn|onze|my|our)\b", r"\bik\s+kom\s*[.!]",
                   r"\bi(?:'d| would) like to (?:take part|participate)\b", r"\bi(?:'ll| will) be there\b",
                   _ME_IN_BRACKETS,
                   r"\bi(?:'ll| will) (?:join|attend)\b",  # a hurried 'I will join to the roundtable of 24/6, also my colleague …'
                   r"\b(?:mezelf|mijzelf)\s+(?:\w+\s+){0,2}aan\s*(?:te\s+)?melden\b",
                   # 'Ik doe mee, en onze adviseur … ook', "I'd like to join as well"
                   r"\bik\s+(?:doe|schuif|sluit)\s+(?:(?:zelf|ook|graag|zeker|dan)\s+)*(?:mee|aan)\b",  # 'Ik doe graag mee', 'Ik schuif aan!'
                   # an impersonal request, then 'also for' someone: 'Ja graag, aanmelden svp. Ook voor mijn adjunct-directeur …'
                   r"\b(?:aanmelden|inschrijven|register|sign up)\b[^.?!\n@]{0,60}[.!]\s+(?:ook|also)\s+(?:graag\s+)?(?:voor|for)\s+(?:mijn|onze|my|our)\b",
                   # 'Dus ja: aanmelden graag. En mijn collega Gijs (g.vermaat@…) ook.'
                   r"\b(?:aanmelden|inschrijven)\b[^.?!\n@]{0,60}[.!]\s+en\s+(?:mijn|onze)\s+collega\b[^?!\n]{0,100}?\book\b",
                   r"\bi(?:'d| would) like to (?:join|attend|come)\s+(?:as well|too)\b",
                   # 'please include me' (not 'no need to include me in the mailing');
                   # a phone's shorthand for 'and': 'ik + Lotte Vermeer', 'me + my colleague Bram'
                   r"\b(?<!no need to )(?<!not )(?<!n't )(?:include|add|register|put)\s+me\b",
                   r"\b(?:ik|me|mij|mezelf|mijzelf|myself|i)\s*\+\s*(?=\w)", r"\+\s*(?:ik|ikzelf|mij|mezelf|mijzelf|me|myself)\b",
                   # under a list of others: 'Zelf kijk ik ook mee', 'Zelf kom ik ook'
                   r"\bzelf\s+(?:kijk|kom|doe|luister|schuif)\s+ik\s+ook\b",
                   # 'Graag schrijf ik mij in', 'meld ik me graag aan'; the writer who brings someone comes too:
                   # 'Ik zou ook graag onze stafmedewerker Wout Vanhoutte meebrengen', 'Ik zou Trees … willen meenemen'
                   r"\b(?:schrijf|meld|geef)\s+ik\s+(?:mij|me|mijzelf|mezelf)\b",
                   r"\bik\b[^.?!\n]{0,80}\b(?:meebrengen|meenemen|mee\s+(?:te\s+)?(?:brengen|nemen))\b",
                   # 'graag aanmelden voor mij en Kees de Wit', 'een plekje voor mij en voor onze adjunct', 'for me and Tom'
                   r"\bvoor\s+(?:mij|mezelf|mijzelf)\s+(?:en|én|&)\s", r"\bfor\s+(?:me|myself)\s+(?:and|&)\s",
                   # after signing up someone else: 'Kunt u mij dus ook aanmelden?', 'Could you register both of us?'
                   r"\b(?:mij|me)\s+(?:\w+\s+){0,2}ook\s+(?:aan\s*(?:te\s+)?melden|in\s*(?:te\s+)?schrijven)\b", r"\bregister both of us\b",
                   # the formal yes: 'I hereby confirm my attendance …, also on behalf of my colleague', 'bevestig ik hierbij mijn deelname'
                   r"\bconfirm\s+my\s+(?:attendance|participation|presence)\b",
                   r"\bbevestig\s+(?:ik\s+)?(?:hierbij\s+|graag\s+)*mijn\s+(?:aanwezigheid|deelname|komst)\b",
                   # the writer's own wish, then a colleague: 'Ik werk als … en wil graag het webinar … volgen. Mijn collega …'
                   r"\bik\b[^.?!\n]{0,120}\bwil\s+graag\s+(?:het|de)\s+\w+\b[^.?!\n]{0,80}\b(?:volgen|bijwonen)\b",
                   # a sentence that opens with the writer's sign-up, the subject left out: 'Registering for the round table on 24/6.'
                   r"(?:^|(?<=\n)|(?<=[.!?]\s))registering\s+for\b")
# In a cancellation only an explicit 'ikzelf': 'die ik samen met mezelf had aangemeld … kan niet. Ik kom wel.'
_SELF_TOO_CANCELLED = any_of(r"\b(?:en|ook)\s+(?:ikzelf|mijzelf|ondergetekende)\b", r"\b(?:ikzelf|mijzelf)\s+(?:en|én|als|,)",
                             r"\b(?:mij|me|mijzelf|mezelf|myself)\s+(?:en|and|&)\s+(?:mijn|onze|my|our)\s+(?:collega|colleague)\b",  # 'Wilt u mij en
                             # mijn collega Stijn Peters afmelden?'
                             r"\b(?:mezelf|mijzelf)\s+(?:en|&|\+)\s+[^.?!\n]{1,40}?\b(?:afmelden|af\s+te\s+melden|uitschrijven)\b",
                             r"\b(?:myself|me)\s+and\b", r"\bzowel\s+(?:ik|ikzelf|mijzelf|mij|mezelf)\b", r"\bboth\s+(?:myself|me|i)\b",
                             r"\ben ik\b(?!\s+(?:kom|ben|blijf|blijven))", r"\bons (?:allebei|beiden)\b", r"\bwe\s+(?:\w+\s+){0,2}allebei\b",
                             r"\band (?:myself|i|me)\b", r"\bik\s+(?:ook|evenmin)\s+niet\b", _ME_IN_BRACKETS,
                             r"\b(?:myself \(|me \(|ik \(|ikzelf \(|mijzelf \()[^()\n]{1,80}\)\s*,?\s*(?:and|en|&)\s",  # 'me (director) and …'
                             # (each branch a literal, 'me (': a word for the table's fast filter)
                             r"\b(?:neither|nor) (?:can|will) i\b",
                             # 'neither I nor my deputy director, Tom Verbeek, will be able to', 'noch ik, noch onze adjunct'
                             r"\bneither\s+(?:i|me|myself)\s+nor\b", r"\bnoch\s+(?:ik|ikzelf|mijzelf)\b",
                             # 'neither Mark nor I can make it … cancel both our registrations'
                             r"\bnor\s+(?:i|me|myself)\b", r"\bboth of us\b",
                             # (not 'the registrations of both our directors', the writer's bosses)
                             r"\bboth\s+our\s+(?:registrations?|places|spots|seats|bookings|sign-?ups)\b",
                             # "We've both been called into a meeting" (the writer and the one named)
                             r"\bwe(?:'ve|'re|'ll| have| are| will)?\s+both\b",
                             # the writer who stands in is away too: 'Ik neem zijn taken waar, maar zit die dag zelf op een congres.
                             # Wij moeten dus deze keer helaas verstek laten gaan'
                             r"\b(?:wij|we)\s+(?:moeten|zullen)\s+(?:\w+\s+){0,4}verstek\s+laten\s+gaan\b",
                             # the writer's own cancellation holds for another: 'I have to cancel …, and the same goes for my colleague'
                             r"\b(?:the same (?:goes|applies) for|(?:hetzelfde|dat|dit) geldt ook voor)\s+(?:my|our|mijn|onze)\b",
                             # the writer's own first: 'cancel my registration and that of my colleague Bart de Graaf',
                             # 'Helaas moet ik mij afmelden voor maandag. Dr. Klaus Weber … komt ook niet meer', 'Neither of us can'
                             r"\bmy\s+(?:registration|booking|place|seat)\s+and\s+(?:that|those)\s+of\b",
                             r"\bmijn\s+(?:aanmelding|inschrijving|plek|plaats)\s+en\s+(?:die|dat)\s+van\b",
                             r"\b(?:moet|wil|zal)\s+ik\s+(?:mij|me)\s+(?:helaas\s+|toch\s+)*afmelden\b",
                             r"\bik\s+(?:mij|me)\s+(?:helaas\s+|toch\s+)*(?:moet|wil)\s+afmelden\b", r"\bneither of us\b")
_TITLED = re.compile(r"\b(?:mevrouw|mevr\.|mw\.|de heer|meneer|dhr\.|mr\.|mrs\.|ms\.|mr|mrs|ms|prof\.?|drs\.?|dr\.?|ir\.)\s", re.I)  # 'Prof. Verbruggen'
# Where a person's name may follow, written with titles or initials: 'mevrouw', 'dhr.', 'drs.', 'ir.', 'R.J. (Robert)'.
_TITLE_OR_INITIALS = re.compile(r"\b(?i:mevrouw|mevr\.|mw\.|de heer|dhr\.|mr\.?|mrs\.?|ms\.?|prof\.?|dr\.?|drs\.?|ir\.|ing\.)\s"
                                r"|\b(?:[A-Z]\.){1,3}\s")
_HONORIFIC = re.compile(r"^(?:mevrouw|mevr\.?|mw\.?|de heer|dhr\.?|mr\.?|mrs\.?|ms\.?|dr\.?|drs\.?)\s+", re.I)


# Where the words before an address stop being about its person: 'namens', 'voor', a colon. 'van' only in
# lower case: 'Sofie Van Damme' is a name. And the end of a sentence before it: 'Seher, kan ik nog aansluiten? Dan kom
# ik samen met Wouter de Ruiter, onze … (w.deruiter@…)' is about Wouter, not the greeted Seher (a dot only after a
# lower-case word, not the dot of an initial or of 'mevr.': 'J. Jansen', 'mevr. Jansen').
_BEFORE_ADDRESS = re.compile(r"[:;]|[?!](?=\s)|(?<=[a-z]{4})(?<!mevr)(?<!prof)\.(?=\s+[A-ZÀ-Ý])"
                             r"|\b(?i:namens|voor|for|aan)\b|\b(?:van|is|of)\b")


# A sentence that ends between a titled name and an address: the address may be someone else's ('mevrouw X. Zij vroeg of
# haar adjunct, Erwin Haverkamp, … Zijn adres is …'), unlike 'Mr Okafor's e-mail address is …' in one sentence.
_ENDS_BEFORE = re.compile(r"[.!?]\s+(?=[A-ZÀ-Ý])")


# Another person named right after the titled one, before the address: ' and Tom Fielding (', ' en Kees de Wit ('.
_AND_ANOTHER = re.compile(r"\s*(?:,\s*)?(?:\ben\b|\band\b|&)\s+(?:(?i:mijn|onze|my|our)\s+[\w-]+\s+)?[A-ZÀ-Ý][\w'-]+(?:\s+[\w'-]+){0,3}\s*[(<:]?\s*$")


def _someone_else_between(line: str, titled_at: int, address_at: int) -> bool:
    """Does a later sentence name another person in full before the address? Then the address is theirs, not the titled
    person's ('… mevrouw O'Brien, our director, … on 28/3. She was registered as m.obrien@…' stays hers)."""
    titled_end = titled_at + person_at(line[titled_at: address_at])[1]
    if _AND_ANOTHER.match(line, titled_end, address_at):
        return True  # 'Please register Dr. Helen Marsh and Tom Fielding (t.fielding@…)': the address is Tom's
    ends = _ENDS_BEFORE.search(line, titled_end, address_at)
    if not ends:
        return False
    return any(" " in (person_at(m.group(0))[0] or "") for m in NAME.finditer(line, ends.end(), address_at))


# The recipient line of a quoted or forwarded header block ('Aan: info@bibliotheek….nl', 'To: …').
_MAIL_HEADER = re.compile(r"^\s*\**(?:aan|to)\s*:", re.I)
# The header of a message inside a forward, with its author: 'Van: Ahmet Çelik <a.celik@…>', 'From: "Dekker, L." <l.dekker@…>'.
_AUTHOR_HEADER = re.compile(r"^[ \t>]*\**(?:van|from)\s*:\**[ \t]*\"?([^<\[\n\"]*?)\"?[ \t]*[<\[](?:mailto:)?([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)[>\]]",
                            re.I | re.M)


# After a colleague's address, what they did: passed the invitation on, or told the writer about it.
_PASSED_ON = re.compile(r"[)>]?[^.?!\n]{0,40}\b(?i:stuurde\s+(?:me|mij|ons)|gaf\s+(?:me|mij|ons)\b[^.?!\n]{0,40}\bdoor|tipte|wees\s+(?:me|mij)"
                        r"|vertelde|told me|forwarded|passed on|sent me)")
# … unless the same sentence signs them up after all: '… stuurde mij de uitnodiging door en wil ook graag komen'.
_FOR_THEM = re.compile(r"^[^.?!\n]{0,120}\b(?i:aanmelden|inschrijven|register|sign (?:her|him|them) up|komt? (?:ook )?graag|wil(?:t)? (?:ook )?(?:graag )?(?:komen|mee)|would like to (?:come|attend|join))\b")


# Before an address, the one to turn to instead, as an out-of-office gives a stand-in: 'Voor dringende zaken kunt u contact
# opnemen met Desirée Koster, d.koster@…', 'please contact my assistant, …'. A contact, not someone who comes.
_CONTACT_INSTEAD = re.compile(r"\b(?i:contact\s+(?:opnemen|op)\s+met|terecht\s+(?:bij|via)|(?:zich\s+)?wenden\s+tot|please\s+contact"
                              r"|(?:can|may)\s+(?:also\s+)?contact|(?:can|may)\s+reach)\b[^.?!\n]{0,60}$")


# Before an address, where a copy of the confirmation should go: 'de bevestiging ook in kopie te bezorgen aan ons
# secretariaat (secretariaat@…)', 'please send a copy to my assistant, …'. Someone to inform, not someone who comes.
_COPY_TO = re.compile(r"\b(?i:in\s+(?:de\s+)?(?:kopie|cc)|(?:a\s+)?copy\s+(?:of\s+\w+\s+)?to|cc\s+(?:aan|naar|to)|kopie\s+(?:aan|naar))\b"
                      r"[^.?!\n@]{0,50}$")


# Before an address, the writer's own desk that the link should go to: 'Kunt u de link sturen naar mijn secretariaat
# (secretariaat@…)?', 'please send the invitation to my assistant, …', or to a shared mailbox. Where the mail goes, nobody who comes.
_LINK_TO_MY_DESK = re.compile(r"\b(?i:link|uitnodiging|invitation|invite|bevestiging|confirmation|agenda-?uitnodiging)\b[^.?!\n@]{0,40}"
                              r"\b(?i:naar|to|aan)\s+(?i:mijn|my)\s+(?i:secretariaat|secretaresse|secretaris|secretary|assistent\w*|assistant|pa"
                              r"|office\s*manager|managementassistent\w*)\b[^.?!\n@]{0,30}$"
                              # … or a shared mailbox: 'Zij ontvangen de link graag op het algemene adres onderwijs@…'
                              r"|\b(?i:link|uitnodiging|invitation|bevestiging|confirmation)\b[^.?!\n@]{0,40}\b(?i:op|naar|to|at)\s+"
                              r"(?i:het|the|ons|our)\s+(?i:algemene|gedeelde|centrale|general|shared|team)\s+(?i:e-?mail)?(?i:adres|address|mailadres|mailbox)\b"
                              r"[^.?!\n@]{0,10}$")


# Before an address, where an invoice goes: 'please send the invoice to our finance department, finance@…'.
_INVOICE_TO = re.compile(r"\b(?i:invoice|factuur|facturen|nota|rekening|billing|bill)\b[^.?!\n@]{0,60}$")


# What follows a comma before an address is a request, not a role, when it speaks to or of the writer or reader.
_A_CLAUSE = re.compile(r"\b(?:(?i:je|jij|jullie|mij|ik|wij|you)|I|u|me|we)\b")


# An organisation by its kind right before an address: '…, education policy advisor at the municipality of Ede (p.aalders@…)'.
# Its place is no name, though the 'of' before it cuts the words off as if it were.
_KIND_BEFORE_ADDRESS = re.compile(rf"\b(?:{ORG_BY_KIND})[ \t]*[(<]?[ \t]*$")


_PLACEHOLDER_ADDRESS = re.compile(r"(?i)(?<![\w.+'-])(?:firstname|voornaam|voorletters?|initialen|initials|initial|naam|name|first)[._-]?(?:lastname|achternaam|surname|name|naam|last)@")


def _named_attendees(text: str, exclude: set[str]) -> list[Attendee]:
    people: list[Attendee] = []
    seen: set[str] = set()
    offset = -1
    for line in text.split("\n"):
        offset += 1  # where the line starts in the text
        line_start, offset = offset, offset + len(line)
        if _MAIL_HEADER.match(line):
            continue  # 'Aan: info@…' over a forwarded invitation: who it went to, not who comes
        if "@" in line and (author := _AUTHOR_HEADER.match(line)) and not _is_person_name(author.group(1)):
            continue  # 'From: Stichting Lezen <nieuws@…>' over a forwarded newsletter: an organisation, nobody who comes
        for match in EMAIL.finditer(line):
            email = match.group(0).lower().rstrip(".")
            if email in exclude or email in seen or _PLACEHOLDER_ADDRESS.match(email):
                continue  # (not 'firstname.lastname@…': how to write their addresses, nobody's own)
            seen.add(email)
            if _PASSED_ON.match(line, match.end()) and not _FOR_THEM.search(line, match.end()):
                continue  # 'Mijn collega Ilse Verhagen (ilse.verhagen@…) stuurde mij de uitnodiging door': she passed it on
            if _CONTACT_INSTEAD.search(line, 0, match.start()) and not _FOR_THEM.search(line, match.end()):
                continue  # 'Voor dringende zaken kunt u contact opnemen met Desirée Koster, d.koster@…': the stand-in
            if _COPY_TO.search(line, 0, match.start()) and not _FOR_THEM.search(line, match.end()):
                continue  # '… de bevestiging in kopie aan ons secretariaat (secretariaat@…)': a copy, nobody who comes
            if _LINK_TO_MY_DESK.search(line, max(0, match.start() - 120), match.start()):
                continue  # 'Kunt u de link sturen naar mijn secretariaat (secretariaat@…)?': the writer's desk, not a guest
            if _INVOICE_TO.search(line, max(0, match.start() - 80), match.start()):
                continue  # 'please send the invoice to our finance department, finance@…': where the bill goes
            titled = list(_TITLED.finditer(line[: match.start()]))
            if titled and _someone_else_between(line, titled[-1].start(), match.start()):
                titled = []  # 'Dank voor de bevestiging voor mevrouw Tjon-A-Fong. Zij vroeg … Erwin Haverkamp … Zijn adres is e.haverkamp@…'
            if titled and (called := person_at(line[titled[-1].start(): match.start()])[0]):
                called = re.sub(r"'s$", "", called)  # "Mr Okafor's e-mail address is …"
                people.append(Attendee(name=clean_name(_fuller_in_text(called, text)), email=email))  # 'naar de heer Achterberg sturen (r.a…)'
                continue
            pieces = _BEFORE_ADDRESS.split(line[titled[-1].start() if titled else 0: match.start()])
            before = pieces[-1]
            if not before.strip() and line[: match.start()].rstrip().endswith(";") and len(pieces) > 1:
                before = pieces[-2]  # 'Femke Janssen; f.janssen@…; manager'

            cells = [c.strip() for c in re.split(r"\s*\|\s*|\t|\s{3,}|\s[-–]\s", before.strip(" -–•*,(<\t")) if c.strip()]
            before = ", ".join(cells)
            name, _, role = _HONORIFIC.sub("", before).strip(" ,(<").partition(",")
            name, role = name.strip(), role.strip(" ,(|") or None
            if role and "," not in role and not ROLE_WORDS.search(role) and (own := person_at(role))[0] \
                    and own[1] == len(role) and " " in own[0]:
                name, role = role, None  # 'Instead of Anna de Wit, Bram Kos (b.kos@…)': the name next to the address
            if role and _A_CLAUSE.search(role):  # 'Seher, zet je mij en onze manager Joris (j.hakkert@…)': the greeted
                name, role = "", None  # name, then a request that names the person last
            if not name or len(name.split()) > 5 or not re.match(r"[A-ZÀ-Ý]", name) or name.split()[0].lower() in NOT_NAMES \
                    or not all(w[0].isupper() or w.lower() in PARTICLES for w in name.split()):  # "I'm afraid Jan …"
                name, role = _name_then_role(name, role) or (trailing_name(_HONORIFIC.sub("", before.rsplit(",", 1)[-1]).strip(" ,(<")), None)
            if role and (not ROLE_WORDS.search(role) or len(role) > 60):
                role = None
            name = clean_name(name)
            if not name or ROLE_WORDS.search(name) or ORG_START.search(name) or _ends_organisation(name, line, match.start()):
                # 'our Principal Librarian (gareth.evans@…)',
                # '…, Head of Children's Services at Aarhus Public Libraries (mette.kjaer@…)': a role or an employer, no name
                name = _name_for_address(email, text) or _their_address(text, line_start + match.start())
                name = name or _first_name_as_address(email, text)
                if not name and (first := _first_name_before(email, before)):
                    people.append(Attendee(name=first, email=email, role=role))  # not 'Bringing Erik'
                    continue
            people.append(Attendee(name=_fuller_in_text(name, text), email=email, role=role))
    return people


_ROLE_START = re.compile(r"(?i:manager|directeur|directrice|director|coördinator|coordinator|adviseur|advisor|adviser"
                         r"|teamleider|team lead|beleidsmedewerker|consulent|hoofd|head of|bestuurder)\b")


def _name_then_role(sentence: str, role: str | None) -> tuple[str, str] | None:
    """'… komt mijn collega Miriam Lemmens, manager Publieke Dienstverlening (m.lemmens@…)': the cell after the comma
    is her role, its capitals a department's; the name is the one that ends the sentence before the comma."""
    if not role or "," in role or not _ROLE_START.match(role):
        return None
    name = trailing_name(sentence)
    return (name, role) if name else None


def _ends_organisation(name: str, line: str, address_at: int) -> bool:
    """Is the 'name' before an address the end of an organisation by its kind ('municipality of Ede')? Then it is a
    place, and the person is named earlier."""
    kind = _KIND_BEFORE_ADDRESS.search(line, max(0, address_at - 80), address_at) if " of " in line or " van " in line else None
    return bool(kind) and name in kind.group(0)


# The address of someone just named, by a pronoun: 'Haar mailadres: directie@…', 'His email is k.v@…'.
_THEIR_ADDRESS = re.compile(r"\b(?i:haar|zijn|his|her)\s+(?i:(?:e-?mail|mail)(?:adres|address)?|adres|address)\b[^@\n]{0,12}$")


def _their_address(text: str, at: int) -> str | None:
    """'Kun je Karin Hermans, onze directeur, inschrijven? … Haar mailadres: directie@…': an address that a
    pronoun gives, whose local part spells no name, belongs to the last person named in full before it; when the
    local part holds a surname named there ('i.wolters@' after 'mevrouw drs. I.M. (Ingrid) Wolters-Kamphuis … in
    het Opleidingshuis te Utrecht'), to that person, not to a place named later."""
    if not _THEIR_ADDRESS.search(text, max(0, at - 40), at):
        return None
    window = max(0, at - 300)  # a titled name read in full: 'mevrouw drs. A. (Anouk) Meijer-de Boer', not just 'Meijer-de Boer'
    starts = [m.start() for m in (*NAME.finditer(text, window, at), *_TITLE_OR_INITIALS.finditer(text, window, at))]
    found = [(start + end, len(name), name) for start in starts
             if (got := person_at(text[start: at]))[0] and " " in (name := got[0]) and (end := got[1])]
    local = _fold(text[at: at + 64].split("@", 1)[0])
    spelled = [f for f in found if any(len(part) > 2 and _fold(part) in local for part in f[2].split()[-1].split("-"))]
    return max(spelled or found)[2] if found else None


def _fuller_in_text(name: str | None, text: str) -> str | None:
    """'mevrouw Jansen (w.jansen@…)' after 'Mevrouw Wilma Jansen, directeur': the full name; also after
    'dhr. drs. W.J. (Wouter) Stam' (initials and the name he goes by)."""
    if not name or (" " in name and name.split()[0].lower() not in PARTICLES):
        return name  # full already, unless a surname with its particles: 'de heer Van Rijn'
    for match in _TITLE_OR_INITIALS.finditer(text):  # and 'namens drs. R.J. (Robert) Kramer, …'
        called = person_at(text[match.start(): match.start() + 80])[0]
        if called and _surname_is(name, called.split()):
            return called
    for match in NAME.finditer(text):
        line = match.group(0).split("\n")[0]  # 'Naam: Frank van der Laan' / 'Organisatie: …': the name is the line's
        if match.group(0).rpartition("\n")[2].strip() == name:
            line = " ".join(match.group(0).split())  # '… His colleague Anouk' / 'Smeets (…)': wrapped before the surname
        words = (clean_name(line) or "").split()  # 'drs. Pieter-Jan Koopmans MBA'
        while words and words[0].lower() in NOT_NAMES:
            words = words[1:]  # 'Mevrouw Wilma Jansen'
        if 2 <= len(words) <= 4 and _surname_is(name, words) and name not in words[:-1]:
            return " ".join(words)
    return name


def _surname_alone(person: Attendee) -> bool:
    """A one-word name that the address has after its start: the surname ('Oosterhuis', jw.oosterhuis@…), not a first name."""
    local, name = _fold((person.email or "").partition("@")[0]), _fold(person.name or "")
    return " " not in name and len(name) >= 3 and name in local and not local.startswith(name)


def _surname_is(surname: str, words: list[str]) -> bool:
    """Is this the surname of the full name in ``words``? 'Jansen' of 'Wilma Jansen', 'Van Rijn' of 'Kees van Rijn'."""
    tail = surname.split()
    if len(words) <= len(tail) or words[0].lower() in PARTICLES:
        return False
    if len(tail) == 1 and any(w.startswith(surname + "-") for w in words[1:]):
        return True  # 'Boerma' of 'Rianne Boerma-de Wit': the first of a double surname
    if len(tail) > 1 and _particles_then_first_of_double(tail, words):
        return True  # 'De Ridder' of 'Anja de Ridder-Kuijpers' 
    return words[-1] == surname if len(tail) == 1 else [w.lower() for w in words[-len(tail):]] == [w.lower() for w in tail]


def _particles_then_first_of_double(tail: list[str], words: list[str]) -> bool:
    """A surname with particles, short for a double one: 'mevrouw De Ridder' is 'Anja de Ridder-Kuijpers' (the
    particles as written in the full name, the last word the first half of its hyphenated surname)."""
    head, last = [w.lower() for w in tail[:-1]], tail[-1].lower()
    return len(words) > len(tail) and [w.lower() for w in words[-len(tail):-1]] == head \
        and words[-1].lower().startswith(last + "-")


def _name_for_address(email: str, text: str) -> str | None:
    """A capitalised name in the text that the address spells: 'Esther van Dijk' for e.vandijk@…."""
    local = re.sub(r"[^a-z]", "", _fold(email.split("@", 1)[0]))
    if len(local) < 3:
        return None
    for match in NAME.finditer(text):
        words = _before_organisation(match.group(0).split())
        for start in range(len(words) - 1):
            name = words[start:]
            if name[0].lower() not in NOT_NAMES and _spells(local, name):
                return clean_name(" ".join(name))  # not 'Mrs Margaret O'Brien'
    return None


def _before_organisation(words: list[str]) -> list[str]:
    """The words of a name up to the organisation it runs into: 'Pieter Smulders van de Bibliotheek Gooi' is Pieter
    Smulders (of the library), not a long surname."""
    cut = next((i for i, w in enumerate(words) if i and ORG_WORDS.search(w)), None)
    if cut is None:
        return words
    words = words[:cut]
    while words and words[-1] in PARTICLES:
        words = words[:-1]
    return words


def _first_name_as_address(email: str, text: str) -> str | None:
    """An address that is a first name alone ('bart@…'), wrapped onto a line of its own under 'ikzelf en Bart
    Hendriks, onze directeur bedrijfsvoering': the one person the text names in full with that first name."""
    local = email.split("@", 1)[0]
    if len(local) < 3 or not local.isalpha() or is_department(local) or local in NOT_NAMES:
        return None
    return _in_full(local.capitalize(), text)


def _first_name_before(email: str, before: str) -> str | None:
    """A first name alone just before an address that starts with it: 'register me and Jo (joanna.sterling@…)',
    'Bringing Erik too (erik.dekker@…)', or with its initial: 'onze manager Joris (j.hakkert@…)'. Too little to register a stranger by, but the address is there."""
    local = _fold(email.split("@", 1)[0])
    for at, word in enumerate(reversed(before.split()[-4:])):
        word = word.strip(" ,.;:()<>'\"")
        if len(word) >= 2 and word[0].isupper() and word.isalpha() and word.lower() not in NOT_NAMES \
                and (local.startswith(_fold(word)) or at == 0 and _initial_then_surname(local, word)):
            return word  # 'onze manager Joris (j.hakkert@…)': right before the address, its initial
    return None


def has_word(word: str, text: str) -> bool:
    """Does the text hold ``word`` as a whole word? A plain find: a pattern per name costs a compile per person."""
    return any(_whole_word_at(text, at, at + len(word)) for at in occurrences(word, text))


def _initial_then_surname(local: str, first: str) -> bool:
    """Does an address's local part start with this first name's initial and a dot ('j.hakkert' for Joris)?"""
    return len(local) > 3 and local[1] == "." and local[0] == _fold(first)[0]


def _spells(local: str, words: list[str]) -> bool:
    """Does an address's local part spell these name words (full, initial + surname, surname + initial)?"""
    if any("-" in w for w in words[1:]):  # 'Bakker-Şahin' is often just bakker@ in the address
        short = [w.split("-")[0] if i else w for i, w in enumerate(words)]
        if _spells(local, short):
            return True
    if len(words) >= 4 and words[2].lower() in PARTICLES and _spells(local, words[:2]):
        return True  # 'Hendrik-Jan Bakhuizen van den Brink' is hj.bakhuizen@: the first part of a long surname
    folded = [re.sub(r"[^a-z]", "", _fold(w)) for w in words]
    first, rest = folded[0], "".join(folded[1:])
    if not first or not rest:
        return False
    initials = "".join(part[:1] for part in _fold(words[0]).split("-"))  # 'Robert-Jan' -> 'rj'
    return local in {first + rest, first[0] + rest, rest + first, rest + first[0], first + folded[-1],
                     first[0] + folded[-1], initials + rest, initials + folded[-1]} or (len(words) >= 2 and local[1:] == first + rest)  # m + vanleeuwen


# Letters that Unicode does not split into a base letter and an accent, as addresses write them: 'Kjær' is kjaer@.
_UNDECOMPOSED = str.maketrans({"æ": "ae", "ø": "o", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d"})


def _fold(text: str) -> str:
    """Lower-case without accents: 'Yılmaz' and 'yilmaz' compare equal."""
    import unicodedata

    text = text.lower().replace("ı", "i").translate(_UNDECOMPOSED)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))



# After the names, where they all are from: 'Beiden komen van Bibliotheek Rijn en Venen', 'Allebei van KBS Sint Jozef in
# Oldenzaal', 'Both from Library X'. It holds for everyone named, over what a line or the signature says.
_ALL_FROM = re.compile(rf"(?:^|(?<=[.!?:]\s)|(?<=\n)|(?<=,\s))(?i:beiden|allebei|allen|allemaal|both|all)\s+(?:(?i:komen|zijn|werken|come|are|work)\s+)?"
                       rf"(?:(?i:van|bij|uit|from|at|op)\s+({LIBRARY_NAME}|{SCHOOL_NAME}|{ORG_BY_KIND})"  # '…, beiden van gemeente Assen'
                       rf"|([A-Z]{{2,5}}\s+[–-]\s+{LIBRARY_NAME}))")  # 'both OBA – Openbare Bibliotheek Amsterdam': its letters and name


def find_attendees(p: ParsedMail, text: str, intent: str, own_addresses: set[str], sender: Attendee,
                   acts_in_forward: bool) -> tuple[tuple[Attendee, ...], Hit]:
    """``text`` is the new text as written; ``acts_in_forward``: the forwarded message is itself the
    sign-up or cancellation, so its author is the person."""
    typed = text  # as written: the rules for names in lower case read this
    if written_in_lower_case(text):  # 'ik moet mezelf en bert afmelden': the rules below find people by their capitals
        addresses = (p.from_email, *p.cc)
        text, p = recased(text, addresses), replace(p, text=recased(p.text, addresses))
    if _from_history(p, text):  # 'Wij komen graag!' quoted under our 'which event?', 'Ik kom samen met Rik Dijkstra (…)' now
        text = f"{text}\n\n{p.text}"
    if "@ " in text:
        text = whole_addresses(text)
    if p.forwarded:
        sender = _writer_behind_our_forward(p, sender, own_addresses)
    if not p.forwarded_from and p.quoted and "@" not in p.text and not _FOR_MYSELF.search(p.text) \
            and not _SELF_TOO.search(p.text) and (below := _author_of_mail_below(p, sender, own_addresses)):
        sent, author = below  # 'The school asked me to sign them up, see their mail below.': its people, as its author wrote
        people, _ = find_attendees(sent, sent.text, intent, own_addresses, author, False)
        return people, Hit("attendee-forwarded", f"the mail below the note, as its author {author.email} wrote it: {len(people)} person(s)")
    people, hit = _people(p, text, own_addresses, sender, acts_in_forward, intent)
    if intent == "cancel":
        people = _without_staying(people, sender, text)
    if p.forwarded:  # 'Onze directeur, mevrouw Van Leeuwen, moet zich afmelden. Zie onderstaande bevestiging.' over 'Beste Ingrid van Leeuwen'
        people = tuple(_fuller_in_history(a, p.forwarded) if a.name and not a.email and a.name.split()[0].lower() in PARTICLES else a
                       for a in people)
    people = tuple(a if a.email else _address_elsewhere(a, p, own_addresses) for a in people)
    people = tuple(_lower_case_name_before(a, typed) if a.email and not a.name else a for a in people)
    people = tuple(_first_name_by_address(a, text, sender) if a.email and not a.name else a for a in people)
    people = tuple(_lower_case_name_spelled(a, typed) if a.email and not a.name else a for a in people)
    people = tuple(_initialled_name_spelled(a, text) if a.email and not a.name else a for a in people)
    if p.quoted:
        people = tuple(_fuller_in_history(a, p.quoted) for a in people)
    if p.forwarded_from and p.forwarded_from[1].lower() in own_addresses:  # 'Tim' over our 'Beste Tim Hogenboom, je bent aangemeld'
        people = tuple(replace(a, name=full) if a.name and " " not in a.name and a.email == p.from_email
                       and (full := _in_full(a.name, p.forwarded)) else a for a in people)
    if p.cc_names:
        people = tuple(_fuller_in_cc(a, p.cc_names) for a in people)
    people = tuple(_fuller_in_subject(a, p.subject) for a in people)
    people = tuple(replace(a, name=_fuller_in_text(a.name, text)) if a.name and (not a.email or _surname_alone(a)) else a
                   for a in people)  # 'de heer Oosterhuis (jw.oosterhuis@…)' after 'de heer Jan-Willem Oosterhuis'; a list's
    # 'mevrouw Çelik' and, a sentence later, 'Mevrouw Aylin Çelik (manager programmering) kan helaas niet'
    people = tuple(_first_name_in_full(a, text) for a in people)
    if p.signature:
        people = tuple(_fuller_in_signature(a, p.signature, sender) for a in people)
    people = tuple(a if a.role or not a.name or a.name.split()[-1] not in text
                   else replace(a, role=_role_in_text(a.name, text)) for a in people)
    if p.forwarded:
        people = tuple(_signed_in_forward(_named_as_author(a, p) if a.email and not a.name else a, p) for a in people)
    people = tuple(a if a.organisation or not a.name else replace(a, organisation=_stated_organisation(a.name, text))
                   for a in people)  # the writer too, in a line of their own: 'Lieke van Dam, intern begeleider cbs Het Kompas'
    if len(people) > 1 and "(" in text:
        people = tuple(_school_before_name(a, text) if a.name and a.email != sender.email else a for a in people)
    if len(people) > 1 and (both := _ALL_FROM.search(text)):
        org = re.sub(r"^(?:de|het|the)\s+", "", trimmed_org(both.group(1) or both.group(2)))
        people = tuple(replace(a, organisation=org) for a in people)  # 'Beiden komen van Bibliotheek Rijn en Venen'
    if intent == "cancel" and (replacing := REPLACES.search(text) or IN_PLACE_OF.search(text) or _SIGN_UP_THEM.search(text)) \
            and not _NOT_IN_PLACE.search(text, max(0, replacing.start() - 30), replacing.start()):  # 'kan niet in mijn plaats komen'
        people, replaced = _with_replacement(people, sender, text, replacing)
        people = tuple(a if a.email else _address_elsewhere(a, p, own_addresses) for a in people)  # the one leaving, in Cc
        if replaced:
            hit = Hit("replacement", f"{', '.join(a.name or a.email or '?' for a in replaced)} takes the place")
    elif intent == "register" and (standing_in := WRITER_IN_THEIR_PLACE.search(text)):
        people = _writer_stands_in(people, sender, text, standing_in.start())
        hit = Hit("writer-stands-in", f"the writer comes in someone's place ({standing_in.group(0)!r})")
    elif intent == "cancel" and _WRITER_REPLACES.search(text) and not any(a.email == sender.email for a in people):
        people = (*people, replace(sender, action="register"))
        hit = Hit("replacement", "the writer takes the place")
    if intent == "register" and (alone := _JUST_ME.search(text)):
        people = _the_writer_alone(people, sender, text, alone, standing_in=False)
        hit = Hit("writer-alone", f"the writer comes, the others named are not coming ({alone.group(0)!r})")
    elif intent == "register" and (alone := _I_STAND_IN_FOR.search(text)):
        people = _the_writer_alone(people, sender, text, alone, standing_in=True)
        hit = Hit("writer-alone", f"the writer comes, not whom they stand in for ({alone.group(0)!r})")
    if _OWN_SIGN_UP.search(text) and (own_way := [a for a in people if a.email != sender.email and _signs_up_themself(a, text)]):
        people = tuple(a for a in people if a not in own_way) or (sender,)  # '… will watch instead and register himself'
    if any(a.email and a.email != sender.email for a in people):
        where = "\n".join((p.subject, text, p.forwarded, p.signature))
        people = tuple(_organisation_of_own_domain(a, sender, where) for a in people)
    people = tuple(_name_spelled_by_address(a) if a.email and not a.name else a for a in people)
    return tuple(replace(a, name=clean_name(a.name)) if titled(a.name) else a for a in people), hit  # not 'Mrs X' on a badge


_NOT_A_FIRST_NAME = frozenset("""contact support office events webinar noreply reply mail post balie klantenservice service
    administratie planning team teams school basisschool locatie vestiging bureau desk kantoor""".split())


def _name_spelled_by_address(person: Attendee) -> Attendee:
    """'De link graag naar marieke.smit@…': an address nothing else names, whose local part is a first name and a surname
    written out, names its person as the desk would write it ('Marieke Smit', 'Jan van Dijk'). Initials are no name."""
    parts = re.split(r"[._]", (person.email or "").partition("@")[0])
    if not 2 <= len(parts) <= 4 or len(parts[0]) < 3 or not all(part.isalpha() for part in parts) \
            or parts[0] in NOT_NAMES or is_department(parts[0]) or is_department(parts[-1]) or len(parts[-1]) < 2 \
            or any(part not in PARTICLES for part in parts[1:-1]):
        return person
    words = [part if 0 < i < len(parts) - 1 else part.capitalize() for i, part in enumerate(parts)]
    name = " ".join(words)
    if ORG_WORDS.search(name) or ROLE_WORDS.search(name) or FIELD_OF_WORK.search(name) or parts[0] in _NOT_A_FIRST_NAME:
        return person  # 'leesbevordering.po@…', 'educatie.noord@…': a team's mailbox
    return replace(person, name=name)


def _organisation_of_own_domain(person: Attendee, sender: Attendee, text: str) -> Attendee:
    """Someone with an address at another organisation than the writer's, given the writer's organisation for want of
    another, works where their own domain says when the mail names it: a library's reading consultant signs up three
    teachers of 'OBS De Vlinderboom' (…@obsdevlinderboom.…), not three of her colleagues."""
    if not person.email or not sender.email or person.organisation not in (None, sender.organisation):
        return person
    if person.email.partition("@")[2] == sender.email.lower().partition("@")[2]:
        return person
    spelled = name_spelled_by_domain(text, person.email)
    if not spelled or person.organisation and spelled.lower() in person.organisation.lower():
        return person  # …@bibliotheekgouwe.… at 'Bibliotheek Gouwe Groene Hart': the domain is short for it
    return replace(person, organisation=spelled)


# The writer says they come alone, after naming who does not: 'My deputy, Ilse Mertens, will hold the fort here, so it's
# just me', 'Eén plek is genoeg, ik kom alleen' (not 'ik kom alleen als …', nor 'niet alleen ik').
_JUST_ME = any_of(r"\b(?:it(?:'s| is| will be|'ll be)|so)\s+just\s+me\b(?!\s+(?:and|en|&)\b)",
                  r"\bik\s+kom\s+alleen\b(?!\s+(?:als|indien|wanneer|na|voor|bij|op|in)\b)")
# … or whom they stand in for, named after the words: 'I stand in for our director Frank Visser on the … portfolio'.
_I_STAND_IN_FOR = any_of(r"\b(?:i|ik)\s+(?:stand|sta|am standing|'m standing)\s+in\s+(?:for|voor)\b",
                         r"\b(?:kom|ga)\s+ik\b[^.?!\n]{0,80}\bin\s+plaats\s+van\b")  # '… kom ik naar de gesprekstafel, in plaats van onze
# directeur Jeroen Smit'



def _the_writer_alone(people: tuple[Attendee, ...], sender: Attendee, text: str, said: re.Match[str],
                      standing_in: bool) -> tuple[Attendee, ...]:
    """The writer, with whoever has an address but is not named in the sentence before 'just me' or in the clause after
    'I stand in for' (there the others are named as not coming)."""
    if not standing_in:
        ends = [m.end() for m in SENTENCE_END.finditer(text, 0, said.start())]
        span = (ends[-2] if len(ends) > 1 else 0, said.end())
    else:
        stop = re.search(r"[.!?)](?=\s)|\n", text[said.end():])
        span = (said.end(), said.end() + (stop.start() if stop else len(text)))

    def named_there(a: Attendee) -> bool:
        return bool(a.email and a.email in text[span[0]: span[1]].lower() or a.name and a.name.split()[-1] in text[span[0]: span[1]])
    others = tuple(a for a in people if a.email != sender.email and not named_there(a))
    return (sender, *others)


# Someone named who will see to it themself: 'Olivier Dupont (…) will join in my place - he'll register separately',
# '… will watch instead and register himself', 'Anouk Bressers (…) komt in mijn plaats; zij mailt zelf nog even'.
# No one to sign up or off for them (not 'heeft zich zelf aangemeld': done already, nor 'kan zich niet zelf aanmelden').
_OWN_SIGN_UP = re.compile(r"\b(?:(?:he|she|they)(?:'ll|\s+will)\s+(?:\w+\s+){0,2}?(?:register|sign\s+up)"
                          r"|(?:and|will)\s+register\s+(?:himself|herself|themselves|separately)"
                          r"|(?:hij|zij|ze)\s+(?:meldt|mailt|schrijft)\s+(?:zich\s+)?(?:(?:nog|wel|straks|later)\s+)*zelf"
                          # (not who only sends their details: 'hij mailt zelf nog zijn gegevens', the place is theirs)
                          r"(?!\s+(?:(?:nog|wel|even)\s+)*(?:zijn|haar)\s+(?:gegevens|adres|mailadres|e-?mailadres|achternaam|contactgegevens)\b)"
                          r"|(?:hij|zij|ze)\s+(?:meldt|schrijft)\s+zich\s+(?:(?:nog|wel|straks|later)\s+)*apart)\b", re.I)


def _signs_up_themself(person: Attendee, text: str) -> bool:
    """Does the sentence that names the person, or the next one, say they sign up (or off) on their own?"""
    at = text.lower().find(person.email) if person.email else -1
    if at < 0 and person.name:
        at = text.find(person.name)
    if at < 0:
        return False
    start = text.rfind("\n", 0, at) + 1
    if person.name and text.startswith(person.name, start) and _LIST_LINE.match(text, start + len(person.name)):
        return bool(_OWN_SIGN_UP.search(text, start, _line_end(text, at)))  # a list's line: the next line is another person's
    ends = [m.end() for m in SENTENCE_END.finditer(text, at)][:2]
    return bool(_OWN_SIGN_UP.search(text, at, ends[-1] if ends else len(text)))


_LIST_LINE = re.compile(r"[ \t]*(?:[-–|,;(]|\s[-–]\s)")  # 'Anouk Timmermans - CBS De Schakel - a.timmermans@…'


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return end if end >= 0 else len(text)


# An address cut short before the next one, that gives the domain for both: 't.bouma@ en k.hoekstra@bibliotheek….nl',
# 'b.kuiper@, e.yilmaz@ and l.vanes@…'.
_DOMAIN_LATER = re.compile(r"(?<![\w.+'-])([\w.+'-]*[a-z][\w.+'-]*)@(?=[ \t]*(?:,|/|&|\b(?i:en|and|of|or)\b)[ \t]*"
                           r"[\w.+'-]+@((?:[\w-]+\.)+[\w-]+)?)", re.I)


_LOWER_NAME_BEFORE = re.compile(r"([a-zà-ÿ]{2,}(?:[ \t]+(?:van|de|der|den|ter|ten|te))*[ \t]+[a-zà-ÿ]{2,}(?:-[a-zà-ÿ]+)?)[ \t]*"
                                r"(?:\([^()\n]{1,40}\)[ \t]*)?[,(<:.]?[ \t]*(?:(?:haar|zijn|her|his)[ \t]+)?(?:(?:e-?)?mail(?:adres)?|adres|address)?[ \t]*:?[ \t]*$")  # '… sanne de wit-jansen
# (leesconsulent) , mail: s.dewitjansen@…'


def _lower_case_name_before(person: Attendee, text: str) -> Attendee:
    """'sending my deputy instead: anna groen, a.groen@…' written on a phone: the lower-case words just before the
    address, when the address spells them (its initial and surname, or both names), are the person's name."""
    at = text.lower().find(person.email) if person.email else -1
    found = _LOWER_NAME_BEFORE.search(text, max(0, at - 80), at) if at > 0 else None
    if not found:
        return person
    words = found.group(1).split()
    local = re.sub(r"[^a-z]", "", (person.email or "").partition("@")[0])
    surname = re.sub(r"[^a-z]", "", "".join(w for w in words[1:]))
    if not (local == re.sub(r"[^a-z]", "", "".join(words)) or local == words[0][0] + surname
            or local.endswith(surname) and local[0] == words[0][0]):
        return person
    return replace(person, name=" ".join(w if i and w in PARTICLES else "-".join(part.capitalize() for part in w.split("-"))
                                         for i, w in enumerate(words)))


def _lower_case_name_spelled(person: Attendee, text: str) -> Attendee:
    """'kun je hans verberne aanmelden … zn mail is h.verberne@…', typed on a phone: words in lower case anywhere in the
    text that the address spells (its initial or first name and the surname with its particles) are the person's name."""
    local = (person.email or "").partition("@")[0]
    first, _, last = local.rpartition(".") if "." in local else ("", "", local)
    surname = re.sub(r"[^a-z]", "", last)
    if len(surname) < 3 or not first:
        return person
    for found in re.finditer(rf"\b([a-zà-ÿ][a-zà-ÿ-]+)\s+((?:(?:van|de|der|den|ter|ten|te|el)\s+)*)([a-zà-ÿ-]+)\b", text):
        given, particles, tail = found.group(1), found.group(2).split(), found.group(3)
        spelled = re.sub(r"[^a-z]", "", "".join(particles) + tail)
        if spelled == surname or (re.sub(r"[^a-z]", "", tail) == surname and not particles):
            if re.sub(r"[^a-z]", "", first) in (given[:1], re.sub(r"[^a-z]", "", given)) and given not in NOT_NAMES \
                    and given not in PARTICLES:
                name = " ".join(["-".join(w.capitalize() for w in given.split("-")), *particles,
                                 "-".join(w.capitalize() for w in tail.split("-"))])
                return replace(person, name=name)
    return person


_INITIALLED_NAME = re.compile(r"\b((?:[A-Z]\.\s?){1,3})((?:(?:van|de|der|den|ter|ten|te)\s+)*[A-ZÀ-Ý][a-zà-ÿ'-]+(?:-[A-ZÀ-Ý]?[a-zà-ÿ'-]+)*)")


def _initialled_name_spelled(person: Attendee, text: str) -> Attendee:
    """'mevrouw A. de Jong, adjunct-directeur … a.dejong@…': initials and a surname the address spells, as written."""
    local = re.sub(r"[^a-z]", "", (person.email or "").partition("@")[0])
    for found in _INITIALLED_NAME.finditer(text):
        initials = [c.lower() for c in found.group(1) if c.isalpha()]
        surname = re.sub(r"[^a-z]", "", found.group(2).lower())
        if len(surname) >= 3 and local in ("".join(initials) + surname, initials[0] + surname):
            return replace(person, name="".join(f"{c.upper()}." for c in initials) + f" {found.group(2)}")  # 'H. J. X' as 'H.J. X'
    return person


def _first_name_by_address(person: Attendee, text: str, sender: Attendee) -> Attendee:
    """'Hanneke en Joost willen ook graag meekijken … hanneke.peeters@…, joost.gielen@…': the first name the text
    writes, capitalised, that the address begins with. Only the first name: the address does not spell a surname's
    particles or capitals."""
    first = re.split(r"[._-]", (person.email or "").partition("@")[0])[0]
    if len(first) < 3 or not first.isalpha() or first in NOT_NAMES or is_department(first) \
            or sender.name and same_name(first.capitalize(), sender.name.split()[0]):
        return person
    found = re.search(rf"(?<![\w@.-]){first[0].upper()}{re.escape(first[1:])}(?![\w@-])", text)
    return replace(person, name=found.group(0)) if found else person


def _school_before_name(person: Attendee, text: str) -> Attendee:
    """'de directeuren van OBS De Horizon (Anouk van 't Hof), CBS Het Kompas (Bert-Jan Mulder) en …': each school is the
    organisation of the person in brackets after it, whatever the writer's own board."""
    found = re.search(rf"({SCHOOL_NAME})\s*\(\s*{re.escape(person.name or '')}\s*[,)]", text)
    return replace(person, organisation=found.group(1)) if found else person


def whole_addresses(text: str) -> str:
    """The text with every address cut short given the domain of the full one after it, from the last one back."""
    while True:
        found = [m for m in _DOMAIN_LATER.finditer(text) if m.group(2)]
        if not found:
            return text
        for m in reversed(found):
            text = f"{text[: m.end()]}{m.group(2)}{text[m.end():]}"


def _from_history(p: ParsedMail, text: str) -> bool:
    """Is ``text`` the writer's earlier mail, quoted under our question which event it was about (classify reads the
    intent there)? Then the answer above it may name more people: 'Het gaat om de gesprekstafel. Ik kom samen met mijn
    opvolger Rik Dijkstra (r.dijkstra@…)'."""
    start = text.strip()[:60]
    return bool(start) and bool(p.quoted) and bool(p.text.strip()) and start not in p.text \
        and start in QUOTE_MARKS.sub("", p.quoted)


# A role phrase of one to four words: 'coördinator onderwijs', 'Chief Librarian', 'Learning & Skills Lead'.
_ROLE_PHRASE = (r"((?!(?i:die|dat|who|which|is|was|heeft|has|en|and|ook|also|zelf|als|as|met|with|van|of|voor|for|bij|at|in|op)\b)"
                r"(?:[\w&-]+[ \t]+){0,3}[\w-]+)")
_POSSESSIVE = r"(?:(?i:onze|our|mijn|my|hun|their|de|the)\s+)"
# After the name: 'Yvonne Brink, onze manager publieksdiensten.', 'Priya Raman, Schools Library Service Manager (priya…'.
_ROLE_AFTER = _POSSESSIVE + "?" + _ROLE_PHRASE + rf"(?:\s+(?i:van|bij|of|at)\s+{LIBRARY_NAME})?" \
    + r"\s*(?=[,;.()<]|$|\s+[—–-]\s|\s+(?i:en|and|wil|komt|is|zal|will|who|die)\b)"  # '…, directeur van Bibliotheek De Zuidwesthoek, …'
# … or in brackets: 'Lotte Vermeer (onze leesconsulent)'.
_ROLE_IN_PARENS = r"[ \t]*\([ \t]*" + _POSSESSIVE + "?" + _ROLE_PHRASE + r"[ \t]*\)"
# Before it: 'onze coördinator onderwijs, Karim Bouzid (…)', 'our Director, Sarah Mitchell'; without the comma the
# phrase ends in the role word: 'onze directeur Jan Smit' (not 'de directeur heeft Jan Smit gevraagd').
_ROLE_BEFORE = r"\b" + _POSSESSIVE + _ROLE_PHRASE + r"(\s*,)?\s+"


def _role_in_text(name: str, text: str) -> str | None:
    """The job title the text gives a person right next to their name, as written (without 'onze'/'our'):
    'Mia Vranken, onze coördinator onderwijs, wil meekijken', 'our Director, Sarah Mitchell (…)'."""
    written = _written(name, text)
    after = _just_after(written, _AFTER_NAME, text) \
        or _just_after(written, _IN_PARENS_AFTER_NAME, text)  # 'ik + Lotte Vermeer (onze leesconsulent)'
    before = _just_before(written, text)
    before_phrase = _TITLE_AT_END.sub("", before.group(1)) if before else ""  # 'onze directeur mevrouw Jolien Aarts'
    if after and ROLE_WORDS.search(after.group(1)):
        phrase = after.group(1)
    elif before and ROLE_WORDS.search(before_phrase.split()[-1] if before.group(2) is None else before_phrase):
        phrase = before_phrase
    elif said := _said_to_be(name, text):
        return split_role_organisation(said)[0] or said  # no 'onze' to drop: 'coördinator de Bibliotheek op school'
    else:
        return None
    phrase = _AT_LIBRARY.sub("", phrase)  # 'directeur van Bibliotheek Noord': the organisation is not the role
    phrase = _NEW_IN_ROLE.sub("", re.split(_POSSESSIVE, phrase)[-1])  # 'de aanmelding van onze directeur', 'incoming Head of Service'
    phrase = re.sub(r"\s+(?i:mee|aan|ook|along|too)$", "", phrase)  # 'Ik neem mijn adjunct-directeur mee, Erik Sanders'
    return split_role_organisation(phrase)[0] or phrase


# The sentence after a person is named says what they do: 'Noortje is bij ons adviseur onderwijs en trekt …', 'Zij is
# bij ons coördinator de Bibliotheek op school en gaat …', 'She is our Head of Learning.'
_IS_ROLE = (r"\s+(?:is|werkt)\s+(?:(?i:bij ons|hier|als)\s+)?(?:(?i:onze|our|de|the)\s+)?"
            r"((?:[\w&-]+[ \t]+){0,4}?[\w-]+)(?=\s*[,;.]|\s+(?:en|and|bij|at|in|sinds|since)\b)")


def _said_to_be(name: str, text: str) -> str | None:
    """A role the next sentence gives the person, by first name, surname or 'zij'/'hij' (just after they are named)."""
    at = text.find(name)
    if at < 0:
        return None
    after = text[at + len(name): at + len(name) + 250]
    said = next((m for _, _, end in _subjects(name, after) if (m := _IS_ROLE_AFTER.match(after, end))), None)
    role = ROLE_WORDS.search(said.group(1)) if said else None
    return said.group(1) if said and role and role.start() == 0 else None  # 'adviseur onderwijs', not 'al jaren lid'


_PRONOUN = re.compile(r"\b(?:[Zz]ij|[Hh]ij|[Ss]he|[Hh]e|[Zz]e)")
_IS_ROLE_AFTER = re.compile(_IS_ROLE)
_BOUNDARY = re.compile(r"\b")


def _subjects(name: str, text: str) -> list[tuple[int, int, int]]:
    """Where the text may speak of the person, as (start, preference, end), in the order a regex alternation
    '\\b(?:first name|written name|pronoun)' tries them; found apart, since a pattern joined with the name costs a
    compile per person."""
    first = name.split()[0]
    found = [(at, 0, at + len(first)) for at in occurrences(first, text) if _BOUNDARY.match(text, at)]
    found += [(start, 1, end) for start, end in _written(name, text) if _BOUNDARY.match(text, start)]
    found += [(m.start(), 2, m.end()) for m in _PRONOUN.finditer(text)]
    return sorted(found)


def _written(name: str, text: str) -> list[tuple[int, int]]:
    """Where the text writes a person's name, as (start, end), left to right and not overlapping: in full, or a
    title and the surname with what the cleaned name left out between them: 'de heer T. (Tjeerd) Sikkema',
    'Mevrouw Tuinstra' (Wendy Tuinstra), 'drs. R.J. (Robert) Kramer', 'Dr. Aisha Rahman'. Found with patterns
    compiled once, not a pattern per name: compiling one per person was a sixth of classify on new mail."""
    surname = name.split()[-1]
    found = [(at, 0, at + len(name)) for at in occurrences(name, text)]  # at one place, the name in full goes first
    for title in _TITLE.finditer(text):
        pos = title.end()
        for _ in range(4):  # up to three words between the title and the surname
            if text.startswith(surname, pos):
                found.append((title.start(), 1, pos + len(surname)))
                break
            if not (word := _WORD_AND_SPACE.match(text, pos)):
                break
            pos = word.end()
    spans, end = [], 0
    for start, _, stop in sorted(found):
        if start >= end:
            spans.append((start, stop))
            end = stop
    return spans


_TITLE = re.compile(r"\b(?i:mevrouw|mevr\.|mw\.|de heer|dhr\.|mr\.?|mrs\.?|ms\.?|drs?\.|prof\.)\s+")
_WORD_AND_SPACE = re.compile(r"[^\s,;]+\s+")


# Letters after a name, between it and the role: 'drs. Pieter-Jan Koopmans MBA, director of …'.
_LETTERS = r"(?:[ \t]+(?:MA|MBA|MSc|BSc|BA|PhD|LLM|MPA))*"
# What may follow a name, compiled once: joined to each name's pattern they cost a compile per person (a third of
# classify), since the library names inside are long.
_AFTER_NAME = re.compile(_LETTERS + r"\s*,[ \t]+" + _ROLE_AFTER, re.M)
_IN_PARENS_AFTER_NAME = re.compile(_ROLE_IN_PARENS)


def _just_after(written: list[tuple[int, int]], tail: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first place the name is written with `tail` right after it (group 1 is the tail's)."""
    return next((m for _, end in written if (m := tail.match(text, end))), None)


# The role before a name, ending where the name starts; looked for in the 300 characters before each place the
# name is written (`\b` still sees the character before the window, so no word is cut in two).
_BEFORE_NAME = re.compile(_ROLE_BEFORE + r"\Z")


def _just_before(written: list[tuple[int, int]], text: str) -> re.Match[str] | None:
    """The first place the name is written as a whole word with a role right before it (groups as _ROLE_BEFORE's)."""
    return next((m for start, end in written if _BOUNDARY.match(text, end)
                 and (m := _BEFORE_NAME.search(text, max(0, start - 300), start))), None)


_TITLE_AT_END = re.compile(r"(?:\s+(?i:mevrouw|mevr|mw|de heer|heer|dhr|mr|mrs|ms))+$")


# 'Director of Bibliotheek X', 'directeur van onze bibliotheek'
_AT_LIBRARY = re.compile(rf"\s+(?i:van|bij|of|at)\s+(?:{LIBRARY_NAME}|(?i:onze|our)\s+(?i:bibliotheek|library|organisatie|organisation|stichting))$")
# 'onze nieuwe manager publieksdiensten', 'mijn collega-directeur': how the writer relates to them, not the title
_NEW_IN_ROLE = re.compile(r"^(?i:(?:nieuwe|new|incoming|kersverse|toekomstige|future|huidige|current)\s+|collega-)")


# The writer comes instead of the one cancelled: "I'll be taking his place", 'register me instead', 'ik neem haar plaats in'.
_WRITER_REPLACES = any_of(r"\b(?:i'll|i will|i am|i'm)\s+(?:be\s+)?taking\s+(?:his|her|their)\s+place\b",
                          r"\bregister me instead\b", r"\b(?:ik neem|neem ik)\s+(?:zijn|haar)\s+plaats\b",
                          r"\bik\s+kom\s+(?:\w+\s+){0,2}in\s+(?:zijn|haar)\s+plaats\b",  # 'Ik kom in haar plaats.' after her cancellation
                          r"\b(?:mij|mijzelf)\s+in\s+(?:de|haar|zijn)\s+(?:plaats|plek)\s+(?:noteren|aanmelden|inschrijven|zetten)\b",  # 'graag
                          # mij in de plaats noteren'
                          r"\bneem\s+(?:zijn|haar)\s+(?:plaats|plek)\b[^.?!\n]{0,40}\bover\b",  # '… en neem haar plaats graag over'
                          r"\bmeld (?:mij|mijzelf) (?:dan )?(?:maar )?in (?:zijn|haar) plaats\b",
                          # 'Kan haar aanmelding op mijn naam gezet worden?', 'please put his registration in my name'
                          r"\b(?:zijn|haar|de|die)\s+(?:aanmelding|inschrijving|plek|plaats)\s+(?:\w+\s+){0,3}op\s+mijn\s+naam\b",
                          r"\b(?:his|her|the|that)\s+(?:registration|place|spot|seat)\s+(?:\w+\s+){0,3}(?:in|to|into)\s+my\s+name\b")


# In a sign-up, the writer comes instead of someone they name first: 'Onze directeur, Jan-Willem Brandsma, zit die
# week in Noorwegen. Ik kom in zijn plaats.', 'Our director, Ton Rademakers, has asked me to attend … in his place'.
WRITER_IN_THEIR_PLACE = any_of(r"\b(?:ik|i)\s+(?:\w+\s+){0,2}(?:kom|ga|schuif|come|attend|go)\w*\s+(?:[\w-]+\s+){0,6}in\s+(?:zijn|haar|his|her)\s+(?:plaats|place)\b",
                                # the verb first, after an opening phrase: 'In overleg met onze directeur (in cc) kom ik op 24 juni in zijn plaats'
                                r"\b(?:kom|ga)\s+ik\s+(?:[\w-]+\s+){0,6}in\s+(?:zijn|haar)\s+(?:plaats|plek)\b",
                                r"\b(?:ik\s+neem|neem\s+ik|en\s+neem)\s+(?:[\w-]+\s+){0,3}(?:zijn|haar)\s+(?:plaats|plek)\s+in\b",
                                # the place first: 'In zijn plaats kom ik graag naar de gesprekstafel', 'In her place I will attend'
                                r"\bin\s+(?:zijn|haar)\s+(?:plaats|plek)\s+(?:kom|ga)\s+ik\b",
                                r"\bin\s+(?:zijn|haar)\s+(?:plaats|plek)\s+(?:wil|zou)\s+ik\s+(?:\w+\s+){0,2}(?:deelnemen|komen|gaan|aanschuiven|meedoen"
                                r"|aanwezig|mij|me)\b",  # 'In zijn plaats wil ik graag deelnemen' (not '… wil ik onze adjunct aanmelden')
                                r"\bin\s+(?:his|her)\s+place\s*,?\s+i(?:'ll|\s+will)\s+(?:come|attend|join|go)\b",
                                r"\b(?:me|mij)\s+(?:to\s+)?(?:[\w-]+\s+){0,8}in\s+(?:zijn|haar|his|her)\s+(?:plaats|place)\b",
                                r"\b(?:ik neem|neem ik)\s+(?:zijn|haar)\s+(?:plaats|plek)\b",
                                # the place before the verb: 'Hij vroeg of ik in zijn plaats wil gaan'; the subject said
                                # before 'en': 'Ik neem de honneurs waar en kom daarom graag in zijn plaats'
                                r"\bik\s+in\s+(?:zijn|haar)\s+(?:plaats|plek)\s+(?:\w+\s+){0,2}(?:kom|ga|komen|gaan|deelnemen|aanschuiven)\b",
                                r"\bik\b[^.!?\n]{0,80}\ben\s+(?:kom|ga)\s+(?:\w+\s+){0,3}in\s+(?:zijn|haar)\s+(?:plaats|plek)\b",
                                # 'Mag ik in zijn plaats deelnemen?', 'Kan ik in haar plaats komen?'
                                r"\b(?:mag|kan|zou|mogen)\s+(?:ik|wij|we)\s+(?:\w+\s+){0,2}in\s+(?:zijn|haar)\s+(?:plaats|plek)\s+(?:\w+\s+){0,2}"
                                r"(?:deelnemen|komen|gaan|aanschuiven|meedoen)\b",
                                # 'Onze directeur, Irma Scholten, kan er niet bij zijn. Namens haar zal ik deelnemen'
                                r"\bnamens\s+(?:haar|hem)\s+(?:zal|kom|ga|neem|wil)\s+ik\b", r"\bik\s+(?:zal|kom|ga|neem|wil)\s+(?:\w+\s+){0,2}namens\s+(?:haar|hem)\s+(?:\w+\s+){0,3}(?:deel|komen|aanwezig|mee)",
                                r"\bon\s+(?:her|his)\s+behalf\s*,?\s+i(?:'ll|\s+will|\s+would\s+like\s+to)\s+(?:come|attend|join|go)\b",
                                r"\bi(?:'ll|\s+will|\s+would\s+like\s+to)\s+(?:come|attend|join|go)\s+(?:\w+\s+){0,3}on\s+(?:her|his)\s+behalf\b")


_JOINED_TO_ME = re.compile(r"[A-ZÀ-Ý][\w'-]+(?:\s+[\w'-]+){0,3}\s*(?:\([^()\n]{1,60}\)\s*)?(?:en|and|&)(?:\s+(?:ik|I))?\s*$")


def _writer_stands_in(people: tuple[Attendee, ...], sender: Attendee, text: str, at: int) -> tuple[Attendee, ...]:
    """The writer signs up in the place of someone named before the words (at ``at``): that person is the
    reason, not an attendee, and the writer is. People named after the words stay (a colleague who comes too)."""
    before = text[:at]
    joined = _JOINED_TO_ME.search(before[-120:])  # 'of Anouk Vermeulen (beleidsadviseur) en ik in zijn plaats': she comes too
    before = before[: len(before) - len(joined.group(0))] if joined else before
    kept = tuple(a for a in people if a.email == sender.email
                 or not (a.email and a.email in before.lower() or a.name and a.name.split()[-1] in before
                         or a.name and " " in a.name and has_word(a.name.split()[0], before)))  # 'our Dutch librarian Marieke,
    # who's on leave. She asked me to sign up in her place': her first name is enough
    return kept if any(a.email == sender.email for a in kept) else (sender, *kept)


_INITIALLED = re.compile(r"(?:[A-Z]\.)+\s")  # 'H. Jonker', 'W.J. Stam'


def _fuller_in_signature(person: Attendee, signature: str, sender: Attendee) -> Attendee:
    """'dhr. H. Jonker' in the text, 'namens Harm Jonker,' under it: the name written in full."""
    name = person.name or ""
    if not name or (" " in name and not _INITIALLED.match(name) and name.split()[0].lower() not in PARTICLES) \
            or same_name(name, sender.name):
        return person  # already full ('de heer Van Rijn' is a surname only), or the writer
    for match in NAME.finditer(signature):
        full = match.group(0)
        if " " in full and full.split()[0].lower() not in NOT_NAMES and same_name(name, full) and len(full) > len(name) \
                and not same_name(full, sender.name):
            return replace(person, name=full)
    return person


def _fuller_in_cc(person: Attendee, cc_names: list[tuple[str, str]]) -> Attendee:
    """'namens mevrouw Van Dijk' with her address in the text, '"Dijk, Hanneke van" <h.vandijk@…>' in Cc: her full name."""
    for display, address in cc_names:
        if person.email and address.lower() == person.email and person.name:
            full = display_name(display)
            if full and len(full) > len(person.name) and same_name(person.name, full):
                return replace(person, name=full)
    return person


_LINE_UNDER = re.compile(r"[ \t]*\n[ \t]*(\S[^\n]{2,80})$", re.M)  # the line right under a line that is only the name


def _named_as_author(person: Attendee, p: ParsedMail) -> Attendee:
    """An address the note gives without a name ('Haar e-mailadres: j.x@…') that wrote a forwarded message below:
    its header names her ('Van: Jacqueline van Rooijen <j.x@…>')."""
    display = next((shown for shown, address, _ in forward_authors(p) if address == person.email and _is_person_name(shown)), None)
    return replace(person, name=clean_name(display_name(display))) if display else person


def _signed_in_forward(person: Attendee, p: ParsedMail) -> Attendee:
    """The forwarded mail that the person signed: 'Frédérique Hermans' / 'directeur Bibliotheek De
    Kempenpoort' under 'Wil je mij aanmelden?', passed on by her secretary. When it is the author's
    own, their signature's organisation goes before the one the secretary's mailbox gives
    ('Secretariaat Bibliotheek Noardwest' over 'S. Veenstra' / 'directeur-bestuurder' / 'Bibliotheek Noardwest Fryslân')."""
    if not person.name:
        return person
    if p.forwarded_from and person.email == p.forwarded_from[1].lower():
        _, role, org = signed_under(p.forwarded)
        return replace(person, organisation=org or person.organisation, role=person.role or role)
    if person.email and "@" in p.forwarded and (own_mail := next((body for _, address, body in forward_authors(p)
                                                                  if address == person.email), None)):
        _, role, org = signed_under(own_mail)  # 'From: Liesbeth Dekker <l.dekker@…>' two levels down, signed
        return replace(person, organisation=org or person.organisation, role=person.role or role)  # 'directeur Bibliotheek Zaanland'
    if person.organisation:
        return person
    forwarded = p.forwarded
    signed = next((line for at in occurrences(person.name or "", forwarded)
                   if not forwarded[forwarded.rfind("\n", 0, at) + 1: at].strip(" \t")  # only blanks before it on its line
                   and (line := _LINE_UNDER.match(forwarded, at + len(person.name or "")))), None)
    if not signed:
        return person
    role, org = split_role_organisation(signed.group(1))
    return replace(person, organisation=org, role=person.role or role) if org else person


_ADDRESS_AFTER = re.compile(r"\s*[(<]\s*([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)")  # 'Erik Hofstede <e.hofstede@…>'
_WORDS_BEFORE = re.compile(r"((?:[A-ZÀ-Ý][\w'-]+\s+){0,3})\Z")  # the capitalised words before a name: its first name


def _address_elsewhere(person: Attendee, p: ParsedMail, own: set[str]) -> Attendee:
    """Someone the text names without an address may be in Cc ('Hij staat in de cc'), the author of the
    forwarded message, or in the quoted history ('Aan: Ricardo Pinas <r.pinas@…>' under our own confirmation)."""
    name = person.name or ""
    if p.forwarded_from and name:  # 'graag meld ik mevrouw Trudy Rijnders-Hak … aan' over her own 'Van: Trudy Rijnders-Hak <…>'
        display, address = p.forwarded_from
        full = clean_name(display_name(display))
        if full and address not in own and (same_name(name, full) or " " not in name and name in re.split(r"[\s-]+", full)[1:]):
            return replace(person, name=full if len(full) > len(name) else name, email=address)  # 'mevrouw Bosch' over
            # 'Van: Ans Bosch-van Rijn <…>': her surname alone
    for display, address in p.cc_names:
        full = display_name(display)
        if address not in own and full and (same_name(name, full) or name.split()[-1:] == full.split()[-1:]):
            return replace(person, name=full if len(full) > len(name) else name, email=address)
    if name and (spelled := _spelled_by_recipient(name, (*p.to, *p.cc), own)):
        return replace(person, email=spelled)  # 'wil je Lonneke Peeters … noteren? Haar adres staat hierboven' (To: l.peeters@…)
    for written in p.forwarded_to if name else ():  # 'Aan: Ingrid van Leeuwen <i.vanleeuwen@…>' over our forwarded confirmation
        display, address = getaddresses([written])[0]
        if address and address.lower() not in own and display and same_name(name, clean_name(display_name(display)) or ""):
            return replace(person, email=address.lower())
    history = f"{p.quoted}\n{p.forwarded}" if p.forwarded else p.quoted  # our confirmation forwarded as well as quoted
    if name:  # 'de heer Hofstede' here, 'Erik Hofstede <e.hofstede@…>' in our confirmation below
        quoted = next(((at, found) for at in occurrences(name, history) if (found := _ADDRESS_AFTER.match(history, at + len(name)))), None)
        if quoted and quoted[1].group(1).lower() not in own:
            before = _WORDS_BEFORE.search(history, max(0, quoted[0] - 120), quoted[0])
            full = clean_name((before.group(1) if before else "") + name) or name
            return replace(person, name=full if len(full) > len(name) else name, email=quoted[1].group(1).lower())
    if name and history and (found := _surname_first_in_history(person, history, own)):
        return found
    return _named_in_history(person, history, own) if name and history else person


def _spelled_by_recipient(name: str, recipients: tuple[str, ...], own: set[str]) -> str | None:
    """The one To/Cc address (not ours) whose local part spells a full name the text gives without an address:
    the writer mails the colleague and copies us in, 'her address is above'."""
    words = name.split()
    if len(words) < 2:
        return None
    found = {a.lower() for a in recipients if "@" in a and a.lower() not in own
             and _spells(re.sub(r"[^a-z]", "", _fold(a.split("@", 1)[0])), words)}
    return found.pop() if len(found) == 1 else None


# A quoted header's 'Surname, First <address>' as Outlook writes it: 'To: Erdoğan, Mustafa <m.erdogan@…>'.
_SURNAME_FIRST_ADDRESS = re.compile(r"([^\s:;<>\n][^:;<>\n]{0,40},[^:;<>,\n]{1,40}?)\s*<([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)>")


def _surname_first_in_history(person: Attendee, quoted: str, own: set[str]) -> Attendee | None:
    """'Mr Mustafa Erdoğan … must withdraw' over our confirmation 'To: Erdoğan, Mustafa <m.erdogan@…>': the
    quoted header writes the name surname first, which read the right way round is the person named."""
    for match in _SURNAME_FIRST_ADDRESS.finditer(quoted):
        full, address = display_name(match.group(1)), match.group(2).lower()
        if full and address not in own and same_name(person.name or "", full):
            return replace(person, name=full if len(full) > len(person.name or "") else person.name, email=address)
    return None


def _fuller_in_history(person: Attendee, quoted: str) -> Attendee:
    """'Mevrouw Kaya, onze directeur, is verhinderd' over our reminder 'We hebben geen e-mailadres van Elif Kaya': a
    person the reply names by surname only, as the quoted history names them in full (with no address to match by)."""
    name = person.name or ""
    if person.email and (not name or " " not in name or name.split()[0].lower() in PARTICLES) \
            and person.email in quoted.lower():
        return _named_by_address_in_history(person, quoted)
    if person.email or not name or (" " in name and name.split()[0].lower() not in PARTICLES) or name.split()[-1] not in quoted:
        return person
    full = _fuller_in_text(name, plain := QUOTE_MARKS.sub("", quoted))
    if full == name and " " not in name:  # 'both Emma and Lucas have to withdraw' over our 'Emma de Boer and Lucas Pereira are registered'
        full = _in_full(name, plain)
    return replace(person, name=full) if full and full != name else person


def _fuller_in_subject(person: Attendee, subject: str) -> Attendee:
    """'Onze directeur, de heer Van der Linden, …' under the subject 'Afmelding gesprekstafel Rob van der Linden': a
    surname alone in the text, the person in full in the subject line."""
    name = person.name or ""
    if not name or (" " in name and name.split()[0].lower() not in PARTICLES) or name.split()[-1] not in subject:
        return person  # full already (most mail), or the subject does not name them
    full = _fuller_in_text(name, subject)
    return replace(person, name=full) if full and full != name else person


def _first_name_in_full(person: Attendee, text: str) -> Attendee:
    """'Mijn collega Anton Kramer en ik … Anton (a.kramer@…) gaat met pensioen': the address comes with the first
    name only, the text named the person in full before; a human reads one person."""
    name = person.name or ""
    if not name or " " in name or name.lower() in NOT_NAMES or not name[:1].isupper():
        return person  # full already (most mail)
    full = _in_full(name, text)
    return replace(person, name=full) if full else person


def _named_by_address_in_history(person: Attendee, quoted: str) -> Attendee:
    """'Namens de heer Van Leeuwen: … Wilt u hem (a.vanleeuwen@…) afmelden?', or 'Same address: s.dekker@…' with no name,
    over the thread that named them in full by that address: our confirmation 'de aanmelding van Arjen van Leeuwen
    (a.vanleeuwen@…)', a header 'Aan: Zeynep Yıldız <z.yildiz@…>'. The fuller name must be the same person's."""
    name = person.name or ""
    for found in _named_attendees(QUOTE_MARKS.sub("", quoted), set()):
        full = found.name or ""
        if found.email == person.email and " " in full and (not name or _tail_of(name, full) or _surname_is(name, full.split())):
            return replace(person, name=full)
    return person


def _named_in_history(person: Attendee, quoted: str, own: set[str]) -> Attendee:
    """Someone a reply names briefly ('dhr. Baas kan toch niet', 'Prof. Verbruggen', 'Wendelien') as the
    quoted sign-up or our confirmation names them in full, with an address: '- dhr. Gerard Baas, directeur
    (g.baas@…)', 'de aanmelding van Wendelien Mook (w.mook@…)'. Only one person there may fit."""
    name = person.name or ""
    if name.split()[-1] not in quoted:
        return person
    fits = {a.email: a for a in _named_attendees(QUOTE_MARKS.sub("", quoted), own) if a.name and same_name(name, a.name)}
    if len(fits) != 1:
        return person
    found = next(iter(fits.values()))
    return replace(person, name=found.name if len(found.name or "") > len(name) else name, email=found.email,
                   role=person.role or found.role)


# 'Mijn collega … neemt mijn plaats in', 'In haar plaats komt …', 'send my deputy … in my place'.
REPLACES = any_of(r"\bin (?:mijn|zijn|haar|onze) plaats\b", r"\b(?:neemt|nemen) (?:mijn|zijn|haar) plaats",
                   r"\bin plaats van (?:mij|hem|haar|ons)\b", r"\bin (?:my|his|her) place\b", r"\binstead of (?:me|him|her)\b",
                   r"\bvervang(?:t|en) (?:mij|hem|haar)\b", r"\b(?:zal|gaat|komt|will)\s+(?:mij|hem|haar)\s+vervangen\b", r"\bwill (?:replace|take over from) (?:me|him|her)\b",
                   r"\b(?:als|as) (?:mijn|zijn|haar|my|his|her) (?:vervang(?:er|ster)|replacement|substitute)\b",
                   # 'I'm sending my colleague Sanne Vos as a stand-in', 'ik stuur Ilse als vervanger', '… my deputy, X, as a replacement'
                   r"\b(?:als|as)\s+(?:a\s+)?(?:vervang(?:er|ster)|invaller|invalster|stand-?in|substitute|replacement)\b(?!\s+(?:van|of|for)\b)",  # not '(interim,) als vervanger van Ans'
                   r"\bomzetten naar\b", r"\bzet\w* (?:de aanmelding )?om naar\b", r"\bsend(?:s|ing)?\b[^.?!]{0,60}\binstead\b",
                   r"\bswap (?:my|his|her|our) (?:place|registration|spot|seat)\b",
                   r"\btransfer (?:my|his|her) (?:place|registration|spot|seat)\b", r"\bin (?:my|his|her) stead\b", r"\bruil\w* (?:mijn|zijn|haar) plek\b",
                   r"\b(?:gaat|komt|goes|attends|will attend|will join|will come|will go)\b[^.?!]{0,40}\binstead\b",
                   r"\binstead\s*,\s+[^.?!]{0,60}\b(?:will|would)\s+(?:come|attend|join|go)\b", r"\bin\s+plaats\s+daarvan\s+(?:komt|komen|gaat|gaan)\b",
                   r"\bswap us\b", r"\btake\s+(?:my|the|her|his|that)\s+(?:place|seat|spot)\s+instead\b",  # 'Could … take the place instead?'
                   r"\b(?:mijn|zijn|haar|de|die)\s+(?:plek|plaats)\s+(?:\w+\s+){0,2}overnemen\b", r"\bput\s+(?:my|our)\b[^.?!]{0,60}\bon\s+instead\b",  # 'put my colleague … on instead'
                   r"\bneemt het van (?:mij|me|hem|haar) over\b", r"\bmaar\s+(?:[\w'-]+\s+){1,8}?neemt\s+het\s+over\b",  # 'ik kan niet, maar onze manager X neemt het over'
                   r"\btakes? over from (?:me|him|her)\b", r"\btake (?:my|his|her) (?:seat|place|spot)\b", r"\bneemt (?:mijn|zijn|haar) plek\b",
                   # the place is the subject: 'Mijn plek wordt ingenomen door onze manager …', 'zijn plek neemt Sevda Aksoy in'
                   r"\b(?:mijn|zijn|haar)\s+(?:plek|plaats)\s+(?:wordt|zal\s+worden)\s+(?:\w+\s+){0,2}ingenomen\s+door\b",
                   r"\b(?:mijn|zijn|haar)\s+(?:plek|plaats)\s+(?:neemt|nemen)\s+(?-i:[A-ZÀ-Ý])[^.?!\n]{0,60}?\s+in\b",
                   # 'Could you register my colleague instead: Luc Hermans'
                   r"\b(?:register|sign\s+up|add)\s+(?:my|our)\s+[\w-]+\s+instead\b",
                   r"\bniet ik,?\s+maar\b",  # 'niet ik, maar mijn adjunct Robin Ramdin komt'
                   # the writer who cannot come sends another: 'Ik heb mijn collega gevraagd te gaan: X', 'I asked Y to go instead'
                   r"\b(?:gevraagd|asked)\s+(?:[\w-]+\s+){0,3}(?:(?:om\s+)?te\s+gaan|to\s+go)(?=\s*[:.,;!]|\s+(?:in|instead)\b)",
                   # 'gevraagd mij te vervangen', 'mijn inschrijving laten overnemen door mijn collega', 'Mevrouw X wordt … vervangen door de heer Y'
                   r"\b(?:mij|me|hem|haar)\s+te\s+vervangen\b", r"\b(?:laten|laat)\s+overnemen\s+door\b",
                   r"\b(?:wordt|worden)\s+(?:[^.?!\n]{0,80}\s)?vervangen\s+door\b",
                   # 'Ik laat mij vervangen door mijn collega …', 'please replace Jan Smit by/with …', 'vervang Jan Smit door …'
                   r"\b(?:laat|laten)\s+(?:mij|me|hem|haar|zich)\s+vervangen\b",
                   r"\breplace\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?(?-i:[A-ZÀ-Ý])[^.?!\n]{0,60}?\s(?:by|with)\s+(?:(?:my|our|mr|mrs|ms|dr)\.?\s+(?:\w+\s+)?)?(?-i:[A-ZÀ-Ý])",
                   r"\bvervang\s+(?:(?:mevrouw|de heer|dhr|mw)\.?\s+)?(?-i:[A-ZÀ-Ý])[^.?!\n]{0,60}?\sdoor\s+(?:(?:mijn|onze|mevrouw|de heer|dhr|mw)\.?\s+(?:\w+\s+)?)?(?-i:[A-ZÀ-Ý])",
                   # 'Ik wil mijn aanmelding graag overdragen aan mijn collega …', "arranged for my place to be taken over by …"
                   r"\b(?:aanmelding|inschrijving|plek|plaats|deelname)\s+(?:[\w-]+\s+){0,6}?overdragen\s+aan\b",
                   r"\b(?:place|spot|seat|registration)\s+(?:to\s+be\s+|will\s+be\s+|is\s+(?:being\s+)?)?taken\s+over\s+by\b",
                   # a phone's shorthand: 'ipv mij komt vanmiddag …'
                   r"\bi\.?p\.?v\.?\s+(?:mij|hem|haar)\b",
                   # 'Mijn collega … valt voor mij in', '… will be replacing me', '… is standing in for me', '… komt namens mij'
                   r"\bvalt\s+(?:\w+\s+){0,2}voor\s+(?:mij|hem|haar)\s+in\b", r"\bvalt\s+in\s+voor\s+(?:mij|hem|haar)\b",
                   r"\b(?:is|will be|'ll be)\s+replacing\s+(?:me|him|her)\b", r"\bstand(?:s|ing)?\s+in\s+for\s+(?:me|him|her)\b",
                   r"\b(?:komt|gaat)\s+(?:\w+\s+){0,3}namens\s+(?:mij|hem|haar)\b(?!\s+(?:aan|af)\b)",
                   r"\b(?:attend|come|go|join)s?\s+(?:\w+\s+){0,3}on\s+(?:my|his|her)\s+behalf\b",
                   # one name for another: 'X will be replaced by Y', 'Graag X vervangen door Y', 'Could you swap X for Y?',
                   # 'Wilt u X afmelden en Y aanmelden?', 'change the registration from X to Y', 'de aanmelding van X wijzigen naar Y'
                   r"\b(?:will be|is being|has been|is)\s+replaced\s+(?:by|with)\b", r"(?-i:[A-ZÀ-Ý])[\w'-]*\s+vervangen\s+door\s",
                   r"\bswap\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?(?-i:[A-ZÀ-Ý])[^.?!\n]{0,60}?\s(?:for|with)\s+(?:(?:mr|mrs|ms|dr)\.?\s+)?(?-i:[A-ZÀ-Ý])",
                   r"\bafmelden\s+en\s+(?:[^?!\n]{0,100}\s)?aan\s*melden\b",  # (an address's dots between)
                   r"\bcancel\s+(?-i:[A-ZÀ-Ý])[^.?!\n]{0,60}?\s+and\s+(?:register|sign\s+up|add)\s+(?-i:[A-ZÀ-Ý])",
                   r"\b(?:change|transfer|move)\s+(?:the|my|his|her|our)\s+(?:registration|place|spot|seat)\s+from\s+[^.?!\n]{1,60}?\s+to\s+(?-i:[A-ZÀ-Ý])",
                   r"\b(?:aanmelding|inschrijving|plek|plaats)\s+van\s+[^.?!\n]{1,60}?\s+(?:wijzigen|veranderen|overzetten|omzetten|overschrijven)"
                   r"\s+(?:naar|in|op)\s+(?:(?:mevrouw|de heer|dhr|mw)\.?\s+)?(?-i:[A-ZÀ-Ý])")





# Nobody comes instead: 'Ook mijn adjunct Wendy Maas kan niet in mijn plaats komen', "can't go in my place".
_NOT_IN_PLACE = re.compile(r"\b(?i:niet|not|geen|can't|cannot|won't|nobody|niemand)\s+(?:\w+\s+)?$")


# The one who stops is named after the words: 'Ms Amina Haddou … will attend in place of our director, Mr Peter
# Lindeman (p.lindeman@…)', 'komt in plaats van onze directeur, de heer …'. (Not in REPLACES, which
# classify reads for the intent: 'in plaats van' alone is no sign of a cancellation.)
IN_PLACE_OF = re.compile(r"\b(?i:in place of|in plaats van|in de plaats van|de plaats in van|ter vervanging van|instead of)\s+"
                          r"(?=(?i:our|my|onze|mijn|mr|mrs|ms|dr|de heer|mevrouw|dhr|mw)\.?\s|[A-ZÀ-Ý][a-zà-ÿ])")


# In a cancellation, asking to sign up someone the writer has just named: 'Voor het webinar meld ik me af … Mijn collega
# Tim (t@…) wil wel graag meedoen. Willen jullie hem aanmelden?', 'I can't make it; my deputy can. Could you register
# her?'. A replacement without the word: the one asked for comes, the one who cancels leaves.
_SIGN_UP_THEM = any_of(r"\b(?:hem|haar)\s+(?:\w+\s+){0,2}(?:aan\s*(?:te\s+)?melden|in\s*(?:te\s+)?schrijven)\b",
                       r"\b(?:register|add)\s+(?:him|her)\b", r"\bsign\s+(?:him|her)\s+up\b",
                       # who comes for the one who cancels, the words turned round: 'Namens hem komt onze adjunct-directeur, X'
                       r"\bnamens\s+(?:hem|haar)\s+(?:komt|gaat)\b", r"\bon\s+(?:his|her)\s+behalf\s+(?:comes|will\s+come)\b")


SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n")  # not the dots of an address
# … nor of a title: 'In plaats van mij komt mw. Anouk Teunissen' is one sentence; a full stop and the blank
# line after it are one end, so that 'the sentence before' is not just the blank line.
_SENTENCE_END = re.compile(r"(?:(?<!\b(?i:mw|dr|mr|ms))(?<!\b(?i:dhr|drs|mrs))(?<!\b(?i:mevr|prof))(?<!\b[A-Z])[.!?](?=\s)|\n\s*\n)\s*")


# The block of lines under a sentence that ends in a colon: the people it announces.
_LIST_BELOW = re.compile(r"\s*(?:[ \t]*\S[^\n]*(?:\n|$))+")


# A first name alone right after the words of replacing: 'In mijn plaats komt Gijs, onze manager …'.
_FIRST_NAME_AFTER = re.compile(r"\s*(?:(?i:komt|gaat|neemt|schuift|will\s+attend|will\s+come|comes|goes)\s+(?:(?i:dan|nu|dus|deel)\s+)?)?"
                               r"(?:(?i:mijn|onze|my|our)\s+(?i:collega|colleague)\s+)?([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)"
                               r"(?![\w'-]|\s+(?:[A-ZÀ-Ý]|(?:van|de|der|den|ter|ten)\s))")


# … or before them: 'Sanne kan 24/6 niet, Dirk gaat in haar plaats.', 'Mijn collega Femke komt in mijn plaats.'
_FIRST_NAME_BEFORE = re.compile(r"(?:^|(?<=[,.;:!?]\s)|(?<=\n)|(?<=\bcollega\s)|(?<=\bcolleague\s))([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s+(?:gaat|komt|goes|comes)\s+"
                                r"(?:(?:dan|nu|dus)\s+)?in\s+(?:zijn|haar|mijn|his|her|my)\s+(?:plaats|plek|place)\s*\Z")


# … or the subject of the words of replacing, a role or remark allowed: 'My deputy Hanneke will come instead', 'Joost will go
# in my place', 'My colleague Jorien, who coordinates reading …, will attend instead' (the text up to those words).
_FIRST_NAME_SUBJECT = re.compile(r"(?:^|(?<=[,.;:!?]\s)|(?<=\n)|\b(?i:mijn|onze|zijn|haar|my|our|his|her)\s+[\w'’-]+\s+)"
                                 r"([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)(?:[ \t]*\([^()\n]{1,80}\)|,[^,.!?\n]{1,80},)?\s+"
                                 r"(?:(?i:gaat|komt|goes|comes|will(?:\s+(?:come|go|attend|join|be\s+going|be\s+coming))?|neemt)\s+)?"
                                 r"(?:(?i:dan|nu|dus|graag|wel|then|now|gladly|happily)\s+)*\Z")


_REPLY_BELOW = re.compile(r"\b(?i:zie|see)\s+(?i:zijn|haar|his|her)\s+(?i:reactie|antwoord|mail|bericht|reply|answer|message)\s+(?i:hieronder|below)\b")


def _with_replacement(people: tuple[Attendee, ...], sender: Attendee, text: str,
                      replacing: re.Match[str]) -> tuple[tuple[Attendee, ...], list[Attendee]]:
    """A cancellation that names who comes instead: the people in the sentence that says so are
    registered (action "register"); the others, or else the sender, are cancelled (not one the text says stays: 'My
    colleague Lucas Moreau is already registered; could you register Jamal Idrissi … in my place?')."""
    stops = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]
    before = [i for i in stops if i <= replacing.start()]
    end = min((i for i in stops if i > replacing.end()), default=len(text))
    sentence = text[before[-1]: end]
    if sentence.rstrip().endswith(":") and (listed := _LIST_BELOW.match(text, end)):
        end = listed.end()  # 'In mijn plaats komen twee collega's:' / '- Bram Oudejans, …' / '- Ayşe Kılıç, …'
        sentence = text[before[-1]: end]
    others_here = any(a.email != sender.email and a.name and a.name.split()[-1] in sentence for a in people)
    if not others_here and _WRITER_REPLACES.search(sentence) and not any(a.email == sender.email for a in people):
        return (*people, replace(sender, action="register")), [sender]  # '… kan helaas niet komen. Ik kom in haar plaats.'
    if not others_here and sender.email and sender.name and " " in sender.name and sender.name in sentence \
            and (leaving := [a for a in people if a.email != sender.email]):  # 'Our director … has to cancel. I will attend
        # instead: Martha Osei, manager … at Forum Zoetermeer': the writer names themself as the one who comes
        leaving = [replace(a, organisation=a.organisation or sender.organisation) for a in leaving]
        return (*leaving, replace(sender, action="register")), [sender]
    if not others_here and len(people) == 1 and people[0].email and people[0].email != sender.email \
            and _REPLY_BELOW.search(sentence):  # 'Mijn collega (zie zijn reactie hieronder) gaat in mijn plaats': the one
        return (sender, replace(people[0], action="register")), [people[0]]  # whose answer is forwarded comes; the writer leaves
    if len(before) >= 2 and not others_here:
        sentence = text[before[-2]: end]  # 'Gelukkig kan mijn adjunct, Yvonne ter Beek, wel. Zij neemt mijn plaats in.'

    def in_sentence(a: Attendee) -> bool:
        return bool(a.email and a.email in sentence.lower()) or bool(a.name and a.name.split()[-1] in sentence)
    replaced = [a for a in people if a.email != sender.email and in_sentence(a)] \
        or [a for a in people if a.email != sender.email and a.name and " " in a.name and has_word(a.name.split()[0], sentence)]
    # (else by first name: 'doorgestuurd naar Frank, want hij gaat nu in mijn plaats. Ik kom dus niet, Frank van Lieshout wel')
    if len(replaced) > 1 and (off := _names_off(sentence, [])):  # 'Anna de Wit cannot attend; … Bram Kos (…) will take her place'
        replaced = [a for a in replaced if not (a.name and any(same_name(a.name, o.name or "") for o in off))] or replaced
    if IN_PLACE_OF.match(text, replacing.start()):  # 'X will attend in place of Y': Y, after the words, stops
        replaced = [a for a in replaced if not _named_after(a, text, replacing.end())]
    if not replaced:  # 'In plaats van mij komt Hatice Demir' (no address): the name in that sentence
        names = [name for m in NAME.finditer(sentence) if (name := person_at(m.group(0))[0])
                 and not same_name(name, sender.name) and not any(same_name(name, a.name) for a in people)
                 and name != sender.organisation]  # (not the writer's 'Forum Zoetermeer')
        if not names and (first := _FIRST_NAME_AFTER.match(text, replacing.end()) or _FIRST_NAME_BEFORE.search(text, 0, replacing.end())
                          or _FIRST_NAME_SUBJECT.search(text, before[-1], replacing.start())) \
                and first.group(1).lower() not in NOT_NAMES \
                and not same_name(first.group(1), (sender.name or "").split()[0] if sender.name else None):
            names = [first.group(1)]  # 'In mijn plaats komt Gijs, onze manager bedrijfsvoering', 'Dirk gaat in haar plaats': by first name
        replaced = [Attendee(name, None, sender.organisation) for name in names[:1]]
        if replaced:  # 'whether someone else will take her place' names nobody: the people stay as they are
            people = tuple(a for a in people if a.email) or (sender,)
    if not replaced:
        return people, []
    # Who leaves: 'De heer Frits Abbink … meldt zich af. In zijn plaats komt mevrouw Anja Meijerink'; 'Aanmelding van
    # Marloes de Groot … wordt vervangen door Lotte Vermeulen (…)': the other name in the sentence; else the writer.
    others = [sender.name or "", *(r.name or "" for r in replaced)]
    staying = _staying(text)
    leaving = [a for a in people if a not in replaced] or [a for a in (
        *[a for a in _titled_people(text, sender, cancelling=True) if not any(same_name(a.name or "", r.name) for r in replaced)][:1],
        *role_named_people(text, others, cancelling=True)[:1],
        *[Attendee(name, None) for name in _full_names_in(sentence, others)][:1]) if not _named_in(a, staying)][:1] \
        or [sender]
    leaving = [replace(a, organisation=a.organisation or sender.organisation) for a in leaving]
    if _MAY_THEY.search(text, before[-1], replacing.start()) and text[replacing.end(): end].rstrip().endswith("?"):
        return tuple(leaving), []  # 'Would it be possible for her deputy, Mr Jeroen Baars, to take her seat?': asked, not yet so
    return (*leaving, *(replace(a, action="register") for a in replaced)), replaced


# Leave asked for the one who would come instead, the sentence a question: 'Would it be possible for her deputy … to take
# her seat?', 'Is het mogelijk dat mijn adjunct … mijn plaats inneemt?' (not 'Could you register my colleague instead?').
_MAY_THEY = re.compile(r"\b(?i:(?:would|will|is)\s+it\s+(?:be\s+)?(?:possible|ok|okay|all\s+right|alright|allowed)\s+(?:for|if)"
                       r"|(?:is|zou)\s+het\s+(?:mogelijk|goed|toegestaan)\s+(?:zijn\s+)?(?:dat|als|om))\b")


# The writer signs up someone by pronoun: 'Ik meld hem alvast aan', 'Graag schrijf ik haar in', 'Could you register her?'.
_SIGN_UP_PRONOUN = re.compile(r"\b(?i:meld|schrijf|geef)\s+(?:(?i:ik|wij|we)\s+)?(?i:hem|haar)\b(?:\s+\w+){0,3}\s+(?i:aan|in|op)\b"
                              r"|\b(?i:hem|haar)\s+(?:\w+\s+){0,2}(?i:aan\s*(?:te\s+)?melden|in\s*(?:te\s+)?schrijven)\b"
                              r"|\b(?i:register|sign\s+up|add)\s+(?i:him|her)\b|\b(?i:sign)\s+(?i:him|her)\s+up\b")


# … or off: 'Sabine is met verlof, dus wilt u haar afmelden?', 'Meld hem maar af', 'Could you cancel her place?'.
_SIGN_OFF_PRONOUN = re.compile(r"\b(?i:meld|schrijf)\s+(?:(?i:ik|wij|we|u|je|jij)\s+)?(?i:hem|haar)\b(?:\s+\w+){0,3}\s+(?i:af|uit)\b"
                               r"|\b(?i:hem|haar)\s+(?:\w+\s+){0,2}(?i:af\s*(?:te\s+)?melden|uit\s*(?:te\s+)?schrijven)\b"
                               r"|\b(?i:cancel|withdraw|unregister)\s+(?i:him|her)\b|\b(?i:take)\s+(?i:him|her)\s+off\b")


def _the_one_signed_up_as_him(text: str, exclude: list[str], pronoun: re.Pattern[str] = _SIGN_UP_PRONOUN) -> list[Attendee]:
    """'Per 1 maart start Joris Mertens bij ons als coördinator. Ik meld hem alvast aan': the one person named in full in
    the two sentences before the pronoun is whom it means; two or none, and it is not clear. (Signed off the same way.)"""
    found = pronoun.search(text)
    if not found:
        return []
    ends = [m.end() for m in SENTENCE_END.finditer(text, 0, found.start())]
    names = _full_names_in(text[ends[-2] if len(ends) > 1 else 0: found.start()], exclude)
    return [Attendee(names[0], None)] if len(names) == 1 else []


_NAME_ONLY_HEADER = re.compile(r"^[ \t>]*\**(?:van|from)\s*:\**[ \t]*([^<>@\n]{3,60})$", re.M | re.I)


def _writers_quoted_mail(p: ParsedMail, sender: Attendee) -> str | None:
    """The writer's own earlier mail in the quoted history, without its signature and quote marks."""
    for header in _AUTHOR_HEADER.finditer(p.quoted) if sender.email else ():
        if header.group(2).lower() == (sender.email or "").lower():
            return re.sub(r"(?m)^[ \t>]+", "", split_signature(message_body(p.quoted, header.end())[1])[0])
    for header in _NAME_ONLY_HEADER.finditer(p.quoted) if sender.name else ():  # Outlook's 'From: Lucy Fairbanks', no address
        if same_name(header.group(1).strip(), sender.name):
            return re.sub(r"(?m)^[ \t>]+", "", split_signature(message_body(p.quoted, header.end())[1])[0])
    return None


def _the_one_named_before(p: ParsedMail, sender: Attendee, exclude: list[str]) -> list[Attendee]:
    """The one person the writer's own quoted mail names in full, or nobody when it names none or more."""
    names = _full_names_in(body, exclude) if (body := _writers_quoted_mail(p, sender)) else []
    return [Attendee(names[0], None)] if len(names) == 1 else []


# The first quoted message's attribution line: 'Op 6 jun. 2019 om 11:03 heeft Thomas Krijgsman <t.k@…> het volgende geschreven:',
# 'Op di 4 jun. 2019 schreef Thomas Krijgsman <…>:', 'On Tue, 4 Jun 2019 at 10:00, Thomas Krijgsman <…> wrote:'.
_ATTRIBUTION = re.compile(r"^[ \t>]*(?:Op|On)\s[^\n]{0,120}?(?:\bheeft|\bschreef|,)\s+([^<>\n,]{2,60}?)\s*<([^<>@\s]+@[^<>\s]+)>", re.M)
# Off by pronoun: 'could you please take her off the list?', 'Wil je haar afmelden?', 'cancel his registration'.
_TAKE_THEM_OFF = re.compile(r"\b(?i:take\s+(?:him|her)\s+off|remove\s+(?:him|her)\b|cancel\s+(?:his|her)\s+(?:registration|place|booking)"
                            r"|(?:hem|haar)\s+(?:\w+\s+){0,2}(?:afmelden|af\s+te\s+melden|uitschrijven|van\s+de\s+lijst))")


def _asker_below(p: ParsedMail, sender: Attendee) -> list[Attendee]:
    """'Akkoord, meld hem maar aan.' from the manager, over the colleague's own quoted 'Als jij akkoord bent, kan de organisatie
    (in cc) mij direct inschrijven': the one who asked below, with the address their mail came from."""
    if not _SIGN_UP_PRONOUN.search(p.text) or not (head := _ATTRIBUTION.search(p.quoted[:400])):
        return []
    name, email = clean_name(display_name(head.group(1))), head.group(2).lower()
    if email == (sender.email or "").lower() or not name or " " not in name or not _is_person_name(name):
        return []
    return [Attendee(name, email)]


def _the_one_asked_about_before(p: ParsedMail, sender: Attendee, exclude: list[str]) -> list[Attendee]:
    """'Fijn, dank je. Dan meld ik hem bij deze aan.' over the writer's own earlier mail, quoted below ('Onze nieuwe
    directeur, Bas van Rooij, is sinds 1 mei in dienst. Mag hij ook komen?'): the one person that mail names in full."""
    return _the_one_named_before(p, sender, exclude) if _SIGN_UP_PRONOUN.search(p.text) else []


# A short yes to a proposal quoted below: 'Ja hoor, prima!', 'Graag, doe maar voor ons allebei.', 'Yes please'.
_YES = re.compile(r"^\W*(?i:ja|jazeker|graag|prima|top|fijn|akkoord|goed|doe maar|yes|sure|great|perfect|please do|absolutely|ok|oké|okay)\b")
# The proposal: 'Zal ik jou … en je collega Tamara Hoekstra … aanmelden …?', 'Zal ik jullie allebei aanmelden?', 'Shall I register you both?'
_PROPOSAL = re.compile(r"\b(?i:zal\s+ik|shall\s+i|should\s+i|wil\s+je\s+dat\s+ik)\b[^?]{0,240}?"
                       r"\b(?i:aanmelden|aan\s+te\s+melden|inschrijven|opgeven|register|sign\s+\w+(?:\s+\w+)?\s+up|add)\b[^?]{0,120}\?")
_YOU = re.compile(r"\b(?i:jou|je|jij|jullie|u|you)\b")
_BOTH = re.compile(r"\b(?i:allebei|beiden|both|ons\s+twee(?:ën)?)\b")


def _proposal_accepted(p: ParsedMail, sender: Attendee) -> tuple[Attendee, ...]:
    """A short yes under a quoted offer to sign people up ('Zal ik jou en je collega Tamara Hoekstra aanmelden?' —
    'Ja hoor, prima!'): the people it offered, the writer among them when it was offered to them; 'jullie allebei' is the
    writer and the one colleague their own earlier mail named ('Mag ik mijn collega Eline Roos meenemen?')."""
    if len(p.text.strip()) > 200 or not _YES.match(p.text) or not p.quoted:
        return ()
    quoted = re.sub(r"(?m)^[ \t>]+", "", p.quoted[:3000])
    if not (offer := _PROPOSAL.search(quoted)):
        return ()
    offered = [Attendee(n, None) for n in _full_names_in(offer.group(0), [sender.name or ""])
               if is_name_word(n.split()[0].lower())]  # not 'Shall I'

    if not offered and _BOTH.search(offer.group(0) + " " + p.text):
        offered = _the_one_named_before(p, sender, [sender.name or ""])
    return (sender, *offered) if offered and _YOU.search(offer.group(0)) else tuple(offered)


def _full_names_in(sentence: str, exclude: list[str]) -> list[str]:
    """The names in full (first name and surname) a sentence gives, after a word that opens it ('Aanmelding van
    Marloes de Groot'); not the excluded, nor a body ('Stichting Lezen'), nor a place ('Den Haag')."""
    found: list[str] = []
    for match in NAME.finditer(sentence):
        name = person_at(match.group(0))[0]
        if not name and (tail := trailing_name(match.group(0))):
            name = person_at(tail)[0]
        if name and " " in name and not is_body(name) and name.split()[0].lower() not in PARTICLES \
                and not any(FIELD_OF_WORK.fullmatch(w) for w in name.split()) and not _FIELD_ADJECTIVE.match(name) \
                and not any(same_name(name, other) for other in [*exclude, *found]):  # not a role's field: 'Publieke Dienstverlening'
            found.append(name)
    return found


def _named_after(person: Attendee, text: str, at: int) -> bool:
    """Is the person (by address or surname) first named at or after ``at``?"""
    surname = (person.name or "").split()[-1:]
    found = text.lower().find(person.email) if person.email else -1
    if found < 0 and surname:
        found = text.find(surname[0])
    return found >= at


def _people(p: ParsedMail, text: str, own_addresses: set[str], sender: Attendee,
            acts_in_forward: bool, intent: str) -> tuple[tuple[Attendee, ...], Hit]:
    """In order: a list of people; people the text names (with or without an address); the author of a
    forwarded sign-up; else the sender. The sender joins named people when the text says so."""
    named = _named_attendees(text, exclude=own_addresses) or _cc_attendees(p, text, own_addresses, intent == "register")
    if any(a.email != p.from_email for a in named) and (dead := _dead_addresses(text)):
        named = [a for a in named if a.email not in dead or a.email == p.from_email]  # 'mijn oude adres (…) werkt niet meer'
    if (other := _OWN_OTHER_ADDRESS.search(text)) and (work := other.group(1).lower()) not in own_addresses:
        if not _THIS_ADDRESS_DOES.match(text, other.end()):
            sender = replace(sender, email=work)  # 'vanaf mijn privéadres … mijn werkadres: g.mulder@…'
        named = [a for a in named if a.email != work]  # the writer's own, either way: nobody else
    if named and (private := _OWN_PRIVATE_ADDRESS.search(text)):
        named = [a for a in named if a.email != private.group(1).lower().rstrip(".")]  # a second address of the writer
    if listed := listed_people(text, sender):
        own = next((a.organisation for a in listed if a.email == sender.email and a.organisation), None)
        people, hit = _merge_listed(listed, named, sender.organisation or own, text, sender)  # '- Kees Rutten, directeur, Bibliotheek
        # Peelland' / '- mijn collega Yasmina Amrani, …': the writer's own line gives the colleagues' library too
        if intent == "register" and (_SELF_TOO.search(text) or _counted_with_writer(text, len(people))) \
                and not _lists_sender(people, sender):
            people = (sender, *people)  # 'wil ik graag mezelf aanmelden en twee collega's …: Sanne Jansen (…) en …'
        return people, hit
    if intent == "register" and not named and (accepted := _proposal_accepted(p, sender)):
        return accepted, Hit("proposal-accepted", f"says yes to the sign-up offered below: {', '.join(a.name or '?' for a in accepted)}")
    named = _named_in_text(p, text, named, sender, intent)
    if not named:
        return _nobody_named(p, sender, acts_in_forward, own_addresses, intent)
    also_self = _SELF_TOO if intent == "register" else _SELF_TOO_CANCELLED
    if acts_in_forward and (author := _forward_author_too(p, own_addresses, sender, named, also_self)):
        named = [author, *named]  # 'Wil jij mij en Bram Hoogland aanmelden?' in Anja's forwarded mail: Anja is 'mij'
    own_words = _writers_own_words(p, text, sender)
    if (also_self.search(own_words) or _writer_named_with_others(own_words, sender.name)) \
            and not {p.from_email, sender.email or p.from_email} & {a.email for a in named} \
            and not (intent == "register" and _registered_already(p, sender)):
        return (sender, *named), Hit("attendees-named-and-sender", f"the sender and {len(named)} named")
    why = "on behalf of" if _ON_BEHALF.search(text) else "addresses named in the text"
    return tuple(named), Hit("attendees-named", f"{len(named)} named person(s): {why}")


# A number of people, the names to follow or just given: 'met drie collega's', 'drie schooldirecteuren', 'three colleagues'.
_COUNTED = re.compile(r"\b(?i:(twee|drie|vier|vijf|zes|two|three|four|five|six|[2-6]))\s+(?:[\w-]+\s+)?"
                      r"(?i:collega's|collegae|mensen|personen|deelnemers|[\w-]*directeuren|medewerkers|leerkrachten|colleagues|people"
                      r"|directors|members\s+of\s+staff|staff\s+members|teachers)\b")
_COUNT_WORDS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


_STAYS_PUT = re.compile(r"\b(?:blijft|blijven)\s+(?:gewoon\s+|w[eé]l\s+)?(?:staan|aangemeld|ingeschreven)\b|\b(?:komen|komt)\s+(?:gewoon|w[eé]l)\b"
                        r"|\b(?i:still\s+(?:coming|attending|registered)|remain\s+registered|stay\s+registered)\b")


_WRITER_COUNTED = re.compile(r"\b(?i:naast|behalve|besides|apart\s+from|plus|en|and)\s+(?i:mijzelf|mezelf|ikzelf|myself|me|mij)\b")


def _counted_names(text: str, writer: str | None) -> list[Attendee]:
    """People a sentence counts and then names in full ('Wij hadden ons met drie collega's aangemeld (Sylvia Boer,
    Martijn Kooistra en Fenna de Jong)'): in that sentence and the next, exactly as many full names as counted, the
    writer among them or not. The count guards against names that only pass by."""
    for count in _COUNTED.finditer(text):
        number = int(word) if (word := count.group(1).lower()).isdigit() else _COUNT_WORDS[word]
        start = max(text.rfind("\n\n", 0, count.start()), *(m.end() for m in SENTENCE_END.finditer(text, 0, count.start())), 0)
        ends = [m.start() for m in SENTENCE_END.finditer(text, count.end())]
        end = ends[1] if len(ends) > 1 else len(text)  # the sentence with the count and the next
        names = _full_names_in(text[start: end], [])
        if len(names) > number and len(ends) > 1:
            names = _full_names_in(text[start: ends[0]], [])
        if len(names) + (1 if _WRITER_COUNTED.search(text, start, end) else 0) == number \
                and not _STAYS_PUT.search(text, start, end):  # not 'De twee directeuren die ik heb
            # aangemeld, Hans Gerritsen en Lieke Wolters-Damen, blijven gewoon staan'
            return [Attendee(name, None) for name in names if not same_name(name, writer)]
    return []


_HOW_MANY = re.compile(r"(?i)\bmet\s+z(?:'|ij)?n\s+(twee|drie|vier|vijf)(?:ën|en)\b")
_NUMBERS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5}


def _counted_with_writer(text: str, listed: int) -> bool:
    """'wij willen graag met z'n drieën meedoen … mijn collega's zijn: [two]': the count says the writer is the third."""
    found = _HOW_MANY.search(text)
    return bool(found) and _NUMBERS[found.group(1).lower()] == listed + 1


def _forward_author_too(p: ParsedMail, own: set[str], sender: Attendee, named: list[Attendee], also_self: Phrases) -> Attendee | None:
    """The author of the forwarded sign-up, when their own mail says they come with the people it names: the forward's
    'me' is its author, not the one who passes it on."""
    if not p.forwarded_from or not p.forwarded:
        return None
    display, address = p.forwarded_from
    address = address.lower()
    if address in own or address == (sender.email or "").lower() or any(a.email == address for a in named):
        return None
    if not also_self.search(first_forwarded_message(p.forwarded)):
        return None
    name = clean_name(display_name(display))
    f_name, f_role, f_org = signed_under(p.forwarded)
    if name and f_name and same_person_fuller(name, f_name):
        name = f_name
    return Attendee(name or f_name, address, organisation=f_org or sender.organisation, role=f_role)


# A delivery failure report, forwarded or quoted: the addresses it lists did not work ('Delivery has failed to these
# recipients or groups:' / 'seher.hazinedaar@…', 'Bezorging is mislukt voor deze geadresseerden').
_FAILED_DELIVERY = re.compile(r"(?i:delivery has failed|could(?: not|n't) be delivered|undeliverable|bezorging is mislukt|onbestelbaar"
                              r"|kan niet worden bezorgd|recipient address rejected|user unknown|address not found)")
_REPORT_SPAN = 300  # the failed addresses follow the report's first line closely
# The writer's address that no longer works: 'mijn oude adres (saskia.wijnands@…) werkt niet meer', 'my old address …'.
_OWN_OLD_ADDRESS = re.compile(r"\b(?:mijn|my)\s+(?:oude|vorige|eerdere|voormalige|old|previous|former)\s+(?:e-?mail[\s-]*)?(?:adres|address)\b"
                              r"[^@\n]{0,40}?([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)", re.I)


def _dead_addresses(text: str) -> set[str]:
    """Addresses that reach nobody: those a delivery failure report lists, and the writer's own old one. Not a
    second attendee (the writer's old address) nor anyone at all (a mistyped one of ours)."""
    dead = {m.group(1).lower() for m in _OWN_OLD_ADDRESS.finditer(text)}
    for report in _FAILED_DELIVERY.finditer(text):
        dead |= {m.group(0).lower().rstrip(".") for m in EMAIL.finditer(text, report.end(), report.end() + _REPORT_SPAN)}
    return dead


def _writers_own_words(p: ParsedMail, text: str, sender: Attendee) -> str:
    """Where the sender may say they come too: not in a colleague's forwarded mail ('Tom should come along as well'
    is Helen's, under her assistant's 'Please register Dr. Helen Marsh and Tom Fielding')."""
    if p.forwarded and p.forwarded_from and p.forwarded_from[1].lower() != (sender.email or "").lower():
        return p.text
    return text


# The writer's own full name joined to another's: 'Wij (Anke de Wit en Pieter Smulders) komen graag', 'Pieter Smulders and
# Anke de Wit would like to come'. Matched at the name's place, found by a plain find (no pattern per name).
_AND_SOMEONE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?,?[ \t]*(?:\ben\b|\band\b|&)[ \t]+"
                                r"(?:(?i:als|as)[ \t]+(?:(?i:a|een)[ \t]+)?[a-z]+[ \t]+)?[A-ZÀ-Ý]")  # '… (directeur) en als gast Ms Laura Evans'
_SOMEONE_AND_BEFORE = re.compile(r"[A-ZÀ-Ýa-zà-ÿ)][ \t]+(?:en|and|&)[ \t]+\Z")
# … or first in a list of names with commas: '(Sylvia Boer, Martijn Kooistra en Fenna de Jong)'.
_FIRST_IN_A_LIST = re.compile(r"[ \t]*,[ \t]*[A-ZÀ-Ý][\w'-]*(?:[ \t]+[\w'-]+){1,3}(?:[ \t]*,[ \t]*[A-ZÀ-Ý][\w'-]*(?:[ \t]+[\w'-]+){1,3})*"
                              r"[ \t]+(?:en|and|&)[ \t]+[A-ZÀ-Ý]")


def _writer_named_with_others(text: str, name: str | None) -> bool:
    """Does the text name the writer in full, joined by 'en'/'and' to someone else? Then they are one of the people."""
    if not name or " " not in name:
        return False
    return any(_AND_SOMEONE_AFTER.match(text, at + len(name)) or _SOMEONE_AND_BEFORE.search(text[max(0, at - 40): at])
               or _FIRST_IN_A_LIST.match(text, at + len(name))
               for at in occurrences(name, text))


# Our reminder or confirmation, quoted under the reply: 'Over een week is het zover. U bent aangemeld voor:', 'Bedankt voor
# uw aanmelding voor de Gesprekstafel …', 'Hierbij bevestigen we de aanmelding van … voor:'.
_YOU_ARE_REGISTERED = any_of(r"\bu bent aangemeld voor\b", r"\byou are registered for\b", r"\bbedankt voor uw aanmelding voor\b",
                             r"\bthank you for your registration for\b", r"\bbevestigen we de aanmelding van\b",
                             r"\bwe hereby confirm the registration of\b")


# The writer says so over their own sign-up, forwarded: 'Ikzelf sta al ingeschreven, zie mijn aanmelding hieronder'.
_I_AM_REGISTERED = any_of(r"\b(?:ik|ikzelf|zelf)\s+(?:sta|ben)\s+(?:\w+\s+)?al\s+(?:ingeschreven|aangemeld|op de lijst)\b",
                          r"\bi(?:'m| am)\s+already\s+(?:registered|signed up|on the list)\b")


def _registered_already(p: ParsedMail, sender: Attendee) -> bool:
    """Is the writer on the list already, as our reminder to them says in the quoted history? Then 'Ik neem onze
    beleidsadviseur mee, Lotte Zwart (…)' under it signs up only the colleague: the writer needs no second place."""
    if _I_AM_REGISTERED.search(p.text):
        return True
    if not p.quoted or not _YOU_ARE_REGISTERED.search(p.quoted):
        return False
    return bool(sender.email and sender.email.lower() in p.quoted.lower()) or bool(sender.name and sender.name in p.quoted) \
        or bool(sender.name and " " in sender.name and has_word(sender.name.split()[0], p.quoted[:300])
                and has_word(sender.name.split()[-1], p.quoted[:300]))  # 'Beste Henk Brouwer' over 'mijn naam is Henk Jan Brouwer'


# The writer's own other address: 'Wilt u de bevestiging naar mijn werkadres sturen? Dat is g.mulder@…'.
_OWN_OTHER_ADDRESS = re.compile(r"\b(?:mijn|my)\s+(?:werk|zakelijke?|work|office|business)[\s-]*(?:e-?mail)?[\s-]*(?:adres|address)\b"
                                r"[^@\n]{0,40}?([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)", re.I)


# The writer's own private address, where something should go as well: 'please also send the link to my private address,
# julia@home…', 'stuur de link ook naar mijn privé-adres (…)'. The writer, registered by the address they write from.
_OWN_PRIVATE_ADDRESS = re.compile(r"\b(?:mijn|my)\s+(?:privé|prive|private|personal|persoonlijke?|home|thuis)[\s-]*(?:e-?mail)?[\s-]*"
                                  r"(?:adres|address)\b[^@\n]{0,20}?([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)", re.I)


# … but the writer keeps the one they write from: '…; mijn werkadres is j.h@…, maar dit adres is prima voor de bevestiging'.
_THIS_ADDRESS_DOES = re.compile(r"[^.?!\n]{0,20}\b(?i:maar|but)\s+(?i:dit|this|het huidige|my current)\s+(?i:adres|address|account)\s+"
                                r"(?i:is|werkt|works|volstaat|will do)\b")


def _someone_else(person: Attendee, sender: Attendee) -> bool:
    """A titled name the text gives the sender's own address: a shared mailbox ('directie@…') that the
    secretary writes from for her director."""
    return bool(person.name) and sender.name is not None and not same_name(person.name or "", sender.name) \
        and is_department((sender.email or "").split("@")[0])


# The sentence that gives an address says its owner has gone, or the address itself: no one to sign up there.
_GONE = re.compile(r"\b(?:met pensioen|is vertrokken|werkt (?:hier )?niet meer|niet meer (?:bij ons|in dienst)|has left|no longer works"
                   r"|has retired|wordt (?:binnenkort )?opgeheven|is opgeheven|will (?:soon )?be (?:closed|deleted|discontinued))\b", re.I)


def _address_going(person: Attendee, text: str) -> bool:
    """'Rob staat nog in jullie adressenbestand. Zijn adres (r.timmermans@…) wordt binnenkort opgeheven': not Rob's sign-up."""
    at = text.lower().find(person.email) if person.email else -1
    if at < 0:
        return False
    start = max((text.rfind(c, 0, at) for c in ".!?\n"), default=-1) + 1
    ends = [e for e in (text.find(c, at + len(person.email or "")) for c in ".!?\n") if e >= 0]
    return bool(_GONE.search(text, start, min(ends, default=len(text))))


def _named_in_text(p: ParsedMail, text: str, named: list[Attendee], sender: Attendee, intent: str) -> list[Attendee]:
    """People named by address, completed with the names the text gives them, and people named without one."""
    org, role = sender.organisation, sender.role
    if intent == "register":  # (a cancellation is just for them: 'Anton (a.kramer@…) gaat met pensioen, zijn aanmelding mag eraf')
        named = [a for a in named if not _address_going(a, text)]  # 'Zijn adres (r.timmermans@…) wordt binnenkort opgeheven'
    if named and all(a.email == p.from_email and not _someone_else(a, sender) for a in named):
        named = []  # only their own address: the sender acts for themself (not 'Dhr. Jonker is bereikbaar via
        # dit adres: directie@…', a director reached through the shared mailbox)
    named = [a if a.email != p.from_email else Attendee(a.name or sender.name, a.email, org, a.role or role)
             for a in named]
    nameless = [a for a in named if not a.name]
    titled = _titled_people(text, sender, intent == "cancel")
    if len(nameless) == 1 and len(titled) == 1:  # 'namens onze directeur, mevrouw Esther van Dijk'
        named = [replace(a, name=_fuller_in_text(titled[0].name, text)) if a is nameless[0] else a for a in named]
    unaddressed = role_named_people(text, [a.name for a in named if a.name] + [sender.name or ""], intent == "cancel")
    unaddressed = [a for a in unaddressed if not org or (a.name or "").lower() != org.lower()]  # '(adjunct-directeur Forum
    # Zoetermeer)': the writer's organisation after their role, no person
    if not named and not unaddressed:  # 'Mevrouw drs. Caroline Achterberg, directeur van …, neemt graag deel'
        unaddressed = _titled_people(text, sender, intent == "cancel")
    if named and not unaddressed and _TITLE_OR_INITIALS.search(text):  # 'Please register Dr. Helen Marsh and Tom Fielding (…)'
        unaddressed = _titled_alongside(text, _titled_people(text, sender, intent == "cancel"), named)
    elif unaddressed and intent == "register" and _WITH_TITLED.search(text):  # 'Mevrouw Baas, onze directeur, … Zij komt graag
        # …, samen met de heer Kramer, manager dienstverlening': the one named by role, and the titled one who comes with her
        known = [sender.name or "", *(a.name or "" for a in unaddressed)]
        unaddressed += [t for t in _titled_people(text, sender) if t.name and _comes_with(text, t.name)
                        and not any(same_name(t.name, k) or _tail_of(t.name, k) for k in known if k)]
    if not named and unaddressed and intent == "cancel":  # 'Namens Karin Wessels het volgende: … Youssef Amrani en
        # Linda Boerhave kunnen helaas niet deelnemen': those who cannot come are cancelled too (who stays, _without_staying drops)
        unaddressed += _names_off(text, [sender.name or "", *(a.name or "" for a in unaddressed)])
    if named and intent == "cancel":  # 'Saïd Azzouzi (s.azzouzi@…) en Joke Hermans-van Rijn kunnen niet': the one without
        # an address is cancelled with the one who has one (read with the addresses left out, whose dots end no sentence)
        known = [sender.name or "", *(a.name or "" for a in (*named, *unaddressed))]
        unaddressed += [a for a in _names_off(_BRACKETED_ADDRESS.sub("", text), known)
                        if not any(a.name and _surname_is(n.split()[-1], a.name.split()) for n in known if n)]
    if not named and intent in ("register", "cancel") and _COUNTED.search(text):  # 'sluiten drie schooldirecteuren aan: Sander
        # Bijl van RKBS St. Jozef, Nicole Peeters (IKC De Vlinder) en …, Hans Vreeswijk'
        known = [sender.name or "", *(a.name or "" for a in unaddressed)]
        unaddressed += [a for a in _counted_names(text, sender.name) if not any(same_name(a.name or "", k) for k in known if k)]
    if not named and not unaddressed:  # 'Wil je Vincent van Es afmelden voor morgen?', "cancel Jeroen Pronk's registration"
        unaddressed = _names_asked_for(p.text, [sender.name or ""]) or _registrations_listed(p.text, sender)
    if not named and not unaddressed and intent == "register" and (together := _TOGETHER_WITH.search(text)) \
            and (name := person_at(together.group(1))[0]) and " " in name and not same_name(name, sender.name):
        unaddressed = [Attendee(name, None)]  # 'Ik meld me aan voor 24 juni, samen met Lars Wijnands, onze nieuwe adjunct-directeur'
    if not named and not unaddressed and intent == "register":  # 'Ik kom. Annemarie gaat ook mee' (the note, not a forward)
        unaddressed = _names_coming(p.text, [sender.name or ""]) or _first_names_along(p.text, [sender.name or ""]) \
            or _the_one_signed_up_as_him(p.text, [sender.name or ""]) \
            or _the_one_asked_about_before(p, sender, [sender.name or ""]) or _asker_below(p, sender)
    if intent == "register":  # 'My deputy Sanne will join me as well', beside whoever else the mail names
        unaddressed += _first_names_along(p.text, [sender.name or "", *(a.name or "" for a in (*named, *unaddressed))], _ROLE_FIRST_NAME_COMES)
    if not named and not unaddressed and intent == "cancel":  # 'Wendelien kan helaas niet meer', over her confirmation
        unaddressed = _names_off(text, [sender.name or ""]) or _first_names_along(p.text, [sender.name or ""], _FIRST_NAME_OFF) \
            or _the_one_signed_up_as_him(p.text, [sender.name or ""], _SIGN_OFF_PRONOUN) \
            or (_the_one_named_before(p, sender, [sender.name or ""]) if _TAKE_THEM_OFF.search(p.text) else [])
    if not named and not unaddressed and ("." in p.subject or "rouw" in p.subject or "heer" in p.subject):
        unaddressed = _subject_person(p.subject, sender)  # 'Aanmelding dhr. P. de Groot' over 'onze directeur komt graag'
    if intent == "register" and unaddressed and "?" in text:
        unaddressed = [a for a in unaddressed if not _only_asked_about(a.name or "", text)]
    if unaddressed and any(not a.name for a in named):  # 'Namens de heer O. (Oliver) Pennington en mevrouw A. de Jong …
        # Hun e-mailadressen: o.pennington@… en a.dejong@…': the address that spells a named person's surname is theirs
        named, unaddressed = _paired_by_surname(named, unaddressed)
    nameless = [a for a in named if not a.name]
    if nameless and len(nameless) == len(unaddressed):  # '… mijn collega Bram Kok. Zijn adres is b@…'
        names = iter(unaddressed)
        named, unaddressed = [replace(a, name=next(names).name) if not a.name else a for a in named], []
    named, unaddressed = _one_per_person(named, unaddressed)
    if intent == "register" and unaddressed:  # 'Ik kom samen met mijn collega's Petra de Wit, die …, en Jan Bos, onze …'
        known = [sender.name or "", *(a.name or "" for a in (*named, *unaddressed))]
        unaddressed += _more_in_the_same_sentence(text, unaddressed, known)
    return [Attendee(_fuller_in_text(a.name, text) if a.email is None else a.name, a.email,
                     a.organisation or _stated_organisation(a.name, text) or _library_by_address(a.email, text) or org, a.role)
            for a in (*named, *unaddressed)]


# The one the writer comes with, named in full: 'samen met Lars Wijnands, onze nieuwe adjunct-directeur', 'together with …'.
_TOGETHER_WITH = re.compile(rf"\b(?i:samen\s+met|together\s+with|along\s+with|(?:i'm|i\s+am)\s+coming\s+with|ik\s+kom\s+met)\s+((?:{NAME.pattern}))(?=\s*[,.(]|\s+(?:en|and)\b|\s*$)")


def _paired_by_surname(named: list[Attendee], unaddressed: list[Attendee]) -> tuple[list[Attendee], list[Attendee]]:
    """Each address without a name whose local part ends with the letters of exactly one named person's surname
    (particles and all: 'a.dejong' for 'A. de Jong') takes that person's name."""
    def letters(value: str) -> str:
        return re.sub(r"[^a-z]", "", value.lower())

    kept = list(unaddressed)
    paired: list[Attendee] = []
    for person in named:
        local = letters((person.email or "").partition("@")[0])
        matches = [u for u in kept if u.name and len(surname := letters(" ".join(w for w in u.name.split()[1:]))) >= 3
                   and local.endswith(surname)] if not person.name else []
        if len(matches) == 1:
            kept.remove(matches[0])
            person = replace(person, name=matches[0].name, role=person.role or matches[0].role)
        paired.append(person)
    return paired, kept


# Whether a guest may come, asked after naming them: 'Is het mogelijk dat zij als toehoorder aanschuift?', 'Could she sit in?'.
_MAY_THEY_COME = re.compile(r"(?i)\b(?:is\s+het\s+mogelijk|zou\s+het\s+kunnen|kan\s+het|mag|kan|is\s+it\s+possible|would\s+it\s+be\s+possible"
                            r"|may|could|can)\s+(?:dat\s+|that\s+|for\s+)?(?:zij|hij|ze|she|he|her|him)\s+(?:\w+\s+){0,4}"
                            r"(?:aanschuift|aanschuiven|meekijkt|meekijken|komt|komen|mee|join|attend|come|observe|sit\s+in|to\s+join"
                            r"|to\s+attend|to\s+come|to\s+observe|to\s+sit\s+in)\b[^.?!]*\?")
_SIGNED_UP_HERE = re.compile(r"(?i)\b(?:aanmeld|aan\s+te\s+melden|meld\w*|inschrij|register|sign\w*\s+(?:\w+\s+)?up|enrol|graag\s+aan\b)")


def _only_asked_about(name: str, text: str) -> bool:
    """'Onze wethouder cultuur, mevrouw Demir, gaf aan dat ze het interessant zou vinden … Is het mogelijk dat zij als
    toehoorder aanschuift?': a guest the writer asks about, not signs up. Only where no sentence that names them signs up."""
    spots = occurrences(name.split()[-1], text) if name else []
    if not spots:
        return False
    sentences = [text[max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1: _sentence_end(text, at)] for at in spots]
    return not any(_SIGNED_UP_HERE.search(s) for s in sentences) and bool(_MAY_THEY_COME.search(text, spots[0]))


def _sentence_end(text: str, at: int) -> int:
    ends = [i for i in (text.find(".", at), text.find("?", at), text.find("\n", at)) if i >= 0]
    return min(ends) if ends else len(text)


# An address in brackets after a name: ' (s.azzouzi@…)'.
_BRACKETED_ADDRESS = re.compile(r"\s*[(<]\s*[\w.+'-]+@[\w-]+(?:\.[\w-]+)+\s*[)>]")


def _one_per_person(named: list[Attendee], unaddressed: list[Attendee]) -> tuple[list[Attendee], list[Attendee]]:
    """'onze directeur, mevrouw drs. H. (Hatice) Kaya-de Boer, … de link naar h.kayadeboer@…': the titled name read
    in full and the surname before the address are one person, who keeps the address and the fuller name."""
    kept: list[Attendee] = []
    for person in unaddressed:
        same = next((i for i, a in enumerate(named) if a.email and a.name and _tail_of(a.name, person.name or "")), None)
        if same is None:
            kept.append(person)
        else:
            named[same] = replace(named[same], name=person.name)
    return named, kept


def _tail_of(short: str, full: str) -> bool:
    """Is ``short`` the end of ``full``, a whole surname with its particles: 'Kaya-de Boer' of 'Hatice Kaya-de Boer'?"""
    return len(full.split()) > len(short.split()) and full.lower().endswith(" " + short.lower())


_AND_JOIN = re.compile(r"\s*(?:,\s*)?(?:\ben\b|\band\b|&)\s+")


def _joined_by_and(text: str, first: str, second: str) -> bool:
    """Does the text write 'first and second' ('Dr. Helen Marsh and Tom Fielding')?"""
    return any((join := _AND_JOIN.match(text, at + len(first))) and text.startswith(second, join.end())
               for at in occurrences(first, text))


# A sentence that says someone does not come, or only might: the names in it are not read as a group that comes.
_NOT_ALL_COME = re.compile(r"\b(?i:niet|geen|not|no|unable|can't|cannot|won't|helaas|unfortunately|misschien|maybe|perhaps|might|hoeft|hoeven|needn't"
                           r"|nee|already|al\s+(?:aangemeld|ingeschreven)|skip|zelf)\b")
_GROUP_COMES = re.compile(r"\b(?i:kom\w*|mee\w*|samen\s+met|together\s+with|along\s+with|accompanied|join\w*|attend\w*|regist\w*"
                          r"|aanmeld\w*|aan\s+te\s+melden|meld\w*|sign\w*\s+up|deelnem\w*|neem\w*|bring\w*)\b")
_CALENDAR_WORDS = frozenset("""january february march april may june july august september october november december januari februari
maart mei juni juli augustus oktober monday tuesday wednesday thursday friday saturday sunday maandag dinsdag woensdag donderdag
vrijdag zaterdag zondag""".split())
# Where a capitalised run names a body, not a person: after 'van/bij/of/at/from' or an organisation's kind.
_BODY_BEFORE = re.compile(rf"(?:\b(?i:van|bij|of|at|from|vanuit|namens|in|naar|to)\s+(?:(?i:de|het|the)\s+)?|\b(?:{ORG_BY_KIND})\s+"
                          r"|\b(?i:het|de|the|een|an?)\s+)$")  # 'het Informatiepunt Digitale Overheid'
# … or a role after a name, the organisation after the role: 'de heer Arjen Nauta, directeur Stadkamer Zwolle'; or the
# event's own details in brackets: '(10:00-13:00, Opleidingshuis Utrecht)'.
_ROLE_OR_DETAILS_BEFORE = re.compile(r"[A-ZÀ-Ý][\w'-]*,\s*(?!(?:en|and|plus|met|with)\b)(?:[a-zà-ÿ][\w'-]*\s+){1,3}$|\([^()]*\d[^()]*$")


def _more_in_the_same_sentence(text: str, found: list[Attendee], known: list[str]) -> list[Attendee]:
    """The others named in full in the sentence that names one who comes, when nothing in it says anyone does not: a
    group written as prose ('I will be accompanied by our head of operations, X, and by our new policy advisor …, Y, who
    started in April') names each person in a shape of its own, and the rules read only some of them."""
    more: list[Attendee] = []
    stops = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
    seen: set[tuple[int, int]] = set()
    for person in found:
        if not person.name or " " not in person.name or (at := text.find(person.name)) < 0:
            continue
        start = max(i for i in stops if i <= at)
        end = min(i for i in stops if i > at)
        if (start, end) in seen or _NOT_ALL_COME.search(text, start, end) or not _GROUP_COMES.search(text, start, end):
            continue  # (a signature's 'Gerrit Lambooij / voorzitter Raad van Toezicht' says nobody comes)
        seen.add((start, end))
        for match in NAME.finditer(text, start, end):
            if match.start() and not text[match.start() - 1].isspace() and text[match.start() - 1] not in "(,;:":
                continue  # 'W.J. Ekkelenkamp' holds no 'J. Ekkelenkamp'
            name, _ = person_at(text[match.start(): end])
            first = (name or "").split()[0].lower() if name else ""
            if not name or " " not in name or not is_name_word(first) or first in _CALENDAR_WORDS or is_body(name) \
                    or _BODY_BEFORE.search(text, max(0, match.start() - 40), match.start()) \
                    or _ROLE_OR_DETAILS_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                continue  # 'June in Utrecht', 'Informatiepunt Digitale Overheid', 'bij Stadkamer Zwolle'
            others = [*known, *(a.name or "" for a in more)]
            if not any(same_name(name, o) or o.split()[-1] == name.split()[-1] for o in others if o):
                more.append(Attendee(name, None))  # (one surname, one person: 'M.C. Dekker-Heijmans', 'mevrouw Dekker-Heijmans')
    return more


def _titled_alongside(text: str, titled: list[Attendee], named: list[Attendee]) -> list[Attendee]:
    """Titled people joined by 'and'/'en' to someone named with an address ('Dr. Helen Marsh and Tom Fielding
    (t.fielding@…)'): signed up with them, their address to be found elsewhere (the forward they wrote)."""
    names = {a.name for a in named if a.name}
    return [t for t in titled if t.name and t.name not in names
            and (any(_joined_by_and(text, t.name, n) for n in names)
                 or _joined_after(text, t.name, names) or _comes_with(text, t.name))]


# 'with' and a title right before a name: 'Zij komt graag …, samen met de heer Kramer, manager dienstverlening'.
_WITH_TITLE = (r"\b(?i:samen\s+met|together\s+with|along\s+with)\s+"
               r"(?:(?i:mevrouw|mevr\.|mw\.|de heer|dhr\.|mr\.?|mrs\.?|ms\.?|dr\.?|drs\.?|prof\.?)\s+)+")
_WITH_TITLED = re.compile(_WITH_TITLE)
_WITH_TITLED_BEFORE = re.compile(_WITH_TITLE + "$")


def _comes_with(text: str, name: str) -> bool:
    """Is the titled name written as the one who comes along ('samen met de heer Kramer')?"""
    return any(_WITH_TITLED_BEFORE.search(text, max(0, at - 40), at) for at in occurrences(name, text))


# 'en' and a title right before a name: '…, en de heer Henri Kleine'.
_AND_TITLED_BEFORE = re.compile(r"(?:,\s*)?(?:\ben\b|\band\b|&)\s+(?:(?i:mevrouw|mevr\.|mw\.|de heer|dhr\.|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?)\s+)+$")


def _joined_after(text: str, name: str, names: set[str]) -> bool:
    """Is the titled name joined by 'en' to one named earlier in the same sentence, with their role and address
    between: 'meld ik mevrouw Gonda Ploeg, directeur (g.ploeg@…), en de heer Henri Kleine, plaatsvervangend directeur, aan'?"""
    at = text.find(name)
    if at < 0 or not _AND_TITLED_BEFORE.search(text, max(0, at - 40), at):
        return False
    return any(0 <= (n_at := text.rfind(n, 0, at)) and not SENTENCE_END.search(text, n_at, at) for n in names)


# A secretary's subject line names who it is for, with a title: 'Aanmelding dhr. P. de Groot', 'Afmelding mevr.
# J. Kramer-Oosterhuis', 'Registration for Mrs. A. Patel'.
_SUBJECT_PERSON = re.compile(r"\b(?i:aanmelding|afmelding|inschrijving|registration|cancellation)\s+(?i:van\s+|voor\s+|for\s+|of\s+)?"
                             r"(?=(?i:mevrouw|mevr|mw|de heer|dhr|mr|mrs|ms|dr|drs)\.?\s)")


def _subject_person(subject: str, sender: Attendee) -> list[Attendee]:
    """The titled person a subject line signs up or off, when the text says only 'onze directeur' or 'Mevrouw'."""
    match = _SUBJECT_PERSON.search(subject)
    name = person_at(subject[match.end():])[0] if match else None
    return [Attendee(name, None)] if name and not same_name(name, sender.name) else []


# Where the next message of a chain starts: its header, or Outlook's rule above it.
_NEXT_MESSAGE = re.compile(r"^[ \t>]*(?:\**(?:van|from)\s*:|-{3,}\s*(?:oorspronkelijk bericht|original message|forwarded message)|_{10,})",
                           re.I | re.M)


def first_forwarded_message(forwarded: str) -> str:
    """The forwarded text up to the message under the first one: 'From: Karin …' / 'zou jij ons allebei willen
    aanmelden?' is what the note passes on; the colleague who sent her the invitation before that is history."""
    first = _NEXT_MESSAGE.search(forwarded)
    if first and not forwarded[: first.start()].strip():  # the forward opens with its own header block
        body_at, body = message_body(forwarded, first.end())
        return forwarded[: body_at + len(body)]
    return forwarded[: first.start()] if first else forwarded


def forward_authors(p: ParsedMail) -> list[tuple[str | None, str, str]]:
    """(display name, address, their own text) of each message in the forwarded chain, outermost first: the
    forward itself, then every 'Van:/From:' block inside it (an Outlook chain two levels deep, or a forward
    whose header parse did not read, under a '____' rule). The text stops where the next message starts,
    so a signature found in it is that author's."""
    authors: list[tuple[str | None, str, str]] = []
    forwarded = p.forwarded
    if not forwarded:
        return authors
    first = _NEXT_MESSAGE.search(forwarded)
    if p.forwarded_from:
        authors.append((p.forwarded_from[0], p.forwarded_from[1].lower(), forwarded[: first.start() if first else len(forwarded)]))
    for header in _AUTHOR_HEADER.finditer(forwarded):
        authors.append((header.group(1).strip() or None, header.group(2).lower(), message_body(forwarded, header.end())[1]))
    return authors


def message_body(history: str, header_end: int) -> tuple[int, str]:
    """(where it starts, the text) of the message whose header block ends at ``header_end``: from the blank line under
    the header to where the next message of the chain starts."""
    body_at = history.find("\n\n", header_end)
    body_at = header_end if body_at < 0 else body_at
    following = _NEXT_MESSAGE.search(history, body_at)
    return body_at, history[body_at: following.start() if following else len(history)]


def _is_person_name(display: str | None) -> bool:
    """A header's display name that names a person: not 'Stichting Lezen', 'Directie', 'Bureau directie'."""
    name = clean_name(display_name(display)) if display else None
    return bool(name) and not ORG_WORDS.search(name or "") and not is_department(name or "") \
        and not any(is_department(word) for word in (name or "").split())


def _writer_behind_our_forward(p: ParsedMail, sender: Attendee, own: set[str]) -> Attendee:
    """When one of us (the registration contact) passes on a mail that reached her own inbox, its writer is
    the one who signs up: 'Graag verwerken, dit kwam bij mij binnen' over 'Graag meld ik mij en mijn collega … aan'."""
    if (sender.email or "").lower() not in own:
        return sender
    for display, address, body in forward_authors(p):
        if address in own or not _is_person_name(display):
            continue
        signed, role, org = signed_under(body)
        name = clean_name(display_name(display))
        if name and signed and same_person_fuller(name, signed):
            name = signed
        return Attendee(name or signed, address, organisation=org, role=role)
    return sender


# A note that only passes the mail under it on, with no word about its writer: 'Graag aanmelden, zie onder.'
_POINTS_BELOW = any_of(r"\bzie\s+(?:hier)?onder\b", r"\bonderstaand\b", r"\bzie\s+(?:het\s+)?(?:bericht|mail(?:tje)?)\s+hieronder\b",
                       r"\bsee\s+(?:the\s+)?(?:\w+\s+)?below\b")
_FIRST_PERSON = re.compile(r"\b(?i:ik|mij|me|mijn|mezelf|mijzelf|ikzelf|my|myself)\b|\bI\b")


def _note_passes_on(p: ParsedMail, sender: Attendee) -> bool:
    """Is the forwarded mail's author the person although classify did not read it as a sign-up? The note names
    them by first name ('Gerard vroeg mij door te geven dat hij niet komt'), or only points below without a word
    about its writer ('Graag aanmelden, zie onder.' from the secretariat)."""
    display = clean_name(display_name(p.forwarded_from[0])) if p.forwarded_from else None
    first = display.split()[0] if display and _is_person_name(display) else None
    if first and len(first) > 2 and not same_name(display or "", sender.name) \
            and has_word(first, p.text) and not _first_name_already_in(first, p.text):
        return True
    return bool(_POINTS_BELOW.search(p.text)) and not _FIRST_PERSON.search(p.text)


def _first_name_already_in(first: str, text: str) -> bool:
    """'Mijn collega Petra heeft zich al aangemeld (zie onder). Ik wil graag ook deelnemen': she is named as one who is
    signed up already, so her forwarded confirmation is what the writer shows, not who comes."""
    return any(_ALREADY_IN.match(text, at + len(first)) for at in occurrences(first, text))


# The note says the forwarded mail only brought the invitation: 'Onderstaande uitnodiging kreeg ik via Karin van de Kamp
# doorgestuurd', 'Pieter forwarded me your invitation'. Its author passed it on and is no guest.
_INVITATION_PASSED = re.compile(r"\b(?i:uitnodiging|invitation|herinnering|reminder)\b[^.?!;]*\b(?i:doorgestuurd|stuurde|kreeg|ontving|forwarded|passed"
                                r"|sent|received)\b|\b(?i:doorgestuurd|stuurde|kreeg|ontving|forwarded|passed|sent|received)\b[^.?!;]*"
                                r"\b(?i:uitnodiging|invitation|herinnering|reminder)\b")


# The note says the one who passed the mail on sends the writer instead: 'Our director forwarded this to me and asked me to
# represent the library', 'Mijn directeur vroeg mij om in zijn plaats te gaan'. The writer goes, the forward's author does not.
_SENT_IN_THEIR_PLACE = re.compile(r"\b(?i:asked|vroeg|heeft)\s+(?i:me|mij)\s+(?:(?i:gevraagd|om)\s+)?(?:(?i:to)\s+)?"
                                  r"(?i:represent|go\s+instead|attend\s+instead|take\s+(?:his|her|their)\s+place|te\s+vertegenwoordigen"
                                  r"|(?:namens\s+\w+\s+|in\s+(?:zijn|haar)\s+plaats\s+)te\s+gaan|(?:ons|de\s+bibliotheek)\s+te\s+vertegenwoordigen)\b"
                                  # 'My director asked me (see below) to attend this webinar on her behalf'
                                  r"|\b(?i:asked\s+me\s+(?:\([^()\n]{1,30}\)\s+)?to\s+(?:attend|go|join|come)\b[^.?!\n]{0,60}\bon\s+(?:his|her|their)\s+behalf)\b")


def _author_passed_invitation_on(note: str, author: str | None) -> bool:
    """Does a sentence of the note name the forward's author (by first name, or as a colleague) and say the invitation
    came through them?"""
    first = author.split()[0] if author and _is_person_name(author) else None
    if not first or len(first) <= 2:
        return False
    return any((has_word(first, sentence) or _FROM_A_COLLEAGUE.search(sentence)) and _INVITATION_PASSED.search(sentence)
               for sentence in re.split(r"(?<=[.!?;])\s+", note))


# … or through 'a colleague' the note does not name: 'Onderstaande uitnodiging kreeg ik doorgestuurd van een collega-directeur'.
_FROM_A_COLLEAGUE = re.compile(r"\b(?i:van|via|door|from|by)\s+(?i:een|a|mijn|my|a\s+fellow)\s+(?i:collega|colleague)", re.I)


# The forwarded mail's own text passes an invitation on to many: 'Beste directeuren, Ter info onderstaande uitnodiging …
# Aanmelden kan rechtstreeks via aanmelden@…'. Its author told others they may come; the note's 'Aanmelden graag' is the writer's.
_PASSES_IT_ON = tuple(re.compile(rule, re.I | re.M) for rule in (
    r"^\W*(?:beste|dear|hoi|hallo|hi)\s+(?:allemaal|all|directeuren|collega'?s|colleagues|everyone|team)\b",
    r"\bter\s+info(?:rmatie)?\s+(?:\w+\s+)?(?:onderstaande|de|deze|hierbij)\s+uitnodiging\b",
    r"\b(?:aanmelden|inschrijven)\s+kan\s+(?:\w+\s+){0,2}(?:rechtstreeks|direct|zelf)\b", r"\bwie\s+wil\s*,?\s+kan\s+zich\b",
    r"\byou\s+can\s+register\s+(?:directly|yourselves|yourself)\b"))


def _forward_passes_invitation_on(p: ParsedMail) -> bool:
    """Whether the forwarded author's own text hands an invitation on to a group: two of _PASSES_IT_ON's signs."""
    authors = forward_authors(p)
    own_text = authors[0][2] if authors else ""
    return sum(1 for rule in _PASSES_IT_ON if rule.search(own_text)) >= 2


def _nobody_named(p: ParsedMail, sender: Attendee, acts_in_forward: bool, own: set[str],
                  intent: str = "register") -> tuple[tuple[Attendee, ...], Hit]:
    """The author of a forwarded sign-up ('Zie onderstaand'), unless the note answers it for its writer or
    the forward is our own invitation, passed on by a colleague ('noteer mij maar!'). When the note says the
    writer is in it too ('neither Mark nor I can make it'), both."""
    if p.forwarded_from and (acts_in_forward or _note_passes_on(p, sender)) and not _FOR_MYSELF.search(p.text) \
            and p.forwarded_from[1].lower() not in own \
            and not _author_passed_invitation_on(p.text, clean_name(display_name(p.forwarded_from[0]))) \
            and not _SENT_IN_THEIR_PLACE.search(p.text) and not _forward_passes_invitation_on(p):
        name, email = p.forwarded_from
        f_name, f_role, f_org = signed_under(p.forwarded)
        name = clean_name(display_name(name))
        if name and f_name and same_person_fuller(name, f_name):
            name = f_name  # 'Willems Kristof' in the Flemish header, 'Kristof Willems' under the mail as he writes it
        if not name or not _is_person_name(name):
            name = f_name or name  # 'Directie <directie@…>', signed 'Jolanda Terpstra | directeur-bestuurder | …'
        who = Attendee(name or f_name, email, organisation=f_org or sender.organisation, role=f_role)
        also_self = _SELF_TOO if intent == "register" else _SELF_TOO_CANCELLED
        if sender.email and sender.email.lower() not in own and sender.email != email and also_self.search(p.text):
            return (who, sender), Hit("attendee-forwarded-and-sender", f"the sender and the author of the forwarded message, {email}")
        return (who,), Hit("attendee-forwarded", f"the author of the forwarded message, {email}")
    if not p.forwarded_from and p.forwarded and acts_in_forward and not _FOR_MYSELF.search(p.text) \
            and (author := _signed_forward_without_address(p, sender)):
        return (author,), Hit("attendee-forwarded", f"the author of the forwarded message, signed {author.name}")
    if (confirmed := _confirmed_in_our_forward(p, sender, own)) and not _FOR_MYSELF.search(p.text):
        return (confirmed,), Hit("attendee-confirmed", f"the person our forwarded confirmation is for, {confirmed.email}")
    if intent == "register" and (reader := _reader_with_us_both(p, sender, own)):
        return (sender, reader), Hit("attendee-sender-and-reader", f"the sender and the one the mail answers, {reader.email}")
    if intent == "register" and (readers := _readers_signed_up(p, sender, own)):
        return readers, Hit("attendees-readers", f"the mail's readers, the desk copied in: {', '.join(a.email or '' for a in readers)}")
    if (other := _signed_with(p, sender)) and _WE.search(p.text):
        return (sender, other), Hit("attendees-signed-together", f"the two who sign the mail together: the sender and {other.name}")
    return (sender,), Hit("attendee-sender", "the sender registers or cancels for themself")


_WE = re.compile(r"\b(?i:wij|we|ons|us|allebei|beiden|both)\b")
# The line two people sign together: 'Karin Mol & Youssef El Amrani'.
_TWO_SIGNERS = re.compile(r"^[ \t]*([^\n&+]{3,40}?)[ \t]+(?:&|en|and|\+)[ \t]+([^\n&+]{3,40}?)[ \t]*$", re.M)


def _signed_with(p: ParsedMail, sender: Attendee) -> Attendee | None:
    """'Wij komen allebei …' signed 'Karin Mol & Youssef El Amrani': the other signer comes too (in the
    first lines of the signature only, where a name is signed, not an address line)."""
    head = "\n".join(p.signature.splitlines()[:6])
    for line in _TWO_SIGNERS.finditer(head):
        names = [person_at(part)[0] for part in line.groups()]
        if all(n and person_at(part)[1] == len(part) for n, part in zip(names, line.groups())) \
                and sum(same_name(n or "", sender.name) for n in names) == 1:
            return Attendee(next(n for n in names if not same_name(n or "", sender.name)), None, sender.organisation, sender.role)
    return None


# The note points to the mail under it for who it is about: 'Onze directeur wil graag deelnemen. Zie haar mail hieronder.',
# 'Zie hieronder het verzoek van onze directeur. Wilt u beiden aanmelden?'
_SEE_MAIL_BELOW = re.compile(r"\b(?i:zie|see)\s+(?:(?i:haar|zijn|hun|her|his|their|de|the)\s+)?(?i:e-?mail|mail|bericht|message)\s+(?i:hieronder|below)\b"
                             r"|\b(?i:zie onderstaande?|see the)\s+(?i:e-?mail|mail|bericht|message)(?:\s+(?i:below))?\b"
                             r"|\b(?i:zie hieronder|see below)\s+(?i:het|de|haar|zijn|the|her|his)\s+(?i:verzoek|vraag|request|aanvraag)\b"
                             r"|\b(?i:onderstaande?)\s+(?i:verzoek|aanvraag)\b")
# The header of the mail below, its first line: 'Van: Wieteke Blaauw <w.blaauw@…>'.
_QUOTED_AUTHOR = re.compile(r"\s*(?:_{10,}\s*)?(?:>\s*)?(?i:van|from)\s*:\s*([^<>\n]+?)\s*<([^<>@\s]+@[^<>\s]+)>")
# Its Cc line: 'CC: Jeroen Lips <j.lips@…>'.
_QUOTED_CC = re.compile(r"^[ \t>]*(?i:cc)\s*:[ \t]*(.+)$", re.M)


def _author_of_mail_below(p: ParsedMail, sender: Attendee, own: set[str]) -> tuple[ParsedMail, Attendee] | None:
    """The mail quoted under a note that points to it ('Zie haar mail hieronder'), as its author sent it, and that
    author: the mail client quoted what the writer meant as a forward, so the people are whom that mail names
    ('Wil jij mij en Jeroen Lips aanmelden?' is its author and Jeroen). A person's name, not the writer's address."""
    if not _SEE_MAIL_BELOW.search(p.text) or not (head := _QUOTED_AUTHOR.match(p.quoted)):
        return None
    name, email = clean_name(display_name(head.group(1))), head.group(2).lower()
    if email in own or email == (sender.email or "").lower() or not name or not _is_person_name(name):
        return None
    body_at, body = message_body(p.quoted, head.end())
    text, signature = split_signature(body.strip("\n"))
    copied = getaddresses([cc.group(1) for cc in _QUOTED_CC.finditer(p.quoted, head.end(), body_at)])
    sent = replace(p, text=text, signature=signature, quoted="", forwarded="", forwarded_from=None, from_name=name,
                   from_email=email, cc=tuple(a.lower() for _, a in copied if "@" in a),
                   cc_names=tuple((n, a.lower()) for n, a in copied if n and "@" in a))
    f_name, f_role, f_org = signed_under(p.quoted)
    return sent, Attendee(name, email, organisation=f_org or sender.organisation, role=f_role)


# 'Ja prima, meld ons maar allebei aan', 'sign us both up': the writer and the one they answer.
_US_BOTH = re.compile(r"\b(?i:ons|us)\s+(?:(?i:maar|dan|allebei|beiden|both|two)\s+){1,2}(?i:aan|in|up)?\b")


def _reader_with_us_both(p: ParsedMail, sender: Attendee, own: set[str]) -> Attendee | None:
    """The one person the mail is to, the desk in Cc, when the writer signs 'us both' up: a colleague asked the writer
    whether they both go, and the answer copies the desk in ('Ja prima meld ons maar allebei aan')."""
    readers = [a for a in p.to if a.lower() not in own and a != p.from_email]
    if len(readers) != 1 or not any(a.lower() in own for a in p.cc) or not _US_BOTH.search(p.text):
        return None
    shown = None
    if p.quoted and (head := _QUOTED_AUTHOR.match(p.quoted)) and head.group(2).lower() == readers[0].lower():
        shown = clean_name(display_name(head.group(1)))  # 'Van: Janneke Wessels <j.wessels@…>' over the mail answered
    return Attendee(shown if shown and _is_person_name(shown) else None, readers[0], organisation=sender.organisation)


def _signed_forward_without_address(p: ParsedMail, sender: Attendee) -> Attendee | None:
    """The author of a forwarded sign-up whose header gives no address ('Van: Sjoerd Hendriksen'), by the signature
    under their own text: 'Sjoerd Hendriksen' / 'Directeur Bibliotheek Z-O-U-T'. A full name with a role or employer,
    not the writer of the note."""
    name, role, org = signed_under(p.forwarded)
    name = clean_name(name)
    if not name or " " not in name or same_name(name, sender.name) or not (role or org) or not _is_person_name(name):
        return None
    return Attendee(name, None, organisation=org or sender.organisation, role=role)


# The writer tells the people the mail is to that they are signed up, the desk copied in: 'De aanmeldbalie staat in de cc,
# dus bij deze zijn jullie allebei aangemeld', 'you are both registered herewith'.
_YOU_ARE_SIGNED_UP = re.compile(r"(?i:\b(?:zijn|worden)\s+jullie|\bjullie\s+(?:zijn|worden)|\b(?:ben|word)\s+je|\bje\s+(?:bent|wordt)"
                                r"|\byou\s+(?:are|have\s+been)|\byou're)\s+(?:\w+\s+){0,2}(?i:aangemeld|ingeschreven|registered|signed\s+up)\b"
                                r"(?![^.?!\n]*\?)"  # not asked: 'Ben je al aangemeld?'
                                r"|\b(?i:meld|schrijf)\s+(?i:ik\s+)?(?i:jullie|jou)\s+(?:\w+\s+){0,3}(?i:aan|in)\b(?![^.?!\n]*\?)")
_INITIAL_DOT_SURNAME = re.compile(r"([a-z])\.([a-z]{3,})")


def _readers_signed_up(p: ParsedMail, sender: Attendee, own: set[str]) -> tuple[Attendee, ...]:
    """The To recipients, when the desk is only in Cc and the note tells them they are signed up."""
    readers = [a.lower() for a in p.to if "@" in a and a.lower() not in own and a.lower() != (sender.email or "").lower()]
    if not readers or not any(a.lower() in own for a in p.cc) or not _YOU_ARE_SIGNED_UP.search(p.text):
        return ()
    return tuple(Attendee(_first_name_and_address(address, p.text), address, sender.organisation) for address in readers)


def _first_name_and_address(address: str, text: str) -> str | None:
    """'Sanne' in the greeting and s.mulder@…: 'Sanne Mulder' (a surname of one word; with particles we cannot tell)."""
    local = _INITIAL_DOT_SURNAME.fullmatch(address.split("@")[0])
    if not local or local.group(2) in PARTICLES or any(local.group(2).startswith(p) for p in ("van", "de", "ter", "ten")):
        return None
    firsts = {m.group(0) for m in _FIRST_NAME.finditer(text) if m.group(0)[0].lower() == local.group(1)
              and m.group(0).lower() not in NOT_NAMES}
    return f"{firsts.pop()} {local.group(2).capitalize()}" if len(firsts) == 1 else None


def _confirmed_in_our_forward(p: ParsedMail, sender: Attendee, own: set[str]) -> Attendee | None:
    """Our own confirmation, forwarded back with a note that names its person by first name: 'Henk is … met verlof en
    kan dus niet … Zijn aanmelding (zie hieronder) mag vervallen' from the secretariat over 'Hierbij bevestigen we de
    aanmelding van Henk Oldenkamp (h.oldenkamp@…)'. The note is about the person confirmed, not its writer."""
    if not p.forwarded_from or p.forwarded_from[1].lower() not in own:
        return None
    confirmed = {a.email: a for a in _named_attendees(p.forwarded, own)
                 if a.name and " " in a.name and a.email and a.email != (sender.email or "").lower()
                 and has_word(a.name.split()[0], p.text)}
    if len(confirmed) != 1:
        return None
    person = next(iter(confirmed.values()))
    return replace(person, organisation=person.organisation or sender.organisation)


# A library named right before or after a person: 'Mijn collega-directeur van Bibliotheek Bernheze, Wouter
# Schellekens (in de cc)', 'Wouter Schellekens van Bibliotheek Bernheze', 'Sarah Jones (Westmere Library)'.
# A Flemish city as employer, before its alderman: 'onze schepen van cultuur van Stad Eeklo, mevrouw Nathalie Goossens'.
_CITY = r"Stad\s+[A-ZÀ-Ý][\w'-]*"
_LIBRARY_BEFORE = re.compile(rf"\b(?i:van|bij|of|at|from)\s+(?:(?i:the|de)\s+(?={ORG_BY_KIND}))?({LIBRARY_NAME}|{_CITY}|{ORG_BY_KIND})"
                             r"\s*,\s*(?:(?i:mevrouw|mevr\.|de heer|dhr\.)\s+)?$")  # 'my colleague from the municipality of X, Name
# 'Ms Joke Dijkhuizen, director of our partner library Bibliotheek Lek & IJssel': what the library is to us may come
# first; then the name must start with a capital.
# The words after the comma are a role ('directeur van …'), not a preposition that opens what the sentence is about:
# 'de aanmelding van onze directeur, Harm Jan Wiersma, voor het webinar van Stichting Lezen' (the organiser, not his).
_NOT_A_ROLE = r"(?!(?i:voor|for|op|on|in|naar|to|om|over|about|tijdens|during|met|with)\b)"
# (Their address in brackets may come first: 'Rob Vos (r.vos@…) van Bibliotheek Emmen', '… (r.vos@…), intern begeleider op CBS De Ark'.)
_LIBRARY_AFTER = re.compile(r"(?:\s*[(<]\s*[\w.+'-]+@[\w-]+(?:\.[\w-]+)+\s*[)>])?"
                            rf"(?:\s*(?:\(|,?\s*(?i:van|bij|of|from)\s+|,\s*{_NOT_A_ROLE}(?:[\w-]+\s+){{1,3}}(?i:van|bij|of|at|from)\s+)"
                            rf"(?:(?i:our|onze|their|hun)\s+(?:[\w-]+\s+){{0,2}}?(?=[A-ZÀ-Ý]))?"
                            rf"(?:(?i:the|de)\s+(?={ORG_BY_KIND}))?({LIBRARY_NAME}|{ORG_BY_KIND}|{SCHOOL_NAME})"  # 'wethouder van gemeente X', 'at the
                            # municipality of X', "Femke Bos van OBS 't Palet"
                            # a school right after the role: 'Rob Teunissen, directeur cbs Het Kompas, r.teunissen@…', or in brackets
                            rf"|,\s*{_NOT_A_ROLE}(?:[\w'-]+\s+){{1,3}}?({SCHOOL_NAME})|\s*\(\s*(?:[\w'-]+\s+){{0,3}}?({SCHOOL_NAME})"
                            # … or said in the next words: 'Gerda Huisman is vrijwillig schoolbibliothecaris op CBS De Fontein'
                            rf"|\s+(?:is|werkt)\s+(?:[\w-]+\s+){{1,3}}?(?:op|bij)\s+({SCHOOL_NAME}))")
# ('Peter Kalkman, directeur van Bibliotheek Eemdal, vroeg …': with the role between.)
# … or earlier in the sentence that names them: 'Namens Bibliotheek Waterland meld ik hun directeur, Annelies Groen, aan'.
_FOR_LIBRARY_BEFORE = re.compile(rf"\b(?i:namens|on behalf of|vanuit)\s+({LIBRARY_NAME}|{SCHOOL_NAME})[^.!?\n]{{0,60}}$")
# … or in the sentence before a 'Dat is …' that names them: 'meld je ook de directeur van onze fusiepartner Bibliotheek
# Vecht en Venen aan? Dat is Jan-Willem Bosma', 'the director of our partner Library X. That is Anna Smit'.
_LIBRARY_THEN_THAT_IS = re.compile(rf"\b(?i:van|of|bij|at)\s+(?:(?i:onze|our|de|the)\s+(?:[\w-]+\s+){{0,2}}?(?=[A-ZÀ-Ý]))?({LIBRARY_NAME})"
                                   r"[^.!?\n]{0,20}[.?!]\s+(?i:dat is|dit is|that is|this is|het gaat om|it is)\s+$")


def _stated_organisation(name: str | None, text: str) -> str | None:
    """The library the text gives for this person, next to their name; else they get the sender's (a colleague)."""
    at = text.find(name) if name else -1
    if at < 0:
        return None
    line_start = text.rfind("\n", 0, at) + 1
    if text[line_start: at].rstrip().endswith(":") and (headed := split_role_organisation(text[line_start: at].strip(" \t-*•:"))[1]):
        return headed  # 'Directeur OBS De Wijde Blik: Sandra Klaver, s.klaver@…': the line's own school
    before = _LIBRARY_BEFORE.search(text, max(0, at - 80), at) or _FOR_LIBRARY_BEFORE.search(text, max(0, at - 140), at) \
        or _LIBRARY_THEN_THAT_IS.search(text, max(0, at - 140), at)
    after = _LIBRARY_AFTER.match(text, at + len(name or ""))
    found = before or after
    if not found:  # 'Van OBS De Rietvink doen directeur Marco Pels en … mee. OBS Het Zaanpad stuurt …': the school the sentence opens with
        opens = max((m.end() for m in SENTENCE_END.finditer(text, 0, at)), default=0)
        school = _SCHOOL_OPENS.match(text, opens)
        return school.group(1) if school else None
    return re.sub(r"^(?:de|het|the)\s+", "", trimmed_org(next(g for g in found.groups() if g))) if found else None  # 'van de Bibliotheek X': an article


_SCHOOL_OPENS = re.compile(rf"\s*(?:(?i:van|vanuit|from|at|bij)\s+)?({SCHOOL_NAME})(?=\s+(?i:doen|doet|komen|komt|stuurt|sturen|sends|send"
                           r"|kijken|kijkt|nemen|neemt|zijn|is|are|will|would|wil|willen|gaan|gaat)\b|\s*[,:])")


# The library named right before a person's address: 'Marit as director of Bibliotheek Deventer-Zuid (m.hoogeveen@…)'.
# (After 'of'/'van': not the role 'Schools Library Service Manager (priya.raman@…)'.)
_LIBRARY_THEN_ADDRESS = re.compile(rf"\b(?i:van|bij|of|at|from)\s+({LIBRARY_NAME})\s*[(<]\s*$")


def _library_by_address(email: str | None, text: str) -> str | None:
    """Their library, when the text gives it just before their address (and not next to their name)."""
    at = text.lower().find(email) if email else -1
    found = _LIBRARY_THEN_ADDRESS.search(text, max(0, at - 80), at) if at > 0 else None
    return re.sub(r"^(?:de|het|the)\s+", "", trimmed_org(found.group(1))) if found else None


# A note on a forwarded invitation that answers it for its writer: 'Aanmelden: ja graag, voor mij.'
# Or that the writer wants in too: 'Ik sta zelf (nog) niet op de lijst, maar ik zou donderdag ook graag inloggen.'
_FOR_MYSELF = any_of(r"\bvoor\s+(?:mij|mijzelf|mezelf)\s*[.!]", r"\bfor\s+(?:me|myself)\s*[.!]",
                     r"\bik\s+sta\s+(?:\(?\w+\)?\s+){0,3}niet\s+op\s+(?:de|jullie|uw|je)\s+lijst", r"\bik\s+(?:zou|wil)\s+(?:\w+\s+){0,2}ook\s+graag\b",
                     # 'Ik sta echter (nog) niet op jullie lijst. … wil je me dan aanmelden?'
                     r"\b(?:wil|wilt|kun|kunt|kan)\s+(?:je|jij|u|jullie)\s+(?:me|mij)\s+(?:\w+\s+){0,3}(?:aan\s*melden|inschrijven|toevoegen)\b",
                     r"\bi(?:'m| am) not (?:yet |already )?on the list\b",
                     # 'A colleague forwarded me the announcement below. I'd like to sign up for the webinar'
                     r"\bi(?:'d| would) (?:like|love) to (?:sign up|register|attend|join)\b", r"\b(?:please )?(?:sign|count) me (?:up|in)\b",
                     r"\b(?:graag\s+)?meld\s+ik\s+(?:mij|me)\b", r"\bschrijf\s+ik\s+(?:mij|me)\s+(?:graag\s+)?in\b",
                     # 'Onderstaande tip kreeg ik van Ellen. Ik meld me graag aan': the forward is a tip, the writer signs up
                     r"\bik\s+meld\s+(?:mij|me)\s+(?:\w+\s+){0,2}aan\b", r"\bik\s+schrijf\s+(?:mij|me)\s+(?:\w+\s+){0,2}in\b",
                     _HAD_ME_REGISTERED)


def _first_name_just_before(person: Attendee, email: str, text: str) -> bool:
    """'Yvonne can be reached at directie@…': the listed person's first name shortly before an address no name came with."""
    at = text.lower().find(email)
    first = (person.name or "").split()[0] if person.name else ""
    return at > 0 and len(first) >= 3 and has_word(first, text[max(0, at - 60): at])


def _merge_listed(listed: list[Attendee], named: list[Attendee], org: str | None,
                  text: str = "", sender: Attendee | None = None) -> tuple[tuple[Attendee, ...], Hit]:
    """A list names the people; addresses elsewhere in the text complete it ('Haar e-mailadres is …'). Someone else
    the text places at another library keeps that one: 'My fellow director at Bibliotheek Maas en Peel, Rachid Bouzidi'."""
    people: list[Attendee] = []
    for person in listed:
        if person.email is None:
            found = next((a for a in named if a.name and same_name(person.name or "", a.name)), None) \
                or next((a for a in named if not a.name and a.email and _first_name_just_before(person, a.email, text)), None)
            person = replace(person, email=found.email) if found else person
        elsewhere = _stated_organisation(person.name, text) if text and sender and person.name \
            and not person.organisation and not same_name(person.name, sender.name) else None
        spelled = library_spelled_by_domain(text, person.email) if not (person.organisation or elsewhere or org) else None
        if not (person.organisation or elsewhere or spelled) and person.email and sender and sender.email \
                and person.email.partition("@")[2] != sender.email.lower().partition("@")[2]:
            spelled = org_by_initials(text, person.email)  # '… two partners from the American School of The Hague' /
            # '- Karen Whitaker, Lower School Librarian, k.whitaker@ash.…': not the writer's library
        people.append(replace(person, organisation=person.organisation or elsewhere or spelled or org))  # 'Hans Kerkhof,
        # directeur (h.kerkhof@bibliotheeklekenijssel.…)' under 'is directeur van zowel Bibliotheek Lek & IJssel als …'

    addresses = {a.email for a in people}
    people += [replace(a, organisation=a.organisation or org) for a in named if a.email not in addresses]
    unaddressed = sum(a.email is None for a in people)
    return tuple(people), Hit("attendees-listed", f"{len(people)} people in a list"
                              + (f", {unaddressed} without an address" if unaddressed else ""))


# The writer among those who stay, also as 'myself' in an aside: 'The other two, Daan and myself, are still attending'.
_STAYING_ME = r"ik|ikzelf|mijzelf|mezelf|I|me|myself"
_ME_STAYING = {"ik", "ikzelf", "mijzelf", "mezelf", "i", "me", "myself"}
# Who stays registered after a cancellation that first lists everyone: 'Harm en ik komen gewoon', in brackets too,
# 'Ik kom wel', 'Ik doe zelf gewoon mee', 'Ik ben er zelf gewoon bij', 'Harm and I are still coming', 'Mevrouw Wessels zelf blijft aangemeld'.
# A titled name may stand for one: 'De heer Van Rijn en mevrouw Hoogendoorn komen wel'.
_STAYING_ONE = rf"(?:(?i:de\s+heer|mevrouw|mevr\.|mw\.|dhr\.|mr\.?|mrs\.?|ms\.?)\s+(?:[A-ZÀ-Ý][\w'-]+\s+)?[A-ZÀ-Ý][\w'-]+|[A-ZÀ-Ý][\w'-]+|{_STAYING_ME})"
_STAYING = re.compile(rf"(?<![\w-])({_STAYING_ONE}(?:\s*(?:,|\ben\b|\band\b)\s*{_STAYING_ONE})*)"
                      r"\)?,?(?:\s+zelf)?\s+(?:(?:komen|komt|kom|gaan|gaat|ga)\s+(?:zelf\s+)?(?:gewoon|w[eé]l|nog steeds)\b"
                      r"|(?:blijft|blijven)\s+(?:gewoon\s+|w[eé]l\s+)?staan\b"  # 'De andere aanmeldingen (Youssef, Bas en ikzelf) blijven staan'
                      r"|(?:ben|is|zijn)\s+er\s+(?:zelf\s+)?(?:gewoon|w[eé]l|nog steeds)\s+bij\b"  # 'Ik ben er zelf gewoon bij'
                      r"|(?:doe|doet|doen)\s+(?:zelf\s+)?(?:gewoon|w[eé]l|nog steeds)\s+mee\b|blijf\w*\s+(?:gewoon\s+|w[eé]l\s+)*(?:aangemeld|ingeschreven|deelnemen|meedoen|komen)"
                      r"|(?:neem|neemt|nemen)\s+(?:zelf\s+)?(?:w[eé]l\s+)?(?:gewoon|nog steeds)\s+deel\b"
                      r"|(?:will|are|am|is)\s+still\s+(?:come|coming|attend|attending|join|joining|be there)\b|(?:remains?|stays?)\s+registered\b"
                      # 'My colleague Lucas Moreau is already registered; could you register Jamal … in my place?'
                      r"|(?:is|are)\s+already\s+registered\s*[;,]|(?:staat|staan)\s+al\s+(?:aangemeld|ingeschreven|op\s+de\s+lijst)\s*[;,]"
                      # 'Mrs Loonstra will come as planned', 'Tom komt zoals afgesproken'
                      r"|(?:will\s+(?:still\s+)?(?:come|attend|be there)|(?:is|are)\s+(?:still\s+)?(?:coming|attending))\s+as\s+(?:planned|agreed|arranged)\b"
                      r"|(?:komen|komt|kom|gaan|gaat|ga)\s+(?:gewoon\s+)?(?:zoals|volgens)\s+(?:gepland|afgesproken|planning|afspraak)\b)")


_MINE_STAYS = re.compile(r"\b(?:mijn eigen|mijn|my own|my)\s+(?:aanmelding|inschrijving|registration)\s+(?:blijft|stays|remains|still stands)\b", re.I)


def _staying(text: str) -> set[str]:
    """The words (lower case) of those the text says stay signed up: 'Harm en ik komen gewoon' -> {'harm', 'ik'}."""
    staying: set[str] = {"ik"} if _MINE_STAYS.search(text) else set()
    for match in _STAYING.finditer(text):
        for one in re.split(r"\s*(?:,|\ben\b|\band\b)\s*", match.group(1)):
            words = one.lower().split()
            staying |= {words[-1]} if len(words) > 1 else set(words)  # 'de heer Van Rijn': Rijn, as names are matched
    return staying


def _named_in(a: Attendee, staying: set[str]) -> bool:
    words = (a.name or "").lower().split()  # 'Harm' by first name, 'Dhr. Mertens' by surname
    return bool(words) and (words[0] in staying or words[-1] in staying)


def _without_staying(people: tuple[Attendee, ...], sender: Attendee, text: str) -> tuple[Attendee, ...]:
    """A cancellation that lists everyone who had signed up ('ikzelf, Harm Jalving en onze beleidsmedewerker
    Bouchra Haddou') and then says who still comes ('Harm en ik komen gewoon'): only the others are cancelled."""
    staying = _staying(text)
    if not staying:
        return people
    me = _ME_STAYING & staying

    def stays(a: Attendee) -> bool:
        return bool(me) if a.email and a.email == sender.email else _named_in(a, staying)
    leaving = tuple(a for a in people if not stays(a))
    if not leaving and not me and not any(a.email == sender.email for a in people):
        return (sender,)  # 'Mijn collega Dirk … had mij mee ingeschreven. Helaas moet ik afzeggen. Dirk komt wel.': the writer
    return leaving or people


def _lists_sender(people: tuple[Attendee, ...], sender: Attendee) -> bool:
    """Is the writer one of the listed people already, by address or by name?"""
    return any(a.email == sender.email or (a.name and same_name(a.name, sender.name)) for a in people)


# The one who keeps the writer's agenda, just before their name: 'My assistant, Laura Smits', 'mijn secretaresse Els'.
_HELPER_BEFORE = re.compile(r"\b(?i:(?:personal |executive |management)?assistant|\w*assistente?|secretaresse|secretary|office ?manager|PA)\s*,?\s*$")


def _cc_attendees(p: ParsedMail, text: str, own: set[str], registering: bool = False) -> list[Attendee]:
    """'Mevrouw Van Leeuwen staat in de cc': the people in Cc whom the text names (in a sign-up, not one it says cannot come)."""
    names = dict((a, n) for n, a in p.cc_names)
    people = []
    for address in p.cc:
        if address in own or address == p.from_email:
            continue
        spelled = _name_for_address(address, text)
        if spelled and _HELPER_BEFORE.search(text, 0, max(0, text.find(spelled))):
            continue  # 'My assistant, Laura Smits, is in cc and will update my diary': she keeps the agenda, she does not come
        if registering and spelled and (at := text.find(spelled)) >= 0 and _NOT_COMING_NOW.match(text, at + len(spelled)):
            continue  # 'on behalf of our director, Wendy Schipper (cc), who is unfortunately unavailable that day'
        if not spelled and (first := _first_name_of_cc(address, names.get(address), text)):
            if any(_KEEPS_THE_DIARY.match(text, at + len(first)) for at in occurrences(first, text)):
                continue  # 'Linda (cc) manages my diary, so please copy her on the confirmation': she plans, she does not come
            display = display_name(names.get(address))
            people.append(Attendee(display if display and display.split()[0] == first else first, address))
            continue  # 'Harrie komt! (Cc: Harrie van de Ven)': the first name is the one in Cc, his display name in full
        if spelled:  # the display name, unless the text writes it fuller: 'Gerda Hofstede-Lanting (in cc)'
            display = display_name(names.get(address))
            fuller = display and len(spelled) > len(display) and same_person_fuller(display, spelled)
            people.append(Attendee(spelled if fuller or not display else display, address))
    copied = [a for a in p.cc if a not in own and a != p.from_email]
    if not people and len(copied) > 1 and (everyone := _ALL_IN_CC.search(text)) and _as_many(everyone.group(1), len(copied)):
        return [Attendee(n if (n := display_name(names.get(a))) and _is_person_name(n) else None, a) for a in copied]
    if not people and len(copied) == 1 and "cc" in text.lower() and (pointed := _ROLE_IN_CC.search(text)) \
            and not _CONSULTED_BEFORE.search(text, max(0, pointed.start() - 20), pointed.start()):  # not 'In overleg met onze directeur (in cc)'
        name = display_name(names.get(copied[0]))  # 'Hierbij meld ik de directeur (zie cc) aan': the one copied in
        people.append(Attendee(name if name and _is_person_name(name) else None, copied[0], role=pointed.group(1)))
    return people


_CONSULTED_BEFORE = re.compile(r"\b(?i:met|with)\s+$")
# Who keeps the writer's diary or gets a copy: 'Linda (cc) manages my diary', 'Els (in cc) beheert mijn agenda'.
_KEEPS_THE_DIARY = re.compile(r"[^.?!\n]{0,30}?\b(?i:manages|keeps|runs|beheert|regelt|houdt)\s+(?i:my|mijn)\s+(?i:diary|agenda|calendar|schedule)\b"
                              r"|[^.?!\n]{0,60}?\b(?i:copy|cc)\s+(?i:her|him)\s+(?i:on|in)\b")
# Everyone copied in, as a group: 'meld ik de twee heren in de cc aan', 'both colleagues in cc', 'de collega's in de cc'.
_ALL_IN_CC = re.compile(r"\b(?i:de|beide|both|the|all|alle|mijn|onze|my|our)\s+(?:(twee|drie|vier|two|three|four)\s+)?"
                        r"(?i:heren|dames|collega's|collegae|colleagues|mensen|people|personen|directeuren|directors)\s+"
                        r"(?i:(?:die\s+)?(?:staan\s+)?in|copied\s+in\s+on|op)\s+(?i:de\s+|the\s+|this\s+)?(?i:cc)\b")


def _as_many(count: str | None, copied: int) -> bool:
    """No number, or the number of people copied in."""
    return count is None or _COUNT_WORDS[count.lower()] == copied

# A role the text points to the Cc for: 'Hierbij meld ik de directeur (zie cc) aan', 'our director (in cc)'.
_ROLE_IN_CC = re.compile(r"\b(?i:de|onze|mijn|the|our|my)\s+([\w-]*(?i:directeur|directrice|director|manager|bestuurder|adjunct|deputy"
                         r"|coördinator|coordinator|adviseur|advisor|collega|colleague)[\w-]*)"
                         r"\s*\(\s*(?i:zie|see|staat in|in)?\s*(?i:de\s+)?(?i:cc)\s*\)")
# The first word of an address that writes a first name and a surname: 'saskia' in saskia.dijkman@….
_FIRST_OF_ADDRESS = re.compile(r"([a-z]{3,})[._-][a-z]")


def _first_name_of_cc(address: str, display: str | None, text: str) -> str | None:
    """A first name alone in the text that is the first name of someone in Cc: 'Harrie komt!' with Harrie van de Ven
    in Cc, 'ikzelf, Saskia en Mohamed (beiden in cc)' with saskia.dijkman@…. At the desk the Cc says who that is; a first
    name alone is too little for anyone but those the writer copied in."""
    shown = display_name(display)
    local = _fold(address.split("@", 1)[0])
    candidates = [shown.split()[0]] if shown and len(shown.split()) > 1 else []
    if (found := _FIRST_OF_ADDRESS.match(local)) and not is_department(found.group(1)):
        candidates.append(found.group(1).capitalize())
    for first in candidates:
        if len(first) >= 3 and first.isalpha() and first[0].isupper() and first.lower() not in NOT_NAMES \
                and (has_word(first, text) or _SAYS_IN_CC.search(text) and has_word(first.lower(), text)) \
                and (local.startswith(_fold(first)) or _initialled_and_marked(first, local, text)):  # 'anke / joost / meike
            # … ze staan in de cc': typed in lower case, the Cc the writer points to says who
            return first
    return None


# A first name the writer marks as the one in Cc: 'Rogier (cc) en ik komen allebei', 'Liam (in cc)'.
_MARKED_CC = re.compile(r"[ \t]*\((?:[^()\n]{1,40}?,[ \t]*)?(?i:in\s+(?:de\s+)?)?(?i:cc|cc'd|kopie)\)")  # also 'Gert (directeur, cc)'


def _initialled_and_marked(first: str, local: str, text: str) -> bool:
    """An address with only the initial ('r.prins@…' for Rogier Prins in Cc) agrees with the first name when the text
    itself points to the Cc after it: 'Rogier (cc)'. Without that mark a first name may be anyone's."""
    if local[:1] != _fold(first)[:1] or local[1:2] not in {".", "_", "-"}:
        return False
    return "(" in text and any(_MARKED_CC.match(text, at + len(first)) for at in occurrences(first, text)) \
        or bool(_SAYS_IN_CC.search(text)) \
        or any(_CC_BEFORE.search(text, max(0, at - 30), at) for at in occurrences(first, text))  # 'Hans vroeg me hem aan te
    # melden. Hij staat in de cc.', 'en ook mijn collega in cc, Jeroen'


# The Cc said just before the first name: 'en ook mijn collega in cc, Jeroen', 'my colleague (cc) Sam'.
_CC_BEFORE = re.compile(r"\b(?i:in\s+(?:de\s+|the\s+)?cc|cc'd|\(cc\))\s*[,:]?\s*$")
# The text says someone is in the Cc, in a sentence of its own: 'Hij staat in de cc', 'She is cc'd', 'I've copied him in'.
_SAYS_IN_CC = re.compile(r"\b(?i:staat|staan|zit|zitten|is|are)\s+(?i:(?:ook|also|allebei|beiden|both|allemaal|all)\s+)?(?i:in\s+(?:de\s+|the\s+)?cc\b|cc'd\b)")


# A role word and then a name: 'mijn collega Bram ter Horst', 'onze directeur, de heer ir. R.J. (Rutger)
# Kamphuis', 'our incoming Head of Service, Gareth Hughes', 'colleagues Megan Clarke (…) and Daniel Hughes',
# 'both our directors, Dr. Ingrid Holm and Mr. Arjan Wiersma', 'mijn adjunct Karin Vos', 'Onze toezichthouder, …'.
_ROLE_THEN_NAME = re.compile(
    r"\b(?i:collega(?:'s)?|directeur(?:-bestuurder|en)?|directrice|adjunct(?:-[a-z]+)?|bibliothecaris|plaatsvervanger|vervanger|opvolger"
    r"|toezichthouders?|teamleider|manager|colleagues?|directors?|deputy(?: director)?|successor|replacement|lead"
    r"|head of (?:service|libraries)|head of(?=\s+\w+,)|leidinggevende|adviseur|beleidsmedewerker|[a-zà-ÿ]*coördinator|[a-z]*coordinator|projectleider"
    r"|[a-z]*consulent|medewerker|namens|on behalf of|voorzitter|intern(?:e)? begeleider|ib-?er|ib'er|leerkracht"
    # one of the writer's family, whom the writer speaks for: 'Mijn moeder Gerda Huisman is vrijwilliger op …'
    r"|(?<=mijn )(?:moeder|vader|zus|broer|dochter|zoon)|(?<=my )(?:mother|father|sister|brother|daughter|son))\b"
    r"(?:\s+(?!(?:en|and|van|de|het|in|bij|at|of|voor|for|op|from|uit|sinds|since)\b)[a-z][a-z&-]+){0,2}"
    r"(?:\s+(?:van|of|uit|in)\s+(?:groep|group|klas|class|year)\s+\d+[a-z]?)?"  # 'mijn collega van groep 7, Joris Dam'
    r"(?:\s+(?:[A-ZÀ-Ý][a-zà-ÿ]+|[A-Z][a-z]?[A-Z][a-z]?)(?=,)|\s+(?:van|bij|of|at)\s+(?:[A-ZÀ-Ý][\w'&-]*\s+){1,4}[A-ZÀ-Ý][\w'&-]*(?=,))?"
    r"\s*[,:]?\s+"  # 'onze manager Bibliotheekwerk, Sabine Roozendaal', 'de directeur van OBS Het Startblok, Mustafa Kaya',
    # a board by its letters: 'onze nieuwe voorzitter RvT, Mieke van 't Zand'
    r"(?=(?i:mevrouw|mevr|de heer|dhr|mw|dr|drs|ir)\.?\s|[A-ZÀ-Ý])")
# The line before a role line, when it is only a name: the signature of that person ('Gerrit Smit' / 'directeur Stadkamer').
_UNDER_A_SIGNED_NAME = re.compile(r"(?:^|\n)[ \t]*([A-ZÀ-Ý][^\n]{2,40}?)[ \t]*\n[ \t]*\Z")
# A line that is only a role, the next line what comes under it in a signature: 'Partnerships Lead\nReading Wales Alliance'.
_SIGNED_ROLE_LINE = re.compile(r"[ \t]*(?:[\w&-]+[ \t]+){0,2}[\w&-]+[ \t]*\n")
# A capitalised role word inside the name of a body: 'Network of Library Directors North Brabant'.
_IN_A_TITLE = re.compile(r"\b(?:of|van)\s+(?:[A-ZÀ-Ý][\w'-]*\s+)+$")
# In a cancellation, a verb of striking someone off and then a name: 'please remove Nadia Jansen-Kok from the
# list', 'verwijder mevrouw De Wit', 'haal Joris Smit van de lijst'.
_REMOVE_THEN_NAME = re.compile(r"(?:\b(?i:remove|delete|take off|cross off|strike|schrap|verwijder|haal"
                               r"|take(?=\s[^.?!\n]{3,100}\boff\s+(?:the|your|our)\s+list))\s+"  # 'Could you take Rob Vos off the list?' 
                               r"(?:(?i:both\s+)?(?i:me|myself|mij|mijzelf|ikzelf)\s+(?i:and|en)\s+)?"  # 'remove both me and Mark Jennings'
                               # a name that drops off the sign-up: 'Van onze aanmelding vervalt de naam van X', 'please
                               # remove the name of X', 'de inschrijving van X komt te vervallen'
                               r"|\b(?i:vervalt|vervallen|schrappen|verwijderen|doorhalen|remove|delete|strike|cancel|annuleer|annuleren|intrekken)"
                               r"\s+(?i:de|het|the)\s+(?i:naam|aanmelding|inschrijving|name|registration|booking)\s+(?i:van|of|for)\s+"
                               r"|\b(?i:de|het|the)\s+(?i:aanmelding|inschrijving|registration|booking)\s+(?i:van|of|for)\s+"
                               r"(?=[^.?!\n]{0,60}\b(?i:annuleren|intrekken|vervallen|schrappen|verwijderen|cancell?ed|withdrawn)\b))"

                               r"(?=(?i:mevrouw|de heer|dhr|mw|mr|mrs|ms|dr|drs|ir)\.?\s|[A-ZÀ-Ý])")
# In a cancellation, the writer's own news holds for someone else too: 'I'll have to bow out …, and the same goes for
# Mark Verbeek, whom I signed up alongside me', 'hetzelfde geldt voor Joris Smit', 'dat geldt ook voor mevrouw De Wit'.
_SAME_FOR = re.compile(r"\b(?i:the same (?:goes|applies) for|same (?:goes )?for|likewise for|(?:hetzelfde|dat|dit) geldt (?:ook )?voor)\s+"
                       r"(?:(?i:my|our|mijn|onze)\s+(?:[a-z][\w-]*\s+){1,2})?"  # '… the same goes for my colleague Sanne Mulder'
                       r"(?=(?i:mevrouw|de heer|dhr|mw|mr|mrs|ms|dr|drs|ir)\.?\s|[A-ZÀ-Ý])")
# Taking someone along: 'Ik kom op de 24e en neem Sevda Arslan (manager collectie & programmering) mee',
# "I'll bring Joe Bloggs along". A name must follow, and 'mee'/'along' close the sentence.
_TAKES_ALONG = re.compile(rf"\b(?i:neem|bring|breng)\s+(?:(?i:ook|graag)\s+)?(?:(?i:mijn|onze|my|our)\s+[\w-]+\s+)?(?=[A-ZÀ-Ý][a-zà-ÿ]+\s)(?=[^.!?\n]{{0,80}}\b(?:{_ALONG}|along)\b)"
                          # … or wishes to, the verb at the end: 'Ik zou Trees Hoogeveen-Bakker willen meenemen, voorzitter …'
                          r"|\b(?i:zou|wil|zouden|willen)\s+(?:(?i:ook|graag|nog)\s+)*(?=[A-ZÀ-Ý][a-zà-ÿ]+\s)"
                          r"(?=[^.!?\n]{0,80}\b(?:meenemen|meebrengen|mee\s+nemen|mee\s+brengen)\b)")
# A sign-up that brings someone along, in the third person: 'Mevrouw Tjoe-A-Loi wordt vergezeld door de heer Bram
# Verbeek, plaatsvervangend directeur', 'Mr Carter will be accompanied by Ms Jane Holt'.
_ACCOMPANIED_BY = re.compile(r"\b(?i:vergezeld|begeleid|accompanied)\s+(?i:door|by)\s+"
                             r"(?=(?i:mevrouw|de heer|dhr|mw|mr|mrs|ms|dr|drs|ir)\.?\s|[A-ZÀ-Ý])")
_ALREADY_IN = re.compile(r"[^.?!\n]{0,60}\b(?:heeft zich|is|was|staat|stond|has|is already|already|(?:had|heeft|has)\s+(?:mij|me|ons|us)"
                         r"|zich(?:\s+(?:al|zelf|ook|vorige|week|gisteren))*\s+(?:heeft|had))"  # '… gaf aan dat hij zich al heeft aangemeld'
                         r"\s+(?:[\w-]+\s+){0,4}(?:al\s+|already\s+)?"
                         r"(?:aangemeld|ingeschreven|opgegeven|registered|signed up)\b"
                         r"|[^.?!\n]{0,30}\b(?:kreeg|ontving|received|got)\s+(?:\w+\s+){0,2}(?:bevestiging|confirmation)\b", re.I)
# ('… Sandra Mulder heeft zich vorige week al zelf opgegeven', 'Our director, Linda Post, already signed up on her own';
# '… Jelle Bosma kreeg onderstaande bevestiging': registered already; '… had mij mee ingeschreven': the one who signed the writer up, not
# '… had zich via mij aangemeld', who is.)
# In a cancellation 'Priya Ramdin, our manager …, was registered' is the one to cancel, unless she stays:
# 'Femke Jacobs, onze adjunct-directeur, was al aangemeld en komt gewoon', 'Onze directeur, X, doet nog steeds mee'.
_STILL_COMING = re.compile(r"[^.?!\n]{0,120}\b(?:(?:komt|gaat|komen|gaan|doet|doen)\s+(?:gewoon|w[eé]l|nog steeds)|blijft\s+(?:gewoon\s+|w[eé]l\s+)?(?:aangemeld|ingeschreven|deelnemen|meedoen)"
                           r"|(?:neemt|nemen)\s+(?:w[eé]l\s+)?(?:gewoon|nog steeds)\s+deel"
                           r"|aanmelding blijft\s+(?:\w+\s+)?staan|remains registered|stays registered|is still registered"
                           r"|(?:will )?still (?:come|comes|attend|attends|join|be there)|is still coming)\b"
                           # 'will still be attending, so please leave her on the list', 'blijft wél gewoon op de lijst staan'
                           r"|[^.?!\n]{0,120}\b(?:still be (?:attending|coming|joining)|(?:leave|keep) (?:him|her|them) on the list"
                           r"|blijft\s+(?:(?:w[eé]l|gewoon|dus|nog)\s+)*op\s+de\s+\w*lijst)\b", re.I)
# … unless the sentence goes on to say they cannot come: 'Our director Jeroen Brands was registered for the webinar,
# but he's unable to attend'.
# … or the next sentence, about him or her: '… Robert Achterberg, who is registered for the Gesprekstafel on Monday 24 June.
# He has unfortunately been asked to join a meeting … and will not be able to attend'.
_CANNOT_COME = re.compile(r"[^.?!\n]{0,120}(?:[.!?]\s+(?:(?:unfortunately|sadly|helaas|however|but|maar)\s*,?\s+)?(?:he|she|hij|zij|ze)\b[^.?!\n]{0,120})?"
                          r"\b(?:unable to|cannot|can't|can no longer|(?:not|n't) be able|won't be able|wouldn't be able|kan\s+(?:\w+\s+)?niet|verhinderd|helaas"
                          # ill, or has to cancel: '… Petra Huls, who is registered for tomorrow but is ill. She has to cancel.'
                          r"|is (?:ill|sick|ziek)|ligt ziek|(?:has|needs) to cancel|must cancel|moet\s+(?:\w+\s+)?(?:afzeggen|afmelden))", re.I)
# 'My colleague Sarah Whitfield may also wish to come; she will write separately', 'Mr. Peters … told me about it';
# a hard-wrapped text may break a phrase over two lines: 'hij meldt' / 'zich zelf nog aan'.
_MENTIONS = (r"may (?:also )?(?:wish|want) to|might|will write|writes? separately"
             r"|told me|vertelde|wees me|tipte|suggested|recommended|mentioned|raadde|meldt\s+(?:(?:hij|zij|ze)\s+)?zich\s+zelf"
             r"|gevraagd\s+of\s+(?:hij|zij|ze)\b|asked\s+(?:him|her)\s+(?:if|whether)\b"
             # who asks leave to come, not yet granted: '… Ms Leonie Brandt, has asked whether she could join as an observer'
             r"|asked\s+(?:(?:us|me)\s+)?(?:if|whether)\s+(?:he|she|they)\s+(?:could|can|may|might)\b|vroeg\s+(?:\w+\s+)?of\s+(?:hij|zij|ze)\s+(?:mag|kan|mocht|kon)\b"
             r"|zal\s+zich\s+zelf|(?:will|zal)\s+(?:get|be)\s+in\s+touch|neemt\s+(?:zelf\s+)?contact\s+op|zal\s+(?:zelf\s+)?contact\s+opnemen|misschien|perhaps|maybe|is (?:ook\s+)?geïnteresseerd|laat (?:je|u|jullie) zelf weten"
             # 'Mijn collega Pieter Scholte stuurde me onderstaande herinnering door': he passed it on
             r"|stuurde\s+(?:me|mij|ons)|gaf\s+(?:me|mij|ons)\b[^.?!\n]{0,40}\bdoor|forwarded|passed on"
             # 'Onze directeur, de heer Van Leeuwen, heeft de uitnodiging aan mij doorgestuurd'; who came before:
             # 'Vorig jaar heeft mijn collega Auke Dijkstra … deelgenomen', '… Kamphuis, die enkele malen heeft deelgenomen'
             r"|doorgestuurd|deelgenomen|took part in (?:the|a|an|last|previous|earlier)"
             # 'Mijn collega Lisa Brands gaat volgende keer wel mee': another time, not this one
             r"|(?:een\s+)?volgende\s+(?:keer|editie|ronde)|next\s+(?:time|edition|round)"
             # 'Via de directeur …, mevrouw Çelik, ontving ik de uitnodiging': the invitation came through her
             r"|(?:ontving|kreeg)\s+(?:ik|wij|we)\s+(?:de|uw|jullie|een|het|deze)\s+(?:uitnodiging|mail|bericht)|(?:I|we)\s+received\s+(?:the|your|an|this)\s+invitation"
             # one who only sends greetings: 'Our former director, Jos Habets, … sends his warm greetings'
             r"|sends?\s+(?:his|her|their)\s+(?:\w+\s+)?(?:greetings|regards)|doet\s+(?:de\s+)?(?:\w+\s+)?groeten"
             # one who cannot stand in: 'Ook mijn adjunct Wendy Maas kan niet in mijn plaats komen'
             r"|(?:kan|kunnen|can)\s+(?:ook\s+)?(?:niet|not)\s+(?:\w+\s+){0,2}?(?:in\s+(?:mijn|my|zijn|haar|his|her)\s+(?:plaats|place)|invallen|step\s+in|stand\s+in)")
# Asked to answer, the modal right after the name: 'I would be grateful if Ms Toonen could let me know whether …' (not a
# guest; but 'Anna Smit comes too; could you let me know the link?' asks the reader, and Anna comes).
_ASKED_TO_ANSWER = (r"\s*(?:\([^()\n]{1,80}\)\s*)?(?:could|can|would|will|kan|kunt|zou|wil)\s+(?:please\s+)?"
                    r"(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us)|advise\s+(?:me|us)|(?:\w+\s+){0,3}laten\s+weten)\b")
# In a sign-up, a colleague named as not coming is only mentioned: 'My deputy, Ruben Hofstede, had also planned to join
# but is unavailable that afternoon'; 'Mijn collega Erik Jacobs, die toen meeging, kan dit keer helaas niet' (but not
# 'kan niet zelf mailen', nor 'cannot register himself': then the writer signs them up).
_PLANNED_BUT_NOT = r"had (?:also |ook )?(?:planned|intended|hoped|meant) to|is (?:\w+ )?(?:unavailable|not available|niet beschikbaar)"
_CANNOT_THIS_TIME = (r"(?:kan|can)\s+(?:(?:dit|deze|this) (?:keer|jaar|time|year)\s+|er\s+|helaas\s+|toch\s+|unfortunately\s+|daardoor\s+|dus\s+"
                     r"|dan\s+|die\s+dag\s+|op\s+\d{1,2}\s+\w+\s+)*"
                     r"(?:niet|not)\b(?!\s+(?:zelf|himself|herself))|(?:cannot|can't)\b(?!\s+(?:register|sign up|e-?mail|write))")
# … or stays out, said outright: 'onze wethouder, mevrouw X, …; zij gaat niet mee', 'she doesn't need a separate registration'.
_NOT_ALONG = (r"(?:gaat|komt|gaan|komen)\s+(?:ook\s+)?niet\s+mee\b|(?:doesn't|does not|don't|do not|won't|will not)\s+need\s+"
              r"(?:\w+\s+){0,2}(?:registration|sign-up|place|seat)|hoeft\s+(?:zich\s+)?niet\s+(?:apart\s+)?(?:aangemeld|ingeschreven|aan\s+te\s+melden)"
              # 'Mr. Bakker, will not be joining her', 'Ruben gaat niet', '… heeft me gevraagd te gaan omdat hij zelf verhinderd is',
              # 'onze adjunct, Wim de Lange, houdt die ochtend de boel hier draaiende', '… kreeg: …? Ik meld hem niet aan'
              r"|(?:will\s+not|won't)\s+be\s+(?:joining|attending|coming)|(?:gaat|komt)\s+(?:zelf\s+)?niet\b(?!\s+(?:alleen|zonder))"
              r"|heeft\s+(?:me|mij)\s+gevraagd\s+(?:om\s+)?(?:te\s+gaan|te\s+komen|in\s+(?:zijn|haar)\s+plaats)|verhinderd"
              r"|houdt\s+(?:\w+\s+){0,3}(?:de\s+boel|het\s+fort|de\s+winkel)|kreeg\s*:")
# … or leaves the organisation, someone else coming in their stead: 'Onze directeur, Ria Bleeker, vertrekt per 1 juni naar
# een andere functie', '… is per 1 mei vertrokken', 'our director, …, retires in May' (in a cancellation the reason to
# cancel them, so not there; and not one who sets off early: '… vertrekt vroeg uit Groningen').
_LEAVES = (r"vertrekt\s+(?:per\b|binnenkort|eind\b|bij\s+ons|naar\s+(?:een\s+)?(?:andere|nieuwe)\b)"
           r"|gaat\s+(?:\w+\s+){0,3}(?:met\s+pensioen|weg\s+bij)|neemt\s+(?:\w+\s+){0,3}afscheid|is\s+leaving|will\s+be\s+leaving"
           r"|is\s+(?:\w+\s+){0,4}(?:vertrokken|met\s+pensioen)|heeft\s+(?:\w+\s+){0,4}verlaten|has\s+(?:\w+\s+)?left|has\s+retired"
           r"|leaves\s+(?:us|the|our)|retires|is\s+retiring")
# … or is away, which in a cancellation is the very reason: 'Mevrouw X, directeur, is helaas ziek … Wilt u haar afmelden?'
_NOT_COMING_NOW = re.compile(rf"{_ASKED_TO_ANSWER}|[^.?!\n]{{0,100}}\b(?:{_MENTIONS}|had (?:ook )?graag willen|would have liked|is (?:die \w+ |op \d{{1,2}} \w+ )?helaas"
                             rf"|met (?:\w+ )?\w*verlof|on (?:\w+ )?leave|{_PLANNED_BUT_NOT}|{_CANNOT_THIS_TIME}|{_NOT_ALONG}|{_LEAVES}"
                             # in a sign-up, one who called off already: 'Vorige week heeft mijn collega Tineke Rutten zich
                             # voor de gesprekstafel afgemeld … kom ik nu zelf'
                             rf"|zich\s+(?:[\w-]+\s+){{0,5}}(?:afgemeld|afgezegd)|has\s+(?:already\s+)?(?:cancell?ed|withdrawn))", re.I)
_ONLY_MENTIONED = re.compile(rf"{_ASKED_TO_ANSWER}|[^.?!\n]{{0,100}}\b(?:{_MENTIONS})", re.I)
_AND_NEXT = re.compile(r"^\s*(?:\([^)]*\))?\s*(?:,|\ben\b|\band\b)\s+", re.I)


# Or asked of the reader, or said by the writer: 'Zou u Kees Dekker, onze directeur, willen inschrijven', 'meld ik X, onze …'.
# The capital that every name starts with, looked at first: the lookbehinds of the start alternation are tried only
# where a name can begin, not at every position of the text (the same matches in a quarter to a third of the time).
_NAME_THEN_ROLE = re.compile(rf"(?=[{UPPER}])(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\b[Uu]\s)|(?<=\bje\s)|(?<=\byou\s)|(?<=\bik\s))({NAME.pattern}),[ \t]+(?:(?i:onze|our|mijn|my)\s+\S*(?i:directeur|director"
                             r"|manager|bestuurder|adjunct|deputy|coördinator|coordinator|adviseur)"
                             r"|\S*(?i:directeur|director|bestuurder)\s+(?i:van|bij|of|at)\s+(?i:de\s+|the\s+)?(?i:\w*bibliothe|library|stichting))",
                             re.M)  # 'drs. Wouter Scheepmaker, directeur van Bibliotheek Kop van Noord, aanmelden'

# 'Ron Verhagen en ik hadden ons allebei aangemeld': a full name, then the writer.
# Dutch puts the verb before the subject after an opening phrase: 'Van onze bieb zouden Karin Smits en ik meekijken'.
_INVERTED_VERB = r"\b(?:zouden|zullen|willen|wilden|hadden|hebben|komen|kwamen|gaan|gingen|kunnen|konden|moeten|moesten|sluiten|schuiven|doen|nemen|kijken)\s+"  # 'Helaas moeten X en ik …'
# 'en ik', or a phone's '+ ik' / '& I': 'Mark Hoving + ik komen graag'.
_AND_ME = re.compile(r"(?:\b(?:en|and)\s+|[+&]\s*)(?:ik|I|mijzelf|myself)\b", re.I)  # cheap: most mails have none
# A remark in brackets may come between: 'Graag sluiten Frank Geurts (onze beleidsmedewerker onderwijs) en ik aan',
# or one set off by commas: 'dan komen Yvonne Brouwer, onze manager educatie, en ik'.
# A sentence adverb the capitalised run of a name picks up at the start: 'Unfortunately Berend Smeenk and I both have to cancel'.
_SAYS_WHO_THEY_ARE = re.compile(r"(?i:i'm|i’m|i am|ik ben|this is|dit is)\s")
_OPENING_WORD = re.compile(r"^(?i:both|beide|zowel|unfortunately|sadly|regrettably|helaas|jammer genoeg"
                           r"|kunnen|mogen|zouden|willen|moeten)\s+")  # a question's verb first: 'Kunnen Fatima en ik ons nog aanmelden?'
_NAME_AND_ME = re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\bmaar\s)|(?<=\bbut\s)|(?<=\bof\s)|(?<=\bdat\s)|(?<=\bthat\s)|(?<=,\s)|(?<=\bboth\s)|(?<=\bzowel\s)|{_INVERTED_VERB})({NAME.pattern})"
                          r"(?:\s*\([^()\n]{1,60}\)|,\s+(?i:onze|our|mijn|my)\s+[^,()\n.!?]{1,40},|,\s+[a-z][^,()\n.!?]{1,40},)?"
                          r"(?:\s+(?:en|and)\s+|\s*[+&]\s*)"  # (a role in lower case between commas: 'Anouk Meijer, leerkracht groep 4, en ik')
                          r"(?i:ik|I|mijzelf|myself)\b", re.M)  # '…, maar Marieke Pronk en ik moeten …', 'Hallo, Klaas de Boer en ik …'
# (mid-sentence after 'both': 'I'm afraid that both Mark Verhoef and I have to withdraw')
# The other way round, the writer first: 'ik + Lotte Vermeer (onze leesconsulent)', 'mijzelf en Joris Smit', 'me & Sam Patel'.
_ME_AND = re.compile(r"\b(?i:ik|ikzelf|mij|mijzelf|mezelf|me|myself)\s*(\+|&|\ben\b|\band\b)\s*"
                     r"(?P<whose>(?:onze|mijn|our|my)\s+(?:(?:[a-z][\w'-]*|[A-Z]+['’][a-z]+|[A-Z]{2,6}\b),?\s+){1,3})?(?=[A-ZÀ-Ý])")  # '… mijzelf en onze intern begeleider Koen Lammers'
# The next one in such a chain, a remark in brackets allowed before it: 'ik + Mark + Fleur', 'me & Sam Patel (…) & Jo'.
_CHAIN_JOIN = re.compile(r"\s*(?:\([^()\n]{1,60}\)\s*)?(\+|&|,|\b(?i:en|and)\b)\s*(?=[A-ZÀ-Ý])")
# A capitalised first name alone, as a phone's list gives it: 'Mark', 'Gert-Jan'.
_FIRST_NAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?(?![\w'-])")


def _joined_to_me(text: str, at: int, joiner: str) -> list[str]:
    """The people a hurried mail joins to the writer after 'ik +' (at ``at``; ``joiner`` the sign or word before it):
    'ik + Mark + Fleur van onze bieb komen graag. Mark Hoving is manager educatie, Fleur Jacobs …'. A full name is
    read as it stands; a first name alone is written in full where the text gives it so ('Mark Hoving'), else kept
    alone when a '+' or '&' joins it (the writer's shorthand for someone they know; after 'en' a capital may be anything)."""
    names: list[str] = []
    while True:
        name, end = person_at(text[at: at + 120])
        if not name and (first := _FIRST_NAME.match(text, at)) and first.group(0).lower() not in NOT_NAMES \
                and first.group(0).lower() not in _PRONOUNS and not FIELD_OF_WORK.fullmatch(first.group(0)):  # 'onze manager Educatie, …'
            name, end = _in_full(first.group(0), text) or (first.group(0) if joiner in ("+", "&") else None), first.end() - at
        if not name:
            break
        names.append(name)
        more = _CHAIN_JOIN.match(text, at + end)
        if not more:
            break
        at, joiner = more.end(), more.group(1)
    return names


_NAMED_BEFORE_ROLE = re.compile(r"((?:[A-ZÀ-Ý][\w'’-]+\s+(?:(?:van|de|der|den|ter|ten|te|'t|in)\s+)*){1,3}[A-ZÀ-Ý][\w'’-]+)"
                                r"\s*[,(]\s*$")


def _role_of_the_name_before(text: str, start: int) -> bool:
    """'Pieter de Jong (directeur CODA Apeldoorn)': the role belongs to the full name just before it, and
    what follows the role is that person's organisation, not a second person."""
    m = _NAMED_BEFORE_ROLE.search(text, max(0, start - 60), start)
    return bool(m) and not _GREETING.match(m.group(1)) and person_at(m.group(1))[0] == m.group(1)


# What 'X en ik' at the start of a sentence do: 'Astrid en ik kunnen helaas niet komen' (a first name then, not a greeting).
_WE_ACT = re.compile(r"\s+(?i:kunnen|komen|willen|gaan|zouden|moeten|melden|doen|sluiten|schuiven|nemen|can(?:not|'t)?|will|would"
                     r"|are|both|allebei|beiden)\b")


_WE_STAY = re.compile(r"\s+(?:komen|gaan|doen)\s+(?:w[eé]l\s+)?(?:gewoon|w[eé]l|nog\s+steeds)\b|\s+(?:will|are)\s+still\b")


def role_named_people(text: str, exclude: list[str], cancelling: bool = False) -> list[Attendee]:
    """People the running text names after a role word ('mijn collega Bram ter Horst'), or before
    one ('Kees Bouwman, onze directeur-bestuurder, komt graag'), without an address of their own.
    ``cancelling``: someone who 'was registered' is the very person a cancellation is for, and so is
    someone struck off ('please remove Nadia Jansen-Kok from the list'); one who 'komt wél' is not."""
    found: list[Attendee] = []
    for match in _NAME_AND_ME.finditer(text) if _AND_ME.search(text) else ():
        said = _OPENING_WORD.sub("", match.group(1))
        if _SAYS_WHO_THEY_ARE.match(said):
            continue  # "I'm Lies Dam, reading consultant at LeesPunt Zuid, and I'd like to register": the writer
        name = person_at(said)[0]  # 'Both Lucy Hartman and I'
        if name and " " not in name:
            name = None
        if not name and (not match.group(0).startswith(said) or _WE_ACT.match(text, match.end())) and _FIRST_NAME.fullmatch(said) \
                and said.lower() not in NOT_NAMES and said.lower() not in _PRONOUNS:
            name = _in_full(said, text) or said  # after the verb: 'Helaas moeten Gerrit en ik ons afmelden', by first name
        if cancelling and name and " " not in name and _WE_STAY.match(text, match.end()) and not _BUT_CLAUSE.search(text):
            continue  # 'Roel kan helaas niet meer … Sevda en ik komen wel gewoon': those two stay, the one by first name leaves
        if name and not _GREETING.match(match.group(1)) \
                and not any(same_name(name, other) for other in exclude):
            found.append(Attendee(name, None))
            exclude = [*exclude, name]
    for match in _ME_AND.finditer(text):
        for name in _joined_to_me(text, match.end(), "+" if match.group("whose") else match.group(1)):  # 'ik en mijn collega Marco'
            if not any(same_name(name, other) for other in exclude):
                found.append(Attendee(name, None))
                exclude = [*exclude, name]
    for match in _NAME_THEN_ROLE.finditer(text):
        name = person_at(match.group(1))[0]
        if _GREETING.match(match.group(1)):
            continue  # 'Goedemiddag Seher, mijn directeur …'
        already = _ALREADY_IN.match(text, match.end()) and (not cancelling or _STILL_COMING.match(text, match.end()))
        if name and not any(same_name(name, other) for other in exclude) and not already:
            found.append(Attendee(name, None))
            exclude = [*exclude, name]
    for name in _aldermen_who_act(text) if "ethouder" in text or "lderman" in text else ():
        if not any(same_name(name, other) for other in exclude):
            found.append(Attendee(name, None))
            exclude = [*exclude, name]
    removals = [*_REMOVE_THEN_NAME.finditer(text), *_SAME_FOR.finditer(text)] if cancelling else []
    along = list(_TAKES_ALONG.finditer(text)) if not cancelling and ("neem " in text or "bring " in text or "breng " in text or "mee" in text) else []
    along += [] if cancelling else list(_ACCOMPANIED_BY.finditer(text))
    for match in [*_ROLE_THEN_NAME.finditer(text), *removals, *along]:
        if match.re is _ROLE_THEN_NAME and _role_of_the_name_before(text, match.start()):
            continue  # 'de heer Arjen Nauta, directeur Stadkamer Zwolle': his role and organisation, nobody new
        if text[match.start()].isupper() and _IN_A_TITLE.search(text, max(0, match.start() - 60), match.start()):
            continue  # 'Chair, Network of Library Directors North Brabant': the name of a body, not a role before a name
        if _GREETING.match(text, text.rfind("\n", 0, match.start()) + 1) and "\n" in text[match.start(): match.end()]:
            continue  # 'Dear colleagues,' / 'Herewith I register …': the greeting's 'colleagues', then the first line
        if _readers_colleague(text, _FIRST_WORD.match(text, match.start()).end()) or _readers_colleague(text, match.end()):
            continue  # 'your colleague Ms Maaike Toonen': one of the organisers, not a guest
        if _SIGNED_ROLE_LINE.match(text, text.rfind("\n", 0, match.start()) + 1, match.end()):
            continue  # 'Partnerships Lead' / 'Reading Wales Alliance': a signature's role line, the organisation under it
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not text[line_start: match.start()].strip() and (signed := _UNDER_A_SIGNED_NAME.search(text, 0, line_start)) \
                and any(same_name(signed.group(1), e) for e in exclude if e):
            continue  # 'Gerrit Smit' / 'directeur Stadkamer' / 'Zwolle': the writer's role line under their name
        rest = text[match.end():]
        while True:
            name, end = person_at(rest)
            if not name:
                break
            after = rest[end:]
            has_address = bool(re.match(r"\s*[(<]?\s*[\w.+'-]+@", after))
            if (_ALREADY_IN.match(after) and match not in removals
                    and not (cancelling and _CANNOT_COME.match(after) and not _STILL_COMING.match(after))) \
                    or (_ONLY_MENTIONED if cancelling else _NOT_COMING_NOW).match(after):
                break  # 'mijn collega Jolien Verbruggen heeft zich vorige week al aangemeld' (not one struck off: '… the same
                # goes for my colleague Sanne Mulder, who was registered along with me'; and in a cancellation
                # 'Our director Jeroen Brands was registered …, but he's unable to attend' is the one to cancel)
            if cancelling and _STILL_COMING.match(after):
                break  # 'Mijn collega Tom Veldkamp komt wél, zijn aanmelding blijft dus staan': not the one to cancel
            if not has_address and not any(same_name(name, other) for other in exclude) and not is_body(name) \
                    and not FIELD_OF_WORK.fullmatch(name.split()[0]) and not _field_before_name(name, after) \
                    and not _FIELD_ADJECTIVE.match(name):
                # 'onze manager Publieke Dienstverlening, Roos …', '… Maatschappelijke Participatie, Ayşe …': the role's field
                found.append(Attendee(name, None))
                exclude = [*exclude, name]
            more = _AND_NEXT.match(re.sub(r"^\s*[(<]?\s*[\w.+'-]+@[\w.-]+[)>]?", "", after))
            if not more:
                break
            rest = re.sub(r"^\s*[(<]?\s*[\w.+'-]+@[\w.-]+[)>]?", "", after)[more.end():]
    return found


# An alderman the municipality's secretariat writes for, who is the subject of coming or not: 'Wethouder Shanti Ramdin
# (portefeuille Onderwijs) neemt graag deel', 'Wethouder Van der Laan kan maandag helaas toch niet'. Not one who only
# gives the reason: 'Wethouder Van Dam heeft net laten weten dat hij … zijn werkbezoek wil afleggen'.
_ALDERMAN_ACTS = re.compile(rf"\b(?i:wethouder|alderman|councillor)\s+({NAME.pattern})(?:\s*\([^()\n]{{1,80}}\))?"
                            r"\s+(?:neemt|komt|kan|wil|gaat|sluit|schuift|will|would|can(?:not|'t)?|is unable)\b")


def _aldermen_who_act(text: str) -> list[str]:
    """The names of aldermen who come or cancel, as the sentence's subject."""
    return [name for m in _ALDERMAN_ACTS.finditer(text) if (name := person_at(m.group(1))[0])]


_COMMA_THEN_NAME = re.compile(rf",[ \t]*[{UPPER}]")


# A role's field opened by an adjective, written in capitals: 'onze manager Maatschappelijke Impact', 'manager Digitale
# Dienstverlening', 'adviseur Culturele Educatie'. Dutch adjectives end so; no first name does.
_FIELD_ADJECTIVE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:lijke|ische|iële|uele|ieve)\s")


def _field_before_name(name: str, after: str) -> bool:
    """Capitalised words after a role word that end in a field of work, with a comma and a name after them, are the
    role's field ('onze manager Maatschappelijke Participatie, Ayşe Arslan (…)'), not a person: a role's field may be
    written in capitals, its first word an adjective that is no field word by itself."""
    return len(name.split()) >= 2 and bool(FIELD_OF_WORK.fullmatch(name.split()[-1])) and bool(_COMMA_THEN_NAME.match(after))


# A first name alone that starts a sentence and comes along: 'Ik kom. Annemarie gaat ook mee, zij doet bij ons de
# taalhuizen', 'Leo wil ook graag mee'. Too little to find them by, but the sender knows who it is.
# A full name that opens a sentence and comes, as a secretariat writes it in a hurry: 'Pieter Hoekstra komt graag naar
# de gesprekstafel', 'Jan de Vries wil deelnemen', 'Anna Smit will attend on the 28th'. Each verb with the word that makes
# it coming ('X wil graag weten …' asks something); never with a 'niet'/'helaas' in the sentence.
_COMING_VERB = re.compile(r"\b(?:komt|gaat|wil|zou|neemt|sluit|schuift|doet|will|would|komen|gaan|willen|zouden|nemen|sluiten|schuiven|doen)\b")  # cheap
# Two or more named together: 'Rob Vos en Ilse Mets willen graag deelnemen aan het webinar'.
_NAME_COMES = re.compile(rf"(?=[{UPPER}])(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\b[Ee]n\sook\s)|(?<=\b[Aa]nd\salso\s))"
                         rf"((?:{NAME.pattern})(?:[ \t]*(?:,|\ben\b|\band\b|&)[ \t]*(?:{NAME.pattern}))*)\s+"
                         # where they work, between: 'en ook Ruud Janssen van onze afdeling Educatie komt mee'
                         r"(?:(?i:van|from|of)\s+(?i:onze|ons|our)\s+(?:[\w-]+\s+){1,2}?(?=(?:komt|komen|wil|will|gaat|doet)\b))?"
                         r"(?![^.!?\n]{0,60}\b(?i:niet|not|geen|no longer|helaas|unfortunately)\b)"
                         r"(?:(?:komt|komen)\b(?=[^.!?\n]{0,40}\b(?:graag|ook|mee|naar|erbij)\b)"
                         r"|(?:wil|zou|will|would|willen|zouden)\b(?=[^.!?\n]{0,60}\b(?:deelnemen|komen|aansluiten|meedoen|aanwezig|attend|join|come|be there)\b)"
                         r"|(?:neemt|sluit|schuift|doet|gaat|nemen|sluiten|schuiven|doen|gaan)\b(?=[^.!?\n]{0,40}\b(?:deel|aan|mee)\b))", re.M)


def _names_coming(text: str, exclude: list[str]) -> list[Attendee]:
    """People a sign-up names in full as the subject of coming, with no role word or address to find them by (a
    secretariat's one line); not the writer, nor a greeting ('Beste Seher, …')."""
    found: list[Attendee] = []
    for match in _NAME_COMES.finditer(text) if _COMING_VERB.search(text) else ():
        pieces = _NAME_JOINS.split(match.group(1))
        people = [(name, piece) for piece in pieces if (got := person_at(piece))[0] and (name := got[0]) and got[1] == len(piece)]
        if len(people) != len(pieces) or _GREETING.match(match.group(1)):
            continue  # every piece a name, and no greeting ('Beste Seher, …')
        for name, _ in people:
            if " " in name and not any(same_name(name, other) for other in [*exclude, *(a.name or "" for a in found)]):
                found.append(Attendee(name, None))
    return found


_FIRST_NAME_ALONG = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s+"
                               r"(?:gaat|komt|wil)\s+(?:ook\s+)?(?:graag\s+)?mee\b", re.M)
# A first name with no surname after it (a capital, or a tussenvoegsel, would start one).
_FIRST_NAME_ONLY = r"([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\b(?![ \t]+(?:[A-ZÀ-Ý]|(?:van|de|der|den|ter|ten|te)\s))"
# Someone taken along by first name alone: 'Ik kom op 24 juni en neem Loes mee, onze specialist digitale inclusie',
# "I'll bring Sam along" (not a full name, which role_named_people reads).
_TAKES_FIRST_NAME_ALONG = re.compile(rf"\b(?i:neem|bring|breng)\s+(?:(?i:ook|graag|dan)\s+)*(?:(?i:mijn|onze|my|our)\s+(?i:collega|colleague)\s+)?{_FIRST_NAME_ONLY}"
                                     rf"(?=[^.!?\n]{{0,60}}\b(?:{_ALONG}|along)\b)")
# The colleagues who come along, counted and then named by first name: 'samen met 2 collega's: Noor en Bram (allebei
# bovenbouw)', 'together with two colleagues: Sam and Lena'.
_COLLEAGUES_BY_FIRST_NAME = re.compile(r"\b(?i:samen met|met|together with|with|and|en)\s+(?:\d|(?i:twee|drie|vier|two|three|four))\s+"
                                       r"(?i:collega's|collegae|colleagues)\s*:\s*"
                                       r"([A-ZÀ-Ý][a-zà-ÿ]+(?:(?:[ \t]*,[ \t]*|[ \t]+(?:en|and|&)[ \t]+)[A-ZÀ-Ý][a-zà-ÿ]+)+)\b(?![ \t]+[A-ZÀ-Ý])")
# First names added to the writer's own sign-up: 'Count me in, plus Noor and Daan from my team please!', 'Ik kom graag, samen
# met Joris.' (the sentence or a team after them ends the list; a surname after one makes it a full name, read elsewhere).
_FIRST_NAMES_PLUS = re.compile(r"\b(?i:plus|samen met|together with)\s+(?:(?i:onze|mijn|our|my)\s+[\w-]+\s+)?([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
                               r"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:en|and|&)[ \t]+)[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)*)"
                               r"(?=[ \t]+(?i:from|van|uit|of)[ \t]+(?i:my|our|mijn|onze|ons)\b|[ \t]+(?i:for|voor)[ \t]+(?i:the|het|de)\b"
                               r"|[ \t]*(?i:please|graag|svp|pls)?[ \t]*[.!,]|[ \t]*$)", re.M)
# A colleague by first name in the sentence that signs up: 'Please register me for the round table …, and also my colleague
# Priscilla, who heads our adult education team', 'Graag meld ik mij aan, en ook mijn collega Eline'.
_SIGN_UP_COLLEAGUE_BY_FIRST_NAME = re.compile(r"\b(?i:register|sign\s+up|add|aanmelden|aan\s+te\s+melden|meld|inschrijven|schrijf)\b"
                                              r"[^.?!\n]{0,80}?\b(?:(?i:and|en)\s+)?(?:(?i:also|ook)\s+)?(?i:my|our|mijn|onze)\s+"
                                              r"(?i:colleague|collega)\s+" + _FIRST_NAME_ONLY)
# A colleague by role and first name who comes along, said of them: 'My deputy Sanne will join me as well', 'mijn collega
# Joyce wil ook graag', "Onze ib'er Sanne wil ook graag meekijken". Never a sentence that says they do not.
_ROLE_NOUN = (r"(?i:collega|colleague|deputy|adjunct(?:-[a-z]+)?|plaatsvervanger|ib-?er|ib['’]er|intern(?:e)?\s+begeleider|[a-zà-ÿ]*medewerker"
              r"|[a-z]*consulent|[a-zà-ÿ]*co[öo]rdinator|teamleider|[a-z]*manager|stagiai?re?|intern|leerkracht|directeur|directrice"
              r"|director|adviseur|advisor|bibliothecaris|librarian|assistant|assistent)")
_ROLE_FIRST_NAME_COMES = re.compile(r"\b(?i:mijn|onze|my|our|zijn|haar|his|her)\s+" + _ROLE_NOUN + r"\s+" + _FIRST_NAME_ONLY +
                                    r"(?:[ \t]*\([^()\n]{1,80}\)|,[^,.!?\n]{1,80},)?[ \t]+"
                                    r"(?![^.!?\n]{0,60}\b(?i:niet|not|geen|helaas|unfortunately|can't|cannot|won't|no\s+longer|misschien|maybe|perhaps|possibly|might)\b)"
                                    r"(?=(?i:will|wil|wilt|komt|gaat|zou|would|kan|can|joins?|is\s+coming|sluit|schuift|doet)\b"
                                    r"[^.!?\n]{0,40}?\b(?i:come|coming|attend|join|go|mee\w*|deel|aan|ook|as\s+well|too|graag|erbij)\b)")
# … or named after 'met', each by role and first name: 'Ik meld me aan met onze ib'er Lisa en onze leescoördinator, meester Tim'.
_ROLE_THEN = r"(?i:onze|mijn|our|my)\s+[\w'’-]+,?\s+(?:(?i:meester|juf|mr|ms)\.?\s+)?"
_FIRST_ALONE = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\b(?![ \t]+(?:[A-ZÀ-Ý]|(?:van|de|der|den|ter|ten|te)\s))"
_WITH_ROLES_AND_FIRST_NAMES = re.compile(r"\b(?i:meld\w*\s+(?:me|mij|ons)\s+aan|kom|komen|schuif|schuiven\s+aan|i'll\s+come|i'm\s+coming)\s+"
                                         rf"(?i:samen\s+)?(?i:met|with)\s+({_ROLE_THEN}{_FIRST_ALONE}"
                                         rf"(?:\s*(?:,|\ben\b|\band\b|&)\s*{_ROLE_THEN}{_FIRST_ALONE})*)")
_ROLE_AND_FIRST_ONE = re.compile(_ROLE_THEN + _FIRST_NAME_ONLY)  # each of them, the first name its group
# … or taken along: 'Hij neemt zijn beleidsmedewerker Lotte mee' (not 'neem onze coördinator Taalhuis mee, Sietske Hoekstra').
_TAKES_ROLE_FIRST_NAME = re.compile(r"\b(?i:neemt|neem|nemen|brings?|bringing|brengt|breng)\s+(?i:mijn|onze|my|our|zijn|haar|his|her)\s+"
                                    + _ROLE_NOUN + r"\s+" + _FIRST_NAME_ONLY + r"(?=[ \t]+(?i:mee|along)\b(?![ \t]*,[ \t]*[A-ZÀ-Ý]))")
# Who the colleague signed up is, said in a sentence after: 'Ik wil graag mezelf en mijn collega aanmelden … Mijn collega is
# Lotte, ze is onze leescoördinator', 'register me and my colleague. My colleague is Sam'. A first name alone.
_SIGNS_UP_A_COLLEAGUE = re.compile(r"\b(?i:mijn|my|onze|our)\s+(?i:collega|colleague)\s+(?:(?i:ook|also|too)\s+)?"
                                   r"(?i:aan\s+te\s+melden|aanmelden|inschrijven|opgeven|registreren|register|sign\s+up|to\s+register)\b"
                                   r"|\b(?i:register|sign\s+up|add)\s+(?i:me|myself)\s+(?i:and)\s+(?i:my|our)\s+(?i:colleague)\b")
_COLLEAGUE_IS_FIRST_NAME = re.compile(r"\b(?i:mijn|my|onze|our)\s+(?i:collega|colleague)\s+(?i:is|heet|is\s+called)\s+"
                                      + _FIRST_NAME_ONLY)
# 'Meld mij en Eline maar aan', 'sign me and Eline up': a first name with no surname after it.
# Also asked of the reader, and a phone's '+': 'wil je mij + Gert-Jan (onze teamleider) aanmelden', 'can you add me & Sam'.
_ME_AND_FIRST_NAME = re.compile(r"(?:\b(?i:meld\w*|sign|register|add)\s+|\b(?i:wil|wilt|kun|kunt|kan|zou|could|can|would)\s+(?i:je|u|jij|jullie|you)\s+)"
                                r"(?i:mij|me|mijzelf|mezelf|myself)\s*(?:\+|&|\s(?i:en|and)\s)\s*"
                                r"([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\b(?!\s+(?:[A-ZÀ-Ý]|(?:van|de|der|den|ter|ten)\s))")
# … and off: 'ik moet mezelf en Bert afmelden voor maandag'.
_ME_AND_FIRST_NAME_OFF = re.compile(r"\b(?i:mij|me|mijzelf|mezelf|myself)\s*(?:\+|&|\s(?i:en|and)\s)\s*"
                                    r"([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\b(?!\s+(?:[A-ZÀ-Ý]|(?:van|de|der|den|ter|ten)\s))"
                                    r"(?=[^.?!\n]{0,40}\b(?i:afmelden|af\s+te\s+melden|uitschrijven|off\s+the\s+list)\b)")
# The same in a cancellation: 'Wendelien kan helaas niet meer op 28 maart', 'Tom can no longer make it'.
# The day may come between, and a colon before: 'Kleine wijziging: Youssef kan op 28 maart toch niet'.
_ON_DAY = r"(?:(?:op\s+|on\s+)?\d{1,2}(?:\s+[a-z]+|[-/]\d{1,2})\s+|(?:morgen|vandaag|tomorrow|today|maandag|dinsdag|woensdag|donderdag|vrijdag)\s+)?"
# Two or more, after a word that opens the sentence: 'Unfortunately both Emma and Lucas have to withdraw'.
_FIRST = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?"
_FIRST_NAMES = rf"{_FIRST}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:en|and|&)[ \t]+){_FIRST})*"  # 'Femke en Rutger', 'Jesse and Martine'
_FIRST_NAMES_JOIN = re.compile(r"[ \t]*,[ \t]*|[ \t]+(?:en|and|&)[ \t]+")
_FIRST_NAME_OFF = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=\n)|(?<=\s[-–]\s)|(?<=,\smaar\s)|(?<=,\sbut\s)|(?<=\b(?i:hi),\s)|(?<=\b(?i:hoi),\s)|(?<=\b(?i:hallo),\s)|(?<=\b(?i:hello),\s))(?:(?i:unfortunately|sadly|helaas|both|allebei|zowel)\s*,?\s+)*"
                             rf"({_FIRST_NAMES})(?:[ \t]*\([^()\n]{{1,60}}\))?\s+(?:(?i:both|allebei|beiden)\s+)?"
                             r"(?:(?i:from|van|uit)\s+(?:(?i:our|my|onze|ons|mijn)\s+\w+|[A-ZÀ-Ý]\w*(?:\s+[A-ZÀ-Ý][\w'-]*){0,3})\s+)?"  # 'Lisa and
                             # Omar from our school won't …', 'Sorry - Nadia and Tim from CBS De Ark can't make it'
                             r"(?:(?:kan|kunnen|can|moet|moeten|has to|have to|must)\s+" + _ON_DAY + r"(?:(?:helaas|toch|echt|unfortunately|sadly)\s+)*"
                             r"(?:niet|not|no longer|afzeggen|afhaken|withdraw)\b"
                             # 'Ellen komt dus niet meer', 'Tom is no longer coming'
                             r"|(?:komt|gaat)\s+(?:(?:dus|toch|helaas)\s+)*niet\s+(?:meer|mee)\b|is\s+no\s+longer\s+(?:coming|attending)\b"
                             # 'Jonas and Aylin can't attend after all'
                             r"|(?:can't|can’t|cannot|won't|won’t)\s+(?:be\s+able\s+to\s+)?(?:attend|make\s+it|come|join)\b)", re.M)
_PRONOUNS = {"die", "dat", "deze", "ze", "zij", "hij", "iedereen", "niemand", "er", "u", "jij", "je", "wie", "men"}

# … and named in full, one or more: 'Unfortunately Ruben Peters and Elif Kaya can no longer make it', 'Joost Bakker
# en Ilse de Wit zijn helaas verhinderd'. The names are what comes before the verb in its sentence.
# 'Bram ter Horst (teamleider bibliotheek) kan maandag toch niet': the day may come between.
# A date between the verb and 'niet': 'Elif Kaya kan 24 juni toch niet', 'Tom can on 28/3 not …'.
_A_DATE = r"(?:op\s+|on\s+)?\d{1,2}(?:[-/]\d{1,2}|\s+(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec|march|may)[a-z]*\.?)"
_CANNOT_MAKE_IT = re.compile(r"(?<=\s)(?i:kan|kunnen|can|cannot|can't|are|is|zijn|moet|moeten|must|have to|has to)\s+"
                             r"(?i:(?:helaas|toch|echt|allebei|beiden|both|unfortunately|sadly|now|nu|dan|morgen|vandaag"
                             r"|maandag|dinsdag|woensdag|donderdag|vrijdag|" + _A_DATE + r")\s+)*"
                             r"(?i:niet|not|no longer|unable|verhinderd|afzeggen|afhaken|afvallen|withdraw|cancel|drop\s+out|pull\s+out)\b"
                             # or does not go along with the others: 'Koen Verbeek gaat niet mee, die heeft die dag een OR-vergadering'
                             r"|(?<=\s)(?i:gaat|gaan|komt|komen)\s+(?i:(?:helaas|toch|dan|ook)\s+)*(?i:niet|no longer)\s+(?i:mee)\b"
                             # 'Jan Smit zal niet aanwezig zijn', 'Jan Smit komt helaas niet', 'Tom will not attend' (not 'komt niet alleen')
                             r"|(?<=\s)(?i:zal|zullen|komt|komen|will)\s+(?i:(?:helaas|toch|dan|morgen|vandaag|maandag|dinsdag|woensdag"
                             r"|donderdag|vrijdag|unfortunately)\s+)*(?i:niet|not)\b(?!\s+(?i:alleen|alone|only|meer\s+alleen))"
                             # "Rob Vos won't be able to make it", 'sends his apologies', 'meldt zich af', 'moet zich helaas afmelden', 'zegt af'
                             r"|(?<=\s)(?i:won't|can't|cannot|will not)\s+(?i:be able to\s+)?(?i:make it|attend|come|join|be there)\b"
                             r"|(?<=\s)(?i:sends?|sent)\s+(?i:his|her|their)\s+apologies\b"
                             r"|(?<=\s)(?i:meldt|melden)\s+zich\s+(?:(?i:helaas|hierbij|bij deze|toch)\s+)*af\b"
                             r"|(?<=\s)(?i:moet|moeten|wil|willen)\s+zich\s+(?:(?i:helaas|toch)\s+)*(?i:afmelden)\b"
                             r"|(?<=\s)(?i:zegt|zeggen)\s+(?:(?i:helaas|toch|hierbij)\s+)*af\b")
# … with the verb first, as Dutch puts it after 'helaas': 'Helaas kunnen Anna en Bram donderdag niet' (two or more).
_VERB_THEN_FIRST_NAMES_OFF = re.compile(rf"\b(?i:kunnen|moeten|zullen)\s+({_FIRST}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:en|&)[ \t]+){_FIRST})+"
                                        # one first name and the writer: 'Helaas kunnen Pieter-Jan en ik er op 24 juni allebei niet bij zijn'
                                        rf"|{_FIRST}(?=[ \t]+(?:en|&)[ \t]+ik\b))(?:[ \t]+(?:en|&)[ \t]+ik)?\s+"
                                        r"(?:(?i:helaas|toch|echt|allebei|beiden|dan|er|morgen|vandaag|maandag|dinsdag|woensdag"
                                        r"|donderdag|vrijdag|" + _A_DATE + r")\s+)*(?i:niet)\b")
# The verb first: 'pls cancel for me and my colleague Sarah', 'graag afmelden voor mij en mijn collega Bram'.
_CANCEL_ME_AND_FIRST_NAME = re.compile(rf"\b(?i:cancel|afmelden|withdraw|remove|uitschrijven)\b[^.?!\n]{{0,20}}\b(?i:me|myself|mij|mezelf|mijzelf)\s+"
                                       rf"(?:and|en|&|\+)\s+(?:(?i:my|mijn|our|onze)\s+(?i:colleague|collega)\s+)?({_FIRST})\b(?![ \t]+[A-ZÀ-Ý])")
# Those who drop out of a group, after a colon: 'van onze groep van 5 vallen er 2 af: Femke en Rutger'.
_FIRST_NAMES_DROP_OUT = re.compile(rf"\b(?i:vallen|valt|drop|drops)\s+(?:(?i:er|out)\s+)?(?:\w+\s+)?(?i:af|out)?\s*:\s*"
                                   rf"({_FIRST_NAMES})\b(?![ \t]+[A-ZÀ-Ý])")
# The registrations a cancellation lists in brackets, the writer among them: '(Lisa, Mark, Jelle and me)', 'wij (Marja, Ties en ik)'.
_BRACKETED_FIRST_NAMES = re.compile(rf"\(\s*({_FIRST}(?:[ \t]*,[ \t]*{_FIRST})*)(?:[ \t]*,)?[ \t]+(?:and|en|&)[ \t]+(?i:me|mij|ik|ikzelf|mijzelf|myself|I)\s*\)")
# A first name and the writer, 'both … and': 'zowel Erik als ik', 'both Sam and I'.
_BOTH_NAME_AND_ME = re.compile(rf"\b(?:zowel|both)\s+({_FIRST})\s+(?:als|and)\s+(?:ik|I|mijzelf|myself)\b(?![ \t]+[A-ZÀ-Ý])")
# Asked to sign off by first name: 'Wil je Anouk en Rik afmelden voor het webinar?', 'Kun je Marco afmelden voor de 24e?'.
_ASKED_OFF_BY_FIRST_NAME = re.compile(rf"\b(?i:wil|wilt|kun|kunt|zou|zoudt|kan)\s+(?i:je|jij|u|jullie)\s+(?:(?i:ook|even|graag|nog)\s+)*"
                                      rf"({_FIRST_NAMES})\s+(?:(?i:ook|even|graag|nog|maar)\s+)*"
                                      r"(?i:afmelden|uitschrijven|van\s+de\s+lijst\s+(?:halen|afhalen|schrappen))\b")
# Struck off by first name: 'Please remove Jesse and Martine from this list', 'Haal Ilse en Bram maar van de lijst'.
_REMOVE_FIRST_NAMES = re.compile(rf"\b(?i:remove|take|schrap|verwijder|haal)\s+({_FIRST_NAMES})"
                                 r"\s+(?:(?i:maar|even|graag|please)\s+)*(?i:from|off|van)\b")
_SENTENCE_OPENER = re.compile(r"^(?:(?i:unfortunately|sadly|regretfully|alas|however|but|helaas|maar|echter|nu|now|also|ook|zowel|both"
                              r"|i'm afraid(?: that)?|i am afraid(?: that)?|i regret that)\b[\s,]*)+")  # "I'm afraid Rob Vos can't make it"
# A clause that turns after a comma: 'Karin Loonen en ik komen nog steeds, maar Saïd Azzouzi en Joke … kunnen niet'.
_BUT_CLAUSE = re.compile(r",\s*(?i:maar|but|echter|however)\s+")
_NAME_JOINS = re.compile(r",?\s+(?:en|and|&|als)\s+|,\s*")  # 'Zowel Karin Timmermans, directeur, als Rob de Leeuw, …'


def _is_role(piece: str) -> bool:
    """A role between the names: 'Zowel Karin Timmermans, directeur, als Rob de Leeuw, manager bedrijfsvoering, kunnen …'."""
    role = ROLE_WORDS.search(piece) if piece and len(piece.split()) <= 4 else None
    return bool(role) and role.start() == 0


# The names after the verb, as a sentence that opens with 'helaas' puts them: 'Helaas moeten Lieke de Graaf (leerkracht
# groep 6) en Kevin Bol (…) van Kindcentrum De Duinroos zich afmelden', 'Daarom willen Tom Kok en Ilse Berg zich afmelden'.
# Or with 'niet': 'Vanwege een bestuursoverleg kunnen Frank Pronk en Melek Aydın maandag helaas niet bij de gesprekstafel zijn'.
_MUST_WITHDRAW = re.compile(r"\b(?i:moeten|moet|willen|wil|zullen|zal|kunnen|kan)\s+((?-i:[A-ZÀ-Ý])[^.?!\n]{2,200}?)\s+"
                            r"(?:zich\s+(?:(?i:helaas|toch|graag)\s+)*(?i:afmelden|uitschrijven|terugtrekken)\b"
                            r"|(?:(?i:helaas|toch|echt|allebei|beiden|dan|morgen|vandaag|maandag|dinsdag|woensdag|donderdag|vrijdag|"
                            + _A_DATE + r")\s+)*(?i:niet)\b)")
_BRACKETED = re.compile(r"\s*\([^()\n]*\)")
_OF_ORGANISATION = re.compile(r"\s+(?i:van|bij|of|from)\s+\S.*$")


def _names_before_withdrawing(text: str, exclude: list[str]) -> list[Attendee]:
    """The people named in full between 'moeten' and 'zich afmelden'; every piece must be a name, else none."""
    found: list[Attendee] = []
    for match in _MUST_WITHDRAW.finditer(text):
        names = _BRACKETED.sub("", match.group(1))
        if (org := _OF_ORGANISATION.search(names)) and ORG_START.match(org.group(0).split(None, 1)[1]):
            names = names[: org.start()]  # '… van Kindcentrum De Duinroos'
        people = []
        for piece in _NAME_JOINS.split(names.strip()):
            name, end = person_at(piece)
            if not name or end != len(piece) or " " not in name:
                people = []
                break
            people.append(name)
        found += [Attendee(n, None) for n in people if not any(same_name(n, o) for o in [*exclude, *(a.name or "" for a in found)])]
    return found


# A first clause about the same person, joined by 'and': 'Rob Vos is helaas ziek en [meldt zich af]'.
_STATE_AND = re.compile(r"\s+(?i:is|was|heeft|has|had|zit|ligt|werd|wordt)\b[^,;:]{0,60}?\s(?i:en|and)")


_OF_NAMED_ORG = re.compile(rf"\s+(?i:van|bij|of|from)\s+(?:{SCHOOL_NAME}|{ORG_BY_KIND}|{LIBRARY_NAME})$")  # ' van OBS 't Palet'


# A relative clause after the name, dropped before the name is looked for: '…, Ruben Claassen, die ik … heb laten toevoegen,'.
_RELATIVE_CLAUSE = re.compile(r",\s+(?i:die|dat|who|which)\b[^,]{3,100},\s*$")
# The name set off by commas at the end of a longer subject: '…, Maud Kempers,' before 'has to cancel'.
_APPOSITION_NAME = re.compile(r"\S[^,]{12,},\s+([A-ZÀ-Ý][^,()]{2,40}),\s*$")


def _names_off(text: str, exclude: list[str]) -> list[Attendee]:
    """People a cancellation names in full as the subject of not coming. The writer among them ('Ruben Peters
    en ik kunnen niet') ends the names: the sender joins by the rules for 'en ik'."""
    found: list[Attendee] = _names_before_withdrawing(text, exclude) if "zich" in text or "niet" in text else []
    for match in _CANNOT_MAKE_IT.finditer(text):
        start = max((text.rfind(c, 0, match.start()) for c in ".!?\n:"), default=-1) + 1  # 'Een wijziging: X kan …'
        subject = _BUT_CLAUSE.split(text[start: match.start()].strip())[-1]  # '… komen nog steeds, maar X en Y kunnen niet'
        subject = _SENTENCE_OPENER.sub("", subject)
        subject = _RELATIVE_CLAUSE.sub(",", subject)  # '…, Ruben Claassen, die ik aan mijn aanmelding heb laten toevoegen,'
        if (apposition := _APPOSITION_NAME.search(subject)) and person_at(apposition.group(1))[1] == len(apposition.group(1)):
            subject = apposition.group(1)  # 'One of the colleagues I registered for the webinar, Maud Kempers, has to cancel'
        if (first := person_at(subject))[0] and _STATE_AND.fullmatch(subject, first[1]):
            subject = subject[: first[1]]  # 'Rob Vos is ziek en meldt zich af', 'Rob Vos is ill and will not attend'
        found += _named_subject(subject, [*exclude, *(a.name or "" for a in found)])
    for match in _INVERTED_OFF.finditer(text):  # 'Helaas kunnen mijn MT-leden Mieke Dros en Ton Hageman … niet mee'
        found += _named_subject(match.group(1), [*exclude, *(a.name or "" for a in found)])
    return found


# The verb before its subject, as Dutch puts it after an opening word: 'Helaas kunnen mijn MT-leden Mieke Dros en Ton
# Hageman op 24 juni toch niet mee'. The people come after the possessive and its noun, before the rest of the clause.
_INVERTED_OFF = re.compile(r"\b(?i:helaas|jammer genoeg|daarom|toch|nu)\s+(?i:kan|kunnen|moet|moeten|gaat|gaan|komt|komen)\s+"
                           r"(?:(?i:mijn|onze)\s+[\w-]+\s+)?([A-ZÀ-Ý][^.!?\n]{2,80}?)\s+(?:(?i:op|op\s+\d+\s+\w+|morgen|maandag"
                           r"|donderdag|dan|toch|helaas|echt)\s+)*(?:\d+\s+\w+\s+)?(?:(?i:toch|helaas|echt)\s+)*(?i:niet|afzeggen|afhaken)\b")


def _named_subject(subject: str, exclude: list[str]) -> list[Attendee]:
    """The people named in full who make up the subject of not coming: 'Bram ter Horst (teamleider) en Els Kok'."""
    found: list[Attendee] = []
    for at, piece in enumerate(_NAME_JOINS.split(subject)):
        if at and _is_role(piece):
            continue
        piece = ORG_REMARK.sub("", piece)  # 'Bram ter Horst (teamleider bibliotheek)'
        if " " in piece and (works_at := _OF_NAMED_ORG.search(piece)):
            piece = piece[: works_at.start()]  # 'Femke Bos van OBS 't Palet kan morgen toch niet': where she works
        name, end = person_at(piece)
        if not name or end != len(piece) or " " not in name or "I" in name.split():
            break  # 'Regretfully I must withdraw': the writer
        if not any(same_name(name, other) for other in [*exclude, *(a.name or "" for a in found)]):
            found.append(Attendee(name, None))
    return found


# A request whose object is one or more people named in full, and what it asks: 'Wil je Vincent van Es afmelden',
# 'Kun je Tom Scheepers en Iris Mol er ook bij zetten?', "could you please cancel Jeroen Pronk's registration".
_ASK_ABOUT = re.compile(r"\b(?i:wil|wilt|kun|kunt|zou|zoudt)\s+(?i:je|jij|u|jullie|ik|wij|we)\s+(?:(?i:ook|graag|nog|even|dan|svp|aub)\s+)*"
                        r"(?:(?i:de heren|de dames|the gentlemen|the ladies)\s+)?"  # 'Wilt u de heren E. (Emre) Koç en T. (Thijs) van Wijk afmelden?'

                        r"|\b(?P<verb_first>(?i:cancel|remove|register|sign\s+up|add))\s+(?:(?i:for)\s+)?(?=[A-ZÀ-Ý])"  # 'pls cancel for Jan de Jong and me'
                        # 'Graag Jan Smit afmelden', 'Hierbij meld ik Jan Smit en Els Kok af' (the verb split round the names)
                        r"|(?:^|(?<=[.!?:]\s)|(?<=\n)|(?<=,\s))(?i:graag)\s+(?=[A-ZÀ-Ý])"
                        r"|\b(?:(?i:meld|melden|meldt)|(?P<split_in>(?i:schrijf|schrijft|schrijven|geef|geeft|geven)))"
                        r"\s+(?:(?i:ik|wij|we|u|jij|je)\s+)?(?:(?i:graag|hierbij|bij deze|ook|nog|even|dus|daarom|nu)\s+)*"
                        r"(?=(?:(?i:mevrouw|de heer|dhr|mw)\.?\s+)?[A-ZÀ-Ý])")
# The writer last among the names asked for: '… Jan de Jong and me', '… Jan de Jong en mij'.
_AND_THE_WRITER = re.compile(r"(?i:me|mij|mezelf|mijzelf|myself)\b")
_ASKED_ACT = re.compile(r"(?:'s)?\s+(?:(?i:ook|nog|even|dan|too|as well|graag|hierbij|maar|svp|aub|willen|kunnen)\s+)*(?:(?i:af|aan)\b|(?i:afmelden|aanmelden|inschrijven|uitschrijven"
                        r"|er\s+(?:ook\s+)?bij\s+zetten|op\s+de\s+lijst\s+zetten|van\s+de\s+lijst\s+(?:halen|afhalen)"
                        r"|registration|place|spot|for\b|from\b|to\b))")
_IN_OR_OP = re.compile(r"\s+(?:(?i:graag|hierbij|ook|maar|even)\s+)*(?i:in|op)\b")
_ASKED_JOIN = re.compile(r"\s*(?:,|\b(?i:en|and)\b|&)\s*")
_REMARK_AFTER_NAME = re.compile(r"[ \t]*\([^()\n]{1,80}\)")


def _asked_name(text: str, at: int) -> tuple[str | None, int]:
    """The name at ``at`` in full, and its length: 'Hanneke Dekker', or 'Ton' whom the text names in full elsewhere
    ('Namens onze directeur Ton Greven …: graag Ton en Hanneke Dekker aanmelden')."""
    name, end = person_at(text[at: at + 80])
    if name and " " in name:
        return name, end
    if (first := _FIRST_NAME.match(text, at)) and first.group(0).lower() not in NOT_NAMES and (full := _in_full(first.group(0), text)):
        return full, first.end() - at
    return None, 0


def _names_asked_for(text: str, exclude: list[str]) -> list[Attendee]:
    """The people a request to sign up or off names in full, when it names no one else: the writer asks for
    them, not for themself."""
    found: list[Attendee] = []
    for match in _ASK_ABOUT.finditer(text):
        at, names = match.end(), []
        while (name := _asked_name(text, at))[0]:
            names.append(re.sub(r"['’]s$", "", name[0]))  # "Jeroen Pronk's registration"
            after = at + name[1]
            if remark := _REMARK_AFTER_NAME.match(text, after):
                after = remark.end()  # 'Pls register Karin Mulder (director, Bibliotheek Venlo) for …'
            joined = _ASKED_JOIN.match(text, after)
            if not joined:
                at = after
                break
            at = joined.end()
        writer = _AND_THE_WRITER.match(text, at) if names and at > match.end() and text[at - 1].isspace() else None
        at = writer.end() if writer else at
        if names and (_ASKED_ACT.match(text, at) and not match.group("split_in") or writer and match.group("verb_first")
                      or match.group("split_in") and _IN_OR_OP.match(text, at)):  # 'schrijf ik X in', 'geef ik X op'   # the verb said before the names
            found += [Attendee(n, None) for n in names if not any(same_name(n, o) for o in [*exclude, *(a.name or "" for a in found)])]
    return found


# Registrations counted off after a colon: 'cancel all three registrations: mine, Peter Verschuren's and Mirjam …'s'.
_REGISTRATIONS_COLON = re.compile(r"\b(?i:registrations|aanmeldingen|inschrijvingen|places|plekken)\b[^:.?!\n]{0,60}:[ \t]*([^.?!\n]+)")
_MINE = re.compile(r"(?i)^(?:mine|my own|myself|me|die van mij|de mijne|mijn eigen|mijzelf|ikzelf)$")


def _registrations_listed(text: str, sender: Attendee) -> list[Attendee]:
    """The people whose registrations a sentence counts off by name after a colon, the writer's own ('mine') too;
    every piece must be a person, else it is no such list."""
    match = _REGISTRATIONS_COLON.search(text)
    if not match:
        return []
    people: list[Attendee] = []
    for piece in _ASKED_JOIN.split(match.group(1).strip()):
        piece = re.sub(r"['’]s$", "", piece.strip())
        if _MINE.match(piece):
            people.append(sender)
            continue
        name, end = person_at(piece)
        if not name or end != len(piece) or " " not in name:
            return []
        people.append(Attendee(name, None))
    return people if len(people) >= 2 else []


def _first_names_along(text: str, exclude: list[str], pattern: re.Pattern[str] = _FIRST_NAME_ALONG) -> list[Attendee]:
    """People a sign-up names by first name only as coming along (or a cancellation as not coming);
    not the writer or someone named in full."""
    known = {name.split()[0].lower() for name in exclude if name}
    found: list[Attendee] = []
    matches = list(pattern.finditer(text))
    if pattern is _FIRST_NAME_ALONG and any(w in text for w in ("mij en ", "me en ", "me and ", "myself and ", "+", "&")):
        matches += _ME_AND_FIRST_NAME.finditer(text)  # cheap test first: few mails say it
    if pattern is _FIRST_NAME_ALONG and ("neem " in text or "bring " in text or "breng " in text):
        matches += _TAKES_FIRST_NAME_ALONG.finditer(text)
    if pattern is _FIRST_NAME_ALONG and ("plus " in text or "samen met " in text or "together with " in text):
        matches += _FIRST_NAMES_PLUS.finditer(text)
    if pattern is _FIRST_NAME_ALONG and ("collega" in text or "colleague" in text):
        matches += _COLLEAGUES_BY_FIRST_NAME.finditer(text)
        matches += _SIGN_UP_COLLEAGUE_BY_FIRST_NAME.finditer(text)
        if _SIGNS_UP_A_COLLEAGUE.search(text):
            matches += _COLLEAGUE_IS_FIRST_NAME.finditer(text)  # '… mezelf en mijn collega aanmelden. Mijn collega is Lotte'
    if pattern is _FIRST_NAME_OFF and "niet" in text:
        matches += _VERB_THEN_FIRST_NAMES_OFF.finditer(text)
    if "zowel" in text or "both" in text:
        matches += _BOTH_NAME_AND_ME.finditer(text)  # 'waar zowel Erik als ik bij moeten zijn'
    if pattern is _ROLE_FIRST_NAME_COMES:
        matches += _TAKES_ROLE_FIRST_NAME.finditer(text)
        matches += [one for group in _WITH_ROLES_AND_FIRST_NAMES.finditer(text)
                    for one in _ROLE_AND_FIRST_ONE.finditer(text, group.start(1), group.end(1))]
    if pattern is _FIRST_NAME_OFF:
        matches += [*_REMOVE_FIRST_NAMES.finditer(text), *_ME_AND_FIRST_NAME_OFF.finditer(text), *_FIRST_NAMES_DROP_OUT.finditer(text),
                    *_ASKED_OFF_BY_FIRST_NAME.finditer(text),
                    *_CANCEL_ME_AND_FIRST_NAME.finditer(text)]
        if "(" in text:
            matches += _BRACKETED_FIRST_NAMES.finditer(text)
    for first in (name for match in matches for name in _FIRST_NAMES_JOIN.split(match.group(1))):
        if first.lower() not in NOT_NAMES and first.lower() not in _PRONOUNS and first.lower() not in known \
                and not FIELD_OF_WORK.fullmatch(first):  # 'onze teamleider Jeugd & Onderwijs': the role's field
            found.append(Attendee(first, None))
            known.add(first.lower())
    return found


# Someone the writer relates to who does not come to a library directors' meeting: the one who held the post before,
# the alderman or mayor of the municipality ('mijn voorganger, de heer …', 'our alderman, Mrs …').
_NO_GUEST_BEFORE = re.compile(r"\b(?i:voorganger|voorgangster|predecessor|wethouder|alderman|burgemeester|mayor)\s*,?\s*$")


# The reader's own colleague, someone of the organisers: 'the invitation extended to him by your colleague Ms Maaike
# Toonen', 'via uw collega mevrouw De Wit'. A name there is no guest.
_READERS_COLLEAGUE = re.compile(r"\b(?i:your|uw|je|jouw|jullie)\s+(?i:colleagues?|collega(?:'s)?)\s*,?\s*$")


_FIRST_WORD = re.compile(r"\S*")  # the role word a match starts with: 'colleague' of 'colleague Ms Maaike Toonen'


def _readers_colleague(text: str, at: int) -> bool:
    """Does the name at ``at`` follow 'your colleague' / 'uw collega'? Then it is one of the organisers."""
    return bool(_READERS_COLLEAGUE.search(text, max(0, at - 30), at))


def _titled_people(text: str, sender: Attendee, cancelling: bool = False) -> list[Attendee]:
    """People the text calls 'mevrouw'/'de heer', outside the greeting line ('Beste mevrouw Hazinedar')."""
    found: list[Attendee] = []
    for match in _TITLED.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if _GREETS_TITLE.search(text, line_start, match.start()):
            continue  # 'Beste mevrouw Hazinedar' (but 'Goedemorgen, graag dhr. Hindriks aanmelden' on one line names him)
        if _readers_colleague(text, match.start()):
            continue  # 'by your colleague Ms Maaike Toonen': one of the organisers
        if _NO_GUEST_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # 'gericht aan mijn voorganger, de heer Frans Wolters', 'met onze wethouder, mevrouw X': the reason, not a guest
        name, end = person_at(text[match.start():])
        if cancelling and _STILL_COMING.match(text, match.start() + end):
            continue  # 'De directeur, mevrouw Beekman, blijft aangemeld': not the one to cancel
        if (_ONLY_MENTIONED if cancelling else _NOT_COMING_NOW).match(text, match.start() + end):
            continue  # 'Mr. Peters from Bibliotheek X told me about it'
        if name and not same_name(name, sender.name) and \
                not any(same_name(name, a.name) for a in found):
            found.append(Attendee(name, None))
    words = {w for a in found if a.name and " " in a.name for w in re.split(r"[\s-]+", a.name)}
    found = [a for a in found if " " in (a.name or "") or a.name not in words]  # 'mevrouw Meijer' after 'Anouk Meijer-de Boer'
    return [a for a in found if not any(_surname_of(a.name or "", b.name or "") for b in found)]


def _surname_of(short: str, full: str) -> bool:
    """'De heer Van Dam' after 'de heer Frank van Dam': a surname with its particles is the fuller name's tail."""
    a, b = short.lower().split(), full.lower().split()
    return 2 <= len(a) < len(b) and a[0] in PARTICLES and b[-len(a):] == a


_GREETING = re.compile(r"\s*(?:beste|geachte|dear|hallo|hoi|hi|hello|goede\w*|l\.s\.)\b", re.I)
# A greeting that the title is part of: 'Beste mevrouw Hazinedar', 'Dear Mr. and Mrs. Smith', '…, dear Ms Toonen'.
_GREETS_TITLE = re.compile(r"(?:^\s*(?:beste|geachte|dear|hallo|hoi|hi|hello|goede\w*)\b[^,;!?:\n]{0,40}"
                           r"|\b(?:beste|geachte|dear|hallo|hoi|hi|hello)\s+)$", re.I | re.M)

"""Realistic registration-desk mail for the benchmarks: what a mailbox holds after a busy weekend.

Sign-ups and questions, two thirds Dutch, written from Outlook (multipart/alternative with an
HTML part and a "Van:/Verzonden:" block), Gmail ("Op … schreef …:" with `>` quotes) and Apple
Mail (text only). Each is padded to 2-8 KB the way real mail is: a signature with a disclaimer
and a quoted earlier thread. Every sender is distinct, so each sign-up makes a new registrant.
Deterministic for a given seed, so runs with the same N compare.
"""

from __future__ import annotations

import email.utils
import random
from dataclasses import dataclass
from email.charset import QP, Charset
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32

DESK = "Aanmeldingen <aanmelden@example.org>"
MIN_SIZE, MAX_SIZE = 2048, 8000  # bytes of a whole message
# compat32 and the MIME classes: ten times faster to build than EmailMessage (50,000 mails add up).
WIRE = compat32.clone(linesep="\r\n")
QP_UTF8 = Charset("utf-8")
QP_UTF8.body_encoding = QP  # what Outlook and Gmail send; Python's default for UTF-8 is base64

# The events of bench/common.py's EVENTS, as people name them (Dutch, English, subject line).
EVENTS = {
    "gesprekstafel-2030-06-24": (
        "de gesprekstafel voor directeuren op maandag 24 juni in Utrecht",
        "the round table for directors (gesprekstafel) on 24 June in Utrecht",
        "gesprekstafel 24 juni"),
    "webinar-2030-09-10": (
        "het webinar over de Bibliotheek op school op 10 september",
        "the webinar on the Bibliotheek op school on 10 September",
        "webinar Bibliotheek op school"),
    "masterclass-2030-11-05": (
        "de masterclass leesbevordering op 5 november in Den Haag",
        "the masterclass on reading promotion (masterclass leesbevordering) on 5 November in The Hague",
        "masterclass leesbevordering 5 november"),
}

SIGN_UPS = {
    "nl": [
        "Beste Seher,\n\nGraag meld ik mij aan voor {event}. Ik heb de vorige keer niet kunnen "
        "deelnemen, dus fijn dat de bijeenkomst voor alle directeuren openstaat.",
        "Goedemorgen,\n\nHierbij meld ik mij aan voor {event}.\n\nIk kijk ernaar uit.",
        "Hallo,\n\nIk wil mij graag inschrijven voor {event}. Mijn collega's hebben er goede "
        "verhalen over gehoord.",
    ],
    "en": [
        "Dear Seher,\n\nI would like to register for {event}. Looking forward to meeting colleagues "
        "from other libraries.",
        "Hello,\n\nPlease sign me up for {event}.\n\nThank you in advance.",
    ],
}

QUESTIONS = {  # (intent, text): content questions go to the content contact, practical ones to registration
    "nl": [
        ("question", "Beste Maaike,\n\nWat wordt er bij {event} precies bedoeld met preventie-curatie? "
                     "Ik wil het graag in ons managementteam voorbereiden."),
        ("registration_question", "Hallo,\n\nIs er parkeergelegenheid in de buurt bij {event}? "
                                  "Ik kom met de auto uit het oosten van het land."),
    ],
    "en": [
        ("question", "Dear Maaike,\n\nCould you tell me more about the programme of {event}? Which "
                     "speakers will be there, and is there room to bring in our own case?"),
        ("registration_question", "Hello,\n\nIs the venue of {event} accessible by wheelchair? "
                                  "One of our team members would like to know before registering."),
    ],
}

FIRST = ["Ellen", "Thomas", "Marieke", "Pieter", "Fatima", "Jeroen", "Anouk", "Bram", "Sanne", "Koen",
         "Ingrid", "Youssef", "Hanneke", "Daan", "Lotte", "Ruud", "Mirjam", "Sven", "Esther", "Wouter"]
LAST = ["de Vries", "de Graaf", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Boer",
        "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "Kok", "van Leeuwen"]
PLACES = ["Rivierenland", "Gooi- en Vechtstreek", "Eemland", "Waterland", "Veluwe", "Kempenland",
          "Delfland", "Midden-Brabant", "Noord-Fryslân", "Zuid-Kennemerland", "Oosterschelde", "Twente"]
ROLES = {"nl": ["Directeur", "Directeur-bestuurder", "Manager bibliotheekwerk", "Hoofd publieksdiensten"],
         "en": ["Director", "Managing director", "Head of public services", "Library manager"]}

DISCLAIMER = {
    "nl": ("Denk aan het milieu voordat u deze e-mail print.\n\nDit e-mailbericht is uitsluitend bestemd "
           "voor de geadresseerde(n). Verstrekking aan en gebruik door anderen is niet toegestaan. Indien "
           "u dit bericht ten onrechte ontvangt, wordt u verzocht de afzender direct te informeren en het "
           "bericht te verwijderen. Aan de inhoud van dit bericht kunnen geen rechten worden ontleend."),
    "en": ("This e-mail is intended for the addressee(s) only. If you received it in error, please "
           "notify the sender and delete it. No rights can be derived from its contents. The library "
           "accepts no liability for damage caused by viruses or by delayed delivery of this message."),
}

# Earlier mail in the thread, quoted below the new text (an invitation, a newsletter item).
HISTORY = [
    ("Seher Hazinedar <seher.hazinedar@example.org>", "Uitnodiging: bijeenkomsten voor directeuren 2030",
     "Beste directeur,\n\nGraag nodigen wij u uit voor de bijeenkomsten voor bibliotheekdirecteuren van "
     "dit najaar. Aan tafel bespreken we onder meer digitale inclusie, kwaliteit, rechtsbijstand, "
     "inburgering en exploitatiemodellen. De bijeenkomsten staan open voor alle directeuren, ook als u "
     "nog niet eerder hebt deelgenomen.\n\nAanmelden kan door een mail te sturen naar "
     "aanmelden@example.org. Met inhoudelijke vragen kunt u terecht bij Maaike Toonen.\n\n"
     "Met vriendelijke groet,\n\nSeher Hazinedar\nProgrammasecretariaat"),
    ("Nieuwsbrief Bibliotheeknetwerk <nieuws@example.org>", "Nieuwsbrief juni: agenda en terugblik",
     "In deze nieuwsbrief blikken we terug op de voorjaarsbijeenkomsten en kijken we vooruit. Ruim "
     "zestig directeuren spraken over de toekomst van de collectie, over samenwerking met het "
     "onderwijs en over de positie van de bibliotheek in het sociaal domein. De presentaties staan "
     "op het intranet. Daarnaast vindt u in deze editie een interview met twee directeuren over de "
     "nieuwe subsidieregeling, een overzicht van de regionale bijeenkomsten en de planning van de "
     "landelijke campagne. Reacties en ideeën voor een volgende nieuwsbrief zijn welkom."),
    ("Marloes Kuipers <m.kuipers@bibliotheek.example.nl>", "Doorst.: bijeenkomst directeuren",
     "Hoi,\n\nZie onderstaande uitnodiging; volgens mij is dit iets voor jou. Wil jij je zelf "
     "aanmelden? Ik heb de datum alvast in je agenda gezet, met de reistijd erbij.\n\nGroet,\nMarloes"),
]

HTML_HEAD = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
             '@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}\n'
             '@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}\n'
             'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
             'a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}\n'
             '.MsoChpDefault {mso-style-type:export-only; font-family:"Calibri",sans-serif;}\n'
             '@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 70.85pt 70.85pt;}\n'
             '--></style></head><body lang="NL" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n')


@dataclass(frozen=True)
class Sample:
    raw: bytes
    sender: str
    intent: str  # "register", "question" or "registration_question"
    event_id: str


def backlog(n: int, seed: int = 7, questions: float = 0.15) -> list[Sample]:
    """n mails: about 85% sign-ups, the rest questions, each from its own address."""
    rng = random.Random(seed)
    return [one_mail(i, rng, is_question=rng.random() < questions) for i in range(n)]


def one_mail(i: int, rng: random.Random, is_question: bool = False, client: str | None = None,
             target: int | None = None) -> Sample:
    """Mail number i (its number makes the address unique); ``target`` is the size to pad to."""
    lang = "nl" if rng.random() < 2 / 3 else "en"
    event_id = rng.choice(list(EVENTS))
    phrase = EVENTS[event_id][0 if lang == "nl" else 1]
    if is_question:
        intent, text = rng.choice(QUESTIONS[lang])
    else:
        intent, text = "register", rng.choice(SIGN_UPS[lang])
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    place = rng.choice(PLACES)
    domain = "bibliotheek" + "".join(c for c in place.lower() if c.isascii() and c.isalpha()) + ".example.nl"
    address = f"{name.split()[0].lower()}.{i}@{domain}"
    body = text.format(event=phrase) + "\n\n" + signature(name, place, address, lang, rng)
    subject = ("Aanmelding " if lang == "nl" else "Registration ") + EVENTS[event_id][2]
    if is_question:
        subject = ("Vraag over " if lang == "nl" else "Question about ") + EVENTS[event_id][2]
    client = client or rng.choices(["outlook", "gmail", "apple"], weights=[4, 4, 2])[0]
    target = target or rng.randint(MIN_SIZE, MAX_SIZE)
    raw = compose(f"{name} <{address}>", subject, body, client, lang, target, rng)
    return Sample(raw, address, intent, event_id)


def signature(name: str, place: str, address: str, lang: str, rng: random.Random) -> str:
    greeting = "Met vriendelijke groet," if lang == "nl" else "Kind regards,"
    return (f"{greeting}\n\n{name}\n{rng.choice(ROLES[lang])}\n\nBibliotheek {place}\n"
            f"Postbus {rng.randint(100, 9999)} | {rng.randint(1000, 9999)} AB {place}\n"
            f"T 0{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}\n{address}\n\n"
            f"{DISCLAIMER[lang]}")


def compose(sender: str, subject: str, body: str, client: str, lang: str, target: int,
            rng: random.Random) -> bytes:
    """The whole message, with quoted history added until it reaches ``target`` bytes (at most MAX_SIZE)."""
    text = body
    for frm, old_subject, old_body in rng.sample(HISTORY, len(HISTORY)) * 4:
        candidate = text + "\n\n" + quote(frm, old_subject, old_body, client, lang, rng)
        if _size(text, client) >= target or _size(candidate, client) > MAX_SIZE:
            break
        text = candidate
    plain = MIMEText(text, "plain", QP_UTF8)
    if client == "apple":
        msg = plain
    else:
        # An explicit boundary, as mail clients write them (and the generator need not search for one).
        msg = MIMEMultipart("alternative", boundary=f"----=_NextPart_000_{rng.getrandbits(32):08X}_01D54A97.7E6E6153")
        msg.attach(plain)
        msg.attach(MIMEText(html(text), "html", QP_UTF8))
    msg["From"], msg["To"], msg["Subject"] = sender, DESK, subject
    msg["Date"] = email.utils.formatdate(localtime=True)
    msg["Message-ID"] = email.utils.make_msgid(domain=sender.rsplit("@", 1)[1].rstrip(">"))
    msg["Content-Language"] = "nl-NL" if lang == "nl" else "en-GB"
    msg["X-Mailer"] = {"outlook": "Microsoft Outlook 16.0", "gmail": "Gmail",
                       "apple": "Apple Mail (2.3774.600.62)"}[client]
    raw = msg.as_bytes(policy=WIRE)
    if len(raw) < MIN_SIZE:  # the size estimate was too generous: one more quote
        return compose(sender, subject, body, client, lang, target + 1024, rng)
    return raw


def quote(frm: str, subject: str, body: str, client: str, lang: str, rng: random.Random) -> str:
    day = f"{rng.randint(1, 28)} mei 2030" if lang == "nl" else f"{rng.randint(1, 28)} May 2030"
    if client == "outlook":
        header = ("-----Oorspronkelijk bericht-----\nVan: {f}\nVerzonden: {d} 14:15\nAan: directeuren@example.org\n"
                  "Onderwerp: {s}" if lang == "nl" else
                  "-----Original Message-----\nFrom: {f}\nSent: {d} 14:15\nTo: directeuren@example.org\n"
                  "Subject: {s}").format(f=frm, d=day, s=subject)
        return f"{header}\n\n{body}"
    intro = f"Op {day} om 14:15 schreef {frm}:" if lang == "nl" else f"On {day} at 14:15, {frm} wrote:"
    if client == "apple":
        intro = f"Op {day} om 14:15 heeft {frm} het volgende geschreven:" if lang == "nl" else intro
    return intro + "\n\n" + "\n".join("> " + line if line else ">" for line in body.splitlines())


def html(text: str) -> str:
    paragraphs = "".join(f'<p class="MsoNormal">{line or "&nbsp;"}<o:p></o:p></p>\n'
                         for line in text.replace("&", "&amp;").replace("<", "&lt;").splitlines())
    return HTML_HEAD + paragraphs + "</div></body></html>\n"


def _size(text: str, client: str) -> int:
    """The encoded size, roughly: quoted-printable text, plus the HTML part where there is one."""
    return int(len(text.encode()) * 1.05) + (0 if client == "apple" else len(html(text)) + 600) + 700

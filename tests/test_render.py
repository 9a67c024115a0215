"""render: every kind in both languages, safe headers, escaped HTML, a correct invite."""

from __future__ import annotations

from datetime import timezone
from email import message_from_bytes, policy

import pytest
from icalendar import Calendar

from mailbot.classify import Attendee
from mailbot.config import PROJECT_ROOT
from mailbot.decide import Addr, Mail
from mailbot.render import KINDS, LANGUAGES, Reply, Sender, compose, invite
from mailbot.samples import sample_digest
from tests.helpers import NOW, demo_catalogue

CAT = demo_catalogue()
SENDER = Sender("aanmelden@example.org", "Aanmeldingen", (PROJECT_ROOT / "templates",))
GT = "gesprekstafel-2027-03-16"
ATTENDEE = Addr("Jan <script>alert(1)</script> Jansen", "jan@bieb.example.nl")


def mail_of(kind: str, lang: str, event: str | None = GT, **variables) -> Mail:
    contact = CAT.contact("seher")
    defaults = dict(contact=contact, position=3, status="waitlisted", open_events=[GT], intent="question",
                    reason=None, registered=True, excerpt="Wat is preventie-curatie?", organisation="Bieb Zuid",
                    role="directeur", token="MB-TEST23", days_before=7,
                    digest=sample_digest(CAT, NOW, Attendee(ATTENDEE.name, ATTENDEE.email, "Bieb <Zuid>")))
    defaults.update(variables)
    return Mail(kind, lang, (ATTENDEE,), f"{kind}:x:{lang}", event, variables=defaults,
                ics="PUBLISH" if kind in ("confirmation", "promoted") else None)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_renders_in_both_languages(kind, lang):
    msg = compose(mail_of(kind, lang), CAT, SENDER, Reply("<in@x>", ("<a@x>",), "Aanmelding"), NOW)
    parsed = message_from_bytes(msg.as_bytes(), policy=policy.default)
    subject = str(parsed["Subject"])
    assert subject and "\n" not in subject
    text = parsed.get_body(("plain",)).get_content()
    html = parsed.get_body(("html",)).get_content()
    assert "Aanmeldingen" in text
    assert "<script>" not in html and "&lt;script&gt;" in html or "script" not in html
    assert parsed["In-Reply-To"] == "<in@x>" and parsed["References"] == "<a@x> <in@x>"
    assert parsed["Auto-Submitted"] in ("auto-replied", "auto-generated")


def test_dutch_dates_are_written_the_dutch_way():
    msg = compose(mail_of("confirmation", "nl"), CAT, SENDER, Reply(), NOW)
    assert "dinsdag 16 maart 2027, 10:00–13:00" in msg.get_body(("plain",)).get_content()
    english = compose(mail_of("confirmation", "en"), CAT, SENDER, Reply(), NOW)
    assert "Tuesday 16 March 2027, 10:00–13:00" in english.get_body(("plain",)).get_content()


def test_a_name_with_a_newline_cannot_add_a_header():
    evil = Mail("confirmation", "nl", (Addr("Jan\r\nBcc: victim@example.com", "jan@bieb.example.nl"),),
                "k", GT, ics="PUBLISH")
    raw = compose(evil, CAT, SENDER, Reply(), NOW).as_bytes()
    parsed = message_from_bytes(raw, policy=policy.default)
    assert parsed["Bcc"] is None and parsed["To"].addresses[0].addr_spec == "jan@bieb.example.nl"
    assert b"\nBcc:" not in raw


def test_an_address_that_is_not_one_is_refused():
    with pytest.raises(ValueError, match="not a usable address"):
        compose(Mail("confirmation", "nl", (Addr(None, "jan"),), "k", GT), CAT, SENDER, Reply(), NOW)


def test_the_invite_parses_back_with_the_right_start_in_utc_and_a_stable_uid():
    event = CAT.event(GT)
    one = Calendar.from_ical(invite(event, ATTENDEE.email, "PUBLISH", NOW, Addr("A", "a@example.org")))
    cancel = Calendar.from_ical(invite(event, ATTENDEE.email, "CANCEL", NOW.replace(hour=10), Addr("A", "a@example.org")))
    vevent, vcancel = one.walk("VEVENT")[0], cancel.walk("VEVENT")[0]
    assert vevent.decoded("dtstart").astimezone(timezone.utc).isoformat() == "2027-03-16T09:00:00+00:00"
    assert one["method"] == "PUBLISH" and cancel["method"] == "CANCEL"
    assert vevent["uid"] == vcancel["uid"] and vcancel["sequence"] > vevent["sequence"]
    assert one.walk("VTIMEZONE") and vevent.walk("VALARM")


def test_a_forward_carries_the_original_and_reply_to_the_sender():
    original = b"From: jan@bieb.example.nl\r\nSubject: Vraag\r\nMessage-ID: <q@x>\r\n\r\nWat is het thema?"
    fwd = Mail("forward", "nl", (Addr("Maaike", "maaike.toonen@example.org"),), "f", GT,
               reply_to=Addr("Jan", "jan@bieb.example.nl"), attach_original=True,
               variables=dict(mail_of("forward", "nl").variables, sender=Addr("Jan", "jan@bieb.example.nl")))
    msg = compose(fwd, CAT, SENDER, Reply("<q@x>"), NOW, original=original)
    parsed = message_from_bytes(msg.as_bytes(), policy=policy.default)
    assert parsed["Reply-To"] == "Jan <jan@bieb.example.nl>"
    attached = [p for p in parsed.walk() if p.get_content_type() == "message/rfc822"]
    assert attached and "Wat is het thema?" in attached[0].as_string()


def test_an_attached_original_stays_byte_for_byte_or_goes_as_opaque_file_when_no_server_would_carry_it() -> None:
    from mailbot import mime

    original = "From: a@example.nl\nSubject: Aanmelding\n\nGraag meld ik mij aan. Één vraag.\n".encode()
    part = message_from_bytes(mime.message_part(original, "original.eml"), policy=policy.default)
    assert part.get_content_type() == "message/rfc822" and part["Content-Transfer-Encoding"] == "8bit"
    assert part.get_payload(0)["Subject"] == "Aanmelding"
    broken = b"From: a@example.nl\n\nNUL \0 and a line of " + b"x" * 2000 + b"\n"
    opaque = message_from_bytes(mime.message_part(broken, "original.eml"), policy=policy.default)
    assert opaque.get_content_type() == "application/octet-stream"
    assert opaque.get_content() == broken  # base64 round trip: nothing lost


def test_quoted_printable_keeps_lines_and_breaks_long_ones() -> None:
    from mailbot import mime

    encoded = mime.quoted_printable("Beste Jan,\n\n" + "é" * 100 + "\nGroet")
    assert all(len(line) <= 76 for line in encoded.split(b"\r\n"))
    decoded = message_from_bytes(b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: "
                                 b"quoted-printable\r\n\r\n" + encoded, policy=policy.default).get_content()
    assert decoded.replace("\r\n", "\n") == "Beste Jan,\n\n" + "é" * 100 + "\nGroet"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("kind", "pattern"), [
    ("confirmation", "_OUR_REGISTERED"), ("reminder", "_OUR_REGISTERED"), ("promoted", "_OUR_REGISTERED"),
    ("already_registered", "_OUR_REGISTERED"), ("cancel_request", "_OUR_CANCEL_REQUEST"),
])
def test_classify_recognises_our_own_mails_quoted_in_a_reply(kind, pattern, lang):
    """classify reads a reply against the mail of ours it quotes ('Ja, klopt' under our cancellation request,
    'ik ben erbij' under our reminder) and a forward of ours by its subject: edit a template, and this says
    which of classify's patterns must follow."""
    import mailbot.classify as classify

    variables = {"registered": True, "status": "registered"} if kind == "already_registered" else {}
    msg = compose(mail_of(kind, lang, **variables), CAT, SENDER, Reply("<in@x>", ("<a@x>",), "Aanmelding"), NOW)
    parsed = message_from_bytes(msg.as_bytes(), policy=policy.default)
    text = parsed.get_body(preferencelist=("plain",)).get_content()
    assert getattr(classify, pattern).search(" ".join(text.split())), text
    assert classify._OUR_SUBJECT.match(str(parsed["Subject"])), parsed["Subject"]


@pytest.mark.parametrize("lang, words", [("nl", "Of misschien: "), ("en", "Or perhaps: ")])
def test_a_doubted_mail_forwarded_to_a_person_shows_the_learned_readers_intent_too(lang, words):
    doubted = mail_of("forward", lang, reason="low_confidence", intent="cancel", doubt="register")
    parsed = message_from_bytes(compose(doubted, CAT, SENDER, Reply("<in@x>"), NOW).as_bytes(), policy=policy.default)
    text, html = (parsed.get_body(preferencelist=(kind,)).get_content() for kind in ("plain", "html"))
    assert words in text and words in html
    plain = message_from_bytes(compose(mail_of("forward", lang, reason="low_confidence"), CAT, SENDER, Reply("<in@x>"),
                                       NOW).as_bytes(), policy=policy.default)
    assert words not in plain.get_body(preferencelist=("plain",)).get_content()

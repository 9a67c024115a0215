"""parse(): bytes in, ParsedMail out; bad input never raises."""

from __future__ import annotations

import pytest

from mailbot.parse import message_key, parse
from tests.helpers import ROOT

BASE = (b"From: Jan Jansen <Jan@Bieb.example.nl>\r\nTo: aanmelden@example.org\r\nSubject: Aanmelding\r\n"
        b"Message-ID: <abc@bieb.example.nl>\r\nDate: Mon, 2 Nov 2026 10:00:00 +0100\r\n")


def mail(body: str, headers: bytes = b"", ctype: str = "text/plain; charset=utf-8") -> bytes:
    return BASE + headers + f"Content-Type: {ctype}\r\n\r\n".encode() + body.encode("utf-8")


def test_sender_is_lower_cased_and_the_key_is_the_message_id():
    p = parse(mail("Graag meld ik mij aan."))
    assert (p.from_name, p.from_email) == ("Jan Jansen", "jan@bieb.example.nl")
    assert p.message_key == "mid:<abc@bieb.example.nl>" == message_key(mail("other body"))


def test_without_message_id_the_key_is_a_hash_of_the_bytes():
    raw = b"From: a@example.org\r\nSubject: x\r\n\r\nhallo"
    assert message_key(raw).startswith("sha256:") and message_key(raw) != message_key(raw + b"!")


def test_gmail_quote_and_signature_are_split_from_the_new_text():
    body = ("Graag meld ik mij aan voor de gesprekstafel.\n\nMet vriendelijke groet,\nJan Jansen\nDirecteur\n\n"
            "Op ma 2 nov 2026 om 09:00 schreef Aanmeldingen <aanmelden@example.org>:\n> Bevestiging van uw aanmelding")
    p = parse(mail(body))
    assert p.text == "Graag meld ik mij aan voor de gesprekstafel."
    assert p.signature.startswith("Met vriendelijke groet") and "Directeur" in p.signature
    assert "Bevestiging" in p.quoted and "Bevestiging" not in p.text


def test_outlook_header_block_starts_the_quoted_part():
    body = "Dank u wel!\n\nVan: Aanmeldingen <aanmelden@example.org>\nVerzonden: maandag 2 november\nAan: Jan\nOnderwerp: Bevestiging"
    p = parse(mail(body))
    assert p.text == "Dank u wel!" and p.quoted.startswith("Van:")


def test_a_forward_keeps_the_forwarded_text_apart():
    body = "Kun jij dit regelen?\n\n---------- Doorgestuurd bericht ---------\nVan: Piet <piet@x.example.nl>\nDatum: 1 nov\nOnderwerp: aanmelding\n\nIk wil mij graag aanmelden."
    p = parse(mail(body))
    assert p.text == "Kun jij dit regelen?" and p.forwarded == "Ik wil mij graag aanmelden."


def test_html_only_mail_becomes_readable_text():
    html = "<html><head><style>p{color:red}</style></head><body><p>Graag meld ik mij aan.</p><p>Groet, Jan</p></body></html>"
    p = parse(mail(html, ctype="text/html; charset=utf-8"))
    assert p.text == "Graag meld ik mij aan." and "color" not in p.text and "<p>" not in p.text


def test_an_html_table_keeps_its_cells_apart_one_row_per_line():
    """'NaamFunctieE-mail' and 'Baartdirecteurd.baart@…' were one word each: cells now end in a tab."""
    html = ("<p>Hieronder de gegevens:</p><table>\n<tr><td><b>Naam</b></td>\n<td>Functie</td><td>E-mail</td></tr>\n"
            "<tr><td>D\u00e9sir\u00e9e Baart</td><td>directeur</td><td><a href='mailto:d.baart@x.example'>"
            "d.baart@x.example</a></td></tr></table><p>Tot dan!</p>")
    assert parse(mail(html, ctype="text/html; charset=utf-8")).text.split("\n") == [
        "Hieronder de gegevens:", "", "Naam\tFunctie\tE-mail", "Désirée Baart\tdirecteur\td.baart@x.example", "",
        "Tot dan!"]


def test_outlook_paragraphs_inside_table_cells_stay_on_the_row_and_layout_tables_keep_their_lines():
    """Outlook writes each cell as '<td><p class=MsoNormal>…</p></td>': still one row per line. A layout row
    (a logo next to a signature block) is not a table of people: its lines stay lines."""
    cell = "<td><p class=MsoNormal>{}<o:p></o:p></p></td>"
    row = "<tr>" + cell * 3 + "</tr>"
    html = ("<p>Deelnemers:</p><table>" + row.format("<b>Naam</b>", "Functie", "E-mail")
            + row.format("Jos van den Akker", "directeur", "j@x.example") + "</table>"
            + "<table><tr><td><img src='cid:logo'></td><td><p>Met vriendelijke groet,</p><p>Aisha Reid</p>"
            "<p>Library Development Manager</p></td></tr></table>")
    lines = [ln for ln in parse(mail(html, ctype="text/html; charset=utf-8")).text.split("\n") if ln.strip()]
    assert lines[:3] == ["Deelnemers:", "Naam\tFunctie\tE-mail", "Jos van den Akker\tdirecteur\tj@x.example"]
    p = parse(mail(html, ctype="text/html; charset=utf-8"))
    assert "Aisha Reid" in p.signature.split("\n") and "Library Development Manager" in p.signature.split("\n")


def test_a_wrong_charset_declaration_is_survived():
    raw = BASE + b"Content-Type: text/plain; charset=utf-8\r\n\r\nIk kom graag naar de caf\xe9."
    assert "café" in parse(raw).text


@pytest.mark.parametrize(("header", "kind"), [
    (b"Auto-Submitted: auto-replied\r\n", "auto_reply"),
    (b"Precedence: bulk\r\n", "bulk"),
    (b"List-Unsubscribe: <mailto:x@example.org>\r\n", "bulk"),
    (b"X-Autoreply: yes\r\n", "auto_reply"),
    (b"Return-Path: <>\r\n", "auto_reply"),  # automatic; a bounce only with a report or MAILER-DAEMON
])
def test_machine_written_mail_is_marked(header, kind):
    assert parse(mail("Hallo", header)).automated == kind


def test_auto_submitted_no_is_a_person():
    assert parse(mail("Hallo", b"Auto-Submitted: no\r\n")).automated is None


def test_x_auto_response_suppress_does_not_make_mail_automatic():
    p = parse(mail("Graag meld ik mij aan.", b"X-Auto-Response-Suppress: All\r\n"))
    assert p.automated is None and p.suppress_auto_response


def test_an_out_of_office_subject_is_an_auto_reply():
    raw = mail("Ik ben er niet").replace(b"Subject: Aanmelding", b"Subject: Automatisch antwoord: Aanmelding")
    assert parse(raw).automated == "auto_reply"


def test_a_delivery_report_names_the_failed_recipient():
    raw = (b"From: MAILER-DAEMON@mx.example.org\r\nTo: aanmelden@example.org\r\nSubject: Undelivered\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=B\r\n\r\n"
           b"--B\r\nContent-Type: text/plain\r\n\r\nFailed.\r\n--B\r\nContent-Type: message/delivery-status\r\n\r\n"
           b"Reporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; gone@bieb.example.nl\r\n"
           b"Action: failed\r\nStatus: 5.1.1\r\n\r\n--B--\r\n")
    p = parse(raw)
    assert p.automated == "bounce" and p.bounced_recipients == ("gone@bieb.example.nl",) and p.bounce_permanent


@pytest.mark.parametrize("raw", [
    b"",
    b"\x00\x00\x00",
    b"Content-Type: multipart/mixed; boundary=X\r\n\r\n--X\r\nContent-Type: text/plain\r\n\r\ntruncated",
    b"Content-Type: multipart/mixed\r\n\r\nno boundary at all",
    b"Subject: " + b"x" * 1_000_000 + b"\r\n\r\nbody",
    b"From: \xff\xfe\r\nSubject: =?utf-8?q?broken=\r\n\r\n\xff\xfe\xfd",
    b"Content-Type: text/plain; charset=no-such-charset\r\n\r\nhallo",
    b"Content-Type: multipart/mixed; boundary=B\r\n\r\n" + b"--B\r\nContent-Type: text/plain\r\n\r\nx\r\n" * 10_000,
    b"Subject: big\r\n\r\n" + b"graag meld ik mij aan\r\n" * 1_000_000,
])
def test_bad_input_gives_a_parsed_mail_not_an_exception(raw):
    p = parse(raw)
    assert p.message_key and isinstance(p.text, str)
    if len(raw) > 5_000_000 or raw.count(b"--B") > 1000:
        assert p.defects  # what was not read is recorded


def test_renaming_mime_boundaries_changes_nothing_that_parse_returns(monkeypatch):
    """parse() renames boundaries so the email package's per-boundary regex is compiled once; on every
    corpus mail (bounces quoting MIME sources and quoted-printable included) the result is the same."""
    import mailbot.parse as parse_module

    raws = [p.read_bytes() for p in sorted((ROOT / "tests" / "corpus").glob("*/*.eml"))]
    renamed = [parse_module.parse(raw) for raw in raws]
    assert sum(bool(parse_module._usual_boundaries(raw)[1]) for raw in raws) > 50  # it did rename
    monkeypatch.setattr(parse_module, "_usual_boundaries", lambda raw: (raw, {}))
    assert [parse_module.parse(raw) for raw in raws] == renamed


def test_message_key_without_the_header_parser_gives_the_parsers_key():
    """message_key reads a single ASCII Message-ID line with a regex; everything else (none, two,
    non-ASCII bytes) goes through the header parser. Both give the same key on every corpus mail."""
    from email import policy
    from email.parser import BytesHeaderParser

    from mailbot.parse import _key, message_key

    def by_parser(raw: bytes) -> str:
        head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
        return _key(BytesHeaderParser(policy=policy.compat32).parsebytes(head).get("Message-ID"), raw)

    raws = [p.read_bytes() for p in sorted((ROOT / "tests" / "corpus").glob("*/*.eml"))]
    raws += [b"Message-ID:\r\n <folded@x.example>\r\nSubject: x\r\n\r\nbody", b"message-id: <\xff\xfe@x>\r\n\r\nb",
             b"Message-ID: <a@b>\r\nMessage-Id: <c@d>\r\n\r\nx", b"Subject: no id\r\n\r\nbody"]
    assert [message_key(raw) for raw in raws] == [by_parser(raw) for raw in raws]
    assert message_key(raws[-4]) == "mid:<folded@x.example>"


def test_format_flowed_lines_are_joined_again():
    """RFC 3676: a line ending in a space goes on in the next one; quote depth and the '-- ' separator
    are kept, and DelSp=yes drops the joining space."""
    from mailbot.parse import unflow

    text = "Mijn collega Esra Koç neemt mijn \r\nplaats in.\r\n> Op ma schreef \r\n> Seher:\r\n-- \r\nKees-Jan"
    assert unflow(text) == "Mijn collega Esra Koç neemt mijn plaats in.\n> Op ma schreef Seher:\n-- \nKees-Jan"
    assert unflow("Zeer lang woord dat ge \nbroken is", delsp=True) == "Zeer lang woord dat gebroken is"
    raw = (b"From: a@x.example\r\nTo: b@x.example\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=utf-8; format=flowed\r\n\r\nIk neem mijn \r\nplaats in.\r\n")
    assert parse(raw).text == "Ik neem mijn plaats in."


@pytest.mark.parametrize(("subject", "kind"), [
    (b"=?utf-8?Q?Automatisch_antwoord=3A_Bevesti?=\r\n =?utf-8?Q?ging_aanmelding?=", "auto_reply"),
    (b"=?iso-8859-1?Q?Onbestelbaar=3A_Aanmelding?=", "bounce"),
])
def test_an_encoded_machine_subject_is_read_decoded(subject, kind):
    raw = BASE.replace(b"Subject: Aanmelding", b"Subject: " + subject) + b"Content-Type: text/plain\r\n\r\nDank u."
    assert parse(raw).automated == kind


def test_content_type_follows_a_changed_header() -> None:
    """parse caches each part's content type; a header changed afterwards must not leave it stale."""
    from email import policy
    from email.parser import BytesParser

    from mailbot.parse import _IndexedMessage

    msg = BytesParser(_IndexedMessage, policy=policy.compat32).parsebytes(
        b"Content-Type: text/html; charset=utf-8\r\n\r\n<p>hoi</p>\r\n")
    assert msg.get_content_type() == "text/html"
    msg.replace_header("Content-Type", "text/plain")
    assert msg.get_content_type() == "text/plain"
    del msg["Content-Type"]
    assert msg.get_content_type() == "text/plain"  # the default
    msg.set_default_type("message/rfc822")
    assert msg.get_content_type() == "message/rfc822"
    msg["Content-Type"] = "text/calendar; method=REQUEST"
    assert msg.get_content_type() == "text/calendar"


def test_the_date_header_is_read_as_an_aware_time_or_left_unknown() -> None:
    from datetime import datetime, timedelta, timezone

    def sent(date: bytes):
        return parse(b"From: a@b.example\r\nDate: " + date + b"\r\nSubject: x\r\n\r\nhoi\r\n").sent

    assert sent(b"Mon, 25 Mar 2024 09:12:00 +0100") == datetime(2024, 3, 25, 9, 12, tzinfo=timezone(timedelta(hours=1)))
    assert sent(b"25 Mar 2024 09:12").tzinfo is not None  # no zone: taken as UTC
    assert sent(b"gisteren") is None and sent(b"Thu, 32 Mar 2024 09:12:00 +0100") is None


def test_a_bottom_posted_reply_and_inline_answers_are_new_text() -> None:
    """Under a Gmail quote ('On … wrote:' and '>' lines) the writer's own lines are new text, the quote stays quoted."""
    body = ("On Tue, 21 May 2019 at 14:15, Seher Hazinedar <seher@example.org>\r\n wrote:\r\n\r\n"
            "> Graag nodigen wij u uit voor de gesprekstafel.\r\n> Afmelden kan via deze mail.\r\n\r\n"
            "I'll be there on the 24th.\r\n\r\n> Met vriendelijke groet,\r\n> Seher\r\n\r\nWat is het thema?\r\n")
    p = parse(BASE + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.encode())
    assert "I'll be there on the 24th." in p.text and "Wat is het thema?" in p.text
    assert "Afmelden" not in p.text and "> Afmelden kan via deze mail." in p.quoted


def test_a_closing_word_that_opens_a_sentence_is_no_signature() -> None:
    """'Cheers, Tom' closes a mail; 'Cheers for confirming. One more for your list …' is the message."""
    body = "Hi Seher,\r\nCheers for confirming. One more for your list: Lotte Bakker.\r\n\r\nCheers,\r\nAlistair Reid\r\n"
    p = parse(BASE + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.encode())
    assert "One more for your list" in p.text and p.signature.startswith("Cheers,")


def test_thanks_in_advance_on_its_own_line_opens_the_signature() -> None:
    """'Alvast dank,' above the name is a closing: the name and role below it are the signature."""
    body = "Hallo,\r\n\r\nGraag sluiten wij aan.\r\n\r\nAlvast dank,\r\n\r\nSevda Yildiz\r\ndirecteur | Bibliotheek Venray\r\n"
    p = parse(BASE + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.encode())
    assert p.text.strip().endswith("Graag sluiten wij aan.") and "Bibliotheek Venray" in p.signature


def test_boundaries_are_found_in_any_case_as_written() -> None:
    """_boundary_params looks in a lowercased copy; it finds what a case-blind regex finds, as written."""
    import re

    from mailbot.parse import _boundary_params

    blind = re.compile(rb'boundary\s*=\s*"?([^"\s;]{1,70})"?', re.I)
    raws = [p.read_bytes() for p in sorted((ROOT / "tests" / "corpus").glob("*/*.eml"))]
    raws += [b'Content-Type: multipart/mixed; BOUNDARY="AbC-Def_123"\r\n', b"bOuNdArY = XyZ;boundary=\t\"Q\xc3\xa9\"",
             b"boundary=", b'Boundary="' + b"A" * 80 + b'"']
    assert [_boundary_params(raw) for raw in raws] == [blind.findall(raw) for raw in raws]
    raw = (b"From: a@x.example\r\nSubject: s\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative;\r\n"
           b' BOUNDARY="AbCdEfGh-123"\r\n\r\n--AbCdEfGh-123\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'
           b"Ik kom graag.\r\n--AbCdEfGh-123--\r\n")
    assert parse(raw).text == "Ik kom graag."


def test_header_parameters_are_those_message_reads() -> None:
    """_IndexedMessage reads the parameters of each distinct header value once; what it returns is what
    Message itself returns, for quoted, RFC 2231 and undecodable values, and after a change."""
    from email import policy
    from email.message import Message
    from email.parser import BytesParser

    from mailbot.parse import _IndexedMessage

    values = [b'text/plain; charset="utf-8"', b"TEXT/PLAIN; Charset=UTF-8; Format=Flowed; DelSp=Yes",
              b"text/plain; charset*=utf-8''utf%2D8", b'text/plain; charset*0="utf";charset*1="-8"',
              b"text/plain; charset=\xe9", b"text/plain;", b'multipart/mixed; boundary="=_mb_00_="',
              b"text/plain; charset="]
    for value in values:
        raw = b"Content-Type: " + value + b"\r\n\r\nhoi\r\n"
        ours, theirs = (BytesParser(cls, policy=policy.compat32).parsebytes(raw)
                        for cls in (_IndexedMessage, Message))
        for _ in range(2):  # the second time from the cache
            assert ours.get_params() == theirs.get_params()
            assert ours.get_params(unquote=False) == theirs.get_params(unquote=False)
            assert ours.get_content_charset() == theirs.get_content_charset()
            assert [ours.get_param(p) for p in ("format", "delsp", "boundary")] == \
                   [theirs.get_param(p) for p in ("format", "delsp", "boundary")]
        ours.get_params().append(("x", "y"))  # a caller's change does not reach the cache
        assert ours.get_params() == theirs.get_params()
        for msg in (ours, theirs):
            msg.set_param("charset", "iso-8859-1")
        assert ours.get_params() == theirs.get_params()
        assert ours.get_content_charset() == theirs.get_content_charset()
    assert _IndexedMessage().get_params() is None and _IndexedMessage().get_param("charset", "x") == "x"


def test_every_line_split_quoted_acts_on_is_a_quote_candidate() -> None:
    """split_quoted looks closer only at lines _QUOTE_CANDIDATE matches; every line one of its tests
    would act on must match it."""
    from mailbot.parse import (_FORWARD_MARKERS, _ON_OP, _OUTLOOK_FROM, _QUOTE_CANDIDATE, _QUOTE_HEADERS,
                               split_quoted)

    lines = ["-----Oorspronkelijk bericht-----", " -- Forwarded message --", "Begin doorgestuurd bericht:",
             "BEGIN FORWARDED MESSAGE :", "On Mon, 2 Nov 2026, Jan <j@x.example> wrote:",
             "Op 2 nov. 2026 om 09:00 schreef Jan", "op", "\u2003ON maandag", "Jan heeft het volgende geschreven:  ",
             "Jan heeft het volgende geſchreven:", "  ____________", "*Van:* Jan", "**From:** Jan", "\tfrom : x",
             "> quote", ">", "Aan: jan", "tekst: ", "Gewone regel", "", "  ", "Ik kom: graag", "one", "opa", "vanaf morgen"]
    for path in (ROOT / "tests" / "corpus").glob("*/*.eml"):
        lines += path.read_bytes().decode("utf-8", "replace").replace("\r\n", "\n").split("\n")
    for line in lines:
        acts = (_FORWARD_MARKERS.match(line) or any(p.match(line) for p in _QUOTE_HEADERS) or _ON_OP.match(line)
                or _OUTLOOK_FROM.match(line) or line.startswith(">"))
        assert _QUOTE_CANDIDATE.match(line) or not acts, line
    quote = "Jan heeft het volgende geschreven:\n> x"
    assert split_quoted("Ja.\n" + quote) == ("Ja.", quote, "")


def test_quoted_lines_between_own_lines_stay_in_the_text_until_the_quote_that_ends_the_mail() -> None:
    """The quote that ends a mail (only '>' and blank lines after it) is split off; '>' lines with the
    writer's own lines after them are not, and the end of the mail is read once, not once per '>' line."""
    from mailbot.parse import split_quoted

    assert split_quoted("Ja.\n> a\nb\n> c\n\n> d") == ("Ja.\n> a\nb", "> c\n\n> d", "")
    assert split_quoted("> a\n  \n> b") == ("", "> a\n  \n> b", "")
    assert split_quoted("> a\nb\n" * 20_000) == ("b\n" * 20_000, "\n".join(["> a"] * 20_000), "")


def test_a_missing_address_header_is_no_address() -> None:
    """_address and _named skip the address parser for a header that is not there: what it would give."""
    from email.utils import getaddresses, parseaddr

    assert parseaddr("") == ("", "") and getaddresses([]) == []
    p = parse(mail("Ik kom."))
    assert (p.reply_to, p.cc, p.cc_names) == (None, (), ())


def test_a_message_attached_inside_an_attached_message_is_kept_as_a_forward_block() -> None:
    """A secretary forwards, as an attachment, her director's mail, which has his own forward attached: the
    inner author and text stay in ``forwarded``, under a header block with his address."""
    from email.message import EmailMessage

    innermost = EmailMessage()
    innermost["From"] = "Theo van der Laan <t.vanderlaan@bieb.example.nl>"
    innermost["Subject"] = "Gesprekstafel"
    innermost.set_content("Ik wil graag mee naar de gesprekstafel van 24 juni.")
    middle = EmailMessage()
    middle["From"] = "Directie <directie@bieb.example.nl>"
    middle["Subject"] = "Fwd: Gesprekstafel"
    middle.set_content("Wil je dit regelen?")
    middle.add_attachment(innermost)
    outer = EmailMessage()
    outer["From"] = "Secretariaat <secretariaat@bieb.example.nl>"
    outer["To"] = "aanmelden@example.org"
    outer["Subject"] = "Fwd: Fwd: Gesprekstafel"
    outer.set_content("Zie de bijlage: het verzoek van onze directeur.")
    outer.add_attachment(middle)
    p = parse(outer.as_bytes())
    assert p.forwarded_from == ("Directie", "directie@bieb.example.nl")
    assert "Wil je dit regelen?" in p.forwarded and "From: Theo van der Laan <t.vanderlaan@bieb.example.nl>" in p.forwarded
    assert p.forwarded.rstrip().endswith("Ik wil graag mee naar de gesprekstafel van 24 juni.")


_ODD = [
    # folded headers, a preamble, two boundary lines in a row, nested alternative inside mixed, an epilogue
    b"From: Jan <jan@bieb.example.nl>\r\nSubject: =?utf-8?Q?Aanmelding_=E2=80=93?=\r\n gesprekstafel\r\nMIME-Version: 1.0\r\n"
    b"Content-Type: multipart/mixed;\r\n\tboundary=\"outer-boundary-1\"\r\n\r\nThis is a multi-part message.\r\n"
    b"--outer-boundary-1\r\n--outer-boundary-1\r\nContent-Type: multipart/alternative; boundary=\"inner-boundary-2\"\r\n\r\n"
    b"--inner-boundary-2\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    b"Ik meld me aan voor 24 juni.=0D=0A\r\n--inner-boundary-2\r\nContent-Type: text/html\r\n\r\n<p>Ik meld me aan</p>\r\n"
    b"--inner-boundary-2--\r\n\r\n--outer-boundary-1\r\nContent-Type: image/png; name=logo.png\r\n"
    b"Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--outer-boundary-1--\r\nepilogue\r\n",
    # no closing boundary line, a lone CR, a part without headers, an attached message, a 'From ' line
    b"From: a@b.example.nl\nContent-Type: multipart/mixed; boundary=\"xyzxyzxyz\"\n\n--xyzxyzxyz\nContent-Type: text/plain\n\nHoi\n",
    b"From: a@b.example.nl\r\nSubject: Hoi\r\n\r\nEen regel\rnog een\r\n",
    b"From: a@b.example.nl\nContent-Type: multipart/mixed; boundary=\"xyzxyzxyz\"\n\n--xyzxyzxyz\n\nZonder kop\n--xyzxyzxyz--\n",
    b"From: a@b.example.nl\nContent-Type: multipart/mixed; boundary=\"xyzxyzxyz\"\n\n--xyzxyzxyz\nContent-Type: text/plain\n\nZie bijlage\n"
    b"--xyzxyzxyz\nContent-Type: message/rfc822\n\nFrom: c@d.example.nl\nSubject: Aanmelding\n\nIk kom.\n--xyzxyzxyz--\n",
    b"From nobody Mon Jun  3 10:00:00 2019\nFrom: a@b.example.nl\nSubject: Hoi\n\nIk kom.\n",
    b"From: a@b.example.nl\nNo header here\nSubject: Hoi\n\nIk kom.\n",
]


@pytest.mark.parametrize("raw", _ODD + sorted(p.read_bytes() for p in (ROOT / "tests" / "corpus").glob("*/*.eml")))
def test_the_plain_walk_over_a_mime_tree_reads_as_the_email_package_does(raw: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    import mailbot.parse as module

    walked = parse(raw)
    tree = module._message_tree
    monkeypatch.setattr(module, "_message_tree", lambda data: tree(data, plain_walk=False))
    assert parse(raw) == walked


def test_a_from_header_encoded_whole_name_and_address_is_read_decoded():
    """Some webmail encodes '"Ruiz Fernández, Lucía" <l.ruiz@…>' as a whole, address included."""
    import base64

    whole = base64.b64encode('"Ruiz Fernández, Lucía" <l.ruizfernandez@is.example.nl>'.encode()).decode()
    raw = (f"From: =?utf-8?b?{whole}?=\r\nTo: aanmelden@example.org\r\nSubject: webinar\r\n"
           "Message-ID: <enc@example.nl>\r\n\r\nPlease sign me up.\r\n").encode()
    p = parse(raw)
    assert p.from_email == "l.ruizfernandez@is.example.nl" and p.from_name == "Ruiz Fernández, Lucía"
    assert any("encoded" in d for d in p.defects)


@pytest.mark.parametrize("subject", ["Réponse automatique : Round table", "Automatische Antwort: Gesprekstafel",
                                     "Respuesta automática: webinar"])
def test_an_out_of_office_subject_in_french_german_or_spanish_is_automatic(subject):
    from mailbot.parse import _OOO_SUBJECT

    assert _OOO_SUBJECT.match(subject)


@pytest.mark.parametrize(("block", "recipients"), [
    ("Van: Dubois-Meijer, Charlotte\nVerzonden: dinsdag 21 mei 2019 16:00\nAan: Vos, Michiel\nOnderwerp: Uitnodiging\n\nMichiel,",
     ("Vos, Michiel",)),
    ("From: Seher <seher@example.org>\nTo: a@bieb.example.nl, B <b@bieb.example.nl>\nSubject: x\n\nBeste,", ("a@bieb.example.nl",
                                                                                                          "B <b@bieb.example.nl>")),
    ("Beste directeur,\nAan: tafel 3 zit u met", ()),
])
def test_the_to_line_of_a_forwarded_message_is_kept_as_written(block, recipients):
    from mailbot.parse import forwarded_recipients

    assert forwarded_recipients(block) == recipients


def test_a_forwarded_invitation_keeps_to_whom_it_was_sent():
    raw = (b"From: Charlotte <c@bieb.example.nl>\r\nTo: m@bieb.example.nl\r\nSubject: FW: Uitnodiging\r\n\r\nMichiel, ga jij?\r\n\r\n"
           b"-----Original Message-----\r\nFrom: Seher <seher@example.org>\r\nSent: 20 May 2019\r\nTo: Dubois-Meijer, Charlotte\r\n"
           b"Subject: Uitnodiging\r\n\r\nBeste directeur,\r\n")
    p = parse(raw)
    assert p.forwarded_to == ("Dubois-Meijer, Charlotte",) and p.forwarded_from == ("Seher", "seher@example.org")


def test_a_forwarded_header_block_in_quote_marks_names_its_author():
    """Apple Mail quotes the header block of a forwarded message too: '> Van: Organisatie bijeenkomsten <…>'."""
    from tests.servers import make_message

    body = ("Gaat niet lukken helaas, sorry!\n\nBegin doorgestuurd bericht:\n\n> Van: Organisatie bijeenkomsten <aanmelden@example.org>\n"
            "> Datum: 14 maart 2024 om 09:31:12 CET\n> Aan: t.hoog@an.example.nl\n> Onderwerp: Bevestiging aanmelding webinar 28 maart\n> \n"
            "> Beste Tim Hoogenboom,\n>\n> Je bent aangemeld voor het webinar.\n")
    p = parse(make_message(sender="Tim <t.hoog@an.example.nl>", subject="Fwd: Bevestiging aanmelding webinar 28 maart", body=body))
    assert p.forwarded_from == ("Organisatie bijeenkomsten", "aanmelden@example.org")
    from mailbot.classify import classify
    from tests.test_understanding import CATALOGUE
    u = classify(p, CATALOGUE, frozenset({"aanmelden@example.org"}))
    assert (u.intent, [a.name for a in u.attendees]) == ("cancel", ["Tim Hoogenboom"])  # our confirmation gives him in full

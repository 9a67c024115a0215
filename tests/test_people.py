"""Who a registration mail signs up or off: rules for secretaries, colleagues only mentioned, group changes, titled names."""

from __future__ import annotations

import pytest

from tests.test_understanding import _who


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    # the writer who signs up her director asks to be signed up too: 'Kunt u mij dus ook aanmelden?'
    ("Hierbij meld ik onze directeur, de heer Jan-Willem Koopmans (jw.koopmans@hw.example.nl), aan voor het webinar van "
     "donderdag 28 maart.\n\nIk wil graag zelf ook meekijken. Kunt u mij dus ook aanmelden?\n\nMet vriendelijke groet,\n\n"
     "Samira Amrani\nDirectiesecretaris\nBibliotheek Hoeksche Waard", "Samira Amrani <s.amrani@hw.example.nl>", "Webinar 28 maart",
     [("Samira Amrani", "s.amrani@hw.example.nl", "Bibliotheek Hoeksche Waard"),
      ("Jan-Willem Koopmans", "jw.koopmans@hw.example.nl", "Bibliotheek Hoeksche Waard")]),
    # … and in English: 'Could you register both of us?'
    ("I can attend the webinar on 28 March after all. I'd also like to bring our education coordinator, Lisa Brandsma "
     "(l.brandsma@dr.example.nl).\n\nCould you register both of us?\n\nBest regards,\n\nDaniel Fletcher\n"
     "Director | Bibliotheek Drechtsteden", "Daniel Fletcher <d.fletcher@dr.example.nl>", "Webinar 28 March",
     [("Daniel Fletcher", "d.fletcher@dr.example.nl", "Bibliotheek Drechtsteden"),
      ("Lisa Brandsma", "l.brandsma@dr.example.nl", "Bibliotheek Drechtsteden")]),
    # 'Ik kom zelf niet mee': the secretary stays out
    ("Ik meld hierbij onze directeur, mevrouw Gerda van der Meulen-Wijnstra, aan voor de Gesprekstafel voor directeuren op "
     "24 juni. Haar eigen mailadres: g.vandermeulen@wf.example.nl.\n\nIk kom zelf niet mee.\n\nMet vriendelijke groeten,\n"
     "Astrid Klaver\nbestuurssecretaris\nBibliotheek West-Friesland Zuid", "Bestuurssecretariaat <bestuur@wf.example.nl>",
     "aanmelding directeur", [("Gerda van der Meulen-Wijnstra", "g.vandermeulen@wf.example.nl", "Bibliotheek West-Friesland Zuid")]),
    # a titled name read in full and the surname before the address are one person
    ("Graag meld ik onze directeur, mevrouw drs. H. (Hatice) Kaya-de Boer, aan voor het webinar van donderdag 28 maart.\n\n"
     "Zou u de link willen sturen naar h.kayadeboer@bs.example.nl?\n\nMet vriendelijke groet,\n\nTineke Wolters\n"
     "Officemanager | Bibliotheek Berkelstreek", "Secretariaat directie <secretariaat@bs.example.nl>", "Aanmelding webinar dBos",
     [("Hatice Kaya-de Boer", "h.kayadeboer@bs.example.nl", "Bibliotheek Berkelstreek")]),
])
def test_who_a_secretary_or_writer_signs_up(body, sender, subject, expected):
    assert _who(body, sender, subject) == expected


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    # in a group change, the one who 'doet nog steeds mee' stays; only the other is cancelled
    ("Vorige week heb ik twee mensen aangemeld voor het webinar over de Bibliotheek op school. Onze directeur, Ronald "
     "Hesselink, doet nog steeds mee, maar Fatima Benali (f.benali@ez.example.nl) is die middag met verlof. Wilt u haar "
     "aanmelding laten vervallen?\n\nMet vriendelijke groet,\n\nGonnie Bakker\nsecretariaat directie\nBibliotheek Eemland-Zuid",
     "Secretariaat <secretariaat@ez.example.nl>", "Wijziging aanmelding webinar 28 maart",
     [("Fatima Benali", "f.benali@ez.example.nl", "Bibliotheek Eemland-Zuid")]),
    # 'X en ik komen nog steeds, maar Y (address) en Z kunnen niet': Y and Z, the one without an address too
    ("Wij hadden ons met z'n vieren aangemeld voor het webinar over de Bibliotheek op school. Karin Loonen en ik komen nog "
     "steeds, maar Saïd Azzouzi (s.azzouzi@ml.example.nl) en Joke Hermans-van Rijn kunnen niet. Zou u die twee willen "
     "afmelden?\n\nMet vriendelijke groet,\n\nWim Aerts\ndirecteur Bibliotheek Midden-Limburg",
     "Wim Aerts <w.aerts@ml.example.nl>", "Aanpassing aanmeldingen webinar 28 maart",
     [("Saïd Azzouzi", "s.azzouzi@ml.example.nl", "Bibliotheek Midden-Limburg"),
      ("Joke Hermans-van Rijn", None, "Bibliotheek Midden-Limburg")]),
])
def test_who_a_group_change_cancels(body, sender, subject, expected):
    assert _who(body, sender, subject) == expected


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    # the predecessor the invitation went to is the reason for the mail, not a guest
    ("De uitnodiging voor de Gesprekstafel voor directeuren was gericht aan mijn voorganger, de heer Frans Wolters. Hij is "
     "met pensioen gegaan. Ik meld me graag aan voor maandag 24 juni.\n\nMet vriendelijke groet,\n\nYvonne Zeegers\n"
     "directeur Bibliotheek Heuvelrug-Oost", "Yvonne Zeegers <y.zeegers@ho.example.nl>", "Uitnodiging gesprekstafel",
     [("Yvonne Zeegers", "y.zeegers@ho.example.nl", "Bibliotheek Heuvelrug-Oost")]),
    # someone said outright not to come along ('zij gaat niet mee')
    ("Ik schuif graag aan op de 24e. Ik heb het thema met onze bestuurder, mevrouw Nazmiye Yıldız, besproken; zij gaat niet "
     "mee.\n\nHartelijke groet,\nAnja Postma-Rienks\ndirecteur-bestuurder\nBibliotheek Noardeast-Fryslân",
     "Anja Postma <a.postma@nf.example.nl>", "gesprekstafel 24/6",
     [("Anja Postma-Rienks", "a.postma@nf.example.nl", "Bibliotheek Noardeast-Fryslân")]),
    # … or who 'doesn't need a separate registration'
    ("I'd like to register for the webinar on Thursday 28 March.\n\nOur school coordinator, Ellen Dekker, will probably watch "
     "along on my screen, so she doesn't need a separate registration.\n\nKind regards,\n\nRebecca Tan\n"
     "Director | Bibliotheek Langstraat", "Rebecca Tan <rebecca.tan@ls.example.nl>", "Registration webinar 28 March",
     [("Rebecca Tan", "rebecca.tan@ls.example.nl", "Bibliotheek Langstraat")]),
    # a colleague with an address who only passed the invitation on
    ("Mijn collega Ilse Verhagen (ilse.verhagen@ko.example.nl) stuurde mij de uitnodiging voor het webinar van 28 maart door. "
     "Ilse heeft zich al aangemeld, dus het gaat nu alleen om mij.\n\nKunt u mij inschrijven?\n\nVriendelijke groet,\n"
     "Ruud Schellekens\nDirecteur Bibliotheek Kempen-Oost", "Ruud Schellekens <r.schellekens@ko.example.nl>",
     "Aanmelden webinar Bibliotheek op school", [("Ruud Schellekens", "r.schellekens@ko.example.nl", "Bibliotheek Kempen-Oost")]),
])
def test_who_is_only_mentioned(body, sender, subject, expected):
    assert _who(body, sender, subject) == expected


def test_an_assistant_in_cc_is_not_cancelled():
    from mailbot.classify import classify
    from mailbot.parse import parse
    from tests.servers import make_message
    from tests.test_understanding import CATALOGUE

    message = make_message(sender="Charlotte Ravensbergen <c.ravensbergen@gh.example.nl>", subject="Cannot attend webinar 28 March",
                           body="Regrettably I must cancel my registration for the webinar on the Bibliotheek op school on "
                                "28 March. My assistant, Laura Smits, is in cc and will update my diary.\n\nKind regards,\n"
                                "Charlotte Ravensbergen\nDirector-Governor, Bibliotheek Groene Hart",
                           headers={"Cc": "Laura Smits <l.smits@gh.example.nl>"})
    u = classify(parse(message), CATALOGUE)
    assert [a.email for a in u.attendees] == ["c.ravensbergen@gh.example.nl"]


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    # a request that names others in full signs them up or off, not the writer
    ("Wil je Vincent van Es afmelden voor morgen? Hij is ziek. Ik kom wel.\n\nBas", "Bas van Wieringen <bas@mw.example.nl>",
     "Re: Aanmelding bevestigd: Gesprekstafel voor directeuren (24 juni)", [("Vincent van Es", None, None)]),
    ("Hi, could you please cancel Jeroen Pronk's registration for tomorrow's webinar? He's off sick. Thanks, Mieke",
     "Mieke Draaisma <mieke.draaisma@st.example.nl>", "Webinar 28 maart", [("Jeroen Pronk", None, None)]),
    ("Kun je Tom Scheepers en Iris Mol er ook bij zetten voor het webinar van 28 maart? Ik stond al op de lijst.\n\nLoes",
     "Loes Habets <l.habets@ml.example.nl>", "Re: Aanmelding bevestigd: Webinar (28 maart)",
     [("Tom Scheepers", None, None), ("Iris Mol", None, None)]),
])
def test_who_a_request_names(body, sender, subject, expected):
    assert _who(body, sender, subject) == expected


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    # 'neem haar plaats graag over': the one who leaves first, then the writer
    ("Mevrouw Tjitske Dijkstra (t.dijkstra@wh.example.nl) had zich aangemeld voor het webinar op 28 maart. Zij is uit dienst. "
     "Ik ben sinds deze maand interim-directeur en neem haar plaats in het webinar graag over.\n\nKunt u haar aanmelding laten "
     "vervallen en mij inschrijven?\n\nMet vriendelijke groet,\n\nJelmer Kooistra\ninterim-directeur\nBibliotheek Waadhoeke",
     "Jelmer Kooistra <j.kooistra@wh.example.nl>", "Wijziging aanmelding webinar 28 maart",
     [("Tjitske Dijkstra", "t.dijkstra@wh.example.nl", "Bibliotheek Waadhoeke"),
      ("Jelmer Kooistra", "j.kooistra@wh.example.nl", "Bibliotheek Waadhoeke")]),
    # '… zal haar vervangen'
    ("Mevrouw A. (Aaltje) Zijlstra-Hoekstra (a.zijlstra@az.example.nl), directeur-bestuurder, is aangemeld voor het webinar "
     "van 28 maart. Zij is die middag verhinderd. Onze coördinator, mevrouw Yasmina Bakkali, zal haar vervangen.\n\n"
     "Met vriendelijke groet,\n\nHenny ter Beek\nDirectiesecretariaat\nBibliotheek Achterhoek-Zuid",
     "Directiesecretariaat <dirsec@az.example.nl>", "Webinar: vervanging",
     [("Aaltje Zijlstra-Hoekstra", "a.zijlstra@az.example.nl", "Bibliotheek Achterhoek-Zuid"),
      ("Yasmina Bakkali", None, "Bibliotheek Achterhoek-Zuid")]),
    # 'In mijn plaats komen twee collega's:' and a list under it; the writer, named 'van Leeuwen, Marieke' by Outlook
    ("Ik ben aangemeld voor het webinar van 28 maart, maar ik zit die middag bij de provincie. In mijn plaats komen twee "
     "collega's:\n\n- Bram Oudejans, adviseur onderwijs (b.oudejans@hm.example.nl)\n- Ayşe Kılıç, projectleider "
     "(a.kilic@hm.example.nl)\n\nWilt u mij afmelden en hen aanmelden?\n\nMet vriendelijke groet,\nMarieke van Leeuwen\n"
     "directeur Bibliotheek Holland-Midden", '"van Leeuwen, Marieke" <m.vanleeuwen@hm.example.nl>', "Wijziging: webinar dBos 28-3",
     [("Marieke van Leeuwen", "m.vanleeuwen@hm.example.nl", "Bibliotheek Holland-Midden"),
      ("Bram Oudejans", "b.oudejans@hm.example.nl", "Bibliotheek Holland-Midden"),
      ("Ayşe Kılıç", "a.kilic@hm.example.nl", "Bibliotheek Holland-Midden")]),
])
def test_who_is_replaced_by_whom(body, sender, subject, expected):
    assert _who(body, sender, subject) == expected


def test_the_writer_keeps_the_address_they_write_from():
    body = ("Ik ben erbij. Ik stuur dit vanaf mijn privé-account; mijn werkadres is j.haverkamp@rd.example.nl, maar dit adres is "
            "prima voor de bevestiging.\n\nTot de 24e,\n\nJolien Haverkamp\ndirecteur-bestuurder Bibliotheek Rivierduinen")
    assert _who(body, "Jolien Haverkamp <jolien.haverkamp@gmail.example.com>", "Re: Uitnodiging Gesprekstafel voor directeuren") \
        == [("Jolien Haverkamp", "jolien.haverkamp@gmail.example.com", "Bibliotheek Rivierduinen")]


def test_gentlemen_cancelled_while_the_director_stays():
    body = ("Vanuit onze bibliotheek zijn drie personen aangemeld voor het webinar over de Bibliotheek op school. De directeur, "
            "mevrouw Beekman, blijft aangemeld. Wilt u de heren E. (Emre) Koç en T. (Thijs) van Wijk afmelden? Zij zijn die "
            "middag bij een schoolbezoek.\n\nMet vriendelijke groet,\nSecretariaat Bibliotheek Nijmegen-Zuid\nMiranda")
    assert _who(body, "Secretariaat Bibliotheek Nijmegen-Zuid <secretariaat@nz.example.nl>", "Afmelding 2 deelnemers webinar") \
        == [("Emre Koç", None, "Bibliotheek Nijmegen-Zuid"), ("Thijs van Wijk", None, "Bibliotheek Nijmegen-Zuid")]


def test_the_library_in_a_desk_mailbox_name():
    from mailbot.parse import parse
    from mailbot.signatures import describe_sender
    from tests.servers import make_message

    message = make_message(sender="Bibliotheek Achterhoek-Zuid | Directiesecretariaat <dirsec@az.example.nl>",
                           body="Mevrouw Zijlstra kan helaas niet.\n\nMet vriendelijke groet,\n\nHenny ter Beek\nDirectiesecretariaat")
    assert describe_sender(parse(message)).organisation == "Bibliotheek Achterhoek-Zuid"


def test_the_one_replaced_is_found_in_cc():
    from mailbot.classify import classify
    from mailbot.parse import parse
    from tests.servers import make_message
    from tests.test_understanding import CATALOGUE

    message = make_message(
        sender="Karin Wolters <k.wolters@vl.example.nl>", subject="Wijziging deelnemer gesprekstafel 24 juni",
        body="Geachte mevrouw Hazinedar,\n\nMevrouw drs. C.M. (Carolien) Brouwer-Lammers, directeur van Bibliotheek Venloland, kan "
             "helaas niet deelnemen aan de gesprekstafel van maandag 24 juni. In haar plaats zal de heer Erik Jan Mulder, manager "
             "bedrijfsvoering, aanwezig zijn (ej.mulder@vl.example.nl).\n\nMevrouw Brouwer staat in de cc van dit bericht.\n\n"
             "Met vriendelijke groet,\n\nKarin Wolters\nDirectiesecretaresse Bibliotheek Venloland",
        headers={"Cc": '"Brouwer-Lammers, C.M." <c.brouwer@vl.example.nl>'})
    u = classify(parse(message), CATALOGUE)
    assert [(a.name, a.email) for a in u.attendees] == [("Carolien Brouwer-Lammers", "c.brouwer@vl.example.nl"),
                                                         ("Erik Jan Mulder", "ej.mulder@vl.example.nl")]


def test_a_forwarded_tip_is_not_a_sign_up():
    body = ("Goedemiddag,\n\nOnderstaande tip kreeg ik van Ellen. Ik meld me graag aan voor de gesprekstafel van maandag 24 juni.\n\n"
            "Met vriendelijke groet,\n\nHüseyin Karaca\ndirecteur | Bibliotheek Zuid-Kennemerland\n\n"
            "Van: Ellen Brink <e.brink@hm.example.nl>\nVerzonden: vrijdag 14 juni 2019 11:02\n"
            "Aan: Hüseyin Karaca <h.karaca@zk.example.nl>\nOnderwerp: gesprekstafel directeuren - iets voor jou?\n\n"
            "Hoi Hüseyin,\n\nIk ga zelf naar de gesprekstafel op 24 juni in Utrecht. Aanmelden via aanmelden@example.org.\n\nGroet, Ellen\n")
    assert _who(body, "Hüseyin Karaca <h.karaca@zk.example.nl>", "FW: gesprekstafel directeuren - iets voor jou?") \
        == [("Hüseyin Karaca", "h.karaca@zk.example.nl", "Bibliotheek Zuid-Kennemerland")]


def test_registrations_counted_off_after_a_colon():
    from mailbot.attendees import _registrations_listed
    from mailbot.understanding import Attendee

    noor = Attendee("Noor Hamdaoui", "noor@ds.example.nl")
    text = ("I'm afraid we have to cancel all three registrations for Thursday's webinar: mine, Peter Verschuren's and "
            "Mirjam de Lange-Ouwehand's. Our whole team will be at a regional meeting.")
    assert [a.name for a in _registrations_listed(text, noor)] == ["Noor Hamdaoui", "Peter Verschuren", "Mirjam de Lange-Ouwehand"]
    assert _registrations_listed("Two registrations: thanks for your help, see you soon.", noor) == []


def test_a_colleague_from_another_library_in_a_list_keeps_it():
    body = ("I'd like to sign up for the webinar on 28 March. My fellow director at Bibliotheek Maas en Peel, Rachid Bouzidi, "
            "asked me to register him as well.\n\nSo: me and Rachid Bouzidi, please.\n\nCheers,\nThomas Verbruggen\n"
            "Director, Bibliotheek Keyenburg")
    assert _who(body, "Thomas Verbruggen <tverbruggen@kb.example.nl>", "Re: Webinar de Bibliotheek op school primair onderwijs") \
        == [("Thomas Verbruggen", "tverbruggen@kb.example.nl", "Bibliotheek Keyenburg"),
            ("Rachid Bouzidi", None, "Bibliotheek Maas en Peel")]


def test_the_library_of_the_writers_own_quoted_mail():
    from mailbot.parse import parse
    from mailbot.signatures import describe_sender
    from tests.servers import make_message

    body = ("Hello again,\n\nI'm afraid we have to cancel all three registrations.\n\nNoor\n\n"
            "Op vr 1 mrt 2024 om 14:02 schreef Noor Hamdaoui <noor@ds.example.nl>:\n> Hello,\n>\n"
            "> Please register the following people from Bibliotheek Duinstreek for the\n> webinar on 28 March:\n>\n"
            "> - Noor Hamdaoui, director\n>\n> Thanks,\n> Noor Hamdaoui\n")
    message = make_message(sender="Noor Hamdaoui <noor@ds.example.nl>", subject="Re: webinar 28 maart", body=body)
    assert describe_sender(parse(message)).organisation == "Bibliotheek Duinstreek"


def test_both_our_directors_are_not_the_writer_too():
    body = ("Could you please cancel the registrations of both our directors, Dr. Ingrid Holm and Mr. Arjan Wiersma, for the "
            "webinar on 28 March? An unexpected board meeting has been scheduled.\n\nMany thanks,\n\nKim de Vos\n"
            "Management Support\nBibliotheken Zaanstad en Wormerland")
    found = _who(body, "Management Support <managementsupport@zw.example.nl>", "Cancel registrations webinar 28 March")
    assert sorted(name for name, _, _ in found) == ["Arjan Wiersma", "Ingrid Holm"]


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    # a surname alone by an address, the thread below names them in full with it (a header, our confirmation)
    ("Goedemiddag,\n\nNamens de heer Van Dongen: hij kan maandag toch niet. Wilt u hem (p.vandongen@ws.example.nl) afmelden?\n\n"
     "Met vriendelijke groet,\n\nIrma Smit\nSecretariaat\nBibliotheek Westland-Zuid\n\n"
     "Van: Aanmeldingen <aanmelden@example.org>\nVerzonden: dinsdag 4 juni 2019 10:00\nAan: Irma Smit <secretariaat@ws.example.nl>\n"
     "Onderwerp: Aanmelding gesprekstafel\n\nHierbij bevestigen we de aanmelding van Pieter van Dongen (p.vandongen@ws.example.nl) "
     "voor de gesprekstafel van 24 juni.\n", "Secretariaat <secretariaat@ws.example.nl>", "RE: Aanmelding gesprekstafel",
     [("Pieter van Dongen", "p.vandongen@ws.example.nl", "Bibliotheek Westland-Zuid")]),
    # … or gives only the address, 'same address as before'
    ("Hello,\n\nGood news: Tom can come after all. Please register him again, same address: t.baker@rd.example.nl.\n\n"
     "Kind regards,\nAnna Fisher\nAssistant to the director\nBibliotheek Rijndelta\n\n"
     "From: Anna Fisher <a.fisher@rd.example.nl>\nSent: Monday, 10 June 2019 09:00\nTo: aanmelden@example.org\n"
     "Subject: Cancellation round table\n\nOur director Tom Baker (t.baker@rd.example.nl) has to cancel for 24 June.\n",
     "Anna Fisher <a.fisher@rd.example.nl>", "RE: Cancellation round table",
     [("Tom Baker", "t.baker@rd.example.nl", "Bibliotheek Rijndelta")]),
])
def test_a_short_name_by_address_is_completed_from_the_thread(body, sender, subject, expected):
    assert _who(body, sender, subject) == expected


def test_a_surname_alone_is_completed_from_the_subject():
    body = ("Geachte mevrouw Hazinedar,\n\nOnze directeur, mevrouw Ter Haar, is helaas verhinderd. Namens haar meld ik haar af voor "
            "de gesprekstafel op 24 juni.\n\nMet vriendelijke groet,\n\nKees Bos\nSecretariaat directie\nBibliotheek Waterland-Oost")
    assert _who(body, "Secretariaat directie <secretariaat@wo.example.nl>", "Afmelding gesprekstafel Marleen ter Haar") \
        == [("Marleen ter Haar", None, "Bibliotheek Waterland-Oost")]


def test_i_will_join_with_a_colleague():
    body = "Hi,\n\nI will join the round table of 24/6, and my colleague Wim de Bruin will come too.\n\nGreetings\n\n" \
           "Sanne Visser | directeur | Bibliotheek Vechtdal"
    assert _who(body, "Sanne Visser <s.visser@vd.example.nl>", "round table 24/6") \
        == [("Sanne Visser", "s.visser@vd.example.nl", "Bibliotheek Vechtdal"), ("Wim de Bruin", None, "Bibliotheek Vechtdal")]


def test_a_greeted_name_before_a_request_is_not_the_addressee():
    body = "Seher, kun je mij en onze adviseur Bram (b.kuipers@lw.example.nl) noteren voor 24 juni? Dank!\n\n" \
           "Ilse Mol\nDirecteur\nBibliotheek Lingewaard"
    assert _who(body, "Ilse Mol <i.mol@lw.example.nl>", "aanmelding") \
        == [("Ilse Mol", "i.mol@lw.example.nl", "Bibliotheek Lingewaard"), ("Bram", "b.kuipers@lw.example.nl", "Bibliotheek Lingewaard")]


def test_taking_along_my_colleague_named_after_a_word():
    body = "hoi Seher ik meld me aan voor de gesprekstafel op 24 juni en ik neem mijn collega Joost Prins mee groet Anne"
    assert _who(body, "Anne Kok <a.kok@ze.example.nl>", "Gesprekstafel") \
        == [("Anne Kok", "a.kok@ze.example.nl", None), ("Joost Prins", None, None)]


def test_a_date_between_can_and_not():
    body = "Goedemorgen,\n\nHenk Vos kan 24 juni helaas niet, wilt u hem afmelden?\n\nGr Tineke\n\nTineke Dam\nsecretariaat\nBibliotheek Duinrand"
    assert _who(body, "Tineke Dam <secretariaat@dr.example.nl>", "afmelding") == [("Henk Vos", None, "Bibliotheek Duinrand")]


def test_a_successor_who_will_get_in_touch_is_only_mentioned():
    body = ("Dear colleagues,\n\nI am leaving at the end of the month, so please cancel my registration for the webinar on 28 March.\n\n"
            "My successor, Joe Brown, starts in May and will get in touch about later sessions.\n\nBest wishes,\n\nLiam Gray\n"
            "Director, Bibliotheek Texel")
    assert _who(body, "Liam Gray <l.gray@tx.example.nl>", "Webinar 28 March") \
        == [("Liam Gray", "l.gray@tx.example.nl", "Bibliotheek Texel")]


def test_the_stand_in_of_a_forwarded_out_of_office_is_not_an_attendee():
    body = ("Goedemorgen,\n\nZie hieronder: mijn directeur is weg tot 10 juni, maar wil graag komen op 24 juni. Kunt u haar aanmelden? Het gaat om "
            "Joke Veen, j.veen@bk.example.nl.\n\nMet vriendelijke groet,\n\nRia Pool\nmanagementassistent\nBibliotheek Kennemerduin\n\n"
            "-----Oorspronkelijk bericht-----\nVan: Veen, Joke <j.veen@bk.example.nl>\nVerzonden: maandag 27 mei 2019 09:31\n"
            "Aan: Pool, Ria <r.pool@bk.example.nl>\nOnderwerp: Automatisch antwoord: Gesprekstafel\n\n"
            "Ik ben afwezig tot en met 10 juni. Voor dringende zaken kunt u contact opnemen met Ria Pool, r.pool@bk.example.nl.\n")
    assert _who(body, "Ria Pool <r.pool@bk.example.nl>", "FW: Automatisch antwoord: Gesprekstafel") \
        == [("Joke Veen", "j.veen@bk.example.nl", "Bibliotheek Kennemerduin")]


@pytest.mark.parametrize(("body", "sender"), [
    # the writer's old address that no longer works
    ("Dag,\n\nMijn oude adres (karin.laan@obz.example.nl) werkt niet meer. Meldt u mij aan voor het webinar van 28 maart?\n\n"
     "Groet,\nKarin Laan\ndirecteur | Bibliotheek Zeist", "Karin Laan <k.laan@bz.example.nl>"),
    # an address a forwarded delivery failure lists
    ("Hello,\n\nMy mail to Seher bounced (see below). Could you register me for the round table on 24 June?\n\nThanks,\n"
     "Karin Laan\nDirector, Bibliotheek Zeist\n\n-----Original Message-----\nFrom: Mail Delivery System <postmaster@bz.example.nl>\n"
     "Subject: Undeliverable: round table\n\nDelivery has failed to these recipients or groups:\n\nseher.hazinedr@example.org\n",
     "Karin Laan <k.laan@bz.example.nl>"),
])
def test_an_address_that_reaches_nobody_is_no_attendee(body, sender):
    assert _who(body, sender, "aanmelding") == [("Karin Laan", "k.laan@bz.example.nl", "Bibliotheek Zeist")]


def test_cancel_for_someone_and_me():
    assert _who("pls cancel for Bart Smit and me, the 28th doesn't work\nNina", "Nina Bos <nina.bos@gw.example.nl>",
                "webinar 28/3") == [("Nina Bos", "nina.bos@gw.example.nl", None), ("Bart Smit", None, None)]


def test_organisation_in_a_subject_with_an_emoji():
    assert _who("", '"Berg, Lotte van den" <l.vandenberg@bh.example.nl>',
                "aanmelding gesprekstafel 24/6 - Lotte van den Berg, Bibliotheek Hilversum 👍") \
        == [("Lotte van den Berg", "l.vandenberg@bh.example.nl", "Bibliotheek Hilversum")]


def test_a_first_name_after_a_closing_shorthand():
    assert _who("add me for the webinar 28/3 pls\nbr Roos", "r.dekker@gl.example.nl", "28/3") \
        == [("Roos", "r.dekker@gl.example.nl", None)]


def test_a_colleague_who_does_not_go_along_is_cancelled_not_the_writer_who_still_comes():
    body = ("Hallo,\n\nEen wijziging voor maandag 24 juni: Marloes de Haan gaat toch niet mee naar de gesprekstafel, zij heeft dan een "
            "bestuursvergadering. Ik kom zelf wel gewoon.\n\nGroet,\nJeroen")
    assert _who(body, "Jeroen Smit <j.smit@bw.example.nl>", "Gesprekstafel") == [("Marloes de Haan", None, None)]


def test_the_organiser_after_a_preposition_is_not_the_attendees_library():
    body = ("Beste,\n\nWilt u de inschrijving van onze directeur, Anne Marie Kuipers, voor het webinar van Stichting Lezen op 28 maart "
            "intrekken? Zij is die middag verhinderd.\n\nMet vriendelijke groet,\n\nLies Dekker\nsecretariaat\nBibliotheek Oostland")
    assert _who(body, "Bibliotheek Oostland <secretariaat@oostland.example.nl>", "Afmelding webinar") \
        == [("Anne Marie Kuipers", None, "Bibliotheek Oostland")]


def test_the_writer_staying_as_myself_in_an_aside_is_not_cancelled():
    body = ("Hello,\n\nWe registered three colleagues for the webinar on 28 March. Please remove Tom Hendriks (t.hendriks@hl.example.nl) "
            "from the list, he has to be elsewhere. The others, Sanne and myself, will still attend.\n\nBest,\nEva Visser\nBibliotheek Haarlem")
    assert _who(body, "Eva Visser <e.visser@hl.example.nl>", "Webinar 28 March") \
        == [("Tom Hendriks", "t.hendriks@hl.example.nl", "Bibliotheek Haarlem")]


def test_degree_letters_in_the_header_do_not_hide_the_signed_first_name():
    body = ("Via deze weg meld ik mij aan voor de gesprekstafel van maandag 24-6 in Utrecht.\n\nMet vriendelijke groet,\n\n"
            "drs. Karel Veenstra MBA\ndirecteur-bestuurder Bibliotheek Noordenveld-Oost")
    assert _who(body, '"drs. K.H. Veenstra MBA" <khveenstra@example.com>', "Gesprekstafel 24-6") \
        == [("Karel Veenstra", "khveenstra@example.com", "Bibliotheek Noordenveld-Oost")]


def test_a_signature_in_one_line_paragraphs_as_word_writes_it():
    body = ("Geachte heer, mevrouw,\n\nHierbij bevestig ik mijn deelname aan de gesprekstafel op 24 juni 2019 te Utrecht.\n\n"
            "Hoogachtend,\n\ndrs. Hendrik Wassenaar MBA\n\nDirecteur/bestuurder\n\nStichting Bibliotheek Zeewolde")
    assert _who(body, '"Wassenaar, H.J." <h.wassenaar@bz.example.nl>', "Gesprekstafel") \
        == [("Hendrik Wassenaar", "h.wassenaar@bz.example.nl", "Stichting Bibliotheek Zeewolde")]


def test_the_writer_who_says_he_is_still_there_is_not_cancelled():
    body = ("Goedemorgen,\n\nVorige maand heb ik mijzelf en mijn collega Lotte Wijnands aangemeld voor het webinar van 28 maart. "
            "Lotte kan die middag toch niet. Wilt u haar van de lijst halen (l.wijnands@rv.example.nl)?\n\n"
            "Ik ben er zelf gewoon bij.\n\nGroet,\nPim Boersma\nBibliotheek Rivierland")
    assert _who(body, "Pim Boersma <p.boersma@rv.example.nl>", "Wijziging webinar") \
        == [("Lotte Wijnands", "l.wijnands@rv.example.nl", "Bibliotheek Rivierland")]


def test_a_colleague_who_signs_up_himself_in_a_hard_wrapped_sentence_is_only_mentioned():
    body = ("Hierbij geef ik mij op voor het webinar van donderdag 28 maart. Mijn collega Ruud\n"
            "Zijlstra (onze adviseur onderwijs) heeft ook belangstelling; hij meldt\nzich zelf nog aan.\n\n"
            "Groet,\n\nMarieke Hoitink\ndirecteur\nBibliotheek Berkelland")
    assert _who(body, "Marieke Hoitink <directie@bb.example.nl>", "Webinar") \
        == [("Marieke Hoitink", "directie@bb.example.nl", "Bibliotheek Berkelland")]


def test_a_colleague_sent_as_a_stand_in_replaces_the_writer():
    body = ("Hi,\n\nSomething came up, so I'll have to drop out of the webinar on Thursday 28 March. I'm sending my colleague "
            "Femke Dijkman as a stand-in. Her address: f.dijkman@nh.example.nl\n\nThanks,\nGeorge Whitby\nDirector, Bibliotheek Noordhaven")
    assert _who(body, "George Whitby <g.whitby@nh.example.nl>", "Webinar - change") \
        == [("George Whitby", "g.whitby@nh.example.nl", "Bibliotheek Noordhaven"),
            ("Femke Dijkman", "f.dijkman@nh.example.nl", "Bibliotheek Noordhaven")]


def test_an_interim_who_replaces_a_director_in_the_job_is_no_stand_in():
    from tests.servers import make_message
    from mailbot.parse import parse
    from tests.test_understanding import CATALOGUE, classify
    body = ("Beste Seher,\n\nSinds 1 mei ben ik interim-directeur bij Bibliotheek Vechtstreek (als vervanger van Joke Altena). "
            "Geldt de uitnodiging voor de gesprekstafel ook voor een interim? Hoe kan ik me het beste aanmelden?\n\nGroet,\nDirk Mulder")
    u = classify(parse(make_message(sender="Dirk Mulder <d.mulder@interim.example.com>", subject="Gesprekstafel", body=body)), CATALOGUE)
    assert u.intent != "cancel"


def test_a_first_name_with_an_address_is_the_colleague_named_in_full_before():
    body = ("Beste Seher,\n\nMijn collega Joost Brink en ik hadden ons allebei opgegeven voor de gesprekstafel op 24 juni. "
            "Joost (j.brink@kw.example.nl) gaat per 1 juni met pensioen, dus zijn aanmelding mag eraf. Ik kom zelf gewoon.\n\n"
            "Groet,\nIris Vlot\nBibliotheek Kromme Waal")
    assert _who(body, "Iris Vlot <i.vlot@kw.example.nl>", "Aanmelding vervalt") \
        == [("Joost Brink", "j.brink@kw.example.nl", "Bibliotheek Kromme Waal")]


def test_a_first_name_address_wrapped_onto_its_own_line_belongs_to_the_colleague_named_above():
    body = ("Beste Seher,\n\nWe komen graag allebei naar de gesprekstafel op maandag 24 juni: \n"
            "ikzelf en Wouter Kamstra, onze directeur bedrijfsvoering \n(wouter@lv.example.nl).\n\n"
            "Groeten,\n\nNina Bos\ndirecteur-bestuurder\nBibliotheek Lauwersland")
    assert _who(body, "Nina Bos <nina@lv.example.nl>", "Aanmelden gesprekstafel") \
        == [("Nina Bos", "nina@lv.example.nl", "Bibliotheek Lauwersland"),
            ("Wouter Kamstra", "wouter@lv.example.nl", "Bibliotheek Lauwersland")]


def test_the_field_after_a_role_word_is_no_person():
    body = ("Beste Seher,\n\nIk kan op 24 juni helaas niet bij de gesprekstafel zijn. In mijn plaats komt onze manager "
            "Publieke Diensten, Sevda Yıldız (s.yildiz@hl.example.nl). Zij kent ons programma goed.\n\nMet vriendelijke groet,\n\n"
            "Thijs Dekker\nDirecteur-bestuurder\nBibliotheek Hollands Land")
    assert _who(body, '"Dekker, Thijs" <t.dekker@hl.example.nl>', "Gesprekstafel 24 juni - wijziging") \
        == [("Thijs Dekker", "t.dekker@hl.example.nl", "Bibliotheek Hollands Land"),
            ("Sevda Yıldız", "s.yildiz@hl.example.nl", "Bibliotheek Hollands Land")]


def test_an_address_given_by_a_pronoun_goes_to_the_person_its_local_part_spells_not_to_the_venue_named_later():
    body = ("Geachte mevrouw Hazinedar,\n\nNamens mevrouw drs. J.C. (Jolanda) Brinkhuis-Veldman, directeur-bestuurder van "
            "Bibliotheek Vechtdal, meld ik haar aan voor de gesprekstafel op maandag 24 juni in het Opleidingshuis te Utrecht.\n\n"
            "Wilt u de bevestiging rechtstreeks aan haar sturen? Haar e-mailadres is j.brinkhuis@vd.example.nl.\n\n"
            "Met vriendelijke groet,\n\nEsther Mulder\nManagementassistent directie\nBibliotheek Vechtdal")
    assert _who(body, "Secretariaat Bibliotheek Vechtdal <secretariaat@vd.example.nl>", "Aanmelding gesprekstafel") \
        == [("Jolanda Brinkhuis-Veldman", "j.brinkhuis@vd.example.nl", "Bibliotheek Vechtdal")]


def test_myself_opening_a_sentence_is_the_writer_not_a_name():
    body = ("Hello there,\n\nMyself I will attend the online session of the 28th about the Masterplan, so please you can "
            "register me.\n\nGreetings,\nPiet Claes\ndirector Bibliotheek Kempenland")
    assert _who(body, "Piet Claes <piet.claes@kl.example.com>", "Webinar") \
        == [("Piet Claes", "piet.claes@kl.example.com", "Bibliotheek Kempenland")]


def test_a_colleague_and_the_writer_each_with_their_role_set_off_by_commas_both_come():
    body = ("Hallo Seher,\n\nIs er nog plek voor twee? Dan komen Ilse Verhoef, onze manager educatie, en ik, "
            "directeur-bestuurder, samen naar de gesprekstafel van 24 juni.\n\nJoost Kramer\nBibliotheek Lekstroom")
    assert _who(body, "Joost Kramer <jkramer@example.nl>", "Aanmelding gesprekstafel") \
        == [("Joost Kramer", "jkramer@example.nl", "Bibliotheek Lekstroom"), ("Ilse Verhoef", None, "Bibliotheek Lekstroom")]


def test_a_capitalised_adjective_before_the_library_word_belongs_to_its_name():
    body = ("Hi Seher, at the round table of Monday 24/6 I'd love to be there. Can you put me on? "
            "Regards Femke Brouwer, director Centrale Bibliotheek Dordland\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone.")
    assert _who(body, "Femke Brouwer <femke@dordland.example.nl>", "mon 24/6") \
        == [("Femke Brouwer", "femke@dordland.example.nl", "Centrale Bibliotheek Dordland")]


def test_a_capitalised_field_after_a_role_word_is_no_person():
    body = ("Hoi Seher,\n\nOp 24 juni zit ik in de gemeenteraad, dus ik red de gesprekstafel niet. In mijn plaats komt onze "
            "adviseur Culturele Educatie, Bram Peters (b.peters@kl.example.nl). Hij kent het thema goed.\n\n"
            "Groet,\n\nJoost Vermeulen\ndirecteur\nBibliotheek Kustland")
    assert _who(body, "Joost Vermeulen <j.vermeulen@kl.example.nl>", "Gesprekstafel 24 juni - vervanging") \
        == [("Joost Vermeulen", "j.vermeulen@kl.example.nl", "Bibliotheek Kustland"),
            ("Bram Peters", "b.peters@kl.example.nl", "Bibliotheek Kustland")]


def test_a_place_after_a_middle_dot_is_not_part_of_the_library():
    body = ("Goedenavond,\n\nIk wil mij graag inschrijven voor het webinar op donderdag 28/3.\n\nMet vriendelijke groet,\n\n"
            "Anke de Vries\ndirecteur Bibliotheek Noordkust · Dokkum\ntel. 0519 - 00 12 34")
    assert _who(body, "Anke de Vries <directie@noordkust.example.nl>", "inschrijving webinar 28/3") \
        == [("Anke de Vries", "directie@noordkust.example.nl", "Bibliotheek Noordkust")]


@pytest.mark.parametrize(("body", "sender", "expected"), [
    # 'Ik doe graag mee, en mijn collega … sluit ook aan': the writer and the colleague
    ("Goedemorgen,\n\nIk doe graag mee aan het webinar van 28 maart, en mijn collega Noor Bakker (n.bakker@mw.example.nl), "
     "coördinator onderwijs, sluit ook aan.\n\nMet vriendelijke groet,\n\nKarin Smit\nDirecteur\nBibliotheek Maasweide",
     "Karin Smit <k.smit@mw.example.nl>",
     [("Karin Smit", "k.smit@mw.example.nl", "Bibliotheek Maasweide"), ("Noor Bakker", "n.bakker@mw.example.nl", "Bibliotheek Maasweide")]),
    # 'Ik schuif aan! En onze coördinator …, ook graag.'
    ("Ik schuif aan bij het webinar van 28 maart! En onze coördinator leesbevordering, Daan Kok (d.kok@wo.example.nl), ook graag."
     "\n\nGroet,\nLieke\n\n-- \nLieke van Dam\nBibliotheek Waalwijk-Oost | directeur",
     "Lieke van Dam <lieke.vandam@wo.example.nl>",
     [("Lieke van Dam", "lieke.vandam@wo.example.nl", "Bibliotheek Waalwijk-Oost"),
      ("Daan Kok", "d.kok@wo.example.nl", "Bibliotheek Waalwijk-Oost")]),
    # an impersonal 'aanmelden svp', then 'Ook voor mijn adjunct-directeur …': the writer first
    ("Ja graag, aanmelden svp voor het webinar van 28 maart. Ook voor mijn adjunct-directeur Femke Bos (f.bos@kw.example.nl)"
     "\n\nKees Oudeman\ndirecteur Bibliotheek Krimpenerland", "Kees Oudeman <k.oudeman@kw.example.nl>",
     [("Kees Oudeman", "k.oudeman@kw.example.nl", "Bibliotheek Krimpenerland"),
      ("Femke Bos", "f.bos@kw.example.nl", "Bibliotheek Krimpenerland")]),
])
def test_the_writer_who_joins_and_brings_a_colleague_comes_too(body, sender, expected):
    assert _who(body, sender, "Webinar 28 maart") == expected


def test_a_deputy_sent_as_a_replacement_takes_the_writers_place():
    body = ("Dear Seher,\n\nUnfortunately I can no longer make the round table in Utrecht on 24 June. I'm sending my deputy, "
            "Femke Hoek (f.hoek@bn.example.nl), as a replacement.\n\nKind regards,\n\nOliver Grant\nDirector, Bibliotheek Baronie")
    assert _who(body, "Oliver Grant <o.grant@bn.example.nl>", "Round table Utrecht - replacement") \
        == [("Oliver Grant", "o.grant@bn.example.nl", "Bibliotheek Baronie"),
            ("Femke Hoek", "f.hoek@bn.example.nl", "Bibliotheek Baronie")]


def test_initials_in_the_header_and_the_first_given_name_signed_make_one_name():
    from mailbot.names import first_name_for_initials

    assert first_name_for_initials("H.J. Veldhuis", "Henk") == "Henk Veldhuis"
    assert first_name_for_initials("G.J. Mulder", "GJ") is None  # the initials again, no name
    assert first_name_for_initials("J.W. Postma", "Willem") is None  # not the first given name
    body = "Mag ik mij aanmelden voor het webinar van Stichting Lezen op 28 maart?\n\nGroet, Henk\n\nVerstuurd vanaf mijn iPhone"
    assert _who(body, '"Veldhuis, H.J." <hj.veldhuis@oa.example.nl>', "Webinar") \
        == [("Henk Veldhuis", "hj.veldhuis@oa.example.nl", None)]


def test_a_note_over_our_forwarded_confirmation_is_about_the_person_confirmed():
    from mailbot.classify import classify
    from mailbot.parse import parse
    from tests.servers import make_message
    from tests.test_understanding import CATALOGUE

    body = ("Hallo,\n\nHenk is met langdurig verlof en kan dus niet aan het webinar deelnemen. Zijn aanmelding (zie hieronder) "
            "mag vervallen.\n\nGroet,\nSaskia Veld\nsecretariaat\n\n-------- Oorspronkelijk bericht --------\n"
            "Van: Aanmelden bijeenkomsten <aanmelden@example.org>\nAan: Henk Olde <h.olde@mi.example.nl>\n"
            "Onderwerp: Aanmelding bevestigd: Webinar (28 maart)\n\nBeste Henk Olde,\n\nHierbij bevestigen we de aanmelding van "
            "Henk Olde (h.olde@mi.example.nl) voor het webinar de Bibliotheek op school op donderdag 28 maart 2024.\n\n"
            "Met vriendelijke groet,\n\nAanmelden bijeenkomsten\n")
    message = make_message(sender="Saskia Veld <secretariaat@mi.example.nl>", subject="Fwd: Aanmelding bevestigd", body=body)
    u = classify(parse(message), CATALOGUE, frozenset({"aanmelden@example.org"}))
    assert [(a.name, a.email) for a in u.attendees] == [("Henk Olde", "h.olde@mi.example.nl")]


def test_who_will_come_as_planned_is_not_cancelled():
    body = ("Good afternoon,\n\nFurther to our earlier registration: Mr Kuipers is unfortunately unable to attend on Monday and "
            "would like to be deregistered. Mrs Loonstra will come as planned.\n\nKind regards,\nSecretariat Bibliotheek Maasland")
    assert _who(body, "Bibliotheek Maasland Secretariaat <info@maasland.example.nl>", "RE: Aanmelding Gesprekstafel 24-6") \
        == [("Kuipers", None, "Bibliotheek Maasland")]


def test_a_formal_confirmation_of_attendance_signs_up_the_writer_with_the_colleague():
    body = ("Dear Sir or Madam,\n\nI hereby confirm my attendance at the webinar on 28 March 2024, also on behalf of my "
            "colleague Ms Hannah Brooks, who will join me. Her e-mail address is h.brooks@ws.example.nl.\n\nKind regards,\n\n"
            "Peter Lang\nHead of Education | Bibliotheek Westland")
    assert _who(body, "Peter Lang <p.lang@ws.example.nl>", "Webinar 28 March") \
        == [("Peter Lang", "p.lang@ws.example.nl", "Bibliotheek Westland"),
            ("Hannah Brooks", "h.brooks@ws.example.nl", "Bibliotheek Westland")]


def test_the_same_goes_for_my_colleague_cancels_the_writer_and_the_colleague():
    body = ("Dear Seher,\n\nI have to cancel my place at the round table on 24 June, and the same goes for my colleague "
            "Tessa Vos, who was registered along with me.\n\nBest regards,\nMark Hill\nDirector, Bibliotheek Eemland")
    assert _who(body, "Mark Hill <m.hill@el.example.nl>", "Cancellation round table") \
        == [("Mark Hill", "m.hill@el.example.nl", "Bibliotheek Eemland"), ("Tessa Vos", None, "Bibliotheek Eemland")]


@pytest.mark.parametrize(("body", "sender"), [
    ("Hello,\n\nCould you please cancel my registration for the webinar on the 28th?\n\nMy colleague Ruth Baker registered "
     "separately and will still be attending, so please leave her on the list.\n\nThanks,\nAnna Moss\nDirector | Bibliotheek Gouda",
     "Anna Moss <a.moss@gd.example.nl>"),
    ("Beste Seher,\n\nHelaas moet ik mijn aanmelding voor de gesprekstafel van 24 juni intrekken.\n\nMijn collega Ruth Baker, die "
     "zich apart heeft aangemeld, blijft wel gewoon op de lijst staan.\n\nGroet,\nAnna Moss\ndirecteur\nBibliotheek Gouda",
     "Anna Moss <a.moss@gd.example.nl>"),
])
def test_a_colleague_who_stays_on_the_list_is_not_cancelled(body, sender):
    assert _who(body, sender, "Afmelding") == [("Anna Moss", "a.moss@gd.example.nl", "Bibliotheek Gouda")]


def test_someone_who_accompanies_the_director_is_signed_up_too():
    body = ("Geachte mevrouw Hazinedar,\n\nOp verzoek van onze directeur, mevrouw Iris Kok, meld ik haar aan voor de "
            "gesprekstafel op maandag 24 juni.\n\nMevrouw Kok wordt vergezeld door de heer Daan Smit, adjunct-directeur. "
            "Het e-mailadres van mevrouw Kok is i.kok@hv.example.nl.\n\nMet vriendelijke groet,\n\nEls Wit\nOfficemanager\n"
            "Bibliotheek Heuvelland")
    assert _who(body, "Els Wit <e.wit@hv.example.nl>", "Aanmelding gesprekstafel") \
        == [("Iris Kok", "i.kok@hv.example.nl", "Bibliotheek Heuvelland"), ("Daan Smit", None, "Bibliotheek Heuvelland")]


def test_a_surname_with_particles_is_short_for_the_double_surname():
    from mailbot.attendees import _fuller_in_text

    text = "de aanmelding van mevrouw Anke de Vries-Mol annuleren. Mevrouw De Vries vroeg om het verslag."
    assert _fuller_in_text("De Vries", text) == "Anke de Vries-Mol"


def test_the_readers_colleague_is_one_of_the_organisers_not_a_guest():
    body = ("Dear Ms Hazinedar,\n\nFollowing the invitation extended to him by your colleague Ms Laura Dekker, Mr Tom Reed "
            "would like to attend the round table on 24 June. Kindly register him; his e-mail address is "
            "t.reed@nl.example.com.\n\nYours sincerely,\n\nAmy Stone\nExecutive Assistant\nNorthfield Libraries")
    assert [email for _, email, _ in _who(body, "Amy Stone <a.stone@nl.example.com>", "Registration")] == ["t.reed@nl.example.com"]


def test_a_board_written_for_is_no_person():
    from mailbot.names import is_body

    assert is_body("Supervisory Board") and is_body("Raad") and not is_body("Bram Raadsma")
    body = ("Dear Sir or Madam,\n\nOn behalf of the Supervisory Board of Stichting Bibliotheek Duinkust, I kindly request that "
            "you register our interim director, Mr Ben Kroon, for the webinar on 28 March 2024. Please use "
            "ben.kroon@interim.example.com.\n\nKind regards,\n\nGreet Bos\nSecretary to the Supervisory Board\n"
            "Stichting Bibliotheek Duinkust")
    assert [email for _, email, _ in _who(body, "Raad van Toezicht <rvt@dk.example.com>", "Registration")] \
        == ["ben.kroon@interim.example.com"]


def test_a_name_withdrawn_over_our_confirmation_finds_its_address_in_the_surname_first_header():
    body = ("Dear Ms Hazinedar,\n\nPlease accept our apologies: Mr Pieter Okafor has been called to a meeting on 24 June and must "
            "therefore withdraw from the round table. Could you kindly remove his name from the list?\n\nKind regards,\n\n"
            "Lisa Dam\nExecutive Secretary | Bibliotheek Zeestad\n\n"
            "From: Aanmeldingen <aanmelden@example.org>\nSent: Tuesday, May 28, 2019 3:12 PM\n"
            "To: Okafor, Pieter <p.okafor@zs.example.nl>\nSubject: Registration confirmed: Gesprekstafel voor directeuren (24 June)\n\n"
            "Dear Pieter Okafor,\n\nYour registration for the Gesprekstafel voor directeuren on Monday 24 June 2019 has been confirmed.\n")
    assert [(name, email) for name, email, _ in _who(body, "Lisa Dam <l.dam@zs.example.nl>", "RE: Registration confirmed")] \
        == [("Pieter Okafor", "p.okafor@zs.example.nl")]


def test_an_address_for_a_copy_of_the_confirmation_is_nobody_who_comes():
    body = ("Geachte mevrouw Hazinedar,\n\nGraag had ik mij ingeschreven voor de gesprekstafel voor directeurs van 24 juni te "
            "Utrecht.\n\nMag ik u vragen de bevestiging ook in kopie te bezorgen aan ons secretariaat (secretariaat@zl.example.be)?\n\n"
            "Met vriendelijke groeten,\n\nLieve Peeters\nDirecteur Bibliotheek Zennevallei")
    assert [email for _, email, _ in _who(body, "Lieve Peeters <lieve.peeters@zl.example.be>", "Inschrijving gesprekstafel")] \
        == ["lieve.peeters@zl.example.be"]


def test_a_surinamese_chinese_surname_keeps_its_separate_a():
    from mailbot.lists import person_at

    assert person_at("mevrouw dr. M. (Monique) Lie-Kon A Sen, directeur van")[0] == "Monique Lie-Kon A Sen"


def test_asking_leave_to_come_along_signs_nobody_up():
    body = ("Dear Seher,\n\nOur director would like to attend the round table on 24 June; his address is "
            "r.venema@kd.example.nl.\n\nCould I possibly come along as well to take notes, or is the table strictly for "
            "directors?\n\nKind regards,\nNina Bakker\nExecutive Assistant to the Director\nBibliotheek Kustdorp")
    assert [email for _, email, _ in _who(body, "Nina Bakker <n.bakker@kd.example.nl>", "Round table 24 June")] \
        == ["r.venema@kd.example.nl"]


def test_a_cancellation_that_asks_to_sign_up_the_colleague_is_a_replacement():
    body = ("Hallo,\n\nVoor het webinar van 28 maart meld ik me af, ik zit die middag in een overleg. Mijn collega Joost Brink "
            "(j.brink@lv.example.nl) wil wel graag meedoen. Willen jullie hem aanmelden?\n\nGroet,\nSara")
    assert [email for _, email, _ in _who(body, "Sara Laan <sara.laan@lv.example.nl>", "Webinar 28 maart")] \
        == ["sara.laan@lv.example.nl", "j.brink@lv.example.nl"]


def test_a_school_or_province_after_the_role_is_the_organisation():
    from mailbot.signatures import split_role_organisation
    assert split_role_organisation("directeur obs De Tweemaster") == ("directeur", "obs De Tweemaster")
    assert split_role_organisation("directeur SBO De Wissel")[1] == "SBO De Wissel"
    assert split_role_organisation("Provincie Fryslân | Afdeling Kultuer")[1] == "Provincie Fryslân"
    assert split_role_organisation("beleidsmedewerker van de provincie")[1] is None


def test_a_school_the_writer_says_she_works_at_is_her_organisation():
    from mailbot.signatures import _role_at_in_text
    assert _role_at_in_text("Ik ben adjunct-directeur van cbs De Zaaier en sinds kort leescoördinator.") \
        == ("adjunct-directeur", "cbs De Zaaier")


@pytest.mark.parametrize("sentence", [
    "Ik heb mijn collega Naima Bouzid, adjunct-directeur, gevraagd mij te vervangen.",
    "Graag had ik mijn inschrijving laten overnemen door mijn collega Pieter-Jan Maes.",
    "Mevrouw Marleen Jonkman, directeur, wordt vanwege een bestuursvergadering vervangen door de heer Tim Schreurs.",
])
def test_dutch_replacement_phrasings_name_who_comes_instead(sentence):
    from mailbot.attendees import REPLACES
    assert REPLACES.search(sentence)


@pytest.mark.parametrize("after", [
    " is tot na de zomer met ziekteverlof.",  # 'Onze directeur Hans Aalbers is … met ziekteverlof': away, only mentioned
    ", ontving ik de uitnodiging voor de gesprekstafel.",  # 'Via de directeur, mevrouw Çelik, ontving ik de uitnodiging'
    " could let me know whether the topic will be discussed.",  # 'if Ms Toonen could let me know': asked, not a guest
])
def test_someone_away_passing_on_or_asked_to_answer_is_only_mentioned(after):
    from mailbot.attendees import _NOT_COMING_NOW
    assert _NOT_COMING_NOW.match(after)


def test_someone_who_can_tell_more_about_a_topic_still_comes():
    from mailbot.attendees import _NOT_COMING_NOW
    assert not _NOT_COMING_NOW.match(", mee; hij heeft de digitale inclusie onder zijn hoede en kan daar meer over vertellen dan ik.")
    assert not _NOT_COMING_NOW.match(" (a.smit@x.example.nl) komt ook; could you let me know the link?")  # the reader is asked


def test_a_question_whether_the_readers_are_signed_up_signs_nobody_up():
    from mailbot.attendees import _YOU_ARE_SIGNED_UP
    assert not _YOU_ARE_SIGNED_UP.search("Ben je al aangemeld voor het webinar?")
    assert _YOU_ARE_SIGNED_UP.search("You are both registered herewith.")


def test_who_only_forwarded_the_invitation_is_no_guest():
    from mailbot.attendees import _author_passed_invitation_on
    note = ("Onderstaande uitnodiging kreeg ik via Karin van de Kamp doorgestuurd; blijkbaar stond ik nog niet op jullie "
            "verzendlijst. Ik doe graag mee op de 24e.")
    assert _author_passed_invitation_on(note, "Karin van de Kamp")
    assert not _author_passed_invitation_on("Karin kan niet, wil je haar afmelden?", "Karin van de Kamp")


def test_the_director_a_secretary_writes_for_is_the_one_replaced():
    from mailbot.attendees import role_named_people
    text = ("I am writing on behalf of our Director, Grace Okonkwo, who is registered for the Gesprekstafel on 24 June. "
            "Unfortunately she can no longer attend because of a clash. She would like to send our Deputy Director, "
            "Daan Verhagen, in her place.")
    assert [a.name for a in role_named_people(text, ["Hannah Mercer", "Daan Verhagen"], cancelling=True)] == ["Grace Okonkwo"]


def test_a_name_without_address_takes_the_recipient_address_that_spells_it():
    from mailbot.attendees import _spelled_by_recipient
    to = ("l.peeters@bm.example.nl", "aanmelden@example.org")
    assert _spelled_by_recipient("Lonneke Peeters", to, {"aanmelden@example.org"}) == "l.peeters@bm.example.nl"
    assert _spelled_by_recipient("Lonneke Jansen", to, {"aanmelden@example.org"}) is None


def test_a_name_and_library_under_a_one_line_mail_are_its_signature():
    from mailbot.signatures import _signed_under_sentence
    assert _signed_under_sentence(["Aanmelden webinar 28/3 graag.", "Fatma Kaya", "Bibliotheek Venlo-Oost"]) \
        == "Fatma Kaya\nBibliotheek Venlo-Oost"
    assert _signed_under_sentence(["Aanmelden webinar 28/3 graag.", "Wij komen met z'n tweeën", "Groet"]) == ""


def test_a_library_service_organisation_in_brackets_after_the_name_is_theirs():
    from mailbot.attendees import _stated_organisation
    text = "Ter verwerking: Ingrid Mol (Bibliotheekservice Zuidoost, adviseur leesbevordering) belde net dat ze niet kan komen."
    assert _stated_organisation("Ingrid Mol", text) == "Bibliotheekservice Zuidoost"


def test_a_teachers_school_by_its_name_alone_or_after_the_class():
    from mailbot.signatures import _role_at_in_text, split_role_organisation
    assert split_role_organisation("leerkracht groep 7/8, De Regenboog") == ("leerkracht groep 7/8", "De Regenboog")
    assert split_role_organisation("directeur, Den Haag")[1] is None  # only a teacher's line names a school so
    assert _role_at_in_text("Hallo, ik ben leerkracht van groep 6 op obs De Wilgenhoek en wil graag meedoen.") \
        == ("leerkracht van groep 6", "obs De Wilgenhoek")


def test_a_school_right_after_the_role_is_the_persons_organisation():
    from mailbot.attendees import _stated_organisation
    text = ("Lieke van Dam, intern begeleider cbs Het Kompas (mijn adres is dit adres)\n"
            "Rob Teunissen, directeur cbs Het Kompas, r.teunissen@hk.example.nl")
    assert _stated_organisation("Lieke van Dam", text) == "cbs Het Kompas"
    assert _stated_organisation("Rob Teunissen", text) == "cbs Het Kompas"


def test_both_a_colleague_and_i_mid_sentence_names_the_colleague():
    from mailbot.attendees import role_named_people
    text = "I'm afraid that both Mark Verhoef and I have to withdraw from the round table on 24/6."
    assert [a.name for a in role_named_people(text, ["Claire Dubois"], cancelling=True)] == ["Mark Verhoef"]


def test_an_alderman_who_comes_or_cancels_is_named_not_one_who_gives_the_reason():
    from mailbot.attendees import _aldermen_who_act
    assert _aldermen_who_act("Wethouder Shanti Ramdin (portefeuille Onderwijs) neemt graag deel.") == ["Shanti Ramdin"]
    assert _aldermen_who_act("Wethouder Van der Laan kan maandag helaas toch niet.") == ["Van der Laan"]
    assert _aldermen_who_act("Wethouder Van Dam heeft net laten weten dat hij die dag op werkbezoek komt.") == []


def test_a_surname_is_completed_from_a_form_line_of_the_quoted_confirmation():
    from mailbot.attendees import _fuller_in_text
    assert _fuller_in_text("Van der Laan", "Geachte heer Van der Laan,\n\nNaam: Frank van der Laan\nOrganisatie: gemeente X") \
        == "Frank van der Laan"


def test_the_signature_cell_the_mail_domain_spells_is_the_organisation():
    from mailbot.signatures import _org_spelled_by_domain
    signature = "Met hartelijke groet,\nJoke van Rijswijk\nbestuurssecretaris\n\nSPO Waterrijk – primair onderwijs in de Vechtstreek"
    assert _org_spelled_by_domain(signature, "bestuursbureau@spo-waterrijk.example.nl") == "SPO Waterrijk"
    assert _org_spelled_by_domain(signature, "joke@gmail.example.com") is None


def test_the_organiser_greeted_is_not_the_writers_organisation():
    from mailbot.signatures import _org_in_text
    assert _org_in_text("Beste mensen van Stichting Lezen,\n\nNamens het bestuur meld ik twee mensen aan.") is None


def test_a_masters_in_education_after_the_name_is_no_part_of_it():
    from mailbot.names import clean_name
    assert clean_name("Wendy Oosterbeek MEd") == "Wendy Oosterbeek"


@pytest.mark.parametrize(("written", "name"), [
    ("Hr. drs. E.F. Lammerts van Bueren", "E.F. Lammerts van Bueren"),
    ("juf Sanne", "Sanne"),
    ("meester Ferry Lubbers", "Ferry Lubbers"),
    ("jhr. drs. Dirk-Jan Bosch van Drakestein", "Dirk-Jan Bosch van Drakestein"),
])
def test_titles_a_school_or_an_old_letter_puts_before_a_name_are_no_part_of_it(written: str, name: str):
    """'juf Sanne' is how a pupil's parent writes her; the registration is for Sanne."""
    from mailbot.names import clean_name
    assert clean_name(written) == name


@pytest.mark.parametrize(("line", "org"), [
    ("Policy Adviser | Sectorvereniging Openbare Bibliotheken", "Sectorvereniging Openbare Bibliotheken"),  # the association's word
    ("MSc student Educational Sciences, Utrecht University", "Utrecht University"),  # a university, its place first
    ("KB - nationale bibliotheek", "KB - nationale bibliotheek"),  # letters and what it is: one name
    ("Directeur Bibliotheek Kennemerwaard / vestiging Alkmaar", "Bibliotheek Kennemerwaard"),  # the library, not its branch
    ("Literacy coordinator, International School Brabant – Primary", "International School Brabant – Primary"),  # its part
    ("Directeur Rozet / Bibliotheek Arnhem", "Rozet / Bibliotheek Arnhem"),  # the house and its library, a capital role before
    ("Head of Learning / Bibliotheek Utrecht", "Bibliotheek Utrecht"),  # the role's field is no house
    ("intern begeleider PC IKC De Ark", "PC IKC De Ark"),  # a school's denomination before its kind
    ("Dalton IKC De Regenboog", "Dalton IKC De Regenboog"),  # … or its way of teaching
])
def test_an_association_a_university_or_a_national_library_is_the_organisation(line, org):
    from mailbot.signatures import split_role_organisation
    assert split_role_organisation(line)[1] == org


def test_the_undersigned_in_a_list_is_the_writer():
    from mailbot.lists import _SELF
    assert _SELF.search("the undersigned, Ulrika Bergström, Secretary General of the Network")
    assert _SELF.search("ondergetekende en de heer Oosterhuis")  # Dutch too, in a list after a colon (the fourteenth session: the
    # list reads the writer and 'de heer Oosterhuis (jw.oosterhuis@…)', named in full before, as the sentence did)


def test_a_network_of_library_leaders_keeps_its_place_words():
    from mailbot.signatures import split_role_organisation
    assert split_role_organisation("Nordic Public Library Leaders Network") == (None, "Nordic Public Library Leaders Network")


def test_readers_told_they_are_signed_up_are_named_from_greeting_and_address():
    from mailbot.attendees import _YOU_ARE_SIGNED_UP, _first_name_and_address
    assert _YOU_ARE_SIGNED_UP.search("De aanmeldbalie staat in de cc, dus bij deze zijn jullie allebei aangemeld.")
    assert not _YOU_ARE_SIGNED_UP.search("Ik heb me aangemeld voor het webinar.")
    text = "Hoi Sanne en Youssef,\n\nZie hieronder."
    assert _first_name_and_address("s.mulder@bm.example.nl", text) == "Sanne Mulder"
    assert _first_name_and_address("s.vandijk@bm.example.nl", text) is None  # particles: the surname cannot be spelled


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    # 'X wordt vervangen door Y (…)': X, named without an address, leaves; not the secretary who writes
    ("Goedemiddag,\n\nGraag de volgende wijziging voor het webinar van 28 maart:\n\nAanmelding van Femke Hoogstraten "
     "wordt vervangen door Ruud Baarsma (r.baarsma@dal.example.nl).\n\nFemke gaat met verlof.\n\nGroet,\nIngrid Pol\n"
     "Secretariaat\nBibliotheek Dalfsen", "Ingrid Pol <i.pol@dal.example.nl>", "Wijziging deelnemer webinar",
     [("Femke Hoogstraten", None, "Bibliotheek Dalfsen"), ("Ruud Baarsma", "r.baarsma@dal.example.nl", "Bibliotheek Dalfsen")]),
    # 'please replace X by Y (…)'
    ("Hello,\n\nFor the webinar on 28 March: please replace Anton Kruger by Mila Dekkers (m.dekkers@ven.example.nl). "
     "Anton has left the team.\n\nRegards,\nSaskia Brom\nOffice manager\nBibliotheek Venray",
     "Saskia Brom <s.brom@ven.example.nl>", "Change of participant webinar 28 March",
     [("Anton Kruger", None, "Bibliotheek Venray"), ("Mila Dekkers", "m.dekkers@ven.example.nl", "Bibliotheek Venray")]),
    # 'Ik laat mij vervangen door mijn collega …': the writer leaves, the colleague comes
    ("Hoi,\n\nIk kan op 28 maart helaas niet bij het webinar zijn. Ik laat mij vervangen door mijn collega Daan Wessels, "
     "ook leesconsulent. Zijn adres: d.wessels@ber.example.nl\n\nGroet,\nNina Smeets\nBibliotheek Bergeijk",
     "Nina Smeets <n.smeets@ber.example.nl>", "Webinar 28 maart",
     [("Nina Smeets", "n.smeets@ber.example.nl", "Bibliotheek Bergeijk"), ("Daan Wessels", "d.wessels@ber.example.nl", "Bibliotheek Bergeijk")]),
    # a colleague only asked whether he will go, who signs up himself if so: not an attendee
    ("Helaas moet ik mijn aanmelding voor het webinar van 28 maart intrekken. Ik heb mijn collega Stijn Lamers gevraagd of "
     "hij wil gaan; als hij kan, meldt hij zich zelf bij jullie aan.\n\nGroet,\nMarieke Bos\nBibliotheek Waalwijk",
     "Marieke Bos <m.bos@waa.example.nl>", "Afmelding webinar",
     [("Marieke Bos", "m.bos@waa.example.nl", "Bibliotheek Waalwijk")]),
])
def test_who_leaves_and_who_comes_in_a_change(body, sender, subject, expected):
    assert sorted(_who(body, sender, subject)) == sorted(expected)


def test_replacement_phrasings_are_read():
    from mailbot.attendees import REPLACES
    for text in ("Ik wil mijn aanmelding graag overdragen aan mijn collega Mieke Tol.",
                 "I've arranged for my place to be taken over by Bram Wouters.", "ipv mij komt Lisa Hoekstra",
                 "Ik laat mij vervangen door Joris.", "please replace Jan de Boer by Marieke Huisman",
                 "vervang Jan de Boer door mevrouw Huisman"):
        assert REPLACES.search(text), text
    assert not REPLACES.search("Could you replace the link with the new one?")


def test_the_writer_with_a_remark_and_a_colleague_both_come():
    assert sorted(_who("We'd like to register for the webinar on 28 March: myself (Ilse Verhoef, reading consultant) and "
                       "my colleague Bas Mertens (b.mertens@zw.example.nl).\n\nThanks,\nIlse Verhoef\nBibliotheek Zwolle",
                       "Ilse Verhoef <i.verhoef@zw.example.nl>", "Webinar 28 March")) == [
        ("Bas Mertens", "b.mertens@zw.example.nl", "Bibliotheek Zwolle"), ("Ilse Verhoef", "i.verhoef@zw.example.nl", "Bibliotheek Zwolle")]


def _cancelled(body: str, sender: str, subject: str) -> list[tuple]:
    """(name, email, organisation) of the people a mail read as a cancellation is about (whatever its intent)."""
    from mailbot.attendees import find_attendees
    from mailbot.parse import parse
    from mailbot.signatures import describe_sender
    from tests.servers import make_message

    p = parse(make_message(sender=sender, subject=subject, body=body))
    people, _ = find_attendees(p, p.text, "cancel", set(), describe_sender(p), False)
    return [(a.name, a.email, a.organisation) for a in people]


def test_a_name_struck_off_is_cancelled_and_one_who_takes_part_stays():
    # 'Van onze aanmelding vervalt de naam van X. Y neemt wel gewoon deel.': only X is cancelled
    assert _cancelled("Goedemorgen,\n\nVan onze aanmelding voor het webinar op 28 maart vervalt de naam van Gijs Ploeger. "
                      "Wendy Arts neemt wel gewoon deel.\n\nMet vriendelijke groet,\nTon Kuipers\nSecretariaat\nBibliotheek Oldambt",
                      "Ton Kuipers <secretariaat@old.example.nl>", "Aanpassing deelnemers webinar") == [
        ("Gijs Ploeger", None, "Bibliotheek Oldambt")]
    # 'Nicole kan helaas niet; Kees komt in haar plaats (…). Ik blijf gewoon deelnemen.': the writer stays
    assert sorted(_cancelled("Wij hadden ons met z'n tweeën aangemeld voor het webinar op 28 maart: Roos Veldman en ik. Roos kan "
                             "helaas niet; Jelle Brink komt in haar plaats (j.brink@mh.example.nl). Ik blijf gewoon deelnemen."
                             "\n\nGroetjes,\nAnouk Visser\nBibliotheek Maashorst", "Anouk Visser <a.visser@mh.example.nl>",
                             "Aanmelding webinar")) == [("Jelle Brink", "j.brink@mh.example.nl", "Bibliotheek Maashorst"),
                                                         ("Roos Veldman", None, "Bibliotheek Maashorst")]


@pytest.mark.parametrize(("signature", "expected"), [
    # name, role and organisation in one long line of cells
    ("Met vriendelijke groet,\nMarco Hulst - bovenschools coördinator lezen en taal - Stichting Openbaar Onderwijs Deventer",
     ("Marco Hulst", "bovenschools coördinator lezen en taal", "Stichting Openbaar Onderwijs Deventer")),
    # 'Library Educator' is a role, the library is on the next line
    ("Thanks!\nAnna Wester\nLibrary Educator\nBibliotheek Hilversum", ("Anna Wester", "Library Educator", "Bibliotheek Hilversum")),
    # a logo's text in brackets
    ("Kind regards,\nJoost Veen\nEducation Advisor\n[Logo Bibliotheek Tilburg]", ("Joost Veen", "Education Advisor", "Bibliotheek Tilburg")),
    # a one-word name and a lower-case description of what it is
    ("Kind regards,\nLars Hoek\nProBiblio | provincial library service organisation Noord-Holland", ("Lars Hoek", None, "ProBiblio")),
    # a school's kind before its name: 'Kindcentrum', 'KBS'
    ("Met vriendelijke groet,\nEls Vink\nAdministratie Kindcentrum De Vlonder", ("Els Vink", None, "Kindcentrum De Vlonder")),
    # … and a place after it is no brand: 'obs De Linde, Zwolle'
    ("Vriendelijke groet,\nKarim Said\ndirecteur obs De Esch, Zwolle", ("Karim Said", "directeur", "obs De Esch")),
])
def test_what_a_signature_says(signature, expected):
    from mailbot.signatures import signature_facts
    assert signature_facts(signature) == expected


def test_a_school_kind_and_a_library_name_with_en_meer():
    from mailbot.signatures import split_role_organisation
    assert split_role_organisation("KBS Sint Maarten") == (None, "KBS Sint Maarten")
    assert _who("Graag meld ik onze directeur, mevrouw drs. A. de Wit, directeur van Bibliotheek Vecht en omstreken, aan voor "
                "de gesprekstafel van 24 juni.\n\nMet vriendelijke groet,\nPetra Mol\nSecretariaat",
                "Petra Mol <p.mol@vecht.example.nl>", "Aanmelding gesprekstafel")[0][2] == "Bibliotheek Vecht en omstreken"


def test_a_table_with_a_position_column():
    from mailbot.lists import column_table
    from mailbot.understanding import Attendee
    text = ("Name\tPosition\tOrganisation\tE-mail\nLinda Kos\tTeacher group 5\tIKC De Wilg\tl.kos@ex.example.nl\n"
            "Tim van Rooij\tReading coordinator\tCBS Het Anker\tt.vanrooij@ex.example.nl\n")
    assert [(a.name, a.email, a.organisation, a.role) for a in column_table(text, Attendee("X", "x@ex.example.nl"))] == [
        ("Linda Kos", "l.kos@ex.example.nl", "IKC De Wilg", "Teacher group 5"),
        ("Tim van Rooij", "t.vanrooij@ex.example.nl", "CBS Het Anker", "Reading coordinator")]


def test_an_invoice_address_is_no_attendee_and_a_surname_is_read_in_full_from_the_signature():
    assert _cancelled("I am writing on behalf of Mr. Pieter de Boer, director of Bibliotheek Oss. Unfortunately he has to cancel "
                      "his registration for the round table on 24 June.\n\nIf a fee applies, please send the invoice to our "
                      "finance department, finance@oss.example.nl.\n\nKind regards,\nEva Lin\nExecutive assistant\nBibliotheek Oss",
                      "Eva Lin <e.lin@oss.example.nl>", "Cancellation round table") == [("Pieter de Boer", None, "Bibliotheek Oss")]
    assert _cancelled("Helaas moet ik de heer Van Dongen afmelden voor de gesprekstafel van 24 juni.\n\nMet vriendelijke groet,\n"
                      "namens Bart van Dongen, directeur-bestuurder DOK\n\nSara Pijl\nSecretariaat | DOK",
                      "Secretariaat DOK <secretariaat@dok.example.nl>", "Afmelding")[0][:2] == ("Bart van Dongen", None)


def test_names_between_moeten_and_zich_afmelden_are_cancelled():
    assert sorted(_cancelled("Beste organisatie,\n\nHelaas moeten Sara Koning (leerkracht groep 4) en Bas Timmer (leerkracht "
                             "groep 8) van Kindcentrum De Boog zich afmelden voor het webinar van 28 maart.\n\nMet vriendelijke groet,\n"
                             "Joke Smit\nAdministratie Kindcentrum De Boog", "Joke Smit <j.smit@deboog.example.nl>", "Afmelding")) == [
        ("Bas Timmer", None, "Kindcentrum De Boog"), ("Sara Koning", None, "Kindcentrum De Boog")]


def test_the_writer_who_takes_over_a_registration_in_their_name():
    # 'Kan haar aanmelding op mijn naam gezet worden? Ellen komt dus niet meer.': she leaves, the writer comes
    assert sorted(_cancelled("Sinds deze maand neem ik de scholen van Mirjam Goossens over. Mirjam had zich aangemeld voor het "
                             "webinar op 28 maart. Kan haar aanmelding op mijn naam gezet worden? Mirjam komt dus niet meer.\n\n"
                             "Groet,\nDewi Lim\nLeesconsulent\nBibliotheek Lelystad", "Dewi Lim <d.lim@lel.example.nl>",
                             "Aanmelding overnemen")) == [("Dewi Lim", "d.lim@lel.example.nl", "Bibliotheek Lelystad"),
                                                          ("Mirjam Goossens", None, "Bibliotheek Lelystad")]


def test_a_library_named_in_lower_case_on_its_own_line():
    from mailbot.signatures import signature_facts
    assert signature_facts("Best regards,\n\nKoen Maas\nManaging Director\nde nieuwe bibliotheek\nAlmere") == (
        "Koen Maas", "Managing Director", "de nieuwe bibliotheek")


def test_names_after_an_inverted_kunnen_with_niet_are_cancelled():
    assert sorted(_cancelled("Beste Seher,\n\nVanwege een onverwachte raadsvergadering kunnen Hugo Verhaar en Nadia Bouzid "
                             "maandag helaas niet bij de gesprekstafel zijn. Wilt u hen allebei afmelden?\n\nMet vriendelijke groet,\n\n"
                             "Karin Mol\nsecretariaat directie\nBibliotheek Rivierenland",
                             "Secretariaat <secretariaat@riv.example.nl>", "Afmelding gesprekstafel")) == [
        ("Hugo Verhaar", None, "Bibliotheek Rivierenland"), ("Nadia Bouzid", None, "Bibliotheek Rivierenland")]


def test_the_writers_private_address_for_the_link_is_no_second_attendee():
    assert _who("I would like to register for the webinar on Thursday 28 March. I'm on leave until 25 March, so please also "
                "send the link to my private address, tessa.r@home.example.com, so I can find it.\n\nKind regards,\n\n"
                "Tessa Ruiter\nReading consultant\nBibliotheek Gouda", "Tessa Ruiter <t.ruiter@gouda.example.nl>",
                "Registration webinar 28 March") == [("Tessa Ruiter", "t.ruiter@gouda.example.nl", "Bibliotheek Gouda")]


@pytest.mark.parametrize("sentence", [
    "Ik kan helaas niet; mijn collega Pim Roos (p.roos@ex.example.nl) valt voor mij in.",
    "I can't make it; my colleague Pim Roos (p.roos@ex.example.nl) will be replacing me.",
    "I can't make it; my colleague Pim Roos (p.roos@ex.example.nl) is standing in for me.",
    "Ik kan niet, maar mijn collega Pim Roos (p.roos@ex.example.nl) komt namens mij.",
    "I can't make it, so my colleague Pim Roos (p.roos@ex.example.nl) will attend on my behalf.",
])
def test_more_ways_to_say_someone_takes_the_writers_place(sentence):
    from mailbot.attendees import REPLACES
    assert REPLACES.search(sentence)
    found = sorted(_cancelled(f"Beste Seher,\n\n{sentence}\n\nGroet,\nLies Dam\nBibliotheek Assen", "Lies Dam <l.dam@ex.example.nl>",
                              "Gesprekstafel 24 juni"))
    assert found == [("Lies Dam", "l.dam@ex.example.nl", "Bibliotheek Assen"), ("Pim Roos", "p.roos@ex.example.nl", "Bibliotheek Assen")]


def test_in_de_plaats_van_names_the_one_who_leaves():
    from mailbot.attendees import IN_PLACE_OF
    assert IN_PLACE_OF.search("Pim Roos komt in de plaats van mevrouw De Wit")
    assert IN_PLACE_OF.search("Pim Roos neemt de plaats in van Els Kok")


@pytest.mark.parametrize("sentence", [
    "Rob Vos wordt vervangen door Ilse Mets (i.mets@ex.example.nl).",
    "Please note: Rob Vos will be replaced by Ilse Mets (i.mets@ex.example.nl).",
    "Graag Rob Vos vervangen door Ilse Mets (i.mets@ex.example.nl).",
    "Could you swap Rob Vos for Ilse Mets (i.mets@ex.example.nl)?",
    "Wilt u Rob Vos afmelden en Ilse Mets (i.mets@ex.example.nl) aanmelden?",
    "Could you change the registration from Rob Vos to Ilse Mets (i.mets@ex.example.nl)?",
    "Kunt u de aanmelding van Rob Vos wijzigen naar Ilse Mets (i.mets@ex.example.nl)?",
])
def test_one_name_for_another(sentence):
    found = _cancelled(f"Goedemorgen,\n\n{sentence}\n\nGroet,\nLies Dam\nSecretariaat\nBibliotheek Assen",
                       "Lies Dam <l.dam@ex.example.nl>", "Wijziging webinar 28 maart")
    assert sorted(found) == [("Ilse Mets", "i.mets@ex.example.nl", "Bibliotheek Assen"), ("Rob Vos", None, "Bibliotheek Assen")]


@pytest.mark.parametrize(("sentence", "names"), [
    ("Graag Rob Vos afmelden voor het webinar van 28 maart.", ["Rob Vos"]),
    ("Hierbij meld ik Rob Vos en Ilse Mets af voor het webinar.", ["Ilse Mets", "Rob Vos"]),
    ("Please cancel the registration of Rob Vos.", ["Rob Vos"]),
    ("Ik wil graag de aanmelding van Rob Vos annuleren.", ["Rob Vos"]),
    ("De aanmelding van Rob Vos kan vervallen.", ["Rob Vos"]),
    ("Rob Vos zal niet aanwezig zijn.", ["Rob Vos"]),
    ("Rob Vos komt helaas niet.", ["Rob Vos"]),
])
def test_a_cancellation_names_who_is_off(sentence, names):
    found = _cancelled(f"Goedemorgen,\n\n{sentence}\n\nGroet,\nLies Dam\nSecretariaat\nBibliotheek Assen",
                       "Lies Dam <l.dam@ex.example.nl>", "Afmelding webinar 28 maart")
    assert sorted(a[0] for a in found) == names


@pytest.mark.parametrize(("sentence", "names"), [
    ("Graag Rob Vos aanmelden voor het webinar van 28 maart.", ["Rob Vos"]),
    ("Hierbij meld ik Rob Vos en Ilse Mets aan voor het webinar van 28 maart.", ["Ilse Mets", "Rob Vos"]),
    ("Meld Rob Vos maar aan voor het webinar van 28 maart.", ["Rob Vos"]),
])
def test_a_sign_up_with_the_verb_split_round_the_names(sentence, names):
    found = _who(f"Goedemorgen,\n\n{sentence}\n\nGroet,\nLies Dam\nSecretariaat\nBibliotheek Assen",
                 "Lies Dam <l.dam@ex.example.nl>", "Aanmelding webinar 28 maart")
    assert sorted(a[0] for a in found) == names


@pytest.mark.parametrize(("body", "sender", "expected"), [
    ("Mijn naam is Noor Aziz, leerkracht op OBS De Klimop, en ik wil me graag aanmelden voor het webinar van 28 maart.\n\n"
     "Groet,\nNoor", "n.aziz@klimop.example.nl", ("Noor Aziz", "n.aziz@klimop.example.nl", "OBS De Klimop")),
    ("Ik ben Noor Aziz, intern begeleider bij KBS De Wegwijzer. Graag meld ik mij aan voor het webinar van 28 maart.\n\n"
     "Groet,\nNoor", "n.aziz@wegwijzer.example.nl", ("Noor Aziz", "n.aziz@wegwijzer.example.nl", "KBS De Wegwijzer")),
    ("Graag meld ik mij aan voor het webinar van 28 maart. Ik ben leerkracht bij Kindcentrum De Bron.\n\nNoor Aziz",
     "noor@bron.example.nl", ("Noor Aziz", "noor@bron.example.nl", "Kindcentrum De Bron")),
    ("I'd like to register for the webinar on 28 March. I am a reading consultant at Bibliotheek Assen.\n\nNoor Aziz",
     "noor@assen.example.nl", ("Noor Aziz", "noor@assen.example.nl", "Bibliotheek Assen")),
])
def test_the_writer_says_who_and_where_in_the_text(body, sender, expected):
    assert _who("Goedemorgen,\n\n" + body, sender, "Aanmelding webinar 28 maart") == [expected]


@pytest.mark.parametrize("sentence", [
    "Could you take Rob Vos off the list?",
    "Rob Vos won't be able to make it on Thursday.",
    "I'm afraid Rob Vos can't make it.",
    "Rob Vos sends his apologies for the round table.",
    "Rob Vos moet zich helaas afmelden.",
    "Rob Vos meldt zich af voor het webinar.",
    "Rob Vos zegt af voor het webinar.",
    "Rob Vos is ill and will not attend.",
    "Rob Vos is helaas ziek en meldt zich af.",
])
def test_more_ways_to_say_someone_named_is_off(sentence):
    found = _cancelled(f"Good morning,\n\n{sentence}\n\nKind regards,\nLies Dam\nSecretary\nBibliotheek Assen",
                       "Lies Dam <l.dam@ex.example.nl>", "Cancellation webinar 28 March")
    assert found == [("Rob Vos", None, "Bibliotheek Assen")]


@pytest.mark.parametrize(("sentence", "names"), [
    ("I would like to register Rob Vos and Ilse Mets for the webinar on 28 March.", ["Ilse Mets", "Rob Vos"]),
    ("Rob Vos en Ilse Mets willen graag deelnemen aan het webinar van 28 maart.", ["Ilse Mets", "Rob Vos"]),
    ("Voor het webinar van 28 maart wil ik graag Rob Vos aanmelden.", ["Rob Vos"]),
    ("Graag schrijf ik Rob Vos in voor het webinar van 28 maart.", ["Rob Vos"]),
    ("Hierbij geef ik Rob Vos op voor het webinar van 28 maart.", ["Rob Vos"]),
    ("Zou u Rob Vos willen aanmelden voor het webinar van 28 maart?", ["Rob Vos"]),
])
def test_a_sign_up_for_others_named_in_full(sentence, names):
    found = _who(f"Goedemorgen,\n\n{sentence}\n\nGroet,\nLies Dam\nSecretariaat\nBibliotheek Assen",
                 "Lies Dam <l.dam@ex.example.nl>", "Aanmelding webinar 28 maart")
    assert sorted(a[0] for a in found) == names


def test_schrijf_or_geef_needs_its_particle():
    from mailbot.attendees import _names_asked_for
    assert _names_asked_for("Graag geef ik Rob Vos op voor het webinar.", []) != []
    assert _names_asked_for("Graag geef ik Rob Vos de link voor het webinar.", []) == []


def test_replaces_reads_a_name_by_its_capital():
    from mailbot.attendees import REPLACES
    assert REPLACES.search("Could you swap Rob Vos for Ilse Mets?")
    assert not REPLACES.search("Could you swap the slides for the new ones?")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Graag meld ik Rob Vos (r.vos@ex.example.nl) van Bibliotheek Emmen aan voor het webinar van 28 maart.",
     [("Rob Vos", "r.vos@ex.example.nl", "Bibliotheek Emmen")]),
    ("Graag meld ik aan: Rob Vos (Bibliotheek Emmen, r.vos@ex.example.nl) en Ilse Mets (OBS De Es, i.mets@es.example.nl).",
     [("Rob Vos", "r.vos@ex.example.nl", "Bibliotheek Emmen"), ("Ilse Mets", "i.mets@es.example.nl", "OBS De Es")]),
    ("Ook mijn collega Rob Vos (r.vos@ex.example.nl), intern begeleider op CBS De Ark, wil graag deelnemen aan het webinar van "
     "28 maart.", [("Rob Vos", "r.vos@ex.example.nl", "CBS De Ark")]),
    ("Namens Kindcentrum De Es meld ik Rob Vos (r.vos@es.example.nl) aan voor het webinar van 28 maart.",
     [("Rob Vos", "r.vos@es.example.nl", "Kindcentrum De Es")]),
])
def test_the_organisation_the_text_gives_a_person(sentence, expected):
    assert _who(f"Goedemorgen,\n\n{sentence}\n\nGroet,\nLies Dam\nSecretariaat\nBibliotheek Assen",
                "Lies Dam <l.dam@ex.example.nl>", "Aanmelding webinar 28 maart") == expected


@pytest.mark.parametrize("sentence", [
    "Mevrouw drs. A. de Wit kan helaas niet. In haar plaats komt de heer B. Kos (b.kos@ex.example.nl).",
    "Anna de Wit cannot attend; her colleague Bram Kos (b.kos@ex.example.nl) will take her place.",
    "Anna de Wit is verhinderd, Bram Kos (b.kos@ex.example.nl) gaat in haar plaats.",
    "Instead of Anna de Wit, Bram Kos (b.kos@ex.example.nl) will attend.",
])
def test_who_leaves_when_both_are_named_in_the_change(sentence):
    found = _cancelled(f"Goedemorgen,\n\n{sentence}\n\nGroet,\nLies Dam\nSecretariaat\nBibliotheek Assen",
                       "Lies Dam <l.dam@ex.example.nl>", "Wijziging gesprekstafel")
    assert sorted((a[0].split()[-1], a[1]) for a in found) == [("Kos", "b.kos@ex.example.nl"), ("Wit", None)]


def test_an_address_from_our_confirmation_forwarded_below():
    # 'Mevrouw Jansen kan niet' over our confirmation forwarded (not quoted): 'Aan: Els Jansen <e.jansen@…>'
    body = ("Goedemorgen,\n\nMevrouw Jansen kan helaas niet deelnemen aan het webinar. Wilt u haar afmelden?\n\n"
            "Met vriendelijke groet,\n\nLies Dam\nSecretariaat\nBibliotheek Assen\n\n"
            "________________________________\nVan: Seher Hazinedar <seher.hazinedar@example.org>\n"
            "Verzonden: woensdag 28 februari 2024 10:06\nAan: Els Jansen <e.jansen@ex.example.nl>\n"
            "Onderwerp: Bevestiging aanmelding webinar\n\nBeste Els,\n\nHierbij bevestigen wij je aanmelding voor het webinar.\n")
    assert _who(body, "Lies Dam <l.dam@ex.example.nl>", "FW: Bevestiging aanmelding webinar") == \
        [("Els Jansen", "e.jansen@ex.example.nl", "Bibliotheek Assen")]


@pytest.mark.parametrize(("body", "expected"), [
    # 'Beiden komen van …' after the names: their library, over a line's 'manager Lezen & Leren'
    ("Graag meld ik aan:\n\n- Rob Vos, directeur, r.vos@ex.example.nl\n- Ilse Mets, manager Lezen & Leren, i.mets@ex.example.nl\n\n"
     "Beiden komen van Bibliotheek Emmen.\n\nGroet,\nLies Dam\nSecretariaat",
     [("Rob Vos", "r.vos@ex.example.nl", "Bibliotheek Emmen"), ("Ilse Mets", "i.mets@ex.example.nl", "Bibliotheek Emmen")]),
    # a school, with its place after it; and the writer in brackets after 'ik' comes too
    ("Wij doen graag mee: ik (Lies Dam, intern begeleider) en mijn collega Rob Vos (leerkracht, r.vos@ex.example.nl). "
     "Allebei van OBS De Es in Assen.\n\nGroetjes Lies",
     [("Lies Dam", "l.dam@ex.example.nl", "OBS De Es"), ("Rob Vos", "r.vos@ex.example.nl", "OBS De Es")]),
])
def test_where_all_the_named_people_are_from(body, expected):
    assert _who(body, "Lies Dam <l.dam@ex.example.nl>", "Aanmelding webinar 28 maart") == expected


def test_the_writer_named_twice_in_a_list_is_one_person():
    assert _who("Wij komen met z'n tweeën op 24 juni: Rob Vos (directeur) en ik, Lies Dam (adjunct-directeur). "
                "Beiden van Bibliotheek Emmen.\n\nGroet Lies", "Lies Dam <l.dam@ex.example.nl>", "Gesprekstafel") == \
        [("Rob Vos", None, "Bibliotheek Emmen"), ("Lies Dam", "l.dam@ex.example.nl", "Bibliotheek Emmen")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ik ben leescoördinator op OBS De Es in Assen.", ("leescoördinator", "OBS De Es")),
    ("Ik ben schoolbibliothecaris (vrijwilliger) op CBS De Ark.", ("schoolbibliothecaris", "CBS De Ark")),
    ("I'm the primary school librarian at the International School Utrecht and would love to join.",
     ("librarian", "International School Utrecht")),
    ("As coordinator of the Reading Programme I would like to join.", None),  # a programme, no employer
    ("Hi, I'm a teacher at the British School Assen.", ("teacher", "British School Assen")),
    ("Ik ben leerkracht bij De Regenboog in Zwolle.", ("leerkracht", "De Regenboog")),  # a school's capital 'De' stays
])
def test_the_writers_role_at_a_school_in_the_text(text, expected):
    from mailbot.signatures import _role_at_in_text
    assert _role_at_in_text(text) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a one-line mail that signs with name, role and a school by its name alone
    ("Hi, sign me up for the webinar on Thursday pls. Lies Dam, teacher at De Regenboog (Assen)", ("teacher", "De Regenboog")),
    # the role and an organisation without a library word in brackets after the sign-up; no person 'Forum Assen'
    ("Goedemorgen, ik meld me aan voor het webinar (adjunct-directeur Forum Assen). Wanneer krijg ik de link?\n\n--\nLies Dam",
     ("adjunct-directeur", "Forum Assen")),
])
def test_the_writer_describes_themself_in_the_text(body, expected):
    from mailbot.parse import parse
    from mailbot.signatures import describe_sender
    from tests.servers import make_message
    sender = describe_sender(parse(make_message(sender="Lies Dam <l.dam@ex.example.nl>", subject="Webinar", body=body)))
    assert (sender.role, sender.organisation) == expected
    assert _who(body, "Lies Dam <l.dam@ex.example.nl>", "Webinar") == [("Lies Dam", "l.dam@ex.example.nl", expected[1])]


@pytest.mark.parametrize(("line", "expected"), [
    ("ABC Openbare Bibliotheek Utrecht", "ABC Openbare Bibliotheek Utrecht"),  # the letters it goes by, then its name
    ("CEO Bibliotheek Utrecht", "Bibliotheek Utrecht"),  # a role's letters are no part of it
    ("Nordic Association of Public Libraries", "Nordic Association of Public Libraries"),
    ("Head of Public Libraries", None),
    ("Porto Municipal Libraries (PML)", "Porto Municipal Libraries (PML)"),  # its short form in brackets
    ("Bibliotheek Kempen (Belgium)", "Bibliotheek Kempen"),  # a remark in brackets
    ("British School Utrecht – Secondary Campus", "British School Utrecht – Secondary Campus"),
    ("American School Assen - Lower School Campus", "American School Assen - Lower School Campus"),
])
def test_organisation_names_with_letters_of_or_a_campus(line, expected):
    from mailbot.signatures import split_role_organisation
    assert split_role_organisation(line)[1] == expected


def test_who_stays_named_in_brackets_before_blijven_staan():
    found = _cancelled("Hoi,\n\nWil je onze adviseur Rob Vos van de lijst halen? Hij is ziek. De andere aanmeldingen (Ilse, "
                       "Bas en ikzelf) blijven staan.\n\nGroet,\nLies Dam\nTeamleider\nBibliotheek Assen",
                       "Lies Dam <l.dam@ex.example.nl>", "Re: Bevestiging")
    assert [a[0] for a in found] == ["Rob Vos"]


@pytest.mark.parametrize("sentence", [
    # the director who leaves: the acting director writes for themself
    "Onze directeur, Rob Vos, vertrekt per 1 juni naar een andere functie. Tot er een opvolger is ben ik waarnemend "
    "directeur. Ik meld mij dan ook graag aan voor de gesprekstafel op 24 juni.",
    # a colleague who has signed up already himself
    "Mijn collega Rob Vos (Bibliotheek Emmen) gaf aan dat hij zich al heeft aangemeld; ik sluit graag aan. Wil je mij ook "
    "inschrijven voor 24 juni?",
])
def test_a_colleague_only_mentioned_in_a_sign_up(sentence):
    assert _who(f"Beste Seher,\n\n{sentence}\n\nGroet,\nLies Dam\ndirecteur\nBibliotheek Assen",
                "Lies Dam <l.dam@ex.example.nl>", "Gesprekstafel") == [("Lies Dam", "l.dam@ex.example.nl", "Bibliotheek Assen")]


def test_a_titled_person_joined_after_one_with_an_address():
    assert _who("Beste Seher,\n\nHierbij meld ik mevrouw Ilse Mets, directeur (i.mets@ex.example.nl), en de heer Rob Vos, "
                "plaatsvervangend directeur, aan voor de gesprekstafel op 24 juni.\n\nGroet,\nLies Dam\nsecretaris\nBibliotheek Assen",
                "Lies Dam <l.dam@ex.example.nl>", "Aanmelding 24 juni") == \
        [("Ilse Mets", "i.mets@ex.example.nl", "Bibliotheek Assen"), ("Rob Vos", None, "Bibliotheek Assen")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Per 1 maart start Rob Vos bij ons als coördinator onderwijs. Ik meld hem alvast aan voor het webinar op 28 maart.",
     [("Rob Vos", None, "Bibliotheek Assen")]),
    # two people before the pronoun: not clear whom it means, so the writer
    ("Per 1 maart starten Rob Vos en Ilse Mets bij ons. Ik meld hem alvast aan voor het webinar op 28 maart.",
     [("Lies Dam", "l.dam@ex.example.nl", "Bibliotheek Assen")]),
])
def test_someone_signed_up_by_pronoun(sentence, expected):
    assert _who(f"Beste organisatie,\n\n{sentence}\n\nGroet,\nLies Dam\ndirecteur\nBibliotheek Assen",
                "Lies Dam <l.dam@ex.example.nl>", "Aanmelding nieuwe collega") == expected


def test_first_names_off_read_in_full_from_our_confirmation_quoted():
    body = ("Hello again,\n\nUnfortunately both Anna and Bram have to withdraw from Thursday's webinar. Please remove them "
            "from the list.\n\nKind regards,\nLies Dam\nHead of Primary | British School Assen\n\n"
            "On Wed, 6 Mar 2024 at 15:40, Seher Hazinedar <seher.hazinedar@example.org> wrote:\n\n"
            "> Dear Lies,\n>\n> Thank you. Anna de Wit and Bram Kos are registered for the webinar on Thursday 28 March.\n")
    found = _cancelled(body, "Lies Dam <l.dam@ex.example.nl>", "RE: Webinar")
    assert [a[0] for a in found] == ["Anna de Wit", "Bram Kos"]


@pytest.mark.parametrize(("sentence", "names"), [
    ("Helaas, Anna en Bram kunnen donderdag niet.", ["Anna", "Bram"]),
    ("Anna, Bram and Tom both have to withdraw.", ["Anna", "Bram", "Tom"]),
    ("Dag,\n\nIk moet helaas afhaken.", []),  # a greeting and the writer: nobody by first name
    ("Helaas kunnen Anna en Bram donderdag niet bij het webinar zijn.", ["Anna", "Bram"]),  # the verb first
])
def test_first_names_named_off_together(sentence, names):
    from mailbot.attendees import _FIRST_NAME_OFF, _first_names_along
    assert [a.name for a in _first_names_along(sentence, [], _FIRST_NAME_OFF)] == names


@pytest.mark.parametrize(("body", "sender", "expected"), [
    # a brand in mixed capitals where the people come from
    ("Hi there,\n\nWe would like to register two people from LeesPlus (Assen) for the webinar on 28 March:\n\n"
     "- Lies Dam, Director (me)\n- Rob Vos, Education advisor, r.vos@ex.example.nl\n\nThanks!\nLies",
     "Lies Dam <l.dam@ex.example.nl>", [("Lies Dam", "l.dam@ex.example.nl", "LeesPlus"), ("Rob Vos", "r.vos@ex.example.nl", "LeesPlus")]),
    # a library the sender's mail domain spells, named anywhere in the text
    ("Beste organisatie,\n\nEen wijziging voor Bibliotheek Assen: Rob Vos en Ilse Mets kunnen donderdag helaas niet, wilt u "
     "hen afmelden?\n\nGroet,\nLies Dam", "Lies Dam <l.dam@bibliotheekassen.example.nl>",
     [("Rob Vos", None, "Bibliotheek Assen"), ("Ilse Mets", None, "Bibliotheek Assen")]),
])
def test_the_writers_organisation_named_in_the_text(body, sender, expected):
    assert _who(body, sender, "Webinar 28 maart") == expected


def test_the_director_who_has_left_is_not_signed_up_with_the_successor():
    assert _who("Goedemorgen,\n\nOnze directeur Rob Vos is per 1 mei vertrokken. Ik meld graag zijn opvolger Ilse Mets "
                "(i.mets@ex.example.nl) aan voor de gesprekstafel op 24 juni.\n\nGroet,\nLies Dam\nsecretariaat\nBibliotheek Assen",
                "Lies Dam <l.dam@ex.example.nl>", "Gesprekstafel") == [("Ilse Mets", "i.mets@ex.example.nl", "Bibliotheek Assen")]


def test_a_colleague_who_sets_off_early_still_comes():
    assert _who("Beste Seher,\n\nMijn collega Rob Vos vertrekt vroeg uit Assen en komt graag mee naar de "
                "gesprekstafel op 24 juni. Ik meld mij ook aan.\n\nGroet,\nLies Dam\ndirecteur\nBibliotheek Assen",
                "Lies Dam <l.dam@ex.example.nl>", "Gesprekstafel") == \
        [("Lies Dam", "l.dam@ex.example.nl", "Bibliotheek Assen"), ("Rob Vos", None, "Bibliotheek Assen")]


def test_a_role_field_opened_by_an_adjective_is_no_person():
    assert _who("Beste Seher,\n\nMag mijn collega Rob Vos (r.vos@ex.example.nl) ook mee? Hij is bij ons manager Maatschappelijke "
                "Impact en trekt het dossier. Ik meld hem bij deze aan.\n\nGroet,\nLies Dam\ndirecteur\nBibliotheek Assen",
                "Lies Dam <l.dam@ex.example.nl>", "Gesprekstafel") == [("Rob Vos", "r.vos@ex.example.nl", "Bibliotheek Assen")]


@pytest.mark.parametrize(("signature", "expected"), [
    # the cell after the role is the organisation's place, though it has no library word; not the name
    ("--\nLeesconsulent, LeesPunt Zuid", (None, "Leesconsulent", "LeesPunt Zuid")),
    ("Groet,\nLies Dam | adviseur | LeesPunt Zuid", ("Lies Dam", "adviseur", "LeesPunt Zuid")),
    # the role's line holds the name and the role: the next line's first cell is the organisation
    ("Groet,\nLies Dam | adviseur onderwijs\nLeesPunt Zuid | Markt 1 | Assen", ("Lies Dam", "adviseur onderwijs", "LeesPunt Zuid")),
    # a field after the role is the role's: the organisation is the line under it
    ("Regards,\nLies Dam\nSenior Adviser, Reading Partnerships\nReading Agency North", ("Lies Dam", "Senior Adviser", "Reading Agency North")),
    # past a team or department, on its own line or in a cell before the organisation
    ("Groet,\nLies Dam\nadviseur\nTeam Onderwijs\nLeesPunt Zuid", ("Lies Dam", "adviseur", "LeesPunt Zuid")),
    ("Groet,\nLies Dam\nadviseur\nAfdeling Educatie, LeesPunt Zuid", ("Lies Dam", "adviseur", "LeesPunt Zuid")),
    ("Groet,\nLies Dam\nTeam Onderwijs | LeesPunt Zuid", ("Lies Dam", None, "LeesPunt Zuid")),
    # the organisation between the name and the role
    ("Groet,\nLies Dam\nLeesPunt Zuid\nadviseur onderwijs", ("Lies Dam", "adviseur onderwijs", "LeesPunt Zuid")),
])
def test_the_cell_after_the_role_is_the_organisation(signature, expected):
    from mailbot.signatures import signature_facts
    assert signature_facts(signature) == expected


def test_the_organisation_the_mail_domain_spells_beats_a_team_on_the_role_line():
    assert _who("Hello,\n\nPlease register me for the round table on 24 June.\n\nBest,\nLies Dam\n"
                "Senior adviser Library & Society\nLeesPunt\nAssen | 0592 123 456", "Lies Dam <l.dam@leespunt.example.nl>",
                "Round table") == [("Lies Dam", "l.dam@leespunt.example.nl", "LeesPunt")]


@pytest.mark.parametrize(("text", "expected"), [
    ("We both work for Leescentrum Kop van Drenthe.", "Leescentrum Kop van Drenthe"),
    ("Wij werken allebei bij de Bibliotheek Assen en komen graag.", "Bibliotheek Assen"),
    ("Wij (OBS De Linde) willen graag meedoen.", "OBS De Linde"),
    ("- Lies Dam, beleidsadviseur\n- Rob Vos, beleidsmedewerker\n\nBeiden gemeente Assen.", "gemeente Assen"),
    ("Namens OBS De Linde meld ik mij aan.", "OBS De Linde"),
    ("Vanuit de gemeente Assen meld ik mij aan.", "gemeente Assen"),
    ("Hi, we are from Leescentrum Drenthe and would like to join.", "Leescentrum Drenthe"),
    ("Ik ben beleidsadviseur bij de gemeente Assen en kom graag.", "gemeente Assen"),
    ("We are from Assen.", None),  # a place, not an organisation
    ("Mijn collega Rob Vos meld ik ook aan. Hij werkt bij gemeente Assen.", "gemeente Assen"),  # the colleague's, so theirs
    ("We werken allebei op OBS De Linde in Assen.", "OBS De Linde"),  # a school: 'op'
    ("Wij (Lies en Rob) komen graag.", None),  # people in the brackets, not an organisation
    ("Both Lies Dam and Rob Vos would like to come.", None),
])
def test_the_organisation_the_writers_say_they_are_of(text, expected):
    from mailbot.signatures import _own_org_said
    assert _own_org_said(text) == expected


def test_a_from_name_with_a_cell_for_the_organisation():
    assert _who("Beste Seher,\n\nGraag meld ik mij aan voor de gesprekstafel op 24 juni.\n\nGroet,\nLies",
                "Lies Dam | LeesPunt <l.dam@leespunt.example.nl>", "Gesprekstafel")[0][0] == "Lies Dam"


@pytest.mark.parametrize(("text", "expected"), [
    ("Rob Vos van de Bibliotheek Assen komt graag", ("Rob Vos", 7)),
    ("Rob van der Vos, directeur", ("Rob van der Vos", 15)),  # particles of a surname stay
])
def test_a_name_stops_before_the_library_it_runs_into(text, expected):
    from mailbot.lists import person_at
    assert person_at(text) == expected


def test_the_name_an_address_spells_stops_before_the_library():
    from mailbot.attendees import _name_for_address
    assert _name_for_address("r.vos@ex.example.nl", "Wij (Lies Dam en Rob Vos van de Bibliotheek Assen) komen graag.") == "Rob Vos"


def test_the_writer_marks_their_own_name_among_others():
    found = _cancelled("Hello,\n\nPlease cancel the registrations of Lies Dam (me) and Rob Vos (r.vos@ex.example.nl) for "
                       "the webinar.\n\nThanks,\nLies Dam", "Lies Dam <l.dam@ex.example.nl>", "Webinar")
    assert [a[1] for a in found] == ["l.dam@ex.example.nl", "r.vos@ex.example.nl"]


def test_me_with_my_role_in_brackets_and_a_colleague():
    assert [a[1] for a in _who("Hi Seher,\n\nWe'd like to come with two people: me (director) and our deputy director, "
                               "Rob Vos - r.vos@ex.example.nl.\n\nSee you,\nLies\n--\nLies Dam\nBibliotheek Assen",
                               "Lies Dam <l.dam@ex.example.nl>", "Round table")] == ["l.dam@ex.example.nl", "r.vos@ex.example.nl"]


def test_the_writer_who_cannot_come_asked_a_colleague_to_go():
    from mailbot.attendees import find_attendees
    from mailbot.parse import parse
    from mailbot.signatures import describe_sender
    from tests.servers import make_message

    p = parse(make_message(sender="Lies Dam <l.dam@ex.example.nl>", subject="RE: Bevestiging",
                           body="Dag Seher,\n\nIk moet helaas afzeggen voor de gesprekstafel. Ik heb mijn collega gevraagd "
                                "te gaan: Rob Vos, manager Educatie, r.vos@ex.example.nl.\n\n--\nLies"))
    people, _ = find_attendees(p, p.text, "cancel", set(), describe_sender(p), False)
    assert [(a.email, a.action) for a in people] == [("l.dam@ex.example.nl", None), ("r.vos@ex.example.nl", "register")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Wij (Lies Dam en Rob Vos van de Bibliotheek Assen) komen graag.", True),
    ("Rob Vos and Lies Dam would like to come.", True),
    ("Lies Dam schreef eerder al dat Rob Vos komt.", False),
])
def test_the_writer_named_in_full_with_someone_else(text, expected):
    from mailbot.attendees import _writer_named_with_others
    assert _writer_named_with_others(text, "Lies Dam") is expected


def test_the_writer_listed_in_full_over_initials_signed():
    assert _who("Goedemiddag,\n\nWij melden ons aan met:\n- Rob Vos, directeur\n- Lies Dam, intern begeleider\n\n"
                "Met vriendelijke groet,\nR. Vos\nOBS De Linde, Assen", "OBS De Linde - directie <directie@obsdelinde.example.nl>",
                "Webinar 28 maart")[0][:2] == ("Rob Vos", "directie@obsdelinde.example.nl")


@pytest.mark.parametrize(("text", "expected"), [
    ("Our director forwarded this to me (below) and asked me to represent the library.", True),
    ("Mijn directeur vroeg mij om in zijn plaats te gaan.", True),
    ("Mijn directeur heeft mij gevraagd ons te vertegenwoordigen.", True),
    ("Mijn directeur vroeg mij ons allebei aan te melden.", False),  # both come
])
def test_the_forward_s_author_sends_the_writer_in_their_place(text, expected):
    from mailbot.attendees import _SENT_IN_THEIR_PLACE
    assert bool(_SENT_IN_THEIR_PLACE.search(text)) is expected


def test_names_found_by_a_plain_find_as_whole_words():
    from mailbot.attendees import _joined_by_and, has_word
    assert has_word("Rob", "Dag Rob, tot maandag") and not has_word("Rob", "Robert komt") and not has_word("Rob", "Jan-Rob")
    assert _joined_by_and("Dr. Lies Dam and Rob Vos (r.vos@…)", "Lies Dam", "Rob Vos")
    assert not _joined_by_and("Lies Dam schreef, Rob Vos komt", "Lies Dam", "Rob Vos")


def test_the_role_and_organisation_under_a_name_in_history():
    from mailbot.signatures import _signed_in_full, signed_in_history
    quoted = "> Beste Rob Vos,\n>\n> Groet,\n> Rob Vos\n> directeur\n> Bibliotheek Assen\n"
    assert signed_in_history(quoted, "Rob Vos") == ("directeur", "Bibliotheek Assen")
    assert _signed_in_full("Best,\nRob\n\nRob Vos MA\nDirector", "Rob", "r.vos@ex.example.nl") == "Rob Vos MA"


def test_me_and_my_name_in_brackets_before_the_verb():
    assert [a[1] for a in _who("Rob Vos en ik (Lies Dam) komen graag naar de gesprekstafel.\n\nGroet,\nLies\nBibliotheek Assen",
                               "Lies Dam <l.dam@ex.example.nl>", "Gesprekstafel")] == ["l.dam@ex.example.nl", None]


@pytest.mark.parametrize("body", [
    "Ik meld me aan voor het webinar.\n\nLies Dam, LeesPunt Zuid",
    "Ik meld me aan voor het webinar.\n\nLies Dam (LeesPunt Zuid)",
    "Ik meld me aan voor het webinar.\n\nGroet,\nLies Dam - LeesPunt Zuid",
    "Hello,\n\nI'm Lies Dam, reading consultant at LeesPunt Zuid, and I'd like to register for the webinar.\n\nLies",
])
def test_the_writer_s_organisation_after_their_name(body):
    assert _who(body, "Lies Dam <l.dam@ex.example.nl>", "Webinar 28 maart") == [("Lies Dam", "l.dam@ex.example.nl", "LeesPunt Zuid")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Ik wil graag twee collega's aanmelden: Rob Vos en Ilse Mets, beiden van OBS De Linde.\n\nGroet,\nLies Dam",
     [("Rob Vos", None, "OBS De Linde"), ("Ilse Mets", None, "OBS De Linde")]),
    ("Graag meld ik Rob Vos (r.vos@ex.example.nl), wethouder van gemeente Assen, aan.\n\nGroet,\nLies Dam\nbestuurssecretariaat",
     [("Rob Vos", "r.vos@ex.example.nl", "gemeente Assen")]),
])
def test_an_organisation_by_its_kind_for_the_people_named(body, expected):
    assert _who(body, "Lies Dam <l.dam@ex.example.nl>", "Gesprekstafel 24 juni") == expected


@pytest.mark.parametrize(("org", "expected"), [
    ("de Bibliotheek Rivierenland", "Bibliotheek Rivierenland"),
    ("de Nieuwe Bibliotheek", "de Nieuwe Bibliotheek"),  # a name with its article
    ("De Bibliotheek Zuidoost", "De Bibliotheek Zuidoost"),  # written with a capital: the name as the library writes it
])
def test_a_signature_s_lower_case_article_is_not_the_name(org, expected):
    from mailbot.signatures import _without_article
    assert _without_article(org) == expected


def _who_cc(body: str, sender: str, cc: str, subject: str = "Aanmelding") -> list[tuple]:
    """(name, email) of each attendee, for a plain mail with a Cc header."""
    from mailbot.classify import classify
    from mailbot.parse import parse
    from tests.servers import make_message
    from tests.test_understanding import CATALOGUE

    message = make_message(sender=sender, subject=subject, body=body, headers={"Cc": cc})
    return [(a.name, a.email) for a in classify(parse(message), CATALOGUE).attendees]


def test_a_first_name_alone_is_the_one_in_cc():
    """'Wim komt!' with Wim de Groot in Cc: the Cc says who he is, by his display name in full."""
    assert _who_cc("Hoi,\n\nWim komt naar de gesprekstafel op 24 juni! Zet hem maar op de lijst.\n\nGroet,\nAnke",
                   "Anke Bos <a.bos@zw.example.nl>", "Wim de Groot <wim.degroot@zw.example.nl>") == \
        [("Wim de Groot", "wim.degroot@zw.example.nl")]


def test_first_names_in_cc_with_ikzelf():
    """'ikzelf, Floor en Ahmed (beiden in cc)': the writer and the two whose addresses begin with those first names."""
    people = _who_cc("Hallo,\n\nVoor de gesprekstafel op 24 juni komen we met drie: ikzelf, Floor en Ahmed (beiden in cc).\n\n"
                     "Met vriendelijke groet,\n\nTom Wit\nBibliotheek Zuidwest",
                     "Tom Wit <t.wit@zw.example.nl>", "floor.jansen@zw.example.nl, ahmed.bakir@zw.example.nl")
    assert sorted(e for _, e in people) == ["ahmed.bakir@zw.example.nl", "floor.jansen@zw.example.nl", "t.wit@zw.example.nl"]


def test_a_school_named_with_the_old_article():
    """"OBS 't Zonnetje": the old article 't belongs to the school's name, as 'De' does in 'OBS De Klimop'."""
    people = _who("Hierbij meld ik aan voor het webinar van 28 maart:\n\nKarin Mol – directeur OBS 't Zonnetje – k.mol@sk.example.nl\n"
                  "Bas Riet – directeur CBS De Ark – b.riet@sk.example.nl\n\nMet vriendelijke groet,\nLies Dam",
                  "Lies Dam <l.dam@sk.example.nl>", "Webinar 28 maart")
    assert [(n, o) for n, _, o in people] == [("Karin Mol", "OBS 't Zonnetje"), ("Bas Riet", "CBS De Ark")]


def test_colleagues_from_a_school_named_whole():
    """'samen met mijn collega's van KC De Linde': the school by its kind and name, not the letters 'KC' alone."""
    people = _who("Hoi!\n\nIk wil me graag aanmelden voor het webinar van 28 maart, samen met mijn collega's van KC De Linde:\n"
                  "- Noor – noor@kcdelinde.example.nl\n- Bram – bram@kcdelinde.example.nl\n\nGroetjes, Eva Smit\n",
                  "Eva Smit <eva.smit@example.com>", "Webinar")
    assert {o for _, _, o in people} == {"KC De Linde"}


def test_those_who_stay_signed_up_are_not_cancelled():
    """'Tess en ik blijven aangemeld': the writer stays, only the one taken off the list is cancelled."""
    people = _who("Hallo,\n\nJoost kan toch niet meekijken naar het webinar van 28 maart. Wil je hem van de lijst halen? "
                  "Tess en ik blijven aangemeld.\n\nMarieke", "Marieke Vos <m.vos@obs.example.nl>", "Re: webinar 28 maart")
    assert [n for n, _, _ in people] == ["Joost"]


def test_a_family_member_signed_up_by_name():
    """'Mijn vader Henk Post wil zich graag aanmelden': the one the writer speaks for, not the writer."""
    people = _who("Hallo,\n\nMijn vader Henk Post wil zich graag aanmelden voor het webinar van 28 maart. De link mag naar mij."
                  "\n\nGroet,\nSanne", "Sanne Post <sanne.post@example.com>", "Webinar 28 maart")
    assert [(n, e) for n, e, _ in people] == [("Henk Post", None)]


def test_a_short_domain_names_the_library_by_its_letters():
    """'BMZ | Bibliotheek Midden-Zeeland' under a mail from …@bmz.…: the library as it calls itself, by its letters."""
    people = _who("Dag,\n\nBij deze mijn aanmelding voor de gesprekstafel op 24 juni.\n\nVriendelijke groet,\n\nKoen Wit | directeur\n"
                  "BMZ | Bibliotheek Midden-Zeeland\nMarkt 1 | 4331 LK Middelburg\n", "Koen Wit <k.wit@bmz.example.nl>", "Gesprekstafel")
    assert [o for _, _, o in people] == ["BMZ"]


def test_on_behalf_of_a_library_by_its_letters_without_article():
    """'Namens BMZ meld ik aan': the writer speaks for the library known by its letters, with or without 'de'."""
    people = _who("Goedemiddag,\n\nNamens BMZ meld ik mij aan voor het webinar van 28 maart.\n\nMet vriendelijke groet,\nNora Lind",
                  "Nora Lind <n.lind@bibliotheekmz.example.nl>", "Webinar 28 maart")
    assert [o for _, _, o in people] == ["BMZ"]


def test_the_school_said_after_the_name():
    """'Mijn vader Henk Post is leesvrijwilliger op OBS De Linde': the school that sentence gives is his."""
    people = _who("Hallo,\n\nMijn vader Henk Post is leesvrijwilliger op OBS De Linde en wil zich graag aanmelden voor het webinar "
                  "van 28 maart. De link mag naar mij.\n\nGroet,\nSanne", "Sanne Post <sanne.post@example.com>", "Webinar 28 maart")
    assert [(n, o) for n, _, o in people] == [("Henk Post", "OBS De Linde")]


def test_a_library_named_after_its_place_with_the_old_genitive():
    """'adjunct-directeur Bibliotheek 's-Hertogenbosch' in a one-line mail: ''s-' starts a place's name like a capital."""
    people = _who("Hoi, wil je mij aanmelden voor het webinar van 28/3? Nora Lind, adjunct-directeur Bibliotheek 's-Hertogenbosch. "
                  "Dank!", "Nora Lind <n.lind@bibliotheekdb.example.nl>", "Aanmelding webinar")
    assert [o for _, _, o in people] == ["Bibliotheek 's-Hertogenbosch"]


def test_the_writer_works_as_a_role_at_a_municipality():
    """'I work as policy officer education at the Municipality of Hengelo': the role between 'work' and 'at' is no bar."""
    people = _who("Dear organisers,\n\nI work as policy officer education at the Municipality of Hengelo and we co-fund the programme. "
                  "I'd like to join the webinar on 28 March.\n\nBest regards,\nNora Lind", "Nora Lind <n.lind@hengelo.example.nl>",
                  "Registration webinar")
    assert [o for _, _, o in people] == ["Municipality of Hengelo"]


def test_a_municipality_of_a_place_before_an_address_is_no_name():
    """'Peter Aalders, education policy advisor at the municipality of Ede (p.aalders@…)': Ede is his employer's place."""
    people = _who("Dear colleagues,\n\nI'd like to register for the webinar on 28 March.\n\nI'd also like to register Peter Aalders, "
                  "education policy advisor at the municipality of Ede (p.aalders@ede.example.nl). He works with our schools.\n\n"
                  "Kind regards,\n\nNora Lind\ndirector\nBibliotheek Midden-Gelderland", "Nora Lind <n.lind@bmg.example.nl>", "Registration")
    assert people[1:] == [("Peter Aalders", "p.aalders@ede.example.nl", "municipality of Ede")]


def test_the_team_the_writers_are_at_a_school():
    """"We're the reading team at International School X (Dutch stream)": the school is theirs, for both listed."""
    people = _who("Hello,\n\nWe're the reading team at International School Almere (Dutch stream). Could you register both of us "
                  "for the webinar on 28 March?\n\n- Nora Lind, primary librarian\n- Tom Smit, Year 4 teacher\n\nMany thanks,\nNora",
                  "Nora Lind <n.lind@isa.example.nl>", "Webinar registration")
    assert [o for _, _, o in people] == ["International School Almere", "International School Almere"]


def test_a_first_name_marked_as_the_one_in_cc():
    """'Rogier (cc) en ik komen allebei': the Cc's Rogier Prins comes too, though his address spells only his initial."""
    from mailbot.classify import classify
    from mailbot.parse import parse
    from tests.servers import make_message
    from tests.test_understanding import CATALOGUE

    raw = make_message(sender="Nora Lind <n.lind@bibam.example.nl>", subject="Aanmelding gesprekstafel 24/6",
                       body="Hoi Seher,\n\nRogier (cc) en ik komen allebei naar de gesprekstafel.\n\nGroet,\n\nNora Lind\n"
                            "directeur\nBibliotheek Amstelland", headers={"Cc": "Rogier Prins <r.prins@bibam.example.nl>"})
    people = classify(parse(raw), CATALOGUE).attendees
    assert [(a.name, a.email) for a in people] == [("Nora Lind", "n.lind@bibam.example.nl"), ("Rogier Prins", "r.prins@bibam.example.nl")]


def test_who_comes_on_behalf_of_the_one_who_cancels():
    """'Namens hem komt onze adjunct-directeur, X (…)': a replacement with the words turned round; both are on the list."""
    people = _who("Beste Seher,\n\nDe heer Harm Jansen, onze directeur, stond aangemeld voor de gesprekstafel op 24 juni. Hij moet "
                  "helaas verstek laten gaan. Namens hem komt onze adjunct-directeur, Ivo Kok (i.kok@bibmaas.example.nl).\n\n"
                  "Vriendelijke groet,\n\nNora Lind\nManagementassistent\nBibliotheek Maasland",
                  "Nora Lind <n.lind@bibmaas.example.nl>", "Wijziging deelname gesprekstafel 24 juni")
    assert [(n, e) for n, e, _ in people] == [("Harm Jansen", None), ("Ivo Kok", "i.kok@bibmaas.example.nl")]


def test_a_school_column_before_the_name_column():
    """'School | Naam | E-mail': each row's school is that person's organisation, not the board that writes."""
    people = _who("Namens onze stichting meld ik de volgende directeuren aan voor het webinar op 28 maart:\n\n"
                  "School\tNaam\tE-mail\nOBS De Linde\tNora Lind\tn.lind@sb.example.nl\nKBS De Es\tTom Smit\tt.smit@sb.example.nl\n\n"
                  "Met vriendelijke groet,\nEls Kramer\nBestuurssecretaris Stichting Schoolbestuur",
                  "Els Kramer <e.kramer@sb.example.nl>", "Aanmelding webinar")
    assert [(n, o) for n, _, o in people] == [("Nora Lind", "OBS De Linde"), ("Tom Smit", "KBS De Es")]


def test_a_role_with_a_department_after_the_name_before_an_address():
    """'… mijn collega Nora Lind, manager Publieke Dienstverlening (n.lind@…)': the capitals after the role are no name."""
    people = _who("Beste Seher,\n\nIk ben helaas verhinderd op 24 juni. In plaats van mij komt mijn collega Nora Lind, manager Publieke "
                  "Dienstverlening (n.lind@bibx.example.nl).\n\nGroet,\nTom Smit\nDirecteur\nBibliotheek Maasland",
                  "Tom Smit <t.smit@bibx.example.nl>", "Afmelding gesprekstafel")
    assert ("Nora Lind", "n.lind@bibx.example.nl", "Bibliotheek Maasland") in people and len(people) == 2


def test_a_role_and_employer_after_the_name_is_no_second_person():
    """'Aanmelding:' / 'Nora Lind, directeur Nieuwe Veste Breda' / her address: one person, the writer."""
    people = _who("Aanmelding:\nNora Lind, directeur Nieuwe Veste Breda\nn.lind@bibbreda.example.nl",
                  "Nora Lind <n.lind@bibbreda.example.nl>", "Re: Uitnodiging webinar Bibliotheek op school")
    assert [(n, e) for n, e, _ in people] == [("Nora Lind", "n.lind@bibbreda.example.nl")]


def test_a_colleague_takes_it_over_from_the_writer_who_cannot():
    """'ik kan niet, maar onze manager Educatie X neemt het over (x@…)': a replacement; both are on the list."""
    people = _who("Hallo,\n\nKleine wijziging: ik kan niet, maar onze manager Educatie Tom Smit neemt het over "
                  "(t.smit@bibw.example.nl).\n\nNora Lind\ndirecteur Bibliotheek Woerden", "Nora Lind <n.lind@bibw.example.nl>",
                  "Re: Aanmelding webinar")
    assert [(n, e) for n, e, _ in people] == [("Nora Lind", "n.lind@bibw.example.nl"), ("Tom Smit", "t.smit@bibw.example.nl")]


def test_a_chair_of_a_board_by_its_letters():
    """'samen met onze nieuwe voorzitter RvT, Mieke van 't Zand': the board's letters come between role and name."""
    people = _who("Hoi Seher,\n\nIk kom op 24 juni, samen met onze nieuwe voorzitter RvT, Mieke van 't Zand. Zij heeft nog geen "
                  "mailadres bij ons.\n\nNora Lind\ndirecteur\nBibliotheek Hardenberg", "Nora Lind <n.lind@bibh.example.nl>", "gesprekstafel")
    assert ("Mieke van 't Zand", None, "Bibliotheek Hardenberg") in people and len(people) == 2


@pytest.mark.parametrize(("body", "sender"), [
    ("Goedemiddag,\n\nIk werk als beleidsmedewerker bij de gemeente Haarlem en wil graag het webinar over de Bibliotheek op school "
     "volgen op 28 maart. Mijn collega Tom Smit (t.smit@haarlem.example.nl), beleidsmedewerker cultuur, sluit ook aan.\n\n"
     "Met vriendelijke groet,\nNora Lind", "Nora Lind <n.lind@haarlem.example.nl>"),
    ("Hi Seher,\n\nRegistering for the round table on 24/6. Also, my colleague Tom Smit (t.smit@haarlem.example.nl) would like "
     "to join.\n\nNora Lind\nDirector, Bibliotheek Haarlem", "Nora Lind <n.lind@haarlem.example.nl>"),
])
def test_the_writer_signs_up_before_naming_a_colleague(body, sender):
    """'Ik … wil graag het webinar … volgen', 'Registering for …': the writer comes, and the colleague too."""
    assert [e for _, e, _ in _who(body, sender, "Aanmelding")] == ["n.lind@haarlem.example.nl", "t.smit@haarlem.example.nl"]


def test_an_organisation_by_its_kind_before_the_name():
    """'my colleague from the municipality of X, Tom Smit (…)': the municipality is his, not the writer's library."""
    people = _who("Hi Seher,\n\nRegistering for the round table on 24/6. Also, my colleague from the municipality of Voorne aan Zee, "
                  "Tom Smit (t.smit@voorne.example.nl), would like to join.\n\nNora Lind\nDirector, Bibliotheek Voorne-Putten",
                  "Nora Lind <n.lind@bibvoorne.example.nl>", "Round table")
    assert people[1] == ("Tom Smit", "t.smit@voorne.example.nl", "municipality of Voorne aan Zee")


def test_a_name_wrapped_before_the_surname():
    """'His colleague Anouk' / 'Smeets (anouk.smeets@…)': the line broke inside the name; she is Anouk Smeets."""
    people = _who("Hi Seher,\n\nTim Hofstede will not be able to join us on the 24th. His colleague Anouk\nSmeets "
                  "(anouk.smeets@bibt.example.nl), team lead Digital\nSkills, will come instead.\n\nBest,\nNora Lind\n"
                  "Director, Bibliotheek Tilburg", "Nora Lind <n.lind@bibt.example.nl>", "Change of attendee - round table 24 June")
    assert ("Anouk Smeets", "anouk.smeets@bibt.example.nl") in [(n, e) for n, e, _ in people]


def test_an_address_without_a_name_named_by_the_forwarded_header():
    """'Haar e-mailadres: j.x@…' over the director's own forwarded mail: 'Van: Jacqueline van Rooijen <j.x@…>' names her."""
    body = ("Goedemorgen,\n\nZie onderstaand verzoek van onze directeur. Wilt u haar aanmelden voor het webinar? Haar e-mailadres: "
            "j.vanrooijen@bibo.example.nl.\n\nMet vriendelijke groet,\nMarit Jongejan\nSecretariaat\nBibliotheek Oostland\n\n"
            "Van: Jacqueline van Rooijen <j.vanrooijen@bibo.example.nl>\nVerzonden: zaterdag 16 maart 2024 12:14\n"
            "Aan: Secretariaat <secretariaat@bibo.example.nl>\nOnderwerp: FW: Uitnodiging webinar\n\n"
            "Kun jij mij hiervoor aanmelden?\n\nJacqueline van Rooijen\nDirecteur-bestuurder\n")
    people = _who(body, "Secretariaat Bibliotheek Oostland <secretariaat@bibo.example.nl>", "FW: Webinar Bibliotheek op school 28 maart")
    assert [(n, e) for n, e, _ in people] == [("Jacqueline van Rooijen", "j.vanrooijen@bibo.example.nl")]


@pytest.mark.parametrize(("body", "org"), [
    # a library service's one-word brand on 'Biblio', mid-sentence after 'namens'
    ("Beste mensen,\n\nGraag meld ik me aan voor het webinar van 28 maart. Ik neem deel namens Biblionet Drenthe.\n\nGroet,\nNora Lind",
     "Biblionet Drenthe"),
    # an English library by its place first
    ("Hi,\n\nI'll attend the webinar on the 28th. We're both from the Noordwest Veluwe library, I'm director.\n\nNora",
     "Noordwest Veluwe library"),
    # the greeting opens the one paragraph: only the greeting is the organiser's, the rest is the writer's
    ("Hello! I'll attend the webinar on the 28th. We're both from Bibliotheek Veluwe, I'm director.\n\nNora", "Bibliotheek Veluwe"),
])
def test_the_writers_own_organisation_in_running_text(body, org):
    """'namens Biblionet Drenthe', 'from the Noordwest Veluwe library', after 'Hello!' on the same line."""
    assert _who(body, "Nora Lind <n.lind@bibnv.example.nl>", "webinar 28th")[0][2] == org


@pytest.mark.parametrize(("line", "expected"), [
    # a brand or house before a slash is part of the organisation: the role word before it is not
    ("directeur Rozet / Bibliotheek Arnhem", ("directeur", "Rozet / Bibliotheek Arnhem")),
    ("Office manager, Forum Zoetermeer / Bibliotheek", ("Office manager", "Forum Zoetermeer / Bibliotheek")),
    # a house and its library joined by a dash, or the letters the library goes by
    ("Centre Céramique – Bibliotheek Maastricht", (None, "Centre Céramique – Bibliotheek Maastricht")),
    ("Directeur | OBA – Openbare Bibliotheek Amsterdam", ("Directeur", "OBA – Openbare Bibliotheek Amsterdam")),
    ("Jan Smit – Bibliotheek Utrecht", (None, "Bibliotheek Utrecht")),  # a person's name is no house
    # a brand in capitals, and a capital article before the name's adjective
    ("SCHUNCK Bibliotheek Heerlen", (None, "SCHUNCK Bibliotheek Heerlen")),
    ("De Nieuwe Bibliotheek Almere", (None, "De Nieuwe Bibliotheek Almere")),
])
def test_the_words_a_library_writes_before_its_name(line, expected):
    from mailbot.signatures import split_role_organisation

    assert split_role_organisation(line) == expected


@pytest.mark.parametrize(("body", "org"), [
    # a phone's run-on sign-off keeps the name's own words before the library word
    ("Please sign me up for June 24. Alex Turner, director Nieuwe Bibliotheek Almere.", "Nieuwe Bibliotheek Almere"),
    ("Ik moet helaas afzeggen voor maandag. Groet Alex Turner, SCHUNCK Bibliotheek Heerlen", "SCHUNCK Bibliotheek Heerlen"),
])
def test_a_run_on_sign_off_keeps_the_whole_library_name(body, org):
    assert _who(body, "Alex Turner <a.turner@bibliotheekheerlen.example.nl>", "webinar")[0][2] == org


@pytest.mark.parametrize(("body", "sender", "org"), [
    # a phone's sign-off under the last sentence, a greeting line above it
    ("Goedemorgen,\nIk lig met griep op bed en meld me daarom af voor het webinar van vanmiddag. Jammer!\nMarloes Wijnen\n"
     "IB CBS Het Anker", "Marloes Wijnen <m.wijnen@cbs.example.nl>", "CBS Het Anker"),
    # … the name after a closing formula, a teacher's school by its name alone
    ("Meld me aan voor het webinar van 28/3 aub.\nGr, Sanne Kuipers\nleerkracht groep 6, De Zonnewijzer",
     "Sanne Kuipers <sanne82@mail.example.com>", "De Zonnewijzer"),
    # a school role's letters before the school: 'IB' is the intern begeleider, not the school's letters
    ("Ik moet me helaas afmelden voor het webinar morgen.\n\nGr Wendy de Graaf (IB Het Palet)",
     "Wendy de Graaf <wendydegraaf@mail.example.com>", "Het Palet"),
    # the name and the library run on after the last sentence, the name in initials without dots
    ("Seher, meld me maar aan voor de 24e. GJ Visser, Stadsbibliotheek Kampen",
     "Gert Jan Visser <gj.visser@kampen.example.nl>", "Stadsbibliotheek Kampen"),
])
def test_a_phones_sign_off_names_the_writers_organisation(body, sender, org):
    assert _who(body, sender, "webinar")[0][2] == org


@pytest.mark.parametrize(("body", "org"), [
    # a school's name that says what it is, after 'the'
    ("I'd like to sign up for the webinar. I work as a librarian at the Deutsche Internationale Schule in The Hague.\n\nJulia",
     "Deutsche Internationale Schule"),
    ("I'd like to sign up for the webinar. I work as school librarian at the Japanese School of Amstelveen.\n\nJulia",
     "Japanese School of Amstelveen"),
    # the part of the school between the role and the school
    ("I would like to register for the webinar. I'm the librarian of the primary section of the Lycée Français Vincent van "
     "Gogh in Amsterdam.\n\nJulia", "Lycée Français Vincent van Gogh"),
    # what 'our school' is, between commas; the staff of a school
    ("Please register me for the webinar on 28 March. Our school, the International School of The Hague, will send two "
     "more people later.\n\nJulia",
     "International School of The Hague"),
    ("Please register the following staff members of Amity International School Amsterdam for the webinar:\n"
     "- Grace Liu (g.liu@school.example.com)\n\nJulia", "Amity International School Amsterdam"),
])
def test_a_school_the_writer_names_in_running_text(body, org):
    assert _who(body, "Julia Becker <j.becker@school.example.com>", "webinar")[0][2] == org


@pytest.mark.parametrize(("text", "expected"), [
    # the colleague the writer answers for was registered and is ill: she is the one to cancel
    ("Replying on behalf of my colleague Petra Huls, who is registered for tomorrow but is ill. She has to cancel.", ["Petra Huls"]),
    ("Namens mijn collega Petra Huls: zij was aangemeld voor morgen maar ligt ziek.", ["Petra Huls"]),
    # one who was registered and still comes stays
    ("Mijn collega Petra Huls is al aangemeld en komt gewoon.", []),
])
def test_a_registered_colleague_who_is_ill_is_cancelled(text, expected):
    from mailbot.attendees import role_named_people

    assert [a.name for a in role_named_people(text, ["Tim Reynolds"], cancelling=True)] == expected


@pytest.mark.parametrize(("body", "sender", "org"), [
    # a mail written all in lower case: the library the mail domain spells, in the signature or run on after the name
    ("hoi ik wil me aanmelden voor de gesprekstafel op 24 juni.\n\ngroet bas mulder\nbibliotheek hoorn",
     "Bas Mulder <basmulder@bibliotheekhoorn.example.nl>", "bibliotheek hoorn"),
    ("hi, please add me for the round table on june 24. lucas moreau, director bibliotheek noordoostpolder",
     "Lucas Moreau <l.moreau@bibliotheeknoordoostpolder.example.nl>", "bibliotheek noordoostpolder"),
    # the name and role on one line under the last sentence, the library under them
    ("Ik meld me aan voor het webinar 28 maart! Ben wel pas rond half 4 binnen.\nFemke Smit, leesconsulent\n"
     "Bibliotheek Oosterschelde", "Femke Smit <femke.smit@zeeland.example.nl>", "Bibliotheek Oosterschelde"),
    # run on after the sentence: the name, an organisation without a library word, and the role beside it
    ("Goedenavond, meld me aan voor webinar 28-3. Tim Zwart, De Lindenberg Nijmegen, directeur",
     "Tim Zwart <t.zwart@nijmegen.example.nl>", "De Lindenberg Nijmegen"),
])
def test_the_writers_organisation_in_a_hurried_sign_off(body, sender, org):
    assert _who(body, sender, "webinar")[0][2] == org


@pytest.mark.parametrize(("role", "expected"), [
    # a one-word brand after the role: a second capital or a number says it is no town
    ("directeur DBieb", ("directeur", "DBieb")),
    ("directeur Theek 5", ("directeur", "Theek 5")),
    ("directeur Utrecht", None),
    ("leerkracht Groep 7", None),
    ("manager ICT", None),
])
def test_a_brand_of_one_word_after_the_role(role, expected):
    from mailbot.signatures import _role_then_name

    assert _role_then_name(role) == expected


def test_a_role_at_the_letters_the_mail_domain_starts_with():
    """'Group 6 teacher at ISH' from …@ishilversum…: the school's letters."""
    body = "Hi, could you add me for tomorrow's webinar? Group 6 teacher at ISH. Thanks! Jasmine Clarke"
    assert _who(body, "Jasmine Clarke <j.clarke@ishilversum.example.org>", "webinar")[0][2] == "ISH"
    assert _who(body, "Jasmine Clarke <j.clarke@school.example.org>", "webinar")[0][2] is None


@pytest.mark.parametrize(("body", "expected"), [
    # the place as the subject: 'Mijn plek wordt ingenomen door …'
    ("Door mijn enkel lukt reizen naar Utrecht toch niet. Mijn plek wordt ingenomen door onze manager Publieksdiensten, "
     "Rianne Koppelaar (r.koppelaar@bk.example.nl).\n\nGroet,\nPetra Hoogendijk\nDirecteur Bibliotheek Krimpenerwaard",
     [("Petra Hoogendijk", "p.hoogendijk@bk.example.nl", "Bibliotheek Krimpenerwaard"),
      ("Rianne Koppelaar", "r.koppelaar@bk.example.nl", "Bibliotheek Krimpenerwaard")]),
    # … with the name inside: 'zijn plek neemt X in'; the library by its letters alone under the writer's name
    ("Jasper Kleinjan kan vanmiddag toch niet; zijn plek neemt Sevda Aksoy in, senior adviseur onderwijs "
     "(s.aksoy@bk.example.nl). Kan de link naar haar?\n\nGroet,\nPetra Hoogendijk\nOBA",
     [("Jasper Kleinjan", None, "OBA"), ("Sevda Aksoy", "s.aksoy@bk.example.nl", "OBA")]),
    # 'register my colleague instead': the writer cancels
    ("I need to cancel my place at the round table on 24 June. Could you register my colleague instead: Luc Hermans, "
     "Manager Services (l.hermans@bk.example.nl)?\n\nMany thanks,\nPetra Hoogendijk\nDirector, Bibliotheek Krimpenerwaard",
     [("Petra Hoogendijk", "p.hoogendijk@bk.example.nl", "Bibliotheek Krimpenerwaard"),
      ("Luc Hermans", "l.hermans@bk.example.nl", "Bibliotheek Krimpenerwaard")]),
])
def test_who_takes_the_place_said_in_other_words(body, expected):
    assert _who(body, "Petra Hoogendijk <p.hoogendijk@bk.example.nl>", "gesprekstafel") == expected


def test_colleagues_counted_and_named_by_first_name_come_along():
    """'samen met 2 collega's: Noor en Bram (allebei bovenbouw)': the writer and both colleagues."""
    body = ("Hoi! Ik wil me graag aanmelden voor het webinar van donderdag, samen met 2 collega's: Noor en Bram (allebei "
            "bovenbouw). Kunnen we met z'n drieën?\nMirjam Schouten, leesspecialist PCBS De Parel")
    assert _who(body, "Mirjam Schouten <m.schouten@parel.example.nl>", "webinar") == [
        ("Mirjam Schouten", "m.schouten@parel.example.nl", "PCBS De Parel"), ("Noor", None, "PCBS De Parel"),
        ("Bram", None, "PCBS De Parel")]


def test_the_writer_who_names_themself_as_the_one_who_comes_instead():
    """'Our director … has to cancel. I will attend instead: Martha Osei, …': the director leaves, the writer comes."""
    body = ("Dear Stichting Lezen,\nOur director, Ms. J. van Beek, has to cancel her registration for the webinar on 28 March. "
            "I will attend instead: Martha Osei, manager Youth and Education at Forum Zoetermeer.\n\nKind regards,\nMartha Osei")
    assert _who(body, "Martha Osei <martha.osei@fz.example.nl>", "webinar") == [
        ("J. van Beek", None, "Forum Zoetermeer"), ("Martha Osei", "martha.osei@fz.example.nl", "Forum Zoetermeer")]


def test_the_link_sent_to_the_writers_own_desk_is_no_guest():
    """'Kunt u de link sturen naar mijn secretariaat (secretariaat@…)?': only the writer signs up."""
    body = ("Hallo,\nGraag aanmelden: Wendy Hagens, directeur, De Bibliotheek Gelderland Zuid.\nKunt u de link sturen naar "
            "mijn secretariaat (secretariaat@gz.example.nl)? Ik werk die middag vanaf een andere locatie.\n\n"
            "Met vriendelijke groet,\nWendy Hagens")
    assert _who(body, "Wendy Hagens <w.hagens@gz.example.nl>", "webinar") == [
        ("Wendy Hagens", "w.hagens@gz.example.nl", "De Bibliotheek Gelderland Zuid")]


@pytest.mark.parametrize(("body", "sender", "org"), [
    # both of a library by its letters and name, without 'from'
    ("Please register both of us: myself (Noor Hamdaoui, director of operations) and Jasper Kleinjan (manager Education, "
     "j.kleinjan@oba.example.nl), both OBA – Openbare Bibliotheek Amsterdam.\n\nThanks!\nNoor",
     "Noor Hamdaoui <n.hamdaoui@oba.example.nl>", "OBA – Openbare Bibliotheek Amsterdam"),
    # who 'we' are, by the letters in brackets
    ("Hoi Seher,\nWij (OBA) komen met z'n tweeën naar de gesprekstafel op 24 juni: ik en Martin Gerritsen, onze directeur. "
     "Martins adres is martin.gerritsen@oba.example.nl.\n\nGroet,\nFloor de Haan\nhoofd Strategie",
     "Floor de Haan <floor.dehaan@oba.example.nl>", "OBA"),
    # the writer's own earlier mail, quoted under the reply, gives the library after their name
    ("Small change: Eva Hermans can no longer join on Thursday, so please remove her. I'm still attending.\n\n--\nPeter\n\n"
     "On Wed, 13 Mar 2024 at 07:33, Peter Douglas <peter.douglas@ml.example.nl> wrote:\n\n"
     "> Count me in. Peter Douglas, director, Bibliotheek Midden-Limburg.\n"
     "> Also my colleague Eva Hermans (eva.hermans@ml.example.nl), she coordinates our school libraries.",
     "Peter Douglas <peter.douglas@ml.example.nl>", "Bibliotheek Midden-Limburg"),
])
def test_the_organisation_of_everyone_named(body, sender, org):
    assert {o for _, _, o in _who(body, sender, "webinar")} == {org}


def test_the_author_of_a_forward_whose_header_gives_no_address():
    """'Van: Sjoerd Hendriksen' (no address) over his own sign-up: he is the one, by the signature under his text."""
    body = ("Beste organisatie,\n\nHierbij de aanmelding van mijn directeur. Zie zijn mail hieronder.\n\nVriendelijke groet,\n"
            "Ans de Lange\noffice manager\n\n-----Oorspronkelijk bericht-----\nVan: Sjoerd Hendriksen\n"
            "Verzonden: maandag 10 juni 2019 19:40\nAan: Ans de Lange\nOnderwerp: FW: gesprekstafel\n\n"
            "Ans, kun jij mij hiervoor aanmelden? Was ik vergeten. Ik wil aan de rechtsbijstandtafel.\n\n"
            "Sjoerd Hendriksen\nDirecteur Bibliotheek Z-O-U-T\n")
    assert _who(body, "Ans de Lange <a.delange@heuvelrug.example.nl>", "FW: FW: gesprekstafel") == [
        ("Sjoerd Hendriksen", None, "Bibliotheek Z-O-U-T")]


def test_the_writer_who_asks_to_come_in_the_absent_directors_place():
    """'Johan Nijhuis, onze directeur, is met verlof. … Mag ik in zijn plaats deelnemen?': the writer, not the director."""
    from mailbot.attendees import WRITER_IN_THEIR_PLACE, _writer_stands_in
    from mailbot.understanding import Attendee

    text = ("Johan Nijhuis, onze directeur, is met verlof. Ik ben tijdelijk waarnemend directeur. Mag ik in zijn plaats "
            "deelnemen? Als dat mag, meld ik mij hierbij aan.")
    writer = Attendee("Lotte Meijer", "l.meijer@hengelo.example.nl")
    found = WRITER_IN_THEIR_PLACE.search(text)
    assert found and _writer_stands_in((writer, Attendee("Johan Nijhuis", None)), writer, text, found.start()) == (writer,)


def test_a_library_services_brand_after_the_writers_name_in_the_text():
    """'Mevrouw T. Brinkman, directeur Biblionet Drenthe, moet zich helaas afmelden': from her own mailbox."""
    body = ("Geachte mevrouw Hazinedar,\nMevrouw T. Brinkman, directeur Biblionet Drenthe, moet zich helaas afmelden voor de "
            "gesprekstafel van 24 juni wegens ziekte.\n\nMet vriendelijke groet,\nnamens mevrouw Brinkman,\nAgnes Wolters")
    assert _who(body, "Truus Brinkman <t.brinkman@drenthe.example.nl>", "afmelding")[0][2] == "Biblionet Drenthe"


@pytest.mark.parametrize(("body", "sender", "org"), [
    # a text that is only the signature, its name line in cells
    ("Sanne Koning | directeur\nBibliotheek Kennemerwaard, vestiging Alkmaar\ns.koning@alkmaar.example.nl",
     "Sanne Koning <s.koning@alkmaar.example.nl>", "Bibliotheek Kennemerwaard"),
    # a lycée is a school
    ("I would like to register for the webinar of 28 March.\n\nBest regards,\nClaire Dubois\nDocumentaliste / school librarian\n"
     "Lycée Français Vincent van Gogh, The Hague", "Claire Dubois <claire.dubois@lycee.example.com>", "Lycée Français Vincent van Gogh"),
    # a brand with its place after a comma, under the name
    ("Ik meld me aan voor de gesprekstafel.\n\n--\nWilma Verbruggen\nTheek 5, Oosterhout",
     "Wilma Verbruggen <w.verbruggen@bibliotheekoosterhout.example.nl>", "Theek 5"),
])
def test_the_organisation_without_its_branch_or_place(body, sender, org):
    assert _who(body, sender, "Aanmelding 24/6")[0][2] == org


def test_a_team_and_a_brand_after_a_comma_is_no_organisation_with_its_place():
    """'Growth Team, EventFlow' under the name: a team, and a brand with a capital inside is no place."""
    from mailbot.signatures import signature_facts

    assert signature_facts("Best,\nJordan Pike\nGrowth Team, EventFlow") == ("Jordan Pike", None, None)
    assert signature_facts("--\nWilma Verbruggen\nTheek 5, Oosterhout") == ("Wilma Verbruggen", None, "Theek 5")


def test_a_tables_header_row_is_no_signature():
    """'Naam | Functie | School' over the rows of a list: the last paragraph is no closing block."""
    from mailbot.signatures import _closing_block

    table = "Naam      | Functie        | School\nJohan Vos | directeur      | Stichting Kindcentra Kempen"
    assert _closing_block(f"Hierbij meld ik aan:\n\n{table}") == ""
    assert _closing_block("Sanne Koning | directeur\nBibliotheek Kennemerwaard\ns.koning@example.nl").startswith("Sanne Koning")


@pytest.mark.parametrize(("body", "sender", "expected"), [
    # the assistant who wants the link for the director is no guest: 'send the link to me and I'll forward it'
    ("I'm the personal assistant to Dr. Verschuren, director of Bibliotheek Utrecht. Please register him for the webinar on "
     "28 March. You can send the link to me and I'll forward it.\n\nBest regards,\nPriya Raghunathan\nPA to the Director",
     "Priya Raghunathan <priya.r@example.com>", [("Verschuren", None, "Bibliotheek Utrecht")]),
    # a shared mailbox the link goes to is nobody who comes
    ("Goedemiddag,\nNamens DOK meld ik aan voor het webinar van 28 maart:\n- M. van Dijk, manager onderwijs\n"
     "- T. Yildiz, adviseur leesbevordering\nZij ontvangen de link graag op het algemene adres onderwijs@dok.example.nl.\n\n"
     "Met vriendelijke groet,\nNicole Ramdin", "Nicole Ramdin <n.ramdin@dok.example.nl>",
     [("M. van Dijk", None, "DOK"), ("T. Yildiz", None, "DOK")]),
])
def test_where_the_link_goes_is_no_guest(body, sender, expected):
    assert _who(body, sender, "webinar 28 maart") == expected


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    # the one who comes instead signs up on their own: only the writer is cancelled
    ("Please cancel my registration for the webinar on 28 March. My colleague Tom Hendriks (t.hendriks@ov.example.nl), "
     "our reading consultant, will watch instead and register himself.\n\nThanks,\nLinda Smit\nHead of Education, "
     "Bibliotheek Oostvaart", "Linda Smit <l.smit@ov.example.nl>", "Re: Bevestiging webinar",
     [("Linda Smit", "l.smit@ov.example.nl", "Bibliotheek Oostvaart")]),
    ("Ik had me aangemeld voor 24 juni, maar kan helaas niet. Wil je mij afmelden? Mijn collega Sanne Vos (adjunct-directeur, "
     "s.vos@ov.example.nl) komt in mijn plaats; zij mailt zelf nog even.\n\nGroet,\nKees Bakker\nDirecteur Bibliotheek Oostvaart",
     "Kees Bakker <k.bakker@ov.example.nl>", "RE: Bevestiging aanmelding",
     [("Kees Bakker", "k.bakker@ov.example.nl", "Bibliotheek Oostvaart")]),
])
def test_who_signs_up_on_their_own_is_left_to_them(body, sender, subject, expected):
    assert _who(body, sender, subject) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an address cut short before the next one takes its domain
    ("adressen: t.bouma@ en k.hoekstra@zo.example.nl.", "adressen: t.bouma@zo.example.nl en k.hoekstra@zo.example.nl."),
    ("b.kuiper@, e.yilmaz@ and l.vanes@zs.example.nl", "b.kuiper@zs.example.nl, e.yilmaz@zs.example.nl and l.vanes@zs.example.nl"),
    # not a full one, nor one that no full address follows
    ("mail a@x.example.nl en b@y.example.nl", "mail a@x.example.nl en b@y.example.nl"),
    ("het patroon voornaam@ werkt", "het patroon voornaam@ werkt"),
])
def test_an_address_cut_short_takes_the_domain_after_it(text, expected):
    from mailbot.attendees import whole_addresses
    assert whole_addresses(text) == expected


def test_the_writer_first_in_a_list_of_names_with_a_role_in_brackets():
    # 'ik (Name, role), X en Y': the writer comes too, and the short addresses are completed
    body = ("Aanmelden graag voor 28/3: ik (Esra Yilmaz, manager educatie), Bram Kuiper en Lotte van Es (beiden leesconsulent). "
            "Link graag naar alle drie, adressen b.kuiper@ en l.vanes@zs.example.nl\n\nEsra")
    assert [a[1] for a in _who(body, "Esra Yilmaz <e.yilmaz@zs.example.nl>", "Webinar")] == \
        ["e.yilmaz@zs.example.nl", "b.kuiper@zs.example.nl", "l.vanes@zs.example.nl"]


@pytest.mark.parametrize(("body", "sender", "expected"), [
    # 'mij en collega X': the writer comes too
    ("Willen jullie mij en collega Thijs van der Poel (t.vanderpoel@em.example.nl) aanmelden voor 28 maart?\n\nGroet,\nMargot",
     "Margot Lindeboom <m.lindeboom@em.example.nl>", ["m.lindeboom@em.example.nl", "t.vanderpoel@em.example.nl"]),
    # asking to join, then 'Also signing up my colleague …'
    ("Hey, can I still join next Thursday's webinar? Also signing up my colleague Julia Novak (j.novak@isb.example.org). "
     "Thanks!\nRavi", "Ravi Menon <r.menon@isb.example.org>", ["r.menon@isb.example.org", "j.novak@isb.example.org"]),
])
def test_the_writer_signs_up_with_a_colleague(body, sender, expected):
    assert [a[1] for a in _who(body, sender, "Webinar")] == expected


@pytest.mark.parametrize(("body", "sender", "expected"), [
    # the programme the role is for, between role and employer
    ("Graag meld ik me aan voor het dBos-webinar op 28/3. Ik ben coördinator de Bibliotheek op school bij Bibliotheek "
     "Gooi en meer.\n\nMet vriendelijke groet,\nFenna Landman", "Fenna Landman <f.landman@gm.example.nl>",
     [("Fenna Landman", "f.landman@gm.example.nl", "Bibliotheek Gooi en meer")]),
    # an assistant at a school
    ("Hey, can I still join next Thursday's webinar? I'm the new library assistant at International School Brabant.\nRavi",
     "Ravi Menon <r.menon@isb.example.org>", [("Ravi Menon", "r.menon@isb.example.org", "International School Brabant")]),
    # what they both are, a role in the plural
    ("Ik en mijn collega Jannie Hoekstra (j.hoekstra@tr.example.nl) willen ons graag aanmelden voor het webinar. Wij zijn "
     "samen de leescoördinatoren van OBS De Triangel in Drachten.\n\nNienke Talsma", "Nienke Talsma <n.talsma@tr.example.nl>",
     [("Nienke Talsma", "n.talsma@tr.example.nl", "OBS De Triangel"), ("Jannie Hoekstra", "j.hoekstra@tr.example.nl", "OBS De Triangel")]),
    # the capitalised words the long mail domain spells
    ("On behalf of Dr. Michael Adebayo, Principal of Rotterdam International Primary, I'd like to register him for the "
     "webinar. Please send the link to m.adebayo@rotterdaminternationalprimary.example.org.\n\nLucy Chambers\nPA to the Principal",
     "Lucy Chambers <office@rotterdaminternationalprimary.example.org>",
     [("Michael Adebayo", "m.adebayo@rotterdaminternationalprimary.example.org", "Rotterdam International Primary")]),
])
def test_the_organisation_the_writer_says_they_are_of(body, sender, expected):
    assert _who(body, sender, "Webinar") == expected


def test_the_role_the_text_points_to_the_cc_for():
    # 'de directeur (zie cc)': the one person copied in is the one signed up
    from tests.servers import make_message
    from tests.test_understanding import CATALOGUE, classify, parse
    raw = make_message(sender="Petra Hulshof <p.hulshof@zw.example.nl>", subject="RE: Uitnodiging Gesprekstafel",
                       body="Hierbij meld ik de directeur (zie cc) aan voor de gesprekstafel op 24 juni.\n\n"
                            "Met vriendelijke groet,\nPetra Hulshof\nStadkamer Zwolle",
                       headers={"Cc": "Jeroen Lubbers <j.lubbers@zw.example.nl>"})
    u = classify(parse(raw), CATALOGUE)
    assert [(a.name, a.email, a.organisation) for a in u.attendees] == \
        [("Jeroen Lubbers", "j.lubbers@zw.example.nl", "Stadkamer Zwolle")]


@pytest.mark.parametrize(("body", "sender", "expected"), [
    # 'so it's just me': the deputy named before stays home
    ("I'd love to join the round table on the 24th. My deputy, Ilse Mertens, will hold the fort here, so it's just me.\n\n"
     "All the best,\nBen Cartwright\nDirector\nBibliotheek Bergeijk", "Ben Cartwright <b.cartwright@bg.example.nl>",
     [("Ben Cartwright", "b.cartwright@bg.example.nl", "Bibliotheek Bergeijk")]),
    # whom the writer stands in for is no guest
    ("I'd be glad to join the round table on 24 June. I'm the deputy director of the Bibliotheek Den Haag (I stand in for "
     "our director Frank Visser on the basisvaardigheden portfolio).\n\nBest regards,\nSiobhan Walsh\nDeputy Director | "
     "Bibliotheek Den Haag", "Siobhan Walsh <s.walsh@dh.example.nl>",
     [("Siobhan Walsh", "s.walsh@dh.example.nl", "Bibliotheek Den Haag")]),
])
def test_the_writer_comes_alone(body, sender, expected):
    assert _who(body, sender, "Re: Uitnodiging Gesprekstafel") == expected


def test_who_asks_leave_to_come_is_not_signed_up_yet():
    # 'has asked whether she could join as an observer … Would that be possible?'
    body = ("I'd like to register for the Gesprekstafel on 24 June.\n\nOur alderman's policy officer for social affairs, Ms "
            "Leonie Brandt, has asked whether she could join as an observer. Would that be possible?\n\nBest regards,\n"
            "Mark Jacobs\nDirector, Bibliotheek Amersfoort")
    assert _who(body, "Mark Jacobs <m.jacobs@af.example.nl>", "Round table 24 June") == \
        [("Mark Jacobs", "m.jacobs@af.example.nl", "Bibliotheek Amersfoort")]


def test_a_cancellation_for_someone_registered_who_won_t_be_able_to_come():
    # "… who is registered …. Unfortunately he … won't be able to attend": the one to cancel, not the one still coming
    body = ("I'm writing on behalf of Ton Verschuren, who is registered for the round table on Monday. Unfortunately he has "
            "been called to a meeting at the Ministry that morning and won't be able to attend. Please cancel his place. "
            "Hannah Schmidt from our team is still coming.\n\nKind regards,\nEleanor Price\nManagement Assistant\nBibliotheek Utrecht")
    assert _who(body, "Eleanor Price <e.price@ut.example.nl>", "RE: Bevestiging aanmelding") == \
        [("Ton Verschuren", None, "Bibliotheek Utrecht")]


def test_a_list_with_dutch_initials_and_an_employer_the_address_spells():
    # 'Th. (Thea)': two letters of initial; 'adviseur Cubiss (…@cubiss.…)': the role, then his employer
    body = ("Graag meld ik voor de gesprekstafel van 24 juni aan:\n- mevrouw Th. (Thea) Smolders, directeur Bibliotheek "
            "Helmond-Peel\n- de heer B. Raaijmakers, adviseur Cubiss (b.raaijmakers@cubiss.example.nl), die haar vergezelt\n\n"
            "Met vriendelijke groet,\nMieke Janssen\nSecretariaat directie")
    assert _who(body, "Mieke Janssen <m.janssen@hp.example.nl>", "RE: Uitnodiging Gesprekstafel") == \
        [("Thea Smolders", None, "Bibliotheek Helmond-Peel"), ("B. Raaijmakers", "b.raaijmakers@cubiss.example.nl", "Cubiss")]


def test_the_titled_one_who_comes_with_the_director():
    # 'Mevrouw Baas, onze directeur, … Zij komt graag …, samen met de heer Kramer, manager dienstverlening'
    body = ("Mevrouw Baas, onze directeur, heeft uw uitnodiging aan mij doorgestuurd. Zij komt graag naar de gesprekstafel op "
            "24 juni, samen met de heer Kramer, manager dienstverlening.\n\nMet vriendelijke groet,\n\nJoke Vermeulen\n"
            "Secretariaat directie\nBibliotheek Noord-Veluwe")
    assert _who(body, "Joke Vermeulen <secretariaat@nv.example.nl>", "RE: Uitnodiging Gesprekstafel") == \
        [("Baas", None, "Bibliotheek Noord-Veluwe"), ("Kramer", None, "Bibliotheek Noord-Veluwe")]


def test_the_writer_in_full_in_the_subject_from_a_mailbox_named_after_the_place():
    # signed 'Dirk' from 'Hilversum Bibliotheek <directie@…>': the subject names him in full, and his library
    assert _who("Zie onderwerp. Dank!\n\nDirk", "Hilversum Bibliotheek <directie@hv.example.nl>",
                "Aanmelding Gesprekstafel - Dirk Scholten, Bibliotheek Hilversum") == \
        [("Dirk Scholten", "directie@hv.example.nl", "Bibliotheek Hilversum")]


def test_a_signature_typed_in_lower_case():
    # the line that spells the address is the name, the library line under it the organisation as written
    assert _who("ik kom graag, zet me maar op de lijst\nbert van leeuwen\nbieb krimpenerwaard",
                "bert <bertvanleeuwen@kw.example.nl>", "Re: Uitnodiging Gesprekstafel") == \
        [("Bert van Leeuwen", "bertvanleeuwen@kw.example.nl", "bieb krimpenerwaard")]


def test_a_listed_person_s_library_spelled_by_their_address():
    # no organisation on the item: the library the text names that his domain spells ('&' written 'en' there)
    body = ("Onze directeur Hans Kerkhof is directeur van zowel Bibliotheek Lek & IJssel als Bibliotheek Vijfheerenlanden. "
            "Voor 24 juni wil ik graag aanmelden:\n\n- Hans Kerkhof, directeur (h.kerkhof@bibliotheeklekenijssel.example.nl)\n"
            "- Dewi Santoso, teamleider Taalhuis, Bibliotheek Lek & IJssel\n\nMet vriendelijke groet,\n\nBianca Verschoor\n"
            "directiesecretaris")
    assert _who(body, "Bianca Verschoor <b.verschoor@bibliotheeklekenijssel.example.nl>", "RE: Uitnodiging Gesprekstafel") == \
        [("Hans Kerkhof", "h.kerkhof@bibliotheeklekenijssel.example.nl", "Bibliotheek Lek & IJssel"),
         ("Dewi Santoso", None, "Bibliotheek Lek & IJssel")]


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    # a colleague by first name in the sentence that signs up
    ("Please register me for the round table on 24 June, and also my colleague Priscilla, who heads our adult education "
     "team.\n\nThanks,\nRuben van der Wal\ndirector, Bibliotheek Schouwen-Duiveland", "Ruben van der Wal <r.vanderwal@sd.example.nl>",
     "Gesprekstafel", [("Ruben van der Wal", "r.vanderwal@sd.example.nl", "Bibliotheek Schouwen-Duiveland"),
                       ("Priscilla", None, "Bibliotheek Schouwen-Duiveland")]),
    # one first name and the writer, the verb first: both cancel
    ("Helaas kunnen Pieter-Jan en ik er op 24 juni allebei niet bij zijn.\n\nRia Veenstra\ndirecteur Biblionet Groningen",
     "Ria Veenstra <riaveenstra@bg.example.nl>", "Re: Uitnodiging Gesprekstafel",
     [("Ria Veenstra", "riaveenstra@bg.example.nl", "Biblionet Groningen"), ("Pieter-Jan", None, "Biblionet Groningen")]),
])
def test_a_colleague_by_first_name(body, sender, subject, expected):
    assert _who(body, sender, subject) == expected


def test_a_teacher_s_signature_line_gives_the_school():
    # 'Grade 2 teacher, ISH': the role, then the school by its letters
    assert _who("Hi, I'm afraid I need to cancel my spot for Thursday's webinar. Sorry!\nGrace Liu\nGrade 2 teacher, ISH",
                "Grace Liu <g.liu@ishaarlem.example.org>", "Re: Bevestiging webinar") == \
        [("Grace Liu", "g.liu@ishaarlem.example.org", "ISH")]


def test_we_stay_away_cancels_the_writer_with_the_director():
    body = ("Onze directeur, Maurits van der Meulen, is met langdurig ziekteverlof en kan dus niet op 24 juni. Ik neem zijn "
            "taken waar, maar zit die dag zelf op een congres. Wij moeten dus deze keer helaas verstek laten gaan.\n\n"
            "Met vriendelijke groet,\nAnnet Koopman\nplv. directeur\nBibliotheek Het Gooi")
    assert _who(body, "Annet Koopman <a.koopman@hg.example.nl>", "RE: Uitnodiging Gesprekstafel") == \
        [("Annet Koopman", "a.koopman@hg.example.nl", "Bibliotheek Het Gooi"),
         ("Maurits van der Meulen", None, "Bibliotheek Het Gooi")]


def test_listed_guests_from_another_organisation_by_its_initials():
    # '… two partners from the American School of The Hague' / '…@ash.…': their school, not the writer's library
    body = ("I'm the education coordinator at Bibliotheek Wassenaar and I'd like to register myself and two partners from the "
            "American School of The Hague for the webinar on 28 March:\n\n- Nadia Petrova (me)\n- Karen Whitaker, Lower School "
            "Librarian, k.whitaker@ash.example.org\n\nBest,\nNadia")
    assert _who(body, "Nadia Petrova <n.petrova@wa.example.nl>", "RE: Uitnodiging webinar") == \
        [("Nadia Petrova", "n.petrova@wa.example.nl", "Bibliotheek Wassenaar"),
         ("Karen Whitaker", "k.whitaker@ash.example.org", "American School of The Hague")]


def test_a_replacement_asked_as_a_question_is_not_signed_up_yet():
    body = ("I'm writing on behalf of Ms Wilma van Doorn, director of Bibliotheek Gouda. Unfortunately she has to cancel her "
            "registration for the round table on Monday.\n\nWould it be possible for her deputy, Mr Jeroen Baars, to take her "
            "seat? He is not a director himself, so we'd like to check first.\n\nKind regards,\nSabine Hoogendoorn\n"
            "Office Manager\nBibliotheek Gouda")
    assert _who(body, "Sabine Hoogendoorn <s.hoogendoorn@go.example.nl>", "Monday 24 June - Ms Van Doorn cannot attend") == \
        [("Wilma van Doorn", None, "Bibliotheek Gouda")]


def test_a_school_written_in_lower_case_that_the_domain_spells():
    assert _who("graag aanmelden voor het webinar over de bibliotheek op school op 28 maart. ik ben ib'er op cbs de wegwijzer in ede",
                "Sanne Kroeze <s.kroeze@cbsdewegwijzer-ede.example.nl>", "aanmelden") == \
        [("Sanne Kroeze", "s.kroeze@cbsdewegwijzer-ede.example.nl", "cbs de wegwijzer")]


def test_the_writer_comes_in_the_place_of_the_director_in_cc():
    # the verb first: 'kom ik … in zijn plaats'; the director 'in cc' is the one consulted, not a guest
    from tests.servers import make_message
    from tests.test_understanding import CATALOGUE, classify, parse
    raw = make_message(sender="Stefan Kuijpers <s.kuijpers@kr.example.nl>", subject="RE: Uitnodiging Gesprekstafel",
                       body="In overleg met onze directeur (in cc) kom ik op 24 juni in zijn plaats naar de gesprekstafel.\n\n"
                            "Met vriendelijke groet,\n\nStefan Kuijpers\nCoördinator Taalhuis\nBibliotheek Kerkrade",
                       headers={"Cc": "Leon Crombach <l.crombach@kr.example.nl>"})
    u = classify(parse(raw), CATALOGUE)
    assert (u.intent, [(a.name, a.email) for a in u.attendees]) == ("register", [("Stefan Kuijpers", "s.kuijpers@kr.example.nl")])


def test_a_library_then_its_house_after_a_dash_is_one_employer():
    from mailbot.signatures import split_role_organisation
    assert split_role_organisation("Directeur | Bibliotheek Maastricht - Centre Céramique") == \
        ("Directeur", "Bibliotheek Maastricht - Centre Céramique")
    assert split_role_organisation("Bibliotheek Utrecht - Neude") == (None, "Bibliotheek Utrecht")  # a branch: no house word


def test_in_a_sign_up_the_colleague_who_called_off_is_no_guest():
    from mailbot.attendees import role_named_people
    text = ("Vorige week heeft mijn collega Tineke Rutten zich voor de gesprekstafel afgemeld. Omdat Centre Céramique graag "
            "vertegenwoordigd is, kom ik nu zelf.")
    assert role_named_people(text, ["Hilde Claessens"]) == []


def test_what_a_library_is_to_the_writer_is_not_its_name():
    from mailbot.parse import parse
    from mailbot.signatures import describe_sender
    from tests.servers import make_message
    raw = make_message(sender="Ruud Bosman <r.bosman@vd.example.nl>", subject="RE: Uitnodiging Gesprekstafel",
                       body="Wij (de twee directeuren van de fusiebibliotheek Vallei & Delf) komen allebei.\n\nGroet,\nRuud")
    assert describe_sender(parse(raw)).organisation == "Vallei & Delf"


def test_nor_can_i_cancels_the_writer_with_the_colleague():
    from tests.test_understanding import people

    got = people("Our deputy director Tom Verbeek cannot attend the round table on 24 June after all, nor can I, "
                 "I'm afraid. Please take us both off the list.", subject="Cancellation 24 June")
    assert ("Robert Hazenberg", "r.hazenberg@bieb.example.nl") in [(name, email) for name, email, _ in got]


def test_a_school_with_its_article_in_the_writers_sentence_is_their_school():
    """'op cbs de regenboog': kind and article say it is a school's name, even in lower case from a private address."""
    from mailbot.signatures import _lower_case_school
    assert _lower_case_school("ik werk als leerkracht groep 4 op cbs de regenboog in nijkerk", "j.k@gmail.example.com") \
        == (None, "cbs de regenboog")
    assert _lower_case_school("i'm an intern begeleider at obs de fontein in breda.", None) == (None, "obs de fontein")
    assert _lower_case_school("De leerlingen van obs de fontein komen ook.", None) is None  # not the writer's own


def test_a_first_name_with_an_initialled_address_in_cc_when_the_text_says_so():
    """'Hans vroeg me hem aan te melden. Hij staat in de cc.': h.verhoef@… in Cc is Hans, the sentence says he is copied."""
    from mailbot.attendees import _initialled_and_marked
    assert _initialled_and_marked("Hans", "h.verhoef", "Hans vroeg me om hem aan te melden. Hij staat in de cc.")
    assert not _initialled_and_marked("Hans", "h.verhoef", "Hans vroeg me om hem aan te melden.")
    assert not _initialled_and_marked("Hans", "k.verhoef", "Hans staat in de cc.")


def test_where_the_writers_both_are_is_their_organisation():
    """"We're both at OBS Het Mozaïek in Utrecht": where both writers are, by a school's kind and name."""
    from mailbot.signatures import _own_org_said
    assert _own_org_said("We're both at OBS Het Mozaïek in Utrecht Overvecht.") == "OBS Het Mozaïek"


def test_the_author_of_the_mail_below_a_note_that_points_to_it():
    """'Zie haar mail hieronder': the client quoted what the secretary meant as a forward; its author signs up."""
    body = ("Goedemorgen,\n\nOnze directeur wil graag deelnemen aan de gesprekstafel op 24 juni. Zie haar mail hieronder.\n\n"
            "Vriendelijke groet,\nSecretariaat\n\nVan: Wieteke Blaauw <w.blaauw@dh.example.nl>\nVerzonden: vrijdag 24 mei 2019 17:02\n"
            "Aan: Secretariaat\nOnderwerp: gesprekstafel 24 juni\n\nWil je me aanmelden voor de gesprekstafel op 24 juni?\n\n"
            "Wieteke Blaauw\nDirecteur-bestuurder\nBibliotheek Den Helder\n")
    assert [(n, e) for n, e, _ in _who(body, "Secretariaat <secretariaat@dh.example.nl>")] \
        == [("Wieteke Blaauw", "w.blaauw@dh.example.nl")]


def test_a_library_by_its_place_in_lower_case_after_the_writers_role():
    """'ik ben leesconsulent bij de bibliotheek noordoostpolder maar werk vanuit huis': the library they work for."""
    from mailbot.signatures import _role_at_in_text
    assert _role_at_in_text("ik ben leesconsulent bij de bibliotheek noordoostpolder maar werk vanuit huis") \
        == ("leesconsulent", "bibliotheek noordoostpolder")
    assert _role_at_in_text("ik ben leesconsulent bij de bibliotheek hier in de buurt") is None


def test_the_colleague_signed_up_is_named_in_the_next_sentence():
    """'Ik wil graag mezelf en mijn collega aanmelden … Mijn collega is Lotte': Lotte comes, by first name alone."""
    from tests.test_understanding import people
    got = people("Ik wil graag mezelf en mijn collega aanmelden voor het webinar van 28 maart. Mijn collega is Lotte, ze is "
                 "onze leescoördinator.\n\nGroeten,\nRobert")
    assert ("Lotte", None) in [(name, email) for name, email, _ in got]


def test_us_both_is_the_writer_and_the_colleague_the_mail_answers():
    """'Ja prima meld ons maar allebei aan', To the colleague who asked, the desk in Cc: both come."""
    from mailbot.parse import parse
    from mailbot.attendees import _reader_with_us_both
    from mailbot.classify import Attendee
    raw = (b"From: Koos Harmsen <k.harmsen@m.example.nl>\r\nTo: Janneke Wessels <j.wessels@m.example.nl>\r\n"
           b"Cc: aanmelden@example.org\r\nSubject: Re: Webinar\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           b"Ja prima meld ons maar allebei aan\r\nKoos\r\n\r\nVan: Janneke Wessels <j.wessels@m.example.nl>\r\n"
           b"Onderwerp: Webinar\r\n\r\nZullen we samen gaan?\r\n")
    got = _reader_with_us_both(parse(raw), Attendee("Koos Harmsen", "k.harmsen@m.example.nl"), {"aanmelden@example.org"})
    assert got is not None and (got.name, got.email) == ("Janneke Wessels", "j.wessels@m.example.nl")


def test_first_names_who_cant_attend_are_struck_off():
    """"Jonas and Aylin can't attend after all": the first names a cancellation gives, in English short forms."""
    from mailbot.attendees import _FIRST_NAME_OFF
    found = _FIRST_NAME_OFF.search("Small change: Jonas and Aylin can't attend after all. Sara and Noor are still coming.")
    assert found is not None and found.group(1) == "Jonas and Aylin"


def test_a_first_name_closing_the_text_spells_out_the_signatures_initial():
    """'Ik ben erbij.\\n\\nGerdien' over a signature 'G. Oude Luttikhuis': she is Gerdien Oude Luttikhuis."""
    from mailbot.parse import parse
    from mailbot.signatures import describe_sender
    from tests.servers import make_message
    raw = make_message(sender="Bibliotheek Hof van Twente <directie@hvt.example.nl>", subject="RE: Uitnodiging",
                       body="Ja, graag. Ik ben erbij.\n\nGerdien\n\n--\nG. Oude Luttikhuis\nDirecteur\nBibliotheek Hof van Twente")
    assert describe_sender(parse(raw)).name == "Gerdien Oude Luttikhuis"


@pytest.mark.parametrize(("sender", "body", "expected"), [
    ('"T. Bulthuis" <t.bulthuis@oa.example.nl>', "kan helaas niet meer op 28 maart, sorry. graag afmelden\ntjitske",
     "Tjitske Bulthuis"),
    ('"T. Bulthuis" <t.bulthuis@oa.example.nl>', "kan helaas niet meer op 28 maart, graag afmelden\nthanks", "T. Bulthuis"),
    ('"T. Bulthuis" <t.bulthuis@oa.example.nl>', "kan helaas niet meer op 28 maart, graag afmelden\npieter", "T. Bulthuis"),
    ('"D.J. Bosch" <dj.bosch@mh.example.nl>', "Graag meld ik mij aan.\n\nMet vriendelijke groet,\njhr. drs. Dirk-Jan Bosch\n"
     "directeur-bestuurder\nde Bibliotheek Midden-Holland", "Dirk-Jan Bosch"),
])
def test_initials_in_the_header_are_spelled_out_by_the_name_under_the_mail(sender: str, body: str, expected: str):
    """A phone's lower-case 'tjitske' under 'T. Bulthuis' is Tjitske Bulthuis (not a closing 'groetjes', not another
    letter); 'jhr. drs. Dirk-Jan Bosch' signs with titles that are not his name."""
    from mailbot.parse import parse
    from mailbot.signatures import describe_sender
    from tests.servers import make_message
    assert describe_sender(parse(make_message(sender=sender, subject="afmelden", body=body))).name == expected


def test_a_form_lists_the_surname_first_as_member_systems_do():
    """'Naam: Jong, de - Marieke' in a secretariat's form is Marieke de Jong; 'Naam: Piet Jansen, directeur' stays as written."""
    from mailbot.signatures import turned_round
    assert turned_round("Jong, de - Marieke") == "Marieke de Jong"
    assert turned_round("Piet Jansen, directeur") == "Piet Jansen, directeur"


def test_a_role_after_a_full_name_is_that_persons_and_what_follows_it_no_second_person():
    """'de heer Arjen Nauta, directeur Stadkamer Zwolle': an organisation, not a person called 'Stadkamer Zwolle'."""
    from mailbot.classify import classify
    from mailbot.events import load_catalogue
    from tests.helpers import ROOT, parsed

    u = classify(parsed(sender="k.wessels@bibliotheekzwolle.example.nl", name="Karin Wessels", subject="Aanmelding directeur",
                        text="Graag meld ik de heer Arjen Nauta, directeur Stadkamer Zwolle, aan voor de gesprekstafel op "
                             "24 juni."), load_catalogue(ROOT / "config" / "events.toml"))
    assert u.intent == "register" and [a.name for a in u.attendees] == ["Arjen Nauta"]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Yes, I will attend. Regards, Rahul Desai – director, BplusC", "Rahul Desai", ("director", "BplusC")),
    ("I'd like to come on the 24th. Margaret (director, Bibliotheek Zuid-Kennemerland)", "Margaret O'Brien",
     ("director", "Bibliotheek Zuid-Kennemerland")),
    ("hoi, ik wil graag meedoen! joyce hermans, intern begeleider obs de boomgaard", "Joyce Hermans",
     ("intern begeleider", "obs de boomgaard")),
    ("ik kom graag op 24/6. groet peter kraaijeveld, bibliotheek oostland (directeur)", "Peter Kraaijeveld",
     ("directeur", "bibliotheek oostland")),
    ("Please take me off the list. Thanks, Ben Carter (Oak International School, library)", "Ben Carter",
     (None, "Oak International School")),
    ("Ik meld me hierbij aan, Sanne Koopmans, directeur OBS De Triangel in Zeist. Mijn collega wil ook.", "Sanne Koopmans",
     ("directeur", "OBS De Triangel")),
    ("Ik kom graag. Groet, Sanne Koopmans", "Sanne Koopmans", None),
])
def test_a_sign_off_run_on_in_the_text_gives_role_and_organisation(text: str, name: str, expected: tuple | None):
    """'groet peter kraaijeveld, bibliotheek oostland (directeur)': the one-line sign-off says where the writer works."""
    from mailbot.signatures import _signed_off_in_text
    assert _signed_off_in_text(text, name) == expected


@pytest.mark.parametrize(("signature", "expected"), [
    ("Met vriendelijke groet,\nKarin Wessels\nDirectiesecretaresse\nStadkamer | Zwolle", ("Directiesecretaresse", "Stadkamer")),
    ("Best regards,\nEmma Lindqvist\nExecutive assistant to the director\nBplusC - Leiden",
     ("Executive assistant to the director", "BplusC")),
    ("Groet,\nPauline Verbruggen\nmanagementondersteuning\nNieuwe Veste, Breda", ("managementondersteuning", "Nieuwe Veste")),
])
def test_the_organisation_under_a_role_keeps_its_place_apart(signature: str, expected: tuple[str, str]):
    """'Directiesecretaresse' / 'Stadkamer | Zwolle': the organisation is Stadkamer, Zwolle is where it is."""
    from mailbot.signatures import signature_facts
    assert signature_facts(signature)[1:] == expected


def test_a_first_name_taken_along_is_an_attendee():
    """'Ik kom op 24 juni en neem Loes mee': the writer and Loes, known by first name only."""
    from mailbot.attendees import _first_names_along
    text = "Ik kom op 24 juni en neem Loes mee, onze specialist digitale inclusie. Ze mailt je zelf haar adres."
    assert [a.name for a in _first_names_along(text, ["Mathijs Goossens"])] == ["Loes"]
    assert _first_names_along("Ik neem Loes de Vries mee.", ["Mathijs Goossens"]) == []  # a full name: read elsewhere


def test_the_one_coming_in_the_writers_place_may_be_named_by_first_name_in_that_sentence():
    """'doorgestuurd naar Frank, want hij gaat nu in mijn plaats. Ik kom dus niet, Frank van Lieshout wel (…)': Frank comes,
    the writer is cancelled."""
    from mailbot.classify import classify
    from mailbot.events import load_catalogue
    from tests.helpers import ROOT, parsed

    u = classify(parsed(sender="r.maas@bibliotheekveghel.example.nl", name="Ria Maas", subject="Fwd: Uw aanmelding: Gesprekstafel",
                        text="Ter info: ik heb de bevestiging van de gesprekstafel doorgestuurd naar Frank, want hij gaat nu in "
                             "mijn plaats. Ik kom dus niet, Frank van Lieshout wel (f.vanlieshout@bibliotheekveghel.example.nl)."),
                 load_catalogue(ROOT / "config" / "events.toml"))
    assert u.intent == "cancel"
    assert sorted((a.email, a.action) for a in u.attendees) == [("f.vanlieshout@bibliotheekveghel.example.nl", "register"),
                                                                ("r.maas@bibliotheekveghel.example.nl", None)]


@pytest.mark.parametrize("text", [
    "Hi, could you cancel my registration and that of my colleague Bart de Graaf for tomorrow's webinar?",
    "Wil je mijn aanmelding en die van mijn collega Bart de Graaf intrekken?",
    "Helaas moet ik mij afmelden voor maandag. Dr. Klaus Weber, die ik had aangemeld, komt ook niet meer.",
])
def test_the_writers_own_cancellation_goes_with_the_colleagues(text: str):
    """'cancel my registration and that of my colleague X': the writer is cancelled too."""
    from mailbot.attendees import _SELF_TOO_CANCELLED
    assert _SELF_TOO_CANCELLED.search(text)


@pytest.mark.parametrize("text", [
    "Het wordt onze directeur Charlotte Dubois-Meijer én ikzelf (Saskia Terlouw, manager bedrijfsvoering).",
    "I'd like to attend. If the webinar is in Dutch, I will bring our Dutch-speaking colleague, Mrs Ellen de Wit-Jansen.",
    "Dus ja: aanmelden graag. En mijn collega Gijs (g.vermaat@bibliotheekamersfoort.example.nl) ook.",
])
def test_the_writer_comes_with_the_one_named(text: str):
    """'… én ikzelf', 'I will bring our Dutch-speaking colleague': the writer is signed up too."""
    from mailbot.attendees import _SELF_TOO
    assert _SELF_TOO.search(text)


def test_a_head_of_a_section_at_a_school_names_the_school():
    """'I am the Head of Primary at Amity International School Amstelveen': the school is the writer's employer."""
    from mailbot.signatures import _role_at_in_text
    assert _role_at_in_text("I am the Head of Primary at Amity International School Amstelveen. We are in talks with "
                            "Bibliotheek Amstelland.") == ("Head of Primary", "Amity International School Amstelveen")


@pytest.mark.parametrize(("text", "own"), [
    ("Mijn collega Kevin Tan neemt mijn plek in; hij mailt zelf nog zijn gegevens.", False),
    ("Anouk Bressers komt in mijn plaats; zij mailt zelf nog even.", True),
])
def test_who_only_sends_their_details_does_not_sign_up_themself(text: str, own: bool):
    """'hij mailt zelf nog zijn gegevens': the place is theirs, the details follow (not 'zij mailt zelf nog even')."""
    from mailbot.attendees import _OWN_SIGN_UP
    assert bool(_OWN_SIGN_UP.search(text)) is own


@pytest.mark.parametrize(("text", "expected"), [
    ("Good evening,\n\nWe are the British School in the Netherlands, Junior School Leidschenveen. Three of us would like to come.",
     "British School in the Netherlands, Junior School Leidschenveen"),
    ("Hello,\n\nWe are the parents of two pupils. Could we join?", None),  # no school or library named
])
def test_who_we_are_names_the_organisation(text: str, expected: str | None):
    """'We are the British School in the Netherlands, …': the writers' organisation, as written."""
    from mailbot.signatures import _own_org_said
    assert _own_org_said(text) == expected


def test_the_writer_named_with_a_guest_is_one_of_the_people():
    """'Pieter de Jong (directeur CODA Apeldoorn) en als gast Ms Laura Evans': the writer and the guest."""
    from mailbot.attendees import _writer_named_with_others
    text = "Hierbij meld ik aan voor de gesprekstafel: Pieter de Jong (directeur CODA Apeldoorn) en als gast Ms Laura Evans."
    assert _writer_named_with_others(text, "Pieter de Jong")
    assert not _writer_named_with_others("Pieter de Jong en als het kan ook later.", "Pieter de Jong")


def test_a_reply_over_our_confirmation_signs_up_only_the_colleague():
    """'Naast mijzelf wil ook Jelle Hoekstra … aanschuiven' over 'Bedankt voor uw aanmelding voor de Gesprekstafel': the
    writer is on the list already; only the colleague is new."""
    from mailbot.attendees import _registered_already
    from mailbot.parse import parse
    from mailbot.understanding import Attendee
    from tests.servers import make_message
    body = ("Naast mijzelf wil ook Jelle Hoekstra graag aanschuiven.\n\nOp wo 29 mei 2019 om 09:40 schreef Aanmelden "
            "<aanmelden@example.org>:\n\n> Beste Henk Brouwer,\n>\n> Bedankt voor uw aanmelding voor de Gesprekstafel voor "
            "directeuren op maandag 24 juni 2019.\n")
    p = parse(make_message(sender="Henk Jan Brouwer <hj.brouwer@ij.example.nl>", subject="Re: Uw aanmelding", body=body))
    assert _registered_already(p, Attendee("Henk Jan Brouwer", "hj.b@other.example.nl"))


def test_the_one_the_writer_stands_in_for_may_be_named_by_first_name():
    """'forwarding this from our Dutch librarian Marieke, who's on leave. She asked me to sign up in her place': not Marieke."""
    from mailbot.attendees import WRITER_IN_THEIR_PLACE, _writer_stands_in
    from mailbot.understanding import Attendee
    text = "Hi, forwarding this from our Dutch librarian Marieke, who's on leave. She asked me to sign up in her place, so: Emma Hart."
    writer = Attendee("Emma Hart", "e.hart@is.example.nl")
    people = (writer, Attendee("Marieke Dijkstra", "m.dijkstra@is.example.nl"))
    assert _writer_stands_in(people, writer, text, WRITER_IN_THEIR_PLACE.search(text).start()) == (writer,)


@pytest.mark.parametrize("text", [
    "Onze directeur Joost Kramer kan op 24 juni helaas niet. In zijn plaats kom ik graag naar de gesprekstafel.",
    "Our director cannot make it. In her place, I will attend the round table.",
    "Onze directeur zit die dag bij het ministerie. Hij vroeg of ik in zijn plaats wil gaan, en dat doe ik graag.",
    "Ik neem in die periode de honneurs waar en kom daarom graag in zijn plaats naar de gesprekstafel.",
])
def test_the_writer_comes_in_their_place_said_place_first(text: str):
    """'In zijn plaats kom ik graag': the writer comes, not the director named before."""
    from mailbot.attendees import WRITER_IN_THEIR_PLACE
    assert WRITER_IN_THEIR_PLACE.search(text)


def test_one_named_with_their_school_who_cannot_come_is_cancelled():
    """'Femke Bos van OBS 't Palet kan morgen toch niet': Femke Bos, of OBS 't Palet."""
    from mailbot.attendees import _names_off, _stated_organisation
    text = "Ik heb vorige week drie directeuren aangemeld. Femke Bos van OBS 't Palet kan morgen toch niet; Ahmed Bakkali en ik komen wel."
    assert [a.name for a in _names_off(text, ["Erik Jonkman"])] == ["Femke Bos"]
    assert _stated_organisation("Femke Bos", text) == "OBS 't Palet"


def test_the_letters_after_a_role_belong_to_the_library():
    """'directeur ZB Planbureau en Bibliotheek van Zeeland': ZB is part of the name, not of the role."""
    from mailbot.signatures import split_role_organisation
    assert split_role_organisation("directeur ZB Planbureau en Bibliotheek van Zeeland") == \
        ("directeur", "ZB Planbureau en Bibliotheek van Zeeland")
    assert split_role_organisation("Directeur Bibliotheek Waterland") == ("Directeur", "Bibliotheek Waterland")


@pytest.mark.parametrize(("header", "expected"), [
    ("Ruiz Fernández, Lucía", "Lucía Ruiz Fernández"),
    ("Vries, Ellen de", "Ellen de Vries"),
    ("Bibliotheek Utrecht, Directie", "Bibliotheek Utrecht, Directie"),
    ("Jong, de - Marieke", "Marieke de Jong"),
    ("Berg, van den - Anne-Fleur", "Anne-Fleur van den Berg"),
])
def test_a_header_name_with_two_surnames_first_reads_given_name_first(header: str, expected: str):
    """'Ruiz Fernández, Lucía' (Outlook, surnames first) is Lucía Ruiz Fernández."""
    from mailbot.signatures import display_name
    assert display_name(header) == expected


def test_the_writers_own_one_line_sign_up_quoted_under_our_confirmation_gives_the_organisation():
    """'Ik moet me helaas afmelden. Hilde' over '>> Graag aanmelden voor 24 juni. Hilde Reinders, directeur Bibliotheek
    Oldenzaal': her library, from her own earlier words."""
    from mailbot.parse import parse
    from mailbot.signatures import describe_sender
    from tests.servers import make_message
    body = ("Ik moet me helaas afmelden. Hartelijke groet, Hilde\n\nOp 29 mei 2019 om 09:40 schreef Aanmelden "
            "<aanmelden@example.org>:\n> Beste Hilde Reinders,\n>\n> Bedankt voor uw aanmelding.\n>\n"
            ">> Op 28 mei 2019 om 16:00 schreef Hilde Reinders:\n>> Graag aanmelden voor 24 juni. Hilde Reinders, directeur "
            "Bibliotheek Oldenzaal\n")
    p = parse(make_message(sender="Hilde Reinders <h.reinders@ol.example.nl>", subject="Re: Uw aanmelding", body=body))
    assert describe_sender(p).organisation == "Bibliotheek Oldenzaal"


def test_twentes_olde_and_oude_belong_to_the_surname_after_initials():
    """'mevrouw T. (Tineke) Olde Scheper, directeur Publieksdiensten' in a secretary's list is Tineke Olde Scheper."""
    from mailbot.lists import person_at
    assert person_at("mevrouw T. (Tineke) Olde Scheper, directeur")[0] == "Tineke Olde Scheper"
    assert person_at("G. Oude Luttikhuis, directeur")[0] == "G. Oude Luttikhuis"
    assert person_at("T. Jansen, directeur")[0] == "T. Jansen"


def test_a_person_named_with_a_title_only_is_registered_without_it():
    """'Unfortunately Mrs Ouédraogo-Smit, our director, is unable to attend': the cancellation is for Ouédraogo-Smit."""
    from mailbot.classify import classify
    from mailbot.events import load_catalogue
    from tests.helpers import ROOT, parsed

    u = classify(parsed(sender="j.hermsen@arnhem.example.nl", name="Joke Hermsen", subject="cancellation webinar 28 March",
                        text="Dear organisers,\n\nUnfortunately Mrs Ouédraogo-Smit, our director, is unable to attend the "
                             "webinar tomorrow. Could you please cancel her registration?\n\nKind regards,\nJoke Hermsen"),
                 load_catalogue(ROOT / "config" / "events.toml"))
    assert u.intent == "cancel" and [a.name for a in u.attendees] == ["Ouédraogo-Smit"]


def test_people_at_another_domain_work_where_their_domain_says_when_the_mail_names_it():
    """A library's reading consultant signs up a school's director: 'de directeur van OBS De Wilgenstam, meester Ferry
    Lubbers (f.lubbers@obsdewilgenstam…)' works at OBS De Wilgenstam, not at the writer's library."""
    from mailbot.classify import classify
    from mailbot.events import load_catalogue
    from tests.helpers import ROOT, parsed

    u = classify(parsed(sender="n.bouchtaoui@bibliotheekkennemerwaard.example.nl", name="Naima Bouchtaoui",
                        subject="Re: Uitnodiging webinar", signature="Naima Bouchtaoui\nleesconsulent | Bibliotheek Kennemerwaard",
                        text="Ja, graag! Ik meld mij aan voor het webinar van 28 maart, en ook de directeur van OBS De "
                             "Wilgenstam, meester Ferry Lubbers (f.lubbers@obsdewilgenstam.example.nl)."),
                 load_catalogue(ROOT / "config" / "events.toml"))
    assert {a.name: a.organisation for a in u.attendees} == {"Naima Bouchtaoui": "Bibliotheek Kennemerwaard",
                                                             "Ferry Lubbers": "OBS De Wilgenstam"}


def test_a_surname_of_three_words_after_a_title_is_the_person_named_in_full():
    """'de heer R. (Raoul) Tjon A Fong' and 'Raoul Tjon A Fong' are one person; 'Gerda ten Brink' under 'Rijnbrink -
    Gerda ten Brink' (an organisation before a dash) and 'Gr Wendy de Graaf' (a closing) are no fuller names of her."""
    from mailbot.names import same_name, same_person_fuller
    assert same_name("Tjon A Fong", "Raoul Tjon A Fong")
    assert not same_person_fuller("Gerda ten Brink", "Rijnbrink - Gerda ten Brink")
    assert not same_person_fuller("Wendy de Graaf", "Gr Wendy de Graaf")


def test_the_writer_listing_themself_with_me_keeps_the_role_and_library_the_item_gives():
    """'1. Ruth Adeyemi (me) – reading consultant, OBA, r.adeyemi@…': her role and her library by its letters; a team
    in the writer's own item ('manager Bibliotheek & Samenleving (ikzelf)') does not replace the signature's library."""
    from mailbot.lists import _item_person
    from mailbot.understanding import Attendee
    ruth = Attendee("Ruth Adeyemi", "r.adeyemi@bibliotheekamsterdam.example.nl")
    got = _item_person("Ruth Adeyemi (me) – reading consultant, OBA, r.adeyemi@bibliotheekamsterdam.example.nl", ruth)
    assert (got.organisation, got.role) == ("OBA", "reading consultant")
    robbert = Attendee("Robbert Kuijpers", "r.kuijpers@zk.example.nl", "Bibliotheek Zuid-Kennemerland")
    got = _item_person("Robbert Kuijpers, manager Bibliotheek & Samenleving (ikzelf)", robbert)
    assert got.organisation == "Bibliotheek Zuid-Kennemerland"


def test_a_signature_cell_that_the_long_mail_domain_starts_is_the_organisation():
    """'Deputy Head, Amersfoort International Primary' from …@amersfoortinternational.…: the school, though no
    library or school word is in its name."""
    from mailbot.signatures import _org_spelled_by_domain
    assert _org_spelled_by_domain("Helen Marsh\nDeputy Head, Amersfoort International Primary",
                                  "h.marsh@amersfoortinternational.example.nl") == "Amersfoort International Primary"
    assert _org_spelled_by_domain("Helen Marsh\nDeputy Head", "h.marsh@amersfoortinternational.example.nl") is None


@pytest.mark.parametrize(("header", "address", "name"), [
    ("dilan yildiz", "dilan.yildiz@sbodesleutel.example.nl", "Dilan Yildiz"),
    ("jan de vries", "jan.devries@bieb.example.nl", "Jan de Vries"),
    ("directie obs", "directie@obs.example.nl", None),  # a mailbox, not the address's person
])
def test_a_lower_case_header_name_the_address_spells_is_the_writers_name(header: str, address: str, name: str | None):
    """'dilan yildiz <dilan.yildiz@…>' is Dilan Yildiz: a phone's address book writes the name in lower case."""
    from mailbot.signatures import _lower_case_own_name
    assert _lower_case_own_name(header, address) == name


def test_a_list_item_that_names_the_school_and_a_colon_before_the_person_is_that_person():
    """'- OBS De Vlinder: Jeroen Smits (principal)': Jeroen Smits, of OBS De Vlinder."""
    from mailbot.lists import _item_person
    from mailbot.understanding import Attendee
    got = _item_person("OBS De Vlinder: Jeroen Smits (principal)", Attendee("Michael Brennan", "m.brennan@veldwerk.example.nl"))
    assert got is not None and (got.name, got.organisation) == ("Jeroen Smits", "OBS De Vlinder")


def test_a_list_that_names_each_school_first_registers_the_person_after_the_dash():
    """'OBS Wereldwijs – Samira el Amrani' among items with addresses: Samira el Amrani of OBS Wereldwijs, without one."""
    from mailbot.lists import listed_people
    from mailbot.understanding import Attendee
    text = ("Namens SOOW meld ik de directeuren van drie van onze scholen aan voor het webinar:\n"
            "OBS De Kleine Prins – Ellen van Zanten (e.vanzanten@obsdekleineprins.example.nl)\n"
            "OBS Wereldwijs – Samira el Amrani\n"
            "IKC De Schelp – Jan Willem Zuidgeest (jw.zuidgeest@ikcdeschelp.example.nl)\n")
    people = listed_people(text, Attendee("Rianne Sprenger", "r.sprenger@soowestland.example.nl"))
    assert [(a.name, a.email, a.organisation) for a in people] == [
        ("Ellen van Zanten", "e.vanzanten@obsdekleineprins.example.nl", "OBS De Kleine Prins"),
        ("Samira el Amrani", None, "OBS Wereldwijs"),
        ("Jan Willem Zuidgeest", "jw.zuidgeest@ikcdeschelp.example.nl", "IKC De Schelp")]


def test_the_one_named_before_haar_afmelden_is_cancelled_not_the_writer():
    """'Wij hadden onze intern begeleider, Sabine Groen, aangemeld … Sabine is met verlof, dus wilt u haar afmelden?'
    from the school's director: Sabine Groen is cancelled, not the director who writes."""
    from mailbot.classify import classify
    from mailbot.events import load_catalogue
    from tests.helpers import ROOT, parsed

    u = classify(parsed(sender="directie@cbsdefontein.example.nl", name="Directie CBS De Fontein", subject="Afmelding webinar",
                        text="Wij hadden onze intern begeleider, Sabine Groen, aangemeld voor het webinar van donderdag 28 "
                             "maart. Sabine is inmiddels met zwangerschapsverlof, dus wilt u haar afmelden?"),
                 load_catalogue(ROOT / "config" / "events.toml"))
    assert u.intent == "cancel" and [a.name for a in u.attendees] == ["Sabine Groen"]


def test_lines_of_school_dash_person_without_a_colon_or_addresses_are_a_list():
    """'… voor het webinar van 28/3. Ik heb hun mailadressen nu niet bij de hand.' and then 'OBS De Tuimelaar - Gerrit
    Boersma' a line: each line a director of that school, though no colon announces the list."""
    from mailbot.lists import listed_people
    from mailbot.understanding import Attendee
    text = ("Graag meld ik de volgende directeuren aan voor het webinar van 28/3. Ik heb hun mailadressen nu niet bij de hand.\n"
            "OBS De Tuimelaar - Gerrit Boersma\nCBS Ichthus - Wendy Oosterhuis\nIKC Het Waddenhuis - Jantine Postma\n"
            "Ikzelf hoef niet aangemeld te worden.")
    people = listed_people(text, Attendee("Petra Mulder", "p.mulder@spodewaarden.example.nl"))
    assert [(a.name, a.organisation) for a in people] == [
        ("Gerrit Boersma", "OBS De Tuimelaar"), ("Wendy Oosterhuis", "CBS Ichthus"), ("Jantine Postma", "IKC Het Waddenhuis")]


def test_one_list_line_that_signs_up_itself_does_not_take_the_line_above_with_it():
    """'Bas van Rijswijk - OBS Het Startpunt - (mailadres volgt, hij mailt zelf nog)' is about Bas alone: Anouk on the
    line above stays signed up."""
    from mailbot.attendees import _signs_up_themself
    from mailbot.understanding import Attendee
    text = ("Anouk Timmermans - CBS De Schakel - a.timmermans@cbsdeschakel.example.nl\n"
            "Bas van Rijswijk - OBS Het Startpunt - (mailadres volgt, hij mailt zelf nog)\n")
    assert not _signs_up_themself(Attendee("Anouk Timmermans", "a.timmermans@cbsdeschakel.example.nl"), text)
    assert _signs_up_themself(Attendee("Bas van Rijswijk", None), text)


def test_a_colleague_said_to_be_registered_already_is_not_the_one_leaving():
    """'My colleague Lucas Moreau is already registered; could you register Jamal Idrissi, our EAL coordinator, in my
    place?': the writer leaves, Jamal comes; Lucas stays as he was."""
    from mailbot.classify import classify
    from mailbot.events import load_catalogue
    from tests.helpers import ROOT, parsed

    u = classify(parsed(sender="e.richardson@kis.example.org", name="Emma Richardson", subject="Change of attendee - webinar",
                        text="Unfortunately I won't be able to attend the webinar on 28 March after all. My colleague Lucas "
                             "Moreau is already registered; could you register Jamal Idrissi, our EAL coordinator, in my "
                             "place? His address is j.idrissi@kis.example.org."),
                 load_catalogue(ROOT / "config" / "events.toml"))
    assert u.intent == "cancel" and [a.name for a in u.attendees] == ["Emma Richardson", "Jamal Idrissi"]


def test_titled_names_who_come_anyway_stay_and_the_one_cancelled_is_named_in_full():
    """'… aangemeld: de heer Van Rijn, mevrouw Çelik en mevrouw Hoogendoorn. Mevrouw Aylin Çelik (…) kan helaas niet …
    De heer Van Rijn en mevrouw Hoogendoorn komen wel.': only Aylin Çelik is cancelled."""
    from mailbot.classify import classify
    from mailbot.events import load_catalogue
    from tests.helpers import ROOT, parsed

    u = classify(parsed(sender="m.vlasblom@bibliotheekdenhaag.example.nl", name="Mirjam Vlasblom", subject="Wijziging deelnemers",
                        text="Namens Bibliotheek Den Haag waren drie deelnemers aangemeld voor de gesprekstafel van 24 juni: "
                             "de heer Van Rijn, mevrouw Çelik en mevrouw Hoogendoorn.\nMevrouw Aylin Çelik (manager "
                             "programmering) kan helaas niet aanwezig zijn in verband met ziekte. Wilt u haar afmelden? De heer "
                             "Van Rijn en mevrouw Hoogendoorn komen wel."),
                 load_catalogue(ROOT / "config" / "events.toml"))
    assert u.intent == "cancel" and [a.name for a in u.attendees] == ["Aylin Çelik"]


def test_a_list_written_all_in_lower_case_names_its_people():
    """'wij willen ons graag aanmelden …:' / 'juul de vries (ib'er)' / 'tamara snoek (leerkracht groep 4)': a phone's
    list without capitals is the same list; a closing line in lower case stays no person."""
    from mailbot.lists import _cased_name_line, listed_people
    from mailbot.understanding import Attendee
    text = ("wij willen ons graag aanmelden voor het webinar van donderdag 28 maart om 15.00:\n"
            "juul de vries (ib'er)\ntamara snoek (leerkracht groep 4)\nmustafa arslan (leerkracht groep 7/8)\n"
            "allemaal van obs de schakel.")
    people = listed_people(text, Attendee(None, "juul.devries@obsdeschakel.example.nl"))
    assert [(a.name, a.role) for a in people] == [("Juul de Vries", "ib'er"), ("Tamara Snoek", "leerkracht groep 4"),
                                                  ("Mustafa Arslan", "leerkracht groep 7/8")]
    assert _cased_name_line("met vriendelijke groet") == "met vriendelijke groet"


def test_the_writers_own_list_of_first_names_registers_each_of_them():
    """'We registered four people …: myself, Priya, Thomas and Anouk. Please cancel all four registrations.': the
    writer and three colleagues by first name; in a forwarded 'Sjoerd, Amira and me' each is written in full where the
    thread gives it, and the writer named twice is one person. (That 'me' is the forward's author, Laura, is not read yet.)"""
    from mailbot.lists import listed_people
    from mailbot.understanding import Attendee
    marco = Attendee("Marco Bianchi", "m.bianchi@bibliotheekrotterdam.example.nl")
    text = ("We registered four people from Bibliotheek Rotterdam for the webinar on 28 March: myself, Priya, Thomas and "
            "Anouk. Please cancel all four registrations.")
    assert [a.name for a in listed_people(text, marco)] == ["Marco Bianchi", "Priya", "Thomas", "Anouk"]
    dorien = Attendee("Dorien Kalkman", "directie@aanzet.example.nl")
    text = "Graag aanmelden voor de gesprekstafel van 24 juni: ikzelf en Ruud, onze manager bedrijfsvoering. Ruud wil graag."
    assert [a.name for a in listed_people(text, dorien)] == ["Dorien Kalkman", "Ruud"]
    sjoerd = Attendee("Sjoerd Hoekstra", "s.hoekstra@bibliotheekdelft.example.nl")
    text = ("pls register the 3 of us\nFrom: Laura Bennett\nTo: Sjoerd Hoekstra; Amira Haddou\nOk so it's the three of us "
            "then: Sjoerd, Amira and me. Sjoerd can you send it?")
    names = [a.name for a in listed_people(text, sjoerd)]
    assert names.count("Sjoerd Hoekstra") == 1 and "Amira Haddou" in names and "Amira" not in names


def test_a_first_name_alone_in_a_list_that_is_not_the_writers_own_is_no_one():
    """'Count me in for the 24th.' / '– Pieter': a signature's dash, not a list of one Pieter."""
    from mailbot.lists import listed_people
    from mailbot.understanding import Attendee
    assert listed_people("Count me in for the 24th.\n\n– Pieter", Attendee("Pieter Hollander", "p.h@nv.example.nl")) == []


def test_the_writer_who_says_who_she_is_from_anothers_account_is_the_attendee():
    """From 'Jan Bakker': 'Dit is Ria Bakker-Veenstra, directeur van Bibliotheek Smallingerland. Ik mail via het account
    van mijn man …', signed Ria Bakker-Veenstra: she is the writer, not the account's owner."""
    from mailbot.parse import parse
    from mailbot.signatures import describe_sender
    from tests.servers import make_message
    raw = make_message(sender="Jan Bakker <jan.bakker62@kpnmail.example.nl>", subject="aanmelding 24 juni",
                       body="Goedenavond,\n\nDit is Ria Bakker-Veenstra, directeur van Bibliotheek Smallingerland. Ik mail "
                            "via het account van mijn man. Wilt u mij aanmelden voor de gesprekstafel op 24 juni?\n\n"
                            "Met vriendelijke groet,\nRia Bakker-Veenstra")
    assert describe_sender(parse(raw)).name == "Ria Bakker-Veenstra"


def test_a_colleague_by_first_name_before_en_ik_after_the_verb_is_cancelled_too():
    """'Helaas moeten Gerrit en ik ons toch afmelden': the writer and Gerrit, written in full where the text names him."""
    from mailbot.classify import classify
    from mailbot.events import load_catalogue
    from tests.helpers import ROOT, parsed

    u = classify(parsed(sender="marco.verbeek@dekempen.example.nl", name="Marco Verbeek", subject="Re: Aanmelding gesprekstafel",
                        text="Helaas moeten Gerrit en ik ons toch afmelden voor maandag 24 juni. Groet, Marco",
                        quoted="Graag meld ik mijzelf en Gerrit van Dam (adjunct) aan voor de gesprekstafel."),
                 load_catalogue(ROOT / "config" / "events.toml"))
    assert u.intent == "cancel" and [a.name for a in u.attendees] == ["Marco Verbeek", "Gerrit van Dam"]


@pytest.mark.parametrize(("text", "other"), [
    ("Het gaat om mijzelf en onze intern begeleider Koen Lammers; we hebben die middag een afspraak met de inspectie.",
     "Koen Lammers"),
    ("Graag meld ik mijzelf en onze beleidsadviseur Marieke van 't Hof aan voor de gesprekstafel van 24 juni.",
     "Marieke van 't Hof"),
    ("Vorige week heb ik mijzelf en onze IB'er Marloes de Boer aangemeld voor het webinar.", "Marloes de Boer"),
])
def test_the_writer_and_a_colleague_named_after_her_role(text: str, other: str):
    """'mijzelf en onze intern begeleider Koen Lammers': the writer and Koen Lammers."""
    from mailbot.attendees import _ME_AND, _joined_to_me
    found = _ME_AND.search(text)
    assert found is not None and _joined_to_me(text, found.end(), found.group(1)) == [other]


def test_a_pasted_spreadsheet_row_with_its_last_cells_empty_is_still_a_person():
    """'naam<TAB>functie<TAB>mail' and 'Mo Bouzid<TAB>leerkracht groep 7' (no address): Mo Bouzid is registered too."""
    from mailbot.lists import column_table
    from mailbot.understanding import Attendee
    text = ("naam\tfunctie\tmail\nPetra Scholten\tdirecteur\tp.scholten@ikc.example.nl\nMo Bouzid\tleerkracht groep 7\n"
            "Joke Drenth\tonderwijsassistent / schoolbieb\n")
    people = column_table(text, Attendee("Petra Scholten", "p.scholten@ikc.example.nl"))
    assert [(a.name, a.email) for a in people] == [("Petra Scholten", "p.scholten@ikc.example.nl"), ("Mo Bouzid", None),
                                                   ("Joke Drenth", None)]


def test_a_web_forms_field_names_with_more_words_are_still_its_fields():
    """'Naam deelnemer<TAB>Hatice Korkmaz' / 'Organisatie / school<TAB>OBS De Regenboog': the form's person and school."""
    from mailbot.lists import form_people
    from mailbot.understanding import Attendee
    text = ("Naam deelnemer\tHatice Korkmaz\nFunctie\tleerkracht groep 5\nOrganisatie / school\tOBS De Regenboog\n"
            "E-mailadres\th.korkmaz@obsderegenboog.example.nl\n")
    people = form_people(text, Attendee(None, "h.korkmaz@obsderegenboog.example.nl"))
    assert [(a.name, a.organisation) for a in people] == [("Hatice Korkmaz", "OBS De Regenboog")]


def test_the_colleague_who_passed_the_invitation_on_is_no_guest_though_the_note_does_not_name_her():
    """'Onderstaande uitnodiging kreeg ik doorgestuurd van een collega-directeur; … Ik schuif graag aan' over Rianne's
    forward ('Ik ga zelf ook'): the writer signs up; the colleague who passed it on is not signed up by him."""
    from mailbot.attendees import _author_passed_invitation_on
    note = ("Onderstaande uitnodiging kreeg ik doorgestuurd van een collega-directeur; blijkbaar stond ik niet op jullie "
            "lijst. Ik schuif graag aan op 24 juni.")
    assert _author_passed_invitation_on(note, "Rianne Boersma")
    assert not _author_passed_invitation_on("Ik schuif graag aan op 24 juni, zie onder.", "Rianne Boersma")


def test_a_table_with_a_status_column_changes_only_the_rows_it_marks():
    """'Naam | Functie | Status' with 'afmelden', 'afmelden (ziek)' and 'blijft aangemeld': two cancellations, and the
    writer who stays is no part of them."""
    from mailbot.lists import column_table
    from mailbot.understanding import Attendee
    text = ("Naam\tFunctie\tStatus\nJasper Lok\tleesconsulent\tafmelden\nMirthe Veldkamp\tleesconsulent\tafmelden (ziek)\n"
            "Anja Meijerink\tteamleider educatie\tblijft aangemeld\n")
    people = column_table(text, Attendee("Anja Meijerink", "a.meijerink@deventer.example.nl"))
    assert [a.name for a in people] == ["Jasper Lok", "Mirthe Veldkamp"]


def test_id_love_to_join_is_the_writer_coming_with_the_colleague_named():
    """"I'd love to join the webinar … My colleague Joost Hermans (…) would like to join as well": both."""
    from mailbot.attendees import _SELF_TOO
    assert _SELF_TOO.search("I'm the new director and I'd love to join the webinar on Thursday 28 March.")


def test_a_line_that_heads_a_person_with_role_and_school_gives_their_school():
    """'Directeur OBS De Wijde Blik: Sandra Klaver, s.klaver@…' from the school board's office: her school, not the board."""
    from mailbot.attendees import _stated_organisation
    text = ("Vanuit Stichting Openbaar Onderwijs Westfriesland willen wij twee schooldirecteuren aanmelden:\n"
            "Directeur OBS De Wijde Blik: Sandra Klaver, s.klaver@soowf.example.nl\n")
    assert _stated_organisation("Sandra Klaver", text) == "OBS De Wijde Blik"


def test_a_spreadsheet_with_the_name_split_over_columns_and_empty_cells_reads_each_person():
    """'Voornaam | Tussenv. | Achternaam | Organisatie | …' pasted with tabs, 'Joris<TAB><TAB>Smulders' without a
    tussenvoegsel: each person whole, each cell in its own column, no place in brackets after the organisation."""
    from mailbot.lists import column_table
    from mailbot.understanding import Attendee
    text = ("Voornaam\tTussenv.\tAchternaam\tOrganisatie\tFunctie\tE-mail\n"
            "Anouk\tvan den\tBerg\tBibliotheek Midden-Brabant\tleesconsulent\ta.vandenberg@mb.example.nl\n"
            "Joris\t\tSmulders\tBibliotheek Midden-Brabant (Tilburg)\tleesconsulent\tj.smulders@mb.example.nl\n"
            "Fenna\tde\tHaan\tCBS De Wingerd\tleescoördinator\t\n")
    people = column_table(text, Attendee("Marieke Bos", "m.bos@mb.example.nl"))
    assert [(a.name, a.organisation, a.role, a.email) for a in people] == [
        ("Anouk van den Berg", "Bibliotheek Midden-Brabant", "leesconsulent", "a.vandenberg@mb.example.nl"),
        ("Joris Smulders", "Bibliotheek Midden-Brabant", "leesconsulent", "j.smulders@mb.example.nl"),
        ("Fenna de Haan", "CBS De Wingerd", "leescoördinator", None)]


def test_a_request_for_a_named_person_with_a_remark_in_brackets_is_for_that_person():
    """'Pls register Karin Mulder (director, Bibliotheek Venlo) for the 24 June round table. She's in Portugal till
    Friday so I'm doing it for her.': Karin Mulder, not the writer."""
    from mailbot.classify import classify
    from mailbot.events import load_catalogue
    from tests.helpers import ROOT, parsed

    u = classify(parsed(sender="r.janssen@bibliotheekvenlo.example.nl", name="Rob Janssen", subject="round table",
                        text="Pls register Karin Mulder (director, Bibliotheek Venlo) for the 24 June round table. She's in "
                             "Portugal till Friday so I'm doing it for her."),
                 load_catalogue(ROOT / "config" / "events.toml"))
    assert [(a.name, a.organisation) for a in u.attendees] == [("Karin Mulder", "Bibliotheek Venlo")]


def test_a_phones_lower_case_deputy_sent_instead_is_named_and_the_writer_cancelled():
    """'cant make it tmrw after all, sorry. sending my deputy instead: anna groen, a.groen@…': the writer cancels, Anna
    Groen comes in his place, named as the address spells her."""
    from mailbot.classify import classify
    from mailbot.events import load_catalogue
    from tests.helpers import ROOT, parsed

    u = classify(parsed(sender="m.aarts@nederbetuwe.example.nl", name="Michiel Aarts", subject="Re: Herinnering: Gesprekstafel",
                        text="cant make it tmrw after all, sorry. sending my deputy instead: anna groen, "
                             "a.groen@nederbetuwe.example.nl"),
                 load_catalogue(ROOT / "config" / "events.toml"))
    assert u.intent == "cancel" and [a.name for a in u.attendees] == ["Michiel Aarts", "Anna Groen"]


@pytest.mark.parametrize(("text", "name"), [
    ("Jeroen Blom (manager Bedrijfsvoering) moet helaas afvallen, hij heeft die dag een OR-vergadering.", "Jeroen Blom"),
    ("One of the colleagues I registered for the webinar on 28 March, Maud Kempers, has to cancel.", "Maud Kempers"),
    ("Helaas kunnen mijn MT-leden Mieke Dros en Ton Hageman op 24 juni toch niet mee.", "Mieke Dros, Ton Hageman"),
    ("Vervelend bericht: onze manager Onderwijs, Ruben Claassen, die ik begin juni heb laten toevoegen, kan op 24 juni "
     "toch niet.", "Ruben Claassen"),
])
def test_a_colleague_named_as_the_one_who_drops_out_is_cancelled_not_the_writer(text: str, name: str):
    """'… moet helaas afvallen', '…, Maud Kempers, has to cancel': the colleague, and the writer keeps her place."""
    from mailbot.attendees import _names_off
    assert [a.name for a in _names_off(text, ["Joke Vermeer"])] == name.split(", ")
    assert _names_off("Regretfully I have to cancel my registration.", []) == []


def test_an_inline_list_of_people_after_their_roles_and_a_serial_comma():
    """'…: our director Ellen Brouwer, our head of operations Sander Pietersma, and Nadia Bouzid, manager learning &
    participation.': three people, the last after ', and'."""
    from mailbot.lists import listed_people
    from mailbot.understanding import Attendee
    text = ("On behalf of our management I would like to register three people for the round table on June 24th: our "
            "director Ellen Brouwer, our head of operations Sander Pietersma, and Nadia Bouzid, manager learning & participation.")
    people = listed_people(text, Attendee("Joyce Smit", "j.smit@zk.example.nl"))
    assert [a.name for a in people] == ["Ellen Brouwer", "Sander Pietersma", "Nadia Bouzid"]


def test_a_colleague_named_after_head_of_joins_the_writer_who_registers():
    """"I'm registering for the round table on 24 June, and our head of Education, Fatima Ouali, will join me.": both;
    'Head of Family Literacy, will come along' names a field, not a person."""
    from mailbot.attendees import role_named_people
    from mailbot.classify import classify
    from mailbot.events import load_catalogue
    from tests.helpers import ROOT, parsed

    u = classify(parsed(sender="r.huisman@helmondpeel.example.nl", name="Robert Huisman", subject="RE: Uitnodiging Gesprekstafel",
                        text="Dear Seher,\n\nI'm registering for the round table on 24 June, and our head of Education, "
                             "Fatima Ouali, will join me."), load_catalogue(ROOT / "config" / "events.toml"))
    assert [a.name for a in u.attendees] == ["Robert Huisman", "Fatima Ouali"]
    assert role_named_people("Our Head of Family Literacy, will come along too.", []) == []


@pytest.mark.parametrize("text", [
    "Nu ik je toch mail: voor de gesprekstafel op 24 juni mag je mij noteren.",
    "Hilde had zich al aangemeld. Kunnen jullie mij er ook bij zetten?",
    "Is er nog plek voor twee personen? Zo ja, dan komen ik en Sanne Kuipers graag.",
    "wil je marco en mij op de lijst zetten voor de gesprekstafel op 24 juni?",
])
def test_the_writer_asks_to_be_noted_too(text: str):
    """'mag je mij noteren', 'mij er ook bij zetten', 'dan komen ik en Sanne Kuipers', 'marco en mij op de lijst': the
    writer is one of the people."""
    from mailbot.attendees import _SELF_TOO
    assert _SELF_TOO.search(text)


def test_a_request_that_names_someone_by_first_name_the_text_gives_in_full():
    """'Namens onze directeur Ton Greven …: graag Ton en Hanneke Dekker (beleidsadviseur) aanmelden': Ton Greven and
    Hanneke Dekker."""
    from mailbot.attendees import _names_asked_for
    text = ("Namens onze directeur Ton Greven het onderstaande verzoek: graag Ton en Hanneke Dekker (beleidsadviseur) "
            "aanmelden voor de gesprekstafel.")
    assert [a.name for a in _names_asked_for(text, ["Sandra Pool"])] == ["Ton Greven", "Hanneke Dekker"]


@pytest.mark.parametrize(("text", "address", "org"), [
    ("hoi! wij van obs de regenboog willen graag met z'n drieen meedoen met het webinar", "w.pronk@obsderegenboog.example.nl",
     "OBS De Regenboog"),
    ("graag aanmelden! mirjam claassen, leesconsulent bij Theek 5", "m.claassen@theek5.example.nl", "Theek 5"),
    ("Ik kom graag, groet van Bas", "b.mulder@bibliotheekhoorn.example.nl", None),
])
def test_where_the_writer_says_they_work_in_words_their_domain_spells(text: str, address: str, org: str | None):
    """'wij van obs de regenboog' from …@obsderegenboog.…: the school, with the capitals of its name."""
    from mailbot.signatures import _after_preposition_spelled_by_domain
    assert _after_preposition_spelled_by_domain(text, address) == org


def test_a_title_and_a_surname_with_its_particle_in_lower_case_is_a_person():
    """'Unfortunately Mr de Boer has to cancel': de Boer is the one cancelled (not the writer); 'de Boer' alone is no one."""
    from mailbot.attendees import _names_off
    from mailbot.lists import person_at
    assert person_at("mevrouw van der Linde, directeur")[0] == "van der Linde"
    assert person_at("de Boer")[0] is None
    assert [a.name for a in _names_off("Unfortunately Mr de Boer has to cancel for the round table - he is ill.", [])] == ["de Boer"]


def test_take_someone_with_a_long_remark_off_the_list():
    """'Could you please take Gerrit Peters (our manager Finance at Bibliotheek Amersfoort) off the list …? He won't be
    able to make it. I will still be there.': Gerrit Peters."""
    from mailbot.classify import classify
    from mailbot.events import load_catalogue
    from tests.helpers import ROOT, parsed

    u = classify(parsed(sender="r.hartog@amersfoort.example.nl", name="Rebecca Hartog", subject="Round table",
                        text="Could you please take Gerrit Peters (our manager Finance at Bibliotheek Amersfoort) off the list "
                             "for the round table on 24 June? He won't be able to make it. I will still be there."),
                 load_catalogue(ROOT / "config" / "events.toml"))
    assert u.intent == "cancel" and [a.name for a in u.attendees] == ["Gerrit Peters"]


def test_a_colleague_with_her_role_between_commas_and_the_writer():
    """'Anouk Meijer, leerkracht groep 4, en ik hadden ons aangemeld … Wilt u ons allebei afmelden?': both."""
    from mailbot.attendees import role_named_people
    text = "Anouk Meijer, leerkracht groep 4, en ik hadden ons aangemeld voor het webinar van morgen."
    assert [a.name for a in role_named_people(text, ["Petra van Leeuwen"], cancelling=True)] == ["Anouk Meijer"]


def test_an_address_the_mail_says_is_going_is_no_one_to_sign_up():
    """'Rob staat nog in jullie adressenbestand. Zijn adres (r.timmermans@…) wordt binnenkort opgeheven' under the new
    director's own sign-up: she is signed up, Rob is not; a cancellation for a colleague who retires still cancels him."""
    from mailbot.classify import classify
    from mailbot.events import load_catalogue
    from tests.helpers import ROOT, parsed

    catalogue = load_catalogue(ROOT / "config" / "events.toml")
    u = classify(parsed(sender="i.vermeulen@zk.example.nl", name="Ilse Vermeulen", subject="Kennismaking en aanmelding",
                        text="Sinds 1 april ben ik de nieuwe directeur, als opvolger van Rob Timmermans. Daarom meld ik me "
                             "graag aan voor de gesprekstafel van maandag 24 juni. Rob staat waarschijnlijk nog in jullie "
                             "adressenbestand. Zijn adres (r.timmermans@zk.example.nl) wordt binnenkort opgeheven."), catalogue)
    assert [a.email for a in u.attendees] == ["i.vermeulen@zk.example.nl"]
    u = classify(parsed(sender="m.bos@sz.example.nl", name="Marga Bos", subject="Gesprekstafel 24 juni",
                        text="Anton (a.kramer@sz.example.nl) gaat per 1 juni met pensioen, dus zijn aanmelding voor de "
                             "gesprekstafel mag eraf."), catalogue)
    assert "a.kramer@sz.example.nl" in [a.email for a in u.attendees]


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    # the note points to the mail quoted under it: its author's 'mij en Jeroen Lips', not the secretary who passes it on
    ("Goedemorgen,\n\nZie hieronder het verzoek van onze directeur. Wilt u beiden aanmelden voor het webinar?\n\n"
     "Met vriendelijke groet,\n\nEsther Lammers\nOffice manager\nBibliotheek Midden-Brabant\n\n\n"
     "________________________________\nVan: Koen Verbeek <k.verbeek@mb.example.nl>\nVerzonden: woensdag 21 februari 2024 17:52\n"
     "Aan: Esther Lammers <e.lammers@mb.example.nl>\nCC: Jeroen Lips <j.lips@mb.example.nl>\nOnderwerp: FW: Uitnodiging webinar\n\n"
     "Hoi Esther,\n\nWil jij mij en Jeroen Lips (manager Onderwijs bij ons) aanmelden voor dat webinar op 28/3? Dank!\n\nKoen\n\n"
     "Koen Verbeek | directeur-bestuurder | Bibliotheek Midden-Brabant\n",
     "Esther Lammers <e.lammers@mb.example.nl>", "Aanmelding webinar 28 maart",
     [("Koen Verbeek", "k.verbeek@mb.example.nl", "Bibliotheek Midden-Brabant"),
      ("Jeroen Lips", "j.lips@mb.example.nl", "Bibliotheek Midden-Brabant")]),
    # 'Namens haar zal ik deelnemen': the writer in the director's place, not the director who cannot come
    ("Goedemorgen,\n\nOnze directeur, Irma Scholten, kan er op 28 maart helaas niet bij zijn. Namens haar zal ik deelnemen aan "
     "het webinar. Wilt u mij aanmelden?\n\nMet vriendelijke groet,\n\nRoel Vink\nCoördinator onderwijs\nBibliotheek Noordwest Veluwe",
     "Roel Vink <r.vink@nwv.example.nl>", "Aanmelding webinar 28 maart",
     [("Roel Vink", "r.vink@nwv.example.nl", "Bibliotheek Noordwest Veluwe")]),
    # first names the addresses begin with: 'Hanneke en Joost … hanneke.peeters@…, joost.gielen@…'
    ("Ik wil me graag aanmelden voor het webinar op 28 maart. Hanneke en Joost willen ook graag meekijken, kunnen jullie hen ook "
     "op de lijst zetten? Hun mailadressen: hanneke.peeters@venray.example.nl en joost.gielen@venray.example.nl.\n\nGroetjes,\n"
     "Sophie\n\n--\nSophie Lambrechts\nLeesconsulent PO | Bibliotheek Venray", "Sophie Lambrechts <s.lambrechts@venray.example.nl>",
     "aanmelden webinar", [("Sophie Lambrechts", "s.lambrechts@venray.example.nl", "Bibliotheek Venray"),
                           ("Hanneke", "hanneke.peeters@venray.example.nl", "Bibliotheek Venray"),
                           ("Joost", "joost.gielen@venray.example.nl", "Bibliotheek Venray")]),
    # a lower-case name with a remark and 'mail:' before the address
    ("hoi, wil me graag aanmelden vr het webinar van donderdag 28 maart + mijn collega sanne de wit-jansen (leesconsulent) , "
     "mail: s.dewitjansen@zaan.example.nl\nalvast bedankt!! gr mo", "Mohammed Bouzid <m.bouzid@zaan.example.nl>", "webinar",
     [("Mohammed Bouzid", "m.bouzid@zaan.example.nl", None), ("Sanne de Wit-Jansen", "s.dewitjansen@zaan.example.nl", None)]),
    # 'ib'er op CBS De Regenboog' from …@cbsderegenboog…: the school, not its kind
    ("Ik wil graag meedoen met het webinar van 28 maart! Ik ben ib'er op CBS De Regenboog in Emmen.\nGroetjes Ilse",
     "Ilse de Graaf <ilse.degraaf@cbsderegenboog.example.nl>", "webinar", [("Ilse de Graaf", "ilse.degraaf@cbsderegenboog.example.nl",
                                                                          "CBS De Regenboog")]),
    # a colleague by her class before her name
    ("Ik meld me aan voor het webinar van 28 maart, en mijn collega van groep 7, Joris Dam, wil ook graag meekijken.",
     "Mirjam Ouwerkerk <m.ouwerkerk@zonnewijzer.example.nl>", "webinar",
     [("Mirjam Ouwerkerk", "m.ouwerkerk@zonnewijzer.example.nl", None), ("Joris Dam", None, None)]),
    # 'I'd like to attend, plus my colleague …'
    ("See below - I'd like to attend the round table on 24 June, plus my colleague Lotte de Graaf (l.degraaf@aanzet.example.nl).",
     "Martijn Kool <m.kool@aanzet.example.nl>", "Round table", [("Martijn Kool", "m.kool@aanzet.example.nl", None),
                                                               ("Lotte de Graaf", "l.degraaf@aanzet.example.nl", None)]),
    # 'ikzelf + Ilse Veldhuis'
    ("Graag aanmelden voor webinar 28/3: ikzelf + Ilse Veldhuis (leesconsulent), ilse.veldhuis@wp.example.nl.\nGr Kim",
     "Kim Jacobs <kim.jacobs@wp.example.nl>", "webinar", [("Kim Jacobs", "kim.jacobs@wp.example.nl", None),
                                                         ("Ilse Veldhuis", "ilse.veldhuis@wp.example.nl", None)]),
    # an address that spells a first name and a surname, nothing else naming its person; initials name nobody
    ("Wij willen graag met twee personen deelnemen aan het webinar van 28 maart. De link graag naar marieke.smit@akker.example.nl "
     "en d.verbruggen@akker.example.nl.", "CBS De Akker <info@akker.example.nl>", "webinar",
     [("Marieke Smit", "marieke.smit@akker.example.nl", "CBS De Akker"), (None, "d.verbruggen@akker.example.nl", "CBS De Akker")]),
    # named as staying behind, or as the one who asked the writer to go: not signed up
    ("Hierbij meld ik mij aan voor de gesprekstafel op 24 juni. Ik kom alleen: onze adjunct, Wim de Lange, houdt die ochtend de "
     "boel hier draaiende.\n\nJosien Kuiper\nDirecteur Bibliotheek Waterland", "Josien Kuiper <j.kuiper@wl.example.nl>",
     "Gesprekstafel", [("Josien Kuiper", "j.kuiper@wl.example.nl", "Bibliotheek Waterland")]),
    ("Ik wil me graag aanmelden voor het webinar op 28 maart. Mijn teamleider, Ahmet Yilmaz, heeft me gevraagd te gaan omdat "
     "hij zelf verhinderd is.", "Priya Ramdin <p.ramdin@rdam.example.nl>", "webinar", [("Priya Ramdin", "p.ramdin@rdam.example.nl", None)]),
    ("Please register Dr. Anneke Post, director of DOK Delft, for the round table on 24 June. Dr. Post's e-mail address is "
     "a.post@dok.example.nl. As discussed, our head of innovation, Mr. Bakker, will not be joining her.",
     "Wendy Kraaijeveld <w.kraaijeveld@dok.example.nl>", "Round table", [("Anneke Post", "a.post@dok.example.nl", None)]),
    # the writer in the list: 'en ik ons', '(that's me)'
    ("Naar aanleiding daarvan melden mijn collega Tjeerd Visser en ik ons graag aan voor het webinar op 28 maart.\n\n"
     "Tjeerd: t.visser@dh.example.nl", "Lotte Wagenaar <l.wagenaar@dh.example.nl>", "webinar",
     [("Lotte Wagenaar", "l.wagenaar@dh.example.nl", None), ("Tjeerd Visser", "t.visser@dh.example.nl", None)]),
    ("Could you please register the following two people from SBO De Piramide for the webinar on March 28th?\n\n"
     "Joost Hermans - director (that's me)\nLieke van Wijk - intern begeleider, l.vanwijk@piramide.example.nl\n\nThanks,\nJoost",
     "Joost Hermans <j.hermans@piramide.example.nl>", "webinar", [("Joost Hermans", "j.hermans@piramide.example.nl", "SBO De Piramide"),
                                                                  ("Lieke van Wijk", "l.vanwijk@piramide.example.nl", "SBO De Piramide")]),
    # typed on a phone: the lower-case name the address spells, wherever it stands
    ("hoi seher\nkun je hans verberne aanmelden voor de gesprekstafel 24/6 hij zit nu in de auto\nzn mail is "
     "h.verberne@venlo.example.nl\nhij is onze directeur\ntnx petra", "Petra Lammers <p.lammers@venlo.example.nl>", "gesprekstafel",
     [("Hans Verberne", "h.verberne@venlo.example.nl", None)]),
    # 'in mn plaats': the writer cancels, the colleague comes
    ("hoi kan 24/6 toch niet bij de gesprekstafel mijn collega ingrid postma gaat in mn plaats ingrid.postma@aanzee.example.nl",
     "Hanneke Mulder <h.mulder@aanzee.example.nl>", "gesprekstafel",
     [("Hanneke Mulder", "h.mulder@aanzee.example.nl", None), ("Ingrid Postma", "ingrid.postma@aanzee.example.nl", None)]),
    # dictated: 'Mijn naam is Johan van der Meulen ik wil …'
    ("Mijn naam is Johan van der Meulen ik wil me graag aanmelden voor de gesprekstafel op vierentwintig juni dank je wel",
     "<j.vandermeulen@hw.example.nl>", "aanmelding", [("Johan van der Meulen", "j.vandermeulen@hw.example.nl", None)]),
])
def test_who_comes_thirteenth_session(body, sender, subject, expected):
    """The mail below a note, names an address spells, stand-ins, people named as staying behind, phone mail."""
    assert _who(body, sender, subject) == expected


def test_a_name_in_the_sign_off_spells_the_initials_and_the_closing_is_not_the_name():
    """'gr kees' under 'Graaf, K.J. de' is Kees de Graaf; 'Groetjes Bianca Huisman' on one line names Bianca Huisman."""
    from mailbot.signatures import signature_facts
    assert _who("graag aanmelden voor het webinar van 28 maart. gr kees", '"Graaf, K.J. de" <k.degraaf@venlo.example.nl>',
                "webinar")[0][0] == "Kees de Graaf"
    assert signature_facts("Groetjes Bianca Huisman")[0] == "Bianca Huisman"


def test_me_and_also_a_colleague_in_cc():
    """'Wil je mij aanmelden voor 24 juni, en ook Hans Gerritsen, directeur van Rijnbrink (in de cc)?': both."""
    from mailbot.classify import classify
    from tests.servers import make_message
    from tests.test_understanding import CATALOGUE, parse

    raw = make_message(sender="Ellen Mulder-Kamp <e.mulderkamp@rijnbrink.example.nl>", subject="Aanmelding gesprekstafel 24 juni",
                       body="Wil je mij aanmelden voor 24 juni, en ook Hans Gerritsen, directeur van Rijnbrink (in de cc)?\n\n"
                            "Hartelijke groet,\nEllen\n\nEllen Mulder-Kamp\nAdviseur Basisvaardigheden\nRijnbrink",
                       headers={"Cc": "Hans Gerritsen <h.gerritsen@rijnbrink.example.nl>"})
    u = classify(parse(raw), CATALOGUE)
    assert [a.email for a in u.attendees] == ["e.mulderkamp@rijnbrink.example.nl", "h.gerritsen@rijnbrink.example.nl"]


@pytest.mark.parametrize(("note", "author", "forwarded", "expected"), [
    # the forward only handed the invitation on to a group: 'Aanmelden graag.' signs up its writer
    ("Aanmelden graag.", ("Marloes Hendrix", "m.hendrix@cubiss.example.nl"),
     "Beste directeuren,\n\nTer info onderstaande uitnodiging. Vanuit Cubiss sluiten wij ook aan. Aanmelden kan rechtstreeks via "
     "het aanmeldadres.\n\nGroet, Marloes", "t.brouwers@ml.example.nl"),
    # the colleague whose confirmation is forwarded is signed up already; the writer comes too
    ("Mijn collega Petra heeft zich al aangemeld (zie onder). Ik wil graag ook deelnemen aan het webinar op 28 maart.",
     ("Petra Lindeboom", "p.lindeboom@gm.example.nl"), "Joost, ik heb me aangemeld. Lijkt me voor jou ook interessant.\n\nP.",
     "t.brouwers@ml.example.nl"),
    # a secretary's 'Graag aanmelden, zie onder.' over her director's own mail still signs up the director
    ("Graag aanmelden, zie onder.", ("Karin Mulder", "k.mulder@ml.example.nl"),
     "Wil je me aanmelden voor de gesprekstafel van 24 juni?\n\nKarin", "k.mulder@ml.example.nl"),
])
def test_whose_sign_up_a_forward_carries(note, author, forwarded, expected):
    from mailbot.classify import classify
    from tests.helpers import parsed
    from tests.test_understanding import CATALOGUE

    u = classify(parsed(sender="t.brouwers@ml.example.nl", name="Theo Brouwers", subject="FW: Uitnodiging gesprekstafel 24 juni",
                        text=note, forwarded=forwarded, forwarded_from=author), CATALOGUE)
    assert u.intent == "register" and [a.email for a in u.attendees] == [expected]


def test_schools_and_teams_as_the_writer_places_people():
    """A school's people in brackets after it, the writer 'plus ikzelf'; a board the school is 'onderdeel van'; a team
    'Bibliotheek & Samenleving' a manager heads is no employer."""
    from mailbot.signatures import split_role_organisation

    body = ("Vanuit Stichting OPO Waterweg wil ik graag vier mensen aanmelden voor het webinar op donderdag 28 maart: de "
            "directeuren van OBS De Horizon (Anouk van 't Hof), CBS Het Kompas (Bert-Jan Mulder) en IKC De Vlinder (Samira el "
            "Amrani), plus ikzelf.\n\nHun adressen zijn a.vanthof@opo.example.nl, bj.mulder@opo.example.nl en "
            "s.elamrani@opo.example.nl (in die volgorde).\n\nMet vriendelijke groet,\n\nLotte Brouwer\nBeleidsmedewerker onderwijs\n"
            "Stichting OPO Waterweg")
    assert sorted(_who(body, "Lotte Brouwer <l.brouwer@opo.example.nl>", "Aanmelding webinar (4 personen)")) == [
        ("Anouk van 't Hof", "a.vanthof@opo.example.nl", "OBS De Horizon"),
        ("Bert-Jan Mulder", "bj.mulder@opo.example.nl", "CBS Het Kompas"),
        ("Lotte Brouwer", "l.brouwer@opo.example.nl", "Stichting OPO Waterweg"),
        ("Samira el Amrani", "s.elamrani@opo.example.nl", "IKC De Vlinder")]
    body = ("Ik meld mij graag aan voor het webinar op 28 maart.\n\nMet vriendelijke groet,\n\nKim Oosterhuis\nDirecteur OBS De "
            "Fontein\nonderdeel van Stichting Proo\n\n-----------------------------------------\nStichting Proo - Primair "
            "Openbaar Onderwijs\nDit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n).")
    assert _who(body, "Kim Oosterhuis <k.oosterhuis@stichtingproo.example.nl>", "Aanmelding webinar 28 maart")[0][2] == "OBS De Fontein"
    assert split_role_organisation("manager Bibliotheek & Samenleving") == ("manager Bibliotheek & Samenleving", None)


def test_a_note_that_lists_its_people_over_a_chain_does_not_take_the_chains_history():
    """The note lists Karin and the writer with Karin's address; Karin's forwarded 'zou jij ons allebei willen aanmelden?'
    goes with it, Marieke, who sent Karin the invitation ('Ik ben er zelf ook bij'), does not."""
    from mailbot.classify import classify
    from tests.helpers import parsed
    from tests.test_understanding import CATALOGUE

    forwarded = ("________________________________\nFrom: Karin Smit <k.smit@vl.example.nl>\nSent: Monday, March 11, 2024 8:15 AM\n"
                 "To: Sarah Whitfield <s.whitfield@vl.example.nl>\nSubject: FW: Uitnodiging webinar\n\nHoi Sarah, zou jij ons "
                 "allebei willen aanmelden?\n\nGroetjes Karin\n\n________________________________\nFrom: Marieke Vonk "
                 "<m.vonk@bv.example.nl>\nSent: Friday, March 8, 2024 3:47 PM\nTo: Karin Smit <k.smit@vl.example.nl>\nSubject: FW: "
                 "Uitnodiging webinar\n\nBeste Karin,\n\nTer info, misschien interessant voor jullie. Ik ben er zelf ook bij.\n\n"
                 "Hartelijke groet,\nMarieke Vonk\nleesconsulent | Bibliotheek Vlaardingen\n")
    note = ("Please see below from our principal. Could you sign up both of us for the webinar on 28 March?\n\n"
            "Karin Smit - director, OBS De Vlinder (k.smit@vl.example.nl)\nSarah Whitfield - coordinator, OBS De Vlinder")
    u = classify(parsed(sender="s.whitfield@vl.example.nl", name="Sarah Whitfield", subject="FW: Uitnodiging webinar",
                        text=note, forwarded=forwarded, language="en"), CATALOGUE)
    assert sorted(a.email for a in u.attendees) == ["k.smit@vl.example.nl", "s.whitfield@vl.example.nl"]


def test_a_guest_only_asked_about_is_not_signed_up():
    """'Graag meld ik mij aan … Onze wethouder cultuur, mevrouw Demir, … Is het mogelijk dat zij als toehoorder aanschuift?':
    the writer; whether the alderman may come is asked, not a sign-up."""
    body = ("Graag meld ik mij aan voor de gesprekstafel op 24 juni.\n\nOnze wethouder cultuur, mevrouw Demir, gaf onlangs aan dat "
            "ze het interessant zou vinden om eens mee te kijken. Is het mogelijk dat zij als toehoorder aanschuift? Ik hoor graag "
            "of dat kan, voordat ik het haar aanbied.\n\nHartelijke groet,\n\nIngrid Post\ndirecteur\nBibliotheek Waterland")
    assert _who(body, "Ingrid Post <i.post@waterland.example.nl>", "Aanmelding gesprekstafel") == [
        ("Ingrid Post", "i.post@waterland.example.nl", "Bibliotheek Waterland")]


def test_a_role_with_a_remark_in_brackets_before_the_library():
    """'I'm a reading consultant (leesconsulent) at Bibliotheek Oostland': her library."""
    body = ("Hi, I'd like to sign up for the webinar on 28 March. For your records: I'm a reading consultant (leesconsulent) at "
            "Bibliotheek Oostland and work with four primary schools.\n\nLisa")
    assert _who(body, "Lisa Vermeulen <lisa82@gmail.example.com>", "webinar 28 March")[0][2] == "Bibliotheek Oostland"


def test_a_table_headed_by_role_with_school_rows_and_the_writer_who_watches_too():
    """'School | Directeur | E-mailadres': the director's column holds the people; a school on a row of its own heads the
    rows under it; 'Ik kijk zelf ook mee.' adds the writer."""
    from mailbot.lists import column_table
    from mailbot.understanding import Attendee

    sender = Attendee("Sytske Hoekstra", "s.hoekstra@fsn.example.nl", "Stichting Fryske Skoallen Noard")
    text = ("Namens onze stichting meld ik de volgende directeuren aan:\n\nSchool\tDirecteur\tE-mailadres\n"
            "OBS It Twaspan\tWytske de Boer\tw.deboer@fsn.example.nl\nCBS De Oanrin\tJelle Zijlstra\tj.zijlstra@fsn.example.nl\n")
    assert [(a.name, a.organisation, a.role) for a in column_table(text, sender)] == [
        ("Wytske de Boer", "OBS It Twaspan", "directeur"), ("Jelle Zijlstra", "CBS De Oanrin", "directeur")]
    text = ("Hierbij de aanmeldingen van twee van onze scholen:\n\nNaam\tFunctie\tE-mail\nOBS Het Startblok\n"
            "Wendy Lankhorst\tdirecteur\tw.lankhorst@arcade.example.nl\nRKBS De Wingerd\nTom Spijker\tdirecteur\tt.spijker@arcade.example.nl\n"
            "Gonny Peters\tintern begeleider\tvolgt\n\nIk kijk zelf ook mee.\n\nMet vriendelijke groet,\n\nKarin Mol\n"
            "beleidsmedewerker\nStichting Arcade Onderwijs")
    assert sorted(_who(text, "Karin Mol <k.mol@arcade.example.nl>", "Aanmeldingen webinar 28 maart")) == [
        ("Gonny Peters", None, "RKBS De Wingerd"), ("Karin Mol", "k.mol@arcade.example.nl", "Stichting Arcade Onderwijs"),
        ("Tom Spijker", "t.spijker@arcade.example.nl", "RKBS De Wingerd"),
        ("Wendy Lankhorst", "w.lankhorst@arcade.example.nl", "OBS Het Startblok")]


def test_header_names_in_a_directory_s_order_and_team_mailboxes():
    """'Berg, van den, A.M.' is A.M. van den Berg; 'Reading Team' and 'IB De Verrekijker' are mailboxes, the signature
    names the person; a form's 'School:' is the organisation."""
    from mailbot.names import is_department
    from mailbot.signatures import display_name

    assert display_name("Berg, van den, A.M.") == "A.M. van den Berg"
    assert all(is_department(n) for n in ("Reading Team", "Leesteam", "IB De Verrekijker"))
    assert not any(is_department(n) for n in ("Ibrahim Yilmaz", "Tea Mulder"))
    body = "Graag aanmelden voor het webinar van 28 maart.\n\nNaam: Yvonne Smit\nSchool: CBS De Bron\nE-mail: y.smit@bron.example.nl"
    assert _who(body, "Yvonne Smit <y.smit@bron.example.nl>", "webinar")[0][2] == "CBS De Bron"


def test_a_forward_s_me_is_its_author_and_thunderbird_s_afzender():
    """'see their mail below' over Anja's 'Wil jij mij en Bram Hoogland aanmelden?': Anja and Bram, not the consultant
    who passes it on; a Dutch Thunderbird forward's 'Afzender:' names who cancels."""
    from mailbot.parse import parse
    from tests.servers import make_message
    from tests.test_understanding import CATALOGUE
    from mailbot.classify import classify

    body = ("Hello,\n\nThe school asked me to sign them up, see their mail below.\n\nBest wishes,\nHannah Brouwer\n\n"
            "---------- Forwarded message ---------\nFrom: Anja Rijkers <a.rijkers@fontein.example.nl>\nDate: Wed, 20 Mar 2024\n"
            "Subject: aanmelding webinar\nTo: Hannah Brouwer <h.brouwer@forum.example.nl>\n\nHoi Hannah,\n\nWil jij mij en Bram "
            "Hoogland (leerkracht groep 5) aanmelden voor het webinar van 28 maart? Bram zijn mail: b.hoogland@fontein.example.nl.\n\n"
            "Anja Rijkers\nintern begeleider\nCBS De Fontein\n")
    u = classify(parse(make_message(sender="Hannah Brouwer <h.brouwer@forum.example.nl>", subject="FW: aanmelding webinar",
                                    body=body)), CATALOGUE)
    assert [a.email for a in u.attendees] == ["a.rijkers@fontein.example.nl", "b.hoogland@fontein.example.nl"]
    body = ("Zie onder. Graag afmelden.\n\nGroet, Hilde\n\n-------- Originele bericht --------\nOnderwerp: Re: gesprekstafel 24-6\n"
            "Datum: 11-06-2019 09:41\nAfzender: Frits Oudshoorn <f.oudshoorn@wassenaar.example.nl>\nOntvanger: Hilde van Rijn "
            "<h.vanrijn@wassenaar.example.nl>\n\nmeld me maar af, ik zit die dag bij de gemeente.\nF.\n")
    u = classify(parse(make_message(sender="Hilde van Rijn <h.vanrijn@wassenaar.example.nl>", subject="Fwd: Re: gesprekstafel 24-6",
                                    body=body)), CATALOGUE)
    assert u.intent == "cancel" and [a.email for a in u.attendees] == ["f.oudshoorn@wassenaar.example.nl"]


def test_a_stand_in_by_first_name():
    """'Ik ben op 24 juni helaas verhinderd. In mijn plaats komt Gijs, onze manager bedrijfsvoering.': the writer cancels,
    Gijs is signed up."""
    from mailbot.classify import classify
    from tests.helpers import parsed
    from tests.test_understanding import CATALOGUE

    u = classify(parsed(sender="h.wessels@tiel.example.nl", name="Hanna Wessels", subject="gesprekstafel",
                        text="Ik ben op 24 juni helaas verhinderd. In mijn plaats komt Gijs, onze manager bedrijfsvoering."), CATALOGUE)
    assert u.intent == "cancel" and [(a.name, a.action) for a in u.attendees][1:] == [("Gijs", "register")]


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    # 'firstname.lastname@…' tells how their addresses go: nobody's own
    ("Graag meld ik drie collega's aan voor het webinar op 28 maart: Marco Wouters, Joyce van Gool en Ruud Verstappen. Hun "
     "adressen zijn voornaam.achternaam@skokz.example.nl.", "Anke Bos <a.bos@skokz.example.nl>", "webinar",
     [("Marco Wouters", None, None), ("Joyce van Gool", None, None), ("Ruud Verstappen", None, None)]),
    # a lower-case name, then 'haar mail:' and the address
    ("we komen met z'n tweeen op 24 juni: ik (directeur) en onze beleidsmedewerker yvonne de bruijn. haar mail: "
     "y.debruijn@ehv.example.nl\n\nfrank", "Frank Mulder <f.mulder@ehv.example.nl>", "gesprekstafel",
     [("Frank Mulder", "f.mulder@ehv.example.nl", None), ("Yvonne de Bruijn", "y.debruijn@ehv.example.nl", None)]),
])
def test_addresses_that_are_nobodys_and_names_before_haar_mail(body, sender, subject, expected):
    assert sorted(_who(body, sender, subject), key=str) == sorted(expected, key=str)


def test_a_reminder_a_colleague_forwarded_signs_up_the_writer():
    """'Via mijn collega kreeg ik deze herinnering doorgestuurd … Als er nog plek is kom ik graag.': the writer, not the
    colleague who forwarded it."""
    from mailbot.classify import classify
    from tests.helpers import parsed
    from tests.test_understanding import CATALOGUE

    u = classify(parsed(sender="d.brinkman@zwolle.example.nl", name="Dirk Brinkman", subject="Fwd: Herinnering gesprekstafel 24 juni",
                        text="Via mijn collega kreeg ik deze herinnering doorgestuurd. Ik geloof dat ik me nooit heb aangemeld. "
                             "Als er nog plek is kom ik graag.",
                        forwarded="Hoi Dirk, zie hieronder, ik ga zelf ook! Judith", forwarded_from=("Judith Brinkman", "judith@zwolle.example.nl")),
                 CATALOGUE)
    assert [a.email for a in u.attendees] == ["d.brinkman@zwolle.example.nl"]


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    ("Eerder deze maand meldde ik mij af voor het webinar van 28 maart, maar het overleg is afgelast. Ik kan dus toch! Graag weer "
     "aanmelden.\n\nMijn collega Iris Karman (i.karman@os.example.nl), leesconsulent, wil ook graag meedoen.",
     "Wendy Pauwels <w.pauwels@os.example.nl>", "webinar", ["w.pauwels@os.example.nl", "i.karman@os.example.nl"]),
    ("hi, pls sign me up for the webinar on 28/3 + my colleague Tessa Wiegerinck (t.wiegerinck@mf.example.nl).\n\nthx, Maud",
     "Maud Kerkhof <maud.kerkhof@mf.example.nl>", "webinar", ["maud.kerkhof@mf.example.nl", "t.wiegerinck@mf.example.nl"]),
])
def test_the_writer_comes_too_in_more_words(body, sender, subject, expected):
    assert [email for _, email, _ in _who(body, sender, subject)] == expected


def test_the_writer_takes_a_registered_directors_place():
    """'Onze directeur Anne de Boer (in cc) stond aangemeld …, maar kan niet. … Haar aanmelding mag dus vervallen; graag mij in de
    plaats noteren.': Anne cancelled, the writer signed up."""
    from mailbot.classify import classify
    from tests.helpers import parsed
    from tests.test_understanding import CATALOGUE

    u = classify(parsed(sender="k.huisman@dz.example.nl", name="Kevin Huisman", subject="Gesprekstafel 24 juni",
                        cc=("a.deboer@dz.example.nl",),
                        text="Onze directeur Anne de Boer (in cc) stond aangemeld voor de gesprekstafel op 24 juni, maar kan door "
                             "een dubbele afspraak niet. Zij heeft mij gevraagd haar plek over te nemen. Haar aanmelding mag dus "
                             "vervallen; graag mij in de plaats noteren."), CATALOGUE)
    assert [(a.email, a.action) for a in u.attendees] == [("a.deboer@dz.example.nl", None), ("k.huisman@dz.example.nl", "register")]


def test_addresses_given_after_the_names_pair_by_surname_and_where_the_mail_goes_is_no_sign_up():
    """'Namens de heer O. (Oliver) Pennington … en mevrouw A. de Jong … Hun e-mailadressen: o.pennington@… en a.dejong@…':
    each address to its person; 'De bevestiging mag naar ons allebei' does not sign up the secretary."""
    body = ("Namens de heer O. (Oliver) Pennington, directeur-bestuurder, en mevrouw A. de Jong, adjunct-directeur, meld ik beiden "
            "aan voor de gesprekstafel op 24 juni.\n\nHun e-mailadressen: o.pennington@hw.example.nl en a.dejong@hw.example.nl.")
    assert [(n, e) for n, e, _ in _who(body, "Secretariaat <secretariaat@hw.example.nl>", "Aanmelding")] == [
        ("Oliver Pennington", "o.pennington@hw.example.nl"), ("A. de Jong", "a.dejong@hw.example.nl")]
    body = ("Hierbij meld ik de heer Gareth Hughes, directeur, aan voor de gesprekstafel op 24 juni, g.hughes@ol.example.nl.\n\n"
            "De bevestiging mag naar ons allebei.")
    assert [e for _, e, _ in _who(body, "Ilse Verbeek <i.verbeek@ol.example.nl>", "Aanmelding")] == ["g.hughes@ol.example.nl"]


def test_a_school_in_lower_case_that_the_domain_spells():
    """'mvg marloes (ib obs de tweemaster)' from …@obsdetweemaster.…: her school, as she typed it; 'cbs de wegwijzer, ede'
    from …@cbsdewegwijzer-ede.… is not one name."""
    from mailbot.signatures import _words_the_domain_spells

    assert _who("hallo ik meld me aan voor het webinar van 28 maart\n\nmvg marloes (ib obs de tweemaster)",
                "Marloes Bakker <m.bakker@obsdetweemaster.example.nl>", "webinar")[0][2] == "obs de tweemaster"
    assert _words_the_domain_spells("ik werk op cbs de wegwijzer, ede", "j@cbsdewegwijzer-ede.example.nl") is None


def test_forms_with_split_names_tables_in_bold_and_the_writer_last_in_her_list():
    """'Voornaam: Sanne / Tussenvoegsel: van / Achternaam: Leeuwen / School: PCBS De Fontein', a table whose header cells
    came bold from HTML ('*Naam*'), and '… en ik, Wendy Pronk.'"""
    body = ("Hierbij het ingevulde aanmeldformulier voor het webinar van 28 maart.\n\nVoornaam: Sanne\nTussenvoegsel: van\n"
            "Achternaam: Leeuwen\nFunctie: intern begeleider\nSchool: PCBS De Fontein\nE-mail: s.vanleeuwen@fontein.example.nl\n\n"
            "Met vriendelijke groet,\nMieke Hol\nadministratief medewerker")
    assert _who(body, "Administratie <administratie@fontein.example.nl>", "Aanmelding") == [
        ("Sanne van Leeuwen", "s.vanleeuwen@fontein.example.nl", "PCBS De Fontein")]
    body = ("Voor het webinar op 28 maart melden wij de volgende personen aan:\n\n*Naam*\t*Functie*\t*E-mail*\n"
            "Mirjam Albers\tdirecteur\tm.albers@mp.example.nl\nKoen Luijten\tadviseur onderwijs\tk.luijten@mp.example.nl\n")
    assert [n for n, _, _ in _who(body, "Secretariaat <secretariaat@mp.example.nl>", "Aanmelding")] == ["Mirjam Albers", "Koen Luijten"]
    body = ("Wij willen ons graag met het IB-team aanmelden voor het webinar op 28 maart: Anke Hoogeveen (IB bovenbouw, "
            "a.hoogeveen@km.example.nl), Hanneke de Jong-Kolk (IB middenbouw) en ik, Wendy Pronk.")
    assert sorted(n for n, _, _ in _who(body, "Wendy Pronk <w.pronk@km.example.nl>", "webinar")) == [
        "Anke Hoogeveen", "Hanneke de Jong-Kolk", "Wendy Pronk"]


@pytest.mark.parametrize(("body", "sender", "subject", "intent", "expected"), [
    # 'mijzelf en onze intern begeleider, Sanne Claassen,' with commas around the name
    ("Graag meld ik mijzelf en onze intern begeleider, Sanne Claassen, aan voor het webinar op 28 maart.",
     "Jorien Smulders <j.smulders@kk.example.nl>", "webinar", "register", [("Jorien Smulders", "register"), ("Sanne Claassen", "register")]),
    # the writer comes 'in plaats van' the director named after the words: the writer alone
    ("Namens Bibliotheek Lek & IJssel kom ik naar de gesprekstafel van 24 juni, in plaats van onze directeur Jeroen Smit "
     "(j.smit@li.example.nl). Graag mij aanmelden.", "Eveline Bos <e.bos@li.example.nl>", "gesprekstafel", "register",
     [("Eveline Bos", "register")]),
    # a registered director cannot come, 'Ik kom in haar plaats.': she is cancelled, the writer signed up
    ("Mevrouw Ans Smulders-van Rijn, onze directeur, is voor de gesprekstafel van maandag aangemeld, maar kan helaas niet komen. "
     "Ik kom in haar plaats.", "Loes Hermans <l.hermans@os.example.nl>", "gesprekstafel", "cancel",
     [("Ans Smulders-van Rijn", None), ("Loes Hermans", "register")]),
])
def test_the_writer_with_or_instead_of_another_thirteenth_session(body, sender, subject, intent, expected):
    from mailbot.classify import classify
    from mailbot.parse import parse
    from tests.servers import make_message
    from tests.test_understanding import CATALOGUE

    u = classify(parse(make_message(sender=sender, subject=subject, body=body)), CATALOGUE)
    assert u.intent == intent and [(a.name, a.action if intent == "cancel" else "register") for a in u.attendees] == expected


def test_a_director_on_leave_and_a_count_that_includes_the_writer():
    """'Onze directeur Wim Dekker is momenteel met langdurig verlof. Als waarnemend directeur kom ik graag': the writer; 'met
    z'n drieën' over a list of two includes the writer, over a list of three does not."""
    body = ("Onze directeur Wim Dekker is momenteel met langdurig verlof. Als waarnemend directeur kom ik graag naar de gesprekstafel "
            "op 24 juni. Wilt u mij op de deelnemerslijst zetten?")
    assert [n for n, _, _ in _who(body, "Fatima Zahra Bouzid <fz.bouzid@sd.example.nl>", "gesprekstafel")] == ["Fatima Zahra Bouzid"]
    two = ("wij willen graag met z'n drieen meedoen aan het webinar op 28 maart. mijn collega's zijn:\n"
           "- Ruben Hofstede (leescoordinator) r.hofstede@kp.example.nl\n- Naima Bouzid, groep 4\n")
    assert [e for _, e, _ in _who(two, "Ilse Dekker <ilse.dekker@kp.example.nl>", "webinar")] == [
        "ilse.dekker@kp.example.nl", "r.hofstede@kp.example.nl", None]
    three = ("Wij komen met z'n drieën naar de gesprekstafel op 24 juni:\n\n- Sjoerd Wijnsma, directeur (s.wijnsma@wk.example.nl)\n"
             "- Hylkje Postma, bestuurder (h.postma@wk.example.nl)\n- Tjitske de Vries, manager klantcontact\n")
    assert len(_who(three, "Bibliotheek Waddenkust <info@wk.example.nl>", "gesprekstafel")) == 3


def test_a_director_titled_drs_with_initials_signed_up_by_the_secretariat():
    """'Hierbij meld ik drs. G.J. Mulder, directeur van Bibliotheek Rivierenland, aan': G.J. Mulder, not the secretary."""
    body = ("Hierbij meld ik drs. G.J. Mulder, directeur van Bibliotheek Rivierenland, aan voor de gesprekstafel op maandag 24 juni."
            "\n\nMet vriendelijke groet,\n\nA. Timmermans\nSecretariaat directie\nBibliotheek Rivierenland")
    assert [n for n, _, _ in _who(body, "Secretariaat <secretariaat@rl.example.nl>", "Aanmelding")] == ["G.J. Mulder"]


def _cc_who(body: str, sender: str, cc: str, subject: str = "Aanmelding") -> list[tuple]:
    from mailbot.classify import classify
    from mailbot.parse import parse
    from tests.servers import make_message
    from tests.test_understanding import CATALOGUE

    u = classify(parse(make_message(sender=sender, subject=subject, body=body, headers={"Cc": cc})), CATALOGUE)
    return [(a.name, a.email) for a in u.attendees]


def test_people_copied_in_as_a_group_or_by_first_name_with_a_role():
    """'meld ik de twee heren in de cc aan': both copied in (Outlook's 'Surname, First' turned round); 'Namens Gert
    (directeur, cc) en mijzelf': the one in Cc whose first name the text gives, and the writer."""
    both = _cc_who("Zoals besproken meld ik de twee heren in de cc aan voor de gesprekstafel op 24 juni: onze directeur en "
                   "onze manager bedrijfsvoering.\n\nMet vriendelijke groet,\nLinda Mos\nsecretariaat",
                   "Linda Mos <l.mos@bt.example.nl>",
                   '"Veen, Harm Jan" <hj.veen@bt.example.nl>, "Berg, Otto van den" <o.vandenberg@bt.example.nl>')
    assert both == [("Harm Jan Veen", "hj.veen@bt.example.nl"), ("Otto van den Berg", "o.vandenberg@bt.example.nl")]
    three = _cc_who("Ik meld de drie collega's in de cc aan voor de gesprekstafel op 24 juni.", "Linda Mos <l.mos@bt.example.nl>",
                    "Harm Veen <h.veen@bt.example.nl>, Otto Berg <o.berg@bt.example.nl>")
    assert [e for _, e in three] == ["l.mos@bt.example.nl"]  # three counted, two copied in: not those two
    gert = _cc_who("Namens Kees (directeur, cc) en mijzelf: wij komen graag naar de gesprekstafel op 24 juni.",
                   "Wilma Dijk <w.dijk@li.example.nl>", "Kees Pronk <k.pronk@li.example.nl>")
    assert sorted(gert) == [("Kees Pronk", "k.pronk@li.example.nl"), ("Wilma Dijk", "w.dijk@li.example.nl")]


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    # counted, then named in a sentence, each with a school: all of them, the writer watching too
    ("Vanuit onze stichting sluiten drie schooldirecteuren aan bij het webinar van 28 maart: Gert Bosch van CBS De Akker, "
     "Nina Peters (IKC Het Veld) en de directeur van OBS De Wieken, Hans Vreeburg. Zelf kijk ik ook mee.",
     "Ineke Mol <i.mol@kk.example.nl>", "webinar",
     [("Ineke Mol", "i.mol@kk.example.nl"), ("Gert Bosch", None), ("Nina Peters", None), ("Hans Vreeburg", None)]),
    # counted in a cancellation with the writer in the brackets: all three
    ("Wij hadden ons met drie collega's aangemeld voor het webinar van 28 maart (Sylvia Bos, Martijn Koster en Fenna de Graaf). "
     "Wilt u ons alle drie afmelden?", "Sylvia Bos <s.bos@wr.example.nl>", "Afmelden webinar",
     [("Sylvia Bos", "s.bos@wr.example.nl"), ("Martijn Koster", None), ("Fenna de Graaf", None)]),
    # counted, but they stay: only the writer cancels
    ("Ik moet mijzelf afmelden voor het webinar van donderdag. De twee directeuren die ik heb aangemeld, Hans Gerrits en "
     "Lieke Wolters, blijven gewoon staan.", "Ellen Bos <e.bos@rb.example.nl>", "Afmelding webinar",
     [("Ellen Bos", "e.bos@rb.example.nl")]),
    # signed together under 'Wij komen allebei'
    ("Wij komen allebei naar de gesprekstafel op 24 juni.\n\nGroeten,\n\nKarin Smit & Yusuf El Idrissi\ndirectie Theek 7",
     "Karin Smit <k.smit@t7.example.nl>", "Gesprekstafel", [("Karin Smit", "k.smit@t7.example.nl"), ("Yusuf El Idrissi", None)]),
    # an 'ib-er' and a 'taalcoördinator' are roles before a name; a colleague brought along by first name
    ("Ik meld me aan voor het webinar van 28 maart. Onze ib-er Wendy Roest wil ook meekijken, wilt u haar er ook bij zetten?",
     "Jolien Kerk <directie@cbsfontein.example.nl>", "webinar",
     [("Jolien Kerk", "directie@cbsfontein.example.nl"), ("Wendy Roest", None)]),
    ("Namens de school willen onze intern begeleider Anja Verbeek en onze taalcoördinator Joost Hermsen graag deelnemen aan "
     "het webinar op 28 maart.", "Basisschool De Horizon <info@horizon.example.nl>", "webinar",
     [("Anja Verbeek", None), ("Joost Hermsen", None)]),
    ("Hierbij schrijf ik mij in voor de gesprekstafel op 24 juni. Ik breng ook mijn collega Bram mee.",
     "Lieve Verheij <l.verheij@dk.example.nl>", "inschrijving 24/6", [("Lieve Verheij", "l.verheij@dk.example.nl"), ("Bram", None)]),
    # 'Sign me up … And Mark too - address'
    ("Sign me up pls for thurs webinar (bieb op school). And Mark too - mark.tuin@nb.example.nl\nThx\nPriya",
     "Priya Ram <p.ram@nb.example.nl>", "webinar", [("Priya Ram", "p.ram@nb.example.nl"), ("Mark", "mark.tuin@nb.example.nl")]),
    # a placeholder pattern for addresses is nobody's; 'X van OBS Y' is X of that school
    ("De directeuren van die scholen wil ik graag aanmelden voor het webinar op 28 maart: Rianne Klaver van OBS De Plank, "
     "Ali Kaya van OBS Het Mozaïek en Joke Timmer van CBS De Bron. Hun mailadressen volgen het patroon "
     "voorletter.achternaam@sp.example.nl.", "Theo Brink <t.brink@sp.example.nl>", "Aanmelding",
     [("Rianne Klaver", None), ("Ali Kaya", None), ("Joke Timmer", None)]),
])
def test_people_counted_signed_together_or_named_by_a_school_role(body, sender, subject, expected):
    assert [(n, e) for n, e, _ in _who(body, sender, subject)] == expected


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    # 'X en ik' opening a sentence, by first name, in a cancellation
    ("Beste Seher,\n\nAstrid en ik kunnen helaas niet komen op 24 juni. Wil je ons allebei afmelden?",
     "Frank Rooth <f.rooth@cc.example.nl>", "Afmelding 24 juni", ["Frank Rooth", "Astrid"]),
    # first names added with 'plus'
    ("Count me in, plus Noor and Daan from my team please!", "Marloes Tijs <m.tijs@rl.example.nl>", "Re: webinar 28 maart",
     ["Marloes Tijs", "Noor", "Daan"]),
    # a list with no colon: 'sign up me, X (…) and Y (…) for'
    ("Hi Seher, please sign up me, Lotte Ever (our head of education) and Ruben Hakker (project lead inclusion) for the round "
     "table on the 24th. Thanks! Vera", "Vera Hooi <v.hooi@mb.example.nl>", "Round table 24/6", ["Vera Hooi", "Lotte Ever", "Ruben Hakker"]),
    # 'register myself together with A, B, and C'
    ("I'd like to register myself together with Anne-Marie Droste, Pieter-Jan Smit, and Wouter van Dijken for the round table "
     "on June 24.", "Ilse Bos <i.bos@vd.example.nl>", "Round table", ["Ilse Bos", "Anne-Marie Droste", "Pieter-Jan Smit", "Wouter van Dijken"]),
    # items after a colon with semicolons between (not a header's 'Aan: X; Y')
    ("Aanmelding dus voor de gesprekstafel: Ans Wiel (directeur); Freek Luit (manager bedrijfsvoering); Deniz Aksu (adviseur).",
     "Ans Wiel <a.wiel@ps.example.nl>", "gesprekstafel 24 juni", ["Ans Wiel", "Freek Luit", "Deniz Aksu"]),
    # Outlook's round bullets under a library heading each
    ("Vanuit de KopGroep komen we met drie mensen naar de gesprekstafel:\n\nBibliotheek Den Helder\no   Janny Kooi (directeur)\n"
     "o   Pim Bakx (manager)\n\nBibliotheek Schagen\no   Martine Zijl (directeur)\n", "Martine Zijl <m.zijl@kg.example.nl>",
     "Aanmelding gesprekstafel 24 juni", ["Janny Kooi", "Pim Bakx", "Martine Zijl"]),
])
def test_people_in_lists_and_sentences_fourteenth_session(body, sender, subject, expected):
    assert [n for n, _, _ in _who(body, sender, subject)] == expected


def test_first_names_struck_off_or_unable_to_come():
    """'Lisa and Omar from our school won't be able to join', 'Please remove Jesse and Martine from this list; I will
    still come myself': those by first name, not the writer."""
    assert [n for n, _, _ in _who("Hi, Lisa and Omar from our school won't be able to join on Thursday, could you take them "
                                  "off the list? Regards, Anita", "Anita Hof <a.hof@hz.example.nl>", "webinar thursday")] == ["Lisa", "Omar"]
    assert [n for n, _, _ in _who("Hi,\n\nPlease remove Jesse and Martine from this list; I will still come myself.",
                                  "Caro Brink <c.brink@ak.example.nl>", "RE: Bevestiging aanmelding gesprekstafel")] == ["Jesse", "Martine"]


def test_people_copied_in_by_lower_case_first_names_and_a_table_outlook_flattened():
    """'zet je anke / joost / meike op de lijst? ze staan in de cc': the three in Cc; Outlook's plain text that puts each
    table cell on a paragraph of its own is read from the HTML part, whose rows stay rows."""
    found = _cc_who("Hoi Seher,\n\nzet je anke / joost / meike op de lijst voor 24 juni? ze staan in de cc. ik zelf kan die dag niet.",
                    "Judith Kerk <j.kerk@oss.example.nl>",
                    "anke.brand@oss.example.nl, joost.hagen@oss.example.nl, meike.vlot@oss.example.nl", "Re: Uitnodiging")
    assert found == [("Anke", "anke.brand@oss.example.nl"), ("Joost", "joost.hagen@oss.example.nl"), ("Meike", "meike.vlot@oss.example.nl")]
    from email.message import EmailMessage

    from mailbot.classify import classify
    from mailbot.parse import parse
    from tests.test_understanding import CATALOGUE
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "Bram Wessel <b.wessel@dv.example.nl>", "aanmelden@example.org", "Aanmelding 24 juni"
    msg.set_content("Beste Seher,\n\nOnze aanmelding voor de gesprekstafel van 24 juni:\n\nNaam\n\nFunctie\n\nBram Wessel\n\ndirecteur\n\n"
                    "Lianne Jacobse\n\nbeleidsadviseur\n\nGroet,\n\nBram Wessel\nDirecteur | Bibliotheek Deventer\n")
    msg.add_alternative("<p>Beste Seher,</p><p>Onze aanmelding voor de gesprekstafel van 24 juni:</p><table>"
                        "<tr><td><b>Naam</b></td><td><b>Functie</b></td></tr><tr><td>Bram Wessel</td><td>directeur</td></tr>"
                        "<tr><td>Lianne Jacobse</td><td>beleidsadviseur</td></tr></table><p>Groet,</p><p>Bram Wessel<br>"
                        "Directeur | Bibliotheek Deventer</p>", subtype="html")
    u = classify(parse(msg.as_bytes()), CATALOGUE)
    assert [a.name for a in u.attendees] == ["Bram Wessel", "Lianne Jacobse"]


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    # a staff system's 'Surname, First particle – role' items
    ("Voor de gesprekstafel van 24 juni melden wij ons aan met drie personen:\n\n1) Bakkers, Linda – directeur\n"
     "2) Yilmaz, Serkan – manager klantcontact\n3) Vries, Anneke de – projectleider\n", "Linda Bakkers <l.bakkers@hg.example.nl>",
     "Aanmelding", ["Linda Bakkers", "Serkan Yilmaz", "Anneke de Vries"]),
    # a role 'van' a school, then the name after a comma
    ("Onze leesconsulent Wilma Brouwer gaat sowieso. Daarnaast wil de directeur van OBS Het Startblok, Mustafa Kaya, graag "
     "meekijken. Zouden jullie die twee willen aanmelden voor het webinar?", "Joyce Timmer <j.timmer@bw.example.nl>", "Webinar 28 maart",
     ["Wilma Brouwer", "Mustafa Kaya"]),
])
def test_people_in_staff_lists_and_after_a_role_at_a_school(body, sender, subject, expected):
    assert [n for n, _, _ in _who(body, sender, subject)] == expected


def test_two_co_directors_one_writes_the_other_in_cc_signed_side_by_side():
    found = _cc_who("Beste Seher,\n\nWij, de twee co-directeuren van Bibliotheek Veluwezoom, melden ons graag aan voor de gesprekstafel "
                    "op 24 juni. Jaap staat in de cc.\n\nMet vriendelijke groet,\n\nHanneke Lubber          Jaap Roelof\n"
                    "co-directeur             co-directeur\nBibliotheek Veluwezoom", "Hanneke Lubber <h.lubber@vz.example.nl>",
                    "Jaap Roelof <j.roelof@vz.example.nl>", "Aanmelding gesprekstafel 24 juni")
    assert found == [("Hanneke Lubber", "h.lubber@vz.example.nl"), ("Jaap Roelof", "j.roelof@vz.example.nl")]


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    # 'ondergetekende' is the writer, last in her own list
    ("Voor het webinar van donderdag 28 maart meld ik graag aan: Jan Pieter (directeur), Els Vermeer (ib'er) en ondergetekende.",
     "Miriam Schout <m.schout@fh.example.nl>", "Aanmelding webinar 28 maart", ["Jan Pieter", "Els Vermeer", "Miriam Schout"]),
    # a remark with commas inside its brackets, and 'alsmede' before the last
    ("Namens Bibliotheek Kampen melden zich aan voor de gesprekstafel van 24 juni: Hetty Post (directeur), Truus Kamp-Zwier "
     "(bestuurslid, onder voorbehoud, zij laat het 17 juni weten) alsmede Bernard Holt, die bij ons het project trekt.",
     "Hetty Post <h.post@kp.example.nl>", "aanmelding gesprekstafel", ["Hetty Post", "Truus Kamp-Zwier", "Bernard Holt"]),
    # 'de heer Oosterhuis (jw.oosterhuis@…)' is the 'de heer Jan-Willem Oosterhuis' named before
    ("Op 4 maart heb ik mijzelf en onze coördinator, de heer Jan-Willem Oosterhuis, aangemeld voor het webinar.\n\nWij melden ons "
     "hierbij beiden af: ondergetekende en de heer Oosterhuis (jw.oosterhuis@oa.example.nl).", "Gerda Huls <g.huls@oa.example.nl>",
     "Afmelding webinar 28 maart", ["Gerda Huls", "Jan-Willem Oosterhuis"]),
])
def test_the_undersigned_remarks_with_commas_and_a_surname_named_in_full_before(body, sender, subject, expected):
    assert [n for n, _, _ in _who(body, sender, subject)] == expected


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    # one person a line, 'Surname, First (library)', under a colon line
    ("Namens het directeurenoverleg meld ik de volgende directeuren aan voor de gesprekstafel op 24 juni:\n\n"
     "Schreur, Peter (Bibliotheek Maastricht)\nVluggen-Bemel, Anja (Bibliotheek Sittard-Geleen)\nKnop, Ruud (de Bibliotheek Parkstad)\n\n"
     "Zelf ben ik die dag niet aanwezig.", "Marjan Claes <m.claes@bm.example.nl>", "Aanmelding directeuren Limburg",
     ["Peter Schreur", "Anja Vluggen-Bemel", "Ruud Knop"]),
    # a role before each name: 'Bouwcoördinator onderbouw – Hanneke Zijl', 'Mediacoach: Roel Gerrits'
    ("Vanuit onze school willen de volgende collega's graag deelnemen aan het webinar op 28 maart:\n\n"
     "Intern begeleider – Lieke Jacob\nLeerkracht groep 3 – Bram Timmers\nBouwcoördinator onderbouw – Hanneke Zijl\n",
     "Directie CBS De Bron <directie@bron.example.nl>", "Aanmelding webinar", ["Lieke Jacob", "Bram Timmers", "Hanneke Zijl"]),
    ("Ons dBos-team meldt zich aan voor het webinar van donderdag 28 maart:\n\nCoördinator dBos: Evelien Snijder\n"
     "Leesconsulent: Thomas van Kesteren\nMediacoach: Roel Gerrits\n", "Evelien Snijder <e.snijder@oss.example.nl>", "webinar",
     ["Evelien Snijder", "Thomas van Kesteren", "Roel Gerrits"]),
    # counted with the writer: 'met vier mensen … Naast mijzelf zijn dat A, B en C'
    ("We komen met vier mensen naar de gesprekstafel op 24 juni. Naast mijzelf zijn dat Anton Meier (manager Publiek), Birgit "
     "Olde Monnik (programmamaker) en Carla Nijhuis (adviseur Inburgering).", "Hester Lamer <h.lamer@es.example.nl>", "gesprekstafel",
     ["Hester Lamer", "Anton Meier", "Birgit Olde Monnik", "Carla Nijhuis"]),
])
def test_group_lists_with_surnames_first_roles_first_and_a_count_with_the_writer(body, sender, subject, expected):
    assert [n for n, _, _ in _who(body, sender, subject)] == expected


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    # Outlook's 'Berg, van den, Joost - directeur'
    ("Namens de directie geven wij de volgende deelnemers op voor de gesprekstafel op 24 juni:\n\nBerg, van den, Joost - directeur\n"
     "Vries, de, Annemarie - manager\nEs, van, Tamara - adviseur\n\nMet vriendelijke groet,\nSecretariaat directie", "Secretariaat <secretariaat@nv.example.nl>", "Deelnemers 24-06",
     [("Joost van den Berg", None), ("Annemarie de Vries", None), ("Tamara van Es", None)]),
    # a line per school: 'From OBS X in Place: principal A and intern begeleider B.'
    ("Our foundation would like to take part in the webinar on 28 March with four colleagues.\n\n"
     "From OBS De Schakel in Oud-Beijerland: principal Anita Groen and intern begeleider Rutger Verhoeven.\n\n"
     "From OBS De Driehoek: principal Marcel Nijhuis and group 6 teacher Romy van Dalen.", "Hugo Sterk <h.sterk@oo.example.nl>",
     "Webinar 28 March", [("Anita Groen", "OBS De Schakel"), ("Rutger Verhoeven", "OBS De Schakel"), ("Marcel Nijhuis", "OBS De Driehoek"),
                          ("Romy van Dalen", "OBS De Driehoek")]),
])
def test_particles_between_commas_and_a_line_per_school(body, sender, subject, expected):
    assert [(n, o) if o and o.startswith("OBS") else (n, None) for n, _, o in _who(body, sender, subject)] == expected


def test_a_table_whose_school_cell_spans_its_rows_and_an_address_given_by_first_name():
    body = ("Namens Stichting Volta meld ik vier collega's aan voor het webinar van 28 maart:\n\nSchool\tNaam\tFunctie\n"
            "OBS De Piramide\tEva Marten\tdirecteur\nMustafa Yildiz\tintern begeleider\nOBS Het Baken\tIlse Goos\tleescoördinator\n"
            "Thomas Brug\tleerkracht groep 4\n")
    assert [(n, o) for n, _, o in _who(body, "Ludo Herms <l.herms@volta.example.nl>", "Aanmelding webinar")] == [
        ("Eva Marten", "OBS De Piramide"), ("Mustafa Yildiz", "OBS De Piramide"), ("Ilse Goos", "OBS Het Baken"), ("Thomas Brug", "OBS Het Baken")]
    body = ("Three of us would like to join the webinar on 28 March: myself, our reading coordinator Daan Hoek and our headteacher, "
            "Mrs Yvonne Bakx.\n\nDaan's email address is d.hoek@hz.example.nl, Yvonne can be reached at directie@hz.example.nl.")
    assert [(n, e) for n, e, _ in _who(body, "Eline Vos <e.vos@hz.example.nl>", "Webinar 28 March")] == [
        ("Eline Vos", "e.vos@hz.example.nl"), ("Daan Hoek", "d.hoek@hz.example.nl"), ("Yvonne Bakx", "directie@hz.example.nl")]


def test_a_remark_in_brackets_stays_whole_in_a_list():
    """'(manager Collection & Services)': the '&' inside a remark joins no two people."""
    body = ("I'd like to register for the round table on 24 June. I'll bring two members of my management team: Hilde Wout "
            "(manager Collection & Services) and Bas Verhage (manager Education).")
    assert [n for n, _, _ in _who(body, "Saskia Rutger <s.rutger@zo.example.nl>", "Round table 24 June")] == [
        "Saskia Rutger", "Hilde Wout", "Bas Verhage"]


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    ("Sorry - Nadia and Tim from CBS De Ark can't make it tomorrow. Rest of our group is still coming.",
     "Ruth Willems <r.willems@ark.example.nl>", "Webinar tomorrow", ["Nadia", "Tim"]),
    ("Hi, please cancel all four registrations from our school for 28 March (Lisa, Mark, Jelle and me) - we've got a study day.",
     "Hanna Kooi <h.kooi@sw.example.nl>", "cancel registrations 28 March", ["Hanna Kooi", "Lisa", "Mark", "Jelle"]),
    ("hoi, van onze groep van 5 vallen er 2 af: femke en rutger (ziek en schoolreisje). de rest komt gewoon.",
     "sandra mol <s.mol@wr.example.nl>", "Re: Bevestiging aanmelding webinar", ["Femke", "Rutger"]),
    ("Sanne kan 24/6 helaas niet, wil je haar afmelden?", "Ellen Brouw <e.brouw@vr.example.nl>", "Re: Bevestiging aanmelding",
     ["Sanne"]),  # a date without 'op' between the verb and 'niet'
])
def test_first_names_off_in_more_shapes(body, sender, subject, expected):
    assert [n for n, _, _ in _who(body, sender, subject)] == expected


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    ("Ik moet helaas afzeggen voor maandag 24 juni. Mijn collega Femke komt in mijn plaats.", "Bart Bossche <b.bossche@sl.example.nl>",
     "afzegging maandag", ["Bart Bossche", "Femke"]),
    ("Wij willen graag meedoen met het webinar van 28/3. Wij zijn Sanne Voss, leerkracht groep 6, en Kim Hartsma, leescoördinator.",
     "Sanne Voss <sanne.voss@wl.example.nl>", "Aanmelden!!", ["Sanne Voss", "Kim Hartsma"]),
    ("Wij hadden ons met z'n tweeën aangemeld voor de gesprekstafel, maar Jacqueline gaat helaas niet mee. Ik kom wel.",
     "Robert Kamp <r.kamp@zw.example.nl>", "RE: Aanmelding gesprekstafel", ["Jacqueline"]),
])
def test_a_stand_in_by_first_name_we_are_and_one_of_two_not_coming(body, sender, subject, expected):
    assert [n for n, _, _ in _who(body, sender, subject)] == expected


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    ("Vanuit onze school willen we met het leesteam meedoen aan het webinar op 28 maart. Graag aanmelden:\n\n"
     "- directeur: Hans Kuip (dat ben ik)\n- leerkracht groep 4: Rianne Smits\n- leescoördinator: Tom Geert\n",
     "Hans Kuip <h.kuip@ak.example.nl>", "aanmelding team", ["Hans Kuip", "Rianne Smits", "Tom Geert"]),
    ("Helaas moeten we ons allebei afmelden voor 24 juni: er is een vergadering waar zowel Erik als ik bij moeten zijn.",
     "Hanneke Bosch <h.bosch@gm.example.nl>", "Re: Bevestiging aanmelding", ["Hanneke Bosch", "Erik"]),
    ("Graag! Ik meld me aan voor 24 juni, samen met Lars Wijnand, onze nieuwe adjunct-directeur.",
     "Ria Herman <r.herman@pm.example.nl>", "Re: Uitnodiging Gesprekstafel", ["Ria Herman", "Lars Wijnand"]),
])
def test_roles_in_lower_case_before_a_colon_both_x_and_i_and_together_with(body, sender, subject, expected):
    assert [n for n, _, _ in _who(body, sender, subject)] == expected


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    ("hi, pls cancel for me and my colleague sarah, it clashes with parents evening. sorry! tessa",
     "Tessa Brouw <t.brouw@ak.example.nl>", "Re: Bevestiging aanmelding webinar", ["Tessa Brouw", "Sarah"]),
    ("goedemiddag, ik ben directeur van obs de zonnewijzer en wil graag het webinar van 28 maart volgen samen met onze "
     "leescoordinator anouk", "Dennis Kroon <directie@zw.example.nl>", "webinar 28 maart", ["Dennis Kroon", "Anouk"]),
])
def test_a_colleague_by_first_name_in_a_phones_lower_case(body, sender, subject, expected):
    assert [n for n, _, _ in _who(body, sender, subject)] == expected


def test_the_school_a_sentence_opens_with_is_its_peoples():
    body = ("Vanuit onze stichting komen we met vier mensen naar het webinar van 28 maart. Van OBS De Rietvink doen directeur Marco "
            "Pelt en intern begeleider Ayse Kaya mee. OBS Het Zaanpad stuurt leescoördinator Dewi Hart en Bart van der Laan, leerkracht.")
    assert [(n, o) for n, _, o in _who(body, "Ellen Brink <e.brink@oz.example.nl>", "Aanmelding webinar")] == [
        ("Marco Pelt", "OBS De Rietvink"), ("Ayse Kaya", "OBS De Rietvink"), ("Dewi Hart", "OBS Het Zaanpad"),
        ("Bart van der Laan", "OBS Het Zaanpad")]


def test_uit_de_is_a_particle_and_uit_alone_a_place():
    assert [n for n, _, _ in _who("Graag! Ik kom samen met Evert uit de Bosch, sinds kort manager bij ons.",
                                  "Geartsje Haan <g.haan@zf.example.nl>", "Re: Uitnodiging Gesprekstafel")] == ["Geartsje Haan", "Evert uit de Bosch"]


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    # a form's fields on one line each person
    ("Voor het webinar van 28 maart wil ik graag de volgende collega's aanmelden:\n\nnaam: Wendy Kuip, functie: leescoördinator, "
     "mail: w.kuip@ak.example.nl\nnaam: Ties Meijer, functie: intern begeleider, mail: t.meijer@ak.example.nl\n\nZelf ben ik helaas "
     "verhinderd.", "R. Doorn <r.doorn@ak.example.nl>", "aanmelding webinar", [("Wendy Kuip", "w.kuip@ak.example.nl"),
                                                                             ("Ties Meijer", "t.meijer@ak.example.nl")]),
    # people with semicolons between on a line of their own: no 'name; address; role' row
    ("Graag aanmelden voor het webinar van 28-03:\nJoke Wessel (directeur); Priscilla Mahabir (ib); Geert Nijhof (leerkracht)\n\n"
     "De link mag naar mij.", "Joke Wessel <j.wessel@sj.example.nl>", "aanmelden webinar",
     [("Joke Wessel", "j.wessel@sj.example.nl"), ("Priscilla Mahabir", None), ("Geert Nijhof", None)]),
    # "That's me, A and B"
    ("Unfortunately we have to cancel all three registrations from our library for the webinar on 28 March. That's me, Anita Koop "
     "and Youssef Benal.", "Oliver Brand <o.brand@hm.example.nl>", "Cancellation webinar 28 March",
     [("Oliver Brand", "o.brand@hm.example.nl"), ("Anita Koop", None), ("Youssef Benal", None)]),
])
def test_fields_on_one_line_semicolons_between_people_and_thats_me(body, sender, subject, expected):
    assert [(n, e) for n, e, _ in _who(body, sender, subject)] == expected


@pytest.mark.parametrize(("body", "sender", "subject", "expected"), [
    # 'meneer' is a title: the director a writer signs up beside herself
    ("Ik wil mij graag aanmelden voor het webinar op 28 maart, samen met onze directeur, meneer Yilmaz. Hij heeft geen tijd "
     "om zelf te mailen.", "Iris Veen <i.veen@tm.example.nl>", "aanmelden webinar", ["Iris Veen", "Yilmaz"]),
    # … and one who 'kan er helaas niet bij zijn' only gives the reason
    ("Ik wil mij graag aanmelden voor het webinar van 28 maart. Onze directeur, meneer Kramer, kan er helaas niet bij zijn "
     "omdat hij die middag MR-vergadering heeft.", "Femke Haan <f.haan@kp.example.nl>", "aanmelding webinar", ["Femke Haan"]),
    # a colleague by role and first name who comes along, said of them
    ("Count me in for June 24th. My deputy Sanne will join me as well; she leads our work on digital inclusion.",
     "Pieter Hof <p.hof@em.example.nl>", "Re: Uitnodiging", ["Pieter Hof", "Sanne"]),
    ("hoi, ik wil me graag aanmelden voor het webinar van 28/3. mijn collega joyce wil ook graag, ze is leesconsulent.",
     "Fleur Kuip <fleur@ek.example.com>", "webinar 28/3", ["Fleur Kuip", "Joyce"]),
    ("Ik wil graag mezelf aanmelden voor het webinar van 28 maart. Onze ib'er Sanne wil ook graag meekijken, kunt u haar ook "
     "aanmelden?", "Gerrit Land <g.land@bg.example.nl>", "aanmelding webinar", ["Gerrit Land", "Sanne"]),
    ("Wilt u onze directeur, de heer Visser, aanmelden voor de gesprekstafel van 24 juni? Hij neemt zijn beleidsmedewerker "
     "Lotte mee, wilt u haar ook noteren?", "Karin Dek <k.dek@gm.example.nl>", "Gesprekstafel 24/6", ["Visser", "Lotte"]),
    ("Leuk! Wij komen met z'n tweeën: ik en mijn collega Marco (hij doet bij ons het IDO).",
     "Ellen Bak <e.bak@zs.example.nl>", "Re: Uitnodiging", ["Ellen Bak", "Marco"]),
    ("hi, sign me up plus my colleague priya for the webinar on 28 march. thx - tom",
     "Tom Berg <tomberg@mail.example.com>", "webinar", ["Tom Berg", "Priya"]),
    # not one who may come, one whose name is the role's field, nor one who cannot
    ("Ik meld me aan voor 24 juni. Mijn collega Arjen, die de digitale inclusie trekt, wil misschien ook mee, maar dat weet hij "
     "nog niet.", "Hetty Burg <h.burg@os.example.nl>", "Gesprekstafel", ["Hetty Burg"]),
    ("Ik meld mijzelf en onze manager Educatie, Nienke Hofman (n.hofman@rv.example.nl), aan voor 28 maart.",
     "Bas Willem <b.willem@rv.example.nl>", "Webinar", ["Bas Willem", "Nienke Hofman"]),
    ("Ik meld me aan voor 24 juni. Mijn collega Sanne kan helaas niet.", "Rik Vos <r.vos@kw.example.nl>", "Gesprekstafel", ["Rik Vos"]),
    # each by role and first name after 'met', a line broken between
    ("Onze bibliotheek wees ons op het webinar. Ik meld me aan met onze\nib'er Lisa en onze leescoördinator, meester Tim. Wij zijn een "
     "school met een hoge achterstandsscore.", "Anita Roos <directie@ak.example.nl>", "Aanmelding webinar", ["Anita Roos", "Lisa", "Tim"]),
])
def test_companions_by_first_name_or_title(body, sender, subject, expected):
    assert [n for n, _, _ in _who(body, sender, subject)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("I'm afraid I can't make it to the round table on 24 June after all. My deputy Hanneke will come instead.", ["Rik Vos", "Hanneke"]),
    ("Sorry - something came up and I can't make the round table on Monday. Joost will go in my place (he's our head of "
     "operations).", ["Rik Vos", "Joost"]),
    ("Unfortunately I have to withdraw my registration for the webinar on 28 March.\n\nMy colleague Jorien, who coordinates "
     "reading in our Dutch stream, will attend instead.", ["Rik Vos", "Jorien"]),
    # nobody named: 'Misschien komt iemand anders in mijn plaats' keeps the writer alone
    ("Ik kan helaas niet op 24 juni. Misschien komt iemand anders in mijn plaats.", ["Rik Vos"]),
])
def test_the_one_who_comes_instead_by_first_name_as_the_subject(body, expected):
    assert [n for n, _, _ in _who(body, "Rik Vos <r.vos@kw.example.nl>", "Gesprekstafel 24 juni")] == expected


def test_a_role_field_taken_along_is_no_first_name():
    """'neem onze coördinator Taalhuis mee, Sietske Hoekstra': 'Taalhuis' is the role's field, not a colleague."""
    names = [n for n, _, _ in _who("Ik meld me aan voor 24 juni en neem onze coördinator Taalhuis mee, Sietske Hoekstra.",
                                   "Anne Brouw <a.brouw@sw.example.nl>", "Gesprekstafel")]
    assert "Taalhuis" not in names and names[0] == "Anne Brouw"


def test_a_questions_verb_first_is_no_first_name():
    """'Kunnen Fatima en ik ons nog aanmelden?': the verb opens the question; Fatima is the one in Cc."""
    assert _cc_who("Kunnen Fatima en ik ons nog aanmelden voor het webinar van donderdag 28 maart? Fatima (in de cc) is onze "
                   "leescoördinator.", "Joris Wever <j.wever@df.example.nl>", "Fatima El Amrani <f.elamrani@df.example.nl>",
                   "Nog aanmelden?") == [("Joris Wever", "j.wever@df.example.nl"), ("Fatima El Amrani", "f.elamrani@df.example.nl")]


def test_the_others_counted_beside_the_writer():
    """'Dat zijn naast mijzelf A, B en C, die …': the writer and the three."""
    assert [n for n, _, _ in _who("Ik wil graag ons hele team leesconsulenten aanmelden voor het webinar van 28 maart. Dat zijn naast "
                                  "mijzelf Anouk Brouwer, Sem Dijkstra en Ruben de Jong, die alle drie op scholen actief zijn.",
                                  "Karin Mulder <k.mulder@nv.example.nl>", "Aanmelding webinar")] == [
        "Karin Mulder", "Anouk Brouwer", "Sem Dijkstra", "Ruben de Jong"]


@pytest.mark.parametrize(("body", "expected"), [
    # a group written as prose: every person named in full in the sentence that names one who comes
    ("Graag meld ik mij aan voor de gesprekstafel op 24 juni. Ik kom samen met mijn collega's Petra de Wit, die bij ons teamleider "
     "leesconsulenten is, en Jan Bos, onze adviseur basisvaardigheden.", ["Rik Vos", "Petra de Wit", "Jan Bos"]),
    ("I would like to register for the round table on June 24th. I will be accompanied by our head of operations, Pieter-Jan "
     "Claessens, and by our new policy advisor for digital inclusion, Emma van Leeuwen-Baas, who started with us in April.",
     ["Rik Vos", "Pieter-Jan Claessens", "Emma van Leeuwen-Baas"]),
    # not in a sentence that says someone does not come, nor a role's organisation, nor the event's place and time
    ("Graag meld ik de heer Arjen Nauta, directeur Stadkamer Zwolle, aan voor de gesprekstafel op 24 juni.", ["Arjen Nauta"]),
    ("Our director, Mr Jeroen van Dalen, asked me to register him for the Gesprekstafel on 24 June (10:00-13:00, Opleidingshuis "
     "Utrecht).", ["Jeroen van Dalen"]),
])
def test_a_group_named_in_one_sentence(body, expected):
    assert [n for n, _, _ in _who(body, "Rik Vos <r.vos@kw.example.nl>", "Gesprekstafel 24 juni")] == expected


def test_no_group_is_read_from_a_sentence_that_says_someone_does_not_come():
    names = [n for n, _, _ in _who("Graag meld ik mij aan voor 24 juni. Ik kom samen met mijn collega Petra de Wit, die bij ons "
                                   "teamleider is, en Jan Bos, die helaas niet kan.", "Rik Vos <r.vos@kw.example.nl>", "Gesprekstafel")]
    assert "Petra de Wit" in names and "Jan Bos" not in names


@pytest.mark.parametrize(("body", "subject", "expected"), [
    # "Anna Visser's registration": her name without the possessive
    ("Please cancel my colleague Anna Visser's registration for the webinar - she left our organisation. I'm keeping my own "
     "registration.", "RE: Bevestiging aanmelding", ["Anna Visser"]),
    # one who cannot come in the writer's place is no one to cancel or register
    ("Dank voor de uitnodiging. Helaas moet ik deze keer passen: op 24 juni hebben wij onze personeelsdag. Ook mijn adjunct Wendy Maas "
     "kan niet in mijn plaats komen, want zij organiseert die dag.", "RE: Uitnodiging: Gesprekstafel", ["Rik Vos"]),
    # 'graag mij aanmelden …, plus mijn collega X': both
    ("Hoi, graag mij aanmelden voor de gesprekstafel op de 24e, plus mijn collega Ayşe Demir (hoofd Bibliotheek & Samenleving). Dank!",
     "Aanmelden 24 juni", ["Rik Vos", "Ayşe Demir"]),
])
def test_possessives_stand_ins_who_cannot_and_plus_a_colleague(body, subject, expected):
    assert [n for n, _, _ in _who(body, "Rik Vos <r.vos@kw.example.nl>", subject)] == expected


@pytest.mark.parametrize(("body", "subject", "expected"), [
    # nobody stands in: the people after the colon are the reason, not a list of sign-ups or cancellations
    ("Regrettably I cannot attend on 24 June, and I'm afraid none of my management team can step in this time: Peter van Rooij and "
     "Ingrid Lodewijks are both on leave.", "Re: Uitnodiging", ["Rik Vos"]),
    # 'en ook X van onze afdeling Y komt mee'
    ("Mijn collega Ellen Vos heeft zich vorige week al aangemeld voor de gesprekstafel op 24 juni. Ik wil mij daar graag bij aansluiten, "
     "en ook Ruud Janssen van onze afdeling Educatie komt mee.", "Aanmelding gesprekstafel", ["Rik Vos", "Ruud Janssen"]),
])
def test_nobody_after_a_colon_and_one_who_comes_along_from_a_department(body, subject, expected):
    assert [n for n, _, _ in _who(body, "Rik Vos <r.vos@kw.example.nl>", subject)] == expected


@pytest.mark.parametrize(("body", "cc", "subject", "expected"), [
    # the Cc said just before the first name
    ("Ik meld me bij dezen aan voor het webinar op 28/3, en ook mijn collega in cc, Jeroen.", "Jeroen Sanders <j.sanders@sc.example.nl>",
     "aanmelding webinar", [("Rik Vos", "r.vos@kw.example.nl"), ("Jeroen Sanders", "j.sanders@sc.example.nl")]),
    # the one in Cc who 'gaat graag in mijn plaats'
    ("Zie de bevestiging hieronder. Ik kan op 24 juni helaas toch niet. Mijn collega Oscar (in cc) gaat graag in mijn plaats.",
     "Oscar Wijnands <o.wijnands@bd.example.nl>", "Fwd: Bevestiging aanmelding",
     [("Rik Vos", "r.vos@kw.example.nl"), ("Oscar Wijnands", "o.wijnands@bd.example.nl")]),
])
def test_a_first_name_pointed_to_in_cc(body, cc, subject, expected):
    assert _cc_who(body, "Rik Vos <r.vos@kw.example.nl>", cc, subject) == expected


def test_the_writer_who_joins_and_also_registers_a_colleague():
    assert [n for n, _, _ in _who("I'd like to join the webinar on the 28th. Could you please also register my colleague Priya Raman "
                                  "(p.raman@nb.example.nl)?", "Dan Oka <d.oka@nb.example.nl>", "Re: Uitnodiging")] == ["Dan Oka", "Priya Raman"]


@pytest.mark.parametrize(("body", "cc", "subject", "expected"), [
    # the one in Cc who keeps the writer's diary does not come
    ("Forwarding this so it lands in the right place - I'd like to attend on 24 June. Linda (cc) manages my diary, so please copy her "
     "on the confirmation.", "Linda Smeets <l.smeets@dv.example.nl>", "FW: Uitnodiging", [("Rik Vos", "r.vos@kw.example.nl")]),
    # 'Tomasz will still join': only the writer is cancelled
    ("Please remove me from the list for Thursday's webinar, I have a clash with a volunteer training. Tomasz will still join.",
     "Tomasz Nowak <tomasz@sl.example.org>", "Re: registration webinar 28/3", [("Rik Vos", "r.vos@kw.example.nl")]),
])
def test_who_in_cc_does_not_come(body, cc, subject, expected):
    assert _cc_who(body, "Rik Vos <r.vos@kw.example.nl>", cc, subject) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Good morning,\n\nI'd like to register myself and our SENCO, Marloes Kuipers, for the webinar on 28 March.",
     ["Rik Vos", "Marloes Kuipers"]),
    ("Graag meld ik onze beide directeuren aan voor de gesprekstafel op 24 juni: Linda Bakker, directeur-bestuurder, en Mourad el "
     "Khatib, directeur bedrijfsvoering.", ["Linda Bakker", "Mourad el Khatib"]),
])
def test_a_role_in_capitals_and_a_directeur_bestuurder_in_a_list(body, expected):
    assert [n for n, _, _ in _who(body, "Rik Vos <r.vos@kw.example.nl>", "Aanmelding")] == expected


@pytest.mark.parametrize(("body", "subject", "expected"), [
    ("Registrations for the dBos webinar, 28/3:\nNames: Kim Jacobs; Ruben Smeets; Ayşe Demir; plus me.\n\nWe are all reading consultants.",
     "webinar registration 28/3", ["Rik Vos", "Kim Jacobs", "Ruben Smeets", "Ayşe Demir"]),
    ("Vanuit IKC De Boomgaard wilden we met drie collega's het webinar van donderdag volgen, maar Ilse kan helaas niet. Ik meld dus "
     "Sandra Mulder (leescoördinator) en Wouter Brandsma (leerkracht groep 6) aan. Ik kijk zelf mee op de laptop van Sandra, dus mij "
     "hoeft u niet apart aan te melden.", "aanmelding webinar donderdag", ["Sandra Mulder", "Wouter Brandsma"]),
])
def test_plus_me_and_others_signed_up_by_name_while_one_cannot(body, subject, expected):
    assert [n for n, _, _ in _who(body, "Rik Vos <r.vos@kw.example.nl>", subject)] == expected


def test_him_signed_up_is_the_one_the_writers_own_quoted_mail_named():
    """'Dan meld ik hem bij deze aan' over the desk's answer and the writer's own question naming the new director."""
    from mailbot.classify import classify
    from mailbot.parse import parse
    from tests.servers import make_message
    from tests.test_understanding import CATALOGUE

    body = ("Fijn, dank je. Dan meld ik hem bij deze aan.\n\n________________________________\nVan: Seher Hazinedar <seher@example.org>\n"
            "Verzonden: woensdag 29 mei 2019 14:03\nAan: Yvonne Claes <y.claes@rs.example.nl>\nOnderwerp: RE: Vraag gesprekstafel 24 juni\n\n"
            "Beste Yvonne,\n\nJa hoor, de heer Van Rooij is van harte welkom.\n\nVan: Yvonne Claes <y.claes@rs.example.nl>\n"
            "Verzonden: dinsdag 28 mei 2019 09:14\nAan: aanmelden@example.org\nOnderwerp: Vraag gesprekstafel 24 juni\n\nBeste Seher,\n\n"
            "Onze nieuwe directeur, Bas van Rooij, is sinds 1 mei in dienst. Mag hij ook aanschuiven bij de gesprekstafel op 24 juni?\n\n"
            "Met vriendelijke groet,\nYvonne Claes\n")
    u = classify(parse(make_message(sender="Yvonne Claes <y.claes@rs.example.nl>", subject="RE: Vraag gesprekstafel 24 juni", body=body)),
                 CATALOGUE, frozenset({"aanmelden@example.org"}))
    assert (u.intent, [a.name for a in u.attendees]) == ("register", ["Bas van Rooij"])


def test_plus_first_names_in_a_list_and_the_stand_in_whose_answer_is_forwarded():
    assert [n for n, _, _ in _who("Graag aanmelden voor 24 juni: ikzelf, plus Joris en Nadia.", "Wim Stoop <w.stoop@os.example.nl>",
                                  "gesprekstafel")] == ["Wim Stoop", "Joris", "Nadia"]
    body = ("Goedemiddag,\n\nIk ben op 24 juni helaas verhinderd. Mijn collega (zie zijn reactie hieronder) gaat in mijn plaats naar de "
            "gesprekstafel.\n\n-----Oorspronkelijk bericht-----\nVan: Sjoerd de Boer <s.deboer@ls.example.nl>\nVerzonden: vrijdag 14 juni "
            "2019 16:10\nAan: Marianne Hof <m.hof@ls.example.nl>\nOnderwerp: RE: gesprekstafel 24 juni\n\nIk kan wel hoor. Zet me er maar op."
            "\n\nSjoerd de Boer\nmanager bedrijfsvoering\n")
    assert [(n, e) for n, e, _ in _who(body, "Marianne Hof <m.hof@ls.example.nl>", "FW: gesprekstafel 24 juni")] == [
        ("Marianne Hof", "m.hof@ls.example.nl"), ("Sjoerd de Boer", "s.deboer@ls.example.nl")]


@pytest.mark.parametrize(("body", "sender", "expected"), [
    # a colleague's offer quoted below, the writer and the colleague it names
    ("Ja hoor, prima! Tamara ook graag.\n\nSevda\n\nOp ma 11 mrt. 2024 om 10:05 schreef Ilse Verbeek <i.verbeek@mh.example.nl>:\n\n"
     "> Beste Sevda,\n>\n> Zoals besproken: zal ik jou als intern begeleider en je collega Tamara Hoekstra (leerkracht groep 4) "
     "aanmelden voor het webinar op donderdag 28 maart?\n>\n> Groet,\n> Ilse Verbeek\n", "Sevda Arslan <s.arslan@bg.example.nl>",
     [("Sevda Arslan", "s.arslan@bg.example.nl"), ("Tamara Hoekstra", None)]),
    # the desk's 'jullie allebei': the writer and the colleague the writer's own mail named
    ("Graag, doe maar voor ons allebei.\n\n________________________________\nVan: Organisatie bijeenkomsten <aanmelden@example.org>\n"
     "Verzonden: woensdag 5 juni 2019 11:20\nAan: Marco Dek\nOnderwerp: RE: vraag gesprekstafel\n\nBeste Marco,\n\nJa hoor, je mag zeker "
     "een collega meenemen. Zal ik jullie allebei aanmelden?\n\nGroet,\nSeher\n\nVan: Marco Dek <m.dek@wl.example.nl>\nVerzonden: dinsdag "
     "4 juni 2019 16:47\nAan: aanmelden@example.org\nOnderwerp: vraag gesprekstafel\n\nGoedemiddag,\n\nMag ik mijn collega Eline Roos "
     "(manager klantcontact) meenemen naar de gesprekstafel op 24 juni?\n\nMet vriendelijke groet,\nMarco Dek\n",
     "Marco Dek <m.dek@wl.example.nl>", [("Marco Dek", "m.dek@wl.example.nl"), ("Eline Roos", None)]),
])
def test_a_short_yes_to_a_sign_up_offered_below(body, sender, expected):
    assert [(n, e) for n, e, _ in _who(body, sender, "Re: vraag gesprekstafel 24 juni")] == expected


def test_the_director_a_stand_in_comes_for_is_not_signed_up():
    assert [n for n, _, _ in _who("Onze directeur, Marja Kooistra, is op 24 juni helaas met vakantie. In haar plaats komt Rik Veenstra, "
                                  "hoofd Collectie (r.veenstra@nf.example.nl). Wilt u hem aanmelden voor de gesprekstafel?",
                                  "Secretariaat <secretariaat@nf.example.nl>", "Gesprekstafel 24 juni")] == ["Rik Veenstra"]


def test_a_first_name_and_a_role_among_full_names_in_a_list():
    body = ("Voor het webinar van 28 maart wil ik graag de volgende collega's aanmelden:\n- Yvonne Claes: directeur\n- Bas Wijnands: adviseur "
            "onderwijs\n- Lotte: stagiair (achternaam volgt, ze begint pas maandag)\n\nZelf ben ik er niet bij.")
    assert [n for n, _, _ in _who(body, "Dorien Lem <d.lem@mh.example.nl>", "Aanmeldingen webinar")] == ["Yvonne Claes", "Bas Wijnands", "Lotte"]


@pytest.mark.parametrize(("body", "subject", "expected"), [
    ("Wilt u mij en mijn collega Stijn Peters afmelden voor het webinar van 28 maart? Wij hebben die middag een overleg.",
     "Afmelden webinar 28 maart", ["Rik Vos", "Stijn Peters"]),
    ("I'm sorry to say I have to withdraw from the round table on Monday. Instead, two of my colleagues will come: Hilde Kramer, our "
     "manager programming, and Wouter de Haan, project lead digital inclusion.", "Round table 24 June", ["Rik Vos", "Hilde Kramer",
                                                                                                         "Wouter de Haan"]),
    ("Thank you for the invitation, I'd be glad to take part in the round table on 24 June. I'm coming with Hugo Smeulders, our head of "
     "digital services.\n\nOur former director, Jos Habets, sends his warm greetings to everyone.", "RE: Uitnodiging",
     ["Rik Vos", "Hugo Smeulders"]),
    ("Vorige maand heb ik mezelf en mijn collega Daan Verbeek aangemeld voor het webinar van donderdag. Daan kan helaas niet meer. Wilt u "
     "hem afmelden? Ik blijf wel gewoon aangemeld.", "Wijziging aanmelding webinar", ["Daan Verbeek"]),
])
def test_me_and_my_colleague_off_colleagues_instead_coming_with_and_greetings(body, subject, expected):
    assert [n for n, _, _ in _who(body, "Rik Vos <r.vos@kw.example.nl>", subject)] == expected


@pytest.mark.parametrize(("body", "cc", "subject", "expected"), [
    # 'mijn collega's in de cc': everyone copied in
    ("Hierbij meld ik mezelf en mijn collega's in de cc aan voor het webinar van donderdag 28 maart.",
     "Dennis Ploeg <d.ploeg@hg.example.nl>, Aicha Benali <a.benali@hg.example.nl>", "Aanmelding webinar 28/3",
     [("Rik Vos", "r.vos@kw.example.nl"), ("Dennis Ploeg", "d.ploeg@hg.example.nl"), ("Aicha Benali", "a.benali@hg.example.nl")]),
    # the writer's role line under their signed name is no person
    ("Kunnen jullie Lotte (cc) en mij aanmelden?\nRik\n\nRik Vos\ndirecteur Stadkamer\nZwolle", "Lotte Vermeulen <l.vermeulen@sk.example.nl>",
     "FW: Uitnodiging", [("Rik Vos", "r.vos@kw.example.nl"), ("Lotte Vermeulen", "l.vermeulen@sk.example.nl")]),
])
def test_colleagues_in_cc_and_a_signed_role_line(body, cc, subject, expected):
    assert sorted(_cc_who(body, "Rik Vos <r.vos@kw.example.nl>", cc, subject)) == sorted(expected)


@pytest.mark.parametrize(("body", "subject", "expected"), [
    # first names asked to be signed off; the writer stays
    ("Wil je Anouk en Rik afmelden voor het webinar van 28 maart? Ze hebben die middag een studiedag. Ik blijf zelf wel aangemeld.",
     "Afmelden 2 collega's webinar", ["Anouk", "Rik"]),
    # asked to attend on the director's behalf: the writer alone
    ("My director asked me (see below) to attend this webinar on her behalf. Could you register me?", "FW: Uitnodiging webinar",
     ["Ellen Boer"]),
])
def test_first_names_signed_off_and_one_sent_on_anothers_behalf(body, subject, expected):
    assert [n for n, _, _ in _who(body, "Ellen Boer <e.boer@dh.example.nl>", subject)] == expected


def test_a_first_name_line_ends_a_list_of_people():
    body = ("Wij willen ons graag met drie leesconsulenten aanmelden voor het webinar op 28 maart:\nGerda Mul (ikzelf)\nYoussef Amrani - "
            "y.amrani@hv.example.nl\nChantal (zij werkt pas sinds deze maand bij ons, mailadres volgt nog)")
    assert [n for n, _, _ in _who(body, "Gerda Mul <g.mul@hv.example.nl>", "Aanmelding webinar")] == ["Gerda Mul", "Youssef Amrani", "Chantal"]


def test_a_surname_in_full_and_its_address_from_our_forwarded_confirmation():
    body = ("Goedemiddag,\n\nOnze directeur, mevrouw Van Leeuwen, moet zich helaas afmelden voor de gesprekstafel van 24 juni in verband "
            "met ziekte. Zie onderstaande bevestiging.\n\n-----Oorspronkelijk bericht-----\nVan: Organisatie bijeenkomsten "
            "<aanmelden@example.org>\nVerzonden: vrijdag 31 mei 2019 10:02\nAan: Ingrid van Leeuwen <i.vanleeuwen@zm.example.nl>\n"
            "Onderwerp: Bevestiging aanmelding\n\nBeste Ingrid van Leeuwen,\n\nHierbij bevestigen wij de aanmelding van:\n\n- Ingrid van "
            "Leeuwen (Bibliotheek Zoetermeer)\n")
    assert [(n, e) for n, e, _ in _who(body, "Tineke Groen <t.groen@zm.example.nl>", "FW: Bevestiging aanmelding")] == [
        ("Ingrid van Leeuwen", "i.vanleeuwen@zm.example.nl")]


def test_first_names_with_a_remark_who_cannot():
    assert [n for n, _, _ in _who("Hoi, Sanne en Daan (leesconsulenten) kunnen donderdag toch niet bij het webinar. Willen jullie ze "
                                  "afmelden? Ik blijf wel aangemeld.", "Mireille Claas <m.claas@rd.example.nl>",
                                  "Afmelden 2 collega's webinar")] == ["Sanne", "Daan"]


def test_him_is_the_one_who_asked_below_and_her_the_one_the_writers_own_mail_signed_up():
    body = ("Akkoord, meld hem maar aan.\n\n> Op 6 jun. 2019 om 11:03 heeft Thomas Krijgsman <t.krijgsman@hn.example.nl> het volgende "
            "geschreven:\n> \n> Hoi Jan,\n> \n> Ik zou graag naar de gesprekstafel op 24 juni gaan. Als jij akkoord bent, kan de organisatie "
            "(in cc) mij direct inschrijven.\n> \n> Groet,\n> Thomas\n")
    assert [(n, e) for n, e, _ in _who(body, "Jan Koop <j.koop@hn.example.nl>", "Re: gesprekstafel 24 juni")] == [
        ("Thomas Krijgsman", "t.krijgsman@hn.example.nl")]
    body = ("Hi,\n\nUnfortunately she can't make it after all – could you please take her off the list?\n\nFrom: Lucy Fair\nSent: Tuesday, "
            "May 28, 2019 10:21 AM\nTo: aanmelden@example.org\nSubject: Registration round table 24 June\n\nDear Sir/Madam,\n\nI would "
            "like to register our director, Ms Ingeborg Tjalsma, for the Gesprekstafel voor directeuren on 24 June.\n\nKind regards,\n\n"
            "Lucy Fair\n")
    assert [n for n, _, _ in _who(body, "Lucy Fair <l.fair@db.example.nl>", "RE: Registration round table 24 June")] == ["Ingeborg Tjalsma"]


def test_a_list_asked_for_and_an_initial_address_that_spells_a_surname():
    """'Willen jullie de volgende collega's aanmelden?' over a block of names; 's.koster@' spells the lower-case 'koster'."""
    body = ("Wij willen graag met het team meekijken bij het webinar op 28/3. Willen jullie de volgende collega's aanmelden?\n\n"
            "Marieke Post (ikzelf)\nDeniz Aydin – d.aydin@zs.example.nl\nBram ter Horst\nLinda Vink\n")
    assert [n for n, _, _ in _who(body, "Marieke Post <marieke.post@zs.example.nl>", "aanmelden team")] == [
        "Marieke Post", "Deniz Aydin", "Bram ter Horst", "Linda Vink"]
    body = ("hoi,\nwij willen graag met 3 mensen meedoen aan het webinar van 28/3\n- sandra koster (directeur) s.koster@rb.example.nl\n"
            "- tim de graaf (ib) t.degraaf@rb.example.nl\n- anouk (leescoordinator), mail volgt nog\n")
    assert [n for n, _, _ in _who(body, "Directie <directie@rb.example.nl>", "webinar 28/3")] == ["Sandra Koster", "Tim de Graaf", "Anouk"]


def test_lotte_and_me_and_a_director_in_cc_who_cannot_come():
    assert [n for n, _, _ in _who("Hi, please sign up Lotte and me for the webinar on Thursday. Lotte's email is lotte.rijn@mp.example.nl",
                                  "Femke Zwart <femke.zwart@mp.example.nl>", "Webinar Thursday")] == ["Femke Zwart", "Lotte"]
    assert _cc_who("I'd like to sign up for the round table on 24 June. I'm attending on behalf of our director, Wendy Schipper (cc), who "
                   "is unfortunately unavailable that day.", "Daniel Groen <d.groen@wf.example.nl>",
                   "Wendy Schipper <w.schipper@wf.example.nl>", "Round table 24 June") == [("Daniel Groen", "d.groen@wf.example.nl")]


def test_a_first_name_and_the_writer_who_stay_are_not_cancelled():
    body = ("Kleine wijziging: Roel kan helaas niet meer op de 24e, hij moet naar de provincie. Sevda en ik komen wel gewoon.\n\n"
            "Van: Aanmelden bijeenkomsten <aanmelden@example.org>\nVerzonden: vrijdag 24 mei 2019 16:40\nAan: Wim Claas <w.claas@uh.example.nl>\n"
            "Onderwerp: Bevestiging aanmelding\n\nBeste Wim,\n\nWe hebben ingeschreven:\n\n- Wim Claas, directeur\n- Sevda Kaya, adviseur\n"
            "- Roel Pijl, projectleider\n")
    assert [n for n, _, _ in _who(body, "Wim Claas <w.claas@uh.example.nl>", "RE: Bevestiging aanmelding")] == ["Roel Pijl"]

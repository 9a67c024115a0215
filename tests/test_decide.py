"""decide() as the registration desk would: pure values in, a Decision out."""

from __future__ import annotations

from datetime import timedelta

from dataclasses import replace

from mailbot.classify import Attendee, Understanding
from mailbot.decide import Earlier, PendingChange, PendingView, RegView, decide
from tests.helpers import NOW, demo_catalogue, parsed, understood

GT = "gesprekstafel-2027-03-16"
CAT = demo_catalogue()


def reg(email: str, status: str = "confirmed", minutes: int = 0, event: str = GT) -> RegView:
    return RegView(event, email, None, status, NOW - timedelta(days=1) + timedelta(minutes=minutes))


def test_a_dutch_sign_up_for_an_open_event_is_confirmed_with_an_invite():
    d = decide(parsed(), understood("register", GT, ("Jan Jansen", "jan@bieb.example.nl")), [], CAT, NOW)
    assert [(c.action, c.email, c.status) for c in d.changes] == [("add", "jan@bieb.example.nl", "confirmed")]
    assert [(m.kind, m.to[0].email, m.ics) for m in d.mails] == [("confirmation", "jan@bieb.example.nl", "PUBLISH")]
    assert d.status == "done"


def test_a_sign_up_for_a_closed_event_gets_registration_closed_and_no_row():
    d = decide(parsed(), understood("register", "gesprekstafel-2019-06-24", (None, "jan@bieb.example.nl")), [], CAT, NOW)
    assert d.changes == ()
    assert [m.kind for m in d.mails] == ["registration_closed"]
    assert d.mails[0].variables["contact"].name == "Seher Hazinedar"


def test_a_second_sign_up_is_answered_already_registered_not_duplicated():
    d = decide(parsed(sender="jan@bieb.example.nl"), understood("register", GT, (None, "Jan@Bieb.example.nl")),
               [reg("jan@bieb.example.nl")], CAT, NOW)
    assert d.changes == ()
    assert [m.kind for m in d.mails] == ["already_registered"]


def test_a_full_event_wait_lists_with_the_position():
    full = [reg(f"p{i}@x.example.nl", minutes=i) for i in range(25)] + [reg("w@x.example.nl", "waitlisted", 30)]
    d = decide(parsed(), understood("register", GT, (None, "jan@bieb.example.nl")), full, CAT, NOW)
    assert [(c.status) for c in d.changes] == ["waitlisted"]
    assert d.mails[0].kind == "waitlist" and d.mails[0].variables["position"] == 2


def test_a_secretary_registers_her_director_who_gets_the_confirmation_with_her_in_cc():
    d = decide(parsed(sender="secretariaat@bieb.example.nl"),
               understood("register", GT, ("Ellen Verhoef", "ellen@bieb.example.nl")), [], CAT, NOW)
    assert d.changes[0].email == "ellen@bieb.example.nl"
    assert d.changes[0].registered_by == "secretariaat@bieb.example.nl"
    assert d.mails[0].to[0].email == "ellen@bieb.example.nl"
    assert [a.email for a in d.mails[0].cc] == ["secretariaat@bieb.example.nl"]


def test_a_move_to_the_other_event_signs_up_there_and_gives_up_the_first_place():
    from mailbot.classify import Hit

    webinar = "webinar-leesbevordering-2027-04-20"
    move = replace(understood("register", GT, (None, "jan@bieb.example.nl")), hits=(Hit("moves", "moves the sign-up"),))
    regs = [reg("jan@bieb.example.nl", event=webinar), reg("other@x.example.nl", event=webinar)]
    d = decide(parsed(), move, regs, CAT, NOW)
    assert [(c.action, c.event_id, c.email) for c in d.changes] == [("add", GT, "jan@bieb.example.nl"),
                                                                     ("cancel", webinar, "jan@bieb.example.nl")]
    assert [(m.kind, m.event_id) for m in d.mails] == [("confirmation", GT), ("cancellation", webinar)]
    plain = decide(parsed(), understood("register", GT, (None, "jan@bieb.example.nl")), regs, CAT, NOW)
    assert [c.action for c in plain.changes] == ["add"]  # a sign-up alone keeps the other place


def test_a_replacement_sent_by_someone_never_registered_is_just_the_sign_up():
    u = understood("cancel", GT, ("Joke Zwart", "jan@bieb.example.nl"))
    u = replace(u, attendees=(*u.attendees, Attendee("Frans Bakker", "f.bakker@bieb.example.nl", action="register")))
    d = decide(parsed(), u, [], CAT, NOW)
    assert [(c.action, c.email) for c in d.changes] == [("add", "f.bakker@bieb.example.nl")]
    assert [m.kind for m in d.mails] == ["confirmation"]  # no 'we found no registration of yours' for the writer


def test_a_cancellation_that_asks_for_the_slides_forwards_the_question_too():
    d = decide(parsed(), understood("cancel", GT, (None, "jan@bieb.example.nl"), secondary=("registration_question",)),
               [reg("jan@bieb.example.nl")], CAT, NOW)
    assert [c.action for c in d.changes] == ["cancel"]
    assert [m.kind for m in d.mails] == ["cancellation", "forward"]
    assert d.mails[1].to[0].email == CAT.contact(CAT.event(GT).registration_contact).email


def test_a_cancellation_frees_a_place_for_the_first_on_the_waiting_list():
    regs = [reg("jan@bieb.example.nl"), reg("second@x.example.nl", "waitlisted", 20),
            reg("first@x.example.nl", "waitlisted", 10)]
    d = decide(parsed(), understood("cancel", GT, (None, "jan@bieb.example.nl")), regs, CAT, NOW)
    assert [(c.action, c.email) for c in d.changes] == [("cancel", "jan@bieb.example.nl"),
                                                       ("promote", "first@x.example.nl")]
    assert [(m.kind, m.ics) for m in d.mails] == [("cancellation", "CANCEL"), ("promoted", "PUBLISH")]


def test_a_cancellation_without_a_registration_goes_to_the_registration_contact():
    d = decide(parsed(), understood("cancel", GT, (None, "jan@bieb.example.nl")), [], CAT, NOW)
    assert d.changes == ()
    kinds = {m.kind: m for m in d.mails}
    assert kinds["forward"].to[0].email == "seher.hazinedar@example.org"
    assert kinds["forward"].reply_to.email == "jan@bieb.example.nl"
    assert "cancel_not_found" in kinds


def test_nobody_cancels_someone_else_blindly_the_registered_address_is_asked():
    d = decide(parsed(sender="other@x.example.nl"), understood("cancel", GT, (None, "jan@bieb.example.nl")),
               [reg("jan@bieb.example.nl")], CAT, NOW)
    assert d.changes == ()
    request, told = d.mails
    assert (request.kind, request.to[0].email) == ("cancel_request", "jan@bieb.example.nl")
    assert request.variables["token"] == d.pending[0].token and d.pending[0].token.startswith("MB-")
    assert (told.kind, told.to[0].email) == ("cancel_request_sent", "other@x.example.nl")
    assert (d.pending[0].action, d.pending[0].email, d.pending[0].requested_by) == (
        "cancel", "jan@bieb.example.nl", "other@x.example.nl")


def test_a_yes_from_the_registered_address_completes_the_cancellation():
    pending = PendingView("MB-ABC123", "cancel", GT, "jan@bieb.example.nl", "other@x.example.nl")
    earlier = Earlier("cancel_request", GT, "jan@bieb.example.nl", pending=pending)
    u = replace(understood("other", GT, confidence=0.3), answer="yes")
    d = decide(parsed(sender="jan@bieb.example.nl", text="Ja"), u, [reg("jan@bieb.example.nl")], CAT, NOW, earlier)
    assert [(c.action, c.email) for c in d.changes] == [("cancel", "jan@bieb.example.nl")]
    assert d.pending == (PendingChange("resolve", "MB-ABC123", status="done"),)
    stranger = decide(parsed(sender="other@x.example.nl", text="Ja"), u, [reg("jan@bieb.example.nl")], CAT, NOW,
                      earlier)
    assert stranger.changes == ()  # only the registered address can say yes


def test_the_answer_to_an_ask_back_completes_the_original_sign_up():
    original = understood("register", None, ("Jan Jansen", "jan@bieb.example.nl"))
    earlier = Earlier("ask_event", None, "jan@bieb.example.nl", original=original)
    d = decide(parsed(text="de gesprekstafel"), understood("other", GT, confidence=0.3), [], CAT, NOW, earlier)
    assert [(c.action, c.event_id, c.email) for c in d.changes] == [("add", GT, "jan@bieb.example.nl")]


def test_a_contact_answering_a_forward_is_not_a_new_enquiry():
    earlier = Earlier("forward", GT, "maaike.toonen@example.org")
    d = decide(parsed(sender="maaike.toonen@example.org", text="Beste Jan, het thema is..."),
               understood("question", GT), [], CAT, NOW, earlier)
    assert d.mails == () and d.changes == () and d.status == "done"


def test_a_non_director_is_flagged_for_the_organisers():
    u = Understanding("register", GT, "nl", (Attendee("Piet", "piet@bieb.example.nl", "Bieb", "medewerker"),), 0.9)
    d = decide(parsed(), u, [], CAT, NOW)
    assert d.changes[0].flag == "role: medewerker" and d.mails[0].kind == "confirmation"
    director = Understanding("register", GT, "nl", (Attendee("Piet", "piet@bieb.example.nl", "Bieb", "Directeur"),), 0.9)
    assert decide(parsed(), director, [], CAT, NOW).changes[0].flag is None


def test_with_approval_policy_a_non_director_waits_for_the_registration_contact():
    event = CAT.event(GT).model_copy(update={"eligibility": "approve"})
    cat = CAT.model_copy(update={"events": tuple(event if e.id == GT else e for e in CAT.events)})
    u = Understanding("register", GT, "nl", (Attendee("Piet", "piet@bieb.example.nl", "Bieb", "student"),), 0.9)
    d = decide(parsed(sender="piet@bieb.example.nl"), u, [], cat, NOW)
    assert d.changes[0].status == "pending"
    kinds = {m.kind: m for m in d.mails}
    assert kinds["forward"].to[0].email == "seher.hazinedar@example.org"
    assert kinds["forward"].variables["reason"] == "needs_approval" and "pending_approval" in kinds
    pending = PendingView(d.pending[0].token, "approve", GT, "piet@bieb.example.nl", "piet@bieb.example.nl")
    waiting = [RegView(GT, "piet@bieb.example.nl", "Piet", "pending", NOW)]
    yes = replace(understood("other", GT, confidence=0.3), answer="yes")
    approved = decide(parsed(sender="seher.hazinedar@example.org", key="mid:<ok@x>"), yes, waiting, cat, NOW,
                      Earlier("forward", GT, "seher.hazinedar@example.org", pending=pending))
    assert [(c.action, c.status) for c in approved.changes] == [("promote", "confirmed")]
    assert approved.mails[0].kind == "confirmation" and approved.mails[0].to[0].email == "piet@bieb.example.nl"


def test_auto_replies_and_bounces_get_no_answer():
    for intent in ("auto_reply", "bounce"):
        d = decide(parsed(automated=intent, automation_reasons=("x",)), understood(intent, None), [], CAT, NOW)
        assert d.mails == () and d.changes == ()


def test_a_content_question_goes_to_the_content_contact_with_reply_to_the_sender():
    d = decide(parsed(text="Wat wordt bedoeld met preventie-curatie?"),
               understood("question", GT, (None, "jan@bieb.example.nl")), [], CAT, NOW)
    forward, ack = d.mails
    assert forward.kind == "forward" and forward.to[0].email == "maaike.toonen@example.org"
    assert forward.reply_to.email == "jan@bieb.example.nl" and forward.attach_original
    assert ack.kind == "acknowledgement" and ack.to[0].email == "jan@bieb.example.nl"


def test_unclear_mail_goes_to_triage():
    d = decide(parsed(text="Hallo"), understood("other", None, (None, "jan@bieb.example.nl"), confidence=0.3),
               [], CAT, NOW)
    assert d.status == "triage"
    assert d.mails[0].to[0].email == "organisatie@example.org"


def test_register_without_event_asks_back_when_several_are_open():
    d = decide(parsed(), understood("register", None, (None, "jan@bieb.example.nl")), [], CAT, NOW)
    assert [m.kind for m in d.mails] == ["ask_event"]
    assert set(d.mails[0].variables["open_events"]) == {GT, "webinar-leesbevordering-2027-04-20"}


def test_dedupe_keys_follow_the_inbound_message():
    u = understood("register", GT, (None, "jan@bieb.example.nl"))
    one = decide(parsed(key="mid:<a@x>"), u, [], CAT, NOW)
    again = decide(parsed(key="mid:<a@x>"), u, [], CAT, NOW)
    other = decide(parsed(key="mid:<b@x>"), u, [], CAT, NOW)
    assert one.mails[0].dedupe_key == again.mails[0].dedupe_key != other.mails[0].dedupe_key


def test_a_sender_we_mailed_too_often_this_hour_gets_no_more_answers():
    u = understood("register", GT, (None, "jan@bieb.example.nl"))
    d = decide(parsed(), u, [], CAT, NOW, replies_last_hour=10, max_replies_per_hour=10)
    assert d.mails == () and d.changes == () and "last hour" in d.summary
    assert decide(parsed(), u, [], CAT, NOW, replies_last_hour=9, max_replies_per_hour=10).mails


def test_acknowledgements_of_practical_questions_can_be_switched_off_per_event():
    event = CAT.event(GT).model_copy(update={"acknowledge_practical": False})
    cat = CAT.model_copy(update={"events": tuple(event if e.id == GT else e for e in CAT.events)})
    practical = decide(parsed(text="Waar kan ik parkeren?"), understood("registration_question", GT), [], cat, NOW)
    content = decide(parsed(text="Wat is het thema?"), understood("question", GT), [], cat, NOW)
    assert [m.kind for m in practical.mails] == ["forward"]
    assert [m.kind for m in content.mails] == ["forward", "acknowledgement"]


def test_two_people_without_an_address_each_get_their_own_confirmation_through_the_sender():
    from mailbot.render import invite

    u = understood("register", GT, ("Rutger Kamphuis", None), ("Ellen Verhoef", None))
    d = decide(parsed(sender="secretariaat@bieb.example.nl"), u, [], CAT, NOW)
    assert [(c.email, c.name, c.registered_by) for c in d.changes] == [
        (None, "Rutger Kamphuis", "secretariaat@bieb.example.nl"), (None, "Ellen Verhoef", "secretariaat@bieb.example.nl")]
    assert [(m.kind, m.to[0].email, m.cc) for m in d.mails] == [("confirmation", "secretariaat@bieb.example.nl", ())] * 2
    assert len({m.dedupe_key for m in d.mails}) == 2
    event = CAT.event(GT)
    uids = {line for m in d.mails for line in invite(event, m.variables["attendee"].key, "PUBLISH", NOW,
                                                      d.mails[0].to[0]).decode().splitlines() if line.startswith("UID")}
    assert len(uids) == 2  # two calendar entries, though both invites go to one secretary


def test_someone_registered_by_name_is_found_again_by_name():
    known = [RegView(GT, None, "Rutger Kamphuis", "confirmed", NOW, registered_by="secretariaat@bieb.example.nl")]
    again = decide(parsed(sender="secretariaat@bieb.example.nl"), understood("register", GT, ("rutger  kamphuis", None)),
                   known, CAT, NOW)
    assert again.changes == () and [m.kind for m in again.mails] == ["already_registered"]
    stranger = decide(parsed(sender="grap@example.com"), understood("cancel", GT, ("Rutger Kamphuis", None)),
                      known, CAT, NOW)
    assert stranger.changes == ()  # not his organisation: the one who registered him is asked
    assert [(m.kind, m.to[0].email) for m in stranger.mails][0] == ("cancel_request", "secretariaat@bieb.example.nl")


def test_a_thank_you_gets_no_answer_unless_the_learned_reader_doubts_it():
    from mailbot.understanding import Hit

    thanks = replace(understood("other", GT), hits=(Hit("thanks-only", "a short thank-you"),), confidence=0.85)
    assert decide(parsed(text="Dank je wel!"), thanks, [], CAT, NOW).status == "done"
    doubted = replace(thanks, confidence=0.2, hits=(*thanks.hits, Hit("learned-doubts", "reads cancel (0.80)")))
    d = decide(parsed(text="Dank je, maar ik kan toch niet."), doubted, [], CAT, NOW)
    assert d.status == "triage" and [m.kind for m in d.mails] == ["forward"]


def test_a_doubted_sign_up_goes_to_a_person_with_both_readings():
    doubted = replace(understood("register", GT, ("Jan Jansen", "jan@bieb.example.nl"), confidence=0.1), doubt="cancel")
    d = decide(parsed(text="Ik schuif graag aan, maar eigenlijk kan ik niet."), doubted, [], CAT, NOW)
    assert d.status == "triage" and d.changes == ()
    assert d.mails[0].variables["doubt"] == "cancel" and d.mails[0].variables["intent"] == "register"


def test_a_doubted_question_goes_to_its_contact_as_usual_with_the_other_reading():
    """The contact who reads the question is the person a doubt asks for: no detour via the organisers."""
    doubted = replace(understood("registration_question", GT, confidence=0.3), doubt="register")
    d = decide(parsed(text="Is er parkeergelegenheid? Ik kom met de auto."), doubted, [], CAT, NOW)
    forward = next(m for m in d.mails if m.kind == "forward")
    assert d.status == "done" and forward.variables["doubt"] == "register" and forward.variables["reason"] is None
    assert forward.to[0].email == CAT.contact(CAT.event(GT).registration_contact).email

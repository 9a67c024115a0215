"""The learned intent reader: the shipped model fits its features, and classify lets it overrule the
rules only where the rules are weakest. Pure logic, no I/O beyond reading the shipped model."""

from __future__ import annotations

import subprocess
import sys

from mailbot import learned
from mailbot.classify import LEARNED_OVERRULES, LEARNED_OVERRULES_STRONG, classify, intent_features
from mailbot.events import load_catalogue
from mailbot.parse import parse
from mailbot.understanding import INTENTS
from tests.helpers import ROOT, parsed

CATALOGUE = load_catalogue(ROOT / "config" / "events.toml")
INVITATION = "Re: Uitnodiging Gesprekstafel voor directeuren"


def test_the_shipped_model_reads_the_mails_it_was_trained_on():
    """Fails when features() changes without bench/train_intent.py being run again: the weights would
    then belong to other features, and the fit on tests/corpus (part of the training set) collapses."""
    sys.path.insert(0, str(ROOT / "bench"))
    from accuracy import OWN, load_labels

    right = total = 0
    for folder in sorted(p.parent for p in (ROOT / "tests" / "corpus").glob("*/labels.jsonl")):
        for label in load_labels(folder):
            found = intent_features(parse((folder / label["file"]).read_bytes()), CATALOGUE, OWN)
            right += learned.read(found).intent == label["intent"]
            total += 1
    assert total >= 200 and right / total >= 0.97


def test_the_model_knows_every_intent_and_its_probabilities_sum_to_one():
    intents, bias, weights = learned._model()
    assert sorted(intents) == sorted(INTENTS) and len(bias) == len(intents)
    assert all(len(w) == len(intents) for w in weights.values())
    found = learned.features("Aanmelding", "Graag meld ik mij aan voor de gesprekstafel.", False, None)
    reading = learned.read(found)
    assert reading.intent == "register" and 0.5 < reading.probability <= 1.0
    led = learned.because(found, "register")
    assert led and set(led) <= found
    weights = learned._model()[2]
    column = learned._model()[0].index("register")
    assert all(weights[f][column] > 0 for f in led)


def test_features_are_words_pairs_subject_words_and_the_mails_kind():
    found = learned.features("RE: Aanmelding", "Ik kom graag!", True, None)
    assert {"ik", "kom", "graag", "ik kom", "kom graag", "s:re", "s:aanmelding", "#reply", "#short"} <= found
    assert "#auto:auto_reply" in learned.features("", "x", False, "auto_reply")
    assert "#short" not in learned.features("", "een twee drie vier vijf zes zeven acht", False, None)


def test_a_yes_to_the_invitation_that_no_rule_reads_is_a_sign_up_said_by_the_learned_reader():
    u = classify(parsed(text="Ja hoor, doe maar.", subject=INVITATION), CATALOGUE)
    assert u.intent == "register"
    learned_hit = next(h for h in u.hits if h.rule == "learned")
    assert u.rules.index("fallback") < u.rules.index("learned")  # the overruled rule is kept, for --explain
    assert "register" in learned_hit.why and u.confidence >= LEARNED_OVERRULES


def test_machine_mail_is_never_overruled():
    u = classify(parsed(text="Ja hoor, doe maar.", subject=INVITATION, automated="auto_reply",
                        automation_reasons=("auto-submitted: auto-replied",)), CATALOGUE)
    assert u.intent == "auto_reply" and "learned" not in u.rules


def test_a_sign_up_the_rules_found_is_not_made_a_question():
    """'Ik meld aan: … Mag ik een lijst sturen?': a sign-up with a practical question alongside, which
    the rules forward with it. Bags of words read such mail as a question; turning a sign-up into a
    question takes LEARNED_OVERRULES_STRONG, and the phrasing is one the unit tests pin for training."""
    u = classify(parsed(subject="Aanmelding webinar", text="Ik meld aan: Anna Smit (anna.smit@example.nl) en Bas Kok "
                        "(bas.kok@example.nl). Mag ik een lijst sturen, of moet iedereen apart het formulier invullen?"),
                 CATALOGUE)
    assert u.intent == "register" and "learned" not in u.rules


def test_the_trainer_refuses_a_held_out_set():
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "train_intent.py"), str(ROOT / "bench" / "fresh999")],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode != 0 and "held out" in run.stderr


def test_where_it_may_not_overrule_the_learned_reader_doubts_and_a_person_decides():
    """The rules read a sign-up in 'aanmelden'; the model reads a practical question, but turning a
    sign-up into a question takes LEARNED_OVERRULES_STRONG. So the rule's intent stays, with a
    confidence below decide's threshold and the model's reading alongside."""
    from mailbot.decide import LOW_CONFIDENCE

    u = classify(parsed(subject="adjunct", text="Is de gesprekstafel ook open voor mijn adjunct als ik verhinderd ben? "
                        "Nog niet aanmelden graag."), CATALOGUE)
    assert u.intent == "register" and u.rules.index("register-words") < u.rules.index("learned-doubts")
    assert u.confidence < LOW_CONFIDENCE and u.doubt == "registration_question"


def test_a_sign_up_the_rules_misread_is_overruled_when_the_model_is_sure():
    u = classify(parsed(subject="Bewijs van deelname", text="Krijgen deelnemers een certificaat? Onze leerkrachten willen "
                        "de uren registreren."), CATALOGUE)
    assert u.intent == "registration_question" and u.rules[:2] == ("register-words", "learned")
    assert u.confidence >= LEARNED_OVERRULES_STRONG


def test_where_the_learned_reader_agrees_the_confidence_is_the_rules():
    u = classify(parsed(subject="Aanmelding", text="Graag meld ik mij aan voor de gesprekstafel op 24 juni."), CATALOGUE)
    assert u.intent == "register" and u.confidence >= 0.8 and not {"learned", "learned-doubts"} & set(u.rules)


def test_mailbot_check_finds_the_shipped_weights():
    assert learned.check().endswith("features over 7 intents (intent_model.tsv)")


def test_the_words_that_name_the_events_are_one_word_so_another_catalogue_reads_the_same():
    """'masterclass leesbevordering' in a catalogue the model was not fitted on is '#ev' like 'gesprekstafel' in the
    one it was: a sign-up for it is read as a sign-up, not doubted for words it learned from newsletters."""
    from mailbot.classify import _named_words
    from mailbot.events import Catalogue, Event

    masked = learned.features("Aanmelding gesprekstafel", "Ik meld mij aan voor de gesprekstafel.", False, None,
                              frozenset({"gesprekstafel"}))
    assert {"#ev", "de #ev", "s:#ev"} <= masked and "gesprekstafel" not in masked
    from datetime import datetime, timedelta, timezone
    starts = datetime(2030, 11, 5, 10, tzinfo=timezone(timedelta(hours=1)))
    other = Catalogue(events=(Event(**{**CATALOGUE.events[0].model_dump(), "id": "masterclass-2030-11-05", "starts": starts,
                                       "ends": starts + timedelta(hours=3), "title": "Masterclass leesbevordering",
                                       "aliases": ("masterclass",), "themes": (), "location": "Bibliotheek, Spui 68, Den Haag"}),),
                      contacts=CATALOGUE.contacts, triage=CATALOGUE.triage)
    assert {"masterclass", "leesbevordering"} <= _named_words(other.events)
    u = classify(parsed(subject="Aanmelding masterclass leesbevordering 5 november",
                        text="Hallo,\n\nIk wil mij graag inschrijven voor de masterclass leesbevordering op 5 november in Den "
                             "Haag. Mijn collega's hebben er goede verhalen over gehoord."), other)
    assert u.intent == "register" and u.doubt is None

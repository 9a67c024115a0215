"""A second reader for intent: a linear model learned from the labelled mails in bench/dev and tests/corpus
and from the phrasings the unit tests pin.

Why: the phrase rules read the mail they were written from almost perfectly (99.5% on 8,500 labelled
mails) but new writers phrase things the rules have not seen ('I must pass this time', 'Could you add
her?', a bare 'Ja' over a forwarded invitation): on four held-out sets, never read by anyone who wrote
a rule, the rules got 90.9% of the intents and this model alone 95%. The rules stay first; the model
overrules them where it disagrees with high probability and sends the mail to a person where it
disagrees less surely, never on machine mail (classify._second_opinion).

The model is multinomial logistic regression over words, word pairs, their first six letters (a crude stem that
carries 'aanmelden' to 'aanmeldingen' and past a typo's ending; 0.3 point in cross-validation by sets) and
subject words; it ships as a tab-separated weight table (package data) and is scored here in plain Python, so
the worker needs no numerical library. `bench/train_intent.py` fits it again whenever the labelled mails change.
"""

from __future__ import annotations

import math
import re
from array import array
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL = Path(__file__).with_name("intent_model.tsv")
_WORD = re.compile(r"[a-zà-ÿ']+|\?")
_SUBJECT_WORD = re.compile(r"[a-zà-ÿ]+")


@dataclass(frozen=True)
class Reading:
    """The model's intent and its probability."""

    intent: str
    probability: float


def features(subject: str, body: str, is_reply: bool, automated: str | None,
             event_words: frozenset[str] = frozenset()) -> set[str]:
    """What the model sees. Training calls this same function, so the two can never drift apart.

    The words that name the configured events (``event_words``: titles, aliases, themes, city) are one
    word, '#ev': the model learns that a mail names an event, not which, so it reads a catalogue it was
    not fitted on the same way ('masterclass leesbevordering' is no newsletter word in another catalogue)."""
    words = [("#ev" if w in event_words else w) for w in _WORD.findall(body.lower())]
    found = set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}
    stems = [w[:6] for w in words]  # a crude stem: 'aanmelden', 'aanmelding', 'aanmeldingen' share 'aanmel'
    found |= {f"p:{s}" for s in stems if len(s) == 6} | {f"pp:{a} {b}" for a, b in zip(stems, stems[1:])}
    found |= {f"s:{'#ev' if w in event_words else w}" for w in _SUBJECT_WORD.findall(subject.lower())}
    if is_reply:
        found.add("#reply")
    if automated:
        found.add(f"#auto:{automated}")
    if len(words) < 8:
        found.add("#short")
    return found


_FUNCTION_WORDS = frozenset({"voor", "van", "het", "een", "the", "for", "and"})


def event_words(phrases: tuple[str, ...]) -> frozenset[str]:
    """The words of the events' names, aliases, themes and city, as features() masks them."""
    return frozenset(w for phrase in phrases for w in _WORD.findall(phrase.lower()) if len(w) > 2 and w not in _FUNCTION_WORDS)


@cache
def _model() -> tuple[tuple[str, ...], tuple[float, ...], dict[str, array[float]]]:
    """Intents, biases and the weights per feature, read once per process (about 50,000 rows, 10 MB)."""
    intents: tuple[str, ...] = ()
    bias: tuple[float, ...] = ()
    weights: dict[str, array[float]] = {}
    with MODEL.open(encoding="utf-8") as rows:
        for line in rows:
            name, _, rest = line.rstrip("\n").partition("\t")
            if name == "#intents":
                intents = tuple(rest.split("\t"))
            elif name == "#bias":
                bias = tuple(float(x) for x in rest.split("\t"))
            else:
                weights[name] = array("f", map(float, rest.split("\t")))  # a third of a tuple's memory
    return intents, bias, weights


def read(found: set[str]) -> Reading:
    """Softmax over the summed weights of the features present."""
    intents, bias, weights = _model()
    present = [w for w in map(weights.get, found) if w is not None]
    logits = [sum(column) for column in zip(bias, *present)]
    top = max(logits)
    exps = [math.exp(x - top) for x in logits]
    best = max(range(len(intents)), key=exps.__getitem__)
    return Reading(intents[best], exps[best] / sum(exps))


def because(found: set[str], intent: str, n: int = 4) -> tuple[str, ...]:
    """The features that pushed the reading towards this intent most (for --explain; only when it matters)."""
    intents, _, weights = _model()
    i = intents.index(intent)
    pushes = sorted(((w[i], f) for f in found if (w := weights.get(f)) is not None and w[i] > 0), reverse=True)
    return tuple(f for _, f in pushes[:n])


def check() -> str:
    """For `mailbot check`: the shipped weights load, and read a plain sign-up as one (a package built
    without its data, or features changed without a new fit, would fail here and not on live mail)."""
    intents, _, weights = _model()
    reading = read(features("Aanmelding", "Graag meld ik mij aan voor de bijeenkomst.", False, None))
    if reading.intent != "register":
        raise RuntimeError(f"it reads a plain sign-up as {reading.intent}; fit it again with bench/train_intent.py")
    return f"{len(weights):,} features over {len(intents)} intents ({MODEL.name})"

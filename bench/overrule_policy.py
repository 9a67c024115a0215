"""How the learned reader's say works out on mail it was not fitted on: out-of-fold readings for every development mail.

    pip install -e '.[train]'
    python bench/overrule_policy.py

The development sets are split into five folds of whole sets; a reader is fitted (as bench/train_intent.py fits the
shipped one) on four and reads the fifth. classify then runs with that reading in place of the shipped reader's, so
its own policy (mailbot/classify.py, _second_opinion) decides what to do with it. Printed: intent accuracy, wrong
intents acted on, wrong ones sent to a person (doubted, or 'other'). The shipped reader has seen every development
mail, so bench/accuracy.py on bench/dev flatters it; this does not.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from accuracy import OWN, load_labels  # noqa: E402
from train_intent import C, MIN_SEEN  # noqa: E402

from mailbot import classify as classify_module, learned  # noqa: E402
from mailbot.events import load_catalogue  # noqa: E402
from mailbot.parse import parse  # noqa: E402

ACTS = ("register", "cancel", "question", "registration_question")


def main() -> int:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    catalogue = load_catalogue(ROOT / "config" / "events.toml")
    mails = [(folder.name, folder / label["file"], label["intent"])
             for folder in sorted((ROOT / "bench" / "dev").iterdir()) if folder.is_dir() for label in load_labels(folder)]
    parsed = [parse(path.read_bytes()) for _, path, _ in mails]
    features = [classify_module.intent_features(p, catalogue, OWN) for p in parsed]
    names = sorted({name for name, _, _ in mails})
    random.Random(0).shuffle(names)
    fold = {name: i % 5 for i, name in enumerate(names)}
    readings: list[learned.Reading | None] = [None] * len(mails)
    for k in range(5):
        train = [i for i, (name, _, _) in enumerate(mails) if fold[name] != k]
        test = [i for i, (name, _, _) in enumerate(mails) if fold[name] == k]
        seen = Counter(f for i in train for f in features[i])
        vectors = DictVectorizer()
        matrix = vectors.fit_transform([{f: 1 for f in features[i] if seen[f] >= MIN_SEEN} for i in train])
        model = LogisticRegression(C=C, max_iter=5000).fit(matrix, [mails[i][2] for i in train])
        for i, probabilities in zip(test, model.predict_proba(vectors.transform([{f: 1 for f in features[i]} for i in test]))):
            best = int(probabilities.argmax())
            readings[i] = learned.Reading(str(model.classes_[best]), float(probabilities[best]))
    shipped = learned.read
    right = acted = to_person = 0
    try:
        for i, p in enumerate(parsed):
            learned.read = lambda found, reading=readings[i]: reading  # type: ignore[assignment,misc]
            u = classify_module.classify(p, catalogue, OWN)
            if u.intent == mails[i][2]:
                right += 1
            elif u.intent in ACTS and u.confidence >= 0.5:
                acted += 1
            else:
                to_person += 1
    finally:
        learned.read = shipped
    print(f"development mails: {len(mails)} in {len(names)} sets, read out of fold (5 folds of whole sets)")
    print(f"intent accuracy:   {right / len(mails):.2%}")
    print(f"wrong, acted on:   {acted}")
    print(f"wrong, to a person: {to_person}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

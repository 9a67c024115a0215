"""Fit the learned intent reader (mailbot/intent_model.tsv) on the labelled mails.

    pip install -e '.[train]'     # scikit-learn: needed here only, never by the worker
    python bench/train_intent.py  # bench/dev/*, tests/corpus/* and the phrasings the unit tests pin

Run it again after labels change or mails are added to bench/dev. Never train on a held-out set
(bench/fresh*): those exist to measure how well mailbot reads mail nobody has seen.
Logistic regression, not a bigger model: it trains in seconds, is scored in plain Python, and on the
held-out sets it did as well as the settings around it (C 1-10, features seen at least 1-5 times).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # mailbot, and tests (for the pinned phrasings)

from mailbot.classify import intent_features  # noqa: E402
from mailbot.events import load_catalogue  # noqa: E402
from mailbot.learned import MODEL  # noqa: E402
from mailbot.parse import parse  # noqa: E402
from mailbot.understanding import INTENTS  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from accuracy import OWN, load_labels  # noqa: E402

MIN_SEEN = 3  # a feature in fewer mails than this is a name or a typo, not a way of saying something
C = 1.0


def corpus(folders: list[Path], events: Path) -> tuple[list[set[str]], list[str]]:
    catalogue = load_catalogue(events)
    xs, ys = [], []
    for folder in folders:
        for label in load_labels(folder):
            xs.append(intent_features(parse((folder / label["file"]).read_bytes()), catalogue, OWN))
            ys.append(label["intent"])
    return xs, ys


def pinned(events: Path) -> tuple[list[set[str]], list[str]]:
    """The phrasings the unit tests pin (every parametrized case of tests/test_understanding.py with a
    text and an intent): labelled examples too, written by those who wrote the rules, often for the
    very sentences words alone misread ('Graag had ik geweten wie …' asks)."""
    from tests import test_understanding
    from tests.helpers import parsed

    catalogue = load_catalogue(events)
    xs, ys = [], []
    for test in vars(test_understanding).values():
        for mark in getattr(test, "pytestmark", ()):
            names = mark.args[0] if mark.name == "parametrize" else ""
            names = tuple(n.strip() for n in names.split(",")) if isinstance(names, str) else tuple(names)
            for values in mark.args[1] if {"text", "note"} & set(names) and "intent" in names else ():
                case = dict(zip(names, getattr(values, "values", values)))
                if case["intent"] in INTENTS:  # a note above a forward: the forward is read with it
                    mail = parsed(text=case.get("text", case.get("note")), subject=case.get("subject", "Aanmelding"),
                                  quoted=case.get("quoted", ""), forwarded=case.get("forwarded", ""))
                    xs.append(intent_features(mail, catalogue, OWN))
                    ys.append(case["intent"])
    return xs, ys


def fit(xs: list[set[str]], ys: list[str]) -> tuple[list[str], list[float], dict[str, list[float]]]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(f for x in xs for f in x)
    vectors = DictVectorizer()
    matrix = vectors.fit_transform([{f: 1 for f in x if seen[f] >= MIN_SEEN} for x in xs])
    model = LogisticRegression(C=C, max_iter=5000).fit(matrix, ys)
    print(f"fitted on {len(xs)} mails, {matrix.shape[1]} features; training accuracy {model.score(matrix, ys):.3f}")
    classes = [str(c) for c in model.classes_]
    names = vectors.get_feature_names_out()
    weights = {str(f): [float(w) for w in model.coef_[:, j]] for j, f in enumerate(names)}
    return classes, [float(b) for b in model.intercept_], weights


def write(classes: list[str], bias: list[float], weights: dict[str, list[float]], out: Path) -> None:
    """Rows whose weights all round to zero are left out: they cannot move a reading."""
    with out.open("w", encoding="utf-8") as f:
        f.write("#intents\t" + "\t".join(classes) + "\n")
        f.write("#bias\t" + "\t".join(f"{b:.4f}" for b in bias) + "\n")
        for name in sorted(weights):
            w = [f"{x:.4f}" for x in weights[name]]
            if any(float(x) for x in w) and "\t" not in name and "\n" not in name:
                f.write(name + "\t" + "\t".join(w) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--events", type=Path, default=ROOT / "config" / "events.toml")
    ap.add_argument("--out", type=Path, default=MODEL)
    args = ap.parse_args()
    folders = args.folders or sorted({p.parent for p in [*(ROOT / "bench" / "dev").glob("*/labels.jsonl"),
                                                          *(ROOT / "tests" / "corpus").glob("*/labels.jsonl")]})
    if held_out := [f for f in folders if f.resolve().parent == (ROOT / "bench").resolve()]:
        sys.exit(f"train_intent: {held_out[0]} is held out; train on bench/dev and tests/corpus only")
    xs, ys = corpus(folders, args.events)
    more_xs, more_ys = pinned(args.events)
    print(f"{len(xs)} labelled mails and {len(more_xs)} phrasings pinned by the unit tests")
    xs, ys = xs + more_xs, ys + more_ys
    if unknown := set(ys) - set(INTENTS):
        sys.exit(f"train_intent: unknown intents in the labels: {sorted(unknown)}")
    write(*fit(xs, ys), args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()

"""Write mailbot/common_words.txt: the lower-case words of the development mails written with capitals, less those
written with a capital inside sentences at least as often (names typed in lower case now and then).

    python bench/build_vocabulary.py

mailbot.recase gives a capital to each word of an all-lower-case mail that is not in this list; names are written with
capitals in the mails this reads, so they stay out of it. Only bench/dev and tests/corpus are read, never a held-out
set (bench/fresh*). Run it again when bench/dev grows.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mailbot.parse import parse  # noqa: E402
from mailbot.recase import written_in_lower_case  # noqa: E402

MIN_SEEN = 2  # a word once in lower case may be a name someone typed so
_ADDRESS = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
_LOWER_WORD = re.compile(r"(?<![\w@.])[a-zà-ÿ][a-zà-ÿ'’-]*")
# A capitalised word inside a sentence (after a lower-case word or a comma): how names are written, not sentences begun.
_CAPITALISED_INSIDE = re.compile(r"(?<=[a-zà-ÿ,] )[A-ZÀ-Ý][a-zà-ÿ'’-]+")


def main() -> None:
    seen: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    for path in sorted([*ROOT.glob("bench/dev/*/*.eml"), *ROOT.glob("tests/corpus/*/*.eml")]):
        p = parse(path.read_bytes())
        for text in (p.text, p.quoted or "", p.signature):
            if text and not written_in_lower_case(text):
                text = _ADDRESS.sub(" ", text)
                seen.update(_LOWER_WORD.findall(text))
                capitalised.update(w.lower() for w in _CAPITALISED_INSIDE.findall(text))
    # a word written with its capital inside sentences as often as without is a name ('Noor', 'Kroon', 'Regenboog'), typed
    # in lower case now and then: not a common word
    words = sorted(w for w, n in seen.items() if n >= MIN_SEEN and len(w) >= 2 and capitalised[w] < n)
    (ROOT / "mailbot" / "common_words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words from {sum(seen.values())} lower-case words seen")


if __name__ == "__main__":
    main()

"""Write mailbot/common_words.txt: the lower-case words of the development mails written with capitals.

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


def main() -> None:
    seen: Counter[str] = Counter()
    for path in sorted([*ROOT.glob("bench/dev/*/*.eml"), *ROOT.glob("tests/corpus/*/*.eml")]):
        p = parse(path.read_bytes())
        for text in (p.text, p.quoted or ""):
            if text and not written_in_lower_case(text):
                seen.update(_LOWER_WORD.findall(_ADDRESS.sub(" ", text)))
    words = sorted(w for w, n in seen.items() if n >= MIN_SEEN and len(w) >= 2)
    (ROOT / "mailbot" / "common_words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words from {sum(seen.values())} lower-case words seen")


if __name__ == "__main__":
    main()

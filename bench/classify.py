"""Classification benchmark: messages per second through detect_automated + Classifier.classify.

    python bench/classify.py            # N = 5,000
    python bench/classify.py 1000

Generates N messages with ../shared/bench/make_corpus.py into bench/out/corpus-N (kept and
reused when it already holds N files) and parses them all first (not timed). Then it times, in
one thread (so on one core), what pipeline/flow.py runs per message after parsing:
detect_automated with the desk's own addresses, then Classifier.classify with the rules beside
the settings file. It prints the rate and the category counts, and ends with one line
    classify: N=<n> msgs_per_s=<..>
"""

from __future__ import annotations

import argparse
import logging
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
MAKE_CORPUS = ROOT.parent / "shared" / "bench" / "make_corpus.py"
sys.path[:0] = [str(ROOT)]

from pipeline.case import Automation, Classification, ParsedMail  # noqa: E402
from pipeline.classify.automated import detect_automated  # noqa: E402
from pipeline.classify.classifier import Classifier  # noqa: E402
from pipeline.errors import UnparseableMail  # noqa: E402
from pipeline.ingest.parse import parse_mail  # noqa: E402
from pipeline.settings import load_settings  # noqa: E402


def corpus(n: int) -> Path:
    """bench/out/corpus-N, generated unless it already holds N messages."""
    folder = OUT / f"corpus-{n}"
    if len(list(folder.glob("*.eml"))) != n:
        subprocess.run(
            [sys.executable, str(MAKE_CORPUS), str(folder), str(n)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return folder


def parse_all(folder: Path) -> list[ParsedMail]:
    mails = []
    for path in sorted(folder.glob("*.eml")):
        try:
            mails.append(parse_mail(path.read_bytes())[0])
        except UnparseableMail as exc:
            print(f"{path.name}: not parsed: {exc}")  # noqa: T201
    return mails


def classify_all(
    mails: list[ParsedMail], classifier: Classifier, own: frozenset[str]
) -> tuple[float, list[Classification]]:
    """Seconds spent on detect_automated + classify for every message, and the results."""
    results = []
    start = time.perf_counter()
    for mail in mails:
        automation: Automation = detect_automated(mail, own_addresses=own)
        results.append(classifier.classify(mail, automation)[1])
    return time.perf_counter() - start, results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=5000, help="messages (default 5000)")
    args = parser.parse_args()
    logging.disable(logging.INFO)  # one INFO line per decision is the pipeline's, not ours
    logging.getLogger("mailparser").setLevel(logging.ERROR)  # "content not handled" notes
    settings = load_settings()
    config_dir = settings.source_file.parent if settings.source_file else ROOT / "config"
    classifier = Classifier.load(config_dir)
    mails = parse_all(corpus(args.n))
    seconds, results = classify_all(mails, classifier, settings.desk.addresses)
    rate, each_ms = len(mails) / seconds, seconds / len(mails) * 1000
    summary = f"{len(mails)} messages in {seconds:.2f} s on one core"
    print(f"{summary}: {rate:.0f} messages/s, {each_ms:.3f} ms each")  # noqa: T201
    for category, count in Counter(c.category for c in results).most_common():
        print(f"  {category:<32}{count:>6}")  # noqa: T201
    print(f"classify: N={len(mails)} msgs_per_s={rate:.0f}")  # noqa: T201


if __name__ == "__main__":
    main()

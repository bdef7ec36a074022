"""Classification benchmark: messages per second through detect_automated + Classifier.classify.

    python bench/classify.py            # N = 5,000
    python bench/classify.py 1000

Generates N messages with ../shared/bench/make_corpus.py into bench/out/corpus-N (kept and
reused when it already holds N files) and parses them all first (not timed). Then it times, in
one thread (so on one core), what pipeline/flow.py runs per message after parsing:
detect_automated with the desk's own addresses, then Classifier.classify with the rules beside
the settings file. It also times mail-parser alone over the same files: this host's pace, as
the machines this runs on differ by twice or more. Each is timed over --repeat passes (3 by
default) and the fastest counts, as timeit does: other work on the host only ever slows a pass
down. It prints the rates and the category counts, and ends with one line
    classify: N=<n> msgs_per_s=<..> parse_msgs_per_s=<..>
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


def bare_parse_rate(folder: Path, repeat: int) -> float:
    """mail-parser alone, on bytes already in memory: messages per second, fastest pass."""
    import mailparser

    blobs = [p.read_bytes() for p in sorted(folder.glob("*.eml"))]
    fastest = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for raw in blobs:
            mailparser.parse_from_bytes(raw)
        fastest = min(fastest, time.perf_counter() - start)
    return len(blobs) / fastest


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
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the fastest counts")
    args = parser.parse_args()
    logging.disable(logging.INFO)  # one INFO line per decision is the pipeline's, not ours
    logging.getLogger("mailparser").setLevel(logging.ERROR)  # "content not handled" notes
    settings = load_settings()
    config_dir = settings.source_file.parent if settings.source_file else ROOT / "config"
    classifier = Classifier.load(config_dir)
    folder = corpus(args.n)
    mails = parse_all(folder)
    seconds, results = min((classify_all(mails, classifier, settings.desk.addresses)
                            for _ in range(args.repeat)), key=lambda timed: timed[0])
    parse_rate = bare_parse_rate(folder, args.repeat)
    rate, each_ms = len(mails) / seconds, seconds / len(mails) * 1000
    summary = f"{len(mails)} messages in {seconds:.2f} s on one core"
    print(f"{summary}: {rate:.0f} messages/s, {each_ms:.3f} ms each")  # noqa: T201
    print(f"mail-parser alone on the same files: {parse_rate:.0f} messages/s")  # noqa: T201
    for category, count in Counter(c.category for c in results).most_common():
        print(f"  {category:<32}{count:>6}")  # noqa: T201
    print(f"classify: N={len(mails)} msgs_per_s={rate:.0f} parse_msgs_per_s={parse_rate:.0f}")  # noqa: T201


if __name__ == "__main__":
    main()

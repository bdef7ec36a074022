"""Build small raw mails for the classifier tests (no network, no files)."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formatdate, make_msgid


def make_mail(
    body: str,
    *,
    subject: str = "Question",
    sender: str = "Claire Martin <claire.martin@gmail.com>",
    headers: dict[str, str] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "Assistance <support@assistance.example.fr>"
    msg["Subject"] = subject
    msg["Date"] = formatdate(1730000000, localtime=False)
    msg["Message-ID"] = make_msgid(domain="example.org")
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    return bytes(msg)


from pathlib import Path  # noqa: E402

from pipeline.case import Automation, Classification, Entities  # noqa: E402
from pipeline.classify.classifier import Classifier  # noqa: E402
from pipeline.ingest.parse import parse_mail  # noqa: E402

CONFIG = Path(__file__).resolve().parents[2] / "config"


def rules_alone(classifier: Classifier) -> Classifier:
    """The classifier without its second opinion: what the rules decide on their own."""
    return Classifier(classifier.rules, classifier.regions, classifier.policy,
                      classifier.calibration)


def classify_raw(
    classifier: Classifier, raw: bytes, *, automated: bool = False
) -> tuple[Entities, Classification]:
    mail, _ = parse_mail(raw)
    return classifier.classify(mail, Automation(automated, "test" if automated else ""))

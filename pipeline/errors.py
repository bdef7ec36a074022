"""Errors named as facts; each carries what a person needs to find the cause."""

from __future__ import annotations


class PipelineError(Exception):
    """Root of every error the pipeline raises on purpose."""


class ConfigRejected(PipelineError):
    """A settings, rules or template file was refused; the last good one stays live."""

    def __init__(self, path: str, reason: str, *, line: int | None = None, key: str | None = None):
        self.path, self.reason, self.line, self.key = path, reason, line, key
        where = path if line is None else f"{path}:{line}"
        what = f"{key}: {reason}" if key else reason
        super().__init__(f"{where}: {what}")


class UnparseableMail(PipelineError):
    """The bytes could not be read as a mail; they are kept raw for a person."""

    def __init__(self, reason: str, *, ledger_id: int | None = None):
        self.reason, self.ledger_id = reason, ledger_id
        super().__init__(reason)


class MailboxUnavailable(PipelineError):
    """A mailbox could not be reached; only that mailbox waits, the others go on."""

    def __init__(self, mailbox: str, reason: str):
        self.mailbox, self.reason = mailbox, reason
        super().__init__(f"mailbox {mailbox}: {reason}")


class TemplateRejected(PipelineError):
    """A template failed to load or render; no mail with holes ever leaves."""

    def __init__(self, name: str, reason: str, *, line: int | None = None):
        self.name, self.reason, self.line = name, reason, line
        where = name if line is None else f"{name}:{line}"
        super().__init__(f"{where}: {reason}")


class NothingToApprove(PipelineError):
    """A staff decision names a ticket that holds no undecided head-of-establishment request."""

    def __init__(self, reference: str, reason: str):
        self.reference, self.reason = reference, reason
        super().__init__(f"{reference}: {reason}")

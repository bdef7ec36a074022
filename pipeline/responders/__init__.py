"""Responders decide, never act: each returns the actions a filed mail calls for."""

from __future__ import annotations

from pipeline.case import Case
from pipeline.responders.actions import Action, Reply


def decide_actions(case: Case, *, is_new_ticket: bool) -> tuple[Action, ...]:
    """A new ticket written by a person gets an acknowledgement; robots get nothing."""
    classification = case.classification
    if classification is None or classification.action == "ignore":
        return ()
    if is_new_ticket:
        return (Reply("acknowledgement"),)
    return ()

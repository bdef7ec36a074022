"""Decide a new message's category, confidence and action; automated mail is never answered."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from pipeline.case import Automation, Classification, Entities, ParsedMail
from pipeline.classify.entities import Found, extract_entities
from pipeline.classify.opinion import SecondOpinion
from pipeline.classify.regions import Regions
from pipeline.classify.rules import Rule, RuleSet, line_of_table, read_toml
from pipeline.errors import ConfigRejected

log = logging.getLogger(__name__)

CATEGORIES = (
    "password_reset",
    "missing_noreply_mail",
    "mailinblack_spam",
    "head_of_establishment_request",
    "account_creation",
    "subscription_activation",
    "order_billing",
    "contract_documents",
    "transfer_incident",
    "automated",
    "other",
)


class CategoryPolicy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    auto_reply: bool
    threshold: float = Field(ge=0.0, le=1.0)
    covers: list[str] = Field(default_factory=list)  # categories that are part of this request
    wrong_check_letter_holds: bool = False  # a mistyped UAI sends the mail to a person


class ConfidencePolicy(BaseModel):
    """How sure a decision is on mail from writers the rules were not written from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    prior: float = Field(default=0.88, ge=0.0, le=1.0)  # a rule's precision on such mail
    prior_weight: float = Field(default=40.0, ge=0.0)  # labelled messages worth the prior
    catch_all: float = Field(default=0.42, ge=0.0, le=1.0)  # the fallback's precision there
    second_topic: float = Field(default=0.85, ge=0.0, le=1.0)  # another category matches too
    long_text: int = Field(default=300, ge=0)  # characters of new text beyond which...
    long_text_factor: float = Field(default=0.92, ge=0.0, le=1.0)  # ...confidence is lowered


class ClassifyFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    calibration: str | None = None
    second_opinion: str | None = None  # a learnt model that must agree before mail is answered
    confidence: ConfidencePolicy = ConfidencePolicy()
    category: dict[str, CategoryPolicy]


class Calibration(BaseModel):
    """Per-rule counts on labelled mail, read as evidence against a prior (ConfidencePolicy).

    Counts on mail the rules were written from are all but perfect, so they move the prior
    only a little: (correct + weight * prior) / (seen + weight).
    """

    model_config = ConfigDict(extra="forbid")

    version: str
    rules: dict[str, tuple[int, int]]  # rule name -> (correct, seen)

    def confidence(self, rule: str, prior: float, weight: float) -> float:
        correct, seen = self.rules.get(rule, (0, 0))
        return (correct + weight * prior) / (seen + weight) if seen + weight else prior


class Classifier:
    """Loaded once from config/; classify() is pure and fast."""

    def __init__(
        self,
        rules: RuleSet,
        regions: Regions,
        policy: ClassifyFile,
        calibration: Calibration | None,
        opinion: SecondOpinion | None = None,
    ):
        self.rules, self.regions, self.policy = rules, regions, policy
        self.calibration, self.opinion = calibration, opinion

    @classmethod
    def load(cls, config_dir: Path) -> Classifier:
        """Read rules.toml, regions.toml, classify.toml (+ calibration); raise ConfigRejected."""
        rules = RuleSet.load(config_dir / "rules.toml")
        regions = Regions.load(config_dir / "regions.toml")
        policy = read_toml(config_dir / "classify.toml", ClassifyFile)
        check_names(config_dir, rules, policy)
        calibration = load_calibration(config_dir, policy)
        opinion = load_opinion(config_dir, policy)
        return cls(rules, regions, policy, calibration, opinion)

    def classify(self, mail: ParsedMail, automation: Automation) -> tuple[Entities, Classification]:
        """Entities and classification of one message read as a new message."""
        found = extract_entities(mail, regions=self.regions)
        if automation.automated:
            return found.entities, Classification(
                "automated", 1.0, "ignore", f"automated:{automation.reason}"
            )
        rule, reading = self.rules.decide(mail)
        if rule is None:  # the file has no catch-all rule
            return found.entities, Classification("other", 0.0, "human_review", "fallback")
        if rule.category == "automated":
            confidence = self.confidence_of(rule)
            return found.entities, Classification("automated", confidence, "ignore", rule.name)
        policy = self.policy.category[rule.category]
        answerable = policy.auto_reply and rule.auto_reply
        rival = None  # only where it changes what happens: the work is a scan of every rule
        if answerable:
            ignore = frozenset((rule.category, "automated", *policy.covers))
            rival = self.rules.rival(reading, rule, ignore)
        confidence = self.confidence_of(rule, second_topic=rival is not None)
        if len(mail.new_text) > self.policy.confidence.long_text:
            confidence *= self.policy.confidence.long_text_factor
        held = self.holds_for(rule, confidence, found)
        if answerable:
            held += [f"also_{rival.category}"] if rival else []
            held += self.rules.guards_for(reading, rule.category)
        if answerable and not held and self.opinion:
            other = self.opinion.top(mail)
            held += [f"second_opinion_{other}"] if other != rule.category else []
        action = "human_review" if held else "auto_reply"
        log.info(
            "message %s: %s by rule %s (%.2f), %s%s",
            mail.message_id,
            rule.category,
            rule.name,
            confidence,
            action,
            f" held by {', '.join(held)}" if held else "",
        )
        return found.entities, Classification(
            rule.category, round(confidence, 4), action, rule.name, held_by=tuple(held)
        )

    def confidence_of(self, rule: Rule, *, second_topic: bool = False) -> float:
        """The rule's precision on labelled mail shrunk toward the prior, lowered when the
        rule of another category matched too (classify() lowers it again for a long text).
        The catch-all gets its prior alone: on the mail the rules were written from it only
        ever sees what they left out on purpose."""
        c = self.policy.confidence
        if rule.catch_all:
            return c.catch_all
        confidence = (
            self.calibration.confidence(rule.name, c.prior, c.prior_weight)
            if self.calibration
            else c.prior
        )
        return confidence * c.second_topic if second_topic else confidence

    def holds_for(self, rule: Rule, confidence: float, found: Found) -> list[str]:
        """Reasons in code (not guards) that keep a person in the loop."""
        policy = self.policy.category[rule.category]
        reasons = []
        if not policy.auto_reply:
            reasons.append("category_not_answered")
        elif not rule.auto_reply:
            reasons.append("rule_not_answered")
        elif confidence < policy.threshold:
            reasons.append("below_threshold")
        if found.entities.uai_typo and policy.wrong_check_letter_holds:
            reasons.append("uai_check_letter_wrong")
        if found.several_uais:
            reasons.append("several_uais")
        return reasons


def check_names(config_dir: Path, rules: RuleSet, policy: ClassifyFile) -> None:
    """Every category named in rules.toml and classify.toml must be a taxonomy slug."""
    unknown = set(policy.category) - set(CATEGORIES)
    unknown |= {c for p in policy.category.values() for c in p.covers} - set(CATEGORIES)
    missing = set(CATEGORIES) - set(policy.category)
    if unknown or missing:
        why = f"unknown {sorted(unknown)}" if unknown else f"missing {sorted(missing)}"
        raise ConfigRejected(
            str(config_dir / "classify.toml"), f"categories: {why}", key="category"
        )
    text = (config_dir / "rules.toml").read_text(encoding="utf-8")
    for table, items in (("rule", rules.spec.rule), ("guard", rules.spec.guard)):
        for i, item in enumerate(items):
            names = [item.category] if table == "rule" else item.categories  # type: ignore[union-attr]
            bad = [n for n in names if n not in CATEGORIES]
            if bad:
                raise ConfigRejected(
                    str(config_dir / "rules.toml"),
                    f"unknown category {bad[0]!r}",
                    line=line_of_table(text, table, i),
                    key=f"{table}.{i}.category",
                )
    seen: set[str] = set()
    for i, rule in enumerate(rules.spec.rule):
        if rule.name in seen:
            raise ConfigRejected(
                str(config_dir / "rules.toml"),
                f"rule name {rule.name!r} used twice",
                line=line_of_table(text, "rule", i),
                key=f"rule.{i}.name",
            )
        seen.add(rule.name)


def load_calibration(config_dir: Path, policy: ClassifyFile) -> Calibration | None:
    """Read the calibration artefact named in classify.toml; None when none is configured."""
    path = _artefact(config_dir, policy.calibration, "every rule gets the default confidence")
    if path is None:
        return None
    try:
        return Calibration.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, OSError) as exc:
        raise ConfigRejected(str(path), f"unreadable calibration: {exc}") from exc


def load_opinion(config_dir: Path, policy: ClassifyFile) -> SecondOpinion | None:
    """The second opinion named in classify.toml; None when none is configured or trained."""
    path = _artefact(config_dir, policy.second_opinion, "the rules answer alone")
    return SecondOpinion.load(path) if path else None


def _artefact(config_dir: Path, name: str | None, without_it: str) -> Path | None:
    """A learnt file named in classify.toml: its path, or None (and why) when there is none."""
    if not name:
        return None
    path = config_dir / name
    if not path.exists():
        log.warning("%s not found: %s", path, without_it)
        return None
    return path

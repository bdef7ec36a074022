"""Decide a new message's category, confidence and action; automated mail is never answered."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from pipeline.case import Automation, Classification, Entities, ParsedMail
from pipeline.classify.entities import Found, extract_entities
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


class ClassifyFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    calibration: str | None = None
    unknown_rule_confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    category: dict[str, CategoryPolicy]


class Calibration(BaseModel):
    """Per-rule counts on labelled mail: confidence = (correct + 1) / (seen + 2)."""

    model_config = ConfigDict(extra="forbid")

    version: str
    rules: dict[str, tuple[int, int]]  # rule name -> (correct, seen)

    def confidence(self, rule: str, default: float) -> float:
        correct, seen = self.rules.get(rule, (0, 0))
        return (correct + 1) / (seen + 2) if seen else default


class Classifier:
    """Loaded once from config/; classify() is pure and fast."""

    def __init__(
        self,
        rules: RuleSet,
        regions: Regions,
        policy: ClassifyFile,
        calibration: Calibration | None,
    ):
        self.rules, self.regions, self.policy, self.calibration = (
            rules,
            regions,
            policy,
            calibration,
        )

    @classmethod
    def load(cls, config_dir: Path) -> Classifier:
        """Read rules.toml, regions.toml, classify.toml (+ calibration); raise ConfigRejected."""
        rules = RuleSet.load(config_dir / "rules.toml")
        regions = Regions.load(config_dir / "regions.toml")
        policy = read_toml(config_dir / "classify.toml", ClassifyFile)
        check_names(config_dir, rules, policy)
        calibration = load_calibration(config_dir, policy)
        return cls(rules, regions, policy, calibration)

    def classify(self, mail: ParsedMail, automation: Automation) -> tuple[Entities, Classification]:
        """Entities and classification of one message read as a new message."""
        found = extract_entities(mail, regions=self.regions)
        if automation.automated:
            return found.entities, Classification(
                "automated", 1.0, "ignore", f"automated:{automation.reason}"
            )
        reading = self.rules.read(mail)
        rule = self.rules.first_match(reading)
        if rule is None:  # the file has no catch-all rule
            return found.entities, Classification("other", 0.0, "human_review", "fallback")
        confidence = self.confidence_of(rule)
        if rule.category == "automated":
            return found.entities, Classification("automated", confidence, "ignore", rule.name)
        held = self.holds_for(rule, confidence, found) + self.rules.guards_for(
            reading, rule.category
        )
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

    def confidence_of(self, rule: Rule) -> float:
        """The rule's measured precision, or the configured default for an unmeasured rule."""
        default = self.policy.unknown_rule_confidence
        return self.calibration.confidence(rule.name, default) if self.calibration else default

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
        if found.entities.uai_typo:
            reasons.append("uai_check_letter_wrong")
        if found.several_uais:
            reasons.append("several_uais")
        return reasons


def check_names(config_dir: Path, rules: RuleSet, policy: ClassifyFile) -> None:
    """Every category named in rules.toml and classify.toml must be a taxonomy slug."""
    unknown = set(policy.category) - set(CATEGORIES)
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
    if not policy.calibration:
        return None
    path = config_dir / policy.calibration
    if not path.exists():
        log.warning("calibration %s not found: every rule gets the default confidence", path)
        return None
    try:
        return Calibration.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, OSError) as exc:
        raise ConfigRejected(str(path), f"unreadable calibration: {exc}") from exc

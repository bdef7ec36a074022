"""Rule kinds in code, rule instances in config/rules.toml; a bad file is refused with its line."""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pipeline.case import ParsedMail
from pipeline.classify.patterns import Branch, Needles, Pattern, any_found
from pipeline.classify.text import fold_text
from pipeline.errors import ConfigRejected
from pipeline.ingest.quotes import ADDRESS_HEADER_LINE

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Compile one rule pattern, turning a regex error into a validation error."""
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"bad pattern {pattern!r}: {exc}") from exc


class Conditions(BaseModel):
    """What a rule or a guard tests; every condition given must hold, and no `unless` may match."""

    model_config = ConfigDict(extra="forbid")

    header: dict[str, str] = Field(default_factory=dict)  # header name -> pattern on its value
    subject_or_body: list[str] = Field(default_factory=list)  # each must match subject + new text
    sender_domain: list[str] = Field(default_factory=list)  # any may match the From domain
    signed_by: list[str] = Field(default_factory=list)  # any may match From name + signature
    unless: list[str] = Field(default_factory=list)  # none may match subject + new text
    unless_new_text: list[str] = Field(default_factory=list)  # none may match the new text alone
    # Subject + new text name a day ("le 28 mai") at least this many days before the mail's Date
    dated_days_ago: int | None = Field(default=None, ge=0)

    @field_validator("subject_or_body", "sender_domain", "signed_by", "unless", "unless_new_text")
    @classmethod
    def check_patterns(cls, patterns: list[str]) -> list[str]:
        for p in patterns:
            compile_pattern(p)
        return patterns

    @field_validator("header")
    @classmethod
    def check_header_patterns(cls, tests: dict[str, str]) -> dict[str, str]:
        for p in tests.values():
            compile_pattern(p)
        return tests


class RuleSpec(Conditions):
    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    category: str
    auto_reply: bool = True  # false: this rule's messages always go to a person


class GuardSpec(Conditions):
    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    categories: list[str] = Field(default_factory=list)  # empty: every category


class NegationSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    pattern: str
    everywhere: str | None = None  # also masked in the whole message once pattern is found

    @field_validator("pattern", "everywhere")
    @classmethod
    def check_pattern(cls, pattern: str | None) -> str | None:
        if pattern is not None:
            compile_pattern(pattern)
        return pattern


_WORD = re.compile(r"\{([a-z][a-z0-9_]*)\}")  # never a quantifier: those hold digits


class RulesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    words: dict[str, str] = Field(default_factory=dict)  # vocabulary family -> pattern
    negation: list[NegationSpec] = Field(default_factory=list)
    guard: list[GuardSpec] = Field(default_factory=list)
    rule: list[RuleSpec] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def expand_words(cls, data: object) -> object:
        """Write each {family} named in [words] into the patterns, as a group."""
        if not isinstance(data, dict) or not isinstance(data.get("words", {}), dict):
            return data
        words: dict[str, str] = {}
        for name, value in data.get("words", {}).items():  # may use the families above it
            words[name] = f"(?:{expand(value, words, name)})" if isinstance(value, str) else value
        return {
            key: [expand_table(t, words) for t in value] if key != "words" else value
            for key, value in data.items()
        }


def expand(pattern: str, words: dict[str, str], where: str) -> str:
    """The pattern with {family} replaced; an unknown family is refused. A pattern that is
    one family alone keeps its alternatives at the top (each is then searched apart)."""
    alone = _WORD.fullmatch(pattern)
    if alone and alone.group(1) in words:
        return words[alone.group(1)][3:-1]

    def word(m: re.Match[str]) -> str:
        if m.group(1) not in words:
            raise ValueError(f"{where}: unknown word family {{{m.group(1)}}}")
        return words[m.group(1)]

    return _WORD.sub(word, pattern)


def expand_table(table: object, words: dict[str, str]) -> object:
    """One [[rule]], [[guard]] or [[negation]] with its patterns expanded."""
    if not isinstance(table, dict):
        return table
    out = dict(table)
    for key, value in table.items():
        if isinstance(value, str) and key in ("pattern", "everywhere"):
            out[key] = expand(value, words, str(table.get("name")))
        elif isinstance(value, list):
            out[key] = [
                expand(v, words, str(table.get("name"))) if isinstance(v, str) else v for v in value
            ]
        elif isinstance(value, dict) and key == "header":
            out[key] = {
                k: expand(v, words, str(table.get("name"))) if isinstance(v, str) else v
                for k, v in value.items()
            }
    return out


@dataclass(frozen=True, slots=True)
class Reading:
    """The parts of a mail the rules look at, folded once per message."""

    mail: ParsedMail
    topic: str  # folded subject + new text, negated mentions masked out
    body: str  # the new text alone, folded and masked: a reply's subject names the old topic
    topic_has: frozenset[str]  # Needles.present(topic)
    body_has: frozenset[str]  # Needles.present(body)
    signer: str  # folded From display name + signature
    domain: str  # From domain, lower case
    headers: dict[str, str]  # lower-cased header name -> its first value, as mail.header()


class Condition:
    """Compiled form of Conditions: each pattern as its top-level alternatives (Branch)."""

    def __init__(self, spec: Conditions):
        self.header = [(k.lower(), Pattern(v).branches) for k, v in spec.header.items()]
        self.topic = [Pattern(p).branches for p in spec.subject_or_body]
        self.domain = [b for p in spec.sender_domain for b in Pattern(p).branches]
        self.signer = [b for p in spec.signed_by for b in Pattern(p).branches]
        self.unless = [b for p in spec.unless for b in Pattern(p).branches]
        self.unless_body = [b for p in spec.unless_new_text for b in Pattern(p).branches]
        self.dated_days_ago = spec.dated_days_ago
        # For each subject_or_body pattern whose branches all need strings, the strings one of
        # which the topic must hold: holds() tests them all in one call against the topic's
        # Needles, and most rules fail there without a branch being tried.
        self.gates = [frozenset().union(*(b.needs or () for b in branches))
                      for branches in self.topic if all(b.needs for b in branches)]

    def holds(self, r: Reading) -> bool:
        """True when every condition given holds for this reading."""
        if any(map(r.topic_has.isdisjoint, self.gates)):
            return False
        for name, branches in self.header:  # the cheap tests first: every test must hold anyway
            value = r.headers.get(name)
            if value is None or not any_found(branches, value):
                return False
        if self.domain and not any_found(self.domain, r.domain):
            return False
        if self.signer and not any_found(self.signer, r.signer):
            return False
        for branches in self.topic:
            if not any_found(branches, r.topic, r.topic_has):
                return False
        if self.dated_days_ago is not None and not any(
            days >= self.dated_days_ago for days in days_since_named_days(r.topic, r.mail.date)
        ):
            return False
        return not any_found(self.unless, r.topic, r.topic_has) and not any_found(
            self.unless_body, r.body, r.body_has
        )

    def text_branches(self) -> list[Branch]:
        """The branches read on the subject and new text (the ones Needles serves)."""
        return [b for branches in self.topic for b in branches] + self.unless + self.unless_body


@dataclass(frozen=True)
class Rule:
    name: str
    category: str
    auto_reply: bool
    condition: Condition
    index: int  # position in the file: rules before it did not match when it decides
    catch_all: bool  # no condition at all: it says nothing about the message


@dataclass(frozen=True)
class Guard:
    name: str
    categories: frozenset[str]
    condition: Condition


class RuleSet:
    """Negations, guards and rules from one rules.toml, compiled."""

    def __init__(self, spec: RulesFile):
        self.negations = [
            (re.compile(n.pattern), Pattern(n.pattern), n.everywhere and re.compile(n.everywhere))
            for n in spec.negation
        ]
        self.rules = [
            Rule(r.name, r.category, r.auto_reply, Condition(r), i, is_catch_all(r))
            for i, r in enumerate(spec.rule)
        ]
        self.guards = [Guard(g.name, frozenset(g.categories), Condition(g)) for g in spec.guard]
        conditions = [r.condition for r in self.rules] + [g.condition for g in self.guards]
        self.needles = Needles([b for _, pattern, _ in self.negations for b in pattern.branches]
                               + [b for c in conditions for b in c.text_branches()])
        self.spec = spec

    @classmethod
    def load(cls, path: Path) -> RuleSet:
        """Read config/rules.toml; raise ConfigRejected on a bad file."""
        return cls(read_toml(path, RulesFile))

    def read(self, mail: ParsedMail) -> Reading:
        """The subject and new text, folded and masked each apart, joined as the rules read
        them. A product said absent or only considered in one ("nous n'avons pas
        MailInBlack") is hearsay in the other too."""
        subject, subject_has, subject_spread = self.mask(fold_text(mail.subject or ""))
        body, body_has, body_spread = self.mask(fold_text(mail.new_text or ""))
        subject, subject_has = self.blank(subject, subject_has, body_spread)
        body, body_has = self.blank(body, body_has, subject_spread)
        if subject and body:
            topic, topic_has = self.needles.join(subject, subject_has, body, body_has)
        else:
            topic, topic_has = subject or body, subject_has | body_has
        signer = fold_text(f"{mail.sender.name}\n{closing_lines(mail.new_text)}\n{mail.signature}")
        headers = {name.lower(): value for name, value in reversed(mail.headers)}
        return Reading(mail, topic, body, topic_has, body_has, signer,
                       mail.sender.email.rpartition("@")[2], headers)

    def fold(self, text: str | None) -> tuple[str, frozenset[str]]:
        """Folded text with its negated mentions masked, and what Needles finds in it."""
        folded, has, _ = self.mask(fold_text(text or ""))
        return folded, has

    def mask(self, topic: str) -> tuple[str, frozenset[str], tuple[re.Pattern[str], ...]]:
        """The folded text with negated mentions blanked out, what Needles finds in it, and
        the `everywhere` patterns of the negations found: mentions to blank elsewhere too."""
        has, spread = self.needles.present(topic), []
        for negation, pattern, everywhere in self.negations:
            if pattern.found_in(topic, has):  # else there is nothing to mask
                topic = negation.sub(" ", topic)
                if everywhere:  # "we do not have X": every other mention of X is hearsay
                    topic = everywhere.sub(" ", topic)
                    spread.append(everywhere)
                has = self.needles.present(topic)
        return topic, has, tuple(spread)

    def blank(self, text: str, has: frozenset[str],
              patterns: tuple[re.Pattern[str], ...]) -> tuple[str, frozenset[str]]:
        """The text with every match of these patterns blanked out, and what Needles finds."""
        if not patterns:
            return text, has
        for pattern in patterns:
            text = pattern.sub(" ", text)
        return text, self.needles.present(text)

    def first_match(self, reading: Reading, after: int = -1) -> Rule | None:
        """The first rule, in file order (after the index given), whose conditions all hold."""
        return next((r for r in self.rules[after + 1 :] if r.condition.holds(reading)), None)

    def decide(self, mail: ParsedMail) -> tuple[Rule | None, Reading]:
        """The deciding rule and what it read (guards and rivals read the same).

        Rules read the subject and new text. A reply's subject names the old topic: when its
        deciding rule holds on the new text alone, rivals and guards read that alone too;
        when it needs the subject, the new text is read alone again, and a later rule that
        matches there decides (the rules before it did not match even with the subject). A
        forward whose cover note matches nothing but the catch-all is read again with the
        forwarded message.
        """
        main = self.read(mail)
        rule = self.first_match(main)
        if rule is not None and not rule.catch_all and _REPLY.match(mail.subject):
            alone = replace(main, topic=main.body, topic_has=main.body_has)
            if rule.condition.holds(alone):
                return rule, alone
            own = self.first_match(alone, after=rule.index)
            if own is not None and not own.catch_all:
                return own, main
        if (rule is None or rule.catch_all) and (
            _FORWARD.match(mail.subject) or _FORWARD_MARK.search(mail.quoted[:300])
        ):
            # Its header lines say who wrote ("De : MailInBlack <…>"), no address to act on.
            forwarded_text = ADDRESS_HEADER_LINE.sub(lambda m: m[0].replace("@", " "), mail.quoted)
            topic, has = self.needles.join(main.topic, main.topic_has, *self.fold(forwarded_text))
            whole = replace(main, topic=topic, topic_has=has)
            forwarded = self.first_match(whole)
            if forwarded is not None and not forwarded.catch_all:
                return forwarded, whole
        return rule, main

    def rival(self, reading: Reading, rule: Rule, ignore: frozenset[str]) -> Rule | None:
        """The first later rule, of a category neither rule's nor ignored, that matches too."""
        for other in self.rules[rule.index + 1 :]:
            if not other.catch_all and other.category not in ignore:
                if other.condition.holds(reading):
                    return other
        return None

    def guards_for(self, reading: Reading, category: str) -> list[str]:
        """Names of the guards that hold back an automatic answer for this message."""
        return [
            g.name
            for g in self.guards
            if (not g.categories or category in g.categories) and g.condition.holds(reading)
        ]


_REPLY = re.compile(r"(?i)^\s*(?:re|r[ée]f?|aw|sv|antw)\s*:")
_FORWARD = re.compile(r"(?i)^\s*(?:tr|fw|fwd|wg|trans)\s*:")
# Not Outlook's "message d'origine": replies carry it too.
_FORWARD_MARK = re.compile(r"(?i)message transf[ée]r[ée]|forwarded message")


def is_catch_all(spec: Conditions) -> bool:
    """True for a rule without any condition (the fallback)."""
    return not (
        spec.header or spec.subject_or_body or spec.sender_domain or spec.signed_by or spec.unless
        or spec.unless_new_text or spec.dated_days_ago is not None
    )


MONTHS = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
          "octobre", "novembre", "decembre")
MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december")
_MONTH_NUMBER = {name: n for names in (MONTHS, MONTHS_EN) for n, name in enumerate(names, 1)}
_DAY = r"(0?[1-9]|[12]\d|3[01])(?:er|st|nd|rd|th)?"
# "le 28 mai", "on 3 June", "the 3rd of June"; "June 3" ("May 3": a verb)
_DAY_OF_MONTH = re.compile(
    rf"\b{_DAY} (?:of )?({'|'.join(_MONTH_NUMBER)})\b"
    rf"|\b({'|'.join(n for n in MONTHS_EN if n != 'may')}) {_DAY}\b")
AHEAD = 60  # a day named up to this many days after the mail is a plan; further, last year's


def days_since_named_days(topic: str, sent: datetime | None) -> Iterator[int]:
    """Days from each day the folded text names ("le 28 mai", "on 3 June") to the day the mail
    was sent.

    The year is the mail's, or the year before for a day more than AHEAD days after it
    ("le 20 décembre" in a mail of 5 January); a day ahead closer than that is a plan, not a
    past event, and is left out. No Date header: every named day counts as long past.
    """
    for day, month, month_first, day_after in _DAY_OF_MONTH.findall(topic):
        if sent is None:
            yield 10**6
            continue
        try:
            named = date(sent.year, _MONTH_NUMBER[month or month_first], int(day or day_after))
        except ValueError:  # 31 avril
            continue
        if (named - sent.date()).days > AHEAD:
            try:
                named = named.replace(year=named.year - 1)
            except ValueError:  # 29 février
                continue
        days = (sent.date() - named).days
        if days >= 0:
            yield days


def closing_lines(text: str, *, count: int = 4) -> str:
    """The last short lines of the new text: where a sign-off the parser left in usually sits.

    The tail of a wrapped sentence does not count ("...est partie sans / laisser de consigne
    et le principal ne l'a pas non plus."): that is prose about someone, not a sign-off. The
    last two lines may be longer when they end without a full stop ("Principal, collège
    Jean-François Millet, Cherbourg – 0501598R").
    """
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    last = len(lines) - 2
    closing = [line for n, (before, line) in enumerate(zip(["."] + lines, lines, strict=False))
               if (len(line) <= 60 or (n >= last and len(line) <= 100 and line[-1] not in ".!?"))
               and (len(before) <= 60 or before[-1] in ".!?:;,")]
    return "\n".join(closing[-count:])


def read_toml(path: Path, model: type[M]) -> M:
    """Load and validate one TOML file; ConfigRejected names the file, line and key at fault."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigRejected(str(path), f"cannot read: {exc}") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_from_message(str(exc))
        raise ConfigRejected(str(path), str(exc), line=line) from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(first["loc"])
        line, key = locate_error(text, loc)
        raise ConfigRejected(str(path), first["msg"], line=line, key=key) from exc


def _line_from_message(message: str) -> int | None:
    found = re.search(r"line (\d+)", message)
    return int(found.group(1)) if found else None


def locate_error(text: str, loc: tuple[object, ...]) -> tuple[int | None, str]:
    """Line of the offending key in the n-th [[table]] named by a pydantic error location."""
    key = ".".join(str(p) for p in loc)
    if len(loc) < 2 or not isinstance(loc[0], str) or not isinstance(loc[1], int):
        return None, key
    lines = text.splitlines()
    starts = [
        i
        for i, line in enumerate(lines)
        if re.match(rf"\s*\[\[\s*{re.escape(loc[0])}\s*\]\]", line)
    ]
    if loc[1] >= len(starts):
        return None, key
    start = starts[loc[1]]
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines)
    )
    if len(loc) > 2 and isinstance(loc[2], str):
        wanted = re.compile(rf"\s*\"?{re.escape(loc[2])}\"?\s*=")
        hit = next((i for i in range(start, end) if wanted.match(lines[i])), None)
        if hit is not None:
            return hit + 1, key
    return start + 1, key


def line_of_table(text: str, table: str, index: int) -> int | None:
    """Line (1-based) of the index-th [[table]] header, for cross-file checks."""
    line, _ = locate_error(text, (table, index, "category"))
    return line

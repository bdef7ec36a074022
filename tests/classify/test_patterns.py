"""Pattern.found_in skips work, never answers: it agrees with the regex on every text."""

from __future__ import annotations

import re

import pytest
from classify_support import CONFIG
from hypothesis import example, given
from hypothesis import strategies as st

from pipeline.classify.patterns import (
    Needles,
    Pattern,
    required_strings,
    split_first,
    top_branches,
)
from pipeline.classify.rules import RuleSet
from pipeline.classify.text import fold_text

TRICKY = [
    r"\becole ?directe\b",
    r"(?:^| )2 ?[).] ",
    r"^.{0,400}$",
    r"(?i)\b(?:dmarc|spf)=fail",
    r"\b(?:a|ont) (?:bien )?fonctionne\b|\bca (?:a )?marche\b",
    r"(?<!pour le )\b(?:principale?|directeur)\b",
    r"\b(?:confirm\w*|valid\w*) (?:votre |your )(?:compte|account)",
    r"[|]x|y\|z",
    r"(a|b)c|d",
    r"(?:(?<=avec )|(?<=with ))[^.]*",  # what follows the first group may be empty
    r"\b[a-z]*",
]
TEXTS = [
    "",
    "ecoledirecte",
    "mon ecole directe ne marche plus",
    "xecole directe",
    "points : 1) le premier 2) le second",
    "2) en tete",
    "spf=FAIL dmarc=pass",
    "ca a marche, merci",
    "ils ont bien fonctionne",
    "pour le principal du college",
    "la principale du college",
    "merci de valider votre compte",
    "validez your account",
    "a|x et y|z",
    "ac ad bc",
    "x" * 500,
]


@pytest.mark.parametrize("pattern", TRICKY)
def test_found_in_and_search_answer_as_the_regex_does(pattern: str) -> None:
    regex, fast = re.compile(pattern), Pattern(pattern)

    for text in TEXTS:
        assert fast.found_in(text) == bool(regex.search(text)), text
        expected = regex.search(text)
        found = fast.search(text)
        assert (found.span() if found else None) == (expected.span() if expected else None)


def test_every_pattern_of_the_rules_file_answers_as_its_regex_on_folded_mail_text() -> None:
    spec = RuleSet.load(CONFIG / "rules.toml").spec  # word families written in
    patterns = [
        p
        for item in [*spec.rule, *spec.guard]
        for p in [*item.subject_or_body, *item.unless, *item.signed_by, *item.sender_domain]
    ] + [p for n in spec.negation for p in (n.pattern, n.everywhere) if p]
    words = " ".join(re.findall(r"[a-z' ]{3,}", " ".join(patterns)))
    texts = [fold_text(t) for t in TEXTS] + [words, words[::-1], words.replace(" ", "  ")]

    for pattern in patterns:
        regex, fast = re.compile(pattern), Pattern(pattern)
        needles = Needles(fast.branches)
        for text in texts:
            assert fast.found_in(text) == bool(regex.search(text)), pattern
            assert fast.found_in(text, needles.present(text)) == bool(regex.search(text)), pattern


NEEDLES = Needles([b for p in ("mot de passe|mdp", "pas (?:de |d')?souci", "e d", "passe perdu ")
                   for b in Pattern(p).branches])
NEEDED = ("mot de passe", "mdp", "souci", "pas ", "e d", "passe perdu ")  # as the plans name them
SCRAPS = st.text(alphabet="mdpotesarl 'ucix", max_size=40)


@given(SCRAPS)
def test_needles_find_every_needed_string_a_text_holds(text: str) -> None:
    assert NEEDLES.present(text) == {s for s in NEEDED if s in text}


@given(SCRAPS, SCRAPS)
@example("passe perdu", "")  # the longest string, all on one side of the space
def test_two_texts_joined_hold_what_the_joined_text_holds(left: str, right: str) -> None:
    joined, has = NEEDLES.join(left, NEEDLES.present(left), right, NEEDLES.present(right))

    assert joined == f"{left} {right}"
    assert has == NEEDLES.present(joined)


def test_a_case_insensitive_pattern_claims_no_required_string() -> None:
    assert required_strings(r"(?i)abc") is None
    assert required_strings(r"x(?i:abc)") == ("x",)
    assert required_strings(r"\b(?:mot de passe|mdp)\b") == ("dp", "ot de passe")  # m factored out


def test_alternatives_are_split_only_at_the_top_level_and_without_flags() -> None:
    assert top_branches(r"a|(?:b|c)|[|]") == ["a", "(?:b|c)", "[|]"]
    assert top_branches(r"a|(b)") == [r"a|(b)"]  # a group: left whole
    assert top_branches(r"(?i)a|b") == [r"(?i)a|b"]
    assert split_first(r"a|b") == (None, 0)
    rest, width = split_first(r"(?:^| )2 ?[).] ")
    assert rest is not None and rest.pattern == r"2 ?[).] " and width == 1


@pytest.mark.parametrize("late", [True, False])
def test_a_pattern_tried_near_its_common_strings_answers_as_its_regex(late: bool) -> None:
    pattern = r"\bpas (?:de |d')?(?:probleme|souci)s? (?:de|avec) (?:mot de passe|compte)"
    text = "mon mot de passe marche. " + "pas de souci, le portail va. " * 80 + (
        "pas de probleme de mot de passe." if late else "pas de probleme la."
    )
    regex, fast = re.compile(pattern), Pattern(pattern)

    assert fast.found_in(text) == bool(regex.search(text)) == late

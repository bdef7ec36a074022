from __future__ import annotations

import email
import email.message
import email.policy
from pathlib import Path

import pytest
from classify_support import CONFIG, classify_raw, make_mail
from hypothesis import given
from hypothesis import strategies as st

from pipeline.classify.classifier import Classifier
from pipeline.classify.entities import CHECK_LETTERS, check_letter, is_valid_uai
from pipeline.classify.regions import Regions


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.load(CONFIG)


@given(st.integers(min_value=0, max_value=9_999_999))
def test_exactly_one_check_letter_makes_a_code_valid(number: int) -> None:
    digits = f"{number:07d}"

    valid = [letter for letter in CHECK_LETTERS + "IOQ" if is_valid_uai(digits + letter)]

    assert valid == [CHECK_LETTERS[number % 23]] == [check_letter(digits)]


@given(st.integers(min_value=0, max_value=9_999_999))
def test_a_valid_code_is_valid_in_lower_case_too(number: int) -> None:
    code = f"{number:07d}" + check_letter(f"{number:07d}")

    assert is_valid_uai(code.lower())


def test_the_spec_example_is_valid_and_a_changed_letter_is_not() -> None:
    assert is_valid_uai("0750654D")
    assert not is_valid_uai("0750654E")


def test_a_uai_written_with_spaces_in_lower_case_is_found(classifier: Classifier) -> None:
    raw = make_mail("Bonjour, notre code est le 0750 654 d. Merci")

    entities, _ = classify_raw(classifier, raw)

    assert (entities.uai, entities.region) == ("0750654D", "ile-de-france")


def test_a_uai_only_in_the_ce_sender_address_is_found(classifier: Classifier) -> None:
    raw = make_mail(
        "Bonjour, mot de passe oublié.", sender="Secrétariat <ce.0451268j@ac-orleans-tours.fr>"
    )

    entities, _ = classify_raw(classifier, raw)

    assert (entities.uai, entities.region) == ("0451268J", "centre-val-de-loire")


def test_a_uai_only_in_a_portal_url_is_found(classifier: Classifier) -> None:
    raw = make_mail("Je n'arrive plus à accéder à https://0133842f.esidoc.fr/ depuis hier.")

    entities, _ = classify_raw(classifier, raw)

    assert (entities.uai, entities.platform) == ("0133842F", "esidoc")


def test_a_wrong_check_letter_is_a_typo_and_the_region_comes_from_the_domain(
    classifier: Classifier,
) -> None:
    raw = make_mail(
        "Notre identifiant est le 0592734G, mot de passe perdu.", sender="F. W. <f.w@ac-lille.fr>"
    )

    entities, c = classify_raw(classifier, raw)

    assert (entities.uai, entities.uai_typo, entities.region) == (
        None,
        "0592734G",
        "hauts-de-france",
    )
    assert "uai_check_letter_wrong" in c.held_by


def test_the_sender_uai_wins_over_a_mistyped_one_in_the_body(classifier: Classifier) -> None:
    raw = make_mail("Notre UAI 0061592B.", sender="Principal <ce.0061592Y@ac-nice.fr>")

    entities, _ = classify_raw(classifier, raw)

    assert (entities.uai, entities.uai_typo) == ("0061592Y", None)


def test_with_two_uais_the_former_school_is_skipped_and_nothing_is_sent(
    classifier: Classifier,
) -> None:
    raw = make_mail(
        "Mutée de mon ancien collège (0850412L) au lycée de Rennes (0350729C), "
        "je ne connais pas le mot de passe du portail e-sidoc.",
        sender="E. M. <e.m@ac-nantes.fr>",
    )

    entities, c = classify_raw(classifier, raw)

    assert (entities.uai, entities.region) == ("0350729C", "bretagne")
    assert c.action == "human_review"


def test_a_mistyped_code_named_after_a_valid_one_may_be_another_school(
    classifier: Classifier,
) -> None:
    raw = make_mail("J'étais à l'école de Lannion (0220056S), je suis maintenant à celle de "
                    "Vitré, UAI 0350123B : pouvez-vous réinitialiser le mot de passe du portail "
                    "e-sidoc de ma nouvelle école ?")

    entities, c = classify_raw(classifier, raw)

    assert (entities.uai, entities.uai_typo) == (None, "0350123B")
    assert (c.category, c.action) == ("password_reset", "human_review")
    assert "several_uais" in c.held_by


def test_a_mistyped_code_corrected_after_is_one_school(classifier: Classifier) -> None:
    raw = make_mail("Mot de passe e-sidoc oublié. Notre code : 0350123B, pardon, 0350123U.")

    entities, c = classify_raw(classifier, raw)

    assert (entities.uai, c.action) == ("0350123U", "auto_reply")


def test_corsica_and_overseas_prefixes_give_their_regions() -> None:
    regions = Regions.load(CONFIG / "regions.toml")

    assert regions.region_of_uai("6200215P") == "corse"
    assert regions.region_of_uai("9760147F") == "mayotte"
    assert regions.region_of_uai("0010001W") == "auvergne-rhone-alpes"


def test_an_academie_sub_domain_gives_its_region_but_a_look_alike_does_not() -> None:
    regions = Regions.load(CONFIG / "regions.toml")

    assert regions.region_of_address("x@webmail.ac-rennes.fr") == "bretagne"
    assert regions.region_of_address("x@ac-versailles-webmail.com") is None


def test_every_region_has_a_team_address_and_leads_for_routing_and_escalation() -> None:
    regions = Regions.load(CONFIG / "regions.toml")

    assert len(regions.by_slug) == 18
    assert all(r.team_address and r.leads for r in regions.by_slug.values())


def test_two_platforms_named_give_no_platform(classifier: Classifier) -> None:
    raw = make_mail("Changez l'adresse du compte e-sidoc et de l'Espace Acheteur.")

    entities, _ = classify_raw(classifier, raw)

    assert entities.platform is None


def test_a_platform_implied_by_a_resource_is_found(classifier: Classifier) -> None:
    raw = make_mail("Notre abonnement Cafeyn n'est pas encore visible.")

    entities, _ = classify_raw(classifier, raw)

    assert entities.platform == "esidoc"


def test_config_dir_exists() -> None:
    assert Path(CONFIG / "rules.toml").exists()


def test_a_uai_named_only_in_an_attachments_file_name_is_found(classifier: Classifier) -> None:
    msg = email.message_from_bytes(make_mail("Bonjour, voici le courrier signé du principal."),
                                   policy=email.policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    msg.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf",
                       filename="courrier_principal_0693421U.pdf")

    entities, _ = classify_raw(classifier, bytes(msg))

    assert (entities.uai, entities.region) == ("0693421U", "auvergne-rhone-alpes")

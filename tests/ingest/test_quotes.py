"""split_reply keeps what the sender wrote now apart from quoted history and signature."""

from __future__ import annotations

import pytest

from pipeline.ingest.quotes import split_reply

OUTLOOK_FR = """Bonjour,

Toujours rien reçu depuis hier.

Cordialement,
Anne Morel
CDI - Collège Jules Ferry (0750001A)

________________________________
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 2 septembre 2024 10:12
À : Morel Anne <anne.morel@ac-paris.fr>
Objet : Votre demande

Bonjour, voici la procédure.
"""

OUTLOOK_EN = """Hello,

Still nothing received.

Best regards,
John Smith

From: Assistance <support@assistance.example.fr>
Sent: Monday, September 2, 2024 10:12 AM
To: John Smith <john@school.example>
Subject: Your request

Hello, here is the procedure.
"""

OUTLOOK_ORIGINAL_FR = """Merci, c'est réglé.

-----Message d'origine-----
De : Assistance [mailto:support@assistance.example.fr]
Envoyé : lundi 2 septembre 2024 10:12
À : Morel Anne
Objet : Votre demande

Texte ancien.
"""

OUTLOOK_ORIGINAL_EN = """Thanks, it works now.

-----Original Message-----
From: Assistance
Sent: Monday, September 2, 2024 10:12 AM
Subject: Your request

Old text.
"""

GMAIL_FR_WRAPPED = """Bonjour,

Le lien ne fonctionne pas.

Merci d'avance

Le lun. 2 sept. 2024 à 10:12, Assistance <support@assistance.example.fr>
a écrit :

> Bonjour,
> Voici le lien.
"""

GMAIL_EN = """It still fails.

On Mon, Sep 2, 2024 at 10:12 AM Assistance <support@assistance.example.fr> wrote:
> Hello,
> Here is the link.
"""

THUNDERBIRD_FR = """Bonjour,

Pouvez-vous me renvoyer le mail ?

Le 02/09/2024 à 10:12, Assistance a écrit :
> Bonjour,
> Voici le lien.
"""

THUNDERBIRD_EN = """Could you send it again?

On 02/09/2024 10:12, Assistance wrote:
> Here is the link.
"""

APPLE_FR = """Je confirme la demande.

Envoyé de mon iPhone

> Le 2 sept. 2024 à 10:12, Sophie Martin <sophie.martin@ac-lille.fr> a écrit :
>
> Bonjour Monsieur,
"""

APPLE_EN = """I confirm.

Sent from my iPhone

> On 2 Sep 2024, at 10:12, Sophie Martin <sophie.martin@ac-lille.fr> wrote:
>
> Hello,
"""

ZIMBRA_FR = """Je vous confirme ma demande par écrit.

Cordialement,
Le proviseur, Didier Martin

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Mme Roche" <brigitte.roche@ac-reims.fr>
Envoyé: Lundi 2 Septembre 2024 10:12:00
Objet: Accès administrateur

Texte ancien.
"""

ZIMBRA_EN = """I confirm my request.

----- Original Message -----
From: "Assistance" <support@assistance.example.fr>
To: "Mrs Roche" <brigitte.roche@ac-reims.fr>
Sent: Monday, 2 September 2024 10:12:00
Subject: Admin access

Old text.
"""

CASES = {
    "outlook_fr": (OUTLOOK_FR, "Toujours rien reçu depuis hier.", "_______"),
    "outlook_en": (OUTLOOK_EN, "Still nothing received.", "From: Assistance"),
    "outlook_original_fr": (OUTLOOK_ORIGINAL_FR, "Merci, c'est réglé.", "-----Message d'"),
    "outlook_original_en": (OUTLOOK_ORIGINAL_EN, "Thanks, it works now.", "-----Original"),
    "gmail_fr_wrapped": (GMAIL_FR_WRAPPED, "Le lien ne fonctionne pas.", "Le lun. 2 sept."),
    "gmail_en": (GMAIL_EN, "It still fails.", "On Mon, Sep 2"),
    "thunderbird_fr": (THUNDERBIRD_FR, "Pouvez-vous me renvoyer le mail ?", "Le 02/09/2024"),
    "thunderbird_en": (THUNDERBIRD_EN, "Could you send it again?", "On 02/09/2024"),
    "apple_fr": (APPLE_FR, "Je confirme la demande.", "> Le 2 sept."),
    "apple_en": (APPLE_EN, "I confirm.", "> On 2 Sep"),
    "zimbra_fr": (ZIMBRA_FR, "Je vous confirme ma demande par écrit.", "----- Mail original"),
    "zimbra_en": (ZIMBRA_EN, "I confirm my request.", "----- Original Message"),
}


@pytest.mark.parametrize("text, wanted, quote_start", CASES.values(), ids=CASES.keys())
def test_reply_in_each_client_style_keeps_only_new_text(
    text: str, wanted: str, quote_start: str
) -> None:
    new_text, quoted, _ = split_reply(text)

    assert wanted in new_text
    assert "Voici" not in new_text and "Old text" not in new_text and "Texte ancien" not in new_text
    assert "Here is" not in new_text and "procédure" not in new_text
    assert quoted.startswith(quote_start)


def test_reply_in_outlook_french_style_returns_the_signature_with_the_uai() -> None:
    new_text, _, signature = split_reply(OUTLOOK_FR)

    assert new_text.endswith("Cordialement,")
    assert signature == "Anne Morel\nCDI - Collège Jules Ferry (0750001A)"


def test_reply_in_apple_style_puts_sent_from_my_iphone_in_the_signature() -> None:
    new_text, _, signature = split_reply(APPLE_FR)

    assert (new_text, signature) == ("Je confirme la demande.", "Envoyé de mon iPhone")


@pytest.mark.parametrize("footer", ["Obtenir Outlook pour Android", "Obtenir Outlook pour iOS"])
def test_the_french_outlook_mobile_footer_is_signature(footer: str) -> None:
    new_text, _, signature = split_reply(f"Le lien ne marche pas.\n\n{footer}\n")

    assert (new_text, signature) == ("Le lien ne marche pas.", footer)


def test_message_without_quote_is_all_new_text_but_its_signature() -> None:
    text = "Bonjour,\n\nJe n'arrive plus à me connecter.\n\nBien cordialement,\nMarc Petit\n"

    new_text, quoted, signature = split_reply(text)

    assert new_text == "Bonjour,\n\nJe n'arrive plus à me connecter.\n\nBien cordialement,"
    assert (quoted, signature) == ("", "Marc Petit")


def test_dash_dash_line_starts_the_signature() -> None:
    text = "Hello,\nI cannot log in.\n-- \nJohn Smith\nLibrarian, UAI 0750001A\n"

    new_text, _, signature = split_reply(text)

    assert new_text == "Hello,\nI cannot log in."
    assert signature == "-- \nJohn Smith\nLibrarian, UAI 0750001A"


def test_forward_without_own_words_gives_empty_new_text_and_the_forward_in_quoted() -> None:
    text = """---------- Forwarded message ---------
De : Anne Keller <anne.keller@ac-versailles.fr>
Date: lun. 13 janv. 2025 à 16:20
Subject: Espace acheteur
To: <stephanie.morel@ac-versailles.fr>

Je n'ai jamais reçu le lien.
"""

    new_text, quoted, signature = split_reply(text)

    assert (new_text, signature) == ("", "")
    assert "Je n'ai jamais reçu le lien." in quoted


@pytest.mark.parametrize("marker", ["Début du message réexpédié :", "Begin forwarded message:"])
def test_apple_forward_marker_starts_the_quoted_part(marker: str) -> None:
    text = f"Voir ci-dessous.\n\n{marker}\n\nDe: Karine <k@orange.fr>\nObjet: Notes\n\nTexte."

    new_text, quoted, _ = split_reply(text)

    assert new_text == "Voir ci-dessous."
    assert quoted.startswith(marker)


def test_answers_between_quoted_lines_stay_in_new_text() -> None:
    text = "> Quel est votre UAI ?\n0750001A\n> Quelle plateforme ?\ne-sidoc\n"

    new_text, quoted, _ = split_reply(text)

    assert new_text == "0750001A\ne-sidoc"
    assert quoted == "> Quel est votre UAI ?\n> Quelle plateforme ?"


def test_words_de_and_from_in_a_sentence_do_not_start_a_quote() -> None:
    text = "De plus, le mail de: la plateforme n'arrive pas.\nFrom: what I see, nothing.\n"

    new_text, quoted, _ = split_reply(text)

    assert quoted == "" and "nothing" in new_text


def test_sign_off_in_the_middle_of_a_long_text_does_not_cut_it() -> None:
    body = "\n".join(f"Ligne {i} du message." for i in range(20))
    text = f"Bonjour,\nMerci d'avance\n{body}\n"

    new_text, _, signature = split_reply(text)

    assert signature == "" and "Ligne 19" in new_text

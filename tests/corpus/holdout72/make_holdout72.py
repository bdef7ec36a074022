#!/usr/bin/env python3
"""Generate the holdout72 blind test corpus (150 hand-written mails + labels).

Theme: bilingual writers -- English-speaking language assistants, international
sections and European schools in France mixing English and French, plus British
and American suppliers and buyers writing to the desk; Auvergne-Rhone-Alpes and
PACA.

Standard library only, deterministic (random.Random(SEED)).  Every mail text is
written by hand below; this script only wraps each text in headers and a
transfer encoding, writes h001.eml ... h150.eml and labels.jsonl next to itself,
then re-reads everything and checks it.

    python3 make_holdout72.py
"""
import base64
import datetime as dt
import html as htmllib
import json
import random
import re
from collections import Counter
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 72
DESK = "support@assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = [
    "password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
    "subscription_activation", "head_of_establishment_request", "order_billing",
    "contract_documents", "transfer_incident", "automated", "other",
]
AUTO_ALLOWED = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                "account_creation", "subscription_activation"}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform",
              "hard", "lang", "notes"]

# regions.md
REGION_TABLE = {
    "auvergne-rhone-alpes": ("01 03 07 15 26 38 42 43 63 69 73 74", "ac-clermont.fr ac-grenoble.fr ac-lyon.fr"),
    "bourgogne-franche-comte": ("21 25 39 58 70 71 89 90", "ac-besancon.fr ac-dijon.fr"),
    "bretagne": ("22 29 35 56", "ac-rennes.fr"),
    "centre-val-de-loire": ("18 28 36 37 41 45", "ac-orleans-tours.fr"),
    "corse": ("620 720", "ac-corse.fr"),
    "grand-est": ("08 10 51 52 54 55 57 67 68 88", "ac-nancy-metz.fr ac-reims.fr ac-strasbourg.fr"),
    "hauts-de-france": ("02 59 60 62 80", "ac-amiens.fr ac-lille.fr"),
    "ile-de-france": ("75 77 78 91 92 93 94 95", "ac-creteil.fr ac-paris.fr ac-versailles.fr"),
    "normandie": ("14 27 50 61 76", "ac-normandie.fr ac-caen.fr ac-rouen.fr"),
    "nouvelle-aquitaine": ("16 17 19 23 24 33 40 47 64 79 86 87", "ac-bordeaux.fr ac-limoges.fr ac-poitiers.fr"),
    "occitanie": ("09 11 12 30 31 32 34 46 48 65 66 81 82", "ac-montpellier.fr ac-toulouse.fr"),
    "pays-de-la-loire": ("44 49 53 72 85", "ac-nantes.fr"),
    "provence-alpes-cote-d-azur": ("04 05 06 13 83 84", "ac-aix-marseille.fr ac-nice.fr"),
    "guadeloupe": ("971", "ac-guadeloupe.fr"),
    "martinique": ("972", "ac-martinique.fr"),
    "guyane": ("973", "ac-guyane.fr"),
    "la-reunion": ("974", "ac-reunion.fr"),
    "mayotte": ("976", "ac-mayotte.fr"),
}
DEPT_REGION, DOMAIN_REGION = {}, {}
for _slug, (_deps, _doms) in REGION_TABLE.items():
    for _d in _deps.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _m in _doms.split():
        DOMAIN_REGION[_m] = _slug
REG = {"ara": "auvergne-rhone-alpes", "paca": "provence-alpes-cote-d-azur"}


def check_letter(digits7):
    return LETTERS[int(digits7) % 23]


def is_valid_uai(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and check_letter(code[:7]) == code[7]


def expected_region(uai, sender):
    if uai:
        return DEPT_REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


MAILS = []


def M(cat, ok, uai, reg, plat, hard, lang, notes, frm, subj, body, client="outlook",
      enc=None, html=None, att=(), hdrs=None, reply=False, to=DESK, cc=None, kind="mail",
      report=None):
    """Record one hand-written mail and its label."""
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, reg=REG.get(reg, reg), plat=plat, hard=hard,
                      lang=lang, notes=notes, frm=frm, subj=subj, body=body, client=client,
                      enc=enc, html=html, att=att, hdrs=hdrs or {}, reply=reply, to=to,
                      cc=cc, kind=kind, report=report))


PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
       b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")
XLSX = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(40))

# ---------------------------------------------------------------- password_reset
M("password_reset", True, "0693939G", "ara", "esidoc", False, "fr",
  "The librarian of an international cité scolaire lost her e-sidoc back-office password; UAI in the body, standard reset path.",
  "Hélène Marchetti <helene.marchetti@ac-lyon.fr>", "Mot de passe e-sidoc / password issue",
  """Bonjour,

Je suis professeure documentaliste à la cité scolaire internationale de Lyon (UAI 0693939G).
Impossible de me reconnecter à l'administration du portail e-sidoc depuis les vacances de la Toussaint : le mot de passe est refusé.
Notre assistante d'anglais, Megan, m'a aidée à tester le lien "Mot de passe oublié" mais rien de concluant, nous ne savons pas à quelle adresse le mail part.

Pouvez-vous me renvoyer un lien de réinitialisation ?

Merci d'avance, and thanks from Megan too :)

Hélène Marchetti
Professeure documentaliste - CDI
Cité scolaire internationale
""", client="thunderbird")

M("password_reset", True, None, None, "ticket_portal", False, "en",
  "English-speaking coordinator forgot her ticket-portal password; no UAI and a personal address, so the generic procedure answers.",
  "Rachel Donovan <rachel.donovan82@gmail.com>", "Forgot my password for the support portal",
  """Hello,

I coordinate the American section at a lycée near Grenoble and I opened a ticket on your support portal back in October. Now I can't log back in to follow it up - I must have forgotten the password, and the "forgot password" page just reloads.

Could you send me a reset link please?

Many thanks,
Rachel Donovan
""", client="gmail")

M("password_reset", True, "0132404T", "paca", "espace_acheteur", False, "fr",
  "Gestionnaire typed without accents: forgotten password on the buyer space, UAI given.",
  "Sandrine Abitbol <sandrine.abitbol@ac-aix-marseille.fr>", "mdp oublie espace acheteur",
  """bonjour

jai oublie mon mdp pour lespace acheteur, je dois passer une commande de manuels pour la section euro avant vendredi
notre uai : 0132404T
pouvez vous me renvoyer un lien svp

merci
S. Abitbol
gestionnaire adjointe
""", client="zimbra")

M("password_reset", True, "0631282B", "ara", "esidoc", True, "fr",
  "Negation: 'ce n'est pas mon mot de passe', it is the login he no longer knows: a forgotten identifier is still password_reset.",
  "Thomas Vidal <thomas.vidal@ac-clermont.fr>", "Identifiant e-sidoc",
  """Bonjour,

Ce n'est pas mon mot de passe qui pose problème, c'est l'identifiant : je ne sais plus lequel utiliser pour entrer dans la gestion du portail e-sidoc du CDI. J'ai essayé mon adresse mail et le nom du lycée, sans succès.

Le lycée est le 0631282B (section internationale anglais, Clermont-Ferrand).

Pourriez-vous me rappeler l'identifiant, ou me renvoyer la procédure complète ?

Cordialement,
Thomas Vidal
Prof doc
""", client="thunderbird", enc="quoted-printable")

M("password_reset", True, "0383228C", "ara", "esidoc", True, "fr",
  "The UAI appears only in the ce.<UAI>@ac-grenoble.fr sender address; the secretariat asks for the reset link to that official mailbox.",
  "Secrétariat Collège Europole <ce.0383228C@ac-grenoble.fr>", "Réinitialisation accès portail CDI",
  """Madame, Monsieur,

Notre professeure documentaliste est arrivée à la rentrée et personne ne lui a transmis les accès à l'administration du portail e-sidoc.
Pouvez-vous envoyer le lien de réinitialisation du mot de passe à la présente adresse, qui est l'adresse officielle de l'établissement ?

Nous le lui transmettrons.

Bien cordialement,

Le secrétariat de direction
""", client="zimbra")

M("password_reset", False, None, "ara", "esidoc", True, "fr",
  "UAI typed as 0742808B: wrong check letter (the digits give 0742808A), so no UAI; region from the ac-grenoble.fr domain and a person must confirm the establishment.",
  "Julien Perrod <julien.perrod@ac-grenoble.fr>", "Mot de passe bloqué",
  """Bonjour,

Compte bloqué sur e-sidoc après plusieurs essais, je ne retrouve plus mon mot de passe.
Établissement : lycée du Mont-Blanc, UAI 0742808B.

Merci de me dire comment le débloquer.

Julien Perrod
CDI
""", client="outlook")

M("password_reset", True, "0042300D", "paca", "esidoc", False, "en",
  "English-speaking teacher-librarian of an international school locked out of e-sidoc; UAI given, reset link fits.",
  "Fiona Gallagher <fiona.gallagher@ac-aix-marseille.fr>", "Locked out of e-sidoc admin",
  """Good morning,

I'm the teacher-librarian at the international school in Manosque (UAI 0042300D). After three wrong attempts this morning I am locked out of the e-sidoc administration page and I can't remember the password I set in June.

Could you please send a reset link? I'm happy to receive it on the school's official address if that's how it works.

Kind regards,

Fiona Gallagher
Teacher-librarian / professeure documentaliste
""", client="apple")

M("password_reset", False, "0261909J", "ara", "espace_acheteur", False, "fr",
  "Locked buyer account, but she asks for the new password to be sent to her personal Gmail address, which is not on file: a person must handle it.",
  "Laure Chabert <laure.chabert.drome@gmail.com>", "compte bloqué espace acheteur",
  """Bonjour,

Mon compte sur l'espace acheteur est bloqué (trop de tentatives). Je suis gestionnaire au lycée de Valence, UAI 0261909J.
Je suis en télétravail et je n'ai pas accès à ma boîte académique depuis chez moi, pouvez-vous m'envoyer le nouveau mot de passe sur cette adresse gmail ?

Merci beaucoup
Laure Chabert
""", client="gmail")

M("password_reset", True, "0432533V", "ara", "esidoc", False, "fr",
  "Reply to an earlier automatic answer: the reset link expired before she could use it; she asks for a new one.",
  "Nadia Ferrand <nadia.ferrand@ac-clermont.fr>", "Re: [Ticket #48213] Mot de passe e-sidoc",
  """Bonjour,

Le lien a expiré, je n'ai vu votre message que ce matin (il était arrivé hier soir). Pouvez-vous m'en renvoyer un ?

Merci
Nadia Ferrand
Collège du Puy - 0432533V

Le mar. 14 janv. 2025 à 18:02, Support <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Un lien de réinitialisation vient d'être envoyé à l'adresse enregistrée pour
> l'établissement 0432533V. Ce lien est valable 12 heures.
>
> Cordialement,
> Le support
""", client="gmail", reply=True)

M("password_reset", False, "0133214Y", "paca", "ecoledirecte", False, "en",
  "English language assistant lost her EcoleDirecte password; no reset template exists for this product, so a person answers.",
  "Olivia Brennan <olivia.brennan@outlook.com>", "EcoleDirecte login - assistante d'anglais",
  """Hi there,

I'm the English language assistant (assistante de langue) at the lycée in Aix this year. The school gave me an EcoleDirecte account in October to see my timetable, but I've lost the mot de passe and the "mot de passe oublié" link asks me for an email that I don't think is on my account.

The vie scolaire told me to write to you. Désolée for writing in English, my French is still "en cours"!

Thanks so much,
Olivia Brennan
Assistante d'anglais
Lycée Vauvenargues, Aix-en-Provence - 0133214Y
""", client="outlook", html="alt")

M("password_reset", True, "0692209B", "ara", "esidoc", True, "fr",
  "UAI written with spaces ('069 2209 B'); plain expired-password request on e-sidoc.",
  "Pierre-Yves Lamy <pierre-yves.lamy@ac-lyon.fr>", "Mot de passe expiré",
  """Bonjour,

Le portail me dit que mon mot de passe a expiré et qu'il faut le changer, mais l'écran de changement me demande l'ancien, que je n'ai plus...
UAI du collège : 069 2209 B

Merci de votre aide,

Pierre-Yves Lamy
Documentaliste
Envoyé de mon iPad
""", client="apple")

M("password_reset", True, "0842103E", "paca", "esidoc", True, "fr",
  "UAI written in lower case ('0842103e'); forgotten e-sidoc password.",
  "Céline Roux <celine.roux@ac-aix-marseille.fr>", "oubli mot de passe",
  """Bonjour,

J'ai oublié le mot de passe d'administration e-sidoc du lycée (0842103e, Avignon).
Pouvez-vous me faire parvenir un lien ?

Bonne journée
Céline Roux
""", client="zimbra")

M("password_reset", False, "0831952W", "paca", "espace_acheteur", True, "fr",
  "Two topics: a lost buyer-space password (main) and a question on a supplier invoice in Chorus; one template would answer only half.",
  "Marc Giordano <marc.giordano@ac-nice.fr>", "Accès espace acheteur + facture",
  """Bonjour,

1) Je n'arrive plus à me connecter à l'espace acheteur, mot de passe oublié. Lycée de Toulon, UAI 0831952W.
2) Par ailleurs, notre fournisseur anglais (Brookfield Books Ltd) nous dit avoir déposé sa facture sur Chorus mais nous ne la voyons pas. Est-ce normal ?

Merci,
Marc Giordano
Gestionnaire
""", client="outlook", enc="quoted-printable")

M("password_reset", True, "0063847Z", "paca", "espace_acheteur", True, "fr",
  "Reply quoting an old, closed ticket about an invoice; the new text only asks for a password reset, so the new topic wins.",
  "Anne-Sophie Baud <anne-sophie.baud@ac-nice.fr>", "RE: Facture Chorus - dossier clos",
  """Bonjour,

Je reprends ce vieil échange faute d'autre adresse : cette fois c'est mon mot de passe de l'espace acheteur que j'ai perdu. Pouvez-vous m'envoyer un lien de réinitialisation ? UAI 0063847Z.

Merci,
Anne-Sophie Baud

-----Message d'origine-----
De : Support <support@assistance.example.fr>
Envoyé : jeudi 7 novembre 2024 11:20
À : Anne-Sophie Baud <anne-sophie.baud@ac-nice.fr>
Objet : RE: Facture Chorus

Bonjour,
La facture a bien été rejetée pour numéro d'engagement manquant ; le fournisseur doit la redéposer. Nous clôturons la demande.
Cordialement,
Le support
""", client="outlook", reply=True)

M("password_reset", True, "0153834L", "ara", "esidoc", False, "fr",
  "The principal's secretary (not the principal) asks for an e-sidoc reset link on the establishment's address; plain reset request.",
  "Martine Delpech <martine.delpech@ac-clermont.fr>", "Portail e-sidoc - mot de passe",
  """Bonjour,

Je vous écris de la part de M. le Principal du collège d'Aurillac (UAI 0153834L). La documentaliste est en congé et l'assistante d'anglais voudrait publier une sélection de livres sur le portail, mais personne ne connaît le mot de passe.

Merci d'envoyer le lien de réinitialisation sur l'adresse officielle du collège.

Martine Delpech
Secrétariat de direction
""", client="outlook")

M("password_reset", True, "0423538T", "ara", "esidoc", False, "fr",
  "Very short message: lost e-sidoc password, UAI given.",
  "clem.durand42 <clem.durand42@gmail.com>", "mdp",
  """mdp perdu e-sidoc 0423538T
merci
clement (cdi)
""", client="gmail")

M("password_reset", True, None, "ara", "espace_acheteur", False, "fr",
  "HTML-only Outlook message: forgotten buyer-space login, no UAI; region from the ac-lyon.fr domain.",
  "Kévin Morel <kevin.morel@ac-lyon.fr>", "Identifiant oublié",
  """Bonjour,

J'ai oublié mon identifiant et mon mot de passe pour l'espace acheteur. Je suis le nouvel adjoint gestionnaire de la cité scolaire, mon prédécesseur est parti sans laisser les accès.

Comment faire ?

Kévin Morel
Adjoint gestionnaire
""", client="outlook", html="only")

M("password_reset", True, "0011887W", "ara", "espace_acheteur", False, "fr",
  "English-speaking bursar writing mostly in French: buyer-space password expired; UAI given.",
  "Daniel Whitaker <daniel.whitaker@ac-lyon.fr>", "Password expired - buyer space",
  """Bonjour,

L'espace acheteur me dit que mon mot de passe est "expired" et me renvoie sur une page où je reste bloqué. Je suis adjoint gestionnaire au Lycée international de Ferney-Voltaire, UAI 0011887W.

Pouvez-vous le réinitialiser ? Nous devons passer la commande des manuels de la section britannique cette semaine.

Best regards / cordialement,
Daniel Whitaker
""", client="outlook")

M("password_reset", True, "0731373W", "ara", "esidoc", False, "fr",
  "New librarian does not know the e-sidoc password left by her predecessor; body sent in base64.",
  "Isabelle Grange <isabelle.grange@ac-grenoble.fr>", "Je ne connais pas le mot de passe du portail",
  """Bonjour,

Je viens d'être nommée au CDI du lycée de Chambéry (UAI 0731373W) et je ne connais pas le mot de passe de l'administration e-sidoc. L'ancienne collègue est partie à l'étranger (elle enseigne maintenant dans une école européenne) et ne répond pas.

Pourriez-vous m'indiquer la marche à suivre ?

Cordialement,
Isabelle Grange
""", client="thunderbird", enc="base64")

M("password_reset", True, "0631600X", "ara", "esidoc", False, "fr",
  "The reset link says it has already been used or expired; asks for a new one.",
  "Yann Le Bihan <yann.le-bihan@ac-clermont.fr>", "Lien de réinitialisation invalide",
  """Bonjour,

En cliquant sur le lien de réinitialisation reçu ce matin, j'obtiens "ce lien n'est plus valide". Je ne l'ai pourtant utilisé qu'une fois... Pouvez-vous en générer un autre ?

Lycée Blaise-Pascal - section internationale britannique
UAI 0631600X

Yann Le Bihan
""", client="thunderbird")

M("password_reset", True, "0052671B", "paca", "ticket_portal", True, "fr",
  "Negation: 'je n'ai pas oublié mon mot de passe e-sidoc'; it is the ticket-portal password she lost.",
  "Emma Bertrand <emma.bertrand@ac-aix-marseille.fr>", "mot de passe portail support",
  """Bonjour,

Je n'ai pas oublié mon mot de passe e-sidoc (tout fonctionne de ce côté), c'est celui du portail de tickets du support que je n'ai plus. Je voulais suivre ma demande sur les ressources en anglais.

Collège de Gap, UAI 0052671B

Merci !
Emma Bertrand, prof doc
""", client="zimbra")

M("password_reset", True, "0061072H", "paca", "esidoc", False, "fr",
  "American exchange teacher running the international-section library corner forgot his e-sidoc login; UAI given.",
  "Jason Miller <jason.miller@ac-nice.fr>", "Forgotten login details",
  """Bonjour,

Je suis professeur en échange (je viens de l'Ohio) au lycée de Nice et j'aide la documentaliste pour le rayon "English books" sur e-sidoc. J'ai oublié mes "login details" pour la partie administration.
Le code de l'établissement est 0061072H.

Pouvez-vous m'envoyer un lien pour changer le mot de passe ? Thanks a lot,
Jason
""", client="apple")

# ---------------------------------------------------------------- missing_noreply_mail
M("missing_noreply_mail", True, "0033434S", "ara", "espace_acheteur", False, "fr",
  "Activation mail for the new buyer account never arrived; no anti-spam product named.",
  "Agnès Fayolle <agnes.fayolle@ac-clermont.fr>", "Pas reçu le mail d'activation",
  """Bonjour,

J'ai créé mon compte sur l'espace acheteur lundi pour le lycée de Montluçon (UAI 0033434S) mais je n'ai jamais reçu le mail d'activation. J'ai regardé dans les courriers indésirables, rien.

Pouvez-vous le renvoyer ?

Agnès Fayolle
Secrétaire d'intendance
""", client="outlook")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "UK supplier's sales contact never received the no-reply notification mails from the buyer space; no anti-spam product named.",
  "Tom Hargreaves <t.hargreaves@brookfieldbooks.co.uk>", "No notification emails received",
  """Hello,

Several schools tell us they have sent us requests for quotation through your platform, but we never receive the notification emails. I assume they come from a no-reply address? Nothing in our junk folder either.

Could you check which address they are sent from so our IT can allow it?

Best wishes,
Tom Hargreaves
Education Sales Manager
Brookfield Books Ltd, Leeds
""", client="outlook", html="alt")

M("missing_noreply_mail", True, "0071762C", "ara", "esidoc", False, "fr",
  "Clicked 'mot de passe oublié' three times, the new-password mail never comes; no anti-spam product named.",
  "Romain Teyssier <romain.teyssier@ac-grenoble.fr>", "mail de reinitialisation jamais recu",
  """Bonjour,

j'ai fait 3 fois la demande "mot de passe oublié" sur e-sidoc depuis hier et je ne reçois aucun mail. Rien dans les spams non plus.
College d'Aubenas - 0071762C

merci de regarder
R. Teyssier
""", client="zimbra")

M("missing_noreply_mail", True, "0832040S", "paca", "espace_acheteur", True, "fr",
  "Names MailInBlack only to say the school does not use it: the activation mail simply never arrived.",
  "Julie Santoni <julie.santoni@ac-nice.fr>", "Mail de validation non reçu",
  """Bonjour,

Le mail de validation de mon compte acheteur n'arrive pas. Notre informaticien m'a dit que chez nous il n'y a pas de MailInBlack ni d'autre filtre particulier, seulement la messagerie académique. J'ai vérifié les indésirables.

Lycée de Hyères, UAI 0832040S.

Cordialement,
Julie Santoni
""", client="outlook")

M("missing_noreply_mail", True, "0693037B", "ara", "esidoc", False, "fr",
  "Bilingual message: e-sidoc notification mails (suggestions from pupils) stopped arriving at the CDI address.",
  "Sarah McKenzie <sarah.mckenzie@ac-lyon.fr>", "Notifications e-sidoc not arriving",
  """Bonjour,

Since the beginning of December we don't receive the notification e-mails any more when a pupil suggests a book on e-sidoc (les "suggestions d'achat"). Before, they arrived on the CDI address every time.

Nous n'avons rien changé de notre côté. Could you check if they are still sent?

Merci,
Sarah McKenzie
Professeure documentaliste, section internationale anglophone
Lycée Jean-Perrin - 0693037B
""", client="thunderbird", enc="quoted-printable")

M("missing_noreply_mail", True, None, "paca", "espace_acheteur", False, "fr",
  "Invitation mail from the no-reply address never received; no UAI, region from the ac-aix-marseille.fr domain.",
  "Bruno Castel <bruno.castel@ac-aix-marseille.fr>", "invitation jamais reçue",
  """Bonjour,
Notre administratrice de structure dit m'avoir invité sur l'espace acheteur il y a une semaine. Je n'ai rien reçu, ni dans la boîte de réception ni dans les indésirables.
Pouvez-vous renvoyer l'invitation ?
Cordialement
Bruno Castel
""", client="zimbra")

M("missing_noreply_mail", True, "0743452A", "ara", "espace_acheteur", False, "fr",
  "English-speaking bursar never got the account-confirmation e-mail; junk folder checked; no anti-spam product named.",
  "Claire Ashworth <claire.ashworth@ac-grenoble.fr>", "Confirmation e-mail never arrived",
  """Hello,

Je me suis inscrite mardi sur l'espace acheteur pour le lycée d'Annecy (UAI 0743452A) mais l'e-mail de confirmation n'est jamais arrivé. J'ai vérifié les spams et les courriers indésirables.

Pouvez-vous le renvoyer ? Thank you!
Claire Ashworth
""", client="gmail")

M("missing_noreply_mail", True, "0842556X", "paca", "esidoc", False, "fr",
  "New-password mail never received after using the reset form; Apple Mail, no anti-spam product named.",
  "Lucie Perrin <lucie.perrin@ac-aix-marseille.fr>", "Toujours rien reçu",
  """Bonjour,

J'ai demandé un nouveau mot de passe pour le portail du CDI (collège de Carpentras, 0842556X), le site affiche "un mail vous a été envoyé", mais je n'ai toujours rien reçu au bout de deux heures.

Merci de votre aide.

Lucie Perrin
Envoyé de mon iPhone
""", client="apple")

M("missing_noreply_mail", False, "0263862G", "ara", "esidoc", True, "fr",
  "Reply saying the junk-folder advice was already followed and the mail still has not arrived after 48 h: it must go to a person/the region.",
  "Françoise Roche <francoise.roche@ac-grenoble.fr>", "Re: [Ticket #47790] Mail de réinitialisation non reçu",
  """Bonjour,

J'ai suivi vos conseils (indésirables vérifiés, adresse no-reply ajoutée aux contacts) mais toujours aucun mail, trois jours après. Il faudrait que quelqu'un regarde vraiment.

Françoise Roche
Collège de Montélimar - 0263862G

> Le 9 déc. 2024 à 10:14, Support <support@assistance.example.fr> a écrit :
>
> Bonjour,
> Vérifiez votre dossier de courrier indésirable et ajoutez l'expéditeur
> no-reply à vos contacts. Sans nouvelles de votre part sous 48 h, nous
> reviendrons vers vous.
""", client="apple", reply=True)

M("missing_noreply_mail", True, "0011300H", "ara", "espace_acheteur", False, "fr",
  "Order-validation notification mails no longer arrive; gestionnaire of a European section lycée.",
  "Stéphane Bouvier <stephane.bouvier@ac-lyon.fr>", "notifications de validation des commandes",
  """Bonjour,

Depuis quelques jours je ne reçois plus les notifications de l'espace acheteur quand une commande est à valider (expéditeur no-reply). Les collègues de la section européenne passent pourtant leurs paniers.

Lycée de Bourg-en-Bresse, UAI 0011300H

Bien à vous,
S. Bouvier
""", client="outlook", html="alt")

M("missing_noreply_mail", True, "0432432K", "ara", "esidoc", False, "fr",
  "Written with typos and no accents: never got the e-sidoc activation link.",
  "gaelle.b <gaelle.b43@orange.fr>", "lien activation",
  """bonjour
je ne recoit pas le lien dactivation pour le compte du cdi, pourtant jai bien mis ladresse du college 0432432K
merci de me renvoyer le lien
gaelle
""", client="outlook")

M("missing_noreply_mail", True, "0633430L", "ara", "espace_acheteur", True, "fr",
  "Two no-reply mails missing (activation then new password) but no filter named; quoted English forward from a colleague is context only.",
  "Mathilde Rey <mathilde.rey@ac-clermont.fr>", "TR: can't access the buyer space",
  """Bonjour,

Je vous transfère le message de notre collègue de la section internationale. Pour résumer : ni le mail d'activation, ni le mail de nouveau mot de passe ne sont arrivés, ni chez elle ni chez moi. Lycée de Riom, UAI 0633430L.

Merci,
Mathilde Rey

-------- Message transféré --------
Sujet : can't access the buyer space
De : Kate Lawson <kate.lawson@ac-clermont.fr>

Hi Mathilde,
I still haven't received any e-mail from the buyer space, neither the activation nor the password one. Could you ask them?
Kate
""", client="thunderbird")

M("missing_noreply_mail", True, "0833841Z", "paca", "espace_acheteur", False, "fr",
  "Quote notification from the platform not received by the buyer; junk checked; no anti-spam product.",
  "Patrick Orsini <patrick.orsini@ac-nice.fr>", "Notification devis non reçue",
  """Bonjour,

Le fournisseur nous dit avoir répondu à notre demande de devis (dictionnaires bilingues) sur la plateforme, mais la notification n'est jamais arrivée dans notre boîte. Pouvez-vous vérifier l'envoi ?

Patrick Orsini
Lycée de Draguignan, UAI 0833841Z
""", client="outlook", enc="base64")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "US supplier never received the registration confirmation from the no-reply address; nothing in spam.",
  "Megan Carter <mcarter@lakeshorelearning-eu.com>", "Registration email missing",
  """Hi team,

We registered on your purchasing platform as a supplier of English readers yesterday. The page said a confirmation link was on its way, but it never showed up - not in spam, not in quarantine.

Could you resend it to this address?

Thanks,
Megan Carter
International Accounts
""", client="gmail")

M("missing_noreply_mail", True, "0152408L", "ara", "esidoc", False, "fr",
  "Zimbra webmail: the e-sidoc password mail is not received by the secretariat; no anti-spam product named.",
  "Secrétariat Lycée Émile-Duclaux <secretariat.duclaux@ac-clermont.fr>", "mail mot de passe e-sidoc non reçu",
  """Bonjour,

Nous avons demandé un nouveau mot de passe pour le portail du CDI (UAI 0152408L) mais le mail n'est pas arrivé sur notre boîte.

Merci de bien vouloir le renvoyer.

Le secrétariat
""", client="zimbra")

M("missing_noreply_mail", True, "0053879P", "paca", "espace_acheteur", True, "fr",
  "Franglais: the 'welcome e-mail' from the buyer space never arrived; says there is no spam filter product, just nothing received.",
  "Ryan O'Neill <ryan.oneill@ac-aix-marseille.fr>", "welcome email pas reçu",
  """Bonjour,

Je suis le nouveau gestionnaire (I moved from Dublin last year, désolé pour le franglais). J'attends toujours le "welcome e-mail" de l'espace acheteur avec le lien pour choisir mon mot de passe. Nothing in junk, et on n'a pas d'anti-spam spécial au lycée.

Lycée de Briançon - UAI 0053879P

Cheers,
Ryan
""", client="outlook")

# ---------------------------------------------------------------- mailinblack_spam
M("mailinblack_spam", True, "0383601H", "ara", "espace_acheteur", False, "fr",
  "Activation mail held in the MailInBlack quarantine of the school.",
  "Olivier Blanc <olivier.blanc@ac-grenoble.fr>", "Mail bloqué par MailInBlack",
  """Bonjour,

Notre mail d'activation de l'espace acheteur est resté bloqué dans la quarantaine MailInBlack du lycée (Grenoble, UAI 0383601H). Je l'ai vu dans le récapitulatif mais le lien a expiré entre-temps.

Quelle adresse faut-il autoriser pour que ça n'arrive plus ?

Olivier Blanc
Adjoint gestionnaire
""", client="outlook")

M("mailinblack_spam", True, "0422018R", "ara", "espace_acheteur", False, "fr",
  "IT manager asks which sender addresses to allow-list in MailInBlack.",
  "Service informatique <informatique.fauriel@ac-lyon.fr>", "Liste blanche MailInBlack",
  """Bonjour,

Nous utilisons MailInBlack au lycée Fauriel (UAI 0422018R). Pouvez-vous nous donner les adresses et domaines d'envoi de vos notifications afin de les ajouter en liste blanche ?

Cordialement,
Le référent numérique
""", client="thunderbird")

M("mailinblack_spam", True, "0063340Y", "paca", "esidoc", False, "en",
  "English; the password-reset mail is challenged by MailinBlack, which asks the sender to prove it is human.",
  "Hannah Whitfield <hannah.whitfield@ac-nice.fr>", "Reset email caught by MailinBlack",
  """Hello,

I requested a new e-sidoc password but the email is stuck: our school uses MailinBlack, and I can see in my daily summary that your no-reply address was sent a "please confirm you are human" challenge, which obviously nobody answers.

International section, Centre international de Valbonne, UAI 0063340Y.

Can you help?
Hannah Whitfield
Teacher-librarian
""", client="outlook", html="alt")

M("mailinblack_spam", True, "0741756G", "ara", "espace_acheteur", False, "fr",
  "Clicked 'autoriser' in MailInBlack but the following platform mails are still held.",
  "Nathalie Excoffier <nathalie.excoffier@ac-grenoble.fr>", "toujours bloqué malgré autorisation",
  """Bonjour,

J'ai cliqué sur "autoriser l'expéditeur" dans l'interface MailInBlack pour vos mails, mais les notifications de commandes continuent d'être mises en attente.
Collège de Thonon, 0741756G

Cdlt
N. Excoffier
""", client="zimbra")

M("mailinblack_spam", False, "0132374K", "paca", "espace_acheteur", True, "fr",
  "The sender-authentication challenge is described (click a link to prove you are not a robot) without naming the product; a person should confirm before sending the guide.",
  "Yasmina Haddad <yasmina.haddad@ac-aix-marseille.fr>", "Messages en attente de validation",
  """Bonjour,

Nos messages venant de votre plateforme arrivent dans une zone "en attente" et l'expéditeur doit cliquer sur un lien pour prouver qu'il n'est pas un robot. Évidemment ça ne se fait jamais et je ne reçois pas les liens d'activation.

Je ne sais pas quel est le nom de l'outil, c'est le rectorat qui gère.

Lycée Thiers, Marseille - UAI 0132374K

Yasmina Haddad
""", client="outlook")

M("mailinblack_spam", True, None, "ara", "esidoc", False, "fr",
  "MailInBlack named; e-sidoc reset mails held; no UAI, region from the ac-lyon.fr domain.",
  "Arnaud Giraud <arnaud.giraud@ac-lyon.fr>", "mailinblack",
  """Bonjour, les mails de réinitialisation e-sidoc sont bloqués par mailinblack chez nous. Comment faire pour les recevoir ? Merci. A. Giraud, documentaliste
""", client="gmail")

M("mailinblack_spam", True, "0831628U", "paca", "espace_acheteur", False, "fr",
  "English-speaking bursar of a European-section lycée: platform mails quarantined by MailInBlack.",
  "George Pemberton <george.pemberton@ac-nice.fr>", "Emails quarantined (MailInBlack)",
  """Bonjour,

Tous les mails de votre plateforme d'achat partent directement dans la quarantaine MailInBlack (lycée de Fréjus, UAI 0831628U). Je les libère à la main à chaque fois, ce n'est pas tenable.

Avez-vous une liste d'adresses que notre service informatique peut mettre en "whitelist" ?

Kind regards,
George Pemberton
Adjoint gestionnaire
""", client="outlook")

M("mailinblack_spam", True, "0031171G", "ara", "esidoc", False, "fr",
  "Quoted-printable Outlook mail: the librarian found the e-sidoc notifications in the MailInBlack 'spam' tab.",
  "Valérie Aubert <valerie.aubert@ac-clermont.fr>", "Notifications e-sidoc dans MailInBlack",
  """Bonjour,

J'ai enfin retrouvé les notifications e-sidoc : elles étaient dans l'onglet "Spams" de MailInBlack depuis septembre. Comment faire pour qu'elles arrivent directement ?

Valérie Aubert
Prof-documentaliste
Collège de Vichy - 0031171G
""", client="outlook", enc="quoted-printable")

M("mailinblack_spam", False, "0262714J", "ara", "espace_acheteur", True, "fr",
  "Two topics: activation mail blocked by MailInBlack (main) and who the structure's administrator is (account_creation).",
  "Florian Chapuis <florian.chapuis@ac-grenoble.fr>", "MailInBlack + administrateur",
  """Bonjour,

Deux questions :
- le mail d'activation de l'espace acheteur est bloqué par MailInBlack (je le vois en attente mais je n'ai pas les droits pour le libérer) ;
- et qui est l'administrateur de notre structure ? Personne ne sait au lycée.

Lycée de Romans-sur-Isère, 0262714J

Merci,
Florian Chapuis
""", client="thunderbird")

M("mailinblack_spam", True, "0843262P", "paca", "espace_acheteur", False, "fr",
  "Supplier mails through the platform are challenged by MailInBlack; the buyer asks the allow-list procedure.",
  "Corinne Mathieu <corinne.mathieu@ac-aix-marseille.fr>", "Demande d'authentification MailInBlack",
  """Bonjour,

Notre fournisseur britannique de livres nous signale qu'il reçoit une "demande d'authentification MailInBlack" quand il nous répond via votre plateforme, et vos propres mails de confirmation restent en attente chez nous aussi.

Comment procéder pour autoriser vos envois ? Lycée d'Orange, UAI 0843262P.

Corinne Mathieu
""", client="outlook")

M("mailinblack_spam", True, "0692221P", "ara", "esidoc", True, "en",
  "English message whose quoted French reply from the school's IT names MailInBlack as the blocker; the new text asks how to get the reset mail through.",
  "Liam Carter <liam.carter@ac-lyon.fr>", "Fwd: Re: mails bloqués",
  """Hi,

See below from our IT technician: the e-sidoc reset emails are being held by MailInBlack. Could you tell us what to whitelist? School code 0692221P.

Thanks,
Liam Carter
Assistant documentaliste

---------- Forwarded message ---------
From: Informatique Lycée <informatique@lycee-ampere.example.fr>
Subject: Re: mails bloqués

Bonjour Liam,
Oui, les messages de no-reply sont en attente dans MailInBlack, ils n'ont jamais validé le captcha. Demande-leur la liste des expéditeurs à autoriser.
Bonne journée
""", client="gmail")

M("mailinblack_spam", True, "0053973S", "paca", "espace_acheteur", False, "fr",
  "No accents, short: mails from the platform held by Mail in Black.",
  "gestion.lycee.embrun <gestion.lycee.embrun@ac-aix-marseille.fr>", "mail in black bloque vos mails",
  """bonjour
vos mails sont bloques par mail in black au lycee d embrun (0053973S), on ne recoit pas les confirmations de commande
que faut il faire ?
merci
""", client="zimbra")

M("mailinblack_spam", True, "0742808A", "ara", "espace_acheteur", False, "fr",
  "HTML-only mail: MailInBlack holds the invitation to the buyer space; asks for the guide.",
  "Denis Favre <denis.favre@ac-grenoble.fr>", "Invitation retenue par MailInBlack",
  """Bonjour,

L'invitation à rejoindre l'espace acheteur est retenue par MailInBlack au lycée de Sallanches (UAI 0742808A). Avez-vous un guide pour notre service informatique ?

Merci,
Denis Favre
""", client="outlook", html="only")

# ---------------------------------------------------------------- head_of_establishment_request
M("head_of_establishment_request", False, "0692365W", "ara", "esidoc", False, "fr",
  "The proviseur writes from the ce.<UAI> address to change the e-sidoc administrator to the new librarian.",
  "Proviseur Cité scolaire internationale <ce.0692365W@ac-lyon.fr>", "Changement d'administrateur e-sidoc",
  """Madame, Monsieur,

En ma qualité de proviseur de la cité scolaire internationale, je vous demande de bien vouloir désigner Mme Laura Fitzgerald, professeure documentaliste, comme administratrice du portail e-sidoc de l'établissement, en remplacement de M. Jacques Moine, parti à la retraite.

Je vous prie d'agréer mes salutations distinguées.

Le proviseur
""", client="outlook")

M("head_of_establishment_request", False, "0061067C", "paca", "esidoc", False, "en",
  "English; the head of an international school asks in writing for the administrator password reset and a new contact address.",
  "Dr Andrew Collins <head@civ-valbonne.example.org>", "Request to reset administrator access",
  """Dear Support team,

As Head of School of the international section of the Centre international de Valbonne (UAI 0061067C), I am writing to request that the administrator password of our e-sidoc portal be reset and that the contact address be changed to library@civ-valbonne.example.org. Our former librarian has left and we have no access.

Please let me know if you need a signed letter.

Yours faithfully,
Dr Andrew Collins
Head of School
""", client="outlook", html="alt")

M("head_of_establishment_request", False, "0432830T", "ara", "espace_acheteur", False, "fr",
  "The principal authorises in writing a basket of English readers above the threshold.",
  "Principal Collège Jules-Vallès <ce.0432830T@ac-clermont.fr>", "Autorisation de commande",
  """Bonjour,

J'autorise la commande passée par Mme Blanchard sur l'espace acheteur (panier "Readers section euro 4e/3e", 2 148,60 € TTC) pour le collège Jules-Vallès.

Cordialement,

Le Principal
Collège Jules-Vallès
""", client="zimbra")

M("head_of_establishment_request", False, "0381250C", "ara", "esidoc", True, "fr",
  "The principal herself asks from her personal academic address for the admin password reset: not password_reset, and staff must check the sender against the ce. address.",
  "Catherine Berthier <catherine.berthier@ac-grenoble.fr>", "Réinitialisation mot de passe administrateur",
  """Bonjour,

Je suis principale du collège international de Grenoble (UAI 0381250C). Je vous demande de réinitialiser le mot de passe administrateur du portail e-sidoc et de l'envoyer à notre nouvelle documentaliste, Mme Morin.

J'écris depuis ma boîte personnelle académique car la boîte ce. est saturée.

Catherine Berthier
Principale
""", client="outlook")

M("head_of_establishment_request", False, "0832998H", "paca", "espace_acheteur", False, "fr",
  "The proviseur asks to change the administrator of the buyer space; signed letter attached.",
  "Lycée Bonaparte Direction <ce.0832998H@ac-nice.fr>", "Changement administrateur structure - courrier signé",
  """Bonjour,

Vous trouverez ci-joint le courrier signé demandant le changement d'administrateur de notre structure sur l'espace acheteur : M. Hugo Lambert (gestionnaire) remplace Mme Peretti.

Bien cordialement,

Le proviseur
Lycée Bonaparte, Toulon
""", client="outlook", att=[("courrier_changement_admin.pdf", "application", "pdf", "PDF")])

M("head_of_establishment_request", False, "0012606C", "ara", "esidoc", True, "fr",
  "Librarian relays the head's signed request (PDF) with the head in copy: staff must check the letter and the sender.",
  "Aurélie Masson <aurelie.masson@ac-lyon.fr>", "Demande du chef d'établissement - réinitialisation",
  """Bonjour,

Comme convenu au téléphone, je vous transmets la demande signée de M. le Proviseur (en copie) pour la réinitialisation du mot de passe administrateur e-sidoc et le changement d'adresse de contact.

Lycée international de Ferney-Voltaire - 0012606C

Cordialement,
Aurélie Masson
""", client="thunderbird", cc="Proviseur <ce.0012606C@ac-lyon.fr>",
  att=[("demande_proviseur_signee.pdf", "application", "pdf", "PDF")])

M("head_of_establishment_request", False, "0051169U", "paca", "espace_acheteur", False, "fr",
  "The school director (directrice d'école) asks to change the contact address of the structure.",
  "Directrice école primaire <ce.0051169U@ac-aix-marseille.fr>", "changement adresse contact",
  """Bonjour,
Je suis la directrice de l'école primaire internationale de Gap. Je souhaite que l'adresse de contact de notre structure sur l'espace acheteur soit désormais l'adresse de l'école (celle-ci) et non plus celle de l'ancienne directrice.
Merci
Mme Vial, directrice
""", client="zimbra")

M("head_of_establishment_request", False, "0743071L", "ara", "esidoc", True, "fr",
  "Bilingual deputy head (proviseur adjoint acting for the head) of a European section asks, mostly in French, to appoint a new e-sidoc administrator; staff must check he can sign.",
  "Mark Fenwick <mark.fenwick@ac-grenoble.fr>", "New e-sidoc administrator / nouvel administrateur",
  """Dear colleagues, chers collègues,

Je suis proviseur adjoint du lycée d'Annemasse (UAI 0743071L) et j'assure l'intérim du proviseur, en arrêt maladie. Je souhaite que Mme Chloé Dubois, notre nouvelle documentaliste, devienne administratrice du portail e-sidoc.

Je peux vous envoyer un courrier signé si nécessaire.

Best regards,
Mark Fenwick
Proviseur adjoint
""", client="apple")

M("head_of_establishment_request", False, "0132268V", "paca", "espace_acheteur", False, "fr",
  "The proviseur writes to validate (authorise) a pending order of the European section on the buyer space.",
  "Proviseur Lycée Marseilleveyre <ce.0132268V@ac-aix-marseille.fr>", "Validation commande en attente",
  """Bonjour,

Une commande de la section européenne est en attente de validation sur l'espace acheteur depuis une semaine (dictionnaires Oxford, 36 exemplaires). Je vous confirme par la présente que je l'autorise ; merci de la débloquer.

Le proviseur
Lycée Marseilleveyre
""", client="outlook", enc="quoted-printable")

M("head_of_establishment_request", False, "0731029X", "ara", "esidoc", False, "fr",
  "The principal asks for the administrator password to be reset and sent to the college's official address.",
  "Principal collège <ce.0731029X@ac-grenoble.fr>", "Demande de réinitialisation - accès administrateur",
  """Madame, Monsieur,

Je soussigné, principal du collège d'Albertville (UAI 0731029X), demande la réinitialisation du mot de passe administrateur de notre portail documentaire et son envoi sur l'adresse fonctionnelle du collège.

Cordialement,
Le principal
""", client="zimbra")

M("head_of_establishment_request", False, "0631054D", "ara", "espace_acheteur", True, "fr",
  "Quoted-history reply: the proviseur answers our request for a written authorisation and gives it for a change of administrator.",
  "Proviseur Lycée Jeanne-d'Arc <ce.0631054D@ac-clermont.fr>", "RE: [Ticket #48877] Changement d'administrateur",
  """Bonjour,

Je confirme la demande : M. Nicolas Guérin devient administrateur de notre structure sur l'espace acheteur, à la place de Mme Julien.

Le proviseur

-----Message d'origine-----
De : Support <support@assistance.example.fr>
Envoyé : lundi 20 janvier 2025 09:41
Objet : [Ticket #48877] Changement d'administrateur

Bonjour,
Pour changer d'administrateur, le chef d'établissement doit nous en faire la demande par écrit depuis l'adresse officielle de l'établissement (UAI 0631054D).
Cordialement
""", client="outlook", reply=True)

M("head_of_establishment_request", False, "0843556J", "paca", "esignature", False, "fr",
  "The principal asks that the signatory for electronic signature of the convention be changed to her.",
  "Principale collège <ce.0843556J@ac-aix-marseille.fr>", "Signataire convention - signature électronique",
  """Bonjour,

La convention de partenariat pour la section internationale doit être signée électroniquement, mais le signataire indiqué est mon prédécesseur. Je suis la nouvelle principale du collège de Pertuis (0843556J) depuis septembre : merci de me désigner comme signataire.

Mme Lefèvre, principale
""", client="outlook")

M("head_of_establishment_request", False, "0152092T", "ara", "espace_acheteur", False, "fr",
  "Headmaster authorises in writing the gestionnaire to place orders (open rights) for the structure.",
  "Chef d'établissement <ce.0152092T@ac-clermont.fr>", "Autorisation - droits de commande",
  """Bonjour,

J'autorise Mme Pauline Cros, secrétaire d'intendance, à passer et valider les commandes de la cité scolaire de Saint-Flour sur l'espace acheteur. Merci de lui ouvrir les droits correspondants.

Le chef d'établissement
""", client="thunderbird", enc="base64")

# ---------------------------------------------------------------- account_creation
M("account_creation", True, None, None, "espace_acheteur", False, "fr",
  "English-speaking new bursar asks, in French, how to create a buyer account: the sign-up answer fits.",
  "Emily Sanders <emily.sanders.fr@gmail.com>", "How do I create an account?",
  """Bonjour,

Je viens de commencer comme gestionnaire dans un collège avec une section britannique près de Lyon. Comment créer un compte sur l'espace acheteur ? Je ne trouve pas de bouton "sign up"... euh, "s'inscrire".

Merci / thank you,
Emily Sanders
""", client="gmail")

M("account_creation", True, "0431298C", "ara", "espace_acheteur", False, "fr",
  "Filled in the sign-up form, cannot log in: the account waits for the structure administrator's validation.",
  "Hervé Bonnet <herve.bonnet@ac-clermont.fr>", "compte en attente de validation",
  """Bonjour,

J'ai rempli le formulaire d'inscription à l'espace acheteur il y a trois jours. Quand j'essaie de me connecter, le message dit "compte en attente de validation". Que dois-je faire ?

Hervé Bonnet
Lycée d'Yssingeaux - 0431298C
""", client="outlook")

M("account_creation", False, "0383873D", "ara", "esidoc", False, "en",
  "English language assistant asks for her own contributor account on the CDI portal: rights to open, a person decides.",
  "Jessica Palmer <jessica.palmer@ac-grenoble.fr>", "Account on the CDI portal for the language assistant",
  """Hello,

I am the English language assistant at the Cité scolaire internationale Europole (UAI 0383873D). The documentaliste would like me to write book reviews and add English-language resources on e-sidoc. Could I have my own account with editor rights?

She is in copy.

Thanks!
Jessica Palmer
Assistante de langue anglaise
""", client="outlook", cc="CDI Europole <cdi.europole@ac-grenoble.fr>")

M("account_creation", False, None, "paca", "espace_acheteur", False, "fr",
  "Asks who the administrator of the structure is: needs a look-up, so a person answers.",
  "Léa Fontaine <lea.fontaine@ac-nice.fr>", "Qui est l'administrateur ?",
  """Bonjour,
Pour valider mon compte sur l'espace acheteur on me dit de contacter l'administrateur de la structure. Qui est-ce pour le collège international de Nice ? Personne ne le sait ici.
Merci
Léa Fontaine
""", client="zimbra")

M("account_creation", True, "0422545N", "ara", "espace_acheteur", True, "fr",
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account; account_creation, not password_reset.",
  "Sophie Guillot <sophie.guillot@ac-lyon.fr>", "Pas de compte",
  """Bonjour,

On me renvoie sans arrêt vers "mot de passe oublié", mais je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte ! Je souhaite simplement en créer un pour le lycée de Roanne (UAI 0422545N), section européenne anglais.

Merci de m'indiquer la démarche.

Sophie Guillot
""", client="thunderbird")

M("account_creation", False, None, None, "espace_acheteur", False, "en",
  "UK publisher wants a supplier account on the purchasing platform: eligibility must be checked by a person.",
  "Oliver Reid <oliver.reid@harbourpress.co.uk>", "Supplier account request",
  """Dear Sir or Madam,

Harbour Press is a UK publisher of graded readers and several lycées in the Provence region would like to order from us through your platform. How can we open a supplier account?

Our VAT number is GB 274 1934 61.

Kind regards,
Oliver Reid
Export Manager, Harbour Press Ltd, Bristol
""", client="outlook", html="alt")

M("account_creation", False, "0071903F", "ara", "esidoc", False, "fr",
  "Asks whether the two librarians (one from the international section) can each be administrator: a person answers.",
  "Gilles Ruel <gilles.ruel@ac-grenoble.fr>", "deux comptes admin ?",
  """Bonjour,

Nous sommes deux au CDI du lycée de Privas (0071903F), dont une collègue qui s'occupe du fonds anglophone. Peut-on avoir chacun un compte administrateur e-sidoc ?

Merci,
Gilles Ruel
""", client="outlook", enc="quoted-printable")

M("account_creation", True, "0041834X", "paca", "espace_acheteur", False, "fr",
  "HTML-only Outlook mail: a new gestionnaire wants to open the buyer account before a first order.",
  "Estelle Ricard <estelle.ricard@ac-aix-marseille.fr>", "Création de compte",
  """Bonjour,

Nouvelle gestionnaire à l'École internationale de Manosque (UAI 0041834X), je souhaite créer un compte sur l'espace acheteur pour passer une première commande de manuels anglais.

Pouvez-vous m'indiquer la procédure ?

Estelle Ricard
""", client="outlook", html="only")

M("account_creation", False, "0261601Z", "ara", "espace_acheteur", False, "fr",
  "Account works but she asks for order-validation rights to be opened.",
  "Marion Faure <marion.faure@ac-grenoble.fr>", "droits de validation",
  """Bonjour,

J'ai bien un compte sur l'espace acheteur mais je ne peux que créer des paniers, pas les valider. Je suis la gestionnaire, pouvez-vous m'ouvrir les droits ?

Lycée de Die - 0261601Z

Marion Faure
""", client="apple")

M("account_creation", False, "0063715F", "paca", "esidoc", True, "fr",
  "The school's UAI is missing from the list when opening the customer account; the EU school status makes a person check it.",
  "Paul Anderson <paul.anderson@ac-nice.fr>", "UAI introuvable à l'inscription",
  """Bonjour,

En créant le compte client pour e-sidoc, notre UAI 0063715F n'apparaît pas dans la liste déroulante. Nous sommes une école européenne agréée ouverte l'an dernier, c'est peut-être la raison ?

Paul Anderson
Documentaliste
""", client="thunderbird")

# ---------------------------------------------------------------- subscription_activation
M("subscription_activation", True, "0011975S", "ara", "esidoc", False, "fr",
  "English-language press resource ordered yesterday, not visible yet: within the 72-hour window.",
  "Caroline Perret <caroline.perret@ac-lyon.fr>", "Ressource non visible",
  """Bonjour,

Nous avons commandé hier l'abonnement numérique à un hebdomadaire britannique pour la section internationale, mais la ressource n'apparaît pas encore dans e-sidoc.

Lycée de Ferney, UAI 0011975S

Caroline Perret
""", client="outlook")

M("subscription_activation", True, "0041331A", "paca", "esidoc", False, "fr",
  "Franglais; renewed e-book subscription still shows as expired two days after the order.",
  "Sean Murphy <sean.murphy@ac-aix-marseille.fr>", "Subscription still shows expired",
  """Bonjour,

Nous avons renouvelé lundi l'abonnement aux e-books anglais, mais dans "Mes abonnements" il est toujours marqué "expiré" et les élèves ne peuvent pas ouvrir les livres. Code établissement 0041331A (Digne).

Is there a delay? Y a-t-il un délai ?

Thanks,
Sean Murphy
""", client="gmail")

M("subscription_activation", True, "0692365W", "ara", "esidoc", True, "fr",
  "Negation: 'je n'ai pas oublié mon mot de passe', login works; the newly ordered resource is not published for pupils.",
  "Laura Fitzgerald <laura.fitzgerald@ac-lyon.fr>", "Ressource pas publiée",
  """Bonjour,

Je n'ai pas oublié mon mot de passe, je me connecte sans problème ! Mais la ressource en anglais commandée mardi n'est pas publiée côté élèves. Comment la publier ?

Laura Fitzgerald
Cité scolaire internationale - 0692365W
""", client="thunderbird")

M("subscription_activation", False, "0733630Z", "ara", "esidoc", False, "fr",
  "Ordered twelve days ago, still not active: past the 72-hour rule, a person must look at the order.",
  "Jean-Marc Pichon <jean-marc.pichon@ac-grenoble.fr>", "abonnement toujours pas actif",
  """Bonjour,

Abonnement commandé le 3 février (ressource de presse anglophone), toujours inactif ce 15 février. Vous nous aviez parlé de 72 h...

Lycée d'Aix-les-Bains, 0733630Z

J-M Pichon
""", client="outlook")

M("subscription_activation", True, "0132707X", "paca", "esidoc", True, "fr",
  "Written by the proviseur, but he only asks when the subscription will be available: not a head-of-establishment request.",
  "Proviseur Lycée <ce.0132707X@ac-aix-marseille.fr>", "Disponibilité abonnement",
  """Bonjour,

Nous avons souscrit avant-hier à la base documentaire en anglais pour la section internationale. Pouvez-vous m'indiquer quand elle sera accessible à nos élèves ?

Le proviseur
""", client="outlook")

M("subscription_activation", True, "0381411C", "ara", "esidoc", False, "fr",
  "Mostly French with English phrases; the newly ordered resource is paid but not visible in the portal yet (ordered the day before).",
  "Katie Morgan <katie.morgan@ac-grenoble.fr>", "Resource not visible on the portal",
  """Bonjour,

Nous avons commandé hier la collection de "graded readers" pour la section internationale (UAI 0381411C), le paiement est passé, mais je ne la vois nulle part sur notre portail. Combien de temps faut-il pour l'activation ?

Katie Morgan
Teacher-librarian
""", client="apple")

M("subscription_activation", True, "0422720D", "ara", "esidoc", False, "fr",
  "No accents: ordered resource not visible in e-sidoc yet, ordered this morning.",
  "cdi.saint-etienne <cdi.saint-etienne@ac-lyon.fr>", "abonnement pas visible",
  """bonjour
abonnement commande ce matin, on ne le voit pas dans le portail. 0422720D
merci
le cdi
""", client="zimbra")

M("subscription_activation", True, "0063657T", "paca", "esidoc", True, "fr",
  "Bilingual mail quoting an earlier order confirmation; the question is only when the subscription becomes visible.",
  "Rebecca Hall <rebecca.hall@ac-nice.fr>", "TR: Confirmation de commande",
  """Bonjour,

Below is the order confirmation we got on Wednesday. La ressource n'est toujours pas visible dans notre portail, is that normal?

Rebecca Hall
Lycée de Cannes - 0063657T

-------- Message d'origine --------
De : no-reply@assistance.example.fr
Objet : Confirmation de commande

Votre commande a bien été enregistrée. L'abonnement sera activé sous 72 heures.
""", client="thunderbird")

M("subscription_activation", False, "0263288H", "ara", "esidoc", True, "fr",
  "Two topics: subscription not visible (main) and the invoice address to correct (order_billing); a person answers both.",
  "Valentin Rossi <valentin.rossi@ac-grenoble.fr>", "Abonnement + facture",
  """Bonjour,

L'abonnement commandé lundi n'est toujours pas visible dans e-sidoc. Et au passage, la facture est au nom de l'ancien lycée, merci de la corriger.

Lycée de Valence, 0263288H

Valentin Rossi
""", client="outlook")

M("subscription_activation", True, "0843556J", "paca", "esidoc", False, "fr",
  "Ordered a resource two days ago; asks how to publish it for the European section pupils.",
  "Chantal Imbert <chantal.imbert@ac-aix-marseille.fr>", "Publication ressource",
  """Bonjour,

Nous avons commandé la ressource de littérature jeunesse anglophone il y a deux jours ; je ne la vois pas dans la liste des ressources à publier sur le portail. Faut-il attendre ?

Collège de Pertuis, UAI 0843556J

Chantal Imbert
""", client="apple", enc="quoted-printable")

# ---------------------------------------------------------------- order_billing
M("order_billing", False, "0632869B", "ara", "espace_acheteur", False, "en",
  "UK supplier's invoice rejected by Chorus Pro for a missing engagement number; asks what to put.",
  "Sarah Bennett <accounts@brookfieldbooks.co.uk>", "Invoice rejected on Chorus Pro",
  """Dear colleagues,

Our invoice for the Lycée in Clermont-Ferrand (UAI 0632869B) was rejected on Chorus Pro with the reason "numéro d'engagement absent". Where can we find this number? The order came through your buyer space.

Invoice attached for reference.

Kind regards,
Sarah Bennett
Accounts Receivable, Brookfield Books Ltd
""", client="outlook", html="alt", att=[("Invoice_BB-24-3318.pdf", "application", "pdf", "PDF")])

M("order_billing", False, "0692209B", "ara", "espace_acheteur", False, "fr",
  "Asks for a formal quote (devis) for English readers, needed for the bon d'engagement.",
  "Isabelle Mercier <isabelle.mercier@ac-lyon.fr>", "Demande de devis",
  """Bonjour,

Merci de nous faire parvenir un devis pour 30 exemplaires de chacun des titres suivants (section internationale britannique, 2nde) :
- Of Mice and Men, Penguin Readers
- The Curious Incident of the Dog in the Night-Time
Le devis doit être au nom du collège, UAI 069 2209 B, pour établir le bon d'engagement.

Cordialement,
Isabelle Mercier
Gestionnaire
""", client="outlook", enc="quoted-printable")

M("order_billing", False, None, None, "espace_acheteur", False, "en",
  "US distributor asks how French schools pay (purchase order, bank transfer) before accepting an order: billing question.",
  "Jennifer Lowe <jlowe@northstaredu.com>", "Payment terms for French public schools",
  """Hi,

We received our first purchase order through your platform from a lycée in Marseille. Before shipping, could you confirm how payment works? Do schools pay by bank transfer, and within what delay? We usually ask for payment upfront from overseas customers.

Best,
Jennifer Lowe
Northstar Educational Supply, Boston MA
""", client="gmail")

M("order_billing", False, "0743173X", "ara", "espace_acheteur", False, "fr",
  "Basket cannot be validated: the supplier (British) is flagged as not referenced.",
  "Anthony Duret <anthony.duret@ac-grenoble.fr>", "panier bloqué",
  """Bonjour,

Impossible de valider mon panier : message "fournisseur non référencé" pour la librairie anglaise avec qui nous travaillons chaque année. Lycée d'Évian, 0743173X.

Merci
Anthony Duret
""", client="zimbra")

M("order_billing", False, "0842482S", "paca", "espace_acheteur", True, "en",
  "British supplier announces new bank details for payment: a billing matter that a person must verify (possible fraud).",
  "Finance - Whitmore Educational <finance@whitmore-educational.co.uk>", "Change of bank details",
  """Dear customer,

Please note that our bank details have changed. All payments for outstanding invoices (including invoice WE-10442 for the Lycée in Cavaillon, UAI 0842482S) should now be made to the new account shown in the attached letter.

Regards,
Finance Department
Whitmore Educational Ltd
""", client="outlook", att=[("New_bank_details.pdf", "application", "pdf", "PDF")])

M("order_billing", False, "0031959N", "ara", "espace_acheteur", False, "fr",
  "Invoice does not match the order (delivery costs from the UK added); the gestionnaire asks how to get a corrected invoice.",
  "Béatrice Pons <beatrice.pons@ac-clermont.fr>", "Facture non conforme",
  """Bonjour,

La facture reçue de notre fournisseur britannique comporte 85 € de frais de port non prévus au devis. Le montant ne correspond donc pas au bon de commande. Comment obtenir une facture rectifiée via la plateforme ?

Lycée de Moulins - UAI 0031959N

Béatrice Pons
Adjointe gestionnaire
""", client="outlook")

M("order_billing", False, "0133214Y", "paca", "espace_acheteur", True, "fr",
  "Quoted history about a password (old ticket); the new text asks for the invoice to be deposited on Chorus: order_billing.",
  "Aline Pastor <aline.pastor@ac-aix-marseille.fr>", "Re: [Ticket #46002] Mot de passe espace acheteur",
  """Bonjour,

Merci, l'accès fonctionne. Autre chose : la facture de la commande de livres anglais n'a pas été déposée sur Chorus Pro, pouvez-vous faire le nécessaire ? Sans cela nous ne pouvons pas payer.

Aline Pastor
Lycée Vauvenargues - 0133214Y

Le 12/11/2024 à 15:02, Support a écrit :
> Bonjour,
> Un lien de réinitialisation a été envoyé à l'adresse enregistrée.
> Cordialement,
> Le support
""", client="thunderbird", reply=True)

M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "American business manager of a private bilingual school asks, in French, whether a credit-card payment is accepted: payment means.",
  "Michael Brooks <michael.brooks@riviera-bilingual.example.org>", "Can we pay by credit card?",
  """Bonjour,

Nous sommes une petite école bilingue privée à Antibes. Nos règles d'achat ont changé et nous voudrions payer la prochaine commande par carte bancaire de l'école (company credit card) plutôt que par virement. Est-ce possible sur l'espace acheteur ?

Merci d'avance,
Michael Brooks
Business Manager
""", client="apple")

M("order_billing", False, "0152321S", "ara", "espace_acheteur", False, "fr",
  "Asks for a duplicate of an invoice (facture) in the buyer space.",
  "Pauline Cros <pauline.cros@ac-clermont.fr>", "duplicata facture",
  """Bonjour,

Pourriez-vous m'envoyer un duplicata de la facture de décembre (commande de dictionnaires bilingues) ? Je ne la retrouve pas dans l'espace acheteur.

Cité scolaire de Saint-Flour, 0152321S

Pauline Cros
""", client="outlook", enc="base64")

M("order_billing", False, "0433430V", "ara", "espace_acheteur", False, "fr",
  "Order validated twice by mistake; the gestionnaire asks to cancel the duplicate order.",
  "Éric Vallon <eric.vallon@ac-clermont.fr>", "Commande en double",
  """Bonjour,

J'ai validé deux fois la même commande (manuels de la section européenne) par erreur, à 5 minutes d'intervalle. Merci d'annuler la seconde.

Éric Vallon
Collège de Brioude - 0433430V
""", client="outlook")

M("order_billing", False, "0053370L", "paca", "espace_acheteur", False, "fr",
  "English-speaking teacher writing in French in an international section asks for a pro-forma invoice to get the order signed off.",
  "Natalie Cooper <natalie.cooper@ac-aix-marseille.fr>", "Pro forma invoice needed",
  """Bonjour,

Notre gestionnaire a besoin d'une facture pro forma avant de signer le bon de commande des livres anglais pour le CDI (panier "Section internationale 2025"). Lycée de Briançon, UAI 0053370L.

Pouvez-vous en générer une ? Many thanks,
Natalie Cooper
""", client="gmail")

M("order_billing", False, "0381977T", "ara", "espace_acheteur", True, "fr",
  "Two topics: quote needed (main) and a notification not received; the quote needs a person.",
  "Sylvie Charrier <sylvie.charrier@ac-grenoble.fr>", "devis + notif",
  """Bonjour,

Nous avons besoin d'un devis pour les abonnements 2025 (presse anglophone + e-books) afin d'établir le bon d'engagement. Accessoirement, je ne reçois plus vos notifications de commande, mais c'est secondaire.

Lycée de Vienne, 0381977T

Sylvie Charrier
""", client="outlook")

M("order_billing", False, "0073055H", "ara", "espace_acheteur", False, "fr",
  "HTML-only: asks the status of payment of a supplier invoice via Chorus (mandatement).",
  "Agent comptable <agent.comptable.annonay@ac-grenoble.fr>", "Mise en paiement facture",
  """Bonjour,

Le fournisseur (Oakridge Books, Royaume-Uni) nous relance pour sa facture de novembre. Pouvez-vous confirmer qu'elle a bien été transmise sur Chorus Pro, afin que nous puissions la mettre en paiement ?

Lycée d'Annonay, UAI 0073055H

L'agent comptable
""", client="outlook", html="only")

# ---------------------------------------------------------------- contract_documents
M("contract_documents", False, None, None, "espace_acheteur", False, "en",
  "UK supplier cannot see the amendment of its market in the contract documents area.",
  "James Holloway <james.holloway@harbourpress.co.uk>", "Amendment not visible",
  """Dear Sir or Madam,

We were told that amendment no. 1 to our framework agreement (English readers, lot 3) was signed in January, but we can't see it in the contract documents area of the platform. Could you check?

Regards,
James Holloway
Harbour Press Ltd
""", client="outlook", html="alt")

M("contract_documents", False, "0693939G", "ara", "espace_acheteur", False, "fr",
  "Market documents (cahier des charges of the textbook market) no longer visible in 'Mes Marchés'.",
  "Gestion CSI Lyon <gestion.csi@ac-lyon.fr>", "Documents du marché introuvables",
  """Bonjour,

Nous ne voyons plus les pièces du marché de manuels en langue anglaise (CCAP, bordereau de prix) dans "Mes marchés". Cité scolaire internationale, UAI 0693939G.

Cordialement,
Service de gestion
""", client="outlook")

M("contract_documents", False, "0061072H", "paca", "espace_acheteur", True, "fr",
  "Could see the conventions on the old platform, not the new one: contract_documents, although the fix may be access rights.",
  "Hugo Lambert <hugo.lambert@ac-nice.fr>", "Conventions invisibles",
  """Bonjour,

Sur l'ancienne plateforme je voyais nos conventions (dont celle avec le British Council pour la section internationale). Sur la nouvelle, l'onglet est vide.

Lycée de Nice, 0061072H

Hugo Lambert
""", client="thunderbird")

M("contract_documents", False, "0632257L", "ara", "espace_acheteur", False, "fr",
  "English-speaking coordinator, writing in French, of an international section cannot download the partnership convention.",
  "Alison Hart <alison.hart@ac-clermont.fr>", "Can't download the convention",
  """Bonjour,

J'essaie de télécharger la convention signée de notre section internationale (UAI 0632257L) sur la plateforme, mais le lien affiche "document indisponible". Pourriez-vous me l'envoyer ou réparer le lien ?

Best regards,
Alison Hart
Coordinatrice section internationale
""", client="outlook")

M("contract_documents", False, "0831823F", "paca", "esignature", True, "fr",
  "The amendment to sign electronically does not appear in the e-signature space; about the contract document, not a head request.",
  "Lionel Garcia <lionel.garcia@ac-nice.fr>", "avenant à signer introuvable",
  """Bonjour,

On nous annonce un avenant n°2 à signer électroniquement pour le marché de fournitures, mais il n'apparaît pas dans l'espace de signature. Lycée de Saint-Raphaël, 0831823F.

Lionel Garcia, gestionnaire
""", client="zimbra")

M("contract_documents", False, None, "ara", "espace_acheteur", False, "fr",
  "Asks where to find the signed amendment of the market; no UAI, region from the ac-grenoble.fr domain.",
  "Nicole Blanc <nicole.blanc@ac-grenoble.fr>", "Où trouver l'avenant ?",
  """Bonjour,
Où peut-on consulter l'avenant signé du marché de livres en langues étrangères ? Je ne le vois nulle part dans les documents.
Merci
N. Blanc
""", client="outlook")

M("contract_documents", False, None, None, "espace_acheteur", False, "en",
  "US supplier asks for access to the tender documents (DCE) of a consultation; not an order.",
  "Brian Walsh <bwalsh@atlanticlearning.com>", "Access to tender documents",
  """Hello,

We would like to answer the consultation for English-language library books (Provence schools) but we can't open the tender documents (DCE) on the platform - it says we have no access. How can we get them?

Thanks,
Brian Walsh
Atlantic Learning Inc.
""", client="gmail")

M("contract_documents", False, "0433707W", "ara", "espace_acheteur", False, "fr",
  "Convention attached by the region is missing from the documents tab; quoted-printable Outlook mail.",
  "Jeanne Mounier <jeanne.mounier@ac-clermont.fr>", "Convention manquante",
  """Bonjour,

La convention de groupement de commandes signée en septembre n'apparaît pas dans l'onglet "Documents" de notre structure. Collège de Monistrol, UAI 0433707W.

Merci de vérifier,
Jeanne Mounier
""", client="outlook", enc="quoted-printable")

# ---------------------------------------------------------------- transfer_incident
M("transfer_incident", False, "0691223E", "ara", "ecoledirecte", False, "fr",
  "EcoleDirecte transfer failing for four days; parents no longer see the grades of the international section.",
  "Vie scolaire <vie-scolaire.0691223e@ac-lyon.fr>", "Transfert EcoleDirecte en échec",
  """Bonjour,

Depuis lundi, le transfert vers EcoleDirecte échoue chaque nuit (message "erreur de synchronisation"). Les parents de la section internationale ne voient plus les notes.

Lycée, UAI 0691223E

La vie scolaire
""", client="outlook")

M("transfer_incident", False, "0041528P", "paca", "ecoledirecte", True, "fr",
  "Asks for the daily maintenance password to re-index the database: transfer_incident per the taxonomy, not password_reset.",
  "Informatique école internationale <informatique.manosque@ac-aix-marseille.fr>", "mot de passe de maintenance du jour",
  """Bonjour,

Pouvez-vous me communiquer le mot de passe de maintenance du jour ? Je dois réindexer la base avant de relancer la synchro avec EcoleDirecte.

École internationale de Manosque - 0041528P

Le référent informatique
""", client="thunderbird")

M("transfer_incident", False, "0421325M", "ara", "ecoledirecte", False, "fr",
  "Licence to regenerate after a server change.",
  "Frédéric Clavel <frederic.clavel@ac-lyon.fr>", "Licence à régénérer",
  """Bonjour,

Nous avons changé de serveur pendant les vacances et le logiciel demande une nouvelle licence pour reprendre les transferts vers EcoleDirecte. Collège de Saint-Chamond, 0421325M.

F. Clavel
""", client="outlook")

M("transfer_incident", False, "0432066M", "ara", "ecoledirecte", False, "fr",
  "English-speaking IT technician writing French with English bits: the synchronisation to EcoleDirecte stops with an error code.",
  "Ian Fraser <ian.fraser@ac-clermont.fr>", "Synchronisation error",
  """Bonjour,

La synchro de nuit vers EcoleDirecte est arrêtée depuis jeudi avec "code 503 - échec du transfert". J'ai redémarré le service deux fois, no luck. UAI 0432066M.

Quelqu'un peut regarder ?

Ian Fraser
IT technician
""", client="apple")

M("transfer_incident", False, None, "paca", "ecoledirecte", False, "fr",
  "The antivirus quarantines the transfer tool, so transfers no longer run; region from ac-nice.fr.",
  "Stéphanie Leroy <stephanie.leroy@ac-nice.fr>", "transfert bloqué par l'antivirus",
  """Bonjour,
L'antivirus met en quarantaine l'outil de transfert depuis sa mise à jour, et plus rien ne part vers EcoleDirecte. Que faut-il exclure ?
Stéphanie Leroy
""", client="zimbra")

M("transfer_incident", False, "0731249L", "ara", "ecoledirecte", True, "fr",
  "Negation: 'ce n'est pas le mot de passe administrateur', it is the daily maintenance password that is refused.",
  "Bernard Jacquier <bernard.jacquier@ac-grenoble.fr>", "Mot de passe refusé",
  """Bonjour,

Ce n'est pas le mot de passe administrateur que je cherche (je l'ai), c'est le mot de passe de maintenance du jour, qui est refusé alors que je le recopie bien. Le transfert est bloqué.

Lycée de Saint-Jean-de-Maurienne - 0731249L

B. Jacquier
""", client="outlook")

M("transfer_incident", False, "0063657T", "paca", "ecoledirecte", False, "fr",
  "Timetables of the international section not transferred; partial synchronisation.",
  "Céline Avril <celine.avril@ac-nice.fr>", "EDT non transférés",
  """Bonjour,

Les emplois du temps de la section internationale ne remontent pas dans EcoleDirecte, seuls ceux des classes ordinaires sont transférés. UAI 0063657T.

Merci
Céline Avril, CPE
""", client="outlook", enc="quoted-printable")

M("transfer_incident", False, "0013776Z", "ara", "ecoledirecte", False, "fr",
  "Transfer error with a screenshot attached; the licence appears expired.",
  "Mickaël Perrin <mickael.perrin@ac-lyon.fr>", "Erreur transfert + capture",
  """Bonjour,

Ci-joint la capture de l'erreur : "licence expirée, transfert impossible". Collège d'Oyonnax, UAI 0013776Z.

Merci de nous régénérer la licence.

Mickaël Perrin
""", client="outlook", att=[("capture_erreur.png", "image", "png", "PNG")])

# ---------------------------------------------------------------- automated
OOO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

M("automated", False, None, "ara", None, False, "fr",
  "Exchange out-of-office in French and English ('Réponse automatique'), Auto-Submitted and X-Auto-Response-Suppress headers.",
  "Anne Berger <anne.berger@ac-lyon.fr>", "Réponse automatique : Commande section internationale",
  """Bonjour,

Je suis absente jusqu'au 6 janvier inclus. Pour toute urgence, merci de contacter le secrétariat de la section internationale.

I am out of the office until 6 January. For urgent matters please contact the international section office.

Anne Berger
""", client="outlook", hdrs=OOO, reply=True)

M("automated", False, None, None, None, False, "en",
  "Gmail vacation responder of an American language assistant (Auto-Submitted: auto-replied).",
  "Tyler Jenkins <tyler.jenkins.ta@gmail.com>", "Re: Your request",
  """Hi! I'm travelling over the February break and won't check my email until the 3rd of March. For anything about English classes at the lycée, please contact Mme Durand.
Bonnes vacances!
Tyler
""", client="gmail", hdrs={"Auto-Submitted": "auto-replied", "Precedence": "bulk"}, reply=True)

M("automated", False, None, "ara", None, False, "fr",
  "Academic Zimbra vacation reply: 'Auto-Submitted: auto-replied (zimbra; vacation)'; region from the sender domain.",
  "Patrice Jourdan <patrice.jourdan@ac-grenoble.fr>", "Absence",
  """Je suis en formation à l'étranger (mobilité Erasmus+) du 10 au 21 mars. Votre message sera traité à mon retour.

P. Jourdan
""", client="zimbra", hdrs={"Auto-Submitted": "auto-replied (zimbra; vacation)"}, reply=True)

M("automated", False, None, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status, original headers attached), null Return-Path.",
  "Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.assistance.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<k.sullivan@ac-nice.fr>: host smtp.ac-nice.fr[192.0.2.41] said: 550 5.1.1
    <k.sullivan@ac-nice.fr>: Recipient address rejected: User unknown
""", client="robot", kind="report", hdrs={"Return-Path": "<>", "Auto-Submitted": "auto-replied"},
  report={"type": "delivery-status", "mta": "mx1.assistance.example.fr", "rcpt": "k.sullivan@ac-nice.fr",
          "action": "failed", "status": "5.1.1",
          "diag": "550 5.1.1 <k.sullivan@ac-nice.fr>: Recipient address rejected: User unknown",
          "orig_subject": "[Ticket #48102] Votre demande", "orig_to": "k.sullivan@ac-nice.fr"})

M("automated", False, None, "paca", None, False, "fr",
  "Exchange non-delivery report in French ('Non remis :'), multipart/report; region from the ac-aix-marseille.fr sender domain.",
  "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ac-aix-marseille.fr>", "Non remis : [Ticket #48330] Réponse à votre demande",
  """Votre message n'a pas pu être remis à ce(s) destinataire(s) :

cdi.lycee.perier@ac-aix-marseille.fr
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant. Réessayez plus tard ou contactez directement le destinataire.
""", client="robot", kind="report", hdrs={"Return-Path": "<>", "Auto-Submitted": "auto-replied"},
  report={"type": "delivery-status", "mta": "AM0PR10MB3012.eurprd10.prod.outlook.com",
          "rcpt": "cdi.lycee.perier@ac-aix-marseille.fr", "action": "failed", "status": "5.2.2",
          "diag": "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
          "orig_subject": "[Ticket #48330] Réponse à votre demande", "orig_to": "cdi.lycee.perier@ac-aix-marseille.fr"})

M("automated", False, None, None, None, False, "en",
  "Gmail 'Delivery Status Notification (Failure)': multipart/report with rfc822 headers only.",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
  """** Address not found **

Your message wasn't delivered to emily.w.sanders@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""", client="robot", kind="report", hdrs={"Return-Path": "<>", "Auto-Submitted": "auto-replied"},
  report={"type": "delivery-status", "mta": "googlemail.com", "rcpt": "emily.w.sanders@gmail.com",
          "action": "failed", "status": "5.1.1",
          "diag": "smtp; 550-5.1.1 The email account that you tried to reach does not exist.",
          "orig_subject": "Re: How do I create an account?", "orig_to": "emily.w.sanders@gmail.com"})

M("automated", False, None, "ara", None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from ac-clermont.fr.",
  "Valérie Aubert <valerie.aubert@ac-clermont.fr>", "Lu : [Ticket #48415] Notifications e-sidoc",
  """Votre message

  À : Valérie Aubert
  Objet : [Ticket #48415] Notifications e-sidoc
  Envoyé : mardi 4 février 2025 10:02:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 4 février 2025 10:15:40 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", client="robot", kind="report",
  report={"type": "disposition-notification", "ua": "Microsoft Outlook 16.0",
          "rcpt": "valerie.aubert@ac-clermont.fr", "disp": "manual-action/MDN-sent-manually; displayed"})

M("automated", False, None, None, None, False, "fr",
  "Thunderbird return receipt (French UI) from a British supplier, multipart/report disposition-notification.",
  "Tom Hargreaves <t.hargreaves@brookfieldbooks.co.uk>", "Accusé de réception (affiché) - [Ticket #48120] Notifications",
  """Ceci est un accusé de réception pour le courriel que vous avez envoyé à t.hargreaves@brookfieldbooks.co.uk.

Remarque : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.
""", client="robot", kind="report",
  report={"type": "disposition-notification", "ua": "Mozilla Thunderbird",
          "rcpt": "t.hargreaves@brookfieldbooks.co.uk", "disp": "manual-action/MDN-sent-manually; displayed"})

M("automated", False, None, None, None, True, "fr",
  "MailInBlack sender-authentication challenge sent by a robot to our no-reply reply: names MailInBlack but nobody wrote it, so automated, not mailinblack_spam.",
  "Protection MailInBlack <no-reply@mib-challenge.example.net>", "Votre message est en attente de validation",
  """Bonjour,

Votre message à destination de gestion.lycee.gap@ac-aix-marseille.fr est en attente.
Ce destinataire est protégé par MailInBlack. Pour que votre message soit délivré, merci de confirmer que vous n'êtes pas un robot en cliquant sur le lien ci-dessous :

https://challenge.mib-challenge.example.net/v/8f2a91c4

Ce lien est valable 7 jours. Cette authentification ne vous sera demandée qu'une seule fois.

MailInBlack - Protection de messagerie
""", client="robot", html="alt", hdrs={"Auto-Submitted": "auto-replied", "Precedence": "junk",
                                      "X-Auto-Response-Suppress": "All"}, reply=True)

M("automated", False, None, None, None, True, "fr",
  "Second MailInBlack challenge, HTML-only, reminder wording: automated, even though it asks to click.",
  "MailInBlack <challenge@mib-challenge.example.net>", "Rappel : authentifiez-vous pour joindre votre correspondant",
  """Rappel

Vous avez écrit à cdi.europole@ac-grenoble.fr. Votre message n'a pas encore été délivré.
Cliquez sur "Je m'authentifie" pour prouver que vous êtes un humain : https://challenge.mib-challenge.example.net/v/33d0e7ab

Message automatique, merci de ne pas y répondre.
""", client="robot", html="only", hdrs={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

M("automated", False, None, None, None, False, "fr",
  "Newsletter from an English-language bookshop (List-Id, List-Unsubscribe, Precedence: bulk).",
  "The English Bookshop Lyon <newsletter@englishbookshop-lyon.example.fr>", "Nouveautés de février : graded readers & YA fiction",
  """Chers enseignants et documentalistes,

Ce mois-ci, 40 nouveaux titres pour vos sections internationales et européennes : graded readers Pearson niveaux A2 à B2, romans young adult, et notre sélection "Black History Month".

-10 % pour les établissements jusqu'au 28 février.

Pour vous désinscrire : https://englishbookshop-lyon.example.fr/unsubscribe
""", client="robot", html="alt",
  hdrs={"List-Id": "Newsletter enseignants <enseignants.englishbookshop-lyon.example.fr>",
        "List-Unsubscribe": "<https://englishbookshop-lyon.example.fr/unsubscribe>",
        "Precedence": "bulk"})

M("automated", False, None, "ara", None, False, "fr",
  "Académie mailing-list digest (List-Id, Precedence: list); region from the ac-lyon.fr sender domain.",
  "Lettre DANE <lettre-dane@ac-lyon.fr>", "Lettre d'information numérique - mars",
  """Lettre d'information de la délégation au numérique éducatif

- Webinaire : "Enseigner en DNL anglais avec le numérique", le 12 mars
- Appel à projets eTwinning 2025
- Ressources pour les sections internationales

Vous recevez ce message car vous êtes abonné(e) à la liste lettre-dane.
""", client="robot",
  hdrs={"List-Id": "<lettre-dane.ac-lyon.fr>", "Precedence": "list",
        "List-Unsubscribe": "<mailto:sympa@ac-lyon.fr?subject=unsubscribe%20lettre-dane>"})

M("automated", False, None, None, "espace_acheteur", False, "fr",
  "No-reply notification of the buyer space to the desk (structure without administrator): an account awaits validation.",
  "Espace acheteur <no-reply@assistance.example.fr>", "Un compte est en attente de validation",
  """Bonjour,

Un nouveau compte a été créé pour la structure "École bilingue des Alpilles" et attend la validation de l'administrateur de structure.
Cette structure n'a pas d'administrateur : la notification vous est adressée.

Ceci est un message automatique, merci de ne pas y répondre.
""", client="robot", hdrs={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})

M("automated", False, None, "paca", None, True, "fr",
  "Bilingual (French first) out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence; only the wording shows it is automatic.",
  "Rebecca Hall <rebecca.hall@ac-nice.fr>", "RE: [Ticket #48501] Confirmation de commande",
  """Merci pour votre message. Je suis en voyage scolaire à Édimbourg avec la section internationale et n'aurai qu'un accès limité à ma messagerie jusqu'au vendredi 14 mars.

Thank you for your email. I am on a school trip until Friday 14 March.

Rebecca Hall
""", client="outlook", reply=True)

M("automated", False, None, None, None, True, "en",
  "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  "Mail Delivery System <Mailer-Daemon@mail.harbourpress.co.uk>", "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  orders@harbourpress.co.uk
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Subject: [Ticket #48277] Votre demande de compte fournisseur
From: Support <support@assistance.example.fr>
To: orders@harbourpress.co.uk

Bonjour, nous avons bien reçu votre demande.
""", client="robot", hdrs={"Return-Path": "<>"})

M("automated", False, None, None, None, False, "en",
  "Auto-acknowledgement from a US supplier's helpdesk (Auto-Submitted: auto-replied), ticket number in the subject.",
  "Northstar Support <support@northstaredu.com>", "[Request received] Re: Payment terms for French public schools",
  """Hi there,

Thanks for contacting Northstar Educational Supply. We've received your request and a member of our team will get back to you within 2 business days.

This is an automated message - please do not reply.
""", client="robot", hdrs={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, reply=True)

M("automated", False, None, None, None, True, "fr",
  "Chorus Pro automatic notification that an invoice was rejected: about billing, but sent by a robot, so automated.",
  "Chorus Pro <ne-pas-repondre@chorus-pro.example.gouv.fr>", "Chorus Pro - Notification de rejet de facture",
  """Bonjour,

La facture n° BB-24-3318 émise par BROOKFIELD BOOKS LTD a été rejetée par le destinataire.
Motif du rejet : numéro d'engagement absent.

Ce courriel est généré automatiquement, merci de ne pas y répondre.
""", client="robot", html="alt", hdrs={"Auto-Submitted": "auto-generated"})

M("automated", False, None, None, None, False, "en",
  "Postfix delayed-delivery warning (multipart/report, action delayed), null Return-Path.",
  "Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>", "Delayed Mail (still being retried)",
  """This is the mail system at host mx1.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.
""", client="robot", kind="report", hdrs={"Return-Path": "<>", "Auto-Submitted": "auto-replied"},
  report={"type": "delivery-status", "mta": "mx1.assistance.example.fr",
          "rcpt": "accounts@whitmore-educational.co.uk", "action": "delayed", "status": "4.4.1",
          "diag": "connect to mx.whitmore-educational.co.uk: Connection timed out",
          "orig_subject": "[Ticket #48590] Change of bank details", "orig_to": "accounts@whitmore-educational.co.uk"})

M("automated", False, None, "ara", None, False, "fr",
  "Out-of-office of a school secretariat with Precedence: auto_reply and Auto-Submitted; region from ac-clermont.fr.",
  "Secrétariat Lycée Émile-Duclaux <secretariat.duclaux@ac-clermont.fr>", "Réponse automatique : [Ticket #48640]",
  """Bonjour,

Le secrétariat est fermé pendant les vacances scolaires, du 22 février au 10 mars. Votre message sera traité à la réouverture.

Le secrétariat
""", client="zimbra", hdrs={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"}, reply=True)

M("automated", False, None, None, "esignature", False, "fr",
  "Electronic-signature platform notification that a document was signed (Auto-Submitted: auto-generated).",
  "Signature électronique <notifications@esignature.example.fr>", "Document signé : Avenant n°2 - marché fournitures",
  """Bonjour,

Le document "Avenant n°2 - marché fournitures" a été signé par toutes les parties.
Vous pouvez le télécharger depuis votre espace pendant 30 jours.

Ceci est une notification automatique.
""", client="robot", html="alt", hdrs={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})

# ---------------------------------------------------------------- other
M("other", False, None, None, None, False, "en",
  "English SEO spam sent to the desk.",
  "Mark Johnson <mark@rankboost-digital.example.com>", "Quick question about assistance.example.fr",
  """Hi,

I was checking out your website and noticed it isn't ranking on the first page of Google for some important keywords. We can get you there in 90 days, guaranteed.

Can I send you a free audit?

Best,
Mark Johnson
Senior SEO Consultant
""", client="gmail")

M("other", False, None, None, None, False, "fr",
  "English language assistant asks, in French, whether the company hires English speakers: unrelated to support.",
  "Grace Thompson <grace.thompson99@hotmail.co.uk>", "Job opportunities?",
  """Bonjour,

Je suis assistante de langue anglaise dans un collège de Clermont-Ferrand et mon contrat se termine en avril. Est-ce que vous recrutez parfois des "native speakers" anglais pour votre équipe support ou contenus ? J'aimerais beaucoup rester en France.

Je joins mon CV, just in case.

Bien cordialement,
Grace Thompson
""", client="outlook", att=[("CV_Grace_Thompson.pdf", "application", "pdf", "PDF")])

M("other", False, None, None, None, False, "en",
  "Erasmus+ partnership proposal from a UK school, misdirected to the support desk.",
  "Mrs P. Atkinson <p.atkinson@stmarys-highschool.example.org.uk>", "Erasmus+ / exchange partnership with a French school",
  """Dear colleagues,

We are a secondary school in Manchester looking for a French partner school with an international or European section for a pupil exchange next year. Could you put us in touch with schools in the Lyon or Marseille area?

Many thanks,
Mrs Patricia Atkinson
Head of Modern Languages
""", client="outlook")

M("other", False, None, None, None, True, "fr",
  "Phishing imitating a mailbox-quota warning; mentions a password but is spam, not password_reset.",
  "Administrateur messagerie <admin-messagerie@webmail-securite.example.ru>", "Votre boîte aux lettres a atteint sa limite",
  """Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de sa capacité. Pour éviter la suppression de vos messages, confirmez votre identifiant et votre mot de passe sous 24 heures en cliquant ici :

http://webmail-securite.example.ru/verification

Service informatique
""", client="outlook", html="only")

M("other", False, None, None, "esidoc", False, "fr",
  "RGPD (GDPR) erasure request, written in French, from a former language assistant: other (human review), not account_creation.",
  "Chloe Evans <chloe.evans.uk@gmail.com>", "Request to delete my personal data",
  """Bonjour,

J'étais assistante d'anglais dans un lycée de Grenoble en 2022-2023 et j'avais un compte contributeur sur le portail e-sidoc du CDI. Conformément au RGPD, je souhaite que toutes mes données personnelles soient supprimées.

Merci,
Chloe Evans
""", client="gmail")

M("other", False, "0432533V", "ara", "esidoc", False, "fr",
  "Thank-you message, problem solved: nothing to do, human review.",
  "Nadia Ferrand <nadia.ferrand@ac-clermont.fr>", "Re: [Ticket #48213] Mot de passe e-sidoc",
  """Merci beaucoup, c'est bon, j'ai pu me reconnecter !
Bonne journée
Nadia Ferrand - 0432533V
""", client="gmail", reply=True)

M("other", False, None, None, None, False, "fr",
  "Sales pitch from an edtech company (in French with English product names): unrelated.",
  "Laura Bennett <laura.bennett@speakupapp.example.com>", "Boostez l'oral en anglais de vos élèves",
  """Bonjour,

SpeakUp est l'application d'entraînement à l'oral en anglais déjà utilisée par 300 sections européennes. Speech recognition, AI feedback, tableau de bord enseignant...

Puis-je vous proposer une démo de 15 minutes la semaine prochaine ?

Laura Bennett
Head of Partnerships France
""", client="gmail", html="alt")

M("other", False, "0693037B", "ara", "esidoc", False, "fr",
  "How-to question on creating a bilingual book selection in e-sidoc: not a taxonomy case, a person answers.",
  "Sarah McKenzie <sarah.mckenzie@ac-lyon.fr>", "Sélection bilingue sur le portail",
  """Bonjour,

Est-il possible de créer une sélection de livres qui s'affiche à la fois en français et en anglais sur le portail (titre et résumé) ? Ce serait très utile pour les familles anglophones de la section internationale.

Merci,
Sarah McKenzie
Lycée Jean-Perrin - 0693037B
""", client="thunderbird")

M("other", False, None, None, None, False, "fr",
  "A parent of a pupil of the international section writes about grades: misdirected mail.",
  "Kevin et Amy Dupont-Walsh <dupontwalsh.family@free.fr>", "notes de notre fille",
  """Bonjour,

Notre fille est en 1re en section internationale et nous ne comprenons pas sa note d'histoire en anglais du 2e trimestre. Pouvez-vous nous mettre en relation avec son professeur ?

Cordialement,
Kevin et Amy Dupont-Walsh
""", client="outlook")

M("other", False, None, "ara", None, False, "fr",
  "Invitation to a regional day of international sections: unrelated to support.",
  "Coordination sections internationales <coord.si@ac-grenoble.fr>", "Invitation : journée des sections internationales",
  """Bonjour,

Nous avons le plaisir de vous convier à la journée académique des sections internationales et européennes, le jeudi 27 mars à Grenoble. Au programme : tables rondes, présentation de ressources numériques, retours d'expérience.

Inscription en ligne avant le 15 mars.

La coordination académique
""", client="zimbra")

M("other", False, None, None, None, False, "fr",
  "Asks for the desk's phone number and opening hours: human review.",
  "michel.royer <michel.royer@laposte.net>", "numero de telephone",
  """bonjour
quel est votre numero de telephone et vos horaires ? je prefere expliquer mon probleme de vive voix
merci
""", client="outlook")

M("other", False, "0263862G", "ara", "esidoc", False, "fr",
  "Complaint about slow searches on e-sidoc in English-language records: a person must look.",
  "Françoise Roche <francoise.roche@ac-grenoble.fr>", "Lenteurs du portail",
  """Bonjour,

Depuis une semaine la recherche sur le portail du CDI est très lente, surtout sur les notices en anglais (plus de 30 secondes). Les élèves abandonnent.

Collège de Montélimar, 0263862G

Françoise Roche
""", client="apple")

M("other", False, None, "paca", "esidoc", False, "fr",
  "Feature request: an English interface of the portal for the international section; human review.",
  "Dylan Price <dylan.price@ac-nice.fr>", "Interface en anglais ?",
  """Bonjour,

Serait-il possible d'avoir l'interface du portail en anglais (menus, boutons) pour nos élèves de la section internationale ? Beaucoup arrivent de l'étranger et ne lisent pas encore le français.

Merci de transmettre à l'équipe produit.

Dylan Price
Professeur d'anglais / DNL
""", client="outlook")

M("other", False, None, None, None, True, "fr",
  "Franglais: mentions a forgotten password, but it is the school's Wi-Fi password, nothing we manage: other, not password_reset.",
  "Sophie Reynolds <sophie.reynolds.ta@gmail.com>", "Wifi password",
  """Bonjour,

Désolée de vous déranger, je suis la nouvelle assistante d'anglais au collège d'Orange. J'ai oublié le mot de passe du wifi du collège et en salle des profs on m'a dit que vous étiez "le support". Vous pouvez me l'envoyer ?

Thanks!
Sophie
""", client="gmail")

M("other", False, None, None, None, True, "fr",
  "Names MailInBlack only as a reseller's sales pitch: spam, not mailinblack_spam.",
  "Offre Sécurité Mail <contact@secumail-pro.example.fr>", "Partenaire MailInBlack : -30 % pour les établissements scolaires",
  """Bonjour,

En tant que partenaire certifié MailInBlack, nous proposons aux établissements scolaires une remise exceptionnelle de 30 % sur la protection anti-spam de leurs messageries.

Demandez votre devis gratuit !

L'équipe SecuMail Pro
""", client="robot", html="alt")

M("other", False, None, None, None, False, "fr",
  "A journalist asks for an interview about English resources in international sections: unrelated.",
  "Julie Martin <j.martin@presse-regionale.example.fr>", "Demande d'interview",
  """Bonjour,

Je prépare un article sur les sections internationales en région PACA et l'accès des élèves aux ressources en anglais dans les CDI. Serait-il possible d'interviewer quelqu'un de votre équipe ?

Julie Martin, journaliste
""", client="gmail")

M("other", False, None, None, None, False, "fr",
  "A British student asks, in French, for an internship: unrelated to support.",
  "Harry Collins <harry.collins@student.example.ac.uk>", "Demande de stage (été 2025)",
  """Madame, Monsieur,

Étudiant en deuxième année de français et d'informatique à l'université de Leeds, je cherche un stage de deux mois en France cet été. Votre entreprise accepterait-elle un stagiaire dans l'équipe support ?

Veuillez agréer mes salutations distinguées,
Harry Collins
""", client="outlook")


# ================================================================ wrapping
ATT_DATA = {"PDF": PDF, "PNG": PNG, "XLSX": XLSX}
rng = random.Random(SEED)


def hexs(n, alphabet="0123456789abcdef"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def ip():
    return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(2, 250))


def make_date():
    base = dt.datetime(2024, 9, 2, 7, 30)
    d = base + dt.timedelta(days=rng.randint(0, 190), hours=rng.randint(0, 11),
                            minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
    summer = d < dt.datetime(2024, 10, 27, 3) or d >= dt.datetime(2025, 3, 30, 2)
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=2 if summer else 1)))


def message_id(client, dom, date):
    if client == "outlook":
        return "<%s$%s$%s@%s>" % (hexs(16), hexs(8), hexs(8), dom)
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % hexs(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")
    if client == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), dom)
    if client == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (hexs(8).upper(), hexs(4).upper(), hexs(4).upper(),
                                         hexs(4).upper(), hexs(12).upper(), dom)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10**8, 10**9), rng.randint(10**6, 10**7),
                                                   int(date.timestamp() * 1000), dom)
    return "<%d.%s@%s>" % (int(date.timestamp()), hexs(12), dom)


CLIENT_HEADERS = {
    "outlook": lambda lang: [("X-Mailer", "Microsoft Outlook 16.0"),
                             ("Thread-Index", base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()),
                             ("Content-Language", "fr" if lang == "fr" else "en-gb")],
    "gmail": lambda lang: [],
    "thunderbird": lambda lang: [("User-Agent", "Mozilla Thunderbird"),
                                 ("Content-Language", "fr" if lang == "fr" else "en-US")],
    "apple": lambda lang: [("X-Mailer", rng.choice(["Apple Mail (2.3774.600.62)", "iPhone Mail (21G93)"]))],
    "zimbra": lambda lang: [("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4546)"),
                            ("X-Originating-IP", "[%s]" % ip())],
    "robot": lambda lang: [],
}
DEFAULT_HTML = {"outlook": "alt", "gmail": "alt", "apple": "alt"}
DEFAULT_ENC = {"outlook": "quoted-printable", "gmail": "quoted-printable", "apple": "quoted-printable",
               "zimbra": "quoted-printable", "thunderbird": "8bit", "robot": "8bit"}


def to_html(text, client):
    blocks = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(htmllib.escape(l[1:].lstrip()) for l in lines)
            blocks.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        elif client == "outlook":
            blocks.append('<p class="MsoNormal">%s<o:p></o:p></p>' % "<br>\n".join(htmllib.escape(l) for l in lines))
        elif client == "gmail":
            blocks.append("<div>%s</div><div><br></div>" % "<br>\n".join(htmllib.escape(l) for l in lines))
        else:
            blocks.append("<p>%s</p>" % "<br>\n".join(htmllib.escape(l) for l in lines))
    body = "\n".join(blocks)
    if client == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="FR" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % body)
    if client == "gmail":
        return '<div dir="ltr">\n%s\n</div>\n' % body
    return '<html><head><meta charset="utf-8"></head><body>\n%s\n</body></html>\n' % body


def trace_headers(addr, dom, date, hdrs):
    rp = hdrs.get("Return-Path", "<%s>" % addr)
    if dom in ("gmail.com", "googlemail.com"):
        relay = "mail-%s.google.com" % hexs(6)
    elif dom.endswith("assistance.example.fr"):
        relay = "localhost"
    else:
        relay = "smtp%d.%s" % (rng.randint(1, 6), dom)
    ts = format_datetime(date + dt.timedelta(seconds=rng.randint(3, 40)))
    good = not dom.endswith(".ru")
    return [
        ("Return-Path", rp),
        ("Delivered-To", DESK),
        ("Received", "from %s (%s [%s]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s for <%s>; %s"
         % (relay, relay, ip(), hexs(12, "0123456789ABCDEFGHJKLMNPQRSTVWXYZ"), DESK, ts)),
        ("Authentication-Results", "mx1.assistance.example.fr; dkim=%s header.d=%s; spf=%s smtp.mailfrom=%s"
         % ("pass" if good else "none", dom, "pass" if good else "softfail", dom)),
    ]


def build_mail(m, date):
    name, addr = parseaddr(m["frm"])
    dom = addr.rsplit("@", 1)[1].lower()
    client = m["client"]
    msg = EmailMessage()
    for k, v in trace_headers(addr, dom, date, m["hdrs"]):
        msg[k] = v
    msg["Message-ID"] = message_id(client, dom, date)
    msg["Date"] = format_datetime(date)
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subj"]
    if m["reply"]:
        ref = "<%s.%s@assistance.example.fr>" % (hexs(10), hexs(6))
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in CLIENT_HEADERS[client](m["lang"]):
        msg[k] = v
    for k, v in m["hdrs"].items():
        if k != "Return-Path":
            msg[k] = v
    text = m["body"]
    enc = m["enc"] or DEFAULT_ENC[client]
    if enc == "8bit" and text.isascii():
        enc = "7bit"
    mode = m["html"] or DEFAULT_HTML.get(client, "plain")
    if mode == "only":
        msg.set_content(to_html(text, client), subtype="html", charset="utf-8", cte=enc)
    else:
        msg.set_content(text, charset="utf-8", cte=enc)
        if client == "thunderbird":
            msg.set_param("format", "flowed")
        if mode == "alt":
            msg.add_alternative(to_html(text, client), subtype="html", charset="utf-8",
                                cte="base64" if enc == "base64" else "quoted-printable")
    for fname, maintype, subtype, dname in m["att"]:
        msg.add_attachment(ATT_DATA[dname], maintype=maintype, subtype=subtype, filename=fname)
    # deterministic, client-looking MIME boundaries; no MIME-Version inside sub-parts
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(boundary(client))
    return msg.as_bytes(policy=policy.default)


def boundary(client):
    if client == "outlook":
        return "----=_NextPart_000_%s_%s.%s" % (hexs(4).upper(), hexs(8).upper(), hexs(8).upper())
    if client == "gmail":
        return "0000000000%s" % hexs(16)
    if client == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (hexs(8).upper(), hexs(4).upper(), hexs(4).upper(),
                                                hexs(4).upper(), hexs(12).upper())
    if client == "zimbra":
        return "=_%s-%s-%s-%s-%s" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
    return "------------%s" % hexs(24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def build_report(m, date):
    """multipart/report (delivery-status or disposition-notification), written by hand."""
    name, addr = parseaddr(m["frm"])
    dom = addr.rsplit("@", 1)[1].lower()
    r = m["report"]
    fold = policy.default.fold
    head = [(k, v) for k, v in trace_headers(addr, dom, date, m["hdrs"])]
    head += [("Message-ID", message_id("robot", dom, date)), ("Date", format_datetime(date)),
             ("From", m["frm"]), ("To", DESK), ("Subject", m["subj"])]
    orig_id = "<%s.%s@assistance.example.fr>" % (hexs(10), hexs(6))
    if m["reply"] or r["type"] == "disposition-notification":
        head += [("In-Reply-To", orig_id), ("References", orig_id)]
    head += [(k, v) for k, v in m["hdrs"].items() if k != "Return-Path"]
    boundary = "=_report_" + hexs(16)
    out = "".join(fold(k, v) for k, v in head)
    out += "MIME-Version: 1.0\n"
    out += 'Content-Type: multipart/report; report-type=%s;\n boundary="%s"\n\n' % (r["type"], boundary)
    out += "This is a MIME-encapsulated message.\n\n"
    out += "--%s\nContent-Description: Notification\nContent-Type: text/plain; charset=utf-8\n" % boundary
    out += "Content-Transfer-Encoding: 8bit\n\n%s\n" % m["body"].rstrip("\n")
    if r["type"] == "delivery-status":
        diag = r["diag"] if r["diag"].startswith("smtp;") else "smtp; " + r["diag"]
        out += "--%s\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n" % boundary
        out += "Reporting-MTA: dns; %s\nArrival-Date: %s\n\n" % (r["mta"], format_datetime(date - dt.timedelta(hours=4)))
        out += "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n" % (
            r["rcpt"], r["rcpt"], r["action"], r["status"])
        out += "Diagnostic-Code: %s\n\n" % diag
        out += "--%s\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" % boundary
        out += "".join(fold(k, v) for k, v in [
            ("Return-Path", "<%s>" % DESK), ("Message-ID", orig_id),
            ("Date", format_datetime(date - dt.timedelta(hours=4))),
            ("From", "Support <%s>" % DESK), ("To", r["orig_to"]), ("Subject", r["orig_subject"])])
        out += "\n"
    else:
        out += "--%s\nContent-Type: message/disposition-notification\n\n" % boundary
        out += "Reporting-UA: %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: %s\n\n" % (
            r["ua"], r["rcpt"], orig_id, r["disp"])
    out += "--%s--\n" % boundary
    return out.encode("utf-8")


# ================================================================ checks
CAND = re.compile(r"(?<![0-9A-Za-z])((?:\d ?){6}\d) ?([A-Za-z])(?![0-9A-Za-z])")
CODE = re.compile(r"\b\d{7}[A-Z]\b")


def visible_text(msg):
    chunks = [str(msg.get("From", "")), str(msg.get("Cc", "")), str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart() or not part.get_content_type().startswith("text/"):
            continue
        t = part.get_content()
        if part.get_content_type() == "text/html":
            t = htmllib.unescape(re.sub(r"<[^>]+>", " ", t))
        chunks.append(t)
    return "\n".join(chunks)


def candidates(text):
    return {m.group(1).replace(" ", "") + m.group(2).upper() for m in CAND.finditer(text)}


def all_defects(msg):
    out = list(msg.defects)
    for part in msg.walk():
        out += list(part.defects)
    return out


def check():
    labels = [json.loads(l) for l in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    files = sorted(p.name for p in HERE.glob("h*.eml"))
    assert len(files) == 150 and len(labels) == 150, (len(files), len(labels))
    assert files == ["h%03d.eml" % i for i in range(1, 151)]
    assert [l["file"] for l in labels] == files
    for lab in labels:
        f = lab["file"]
        assert list(lab) == LABEL_KEYS, (f, list(lab))
        assert lab["category"] in CATEGORIES, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] not in AUTO_ALLOWED:
            assert lab["auto_reply_ok"] is False, f
        assert lab["uai"] is None or is_valid_uai(lab["uai"]), f
        assert lab["region"] is None or lab["region"] in REGION_TABLE, f
        assert lab["platform"] is None or lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        notes = lab["notes"]
        assert isinstance(notes, str) and notes.strip().endswith(".") and len(notes) > 15, f
        raw = (HERE / f).read_bytes()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        assert not all_defects(msg), (f, all_defects(msg))
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (f, h)
        sender = parseaddr(str(msg["From"]))[1]
        text = visible_text(msg)
        cands = candidates(text)
        # every UAI-looking code is the label's or explained in the notes
        for c in cands:
            if is_valid_uai(c):
                assert c == lab["uai"] or c in notes, (f, c)
            else:
                assert c in notes and "wrong check letter" in notes, (f, c)
        if "wrong check letter" in notes:
            wrong = [c for c in CODE.findall(notes) if not is_valid_uai(c)]
            assert wrong and all(c in cands for c in wrong), (f, wrong)
        if lab["uai"]:
            assert lab["uai"] in cands, (f, lab["uai"])
        assert lab["region"] == expected_region(lab["uai"], sender), (f, lab["region"])
    cats = Counter(l["category"] for l in labels)
    assert set(cats) == set(CATEGORIES), cats
    n_en = sum(l["lang"] == "en" for l in labels)
    assert 10 <= n_en <= 25, n_en
    return cats, n_en, sum(l["hard"] for l in labels)


def main():
    assert len(MAILS) == 150, len(MAILS)
    for old in HERE.glob("h*.eml"):
        old.unlink()
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    lines = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "h%03d.eml" % n
        date = make_date()
        raw = build_report(m, date) if m["kind"] == "report" else build_mail(m, date)
        (HERE / fname).write_bytes(raw)
        lines.append(json.dumps({"file": fname, "category": m["cat"], "auto_reply_ok": m["ok"],
                                 "uai": m["uai"], "region": m["reg"], "platform": m["plat"],
                                 "hard": m["hard"], "lang": m["lang"], "notes": m["notes"]},
                                ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    cats, n_en, n_hard = check()
    print("ok: 150 mails;", dict(sorted(cats.items())), "english:", n_en, "hard:", n_hard)


if __name__ == "__main__":
    main()

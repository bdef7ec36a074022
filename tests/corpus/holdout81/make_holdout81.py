#!/usr/bin/env python3
"""Holdout 81: June / end of the school year in PACA and Occitanie.

150 hand-written support mails (h001.eml .. h150.eml) and labels.jsonl.
Theme: inventories (récolement), closing the CDI for the summer, annual
renewals, conseils de classe, last orders before the budget closes, staff
leaving in July and handing over.  Standard library only, deterministic.

Every mail text below is written by hand; this script only wraps each text in
headers and a transfer encoding, then re-reads everything and checks it.
"""
import html
import json
import random
import re
import sys
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 8181
rng = random.Random(SEED)

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
    "subscription_activation", "head_of_establishment_request", "order_billing",
    "contract_documents", "transfer_incident", "automated", "other",
}
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]

# regions.md, transcribed
REGION_DEPTS = {
    "auvergne-rhone-alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "bourgogne-franche-comte": "21 25 39 58 70 71 89 90",
    "bretagne": "22 29 35 56",
    "centre-val-de-loire": "18 28 36 37 41 45",
    "corse": "620 720",
    "grand-est": "08 10 51 52 54 55 57 67 68 88",
    "hauts-de-france": "02 59 60 62 80",
    "ile-de-france": "75 77 78 91 92 93 94 95",
    "normandie": "14 27 50 61 76",
    "nouvelle-aquitaine": "16 17 19 23 24 33 40 47 64 79 86 87",
    "occitanie": "09 11 12 30 31 32 34 46 48 65 66 81 82",
    "pays-de-la-loire": "44 49 53 72 85",
    "provence-alpes-cote-d-azur": "04 05 06 13 83 84",
    "guadeloupe": "971", "martinique": "972", "guyane": "973", "la-reunion": "974", "mayotte": "976",
}
PREFIX_REGION = {}
for _r, _ds in REGION_DEPTS.items():
    for _d in _ds.split():
        PREFIX_REGION[_d if len(_d) == 3 else "0" + _d] = _r
DOMAIN_REGION = {
    "ac-clermont.fr": "auvergne-rhone-alpes", "ac-grenoble.fr": "auvergne-rhone-alpes",
    "ac-lyon.fr": "auvergne-rhone-alpes", "ac-besancon.fr": "bourgogne-franche-comte",
    "ac-dijon.fr": "bourgogne-franche-comte", "ac-rennes.fr": "bretagne",
    "ac-orleans-tours.fr": "centre-val-de-loire", "ac-corse.fr": "corse",
    "ac-nancy-metz.fr": "grand-est", "ac-reims.fr": "grand-est", "ac-strasbourg.fr": "grand-est",
    "ac-amiens.fr": "hauts-de-france", "ac-lille.fr": "hauts-de-france",
    "ac-creteil.fr": "ile-de-france", "ac-paris.fr": "ile-de-france", "ac-versailles.fr": "ile-de-france",
    "ac-normandie.fr": "normandie", "ac-caen.fr": "normandie", "ac-rouen.fr": "normandie",
    "ac-bordeaux.fr": "nouvelle-aquitaine", "ac-limoges.fr": "nouvelle-aquitaine",
    "ac-poitiers.fr": "nouvelle-aquitaine", "ac-montpellier.fr": "occitanie",
    "ac-toulouse.fr": "occitanie", "ac-nantes.fr": "pays-de-la-loire",
    "ac-aix-marseille.fr": "provence-alpes-cote-d-azur", "ac-nice.fr": "provence-alpes-cote-d-azur",
    "ac-guadeloupe.fr": "guadeloupe", "ac-martinique.fr": "martinique", "ac-guyane.fr": "guyane",
    "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte",
}
SHORT_REGION = {"P": "provence-alpes-cote-d-azur", "O": "occitanie"}
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai_ok(code):
    code = code.upper()
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


MAILS = []


def M(cat, ok, uai, rg, plat, hard, lang, notes, frm, subj, body, **kw):
    """One hand-written mail and its label.  rg: 'P', 'O', None or a region slug."""
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, region=SHORT_REGION.get(rg, rg), plat=plat,
                      hard=hard, lang=lang, notes=notes, frm=frm, subj=subj,
                      body=body.strip("\n") + "\n", kw=kw))


SIG_D = "\n-- \n"

# ---------------------------------------------------------------- password_reset
M("password_reset", True, "0131384J", "P", "esidoc", False, "fr",
  "Librarian locked out of the e-sidoc back office just before the summer inventory, UAI in the body; the FAQ reset path applies.",
  "Sandrine Ferracci <sandrine.ferracci@ac-aix-marseille.fr>",
  "Mot de passe e-sidoc oublié - récolement de fin d'année",
  """Bonjour,

Je dois lancer le récolement du fonds du CDI avant la fermeture du 4 juillet et je n'arrive plus à me connecter à l'administration de notre portail e-sidoc. Le mot de passe n'est plus accepté, j'ai dû le changer en janvier et je ne m'en souviens plus.

Notre identifiant est le 0131384J (collège Édouard Manet, Marseille 13e).

Pouvez-vous me renvoyer un lien de réinitialisation ?

Merci d'avance,
Sandrine Ferracci
Professeure documentaliste""", client="thunderbird", enc="8bit")

M("password_reset", True, "0342755K", "O", "esidoc", False, "fr",
  "No accents, 'mdp' abbreviation, lost e-sidoc password, UAI given; a plain reset request.",
  "herve.castan@ac-montpellier.fr",
  "mdp perdu",
  """bonjour

je n arrive plus a me connecter a esidoc (partie gestion) pour preparer l inventaire, mdp refusé 3 fois et maintenant c bloqué
uai 0342755K lycee jean mermoz montpellier

merci de me renvoyer un mdp svp
herve castan, doc""", client="zimbra", enc="qp")

M("password_reset", True, "0832285H", "P", "espace_acheteur", False, "fr",
  "Gestionnaire must place the last orders before the budget closes but her Espace Acheteur password expired; the question is only the password.",
  "Nadia Belkacem <gestion.clg-toulon@gmail.com>",
  "Mot de passe expiré Espace Acheteur",
  """Bonjour,

Je voulais passer nos dernières commandes avant la clôture de l'exercice mais l'Espace Acheteur me dit que mon mot de passe a expiré et le lien « mot de passe oublié » ne me laisse pas aller plus loin.

Établissement : collège Pierre Puget, Toulon – UAI 0832285H.

Pourriez-vous me débloquer rapidement, je n'ai que quelques jours ?

Cordialement,
Nadia Belkacem
Gestionnaire""", client="gmail", enc="qp", html="alt")

M("password_reset", True, "0300652W", "O", "esidoc", True, "fr",
  "UAI only in the ce.<UAI>@ac-montpellier.fr sender address; the secretariat asks for the e-sidoc reset link on that official mailbox.",
  "Secrétariat collège Feuchères <ce.0300652W@ac-montpellier.fr>",
  "Identifiant portail CDI",
  """Bonjour,

La documentaliste du collège part à la retraite fin juin et personne ici ne connaît le mot de passe du portail e-sidoc du CDI. Elle ne l'avait noté nulle part.

Pouvez-vous envoyer un lien de réinitialisation sur cette adresse (boîte officielle de l'établissement) ? Nous le transmettrons à sa remplaçante à la rentrée.

Bien cordialement,
Le secrétariat de direction
Collège Feuchères – Nîmes""", client="outlook", enc="qp")

M("password_reset", True, "0310609U", "O", "esidoc", True, "fr",
  "The UAI is written with spaces and in lower case ('0310 609 u'); the label is the upper-case code.",
  "Marie-Laure Dupuy <ml.dupuy@ac-toulouse.fr>",
  "Re: connexion impossible",
  """Bonjour,

Je n'ai toujours pas réussi à me reconnecter au portail, le mot de passe ne marche plus depuis la mise à jour. C'est ennuyeux car je dois faire les relances de prêts avant les vacances.

Pour info notre n° d'établissement c'est le 0310 609 u (lycée Raymond Naves).

Cordialement
ML Dupuy""", client="apple", enc="qp")

M("password_reset", True, "0661182B", "O", "ticket_portal", False, "fr",
  "Lost password for the support ticket portal itself, UAI given; the reset path applies.",
  "Jordi Puig <jordi.puig@ac-montpellier.fr>",
  "Accès au portail d'assistance",
  """Bonjour,

Je voulais suivre le ticket que j'avais ouvert en mai sur votre portail d'assistance mais je ne retrouve plus mon mot de passe. L'identifiant est bien notre UAI 0661182B (collège Jean Moulin de Perpignan).

Pouvez-vous m'envoyer un nouveau lien ?

Merci
Jordi Puig, TZR documentation""", client="thunderbird", enc="8bit")

M("password_reset", True, "0061856K", "P", "esidoc", False, "en",
  "English-speaking teacher (international section) locked out of e-sidoc after three wrong attempts; UAI given.",
  "Fiona McAllister <fiona.mcallister@ac-nice.fr>",
  "Account locked - library portal",
  """Hello,

I'm covering the library at the Centre International de Valbonne for the last weeks of term while our librarian is away. I tried to log into the e-sidoc back office to close the loans for the summer and the account is now locked after three wrong attempts.

School code (UAI): 0061856K

Could you send a reset link, please?

Many thanks,
Fiona McAllister
English section""", client="gmail", enc="qp", html="alt")

M("password_reset", False, "0842177K", "P", "esidoc", True, "fr",
  "Asks for the reset link to be sent to her personal Gmail address because she leaves in July: the link may only go to an address on file, so a person must handle it.",
  "Célia Roumanille <celia.roumanille84@gmail.com>",
  "mot de passe e-sidoc + changement d'adresse",
  """Bonjour,

Je n'ai plus le mot de passe de l'administration e-sidoc du lycée Frédéric Mistral d'Avignon (UAI 0842177K). L'adresse enregistrée chez vous est celle de l'ancien documentaliste, qui est parti l'an dernier et à laquelle je n'ai pas accès.

Pourriez-vous envoyer le lien sur mon adresse perso ci-dessus ? Je suis mutée en juillet mais je veux finir le récolement et tout laisser propre pour ma successeure.

Merci beaucoup,
Célia Roumanille""", client="gmail", enc="8bit")

M("password_reset", True, "0480101Z", "O", "espace_acheteur", True, "fr",
  "Negation: 'ce n'est pas un problème de commande', the buyer only lost her Espace Acheteur password.",
  "Agnès Valette <agnes.valette@ac-montpellier.fr>",
  "Connexion Espace Acheteur",
  """Bonjour,

Ce n'est pas un problème de commande ni de facture : nos paniers sont prêts. Simplement je ne connais pas mon mot de passe de l'Espace Acheteur, c'est mon collègue qui se connectait et il est en arrêt jusqu'à fin juin.

Cité scolaire de Mende, UAI 0480101Z.

Merci de me dire comment faire,
Agnès Valette
Adjointe gestionnaire""", client="outlook", enc="qp")

M("password_reset", False, None, "O", "esidoc", True, "fr",
  "UAI typed 0812951R: wrong check letter (the digits give 0812951T), so no UAI; region from the ac-toulouse.fr sender.",
  "Pierre Sabatier <pierre.sabatier@ac-toulouse.fr>",
  "Réinitialisation mdp portail",
  """Bonjour,

Merci de réinitialiser le mot de passe de notre portail documentaire, UAI 0812951R, lycée Bellevue à Albi. Je n'arrive plus à entrer dans la gestion depuis le changement de navigateur.

Cdlt
P. Sabatier""", client="zimbra", enc="8bit")

M("password_reset", False, "0651299J", "O", "esidoc", True, "fr",
  "Reply after the automatic reset answer: the link expired and the school's mailbox is unread during the holidays, so a person must take over.",
  "Isabelle Fourcade <isabelle.fourcade@ac-toulouse.fr>",
  "RE: [Assistance] Réinitialisation de votre mot de passe",
  """Bonjour,

Le lien est arrivé sur la boîte du collège mais la secrétaire ne l'a transmis que ce matin, il avait expiré. Et à partir du 7 juillet plus personne ne relève cette boîte.

Est-ce que quelqu'un peut me rappeler ? 05 62 xx xx xx, je suis au CDI toute la semaine.

Isabelle Fourcade
Collège Desaix, Tarbes – 0651299J

-----Message d'origine-----
De : Assistance <noreply@assistance.example.fr>
Envoyé : lundi 16 juin 2025 09:02
À : Isabelle Fourcade
Objet : [Assistance] Réinitialisation de votre mot de passe

Bonjour,
Un lien de réinitialisation a été envoyé à l'adresse officielle de votre établissement (c*********@ac-toulouse.fr). Il est valable 12 heures.""", client="outlook", enc="qp", irt=True)

M("password_reset", True, "0462482Y", "O", "esidoc", False, "fr",
  "Short Apple Mail message, lost password for the CDI portal, UAI in the signature.",
  "Benoît Lacombe <benoit.lacombe@ac-toulouse.fr>",
  "Mot de passe",
  """Bonjour,

J'ai oublié mon mot de passe pour l'administration du portail e-sidoc. Pouvez-vous me le réinitialiser ? Je voudrais publier la sélection de lectures d'été avant le 30.

Merci

Benoît Lacombe
Professeur documentaliste
Lycée Clément Marot – Cahors
UAI 0462482Y

Envoyé de mon iPad""", client="apple", enc="qp")

M("password_reset", True, "0050959R", "P", "espace_acheteur", False, "en",
  "English, forgotten identifier and password for the buyer space; UAI given.",
  "Helen Carter <h.carter@lycee-international-gap.fr>",
  "Forgotten login for the buyer space",
  """Hi,

I'm the bursar's assistant at our school in Gap (UAI 0050959R). We have two orders to validate before the budget closes at the end of June and I can't remember either the login or the password for the buyer space.

Could you reset it please?

Best regards,
Helen Carter""", client="outlook", enc="b64")

M("password_reset", True, "0111961X", "O", "esidoc", False, "fr",
  "Password refused since the last update, UAI in the body, Zimbra webmail; a plain reset.",
  "Delphine Arnaud <delphine.arnaud@ac-montpellier.fr>",
  "Probleme de mot de passe e-sidoc",
  """Bonjour,

Impossible de me connecter à e-sidoc en mode administrateur, on me répond « identifiant ou mot de passe incorrect ». J'ai essayé avec notre RNE 0111961X et le mot de passe habituel.

Il me reste l'inventaire des manuels et la fermeture des comptes lecteurs des 3e à faire, merci de m'aider vite.

Delphine Arnaud
Collège Varsovie, Carcassonne""", client="zimbra", enc="qp")

M("password_reset", False, "0120071M", "O", "ecoledirecte", False, "fr",
  "Lost EcoleDirecte administrator password just before the conseils de classe; the desk has no automatic reset for this product.",
  "Vincent Bras <vincent.bras@ac-toulouse.fr>",
  "Mot de passe administrateur EcoleDirecte",
  """Bonjour,

Les conseils de classe commencent lundi et je ne peux plus me connecter au compte administrateur EcoleDirecte du collège (UAI 0120071M, Rodez). Le mot de passe a été changé par l'ancien CPE avant son départ et il ne l'a pas transmis.

Comment peut-on le réinitialiser ?

Vincent Bras
Référent numérique""", client="thunderbird", enc="8bit")

M("password_reset", True, "0130541T", "P", "esidoc", True, "fr",
  "Quoted history about an old invoice question; the new message only asks for a password reset.",
  "Karine Giraud <karine.giraud@ac-aix-marseille.fr>",
  "Re: Facture abonnement 2024",
  """Bonjour,

Autre chose cette fois : je n'arrive plus à me connecter au portail e-sidoc, mot de passe oublié. UAI 0130541T. Pouvez-vous me renvoyer un lien ?

Merci,
Karine

Le 12 mars 2025 à 10:14, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> La facture de votre abonnement 2024 est disponible dans votre espace client.
> Cordialement,
> L'équipe support""", client="apple", enc="qp", irt=True)

M("password_reset", True, "0321844F", "O", "espace_acheteur", False, "fr",
  "Buyer locked out after too many attempts while validating last baskets; UAI given.",
  "Christophe Daguzan <christophe.daguzan@ac-toulouse.fr>",
  "Compte bloqué",
  """Bonjour,

Mon compte Espace Acheteur est bloqué suite à plusieurs essais de mot de passe. J'ai des paniers à valider avant le 27 juin (fin des engagements chez nous).

Lycée Maréchal Lannes, Lectoure, 0321844F.

Merci de débloquer,
C. Daguzan
Secrétaire d'intendance""", client="outlook", enc="qp", html="alt")

M("password_reset", True, "0040618A", "P", "esidoc", False, "fr",
  "Replacement librarian never received the password from her predecessor; reset to the address on file.",
  "Laure Michel <laure.michel@ac-aix-marseille.fr>",
  "accès administration portail CDI",
  """Bonjour,

Je remplace la documentaliste du collège Maria Borrely (Digne, UAI 0040618A) jusqu'au 4 juillet. Elle ne m'a pas laissé le mot de passe de l'administration e-sidoc et elle ne répond pas.

Est-il possible d'avoir une réinitialisation ? Je dois fermer les prêts pour l'été.

Laure Michel""", client="gmail", enc="8bit")

M("password_reset", False, None, None, "espace_acheteur", False, "fr",
  "Forgotten password from a private address with no UAI and no académie domain: the head-of-establishment procedure must be explained by a person.",
  "Robert Agostini <r.agostini@wanadoo.fr>",
  "mot de passe",
  """Bonjour

J ai oublié mon mot de passe pour l espace acheteur. Je suis le gestionnaire du lycée professionnel de Brignoles. Pouvez vous me l envoyer ?

R Agostini""", client="outlook", enc="8bit")

M("password_reset", True, "0822192M", "O", "esidoc", True, "en",
  "English with quoted French history; the new text asks again for the reset, the UAI is in lower case (0822192m).",
  "Sarah Whitfield <sarah.whitfield@ac-toulouse.fr>",
  "Re: Mot de passe",
  """Hello again,

Sorry to write in English, my French is not good enough for this. I still cannot log in to the library portal. Our school is 0822192m (collège in Montauban). Could you please send the reset link again?

Thanks,
Sarah

On Tue, 10 Jun 2025 at 14:22, Sarah Whitfield <sarah.whitfield@ac-toulouse.fr> wrote:
> Bonjour, je ne peux pas connecter au portail. Merci.""", client="gmail", enc="qp", irt=True)

M("password_reset", True, "0660958H", "O", "esidoc", False, "fr",
  "Reset requested from the official ce. mailbox with the UAI in the body too; routine before the CDI closes.",
  "Collège Pons <ce.0660958H@ac-montpellier.fr>",
  "Demande de réinitialisation – portail documentaire",
  """Madame, Monsieur,

Nous vous remercions de bien vouloir réinitialiser le mot de passe d'administration du portail e-sidoc de l'établissement (UAI 0660958H) et d'adresser le lien à la présente adresse.

La professeure documentaliste doit clôturer l'année avant le 4 juillet.

Le secrétariat
Collège Pons – Perpignan""", client="outlook", enc="qp")

M("password_reset", False, None, None, "ticket_portal", True, "fr",
  "Not a lost password: the new password is refused by the ticket portal's rules; a policy question the reset template does not answer.",
  "Thomas Roux <thomas.roux@laposte.net>",
  "nouveau mot de passe refusé",
  """Bonjour,

Je veux changer mon mot de passe sur le portail d'assistance (je ne l'ai pas perdu, je veux juste le changer avant de partir en vacances) mais il est refusé à chaque fois : « ne respecte pas la politique ». J'ai mis 20 caractères avec des accents. Quelles sont les règles ?

Thomas Roux""", client="thunderbird", enc="8bit")

# ---------------------------------------------------------------- missing_noreply_mail
M("missing_noreply_mail", True, "0842932F", "P", "esidoc", False, "fr",
  "Requested a new password but the mail never came; no anti-spam product named.",
  "Élodie Pascal <elodie.pascal@ac-aix-marseille.fr>",
  "Pas reçu le mail de nouveau mot de passe",
  """Bonjour,

J'ai cliqué sur « mot de passe oublié » sur le portail du CDI hier après-midi puis ce matin, et je n'ai reçu aucun mail. J'ai regardé dans les courriers indésirables, rien.

Collège Viala, Avignon (0842932F).

Merci de vérifier,
Élodie Pascal""", client="thunderbird", enc="8bit")

M("missing_noreply_mail", True, "0312289V", "O", "espace_acheteur", False, "fr",
  "New buyer account created for the July handover, but the activation link never arrived.",
  "Mathieu Carrère <mathieu.carrere@ac-toulouse.fr>",
  "Lien d'activation non reçu",
  """Bonjour,

Notre nouvelle secrétaire d'intendance, qui reprend les commandes en juillet, a été ajoutée sur l'Espace Acheteur par notre gestionnaire, mais elle n'a jamais reçu le lien d'activation. Ça fait 3 jours.

Lycée Déodat de Séverac, Toulouse – UAI 0312289V

Pouvez-vous le renvoyer ?
M. Carrère""", client="outlook", enc="qp", html="alt")

M("missing_noreply_mail", True, None, "P", "esidoc", False, "fr",
  "No reminder notifications from the no-reply address since May; sender on ac-nice.fr, no UAI.",
  "Gilles Ferrero <gilles.ferrero@ac-nice.fr>",
  "plus de notifications de retards",
  """bonjour,

depuis début mai on ne reçoit plus les mails automatiques du portail (relances de retards pour les lecteurs). Avec la fin d'année c'est le moment où on en a le plus besoin pour récupérer les livres avant les vacances...

qu'est-ce qui se passe ?

G. Ferrero, CDI""", client="zimbra", enc="8bit")

M("missing_noreply_mail", True, "0090493M", "O", "esidoc", True, "fr",
  "Negation: 'ce n'est pas mon mot de passe le problème', the new-password mail just never arrives; missing_noreply_mail.",
  "Sophie Rumeau <sophie.rumeau@ac-toulouse.fr>",
  "Mail de réinitialisation jamais arrivé",
  """Bonjour,

Ce n'est pas mon mot de passe le problème, je sais très bien faire la procédure : c'est que le mail de réinitialisation n'arrive jamais. J'ai fait trois demandes depuis lundi. Rien dans les spams non plus.

Collège du Sabarthès, Tarascon-sur-Ariège, UAI 0090493M.

Sophie Rumeau""", client="gmail", enc="qp")

M("missing_noreply_mail", True, "0121220L", "O", "espace_acheteur", False, "fr",
  "Order confirmation mails from the no-reply sender stopped arriving at the end of the budget year; no anti-spam product named.",
  "Sylvie Gineste <intendance.0121220L@ac-toulouse.fr>",
  "confirmations de commande non reçues",
  """Bonjour,

Depuis la semaine dernière nous ne recevons plus les mails de confirmation après validation d'un panier sur l'Espace Acheteur. Les commandes apparaissent bien dans l'historique mais aucun mail. Nous avons besoin de ces confirmations pour le dossier de fin d'exercice.

Établissement 0121220L (lycée Monteil, Rodez).

Cordialement
S. Gineste, intendance""", client="outlook", enc="qp")

M("missing_noreply_mail", True, "0050412W", "P", "esidoc", False, "en",
  "English: the account confirmation mail never arrived; junk folder checked.",
  "Mark Dawson <mark.dawson@ac-aix-marseille.fr>",
  "No confirmation email",
  """Hello,

I registered on the library portal of our school (UAI 0050412W, Briançon) last Thursday and I am still waiting for the confirmation email. I checked my junk folder.

Could you resend it? I would like to prepare the summer reading list before term ends.

Regards,
Mark Dawson""", client="apple", enc="qp")

M("missing_noreply_mail", True, "0130073J", "P", "espace_acheteur", True, "fr",
  "Names MailInBlack only to say the school has none: the quote mail simply did not arrive, so missing_noreply_mail.",
  "Fabienne Orsini <fabienne.orsini@ac-aix-marseille.fr>",
  "Devis jamais reçu par mail",
  """Bonjour,

J'ai généré un devis sur l'Espace Acheteur pour le renouvellement de nos abonnements et le mail avec le PDF n'est jamais arrivé. On n'a pas MailInBlack ni aucun filtre particulier chez nous, la DSI me l'a confirmé, et les autres mails arrivent normalement.

Collège Longchamp, Marseille – UAI 0130073J

Pouvez-vous vérifier l'envoi ?
F. Orsini, adjointe gestionnaire""", client="outlook", enc="qp")

M("missing_noreply_mail", False, "0301192H", "O", "esidoc", True, "fr",
  "Reply after the junk-folder answer: still nothing after two days, asks for the region; the template was already sent, so a person follows up.",
  "Claire Bonnaud <claire.bonnaud@ac-montpellier.fr>",
  "RE: [Assistance] Mail d'activation non reçu",
  """Bonjour,

J'ai suivi vos consignes (indésirables, expéditeur ajouté aux contacts) et toujours rien depuis jeudi. Pouvez-vous transmettre au support de la région ? Je pars le 8 juillet et je voudrais que le compte de ma remplaçante soit actif avant.

Claire Bonnaud
Collège Condorcet, Nîmes (0301192H)

-----Message d'origine-----
De : Assistance <noreply@assistance.example.fr>
Envoyé : jeudi 12 juin 2025 16:40
Objet : [Assistance] Mail d'activation non reçu

Bonjour,
Vérifiez votre dossier de courriers indésirables et ajoutez l'expéditeur noreply à vos contacts. Sans nouvelles sous 48 h, nous reviendrons vers vous.""", client="outlook", enc="qp", irt=True)

M("missing_noreply_mail", True, "0660668T", "O", "esidoc", False, "fr",
  "Typo-ridden message: the registration confirmation never arrived, no filter named.",
  "Nathalie Ribes <nath.ribes@ac-montpellier.fr>",
  "pas reçu le mail de confirmaton",
  """Bonjour

je me suis inscrite sur le portail du cdi (college de Prades 0660668T) pour pouvoir faire les réservations de l'été mais je n'ai jamais recu le mail de confirmaton. Jai regardé les spams.

merci
Nathalie""", client="gmail", enc="8bit")

M("missing_noreply_mail", True, None, "O", "ecoledirecte", False, "fr",
  "Teachers did not receive the automatic EcoleDirecte notification mails before the conseils de classe; no anti-spam product named, no UAI.",
  "Laurent Teulier <laurent.teulier@ac-toulouse.fr>",
  "Notifications EcoleDirecte non reçues",
  """Bonjour,

Plusieurs collègues n'ont pas reçu les mails automatiques d'EcoleDirecte les prévenant que la saisie des appréciations était ouverte pour les conseils de classe du 3e trimestre. Les mails partent de l'adresse no-reply habituelle je suppose. Rien dans les indésirables.

Pouvez-vous regarder ?
L. Teulier, CPE""", client="thunderbird", enc="8bit")

M("missing_noreply_mail", True, "0461355Y", "O", "espace_acheteur", False, "fr",
  "Password-change confirmation code by mail never arrives on the buyer space; the tool itself works.",
  "Josiane Lafon <josiane.lafon@ac-toulouse.fr>",
  "code de vérification",
  """Bonjour,

L'Espace Acheteur me demande un code envoyé par mail pour confirmer mon identité, mais je ne reçois aucun mail. J'ai recommencé plusieurs fois.

Collège Olivier de Magny, Cahors – 0461355Y

Merci,
J. Lafon""", client="zimbra", enc="qp")

M("missing_noreply_mail", True, "0832470J", "P", "esidoc", True, "fr",
  "The UAI appears only in the ce.<UAI> sender address, written in lower case; the activation mail for the new librarian never arrived.",
  "Collège Font de Fillol <ce.0832470j@ac-nice.fr>",
  "Activation compte nouvelle documentaliste",
  """Bonjour,

La nouvelle professeure documentaliste, qui prendra son poste en septembre mais vient faire la passation avec Mme Baudoin les 30 juin et 1er juillet, a créé son compte sur le portail. Le mail d'activation n'est jamais arrivé sur son adresse académique.

Pouvez-vous le renvoyer ?

Secrétariat de direction""", client="outlook", enc="qp")

M("missing_noreply_mail", True, "0652123E", "O", "esidoc", False, "fr",
  "HTML-only webmail message: the loan-reminder notification mails stopped; UAI given.",
  "Hélène Abadie <helene.abadie@ac-toulouse.fr>",
  "Relances non envoyées",
  """Bonjour,

Les relances automatiques de retard ne partent plus vers les élèves depuis le 2 juin (portail e-sidoc, UAI 0652123E). Les élèves disent ne rien recevoir, et moi non plus la copie.

C'est embêtant, il nous manque 140 livres avant l'inventaire.

Hélène Abadie""", client="zimbra", enc="qp", html="only")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English: the invitation mail to the buyer space never arrived; no académie domain, no UAI.",
  "Julia Brennan <julia.brennan@outlook.com>",
  "Invitation email not received",
  """Dear support,

My colleague invited me to the buyer space so I can take over the orders when she leaves in July, but the invitation never reached my inbox (nor spam). Could you please resend it?

Kind regards,
Julia Brennan""", client="outlook", enc="8bit")

M("missing_noreply_mail", True, "0331857P", "nouvelle-aquitaine", "esidoc", True, "fr",
  "A PACA librarian writes about her future post in Gironde: the UAI 0331857P is the new school's, so the region is nouvelle-aquitaine, not the sender's ac-nice.fr.",
  "Anne Sicard <anne.sicard@ac-nice.fr>",
  "Mail de création de compte non reçu",
  """Bonjour,

Je suis mutée à la rentrée au collège de Lormont (UAI 0331857P) et la documentaliste actuelle m'a créé un accès au portail pour que je prépare la passation. Je n'ai reçu aucun mail de création de compte sur mon adresse.

Merci de vérifier,
Anne Sicard
(encore pour quelques jours au collège de Menton)""", client="thunderbird", enc="8bit")

M("missing_noreply_mail", True, "0841894C", "P", "espace_acheteur", False, "fr",
  "Invoice-available notifications no longer arrive by mail; the invoices themselves are fine, only the no-reply mail is missing.",
  "Patrick Chabert <patrick.chabert@ac-aix-marseille.fr>",
  "Avis de mise à disposition des factures",
  """Bonjour,

Avant on recevait un mail « votre facture est disponible » à chaque commande, depuis avril plus rien. Les factures sont bien dans l'espace, ce n'est pas le souci, mais pour la clôture des comptes je dois tout pointer et les mails m'aidaient.

Lycée Alphonse Benoît, L'Isle-sur-la-Sorgue (0841894C)

P. Chabert""", client="outlook", enc="qp")

# ---------------------------------------------------------------- mailinblack_spam
M("mailinblack_spam", True, "0130743M", "P", "esidoc", False, "fr",
  "MailInBlack named: the password reset mail sits in the MailInBlack quarantine.",
  "Rachid Haddad <rachid.haddad@ac-aix-marseille.fr>",
  "Mail bloqué par MailInBlack",
  """Bonjour,

Le mail de réinitialisation du portail e-sidoc est bloqué par MailInBlack, je le vois dans la liste « en attente » mais je ne peux pas le libérer moi-même.

Collège Rostand, Marseille – 0130743M

Que faut-il faire ?
R. Haddad""", client="outlook", enc="qp")

M("mailinblack_spam", True, "0300468W", "O", "espace_acheteur", False, "fr",
  "Mailinblack spelled in lower case: order confirmations held by the anti-spam.",
  "Muriel Chauvet <muriel.chauvet@ac-montpellier.fr>",
  "mailinblack bloque vos messages",
  """bonjour,

notre lycée est équipé de mailinblack et tous vos mails de l'espace acheteur (confirmations de commande) partent en quarantaine. Avec les commandes de fin d'année c'est très gênant.

UAI 0300468W, lycée Dhuoda, Nîmes

merci de nous dire comment les autoriser
M. Chauvet""", client="zimbra", enc="8bit")

M("mailinblack_spam", True, "0090202W", "O", "esidoc", False, "fr",
  "Names MailInBlack: the librarian received a 'prove you are human' message after writing to the no-reply address and the activation mail is held.",
  "Bernard Estrade <bernard.estrade@ac-toulouse.fr>",
  "Activation bloquée (MailInBlack)",
  """Bonjour,

Le collège a installé MailInBlack en avril. Depuis, le mail d'activation du compte de notre nouvelle aide-documentaliste reste bloqué : elle voit une ligne « expéditeur non authentifié » dans son interface MailInBlack et rien n'arrive.

Collège Lakanal, Foix, UAI 0090202W.

Bernard Estrade, principal adjoint""", client="thunderbird", enc="8bit")

M("mailinblack_spam", False, "0061090C", "P", "esidoc", True, "fr",
  "The sender-authentication challenge is described (click a link and pick an image to be authorised) without naming the product: mailinblack_spam, but a person should confirm before sending the guide.",
  "Valérie Blanc <valerie.blanc@ac-nice.fr>",
  "Vos mails n'arrivent pas",
  """Bonjour,

Je crois que votre message de réinitialisation est arrêté chez nous : la DSI dit que les expéditeurs inconnus reçoivent un mail leur demandant de cliquer sur un lien et de choisir une image pour prouver qu'ils ne sont pas des robots. Comme votre adresse est une no-reply, personne ne clique et le mail reste en attente.

Collège Jules Romains, Nice, UAI 0061090C.

Valérie Blanc""", client="gmail", enc="qp")

M("mailinblack_spam", True, "0842157N", "P", "espace_acheteur", False, "en",
  "English: buyer-space notifications quarantined by MailInBlack.",
  "David Okafor <david.okafor@ac-aix-marseille.fr>",
  "Emails stuck in MailInBlack quarantine",
  """Hello,

Our school (UAI 0842157N, Carpentras) uses MailInBlack. All notifications from your buyer space end up in the MailInBlack quarantine and we only see them days later. We have orders to validate before the end of June.

How can we whitelist your sender?

Regards,
David Okafor
IT technician""", client="outlook", enc="qp", html="alt")

M("mailinblack_spam", True, "0311430L", "O", "esidoc", True, "fr",
  "Two topics: the MailInBlack block (main) and a short question about publishing the summer reading list, which the allow-list guide does not answer but does not need a person first.",
  "Céline Mazet <celine.mazet@ac-toulouse.fr>",
  "MailInBlack + question portail",
  """Bonjour,

1) Les mails du portail (réservations, relances) sont bloqués par MailInBlack depuis que le lycée l'a mis en place. Je les retrouve dans « messages bloqués ».
2) Au passage, est-ce qu'on peut programmer un article « lectures d'été » pour qu'il s'affiche le 1er juillet ?

Lycée Ozenne, Toulouse, 0311430L

Merci !
Céline Mazet""", client="apple", enc="qp")

M("mailinblack_spam", True, "0831592E", "P", "esidoc", True, "fr",
  "UAI written with a space ('0831592 E') in the signature only; MailInBlack quarantine of the new-password mail.",
  "Jean-Marc Rinaldi <jm.rinaldi@ac-nice.fr>",
  "mail mot de passe en quarantaine",
  """Bonjour,

Le mail de nouveau mot de passe est en quarantaine MailInBlack. Je ne peux pas le libérer, il faut que l'administrateur réseau le fasse et il est en congé.

Merci de votre aide

JM Rinaldi
Documentaliste
Collège Gérard Philipe, La Seyne – RNE 0831592 E""", client="thunderbird", enc="8bit")

M("mailinblack_spam", True, None, "O", "esidoc", False, "fr",
  "MailInBlack challenge described and named, sender on ac-montpellier.fr, no UAI given.",
  "Françoise Bousquet <francoise.bousquet@ac-montpellier.fr>",
  "Messages retenus par l'antispam",
  """Bonjour,

Les mails du portail documentaire arrivent dans l'espace « à valider » de Mailinblack, l'antispam de notre collège. Faut-il que vous fassiez quelque chose de votre côté ou que notre informaticien ajoute votre adresse ?

F. Bousquet""", client="zimbra", enc="qp")

M("mailinblack_spam", False, "0300062E", "O", "espace_acheteur", True, "fr",
  "Reply after the MailInBlack guide: the allow-list was done and mails are still held, so a person must follow up with the region.",
  "Lionel Fabre <lionel.fabre@ac-montpellier.fr>",
  "Re: [Assistance] Messages bloqués par MailInBlack",
  """Bonjour,

Notre technicien a bien ajouté votre expéditeur à la liste blanche MailInBlack le 10 juin, et les mails de l'Espace Acheteur sont encore bloqués. Nous sommes le 18 et la clôture des commandes est le 25.

Lycée Albert Camus, Nîmes (0300062E)

Le 10/06/2025 à 09:15, Assistance a écrit :
> Bonjour,
> Votre établissement utilise MailInBlack. Voici la procédure pour autoriser notre adresse d'envoi...""", client="thunderbird", enc="8bit", irt=True)

M("mailinblack_spam", True, "0480836Y", "O", "esidoc", False, "fr",
  "Short message naming MailInBlack and the blocked portal mails.",
  "Cdi Florac <cdi.florac@ac-montpellier.fr>",
  "Mailinblack",
  """Bonjour, les mails du portail e-sidoc sont bloqués par Mailinblack au collège de Florac (0480836Y). Merci de nous envoyer la procédure. Bonne journée""", client="gmail", enc="8bit")

M("mailinblack_spam", True, "0650402J", "O", "espace_acheteur", False, "fr",
  "Base64-encoded Outlook mail: devis mails blocked by MailInBlack.",
  "Serge Cazaux <serge.cazaux@ac-toulouse.fr>",
  "Devis bloqués par Mailinblack",
  """Bonjour,

Les devis que je génère sur l'Espace Acheteur sont bloqués par Mailinblack, le logiciel antispam du lycée. Je dois passer par notre informaticien à chaque fois, ce n'est pas tenable en cette période de fin d'exercice.

Lycée Jean Dupuy, Tarbes – UAI 0650402J

Serge Cazaux
Gestionnaire""", client="outlook", enc="b64")

M("mailinblack_spam", True, "0040779A", "P", "esidoc", False, "en",
  "English: the MailInBlack challenge is named and the reset mail is held.",
  "Emma Lloyd <emma.lloyd@ac-aix-marseille.fr>",
  "Password email blocked by MailInBlack",
  """Hi,

Our school's MailInBlack filter is holding the password reset email from your portal. It says the sender must validate a captcha first. School code 0040779A (Manosque).

What should we do?

Thanks,
Emma""", client="apple", enc="qp")

# ---------------------------------------------------------------- account_creation
M("account_creation", True, "0131561B", "P", "espace_acheteur", False, "fr",
  "New gestionnaire arriving in July wants a buyer account created for the handover.",
  "Yasmina Cherif <yasmina.cherif@ac-aix-marseille.fr>",
  "Création de compte Espace Acheteur",
  """Bonjour,

J'arrive comme adjointe gestionnaire au lycée Périer (Marseille, UAI 0131561B) le 1er juillet et je voudrais un compte sur l'Espace Acheteur pour faire la passation avec mon prédécesseur avant son départ.

Comment dois-je procéder ?

Cordialement,
Yasmina Cherif""", client="outlook", enc="qp")

M("account_creation", False, "0312823A", "O", "esidoc", False, "fr",
  "Account waiting for validation for two weeks and the administrator has already left: a person must see who validates.",
  "Romain Vidal <romain.vidal@ac-toulouse.fr>",
  "Compte en attente de validation",
  """Bonjour,

J'ai demandé un compte sur le portail documentaire du collège (0312823A, Muret) il y a quinze jours, il est toujours « en attente de validation ». L'administratrice était la documentaliste, partie en congé long depuis mai. Qui peut valider ?

Romain Vidal
Professeur de lettres, référent CDI par intérim""", client="thunderbird", enc="8bit")

M("account_creation", False, None, None, "espace_acheteur", False, "fr",
  "Asks who the structure's administrator is: a person must look it up.",
  "Corinne Marty <corinne.marty@orange.fr>",
  "qui est l'administrateur ?",
  """Bonjour,

Je dois commander les manuels pour la rentrée avant la clôture du budget et on me dit de demander à « l'administrateur de la structure » de m'ouvrir un compte. Personne ici ne sait qui c'est. Pouvez-vous me le dire ?

Lycée Marie Curie, Marseille.

Corinne Marty""", client="gmail", enc="8bit")

M("account_creation", True, "0121434U", "O", "esidoc", True, "fr",
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account; account_creation, not password_reset.",
  "Margot Cayrol <margot.cayrol@ac-toulouse.fr>",
  "Accès portail CDI",
  """Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte ! J'aide la documentaliste pour l'inventaire de juin et elle voudrait que je puisse saisir les exemplaires moi aussi. Peut-on me créer un compte sur le portail du collège (UAI 0121434U, Millau) ?

Merci
Margot Cayrol, AED""", client="gmail", enc="qp", html="alt")

M("account_creation", False, "0811712W", "O", "espace_acheteur", False, "fr",
  "Account works but asks for order-validation rights before the handover: a person opens rights.",
  "Thierry Gau <thierry.gau@ac-toulouse.fr>",
  "Droits de validation des commandes",
  """Bonjour,

Je me connecte bien à l'Espace Acheteur mais je n'ai que le droit de préparer des paniers, pas de les valider. Notre gestionnaire part à la retraite le 4 juillet et c'est moi qui reprends. Pouvez-vous m'ouvrir les droits de validation ?

Collège Jean Jaurès, Castres – 0811712W

Thierry Gau""", client="outlook", enc="qp")

M("account_creation", True, "0661927L", "O", "esidoc", False, "fr",
  "Simple account request for a teacher taking over the CDI portal during the summer.",
  "Paul Sire <paul.sire@ac-montpellier.fr>",
  "demande de compte",
  """bonjour,
pouvez vous me créer un compte pour le portail documentaire du lycée (0661927L, Céret) ? je reprends le cdi en septembre et je voudrais voir comment c'est organisé avant les vacances.
merci
Paul Sire""", client="zimbra", enc="8bit")

M("account_creation", False, None, None, "espace_acheteur", False, "en",
  "English: a newly opened private school asks for a buyer account; eligibility must be checked by a person.",
  "Rebecca Stone <admin@ecole-bilingue-montpellier.fr>",
  "Opening a buyer account for our school",
  """Dear Sir or Madam,

We are a bilingual primary school in Montpellier that opened in September. We would like to open an account on your buyer space to order books for next year before our budget closes on 30 June.

What documents do you need?

Best wishes,
Rebecca Stone
School administrator""", client="outlook", enc="qp")

M("account_creation", False, "0130398M", "P", "espace_acheteur", True, "fr",
  "Two UAIs: the school 0130398M the request is about and the annexe 0131384J, both valid; the buyer asks whether one account can cover both, a person answers.",
  "Olivier Baldacci <olivier.baldacci@ac-aix-marseille.fr>",
  "Un compte pour deux établissements ?",
  """Bonjour,

À partir de septembre je serai gestionnaire du lycée Thiers (0130398M) et, pour la fin de l'année, aussi en appui au collège Manet (0131384J). Est-ce que je peux avoir un seul compte Espace Acheteur rattaché au lycée Thiers et voir l'autre établissement, ou faut-il deux comptes ?

Merci
O. Baldacci""", client="thunderbird", enc="8bit")

M("account_creation", False, "0321122W", "O", "esidoc", False, "fr",
  "The establishment is not found in the list when creating the account: the FAQ sends these to a person.",
  "Aurélie Lasserre <aurelie.lasserre@ac-toulouse.fr>",
  "Établissement introuvable à l'inscription",
  """Bonjour,

En voulant créer le compte du portail documentaire pour la rentrée, je ne trouve pas notre établissement dans la liste déroulante (EREA d'Auch, UAI 0321122W). Comment faire ?

A. Lasserre""", client="apple", enc="qp")

M("account_creation", True, "0821592K", "O", "esidoc", False, "fr",
  "HTML-only Zimbra mail: a second librarian asks for her own account on the portal.",
  "Mélanie Tournier <melanie.tournier@ac-toulouse.fr>",
  "Compte pour la deuxième documentaliste",
  """Bonjour,

Nous sommes deux documentalistes au lycée Bourdelle (0821592K, Montauban) et je n'ai pas de compte à mon nom, j'utilise celui de ma collègue. Comme elle part en juillet, je voudrais mon propre compte.

Merci d'avance,
Mélanie Tournier""", client="zimbra", enc="qp", html="only")

M("account_creation", False, None, "P", "espace_acheteur", False, "en",
  "English: asks who holds the administrator role for the school's buyer account; a look-up by a person.",
  "Tom Hughes <tom.hughes@ac-nice.fr>",
  "Who is our account administrator?",
  """Hello,

I'm the new deputy head's assistant at our lycée in Antibes. I need access to the buyer space for next year's orders and was told to ask the account administrator. Nobody knows who that is. Could you tell me?

Thanks,
Tom""", client="gmail", enc="8bit")

# ---------------------------------------------------------------- subscription_activation
M("subscription_activation", True, "0062795F", "P", "esidoc", False, "fr",
  "Renewed press subscription ordered yesterday not yet visible on the portal: within the 72-hour rule.",
  "Christine Lovera <christine.lovera@ac-nice.fr>",
  "Abonnement renouvelé non visible",
  """Bonjour,

Nous avons renouvelé hier l'abonnement à la ressource presse en ligne pour l'année prochaine, mais il n'apparaît pas dans le portail du CDI. Est-ce normal ?

Collège Les Muscadiers, Grasse – 0062795F

Christine Lovera""", client="outlook", enc="qp")

M("subscription_activation", False, "0302375U", "O", "esidoc", False, "fr",
  "Ordered in May and still not active three weeks later: past the 72 hours, a person must check the order.",
  "Jacques Roure <jacques.roure@ac-montpellier.fr>",
  "Ressource toujours pas activée",
  """Bonjour,

La ressource numérique commandée le 22 mai n'est toujours pas activée sur notre portail (lycée Ernest Hemingway, Nîmes, 0302375U). Nous voulions la faire découvrir aux élèves avant la fin de l'année, c'est raté, mais il faudrait au moins qu'elle marche à la rentrée.

J. Roure""", client="thunderbird", enc="8bit")

M("subscription_activation", True, "0342941M", "O", "esidoc", True, "fr",
  "Negation: 'je n'ai pas oublié mon mot de passe', she logs in fine; the ebook platform is not published for pupils.",
  "Laetitia Crouzet <laetitia.crouzet@ac-montpellier.fr>",
  "Ressource non publiée pour les élèves",
  """Bonjour,

Je n'ai pas oublié mon mot de passe, je me connecte très bien ! Mais la plateforme de livres numériques qu'on a achetée n'apparaît pas côté élèves, seulement dans mon interface. Comment la publier pour qu'ils l'aient pendant l'été ?

Collège Les Garrigues, Montpellier, 0342941M

Laetitia""", client="gmail", enc="qp")

M("subscription_activation", True, "0840985P", "P", "esidoc", False, "en",
  "English: newly ordered database not visible yet, ordered two days ago.",
  "Oliver Grant <oliver.grant@ac-aix-marseille.fr>",
  "New subscription not showing",
  """Hello,

We ordered the history database subscription on Monday (school code 0840985P, Orange) and it's not showing on our library portal yet. Is there a delay?

Kind regards,
Oliver Grant""", client="apple", enc="qp")

M("subscription_activation", True, "0112105D", "O", "esidoc", False, "fr",
  "Asks when the renewed subscription will be available, ordered the day before.",
  "Nicole Mas <nicole.mas@ac-montpellier.fr>",
  "renouvellement abonnement",
  """bonjour

on a validé le renouvellement de l'abonnement hier soir, quand est ce qu'il sera actif ? pour savoir si je peux le mettre dans la lettre d'info de fin d'année

Collège Alain, Narbonne 0112105D
N. Mas""", client="zimbra", enc="8bit")

M("subscription_activation", True, "0050236E", "P", "esidoc", True, "fr",
  "Written by the principal, but he only asks when the subscription will be visible: not a head-of-establishment request.",
  "Principal collège Les Écrins <ce.0050236E@ac-aix-marseille.fr>",
  "Abonnement ressources numériques",
  """Madame, Monsieur,

Nous avons commandé lundi l'abonnement aux ressources numériques pour l'année prochaine. Pourriez-vous m'indiquer dans quel délai il sera visible sur le portail de l'établissement ?

Je vous remercie.

Le principal,
Alain Reynaud""", client="outlook", enc="qp")

M("subscription_activation", True, "0320943B", "O", "espace_acheteur", False, "fr",
  "Service ordered on the buyer space two days ago not yet visible in the list of services.",
  "Évelyne Sentenac <evelyne.sentenac@ac-toulouse.fr>",
  "Service commandé non visible",
  """Bonjour,

Le service d'archivage commandé mercredi sur l'Espace Acheteur n'apparaît pas dans « Mes services ». La commande est pourtant validée.

Collège Carnot, Auch – UAI 0320943B

Cordialement
É. Sentenac""", client="outlook", enc="qp", html="alt")

M("subscription_activation", False, "0810253K", "O", "esidoc", True, "fr",
  "Two topics: the renewal is not visible (main) and an invoice is requested for the same renewal (order_billing): a single template answers only half.",
  "Hugues Bonnafous <hugues.bonnafous@ac-toulouse.fr>",
  "Abonnement + facture",
  """Bonjour,

Deux choses :
- le renouvellement de notre abonnement presse (validé lundi) n'est toujours pas visible sur le portail du CDI ;
- il me faudrait la facture correspondante avant le 27 juin pour la mettre en paiement avant la clôture.

Lycée Las Cases, Lavaur – 0810253K

Merci
H. Bonnafous""", client="thunderbird", enc="8bit")

M("subscription_activation", True, "0480289D", "O", "esidoc", False, "fr",
  "Resource to publish on the portal for the summer, ordered this week; 72-hour answer applies.",
  "Gérard Pagès <gerard.pages@ac-montpellier.fr>",
  "Publication ressource lecture été",
  """Bonjour,

Nous avons pris mardi l'abonnement à la bibliothèque numérique pour que les élèves puissent lire pendant l'été. Il n'est pas encore dans le portail. Faut-il le publier nous-mêmes ?

Collège Henri Bourrillon, Mende (0480289D)

G. Pagès""", client="gmail", enc="8bit")

M("subscription_activation", True, "0651572F", "O", "esidoc", True, "fr",
  "Quoted history is about a password reset that was solved; the new question is a subscription not yet visible.",
  "Patricia Soulé <patricia.soule@ac-toulouse.fr>",
  "Re: [Assistance] Réinitialisation de votre mot de passe",
  """Merci, le mot de passe c'est réglé !

Par contre maintenant que je suis connectée je ne vois pas l'abonnement Europresse qu'on a renouvelé avant-hier. Il faut attendre ?

Patricia Soulé
Collège Pyrène, Tarbes – 0651572F

Le lun. 16 juin 2025 à 08:47, Assistance <noreply@assistance.example.fr> a écrit :
> Bonjour,
> Un lien de réinitialisation vient d'être envoyé à l'adresse enregistrée pour votre établissement.""", client="gmail", enc="qp", irt=True)

M("subscription_activation", True, "0842157N", "P", "esidoc", False, "fr",
  "Short question: annual renewal done, when will it be active?",
  "Cdi Lycée Jean-Henri Fabre <cdi.fabre@ac-aix-marseille.fr>",
  "Activation abonnement 2025-2026",
  """Bonjour, nous avons renouvelé ce matin l'abonnement annuel du portail pour 2025-2026 (UAI 0842157N). Dans combien de temps sera-t-il actif ? Bonne journée""", client="outlook", enc="qp")

M("subscription_activation", False, "0130768P", "P", "espace_acheteur", False, "fr",
  "Paid subscription visible as 'expired' since the 1st of June although the renewal was ordered in April: a person must check it.",
  "Stéphane Albertini <stephane.albertini@ac-aix-marseille.fr>",
  "Abonnement expiré malgré renouvellement",
  """Bonjour,

Notre abonnement apparaît comme « expiré » depuis le 1er juin alors que le renouvellement a été commandé et payé en avril (bon de commande joint dans l'espace). Les élèves n'ont plus accès.

Lycée Montgrand, Marseille – 0130768P

S. Albertini""", client="thunderbird", enc="8bit")

# ---------------------------------------------------------------- head_of_establishment_request
M("head_of_establishment_request", False, "0130541T", "P", "esidoc", False, "fr",
  "The principal writes from the ce.<UAI> address to change the portal administrator before the librarian leaves in July.",
  "Principal collège Clair Soleil <ce.0130541T@ac-aix-marseille.fr>",
  "Changement d'administrateur du portail documentaire",
  """Madame, Monsieur,

Mme Karine Giraud, professeure documentaliste et administratrice du portail e-sidoc de l'établissement, quitte le collège le 4 juillet. Je vous demande de transférer les droits d'administration à M. Julien Pastor, son successeur, à compter du 1er septembre, et d'ici là à moi-même.

Je vous prie d'agréer l'expression de mes salutations distinguées.

Jean-Luc Arnaud
Principal du collège Clair Soleil, Marseille""", client="outlook", enc="qp")

M("head_of_establishment_request", False, "0342396V", "O", "espace_acheteur", False, "fr",
  "The proviseure authorises in writing an order above the gestionnaire's threshold before the budget closes.",
  "Proviseure lycée Jules Guesde <ce.0342396V@ac-montpellier.fr>",
  "Autorisation de commande",
  """Bonjour,

J'autorise par la présente la validation du panier n° 2025-0613 (mobilier CDI, 8 420 € TTC) préparé par notre gestionnaire sur l'Espace Acheteur. Cette commande doit être engagée avant la clôture de l'exercice.

Cordialement,

Martine Roques
Proviseure, lycée Jules Guesde – Montpellier""", client="outlook", enc="qp")

M("head_of_establishment_request", False, "0831123V", "P", "esidoc", True, "fr",
  "The head asks for a password reset and a new contact address: a head-of-establishment request, not password_reset.",
  "Principale collège Django Reinhardt <ce.0831123V@ac-nice.fr>",
  "Réinitialisation du mot de passe administrateur et adresse de contact",
  """Madame, Monsieur,

En tant que cheffe d'établissement, je vous demande de réinitialiser le mot de passe administrateur de notre portail documentaire et de remplacer l'adresse de contact (celle de l'ancienne documentaliste, partie) par l'adresse officielle du collège.

Collège Django Reinhardt, Toulon.

Sylvie Marchetti
Principale""", client="thunderbird", enc="8bit")

M("head_of_establishment_request", False, "0090860L", "O", "esidoc", False, "fr",
  "The directrice of a primary school asks in writing for the administrator to be changed for next year.",
  "Directrice école Jean Jaurès <ce.0090860L@ac-toulouse.fr>",
  "Changement de référente BCD",
  """Bonjour,

Je suis directrice de l'école élémentaire Jean Jaurès de Pamiers. L'enseignante qui gérait le portail de la BCD part en juillet. Je souhaite que le compte administrateur soit mis à mon nom jusqu'à la nomination d'une nouvelle référente.

Merci,
Mme Rouzaud, directrice""", client="zimbra", enc="8bit")

M("head_of_establishment_request", False, "0061369F", "P", "esidoc", True, "fr",
  "The librarian relays the head's signed letter (PDF attached) with the head in copy: a head-of-establishment request, staff must check the letter.",
  "Sonia Vial <sonia.vial@ac-nice.fr>",
  "Courrier du principal – changement d'adresse administrateur",
  """Bonjour,

Veuillez trouver ci-joint le courrier signé de M. le principal demandant le changement de l'adresse administrateur de notre portail (collège Paul Arène, 0061369F). M. le principal est en copie.

Je quitte l'établissement fin juin, d'où cette demande.

Sonia Vial""", client="outlook", enc="qp", att="courrier_principal.pdf", cc="ce.0061369F@ac-nice.fr")

M("head_of_establishment_request", False, "0312420M", "O", "espace_acheteur", False, "en",
  "English: the head teacher asks in writing to move the buyer-space administrator role to the new bursar.",
  "Head teacher <ce.0312420M@ac-toulouse.fr>",
  "Change of administrator - buyer space",
  """Dear support team,

As head of this school (International School, Colomiers), I ask you to transfer the administrator role of our buyer space account from Mr Daniel Roche, who retires on 4 July, to our new bursar Ms Laura Petit (laura.petit@ac-toulouse.fr).

Yours faithfully,
Catherine Moreau
Head teacher""", client="outlook", enc="qp")

M("head_of_establishment_request", False, "0300652W", "O", "esidoc", True, "fr",
  "Claims to be the principal but writes from a free-mail address and asks to send the admin password there; the UAI is the real school's, a person must check (probable spoof).",
  "M. le principal <principal.feucheres@gmail.com>",
  "URGENT mot de passe administrateur",
  """Bonjour,

Je suis le principal du collège Feuchères (0300652W). Merci de m'envoyer au plus vite le mot de passe administrateur de tous nos comptes sur cette adresse, je ne peux pas accéder à ma boîte académique en ce moment.

Cordialement""", client="gmail", enc="8bit", auth="fail")

M("head_of_establishment_request", False, "0840308D", "P", "espace_acheteur", False, "fr",
  "The proviseur asks to add the incoming gestionnaire as second administrator: a request for staff approval.",
  "Proviseur lycée Philippe de Girard <ce.0840308D@ac-aix-marseille.fr>",
  "Ajout d'un administrateur",
  """Bonjour,

Dans le cadre du départ de notre gestionnaire au 15 juillet, je vous demande d'ajouter Mme Aïcha Benali comme seconde administratrice de notre compte Espace Acheteur dès maintenant, afin d'assurer la passation.

Bien à vous,

Didier Castel
Proviseur – lycée Philippe de Girard, Avignon""", client="apple", enc="qp")

M("head_of_establishment_request", False, "0111773T", "O", "esidoc", True, "fr",
  "The UAI is typed 0111773B in the body (wrong check letter) but the sender address ce.0111773T carries the valid code, which is the label.",
  "Principal collège Antoine Courrière <ce.0111773T@ac-montpellier.fr>",
  "Demande de réinitialisation administrateur",
  """Madame, Monsieur,

Je sollicite la réinitialisation du mot de passe administrateur du portail documentaire de l'établissement (RNE 0111773B). La documentaliste est en congé maternité et la remplaçante doit finaliser l'inventaire avant le 4 juillet.

Le principal
F. Bertrand""", client="outlook", enc="qp")

M("head_of_establishment_request", False, "0320583K", "O", "esidoc", False, "fr",
  "The head signs off an authorisation, HTML-only, to give admin rights to the AED during the summer.",
  "Principal collège Mathalin <ce.0320583K@ac-toulouse.fr>",
  "Autorisation accès administrateur été",
  """Bonjour,

J'autorise M. Kevin Dulau, assistant d'éducation, à disposer des droits d'administrateur du portail documentaire du 1er au 11 juillet pour terminer l'inventaire et la fermeture des comptes lecteurs.

Le principal,
Bernard Sarrat
Collège Mathalin, Auch""", client="zimbra", enc="qp", html="only")

M("head_of_establishment_request", False, "0050942X", "P", "espace_acheteur", False, "fr",
  "Base64 Outlook mail: the principal asks to change the contact address of the buyer account to the school's official address.",
  "Principale collège de Chorges <ce.0050942X@ac-aix-marseille.fr>",
  "Modification de l'adresse de contact",
  """Madame, Monsieur,

Je vous prie de bien vouloir remplacer l'adresse de contact de notre compte Espace Acheteur (actuellement celle de notre gestionnaire qui part en retraite) par l'adresse officielle de l'établissement, ce.0050942X@ac-aix-marseille.fr.

Avec mes remerciements,
La principale, Mme Bonnet""", client="outlook", enc="b64")

M("head_of_establishment_request", False, "0661182B", "O", "esidoc", True, "fr",
  "Two topics: the principal asks to change the administrator (main) and mentions the summer closing dates of the CDI, which need no answer.",
  "Principal collège Jean Moulin <ce.0661182B@ac-montpellier.fr>",
  "Administrateur portail + fermeture estivale",
  """Bonjour,

Je vous demande de désigner M. Jordi Puig comme administrateur du portail e-sidoc de l'établissement en remplacement de Mme Garcia, mutée.

Pour information le CDI sera fermé du 5 juillet au 28 août, les réservations en ligne seront désactivées de notre côté.

Le principal
Collège Jean Moulin, Perpignan""", client="thunderbird", enc="8bit")

M("head_of_establishment_request", False, "0341517P", "O", "espace_acheteur", True, "fr",
  "The director of the SEGPA (not the principal) writes on the head's behalf with the head's written agreement quoted; staff must check who authorises.",
  "Directeur adjoint SEGPA <segpa.0341517P@ac-montpellier.fr>",
  "TR: Accord du principal - validation commande",
  """Bonjour,

Vous trouverez ci-dessous l'accord de M. le principal pour la validation de notre commande de matériel d'atelier sur l'Espace Acheteur avant la clôture budgétaire.

Cordialement,
Yves Teissier
Directeur adjoint SEGPA

-------- Message transféré --------
Sujet : Re: commande atelier
Date : Mon, 16 Jun 2025 17:02:11 +0200
De : Principal <ce.0341517P@ac-montpellier.fr>

Je donne mon accord pour la validation du panier atelier (3 150 € TTC). Merci de faire le nécessaire auprès de la plateforme.
Le principal, P. Granier""", client="thunderbird", enc="8bit")

# ---------------------------------------------------------------- order_billing
M("order_billing", False, "0832283F", "P", "espace_acheteur", False, "fr",
  "Needs a quote for the annual renewal to issue the bon d'engagement before the budget closes.",
  "Lucie Martinez <lucie.martinez@ac-nice.fr>",
  "Demande de devis renouvellement",
  """Bonjour,

Pourriez-vous m'envoyer un devis pour le renouvellement annuel de nos abonnements (portail CDI + ressources presse) ? Il me le faut pour établir le bon d'engagement avant le 27 juin, date de clôture chez nous.

Collège Henri Wallon, La Garde – UAI 0832283F

Merci,
Lucie Martinez
Gestionnaire""", client="outlook", enc="qp")

M("order_billing", False, "0311430L", "O", "espace_acheteur", False, "fr",
  "Invoice not visible in Chorus Pro before the end of the financial year.",
  "Jean-Pierre Lagarde <jp.lagarde@ac-toulouse.fr>",
  "Facture absente de Chorus",
  """Bonjour,

La facture de notre commande du 12 mai n'apparaît pas sur Chorus Pro. Nous devons la mandater avant la clôture de l'exercice, pouvez-vous la déposer ou me l'envoyer ?

Lycée Ozenne, Toulouse – 0311430L
Service intendance

J-P Lagarde""", client="outlook", enc="qp", html="alt")

M("order_billing", False, "0050813G", "P", "espace_acheteur", False, "fr",
  "Basket cannot be validated: the button is greyed out; last order before the budget closes.",
  "Aline Faure <aline.faure@ac-aix-marseille.fr>",
  "Panier impossible à valider",
  """Bonjour,

Le bouton « valider la commande » reste grisé sur mon panier depuis hier. C'est notre dernière commande de l'année (fournitures CDI) et le budget ferme vendredi.

Lycée Dominique Villars, Gap – UAI 0050813G

A. Faure""", client="gmail", enc="8bit")

M("order_billing", False, "0342965N", "O", "espace_acheteur", False, "fr",
  "Asks whether the last order can be paid by administrative mandate instead of card; payment means.",
  "Sébastien Roux <sebastien.roux@ac-montpellier.fr>",
  "moyen de paiement",
  """Bonjour

on voudrait payer notre derniere commande par mandat administratif et pas par carte, c'est possible ? sinon on ne pourra pas l'engager avant la cloture (30/06)

lycee Mermoz... non pardon, collège Las Cazes Montpellier 0342965N

Seb Roux, secr. intendance""", client="zimbra", enc="8bit")

M("order_billing", False, "0122804H", "O", "espace_acheteur", True, "fr",
  "Two topics: a wrong amount on an invoice (main) and a convention missing from the documents (contract_documents).",
  "Monique Barrau <monique.barrau@ac-toulouse.fr>",
  "Erreur sur facture + convention",
  """Bonjour,

La facture FA-25-04417 indique 1 236 € alors que le devis signé était de 1 136 €. Pouvez-vous la corriger rapidement, nous clôturons le 27 ?

Par ailleurs je ne retrouve pas la convention 2025 dans nos documents.

Collège Jean Moulin, Decazeville – 0122804H
M. Barrau, gestionnaire""", client="outlook", enc="qp")

M("order_billing", False, "0131561B", "P", "espace_acheteur", False, "en",
  "English: asks for a pro-forma invoice to commit the order before the end of the budget year.",
  "Grace Kim <grace.kim@ac-aix-marseille.fr>",
  "Pro-forma invoice needed before 30 June",
  """Hello,

Could you send us a pro-forma invoice for the basket currently in our buyer space (school code 0131561B)? Our finance office needs it to commit the expense before the budget closes on 30 June.

Best,
Grace Kim
Bursar's office""", client="outlook", enc="qp")

M("order_billing", False, "0660394V", "O", "espace_acheteur", False, "fr",
  "Apple Mail, bon de commande attached, asks for the order to be recorded before the closing date.",
  "Françoise Py <francoise.py@ac-montpellier.fr>",
  "Bon de commande signé – abonnements 2025-2026",
  """Bonjour,

Vous trouverez ci-joint notre bon de commande signé pour le renouvellement des abonnements 2025-2026. Pouvez-vous me confirmer sa prise en compte avant le 30 juin ? Notre agent comptable clôture les engagements à cette date.

Lycée Jean Lurçat, Perpignan – 0660394V

Françoise Py
Adjointe gestionnaire""", client="apple", enc="b64", att="BC_2025-118.pdf")

M("order_billing", False, "0040135A", "P", "espace_acheteur", True, "fr",
  "Quoted history is a password-reset exchange; the new message asks to cancel an order validated by mistake.",
  "Marc Ollivier <marc.ollivier@ac-aix-marseille.fr>",
  "Re: [Assistance] Réinitialisation de votre mot de passe",
  """Bonjour,

Merci, j'ai pu me reconnecter. Mais dans la précipitation j'ai validé deux fois le même panier (commande 2025-0588 et 2025-0589). Pouvez-vous annuler la seconde avant facturation ?

Marc Ollivier
Collège Camille Reymond, Château-Arnoux – 0040135A

-----Message d'origine-----
De : Assistance <noreply@assistance.example.fr>
Envoyé : mardi 17 juin 2025 08:12
Objet : [Assistance] Réinitialisation de votre mot de passe
Un lien de réinitialisation a été envoyé à l'adresse enregistrée.""", client="outlook", enc="qp", irt=True)

M("order_billing", False, "0301192H", "O", "espace_acheteur", False, "fr",
  "Invoice addressed to the wrong establishment name; needs a corrected invoice for the accounts closing.",
  "Brigitte Reboul <brigitte.reboul@ac-montpellier.fr>",
  "Facture au mauvais nom",
  """Bonjour,

La facture reçue pour notre commande de manuels porte le nom de l'ancien collège (avant la fusion). L'agence comptable la refuse. Pouvez-vous nous en établir une nouvelle au nom du collège Condorcet, Nîmes, UAI 0301192H, SIRET sur le bon de commande ?

Merci
B. Reboul""", client="thunderbird", enc="8bit")

M("order_billing", False, "0061834L", "P", "espace_acheteur", False, "fr",
  "Asks for an order status: the goods must be delivered before the school closes on 4 July.",
  "Philippe Gastaud <philippe.gastaud@ac-nice.fr>",
  "Suivi de commande – livraison avant fermeture",
  """Bonjour,

Notre commande 2025-0471 (rayonnages CDI) est « en cours de traitement » depuis 3 semaines. L'établissement ferme le 4 juillet au soir, si la livraison arrive après, personne ne pourra la réceptionner. Avez-vous une date ?

Lycée Estienne d'Orves, Nice – 0061834L

P. Gastaud, agent chef""", client="outlook", enc="qp")

M("order_billing", False, None, "O", "espace_acheteur", False, "fr",
  "Asks whether an order placed on 1 July can still be charged to this year's budget; no UAI, ac-toulouse.fr sender.",
  "Amandine Fontan <amandine.fontan@ac-toulouse.fr>",
  "commande début juillet",
  """Bonjour,

Question simple : si je valide une commande le 1er ou 2 juillet, la facture sera datée de juillet ? Notre budget 2025 est encore ouvert mais je voudrais savoir si la date de commande compte pour l'engagement.

Merci,
Amandine Fontan""", client="gmail", enc="8bit")

M("order_billing", False, "0122804H", "O", "espace_acheteur", False, "en",
  "English: Chorus Pro rejected the invoice because the engagement number is missing.",
  "Kevin Walsh <kevin.walsh@ac-toulouse.fr>",
  "Invoice rejected in Chorus Pro",
  """Hello,

Our invoice for order 2025-0502 was rejected in Chorus Pro because the engagement number was missing. Could you re-submit it with our engagement number EJ-2025-0147? We need it paid before the accounts close.

School: 0122804H (Decazeville)

Thank you,
Kevin Walsh""", client="outlook", enc="qp")

M("order_billing", False, "0462354J", "O", "espace_acheteur", True, "fr",
  "Negation: 'ce n'est pas un problème de mot de passe', the validation of the basket fails with an error on the budget line.",
  "Danièle Couderc <daniele.couderc@ac-toulouse.fr>",
  "Erreur à la validation du panier",
  """Bonjour,

Ce n'est pas un problème de mot de passe, je suis bien connectée. Quand je valide le panier j'ai le message « ligne budgétaire non renseignée » alors que je l'ai remplie. Je dois passer cette commande avant vendredi.

Collège Léo Ferré, Gourdon – 0462354J

D. Couderc""", client="thunderbird", enc="8bit")

M("order_billing", False, "0832470J", "P", "espace_acheteur", False, "fr",
  "Multipart Outlook mail asking for an updated quote after a price change before the last order.",
  "Rémi Bianchi <remi.bianchi@ac-nice.fr>",
  "Devis à actualiser",
  """Bonjour,

Le devis DV-2025-2231 a expiré le 15 juin. Pouvez-vous nous l'actualiser ? Nous voulons passer commande cette semaine, avant la fin de l'exercice.

Collège Font de Fillol, Six-Fours – 0832470J

Cordialement
Rémi Bianchi""", client="outlook", enc="qp", html="alt")

M("order_billing", False, "0111760D", "O", "espace_acheteur", False, "fr",
  "Received two invoices for the same order and asks which one to pay; billing question.",
  "Gisèle Sarda <gisele.sarda@ac-montpellier.fr>",
  "Doublon de facture",
  """Bonjour,

Nous avons reçu deux factures (FA-25-03980 et FA-25-03981) pour la même commande de mai. Laquelle faut-il payer ? Je ne voudrais pas payer deux fois au moment de la clôture.

Lycée Paul Sabatier, Carcassonne – 0111760D
G. Sarda""", client="zimbra", enc="qp")

M("order_billing", False, "0040326H", "P", "espace_acheteur", True, "fr",
  "UAI only in the signature, written in lower case with a space ('0040 326h'); asks for the invoice of the last order.",
  "Évelyne Turcan <evelyne.turcan@ac-aix-marseille.fr>",
  "Facture commande 2025-0610",
  """Bonjour,

Pourriez-vous m'envoyer la facture de la commande 2025-0610 ? Elle n'est pas encore dans l'espace et je dois la mandater avant le 30.

Merci

Évelyne Turcan
Intendance – Lycée Pierre-Gilles de Gennes, Digne
RNE : 0040 326h""", client="apple", enc="qp")

# ---------------------------------------------------------------- contract_documents
M("contract_documents", False, "0812663E", "O", "espace_acheteur", False, "fr",
  "Cannot see the market documents needed to prepare next year's orders.",
  "Laurence Cabrol <laurence.cabrol@ac-toulouse.fr>",
  "Documents du marché introuvables",
  """Bonjour,

Je n'arrive pas à voir les pièces du marché (CCAP, bordereau de prix) dans l'onglet « Mes marchés ». J'en ai besoin pour préparer le budget de l'an prochain avec mon successeur avant mon départ le 11 juillet.

Lycée Lapérouse, Albi – 0812663E

L. Cabrol""", client="outlook", enc="qp")

M("contract_documents", False, "0130743M", "P", "espace_acheteur", False, "fr",
  "The 2025-2026 amendment to the convention is not visible in the documents space.",
  "Nordine Saadi <nordine.saadi@ac-aix-marseille.fr>",
  "Avenant convention non visible",
  """Bonjour,

On nous a annoncé un avenant à la convention pour 2025-2026 mais il n'apparaît pas dans nos documents contractuels. Pouvez-vous le mettre à disposition ? Le conseil d'administration de fin juin doit le voter.

Collège Rostand, Marseille – 0130743M

N. Saadi""", client="gmail", enc="qp")

M("contract_documents", False, "0842932F", "P", "esignature", False, "fr",
  "Cannot open the convention sent for electronic signature; access to the document, not its content.",
  "Jocelyne Brun <jocelyne.brun@ac-aix-marseille.fr>",
  "Convention à signer – document illisible",
  """Bonjour,

J'ai reçu le lien pour signer électroniquement la convention 2025-2026, mais le document ne s'affiche pas : page blanche, puis « accès refusé ». La principale doit signer avant le CA du 26 juin.

Collège Viala, Avignon – 0842932F

J. Brun, secrétariat""", client="outlook", enc="qp")

M("contract_documents", False, None, "O", "espace_acheteur", False, "en",
  "English: the framework agreement documents are not visible in the new buyer space.",
  "Anna Kowalski <anna.kowalski@ac-montpellier.fr>",
  "Cannot see contract documents",
  """Hello,

On the old platform we could download the framework agreement and its annexes. In the new buyer space the 'Contracts' section is empty. We need those documents for the end-of-year audit.

Regards,
Anna Kowalski""", client="outlook", enc="8bit")

M("contract_documents", False, "0320736B", "O", "espace_acheteur", True, "fr",
  "Two topics: the convention is not visible (main) and a passing question on who will administer the account after the handover.",
  "Pascal Dufour <pascal.dufour@ac-toulouse.fr>",
  "convention + passation",
  """Bonjour,

1. La convention signée en mars n'est pas visible dans « Documents », j'ai besoin de la joindre au dossier de passation.
2. Je pars fin juin, qui sera administrateur du compte après moi ? (je suppose que c'est au chef d'établissement de vous le dire)

Collège Salvandy, Condom – 0320736B
P. Dufour""", client="thunderbird", enc="8bit")

M("contract_documents", False, "0830918X", "P", "espace_acheteur", False, "fr",
  "HTML-only mail: the market's price schedule for next year cannot be downloaded.",
  "Corinne Vidal <corinne.vidal@ac-nice.fr>",
  "BPU 2025-2026",
  """Bonjour,

Le lien vers le bordereau des prix unitaires 2025-2026 renvoie une erreur 403. Nous en avons besoin pour les commandes de rentrée que nous préparons maintenant.

Lycée Dumont d'Urville, Toulon – UAI 0830918X

Corinne Vidal""", client="zimbra", enc="qp", html="only")

M("contract_documents", False, "0090136Z", "O", "espace_acheteur", False, "fr",
  "Sees only last year's convention, not the renewed one signed in May.",
  "René Soula <rene.soula@ac-toulouse.fr>",
  "Convention 2025 absente",
  """Bonjour,
dans nos documents je ne vois que la convention 2024. celle renouvelée en mai 2025 n'y est pas. pouvez-vous vérifier ?
Lycée Gabriel Fauré, Foix 0090136Z
René Soula""", client="zimbra", enc="8bit")

M("contract_documents", False, "0341177V", "O", "espace_acheteur", True, "fr",
  "Outlook reply whose quoted history is about an order; the new question is access to the contract amendments.",
  "Véronique Garcia <veronique.garcia@ac-montpellier.fr>",
  "RE: Commande 2025-0422",
  """Bonjour,

Merci pour la livraison. Autre sujet : je ne peux pas consulter les avenants du marché, le lien « Avenants » est grisé sur mon compte. Le proviseur veut les relire avant le CA de juin.

Véronique Garcia
Lycée Jean Monnet, Montpellier – 0341177V

-----Message d'origine-----
De : Service commandes
Envoyé : vendredi 6 juin 2025 11:30
Objet : Commande 2025-0422
Votre commande 2025-0422 a été expédiée. Livraison prévue sous 5 jours ouvrés.""", client="outlook", enc="qp", irt=True)

M("contract_documents", False, "0060802P", "P", "esignature", False, "fr",
  "The signed convention disappeared from the e-signature space and must be archived before the secretary leaves.",
  "Nathalie Giordano <nathalie.giordano@ac-nice.fr>",
  "Convention signée introuvable",
  """Bonjour,

La convention que nous avons signée électroniquement en avril n'est plus dans l'espace de signature. Je dois l'archiver avant mon départ en juillet. Pouvez-vous me la rendre accessible ?

Collège Alphonse Daudet, Nice – 0060802P

N. Giordano""", client="apple", enc="qp")

# ---------------------------------------------------------------- transfer_incident
M("transfer_incident", False, "0342387K", "O", "esidoc", False, "fr",
  "The transfer of the library database to the portal fails since the inventory update.",
  "Anne-Marie Cros <anne-marie.cros@ac-montpellier.fr>",
  "Échec du transfert des données vers le portail",
  """Bonjour,

Depuis que j'ai terminé la saisie de l'inventaire dans BCDI, le transfert vers e-sidoc échoue chaque nuit (« échec de la synchronisation »). Les notices modifiées n'apparaissent pas sur le portail.

Collège Clémence Royer, Montpellier – 0342387K

A-M Cros""", client="thunderbird", enc="8bit")

M("transfer_incident", False, "0312289V", "O", "ecoledirecte", False, "fr",
  "Grades transfer to EcoleDirecte failing two days before the conseils de classe.",
  "Frédéric Mauri <frederic.mauri@ac-toulouse.fr>",
  "Synchronisation des notes bloquée",
  """Bonjour,

La synchronisation des notes et appréciations vers EcoleDirecte ne se fait plus depuis samedi. Les conseils de classe commencent jeudi et les bulletins sont incomplets.

Lycée Déodat de Séverac, Toulouse – 0312289V

F. Mauri, proviseur adjoint""", client="outlook", enc="qp")

M("transfer_incident", False, "0130398M", "P", "esidoc", False, "fr",
  "Licence to regenerate: the library software says the licence expired on 1 June.",
  "Isabelle Martin <isabelle.martin@ac-aix-marseille.fr>",
  "Licence expirée",
  """Bonjour,

Depuis le 1er juin le logiciel documentaire affiche « licence expirée, veuillez la régénérer » et je ne peux plus faire les retours de prêts. C'est la période où tout le monde rend ses livres !

Lycée Thiers, Marseille – 0130398M

Isabelle Martin""", client="outlook", enc="qp", html="alt")

M("transfer_incident", False, None, None, "esidoc", True, "fr",
  "Asks for 'le mot de passe de maintenance du jour' to rebuild the index: transfer_incident, not password_reset.",
  "Alain Rieu <alain.rieu@free.fr>",
  "mot de passe maintenance",
  """Bonjour,

Il me faut le mot de passe de maintenance du jour pour lancer la réindexation de la base après l'inventaire (message « opération réservée à la maintenance »).

Merci
Alain Rieu, documentaliste""", client="thunderbird", enc="8bit")

M("transfer_incident", False, "0650076E", "O", "ecoledirecte", False, "en",
  "English: the timetable and class data import into EcoleDirecte failed before the end-of-year councils.",
  "Chloe Martin <chloe.martin@ac-toulouse.fr>",
  "Data import failed",
  """Hello,

The import of class lists and timetables from the national database into EcoleDirecte failed last night with 'transfer error 502'. We need it for the end-of-year class councils next week.

School: 0650076E (Lourdes)

Thanks,
Chloe Martin""", client="gmail", enc="qp")

M("transfer_incident", False, "0821836A", "O", "esidoc", True, "fr",
  "Negation: 'ce n'est pas mon mot de passe personnel', it is the daily maintenance password that is refused: transfer_incident.",
  "Bruno Lescure <bruno.lescure@ac-toulouse.fr>",
  "Mot de passe du jour refusé",
  """Bonjour,

Ce n'est pas mon mot de passe personnel, celui-là marche : c'est le mot de passe de maintenance du jour que vous m'avez donné au téléphone qui est refusé par BCDI. Je voulais purger les lecteurs partis (3e et terminales).

Collège Olympe de Gouges, Montauban – 0821836A

B. Lescure""", client="zimbra", enc="8bit")

M("transfer_incident", False, "0461222D", "O", "esidoc", False, "fr",
  "Export of the year's loans to the portal stuck at 45 %; data transfer problem.",
  "Sabine Delmas <sabine.delmas@ac-toulouse.fr>",
  "Transfert bloqué à 45 %",
  """Bonjour,

Le transfert des données (prêts, lecteurs) vers le portail reste bloqué à 45 % depuis ce matin. Je voulais tout mettre à jour avant la fermeture du CDI.

Collège de Figeac – 0461222D

Sabine Delmas""", client="outlook", enc="qp")

M("transfer_incident", False, "0040277E", "P", "ecoledirecte", False, "fr",
  "Licence of the school-management software must be regenerated after the change of server.",
  "Guillaume Roche <guillaume.roche@ac-aix-marseille.fr>",
  "Régénération licence EcoleDirecte",
  """Bonjour,

Suite au changement du serveur du collège, EcoleDirecte nous demande de régénérer la licence. Nous avons besoin d'un nouveau code avant les conseils de classe du 16 juin.

Collège Jean Giono, Oraison – 0040277E

G. Roche, technicien informatique""", client="thunderbird", enc="8bit")

M("transfer_incident", False, "0831592E", "P", "esidoc", True, "fr",
  "Quoted history is about MailInBlack; the new message reports that the nightly synchronisation fails.",
  "Jean-Marc Rinaldi <jm.rinaldi@ac-nice.fr>",
  "Re: mail mot de passe en quarantaine",
  """Bonjour,

Le souci MailInBlack est réglé, merci. Par contre maintenant la synchronisation de nuit entre BCDI et le portail échoue (erreur « fichier de transfert incomplet »), depuis 3 jours.

JM Rinaldi – Collège Gérard Philipe, La Seyne (0831592E)

Le 11/06/2025 à 10:02, Assistance a écrit :
> Bonjour,
> Voici la procédure pour autoriser notre adresse dans MailInBlack...""", client="thunderbird", enc="8bit", irt=True)

M("transfer_incident", False, "0302222C", "O", "ecoledirecte", False, "fr",
  "Appraisals entered for the conseils de classe were not transferred; sync issue.",
  "Carole Issartel <carole.issartel@ac-montpellier.fr>",
  "Appréciations non transférées",
  """Bonjour,

Les appréciations saisies par les professeurs principaux n'ont pas été transférées dans les bulletins EcoleDirecte (le transfert indique « 0 élément »). Conseils de classe demain matin !

Lycée Jean-Baptiste Dumas, Alès – 0302222C

C. Issartel, CPE""", client="outlook", enc="qp")

# ---------------------------------------------------------------- automated
M("automated", False, None, "O", None, False, "fr",
  "Out-of-office with Auto-Submitted: the librarian is away until the end of June for the inventory.",
  "Claire Bonnaud <claire.bonnaud@ac-montpellier.fr>",
  "Réponse automatique : [Assistance] Mail d'activation non reçu",
  """Bonjour,

Je suis absente du CDI jusqu'au 30 juin (inventaire et formation). Votre message sera traité à mon retour. Pour toute urgence, merci de contacter le secrétariat du collège.

Claire Bonnaud""", client="outlook", enc="qp",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, irt=True)

M("automated", False, None, "P", None, False, "fr",
  "Summer out-of-office from the school, Zimbra auto-reply with Auto-Submitted.",
  "Gestion lycée Estienne d'Orves <gestion.estienne@ac-nice.fr>",
  "Absence",
  """Le service de gestion est fermé du 12 juillet au 22 août. Les commandes et factures reçues pendant cette période seront traitées à la réouverture. Bonnes vacances !""",
  client="zimbra", enc="8bit", hdrs={"Auto-Submitted": "auto-replied"})

M("automated", False, None, None, None, True, "en",
  "Out-of-office set by a client-side rule, no Auto-Submitted or Precedence header: only the wording shows it is automatic.",
  "Helen Carter <h.carter@lycee-international-gap.fr>",
  "Out of Office: Forgotten login for the buyer space",
  """Thank you for your email. I am out of the office until Monday 7 July with limited access to email. For anything urgent regarding orders please contact the bursar's office.

Helen Carter""", client="outlook", enc="qp", irt=True)

M("automated", False, None, "O", None, False, "fr",
  "Postfix bounce (multipart/report) for a reply sent to a librarian's address that no longer exists after her departure.",
  "Mail Delivery System <MAILER-DAEMON@smtp.ac-toulouse.fr>",
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host smtp.ac-toulouse.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<marie.lacoste@ac-toulouse.fr>: host mbox.ac-toulouse.fr said: 550 5.1.1
    <marie.lacoste@ac-toulouse.fr>: Recipient address rejected: User unknown""",
  client="bounce", rp="<>", dsn="marie.lacoste@ac-toulouse.fr")

M("automated", False, None, None, None, False, "en",
  "Exim bounce as plain text: mailbox full.",
  "Mail Delivery System <Mailer-Daemon@mx.ecole-bilingue-montpellier.fr>",
  "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  admin@ecole-bilingue-montpellier.fr
    mailbox is full: retry timeout exceeded""", client="plain", enc="7bit", rp="<>")

M("automated", False, None, None, "esidoc", True, "fr",
  "MailInBlack challenge sent to us by a school's anti-spam: a robot asking the desk to authenticate, not a person's request.",
  "Mailinblack <noreply@mailinblack.com>",
  "Validez votre message à destination de cdi.florac@ac-montpellier.fr",
  """Bonjour,

Vous avez envoyé un message à cdi.florac@ac-montpellier.fr. Ce destinataire est protégé par Mailinblack.

Pour que votre message soit délivré, merci de cliquer sur le lien ci-dessous et de sélectionner l'image demandée :
https://challenge.mailinblack.com/v/8f2c1a

Objet de votre message : [Assistance] Procédure e-sidoc MailInBlack

Cette opération ne vous sera demandée qu'une seule fois.""", client="plain", enc="qp", hdrs={"Auto-Submitted": "auto-generated"})

M("automated", False, None, None, None, False, "fr",
  "Second MailInBlack authentication request, HTML only, from the product's notification address; the recipient address names 0121220L but the robot mail is not about any establishment's request.",
  "Mailinblack <challenge@mailinblack.com>",
  "Votre message est en attente de validation",
  """<html><body><p>Bonjour,</p><p>Votre message à <b>intendance.0121220L@ac-toulouse.fr</b> est en attente. Le destinataire utilise une protection anti-spam.</p><p><a href="https://challenge.mailinblack.com/v/c71e09">Je ne suis pas un robot</a></p><p>Sans action de votre part, le message sera supprimé dans 7 jours.</p></body></html>""",
  client="plain", enc="qp", html="raw", hdrs={"Auto-Submitted": "auto-generated"})

M("automated", False, None, None, None, False, "fr",
  "Newsletter from a publisher with List-Unsubscribe and Precedence: bulk: summer offers.",
  "Éditions Lire Ensemble <newsletter@lire-ensemble.fr>",
  "Nos nouveautés de l'été pour vos CDI",
  """Chères et chers documentalistes,

L'année se termine : découvrez notre sélection de romans jeunesse pour la rentrée et profitez de -15 % sur toute commande passée avant le 14 juillet.

Se désinscrire : https://lire-ensemble.fr/desinscription""", client="plain", enc="qp", html="alt",
  hdrs={"Precedence": "bulk", "List-Unsubscribe": "<https://lire-ensemble.fr/desinscription>", "List-Id": "Nouveautés CDI <nouveautes.lire-ensemble.fr>"})

M("automated", False, None, "P", "esidoc", True, "fr",
  "A librarian's real question about the inventory, but posted to the académie documentalistes mailing list the desk is subscribed to (List-Id): not written to us.",
  "Sophie Lanfranchi <sophie.lanfranchi@ac-nice.fr>",
  "[docs-nice] récolement e-sidoc : comment exporter la liste des manquants ?",
  """Bonjour à toutes et à tous,

Pour le récolement de fin d'année, quelqu'un sait-il comment exporter depuis e-sidoc la liste des exemplaires non vus ? Je ne trouve que l'export complet.

Merci et bonne fin d'année !
Sophie, collège de Vence

_______________________________________________
docs-nice mailing list
https://listes.ac-nice.fr/sympa/info/docs-nice""", client="thunderbird", enc="8bit",
  hdrs={"List-Id": "<docs-nice.listes.ac-nice.fr>", "Precedence": "list", "List-Post": "<mailto:docs-nice@listes.ac-nice.fr>"})

M("automated", False, None, None, "esignature", False, "fr",
  "E-signature 'all parties have signed' notification, transactional mail from a no-reply sender.",
  "Signature électronique <no-reply@esignature.example.fr>",
  "Document signé : Convention 2025-2026",
  """Bonjour,

Tous les signataires ont signé le document « Convention 2025-2026 ». Vous pouvez le télécharger depuis votre espace pendant 30 jours.

Ceci est un message automatique, merci de ne pas y répondre.""", client="plain", enc="qp", html="alt")

M("automated", False, None, None, "ecoledirecte", False, "fr",
  "EcoleDirecte notification that the end-of-term report cards were published, auto-generated.",
  "EcoleDirecte <notification@ecoledirecte.example.com>",
  "Bulletins du 3e trimestre disponibles",
  """Bonjour,

Les bulletins du 3e trimestre de la classe 4e B ont été publiés suite au conseil de classe du 12/06/2025.

Ce message vous est envoyé automatiquement.""", client="plain", enc="qp",
  hdrs={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

M("automated", False, None, "O", None, False, "fr",
  "Outlook read receipt (multipart/report, disposition-notification).",
  "Monique Barrau <monique.barrau@ac-toulouse.fr>",
  "Lu : [Assistance] Votre demande concernant une facture",
  """Votre message

  À : Monique Barrau
  Objet : [Assistance] Votre demande concernant une facture
  Envoyé : mercredi 18 juin 2025 10:05:12 (UTC+01:00)

a été lu le mercredi 18 juin 2025 10:41:30 (UTC+01:00).""", client="mdn", rp="<monique.barrau@ac-toulouse.fr>")


M("automated", False, "0840308D", "P", None, True, "fr",
  "Out-of-office whose signature carries the school's UAI; it is still an automatic reply and is never answered.",
  "Didier Castel <ce.0840308D@ac-aix-marseille.fr>",
  "Réponse automatique : Re: [Assistance] Ajout d'un administrateur",
  """Bonjour,

L'établissement est fermé du 14 juillet au 20 août. Pour toute urgence, contactez le rectorat d'Aix-Marseille.

Le secrétariat de direction
Lycée Philippe de Girard – Avignon
UAI 0840308D""", client="outlook", enc="qp", hdrs={"Auto-Submitted": "auto-replied"}, irt=True)

M("automated", False, None, None, "ticket_portal", False, "fr",
  "Ticket portal notification that a ticket was closed; generated by the platform itself.",
  "Portail d'assistance <ne-pas-repondre@portail-assistance.example.fr>",
  "[Ticket #48213] Votre demande a été clôturée",
  """Bonjour,

Votre demande #48213 « Accès au portail d'assistance » a été clôturée. Si le problème persiste, vous pouvez la rouvrir dans les 15 jours depuis votre espace.

Message généré automatiquement.""", client="plain", enc="qp", hdrs={"Auto-Submitted": "auto-generated"})

M("automated", False, None, None, "espace_acheteur", True, "fr",
  "Order-shipped notification from the buyer space, no Auto-Submitted header: the no-reply sender and the wording show it is automatic.",
  "Espace Acheteur <no-reply@espace-acheteur.example.fr>",
  "Votre commande 2025-0471 a été expédiée",
  """Bonjour,

Votre commande n° 2025-0471 a été expédiée le 23/06/2025. Livraison estimée : 26/06/2025.

Suivre ma commande : https://espace-acheteur.example.fr/commandes/2025-0471

Merci de ne pas répondre à ce message.""", client="plain", enc="qp", html="alt")

M("automated", False, None, None, None, False, "en",
  "Gmail vacation responder (Auto-Submitted: auto-replied) from a teacher away for the summer.",
  "Sarah Whitfield <sarah.whitfield.teach@gmail.com>",
  "Re: [Assistance] Password reset",
  """Hi! I'm away for the summer holidays until 25 August and won't be checking email. For anything about the school library, please contact the school office.

Sarah""", client="gmail", enc="qp", hdrs={"Auto-Submitted": "auto-replied"}, irt=True)

M("automated", False, None, "P", None, False, "en",
  "Delivery delay notification (DSN, delayed, not failed) from the académie relay.",
  "Mail Delivery System <MAILER-DAEMON@relais.ac-aix-marseille.fr>",
  "Delayed Mail (still being retried)",
  """This is the mail system at host relais.ac-aix-marseille.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<cdi.fabre@ac-aix-marseille.fr>: connect to mbox.ac-aix-marseille.fr[203.0.113.40]:25:
    Connection timed out""", client="bounce", rp="<>", dsn="cdi.fabre@ac-aix-marseille.fr", dsn_action="delayed")

# ---------------------------------------------------------------- other
M("other", False, None, "O", "esidoc", True, "fr",
  "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked.",
  "Benoît Lacombe <benoit.lacombe@ac-toulouse.fr>",
  "Re: [Assistance] Réinitialisation de votre mot de passe",
  """Merci beaucoup, ça marche ! Bonnes vacances à toute l'équipe.

Benoît

Le 17 juin 2025 à 09:12, Assistance <noreply@assistance.example.fr> a écrit :

> Bonjour,
> Un lien de réinitialisation de votre mot de passe a été envoyé à l'adresse enregistrée.
> Ce lien est valable 12 heures.""", client="apple", enc="qp", irt=True)

M("other", False, None, None, None, True, "fr",
  "Phishing: 'your mailbox will be closed for the summer, confirm your password'; mentions a password but is not password_reset, and the look-alike domain is not an académie domain.",
  "Messagerie Académique <support@ac-montpellier-messagerie.com>",
  "Fermeture estivale de votre boîte – action requise",
  """Cher utilisateur,

Dans le cadre de la maintenance estivale, les boîtes non vérifiées seront fermées le 30 juin. Confirmez votre identifiant et votre mot de passe en cliquant ici :
http://ac-montpellier-messagerie.com/verification

Service informatique académique""", client="plain", enc="qp", html="alt", auth="fail")

M("other", False, None, None, None, False, "en",
  "English SEO spam.",
  "Ryan Cooper <ryan@growth-seo-agency.biz>",
  "Boost your school website traffic this summer",
  """Hi there,

I noticed your website isn't ranking on the first page of Google. Our agency can get you there in 30 days, guaranteed. Summer special: 50% off our premium package.

Reply YES to get a free audit.

Ryan""", client="gmail", enc="8bit", auth="none")

M("other", False, None, None, None, True, "fr",
  "Fake 'unpaid invoice' with an attachment from an unknown sender: phishing, not order_billing.",
  "Service Recouvrement <recouvrement@factures-relance.net>",
  "Facture impayée n°2025-7781 – dernier rappel",
  """Bonjour,

Sauf erreur de notre part, la facture ci-jointe reste impayée. Sans règlement sous 48 h, des pénalités de retard seront appliquées.

Merci d'ouvrir le document joint pour consulter le détail.

Service Recouvrement""", client="outlook", enc="b64", att="Facture_2025-7781.pdf", auth="fail")

M("other", False, None, "P", None, False, "fr",
  "A departing librarian says goodbye and thanks the desk before leaving in July; nothing is asked.",
  "Monique Aubert <monique.aubert@ac-nice.fr>",
  "Au revoir et merci",
  """Bonjour à toute l'équipe,

Je pars à la retraite le 4 juillet après 31 ans de CDI. Je voulais vous remercier pour votre aide toutes ces années, toujours rapide et aimable. Ma successeure prendra contact avec vous à la rentrée.

Bel été à vous,
Monique Aubert""", client="apple", enc="qp")

M("other", False, None, None, None, False, "fr",
  "A parent writes to the wrong address about the date of his son's conseil de classe; unrelated to the desk.",
  "Karim Benhamou <karim.benhamou@hotmail.fr>",
  "date conseil de classe 3e C",
  """Bonjour,

Pouvez vous me dire quand a lieu le conseil de classe de la 3e C ? mon fils dit qu'il a été avancé et je dois poser un jour de congé. Merci

K. Benhamou""", client="outlook", enc="8bit")

M("other", False, None, "O", "esidoc", False, "fr",
  "Asks whether a training webinar on the portal's new version will be offered in early July; not in any category.",
  "Marion Escande <marion.escande@ac-toulouse.fr>",
  "Formation nouvelle version du portail ?",
  """Bonjour,

Est-ce qu'une formation (webinaire) est prévue début juillet pour présenter la nouvelle version du portail ? Plusieurs collègues du bassin seraient intéressées, on aurait enfin un peu de temps après la fermeture des CDI.

Marion Escande""", client="gmail", enc="qp")

M("other", False, None, None, None, False, "fr",
  "French commercial prospecting for shelving, unrelated spam.",
  "Mobilier Scolaire Pro <contact@mobilier-scolaire-pro.fr>",
  "Rayonnages CDI : -20 % jusqu'au 30 juin",
  """Madame, Monsieur,

Profitez de la fin d'année scolaire pour renouveler le mobilier de votre CDI : -20 % sur tous nos rayonnages jusqu'au 30 juin, livraison pendant l'été.

Demandez votre catalogue en répondant à ce message.

L'équipe Mobilier Scolaire Pro""", client="outlook", enc="qp", html="only")

M("other", False, None, "P", "esignature", True, "fr",
  "The convention to e-sign has the wrong establishment name; only the document's sender can fix it, so it is not a contract-access problem.",
  "Hélène Pellegrin <helene.pellegrin@ac-aix-marseille.fr>",
  "Erreur dans le nom de l'établissement – convention à signer",
  """Bonjour,

Le document qu'on nous demande de signer électroniquement mentionne « Collège Marcel Pagnol » alors que nous sommes le collège Marcel Pagnol d'Aubagne et non celui de Marseille. La principale ne veut pas signer en l'état. Qui doit corriger ?

H. Pellegrin, secrétariat""", client="thunderbird", enc="8bit")

M("other", False, None, None, None, False, "en",
  "English: a parent asks whether the school library is open in July so her daughter can return books; wrong recipient.",
  "Jennifer Moss <jen.moss@yahoo.com>",
  "Library open in July?",
  """Hello,

My daughter still has three books from the school library. Is the library open in July so she can return them? We leave for England on the 10th.

Thank you,
Jennifer Moss""", client="apple", enc="qp")

M("other", False, None, "O", None, True, "fr",
  "Message forwarded by mistake: an internal note about the textbook inventory results; nothing is asked of the desk.",
  "Agnès Valette <agnes.valette@ac-montpellier.fr>",
  "TR: résultats inventaire manuels",
  """Pardon, envoyé à la mauvaise adresse !

-------- Message transféré --------
Objet : résultats inventaire manuels
Date : Tue, 24 Jun 2025 16:20:44 +0200

Salut, voilà le bilan : 1 214 manuels rendus, 63 manquants (surtout en 3e), 18 abîmés. On en parle au conseil pédagogique jeudi.
Agnès""", client="thunderbird", enc="8bit")

M("other", False, None, None, None, False, "fr",
  "A student asks for an internship at the company for the summer; unrelated.",
  "Lucas Ferrand <lucas.ferrand2007@gmail.com>",
  "Demande de stage",
  """Bonjour,

Je suis en 1re STMG au lycée et je cherche un stage de deux semaines en juillet. Est-ce que votre service d'assistance prend des stagiaires ? Je joins mon CV.

Cordialement,
Lucas Ferrand""", client="gmail", enc="qp", att="CV_Lucas_Ferrand.pdf")


# ====================================================================== wrapping
def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def to_html(text):
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        lines = [html.escape(x) for x in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + "\n".join(out) + "\n</body></html>\n")


CLIENT_HEADERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", "fr-FR")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")],
    "apple": [("X-Mailer", "Apple Mail (2.3776.700.51)")],
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF126 (Linux)/9.0.0_GA_4583)"),
               ("Thread-Topic", None)],
    "gmail": [],
    "plain": [],
    "bounce": [],
    "mdn": [],
}

DATES = []
_start = datetime(2025, 6, 2, 7, 0, tzinfo=timezone(timedelta(hours=2)))


def pick_date():
    while True:
        d = _start + timedelta(days=rng.randint(0, 28), minutes=rng.randint(0, 12 * 60))
        if d.weekday() < 5 or rng.random() < 0.15:
            return d


def build(m, n):
    kw = m["kw"]
    client = kw.get("client", "outlook")
    name, addr = parseaddr(m["frm"])
    domain = addr.split("@")[1].lower()
    date = pick_date()
    msg = EmailMessage()
    rp = kw.get("rp", "<%s>" % addr)
    msg["Return-Path"] = rp
    msg["Delivered-To"] = "support@assistance.example.fr"
    ip = "203.0.113.%d" % rng.randint(2, 250)
    relay = "smtp%d.%s" % (rng.randint(1, 6), domain.split(".", 1)[-1] if domain.count(".") > 1 else domain)
    msg["Received"] = ("from %s (%s [%s]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s "
                       "for <support@assistance.example.fr>; %s" % (relay, relay, ip, hexid(12).upper(),
                                                                      format_datetime(date + timedelta(seconds=9))))
    auth = kw.get("auth", "pass")
    if auth == "pass":
        ar = "dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass header.from=%s" % (domain, domain, domain)
    elif auth == "fail":
        ar = "dkim=fail header.d=%s; spf=softfail smtp.mailfrom=%s; dmarc=fail header.from=%s" % (domain, domain, domain)
    else:
        ar = "dkim=none; spf=none smtp.mailfrom=%s; dmarc=none header.from=%s" % (domain, domain)
    msg["Authentication-Results"] = "mx1.assistance.example.fr; " + ar
    if client == "gmail":
        mid = "<CA+%s@mail.gmail.com>" % hexid(28)
    elif client == "apple":
        mid = "<%s-%s-%s@%s>" % (hexid(8).upper(), hexid(4).upper(), hexid(12).upper(), domain)
    elif client in ("bounce", "mdn"):
        mid = "<%s.%s@%s>" % (date.strftime("%Y%m%d%H%M%S"), hexid(10), domain)
    else:
        mid = "<%s-%s@%s>" % (hexid(8), hexid(12), domain)
    msg["Message-ID"] = mid
    msg["Date"] = format_datetime(date)
    msg["From"] = m["frm"]
    msg["To"] = kw.get("to", "Assistance <support@assistance.example.fr>")
    if kw.get("cc"):
        msg["Cc"] = kw["cc"]
    msg["Subject"] = m["subj"]
    if kw.get("irt"):
        ref = "<%s@assistance.example.fr>" % hexid(16)
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in CLIENT_HEADERS.get(client, []):
        msg[k] = v if v is not None else (hexid(22) + "==" if k == "Thread-Index" else m["subj"])
    for k, v in kw.get("hdrs", {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    body = m["body"]
    enc = kw.get("enc", "qp")
    cte = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}.get(enc)
    if client == "bounce":
        rcpt = kw["dsn"]
        action = kw.get("dsn_action", "failed")
        status = "4.4.1" if action == "delayed" else "5.1.1"
        b = "=_bounce_%s" % hexid(10)
        msg["Auto-Submitted"] = "auto-replied"
        msg["Content-Type"] = 'multipart/report; report-type=delivery-status; boundary="%s"' % b
        raw = ("This is a MIME-encapsulated message.\n\n--%s\nContent-Description: Notification\n"
               "Content-Type: text/plain; charset=us-ascii\n\n%s\n\n--%s\nContent-Description: Delivery report\n"
               "Content-Type: message/delivery-status\n\nReporting-MTA: dns; %s\nArrival-Date: %s\n\n"
               "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n\n"
               "--%s\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
               "From: Assistance <support@assistance.example.fr>\nTo: %s\nSubject: [Assistance] Suivi de votre demande\n"
               "Date: %s\n\n--%s--\n" % (b, body.rstrip("\n"), b, domain, format_datetime(date - timedelta(hours=5)),
                                         rcpt, rcpt, action, status, b, rcpt,
                                         format_datetime(date - timedelta(hours=5)), b))
        msg.set_payload(raw)
        return msg
    if client == "mdn":
        b = "----=_NextPart_%s" % hexid(12)
        msg["Content-Type"] = 'multipart/report; report-type=disposition-notification; boundary="%s"' % b
        text_qp = EmailMessage()
        text_qp.set_content(body, cte="quoted-printable")
        raw = ("--%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
               "--%s\nContent-Type: message/disposition-notification\n\nReporting-UA: Microsoft Outlook 16.0\n"
               "Final-Recipient: rfc822;%s\nDisposition: manual-action/MDN-sent-manually; displayed\n\n--%s--\n"
               % (b, text_qp.get_payload().rstrip("\n"), b, addr, b))
        msg.set_payload(raw)
        return msg
    mode = kw.get("html")
    if mode == "raw":
        msg.set_content(body, subtype="html", cte=cte)
    elif mode == "only":
        msg.set_content(to_html(body), subtype="html", cte=cte)
    else:
        if client == "thunderbird" and cte == "8bit":
            msg.set_content(body, cte=cte, params={"format": "flowed"})
        else:
            msg.set_content(body, cte=cte)
        if mode == "alt":
            msg.add_alternative(to_html(body), subtype="html", cte=cte)
    if kw.get("att"):
        fn = kw["att"]
        pdf = ("%%PDF-1.4\n%% holdout81 placeholder for " + fn +
               "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").encode()
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=fn)
    for part in msg.walk():  # fixed boundaries keep the output byte-identical between runs
        if part.is_multipart():
            part.set_boundary("=_h81_%s" % hexid(20))
    return msg


# ====================================================================== checks
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{4} ?\d{3}) ?([A-Za-z])(?![0-9A-Za-z])")


def visible_text(msg):
    parts = [str(msg.get("Subject", "")), str(msg.get("From", "")), str(msg.get("Cc", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            parts.append(fn)
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            t = part.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            parts.append(t)
    return "\n".join(parts)


def region_of(uai, from_addr):
    if uai:
        return PREFIX_REGION.get(uai[:3])
    dom = from_addr.rsplit("@", 1)[-1].lower()
    for d, r in DOMAIN_REGION.items():
        if dom == d or dom.endswith("." + d):
            return r
    return None


def check(labels):
    assert len(labels) == 150, len(labels)
    files = sorted(p.name for p in HERE.glob("h*.eml"))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], files[:3]
    cats = set()
    n_en = 0
    for lab in labels:
        assert list(lab) == KEYS, lab
        f = lab["file"]
        assert lab["category"] in CATEGORIES, lab
        cats.add(lab["category"])
        assert isinstance(lab["auto_reply_ok"], bool)
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, f
        assert lab["platform"] in PLATFORMS, lab
        assert isinstance(lab["hard"], bool)
        assert lab["lang"] in ("fr", "en"), lab
        n_en += lab["lang"] == "en"
        notes = lab["notes"]
        assert isinstance(notes, str) and 10 < len(notes) and "placeholder" not in notes, f
        raw = (HERE / f).read_bytes()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (f, h)
        text = visible_text(msg)
        uai = lab["uai"]
        if uai is not None:
            assert uai_ok(uai), (f, uai)
            flat = re.sub(r"\s+", "", text).upper()
            assert uai in flat, (f, uai)
        for mt in UAI_RE.finditer(text):
            code = (mt.group(1).replace(" ", "") + mt.group(2)).upper()
            if uai_ok(code):
                assert code == uai or code in notes, (f, code)
            else:
                assert "wrong check letter" in notes and code in notes, (f, code)
        exp = region_of(uai, parseaddr(str(msg["From"]))[1])
        assert lab["region"] == exp, (f, lab["region"], exp)
    assert cats == CATEGORIES, CATEGORIES - cats
    assert 10 <= n_en <= 25, n_en
    return n_en


def main():
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "h%03d.eml" % n
        msg = build(m, n)
        (HERE / fname).write_bytes(msg.as_bytes(policy=policy.default))
        labels.append({"file": fname, "category": m["cat"], "auto_reply_ok": m["ok"], "uai": m["uai"],
                       "region": m["region"], "platform": m["plat"], "hard": m["hard"], "lang": m["lang"],
                       "notes": m["notes"]})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    reread = [json.loads(x) for x in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert reread == labels
    n_en = check(reread)
    counts = {}
    for lab in reread:
        counts[lab["category"]] = counts.get(lab["category"], 0) + 1
    print("ok: %d mails, %d in English, %d hard" % (len(reread), n_en, sum(l["hard"] for l in reread)))
    for c in sorted(counts):
        print("  %-32s %d" % (c, counts[c]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build the holdout107 blind test set: 150 hand-written support mails + labels.

Theme: a week of electronic signature and contract documents (certificates,
parapheurs, signed contracts, attestations, RIB and Kbis requests from
suppliers and buyers), mixed with the usual password and no-reply questions.

Standard library only, deterministic (fixed seed).  Every mail text below is
written by hand; the script only wraps each text in headers and a MIME shape,
writes h001.eml ... h150.eml and labels.jsonl, then re-reads and checks them.
"""
import base64
import datetime
import email
import email.policy
import html
import json
import os
import random
import re
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 107_2025
rng = random.Random(SEED)

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def U(d7):
    """A valid UAI from its 7 digits (check letter per regions.md)."""
    return d7 + LETTERS[int(d7) % 23]


def BAD(d7):
    """The same digits with a wrong check letter (a typo, not a UAI)."""
    good = LETTERS[int(d7) % 23]
    return d7 + LETTERS[(LETTERS.index(good) + 5) % 23]


CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
NEVER_AUTO = {
    "head_of_establishment_request", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}

REGIONS = {
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
DEPT_REGION = {}
DOMAIN_REGION = {}
for _slug, (_depts, _domains) in REGIONS.items():
    for _d in _depts.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _dom in _domains.split():
        DOMAIN_REGION[_dom] = _slug

TZ = {
    "metro": datetime.timezone(datetime.timedelta(hours=1)),
    "reunion": datetime.timezone(datetime.timedelta(hours=4)),
    "mayotte": datetime.timezone(datetime.timedelta(hours=3)),
    "antilles": datetime.timezone(datetime.timedelta(hours=-4)),
    "guyane": datetime.timezone(datetime.timedelta(hours=-3)),
}

MAILERS = [
    "Microsoft Outlook 16.0",
    "Mozilla Thunderbird 128.4.2",
    "Zimbra 10.0.8_GA_4518 (ZimbraWebClient - FF133 (Win))",
    "Roundcube Webmail/1.6.9",
    "Apple Mail (2.3826.300.87.4.3)",
    "Microsoft Outlook 16.0 (Build 16.0.18129)",
]

MAILS = []


def M(frm, subj, body, cat, ok, uai, reg, plat, notes, hard=False, lang="fr",
      fmt="plain", hdrs=(), mailer=None, html_body=None, tz="metro",
      auth="pass", to="Assistance <support@assistance.example.fr>", raw=None):
    """Register one hand-written mail and its label."""
    MAILS.append(dict(frm=frm, subj=subj, body=body, cat=cat, ok=ok, uai=uai,
                      reg=reg, plat=plat, notes=notes, hard=hard, lang=lang,
                      fmt=fmt, hdrs=list(hdrs), mailer=mailer,
                      html_body=html_body, tz=tz, auth=auth, to=to, raw=raw))


# --------------------------------------------------------------------------
# The mails.  Written by hand, one by one.
# --------------------------------------------------------------------------
# ---------------------------------------------------------------- password_reset
M("Hélène Marchetti <helene.marchetti@ac-lyon.fr>",
  "Mot de passe e-sidoc oublié",
  f"""Bonjour,

Je reprends mon poste au CDI après un long congé et je n'ai plus du tout le mot de passe du back-office e-sidoc. J'ai essayé les deux ou trois que j'utilise habituellement, sans succès.

Le code de l'établissement est {U('0692817')} (lycée Ampère-Saxe, Lyon 7e).

Pourriez-vous m'indiquer comment le réinitialiser ?

Merci d'avance,
Hélène Marchetti
Professeure documentaliste
""",
  "password_reset", True, U("0692817"), "auvergne-rhone-alpes", "esidoc",
  "Back from leave, e-sidoc back-office password forgotten, UAI in the body: the standard reset path.",
  mailer=MAILERS[2])

M("Gestion Collège Les Tilleuls <gestion.tilleuls@laposte.net>",
  "mot de passe expiré - impossible de télécharger le marché signé",
  f"""Bonjour,

je dois récupérer sur l'Espace Acheteur le marché de fournitures que notre collège vient de signer, mais à la connexion on me dit que mon mot de passe a expiré et qu'il faut le changer. Quand je mets l'ancien il est refusé, je ne m'en souviens sans doute pas bien.

Pouvez-vous me renvoyer un lien pour en créer un nouveau ? Collège Les Tilleuls, UAI {U('0442263')}.

Cordialement
Sandrine Piau, adjointe gestionnaire
""",
  "password_reset", True, U("0442263"), "pays-de-la-loire", "espace_acheteur",
  "The signed market is only the reason for logging in; the need is the expired/forgotten password.",
  hard=True)

M("Oliver Grant <o.grant@cic-nice-international.example.org>",
  "Forgotten password - buyer space",
  f"""Hello,

I am the bursar of the international section at Centre International de Valbonne (school code {U('0061745')}). I have forgotten my password for the buyer space and the "forgot password" page tells me the identifier is unknown. I am probably typing the wrong one.

Could you reset it or tell me what my login is supposed to be?

Many thanks,
Oliver Grant
Bursar - International Section
""",
  "password_reset", True, U("0061745"), "provence-alpes-cote-d-azur", "espace_acheteur",
  "English; forgotten password and unknown identifier on the buyer space, UAI given.",
  lang="en", fmt="alt", mailer=MAILERS[0])

M("Yann Le Goff <yann.legoff@ac-rennes.fr>",
  f"mdp esidoc {U('0291835')}",
  """bjr
mdp esidoc perdu, college de pont-l'abbe. un lien svp
merci
yann
Envoyé de mon iPhone
""",
  "password_reset", True, U("0291835"), "bretagne", "esidoc",
  "Three-line phone message, UAI only in the subject.")

M("Marie-Claire Dubreuil <mc.dubreuil@educagri.example.fr>",
  "Compte bloqué Espace Acheteur",
  f"""Madame, Monsieur,

Après plusieurs tentatives infructueuses, mon compte sur l'Espace Acheteur est bloqué (message « compte verrouillé, réessayez plus tard »). J'ai attendu une heure, rien n'y fait.

Je suis gestionnaire au lycée agricole de Quetigny, code établissement {U('0211589')}. Nous avons des bons de commande à valider avant vendredi.

Pourriez-vous débloquer le compte ou m'envoyer un lien de réinitialisation ?

Bien cordialement,

Marie-Claire Dubreuil
Gestionnaire - EPLEFPA Dijon-Quetigny
03 80 00 00 00
""",
  "password_reset", True, U("0211589"), "bourgogne-franche-comte", "espace_acheteur",
  "Account locked after failed attempts; the unlock/reset answer fits. Orders mentioned only as the reason for urgency.",
  fmt="qp", mailer=MAILERS[1])

M("Thomas Ribeiro <thomas.ribeiro@ac-toulouse.fr>",
  "Lien de réinitialisation périmé",
  f"""Bonjour,

J'ai bien reçu hier soir vers 19 h le mail pour changer le mot de passe e-sidoc, mais je ne l'ai ouvert que ce matin et la page dit que le lien n'est plus valide.

Est-ce possible d'en avoir un nouveau ? Je le traiterai tout de suite cette fois.

Collège Bellevue, Toulouse - {U('0311782')}

Thomas Ribeiro
""",
  "password_reset", True, U("0311782"), "occitanie", "esidoc",
  "Reset link expired overnight; asks for a fresh one.")

M("Aurélie Ménard <aurelie.menard@ac-nantes.fr>",
  "Première connexion - je n'ai pas de mot de passe",
  f"""Bonjour,

Je viens d'arriver comme gestionnaire matérielle au lycée Livet à Nantes ({U('0441712')}). Ma prédécesseure est partie sans laisser les accès de l'Espace Acheteur et je ne connais pas le mot de passe du compte de l'établissement.

Comment dois-je faire pour en obtenir un ?

Merci,
Aurélie Ménard
""",
  "password_reset", True, U("0441712"), "pays-de-la-loire", "espace_acheteur",
  "'Je ne connais pas le mot de passe': the reset procedure (official address or head's request) is the answer.",
  fmt="b64", mailer=MAILERS[0])

M("Frédéric Vasseur <frederic.vasseur@lycee-condorcet-lens.example.fr>",
  "Mot de passe du parapheur électronique",
  """Bonjour,

Je dois signer ce soir l'avenant de notre convention dans le parapheur électronique, mais je ne retrouve plus mon mot de passe pour le service de signature. Le bouton « mot de passe oublié » m'envoie vers une page en anglais qui me demande un code que je n'ai pas.

Pouvez-vous réinitialiser mon accès ? C'est assez urgent.

Frédéric Vasseur
Adjoint gestionnaire
""",
  "password_reset", False, None, None, "esignature",
  "Lost password on the e-signature service: a password request, but the standard reset (UAI login, reset link) is for our own platforms; the signature provider's account needs a person.",
  hard=True, mailer=MAILERS[5])

M("Nathalie Hoarau <nathalie.hoarau@ac-reunion.fr>",
  "RE: [#SUP-118204] Mot de passe e-sidoc",
  f"""Bonjour,

Merci pour votre réponse, mais le lien a été envoyé sur l'adresse ce. du collège et le secrétariat est fermé jusqu'au 2 avril (vacances de la principale et de la secrétaire, personne n'a le mot de passe de cette boîte). Je ne peux donc pas le récupérer.

Y a-t-il une autre solution ? J'ai des classes qui viennent au CDI dès lundi.

Nathalie Hoarau
Collège Le Tampon 14e km - {U('9741423')}

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 18 mars 2025 09:12
À : Nathalie Hoarau <nathalie.hoarau@ac-reunion.fr>
Objet : [#SUP-118204] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse officielle de votre établissement (c***@ac-r*****.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
""",
  "password_reset", False, U("9741423"), "la-reunion", "esidoc",
  "Reply to the automatic answer: the link went to the official mailbox nobody can read until April. The template was already used; a person must take over.",
  hard=True, tz="reunion", mailer=MAILERS[0],
  hdrs=[("In-Reply-To", "<SUP-118204.1742285520.a1c2@assistance.example.fr>"),
        ("References", "<SUP-118204.1742285520.a1c2@assistance.example.fr>")])

M("Laurent Pichon <laurent.pichon@ac-poitiers.fr>",
  "Identifiant + RIB",
  f"""Bonjour,

Deux choses :
1) je n'arrive plus à me connecter à l'Espace Acheteur, mot de passe oublié. Établissement : lycée Guy Chauvet, Loudun, {U('0860028')}.
2) notre agence comptable me demande votre RIB pour régler la facture de janvier, qui n'apparaît pas sur la facture elle-même. Pouvez-vous me le transmettre ?

Merci,
L. Pichon
""",
  "password_reset", False, U("0860028"), "nouvelle-aquitaine", "espace_acheteur",
  "Two topics: forgotten password (first) and the centrale's RIB for an invoice (order_billing). A single template would answer half.",
  hard=True)

M("Sophie Krieger <sophie.krieger@ac-nancy-metz.fr>",
  "Quel est mon identifiant ?",
  """Bonjour,

On me demande un identifiant pour entrer dans l'administration d'e-sidoc. Je ne sais pas ce que c'est, je n'en ai jamais eu (je remplace la documentaliste depuis février) et je n'ai pas non plus de mot de passe.

Merci de votre aide.

Sophie Krieger
Collège Jean Moulin
""",
  "password_reset", True, None, "grand-est", "esidoc",
  "Does not know the identifier (the UAI) nor the password; no UAI, region from the ac-nancy-metz.fr sender.")

M("Jérôme Bastide <jerome.bastide@ac-montpellier.fr>",
  "Reinitialisation mot de passe",
  f"""Bonjour,

Merci de réinitialiser le mot de passe e-sidoc du lycée Jean Mermoz, Montpellier, UAI {BAD('0341632')}.

Cordialement
J. Bastide, documentaliste
""",
  "password_reset", False, None, "occitanie", "esidoc",
  f"The UAI typed as {BAD('0341632')} has a wrong check letter (the digits give {U('0341632')}): no UAI; region from ac-montpellier.fr. The establishment cannot be identified safely, so a person asks for the right code.",
  hard=True)

M("Paul-Antoine Rocca <paul-antoine.rocca@ac-corse.fr>",
  "Accès e-sidoc - mot de passe",
  f"""Bonjour,

Je n'arrive pas à me connecter au portail e-sidoc de la cité scolaire de Corte (UAI {U('7200123')}). Le mot de passe a dû être changé par mon collègue avant son départ à la retraite, et je ne l'ai pas.

Pourriez-vous me dire comment le réinitialiser ?

Bien à vous,
Paul-Antoine Rocca
""",
  "password_reset", True, U("7200123"), "corse", "esidoc",
  "Haute-Corse UAI prefix 720; password changed by a retired colleague.")

M("Gestion Lycée Schoelcher <gestion.schoelcher@gmail.com>",
  "Mot de passe oublié - Espace Acheteur",
  f"""Bonjour,

Lycée Victor Schoelcher, Fort-de-France, {U('9720004')}.
Nous avons oublié le mot de passe de l'Espace Acheteur. Merci de nous indiquer la marche à suivre.

Bonne journée (pour nous elle commence !)
Le service gestion
""",
  "password_reset", True, U("9720004"), "martinique", "espace_acheteur",
  "Forgotten password from a Gmail address; Martinique time zone, region from the UAI.",
  tz="antilles")

M("Jacqueline Leroux <jacqueline.leroux@ac-normandie.fr>",
  "demande de nouveau mot de passe",
  f"""Bonjour Madame, Monsieur,

Je me permets de vous écrire car je suis bien embêtée. Depuis la rentrée des vacances d'hiver, je n'arrive plus à ouvrir la partie gestion de notre catalogue e-sidoc. J'avais noté le mot de passe dans un petit carnet que je ne retrouve plus, et ma collègue qui s'occupait de l'informatique au collège a été mutée.

Le collège s'appelle Albert Camus, au Havre, et le numéro que l'on m'a donné au secrétariat est le {U('0762215')}.

Je vous remercie par avance de votre patience, je ne suis pas très à l'aise avec tout cela.

Jacqueline Leroux
""",
  "password_reset", True, U("0762215"), "normandie", "esidoc",
  "Long, polite message in ISO-8859-1 8-bit from an older Thunderbird; clear lost password.",
  fmt="latin1", mailer="Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101 Thunderbird/52.9.1")

M("Karim Benali <karim.benali@ac-versailles.fr>",
  "Mot de passe Espace Acheteur",
  f"""<p>Bonjour,</p>
<p>Je n'arrive plus à me connecter à l'Espace Acheteur avec le compte du lycée Jules Ferry de Versailles ({U('0781819')}). J'ai oublié le mot de passe.</p>
<p>Pourriez-vous m'envoyer un lien de réinitialisation ?</p>
<p>Cordialement,</p>
<p><b>Karim Benali</b><br>Secrétaire d'intendance<br>Lycée Jules Ferry</p>""",
  "password_reset", True, U("0781819"), "ile-de-france", "espace_acheteur",
  "HTML-only Outlook message; forgotten password, UAI given.",
  fmt="html", mailer=MAILERS[0])

M("Secrétariat Collège du Grésivaudan <ce.0382149e@ac-grenoble.fr>",
  "Réinitialisation accès e-sidoc",
  """Bonjour,

La documentaliste du collège ne parvient plus à se connecter à e-sidoc (mot de passe perdu). Pourriez-vous envoyer le lien de réinitialisation sur la présente adresse officielle de l'établissement ? Nous le lui transmettrons.

Merci.
Le secrétariat de direction
""",
  "password_reset", True, U("0382149"), "auvergne-rhone-alpes", "esidoc",
  "UAI only in the ce.<UAI> sender address, written in lower case; the secretariat asks for the link on the official address (the safe path).",
  hard=True)


M("Chantal Dupuy <chantal.dupuy@ac-limoges.fr>",
  "Votre mot de passe a expiré",
  f"""Bonjour,

En me connectant à l'Espace Acheteur ce matin j'ai eu le message « Votre mot de passe a expiré ». On me demande l'ancien pour le changer, et je ne l'ai plus.

Collège Maurice Rollinat, Brive - {U('0190846')}.

Merci de votre aide,
Chantal Dupuy
""",
  "password_reset", True, U("0190846"), "nouvelle-aquitaine", "espace_acheteur",
  "Expired password and the old one forgotten.")

M("Éric Tanguy <eric.tanguy@ac-orleans-tours.fr>",
  "pas un problème de signature, juste le mot de passe",
  f"""Bonjour,

Votre collègue au téléphone pensait que mon souci venait de la signature électronique de la convention : non, la convention est signée depuis longtemps. Mon seul problème est que j'ai perdu le mot de passe de l'Espace Acheteur du lycée Descartes ({U('0370039')}).

Pouvez-vous me renvoyer un lien ?

Éric Tanguy
""",
  "password_reset", True, U("0370039"), "centre-val-de-loire", "espace_acheteur",
  "Negation: explicitly not an e-signature or convention issue; a plain lost password.",
  hard=True, mailer=MAILERS[1])

M("Rosine Abdallah <rosine.abdallah@ac-guyane.fr>",
  "Mot de passe e-sidoc",
  f"""Bonjour,

Je suis la nouvelle professeure documentaliste du lycée de Saint-Laurent-du-Maroni ({U('9730196')}). Je n'ai reçu aucun mot de passe pour l'administration du portail e-sidoc.

Pourriez-vous me dire comment en obtenir un ?

Merci beaucoup,
Rosine Abdallah
""",
  "password_reset", True, U("9730196"), "guyane", "esidoc",
  "New librarian without the password; Guyane time zone.",
  tz="guyane", fmt="alt", mailer=MAILERS[0])

M("Didier Chauvin <didier.chauvin@ac-amiens.fr>",
  "Mot de passe par téléphone SVP",
  f"""Bonjour,

J'ai perdu le mot de passe e-sidoc du collège Jules Verne (Amiens, {U('0801847')}).
Je n'ai pas accès à la messagerie de l'établissement en ce moment, donc merci de ne PAS l'envoyer par mail : pouvez-vous m'appeler au 06 12 34 56 78 et me le donner directement ?

D. Chauvin
""",
  "password_reset", False, U("0801847"), "hauts-de-france", "esidoc",
  "Asks for the password by phone, not by the official mail path: an unsafe request a person must refuse and redirect.",
  hard=True)

M("Anne Lefebvre <anne.lefebvre@ac-strasbourg.fr>",
  "Reset password e-sidoc",
  f"""Hello,

Sorry to write in English, I am the English-speaking assistant at the Lycée international des Pontonniers in Strasbourg and our librarian asked me to send this. She cannot log in to the e-sidoc admin area anymore: the password is lost.

School code: {U('0672198')}

Could you please send the reset procedure?

Best regards,
Anne Lefebvre
""",
  "password_reset", True, U("0672198"), "grand-est", "esidoc",
  "English, written on behalf of the librarian; standard lost password.",
  lang="en")

M("Isabelle Moreau <isabelle.moreau@ac-bordeaux.fr>",
  "Connexion impossible e-sidoc",
  f"""Bonjour,

Depuis ce matin, impossible de me connecter à l'administration e-sidoc : « identifiant ou mot de passe incorrect ». Je pense que mon mot de passe a été modifié par un collègue mais je ne sais pas lequel.

Lycée Montesquieu, Bordeaux - {U('0330023')}

Merci de m'envoyer un lien de réinitialisation.

Isabelle Moreau
Professeure documentaliste
--
Lycée Montesquieu
Rue du Palais Gallien - Bordeaux
""",
  "password_reset", True, U("0330023"), "nouvelle-aquitaine", "esidoc",
  "Password probably changed by a colleague; the reset path fits.",
  mailer=MAILERS[3])

# ---------------------------------------------------------- missing_noreply_mail
M("Béatrice Girard <beatrice.girard@ac-clermont.fr>",
  "Invitation à signer la convention jamais reçue",
  f"""Bonjour,

La centrale m'indique que l'invitation à signer électroniquement la convention d'adhésion 2025 m'a été envoyée lundi. Je n'ai rien reçu : ni dans la boîte de réception, ni dans les indésirables. Je suis pourtant bien la signataire désignée.

Lycée Blaise Pascal, Clermont-Ferrand ({U('0630019')}).

Pouvez-vous vérifier ou me dire quelle adresse d'expédition je dois autoriser ?

Béatrice Girard
Adjointe gestionnaire
""",
  "missing_noreply_mail", True, U("0630019"), "auvergne-rhone-alpes", "esignature",
  "The e-signature invitation (automatic mail from the signature service) never arrived; no anti-spam product named. Not contract_documents: the convention exists, the notification is missing.",
  hard=True, mailer=MAILERS[2])

M("Julien Fabre <julien.fabre@ensemble-scolaire-stjo.example.fr>",
  "Pas de mail d'activation",
  """Bonjour,

Je me suis inscrit sur l'Espace Acheteur vendredi dernier. Le site annonçait un mail d'activation, il n'est jamais arrivé (j'ai regardé dans tous les dossiers).

Merci de me dire quoi faire.
Julien Fabre
Économe, Ensemble scolaire Saint-Joseph
""",
  "missing_noreply_mail", True, None, None, "espace_acheteur",
  "Sign-up activation mail never arrived; private school, no UAI, non-academic domain.")

M("Marion Perret <marion.perret@ac-besancon.fr>",
  "Mail nouveau mot de passe non reçu",
  f"""Bonjour,

J'ai demandé trois fois depuis hier un nouveau mot de passe pour e-sidoc (collège Victor Hugo, Besançon, {U('0250053')}). Le site dit à chaque fois qu'un mail a été envoyé, mais rien n'arrive, même dans le dossier « courrier indésirable ».

Merci,
Marion Perret
""",
  "missing_noreply_mail", True, U("0250053"), "bourgogne-franche-comte", "esidoc",
  "The reset tool works but its mail never arrives: missing_noreply_mail per the taxonomy, not password_reset.",
  hard=True)

M("Rachel Owens <r.owens@lycee-international-ferney.example.org>",
  "No alerts for new market documents",
  """Hi,

I subscribed to the alerts on the buyer space so that I get an e-mail when a new document is published for the markets we joined. It has been a month and I have not received a single alert, although I can see two new documents online.

Is there a sender address I should whitelist?

Thanks,
Rachel Owens
Procurement officer
""",
  "missing_noreply_mail", True, None, None, "espace_acheteur",
  "English; notification alerts from the platform never received, no anti-spam product named. The documents are visible, so not contract_documents.",
  lang="en", fmt="alt", mailer=MAILERS[4])

M("Gilles Perrin <gilles.perrin@ac-reims.fr>",
  "RE: [#SUP-118377] Mail d'activation non reçu",
  """Bonjour,

J'ai fait tout ce que vous m'avez indiqué : dossier indésirables vérifié, adresse no-reply ajoutée aux contacts. Cela fait maintenant trois jours et je n'ai toujours pas le mail d'activation. Merci de transmettre à quelqu'un qui puisse regarder de votre côté.

Gilles Perrin

> Bonjour,
> Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse
> d'expédition no-reply à vos expéditeurs autorisés. Sans nouvelles de votre
> part sous 48 heures, nous reviendrons vers vous.
> L'équipe d'assistance
""",
  "missing_noreply_mail", False, None, "grand-est", "espace_acheteur",
  "Follow-up after the junk-folder template: still nothing after three days; the template was already tried, a person must follow up.",
  hard=False,
  hdrs=[("In-Reply-To", "<SUP-118377.1742198400.77ef@assistance.example.fr>")])

M("Élodie Vincent <elodie.vincent@ac-creteil.fr>",
  "Document signé : ma collègue a reçu le mail, pas moi",
  f"""Bonjour,

Pour l'avenant n°2 de notre marché de nettoyage, la principale et moi étions toutes deux destinataires de la copie du document signé. Elle a reçu le mail « Complété » du service de signature ; moi rien du tout, ni dans les spams.

Pouvez-vous voir pourquoi ? Collège Pablo Neruda, Pierrefitte ({U('0932214')}).

Élodie Vincent
""",
  "missing_noreply_mail", True, U("0932214"), "ile-de-france", "esignature",
  "The e-signature completion mail reached a colleague but not her; no product named. About a signed amendment, but the missing thing is the automatic mail.",
  hard=True, mailer=MAILERS[0])

M("Kevin Morel <kevin.morel@ac-lille.fr>",
  "confirmation",
  """toujours pas recu le mail de confirmation depuis lundi
K. Morel
""",
  "missing_noreply_mail", True, None, "hauts-de-france", None,
  "Two-line message; confirmation mail not received, product not named; region from ac-lille.fr.")

M("Service informatique - Lycée Lavoisier <informatique@lycee-lavoisier-mayenne.example.fr>",
  "Messages no-reply non distribués",
  f"""Bonjour,

Plusieurs personnels du lycée Lavoisier (Mayenne, {U('0530012')}) ne reçoivent pas vos mails automatiques (création de compte, mot de passe). Précision : nous n'utilisons PAS MailInBlack, notre messagerie est sur Microsoft 365 avec le filtrage standard.

Pouvez-vous nous donner l'adresse exacte et les serveurs d'envoi pour que nous les ajoutions à la liste des expéditeurs approuvés ?

Cordialement,
Romain Delaunay
Technicien informatique
""",
  "missing_noreply_mail", True, U("0530012"), "pays-de-la-loire", "espace_acheteur",
  "Names MailInBlack only to say it is not used: missing_noreply_mail, not mailinblack_spam.",
  hard=True, fmt="qp", mailer=MAILERS[5])

M("Pierre-Yves Garnier <py.garnier@ac-rennes.fr>",
  "Notifications de validation des comptes",
  f"""Bonjour,

Je suis administrateur de structure sur l'Espace Acheteur pour le lycée Dupuy de Lôme (Lorient, {U('0560026')}). Des collègues me disent avoir créé leur compte et attendre ma validation, mais je ne reçois jamais les mails de notification qui devraient me prévenir.

Merci de votre aide.
Pierre-Yves Garnier
""",
  "missing_noreply_mail", True, U("0560026"), "bretagne", "espace_acheteur",
  "Structure administrator never receives the 'account to validate' notifications.")

M("Valérie Chevalier <valerie.chevalier@ac-paris.fr>",
  "Portail d'assistance : pas de mail pour créer mon mot de passe",
  """Bonjour,

J'ai voulu créer un compte sur le portail d'assistance pour suivre ma demande sur la convention. Le portail indique qu'un mail m'a été envoyé pour définir mon mot de passe, mais je ne l'ai pas reçu.

Bien cordialement,
Valérie Chevalier
""",
  "missing_noreply_mail", True, None, "ile-de-france", "ticket_portal",
  "The ticket portal's confirmation mail never arrived; region from ac-paris.fr.")

M("Intendance Lycée Beaussier <intendance.beaussier@orange.fr>",
  "Activation compte client",
  f"""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Bonjour,</p>
<p>Nous avons ouvert hier le compte client pour passer notre première commande d'abonnement e-sidoc (lycée Beaussier, La Seyne-sur-Mer, {U('0830042')}).</p>
<p>Le mail d'activation annoncé «&nbsp;sous 12 heures&nbsp;» n'est toujours pas arrivé.</p>
<p>Merci de votre retour.</p>
<p>Cordialement,<br>L'intendance</p>
</div></body></html>""",
  "missing_noreply_mail", True, U("0830042"), "provence-alpes-cote-d-azur", "esidoc",
  "HTML-only Outlook in windows-1252; activation mail for the customer account never arrived.",
  fmt="html1252", mailer=MAILERS[0])

M("Gestion <ce.0590117g@ac-lille.fr>",
  "Lien d'activation",
  """Bonjour,

Notre nouvelle gestionnaire, Mme Carpentier, s'est inscrite sur l'Espace Acheteur avec l'adresse de l'établissement. Le lien d'activation n'est jamais arrivé sur cette boîte.

Merci de le renvoyer.
Lycée Faidherbe - service gestion
""",
  "missing_noreply_mail", True, U("0590117"), "hauts-de-france", "espace_acheteur",
  "UAI only in the lower-case ce.<UAI>@ac-lille.fr sender address.",
  hard=True)


M("Anli Madi <anli.madi@ac-mayotte.fr>",
  "Pas de mail reçu",
  f"""Bonjour,

Je n'ai reçu aucun message de l'adresse no-reply après ma demande de création de compte sur l'Espace Acheteur. Collège de Kawéni, {U('9760112')}.

Merci
Anli Madi
""",
  "missing_noreply_mail", True, U("9760112"), "mayotte", "espace_acheteur",
  "No mail from the no-reply address after sign-up; Mayotte time zone.",
  tz="mayotte")

M("Corinne Lambert <corinne.lambert@ac-dijon.fr>",
  "Code de vérification signature électronique",
  """Bonjour,

Pour signer le bon de commande dans le parapheur, le service de signature m'envoie un code de vérification à 6 chiffres par mail. Je l'ai demandé quatre fois ce matin, je ne reçois rien, et le délai de validité est de 10 minutes seulement.

Qu'est-ce que je peux faire ?

Corinne Lambert
Collège Les Lentillères
""",
  "missing_noreply_mail", True, None, "bourgogne-franche-comte", "esignature",
  "The one-time code mail from the signature service does not arrive: an automatic mail that never came, no anti-spam named.",
  hard=True)

M("Stéphane Roux <stephane.roux@ac-aix-marseille.fr>",
  "Relance - notifications",
  f"""Bonjour,

Depuis la migration de notre messagerie, je ne reçois plus aucune notification de l'Espace Acheteur (nouveaux devis, commandes à valider). Le reste du courrier arrive normalement.

Lycée Thiers, Marseille, {U('0130040')}.

Merci d'avance
Stéphane Roux
""",
  "missing_noreply_mail", True, U("0130040"), "provence-alpes-cote-d-azur", "espace_acheteur",
  "Platform notifications stopped after a mail migration; no product named.",
  fmt="b64", mailer=MAILERS[0])

# -------------------------------------------------------------- mailinblack_spam
M("Christophe Bonnet <christophe.bonnet@ac-grenoble.fr>",
  "Parapheur : mails bloqués par MailInBlack",
  f"""Bonjour,

Les notifications du parapheur électronique (documents à signer) arrivent dans la quarantaine MailInBlack du lycée et la gestionnaire ne les voit pas. Elle a raté une demande de signature hier.

Lycée Berthollet, Annecy - {U('0740003')}

Que faut-il autoriser ?
Christophe Bonnet, référent numérique
""",
  "mailinblack_spam", True, U("0740003"), "auvergne-rhone-alpes", "esignature",
  "E-signature notifications held in MailInBlack quarantine; the allow-list guide applies.",
  mailer=MAILERS[1])

M("DSI Collectivité <dsi.colleges@departement-somme.example.fr>",
  "Liste blanche MailInBlack - adresses à autoriser",
  """Bonjour,

Le Département a déployé MailInBlack sur les boîtes des collèges. Plusieurs gestionnaires ne reçoivent plus vos messages automatiques. Merci de nous communiquer la liste des adresses et domaines d'envoi à ajouter en liste blanche.

Cordialement,
Direction des systèmes d'information
""",
  "mailinblack_spam", True, None, None, "espace_acheteur",
  "The local authority's IT asks which senders to allow-list in MailInBlack.")

M("Josiane Blanc <josiane.blanc@wanadoo.fr>",
  "mail in black bloque vos messages",
  """bonjour
le college a mis mail in black et maintenant je recois plus rien de chez vous ni les mots de passe ni rien
comment on fait
josiane blanc gestionnaire
""",
  "mailinblack_spam", True, None, None, None,
  "'mail in black' in lower case, no punctuation; no platform named.")

M("Olivier Mercier <olivier.mercier@ac-nice.fr>",
  "Vos messages demandent une validation",
  f"""Bonjour,

Nos collègues nous signalent que lorsque votre plateforme leur écrit, c'est vous qui recevez un message vous demandant de prouver que vous n'êtes pas un robot, et nos personnels ne voient vos mails qu'après. Résultat : les liens d'activation arrivent expirés.

Collège Roland Garros, Nice, {U('0061891')}.

Olivier Mercier
""",
  "mailinblack_spam", False, U("0061891"), "provence-alpes-cote-d-azur", "espace_acheteur",
  "A sender-authentication challenge is described without naming the product: mailinblack_spam, but unconfirmed, so a person checks before sending the guide.",
  hard=True)

M("Martin Keller <martin.keller@ac-strasbourg.fr>",
  "MailInBlack quarantine - signature invitations",
  f"""Hello,

Our school (Collège Foch, Strasbourg, {U('0671538')}) uses MailInBlack. The signature invitations for our supplier contracts end up in quarantine and expire before anyone releases them.

Which sender addresses should our IT allow?

Martin Keller
""",
  "mailinblack_spam", True, U("0671538"), "grand-est", "esignature",
  "English; MailInBlack quarantine holds the e-signature invitations.",
  lang="en")

M("Nadia Haddad <nadia.haddad@ac-versailles.fr>",
  "MailInBlack + Kbis",
  f"""Bonjour,

1. Depuis l'installation de MailInBlack, les mails de l'Espace Acheteur sont bloqués. Qui dois-je faire autoriser ?
2. Par ailleurs, notre agent comptable réclame le Kbis de la centrale pour créer le fournisseur dans Op@le. Pouvez-vous me l'envoyer ?

Lycée Camille Claudel, Mantes-la-Ville ({U('0782562')})

Nadia Haddad
""",
  "mailinblack_spam", False, U("0782562"), "ile-de-france", "espace_acheteur",
  "Two topics: MailInBlack blocking (first) and a Kbis request for the accounting (order_billing); no single template answers both.",
  hard=True)

M("Philippe Garcia <philippe.garcia@ac-montpellier.fr>",
  "TR: Rapport de quarantaine MailInBlack",
  f"""Bonjour,

Je vous transfère le rapport que je reçois chaque matin : vos messages y sont systématiquement. Comment faire pour qu'ils arrivent directement ?
Collège Les Escholiers de la Mosson, {U('0341457')}.

Philippe Garcia

-------- Message transféré --------
De : Mailinblack <no-reply@mailinblack.example.com>
Objet : Votre rapport quotidien - 3 messages en attente
Date : 19/03/2025 07:00

Messages en attente de validation :
- no-reply@espace-acheteur.example.fr - « Activez votre compte »
- no-reply@espace-acheteur.example.fr - « Nouveau document disponible »
- newsletter@actualites.espace-acheteur.example.fr - « Mars : webinaires »
Cliquez sur un message pour le libérer.
""",
  "mailinblack_spam", True, U("0341457"), "occitanie", "espace_acheteur",
  "A person forwards the daily MailInBlack report (machine text inside); the outer question is real.",
  mailer=MAILERS[1])

M("Bruno Lemaire <bruno.lemaire@ac-amiens.fr>",
  "Mailinblack",
  f"""Bonjour,
La région a installé Mailinblack sur la messagerie du lycée. Depuis je ne reçois plus les mails de réinitialisation. Lycée Henri Martin, Saint-Quentin, {U('0020032')}.
Merci
""",
  "mailinblack_spam", True, U("0020032"), "hauts-de-france", None,
  "MailInBlack newly rolled out by the region; reset mails blocked. Which product's reset mails is not said, so no platform.",
  fmt="qp")

M("Agnès Roussel <agnes.roussel@ac-toulouse.fr>",
  "bloqué par mailinblack",
  """Bloquée par Mailinblack, pouvez-vous m'envoyer la procédure ? Merci.
Agnès

Envoyé depuis mon mobile
""",
  "mailinblack_spam", True, None, "occitanie", None,
  "One line from a phone; MailInBlack named, no platform; region from ac-toulouse.fr.")

M("Hervé Collin <herve.collin@ac-orleans-tours.fr>",
  "RE: [#SUP-118512] Mail non reçu",
  f"""Bonjour,

Suite à votre réponse, j'ai regardé les indésirables : rien. Notre informaticien vient de m'expliquer que c'est MailInBlack qui retient vos messages. Avez-vous une procédure pour ce cas ?

Hervé Collin
Collège Montesquieu, Orléans - {U('0450046')}

Le 18/03/2025 à 10:41, Assistance a écrit :
> Bonjour,
> Vérifiez votre dossier de courrier indésirable ...
""",
  "mailinblack_spam", True, U("0450046"), "centre-val-de-loire", "espace_acheteur",
  "Reply after the junk-folder answer: IT identified MailInBlack; the MailInBlack guide is now the right answer.",
  hdrs=[("In-Reply-To", "<SUP-118512.1742290860.09bd@assistance.example.fr>")])

# ------------------------------------------------- head_of_establishment_request
M("Proviseur Lycée Champollion <ce.0380027y@ac-grenoble.fr>",
  "Délégation de signature - convention et bons de commande",
  f"""Madame, Monsieur,

Je soussigné, Bernard Joly, proviseur du lycée Champollion de Grenoble (UAI {U('0380027')}), donne délégation à Mme Laure Faivre, adjointe gestionnaire, pour signer électroniquement en mon nom la convention d'adhésion 2025 et valider les bons de commande de l'établissement sur l'Espace Acheteur.

Je vous remercie de bien vouloir l'enregistrer comme signataire.

Bernard Joly
Proviseur
""",
  "head_of_establishment_request", False, U("0380027"), "auvergne-rhone-alpes", "espace_acheteur",
  "The proviseur delegates, in writing from the ce.<UAI> address, the right to sign and validate orders: a head's authorisation for the staff queue.",
  mailer=MAILERS[2])


M("Principale Collège Jean Jaurès <ce.0940578t@ac-creteil.fr>",
  "Réinitialisation du mot de passe administrateur e-sidoc",
  f"""Bonjour,

En tant que principale du collège Jean Jaurès de Villejuif ({U('0940578')}), je vous demande de bien vouloir réinitialiser le mot de passe administrateur de notre portail e-sidoc et d'envoyer le lien à l'adresse de l'établissement. Notre professeure documentaliste, Mme Salomon, n'y a plus accès depuis le départ de son collègue.

Avec mes remerciements,

Catherine Fontaine
Principale
""",
  "head_of_establishment_request", False, U("0940578"), "ile-de-france", "esidoc",
  "The principal herself asks, from the ce.<UAI> address, for the admin password reset: a head-of-establishment request, not password_reset.",
  hard=True)


M("Proviseur Lycée Kerneuzec <ce.0290062k@ac-rennes.fr>",
  "Changement d'administrateur de structure",
  f"""Bonjour,

M. Hervé Le Bris, gestionnaire, quitte le lycée Kerneuzec (Quimperlé, {U('0290062')}) à la fin du mois. Je désigne Mme Gwenaëlle Tanguy, nouvelle gestionnaire, comme administratrice de structure sur l'Espace Acheteur et vous demande de fermer les accès de M. Le Bris à compter du 31 mars.

Cordialement,
Yves Caradec, proviseur
""",
  "head_of_establishment_request", False, U("0290062"), "bretagne", "espace_acheteur",
  "Change of structure administrator and closure of the former one's access, written by the head.")

M("Directrice école Les Coquelicots <ce.0870654n@ac-limoges.fr>",
  "Adresse de contact du compte e-sidoc",
  f"""Bonjour,

Je suis directrice de l'école élémentaire Les Coquelicots à Limoges ({U('0870654')}). L'adresse de contact du compte administrateur e-sidoc est encore celle de mon prédécesseur, qui est parti à la retraite. Je souhaite qu'elle soit remplacée par l'adresse de l'école, d'où je vous écris.

Merci beaucoup,
Florence Martin
""",
  "head_of_establishment_request", False, U("0870654"), "nouvelle-aquitaine", "esidoc",
  "A primary-school head asks to replace the admin contact address with the school's official one.",
  fmt="qp")

M("Dr. Helen Whitaker <head@british-section-st-germain.example.org>",
  "Authorisation - library subscription order",
  f"""Dear Support Team,

As Head of the British Section at Lycée International de Saint-Germain-en-Laye (UAI {U('0781101')}), I hereby authorise our librarian, Mr David Cole, to validate the e-sidoc subscription order for 2025 on behalf of the establishment.

Please let me know if you need this on letterhead.

Kind regards,
Dr. Helen Whitaker
Head of Section
""",
  "head_of_establishment_request", False, U("0781101"), "ile-de-france", "esidoc",
  "English; a head authorises the librarian to validate the order. Sent from a non-official address: staff must check the evidence.",
  lang="en", hard=True, fmt="alt", mailer=MAILERS[4])

M("Loïc Guérin <loic.guerin@ac-caen.fr>",
  "Courrier du principal - demande de réinitialisation",
  f"""Bonjour,

Vous trouverez ci-joint le courrier signé électroniquement par M. le principal du collège Guillaume de Normandie (Caen, {U('0141298')}), qui demande la réinitialisation du mot de passe administrateur e-sidoc et son envoi à l'adresse ce. du collège. M. le principal est en copie de ce message.

Pièce jointe : demande_reinitialisation_signee.pdf

Loïc Guérin
Professeur documentaliste
""",
  "head_of_establishment_request", False, U("0141298"), "normandie", "esidoc",
  "The librarian relays the head's signed letter, head in copy: a head's written request, to be checked by staff.",
  hard=True, hdrs=[("Cc", "M. le principal <principal.gdn@ac-caen.fr>")])

M("Proviseur <ce.0130050j@ac-aix-marseille.fr>",
  "Désactivation des accès d'une ancienne gestionnaire",
  f"""Bonjour,

Mme R., ancienne gestionnaire du lycée Marseilleveyre ({U('0130050')}), a quitté l'établissement en emportant, semble-t-il, sa clé de certificat de signature. Par précaution, je vous demande de désactiver immédiatement son compte sur l'Espace Acheteur et de ne plus accepter de validation venant d'elle.

Je désignerai son remplaçant dans un second courrier.

Le proviseur,
Marc Aubert
""",
  "head_of_establishment_request", False, U("0130050"), "provence-alpes-cote-d-azur", "espace_acheteur",
  "The head asks to close a departed gestionnaire's access (certificate context): security-relevant, staff must act.",
  mailer=MAILERS[3])


M("Sylvie Arnaud <sylvie.arnaud.67@gmail.com>",
  "Accord pour la documentaliste",
  """Bonjour,

Je suis directrice de l'école maternelle du Parc et je donne mon accord pour que notre enseignante référente bibliothèque, Mme Weber, devienne administratrice du portail e-sidoc de l'école.

Je vous écris depuis ma boîte personnelle car la messagerie de l'école ne fonctionne pas aujourd'hui.

Sylvie Arnaud
""",
  "head_of_establishment_request", False, None, None, "esidoc",
  "A nursery-school head gives her agreement from a personal Gmail, no UAI: weak evidence, staff must verify.",
  hard=True)

M("Principal Collège Anne Frank <ce.0595541c@ac-lille.fr>",
  "Autorisation de commande - abonnement 2025",
  f"""Bonjour,

Je vous confirme mon autorisation pour la commande de renouvellement de l'abonnement e-sidoc 2025 du collège Anne Frank (Lille, {U('0595541')}), dont le devis signé et le bon d'engagement sont joints.

Pièces jointes : devis_2025_signe.pdf ; BE_2025-014.pdf

Le principal,
Jean-Luc Maes
""",
  "head_of_establishment_request", False, U("0595541"), "hauts-de-france", "esidoc",
  "The principal authorises the renewal order with the signed quote attached: head's authorisation, not order_billing.",
  hard=True)

M("Proviseure Lycée Colbert <ce.0720031t@ac-nantes.fr>",
  "RE: [#SUP-118590] Demande écrite du chef d'établissement",
  f"""Bonjour,

Comme demandé, je confirme par écrit : merci de réinitialiser le mot de passe du compte administrateur de l'Espace Acheteur du lycée Colbert (Le Mans, {U('0720031')}) et d'adresser le lien à la présente adresse.

Cordialement,
Agnès Poirier, proviseure

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Lycée Colbert" <ce.0720031t@ac-nantes.fr>
Envoyé: Mardi 18 Mars 2025 14:05:12
Objet: [#SUP-118590] Demande écrite du chef d'établissement

Bonjour, pour procéder à la réinitialisation, le chef d'établissement doit en faire la demande par écrit ...
""",
  "head_of_establishment_request", False, U("0720031"), "pays-de-la-loire", "espace_acheteur",
  "Reply (Zimbra quote) in which the proviseure gives the written request the desk asked for.",
  mailer=MAILERS[2],
  hdrs=[("In-Reply-To", "<SUP-118590.1742303112.5e1a@assistance.example.fr>")])

M("Principal Collège Pasteur <ce.0671402k@ac-strasbourg.fr>",
  "Nouvelle administratrice",
  f"""Bonjour,

Je vous confirme que Mme Nathalie Schmitt est désormais l'administratrice de notre compte sur l'Espace Acheteur, en remplacement de M. Klein. Merci de procéder au changement.

Collège Pasteur, Strasbourg - {U('0671402')}
Le principal, F. Muller
""",
  "head_of_establishment_request", False, U("0671402"), "grand-est", "espace_acheteur",
  "Short confirmation by the principal of a new administrator.")

M("Directeur EREA <ce.0311234y@ac-toulouse.fr>",
  "Désignation administrateur e-sidoc",
  f"""Bonjour,

Directeur de l'EREA de Muret ({U('0311234')}), je désigne M. Sébastien Roques, enseignant chargé du CDI, comme administrateur de notre portail e-sidoc. Merci de lui ouvrir les droits et de lui transmettre les accès via l'adresse de l'établissement.

Cordialement,
Alain Costes
""",
  "head_of_establishment_request", False, U("0311234"), "occitanie", "esidoc",
  "Head of an EREA designates the e-sidoc administrator.",
  fmt="b64", mailer=MAILERS[0])

# --------------------------------------------------------------- account_creation
M("Camille Rey <camille.rey@ac-lyon.fr>",
  "Création de compte acheteur",
  """Bonjour,

Je viens d'être nommée gestionnaire et je voudrais passer par la centrale pour nos commandes. Comment créer un compte sur l'Espace Acheteur ?

Merci,
Camille Rey
""",
  "account_creation", True, None, "auvergne-rhone-alpes", "espace_acheteur",
  "New buyer asks how to create an account: the sign-up answer fits; region from ac-lyon.fr.")

M("Frédérique Noël <frederique.noel@ac-poitiers.fr>",
  "Compte en attente de validation",
  f"""Bonjour,

J'ai rempli le formulaire d'inscription de l'Espace Acheteur lundi (lycée Merleau-Ponty, Rochefort, {U('0170029')}). Quand j'essaie de me connecter, on me dit que mon compte est en attente de validation. Que dois-je faire ?

Frédérique Noël
""",
  "account_creation", True, U("0170029"), "nouvelle-aquitaine", "espace_acheteur",
  "Account waiting for the structure administrator's validation: the FAQ case.")

M("Marc Delmas <marc.delmas@ac-montpellier.fr>",
  "Qui est notre administrateur ?",
  f"""Bonjour,

Pour valider mon inscription il faut, paraît-il, l'accord de l'administrateur de structure de notre établissement. Personne ici ne sait qui c'est. Pouvez-vous me le dire ? Lycée Jean Lurçat, Perpignan, {U('0660011')}.

Marc Delmas
""",
  "account_creation", False, U("0660011"), "occitanie", "espace_acheteur",
  "Asks who the structure's administrator is: needs a look-up by a person.")

M("Sabrina Lopez <sabrina.lopez@ac-bordeaux.fr>",
  "Droits de signataire sur l'Espace Acheteur",
  f"""Bonjour,

Mon compte fonctionne, mais je n'ai pas le rôle « signataire » qui permet de signer électroniquement les conventions et avenants. Pouvez-vous m'ouvrir ce droit ? Lycée Bernard Palissy, Agen - {U('0470018')}.

Sabrina Lopez, adjointe gestionnaire
""",
  "account_creation", False, U("0470018"), "nouvelle-aquitaine", "espace_acheteur",
  "Rights to open (signatory role) on an existing account: account_creation per the taxonomy; a person decides.",
  hard=True)

M("Vincent Carré <vincent.carre@ac-creteil.fr>",
  "Établissement absent de la liste",
  f"""Bonjour,

En voulant ouvrir notre compte client e-sidoc, je ne trouve pas notre établissement dans la liste déroulante. Il s'agit du nouveau collège de Bussy-Saint-Georges, ouvert en septembre, UAI {U('0772944')}.

Merci de votre aide.
Vincent Carré
""",
  "account_creation", False, U("0772944"), "ile-de-france", "esidoc",
  "UAI missing from the list when opening the customer account: the FAQ sends this to the sales team.")

M("Atelier Reliure Dubois SARL <contact@reliure-dubois.example.fr>",
  "Compte fournisseur pour déposer nos attestations",
  """Bonjour,

Nous sommes titulaire du lot 4 (reliure et équipement des livres) du marché de la centrale. On nous demande nos attestations URSSAF et fiscales tous les six mois. Pouvons-nous avoir un compte sur votre plateforme pour les déposer nous-mêmes ?

Cordialement,
Thierry Dubois, gérant
""",
  "account_creation", False, None, None, "espace_acheteur",
  "A supplier asks for an account to upload its attestations: an account request, but suppliers are not buyers; a person must redirect.",
  hard=True)

M("Emily Carter <e.carter@bilingual-school-lyon.example.org>",
  "Buyer account for a new school",
  """Good afternoon,

We are a private bilingual school that opened last September near Lyon (under contract with the State since January). We would like to open a buyer account to use your framework agreements. Are we eligible, and what do you need from us?

Best,
Emily Carter
Administration Manager
""",
  "account_creation", False, None, None, "espace_acheteur",
  "English; a newly opened school asks for a buyer account: eligibility must be checked by a person.",
  lang="en", fmt="alt", mailer=MAILERS[4])

M("Mathilde Petit <mathilde.petit@ac-reims.fr>",
  "Je n'ai pas perdu mon mot de passe",
  f"""Bonjour,

On m'a répondu de faire « mot de passe oublié », mais je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte ! Je veux simplement en créer un pour mon établissement, le collège Paul Fort à Reims ({U('0510044')}).

Mathilde Petit
""",
  "account_creation", True, U("0510044"), "grand-est", "espace_acheteur",
  "Negation: never had an account, wants to create one; account_creation, not password_reset.",
  hard=True)

M("Intendance Lycée Vauban <intendance.vauban@ac-besancon.fr>",
  "Ouverture du compte client",
  """<p>Bonjour,</p><p>Nous souhaitons ouvrir un compte client pour commander notre premier abonnement e-sidoc. Pouvez-vous nous indiquer la démarche ?</p><p>L'intendance</p>""",
  "account_creation", True, None, "bourgogne-franche-comte", "esidoc",
  "HTML-only: opening the customer account before a first order; region from ac-besancon.fr.",
  fmt="html", mailer=MAILERS[0])

# ------------------------------------------------------- subscription_activation
M("Lucie Bertrand <lucie.bertrand@ac-nantes.fr>",
  "Europresse non visible",
  f"""Bonjour,

Nous avons commandé hier l'abonnement Europresse. Il n'apparaît pas encore dans nos ressources sur e-sidoc. Est-ce normal ?

Lycée Clemenceau, Nantes - {U('0440021')}

Lucie Bertrand
""",
  "subscription_activation", True, U("0440021"), "pays-de-la-loire", "esidoc",
  "Ordered yesterday, not yet visible: within the 72-hour window.")

M("Gaëlle Fournier <gaelle.fournier@ac-rennes.fr>",
  "Devis signé, abonnement toujours expiré",
  f"""Bonjour,

Nous avons signé électroniquement le devis de renouvellement avant-hier et la commande a été validée, mais « Mes abonnements » affiche toujours l'abonnement comme expiré.

Collège Les Gayeulles, Rennes ({U('0352236')}).

Merci,
Gaëlle Fournier
""",
  "subscription_activation", True, U("0352236"), "bretagne", "esidoc",
  "The signed quote is background; renewed two days ago and still shown expired: within 72 hours.",
  hard=True, mailer=MAILERS[1])

M("Jean-Marc Hubert <jean-marc.hubert@ac-dijon.fr>",
  "Abonnement commandé il y a 15 jours",
  f"""Bonjour,

Nous avons commandé et payé l'abonnement Universalis le 3 mars. Deux semaines plus tard il n'est toujours pas accessible. Pouvez-vous regarder ?

Lycée Carnot, Dijon, {U('0210015')}

J-M Hubert
""",
  "subscription_activation", False, U("0210015"), "bourgogne-franche-comte", "esidoc",
  "Ordered two weeks ago: past the 72-hour rule, a person must check the order.")

M("Sandra Gomez <sandra.gomez@ac-aix-marseille.fr>",
  "Publier une ressource sur le portail",
  f"""Bonjour,

Notre abonnement à la presse en ligne est actif, mais les élèves ne le voient pas sur le portail. Comment publie-t-on la ressource ?

Collège Mignet, Aix-en-Provence - {U('0130876')}
""",
  "subscription_activation", True, U("0130876"), "provence-alpes-cote-d-azur", "esidoc",
  "Active resource not published on the portal: publication step.",
  fmt="qp")

M("Principal Collège Marcel Pagnol <ce.0831124w@ac-nice.fr>",
  "Date de mise à disposition de l'abonnement",
  f"""Bonjour,

J'ai validé hier la commande de l'abonnement e-sidoc pour le collège Marcel Pagnol ({U('0831124')}). Pouvez-vous me dire quand il sera disponible pour nos élèves ?

Le principal
""",
  "subscription_activation", True, U("0831124"), "provence-alpes-cote-d-azur", "esidoc",
  "Written by the principal from the ce. address, but he only asks when the subscription will be available: not a head-of-establishment request.",
  hard=True)

M("Sarah Collins <sarah.collins@ac-versailles.fr>",
  "Subscription not showing",
  f"""Hi,

We ordered the Cafeyn subscription on Monday and it still does not show up in our e-sidoc resources. School: Lycée international de Buc, {U('0781943')}.

Thanks,
Sarah Collins
""",
  "subscription_activation", True, U("0781943"), "ile-de-france", "esidoc",
  "English; ordered two days ago, within 72 hours.",
  lang="en")

M("Cyril Blanchard <cyril.blanchard@ac-clermont.fr>",
  "activation abonnement",
  f"""Bonjour, merci d'activer notre abonnement, commande validée ce matin. {U('0150007')}
Cyril
""",
  "subscription_activation", True, U("0150007"), "auvergne-rhone-alpes", "esidoc",
  "Short: activate the subscription, order validated this morning.")

M("Marie-Josée Payet <marie-josee.payet@ac-reunion.fr>",
  "Ressources e-sidoc pas encore visibles",
  f"""Bonjour,

Le renouvellement de nos ressources numériques a été commandé avant-hier. Les élèves ne les voient pas encore depuis l'ENT. Faut-il faire quelque chose de notre côté ?

Lycée Bellepierre, Saint-Denis - {U('9740001')}

Marie-Josée Payet
""",
  "subscription_activation", True, U("9740001"), "la-reunion", "esidoc",
  "Renewal ordered two days ago, not visible through the ENT: within 72 hours; Réunion time zone.",
  tz="reunion", fmt="b64", mailer=MAILERS[0])

# ------------------------------------------------------------------ order_billing
M("Agence comptable Lycée Jean Rostand <agence.comptable@lycee-rostand-roubaix.example.fr>",
  "Demande de RIB pour paiement facture",
  f"""Bonjour,

Pour mettre en paiement votre facture FA-2025-00874 (lycée Jean Rostand, Roubaix, {U('0590184')}), nous avons besoin d'un RIB à votre nom : celui-ci ne figure pas sur la facture déposée dans Chorus Pro.

Merci de nous le transmettre par retour.

L'agence comptable
""",
  "order_billing", False, U("0590184"), "hauts-de-france", None,
  "Asks the centrale's bank details to pay an invoice: payment means, order_billing.",
  mailer=MAILERS[0])

M("Gestion Collège Jules Ferry <gestion.julesferry@ac-normandie.fr>",
  "Kbis et RIB pour création fournisseur",
  """Bonjour,

Afin de créer votre société comme fournisseur dans notre logiciel comptable Op@le avant notre première commande, merci de nous adresser un extrait Kbis de moins de trois mois et un RIB.

Cordialement,
Le service gestion
""",
  "order_billing", False, None, "normandie", None,
  "Buyer asks Kbis and RIB to register the supplier before a first order: order_billing (payment setup).",
  hard=True)

M("Comptabilité - Éditions Papyrus <compta@editions-papyrus.example.fr>",
  "Relance facture impayée - lycée de Vienne",
  """Bonjour,

Notre facture n° 2025-0142 du 15 janvier, émise dans le cadre du marché de la centrale pour le lycée Ella Fitzgerald de Vienne, n'est toujours pas réglée à ce jour (échéance dépassée de 30 jours).

Pouvez-vous nous indiquer où en est le paiement ou à qui nous adresser ?

Cordialement,
Service comptabilité
Éditions Papyrus
""",
  "order_billing", False, None, None, None,
  "A supplier chases an unpaid invoice: order_billing, no UAI given.",
  fmt="alt", mailer=MAILERS[5])

M("Hugo Lemoine <hugo.lemoine@ac-lyon.fr>",
  "Facture Chorus - quel SIRET ?",
  f"""Bonjour,

Notre agence comptable a rejeté votre facture dans Chorus Pro car le SIRET de destination n'est pas le bon (c'est celui du lycée support et non du collège). Pouvez-vous la redéposer au bon SIRET ?

Collège Jean Moulin, Lyon 5e, {U('0690579')}

Hugo Lemoine
""",
  "order_billing", False, U("0690579"), "auvergne-rhone-alpes", None,
  "Invoice rejected in Chorus Pro for a wrong SIRET.")

M("Claire Simon <claire.simon@ac-nancy-metz.fr>",
  "Devis signé - où déposer le bon d'engagement ?",
  f"""Bonjour,

J'ai signé électroniquement le devis n° D-25-0318 pour l'abonnement e-sidoc. Je dois maintenant joindre le bon d'engagement, mais je ne vois pas où le déposer dans le panier.

Lycée Fabert, Metz ({U('0570030')}).

Claire Simon
""",
  "order_billing", False, U("0570030"), "grand-est", "esidoc",
  "Signed quote, now the bon d'engagement upload in the basket: order validation, order_billing.",
  mailer=MAILERS[0])

M("Patrick Renard <patrick.renard@ac-caen.fr>",
  "Facture en double",
  f"""Bonjour,

Nous avons reçu deux fois la même facture (FA-2025-00911) pour notre abonnement, une par courrier et une dans Chorus. Pouvez-vous annuler le doublon pour éviter un double paiement ?

Lycée Malherbe, Caen - {U('0140013')}

P. Renard, gestionnaire
""",
  "order_billing", False, U("0140013"), "normandie", "esidoc",
  "Duplicate invoice; asks to cancel one.")

M("Imprimerie Lacoste <administratif@imprimerie-lacoste.example.fr>",
  "Changement de coordonnées bancaires",
  """Bonjour,

Suite au changement de notre banque au 1er mars, nous vous prions de noter nos nouvelles coordonnées bancaires (RIB joint) pour les règlements à venir au titre du lot 2 du marché d'impression.

Merci de mettre à jour vos fichiers et de nous confirmer la prise en compte.

Marie Lacoste
Service administratif
Imprimerie Lacoste

Pièce jointe : RIB_Lacoste_2025.pdf
""",
  "order_billing", False, None, None, None,
  "A known supplier announces new bank details: payment data, order_billing. A classic fraud pattern, so a person must verify by phone before any change.",
  hard=True)

M("Finance Office <finance@lycee-francais-jersey.example.org>",
  "Invoice without purchase order number",
  """Hello,

We received your invoice for the e-sidoc subscription but it does not show our purchase order number (PO-2025-031), so our accountant cannot process it. Could you please issue a corrected invoice?

Regards,
Finance Office
""",
  "order_billing", False, None, None, "esidoc",
  "English; corrected invoice needed with the purchase order number.",
  lang="en", fmt="alt", mailer=MAILERS[0])

M("Nicole Barbier <nicole.barbier@ac-grenoble.fr>",
  "Attestation de service fait / facture",
  f"""Bonjour,

Notre agent comptable me demande une attestation de service fait pour la facture d'installation du portail (janvier), ou une facture mentionnant la date de réalisation. Pouvez-vous nous fournir l'une ou l'autre ?

Collège Le Grand Som, Saint-Laurent-du-Pont - {U('0380993')}

Nicole Barbier
""",
  "order_billing", False, U("0380993"), "auvergne-rhone-alpes", "esidoc",
  "Document needed to pay an invoice (attestation de service fait): billing, not contract_documents.",
  hard=True)

M("Principal Collège Saint-Exupéry <ce.0261162x@ac-grenoble.fr>",
  "Kbis et RIB de la centrale",
  f"""Bonjour,

Je suis le principal du collège Saint-Exupéry de Bourg-lès-Valence ({U('0261162')}). Notre nouvelle agente comptable exige, avant la première commande, le Kbis et le RIB de la centrale d'achat. Pouvez-vous me les faire parvenir ?

Cordialement,
Le principal
""",
  "order_billing", False, U("0261162"), "auvergne-rhone-alpes", None,
  "Written by the principal from the ce. address, but asks for the Kbis and RIB for payment setup: order_billing, not a head-of-establishment request.",
  hard=True)

M("Aline Garnier <aline.garnier@ac-orleans-tours.fr>",
  "Bon d'engagement signé refusé",
  f"""Bonjour,

Au moment de valider la commande, le dépôt du bon d'engagement est refusé avec le message « fichier non conforme ». Le PDF est signé électroniquement par notre ordonnateur, c'est peut-être cela qui pose problème ?

Lycée Pothier, Orléans, {U('0450049')}

Aline Garnier
""",
  "order_billing", False, U("0450049"), "centre-val-de-loire", "esidoc",
  "Bon d'engagement upload refused at order validation (signed PDF).",
  fmt="qp", mailer=MAILERS[1])

M("Raphaël Guillot <raphael.guillot@ac-paris.fr>",
  "Demande d'avoir",
  f"""Bonjour,

La facture FA-2025-00655 comprend deux licences alors que nous n'en avons commandé qu'une. Pouvez-vous nous établir un avoir ?

Lycée Turgot, Paris 3e ({U('0750647')})

Raphaël Guillot
""",
  "order_billing", False, U("0750647"), "ile-de-france", "esidoc",
  "Credit note for an over-invoiced licence.")

M("Josette Lebon <josette.lebon@ac-guadeloupe.fr>",
  "IBAN manquant sur la facture",
  f"""Bonjour,

Nous réglons par mandat administratif, mais l'IBAN et le BIC n'apparaissent pas sur votre facture et le Trésor nous la renvoie. Pouvez-vous nous envoyer une facture complète ou un RIB ?

Lycée Baimbridge, Les Abymes - {U('9710003')}

Josette Lebon
""",
  "order_billing", False, U("9710003"), "guadeloupe", None,
  "Bank details missing from an invoice paid by mandat administratif; Guadeloupe time zone.",
  tz="antilles")

M("Fournitures Scolaires du Centre <adv@fsc-bourges.example.fr>",
  "Bon de commande non signé",
  """Bonjour,

Nous avons reçu via la centrale un bon de commande du collège Littré de Bourges, mais il n'est pas signé par l'ordonnateur. Notre service ADV ne peut pas lancer la livraison sans un bon signé. Pouvez-vous relancer l'établissement ou nous dire si la validation sur la plateforme vaut signature ?

Cordialement,
Service ADV
""",
  "order_billing", False, None, None, None,
  "A supplier asks about an unsigned purchase order: order validation, order_billing.",
  hard=True)

# ------------------------------------------------------------ contract_documents
M("Françoise Leclerc <francoise.leclerc@ac-rouen.fr>",
  "Convention signée introuvable dans Mes Marchés",
  f"""Bonjour,

Notre convention d'adhésion a été signée électroniquement par le proviseur le 10 mars (nous avons reçu la notification). Pourtant, dans « Mes Marchés », je ne trouve pas le document signé, seulement la version à signer.

Lycée Corneille, Rouen ({U('0760090')}).

Françoise Leclerc
""",
  "contract_documents", False, U("0760090"), "normandie", "espace_acheteur",
  "The signed convention is not visible in 'Mes Marchés'.")

M("Antoine Faure <antoine.faure@ac-clermont.fr>",
  "Avenant n°3 absent des documents du marché",
  f"""Bonjour,

Nous avons été informés de l'avenant n°3 au marché de fournitures de bureau (révision des prix). Il n'apparaît pas parmi les pièces du marché sur l'Espace Acheteur, et les prix affichés sont toujours les anciens.

Lycée Jean Monnet, Aurillac - {U('0150646')}

Antoine Faure
""",
  "contract_documents", False, U("0150646"), "auvergne-rhone-alpes", "espace_acheteur",
  "Amendment no. 3 missing from the market documents.")

M("Marion Texier <marion.texier@ac-nantes.fr>",
  "Attestations du titulaire",
  f"""Bonjour,

Pour le contrôle de notre agent comptable, je dois joindre au dossier du marché de restauration l'attestation de vigilance URSSAF et l'attestation de régularité fiscale du titulaire. Elles ne sont pas dans les documents du marché sur l'Espace Acheteur. Pouvez-vous les y mettre ou me les envoyer ?

Collège Jean Rostand, La Roche-sur-Yon - {U('0850025')}

Marion Texier
""",
  "contract_documents", False, U("0850025"), "pays-de-la-loire", "espace_acheteur",
  "Supplier attestations missing from the market documents: contract_documents.",
  hard=True)

M("Bertrand Noël <bertrand.noel@ac-reims.fr>",
  "Acte d'engagement signé",
  f"""Bonjour,

Je ne trouve pas l'acte d'engagement signé du marché 2024-087 (matériel informatique) dans les documents de la consultation. Seul le modèle vierge est téléchargeable.

Lycée Chanzy, Charleville-Mézières ({U('0080018')}).

B. Noël
""",
  "contract_documents", False, U("0080018"), "grand-est", "espace_acheteur",
  "Signed acte d'engagement missing; only the blank model is available.",
  mailer=MAILERS[0])

M("Daniel Brooks <d.brooks@ecole-internationale-manosque.example.org>",
  "Cannot download the CCTP",
  """Hello,

When I click on the technical specifications (CCTP) of the furniture framework agreement in the buyer space, I get an "access denied" page. The other documents of the same market open fine.

Could you check?

Daniel Brooks
""",
  "contract_documents", False, None, None, "espace_acheteur",
  "English; one market document (CCTP) gives access denied.",
  lang="en")

M("Laetitia Morin <laetitia.morin@ac-creteil.fr>",
  "RE: [#SUP-118266] Convention manquante",
  f"""Bonjour,

Je reviens vers vous : malgré votre réponse de la semaine dernière, la convention 2025 n'apparaît toujours pas dans notre espace. La région m'a dit de vous réécrire.

Collège Louise Michel, Clichy-sous-Bois - {U('0931191')}

Laetitia Morin

Le mer. 12 mars 2025 à 15:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Votre demande a été transmise à l'équipe régionale.
> Cordialement
""",
  "contract_documents", False, U("0931191"), "ile-de-france", "espace_acheteur",
  "Follow-up (Gmail quote): the convention is still missing after the region's answer.",
  hdrs=[("In-Reply-To", "<SUP-118266.1741789200.3cc0@assistance.example.fr>")])

M("Véronique Aubry <veronique.aubry@ac-lille.fr>",
  "Erreur en téléchargeant la convention d'adhésion",
  f"""Bonjour,

En cliquant sur « Télécharger la convention d'adhésion » j'obtiens une page « 404 - document introuvable ». J'en ai besoin pour le conseil d'administration de jeudi.

Lycée Mariette, Boulogne-sur-Mer, {U('0620108')}

Véronique Aubry
""",
  "contract_documents", False, U("0620108"), "hauts-de-france", "espace_acheteur",
  "Convention download returns 404.",
  fmt="b64", mailer=MAILERS[0])

M("Sébastien Royer <sebastien.royer@ac-besancon.fr>",
  "BPU du marché mobilier",
  """Bonjour,

Le bordereau des prix unitaires du marché mobilier scolaire n'est plus visible dans les pièces du marché depuis la mise à jour de la plateforme. Pouvez-vous le republier ?

Sébastien Royer
Lycée Victor Bérard, Morez
""",
  "contract_documents", False, None, "bourgogne-franche-comte", "espace_acheteur",
  "BPU missing from the market documents; no UAI, region from ac-besancon.fr.")

M("Monique Vidal <monique.vidal@ac-toulouse.fr>",
  "Conventions de l'ancienne plateforme",
  f"""Bonjour,

Sur l'ancienne plateforme, je voyais toutes nos conventions signées depuis 2019. Sur la nouvelle, rien n'apparaît avant 2024. Est-ce une question de droits sur mon compte ou les documents n'ont-ils pas été repris ?

Collège Pierre de Fermat, Toulouse - {U('0310033')}

Monique Vidal
""",
  "contract_documents", False, U("0310033"), "occitanie", "espace_acheteur",
  "Older signed conventions not visible after the migration; maybe an access-rights issue (close to account_creation).",
  hard=True)

M("Jean-Pierre Lambert <jp.lambert@ac-limoges.fr>",
  "Kbis du titulaire manquant",
  f"""Bonjour,

Dans les pièces du marché de transport scolaire, il manque le Kbis du titulaire et son attestation d'assurance, que notre agent comptable exige pour le premier paiement. Pouvez-vous les ajouter aux documents du marché ?

Lycée Gay-Lussac, Limoges ({U('0870015')}).

J-P Lambert
""",
  "contract_documents", False, U("0870015"), "nouvelle-aquitaine", "espace_acheteur",
  "Kbis and insurance certificate of the market holder missing from the market documents: contract_documents although it mentions a payment.",
  hard=True)

M("Emmanuelle Girard <emmanuelle.girard@ac-orleans-tours.fr>",
  "Exemplaire unique du marché",
  f"""Bonjour,

Notre titulaire souhaite céder sa créance à sa banque et nous demande l'exemplaire unique (certificat de cessibilité) du marché. Je ne le trouve pas dans les documents disponibles. Est-il fourni par la centrale ?

Lycée Jean Zay, Orléans - {U('0450051')}

Emmanuelle Girard
""",
  "contract_documents", False, U("0450051"), "centre-val-de-loire", "espace_acheteur",
  "The certificat de cessibilité (exemplaire unique) is not among the market documents.",
  hard=True)

M("Gérald Fontaine <gerald.fontaine@ac-martinique.fr>",
  "Attestation d'adhésion pour le conseil d'administration",
  f"""Bonjour,

Notre conseil d'administration demande une attestation d'adhésion à la centrale, ou la convention signée, pour la délibération. Je ne trouve ni l'une ni l'autre dans notre espace.

Collège Petit Manoir, Le Lamentin ({U('9720573')}).

Gérald Fontaine
""",
  "contract_documents", False, U("9720573"), "martinique", "espace_acheteur",
  "Membership certificate or signed convention not found in the space; Martinique time zone.",
  tz="antilles")

M("Nicolas Perrot <nicolas.perrot@ac-amiens.fr>",
  "Avenant signé avec les anciens prix",
  f"""Bonjour,

L'avenant n°1 au marché de papier que nous avons signé électroniquement mentionne encore les prix de 2024 dans son annexe, alors que le courrier d'annonce indiquait une révision. La version en ligne est-elle la bonne ?

Lycée Cassini, Clermont (Oise) - {U('0600013')}

N. Perrot
""",
  "contract_documents", False, U("0600013"), "hauts-de-france", "espace_acheteur",
  "The signed amendment's annex shows old prices: a question about the market documents themselves.",
  hard=True, mailer=MAILERS[1])

# ------------------------------------------------------------- transfer_incident
M("Xavier Dumont <xavier.dumont@ac-lille.fr>",
  "Licence à régénérer",
  f"""Bonjour,

Depuis le changement de serveur, Charlemagne affiche « licence invalide » et les transferts vers EcoleDirecte sont arrêtés. Pouvez-vous régénérer la licence ?

Institution Saint-Jude, Armentières, {U('0592963')}

X. Dumont
""",
  "transfer_incident", False, U("0592963"), "hauts-de-france", "ecoledirecte",
  "Licence to regenerate after a server change.")

M("Secrétariat Saint-Joseph <secretariat@stjoseph-lannion.example.fr>",
  "mot de passe de maintenance",
  """Bonjour,

Pouvez-vous nous communiquer le mot de passe de maintenance du jour ? Nous devons relancer la réindexation de la base avant les conseils de classe.

Merci,
Le secrétariat
""",
  "transfer_incident", False, None, None, "ecoledirecte",
  "Daily maintenance password: transfer_incident per the taxonomy, not password_reset.",
  hard=True)

M("Informatique Lycée La Salle <info@lasalle-avignon.example.fr>",
  "Transferts EcoleDirecte en échec - certificat expiré ?",
  """Bonjour,

Depuis lundi, chaque transfert vers EcoleDirecte échoue avec « erreur SSL : certificat expiré ». Nous avons vérifié l'heure du serveur. Le certificat en cause est-il de notre côté ou du vôtre ?

Service informatique
""",
  "transfer_incident", False, None, None, "ecoledirecte",
  "Transfer failing with a certificate error: a certificate topic this week, but a transfer incident.",
  hard=True, mailer=MAILERS[0])

M("Céline Arnaud <celine.arnaud@institution-ndl.example.fr>",
  "Notes non synchronisées",
  """Bonjour,

Les notes saisies depuis vendredi n'apparaissent pas dans EcoleDirecte pour les familles. Le dernier transfert réussi date de jeudi.

Céline Arnaud
Directrice des études
""",
  "transfer_incident", False, None, None, "ecoledirecte",
  "Grades no longer reach EcoleDirecte; last successful transfer four days ago.",
  fmt="alt", mailer=MAILERS[0])

M("Lycée Saint-Paul - Vie scolaire <viescolaire@stpaul-angers.example.fr>",
  "Proxy et transferts",
  """Bonjour,

Notre nouveau pare-feu bloque visiblement les transferts (le test de connexion du diagnostic échoue). Quels paramètres de proxy faut-il saisir dans Charlemagne ?

Merci
""",
  "transfer_incident", False, None, None, "ecoledirecte",
  "Proxy settings after a firewall change; the connection test fails.")

M("Gestion Collège Sainte-Marie <gestion@ste-marie-dax.example.fr>",
  "Transfert bloqué",
  """<div>Bonjour,</div><div><br></div><div>Le transfert vers EcoleDirecte reste bloqué sur « en cours » depuis ce matin, et l'outil ne répond plus. Nous avons redémarré le poste sans effet.</div><div><br></div><div>Cordialement</div>""",
  "transfer_incident", False, None, None, "ecoledirecte",
  "HTML-only Outlook: a transfer stuck 'in progress'.",
  fmt="html", mailer=MAILERS[0])

# -------------------------------------------------------------------- automated
ESIGN = "Service de signature électronique <noreply@esign-notify.example.com>"

M(ESIGN,
  "Vous êtes invité à signer : Convention d'adhésion 2025 - Lycée Diderot",
  """Bonjour,

Assistance Centrale d'achat vous invite à signer le document « Convention d'adhésion 2025 - Lycée Diderot ».

SIGNER LE DOCUMENT : https://app.esign-notify.example.com/sign/8f2c41d0

Ce lien est personnel. Ne transférez pas cet e-mail.

Ce message a été envoyé automatiquement, merci de ne pas y répondre.
""",
  "automated", False, None, None, "esignature",
  "E-signature invitation received by the desk (it is a signatory): transactional no-reply mail without Auto-Submitted; only the sender and wording show it is automatic.",
  hard=True, fmt="alt")

M(ESIGN,
  "Rappel : un document attend votre signature",
  """Bonjour,

Le document « Avenant n°2 - Marché entretien 2024-031 » attend toujours votre signature. Il expirera le 28/03/2025.

SIGNER : https://app.esign-notify.example.com/sign/1a9e77b3

Message automatique - ne pas répondre.
""",
  "automated", False, None, None, "esignature",
  "Automatic signature reminder with Auto-Submitted: auto-generated.",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

M(ESIGN,
  "Refusé : Bon de commande BC-2025-0412",
  """Bonjour,

Martine Gauthier a refusé de signer « Bon de commande BC-2025-0412 ».
Motif indiqué : « Montant à corriger, voir avec la gestionnaire. »

Pour toute question, contactez l'expéditeur du document.

Ce message a été envoyé automatiquement.
""",
  "automated", False, None, None, "esignature",
  "E-signature 'refused' notification: automatic, even though it carries a human reason text.",
  hard=True, hdrs=[("Auto-Submitted", "auto-generated")], fmt="alt")

M("Sandrine Masson <sandrine.masson@ac-versailles.fr>",
  "Réponse automatique : Convention 2025 à signer",
  """Bonjour,

Je suis absente jusqu'au 24 mars inclus. Pour toute question concernant les marchés, conventions ou signatures, merci de vous adresser à l'intendance (intendance.lycee@ac-versailles.fr).

Cordialement,
Sandrine Masson
""",
  "automated", False, None, "ile-de-france", None,
  "Exchange out-of-office in French that mentions conventions and signatures; Auto-Submitted present. Region from ac-versailles.fr.",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<SUP-118631.1742376000.b2d4@assistance.example.fr>")],
  mailer=MAILERS[0])

M("Tom Hargreaves <tom.hargreaves@gmail.com>",
  "Out of office: [#SUP-118640] Your contract documents",
  """Hi,

I'm away on a school trip until Monday 24 March with very limited access to e-mail. I will reply when I'm back.

Tom
""",
  "automated", False, None, None, None,
  "English Gmail vacation responder (Auto-Submitted: auto-replied).",
  lang="en", hdrs=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])

M("Pascale Renaud <pascale.renaud@ac-dijon.fr>",
  "Absence",
  """Bonjour,

Je suis en formation du 17 au 21 mars. Votre message sera traité à mon retour.

Pascale Renaud
Gestionnaire - Collège Les Prés Saint-Jean
""",
  "automated", False, None, "bourgogne-franche-comte", None,
  "Zimbra vacation reply from the académie webmail; region from ac-dijon.fr.",
  hdrs=[("Auto-Submitted", "auto-replied (zimbra; vacation)")], mailer=MAILERS[2])

BOUNCE_1 = ('multipart/report; report-type=delivery-status; boundary="b107bnc01"', """This is a MIME-encapsulated message.

--b107bnc01
Content-Type: text/plain; charset="us-ascii"
Content-Description: Notification

This is the mail system at host mx.lycee-arago-perpignan.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<gestion.ancienne@lycee-arago-perpignan.example.fr>: host
    mx.lycee-arago-perpignan.example.fr said: 550 5.1.1 User unknown

--b107bnc01
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mx.lycee-arago-perpignan.example.fr

Final-Recipient: rfc822; gestion.ancienne@lycee-arago-perpignan.example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--b107bnc01
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: gestion.ancienne@lycee-arago-perpignan.example.fr
Subject: [#SUP-118655] Votre convention signee
Auto-Submitted: auto-replied

--b107bnc01--
""")
M("Mail Delivery System <MAILER-DAEMON@mx.lycee-arago-perpignan.example.fr>",
  "Undelivered Mail Returned to Sender", None,
  "automated", False, None, None, None,
  "Postfix bounce (multipart/report, headers only) of a desk reply about a signed convention; null Return-Path.",
  lang="en", raw=BOUNCE_1, hdrs=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")])

BOUNCE_2 = ('multipart/report; report-type=delivery-status; boundary="b107ndr02"', """--b107ndr02
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis à jp.marechal@college-vauban.example.fr, car la boîte aux lettres du destinataire est pleine.

Diagnostic pour les administrateurs :
Serveur de génération : PR1P264MB1234.FRAP264.PROD.OUTLOOK.COM
Erreur distante : 552 5.2.2 Mailbox full

--b107ndr02
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB1234.FRAP264.PROD.OUTLOOK.COM

Final-Recipient: rfc822;jp.marechal@college-vauban.example.fr
Action: failed
Status: 5.2.2

--b107ndr02--
""")
M("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@college-vauban.example.fr>",
  "Non remis : [#SUP-118662] Attestation d'adhésion", None,
  "automated", False, None, None, None,
  "Exchange Online non-delivery report in French (mailbox full).",
  raw=BOUNCE_2, hdrs=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")])

RECEIPT = ('multipart/report; report-type=disposition-notification; boundary="b107mdn03"', """--b107mdn03
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message

  À : Bernadette Caron
  Objet : [#SUP-118670] Kbis de la centrale
  Envoyé : mercredi 19 mars 2025 10:02

a été lu le mercredi 19 mars 2025 10:15.

--b107mdn03
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;bernadette.caron@ac-amiens.fr
Disposition: manual-action/MDN-sent-manually; displayed

--b107mdn03--
""")
M("Bernadette Caron <bernadette.caron@ac-amiens.fr>",
  "Lu : [#SUP-118670] Kbis de la centrale", None,
  "automated", False, None, "hauts-de-france", None,
  "Outlook read receipt in French about a Kbis ticket; region from ac-amiens.fr.",
  raw=RECEIPT)

M("CertiRGS Services <no-reply@certificats-rgs.example.com>",
  "Votre certificat de signature expire dans 30 jours",
  """Bonjour,

Le certificat de signature électronique RGS** n° 4F:A2:91:0C délivré à ASSISTANCE CENTRALE D'ACHAT expire le 18/04/2025.

Pour le renouveler, connectez-vous à votre espace client : https://certificats-rgs.example.com/renouveler

Ceci est un message automatique.
""",
  "automated", False, None, None, None,
  "Certificate-authority expiry notice to the desk: auto-generated notification, not a question.",
  hdrs=[("Auto-Submitted", "auto-generated")], fmt="qp")

M("Centrale d'achat - Actualités <newsletter@actualites.espace-acheteur.example.fr>",
  "La signature électronique arrive dans votre Espace Acheteur",
  """Lettre d'information - mars 2025

Signez vos conventions et avenants en ligne

Depuis le 10 mars, les conventions d'adhésion et les avenants se signent directement dans l'Espace Acheteur. Fini les impressions et les scans !

Comment ça marche : https://actualites.espace-acheteur.example.fr/signature

Vous recevez ce message car vous êtes inscrit à la lettre d'information.
Se désinscrire : https://actualites.espace-acheteur.example.fr/u/8812/c3d1
""",
  "automated", False, None, None, "espace_acheteur",
  "Marketing newsletter (List-Id, List-Unsubscribe, Precedence: bulk) announcing e-signature.",
  fmt="alt",
  hdrs=[("List-Id", "Actualites de la centrale d'achat <actualites.espace-acheteur.example.fr>"),
        ("List-Unsubscribe", "<https://actualites.espace-acheteur.example.fr/u/8812/c3d1>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk")])

M("Portail d'assistance <notifications@tickets.assistance.example.fr>",
  "[Ticket #40817] Mise à jour : demande de Kbis fournisseur",
  """Le ticket #40817 « Demande de Kbis fournisseur » a été mis à jour par Éditions Papyrus.

Nouveau statut : En attente de votre réponse

Consulter le ticket : https://tickets.assistance.example.fr/t/40817

Ne répondez pas à ce message.
""",
  "automated", False, None, None, "ticket_portal",
  "Ticket-portal notification (Auto-Submitted: auto-generated).",
  hdrs=[("Auto-Submitted", "auto-generated")])

M("Jean-Christophe Viala <jc.viala@collectivite-herault.example.fr>",
  "Absent du bureau",
  """Bonjour,

Je suis absent du bureau jusqu'au lundi 24 mars. En cas d'urgence concernant les marchés publics, contactez le standard au 04 67 00 00 00.

Cordialement
J-C Viala
""",
  "automated", False, None, None, None,
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence; only the wording shows it is automatic.",
  hard=True, mailer=MAILERS[0])

M("Mail Delivery Subsystem <mailer-daemon@relay.assistance.example.fr>",
  "Delayed Mail (still being retried)",
  """This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<gestion@lycee-michelet-montauban.example.fr>: connect to
    mx.lycee-michelet-montauban.example.fr[203.0.113.77]:25: Connection timed out

Action: delayed
""",
  "automated", False, None, None, None,
  "Delay warning from our own relay: not a failure, still automatic.",
  lang="en", hdrs=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")])

M("Chorus Pro <ne-pas-repondre@chorus-pro.example.gouv.fr>",
  "Chorus Pro - Une facture a changé de statut",
  """Bonjour,

La facture n° FA-2025-00874 déposée par ASSISTANCE CENTRALE D'ACHAT est passée au statut : MISE EN PAIEMENT.

Ce courriel est généré automatiquement, merci de ne pas y répondre.
""",
  "automated", False, None, None, None,
  "Chorus Pro status notification (no-reply, auto-generated): mentions an invoice but is not order_billing.",
  hard=True, hdrs=[("Auto-Submitted", "auto-generated")])

M("Espace Acheteur <no-reply@espace-acheteur.example.fr>",
  "Nouveau document disponible : Marché 2025-014 - Avenant n°1",
  """Bonjour,

Un nouveau document a été publié pour le marché 2025-014 « Fournitures de bureau » : Avenant n°1 (signé).

Accéder au marché : https://espace-acheteur.example.fr/marches/2025-014

Vous recevez ce message car vous suivez ce marché.
""",
  "automated", False, None, None, "espace_acheteur",
  "Platform no-reply notification of a newly published amendment, received by the desk.",
  hdrs=[("Auto-Submitted", "auto-generated")], fmt="alt")

M("Marie Kergoat <marie.kergoat@ac-rennes.fr>",
  "[doc-bretagne] Signature électronique des conventions : comment faites-vous ?",
  """Bonjour à toutes et tous,

La centrale nous demande de signer la convention en ligne. Est-ce que l'une d'entre vous l'a déjà fait ? Faut-il un certificat personnel ou un simple code reçu par mail suffit-il ?

Merci pour vos retours,
Marie, collège de Landerneau
""",
  "automated", False, None, "bretagne", "esignature",
  "A real question, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from ac-rennes.fr.",
  hard=True, to="doc-bretagne@listes.ac-rennes.fr",
  hdrs=[("List-Id", "Documentalistes de Bretagne <doc-bretagne.listes.ac-rennes.fr>"),
        ("List-Post", "<mailto:doc-bretagne@listes.ac-rennes.fr>"),
        ("Precedence", "list"), ("Sender", "doc-bretagne-bounces@listes.ac-rennes.fr")])

M("Assistance DANE <assistance.dane@ac-poitiers.fr>",
  "[DANE-88412] Accusé de réception de votre demande",
  """Bonjour,

Votre demande a bien été enregistrée sous le numéro DANE-88412. Un technicien la prendra en charge dans les meilleurs délais.

Merci de ne pas répondre à ce message.
Plateforme d'assistance de la DANE
""",
  "automated", False, None, "nouvelle-aquitaine", None,
  "Another help desk's acknowledgement (Auto-Submitted, X-Loop): answering would start a loop. Region from ac-poitiers.fr.",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance.dane@ac-poitiers.fr")])

M("Mailinblack <no-reply@protect.mailinblack.example.com>",
  "Merci de confirmer votre message à gestion@college-camus-sete.example.fr",
  """Bonjour,

Vous avez envoyé un message à gestion@college-camus-sete.example.fr. Ce destinataire est protégé par Mailinblack.

Pour que votre message soit délivré, merci de confirmer que vous êtes bien un humain en cliquant sur le lien ci-dessous :

https://protect.mailinblack.example.com/challenge/9c41e2

Ce message est envoyé automatiquement.
""",
  "automated", False, None, None, None,
  "The MailInBlack challenge itself, sent to the desk after it wrote to a school: machine mail, not a mailinblack_spam request.",
  hard=True, hdrs=[("Auto-Submitted", "auto-generated")], fmt="alt")

M("Service de signature électronique <notifications@esign-notify.example.com>",
  "Votre résumé hebdomadaire de signatures",
  """Résumé de la semaine du 10 au 16 mars

Documents envoyés : 4
Documents signés : 3
En attente : 1 (Avenant n°2 - Marché entretien)

Gérer vos préférences de notification : https://app.esign-notify.example.com/settings
""",
  "automated", False, None, None, "esignature",
  "Weekly digest from the signature service (Precedence: bulk, List-Unsubscribe).",
  hdrs=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://app.esign-notify.example.com/unsub/77a1>")],
  fmt="alt")

# ------------------------------------------------------------------------ other
M("Jean-François Bailly <jf.bailly@ac-nancy-metz.fr>",
  "Renouvellement de mon certificat de signature",
  """Bonjour,

Mon certificat de signature électronique personnel (clé USB) expire le mois prochain. Est-ce vous qui le renouvelez, ou dois-je passer par l'autorité de certification ? Je ne trouve pas l'information.

J-F Bailly, proviseur adjoint
""",
  "other", False, None, "grand-est", None,
  "Renewal of a personal signing certificate issued by a third-party authority: not a service of the desk, no category; region from ac-nancy-metz.fr.",
  hard=True)

M("Odile Marchand <odile.marchand@ac-lyon.fr>",
  "Signature « validité inconnue » sur le contrat",
  """Bonjour,

En ouvrant le contrat signé dans Acrobat Reader, le panneau de signatures affiche « La validité de la signature est inconnue ». Notre agent comptable s'inquiète : le document est-il valable ?

Odile Marchand
""",
  "other", False, None, "auvergne-rhone-alpes", "esignature",
  "A question about the validity display of an e-signature (trust list in the PDF reader): the document is visible, so not contract_documents; other.",
  hard=True)

M("DocuSign <dse_NA4@docusign-secure-review.example.net>",
  "Please review and sign: Invoice_Payment_Agreement.pdf",
  """Hello,

You have received a document to review and sign.

REVIEW DOCUMENT: http://docusign-secure-review.example.net/login?u=support

Please complete within 24 hours or the document will expire.

Powered by DocuSign
""",
  "other", False, None, None, None,
  "English phishing dressed as a signature request (look-alike domain, failing SPF/DMARC): other, no platform since it is not the real product.",
  lang="en", hard=True, auth="fail", fmt="html_from_text")

M("Mike Rowe <mike@seo-rankers-pro.example.com>",
  "Your website ranking",
  """Hi there,

I noticed your website is not on the first page of Google for important keywords. We can fix that in 30 days, guaranteed. Reply YES for a free audit.

Mike
""",
  "other", False, None, None, None,
  "English SEO spam.",
  lang="en")

M("Roselyne Hamon <roselyne.hamon@ac-rennes.fr>",
  "Merci !",
  """Merci beaucoup, le nouveau lien a fonctionné et j'ai pu changer mon mot de passe. Bonne journée !

Roselyne

Le 19/03/2025 à 08:12, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation a été envoyé à l'adresse officielle de votre établissement.
""",
  "other", False, None, "bretagne", "esidoc",
  "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked.",
  hard=True, hdrs=[("In-Reply-To", "<SUP-118701.1742368320.1f0a@assistance.example.fr>")])

M("Isabelle Fabre <isabelle.fabre@ac-bordeaux.fr>",
  "Plusieurs signataires dans le parapheur",
  """Bonjour,

Dans le parapheur électronique, comment faire pour que le document soit signé d'abord par le gestionnaire puis par le proviseur, dans cet ordre ? Je ne vois qu'un seul signataire possible.

Isabelle Fabre
""",
  "other", False, None, "nouvelle-aquitaine", "esignature",
  "How-to question about the signing order in the parapheur: no category of its own.")

M("Guillaume Rolland <guillaume.rolland@ac-nantes.fr>",
  "Convention à signer avec un mauvais SIRET",
  """Bonjour,

La convention que l'on nous demande de signer électroniquement comporte le SIRET de l'ancien collège (avant la fusion). Je ne veux pas signer un document erroné. Qui peut le corriger ?

G. Rolland, gestionnaire
""",
  "other", False, None, "pays-de-la-loire", "esignature",
  "The convention to sign carries a wrong SIRET: only the document's issuer can fix it; about a convention but not access to it, so other.",
  hard=True)

M("Léa Fontaine <lea.fontaine.pro@gmail.com>",
  "Candidature spontanée - stage assistante juridique",
  """Madame, Monsieur,

Étudiante en licence de droit public, je recherche un stage de deux mois à partir de juin dans le domaine des marchés publics. Vous trouverez mon CV en pièce jointe.

Je reste à votre disposition,
Léa Fontaine
""",
  "other", False, None, None, None,
  "Unsolicited internship application.")

M("Famille Nguyen <nguyen.family@free.fr>",
  "Certificat de scolarité",
  """Bonjour,

Pourriez-vous m'envoyer un certificat de scolarité pour mon fils Lucas, en 4e B ? C'est pour la CAF.

Merci
Mme Nguyen
""",
  "other", False, None, None, None,
  "A parent asks for a school certificate: wrong address. 'Certificat' here has nothing to do with signing.",
  hard=True)

M("Thibault Marin <thibault.marin@signaflow.example.io>",
  "Parapheur électronique pour vos établissements ?",
  """Bonjour Madame, Monsieur,

Je me permets de vous contacter car SignaFlow équipe déjà plus de 300 collectivités en parapheur électronique conforme eIDAS. Auriez-vous 20 minutes la semaine prochaine pour une démonstration ?

Bien à vous,
Thibault Marin
Responsable grands comptes, SignaFlow
""",
  "other", False, None, None, None,
  "Cold sales prospecting for an e-signature product, written to one person: other, not automated.")

M("Agnès Royer <agnes.royer@orange.fr>",
  "Suppression de mes données",
  """Bonjour,

Ancienne gestionnaire d'un collège, je ne travaille plus dans l'Éducation nationale. Conformément au RGPD, je vous demande de supprimer mon compte et toutes mes données personnelles, y compris mon nom sur les conventions signées si possible.

Agnès Royer
""",
  "other", False, None, None, None,
  "GDPR erasure request: other (human review), not account_creation.")

M("Yves Carlier <yves.carlier@ac-reims.fr>",
  "Toujours rien !!!",
  """Cela fait trois semaines que j'attends une réponse. C'est inadmissible. Merci de faire le nécessaire.
""",
  "other", False, None, "grand-est", None,
  "Angry complaint that says nothing about the topic: no category can be told.")

M("Corinne Blanchet <corinne.blanchet@ac-lyon.fr>",
  "Repas de samedi",
  """Coucou Sylvie,

On a réservé pour 8 à la crêperie samedi midi, tu nous confirmes que vous venez ?

Bises
Corinne
""",
  "other", False, None, "auvergne-rhone-alpes", None,
  "Personal message sent to the desk by address autocomplete.")

M("Comptabilité Centrale <comptabilite-centrale@gmail.com>",
  "URGENT : mise à jour de nos coordonnées bancaires",
  """Bonjour,

Suite à un audit, notre centrale d'achat change de banque. Tous les règlements doivent désormais être faits sur le nouveau compte ci-dessous, avant vendredi pour éviter des pénalités :

IBAN : FR76 0000 0000 0000 0000 0000 000
BIC : XXXXFRPP

Merci de transmettre à votre agent comptable.
La direction financière
""",
  "other", False, None, None, None,
  "Bank-detail fraud pretending to be the centrale itself (free-mail sender, urgency): other (phishing), not order_billing.",
  hard=True, auth="none")

M("Denis Lucas <denis.lucas@ac-normandie.fr>",
  "RE: [#SUP-118455] Kbis",
  """Bien reçu, merci.

Envoyé de mon téléphone
""",
  "other", False, None, "normandie", None,
  "'Bien reçu, merci' on a ticket: nothing to do.",
  hdrs=[("In-Reply-To", "<SUP-118455.1742221800.4ab9@assistance.example.fr>")])

M("Menuiserie Picard <contact@menuiserie-picard.example.fr>",
  "Signature scannée sur l'acte d'engagement ?",
  """Bonjour,

Nous répondons à notre premier marché via la centrale. Pouvons-nous signer l'acte d'engagement à la main puis le scanner, ou faut-il obligatoirement une signature électronique avec certificat ?

Merci,
Jérôme Picard
""",
  "other", False, None, None, None,
  "A candidate supplier asks about signature rules for a tender: a procurement-rules question, not a document-access problem.",
  hard=True)

M("Anna Schultz <a.schultz@lernmittel-schultz.example.de>",
  "How to become a supplier",
  """Dear Sir or Madam,

We are a German publisher of language-learning materials and would like to supply French schools through your purchasing centre. How can we take part in your tenders?

Kind regards,
Anna Schultz
Export Manager
""",
  "other", False, None, None, None,
  "English; a foreign company asks how to become a supplier: other.",
  lang="en")

M("Mireille Guérin <mireille.guerin@ac-aix-marseille.fr>",
  "désinscription",
  """Bonjour, merci de me retirer de votre liste de diffusion, je reçois trois lettres par semaine. Merci.
M. Guérin
""",
  "other", False, None, "provence-alpes-cote-d-azur", None,
  "Hand-written unsubscribe request: other, not automated.")

M("Florian Besson <florian.besson@ac-grenoble.fr>",
  "Attestation de participation au webinaire",
  """Bonjour,

J'ai suivi mardi le webinaire sur la signature électronique des conventions. Pourriez-vous m'envoyer une attestation de participation pour mon dossier de formation ?

Florian Besson
""",
  "other", False, None, "auvergne-rhone-alpes", None,
  "Attestation of webinar attendance: not a contract document; other.",
  hard=True)

M("Claire Dorval <claire.dorval@revue-intendance.example.fr>",
  "Enquête : dématérialisation des achats dans les EPLE",
  """Bonjour,

Je prépare un article pour la revue de l'intendance sur la signature électronique dans les établissements. Accepteriez-vous de répondre à quelques questions, par téléphone ou par écrit ?

Claire Dorval, journaliste
""",
  "other", False, None, None, None,
  "Press interview request: other.")


# --------------------------------------------------------------------------
# Wrapping: headers and MIME shapes.
# --------------------------------------------------------------------------
def text_to_html(text):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</div></body></html>\n")


def domain_of(addr):
    return parseaddr(addr)[1].rsplit("@", 1)[-1].lower()


def message_id(dom, mailer):
    if mailer and "Outlook" in mailer:
        core = "".join(rng.choice("ABCDEF0123456789") for _ in range(40))
        return f"<PR1P264MB{core[:4]}{core[4:36]}@PR1P264MB{core[36:40]}.FRAP264.PROD.OUTLOOK.COM>"
    core = "".join(rng.choice("0123456789abcdef") for _ in range(24))
    return f"<{core}.{rng.randint(1000, 9999)}@{dom}>"


def build(m, when):
    frm = m["frm"]
    addr = parseaddr(frm)[1]
    dom = domain_of(frm)
    msg = EmailMessage(policy=email.policy.default)
    hdr_over = {k.lower(): v for k, v in m["hdrs"]}
    rp = hdr_over.get("return-path", f"<{addr}>")
    msg["Return-Path"] = rp
    msg["Delivered-To"] = "support@assistance.example.fr"
    ip = f"203.0.113.{rng.randint(2, 250)}"
    qid = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz0123456789") for _ in range(15))
    msg["Received"] = (f"from smtp.{dom} (smtp.{dom} [{ip}]) by mx1.assistance.example.fr (Postfix) "
                       f"with ESMTPS id {qid} for <support@assistance.example.fr>; "
                       + format_datetime(when.astimezone(TZ["metro"])))
    if m["auth"] == "pass":
        ar = (f"mx1.assistance.example.fr; dkim=pass (2048-bit key) header.d={dom}; "
              f"spf=pass smtp.mailfrom={dom}; dmarc=pass (p=none dis=none) header.from={dom}")
    elif m["auth"] == "fail":
        ar = (f"mx1.assistance.example.fr; dkim=none; spf=fail smtp.mailfrom={dom}; "
              f"dmarc=fail (p=quarantine dis=none) header.from={dom}")
    else:
        ar = f"mx1.assistance.example.fr; dkim=none; spf=softfail smtp.mailfrom={dom}; dmarc=none"
    msg["Authentication-Results"] = ar
    msg["From"] = frm
    msg["To"] = m["to"]
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id(dom, m["mailer"])
    for k, v in m["hdrs"]:
        if k.lower() == "return-path":
            continue
        msg[k] = v
    if m["mailer"]:
        msg["X-Mailer"] = m["mailer"]

    fmt, body = m["fmt"], m["body"]
    if m["raw"] is not None:
        ctype, payload = m["raw"]
        head = msg.as_bytes(policy=email.policy.default.clone(linesep="\n")).decode("ascii").rstrip("\n")
        return (head + "\nMIME-Version: 1.0\nContent-Type: " + ctype + "\n\n" + payload).encode("utf-8")
    if fmt == "plain":
        msg.set_content(body, charset="utf-8", cte="8bit")
    elif fmt == "qp":
        msg.set_content(body, charset="utf-8", cte="quoted-printable")
    elif fmt == "b64":
        msg.set_content(body, charset="utf-8", cte="base64")
    elif fmt == "latin1":
        msg.set_content(body, charset="iso-8859-1", cte="8bit")
    elif fmt == "alt":
        msg.set_content(body, charset="utf-8", cte="quoted-printable")
        msg.add_alternative(m["html_body"] or text_to_html(body), subtype="html",
                            charset="utf-8", cte="quoted-printable")
    elif fmt == "html":
        doc = body if body.lstrip().startswith("<html") else "<html><body>\n" + body + "\n</body></html>\n"
        msg.set_content(doc, subtype="html", charset="utf-8", cte="quoted-printable")
    elif fmt == "html1252":
        msg.set_content(body, subtype="html", charset="windows-1252", cte="quoted-printable")
    elif fmt == "html_from_text":
        msg.set_content(text_to_html(body), subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        raise ValueError(fmt)
    return msg.as_bytes(policy=email.policy.default.clone(linesep="\n"))


def main():
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    start = datetime.datetime(2025, 3, 17, 7, 0, tzinfo=TZ["metro"])
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        when = start + datetime.timedelta(seconds=rng.randint(0, 5 * 24 * 3600 - 1))
        when = when.astimezone(TZ[m["tz"]])
        name = f"h{n:03d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(build(m, when))
        labels.append({"file": name, "category": m["cat"], "auto_reply_ok": m["ok"],
                       "uai": m["uai"], "region": m["reg"], "platform": m["plat"],
                       "hard": m["hard"], "lang": m["lang"], "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def all_text(msg):
    parts = [str(v) for v in msg.values()]
    for part in msg.walk():
        if part.is_multipart():
            continue
        try:
            parts.append(part.get_content() if part.get_content_maintype() == "text"
                         else part.get_payload(decode=False) if isinstance(part.get_payload(), str) else "")
        except Exception:
            parts.append(str(part.get_payload()))
    return "\n".join(str(p) for p in parts)


def check():
    files = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert len(files) == 150, len(files)
    assert files == [f"h{i:03d}.eml" for i in range(1, 151)]
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh]
    assert len(labels) == 150
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    for lab in labels:
        assert list(lab) == keys, lab
        name = lab["file"]
        with open(os.path.join(HERE, name), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Message-ID"] and msg["Date"], name
        assert not msg.defects, (name, msg.defects)
        text = all_text(msg)
        cat = lab["category"]
        assert cat in CATEGORIES, (name, cat)
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if cat in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, (name, cat)
        assert lab["platform"] in PLATFORMS, (name, lab["platform"])
        assert lab["lang"] in ("fr", "en")
        assert lab["notes"].strip()
        sender_dom = domain_of(str(msg["From"]))
        dom_region = DOMAIN_REGION.get(sender_dom)
        uai = lab["uai"]
        if uai is not None:
            assert re.fullmatch(r"\d{7}[A-Z]", uai), (name, uai)
            assert LETTERS[int(uai[:7]) % 23] == uai[7], (name, uai, "check letter")
            dept = uai[:3]
            assert dept in DEPT_REGION, (name, uai)
            assert lab["region"] == DEPT_REGION[dept], (name, uai, lab["region"])
            assert uai.lower() in text.lower(), (name, uai, "UAI not in the mail")
        else:
            assert lab["region"] == dom_region, (name, lab["region"], sender_dom)
    print("holdout107: 150 mails and labels checked")


if __name__ == "__main__":
    main()

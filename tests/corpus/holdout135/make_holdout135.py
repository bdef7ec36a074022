#!/usr/bin/env python3
"""Build holdout135: 150 hand-written blind test mails with labels.

Theme: Occitanie in November (after the Toussaint holidays, 11 November long
weekend, autumn storms), a mix of first-time users of the platforms and
experienced staff, some writing in English from international sections.

Standard library only, deterministic (fixed seed). Every mail text below is
written by hand; the script only wraps each text in headers and an encoding.
Run:  python3 make_holdout135.py   (writes next to itself and checks itself)
"""
import base64
import email
import email.policy
import html
import json
import os
import quopri
import random
import re
import urllib.parse
from email.header import Header
from email.utils import format_datetime
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 135_2024_11
rng = random.Random(SEED)

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
CHECK = "ABCDEFGHJKLMNPRSTUVWXYZ"

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
    "guadeloupe": "971", "martinique": "972", "guyane": "973",
    "la-reunion": "974", "mayotte": "976",
}
REGION_DOMAINS = {
    "auvergne-rhone-alpes": "ac-clermont.fr ac-grenoble.fr ac-lyon.fr",
    "bourgogne-franche-comte": "ac-besancon.fr ac-dijon.fr",
    "bretagne": "ac-rennes.fr", "centre-val-de-loire": "ac-orleans-tours.fr",
    "corse": "ac-corse.fr",
    "grand-est": "ac-nancy-metz.fr ac-reims.fr ac-strasbourg.fr",
    "hauts-de-france": "ac-amiens.fr ac-lille.fr",
    "ile-de-france": "ac-creteil.fr ac-paris.fr ac-versailles.fr",
    "normandie": "ac-normandie.fr ac-caen.fr ac-rouen.fr",
    "nouvelle-aquitaine": "ac-bordeaux.fr ac-limoges.fr ac-poitiers.fr",
    "occitanie": "ac-montpellier.fr ac-toulouse.fr",
    "pays-de-la-loire": "ac-nantes.fr",
    "provence-alpes-cote-d-azur": "ac-aix-marseille.fr ac-nice.fr",
    "guadeloupe": "ac-guadeloupe.fr", "martinique": "ac-martinique.fr",
    "guyane": "ac-guyane.fr", "la-reunion": "ac-reunion.fr", "mayotte": "ac-mayotte.fr",
}
DEPT2REGION = {}
for _r, _d in REGION_DEPTS.items():
    for _x in _d.split():
        DEPT2REGION[_x if len(_x) == 3 else "0" + _x] = _r
DOMAIN2REGION = {d: r for r, ds in REGION_DOMAINS.items() for d in ds.split()}


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and CHECK[int(code[:7]) % 23] == code[7]


def region_for(uai, sender):
    if uai:
        return DEPT2REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower().rstrip(">")
    return DOMAIN2REGION.get(dom)


MAILS = []


def M(frm, subject, body, cat, ok, uai, region, platform, hard, lang, notes, **kw):
    """Register one hand-written mail and its label."""
    MAILS.append(dict(frm=frm, subject=subject, body=body, label=dict(
        category=cat, auto_reply_ok=ok, uai=uai, region=region, platform=platform,
        hard=hard, lang=lang, notes=notes), kw=kw))


# ---------------------------------------------------------------- mail texts
# ---- password_reset (23)
M(("Mathilde Roques", "mathilde.roques@ac-toulouse.fr"), "Première connexion au back office e-sidoc",
"""Bonjour,

Je viens d'être nommée professeure documentaliste au collège Les Violettes
(Toulouse, UAI 0311597T). Je n'avais jamais utilisé e-sidoc côté
administration avant cette année : ma collègue partie à la retraite ne m'a
laissé ni l'identifiant ni le mot de passe, juste un post-it avec « e-sidoc »
écrit dessus...

Pendant les vacances de la Toussaint je voulais préparer la mise en avant des
nouveautés du CDI, mais je reste bloquée à l'écran de connexion.

Pourriez-vous m'indiquer la marche à suivre pour obtenir un mot de passe ?

Merci beaucoup,
Mathilde Roques
Professeure documentaliste
""", "password_reset", True, "0311597T", "occitanie", "esidoc", False, "fr",
"First-time librarian, never had the back-office password; UAI given; standard reset path.",
ua="Mozilla Thunderbird")

M(("Hannah Whitfield", "h.whitfield@ac-toulouse.fr"), "e-sidoc admin password - International section library",
"""Hello,

I'm the teacher-librarian for the British section at our lycée international
in Colomiers (UAI 0312487K). I've used e-sidoc for two years, but I changed the
admin password in October and it is no longer accepted (I suspect a typo when
I set it, I'm afraid).

Could you please send me a reset link? I'm happy for it to go to the school's
official address if that is the procedure.

Many thanks,
Hannah Whitfield
CDI / Library - Sections internationales
""", "password_reset", True, "0312487K", "occitanie", "esidoc", False, "en",
"English; experienced user, password not accepted after a change; accepts the official-address path.",
fmt="alt", mailer="Microsoft Outlook 16.0")

M(("Serge Azéma", "serge.azema@ac-montpellier.fr"), "Compte bloqué Espace Acheteur",
"""Bonjour,

Après cinq tentatives ce matin mon compte Espace Acheteur est verrouillé
(message « compte temporairement bloqué »). Je suis gestionnaire du lycée
Jean Mermoz à Montpellier, UAI 0341812K.

J'ai une commande de fournitures à passer avant le 20 novembre, pouvez-vous
débloquer l'accès ou m'envoyer un lien de réinitialisation ?

Cordialement,

Serge Azéma
Adjoint gestionnaire
""", "password_reset", True, "0341812K", "occitanie", "espace_acheteur", False, "fr",
"Account locked after failed attempts; asks for unlock or reset link.", fmt="qp")

M(("Lucie B", "lucie.bonnafous@ac-montpellier.fr"), "mdp",
"""bonjour j ai oublié le mdp d esidoc, comment je fais ? merci
Lucie

Envoyé depuis mon smartphone""", "password_reset", True, None, "occitanie", "esidoc", False, "fr",
"One line from a phone, no UAI; region from ac-montpellier.fr.", fmt="b64")

M(("Agnès Vidal", "agnes.vidal34@gmail.com"), "Mot de passe e-sidoc à envoyer sur mon adresse perso",
"""Bonjour,

Je suis documentaliste au collège Pierre Fouché, à Perpignan (0660353A).
J'ai perdu le mot de passe d'administration d'e-sidoc. Je sais que
d'habitude le lien part sur l'adresse de l'établissement, mais la secrétaire
qui relève cette boîte est en arrêt jusqu'à fin novembre et personne d'autre
n'y a accès.

Pourriez-vous exceptionnellement envoyer le lien sur cette adresse Gmail ?
C'est la seule que je consulte en ce moment.

Merci d'avance,
Agnès Vidal
""", "password_reset", False, "0660353A", "occitanie", "esidoc", True, "fr",
"Lost password, but asks for the link on a personal Gmail because nobody reads the official mailbox: must not be automated; a person (head-of-establishment procedure).",
mailer="Gmail")

M(("Paul Lafforgue", "paul.lafforgue@ac-toulouse.fr"), "Lien de réinitialisation expiré",
"""Bonjour,

J'ai reçu vendredi 8 novembre le mail de réinitialisation du mot de passe
e-sidoc, mais avec le pont du 11 novembre je n'ai cliqué dessus que ce mardi
matin : la page me dit que le lien n'est plus valide.

Pouvez-vous m'en renvoyer un nouveau ? Établissement : collège de Lannemezan,
UAI 0652683N.

Bonne journée,
P. Lafforgue
""", "password_reset", True, "0652683N", "occitanie", "esidoc", False, "fr",
"Reset link expired after the 11 November long weekend; asks for a new one.")

M(("Oliver Grant", "oliver.grant@ac-montpellier.fr"), "What is my login for the library portal?",
"""Good morning,

I started in September as library assistant for the international section
(OIB) at our lycée in Montpellier. I've been asked to update the e-sidoc
portal but I don't know what to type as the "identifiant" and I don't have a
password either. Our school code is 0340386K if that helps.

Sorry if this is a basic question - first time using it!

Best,
Oliver
""", "password_reset", True, "0340386K", "occitanie", "esidoc", False, "en",
"English; first-time user who knows neither the login (the UAI) nor the password.")

M(("Intendance Lycée Bourdelle", "intendance.bourdelle@ac-toulouse.fr"), "Identifiant Espace Acheteur inconnu",
"""Bonjour,

Nouvelle adjointe gestionnaire au lycée Antoine Bourdelle de Montauban
(0820303J) depuis le 4 novembre, je dois reprendre les achats mais je n'ai
aucun identifiant pour l'Espace Acheteur. Mon prédécesseur est parti sans
transmettre ses accès.

Comment récupérer l'identifiant et le mot de passe du compte de
l'établissement ?

Bien cordialement,
Nadia Ferhat
Adjointe gestionnaire
""", "password_reset", True, "0820303J", "occitanie", "espace_acheteur", False, "fr",
"HTML-only Outlook; new gestionnaire without the predecessor's login and password.",
fmt="html", mailer="Microsoft Outlook 16.0")

M(("Florence Cayla", "florence.cayla@ac-toulouse.fr"), "RE: [#SUP-006214] Mot de passe e-sidoc",
"""Bonjour,

Merci pour votre réponse, mais le lien est parti sur ce.0120297H@ac-toulouse.fr
et cette boîte n'existe plus depuis la fusion de nos deux sites à la
rentrée : le rectorat nous a donné une nouvelle adresse et l'ancienne
renvoie une erreur. Je ne recevrai donc jamais ce lien.

Est-ce qu'une personne peut reprendre mon dossier ? Je peux vous faire
envoyer un courrier de la principale si besoin.

Florence Cayla
Documentaliste, collège de Rodez
""", "password_reset", False, "0120297H", "occitanie", "esidoc", True, "fr",
"Reply after the automatic answer: the official mailbox no longer exists, the standard path failed; a person must take over.",
reply="SUP-006214", quote="""Le 12/11/2024 à 09:14, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation vient d'être envoyé à l'adresse officielle
> de l'établissement (ce.0120***@ac-toulouse.fr).
> Ce lien est valable 12 heures.
> L'équipe d'assistance""")

M(("Secrétariat Collège Cahors", "ce.0460342X@ac-toulouse.fr"), "Demande de lien - portail documentaire",
"""Bonjour,

Notre documentaliste, Mme Pélissier, n'arrive plus à se connecter à
l'administration du portail e-sidoc du collège (mot de passe oublié).
Pourriez-vous envoyer le lien de réinitialisation sur cette adresse
officielle ? Nous le lui transmettrons.

Le secrétariat de direction
""", "password_reset", True, "0460342X", "occitanie", "esidoc", True, "fr",
"UAI only in the ce.<UAI>@ac-toulouse.fr sender; the secretariat asks for the link on the official address (safe path).")

M(("Jean-Marc Pradal", "jm.pradal@ac-montpellier.fr"), "mot de passe expiré",
"""Bonjour,

Ce matin e-sidoc m'indique que mon mot de passe a expiré et me demande
l'ancien pour en choisir un nouveau. Évidemment je ne m'en souviens plus,
je ne m'étais pas connecté depuis juin.

Collège Jean Rostand, Nîmes - 0300485P.

Merci,
JM Pradal
""", "password_reset", True, "0300485P", "occitanie", "esidoc", False, "fr",
"Expired password and the old one forgotten.")

M(("Corinne Alibert", "corinne.alibert@ac-toulouse.fr"), "Mot de passe + devis abonnement",
"""Bonjour,

Deux choses, si vous permettez :

1) je ne parviens plus à me connecter à e-sidoc, le mot de passe est refusé
depuis la mise à jour de mon navigateur (j'avais laissé le navigateur
s'en souvenir...). Il me faudrait un lien de réinitialisation.

2) notre gestionnaire me demande un devis pour le renouvellement de
l'abonnement 2025, avec le détail des ressources, afin d'établir le bon
d'engagement avant la clôture budgétaire.

Lycée Bellevue, Albi - UAI 0811363S.

Cordialement,
Corinne Alibert
""", "password_reset", False, "0811363S", "occitanie", "esidoc", True, "fr",
"Two topics: password reset (first) and a quote for the renewal (order_billing); one template answers only half.")

M(("Sarah Mitchell", "sarah.mitchell.isgt@gmail.com"), "Forgot password - buyer space",
"""Hi there,

I'm the new bursar's assistant at a small private bilingual school near
Toulouse. I can't remember the password for the buyer space (Espace Acheteur)
and the "forgotten password" page asks for a login I don't have written down.

Could you help me get back in?

Thanks so much,
Sarah
""", "password_reset", True, None, None, "espace_acheteur", False, "en",
"English; lost buyer-space password and login, no UAI, non-academic sender: no region.")

M(("didier mouret", "didier.mouret@ac-toulouse.fr"), "connexion esidoc impossible",
"""bonjour

je narrive plus a me connecter a esidoc pour le cdi du college de
pamiers 0090717F, le mot de passe ne marche plus et jai du le perdre
pendant les vacances

pouvez vous me renvoyer un lien svp

merci d mouret""", "password_reset", True, "0090717F", "occitanie", "esidoc", False, "fr",
"No accents, no capitals; clear lost password, Ariège UAI.", fmt="qp")

M(("Hélène Brunel", "helene.brunel@ac-montpellier.fr"), "0480607Z - réinitialisation mot de passe",
"""Bonjour,

Pourriez-vous m'envoyer un lien pour redéfinir le mot de passe du portail
documentaire ? Je l'ai perdu.

Merci
Hélène Brunel
Cité scolaire de Mende
""", "password_reset", True, "0480607Z", "occitanie", "esidoc", False, "fr",
"UAI only in the subject line; Lozère.")

M(("Rémi Castex", "remi.castex@ac-toulouse.fr"), "Mot de passe oublié e-sidoc collège",
"""Bonjour,

Professeur documentaliste stagiaire cette année, je dois gérer le portail
e-sidoc du collège mais je n'ai pas le mot de passe. Notre code
établissement est le 0312178A (je crois, c'est ce qui est écrit sur le
classeur du CDI).

Merci de votre aide,
Rémi Castex
""", "password_reset", True, None, "occitanie", "esidoc", True, "fr",
"UAI typed as 0312178A: wrong check letter (the digits give 0312178Z), so no UAI; region from ac-toulouse.fr. A plain lost-password request; the standard answer (head-of-establishment procedure when the code is unknown) serves.")

M(("Gestion Lycée Clemenceau", "gestion.lyclemenceau@orange.fr"), "Identifiant Espace Acheteur",
"""Bonjour,

L'adresse mail de notre compte Espace Acheteur est partagée entre trois
personnes du service intendance, et aucune ne se souvient de l'identifiant
ni du mot de passe. Lycée Clemenceau, Montpellier, RNE 0342380C.

Merci de nous indiquer comment faire.

Service intendance
""", "password_reset", True, "0342380C", "occitanie", "espace_acheteur", False, "fr",
"Shared mailbox, login and password unknown (Espace Acheteur FAQ case); UAI given as 'RNE'.")

M(("Daniel O'Connor", "daniel.oconnor@ac-toulouse.fr"), "Locked out of e-sidoc",
"""Dear support team,

I coordinate the American section library at our lycée in Toulouse
(0310337Y). After a few wrong attempts this morning, the admin account
says it is locked. Could you unlock it or send a reset link to the usual
address?

Thank you in advance for your help.

Kind regards,
Daniel O'Connor
""", "password_reset", True, "0310337Y", "occitanie", "esidoc", False, "en",
"English; account locked after failed attempts.", fmt="alt", mailer="Apple Mail (2.3774)")

M(("Isabelle Ferrer", "isabelle.ferrer@ac-montpellier.fr"), "Mot de passe e-sidoc - merci de m'appeler",
"""Bonjour,

C'est la troisième fois que je vous écris pour le mot de passe d'e-sidoc
du collège Jean Moulin de Perpignan (0662487V). À chaque fois je reçois un
mail automatique avec un lien qui n'arrive nulle part ou qui est déjà
expiré.

Je ne veux pas d'un énième message automatique : merci de me faire
rappeler par quelqu'un au 04 68 00 00 00 (CDI), je suis là tous les
matins sauf le mercredi.

Isabelle Ferrer
""", "password_reset", False, "0662487V", "occitanie", "esidoc", True, "fr",
"Third attempt; the automatic path already failed and she explicitly wants a person to call.")

M(("Thomas Dubarry", "thomas.dubarry@ac-toulouse.fr"), "TR: Réinitialisation de votre mot de passe",
"""Bonjour,

Le lien ci-dessous m'affiche « lien invalide ou déjà utilisé » alors que je
ne l'ai jamais ouvert. Pouvez-vous m'en envoyer un autre ?
Collège d'Auch, 0321876R.

Merci
Thomas Dubarry

________________________________
De : no-reply <no-reply@assistance.example.fr>
Envoyé : lundi 18 novembre 2024 07:52
À : Thomas Dubarry
Objet : Réinitialisation de votre mot de passe

Bonjour,
Pour choisir un nouveau mot de passe, cliquez sur le lien suivant :
https://assistance.example.fr/reset/8f2c...
Ce lien est valable 12 heures.
""", "password_reset", True, "0321876R", "occitanie", "esidoc", False, "fr",
"Outlook forward ('TR:') of a reset mail whose link is refused; asks for a new link.",
mailer="Microsoft Outlook 16.0")

M(("Marion Soulé", "marion.soule@ac-toulouse.fr"), "je ne connais pas le mot de passe",
"""Bonjour,

Je remplace depuis la rentrée des vacances la documentaliste du lycée de
Tarbes (0652669Y), en congé maternité. Je ne connais pas le mot de passe
de l'administration e-sidoc, elle n'a rien laissé et je ne veux pas la
déranger.

Que dois-je faire ?

Marion Soulé, contractuelle
""", "password_reset", True, "0652669Y", "occitanie", "esidoc", False, "fr",
"Replacement librarian who never had the password; standard reset procedure.")

M(("Alain Barthès", "alain.barthes@ac-montpellier.fr"), "Perte mot de passe administrateur EcoleDirecte",
"""Bonjour,

Je n'arrive plus à accéder au compte administrateur EcoleDirecte de
l'établissement (collège de Carcassonne, 0112766X). Attention, je ne parle
pas du mot de passe de maintenance du jour, que j'obtiens sans souci : c'est
le mot de passe de l'espace d'administration qui ne fonctionne plus.

Merci de votre retour,
A. Barthès, principal adjoint
""", "password_reset", False, "0112766X", "occitanie", "ecoledirecte", True, "fr",
"Lost EcoleDirecte administration password, explicitly not the daily maintenance password (transfer_incident); no reset template exists for this product.")

M(("Claire Maffre", "claire.maffre@ac-toulouse.fr"), "Accès e-sidoc après les vacances",
"""Bonjour,

Au retour des vacances de la Toussaint, impossible de retrouver mon mot de
passe pour l'administration du portail du lycée Las Cases de Lavaur
(UAI : 0812463M). J'ai tenté la fonction « mot de passe oublié » mais je
ne sais plus quelle adresse avait été déclarée.

Pouvez-vous m'aider ?
Bien à vous,
Claire Maffre
""", "password_reset", True, "0812463M", "occitanie", "esidoc", False, "fr",
"Forgotten password, unsure which address is on file; official-address path applies.", fmt="b64",
mailer="Microsoft Outlook for Android")
# ---- missing_noreply_mail (17)
M(("Sophie Galinier", "sophie.galinier@ac-toulouse.fr"), "Pas de mail d'activation",
"""Bonjour,

J'ai créé hier le compte de notre collège sur l'Espace Acheteur (0310979W),
c'est la première fois que nous l'utilisons. Le site indique qu'un mail
d'activation m'a été envoyé, mais je n'ai rien reçu, ni hier ni ce matin.

Cordialement,
Sophie Galinier, gestionnaire
""", "missing_noreply_mail", True, "0310979W", "occitanie", "espace_acheteur", False, "fr",
"First-time user: activation mail for the new Espace Acheteur account never arrived; no anti-spam product named.")

M(("Rebecca Holt", "bursar@bilingual-school-montpellier.fr"), "New password email never arrives",
"""Hello,

I have requested a new password on the buyer platform four times since
Monday. Each time the site says an email has been sent, but nothing reaches
my inbox.

Could you check on your side?

Regards,
Rebecca Holt
Bursar
""", "missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
"English; new-password mail never arrives; no product named; non-academic sender.", fmt="alt")

M(("Nathalie Puech", "nathalie.puech@ac-montpellier.fr"), "mail de réinitialisation jamais reçu",
"""Bonjour,

J'ai demandé un nouveau mot de passe pour e-sidoc (collège de Béziers,
0340471C) à trois reprises, mais le message censé contenir le lien n'arrive
jamais.

Merci,
Nathalie Puech
""", "missing_noreply_mail", True, "0340471C", "occitanie", "esidoc", False, "fr",
"The new-password mail never arrives: missing_noreply_mail per the taxonomy.")

M(("Bruno Teisseire", "bruno.teisseire@ac-toulouse.fr"), "Notifications comptes à valider",
"""Bonjour,

Je suis administrateur de structure sur l'Espace Acheteur pour notre lycée.
Deux collègues m'ont dit s'être inscrits la semaine dernière, mais je n'ai
reçu aucune notification « compte à valider ». Est-ce normal ?

Bruno Teisseire
""", "missing_noreply_mail", True, None, "occitanie", "espace_acheteur", False, "fr",
"Structure administrator never receives 'account to validate' notifications; region from ac-toulouse.fr.")

M(("Karine Fabre", "karine.fabre@ac-montpellier.fr"), "RE: [#SUP-006287] Mail de confirmation non reçu",
"""Bonjour,

J'ai bien suivi vos consignes : rien dans les indésirables, l'adresse
no-reply est ajoutée aux expéditeurs approuvés, et j'ai relancé l'envoi.
Trois jours plus tard, toujours rien.

Pouvez-vous transmettre au support régional ou regarder de votre côté ?
Lycée Albert Camus, Nîmes - 0302294F

Karine Fabre
""", "missing_noreply_mail", False, "0302294F", "occitanie", "espace_acheteur", True, "fr",
"Reply after the junk-folder answer: already tried, still nothing; asks for the region. A person must follow up.",
reply="SUP-006287", quote="""-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 8 novembre 2024 10:02
Objet : [#SUP-006287] Mail de confirmation non reçu

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez l'expéditeur
no-reply à vos expéditeurs approuvés. Sans nouvelles sous 48 h, nous
transmettrons votre demande.""", quote_plain=True)

M(("Collège Jean Jaurès Céret", "ce.0660690s@ac-montpellier.fr"), "Confirmation inscription Espace Acheteur",
"""Bonjour,

Nous nous sommes inscrits sur l'Espace Acheteur vendredi mais nous n'avons
toujours pas reçu le mail de confirmation d'inscription sur cette adresse.

Merci de votre aide.
Le secrétariat
""", "missing_noreply_mail", True, "0660690S", "occitanie", "espace_acheteur", True, "fr",
"UAI only in the ce.<uai> sender address, in lower case; sign-up confirmation never received.")

M(("Pauline Ricard", "pauline.ricard@ac-toulouse.fr"), "Portail de tickets : mail pour créer le mot de passe",
"""Bonjour,

On m'a ouvert un accès au portail de tickets la semaine dernière, mais je
n'ai jamais reçu le mail qui permet de définir mon mot de passe.

Merci
Pauline Ricard
""", "missing_noreply_mail", True, None, "occitanie", "ticket_portal", False, "fr",
"Ticket-portal confirmation mail (to set a password) never arrived; region from the domain.")

M(("Gilles Servières", "gilles.servieres@ac-montpellier.fr"), "Problème de mot de passe ?",
"""Bonjour,

Je pensais avoir un problème de mot de passe sur l'Espace Acheteur, mais
en fait l'outil fonctionne : il m'affiche bien « un e-mail vous a été
envoyé ». C'est ce mail qui n'arrive jamais, quelle que soit l'heure.

Lycée Chaptal, Mende (0481014S).

Gilles Servières
""", "missing_noreply_mail", True, "0481014S", "occitanie", "espace_acheteur", True, "fr",
"Reads like a password problem, but the tool works and the new-password mail never arrives: missing_noreply_mail.")

M(("Emily Sanders", "emily.sanders@ac-toulouse.fr"), "Activation link not received",
"""Hi,

I've just set up a librarian account for the international section of our
school (0311286E) on e-sidoc and was told I'd get an activation link by
email. It's been two days and nothing has come through, not even in spam.

Thanks,
Emily
""", "missing_noreply_mail", True, "0311286E", "occitanie", "esidoc", False, "en",
"English; activation link never arrived; junk folder already checked, no product named.")

M(("Eric Marty", "eric.marty@ac-toulouse.fr"), "pas reçu le mail",
"""Toujours pas reçu le mail de confirmation depuis lundi. Lycée 0820840T.

Envoyé de mon iPhone""", "missing_noreply_mail", True, "0820840T", "occitanie", "espace_acheteur", False, "fr",
"Very short mobile message; confirmation mail missing. Platform implied by the confirmation mail of the buyer space (he signed up there).",
fmt="b64", mailer="iPhone Mail (21H16)")

M(("Véronique Dumas", "veronique.dumas@ac-montpellier.fr"), "Alertes nouvelles offres",
"""Bonjour,

Depuis le passage au nouvel Espace Acheteur, je ne reçois plus les alertes
par mail quand une nouvelle offre est publiée, alors que je suis bien
abonnée dans mon profil.

Pouvez-vous vérifier ?
Véronique Dumas
""", "missing_noreply_mail", True, None, "occitanie", "espace_acheteur", False, "fr",
"Offer alert notifications no longer arrive; region from ac-montpellier.fr.")

M(("Sandrine Carrière", "sandrine.carriere@ac-toulouse.fr"), "Mails e-sidoc non reçus (pas de MailInBlack chez nous)",
"""Bonjour,

Le mail de création de mot de passe d'e-sidoc n'arrive pas. Je précise
tout de suite : nous n'avons PAS MailInBlack, le service informatique du
rectorat me l'a confirmé, et rien dans les spams.

Collège de Millau, 0122438K.

Merci,
Sandrine Carrière
""", "missing_noreply_mail", True, "0122438K", "occitanie", "esidoc", True, "fr",
"Names MailInBlack only to say the school does not use it: missing_noreply_mail, not mailinblack_spam.")

M(("Fanny Rouzaud", "fanny.rouzaud@ac-toulouse.fr"), "Mail d'activation + copie de facture",
"""Bonjour,

Je n'ai toujours pas reçu le mail d'activation de mon compte Espace
Acheteur (collège de Foix, 0091426B). Et pendant que je vous écris :
pourriez-vous m'envoyer une copie de la facture de septembre ? Le service
comptable ne la retrouve pas.

Merci beaucoup,
Fanny Rouzaud
""", "missing_noreply_mail", False, "0091426B", "occitanie", "espace_acheteur", True, "fr",
"Two topics: activation mail missing (main) and an invoice copy (order_billing); the standard answer covers only half.")

M(("IT Services - Lycee International", "it-support@lycee-international-colomiers.fr"), "Sender address for automatic emails",
"""Hello,

Several staff members at our school say they never receive the automatic
emails from your platforms (account confirmations, password emails). We
would like to allow your sender on our mail server. Could you tell us the
exact sending address and domain used by your no-reply messages?

Best regards,
IT Services
""", "missing_noreply_mail", True, None, None, None, False, "en",
"English; the school's IT asks which no-reply sender to allow; no anti-spam product named, no single platform named.")

M(("Jacqueline Abadie", "jacqueline.abadie@ac-toulouse.fr"), "Aucun mail reçu",
"""Bonjour,

Je n'arrive pas à recevoir le mail de confirmation de l'Espace Acheteur.
Notre messagerie académique filtre peut-être un peu trop, je ne sais pas.

Lycée Marie Curie, Tarbes - 0650522P

Cordialement
""", "missing_noreply_mail", True, "0650522P", "occitanie", "espace_acheteur", False, "fr",
"HTML-only Outlook; suspects a strict filter but names no product.", fmt="html", mailer="Microsoft Outlook 16.0")

M(("Christophe Sabatier", "christophe.sabatier@ac-montpellier.fr"), "lien mot de passe e-sidoc",
"""Bonjour,

Le lien de réinitialisation d'e-sidoc ne m'arrive pas, alors que j'ai
vérifié l'adresse enregistrée. Collège de Narbonne, UAI 0111717G.
Merci de regarder.

C. Sabatier
""", "missing_noreply_mail", True, "0111717G", "occitanie", "esidoc", False, "fr",
"The reset mail from the no-reply address never arrives.")

M(("Laure Delpech", "laure.delpech@ac-toulouse.fr"), "Fwd: lien première connexion",
"""Bonjour,

Je vous transfère le message de ma collègue gestionnaire : son compte a été
validé mais elle n'a jamais reçu le lien sécurisé de première connexion.
Collège de Figeac, 0462416B.

Laure Delpech

---------- Forwarded message ---------
De : Anne Couderc <anne.couderc@ac-toulouse.fr>
Date: mar. 19 nov. 2024 à 08:41
Subject: lien première connexion
To: Laure Delpech <laure.delpech@ac-toulouse.fr>

Laure, le compte Espace Acheteur est validé mais je n'ai pas reçu le lien
pour me connecter la première fois. Tu peux voir avec eux ?
Anne
""", "missing_noreply_mail", True, "0462416B", "occitanie", "espace_acheteur", False, "fr",
"Gmail-style forward of a colleague's message: validated account, first-login link never came.", mailer="Gmail")
# ---- mailinblack_spam (13)
M(("Julien Fourcade", "julien.fourcade@ac-toulouse.fr"), "Mail d'activation bloqué par Mailinblack",
"""Bonjour,

Notre collège (0311816F) vient de passer sous Mailinblack et je viens de
voir dans le récapitulatif que votre mail d'activation de l'Espace
Acheteur est bloqué dans la quarantaine. Comment faire pour qu'il arrive ?

Julien Fourcade
""", "mailinblack_spam", True, "0311816F", "occitanie", "espace_acheteur", False, "fr",
"Activation mail held in the Mailinblack quarantine.")

M(("Anna Kowalski", "anna.kowalski@ac-montpellier.fr"), "Emails stuck in MailInBlack quarantine",
"""Hello,

Our school (0340645S) uses MailInBlack and I can see your confirmation
email sitting in the quarantine. I tried to release it but the link in the
next email was also quarantined. Is there a list of addresses we should
whitelist?

Thank you,
Anna Kowalski
European section coordinator
""", "mailinblack_spam", True, "0340645S", "occitanie", "espace_acheteur", False, "en",
"English; MailInBlack quarantine holds the confirmation mails; asks what to allow-list.", fmt="alt")

M(("Patrick Vergnes", "secretariat@college-saint-exupery-rodez.fr"), "mail in black bloque vos messages",
"""bonjour

le mail in black du college bloque vos mails de l espace acheteur, on a
recu un message qui dit qu il faut s authentifier pour vous. que faut il
faire ?

merci
P Vergnes""", "mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
"Product spelled 'mail in black'; no accents; non-academic domain and no UAI: no region.")

M(("Mireille Bousquet", "mireille.bousquet@ac-montpellier.fr"), "Message bizarre : prouver que je ne suis pas un robot",
"""Bonjour,

Depuis la semaine dernière, quand j'écris à l'assistance de l'Espace
Acheteur, je reçois en retour un message me demandant de cliquer sur un
lien pour « prouver que je ne suis pas un robot », et vos réponses ne
m'arrivent plus. Je n'ai aucune idée de l'outil qui fait ça, peut-être un
changement fait par la collectivité ?

Lycée Daudet, Nîmes - 0301005E.

Merci
""", "mailinblack_spam", False, "0301005E", "occitanie", "espace_acheteur", True, "fr",
"The sender-authentication challenge is described without the product being named: mailinblack_spam, but a person should confirm the product before sending the guide.")

M(("Stéphane Bories", "stephane.bories@ac-toulouse.fr"), "Mailinblack et e-sidoc",
"""Bonjour,

Le message de nouveau mot de passe d'e-sidoc est retenu par Mailinblack
dans notre établissement (collège de Villefranche-de-Rouergue, 0120582T).
Je n'ai pas les droits pour le débloquer moi-même.

Cordialement,
Stéphane Bories
""", "mailinblack_spam", True, "0120582T", "occitanie", "esidoc", False, "fr",
"The e-sidoc new-password mail is held by Mailinblack.")

M(("Cédric Lacombe", "cedric.lacombe@ac-toulouse.fr"), "Liste blanche MailInBlack",
"""Bonjour,

Je suis le référent numérique du lycée de Castres (0812498A). Nous avons
MailInBlack depuis septembre et plusieurs collègues ne reçoivent pas les
mails de l'Espace Acheteur. Quelles adresses ou quels domaines dois-je
autoriser dans la console ?

Merci,
Cédric Lacombe
""", "mailinblack_spam", True, "0812498A", "occitanie", "espace_acheteur", False, "fr",
"IT contact asks which senders to allow-list in MailInBlack.")

M(("Odile Py", "odile.py@ac-montpellier.fr"), "Mailinblack",
"""Vos mails sont bloqués par Mailinblack, pouvez-vous m'envoyer la procédure ?""",
"mailinblack_spam", True, None, "occitanie", None, False, "fr",
"One line; no platform named; region from ac-montpellier.fr.", fmt="b64", mailer="Samsung Mail")

M(("Martine Escande", "martine.escande@ac-montpellier.fr"), "RE: [#SUP-006301] Vos e-mails retenus par MailInBlack",
"""Bonjour,

Nous avons suivi votre guide point par point : l'adresse no-reply et votre
domaine sont dans la liste blanche de MailInBlack depuis le 7 novembre,
notre informaticien l'a vérifié. Les mails de l'Espace Acheteur restent
pourtant bloqués.

Merci de faire intervenir quelqu'un, nous tournons en rond.

Martine Escande
Lycée Arago, Perpignan (0662314G)
""", "mailinblack_spam", False, "0662314G", "occitanie", "espace_acheteur", True, "fr",
"Reply after the MailInBlack guide: already applied and still blocked; a person must step in.",
reply="SUP-006301", quote="""Le 06/11/2024 à 15:20, Assistance a écrit :
> Votre établissement utilise MailInBlack. Ajoutez notre adresse no-reply
> à la liste blanche en suivant le guide joint.""")

M(("James Whitaker", "james.whitaker@ac-toulouse.fr"), "Fwd: Your daily quarantine report",
"""Hi,

I got this report this morning - the first two lines are from your
platform, I think. How do I make sure these don't get blocked? Our school
is 0310253G (international section).

James

-------- Forwarded Message --------
Subject: Your daily quarantine report
From: Mailinblack <no-reply@mailinblack.com>

3 messages are waiting in your quarantine:
 - no-reply@assistance.example.fr  "Activate your buyer account"
 - no-reply@assistance.example.fr  "Your new password"
 - offers@discount-toner.biz        "Toner -70%"
""", "mailinblack_spam", True, "0310253G", "occitanie", "espace_acheteur", False, "en",
"English; a person forwards the Mailinblack quarantine digest with a real question (the forwarded part is machine text).",
mailer="Mozilla Thunderbird")

M(("Philippe Caussade", "philippe.caussade@ac-toulouse.fr"), "MAILINBLACK : domaine ou adresse ?",
"""Bonjour,

MAILINBLACK bloque vos messages. Faut-il autoriser le domaine entier ou
seulement l'adresse d'envoi ? Collège de Vic-en-Bigorre, 0652482V.

Merci
""", "mailinblack_spam", True, "0652482V", "occitanie", "espace_acheteur", False, "fr",
"MAILINBLACK in capitals; asks whether to allow the domain or the address.")

M(("Bernadette Lagarde", "bernadette.lagarde@ac-toulouse.fr"), "Lien e-sidoc en quarantaine",
"""Bonjour,

Le lien de connexion d'e-sidoc est arrivé dans la quarantaine
« Mailinblack Protect » de l'établissement, et quand je clique sur
« libérer », le lien est déjà expiré. Lycée de Condom, 0320452T.

Bernadette Lagarde
""", "mailinblack_spam", True, "0320452T", "occitanie", "esidoc", False, "fr",
"Link held in the 'Mailinblack Protect' quarantine; base64 body.", fmt="b64")

M(("École Jean Macé", "ecole.jeanmace@mairie-sete.fr"), "Messages bloqués",
"""Bonjour,

La mairie a installé Mailinblack sur les adresses des écoles le mois
dernier, et depuis je ne reçois plus rien de l'Espace Acheteur. Que faut-il
demander au service informatique de la mairie ?

La directrice
""", "mailinblack_spam", True, None, None, "espace_acheteur", True, "fr",
"HTML-only; signed 'la directrice' but only asks about Mailinblack: not a head-of-establishment request. No UAI, municipal domain: no region.",
fmt="html", mailer="Microsoft Outlook 16.0")

M(("Yannick Roux", "yannick.roux@ac-toulouse.fr"), "RE: [#SUP-006355] Mail non reçu",
"""Bonjour,

Suite à votre message, j'ai regardé avec notre informaticien : ce n'est pas
le dossier indésirable, c'est MailInBlack qui retient vos mails. Que
faut-il faire ?

Y. Roux, lycée de Moissac (0822893Z)
""", "mailinblack_spam", True, "0822893Z", "occitanie", "espace_acheteur", False, "fr",
"Reply quoting the junk-folder answer: the IT says MailInBlack is blocking; the MailInBlack guide is now the right answer.",
reply="SUP-006355", quote="""Le 13/11/2024 à 11:05, Assistance a écrit :
> Vérifiez votre dossier de courrier indésirable et marquez notre message
> comme légitime.""")
# ---- head_of_establishment_request (13)
M(("Principal Collège Bellefontaine", "ce.0312902L@ac-toulouse.fr"), "Changement d'adresse de contact e-sidoc",
"""Madame, Monsieur,

Je soussigné, Pierre Lamothe, principal du collège Bellefontaine
(Toulouse, UAI 0312902L), vous demande de bien vouloir remplacer l'adresse
de contact du compte administrateur e-sidoc de l'établissement par celle de
notre nouvelle professeure documentaliste, Mme Élodie Sarrail
(elodie.sarrail@ac-toulouse.fr), et de réinitialiser le mot de passe.

L'ancienne documentaliste a quitté l'établissement en août.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

P. Lamothe
Principal
""", "head_of_establishment_request", False, "0312902L", "occitanie", "esidoc", False, "fr",
"The principal writes from the ce.<UAI> address to change the admin contact address and reset the password.")

M(("Dr. Margaret Ellison", "ce.0342894L@ac-montpellier.fr"), "New structure administrator - buyer space",
"""Dear Sir or Madam,

As head of the Lycée international de Montpellier (UAI 0342894L), I am
writing to designate Mr Karim Belkacem, our new bursar, as the
administrator of our structure on the Espace Acheteur, effective
immediately. Please also close the access of his predecessor, Ms Laurent,
who left the school on 31 October.

Yours faithfully,
Margaret Ellison
Proviseure
""", "head_of_establishment_request", False, "0342894L", "occitanie", "espace_acheteur", False, "en",
"English; the head names a new structure administrator and asks to close the former one's access.",
fmt="alt", mailer="Microsoft Outlook 16.0")

M(("Directrice école Jules Ferry", "ce.0341689B@ac-montpellier.fr"), "Adresse du compte e-sidoc de l'école",
"""Bonjour,

Je suis la directrice de l'école élémentaire Jules Ferry de Lunel
(0341689B). Le compte d'administration de notre BCD sur e-sidoc est
rattaché à l'adresse personnelle d'une collègue qui a muté. Je souhaite
qu'il soit désormais rattaché à l'adresse de l'école, celle d'où je vous
écris.

Merci par avance.
Sylvie Arnal, directrice
""", "head_of_establishment_request", False, "0341689B", "occitanie", "esidoc", False, "fr",
"A primary-school head asks, from the school address, to move the e-sidoc admin account to the school's address.")

M(("Hervé Carrié", "herve.carrie@ac-toulouse.fr"), "Autorisation de commande - abonnement e-sidoc",
"""Bonjour,

En tant que proviseur du lycée Rascol d'Albi (0810934A), j'autorise Mme
Durand, professeure documentaliste, à valider la commande de
renouvellement de l'abonnement e-sidoc 2025. Le bon d'engagement signé
suivra par l'intendance.

Cordialement,
Hervé Carrié
Proviseur
""", "head_of_establishment_request", False, "0810934A", "occitanie", "esidoc", False, "fr",
"The proviseur authorises the librarian to validate the renewal order (written authorisation), from his personal academic address.")

M(("Francis Dupuy", "francis.dupuy@ac-toulouse.fr"), "Re: [#SUP-006240] Demande écrite du chef d'établissement",
"""Bonjour,

Comme vous me l'avez demandé, je confirme par écrit en tant que principal
du collège de Bagnères-de-Bigorre (0650274V) ma demande de
réinitialisation du mot de passe administrateur e-sidoc. Le lien peut être
envoyé sur l'adresse officielle du collège.

Francis Dupuy
""", "head_of_establishment_request", False, "0650274V", "occitanie", "esidoc", False, "fr",
"Reply (Zimbra quote) in which the principal gives the written request the desk asked for.",
reply="SUP-006240", mailer="Zimbra", quote="""----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
Envoyé: Jeudi 14 Novembre 2024 16:10:22
Objet: [#SUP-006240] Demande écrite du chef d'établissement

Bonjour, pour réinitialiser le mot de passe administrateur, nous avons
besoin d'une demande écrite du chef d'établissement.""", quote_plain=True)

M(("Proviseur Lycée Dhuoda", "ce.0301128N@ac-montpellier.fr"), "URGENT changement administrateur",
"""Bonjour,

Je suis le proviseur du lycée. Suite à un problème avec notre messagerie,
merci de transférer immédiatement les comptes administrateur e-sidoc et
Espace Acheteur de l'établissement vers l'adresse lycee.dhuoda.direction@gmail.com
et de m'y envoyer les nouveaux identifiants. C'est urgent, je suis en
déplacement et je n'ai accès qu'à cette adresse.

Cordialement
Le Proviseur
""", "head_of_establishment_request", False, "0301128N", "occitanie", None, True, "fr",
"Claims to be the proviseur from the ce.<UAI> address, but SPF/DMARC fail and Reply-To is a Gmail address; asks to move both admin accounts there: probable spoof, still a head request for staff to refuse. Two platforms named, so none.",
auth="fail", extra=[("Reply-To", "lycee.dhuoda.direction@gmail.com")])

M(("Jean-Louis Delmas", "jean-louis.delmas@ac-toulouse.fr"), "Re: mot de passe e-sidoc",
"""Je confirme, vous pouvez réinitialiser le mot de passe e-sidoc du collège
comme le demande Mme Vialard.

J-L Delmas, principal du collège de Gourdon (0460439C)

Envoyé de mon iPhone""", "head_of_establishment_request", False, "0460439C", "occitanie", "esidoc", False, "fr",
"The principal confirms from his phone, quoting his librarian's request (Apple quote style), that the reset may be done.",
mailer="iPhone Mail (21H16)", quote="""Le 15 nov. 2024 à 10:02, Agnès Vialard <agnes.vialard@ac-toulouse.fr> a écrit :

> Monsieur Delmas,
> pouvez-vous confirmer à l'assistance que j'ai besoin d'un nouveau mot de
> passe e-sidoc ? Ils demandent l'accord du chef d'établissement.
> Merci, Agnès""")

M(("Muriel Costes", "muriel.costes@ac-toulouse.fr"), "Courrier du principal - administrateur e-sidoc",
"""Bonjour,

Veuillez trouver ci-joint le courrier signé de M. le principal du collège
de Saint-Affrique (0121117Z), en copie de ce message, demandant que je sois
désignée administratrice du portail e-sidoc à la place de mon prédécesseur.

Cordialement,
Muriel Costes
Professeure documentaliste
""", "head_of_establishment_request", False, "0121117Z", "occitanie", "esidoc", True, "fr",
"The librarian relays the head's signed letter (PDF) with the head in copy: the head's written request, relayed; staff must check the letter and sender.",
extra=[("Cc", "Principal <ce.0121117Z@ac-toulouse.fr>")],
attach=[("courrier_principal_admin_esidoc.pdf", "application/pdf")])

M(("Direction Lycée Michelet", "ce.0820431Y@ac-toulouse.fr"), "Délégation de signature - commandes Espace Acheteur",
"""Madame, Monsieur,

Je vous informe que, par délégation, Mme Claire Vergé (adjointe
gestionnaire) et M. Thierry Gasc (gestionnaire) sont seuls habilités à
valider les commandes passées au nom du lycée Michelet de Montauban
(0820431Y) sur l'Espace Acheteur, à compter du 1er décembre 2024.

La proviseure,
Catherine Mas
""", "head_of_establishment_request", False, "0820431Y", "occitanie", "espace_acheteur", False, "fr",
"Written delegation: the head declares who may validate orders.", fmt="qp")

M(("Nathalie Gimenez", "nat.gimenez.66@gmail.com"), "Accord pour le mot de passe du portail",
"""Bonjour,

Je suis directrice de l'école maternelle Les Coquelicots à Canet. Notre
ATSEM référente BCD m'a demandé de vous écrire pour que vous lui renvoyiez
un mot de passe pour e-sidoc. Je suis d'accord.

Je vous écris de mon adresse personnelle car je n'ai pas réussi à ouvrir
la messagerie de l'école.

N. Gimenez
""", "head_of_establishment_request", False, None, None, "esidoc", True, "fr",
"A nursery-school head gives her agreement from a personal Gmail, no UAI: weak evidence, staff must verify.",
mailer="Gmail")

M(("Proviseur Lycée Arago", "ce.0662385J@ac-montpellier.fr"), "Réinitialisation accès administrateur",
"""Madame, Monsieur,

Je vous demande de réinitialiser l'accès administrateur e-sidoc du lycée
(UAI 0662385K), notre documentaliste ne parvenant plus à se connecter. Le
lien peut être adressé à la boîte de l'établissement.

Le proviseur,
Jacques Bonnel
""", "head_of_establishment_request", False, "0662385J", "occitanie", "esidoc", True, "fr",
"The body gives 0662385K (wrong check letter); the sender address ce.0662385J@ac-montpellier.fr carries the valid UAI, which is the label.")

M(("Andrew Pearce", "ce.0312306N@ac-toulouse.fr"), "Admin password for buyer space",
"""Dear support,

I am the headmaster of the International School of Toulouse (state-contracted,
UAI 0312306N). Our bursar left at the half-term break and nobody now knows
the administrator password for the Espace Acheteur. I hereby request that
the password be reset and the link sent to this school address.

Best regards,
Andrew Pearce
Headmaster
""", "head_of_establishment_request", False, "0312306N", "occitanie", "espace_acheteur", True, "en",
"English; the head teacher asks in writing, from the ce.<UAI> address, for the admin password reset: a head request, not password_reset.")

M(("Principale Collège Marvejols", "ce.0480459N@ac-montpellier.fr"), "Suppression accès ancienne documentaliste",
"""Madame, Monsieur,

Notre ancienne professeure documentaliste a quitté l'établissement à la
Toussaint dans des conditions difficiles. Je souhaite qu'elle n'ait plus
accès au portail e-sidoc : merci de réinitialiser le mot de passe
administrateur et d'envoyer le lien sur l'adresse du collège (0480459N).

Respectueusement,
Christine Rouvière, principale
""", "head_of_establishment_request", False, "0480459N", "occitanie", "esidoc", False, "fr",
"HTML-only Outlook letter: the principal asks for a reset so that a departed librarian loses access.",
fmt="html", mailer="Microsoft Outlook 16.0")
# ---- account_creation (10)
M(("Aurélie Montagné", "aurelie.montagne@ac-toulouse.fr"), "Créer un compte Espace Acheteur",
"""Bonjour,

Je prends mes fonctions de gestionnaire dans un collège de Haute-Garonne et
on me dit que les commandes de manuels passent désormais par l'Espace
Acheteur. Je n'y ai jamais eu de compte : comment dois-je procéder pour en
créer un ?

Merci d'avance,
Aurélie Montagné
""", "account_creation", True, None, "occitanie", "espace_acheteur", False, "fr",
"First-time user asks how to create a buyer account: the sign-up answer fits. No UAI; region from ac-toulouse.fr.")

M(("Lena Fischer", "lena.fischer@ac-montpellier.fr"), "Registered but cannot log in",
"""Hello,

I filled in the registration form on the Espace Acheteur last Thursday for
our German section (school code 0340970V). When I try to log in, it says my
account is "pending validation". Is there something else I need to do?

Thanks,
Lena Fischer
""", "account_creation", True, "0340970V", "occitanie", "espace_acheteur", False, "en",
"English; sign-up done, account waiting for the structure administrator's validation (FAQ case).")

M(("Olivier Sarda", "olivier.sarda@ac-toulouse.fr"), "Qui est notre administrateur de structure ?",
"""Bonjour,

Pour valider mon inscription sur l'Espace Acheteur, il faut que
l'administrateur de la structure accepte ma demande. Personne au lycée ne
sait qui c'est ! Pouvez-vous me dire qui est l'administrateur pour le lycée
Pierre de Fermat (0311827T) ?

Olivier Sarda
""", "account_creation", False, "0311827T", "occitanie", "espace_acheteur", False, "fr",
"Asks who the structure's administrator is: needs a look-up by a person.")

M(("Mme Pujol - Collège neuf", "adjgest.college.ouest@ac-toulouse.fr"), "Établissement introuvable à l'inscription",
"""Bonjour,

Notre collège a ouvert en septembre 2024 (UAI 0312655T). Quand je veux
ouvrir le compte client pour commander notre abonnement e-sidoc,
l'établissement n'apparaît pas dans la liste déroulante.

Comment faire ?
Mme Pujol, adjointe gestionnaire
""", "account_creation", False, "0312655T", "occitanie", "esidoc", False, "fr",
"New establishment not in the list when opening the customer account: the FAQ sends these to the sales team.")

M(("Camille Tournier", "camille.tournier@ac-toulouse.fr"), "Je n'ai pas oublié mon mot de passe",
"""Bonjour,

Je précise d'emblée : je n'ai pas perdu mon mot de passe, je n'ai tout
simplement jamais eu de compte sur l'Espace Acheteur. J'arrive au lycée de
Lectoure (0322510E) et je dois pouvoir consulter les marchés. Comment
m'inscrire ?

Camille Tournier
""", "account_creation", True, "0322510E", "occitanie", "espace_acheteur", True, "fr",
"Negation: she never had an account, not a lost password; sign-up answer fits.")

M(("Gérard Vila", "gerard.vila@ac-montpellier.fr"), "Compte en attente depuis 3 semaines",
"""Bonjour,

Mon compte Espace Acheteur est « en attente de validation » depuis le 25
octobre. L'administratrice de notre structure est partie à la retraite et
n'a pas été remplacée, donc personne ne peut valider. Pouvez-vous
intervenir ?

Lycée de Prades, 0661841T
Gérard Vila
""", "account_creation", False, "0661841T", "occitanie", "espace_acheteur", False, "fr",
"Account pending for three weeks; the structure administrator has retired: the region must step in.")

M(("Priya Raman", "admin@toulouse-bilingual-academy.com"), "Buyer account for a new school",
"""Dear team,

We are a bilingual primary school that opened in Blagnac this September
(private, under contract application). We would like to open an account on
the Espace Acheteur to order books. Are we eligible, and what documents
should we send?

Kind regards,
Priya Raman
School Administrator
""", "account_creation", False, None, None, "espace_acheteur", False, "en",
"English; a new private school wants a buyer account: eligibility must be checked by a person.", fmt="alt")

M(("Sébastien Calmettes", "sebastien.calmettes@ac-toulouse.fr"), "Droits de gestion des commandes",
"""Bonjour,

Mon compte Espace Acheteur fonctionne, mais je ne vois pas le menu de
gestion des commandes. Mon chef m'a demandé de suivre les commandes du
lycée de Gaillac (0811584G) : pouvez-vous m'ouvrir ces droits ?

Merci
Sébastien Calmettes
""", "account_creation", False, "0811584G", "occitanie", "espace_acheteur", False, "fr",
"Account works; asks for order-management rights to be opened.")

M(("Élise Marcouly", "elise.marcouly@ac-toulouse.fr"), "Ouverture compte client avant première commande",
"""Bonjour,

Nouvelle gestionnaire au collège de Souillac (0462265M), je dois passer
notre première commande e-sidoc. On me dit qu'il faut d'abord ouvrir un
compte client : où et comment ?

Bien cordialement,
Élise Marcouly
""", "account_creation", True, "0462265M", "occitanie", "esidoc", False, "fr",
"HTML-only Outlook message; a new gestionnaire wants to open the customer account before a first order.",
fmt="html", mailer="Microsoft Outlook 16.0")

M(("Mathieu Reboul", "mathieu.reboul@ac-montpellier.fr"), "Deux comptes administrateur ?",
"""Bonjour,

Nous sommes deux professeurs documentalistes à temps partiel au lycée
Philippe Lamour de Nîmes (0300911C). Est-il possible que chacun ait son
propre compte administrateur sur e-sidoc, plutôt que de partager le même ?

Merci de votre réponse,
Mathieu Reboul
""", "account_creation", False, "0300911C", "occitanie", "esidoc", False, "fr",
"Asks whether each of two librarians can have an administrator account: a person answers.")
# ---- subscription_activation (10)
M(("Valérie Nègre", "valerie.negre@ac-montpellier.fr"), "Europresse pas encore visible",
"""Bonjour,

Nous avons commandé l'abonnement Europresse lundi (commande validée par
l'intendance), et il n'apparaît toujours pas dans les ressources de notre
portail e-sidoc. Lycée de Bagnols-sur-Cèze, 0302580S.

Faut-il faire quelque chose de notre côté ?

Valérie Nègre
""", "subscription_activation", True, "0302580S", "occitanie", "esidoc", False, "fr",
"Europresse ordered two days ago, not yet visible: within the 72-hour window.")

M(("Rachel Lewis", "rachel.lewis@ac-montpellier.fr"), "New subscription not showing",
"""Hi,

We ordered an English-language press subscription for our international
section yesterday afternoon, but it isn't showing in our e-sidoc resources
yet. School code: 0340723B. Is there a delay before it appears?

Cheers,
Rachel
""", "subscription_activation", True, "0340723B", "occitanie", "esidoc", False, "en",
"English; subscription ordered yesterday, not yet visible.", fmt="alt", mailer="Apple Mail (2.3774)")

M(("Béatrice Olivier", "beatrice.olivier@ac-montpellier.fr"), "Abonnement commandé le 15 octobre toujours inactif",
"""Bonjour,

Notre abonnement à Universalis a été commandé et payé le 15 octobre. Plus
d'un mois après, la ressource est toujours indiquée « inactive » dans notre
portail (lycée de Sète, 0341990D). Les élèves en ont besoin pour leurs
exposés.

Merci de regarder ce qui bloque.
Béatrice Olivier
""", "subscription_activation", False, "0341990D", "occitanie", "esidoc", False, "fr",
"Ordered a month ago, still inactive: far past the 72-hour rule; a person must look at the order.")

M(("Principal Collège de Mirepoix", "ce.0090919A@ac-toulouse.fr"), "Disponibilité de l'abonnement",
"""Bonjour,

Je suis le principal du collège de Mirepoix (0090919A). Nous avons passé
commande avant-hier de l'abonnement aux ressources numériques ; pouvez-vous
me dire quand il sera accessible aux élèves ?

Cordialement,
Le principal
""", "subscription_activation", True, "0090919A", "occitanie", "esidoc", True, "fr",
"Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.")

M(("Sonia Marty", "sonia.marty@ac-montpellier.fr"), "Ressource non publiée",
"""Bonjour,

Je n'ai pas oublié mon mot de passe, tout fonctionne côté administration.
Mais la ressource Cafeyn, bien active dans « Mes abonnements », ne s'affiche
pas pour les élèves sur le portail du collège de Limoux (0110832V).

Merci,
Sonia Marty
""", "subscription_activation", True, "0110832V", "occitanie", "esidoc", True, "fr",
"Negation about the password; the active resource is not published for pupils: publication step.")

M(("Romain Gayraud", "romain.gayraud@ac-toulouse.fr"), "Comment publier une ressource sur le portail ?",
"""Bonjour,

Première année sur e-sidoc pour moi. Notre abonnement Lumni est actif, mais
je ne trouve pas comment le faire apparaître sur la page d'accueil du
portail. Collège de Decazeville, UAI 0120645L.

Merci pour votre aide !
Romain Gayraud
""", "subscription_activation", True, "0120645L", "occitanie", "esidoc", False, "fr",
"First-time user asks how to publish an active resource on the portal.")

M(("Laetitia Baylac", "laetitia.baylac@ac-toulouse.fr"), "Renouvellement affiché expiré",
"""Bonjour,

Nous avons renouvelé hier l'abonnement du CDI, mais « Mes abonnements »
l'affiche toujours comme expiré au 31/10. Lycée Ozenne, Toulouse
(0312104U).

Bonne journée,
L. Baylac
""", "subscription_activation", True, "0312104U", "occitanie", "esidoc", False, "fr",
"Renewal from yesterday still shown as expired.", fmt="qp")

M(("Ian McKenzie", "ian.mckenzie@ac-toulouse.fr"), "Resource not visible through the ENT",
"""Hello,

Our subscription is active in e-sidoc, but students logging in through the
ENT don't see it. I'm new to the platform and not sure whether I need to
publish it somewhere. School: 0310917D (British section).

Thanks in advance,
Ian McKenzie
""", "subscription_activation", True, "0310917D", "occitanie", "esidoc", False, "en",
"English; active subscription not visible to pupils through the ENT: publication step.")

M(("Jocelyne Cazaux", "jocelyne.cazaux@ac-toulouse.fr"), "Abonnement invisible et facture erronée",
"""Bonjour,

1. L'abonnement commandé il y a deux jours n'est pas encore visible sur
notre portail.
2. Par ailleurs, la facture reçue ce matin porte un montant de 480 € au
lieu de 420 € sur le devis. Il faudrait une facture rectifiée avant que
l'agent comptable ne la rejette.

Collège de Lourdes, 0651203E.
Jocelyne Cazaux
""", "subscription_activation", False, "0651203E", "occitanie", "esidoc", True, "fr",
"Two topics: subscription not yet visible (first) and a wrong invoice amount (order_billing); the standard answer covers only half.")

M(("Gaëlle Rives", "gaelle.rives@ac-toulouse.fr"), "activation ???",
"""Commande validée hier matin. Toujours rien sur le portail. C'est long !!
Collège de Carmaux 0810820B""", "subscription_activation", True, "0810820B", "occitanie", "esidoc", False, "fr",
"Short and irritated; order from yesterday, within 72 hours.", fmt="b64", mailer="Samsung Mail")

# ---- order_billing (10)
M(("Annie Maurel", "annie.maurel@ac-toulouse.fr"), "Devis renouvellement 2025",
"""Bonjour,

Pourriez-vous m'adresser un devis pour le renouvellement de notre
abonnement e-sidoc pour 2025 ? Il m'est nécessaire pour établir le bon
d'engagement avant la fin de l'exercice.

Lycée Jean Jaurès, Carmaux (0810251H).

Cordialement,
Annie Maurel, gestionnaire
""", "order_billing", False, "0810251H", "occitanie", "esidoc", False, "fr",
"Asks for a formal quote for the renewal, for the bon d'engagement.")

M(("Hugo Pélissier", "hugo.pelissier@ac-toulouse.fr"), "Bon d'engagement refusé à la validation",
"""Bonjour,

Au moment de valider la commande, le dépôt du bon d'engagement échoue avec
le message « format de fichier non accepté », alors que c'est un PDF
généré par Op@le. Je vous le joins.

Collège de Caussade, 0820549B.
Hugo Pélissier
""", "order_billing", False, "0820549B", "occitanie", "esidoc", False, "fr",
"The bon d'engagement upload fails at order validation; PDF attached.",
attach=[("BE_2024_1187.pdf", "application/pdf")])

M(("Service comptable Lycée Daudet", "compta.lycee@ac-montpellier.fr"), "Facture absente de Chorus Pro",
"""Bonjour,

La commande de l'abonnement e-sidoc a été validée le 18 octobre mais nous
ne trouvons toujours pas la facture sur Chorus Pro. Pouvez-vous vérifier ?
Notre UAI : 0301669B.

Merci
Le service comptable
""", "order_billing", False, "0301669B", "occitanie", "esidoc", False, "fr",
"Order validated a month ago, invoice not on Chorus.")

M(("Thomas Reid", "thomas.reid@lycee-international-montpellier.org"), "Re: Invoice for library subscription",
"""Hi,

Thanks for the quick answer last week. One more thing: could the invoice
please be addressed to our accounting department (Service financier) rather
than to me personally? Otherwise it gets stuck on my desk for weeks.

Best,
Thomas Reid
Head Librarian
""", "order_billing", False, None, None, "esidoc", False, "en",
"English Outlook reply (From:/Sent: quote block) asking to address the invoice to the accounting department.",
fmt="alt", quote="""From: Assistance <support@assistance.example.fr>
Sent: Tuesday, November 12, 2024 4:30 PM
To: Thomas Reid
Subject: Invoice for library subscription

Dear Mr Reid, the invoice for your e-sidoc subscription will be issued once
the order is validated.""", quote_plain=True)

M(("Sylvain Granier", "sylvain.granier@ac-montpellier.fr"), "Panier disparu",
"""Bonjour,

J'avais préparé un panier de commande assez long (mobilier pour le CDI) sur
l'Espace Acheteur début novembre. Je me reconnecte aujourd'hui : le panier
est vide. Est-il possible de le récupérer ?

Lycée de Lodève, 0342805P.
S. Granier
""", "order_billing", False, "0342805P", "occitanie", "espace_acheteur", False, "fr",
"The saved basket disappeared (baskets are kept a limited time).")

M(("Intendance Lycée Maillol", "int.0662538A@ac-montpellier.fr"), "Montant facture différent du devis",
"""Bonjour,

La facture n° F-2024-11872 fait apparaître un montant de 1 236,00 € TTC
alors que le devis signé était de 1 136,00 € TTC. Merci de nous faire
parvenir une facture corrigée.

Lycée Aristide Maillol, Perpignan (0662538A)
Service intendance
""", "order_billing", False, "0662538A", "occitanie", "esidoc", False, "fr",
"HTML-only Outlook (windows-1252, euro sign): invoice amount differs from the quote. UAI in the int.<UAI> sender and the body.",
fmt="html1252", mailer="Microsoft Outlook 16.0")

M(("Économat Institution Sainte-Marie", "economat@ste-marie-saintsever.fr"), "Moyen de paiement",
"""Bonjour,

Établissement privé sous contrat, nous souhaitons régler notre première
commande par virement bancaire plutôt que par mandat administratif. Est-ce
possible ? Si oui, pouvez-vous nous transmettre un RIB ?

Merci,
L'économat
""", "order_billing", False, None, None, None, False, "fr",
"Private school asks about paying by bank transfer and for bank details; no platform named.", fmt="latin1")

M(("Josiane Albouy", "josiane.albouy@ac-montpellier.fr"), "Facture reçue en double",
"""Bonjour,

Nous avons reçu deux fois la même facture (même montant, numéros
différents) pour l'abonnement e-sidoc du collège de Lattes (0340833W).
Pouvez-vous annuler la seconde ?

Josiane Albouy
""", "order_billing", False, "0340833W", "occitanie", "esidoc", False, "fr",
"Invoice received twice; asks to cancel the duplicate.")

M(("Michel Fabre", "michel.fabre@ac-montpellier.fr"), "TR: Relance facture impayée",
"""Bonjour,

Je reçois cette relance alors que la facture a été payée par mandat
administratif le 22 octobre (mandat n° 1854). Pouvez-vous vérifier et
arrêter les relances ?

Collège de Castelnaudary, 0111043Z.
Michel Fabre

-------- Message transféré --------
Sujet : Relance facture impayée
Date : Mon, 18 Nov 2024 06:00:12 +0100
De : Service facturation <facturation@assistance.example.fr>

Sauf erreur de notre part, la facture F-2024-10233 reste impayée à ce
jour.
""", "order_billing", False, "0111043Z", "occitanie", "esidoc", False, "fr",
"Thunderbird-style forward of a payment reminder for an invoice already paid by mandat administratif.",
ua="Mozilla Thunderbird")

M(("Didier Roumagnac", "didier.roumagnac@ac-montpellier.fr"), "Erreur facture et convention introuvable",
"""Bonjour,

Notre facture de novembre mentionne 12 licences au lieu de 10 : merci de
nous envoyer un avoir ou une facture rectificative. Par ailleurs, je ne
trouve plus la convention d'adhésion dans « Mes Marchés ».

Lycée de Frontignan, 0342422Y.
D. Roumagnac
""", "order_billing", False, "0342422Y", "occitanie", "espace_acheteur", True, "fr",
"Two topics: wrong invoice (main) and a convention missing from 'Mes Marchés' (contract_documents).")
# ---- contract_documents (6)
M(("Régine Cabrol", "regine.cabrol@ac-montpellier.fr"), "Pièces du marché 2023-087 introuvables",
"""Bonjour,

Je ne retrouve plus les pièces du marché 2023-087 (fournitures de bureau)
dans « Mes Marchés » de l'Espace Acheteur, alors qu'elles y étaient en
septembre. Lycée de Pézenas, 0341487G.

Merci,
Régine Cabrol
""", "contract_documents", False, "0341487G", "occitanie", "espace_acheteur", False, "fr",
"Market documents no longer visible in 'Mes Marchés'.")

M(("Pascal Escudié", "pascal.escudie@ac-toulouse.fr"), "Avenant n°3 manquant",
"""Bonjour,

Nous avons reçu le courrier annonçant l'avenant n°3 au marché de
restauration, mais il n'apparaît pas dans les documents contractuels de
notre espace. Je joins le courrier.

Cité scolaire de Revel... pardon, lycée de Mazamet, 0812288X.
Pascal Escudié
""", "contract_documents", False, "0812288X", "occitanie", "espace_acheteur", False, "fr",
"Amendment missing from the contract documents; announcement letter attached.",
attach=[("Courrier avenant n°3.pdf", "application/pdf")])

M(("Kate Morrison", "kate.morrison@ac-montpellier.fr"), "Can't see the framework agreement documents",
"""Hello,

I've been asked by our bursar to download the framework agreement documents
for the textbook market, but the "Contract documents" tab is empty for
me. Is it a rights issue or are they not online yet?

School: 0340310C

Thanks,
Kate Morrison
""", "contract_documents", False, "0340310C", "occitanie", "espace_acheteur", False, "en",
"English; cannot see the market's contract documents.")

M(("Fabienne Salvan", "fabienne.salvan@ac-montpellier.fr"), "CCAP marché fournitures scolaires",
"""Bonjour,

Où puis-je trouver le CCAP du marché fournitures scolaires 2024-031 ? Il
n'est pas dans la liste des documents du marché.

Cordialement,
F. Salvan
""", "contract_documents", False, None, "occitanie", "espace_acheteur", False, "fr",
"CCAP not found for a market; no UAI, region from ac-montpellier.fr.")

M(("Arnaud Cassagne", "arnaud.cassagne@ac-toulouse.fr"), "Re: [#SUP-006198] Document de marché manquant",
"""Bonjour,

Merci pour votre réponse du 5, mais le document n'est toujours pas
visible de notre côté (lycée de Castelsarrasin, 0821992V). Nous en avons
besoin pour la commission permanente du 26 novembre.

A. Cassagne
""", "contract_documents", False, "0821992V", "occitanie", "espace_acheteur", False, "fr",
"Follow-up reply (Gmail quote): the document is still missing after the region's answer.",
reply="SUP-006198", mailer="Gmail", quote="""Le mar. 5 nov. 2024 à 14:12, Assistance <support@assistance.example.fr> a écrit :
> Bonjour, le document a été ajouté aux pièces du marché. Il sera visible
> sous 24 h.""")

M(("Corinne Sabatié", "csabatie@institution-jeanne-darc.fr"), "Conventions plus visibles",
"""Bonjour,

Sur l'ancienne plateforme, je voyais nos conventions dans l'onglet
« Documents ». Sur la nouvelle, rien. Est-ce que les documents ont été
repris, ou faut-il demander des droits à quelqu'un ?

Corinne Sabatié
""", "contract_documents", False, None, None, "espace_acheteur", True, "fr",
"Conventions visible on the old platform, not the new one: contract_documents, though the fix may be access rights (close to account_creation).")

# ---- transfer_incident (8)
M(("Marc Vézian", "informatique@lycee-saint-joseph-ales.fr"), "Transferts EcoleDirecte arrêtés depuis l'orage",
"""Bonjour,

Depuis la coupure de courant du week-end (épisode cévenol sur Alès), les
transferts vers EcoleDirecte ne partent plus : le dernier date de vendredi
16 h. Le serveur a redémarré normalement mais les familles ne voient plus
les absences.

Établissement 0302274J.
Marc Vézian, informatique
""", "transfer_incident", False, "0302274J", "occitanie", "ecoledirecte", False, "fr",
"Transfers stopped since a storm power cut; UAI given.")

M(("Laurent Bouzat", "laurent.bouzat@ensemble-scolaire-rodez.fr"), "Licence à régénérer",
"""Bonjour,

Nous avons changé de serveur pendant les vacances de la Toussaint, et
Charlemagne demande maintenant de régénérer la licence. Pouvez-vous nous
la renvoyer ? UAI 0120454D.

Merci,
L. Bouzat
""", "transfer_incident", False, "0120454D", "occitanie", "ecoledirecte", False, "fr",
"Licence to regenerate after a server change.")

M(("Secrétariat Collège Saint-Roch", "secretariat@saintroch-college.fr"), "mot de passe de maintenance",
"""Bonjour,

Pourriez-vous me communiquer le mot de passe de maintenance du jour ? Je
dois lancer une réindexation de la base après le plantage de ce matin.

Merci
""", "transfer_incident", False, None, None, "ecoledirecte", True, "fr",
"Asks for the daily maintenance password to reindex the base: transfer_incident per the taxonomy, not password_reset.", fmt="latin1")

M(("Vincent Lapeyre", "v.lapeyre@lasalle-albi.fr"), "Outils bloqué par l'antivirus",
"""Bonjour,

Notre nouvel antivirus met en quarantaine l'exécutable Charlemagne Outils
depuis sa mise à jour de mardi. Résultat : plus aucun transfert vers
EcoleDirecte. Quels dossiers faut-il exclure ?

Vincent Lapeyre
Technicien
""", "transfer_incident", False, None, None, "ecoledirecte", False, "fr",
"HTML-only Outlook: the antivirus quarantines Charlemagne Outils, transfers stopped.",
fmt="html", mailer="Microsoft Outlook 16.0")

M(("Josette Andrieu", "direction@ecole-ste-germaine-toulouse.fr"), "Les parents ne voient plus les notes",
"""Bonjour,

Plusieurs parents nous signalent qu'ils ne voient plus les notes du
trimestre sur EcoleDirecte. D'après l'écran de suivi, le dernier transfert
réussi date d'il y a cinq jours. Notre code : 0311909G.

Josette Andrieu
""", "transfer_incident", False, "0311909G", "occitanie", "ecoledirecte", False, "fr",
"Last EcoleDirecte transfer five days old; parents no longer see grades.")

M(("Cyril Benezech", "cyril.benezech@icm-montpellier.fr"), "Paramètres proxy pour les transferts",
"""Bonjour,

Le Département nous a installé un nouveau pare-feu et depuis, le test de
connexion du diagnostic échoue (« impossible de joindre le serveur de
transfert »). Quels ports et quelles adresses faut-il ouvrir, et faut-il
renseigner le proxy dans Outils ?

Établissement 0340628Y.
Cyril Benezech, RSSI
""", "transfer_incident", False, "0340628Y", "occitanie", "ecoledirecte", False, "fr",
"New firewall/proxy: transfer settings; the diagnostic's connection test fails.")

M(("Nick Harper", "nick.harper@techsupport-occitanie.co.uk"), "Replication error after database restore",
"""Hello,

I'm the IT contractor for a private school in Toulouse (UAI 0310758F). We
restored the school management database from a backup on Monday after a
disk failure, and since then the transfer to EcoleDirecte stops with a
"replication out of sync" error. Do we need a re-initialisation from your
side?

Regards,
Nick Harper
""", "transfer_incident", False, "0310758F", "occitanie", "ecoledirecte", False, "en",
"English; replication re-initialisation needed after a restore.")

M(("Françoise Sirven", "f.sirven@college-st-louis-perpignan.fr"), "Licence expirée au démarrage",
"""Bonjour,

Ce matin, au lancement de Charlemagne, un message « Licence expirée »
s'affiche et les transferts sont arrêtés. Pouvez-vous nous aider
rapidement ? UAI 0660827R.

Françoise Sirven, secrétariat
""", "transfer_incident", False, "0660827R", "occitanie", "ecoledirecte", False, "fr",
"'Licence expirée' at start-up: licence to regenerate; ISO-8859-1 8-bit body.", fmt="latin1")
# ---- other (19)
M(("Rank Boost Agency", "growth@rankboost-agency.biz"), "Get your website on Google's first page",
"""Hi,

I was checking your website and noticed it is not ranking for several
important keywords. Our SEO team can bring you to the first page of Google
in 30 days, guaranteed. Reply "YES" and I'll send our November price list.

Best,
Mark
Growth Manager""", "other", False, None, None, None, False, "en", "English SEO spam.")

M(("Christine Lapassade", "christine.lapassade@ac-toulouse.fr"), "Re: [#SUP-006266] Mot de passe e-sidoc",
"""Merci beaucoup, tout fonctionne de nouveau ! Bonne fin de semaine.

Christine""", "other", False, None, "occitanie", "esidoc", True, "fr",
"Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-toulouse.fr.",
reply="SUP-006266", quote="""Le 21/11/2024 à 08:47, Assistance a écrit :
> Bonjour, un lien de réinitialisation du mot de passe a été envoyé à
> l'adresse officielle de l'établissement. Le lien est valable 12 heures.""")

M(("Sandrine Pujol", "sandrine.pujol81@laposte.net"), "Sortie scolaire de ma fille",
"""Bonjour,

Ma fille est en 5e B. Pouvez-vous me dire à quelle heure le bus revient
de la sortie au musée Soulages jeudi ? Je dois m'organiser pour aller la
chercher.

Merci
Sandrine Pujol""", "other", False, None, None, None, False, "fr",
"A parent asking about a school trip: wrong address, unrelated.")

M(("Messagerie académique", "securite@ac-toulouse-webmail.com"), "Votre boîte aux lettres est pleine",
"""Cher utilisateur,

Votre boîte aux lettres académique a atteint 98 % de son quota. Pour éviter
la suspension de votre compte sous 24 heures, confirmez votre identifiant
et votre mot de passe en cliquant ici :
http://ac-toulouse-webmail.com/quota/confirm

Service informatique""", "other", False, None, None, None, True, "fr",
"Phishing ('mailbox full, confirm your password'): not password_reset; the look-alike domain ac-toulouse-webmail.com is not an académie domain, so no region.",
auth="fail")

M(("Inès Boyer", "ines.boyer.iut@gmail.com"), "Candidature stage documentation",
"""Madame, Monsieur,

Étudiante en BUT Information-Communication à Toulouse, je recherche un
stage de huit semaines à partir d'avril 2025 dans le domaine de la
documentation ou de l'assistance aux utilisateurs. Vous trouverez ci-joint
mon CV.

Je reste à votre disposition pour un entretien.
Inès Boyer""", "other", False, None, None, None, False, "fr",
"Unsolicited internship application with a CV.", attach=[("CV_Ines_Boyer.pdf", "application/pdf")])

M(("Hervé Combes", "herve.combes@ac-montpellier.fr"), "Re: [#SUP-006330] Abonnement",
"""Bien reçu, merci.

Envoyé de mon iPhone""", "other", False, None, "occitanie", None, False, "fr",
"'Bien reçu, merci.' from a phone: nothing to do. Region from ac-montpellier.fr.", reply="SUP-006330")

M(("Instituto Joan Miró", "intercambios@ies-joanmiro-barcelona.es"), "Intercambio escolar con un instituto de Occitania",
"""Buenos días,

Somos un instituto de Barcelona y buscamos un centro en Occitania para un
intercambio escolar en primavera de 2025, con alumnos de 15 años. ¿Podrían
ponernos en contacto con algún colegio o indicarnos a quién dirigirnos?

Muchas gracias,
Montse Puig
Coordinadora de intercambios""", "other", False, None, None, None, False, "es",
"Spanish; a Barcelona school looks for an exchange partner: unrelated to the services.")

M(("Bernard Teulière", "bernard.teuliere@ac-toulouse.fr"), "Ressources 11 novembre",
"""Bonjour,

Auriez-vous des ressources pédagogiques (documents d'archives, vidéos) sur
la Première Guerre mondiale pour préparer la commémoration du 11 novembre
avec mes élèves de 3e ?

Merci d'avance
B. Teulière, professeur d'histoire-géographie""", "other", False, None, "occitanie", None, False, "fr",
"A teacher asks for teaching resources: unrelated to the services. Region from ac-toulouse.fr.")

M(("Agencement CDI Concept", "contact@cdi-concept-mobilier.fr"), "Votre CDI mérite un nouveau souffle",
"""Bonjour Madame Roques,

Je me permets de vous contacter car nous accompagnons de nombreux
établissements d'Occitanie dans le réaménagement de leur CDI : rayonnages,
espaces de lecture, mobilier modulable. Seriez-vous disponible 15 minutes
la semaine prochaine pour en parler ?

Bien cordialement,
Julien Morel
Chargé d'affaires Sud-Ouest""", "other", False, None, None, None, False, "fr",
"Cold sales prospecting written to one person (no list headers): other, not automated.")

M(("Monique Raynal", "monique.raynal@wanadoo.fr"), "désinscription",
"""Bonjour, je suis à la retraite depuis juin, merci de ne plus m'envoyer
votre lettre d'information. Cordialement, M. Raynal""", "other", False, None, None, None, False, "fr",
"A person asks to be removed from the newsletter: written by hand, so not automated.")

M(("Josiane Marty", "josiane.marty.doc@free.fr"), "Suppression de mes données personnelles",
"""Bonjour,

J'ai quitté l'Éducation nationale en août. Conformément au RGPD, je vous
demande de supprimer toutes les données personnelles me concernant
(compte, adresse, historique). Merci de me confirmer la suppression.

Josiane Marty""", "other", False, None, None, None, False, "fr",
"GDPR erasure request from a former librarian: other (human review), not account_creation.")

M(("Lionel Baudru", "lionel.baudru@ac-montpellier.fr"), "Inscription au webinaire du 28 novembre",
"""Bonjour,

Je voulais m'inscrire au webinaire de présentation du nouvel Espace
Acheteur du 28 novembre, mais le lien d'inscription affiche une page
d'erreur. Pouvez-vous m'inscrire ou me donner un autre lien ?

Lionel Baudru""", "other", False, None, "occitanie", "espace_acheteur", False, "fr",
"Wants to register for a webinar, the link fails: other. Region from ac-montpellier.fr.")

M(("Rolland Auriol", "rolland.auriol@ac-toulouse.fr"), "INADMISSIBLE",
"""Trois semaines que j'attends une réponse. Trois semaines ! C'est
inadmissible pour un service public. Je vais saisir le rectorat.

R. Auriol""", "other", False, None, "occitanie", None, False, "fr",
"Angry complaint about an unanswered request, saying nothing of the topic: no category can be told.")

M(("Carole Baptiste", "carole.baptiste@ac-toulouse.fr"), "Partager un ticket avec un collègue",
"""Bonjour,

Sur le portail de tickets, comment puis-je donner accès à ma demande en
cours à mon collègue gestionnaire, pour qu'il puisse suivre les réponses ?

Merci
Carole Baptiste""", "other", False, None, "occitanie", "ticket_portal", False, "fr",
"How-to question about sharing a ticket on the ticket portal: no category of its own.")

M(("Chloe Martin", "chloe@readwise-edtech.io"), "Re: Partnership - reading platform for international sections",
"""Hi again,

Just bumping this up in case it got lost over the holidays. We'd love to
explore a partnership to offer our English reading platform to
international sections in Occitanie through your portal.

Would a 20-minute call next week work?

Best,
Chloe""", "other", False, None, None, None, False, "en",
"English partnership pitch, a follow-up quoting her own first mail (Gmail English quote style).",
quote="""On Tue, Oct 29, 2024 at 10:15 AM Chloe Martin <chloe@readwise-edtech.io> wrote:
> Hello, I'm reaching out from Readwise EdTech, a start-up helping schools
> build reading habits in English...""", mailer="Gmail")

M(("Document Signing", "sign@docu-secure-sign.net"), "Action required: please sign 'Convention 2025'",
"""Hello,

You have received a document to review and sign: "Convention 2025 -
Purchasing centre". Please sign before the end of the day:

http://docu-secure-sign.net/review?doc=88124

This request will expire in 24 hours.""", "other", False, None, None, None, True, "en",
"English phishing dressed as an e-signature request (fake domain, failing SPF/DMARC): other, no platform since it is not the real product.",
auth="fail", fmt="html")

M(("Danielle Mercadier", "danielle.mercadier@ac-montpellier.fr"), "Erreur sur la convention à signer",
"""Bonjour,

La convention que je dois signer électroniquement porte le nom du lycée
Joffre au lieu du lycée Jules Guesde. Je ne veux pas la signer en l'état.
Qui peut la corriger ?

Danielle Mercadier""", "other", False, None, "occitanie", "esignature", True, "fr",
"The convention to e-sign carries the wrong establishment name: only the document's sender can fix it; about a convention but not access to contract documents, so other.")

M(("Gilles Pradier", "gilles.pradier@ensemble-scolaire-rodez.fr"), "Re: [#SUP-006289] Transferts EcoleDirecte",
"""Bonjour,

Les transferts sont repartis depuis ce matin, les familles voient de
nouveau les notes. Merci pour votre réactivité !

Gilles Pradier""", "other", False, None, None, "ecoledirecte", False, "fr",
"Thanks for the fixed transfers: mentions EcoleDirecte transfers but asks nothing.", reply="SUP-006289")

M(("Helen Ward", "helen.ward@ac-toulouse.fr"), "Book recommendations for our English collection",
"""Hello,

I'm building up the English fiction shelf in our CDI for the British
section (ages 11-15). Do you have a recommended reading list, or could you
suggest titles that work well with French learners of English?

Thank you!
Helen Ward""", "other", False, None, "occitanie", None, False, "en",
"English; asks for reading recommendations: unrelated to the services. Region from ac-toulouse.fr.")
# ---- automated (21)
AUTO_REPLIED = [("Auto-Submitted", "auto-replied")]
AUTO_GEN = [("Auto-Submitted", "auto-generated")]
MS_OOO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

M(("Véronique Séguy", "veronique.seguy@ac-toulouse.fr"), "Réponse automatique : [#SUP-006150] Mot de passe e-sidoc",
"""Bonjour,

Je suis absente jusqu'au lundi 4 novembre inclus (vacances de la
Toussaint). Votre message sera traité à mon retour.

Pour toute urgence, merci de contacter le secrétariat du collège.

Véronique Séguy""", "automated", False, None, "occitanie", None, False, "fr",
"Exchange out-of-office in French (Auto-Submitted, X-Auto-Response-Suppress) during the Toussaint holidays; region from ac-toulouse.fr.",
extra=MS_OOO, reply="SUP-006150", mailer="Microsoft Exchange")

M(("Graham Poole", "graham.poole@ac-montpellier.fr"), "Automatic reply: [#SUP-006182] Your e-sidoc subscription",
"""Thank you for your email. I am accompanying the Year 10 international
section on a trip to Edinburgh until 15 November, with limited access to
email. I will reply on my return.

Graham Poole""", "automated", False, None, "occitanie", None, False, "en",
"English Exchange 'Automatic reply:' with Auto-Submitted and X-Auto-Response-Suppress; region from ac-montpellier.fr.",
extra=MS_OOO, reply="SUP-006182", fmt="alt")

M(("Sylvie Couderc", "sylvie.couderc@ac-toulouse.fr"), "Absence du 8 au 12 novembre",
"""Je suis absente du 8 au 12 novembre (pont du 11 novembre). Je lirai
votre message à mon retour.

Sylvie Couderc
Gestionnaire""", "automated", False, None, "occitanie", None, False, "fr",
"Academic webmail vacation reply: 'Auto-Submitted: auto-replied (zimbra; vacation)'. Region from the sender domain.",
extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")], reply="SUP-006244", mailer="Zimbra")

M(("Mail Delivery System", "MAILER-DAEMON@mx.ac-montpellier.fr"), "Undelivered Mail Returned to Sender",
None, "automated", False, None, None, None, False, "en",
"Postfix bounce (multipart/report delivery-status, headers of the original), null Return-Path. The sender host mx.ac-montpellier.fr is a subdomain, not the académie mail domain itself, so no region by the label rule.",
return_path="<>", auth="none", extra=AUTO_REPLIED, report=("delivery-status", "postfix",
"""This is the mail system at host mx.ac-montpellier.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

                   The mail system

<anne.roustan@ac-montpellier.fr>: user unknown (mailbox deleted)""",
"anne.roustan@ac-montpellier.fr", "5.1.1", "[#SUP-006271] Votre demande d'abonnement"))

M(("Microsoft Outlook", "postmaster@lyceeprive-stjoseph-tarbes.fr"), "Non remis : [#SUP-006203] Transferts EcoleDirecte",
None, "automated", False, None, None, None, False, "fr",
"Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
auth="none", extra=AUTO_REPLIED, report=("delivery-status", "exchange",
"""Votre message n'a pas pu être remis à direction@lyceeprive-stjoseph-tarbes.fr,
car la boîte aux lettres du destinataire est pleine.

Solution : le destinataire doit libérer de l'espace dans sa boîte aux
lettres, puis vous pourrez renvoyer votre message.""",
"direction@lyceeprive-stjoseph-tarbes.fr", "5.2.2", "[#SUP-006203] Transferts EcoleDirecte"))

M(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "Delivery Status Notification (Failure)",
None, "automated", False, None, None, None, False, "en",
"Gmail 'Delivery Status Notification (Failure)': multipart/report, address not found.",
return_path="<>", auth="none", report=("delivery-status", "gmail",
"""** Address not found **

Your message wasn't delivered to sarah.mitchell.isgt@gmail.com because the
address couldn't be found, or is unable to receive mail.""",
"sarah.mitchell.isgt@gmail.com", "5.1.1", "[#SUP-006310] Forgot password - buyer space"))

M(("Alain Rouquette", "alain.rouquette@ac-montpellier.fr"), "Lu : [#SUP-006222] Votre commande",
None, "automated", False, None, "occitanie", None, False, "fr",
"Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from ac-montpellier.fr.",
report=("disposition-notification", "mdn-fr",
"""Votre message

  À : Alain Rouquette
  Objet : [#SUP-006222] Votre commande
  Envoyé : mercredi 13 novembre 2024 09:40:11 (UTC+01:00)

a été lu le mercredi 13 novembre 2024 10:02:37 (UTC+01:00).""",
"alain.rouquette@ac-montpellier.fr", "displayed", "[#SUP-006222] Votre commande"))

M(("Peter Lindqvist", "p.lindqvist@ac-toulouse.fr"), "Return Receipt (displayed) - [#SUP-006299] Activation link",
None, "automated", False, None, "occitanie", None, False, "en",
"Thunderbird return receipt in English, disposition-notification; region from ac-toulouse.fr.",
report=("disposition-notification", "mdn-en",
"""This is a Return Receipt for the mail that you sent to
p.lindqvist@ac-toulouse.fr.

Note: This Return Receipt only acknowledges that the message was displayed
on the recipient's computer. There is no guarantee that the recipient has
read or understood the message contents.""",
"p.lindqvist@ac-toulouse.fr", "displayed", "[#SUP-006299] Activation link"), ua="Mozilla Thunderbird")

M(("Jérôme Sicard", "jerome.sicard@lycee-jeanne-darc-millau.fr"), "Absent : Re: votre demande",
"""Bonjour,

Je suis en formation jusqu'au 22 novembre et ne consulte pas ma
messagerie. En cas d'urgence, contactez l'accueil du lycée au
05 65 00 00 00.

Cordialement,
Jérôme Sicard""", "automated", False, None, None, None, True, "fr",
"Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic.")

M(("La Lettre des CDI d'Occitanie", "lettre@cdi-occitanie-info.fr"), "Lettre n°42 - Novembre : Mois du film documentaire, prix littéraires",
"""LA LETTRE DES CDI - NOVEMBRE 2024

Au sommaire :
- Le Mois du film documentaire dans vos établissements
- Prix littéraire des lycéens : la sélection est en ligne
- Webinaire : éducation aux médias et à l'information

Vous recevez cette lettre car vous êtes inscrit à notre liste de diffusion.
Se désinscrire : https://cdi-occitanie-info.fr/unsubscribe""", "automated", False, None, None, None, False, "fr",
"Newsletter: List-Id, List-Unsubscribe (one-click), Precedence: bulk.",
fmt="alt", extra=[("List-Id", "Lettre des CDI <lettre.cdi-occitanie-info.fr>"),
("List-Unsubscribe", "<https://cdi-occitanie-info.fr/unsubscribe?u=8812>"),
("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])

M(("Espace Acheteur", "no-reply@assistance.example.fr"), "Un compte est en attente de validation",
"""Bonjour,

Un nouveau compte a été créé pour la structure « Collège Jean Jaurès -
Saint-Juéry » et attend la validation d'un administrateur.

Ce message est envoyé automatiquement, merci de ne pas y répondre.""", "automated", False, None, None, "espace_acheteur", False, "fr",
"No-reply notification to the desk (administrator of structures without one): an account awaits validation. Auto-Submitted: auto-generated.",
extra=AUTO_GEN)

M(("Portail de tickets", "notifications@tickets.example-editeur.fr"), "[Ticket #88231] Mise à jour de votre demande",
"""Votre ticket #88231 « Synchronisation des abonnements » a été mis à
jour par l'équipe technique.

Statut : En cours d'analyse

Connectez-vous au portail pour consulter le détail.
Ceci est un message automatique.""", "automated", False, None, None, "ticket_portal", False, "fr",
"Ticket-portal notification: a ticket the desk opened with a supplier was updated. Auto-Submitted: auto-generated.",
extra=AUTO_GEN)

M(("Nicole Bergès", "nicole.berges@ac-montpellier.fr"), "[doc-herault] Problème de mot de passe e-sidoc",
"""Bonjour à toutes et à tous,

Est-ce que quelqu'un a déjà eu le souci du mot de passe e-sidoc qui n'est
plus reconnu après la Toussaint ? Je ne sais pas à qui m'adresser.

Nicole, collège de Ganges""", "automated", False, None, "occitanie", "esidoc", True, "fr",
"A librarian's real question about an e-sidoc password, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from ac-montpellier.fr.",
to="doc-herault@listes.ac-montpellier.fr", extra=[("List-Id", "Documentalistes de l'Herault <doc-herault.listes.ac-montpellier.fr>"),
("Precedence", "list"), ("List-Post", "<mailto:doc-herault@listes.ac-montpellier.fr>")])

M(("Assistance DSI Rectorat", "assistance-dsi@ac-toulouse.fr"), "[DSI-2024-118734] Accusé de réception de votre demande",
"""Bonjour,

Votre demande a bien été enregistrée sous le numéro DSI-2024-118734.
Elle sera traitée dans les meilleurs délais.

Merci de ne pas répondre à ce message.""", "automated", False, None, "occitanie", None, False, "fr",
"Another help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering would start a loop. Region from ac-toulouse.fr.",
extra=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance-dsi@ac-toulouse.fr")])

M(("noreply-dmarc-support@google.com", "noreply-dmarc-support@google.com"), "Report domain: assistance.example.fr Submitter: google.com Report-ID: 11387745209931284467",
"""This is an aggregate DMARC report for assistance.example.fr.""", "automated", False, None, None, None, False, "en",
"DMARC aggregate report (zip attachment) sent to the desk's address.",
attach=[("google.com!assistance.example.fr!1731628800!1731715199.zip", "application/zip")])

M(("Signature électronique", "ne-pas-repondre@signature.example-signature.fr"), "Document signé : Convention d'adhésion 2025",
"""Bonjour,

Toutes les parties ont signé le document « Convention d'adhésion 2025 -
Collège Paul Valéry, Sète ».

Vous pouvez télécharger le document signé depuis votre espace.

Cordialement,
Le service de signature électronique""", "automated", False, None, None, "esignature", True, "fr",
"E-signature 'completed' notification: no Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic.",
fmt="alt")

M(("Mail Delivery System", "Mailer-Daemon@mail.college-les-cevennes.fr"), "Mail delivery failed: returning message to sender",
"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  documentation@college-les-cevennes.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Subject: [#SUP-006317] Votre abonnement
From: Assistance <support@assistance.example.fr>""", "automated", False, None, None, None, True, "en",
"Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and Mailer-Daemon sender show it.",
return_path="<>", auth="none")

M(("Mail Delivery System", "MAILER-DAEMON@relay.assistance.example.fr"), "Delayed Mail (still being retried)",
None, "automated", False, None, None, None, False, "en",
"Delay warning from our own relay (Action: delayed): not a failure, still automatic.",
return_path="<>", auth="none", extra=AUTO_REPLIED, report=("delivery-status", "delayed",
"""This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours.
It will be retried until it is 5 days old.

<gestion@lycee-de-la-mer-sete.fr>: connect to mx.lycee-de-la-mer-sete.fr:
Connection timed out""", "gestion@lycee-de-la-mer-sete.fr", "4.4.1", "[#SUP-006324] Facture"))

M(("Collège Les Aygalades", "ce.0341564R@ac-montpellier.fr"), "Réponse automatique",
"""Le secrétariat du collège est fermé du 9 au 11 novembre inclus.

Pour les questions de mot de passe e-sidoc ou d'accès au CDI, merci de
renouveler votre demande à partir du mardi 12 novembre.""", "automated", False, "0341564R", "occitanie", None, False, "fr",
"Out-of-office of a school office (ce.<UAI> address) that mentions passwords and e-sidoc; Auto-Submitted present. UAI from the address.",
extra=AUTO_REPLIED)

M(("Lycée Agricole Auzeville", "contact@lycee-agricole-auzeville.fr"), "Re: [#SUP-006333] Accès ressources",
"""Bonjour,

Nous avons bien reçu votre message et vous remercions. Il sera transmis au
service concerné.

L'équipe du lycée""", "automated", False, None, None, None, False, "fr",
"Host-provided autoresponder: only 'X-Autoreply: yes' and 'X-Autorespond', no Auto-Submitted.",
extra=[("X-Autoreply", "yes"), ("X-Autorespond", "Re: [#SUP-006333] Accès ressources")], reply="SUP-006333")

M(("Jessica Lyons", "jess.lyons.teacher@gmail.com"), "Re: [#SUP-006339] Your library account",
"""Hi! I'm on a school trip to Barcelona with the international section
until 22 November and will have very limited access to email. I'll get
back to you when I'm back in Toulouse.

Jess""", "automated", False, None, None, None, False, "en",
"English Gmail vacation responder (Auto-Submitted: auto-replied).",
extra=AUTO_REPLIED, reply="SUP-006339", mailer="Gmail")


# ---------------------------------------------------------------- wrapping
DESK = "support@assistance.example.fr"
FAKE_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
FAKE_ZIP = b"PK\x05\x06" + b"\x00" * 18


def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def fmt_addr(name, addr):
    return email.utils.formataddr((name, addr), charset="utf-8")


def rand_hex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def to_html(text, charset):
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        if p.lstrip().startswith(">"):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in p.splitlines())
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in p.splitlines()))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">'
            '</head><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</div></body></html>\n")


def qp(data):
    return quopri.encodestring(data).decode("ascii")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def text_part(text, how, subtype="plain"):
    """Return (headers, body) for a single text part."""
    if how == "8bit":
        return ("Content-Type: text/%s; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 8bit\n" % subtype, text)
    if how == "latin1":
        return ("Content-Type: text/%s; charset=ISO-8859-1\nContent-Transfer-Encoding: 8bit\n" % subtype, text.encode("latin-1"))
    if how == "qp":
        return ("Content-Type: text/%s; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n" % subtype, qp(text.encode("utf-8")))
    if how == "b64":
        return ("Content-Type: text/%s; charset=\"UTF-8\"\nContent-Transfer-Encoding: base64\n" % subtype, b64(text.encode("utf-8")))
    if how == "qp1252":
        return ("Content-Type: text/%s; charset=\"windows-1252\"\nContent-Transfer-Encoding: quoted-printable\n" % subtype, qp(text.encode("cp1252")))
    raise ValueError(how)


def join(parts):
    """parts: list of str/bytes -> bytes"""
    out = b""
    for p in parts:
        out += p if isinstance(p, bytes) else p.encode("utf-8")
    return out


def report_body(boundary, spec, sender_host, date_str, desk_mid):
    rtype, style, human, rcpt, status, orig_subject = spec
    parts = ["This is a MIME-encapsulated message.\n\n" if style != "mdn-fr" else ""]
    parts.append("--%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n%s\n\n" % (boundary, human))
    if rtype == "delivery-status":
        action = "delayed" if status.startswith("4") else "failed"
        parts.append("--%s\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; %s\nArrival-Date: %s\n\n"
                     "Final-Recipient: rfc822; %s\nAction: %s\nStatus: %s\nDiagnostic-Code: smtp; %s %s\n\n"
                     % (boundary, sender_host, date_str, rcpt, action, status, status.replace(".", ""), "delivery problem"))
    else:
        parts.append("--%s\nContent-Type: message/disposition-notification\n\nReporting-UA: %s; Mail client\n"
                     "Final-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; %s\n\n"
                     % (boundary, sender_host, rcpt, desk_mid, status))
    parts.append("--%s\nContent-Type: text/rfc822-headers\n\nFrom: Assistance <%s>\nTo: %s\nSubject: %s\nMessage-ID: %s\nDate: %s\n\n--%s--\n"
                 % (boundary, DESK, rcpt, enc_header(orig_subject), desk_mid, date_str, boundary))
    return parts


def build(m):
    kw = m["kw"]
    name, addr = m["frm"]
    dom = addr.rsplit("@", 1)[1].lower()
    day = rng.choice([d for d in range(4, 30) if datetime.date(2024, 11, d).weekday() < 5 and d != 11])
    dt = datetime.datetime(2024, 11, day, rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59),
                           tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    date_str = format_datetime(dt)
    mid = "<%s-%s-%s@%s>" % (rand_hex(8), rand_hex(4), rand_hex(12), dom)
    auth = kw.get("auth", "pass")
    relay = "smtp.%s" % dom if rng.random() < 0.6 else "mail-%s.outbound.example.net" % rand_hex(6)
    h = []
    h.append("Return-Path: %s" % kw.get("return_path", "<%s>" % addr))
    h.append("Delivered-To: %s" % DESK)
    h.append("Received: from %s (%s [203.0.113.%d])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (relay, relay, rng.randint(2, 250), rand_hex(12).upper(), DESK, date_str))
    if auth == "pass":
        h.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=pass header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass header.from=%s" % (dom, dom, dom))
    elif auth == "fail":
        h.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine) header.from=%s" % (dom, dom))
    else:
        h.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=none;\n\tdmarc=none")
    h.append("From: %s" % fmt_addr(name, addr))
    to = kw.get("to")
    if to:
        h.append("To: %s" % to)
    else:
        h.append("To: %s" % (DESK if rng.random() < 0.5 else "Assistance <%s>" % DESK))
    for k, v in kw.get("extra", []):
        if k == "Cc":
            h.append("Cc: %s" % v)
    h.append("Subject: %s" % enc_header(m["subject"]))
    h.append("Date: %s" % date_str)
    h.append("Message-ID: %s" % mid)
    if kw.get("reply"):
        ref = "<%s.%d.%s@assistance.example.fr>" % (kw["reply"], int(dt.timestamp()) - 86400 * rng.randint(1, 6), rand_hex(6))
        h.append("In-Reply-To: %s" % ref)
        h.append("References: %s" % ref)
    if kw.get("mailer"):
        h.append("X-Mailer: %s" % kw["mailer"])
    if kw.get("ua"):
        h.append("User-Agent: %s" % kw["ua"])
    for k, v in kw.get("extra", []):
        if k != "Cc":
            h.append("%s: %s" % (k, v))
    h.append("MIME-Version: 1.0")

    rep = kw.get("report")
    if rep:
        boundary = "=_report_%s" % rand_hex(16)
        h.append("Content-Type: multipart/report; report-type=%s;\n boundary=\"%s\"" % (rep[0], boundary))
        desk_mid = "<%s.%d.%s@assistance.example.fr>" % (rep[5].split("]")[0].lstrip("[#"), int(dt.timestamp()) - 3600, rand_hex(6))
        return join(["\n".join(h), "\n\n"] + report_body(boundary, rep, dom, date_str, desk_mid))

    text = m["body"].rstrip("\n") + "\n"
    if kw.get("quote"):
        q = kw["quote"]
        if not kw.get("quote_plain") and not q.lstrip().startswith(">") and "\n>" not in q:
            q = "\n".join("> " + l for l in q.splitlines())
        text = text + "\n" + q.rstrip("\n") + "\n"
    how = kw.get("fmt", rng.choice(["8bit", "8bit", "8bit", "qp"]))

    if how in ("html", "html1252"):
        charset = "windows-1252" if how == "html1252" else "utf-8"
        ph, pb = text_part(to_html(text, charset), "qp1252" if how == "html1252" else "qp", "html")
        main = [ph, "\n", pb]
    elif how == "alt":
        b = "----=_Part_%s" % rand_hex(20)
        th, tb = text_part(text, "qp")
        hh, hb = text_part(to_html(text, "utf-8"), rng.choice(["qp", "b64"]), "html")
        main = ["Content-Type: multipart/alternative;\n boundary=\"%s\"\n\n" % b,
                "--%s\n%s\n%s\n--%s\n%s\n%s\n--%s--\n" % (b, th, tb, b, hh, hb, b)]
    else:
        ph, pb = text_part(text, how)
        main = [ph, "\n", pb]

    atts = kw.get("attach")
    if atts:
        b = "=_mixed_%s" % rand_hex(18)
        parts = ["\n".join(h), "\nContent-Type: multipart/mixed;\n boundary=\"%s\"\n\nThis is a multi-part message in MIME format.\n\n--%s\n" % (b, b)]
        parts += main
        for fname, ctype in atts:
            data = FAKE_ZIP if ctype == "application/zip" else FAKE_PDF
            try:
                fname.encode("ascii")
                disp = 'attachment; filename="%s"' % fname
            except UnicodeEncodeError:
                disp = "attachment;\n filename*=utf-8''%s" % urllib.parse.quote(fname)
            parts.append("\n--%s\nContent-Type: %s; name=\"%s\"\nContent-Disposition: %s\nContent-Transfer-Encoding: base64\n\n%s"
                         % (b, ctype, fname.encode("ascii", "replace").decode(), disp, b64(data)))
        parts.append("\n--%s--\n" % b)
        return join(parts)
    return join(["\n".join(h), "\n"] + main)


def main():
    order = list(MAILS)
    rng.shuffle(order)
    labels = []
    for i, m in enumerate(order, 1):
        fname = "h%03d.eml" % i
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(build(m))
        lab = {"file": fname}
        lab.update(m["label"])
        labels.append(lab)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def all_text(msg):
    out = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return "\n".join(out)


def check():
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    emls = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert emls == ["h%03d.eml" % i for i in range(1, 151)], "expected h001..h150"
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    assert len(labels) == 150 and [l["file"] for l in labels] == emls
    for lab in labels:
        assert list(lab.keys()) == keys, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as f:
            msg = email.message_from_bytes(f.read(), policy=email.policy.default)
        assert msg["From"] and msg["Subject"] and msg["Message-ID"] and msg["Date"], lab["file"]
        assert msg["To"], lab["file"]
        text = all_text(msg)
        assert text.strip(), lab["file"]
        assert lab["category"] in CATEGORIES, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in {"fr", "en", "es"}, lab
        assert lab["notes"], lab
        sender = msg["From"].addresses[0].addr_spec
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), lab
            assert lab["uai"].lower() in text.lower(), (lab["file"], "UAI not in the mail")
        assert lab["region"] == region_for(lab["uai"], sender), (lab["file"], lab["region"], region_for(lab["uai"], sender))
    cats = {}
    for lab in labels:
        cats[lab["category"]] = cats.get(lab["category"], 0) + 1
    print("OK: 150 mails;", dict(sorted(cats.items())), "auto_reply_ok:", sum(l["auto_reply_ok"] for l in labels))


if __name__ == "__main__":
    main()

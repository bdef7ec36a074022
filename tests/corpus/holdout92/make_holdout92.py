#!/usr/bin/env python3
"""Build the holdout92 blind test corpus (October / Toussaint: school mergers,
new UAIs, first orders of the budget year, new subscriptions; Hauts-de-France
and Auvergne-Rhone-Alpes).

Every mail text below is hand-written; this script only wraps each text in
headers and a transfer encoding, writes h001.eml ... h150.eml and labels.jsonl
next to itself, then re-reads everything and checks it.

Standard library only, deterministic (random.Random with a fixed seed).
"""
import datetime as dt
import email
import html
import json
import re
import random
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(92092)
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
SUPPORT = "support@assistance.example.fr"

CATEGORIES = ["password_reset", "missing_noreply_mail", "mailinblack_spam",
              "account_creation", "subscription_activation",
              "head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"]
AUTO_ALLOWED = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                "account_creation", "subscription_activation"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}

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
PREFIX_REGION = {}
for _r, _d in REGION_DEPTS.items():
    for _x in _d.split():
        PREFIX_REGION[_x if len(_x) == 3 else "0" + _x] = _r
DOMAIN_REGION = {d: r for r, ds in REGION_DOMAINS.items() for d in ds.split()}


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


def expected_region(uai, sender):
    if uai:
        return PREFIX_REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower().rstrip(">")
    return DOMAIN_REGION.get(dom)


MAILS = []


def add(cat, auto, uai, region, platform, hard, lang, notes, frm, subject, body,
        client="gmail", cte="quoted-printable", html_mode=None, att=None,
        hdr=None, reply=False, date=None, raw=None, to=SUPPORT):
    MAILS.append(dict(cat=cat, auto=auto, uai=uai, region=region, platform=platform,
                      hard=hard, lang=lang, notes=notes, frm=frm, subject=subject,
                      body=body, client=client, cte=cte, html_mode=html_mode, att=att,
                      hdr=hdr or {}, reply=reply, date=date, raw=raw, to=to))

# ---------------------------------------------------------------- password_reset
add("password_reset", True, "0593712P", "hauts-de-france", "esidoc", True, "fr",
    "Merger: the old collège code 0593551P is quoted for history, the request is about the new cité scolaire UAI 0593712P; plain lost e-sidoc password.",
    ("Nathalie Degrave", "nathalie.degrave@ac-lille.fr"),
    "Mot de passe e-sidoc - nouvelle cité scolaire",
    """Bonjour,

Depuis le 1er septembre, le collège Albert Camus (ancien UAI 0593551P) a
fusionné avec le lycée voisin pour former la cité scolaire Camus-Jaurès à
Tourcoing. Nous avons donc un nouvel UAI : 0593712P.

Le portail e-sidoc a bien été recréé sous ce nouveau code, mais je n'ai
jamais reçu le mot de passe de l'interface d'administration, ou alors je l'ai
perdu dans la masse des mails de rentrée. Pouvez-vous me renvoyer un lien de
réinitialisation ?

Merci d'avance,

Nathalie Degrave
Professeure documentaliste
Cité scolaire Camus-Jaurès - Tourcoing
""", client="thunderbird", cte="8bit")

add("password_reset", True, "0692874Z", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "No accents, 'mdp' abbreviation; forgotten e-sidoc password, UAI in the body.",
    ("Karim Benali", "karim.benali@ac-lyon.fr"),
    "mdp oublie",
    """bonjour
jai oublie le mdp de notre e-sidoc (college du Vieux Moulin, Oullins, uai 0692874Z)
je lai change avant les vacances d'ete et impossible de m'en rappeler
merci de m'envoyer un lien
K. Benali
doc
""", client="zimbra", cte="7bit")

add("password_reset", True, "0623418D", "hauts-de-france", "espace_acheteur", False, "fr",
    "Gestionnaire locked out of the Espace Acheteur after too many attempts while preparing the first orders of the budget year.",
    ("Sandrine Lefebvre", "sandrine.lefebvre@ac-lille.fr"),
    "Compte bloqué Espace Acheteur",
    """Bonjour,

Je voulais passer nos premières commandes de l'exercice 2025 sur l'Espace
Acheteur et, après trois essais, mon compte est bloqué (« trop de tentatives »).

Établissement : lycée professionnel Pierre de Coubertin, Calais
UAI : 0623418D

Pouvez-vous le débloquer ou m'envoyer un nouveau mot de passe ?

Cordialement,
Sandrine Lefebvre
Gestionnaire
""", client="outlook", cte="quoted-printable")

add("password_reset", True, "0383142J", "auvergne-rhone-alpes", "esidoc", False, "en",
    "English; an assistant librarian forgot the e-sidoc admin password; UAI as login in the body.",
    ("Emma Collins", "emma.collins@ac-grenoble.fr"),
    "Forgotten e-sidoc password",
    """Hello,

I work as the English-speaking assistant in the CDI of the Cité scolaire
internationale in Grenoble (identifier 0383142J). The librarian asked me to
update our e-sidoc portal during the Toussaint break but I can't remember the
admin password she gave me, and she's away until November.

Could you send a reset link to the school's address?

Many thanks,
Emma Collins
""", client="apple", cte="7bit")

add("password_reset", True, "0801643B", "hauts-de-france", "esidoc", True, "fr",
    "Negation: 'ce n'est pas l'identifiant qui pose probleme, c'est le mot de passe'; the reset path applies.",
    ("Hélène Caron", "helene.caron@ac-amiens.fr"),
    "Re: connexion portail",
    """Bonjour,

Ce n'est pas l'identifiant qui pose problème (j'ai bien compris que c'est
l'UAI, 0801643B), c'est le mot de passe : celui que ma collègue m'a laissé en
juin n'est plus accepté. Il a peut-être expiré ?

Merci de me dire comment le réinitialiser.

Hélène Caron
Professeure documentaliste, collège Jules Verne, Amiens
""", client="thunderbird", cte="quoted-printable")

add("password_reset", False, "0421853L", "auvergne-rhone-alpes", "esidoc", True, "fr",
    "Asks the reset link to be sent to her personal Gmail, not the address on file: a person must handle it; UAI 0421853L given after a merger.",
    ("Marion Rey", "marion.rey42@gmail.com"),
    "Réinitialisation mot de passe sur mon adresse perso svp",
    """Bonjour,

Suite à la fusion de nos deux collèges de Saint-Étienne, le nouvel
établissement a le numéro 0421853L. Je n'ai plus accès à l'adresse de
l'ancienne documentaliste qui est enregistrée chez vous, et ma boîte
académique ne marche pas encore.

Est-ce que vous pouvez envoyer le nouveau mot de passe e-sidoc directement
sur cette adresse gmail ? Ce serait beaucoup plus simple pour moi.

Merci,
Marion Rey
""", client="gmail", cte="quoted-printable", html_mode="alt")

add("password_reset", True, "0602871V", "hauts-de-france", "esidoc", True, "fr",
    "UAI written with spaces ('060 2871 V'); expired reset link, asks for a new one.",
    ("Thomas Vasseur", "thomas.vasseur@ac-amiens.fr"),
    "lien expiré",
    """Bonjour,

Le lien de réinitialisation reçu hier soir a expiré avant que je puisse
l'utiliser (conseil de classe jusqu'à 20h...). Pouvez-vous m'en renvoyer un ?

Lycée Jean Calvin, Noyon - UAI 060 2871 V

Merci
Thomas Vasseur, prof doc
""", client="outlook", cte="quoted-printable")

add("password_reset", True, "0631245L", "auvergne-rhone-alpes", "esidoc", True, "fr",
    "UAI only in the ce.<UAI>@ac-clermont.fr sender address; the secretariat asks for the link on that official mailbox.",
    ("Secrétariat collège Lucie Aubrac", "ce.0631245L@ac-clermont.fr"),
    "Mot de passe portail documentaire",
    """Bonjour,

La documentaliste du collège est en arrêt et sa remplaçante arrive lundi.
Personne ne connaît le mot de passe du portail e-sidoc. Pourriez-vous
envoyer le lien de réinitialisation sur cette adresse (boîte de
l'établissement) ? Nous lui transmettrons.

Bien cordialement,

Le secrétariat
Collège Lucie Aubrac
63 Clermont-Ferrand
""", client="zimbra", cte="quoted-printable", html_mode="alt")

add("password_reset", True, "0594427S", "hauts-de-france", "espace_acheteur", False, "fr",
    "Forgotten Espace Acheteur login before the first orders of the new exercise; UAI in the signature.",
    ("Olivier Dumont", "olivier.dumont@ac-lille.fr"),
    "Identifiant et mot de passe oubliés",
    """Bonjour,

Nouvel adjoint gestionnaire depuis la rentrée, je dois passer les premières
commandes de l'année budgétaire mais je n'ai ni l'identifiant ni le mot de
passe de l'Espace Acheteur. Mon prédécesseur est parti à la retraite.

Comment puis-je récupérer l'accès ?

--
Olivier Dumont
Adjoint gestionnaire
Lycée Gustave Eiffel - Armentières
RNE 0594427S
""", client="outlook", cte="base64", html_mode="only")

add("password_reset", True, "0741397S", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Short phone message: e-sidoc password no longer recognised, UAI in the subject.",
    ("Julie Perrin", "julie.perrin@ac-grenoble.fr"),
    "0741397S mot de passe",
    """Bonjour, le mot de passe admin e-sidoc n'est plus reconnu depuis ce matin. Vous pouvez me renvoyer un lien ? Merci
Julie

Envoyé de mon iPhone
""", client="apple", cte="quoted-printable")

add("password_reset", False, "0022093P", "hauts-de-france", "esidoc", True, "fr",
    "Two topics: password reset (main) and a question about the invoice of the new subscription (order_billing); one template answers only half.",
    ("Céline Morel", "celine.morel@ac-amiens.fr"),
    "Mot de passe + facture",
    """Bonjour,

Deux choses :

1) Je n'arrive plus à me connecter à l'administration d'e-sidoc, mot de passe
refusé. Notre UAI : 0022093P (collège Gérard Philipe, Soissons).

2) Nous avons souscrit l'abonnement Europresse en septembre : à qui dois-je
demander la facture ? Notre gestionnaire ne l'a toujours pas reçue et
voudrait la mandater avant la clôture.

Merci pour votre aide,
Céline Morel
""", client="thunderbird", cte="8bit")

add("password_reset", True, "0695513T", "auvergne-rhone-alpes", "esidoc", False, "en",
    "English; account locked after failed attempts on the e-sidoc back office.",
    ("Daniel Meyer", "d.meyer@ac-lyon.fr"),
    "Account locked",
    """Hi,

Our e-sidoc admin account is locked after I mistyped the password a few
times this morning. Establishment code 0695513T (Lycée Ampère, Lyon).

Can you unlock it or send a reset link please?

Best regards,
Daniel Meyer
""", client="outlook", cte="7bit")

add("password_reset", False, "0625530Z", "hauts-de-france", "esidoc", True, "fr",
    "Reply (Outlook '-----Message d'origine-----') to the automatic reset answer: the link went to the old collège mailbox, closed since the merger; a person must take over.",
    ("Patricia Delattre", "patricia.delattre@ac-lille.fr"),
    "RE: [Assistance] Réinitialisation de votre mot de passe",
    """Bonjour,

Le lien est parti sur la boîte de l'ancien collège, qui a été fermée au
moment de la fusion avec le collège Paul Langevin. Personne ne peut donc le
lire. Notre nouvel UAI est bien 0625530Z. Comment faire ?

Patricia Delattre
Documentaliste

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 7 octobre 2024 09:14
À : Patricia Delattre <patricia.delattre@ac-lille.fr>
Objet : [Assistance] Réinitialisation de votre mot de passe

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse de contact enregistrée
pour votre établissement (c***@ac-lille.fr). Il est valable 12 heures.

L'équipe Assistance
""", client="outlook", cte="quoted-printable", reply=True)

add("password_reset", True, "0381677S", "auvergne-rhone-alpes", "esidoc", True, "fr",
    "UAI only in the portal URL and in lower case (0381677s.esidoc.fr); the label is the upper-case code.",
    ("Lucas Girard", "lucas.girard@ac-grenoble.fr"),
    "impossible de me connecter au portail",
    """Bonjour,

Quand je vais sur https://0381677s.esidoc.fr et que je clique sur
« Connexion administrateur », mon mot de passe est refusé. J'ai dû le
changer en juin mais je ne l'ai pas noté.

Merci de m'indiquer la procédure.

Lucas Girard
CDI du collège Le Grésivaudan
""", client="thunderbird", cte="quoted-printable")

add("password_reset", True, "0604419C", "hauts-de-france", "esidoc", False, "fr",
    "Mobile Outlook, base64 body: new librarian who never had the password.",
    ("Amandine Roussel", "amandine.roussel@ac-amiens.fr"),
    "Accès admin e-sidoc",
    """Bonjour,
Je viens d'arriver au collège Anne Frank de Beauvais (0604419C) et je ne connais pas le mot de passe d'administration d'e-sidoc, personne ne l'a. Pouvez-vous m'aider ?
Merci
Amandine Roussel

Obtenir Outlook pour Android
""", client="outlook_mobile", cte="base64")

add("password_reset", True, None, "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Forgotten e-sidoc password, no UAI given; region from the ac-clermont.fr sender domain.",
    ("Bernard Faure", "bernard.faure@ac-clermont.fr"),
    "Mot de passe perdu",
    """Bonjour,

J'ai perdu le mot de passe de l'interface de gestion du portail e-sidoc de
mon collège. Pouvez-vous me dire comment le récupérer ?

Bien à vous,
B. Faure
""", client="zimbra", cte="8bit")

add("password_reset", False, "0027731T", "hauts-de-france", "esidoc", True, "fr",
    "Reset for a merged site; the old UAI 0021468K is closed and the portal should move to 0027731T: password reset plus a portal move, so a person reads it.",
    ("Vincent Lemaire", "vincent.lemaire@ac-amiens.fr"),
    "e-sidoc : ancien et nouvel établissement",
    """Bonjour,

Le collège de Guise (0021468K) a été rattaché au 1er septembre au lycée
Camille Desmoulins pour former une cité scolaire (nouvel UAI 0027731T).

- je n'ai pas le mot de passe du portail du nouvel UAI ;
- et il faudrait que les notices de l'ancien portail soient reprises sur le
  nouveau, sinon on perd 15 ans de catalogage.

Merci de me dire comment procéder pour les deux.

V. Lemaire
Professeur documentaliste
""", client="thunderbird", cte="quoted-printable")

add("password_reset", True, "0742284F", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "Expired Espace Acheteur password and the old one forgotten; Outlook HTML alternative.",
    ("Isabelle Jacquier", "isabelle.jacquier@ac-grenoble.fr"),
    "Mot de passe expiré Espace Acheteur",
    """Bonjour,

En me connectant à l'Espace Acheteur, on me demande de changer mon mot de
passe car il a expiré, mais je ne me souviens plus de l'ancien, qui est
demandé pour le changement.

Lycée du Mont-Blanc René Dayve, Passy - UAI 0742284F

Cordialement,

Isabelle Jacquier
Secrétaire de gestion
Tél. 04 50 78 xx xx
""", client="outlook", cte="quoted-printable", html_mode="alt")

add("password_reset", True, "0593390P", "hauts-de-france", "esidoc", False, "en",
    "English, Gmail; Erasmus coordinator helping the CDI, forgotten portal password, UAI given.",
    ("Sarah O'Neill", "sarah.oneill.teach@gmail.com"),
    "Password for the school library portal",
    """Hi there,

I'm helping the library of Lycée Faidherbe in Lille (UAI 0593390P) during
the October holidays. We can't log in to the e-sidoc back office: the
password we have doesn't work anymore. Is there a way to reset it?

Thanks a lot,
Sarah
""", client="gmail", cte="quoted-printable", html_mode="alt")

add("password_reset", True, "0151143L", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Typos and no accents; forgotten e-sidoc password, UAI in the body.",
    ("Corinne Bouchet", "corinne.bouchet@ac-clermont.fr"),
    "probleme de conexion",
    """Bonjour

je n arrive plus a me conecter a e sidoc, j ai du me tromper de mot de pass
plusieur fois et maintenant je ne sais plus le quel est le bon
college de la Chataigneraie, Aurillac, 0151143L

merci bcp
Corinne
""", client="gmail", cte="7bit")

add("password_reset", True, "0012287F", "auvergne-rhone-alpes", "esidoc", False, "en",
    "English; reset link never used and now invalid, asks for a new link; UAI in the body.",
    ("Paul Martin", "paul.martin@ac-lyon.fr"),
    "Reset link not valid",
    """Good morning,

The reset link I received for our e-sidoc portal (school code 0012287F,
Collège Louis Dumont, Bourg-en-Bresse) says "this link is no longer valid".
I only clicked on it this morning. Could you send me another one?

Kind regards,
Paul Martin
Librarian
""", client="thunderbird", cte="7bit")

# ----------------------------------------------------------- missing_noreply_mail
add("missing_noreply_mail", True, "0622157H", "hauts-de-france", "espace_acheteur", False, "fr",
    "The new structure's activation mail never arrived; no anti-spam product named.",
    ("Frédéric Lamblin", "frederic.lamblin@ac-lille.fr"),
    "Pas reçu le mail d'activation",
    """Bonjour,

J'ai créé le compte de la nouvelle cité scolaire (UAI 0622157H) sur l'Espace
Acheteur mardi, mais je n'ai jamais reçu le mail d'activation. J'ai regardé
dans les courriers indésirables, rien.

Pouvez-vous le renvoyer ?

Frédéric Lamblin
Gestionnaire
""", client="outlook", cte="quoted-printable")

add("missing_noreply_mail", True, "0693956A", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Requested a new password three times, the mail from the no-reply address never came.",
    ("Aurélie Blanc", "aurelie.blanc@ac-lyon.fr"),
    "Mail nouveau mot de passe jamais reçu",
    """Bonjour,

J'ai demandé trois fois un nouveau mot de passe pour le portail e-sidoc
(0693956A) mais aucun mail n'arrive, ni dans la boîte de réception ni dans
les spams.

Est-ce qu'il y a un souci en ce moment ?

Aurélie Blanc
""", client="thunderbird", cte="8bit")

add("missing_noreply_mail", True, None, "hauts-de-france", "espace_acheteur", False, "fr",
    "Notifications of orders awaiting validation no longer arrive since the merger; no UAI, region from ac-amiens.fr.",
    ("Jean-Marc Delval", "jean-marc.delval@ac-amiens.fr"),
    "Plus de notifications",
    """Bonjour,

Depuis la fusion de nos deux établissements je ne reçois plus les mails
automatiques « commande en attente de validation » de l'Espace Acheteur.
Les collègues passent des paniers et je ne le vois pas.

Qu'est-ce que je dois vérifier ?

JM Delval
""", client="zimbra", cte="quoted-printable")

add("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
    "English; confirmation e-mail from the no-reply sender never received; non-academic sender.",
    ("Mark Thompson", "m.thompson@britishschool-lyon.org"),
    "No confirmation email",
    """Hello,

I signed up for a buyer account on your Espace Acheteur on Monday for our
school but never received the confirmation e-mail. I checked spam and
the "other" tab. Could you resend it?

Thank you,
Mark Thompson
Business Manager
""", client="outlook", cte="7bit")

add("missing_noreply_mail", True, "0383529E", "auvergne-rhone-alpes", "esidoc", True, "fr",
    "Negation: 'nous n'avons pas Mailinblack'; the activation mail simply never arrived, so missing_noreply_mail.",
    ("Stéphanie Roux", "stephanie.roux@ac-grenoble.fr"),
    "Toujours pas de mail",
    """Bonjour,

On m'a dit de regarder si Mailinblack bloquait vos messages : nous n'avons
pas Mailinblack au collège, et rien dans les indésirables non plus. Le mail
d'activation du nouvel abonnement e-sidoc n'est jamais arrivé.

Collège Champollion, Voiron - 0383529E

Merci
Stéphanie Roux
""", client="gmail", cte="quoted-printable")

add("missing_noreply_mail", True, "0801744L", "hauts-de-france", "espace_acheteur", False, "fr",
    "Structure administrator never receives the 'account to validate' notifications for new colleagues.",
    ("Laurent Dupuis", "ce.0801744L@ac-amiens.fr"),
    "Comptes à valider : aucun mail",
    """Bonjour,

Je suis administrateur de structure pour le lycée (UAI 0801744L). Trois
collègues m'ont dit avoir créé leur compte, mais je n'ai reçu aucun mail
pour les valider. Où partent ces notifications ?

L. Dupuis, DDFPT
""", client="thunderbird", cte="quoted-printable")

add("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "One-line phone message from a free-mail address: sign-up confirmation not received.",
    ("sabrina.k", "sabrina.k62@orange.fr"),
    "confirmation",
    """bjr toujours pas recu le mail de confirmation pour l espace acheteur depuis vendredi
""", client="apple", cte="7bit")

add("missing_noreply_mail", True, "0591887F", "hauts-de-france", "esidoc", False, "fr",
    "Apple Mail; the new-password mail never came after the Toussaint break; not in junk.",
    ("Géraldine Hennebelle", "geraldine.hennebelle@ac-lille.fr"),
    "Réinitialisation - rien reçu",
    """Bonjour,

J'ai cliqué sur « mot de passe oublié » sur le portail e-sidoc du collège
(0591887F) et on me dit qu'un mail a été envoyé. Je n'ai rien reçu, même
dans le dossier Courrier indésirable.

Bonne journée,
Géraldine Hennebelle
""", client="apple", cte="quoted-printable")

add("missing_noreply_mail", False, "0632522Z", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
    "Follow-up reply (Gmail French quote) after the junk-folder answer: still nothing after 48 h, asks to go to the region; a person must follow up.",
    ("Nicolas Chabrier", "nicolas.chabrier@ac-clermont.fr"),
    "Re: [Assistance] Mail d'activation non reçu",
    """Bonjour,

J'ai tout vérifié comme indiqué (indésirables, expéditeur autorisé), et
toujours rien deux jours après. Pouvez-vous transmettre à la région ?

Nicolas Chabrier
Lycée Lafayette, Clermont-Ferrand (0632522Z)

Le lun. 14 oct. 2024 à 10:02, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Vérifiez d'abord votre dossier de courrier indésirable, puis ajoutez
> l'adresse d'envoi automatique à vos expéditeurs autorisés. Sans nouvelle
> de votre part sous 48 h nous reviendrons vers vous.
>
> L'équipe Assistance
""", client="gmail", cte="quoted-printable", html_mode="alt", reply=True)

add("missing_noreply_mail", True, None, None, "ticket_portal", False, "fr",
    "The ticket portal's account confirmation mail never arrived; non-academic sender.",
    ("Service informatique - Mairie de Roubaix", "informatique.ecoles@ville-roubaix.fr"),
    "Portail de tickets : pas de mail de confirmation",
    """Bonjour,

Nous avons créé un compte sur le portail de tickets pour suivre les
demandes des écoles de la ville, mais le mail de confirmation qui permet de
définir le mot de passe n'est jamais arrivé.

Pouvez-vous vérifier ?

Service informatique des écoles
""", client="outlook", cte="quoted-printable", html_mode="only")

add("missing_noreply_mail", True, "0072234R", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "The 12-hour activation mail for the customer account (first online order of the year) never came.",
    ("Agnès Vidal", "agnes.vidal@ac-grenoble.fr"),
    "Activation compte client",
    """Bonjour,

Je voulais passer la première commande en ligne de l'année et j'ai créé le
compte client hier matin. On m'annonçait un mail d'activation sous 12 h,
rien à ce jour.

Collège Roqua, Aubenas (0072234R)

Cordialement,
Agnès Vidal
""", client="zimbra", cte="8bit")

add("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
    "English; IT asks which no-reply sender to allow because four buyers get no automatic mail; no product named.",
    ("IT Support - Groupe scolaire Saint-Joseph", "it@stjoseph-annecy.fr"),
    "Automatic emails not received by our buyers",
    """Hello,

Since the start of October none of our four buyers receive the automatic
emails from your buyer platform (account validation, password reset).
Could you tell me the exact sender address and sending domain so I can
whitelist them on our mail server?

Regards,
Romain - IT Support
""", client="outlook", cte="7bit")

add("missing_noreply_mail", True, "0593208S", "hauts-de-france", "esidoc", True, "fr",
    "Reads like a password problem, but the 'mot de passe oublie' tool works; it is the mail that never arrives.",
    ("Delphine Vandamme", "delphine.vandamme@ac-lille.fr"),
    "pb mot de passe ?",
    """Bonjour,

Je ne sais pas si c'est un problème de mot de passe : le formulaire « mot
de passe oublié » me dit bien « un mail vous a été envoyé », mais ce mail
n'arrive jamais. J'ai essayé lundi, mardi et ce matin.

e-sidoc du collège Verlaine, Lille - 0593208S

D. Vandamme
""", client="thunderbird", cte="quoted-printable")

add("missing_noreply_mail", True, "0261857C", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "HTML-only Outlook mail: the mail confirming the new subscription never arrived.",
    ("Muriel Chapuis", "muriel.chapuis@ac-grenoble.fr"),
    "Mail de confirmation d'abonnement",
    """Bonjour,

Nous avons souscrit début octobre l'abonnement e-sidoc pour la cité
scolaire de Die (0261857C). Le mail de confirmation avec les informations de
connexion ne nous est jamais parvenu. Rien dans le courrier indésirable.

Merci de bien vouloir le renvoyer.

Muriel Chapuis
Secrétaire de direction
""", client="outlook", cte="quoted-printable", html_mode="only")

add("missing_noreply_mail", True, "0621745K", "hauts-de-france", "espace_acheteur", False, "fr",
    "Forward (Gmail French style) of a colleague's message: account validated but the first-login link never came.",
    ("Claire Wallet", "claire.wallet@ac-lille.fr"),
    "Fwd: lien de première connexion",
    """Bonjour,

Je vous transfère le message de ma collègue, elle n'a toujours rien reçu.
Lycée Mariette, Boulogne-sur-Mer, 0621745K.

Merci,
Claire

---------- Forwarded message ---------
De : Anne Fournier <anne.fournier@ac-lille.fr>
Date: mer. 16 oct. 2024 à 14:21
Subject: lien de première connexion
To: Claire Wallet <claire.wallet@ac-lille.fr>

Claire, tu as validé mon compte sur l'Espace Acheteur mais je n'ai jamais
eu le mail avec le lien pour la première connexion. Tu peux voir avec eux ?
Anne
""", client="gmail", cte="quoted-printable", html_mode="alt")
add("missing_noreply_mail", True, "0731021N", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "Subscribed to alerts on new offers, never receives them; no anti-spam product named.",
    ("Philippe Gros", "philippe.gros@ac-grenoble.fr"),
    "Alertes nouvelles offres",
    """Bonjour,

Je me suis abonné aux alertes « nouvelles offres » de l'Espace Acheteur pour
préparer les achats de l'exercice, mais je n'ai jamais reçu une seule
alerte. Adresse vérifiée, courrier indésirable vide.

Philippe Gros, lycée Monge, Chambéry (0731021N)
""", client="thunderbird", cte="8bit")

# --------------------------------------------------------------- mailinblack_spam
add("mailinblack_spam", True, "0592046D", "hauts-de-france", "espace_acheteur", False, "fr",
    "IT of a new cité scolaire asks which senders to allow in MailInBlack after the mailboxes were merged.",
    ("Yannick Deleplanque", "yannick.deleplanque@ac-lille.fr"),
    "MailInBlack - adresses à autoriser",
    """Bonjour,

Suite à la fusion administrative, les boîtes des deux établissements ont été
regroupées et MailInBlack a été activé sur le nouveau domaine. Depuis, vos
mails d'activation restent en attente.

Quelles adresses ou quel domaine dois-je autoriser ?

Yannick Deleplanque
Référent numérique - cité scolaire (UAI 0592046D)
""", client="outlook", cte="quoted-printable")

add("mailinblack_spam", True, None, "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "'mail in black' spelled loosely, no accents; region from the ac-lyon.fr domain, no UAI.",
    ("Sylvie Bonnet", "sylvie.bonnet@ac-lyon.fr"),
    "mails bloques",
    """bonjour
vos mails sont bloques par mail in black au lycee, on recoit juste un message
qui dit qu il faut que l expediteur s authentifie
comment on fait ?
sylvie bonnet
""", client="zimbra", cte="7bit")

add("mailinblack_spam", True, "0803171M", "hauts-de-france", "esidoc", False, "en",
    "English; MailinBlack quarantine holds the e-sidoc new-password mails.",
    ("James Whitaker", "james.whitaker@ac-amiens.fr"),
    "Emails stuck in MailinBlack quarantine",
    """Hello,

Our school (0803171M) uses MailinBlack. Your password e-mails for e-sidoc
end up in the quarantine and I only see them in the daily report, too late.
Is there a guide to allow-list you?

Thanks,
James Whitaker
""", client="outlook", cte="7bit")

add("mailinblack_spam", True, "0693658B", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "MAILINBLACK in capitals; asks whether to allow the domain or the address.",
    ("Fabrice Moulin", "fabrice.moulin@ac-lyon.fr"),
    "MAILINBLACK",
    """Bonjour,

Notre collège (0693658B) est passé sous MAILINBLACK pendant les vacances.
Faut-il autoriser votre domaine complet ou seulement l'adresse noreply pour
recevoir les mails de l'Espace Acheteur ?

Merci
F. Moulin, gestionnaire
""", client="outlook", cte="quoted-printable", html_mode="alt")

add("mailinblack_spam", False, "0621838L", "hauts-de-france", "espace_acheteur", True, "fr",
    "The sender-authentication challenge is described ('prouver que vous n'etes pas un robot') without naming MailInBlack: a person should confirm the product before the guide goes out.",
    ("Martine Carpentier", "martine.carpentier@ac-lille.fr"),
    "vos messages n'arrivent pas",
    """Bonjour,

Un collègue de l'informatique me dit que vos messages arrivent sur notre
serveur mais qu'ils attendent que l'expéditeur clique sur un lien pour
« prouver qu'il n'est pas un robot ». Du coup je ne reçois pas le mail
d'activation de mon compte Espace Acheteur.

Lycée Branly, Boulogne (0621838L)

Martine Carpentier
""", client="thunderbird", cte="quoted-printable")

add("mailinblack_spam", True, "0382822L", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "Checked junk too, but MailInBlack ('Mail In Black') is named as the blocker.",
    ("Hervé Mallet", "herve.mallet@ac-grenoble.fr"),
    "Mail In Black bloque vos mails",
    """Bonjour,

J'ai regardé dans les indésirables, rien. Notre service informatique me dit
que c'est Mail In Black qui retient vos mails (activation du compte sur
l'Espace Acheteur). Avez-vous une procédure ?

Hervé Mallet
Collège Les Saules, Eybens
0382822L
""", client="gmail", cte="quoted-printable", html_mode="alt")

add("mailinblack_spam", True, "0601653W", "hauts-de-france", "espace_acheteur", False, "fr",
    "A person forwards the MailInBlack quarantine report: the forwarded part is machine text, the outer message is a real question.",
    ("Pascale Leroux", "pascale.leroux@ac-amiens.fr"),
    "TR: Rapport de quarantaine Mailinblack",
    """Bonjour,

Voir ci-dessous : votre message d'activation est dans la quarantaine
Mailinblack. Si je clique sur « Délivrer », c'est suffisant ou il faut faire
autre chose pour les prochains ?

Pascale Leroux, lycée Félix Faure, Beauvais (0601653W)

-----Message d'origine-----
De : Mailinblack <no-reply@mailinblack.com>
Envoyé : mardi 15 octobre 2024 07:00
À : pascale.leroux@ac-amiens.fr
Objet : Rapport de quarantaine Mailinblack

Vous avez 3 message(s) en attente :
- noreply@espace-acheteur.example.fr : Activez votre compte
- newsletter@... : Offres d'automne
- ...
[Délivrer] [Autoriser l'expéditeur] [Bloquer]
""", client="outlook", cte="quoted-printable")

add("mailinblack_spam", True, None, None, None, False, "fr",
    "One line from a phone: blocked by Mailinblack, wants the guide. No platform named, non-academic sender.",
    ("Gilles", "gilles.prevost@wanadoo.fr"),
    "mailinblack",
    """Bonjour, vos mails sont bloqués par Mailinblack chez nous, vous avez un guide ? Merci

Envoyé depuis mon smartphone Samsung Galaxy.
""", client="samsung", cte="base64")

add("mailinblack_spam", True, "0741007T", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "The new cité scolaire's IT rolled out MailInBlack on the merged domain; e-sidoc mails held.",
    ("Service informatique cité scolaire", "dsi@cite-scolaire-thonon.fr"),
    "Mailinblack et e-sidoc",
    """Bonjour,

La cité scolaire de Thonon (UAI 0741007T), issue de la fusion du collège
et du lycée en septembre, utilise Mailinblack. Les documentalistes ne
reçoivent pas les mails de réinitialisation e-sidoc. Merci de nous indiquer
la procédure pour vous ajouter à la liste blanche.

Cordialement,
Le service informatique
""", client="outlook", cte="quoted-printable", html_mode="only")

add("mailinblack_spam", False, "0592671H", "hauts-de-france", "espace_acheteur", True, "fr",
    "Two topics: activation mail held by MailInBlack (main) and who is the structure administrator (account_creation); a person should answer both.",
    ("Benoît Lecomte", "benoit.lecomte@ac-lille.fr"),
    "MailInBlack + administrateur",
    """Bonjour,

1. Le mail d'activation de mon compte est bloqué par MailInBlack, on m'a
   dit de vous écrire.
2. Au passage, pouvez-vous me dire qui est l'administrateur de notre
   structure ? Depuis la fusion je ne sais plus qui valide les comptes.

Collège Jean Jaurès, Lomme - 0592671H

Merci,
Benoît Lecomte
""", client="thunderbird", cte="8bit")

add("mailinblack_spam", True, "0421518X", "auvergne-rhone-alpes", "espace_acheteur", False, "en",
    "English; the region's IT installed MailinBlack, challenge mails stop the activation link.",
    ("Laura Bennett", "laura.bennett@ac-lyon.fr"),
    "MailinBlack challenge",
    """Hi,

The region's IT has installed MailinBlack at our school (0421518X) and
your activation e-mail for the buyer space triggered a challenge ("please
confirm you are a human"). Obviously your no-reply address can't answer
it. What should we allow?

Laura
""", client="apple", cte="7bit")

add("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
    "Clicked 'autoriser' in a MailInBlack notice, the following mails are still held.",
    ("Régine Thomas", "regine.thomas@ensemble-scolaire-lasalle.fr"),
    "Mailinblack : j'ai autorisé mais toujours bloqué",
    """Bonjour,

Dans le message de Mailinblack j'ai cliqué sur « autoriser l'expéditeur »,
mais les mails suivants de l'Espace Acheteur sont encore bloqués. Faut-il
faire une autre manipulation ?

Régine Thomas
Ensemble scolaire La Salle
""", client="outlook", cte="quoted-printable")

add("mailinblack_spam", True, "0031053D", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "ISO-style no-accent typing; MailInBlack held the new-password mail, UAI in the signature.",
    ("Eric Tixier", "eric.tixier@ac-clermont.fr"),
    "mail bloque par mailinblack",
    """Bonjour,
le mail de nouveau mot de passe est reste bloque dans mailinblack, on ne peut
pas le recuperer. Quel est le guide pour vous autoriser ?
Cdt
E. Tixier
Lycee Banville - Moulins
0031053D
""", client="zimbra", cte="7bit")

# -------------------------------------------------------------- account_creation
add("account_creation", True, None, None, "espace_acheteur", False, "fr",
    "New buyer of a private school asks how to create an Espace Acheteur account; sign-up form answer fits.",
    ("Laetitia Masson", "l.masson@institution-saint-jude.fr"),
    "Création de compte acheteur",
    """Bonjour,

Je suis la nouvelle économe de l'institution Saint-Jude à Armentières. Nous
voudrions passer nos commandes de fournitures par l'Espace Acheteur pour
l'année budgétaire qui commence. Comment créer un compte ?

Bien cordialement,
Laetitia Masson
""", client="outlook", cte="quoted-printable")

add("account_creation", False, "0593776J", "hauts-de-france", "espace_acheteur", True, "fr",
    "The new UAI 0593776J of the merged cité scolaire is not in the list when creating the structure; the former UAI 0592468M still is: sales team must add it.",
    ("Dominique Hochart", "dominique.hochart@ac-lille.fr"),
    "Nouvel UAI introuvable à l'inscription",
    """Bonjour,

Notre collège (0592468M) a été fusionné avec le lycée au 1er septembre pour
former la cité scolaire Mendès-France de Tourcoing, nouvel UAI 0593776J.

Quand je crée le compte sur l'Espace Acheteur, le nouvel UAI n'apparaît pas
dans la liste des établissements, seul l'ancien y est. Lequel dois-je
utiliser ?

Dominique Hochart
Gestionnaire
""", client="outlook", cte="quoted-printable", html_mode="alt")

add("account_creation", True, "0432021N", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "Filled the sign-up form, account still 'en attente': waiting for the structure administrator (FAQ case).",
    ("Mélanie Crozet", "melanie.crozet@ac-clermont.fr"),
    "Compte en attente",
    """Bonjour,

J'ai rempli le formulaire d'inscription à l'Espace Acheteur jeudi dernier et
mon compte est toujours « en attente de validation ». Est-ce normal ?

Collège Jules Romains, Saint-Julien-Chapteuil (0432021N)

Merci
Mélanie Crozet
""", client="gmail", cte="quoted-printable", html_mode="alt")

add("account_creation", False, None, "hauts-de-france", "espace_acheteur", False, "fr",
    "Asks who the structure's administrator is after the merger: needs a look-up, so a person answers.",
    ("Annie Bracq", "annie.bracq@ac-lille.fr"),
    "Qui est l'administrateur ?",
    """Bonjour,

Pourriez-vous me dire qui est l'administrateur de structure de notre
établissement sur l'Espace Acheteur ? Avec la fusion, plus personne ne
sait, et mon compte attend d'être validé.

Annie Bracq
Secrétariat d'intendance
""", client="zimbra", cte="8bit")

add("account_creation", False, "0013227C", "auvergne-rhone-alpes", "espace_acheteur", False, "en",
    "English; a newly opened international section wants its own buyer account: a person checks eligibility.",
    ("Rachel Hughes", "rachel.hughes@ac-lyon.fr"),
    "Buyer account for new international section",
    """Hello,

Our lycée (0013227C, Ferney-Voltaire) has opened a new international
section this year with its own budget line. Can the section coordinator
have a separate buyer account, or should everything go through the school's
account?

Best wishes,
Rachel Hughes
""", client="outlook", cte="7bit")

add("account_creation", False, "0691568E", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "Account works; asks for order-validation rights to be opened for the new budget year.",
    ("Christophe Lambert", "christophe.lambert@ac-lyon.fr"),
    "Droits de validation des commandes",
    """Bonjour,

Mon compte Espace Acheteur fonctionne mais je ne peux que constituer des
paniers. En tant que nouvel adjoint gestionnaire, j'ai besoin des droits
pour valider les commandes de l'exercice qui commence.

Lycée Juliette Récamier, Lyon 2e - 0691568E

Cordialement,
C. Lambert
""", client="outlook", cte="quoted-printable", html_mode="only")

add("account_creation", True, "0623562K", "hauts-de-france", "esidoc", True, "fr",
    "Negation: 'je n'ai pas perdu mon mot de passe, je n'ai jamais eu de compte'; new librarian wants a customer account to order.",
    ("Virginie Dufour", "virginie.dufour@ac-lille.fr"),
    "Ouverture compte client",
    """Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte ! Je suis
arrivée en septembre au collège Roger Salengro de Bruay (0623562K) et je
voudrais ouvrir le compte client pour commander l'abonnement e-sidoc.

Comment dois-je procéder ?

Virginie Dufour, prof doc
""", client="thunderbird", cte="quoted-printable")

add("account_creation", True, None, None, "esidoc", False, "fr",
    "HTML-only Outlook: new gestionnaire of a private school wants to open the customer account before a first order.",
    ("Gestion - Lycée privé Notre-Dame", "gestion@nd-valenciennes.fr"),
    "Ouvrir un compte",
    """Bonjour,

Nous souhaitons ouvrir un compte client afin de commander un abonnement au
portail documentaire pour notre CDI. Quelle est la démarche ?

Le service de gestion
Lycée privé Notre-Dame, Valenciennes
""", client="outlook", cte="quoted-printable", html_mode="only")

add("account_creation", False, "0382479N", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Asks whether both librarians of the merged site can each have an administrator account: a person answers.",
    ("Anne-Laure Giraud", "anne-laure.giraud@ac-grenoble.fr"),
    "Deux comptes administrateurs ?",
    """Bonjour,

Avec le regroupement des deux CDI dans la nouvelle cité scolaire
(0382479N), nous sommes deux professeures documentalistes. Est-il possible
d'avoir chacune un compte administrateur sur e-sidoc, ou faut-il partager
le même ?

Merci,
Anne-Laure Giraud
""", client="zimbra", cte="quoted-printable")

add("account_creation", True, "0022907Z", "hauts-de-france", "espace_acheteur", False, "fr",
    "New assistant in the bursar's office filled the form, account pending validation (FAQ case).",
    ("Kevin Doyle", "kevin.doyle@ac-amiens.fr"),
    "Compte en attente de validation",
    """Bonjour,

J'ai cree mon compte sur l'Espace Acheteur mardi pour le lycee Henri Martin
de Saint-Quentin (0022907Z) et il est toujours indique "en attente de
validation". Qui doit le valider ?

Kevin Doyle
Service d'intendance
""", client="gmail", cte="7bit")

add("account_creation", False, "0632522Z", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
    "Account waiting for two weeks; the structure administrator left with the old establishment at the merger: the region must step in.",
    ("Séverine Aubert", "severine.aubert@ac-clermont.fr"),
    "Compte toujours pas validé",
    """Bonjour,

Mon compte attend d'être validé depuis le 1er octobre. L'administrateur de
structure était le gestionnaire de l'ancien lycée, qui est parti lors du
regroupement. Qui peut valider mon compte maintenant ?

Séverine Aubert
Lycée Lafayette (0632522Z)
""", client="thunderbird", cte="8bit")

add("account_creation", True, "0153470R", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "Short: how to request an account on the Espace Acheteur for a new secretary.",
    ("Josiane Vermenouze", "josiane.vermenouze@ac-clermont.fr"),
    "demande de compte",
    """Bonjour,
Je suis la nouvelle secrétaire du collège de Riom-ès-Montagnes (0153470R).
Comment puis-je avoir un compte sur l'Espace Acheteur ?
Merci
J. Vermenouze
""", client="zimbra", cte="quoted-printable")

# ------------------------------------------------------- subscription_activation
add("subscription_activation", True, "0595841D", "hauts-de-france", "esidoc", False, "fr",
    "New e-sidoc subscription ordered two days ago, not visible yet: within the 72-hour window.",
    ("Manon Delannoy", "manon.delannoy@ac-lille.fr"),
    "Abonnement pas encore visible",
    """Bonjour,

Nous avons commandé lundi l'abonnement e-sidoc pour le collège Van der Meersch
(0595841D) et je ne vois toujours rien dans « Mes abonnements ». Faut-il
attendre encore ?

Manon Delannoy
""", client="gmail", cte="quoted-printable", html_mode="alt")

add("subscription_activation", True, "0692020W", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Cafeyn resource subscribed for the new year; asks how to publish it for pupils.",
    ("Élise Fontaine", "elise.fontaine@ac-lyon.fr"),
    "Publier Cafeyn sur le portail",
    """Bonjour,

Nous avons souscrit à Cafeyn ce mois-ci. L'abonnement apparaît comme actif
mais les élèves ne voient pas la ressource sur le portail. Comment la
publier ?

Élise Fontaine
Professeure documentaliste, collège Jean Mermoz, Lyon 8e (0692020W)
""", client="thunderbird", cte="8bit")

add("subscription_activation", False, "0624405B", "hauts-de-france", "esidoc", False, "fr",
    "Ordered twelve days ago and still not active: past the 72-hour rule, a person must look at the order.",
    ("Jérôme Pruvost", "jerome.pruvost@ac-lille.fr"),
    "Abonnement toujours pas actif",
    """Bonjour,

La commande de l'abonnement Europresse a été validée le 3 octobre, nous
sommes le 15 et la ressource n'est toujours pas active sur notre portail.

Lycée Condorcet, Lens - UAI 0624405B

Pouvez-vous regarder ?
J. Pruvost
""", client="outlook", cte="quoted-printable")

add("subscription_activation", True, "0384463V", "auvergne-rhone-alpes", "esidoc", False, "en",
    "English; Universalis renewed yesterday still shown as expired.",
    ("Oliver Grant", "oliver.grant@ac-grenoble.fr"),
    "Subscription still shown as expired",
    """Hello,

We renewed the Universalis subscription yesterday (school code 0384463V),
but in "My subscriptions" it is still shown as expired. Is there a delay
before it becomes active?

Thanks,
Oliver Grant
""", client="outlook", cte="7bit")

add("subscription_activation", True, "0803384U", "hauts-de-france", "esidoc", True, "fr",
    "Written by the principal, but he only asks when the new subscription will be available: not a head-of-establishment request.",
    ("Marc Delahaye", "marc.delahaye@ac-amiens.fr"),
    "Abonnement e-sidoc de la cité scolaire",
    """Bonjour,

En tant que principal de la nouvelle cité scolaire d'Abbeville (0803384U),
je souhaiterais savoir quand l'abonnement e-sidoc commandé mercredi sera
disponible : la documentaliste voudrait l'ouvrir aux élèves à la rentrée
de la Toussaint.

Cordialement,

Marc Delahaye
Principal
""", client="outlook", cte="quoted-printable", html_mode="alt")

add("subscription_activation", True, "0634471T", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Resource subscribed, block empty on the portal home page; asks how to activate it.",
    ("Nadia Benhamou", "nadia.benhamou@ac-clermont.fr"),
    "Nouvel abonnement / bloc vide",
    """Bonjour,

Le bloc « ressources numériques » de notre portail est vide alors que notre
nouvel abonnement a été commandé avant-hier. Y a-t-il une activation à faire
de notre côté ?

Nadia Benhamou
Collège Albert Camus, Clermont (0634471T)
""", client="gmail", cte="quoted-printable")

add("subscription_activation", True, "0593994W", "hauts-de-france", "esidoc", True, "fr",
    "Negation: 'je n'ai pas oublie mon mot de passe', login works; the new resource is not published.",
    ("Christine Verhaeghe", "christine.verhaeghe@ac-lille.fr"),
    "Ressource non publiée",
    """Bonjour,

Je n'ai pas oublié mon mot de passe (je me connecte sans problème !), mais
la ressource que nous avons achetée la semaine dernière n'apparaît pas
côté élèves. Est-ce un délai d'activation ou dois-je la publier ?

Collège Boris Vian, Croix - 0593994W

Christine Verhaeghe
""", client="thunderbird", cte="quoted-printable")

add("subscription_activation", True, "0697104X", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Irritated tone; subscription ordered yesterday, not yet reachable.",
    ("Gérard Poncet", "gerard.poncet@ac-lyon.fr"),
    "abonnement ???",
    """Bonjour,

Commande validée hier, et toujours rien ce matin. On paie un abonnement et
on ne peut pas s'en servir. C'est pour quand ?

G. Poncet
Lycée La Martinière Diderot - 0697104X
""", client="apple", cte="quoted-printable")

add("subscription_activation", True, "0623670C", "hauts-de-france", "esidoc", False, "fr",
    "Subscription active but not visible to pupils through the ENT: publication step.",
    ("Sophie Dewailly", "sophie.dewailly@ac-lille.fr"),
    "Accès élèves par l'ENT",
    """Bonjour,

L'abonnement souscrit ce mois-ci est bien actif dans notre espace, mais les
élèves qui passent par l'ENT ne voient pas la ressource. Faut-il la publier
quelque part ?

Sophie Dewailly
Collège Louis Pasteur, Hénin-Beaumont (0623670C)
""", client="zimbra", cte="8bit")

add("subscription_activation", True, "0261266K", "auvergne-rhone-alpes", "esidoc", False, "en",
    "English; short request to activate the new subscription validated yesterday.",
    ("Helen Park", "helen.park@ac-grenoble.fr"),
    "Please activate our subscription",
    """Hi,
Order validated yesterday for the e-sidoc subscription of Collège Debussy,
Romans (0261266K). Could you activate it?
Thanks, Helen
""", client="gmail", cte="7bit")

add("subscription_activation", False, "0595841D", "hauts-de-france", "esidoc", True, "fr",
    "Reply (Thunderbird French quote) after the 72-hour answer: still not active five days later; a person must look at the order.",
    ("Manon Delannoy", "manon.delannoy@ac-lille.fr"),
    "Re: [Assistance] Abonnement pas encore visible",
    """Bonjour,

Cinq jours après, toujours rien dans « Mes abonnements ». Pouvez-vous
vérifier la commande ?

Manon Delannoy
Collège Van der Meersch (0595841D)

Le 14/10/2024 à 11:20, Assistance a écrit :
> Bonjour,
>
> Un abonnement est activé dans les 72 heures qui suivent la validation de
> la commande. Si ce délai est dépassé, répondez à ce message.
>
> L'équipe Assistance
""", client="thunderbird", cte="quoted-printable", reply=True)

add("subscription_activation", True, "0071679M", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "First subscription of the merged site ordered this week; asks when pupils will see it.",
    ("Cathy Reynaud", "cathy.reynaud@ac-grenoble.fr"),
    "Nouveau portail, abonnement",
    """Bonjour,

Nous venons de souscrire notre premier abonnement e-sidoc pour la cité
scolaire d'Annonay (0071679M), commandé mardi. À partir de quand les élèves
y auront-ils accès ?

Cathy Reynaud
""", client="thunderbird", cte="8bit")
# ------------------------------------------------- head_of_establishment_request
add("head_of_establishment_request", False, "0593551P", "hauts-de-france", "esidoc", True, "fr",
    "The proviseur of the new cité scolaire writes from the new ce.0593712P address about the old collège's portal 0593551P, asking to change its contact address; both codes named, the request concerns 0593551P.",
    ("Proviseur cité scolaire Camus-Jaurès", "ce.0593712P@ac-lille.fr"),
    "Changement d'adresse de contact - ancien portail du collège",
    """Madame, Monsieur,

Depuis la création de la cité scolaire Camus-Jaurès (UAI 0593712P), le
collège Albert Camus (UAI 0593551P) n'a plus de secrétariat propre. Je vous
demande de remplacer l'adresse de contact du compte administrateur e-sidoc
de l'ancien collège par l'adresse de la cité scolaire, le temps de la
reprise des données.

Je vous prie d'agréer mes salutations distinguées.

Bertrand Lesage
Proviseur
""", client="outlook", cte="quoted-printable", html_mode="alt")

add("head_of_establishment_request", False, "0693531N", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "The principal names the new structure administrator on the Espace Acheteur and asks to close the former one's access.",
    ("Principal collège Jean Moulin", "ce.0693531N@ac-lyon.fr"),
    "Désignation d'un nouvel administrateur de structure",
    """Bonjour,

Je soussignée, Françoise Dubreuil, principale du collège Jean Moulin de
Vénissieux (UAI 0693531N), désigne Mme Carole Besson, adjointe gestionnaire
arrivée le 1er septembre, comme administratrice de structure sur l'Espace
Acheteur, en remplacement de M. Ribeiro, muté.

Merci de fermer les accès de M. Ribeiro.

Françoise Dubreuil
Principale
""", client="zimbra", cte="quoted-printable")

add("head_of_establishment_request", False, "0622144U", "hauts-de-france", "esidoc", False, "fr",
    "The proviseur asks for an e-sidoc admin password reset to the establishment's address after the librarian's departure.",
    ("Jean-Pierre Delcourt", "jean-pierre.delcourt@ac-lille.fr"),
    "Demande de réinitialisation - lycée Robespierre",
    """Madame, Monsieur,

La professeure documentaliste du lycée Robespierre d'Arras (UAI 0622144U) a
quitté l'établissement pendant les vacances de la Toussaint. Je vous demande
de réinitialiser le mot de passe administrateur du portail e-sidoc et
d'envoyer le lien sur l'adresse officielle de l'établissement.

Cordialement,

Jean-Pierre Delcourt
Proviseur
""", client="outlook", cte="base64", html_mode="only")

add("head_of_establishment_request", False, "0381088B", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "Written delegation: the head declares who may validate orders for the new budget year.",
    ("Direction collège Les Allinges", "ce.0381088B@ac-grenoble.fr"),
    "Délégation de validation des commandes 2025",
    """Bonjour,

Pour l'exercice budgétaire 2025, j'autorise Mme Sandra Michaud, secrétaire
d'intendance, à valider les commandes du collège (UAI 0381088B) sur
l'Espace Acheteur, en plus de l'adjoint gestionnaire.

La délégation signée est jointe.

Le principal,
Thierry Vial
""", client="thunderbird", cte="quoted-printable",
    att=("delegation_signature_2025.pdf", "application", "pdf"))

add("head_of_establishment_request", False, "0803171M", "hauts-de-france", "esidoc", True, "fr",
    "The librarian sends the head's signed letter (PDF) with the proviseur in copy: the head's written request relayed, staff must check the letter and the sender.",
    ("Carole Fauquembergue", "carole.fauquembergue@ac-amiens.fr"),
    "Courrier du proviseur - changement d'administrateur e-sidoc",
    """Bonjour,

Vous trouverez ci-joint le courrier signé de M. le Proviseur (en copie)
demandant que je devienne administratrice du portail e-sidoc du lycée
(0803171M) à la place de ma collègue partie en retraite.

Bien cordialement,
Carole Fauquembergue
Professeure documentaliste
""", client="thunderbird", cte="8bit",
    att=("courrier_proviseur_esidoc.pdf", "application", "pdf"),
    hdr={"Cc": "Proviseur <ce.0803171M@ac-amiens.fr>"})


add("head_of_establishment_request", False, "0421463M", "auvergne-rhone-alpes", "esidoc", False, "en",
    "English; the head of school asks to replace the admin contact address with the school's official one.",
    ("Head of School - Cité scolaire internationale", "ce.0421463M@ac-lyon.fr"),
    "Change of administrator contact address",
    """Dear support team,

As head of the establishment (0421463M), I ask that the contact address of
our e-sidoc administrator account be changed from the former librarian's
personal address to the school's official address, from which I am writing.

Yours faithfully,
Margaret Allard
Proviseure
""", client="outlook", cte="7bit")

add("head_of_establishment_request", False, "0601118P", "hauts-de-france", "esidoc", False, "fr",
    "Reply (Zimbra 'Mail original' quote) in which the principal gives the written request the desk asked for.",
    ("Principal collège Marcelin Berthelot", "ce.0601118P@ac-amiens.fr"),
    "Re: [Assistance] Demande écrite du chef d'établissement",
    """Bonjour,

Je confirme la demande de ma documentaliste : vous pouvez réinitialiser le
mot de passe d'administration e-sidoc du collège (0601118P) et envoyer le
lien sur cette adresse.

Le principal, D. Hamel

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "ce 0601118P" <ce.0601118P@ac-amiens.fr>
Envoyé: Mardi 8 Octobre 2024 15:40:12
Objet: [Assistance] Demande écrite du chef d'établissement

Bonjour,

Pour des raisons de sécurité, la réinitialisation demandée doit être
confirmée par écrit par le chef d'établissement.

L'équipe Assistance
""", client="zimbra", cte="quoted-printable", reply=True)

add("head_of_establishment_request", False, "0632218U", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
    "The principal writes from his personal academic address (not ce.) to authorise an order above the delegation threshold and to change the administrator: weaker evidence, staff must verify.",
    ("Alain Rouchon", "alain.rouchon@ac-clermont.fr"),
    "Autorisation commande + administrateur",
    """Bonjour,

Principal du collège de Thiers (UAI 0632218U), je vous confirme :
- que j'autorise la commande de mobilier du CDI passée par Mme Ollier sur
  l'Espace Acheteur (montant supérieur à sa délégation) ;
- que Mme Ollier devient administratrice de structure à la place de
  M. Sauvadet.

A. Rouchon
""", client="apple", cte="quoted-printable")

add("head_of_establishment_request", False, "0591814B", "hauts-de-france", "esidoc", True, "fr",
    "The body gives 0591814C (wrong check letter) but the sender address ce.0591814B@ac-lille.fr carries the valid UAI, which is the label.",
    ("Secrétariat de direction", "ce.0591814B@ac-lille.fr"),
    "Demande du chef d'établissement",
    """Madame, Monsieur,

À la demande de Mme la Principale du collège Jean Zay (UAI 0591814C), nous
vous prions de modifier l'adresse de contact du portail e-sidoc : les mails
doivent désormais arriver sur la boîte de l'établissement, et non plus sur
celle de l'ancienne documentaliste.

Pour la Principale,
Le secrétariat de direction
""", client="zimbra", cte="8bit")

add("head_of_establishment_request", False, "0013227C", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
    "Claims to be the proviseur from the ce.<UAI> address but SPF and DMARC fail and the Reply-To is a free-mail address asking to move the admin account there: probable spoof, still a head request for staff to refuse.",
    ("Proviseur Lycée international", "ce.0013227C@ac-lyon.fr"),
    "URGENT changement adresse administrateur",
    """Bonjour,

Je suis le proviseur du lycée (0013227C). Merci de changer immédiatement
l'adresse de l'administrateur de l'Espace Acheteur pour
proviseur.lycee.ferney@gmail.com, l'adresse académique ne fonctionne plus.
Répondez uniquement à cette adresse.

Merci de faire vite.
Le proviseur
""", client="gmail", cte="quoted-printable",
    hdr={"Reply-To": "proviseur.lycee.ferney@gmail.com", "_auth_fail": "1"})

add("head_of_establishment_request", False, "0021294W", "hauts-de-france", "espace_acheteur", False, "fr",
    "HTML-only Outlook letter: the head names the gestionnaire of the merged establishment as structure administrator.",
    ("Direction lycée Paul Claudel", "ce.0021294W@ac-amiens.fr"),
    "Changement d'administrateur de structure",
    """Madame, Monsieur,

Suite au regroupement du collège et du lycée Paul Claudel de Laon sous l'UAI
0021294W, je désigne M. Hugo Lemoine, gestionnaire de la cité scolaire,
comme administrateur de structure sur l'Espace Acheteur. Les comptes des
anciens gestionnaires peuvent être clôturés.

Veuillez agréer mes salutations distinguées.

Sylvie Carlier
Proviseure
""", client="outlook", cte="quoted-printable", html_mode="only")

add("head_of_establishment_request", False, None, None, "esidoc", True, "fr",
    "A primary-school head (directrice d'école) gives her agreement from a personal Gmail address, no UAI: weak evidence, staff must verify.",
    ("Catherine Vial", "catherine.vial.ecole@gmail.com"),
    "accord directrice",
    """Bonjour,

Je suis directrice de l'école primaire du Bourg à Crémieu. Je donne mon
accord pour que l'enseignante référente bibliothèque récupère l'accès
administrateur du portail e-sidoc de l'école.

Catherine Vial
""", client="gmail", cte="quoted-printable", html_mode="alt")

add("head_of_establishment_request", False, "0153350K", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Apple Mail quote: the principal confirms from his phone, quoting his librarian's request, that the reset may be done.",
    ("Pierre Chabanon", "pierre.chabanon@ac-clermont.fr"),
    "Re: Réinitialisation e-sidoc",
    """Bonjour,
Je confirme, vous pouvez procéder à la réinitialisation pour le collège
(0153350K).
P. Chabanon, principal

Envoyé de mon iPhone

> Le 10 oct. 2024 à 16:32, Julie Cros <julie.cros@ac-clermont.fr> a écrit :
>
> Monsieur le Principal, pouvez-vous confirmer au support que je peux
> récupérer le mot de passe d'administration d'e-sidoc ? Ils demandent
> votre accord écrit.
> Julie
""", client="apple", cte="quoted-printable", reply=True)

add("head_of_establishment_request", False, "0803384U", "hauts-de-france", "espace_acheteur", True, "fr",
    "Two UAIs: the merged-in collège 0801643B is closed and its buyer accounts must move to the new cité scolaire 0803384U; the principal authorises it in writing.",
    ("Principal cité scolaire d'Abbeville", "ce.0803384U@ac-amiens.fr"),
    "Transfert des comptes de l'ancien collège",
    """Madame, Monsieur,

Le collège Jules Verne (0801643B) est intégré depuis le 1er septembre à la
cité scolaire d'Abbeville (0803384U). Je vous demande de rattacher les
comptes acheteurs de ses deux agents à la nouvelle structure et de fermer
l'ancienne structure sur l'Espace Acheteur.

Marc Delahaye
Principal
""", client="outlook", cte="quoted-printable")

# -------------------------------------------------------------- order_billing
add("order_billing", False, "0596612S", "hauts-de-france", "esidoc", False, "fr",
    "Asks for a formal quote (devis) for the first subscription of the budget year, needed for the bon d'engagement.",
    ("Isabelle Debruyne", "isabelle.debruyne@ac-lille.fr"),
    "Demande de devis abonnement 2025",
    """Bonjour,

Afin d'établir le bon d'engagement sur le budget 2025, pourriez-vous nous
adresser un devis pour l'abonnement e-sidoc du collège Anatole France de
Valenciennes (UAI 0596612S) ?

Cordialement,
Isabelle Debruyne
Adjointe gestionnaire
""", client="outlook", cte="quoted-printable", html_mode="alt")

add("order_billing", False, "0431087Y", "auvergne-rhone-alpes", "esidoc", False, "fr",
    "Order validated a month ago, invoice still not on Chorus Pro.",
    ("Michel Arnaud", "michel.arnaud@ac-clermont.fr"),
    "Facture absente de Chorus",
    """Bonjour,

Notre commande du 12 septembre (abonnement portail documentaire) n'a
toujours pas donné lieu à une facture sur Chorus Pro. Notre clôture
approche. Pouvez-vous la déposer ?

Lycée Charles et Adrien Dupuy, Le Puy-en-Velay - 0431087Y

M. Arnaud
""", client="thunderbird", cte="8bit")

add("order_billing", False, "0602871V", "hauts-de-france", "espace_acheteur", False, "fr",
    "The bon d'engagement upload fails at order validation ('format non accepte'); PDF attached.",
    ("Nadège Bourgeois", "nadege.bourgeois@ac-amiens.fr"),
    "Bon d'engagement refusé",
    """Bonjour,

Lors de la validation de ma première commande de l'année sur l'Espace
Acheteur, le dépôt du bon d'engagement échoue (« format non accepté »).
C'est pourtant un PDF, je le joins.

Lycée Jean Calvin, Noyon (0602871V)

Nadège Bourgeois
""", client="outlook", cte="quoted-printable",
    att=("BE_2025_0012.pdf", "application", "pdf"))

add("order_billing", False, None, None, "espace_acheteur", False, "en",
    "English Outlook reply ('From: / Sent:' quote) asking to address the invoice to the region's accounting department.",
    ("Accounts Payable", "accounts@lycee-international-lyon.org"),
    "RE: Your order confirmation",
    """Hello,

Please note that invoices for our school must be addressed to the
accounting department, not to the librarian. Could you re-issue the invoice
for the order below with our accounting address?

Regards,
Accounts Payable

From: noreply@espace-acheteur.example.fr
Sent: Thursday, October 3, 2024 11:02 AM
To: accounts@lycee-international-lyon.org
Subject: Your order confirmation

Thank you for your order. Your invoice will be issued once the order is
delivered.
""", client="outlook", cte="7bit", reply=True)

add("order_billing", False, "0692223S", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "The saved basket for the first order of the year disappeared (baskets are kept 15 days).",
    ("Valérie Guillot", "valerie.guillot@ac-lyon.fr"),
    "Panier disparu",
    """Bonjour,

J'avais préparé un panier de fournitures pour le début de l'exercice, en
attente du vote du budget. Aujourd'hui il a disparu ! Peut-on le récupérer ?

Valérie Guillot
Collège Elsa Triolet, Vénissieux (0692223S)
""", client="gmail", cte="quoted-printable")

add("order_billing", False, "0801744L", "hauts-de-france", "esidoc", True, "fr",
    "Invoice issued to the former collège's name after the merger; the correct structure is the new lycée 0801744L, the old code 0802595L appears on the invoice.",
    ("Agathe Lenglet", "agathe.lenglet@ac-amiens.fr"),
    "Facture au nom de l'ancien établissement",
    """Bonjour,

La facture de l'abonnement e-sidoc est libellée au nom de l'ancien collège
(UAI 0802595L), qui n'existe plus depuis la fusion. Elle doit être établie
au nom du lycée (UAI 0801744L), sinon notre agent comptable la rejette.

Pouvez-vous émettre une facture rectificative ?

Agathe Lenglet
Gestionnaire
""", client="thunderbird", cte="quoted-printable")

add("order_billing", False, "0742921Y", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "Invoice amount differs from the quote; HTML-only Outlook with the euro sign.",
    ("Régis Dunand", "regis.dunand@ac-grenoble.fr"),
    "Écart facture / devis",
    """Bonjour,

Le devis n° D-24-1187 indiquait 1 240,00 € TTC et la facture reçue ce matin
est de 1 312,50 € TTC. Pouvez-vous m'expliquer cet écart ?

Régis Dunand
Adjoint gestionnaire - Lycée Berthollet, Annecy (0742921Y)
""", client="outlook", cte="quoted-printable", html_mode="only")

add("order_billing", False, None, None, "esidoc", False, "fr",
    "Private school asks whether it may pay by administrative mandate or by card, and for bank details.",
    ("Comptabilité Institution Sainte-Marie", "compta@ste-marie-riom.fr"),
    "Moyen de paiement",
    """Bonjour,

Pour notre premier abonnement, pouvons-nous régler par virement ? Si oui,
merci de nous communiquer votre RIB. Sinon, le paiement par carte est-il
possible ?

Service comptabilité
Institution Sainte-Marie, Riom
""", client="outlook", cte="quoted-printable")

add("order_billing", False, "0594427S", "hauts-de-france", "espace_acheteur", True, "fr",
    "Two topics: order validation blocked (main) and a question on the convention of the market (contract_documents).",
    ("Olivier Dumont", "olivier.dumont@ac-lille.fr"),
    "Validation commande impossible + convention",
    """Bonjour,

Je ne parviens pas à valider ma commande n° 24-0918 : le bouton « Valider »
reste grisé alors que le bon d'engagement est déposé.

Par ailleurs, je ne trouve pas la convention d'adhésion signée l'an
dernier, est-ce normal ?

Olivier Dumont
Lycée Gustave Eiffel (0594427S)
""", client="outlook", cte="quoted-printable")

add("order_billing", False, "0382295N", "auvergne-rhone-alpes", "esidoc", False, "en",
    "English; invoice received twice, asks to cancel the duplicate.",
    ("Anna Schmidt", "anna.schmidt@ac-grenoble.fr"),
    "Duplicate invoice",
    """Hello,

We received the invoice for our library portal subscription twice (same
amount, two different numbers). Could you cancel one of them? Our school
code is 0382295N.

Kind regards,
Anna Schmidt
Bursar's office
""", client="thunderbird", cte="7bit")

add("order_billing", False, "0620982F", "hauts-de-france", "esidoc", False, "fr",
    "Forward (Thunderbird French style) of a payment reminder for an invoice already paid by mandat administratif.",
    ("Cédric Boulanger", "cedric.boulanger@ac-lille.fr"),
    "Fwd: Relance facture impayée",
    """Bonjour,

Cette facture a été payée par mandat administratif le 20 septembre (mandat
n° 1452). Merci de vérifier de votre côté et d'annuler la relance.

C. Boulanger, gestionnaire, collège Jean Macé, Calais (0620982F)

-------- Message transféré --------
Sujet : Relance facture impayée
Date : Mon, 7 Oct 2024 08:00:03 +0200
De : comptabilite@editeur.example.fr
Pour : cedric.boulanger@ac-lille.fr

Madame, Monsieur, sauf erreur de notre part, la facture F-2024-08812
reste impayée à ce jour.
""", client="thunderbird", cte="8bit")

add("order_billing", False, "0011882R", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "Needs the Chorus Pro service code to be set on the order: the new cité scolaire has a new SIRET.",
    ("Mathilde Perret", "mathilde.perret@ac-lyon.fr"),
    "Chorus : nouveau SIRET",
    """Bonjour,

Depuis la création de la cité scolaire, notre SIRET a changé. Les commandes
passées sur l'Espace Acheteur sont-elles facturées sur le nouveau SIRET ?
Notre dernière facture a été rejetée par Chorus.

Mathilde Perret, gestionnaire
Cité scolaire de Belley - 0011882R
""", client="zimbra", cte="quoted-printable")

# ---------------------------------------------------------- contract_documents
add("contract_documents", False, "0592046D", "hauts-de-france", "espace_acheteur", False, "fr",
    "Cannot see the market documents in 'Mes Marches' since the structure was recreated after the merger.",
    ("Yannick Deleplanque", "yannick.deleplanque@ac-lille.fr"),
    "Documents du marché introuvables",
    """Bonjour,

Depuis que notre structure a été recréée sous le nouvel UAI (0592046D), je
ne vois plus les documents du marché de fournitures de bureau dans
« Mes Marchés » (CCAP, BPU). Pouvez-vous m'aider ?

Yannick Deleplanque
""", client="outlook", cte="quoted-printable")

add("contract_documents", False, "0731624U", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "Amendment no. 3 to the market is missing; the announcement letter is attached.",
    ("Lionel Jay", "lionel.jay@ac-grenoble.fr"),
    "Avenant n°3 manquant",
    """Bonjour,

On nous annonce un avenant n°3 au marché 2023-045 (courrier ci-joint) mais
il n'apparaît pas dans les documents du marché sur l'Espace Acheteur.

Lionel Jay - Lycée Louis Armand, Chambéry (0731624U)
""", client="thunderbird", cte="quoted-printable",
    att=("courrier_avenant_3.pdf", "application", "pdf"))

add("contract_documents", False, None, None, "espace_acheteur", False, "fr",
    "Cannot open the CCAP of the catering market 2024-017 ('document non disponible'); private school, no UAI.",
    ("Service achats", "achats@college-saint-exupery-lyon.org"),
    "Documents du marché inaccessibles",
    """Bonjour,

Quand je clique sur le CCAP du marché 2024-017 (denrées pour la
restauration) dans l'Espace Acheteur, j'obtiens « document non
disponible ». Pouvez-vous vérifier ?

Service achats
Collège Saint-Exupéry, Lyon
""", client="outlook", cte="quoted-printable")

add("contract_documents", False, "0623828Z", "hauts-de-france", "espace_acheteur", True, "fr",
    "Could see the conventions on the former collège's structure, not on the new one: contract_documents, although the fix may be rights from the structure administrator.",
    ("Sabine Flament", "sabine.flament@ac-lille.fr"),
    "Conventions invisibles",
    """Bonjour,

Avant la fusion je voyais les conventions d'adhésion de l'ancien collège. Sur
la structure du nouvel établissement (0623828Z), la rubrique est vide.
Est-ce un problème de droits ?

Sabine Flament
""", client="zimbra", cte="8bit")

add("contract_documents", False, "0012359J", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
    "The membership convention opens as an empty file.",
    ("Bruno Collomb", "bruno.collomb@ac-lyon.fr"),
    "Convention vide",
    """Bonjour,

Le document « Convention d'adhésion 2024-2027 » s'ouvre, mais la page est
blanche (0 Ko). Pourriez-vous le recharger ?

Bruno Collomb, collège de Montluel (0012359J)
""", client="gmail", cte="quoted-printable")

add("contract_documents", False, "0592468M", "hauts-de-france", "espace_acheteur", True, "fr",
    "Follow-up reply (Gmail quote): the administrative certificate of the market is still missing after the region's answer; only the old collège code is given.",
    ("Dominique Hochart", "dominique.hochart@ac-lille.fr"),
    "Re: Attestation manquante marché 2024-031",
    """Bonjour,

L'attestation administrative n'est toujours pas visible sur notre espace
(structure 0592468M). Merci de relancer.

D. Hochart

Le jeu. 10 oct. 2024 à 09:12, Support Hauts-de-France <support-hdf@assistance.example.fr> a écrit :
> Bonjour, nous avons demandé la mise en ligne de l'attestation. Elle
> devrait être visible sous quelques jours.
""", client="gmail", cte="quoted-printable", reply=True)

# ------------------------------------------------------------ transfer_incident
add("transfer_incident", False, "0693658B", "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
    "Last EcoleDirecte transfer is five days old; parents no longer see the grades.",
    ("Thierry Morin", "thierry.morin@ac-lyon.fr"),
    "Transferts EcoleDirecte bloqués",
    """Bonjour,

Le dernier transfert vers EcoleDirecte date de vendredi. Les parents ne
voient plus les notes depuis. Le poste qui fait les transferts est allumé.

Thierry Morin, collège (0693658B)
""", client="outlook", cte="quoted-printable")

add("transfer_incident", False, "0593390P", "hauts-de-france", "ecoledirecte", False, "fr",
    "Licence to regenerate after the server was replaced during the holidays.",
    ("Hugo Lefranc", "hugo.lefranc@ac-lille.fr"),
    "Licence à régénérer",
    """Bonjour,

Le serveur de vie scolaire a été remplacé pendant les vacances de la
Toussaint. Depuis, Charlemagne indique « licence invalide » et plus aucun
transfert n'est fait. Pouvez-vous régénérer la licence ?

Hugo Lefranc
Technicien - lycée (0593390P)
""", client="thunderbird", cte="8bit")

add("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
    "Asks for 'le mot de passe de maintenance du jour': transfer_incident per the taxonomy, not password_reset.",
    ("Informatique Institution Saint-Paul", "informatique@stpaul-roubaix.fr"),
    "mot de passe de maintenance",
    """Bonjour,

Pouvez-vous me donner le mot de passe de maintenance du jour ? Je dois
relancer la synchronisation des élèves après la fusion de nos deux
bases (école et collège).

Merci,
Service informatique
""", client="outlook", cte="quoted-printable")

add("transfer_incident", False, None, None, "ecoledirecte", False, "en",
    "English; the antivirus quarantines the transfer tool, so synchronisation stopped.",
    ("Tom Reilly", "tom.reilly@ecole-bilingue-grenoble.fr"),
    "Sync tool blocked by antivirus",
    """Hi,

Since an antivirus update last week, the Charlemagne transfer tool is put
in quarantine and no data reaches EcoleDirecte anymore. Which files should
we exclude?

Tom Reilly, IT
""", client="outlook", cte="7bit")

add("transfer_incident", False, "0632522Z", "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
    "HTML-only Outlook: several Outils.exe processes stuck; transfers hang.",
    ("Vie scolaire lycée Lafayette", "viesco.lafayette@ac-clermont.fr"),
    "Transferts qui tournent dans le vide",
    """Bonjour,

Dans le gestionnaire des tâches on voit quatre processus Outils.exe et le
transfert vers EcoleDirecte ne se termine jamais. Redémarrage fait, même
chose.

Vie scolaire, lycée Lafayette (0632522Z)
""", client="outlook", cte="quoted-printable", html_mode="only")

add("transfer_incident", False, "0625530Z", "hauts-de-france", "ecoledirecte", True, "fr",
    "Merger: the two former bases must be merged before transfers resume under the new UAI; the old collège code 0624158H is also named.",
    ("Karine Duquesne", "karine.duquesne@ac-lille.fr"),
    "Fusion des bases et transferts",
    """Bonjour,

Notre collège (ancien UAI 0624158H) a fusionné avec un autre collège sous le
nouvel UAI 0625530Z. Depuis, les transferts vers EcoleDirecte échouent avec
« établissement inconnu ». Faut-il une nouvelle licence ?

Karine Duquesne
Secrétaire de direction
""", client="zimbra", cte="quoted-printable")

add("transfer_incident", False, "0031013K", "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
    "New firewall: the transfer diagnostic fails on the connection test.",
    ("Jérémie Sabatier", "jeremie.sabatier@ac-clermont.fr"),
    "Diagnostic transfert en échec",
    """Bonjour,

Le conseil départemental a installé un nouveau pare-feu pendant les
vacances. Le diagnostic des transferts échoue au test de connexion. Quels
ports ou adresses faut-il ouvrir ?

J. Sabatier, collège de Gannat (0031013K)
""", client="thunderbird", cte="8bit")

add("transfer_incident", False, "0022907Z", "hauts-de-france", "ecoledirecte", False, "fr",
    "Replication re-initialisation needed after a restore; screenshot attached.",
    ("Benjamin Moreau", "benjamin.moreau@ac-amiens.fr"),
    "Réinitialisation réplication",
    """Bonjour,

Après restauration d'une sauvegarde, la réplication vers EcoleDirecte est
en erreur (capture jointe). Pouvez-vous la réinitialiser ?

B. Moreau - 0022907Z
""", client="outlook", cte="quoted-printable",
    att=("capture_erreur_replication.png", "image", "png"))
# ------------------------------------------------------------------ automated
add("automated", False, None, None, None, False, "fr",
    "Exchange Online out-of-office for the Toussaint holidays: Auto-Submitted: auto-generated and X-Auto-Response-Suppress.",
    ("Laurence Hequet", "laurence.hequet@lycee-jeanbart.fr"),
    "Réponse automatique : [Assistance] Votre demande",
    """Bonjour,

Je suis absente pendant les vacances de la Toussaint, du 19 octobre au
3 novembre inclus. Votre message sera traité à mon retour.

Pour toute urgence : intendance@lycee-jeanbart.fr

Laurence Hequet
""", client="outlook", cte="quoted-printable", reply=True,
    hdr={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})

add("automated", False, None, "hauts-de-france", None, False, "fr",
    "Academic Zimbra vacation reply ('Auto-Submitted: auto-replied (zimbra; vacation)'); region from the ac-lille.fr sender.",
    ("Stéphane Wattel", "stephane.wattel@ac-lille.fr"),
    "Absent : Re: [Assistance] Mail d'activation",
    """Je suis en congé jusqu'au lundi 4 novembre. Je lirai votre message à mon
retour.

Stéphane Wattel
""", client="zimbra", cte="8bit", reply=True,
    hdr={"Auto-Submitted": "auto-replied (zimbra; vacation)"})

add("automated", False, None, None, None, False, "en",
    "English Gmail vacation responder (Auto-Submitted: auto-replied).",
    ("Rebecca Lowe", "rebecca.lowe.lib@gmail.com"),
    "Out of office: Re: Your e-sidoc request",
    """Hi,

I'm away for the autumn half-term and back on Monday 4 November with
limited access to e-mail.

Best,
Rebecca
""", client="gmail", cte="7bit", reply=True,
    hdr={"Auto-Submitted": "auto-replied", "Precedence": "bulk"})

add("automated", False, "0593551P", "hauts-de-france", None, True, "en",
    "Postfix bounce (multipart/report, null Return-Path): the closed mailbox ce.0593551P of the merged-away collège no longer exists; the UAI comes from that failed address.",
    None, None, None, raw="""Return-Path: <>
Delivered-To: support@assistance.example.fr
Received: by mx1.assistance.example.fr (Postfix)
	id 4XGq2K1bQ3z9tXL; Tue,  8 Oct 2024 10:41:07 +0200 (CEST)
Date: Tue,  8 Oct 2024 10:41:07 +0200 (CEST)
From: MAILER-DAEMON@mx1.assistance.example.fr (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: support@assistance.example.fr
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4XGq2K1bQ3z9tXL.1728376867/mx1.assistance.example.fr"
Message-Id: <20241008084107.4XGq2K1bQ3z9tXL@mx1.assistance.example.fr>

This is a MIME-encapsulated message.

--4XGq2K1bQ3z9tXL.1728376867/mx1.assistance.example.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.assistance.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<ce.0593551P@ac-lille.fr>: host smtp.ac-lille.fr[192.0.2.41] said: 550 5.1.1
    <ce.0593551P@ac-lille.fr>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--4XGq2K1bQ3z9tXL.1728376867/mx1.assistance.example.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.assistance.example.fr
X-Postfix-Queue-ID: 4XGq2K1bQ3z9tXL
Arrival-Date: Tue,  8 Oct 2024 10:41:05 +0200 (CEST)

Final-Recipient: rfc822; ce.0593551P@ac-lille.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; smtp.ac-lille.fr
Diagnostic-Code: smtp; 550 5.1.1 <ce.0593551P@ac-lille.fr>: Recipient address
    rejected: User unknown in virtual mailbox table

--4XGq2K1bQ3z9tXL.1728376867/mx1.assistance.example.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <support@assistance.example.fr>
From: Assistance <support@assistance.example.fr>
To: ce.0593551P@ac-lille.fr
Subject: [Assistance] Reinitialisation de votre mot de passe
Date: Tue, 08 Oct 2024 10:41:03 +0200
Message-ID: <tkt-24-10-0412.1@assistance.example.fr>

--4XGq2K1bQ3z9tXL.1728376867/mx1.assistance.example.fr--
""")

add("automated", False, None, None, None, False, "fr",
    "Exchange Online non-delivery report in French ('Non remis :'), multipart/report with an HTML explanation.",
    None, None, None, raw="""Return-Path: <>
Delivered-To: support@assistance.example.fr
From: postmaster@lycee-jeanbart.fr
To: support@assistance.example.fr
Date: Wed, 16 Oct 2024 14:05:22 +0000
Subject: =?utf-8?q?Non_remis=C2=A0=3A_=5BAssistance=5D_Votre_demande?=
Message-ID: <e3b1f6a2-77c1-4c2b-9a55-0f1e8c1d2a90@PR3P192MB0745.EURP192.PROD.OUTLOOK.COM>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_e3b1f6a277c14c2b9a550f1e8c1d2a90_"

--_000_e3b1f6a277c14c2b9a550f1e8c1d2a90_
Content-Type: multipart/alternative;
	boundary="_001_e3b1f6a277c14c2b9a550f1e8c1d2a90_"

--_001_e3b1f6a277c14c2b9a550f1e8c1d2a90_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Impossible de remettre le message =C3=A0 ces destinataires ou groupes :

cdi@lycee-jeanbart.fr
L'adresse e-mail que vous avez entr=C3=A9e est introuvable. V=C3=A9rifiez=
 l'adresse du destinataire et essayez de renvoyer le message.

--_001_e3b1f6a277c14c2b9a550f1e8c1d2a90_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body><p><b><font color=3D"#000066" size=3D"3">Impossible de remettre=
 le message =C3=A0 ces destinataires ou groupes&nbsp;:</font></b></p>
<p><a href=3D"mailto:cdi@lycee-jeanbart.fr">cdi@lycee-jeanbart.fr</a><br>
L'adresse e-mail que vous avez entr=C3=A9e est introuvable.</p></body></html>

--_001_e3b1f6a277c14c2b9a550f1e8c1d2a90_--

--_000_e3b1f6a277c14c2b9a550f1e8c1d2a90_
Content-Type: message/delivery-status

Reporting-MTA: dns;PR3P192MB0745.EURP192.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Wed, 16 Oct 2024 14:05:20 +0000

Final-Recipient: rfc822;cdi@lycee-jeanbart.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_000_e3b1f6a277c14c2b9a550f1e8c1d2a90_
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: cdi@lycee-jeanbart.fr
Subject: [Assistance] Votre demande
Date: Wed, 16 Oct 2024 16:05:18 +0200

--_000_e3b1f6a277c14c2b9a550f1e8c1d2a90_--
""")

add("automated", False, None, "auvergne-rhone-alpes", None, False, "fr",
    "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-lyon.fr sender.",
    None, None, None, raw="""Return-Path: <valerie.guillot@ac-lyon.fr>
Delivered-To: support@assistance.example.fr
From: =?utf-8?q?Val=C3=A9rie_Guillot?= <valerie.guillot@ac-lyon.fr>
To: Assistance <support@assistance.example.fr>
Subject: =?utf-8?q?Lu=C2=A0=3A_=5BAssistance=5D_Votre_panier?=
Date: Thu, 17 Oct 2024 08:12:40 +0200
Message-ID: <PAXP193MB1822A0C4D1E7F0B2@PAXP193MB1822.EURP193.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_01A8_01DB2057.5E8C3F10"

------=_NextPart_000_01A8_01DB2057.5E8C3F10
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C3=80 : Val=C3=A9rie Guillot
  Objet : [Assistance] Votre panier
  Envoy=C3=A9 : mercredi 16 octobre 2024 17:30:02 (UTC+01:00) Bruxelles, Co=
penhague, Madrid, Paris

a =C3=A9t=C3=A9 lu le jeudi 17 octobre 2024 08:12:38 (UTC+01:00) Bruxelles,=
 Copenhague, Madrid, Paris.

------=_NextPart_000_01A8_01DB2057.5E8C3F10
Content-Type: message/disposition-notification

Reporting-UA: PAXP193MB1822.EURP193.PROD.OUTLOOK.COM; Microsoft Outlook 16.0
Final-Recipient: rfc822;valerie.guillot@ac-lyon.fr
Original-Message-ID: <tkt-24-10-0877.1@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_01A8_01DB2057.5E8C3F10--
""")

add("automated", False, None, None, None, False, "en",
    "Thunderbird return receipt in English, multipart/report disposition-notification.",
    None, None, None, raw="""Return-Path: <m.thompson@britishschool-lyon.org>
Delivered-To: support@assistance.example.fr
Message-ID: <7c1f3e0a-2b45-4d1e-9f0e-6a1b2c3d4e5f@britishschool-lyon.org>
Date: Fri, 11 Oct 2024 09:03:51 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Mark Thompson <m.thompson@britishschool-lyon.org>
To: support@assistance.example.fr
Subject: Return Receipt (displayed) - [Assistance] No confirmation email
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------Ab3xQ0cLm9T1rV2wY5zE7k"

This is a multi-part message in MIME format.
--------------Ab3xQ0cLm9T1rV2wY5zE7k
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to
m.thompson@britishschool-lyon.org.

Note: This Return Receipt only acknowledges that the message was displayed
on the recipient's computer. There is no guarantee that the recipient has
read or understood the message contents.

--------------Ab3xQ0cLm9T1rV2wY5zE7k
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: britishschool-lyon.org; Mozilla Thunderbird
Final-Recipient: rfc822;m.thompson@britishschool-lyon.org
Original-Message-ID: <tkt-24-10-0533.1@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--------------Ab3xQ0cLm9T1rV2wY5zE7k--
""")

add("automated", False, None, None, "esidoc", False, "fr",
    "Marketing newsletter about the new school year: List-Id, List-Unsubscribe (one-click), Precedence: bulk.",
    ("La lettre e-sidoc", "newsletter@lettre.esidoc.example.fr"),
    "Lettre d'information d'octobre : nouveautés de votre portail",
    """Lettre d'information - octobre 2024

- Fusion d'établissements : comment reprendre le catalogue de l'ancien
  portail (tutoriel en 5 étapes)
- Nouvelles ressources disponibles à l'abonnement
- Webinaire du 14 novembre : publier une sélection pour la Semaine de la
  presse

Vous recevez ce message car vous êtes abonné(e) à la lettre d'information.
Se désabonner : https://lettre.esidoc.example.fr/u/8f2a
""", client="robot", cte="quoted-printable", html_mode="alt",
    hdr={"List-Id": "Lettre e-sidoc <lettre.esidoc.example.fr>",
         "List-Unsubscribe": "<https://lettre.esidoc.example.fr/u/8f2a>, <mailto:unsubscribe@lettre.esidoc.example.fr>",
         "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
         "Precedence": "bulk"})

add("automated", False, None, None, "espace_acheteur", False, "fr",
    "No-reply notification to the desk (administrator of structures without one): an account awaits validation. Auto-Submitted: auto-generated.",
    ("Espace Acheteur", "noreply@espace-acheteur.example.fr"),
    "Un compte est en attente de validation",
    """Bonjour,

Un nouveau compte utilisateur est en attente de validation pour la
structure « Cité scolaire Mendès-France - Tourcoing ».

Utilisateur : d.hochart
Date de la demande : 14/10/2024 08:47

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", client="robot", cte="quoted-printable",
    hdr={"Auto-Submitted": "auto-generated"})

add("automated", False, None, None, "ticket_portal", False, "fr",
    "Ticket-portal notification: a ticket the desk opened was updated. Auto-Submitted: auto-generated.",
    ("Portail de tickets", "no-reply@tickets.example.fr"),
    "[Ticket #58213] Mise à jour : reprise du catalogue après fusion",
    """Le ticket #58213 « Reprise du catalogue après fusion » a été mis à jour.

Nouveau statut : En cours de traitement
Commentaire : L'export de l'ancien portail a été récupéré, import prévu
cette semaine.

Pour répondre, connectez-vous au portail. Ne répondez pas à ce message.
""", client="robot", cte="8bit",
    hdr={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "OOF, AutoReply"})

add("automated", False, None, None, None, True, "fr",
    "MailInBlack sender-authentication challenge sent to the desk itself: a robot asks us to prove we are human; not a person's complaint, so automated, not mailinblack_spam.",
    ("Mailinblack", "mailinblack@protect.mailinblack.com"),
    "Votre message est en attente de délivrance",
    """Bonjour,

Vous avez envoyé un message à gestion@lycee-saint-vincent-senlis.fr.
Ce destinataire est protégé par Mailinblack. Pour que votre message soit
délivré, merci de confirmer que vous êtes bien un humain en cliquant sur
le lien ci-dessous :

https://protect.mailinblack.com/challenge/8Q2w5ZrK

Cette opération n'est à faire qu'une seule fois.

Mailinblack - Protection de la messagerie
""", client="robot", cte="quoted-printable", html_mode="alt",
    hdr={"Auto-Submitted": "auto-replied"})

add("automated", False, None, None, None, True, "en",
    "English MailinBlack challenge to the desk (no Auto-Submitted header); only the wording shows it is machine-generated.",
    ("Mailinblack Protect", "noreply@mailinblack.com"),
    "Your message is awaiting authentication",
    """Hello,

You sent a message to bursar@british-section-ferney.org.
This recipient is protected by Mailinblack. To deliver your message, please
confirm you are a human by clicking the link below:

https://protect.mailinblack.com/en/challenge/Pk7t3XsQ

You only need to do this once.
""", client="robot", cte="7bit")

add("automated", False, None, "auvergne-rhone-alpes", "esidoc", True, "fr",
    "A librarian's real question about merging two e-sidoc catalogues, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from the ac-grenoble.fr sender.",
    ("Françoise Berthet", "francoise.berthet@ac-grenoble.fr"),
    "[docs-38] fusion des catalogues e-sidoc",
    """Bonjour à toutes et à tous,

Notre collège va être rattaché au lycée voisin en janvier. Quelqu'un a-t-il
déjà fusionné deux catalogues e-sidoc ? Comment avez-vous fait pour les
exemplaires en double ?

Merci,
Françoise, CDI de Voiron

_______________________________________________
docs-38 mailing list - https://listes.ac-grenoble.fr/sympa/info/docs-38
""", client="thunderbird", cte="quoted-printable",
    hdr={"List-Id": "<docs-38.listes.ac-grenoble.fr>", "Precedence": "list",
         "List-Post": "<mailto:docs-38@listes.ac-grenoble.fr>",
         "Sender": "docs-38-request@listes.ac-grenoble.fr"})

add("automated", False, None, None, None, True, "fr",
    "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic.",
    ("Sébastien Marchal", "s.marchal@cite-scolaire-vienne.fr"),
    "Absence",
    """Bonjour,

Je suis actuellement absent et n'aurai pas accès à ma messagerie avant le
4 novembre. En cas d'urgence, merci de contacter le secrétariat au
04 74 xx xx xx.

Ceci est une réponse automatique.
""", client="outlook", cte="quoted-printable")

add("automated", False, None, None, None, True, "en",
    "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
    None, None, None, raw="""Return-Path: <>
Delivered-To: support@assistance.example.fr
Received: from mail.college-ste-anne.fr ([198.51.100.23])
	by mx1.assistance.example.fr with esmtp (Exim 4.96)
	id 1t0aB7-0003Xk-2Q; Mon, 21 Oct 2024 07:58:14 +0200
From: Mail Delivery System <Mailer-Daemon@mail.college-ste-anne.fr>
To: support@assistance.example.fr
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1t0aB7-0003Xk-2Q@mail.college-ste-anne.fr>
Date: Mon, 21 Oct 2024 07:58:14 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  econome@college-ste-anne.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
To: econome@college-ste-anne.fr
Subject: [Assistance] Votre devis
Date: Fri, 18 Oct 2024 16:20:11 +0200

Bonjour, vous trouverez ci-joint le devis demande.
""")

add("automated", False, None, None, "esignature", True, "fr",
    "E-signature 'completed' notification for a membership convention: transactional mail without Auto-Submitted; the no-reply sender and wording show it is automatic.",
    ("Signature électronique", "ne-pas-repondre@signature.example.fr"),
    "Document signé : Convention d'adhésion - Cité scolaire d'Abbeville",
    """Bonjour,

Le document « Convention d'adhésion 2024-2027 - Cité scolaire d'Abbeville »
a été signé par toutes les parties.

Vous pouvez le télécharger pendant 30 jours depuis votre espace.

Ceci est un message automatique, merci de ne pas y répondre.
""", client="robot", cte="base64", html_mode="alt")

add("automated", False, None, None, None, False, "en",
    "Delay warning from our own relay ('Delayed Mail (still being retried)'): not a failure, still automatic.",
    None, None, None, raw="""Return-Path: <>
Delivered-To: support@assistance.example.fr
Date: Thu, 24 Oct 2024 15:02:44 +0200 (CEST)
From: MAILER-DAEMON@relay.assistance.example.fr (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: support@assistance.example.fr
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4XZ0hL2Nq1z7vY8.1729774964/relay.assistance.example.fr"
Message-Id: <20241024130244.4XZ0hL2Nq1z7vY8@relay.assistance.example.fr>

This is a MIME-encapsulated message.

--4XZ0hL2Nq1z7vY8.1729774964/relay.assistance.example.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<intendance@ensemble-scolaire-lasalle.fr>: connect to
    mx.ensemble-scolaire-lasalle.fr[203.0.113.77]:25: Connection timed out

--4XZ0hL2Nq1z7vY8.1729774964/relay.assistance.example.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.assistance.example.fr
X-Postfix-Queue-ID: 4XZ0hL2Nq1z7vY8

Final-Recipient: rfc822; intendance@ensemble-scolaire-lasalle.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.ensemble-scolaire-lasalle.fr
    [203.0.113.77]:25: Connection timed out
Will-Retry-Until: Tue, 29 Oct 2024 11:02:44 +0100 (CET)

--4XZ0hL2Nq1z7vY8.1729774964/relay.assistance.example.fr--
""")

add("automated", False, None, "hauts-de-france", None, False, "fr",
    "Another help desk's acknowledgement of a message the desk sent (Auto-Submitted, X-Loop): answering it would start a mail loop. Region from the ac-amiens.fr sender.",
    ("Assistance académique DSI", "assistance-dsi@ac-amiens.fr"),
    "[DSI-2024-18842] Accusé de réception de votre demande",
    """Bonjour,

Votre demande a bien été enregistrée sous le numéro DSI-2024-18842.
Elle sera traitée dans les meilleurs délais par nos équipes.

Merci de rappeler ce numéro dans toute correspondance.

La plateforme d'assistance de l'académie
Message automatique - ne pas répondre
""", client="robot", cte="quoted-printable",
    hdr={"Auto-Submitted": "auto-replied", "X-Loop": "assistance-dsi@ac-amiens.fr"})

add("automated", False, None, None, None, True, "fr",
    "Chorus Pro notification that an invoice was deposited: mentions a facture but is an auto-generated notice, not an order_billing question.",
    ("Chorus Pro", "ne-pas-repondre@chorus-pro.example.gouv.fr"),
    "Chorus Pro - Dépôt d'une facture",
    """Bonjour,

Une facture a été déposée sur Chorus Pro à destination de votre structure.

Numéro de facture : F-2024-09127
Fournisseur : ASSISTANCE EXEMPLE SAS
Montant TTC : 486,00 EUR

Ce courriel est généré automatiquement, merci de ne pas y répondre.
""", client="robot", cte="quoted-printable",
    hdr={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

add("automated", False, "0381088B", "auvergne-rhone-alpes", None, False, "fr",
    "Out-of-office of a school office (ce.<UAI> address) closed for Toussaint, Auto-Submitted present; the UAI comes from the address.",
    ("Collège Les Allinges - Secrétariat", "ce.0381088B@ac-grenoble.fr"),
    "Réponse automatique : [Assistance] Délégation de validation",
    """Bonjour,

Le secrétariat du collège est fermé pendant les vacances de la Toussaint,
du samedi 19 octobre au dimanche 3 novembre 2024. Votre message sera traité
à la réouverture.

Le secrétariat
""", client="zimbra", cte="quoted-printable", reply=True,
    hdr={"Auto-Submitted": "auto-replied (zimbra; vacation)"})

# ---------------------------------------------------------------------- other
add("other", False, None, None, None, False, "fr",
    "A parent asking about the canteen after the merger of the two collèges: wrong address, unrelated.",
    ("Karima Belkacem", "karima.belk@hotmail.fr"),
    "cantine",
    """Bonjour,
depuis que les deux collèges ont fusionné mon fils n'a plus de carte de
cantine, à qui je dois m'adresser ? Merci
Mme Belkacem
""", client="outlook_mobile", cte="base64")

add("other", False, None, None, None, False, "en",
    "English SEO spam.",
    ("Jessica - Growth Team", "jessica@rankboost-seo.example.com"),
    "Quick question about assistance.example.fr",
    """Hi there,

I was checking assistance.example.fr and noticed you're missing out on a
lot of organic traffic. We can get you on page 1 of Google in 30 days,
guaranteed. Can I send you a free audit?

Cheers,
Jessica
""", client="gmail", cte="7bit")

add("other", False, None, None, None, True, "fr",
    "Phishing: 'boite academique pleine, confirmez votre mot de passe' from a look-alike domain (ac-lille-messagerie.com is not an académie domain): not password_reset, no region.",
    ("Messagerie académique", "support@ac-lille-messagerie.com"),
    "Votre boîte aux lettres est pleine",
    """Cher utilisateur,

Votre boîte aux lettres académique a atteint 98 % de sa capacité suite à la
fusion des messageries d'établissements. Pour éviter la suspension de votre
compte, confirmez votre identifiant et votre mot de passe ici :

http://ac-lille-messagerie.com/verification

Service informatique
""", client="robot", cte="quoted-printable", html_mode="only",
    hdr={"_auth_fail": "1"})

add("other", False, None, "hauts-de-france", "esidoc", True, "fr",
    "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-lille.fr.",
    ("Delphine Vandamme", "delphine.vandamme@ac-lille.fr"),
    "Re: [Assistance] Réinitialisation de votre mot de passe",
    """Super, ça a marché, merci beaucoup !
Delphine

Le 15/10/2024 à 09:03, Assistance a écrit :
> Bonjour,
>
> Voici un nouveau lien pour choisir votre mot de passe e-sidoc. Il est
> valable 12 heures.
>
> L'équipe Assistance
""", client="thunderbird", cte="8bit", reply=True)

add("other", False, None, "auvergne-rhone-alpes", None, False, "fr",
    "'Bien reçu, merci.' from a phone: nothing to do. Region from ac-lyon.fr.",
    ("Christophe Lambert", "christophe.lambert@ac-lyon.fr"),
    "Re: [Assistance] Droits de validation des commandes",
    """Bien reçu, merci.

Envoyé de mon iPhone
""", client="apple", cte="quoted-printable", reply=True)

add("other", False, None, None, None, False, "fr",
    "Cold sales prospecting for CDI furniture for newly merged sites, written to one person: other, not automated.",
    ("Antoine Lemercier", "a.lemercier@mobilier-cdi-pro.fr"),
    "Aménagement de votre nouveau CDI",
    """Bonjour,

Vous regroupez deux établissements et donc deux CDI ? Nous accompagnons
les cités scolaires dans le réaménagement de leurs espaces de lecture.
Seriez-vous disponible pour un appel de 15 minutes la semaine prochaine ?

Antoine Lemercier
Chargé d'affaires - Mobilier CDI Pro
""", client="outlook", cte="quoted-printable", html_mode="alt")

add("other", False, None, None, None, False, "fr",
    "Unsolicited internship application with a CV attached.",
    ("Lina Haddad", "lina.haddad2004@gmail.com"),
    "Candidature stage - BUT Information-Communication",
    """Madame, Monsieur,

Étudiante en 2e année de BUT Information-Communication à Lille, je
recherche un stage de 10 semaines à partir d'avril. Vous trouverez mon CV
en pièce jointe.

Cordialement,
Lina Haddad
""", client="gmail", cte="quoted-printable", html_mode="alt",
    att=("CV_Lina_Haddad.pdf", "application", "pdf"))

add("other", False, None, None, None, False, "fr",
    "GDPR erasure request from a former librarian who left after the merger: other (human review), not account_creation.",
    ("Monique Delmotte", "monique.delmotte@laposte.net"),
    "Suppression de mes données",
    """Bonjour,

J'ai quitté l'Éducation nationale en septembre, au moment de la fusion de
mon collège. Je vous demande, au titre du RGPD, de supprimer toutes les
données personnelles me concernant (compte, adresse, historique).

Monique Delmotte
""", client="thunderbird", cte="8bit")

add("other", False, None, None, "espace_acheteur", False, "fr",
    "Wants to register for the webinar on the first orders of the year; the link fails: other.",
    ("Aurore Deprez", "aurore.deprez@orange.fr"),
    "Inscription webinaire",
    """Bonjour,

Le lien d'inscription au webinaire « Bien démarrer l'exercice sur l'Espace
Acheteur » affiche une erreur 404. Pouvez-vous m'inscrire directement ?

Aurore Deprez
""", client="gmail", cte="quoted-printable")

add("other", False, None, "hauts-de-france", "ticket_portal", False, "fr",
    "How to share a ticket with a colleague of the new cité scolaire on the ticket portal: a how-to question with no category of its own.",
    ("Frédéric Lamblin", "frederic.lamblin@ac-lille.fr"),
    "Partager un ticket",
    """Bonjour,

Sur le portail de tickets, comment ajouter ma collègue de l'autre site de la
cité scolaire à un ticket que j'ai ouvert, pour qu'elle voie les réponses ?

Frédéric Lamblin
""", client="outlook", cte="quoted-printable")

add("other", False, None, "auvergne-rhone-alpes", None, False, "fr",
    "Angry complaint about an unanswered request that says nothing about the topic: no category can be told.",
    ("Gérard Poncet", "gerard.poncet@ac-lyon.fr"),
    "TROISIÈME RELANCE",
    """Ça fait trois fois que j'écris et personne ne répond. C'est inadmissible.
J'attends une réponse aujourd'hui.

G. Poncet
""", client="apple", cte="quoted-printable")

add("other", False, None, "auvergne-rhone-alpes", None, False, "fr",
    "A teacher asks for a contact to organise a literary prize between the two merged collèges: unrelated to the services. Region from ac-lyon.fr.",
    ("Amélie Saunier", "amelie.saunier@ac-lyon.fr"),
    "prix littéraire inter-collèges",
    """Bonjour,

Nous voudrions organiser un prix littéraire commun entre les élèves des deux
sites de notre nouvelle cité scolaire. Auriez-vous des contacts d'éditeurs
ou d'auteurs qui se déplacent dans le Rhône ?

Merci,
Amélie Saunier, professeure de lettres
""", client="zimbra", cte="8bit")

add("other", False, None, None, None, True, "en",
    "English fake 'overdue invoice' with an attachment from an unknown sender: phishing, not order_billing.",
    ("Billing Department", "billing@invoices-secure-docs.example.net"),
    "Overdue invoice INV-77120 - final notice",
    """Dear customer,

Your invoice INV-77120 is overdue. Please review the attached document and
proceed with payment within 24 hours to avoid service interruption.

Billing Department
""", client="robot", cte="7bit",
    att=("INV-77120.pdf.html", "text", "html"), hdr={"_auth_fail": "1"})

add("other", False, None, "hauts-de-france", None, True, "fr",
    "Information only from a DSDEN office: the list of mergers with new UAIs 0595120V and 0621377K, nothing asked; several establishments, so no single UAI. Region from ac-lille.fr.",
    ("DSDEN du Nord - Bureau de la carte scolaire", "carte-scolaire59@ac-lille.fr"),
    "Pour information : fusions d'établissements au 1er janvier 2025",
    """Madame, Monsieur,

Pour information, les fusions suivantes prendront effet au 1er janvier 2025 :

- collège Romain Rolland et lycée Jean Rostand, Roubaix : cité scolaire
  Rolland-Rostand, UAI 0595120V ;
- collège Paul Eluard et collège Jean Moulin, Bully-les-Mines : UAI
  0621377K.

Ce message ne demande pas de réponse.

Le bureau de la carte scolaire
""", client="outlook", cte="quoted-printable", html_mode="alt")

add("other", False, None, "hauts-de-france", "esignature", True, "fr",
    "The convention to e-sign carries the former collège's name after the merger; only the document's sender can fix it. About a convention, but not access to contract documents, so other.",
    ("Marc Delahaye", "marc.delahaye@ac-amiens.fr"),
    "Convention à signer : mauvais nom d'établissement",
    """Bonjour,

On me demande de signer électroniquement une convention au nom du
« collège Jules Verne », qui n'existe plus : nous sommes la cité scolaire
d'Abbeville. Je ne peux pas signer un document au mauvais nom. Que
faire ?

M. Delahaye, principal
""", client="outlook", cte="quoted-printable")

add("other", False, None, None, None, False, "en",
    "English partnership pitch from an edtech start-up, a follow-up quoting her own first mail (Gmail English quote style).",
    ("Priya Natarajan", "priya@readwise-schools.example.io"),
    "Re: Partnership opportunity",
    """Hi again,

Just bumping this up in case it got lost during the holidays. Happy to set
up a quick call!

Priya

On Mon, Oct 7, 2024 at 4:12 PM Priya Natarajan <priya@readwise-schools.example.io> wrote:
> Hi,
>
> We build reading-tracking tools for secondary schools and would love to
> explore an integration with your library portal.
>
> Best,
> Priya
""", client="gmail", cte="7bit", html_mode="alt", reply=True)

# --------------------------------------------------------------------------
# Dates that the text itself implies (holidays: 19 October - 3 November 2024)
DATES = {
    "Forgotten e-sidoc password": "2024-10-21 10:14",
    "Password for the school library portal": "2024-10-23 15:40",
    "Demande de réinitialisation - lycée Robespierre": "2024-11-05 08:31",
    "Licence à régénérer": "2024-11-04 08:05",
    "Diagnostic transfert en échec": "2024-11-05 09:47",
    "MAILINBLACK": "2024-11-04 11:02",
    "Re: Partnership opportunity": "2024-11-05 16:20",
    "Réponse automatique : [Assistance] Votre demande": "2024-10-21 09:02",
    "Absent : Re: [Assistance] Mail d'activation": "2024-10-22 14:31",
    "Out of office: Re: Your e-sidoc request": "2024-10-25 11:12",
    "Absence": "2024-10-28 10:40",
    "Réponse automatique : [Assistance] Délégation de validation": "2024-10-24 13:55",
    "Abonnement toujours pas actif": "2024-10-15 10:22",
    "Re: [Assistance] Abonnement pas encore visible": "2024-10-18 09:37",
    "Abonnement pas encore visible": "2024-10-09 17:05",
    "Re: [Assistance] Mail d'activation non reçu": "2024-10-16 11:48",
    "RE: [Assistance] Réinitialisation de votre mot de passe": "2024-10-07 14:26",
    "Re: [Assistance] Demande écrite du chef d'établissement": "2024-10-09 08:12",
    "Re: Réinitialisation e-sidoc": "2024-10-10 18:03",
    "Re: Attestation manquante marché 2024-031": "2024-10-17 10:01",
    "Re: [Assistance] Réinitialisation de votre mot de passe": "2024-10-15 09:41",
    "Fwd: lien de première connexion": "2024-10-17 08:55",
    "TR: Rapport de quarantaine Mailinblack": "2024-10-15 08:20",
    "Fwd: Relance facture impayée": "2024-10-07 11:15",
    "Compte toujours pas validé": "2024-10-15 14:02",
    "Demande de devis abonnement 2025": "2024-10-02 09:18",
    "Chorus Pro - Dépôt d'une facture": "2024-10-11 06:12",
    "[Ticket #58213] Mise à jour : reprise du catalogue après fusion": "2024-10-16 16:44",
    "Un compte est en attente de validation": "2024-10-14 08:47",
}

OUTLOOK_HTML = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head>
<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">
{body}
</div></body></html>"""


def to_html(text, client):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(x) for x in p.split("\n")]
        if client.startswith("outlook"):
            out.append("".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (x or "&nbsp;") for x in lines)
                       + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif client == "gmail":
            out.append("<div>" + "<br>".join(lines) + "</div><div><br></div>")
        elif client == "zimbra":
            out.append("<div>" + "<br data-mce-bogus=\"1\">".join(lines) + "</div><div><br></div>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    body = "\n".join(out)
    if client.startswith("outlook"):
        return OUTLOOK_HTML.replace("{body}", body)
    if client == "gmail":
        return '<div dir="ltr">' + body + "</div>\n"
    if client == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; '
                'font-size: 12pt; color: #000000">' + body + "</div></body></html>\n")
    return "<html><head></head><body>" + body + "</body></html>\n"


def hexs(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def when(m):
    if m["subject"] in DATES:
        d = dt.datetime.strptime(DATES[m["subject"]], "%Y-%m-%d %H:%M")
        d = d.replace(second=RNG.randint(0, 59))
    else:
        first = dt.date(2024, 10, 16) if m["reply"] else dt.date(2024, 10, 1)
        while True:
            day = first + dt.timedelta(days=RNG.randint(0, 37 - (first.day - 1)))
            if day.weekday() < 5 or RNG.random() < 0.15:
                break
        d = dt.datetime.combine(day, dt.time(RNG.randint(7, 19), RNG.randint(0, 59), RNG.randint(0, 59)))
    off = 2 if d < dt.datetime(2024, 10, 27, 3) else 1
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def fake_attachment(kind, sub, name):
    if sub == "pdf":
        return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    if sub == "png":
        return bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                             "0000000d49444154789c6360000002000154a24f5f0000000049454e44ae426082")
    return ('<html><body><form action="http://invoices-secure-docs.example.net/login">'
            '<p>Invoice INV-77120 - sign in to view</p><input name="email"><input name="password" '
            'type="password"></form></body></html>')


def build(m):
    frm_name, frm_addr = m["frm"]
    dom = frm_addr.rsplit("@", 1)[1]
    d = when(m)
    client = m["client"]
    msg = EmailMessage(policy=policy.default)
    auth_fail = m["hdr"].pop("_auth_fail", None)
    msg["Return-Path"] = "<%s>" % frm_addr
    msg["Delivered-To"] = SUPPORT
    relay = "smtp%d.%s" % (RNG.randint(1, 6), dom) if dom.startswith("ac-") else "mail.%s" % dom
    if client == "gmail" and dom == "gmail.com":
        relay = "mail-ej1-f%d.google.com" % RNG.randint(40, 70)
    elif client.startswith("outlook") and not dom.startswith("ac-"):
        relay = "%s.outbound.protection.outlook.com" % ("EUR%02d-%s" % (RNG.randint(1, 5), "DB8"))
    ip = "%s.%d" % (RNG.choice(["192.0.2", "198.51.100", "203.0.113"]), RNG.randint(2, 250))
    recv = d + dt.timedelta(seconds=RNG.randint(2, 40))
    msg["Received"] = ("from %s (%s [%s]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s"
                       " for <%s>; %s" % (relay, relay, ip, alnum(15), SUPPORT, format_datetime(recv)))
    if auth_fail:
        msg["Authentication-Results"] = ("mx1.assistance.example.fr; dkim=none; spf=fail smtp.mailfrom=%s;"
                                         " dmarc=fail (p=none dis=none) header.from=%s" % (dom, dom))
    else:
        msg["Authentication-Results"] = ("mx1.assistance.example.fr; dkim=pass (2048-bit key) header.d=%s;"
                                         " spf=pass smtp.mailfrom=%s; dmarc=pass (p=none dis=none) header.from=%s"
                                         % (dom, dom, dom))
    if client == "outlook":
        mid = "<%s$%s$%s$@%s>" % ("0000" + hexs(8), hexs(8), hexs(8), dom)
    elif client == "outlook_mobile":
        mid = "<%s@%s.EURP192.PROD.OUTLOOK.COM>" % (alnum(28).upper(), "AM9P192MB" + str(RNG.randint(1000, 1999)))
    elif client == "gmail":
        mid = "<CA%s@mail.gmail.com>" % alnum(40)
    elif client == "zimbra":
        mid = "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(10**8, 10**9), RNG.randint(10**5, 10**6),
                                                 RNG.randint(10**12, 10**13), dom)
    elif client == "samsung":
        mid = "<%s@email.android.com>" % alnum(24)
    elif client in ("apple", "thunderbird"):
        mid = "<%s-%s-%s-%s-%s@%s>" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), dom)
        if client == "apple":
            mid = mid.upper().replace("@" + dom.upper(), "@" + dom)
    else:
        mid = "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), hexs(16), dom)
    msg["Message-ID"] = mid
    msg["Date"] = format_datetime(d)
    msg["From"] = "%s <%s>" % (frm_name, frm_addr) if frm_name else frm_addr
    msg["To"] = m["to"] if m["to"] != SUPPORT else ("Assistance <%s>" % SUPPORT if client in ("outlook", "zimbra") else SUPPORT)
    for k, v in m["hdr"].items():
        msg[k] = v
    msg["Subject"] = m["subject"]
    if m["reply"]:
        ref = "<tkt-24-10-%04d.1@assistance.example.fr>" % RNG.randint(100, 999)
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    if client == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Thread-Index"] = "AQH" + alnum(29)
        msg["Content-Language"] = "fr" if m["lang"] == "fr" else "en-gb"
    elif client == "outlook_mobile":
        msg["X-MS-Has-Attach"] = ""
        msg["X-MS-TNEF-Correlator"] = ""
    elif client == "thunderbird":
        msg["User-Agent"] = "Mozilla Thunderbird"
        msg["Content-Language"] = "fr" if m["lang"] == "fr" else "en-US"
    elif client == "apple":
        msg["X-Mailer"] = RNG.choice(["iPhone Mail (21H16)", "Apple Mail (2.3774.600.62)"])
    elif client == "zimbra":
        msg["X-Mailer"] = "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF131 (Win)/9.0.0_ZEXTRAS_20240927)"
        msg["X-Originating-IP"] = "[10.%d.%d.%d]" % (RNG.randint(1, 250), RNG.randint(1, 250), RNG.randint(1, 250))
    text = m["body"]
    cte = m["cte"]
    if cte == "7bit" and not text.isascii():
        cte = "8bit"
    if m["html_mode"] == "only":
        msg.set_content(to_html(text, client), subtype="html", charset="utf-8", cte=cte)
    else:
        msg.set_content(text, charset="utf-8", cte=cte)
        if m["html_mode"] == "alt":
            msg.add_alternative(to_html(text, client), subtype="html", charset="utf-8", cte=cte)
    if m["att"]:
        name, maintype, sub = m["att"]
        data = fake_attachment(maintype, sub, name)
        if isinstance(data, str):
            msg.add_attachment(data, subtype=sub, filename=name, cte="quoted-printable")
        else:
            msg.add_attachment(data, maintype=maintype, subtype=sub, filename=name)
    return msg.as_bytes(policy=policy.default.clone(linesep="\n"))


# ------------------------------------------------------------------- checks
UAI_TOKEN = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")


def visible_text(msg):
    parts = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        if part.get_content_disposition() == "attachment":
            continue
        try:
            t = part.get_content()
        except Exception:
            continue
        if part.get_content_subtype() == "html":
            t = html.unescape(re.sub(r"<[^>]+>", " ", t))
        parts.append(t)
    return "\n".join(parts)


def check():
    KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    labels = [json.loads(x) for x in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(labels) == 150, len(labels)
    files = sorted(HERE.glob("h*.eml"))
    assert len(files) == 150 and [f.name for f in files] == ["h%03d.eml" % i for i in range(1, 151)]
    assert set(l["category"] for l in labels) == set(CATEGORIES)
    n_en = sum(l["lang"] == "en" for l in labels)
    assert 10 <= n_en <= 25, n_en
    for i, lab in enumerate(labels, 1):
        assert list(lab) == KEYS, lab
        assert lab["file"] == "h%03d.eml" % i
        assert lab["category"] in CATEGORIES
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if lab["category"] not in AUTO_ALLOWED:
            assert lab["auto_reply_ok"] is False, lab
        assert lab["uai"] is None or uai_ok(lab["uai"]), lab
        assert lab["region"] is None or lab["region"] in REGION_DEPTS, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en")
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 10
        raw = (HERE / lab["file"]).read_bytes()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            assert not part.defects, (lab["file"], part.defects)
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (lab["file"], h)
        sender = msg["From"].addresses[0].addr_spec
        assert lab["region"] == expected_region(lab["uai"], sender), (lab["file"], lab["region"], sender)
        text = visible_text(msg)
        if lab["uai"]:
            squeezed = re.sub(r"\s+", "", text).upper()
            assert lab["uai"] in text.upper() or lab["uai"] in squeezed, (lab["file"], lab["uai"])
        wrong = []
        for tok in UAI_TOKEN.findall(text):
            tok = tok.upper()
            if uai_ok(tok):
                if tok != lab["uai"]:
                    assert tok in lab["notes"], (lab["file"], tok)
            else:
                wrong.append(tok)
                assert "wrong check letter" in lab["notes"] and tok in lab["notes"], (lab["file"], tok)
        if "wrong check letter" in lab["notes"]:
            assert wrong, lab["file"]
    return labels


def main():
    assert len(MAILS) == 150, len(MAILS)
    random.seed(92)  # the email package draws MIME boundaries from the global generator
    random.Random(92).shuffle(MAILS)  # mixed order, as a mailbox would be
    lines = []
    for i, m in enumerate(MAILS, 1):
        name = "h%03d.eml" % i
        data = m["raw"].encode("utf-8") if m["raw"] else build(m)
        (HERE / name).write_bytes(data)
        lines.append(json.dumps({"file": name, "category": m["cat"], "auto_reply_ok": m["auto"],
                                 "uai": m["uai"], "region": m["region"], "platform": m["platform"],
                                 "hard": m["hard"], "lang": m["lang"], "notes": m["notes"]},
                                ensure_ascii=False))
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    labels = check()
    from collections import Counter
    print("wrote 150 mails;", dict(Counter(l["category"] for l in labels)))
    print("english:", sum(l["lang"] == "en" for l in labels), "hard:", sum(l["hard"] for l in labels))


if __name__ == "__main__":
    main()

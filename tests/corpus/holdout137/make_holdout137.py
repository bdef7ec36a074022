#!/usr/bin/env python3
"""Build holdout137: 150 hand-written blind test mails with labels.

Theme: Hauts-de-France (académies of Lille and Amiens) in December, the last
weeks before the Christmas holidays: rushed mail before the break, orders and
budgets to close, forgotten passwords, holiday out-of-office replies.

Every body below is written by hand. The script only wraps each text in
realistic headers (client-specific Message-ID, X-Mailer, MIME structure and
transfer encoding), writes h001.eml ... h150.eml and labels.jsonl, then re-reads
everything and checks it. Standard library only, deterministic.
"""
import datetime
import email
import email.policy
import html as htmlmod
import json
import os
import random
import sys
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 137
rng = random.Random(SEED)

CATEGORIES = [
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
]
AUTO_ALLOWED = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                "account_creation", "subscription_activation"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

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
    "bretagne": "ac-rennes.fr",
    "centre-val-de-loire": "ac-orleans-tours.fr",
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
DEPT_TO_REGION = {}
for _reg, _ds in REGION_DEPTS.items():
    for _d in _ds.split():
        DEPT_TO_REGION[_d if len(_d) == 3 else "0" + _d] = _reg
DOMAIN_TO_REGION = {d: r for r, ds in REGION_DOMAINS.items() for d in ds.split()}


def uai_ok(code):
    return (isinstance(code, str) and len(code) == 8 and code[:7].isdigit()
            and LETTERS[int(code[:7]) % 23] == code[7])


def region_for(uai, sender_addr):
    if uai:
        return DEPT_TO_REGION.get(uai[:3])
    dom = sender_addr.rsplit("@", 1)[-1].lower() if "@" in sender_addr else ""
    return DOMAIN_TO_REGION.get(dom)


MAILS = []


def mail(cat, ok, uai, plat, hard, lang, notes, frm, subj, date, body,
         client="tb", fmt=None, hdrs=None, auth="pass", html=None, to=None):
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, plat=plat, hard=hard, lang=lang,
                      notes=notes, frm=frm, subj=subj, date=date, body=body,
                      client=client, fmt=fmt, hdrs=hdrs or {}, auth=auth,
                      html=html, to=to))

# ---------------------------------------------------------------------------
# password_reset
# ---------------------------------------------------------------------------
mail("password_reset", True, "0594248X", "esidoc", False, "fr",
     "Lost e-sidoc back-office password just before the holiday inventory; UAI in the body.",
     "Sophie Delannoy <sophie.delannoy@ac-lille.fr>", "Mot de passe e-sidoc perdu", "12-02 08:41", """\
Bonjour,

Je voulais profiter des deux dernières semaines avant les vacances pour
faire le récolement du fonds du CDI, mais je n'arrive plus à entrer dans
l'administration de notre portail e-sidoc. Le mot de passe que j'ai noté
dans mon carnet est refusé.

Notre identifiant est le 0594248X (collège Albert Samain, Roubaix).

Pouvez-vous me dire comment le réinitialiser ?

Merci d'avance,
Sophie Delannoy
Professeure documentaliste
""")

mail("password_reset", True, "0622067K", "esidoc", False, "fr",
     "Two-line phone message (Outlook for Android, base64): lost e-sidoc password, RNE given.",
     "Mathieu Vanhoutte <mathieu.vanhoutte@ac-lille.fr>", "mdp", "12-17 07:12", """\
Bjr, mdp esidoc oublié pour le lycée, rne 0622067K. Vous pouvez m'envoyer un lien svp ? On ferme vendredi.
M. Vanhoutte

Obtenir Outlook pour Android
""", client="android")

mail("password_reset", True, "0806166T", "espace_acheteur", False, "fr",
     "Gestionnaire cannot log into the Espace Acheteur to validate an order before the budget closes; the request itself is only the lost login.",
     "Valérie Lenglet <valerie.lenglet@ac-amiens.fr>", "Accès Espace Acheteur - identifiant oublié", "12-09 14:03", """\
Bonjour,

Je dois passer une commande de fournitures avant la clôture de l'exercice
et je m'aperçois que je ne me souviens plus de mon mot de passe pour
l'Espace Acheteur. Je ne sais pas non plus avec quelle adresse le compte
a été créé (probablement celle de mon prédécesseur).

Lycée Louis Thuillier, Amiens - UAI 0806166T.

Pourriez-vous m'indiquer comment récupérer l'accès rapidement ?

Cordialement,

Valérie Lenglet
Adjointe gestionnaire
Lycée Louis Thuillier
""", client="outlook")

mail("password_reset", True, "0605121R", "esidoc", False, "fr",
     "Account locked after too many attempts on e-sidoc; asks for an unlock or a reset link.",
     "Fanny Wallart <fanny.wallart@ac-amiens.fr>", "Compte bloqué e-sidoc", "12-04 11:27", """\
Bonjour,

À force d'essayer des mots de passe, le compte administrateur de notre
portail est bloqué ("trop de tentatives"). Je suis un peu bête sur ce coup.

Établissement : collège Jules Michelet, Creil (0605121R).

Est-il possible de le débloquer ou de m'envoyer un lien pour en
choisir un nouveau ?

Bonne journée,
Fanny Wallart
""", client="zimbra")

mail("password_reset", True, "0024150A", "esidoc", False, "fr",
     "Reset link expired (clicked it the next morning); asks for a new one.",
     "Hélène Briffaut <helene.briffaut@ac-amiens.fr>", "Lien de réinitialisation expiré", "12-11 08:05", """\
Bonjour,

J'ai bien reçu hier soir le lien pour changer le mot de passe du portail
e-sidoc, mais je ne l'ai ouvert que ce matin et la page m'indique qu'il
n'est plus valable.

Pourriez-vous m'en renvoyer un ? Je le traiterai tout de suite cette fois.

Collège Jean Mermoz, Laon - 0024150A

Merci,
H. Briffaut
""")

mail("password_reset", True, "0591618N", "esidoc", False, "en",
     "English, from the international section's library: forgotten portal password, UAI given as the login.",
     "Rachel Thornbury <rachel.thornbury@ac-lille.fr>", "Forgotten password - library portal", "12-05 15:48", """\
Hello,

I look after the library of the international section at Lycée Faidherbe
and I have forgotten the password for the e-sidoc administration page.
The login should be our school code, 0591618N.

Could you please tell me how to reset it? I would like to update the
Christmas reading display on the portal before the break.

Many thanks,
Rachel Thornbury
Librarian, international section
""", client="gmail")

mail("password_reset", False, "0596364X", "esidoc", True, "fr",
     "Reply (Thunderbird quote) to the automatic answer: the link went to the school's official mailbox, which nobody reads while the secretariat is closed; the reset path already failed, a person must take over.",
     "Aurélie Duquesnoy <aurelie.duquesnoy@ac-lille.fr>", "Re: [#SUP-014221] Mot de passe e-sidoc", "12-19 16:22", """\
Bonjour,

Merci pour votre réponse rapide, mais le lien est parti sur l'adresse
ce.0596364X, et le secrétariat est déjà fermé : la secrétaire est en
congé depuis mercredi et personne d'autre n'a accès à cette boîte.

Je suis donc toujours bloquée. Il me faudrait une autre solution, je ne
peux pas attendre le 6 janvier.

Aurélie Duquesnoy
Documentaliste, collège Van der Meersch, Tourcoing

Le 18/12/2024 à 10:02, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse officielle de
> l'établissement (ce.05*****X@ac-lille.fr). Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""", hdrs={"In-Reply-To": "<SUP-014221.1734512520.a41c@assistance.example.fr>",
           "References": "<SUP-014221.1734512520.a41c@assistance.example.fr>"})

mail("password_reset", False, "0629797M", "esidoc", True, "fr",
     "Asks that the new password be sent to her personal Gmail address: a reset link never goes to an address not on file, so no automatic answer.",
     "Christelle Hochart <christelle.hochart62@gmail.com>", "mot de passe esidoc + envoi sur ma boite perso", "12-14 10:31", """\
Bonjour,

je suis documentaliste au collège de Marquise (0629797M). J'ai perdu le
mot de passe du portail. Comme je travaille de chez moi pendant les
vacances, pouvez-vous SVP l'envoyer directement sur cette adresse gmail
et pas sur l'adresse du collège ? Je n'ai pas accès à ma messagerie
académique depuis la maison (problème de clé).

Merci beaucoup et bonnes fêtes
Christelle
""", client="gmail")

mail("password_reset", False, None, "esidoc", True, "fr",
     "Code typed as 0595456L: the check letter is wrong (the digits give 0595456K), so no UAI is labelled; region from the ac-lille.fr sender. A person should confirm the establishment before any reset.",
     "Cédric Maes <cedric.maes@ac-lille.fr>", "réinitialisation mot de passe portail CDI 0595456L", "12-06 13:14", """\
Bonjour,

Je n'arrive plus à me connecter à la partie gestion de notre e-sidoc. Le
bouton "mot de passe oublié" me répond que l'identifiant 0595456L
n'existe pas. C'est pourtant bien notre code établissement il me semble.

Pouvez-vous regarder ?

Cédric Maes
Lycée professionnel, Armentières
""")

mail("password_reset", True, "0801051H", "esidoc", False, "fr",
     "Replacement librarian since November who was never given the password ('on ne m'a jamais transmis').",
     "Nadia Haddouche <nadia.haddouche@ac-amiens.fr>", "Je n'ai pas le mot de passe du portail", "12-03 09:56", """\
Bonjour,

Je remplace la documentaliste du collège Millevoye d'Abbeville (0801051H)
depuis le 12 novembre. On ne m'a jamais transmis le mot de passe
d'administration du portail e-sidoc, et la collègue est injoignable.

Comment puis-je obtenir un accès ?

Bien cordialement,
Nadia Haddouche
Professeure documentaliste contractuelle
""", client="outlook")

mail("password_reset", True, "0621884L", "esidoc", True, "fr",
     "The secretariat writes from the ce.<UAI>@ac-lille.fr address; the UAI appears only there. Asks for the link on that official address, the safe path.",
     "Secretariat Lycee Robespierre <ce.0621884L@ac-lille.fr>", "Demande de lien - portail documentaire", "12-10 10:44", """\
Bonjour,

Mme Carpentier, notre documentaliste, ne parvient plus à se connecter au
portail documentaire. Pouvez-vous envoyer le lien de réinitialisation
sur la présente adresse de l'établissement ? Nous le lui transmettrons.

Merci.

Le secrétariat de direction
Lycée Robespierre - Arras
""", client="zimbra")

mail("password_reset", False, "0609358W", "espace_acheteur", True, "fr",
     "Two topics: lost Espace Acheteur password (first) and an invoice that must be on Chorus before the year-end closing; a single template would answer only half.",
     "Grégory Lestienne <gregory.lestienne@ac-amiens.fr>", "mot de passe + facture", "12-12 17:36", """\
Bonjour,

Deux choses avant que tout le monde parte en vacances :

1) je n'ai plus mon mot de passe pour l'Espace Acheteur, impossible de me
connecter depuis lundi ;
2) la facture de la commande de novembre (mobilier CDI) n'apparaît
toujours pas sur Chorus Pro. Notre agent comptable clôture le 20
décembre, après ce sera trop tard pour la payer sur l'exercice 2024.

Lycée Jean Rostand, Chantilly - UAI 0609358W

Merci de votre aide,
G. Lestienne, gestionnaire
""", client="outlook")

mail("password_reset", True, "0592081S", "espace_acheteur", True, "fr",
     "Written by the principal adjoint, but only about his own forgotten Espace Acheteur password: not a head-of-establishment request.",
     "Ludovic Dhennin <ludovic.dhennin@ac-lille.fr>", "Oubli de mot de passe", "12-16 12:09", """\
Bonjour,

Principal adjoint du collège Paul Éluard de Douai (0592081S), j'ai un
compte sur l'Espace Acheteur pour suivre les commandes en l'absence de la
gestionnaire. J'ai tout simplement oublié mon mot de passe.

Merci de m'indiquer la procédure.

L. Dhennin
""")

mail("password_reset", True, None, "espace_acheteur", False, "fr",
     "Town-hall buyer: the Espace Acheteur login is unknown, the address is shared by the whole purchasing office. No UAI, non-academic sender, no region.",
     "Service Achats - Mairie <achats@ville-hazebrouck.example.fr>", "Identifiant Espace Acheteur inconnu", "12-05 09:20", """\
Bonjour,

Le service achats de la commune utilise une adresse commune à trois
agents. L'agent qui avait créé notre compte sur l'Espace Acheteur est
parti en retraite et nous ne connaissons ni l'identifiant ni le mot de
passe.

Comment pouvons-nous récupérer l'accès ? Nous devons consulter un marché
avant la fin de l'année.

Cordialement,
Le service des achats
""", client="outlook")

mail("password_reset", True, None, "esidoc", False, "fr",
     "Old Thunderbird, ISO-8859-1 8-bit body: does not know what the 'identifiant' is (the UAI) nor the password. No UAI, region from ac-amiens.fr.",
     "Bruno Ledoux <bruno.ledoux@ac-amiens.fr>", "identifiant ?", "12-13 18:47", """\
Bonsoir,

on me demande un "identifiant" et un mot de passe pour gérer le portail du
CDI. Je n'ai ni l'un ni l'autre, c'est quoi l'identifiant ? mon adresse
mail ? mon NUMEN ?

Merci de m'éclairer, je suis perdu.

Bruno Ledoux
collège de Ham (Somme)
""", fmt="latin1", client="oldtb")

mail("password_reset", True, "0591566G", "esidoc", False, "fr",
     "All-caps rushed message: password needed before a CDI council the next morning.",
     "Karima Benali <karima.benali@ac-lille.fr>", "URGENT MOT DE PASSE", "12-18 19:52", """\
BONSOIR,

URGENT : JE PRESENTE LE PORTAIL AU CONSEIL PEDAGOGIQUE DEMAIN 8H ET JE
N'AI PLUS LE MOT DE PASSE ADMIN. UAI 0591566G.

MERCI DE ME RENVOYER UN LIEN CE SOIR SI POSSIBLE.

K. BENALI
""", client="apple")

mail("password_reset", False, "0028786P", "esidoc", False, "fr",
     "Forgotten password, but she explicitly asks to be called back by a person rather than receive a procedure.",
     "Marion Dufossé <marion.dufosse@ac-amiens.fr>", "Mot de passe - merci de me rappeler", "12-10 13:30", """\
Bonjour,

J'ai oublié le mot de passe du portail e-sidoc du collège (0028786P,
Soissons). J'ai déjà reçu des mails automatiques l'an dernier et je n'y
ai rien compris : je préférerais vraiment qu'une personne me rappelle au
03 23 00 00 00 (CDI), le mardi ou le jeudi.

Merci de votre compréhension,
Marion Dufossé
""")

mail("password_reset", True, "0598120F", "esidoc", False, "fr",
     "The reset mail goes to the retired librarian's address; the standard reset path (official address, else the head's written request) applies.",
     "Thibaut Vermeersch <thibaut.vermeersch@ac-lille.fr>", "Mot de passe envoyé à une ancienne adresse", "12-03 14:15", """\
Bonjour,

Quand je clique sur « mot de passe oublié », le site me dit que le mail
est envoyé à m***@ac-lille.fr : c'est l'adresse de Mme M., partie à la
retraite en juin. Je n'ai donc aucun moyen de le recevoir.

Notre UAI : 0598120F (lycée Gambetta, Tourcoing).

Que dois-je faire ?

Thibaut Vermeersch
""", client="outlook")

mail("password_reset", True, "0624365H", "esidoc", False, "fr",
     "Outlook forward ('TR:') of the reset mail whose link is reported invalid; asks for a new link.",
     "Élodie Crépin <elodie.crepin@ac-lille.fr>", "TR: Réinitialisation de votre mot de passe", "12-09 08:17", """\
Bonjour,

Le lien ci-dessous ne fonctionne pas (« lien invalide ou déjà utilisé »).
Pouvez-vous m'en envoyer un nouveau ? Je ne l'ai pourtant ouvert qu'une
fois.

Élodie Crépin - collège Paul Langevin, Boulogne-sur-Mer (0624365H)

________________________________
De : no-reply@assistance.example.fr
Envoyé : vendredi 6 décembre 2024 16:40
À : Crépin Elodie
Objet : Réinitialisation de votre mot de passe

Bonjour,
Vous avez demandé la réinitialisation du mot de passe de votre portail.
Cliquez sur le lien suivant (valable 12 heures) :
https://assistance.example.fr/reset/3f9c2e...
Ceci est un message automatique, merci de ne pas y répondre.
""", client="outlook")

mail("password_reset", True, "0755673J", "esidoc", False, "fr",
     "Outside the theme region: a Paris librarian, friendly holiday wishes around a plain lost-password request.",
     "Jeanne Morvan <jeanne.morvan@ac-paris.fr>", "Petit oubli avant Noël", "12-17 11:03", """\
Bonjour,

Tout est dans le titre : j'ai oublié le mot de passe d'administration
de notre portail (0755673J). Je voudrais publier la sélection de Noël
avant vendredi.

Merci et très bonnes fêtes à toute l'équipe !

Jeanne Morvan
Documentaliste
""")

mail("password_reset", True, "0601804K", "espace_acheteur", False, "en",
     "English: locked out of the buyer space after the password expired; UAI in the signature.",
     "Daniel Okafor <daniel.okafor@ac-amiens.fr>", "Locked out of Espace Acheteur", "12-06 16:51", """\
Hi,

My Espace Acheteur password seems to have expired and I cannot remember
the previous one, so the "change password" page will not let me through.
Could you send me a reset link or tell me what to do?

Thanks,
Daniel Okafor
Business manager
Lycée Pierre d'Ailly, Compiègne
School code: 0601804K
""", client="outlook")

mail("password_reset", True, "0802036D", "esidoc", False, "fr",
     "Written on 23 December during the holidays: wants to tidy the catalogue at home but has no password.",
     "Anne-Sophie Boulanger <anne-sophie.boulanger@ac-amiens.fr>", "mot de passe (pendant les vacances)", "12-23 10:38", """\
Bonjour,

Je profite des vacances pour faire un peu de ménage dans les notices du
catalogue, mais impossible de retrouver mon mot de passe d'accès à la
gestion du portail. Collège Gérard Philipe d'Amiens, 0802036D.

Je sais que vous êtes sans doute en effectif réduit, aucune urgence
absolue, mais si un lien pouvait arriver avant la rentrée ce serait
super.

Bonnes fêtes,
Anne-Sophie
""", client="zimbra")

mail("password_reset", True, "0021323C", "esidoc", False, "fr",
     "Agricultural high school librarian writing from an educagri address (not an académie domain); region from the Aisne UAI.",
     "Patrick Degand <patrick.degand@educagri.example.fr>", "perte mot de passe portail documentaire", "12-04 15:02", """\
Bonjour,

Documentaliste au lycée agricole de Crézancy (Aisne), UAI 0021323C, j'ai
perdu le mot de passe de l'interface de gestion de notre portail e-sidoc.
Pouvez-vous me transmettre la marche à suivre ?

Cordialement,

Patrick Degand
CDI - LEGTA
""", client="outlook")

mail("password_reset", False, "0591008A", "esidoc", True, "fr",
     "The reset mail arrives but every link is already 'expired' when opened, three times: the standard procedure has failed, a person must look.",
     "Samia Kaddouri <samia.kaddouri@ac-lille.fr>", "Les liens de réinitialisation sont tous expirés", "12-12 09:49", """\
Bonjour,

J'ai fait trois fois la demande « mot de passe oublié » ce matin. Les
mails arrivent bien (en moins d'une minute), mais quand je clique, la
page affiche immédiatement « ce lien a expiré ». J'ai essayé avec Firefox
et avec Edge, même résultat.

Il y a sans doute un problème de votre côté. UAI 0591008A, lycée
Pasteur de Lille.

Samia Kaddouri
""")

# ---------------------------------------------------------------------------
# automated
# ---------------------------------------------------------------------------
mail("automated", False, None, None, False, "fr",
     "Exchange Online out-of-office in French (Auto-Submitted: auto-generated, X-Auto-Response-Suppress) replying to a desk answer. Region from the ac-lille.fr sender.",
     "Jérôme Leclercq <jerome.leclercq@ac-lille.fr>", "Réponse automatique : [#SUP-014108] Votre demande d'accès", "12-20 17:31", """\
Bonjour,

Je suis absent du 21 décembre 2024 au 5 janvier 2025 inclus, sans accès à
ma messagerie. Votre message sera traité à mon retour.

Pour toute urgence concernant l'intendance, merci de contacter le
secrétariat au 03 20 00 00 00.

Bonnes fêtes de fin d'année,
Jérôme Leclercq
""", client="outlook",
     hdrs={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All",
           "In-Reply-To": "<SUP-014108.1734700000.77aa@assistance.example.fr>"})

mail("automated", False, None, None, False, "fr",
     "Zimbra vacation reply from an ac-amiens.fr librarian (Auto-Submitted: auto-replied (zimbra; vacation)).",
     "Lucie Dewulf <lucie.dewulf@ac-amiens.fr>", "Re: [#SUP-014176] Abonnement Europresse", "12-21 09:02", """\
Bonjour,

Le CDI est fermé pendant les vacances de Noël. Je lirai votre message à
partir du lundi 6 janvier.

Belles fêtes !
Lucie Dewulf, professeure documentaliste
""", client="zimbra", fmt="qp",
     hdrs={"Auto-Submitted": "auto-replied (zimbra; vacation)",
           "In-Reply-To": "<SUP-014176.1734600000.0c12@assistance.example.fr>"})

mail("automated", False, None, None, False, "en",
     "English Gmail vacation responder (Auto-Submitted: auto-replied).",
     "Rachel Thornbury <rachel.thornbury.uk@gmail.com>", "Re: [#SUP-014150] Forgotten password - library portal", "12-22 12:40", """\
Thanks for your email. I'm back in the UK for the Christmas holidays and
will reply when I'm back in Lille on 6 January.

Merry Christmas!
Rachel
""", client="gmail", hdrs={"Auto-Submitted": "auto-replied", "Precedence": "bulk"})

mail("automated", False, None, None, False, "en",
     "Postfix bounce from our own relay (multipart/report delivery-status, null Return-Path): the librarian's address no longer exists.",
     "Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>", "Undelivered Mail Returned to Sender", "12-16 10:05", """\
This is the mail system at host mx1.assistance.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.lemaire59@ac-lille.fr>: host smtp.ac-lille.fr[203.0.113.40] said: 550 5.1.1
    <m.lemaire59@ac-lille.fr>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""", fmt="dsn", client="none",
     hdrs={"Return-Path": "<>", "Auto-Submitted": "auto-replied",
           "_rcpt": "m.lemaire59@ac-lille.fr", "_status": "5.1.1", "_action": "failed",
           "_diag": "smtp; 550 5.1.1 Recipient address rejected: User unknown",
           "_subject": "[#SUP-014032] Votre demande"})

mail("automated", False, None, None, False, "fr",
     "Exchange non-delivery report in French ('Non remis :', mailbox full) from the académie postmaster; region from the ac-amiens.fr sender.",
     "Postmaster <postmaster@ac-amiens.fr>", "Non remis : [#SUP-014199] Commande en attente", "12-18 14:22", """\
Votre message n'a pas pu être remis à certains destinataires.

La boîte aux lettres du destinataire est pleine et ne peut pas accepter
de messages pour l'instant. Réessayez plus tard ou contactez directement
le destinataire.

Destinataire : alain.devaux@ac-amiens.fr
Serveur de rapport : smtp2.ac-amiens.fr
""", fmt="dsn", client="none",
     hdrs={"Return-Path": "<>", "_rcpt": "alain.devaux@ac-amiens.fr", "_status": "5.2.2",
           "_action": "failed", "_diag": "smtp; 552 5.2.2 Mailbox full",
           "_subject": "[#SUP-014199] Commande en attente"})

mail("automated", False, None, None, False, "fr",
     "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from ac-lille.fr.",
     "Nathalie Vandenbussche <nathalie.vandenbussche@ac-lille.fr>", "Lu : [#SUP-014087] Devis abonnement 2025", "12-05 08:03", """\
Votre message

  À : support@assistance.example.fr
  Objet : [#SUP-014087] Devis abonnement 2025
  Envoyé : mercredi 4 décembre 2024 17:12:40 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le jeudi 5 décembre 2024 08:03:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", fmt="mdn", client="outlook")

mail("automated", False, None, None, False, "fr",
     "Publisher's marketing newsletter about holiday opening hours: List-Id, List-Unsubscribe, Precedence: bulk.",
     "Éditions Plume & Papier <newsletter@plume-et-papier.example.com>", "🎄 Nos horaires pendant les fêtes et nos nouveautés jeunesse", "12-10 07:00", """\
Chers partenaires,

Nos services seront fermés du 24 décembre au 1er janvier. Les commandes
passées après le 18 décembre seront expédiées à partir du 2 janvier.

Découvrez nos nouveautés jeunesse de janvier : albums, romans ados,
documentaires sur le climat...

Pour ne plus recevoir cette lettre, cliquez ici :
https://plume-et-papier.example.com/desabonnement?u=8d21f
""", fmt="html",
     hdrs={"List-Id": "Lettre partenaires <partenaires.plume-et-papier.example.com>",
           "List-Unsubscribe": "<https://plume-et-papier.example.com/desabonnement?u=8d21f>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
           "Precedence": "bulk", "X-Mailer": "Sendinblue"}, client="none")

mail("automated", False, None, "espace_acheteur", False, "fr",
     "Espace Acheteur no-reply notification to the desk: an order awaits validation before the year-end cut-off. Auto-Submitted: auto-generated.",
     "Espace Acheteur <no-reply@espace-acheteur.example.fr>", "[Espace Acheteur] Commande n°2024-118734 en attente de validation", "12-13 06:15", """\
Bonjour,

La commande n°2024-118734 (structure : Lycée Henri Wallon, Valenciennes)
est en attente de validation depuis 7 jours.

Rappel : les commandes non validées au 20 décembre seront reportées sur
l'exercice suivant.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", client="none", hdrs={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})

mail("automated", False, None, "ticket_portal", False, "fr",
     "Ticket-portal notification: a supplier updated a ticket the desk opened. Auto-Submitted: auto-generated.",
     "Portail Tickets <notifications@tickets.example.fr>", "[Ticket #88412] Nouveau commentaire de l'éditeur", "12-11 11:48", """\
Le ticket #88412 « Indisponibilité Europresse - établissements de l'académie
d'Amiens » a reçu un nouveau commentaire :

  « Le correctif est déployé. Merci de nous confirmer le retour à la
  normale pour les établissements concernés. »

Voir le ticket : https://tickets.example.fr/t/88412

Vous recevez ce message car vous suivez ce ticket.
""", client="none", hdrs={"Auto-Submitted": "auto-generated"})

mail("automated", False, None, None, True, "fr",
     "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To, plain 'Absence' subject; only the wording shows it is automatic.",
     "Christophe Lheureux <christophe.lheureux@orange.example.fr>", "Absence", "12-21 08:00", """\
Bonjour,

Je suis en congés du 21/12 au 05/01. Je n'aurai pas accès à mes mails.
Pour les urgences concernant les commandes de la mairie, merci de
joindre l'accueil au 03 27 00 00 00.

Cordialement,
C. Lheureux
""", client="outlook")

mail("automated", False, "0629033G", "esidoc", False, "fr",
     "Out-of-office of a collège office (ce.<UAI>@ac-lille.fr) that mentions passwords and the CDI portal; Auto-Submitted present. UAI from the address.",
     "Collège Jean Jaurès <ce.0629033G@ac-lille.fr>", "Re: [#SUP-014205] Mot de passe portail CDI", "12-23 09:14", """\
Bonjour,

Le collège est fermé du 21 décembre au 5 janvier. Aucun message ne sera
traité pendant cette période.

Les demandes de mot de passe (ENT, Pronote, portail e-sidoc du CDI)
seront traitées à la rentrée par les personnes concernées.

Ceci est une réponse automatique.
Le secrétariat
""", client="zimbra", fmt="qp",
     hdrs={"Auto-Submitted": "auto-replied (zimbra; vacation)",
           "In-Reply-To": "<SUP-014205.1734900000.f0e1@assistance.example.fr>"})

mail("automated", False, None, "esidoc", True, "fr",
     "A librarian's real question about the portal, posted to the académie d'Amiens documentalistes mailing list the desk is subscribed to (List-Id, Precedence: list): not written to the desk.",
     "Élise Poulain <elise.poulain@ac-amiens.fr>", "[doc-amiens] Sélection de Noël sur e-sidoc ?", "12-09 12:30", """\
Bonjour à toutes et tous,

Est-ce que certain(e)s d'entre vous ont réussi à mettre en avant une
sélection « lectures de Noël » sur la page d'accueil de leur e-sidoc ?
Je ne trouve pas où changer le bandeau et mon mot de passe admin date de
Mathusalem, je ne suis même pas sûre qu'il marche encore.

Merci pour vos astuces !
Élise, collège de Péronne
""", to="doc-amiens@listes.ac-amiens.fr",
     hdrs={"List-Id": "Documentalistes de l'academie d'Amiens <doc-amiens.listes.ac-amiens.fr>",
           "Precedence": "list", "List-Post": "<mailto:doc-amiens@listes.ac-amiens.fr>",
           "Sender": "doc-amiens-owner@listes.ac-amiens.fr"})

mail("automated", False, None, None, False, "en",
     "DMARC aggregate report (gzip attachment) sent to the desk's address.",
     "noreply-dmarc-support@google.example.com", "Report domain: assistance.example.fr Submitter: google.com Report-ID: 14728203881457201367", "12-15 01:59", """\
This is an aggregate report from google.com.
""", fmt="attach", client="none",
     hdrs={"_fname": "google.com!assistance.example.fr!1734134400!1734220799.xml.gz",
           "_ctype": "application/gzip"})

mail("automated", False, None, None, False, "en",
     "Delay warning from our own relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic.",
     "Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>", "Delayed Mail (still being retried)", "12-19 22:10", """\
This is the mail system at host mx1.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<cdi.lycee-condorcet@ville-saint-quentin.example.fr>: connect to
    mx.ville-saint-quentin.example.fr[198.51.100.23]:25: Connection timed out
""", fmt="dsn", client="none",
     hdrs={"Return-Path": "<>", "Auto-Submitted": "auto-replied",
           "_rcpt": "cdi.lycee-condorcet@ville-saint-quentin.example.fr", "_status": "4.4.1",
           "_action": "delayed", "_diag": "X-Postfix; connect to host: Connection timed out",
           "_subject": "[#SUP-014233] Abonnement"})

mail("automated", False, None, "esignature", True, "fr",
     "E-signature 'document signed by all parties' notification for a convention: transactional mail without Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic.",
     "Signature électronique <ne-pas-repondre@esignature.example.fr>", "Convention 2025 - Lycée Condorcet Lens : document signé par toutes les parties", "12-17 15:26", """\
Bonjour,

Le document « Convention d'adhésion 2025 - Lycée Condorcet Lens » a été
signé par toutes les parties.

Vous pouvez télécharger le document signé et son certificat de preuve
pendant 30 jours depuis votre espace :
https://esignature.example.fr/d/7c1e9a

L'équipe Signature électronique
""", fmt="html", client="none")

mail("automated", False, None, None, False, "fr",
     "Another help desk's acknowledgement of a message the desk sent (Auto-Submitted, X-Loop): answering it would start a mail loop. Region from the ac-lille.fr sender.",
     "Assistance DSI Lille <assistance-dsi@ac-lille.fr>", "[DSI-2024-55210] Accusé de réception de votre demande", "12-11 10:12", """\
Bonjour,

Votre demande a bien été enregistrée sous la référence DSI-2024-55210.
Un technicien la prendra en charge dans les meilleurs délais.

Attention : la plateforme d'assistance fonctionnera en service réduit du
23 décembre au 3 janvier.

Merci de ne pas répondre à ce message.
""", client="none",
     hdrs={"Auto-Submitted": "auto-replied", "X-Loop": "assistance-dsi@ac-lille.fr",
           "Precedence": "auto_reply"})

mail("automated", False, None, None, False, "en",
     "English Exchange 'Automatic reply:' with Auto-Submitted and X-Auto-Response-Suppress.",
     "Michael Brennan <michael.brennan@ac-lille.fr>", "Automatic reply: [#SUP-014190] Subscription renewal", "12-20 18:02", """\
Hello,

I am out of the office until Monday 6 January with no access to email.
For urgent matters please contact the school office.

Best regards,
Michael Brennan
""", client="outlook",
     hdrs={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All",
           "In-Reply-To": "<SUP-014190.1734700000.bb01@assistance.example.fr>"})

mail("automated", False, None, "ecoledirecte", True, "fr",
     "Nightly transfer report mailed by the school-management tool: it says a transfer failed, but it is a machine notification (Auto-Submitted), not a person asking for help.",
     "Charlemagne Outils <rapport-transfert@ecoledirecte.example.fr>", "Rapport de transfert du 14/12/2024 - 1 erreur", "12-14 04:30", """\
RAPPORT AUTOMATIQUE DE TRANSFERT

Établissement : Institution Saint-Jude, Armentières
Date : 14/12/2024 04:00

Notes : ÉCHEC (délai dépassé)
Absences : OK
Vie scolaire : OK

Ce message est généré automatiquement.
""", client="none", hdrs={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

mail("automated", False, None, None, False, "fr",
     "Gestionnaire's Exchange out-of-office pointing to a colleague for urgent year-end orders. Region from ac-amiens.fr.",
     "Sylvie Dumont <sylvie.dumont@ac-amiens.fr>", "Réponse automatique : [#SUP-014240] Facture 2024-3312", "12-20 16:48", """\
Bonjour,

Je suis absente jusqu'au lundi 6 janvier.

Pour les commandes urgentes de fin d'exercice, merci de vous adresser à
M. Fontaine, agent comptable, à l'adresse de l'établissement.

Cordialement,
S. Dumont
""", client="outlook", fmt="html",
     hdrs={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})

mail("automated", False, None, None, False, "en",
     "Gmail 'Delivery Status Notification (Failure)': multipart/report, address not found.",
     "Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>", "Delivery Status Notification (Failure)", "12-06 13:37", """\
** Address not found **

Your message wasn't delivered to cdi.college.vauban@gmail.com because
the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""", fmt="dsn", client="none",
     hdrs={"Return-Path": "<>", "Auto-Submitted": "auto-replied",
           "_rcpt": "cdi.college.vauban@gmail.com", "_status": "5.1.1", "_action": "failed",
           "_diag": "smtp; 550 5.1.1 The email account that you tried to reach does not exist",
           "_subject": "Re: Abonnement BNF jeunesse"})

mail("automated", False, None, None, True, "fr",
     "MailInBlack sender-authentication challenge sent TO the desk after it answered a school protected by MailInBlack: a machine message, not a user reporting a MailInBlack problem.",
     "Mailinblack <no-reply@mailinblack.example.com>", "Merci de confirmer votre message à sec-intendance@lycee-mariette.example.fr", "12-12 10:02", """\
Bonjour,

Vous avez envoyé un message à sec-intendance@lycee-mariette.example.fr.
Ce destinataire est protégé par Mailinblack. Pour que votre message soit
délivré, merci de confirmer que vous n'êtes pas un robot en cliquant sur
le lien ci-dessous :

https://protect.mailinblack.example.com/challenge/8f2c01

Cette confirmation ne vous sera demandée qu'une seule fois.
""", fmt="html", client="none", hdrs={"Auto-Submitted": "auto-generated"})

# ---------------------------------------------------------------------------
# other
# ---------------------------------------------------------------------------
mail("other", False, None, None, False, "fr",
     "End-of-year thanks and season's greetings; nothing is asked. Region from ac-lille.fr.",
     "Isabelle Deroo <isabelle.deroo@ac-lille.fr>", "Merci et bonnes fêtes !", "12-20 12:15", """\
Bonjour à toute l'équipe,

Juste un petit mot pour vous remercier de votre patience cette année :
entre le changement de portail et mes oublis de mot de passe à
répétition, je vous ai beaucoup sollicités !

Très belles fêtes de fin d'année à vous tous.

Isabelle Deroo
CDI du collège Lavoisier, Hénin-Beaumont
""")

mail("other", False, None, None, True, "fr",
     "Phishing: 'your academic mailbox will be deactivated during the holidays, confirm your password'. Mentions passwords but is not password_reset; the look-alike domain is not an académie domain, so no region.",
     "Messagerie Académique <securite@ac-lille-messagerie.example.com>", "Action requise avant le 20/12 : validation de votre boîte académique", "12-16 03:12", """\
Cher(e) utilisateur(trice),

Dans le cadre de la maintenance de fin d'année, les boîtes non validées
seront désactivées pendant les congés de Noël.

Pour conserver votre messagerie, confirmez votre identifiant et votre mot
de passe avant le 20/12 sur le lien sécurisé :
http://ac-lille-messagerie.example.com/validation

Service informatique académique
""", fmt="html", client="none", auth="fail")

mail("other", False, None, None, False, "en",
     "English Christmas gift-card spam.",
     "Holiday Rewards <winner@xmas-rewards.example.net>", "Congratulations! Your $500 Christmas gift card is waiting", "12-08 02:47", """\
Dear customer,

You have been selected to receive a $500 Christmas gift card!
Only 3 cards left - claim yours before midnight:

>>> https://xmas-rewards.example.net/claim?id=55812 <<<

Happy Holidays!
The Rewards Team
""", fmt="html", client="none", auth="fail")

mail("other", False, None, None, False, "fr",
     "A parent asks about the last school day before the holidays and the canteen: wrong address, unrelated.",
     "Karine Lefebvre <karine.lefebvre59@free.example.fr>", "vacances de noel", "12-15 20:41", """\
Bonsoir

est ce que les enfants finissent bien le vendredi 20 a midi ? et est ce
qu'il y a cantine ce jour la ? mon fils est en 5eme B au college de
Wattrelos.

merci
Mme Lefebvre
""", client="android", fmt="qp")

mail("other", False, None, None, False, "fr",
     "Angry complaint about an unanswered request, without saying what the request was: no category can be told. Region from ac-amiens.fr.",
     "Philippe Caron <philippe.caron@ac-amiens.fr>", "Toujours rien !!!", "12-18 11:56", """\
Bonjour,

Cela fait maintenant trois semaines que j'attends une réponse à ma
demande. Trois relances, aucune réponse. Nous partons en vacances
vendredi et rien n'est réglé. C'est inadmissible pour un service public.

P. Caron
""", client="outlook")

mail("other", False, None, None, False, "fr",
     "Asks for the desk's opening hours during the Christmas holidays: an information question with no category of its own. Region from ac-lille.fr.",
     "Vincent Duhamel <vincent.duhamel@ac-lille.fr>", "Horaires pendant les vacances", "12-13 09:03", """\
Bonjour,

Votre service est-il ouvert pendant les vacances de Noël ? Si oui, à
quelles dates et à quelles heures ? Nous avons plusieurs chantiers
prévus la deuxième semaine et j'aimerais savoir si je pourrai vous
joindre en cas de souci.

Merci,
Vincent Duhamel
Gestionnaire, lycée Watteau - Valenciennes
""")

mail("other", False, None, None, True, "fr",
     "Fake 'unpaid invoice' with a PDF attachment from an unknown sender, pushing payment before the year end: phishing, not order_billing.",
     "Service Recouvrement <compta@factures-relance.example.org>", "FACTURE IMPAYEE N° FR-2024-1219 - dernier rappel avant clôture", "12-19 06:33", """\
Madame, Monsieur,

Sauf erreur de notre part, la facture ci-jointe reste impayée à ce jour.
Afin d'éviter des pénalités de retard, merci de procéder au règlement
avant le 24/12 par virement sur le nouveau RIB indiqué dans le document.

Service Recouvrement
""", fmt="attach", client="none", auth="fail",
     hdrs={"_fname": "Facture_FR-2024-1219.pdf", "_ctype": "application/pdf"})

mail("other", False, None, "espace_acheteur", False, "fr",
     "A person asks, by hand, to be removed from the buyers' newsletter: not automated.",
     "Gilles Pruvost <g.pruvost@cc-pays-de-montreuil.example.fr>", "Désinscription", "12-04 14:20", """\
Bonjour,

Merci de me retirer de la liste de diffusion de la lettre d'information
de l'Espace Acheteur, je quitte mes fonctions au 31 décembre.

Cordialement,
G. Pruvost
""")

mail("other", False, None, None, False, "fr",
     "Cold sales prospecting for Christmas library decorations, written to one person: other, not automated.",
     "Julie Marchand <julie.marchand@deco-cdi.example.fr>", "Décorez votre CDI pour les fêtes", "12-02 10:10", """\
Bonjour,

Je me permets de vous contacter car nous proposons des kits de
décoration pour les bibliothèques scolaires (guirlandes ignifugées,
sapins en carton recyclé, présentoirs thématiques).

Livraison garantie avant le 20 décembre pour toute commande passée cette
semaine. Puis-je vous envoyer notre catalogue ?

Bien à vous,
Julie Marchand
Chargée de clientèle
""", client="gmail")

mail("other", False, None, None, False, "fr",
     "Personal message (secret Santa at school) sent to the desk by address autocomplete. Region from ac-lille.fr.",
     "Stéphanie Lemaire <stephanie.lemaire@ac-lille.fr>", "Père Noël secret salle des profs", "12-09 21:14", """\
Coucou !

Tu as tiré Laurent ! Budget 10 euros max, on échange les cadeaux
vendredi 20 à la récré de 10h. Surtout ne dis rien :)

Bises,
Steph
""", client="apple")

mail("other", False, None, None, False, "fr",
     "'Bien reçu, merci, bonnes vacances' from a phone: nothing to do. Region from ac-amiens.fr.",
     "Olivier Sénéchal <olivier.senechal@ac-amiens.fr>", "Re: [#SUP-014221] Abonnement", "12-20 13:05", """\
Bien reçu, merci. Bonnes vacances !

Envoyé de mon iPhone
""", client="apple",
     hdrs={"In-Reply-To": "<SUP-014221.1734690000.9d0e@assistance.example.fr>"})

mail("other", False, None, "ticket_portal", False, "fr",
     "How to close one's own ticket on the ticket portal before leaving: a how-to question with no category. Region from ac-lille.fr.",
     "Amandine Decroix <amandine.decroix@ac-lille.fr>", "Clôturer un ticket", "12-18 15:40", """\
Bonjour,

Sur le portail des tickets, j'ai deux demandes ouvertes qui sont
réglées. Comment puis-je les clôturer moi-même ? Je ne vois aucun bouton
pour le faire et je préfère faire le ménage avant les vacances.

Merci,
Amandine Decroix
""")

mail("other", False, None, None, False, "en",
     "English: a master's student asks for usage statistics of school library portals for a thesis.",
     "Tom Verbeke <tom.verbeke@student.univ-example.be>", "Request for data - master thesis on school libraries", "12-03 17:22", """\
Dear Sir or Madam,

I am a master's student in information science in Ghent, writing a thesis
on school library portals in northern France and Belgium. Would it be
possible to obtain anonymised usage statistics (logins, searches) for
schools in the Hauts-de-France region?

I would be happy to sign any confidentiality agreement.

Kind regards,
Tom Verbeke
""", client="gmail")

mail("other", False, None, None, False, "fr",
     "A collège pupil asks for a one-week observation internship (stage de 3e) in January.",
     "Enzo Carpentier <enzo.carpentier2010@gmail.com>", "demande de stage de 3eme", "12-07 18:09", """\
Bonjour,

je m'appelle Enzo, je suis en 3eme au college Jean Moulin de Calais et je
cherche un stage d'observation d'une semaine du 20 au 24 janvier. je
m'interesse a l'informatique et au support technique. Est ce que vous
prenez des stagiaires ?

Je joins ma lettre de motivation.

Merci
Enzo Carpentier
""", client="gmail", fmt="attach", hdrs={"_fname": "lettre motivation enzo.docx",
     "_ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})

mail("other", False, None, "espace_acheteur", False, "fr",
     "Wants to register for a January buyers' webinar, the registration link fails: other.",
     "Laurence Vasseur <laurence.vasseur@ac-amiens.fr>", "Inscription webinaire janvier", "12-12 14:48", """\
Bonjour,

J'ai voulu m'inscrire au webinaire « Bien démarrer sur l'Espace
Acheteur » du 14 janvier, mais le lien de l'invitation renvoie une page
d'erreur 404. Pouvez-vous m'inscrire directement ou me donner le bon
lien ?

Laurence Vasseur, lycée Madeleine Michelis, Amiens
""")

mail("other", False, None, None, False, "fr",
     "GDPR: a librarian leaving the region at Christmas asks for her personal data to be deleted: other (human review), not account_creation. Region from ac-lille.fr.",
     "Manon Verhaeghe <manon.verhaeghe@ac-lille.fr>", "Suppression de mes données personnelles", "12-19 10:27", """\
Bonjour,

Ayant obtenu ma mutation dans l'académie de Bordeaux à compter du
1er janvier, je vous demande, conformément au RGPD, de supprimer les
données personnelles me concernant (nom, adresse mail, téléphone) de vos
fichiers de contact.

Merci de me confirmer la suppression.

Manon Verhaeghe
""")

mail("other", False, None, "esidoc", True, "fr",
     "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-amiens.fr.",
     "Corinne Lefèvre <corinne.lefevre@ac-amiens.fr>", "RE: [#SUP-014162] Mot de passe e-sidoc", "12-10 08:31", """\
Merci beaucoup, le lien a fonctionné et j'ai pu choisir un nouveau mot de
passe. Je l'ai noté précieusement cette fois !

Bonne journée,
Corinne

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 9 décembre 2024 17:05
À : LEFEVRE Corinne <corinne.lefevre@ac-amiens.fr>
Objet : [#SUP-014162] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation de votre mot de passe e-sidoc vient de vous
être envoyé. Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
""", client="outlook",
     hdrs={"In-Reply-To": "<SUP-014162.1733760300.2ab4@assistance.example.fr>"})

mail("other", False, None, None, False, "fr",
     "A teacher asks the desk for Christmas reading suggestions for 6e pupils: unrelated to the services. Region from ac-lille.fr.",
     "Julien Dupont <julien.dupont3@ac-lille.fr>", "Idées de lectures pour des 6e", "12-05 19:30", """\
Bonsoir,

Professeur de français, je cherche des idées de romans courts sur le
thème de Noël ou de l'hiver pour mes 6e (lecture cursive en janvier).
Auriez-vous une liste ou une sélection à me conseiller ?

Merci d'avance,
Julien Dupont
""")

# ---------------------------------------------------------------------------
# missing_noreply_mail
# ---------------------------------------------------------------------------
mail("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
     "Town buyer never got the Espace Acheteur activation mail; wants to order before the 13th. No anti-spam product named, non-academic sender.",
     "Aline Dhont <a.dhont@mairie-bailleul.example.fr>", "Mail d'activation non reçu", "12-04 10:02", """\
Bonjour,

J'ai créé un compte sur l'Espace Acheteur lundi pour la commune de
Bailleul, mais je n'ai jamais reçu le mail d'activation. Nous devons
passer commande avant le 13 décembre (clôture de notre budget).

Pouvez-vous me le renvoyer ?

Cordialement,
Aline Dhont
Service commande publique
""", client="outlook")

mail("missing_noreply_mail", True, "0591607B", "esidoc", False, "fr",
     "New-password mail never arrives after three requests, junk folder checked; no product named.",
     "Frédéric Lenoir <frederic.lenoir@ac-lille.fr>", "Pas de mail de nouveau mot de passe", "12-09 11:18", """\
Bonjour,

J'ai demandé trois fois un nouveau mot de passe pour le portail du
CDI (0591607B), rien n'arrive, ni dans la boîte de réception ni dans
les indésirables. Le message indique pourtant « un mail vous a été
envoyé ».

Merci de votre aide,
Frédéric Lenoir
""")

mail("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
     "Very short phone message: confirmation mail not received since Friday.",
     "Yasmine Belkacem <yasmine.belkacem@ac-lille.fr>", "confirmation", "12-09 07:48", """\
Bonjour toujours pas reçu le mail de confirmation de l'espace acheteur depuis vendredi. Merci

Envoyé de mon iPhone
""", client="apple")

mail("missing_noreply_mail", True, "0595261Y", "espace_acheteur", True, "fr",
     "Names MailInBlack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam.",
     "Arnaud Delattre <arnaud.delattre@ac-lille.fr>", "Aucun mail de la plateforme", "12-05 14:36", """\
Bonjour,

Nous ne recevons aucun des mails automatiques de l'Espace Acheteur
(création de compte, mot de passe). Avant que vous me posiez la
question : nous n'avons PAS Mailinblack, contrairement à d'autres lycées
de la région, et rien n'est dans les spams.

Lycée Baudelaire, Roubaix - 0595261Y

Arnaud Delattre
Référent numérique
""")

mail("missing_noreply_mail", False, None, "espace_acheteur", False, "fr",
     "Reply (Outlook 'Message d'origine') after the junk-folder answer: still nothing after 48 hours, asks for a person. The template was already sent. Region from ac-amiens.fr.",
     "Romain Fournier <romain.fournier@ac-amiens.fr>", "RE: [#SUP-014120] Mail de confirmation non reçu", "12-11 09:25", """\
Bonjour,

J'ai suivi vos conseils (dossier indésirables, ajout de l'expéditeur
no-reply aux contacts autorisés) et 48 heures plus tard je n'ai toujours
rien reçu. Pouvez-vous faire remonter à quelqu'un qui pourra regarder ?
Les vacances arrivent et je n'ai toujours pas de compte.

Romain Fournier

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : dimanche 8 décembre 2024 22:14
Objet : [#SUP-014120] Mail de confirmation non reçu

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse
no-reply à vos expéditeurs autorisés. Sans nouvelles sous 48 heures,
nous transmettrons votre demande.
""", client="outlook",
     hdrs={"In-Reply-To": "<SUP-014120.1733692440.1f2e@assistance.example.fr>"})

mail("missing_noreply_mail", True, None, "espace_acheteur", False, "en",
     "English: offer-update alert mails stopped arriving; no anti-spam product named.",
     "Sarah Whitfield <sarah.whitfield@lille-intl-school.example.org>", "Not receiving alert emails anymore", "12-03 12:14", """\
Hello,

I subscribed to the offer update alerts on the Espace Acheteur last
year and used to get them every week, but nothing has come through
since mid-November. I checked the spam folder.

Could you check whether the notifications are still being sent?

Thanks,
Sarah Whitfield
Procurement, Lille International School
""", client="gmail")

mail("missing_noreply_mail", True, "0620784R", "espace_acheteur", False, "fr",
     "The structure administrator never receives the 'account to validate' notifications; colleagues wait before the holidays.",
     "Jean-Marc Vasseur <jean-marc.vasseur@ac-lille.fr>", "Notifications de comptes à valider", "12-10 16:05", """\
Bonjour,

Je suis administrateur de la structure pour le lycée Carnot de Bruay
(0620784R). Deux collègues me disent avoir demandé un compte, mais je
n'ai reçu aucune notification « compte à valider ». Avant, je les
recevais sans problème.

Pouvez-vous vérifier l'envoi ?

Merci,
J.-M. Vasseur
""", client="outlook")

mail("missing_noreply_mail", True, None, "ticket_portal", False, "fr",
     "The ticket portal's sign-up confirmation (to set a password) never arrived. Region from ac-lille.fr.",
     "Pauline Dubrulle <pauline.dubrulle@ac-lille.fr>", "Inscription portail tickets", "12-06 10:51", """\
Bonjour,

Je me suis inscrite sur le portail des tickets il y a deux jours pour
suivre nos demandes, mais je n'ai pas reçu le mail permettant de
définir mon mot de passe.

Pauline Dubrulle
""")

mail("missing_noreply_mail", True, "0624694R", "espace_acheteur", False, "fr",
     "HTML-only Outlook mail: suspects 'the local authority's filter' but names no product.",
     "Virginie Ducrocq <virginie.ducrocq@ac-lille.fr>", "Mails de l'Espace Acheteur bloqués ?", "12-12 13:42", """\
Bonjour,

Depuis que la Région a changé les serveurs de messagerie des lycées, je
ne reçois plus rien de votre plateforme (ni les confirmations de
commande ni le mail de réinitialisation). Je suppose qu'un filtre de la
collectivité bloque vos messages, mais je ne sais pas lequel.

Lycée Alfred Kastler, Boulogne-sur-Mer - UAI 0624694R

Virginie Ducrocq
Secrétaire d'intendance
""", client="outlook", fmt="html")

mail("missing_noreply_mail", True, "0807499S", "esidoc", False, "fr",
     "The customer-account activation mail (needed for a first online order of subscriptions) never came.",
     "Marie Lenglart <marie.lenglart@ac-amiens.fr>", "Activation compte client", "12-03 15:30", """\
Bonjour,

Pour commander nos abonnements 2025 en ligne, j'ai créé le compte
client du collège (0807499S, Roye) hier matin. Le site annonce un mail
d'activation sous 12 heures, je n'ai toujours rien.

Merci de vérifier,
Marie Lenglart
Documentaliste
""", client="zimbra")

mail("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
     "Forward (Gmail French style) of a colleague's message: the account was validated but the first-login link never came. Region from ac-lille.fr.",
     "Nicolas Wattiez <nicolas.wattiez@ac-lille.fr>", "Fwd: lien de première connexion", "12-16 08:57", """\
Bonjour,

Je vous transfère le message de ma collègue de l'intendance : elle
n'a toujours pas reçu le lien de première connexion.

---------- Forwarded message ---------
De : Sandrine Lebrun <sandrine.lebrun@ac-lille.fr>
Date: ven. 13 déc. 2024 à 17:02
Subject: lien de première connexion
To: Nicolas Wattiez <nicolas.wattiez@ac-lille.fr>

Nicolas, ils ont validé mon compte sur l'Espace Acheteur mais je n'ai
jamais eu le mail avec le lien sécurisé pour me connecter la première
fois. Tu peux leur écrire ? Moi je n'ai pas l'adresse du support.
Sandrine
""", client="gmail")

mail("missing_noreply_mail", True, None, "espace_acheteur", True, "fr",
     "Reads like a password problem, but the 'mot de passe oublié' tool works: the new-password mail never arrives. The taxonomy puts that under missing_noreply_mail. Region from ac-amiens.fr.",
     "Benoît Desmarets <benoit.desmarets@ac-amiens.fr>", "Problème de mot de passe", "12-17 12:44", """\
Bonjour,

Problème de mot de passe sur l'Espace Acheteur : je clique sur « mot de
passe oublié », je saisis mon adresse, la page me confirme l'envoi...
et rien n'arrive, ni hier ni aujourd'hui. Le reste de mon courrier
arrive normalement.

B. Desmarets
""")

mail("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
     "IT department of a group of schools: no automatic mail for any user since a mail-server migration; asks for the exact sending address to allow it. No UAI, non-academic sender.",
     "Support informatique <support-info@ogec-flandre.example.fr>", "Adresse d'envoi de vos notifications", "12-02 09:15", """\
Bonjour,

Nous gérons l'informatique de quatre établissements privés en Flandre.
Depuis la migration de nos boîtes vers un nouvel hébergeur (fin
novembre), plus aucun utilisateur ne reçoit les mails automatiques de
l'Espace Acheteur.

Pourriez-vous nous communiquer l'adresse exacte d'expédition et le
domaine, afin que nous les ajoutions à la liste blanche ?

Service informatique OGEC
""", client="outlook")

mail("missing_noreply_mail", False, "0601619J", "esidoc", False, "fr",
     "No password mail ever arrives, and she explicitly asks to be phoned by a person before the holidays.",
     "Cécile Moreau <cecile.moreau@ac-amiens.fr>", "mail non reçu - besoin d'un appel", "12-18 10:09", """\
Bonjour,

Je n'ai jamais reçu le mail pour créer mon nouveau mot de passe sur le
portail (collège de Clermont, 0601619J). J'ai déjà regardé partout.

Pourriez-vous m'appeler au CDI, au 03 44 00 00 00, plutôt que de
m'envoyer une procédure ? Je suis là jusqu'à vendredi midi.

Cécile Moreau
""")

mail("missing_noreply_mail", True, "0608702H", "espace_acheteur", True, "fr",
     "Mail held by a filter that is named, but it is not MailInBlack (another vendor's gateway): the MailInBlack guide does not apply; the generic allow-the-no-reply-sender answer does.",
     "Thomas Lecomte <thomas.lecomte@ac-amiens.fr>", "Messages no-reply retenus", "12-05 11:11", """\
Bonjour,

Nos messages venant de votre adresse no-reply sont retenus par la
passerelle Vade de la collectivité et n'arrivent jamais dans nos boîtes.
Quelle adresse exacte devons-nous faire autoriser ?

Lycée Cassini, Clermont - 0608702H

Thomas Lecomte
Assistant de prévention et informatique
""", client="outlook")

mail("missing_noreply_mail", True, "0602587L", "espace_acheteur", False, "fr",
     "ISO-8859-1 8-bit body: subscribed to the buyers' alerts, never received any.",
     "Dominique Hurtrel <dominique.hurtrel@ac-amiens.fr>", "alertes non reçues", "12-08 17:20", """\
Bonjour,

Je me suis abonné aux alertes de mise à jour des marchés il y a un mois
et je n'ai jamais rien reçu. Faut-il valider quelque chose ?

Collège Fernel, Clermont (Oise) - 0602587L

D. Hurtrel
""", fmt="latin1", client="oldtb")

# ---------------------------------------------------------------------------
# mailinblack_spam
# ---------------------------------------------------------------------------
mail("mailinblack_spam", True, "0598189F", "espace_acheteur", False, "fr",
     "The activation mails are held by MailInBlack on the lycée's mail system.",
     "Laetitia Bossut <laetitia.bossut@ac-lille.fr>", "Mailinblack bloque vos mails", "12-03 08:52", """\
Bonjour,

Les mails d'activation de l'Espace Acheteur ne nous parviennent pas : ils
sont bloqués par Mailinblack, installé par la Région sur les lycées
depuis la rentrée. Comment faire ?

Lycée Jean Perrin, Lambersart (0598189F).

Laetitia Bossut
""")

mail("mailinblack_spam", True, "0593288D", "espace_acheteur", False, "fr",
     "IT manager asks which sender addresses to allow-list in MailInBlack before the holidays.",
     "Kevin Vandamme <kevin.vandamme@ac-lille.fr>", "Liste blanche MailInBlack", "12-10 10:30", """\
Bonjour,

Je gère le parc informatique de la cité scolaire Jean Bart (0593288D).
Avant les vacances, je voudrais ajouter vos expéditeurs dans la liste
blanche de MailInBlack pour éviter les blocages à la rentrée. Pouvez-vous
me donner les adresses et domaines à autoriser ?

Merci,
Kevin Vandamme
""", client="outlook")

mail("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
     "Product spelled 'mail in black', typos and no accents. Region from ac-lille.fr.",
     "Jessica Maertens <jessica.maertens@ac-lille.fr>", "blocage mail in black", "12-13 14:02", """\
bonjour

on recoit pas vos mail pour l espace acheteur, le technicien dit que
c est mail in black qui les bloque. vous avez une procedure ?

merci
jessica (intendance)
""", client="android", fmt="b64")

mail("mailinblack_spam", False, "0627993B", "espace_acheteur", True, "fr",
     "The sender-authentication challenge is described ('prove you are not a robot') without naming MailInBlack: the product is not confirmed, so a person should check before sending the guide.",
     "Gérald Coppin <gerald.coppin@ac-lille.fr>", "Vos messages demandent une validation", "12-06 15:15", """\
Bonjour,

Quand votre plateforme nous écrit, nos collègues ne reçoivent pas le
message mais une alerte disant qu'un expéditeur inconnu doit « prouver
qu'il n'est pas un robot » avant que le courrier soit délivré. Du coup
les mails de confirmation n'arrivent jamais.

Est-ce normal ? Collège Boris Vian, Coudekerque... non, Coulogne
(0627993B).

G. Coppin
""")

mail("mailinblack_spam", False, "0628159G", "espace_acheteur", True, "fr",
     "Two topics: activation mails blocked by MailInBlack (main) and an invoice to be corrected before the year-end closing (order_billing).",
     "Sébastien Dewailly <sebastien.dewailly@ac-lille.fr>", "MailInBlack + facture", "12-16 11:47", """\
Bonjour,

1. Vos mails d'activation sont bloqués par MailInBlack chez nous, la
   nouvelle adjointe gestionnaire n'a toujours pas pu activer son compte.
2. Sur la facture 2024-11873, le nom de l'établissement est erroné
   (« Lycée Voltaire » au lieu de « Lycée Voltaire - Wingles »). Il nous
   faut une facture corrigée avant le 20 pour la mandater.

Lycée Voltaire, Wingles - 0628159G

S. Dewailly
""", client="outlook")

mail("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
     "Clicked 'autoriser' in the MailInBlack notice but the next mails are still held. Non-academic sender.",
     "Florence Hennebelle <f.hennebelle@lycee-prive-stpaul.example.fr>", "Mailinblack : j'ai autorisé mais ça bloque encore", "12-11 12:20", """\
Bonjour,

J'ai reçu un message de Mailinblack me demandant d'autoriser votre
adresse, ce que j'ai fait. Pourtant les mails suivants (confirmation de
commande) sont encore en quarantaine. Y a-t-il plusieurs adresses
d'envoi ?

Florence Hennebelle
Économat, lycée privé Saint-Paul
""")

mail("mailinblack_spam", True, "0603798C", "espace_acheteur", False, "en",
     "English: MailInBlack quarantine holds the activation links of a new bursar.",
     "James Whitaker <james.whitaker@ac-amiens.fr>", "MailInBlack quarantine", "12-04 13:33", """\
Hello,

Our school has MailInBlack and your activation emails end up in its
quarantine. By the time I find them, the link has expired. Is there a
list of addresses we should allow?

James Whitaker
Bursar's office, UAI 0603798C
""", client="outlook")

mail("mailinblack_spam", True, "0629251U", "espace_acheteur", False, "fr",
     "A person forwards the daily MailInBlack quarantine report: the forwarded part is machine text, the outer message is a real question.",
     "Rodolphe Delplanque <rodolphe.delplanque@ac-lille.fr>", "TR: Rapport quotidien Mailinblack", "12-12 08:36", """\
Bonjour,

Voir ci-dessous : trois de vos messages sont encore dans la quarantaine
Mailinblack ce matin. Faut-il que je les libère un par un ou y a-t-il un
réglage à faire une fois pour toutes ?

Lycée Pierre Mendès France, Arras - 0629251U

________________________________
De : Mailinblack <rapport@mailinblack.example.com>
Envoyé : jeudi 12 décembre 2024 07:00
Objet : Rapport quotidien Mailinblack

Messages en attente :
- no-reply@espace-acheteur.example.fr - « Confirmez votre adresse »
- no-reply@espace-acheteur.example.fr - « Votre commande 2024-118990 »
- no-reply@espace-acheteur.example.fr - « Réinitialisation du mot de passe »
""", client="outlook")

mail("mailinblack_spam", True, "0622833T", "espace_acheteur", False, "fr",
     "Reply quoting the junk-folder answer: their IT now says MailInBlack is blocking, so the MailInBlack guide is the right answer.",
     "Anaïs Bracq <anais.bracq@ac-lille.fr>", "Re: [#SUP-014140] Pas de mail reçu", "12-10 15:58", """\
Bonjour,

Rien dans les indésirables. Notre informaticien vient de regarder : c'est
MailInBlack qui retient vos messages. Que faut-il faire ?

Anaïs Bracq (0622833T)

Le lun. 9 déc. 2024 à 11:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse
> no-reply à vos expéditeurs autorisés.
""", client="gmail",
     hdrs={"In-Reply-To": "<SUP-014140.1733739600.c3a9@assistance.example.fr>"})

mail("mailinblack_spam", False, "0808048N", "espace_acheteur", True, "fr",
     "Already applied the MailInBlack guide and the region never answered; still blocked and the order must go before the holidays: a person must take over.",
     "Thierry Boulnois <thierry.boulnois@ac-amiens.fr>", "Re: [#SUP-014061] Mailinblack - toujours bloqué", "12-17 09:05", """\
Bonjour,

Nous avons appliqué votre guide Mailinblack il y a dix jours, notre
informaticien a ajouté les adresses indiquées. Les messages restent
bloqués, et la région ne nous a jamais recontactés malgré votre
transfert.

Il faut que quelqu'un regarde vraiment le problème : nous devons valider
une commande avant vendredi.

T. Boulnois, lycée de la Baie de Somme, Abbeville (0808048N)
""", hdrs={"In-Reply-To": "<SUP-014061.1733475600.aa10@assistance.example.fr>"})

mail("mailinblack_spam", True, None, None, False, "fr",
     "One line from a phone: blocked by Mailinblack, send the guide. No platform named. Region from ac-amiens.fr.",
     "Hervé Poiret <herve.poiret@ac-amiens.fr>", "Mailinblack", "12-05 07:31", """\
Bloqué par Mailinblack, vous pouvez m'envoyer votre guide ? Merci

Envoyé de mon iPhone
""", client="apple")

mail("mailinblack_spam", True, "0593649W", "espace_acheteur", False, "fr",
     "HTML-only Outlook: the Région rolled out MailinBlack on the lycées and the platform's mails are held.",
     "Delphine Verbrugghe <delphine.verbrugghe@ac-lille.fr>", "Messages retenus en quarantaine", "12-02 11:40", """\
Bonjour,

La Région Hauts-de-France a déployé MailinBlack sur la messagerie des
lycées. Depuis, toutes les notifications de l'Espace Acheteur sont en
quarantaine. Merci de nous indiquer la procédure pour les recevoir
normalement.

Delphine Verbrugghe
Lycée Gaston Berger, Lille - 0593649W
""", client="outlook", fmt="html")

mail("mailinblack_spam", True, "0804735M", "espace_acheteur", False, "fr",
     "Gestionnaire says the desk's replies and notifications are blocked by their MailInBlack; asks what to allow.",
     "Agnès Tellier <agnes.tellier@ac-amiens.fr>", "Vos réponses n'arrivent pas (Mailinblack)", "12-13 10:22", """\
Bonjour,

J'ai vu sur le portail des tickets que vous m'aviez répondu, mais votre
réponse n'est jamais arrivée dans ma boîte : notre Mailinblack l'a
bloquée, comme les notifications de commande. Quels expéditeurs dois-je
faire autoriser ?

Agnès Tellier, gestionnaire
Collège Jules Verne, Rivery - 0804735M
""")

# ---------------------------------------------------------------------------
# head_of_establishment_request
# ---------------------------------------------------------------------------
mail("head_of_establishment_request", False, "0599485P", "esidoc", False, "fr",
     "The proviseure, from the ce.<UAI> address, asks for a reset of the e-sidoc administrator password and for the contact address to become the new librarian's from January.",
     "Proviseure Lycée Kernanec <ce.0599485P@ac-lille.fr>", "Demande de la proviseure - accès administrateur e-sidoc", "12-11 11:05", """\
Madame, Monsieur,

Notre professeure documentaliste quitte l'établissement le 20 décembre.
Je vous demande de bien vouloir réinitialiser le mot de passe
administrateur de notre portail e-sidoc et de remplacer l'adresse de
contact par celle de son successeur, M. Hugo Lambin
(hugo.lambin@ac-lille.fr), qui prendra ses fonctions le 6 janvier.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Catherine Wiart
Proviseure
Lycée Kernanec, Marcq-en-Barœul - 0599485P
""", client="outlook")

mail("head_of_establishment_request", False, "0805414A", "espace_acheteur", False, "fr",
     "The principal designates a new structure administrator on the Espace Acheteur because the gestionnaire leaves on 31 December, and asks to close her access.",
     "Frédéric Mortier <frederic.mortier@ac-amiens.fr>", "Changement d'administrateur de structure", "12-16 14:12", """\
Bonjour,

En qualité de principal du collège Sagebien d'Amiens (UAI 0805414A), je
vous informe que Mme Dumas, gestionnaire et administratrice de notre
structure sur l'Espace Acheteur, quitte ses fonctions le 31 décembre.

Je désigne M. Patrice Roussel, adjoint gestionnaire, comme nouvel
administrateur, et vous demande de clôturer l'accès de Mme Dumas à
cette date.

Cordialement,
F. Mortier
Principal
""", client="outlook")

mail("head_of_establishment_request", False, "0624938F", "esidoc", False, "fr",
     "The head authorises in writing the renewal order of the subscriptions before the budget closes; bon d'engagement attached.",
     "Collège Langevin - Direction <ce.0624938F@ac-lille.fr>", "Autorisation de commande - abonnements 2025", "12-09 10:48", """\
Bonjour,

J'autorise Mme Vanlerberghe, professeure documentaliste, à valider la
commande de renouvellement de nos abonnements 2025 (devis n°D-24-7781)
sur votre site. Vous trouverez ci-joint le bon d'engagement signé.

Merci de faire le nécessaire avant le 20 décembre, date de clôture de
notre exercice.

Le principal,
Arnaud Sockeel
Collège Paul Langevin, Avion - 0624938F
""", fmt="attach", client="outlook",
     hdrs={"_fname": "BE_2024-0412_abonnements.pdf", "_ctype": "application/pdf"})

mail("head_of_establishment_request", False, "0025545S", "esidoc", False, "fr",
     "A primary-school head (directrice d'école) asks to replace the contact address of the e-sidoc admin account with the school's address.",
     "Brigitte Lemaître <brigitte.lemaitre@ac-amiens.fr>", "Changement d'adresse de contact BCD", "12-05 17:40", """\
Bonjour,

Directrice de l'école élémentaire Jean Macé de Saint-Quentin (0025545S),
je souhaite que l'adresse de contact du compte administrateur de notre
portail de BCD soit désormais celle de l'école et non plus celle de
l'enseignante qui s'en occupait et qui part en congé maternité.

Merci d'avance,
Brigitte Lemaître
Directrice
""")

mail("head_of_establishment_request", False, "0598458Y", "esidoc", True, "fr",
     "Claims to be the proviseur, from a Gmail address with a different Reply-To, urgent tone, asks to move the admin address to that Gmail before the holidays: a probable spoof. Still a head-of-establishment request; staff must verify.",
     "Proviseur Lycee Baggio <proviseur.lycee.baggio@gmail.com>", "URGENT - changement adresse administrateur", "12-19 22:48", """\
Bonjour,

Je suis le proviseur du lycée Baggio à Lille (0598458Y). Notre
messagerie académique est en panne jusqu'à la rentrée. Merci de
remplacer IMMÉDIATEMENT l'adresse administrateur du portail par
celle-ci et de m'envoyer le nouveau mot de passe ici.

C'est très urgent, je compte sur vous avant demain.

Le proviseur
""", client="gmail",
     hdrs={"Reply-To": "direction.baggio.lille@outlook.example.com"})

mail("head_of_establishment_request", False, "0621297Y", "esidoc", True, "fr",
     "The librarian sends the principal's signed letter (PDF) with the principal in copy: it is the head's written request, relayed; staff must check the letter and the sender.",
     "Ophélie Bultel <ophelie.bultel@ac-lille.fr>", "Courrier du principal - réinitialisation accès portail", "12-13 11:20", """\
Bonjour,

Comme demandé par votre service, je vous transmets ci-joint le courrier
signé de notre principal, M. Danel (en copie), demandant la
réinitialisation du mot de passe administrateur de notre portail et
l'envoi du lien sur l'adresse officielle du collège.

Collège Jean Zay, Lens - 0621297Y

Bien cordialement,
Ophélie Bultel
""", fmt="attach",
     hdrs={"Cc": "Rémi Danel <remi.danel@ac-lille.fr>",
           "_fname": "courrier_principal_reinitialisation.pdf", "_ctype": "application/pdf"})

mail("head_of_establishment_request", False, "0804344M", "esidoc", False, "fr",
     "Reply (Zimbra 'Mail original' quote) in which the principal gives the written request the desk asked for.",
     "Serge Pecquet <serge.pecquet@ac-amiens.fr>", "Re: [#SUP-014177] Réinitialisation - demande du chef d'établissement", "12-12 08:14", """\
Bonjour,

Je confirme, en ma qualité de principal du collège Arthur Rimbaud
d'Amiens (0804344M), demander la réinitialisation du mot de passe
administrateur du portail e-sidoc, le lien devant être envoyé sur
l'adresse officielle de l'établissement.

S. Pecquet
Principal

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Christine Hucleux" <christine.hucleux@ac-amiens.fr>
Envoyé: Mercredi 11 Décembre 2024 16:33:10
Objet: [#SUP-014177] Réinitialisation - demande du chef d'établissement

Bonjour,
Aucune adresse officielle n'étant enregistrée, la réinitialisation doit
être demandée par écrit par le chef d'établissement.
""", client="zimbra",
     hdrs={"In-Reply-To": "<SUP-014177.1733931190.e4d1@assistance.example.fr>"})

mail("head_of_establishment_request", False, "0597754H", "esidoc", False, "en",
     "English: the head of a bilingual private school asks to remove the departing librarian's admin access and reset the password.",
     "Margaret Hollis <m.hollis@ecole-bilingue-lille.example.org>", "Removal of library portal access - departing staff", "12-18 09:37", """\
Dear Support team,

As head of the Ecole Bilingue de Lille (school code 0597754H), I am
writing to ask you to remove the administrator access of our librarian,
Mr Kieran Walsh, whose contract ends on 20 December, and to reset the
administrator password so that the new one can be sent to our school
office address.

Kind regards,
Margaret Hollis
Head of School
""", client="outlook")

mail("head_of_establishment_request", False, "0606493G", "esidoc", False, "fr",
     "The principal confirms from his phone, quoting his librarian's request (Apple quote style), that the reset may be done. Personal academic address, not the ce. one.",
     "Laurent Bécu <laurent.becu@ac-amiens.fr>", "Re: Mot de passe du portail", "12-10 19:04", """\
Bonjour,

Je confirme la demande de Mme Gosselin ci-dessous et vous autorise à
réinitialiser l'accès administrateur du portail du collège.

L. Bécu, principal du collège Abel Didelet, Estrées-Saint-Denis

Envoyé de mon iPhone

> Le 10 déc. 2024 à 15:02, Maud Gosselin <maud.gosselin@ac-amiens.fr> a écrit :
>
> Bonjour,
> Je ne retrouve plus le mot de passe administrateur de notre portail
> e-sidoc (0606493G). Pourriez-vous le réinitialiser ? M. Bécu, notre
> principal, est en copie pour confirmer.
> Maud Gosselin
""", client="apple")

mail("head_of_establishment_request", False, "0606025Y", "espace_acheteur", False, "fr",
     "Written delegation for the holidays: the proviseur delegates order validation on the Espace Acheteur to his deputy while he is away.",
     "Direction Lycée Jean Calvin <ce.0606025Y@ac-amiens.fr>", "Délégation de validation des commandes", "12-17 16:30", """\
Madame, Monsieur,

Je serai absent du 21 décembre au 5 janvier. Pendant cette période,
j'autorise Mme Nathalie Fourrier, proviseure adjointe, à valider en mon
nom les commandes de l'établissement sur l'Espace Acheteur.

Lycée Jean Calvin, Noyon - UAI 0606025Y

Le proviseur,
Marc Dauchy
""", client="outlook", fmt="html")

mail("head_of_establishment_request", False, "0028347M", "esidoc", True, "fr",
     "The body gives 0028347N (wrong check letter) but the sender address ce.0028347M@ac-amiens.fr carries the valid UAI, which is the label.",
     "Collège Gabriel Hanotaux <ce.0028347M@ac-amiens.fr>", "Demande du principal - nouvel administrateur portail", "12-04 09:18", """\
Bonjour,

Je vous demande de bien vouloir désigner Mme Claire Vérove,
documentaliste arrivée en novembre, comme administratrice de notre
portail e-sidoc, et de réinitialiser le mot de passe en conséquence.

UAI : 0028347N

Le principal,
Didier Marchandise
""")

mail("head_of_establishment_request", False, "0596519R", "esidoc", False, "fr",
     "The chef d'établissement asks to close the e-sidoc admin access of a librarian who left in disgrace: security-relevant, a person approves.",
     "Hakim Saadi <hakim.saadi@ac-lille.fr>", "Fermeture d'un accès administrateur", "12-06 08:20", """\
Bonjour,

Chef d'établissement du collège Verlaine de Lille (0596519R), je vous
demande de supprimer sans délai l'accès administrateur au portail
e-sidoc de M. X., qui n'exerce plus dans l'établissement depuis lundi.
Merci de me confirmer la fermeture par retour de mail.

H. Saadi
Principal
""", client="outlook")

mail("head_of_establishment_request", False, None, "esidoc", False, "fr",
     "A village-school director gives his agreement to a reset from a personal address, no UAI: weak evidence, staff must verify. No region.",
     "Jean-Pierre Gosset <jp.gosset@orange.example.fr>", "accord pour le mot de passe de la BCD", "12-14 11:02", """\
Bonjour,

Je suis le directeur de l'école de Fressin. Je vous donne mon accord pour
réinitialiser le mot de passe du portail de notre BCD, comme me l'a
demandé notre maîtresse de CE1. Je vous écris de chez moi, l'ordinateur
de l'école étant en panne.

Jean-Pierre Gosset
""")

# ---------------------------------------------------------------------------
# order_billing
# ---------------------------------------------------------------------------
mail("order_billing", False, "0597870J", "esidoc", False, "fr",
     "Asks for a formal quote before 13 December for the bon d'engagement; the budget closes.",
     "Nathalie Vandenbussche <nathalie.vandenbussche@ac-lille.fr>", "Devis abonnements 2025 - urgent avant clôture", "12-04 17:12", """\
Bonjour,

Notre agent comptable clôture les engagements le 13 décembre. Pourriez-
vous m'envoyer au plus vite un devis pour le renouvellement de nos
abonnements (Europresse et Universalis), afin que je puisse établir le
bon d'engagement ?

Lycée Fénelon, Lille - 0597870J

Merci beaucoup,
Nathalie Vandenbussche
""", client="outlook")

mail("order_billing", False, "0593307Z", "espace_acheteur", False, "fr",
     "The saved basket has disappeared (baskets are kept 15 days) just when the order had to be validated.",
     "Christophe Ryckebusch <christophe.ryckebusch@ac-lille.fr>", "Panier disparu", "12-11 10:40", """\
Bonjour,

J'avais préparé un panier de fournitures de fin d'année (une quarantaine
de lignes) fin novembre. Ce matin, au moment de valider la commande, le
panier est vide. Est-il possible de le récupérer ? Sinon je dois tout
refaire avant vendredi.

Collège Lamartine, Bailleul - 0593307Z

C. Ryckebusch
""")

mail("order_billing", False, "0625025A", "esidoc", False, "fr",
     "Invoice still missing on Chorus Pro before the accounting closing.",
     "Marie-Claude Degrave <marie-claude.degrave@ac-lille.fr>", "Facture absente de Chorus Pro", "12-16 09:02", """\
Bonjour,

La commande de nos abonnements a été validée le 18 novembre, mais la
facture n'a toujours pas été déposée sur Chorus Pro. Sans elle, nous ne
pourrons pas la payer sur l'exercice 2024 (clôture le 20 décembre).

Lycée Mariette, Boulogne-sur-Mer - UAI 0625025A
N° de commande : 2024-11-4471

Cordialement,
M.-C. Degrave, secrétaire d'intendance
""", client="outlook")

mail("order_billing", False, "0623598Z", "espace_acheteur", False, "fr",
     "In the rush, the same order was validated twice; asks to cancel the duplicate.",
     "Jonathan Facon <jonathan.facon@ac-lille.fr>", "Commande passée deux fois !", "12-18 16:55", """\
Bonjour,

Dans la précipitation de fin d'année, j'ai validé deux fois la même
commande de papier (n° 2024-120338 et 2024-120341). Merci d'annuler la
seconde avant expédition.

Lycée Guy Mollet, Arras - 0623598Z

Jonathan Facon
""", client="gmail")

mail("order_billing", False, None, "esidoc", False, "fr",
     "Private school asks whether it may pay by bank transfer and for the bank details (RIB); ISO-8859-15 8-bit body. No UAI, non-academic sender.",
     "Économat Institution Notre-Dame <economat@ind-valenciennes.example.fr>", "Règlement par virement", "12-05 10:06", """\
Bonjour,

Pouvons-nous régler la facture de notre abonnement par virement
bancaire ? Si oui, merci de nous faire parvenir votre RIB. Nous
souhaitons solder la facture avant le 31 décembre.

Cordialement,
L'économat
Institution Notre-Dame, Valenciennes
""", fmt="latin9", client="oldtb")

mail("order_billing", False, None, "esidoc", False, "en",
     "English Outlook reply ('From: / Sent:' quote block) asking for the invoice to be made out to the regional council instead of the school.",
     "Paul Greenwood <paul.greenwood@ac-amiens.fr>", "RE: Your invoice 2024-3318", "12-09 13:58", """\
Hello,

Thank you for the invoice. Unfortunately it is addressed to the school,
while this particular order is funded by the regional council. Could you
please reissue it to the council's address, with the same order number?

Regards,
Paul Greenwood

From: Facturation <facturation@assistance.example.fr>
Sent: Friday, December 6, 2024 10:12 AM
To: Paul Greenwood <paul.greenwood@ac-amiens.fr>
Subject: Your invoice 2024-3318

Please find attached invoice 2024-3318.
""", client="outlook")

mail("order_billing", False, "0620881W", "esidoc", False, "fr",
     "HTML-only Outlook (windows-1252 with the euro sign): the invoice amount differs from the quote.",
     "Émilie Grandel <emilie.grandel@ac-lille.fr>", "Écart entre devis et facture", "12-12 15:15", """\
Bonjour,

Le devis D-24-6512 était de 1 284,00 € TTC, la facture reçue ce matin
est de 1 412,40 €. Pouvez-vous m'expliquer cet écart ou m'envoyer une
facture rectifiée ? Je dois la mandater avant les vacances.

Collège Anatole France, Sallaumines (0620881W)

Émilie Grandel
""", client="outlook", fmt="html1252")

mail("order_billing", False, "0808192V", "esidoc", False, "fr",
     "The bon d'engagement upload is refused at order validation ('format non accepté'), days before the cut-off; PDF attached.",
     "Stéphane Obry <stephane.obry@ac-amiens.fr>", "Bon d'engagement refusé à la validation", "12-17 11:34", """\
Bonjour,

En validant la commande de nos abonnements, le site refuse le bon
d'engagement : « format non accepté ». C'est pourtant un PDF (joint). Si
la commande n'est pas validée vendredi, les crédits sont perdus.

Collège César Franck, Amiens - 0808192V

Stéphane Obry
""", fmt="attach", client="outlook",
     hdrs={"_fname": "BE 2024-0388.pdf", "_ctype": "application/pdf"})

mail("order_billing", False, "0028784M", "espace_acheteur", False, "fr",
     "Budget exhausted: asks whether the invoice can be dated January 2025.",
     "Mélanie Hazard <melanie.hazard@ac-amiens.fr>", "Facturation en janvier possible ?", "12-10 14:45", """\
Bonjour,

Nos crédits 2024 sont épuisés. Serait-il possible que la facture de la
commande 2024-119870 (livrée cette semaine) soit datée de janvier 2025,
pour être imputée sur le budget de l'an prochain ?

Collège Gérard Philipe, Soissons - 0028784M

Mélanie Hazard, gestionnaire
""")

mail("order_billing", False, "0590883P", "espace_acheteur", True, "fr",
     "Two topics: wrong amount on an invoice (main) and a convention missing from 'Mes Marchés' (contract_documents).",
     "Karine Van Hecke <karine.vanhecke@ac-lille.fr>", "Facture erronée et convention introuvable", "12-13 12:02", """\
Bonjour,

La facture 2024-3296 reprend le tarif 2023 et non celui du marché en
cours. Merci de nous adresser une facture corrigée.

Par ailleurs, je ne trouve plus la convention du marché de fournitures
dans « Mes Marchés » ; elle y était encore en octobre.

Lycée du Hainaut, Valenciennes - 0590883P

Karine Van Hecke
""", client="outlook")

mail("order_billing", False, "0801792N", "esidoc", True, "fr",
     "Written by the principal, but he only asks for a copy of an invoice for the accounting officer: order_billing, not a head-of-establishment request.",
     "Principal Collège Jean Moulin <ce.0801792N@ac-amiens.fr>", "Copie de facture", "12-19 08:47", """\
Bonjour,

Notre agent comptable me signale qu'il lui manque la facture de
septembre (abonnements du CDI). Pouvez-vous nous en renvoyer une copie
sur cette adresse ?

Le principal,
Alain Devaux
Collège Jean Moulin, Albert
""")

# ---------------------------------------------------------------------------
# account_creation
# ---------------------------------------------------------------------------
mail("account_creation", True, "0598591T", "espace_acheteur", False, "fr",
     "Filled in the sign-up form, cannot log in: account waiting for the structure administrator (FAQ case).",
     "Inès Mouton <ines.mouton@ac-lille.fr>", "Compte en attente", "12-03 10:11", """\
Bonjour,

J'ai rempli le formulaire d'inscription à l'Espace Acheteur jeudi dernier.
Quand j'essaie de me connecter, le site m'indique que mon compte est « en
attente de validation ». Combien de temps cela prend-il ?

Lycée Louis Pasteur, Somain - 0598591T

Inès Mouton
""")

mail("account_creation", False, "0595543E", "espace_acheteur", False, "fr",
     "Asks who the structure's administrator is: needs a look-up, so a person answers.",
     "Aurélien Delbarre <aurelien.delbarre@ac-lille.fr>", "Qui est l'administrateur de notre structure ?", "12-06 14:27", """\
Bonjour,

Nouveau gestionnaire au collège Saint-Exupéry d'Hellemmes (0595543E)
depuis la Toussaint, je voudrais savoir qui est déclaré administrateur
de notre structure sur l'Espace Acheteur. Personne ici ne s'en
souvient.

Aurélien Delbarre
""", client="outlook")

mail("account_creation", True, None, "espace_acheteur", False, "fr",
     "New gestionnaire arriving in January wants an account opened; the sign-up answer fits. Region from ac-amiens.fr.",
     "Patrice Roussel <patrice.roussel@ac-amiens.fr>", "Création de compte", "12-18 13:10", """\
Bonjour,

Je prendrai les fonctions d'administrateur de la structure au
1er janvier. Comment créer mon compte sur l'Espace Acheteur ?

Merci,
P. Roussel
""")

mail("account_creation", True, "0629736W", "espace_acheteur", True, "fr",
     "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account. account_creation, not password_reset.",
     "Fatima Zerrouki <fatima.zerrouki@ac-lille.fr>", "Pas un problème de mot de passe", "12-05 16:03", """\
Bonjour,

Je précise tout de suite : je n'ai pas perdu mon mot de passe, je n'ai
tout simplement jamais eu de compte. On me demande de passer les
commandes du CDI sur l'Espace Acheteur à partir de janvier. Comment
faire pour en obtenir un ?

Fatima Zerrouki
Collège Jean Macé, Calais - 0629736W
""")

mail("account_creation", False, None, "espace_acheteur", False, "fr",
     "Account waiting for validation for three weeks; the administrator is on long leave: the region must step in. Region from ac-lille.fr.",
     "Romane Delcourt <romane.delcourt@ac-lille.fr>", "Compte toujours pas validé", "12-17 10:48", """\
Bonjour,

Mon compte est en attente de validation depuis le 25 novembre.
L'administratrice de notre structure est en arrêt maladie jusqu'en
février et personne d'autre ne peut valider. Je dois passer une
commande avant les vacances : quelqu'un peut-il valider à sa place ?

Romane Delcourt
""")

mail("account_creation", False, "0021843T", "esidoc", False, "fr",
     "The school's UAI is not in the list when opening the customer account: the FAQ sends these to the sales team.",
     "Jacqueline Forestier <jacqueline.forestier@ac-amiens.fr>", "Établissement introuvable à l'inscription", "12-02 15:22", """\
Bonjour,

En créant le compte client de notre collège pour commander en ligne, je
ne trouve pas notre établissement dans la liste (UAI 0021843T, collège
Condorcet, Guise). Comment faire ?

J. Forestier
""")

mail("account_creation", False, "0607801D", "espace_acheteur", False, "fr",
     "Account works; asks for order-management rights to be opened before the year-end orders.",
     "Yann Lefranc <yann.lefranc@ac-amiens.fr>", "Droits de commande", "12-09 09:33", """\
Bonjour,

J'ai bien un compte sur l'Espace Acheteur, mais je ne peux que consulter
les marchés : le bouton « commander » n'apparaît pas. Pouvez-vous
m'ouvrir les droits de gestion des commandes ? J'ai des commandes à
passer avant le 20.

Yann Lefranc
Lycée Paul Langevin, Beauvais - 0607801D
""", client="outlook")

mail("account_creation", True, None, "esidoc", False, "en",
     "English: a newly arrived librarian wants a customer account to order online; sign-up answer fits. Region from ac-lille.fr.",
     "Hannah Price <hannah.price@ac-lille.fr>", "How do I open an account?", "12-04 12:00", """\
Hi,

I have just started as librarian in a collège in Lille and would like
to order a few subscriptions online for January. How do I open a
customer account? Is there a form?

Thanks!
Hannah Price
""", client="gmail")

mail("account_creation", True, "0806783N", "esidoc", False, "fr",
     "HTML-only Outlook message: a new gestionnaire wants to open the customer account before a first order.",
     "Claire Souplet <claire.souplet@ac-amiens.fr>", "Ouverture compte client", "12-11 11:55", """\
Bonjour,

Je viens d'arriver comme gestionnaire au collège Louise Michel de
Corbie (0806783N). Je souhaite ouvrir un compte client afin de passer
notre première commande en ligne. Pouvez-vous m'indiquer la démarche ?

Cordialement,
Claire Souplet
""", client="outlook", fmt="html")

# ---------------------------------------------------------------------------
# subscription_activation
# ---------------------------------------------------------------------------
mail("subscription_activation", True, "0594468L", "esidoc", False, "fr",
     "Europresse ordered yesterday, not visible yet: within the 72-hour window.",
     "Caroline Desmet <caroline.desmet@ac-lille.fr>", "Europresse pas encore visible", "12-10 09:14", """\
Bonjour,

Nous avons commandé hier l'abonnement Europresse pour le lycée (0594468L)
mais la ressource n'apparaît pas encore sur notre portail. Est-ce normal ?

Caroline Desmet
Documentaliste, lycée Marguerite de Flandre, Gondecourt
""")

mail("subscription_activation", False, "0597164S", "esidoc", False, "fr",
     "Ordered twelve days ago, still not active: past the 72-hour rule, a person must look at the order.",
     "Bertrand Hochedez <bertrand.hochedez@ac-lille.fr>", "Abonnement toujours inactif après 12 jours", "12-16 15:20", """\
Bonjour,

Notre commande d'abonnement à Universalis Junior date du 4 décembre
(commande n° 2024-118702). Douze jours plus tard, la ressource est
toujours indisponible sur le portail du collège (0597164S). Vos délais
annoncés sont de 72 heures.

Pouvez-vous vérifier ce qui bloque ?

B. Hochedez
""", client="outlook")

mail("subscription_activation", True, "0603725Y", "esidoc", True, "fr",
     "Written by the principal, but he only asks when the new subscription will be available: not a head-of-establishment request.",
     "Principal collège Marcel Pagnol <ce.0603725Y@ac-amiens.fr>", "Disponibilité de l'abonnement", "12-12 11:40", """\
Bonjour,

Le collège a commandé mardi un abonnement à une base de presse pour le
CDI. Pouvez-vous me dire quand il sera accessible aux élèves ? Nous
voudrions l'annoncer aux familles avant les vacances.

Le principal,
Hervé Lagache
""")

mail("subscription_activation", True, "0590211J", "esidoc", False, "fr",
     "How to publish an active resource on the portal so pupils can use it during the holidays (publication step).",
     "Léa Vanbremeersch <lea.vanbremeersch@ac-lille.fr>", "Publier une ressource sur le portail", "12-13 16:44", """\
Bonjour,

Notre abonnement à une plateforme de livres numériques est actif (je le
vois dans « Mes abonnements »), mais je ne sais pas comment le rendre
visible aux élèves sur la page d'accueil du portail. J'aimerais qu'ils
puissent lire pendant les vacances.

Merci,
Léa Vanbremeersch - collège Rabelais, Mons-en-Barœul (0590211J)
""")

mail("subscription_activation", True, "0608702H", "esidoc", False, "fr",
     "Renewed subscription still shown as expired; renewal ordered two days ago.",
     "Thomas Lecomte <thomas.lecomte@ac-amiens.fr>", "Abonnement indiqué comme expiré", "12-18 08:26", """\
Bonjour,

Nous avons renouvelé lundi l'abonnement du lycée Cassini (0608702H).
Dans « Mes abonnements » il apparaît toujours comme expiré au
30 novembre. Faut-il attendre ?

T. Lecomte
""", client="outlook")

mail("subscription_activation", True, "0606712V", "esidoc", True, "fr",
     "Negation: 'ce n'est pas un problème de mot de passe', login works; the Cafeyn resource is not showing for pupils.",
     "Marjorie Lemoine <marjorie.lemoine@ac-amiens.fr>", "Ressource Cafeyn absente", "12-05 13:08", """\
Bonjour,

Ce n'est pas un problème de mot de passe : je me connecte très bien au
portail. Mais la ressource Cafeyn commandée avant-hier n'apparaît nulle
part, ni pour moi ni pour les élèves.

Marjorie Lemoine
Collège Françoise Dolto, Pont-Sainte-Maxence (0606712V)
""")

mail("subscription_activation", False, "0598691B", "esidoc", True, "fr",
     "Two topics: subscription not yet active and a request for a corrected invoice; a single template would answer only half.",
     "Alexandre Delval <alexandre.delval@ac-lille.fr>", "Abonnement + facture", "12-11 17:02", """\
Bonjour,

L'abonnement commandé lundi n'est pas encore actif sur notre portail
(0598691B). Et tant que j'y suis : la facture reçue porte l'ancienne
adresse du lycée, pouvez-vous la corriger ? Il faut qu'elle soit bonne
pour le paiement avant la clôture.

Merci,
A. Delval
""")

mail("subscription_activation", False, "0628486M", "esidoc", True, "fr",
     "The resource was activated, but it is the wrong one (adult edition instead of the junior one ordered): the order itself must be checked by a person.",
     "Gwenaëlle Ansart <gwenaelle.ansart@ac-lille.fr>", "Mauvaise ressource activée", "12-09 10:15", """\
Bonjour,

Nous avions commandé Universalis Junior pour le collège (0628486M), mais
c'est la version adulte qui vient d'être activée sur notre portail. Nos
6e n'y comprennent rien ! Pouvez-vous activer la bonne ressource ?

Gwenaëlle Ansart
""")

mail("subscription_activation", True, "0027396D", "esidoc", False, "fr",
     "Short: please activate the subscription, order validated this morning.",
     "Morgane Lecat <morgane.lecat@ac-amiens.fr>", "activation abonnement", "12-19 10:02", """\
Bonjour, commande validée ce matin pour le collège 0027396D, merci
d'activer l'abonnement dès que possible. Bonne journée.
M. Lecat
""", client="android")

# ---------------------------------------------------------------------------
# transfer_incident
# ---------------------------------------------------------------------------
mail("transfer_incident", False, "0599907Y", "ecoledirecte", False, "fr",
     "Grades no longer reach EcoleDirecte a week before the class councils; last transfer five days old.",
     "Vincent Hennion <vincent.hennion@ac-lille.fr>", "Transferts EcoleDirecte arrêtés", "12-09 08:12", """\
Bonjour,

Depuis mercredi dernier, plus aucun transfert ne part vers EcoleDirecte :
les parents ne voient plus les notes, et les conseils de classe ont lieu
la semaine prochaine. La date du dernier transfert affichée est le 4/12.

Institution Saint-Pierre, Fourmies - 0599907Y

Vincent Hennion, responsable informatique
""", client="outlook")

mail("transfer_incident", False, None, "ecoledirecte", True, "fr",
     "Asks for 'le mot de passe de maintenance du jour' to repair the base before the bulletins: transfer_incident per the taxonomy, not password_reset.",
     "Caroline Top <caroline.top@stjoseph-saintomer.example.fr>", "Mot de passe du jour", "12-12 17:18", """\
Bonjour,

Pour lancer la réparation de la base avant l'édition des bulletins,
l'outil me demande le mot de passe de maintenance du jour. Pouvez-vous
me le communiquer ?

Caroline Top
Secrétariat de direction, Saint-Joseph, Saint-Omer
""")

mail("transfer_incident", False, None, "ecoledirecte", False, "fr",
     "'Licence expirée' at start-up: licence to regenerate, transfers stopped.",
     "Xavier Lesage <x.lesage@ensemble-scolaire-cambrai.example.fr>", "Licence expirée", "12-02 08:05", """\
Bonjour,

Ce matin, au démarrage de Charlemagne, message « licence expirée » et
les transferts vers EcoleDirecte ne partent plus. Pouvez-vous régénérer
notre licence ?

X. Lesage
Ensemble scolaire, Cambrai
""")

mail("transfer_incident", False, "0622603T", "ecoledirecte", False, "fr",
     "Licence to regenerate after the server was replaced during the holidays' preparation.",
     "Benjamin Caudron <benjamin.caudron@ac-lille.fr>", "Changement de serveur - licence", "12-20 10:30", """\
Bonjour,

Nous avons profité de la dernière semaine pour remplacer le serveur
administratif. Depuis la réinstallation, le module de transfert réclame
une nouvelle licence. Pouvez-vous nous la générer pour la rentrée ?

Collège privé Sainte-Marie, Béthune - 0622603T

B. Caudron
""")

mail("transfer_incident", False, None, "ecoledirecte", False, "fr",
     "The antivirus quarantines the transfer tool since its update, so transfers no longer run.",
     "Dominique Plouvier <d.plouvier@institution-lasalle-lille.example.fr>", "Antivirus et transferts", "12-05 11:52", """\
Bonjour,

Depuis la mise à jour de notre antivirus lundi, Charlemagne Outils est
placé en quarantaine à chaque lancement. Résultat : aucun transfert
depuis trois jours. Quelles exclusions faut-il paramétrer ?

D. Plouvier, informatique
""", client="outlook")

mail("transfer_incident", False, "0595385H", "ecoledirecte", False, "fr",
     "New firewall/proxy: the transfer diagnostic fails on the connection test.",
     "Ahmed Bensalem <ahmed.bensalem@ac-lille.fr>", "Transferts bloqués par le nouveau pare-feu ?", "12-10 14:20", """\
Bonjour,

Le Département a installé un nouveau pare-feu la semaine dernière. Depuis,
le diagnostic du module de transfert échoue à l'étape « test de
connexion ». Faut-il renseigner un proxy ? Lequel et où ?

Collège privé Saint-Jean, Douai - 0595385H

A. Bensalem
""")

mail("transfer_incident", False, None, "ecoledirecte", False, "fr",
     "HTML-only Outlook: several Outils.exe processes stuck in the task manager; transfers hang.",
     "Sandrine Bourgois <s.bourgois@college-stmichel-amiens.example.fr>", "Transferts bloqués - plusieurs processus", "12-17 09:41", """\
Bonjour,

Les transferts restent bloqués « en cours » depuis hier. Dans le
gestionnaire des tâches je vois cinq processus Outils.exe ouverts en
même temps. Faut-il les arrêter ? Je n'ose pas toucher à quoi que ce
soit avant l'édition des bulletins.

Sandrine Bourgois
""", client="outlook", fmt="html")

mail("transfer_incident", False, None, "ecoledirecte", False, "fr",
     "Apple Mail forward ('Début du message réexpédié') of a parent's complaint: absences no longer appear on EcoleDirecte. Written by a head, but not a head-of-establishment request.",
     "Directeur Institution Sainte-Claire <direction@sainte-claire-abbeville.example.fr>", "Fwd: Absences non visibles", "12-13 18:02", """\
Bonjour,

Voir le message ci-dessous. Effectivement, les absences saisies depuis
lundi ne remontent plus sur EcoleDirecte. Pouvez-vous regarder ?

Le directeur

Début du message réexpédié :

> De: "M. Fournier" <famille.fournier@free.example.fr>
> Date: 13 décembre 2024 à 12:40:11 UTC+1
> À: direction@sainte-claire-abbeville.example.fr
> Objet: Absences non visibles
>
> Bonjour, ma fille était absente mardi et mercredi, rien n'apparaît
> dans EcoleDirecte. Est-ce normal ? Cordialement, M. Fournier
""", client="apple")

mail("transfer_incident", False, None, "ecoledirecte", False, "en",
     "English from the school's IT contractor: replication must be re-initialised after a database restore.",
     "Mark Dewitte <mark.dewitte@it-services-nord.example.com>", "Replication broken after database restore", "12-19 13:25", """\
Hello,

We restored the school management database of Institution Saint-Luc
(Cambrai) from Sunday's backup after a disk failure. Since then the
transfers to EcoleDirecte fail with "replication out of sync". Could you
re-initialise the replication on your side?

Kind regards,
Mark Dewitte
IT Services Nord
""", client="outlook")

# ---------------------------------------------------------------------------
# contract_documents
# ---------------------------------------------------------------------------
mail("contract_documents", False, "0593669T", "espace_acheteur", False, "fr",
     "The market's convention cannot be found in 'Mes Marchés'; needed to justify a year-end order.",
     "Véronique Delobel <veronique.delobel@ac-lille.fr>", "Convention introuvable", "12-06 11:08", """\
Bonjour,

Notre agent comptable me demande la convention du marché de papier
(2023-045) pour justifier la commande de décembre. Je ne la trouve pas
dans « Mes Marchés ». Où est-elle ?

Lycée Yourcenar, Armentières - 0593669T

V. Delobel
""")

mail("contract_documents", False, None, "espace_acheteur", False, "fr",
     "CCAP not found for the school-supplies market. Region from ac-amiens.fr.",
     "Guillaume Parmentier <guillaume.parmentier@ac-amiens.fr>", "CCAP marché fournitures", "12-10 16:18", """\
Bonjour,

Je ne trouve pas le CCAP du marché « fournitures scolaires 2024-2027 »
parmi les pièces du marché. Seul le bordereau de prix est disponible.
Pourriez-vous le mettre en ligne ou me l'envoyer ?

G. Parmentier
""", client="outlook")

mail("contract_documents", False, "0620770A", "espace_acheteur", False, "fr",
     "Amendment no. 1 of a market is missing from the documents; needed before 31 December.",
     "Sabrina Coquelle <sabrina.coquelle@ac-lille.fr>", "Avenant n°1 manquant", "12-16 10:05", """\
Bonjour,

L'avenant n°1 du marché de nettoyage (prolongation jusqu'au 31/12/2025)
n'apparaît pas dans les documents du marché. J'en ai besoin avant la fin
de l'année pour notre conseil d'administration.

Lycée Louis Blaringhem, Béthune - 0620770A

Sabrina Coquelle
""")

mail("contract_documents", False, "0596586N", "espace_acheteur", False, "fr",
     "Follow-up reply (Gmail quote): the document is still missing after the region's answer.",
     "Damien Ghesquière <damien.ghesquiere@ac-lille.fr>", "Re: [#SUP-014018] Pièces du marché 2024-031", "12-12 14:40", """\
Bonjour,

Je reviens vers vous : malgré votre réponse du 2 décembre, l'acte
d'engagement du marché 2024-031 n'est toujours pas visible dans
l'espace. Les autres pièces le sont.

Damien Ghesquière (0596586N)

Le lun. 2 déc. 2024 à 15:11, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Nous avons transmis votre demande au service marchés de votre région.
> Les documents devraient être disponibles prochainement.
""", client="gmail",
     hdrs={"In-Reply-To": "<SUP-014018.1733148660.77b0@assistance.example.fr>"})

mail("contract_documents", False, None, "espace_acheteur", True, "fr",
     "Could see the conventions on the old platform, not on the new one: contract_documents, although the fix may be access rights (close to account_creation). Region from ac-amiens.fr.",
     "Nadège Flament <nadege.flament@ac-amiens.fr>", "Conventions plus visibles sur la nouvelle plateforme", "12-04 09:50", """\
Bonjour,

Sur l'ancienne plateforme, je voyais toutes les conventions de nos
marchés. Depuis le passage au nouvel Espace Acheteur, la rubrique est
vide pour moi, alors que ma collègue les voit. Que dois-je faire pour
les retrouver ?

Nadège Flament
""")

mail("contract_documents", False, "0026198B", "espace_acheteur", False, "fr",
     "The membership convention document opens as an empty file.",
     "Jean-Luc Bouchez <jean-luc.bouchez@ac-amiens.fr>", "Convention d'adhésion vide", "12-11 15:37", """\
Bonjour,

Quand j'ouvre la convention d'adhésion de notre lycée depuis l'Espace
Acheteur, le PDF est vide (0 Ko). Pouvez-vous la déposer à nouveau ?

Lycée Henri Martin, Saint-Quentin - 0026198B

J.-L. Bouchez
""")

mail("contract_documents", False, None, "espace_acheteur", False, "en",
     "English: cannot access the framework-agreement documents of a market. Non-academic sender, no region.",
     "Lisa Hartmann <lisa.hartmann@lille-intl-school.example.org>", "Cannot open framework agreement documents", "12-09 11:25", """\
Hello,

In the buyer space, the documents of the framework agreement for IT
equipment (2024-077) show "access denied" when I click on them. I need
the price schedule before placing our last order of the year.

Best regards,
Lisa Hartmann
Finance office, Lille International School
""", client="gmail")

# ===========================================================================
# Wrapping: headers, MIME structure, encodings
# ===========================================================================
import gzip  # noqa: E402
import uuid  # noqa: E402
from email.message import EmailMessage, Message  # noqa: E402

DESK = "support@assistance.example.fr"
TZ = datetime.timezone(datetime.timedelta(hours=1))


def _hex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _alnum(n, upper=True):
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if upper else \
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(rng.choice(chars) for _ in range(n))


def _uuid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _ip():
    return "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(2, 250))


def text_to_html(text, flavour):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = [htmlmod.escape(x, quote=False) for x in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    inner = "\n".join(out)
    if flavour == "gmail":
        return '<div dir="ltr">' + inner + "</div>\n"
    if flavour == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
                '</head>\n<body lang="FR" link="#0563C1">\n<div class="WordSection1">\n'
                + inner.replace("<p>", '<p class="MsoNormal">') + "\n</div>\n</body>\n</html>\n")
    if flavour == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto">' + inner + "</body></html>\n")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body>\n"
            + inner + "\n</body></html>\n")


def attachment_bytes(ctype, fname):
    if ctype == "application/gzip":
        xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback><report_metadata>"
               "<org_name>google.com</org_name><report_id>14728203881457201367</report_id>"
               "</report_metadata><policy_published><domain>assistance.example.fr</domain>"
               "<p>none</p></policy_published><record><row><source_ip>203.0.113.9</source_ip>"
               "<count>42</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim>"
               "<spf>pass</spf></policy_evaluated></row></record></feedback>\n")
        return gzip.compress(xml.encode(), mtime=0)
    if ctype == "application/pdf":
        return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + bytes(rng.getrandbits(8) for _ in range(600)) + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return b"PK\x03\x04" + bytes(rng.getrandbits(8) for _ in range(900))


def message_id(client, dom):
    if client in ("outlook", "android"):
        srv = "PR%dP264MB%04d" % (rng.randint(0, 3), rng.randint(1000, 9999))
        return "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (srv, _alnum(28), srv)
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % _alnum(44, upper=False)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10**8, 10**9), rng.randint(10**5, 10**6),
                                                 rng.randint(10**12, 10**13), dom)
    if client == "apple":
        return "<%s@%s>" % (_uuid().upper(), dom)
    if client == "none":
        return "<%s.%s@%s>" % (_hex(16), _hex(8), dom)
    return "<%s@%s>" % (_uuid(), dom)


def client_headers(client):
    if client == "tb":
        return [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")]
    if client == "oldtb":
        return [("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101 Thunderbird/52.9.1")]
    if client == "outlook":
        hs = [("Thread-Index", _alnum(30, upper=False) + "=="),
              ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
              ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
        if rng.random() < 0.5:
            hs.insert(0, ("X-Mailer", "Microsoft Outlook 16.0"))
        return hs
    if client == "android":
        return [("Thread-Index", _alnum(30, upper=False) + "=="), ("Accept-Language", "fr-FR, en-US"),
                ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "")]
    if client == "zimbra":
        return [("X-Originating-IP", "[10.%d.%d.%d]" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250))),
                ("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF132 (Win)/9.0.0_ZEXTRAS_20240927)")]
    if client == "apple":
        return [("X-Mailer", "iPhone Mail (22B91)")]
    return []


DEFAULT_FMT = {"tb": ["plain8"], "oldtb": ["latin1"], "outlook": ["alt_b64", "alt_qp"],
               "android": ["alt_b64"], "gmail": ["alt_qp"], "zimbra": ["qp", "alt_qp"],
               "apple": ["qp", "alt_qp"], "none": ["qp", "plain8"]}
HTML_FLAVOUR = {"outlook": "outlook", "android": "outlook", "gmail": "gmail", "apple": "apple"}


def build(m):
    name, addr = parseaddr(m["frm"])
    dom = addr.rsplit("@", 1)[1]
    month, rest = m["date"].split("-")
    day, hm = rest.split()
    hh, mm = hm.split(":")
    when = datetime.datetime(2024, int(month), int(day), int(hh), int(mm), rng.randint(0, 59), tzinfo=TZ)
    client = m["client"]
    fmt = m["fmt"] or rng.choice(DEFAULT_FMT[client])
    hdrs = dict(m["hdrs"])
    private = {k: hdrs.pop(k) for k in list(hdrs) if k.startswith("_")}

    msg = EmailMessage()
    msg["Return-Path"] = hdrs.pop("Return-Path", "<%s>" % addr)
    msg["Delivered-To"] = DESK
    if dom.endswith("assistance.example.fr"):
        relay = "localhost"
    elif client == "gmail":
        relay = "mail-ed1-f%d.google.com" % rng.randint(40, 70)
    else:
        relay = "smtp%d.%s" % (rng.randint(1, 6), dom)
    recv = when + datetime.timedelta(seconds=rng.randint(2, 40))
    msg["Received"] = " ".join(("from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
                       "\tfor <%s>; %s" % (relay, relay, _ip(), _alnum(15, upper=False), DESK, format_datetime(recv))).split())
    if m["auth"] == "pass":
        ar = ("mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n"
              "\tdmarc=pass (p=none dis=none) header.from=%s" % (dom, dom, dom))
    else:
        ar = ("mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom=%s;\n"
              "\tdmarc=fail (p=none dis=none) header.from=%s" % (dom, dom))
    msg["Authentication-Results"] = " ".join(ar.split())
    msg["From"] = formataddr((name, addr)) if name.isascii() else "%s <%s>" % (name, addr)
    to = m["to"] or rng.choice([DESK, "Assistance <%s>" % DESK, "support@assistance.example.fr"])
    msg["To"] = to
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id(client, dom)
    if "In-Reply-To" in hdrs and "References" not in hdrs:
        hdrs["References"] = hdrs["In-Reply-To"]
    for k, v in client_headers(client):
        if k not in hdrs:
            msg[k] = v
    for k, v in hdrs.items():
        msg[k] = v

    body = m["body"]
    flav = HTML_FLAVOUR.get(client, "plain")
    if fmt == "plain8":
        msg.set_content(body, cte="8bit")
        if client == "tb":
            msg.set_param("format", "flowed")
    elif fmt == "qp":
        msg.set_content(body, cte="quoted-printable")
    elif fmt == "b64":
        msg.set_content(body, cte="base64")
    elif fmt in ("latin1", "latin9"):
        cs = "iso-8859-1" if fmt == "latin1" else "iso-8859-15"
        msg.set_content(body, charset=cs, cte="8bit")
    elif fmt in ("alt_qp", "alt_b64"):
        cte = "quoted-printable" if fmt == "alt_qp" else "base64"
        msg.set_content(body, cte=cte)
        msg.add_alternative(m["html"] or text_to_html(body, flav), subtype="html", cte=cte)
    elif fmt == "html":
        msg.set_content(m["html"] or text_to_html(body, flav), subtype="html", cte="quoted-printable")
    elif fmt == "html1252":
        msg.set_content(m["html"] or text_to_html(body, "outlook").replace("utf-8", "windows-1252"),
                        subtype="html", charset="windows-1252", cte="quoted-printable")
    elif fmt == "attach":
        msg.set_content(body, cte="quoted-printable")
        ctype = private["_ctype"]
        maintype, subtype = ctype.split("/")
        msg.add_attachment(attachment_bytes(ctype, private["_fname"]), maintype=maintype,
                           subtype=subtype, filename=private["_fname"])
    elif fmt == "dsn":
        msg.set_content(body, cte="7bit" if body.isascii() else "quoted-printable")
        msg.make_mixed()
        msg.replace_header("Content-Type", msg["Content-Type"].replace("multipart/mixed", "multipart/report")
                           + '; report-type="delivery-status"')
        status = Message()
        status.set_type("message/delivery-status")
        per_msg = Message()
        per_msg["Reporting-MTA"] = "dns; " + ("mx1.assistance.example.fr" if "assistance" in dom else relay)
        per_msg["Arrival-Date"] = format_datetime(when - datetime.timedelta(hours=4))
        per_rcpt = Message()
        per_rcpt["Final-Recipient"] = "rfc822; " + private["_rcpt"]
        per_rcpt["Original-Recipient"] = "rfc822;" + private["_rcpt"]
        per_rcpt["Action"] = private["_action"]
        per_rcpt["Status"] = private["_status"]
        per_rcpt["Diagnostic-Code"] = private["_diag"]
        status.set_payload([per_msg, per_rcpt])
        msg.attach(status)
        orig = MIMEText("Return-Path: <%s>\nFrom: Assistance <%s>\nTo: %s\nSubject: %s\n"
                        "Message-ID: <SUP-%s@assistance.example.fr>\nDate: %s\n" % (
                            DESK, DESK, private["_rcpt"], private["_subject"], _hex(12),
                            format_datetime(when - datetime.timedelta(hours=4))),
                        "rfc822-headers", "us-ascii")
        msg.attach(orig)
    elif fmt == "mdn":
        msg.set_content(body, cte="quoted-printable")
        msg.make_mixed()
        msg.replace_header("Content-Type", msg["Content-Type"].replace("multipart/mixed", "multipart/report")
                           + '; report-type="disposition-notification"')
        mdn = MIMEText("Reporting-UA: %s; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\n"
                       "Original-Message-ID: <SUP-%s@assistance.example.fr>\n"
                       "Disposition: manual-action/MDN-sent-manually; displayed\n" % (dom, addr, _hex(12)),
                       "plain", "us-ascii")
        mdn.replace_header("Content-Type", "message/disposition-notification")
        msg.attach(mdn)
    else:
        raise ValueError(fmt)
    for part in msg.walk():
        if part.is_multipart():
            # fixed boundaries: the email package would otherwise draw them
            # from the global random generator
            part.set_boundary("----=_Part_%d_%s" % (rng.randint(10**5, 10**6), _hex(20)))
    return msg.as_bytes(policy=email.policy.default.clone(linesep="\n")), fmt


LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def write_all():
    order = list(range(len(MAILS)))
    random.Random(SEED * 7).shuffle(order)
    labels = []
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        fname = "h%03d.eml" % n
        raw, _fmt = build(m)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)
        addr = parseaddr(m["frm"])[1]
        labels.append(dict(file=fname, category=m["cat"], auto_reply_ok=m["ok"], uai=m["uai"],
                           region=region_for(m["uai"], addr), platform=m["plat"], hard=m["hard"],
                           lang=m["lang"], notes=m["notes"]))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps({k: lab[k] for k in LABEL_KEYS}, ensure_ascii=False) + "\n")


def all_text(msg):
    parts = [str(v) for _k, v in msg.items()]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            parts.append(part.get_content())
        elif ct in ("message/delivery-status",):
            parts.append(part.as_string())
    return "\n".join(parts)


def check_all():
    emls = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert emls == ["h%03d.eml" % i for i in range(1, 151)], "expected h001..h150"
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    assert len(labels) == 150
    assert [lab["file"] for lab in labels] == emls
    seen_ids = set()
    for lab in labels:
        assert list(lab) == LABEL_KEYS, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            assert msg[h] is not None, (lab["file"], h)
        assert msg["Message-ID"] not in seen_ids, lab["file"]
        seen_ids.add(msg["Message-ID"])
        text = all_text(msg)
        assert text.strip(), lab["file"]
        cat = lab["category"]
        assert cat in CATEGORIES, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if cat not in AUTO_ALLOWED:
            assert lab["auto_reply_ok"] is False, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en"), lab
        assert lab["notes"], lab
        sender = msg["From"].addresses[0].addr_spec
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), lab
            assert lab["uai"].lower() in text.lower(), (lab["file"], "UAI not in mail")
            assert lab["region"] == DEPT_TO_REGION[lab["uai"][:3]], lab
        else:
            dom = sender.rsplit("@", 1)[-1].lower()
            assert lab["region"] == DOMAIN_TO_REGION.get(dom), lab
        assert lab["region"] is None or lab["region"] in REGION_DEPTS, lab
    return labels


if __name__ == "__main__":
    assert len(MAILS) == 150, len(MAILS)
    write_all()
    labels = check_all()
    from collections import Counter
    counts = Counter(lab["category"] for lab in labels)
    print("150 mails written and checked")
    for cat in CATEGORIES:
        print("  %-32s %3d" % (cat, counts[cat]))
    print("  auto_reply_ok: %d, hard: %d, en: %d" % (
        sum(lab["auto_reply_ok"] for lab in labels), sum(lab["hard"] for lab in labels),
        sum(lab["lang"] == "en" for lab in labels)))
    sys.exit(0)

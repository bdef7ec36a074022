#!/usr/bin/env python3
"""Generate the holdout60 blind test corpus (150 mails + labels.jsonl).

Theme: very short, badly formed support mail sent in May 2026 from Grand Est,
Bourgogne-Franche-Comte, Occitanie and Provence-Alpes-Cote d'Azur: phone
one-liners, subject-only mails, voice-dictation errors, all caps, "cf. PJ"
screenshots, "toujours pas" / "c'est bon merci" replies, pupils and parents
at the wrong desk, a few long angry mails, automated mail, ~10 % English.

Standard library only, deterministic (random.Random with a fixed seed).
Every mail text below was written by hand; the code only wraps the texts in
the MIME structure and headers of the mail client each sender uses.

    python3 make_holdout60.py      # writes h001.eml .. h150.eml + labels.jsonl
"""
import base64
import datetime as dtm
import email
import email.policy
import html as htmlmod
import json
import os
import quopri
import random
import re
import struct
import uuid
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 60_2026_05
SUPPORT_ADDR = "support@assistance.example.fr"
SUPPORT = "Assistance <%s>" % SUPPORT_ADDR
CEST = dtm.timezone(dtm.timedelta(hours=2))
UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

# ---------------------------------------------------------------- taxonomy
PR = "password_reset"
MN = "missing_noreply_mail"
MIB = "mailinblack_spam"
HEAD = "head_of_establishment_request"
ACC = "account_creation"
SUB = "subscription_activation"
ORD = "order_billing"
DOC = "contract_documents"
TRF = "transfer_incident"
AUTO = "automated"
OTH = "other"
CATEGORIES = {PR, MN, MIB, HEAD, ACC, SUB, ORD, DOC, TRF, AUTO, OTH}
# categories whose default action is human_review or ignore: never auto_reply_ok
NEVER_AUTO = {HEAD, ORD, DOC, TRF, AUTO, OTH}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature", None}

RG = {
    "ge": "grand-est",
    "bfc": "bourgogne-franche-comte",
    "occ": "occitanie",
    "paca": "provence-alpes-cote-d-azur",
    None: None,
}
_REGION_TABLE = {
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
REGION_BY_DEPT = {}
REGION_BY_DOMAIN = {}
for _slug, (_depts, _domains) in _REGION_TABLE.items():
    for _d in _depts.split():
        REGION_BY_DEPT[_d if len(_d) == 3 else "0" + _d] = _slug
    for _dom in _domains.split():
        REGION_BY_DOMAIN[_dom] = _slug


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and UAI_LETTERS[int(code[:7]) % 23] == code[7]


# ---------------------------------------------------------------- desk answers quoted in replies
SIGN_DESK = "\n\nCordialement,\nL'équipe d'assistance"
RESET_SENT = ("Bonjour,\n\nUn lien de réinitialisation du mot de passe e-sidoc a été envoyé à "
              "l'adresse connue pour votre établissement (c***@ac-****.fr). Il est valable 12 heures."
              + SIGN_DESK)
HEAD_PROC = ("Bonjour,\n\nPour des raisons de sécurité, nous ne pouvons pas envoyer de lien de "
             "réinitialisation à une adresse qui n'est pas connue pour votre établissement.\n"
             "Le chef d'établissement doit nous adresser une demande écrite, de préférence depuis "
             "l'adresse officielle de l'établissement." + SIGN_DESK)
JUNK = ("Bonjour,\n\nLes messages automatiques sont envoyés depuis une adresse no-reply. Vérifiez "
        "votre dossier de courriers indésirables ; si vous les y trouvez, marquez-les comme "
        "légitimes et ajoutez l'expéditeur à vos contacts.\n\nSans amélioration sous 48 heures, "
        "répondez simplement à ce message." + SIGN_DESK)
MIB_GUIDE = ("Bonjour,\n\nVotre messagerie est protégée par MailInBlack. Ajoutez l'adresse "
             "no-reply@espace-acheteur.example.fr à la liste des expéditeurs autorisés (voir le "
             "guide « Autoriser un expéditeur dans MailInBlack »).\nVotre demande est également "
             "transmise à l'équipe de votre région, qui contactera votre service informatique."
             + SIGN_DESK)
ACTIV72 = ("Bonjour,\n\nLes abonnements sont activés dans un délai de 72 heures après la validation "
           "de la commande. Passé ce délai, répondez simplement à ce message en indiquant le "
           "numéro de commande." + SIGN_DESK)
TO_REGION = ("Bonjour,\n\nVotre demande a été transmise à l'équipe de votre région, qui vous "
             "répondra sous 48 heures." + SIGN_DESK)

# ---------------------------------------------------------------- mail definitions
MAILS = []


def M(cat, auto, uai, rg, plat, lang, hard, notes, **kw):
    """Record one hand-written mail and its label."""
    kw.update(cat=cat, auto=auto, uai=uai, rg=rg, plat=plat, lang=lang, hard=hard, notes=notes)
    MAILS.append(kw)


def R(ticket, topic, day, t, text):
    """An earlier answer of the desk that the mail replies to."""
    return dict(ticket=ticket, topic=topic, day=day, t=t, text=text)


def PNG(name, w=6, h=4, disp="attachment"):
    return dict(kind="png", name=name, w=w, h=h, disp=disp)


def PDF(name, title="Document"):
    return dict(kind="pdf", name=name, title=title)

# ================================================================ password_reset (30)
M(PR, True, "0671482X", "ge", "esidoc", "fr", False,
  "One-liner from an iPhone: lost e-sidoc password, UAI in the body.",
  frm=("Frédérique Koenig", "frederique.koenig@ac-strasbourg.fr"), client="iphone",
  day=4, t="07:52", subj="mdp esidoc",
  body="mdp oublié pour esidoc, college 0671482X merci")

M(PR, True, "0110729H", "occ", "esidoc", "fr", True,
  "Voice dictation from a Samsung phone: 'mode pass' (mot de passe), 'ésidoque' (e-sidoc), the UAI dictated as '0110729 h'. Lost password, UAI in the body; orange.fr sender, region from the UAI (Aude).",
  frm=("Gérard Py", "gerard.py@orange.fr"), client="samsung",
  day=4, t="18:31", subj="mode pass",
  body="bonjour j'ai perdu le mode pass pour le logiciel ésidoque du CDI du collège Jean Jaurès à Lézignan "
       "le code établissement c'est 0110729 h merci de me renvoyer un lien pour le changer")

M(PR, True, "0542218T", "ge", "esidoc", "fr", True,
  "The whole request is in the subject (with the UAI); the body is only a signature.",
  frm=("Sandrine Colin", "sandrine.colin@ac-nancy-metz.fr"), client="thunderbird",
  day=5, t="08:04", subj="MDP ESIDOC PERDU 0542218T",
  body="-- \nSandrine Colin\nProfesseure documentaliste\nCollège Jacques Callot - Vandœuvre-lès-Nancy\n03 83 00 00 00")

M(PR, True, "0830961U", "paca", "esidoc", "fr", True,
  "All caps; the UAI is only in the ce.<UAI>@ac-nice.fr sender address, written in lower case (ce.0830961u). The secretariat (not the head) asks for a new password on the official address: the safe reset path.",
  frm=("SECRETARIAT CLG", "ce.0830961u@ac-nice.fr"), client="outlook",
  day=5, t="10:17", subj="MOT DE PASSE",
  body="BONJOUR\n\nLA DOCUMENTALISTE N ARRIVE PLUS A SE CONNECTER A ESIDOC, MOT DE PASSE REFUSE.\n"
       "POUVEZ VOUS ENVOYER UN NOUVEAU MOT DE PASSE SUR CETTE ADRESSE.\n\nMERCI\nSECRETARIAT")

M(PR, True, "0681733P", "ge", "esidoc", "fr", True,
  "UAI written with spaces and labelled 'RNE' ('068 1733 P'); personal Gmail, region from the UAI (Haut-Rhin).",
  frm=("chloé muller", "chloe.muller68@gmail.com"), client="gmail",
  day=5, t="21:48", subj="esidoc",
  body="salut, enfin bonjour :)\nj'ai oublié mon mdp esidoc, j'ai essayé 10x\nRNE 068 1733 P\nmerci bcp\nChloé")

M(PR, True, "0341578F", "occ", "esidoc", "fr", False,
  "UAI only inside the portal address, in lower case (0341578f.esidoc.fr); the 'mot de passe oublié' link goes to an unknown address: the reset path via the official address applies.",
  frm=("ROUX Mathieu", "mathieu.roux@ac-montpellier.fr"), client="outlook_android",
  day=6, t="07:36", subj="connexion",
  body="Bjr impossible de me connecter au portail 0341578f.esidoc.fr , mdp refusé et le lien mdp oublié "
       "envoie sur une adresse que je connais pas. Merci")

M(PR, True, None, None, "esidoc", "fr", True,
  "UAI typed as 0131714R: wrong check letter (the digits give 0131714T), so no UAI; Gmail sender, so no region. A plain lost password: the automatic answer can only explain the head-of-establishment path.",
  frm=("Nadia Benali", "nadia.benali13@gmail.com"), client="gmail",
  day=6, t="12:02", subj="Mot de passe oublié",
  body="Bonjour,\nmot de passe esidoc oublié, notre code est 0131714R (lycée, Marseille 13e).\nMerci d'avance",
  wrong="0131714R")

M(PR, True, "0312693J", "occ", "esidoc", "en", False,
  "English, from an iPhone: forgotten e-sidoc password, school code given.",
  frm=("James Harris", "james.harris@ac-toulouse.fr"), client="iphone",
  day=6, t="16:40", subj="password",
  body="Hi, forgot my e-sidoc password. School code 0312693J.\nThanks\nJames")

M(PR, True, "0252451D", "bfc", "esidoc", "fr", False,
  "Account locked after three failed attempts; asks to unlock.",
  frm=("Anne-Laure Jeannin", "anne-laure.jeannin@ac-besancon.fr"), client="zimbra",
  day=7, t="13:25", subj="compte bloqué",
  body="compte esidoc bloqué apres 3 essais, c'est pour le collège 0252451D\nsvp debloquer ou renvoyer un mdp\nAL Jeannin")

M(PR, True, "0900265Z", "bfc", "esidoc", "fr", False,
  "The reset link expired before it was used; asks for a new one.",
  frm=("Julien Py", "julienpy90@laposte.net"), client="gmail",
  day=7, t="17:09", subj="lien expiré",
  body="Bonjour le lien de réinit a expiré avant que je clique (j'étais en cours toute la journée), "
       "vous pouvez en renvoyer un ? c'est pour 0900265Z\nJulien, prof doc")

M(PR, True, None, "ge", "esidoc", "fr", False,
  "Does not know what the 'identifiant' is nor the password; no UAI, region from the ac-reims.fr sender.",
  frm=("Marion Lefort", "marion.lefort@ac-reims.fr"), client="iphone",
  day=11, t="08:12", subj="identifiant",
  body="c quoi l'identifiant pour esidoc ?? et le mdp je l'ai pas non plus")

M(PR, False, None, "bfc", "esidoc", "fr", True,
  "Reply that only says 'toujours pas' on a password ticket whose automatic reset answer is quoted: the template was already sent, a person must take over. No UAI in the mail; region from ac-dijon.fr.",
  frm=("Pierre Lemaire", "pierre.lemaire@ac-dijon.fr"), client="outlook",
  day=11, t="09:47", reply=R("SUP-006211", "Mot de passe e-sidoc", 7, "15:03", RESET_SENT),
  body="toujours pas\n\nP. Lemaire\nCollège Montchapet")

M(PR, False, "0820421M", "occ", "esidoc", "fr", True,
  "Two topics in two lines: lost e-sidoc password (first) and an invoice that does not match the quote (order_billing). A single template would answer only half.",
  frm=("Garnier Cécile", "cecile.garnier@ac-toulouse.fr"), client="outlook",
  day=11, t="14:20", subj="2 questions",
  body="Bonjour,\n2 choses :\n1) mdp esidoc oublié (0820421M)\n2) on a reçu la facture de l'abonnement "
       "mais le montant n'est pas celui du devis\nMerci\nC. Garnier")

M(PR, True, "0062019M", "paca", "esidoc", "fr", False,
  "Long angry mail for contrast: third attempt, the 'forgotten password' link mails her predecessor's address; all she needs is a new password, UAI in the signature. The FAQ reset path (official address) fits.",
  frm=("Hélène Marchetti", "helene.marchetti@ac-nice.fr"), client="thunderbird",
  day=12, t="22:37", subj="TROISIEME demande - acces esidoc",
  body="Bonjour,\n\n"
       "C'est la troisième fois que j'écris à ce sujet et je commence sérieusement à perdre patience.\n\n"
       "Depuis la rentrée des vacances de printemps je n'ai plus accès à e-sidoc. Le mot de passe que "
       "j'utilisais depuis deux ans est refusé, et quand je clique sur « mot de passe oublié », le lien part "
       "sur l'adresse de ma prédécesseure, partie à la retraite en 2023, que personne ne consulte évidemment.\n\n"
       "Pendant ce temps : les élèves de 3e ne peuvent plus réserver les livres pour le brevet, je ne peux "
       "pas faire l'inventaire de fin d'année, je ne peux pas publier les nouveautés, et on me demande à la "
       "direction pourquoi le portail n'est plus à jour. Je passe pour quoi, moi ?\n\n"
       "Je ne demande pourtant pas grand-chose : un nouveau mot de passe, envoyé où vous voulez tant que "
       "quelqu'un de l'établissement peut le lire. Le secrétariat est prêt à me le transmettre.\n\n"
       "Merci de me répondre CETTE fois.\n\n"
       "Hélène Marchetti\nProfesseure documentaliste\nCollège Jean Giono, Nice - UAI 0062019M")

M(PR, True, "0711582J", "bfc", "espace_acheteur", "fr", False,
  "Espace Acheteur password lost, and the account's address is the retired predecessor's. UAI both in the int.<UAI> sender and the body.",
  frm=("Intendance Lycée Mathias", "int.0711582J@ac-dijon.fr"), client="outlook",
  day=12, t="11:05", subj="mdp espace acheteur",
  body="Bonjour,\nmdp espace acheteur perdu. L'adresse du compte c'est celle de mon prédécesseur (parti à la "
       "retraite en mars).\nEtablissement 0711582J.\nCdt\nM. Bernard, gestionnaire")

M(PR, True, None, None, "ticket_portal", "fr", False,
  "Lost password for the ticket portal; Gmail sender, no UAI.",
  frm=("Thierry Sanchez", "thierry.sanchez.pro@gmail.com"), client="gmail",
  day=12, t="15:58", subj="portail tickets",
  body="Bonjour je n'arrive plus a me connecter au portail des tickets, mdp oublié. comment on fait ?")

M(PR, True, "0573214J", "ge", "esidoc", "fr", True,
  "'cf pj' with only an iPhone screenshot of the error and one line: wrong password every time; UAI given.",
  frm=("Laurent Schmitt", "laurent.schmitt@ac-nancy-metz.fr"), client="iphone",
  day=13, t="07:44", subj="esidoc",
  body="cf pj, mot de passe incorrect a chaque fois. 0573214J",
  attach=[PNG("IMG_4471.PNG", 9, 16, "inline")])

M(PR, True, "0300877R", "occ", "esidoc", "fr", False,
  "Password expired and the old one forgotten.",
  frm=("Delphine Arnaud", "delphine.arnaud@ac-montpellier.fr"), client="zimbra",
  day=13, t="10:31", subj="mot de passe expiré",
  body="Bonjour,\nesidoc me dit 'votre mot de passe a expiré' et je ne me souviens plus de l'ancien pour le changer.\n"
       "Coll. Diderot 0300877R\nMerci")

M(PR, True, "0133305X", "paca", "esidoc", "fr", True,
  "Dictation/typo 'e6doc' for e-sidoc; lost password, UAI given.",
  frm=("Karim Haddad", "karim.haddad@ac-aix-marseille.fr"), client="outlook_android",
  day=13, t="12:55", subj="e6doc",
  body="mot de passe e6doc oublié svp lycée 0133305X")

M(PR, True, "0214120P", "bfc", "esidoc", "fr", False,
  "Replacement librarian during a maternity leave: 'je connais pas le mdp' (never had it).",
  frm=("Emma Vuillemin", "emma.vuillemin21@gmail.com"), client="gmail",
  day=15, t="09:12", subj="remplacement CDI",
  body="Bonjour,\nje remplace la doc en congé mat depuis lundi et je connais pas le mdp d'esidoc, "
       "personne au collège ne l'a. UAI 0214120P.\nComment je fais ?\nEmma Vuillemin")

M(PR, True, "0881390H", "ge", "esidoc", "fr", True,
  "No subject, SMS style, UAI in lower case.",
  frm=("jean-marc thiebaut", "jmarc.thiebaut@free.fr"), client="roundcube",
  day=16, t="10:03", subj="",
  body="reset mdp esidoc stp 0881390h\nJM")

M(PR, True, "0542990G", "ge", "esidoc", "fr", False,
  "HTML-only Outlook (windows-1252, quoted-printable): the colleague left, nobody has the e-sidoc password.",
  frm=("AUBERT Valérie", "valerie.aubert@ac-nancy-metz.fr"), client="outlook_html",
  day=18, t="08:26", subj="Accès e-sidoc",
  body="Madame, Monsieur,\n\nSuite au départ de ma collègue, je ne dispose pas du mot de passe du compte "
       "e-sidoc de l’établissement (UAI 0542990G).\nPourriez-vous m’indiquer la marche à suivre ?\n\n"
       "Bien cordialement,\n\nValérie Aubert\nProfesseure documentaliste – Collège Louis Pergaud")

M(PR, True, "0840412S", "paca", "esidoc", "en", False,
  "English, three words from Outlook for iOS: password reset, UAI given.",
  frm=("Ben Carter", "ben.carter.avignon@gmail.com"), client="outlook_ios",
  day=18, t="13:14", subj="e-sidoc",
  body="pwd reset pls, e-sidoc, 0840412S")

M(PR, True, "0460503X", "occ", "esidoc", "fr", True,
  "The UAI is only in the subject, lower case with spaces ('0460 503 x'); the body is one word plus the iPhone signature. Lot (46).",
  frm=("Brigitte Cassagne", "brigitte.cassagne@ac-toulouse.fr"), client="iphone",
  day=19, t="07:58", subj="mdp esidoc 0460 503 x",
  body="merci")

M(PR, True, "0132468M", "paca", "esidoc", "fr", True,
  "Contrast: 'pas le mail d'activation' (that one arrived), it is the password she forgot: password_reset, not missing_noreply_mail.",
  frm=("Sophie Giraud", "sophie.giraud@ac-aix-marseille.fr"), client="gmail",
  day=19, t="11:40", subj="esidoc",
  body="bonjour, c'est pas le mail d'activation, ça je l'ai bien reçu en septembre. c'est le mdp que j'ai "
       "oublié depuis :(\n0132468M")

M(PR, False, "0300411J", "occ", "ecoledirecte", "fr", True,
  "Negation: not the daily maintenance password (transfer_incident) but the EcoleDirecte administrator password, which is lost. No reset template exists for this product, so a person answers.",
  frm=("Secrétariat Saint-Joseph", "secretariat@stjoseph-nimes.fr"), client="outlook",
  day=19, t="16:22", subj="mot de passe administrateur",
  body="Bonjour,\nJe ne parle pas du mot de passe de maintenance du jour : c'est le mot de passe du compte "
       "administrateur EcoleDirecte que nous avons perdu.\nEtablissement 0300411J\nMerci\nSecrétariat")

M(PR, True, "0510463B", "ge", "esidoc", "fr", True,
  "Names 'mail in black' only to say it is NOT the problem: she simply forgot her password.",
  frm=("Claire Dupuis", "claire.dupuis@ac-reims.fr"), client="iphone",
  day=20, t="12:33", subj="mdp",
  body="bonjour, c pas un pb de mail in black comme la dernière fois, j'ai juste oublié mon mdp esidoc 😅 "
       "college 0510463B")

M(PR, True, None, None, "esidoc", "fr", False,
  "New librarian on a Sunday evening from Gmail: nobody has the e-sidoc password; no UAI, no académie domain.",
  frm=("Léa Bourgeois", "lea.bourgeois.doc@gmail.com"), client="gmail",
  day=24, t="21:40", subj="mot de passe esidoc",
  body="Bonsoir,\nje suis la nouvelle prof doc au collège, personne n'a le mot de passe d'esidoc. "
       "Comment on fait ?\nLéa\nCollège Pasteur, Lons-le-Saunier")

M(PR, True, None, None, "espace_acheteur", "fr", True,
  "Dictation error 'espace à chetteur' (Espace Acheteur); a buyer at a town hall forgot the password she changed last week.",
  frm=("Comptabilité Mairie", "compta@mairie-saint-affrique.fr"), client="iphone",
  day=26, t="14:05", subj="mot de passe",
  body="Bonjour mon mot de passe pour l'espace à chetteur ne marche plus je l'ai changé la semaine dernière "
       "et impossible de m'en souvenir merci de me dire comment faire")

M(PR, True, "0711049E", "bfc", "esidoc", "fr", False,
  "Outlook for Android (base64 text and HTML): lost password, asks for the link on the official ce. address.",
  frm=("Nicolas Perret", "nicolas.perret@ac-dijon.fr"), client="outlook_android",
  day=27, t="08:49", subj="Mot de passe",
  body="Bonjour mot de passe oublié pour le lycée, UAI 0711049E, merci de renvoyer le lien sur l'adresse ce. "
       "du lycée.\nN. Perret")

# ================================================================ missing_noreply_mail (16)
M(MN, True, None, None, "espace_acheteur", "fr", False,
  "iPhone one-liner: the Espace Acheteur activation mail never came.",
  frm=("Aurélie Fabre", "aurelie.fabre34@gmail.com"), client="iphone",
  day=4, t="09:21", subj="activation",
  body="pas recu le mail d'activation espace acheteur depuis hier")

M(MN, True, None, "occ", "espace_acheteur", "fr", True,
  "Negation: 'ce n'est pas le mdp', it is the activation mail that never arrives. Region from ac-toulouse.fr.",
  frm=("Bruno Pujol", "bruno.pujol@ac-toulouse.fr"), client="outlook",
  day=5, t="11:12", subj="compte espace acheteur",
  body="Bonjour,\nce n'est pas le mdp qui pose pb, c'est le mail d'activation qui n'arrive jamais.\nMerci\nB. Pujol")

M(MN, True, None, None, "espace_acheteur", "fr", True,
  "Names Mailinblack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam.",
  frm=("Patricia Lopez", "p.lopez.gestion@gmail.com"), client="gmail",
  day=6, t="14:47", subj="lien de confirmation",
  body="Bonjour,\nJe me suis inscrite sur l'espace acheteur lundi et le lien de confirmation ne m'arrive pas.\n"
       "Avant que vous me parliez de Mailinblack : on ne l'a pas, notre messagerie c'est Gmail.\n"
       "Merci\nPatricia Lopez")

M(MN, True, None, None, "ticket_portal", "en", False,
  "English, terse: the ticket portal's confirmation mail (to set a password) never came.",
  frm=("Olivia Grant", "olivia.grant@bilingual-school-montpellier.fr"), client="outlook",
  day=6, t="16:03", subj="ticket portal - no confirmation email",
  body="Hello,\nnever got the confirmation email to set my password on the ticket portal. Checked spam.\nOlivia")

M(MN, True, None, "occ", "espace_acheteur", "fr", True,
  "Subject only, empty body: the Espace Acheteur confirmation mail was never received.",
  frm=("Laure Fabre", "laure.fabre@ac-montpellier.fr"), client="zimbra",
  day=7, t="08:40", subj="mail de confirmation jamais reçu (espace acheteur)",
  body="")

M(MN, True, None, "bfc", None, "fr", True,
  "Dictation 'mode pass': she clicked 'mot de passe oublié' three times and the new-password mail never arrives. The taxonomy puts a missing new-password mail under missing_noreply_mail; no product named.",
  frm=("Anne Ricard", "anne.ricard@ac-besancon.fr"), client="iphone",
  day=7, t="19:26", subj="mode pass oublié",
  body="j'ai cliqué sur mode pass oublié 3 fois et je reçois jamais le mail pour le changer")

M(MN, False, None, "occ", "espace_acheteur", "fr", True,
  "Reply 'toujours rien' to the junk-folder answer (quoted, Zimbra style): the template was already sent, a person must follow up.",
  frm=("Marc Vidal", "marc.vidal@ac-montpellier.fr"), client="zimbra",
  day=12, t="09:02", reply=R("SUP-006304", "Mail d'activation non reçu", 7, "11:20", JUNK),
  body="toujours rien")

M(MN, True, "0672906V", "ge", "espace_acheteur", "fr", False,
  "New-password mail of the Espace Acheteur never arrives, nothing in junk either; UAI in the signature.",
  frm=("WEBER Isabelle", "isabelle.weber@ac-strasbourg.fr"), client="outlook",
  day=12, t="13:38", subj="Nouveau mot de passe espace acheteur",
  body="Bonjour,\nj'ai fait une demande de nouveau mot de passe sur l'espace acheteur, le mail n'arrive pas. "
       "Rien dans les spams non plus.\nMerci\n\nIsabelle Weber\nGestionnaire - Collège Lucie Berger (0672906V)")

M(MN, True, None, "paca", "espace_acheteur", "fr", True,
  "Dictation 'espace à chetteur': the structure administrator no longer receives the 'account to validate' notifications.",
  frm=("Olivier Bonnet", "olivier.bonnet@ac-nice.fr"), client="iphone",
  day=13, t="17:45", subj="notifications",
  body="bonjour je reçois plus les notifications de l'espace à chetteur depuis le 1er mai quand un collègue "
       "demande un compte, c'est moi l'administrateur")

M(MN, True, None, None, "espace_acheteur", "fr", False,
  "All caps: no automatic mail at all from the Espace Acheteur; asks which address to allow. No product named.",
  frm=("DENIS FAURE", "denis.faure83@orange.fr"), client="roundcube",
  day=15, t="15:16", subj="AUCUN MAIL",
  body="AUCUN MAIL DE L ESPACE ACHETEUR NE M ARRIVE, NI L ACTIVATION NI RIEN.\n"
       "C EST QUOI L ADRESSE A AUTORISER ?")

M(MN, True, "0710934E", "bfc", "esidoc", "fr", True,
  "UAI only in the ce.<UAI>@ac-dijon.fr sender: the e-sidoc customer-account activation link never reaches the school's address.",
  frm=("Collège Saint-Exupéry", "ce.0710934E@ac-dijon.fr"), client="outlook",
  day=18, t="10:10", subj="lien d'activation compte client",
  body="Bonjour,\nLe lien d'activation du compte client e-sidoc n'arrive pas sur cette adresse (adresse du collège).\n"
       "Merci de vérifier.\nLe secrétariat")

M(MN, True, None, "ge", "espace_acheteur", "fr", True,
  "'cf capture': screenshot of an empty inbox and one line; no mail from the Espace Acheteur. Region from ac-reims.fr.",
  frm=("Nathalie Gérard", "nathalie.gerard@ac-reims.fr"), client="iphone",
  day=19, t="08:07", subj="pas de mail",
  body="cf capture, boite vide, pas de mail de l'espace acheteur",
  attach=[PNG("IMG_2203.PNG", 9, 16, "inline")])

M(MN, True, None, None, "espace_acheteur", "fr", True,
  "HTML-only Outlook (windows-1252): suspects the county's strict anti-spam filter but names no product and describes no challenge: missing_noreply_mail.",
  frm=("Service achats - Département", "achats@cd-herault-example.fr"), client="outlook_html",
  day=20, t="14:52", subj="Mail pour définir le mot de passe",
  body="Bonjour,\n\nLe mail pour définir mon mot de passe sur l’Espace Acheteur n’est jamais arrivé.\n"
       "Notre filtre antispam départemental est très strict, je pense que vos mails automatiques sont bloqués.\n\n"
       "Quelle adresse faut-il faire autoriser ?\n\nCordialement,\nSylvie Marty\nService achats")

M(MN, False, "0810647N", "occ", "espace_acheteur", "fr", True,
  "Two topics: activation mail not received (first, main) and a quote (devis) request (order_billing).",
  frm=("Jérôme Alibert", "jerome.alibert@ac-toulouse.fr"), client="gmail",
  day=21, t="09:33", subj="activation + devis",
  body="Bonjour\nle mail d'activation de l'espace acheteur n'est jamais arrivé.\n"
       "et au passage il me faudrait un devis pour les abonnements de la rentrée\n"
       "merci\nJ. Alibert - lycée Bellevue 0810647N")

M(MN, True, None, None, "espace_acheteur", "fr", False,
  "Samsung mail (base64): account validated by the administrator yesterday, the first-login link never came.",
  frm=("Christelle Roche", "christelle.roche@laposte.net"), client="samsung",
  day=22, t="07:18", subj="lien premiere connexion",
  body="Bonjour, mon compte a été validé par l'administrateur hier mais le mail avec le lien de première "
       "connexion n'est pas arrivé. Merci")

M(MN, True, None, None, None, "en", False,
  "English, terse, from a non-academic domain: no activation email, junk checked; no product named.",
  frm=("Procurement Office", "procurement@cis-sophia.fr"), client="outlook",
  day=26, t="10:44", subj="No activation email",
  body="No activation email received. Checked junk. Please resend.\n\nProcurement office")

# ================================================================ mailinblack_spam (12)
M(MIB, True, None, "occ", None, "fr", False,
  "Dictation splits the product name: 'mail in black'. From an iPhone; region from ac-montpellier.fr.",
  frm=("Fanny Rouquette", "fanny.rouquette@ac-montpellier.fr"), client="iphone",
  day=4, t="12:50", subj="mails bloqués",
  body="vos mails sont bloqués par mail in black je fais comment")

M(MIB, True, None, "ge", None, "fr", True,
  "All caps, subject only, empty body: MailInBlack blocks the activation mail.",
  frm=("Eric Lambert", "eric.lambert@ac-reims.fr"), client="outlook",
  day=5, t="07:30", subj="MAILINBLACK BLOQUE LE MAIL D ACTIVATION",
  body="")

M(MIB, True, None, "ge", "espace_acheteur", "en", False,
  "English; Espace Acheteur activation mails held in the Mailinblack quarantine; asks what to allow-list.",
  frm=("Tom Becker", "tom.becker@ac-strasbourg.fr"), client="gmail",
  day=6, t="10:58", subj="Mailinblack quarantine",
  body="Hi,\nour Espace Acheteur activation emails are stuck in Mailinblack quarantine. "
       "What address should we whitelist?\nTom")

M(MIB, False, None, "paca", None, "fr", True,
  "The sender-authentication challenge is described ('l'expéditeur doit confirmer qu'il n'est pas un robot') without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person checks first.",
  frm=("Valérie Mounier", "valerie.mounier@ac-aix-marseille.fr"), client="outlook_android",
  day=7, t="11:44", subj="mail d'activation",
  body="Bonjour je reçois un message 'message en attente, l'expéditeur doit confirmer qu'il n'est pas un robot' "
       "et votre mail d'activation n'arrive jamais. Merci")

M(MIB, True, None, None, None, "fr", False,
  "Typo 'mail inblack'; Samsung mail (base64); sfr.fr sender.",
  frm=("Stéphane Martin", "steph.martin@sfr.fr"), client="samsung",
  day=11, t="18:12", subj="quarantaine",
  body="mail inblack a mis vos messages en quarantaine comment je les recupere")

M(MIB, True, "0890877V", "bfc", None, "fr", True,
  "Contrast: not in the junk folder (checked), it is Mailinblack that holds the mails.",
  frm=("Agnès Moreau", "agnes.moreau@ac-dijon.fr"), client="outlook",
  day=12, t="10:27", subj="vos mails",
  body="Bonjour,\npas dans les spams (j'ai regardé), c'est Mailinblack qui les garde.\n"
       "Agnès Moreau - collège 0890877V")

M(MIB, True, None, "occ", "espace_acheteur", "fr", False,
  "Forward (Zimbra) of the daily Mailinblack quarantine report with a two-word question: the forwarded part is machine text, the outer message a real question.",
  frm=("Yannick Barthe", "yannick.barthe@ac-toulouse.fr"), client="zimbra",
  day=13, t="08:15", subj="TR: Rapport de quarantaine Mailinblack",
  body="c normal ? je les libère ?\n\n----- Mail transféré -----\n"
       "De: \"Mailinblack\" <quarantaine@protect.ac-toulouse-example.fr>\n"
       "À: \"yannick barthe\" <yannick.barthe@ac-toulouse.fr>\n"
       "Envoyé: Mercredi 13 Mai 2026 06:00:02\nObjet: Rapport de quarantaine Mailinblack\n\n"
       "Vous avez 3 messages en attente dans votre quarantaine :\n"
       "- no-reply@espace-acheteur.example.fr : Activez votre compte\n"
       "- no-reply@espace-acheteur.example.fr : Activez votre compte (rappel)\n"
       "- promo@librairie-example.fr : -20% sur les mangas\n\n"
       "Pour délivrer un message, cliquez sur « Libérer ».")

M(MIB, False, "0061285P", "paca", None, "fr", True,
  "Two topics: mails blocked by MailInBlack (main, first) and a quote request (order_billing).",
  frm=("Paul Ferrero", "paul.ferrero@ac-nice.fr"), client="gmail",
  day=15, t="14:09", subj="2 trucs",
  body="Bonjour,\n- mailinblack bloque tous vos mails, je reçois rien\n"
       "- il nous faudrait aussi un devis pour l'année prochaine\nmerci\nP. Ferrero, 0061285P")

M(MIB, True, None, None, "espace_acheteur", "fr", False,
  "The IT department of a town asks which domains and IPs to allow-list in Mailinblack.",
  frm=("DSI Mairie de Lunel", "dsi@mairie-lunel-example.fr"), client="outlook",
  day=18, t="09:55", subj="Liste blanche Mailinblack",
  body="Bonjour,\nQuels domaines et IP dois-je ajouter en liste blanche Mailinblack pour les envois de "
       "l'Espace Acheteur ?\nCdt\nDSI")

M(MIB, False, None, "bfc", None, "fr", True,
  "Reply 'toujours bloqué' quoting the MailInBlack guide: the template was already sent, a person follows up.",
  frm=("Hervé Girardot", "herve.girardot@ac-besancon.fr"), client="iphone",
  day=20, t="16:30", reply=R("SUP-006377", "Mails bloqués", 18, "10:02", MIB_GUIDE),
  body="toujours bloqué")

M(MIB, True, None, "ge", None, "fr", True,
  "'cf capture mailinblack': a screenshot of the quarantine and one line; nothing else.",
  frm=("Muriel Koch", "muriel.koch@ac-strasbourg.fr"), client="iphone",
  day=21, t="13:21", subj="blocage",
  body="cf capture mailinblack",
  attach=[PNG("IMG_0918.PNG", 9, 16, "inline")])

M(MIB, True, "0551047P", "ge", "espace_acheteur", "fr", False,
  "Long angry mail for contrast: since the rectorat rolled out Mailinblack nothing arrives, an order deadline was missed. The MailInBlack guide is the right answer.",
  frm=("Dominique Henry", "dominique.henry@ac-nancy-metz.fr"), client="outlook",
  day=27, t="17:52", subj="Ras le bol - aucun mail de votre plateforme",
  body="Bonjour,\n\n"
       "Depuis que le rectorat a installé Mailinblack sur nos boîtes en avril, je ne reçois plus RIEN de "
       "l'Espace Acheteur : ni les confirmations de commande, ni les mails d'activation des collègues, ni les "
       "alertes sur les marchés.\n\n"
       "Résultat, nous avons raté la date limite de la commande groupée de manuels, et c'est moi qui dois "
       "l'expliquer au principal et aux collègues de lettres.\n\n"
       "J'ai appelé le rectorat, qui me dit que c'est à vous de \"vous faire autoriser\". Vous me dites "
       "peut-être le contraire. En attendant je suis au milieu et je n'ai toujours aucun mail.\n\n"
       "Je voudrais une réponse claire : quelle adresse exacte faut-il autoriser, et qui doit le faire ?\n\n"
       "Dominique Henry\nGestionnaire - Collège Raymond Poincaré, Bar-le-Duc (0551047P)")

# ================================================================ head_of_establishment_request (10)
M(HEAD, False, "0101257M", "ge", "esidoc", "fr", False,
  "All caps from the ce.<UAI>@ac-reims.fr address: the principal asks in writing for a reset of the e-sidoc administrator password, to be sent to the official address.",
  frm=("COLLEGE PIERRE BROSSOLETTE", "ce.0101257M@ac-reims.fr"), client="outlook",
  day=4, t="10:45", subj="DEMANDE DU PRINCIPAL",
  body="MADAME, MONSIEUR,\n\nEN TANT QUE PRINCIPAL DU COLLEGE JE VOUS DEMANDE DE REINITIALISER LE MOT DE PASSE "
       "ADMINISTRATEUR ESIDOC ET DE L ENVOYER SUR CETTE ADRESSE.\n\nLE PRINCIPAL\nM. BERTRAND")

M(HEAD, False, None, "occ", "esidoc", "fr", False,
  "The proviseur confirms from his phone, in one line, that the librarian may validate the e-sidoc subscription order: a written authorisation. No UAI; region from ac-montpellier.fr.",
  frm=("Jean-Pierre Navarro", "jean-pierre.navarro@ac-montpellier.fr"), client="iphone",
  day=5, t="18:03", subj="autorisation commande",
  body="Je vous confirme que Mme Lopez peut valider la commande d'abonnements esidoc pour le lycée.\n"
       "JP Navarro, proviseur")

M(HEAD, False, None, None, "esidoc", "fr", True,
  "A primary-school head (directrice) writes from Gmail to change the e-sidoc administrator: weak evidence, staff must verify. No UAI, no académie domain.",
  frm=("Corinne Mathey", "corinne.mathey39@gmail.com"), client="gmail",
  day=6, t="20:15", subj="changement admin",
  body="Bonjour,\nje suis la directrice de l'école élémentaire des Tilleuls à Dole. Mme Perrin n'est plus "
       "administratrice d'esidoc (mutée), merci de mettre Mme Girard à sa place.\nCordialement\nC. Mathey")

M(HEAD, False, "0133978D", "paca", "esidoc", "en", False,
  "English; the head of school, from the ce.<UAI> address, names the new e-sidoc administrator.",
  frm=("Head of School", "ce.0133978D@ac-aix-marseille.fr"), client="outlook",
  day=7, t="09:18", subj="New e-sidoc administrator",
  body="Dear support,\n\nI hereby authorise our new librarian, Ms Sarah Green, to become the administrator of "
       "our e-sidoc account, replacing Mr Paul Roux who left in April.\n\nRegards,\nHead of School")

M(HEAD, False, "0251876D", "bfc", "esidoc", "fr", True,
  "Reply on a password ticket (quoted head-procedure answer): the principal now gives the written request the desk asked for. The new message is a head-of-establishment request, not the ticket's password_reset.",
  frm=("Françoise Mercier", "francoise.mercier@ac-besancon.fr"), client="zimbra",
  day=11, t="11:31", reply=R("SUP-006178", "Mot de passe e-sidoc", 6, "14:40", HEAD_PROC),
  body="Bonjour,\nJe suis la principale du collège Victor Hugo (0251876D) et je confirme la demande de ma "
       "documentaliste. Merci de réinitialiser le mot de passe.\nF. Mercier")

M(HEAD, False, "0061910U", "paca", "espace_acheteur", "fr", True,
  "The whole request is in the subject (change of Espace Acheteur administrator); the body is only the principal's signature with the UAI; ce.<UAI> sender.",
  frm=("Collège Les Eucalyptus", "ce.0061910U@ac-nice.fr"), client="outlook",
  day=12, t="08:58", subj="Changement administrateur espace acheteur : Mme Durand remplace M. Petit",
  body="Le Principal\nCollège Les Eucalyptus, Nice\nRNE 0061910U")

M(HEAD, False, None, "ge", "esidoc", "fr", True,
  "Dictated on a phone with the punctuation words spoken ('virgule', 'point') and 'ésidoque': the proviseur asks to change the contact address of the e-sidoc account. No UAI; region from ac-reims.fr.",
  frm=("Alain Collet", "alain.collet@ac-reims.fr"), client="iphone",
  day=13, t="12:10", subj="adresse contact",
  body="Bonjour je suis le proviseur du lycée Gustave Eiffel de Reims je vous demande de changer l'adresse "
       "mail de contact du compte ésidoque virgule il faut mettre l'adresse du CDI point merci")

M(HEAD, False, "0342204L", "occ", "espace_acheteur", "fr", True,
  "The body gives 0342204M (wrong check letter: the digits give 0342204L) but the ce.0342204L@ac-montpellier.fr sender carries the valid UAI, which is the label. The principal delegates order validation.",
  frm=("Collège Jean Moulin", "ce.0342204L@ac-montpellier.fr"), client="outlook",
  day=15, t="10:02", subj="délégation",
  body="Je soussigné, principal du collège Jean Moulin (UAI 0342204M), autorise Mme Sabatier, gestionnaire, "
       "à valider les commandes de l'établissement sur l'Espace Acheteur.\nM. Castel, principal",
  wrong="0342204M")

M(HEAD, False, "0212033W", "bfc", "espace_acheteur", "fr", True,
  "Probable spoof: a 'proviseur' writing from Gmail, urgent, asks for the administrator password of the Espace Acheteur to be sent to that Gmail address. Still a head-of-establishment request for the queue, where staff should refuse it.",
  frm=("Proviseur Lycée Monge", "proviseur.lycee.monge@gmail.com"), client="gmail",
  day=19, t="06:52", subj="URGENT",
  body="URGENT envoyez moi le mot de passe administrateur de l'espace acheteur sur cette adresse, "
       "je suis en déplacement et je dois valider une commande aujourd'hui.\n"
       "Le proviseur\nLycée Gaspard Monge - 0212033W")

M(HEAD, False, "0831744V", "paca", "esidoc", "fr", False,
  "Long angry mail for contrast: the proviseur demands, in writing, a reset of the e-sidoc administrator password and a new contact address (the ce. one) because a departed librarian still has access.",
  frm=("Christian Bellanger", "christian.bellanger@ac-nice.fr"), client="outlook",
  day=21, t="19:24", subj="Acces e-sidoc - demande du proviseur (3 semaines sans reponse)",
  body="Madame, Monsieur,\n\n"
       "Je vous ai déjà écrit le 29 avril. Trois semaines plus tard, aucune réponse, et la situation est la "
       "suivante : la documentaliste qui a quitté l'établissement dans les conditions que vous imaginez dispose "
       "toujours des accès administrateur de notre portail e-sidoc. Elle s'y est connectée la semaine dernière.\n\n"
       "En ma qualité de proviseur, je vous demande donc formellement :\n"
       "- de réinitialiser immédiatement le mot de passe administrateur ;\n"
       "- de remplacer l'adresse de contact du compte par l'adresse officielle de l'établissement, "
       "ce.0831744V@ac-nice.fr.\n\n"
       "Je ne comprends pas qu'une demande de cette nature reste sans suite pendant trois semaines. Je me "
       "réserve d'en informer les services du rectorat.\n\n"
       "Christian Bellanger\nProviseur\nLycée Dumont d'Urville, Toulon")

# ================================================================ account_creation (10)
M(ACC, True, None, None, "espace_acheteur", "fr", False,
  "iPhone one-liner: wants to create an Espace Acheteur account.",
  frm=("Kevin Roussel", "kevin.roussel@hotmail.fr"), client="iphone",
  day=4, t="14:37", subj="compte",
  body="creer compte espace acheteur stp, je suis le nouveau gestionnaire")

M(ACC, True, None, "bfc", "espace_acheteur", "fr", False,
  "Account waiting for validation since Monday (FAQ case).",
  frm=("Sandra Voisin", "sandra.voisin@ac-dijon.fr"), client="outlook_android",
  day=7, t="16:11", subj="compte en attente",
  body="compte en attente de validation depuis lundi sur l'espace acheteur, normal ?")

M(ACC, False, "0311146C", "occ", "espace_acheteur", "fr", False,
  "Asks who the structure's administrator is: a look-up, a person answers.",
  frm=("Mélanie Estève", "melanie.esteve@ac-toulouse.fr"), client="gmail",
  day=11, t="10:55", subj="admin ??",
  body="c qui l'admin de notre structure ?? il faut qu'il valide mon compte et personne sait\n0311146C")

M(ACC, True, "0680051L", "ge", "espace_acheteur", "fr", True,
  "Negation: she has not forgotten a password, she never had an account: account_creation, not password_reset.",
  frm=("Catherine Wolff", "catherine.wolff@ac-strasbourg.fr"), client="iphone",
  day=12, t="07:26", subj="mot de passe",
  body="je n'ai pas oublié de mdp, je n'ai jamais eu de compte ! je veux en créer un pour le collège "
       "0680051L sur l'espace acheteur")

M(ACC, True, None, None, "espace_acheteur", "en", False,
  "English; a new school administrator asks how to sign up for a buyer account.",
  frm=("Rachel Moore", "rachel.moore.nice@gmail.com"), client="gmail",
  day=13, t="15:30", subj="sign up",
  body="Hi, how do I sign up for a buyer account on the Espace Acheteur? I'm the new admin at our school. Thx")

M(ACC, False, "0040587S", "paca", "espace_acheteur", "fr", False,
  "The account works; asks for order-validation rights to be opened: a person answers.",
  frm=("Thomas Reynaud", "thomas.reynaud@ac-aix-marseille.fr"), client="outlook",
  day=18, t="11:48", subj="droits",
  body="Bonjour,\nbesoin des droits pour passer commande, mon compte marche mais je peux rien valider.\n"
       "T. Reynaud\nCité scolaire de Digne 0040587S")

M(ACC, True, "0570968T", "ge", "esidoc", "fr", False,
  "New librarian wants to open the e-sidoc customer account before ordering.",
  frm=("Julie Hoffmann", "julie.hoffmann@ac-nancy-metz.fr"), client="outlook",
  day=19, t="14:14", subj="compte client",
  body="Bonjour,\nNouvelle doc au CDI depuis la rentrée de printemps, comment j'ouvre le compte client esidoc "
       "pour commander ?\nMerci\nJulie Hoffmann - collège 0570968T")

M(ACC, False, "0390786T", "bfc", "esidoc", "fr", False,
  "The establishment is not in the list when opening the customer account: the sales team handles these.",
  frm=("Romain Guyon", "romain.guyon@ac-besancon.fr"), client="zimbra",
  day=20, t="09:40", subj="etablissement absent",
  body="notre lycée n'apparait pas dans la liste quand je crée le compte client e-sidoc, UAI 0390786T")

M(ACC, True, "0480107F", "occ", None, "fr", True,
  "Subject only ('demande d'ouverture de compte' with the UAI), body only a signature; the product is not named.",
  frm=("Martine Bonnal", "martine.bonnal@ac-montpellier.fr"), client="thunderbird",
  day=26, t="10:21", subj="demande d'ouverture de compte - Collège Jean Moulin 0480107F",
  body="-- \nMartine Bonnal\nSecrétaire de gestion\nCollège Jean Moulin, Marvejols")

M(ACC, False, None, "occ", "espace_acheteur", "fr", False,
  "Account waiting for validation for three weeks; the structure administrator is on sick leave: the region must step in.",
  frm=("Sophie Baylac", "sophie.baylac@ac-toulouse.fr"), client="gmail",
  day=28, t="13:03", subj="compte pas validé",
  body="Bonjour, compte en attente depuis 3 semaines, l'admin de la structure est en arret maladie jusqu'en "
       "juillet. qui peut valider ?\nmerci")

# ================================================================ subscription_activation (12)
M(SUB, True, "0673345X", "ge", "esidoc", "fr", False,
  "Europresse ordered yesterday, not visible yet: within the 72-hour window.",
  frm=("Aline Roth", "aline.roth@ac-strasbourg.fr"), client="iphone",
  day=5, t="08:33", subj="europresse",
  body="abonnement europresse commandé hier, tjrs pas visible sur le portail esidoc. 0673345X")

M(SUB, True, "0341905L", "occ", "esidoc", "en", False,
  "English; Universalis ordered yesterday, not on the portal yet.",
  frm=("Mark Evans", "mark.evans@ac-montpellier.fr"), client="gmail",
  day=6, t="09:05", subj="Universalis",
  body="Ordered Universalis yesterday, not showing on our e-sidoc portal yet. 0341905L")

M(SUB, False, "0120918H", "occ", "esidoc", "fr", False,
  "Cafeyn ordered two weeks ago, still not active: past the 72-hour rule, a person must look at the order.",
  frm=("Isabelle Vernhes", "isabelle.vernhes12@gmail.com"), client="gmail",
  day=7, t="12:44", subj="cafeyn",
  body="Bonjour, cafeyn commandé il y a 2 semaines (le 23/04), toujours pas actif sur esidoc.\n0120918H\nMerci")

M(SUB, True, "0831215V", "paca", "esidoc", "fr", False,
  "How to publish the resource so pupils see it (publication step).",
  frm=("Nadège Blanc", "nadege.blanc@ac-nice.fr"), client="outlook",
  day=11, t="15:27", subj="ressource élèves",
  body="Bonjour,\ncomment on publie la ressource pour que les élèves la voient sur le portail ? "
       "L'abonnement est actif côté admin.\nNadège Blanc, 0831215V")

M(SUB, True, None, "bfc", "esidoc", "fr", False,
  "All caps: renewed subscription not active; no order date, so the 72-hour answer applies.",
  frm=("GILLES PERNOT", "gilles.pernot@ac-besancon.fr"), client="roundcube",
  day=12, t="11:11", subj="ABONNEMENT PAS ACTIF",
  body="ON A RENOUVELE L ABONNEMENT SUR ESIDOC MAIS CA MARCHE PAS")

M(SUB, True, "0660552S", "occ", "esidoc", "fr", True,
  "Negation: the password works, it is the resource that does not appear: subscription_activation, not password_reset.",
  frm=("Jordi Puig", "jordi.puig@ac-montpellier.fr"), client="outlook_android",
  day=13, t="10:48", subj="ressource",
  body="le mdp marche, c'est la ressource qui apparait pas (commandée lundi). lycée 0660552S")

M(SUB, True, "0080834N", "ge", "esidoc", "fr", True,
  "'cf pj' screenshot and one line: the subscription ordered on Tuesday does not show (Thursday: within 72 h). UAI in the signature.",
  frm=("Pascale Noël", "pascale.noel@ac-reims.fr"), client="outlook",
  day=21, t="09:02", subj="abonnement",
  body="abonnement ne s'affiche pas cf pj, commande validée mardi\n\nP. Noël\nCollège Jules Leroux 0080834N",
  attach=[PNG("Capture d’écran 2026-05-21 085812.png", 16, 9)])

M(SUB, True, None, "paca", None, "fr", True,
  "Subject only ('Activation abonnement Le Monde - commande du 18/05'), empty body, sent on 19 May: within 72 h. The product the subscription lives on is not named.",
  frm=("Mireille Coste", "mireille.coste@ac-aix-marseille.fr"), client="zimbra",
  day=19, t="14:36", subj="Activation abonnement Le Monde - commande du 18/05",
  body="")

M(SUB, True, "0520779P", "ge", "esidoc", "fr", True,
  "Written by the principal from the ce.<UAI> address, but he only asks when the subscription will be available: not a head-of-establishment request.",
  frm=("Collège Louise Michel", "ce.0520779P@ac-reims.fr"), client="outlook",
  day=20, t="16:50", subj="Universalis",
  body="Bonjour,\nJe suis le principal du collège. Nous avons commandé Universalis lundi sur e-sidoc, "
       "quand sera-t-il disponible pour les élèves ?\nCordialement\nF. Jacquot")

M(SUB, False, None, "bfc", "esidoc", "fr", True,
  "Reply 'toujours pas' quoting the 72-hour answer sent five days earlier: past the window, the template was already sent, a person must look at the order.",
  frm=("Odile Chevalier", "odile.chevalier@ac-dijon.fr"), client="outlook",
  day=22, t="08:41", reply=R("SUP-006390", "Abonnement e-sidoc non visible", 17, "09:15", ACTIV72),
  body="toujours pas")

M(SUB, True, "0312387B", "occ", "esidoc", "fr", True,
  "Dictation: 'ésidoque'; subscription ordered yesterday and not active. 'on a payé' does not make it a billing question.",
  frm=("Hugo Tarrade", "hugo.tarrade@ac-toulouse.fr"), client="iphone",
  day=26, t="17:20", subj="abonnement",
  body="bonjour l'abonnement ésidoque n'est pas activé alors qu'on a payé la commande passée hier "
       "c'est pour le lycée 0312387B")

M(SUB, False, "0682291W", "ge", "esidoc", "fr", False,
  "Digital resource missing from the portal since the renewal ordered on 28 April (two weeks): past 72 h.",
  frm=("Marc Fritsch", "marc.fritsch@ac-strasbourg.fr"), client="thunderbird",
  day=12, t="13:56", subj="ressource numérique absente",
  body="Bonjour,\nressource numérique pas dans le portail e-sidoc depuis le renouvellement, commande du 28 avril.\n"
       "Marc Fritsch\nLycée Schweitzer, Mulhouse - 0682291W")

# ================================================================ order_billing (12)
M(ORD, False, None, "bfc", "esidoc", "fr", False,
  "iPhone one-liner: asks for a quote (devis) for the e-sidoc renewal.",
  frm=("Claire Bouvier", "claire.bouvier@ac-dijon.fr"), client="iphone",
  day=5, t="12:18", subj="devis",
  body="besoin d'un devis stp pour le renouvellement esidoc, c'est pour le CA de juin")

M(ORD, False, "0131714T", "paca", None, "fr", False,
  "Invoice not deposited on Chorus Pro; UAI in the int.<UAI> sender and the body.",
  frm=("Intendance Lycée Thiers", "int.0131714T@ac-aix-marseille.fr"), client="outlook_android",
  day=6, t="10:36", subj="chorus",
  body="facture de mars toujours pas déposée sur Chorus Pro, merci de faire le nécessaire. 0131714T")

M(ORD, False, None, "ge", "esidoc", "fr", False,
  "The saved basket disappeared from the e-sidoc shop.",
  frm=("Sylvie Mathis", "sylvie.mathis@ac-nancy-metz.fr"), client="gmail",
  day=7, t="08:22", subj="panier !!!",
  body="mon panier a disparu !!! j'avais tout mis dedans il y a 3 semaines sur la boutique esidoc, 45 titres")

M(ORD, False, None, None, None, "fr", False,
  "Private school asks whether it may pay by mandat administratif; Windows Live Mail, ISO-8859-1 8-bit body.",
  frm=("Econome Institution Sainte-Marie", "econome@ste-marie-carpentras.fr"), client="latin1",
  day=11, t="16:02", subj="paiement",
  body="Bonjour,\npeut on payer par mandat administratif ou faut il un virement ?\nMerci\nL'économe")

M(ORD, False, "0312387B", "occ", None, "fr", True,
  "Subject only (quote for next year's subscriptions with the UAI); the body is only a signature.",
  frm=("Gestion Lycée", "gestion.lycee.saint-gaudens@ac-toulouse.fr"), client="outlook",
  day=12, t="09:09", subj="Devis renouvellement abonnements 2026-2027 - UAI 0312387B",
  body="Cordialement,\n\nService gestion\nLycée de Saint-Gaudens")

M(ORD, False, None, None, None, "en", False,
  "English; asks for the invoice to be re-issued to the accounting office.",
  frm=("Finance Office", "finance@cis-sophia.fr"), client="outlook",
  day=13, t="11:25", subj="Invoice address",
  body="Hi,\nplease re-issue the invoice, the billing address is wrong (should be the accounting office, "
       "not the library).\nThanks\nFinance office")

M(ORD, False, None, "occ", None, "fr", True,
  "'voici le BE cf pj': only the bon d'engagement (PDF) and four words; an order document sent for the order to go through.",
  frm=("Valérie Caubet", "valerie.caubet@ac-toulouse.fr"), client="outlook",
  day=15, t="14:33", subj="BE",
  body="voici le BE cf pj\nV. Caubet",
  attach=[PDF("BE_2026_118.pdf", "Bon d'engagement 2026-118")])

M(ORD, False, "0701123R", "bfc", "esidoc", "fr", False,
  "Invoice received twice; asks to cancel the duplicate.",
  frm=("Gaëlle Prost", "gaelle.prost@ac-besancon.fr"), client="zimbra",
  day=18, t="10:14", subj="facture en double",
  body="Bonjour\nnous avons reçu 2 fois la facture de l'abonnement esidoc (même montant, 2 numéros). "
       "Merci d'annuler la 2e.\nG. Prost - 0701123R")

M(ORD, False, None, "occ", None, "fr", True,
  "All caps, third reminder: wants the receipted invoice (facture acquittée) for the accountant. The code 0301031G has a wrong check letter (the digits give 0301031H), so no UAI; region from ac-montpellier.fr.",
  frm=("MICHEL ROUVIERE", "michel.rouviere@ac-montpellier.fr"), client="roundcube",
  day=19, t="15:45", subj="3EME RELANCE FACTURE ACQUITTEE",
  body="TROISIEME RELANCE POUR AVOIR LA FACTURE ACQUITTEE ! LE COMPTABLE ME LA RECLAME DEPUIS MARS.\n"
       "COLLEGE 0301031G",
  wrong="0301031G")

M(ORD, False, "0572087J", "ge", "esidoc", "fr", True,
  "Long angry mail for contrast: billed for a subscription that was never usable. Mentions the activation, but what he asks is a credit note / cancelled invoice: order_billing.",
  frm=("Patrick Muller", "patrick.muller@ac-nancy-metz.fr"), client="outlook",
  day=20, t="18:12", subj="Facture pour un service jamais fourni",
  body="Madame, Monsieur,\n\n"
       "Nous avons reçu le 12 mai une facture de 480 euros pour l'abonnement Universalis commandé en février. "
       "Or cet abonnement n'a JAMAIS fonctionné : les élèves tombent sur une page d'erreur depuis trois mois, "
       "j'ai signalé le problème deux fois, sans réponse.\n\n"
       "Je ne paierai pas une facture pour un service qui n'a pas été rendu. L'agent comptable a bloqué le "
       "mandat. Je vous demande soit un avoir, soit l'annulation pure et simple de cette facture.\n\n"
       "Je vous rappelle que nous sommes un établissement public et que chaque euro compte.\n\n"
       "Patrick Muller\nAdjoint gestionnaire\nLycée Fabert, Metz\nUAI 0572087J")

M(ORD, False, "0841190M", "paca", "esidoc", "fr", True,
  "Cannot validate the order, the button is greyed out: order validation (order_billing), though missing rights (account_creation) could be the cause.",
  frm=("Anthony Roux", "anthony.roux@ac-aix-marseille.fr"), client="iphone",
  day=22, t="11:52", subj="commande",
  body="je peux pas valider ma commande esidoc le bouton est grisé. 0841190M")

M(ORD, False, "0090341X", "occ", "esidoc", "fr", True,
  "Contrast: 'pas un pb d'abonnement' (the subscription works), the invoice is wrong: three licences billed instead of two.",
  frm=("Laurence Dedieu", "laurence.dedieu@ac-toulouse.fr"), client="gmail",
  day=27, t="10:05", subj="facture fausse",
  body="Bonjour, c'est pas un pb d'abonnement, l'abonnement marche. c'est la facture qui est fausse : "
       "3 licences au lieu de 2.\nCollège de Foix 0090341X")

# ================================================================ contract_documents (7)
M(DOC, False, None, None, "espace_acheteur", "fr", False,
  "iPhone: cannot see the documents of market 2025-041 in 'Mes marchés'.",
  frm=("Mairie de Vidauban", "marches.publics@vidauban-example.fr"), client="iphone",
  day=6, t="17:38", subj="docs marché",
  body="je vois pas les docs du marché 2025-041 dans mes marchés sur l'espace acheteur")

M(DOC, False, "0511920K", "ge", "espace_acheteur", "fr", False,
  "Amendment no. 3 of the school-supplies market is missing.",
  frm=("LEGRAND Francis", "francis.legrand@ac-reims.fr"), client="outlook",
  day=12, t="10:41", subj="avenant manquant",
  body="Bonjour,\navenant n°3 manquant pour le marché fournitures scolaires, je n'ai que le 1 et le 2 "
       "dans l'espace acheteur.\nF. Legrand - 0511920K")

M(DOC, False, None, "occ", "espace_acheteur", "fr", False,
  "The membership convention cannot be found in 'Mes Marchés'.",
  frm=("Corinne Azaïs", "corinne.azais@ac-montpellier.fr"), client="zimbra",
  day=14, t="09:57", subj="convention",
  body="convention introuvable dans Mes Marchés, elle y était avant la mise à jour")

M(DOC, False, None, None, "espace_acheteur", "en", False,
  "English; access denied on the contract documents of a framework agreement.",
  frm=("Daniel Hughes", "daniel.hughes@cis-sophia.fr"), client="outlook",
  day=18, t="12:12", subj="contract documents",
  body="Can't access the contract documents for framework agreement 2024-017 on the Espace Acheteur, "
       "page says access denied.")

M(DOC, False, None, "bfc", None, "fr", True,
  "Subject only (CCAP of a market cannot be found), empty body.",
  frm=("Cédric Mougeot", "cedric.mougeot@ac-dijon.fr"), client="outlook",
  day=20, t="15:19", subj="CCAP marché mobilier CDI introuvable",
  body="")

M(DOC, False, None, None, "espace_acheteur", "fr", True,
  "Reply 'toujours pas' on a contract-documents ticket (quoted answer: transmitted to the region): the document is still missing.",
  frm=("Service Marchés", "marches@agglo-gap-example.fr"), client="outlook",
  day=22, t="09:28", reply=R("SUP-006288", "Document du marché 2023-088 introuvable", 11, "16:45", TO_REGION),
  body="toujours pas")

M(DOC, False, "0050219L", "paca", "espace_acheteur", "fr", True,
  "Contrast: 'pas la facture' - it is the signed membership convention she can no longer find: contract_documents, not order_billing.",
  frm=("Audrey Chabert", "audrey.chabert@ac-aix-marseille.fr"), client="gmail",
  day=28, t="14:02", subj="convention d'adhésion",
  body="Bonjour,\npas la facture (ça on l'a) : c'est la convention d'adhésion signée que je ne trouve plus "
       "sur l'espace acheteur.\nA. Chabert, lycée Dominique Villars 0050219L")

# ================================================================ transfer_incident (9)
M(TRF, False, None, None, "ecoledirecte", "fr", False,
  "iPhone one-liner: EcoleDirecte transfer blocked since Friday.",
  frm=("Direction Ensemble scolaire", "direction@es-lasalle-ales-example.fr"), client="iphone",
  day=4, t="07:41", subj="transfert",
  body="transfert ecole directe bloqué depuis vendredi")

M(TRF, False, None, None, "ecoledirecte", "fr", True,
  "Asks for 'le mdp de maintenance du jour': transfer_incident per the taxonomy, not password_reset.",
  frm=("Secrétariat Notre-Dame", "secretariat.nd.rodez@gmail.com"), client="gmail",
  day=5, t="08:03", subj="mdp maintenance",
  body="mdp de maintenance du jour svp, Charlemagne le demande pour réparer la base")

M(TRF, False, "0580612A", "bfc", "ecoledirecte", "fr", False,
  "'Licence expirée' when Charlemagne starts: licence to regenerate.",
  frm=("Comptabilité Saint-Cyr", "compta@saintcyr-nevers-example.fr"), client="outlook",
  day=6, t="13:30", subj="licence expirée",
  body="Bonjour,\nmessage 'licence expirée' au démarrage de Charlemagne ce matin, plus de transfert vers "
       "EcoleDirecte.\nEtablissement 0580612A")

M(TRF, False, "0101788P", "ge", "ecoledirecte", "fr", False,
  "All caps: grades no longer reach EcoleDirecte since Monday.",
  frm=("SECRETARIAT SAINT BERNARD", "secretariat@saint-bernard-troyes-example.fr"), client="latin1",
  day=7, t="11:58", subj="NOTES",
  body="LES NOTES REMONTENT PLUS SUR ECOLE DIRECTE DEPUIS LUNDI, LES PARENTS APPELLENT\n0101788P")

M(TRF, False, None, None, "ecoledirecte", "fr", True,
  "'cf capture' with a screenshot of the transfer error and one line; 'ED' for EcoleDirecte.",
  frm=("Vie scolaire Jeanne d'Arc", "viesco@jda-colmar-example.fr"), client="outlook",
  day=11, t="16:24", subj="ED transfert",
  body="erreur transfert cf capture",
  attach=[PNG("Capture d’écran 2026-05-11 162011.png", 16, 9)])

M(TRF, False, None, None, "ecoledirecte", "en", True,
  "English; EcoleDirecte synchronisation failing since the last update. 'School code 0840977E' has a wrong check letter (the digits give 0840977F), so no UAI, and the sender is not an académie domain: no region.",
  frm=("IT Office", "it@ecole-internationale-avignon-example.fr"), client="outlook",
  day=13, t="09:46", subj="EcoleDirecte sync",
  body="EcoleDirecte sync failing since last update, error 'connexion refusée' in the transfer log. "
       "School code 0840977E.",
  wrong="0840977E")

M(TRF, False, None, None, "ecoledirecte", "fr", True,
  "Reply 'toujours pas' on a transfer ticket (quoted answer: transmitted to the region).",
  frm=("Secrétariat Saint-Joseph", "secretariat@stjoseph-perpignan-example.fr"), client="outlook",
  day=18, t="08:15", reply=R("SUP-006331", "Transferts EcoleDirecte bloqués", 13, "10:30", TO_REGION),
  body="toujours pas, les notes ne remontent toujours pas")

M(TRF, False, None, None, "ecoledirecte", "fr", True,
  "Negation: not the administrator password, the daily maintenance password, to reindex: transfer_incident.",
  frm=("Pierre Lacombe", "p.lacombe@immaculee-conception-tarbes-example.fr"), client="gmail",
  day=20, t="12:40", subj="mot de passe",
  body="Bonjour, pas le mdp admin (je l'ai), le mdp de maintenance du jour, j'en ai besoin pour réindexer.")

M(TRF, False, "0881055U", "ge", "ecoledirecte", "fr", True,
  "Long angry mail from the head of a private school: transfers broken for a week, class councils tomorrow. Written by a head, but not a head-of-establishment request.",
  frm=("Bernard Thouvenot", "direction@stjoseph-epinal-example.fr"), client="outlook",
  day=27, t="21:05", subj="Transferts EcoleDirecte - situation inacceptable",
  body="Madame, Monsieur,\n\n"
       "Depuis le mercredi 20 mai, plus aucune donnée ne remonte de Charlemagne vers EcoleDirecte. Ni les "
       "notes, ni les absences, ni les appréciations.\n\n"
       "Nos conseils de classe commencent DEMAIN. Les professeurs principaux n'ont pas les moyennes à jour, "
       "les familles m'appellent tous les jours pour savoir pourquoi les notes de leurs enfants n'apparaissent "
       "plus, et je n'ai rien à leur répondre.\n\n"
       "Notre secrétaire a relancé le transfert manuellement une dizaine de fois, elle a redémarré le serveur, "
       "rien n'y fait : le transfert reste bloqué à 12 %.\n\n"
       "J'attends qu'un technicien prenne la main sur notre poste dès demain matin 8 h.\n\n"
       "Bernard Thouvenot\nChef d'établissement\nCollège-lycée Saint-Joseph, Épinal\n0881055U")

# ================================================================ automated (16)
# These are built part by part (client="raw"): the headers that make them
# automatic are the point of the test.  leaf()/part()/multipart() are defined
# further down; the lambdas run at build time.
M(AUTO, False, "0672906V", "ge", None, "fr", False,
  "Exchange out-of-office in French from a school office (ce.<UAI> address) during the Ascension bridge: Auto-Submitted and X-Auto-Response-Suppress. The UAI comes from the address.",
  frm=("Secrétariat Collège Lucie Berger", "ce.0672906V@ac-strasbourg.fr"), client="raw",
  day=14, t="08:02", subj="Réponse automatique : [#SUP-006402] Nouveau mot de passe espace acheteur",
  hdrs=[("In-Reply-To", "<SUP-006402.1778570000.a41c0e@assistance.example.fr>"),
        ("References", "<SUP-006402.1778570000.a41c0e@assistance.example.fr>"),
        ("Thread-Topic", "[#SUP-006402] Nouveau mot de passe espace acheteur"),
        ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "ce.0672906V@ac-strasbourg.fr")],
  root=lambda: multipart("alternative", [
      leaf("text/plain", OOO_STRASBOURG),
      leaf("text/html", "<html><body><p>" + OOO_STRASBOURG.replace("\n\n", "</p><p>").replace("\n", "<br>")
           + "</p></body></html>\n")], "_000_PR1P264MB3320AUTOREPLY_"))

OOO_STRASBOURG = ("Bonjour,\n\nLe secrétariat est fermé du jeudi 14 au dimanche 17 mai (pont de l'Ascension). "
                  "Votre message sera traité à notre retour le lundi 18 mai.\n\n"
                  "Pour toute urgence concernant un élève, contactez la vie scolaire.\n\nLe secrétariat")

M(AUTO, False, None, "bfc", None, "fr", False,
  "Zimbra vacation reply from an academic address: 'Auto-Submitted: auto-replied (zimbra; vacation)'. Region from ac-dijon.fr.",
  frm=("Brigitte Maire", "brigitte.maire@ac-dijon.fr"), client="raw",
  day=18, t="10:05", subj="Absence : [#SUP-006415] Devis renouvellement",
  hdrs=[("In-Reply-To", "<SUP-006415.1779091400.0d93b2@assistance.example.fr>"),
        ("References", "<SUP-006415.1779091400.0d93b2@assistance.example.fr>"),
        ("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")],
  root=lambda: leaf("text/plain", "Je suis absente jusqu'au lundi 25 mai inclus (formation).\n"
                    "En cas d'urgence, merci de contacter le secrétariat du collège.\n\nBrigitte Maire\n",
                    cte="8bit"))

M(AUTO, False, None, None, None, "en", False,
  "English Gmail vacation responder (Auto-Submitted: auto-replied).",
  frm=("Sarah Green", "sarah.green.library@gmail.com"), client="raw",
  day=8, t="09:31", subj="Out of office",
  hdrs=[("In-Reply-To", "<SUP-006233.1778225400.77b1fe@assistance.example.fr>"),
        ("References", "<SUP-006233.1778225400.77b1fe@assistance.example.fr>"),
        ("Auto-Submitted", "auto-replied")],
  root=lambda: multipart("alternative", [
      leaf("text/plain", "Hi,\n\nI'm away on a school trip until Friday 15 May with limited access to email.\n"
           "For urgent library matters please contact the front office.\n\nSarah\n", charset="UTF-8"),
      leaf("text/html", "<div dir=\"ltr\">Hi,<br><br>I'm away on a school trip until Friday 15 May with "
           "limited access to email.<br>For urgent library matters please contact the front office.<br><br>"
           "Sarah</div>\n", charset="UTF-8")], "000000000000a7b3c40614f1e2d9"))

M(AUTO, False, None, None, None, "en", False,
  "Postfix bounce (multipart/report delivery-status, original attached), null Return-Path, unknown user at a town hall.",
  frm=("Mail Delivery System", "MAILER-DAEMON@mail.mairie-lunel-example.fr"), client="raw", rpath="<>",
  day=19, t="14:12", subj="Undelivered Mail Returned to Sender",
  hdrs=[("Auto-Submitted", "auto-replied")],
  root=lambda: multipart("report", [
      leaf("text/plain", "This is the mail system at host mail.mairie-lunel-example.fr.\n\n"
           "I'm sorry to have to inform you that your message could not\nbe delivered to one or more "
           "recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
           "                   The mail system\n\n<c.vogt@mairie-lunel-example.fr>: unknown user: \"c.vogt\"\n",
           charset="us-ascii", cte="7bit", headers="Content-Description: Notification\n"),
      part("Content-Description: Delivery report\nContent-Type: message/delivery-status\n",
           "Reporting-MTA: dns; mail.mairie-lunel-example.fr\nX-Postfix-Queue-ID: 4bK2hQ0yTz1nV\n"
           "X-Postfix-Sender: rfc822; support@assistance.example.fr\n"
           "Arrival-Date: Tue, 19 May 2026 14:12:01 +0200 (CEST)\n\n"
           "Final-Recipient: rfc822; c.vogt@mairie-lunel-example.fr\n"
           "Original-Recipient: rfc822;c.vogt@mairie-lunel-example.fr\nAction: failed\nStatus: 5.1.1\n"
           "Diagnostic-Code: X-Postfix; unknown user: \"c.vogt\"\n"),
      part("Content-Description: Undelivered Message\nContent-Type: message/rfc822\n",
           b"From: Assistance <support@assistance.example.fr>\nTo: c.vogt@mairie-lunel-example.fr\n"
           b"Subject: =?utf-8?q?=5B=23SUP-006377=5D_Mails_bloqu=C3=A9s?=\n"
           b"Date: Tue, 19 May 2026 14:12:00 +0200\n"
           b"Message-ID: <SUP-006377.1779192720.5e0c19@assistance.example.fr>\nAuto-Submitted: auto-replied\n"
           b"MIME-Version: 1.0\n" + leaf("text/plain", TO_REGION + "\n"))],
      "4bK2hQ0yTz1nV.1779192721/mail.mairie-lunel-example.fr", params='; report-type=delivery-status'))

M(AUTO, False, None, None, None, "fr", False,
  "Exchange Online non-delivery report in French ('Non remis :', mailbox full), multipart/report with an HTML explanation and the original headers.",
  frm=("Microsoft Outlook", "postmaster@ste-marie-carpentras.fr"), client="raw", rpath="<>",
  day=12, t="16:40", subj="Non remis : [#SUP-006455] paiement",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
  root=lambda: multipart("report", [
      leaf("text/html", "<html><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Votre message "
           "n'a pas pu être remis à econome@ste-marie-carpentras.fr, car la boîte aux lettres du destinataire "
           "est pleine.</font></b></p><p>Diagnostic pour les administrateurs :</p>"
           "<p>Serveur de rapport : PA4P190MB1234.EURP190.PROD.OUTLOOK.COM</p>"
           "<p>econome@ste-marie-carpentras.fr<br>Remote Server returned '554 5.2.2 mailbox full; "
           "STOREDRV.Deliver.Exception:QuotaExceededException'</p></body></html>\n"),
      part("Content-Type: message/delivery-status\n",
           "Reporting-MTA: dns;PA4P190MB1234.EURP190.PROD.OUTLOOK.COM\n"
           "Received-From-MTA: dns;mx1.assistance.example.fr\n"
           "Arrival-Date: Tue, 12 May 2026 14:40:02 +0000\n\n"
           "Final-Recipient: rfc822;econome@ste-marie-carpentras.fr\nAction: failed\nStatus: 5.2.2\n"
           "Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException\n"),
      part("Content-Type: text/rfc822-headers\n",
           "From: Assistance <support@assistance.example.fr>\nTo: econome@ste-marie-carpentras.fr\n"
           "Subject: [#SUP-006455] paiement\nDate: Tue, 12 May 2026 16:40:00 +0200\n"
           "Message-ID: <SUP-006455.1778596800.c2f70a@assistance.example.fr>\n")],
      "_c9f2a1b4-8e21-4d7a-9b1e-ndr_", params='; report-type=delivery-status'))

M(AUTO, False, None, None, None, "en", True,
  "qmail bounce as plain text: no multipart/report, no Auto-Submitted; only the null Return-Path, the MAILER-DAEMON sender and the wording show it is automatic.",
  frm=("MAILER-DAEMON", "MAILER-DAEMON@mail.jda-colmar-example.fr"), client="raw", rpath="<>",
  day=13, t="07:12", subj="failure notice", hdrs=[],
  root=lambda: leaf("text/plain",
      "Hi. This is the qmail-send program at mail.jda-colmar-example.fr.\n"
      "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
      "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
      "<viesco@jda-colmar-example.fr>:\nuser is over quota\n\n"
      "--- Below this line is a copy of the message.\n\n"
      "Return-Path: <support@assistance.example.fr>\nFrom: Assistance <support@assistance.example.fr>\n"
      "To: viesco@jda-colmar-example.fr\nSubject: [#SUP-006349] ED transfert\n"
      "Date: Wed, 13 May 2026 07:11:58 +0200\n\nBonjour,\n\nVotre demande a ete transmise a l'equipe de "
      "votre region, qui vous repondra sous 48 heures.\n", charset="us-ascii", cte="7bit"))

M(AUTO, False, None, "occ", None, "fr", False,
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from ac-montpellier.fr.",
  frm=("PUIG Jordi", "jordi.puig@ac-montpellier.fr"), client="raw",
  day=13, t="11:40", subj="Lu : [#SUP-006420] ressource",
  hdrs=[("In-Reply-To", "<SUP-006420.1778662920.e07b55@assistance.example.fr>"),
        ("References", "<SUP-006420.1778662920.e07b55@assistance.example.fr>")],
  root=lambda: multipart("report", [
      leaf("text/plain", "Votre message\n\n  À : PUIG Jordi\n  Objet : [#SUP-006420] ressource\n"
           "  Envoyé : mercredi 13 mai 2026 11:02:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\n"
           "a été lu le mercredi 13 mai 2026 11:40:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n"),
      part("Content-Type: message/disposition-notification\n",
           "Reporting-UA: ac-montpellier.fr; Microsoft Outlook 16.0\n"
           "Final-Recipient: rfc822;jordi.puig@ac-montpellier.fr\n"
           "Original-Message-ID: <SUP-006420.1778662920.e07b55@assistance.example.fr>\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")],
      "----=_NextPart_000_0A1B_01DCE2B4.5F6A7B80", params='; report-type=disposition-notification'))

M(AUTO, False, None, None, None, "fr", True,
  "MailInBlack challenge sent to the desk (our answer reached a protected mailbox): names MailInBlack and asks to click, but no person wrote to us; automated, not mailinblack_spam.",
  frm=("Mailinblack", "noreply@mailinblack.com"), client="raw",
  day=19, t="14:15", subj="Votre message à achats@agglo-gap-example.fr est en attente",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  root=lambda: multipart("alternative", [
      leaf("text/plain", MIB_CHALLENGE),
      leaf("text/html", "<html><body><p>" + MIB_CHALLENGE.replace("\n\n", "</p><p>").replace("\n", "<br>")
           + "</p></body></html>\n")], "mib-7f3e21c0a9d84b52"))

MIB_CHALLENGE = ("Bonjour,\n\nVous avez envoyé un message à achats@agglo-gap-example.fr. Ce destinataire est "
                 "protégé par Mailinblack.\nPour que votre message soit délivré, merci de confirmer que vous "
                 "êtes bien un humain en cliquant sur le lien ci-dessous :\n"
                 "https://challenge.mailinblack.example/c/8f2K1xQ\n\n"
                 "Cette vérification n'est demandée qu'une seule fois.\n\nMailinblack - Protection de messagerie")

M(AUTO, False, None, None, "espace_acheteur", "fr", False,
  "Espace Acheteur no-reply notification to the desk's own account: a new market document is available. Auto-Submitted: auto-generated.",
  frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), client="raw",
  rpath="<bounces+8812@espace-acheteur.example.fr>",
  day=20, t="06:30", subj="Nouveau document disponible : avenant n°3 - Marché 2024-017",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
  root=lambda: leaf("text/plain",
      "Bonjour,\n\nUn nouveau document est disponible pour le marché 2024-017 « Fournitures scolaires » :\n"
      "Avenant n°3 (PDF, 212 Ko)\n\nConnectez-vous à l'Espace Acheteur, rubrique « Mes marchés », pour le consulter.\n\n"
      "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n", cte="8bit"))

M(AUTO, False, None, None, "esignature", "fr", False,
  "E-signature 'document signed by all parties' notification (Auto-Submitted: auto-generated).",
  frm=("Signature électronique", "no-reply@esignature.example.fr"), client="raw",
  rpath="<bounce-4471@esignature.example.fr>",
  day=21, t="17:03", subj="Document signé : Convention d'adhésion 2026 - Lycée Dumont d'Urville",
  hdrs=[("Auto-Submitted", "auto-generated")],
  root=lambda: multipart("alternative", [
      leaf("text/plain", "Bonjour,\n\nLe document « Convention d'adhésion 2026 - Lycée Dumont d'Urville » a été "
           "signé par toutes les parties.\nVous pouvez le télécharger depuis votre espace pendant 30 jours.\n\n"
           "Ceci est un message automatique.\n"),
      leaf("text/html", "<html><body><p>Bonjour,</p><p>Le document « Convention d'adhésion 2026 - Lycée Dumont "
           "d'Urville » a été signé par toutes les parties.<br>Vous pouvez le télécharger depuis votre espace "
           "pendant 30 jours.</p><p style=\"color:#888\">Ceci est un message automatique.</p></body></html>\n")],
      "=_esig_5d1f0c2ab7"))

M(AUTO, False, None, None, "ticket_portal", "fr", False,
  "Ticket-portal notification: the publisher answered a ticket the desk opened. Auto-Submitted: auto-generated.",
  frm=("Portail d'assistance", "notifications@portail-tickets.example.fr"), client="raw",
  day=22, t="11:17", subj="[Ticket #88412] Nouvelle réponse de l'éditeur",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
  root=lambda: leaf("text/plain",
      "Une nouvelle réponse a été ajoutée au ticket #88412 « Transferts bloqués à 12 % ».\n\n"
      "Consultez le ticket : https://portail-tickets.example.fr/tickets/88412\n\n"
      "-- \nNe répondez pas à ce message : il a été généré automatiquement.\n"))

M(AUTO, False, None, None, "esidoc", "fr", False,
  "Monthly e-sidoc newsletter: List-Id, List-Unsubscribe (one-click), Precedence: bulk; HTML and text.",
  frm=("L'équipe e-sidoc", "newsletter@esidoc-news.example.fr"), client="raw",
  rpath="<nl-bounce-20260505@esidoc-news.example.fr>",
  day=5, t="06:00", subj="Lettre d'info de mai : nouveautés e-sidoc et fin d'année",
  hdrs=[("List-Id", "Lettre d'information e-sidoc <lettre.esidoc-news.example.fr>"),
        ("List-Unsubscribe", "<https://esidoc-news.example.fr/u/7fa21c>, <mailto:unsubscribe@esidoc-news.example.fr?subject=7fa21c>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
  root=lambda: multipart("alternative", [
      leaf("text/plain", "Lettre d'information - mai 2026\n\n- Inventaire de fin d'année : le guide pas à pas\n"
           "- Nouveau : les listes de lecture partagées\n- Webinaire le 3 juin à 14 h\n\n"
           "Se désinscrire : https://esidoc-news.example.fr/u/7fa21c\n"),
      leaf("text/html", "<html><body><h1>Lettre d'information - mai 2026</h1><ul><li>Inventaire de fin d'année : "
           "le guide pas à pas</li><li>Nouveau : les listes de lecture partagées</li><li>Webinaire le 3 juin à "
           "14 h</li></ul><p><a href=\"https://esidoc-news.example.fr/u/7fa21c\">Se désinscrire</a></p>"
           "</body></html>\n")], "nl-b1e9a6f3c2"))

M(AUTO, False, None, "paca", "esidoc", "fr", True,
  "A librarian's real question about the e-sidoc password, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the sender's ac-nice.fr address.",
  frm=("Laetitia Ughetto", "laetitia.ughetto@ac-nice.fr"), client="raw",
  rpath="<doc-06-bounces@listes.ac-nice.fr>", to="doc-06@listes.ac-nice.fr",
  day=26, t="12:48", subj="[doc-06] mdp esidoc",
  hdrs=[("Sender", "doc-06-bounces@listes.ac-nice.fr"),
        ("List-Id", "Professeurs documentalistes 06 <doc-06.listes.ac-nice.fr>"),
        ("List-Post", "<mailto:doc-06@listes.ac-nice.fr>"),
        ("List-Unsubscribe", "<mailto:doc-06-request@listes.ac-nice.fr?subject=unsubscribe>"),
        ("Precedence", "list")],
  root=lambda: leaf("text/plain", "Bonjour à tous,\nqqn sait comment récupérer le mdp esidoc quand l'ancienne "
                    "collègue est partie avec ?\nMerci !\nLaetitia, collège de Vence\n\n"
                    "_______________________________________________\n"
                    "doc-06 mailing list\ndoc-06@listes.ac-nice.fr\n"))

M(AUTO, False, None, "occ", None, "fr", False,
  "Acknowledgement from the rectorat IT help desk for a message the desk sent it (Auto-Submitted, X-Loop): answering would start a mail loop. Region from ac-toulouse.fr.",
  frm=("Assistance DSI", "assistance-dsi@ac-toulouse.fr"), client="raw",
  day=27, t="09:01", subj="[INC0048213] Votre demande a bien été enregistrée",
  hdrs=[("In-Reply-To", "<SUP-006512.1779865200.9a0d4e@assistance.example.fr>"),
        ("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance-dsi@ac-toulouse.fr")],
  root=lambda: leaf("text/plain", "Bonjour,\n\nVotre demande a bien été enregistrée sous la référence INC0048213. "
                    "Un technicien la prendra en charge dans les meilleurs délais.\n\n"
                    "Merci de ne pas répondre à ce message.\n\n"
                    "Plateforme d'assistance DSI - Rectorat de Toulouse\n"))

M(AUTO, False, None, None, None, "en", False,
  "English Exchange 'Automatic reply:' to one of the desk's answers, with Auto-Submitted and X-Auto-Response-Suppress.",
  frm=("Daniel Hughes", "daniel.hughes@cis-sophia.fr"), client="raw",
  day=29, t="15:20", subj="Automatic reply: [#SUP-006460] contract documents",
  hdrs=[("In-Reply-To", "<SUP-006460.1780060800.3c8e11@assistance.example.fr>"),
        ("References", "<SUP-006460.1780060800.3c8e11@assistance.example.fr>"),
        ("Thread-Topic", "[#SUP-006460] contract documents"),
        ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
  root=lambda: leaf("text/plain", "I am out of the office until Monday 1 June with no access to email.\n"
                    "For urgent matters please contact finance@cis-sophia.fr.\n\nDaniel\n",
                    charset="us-ascii", cte="7bit"))

M(AUTO, False, None, "bfc", None, "fr", True,
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic. Region from ac-besancon.fr.",
  frm=("Gaëlle Prost", "gaelle.prost@ac-besancon.fr"), client="raw",
  day=20, t="10:30", subj="Absence", hdrs=[],
  root=lambda: leaf("text/plain", "Bonjour,\n\nJe suis en formation jusqu'au 22 mai inclus et ne consulte pas "
                    "mes messages. Je traiterai votre demande à mon retour.\n\nCordialement\nGaëlle Prost\n"))

# ================================================================ other (16)
M(OTH, False, None, "ge", "esidoc", "fr", True,
  "'c'est bon merci !' quoting the reset answer: the words 'mot de passe' and 'lien' appear (quoted) but nothing is asked.",
  frm=("Frédérique Koenig", "frederique.koenig@ac-strasbourg.fr"), client="iphone",
  day=4, t="10:02", reply=R("SUP-006201", "Mot de passe e-sidoc", 4, "07:53", RESET_SENT),
  body="c'est bon merci !")

M(OTH, False, None, None, None, "fr", True,
  "'ok merci' from a phone on a subscription ticket (quoted 72-hour answer): nothing to do.",
  frm=("Nathalie Pons", "nathalie.pons81@gmail.com"), client="gmail",
  day=6, t="19:12", reply=R("SUP-006236", "Abonnement Europresse", 6, "14:05", ACTIV72),
  body="ok merci")

M(OTH, False, None, None, None, "fr", True,
  "A pupil asking for her Pronote password: wrong desk (not one of the services); 'mdp' does not make it password_reset.",
  frm=("lea", "lea.du34@gmail.com"), client="gmail",
  day=7, t="20:44", subj="mdp",
  body="bonjour c'est pour mon mdp pronote je l'ai oublié, je suis en 4eme B au college Jean Moulin. merci")

M(OTH, False, None, None, "ecoledirecte", "fr", True,
  "A parent who lost her EcoleDirecte family password to see her son's grades: wrong desk (the school handles family accounts), not password_reset nor transfer_incident.",
  frm=("Famille Garcia", "famille.garcia66@orange.fr"), client="iphone",
  day=11, t="21:17", subj="ecole directe",
  body="Bonjour, je n'arrive plus à me connecter à EcoleDirecte pour voir les notes de mon fils (3e), "
       "mot de passe oublié. Pouvez-vous m'aider ? Mme Garcia")

M(OTH, False, None, None, "esidoc", "fr", False,
  "A pupil who cannot find a book in the catalogue ('ésidoque'): wrong desk, nothing the support can do.",
  frm=("enzo", "enzo.b2012@gmail.com"), client="gmail",
  day=12, t="18:36", subj="livre",
  body="bonjour je trouve pas le livre sur ésidoque pour mon exposé sur les volcans il est ou ?? "
       "c urgent c pour demain")

M(OTH, False, None, None, None, "en", False,
  "English SEO spam.",
  frm=("Ryan | RankBoost", "ryan@rankboost-example.com"), client="gmail",
  day=13, t="03:14", subj="Quick question about assistance.example.fr",
  body="Hi there,\n\nI noticed your website is not ranking on page 1 for key searches. We can fix that in 30 days, "
       "guaranteed. Can I send you a free audit?\n\nBest,\nRyan")

M(OTH, False, None, None, None, "fr", True,
  "Phishing: 'boîte aux lettres pleine, confirmez votre mot de passe'. Mentions a password but is not password_reset; the look-alike domain ac-montpellier-messagerie.com is not an académie domain, so no region.",
  frm=("Service Messagerie", "support@ac-montpellier-messagerie.com"), client="roundcube", auth="none",
  day=14, t="02:51", subj="Votre boîte aux lettres est pleine",
  body="Cher utilisateur,\n\nVotre boîte aux lettres a atteint 98 % de son quota. Pour éviter la suppression de "
       "vos messages, confirmez votre identifiant et votre mot de passe sous 24 h :\n"
       "http://ac-montpellier-messagerie.com/quota/verif\n\nService Messagerie")

M(OTH, False, None, "ge", None, "fr", False,
  "Long angry complaint about unanswered mails that never says what the problem is: no category can be told. Region from ac-reims.fr.",
  frm=("Jacqueline Gauthier", "jacqueline.gauthier@ac-reims.fr"), client="outlook",
  day=15, t="17:30", subj="4ème mail sans réponse",
  body="Bonjour,\n\n"
       "C'est mon quatrième mail en trois semaines et je n'ai toujours pas eu la moindre réponse, pas même un "
       "accusé de réception. Je trouve cela inadmissible pour un service dit \"d'assistance\".\n\n"
       "Je ne vais pas réexpliquer le problème une cinquième fois : il est dans mes messages précédents, que "
       "vous avez forcément reçus.\n\n"
       "Je demande simplement que quelqu'un, un être humain, me rappelle au collège. Je suis joignable le mardi "
       "et le jeudi.\n\n"
       "Je mets en copie ma principale.\n\nJ. Gauthier")

M(OTH, False, None, "paca", None, "fr", False,
  "Personal message sent to the desk by address autocomplete. Region from ac-aix-marseille.fr.",
  frm=("Valérie Mounier", "valerie.mounier@ac-aix-marseille.fr"), client="outlook_android",
  day=18, t="12:26", subj="jeudi",
  body="on mange ensemble jeudi ? bises")

M(OTH, False, None, None, None, "fr", False,
  "Hand-written unsubscribe request ('STOP'): written by a person, so not automated. Windows Live Mail, ISO-8859-1 8-bit.",
  frm=("R. Blanchard", "r.blanchard@wanadoo.fr"), client="latin1",
  day=19, t="08:12", subj="STOP",
  body="STOP. Retirez moi de votre liste de diffusion, merci.")

M(OTH, False, None, "paca", None, "fr", False,
  "Asks for a phone number, 'urgent', without saying about what.",
  frm=("Sébastien Jourdan", "sebastien.jourdan@ac-nice.fr"), client="iphone",
  day=20, t="07:55", subj="tel",
  body="vous avez un numero de tel ? c urgent")

M(OTH, False, None, None, None, "fr", False,
  "Cold sales prospecting for library furniture, written to one person (no list headers).",
  frm=("Julien Mercadier", "j.mercadier@mobilier-scolaire-example.fr"), client="outlook",
  day=21, t="10:30", subj="Aménagement de vos CDI",
  body="Bonjour,\n\nFabricant français de mobilier pour CDI et bibliothèques scolaires, nous proposons aux "
       "établissements de votre réseau une remise de 15 % jusqu'au 30 juin.\n\nSeriez-vous la bonne personne "
       "pour en parler ? Je peux vous appeler mardi ou mercredi.\n\nJulien Mercadier\nResponsable grands comptes")

M(OTH, False, None, None, None, "fr", False,
  "Unsolicited internship application with a CV (PDF).",
  frm=("Inès Haddad", "ines.haddad.etu@gmail.com"), client="gmail",
  day=22, t="15:48", subj="Candidature stage",
  body="Bonjour,\nje suis étudiante en BTS SIO et je cherche un stage de 6 semaines à partir du 1er juin. "
       "Vous trouverez mon CV en pièce jointe.\nCordialement\nInès Haddad",
  attach=[PDF("CV_Ines_Haddad.pdf", "CV")])

M(OTH, False, None, None, None, "fr", True,
  "'cf pj' with only a screenshot, subject 'Capture', nothing else: the topic cannot be told from the text; a person has to open the image.",
  frm=("m py", "m.py.cdi@gmail.com"), client="gmail",
  day=26, t="08:19", subj="Capture",
  body="cf pj",
  attach=[PNG("Screenshot_20260526-081644.png", 9, 16)])

M(OTH, False, None, "occ", None, "en", False,
  "English; asks whether this is the Pronote support address: not one of the services.",
  frm=("Steven Wilson", "steven.wilson@ac-montpellier.fr"), client="gmail",
  day=27, t="08:37", subj="Pronote support?",
  body="Hi, is this the right address for Pronote support? Several teachers can't log in since this morning.")

M(OTH, False, None, "occ", None, "fr", True,
  "'toujours pas' as a new mail (no In-Reply-To, no ticket reference, no quote): the topic cannot be told; a person must look up the sender's earlier tickets.",
  frm=("Didier Camps", "didier.camps@ac-toulouse.fr"), client="outlook",
  day=28, t="16:44", subj="toujours pas",
  body="toujours pas\n\nD. Camps")


# ================================================================ MIME building blocks
def _payload(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", params="", headers=""):
    data = text.encode(charset)
    if cte == "7bit":
        assert max(data, default=0) < 128, "7bit part with 8-bit data"
    head = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n%s' % (
        ctype, charset, params, cte, headers)
    return head.encode("ascii") + b"\n" + _payload(data, cte)


def part(headers, body):
    if isinstance(body, str):
        body = body.encode("ascii")
    return headers.encode("ascii") + b"\n" + body


def multipart(subtype, parts, boundary, params="", preamble=""):
    head = 'Content-Type: multipart/%s%s;\n boundary="%s"\n\n' % (subtype, params, boundary)
    out = head.encode("ascii") + preamble.encode("ascii")
    for p in parts:
        if not p.endswith(b"\n"):
            p += b"\n"
        out += b"--" + boundary.encode("ascii") + b"\n" + p + b"\n"
    return out + b"--" + boundary.encode("ascii") + b"--\n"


def make_png(w, h, rng):
    base = [rng.randint(150, 255) for _ in range(3)]
    rows = b""
    for y in range(h):
        row = b"\x00"
        for x in range(w):
            shade = (x * 7 + y * 13) % 40
            row += bytes(max(0, c - shade) for c in base)
        rows += row

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def make_pdf(title):
    stream = ("BT /F1 14 Tf 72 760 Td (%s) Tj ET" % title.encode("ascii", "replace").decode()).encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def attachment_part(a, rng):
    if a["kind"] == "png":
        data, ctype = make_png(a["w"], a["h"], rng), "image/png"
    else:
        data, ctype = make_pdf(a["title"]), "application/pdf"
    name = a["name"]
    if all(ord(c) < 128 for c in name):
        nparam, fparam = 'name="%s"' % name, 'filename="%s"' % name
    else:
        from urllib.parse import quote
        q = quote(name.encode("utf-8"), safe="")
        nparam, fparam = "name*=utf-8''%s" % q, "filename*=utf-8''%s" % q
    disp = a.get("disp", "attachment")
    head = "Content-Type: %s; %s\nContent-Disposition: %s; %s\nContent-Transfer-Encoding: base64\n" % (
        ctype, nparam, disp, fparam)
    return head.encode("ascii") + b"\n" + base64.encodebytes(data)


# ================================================================ mail clients
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SIGNATURES = {
    ("iphone", "fr"): "Envoyé de mon iPhone", ("iphone", "en"): "Sent from my iPhone",
    ("outlook_android", "fr"): "Obtenir Outlook pour Android", ("outlook_android", "en"): "Get Outlook for Android",
    ("outlook_ios", "fr"): "Obtenir Outlook pour iOS", ("outlook_ios", "en"): "Get Outlook for iOS",
    ("samsung", "fr"): "Envoyé depuis mon smartphone Samsung Galaxy.", ("samsung", "en"): "Sent from my Galaxy",
}
OUTLOOKISH = {"outlook", "outlook_html", "outlook_android", "outlook_ios", "samsung", "latin1"}


def when(day, hm, rng):
    h, m = (int(x) for x in hm.split(":"))
    return dtm.datetime(2026, 5, day, h, m, rng.randint(0, 59), tzinfo=CEST)


def gt(text):
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def quote_block(client, lang, qd, subj, to_name, to_addr):
    """The quoted desk answer, in the style of the replying client."""
    text = qd["text"]
    d = qd["date"]
    hm = d.strftime("%H:%M")
    fr_day = FR_DAYS[d.weekday()]
    en_day = EN_DAYS[d.weekday()]
    hour12 = d.strftime("%I:%M %p").lstrip("0")
    if client == "gmail":
        if lang == "en":
            return "On %s, May %d, 2026 at %s %s wrote:\n\n%s" % (en_day[:3], d.day, hour12, SUPPORT, gt(text))
        return "Le %s. %d mai 2026 à %s, %s a écrit :\n\n%s" % (fr_day[:3], d.day, hm, SUPPORT, gt(text))
    if client == "iphone":
        if lang == "en":
            return "On May %d, 2026, at %s, %s wrote:\n\n%s" % (d.day, hm, SUPPORT, gt(text))
        return "Le %d mai 2026 à %s, %s a écrit :\n\n%s" % (d.day, hm, SUPPORT, gt(text))
    if client in ("outlook", "outlook_html", "latin1"):
        if lang == "en":
            return ("-----Original Message-----\nFrom: %s\nSent: %s, May %d, 2026 %s\nTo: %s <%s>\n"
                    "Subject: %s\n\n%s" % (SUPPORT, en_day, d.day, hour12, to_name, to_addr, subj, text))
        return ("-----Message d'origine-----\nDe : %s\nEnvoyé : %s %d mai 2026 %s\nÀ : %s <%s>\n"
                "Objet : %s\n\n%s" % (SUPPORT, fr_day, d.day, hm, to_name, to_addr, subj, text))
    if client in ("outlook_android", "outlook_ios"):
        return ("________________________________\nDe : %s\nEnvoyé : %s %d mai 2026 %s\nÀ : %s <%s>\n"
                "Objet : %s\n\n%s" % (SUPPORT, fr_day, d.day, hm, to_name, to_addr, subj, text))
    if client == "zimbra":
        return ('----- Mail original -----\nDe: "Assistance" <%s>\nÀ: "%s" <%s>\nEnvoyé: %s %d Mai 2026 %s\n'
                "Objet: %s\n\n%s" % (SUPPORT_ADDR, to_name, to_addr, fr_day.capitalize(), d.day,
                                     d.strftime("%H:%M:%S"), subj, gt(text)))
    if client == "samsung":
        return ("-------- Message d'origine --------\nDe : %s\nDate : %s (GMT+01:00)\nÀ : %s\nObjet : %s\n\n%s"
                % (SUPPORT, d.strftime("%d/%m/%Y %H:%M"), to_addr, subj, text))
    # thunderbird, roundcube
    return "Le %s à %s, Assistance a écrit :\n%s" % (d.strftime("%d/%m/%Y"), hm, gt(text))


def flowed(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= 76 or line.startswith(">") or line == "-- ":
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def esc(s):
    return htmlmod.escape(s, quote=False)


def html_gmail(text):
    lines = text.rstrip("\n").split("\n")
    new, quoted = [], []
    for line in lines:
        (quoted if line.startswith(">") else new).append(line)
    body = '<div dir="ltr">' + ("<br>".join(esc(x) for x in new) or "<br>") + "</div>"
    if quoted:
        inner = "<br>".join(esc(x[2:] if x.startswith("> ") else x[1:]) for x in quoted)
        body += ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                 'rgb(204,204,204);padding-left:1ex">' + inner + "</blockquote>")
    return body + "\n"


OUTLOOK_HEAD = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
                '\tfont-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n')


def html_outlook(text, charset):
    paras = [('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(x)) if x else
             '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for x in text.rstrip("\n").split("\n")]
    return OUTLOOK_HEAD % charset + "\n".join(paras) + "\n</div>\n</body>\n</html>\n"


def html_zimbra(text):
    divs = "".join("<div>%s</div>" % (esc(x) if x else "<br data-mce-bogus=\"1\">")
                   for x in text.rstrip("\n").split("\n"))
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; '
            'color: #000000">' + divs + "</div></body></html>\n")


def html_simple(text):
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            "<body>\n" + "<br>\n".join(esc(x) for x in text.rstrip("\n").split("\n")) + "\n</body></html>\n")


def rhex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ralnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def ruuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def make_msgid(client, domain, d, rng):
    if client == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (ralnum(rng, 42, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-"), "=" + ralnum(rng, 2))
    if client == "iphone":
        return "<%s@%s>" % (ruuid(rng).upper(), domain)
    if client in ("outlook", "outlook_html", "latin1"):
        return "<00%s01dc%s$%s$%s$@%s>" % (rhex(rng, 2), rhex(rng, 4), rhex(rng, 8), rhex(rng, 8), domain)
    if client in ("outlook_android", "outlook_ios"):
        box = "PR%dP264MB%d" % (rng.randint(0, 3), rng.randint(1000, 9999))
        return "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (box, rhex(rng, 32).upper(), box)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10 ** 8, 10 ** 9 - 1), rng.randint(10 ** 6, 10 ** 7 - 1),
                                                 int(d.timestamp() * 1000) + rng.randint(0, 999), domain)
    if client == "thunderbird":
        return "<%s@%s>" % (ruuid(rng), domain)
    if client == "samsung":
        return "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), rhex(rng, 8).upper(), domain)
    return "<%s@%s>" % (rhex(rng, 24), domain)


def relay(domain, rng):
    ip = "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(2, 250))
    if domain == "gmail.com":
        host = "mail-%s-f%d.google.com" % (rng.choice(["wr1", "ej1", "lf1", "wm1", "pl1"]), rng.randint(40, 70))
    elif domain in ("orange.fr", "wanadoo.fr"):
        host = "smtp-%d.smtp.orange.fr" % rng.randint(10, 99)
    elif domain == "free.fr":
        host = "smtp%d-g21.free.fr" % rng.randint(1, 9)
    elif domain in ("laposte.net", "sfr.fr"):
        host = "smtp-out.%s" % domain
    elif domain == "hotmail.fr":
        host = "EUR0%d-AM7-obe.outbound.protection.outlook.com" % rng.randint(1, 5)
    elif domain.startswith("ac-"):
        host = "smtp%d.%s" % (rng.randint(1, 6), domain)
    elif domain.startswith("mail."):
        host = domain
    else:
        host = "mail.%s" % domain
    return host, ip


def enc_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, addr))
    return formataddr((name, addr), charset=charset)


def enc_text_header(s, charset="utf-8", name="Subject"):
    """RFC 2047: like most clients, encode only the words that need it (UTF-8),
    or the whole text (older Latin-1 clients)."""
    if all(ord(c) < 128 for c in s):
        return s
    if charset != "utf-8":
        return Header(s, charset, header_name=name).encode()
    from email.message import EmailMessage
    tmp = EmailMessage()
    tmp[name] = s
    folded = tmp.as_string(policy=email.policy.default.clone(linesep="\n", max_line_length=78))
    return folded.split("\n\n", 1)[0].split(":", 1)[1].strip()


def build(m, rng):
    """Turn one mail definition into the bytes of an .eml file."""
    client, lang = m["client"], m["lang"]
    name, addr = m["frm"]
    domain = addr.split("@")[1].lower()
    date = when(m["day"], m["t"], rng)
    hcharset = "iso-8859-1" if client == "latin1" else "utf-8"

    reply = m.get("reply")
    subj = m.get("subj")
    extra = []
    if reply:
        qdate = when(reply["day"], reply["t"], rng)
        ticket_subj = "[#%s] %s" % (reply["ticket"], reply["topic"])
        ref = "<%s.%d.%s@assistance.example.fr>" % (reply["ticket"], int(qdate.timestamp()), rhex(rng, 6))
        if subj is None:
            subj = ("RE: " if client in OUTLOOKISH else "Re: ") + ticket_subj
        extra += [("In-Reply-To", ref), ("References", ref)]

    # ---- the root MIME part
    if client == "raw":
        root = m["root"]()
    else:
        text = m["body"]
        sig = SIGNATURES.get((client, lang)) if m.get("sig", True) else None
        if sig:
            text = (text.rstrip("\n") + "\n\n" + sig) if text.strip() else sig
        if reply:
            qd = dict(text=reply["text"], date=qdate)
            text = text.rstrip("\n") + "\n\n" + quote_block(client, lang, qd, ticket_subj, name, addr)
        text = text.rstrip("\n") + "\n" if text.strip() else "\n"
        ascii_only = all(ord(c) < 128 for c in text)
        if client == "iphone":
            body = leaf("text/plain", text, "utf-8", "7bit" if ascii_only else "quoted-printable")
        elif client in ("thunderbird", "roundcube"):
            body = leaf("text/plain", flowed(text), "UTF-8", "7bit" if ascii_only else "8bit",
                        params="; format=flowed")
        elif client == "latin1":
            body = leaf("text/plain", text, "iso-8859-1", "8bit")
        elif client == "outlook_html":
            body = leaf("text/html", html_outlook(text, "windows-1252"), "windows-1252", "quoted-printable")
        else:
            if client == "gmail":
                cte = "7bit" if ascii_only else "quoted-printable"
                plain, html, bnd = text, html_gmail(text), "0000000000" + rhex(rng, 18)
            elif client == "outlook":
                cte = "quoted-printable"
                plain, html = text, html_outlook(text, "utf-8")
                bnd = "----=_NextPart_000_%s_01DC%s.%s" % (rhex(rng, 4).upper(), rhex(rng, 4).upper(),
                                                           rhex(rng, 8).upper())
            elif client in ("outlook_android", "outlook_ios"):
                cte = "base64"
                plain, html = text, html_simple(text)
                bnd = "_000_%s_" % rhex(rng, 28).upper()
            elif client == "zimbra":
                cte = "quoted-printable"
                plain, html, bnd = text, html_zimbra(text), "=_" + ruuid(rng)
            elif client == "samsung":
                cte = "base64"
                plain, html = text, html_simple(text)
                bnd = "--_com.samsung.android.email_%d" % rng.randint(10 ** 14, 10 ** 15 - 1)
            else:
                raise ValueError(client)
            body = multipart("alternative", [leaf("text/plain", plain, "utf-8", cte),
                                             leaf("text/html", html, "utf-8", cte)], bnd)
        if m.get("attach"):
            parts = [body] + [attachment_part(a, rng) for a in m["attach"]]
            if client == "iphone":
                bnd = "Apple-Mail-" + ruuid(rng).upper()
            else:
                bnd = "----=_Part_%d_%d.%d" % (rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 8, 10 ** 9),
                                               int(date.timestamp() * 1000))
            root = multipart("mixed", parts, bnd)
        else:
            root = body

    # ---- client headers
    if client == "iphone":
        extra.append(("X-Mailer", "iPhone Mail (22E252)"))
    elif client in ("outlook", "outlook_html"):
        extra += [("X-Mailer", "Microsoft Outlook 16.0"),
                  ("Thread-Index", base64.b64encode(rng.getrandbits(176).to_bytes(22, "big")).decode()),
                  ("Content-Language", "en-gb" if lang == "en" else "fr")]
    elif client in ("outlook_android", "outlook_ios"):
        topic = re.sub(r"^(RE|Re|TR|Fwd?): ", "", subj or "")
        extra += [("Thread-Topic", enc_text_header(topic, name="Thread-Topic")),
                  ("Thread-Index", base64.b64encode(rng.getrandbits(176).to_bytes(22, "big")).decode()),
                  ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "en-US" if lang == "en" else "fr-FR"),
                  ("X-MS-Has-Attach", "yes" if m.get("attach") else ""), ("X-MS-TNEF-Correlator", "")]
    elif client == "zimbra":
        extra += [("X-Mailer", "Zimbra 10.0.8_GA_4683 (ZimbraWebClient - FF126 (Win)/10.0.8_GA_4683)"),
                  ("Thread-Topic", enc_text_header(re.sub(r"^(Re|TR): ", "", subj or ""), name="Thread-Topic")),
                  ("Thread-Index", ralnum(rng, 28))]
    elif client == "thunderbird":
        extra += [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")]
    elif client == "roundcube":
        extra.append(("User-Agent", "Roundcube Webmail/1.6.7"))
    elif client == "latin1":
        extra += [("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
                  ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331")]
    extra += list(m.get("hdrs") or [])

    # ---- transport headers added on the way in
    rpath = m.get("rpath") or "<%s>" % addr
    host, ip = relay(domain, rng)
    if rpath != "<>" and rpath.endswith("@listes.ac-nice.fr>"):
        host = "listes.ac-nice.fr"
    spf_domain = rpath.strip("<>").split("@")[-1]
    recv = date + dtm.timedelta(seconds=rng.randint(1, 40))
    if m.get("auth", "pass") == "none":
        auth = "dkim=none;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=none" % domain
    elif rpath == "<>":
        auth = "dkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none" % host
    else:
        auth = ("dkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n"
                "\tdmarc=pass (p=none dis=none) header.from=%s" % (domain, spf_domain, domain))
    lines = [
        "Return-Path: %s" % rpath,
        "Delivered-To: %s" % SUPPORT_ADDR,
        "Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
        "\tfor <%s>; %s (CEST)" % (host, host, ip, ralnum(rng, 15), SUPPORT_ADDR, format_datetime(recv)),
        "Authentication-Results: mx1.assistance.example.fr;\n\t%s" % auth,
        "From: %s" % enc_addr(name, addr, hcharset),
        "To: %s" % (m.get("to") or SUPPORT),
        "Subject: %s" % enc_text_header(subj or "", hcharset),
        "Date: %s" % format_datetime(date),
        "Message-ID: %s" % (m.get("msgid") or make_msgid(client, domain, date, rng)),
    ]
    lines += ["%s: %s" % (k, v) if v != "" else "%s: " % k for k, v in extra]
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n").encode("ascii") + root


# ================================================================ generation and self-checks
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
THEME_REGIONS = {"grand-est", "bourgogne-franche-comte", "occitanie", "provence-alpes-cote-d-azur", None}


def generate(seed):
    rng = random.Random(seed)
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    items = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "h%03d.eml" % n
        raw = build(m, rng)
        label = dict(file=fname, category=m["cat"], auto_reply_ok=m["auto"], uai=m["uai"], region=RG[m["rg"]],
                     platform=m["plat"], hard=m["hard"], lang=m["lang"], notes=m["notes"])
        items.append((fname, raw, label, m))
    return items


def mail_text(msg):
    """Decoded From/To/Subject and every text part (HTML unescaped), for the entity checks."""
    chunks = [str(msg.get(h, "")) for h in ("From", "To", "Cc", "Subject")]
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            c = p.get_content()
            if p.get_content_subtype() == "html":
                c = htmlmod.unescape(re.sub(r"<[^>]+>", " ", c))
            chunks.append(c)
    return "\n".join(chunks)


def check_output(specs):
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], "expected exactly h001.eml .. h150.eml"
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    assert len(labels) == 150 and [lb["file"] for lb in labels] == files
    all_regions = set(REGION_BY_DEPT.values()) | {None}
    counts, n_en = {}, 0
    for lb in labels:
        f = lb["file"]
        m = specs[f]
        assert list(lb) == LABEL_KEYS, f
        assert lb["category"] in CATEGORIES, f
        assert isinstance(lb["auto_reply_ok"], bool) and isinstance(lb["hard"], bool), f
        if lb["category"] in NEVER_AUTO:
            assert lb["auto_reply_ok"] is False, "%s: %s is never auto-answered" % (f, lb["category"])
        assert lb["platform"] in PLATFORMS, f
        assert lb["lang"] in ("fr", "en"), f
        assert lb["region"] in all_regions and lb["region"] in THEME_REGIONS, f
        assert isinstance(lb["notes"], str) and len(lb["notes"]) > 10, f
        counts[lb["category"]] = counts.get(lb["category"], 0) + 1
        n_en += lb["lang"] == "en"

        with open(os.path.join(HERE, f), "rb") as fh:
            raw = fh.read()
        assert raw.endswith(b"\n") and max(len(x) for x in raw.split(b"\n")) <= 998, f
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Date", "Message-ID", "Subject"):
            assert h in msg, "%s: no %s" % (f, h)
        for h in ("From", "To", "Subject"):
            assert not msg[h].defects, "%s: %s header defects %r" % (f, h, msg[h].defects)
        for p in msg.walk():
            assert not p.defects, "%s: MIME defects %r" % (f, p.defects)
        when_ = parsedate_to_datetime(str(msg["Date"]))
        assert (when_.year, when_.month) == (2026, 5), f
        if m.get("subj") is not None:
            assert str(msg["Subject"]) == m["subj"], "%s: subject %r" % (f, str(msg["Subject"]))
        text = mail_text(msg)
        assert text.strip(), f
        norm = re.sub(r"\s+", "", text).upper()

        # UAI: label must be a valid code that the mail really contains
        uai = lb["uai"]
        if uai is not None:
            assert uai_ok(uai), "%s: label UAI %s has a wrong check letter" % (f, uai)
            assert uai in norm, "%s: UAI %s not found in the mail" % (f, uai)
        wrong = m.get("wrong")
        if wrong:
            assert not uai_ok(wrong) and wrong.upper() in norm, f
            right = wrong[:7] + UAI_LETTERS[int(wrong[:7]) % 23]
            assert "wrong check letter" in lb["notes"] and right in lb["notes"], f
            assert uai != wrong, f
        for code in re.findall(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])", text):
            code = code.upper()
            if uai_ok(code):
                assert code == uai or code in m.get("also", ()), "%s: unlabelled UAI %s" % (f, code)
            else:
                assert code == (wrong or "").upper(), "%s: unexpected invalid code %s" % (f, code)

        # region: from the UAI's département, else from an académie sender domain, else null
        sender = msg["From"].addresses[0].addr_spec.lower()
        domain = sender.split("@")[1]
        expected = REGION_BY_DEPT[uai[:3]] if uai else REGION_BY_DOMAIN.get(domain)
        assert lb["region"] == expected, "%s: region %s, expected %s" % (f, lb["region"], expected)

        # only automated mail carries automation headers
        if lb["category"] != AUTO:
            assert "Auto-Submitted" not in msg and "List-Id" not in msg, f
            assert str(msg.get("Precedence", "")).lower() not in ("bulk", "list", "junk"), f
            assert str(msg["Return-Path"]) != "<>", f
    assert set(counts) == CATEGORIES, counts
    assert 0.08 <= n_en / 150 <= 0.15, n_en
    return counts, n_en


def main():
    items = generate(SEED)
    again = generate(SEED)
    assert [i[1] for i in items] == [i[1] for i in again], "generation is not deterministic"
    for f in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", f):
            os.remove(os.path.join(HERE, f))
    for fname, raw, _, _ in items:
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for _, _, label, _ in items:
            fh.write(json.dumps(label, ensure_ascii=False) + "\n")
    counts, n_en = check_output({fname: m for fname, _, _, m in items})
    print("wrote 150 mails; %d in English; %s" % (
        n_en, ", ".join("%s=%d" % kv for kv in sorted(counts.items(), key=lambda kv: -kv[1]))))


if __name__ == "__main__":
    main()

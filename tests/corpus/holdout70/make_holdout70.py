#!/usr/bin/env python3
"""Holdout 70: 150 hand-written support mails sent from phones.

Theme: mail typed or dictated on phones (short, no capitals, autocorrect slips,
top-posting over long quoted history, "Envoyé de mon iPhone" signatures, a few
sent twice by mistake), from schools of Occitanie and Nouvelle-Aquitaine.

Standard library only, deterministic. Writes h001.eml ... h150.eml and
labels.jsonl next to this file, then re-reads and checks them.
"""
import html as htmlmod
import json
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(70070)
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
    "subscription_activation", "head_of_establishment_request", "order_billing",
    "contract_documents", "transfer_incident", "automated", "other",
}
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature", None}
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
DEPT2REG, DOM2REG = {}, {}
for _slug, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        DEPT2REG[_d if len(_d) == 3 else "0" + _d] = _slug
    for _d in _doms.split():
        DOM2REG[_d] = _slug
REG = {"occ": "occitanie", "na": "nouvelle-aquitaine", None: None}


def uai_ok(code):
    code = code.upper()
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


def expected_region(uai, sender):
    if uai:
        return DEPT2REG.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOM2REG.get(dom)


# --------------------------------------------------------------------------
# Quoted history written once and reused by several replies.
# --------------------------------------------------------------------------
A_RESET = """Bonjour,

Pour réinitialiser le mot de passe de l'interface professionnelle e-sidoc,
cliquez sur « Mot de passe oublié » sur la page de connexion et saisissez
l'identifiant (le code UAI de l'établissement).

Le lien part vers l'adresse de l'administrateur connue pour ce compte, ou à
défaut vers l'adresse académique de l'établissement. Il est valable 12 heures.

Si personne ne peut lire ces boîtes, le chef d'établissement doit nous
écrire pour demander le changement d'adresse.

Cordialement,
L'équipe d'assistance"""

A_JUNK = """Bonjour,

Les messages automatiques partent d'une adresse « ne-pas-repondre ». Merci de
vérifier le dossier Courrier indésirable (ou Spam) de votre messagerie, de
marquer le message comme légitime et d'ajouter l'expéditeur à vos contacts.

Sans nouvelle de votre part sous 48 heures, nous reviendrons vers vous.

Cordialement,
L'équipe d'assistance"""

A_MIB = """Bonjour,

Votre messagerie est protégée par MailInBlack. Pour recevoir nos messages,
l'adresse d'envoi doit être ajoutée à la liste blanche (liste des expéditeurs
autorisés) de votre établissement. Le guide est en pièce jointe de ce
message ; votre service informatique peut faire la manipulation.

Cordialement,
L'équipe d'assistance"""

A_72H = """Bonjour,

Un abonnement commandé est activé dans un délai de 72 heures ouvrées après
la validation de la commande. Passé ce délai, répondez à ce message en
indiquant le numéro de commande.

Cordialement,
L'équipe d'assistance"""

A_REGION = """Bonjour,

Nous avons bien reçu votre demande et l'avons transmise à l'équipe de votre
région, qui reviendra vers vous sous 48 heures.

Cordialement,
L'équipe d'assistance"""


def quote(header, text):
    lines = [header]
    for line in text.splitlines():
        lines.append(">" if not line else "> " + line)
    return "\n".join(lines)


def outlook_quote(sender, date, to, subject, text):
    return ("-----Message d'origine-----\n"
            f"De : {sender}\nEnvoyé : {date}\nÀ : {to}\nObjet : {subject}\n\n{text}")


MAILS = []


def m(cat, frm, subj, body, client, *, aro=None, uai=None, reg=None, plat=None,
      hard=False, lang="fr", notes, enc=None, html=None, att=None, hdr=None,
      auth=None, wrong=None, raw=None, dup=False, reply=False):
    if aro is None:
        aro = cat not in NEVER_AUTO and cat != "account_creation"
    MAILS.append(dict(cat=cat, frm=frm, subj=subj, body=body, client=client, aro=aro,
                      uai=uai, reg=REG.get(reg, reg), plat=plat, hard=hard, lang=lang,
                      notes=notes, enc=enc, html=html, att=att, hdr=hdr or {},
                      auth=auth, wrong=wrong, raw=raw, dup=dup, reply=reply))


def dup_last(notes=None, hard=None):
    """The same mail sent a second time by mistake, a minute later."""
    last = dict(MAILS[-1])
    last["dup"] = True
    last["notes"] = notes or ("Second copy of the previous mail, sent twice by mistake "
                              "from the phone; same request, same label.")
    if hard is not None:
        last["hard"] = hard
    MAILS.append(last)

# ==========================================================================
# password_reset
# ==========================================================================
m("password_reset", "Sandrine Caussade <sandrine.caussade@ac-toulouse.fr>", "mdp esidoc",
  """bonjour
jai perdu mon mdp esidoc pour le cdi, uai 0311061K
merci

Envoyé de mon iPhone""", "iphone", uai="0311061K", reg="occ", plat="esidoc",
  notes="Two-line phone mail: lost e-sidoc password, UAI given in the body.")

m("password_reset", "Pascale Roumegous <pascale.roumegous@orange.fr>", "Connexion esidoc impossible",
  """Bonjour, je n arrive plus a me connecter a e-sidoc, mot de passe refuse a chaque fois. College Jean Moulin de Limoux 0111943C. Merci de votre aide
Pascale R.

Envoyé depuis mon mobile Orange""", "orange", uai="0111943C", reg="occ", plat="esidoc",
  notes="Password refused on e-sidoc, typed without accents on an Orange phone; UAI in the body.")
dup_last()

m("password_reset", "Myriam Lafargue <myriam.lafargue@ac-bordeaux.fr>", "mot de passe",
  """bonjour virgule je suis la professeure documentaliste du lycée des Graves à Gradignan point mon mot de passe e-sidoc ne fonctionne plus depuis la rentrée point le code de l'établissement est 0330474L point merci d'avance point d'exclamation

Envoyé de mon iPhone""", "iphone", uai="0330474L", reg="na", plat="esidoc", hard=True,
  notes="Dictated with Siri, punctuation spoken as words ('virgule', 'point'); still a plain lost e-sidoc password.")

m("password_reset", "Thierry Bouscatel <t.bouscatel@gmail.com>", "lien expiré espace acheteur",
  """Bonjour,
Gestionnaire au college de Saint-Affrique (0122860U), j ai fait mot de passe oublié sur l'espace acheteur mais le lien est expire quand je clique dessus. Pouvez vous m en renvoyer un ?
Cdlt
T. Bouscatel

Envoyé de mon Galaxy""", "android", uai="0122860U", reg="occ", plat="espace_acheteur",
  notes="Reset link for the Espace Acheteur expired; the gestionnaire asks for a new one.")

m("password_reset", "Secretariat College Henri IV <ce.0640598C@ac-bordeaux.fr>", "réinitialisation",
  """Bonjour,
Pouvez-vous renvoyer le lien pour le mot de passe e-sidoc sur cette adresse svp ? Notre documentaliste ne peut plus se connecter.
Merci
Le secrétariat

Envoyé de mon iPhone""", "iphone", uai="0640598C", reg="na", plat="esidoc", hard=True,
  notes="The UAI appears only in the ce.<UAI>@ac-bordeaux.fr sender address; the secretariat asks for the link on the official mailbox.")

m("password_reset", "julien mercadier <julien.mercadier@ac-poitiers.fr>", "esidoc",
  """bonjour
mot de passe oublie pour le portail esidoc du lycee, identifiant 0861277w
je suis le nouveau doc
merci
julien

Envoyé de mon iPhone""", "iphone", uai="0861277W", reg="na", plat="esidoc", hard=True,
  notes="UAI written in lower case (0861277w) in a no-capitals phone mail; label is the upper-case code.")

m("password_reset", "Nadia Benhamou <nadia.benhamou@ac-bordeaux.fr>", "Mdp perdu",
  """Bonjour,
Je ne retrouve plus le mot de passe d'administration e-sidoc. Collège les Lauriers, UAI 033 1563 V.
Merci beaucoup
Nadia

Obtenir Outlook pour iOS""", "outlook_mobile", uai="0331563V", reg="na", plat="esidoc", hard=True,
  notes="UAI written with spaces (033 1563 V) from Outlook on iPhone; a lost admin password.")

m("password_reset", "Karim Ouazzani <karim.ouaz47@gmail.com>", "mot de passe",
  """bonjour jai oublié mon mot de passe pour esidoc, le code du college c'est 0470337M
merci de me renvoyer qqchose

Envoyé de mon iPhone""", "iphone", aro=False, plat="esidoc", hard=True, wrong="0470337M",
  notes="UAI typed 0470337M has a wrong check letter (the digits give 0470337L), so no UAI and no region from a gmail.com sender; a person must get the right code before any reset.")

m("password_reset", "Claire Dupuy-Lassalle <claire.dupuy-lassalle@ac-montpellier.fr>", "Re: mot de passe",
  """non ce n'est pas mon mot de passe esidoc qui pose probleme, celui la marche. c'est celui de l'espace acheteur que j'ai perdu, je gere aussi les commandes du college depuis septembre. uai 0340494C
merci

Envoyé de mon iPhone""", "iphone", uai="0340494C", reg="occ", plat="espace_acheteur", hard=True,
  notes="Negation: the e-sidoc password works; the lost one is the Espace Acheteur password.")

m("password_reset", "Laure Espitalier <laure.espitalier@ac-toulouse.fr>", "Re: [#SUP-006231] Abonnement Europresse",
  """re bonjour, l'abonnement est bien visible maintenant merci. par contre autre souci, j'ai oublié le mot de passe admin esidoc entre temps (0810268B). vous pouvez me renvoyer le lien ?

Envoyé de mon iPhone

""" + quote("Le 14 nov. 2024 à 09:02, Assistance <support@assistance.example.fr> a écrit :", A_72H),
  "iphone", uai="0810268B", reg="occ", plat="esidoc", hard=True, reply=True,
  hdr={"In-Reply-To": "<SUP-006231.1731571320.a41f2c@assistance.example.fr>",
       "References": "<SUP-006231.1731571320.a41f2c@assistance.example.fr>"},
  notes="Top-posted on a quoted subscription thread, but the new message clearly asks something else: a lost e-sidoc password.")

m("password_reset", "Hannah Whitfield <hannah.whitfield@ac-toulouse.fr>", "Password for e-sidoc",
  """Hi,
I'm the English language assistant at Lycée international Victor Hugo and the librarian asked me to write because she's away. We can't log in to the e-sidoc back office any more, the password is not accepted. School code is 0311737V.
Thanks a lot
Hannah

Sent from my iPhone""", "iphone", uai="0311737V", reg="occ", plat="esidoc", lang="en",
  notes="English, from a phone: lost e-sidoc back-office password, UAI given.")

m("password_reset", "Agnès Tourné <agnes.tourne@ac-poitiers.fr>", "Re: [#SUP-006402] Mot de passe e-sidoc",
  """Bonjour,
Le lien arrive bien sur la boite du college mais le secretariat me le transfere le lendemain et il est deja expire. On a essaye deux fois. Et la le secretariat est ferme jusqu'au 4 novembre. Comment faire ?
Agnes Tourne, CDI college Jean Mermoz 0790319T

Envoyé depuis mon mobile Orange

""" + quote("Le 17/10/2024 à 11:26, Assistance <support@assistance.example.fr> a écrit :", A_RESET),
  "orange_pro", aro=False, uai="0790319T", reg="na", plat="esidoc", hard=True, reply=True,
  hdr={"In-Reply-To": "<SUP-006402.1729157160.0d2e91@assistance.example.fr>",
       "References": "<SUP-006402.1729157160.0d2e91@assistance.example.fr>"},
  notes="Reply after the reset answer: the 12-hour link expires before it is forwarded and the secretariat is closed; the automatic path failed twice, a person must take over.")

m("password_reset", "documentation lycée Bourdelle <cdi.bourdelle@gmail.com>", "compte bloqué",
  """Bonjour
Compte e-sidoc bloqué après plusieurs essais ce matin, message "trop de tentatives". Lycée Antoine Bourdelle, 0821367R
Merci de débloquer ou de renvoyer un mot de passe

Envoyé de mon iPad""", "ipad", uai="0821367R", reg="occ", plat="esidoc",
  notes="Account locked after too many attempts: a password_reset case per the taxonomy.")

m("password_reset", "Fabien Serres <fabien.serres81@gmail.com>", "identifiant ??",
  """bonjour je ne connais pas mon identifiant pour me connecter a l'espace acheteur, on m'a dit que c'etait un code mais lequel ?? et le mdp non plus
merci""", "gmail_android", plat="espace_acheteur",
  notes="Does not know the identifier or the password; from a personal address with no UAI, so the head-of-establishment procedure is explained automatically.")

m("password_reset", "Stéphanie Arrighi <stephanie.arrighi@ac-montpellier.fr>", "Mot de passe EcoleDirecte",
  """Bonjour,
J'ai perdu le mot de passe du compte administrateur EcoleDirecte du collège (0301781Y). Attention ce n'est pas le mot de passe de maintenance du jour, c'est bien mon accès perso d'administration.
Merci
S. Arrighi, secrétaire de direction

Envoyé de mon iPhone""", "iphone", aro=False, uai="0301781Y", reg="occ", plat="ecoledirecte", hard=True,
  notes="Lost EcoleDirecte administration password, explicitly not the daily maintenance password (transfer_incident); no reset template exists for this product, so a person answers.")

m("password_reset", "Didier Pujol <didier.pujol@ac-toulouse.fr>", "mdp + facture",
  """Bonjour
2 choses : 1/ je n'ai plus le mot de passe de l'espace acheteur, lien oublié ne marche pas chez moi
2/ la facture de l'abonnement n'est pas arrivée dans Chorus, notre agent comptable la réclame
Collège Pierre Bayle, Pamiers - 0091981E

Envoyé de mon iPhone""", "iphone", aro=False, uai="0091981E", reg="occ", plat="espace_acheteur", hard=True,
  notes="Two topics: Espace Acheteur password (first, main) and an invoice missing from Chorus (order_billing); a single template would answer only half.")

m("password_reset", "Secrétariat collège <ce.0321409H@ac-toulouse.fr>", "Mot de passe interface professionnelle",
  """Bonjour,

La professeure documentaliste, Mme Lacoste, a perdu le mot de passe de l'interface professionnelle e-sidoc.
Merci de renvoyer le lien de réinitialisation sur la boîte du collège, nous lui transmettrons.

Cordialement,

Secrétariat de direction
Collège Salvandy - Mirande
0321409H""", "zimbra", uai="0321409H", reg="occ", plat="esidoc",
  notes="Secretariat writes from the ce.<UAI> address with the UAI in the signature; standard reset to the official mailbox.")

m("password_reset", "Elodie M <elodie.m65@icloud.com>", "mdp",
  """mdp esidoc svp 0650365U

Envoyé de mon iPhone""", "iphone", uai="0650365U", reg="occ", plat="esidoc",
  notes="One line: 'mdp esidoc' and a UAI, nothing else; the reset path applies.")

m("password_reset", "Romain Larrieu <romain.larrieu@ac-bordeaux.fr>", "nouveau mot de passe",
  """Bonjour,
Je n'ai plus acces au compte admin esidoc du lycee 0400424U. La boite du lycee c'est le secretariat qui l'a et ils sont debordés, pouvez vous envoyer le nouveau mot de passe directement sur mon gmail perso romain.larrieu40@gmail.com ? ce sera plus simple
Merci
Romain

Envoyé de mon iPhone""", "iphone", aro=False, uai="0400424U", reg="na", plat="esidoc", hard=True,
  notes="Asks for the new password on a personal gmail address that is not on file: no automatic answer may send it there, a person must reply.")

m("password_reset", "Valérie Chaigneau <valerie.chaigneau@gmail.com>", "Mot de passe expiré",
  """Bonjour, esidoc me dit que mon mot de passe a expiré et qu'il faut le changer mais quand je tape l'ancien il me dit qu'il est faux. Lycée Bernard Palissy Saintes 0172798Z
Merci
Valérie""", "gmail_android", uai="0172798Z", reg="na", plat="esidoc",
  notes="Expired e-sidoc password that cannot be changed: password_reset.")

m("password_reset", "Isabelle Nouaille <isabelle.nouaille@ac-limoges.fr>", "Retour de congé - mot de passe",
  """Bonjour,

Je reprends après un congé maternité et je ne me souviens plus du tout du mot de passe de l'administration e-sidoc du CDI. Pourriez-vous m'aider ?

Collège Maurice Genevoix - Couzeix
UAI : 0870872A

Bien à vous,
Isabelle Nouaille
Professeure documentaliste""", "applemail", html="alt", uai="0870872A", reg="na", plat="esidoc",
  notes="Back from maternity leave, forgotten e-sidoc admin password; Apple Mail multipart.")

m("password_reset", "Pierre Mazeau <p.mazeau@ac-bordeaux.fr>", "Admin account locked - e-sidoc",
  """Hello,
I'm the IT technician for the Cité scolaire in Sarlat. The e-sidoc admin account has been locked out after several failed logins this morning. UAI 0240722E. Could you send a reset link to the school's address?
Regards
Pierre Mazeau

Sent from Outlook for Android""", "outlook_mobile", uai="0240722E", reg="na", plat="esidoc", lang="en",
  notes="English, IT technician: e-sidoc admin account locked, asks for the reset link on the school address.")

m("password_reset", "Martine Delpech <martine.delpech@ac-toulouse.fr>", "et si doc",
  """bonjour je n'ai plus le mot de passe de et si doc pour le CDI du collège de Figeac, 0462110U.
merci de m'envoyer un nouveau lien

Envoyé de mon iPhone""", "iphone", uai="0462110U", reg="occ", plat="esidoc", hard=True,
  notes="Autocorrect turned 'e-sidoc' into 'et si doc'; a lost e-sidoc password with the UAI.")

m("password_reset", "Gaëlle Castan <gaelle.castan@ac-montpellier.fr>", "Fwd: identifiant",
  """coucou, c'est gaelle du cdi de Sète, en fait je crois que je me suis trompée d'adresse la semaine dernière. je n'arrive toujours pas à me connecter à e-sidoc, on me dit identifiant ou mot de passe incorrect. c'est le 0341926J je crois ?

Envoyé de mon iPhone

Début du message réexpédié :

> De: Gaëlle Castan <gaelle.castan@ac-montpellier.fr>
> Date: 3 décembre 2024 à 17:48:12 UTC+1
> À: cdi.lycee.sete@gmail.com
> Objet: identifiant
>
> bonjour, je n'arrive plus à me connecter à e-sidoc
""", "iphone", uai="0341926J", reg="occ", plat="esidoc", hard=True,
  notes="Forwarded from the phone with a familiar tone ('coucou') and an unsure UAI; still a login/password problem on e-sidoc.")

# ==========================================================================
# missing_noreply_mail
# ==========================================================================
m("missing_noreply_mail", "Corinne Sabatier <corinne.sabatier@ac-toulouse.fr>", "mot de passe oublié",
  """bonjour
jai fait mot de passe oublié sur esidoc 3 fois depuis ce matin mais je recois rien du tout. 0091304U
merci

Envoyé de mon iPhone""", "iphone", uai="0091304U", reg="occ", plat="esidoc", hard=True,
  notes="Reads like a password problem, but the reset tool was used and the new-password mail never arrives: missing_noreply_mail.")

m("missing_noreply_mail", "Jérôme Vidal <jerome.vidal34@gmail.com>", "mail d'activation",
  """Bonjour,
Je me suis inscrit sur l'espace acheteur hier pour le collège, je n'ai jamais reçu le mail d'activation.
Cordialement
Jérôme Vidal

Envoyé depuis mon mobile Orange""", "orange", plat="espace_acheteur",
  notes="Activation mail for the Espace Acheteur never received; personal sender, no UAI, no académie domain.")

m("missing_noreply_mail", "gestion lycee <gestion.lycee-jean-jaures@ac-montpellier.fr>", "notifications",
  """bonjour depuis lundi on ne recoit plus les notifications de l'espace acheteur (validation de panier etc). on n'a rien changé de notre coté.
merci

Envoyé de mon iPhone""", "iphone", plat="espace_acheteur",
  notes="Notifications from the no-reply address stopped arriving; no UAI, region from the ac-montpellier.fr sender.", reg="occ")

m("missing_noreply_mail", "Florence Baylac <florence.baylac@ac-toulouse.fr>", "Re: [#SUP-006588] Mail de création de compte",
  """Bonjour, non ce n'est pas dans les spams, j'ai regardé partout, et ça fait maintenant 4 jours. Pouvez vous transmettre à la région ?
F. Baylac

Envoyé de mon iPhone

""" + quote("Le 18 nov. 2024 à 14:40, Assistance <support@assistance.example.fr> a écrit :", A_JUNK),
  "iphone", aro=False, uai=None, reg="occ", plat=None, hard=True, reply=True,
  hdr={"In-Reply-To": "<SUP-006588.1731937200.77ab0c@assistance.example.fr>",
       "References": "<SUP-006588.1731937200.77ab0c@assistance.example.fr>"},
  notes="Follow-up after the junk-folder answer: nothing after 4 days, asks for the region; the template was already sent, so a person follows up.")

m("missing_noreply_mail", "Patrick Roques <patrick.roques@ac-montpellier.fr>", "pas reçu le mail",
  """Bonjour,
On n'a pas MailInBlack chez nous, ni aucun antispam particulier, mais le mail pour valider mon inscription sur l'espace acheteur n'arrive pas. Lycée Charles de Gaulle Muret... non pardon Lycée Joffre, 0340229P.
Merci

Envoyé de mon iPhone""", "iphone", uai="0340229P", reg="occ", plat="espace_acheteur", hard=True,
  notes="Names MailInBlack only to say the school does not use it: missing_noreply_mail, not mailinblack_spam.")

m("missing_noreply_mail", "Emma Collins <emma.collins@ac-bordeaux.fr>", "No confirmation email",
  """Hi there,
I registered on the buyer space for our school last Friday but I never got the confirmation email. Nothing in spam either I think.
Thanks,
Emma

Sent from my iPhone""", "iphone", plat="espace_acheteur", lang="en", reg="na",
  notes="English: confirmation mail for the buyer space never arrived; no UAI, region from the ac-bordeaux.fr sender.")

m("missing_noreply_mail", "Sophie Brisset <sophie.brisset@ac-poitiers.fr>", "toujours rien",
  """toujours pas recu le mail d activation du compte esidoc 😕 college 0160905X

Envoyé de mon iPhone""", "iphone", uai="0160905X", reg="na", plat="esidoc",
  notes="Very short phone mail: the e-sidoc activation mail never came.")
dup_last()

m("missing_noreply_mail", "Collège Bernadette Chirac <ce.0192144C@ac-limoges.fr>", "Mail de création de compte",
  """Bonjour,

Nous n'avons jamais reçu le mail de création de compte pour l'espace acheteur, demandé par notre gestionnaire la semaine dernière.

Cordialement
Le secrétariat""", "zimbra", uai="0192144C", reg="na", plat="espace_acheteur",
  notes="Account-creation mail never received; UAI only in the ce.<UAI>@ac-limoges.fr sender address.", hard=True)

m("missing_noreply_mail", "Hélène Guéraud <helene.gueraud@ac-poitiers.fr>", "Lien de validation",
  """Bonjour
je n ai pas recu le lien pour valider mon adresse mail sur e-sidoc
merci d avance
Hélène Guéraud

Envoyé de mon iPhone""", "iphone", plat="esidoc", reg="na",
  notes="Validation link for e-sidoc not received; no UAI, region from the ac-poitiers.fr domain.")

m("missing_noreply_mail", "Bruno Lacaze <bruno.lacaze@ac-bordeaux.fr>", "nouveau mot de passe pas reçu",
  """Bonjour, le mail avec le nouveau mot de passe ne parvient pas sur la boîte académique du lycée (0402523A). Vous pouvez vérifier qu'il est bien parti ?
Merci
Bruno

Envoyé depuis mon mobile Orange""", "orange_pro", uai="0402523A", reg="na", plat="esidoc",
  notes="New-password mail does not reach the school's official mailbox; no anti-spam named.")

m("missing_noreply_mail", "Annie Castex <annie.castex@ac-toulouse.fr>", "Notifications du portail",
  """bonjour je ne reçois plus les notifications du portail d'assistance quand vous répondez à mes tickets, je dois aller voir moi même sur le portail
merci

Envoyé de mon iPhone""", "iphone", plat="ticket_portal", reg="occ",
  notes="Notifications of the ticket portal no longer arrive: missing_noreply_mail on the ticket_portal.")

m("missing_noreply_mail", "cdi college <ce.0231216x@ac-limoges.fr>", "mail activation",
  """bonjour
pas de mail d'activation recu sur cette adresse pour esidoc
merci

Envoyé depuis mon mobile Orange""", "orange_pro", uai="0231216X", reg="na", plat="esidoc", hard=True,
  notes="UAI only in the sender address and in lower case (ce.0231216x@ac-limoges.fr); activation mail never arrived.")

m("missing_noreply_mail", "Marc Esquerré <marc.esquerre@ac-montpellier.fr>", "Convention à signer",
  """Bonjour, on m'a dit au téléphone que la convention d'adhésion m'avait été envoyée pour signature électronique il y a une semaine mais je n'ai jamais reçu le mail de la signature électronique. Collège Marcel Pagnol, Perpignan 0661037U.
Cordialement

Envoyé de mon iPhone""", "iphone", uai="0661037U", reg="occ", plat="esignature", hard=True,
  notes="The e-signature invitation mail never arrived: a missing no-reply mail, not a contract-documents access problem.")

m("missing_noreply_mail", "Laetitia Ribeiro <laeti.ribeiro@gmail.com>", "inscription",
  """bjr pas recu le mail de confirmation inscription espace acheteur. merci

Laetitia Ribeiro
Gestionnaire - Collège Les Cèdres
0330845P""", "gmail_android", uai="0330845P", reg="na", plat="espace_acheteur", hard=True,
  notes="Personal gmail sender; the UAI appears only in the signature.")

m("missing_noreply_mail", "Olivier Haran <olivier.haran@ac-bordeaux.fr>", "Activation compte administrateur",
  """Bonjour,
Le mail avec le lien d'activation du compte administrateur e-sidoc n'est jamais arrivé. Lycée Louis de Foix, Bayonne, 0641161P.
Merci

Obtenir Outlook pour Android""", "outlook_mobile", uai="0641161P", reg="na", plat="esidoc",
  notes="Admin account activation link never arrived on e-sidoc.")

# ==========================================================================
# mailinblack_spam
# ==========================================================================
m("mailinblack_spam", "Nathalie Izard <nathalie.izard@ac-toulouse.fr>", "mails bloqués",
  """bonjour vos mails sont bloqués par mailinblack chez nous, du coup pas de lien d'activation. college 0310397N

Envoyé de mon iPhone""", "iphone", uai="0310397N", reg="occ", plat="esidoc",
  notes="MailInBlack named: the activation mails are blocked.")

m("mailinblack_spam", "Gilles Terral <gilles.terral@ac-montpellier.fr>", "Re: [#SUP-006712] Mot de passe",
  """Bonjour
On a un antispam au collège qui demande de cliquer sur une image pour prouver qu'on n'est pas un robot, je pense que votre mail de réinitialisation est resté coincé là dedans. 0110658F
Gilles

Envoyé de mon iPhone

""" + quote("Le 21 nov. 2024 à 08:55, Assistance <support@assistance.example.fr> a écrit :", A_RESET),
  "iphone", aro=False, uai="0110658F", reg="occ", plat="esidoc", hard=True, reply=True,
  hdr={"In-Reply-To": "<SUP-006712.1732175700.c91e04@assistance.example.fr>",
       "References": "<SUP-006712.1732175700.c91e04@assistance.example.fr>"},
  notes="Quoted history is about a password reset, but the new text describes the sender-authentication challenge without naming MailInBlack; a person should confirm the product before sending the guide.")

m("mailinblack_spam", "David Harper <d.harper@ac-toulouse.fr>", "MailInBlack quarantine",
  """Hi,
IT support here for Collège Jean Rostand. Our MailInBlack filter put your activation emails in quarantine and the teachers can't release them. Can you tell me which sending address to allow-list? UAI 0312758E
Thanks
David

Sent from my Android""", "android", uai="0312758E", reg="occ", plat="espace_acheteur", lang="en",
  notes="English, IT staff: MailInBlack quarantined the activation mails; asks for the address to allow-list.")

m("mailinblack_spam", "Josiane Marty <josiane.marty@ac-toulouse.fr>", "mailing black",
  """bonjour, le mail de réinitialisation est bloqué par mailing black au collège, comment on fait pour le récupérer ? 0820704V

Envoyé de mon iPhone""", "iphone", uai="0820704V", reg="occ", plat="esidoc", hard=True,
  notes="Autocorrect wrote 'mailing black' for MailInBlack; the reset mail is held by it.")

m("mailinblack_spam", "Lycée Albert Camus <ce.0302840Z@ac-montpellier.fr>", "Messages en attente",
  """Bonjour,

Nos messages entrants passent par MailInBlack. Votre adresse ne-pas-repondre est en attente de validation dans notre console et personne ici n'a la main dessus.

Cordialement,
Le secrétariat du lycée""", "zimbra", uai="0302840Z", reg="occ", plat="espace_acheteur",
  notes="MailInBlack named; the no-reply sender is held awaiting validation; UAI only in the ce.<UAI> sender.", hard=True)

m("mailinblack_spam", "Béatrice Soulé <beatrice.soule@ac-toulouse.fr>", "quarantaine",
  """bonjour
le mail de l'espace acheteur est dans la quarantaine mailinblack mais je n'ai pas les droits pour le libérer, c'est le département qui gère. lycée 0652143B
merci

Envoyé de mon iPhone""", "iphone", uai="0652143B", reg="occ", plat="espace_acheteur",
  notes="Mail held in the MailInBlack quarantine; routed to the region, which contacts the IT department.")

m("mailinblack_spam", "Vincent Arnaud <vincent.arnaud@ac-poitiers.fr>", "mailinblack + administrateur",
  """Bonjour,
Deux questions : vos mails d'activation sont bloqués par Mailinblack au collège, et par ailleurs qui est l'administrateur de notre structure sur l'espace acheteur ? Je ne sais pas qui valide les comptes.
Collège Gérard Philipe, 0860622J
Merci

Envoyé de mon iPhone""", "iphone", aro=False, uai="0860622J", reg="na", plat="espace_acheteur", hard=True,
  notes="Two topics: MailInBlack blocking (main) and who is the structure's administrator (account_creation); needs a person.")

m("mailinblack_spam", "Service informatique <informatique.lycees@ac-bordeaux.fr>", "MIB",
  """bonjour, MIB bloque vos mails pour plusieurs lycées du secteur, vous pouvez nous donner les IP / domaines d'envoi pour qu'on les passe en liste blanche ?
merci

Envoyé depuis mon mobile Orange""", "orange_pro", plat=None, reg="na", hard=True,
  notes="'MIB' is the usual abbreviation of MailInBlack; IT asks for sending domains to allow-list. No UAI, region from ac-bordeaux.fr.")

m("mailinblack_spam", "Lucie Fontan <lucie.fontan@ac-poitiers.fr>", "activation bloquée",
  """mailinblack a bloqué le mail d'activation espace acheteur. 0792445D

Envoyé de mon iPhone""", "iphone", uai="0792445D", reg="na", plat="espace_acheteur",
  notes="One-line phone mail: MailInBlack blocked the activation mail.")

m("mailinblack_spam", "Serge Combes <serge.combes@ac-toulouse.fr>", "RE: [#SUP-006790] Mails bloqués",
  """J'ai fait la manip de la liste blanche comme dans votre guide mais c'est toujours bloqué. Le service informatique du département ne répond pas. On fait comment ?
Serge Combes - Collège Jean Lurçat 0461257S

Obtenir Outlook pour iOS

""" + outlook_quote("Assistance <support@assistance.example.fr>", "lundi 25 novembre 2024 10:14",
                    "Serge Combes <serge.combes@ac-toulouse.fr>", "[#SUP-006790] Mails bloqués", A_MIB),
  "outlook_mobile", aro=False, uai="0461257S", reg="occ", plat=None, hard=True, reply=True,
  hdr={"In-Reply-To": "<SUP-006790.1732526040.e2b7aa@assistance.example.fr>",
       "References": "<SUP-006790.1732526040.e2b7aa@assistance.example.fr>"},
  notes="Reply after the MailInBlack guide: the allow-list did not help and the IT department is silent; a person must follow up.")

m("mailinblack_spam", "Magali Vernhes <magali.vernhes@orange.fr>", "indésirable",
  """Bonjour, le logiciel Mailinblack du collège a mis le mail de la plateforme e-sidoc dans les indésirables et je ne sais pas comment le sortir. Collège de Souillac 0461517Z
Magali

Envoyé depuis mon mobile Orange""", "orange", uai="0461517Z", reg="occ", plat="esidoc",
  notes="MailInBlack named; the platform mail is held as unwanted.")

m("mailinblack_spam", "Tom Gallagher <tom.gallagher@ac-montpellier.fr>", "Reset email stuck",
  """Hello, our school uses Mailinblack and the password reset email is stuck in the quarantine. UAI 0341926J. How do we get it?
Tom

Sent from my iPhone""", "iphone", uai="0341926J", reg="occ", plat="esidoc", lang="en",
  notes="English: the reset mail is stuck in the MailInBlack quarantine.")

m("mailinblack_spam", "Secrétariat Collège Jules Ferry <ce.0240512B@ac-bordeaux.fr>", "validation captcha",
  """Bonjour,
Est-ce que vous pouvez valider le captcha Mailinblack que vous avez reçu de notre part ? Sinon vos messages ne nous arrivent pas.
Merci
Le secrétariat

Envoyé de mon iPhone""", "iphone", uai="0240512B", reg="na", plat=None, hard=True,
  notes="Asks us to answer the school's MailInBlack challenge so that our mail gets through; UAI only in the ce.<UAI> sender.")

# ==========================================================================
# head_of_establishment_request
# ==========================================================================
m("head_of_establishment_request", "Principal Collège Jean Jaurès <ce.0312758E@ac-toulouse.fr>", "Autorisation réinitialisation",
  """Bonjour,
En tant que principal du collège, je vous autorise à réinitialiser le mot de passe administrateur e-sidoc et à l'adresser à notre nouvelle professeure documentaliste, Mme Carle.
Cordialement
J.-M. Fourcade, principal

Envoyé de mon iPhone""", "iphone", uai="0312758E", reg="occ", plat="esidoc", hard=True,
  notes="The principal writes from the ce.<UAI> address to authorise a reset for a new librarian: a head-of-establishment request, not password_reset.")

m("head_of_establishment_request", "Anne-Marie Lasserre <anne-marie.lasserre@ac-toulouse.fr>", "Changement d'administrateur",
  """Bonjour,
Je suis principale du collège Voltaire (0650648B). M. Duclos, gestionnaire, part à la retraite : merci de désigner Mme Baqué comme administratrice de notre compte sur l'espace acheteur à compter du 1er janvier.
Bien cordialement
A.-M. Lasserre
Principale

Obtenir Outlook pour Android""", "outlook_mobile", uai="0650648B", reg="occ", plat="espace_acheteur",
  notes="The principal asks in writing to change the structure's administrator.")

m("head_of_establishment_request", "Directrice école Jules Ferry <ec.ferry.foix@orange.fr>", "commande",
  """bonjour je suis la directrice de l'école élémentaire Jules Ferry de Foix virgule j'autorise la commande des abonnements pour la BCD point le numéro de l'école est 0090585M
merci
Sylvie Rouch

Envoyé de mon iPhone""", "iphone", uai="0090585M", reg="occ", plat=None, hard=True,
  notes="Dictated by a school directrice: she authorises an order in writing, so a head-of-establishment request even though it mentions an order.")

m("head_of_establishment_request", "Richard Evans <head@bordeaux-international-school.example.org>", "Change of administrator",
  """Dear support team,
I am the Head of the Bordeaux International School (UAI 0332999F). Our librarian Ms Price has left; please make Mr Olivier Dumas the administrator of our e-sidoc account and reset the admin contact address to library@bordeaux-international-school.example.org.
Kind regards,
Richard Evans
Head of School

Sent from my iPad""", "ipad", uai="0332999F", reg="na", plat="esidoc", lang="en",
  notes="English: the head of school asks for a change of administrator and of the contact address.")

m("head_of_establishment_request", "Christian Bergès <christian.berges1962@gmail.com>", "adresse de contact esidoc",
  """Bonjour
Je suis le proviseur du lycée Clémence Royer (0341926J... non pardon c'est le 0340483R). Je vous écris de mon adresse perso car je suis en déplacement : merci de remplacer l'adresse de contact du compte e-sidoc par celle du lycée ce.0340483R@ac-montpellier.fr.
C. Bergès

Envoyé de mon iPhone""", "iphone", uai="0340483R", reg="occ", plat="esidoc", hard=True,
  notes="Proviseur writing from a personal gmail: staff must check the sender; he first types the wrong school's code 0341926J then corrects to 0340483R, the label.")

m("head_of_establishment_request", "Principal <ce.0480204L@ac-montpellier.fr>", "Demande de réinitialisation",
  """Bonjour,
Je demande la réinitialisation du mot de passe administrateur de l'espace acheteur pour le collège Henri Bourrillon, UAI 0480204M. L'ancienne gestionnaire est partie sans transmettre ses accès.
Le principal
P. Rouvière

Envoyé depuis mon mobile Orange""", "orange_pro", uai="0480204L", reg="occ", plat="espace_acheteur", hard=True, wrong="0480204M",
  notes="The body gives 0480204M (wrong check letter, the digits give 0480204L); the ce.0480204L@ac-montpellier.fr sender carries the valid UAI, which is the label.")

m("head_of_establishment_request", "Proviseur Lycée Arago <ce.0662296M@ac-montpellier.fr>", "Courrier signé - administrateur",
  """Bonjour,
Ci-joint le courrier signé demandant le changement d'administrateur de notre compte e-sidoc.
Cordialement
Le proviseur

Envoyé de mon iPhone""", "iphone", uai="0662296M", reg="occ", plat="esidoc",
  att=("courrier_changement_admin.pdf", "application", "pdf"),
  notes="The proviseur sends a signed letter (PDF) asking for a change of administrator from the ce.<UAI> address.")

m("head_of_establishment_request", "Proviseur Lycée Merleau-Ponty <ce.0170402V@ac-poitiers.fr>", "URGENT admin",
  """Bonjour,
Merci de transferer immediatement les comptes administrateur esidoc ET espace acheteur sur ma nouvelle adresse proviseur.rochefort@gmail.com, l'adresse academique ne fonctionne plus.
Le proviseur

Envoyé de mon iPhone""", "iphone", uai="0170402V", reg="na", plat=None, hard=True,
  auth="spoof", hdr={"Reply-To": "proviseur.rochefort@gmail.com"},
  notes="Claims to be the proviseur from the ce.<UAI> address but SPF/DKIM fail and Reply-To is a gmail address: a probable spoof for staff to refuse; mentions both products, so no single platform.")

m("head_of_establishment_request", "Principale Collège Rosa Parks <ce.0330845P@ac-bordeaux.fr>", "mot de passe documentaliste",
  """Bonjour,
Notre documentaliste a perdu le mot de passe d'e-sidoc et n'a plus accès à l'ancienne adresse de contact. En tant que principale je demande la réinitialisation et le changement de l'adresse de contact pour celle du collège.
Mme Garrigou, principale

Envoyé de mon iPhone""", "iphone", uai="0330845P", reg="na", plat="esidoc", hard=True,
  notes="Mentions a lost password, but the principal herself asks in writing for a reset and a new contact address: head_of_establishment_request.")

m("head_of_establishment_request", "Directeur école <ce.0232592T@ac-limoges.fr>", "administrateur du compte",
  """bonjour
je vous confirme par écrit que Mme Aubusson devient l'administratrice du compte esidoc de l'école à la place de M. Parrot qui a été muté
le directeur, F. Lagrange

Envoyé depuis mon mobile Orange""", "orange_pro", uai="0232592T", reg="na", plat="esidoc",
  notes="The school director confirms in writing a change of administrator, from the ce.<UAI> sender.")

m("head_of_establishment_request", "Principale <ce.0860363C@ac-poitiers.fr>", "Nouvelle adresse de contact",
  """Bonjour,
Suite au changement de secrétaire, je vous demande de remplacer l'adresse de contact de notre compte espace acheteur par secretariat.0860363C@ac-poitiers.fr.
Cordialement,
La principale du collège Jean Moulin""", "zimbra", uai="0860363C", reg="na", plat="espace_acheteur",
  notes="The principal asks to change the account's contact address.")

m("head_of_establishment_request", "Proviseur Lycée Stendhal <ce.0321229M@ac-toulouse.fr>", "Autorisation commande n° 2025-0147",
  """Bonjour,

J'autorise la commande n° 2025-0147 (devis du 12 mars) d'un montant supérieur au seuil de délégation de la gestionnaire. Merci de la valider.

Le proviseur,
B. Dauzère

Envoyé de mon iPhone""", "iphone", uai="0321229M", reg="occ", plat="espace_acheteur", hard=True,
  notes="The proviseur authorises an order in writing: head-of-establishment request, though it mentions a quote and an order number.")

m("head_of_establishment_request", "Principal Collège Paul Eluard <ce.0720...>".replace("<ce.0720...>", "<ce.0160730G@ac-poitiers.fr>"), "administrateur",
  """principal du college paul eluard, je souhaite que la gestionnaire soit administratrice de notre compte espace acheteur a la place de l'ancien adjoint gestionnaire. merci

Envoyé de mon iPhone""", "iphone", uai="0160730G", reg="na", plat="espace_acheteur",
  notes="The principal asks for a change of administrator; no capitals, UAI only in the ce.<UAI> sender.", hard=True)

# ==========================================================================
# account_creation
# ==========================================================================
m("account_creation", "Aurélie Gasc <aurelie.gasc31@gmail.com>", "creer un compte",
  """bonjour comment on cree un compte sur l'espace acheteur pour le college ? je suis la nouvelle gestionnaire
merci""", "gmail_android", aro=True, plat="espace_acheteur",
  notes="How to create an account: the FAQ answer applies; personal sender, no UAI.")

m("account_creation", "Rémi Bosc <remi.bosc@ac-toulouse.fr>", "compte en attente",
  """Bonjour, mon compte espace acheteur est en attente de validation depuis 10 jours. Lycée Jean de Prades, Castelsarrasin 0821560A. Merci de voir ce qui bloque

Envoyé de mon iPhone""", "iphone", aro=False, uai="0821560A", reg="occ", plat="espace_acheteur",
  notes="Account waiting for validation for ten days: a person must look.")

m("account_creation", "Cathy Lacombe <cathy.lacombe@ac-toulouse.fr>", "administrateur ?",
  """bonjour qui est l'administrateur de notre structure sur l'espace acheteur ? college 0122549F. je dois lui demander les droits

Envoyé de mon iPhone""", "iphone", aro=False, uai="0122549F", reg="occ", plat="espace_acheteur",
  notes="Asks who the structure's administrator is: needs a look-up.")

m("account_creation", "Daniel O'Brien <daniel.obrien@ac-bordeaux.fr>", "New account",
  """Hi, I'm the new bursar at our lycée and I need an account on the buyer space. How do I create one?
Thanks, Daniel

Sent from my iPhone""", "iphone", aro=True, plat="espace_acheteur", lang="en", reg="na",
  notes="English: how to create a buyer-space account; the FAQ answer applies. Region from ac-bordeaux.fr.")

m("account_creation", "Mélanie Duprat <melanie.duprat@ac-bordeaux.fr>", "pas de mot de passe",
  """bonjour, je n'ai pas perdu mon mot de passe, je n'ai jamais eu de compte ! je suis arrivée en septembre au CDI du collège de Dax (0400577K) et je voudrais un compte sur e-sidoc.
merci

Envoyé de mon iPhone""", "iphone", aro=True, uai="0400577K", reg="na", plat="esidoc", hard=True,
  notes="Negation: not a lost password, she never had an account: account_creation.")

m("account_creation", "Franck Guillot <franck.guillot@ac-poitiers.fr>", "droits commandes",
  """Bonjour,
J'ai bien un compte sur l'espace acheteur mais je ne peux pas passer de commande, le bouton est grisé. Pouvez-vous m'ouvrir les droits ? Lycée Dautet La Rochelle 0171304A
Merci

Envoyé depuis mon mobile Orange""", "orange_pro", aro=False, uai="0171304A", reg="na", plat="espace_acheteur",
  notes="Account works; asks for order rights to be opened.")

m("account_creation", "Gisèle Pagès <gisele.pages@ac-montpellier.fr>", "UAI introuvable",
  """Bonjour, en créant le compte client l'établissement n'apparaît pas dans la liste, notre UAI est 0481946E (collège de Marvejols). Merci

Envoyé de mon iPhone""", "iphone", aro=False, uai="0481946E", reg="occ", plat="espace_acheteur",
  notes="The establishment's UAI is not in the list when opening the customer account: sales team, a person answers.")

m("account_creation", "Yannick Roux <yannick.roux@ac-montpellier.fr>", "deuxième compte admin",
  """Bonjour
On est deux documentalistes au lycée Dhuoda (0301656M), est-ce qu'on peut avoir chacun un compte administrateur sur e-sidoc ?
Yannick

Envoyé de mon iPhone""", "iphone", aro=False, uai="0301656M", reg="occ", plat="esidoc",
  notes="Asks whether a second librarian can have an admin account: a person answers.")

m("account_creation", "Collège Jean Moulin <cjm.perpignan@orange.fr>", "compte",
  """bonjour je voudrais créer un compte pour le collège merci

Envoyé depuis mon mobile Orange

Collège Jean Moulin - Perpignan
0660430j""", "orange", aro=True, uai="0660430J", reg="occ", plat=None, hard=True,
  notes="Dictated one-liner; the UAI appears only in the signature, in lower case; no product named.")

m("account_creation", "Gestion Collège Montaigne <ce.0241216S@ac-bordeaux.fr>", "compte en attente de validation",
  """Bonjour, compte créé hier sur l'espace acheteur, il est toujours en attente de validation. C'est normal ?
Merci

Envoyé de mon iPhone""", "iphone", aro=True, uai="0241216S", reg="na", plat="espace_acheteur",
  notes="Account created yesterday and pending validation: the standard answer applies; UAI only in the ce.<UAI> sender.", hard=True)

# ==========================================================================
# subscription_activation
# ==========================================================================
m("subscription_activation", "Laurent Bertrand <laurent.bertrand@ac-montpellier.fr>", "abonnement pas actif",
  """bonjour l'abonnement esidoc commandé hier n'est pas encore actif, c'est normal ? 0340494C

Envoyé de mon iPhone""", "iphone", uai="0340494C", reg="occ", plat="esidoc",
  notes="Ordered yesterday, not yet active: the 72-hour rule answers it.")

m("subscription_activation", "Chantal Gabarrou <chantal.gabarrou@ac-poitiers.fr>", "Europresse élèves",
  """Bonjour
La ressource Europresse n'est pas visible côté élèves sur notre portail e-sidoc, alors qu'on l'a bien dans l'interface pro. Faut-il la publier ? Collège 0790319T
Merci

Envoyé de mon iPhone""", "iphone", uai="0790319T", reg="na", plat="esidoc",
  notes="Resource to publish for pupils: subscription_activation.")

m("subscription_activation", "Julie Sarraute <julie.sarraute@ac-poitiers.fr>", "abonnement",
  """on a payé l abonnement esidoc il y a 2 jours mais on voit rien dans le portail, 0162486R

Envoyé de mon iPhone""", "iphone", uai="0162486R", reg="na", plat="esidoc",
  notes="Paid two days ago, not visible yet: within the 72-hour rule.")
dup_last()

m("subscription_activation", "Monique Delage <monique.delage@ac-limoges.fr>", "module non visible",
  """Bonjour, ce n'est pas un problème de mot de passe, je me connecte très bien, mais le module Lirelactu commandé lundi n'apparaît pas dans le portail. Collège 0231864B
Merci

Envoyé de mon iPhone""", "iphone", uai="0231864B", reg="na", plat="esidoc", hard=True,
  notes="Negation: the login works; the resource ordered on Monday is not visible yet.")

m("subscription_activation", "Sébastien Irigoyen <sebastien.irigoyen@ac-bordeaux.fr>", "abonnement toujours pas actif",
  """Bonjour,
Abonnement commandé il y a trois semaines et toujours pas actif sur e-sidoc. Lycée René Cassin Bayonne 0642801X.
Merci de regarder

Obtenir Outlook pour iOS""", "outlook_mobile", aro=False, uai="0642801X", reg="na", plat="esidoc",
  notes="Three weeks after the order, well past the 72-hour rule: a person must check the order.")

m("subscription_activation", "Rachel Moore <rachel.moore@ac-bordeaux.fr>", "Europresse not showing",
  """Hi, we subscribed to Europresse through the platform last week (order validated Monday) and it's not showing in our e-sidoc portal yet. School code 0470351B.
Thanks
Rachel

Sent from my iPhone""", "iphone", uai="0470351B", reg="na", plat="esidoc", lang="en",
  notes="English: a subscribed resource not yet visible in the portal.")

m("subscription_activation", "Françoise Malet <francoise.malet@ac-toulouse.fr>", "Re: [#SUP-007014] Commande abonnement",
  """c'est bon on a reçu la facture merci, mais l'abonnement n'est toujours pas dispo sur le portail (commande validée avant hier)
F. Malet

Envoyé de mon iPhone

""" + quote("Le 9 déc. 2024 à 16:20, Assistance <support@assistance.example.fr> a écrit :",
            """Bonjour,

La facture de votre commande est disponible dans votre espace, rubrique
« Mes factures ». Elle a également été déposée dans Chorus Pro.

Cordialement,
L'équipe d'assistance"""), "iphone", uai=None, reg="occ", plat="esidoc", hard=True, reply=True,
  hdr={"In-Reply-To": "<SUP-007014.1733757600.5fd1e3@assistance.example.fr>",
       "References": "<SUP-007014.1733757600.5fd1e3@assistance.example.fr>"},
  notes="Top-posted on a quoted invoice thread; the new question is a subscription not yet available (two days, within 72 h). No UAI, region from ac-toulouse.fr.")

m("subscription_activation", "Documentation Lycée <doc.lycee-monnerville@ac-toulouse.fr>", "renouvellement",
  """Bonjour,
Le renouvellement de l'abonnement e-sidoc au 1er janvier n'apparaît pas encore, le portail affiche "abonnement expiré" depuis ce matin. Lycée Monnerville, Cahors, 0460650G.
Cordialement""", "zimbra", uai="0460650G", reg="occ", plat="esidoc",
  notes="Renewal not yet visible the day after; the 72-hour rule applies.")

m("subscription_activation", "Arnaud Trescases <arnaud.trescases@ac-montpellier.fr>", "option marchés",
  """bonjour l'option suivi des marchés commandée vendredi n'est pas encore visible dans notre espace acheteur. 0300986J
merci

Envoyé de mon iPhone""", "iphone", uai="0300986J", reg="occ", plat="espace_acheteur",
  notes="A service ordered on the Espace Acheteur not yet visible.")

m("subscription_activation", "Principal Collège Jean Monnet <ce.0192...>".replace("<ce.0192...>", "<ce.0190717B@ac-limoges.fr>"), "abonnement",
  """Bonjour,
Je suis le principal du collège. Pouvez-vous me dire quand l'abonnement commandé par notre documentaliste sera disponible ?
Merci
M. Chastang

Envoyé de mon iPhone""", "iphone", uai="0190717B", reg="na", plat="esidoc", hard=True,
  notes="Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.")

m("subscription_activation", "Estelle Puech <estelle.puech@ac-toulouse.fr>", "ressource a publier",
  """bonjour comment je fais pour publier la ressource numérique qu'on vient d'acheter sur le portail esidoc ? elle est dans l'interface mais pas en ligne
collège 0811712W

Envoyé de mon iPhone""", "iphone", uai="0811712W", reg="occ", plat="esidoc",
  notes="Resource to publish on the portal: subscription_activation.")
# ==========================================================================
# order_billing
# ==========================================================================
m("order_billing", "Hervé Castagné <herve.castagne@ac-toulouse.fr>", "devis",
  """bonjour il me faudrait un devis pour le renouvellement esidoc 2025 pour faire le bon d'engagement. lycée 0811712W... non c'est le collège, 0812242X
merci

Envoyé de mon iPhone""", "iphone", uai="0812242X", reg="occ", plat="esidoc", hard=True,
  notes="Quote request for the renewal; the sender first types another school's code 0811712W then corrects to 0812242X, the label.")

m("order_billing", "Agence comptable Lycée Saint-Cricq <ac.saintcricq@ac-bordeaux.fr>", "Facture rejetée Chorus",
  """Bonjour,
Votre facture FA-2024-11873 a été rejetée dans Chorus Pro : le numéro d'engagement juridique est absent. Pouvez-vous la redéposer avec l'EJ 2100458812 ?
Lycée Saint-Cricq, Pau - 0641131G
Cordialement

Envoyé de mon iPhone""", "iphone", uai="0641131G", reg="na", plat="espace_acheteur",
  notes="Invoice rejected in Chorus for a missing engagement number: order_billing.")

m("order_billing", "Nicolas Vergnes <nicolas.vergnes@ac-montpellier.fr>", "panier",
  """bonjour mon panier se vide quand je valide la commande sur l'espace acheteur, ça fait 3 fois. collège 0301781Y

Envoyé de mon iPhone""", "iphone", uai="0301781Y", reg="occ", plat="espace_acheteur",
  notes="Basket empties at order validation: order_billing.")

m("order_billing", "Bursar - International Section <bursar.section@ac-bordeaux.fr>", "Invoice copy",
  """Hello, could you send me a copy of the invoice for our last order (subscription 2024-2025)? Our accountant can't find it. Lycée Camille Jullian, 0330...""".replace("0330...", "UAI 0331563V? sorry, it is 0330474L") + """
Thanks

Sent from my iPhone""", "iphone", uai="0330474L", reg="na", plat="espace_acheteur", lang="en", hard=True,
  notes="English invoice copy request; the sender first types 0331563V (another school) then corrects to 0330474L, the label.")

m("order_billing", "Corinne Lapeyre <corinne.lapeyre@ac-limoges.fr>", "paiement mandat",
  """Bonjour, peut-on payer l'abonnement par mandat administratif après service fait ou faut-il payer à la commande ? collège 0191714K
Merci

Envoyé depuis mon mobile Orange""", "orange_pro", uai="0191714K", reg="na", plat=None,
  notes="Question about payment means: order_billing.")

m("order_billing", "Jean-Luc Sentenac <jl.sentenac@ac-toulouse.fr>", "facture + conventions",
  """Bonjour,
Le montant de la facture 2024-3381 ne correspond pas au devis (on nous facture 3 licences au lieu de 2). Et au passage je ne vois plus les conventions dans Mes marchés.
Collège Jean XXIII... non, collège Victor Hugo de Auch, 0322167G

Obtenir Outlook pour iOS""", "outlook_mobile", uai="0322167G", reg="occ", plat="espace_acheteur", hard=True,
  notes="Two topics: wrong invoice amount (main) and conventions missing from Mes marchés (contract_documents).")

m("order_billing", "Sylvie Larroque <sylvie.larroque@ac-bordeaux.fr>", "facture",
  """facture svp pour l'abonnement 2025, numéro d'engagement 2100461207. 0470990W

Envoyé de mon iPhone""", "iphone", uai="0470990W", reg="na", plat=None,
  notes="Asks for an invoice with the engagement number: order_billing.")

m("order_billing", "Éric Bousquet <eric.bousquet@ac-montpellier.fr>", "paiement carte",
  """bonjour je voudrais savoir si on peut payer par carte bancaire sur l'espace acheteur point d'interrogation le collège n'a pas de carte achat je crois point merci
Éric Bousquet, gestionnaire

Envoyé de mon iPhone""", "iphone", plat="espace_acheteur", reg="occ",
  notes="Dictated question on payment by card: order_billing; no UAI, region from ac-montpellier.fr.")

m("order_billing", "Magali Roubichou <magali.roubichou@ac-toulouse.fr>", "Re: [#SUP-005977] Mot de passe e-sidoc",
  """Bonjour, merci ça marche pour le mot de passe. Autre question : où trouve-t-on le devis pour l'abonnement de l'an prochain ? Le gestionnaire en a besoin pour le budget. Collège 0090585M

Envoyé de mon iPhone

""" + quote("Le 8 oct. 2024 à 10:12, Assistance <support@assistance.example.fr> a écrit :", A_RESET),
  "iphone", uai="0090585M", reg="occ", plat="esidoc", hard=True, reply=True,
  hdr={"In-Reply-To": "<SUP-005977.1728375120.bb31a0@assistance.example.fr>",
       "References": "<SUP-005977.1728375120.bb31a0@assistance.example.fr>"},
  notes="Reply on a password ticket (quoted), but the new question is a quote for next year: order_billing.")

m("order_billing", "Gestion Lycée Bellevue <ce.0810346L@ac-toulouse.fr>", "Bon d'engagement",
  """Bonjour,
Veuillez trouver ci-joint le bon d'engagement pour la commande de l'abonnement e-sidoc. Merci de nous faire parvenir la facture sur Chorus Pro.
Cordialement
Service gestion

Envoyé de mon iPhone""", "iphone", uai="0810346L", reg="occ", plat="esidoc",
  att=("bon_engagement_2025.pdf", "application", "pdf"),
  notes="Sends the bon d'engagement (PDF) and asks for the invoice in Chorus.")

# ==========================================================================
# contract_documents
# ==========================================================================
m("contract_documents", "Bernard Alquier <bernard.alquier@ac-montpellier.fr>", "conventions",
  """bonjour je ne vois pas les conventions dans Mes marchés sur l'espace acheteur, la page est vide. collège 0111419H

Envoyé de mon iPhone""", "iphone", uai="0111419H", reg="occ", plat="espace_acheteur",
  notes="Cannot see the conventions in Mes marchés.")

m("contract_documents", "Patricia Lestrade <patricia.lestrade@ac-limoges.fr>", "avenant",
  """Bonjour, l'avenant n°2 au marché de fournitures ne s'affiche pas dans nos documents, on nous demande pourtant de le signer avant la fin du mois. Lycée 0871751F
Merci

Envoyé de mon iPhone""", "iphone", uai="0871751F", reg="na", plat="espace_acheteur",
  notes="An amendment to the market cannot be seen.")

m("contract_documents", "Peter Lindqvist <peter.lindqvist@ac-toulouse.fr>", "Framework agreement documents",
  """Hi, I can log in fine but I can't open the framework agreement documents in the buyer space, there's an access error on every PDF. Lycée 0311061K
Thanks
Peter

Sent from my iPhone""", "iphone", uai="0311061K", reg="occ", plat="espace_acheteur", lang="en",
  notes="English: market documents cannot be opened.")

m("contract_documents", "Sandrine Py <sandrine.py@ac-toulouse.fr>", "pieces marché",
  """je vois pas les pieces du marché dans l'espace acheteur 0122865Z

Envoyé de mon iPhone""", "iphone", uai="0122865Z", reg="occ", plat="espace_acheteur",
  notes="One line: market documents not visible.")

m("contract_documents", "Aline Garcia <aline.garcia@ac-montpellier.fr>", "onglet documents vide",
  """Bonjour, pas de problème de mot de passe, je suis bien connectée, mais l'onglet Documents de notre marché est vide alors que mon collègue les voyait l'an dernier. Collège 0110537Z

Envoyé de mon iPhone""", "iphone", uai="0110537Z", reg="occ", plat="espace_acheteur", hard=True,
  notes="Negation: not a password problem; contract documents are not visible.")

m("contract_documents", "Thomas Etcheverry <thomas.etcheverry@ac-bordeaux.fr>", "convention signée introuvable",
  """Bonjour,
La convention d'adhésion a bien été signée électroniquement en septembre mais elle n'apparaît pas dans nos documents sur l'espace acheteur. Lycée 0641161P
Cordialement

Obtenir Outlook pour Android""", "outlook_mobile", uai="0641161P", reg="na", plat="espace_acheteur", hard=True,
  notes="The signed convention is missing from the documents space: contract_documents, though the e-signature is mentioned.")

m("contract_documents", "Marchés publics Lycée <marches.lycee-champollion@ac-toulouse.fr>", "DCE",
  """Bonjour,
Impossible d'accéder au DCE et au CCTP du marché de restauration depuis notre espace. Le lien renvoie une page "accès refusé".
Lycée Champollion, Figeac - 0460650G
Cordialement""", "zimbra", uai="0460650G", reg="occ", plat="espace_acheteur",
  notes="Market documents (DCE, CCTP) inaccessible.")

m("contract_documents", "Josette Bellocq <josette.bellocq@orange.fr>", "documents du contrat",
  """bonjour je n'arrive pas a voir le contrat et ses annexes dans mon espace, c'est pour le conseil d'administration de jeudi. collège 0402523A

Envoyé depuis mon mobile Orange""", "orange", uai="0402523A", reg="na", plat="espace_acheteur",
  notes="Contract and annexes not visible in the buyer space.")

# ==========================================================================
# transfer_incident
# ==========================================================================
m("transfer_incident", "Jacques Faure <jacques.faure@ac-toulouse.fr>", "transfert",
  """bonjour le transfert des notes vers ecoledirecte échoue depuis hier soir, message erreur 504. collège 0312758E

Envoyé de mon iPhone""", "iphone", uai="0312758E", reg="occ", plat="ecoledirecte",
  notes="Data transfer to EcoleDirecte failing.")

m("transfer_incident", "Secrétariat Collège <ce.0661037U@ac-montpellier.fr>", "mot de passe maintenance",
  """Bonjour, pouvez-vous nous donner le mot de passe de maintenance du jour pour réindexer la base ? Merci

Envoyé de mon iPhone""", "iphone", uai="0661037U", reg="occ", plat="ecoledirecte", hard=True,
  notes="Asks for the daily maintenance password: transfer_incident per the taxonomy, not password_reset.")

m("transfer_incident", "Pascal Roux <pascal.roux@ac-limoges.fr>", "licence",
  """Bonjour, le logiciel nous dit que la licence est expirée, il faut la régénérer, la synchro ne passe plus. Lycée 0870398K
Merci

Envoyé de mon iPhone""", "iphone", uai="0870398K", reg="na", plat="ecoledirecte",
  notes="Licence to regenerate, synchronisation stopped.")

m("transfer_incident", "Mark Sullivan <mark.sullivan@itservices-sudouest.example.com>", "Sync failure",
  """Hi, contractor for Collège Jean Rostand here. The nightly sync to EcoleDirecte fails with "ERR_SYNC_AUTH 401" since Monday. UAI 0312758E. Can someone look?
Mark

Sent from my Pixel""", "gmail_android", uai="0312758E", reg="occ", plat="ecoledirecte", lang="en",
  notes="English, IT contractor: nightly synchronisation fails.")

m("transfer_incident", "Valérie Combes <valerie.combes@ac-toulouse.fr>", "synchro",
  """la synchro siecle ne passe plus depuis ce matin, bloquée à 'en cours'. 0820704V

Envoyé de mon iPhone""", "iphone", uai="0820704V", reg="occ", plat="ecoledirecte",
  notes="School-management synchronisation stuck.")

m("transfer_incident", "Secrétariat Lycée <ce.0170402V@ac-poitiers.fr>", "import élèves",
  """bonjour virgule l'import des élèves dans ecole directe reste bloqué à 80 % depuis ce matin point on a relancé deux fois point merci

Envoyé de mon iPhone""", "iphone", uai="0170402V", reg="na", plat="ecoledirecte", hard=True,
  notes="Dictated ('virgule', 'point'); pupil import stuck: transfer_incident. UAI only in the ce.<UAI> sender.")

m("transfer_incident", "Gilbert Mauran <gilbert.mauran@ac-montpellier.fr>", "Re: [#SUP-007102] Transfert des données",
  """toujours pareil ce matin, le transfert a encore planté à la même étape. vous avez du nouveau ?

Envoyé de mon iPhone

""" + quote("Le 12 déc. 2024 à 15:31, Assistance <support@assistance.example.fr> a écrit :", A_REGION),
  "iphone", uai=None, reg="occ", plat=None, reply=True, hard=True,
  hdr={"In-Reply-To": "<SUP-007102.1734013860.61a7d2@assistance.example.fr>",
       "References": "<SUP-007102.1734013860.61a7d2@assistance.example.fr>"},
  notes="Short follow-up on a transfer ticket: the transfer still fails; only the subject names the topic; no UAI, region from ac-montpellier.fr.")

m("transfer_incident", "Muriel Abadie <muriel.abadie@ac-toulouse.fr>", "transfert BCDI esidoc",
  """Bonjour, le transfert automatique de la base vers le portail e-sidoc ne se fait plus depuis la mise à jour, les nouvelles notices n'apparaissent pas. Collège 0652143B
Merci

Envoyé de mon iPhone""", "iphone", uai="0652143B", reg="occ", plat="esidoc", hard=True,
  notes="Synchronisation of the catalogue to the portal fails: a data transfer incident on e-sidoc rather than a subscription problem.")

m("transfer_incident", "Proviseur adjoint <pa.lycee-dumas@ac-montpellier.fr>", "maintenance",
  """Bonjour
Nous avons besoin du code de maintenance du jour pour relancer la synchronisation emploi du temps / ecole directe. Lycée Alexandre Dumas, Alès 0300986J
Merci

Obtenir Outlook pour iOS""", "outlook_mobile", uai="0300986J", reg="occ", plat="ecoledirecte",
  notes="Daily maintenance code to restart a synchronisation.")
# ==========================================================================
# automated
# ==========================================================================
m("automated", "Brigitte Cazes <brigitte.cazes@ac-toulouse.fr>", "Absence du CDI",
  """Bonjour,
Je suis absente jusqu'au 4 novembre inclus. Pour toute urgence, merci de contacter la vie scolaire.
Brigitte Cazes""", "zimbra", reg="occ", hdr={"Auto-Submitted": "auto-replied", "In-Reply-To": "<SUP-006480.1729850000.aa12bc@assistance.example.fr>"},
  notes="Zimbra out-of-office with Auto-Submitted: never answered; region from the ac-toulouse.fr sender.")

m("automated", "Jean-Pierre Darrigrand <jp.darrigrand@ac-bordeaux.fr>", "Réponse automatique : [#SUP-006533] Mot de passe e-sidoc",
  """Je suis en déplacement sans accès à mes mails jusqu'à lundi. Je vous répondrai à mon retour.

Envoyé de mon iPhone""", "iphone", reg="na", hard=True,
  notes="Out-of-office set from the phone, no Auto-Submitted header; only the wording and subject show it is automatic; it quotes a ticket about a password.")

m("automated", "Mail Delivery System <MAILER-DAEMON@ac-montpellier.fr>", "Undelivered Mail Returned to Sender", None, "robot",
  reg="occ", lang="en", raw="bounce_postfix",
  notes="Postfix multipart/report bounce in English for a mistyped address; the sender domain gives the region.")

m("automated", "Mailer-Daemon <mailer-daemon@orange.fr>", "Message non remis", None, "robot", raw="bounce_orange",
  notes="Orange delivery failure notice in French: a bounce, never answered.")

m("automated", "MailInBlack <no-reply@mailinblack.com>", "Authentifiez-vous pour que votre message soit délivré", None, "robot",
  raw="mib_fr", hard=True, uai=None,
  notes="A MailInBlack sender-authentication challenge received by the desk: an automated message, not a user's mailinblack_spam request.")

m("automated", "MailInBlack <no-reply@mailinblack.com>", "Please authenticate so your message can be delivered", None, "robot",
  raw="mib_en", hard=True, lang="en",
  notes="English MailInBlack challenge sent to the desk by a school's filter: automated, never answered.")

m("automated", "Philippe Duthil <philippe.duthil@ac-poitiers.fr>", "Lu : [#SUP-006901] Abonnement Europresse", None, "robot",
  raw="mdn", reg="na",
  notes="Read receipt (multipart/report disposition-notification) from Outlook; region from ac-poitiers.fr.")

m("automated", "Lettre d'info Doc'Occitanie <info@lettre.docs-occitanie.example.org>", "La lettre des documentalistes - décembre", None, "robot",
  raw="newsletter_fr",
  notes="Mailing-list newsletter with List-Id and List-Unsubscribe.")

m("automated", "EdTech Weekly <news@edtech-weekly.example.com>", "This week: 5 library apps your pupils will love", None, "robot",
  raw="newsletter_en", lang="en",
  notes="English vendor newsletter with List-Unsubscribe and Precedence: bulk.")

m("automated", "Signature électronique <noreply@esign-notify.example.com>", "Document signé : Convention d'adhésion 2025 - Collège Jean Jaurès", None, "robot",
  raw="esign", plat="esignature",
  notes="E-signature completion notification: transactional, no person wrote it.")

m("automated", "Portail d'assistance <no-reply@portail.assistance.example.fr>", "Nouveau commentaire sur le ticket #SUP-007231", None, "robot",
  raw="portal", plat="ticket_portal",
  notes="Ticket-portal notification echoed to the desk's own mailbox: auto-generated.")

m("automated", "Isabelle Fenouillet via docs-occitanie <docs-occitanie@ac-toulouse.fr>", "[docs-occitanie] mot de passe esidoc ?",
  """bonjour à tous, quelqu'un sait comment récupérer le mot de passe esidoc quand on arrive dans un nouvel établissement ? merci
Isabelle

Envoyé de mon iPhone

_______________________________________________
docs-occitanie mailing list
docs-occitanie@listes.ac-toulouse.fr""", "iphone", reg="occ", plat="esidoc", hard=True,
  hdr={"List-Id": "<docs-occitanie.listes.ac-toulouse.fr>", "Precedence": "list",
       "List-Unsubscribe": "<mailto:docs-occitanie-unsubscribe@listes.ac-toulouse.fr>"},
  notes="A real password question, but posted to an academic mailing list the desk receives (List-Id, Precedence: list): not written to us, never answered.")

m("automated", "Kevin Mills <kevin.mills@ac-bordeaux.fr>", "Automatic reply: Invoice copy",
  """I am out of the office until 6 January with no access to email. For urgent matters please contact the school office.
Kevin""", "outlook_mobile", lang="en", reg="na", hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
  notes="English Outlook out-of-office with Auto-Submitted.")

m("automated", "Microsoft Outlook <postmaster@lycee-saint-joseph.example.fr>", "Remise différée : Devis abonnement", None, "robot",
  raw="delay",
  notes="Exchange delivery-delay notice: not a person, never answered.")

m("automated", "Céline Ourliac <celine.ourliac@icloud.com>", "Réponse automatique",
  """Bonjour, je suis en congé maternité jusqu'au 15 mars. Pour le CDI du collège, merci d'écrire à la vie scolaire.
Céline""", "applemail", hdr={"Auto-Submitted": "auto-replied"},
  notes="Apple Mail (iCloud) vacation reply: automated.")

m("automated", "Gestionnaire <gestion.lycee-montesquieu@ac-bordeaux.fr>", "Absence",
  """Je suis absente du 23 décembre au 6 janvier. Vos messages ne seront pas transférés.""", "zimbra", reg="na",
  hdr={"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
  notes="Zimbra out-of-office from an ac-bordeaux.fr address.")

m("automated", "Google Agenda <calendar-notification@google.com>", "Invitation : Réunion réseau docs @ jeu. 16 janv. 2025", None, "robot",
  raw="calendar",
  notes="Auto-generated Google Calendar invitation forwarded by a list, not a request to the desk.")

m("automated", "Chorus Pro <ne-pas-repondre@chorus-pro.example.gouv.fr>", "Chorus Pro - Mise à disposition d'une facture", None, "robot",
  raw="chorus", hard=True,
  notes="Chorus Pro notification about an invoice: looks like order_billing but is a machine notification, never answered.")

m("automated", "Collège Jean Rostand <ce.0312758E@ac-toulouse.fr>", "Réponse automatique : [#SUP-007188] Mails bloqués",
  """Le secrétariat du collège est fermé pendant les vacances scolaires. Réouverture le lundi 6 janvier à 8h.
Collège Jean Rostand - 0312758E""", "zimbra", uai="0312758E", reg="occ",
  hdr={"Auto-Submitted": "auto-replied"},
  notes="Out-of-office from the school's ce.<UAI> mailbox; the UAI is the sender's, the mail is still automated.")

m("automated", "Messagerie vocale Orange <messagerie-vocale@orange.fr>", "Vous avez un nouveau message vocal", None, "robot",
  raw="voicemail",
  notes="Voicemail-to-mail notification sent by the operator: auto-generated.")

# ==========================================================================
# other
# ==========================================================================
m("other", "Sandrine Caussade <sandrine.caussade@ac-toulouse.fr>", "Re: [#SUP-006120] mdp esidoc",
  """merci c'est bon 👍

Envoyé de mon iPhone

""" + quote("Le 3 oct. 2024 à 09:40, Assistance <support@assistance.example.fr> a écrit :", A_RESET),
  "iphone", reg="occ", plat=None, hard=True, reply=True,
  hdr={"In-Reply-To": "<SUP-006120.1727941200.0c33de@assistance.example.fr>",
       "References": "<SUP-006120.1727941200.0c33de@assistance.example.fr>"},
  notes="Thanks only, top-posted over the quoted reset answer: 'mot de passe' appears but nothing is asked.")

m("other", "Messagerie académique <support@ac-toulouse-webmail.com>", "Votre boîte aux lettres est pleine",
  """Cher utilisateur,
Votre boîte aux lettres académique a atteint 98 % de sa capacité. Confirmez votre identifiant et votre mot de passe ici pour éviter la suspension : http://ac-toulouse-webmail.com/verif
Service informatique""", "robot_html", html="only", auth="fail",
  notes="Phishing on a look-alike domain (ac-toulouse-webmail.com is not an académie domain): other, no region.", hard=True)

m("other", "Rank Boost <sales@rankboost-seo.example.net>", "Get your school website on page 1 of Google",
  """Hello,
I checked your website and found 27 SEO errors. We can fix them and get you on the first page of Google in 30 days. Reply YES for a free audit.
Best,
Jason""", "robot_html", html="alt", lang="en",
  notes="English SEO spam from an unknown sender: not a support request.")

m("other", "DocuSign <dse-notification@docusign-secure-mail.example.xyz>", "Please review and sign: Payment_Advice.pdf",
  """You have received a document to review and sign.
REVIEW DOCUMENT
This message was sent to you by Accounts Department who is using the DocuSign Electronic Signature Service.""", "robot_html", html="only",
  auth="fail", lang="en", hard=True,
  notes="English phishing dressed as an e-signature request from a fake domain: other, no platform.")

m("other", "Mobilier Scolaire Pro <contact@mobilier-scolaire-pro.example.fr>", "Offre spéciale CDI : -30 % sur les rayonnages",
  """Madame, Monsieur,
Profitez de notre offre d'hiver sur les rayonnages et bacs à albums pour votre CDI : -30 % jusqu'au 31 janvier.
Catalogue en pièce jointe.
L'équipe commerciale""", "robot_html", html="alt",
  notes="Unsolicited commercial offer, not a support request.")

m("other", "Nathalie Pons <nath.pons82@gmail.com>", "notes de mon fils",
  """bonjour je n'arrive pas a voir les notes de mon fils sur ecole directe depuis la semaine derniere, il est en 4eme B. merci de me repondre vite

Envoyé de mon iPhone""", "iphone", plat="ecoledirecte", hard=True,
  notes="A parent about her child's grades on EcoleDirecte: wrong recipient (the school handles parents), so other, not a transfer or password case.")

m("other", "Maxime Bordes <maxime.bordes@ac-toulouse.fr>", "test",
  """test

Envoyé de mon iPhone""", "iphone", reg="occ",
  notes="A 'test' mail from a phone, nothing asked.")

m("other", "Fanny Laborde <fanny.laborde@ac-bordeaux.fr>", "(sans objet)",
  """Ok dacc jpp

Envoyé de mon iPhone""", "iphone", reg="na", hard=True,
  notes="Pocket-sent or mis-sent few words with no request; nothing to classify.")

m("other", "Claire Astruc <claire.astruc.auteure@gmail.com>", "Proposition d'intervention en CDI",
  """Bonjour,
Autrice jeunesse installée dans le Tarn, je propose des rencontres en CDI autour de mon dernier roman. Pourriez-vous transmettre ma proposition aux professeurs documentalistes de votre réseau ?
Claire Astruc""", "gmail_android",
  notes="An author offering school visits: unrelated to support.")

m("other", "Oliver Grant <oliver.grant.cv@gmail.com>", "Job application - IT support",
  """Dear Sir or Madam,
Please find attached my CV for any IT support position in your team. I'm bilingual English/French and based in Bordeaux.
Kind regards,
Oliver Grant""", "gmail_android", lang="en", att=("CV_Oliver_Grant.pdf", "application", "pdf"),
  notes="English job application with a CV attached.")

m("other", "Hugo Marquès <hugo.marques@ac-montpellier.fr>", "catalogage",
  """bonjour comment on fait pour cataloguer un livre qui a deux auteurs dans esidoc ? le deuxième n'apparait pas dans la notice
merci

Envoyé de mon iPhone""", "iphone", plat="esidoc", reg="occ",
  notes="A how-to question about cataloguing in e-sidoc: no category fits, so other.")

m("other", "Alain Teulière <alain.teuliere@ac-toulouse.fr>", "Re: [#SUP-006855] Transfert des données",
  """Franchement 3 jours pour avoir une réponse c'est pas sérieux. Enfin bref c'est réglé tout seul.

Envoyé de mon iPhone

""" + quote("Le 2 déc. 2024 à 11:05, Assistance <support@assistance.example.fr> a écrit :", A_REGION),
  "iphone", reg="occ", hard=True, reply=True,
  hdr={"In-Reply-To": "<SUP-006855.1733133900.9e0a51@assistance.example.fr>",
       "References": "<SUP-006855.1733133900.9e0a51@assistance.example.fr>"},
  notes="Complaint on a transfer ticket whose problem solved itself: nothing left to do technically; other for a person to read.")

m("other", "Comptabilité <compta@relance-factures.example.info>", "Facture impayée n°44719 - dernier rappel",
  """Bonjour,
Sauf erreur de notre part, la facture ci-jointe reste impayée. Merci de régler sous 48 h pour éviter des frais.
Service comptabilité""", "robot_html", auth="fail", hard=True, att=("Facture_44719.zip", "application", "zip"),
  notes="Fake unpaid-invoice phishing with a zip attachment from an unknown sender: other, not order_billing.")

m("other", "Stéphane Laporte <stephane.laporte@ac-poitiers.fr>", "sortie jeudi",
  """rappelle moi quand tu peux pour la sortie de jeudi, le car est à 8h15 devant le collège

Envoyé de mon iPhone""", "iphone", reg="na", hard=True,
  notes="A personal message sent to the desk by mistake (wrong contact picked on the phone).")

# ==========================================================================
# Robot mails written whole (headers and MIME structure by hand).
# %MID% and %DATE% are filled in by the wrapper.
# ==========================================================================
RAW = {}
RAW["bounce_postfix"] = """From: Mail Delivery System <MAILER-DAEMON@ac-montpellier.fr>
To: support@assistance.example.fr
Subject: Undelivered Mail Returned to Sender
Date: %DATE%
Message-ID: %MID%
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="4Xk2Lq7Zr1.1734350112/smtp3.ac-montpellier.fr"

This is a MIME-encapsulated message.

--4Xk2Lq7Zr1.1734350112/smtp3.ac-montpellier.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp3.ac-montpellier.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cdi.college-vauban@ac-montpellier.fr>: host mailhost.ac-montpellier.fr said:
    550 5.1.1 User unknown (in reply to RCPT TO command)

--4Xk2Lq7Zr1.1734350112/smtp3.ac-montpellier.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp3.ac-montpellier.fr
Arrival-Date: Mon, 16 Dec 2024 12:55:10 +0100 (CET)

Final-Recipient: rfc822; cdi.college-vauban@ac-montpellier.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--4Xk2Lq7Zr1.1734350112/smtp3.ac-montpellier.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: cdi.college-vauban@ac-montpellier.fr
Subject: [#SUP-007140] Mail d'activation
Auto-Submitted: auto-replied

--4Xk2Lq7Zr1.1734350112/smtp3.ac-montpellier.fr--
"""

RAW["bounce_orange"] = """From: Mailer-Daemon <mailer-daemon@orange.fr>
To: support@assistance.example.fr
Subject: Message non remis
Date: %DATE%
Message-ID: %MID%
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis au destinataire suivant :

  josette.bellocq@orange.fr
  Motif : boîte aux lettres pleine (552 5.2.2)

Objet du message : [#SUP-007044] documents du contrat

Ceci est un message automatique, merci de ne pas y répondre.
"""

RAW["mib_fr"] = """From: MailInBlack <no-reply@mailinblack.com>
To: support@assistance.example.fr
Subject: Authentifiez-vous pour que votre message soit délivré
Date: %DATE%
Message-ID: %MID%
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body><p>Bonjour,</p>
<p>Vous avez envoy=C3=A9 un message =C3=A0 <b>secretariat.college-lurcat@a=
c-toulouse.fr</b>. Ce destinataire est prot=C3=A9g=C3=A9 par MailInBlack.<=
/p>
<p>Pour que votre message soit d=C3=A9livr=C3=A9, merci de vous authentifie=
r en cliquant sur le lien ci-dessous et en s=C3=A9lectionnant l'image dema=
nd=C3=A9e.</p>
<p><a href=3D"https://auth.mailinblack.example.com/c/8f3a2">Je m'authentifi=
e</a></p>
<p>Cette op=C3=A9ration n'est =C3=A0 faire qu'une seule fois.</p>
</body></html>
"""

RAW["mib_en"] = """From: MailInBlack <no-reply@mailinblack.com>
To: support@assistance.example.fr
Subject: Please authenticate so your message can be delivered
Date: %DATE%
Message-ID: %MID%
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hello,

You sent a message to intendance.lycee-palissy@ac-bordeaux.fr, who is
protected by MailInBlack. To deliver your message, please prove you are a
human by clicking the link below and picking the requested picture:

https://auth.mailinblack.example.com/c/1d77e

You will only need to do this once.
"""

RAW["mdn"] = """From: Philippe Duthil <philippe.duthil@ac-poitiers.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?Lu_=3A_=5B=23SUP-006901=5D_Abonnement_Europresse?=
Date: %DATE%
Message-ID: %MID%
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="----=_NextPart_000_0019_01DB3E2A.7F1C4E60"

------=_NextPart_000_0019_01DB3E2A.7F1C4E60
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message

  À : philippe.duthil@ac-poitiers.fr
  Objet : [#SUP-006901] Abonnement Europresse

a été lu le mardi 26 novembre 2024 à 08:12.

------=_NextPart_000_0019_01DB3E2A.7F1C4E60
Content-Type: message/disposition-notification

Reporting-UA: Microsoft Outlook 16.0
Final-Recipient: rfc822;philippe.duthil@ac-poitiers.fr
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0019_01DB3E2A.7F1C4E60--
"""

RAW["newsletter_fr"] = """From: =?utf-8?q?Lettre_d=27info_Doc=27Occitanie?= <info@lettre.docs-occitanie.example.org>
To: support@assistance.example.fr
Subject: =?utf-8?q?La_lettre_des_documentalistes_-_d=C3=A9cembre?=
Date: %DATE%
Message-ID: %MID%
List-Id: Lettre Doc'Occitanie <lettre.docs-occitanie.example.org>
List-Unsubscribe: <https://lettre.docs-occitanie.example.org/unsub?u=77a1>
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="nl-b1c9e2"

--nl-b1c9e2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

LA LETTRE DES DOCUMENTALISTES - DÉCEMBRE

- Semaine de la presse : les inscriptions ouvrent le 6 janvier
- Retour sur la journée académique de Montpellier
- Sélection de romans pour le prix des collégiens

Se désinscrire : https://lettre.docs-occitanie.example.org/unsub?u=77a1

--nl-b1c9e2
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><h1>La lettre des documentalistes - décembre</h1>
<ul><li>Semaine de la presse : les inscriptions ouvrent le 6 janvier</li>
<li>Retour sur la journée académique de Montpellier</li>
<li>Sélection de romans pour le prix des collégiens</li></ul>
<p><a href="https://lettre.docs-occitanie.example.org/unsub?u=77a1">Se désinscrire</a></p>
</body></html>

--nl-b1c9e2--
"""

RAW["newsletter_en"] = """From: EdTech Weekly <news@edtech-weekly.example.com>
To: support@assistance.example.fr
Subject: This week: 5 library apps your pupils will love
Date: %DATE%
Message-ID: %MID%
List-Unsubscribe: <mailto:unsubscribe@edtech-weekly.example.com>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/html; charset=us-ascii

<html><body><h2>This week in EdTech</h2>
<p>Five library apps your pupils will love, a webinar on media literacy,
and our new podcast episode.</p>
<p><a href="https://edtech-weekly.example.com/u">Unsubscribe</a></p>
</body></html>
"""

RAW["esign"] = """From: =?utf-8?q?Signature_=C3=A9lectronique?= <noreply@esign-notify.example.com>
To: support@assistance.example.fr
Subject: =?utf-8?q?Document_sign=C3=A9_=3A_Convention_d=27adh=C3=A9sion_2025_-_Coll?=
 =?utf-8?q?=C3=A8ge_Jean_Jaur=C3=A8s?=
Date: %DATE%
Message-ID: %MID%
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Tous les signataires ont sign=C3=A9 le document =C2=AB Convention d'adh=C3=
=A9sion 2025 - Coll=C3=A8ge Jean Jaur=C3=A8s =C2=BB.

Le document est disponible : https://app.esign-notify.example.com/d/91c2

Ce message est envoy=C3=A9 automatiquement, merci de ne pas y r=C3=A9pondre.
"""

RAW["portal"] = """From: Portail d'assistance <no-reply@portail.assistance.example.fr>
To: support@assistance.example.fr
Subject: Nouveau commentaire sur le ticket #SUP-007231
Date: %DATE%
Message-ID: %MID%
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Un nouveau commentaire a été ajouté au ticket #SUP-007231 par un demandeur.

Consulter le ticket : https://portail.assistance.example.fr/tickets/7231

Vous recevez ce message car vous suivez ce ticket.
"""

RAW["delay"] = """From: Microsoft Outlook <postmaster@lycee-saint-joseph.example.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?Remise_diff=C3=A9r=C3=A9e_=3A_Devis_abonnement?=
Date: %DATE%
Message-ID: %MID%
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

La remise du message au destinataire suivant est différée :

     econome@lycee-saint-joseph.example.fr

Objet : Devis abonnement

Le système continuera d'essayer de remettre ce message pendant 2 jours.
Vous n'avez rien à faire pour le moment.
"""

RAW["calendar"] = """From: Google Agenda <calendar-notification@google.com>
To: support@assistance.example.fr
Subject: =?utf-8?q?Invitation_=3A_R=C3=A9union_r=C3=A9seau_docs_=40_jeu=2E_16_janv=2E_2025?=
Date: %DATE%
Message-ID: %MID%
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

%B64%"""

CALENDAR_TEXT = """Vous avez été invité à l'événement suivant.

Réunion réseau docs
Quand : jeudi 16 janvier 2025 14:00 – 16:00 (heure normale d'Europe centrale - Paris)
Où : CDI du lycée Pierre de Fermat

Invitation de Google Agenda
Vous recevez ce courriel parce que vous êtes invité à cet événement.
"""

RAW["chorus"] = """From: Chorus Pro <ne-pas-repondre@chorus-pro.example.gouv.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?Chorus_Pro_-_Mise_=C3=A0_disposition_d=27une_facture?=
Date: %DATE%
Message-ID: %MID%
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Une facture a été mise à disposition dans votre espace Chorus Pro.
Numéro de facture : FA-2025-00412
Statut : Mise à disposition

Ce courriel est généré automatiquement, merci de ne pas y répondre.
"""

RAW["voicemail"] = """From: Messagerie vocale Orange <messagerie-vocale@orange.fr>
To: support@assistance.example.fr
Subject: Vous avez un nouveau message vocal
Date: %DATE%
Message-ID: %MID%
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Vous avez reçu un nouveau message vocal de 0 seconde(s) le 14/01/2025 à 10:32.
Numéro de l'appelant : masqué.

Ce message est envoyé automatiquement.
"""

# ==========================================================================
# Wrapping: headers, client fingerprints, transfer encodings.
# ==========================================================================
CLIENTS = {
    "iphone": {"X-Mailer": "iPhone Mail (22B91)"},
    "ipad": {"X-Mailer": "iPad Mail (22B83)"},
    "orange": {"X-Mailer": "Orange Mail Android 8.4"},
    "orange_pro": {"X-Mailer": "Orange Mail Android 8.4"},
    "android": {"X-Mailer": "Samsung Email 6.1"},
    "gmail_android": {},
    "outlook_mobile": {"X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": "", "X-Mailer": "Outlook for iOS and Android"},
    "zimbra": {"X-Mailer": "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF128 (Win)/9.0.0_GA_4583)"},
    "applemail": {"X-Mailer": "Apple Mail (2.3826.300.87.4.3)"},
    "robot_html": {},
    "robot": {},
}
DEFAULT_ENC = {"iphone": "quoted-printable", "ipad": "quoted-printable", "orange": "8bit",
               "orange_pro": "8bit", "android": "base64", "gmail_android": "quoted-printable",
               "outlook_mobile": "base64", "zimbra": "quoted-printable", "applemail": "quoted-printable",
               "robot_html": "quoted-printable"}
DEFAULT_HTML = {"gmail_android": "alt", "outlook_mobile": "alt", "zimbra": "alt", "applemail": "alt"}


def rand_date(rng):
    start = datetime(2024, 9, 2, tzinfo=timezone.utc)
    d = start + timedelta(days=rng.randrange(0, 298), minutes=rng.randrange(6 * 60, 21 * 60))
    off = 2 if 4 <= d.month <= 10 else 1
    return d.replace(tzinfo=timezone(timedelta(hours=off)))


def message_id(rng, client, domain):
    hexs = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))
    if client == "gmail_android":
        chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-"
        return "<CA" + "".join(rng.choice(chars) for _ in range(44)) + "@mail.gmail.com>"
    if client in ("iphone", "ipad", "applemail"):
        return "<" + str(uuid.UUID(int=rng.getrandbits(128))).upper() + "@" + domain + ">"
    if client == "outlook_mobile":
        tag = "PR3P264MB" + str(rng.randrange(1000, 9999))
        return f"<{tag}{hexs(24).upper()}@{tag}.FRAP264.PROD.OUTLOOK.COM>"
    if client == "zimbra":
        return f"<{rng.randrange(10**8, 10**9)}.{rng.randrange(10**6, 10**7)}.{rng.randrange(1725000000000, 1751000000000)}.JavaMail.zimbra@{domain}>"
    if client in ("orange", "orange_pro"):
        return f"<{rng.randrange(10**8, 10**9)}.{rng.randrange(10**5, 10**6)}.{rng.randrange(10**12, 10**13)}@wwinf{rng.randrange(1000, 9999)}.me-wanadoo.net>"
    if client == "android":
        return f"<{hexs(8)}-{hexs(4)}-{hexs(4)}@email.android.com>"
    return f"<{hexs(32)}@{domain}>"


def to_html(text):
    out = []
    for line in text.splitlines():
        out.append("<div>" + (htmlmod.escape(line) if line else "<br>") + "</div>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">\n' + "\n".join(out) + "\n</body></html>\n")


def envelope(rng, addr, date, auth):
    domain = addr.rsplit("@", 1)[-1].lower()
    ip = f"192.0.2.{rng.randrange(2, 250)}"
    if auth == "spoof":
        ar = (f"mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom={domain};\n"
              f"\tdmarc=fail (p=quarantine dis=none) header.from={domain}")
        ip = f"203.0.113.{rng.randrange(2, 250)}"
    elif auth == "fail":
        ar = (f"mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=softfail smtp.mailfrom={domain};\n"
              f"\tdmarc=fail (p=none dis=none) header.from={domain}")
        ip = f"203.0.113.{rng.randrange(2, 250)}"
    else:
        ar = (f"mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d={domain};\n"
              f"\tspf=pass smtp.mailfrom={domain};\n\tdmarc=pass (p=none dis=none) header.from={domain}")
    rid = "".join(rng.choice("ABCDEFGHJKLMNPQRSTVWXYZabcdefghijkmnpqrstuvwxyz0123456789") for _ in range(15))
    recv = (f"from smtp.{domain} (smtp.{domain} [{ip}])\n\tby mx1.assistance.example.fr (Postfix) "
            f"with ESMTPS id {rid}\n\tfor <support@assistance.example.fr>; {format_datetime(date + timedelta(seconds=3))}")
    return ar, recv


def build(mail, rng, date):
    name, addr = parseaddr(mail["frm"])
    domain = addr.rsplit("@", 1)[-1].lower()
    mid = message_id(rng, mail["client"], domain)
    ar, recv = envelope(rng, addr, date, mail["auth"])
    ret = "<>" if mail["raw"] in ("bounce_postfix", "bounce_orange", "delay") else f"<{addr}>"
    head = (f"Return-Path: {ret}\nDelivered-To: support@assistance.example.fr\n"
            f"Received: {recv}\nAuthentication-Results: {ar}\n")
    if mail["raw"]:
        raw = RAW[mail["raw"]].replace("%MID%", mid).replace("%DATE%", format_datetime(date))
        if "%B64%" in raw:
            import base64
            b = base64.encodebytes(CALENDAR_TEXT.encode("utf-8")).decode("ascii")
            raw = raw.replace("%B64%", b)
        return (head + raw).encode("utf-8")
    msg = EmailMessage()
    msg["Message-ID"] = mid
    msg["Date"] = format_datetime(date)
    msg["From"] = mail["frm"]
    msg["To"] = "support@assistance.example.fr"
    msg["Subject"] = mail["subj"]
    for k, v in mail["hdr"].items():
        msg[k] = v
    for k, v in CLIENTS[mail["client"]].items():
        msg[k] = v
    if mail["client"] in ("iphone", "ipad", "applemail", "zimbra", "gmail_android", "outlook_mobile"):
        msg["Content-Language"] = "en-GB" if mail["lang"] == "en" else "fr-FR"
    enc = mail["enc"] or DEFAULT_ENC.get(mail["client"], "8bit")
    htmlmode = mail["html"] or DEFAULT_HTML.get(mail["client"])
    if htmlmode is None and mail["client"] in ("iphone", "ipad") and rng.random() < 0.35:
        htmlmode = "alt"
    body = mail["body"].rstrip("\n") + "\n"
    if htmlmode == "only":
        msg.set_content(to_html(body), subtype="html", charset="utf-8", cte=enc)
    else:
        msg.set_content(body, subtype="plain", charset="utf-8", cte=enc)
        if htmlmode == "alt":
            msg.add_alternative(to_html(body), subtype="html", charset="utf-8", cte=enc)
    if mail["att"]:
        fname, maintype, subtype = mail["att"]
        if subtype == "pdf":
            data = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
        else:
            data = b"PK\x05\x06" + b"\x00" * 18
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for part in msg.walk():
        if part.is_multipart():  # fixed boundaries keep the output deterministic
            part.set_boundary("=_" + "".join(rng.choice("0123456789abcdef") for _ in range(28)))
    return (head + msg.as_string(policy=policy.default.clone(linesep="\n"))).encode("utf-8")


# ==========================================================================
# Write, then re-read and check.
# ==========================================================================
UAI_RE = re.compile(r"(?<![0-9A-Z])(\d{7}[A-Z])(?![0-9A-Z])")


def visible_text(msg):
    parts = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.is_multipart() or part.is_attachment():
            continue
        ctype = part.get_content_type()
        if ctype.startswith("text/"):
            t = part.get_content()
            if ctype == "text/html":
                t = htmlmod.unescape(re.sub(r"<[^>]+>", " ", t))
            parts.append(t)
    return "\n".join(parts)


def main():
    assert len(MAILS) == 150, len(MAILS)
    units = []
    for mail in MAILS:
        if mail["dup"]:
            units[-1].append(mail)
        else:
            units.append([mail])
    RNG.shuffle(units)
    ordered = [m_ for u in units for m_ in u]
    for old in HERE.glob("h*.eml"):
        old.unlink()
    labels = []
    prev_date = None
    for i, mail in enumerate(ordered, 1):
        fname = f"h{i:03d}.eml"
        date = prev_date + timedelta(seconds=RNG.randrange(40, 200)) if mail["dup"] else rand_date(RNG)
        prev_date = date
        (HERE / fname).write_bytes(build(mail, RNG, date))
        labels.append({"file": fname, "category": mail["cat"], "auto_reply_ok": mail["aro"],
                       "uai": mail["uai"], "region": mail["reg"], "platform": mail["plat"],
                       "hard": mail["hard"], "lang": mail["lang"], "notes": mail["notes"]})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check(ordered)


def check(ordered):
    keys = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
    labels = [json.loads(l) for l in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    files = sorted(HERE.glob("h*.eml"))
    assert len(files) == 150 and len(labels) == 150, (len(files), len(labels))
    assert [l["file"] for l in labels] == [f"h{i:03d}.eml" for i in range(1, 151)]
    assert {l["category"] for l in labels} == CATEGORIES
    n_en = 0
    for lab, mail in zip(labels, ordered):
        f = lab["file"]
        assert list(lab) == keys, f
        assert lab["category"] in CATEGORIES, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, f
        assert lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        n_en += lab["lang"] == "en"
        assert isinstance(lab["notes"], str) and lab["notes"].endswith(".") and len(lab["notes"]) > 20, f
        raw = (HERE / f).read_bytes()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (f, h)
        sender = msg["From"].addresses[0].addr_spec
        text = visible_text(msg)
        up = text.upper()
        squeezed = re.sub(r"\s+", "", up)
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]) and lab["uai"] == lab["uai"].upper(), f
            assert lab["uai"] in squeezed, (f, "labelled uai not in mail")
        for code in set(UAI_RE.findall(up)):
            if uai_ok(code) and code != lab["uai"]:
                assert code in lab["notes"], (f, code, "valid UAI not labelled nor explained")
        if "wrong check letter" in lab["notes"]:
            w = mail["wrong"]
            assert w and w in up and not uai_ok(w) and w in lab["notes"], (f, w)
        if mail["wrong"]:
            assert "wrong check letter" in lab["notes"], f
        assert lab["region"] == expected_region(lab["uai"], sender), (f, lab["region"], expected_region(lab["uai"], sender))
        assert lab["region"] is None or lab["region"] in REGIONS, f
    assert 10 <= n_en <= 25, n_en
    print("ok: 150 mails,", n_en, "in English,", sum(l["hard"] for l in labels), "hard")


if __name__ == "__main__":
    main()

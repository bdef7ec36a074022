#!/usr/bin/env python3
"""Build the holdout88 blind test corpus.

Theme: staff who write French as a second language (foreign-born contract
staff, language assistants, machine-translated mail), Ile-de-France and
Hauts-de-France.  Every mail text below is written by hand; this script only
wraps each text in headers and a transfer encoding, then re-reads and checks
what it wrote.  Standard library only, deterministic.
"""
import base64
import datetime
import json
import os
import random
import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, formataddr, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(880088)
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
    "guyane": "ac-guyane.fr", "la-reunion": "ac-reunion.fr",
    "mayotte": "ac-mayotte.fr",
}
DEPT2REG = {}
for _reg, _ds in REGION_DEPTS.items():
    for _d in _ds.split():
        DEPT2REG[_d if len(_d) == 3 else "0" + _d] = _reg
DOM2REG = {d: reg for reg, ds in REGION_DOMAINS.items() for d in ds.split()}

CATEGORIES = ["password_reset", "missing_noreply_mail", "mailinblack_spam",
              "account_creation", "subscription_activation",
              "head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"]
NEVER_AUTO = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal",
             "esignature", None}


def uai_ok(code):
    code = code.upper()
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and \
        LETTERS[int(code[:7]) % 23] == code[7]


def region_for(uai, sender):
    if uai:
        return DEPT2REG.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOM2REG.get(dom)


MAILS = []


def M(cat, ar, uai, plat, hard, lang, notes, frm, subj, body, **opt):
    """One hand-written mail.  opt: client, cte, html ('alt'|'only'),
    att (filename, mime, bytes), reply (True), headers (dict), wrong (list
    of codes with a wrong check letter), kind ('bounce' for a DSN)."""
    MAILS.append(dict(cat=cat, ar=ar, uai=uai, plat=plat, hard=hard,
                      lang=lang, notes=notes, frm=frm, subj=subj,
                      body=body.strip("\n") + "\n", **opt))

# ---------------------------------------------------------------- password_reset (24)
M("password_reset", True, "0931434D", "esidoc", False, "fr",
  "Language assistant-turned-librarian lost the e-sidoc password; UAI in the body, plain reset case.",
  "Oksana Melnyk <oksana.melnyk@ac-creteil.fr>", "mot de passe perdu e-sidoc",
  """Bonjour,

Je suis nouvelle professeur documentaliste remplaçante au collège Jean Jaurès
de Montreuil depuis lundi. La personne avant moi est partie et je ne connais
pas le mot de passe pour le e-sidoc, partie administration. Le identifiant
c'est le code 0931434D je pense.

Pouvez vous me aider pour recevoir un nouveau mot de passe s'il vous plaît ?

Cordialement
Oksana Melnyk
CDI collège Jean Jaurès, Montreuil""", client="outlook", cte="qp")

M("password_reset", True, "0592064Y", "esidoc", False, "fr",
  "Typed without accents by a Portuguese-born contract librarian; forgotten password, UAI given.",
  "Joao Ferreira <joao.ferreira@ac-lille.fr>", "mdp oublie",
  """bonjour

j ai oublie mon mdp pour esidoc (portail du CDI) apres les vacances. uai 0592064Y
lycee professionnel a Roubaix. merci de renvoyer le lien pour changer

joao ferreira
prof doc contractuel""", client="gmail", cte="8bit")

M("password_reset", True, "0781589D", "esidoc", False, "fr",
  "Machine-translated style ('the password has expired its validity'); expired password, UAI in signature.",
  "Li Wei <li.wei@ac-versailles.fr>", "Concernant l'expiration de mon mot de passe",
  """Cher Monsieur ou Madame,

Je vous écris pour vous informer que le mot de passe de notre compte a expiré
sa validité et le système ne me permet plus d'entrer dans l'interface de
gestion du portail documentaire. J'ai essayé de nombreuses fois.

Je vous serais reconnaissant de bien vouloir me fournir une méthode de
réinitialisation. Merci pour votre aimable compréhension.

Avec mes salutations distinguées,
Li Wei
Professeur documentaliste (contractuel)
Lycée Jules Ferry – Versailles – UAI 0781589D""", client="outlook", cte="b64")

M("password_reset", True, "0620290D", "esidoc", True, "fr",
  "UAI written in lower case with spaces ('062 0290 d'); account locked after too many attempts.",
  "Amadou Diallo <amadou.diallo@ac-lille.fr>", "compte bloqué",
  """Bonjour Madame Monsieur,

Moi j'ai tapé plusieurs fois le mot de passe et maintenant le compte il est
bloqué, il dit "trop de tentatives". C'est pour le catalogue du CDI du collège
à Lens, notre numéro établissement c'est 062 0290 d.

Comment je débloque svp ? Les élèves attendent pour réserver des livres.

Merci beaucoup
Amadou Diallo, assistant d'éducation faisant fonction au CDI""", client="tb", cte="8bit")

M("password_reset", True, "0752361J", "esidoc", False, "en",
  "English-speaking language assistant helping the librarian; reset link expired, UAI given.",
  "Megan O'Connor <megan.oconnor@ac-paris.fr>", "Reset link expired",
  """Hello,

I'm the English language assistant at Lycée Victor Duruy (UAI 0752361J). The
librarian asked me to write because her French mail program is broken today.

We clicked on "forgotten password" on Thursday, got the email, but only opened
it this morning and the page says the link has expired. Could you send a new
one please?

Many thanks,
Megan O'Connor
English language assistant""", client="gmail", cte="qp")

M("password_reset", False, "0941631M", "esidoc", True, "fr",
  "Asks the new password to be sent to a personal Gmail address, not the address on file: no automatic answer.",
  "Ana Popescu <ana.popescu88@gmail.com>", "besoin mot de passe urgent",
  """Bonjour,

Je suis Ana, contractuelle au CDI du lycée de Vitry (0941631M). Je n'ai pas
encore ma adresse académique, l'administration dit qu'il faut attendre 3
semaines. Je ne connais pas le mot de passe du e-sidoc.

S'il vous plaît, envoyez le nouveau mot de passe directement sur cette adresse
gmail, c'est plus facile pour moi.

Merci d'avance
Ana Popescu""", client="gmail", cte="8bit")

M("password_reset", True, "0800262A", "esidoc", True, "fr",
  "UAI only in the ce.<UAI>@ac-amiens.fr sender address; secretary writes for the librarian who forgot the password.",
  "Secretariat College <ce.0800262A@ac-amiens.fr>", "identifiant oublié",
  """Bonjour,

La documentaliste madame Nguyen demande de vous écrire. Elle a oublié le
identifiant et le mot de passe du logiciel documentaire depuis son congé.
Elle est à l'établissement mardi et jeudi seulement.

Merci de faire le nécessaire.

Le secrétariat""", client="zimbra", cte="qp")

M("password_reset", True, "0950259R", "esidoc", True, "fr",
  "Negation: 'ce n'est pas le code de la wifi, c'est le mot de passe d'e-sidoc' - the e-sidoc password is what is lost.",
  "Karim Benali <karim.benali@ac-versailles.fr>", "pas le wifi !",
  """Bonjour,

Je précise tout de suite : ce n'est pas le mot de passe du wifi ni de l'ENT
que je cherche (le service informatique m'a déjà renvoyé vers vous), c'est le
mot de passe de l'administration e-sidoc du collège. Personne ne le connaît
au collège depuis que l'ancienne documentaliste est partie en Algérie.

Collège Paul Eluard, Garges, code 0950259R.

Merci
Karim Benali""", client="tb", cte="8bit")

M("password_reset", False, "0590619C", "esidoc", True, "fr",
  "Two topics: lost password (main) and an invoice that must be re-sent for Chorus; a single template answers only half.",
  "Natalia Kowalska <natalia.kowalska@ac-lille.fr>", "mot de passe + facture",
  """Bonjour,

Deux questions pour vous s'il vous plait :
1) le mot de passe pour le compte du CDI ne marche plus, je pense qu'il est
oublié par ma collègue qui a changé. Uai : 0590619C
2) la gestionnaire demande aussi la facture de l'abonnement 2025 car elle ne
la trouve pas dans Chorus.

Merci pour les deux et bonne journée
Natalia Kowalska
Lycée Pasteur, Lille""", client="outlook", cte="qp")

M("password_reset", False, "0931009S", "ecoledirecte", True, "fr",
  "Lost EcoleDirecte administration password, explicitly not the daily maintenance password; no reset template for this product.",
  "Rui Almeida <rui.almeida@ac-creteil.fr>", "mot de passe administrateur EcoleDirecte",
  """Bonjour,

Je suis nouveau adjoint gestionnaire au collège (0931009S) et je ne trouve
pas le mot de passe administrateur de EcoleDirecte. Attention, je ne parle pas
du mot de passe de maintenance du jour, ça je connais la procédure. C'est le
compte administrateur lui-même qui est perdu.

Merci de votre retour
Rui Almeida""", client="outlook", cte="8bit")

M("password_reset", True, None, "esidoc", False, "fr",
  "No UAI and a personal Hotmail sender; the auto answer explains the head-of-establishment procedure.",
  "Fatou Sow <fatou.sow@hotmail.fr>", "je connais pas le mot de passe",
  """bonjour

je travaille au cdi depuis septembre (contrat) dans un lycee a Saint-Denis,
je connais pas le mot de passe pour entrer dans esidoc pour ajouter les
nouveaux livres. ma collegue est partie sans donner.

merci de m aider
Fatou""", client="apple", cte="8bit")

M("password_reset", True, "0021000B", "esidoc", False, "fr",
  "Reset mail asked for an identifier the sender did not know was the UAI; forgotten login, UAI in the body.",
  "Hiroshi Tanaka <hiroshi.tanaka@ac-amiens.fr>", "Identifiant de connexion",
  """Bonjour,

Le site me demande un « identifiant » et je ne sais pas quel est. J'ai
essayé mon nom, mon adresse mail, rien marche. Notre collège est à Laon,
numéro 0021000B sur les papiers.

Pourriez-vous me dire quel identifiant et me envoyer un lien pour le mot de
passe aussi ?

Cordialement,
Hiroshi Tanaka
Professeur contractuel, CDI""", client="apple", cte="qp")

M("password_reset", True, "0770286T", "espace_acheteur", False, "fr",
  "Buyer locked out of the Espace Acheteur after the password expired; UAI in the body.",
  "Mihai Ionescu <mihai.ionescu@ac-creteil.fr>", "Espace acheteur : connexion impossible",
  """Bonjour,

Depuis hier la connexion à l'espace acheteur refuse mon mot de passe, le
message dit "mot de passe expiré, veuillez le renouveler" mais le bouton ne
fait rien. Établissement : lycée à Meaux, 0770286T.

Merci de me renvoyer un lien de réinitialisation.

Mihai Ionescu
Adjoint gestionnaire""", client="outlook", cte="qp", html="alt")

M("password_reset", False, "0601349R", "esidoc", True, "fr",
  "Quoted Gmail reply to the automatic answer: the reset mail goes to the school mailbox nobody reads; a person must take over.",
  "Sofia Rossi <sofia.rossi@ac-amiens.fr>", "Re: [#SUP-008812] Mot de passe e-sidoc",
  """Bonjour,

J'ai suivi votre procédure mais le mail de réinitialisation part vers la
boîte du lycée et la secrétaire dit qu'elle n'a pas le droit de me donner
l'accès. Je suis bloquée, je ne peux rien faire de plus seule.

Sofia Rossi
Prof doc, lycée Cassini, Clermont (0601349R)

Le mar. 14 janv. 2025 à 09:12, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Pour réinitialiser votre mot de passe, cliquez sur « Mot de passe oublié »
> sur la page de connexion et saisissez le code UAI de l'établissement.
> Le lien est envoyé à l'adresse enregistrée pour le compte.
>
> L'équipe Assistance""", client="gmail", cte="qp", reply=True)

M("password_reset", True, "0921579S", "esidoc", False, "en",
  "English from a contract teacher running the library; forgotten password, UAI in signature.",
  "David Mensah <david.mensah@ac-versailles.fr>", "Forgot password library software",
  """Good morning,

I am covering the school library for three months. I don't have the password
for the e-sidoc back office and the previous colleague is not answering.
Can you please reset it?

Kind regards,
David Mensah
Collège Henri Wallon, Nanterre
UAI: 0921579S""", client="outlook", cte="8bit")

M("password_reset", True, "0622883X", "esidoc", False, "fr",
  "Short message by a Spanish language assistant: password not working, UAI given.",
  "Lucia Martinez <lucia.martinez@ac-lille.fr>", "contraseña... mot de passe",
  """Bonjour !
Le mot de passe du CDI ne marche pas, disent "incorrect". La documentaliste
est malade, elle demande à moi d'écrire. Lycée à Arras 0622883X.
Gracias, merci !
Lucía""", client="gmail", cte="qp")

M("password_reset", True, "0912302H", "esidoc", True, "fr",
  "Zimbra reply with quoted history about an old order; the new text is only a forgotten password.",
  "Tatiana Smirnova <tatiana.smirnova@ac-versailles.fr>", "RE: devis abonnement",
  """Bonjour,

Autre chose maintenant : la commande est bien reçue, merci. Par contre moi
je ne retrouve plus le mot de passe pour me connecter au portail e-sidoc.
Pouvez-vous le réinitialiser ? Le code du lycée est 0912302H.

Bien à vous,
Tatiana Smirnova

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "tatiana smirnova" <tatiana.smirnova@ac-versailles.fr>
Envoyé: Lundi 3 Février 2025 10:41:07
Objet: RE: devis abonnement

Bonjour,
Vous trouverez ci-joint le devis demandé pour le renouvellement.
Cordialement,
L'équipe commerciale""", client="zimbra", cte="8bit", reply=True)

M("password_reset", True, "0801825Z", "esidoc", True, "fr",
  "UAI 0801852Z typed first with a wrong check letter and transposed digits, corrected later in the mail to 0801825Z.",
  "Kwame Asante <kwame.asante@ac-amiens.fr>", "mot de passe oublié",
  """Bonjour,

Je suis le nouveau documentaliste au collège d'Abbeville, UAI 0801852Z.
Pardon, erreur, le bon numéro est 0801825Z (j'ai inversé les chiffres).
J'ai oublié le mot de passe de e-sidoc, pouvez-vous le réinitialiser ?

Merci d'avance,
Kwame Asante""", client="tb", cte="qp", wrong=["0801852Z"])

M("password_reset", True, None, "espace_acheteur", False, "fr",
  "Identifier forgotten on the Espace Acheteur; no UAI, académie sender domain gives the region.",
  "Yasmina Haddad <yasmina.haddad@ac-paris.fr>", "identifiant perdu espace acheteur",
  """Bonjour,

Je ne me souviens plus de l'identifiant pour l'espace acheteur. Je l'ai
noté sur un papier mais le papier est perdu avec le déménagement du bureau.
Est-ce que vous pouvez m'envoyer un rappel ?

Merci
Yasmina Haddad
Service intendance""", client="outlook", cte="qp")

M("password_reset", False, None, "esidoc", True, "fr",
  "UAI 0751342A has a wrong check letter (digits give 0751342B), so no UAI; region from the ac-paris.fr domain; lost password.",
  "Giorgos Papadakis <giorgos.papadakis@ac-paris.fr>", "perte de mot de passe",
  """Bonjour,

Perte de mot de passe pour le logiciel du CDI. UAI : 0751342A.
Merci de envoyer le lien a moi.

G. Papadakis
Documentaliste""", client="apple", cte="8bit", wrong=["0751342A"])

M("password_reset", True, "0020537Y", "esidoc", False, "en",
  "Machine-translated English from a Romanian contract librarian; lost password, UAI in the body.",
  "Elena Dumitru <elena.dumitru@ac-amiens.fr>", "Problem of password",
  """Hello Madam, Sir,

I permit myself to write you because I have lost the password of the
documentary portal of our college (UAI 0020537Y, Saint-Quentin). I tried the
button "password forgotten" but I do not know which mail is registered.

Thanking you in advance for your return,
Elena Dumitru""", client="outlook", cte="b64")

M("password_reset", False, "0942252M", "ticket_portal", True, "fr",
  "New password refused on the ticket portal because of the length rule: a policy question, not a lost password.",
  "Adel Cherif <adel.cherif@ac-creteil.fr>", "nouveau mot de passe refusé portail",
  """Bonjour,

Sur le portail des tickets, je veux mettre un nouveau mot de passe mais il
refuse toujours : "ne respecte pas la politique". J'ai mis 20 caractères avec
chiffres et symboles, c'est très sécurisé non ? Quelle est la règle exacte ?

Adel Cherif
Responsable informatique, lycée 0942252M""", client="tb", cte="8bit")

M("password_reset", True, "0600777U", "esidoc", False, "fr",
  "Apple Mail from an iPhone, Italian-born librarian; forgotten password, UAI given.",
  "Giulia Bianchi <giulia.bianchi@ac-amiens.fr>", "Mot de passe",
  """Bonjour,
J'ai oublié mon mot de passe esidoc. Collège 0600777U à Compiègne.
Merci mille fois
Giulia

Envoyé de mon iPhone""", client="apple", cte="qp")

M("password_reset", True, "0951045V", "esidoc", False, "fr",
  "HTML-only Outlook mail: password lost after a PC change, UAI in the body.",
  "Ngoc Anh Tran <ngocanh.tran@ac-versailles.fr>", "Demande de nouveau mot de passe",
  """<html><body><p>Bonjour,</p>
<p>Après le changement de ordinateur au CDI, le mot de passe n'est plus
enregistré dans le navigateur et je ne le connais pas par cœur.</p>
<p>Notre établissement : <b>0951045V</b>, lycée à Cergy.</p>
<p>Pouvez-vous réinitialiser s'il vous plaît ?</p>
<p>Cordialement,<br>Ngoc Anh Tran<br>Professeure documentaliste</p>
</body></html>""", client="outlook", cte="qp", html="only")

# ---------------------------------------------------------------- missing_noreply_mail (16)
M("missing_noreply_mail", True, "0752058E", "esidoc", False, "fr",
  "Activation mail never arrived; no anti-spam product named.",
  "Agnieszka Nowak <agnieszka.nowak@ac-paris.fr>", "pas reçu le mail",
  """Bonjour,

Vous dites sur le site que un mail est envoyé pour activer le compte mais je
n'ai rien reçu depuis deux jours. Collège 0752058E, Paris 18e.

Merci de vérifier.
Agnieszka Nowak""", client="tb", cte="8bit")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "New-password mail from the no-reply address never arrives; académie domain gives the region.",
  "Ibrahima Ndiaye <ibrahima.ndiaye@ac-lille.fr>", "mail mot de passe jamais arrivé",
  """Bonjour,

J'ai fait "mot de passe oublié" sur l'espace acheteur 3 fois. Le site dit
"un mail a été envoyé". Mais dans ma boîte rien. Pas dans les indésirables
non plus je crois.

Merci de renvoyer svp
Ibrahima Ndiaye
Gestionnaire""", client="outlook", cte="qp")

M("missing_noreply_mail", True, "0591274P", "esidoc", True, "fr",
  "Negation: 'ce n'est pas le mot de passe le problème' - the reset mail does not arrive; no anti-spam named.",
  "Dragana Petrovic <dragana.petrovic@ac-lille.fr>", "le mail n'arrive pas (ce n'est pas le mot de passe)",
  """Bonjour,

Je veux être claire : je connais la procédure et ce n'est pas le mot de
passe le problème. Le problème c'est que le mail de noreply n'arrive jamais
dans ma boîte académique. J'ai demandé trois fois depuis lundi.

Lycée 0591274P, Tourcoing.

Dragana Petrovic""", client="zimbra", cte="qp")

M("missing_noreply_mail", True, "0931985C", "espace_acheteur", False, "en",
  "English: the connection mail for the buyer space never came; no anti-spam named.",
  "Thomas Becker <thomas.becker@ac-creteil.fr>", "No email received",
  """Hello,

I registered on the buyer space last week for our school (0931985C) but the
confirmation email from your no-reply address never arrived. I checked my
inbox several times.

Best regards,
Thomas Becker
IT technician""", client="tb", cte="8bit")

M("missing_noreply_mail", True, "0022808S", "esidoc", False, "fr",
  "Machine-translated French: the notification mails stopped arriving; no anti-spam product named.",
  "Chen Jing <chen.jing@ac-amiens.fr>", "Non-réception des notifications",
  """Madame, Monsieur,

Nous avons l'honneur de vous signaler que depuis le 10 mars nous ne recevons
plus les courriels de notification concernant les réservations de documents.
Auparavant ils arrivaient normalement. L'établissement est le 0022808S.

Veuillez agréer nos salutations respectueuses.
Chen Jing""", client="outlook", cte="b64")

M("missing_noreply_mail", True, "0770760H", "esidoc", False, "fr",
  "Activation link never arrived for the e-sidoc account; UAI in the signature.",
  "Abdoulaye Traoré <abdoulaye.traore@ac-creteil.fr>", "lien d'activation",
  """Bonjour,

j'attends le lien pour activer, rien ne vient. J'ai regardé partout dans la
messagerie. Vous pouvez renvoyer ?

Abdoulaye Traoré
Documentaliste stagiaire
Collège Jean Moulin, Chelles - 0770760H""", client="gmail", cte="qp")

M("missing_noreply_mail", False, "0780554D", "espace_acheteur", True, "fr",
  "Outlook reply after the junk-folder answer: still nothing after 48 hours, asks for a person; the template was already sent.",
  "Olga Ivanova <olga.ivanova@ac-versailles.fr>", "RE: [#SUP-009130] Pas de mail de connexion",
  """Bonjour,

J'ai regardé dans courrier indésirable comme vous dites et j'ai ajouté
l'adresse dans les expéditeurs approuvés. Ça fait maintenant 3 jours et
toujours rien arrivé. S'il vous plaît, une personne peut regarder ?

Olga Ivanova
Lycée Marie Curie, 0780554D

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 11 mars 2025 14:02
À : Olga Ivanova <olga.ivanova@ac-versailles.fr>
Objet : [#SUP-009130] Pas de mail de connexion

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez notre adresse
no-reply aux expéditeurs approuvés. Sans nouvelle de votre part sous 48 h,
nous reviendrons vers vous.""", client="outlook", cte="qp", reply=True)

M("missing_noreply_mail", True, None, "ticket_portal", False, "fr",
  "Ticket-portal confirmation mail to set a password never arrived; Gmail sender, no UAI.",
  "Marco Conti <marco.conti.pro@gmail.com>", "portail ticket pas de mail confirmation",
  """Bonjour,

Je suis prestataire informatique pour plusieurs écoles, je crée un compte sur
le portail des tickets, mais le mail de confirmation pour choisir le mot de
passe n'arrive pas. Rien dans spam.

Marco Conti""", client="gmail", cte="8bit")

M("missing_noreply_mail", True, "0620187S", "espace_acheteur", False, "fr",
  "HTML-only Outlook: the buyer-space invitation mail never arrived; no anti-spam product.",
  "Samira Khelifi <samira.khelifi@ac-lille.fr>", "invitation non reçue",
  """<html><body><div>Bonjour,</div><div><br></div>
<div>Mon collègue administrateur dit il m'a invité sur l'espace acheteur mais
je ne reçois pas l'invitation. On a essayé deux fois.</div>
<div>Collège 0620187S (Boulogne-sur-Mer).</div>
<div><br>Samira Khelifi<br>Secrétaire d'intendance</div></body></html>""",
  client="outlook", cte="qp", html="only")

M("missing_noreply_mail", True, "0941108U", "esidoc", True, "fr",
  "UAI only in the ce.<UAI>@ac-creteil.fr sender address; reset mail not received.",
  "CDI Lycee <ce.0941108U@ac-creteil.fr>", "mail de réinitialisation non reçu",
  """Bonjour,

Nous avons demandé la réinitialisation hier à 15h et aucun message n'est
arrivé sur cette boîte. Merci de vérifier de votre côté.

Pour la documentaliste, Mme Dos Santos""", client="zimbra", cte="8bit")

M("missing_noreply_mail", True, "0590080S", "esidoc", False, "en",
  "English assistant: the activation email for the new catalogue account never came.",
  "Hannah Schmidt <hannah.schmidt@ac-lille.fr>", "Activation email missing",
  """Hi,

Our librarian asked me to help since I speak English better than French.
We created the account for school 0590080S yesterday but no activation email
arrived. Could you resend it?

Thanks,
Hannah""", client="gmail", cte="qp")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "Short mail without accents; the connection mail is missing, no anti-spam named, académie domain gives the region.",
  "Vo Thi Hoa <thihoa.vo@ac-versailles.fr>", "pas de mail",
  """bonjour
toujours pas le mail pour se connecter espace acheteur, svp renvoyer
merci
hoa""", client="apple", cte="8bit")

M("missing_noreply_mail", True, "0800158M", "esidoc", False, "fr",
  "Reservation notifications from the no-reply address stopped; UAI in the body.",
  "Pablo Gutierrez <pablo.gutierrez@ac-amiens.fr>", "notifications de réservation",
  """Bonjour,

Les élèves reçoivent plus les mails quand le livre réservé est disponible.
Avant ça marchait. Collège 0800158M, Amiens. Est-ce que c'est chez vous le
problème ?

Pablo Gutierrez""", client="tb", cte="qp")

M("missing_noreply_mail", True, "0951502S", "espace_acheteur", True, "fr",
  "Two topics mixed in one sentence, but the only request is the missing password mail (the order question is already answered in it).",
  "Bogdan Marin <bogdan.marin@ac-versailles.fr>", "mail pas reçu",
  """Bonjour,

La commande de la semaine dernière c'est bon, j'ai vu la confirmation, merci.
Maintenant c'est le mail pour nouveau mot de passe qui n'arrive pas, demandé
deux fois ce matin. Lycée 0951502S.

Bogdan Marin, gestionnaire""", client="outlook", cte="8bit")

M("missing_noreply_mail", True, None, "esidoc", False, "fr",
  "Gmail sender with no UAI; the account-creation confirmation never arrived.",
  "Nadia Amrani <nadia.amrani75@gmail.com>", "confirmation",
  """Bonjour,

Je n'ai pas recu le mail de confirmation apres la creation du compte pour le
CDI. Je suis a Paris 20e, ecole primaire avec une petite bibliothèque.

Merci
Nadia Amrani""", client="gmail", cte="qp")

M("missing_noreply_mail", True, "0621476T", "esidoc", False, "fr",
  "Machine-translated from Ukrainian: the link 'did not come to the post'; no anti-spam named.",
  "Iryna Kovalenko <iryna.kovalenko@ac-lille.fr>", "La lettre n'est pas venue",
  """Bonjour,

La lettre avec le lien n'est pas venue à ma poste. J'ai attendu tout le jour.
Je travaille comme documentaliste au lycée 0621476T à Calais depuis janvier.

Avec respect,
Iryna Kovalenko""", client="outlook", cte="b64")
# ---------------------------------------------------------------- mailinblack_spam (13)
M("mailinblack_spam", True, "0930812C", "esidoc", False, "fr",
  "MailInBlack named: the activation mail is held in its quarantine.",
  "Moussa Coulibaly <moussa.coulibaly@ac-creteil.fr>", "Mailinblack bloque votre mail",
  """Bonjour,

Le service informatique me dit que votre mail de activation est bloqué par
MailInBlack, il est en "quarantaine". Moi je ne peux pas le libérer. Comment
faire pour que vos mails passent ? Collège 0930812C, Bobigny.

Merci
Moussa Coulibaly""", client="outlook", cte="qp")

M("mailinblack_spam", True, "0592396J", "espace_acheteur", False, "fr",
  "MailInBlack named by an Algerian-born gestionnaire; no-reply mails never pass the filter.",
  "Rachid Boudiaf <rachid.boudiaf@ac-lille.fr>", "mail in black",
  """Bonjour,

Chez nous il y a le mail in black depuis la rentrée et je reçois plus rien de
votre plateforme, ni le mot de passe ni les confirmations de commande.
Lycée 0592396J à Valenciennes.

Cordialement
Rachid Boudiaf""", client="tb", cte="8bit")

M("mailinblack_spam", False, "0781382D", "espace_acheteur", True, "fr",
  "The sender-authentication challenge is described (prove you are human) without naming the product: probably MailInBlack, a person should confirm.",
  "Sun Yu <sun.yu@ac-versailles.fr>", "vos mails demandent validation",
  """Bonjour,

Quand quelqu'un nouveau envoie mail à notre lycée, un système répond
automatiquement "cliquez pour prouver que vous êtes un humain". Je pense vos
mails automatiques restent bloqués dans ce système car personne ne clique.
Que faire ? Lycée 0781382D.

Sun Yu, adjointe gestionnaire""", client="outlook", cte="b64")

M("mailinblack_spam", True, "0020155H", "esidoc", False, "en",
  "English: MailInBlack holds the reset mail; asks how to whitelist.",
  "James Whitfield <james.whitfield@ac-amiens.fr>", "MailInBlack blocking your emails",
  """Hello,

Our school (UAI 0020155H) uses MailInBlack and the password reset email from
your platform is stuck in the "pending" list. How do we add your sender to
the allowed list?

Regards,
James Whitfield
Assistant, CDI""", client="apple", cte="8bit")

M("mailinblack_spam", True, None, "esidoc", False, "fr",
  "MailInBlack named, no UAI; académie sender domain gives the region.",
  "Leila Mansouri <leila.mansouri@ac-creteil.fr>", "mailinblack",
  """Bonjour,

Votre message est dans les "indésirables" de Mailinblack et je ne vois pas
le bouton pour le libérer. Est-ce que vous avez une notice ?

Leïla Mansouri
CDI""", client="zimbra", cte="qp")

M("mailinblack_spam", True, "0942495B", "espace_acheteur", True, "fr",
  "Two issues but one cause: the activation mail and order confirmations are both held by MailInBlack.",
  "Ahmed Saidi <ahmed.saidi@ac-creteil.fr>", "activation + confirmation bloquées",
  """Bonjour,

Je pensais qu'il y avait deux problèmes (pas de mail d'activation, pas de
confirmation de commande) mais le technicien a trouvé que c'est les deux
bloqués par Mailinblack. Il faut faire quoi pour autoriser votre adresse ?

Ahmed Saidi
Collège 0942495B""", client="outlook", cte="qp")

M("mailinblack_spam", True, "0601689K", "esidoc", True, "fr",
  "UAI in a lower-case ce. sender address ('ce.0601689k@ac-amiens.fr'); MailInBlack quarantine.",
  "ce.0601689k@ac-amiens.fr", "message en quarantaine",
  """Bonjour,

Mailinblack a mis votre mail en quarantaine, nous avons reçu seulement la
notification "un message vous attend". Merci de nous dire comment accepter
votre adresse définitivement.

Secrétariat de direction""", client="zimbra", cte="8bit")

M("mailinblack_spam", True, "0752643R", "ticket_portal", False, "fr",
  "Ticket-portal mails held by MailInBlack; the IT technician asks for the allow-list procedure.",
  "Vasile Rusu <vasile.rusu@ac-paris.fr>", "MailInBlack et portail des tickets",
  """Bonjour,

Je suis technicien informatique au lycée 0752643R. Les notifications du
portail de tickets sont retenues par MailInBlack. Pouvez-vous me donner
l'adresse exacte de l'expéditeur pour la mettre en liste blanche ?

Vasile Rusu""", client="tb", cte="qp")

M("mailinblack_spam", False, "0591623U", "espace_acheteur", True, "fr",
  "Reply after the MailInBlack guide: allow-list done, still blocked; a person must follow up.",
  "Krisztina Varga <krisztina.varga@ac-lille.fr>", "Re: [#SUP-009377] MailInBlack",
  """Bonjour,

J'ai fait tout le guide, votre adresse est dans la liste autorisée de
MailInBlack, mais encore ce matin le mail est bloqué. Je ne comprends plus.

Krisztina Varga
Lycée 0591623U

Le 18/03/2025 à 10:15, Assistance a écrit :
> Bonjour,
> Votre établissement utilise MailInBlack. Voici le guide pour autoriser
> notre expéditeur : ...""", client="tb", cte="8bit", reply=True)

M("mailinblack_spam", True, "0911421A", "esidoc", False, "fr",
  "Machine-translated: 'the black mail software retains your letters'; MailInBlack named in the sentence.",
  "Nguyen Van Minh <vanminh.nguyen@ac-versailles.fr>", "Logiciel MailInBlack retient vos lettres",
  """Bonjour Madame/Monsieur,

Le logiciel MailInBlack de notre établissement retient vos lettres et elles
n'arrivent pas à la destination. Nous vous prions de nous indiquer la
méthode pour les laisser passer. Code de l'établissement : 0911421A.

Respectueusement,
Nguyen Van Minh""", client="outlook", cte="b64")

M("mailinblack_spam", True, "0801489J", "esidoc", False, "en",
  "English; MailInBlack challenge never answered by the no-reply sender.",
  "Sarah Thompson <sarah.thompson@ac-amiens.fr>", "Anti-spam challenge",
  """Hi there,

Our school switched to MailInBlack. It sends a "please confirm you are not a
robot" challenge to new senders, and your no-reply address obviously can't do
that, so nothing from you reaches us. School 0801489J.

Cheers,
Sarah""", client="gmail", cte="qp")

M("mailinblack_spam", True, "0620882X", "espace_acheteur", False, "fr",
  "MailInBlack with a typo ('Mailblack'); activation mail held.",
  "Anca Stan <anca.stan@ac-lille.fr>", "bloqué par mailblack",
  """Bonjour

votre mail d'activation est bloqué par Mailinblack (mailblack comme on dit
ici), je vois la ligne dans la liste "en attente" mais je ne peux pas l'ouvrir.
collège 0620882X

merci
Anca""", client="apple", cte="8bit")

M("mailinblack_spam", True, "0922084R", "esidoc", True, "fr",
  "HTML-only; quoted history about a subscription, new text is a MailInBlack block.",
  "Jorge Silva <jorge.silva@ac-versailles.fr>", "RE: Abonnement activé",
  """<html><body><p>Bonjour,</p>
<p>L'abonnement est visible maintenant, merci. Mais les mails de
réservation pour les élèves sont tous bloqués par <b>MailInBlack</b> de
l'établissement. Vous avez une procédure pour le service informatique ?</p>
<p>Jorge Silva<br>Collège 0922084R</p>
<hr><p><b>De :</b> Assistance<br><b>Objet :</b> Abonnement activé</p>
<p>Bonjour, votre abonnement est actif depuis ce matin.</p>
</body></html>""", client="outlook", cte="qp", html="only", reply=True)

# ---------------------------------------------------------------- account_creation (10)
M("account_creation", True, None, "espace_acheteur", False, "fr",
  "Contract buyer asks how to create an account on the Espace Acheteur: sign-up FAQ answer.",
  "Ayşe Yılmaz <ayse.yilmaz@ac-creteil.fr>", "créer un compte",
  """Bonjour,

Je suis arrivée comme gestionnaire contractuelle. Comment je fais pour
créer un compte sur l'espace acheteur ? Je trouve pas le bouton inscription.

Merci
Ayşe Yılmaz""", client="outlook", cte="qp")

M("account_creation", True, "0620108F", "espace_acheteur", True, "fr",
  "Negation: 'je n'ai pas oublié mon mot de passe, je n'ai jamais eu de compte' - account creation, not password reset.",
  "Dimitri Volkov <dimitri.volkov@ac-lille.fr>", "pas un mot de passe oublié",
  """Bonjour,

Le site me propose "mot de passe oublié" mais je n'ai pas oublié mon mot de
passe : je n'ai jamais eu de compte ! J'ai rempli le formulaire d'inscription
la semaine dernière et il dit "en attente de validation".
Lycée 0620108F, Béthune.

Dimitri Volkov""", client="tb", cte="8bit")

M("account_creation", False, "0751195S", "espace_acheteur", False, "fr",
  "Asks who is the structure's administrator: a person must look it up.",
  "Ming Zhao <ming.zhao@ac-paris.fr>", "qui est administrateur ?",
  """Bonjour,

Pour valider mon compte il faut l'administrateur de la structure. Mais
personne au lycée sait qui c'est. Vous pouvez me dire le nom ?
Lycée 0751195S.

Merci
Ming Zhao""", client="gmail", cte="qp")

M("account_creation", False, "0932405J", "espace_acheteur", False, "en",
  "English: account works but order rights must be opened: a person decides.",
  "Michael Brown <michael.brown@ac-creteil.fr>", "Order rights",
  """Hello,

I can log in to the buyer space now, thank you, but I can only see the
catalogue. I need the rights to place orders for our school (0932405J).
Who can open them?

Michael Brown
Bursar's office""", client="outlook", cte="8bit")

M("account_creation", True, "0802130F", "esidoc", False, "fr",
  "Asks to open a customer account before the first e-sidoc order; FAQ case.",
  "Aminata Keita <aminata.keita@ac-amiens.fr>", "ouverture compte client",
  """Bonjour,

Nous voulons commander e-sidoc pour le collège (0802130F) mais il faut
d'abord un compte client, c'est ça ? Comment ouvrir le compte ?

Aminata Keita
Secrétaire de gestion""", client="zimbra", cte="qp")

M("account_creation", False, "0021732X", "esidoc", True, "fr",
  "Two librarians each want an administrator account; asked in broken French with the UAI only in the signature.",
  "Ewa Zielinska <ewa.zielinska@ac-amiens.fr>", "deux comptes administrateur",
  """Bonjour,

Nous sommes deux documentalistes dans le lycée depuis cette année (moi et ma
collègue espagnole). C'est possible avoir chacun un compte administrateur, ou
seulement un pour l'établissement ?

Merci
Ewa Zielinska
Lycée Condorcet, Saint-Quentin
0021732X""", client="tb", cte="8bit")

M("account_creation", True, "0771041N", "espace_acheteur", False, "fr",
  "Machine-translated: account 'in waiting of validation' since the sign-up form; FAQ case.",
  "Wang Fang <wang.fang@ac-creteil.fr>", "Compte en attente de validation",
  """Bonjour,

Mon compte est dans l'état « en attente de validation » depuis que j'ai
rempli le formulaire de l'inscription il y a quatre jours. Pouvez-vous
expliquer quelle est la prochaine étape ?

Établissement 0771041N.
Wang Fang""", client="outlook", cte="b64")

M("account_creation", False, None, "espace_acheteur", False, "en",
  "English: a school opened this year asks to get a buyer account; eligibility must be checked by a person.",
  "Priya Sharma <priya.sharma@intl-school-lille.example.org>", "New school - buyer account",
  """Dear team,

We are a new bilingual private school in Lille that opened in September.
Can we create an account on your buyer space, and are we eligible to the
purchasing centre's contracts?

Best regards,
Priya Sharma
Operations manager""", client="gmail", cte="qp")

M("account_creation", False, "0911066P", "espace_acheteur", True, "fr",
  "Account waiting for validation for weeks because the administrator is on long leave; the region must step in.",
  "Tomasz Wiśniewski <tomasz.wisniewski@ac-versailles.fr>", "validation compte bloquée",
  """Bonjour,

Mon compte attend la validation depuis 3 semaines. L'administrateur de notre
structure est en congé longue maladie et personne d'autre a les droits.
Comment on fait ? Collège 0911066P, Évry.

Tomasz Wiśniewski""", client="tb", cte="qp")

M("account_creation", True, None, "esidoc", False, "fr",
  "No accents, Gmail sender: wants to create an account for the library portal; FAQ answer fits.",
  "Mamadou Ba <mamadou.ba93@gmail.com>", "inscription",
  """bjr,
comment on cree un compte pour le portail du cdi ? je suis nouveau aed
qui aide la documentaliste
merci""", client="gmail", cte="8bit")

# ---------------------------------------------------------------- subscription_activation (10)
M("subscription_activation", True, "0931176Y", "esidoc", False, "fr",
  "Subscription ordered two days ago, not yet visible: within the 72-hour rule.",
  "Pedro Oliveira <pedro.oliveira@ac-creteil.fr>", "abonnement pas visible",
  """Bonjour,

Nous avons commandé avant-hier l'abonnement e-sidoc mais dans notre espace il
est pas encore visible. C'est normal ? Collège 0931176Y.

Pedro Oliveira""", client="outlook", cte="qp")

M("subscription_activation", False, "0590307N", "esidoc", True, "fr",
  "Ordered three weeks ago, still not active: past the 72-hour rule, a person must look at the order.",
  "Alina Sokolova <alina.sokolova@ac-lille.fr>", "abonnement toujours inactif",
  """Bonjour,

Le bon de commande était envoyé il y a trois semaines, mais l'abonnement
n'est toujours pas actif, on voit seulement "en cours". Vous pouvez regarder ?
Lycée 0590307N.

Alina Sokolova, documentaliste""", client="zimbra", cte="8bit")

M("subscription_activation", True, "0781577R", "esidoc", False, "en",
  "English: the new module was ordered yesterday and is not visible yet: within 72 hours.",
  "Laura Fischer <laura.fischer@ac-versailles.fr>", "New module not visible",
  """Hello,

We ordered the digital resources module yesterday for school 0781577R, but I
can't see it in the back office yet. Is there a delay?

Thanks,
Laura Fischer""", client="apple", cte="8bit")

M("subscription_activation", True, "0601545D", "esidoc", False, "fr",
  "Resource to publish: the subscribed press resource does not show on the portal; asked one day after the order.",
  "Fernando Lopes <fernando.lopes@ac-amiens.fr>", "ressource pas publiée",
  """Bonjour,

Hier on a pris l'abonnement pour la ressource presse en ligne, mais sur le
portail les élèves ne voient rien. Il faut publier quelque chose ? Collège
0601545D.

Merci
Fernando Lopes""", client="outlook", cte="qp")

M("subscription_activation", True, None, "esidoc", False, "fr",
  "Machine-translated: ordered service 'not yet at disposition'; no UAI, académie domain gives the region.",
  "Zhang Lei <zhang.lei@ac-paris.fr>", "Service commandé pas à disposition",
  """Bonjour,

Le service que nous avons commandé ce lundi n'est pas encore mis à notre
disposition dans l'interface. Nous voudrions connaître le délai habituel.

Salutations,
Zhang Lei""", client="outlook", cte="b64")

M("subscription_activation", True, "0952712G", "esidoc", True, "fr",
  "Two things mentioned, but the invoice was already paid (no request); only the not-yet-visible subscription is asked.",
  "Olumide Adeyemi <olumide.adeyemi@ac-versailles.fr>", "abonnement payé mais pas actif",
  """Bonjour,

La facture est payée, ça c'est réglé (pas de question sur ça). Mais
l'abonnement commandé jeudi n'apparaît pas encore. Lycée 0952712G.

Cordialement
Olumide Adeyemi""", client="gmail", cte="qp")

M("subscription_activation", True, "0622883X", "esidoc", True, "fr",
  "Quoted history about a lost password; the new text asks about a new subscription not yet visible.",
  "Lucia Martinez <lucia.martinez@ac-lille.fr>", "Re: mot de passe",
  """Bonjour,

Merci, le mot de passe fonctionne maintenant. Autre question : la
documentaliste a commandé hier l'option « portail avancé » et on ne la voit
pas. C'est normal ?

Lucía (assistante espagnole), lycée 0622883X

Le 04/02/2025 à 16:20, Assistance a écrit :
> Bonjour, un lien de réinitialisation a été envoyé à l'adresse du compte.""",
  client="gmail", cte="qp", reply=True)

M("subscription_activation", True, "0921280S", "esidoc", False, "fr",
  "HTML and text alternative from Outlook: new subscription not yet available after the order.",
  "Marta Gonzalez <marta.gonzalez@ac-versailles.fr>", "activation abonnement",
  """Bonjour,

Nous attendons l'activation de l'abonnement commandé mardi. Combien de temps
il faut ? Collège 0921280S.

Marta González
Professeure documentaliste""", client="outlook", cte="qp", html="alt")

M("subscription_activation", True, "0020000P", "esidoc", False, "fr",
  "Short message without accents: renewal ordered, portal shows 'expired'; within 72 hours.",
  "Said Belkacem <said.belkacem@ac-amiens.fr>", "renouvellement",
  """bonjour
on a renouvele hier mais le portail affiche encore abonnement expire
college 0020000P
merci""", client="apple", cte="8bit")

M("subscription_activation", False, "0751301G", "esidoc", True, "fr",
  "UAI written with spaces ('0751 301 G'); subscription ordered in January still not active: past 72 hours.",
  "Svetlana Morozova <svetlana.morozova@ac-paris.fr>", "abonnement pas activé depuis janvier",
  """Bonjour,

Nous avons commandé en janvier et rien activé jusqu'à maintenant (mars !).
Nous avons le numéro de commande CMD-25-0117. Établissement 0751 301 G.

Svetlana Morozova""", client="tb", cte="8bit")
# ---------------------------------------------------------------- head_of_establishment_request (13)
M("head_of_establishment_request", False, "0931004L", "esidoc", False, "fr",
  "The principal asks in writing to reset the administrator password and send it to the new librarian.",
  "Principal College <ce.0931004L@ac-creteil.fr>", "Demande de réinitialisation - chef d'établissement",
  """Madame, Monsieur,

En tant que principal du collège (0931004L), je vous demande de
réinitialiser le mot de passe administrateur e-sidoc. La nouvelle
documentaliste, Mme Adeyemi, est contractuelle depuis novembre et n'a pas
les accès.

Merci de votre diligence.
M. Haddad, principal""", client="zimbra", cte="qp")

M("head_of_establishment_request", False, "0592902J", "espace_acheteur", False, "fr",
  "Proviseur born abroad asks to change the structure's administrator on the Espace Acheteur.",
  "Proviseur Lycee <ce.0592902J@ac-lille.fr>", "changement administrateur",
  """Bonjour,

Je suis proviseur du lycée 0592902J. L'ancienne gestionnaire est partie en
retraite, je demande que M. Ionescu devient le administrateur de notre
structure sur l'espace acheteur. Je valide cette demande.

Cordialement,
Nikolaos Georgiou
Proviseur""", client="outlook", cte="8bit")

M("head_of_establishment_request", False, "0780117D", "espace_acheteur", False, "en",
  "English head teacher of an international section authorises an order in writing.",
  "Head Teacher <ce.0780117D@ac-versailles.fr>", "Authorisation of order",
  """Dear Sir or Madam,

As head of the establishment (UAI 0780117D), I authorise our bursar,
Mr Kowalski, to validate the order of library furniture placed on the buyer
space last Friday.

Yours faithfully,
Catherine Hill
Proviseure, Lycée international""", client="outlook", cte="qp")

M("head_of_establishment_request", False, "0601326R", "esidoc", True, "fr",
  "Principal's mail contains a spaced lower-case UAI ('0601 326 r'); asks to change the contact address of the account.",
  "Mohamed El Amrani <mohamed.elamrani@ac-amiens.fr>", "changement adresse de contact",
  """Bonjour,

Je suis le principal du collège de Noyon (0601 326 r). Je vous demande de
changer l'adresse de contact du compte e-sidoc : à la place de l'adresse
personnelle de l'ancienne documentaliste, mettre l'adresse officielle du
collège.

Cordialement
M. El Amrani, principal""", client="tb", cte="qp")

M("head_of_establishment_request", False, "0931125T", "esidoc", True, "fr",
  "Machine-translated letter from a principal: written authorisation to reset the administrator password, UAI only in the signature.",
  "Direction College <direction.0931125T@ac-creteil.fr>", "Lettre d'autorisation",
  """Madame, Monsieur,

Par la présente, je soussigné, chef de l'établissement, autorise la
réinitialisation du mot de passe de l'administrateur et l'envoi sur l'adresse
fonctionnelle de l'établissement. Le motif est le départ de la personne
responsable sans transmission.

Veuillez recevoir mes salutations les meilleures.
Le Principal
Collège Romain Rolland – 0931125T""", client="outlook", cte="b64",
  att=("autorisation_principal.pdf", "application/pdf", b"%PDF-1.4\n% autorisation signee\n%%EOF\n"))

M("head_of_establishment_request", False, "0950461K", "espace_acheteur", False, "fr",
  "Principal asks in writing to replace the administrator of the buyer space.",
  "Principal <ce.0950461K@ac-versailles.fr>", "nouvel administrateur",
  """Bonjour,

Je suis la principale du collège 0950461K à Sarcelles. Je demande le
changement de l'administrateur : Mme Traoré remplace M. Petit, parti en
mutation. Je confirme par ce mail.

Aïcha Benmoussa
Principale""", client="zimbra", cte="8bit")

M("head_of_establishment_request", False, "0620290D", "esidoc", True, "fr",
  "Two topics: the head authorises the reset and also asks a quote question; the authorisation is the main request.",
  "Proviseur <ce.0620290D@ac-lille.fr>", "autorisation reset + question devis",
  """Bonjour,

Je suis proviseur adjoint faisant fonction de chef d'établissement. J'autorise
la réinitialisation du compte administrateur du CDI (notre assistant
d'éducation vous a déjà écrit, le compte est bloqué).
Question à côté : le devis pour l'an prochain, il sera envoyé quand ?

Stefan Müller
Lycée 0620290D, Lens""", client="outlook", cte="qp")

M("head_of_establishment_request", False, "0020356B", "esidoc", False, "fr",
  "School director (directrice d'école) asks in writing to change the account's administrator to the new teacher.",
  "Ecole primaire <ce.0020356B@ac-amiens.fr>", "changement d'administrateur BCD",
  """Bonjour,

Je suis directrice de l'école (0020356B). Merci de mettre comme nouvelle
administratrice du catalogue de la BCD Mme Kaur, enseignante arrivée cette
année. L'ancien administrateur n'est plus dans l'école.

Cordialement
Rosa Fernandes, directrice""", client="apple", cte="qp")

M("head_of_establishment_request", False, "0772073K", "espace_acheteur", True, "fr",
  "Head writes from a personal Gmail, UAI only in the signature; asks to reset the contact address - evidence must be checked by a person.",
  "Omar Farouk <omar.farouk.principal@gmail.com>", "demande du principal",
  """Bonjour,

Je vous écris de mon adresse personnelle car la boîte du collège est en panne.
Je suis principal et je demande de modifier l'adresse de contact du compte
acheteur vers la mienne académique quand elle fonctionne.

Omar Farouk
Principal, collège Jacques Prévert
0772073K""", client="gmail", cte="8bit")

M("head_of_establishment_request", False, "0752058E", "esidoc", False, "fr",
  "Principal authorises the librarian's access after the activation mail question; a written authorisation to process.",
  "La principale <ce.0752058E@ac-paris.fr>", "autorisation accès administrateur",
  """Bonjour,

Suite à la demande de Mme Nowak, documentaliste, je confirme qu'elle est
autorisée à être administratrice du compte e-sidoc du collège 0752058E.
Merci de lui donner les accès.

Mme Ferreira, principale""", client="zimbra", cte="qp")

M("head_of_establishment_request", False, "0590619C", "espace_acheteur", False, "fr",
  "Proviseure authorises an order above the threshold in writing.",
  "Proviseure <ce.0590619C@ac-lille.fr>", "validation commande",
  """Bonjour,

J'autorise la commande n° 2025-0412 (mobilier CDI) faite par notre
gestionnaire sur l'espace acheteur. Merci de la valider.

Yuki Sato-Lemaire
Proviseure, lycée Pasteur (0590619C)""", client="outlook", cte="qp", html="alt")

M("head_of_establishment_request", False, "0941971G", "esidoc", True, "fr",
  "Principal writes about the reset procedure with a quoted auto-answer about the head-of-establishment procedure.",
  "Principal <ce.0941971G@ac-creteil.fr>", "Re: [#SUP-009511] Mot de passe administrateur",
  """Bonjour,

Comme demandé dans votre réponse, moi chef d'établissement je confirme la
demande de réinitialisation du mot de passe administrateur. Envoyez sur
l'adresse officielle du collège svp.

Le principal, Hassan Idrissi

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Objet : [#SUP-009511] Mot de passe administrateur

Bonjour,
Le chef d'établissement doit faire la demande par écrit depuis l'adresse
officielle de l'établissement.""", client="outlook", cte="qp", reply=True)

M("head_of_establishment_request", False, "0800741W", "esidoc", False, "fr",
  "Head of a lycée agricole asks to close the old admin account and open one for the new librarian.",
  "Direction <ce.0800741W@ac-amiens.fr>", "Changement de responsable e-sidoc",
  """Madame, Monsieur,

Je suis le directeur de l'établissement 0800741W. Je demande la fermeture du
compte de l'ancienne documentaliste et la création d'un accès administrateur
pour M. Okafor, qui la remplace.

Directeur, Andrzej Lewandowski""", client="tb", cte="8bit")

# ---------------------------------------------------------------- order_billing (11)
M("order_billing", False, "0931434D", "esidoc", False, "fr",
  "Asks for a quote (devis) for the renewal, needed for the bon d'engagement.",
  "Mariana Costa <mariana.costa@ac-creteil.fr>", "devis renouvellement",
  """Bonjour,

Pour faire le bon d'engagement il me faut un devis du renouvellement de
l'abonnement e-sidoc pour 2025-2026. Collège 0931434D.

Merci
Mariana Costa, gestionnaire""", client="outlook", cte="qp")

M("order_billing", False, "0592064Y", "espace_acheteur", False, "fr",
  "Invoice not found in Chorus Pro; needs a person.",
  "Ion Popa <ion.popa@ac-lille.fr>", "facture chorus",
  """Bonjour,

La facture de la commande de février n'est pas dans Chorus Pro. Le
comptable demande le numéro ou de la déposer encore. Lycée 0592064Y.

Ion Popa""", client="tb", cte="8bit")

M("order_billing", False, "0922560H", "espace_acheteur", False, "en",
  "English: asks which payment means are accepted (administrative mandate).",
  "Kenji Watanabe <kenji.watanabe@ac-versailles.fr>", "Payment by administrative mandate?",
  """Hello,

Can we pay your invoice by administrative mandate, or only by bank transfer?
Our accountant needs to know before paying. School 0922560H.

Kenji Watanabe""", client="apple", cte="8bit")

M("order_billing", False, "0800210U", "espace_acheteur", True, "fr",
  "Machine-translated: basket cannot be validated; UAI only in a ce. sender address.",
  "Intendance <ce.0800210U@ac-amiens.fr>", "Le panier ne se valide pas",
  """Bonjour,

Quand nous appuyons sur « valider le panier », la page retourne vers le
début et la commande n'est pas enregistrée. Nous avons essayé avec deux
navigateurs différents.

Service d'intendance""", client="zimbra", cte="qp")

M("order_billing", False, "0770646J", "esidoc", True, "fr",
  "Negation: 'ce n'est pas un problème de mot de passe, c'est la facture' - billing error, double invoice.",
  "Daniela Moreno <daniela.moreno@ac-creteil.fr>", "facture en double",
  """Bonjour,

Ce n'est pas un problème de mot de passe (la collègue a dit ça à tort), c'est
la facture : nous avons reçu deux fois la même facture pour l'abonnement.
Merci d'annuler une. Collège 0770646J.

Daniela Moreno""", client="outlook", cte="qp")

M("order_billing", False, None, "espace_acheteur", False, "fr",
  "Buyer asks to correct the billing address on an order; no UAI, académie domain gives the region.",
  "Hamza Ouali <hamza.ouali@ac-versailles.fr>", "adresse facturation",
  """Bonjour,

Sur la commande CDE-88231 l'adresse de facturation est fausse, c'est
l'ancienne adresse du lycée. Il faut corriger avant la facture svp.

Hamza Ouali""", client="gmail", cte="qp")

M("order_billing", False, "0601369M", "espace_acheteur", False, "fr",
  "Bon d'engagement to attach to an order; asks where to send it.",
  "Cristina Lungu <cristina.lungu@ac-amiens.fr>", "bon d'engagement",
  """Bonjour,

Je joins le bon d'engagement signé pour la commande de livres. Où je dois
l'envoyer exactement, ici ou sur la plateforme ? Lycée 0601369M.

Cristina Lungu""", client="outlook", cte="b64",
  att=("bon_engagement_0601369M.pdf", "application/pdf", b"%PDF-1.4\n% BE 2025\n%%EOF\n"))

M("order_billing", False, "0950304P", "esidoc", True, "fr",
  "Thunderbird reply quoting an old password thread; the new request is a quote for two extra licences.",
  "Abebe Tesfaye <abebe.tesfaye@ac-versailles.fr>", "Re: mot de passe CDI",
  """Bonjour,

Le mot de passe c'était réglé, merci. Maintenant il nous faut un devis pour
deux postes en plus sur e-sidoc. Collège 0950304P.

Abebe Tesfaye

Le 12/12/2024 à 09:30, Assistance a écrit :
> Bonjour,
> Le lien de réinitialisation a été envoyé à l'adresse du compte.
> Cordialement""", client="tb", cte="8bit", reply=True)

M("order_billing", False, "0941510F", "espace_acheteur", False, "fr",
  "Asks for the status of an order validated two weeks ago with no delivery.",
  "Nour Hamdan <nour.hamdan@ac-creteil.fr>", "commande pas livrée",
  """Bonjour,

Commande validée le 3 mars sur l'espace acheteur, rien livré et pas de
facture. Vous pouvez dire où elle est ? Lycée 0941510F.

Nour Hamdan, adjointe gestionnaire""", client="outlook", cte="qp", html="alt")

M("order_billing", False, "0591274P", "espace_acheteur", True, "fr",
  "Two topics: invoice in Chorus (main) and a question about the junk folder already solved; billing wins.",
  "Dragana Petrovic <dragana.petrovic@ac-lille.fr>", "Chorus et autre",
  """Bonjour,

Le mail arrivé finalement, il était dans indésirables, désolée. Par contre la
facture de janvier est rejetée par Chorus : "SIRET destinataire inconnu".
Pouvez-vous refaire avec le bon SIRET ? Lycée 0591274P.

Dragana""", client="zimbra", cte="qp")

M("order_billing", False, "0021711Z", "esidoc", False, "fr",
  "Asks a pro-forma invoice to pay the subscription in advance.",
  "Abdelkader Zerrouki <abdelkader.zerrouki@ac-amiens.fr>", "facture proforma",
  """Bonjour,

Nous voulons payer l'abonnement avant la fin de l'exercice, il faut une
facture proforma. Merci de l'envoyer. Collège 0021711Z.

Abdelkader Zerrouki, gestionnaire""", client="outlook", cte="qp")

# ---------------------------------------------------------------- contract_documents (6)
M("contract_documents", False, "0751085X", "espace_acheteur", False, "fr",
  "Cannot see the market documents (CCAP, amendments) in the buyer space.",
  "Elif Demir <elif.demir@ac-paris.fr>", "documents du marché",
  """Bonjour,

Dans l'espace acheteur je vois le marché "fournitures CDI" mais pas les
documents (CCAP, avenants). La page est vide. Lycée 0751085X.

Elif Demir, acheteuse""", client="outlook", cte="qp")

M("contract_documents", False, "0590080S", "espace_acheteur", False, "en",
  "English: the membership convention cannot be downloaded.",
  "Oliver Grant <oliver.grant@ac-lille.fr>", "Convention not downloadable",
  """Hello,

We need the signed membership convention for our audit but the download link
on the buyer space gives an error. School 0590080S.

Regards,
Oliver Grant""", client="gmail", cte="qp")

M("contract_documents", False, "0930812C", "espace_acheteur", True, "fr",
  "Machine-translated: 'the amendment number 2 is not appearing'; UAI in signature.",
  "Xu Ming <xu.ming@ac-creteil.fr>", "Avenant n°2 invisible",
  """Madame, Monsieur,

L'avenant numéro 2 du marché de reliure n'apparaît pas dans la liste des
pièces contractuelles de notre espace. Nous avons besoin de lui pour la
commission.

Cordialement,
Xu Ming, acheteur
Collège 0930812C""", client="outlook", cte="b64")

M("contract_documents", False, None, "espace_acheteur", False, "fr",
  "No UAI; asks access to the convention documents; académie domain gives the region.",
  "Hugo Pereira <hugo.pereira@ac-amiens.fr>", "accès conventions",
  """Bonjour

je n ai pas acces aux conventions dans l espace acheteur, ma collegue les
voit. c est une question de droits ?

Hugo Pereira""", client="apple", cte="8bit")

M("contract_documents", False, "0781440S", "espace_acheteur", True, "fr",
  "Two topics: contract documents invisible (main) and a password remark ('pas un souci de mot de passe, je suis connecté').",
  "Ali Rezaei <ali.rezaei@ac-versailles.fr>", "pièces du marché",
  """Bonjour,

Je suis connecté (donc pas un souci de mot de passe), mais je ne vois pas les
pièces du marché pour la maintenance informatique, seulement le titre.
Lycée 0781440S.

Ali Rezaei""", client="tb", cte="qp")

M("contract_documents", False, "0621088W", "espace_acheteur", False, "fr",
  "Asks for the market's technical specifications document that does not open.",
  "Ioana Marinescu <ioana.marinescu@ac-lille.fr>", "CCTP ne s'ouvre pas",
  """Bonjour,

Le document CCTP du marché n'ouvre pas, il dit "document indisponible".
Collège 0621088W.

Merci
Ioana Marinescu""", client="outlook", cte="qp", html="only")

# ---------------------------------------------------------------- transfer_incident (9)
M("transfer_incident", False, "0931985C", "ecoledirecte", False, "fr",
  "EcoleDirecte transfer failing for three days; parents do not see the marks.",
  "Rafael Souza <rafael.souza@ac-creteil.fr>", "transfert EcoleDirecte",
  """Bonjour,

Le transfert vers EcoleDirecte ne marche plus depuis vendredi, les parents
voient pas les notes. Message "échec de connexion". Collège 0931985C.

Rafael Souza, informaticien""", client="outlook", cte="qp")

M("transfer_incident", False, None, "ecoledirecte", True, "fr",
  "Asks the daily maintenance password: transfer_incident per the taxonomy, not password_reset.",
  "Kofi Boateng <kofi.boateng@ac-lille.fr>", "mot de passe du jour",
  """Bonjour,

J'ai besoin du mot de passe de maintenance du jour pour réparer la base
Charlemagne, le logiciel le demande. Merci rapide svp.

Kofi Boateng""", client="tb", cte="8bit")

M("transfer_incident", False, "0592902J", "ecoledirecte", False, "fr",
  "Licence expired after the server change: licence to regenerate.",
  "Istvan Nagy <istvan.nagy@ac-lille.fr>", "licence expirée",
  """Bonjour,

Après changement du serveur, le logiciel dit "licence expirée" et les
transferts sont arrêtés. Il faut regénérer la licence. Lycée 0592902J.

Istvan Nagy""", client="outlook", cte="qp")

M("transfer_incident", False, "0911294M", "ecoledirecte", False, "en",
  "English: synchronisation between the school-management software and EcoleDirecte stuck.",
  "Daniel Kim <daniel.kim@ac-versailles.fr>", "Sync stuck",
  """Hi,

The synchronisation to EcoleDirecte has been stuck at 40% since yesterday.
Teachers cannot see the new timetable. School 0911294M.

Daniel Kim, IT""", client="gmail", cte="qp")

M("transfer_incident", False, "0800158M", "ecoledirecte", True, "fr",
  "Machine-translated; the antivirus blocks the transfer tool; UAI only in a ce. sender address.",
  "Informatique <ce.0800158M@ac-amiens.fr>", "L'antivirus empêche le transfert",
  """Bonjour,

Depuis la mise à jour de l'antivirus, l'outil de transfert est mis en
quarantaine et les données ne sont plus synchronisées avec EcoleDirecte.

Le service informatique""", client="zimbra", cte="b64")

M("transfer_incident", False, "0771226P", "ecoledirecte", False, "fr",
  "Replication to re-initialise after a restore; screenshot attached.",
  "Boris Petrov <boris.petrov@ac-creteil.fr>", "réplication à réinitialiser",
  """Bonjour,

Nous avons restauré la base hier, maintenant la réplication donne erreur.
Capture d'écran jointe. Collège 0771226P.

Boris Petrov""", client="outlook", cte="qp",
  att=("capture_erreur.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 24))

M("transfer_incident", False, "0021000B", "ecoledirecte", True, "fr",
  "Negation: 'ce n'est pas mon mot de passe personnel, c'est celui de maintenance' - daily maintenance password for transfers.",
  "Hiroshi Tanaka <hiroshi.tanaka@ac-amiens.fr>", "mot de passe maintenance",
  """Bonjour,

Ce n'est pas mon mot de passe personnel que j'ai perdu, c'est le mot de passe
de maintenance du jour pour relancer le transfert EcoleDirecte. Collège
0021000B.

Merci
Hiroshi Tanaka""", client="apple", cte="qp")

M("transfer_incident", False, "0952519X", "ecoledirecte", False, "fr",
  "Proxy change breaks HTTP transfers; connection test fails.",
  "Mehdi Jaziri <mehdi.jaziri@ac-versailles.fr>", "proxy et transfert",
  """Bonjour,

Nouveau pare-feu au lycée, depuis le transfert HTTP ne passe plus, le test de
connexion échoue. Quels ports faut-il ouvrir ? Lycée 0952519X.

Mehdi Jaziri""", client="tb", cte="8bit")

M("transfer_incident", False, None, "ecoledirecte", False, "fr",
  "Gmail sender, no UAI: grades no longer reach EcoleDirecte after the update.",
  "Nkechi Obi <nkechi.obi.school@gmail.com>", "notes ne passent plus",
  """Bonjour,

Depuis la mise à jour de mardi les notes ne passent plus sur EcoleDirecte,
les parents appellent tout le temps. Nous sommes une école privée à Lille.

Nkechi Obi, secrétaire""", client="gmail", cte="qp")
# ---------------------------------------------------------------- automated (20)
M("automated", False, None, None, False, "fr",
  "Delivery failure (multipart/report) for our reply to an unknown mailbox.",
  "Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>",
  "Undelivered Mail Returned to Sender",
  """Ceci est le programme postmaster de mx1.assistance.example.fr.

Nous sommes désolés de vous informer que votre message n'a pas pu être
délivré à un ou plusieurs destinataires.

<oksana.melnik@ac-creteil.fr>: host smtp.ac-creteil.fr said: 550 5.1.1
    <oksana.melnik@ac-creteil.fr>: Recipient address rejected: User unknown""",
  client="robot", kind="bounce", rcpt="oksana.melnik@ac-creteil.fr")

M("automated", False, None, None, False, "en",
  "English bounce: mailbox full at the recipient.",
  "Mail Delivery Subsystem <MAILER-DAEMON@mx1.assistance.example.fr>",
  "Delivery Status Notification (Failure)",
  """Delivery to the following recipient failed permanently:

     joao.ferreira@ac-lille.fr

Technical details of permanent failure:
552 5.2.2 Mailbox full""",
  client="robot", kind="bounce", rcpt="joao.ferreira@ac-lille.fr")

M("automated", False, None, "esidoc", True, "fr",
  "Bounce whose returned part is our password-reset answer: the keywords belong to the quoted mail, the message itself is automatic.",
  "Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>",
  "Undelivered Mail Returned to Sender",
  """Votre message n'a pas pu être remis.

<cdi.lycee@ac-versailles.fr>: 550 5.1.1 mailbox unavailable

--- Début du message retourné ---
Objet : [#SUP-009622] Réinitialisation de votre mot de passe e-sidoc
Bonjour, vous avez demandé un nouveau mot de passe pour le back office
e-sidoc. Cliquez sur le lien ci-dessous...""",
  client="robot", kind="bounce", rcpt="cdi.lycee@ac-versailles.fr")

M("automated", False, None, None, False, "fr",
  "Delayed-delivery warning from our MTA (no action needed).",
  "Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>",
  "Delayed Mail (still being retried)",
  """Ceci est un avertissement seulement ; vous n'avez pas besoin de renvoyer
votre message.

Le message n'a pas encore pu être remis à <secretariat@college-exemple.fr>
depuis 4 heures. Nouvelles tentatives pendant 5 jours.""",
  client="robot", kind="bounce", rcpt="secretariat@college-exemple.fr",
  action="delayed")

M("automated", False, None, None, False, "fr",
  "Out-of-office from an académie mailbox (Auto-Submitted: auto-replied); region from the ac-creteil.fr domain.",
  "Mariana Costa <mariana.costa@ac-creteil.fr>", "Réponse automatique : devis renouvellement",
  """Bonjour,

Je suis absente jusqu'au 24 février inclus. Pour toute urgence, merci de
contacter le secrétariat d'intendance.

Mariana Costa""", client="outlook", cte="qp",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

M("automated", False, None, None, False, "en",
  "English out-of-office of a language assistant back home for the holidays.",
  "Megan O'Connor <megan.oconnor@ac-paris.fr>", "Out of Office: Reset link expired",
  """Hi, I'm back in Ireland for the Christmas holidays until 6 January with
limited access to email. For anything urgent about the library, please
contact the school office.

Megan""", client="gmail", cte="8bit",
  headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"})

M("automated", False, "0800262A", None, True, "fr",
  "Zimbra out-of-office from the ce.<UAI>@ac-amiens.fr mailbox; automatic, never answered, UAI from the sender address.",
  "Secretariat College <ce.0800262A@ac-amiens.fr>", "Absence du secrétariat",
  """Le secrétariat est fermé pendant les vacances scolaires. Réouverture le
lundi 3 mars à 8h. Votre message sera traité à notre retour.""",
  client="zimbra", cte="qp", headers={"Auto-Submitted": "auto-replied"})

M("automated", False, None, None, True, "fr",
  "Out-of-office written like a person (mentions a lost password) but sent automatically with Auto-Submitted.",
  "Tatiana Smirnova <tatiana.smirnova@ac-versailles.fr>", "Absente : RE: mot de passe",
  """Bonjour,
Je suis en formation cette semaine. Si c'est pour le mot de passe du CDI,
merci de voir avec la vie scolaire. Je lis mes mails à mon retour.
Tatiana Smirnova""", client="zimbra", cte="8bit",
  headers={"Auto-Submitted": "auto-replied"})

M("automated", False, None, None, False, "fr",
  "Out-of-office without Auto-Submitted, only X-Autoreply; wording shows it is automatic.",
  "Bogdan Marin <bogdan.marin@ac-versailles.fr>", "Message d'absence",
  """Je suis absent du bureau jusqu'au 14/04. En cas d'urgence contactez
l'intendance au standard.
Bogdan Marin""", client="outlook", cte="qp", headers={"X-Autoreply": "yes"})

M("automated", False, None, None, True, "fr",
  "MailInBlack challenge sent to us by a school's anti-spam (a robot, not a person describing a block): automated, never answered.",
  "Mailinblack <noreply@protect.mailinblack.example.com>",
  "Votre message est en attente de validation",
  """Bonjour,

Vous avez envoyé un message à ahmed.saidi@ac-creteil.fr. Ce destinataire est
protégé par MailInBlack. Pour que votre message soit délivré, merci de
confirmer que vous êtes un humain en cliquant sur le lien ci-dessous :

https://protect.mailinblack.example.com/challenge?id=8f21c

Ce message a été envoyé automatiquement.""", client="robot", cte="qp",
  headers={"Auto-Submitted": "auto-replied"})

M("automated", False, None, None, True, "en",
  "English MailInBlack-style challenge from a school's filter, no Auto-Submitted header: automated.",
  "Anti-spam protection <no-reply@shield.mailinblack.example.com>",
  "Please confirm your message to sarah.thompson@ac-amiens.fr",
  """Your message to sarah.thompson@ac-amiens.fr is on hold.

The recipient uses MailInBlack to protect their inbox. Click the button
below to prove you are a human sender. This is a one-time step.

[ I am human ]""", client="robot", cte="8bit", html="alt")

M("automated", False, None, None, True, "fr",
  "MailInBlack digest of held messages forwarded automatically by the filter.",
  "Mailinblack <digest@protect.mailinblack.example.com>",
  "Récapitulatif de vos messages en attente",
  """Vous avez 3 messages en attente dans votre espace MailInBlack :
- support@assistance.example.fr : « Activation de votre compte »
- newsletter@editeur.example.com : « Nouveautés du mois »
- inconnu@promo.example.net : « Offre exceptionnelle »

Connectez-vous pour les libérer.""", client="robot", cte="qp",
  headers={"Auto-Submitted": "auto-generated"})

M("automated", False, None, "esidoc", False, "fr",
  "Publisher newsletter with List-Id and List-Unsubscribe.",
  "Lettre e-sidoc <newsletter@news.esidoc.example.fr>", "Les nouveautés de mars pour votre CDI",
  """Découvrez ce mois-ci :
- la nouvelle interface de recherche
- les sélections thématiques pour la semaine de la presse
- un webinaire le 20 mars

Pour vous désinscrire, cliquez ici.""", client="robot", cte="qp", html="alt",
  headers={"List-Id": "<lettre.news.esidoc.example.fr>",
           "List-Unsubscribe": "<mailto:unsubscribe@news.esidoc.example.fr>",
           "Precedence": "bulk"})

M("automated", False, None, None, False, "fr",
  "Académie mailing list relayed to the support address (List-Id).",
  "Liste documentalistes <docs-idf@listes.example.fr>", "[docs-idf] Réunion de bassin du 12 mai",
  """Chères et chers collègues,

La réunion de bassin des professeurs documentalistes aura lieu le 12 mai au
lycée Voltaire. Ordre du jour en pièce jointe sur le site.

--
Liste docs-idf - pour se désabonner: sympa@listes.example.fr""",
  client="robot", cte="8bit",
  headers={"List-Id": "<docs-idf.listes.example.fr>", "Precedence": "list"})

M("automated", False, None, None, False, "en",
  "English vendor newsletter (bulk) with unsubscribe link.",
  "EdTech Weekly <news@edtechweekly.example.com>", "This week in school libraries",
  """Top stories this week:
* 5 ways to boost reading in secondary schools
* Interview: a French school librarian on digital resources

Unsubscribe | Manage preferences""", client="robot", cte="qp", html="only",
  headers={"List-Unsubscribe": "<https://edtechweekly.example.com/u?id=77>",
           "Precedence": "bulk"})

M("automated", False, None, "esignature", False, "fr",
  "E-signature 'completed' notification for a convention, no-reply sender.",
  "Signature électronique <no-reply@esign.example.com>", "Document signé : convention d'adhésion",
  """Bonjour,

Tous les signataires ont signé le document « Convention d'adhésion 2025 ».
Vous pouvez le télécharger depuis votre espace pendant 30 jours.

Ceci est un message automatique, merci de ne pas y répondre.""",
  client="robot", cte="qp")

M("automated", False, None, "ticket_portal", False, "fr",
  "Ticket-portal notification that a ticket was updated (Auto-Submitted: auto-generated).",
  "Portail support <noreply@support-portal.example.com>",
  "[SR-2025-05120] Votre demande a été mise à jour",
  """Votre demande SR-2025-05120 a été mise à jour.
Statut : Résolu
Commentaire : « Le correctif a été appliqué. »

Message automatique du système de tickets.""", client="robot", cte="8bit",
  headers={"Auto-Submitted": "auto-generated"})

M("automated", False, None, None, False, "fr",
  "Read receipt (disposition notification) from an académie mailbox; region from ac-lille.fr.",
  "Rachid Boudiaf <rachid.boudiaf@ac-lille.fr>", "Lu : Re: mail in black",
  """Votre message

  À : Rachid Boudiaf
  Objet : Re: mail in black

a été lu le mardi 18 mars 2025 09:12:44.""", client="outlook", cte="qp",
  kind="mdn")

M("automated", False, None, "espace_acheteur", True, "fr",
  "Automatic order-confirmation notification from the buyer space's no-reply address, without automation headers; it mentions an invoice but asks nothing.",
  "Espace Acheteur <ne-pas-repondre@espace-acheteur.example.fr>",
  "Confirmation de votre commande CDE-90112",
  """Bonjour,

Votre commande CDE-90112 a bien été enregistrée. La facture sera disponible
dans votre espace après livraison.

Ce courriel est généré automatiquement.""", client="robot", cte="qp", html="alt")

M("automated", False, None, "ecoledirecte", False, "fr",
  "Nightly transfer report generated by the school-management software; no person wrote it.",
  "Rapport transfert <rapport@ecoledirecte-noreply.example.fr>",
  "Rapport quotidien des transferts",
  """Rapport du 21/03/2025 02:00
Transferts réussis : 14
Transferts en erreur : 0
Prochain transfert : 22/03/2025 02:00

Message généré automatiquement.""", client="robot", cte="8bit",
  headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

# ---------------------------------------------------------------- other (18)
M("other", False, None, None, False, "en",
  "English SEO spam.",
  "Rank Booster <sales@rankbooster.example.net>", "Get your website on page 1 of Google",
  """Hi,

I checked your website and noticed some errors which stop you from being on
the first page of Google. We can fix this for only $99/month.

Reply YES to get a free audit.""", client="gmail", cte="8bit")

M("other", False, None, None, False, "fr",
  "French phishing imitating a webmail quota warning.",
  "Service Messagerie <admin@quota-messagerie.example.ru>", "Votre boîte aux lettres est pleine",
  """Cher utilisateur,

Votre quota de messagerie a dépassé 98%. Cliquez ici pour valider votre
compte sinon il sera supprimé dans 24h.

L'équipe technique""", client="outlook", cte="b64", html="only")

M("other", False, "0752361J", "esidoc", True, "fr",
  "Thanks after the reset: mentions the password but asks nothing.",
  "Megan O'Connor <megan.oconnor@ac-paris.fr>", "Re: Reset link expired",
  """Bonjour,

Merci beaucoup, le nouveau lien a marché et la documentaliste a pu changer le
mot de passe. Tout est ok maintenant !

Megan (assistante d'anglais, lycée 0752361J)""", client="gmail", cte="qp", reply=True)

M("other", False, None, None, False, "fr",
  "Language assistant sends an unsolicited job application to the support address.",
  "Camila Rojas <camila.rojas.fle@gmail.com>", "candidature spontanée",
  """Bonjour,

Je suis assistante de langue espagnole à Créteil jusqu'en mai. Je cherche un
travail pour l'année prochaine, est-ce que votre société recrute ? Je joins
mon CV.

Camila Rojas""", client="gmail", cte="qp",
  att=("CV_Camila_Rojas.pdf", "application/pdf", b"%PDF-1.4\n% CV\n%%EOF\n"))

M("other", False, None, "esidoc", False, "en",
  "English: asks whether the e-sidoc interface exists in English for foreign students; a product question with no category.",
  "Anna Johansson <anna.johansson@ac-versailles.fr>", "English version of the portal?",
  """Hello,

Many of our students are newly arrived and do not read French yet. Is there
an English (or other language) version of the library portal interface?

Best,
Anna Johansson""", client="apple", cte="8bit")

M("other", False, "0921598M", "ticket_portal", False, "fr",
  "How to share a ticket with a colleague on the ticket portal: how-to question, no category of its own.",
  "Juan Carlos Ruiz <juancarlos.ruiz@ac-versailles.fr>", "partager un ticket",
  """Bonjour,

Comment je fais pour que ma collègue voit aussi le ticket que j'ai ouvert sur
le portail ? Elle est aussi au lycée 0921598M.

Juan Carlos Ruiz""", client="tb", cte="qp")

M("other", False, None, "esignature", True, "fr",
  "Convention to e-sign carries a wrong establishment name: only the document's sender can fix it, not a contract-documents access problem.",
  "Lamia Chaouch <lamia.chaouch@ac-lille.fr>", "nom de l'établissement faux sur la convention",
  """Bonjour,

J'ai reçu la convention à signer électroniquement, mais le nom du collège
est faux (c'est le nom de l'ancien collège avant fusion). Je signe quand
même ou pas ?

Lamia Chaouch, principale adjointe""", client="outlook", cte="qp")

M("other", False, None, None, False, "fr",
  "Misdirected mail: a teacher asks the support desk for her payslip.",
  "Svetlana Morozova <svetlana.morozova@ac-paris.fr>", "fiche de paie",
  """Bonjour,

Je n'ai pas reçu ma fiche de paie de février. C'est à vous que je dois
demander ? Je suis contractuelle.

Svetlana Morozova""", client="tb", cte="8bit")

M("other", False, "0911311F", "esidoc", False, "fr",
  "Asks for a training session on the library software for new contract staff.",
  "Nadia Benhamou <nadia.benhamou@ac-versailles.fr>", "formation",
  """Bonjour,

Nous sommes trois nouvelles personnes au CDI (contrats), nous voudrions une
formation pour utiliser le logiciel. Vous proposez ça ? Lycée 0911311F.

Nadia Benhamou""", client="outlook", cte="qp", html="alt")

M("other", False, None, None, False, "en",
  "English crypto investment spam.",
  "Mr. Richard Lee <richard.lee@invest-global.example.biz>", "Partnership opportunity",
  """Dear Friend,

I have a business proposal of 12,500,000 USD that will benefit us both.
Kindly reply with your full name and phone number.

Richard Lee""", client="outlook", cte="qp")

M("other", False, "0950259R", "esidoc", True, "fr",
  "Feedback/complaint about the catalogue search being slow; no access or billing request; mentions the password only as solved.",
  "Karim Benali <karim.benali@ac-versailles.fr>", "recherche très lente",
  """Bonjour,

Le mot de passe c'est réglé merci. Mais maintenant la recherche dans le
catalogue prend 30 secondes, les élèves partent. C'est normal ? Collège
0950259R.

Karim Benali""", client="tb", cte="8bit")

M("other", False, None, None, True, "fr",
  "Machine-translated message about a translation tool for parents: unrelated to the platforms.",
  "Tran Van Duc <vanduc.tran@ac-creteil.fr>", "Demande d'information outil de traduction",
  """Bonjour,

Je souhaite savoir si votre société propose un outil de traduction des
courriers pour les parents d'élèves qui ne parlent pas le français. Ce serait
très utile pour notre établissement.

Cordialement,
Tran Van Duc""", client="outlook", cte="b64")

M("other", False, None, "esidoc", False, "fr",
  "Asks how to import a list of books from a spreadsheet: a how-to question.",
  "Beatriz Almeida <beatriz.almeida@ac-amiens.fr>", "import liste livres excel",
  """Bonjour,

J'ai une liste de 200 livres dans un fichier Excel. C'est possible de
importer dans le catalogue directement, ou il faut saisir un par un ?

Beatriz Almeida, documentaliste""", client="gmail", cte="qp")

M("other", False, "0931004L", "esidoc", True, "fr",
  "Reply on a closed reset ticket saying the problem is solved and giving the new librarian's name: nothing to do.",
  "Principal College <ce.0931004L@ac-creteil.fr>", "RE: [#SUP-009702] Demande de réinitialisation",
  """Bonjour,

C'est bon, Mme Adeyemi a ses accès maintenant. Merci pour la rapidité.

M. Haddad

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Objet : [#SUP-009702] Demande de réinitialisation

Bonjour, la demande a été approuvée et le lien envoyé à l'adresse officielle
de l'établissement.""", client="zimbra", cte="qp", reply=True)

M("other", False, None, None, False, "fr",
  "Advertising for school furniture sent to the support address.",
  "Mobilier Scolaire Pro <contact@mobilier-scolaire.example.com>", "-30% sur le mobilier de CDI",
  """Madame, Monsieur,

Profitez de -30% sur nos étagères et bacs à albums jusqu'au 31 mars.
Catalogue en ligne sur notre site.

Pour ne plus recevoir nos offres, répondez STOP.""", client="outlook", cte="qp", html="only")

M("other", False, None, None, False, "en",
  "English: a foreign exchange teacher asks for a visit of the company for her students.",
  "Julia Meyer <julia.meyer@schule-example.de>", "School visit request",
  """Dear Sir or Madam,

I am a German teacher on exchange in Lille this spring. Would it be possible
for my pupils to visit your company to see how educational software is made?

Kind regards,
Julia Meyer""", client="tb", cte="8bit")

M("other", False, None, "espace_acheteur", True, "fr",
  "Suggests adding a product to the catalogue; mentions an order only as context, no order or billing request.",
  "Mahmoud Karimi <mahmoud.karimi@ac-creteil.fr>", "suggestion catalogue",
  """Bonjour,

On commande souvent chez vous, mais il manque dans le catalogue les
dictionnaires bilingues pour élèves allophones (arabe, ukrainien, tamoul).
Vous pouvez les ajouter ?

Mahmoud Karimi, gestionnaire""", client="outlook", cte="qp")

M("other", False, None, None, True, "fr",
  "Message sent to the wrong recipient: meant for a colleague (meeting arrangements), nothing for the desk.",
  "Ahmed Saidi <ahmed.saidi@ac-creteil.fr>", "réunion jeudi",
  """Salut Karim,

Pour jeudi c'est bon, on se voit à 14h en salle 12 pour préparer le conseil
pédagogique. Tu ramènes les documents ?

Ahmed""", client="gmail", cte="8bit")

# ====================================================================== build
SUPPORT = "support@assistance.example.fr"
CLIENT_HDRS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")],
    "tb": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) "
            "Gecko/20100101 Thunderbird/128.8.0"), ("Content-Language", "fr")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF136 (Win)/9.0.0_GA_4583)"),
               ("Thread-Topic", None)],
    "gmail": [],
    "robot": [],
}


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                   for _ in range(n))


def msgid(client, dom, when):
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % alnum(40)
    if client == "outlook":
        return "<%s$%s$%s@%s>" % (hexs(12), hexs(10), hexs(8), dom)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (R.randint(100000, 999999),
                                                  R.randint(1000000, 9999999),
                                                  int(when.timestamp() * 1000), dom)
    if client == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (hexs(8).upper(), hexs(4).upper(), hexs(4).upper(),
                                        hexs(4).upper(), hexs(12).upper(), dom)
    if client == "tb":
        return "<%s-%s-%s-%s-%s@%s>" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), dom)
    return "<%s.%d@%s>" % (hexs(16), int(when.timestamp()), dom)


def to_html(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = esc.strip("\n").split("\n\n")
    inner = "\n".join("<p>%s</p>" % p.replace("\n", "<br>\n") for p in paras)
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=utf-8\"></head><body>\n%s\n</body></html>\n" % inner)


def pick_date():
    start = datetime.datetime(2024, 9, 2, 7, 0)
    d = start + datetime.timedelta(minutes=R.randint(0, 300 * 24 * 60))
    if d.weekday() >= 5:
        d += datetime.timedelta(days=7 - d.weekday())
    d = d.replace(hour=R.randint(7, 18))
    summer = 4 <= d.month <= 10
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return d.replace(tzinfo=tz)


def trace_headers(addr, when):
    dom = addr.rsplit("@", 1)[1].lower()
    ip = "%s.%d" % (R.choice(["192.0.2", "198.51.100", "203.0.113"]), R.randint(2, 250))
    recv = ("from smtp.%s (smtp.%s [%s])\n\tby mx1.assistance.example.fr (Postfix) "
            "with ESMTPS id %s\n\tfor <%s>; %s" % (dom, dom, ip, alnum(15), SUPPORT,
                                                   format_datetime(when)))
    auth = ("mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n"
            "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s"
            % (dom, dom, dom))
    return recv, auth


def build_report(m, when, name, addr):
    """A delivery-status or read-receipt report, written as raw text."""
    b = "=_report_%s" % hexs(16)
    recv, auth = trace_headers(addr, when)
    subj = m["subj"]
    lines = []
    if m.get("kind") == "bounce":
        lines += ["Return-Path: <>"]
    else:
        lines += ["Return-Path: <%s>" % addr]
    if m.get("kind") == "bounce":
        recv = ("by mx1.assistance.example.fr (Postfix)\n\tid %s; %s"
                % (alnum(15), format_datetime(when)))
        lines += ["Received: " + recv]
    else:
        lines += ["Received: " + recv, "Authentication-Results: " + auth]
    lines += [
              "From: %s <%s>" % (name, addr), "To: %s" % SUPPORT,
              "Subject: %s" % subj, "Date: %s" % format_datetime(when),
              "Message-ID: %s" % msgid("robot", addr.rsplit("@", 1)[1], when),
              "MIME-Version: 1.0", "Auto-Submitted: auto-replied"]
    if m.get("kind") == "bounce":
        lines += ['Content-Type: multipart/report; report-type=delivery-status;\n'
                  ' boundary="%s"' % b]
    else:
        lines += ['Content-Type: multipart/report; report-type=disposition-notification;\n'
                  ' boundary="%s"' % b]
    lines += ["", "This is a MIME-encapsulated message.", "", "--" + b,
              "Content-Type: text/plain; charset=utf-8",
              "Content-Transfer-Encoding: 8bit", "", m["body"].rstrip("\n"), "", "--" + b]
    if m.get("kind") == "bounce":
        action = m.get("action", "failed")
        status = "4.4.1" if action == "delayed" else "5.0.0"
        lines += ["Content-Type: message/delivery-status", "",
                  "Reporting-MTA: dns; mx1.assistance.example.fr",
                  "Arrival-Date: %s" % format_datetime(when), "",
                  "Final-Recipient: rfc822; %s" % m["rcpt"],
                  "Action: %s" % action, "Status: %s" % status, "", "--" + b,
                  "Content-Type: text/rfc822-headers", "",
                  "From: Assistance <%s>" % SUPPORT, "To: <%s>" % m["rcpt"],
                  "Subject: [#SUP-%06d] Votre demande" % R.randint(8000, 9999),
                  "Message-ID: <SUP-%06d.%d@assistance.example.fr>" % (R.randint(8000, 9999), int(when.timestamp()) - 600),
                  "", "--" + b + "--", ""]
    else:
        lines += ["Content-Type: message/disposition-notification", "",
                  "Reporting-UA: %s; Microsoft Outlook 16.0" % addr.rsplit("@", 1)[1],
                  "Final-Recipient: rfc822; %s" % addr,
                  "Original-Message-ID: <SUP-%06d.%d@assistance.example.fr>" % (R.randint(8000, 9999), int(when.timestamp()) - 86400),
                  "Disposition: manual-action/MDN-sent-manually; displayed", "",
                  "--" + b + "--", ""]
    return "\n".join(lines).encode("utf-8")


def build(m, when):
    name, addr = parseaddr(m["frm"])
    if m.get("kind") in ("bounce", "mdn"):
        return build_report(m, when, name, addr)
    dom = addr.rsplit("@", 1)[1]
    client = m.get("client", "outlook")
    cte = m.get("cte", "quoted-printable")
    cte = {"qp": "quoted-printable", "b64": "base64"}.get(cte, cte)
    msg = EmailMessage()
    recv, auth = trace_headers(addr, when)
    msg["Return-Path"] = "<%s>" % addr
    msg["Received"] = re.sub(r"\n\t", " ", recv)
    msg["Authentication-Results"] = re.sub(r"\n\t", " ", auth)
    msg["From"] = formataddr((name, addr)) if name else addr
    msg["To"] = "Assistance <%s>" % SUPPORT
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = msgid(client, dom, when)
    if m.get("reply"):
        ref = "<SUP-%06d.%d.%s@assistance.example.fr>" % (R.randint(8000, 9999),
                                                          int(when.timestamp()) - 86400 * R.randint(1, 9),
                                                          hexs(6))
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in CLIENT_HDRS[client]:
        msg[k] = v if v is not None else m["subj"]
    if client == "apple" and "iPhone" in m["body"]:
        del msg["X-Mailer"]
        msg["X-Mailer"] = "iPhone Mail (22D72)"
    for k, v in m.get("headers", {}).items():
        msg[k] = v
    html = m.get("html")
    if html == "only":
        msg.set_content(m["body"], subtype="html", cte=cte)
    else:
        msg.set_content(m["body"], cte=cte)
        if html == "alt":
            msg.add_alternative(to_html(m["body"]), subtype="html", cte="quoted-printable")
    if m.get("att"):
        fn, mime, data = m["att"]
        maintype, subtype = mime.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%s" % hexs(20))
    return msg.as_bytes(policy=policy.default)


def visible_text(msg):
    out = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        if part.get_content_type() == "text/plain":
            out.append(part.get_content())
        elif part.get_content_type() == "text/html":
            out.append(re.sub(r"<[^>]+>", " ", part.get_content()))
    return "\n".join(out)


def load_region_table():
    """Département and domain tables, re-read from regions.md when available."""
    path = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "spec", "regions.md"))
    if not os.path.exists(path):
        return DEPT2REG, DOM2REG
    depts, doms = {}, {}
    for line in open(path, encoding="utf-8"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 4 or not cells[0].startswith("`"):
            continue
        reg = cells[0].strip("`")
        for d in cells[2].split():
            depts[d if len(d) == 3 else "0" + d] = reg
        for d in cells[3].split():
            doms[d] = reg
    return depts, doms


UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d(?: ?\d){6} ?[A-Za-z])(?![0-9A-Za-z])")
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard",
        "lang", "notes"]


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    R.shuffle(order)
    labels = []
    extra = {}
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "h%03d.eml" % n
        when = pick_date()
        data = build(m, when)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        addr = parseaddr(m["frm"])[1]
        labels.append({"file": fname, "category": m["cat"], "auto_reply_ok": m["ar"],
                       "uai": m["uai"], "region": region_for(m["uai"], addr),
                       "platform": m["plat"], "hard": m["hard"], "lang": m["lang"],
                       "notes": m["notes"]})
        extra[fname] = m
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check(extra)


def check(extra):
    depts, doms = load_region_table()
    regions = set(depts.values())
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    assert len(labels) == 150
    files = sorted(x for x in os.listdir(HERE) if x.endswith(".eml"))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], "150 files"
    assert [lab["file"] for lab in labels] == files
    seen = set()
    for lab in labels:
        fn = lab["file"]
        assert list(lab.keys()) == KEYS, fn
        assert lab["category"] in CATEGORIES, fn
        seen.add(lab["category"])
        assert isinstance(lab["auto_reply_ok"], bool), fn
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, fn
        assert lab["platform"] in PLATFORMS, fn
        assert isinstance(lab["hard"], bool), fn
        assert lab["lang"] in ("fr", "en"), fn
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 10, fn
        assert lab["uai"] is None or uai_ok(lab["uai"]), fn
        assert lab["region"] is None or lab["region"] in regions, fn

        with open(os.path.join(HERE, fn), "rb") as f:
            msg = BytesParser(policy=policy.default).parse(f)
        for part in msg.walk():
            assert not part.defects, (fn, part.defects)
            for k in part.keys():
                v = part[k]
                assert not getattr(v, "defects", ()), (fn, k, v.defects)
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (fn, h)
        sender = msg["From"].addresses[0].addr_spec

        # region from the UAI's département, else the académie sender domain
        if lab["uai"]:
            want = depts.get(lab["uai"][:3])
        else:
            want = doms.get(sender.rsplit("@", 1)[1].lower())
        assert lab["region"] == want, (fn, lab["region"], want)

        text = visible_text(msg)
        flat = re.sub(r"\s+", "", text).upper()
        wrong = extra[fn].get("wrong", [])
        for code in wrong:
            assert not uai_ok(code), (fn, code, "claimed wrong but valid")
            assert code in flat, (fn, code)
            assert "wrong check letter" in lab["notes"] and code in lab["notes"], fn
        for mt in UAI_RE.finditer(text):
            code = mt.group(1).replace(" ", "").upper()
            if uai_ok(code):
                assert code == lab["uai"] or code in lab["notes"], (fn, code)
            else:
                assert code in wrong, (fn, code, "invalid code not declared")
        if lab["uai"]:
            assert lab["uai"] in flat or lab["uai"] in sender.upper(), (fn, lab["uai"])
    assert seen == set(CATEGORIES), set(CATEGORIES) - seen
    from collections import Counter
    cats = Counter(lab["category"] for lab in labels)
    en = sum(lab["lang"] == "en" for lab in labels)
    hard = sum(lab["hard"] for lab in labels)
    assert 10 <= en <= 25, en
    print("ok: 150 mails;", dict(sorted(cats.items())), "; en=%d hard=%d" % (en, hard))


if __name__ == "__main__":
    main()

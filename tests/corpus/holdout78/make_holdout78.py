#!/usr/bin/env python3
"""Generate the holdout78 blind test corpus (150 hand-written mails + labels.jsonl).

Theme: writers who dictate or use assistive tools (voice dictation, screen
readers, magnifiers, word prediction), or who write very long, very structured
mail (numbered steps, bullet points, headings, dates of every attempt);
senders mostly from Hauts-de-France and Normandie.

Standard library only, deterministic (random.Random with a fixed seed).
Every mail text below is hand-written; this script only wraps each text in
headers and a transfer encoding, then re-reads everything and checks it.
"""
import base64
import datetime
import email
import json
import os
import random
import re
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(780078)
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = ["password_reset", "missing_noreply_mail", "mailinblack_spam",
              "account_creation", "subscription_activation",
              "head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"]
NEVER_AUTO = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
DEFAULT_AUTO = {"password_reset": True, "missing_noreply_mail": True,
                "mailinblack_spam": True, "subscription_activation": True,
                "account_creation": False}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte",
             "ticket_portal", "esignature"}
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform",
        "hard", "lang", "notes"]

# regions.md, transcribed
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
DEPT2REGION, DOMAIN2REGION = {}, {}
for _slug, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        DEPT2REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _d in _doms.split():
        DOMAIN2REGION[_d] = _slug


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


def region_for(uai, sender):
    if uai:
        return DEPT2REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].strip(">").lower() if "@" in sender else ""
    return DOMAIN2REGION.get(dom)


MAILS = []


def M(c, f, s, b, *, n, u=None, p=None, lang="fr", h=False, ar=None,
      cl="outlook", fmt=None, enc="qp", rep=False, att=None, hd=None,
      auth="pass", cs="utf-8", wrong=None, k=None, to=None):
    """Record one hand-written mail and its label."""
    MAILS.append(dict(c=c, f=f, s=s, b=b, n=n, u=u, p=p, lang=lang, h=h,
                      ar=ar, cl=cl, fmt=fmt, enc=enc, rep=rep, att=att or [],
                      hd=hd or {}, auth=auth, cs=cs, wrong=wrong or [], k=k,
                      to=to))

# ---------------------------------------------------------------- password_reset
M("password_reset", "Sandrine Lefebvre <sandrine.lefebvre1@ac-lille.fr>",
  "Mot de passe e-sidoc refusé - historique de mes essais",
  """Bonjour,

Je me permets de vous écrire car je n'arrive plus à me connecter à l'administration de notre portail e-sidoc. Voici ce que j'ai fait, dans l'ordre :

1. Lundi 9 septembre, 8 h 15 : connexion habituelle avec l'identifiant 0592668E, message « identifiant ou mot de passe incorrect ».
2. Lundi 9 septembre, 8 h 20 : deuxième essai en retapant le mot de passe lettre par lettre (verrouillage majuscule vérifié).
3. Lundi 9 septembre, 12 h 40 : essai depuis un autre poste du CDI, avec Firefox au lieu d'Edge. Même message.
4. Mardi 10 septembre : j'ai cliqué sur « mot de passe oublié » mais je ne sais pas quelle adresse est enregistrée chez vous (peut-être celle de ma collègue partie à la retraite en juin).

Je n'ai donc plus aucun accès pour préparer les prêts de la rentrée.

Pourriez-vous m'envoyer un lien de réinitialisation ?

Merci d'avance,

Sandrine Lefebvre
Professeure documentaliste
Collège Albert Camus - Tourcoing
""", u="0592668E", p="esidoc", cl="thunderbird", enc="8bit",
  n="Long numbered list of dated attempts; lost e-sidoc admin password, UAI in the body; the reset path applies.")

M("password_reset", "Didier Carpentier <didier.carpentier@ac-amiens.fr>",
  "mot de passe oublie espace acheteur",
  """Bonjour virgule

je dicte ce message avec mon téléphone car j'ai un plâtre au bras droit point à la ligne

je n'arrive plus à entrer dans l'espace à cheteur de la centrale virgule le mot de passe est refusé depuis ce matin point l'identifiant c'est le u a i du lycée 0802581W point à la ligne

est-ce que vous pouvez me renvoyer un lien pour changer le mot de passe point d'interrogation

merci beaucoup

Didier Carpentier
gestionnaire lycée Boucher de Perthes Abbeville

Envoyé de mon iPhone
""", u="0802581W", p="espace_acheteur", cl="apple", h=True,
  n="Dictation artefacts (spoken punctuation, 'espace à cheteur'); still a plain lost Espace Acheteur password with the UAI given.")

M("password_reset", "CDI Lycée Jean Prévost <ce.0142220M@ac-normandie.fr>",
  "Réinitialisation du mot de passe administrateur e-sidoc",
  """Bonjour,

Objet : réinitialisation du mot de passe

Contexte
- Nouvelle documentaliste arrivée le 2 septembre.
- L'ancienne titulaire n'a laissé aucune note sur les codes.

Ce que j'ai tenté
a) Le 3/09 : bouton « mot de passe oublié » -> aucune idée de l'adresse enregistrée.
b) Le 4/09 : appel au secrétariat, personne ne connaît le mot de passe.
c) Le 5/09 : recherche dans le classeur du CDI, rien.

Demande
Pouvez-vous envoyer le lien de réinitialisation sur la boîte de l'établissement (celle d'où je vous écris, le secrétariat me transmettra) ?

Cordialement,
Mme Hélène Marie, documentaliste
""", u="0142220M", p="esidoc", cl="zimbra", h=True,
  n="UAI only in the ce.<UAI>@ac-normandie.fr sender address; the librarian (not the head) asks for the link on the official mailbox.")

M("password_reset", "Marc Delattre <marc.delattre62@gmail.com>",
  "Compte bloqué après plusieurs essais",
  """Bonjour,

Mon compte est bloqué. Je récapitule :

* 14/10 - 17h02 : 1er essai, refusé
* 14/10 - 17h03 : 2e essai, refusé
* 14/10 - 17h05 : 3e essai -> « compte verrouillé, réessayez plus tard »
* 15/10 - 8h30 : toujours verrouillé
* 15/10 - 10h00 : toujours verrouillé

Je suis professeur documentaliste au collège Jean Jaurès de Lens (0622522E). Je travaille sur mon ordinateur personnel avec le logiciel de grossissement ZoomText, je tape donc lentement et je pense m'être trompé de touche plusieurs fois.

Merci de débloquer le compte ou de m'envoyer un nouveau mot de passe.

Marc Delattre
""", u="0622522E", p="esidoc", cl="gmail",
  n="Account locked after repeated failed attempts (magnifier user); UAI in the body; reset applies even though sent from a personal address, since the link goes to the address on file.")

M("password_reset", "Valérie Dumont <valerie.dumont@ac-normandie.fr>",
  "mdp",
  """bonjour
je ne connais pas le mdp du portail du cdi, je suis remplaçante jusqu'aux vacances de la toussaint
lycée Marcel Sembat Sotteville, uai 0762759l
merci
V. Dumont
""", u="0762759L", p="esidoc", cl="zimbra", enc="8bit", h=True,
  n="UAI written in lower case (0762759l); short 'je ne connais pas le mdp' from a substitute librarian.")

M("password_reset", "Jean-Michel Caron <jm.caron@ac-amiens.fr>",
  "Accès e-sidoc - impossible de me connecter (dictée vocale)",
  """Bonjour,

Je m'appelle Jean-Michel Caron, je suis professeur documentaliste au collège Les Fontainettes à Saint-Aubin-en-Bray, UAI 0601019G. Je suis malvoyant et j'utilise le lecteur d'écran NVDA ainsi que la dictée de Windows ; merci d'excuser les éventuelles fautes.

Depuis la mise à jour de la page de connexion, je ne retrouve plus mon mot de passe : je l'avais enregistré dans le navigateur et il a disparu après la réinstallation du poste par le service informatique le 18 novembre.

Ce que j'ai fait :
1. J'ai cherché le lien « mot de passe oublié » avec NVDA : le lien est bien annoncé, j'ai pu l'activer.
2. J'ai saisi l'identifiant, j'ai validé.
3. Un message dit qu'un courriel a été envoyé à l'adresse « c***@ac-amiens.fr ». Je suppose que c'est l'adresse de la principale, je lui ai demandé de regarder.

En attendant, pouvez-vous me confirmer que c'est bien la bonne procédure, et sinon me renvoyer un lien ?

Bien cordialement,
Jean-Michel Caron
""", u="0601019G", p="esidoc", cl="outlook", fmt="alt",
  n="Screen-reader user lost the saved password after a reinstall; asks for a reset and confirmation of the procedure.")

M("password_reset", "Gestion Collège Paul Eluard <gestion.paul-eluard@orange.fr>",
  "TR: Identifiant et mot de passe espace acheteur",
  """Bonjour,

Je vous transfère ci-dessous le message de notre ancienne gestionnaire : elle n'a jamais transmis l'identifiant et le mot de passe de l'espace acheteur avant sa mutation. Je ne les connais pas.

Notre UAI : 0021832F (collège Paul Eluard, Château-Thierry).

Merci de me dire comment récupérer l'accès.

Nadia Benali
Secrétaire de gestion

-----Message d'origine-----
De : Françoise Leroy
Envoyé : vendredi 30 août 2024 16:41
À : Nadia Benali
Objet : Passation

Bonjour Nadia,
Pour la centrale d'achat, il faudra demander l'accès à l'assistance, je n'ai plus les codes.
Bonne rentrée,
Françoise
""", u="0021832F", p="espace_acheteur", cl="outlook", fmt="alt",
  n="Forward with Outlook '-----Message d'origine-----'; the new secretary does not know the Espace Acheteur identifier or password.")

M("password_reset", "Aurélie Vasseur <aurelie.vasseur@ac-lille.fr>",
  "Ce n'est pas le mot de passe de maintenance",
  """Bonjour,

Pour être très claire : je ne vous demande PAS le mot de passe de maintenance du jour, je n'ai aucun problème de transfert. Mon problème, c'est le mot de passe de mon compte administrateur e-sidoc, que j'ai perdu.

Ce que j'ai essayé :
- 21/11 : « mot de passe oublié », aucun mail reçu à ma connaissance ;
- 22/11 : j'ai regardé dans les indésirables, rien non plus ;
- 25/11 : nouvel essai, même résultat.

Établissement : lycée Gambetta, Tourcoing, 0591384J.

Merci.
Aurélie Vasseur, documentaliste
""", u="0591384J", p="esidoc", cl="zimbra", h=True,
  n="Negation: explicitly not the daily maintenance password; lost e-sidoc admin password (main ask), even though the reset mail also never arrived.")

M("password_reset", "Thomas Lemaire <t.lemaire@ac-normandie.fr>",
  "Password reset needed - English-speaking assistant",
  """Hello,

I am the English language assistant at Lycée Guillaume le Conquérant in Lillebonne and the librarian asked me to write to you because she is on sick leave.

Summary of the problem:
1. The library portal (e-sidoc) admin password is unknown.
2. We tried "Forgot password" on 12 December: no idea which email it went to.
3. We tried the password written on a post-it: refused.

School ID: 0761738B.

Could you please send a reset link to the school's official mailbox? The office will forward it to us.

Many thanks,
Thomas Lemaire
""", u="0761738B", p="esidoc", lang="en", cl="gmail",
  n="English; lost e-sidoc admin password, UAI given; asks for the link on the official mailbox, which is the standard path.")

M("password_reset", "Christine Hautecoeur <christine.hautecoeur@ac-lille.fr>",
  "mot de passe + facture",
  """Bonjour,

Deux choses, désolée de tout mettre dans le même message :

1) Mot de passe
Je ne peux plus me connecter à l'espace acheteur depuis le 6 janvier (mot de passe expiré, et le nouveau que je choisis est refusé sans explication). Identifiant : 0591196E.

2) Facture
La facture de l'abonnement de novembre n'apparaît toujours pas sur Chorus Pro ; notre agent comptable la réclame.

Merci pour votre aide,
Christine Hautecoeur
Adjointe gestionnaire, lycée Colbert, Tourcoing
""", u="0591196E", p="espace_acheteur", ar=False, cl="outlook", fmt="alt", h=True,
  n="Two topics: expired Espace Acheteur password (first, main) and an invoice missing from Chorus; an automatic reply would answer only half.")

M("password_reset", "Pascal Duhamel <pascal.duhamel@wanadoo.fr>",
  "Re: Votre demande de réinitialisation",
  """Bonjour,

Le lien que vous m'avez envoyé ne marche pas : « lien expiré ». Je l'ai ouvert le lendemain matin seulement, je n'avais pas vu qu'il ne durait que 12 heures.

Je récapitule mes dates :
- 3 février 20 h : ma demande ;
- 3 février 20 h 05 : votre réponse avec le lien ;
- 4 février 9 h : clic sur le lien -> expiré.

Pouvez-vous m'en renvoyer un ? Je le ferai tout de suite cette fois.

Pascal Duhamel
Collège Jules Verne, Grande-Synthe (0592893Z)

Le lun. 3 févr. 2025 à 20:05, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Voici le lien pour choisir un nouveau mot de passe ; il expire dans 12 heures.
> Cordialement,
> L'assistance
""", u="0592893Z", p="esidoc", cl="gmail", rep=True,
  n="Reply: the reset link expired before use; asks for a new one, which is still the reset path.")

M("password_reset", "Isabelle Gosselin <isabelle.gosselin@ac-normandie.fr>",
  "Identifiant perdu",
  """Bonjour

Je ne retrouve plus mon identifiant de connexion pour la gestion des abonnements, ni le mot de passe d'ailleurs. Je ne sais plus si c'est le numéro de l'établissement ou mon adresse.

Lycée Alexis de Tocqueville, Cherbourg-en-Cotentin
UAI 0501799J

Merci,
Isabelle Gosselin, documentaliste

--
Ce message a été rédigé avec un logiciel de reconnaissance vocale (Dragon). Merci de votre indulgence pour les erreurs éventuelles.
""", u="0501799J", p="esidoc", cl="thunderbird", enc="8bit",
  n="Lost identifier and password; Dragon dictation signature; the login is the UAI, so the reset answer applies.")

M("password_reset", "Amandine Roussel <amandine.roussel@ac-lille.fr>",
  "envoyer le mot de passe sur mon adresse perso svp",
  """Bonjour,

Je suis en arrêt maladie mais je voudrais quand même préparer la commande de manuels depuis chez moi. J'ai perdu le mot de passe de l'espace acheteur. Pourriez-vous m'envoyer le nouveau mot de passe directement sur mon adresse personnelle amandine.r59@free.fr plutôt que sur la boîte du collège (je n'y ai pas accès de chez moi) ?

Collège Anne Frank, Lille - 0592361W

Merci !
""", u="0592361W", p="espace_acheteur", ar=False, cl="zimbra", h=True,
  n="Lost password but asks for it to be sent to a personal address not on file: the reset rule forbids that, so a person answers.")

M("password_reset", "Frédéric Lenoir <frederic.lenoir@ac-amiens.fr>",
  "Mot de passe EcoleDirecte administrateur",
  """Bonjour,

Je ne parle pas du mot de passe de maintenance : celui-là, je l'ai. Je n'ai plus le mot de passe du compte administrateur EcoleDirecte du collège (changement de principal adjoint, personne ne l'a noté).

UAI : 0802358D

Étapes déjà faites :
1. essai des anciens mots de passe connus (3 essais) ;
2. vérification avec l'ancien adjoint par téléphone le 10 mars ;
3. recherche dans le coffre-fort numérique du collège.

Que faut-il faire ?

F. Lenoir, principal adjoint, collège du Vimeu, Feuquières-en-Vimeu
""", u="0802358D", p="ecoledirecte", ar=False, cl="outlook", h=True,
  n="Lost EcoleDirecte administrator password, explicitly not the maintenance password (transfer_incident); no reset template for this product, so a person answers.")

M("password_reset", "Nicolas Bernard <nicolas.bernard@ac-normandie.fr>",
  "Can't log in to the buyer space",
  """Hi,

I'm the IT technician at Collège Pierre de Ronsard in L'Aigle. The school business manager is visually impaired and uses a screen reader; she asked me to write on her behalf.

Steps so far:
- 6 May: login rejected ("wrong password").
- 6 May: "Forgot password" clicked, email address field filled in with her address.
- 7 May: nothing received; second try; still nothing... actually it just came in as I'm writing, but the link says it has expired.

Could you send a fresh link? School code 0611226B.

Thanks,
Nicolas
""", u="0611226B", p="espace_acheteur", lang="en", cl="gmail",
  n="English, written on behalf of a screen-reader user; expired reset link for the Espace Acheteur, asks for a new one.")

M("password_reset", "Sophie Leclercq <sophie.leclercq@ac-lille.fr>",
  "connexion impossible",
  """Bonjour, je n'arrive pas à me connecter, il me dit mot de passe incorrect alors que je n'ai rien changé. J'ai réessayé hier soir et ce matin, pareil. C'est pour le CDI du collège Verlaine à Lille.

Sophie Leclercq
Professeure documentaliste
Collège Paul Verlaine
UAI 0592495S
""", u="0592495S", p=None, cl="apple", h=True,
  n="UAI only in the signature; the product is not named ('le CDI'), so no platform.")

M("password_reset", "Karine Fontaine <karine.fontaine@ac-normandie.fr>",
  "Mot de passe - documentaliste - Lycée Malherbe",
  """Bonjour,

1. Situation
Le mot de passe de l'administration e-sidoc a expiré (message « votre mot de passe a expiré » le 16 janvier).

2. Essais
   2.1. Changement de mot de passe proposé par la page : refusé, « le mot de passe ne respecte pas les règles ».
   2.2. Nouvel essai avec 12 caractères, majuscule, chiffre, caractère spécial : même refus.
   2.3. Essai de « mot de passe oublié » : le mail arrive bien mais le nouveau mot de passe est aussi refusé.

3. Question
Pourriez-vous réinitialiser le compte de notre côté (lycée Malherbe, Caen, UAI 0141 954 Y) ?

Merci,
Karine Fontaine
""", u="0141954Y", p="esidoc", cl="thunderbird", h=True,
  n="UAI written with spaces (0141 954 Y); expired password, the new one keeps being refused; asks for a reset.")

M("password_reset", "Bruno Deneux <bruno.deneux@ac-amiens.fr>",
  "Réinitialisation du mot de passe - collège",
  """Bonjour,

Suite à l'arrêt prolongé de notre documentaliste, je dois reprendre provisoirement la gestion du portail du CDI, mais je n'ai pas le mot de passe.
Pouvez-vous procéder à sa réinitialisation ?
Le code de l'établissement est le 0022294H.

Cordialement,

Bruno Deneux
CPE - Collège Jean Mermoz, Laon
""", u="0022294H", p="esidoc", cl="outlook", fmt="html",
  n="HTML-only Outlook; a CPE (not the head) asks for a reset to take over the CDI portal; UAI in the body.")

M("password_reset", "Marie Poulain <marie.poulain@laposte.net>",
  "je n'arrive pas a me connecter au portail",
  """bonjour
je suis la documentaliste du lycee agricole d yvetot, je ne me rappelle plus du mot de passe pour la partie gestion du portail e-sidoc
j ai essaye 4 fois
uai 0761421G
merci de votre aide
marie poulain
""", u="0761421G", p="esidoc", cl="apple", enc="8bit",
  n="No accents or apostrophes (word-prediction keyboard); lost e-sidoc password with UAI.")

M("password_reset", "Olivier Tessier <olivier.tessier@ac-lille.fr>",
  "Password expired - ticket portal",
  """Good morning,

My password for the support ticket portal expired yesterday and the "reset password" email has not been sent to me since the portal says my address is unknown. My colleague created the account for me in September using my old address (olivier.tessier@ac-lille.fr, no change on my side...).

Could you reset it for me?

Olivier Tessier
IT support, Lycée Baggio, Lille
""", u=None, p="ticket_portal", lang="en", ar=False, cl="outlook", h=True,
  n="English; ticket portal password expired and the portal does not find the address: a person must check the account; no UAI, region from ac-lille.fr.")

M("password_reset", "Secrétariat Collège Boris Vian <ce.0272024D@ac-normandie.fr>",
  "Demande de lien - mot de passe oublié",
  """Bonjour,

La documentaliste, Mme Guérin, a perdu son mot de passe pour le portail du CDI. Elle n'a pas accès à cette boîte, c'est pourquoi nous écrivons à sa place. Pouvez-vous envoyer le lien de réinitialisation ici, nous le lui transmettrons en main propre.

Bien à vous,
Le secrétariat
Collège Boris Vian - Pont-Audemer
""", u="0272024D", p="esidoc", cl="zimbra",
  n="Secretariat writes from the ce.<UAI>@ac-normandie.fr official mailbox for the librarian; UAI only in the sender address.")

M("password_reset", "Ludovic Marchand <ludovic.marchand@ac-lille.fr>",
  "mot de passe oublié - RNE 0591614J",
  """Bonjour,

Mot de passe administrateur e-sidoc oublié (pas utilisé depuis juin).
Je précise que ce n'est pas notre ancien numéro 0591615L qui figure encore sur certains courriers : l'établissement a fusionné, le bon code est 0591614J.

Merci,
L. Marchand
Documentaliste - Cité scolaire Jean Rostand, Roubaix
""", u="0591614J", p="esidoc", cl="thunderbird", h=True, wrong=["0591615L"],
  n="Two codes: 0591615L has a wrong check letter (the digits give K), a typo of an old number and not a UAI; the request is about 0591614J.")
# ---------------------------------------------------------------- missing_noreply_mail
M("missing_noreply_mail", "Céline Dubois <celine.dubois@ac-lille.fr>",
  "Mail d'activation jamais reçu - chronologie",
  """Bonjour,

Je vous écris après plusieurs tentatives. Voici la chronologie complète :

Mercredi 18 septembre
- 14 h 10 : création de mon compte sur l'Espace Acheteur.
- 14 h 11 : message à l'écran « un lien d'activation vous a été envoyé ».

Jeudi 19 septembre
- 9 h 00 : rien dans la boîte de réception.
- 9 h 05 : rien dans les courriers indésirables non plus.
- 9 h 30 : nouvelle demande d'envoi du lien. Toujours rien.

Vendredi 20 septembre
- J'ai demandé à notre collègue informaticien de vérifier : il ne voit rien passer.

Je ne sais plus quoi faire. Pouvez-vous me renvoyer le lien ?

Céline Dubois
Gestionnaire, collège Lavoisier, Hazebrouck (0592785G)
""", u="0592785G", p="espace_acheteur", cl="outlook", fmt="alt",
  n="Dated timeline: the Espace Acheteur activation link never arrived, junk folder checked, no anti-spam product named.")

M("missing_noreply_mail", "Gérard Moreau <gerard.moreau@ac-normandie.fr>",
  "pas reçu le mail pour le nouveau mot de passe",
  """Bonjour,

Ce n'est pas que j'ai oublié mon mot de passe, enfin si, mais le problème c'est que le mail pour en choisir un nouveau n'arrive jamais. J'ai cliqué trois fois sur « mot de passe oublié » (le 7, le 8 et le 10 octobre). J'ai regardé les spams. Rien.

Collège Guy de Maupassant, Fécamp - 0761747L

G. Moreau, documentaliste
""", u="0761747L", p="esidoc", cl="zimbra", h=True,
  n="Reads like a password problem, but the reset tool works and its mail never arrives: missing_noreply_mail per the taxonomy.")

M("missing_noreply_mail", "Patricia Lecomte <patricia.lecomte@ac-amiens.fr>",
  "Notifications de commande non reçues",
  """Bonjour,

Depuis début novembre, je ne reçois plus aucune notification de l'Espace Acheteur (validation de panier, suivi de commande). Avant, elles arrivaient de l'adresse no-reply sans problème.

Vérifications faites :
1. dossier Courrier indésirable : vide ;
2. règles Outlook : aucune règle ne déplace ces messages ;
3. adresse dans mon profil : correcte.

Pouvez-vous vérifier de votre côté ?

Patricia Lecomte
Lycée Jean Racine, Montdidier
""", u=None, p="espace_acheteur", cl="outlook", fmt="alt",
  n="No-reply order notifications stopped arriving; no UAI, region from the ac-amiens.fr sender domain.")

M("missing_noreply_mail", "Laurent Petit <laurent.petit@gmail.com>",
  "Confirmation email never arrived",
  """Hello,

I registered on the ticket portal on 2 October to report an issue for our school library. The page said a confirmation email would be sent so I can set my password. Nothing has arrived (inbox, spam, promotions tab all checked, three times over two days).

Could you resend it please?

Laurent Petit
Teacher-librarian, International section
Lycée Jeanne d'Arc, Rouen
""", u=None, p="ticket_portal", lang="en", cl="gmail",
  n="English; the ticket portal's confirmation mail never arrived; Gmail address, so no region.")

M("missing_noreply_mail", "Nathalie Boulanger <nathalie.boulanger@ac-lille.fr>",
  "Relance : toujours pas de mail d'activation",
  """Bonjour,

Je vous relance car, malgré votre réponse du 12 novembre (vérifier les indésirables, ajouter l'expéditeur aux contacts), je n'ai toujours rien reçu 48 heures après. J'ai fait exactement ce qui était indiqué :

- ajout de no-reply à mes contacts le 12/11 à 15 h ;
- nouvelle demande de lien le 12/11 à 15 h 05 ;
- vérification le 13/11 et le 14/11 : rien.

Pouvez-vous transmettre au support de l'académie ?

Nathalie Boulanger
Collège Michelet, Lille

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 12 novembre 2024 14:52
À : Nathalie Boulanger
Objet : RE: Mail d'activation

Bonjour,
Merci de vérifier votre dossier de courrier indésirable et d'ajouter notre adresse d'envoi à vos expéditeurs approuvés.
""", u=None, p=None, ar=False, cl="outlook", rep=True, h=True,
  n="Follow-up after the junk-folder answer: still nothing after 48 h, asks to go to the region; the template was already sent, a person must follow up.")

M("missing_noreply_mail", "Anne-Sophie Mercier <as.mercier@ac-normandie.fr>",
  "Lien d'activation - dictée vocale",
  """Bonjour,

Je dicte ce message, pardon pour la ponctuation. Je me suis inscrite sur l'espace acheteur le lundi 25 novembre pour le collège Jacques Prévert de Saint-Lô, le code est 0502868W. L'écran m'a dit qu'un courriel allait arriver. Rien n'est arrivé, ni dans les indésirables ni ailleurs. J'ai recommencé le mardi et le mercredi. Pouvez-vous me renvoyer le lien d'activation s'il vous plaît.

Merci.
Anne-Sophie Mercier, secrétaire de gestion
""", u="0502868W", p="espace_acheteur", cl="apple",
  n="Dictated in one paragraph; activation link never arrived after three attempts, no anti-spam product named.")

M("missing_noreply_mail", "Romain Lambert <romain.lambert@ac-amiens.fr>",
  "Mails de no-reply bloqués ?",
  """Bonjour,

Nous n'utilisons PAS MailInBlack au collège (je le précise parce que j'ai vu que c'était souvent la cause). Pourtant aucun mail de votre plateforme n'arrive : ni le lien d'activation, ni le mail de mot de passe.

Tests réalisés (je suis le référent numérique) :
1. 9 décembre : envoi d'un lien d'activation -> rien.
2. 9 décembre : test avec une adresse Gmail -> reçu en 2 minutes.
3. 10 décembre : vérification de la quarantaine du serveur académique -> rien.

Collège Gérard Philipe, Clermont (Oise) - 0602708T

Romain Lambert
""", u="0602708T", p=None, cl="thunderbird", h=True,
  n="Names MailInBlack only to say the school does not use it: missing_noreply_mail, not mailinblack_spam.")

M("missing_noreply_mail", "Bibliothèque Lycée Pasteur <cdi.pasteur.henin@gmail.com>",
  "pas de mail recu",
  """Bonjour
j ai demander un nouveau mot de passe hier et ce matin mais je ne recois rien du tout, meme pas dans les spams
c est pour e-sidoc
merci
""", u=None, p="esidoc", cl="gmail", enc="8bit",
  n="Short, no accents: the e-sidoc new-password mail never arrives; no UAI, Gmail sender so no region.")

M("missing_noreply_mail", "Julie Masson <julie.masson@ac-lille.fr>",
  "Mail activation compte - plateforme",
  """Bonjour,

== Objet ==
Lien d'activation non reçu

== Détails ==
Date de la demande : 6 janvier 2025
Adresse utilisée : julie.masson@ac-lille.fr
Établissement : EREA de Villeneuve-d'Ascq, UAI 0591527P
Navigateur : Firefox 133

== Vérifications ==
[x] Courrier indésirable
[x] Dossier « Autres »
[x] Recherche « no-reply » dans toute la boîte
[ ] Autre adresse (je n'en ai pas)

Merci de me renvoyer le lien.

Julie Masson
""", u="0591527P", p=None, cl="zimbra",
  n="Checklist-style mail with headings; the activation link never arrived; no product named.")

M("missing_noreply_mail", "Stéphane Roux <stephane.roux@ac-normandie.fr>",
  "Re: [Ticket] Pas de mail de confirmation",
  """Bonjour,

Merci pour la réponse. J'ai ajouté l'adresse dans mes expéditeurs autorisés comme indiqué et demandé un nouvel envoi ce matin à 8 h 40. Je vous dirai dans la journée si ça arrive ; pour l'instant, rien.

Stéphane Roux
Lycée Porte de Normandie, Verneuil d'Avre et d'Iton

Le 27/01/2025 à 16:20, Assistance a écrit :
> Bonjour,
> Vérifiez vos indésirables et autorisez l'expéditeur no-reply.
""", u=None, p=None, cl="thunderbird", rep=True,
  n="Reply on the ticket reporting the advice was applied and the mail is still awaited; same category as the ticket.")

M("missing_noreply_mail", "Emma Wilson <emma.wilson@ac-lille.fr>",
  "Activation link not received",
  """Dear support team,

I am writing on behalf of our head of department, who is dyslexic and uses text-to-speech software; long French pages are hard for her.

She created an account on the buyer space on 14 February. The site said "an activation link has been sent". Nothing arrived:
- inbox: nothing
- junk: nothing
- we waited 2 days and asked again on 16 February: nothing

Could you please resend the link to her address?

Kind regards,
Emma Wilson
Lycée Louis Pasteur, Lille
""", u=None, p="espace_acheteur", lang="en", cl="outlook", fmt="alt",
  n="English, on behalf of a colleague using text-to-speech; Espace Acheteur activation link never received; region from ac-lille.fr.")

M("missing_noreply_mail", "Franck Hamel <franck.hamel@ac-amiens.fr>",
  "aucun mail de votre part",
  """Bonjour,

Depuis le changement de serveur de messagerie de l'académie (mi-mars), je ne reçois plus les mails automatiques de votre portail e-sidoc : ni les alertes de réservation, ni les mails de mot de passe.

Le CDI du lycée Madeleine Michelis, Amiens (0801386X).

Merci de regarder.
Franck Hamel
""", u="0801386X", p="esidoc", cl="outlook",
  n="No-reply e-sidoc notifications stopped after a mail-server change; no anti-spam product named.")

M("missing_noreply_mail", "Claire Lefranc <claire.lefranc@ac-normandie.fr>",
  "Toujours pas reçu mon lien (3e demande)",
  """Bonjour,

Troisième message, je reprends tout :

1. 4 avril : inscription sur le portail de tickets, aucun mail de confirmation.
2. 7 avril : je vous écris, vous me répondez de vérifier les indésirables. Fait, rien.
3. 10 avril : je vous réécris. Réponse automatique identique.
4. 14 avril : toujours rien.

J'aimerais qu'une personne regarde vraiment mon dossier. Je suis la seule documentaliste de la cité scolaire, je ne peux pas attendre indéfiniment.

Claire Lefranc
Cité scolaire d'Argentan
""", u=None, p="ticket_portal", ar=False, cl="zimbra", h=True,
  n="Third request after repeated automatic answers: the confirmation mail still does not arrive; a person must take over.")

M("missing_noreply_mail", "Hugo Garnier <hugo.garnier@ac-lille.fr>",
  "Reset email not coming",
  """Hi,

I clicked on "forgot password" on e-sidoc four times since Monday, nothing in my inbox or spam. The password itself is not the issue, I just never get the email. School: Collège Rabelais, Boulogne-sur-Mer, 0621875B.

Hugo
""", u="0621875B", p="esidoc", lang="en", cl="apple",
  n="English; the e-sidoc reset mail never arrives (tool works, mail does not): missing_noreply_mail.")

M("missing_noreply_mail", "Service intendance <intendance.lycee-vauban@orange.fr>",
  "Mail d'activation",
  """Bonjour,

Notre nouvelle adjointe gestionnaire s'est inscrite sur l'Espace Acheteur le 2 juin. Elle n'a reçu aucun lien d'activation. Nous avons contrôlé les spams et l'anti-virus de la messagerie Orange.

Merci de nous renvoyer le lien.

Service intendance
Lycée Vauban, Aire-sur-la-Lys
RNE 0622843D
""", u="0622843D", p="espace_acheteur", cl="outlook", fmt="html",
  n="HTML-only; activation link not received by a new gestionnaire; UAI (as RNE) in the signature.")

M("missing_noreply_mail", "Denis Fournier <denis.fournier@ac-normandie.fr>",
  "pas reçu le courriel",
  """bonjour, le courriel pour activer le compte n'est jamais arrivé. demande faite le 3 et le 5 mars. vérifié les indésirables. merci. Denis Fournier, collège Hastings, Caen
""", u=None, p=None, cl="zimbra", enc="8bit",
  n="One-line mail: activation mail never arrived, junk folder checked; region from ac-normandie.fr.")

# ---------------------------------------------------------------- mailinblack_spam
M("mailinblack_spam", "Virginie Lemoine <virginie.lemoine@ac-lille.fr>",
  "Mails bloqués par MailInBlack",
  """Bonjour,

Notre établissement utilise MailInBlack. Je viens de découvrir dans mon espace MailInBlack (onglet « mails en attente ») trois messages de votre adresse no-reply, datés du 23, 24 et 26 septembre, dont le lien d'activation.

Questions :
1. Comment autoriser définitivement votre adresse ?
2. Faut-il que le service informatique fasse quelque chose ?

Virginie Lemoine
Collège Jean Macé, Calais (0621069A)
""", u="0621069A", p=None, cl="outlook", fmt="alt",
  n="MailInBlack named: no-reply mails held in the MailInBlack pending list; allow-list guide applies.")

M("mailinblack_spam", "Rachid Haddad <rachid.haddad@ac-amiens.fr>",
  "Mailinblack - validation expéditeur",
  """Bonjour,

Je pense que vos mails sont bloqués par mailinblack : quand j'ai demandé un nouveau mot de passe, rien n'est arrivé, puis j'ai retrouvé votre message dans le récapitulatif quotidien Mailinblack de 17 h.

Mes étapes :
- 8 octobre, 10 h : demande de nouveau mot de passe ;
- 8 octobre, 17 h : récapitulatif Mailinblack, message « en attente » ;
- 8 octobre, 17 h 05 : j'ai cliqué sur « autoriser » mais le lien était déjà expiré.

Lycée Jules Uhry, Creil - 0601482K
""", u="0601482K", p=None, cl="thunderbird",
  n="MailInBlack daily summary held the reset mail; names the product.")

M("mailinblack_spam", "Caroline Morel <caroline.morel@ac-normandie.fr>",
  "Messages en quarantaine",
  """Bonjour,

Je dicte ce message. Depuis que le rectorat a installé le nouvel antispam Mail in Black, je ne reçois plus rien de la centrale d'achat point. Les messages sont en quarantaine et je dois les libérer un par un point. Le dernier c'est la validation de ma commande du 15 novembre.

Comment faire pour que ce soit automatique question

Caroline Morel
Lycée Jean Rostand, Caen
UAI 0141596J
""", u="0141596J", p="espace_acheteur", cl="apple", h=True,
  n="Dictation artefacts ('Mail in Black', spoken 'point', 'question'); quarantine by MailInBlack for the purchasing-centre mails.")

M("mailinblack_spam", "Jérôme Blanchard <jerome.blanchard@ac-lille.fr>",
  "MailInBlack blocks your emails",
  """Hello,

Our school's mail goes through MailInBlack. Your platform's no-reply emails are being held, and since no one answers the challenge on your side, they are never delivered.

Timeline:
1. 5 Nov: account creation, no activation email.
2. 6 Nov: found it in MailInBlack quarantine.
3. 6 Nov: released it manually, but next notifications were held again.

Could you send us the allow-list procedure? School code 0592668E.

Jérôme Blanchard
IT coordinator
""", u="0592668E", p=None, lang="en", cl="outlook",
  n="English; MailInBlack named, no-reply mails held and unanswered challenge; UAI in body.")

M("mailinblack_spam", "Sylvie Picard <sylvie.picard@ac-amiens.fr>",
  "un message me demande de prouver que je ne suis pas un robot",
  """Bonjour,

Ma collègue de la gestion a essayé de vous écrire et elle a reçu en retour un message lui demandant de cliquer sur un lien pour prouver qu'elle n'est pas un robot. Elle l'a fait. Et quand vous nous envoyez le lien d'activation, c'est l'inverse : il reste bloqué chez nous « en attente d'authentification ».

Je ne connais pas le nom du logiciel, l'informatique est gérée par la communauté de communes.

Collège Jean de La Fontaine, Crépy-en-Valois 0602884J

Sylvie Picard
""", u="0602884J", p=None, ar=False, cl="gmail", h=True,
  n="Sender-authentication challenge described without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person checks before sending the guide.")

M("mailinblack_spam", "Informatique Lycée Condorcet <informatique@lycee-condorcet-stquentin.fr>",
  "Autorisation de votre domaine dans MailInBlack",
  """Bonjour,

Je suis l'administrateur réseau du lycée Condorcet de Saint-Quentin (0022438P).

Plusieurs utilisateurs signalent des mails de votre plateforme bloqués dans MailInBlack. Avant d'ajouter une règle globale, j'ai besoin de :
1. la liste des adresses d'envoi utilisées (no-reply, assistance...) ;
2. les domaines et, si possible, les IP d'émission ;
3. confirmation que ces adresses ne répondent pas aux challenges.

Merci.
Yannick Brunet
""", u="0022438P", p=None, cl="thunderbird",
  n="IT administrator asks for the sender addresses to allow-list in MailInBlack; the MailInBlack guide answers it.")

M("mailinblack_spam", "Hélène Giraud <helene.giraud@ac-normandie.fr>",
  "Re: Lien d'activation",
  """Bonjour,

Vous aviez raison, j'ai retrouvé votre mail dans les messages bloqués de MailInBlack (onglet « Indésirables »), mais il date du 12 et le lien ne marche plus.

Mes essais :
- 12/12 : inscription ;
- 13/12 : votre réponse « vérifiez vos indésirables » ;
- 16/12 : je trouve le mail dans MailInBlack, lien expiré.

Comment faire pour que le prochain arrive directement ?

Hélène Giraud
Collège Louis Pasteur, Évreux

Le 13/12/2024 à 09:14, Assistance a écrit :
> Bonjour, merci de vérifier vos courriers indésirables.
""", u=None, p=None, cl="thunderbird", rep=True,
  n="Reply on a missing-mail ticket that now clearly names MailInBlack as the cause: the new message asks something else, so mailinblack_spam; region from ac-normandie.fr.")

M("mailinblack_spam", "Agnès Leroux <agnes.leroux@ac-lille.fr>",
  "mailinblack",
  """bjr, vos mail sont bloqué par mailinblack chez nous, comment on fait pour vous mettre en liste blanche ? merci, Agnès, collège Roger Salengro, Saint-Pol-sur-Mer
""", u=None, p=None, cl="apple", enc="8bit",
  n="Short, abbreviated: MailInBlack blocks the no-reply mails, asks how to allow-list them.")

M("mailinblack_spam", "Pierre Delmotte <pierre.delmotte@ac-amiens.fr>",
  "MailInBlack + facture à corriger",
  """Bonjour,

1) Mails bloqués
Vos notifications arrivent dans la quarantaine MailInBlack (dernière : 20 janvier). Merci de m'envoyer la procédure pour les autoriser.

2) Et une question à part
La facture n° F-2025-0112 porte l'ancienne adresse du lycée. Faut-il une nouvelle facture ?

Pierre Delmotte, gestionnaire
Lycée Henri Martin, Saint-Quentin, 0022723Z
""", u="0022723Z", p=None, ar=False, cl="outlook", fmt="alt", h=True,
  n="Two topics: MailInBlack quarantine (first, main) and an invoice to correct (order_billing); a single template would answer only half.")

M("mailinblack_spam", "Isabelle Dupont <isabelle.dupont@ac-normandie.fr>",
  "mails bloqués (antispam MailInBlack)",
  """Bonjour,

Je suis malvoyante et j'utilise JAWS. Je n'arrive pas à valider le message « autoriser l'expéditeur » dans l'interface MailInBlack : le bouton n'est pas lu par le lecteur d'écran. En attendant, tous vos mails restent bloqués.

Pouvez-vous m'indiquer une autre méthode, ou prévenir l'académie ?

Isabelle Dupont, documentaliste
Lycée Thomas Corneille, Barentin - 0761110U
""", u="0761110U", p=None, cl="outlook",
  n="Screen-reader user cannot click the MailInBlack allow button; mails stay blocked; the MailInBlack guide and routing to the region apply.")

M("mailinblack_spam", "Thierry Lefort <thierry.lefort@ac-lille.fr>",
  "Challenge MailInBlack non validé",
  """Bonjour,

Je viens de comprendre : MailInBlack envoie un challenge à votre adresse no-reply, qui ne répond évidemment jamais. Résultat, vos messages ne me parviennent pas.

Collège Van der Meersch, Roubaix, code 0591 196 E.

Merci de la procédure.
T. Lefort
""", u="0591196E", p=None, cl="zimbra", h=True,
  n="MailInBlack challenge to the no-reply sender; UAI written with spaces (0591 196 E).")

M("mailinblack_spam", "Lucie Bertrand <lucie.bertrand@ac-amiens.fr>",
  "Vos mails n'arrivent pas (MailInBlack)",
  """Bonjour,

Le collège utilise MailInBlack et votre mail d'activation reste « en attente ». J'ai cliqué sur « libérer » le 3 mars puis le 4 mars, mais il n'arrive jamais dans ma boîte ensuite.

Collège Jules Ferry, Soissons.

Merci,
Lucie
""", u=None, p=None, cl="gmail", fmt="alt",
  n="MailInBlack holds the activation email; region from ac-amiens.fr.")

M("mailinblack_spam", "Secrétariat Collège Hector Malot <ce.0762583V@ac-normandie.fr>",
  "Vos messages sont dans MailInBlack",
  """Bonjour,

Les messages envoyés par votre plateforme pour notre documentaliste sont systématiquement bloqués dans MailInBlack.
Pouvez-vous nous transmettre la marche à suivre ?

Le secrétariat
""", u="0762583V", p=None, cl="zimbra",
  n="MailInBlack named; UAI only in the ce.<UAI>@ac-normandie.fr sender address.")
# ---------------------------------------------------------------- account_creation
M("account_creation", "Mélanie Caron <melanie.caron@ac-lille.fr>",
  "Création de compte Espace Acheteur",
  """Bonjour,

Je suis la nouvelle gestionnaire du collège Lamartine à Bully-les-Mines (0622342J). Je n'ai jamais eu de compte sur l'Espace Acheteur.

Je précise : je n'ai pas perdu mon mot de passe, je n'ai tout simplement pas de compte.

Comment dois-je procéder ?

Mélanie Caron
""", u="0622342J", p="espace_acheteur", ar=True, cl="outlook", h=True,
  n="Negation: not a lost password, she has no account yet; plain how-to for creating an Espace Acheteur account.")

M("account_creation", "Alain Duval <alain.duval@ac-normandie.fr>",
  "compte en attente de validation depuis 3 semaines",
  """Bonjour,

1. 2 septembre : création de mon compte.
2. 3 septembre : écran « en attente de validation par l'administrateur de votre structure ».
3. 16 septembre : relance auprès de l'administrateur... qui est l'ancienne gestionnaire, partie en juillet.
4. 23 septembre : toujours en attente.

Qui peut valider mon compte ? Lycée Claude Lehec, Saint-Hilaire-du-Harcouët, 0502899E.

Alain Duval, gestionnaire
""", u="0502899E", p="espace_acheteur", ar=False, cl="thunderbird",
  n="Account waiting for validation for three weeks, the structure's administrator has left: a person must step in.")

M("account_creation", "Sarah Mitchell <sarah.mitchell@outlook.com>",
  "New account for our school",
  """Hello,

I have just been appointed librarian at a new bilingual private school in Lille (opened September 2024, contract with the State pending). We would like an e-sidoc portal and an account to order resources.

1. Are we eligible?
2. What documents do you need?

Best regards,
Sarah Mitchell
""", u=None, p="esidoc", lang="en", ar=False, cl="outlook", fmt="alt",
  n="English; a school that just opened asks for an account and eligibility: a person must check.")

M("account_creation", "Fabrice Noël <fabrice.noel@ac-amiens.fr>",
  "Qui est l'administrateur de notre structure ?",
  """Bonjour,

Je voudrais commander sur l'Espace Acheteur mais on me dit de demander à « l'administrateur de la structure ». Personne au lycée ne sait qui c'est. Pouvez-vous me le dire ?

Lycée Pierre Méchain, Laon - 0021380P

Fabrice Noël
""", u="0021380P", p="espace_acheteur", ar=False, cl="outlook",
  n="Asks who the structure's administrator is: needs a look-up, so a person answers.")

M("account_creation", "Corinne Vermeulen <corinne.vermeulen@ac-lille.fr>",
  "Ouverture de droits de commande",
  """Bonjour,

Mon compte fonctionne (je me connecte sans problème, ce n'est pas un souci de mot de passe), mais je ne vois pas le bouton « valider le panier ». Ma collègue gestionnaire, elle, le voit.

Pouvez-vous m'ouvrir les droits de commande ?

Corinne Vermeulen
Professeure documentaliste, lycée Fénelon, Lille (0592785G)
""", u="0592785G", p="espace_acheteur", ar=False, cl="zimbra", h=True,
  n="Account works, explicitly not a password issue; asks for order rights to be opened.")

M("account_creation", "Mathieu Gilles <mathieu.gilles@ac-normandie.fr>",
  "Demande de création d'un compte e-sidoc pour une 2e documentaliste",
  """Bonjour,

Contexte : cité scolaire avec deux CDI (collège et lycée), deux documentalistes.
Demande : un second compte administrateur sur le portail e-sidoc pour ma collègue, Mme Aubert.
Établissement : cité scolaire Jean-François Millet, Cherbourg, UAI 0502953N.

Est-ce possible ?

Mathieu Gilles
""", u="0502953N", p="esidoc", ar=False, cl="thunderbird",
  n="Asks whether a second administrator account can be created for another librarian: a person answers.")

M("account_creation", "Mairie de Grandvilliers <accueil@mairie-grandvilliers.fr>",
  "création compte centrale d'achat",
  """Bonjour,

La mairie souhaiterait passer par votre centrale d'achat pour le mobilier de l'école élémentaire. Comment créer notre compte ?

Cordialement,
Évelyne Potier, secrétaire de mairie
""", u=None, p="espace_acheteur", ar=True, cl="outlook", fmt="html",
  n="HTML-only; a town hall asks how to create an Espace Acheteur account: the FAQ answer applies.")

M("account_creation", "Jonathan Hébert <jonathan.hebert@ac-normandie.fr>",
  "Notre UAI n'est pas dans la liste",
  """Bonjour,

En créant le compte client, la liste déroulante des établissements ne propose pas le nôtre : EREA Édouard Herriot, 0611466M. J'ai essayé :
- par code UAI : aucun résultat ;
- par nom : aucun résultat ;
- par commune (Alençon) : deux autres établissements seulement.

Merci de votre aide.
Jonathan Hébert
""", u="0611466M", p="espace_acheteur", ar=False, cl="outlook", fmt="alt",
  n="The establishment is missing from the list when opening the customer account: the FAQ sends these to a person.")

M("account_creation", "Manon Leblanc <manon.leblanc@ac-lille.fr>",
  "besoin d'un compte",
  """Bonjour,
nouvelle prof doc au collège Saint-Exupéry d'Hellemmes, comment j'obtiens un compte pour l'admin e-sidoc ?
Merci
Manon
""", u=None, p="esidoc", ar=True, cl="apple",
  n="Short: new librarian asks how to get an e-sidoc account; the standard answer applies; region from ac-lille.fr.")

M("account_creation", "Philippe Cordier <philippe.cordier@ac-amiens.fr>",
  "Création compte - dictée",
  """Bonjour, je dicte ce message depuis ma voiture, pardon pour la forme. Je suis le nouvel adjoint gestionnaire du lycée Jean Calvin à Noyon, je voudrais un compte sur l'espace acheteur. L'ancien compte était au nom de mon prédécesseur, je ne sais pas s'il faut le transférer ou en créer un autre. Merci de me dire. Philippe Cordier.
""", u=None, p="espace_acheteur", ar=False, cl="apple",
  n="Dictated: new gestionnaire asks whether to take over the predecessor's account or create one; a person answers.")

M("account_creation", "Sabine Hoarau <sabine.hoarau@ac-normandie.fr>",
  "Inscription portail de tickets",
  """Bonjour,

Comment s'inscrit-on sur le portail de tickets de l'assistance ? Je ne trouve pas le lien « créer un compte ».

Sabine Hoarau
Collège Albert Camus, Évreux - 0272280G
""", u="0272280G", p="ticket_portal", ar=True, cl="zimbra",
  n="How to create an account on the ticket portal: a simple how-to that the standard answer covers.")

# ---------------------------------------------------------------- subscription_activation
M("subscription_activation", "Nadège Lefèvre <nadege.lefevre@ac-lille.fr>",
  "Abonnement commandé non visible",
  """Bonjour,

J'ai commandé l'abonnement à la ressource Europresse le 14 octobre (commande validée, bon de commande reçu). Aujourd'hui 15 octobre, la ressource n'apparaît pas dans le portail.

Est-ce normal ?

Nadège Lefèvre
Collège Diderot, Dunkerque (0592361W)
""", u="0592361W", p="esidoc", cl="outlook", fmt="alt",
  n="Ordered the day before, not visible yet: within the 72-hour activation rule.")

M("subscription_activation", "Damien Courtois <damien.courtois@ac-normandie.fr>",
  "Ressource pas encore disponible - 12 jours",
  """Bonjour,

Récapitulatif :
- 2 décembre : commande de l'abonnement numérique (presse jeunesse) ;
- 3 décembre : confirmation de paiement ;
- 5 décembre : rien dans le portail ;
- 10 décembre : toujours rien ;
- 14 décembre : toujours rien.

Nous sommes bien au-delà des 72 heures annoncées. Pouvez-vous vérifier ?

Damien Courtois, documentaliste
Lycée Edmond Doucet, Équeurdreville - 0501169Z
""", u="0501169Z", p="esidoc", ar=False, cl="thunderbird",
  n="Ordered twelve days ago, still not active: past the 72-hour rule, a person must look at the order.")

M("subscription_activation", "Élodie Ramaut <elodie.ramaut@ac-amiens.fr>",
  "Publier la ressource pour les élèves",
  """Bonjour,

Je n'ai pas oublié mon mot de passe, je me connecte très bien. Ma question : l'abonnement Cafeyn est actif dans l'administration, mais les élèves ne le voient pas sur le portail. Comment le publier ?

Élodie Ramaut
Collège Saint-Exupéry, Beauvais (0601357Z)
""", u="0601357Z", p="esidoc", cl="gmail", h=True,
  n="Negation about the password; the resource is active but not published for pupils: subscription_activation.")

M("subscription_activation", "Kevin Dufour <kevin.dufour@ac-lille.fr>",
  "Abonnement pas visible",
  """Bonjour,
Nous avons commandé hier l'abonnement au quotidien numérique (commande confirmée). Il n'apparaît pas encore dans le portail du CDI. Y a-t-il un délai ?
Kevin Dufour, lycée Queneau, Villeneuve-d'Ascq
""", u=None, p="esidoc", cl="outlook",
  n="Ordered yesterday, not visible yet: within the 72-hour rule; region from ac-lille.fr.")

M("subscription_activation", "Brigitte Lemaître <brigitte.lemaitre@ac-normandie.fr>",
  "abonnement",
  """bonjour
on a payé l abonnement e-sidoc pour 2025 mais le portail affiche toujours « abonnement expiré » depuis hier
lycée jules verne mondeville 0141298K
merci
""", u="0141298K", p="esidoc", cl="zimbra", enc="8bit",
  n="Renewal paid, portal still shows 'expired' since yesterday: activation pending.")

M("subscription_activation", "Yves Lemarchand <yves.lemarchand@ac-lille.fr>",
  "Activation du service - liste des vérifications",
  """Bonjour,

Je vous écris au sujet du service de prêt de liseuses commandé pour le CDI.

I. Ce qui a été fait
   - Commande passée le 20 janvier, validée par la gestionnaire le 21.
   - Accusé de réception reçu le 21.

II. Ce qui ne fonctionne pas
   - Le module n'apparaît pas dans l'administration (vérifié le 22 au matin).

III. Question
   - Quel est le délai d'activation ?

Yves Lemarchand
Lycée Watteau, Valenciennes - 0592893Z
""", u="0592893Z", p="esidoc", cl="thunderbird",
  n="Roman-numeral structure; service ordered, validated the day before, not yet visible: within 72 h.")

M("subscription_activation", "Proviseur Lycée Jean Moulin <ce.0022962J@ac-amiens.fr>",
  "Date de disponibilité de l'abonnement",
  """Bonjour,

Notre lycée a commandé vendredi les abonnements numériques pour le CDI. Pourriez-vous m'indiquer à partir de quand ils seront disponibles pour les élèves ?

Le proviseur,
M. Brunel
""", u="0022962J", p=None, cl="outlook", fmt="alt", h=True,
  n="Written by the head from the ce.<UAI> address, but he only asks when the subscription will be available: not a head-of-establishment request.")

M("subscription_activation", "Léa Morin <lea.morin@gmail.com>",
  "Ressource numérique invisible",
  """Bonjour,
je dicte ce message avec l'assistant Google désolée. nous avons commandé lundi la ressource Le Robert en ligne pour le CDI du collège Marie Curie de Bernay. mercredi elle n'est toujours pas visible dans le portail. est ce que c'est normal ? merci. Léa Morin documentaliste
""", u=None, p="esidoc", cl="gmail",
  n="Dictated via the phone assistant; ordered Monday, not visible Wednesday: within the 72-hour rule; Gmail sender, no region.")

M("subscription_activation", "Samuel Gauthier <samuel.gauthier@ac-amiens.fr>",
  "Abonnement BCDI activé ?",
  """Bonjour,

Nous avons reçu la facture de l'abonnement le 3 mars (payée le 5). Est-ce que le service est actif ? Je ne vois pas de changement dans notre portail.

Samuel Gauthier
Collège Jean Racine, Saint-Just-en-Chaussée, 0601711J
""", u="0601711J", p="esidoc", cl="outlook",
  n="Asks whether the paid subscription is active and visible; mentions an invoice only as context.")

M("subscription_activation", "Rebecca Hall <rebecca.hall@ac-normandie.fr>",
  "Resource not published yet",
  """Hello,

1. We renewed the Britannica School subscription on 7 April.
2. On 8 April it was still not visible for students.
3. Our login works fine, no problem there.

How long does activation usually take?

Rebecca Hall
Section internationale, Lycée Jeanne d'Arc, Rouen
""", u=None, p="esidoc", lang="en", cl="gmail", fmt="alt",
  n="English; renewed resource not yet visible the next day: within the 72-hour rule; region from ac-normandie.fr.")

M("subscription_activation", "Christelle Bouchez <christelle.bouchez@ac-lille.fr>",
  "Ressource à publier + question",
  """Bonjour,

Le bouquet de ressources commandé le 2 mai est bien apparu dans l'administration, merci. Mais je ne trouve pas comment le rendre visible dans le portail public. Où se trouve l'option de publication ?

Christelle Bouchez
Collège Jean Zay, Lens - 0622812V
""", u="0622812V", p="esidoc", cl="zimbra",
  n="Resource active in the back office, asks how to publish it on the portal.")

# ---------------------------------------------------------------- head_of_establishment_request
M("head_of_establishment_request", "Principal Collège Jean Jaurès <ce.0622522E@ac-lille.fr>",
  "Demande de réinitialisation du mot de passe administrateur",
  """Madame, Monsieur,

Je soussigné, M. Vincent Delbarre, principal du collège Jean Jaurès de Lens, demande la réinitialisation du mot de passe administrateur de notre portail e-sidoc, ainsi que l'enregistrement de l'adresse de contact suivante : cdi.jaures.lens@ac-lille.fr.

Motif : départ de l'ancienne documentaliste sans transmission des codes.

Veuillez agréer mes salutations distinguées.

V. Delbarre
Principal
""", u="0622522E", p="esidoc", cl="outlook", fmt="alt",
  n="The principal asks in writing, from the ce.<UAI> address, for an admin password reset and a new contact address: human review.")

M("head_of_establishment_request", "Proviseure Lycée Les Fontenelles <ce.0272906M@ac-normandie.fr>",
  "Changement d'administrateur Espace Acheteur",
  """Bonjour,

Par la présente, j'autorise le changement d'administrateur de l'Espace Acheteur du lycée :
- ancien administrateur : M. Patrick Roger (muté au 1er septembre) ;
- nouvel administrateur : Mme Caroline Faure, adjointe gestionnaire, caroline.faure@ac-normandie.fr.

Je reste à votre disposition.

Mme Annick Vautier
Proviseure, lycée Les Fontenelles, Louviers
""", u="0272906M", p="espace_acheteur", cl="zimbra",
  n="The proviseure authorises in writing a change of Espace Acheteur administrator, from the official mailbox.")

M("head_of_establishment_request", "Directrice École Jules Ferry <ce.0801964A@ac-amiens.fr>",
  "Autorisation de commande",
  """Bonjour,

En tant que directrice de l'école Jules Ferry d'Albert, j'autorise Mme Devaux, enseignante, à passer la commande de livres pour la BCD sur votre centrale, pour un montant maximal de 800 euros.

Le bon d'engagement signé est joint.

Cordialement,
Sylvie Lambin
Directrice
""", u="0801964A", p="espace_acheteur", cl="outlook", att=[("bon_engagement_signe.pdf", "application/pdf")],
  n="A school director authorises an order in writing with the signed commitment attached: head-of-establishment request, not order_billing.")

M("head_of_establishment_request", "Jean-Pierre Wattel <jp.wattel@ac-lille.fr>",
  "Demande du chef d'établissement - accès administrateur",
  """Bonjour,

Je suis principal du collège Anatole France de Sin-le-Noble (0591384J... non pardon, 0592495S, je confonds avec mon ancien poste).

Je vous écris pour demander que l'adresse administrateur de notre portail e-sidoc soit remplacée par l'adresse officielle du collège, et qu'un nouveau mot de passe y soit envoyé. Ma documentaliste est en congé long et personne ne peut plus administrer le portail.

J'écris de mon adresse nominative car la boîte ce. est gérée par le secrétariat, absent cette semaine.

Jean-Pierre Wattel
Principal
""", u="0592495S", p="esidoc", h=True,
  n="Two valid codes: 0591384J is the principal's former school, corrected in the text; the request is about 0592495S; written from a nominative address, so staff must check it.")

M("head_of_establishment_request", "Headteacher <ce.0141526H@ac-normandie.fr>",
  "Change of administrator - written authorisation",
  """Dear Sir or Madam,

As head of the Lycée international Victor Hugo in Caen, I hereby ask you to:
1. remove Mr Paul Graham as administrator of our buyer space (he left the school on 31 August);
2. appoint Ms Jane Foster, business manager, as the new administrator (jane.foster@ac-normandie.fr).

Yours faithfully,
Dr Alison Marchand
Head of school
""", u="0141526H", p="espace_acheteur", lang="en", cl="outlook", fmt="alt",
  n="English; the head asks in writing, from the official mailbox, for a change of administrator.")

M("head_of_establishment_request", "Principal Collège Pablo Neruda <ce.0622334A@ac-lille.fr>",
  "Courrier du principal - réinitialisation",
  """Bonjour,

Vous trouverez ci-joint le courrier signé par lequel je demande la réinitialisation de l'accès administrateur du collège Pablo Neruda (Liévin) pour l'Espace Acheteur et pour e-sidoc.

Cordialement,
Le principal, M. Olivier Dhainaut
""", u="0622334A", p=None, cl="outlook", att=[("courrier_principal_reinitialisation.pdf", "application/pdf")], h=True,
  n="Signed letter attached asking reset for both e-sidoc and the Espace Acheteur: head-of-establishment request, two products so no single platform.")

M("head_of_establishment_request", "Mme la Proviseure <marie-christine.lenglet@ac-amiens.fr>",
  "demande dictée : changement adresse de contact",
  """Bonjour, je suis la proviseure du lycée Paul Langevin de Beauvais, code 0601869F, je dicte ce message entre deux réunions. Je vous demande de changer l'adresse de contact du portail documentaire, l'adresse actuelle est celle de l'ancienne documentaliste qui est partie, il faut mettre l'adresse officielle du lycée. Merci. Marie-Christine Lenglet, proviseure. Envoyé depuis mon téléphone.
""", u="0601869F", p="esidoc", cl="apple",
  n="Dictated by the proviseure: change of the portal's contact address; a head's written request, to be checked by staff.")

M("head_of_establishment_request", "Direction Lycée Jean Bart <ce.0591527P@ac-lille.fr>",
  "Re: Réinitialisation mot de passe - procédure chef d'établissement",
  """Bonjour,

Suite à votre réponse, je confirme par écrit, en tant que proviseur, la demande de réinitialisation du mot de passe administrateur e-sidoc de notre établissement. Le lien peut être envoyé sur cette adresse.

Bernard Vanhove
Proviseur

Le 8 oct. 2024 à 11:02, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Faute d'adresse enregistrée, le chef d'établissement doit en faire la demande écrite.
""", u="0591527P", p="esidoc", cl="zimbra", rep=True, h=True,
  n="Reply to the head-of-establishment procedure: the proviseur confirms in writing; quoted history about a password, but this message is the head's request.")

M("head_of_establishment_request", "Collège Val de Saire <ce.0502485E@ac-normandie.fr>",
  "Autorisation - validation de commande par la documentaliste",
  """Madame, Monsieur,

1. Objet : autorisation de validation de commande.
2. Bénéficiaire : Mme Sarah Lepetit, professeure documentaliste.
3. Périmètre : abonnements du CDI, année 2025.
4. Montant maximum : 1 500 € TTC.

Fait à Quettehou, le 13 janvier 2025.

Le principal,
Hervé Dumesnil
""", u="0502485E", p=None, cl="thunderbird",
  n="Numbered formal authorisation by the principal for the librarian to validate orders: head-of-establishment request.")

M("head_of_establishment_request", "Proviseur <ce.0761207Z@ac-normandie.fr>",
  "Changement d'administrateur et réinitialisation",
  """Bonjour,

Je vous demande de bien vouloir :
- désigner Mme Lemonnier comme administratrice du portail e-sidoc du lycée ;
- réinitialiser le mot de passe et l'envoyer sur l'adresse de l'établissement.

Pour info, notre ancien code 0761207A figure encore sur vos courriers ; ce n'est plus le bon.

Le proviseur
""", u="0761207Z", p="esidoc", cl="outlook", wrong=["0761207A"], h=True,
  n="Head's request from the official mailbox; the body quotes 0761207A, a wrong check letter (the digits give Z), and the sender address carries the valid UAI.")

M("head_of_establishment_request", "Chef d'établissement <direction.stjoseph@wanadoo.fr>",
  "Demande d'accès administrateur",
  """Bonjour,

Directrice de l'école privée Saint-Joseph d'Hirson (UAI 0022544E), je demande la création d'un accès administrateur à l'Espace Acheteur pour notre comptable, M. Caudron.

Merci de me confirmer.

Sœur Marie-Agnès
Directrice
""", u="0022544E", p="espace_acheteur", cl="outlook", fmt="html",
  n="HTML-only; a private school's director asks for an administrator access for her accountant; non-academic address, staff must verify.")

M("head_of_establishment_request", "Principal adjoint pour le principal <ce.0141596J@ac-normandie.fr>",
  "Demande du principal : modification adresse de contact",
  """Bonjour,

Sur instruction de M. le principal (en copie), je vous transmets sa demande : remplacer l'adresse de contact e-sidoc par cdi.clg-caen@ac-normandie.fr.

Le courrier signé par le principal est en pièce jointe.

Bien cordialement,
Le principal adjoint
""", u="0141596J", p="esidoc", cl="outlook", att=[("demande_principal.pdf", "application/pdf")], h=True,
  n="The deputy relays the principal's signed letter (attached, principal in copy): the head's written request, relayed; staff check the letter.")

M("head_of_establishment_request", "Proviseur Lycée Carnot <ce.0621301C@ac-lille.fr>",
  "Mot de passe administrateur - demande écrite",
  """Bonjour,

Sans réponse de votre part depuis 10 jours, je réitère ma demande écrite : merci de réinitialiser le mot de passe administrateur de l'Espace Acheteur du lycée Carnot de Bruay-la-Buissière et d'envoyer le lien sur la présente adresse.

Historique :
1. 3 mars : demande de la gestionnaire ;
2. 4 mars : votre réponse (procédure chef d'établissement) ;
3. 5 mars : ma première demande écrite ;
4. 17 mars : aucune nouvelle.

M. Thierry Wallart, proviseur
""", u="0621301C", p="espace_acheteur", cl="zimbra",
  n="The proviseur repeats his written reset request with a dated history; human review.")
# ---------------------------------------------------------------- order_billing
M("order_billing", "Agnès Deschamps <agnes.deschamps@ac-lille.fr>",
  "Demande de devis - renouvellement e-sidoc 2025",
  """Bonjour,

Pour établir notre bon d'engagement, j'ai besoin d'un devis détaillé pour :
1. le renouvellement de l'abonnement e-sidoc (1 an) ;
2. l'option de prêt numérique ;
3. la formation à distance (2 h).

Le devis doit mentionner le SIRET du collège et être adressé à l'agent comptable.

Agnès Deschamps, gestionnaire
Collège Jean Rostand, Arras - 0621820S
""", u="0621820S", p="esidoc", cl="outlook", fmt="alt",
  n="Numbered quote request for the renewal, needed for the bon d'engagement.")

M("order_billing", "Comptabilité Lycée Curie <compta.lycee-curie@orange.fr>",
  "Facture non déposée sur Chorus Pro",
  """Bonjour,

La facture correspondant à notre commande du 12 septembre n'a pas été déposée sur Chorus Pro. Sans dépôt, nous ne pouvons pas la mettre en paiement.

Nos références Chorus :
- SIRET : 196 202 345 00014
- Code service : GESTION

Merci de la déposer rapidement.

Service comptabilité
Lycée Pierre et Marie Curie, Saint-Lô
""", u=None, p=None, cl="outlook",
  n="Invoice not deposited on Chorus Pro; a SIRET is given, no UAI; orange.fr sender, no region.")

M("order_billing", "Bertrand Mallet <bertrand.mallet@ac-amiens.fr>",
  "Panier bloqué - validation impossible",
  """Bonjour,

Mon panier est bloqué à l'étape « validation » :
- 21/10 : ajout des articles, passage à la validation : message « moyen de paiement non défini » ;
- 22/10 : choix du mandat administratif : même message ;
- 23/10 : essai avec un autre navigateur : idem.

Je dicte ce message avec le logiciel Dragon, excusez les éventuelles coquilles.

Bertrand Mallet, gestionnaire
Lycée Félix Faure, Beauvais - 0601691M
""", u="0601691M", p="espace_acheteur", cl="thunderbird",
  n="Basket stuck at validation, payment means undefined; dated attempts, Dragon dictation.")

M("order_billing", "Marion Lejeune <marion.lejeune@ac-normandie.fr>",
  "Wrong amount on invoice",
  """Hello,

Invoice F-2024-3381 shows 1,240 EUR but the quote we signed (D-2024-0917) was 1,024 EUR. It looks like the digits were swapped.

Could you issue a corrected invoice?

Marion Lejeune
Bursar's office, Lycée Marie Curie, Vire
""", u=None, p=None, lang="en", cl="gmail", fmt="alt",
  n="English; invoice amount differs from the signed quote, asks for a corrected invoice.")

M("order_billing", "Service gestion Collège Ronsard <gestion.ronsard@ac-lille.fr>",
  "bon d'engagement + question sur mot de passe",
  """Bonjour,

Ci-joint notre bon d'engagement n° 2024-245 pour la commande de mobilier du CDI. Merci de confirmer la prise en compte.

Au passage : ce n'est pas une demande de mot de passe, mais dans le message de confirmation de commande il est écrit « connectez-vous avec votre mot de passe » ; nous utilisons bien l'identifiant UAI 0592361W, c'est correct ?

Cordialement,
Le service gestion
""", u="0592361W", p="espace_acheteur", cl="outlook", att=[("BE_2024-245.pdf", "application/pdf")], h=True,
  n="Sends a bon d'engagement (main); the password mention is explicitly not a reset request.")

M("order_billing", "Hervé Lemaire <herve.lemaire@ac-amiens.fr>",
  "Moyens de paiement acceptés ?",
  """Bonjour,
Acceptez-vous le paiement par carte d'achat public pour les commandes de moins de 500 € ? Sinon, quel délai pour un virement après service fait ?
Hervé Lemaire, adjoint gestionnaire, collège Jules Verne, Rivery (0801775V)
""", u="0801775V", p="espace_acheteur", cl="zimbra",
  n="Asks about accepted payment means and payment delays.")

M("order_billing", "Annie Pruvost <annie.pruvost@laposte.net>",
  "Facture en double",
  """Bonjour,
je crois qu'on a reçu deux fois la même facture (même numéro F-2025-0088, deux mails le 14 et le 16 janvier). faut il payer les deux ? je ne pense pas mais je préfère demander.
merci
Annie Pruvost, secrétariat, école primaire du Centre, Ham
""", u=None, p=None, cl="apple", enc="8bit",
  n="Duplicate invoice question from a primary school secretary; no UAI, no academic domain.")

M("order_billing", "Grégory Lefèbvre <gregory.lefebvre@ac-normandie.fr>",
  "Demande de devis (formation + abonnement)",
  """Bonjour,

=== Besoin ===
Devis pour l'établissement :
- abonnement e-sidoc, 3 ans ;
- 1 journée de formation sur site.

=== Informations administratives ===
Lycée Jean Guéhenno, Flers
UAI : 0611885T
Adresse de facturation : service gestion

=== Délai ===
Avant le conseil d'administration du 6 février.

Merci,
Grégory Lefèbvre
""", u="0611885T", p="esidoc", cl="thunderbird",
  n="Heading-structured quote request for a 3-year subscription and training.")

M("order_billing", "Purchasing Dept <purchasing@ville-dieppe.fr>",
  "Order validation pending for 10 days",
  """Hello,

Our order CMD-55102 (furniture for the town's school libraries) has been "pending validation" for 10 days. Our finance officer validated it on 4 March. Could you check what is blocking it?

Regards,
Purchasing department, Ville de Dieppe
""", u=None, p="espace_acheteur", lang="en", cl="outlook",
  n="English; a town's order stuck in pending validation: order_billing, human review.")

M("order_billing", "Laetitia Boulogne <laetitia.boulogne@ac-lille.fr>",
  "Relance facture - commande du 3 avril",
  """Bonjour,

Deuxième relance : nous n'avons toujours pas reçu la facture de la commande du 3 avril (n° CMD-56321).

- 1re demande : 22 avril
- 2e demande : aujourd'hui

Notre agent comptable doit clôturer avant le 31 mai.

Laetitia Boulogne
Collège Pierre Mendès France, Tourcoing - 0592668E
""", u="0592668E", p="espace_acheteur", cl="outlook", fmt="alt",
  n="Second reminder for a missing invoice, dated.")

M("order_billing", "Jean Vasseur <jean.vasseur@ac-amiens.fr>",
  "TR: devis",
  """Bonjour,
le devis que vous m'avez envoyé le 2 mai n'a pas le bon taux de TVA pour les livres (5,5 %). merci de le refaire.

Jean Vasseur
Collège Henri Matisse, Ham 0802118T

-----Message d'origine-----
De : Service commercial
Envoyé : jeudi 2 mai 2025 10:14
Objet : Votre devis D-2025-0412
Veuillez trouver ci-joint le devis demandé.
""", u="0802118T", p=None, cl="outlook",
  n="The quote has the wrong VAT rate for books; asks for a corrected quote.")

M("order_billing", "Catherine Hue <catherine.hue@ac-normandie.fr>",
  "commande bloquée et mails",
  """Bonjour,

Ma commande d'abonnements est bloquée « en attente de paiement » alors que le mandat a été émis le 10 juin (n° 2025-561). Je précise que je reçois bien tous vos mails, ce n'est pas un problème d'antispam ni de MailInBlack.

Catherine Hue, gestionnaire
Collège Arthur Rimbaud, Évreux - 0272369D
""", u="0272369D", p="espace_acheteur", cl="zimbra", h=True,
  n="Order stuck awaiting payment though the mandate was issued; MailInBlack mentioned only to rule it out.")

# ---------------------------------------------------------------- contract_documents
M("contract_documents", "Sylvain Caudron <sylvain.caudron@ac-lille.fr>",
  "Documents du marché introuvables",
  """Bonjour,

Dans l'Espace Acheteur, rubrique « Mes marchés », je ne vois plus les pièces du marché (CCAP, CCTP, bordereau de prix) alors que je les consultais avant l'été.

Essais :
1. 9 septembre : rubrique vide.
2. 10 septembre : déconnexion/reconnexion, rubrique vide.
3. 11 septembre : avec le compte de la gestionnaire, même chose.

Sylvain Caudron, adjoint gestionnaire
Lycée Châtelet, Douai - 0592361W
""", u="0592361W", p="espace_acheteur", cl="outlook", fmt="alt",
  n="Market documents no longer visible in 'Mes marchés', dated attempts.")

M("contract_documents", "Aline Masset <aline.masset@ac-normandie.fr>",
  "Convention d'adhésion non visible",
  """Bonjour,
je ne trouve pas notre convention d'adhésion à la centrale ni l'avenant n°2 dans notre espace. Pourriez-vous me les rendre accessibles ou me les envoyer ?
Aline Masset, Lycée Augustin Fresnel, Bernay (0271342M)
""", u="0271342M", p="espace_acheteur", cl="zimbra",
  n="Cannot see the membership convention and its amendment.")

M("contract_documents", "Robert Lenglet <robert.lenglet@ac-amiens.fr>",
  "Cannot access the amendment",
  """Hello,

We were told an amendment to our framework agreement was published on 15 November. I can see the agreement but not the amendment in the documents section.

Robert Lenglet
Business manager, Lycée Jean Racine, Montdidier
""", u=None, p="espace_acheteur", lang="en", cl="outlook",
  n="English; amendment to the framework agreement not visible; region from ac-amiens.fr.")

M("contract_documents", "Dominique Lesage <dominique.lesage@ac-lille.fr>",
  "pièces du marché - accessibilité",
  """Bonjour,

J'utilise un lecteur d'écran (NVDA). Les documents du marché sont affichés dans une visionneuse qui n'est pas lue par mon logiciel, et il n'y a pas de bouton de téléchargement. Je ne peux donc pas consulter le CCAP ni le bordereau.

Pouvez-vous me les transmettre en PDF accessible, ou m'indiquer comment les télécharger ?

Dominique Lesage
Gestionnaire, collège Jean Moulin, Marcq-en-Barœul - 0591196E
""", u="0591196E", p="espace_acheteur", cl="thunderbird", h=True,
  n="Screen-reader user cannot read the market documents in the viewer: cannot see contract documents, a person must send them.")

M("contract_documents", "Élise Morel <elise.morel@ac-normandie.fr>",
  "Re: Mes marchés vide",
  """Bonjour,

Merci, mais j'ai bien les droits « consultation des marchés » (vérifié avec notre administrateur le 20 janvier). Les documents n'apparaissent toujours pas.

Élise Morel
Lycée Guillaume Fichet, Bonneville-sur-Touques

Le 17/01/2025 à 15:33, Assistance a écrit :
> Bonjour, l'accès aux documents dépend des droits donnés par l'administrateur de votre structure.
""", u=None, p="espace_acheteur", cl="thunderbird", rep=True, h=True,
  n="Reply: rights already checked, documents still missing; close to account_creation but the ask is still seeing contract documents.")

M("contract_documents", "Service financier Mairie d'Hénin <finances@mairie-henin.fr>",
  "Convention de groupement",
  """Bonjour,
Nous n'arrivons pas à retrouver dans votre plateforme la convention de groupement de commandes signée en 2023 ni les avenants. Pouvez-vous nous indiquer où les consulter ?
Service financier
""", u=None, p="espace_acheteur", cl="outlook", fmt="html",
  n="HTML-only; a town cannot find the group purchasing convention and amendments.")

M("contract_documents", "Patrice Delannoy <patrice.delannoy@ac-lille.fr>",
  "Documents contractuels - structure du problème",
  """Bonjour,

PROBLÈME
Impossible d'ouvrir les documents contractuels (acte d'engagement, CCAP).

ENVIRONNEMENT
- Poste Windows 11, Edge et Firefox
- Compte gestionnaire, collège Léo Lagrange, Bully-les-Mines

ESSAIS
1. 3 mars : clic sur le document -> page blanche
2. 4 mars : autre navigateur -> page blanche
3. 5 mars : autre poste -> page blanche

Patrice Delannoy
UAI 0622342J
""", u="0622342J", p="espace_acheteur", cl="outlook", fmt="alt",
  n="Capitalised headings; contractual documents open as a blank page.")

M("contract_documents", "Ghislaine Maës <ghislaine.maes@ac-amiens.fr>",
  "marché - je ne vois pas les documents",
  """bonjour, je ne vois pas les documents du marché des fournitures, ni le bordereau de prix. merci. Ghislaine Maës, collège Jean Moulin, Chauny 0021357P
""", u="0021357P", p=None, cl="apple", enc="8bit",
  n="Short: market documents and price schedule not visible; no product named.")

# ---------------------------------------------------------------- transfer_incident
M("transfer_incident", "Vincent Delplanque <vincent.delplanque@ac-lille.fr>",
  "Transferts EcoleDirecte bloqués depuis le 4 novembre",
  """Bonjour,

Les transferts vers EcoleDirecte ne se font plus. Relevé de mes constats :

| Date   | Heure | Résultat                         |
|--------|-------|----------------------------------|
| 04/11  | 07:00 | échec « délai dépassé »          |
| 05/11  | 07:00 | échec « délai dépassé »          |
| 05/11  | 12:30 | transfert manuel : échec         |
| 06/11  | 07:00 | échec                            |

Les parents ne voient plus les notes depuis lundi.

Vincent Delplanque, référent numérique
Collège Albert Schweitzer, Loos - 0591614J
""", u="0591614J", p="ecoledirecte", cl="thunderbird",
  n="Table of failed EcoleDirecte transfers by date; parents no longer see grades.")

M("transfer_incident", "Secrétariat de direction <secretariat.stjean@orange.fr>",
  "Mot de passe de maintenance du jour",
  """Bonjour,

Pouvez-vous nous communiquer le mot de passe de maintenance du jour ? Nous devons relancer la réindexation de la base Charlemagne après une coupure de courant.

Merci,
Secrétariat, Institution Saint-Jean, Douai
""", u=None, p="ecoledirecte", cl="outlook", h=True,
  n="Asks for the daily maintenance password to reindex the base: transfer_incident per the taxonomy, not password_reset.")

M("transfer_incident", "Arnaud Leclerc <arnaud.leclerc@ac-normandie.fr>",
  "Licence à régénérer après changement de serveur",
  """Bonjour,

1. Le 15 janvier, nous avons remplacé le serveur du secrétariat.
2. Réinstallation de Charlemagne le 16.
3. Au démarrage : « licence invalide pour ce poste ».

Pouvez-vous régénérer la licence ? UAI 0761295V.

Arnaud Leclerc, technicien
""", u="0761295V", p="ecoledirecte", cl="outlook",
  n="Licence to regenerate after a server change.")

M("transfer_incident", "David Owen <david.owen@ac-lille.fr>",
  "Data sync failing",
  """Hi,

Since the Windows update on 10 December, the synchronisation between our school management software and EcoleDirecte fails with "connection refused". Log excerpt attached.

School: 0622812V.

David Owen, IT
""", u="0622812V", p="ecoledirecte", lang="en", cl="gmail", att=[("sync_log.txt", "text/plain")],
  n="English; synchronisation failing after a Windows update, log attached.")

M("transfer_incident", "Nathalie Herbin <nathalie.herbin@ac-amiens.fr>",
  "transferts - dictée vocale",
  """Bonjour point à la ligne les notes ne remontent plus sur école directe depuis jeudi virgule j'ai relancé l'outil trois fois virgule rien ne se passe point à la ligne collège Jean Mermoz Laon virgule 0022294H point merci Nathalie Herbin secrétaire
""", u="0022294H", p="ecoledirecte", cl="apple", h=True,
  n="Raw dictation with spoken punctuation left in ('point à la ligne', 'école directe'); grades no longer transferred.")

M("transfer_incident", "Julien Delcourt <julien.delcourt@ac-normandie.fr>",
  "Re: Transfert en échec",
  """Bonjour,

J'ai appliqué la procédure (arrêt des services, redémarrage, diagnostic) le 3 février :
- étape 1 : OK
- étape 2 : OK
- étape 3 (test de connexion) : ÉCHEC, « proxy authentication required »

Nous avons un nouveau proxy filtrant depuis janvier. Que faut-il paramétrer ?

Julien Delcourt
Lycée Allende, Hérouville-Saint-Clair - 0142318U

-----Message d'origine-----
De : Assistance
Envoyé : lundi 3 février 2025 09:12
Objet : RE: Transfert en échec
Merci d'appliquer la procédure de diagnostic jointe.
""", u="0142318U", p="ecoledirecte", cl="outlook", rep=True,
  n="Reply on a transfer ticket: the diagnostic fails on the proxy connection test.")

M("transfer_incident", "Gestion Collège Saint-Pierre <gestion@saint-pierre-abbeville.fr>",
  "Outils.exe bloqué",
  """Bonjour,

Dans le gestionnaire des tâches il y a 4 processus Outils.exe qui tournent, et plus aucun transfert ne part vers EcoleDirecte depuis ce matin.

Merci de votre aide.
""", u=None, p="ecoledirecte", cl="outlook", fmt="html",
  n="HTML-only; several Outils.exe processes stuck, transfers stop.")

M("transfer_incident", "Marc Lebrun <marc.lebrun@ac-lille.fr>",
  "Antivirus et transferts",
  """Bonjour,

L'antivirus de la région (nouvelle version du 20 mars) met en quarantaine le module de transfert. Depuis, aucune synchronisation.

Ce que j'ai fait :
1. restauration depuis la quarantaine : remis en quarantaine 10 minutes après ;
2. exclusion ajoutée localement : écrasée par la politique régionale.

Lycée Louis Blaringhem, Béthune, UAI 0621069A
""", u="0621069A", p="ecoledirecte", cl="zimbra",
  n="Antivirus quarantines the transfer module, dated attempts.")

M("transfer_incident", "Chloé Vandamme <chloe.vandamme@ac-amiens.fr>",
  "licence expirée",
  """Bonjour, message « licence expirée » au lancement ce matin, plus de transferts. Collège Gaston Bachelard, Sains-Richaumont. Merci.
Chloé Vandamme
""", u=None, p="ecoledirecte", cl="gmail", enc="8bit",
  n="'Licence expirée' at start-up: licence to regenerate; region from ac-amiens.fr.")

M("transfer_incident", "Ian Fraser <ian.fraser@gmail.com>",
  "Daily maintenance password please",
  """Hello,
I'm covering for the school secretary at the Collège Sainte-Marie in Dieppe. The reindex tool is asking for today's maintenance password. Not my own login password, which works. Could you send it?
Ian
""", u=None, p="ecoledirecte", lang="en", cl="gmail", h=True,
  n="English; the daily maintenance password (explicitly not his own login): transfer_incident.")

M("transfer_incident", "Stéphanie Ledoux <stephanie.ledoux@ac-normandie.fr>",
  "Réinitialisation de la réplication",
  """Bonjour,

Après restauration de la base le 28 avril (sauvegarde du 25), les transferts sont rejetés : « numéro de séquence incohérent ». Je suppose qu'il faut réinitialiser la réplication. Capture jointe.

Stéphanie Ledoux
Collège Jean de La Varende, Mont-Saint-Aignan - 0761399H
""", u="0761399H", p="ecoledirecte", cl="outlook", att=[("capture_erreur.png", "image/png")],
  n="Replication to reinitialise after a restore; screenshot attached.")

# ---------------------------------------------------------------- other
M("other", "Pauline Ducrocq <pauline.ducrocq@ac-lille.fr>",
  "Merci !",
  """Bonjour,

Juste un mot pour vous remercier : le lien de réinitialisation est bien arrivé et j'ai pu changer mon mot de passe. Tout fonctionne.

Bonne journée,
Pauline Ducrocq

Le mar. 8 oct. 2024 à 10:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour, voici le lien pour choisir un nouveau mot de passe.
""", u=None, p=None, cl="gmail", rep=True, h=True,
  n="Thanks only, quoting the reset answer: password words appear but nothing is asked.")

M("other", "Security Team <security@ac-lille-webmail.com>",
  "Votre boîte aux lettres est pleine",
  """Cher utilisateur,

Votre boîte aux lettres a atteint sa limite de stockage. Pour éviter la suspension, confirmez votre identifiant et votre mot de passe en cliquant ici dans les 24 heures.

Service informatique
""", u=None, p=None, cl="outlook", fmt="html", auth="fail", h=True,
  n="Phishing asking for a password; ac-lille-webmail.com is not an académie domain, so no region.")

M("other", "Marie-Laure Decroix <ml.decroix@ac-normandie.fr>",
  "Question sur l'accessibilité du portail",
  """Bonjour,

Je suis professeure documentaliste et je suis moi-même non-voyante. Avant d'acheter un abonnement, j'aimerais savoir :
1. si le portail a été audité selon le RGAA, et à quel niveau ;
2. s'il existe une déclaration d'accessibilité ;
3. si les notices sont lisibles en braille éphémère.

Merci,
Marie-Laure Decroix
Collège Jean Lecanuet, Rouen
""", u=None, p="esidoc", cl="thunderbird",
  n="Accessibility (RGAA) questions before buying: no category of its own.")

M("other", "SEO Growth <offers@seo-growth-agency.biz>",
  "Boost your website ranking",
  """Hi,

We noticed your website is not on the first page of Google. Our team can get you there in 30 days. Reply YES for a free audit.

Best,
Jake
""", u=None, p=None, lang="en", cl="gmail", auth="fail",
  n="English SEO spam from an unknown agency: unrelated to the desk, so other.")

M("other", "Olivier Deroo <olivier.deroo@ac-lille.fr>",
  "Partager un ticket avec un collègue",
  """Bonjour,

Comment partager un ticket du portail d'assistance avec ma collègue, pour qu'elle puisse suivre la réponse ?

Olivier Deroo
""", u=None, p="ticket_portal", cl="zimbra",
  n="How-to about sharing a ticket on the ticket portal: no category of its own.")

M("other", "Accounts Payable <ap@invoices-secure-docs.net>",
  "Unpaid invoice - final reminder",
  """Dear customer,

Please find attached your unpaid invoice. Payment must be made within 48 hours to avoid legal action.

Accounts department
""", u=None, p=None, lang="en", cl="outlook", att=[("invoice_88321.pdf", "application/pdf")], auth="fail", h=True,
  n="Fake 'unpaid invoice' with a PDF from an unknown sender: phishing, not order_billing.")

M("other", "Francis Lemaire <francis.lemaire@ac-amiens.fr>",
  "Suggestion : dictée vocale dans la recherche",
  """Bonjour,

Une suggestion d'amélioration : pourriez-vous ajouter un bouton de recherche vocale sur le portail ? Plusieurs de nos élèves dyslexiques utilisent la dictée et le champ de recherche ne la déclenche pas sur tablette.

Francis Lemaire, documentaliste, collège Condorcet, Saint-Quentin
""", u=None, p="esidoc", cl="outlook",
  n="A feature suggestion (voice search on the portal): nothing the categories cover.")

M("other", "Claire Lenoir <claire.lenoir@ac-normandie.fr>",
  "Convention e-signature : mauvais nom d'établissement",
  """Bonjour,

La convention que je dois signer électroniquement porte le nom « Collège Jean Moulin » alors que nous sommes le collège Jean Monnet. Je ne veux pas signer un document erroné. Qui peut la corriger ?

Claire Lenoir
""", u=None, p="esignature", cl="thunderbird", h=True,
  n="The convention to e-sign carries a wrong establishment name: about a convention, but not access to contract documents, so other.")

M("other", "Delphine Carlier <delphine.carlier@ac-lille.fr>",
  "Formation e-sidoc",
  """Bonjour,

Proposez-vous des formations en ligne à l'utilisation du portail pour les nouveaux documentalistes ? Si oui, quelles dates au 2e trimestre ?

Delphine Carlier
Collège Jean Jaurès, Lens - 0622522E
""", u="0622522E", p="esidoc", cl="outlook", fmt="alt",
  n="Asks about training sessions: no category of its own; a quote is not requested.")

M("other", "Tom Baker <tom.baker@ac-normandie.fr>",
  "merci pour l'aide",
  """Bonjour,
Juste pour dire que les transferts refonctionnent depuis hier, merci beaucoup pour votre aide.
Tom Baker, adjoint gestionnaire
""", u=None, p="ecoledirecte", cl="apple", h=True,
  n="Thanks after transfers were fixed: mentions transfers but asks nothing.")

M("other", "Gilles Dhennin <gilles.dhennin@gmail.com>",
  "candidature spontanée",
  """Bonjour,

Ancien professeur documentaliste retraité, je serais heureux de proposer mes services comme formateur ou testeur pour votre portail. Je joins mon CV.

Gilles Dhennin
Amiens
""", u=None, p=None, cl="gmail", att=[("CV_Gilles_Dhennin.pdf", "application/pdf")],
  n="Unsolicited job application: unrelated to the categories.")

M("other", "Sébastien Vanderbeken <sebastien.vanderbeken@ac-lille.fr>",
  "Export des statistiques de prêt",
  """Bonjour,

Pour le rapport annuel du CDI, je voudrais exporter les statistiques de prêt par niveau de classe.

1. Menu « Statistiques » : je ne trouve que des totaux.
2. Export CSV : pas de colonne « classe ».

Est-ce possible ?

Sébastien Vanderbeken
""", u=None, p="esidoc", cl="thunderbird",
  n="How-to question about loan statistics exports: no category covers it.")

M("other", "Lycée Jean Prouvé <ce.0141954Y@ac-normandie.fr>",
  "Changement d'adresse postale",
  """Bonjour,

Le lycée déménage à la rentrée prochaine. Merci de noter notre nouvelle adresse postale pour les courriers : 12 rue des Tilleuls, 14000 Caen.

Le secrétariat
""", u="0141954Y", p=None, cl="zimbra",
  n="Change of postal address notice: not an order, not an account; UAI from the ce.<UAI> sender.")
# ---------------------------------------------------------------- automated
AUTO_OOO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

M("automated", "Sandrine Lefebvre <sandrine.lefebvre1@ac-lille.fr>",
  "Réponse automatique : Mot de passe e-sidoc refusé",
  """Bonjour,

Je suis absente du 21 octobre au 3 novembre inclus (vacances de la Toussaint). Votre message ne sera pas transféré.

Pour toute urgence concernant le CDI, merci de contacter le secrétariat du collège.

Sandrine Lefebvre
""", cl="outlook", hd=AUTO_OOO, rep=True,
  n="Exchange out-of-office with Auto-Submitted and X-Auto-Response-Suppress; region from the ac-lille.fr sender.")

M("automated", "Alain Duval <alain.duval@ac-normandie.fr>",
  "Absence",
  """Je suis absent jusqu'au lundi 6 janvier. Je traiterai votre message à mon retour.
Alain Duval
""", cl="zimbra", hd={"Auto-Submitted": "auto-replied (zimbra; vacation)"},
  n="Zimbra vacation reply; region from ac-normandie.fr.")

M("automated", "Emma Wilson <emma.wilson@ac-lille.fr>",
  "Automatic reply: Activation link not received",
  """Thank you for your email. I am out of the office until 2 March with limited access to email. For urgent matters please contact the school office.

Emma Wilson
""", lang="en", cl="outlook", hd=AUTO_OOO, rep=True,
  n="English Exchange automatic reply; region from ac-lille.fr.")

M("automated", "Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>",
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.assistance.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cdi.ancien@ac-amiens.fr>: host smtp.ac-amiens.fr[192.0.2.45] said: 550 5.1.1
    <cdi.ancien@ac-amiens.fr>: Recipient address rejected: User unknown
""", lang="en", k="bounce", cl="robot",
  n="Postfix bounce (multipart/report delivery-status) from our own MAILER-DAEMON; the ac-amiens.fr address is only the failed recipient, so no region.")

M("automated", "Postmaster <postmaster@ac-normandie.fr>",
  "Non remis : Lien de réinitialisation",
  """Votre message n'a pas pu être remis à ces destinataires :

gestion.lycee@ac-normandie.fr
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.
""", k="bounce", cl="robot", h=True,
  n="French non-delivery report (multipart/report) from the académie postmaster; mentions a reset link but is a bounce; region from the ac-normandie.fr sender.")

M("automated", "MailInBlack <noreply@mailinblack.com>",
  "Veuillez confirmer votre message à isabelle.dupont@ac-normandie.fr",
  """Bonjour,

Vous avez envoyé un message à isabelle.dupont@ac-normandie.fr.
Ce destinataire est protégé par MailInBlack. Pour que votre message soit délivré, merci de confirmer que vous êtes bien un humain en cliquant sur le lien ci-dessous :

https://auth.mailinblack.com/challenge?id=8f3c2a91

Ce lien est valable 7 jours.
""", cl="robot", hd={"Auto-Submitted": "auto-replied"}, h=True,
  n="A MailInBlack sender-authentication challenge sent to the desk: a robot, not a person's MailInBlack problem, so automated and never answered.")

M("automated", "Mailinblack Protect <challenge@protect.mailinblack.com>",
  "Authentification requise / Authentication required",
  """Votre message à l'attention de informatique@lycee-condorcet-stquentin.fr est en attente.
Your message to informatique@lycee-condorcet-stquentin.fr is pending.

Cliquez ici pour vous authentifier / Click here to authenticate:
https://protect.mailinblack.com/a/7d21e0
""", cl="robot", fmt="alt", h=True,
  n="Bilingual MailInBlack challenge without Auto-Submitted: only the sender and wording show it is automatic.")

M("automated", "Catherine Hue <catherine.hue@ac-normandie.fr>",
  "Lu : commande bloquée et mails",
  """Votre message

  À : Catherine Hue
  Objet : commande bloquée et mails
  Envoyé : 12/06/2025 10:03

a été lu le 12/06/2025 10:41.
""", k="mdn", cl="robot",
  n="Outlook read receipt ('Lu :'), multipart/report disposition-notification; region from ac-normandie.fr.")

M("automated", "Liste docs-hdf <docs-hdf@listes.ac-lille.fr>",
  "[docs-hdf] mot de passe e-sidoc perdu ?",
  """Bonjour à toutes et tous,

Quelqu'un sait-il comment récupérer le mot de passe administrateur e-sidoc quand l'ancienne collègue est partie sans rien laisser ?

Merci !
Laure, collège de Bailleul

_______________________________________________
docs-hdf mailing list
https://listes.ac-lille.fr/sympa/info/docs-hdf
""", cl="robot", hd={"List-Id": "<docs-hdf.listes.ac-lille.fr>", "Precedence": "list", "List-Unsubscribe": "<mailto:docs-hdf-unsubscribe@listes.ac-lille.fr>"}, p="esidoc", h=True,
  n="A librarian's password question posted to an academic mailing list the desk receives (List-Id, Precedence: list): not written to us; listes.ac-lille.fr is not an académie domain as such, so no region.")

M("automated", "Espace Acheteur <no-reply@espace-acheteur.example.fr>",
  "Nouveau compte en attente de validation",
  """Bonjour,

Un nouveau compte a été créé pour la structure « Collège Lamartine - Bully-les-Mines » et attend la validation d'un administrateur.

Ceci est un message automatique, merci de ne pas y répondre.
""", cl="robot", hd={"Auto-Submitted": "auto-generated"}, p="espace_acheteur",
  n="No-reply Espace Acheteur notification to the desk; Auto-Submitted: auto-generated.")

M("automated", "Lettre d'information <newsletter@centrale-achat.example.fr>",
  "La lettre de la centrale - mars 2025",
  """Au sommaire ce mois-ci :
- les nouveaux marchés de mobilier scolaire ;
- webinaire « bien utiliser l'Espace Acheteur » le 20 mars ;
- rappel : dépôt des factures sur Chorus Pro.

Se désabonner : https://centrale-achat.example.fr/unsubscribe
""", cl="robot", fmt="alt", hd={"List-Id": "<lettre.centrale-achat.example.fr>", "List-Unsubscribe": "<https://centrale-achat.example.fr/unsubscribe>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}, p="espace_acheteur",
  n="Marketing newsletter: List-Id, one-click List-Unsubscribe, Precedence: bulk.")

M("automated", "Portail Tickets <notifications@tickets.example.fr>",
  "[Ticket #48213] Mise à jour",
  """Le ticket #48213 « Export statistiques » a été mis à jour par l'éditeur.

Statut : en cours
Ne répondez pas à ce message.
""", cl="robot", hd={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}, p="ticket_portal",
  n="Ticket-portal notification; Auto-Submitted: auto-generated.")

M("automated", "Signature électronique <noreply@esign.example.fr>",
  "Document signé : convention d'adhésion 2025",
  """Bonjour,

Tous les signataires ont signé le document « Convention d'adhésion 2025 - Lycée Les Fontenelles ».
Vous pouvez le télécharger depuis votre espace.

Cordialement,
Le service de signature électronique
""", cl="robot", fmt="alt", p="esignature", h=True,
  n="E-signature completed notification without Auto-Submitted or Precedence: only the no-reply sender and wording show it is automatic.")

M("automated", "Franck Hamel <franck.hamel@ac-amiens.fr>",
  "Absent",
  """Bonjour,
Je suis en stage de formation jusqu'au vendredi 14 mars. Je lirai vos messages à mon retour. Pour le CDI, contactez la vie scolaire.
F. Hamel
(réponse automatique)
""", cl="thunderbird", h=True,
  n="Out-of-office sent by a client-side rule with no automation header: only the wording shows it is automatic; region from ac-amiens.fr.")

M("automated", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Failure)",
  """Address not found

Your message wasn't delivered to laurent.petit.cdi@gmail.com because the address couldn't be found, or is unable to receive mail.
""", lang="en", k="bounce", cl="robot",
  n="Gmail delivery status notification (failure), multipart/report.")

M("automated", "Secrétariat Collège Boris Vian <ce.0272024D@ac-normandie.fr>",
  "Réponse automatique : Demande de lien",
  """Bonjour,

Le secrétariat est fermé pendant les vacances scolaires, du 22 décembre au 5 janvier. Pour les demandes concernant les mots de passe du portail documentaire, merci de renouveler votre message à la rentrée.

Le secrétariat
""", u="0272024D", cl="outlook", hd=AUTO_OOO, rep=True, h=True,
  n="Out-of-office of a school office (ce.<UAI> address) that mentions passwords; Auto-Submitted present; UAI from the sender address.")

M("automated", "Support Rectorat <assistance@ac-lille.fr>",
  "[ASSISTANCE-2025-11873] Accusé de réception",
  """Bonjour,

Votre demande a bien été enregistrée sous la référence ASSISTANCE-2025-11873. Un technicien la prendra en charge dans les meilleurs délais.

Ceci est un message automatique.
""", cl="robot", hd={"Auto-Submitted": "auto-replied", "X-Loop": "assistance@ac-lille.fr"},
  n="Another help desk's acknowledgement of our message (Auto-Submitted, X-Loop): answering would start a mail loop; region from ac-lille.fr.")

M("automated", "DMARC Reports <noreply-dmarc-support@google.com>",
  "Report domain: assistance.example.fr Submitter: google.com",
  """This is an aggregate report from google.com.
""", lang="en", cl="robot", att=[("google.com!assistance.example.fr!1735689600!1735775999.zip", "application/zip")],
  n="DMARC aggregate report (zip attachment) sent to the desk.")

M("automated", "Hugo Garnier <hugo.garnier@ac-lille.fr>",
  "Return Receipt (displayed) - Reset email not coming",
  """This is a Return Receipt for the mail that you sent to hugo.garnier@ac-lille.fr.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer.
""", lang="en", k="mdn", cl="robot",
  n="Thunderbird return receipt in English, disposition-notification; region from ac-lille.fr.")

M("automated", "Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>",
  "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  intendance.lycee-vauban@orange.fr
    mailbox is full: retry timeout exceeded
""", lang="en", cl="robot", hd={"Return-Path": "<>"}, h=True,
  n="Exim-style bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and MAILER-DAEMON sender show it is automatic.")

# ====================================================================== build
SUPPORT = "support@assistance.example.fr"
DEFAULT_FMT = {"outlook": "alt", "gmail": "alt", "zimbra": "alt",
               "thunderbird": "plain", "apple": "plain", "robot": "plain"}
CLIENT_HEADERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")],
    "gmail": [],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")],
    "apple": [("X-Mailer", "iPhone Mail (21G93)")],
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4583)")],
    "robot": [],
}


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def message_id(client, domain):
    if client == "outlook":
        return "<000%s$%s$%s$@%s>" % (rhex(9), rhex(8), rhex(8), domain)
    if client == "gmail":
        return "<CA+%s@mail.gmail.com>" % base64.urlsafe_b64encode(bytes(RNG.randrange(256) for _ in range(30))).decode().rstrip("=")
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randrange(10**6, 10**7), RNG.randrange(10**5, 10**6), RNG.randrange(10**12, 10**13), domain)
    if client == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (rhex(8).upper(), rhex(4).upper(), rhex(4).upper(), rhex(4).upper(), rhex(12).upper(), domain)
    return "<%s.%s@%s>" % (rhex(16), rhex(6), domain)


def to_html(text):
    import html as _html
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = [_html.escape(l) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines):
            out.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">%s</blockquote>"
                       % "<br>\n".join(l[4:].lstrip() for l in lines))
        else:
            out.append("<p>%s</p>" % "<br>\n".join(lines))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n%s\n</body></html>\n" % "\n".join(out))


def attachment_bytes(name, mime):
    if mime == "application/pdf":
        return b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    if mime == "image/png":
        return bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4ba0000000049454e44ae426082")
    if mime == "application/zip":
        import io, zipfile
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            zi = zipfile.ZipInfo("report.xml", date_time=(2025, 1, 1, 0, 0, 0))
            z.writestr(zi, "<feedback><report_metadata><org_name>google.com</org_name></report_metadata></feedback>\n")
        return buf.getvalue()
    return ("2024-12-11 07:00:02 INFO  sync start\n"
            "2024-12-11 07:00:33 ERROR connect: connection refused (10061)\n"
            "2024-12-11 07:00:33 INFO  sync aborted, next try in 60 min\n").encode()


def report_mail(m, headers, subject, msgid):
    """multipart/report built by hand: delivery-status or disposition-notification."""
    b = "=_rep_" + rhex(16)
    addrs = [a for a in re.findall(r"[\w.+-]+@[\w.-]+\.\w+", m["b"]) if a != SUPPORT]
    rcpt = addrs[0] if addrs else SUPPORT
    orig_id = "<%s@assistance.example.fr>" % rhex(20)
    if m["k"] == "bounce":
        rtype = "delivery-status"
        second = ("Content-Type: message/delivery-status\n\n"
                  "Reporting-MTA: dns; %s\n\n"
                  "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\n"
                  % (headers["From"].split("@")[-1].strip(">"), rcpt))
        third = ("Content-Type: text/rfc822-headers\n\n"
                 "From: Assistance <%s>\nTo: %s\nSubject: Re: votre demande\nMessage-ID: %s\n"
                 % (SUPPORT, rcpt, orig_id))
    else:
        rtype = "disposition-notification"
        second = ("Content-Type: message/disposition-notification\n\n"
                  "Reporting-UA: %s\nFinal-Recipient: rfc822; %s\nOriginal-Message-ID: %s\n"
                  "Disposition: manual-action/MDN-sent-manually; displayed\n"
                  % (headers.get("X-Mailer", "Microsoft Outlook 16.0"), rcpt, orig_id))
        third = None
    hdr = "".join("%s: %s\n" % kv for kv in headers.items())
    parts = ["Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + m["b"], second]
    if third:
        parts.append(third)
    body = "".join("--%s\n%s\n" % (b, p) for p in parts) + "--%s--\n" % b
    return (hdr + "Subject: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=%s;\n boundary=\"%s\"\n\n"
            "This is a MIME-encapsulated message.\n\n%s" % (subject, msgid, rtype, b, body)).encode("utf-8")


def build(i, m, when):
    from email.utils import parseaddr
    from email.header import Header
    name, addr = parseaddr(m["f"])
    domain = addr.split("@")[1]
    client = m["cl"]
    msgid = message_id(client, domain)
    date = format_datetime(when)
    rp = m["hd"].get("Return-Path", "<%s>" % addr)
    if m["k"] == "bounce":
        rp = "<>"
    relay = "smtp.%s" % domain if not domain.startswith(("smtp", "mx", "mail")) else domain
    ip = "203.0.113.%d" % RNG.randrange(2, 250)
    rcv_time = format_datetime(when + datetime.timedelta(seconds=RNG.randrange(3, 40)))
    headers = {}
    headers["Return-Path"] = rp
    headers["Delivered-To"] = SUPPORT
    headers["Received"] = ("from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                           % (relay, relay, ip, rhex(12).upper(), SUPPORT, rcv_time))
    res = "pass" if m["auth"] == "pass" else "fail"
    headers["Authentication-Results"] = ("mx1.assistance.example.fr;\n\tdkim=%s header.d=%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdmarc=%s header.from=%s"
                                         % (res if res == "pass" else "none", domain, res, domain, res, domain))
    headers["From"] = m["f"]
    headers["To"] = "Assistance <%s>" % SUPPORT
    headers["Date"] = date
    for k2, v in CLIENT_HEADERS[client]:
        headers[k2] = v
    for k2, v in m["hd"].items():
        if k2 != "Return-Path":
            headers[k2] = v
    if m["rep"]:
        ref = "<ticket-%s@assistance.example.fr>" % rhex(10)
        headers["In-Reply-To"] = ref
        headers["References"] = ref
    if client == "outlook":
        headers["Thread-Index"] = base64.b64encode(bytes(RNG.randrange(256) for _ in range(22))).decode()
    if m["k"] in ("bounce", "mdn"):
        # non-ASCII From/Subject must be encoded in a hand-built message
        enc_from = m["f"] if m["f"].isascii() else "%s <%s>" % (Header(name, "utf-8").encode(), addr)
        headers["From"] = enc_from
        subj = m["s"] if m["s"].isascii() else Header(m["s"], "utf-8").encode()
        return report_mail(m, headers, subj, msgid)

    msg = EmailMessage(policy=policy.default)
    for k2, v in headers.items():
        msg[k2] = v if "\n" not in v else v.replace("\n\t", " ")
    msg["Subject"] = m["s"]
    msg["Message-ID"] = msgid
    fmt = m["fmt"] or DEFAULT_FMT[client]
    cte = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit"}[m["enc"]]
    cs = m["cs"]
    text = m["b"]
    if fmt == "html":
        msg.set_content(to_html(text), subtype="html", charset=cs, cte=cte)
    else:
        msg.set_content(text, subtype="plain", charset=cs, cte=cte)
        if fmt == "alt":
            msg.add_alternative(to_html(text), subtype="html", charset=cs, cte="quoted-printable" if cte == "8bit" else cte)
    if "Content-Language" in headers:  # set_content() drops Content-* headers set before it
        msg["Content-Language"] = headers["Content-Language"]
    for fname, mime in m["att"]:
        maintype, subtype = mime.split("/")
        msg.add_attachment(attachment_bytes(fname, mime), maintype=maintype, subtype=subtype, filename=fname)
    for part in msg.walk():  # fixed boundaries: the email package would pick random ones
        if part.is_multipart():
            part.set_boundary("----=_NextPart_%s_%s" % (rhex(3).upper(), rhex(8).upper()))
    return msg.as_bytes(policy=policy.default.clone(linesep="\n"))


def visible_text(msg):
    parts = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.is_multipart() or not ctype.startswith("text/"):
            continue
        t = part.get_content()
        if ctype == "text/html":
            import html as _html
            t = _html.unescape(re.sub(r"<[^>]+>", " ", t))
        parts.append(t)
    return "\n".join(parts)


UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7})\s?([A-Za-z])(?![0-9A-Za-z])")
UAI_SPACED_RE = re.compile(r"(?<![0-9A-Za-z])(\d{4})\s(\d{3})\s([A-Za-z])(?![0-9A-Za-z])")


def found_codes(text):
    codes = {a + b.upper() for a, b in UAI_RE.findall(text)}
    codes |= {a + b + c.upper() for a, b, c in UAI_SPACED_RE.findall(text)}
    return codes


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    start = datetime.datetime(2024, 9, 2, 8, 0)
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        if m["enc"] == "qp" and n % 6 == 0 and m["k"] is None:
            m["enc"] = "b64"  # some clients send base64 bodies
        if m["cl"] == "outlook" and n % 5 == 0:
            try:
                m["b"].encode("iso-8859-1")
                m["s"].encode("iso-8859-1")
                m["cs"] = "iso-8859-1"
            except UnicodeEncodeError:
                pass
        day = start + datetime.timedelta(days=int(n * 2.0) + RNG.randrange(0, 2),
                                         hours=RNG.randrange(0, 12), minutes=RNG.randrange(60), seconds=RNG.randrange(60))
        if day.weekday() >= 5:
            day += datetime.timedelta(days=7 - day.weekday())
        off = 2 if 4 <= day.month <= 10 and not (day.month == 10 and day.day > 26) and not (day.month == 3) else 1
        when = day.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))
        fname = "h%03d.eml" % n
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(build(n, m, when))
        c = m["c"]
        ar = m["ar"] if m["ar"] is not None else DEFAULT_AUTO.get(c, False)
        if c in NEVER_AUTO:
            ar = False
        labels.append({"file": fname, "category": c, "auto_reply_ok": ar, "uai": m["u"],
                       "region": region_for(m["u"], m["f"]), "platform": m["p"], "hard": m["h"],
                       "lang": m["lang"], "notes": m["n"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check(order)


def check(order):
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    assert len(labels) == 150
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], "expected exactly h001..h150"
    assert set(l["category"] for l in labels) == set(CATEGORIES), "every category present"
    for lab, idx in zip(labels, order):
        m = MAILS[idx]
        f = lab["file"]
        assert list(lab.keys()) == KEYS, (f, lab.keys())
        assert lab["category"] in CATEGORIES, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, f
        assert m["ar"] is not True or lab["category"] not in NEVER_AUTO, f
        assert lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 20, f
        assert lab["uai"] is None or uai_ok(lab["uai"]), (f, lab["uai"])
        with open(os.path.join(HERE, f), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (f, h)
        assert msg["Date"].datetime is not None
        sender = msg["From"].addresses[0].addr_spec
        # region consistent with regions.md
        exp = DEPT2REGION.get(lab["uai"][:3]) if lab["uai"] else DOMAIN2REGION.get(sender.split("@")[1].lower())
        assert lab["region"] == exp and (exp is None or exp in REGIONS), (f, lab["region"], exp)
        text = visible_text(msg) + "\n" + sender
        flat = re.sub(r"\s", "", text).upper()
        if lab["uai"]:
            assert lab["uai"] in flat, (f, "labelled uai not in mail", lab["uai"])
        codes = found_codes(text)
        for code in codes:
            if uai_ok(code):
                assert code == lab["uai"] or code in lab["notes"], (f, "unexplained UAI", code)
            else:
                assert code in m["wrong"], (f, "unlisted wrong-letter code", code)
        for code in m["wrong"]:
            assert not uai_ok(code), (f, code, "is actually valid")
            assert code in flat, (f, code, "not in text")
            assert "wrong check letter" in lab["notes"], f
        if "wrong check letter" in lab["notes"]:
            assert m["wrong"], f
    en = sum(l["lang"] == "en" for l in labels)
    assert 10 <= en <= 25, en
    from collections import Counter
    print("ok: 150 mails;", dict(Counter(l["category"] for l in labels)))
    print("english:", en, "hard:", sum(l["hard"] for l in labels))


if __name__ == "__main__":
    main()

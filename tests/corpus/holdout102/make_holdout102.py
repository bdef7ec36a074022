#!/usr/bin/env python3
"""Build the holdout102 blind test set: 150 hand-written support mails + labels.

Theme: gestionnaires and intendance staff of collèges and lycées buying on the
purchasing platform (espace acheteur): orders, quotes, invoices, new buyer
accounts, codes and access, mixed with their ordinary library (e-sidoc) and
school-life (EcoleDirecte) requests, plus the automated mail and noise a desk
receives.

Standard library only, deterministic (fixed seed). Every mail text below is
written by hand; the script only wraps it in headers and a MIME encoding.
Run:  python3 make_holdout102.py   (writes next to this file, then checks).
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
from email.header import Header
from email.utils import formataddr, format_datetime, parseaddr
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(102102)
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation", "subscription_activation",
    "order_billing", "contract_documents", "transfer_incident", "automated", "other",
}
AUTO_ALLOWED = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                "account_creation", "subscription_activation"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}

# regions.md routing table
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
    for _m in _doms.split():
        DOMAIN2REGION[_m] = _slug


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code or "")) and LETTERS[int(code[:7]) % 23] == code[7]


def region_for(uai, sender):
    if uai:
        return DEPT2REGION.get(uai[:3])
    dom = parseaddr(sender)[1].rsplit("@", 1)[-1].lower()
    return DOMAIN2REGION.get(dom)


MAILS = []


def M(cat, ok, uai, plat, lang, hard, notes, frm, subj, body, fmt="qp",
      mailer=None, extra=None, html_body=None, auth="pass", rp=None):
    """One hand-written mail and its label."""
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, plat=plat, lang=lang, hard=hard,
                      notes=notes, frm=frm, subj=subj, body=body, fmt=fmt,
                      mailer=mailer, extra=extra or [], html_body=html_body,
                      auth=auth, rp=rp))


MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook15": ("X-Mailer", "Microsoft Office Outlook 15.0"),
    "tb": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.12.2"),
    "tblinux": ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
    "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF131 (Win)/9.0.0_GA_4583)"),
    "iphone": ("X-Mailer", "iPhone Mail (21G93)"),
    "android": ("X-Mailer", "Outlook for Android"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.6"),
    "sogo": ("User-Agent", "SOGoMail 5.10.0"),
}


# ---------------------------------------------------------------- password_reset
M("password_reset", True, "0751426T", "espace_acheteur", "fr", False,
  "Gestionnaire back from leave, Espace Acheteur password forgotten; UAI in the signature.",
  "Nadia Benhamou <nadia.benhamou@ac-paris.fr>",
  "Mot de passe Espace Acheteur",
  """Bonjour,

De retour de congé maternité, je n'arrive plus à me connecter à l'espace acheteur : le mot de passe que j'avais noté n'est plus accepté et je ne me souviens pas l'avoir changé.

Pourriez-vous me permettre d'en définir un nouveau ? J'ai des commandes de fournitures à passer avant les vacances.

Merci d'avance,

Nadia Benhamou
Adjointe gestionnaire
Collège Georges Brassens - 75019 Paris
UAI 0751426T
""", fmt="alt", mailer="outlook")

M("password_reset", True, "0691717S", "espace_acheteur", "fr", False,
  "Account locked after several wrong attempts; the secrétaire d'intendance asks for an unlock or a link.",
  "Sandrine Perrot <s.perrot@lycee-ampere-saxe.fr>",
  "Compte bloqué",
  """Bonjour,

Compte bloqué sur l'espace acheteur après 5 essais (je crois que le verrouillage majuscule était activé...). Le message dit de contacter le support.

Identifiant : 0691717S (Lycée Ampère Saxe, Lyon 3e)

Pouvez-vous le débloquer ou m'envoyer un lien pour changer le mot de passe ?

Sandrine Perrot
Secrétariat d'intendance
""", mailer="tb")

M("password_reset", True, "0130297C", "espace_acheteur", "fr", True,
  "New adjoint gestionnaire does not know that the login is the UAI and has no password: the reset/identifier answer fits. UAI given as 'RNE'.",
  "Karim Aït-Saïd <karim.ait-said@ac-aix-marseille.fr>",
  "identifiant ?",
  """Bonjour,

Je viens d'être nommé adjoint gestionnaire au collège Louis Armand (Marseille 12e) et mon prédécesseur est parti sans me transmettre les accès de l'espace acheteur.

On me demande un "identifiant" : est-ce que c'est mon adresse mail, le numéro RNE du collège (0130297C) ou autre chose ? Et je n'ai évidemment pas le mot de passe.

Comment faire ?

Merci,
K. Aït-Saïd
""", fmt="qp", mailer="zimbra")

M("password_reset", True, "0332294P", "espace_acheteur", "fr", False,
  "Reset link expired before use (received Friday, clicked Monday); asks for a new one. Outlook for Android, base64.",
  "Marie-Hélène Dufau <mh.dufau@orange.fr>",
  "Lien expiré",
  """Bonjour
Le lien reçu vendredi pour changer mon mot de passe de l'espace acheteur me dit "lien expiré ou déjà utilisé". Je ne l'avais pas ouvert avant ce matin.
Pouvez vous m'en renvoyer un ? Collège Jules Ferry de Gradignan, 0332294P.
Merci
MH Dufau
""", fmt="b64", mailer="android")

M("password_reset", True, "0670452C", "espace_acheteur", "en", False,
  "English; the bursar of an international lycée forgot the buyer-space password, UAI given as the login.",
  "Gareth Collins <g.collins@lycee-international-strasbourg.eu>",
  "Forgotten password - buyer space",
  """Hello,

I am the bursar (gestionnaire) of the Lycée International in Strasbourg. I have forgotten my password for the purchasing platform's buyer space and the "forgot password" page doesn't seem to recognise me.

Our login should be the school code 0670452C.

Could you help me get back in? Many thanks.

Kind regards,
Gareth Collins
Bursar / Gestionnaire
""", fmt="alt", mailer="outlook")

M("password_reset", True, "0351812E", "esidoc", "fr", False,
  "The intendance needs the e-sidoc back office while the librarian is on sick leave; nobody knows the password. The reset path (official address) applies.",
  "Intendance Collège Anne de Bretagne <intendance.0351812e@ac-rennes.fr>",
  "Accès e-sidoc en l'absence de la documentaliste",
  """Bonjour,

Notre professeure documentaliste est en arrêt jusqu'à fin mars et nous devons renouveler l'abonnement avant l'échéance. Personne au collège ne connaît le mot de passe du back-office e-sidoc.

Pouvez-vous nous envoyer un lien de réinitialisation ? Idéalement sur l'adresse officielle du collège.

Collège Anne de Bretagne - Rennes - 0351812E

Cordialement,
Le service d'intendance
""", mailer="zimbra")

M("password_reset", False, "0312178Z", "espace_acheteur", "fr", True,
  "Two topics: lost Espace Acheteur password (first) and an invoice that does not match the order; a single template answers only half.",
  "Philippe Garrigues <philippe.garrigues@ac-toulouse.fr>",
  "mot de passe + question facture",
  """Bonjour,

Deux choses :

1) Je n'ai plus mon mot de passe pour l'espace acheteur (lycée Déodat de Séverac, Toulouse, 0312178Z). Il faudrait un nouveau lien.

2) Sur la facture FA-2024-11872 on nous facture 14 cartons de papier alors que la commande en comptait 10. Le bon de livraison dit bien 10. Qui corrige ?

Merci
Philippe Garrigues, gestionnaire
""", mailer="tb")

M("password_reset", False, "0440979A", "espace_acheteur", "fr", False,
  "Reply to the automatic reset answer: the link went to the former gestionnaire's mailbox and nobody can read the school's official one; a person must take over.",
  "Laurence Guérin <laurence.guerin@ac-nantes.fr>",
  "RE: [#SUP-018842] Réinitialisation de votre mot de passe",
  """Bonjour,

Merci pour la réponse mais le lien est parti sur l'adresse de M. Tessier, qui a quitté l'établissement en août et dont la boîte est fermée. Quant à l'adresse ce. du collège, c'est le secrétariat de direction qui la gère et ils ne voient rien arriver.

Je suis donc toujours bloquée. Comment on fait concrètement ?

Laurence Guérin
Gestionnaire - Collège La Durantière, Nantes (0440979A)

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 8 octobre 2024 10:14
À : Laurence Guérin <laurence.guerin@ac-nantes.fr>
Objet : [#SUP-018842] Réinitialisation de votre mot de passe

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour votre établissement (t*****@ac-nantes.fr). Ce lien est valable 12 heures.

L'équipe d'assistance
""", fmt="alt", mailer="outlook",
  extra=[("_date", "2024-10-09 11:05"), ("In-Reply-To", "<SUP-018842.1728375240.a1f3@assistance.example.fr>"),
         ("References", "<SUP-018842.1728375240.a1f3@assistance.example.fr>")])

M("password_reset", True, "0061085X", "espace_acheteur", "fr", False,
  "'Mot de passe expiré' on the buyer space and the old one forgotten; ISO-8859-1 8-bit body.",
  "Jean-Luc Ferrero <jl.ferrero@ac-nice.fr>",
  "Mot de passe expiré espace acheteur",
  """Bonjour,

En voulant me connecter ce matin à l'espace acheteur, on me demande de changer mon mot de passe car il a expiré. Sauf que pour le changer il faut l'ancien, et je ne l'ai plus.

Lycée Masséna - Nice
0061085X

Bien à vous,
Jean-Luc Ferrero
Intendance
""", fmt="latin1", mailer="tb")

M("password_reset", True, "0382357F", "espace_acheteur", "fr", False,
  "One line from a phone, no accents: lost password, UAI given.",
  "Eric Mollard <eric.mollard38@gmail.com>",
  "mdp",
  """bonjour mdp espace acheteur perdu, rne 0382357F, merci de me renvoyer un lien
eric mollard college du gresivaudan

Envoyé de mon iPhone
""", fmt="plain", mailer="iphone")

M("password_reset", False, "0760342J", "espace_acheteur", "fr", False,
  "Forgotten password but explicitly wants a phone call and the password given orally to a personal mobile: not something a template answers.",
  "Christine Lemonnier <christine.lemonnier@ac-normandie.fr>",
  "Merci de me rappeler - mot de passe",
  """Bonjour,

J'ai perdu mon mot de passe pour l'espace acheteur du lycée Jeanne d'Arc (0760342J). Je ne suis pas à l'aise avec les liens par mail, je préférerais qu'une personne me rappelle au 06 12 48 77 30 pour me donner un nouveau mot de passe directement.

Je suis joignable tous les matins.

Merci,
Christine Lemonnier
""", mailer="outlook")

M("password_reset", False, None, "espace_acheteur", "fr", True,
  "UAI typed 0140607K: the check letter is wrong (digits give J), so no UAI; region from ac-normandie.fr. Lost password, but the account cannot be identified safely: a person must confirm the code first.",
  "Yannick Hébert <yannick.hebert@ac-normandie.fr>",
  "Perte mot de passe - Collège 0140607K",
  """Bonjour,

Je n'arrive plus à accéder à notre compte sur la plateforme d'achat (espace acheteur). Pourriez-vous réinitialiser le mot de passe du compte du collège 0140607K ?

Merci beaucoup.
Y. Hébert
Gestionnaire
""", mailer="tblinux")

M("password_reset", True, "0342683G", "espace_acheteur", "fr", True,
  "UAI only in the official ce.<UAI>@ac-montpellier.fr sender address (lower case); the secretariat asks for the link on that address.",
  "Secretariat Lycee Joffre <ce.0342683g@ac-montpellier.fr>",
  "Demande de réinitialisation",
  """Bonjour,

À la demande de Mme Vidal, gestionnaire, pouvez-vous envoyer un lien de réinitialisation du mot de passe de l'espace acheteur sur la présente adresse (boîte fonctionnelle de l'établissement) ? Elle ne parvient plus à se connecter.

Nous lui transmettrons.

Le secrétariat
""", fmt="qp", mailer="zimbra")

M("password_reset", True, "0572487U", "esidoc", "fr", False,
  "The gestionnaire writes for the new documentaliste, who never received the e-sidoc password; standard reset path.",
  "Frédéric Schmitt <frederic.schmitt@ac-nancy-metz.fr>",
  "e-sidoc : notre nouvelle documentaliste n'a pas les codes",
  """Bonjour,

Mme Kieffer a pris ses fonctions de professeure documentaliste au collège Paul Verlaine (Metz, UAI 0572487U) à la Toussaint. Son prédécesseur n'a laissé aucun code pour l'administration du portail e-sidoc.

Pouvez-vous lui permettre de réinitialiser le mot de passe ? Je suis le gestionnaire et je me charge de faire le lien.

Merci,

Frédéric Schmitt
Gestionnaire - Collège Paul Verlaine
03 87 xx xx xx
""", fmt="alt", mailer="outlook")

M("password_reset", True, "0622463R", "espace_acheteur", "fr", False,
  "The 'mot de passe oublié' form answers 'adresse inconnue': the address on file is not hers. The reset path via the official address fits.",
  "Audrey Delattre <audrey.delattre@ac-lille.fr>",
  "\"Adresse inconnue\" quand je demande un nouveau mot de passe",
  """Bonjour,

Quand je clique sur "mot de passe oublié" sur l'espace acheteur et que je saisis mon adresse, j'ai le message "adresse inconnue". Je suppose que le compte est encore rattaché à l'adresse de l'ancienne gestionnaire.

Établissement : Collège Jean Jaurès, Lens - 0622463R

Comment puis-je récupérer l'accès ?

Audrey Delattre
""", mailer="zimbra")

M("password_reset", True, "0211724K", "espace_acheteur", "en", False,
  "English; the accountant lost access after the school switched to new mail addresses and forgot the password.",
  "Helen Marchetti <h.marchetti@ac-dijon.fr>",
  "Locked out of the buyer space",
  """Hi,

Since our school moved to the new academic addresses I can't get into the buyer space any more, and to be honest I don't remember the password either.

School: Collège Le Castel, Dijon, code 0211724K.

Could you send me a reset link please?

Thanks a lot,
Helen
""", fmt="qp", mailer="tb")

M("password_reset", True, None, "esidoc", "fr", False,
  "Lost e-sidoc identifiers since the start of the year, no UAI; region from the ac-lyon.fr sender.",
  "Bernard Vial <bernard.vial@ac-lyon.fr>",
  "Identifiants perdus",
  """Bonjour,

Au collège on a perdu les identifiants du portail documentaire (e-sidoc) depuis la rentrée. C'est moi qui gère les commandes de livres en lien avec l'intendance et j'aurais besoin d'y accéder.

Que faut-il faire pour obtenir un nouveau mot de passe ?

Cordialement,
Bernard Vial
""", mailer="sogo")

M("password_reset", True, "0451286D", "espace_acheteur", "fr", False,
  "Agent comptable of a groupement comptable lost the password of one member establishment; one UAI given.",
  "Agence comptable Lycée Voltaire <agence.comptable@lycee-voltaire-orleans.fr>",
  "Accès espace acheteur d'un établissement rattaché",
  """Bonjour,

L'agence comptable gère les achats de plusieurs établissements rattachés. Pour le collège Jean Rostand (0451286D), le mot de passe de l'espace acheteur a été perdu suite au départ de la secrétaire.

Merci de nous indiquer la démarche pour le réinitialiser.

Bien cordialement,

Patricia Lhomme
Fondée de pouvoir
Agence comptable du Lycée Voltaire - Orléans
""", fmt="alt", mailer="outlook")

M("password_reset", True, "9740357V", "espace_acheteur", "fr", False,
  "Long, worried message from La Réunion; clear forgotten password before a deadline; UAI given.",
  "Josiane Payet <josiane.payet@ac-reunion.fr>",
  "URGENT mot de passe plateforme achats",
  """Bonjour,

Je me permets de vous écrire car je suis vraiment embêtée. Nous devons passer la commande de manuels avant le 15 et je n'arrive plus du tout à entrer sur l'espace acheteur. J'ai essayé le mot de passe habituel, puis deux ou trois autres que j'utilise, et maintenant j'ai peur de bloquer le compte.

Je suis gestionnaire au collège Bois de Nèfles à Saint-Denis, UAI 9740357V. C'est moi qui ai créé le compte l'an dernier, je pense avec cette adresse mais je n'en suis plus sûre.

Est-ce que vous pouvez m'aider à retrouver un accès ? Avec le décalage horaire je vois souvent vos réponses le lendemain, désolée si je réponds tard.

Merci infiniment,
Josiane Payet
""", mailer="tb")

M("password_reset", False, "0630690H", "espace_acheteur", "fr", False,
  "Has already reset twice and the new password is still refused: the standard procedure failed, wants a person.",
  "Thierry Chabrier <thierry.chabrier@ac-clermont.fr>",
  "Mot de passe refusé malgré réinitialisation",
  """Bonjour,

J'ai fait deux fois la procédure "mot de passe oublié" cette semaine, j'ai bien reçu le lien, j'ai choisi un nouveau mot de passe, et à la connexion suivante il est refusé ("identifiants incorrects").

Je ne vais pas recommencer une troisième fois. Merci de faire regarder le compte par quelqu'un : Lycée Blaise Pascal, Clermont-Ferrand, 0630690H.

T. Chabrier
Adjoint gestionnaire
""", mailer="outlook15")


# ---------------------------------------------------------- missing_noreply_mail
M("missing_noreply_mail", True, "0870582K", "espace_acheteur", "fr", False,
  "New gestionnaire filled the buyer sign-up form; the confirmation mail never came. No anti-spam product named.",
  "Céline Boissou <celine.boissou@ac-limoges.fr>",
  "Inscription espace acheteur - pas de mail de confirmation",
  """Bonjour,

J'ai rempli hier le formulaire d'inscription à l'espace acheteur pour le collège Léonard Limosin (Limoges, 0870582K). L'écran indiquait qu'un mail de confirmation allait m'être envoyé, mais je n'ai rien reçu.

Merci de votre aide.
Céline Boissou, gestionnaire
""", mailer="zimbra")

M("missing_noreply_mail", True, "0291363Z", "espace_acheteur", "fr", False,
  "The new-password mail does not arrive; the writer already looked in the junk folder. No product named: the no-reply checklist still applies.",
  "Gwenaëlle Le Floch <gwenaelle.lefloch@ac-rennes.fr>",
  "Mail nouveau mot de passe jamais reçu",
  """Bonjour,

J'ai demandé trois fois un nouveau mot de passe pour l'espace acheteur depuis lundi. Aucun mail reçu, ni dans la boîte de réception ni dans les indésirables.

Collège Max Jacob, Quimper - 0291363Z

Cordialement,
G. Le Floch
""", mailer="tb")

M("missing_noreply_mail", True, "0562893R", "espace_acheteur", "fr", False,
  "Order-tracking notifications from the no-reply address stopped arriving; no anti-spam product named.",
  "Stéphane Le Goff <stephane.le-goff@ac-rennes.fr>",
  "Plus de notifications de suivi de commande",
  """Bonjour,

Jusqu'en juin je recevais les mails automatiques de suivi (commande validée, expédiée, livrée) de l'espace acheteur. Depuis la rentrée, plus rien, alors que j'ai passé une dizaine de commandes.

Lycée Benjamin Franklin, Auray - UAI 0562893R

Est-ce un souci de votre côté ou du nôtre ?

Stéphane Le Goff
Gestionnaire
""", fmt="alt", mailer="outlook")

M("missing_noreply_mail", True, None, "espace_acheteur", "en", False,
  "English; a new buyer never got the activation e-mail; personal address, no UAI, no region.",
  "Priya Raman <priya.raman.gest@gmail.com>",
  "No activation email",
  """Hello,

I registered on the buyer space last Thursday for my school but I never received the activation email. I checked spam. Could you resend it or tell me what to do?

Thank you,
Priya Raman
""", fmt="plain")

M("missing_noreply_mail", True, None, "espace_acheteur", "fr", False,
  "Very short: activation mail still not received; region from the ac-bordeaux.fr sender.",
  "Olivier Labat <olivier.labat@ac-bordeaux.fr>",
  "Toujours pas reçu le mail d'activation",
  """Bonjour,
toujours pas reçu le mail d'activation de l'espace acheteur depuis vendredi.
O. Labat
""", fmt="plain", mailer="roundcube")

M("missing_noreply_mail", True, "0640522V", "espace_acheteur", "fr", False,
  "The structure administrator never receives the 'compte à valider' notifications for new buyers.",
  "Maite Etcheverry <maite.etcheverry@ac-bordeaux.fr>",
  "Notifications de validation de comptes non reçues",
  """Bonjour,

Je suis administratrice de la structure pour le lycée Ramiro Arrue (Saint-Jean-de-Luz, 0640522V). Deux collègues de l'intendance se sont inscrits la semaine dernière et me disent que leurs comptes attendent ma validation, mais je n'ai reçu aucune notification de votre part.

Faut-il que je fasse quelque chose de particulier ?

Merci,
Maite Etcheverry
""", mailer="zimbra")

M("missing_noreply_mail", False, "0862439J", "espace_acheteur", "fr", False,
  "Reply after the junk-folder answer: still nothing after 3 days, IT has checked, asks for escalation. The template was already sent: a person must follow up.",
  "Anthony Rousseau <anthony.rousseau@ac-poitiers.fr>",
  "Re: [#SUP-019317] Vous n'avez pas reçu notre message",
  """Bonjour,

Comme indiqué, j'ai vérifié les indésirables, ajouté l'adresse no-reply aux expéditeurs approuvés et demandé à notre informaticien de regarder les journaux du serveur. Rien n'arrive depuis trois jours.

Merci de transmettre à quelqu'un qui pourra regarder côté envoi.

Anthony Rousseau
Collège France Bloch-Sérazin, Poitiers - 0862439J

Le 14/11/2024 à 09:02, Assistance a écrit :
> Bonjour,
>
> Les messages automatiques sont envoyés par une adresse no-reply. Vérifiez
> votre dossier de courrier indésirable et ajoutez cette adresse à vos
> expéditeurs autorisés. Sans nouvelles sous 48 h, nous reviendrons vers vous.
>
> L'équipe d'assistance
""", mailer="tb",
  extra=[("_date", "2024-11-18 08:47"), ("In-Reply-To", "<SUP-019317.1731571320.77be@assistance.example.fr>"),
         ("References", "<SUP-019317.1731571320.77be@assistance.example.fr>")])

M("missing_noreply_mail", True, "0592487H", "espace_acheteur", "fr", True,
  "Suspects 'le filtrage de l'académie' but names no product and describes no challenge: missing_noreply_mail, not mailinblack_spam.",
  "Rachid Belkacem <rachid.belkacem@ac-lille.fr>",
  "Mails de la plateforme filtrés ?",
  """Bonjour,

Depuis quelques semaines nous ne recevons plus les mails automatiques de l'espace acheteur (confirmation de commande, réinitialisation). Je me demande si le filtrage de la messagerie académique ne les bloque pas.

Pouvez-vous me donner l'adresse exacte d'envoi pour que je la fasse autoriser ?

Collège Verlaine, Lille - 0592487H

R. Belkacem
""", mailer="zimbra")

M("missing_noreply_mail", True, "0932007B", "espace_acheteur", "fr", False,
  "HTML-only Outlook: subscribed to alerts on new offers (veille), never receives them.",
  "Isabelle Nguyen <isabelle.nguyen@ac-creteil.fr>",
  "Alertes nouvelles offres",
  """Bonjour,

Je me suis abonnée aux alertes « nouvelles offres » pour les catégories Entretien et Restauration dans l'espace acheteur il y a un mois. Je n'ai jamais reçu une seule alerte alors que je vois de nouvelles offres en ligne.

Collège Jean Moulin, Aubervilliers (0932007B)

Bien cordialement,

Isabelle Nguyen
Gestionnaire
""", fmt="html", mailer="outlook")

M("missing_noreply_mail", True, "0941956R", "espace_acheteur", "fr", False,
  "Since the lycée changed mail domain, quote-approval notifications from the no-reply address no longer arrive.",
  "Valérie Morin <v.morin@lycee-langevin-wallon.fr>",
  "Mails automatiques devis non reçus depuis changement d'adresse",
  """Bonjour,

Le lycée a changé de nom de domaine pendant l'été (nous sommes passés sur lycee-langevin-wallon.fr). Depuis, je ne reçois plus les mails qui m'annoncent qu'un devis est disponible dans l'espace acheteur. Les devis sont bien là quand je me connecte.

Lycée Langevin-Wallon, Champigny - 0941956R

Merci de me dire quoi vérifier.
Valérie Morin
""", fmt="qp", mailer="outlook")

M("missing_noreply_mail", True, "0921327T", "espace_acheteur", "fr", True,
  "Reads like a password problem, but the password tool says the mail was sent; the mail never arrives. Per the taxonomy that is missing_noreply_mail.",
  "Hugo Mercier <hugo.mercier@ac-versailles.fr>",
  "Problème mot de passe (?)",
  """Bonjour,

Je ne sais pas si c'est vraiment un problème de mot de passe : quand je fais "mot de passe oublié", le site m'affiche bien "un mail vous a été envoyé", mais ce mail n'arrive jamais. J'ai essayé hier et ce matin.

Collège Henri Wallon, Nanterre - 0921327T

Hugo Mercier
""", mailer="sogo")

M("missing_noreply_mail", True, "9720499K", "espace_acheteur", "fr", False,
  "Martinique; no mail at all from the platform's no-reply address; no product named.",
  "Marie-Line Jean-Baptiste <marie-line.jean-baptiste@ac-martinique.fr>",
  "Aucun mail de la plateforme",
  """Bonjour,

Nous ne recevons aucun des messages automatiques de l'espace acheteur (création de compte, confirmation de commande). Je vous écris de Fort-de-France, collège Tartenson, 9720499K.

Merci de votre retour,
Marie-Line Jean-Baptiste
Intendance
""", mailer="zimbra")

M("missing_noreply_mail", True, "0780836K", "esidoc", "fr", False,
  "e-sidoc: the activation mail of the customer account (needed for a first online order) never arrived.",
  "Sébastien Caron <sebastien.caron@ac-versailles.fr>",
  "Compte client e-sidoc - mail d'activation",
  """Bonjour,

Pour pouvoir commander en ligne le renouvellement e-sidoc, j'ai créé le compte client du collège (0780836K, Collège Les Châtaigniers, Saint-Germain-en-Laye). On m'annonce un mail d'activation qui n'est jamais venu.

Merci,
Sébastien Caron - adjoint gestionnaire
""", mailer="outlook")

M("missing_noreply_mail", True, None, "espace_acheteur", "fr", False,
  "Two lines from a phone (base64): nothing received from the no-reply address after sign-up.",
  "Nathalie <nath.roux71@laposte.net>",
  "mail",
  """Bonjour je n ai rien reçu apres mon inscription sur l espace acheteur, merci de verifier
Nathalie Roux
""", fmt="b64", mailer="android")

M("missing_noreply_mail", True, None, "espace_acheteur", "fr", False,
  "Forward (Outlook 'TR:') of a colleague's message: the first-login link never came. Region from the ac-creteil.fr forwarder.",
  "Fabienne Lopes <fabienne.lopes@ac-creteil.fr>",
  "TR: lien de première connexion",
  """Bonjour,

Je vous transfère le message de ma collègue, nouvelle secrétaire d'intendance. Elle attend toujours le mail pour sa première connexion.

Fabienne Lopes

De : Aurélie Simon <aurelie.simon@ac-creteil.fr>
Envoyé : lundi 2 décembre 2024 11:40
À : Fabienne Lopes <fabienne.lopes@ac-creteil.fr>
Objet : lien de première connexion

Fabienne, ton compte a été validé par la gestionnaire vendredi (elle me l'a confirmé) mais je n'ai toujours pas reçu le mail avec le lien pour définir mon mot de passe. Tu peux voir avec le support ?
Aurélie
""", fmt="alt", mailer="outlook",
  extra=[("_date", "2024-12-03 09:12")])

M("missing_noreply_mail", True, None, "espace_acheteur", "fr", True,
  "The local authority's IT department asks which no-reply sender to allow on its Exchange; no anti-spam product named, no UAI.",
  "DSI Département - Support collèges <support-colleges@departement-exemple.fr>",
  "Adresse d'expédition de la plateforme à autoriser",
  """Bonjour,

Plusieurs collèges de notre département nous signalent ne pas recevoir les courriels automatiques de votre espace acheteur (création de compte, mots de passe). Nos serveurs Exchange sont gérés par le Département.

Pouvez-vous nous communiquer l'adresse et le domaine d'expédition de ces messages, afin que nous les ajoutions à la liste des expéditeurs de confiance ?

Cordialement,
Direction des systèmes d'information - Pôle collèges
""", fmt="alt", mailer="outlook")


# -------------------------------------------------------------- mailinblack_spam
M("mailinblack_spam", True, "0911099A", "espace_acheteur", "fr", False,
  "MailInBlack named; the activation mails of the buyer space are held.",
  "Corinne Fabre <corinne.fabre@ac-versailles.fr>",
  "Messages bloqués par MailInBlack",
  """Bonjour,

Le collège est équipé de MailInBlack depuis la rentrée et il semble que vos mails d'activation de compte acheteur soient bloqués : je reçois une notification de MailInBlack indiquant un message en attente de la part de votre adresse no-reply.

Collège Blaise Pascal, Massy - 0911099A

Comment procéder ?
Corinne Fabre
""", mailer="outlook")

M("mailinblack_spam", True, "0772452X", "espace_acheteur", "fr", False,
  "Forwards the daily Mailinblack quarantine digest; the outer message asks how to release and allow the platform's mails.",
  "Mickaël Dupuis <mickael.dupuis@ac-creteil.fr>",
  "TR: Rapport quotidien Mailinblack",
  """Bonjour,

Je reçois chaque matin ce rapport et vos messages (confirmations de commande de l'espace acheteur) sont systématiquement dedans. Comment les débloquer pour de bon ?

Collège Eugène Delacroix, Meaux - 0772452X
M. Dupuis, gestionnaire

-------- Message transféré --------
Sujet : Rapport quotidien Mailinblack
Date : Tue, 21 Jan 2025 07:00:03 +0100
De : Mailinblack <noreply@mailinblack.com>

Vous avez 3 message(s) en attente de validation :
- no-reply@... "Confirmation de votre commande n°CMD-2025-00418"
- no-reply@... "Votre commande a été expédiée"
- info@... "Offre spéciale papeterie"
Cliquez sur un message pour l'autoriser ou le bloquer.
""", mailer="tb",
  extra=[("_date", "2025-01-21 08:15")])

M("mailinblack_spam", True, "0511506K", "espace_acheteur", "en", False,
  "English; MailinBlack holds the platform's notifications; asks for the allow-list procedure.",
  "Claire Hoffmann <claire.hoffmann@ac-reims.fr>",
  "Your notifications are stuck in MailinBlack",
  """Good morning,

Our school recently installed MailinBlack and your notifications from the buyer space (order confirmations, password mails) end up in its quarantine.

Is there a guide for allowing your addresses? School code 0511506K (Lycée Jean Jaurès, Reims).

Best regards,
Claire Hoffmann
Finance office
""", fmt="alt", mailer="outlook")

M("mailinblack_spam", True, None, "espace_acheteur", "fr", False,
  "Product spelt 'mail in black', typos, no UAI, non-academic address.",
  "gestion college <gestion.college.vauban@wanadoo.fr>",
  "mail in black",
  """bjr
on a mail in black au college et je pense que vos mails d inscription acheteur sont bloquer dedans, je vois "en attente" mais je sais pas comment les liberer
merci
""", fmt="plain")

M("mailinblack_spam", False, "0541279X", "espace_acheteur", "fr", True,
  "The sender-authentication challenge is described ('prouver que vous êtes humain') without naming the product: mailinblack_spam, but a person should confirm the product before sending the guide.",
  "Denis Thiébaut <denis.thiebaut@ac-nancy-metz.fr>",
  "Vos mails déclenchent une vérification",
  """Bonjour,

Quand votre plateforme m'envoie un message, notre messagerie le retient et envoie à l'expéditeur un mail lui demandant de cliquer pour prouver qu'il est humain. Évidemment votre adresse no-reply ne clique jamais, donc je ne reçois rien.

Je ne sais pas quel logiciel c'est, c'est le rectorat qui gère. Que faut-il faire ?

Lycée Henri Poincaré, Nancy - 0541279X
D. Thiébaut
""", mailer="zimbra")

M("mailinblack_spam", False, "0800399Z", "espace_acheteur", "fr", True,
  "Two topics: MailInBlack blocking (first) and an invoice no longer visible in the account: the MailInBlack template alone would not do.",
  "Sophie Lefèvre <sophie.lefevre@ac-amiens.fr>",
  "MailInBlack et facture introuvable",
  """Bonjour,

Deux soucis :
- MailInBlack bloque tous les messages de l'espace acheteur, j'ai dû aller les repêcher à la main dans la quarantaine ;
- la facture de novembre (commande de produits d'entretien) n'apparaît plus dans "Mes factures", alors que je l'avais vue.

Collège Amiral Lejeune, Amiens - 0800399Z

Merci d'avance,
Sophie Lefèvre
""", mailer="outlook")

M("mailinblack_spam", True, "0022196B", "espace_acheteur", "fr", False,
  "IT technician asks whether to allow the domain or each address in MailInBlack.",
  "Julien Carlier <julien.carlier@ac-amiens.fr>",
  "Liste blanche MAILINBLACK",
  """Bonjour,

Technicien informatique au lycée Condorcet de Saint-Quentin (0022196B). Notre gestionnaire ne reçoit pas vos mails, ils sont retenus par MAILINBLACK.

Faut-il autoriser tout votre domaine ou seulement l'adresse no-reply ? Y a-t-il d'autres adresses d'envoi ?

Merci,
Julien Carlier
""", mailer="tblinux")

M("mailinblack_spam", True, "0490775B", "espace_acheteur", "fr", False,
  "The département rolled out Mailinblack for all collèges; every platform mail is held.",
  "Annick Bourdais <annick.bourdais@ac-nantes.fr>",
  "Mailinblack installé par le Département",
  """Bonjour,

Le Département a installé Mailinblack sur les boîtes des collèges en janvier. Depuis, aucun mail de l'espace acheteur ne m'arrive directement : ils sont tous dans l'espace Mailinblack, à valider un par un.

Y a-t-il une procédure à transmettre au service informatique du Département ?

Collège Jean Vilar, Angers - 0490775B
Annick Bourdais, gestionnaire
""", fmt="qp", mailer="outlook")

M("mailinblack_spam", True, "9730344L", "espace_acheteur", "fr", False,
  "HTML-only Outlook, Guyane: 'Mailinblack Protect' quarantines the order confirmations.",
  "Rose-Marie Thérèse <rose-marie.therese@ac-guyane.fr>",
  "Quarantaine Mailinblack Protect",
  """Bonjour,

Les confirmations de commande de l'espace acheteur arrivent dans la quarantaine « Mailinblack Protect » de notre lycée. Pouvez-vous nous indiquer comment faire pour qu'elles arrivent directement ?

Lycée Melkior-Garré, Cayenne - 9730344L

Cordialement,
Rose-Marie Thérèse
Service intendance
""", fmt="html", mailer="outlook")

M("mailinblack_spam", False, "0850722Y", "espace_acheteur", "fr", True,
  "Already followed the MailInBlack allow-list guide and the mails are still held: the standard answer has failed, a person must look.",
  "Pascal Guillet <pascal.guillet@ac-nantes.fr>",
  "Re: [#SUP-020114] Guide MailInBlack",
  """Bonjour,

Nous avons suivi votre guide à la lettre : l'adresse no-reply et le domaine sont en liste blanche dans MailInBlack depuis mardi (capture jointe à mon précédent message). Les messages de l'espace acheteur sont pourtant toujours mis en attente.

Pouvez-vous faire remonter ?

Pascal Guillet
Collège Les Gondoliers, La Roche-sur-Yon (0850722Y)
""", mailer="tb",
  extra=[("In-Reply-To", "<SUP-020114.1733300000.c4d2@assistance.example.fr>"),
         ("References", "<SUP-020114.1733300000.c4d2@assistance.example.fr>")])

M("mailinblack_spam", True, None, None, "fr", False,
  "One line from a phone: blocked by Mailinblack, asks for the guide. No platform named.",
  "Lucie Marchand <lucie.marchand@ac-grenoble.fr>",
  "Mailinblack",
  """Bonjour, vos messages sont bloqués par Mailinblack chez nous, vous avez un guide ? Merci. L. Marchand

Envoyé de mon iPhone
""", fmt="plain", mailer="iphone")


# -------------------------------------------------- head_of_establishment_request
M("head_of_establishment_request", False, "0721827V", "espace_acheteur", "fr", False,
  "The proviseur, from the ce.<UAI> address, names the new gestionnaire as structure administrator and asks to close the former one's access.",
  "Proviseur Lycée Bellevue <ce.0721827V@ac-nantes.fr>",
  "Changement d'administrateur - espace acheteur",
  """Madame, Monsieur,

Je vous informe que Mme Élodie Papin, gestionnaire nommée au 1er septembre, devient administratrice de la structure pour le lycée Bellevue (Le Mans, UAI 0721827V) sur l'espace acheteur.

Je vous demande de désactiver l'accès de M. Gilles Huet, son prédécesseur, muté dans un autre établissement.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Le proviseur,
Jean-Marc Ollivier
""", fmt="alt", mailer="outlook")

M("head_of_establishment_request", False, "0172837S", "espace_acheteur", "fr", False,
  "The principal authorises the adjoint gestionnaire to validate orders on the buyer space (written delegation).",
  "Principale Collège Fromentin <ce.0172837S@ac-poitiers.fr>",
  "Délégation de validation des commandes",
  """Bonjour,

Par la présente, j'autorise M. Romain Giraud, adjoint gestionnaire du collège Eugène Fromentin (La Rochelle, 0172837S), à valider les commandes de l'établissement sur l'espace acheteur, dans la limite des crédits ouverts au budget.

La délégation signée est jointe au présent message.

Cordialement,

Marianne Berthelot
Principale
""", mailer="outlook")

M("head_of_establishment_request", False, "0402385A", "espace_acheteur", "fr", False,
  "The principal asks in writing for the administrator password reset, the link to go to the official address because the gestionnaire left.",
  "Principal Collège Jean Rostand <ce.0402385A@ac-bordeaux.fr>",
  "Demande écrite - réinitialisation du compte administrateur",
  """Bonjour,

Notre gestionnaire a quitté ses fonctions sans transmettre les accès de l'espace acheteur du collège Jean Rostand (Mont-de-Marsan, 0402385A).

En tant que chef d'établissement, je vous demande de réinitialiser le mot de passe du compte administrateur et d'adresser le lien à la boîte officielle de l'établissement (la présente adresse).

Merci de votre diligence.

Thomas Dargelos
Principal
""", fmt="qp", mailer="zimbra")

M("head_of_establishment_request", False, "0811385R", "espace_acheteur", "en", False,
  "English; the head of an international section school names a new structure administrator.",
  "Headteacher - Lycée Bellevue Albi <ce.0811385R@ac-toulouse.fr>",
  "Change of administrator for our buyer account",
  """Dear support team,

As head of Lycée Bellevue in Albi (school code 0811385R), I would like Mr Laurent Sicard, our new business manager, to become the administrator of our establishment's account on the purchasing platform, replacing Mrs Anne Rouquette who has retired.

Please remove Mrs Rouquette's access at the same time.

Yours sincerely,
Dr. Catherine Blanc
Proviseure
""", fmt="alt", mailer="outlook")

M("head_of_establishment_request", False, "0662947V", "espace_acheteur", "fr", True,
  "The gestionnaire relays the head's signed letter (PDF) with the proviseur in copy: it is the head's written request, relayed; staff must check the letter and the sender.",
  "Martine Sola <martine.sola@ac-montpellier.fr>",
  "Courrier du proviseur - changement d'adresse de contact",
  """Bonjour,

Vous trouverez ci-joint le courrier signé de M. le Proviseur demandant que l'adresse de contact du compte administrateur de l'espace acheteur soit remplacée par l'adresse générique de l'intendance (intendance.0662947v@ac-montpellier.fr).

M. le Proviseur est en copie de ce message.

Lycée Arago, Perpignan - 0662947V

Bien cordialement,
Martine Sola
Secrétaire d'intendance
""", mailer="outlook",
  extra=[("Cc", "Proviseur Lycée Arago <ce.0662947V@ac-montpellier.fr>")])

M("head_of_establishment_request", False, None, "espace_acheteur", "fr", True,
  "A principal gives her agreement for the new buyer's order rights from a personal Gmail address, no UAI: weak evidence, staff must verify.",
  "Anne-Sophie Karam <askaram.principale@gmail.com>",
  "Accord pour les droits de commande de notre gestionnaire",
  """Bonjour,

Je suis principale du collège Pierre de Ronsard et je vous confirme mon accord pour que Mme Océane Bertin, notre nouvelle gestionnaire, dispose des droits de validation des commandes sur l'espace acheteur.

Je vous écris depuis ma boîte personnelle car je n'ai pas accès à la messagerie du collège en ce moment.

Anne-Sophie Karam
""", fmt="plain")

M("head_of_establishment_request", False, "0302534S", "espace_acheteur", "fr", False,
  "Reply (Zimbra 'Mail original' quote) in which the principal gives the written authorisation the desk asked for.",
  "Principal Collège Feuchères <ce.0302534S@ac-montpellier.fr>",
  "Re: [#SUP-021056] Demande d'autorisation du chef d'établissement",
  """Bonjour,

Je confirme par écrit ma demande : merci de transférer l'administration du compte de l'espace acheteur à Mme Coralie Bastide, adjointe gestionnaire, et de désactiver le compte de M. Paul Esteve.

Collège Feuchères, Nîmes - 0302534S

Le principal,
Henri Roustan

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Coralie Bastide" <coralie.bastide@ac-montpellier.fr>
Envoyé: Mercredi 5 Février 2025 14:20:11
Objet: [#SUP-021056] Demande d'autorisation du chef d'établissement

Bonjour,
Pour changer l'administrateur de votre structure, nous avons besoin d'une demande écrite du chef d'établissement.
L'équipe d'assistance
""", mailer="zimbra",
  extra=[("_date", "2025-02-06 17:32"), ("In-Reply-To", "<SUP-021056.1738761611.0e9a@assistance.example.fr>"),
         ("References", "<SUP-021056.1738761611.0e9a@assistance.example.fr>")])

M("head_of_establishment_request", False, "0842475J", "espace_acheteur", "fr", True,
  "Claims to be the proviseur from the ce.<UAI> address, but SPF/DMARC fail and Reply-To is a free-mail address where the admin address should move: probable spoof. Still a head-of-establishment request; staff must refuse or verify.",
  "Proviseur Lycée Théodore Aubanel <ce.0842475J@ac-aix-marseille.fr>",
  "Urgent - modification adresse administrateur",
  """Bonjour,

Je vous demande de modifier en urgence l'adresse du compte administrateur de l'espace acheteur du lycée (0842475J) et de la remplacer par proviseur.aubanel84@outlook.fr, la messagerie académique étant en panne.

Merci de me confirmer l'exécution rapidement, des commandes sont bloquées.

Le proviseur
""", fmt="plain", auth="fail",
  extra=[("Reply-To", "proviseur.aubanel84@outlook.fr")])

M("head_of_establishment_request", False, "0830381N", None, "fr", False,
  "The principal asks to close the retired gestionnaire's access on both the buyer space and e-sidoc (two products, so no single platform).",
  "Principal Collège Django Reinhardt <ce.0830381N@ac-nice.fr>",
  "Fermeture des accès de Mme Giordano",
  """Bonjour,

Mme Giordano, gestionnaire du collège Django Reinhardt (Toulon, 0830381N), est partie à la retraite le 31 décembre. Je vous demande de fermer ses accès à l'espace acheteur ainsi qu'au back-office e-sidoc qu'elle utilisait pour les commandes du CDI.

Les nouveaux accès seront demandés par son successeur dès sa prise de fonctions.

Le principal,
Marc Antonelli
""", mailer="outlook")

M("head_of_establishment_request", False, "0741205H", "espace_acheteur", "fr", False,
  "The principal asks to replace the structure's contact address with the intendance's generic address.",
  "Principale du collège <ce.0741205H@ac-grenoble.fr>",
  "Adresse de contact de l'établissement",
  """Bonjour,

Je souhaite que l'adresse de contact de notre structure sur l'espace acheteur soit désormais intendance.0741205h@ac-grenoble.fr, afin de ne plus dépendre d'une boîte nominative.

Collège Les Balmettes, Annecy - 0741205H

Cordialement,
Hélène Mugnier, principale
""", fmt="qp", mailer="zimbra")

M("head_of_establishment_request", False, "0732955R", "espace_acheteur", "fr", False,
  "The proviseure of a cité scolaire authorises two intendance staff to get buyer accounts with order rights (written authorisation, not a plain sign-up).",
  "Proviseure Cité scolaire Jean Moulin <ce.0732955R@ac-grenoble.fr>",
  "Autorisation - comptes acheteurs intendance",
  """Madame, Monsieur,

J'autorise la création de comptes acheteurs, avec droit de passer commande, pour :
- Mme Sabine Vuillermoz, adjointe gestionnaire ;
- M. Kevin Perrier, agent chargé des achats de restauration.

Cité scolaire Jean Moulin, Albertville - UAI 0732955R.

Je reste à votre disposition.

La proviseure,
Françoise Duc
""", fmt="alt", mailer="outlook")

M("head_of_establishment_request", False, "0260366G", "espace_acheteur", "fr", True,
  "The proviseur writes with the agent comptable in copy to change the administrator after a reorganisation; the rattached collège is only mentioned, the request is for his own lycée (0260366G).",
  "Proviseur Lycée Camille Vernet <ce.0260366G@ac-grenoble.fr>",
  "Réorganisation du service d'intendance - administrateur espace acheteur",
  """Bonjour,

Suite à la réorganisation de l'agence comptable, les achats du lycée Camille Vernet (Valence, 0260366G) seront gérés à compter du 1er mars par Mme Agnès Fabre, qui doit devenir administratrice de notre structure sur l'espace acheteur. Le collège rattaché conserve pour l'instant son propre administrateur, rien ne change pour lui.

Merci de procéder au changement et de retirer les droits d'administration de M. Bruno Roche.

M. l'agent comptable est en copie.

Le proviseur,
Didier Chastel
""", mailer="outlook",
  extra=[("Cc", "Agent comptable <agent.comptable.vernet@ac-grenoble.fr>")])


# -------------------------------------------------------------- account_creation
M("account_creation", True, None, "espace_acheteur", "fr", False,
  "New gestionnaire asks how to create a buyer account: the sign-up answer fits. Region from ac-grenoble.fr.",
  "Amandine Rey <amandine.rey@ac-grenoble.fr>",
  "Création d'un compte acheteur",
  """Bonjour,

Nouvellement arrivée comme gestionnaire dans un collège de l'Isère, je souhaiterais créer mon compte sur l'espace acheteur pour pouvoir passer les commandes de l'établissement. Quelle est la marche à suivre ?

Merci,
Amandine Rey
""", mailer="zimbra")

M("account_creation", True, "0012973B", "espace_acheteur", "fr", False,
  "Filled the sign-up form, cannot log in: the account waits for the structure administrator's validation (FAQ case).",
  "Jérôme Blanc <jerome.blanc@ac-lyon.fr>",
  "Inscription faite mais impossible de me connecter",
  """Bonjour,

Je me suis inscrit sur l'espace acheteur lundi (collège Louis Dumont, Bourg-en-Bresse, 0012973B). J'ai bien confirmé mon adresse mais à la connexion on me dit que mon compte est "en attente de validation".

Combien de temps faut-il attendre ?

Jérôme Blanc
""", mailer="tb")

M("account_creation", False, "0422750L", "espace_acheteur", "fr", False,
  "Asks who the structure's administrator is: needs a look-up, so a person answers.",
  "Patricia Faure <patricia.faure@ac-lyon.fr>",
  "Qui est l'administrateur de notre structure ?",
  """Bonjour,

Mon inscription doit être validée par "l'administrateur de la structure". Personne au lycée ne sait de qui il s'agit. Pouvez-vous me dire quel nom ou quelle adresse est enregistré pour le lycée Claude Fauriel (Saint-Étienne, 0422750L) ?

Merci,
Patricia Faure, secrétaire d'intendance
""", fmt="alt", mailer="outlook")

M("account_creation", False, "0712890F", "espace_acheteur", "fr", True,
  "Logs in fine but the 'Valider le panier' button is greyed: order rights to open. account_creation (rights), not order_billing.",
  "Guillaume Perrin <guillaume.perrin@ac-dijon.fr>",
  "Bouton « Valider le panier » grisé",
  """Bonjour,

Je peux me connecter à l'espace acheteur et remplir un panier, mais le bouton « Valider le panier » reste grisé. Mon collègue gestionnaire, lui, peut valider.

J'imagine qu'il me manque des droits : pouvez-vous les ouvrir ? Collège Vivant Denon, Chalon-sur-Saône (0712890F).

Guillaume Perrin
Adjoint gestionnaire
""", mailer="outlook")

M("account_creation", True, None, "espace_acheteur", "en", False,
  "English; a newly appointed bursar wants a buyer account; generic sign-up answer fits; no UAI, non-academic address.",
  "Daniel O'Connor <daniel.oconnor@ecole-bilingue-exemple.org>",
  "How do I get an account on the buyer space?",
  """Hi there,

I've just taken over as business manager and I'll be placing our school's orders through your purchasing platform. How do I create a buyer account? Is there a form?

Cheers,
Daniel O'Connor
""", fmt="plain", mailer="tb")

M("account_creation", True, "0891265S", "espace_acheteur", "fr", True,
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account: account_creation, not password_reset.",
  "Émilie Gautier <emilie.gautier@ac-dijon.fr>",
  "Pas un mot de passe oublié !",
  """Bonjour,

Je précise tout de suite : je n'ai pas perdu mon mot de passe, je n'ai simplement jamais eu de compte sur l'espace acheteur. Jusqu'ici c'était la gestionnaire qui commandait pour tout le monde.

Je voudrais un compte à mon nom pour les achats de la vie scolaire et du CDI. Collège Albert Camus, Auxerre - 0891265S.

Merci,
Émilie Gautier
""", mailer="sogo")

M("account_creation", False, "0392838Y", "espace_acheteur", "fr", False,
  "Account waiting for validation for three weeks; the administrator has retired: the region must step in.",
  "Lionel Monnier <lionel.monnier@ac-besancon.fr>",
  "Compte en attente depuis 3 semaines",
  """Bonjour,

Mon compte acheteur est "en attente de validation" depuis trois semaines. J'ai appris que l'administrateur de la structure était M. Prost, qui est parti à la retraite en juillet. Il n'y a donc personne pour valider.

Lycée Jacques Prévert, Dole - 0392838Y

Comment débloquer la situation ?

Lionel Monnier, gestionnaire
""", mailer="tb")

M("account_creation", False, "0180192L", "espace_acheteur", "fr", True,
  "A collège opened in September: its UAI is not in the list of structures at sign-up; a person must add the structure.",
  "Karine Dubreuil <karine.dubreuil@ac-orleans-tours.fr>",
  "UAI introuvable lors de l'inscription",
  """Bonjour,

Notre collège a ouvert ses portes à la rentrée 2024. Lors de l'inscription sur l'espace acheteur, notre UAI 0180192L n'apparaît pas dans la liste des établissements et je ne peux pas aller plus loin.

Collège des Trois Provinces, Bourges

Karine Dubreuil
Gestionnaire
""", fmt="qp", mailer="outlook")

M("account_creation", True, "0281555N", "espace_acheteur", "fr", False,
  "The secretary of intendance wants her own account instead of sharing the gestionnaire's login; the sign-up answer fits.",
  "Sylvie Marais <sylvie.marais@ac-orleans-tours.fr>",
  "Avoir mon propre compte",
  """Bonjour,

Aujourd'hui j'utilise les identifiants de ma gestionnaire pour préparer les paniers. On m'a dit que ce n'était pas une bonne pratique et qu'il fallait que j'aie mon propre compte. Comment je fais ?

Collège Mathurin Régnier, Chartres (0281555N)

Sylvie Marais
""", mailer="outlook15")

M("account_creation", False, "0612602X", "espace_acheteur", "fr", False,
  "Asks whether the gestionnaire and two assistants can each have an account, one as administrator: a question for a person.",
  "Bruno Lecoq <bruno.lecoq@ac-normandie.fr>",
  "Plusieurs comptes pour l'intendance ?",
  """Bonjour,

Au lycée Marguerite de Navarre (Alençon, 0612602X), nous sommes trois à l'intendance. Est-il possible d'avoir chacun un compte sur l'espace acheteur, avec moi comme administrateur et les deux autres en préparation des commandes seulement, sans droit de validation ?

Merci pour votre réponse,
Bruno Lecoq
""", fmt="alt", mailer="outlook")

M("account_creation", False, None, "espace_acheteur", "fr", True,
  "An agricultural lycée (ministry of agriculture) asks whether it may open a buyer account at all: eligibility question for a person.",
  "Hervé Jamet <herve.jamet@educagri.fr>",
  "Lycée agricole - ouverture d'un compte acheteur ?",
  """Bonjour,

Je suis secrétaire général d'un lycée agricole public. Des collègues de l'Éducation nationale utilisent votre espace acheteur et nous aimerions en profiter aussi.

Pouvons-nous ouvrir un compte alors que nous dépendons du ministère de l'Agriculture ?

Hervé Jamet
""", mailer="tb")

M("account_creation", True, "0502122K", "esidoc", "fr", False,
  "HTML-only Outlook: a new adjoint gestionnaire wants to open the e-sidoc customer account before a first order.",
  "Claire Lebrun <claire.lebrun@ac-normandie.fr>",
  "Ouverture compte client e-sidoc",
  """Bonjour,

Je souhaiterais ouvrir le compte client du collège Jean Monnet (Saint-Lô, 0502122K) afin de commander le portail e-sidoc pour notre CDI. Pouvez-vous me dire comment procéder ?

Bien cordialement,

Claire Lebrun
Adjointe gestionnaire
""", fmt="html", mailer="outlook")

M("account_creation", False, "0220993K", "espace_acheteur", "fr", True,
  "She is the only gestionnaire and the account waits for validation by the administrator, who seems to be herself: a person must sort out who validates.",
  "Morgane Le Bihan <morgane.lebihan@ac-rennes.fr>",
  "Compte à valider... par moi ?",
  """Bonjour,

Je me suis inscrite sur l'espace acheteur et mon compte attend d'être validé par l'administrateur de la structure. Or je suis la seule gestionnaire du collège, et ma principale me dit que c'est moi qui devrais être administratrice.

Je tourne en rond. Collège Jean Macé, Lannion - 0220993K.

Morgane Le Bihan
""", mailer="zimbra")


# ------------------------------------------------------- subscription_activation
M("subscription_activation", True, "0240629D", "esidoc", "fr", False,
  "The gestionnaire ordered the e-sidoc renewal two days ago; the librarian still sees it as expired. Within 72 h.",
  "Véronique Lacoste <veronique.lacoste@ac-bordeaux.fr>",
  "Renouvellement e-sidoc commandé mais toujours expiré",
  """Bonjour,

J'ai passé mardi la commande de renouvellement de l'abonnement e-sidoc du collège Michel de Montaigne (Périgueux, 0240629D). Notre documentaliste me dit ce matin que le portail affiche encore "abonnement expiré".

Est-ce normal ? Faut-il faire autre chose de notre côté ?

Véronique Lacoste
Gestionnaire
""", mailer="outlook")

M("subscription_activation", True, "0750717X", "esidoc", "fr", False,
  "Europresse ordered yesterday through the buyer space, not yet visible on the library portal.",
  "Antoine Fournier <antoine.fournier@ac-paris.fr>",
  "Europresse pas encore disponible",
  """Bonjour,

La commande Europresse pour le CDI du lycée Turgot (0750717X) a été validée hier après-midi. La ressource n'apparaît pas encore sur le portail e-sidoc.

Merci de me dire quand elle sera accessible,
Antoine Fournier, intendance
""", fmt="qp", mailer="tb")

M("subscription_activation", False, "0692766G", "esidoc", "fr", False,
  "Ordered eight days ago, still not active: past the 72-hour rule, a person must check the order.",
  "Samia Haddad <samia.haddad@ac-lyon.fr>",
  "Abonnement toujours inactif après 8 jours",
  """Bonjour,

Nous avons commandé l'abonnement à la ressource Universalis le 3 mars (commande CMD-2025-01187). Huit jours plus tard, rien n'est actif sur notre portail.

Collège Jean Renoir, Neuville-sur-Saône - 0692766G

Samia Haddad
""", mailer="outlook")

M("subscription_activation", True, "0130396K", "esidoc", "fr", False,
  "Subscription active but the gestionnaire asks how to publish the resource for pupils on the portal.",
  "Laetitia Santoni <laetitia.santoni@ac-aix-marseille.fr>",
  "Publier la ressource achetée",
  """Bonjour,

L'abonnement au kiosque numérique acheté sur l'espace acheteur est bien actif (on le voit dans "Mes abonnements"), mais les élèves ne le voient pas sur le portail documentaire. Faut-il le publier quelque part ?

Lycée Thiers, Marseille - 0130396K

Laetitia Santoni
""", mailer="zimbra")

M("subscription_activation", True, "0330485Y", "esidoc", "en", False,
  "English; digital press subscription ordered two days ago, not available yet.",
  "Mark Dubois <mark.dubois@ac-bordeaux.fr>",
  "Subscription not available yet",
  """Hello,

We ordered a digital press subscription for our school library two days ago (Lycée Montesquieu, Bordeaux, 0330485Y). It's not showing on our portal yet. How long does activation usually take?

Thanks,
Mark Dubois
Finance office
""", fmt="alt", mailer="outlook")

M("subscription_activation", True, "0591597R", "espace_acheteur", "fr", False,
  "A service ordered on the buyer space is not yet visible in 'Mes services' 48 h later: activation window.",
  "Thomas Vandamme <thomas.vandamme@ac-lille.fr>",
  "Service commandé non visible",
  """Bonjour,

Avant-hier, j'ai commandé le module de gestion des manuels scolaires sur l'espace acheteur. La commande est validée mais le module n'apparaît pas dans "Mes services".

Collège Carnot, Lille - 0591597R

Merci,
Thomas Vandamme
""", mailer="outlook15")

M("subscription_activation", True, "0310337Y", "esidoc", "fr", True,
  "Written by the principal, but he only asks when the renewed subscription will be available: not a head-of-establishment request.",
  "Principal Collège Michelet <ce.0310337Y@ac-toulouse.fr>",
  "Date de disponibilité de l'abonnement",
  """Bonjour,

Notre gestionnaire a validé hier la commande de renouvellement du portail documentaire. Pouvez-vous m'indiquer sous quel délai l'abonnement sera effectif ? Les professeurs ont prévu une séance au CDI jeudi.

Le principal du collège Michelet (Toulouse, 0310337Y)
Alain Cazeneuve
""", mailer="zimbra")

M("subscription_activation", True, "0440253L", "esidoc", "fr", False,
  "Irritated tone: renewal paid and ordered yesterday, still shown as expired this morning; within 72 h.",
  "Gaëlle Rivière <gaelle.riviere@ac-nantes.fr>",
  "Abonnement payé mais toujours expiré !!",
  """Bonjour,

On a commandé ET payé le renouvellement hier. Ce matin le portail du CDI affiche toujours "abonnement expiré" et la documentaliste est dans mon bureau. C'est quand même pénible.

Lycée Jules Verne, Nantes - 0440253L

G. Rivière
""", fmt="b64", mailer="iphone")


# ----------------------------------------------------------------- order_billing
M("order_billing", False, "0671876A", "espace_acheteur", "fr", False,
  "Asks for a formal quote (devis) to raise the bon d'engagement before ordering.",
  "Nicolas Weber <nicolas.weber@ac-strasbourg.fr>",
  "Demande de devis avant engagement",
  """Bonjour,

Pour pouvoir engager la dépense dans notre logiciel comptable, j'ai besoin d'un devis en bonne et due forme pour le panier que j'ai préparé (mobilier de salle de classe, 24 tables et 48 chaises). Le panier est enregistré sous le nom "Salle B12".

Collège Lezay-Marnésia, Strasbourg - 0671876A

Merci,
Nicolas Weber
Gestionnaire
""", mailer="outlook")

M("order_billing", False, "0350386E", "espace_acheteur", "fr", False,
  "Order delivered three weeks ago, the invoice is still not on Chorus Pro; the agent comptable is waiting.",
  "Gaëlle Tanguy <gaelle.tanguy@ac-rennes.fr>",
  "Facture non déposée sur Chorus Pro",
  """Bonjour,

La commande CMD-2024-08841 (produits d'entretien) a été livrée le 4 novembre. À ce jour, aucune facture n'a été déposée sur Chorus Pro et l'agence comptable me relance.

Lycée Chateaubriand, Rennes - 0350386E

Pouvez-vous faire le nécessaire ?

Gaëlle Tanguy
""", fmt="alt", mailer="outlook")

M("order_billing", False, "0060471E", "espace_acheteur", "fr", False,
  "The invoice is addressed to the collège instead of the agence comptable; asks for a corrected invoice.",
  "Serge Bianchi <serge.bianchi@ac-nice.fr>",
  "Facture mal adressée",
  """Bonjour,

La facture n° F2025-00231 est libellée au nom du collège Fernand Léger (Cannes, 0060471E) avec son adresse, alors que nos factures doivent être adressées à l'agence comptable du lycée Carnot, qui paie pour nous.

Merci de nous faire parvenir une facture rectifiée.

Serge Bianchi
Intendance
""", mailer="tb")

M("order_billing", False, "0381838S", "espace_acheteur", "fr", False,
  "A saved basket has disappeared from the buyer space.",
  "Stéphanie Girard <stephanie.girard@ac-grenoble.fr>",
  "Panier disparu",
  """Bonjour,

J'avais préparé un gros panier (fournitures pour les ateliers de la SEGPA) il y a environ trois semaines, en attendant le vote de la DBM. Aujourd'hui le panier a disparu de mon compte.

Est-il possible de le récupérer ? Collège Le Grésivaudan, 0381838S.

Stéphanie Girard
""", mailer="zimbra")

M("order_billing", False, "0762416N", "espace_acheteur", "fr", False,
  "The bon de commande upload is refused at order validation ('fichier trop volumineux').",
  "Pierre Vasseur <pierre.vasseur@ac-normandie.fr>",
  "Impossible de joindre le bon de commande",
  """Bonjour,

Au moment de valider ma commande sur l'espace acheteur, le dépôt du bon de commande signé échoue avec le message « fichier trop volumineux ». Le PDF fait 6 Mo (scan en couleur).

Lycée Jules Siegfried, Le Havre - 0762416N

Quelle est la taille maximale autorisée ?

Pierre Vasseur
""", fmt="qp", mailer="outlook")

M("order_billing", False, "0141014B", "espace_acheteur", "fr", False,
  "The same invoice was received twice; asks to cancel the duplicate before the agent comptable pays it twice.",
  "Agnès Leroux <agnes.leroux@ac-normandie.fr>",
  "Facture reçue en double",
  """Bonjour,

Nous avons reçu deux fois la facture correspondant à la commande de papier de janvier, avec deux numéros différents (FA-25-0112 et FA-25-0139) pour le même montant de 1 386,40 €.

Merci d'annuler le doublon pour éviter un double paiement.

Collège Albert Camus, Caen - 0141014B

Agnès Leroux
""", mailer="outlook")

M("order_billing", False, "0342669S", "espace_acheteur", "fr", False,
  "Asks whether payment by mandat administratif is accepted and for the bank details (RIB).",
  "Fabrice Roca <fabrice.roca@ac-montpellier.fr>",
  "Mode de paiement et RIB",
  """Bonjour,

Nous réglons nos fournisseurs par mandat administratif via l'agence comptable. Pouvez-vous nous confirmer que ce mode de paiement est accepté pour les commandes passées sur l'espace acheteur, et nous transmettre un RIB ?

Collège Les Garrigues, Montpellier - 0342669S

Cordialement,
Fabrice Roca
""", mailer="tb")

M("order_billing", False, "0570353Z", "espace_acheteur", "en", False,
  "English; invoices must carry the SIRET and the engagement number to be accepted on Chorus.",
  "Laura Becker <laura.becker@ac-nancy-metz.fr>",
  "Invoices rejected on Chorus - missing references",
  """Hello,

Our accounting office has rejected two of your invoices on Chorus Pro because they don't show our SIRET number nor the engagement number we entered when ordering.

Could you reissue them with these references? School: Lycée Georges de la Tour, Metz, code 0570353Z.

Kind regards,
Laura Becker
Assistant bursar
""", fmt="alt", mailer="outlook")

M("order_billing", False, "0622498D", "espace_acheteur", "fr", False,
  "Order placed twice by mistake (double click); asks to cancel one before shipping.",
  "Julie Dumont <julie.dumont@ac-lille.fr>",
  "Commande passée deux fois par erreur",
  """Bonjour,

Suite à un double clic, la commande de consommables informatiques a été enregistrée deux fois ce matin (CMD-2025-02214 et CMD-2025-02215). Merci d'annuler la seconde avant expédition.

Collège Paul Langevin, Arras - 0622498D

Julie Dumont
""", fmt="plain", mailer="roundcube")

M("order_billing", False, "0210303R", "espace_acheteur", "fr", False,
  "Order stuck in 'en attente de validation' for ten days; asks what blocks it.",
  "Marc Bouchard <marc.bouchard@ac-dijon.fr>",
  "Commande bloquée en attente de validation",
  """Bonjour,

Ma commande du 12 février est toujours au statut « en attente de validation » sur l'espace acheteur. Le chef d'établissement dit l'avoir validée de son côté.

Lycée Carnot, Dijon - 0210303R

Qu'est-ce qui bloque ?
M. Bouchard
""", mailer="outlook")

M("order_billing", False, "0251005G", "espace_acheteur", "fr", False,
  "Forward (Thunderbird French style) of a payment reminder for an invoice the agence comptable already paid.",
  "Danièle Cuenot <daniele.cuenot@ac-besancon.fr>",
  "Fwd: Relance facture impayée FA-2024-07751",
  """Bonjour,

Je reçois cette relance alors que la facture a été payée le 18 décembre par l'agence comptable (mandat n° 1247). Pouvez-vous vérifier et faire cesser les relances ?

Collège Proudhon, Besançon - 0251005G

Danièle Cuenot

-------- Message transféré --------
Sujet : Relance facture impayée FA-2024-07751
Date : Mon, 20 Jan 2025 08:12:44 +0100
De : Service comptabilité <comptabilite@fournisseur-exemple.fr>
Pour : daniele.cuenot@ac-besancon.fr

Madame,
Sauf erreur de notre part, la facture FA-2024-07751 d'un montant de 842,16 € reste impayée à ce jour. Merci de procéder à son règlement.
""", mailer="tb",
  extra=[("_date", "2025-01-21 09:26")])

M("order_billing", False, "0250290E", "espace_acheteur", "fr", False,
  "The quote price differs from the catalogue price shown in the buyer space.",
  "Yves Bourgeois <yves.bourgeois@ac-besancon.fr>",
  "Écart de prix entre catalogue et devis",
  """Bonjour,

Dans le catalogue de l'espace acheteur, le lot de 10 ramettes est affiché à 32,50 € HT. Sur le devis que je viens de générer il apparaît à 38,90 € HT.

Lequel fait foi ? Lycée Louis Pergaud, Besançon - 0250290E.

Yves Bourgeois
""", fmt="qp", mailer="tblinux")

M("order_billing", False, "0372380L", "espace_acheteur", "fr", True,
  "Negation: 'ce n'est pas un problème de mot de passe'; the order confirmation PDF downloads blank. order_billing, not password_reset.",
  "Céline Marchand <celine.marchand@ac-orleans-tours.fr>",
  "Bon de commande vierge",
  """Bonjour,

Ce n'est pas un problème de mot de passe, je me connecte sans souci. Mais quand je télécharge le bon de commande de ma dernière commande (CMD-2025-00977), le PDF s'ouvre complètement vierge. J'en ai besoin pour l'engagement.

Collège Pierre de Ronsard, Tours - 0372380L

Céline Marchand
""", mailer="outlook")

M("order_billing", False, "0370645A", "espace_acheteur", "fr", False,
  "The agent comptable needs a pro-forma invoice to pay in advance.",
  "Régis Moulin <regis.moulin@ac-orleans-tours.fr>",
  "Facture pro forma",
  """Bonjour,

Pour la commande de matériel de cuisine (four mixte) que nous souhaitons passer, l'agent comptable demande une facture pro forma afin de pouvoir procéder au paiement.

Est-ce possible via l'espace acheteur ?

Lycée Grandmont, Tours - 0370645A
Régis Moulin
""", mailer="outlook15")

M("order_billing", False, "0451816E", "espace_acheteur", "fr", False,
  "HTML-only Outlook (windows-1252, euro sign): the invoice shows a TTC amount above the quoted HT total plus VAT.",
  "Bénédicte Royer <benedicte.royer@ac-orleans-tours.fr>",
  "Montant facturé différent du devis",
  """Bonjour,

Le devis DV-2025-0418 indiquait 1 040,00 € HT, soit 1 248,00 € TTC. La facture reçue ce jour est de 1 372,80 € TTC, sans ligne supplémentaire visible.

Merci de nous expliquer cet écart ou de nous adresser un avoir.

Collège Jeanne d'Arc, Orléans - 0451816E

Bénédicte Royer
Gestionnaire
""", fmt="html", mailer="outlook")

M("order_billing", False, "0632314Y", "espace_acheteur", "fr", False,
  "The quote expired before the budget vote; asks for an updated one.",
  "Cyril Pradier <cyril.pradier@ac-clermont.fr>",
  "Devis expiré",
  """Bonjour,

Le devis que j'avais généré en novembre pour les tables de cantine a expiré (validité 30 jours) avant le vote de notre décision budgétaire modificative. Pouvez-vous le réactualiser aux mêmes conditions ?

Collège Jules Romains, Riom - 0632314Y

Merci,
Cyril Pradier
""", mailer="zimbra")

M("order_billing", False, "0872438C", "espace_acheteur", "fr", False,
  "Chorus Pro rejected the invoice because the 'code service exécutant' is missing.",
  "Jacqueline Aupetit <jacqueline.aupetit@ac-limoges.fr>",
  "Rejet Chorus - code service",
  """Bonjour,

Votre facture liée à la commande CMD-2024-09120 a été rejetée sur Chorus Pro par notre agence comptable : le code service exécutant n'est pas renseigné. Le code à indiquer est "INTENDANCE".

Merci de la redéposer.

Lycée Gay-Lussac, Limoges - 0872438C
J. Aupetit
""", mailer="tb")

M("order_billing", False, "0292394V", "espace_acheteur", "fr", True,
  "Two topics: wrong delivery charges on an invoice (main) and the market's price schedule missing from 'Mes Marchés' (contract_documents).",
  "Loïc Kerjean <loic.kerjean@ac-rennes.fr>",
  "Frais de port facturés + BPU manquant",
  """Bonjour,

1. La facture de la commande de mobilier du CDI comporte 95 € de frais de port, alors que le marché prévoit la livraison franco au-delà de 500 € HT (commande de 2 310 € HT).

2. D'ailleurs je voulais vérifier cette clause dans le bordereau de prix du marché, mais il n'est plus dans "Mes Marchés".

Collège Laënnec, Pont-l'Abbé - 0292394V

Merci,
Loïc Kerjean
""", fmt="alt", mailer="outlook")


# ------------------------------------------------------------ contract_documents
M("contract_documents", False, "0560840J", "espace_acheteur", "fr", False,
  "Cannot find the CCAP of the cleaning-products market in the buyer space.",
  "Annaïg Le Corre <annaig.lecorre@ac-rennes.fr>",
  "CCAP marché produits d'entretien",
  """Bonjour,

Je ne trouve pas le CCAP du marché « produits d'entretien et d'hygiène » dans l'espace acheteur. Seul l'acte d'engagement est visible. Notre agent comptable le demande pour vérifier les pénalités de retard.

Collège Jules Simon, Vannes - 0560840J

Annaïg Le Corre
""", mailer="zimbra")

M("contract_documents", False, "0642482A", "espace_acheteur", "fr", False,
  "The signed membership convention does not appear in 'Mes Marchés'.",
  "Peio Larralde <peio.larralde@ac-bordeaux.fr>",
  "Convention d'adhésion non visible",
  """Bonjour,

Nous avons signé la convention d'adhésion au groupement de commandes en décembre mais elle n'apparaît pas dans « Mes Marchés ». Je ne vois que les conventions des années précédentes.

Lycée René Cassin, Bayonne - 0642482A

Cordialement,
Peio Larralde
""", fmt="qp", mailer="outlook")

M("contract_documents", False, "0862716K", "espace_acheteur", "fr", False,
  "The price-revision amendment no. 1 is not shown with the market documents.",
  "Nathalie Brunet <nathalie.brunet@ac-poitiers.fr>",
  "Avenant n°1 - révision des prix",
  """Bonjour,

Le fournisseur de denrées nous applique de nouveaux tarifs en invoquant l'avenant n° 1 de révision des prix. Cet avenant n'est pas dans les documents du marché sur l'espace acheteur. Pouvez-vous le mettre en ligne ?

Collège Jean Moulin, Poitiers - 0862716K

Nathalie Brunet
""", mailer="outlook")

M("contract_documents", False, None, "espace_acheteur", "en", False,
  "English; cannot download the market documents, the link gives an error; no UAI.",
  "Sarah Mitchell <s.mitchell@lycee-europeen-exemple.fr>",
  "Can't download market documents",
  """Hello,

When I try to download the documents of the school supplies framework agreement from the buyer space, I get "document unavailable". The other markets work fine.

Could you please check?

Sarah Mitchell
Purchasing
""", fmt="plain", mailer="tb")

M("contract_documents", False, None, "espace_acheteur", "fr", True,
  "Saw the market documents on the old platform, not on the new one: contract_documents, although the fix may be access rights (close to account_creation). Region from ac-strasbourg.fr.",
  "Christophe Muller <christophe.muller@ac-strasbourg.fr>",
  "Documents de marchés disparus depuis la migration",
  """Bonjour,

Sur l'ancienne plateforme, je voyais tous les documents des marchés (CCAP, CCTP, BPU). Depuis le passage au nouvel espace acheteur, la rubrique est vide pour moi, alors que ma collègue les voit.

Merci de regarder,
Christophe Muller
""", mailer="zimbra")

M("contract_documents", False, "9711625P", "espace_acheteur", "fr", False,
  "Guadeloupe; the unit price schedule (BPU) opens as an empty file.",
  "Ginette Bélair <ginette.belair@ac-guadeloupe.fr>",
  "BPU vide",
  """Bonjour,

Le bordereau des prix unitaires du marché de fournitures de bureau s'ouvre comme un fichier vide (0 Ko) quand je le télécharge depuis l'espace acheteur.

Lycée Baimbridge, Les Abymes - 9711625P

Merci,
Ginette Bélair
""", mailer="outlook")

M("contract_documents", False, "9742411C", "espace_acheteur", "fr", False,
  "Follow-up reply (Gmail-style quote): the CCTP is still missing after the region's answer.",
  "Jean-Marc Hoarau <jean-marc.hoarau@ac-reunion.fr>",
  "Re: [#SUP-019958] CCTP restauration introuvable",
  """Bonjour,

Une semaine après votre réponse, le CCTP du marché de restauration n'est toujours pas visible dans notre espace. La commission de restauration se réunit le 28.

Lycée Roland Garros, Le Tampon - 9742411C

Le mar. 10 déc. 2024 à 15:31, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Votre demande a été transmise au support de votre région, qui reviendra
> vers vous pour la mise à disposition du document.
> L'équipe d'assistance
""", mailer="tb",
  extra=[("_date", "2024-12-17 14:10"), ("In-Reply-To", "<SUP-019958.1733841060.5b7e@assistance.example.fr>"),
         ("References", "<SUP-019958.1733841060.5b7e@assistance.example.fr>")])

M("contract_documents", False, "0932498K", "espace_acheteur", "fr", False,
  "The acte d'engagement of lot 3 is missing from the market's documents.",
  "Moussa Diallo <moussa.diallo@ac-creteil.fr>",
  "Acte d'engagement lot 3",
  """Bonjour,

Dans le marché « équipement des laboratoires », je trouve l'acte d'engagement des lots 1, 2 et 4 mais pas celui du lot 3 (verrerie). Pouvez-vous l'ajouter ?

Lycée Paul Éluard, Saint-Denis - 0932498K

Moussa Diallo
""", fmt="alt", mailer="outlook")


# ------------------------------------------------------------- transfer_incident
M("transfer_incident", False, "0941581H", "ecoledirecte", "fr", False,
  "The intendance notices that canteen billing no longer reaches EcoleDirecte: last transfer three days old.",
  "Sonia Lambert <sonia.lambert@ac-creteil.fr>",
  "Transfert EcoleDirecte arrêté",
  """Bonjour,

Les familles ne voient plus leurs factures de demi-pension sur EcoleDirecte. En regardant l'historique, le dernier transfert réussi date de vendredi.

Collège Paul Bert, Cachan - 0941581H

Sonia Lambert, adjointe gestionnaire
""", mailer="outlook")

M("transfer_incident", False, "0921117P", "ecoledirecte", "fr", False,
  "Licence to regenerate after the school-management server was replaced.",
  "Rémi Lefort <remi.lefort@ac-versailles.fr>",
  "Licence à régénérer après changement de serveur",
  """Bonjour,

Notre serveur de gestion a été remplacé pendant les vacances. Depuis, Charlemagne indique que la licence n'est pas valide sur ce poste et les transferts vers EcoleDirecte ne partent plus.

Pouvez-vous régénérer la licence ? Lycée Jean Monnet, Montrouge - 0921117P.

Rémi Lefort
""", fmt="qp", mailer="outlook")

M("transfer_incident", False, "0782963X", "ecoledirecte", "fr", True,
  "Asks for 'le mot de passe de maintenance du jour': transfer_incident per the taxonomy, not password_reset.",
  "Hélène Dupré <helene.dupre@ac-versailles.fr>",
  "Mot de passe de maintenance",
  """Bonjour,

Pour relancer la synchronisation des frais scolaires avec EcoleDirecte, l'outil me demande le mot de passe de maintenance du jour. Pouvez-vous me le communiquer ?

Collège Racine, Saint-Cyr-l'École - 0782963X

Hélène Dupré
""", mailer="tb")

M("transfer_incident", False, "0910435D", "ecoledirecte", "fr", False,
  "Payments transfer to EcoleDirecte fails with an error code.",
  "Olivier Garnier <olivier.garnier@ac-versailles.fr>",
  "Erreur transfert paiements en ligne",
  """Bonjour,

Le transfert des paiements en ligne (acomptes de cantine) depuis EcoleDirecte vers notre logiciel échoue chaque nuit avec « Erreur 502 - délai dépassé ». Les familles ont payé mais rien n'est intégré.

Collège Jean Zay, Morsang-sur-Orge - 0910435D

Olivier Garnier
""", mailer="outlook")

M("transfer_incident", False, "0771329B", "ecoledirecte", "en", False,
  "English; transfers stopped after the county's proxy change.",
  "Peter Lang <peter.lang@ac-creteil.fr>",
  "Transfers failing since proxy change",
  """Hello,

Since the county installed a new proxy last week, our transfers from the school management software to EcoleDirecte fail at the connection test. Can you tell us which settings to use?

Collège Jean Jaurès, Melun (0771329B)

Peter Lang
IT / Finance office
""", fmt="alt", mailer="outlook")

M("transfer_incident", False, None, "ecoledirecte", "fr", False,
  "'Licence expirée' at start-up, transfers stopped; no UAI, non-academic address.",
  "Secrétariat Institution Sainte-Marie <secretariat@ste-marie-exemple.fr>",
  "Licence expirée",
  """Bonjour,

Ce matin, au lancement du logiciel, message « licence expirée ». Plus aucun transfert vers EcoleDirecte depuis.

Merci de votre aide,
Le secrétariat
""", mailer="outlook15")


# --------------------------------------------------------------------- automated
M("automated", False, None, None, "fr", False,
  "Exchange out-of-office in French from a gestionnaire on leave (Auto-Submitted, X-Auto-Response-Suppress).",
  "Mathilde Roger <mathilde.roger@lycee-saint-exupery-exemple.fr>",
  "Réponse automatique : [#SUP-020387] Votre demande de devis",
  """Bonjour,

Je suis absente du 23 décembre au 6 janvier inclus. Pour toute question urgente concernant les commandes ou la facturation, merci de contacter le secrétariat d'intendance au 04 xx xx xx xx.

Bonnes fêtes,
Mathilde Roger
""", fmt="alt", mailer="outlook",
  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
         ("In-Reply-To", "<SUP-020387.1734940000.9f11@assistance.example.fr>")])

M("automated", False, None, None, "fr", False,
  "Academic Zimbra vacation reply (Auto-Submitted: auto-replied); region from the ac-lyon.fr sender.",
  "Franck Perret <franck.perret@ac-lyon.fr>",
  "Absence : Re: [#SUP-020412] Compte acheteur en attente",
  """Je suis en formation jusqu'au vendredi 15 novembre. Je traiterai votre message à mon retour.
Pour les commandes urgentes, merci de joindre le secrétariat d'intendance.
""", fmt="plain", mailer="zimbra",
  extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")])

M("automated", False, None, None, "en", False,
  "Postfix bounce (multipart/report delivery-status, original headers attached), null Return-Path.",
  "Mail Delivery System <MAILER-DAEMON@mx.college-exemple-sarthe.fr>",
  "Undelivered Mail Returned to Sender",
  """This is a MIME-encapsulated message.

--=_bounce_7Kq2
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx.college-exemple-sarthe.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<gestion@college-exemple-sarthe.fr>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <gestion@college-exemple-sarthe.fr>: Recipient address rejected: User unknown

--=_bounce_7Kq2
Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mx.college-exemple-sarthe.fr

Final-Recipient: rfc822; gestion@college-exemple-sarthe.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--=_bounce_7Kq2
Content-Type: text/rfc822-headers
Content-Description: Undelivered Message Headers

From: Assistance <support@assistance.example.fr>
To: gestion@college-exemple-sarthe.fr
Subject: [#SUP-020555] Votre commande est en attente de validation
Message-ID: <SUP-020555.1736330000.118c@assistance.example.fr>

--=_bounce_7Kq2--
""", fmt="raw", rp="<>",
  extra=[("Auto-Submitted", "auto-replied"),
         ("Content-Type", 'multipart/report; report-type=delivery-status;\n boundary="=_bounce_7Kq2"')])

M("automated", False, None, None, "fr", False,
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
  "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lyceeexemple.onmicrosoft.com>",
  "Non remis : [#SUP-020601] Réinitialisation de votre mot de passe",
  """--=_ndr_b3F9
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis à intendance@lycee-exemple-rhone.fr, car la boîte aux lettres de destination est pleine.

Le destinataire doit libérer de l'espace dans sa boîte aux lettres, puis vous pourrez renvoyer le message.

--=_ndr_b3F9
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB3011.FRAP264.PROD.OUTLOOK.COM

Final-recipient: RFC822; intendance@lycee-exemple-rhone.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException

--=_ndr_b3F9--
""", fmt="raw", rp="<>",
  extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
         ("Content-Type", 'multipart/report; report-type=delivery-status;\n boundary="=_ndr_b3F9"')])

M("automated", False, None, None, "fr", False,
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-reims.fr sender.",
  "Sophie Arnould <sophie.arnould@ac-reims.fr>",
  "Lu : [#SUP-020230] Votre facture pro forma",
  """--=_mdn_4cA1
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message

  À : Sophie Arnould
  Objet : [#SUP-020230] Votre facture pro forma
  Envoyé : jeudi 12 décembre 2024 09:41:02 (UTC+01:00)

a été lu le jeudi 12 décembre 2024 10:03:17 (UTC+01:00).

--=_mdn_4cA1
Content-Type: message/disposition-notification

Reporting-UA: ac-reims.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;sophie.arnould@ac-reims.fr
Original-Message-ID: <SUP-020230.1733992862.42dd@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_4cA1--
""", fmt="raw", mailer="outlook",
  extra=[("_date", "2024-12-12 10:03"), ("Content-Type", 'multipart/report; report-type=disposition-notification;\n boundary="=_mdn_4cA1"')])

M("automated", False, None, None, "fr", False,
  "Supplier's marketing newsletter (List-Id, List-Unsubscribe, Precedence: bulk) about back-to-school supplies.",
  "Bureau Plus Collectivités <newsletter@bureauplus-collectivites.example.com>",
  "Rentrée 2025 : -15 % sur les fournitures scolaires pour les établissements",
  """Découvrez notre catalogue Rentrée 2025 !

Cahiers, classeurs, papier reprographie : profitez de -15 % sur toute la gamme pour les établissements scolaires jusqu'au 30 juin.

Livraison gratuite dès 300 € HT.

Vous recevez ce message car vous êtes inscrit à notre lettre d'information.
Se désinscrire : https://bureauplus-collectivites.example.com/unsubscribe?u=8812
""", fmt="alt",
  extra=[("List-Id", "Bureau Plus Collectivites <news.bureauplus-collectivites.example.com>"),
         ("List-Unsubscribe", "<https://bureauplus-collectivites.example.com/unsubscribe?u=8812>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])

M("automated", False, None, "espace_acheteur", "fr", False,
  "No-reply notification of the buyer space to the desk (administrator of structures without one): a new order awaits validation. Auto-Submitted.",
  "Espace Acheteur <no-reply@espace-acheteur.example.fr>",
  "Nouvelle commande à valider - structure sans administrateur",
  """Bonjour,

Une commande a été soumise par un acheteur d'une structure qui ne dispose pas d'administrateur actif.

Structure : Collège (identifiant masqué)
Commande : CMD-2025-03318
Montant : 2 148,00 € HT

Connectez-vous à l'espace acheteur pour la valider ou la refuser.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", fmt="qp", extra=[("Auto-Submitted", "auto-generated")])

M("automated", False, None, None, "fr", False,
  "Chorus Pro no-reply notification that an invoice has been deposited (Auto-Submitted).",
  "Chorus Pro <ne-pas-repondre@chorus-pro.example.gouv.fr>",
  "Chorus Pro - Dépôt d'une facture",
  """Bonjour,

Une facture a été déposée sur Chorus Pro à destination de votre structure.

Numéro de facture : FA-2025-01422
Fournisseur : ASSISTANCE EXEMPLE
Statut : Déposée

Ce courriel est généré automatiquement. Merci de ne pas y répondre.
""", fmt="qp", extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])

M("automated", False, "0541279X", None, "fr", False,
  "Out-of-office of a lycée's official ce.<UAI> mailbox that mentions orders and passwords; Auto-Submitted present. UAI from the address.",
  "Lycée Henri Poincaré <ce.0541279X@ac-nancy-metz.fr>",
  "Réponse automatique : [#SUP-021112] Vos mails déclenchent une vérification",
  """Bonjour,

L'établissement est fermé pendant les vacances d'hiver. Les demandes concernant les commandes, les factures ou les mots de passe seront traitées à la réouverture, le lundi 3 mars.

Le secrétariat
""", fmt="alt", mailer="outlook",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

M("automated", False, None, None, "fr", True,
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic.",
  "Josette Brunel <josette.brunel@lycee-exemple-ardeche.fr>",
  "Absente",
  """Bonjour,

Je suis actuellement absente et n'aurai pas accès à ma messagerie avant le 22 avril.
Vos messages ne sont pas transférés.

Josette Brunel
Gestionnaire
""", fmt="plain", mailer="outlook15")

M("automated", False, None, None, "en", False,
  "Gmail 'Delivery Status Notification (Delay)': still retrying, not a failure, but automatic.",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
  "Delivery Status Notification (Delay)",
  """--=_dsn_Zp01
Content-Type: text/plain; charset="UTF-8"

** Message not delivered yet **

Your message to gestion.lycee.exemple@gmail.com has not been delivered yet. Gmail will keep trying for 46 more hours. You'll be notified if delivery fails permanently.

--=_dsn_Zp01
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; gestion.lycee.exemple@gmail.com
Action: delayed
Status: 4.2.1
Will-Retry-Until: Sat, 15 Feb 2025 10:05:12 -0800 (PST)

--=_dsn_Zp01--
""", fmt="raw", rp="<>",
  extra=[("_date", "2025-02-13 18:05"), ("Auto-Submitted", "auto-replied"),
         ("Content-Type", 'multipart/report; report-type=delivery-status;\n boundary="=_dsn_Zp01"')])

M("automated", False, None, None, "en", False,
  "English Exchange 'Automatic reply:' from a bursar's office, Auto-Submitted and X-Auto-Response-Suppress.",
  "Richard Evans <r.evans@international-school-exemple.org>",
  "Automatic reply: [#SUP-020877] Your buyer account",
  """Thank you for your email. I am away from the office until Monday 3 February with limited access to email.

For purchase orders please contact finance@international-school-exemple.org.

Richard Evans
Bursar
""", fmt="alt", mailer="outlook",
  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

M("automated", False, None, "espace_acheteur", "fr", True,
  "A gestionnaire's real question about buyer-space accounts, posted to the gestionnaires' mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from ac-poitiers.fr.",
  "Eric Chaigneau <eric.chaigneau@ac-poitiers.fr>",
  "[gestionnaires-86] Comptes espace acheteur pour les AED ?",
  """Bonjour à tous,

Est-ce que certains d'entre vous ont ouvert des comptes sur l'espace acheteur pour des assistants d'éducation qui gèrent les achats du foyer ? Comment avez-vous géré les droits ?

Merci pour vos retours,
Eric
--
Liste de diffusion des gestionnaires de la Vienne
Pour se désabonner : gestionnaires-86-unsubscribe@listes.ac-poitiers.fr
""", fmt="plain", mailer="tb",
  extra=[("List-Id", "Gestionnaires de la Vienne <gestionnaires-86.listes.ac-poitiers.fr>"),
         ("List-Post", "<mailto:gestionnaires-86@listes.ac-poitiers.fr>"),
         ("Precedence", "list"), ("Sender", "gestionnaires-86-owner@listes.ac-poitiers.fr")])

M("automated", False, None, None, "fr", False,
  "Another help desk's automatic acknowledgement (Auto-Submitted, X-Loop) of a message the desk sent it: answering would loop. Region from the ac-amiens.fr sender.",
  "Assistance informatique académique <assistance-noreply@ac-amiens.fr>",
  "[Ticket #AMI-558201] Votre demande a bien été enregistrée",
  """Bonjour,

Votre demande a bien été enregistrée sous le numéro AMI-558201. Un technicien la prendra en charge dans les meilleurs délais.

Merci de ne pas répondre à ce message.

La plateforme d'assistance académique
""", fmt="qp",
  extra=[("Auto-Submitted", "auto-generated"), ("X-Loop", "assistance-noreply@ac-amiens.fr")])

M("automated", False, None, "esignature", "fr", False,
  "E-signature no-reply notification: a convention is waiting for signature (Auto-Submitted).",
  "Signature électronique <noreply@esignature.example.fr>",
  "Document à signer : Convention d'adhésion 2025 - groupement d'achats",
  """Bonjour,

Un document vous attend pour signature : « Convention d'adhésion 2025 - groupement d'achats ».

Pour le consulter et le signer, cliquez sur le lien ci-dessous :
https://esignature.example.fr/sign/7c1f0e5a

Ce lien expire dans 14 jours.
Ceci est un message automatique.
""", fmt="alt", extra=[("Auto-Submitted", "auto-generated")])

M("automated", False, None, "ticket_portal", "fr", False,
  "Ticket-portal notification: a supplier ticket opened by the desk was updated. Auto-Submitted.",
  "Portail tickets <notifications@tickets.example.fr>",
  "[Ticket 44871] Mise à jour : facture en double collège de Caen",
  """Le ticket 44871 a été mis à jour par Service facturation.

Nouveau statut : En cours
Commentaire : Avoir en cours d'émission pour la facture FA-25-0139.

Consultez le ticket : https://tickets.example.fr/t/44871
""", fmt="plain", extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

M("automated", False, None, None, "fr", False,
  "Exim bounce with Auto-Submitted: recipient mailbox over quota; plain text, null Return-Path.",
  "Mail Delivery System <Mailer-Daemon@mail.college-exemple-gers.fr>",
  "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  intendance@college-exemple-gers.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
Subject: [#SUP-020944] Votre abonnement est actif
""", fmt="plain", rp="<>", extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "intendance@college-exemple-gers.fr")])

M("automated", False, None, None, "fr", True,
  "Town hall autoresponder: only 'X-Autoreply: yes', no Auto-Submitted; wording shows it is automatic.",
  "Mairie - Service scolaire <scolaire@mairie-exemple.fr>",
  "Accusé de réception",
  """Madame, Monsieur,

Nous accusons réception de votre courriel. Il sera traité par le service des affaires scolaires dans un délai de 10 jours ouvrés.

Ceci est une réponse automatique.
""", fmt="qp", extra=[("X-Autoreply", "yes"), ("X-Autorespond", "Accusé de réception")])

M("automated", False, None, "espace_acheteur", "fr", False,
  "Weekly auto-generated statistics report from the buyer space (no-reply, Auto-Submitted, Precedence: bulk).",
  "Espace Acheteur - Rapports <no-reply@espace-acheteur.example.fr>",
  "Rapport hebdomadaire des commandes - semaine 6",
  """Rapport hebdomadaire - semaine 6 (3 au 9 février 2025)

Commandes créées : 412
Commandes validées : 377
Commandes en attente de validation depuis plus de 7 jours : 23
Comptes acheteurs en attente de validation : 41

Ce rapport est généré automatiquement.
""", fmt="plain", extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])

M("automated", False, None, None, "en", False,
  "English out-of-office (Auto-Submitted: auto-replied) from a supplier's sales contact.",
  "Tom Harris <tom.harris@furniture-supplier-exemple.co.uk>",
  "Out of Office: Re: Delivery dates for school furniture",
  """Hi,

I'm out of the office until 10 March with no access to email. Your message will not be forwarded.

For urgent orders, please call our customer service team.

Best,
Tom
""", fmt="plain", mailer="tb", extra=[("Auto-Submitted", "auto-replied")])


# ------------------------------------------------------------------------- other
M("other", False, None, None, "fr", True,
  "Fake 'facture impayée' with a link to a look-alike domain, failing SPF/DMARC: phishing, not order_billing.",
  "Service Facturation <facturation@espace-acheteur-paiement.com>",
  "Facture impayée - action requise sous 48h",
  """Madame, Monsieur,

Nous n'avons pas reçu le règlement de votre facture n° 2025-88417 d'un montant de 3 480,00 €. Afin d'éviter la suspension de votre compte acheteur, veuillez régulariser votre situation en cliquant ici :

https://espace-acheteur-paiement.com/reglement

Service Facturation
""", fmt="html", auth="fail")

M("other", False, None, None, "fr", False,
  "Cold sales prospecting for canteen furniture, written to one person (no list headers): other, not automated.",
  "Julien Masson <j.masson@mobilier-restauration-exemple.fr>",
  "Renouvellement du mobilier de votre self",
  """Bonjour,

Je me permets de vous contacter car nous accompagnons de nombreux collèges et lycées dans le renouvellement du mobilier de restauration (tables, chaises empilables, plateaux).

Seriez-vous disponible pour un échange de 15 minutes la semaine prochaine ?

Bien cordialement,
Julien Masson
Responsable grands comptes
""", mailer="outlook")

M("other", False, None, None, "fr", False,
  "A parent asks about canteen fees and a payment schedule: wrong address, unrelated.",
  "Karima Bensalem <karima.bensalem75@hotmail.fr>",
  "Paiement de la cantine",
  """Bonjour,

Mon fils est en 5e et je voudrais payer la cantine en plusieurs fois, c'est possible ? Je n'ai pas reçu la facture du trimestre.

Merci
Mme Bensalem
""", fmt="plain", mailer="iphone")

M("other", False, None, "espace_acheteur", "fr", True,
  "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-lille.fr.",
  "Audrey Delattre <audrey.delattre@ac-lille.fr>",
  "RE: [#SUP-021340] Réinitialisation de votre mot de passe",
  """Merci beaucoup, le lien a fonctionné et j'ai pu définir un nouveau mot de passe. Tout est rentré dans l'ordre.

Bonne journée,
Audrey Delattre

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Objet : [#SUP-021340] Réinitialisation de votre mot de passe

Bonjour, un lien de réinitialisation a été envoyé à l'adresse officielle de votre établissement.
""", mailer="outlook",
  extra=[("In-Reply-To", "<SUP-021340.1739180000.d0c1@assistance.example.fr>")])

M("other", False, None, None, "fr", False,
  "Asks by hand to be removed from the newsletter: a person wrote it, so not automated.",
  "Bernadette Colin <bernadette.colin@lycee-exemple-marne.fr>",
  "désinscription",
  """Bonjour,
Merci de ne plus m'envoyer votre lettre d'information, je ne m'occupe plus des achats.
Cordialement,
B. Colin
""", fmt="plain")

M("other", False, None, "espace_acheteur", "fr", False,
  "Wants to register for the buyers' training webinar; the registration link fails: other.",
  "Alexandre Roux <alexandre.roux@ac-aix-marseille.fr>",
  "Inscription webinaire nouveaux acheteurs",
  """Bonjour,

Je souhaite m'inscrire au webinaire de prise en main de l'espace acheteur du 14 mars, mais le lien d'inscription de la lettre d'information renvoie une page d'erreur.

Pouvez-vous m'inscrire directement ?

Alexandre Roux
Adjoint gestionnaire
""", mailer="tb")

M("other", False, None, None, "en", False,
  "English SEO spam.",
  "Ryan Cooper <ryan@rank-boost-seo.example.net>",
  "Get your website on Google's first page",
  """Hi,

I was checking your website and noticed it's not ranking for important keywords. We can get you on the first page of Google in 30 days, guaranteed.

Reply "YES" for a free audit.

Ryan
""", fmt="plain")

M("other", False, None, None, "fr", False,
  "Angry complaint about an unanswered request that says nothing about the topic: no category can be told. Region from ac-clermont.fr.",
  "Gilles Besson <gilles.besson@ac-clermont.fr>",
  "Toujours aucune réponse !!!",
  """Bonjour,

Cela fait maintenant trois semaines que j'attends une réponse à ma demande. C'est inadmissible pour un service payé par nos établissements.

Merci de me rappeler.

G. Besson
""", mailer="outlook")

M("other", False, None, None, "fr", False,
  "GDPR request from a former gestionnaire: erase her personal data. other (human review), not account_creation.",
  "Odile Ferrand <odile.ferrand@free.fr>",
  "Suppression de mes données personnelles",
  """Bonjour,

Ancienne gestionnaire d'un collège du Puy-de-Dôme, partie à la retraite, je vous demande, au titre du RGPD, de supprimer l'ensemble des données personnelles me concernant (compte, nom, adresse mail).

Merci de me confirmer la suppression.

Odile Ferrand
""", mailer="tb")

M("other", False, None, "espace_acheteur", "fr", True,
  "A question about public procurement thresholds (when a formal tender is required): sounds like ordering but is a legal question outside the desk's categories. Region from ac-toulouse.fr.",
  "Delphine Marty <delphine.marty@ac-toulouse.fr>",
  "Seuil de mise en concurrence",
  """Bonjour,

Petite question de réglementation : au-delà de quel montant suis-je obligée de faire une mise en concurrence si je n'achète pas via l'espace acheteur ? Pour du matériel de sport, nous sommes à environ 38 000 € HT sur l'année.

Merci !
Delphine Marty
""", mailer="zimbra")

M("other", False, None, None, "fr", False,
  "Unsolicited job application for a purchasing assistant post, CV mentioned.",
  "Lucas Fontaine <lucas.fontaine.pro@gmail.com>",
  "Candidature spontanée - assistant achats",
  """Madame, Monsieur,

Titulaire d'un BTS Gestion de la PME et fort d'une expérience de deux ans en intendance de lycée, je me permets de vous adresser ma candidature pour un poste d'assistant achats ou de support.

Vous trouverez mon CV en pièce jointe.

Dans l'attente de votre retour,
Lucas Fontaine
""", fmt="qp")

M("other", False, None, None, "fr", True,
  "Phishing: 'boîte pleine, confirmez votre mot de passe'. Mentions a password but is not password_reset; the look-alike domain ac-creteil-messagerie.net is not an académie domain, so no region.",
  "Messagerie académique <support@ac-creteil-messagerie.net>",
  "Votre boîte mail est pleine",
  """Cher utilisateur,

Votre boîte de messagerie a atteint 99 % de sa capacité. Pour éviter la perte de vos messages, confirmez votre identifiant et votre mot de passe sous 24 heures :

http://ac-creteil-messagerie.net/confirmation

Le service informatique
""", fmt="html", auth="fail")

M("other", False, None, None, "fr", False,
  "Personal message sent to the desk by address autocomplete. Region from ac-toulouse.fr.",
  "Sandrine Py <sandrine.py@ac-toulouse.fr>",
  "midi ?",
  """Coucou, on mange ensemble jeudi midi ? Il faut que je te raconte la réunion de la commission permanente !
Bises
Sandrine
""", fmt="plain", mailer="iphone")

M("other", False, None, None, "fr", True,
  "A supplier asks the desk to chase a lycée that has not paid him: a billing matter between the supplier and the school, not a buyer's order_billing request to the desk.",
  "Comptabilité Clients - Papeteries Exemple <compta.clients@papeteries-exemple.fr>",
  "Impayé lycée - pouvez-vous intervenir ?",
  """Bonjour,

Un de vos établissements adhérents ne règle pas nos factures depuis octobre malgré trois relances (montant total 4 215,60 €). Pouvez-vous intervenir auprès de lui ou nous donner le contact de son agent comptable ?

Cordialement,
Service comptabilité clients
""", mailer="outlook")

M("other", False, None, None, "fr", False,
  "'Bien reçu, merci' from a phone: nothing to do. Region from ac-nantes.fr.",
  "Pascal Guillet <pascal.guillet@ac-nantes.fr>",
  "Re: [#SUP-020114] Guide MailInBlack",
  """Bien reçu, merci.

Envoyé de mon iPhone
""", fmt="plain", mailer="iphone",
  extra=[("In-Reply-To", "<SUP-020114.1733999000.c4d3@assistance.example.fr>")])

M("other", False, None, "espace_acheteur", "fr", False,
  "Asks for a printed paper catalogue to be mailed to the school: no category of its own.",
  "Monique Vasseur <monique.vasseur@ac-amiens.fr>",
  "Catalogue papier",
  """Bonjour,

Serait-il possible de recevoir une version papier du catalogue de l'espace acheteur ? Je travaille mieux avec un document imprimé pour préparer les commandes avec les collègues.

Merci,
Monique Vasseur
""", mailer="outlook15")

M("other", False, None, "espace_acheteur", "en", False,
  "English; a vendor wants to be listed as a supplier on the purchasing platform: other.",
  "Anna Kowalski <anna.kowalski@edu-supplies-exemple.eu>",
  "Becoming a supplier on your platform",
  """Dear team,

We are a European manufacturer of classroom furniture and would like to know how to be referenced as a supplier on your purchasing platform for French schools.

Who should we contact?

Best regards,
Anna Kowalski
Business Development
""", fmt="alt", mailer="outlook")

M("other", False, None, None, "fr", False,
  "French lottery/crypto spam; non-academic sender.",
  "Gagnant Officiel <info@loterie-gagnant-exemple.biz>",
  "Félicitations, vous avez gagné 25 000 € !",
  """FÉLICITATIONS !!!

Votre adresse a été tirée au sort. Pour recevoir vos 25 000 € en bitcoins, envoyez simplement les frais de dossier de 49 € en cliquant ici.

Offre valable 24h.
""", fmt="html", auth="fail")


# ======================================================================= builder
TZ_BY_DOMAIN = {"ac-reunion.fr": 4, "ac-mayotte.fr": 3, "ac-guyane.fr": -3,
                "ac-martinique.fr": -4, "ac-guadeloupe.fr": -4}
START = datetime(2024, 9, 2, 7, 0)


def pick_date(domain):
    day = START + timedelta(days=RNG.randrange(0, 298))
    while day.weekday() >= 5 and RNG.random() < 0.85:
        day += timedelta(days=1)
    when = day.replace(hour=RNG.randrange(7, 19), minute=RNG.randrange(60), second=RNG.randrange(60))
    return with_tz(when, domain)


def with_tz(when, domain):
    if domain in TZ_BY_DOMAIN:
        off = TZ_BY_DOMAIN[domain]
    else:
        off = 2 if (3, 30) <= (when.month, when.day) < (10, 27) else 1
    return when.replace(tzinfo=timezone(timedelta(hours=off)))


def hexid(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def msgid(domain, mailer):
    if mailer in ("outlook", "outlook15", "android"):
        return "<%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (hexid(36), "PR" + hexid(4) + "MB" + hexid(4))
    if mailer == "iphone":
        return "<%s-%s-%s@%s>" % (hexid(8), hexid(4), hexid(12), domain)
    if mailer == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randrange(10**8, 10**9), RNG.randrange(10**6, 10**7),
                                               RNG.randrange(10**12, 10**13), domain)
    return "<%s.%s@%s>" % (hexid(16).lower(), hexid(8).lower(), domain)


def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def enc_from(frm):
    name, addr = parseaddr(frm)
    return formataddr((name, addr)) if name else addr


def to_html(text, outlook):
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = [html.escape(x) for x in p.split("\n")]
        if outlook:
            out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "<o:p></o:p></p>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    body = "\n".join(out)
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%CS%">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="FR" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + body + "\n</div>\n</body>\n</html>\n")
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CS%"></head>\n'
            '<body style="font-family: Arial, sans-serif; font-size: 10pt">\n' + body + "\n</body></html>\n")


def qp(data):
    return quopri.encodestring(data).decode("ascii")


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def single_part(text, subtype, charset, cte):
    data = text.encode(charset)
    if cte == "quoted-printable":
        payload = qp(data)
    elif cte == "base64":
        payload = b64(data)
    else:
        payload = data.decode(charset)
    hdr = ['Content-Type: text/%s; charset="%s"' % (subtype, charset),
           "Content-Transfer-Encoding: %s" % cte]
    return hdr, payload, charset if cte == "8bit" else "ascii"


def build(m, idx):
    name, addr = parseaddr(m["frm"])
    domain = addr.rsplit("@", 1)[1].lower()
    date = pick_date(domain)
    fixed = dict(m["extra"]).get("_date")
    if fixed:  # mails that quote a dated message get a plausible later date
        d = datetime.strptime(fixed, "%Y-%m-%d %H:%M")
        date = with_tz(d, domain)
    mailer = m["mailer"]
    outlook = mailer in ("outlook", "outlook15")
    rp = m["rp"] or "<%s>" % addr
    relay = "smtp.%s" % domain if domain.startswith("ac-") else "mail.%s" % domain
    if outlook or mailer == "android":
        relay = "PAUP264CU%03d.outbound.protection.outlook.com" % RNG.randrange(1, 20)
    ip = "%d.%d.%d.%d" % (RNG.choice([192, 198, 203]), RNG.choice([0, 51, 0]), RNG.choice([2, 100, 113]), RNG.randrange(2, 250))
    recv_utc = (date + timedelta(seconds=RNG.randrange(2, 40))).astimezone(timezone.utc)
    paris = with_tz(recv_utc.replace(tzinfo=None) + timedelta(hours=1), "").tzinfo
    recv_date = format_datetime(recv_utc.astimezone(paris))
    if m["auth"] == "fail":
        auth = ("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n"
                "\tspf=fail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (domain, domain))
    elif rp == "<>":
        auth = ("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n"
                "\tspf=pass smtp.helo=%s;\n\tdmarc=none" % relay)
    else:
        auth = ("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n"
                "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (domain, domain, domain))
    headers = [
        "Return-Path: %s" % rp,
        "Delivered-To: support@assistance.example.fr",
        "Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
        "\tfor <support@assistance.example.fr>; %s" % (relay, relay, ip, hexid(13), recv_date),
        auth,
        "From: %s" % enc_from(m["frm"]),
        "To: Assistance <support@assistance.example.fr>",
    ]
    ctype_extra = None
    for k, v in m["extra"]:
        if k == "Content-Type":
            ctype_extra = v
        elif k == "Cc":
            headers.append("Cc: %s" % enc_from(v))
    headers += ["Subject: %s" % enc_header(m["subj"]),
                "Date: %s" % format_datetime(date),
                "Message-ID: %s" % msgid(domain, mailer)]
    for k, v in m["extra"]:
        if k not in ("Content-Type", "Cc", "_date"):
            headers.append("%s: %s" % (k, enc_header(v)) if v else "%s:" % k)
    if mailer:
        h, v = MAILERS[mailer]
        headers.append("%s: %s" % (h, v))
    if outlook:
        headers.append("Content-Language: %s" % ("en-US" if m["lang"] == "en" else "fr-FR"))
    headers.append("MIME-Version: 1.0")

    fmt, text = m["fmt"], m["body"]
    raw_charset = "utf-8"
    if fmt == "raw":
        headers.append("Content-Type: %s" % ctype_extra)
        payload = text
    elif fmt == "alt":
        boundary = "_000_%s_" % hexid(24) if outlook else "----=_Part_%d_%d" % (RNG.randrange(10**5, 10**6), RNG.randrange(10**8, 10**9))
        h1, p1, _ = single_part(text, "plain", "utf-8", "quoted-printable")
        htm = (m["html_body"] or to_html(text, outlook)).replace("%CS%", "utf-8")
        h2, p2, _ = single_part(htm, "html", "utf-8", "quoted-printable")
        headers.append('Content-Type: multipart/alternative;\n boundary="%s"' % boundary)
        payload = ("\n--%s\n%s\n\n%s\n--%s\n%s\n\n%s\n--%s--\n" %
                   (boundary, "\n".join(h1), p1, boundary, "\n".join(h2), p2, boundary))
        raw_charset = "ascii"
    else:
        if fmt == "html":
            htm = m["html_body"] or to_html(text, outlook)
            try:
                htm.replace("%CS%", "windows-1252").encode("cp1252")
                cs = "windows-1252"
            except UnicodeEncodeError:
                cs = "utf-8"
            h, payload, raw_charset = single_part(htm.replace("%CS%", cs), "html", cs, "quoted-printable")
        elif fmt == "plain":
            try:
                text.encode("ascii")
                h, payload, raw_charset = single_part(text, "plain", "us-ascii", "7bit")
            except UnicodeEncodeError:
                h, payload, raw_charset = single_part(text, "plain", "utf-8", "8bit")
        elif fmt == "latin1":
            h, payload, raw_charset = single_part(text, "plain", "iso-8859-1", "8bit")
        elif fmt == "b64":
            h, payload, raw_charset = single_part(text, "plain", "utf-8", "base64")
        else:  # qp
            h, payload, raw_charset = single_part(text, "plain", "utf-8", "quoted-printable")
        headers += h
    head = "\n".join(headers) + "\n\n"
    enc = raw_charset if raw_charset not in ("ascii", "us-ascii") else "ascii"
    return head.encode("ascii") + payload.encode(enc if fmt != "raw" else "utf-8")


def label_of(m, fname):
    return {"file": fname, "category": m["cat"], "auto_reply_ok": m["ok"], "uai": m["uai"],
            "region": region_for(m["uai"], m["frm"]), "platform": m["plat"],
            "hard": m["hard"], "lang": m["lang"], "notes": m["notes"]}


def main():
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    labels = []
    for n, i in enumerate(order, 1):
        fname = "h%03d.eml" % n
        data = build(MAILS[i], n)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        labels.append(label_of(MAILS[i], fname))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def mail_text(msg):
    parts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


def check():
    files = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"h\d{3}\.eml", f))
    assert files == ["h%03d.eml" % i for i in range(1, 151)], "expected h001..h150"
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    assert len(labels) == 150 and [l["file"] for l in labels] == files
    keys = {"file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"}
    for lab in labels:
        assert set(lab) == keys, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Date"] and msg["Message-ID"], lab["file"]
        assert "support@assistance.example.fr" in str(msg["To"]), lab["file"]
        text = str(msg["Subject"]) + "\n" + str(msg["From"]) + "\n" + mail_text(msg)
        assert text.strip(), lab["file"]
        assert lab["category"] in CATEGORIES, lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if lab["category"] not in AUTO_ALLOWED:
            assert lab["auto_reply_ok"] is False, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en"), lab
        assert isinstance(lab["notes"], str) and lab["notes"], lab
        uai = lab["uai"]
        if uai is not None:
            assert uai_ok(uai), ("bad UAI", lab)
            assert uai.lower() in text.lower(), ("UAI not in mail", lab["file"])
        sender = parseaddr(str(msg["From"]))[1]
        dom = sender.rsplit("@", 1)[-1].lower()
        want = DEPT2REGION[uai[:3]] if uai else DOMAIN2REGION.get(dom)
        assert lab["region"] == want, ("region", lab, want)
        assert lab["region"] is None or lab["region"] in REGIONS
        # every well-formed code in the mail with a right check letter must be the label's UAI
        for tok in re.findall(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])", text):
            if uai_ok(tok.upper()):
                assert tok.upper() == uai, ("other valid UAI in mail", lab["file"], tok)
    print("OK: 150 mails, labels consistent")


if __name__ == "__main__":
    main()

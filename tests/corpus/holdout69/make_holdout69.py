#!/usr/bin/env python3
"""Build the holdout69 blind test corpus (rentrée 2027, Hauts-de-France and Pays de la Loire).

Every mail text below is hand-written. This script only wraps each text in
headers and a transfer encoding, writes h001.eml .. h150.eml and labels.jsonl
next to itself, then re-reads everything and checks it.

Python 3.11, standard library only, deterministic (random.Random(69)).
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import html
import json
import quopri
import random
import re
from email.header import Header
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(69)
SUPPORT = "support@assistance.example.fr"
CHECK = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = ["password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
              "subscription_activation", "head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"]
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
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
DEPT = {}
DOMAIN = {}
for _slug, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        DEPT[_d if len(_d) == 3 else "0" + _d] = _slug
    for _m in _doms.split():
        DOMAIN[_m] = _slug


def uai_ok(code):
    code = code.upper()
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and CHECK[int(code[:7]) % 23] == code[7]


def region_for(uai, from_addr):
    if uai:
        return DEPT.get(uai[:3])
    dom = from_addr.rsplit("@", 1)[-1].lower()
    return DOMAIN.get(dom)


MAILS = []


def mail(cat, ok, uai, plat, hard, lang, notes, frm, subj, body, client="outlook", **kw):
    d = dict(cat=cat, ok=ok, uai=uai, plat=plat, hard=hard, lang=lang, notes=notes,
             frm=frm, subj=subj, body=body, client=client)
    d.update(kw)
    MAILS.append(d)

# ---------------------------------------------------------------------------
# password_reset (22)
# ---------------------------------------------------------------------------
mail("password_reset", True, "0592641A", "esidoc", False, "fr",
     "New documentaliste who just arrived cannot log into the e-sidoc back office; UAI in the body, plain reset request.",
     "Camille Dewaele <camille.dewaele@ac-lille.fr>",
     "Mot de passe e-sidoc - collège Albert Samain",
     """Bonjour,

Je viens d'arriver au collège Albert Samain de Roubaix comme professeure
documentaliste (ma collègue est partie à la retraite en juillet).
Elle ne m'a laissé aucun code pour l'administration du portail e-sidoc.

Notre identifiant est 0592641A. Pouvez-vous m'envoyer un lien pour
réinitialiser le mot de passe ?

Merci d'avance,
Camille Dewaele
Professeure documentaliste
Collège Albert Samain - Roubaix
""", client="thunderbird")

mail("password_reset", True, "0622873L", "esidoc", False, "fr",
     "Lowercase, no accents, 'mdp' abbreviation: lost e-sidoc password, UAI given.",
     "Julien Caron <julien.caron@ac-lille.fr>",
     "mdp esidoc",
     """bonjour
je suis le nouveau prof doc du lycee Condorcet a Lens, je n ai pas le mdp
de l admin esidoc, personne ne l a dans l etablissement
rne 0622873L
merci
julien caron
""", client="gmail")

mail("password_reset", True, "0801877F", "esidoc", False, "fr",
     "Expired password on the e-sidoc back office after the summer; UAI in the signature only.",
     "Sophie Lefebvre <sophie.lefebvre3@ac-amiens.fr>",
     "Mot de passe expiré",
     """Bonjour,

En me connectant ce matin à l'interface de gestion e-sidoc, on me dit que
mon mot de passe a expiré et le formulaire de changement me renvoie une
erreur. Je ne peux plus rien publier pour la rentrée.

Pourriez-vous me renvoyer un lien de réinitialisation ?

Cordialement

Sophie Lefebvre
Professeur documentaliste
Collège Jules Verne - Amiens
UAI 0801877F
""", client="zimbra", html="alt")

mail("password_reset", True, "0442485M", "esidoc", True, "fr",
     "The UAI appears only in the ce.<UAI>@ac-nantes.fr sender address; the secretariat forwards the new documentaliste's request for the reset link.",
     "Secretariat College Aristide Briand <ce.0442485M@ac-nantes.fr>",
     "Accès portail CDI",
     """Bonjour,

Je vous écris de la part de Mme Guérin, notre nouvelle professeure
documentaliste arrivée lundi. Elle n'a pas le mot de passe administrateur
du portail documentaire (e-sidoc) et l'ancienne documentaliste a muté dans
une autre académie.

Vous pouvez envoyer le lien de réinitialisation sur cette adresse, nous le
lui transmettrons.

Bien à vous,
Le secrétariat
Collège Aristide Briand - Nantes
""", client="outlook")

mail("password_reset", True, "0491133R", "esidoc", False, "fr",
     "Account locked after too many attempts on e-sidoc; UAI in the body.",
     "Marion Pasquier <marion.pasquier@ac-nantes.fr>",
     "Compte bloqué après plusieurs essais",
     """Bonjour,

J'ai essayé plusieurs anciens mots de passe trouvés dans un classeur du
CDI et maintenant le compte d'administration est bloqué.
Je suis la documentaliste du lycée Chevrollier à Angers depuis le 1er
septembre, RNE 0491133R.

Comment débloquer le compte ? Un lien de réinitialisation me suffit.

Marion Pasquier
""", client="apple")

mail("password_reset", True, "0721308F", "espace_acheteur", False, "fr",
     "New adjoint gestionnaire does not know the Espace Acheteur password of the structure; UAI given.",
     "Olivier Boutin <olivier.boutin@ac-nantes.fr>",
     "Identifiant et mot de passe Espace Acheteur",
     """Madame, Monsieur,

Nouvellement nommé adjoint gestionnaire au collège Berthelot (Le Mans),
je dois passer les premières commandes de la rentrée sur l'Espace Acheteur
mais je ne connais ni l'identifiant ni le mot de passe utilisés par mon
prédécesseur.

Code établissement : 0721308F.

Pouvez-vous me dire comment réinitialiser l'accès ?

Cordialement,
Olivier Boutin
Adjoint gestionnaire
""", client="outlook", html="alt")

mail("password_reset", True, None, "esidoc", False, "en",
     "English: an assistant teacher covering the library lost the e-sidoc admin password; no UAI, non-academic sender.",
     "Emma Clarke <emma.clarke.teach@gmail.com>",
     "Forgotten password for the library portal",
     """Hello,

I have just started as an English language assistant and I am also helping
in the school library (CDI) of a lycee in Calais this term. The librarian
asked me to contact you because nobody remembers the password of the
e-sidoc admin page.

Could you tell us how to reset it?

Thanks a lot,
Emma Clarke
""", client="gmail")

mail("password_reset", True, "0602656L", "esidoc", True, "fr",
     "UAI written with spaces ('060 2656 L'); lost e-sidoc password of the new documentaliste.",
     "Nathalie Poiret <nathalie.poiret@ac-amiens.fr>",
     "oubli mot de passe",
     """Bonjour,

Nouvelle documentaliste au lycée Félix Faure de Beauvais, je n'arrive pas à
me connecter au back-office e-sidoc : "identifiant ou mot de passe
incorrect". Notre code RNE est le 060 2656 L.

Merci de m'indiquer la procédure pour récupérer un mot de passe.

Bonne journée,
N. Poiret
""", client="zimbra", cte="qp")

mail("password_reset", False, None, "esidoc", True, "fr",
     "UAI typed 0591341N: wrong check letter (the digits give 0591341M), so no UAI; region from ac-lille.fr; asks for the password at a personal address, so no automatic answer.",
     "Kevin Maes <kevin.maes@ac-lille.fr>",
     "RE: mot de passe portail",
     """Bonjour,

Je relance : je suis le nouveau professeur documentaliste du collège Van
der Meersch (Tourcoing), code 0591341N. Je n'ai toujours pas le mot de
passe administrateur e-sidoc.

L'adresse de l'établissement n'est lue que par la secrétaire qui est en
arrêt, alors pourriez-vous envoyer le mot de passe directement sur ma
boîte perso kevin.maes59@orange.fr ?

Merci
Kevin
""", client="outlook")

mail("password_reset", False, "0492480E", "ecoledirecte", True, "fr",
     "Lost EcoleDirecte administrator password of the new principal's secretary; explicitly not the maintenance password; no reset template for this product.",
     "Sandrine Chauvin <sandrine.chauvin@ac-nantes.fr>",
     "Mot de passe administrateur EcoleDirecte",
     """Bonjour,

Je suis la nouvelle secrétaire de direction du collège Trémolières à
Cholet (0492480E). Je n'ai pas le mot de passe du compte administrateur
EcoleDirecte : la personne qui l'avait a changé d'établissement.

Attention, je ne parle pas du mot de passe de maintenance quotidien pour
Charlemagne, celui-là on l'a, c'est bien le compte admin de la plateforme.

Merci de votre aide,
Sandrine Chauvin
""", client="outlook")

mail("password_reset", True, "0021291T", "esidoc", True, "fr",
     "Negation: 'ce n'est pas l'identifiant qui pose problème, c'est le mot de passe': lost e-sidoc password, UAI in lower case (0021291t).",
     "Patrice Lemaire <patrice.lemaire@ac-amiens.fr>",
     "Connexion e-sidoc impossible",
     """Bonjour,

Ce n'est pas l'identifiant qui pose problème (c'est bien 0021291t, le code
du collège) c'est le mot de passe : celui noté sur le post-it du CDI ne
fonctionne plus. Je suis arrivé le 1er septembre au collège de Laon.

Pouvez-vous le réinitialiser ?

Patrice Lemaire
Prof doc
""", client="thunderbird")

mail("password_reset", True, None, "ticket_portal", False, "fr",
     "Forgotten password of the support ticket portal; no UAI, académie sender.",
     "Hélène Vandamme <helene.vandamme@ac-lille.fr>",
     "Mot de passe portail assistance",
     """Bonjour,

Je n'arrive plus à me connecter au portail de suivi des demandes
d'assistance (le site où on voit nos tickets). J'ai oublié mon mot de
passe et le lien "mot de passe oublié" ne propose rien pour mon adresse.

Merci de me débloquer,
Hélène Vandamme
Gestionnaire - lycée Baudelaire, Roubaix
""", client="outlook", html="only")

mail("password_reset", True, "0852297K", "esidoc", False, "en",
     "English: a new British-born documentaliste lost the back-office password; UAI given.",
     "Rachel Dupont-Hughes <rachel.dupont-hughes@ac-nantes.fr>",
     "Password reset e-sidoc - 0852297K",
     """Good morning,

I am the new librarian (professeure documentaliste) at collège Piobetta in
La Roche-sur-Yon, school code 0852297K. Sorry for writing in English, my
French is better spoken than written!

I do not have the password for the e-sidoc administration. Could you send
me a reset link please?

Kind regards,
Rachel Dupont-Hughes
""", client="apple")

mail("password_reset", False, "0591076Z", "esidoc", True, "fr",
     "Two topics: e-sidoc password reset (first, main) and a question about the renewal invoice; a single template would answer only half.",
     "Christelle Delattre <christelle.delattre@ac-lille.fr>",
     "mot de passe + facture abonnement",
     """Bonjour,

Deux choses suite à mon arrivée au lycée Watteau de Valenciennes
(0591076Z) :

1) je n'ai pas le mot de passe administrateur e-sidoc, pouvez-vous m'aider
à le réinitialiser ?
2) l'intendance me demande la facture du renouvellement de l'abonnement
2027-2028, qu'elle ne trouve pas dans Chorus.

Merci beaucoup
Christelle Delattre
""", client="gmail")

mail("password_reset", True, "0531192H", "esidoc", False, "fr",
     "Short mail from a phone: forgotten password, UAI given.",
     "Lucie Rocher <lucie.rocher@ac-nantes.fr>",
     "Mdp oublié",
     """Bonjour, j'ai oublié le mdp du portail esidoc du collège Jules Renard
à Laval (0531192H). Pouvez vous me renvoyer un lien ? Merci

Envoyé de mon iPhone
""", client="iphone")

mail("password_reset", True, "0802161P", "esidoc", True, "fr",
     "Quoted history is the previous documentaliste's old thread about an order; the new message only asks for a password reset.",
     "Aurélie Bocquet <aurelie.bocquet@ac-amiens.fr>",
     "TR: commande abonnement",
     """Bonjour,

Je reprends la boîte de l'ancienne documentaliste du lycée Boucher de
Perthes (Abbeville, 0802161P) et je tombe sur ce fil ci-dessous. La
commande ne m'intéresse pas : je voudrais simplement le mot de passe de
l'administration e-sidoc, que je n'ai pas.

Merci
Aurélie Bocquet

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 3 juin 2027 14:02
À : Danielle Fournier
Objet : [#SUP-118204] commande abonnement

Bonjour,

Votre devis pour le renouvellement est disponible dans votre Espace
Acheteur. Le bon de commande doit être signé par l'ordonnateur.

Cordialement,
L'équipe d'assistance
""", client="outlook")

mail("password_reset", True, "0442030T", "esidoc", False, "fr",
     "Principal's assistant asks for the documentaliste's reset; not the head herself, plain reset with UAI.",
     "Isabelle Morin <isabelle.morin@ac-nantes.fr>",
     "Réinitialisation accès documentaliste",
     """Bonjour,

Notre documentaliste titulaire a été remplacée à la rentrée et le nouveau
collègue, M. Tessier, ne peut pas accéder au portail e-sidoc du lycée
(identifiant 0442030T). Merci d'envoyer le lien de réinitialisation à
l'adresse enregistrée pour l'établissement.

Bien cordialement,
Isabelle Morin
Secrétariat de direction - Lycée Livet, Nantes
""", client="zimbra")

mail("password_reset", False, "0622124X", "esidoc", False, "fr",
     "Reply to the automatic reset answer: the link went to an address nobody can read any more; a person must take over (head-of-establishment procedure).",
     "Damien Hennebelle <damien.hennebelle@ac-lille.fr>",
     "Re: [#SUP-120377] Mot de passe e-sidoc",
     """Bonjour,

Le lien est parti sur c***@ac-lille.fr : c'est l'adresse de l'ancienne
documentaliste, qui a muté à Lyon. Je ne peux donc pas l'ouvrir.
Comment fait-on maintenant ? Le collège Paul Langevin de Boulogne, c'est
toujours le 0622124X.

Damien

Le lun. 6 sept. 2027 à 09:14, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse connue pour votre
> établissement (c***@ac-lille.fr). Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""", client="gmail", reply="SUP-120377")

mail("password_reset", True, None, "espace_acheteur", False, "fr",
     "Buyer at a collectivity lost the Espace Acheteur password; no UAI, non-academic sender.",
     "Gaëlle Pineau <g.pineau@saumur-agglo.fr>",
     "mot de passe perdu espace acheteur",
     """Bonjour,

Je ne parviens plus à me connecter à mon espace acheteur, j'ai dû me
tromper en changeant mon mot de passe avant les congés. Pourriez-vous me
transmettre un lien de réinitialisation ?

Cordialement,
Gaëlle Pineau
Service commande publique
""", client="outlook", html="alt", cte="b64")

mail("password_reset", True, "0601290B", "esidoc", False, "fr",
     "Identifier and password both unknown to the new documentaliste; UAI given; sent HTML-only from webmail.",
     "Thomas Leclercq <thomas.leclercq@ac-amiens.fr>",
     "Identifiants e-sidoc",
     """Bonjour,

Arrivé en poste au collège Jean Jaurès de Creil en cette rentrée, je ne
dispose ni de l'identifiant ni du mot de passe du portail e-sidoc.
Le code établissement est 0601290B.

Merci de m'indiquer comment obtenir un nouveau mot de passe.

Thomas Leclercq
""", client="zimbra", html="only")

mail("password_reset", True, "0851539L", "esidoc", False, "en",
     "English: locked out of the e-sidoc admin after the summer; UAI in the subject.",
     "Mark Benoit <mark.benoit@ac-nantes.fr>",
     "Locked out - 0851539L",
     """Hi,

Our CDI back office says my account is locked. I'm the new teacher
librarian at the lycée in Challans since September. Could you reset the
password for our school?

Best,
Mark Benoit
""", client="outlook")

mail("password_reset", True, "0021635S", "esidoc", True, "fr",
     "Mentions MailInBlack only to say the reset mail arrives fine; the problem is the forgotten password itself (the old one was not noted).",
     "Estelle Brunet <estelle.brunet@ac-amiens.fr>",
     "mot de passe portail documentaire",
     """Bonjour,

Avant que vous me parliez de MailInBlack : non, chez nous rien n'est
bloqué, je reçois bien vos messages. Mon souci est simple : je suis la
nouvelle documentaliste du collège Gabriel Hanotaux à Saint-Quentin
(0021635S) et je n'ai pas le mot de passe d'administration e-sidoc.

Merci de me dire comment le réinitialiser.

Estelle Brunet
""", client="thunderbird")
# ---------------------------------------------------------------------------
# missing_noreply_mail (16)
# ---------------------------------------------------------------------------
mail("missing_noreply_mail", True, "0591196E", "espace_acheteur", False, "fr",
     "New gestionnaire registered on the Espace Acheteur and never received the activation mail; no anti-spam product named.",
     "Frédéric Dumont <frederic.dumont@ac-lille.fr>",
     "Pas reçu le mail d'activation",
     """Bonjour,

Arrivé comme adjoint gestionnaire au collège Lavoisier de Dunkerque
(0591196E), j'ai créé hier mon compte sur l'Espace Acheteur. Le site
indique qu'un mail d'activation m'a été envoyé, mais je n'ai rien reçu,
même après plusieurs heures.

Merci de votre retour.
F. Dumont
""", client="outlook", html="alt")

mail("missing_noreply_mail", True, None, "esidoc", False, "fr",
     "The new-password mail from the no-reply address never arrives; no UAI, académie sender gives the region.",
     "Manon Fiévet <manon.fievet@ac-amiens.fr>",
     "Mail de réinitialisation jamais arrivé",
     """Bonjour,

J'ai cliqué trois fois sur "mot de passe oublié" sur le portail e-sidoc du
CDI, le message dit qu'un courriel a été envoyé... mais rien dans ma
boîte. Je viens de prendre mon poste et je voudrais préparer l'accueil
des 6e.

Merci
Manon Fiévet
""", client="zimbra")

mail("missing_noreply_mail", True, "0442672R", "espace_acheteur", True, "fr",
     "Reads like a password problem but the reset form works: the new-password mail never arrives; UAI only in the ce.<UAI> sender address in lower case.",
     "Intendance <ce.0442672r@ac-nantes.fr>",
     "Mot de passe espace acheteur",
     """Bonjour,

Le formulaire de mot de passe oublié fonctionne, il affiche bien
"un e-mail vous a été envoyé", mais aucun e-mail n'arrive sur cette boîte
(ni dans les indésirables). Nous sommes une nouvelle équipe à
l'intendance depuis septembre et nous ne pouvons pas passer nos commandes.

Cordialement,
Service intendance
Lycée Guist'hau - Nantes
""", client="outlook")

mail("missing_noreply_mail", True, "0622788U", "esidoc", False, "fr",
     "Notifications from the no-reply address (reservations, new acquisitions) stopped arriving since the mailbox change; UAI given.",
     "Yannick Ducrocq <yannick.ducrocq@ac-lille.fr>",
     "Plus de notifications du portail",
     """Bonjour,

Depuis que j'ai remplacé l'adresse de contact du CDI par la mienne (je suis
arrivé cette année), je ne reçois plus aucune notification automatique du
portail e-sidoc : réservations des élèves, suggestions d'achat...

Collège Jean Macé, Calais - 0622788U.

Y a-t-il un réglage à faire ?
Yannick Ducrocq
""", client="thunderbird")

mail("missing_noreply_mail", True, None, "espace_acheteur", False, "en",
     "English: the confirmation mail after sign-up never came; free-mail sender, no UAI.",
     "Daniel Owusu <d.owusu.bursar@outlook.com>",
     "No confirmation email received",
     """Hello,

I registered yesterday on your buyer platform for the international
section of our lycee near Lille (I am the new bursar's assistant).
The page said a confirmation email was sent, but nothing arrived, not
even in spam.

Can you resend it?

Regards,
Daniel Owusu
""", client="outlook", html="alt")

mail("missing_noreply_mail", True, "0721560E", "espace_acheteur", False, "fr",
     "No activation link after creating the new gestionnaire's account; UAI in the subject; sent from Apple Mail.",
     "Céline Hamon <celine.hamon@ac-nantes.fr>",
     "0721560E - lien d'activation non reçu",
     """Bonjour,

Je suis la nouvelle gestionnaire du collège Costa-Gavras à Sablé.
J'attends depuis ce matin le lien d'activation de mon compte acheteur,
sans succès. J'ai vérifié le dossier courrier indésirable.

Merci d'avance.

Céline Hamon
""", client="apple")

mail("missing_noreply_mail", False, None, "espace_acheteur", False, "fr",
     "Reply after the junk-folder answer: still nothing after 48 h and asks for the region; the template was already sent, a person must follow up.",
     "Bruno Vasseur <bruno.vasseur@ac-amiens.fr>",
     "RE: [#SUP-120911] mail d'activation",
     """Bonjour,

Toujours rien reçu depuis mardi, j'ai vérifié les indésirables et ajouté
l'adresse no-reply dans les expéditeurs approuvés comme vous me l'avez
dit. Pouvez-vous transmettre à l'assistance régionale ?

Bruno Vasseur
Gestionnaire - Collège Marcelin Berthelot, Compiègne

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 7 septembre 2027 10:31
À : Bruno Vasseur <bruno.vasseur@ac-amiens.fr>
Objet : [#SUP-120911] mail d'activation

Bonjour,

Vérifiez votre dossier de courrier indésirable et ajoutez l'expéditeur
no-reply à vos expéditeurs autorisés. Sans nouvelle de votre part sous
48 heures, nous reviendrons vers vous.

L'équipe d'assistance
""", client="outlook", reply="SUP-120911")

mail("missing_noreply_mail", True, "0492273E", "esidoc", False, "fr",
     "Typos and no accents: the reset mail never arrives at the CDI address; UAI given.",
     "cdi lycee <cdi.lyceejoachimdubellay@gmail.com>",
     "pas recu de mail",
     """bonjour,
jai demander un nouveau mot de passe pour le portail du cdi mais je recoi
rien, ni sur la boite du cdi ni dans les spams. lycee joachim du bellay
angers 0492273E.
je suis nouvelle dans letablissement donc je sais pas si cest la bonne
adresse qui est enregistré chez vous
merci
""", client="gmail")

mail("missing_noreply_mail", True, "0802701B", "ticket_portal", False, "fr",
     "Never received the welcome mail of the support ticket portal; UAI in the signature.",
     "Vincent Lagache <vincent.lagache@ac-amiens.fr>",
     "Mail de bienvenue portail assistance",
     """Bonjour,

On m'a créé un accès au portail de suivi des tickets à mon arrivée mais je
n'ai jamais reçu le mail de bienvenue avec le lien pour choisir mon mot de
passe. Pourriez-vous le renvoyer ?

Vincent Lagache
Proviseur adjoint
Lycée Delambre - Amiens
0802701B
""", client="outlook")

mail("missing_noreply_mail", True, None, "espace_acheteur", True, "fr",
     "Names MailInBlack only to say the collectivity does not use it: missing_noreply_mail, not mailinblack_spam.",
     "Pascale Rivière <pascale.riviere@loire-atlantique.fr>",
     "Courriels de la plateforme non reçus",
     """Bonjour,

Nous n'avons pas de MailInBlack ni d'autre filtre particulier au
Département, pourtant les courriels automatiques de l'Espace Acheteur
(validation de compte, notifications de commande) n'arrivent pas dans la
boîte de notre nouvelle acheteuse, Mme Salaün, arrivée le 1er septembre.

Pouvez-vous vérifier de votre côté ?

Pascale Rivière
Direction des collèges
""", client="outlook", html="alt")

mail("missing_noreply_mail", True, "0531083P", "espace_acheteur", False, "fr",
     "Order confirmation notifications from no-reply not received by the new gestionnaire; UAI given; base64 body.",
     "Anne-Sophie Gilles <anne-sophie.gilles@ac-nantes.fr>",
     "Pas de confirmation de commande",
     """Bonjour,

J'ai validé deux commandes hier sur l'Espace Acheteur pour le collège
Emile Zola de Laval (0531083P) mais je n'ai reçu aucun courriel de
confirmation. D'habitude, paraît-il, il y en a un à chaque commande.

Merci,
Anne-Sophie Gilles
Gestionnaire
""", client="outlook", cte="b64")

mail("missing_noreply_mail", True, "0601844D", "esidoc", False, "en",
     "English: the activation link for the new admin account never arrived; UAI given.",
     "Sarah Mendes <sarah.mendes@ac-amiens.fr>",
     "Activation link not received",
     """Dear support team,

I joined collège Abel Didelet in Senlis this September as the librarian.
The old administrator added my address on the e-sidoc portal before she
left, but the activation link never reached me. Our code is 0601844D.

Could you please send it again?

Many thanks,
Sarah Mendes
""", client="thunderbird")

mail("missing_noreply_mail", True, None, "esidoc", False, "fr",
     "Principal's new assistant asks why the no-reply mails of the portal are not received; no UAI, académie domain gives the region.",
     "Karine Lamotte <karine.lamotte@ac-lille.fr>",
     "courriel automatique",
     """Bonjour,

Le courriel automatique permettant de finaliser l'inscription de notre
nouveau documentaliste au portail du CDI ne lui parvient pas. Il a
regardé partout. Que pouvons-nous faire ?

Karine Lamotte
Secrétariat - Collège Anatole France, Douai
""", client="zimbra", html="only")

mail("missing_noreply_mail", True, "0851853C", "espace_acheteur", True, "fr",
     "Negation: 'je n'ai pas perdu mon mot de passe, je ne l'ai jamais reçu': the account-creation mail never arrived; UAI given.",
     "Jérôme Bouju <jerome.bouju@ac-nantes.fr>",
     "Mot de passe jamais reçu",
     """Bonjour,

Je n'ai pas perdu mon mot de passe : je ne l'ai jamais reçu. Mon compte
d'adjoint gestionnaire a été créé vendredi sur l'Espace Acheteur par la
collectivité, mais le mail contenant le lien pour définir le mot de passe
n'est jamais arrivé.

Collège Saint-Exupéry, Les Sables-d'Olonne - UAI 0851853C.

Jérôme Bouju
""", client="gmail")

mail("missing_noreply_mail", True, "0022420V", "espace_acheteur", False, "fr",
     "Gmail in French with quoted-printable: no-reply validation mail not received by the new gestionnaire; UAI given.",
     "Laetitia Carpentier <laetitia.carpentier@ac-amiens.fr>",
     "validation de compte",
     """Bonjour,

Nouvelle gestionnaire au lycée Jean de La Fontaine de Château-Thierry
(0022420V), j'ai fait ma demande de compte la semaine dernière. On me dit
que le mail de validation part d'une adresse no-reply, mais je ne l'ai
pas.

Bonne journée,
Laetitia Carpentier
""", client="gmail", cte="qp")

mail("missing_noreply_mail", True, None, "esidoc", False, "fr",
     "Documentaliste from a private school (non-academic domain) does not receive the portal's automatic mails.",
     "Agnès Morel <cdi@stpaul-lille.fr>",
     "Aucun mail du portail",
     """Bonjour,

Je prends la suite de Mme Becquart au CDI de l'institution Saint-Paul.
Aucun des mails automatiques du portail e-sidoc (création de compte
lecteur, mot de passe) n'arrive sur l'adresse du CDI depuis la rentrée.

Merci de votre aide.
Agnès Morel
""", client="apple")
# ---------------------------------------------------------------------------
# mailinblack_spam (12)
# ---------------------------------------------------------------------------
mail("mailinblack_spam", True, "0591705H", "espace_acheteur", False, "fr",
     "The activation mail is held in MailInBlack quarantine for the new gestionnaire; UAI given.",
     "Stéphanie Wattel <stephanie.wattel@ac-lille.fr>",
     "Mail bloqué par MailInBlack",
     """Bonjour,

Nouvelle gestionnaire au collège Verlaine de Maubeuge (0591705H), je vois
dans mon rapport MailInBlack que votre mail d'activation est "en attente"
et je ne peux pas le débloquer moi-même.

Comment faire ?
S. Wattel
""", client="outlook")

mail("mailinblack_spam", True, None, "esidoc", False, "fr",
     "IT department asks which no-reply senders to allow-list in MailInBlack for the portal; no UAI, académie domain.",
     "Service informatique <dsi-etab@ac-amiens.fr>",
     "Liste blanche MailInBlack",
     """Bonjour,

Plusieurs établissements de notre secteur ont de nouveaux documentalistes
qui ne reçoivent pas les mails du portail e-sidoc. Nos établissements
sont équipés de MailInBlack : quelles adresses et quels domaines
d'expédition devons-nous ajouter en liste blanche ?

Cordialement,
Pôle informatique des établissements
""", client="outlook", html="alt")

mail("mailinblack_spam", True, "0442901P", "espace_acheteur", False, "fr",
     "Clicked 'autoriser' in the MailInBlack notice but the next mails are still held; UAI in the signature.",
     "Guillaume Le Goff <guillaume.legoff@ac-nantes.fr>",
     "Toujours bloqué malgré autorisation",
     """Bonjour,

J'ai reçu un message de MailInBlack me demandant si j'autorisais
l'expéditeur de l'Espace Acheteur, j'ai cliqué sur "autoriser", mais les
mails suivants restent en quarantaine. Je suis arrivé à la rentrée et je
n'ai toujours pas pu valider mon compte.

Guillaume Le Goff
Adjoint gestionnaire
Lycée Aristide Briand - Saint-Nazaire
UAI : 0442901P
""", client="thunderbird")

mail("mailinblack_spam", True, "0621951J", "esidoc", False, "en",
     "English: the school's MailInBlack filter quarantines the e-sidoc mails; UAI given.",
     "Peter Vansteene <peter.vansteene@ac-lille.fr>",
     "Emails stuck in MailInBlack",
     """Hello,

Our school (collège in Béthune, 0621951J) uses MailInBlack and all the
emails from the library portal end up in the quarantine. I'm the new
librarian and I don't have access to the MailInBlack admin. What should I
tell our IT person?

Thanks,
Peter
""", client="gmail")

mail("mailinblack_spam", False, "0601131D", "espace_acheteur", True, "fr",
     "The sender-authentication challenge is described ('prouver que je ne suis pas un robot') without naming MailInBlack; product not confirmed, a person should check first.",
     "Martine Degroote <martine.degroote@ac-amiens.fr>",
     "Message bizarre à la place du mail d'inscription",
     """Bonjour,

Au lieu de votre mail d'inscription, j'ai reçu un message de notre
messagerie disant que l'expéditeur devait "prouver qu'il n'est pas un
robot" en cliquant sur un lien, et depuis plus rien. Je suis la nouvelle
gestionnaire du collège Fernel de Clermont (Oise), 0601131D.

Est-ce que c'est vous qui devez cliquer ?

Martine Degroote
""", client="zimbra")

mail("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
     "Buyer at a regional public body: MailInBlack holds the Espace Acheteur notifications; no UAI, non-academic sender.",
     "Hugo Lenoir <hugo.lenoir@hautsdefrance.fr>",
     "mailinblack",
     """Bonjour,

Notre collectivité vient d'installer Mailinblack et depuis, les
notifications de la plateforme acheteur sont bloquées pour toute
l'équipe (nous avons trois nouveaux agents depuis septembre).
Avez-vous une procédure pour autoriser vos envois ?

Hugo Lenoir
Direction des lycées - pôle achats
""", client="outlook", html="alt")

mail("mailinblack_spam", False, "0852906X", "espace_acheteur", True, "fr",
     "Two topics: activation mail blocked by MailInBlack (main) and who is the structure's administrator (account_creation).",
     "Solène Girard <solene.girard@ac-nantes.fr>",
     "MailInBlack + administrateur",
     """Bonjour,

Je viens d'arriver à l'intendance du lycée Pierre Mendès France de La
Roche-sur-Yon (0852906X). Deux questions :
- votre mail d'activation est bloqué par MailInBlack, qui me demande une
  validation que je ne peux pas faire ;
- qui est l'administrateur de notre structure sur l'Espace Acheteur ?
  Personne ici ne le sait.

Merci
Solène Girard
""", client="outlook")

mail("mailinblack_spam", True, "0532820C", "esidoc", True, "fr",
     "Quoted history is an old password-reset answer; the new text is about the reset mail now stuck in MailInBlack.",
     "Thibault Renaud <thibault.renaud@ac-nantes.fr>",
     "Re: [#SUP-119842] Mot de passe e-sidoc",
     """Bonjour,

Le lien dont vous parlez a bien été envoyé, mais il est resté dans la
quarantaine MailInBlack du collège (j'ai la notification "1 message en
attente"). Il a expiré avant que j'aie pu le récupérer.
Que dois-je faire pour que ça passe la prochaine fois ?

Thibault Renaud
Documentaliste - collège Fernand Puech, Mayenne (0532820C)

Le 08/09/2027 à 11:02, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> connue pour votre établissement. Il est valable 12 heures.
>
> L'équipe d'assistance
""", client="thunderbird", reply="SUP-119842")

mail("mailinblack_spam", True, None, "espace_acheteur", False, "en",
     "English: a MailInBlack challenge was sent back to the platform's sender; asks how to allow it.",
     "Claire Whitfield <c.whitfield@lycee-international-lille.fr>",
     "Anti-spam challenge (MailInBlack)",
     """Hi,

Our new finance officer never got your sign-up email. Our IT says it was
held by MailInBlack, which sent a challenge to your no-reply address
(which obviously nobody answers). How do we add you to the allow list?

Best regards,
Claire Whitfield
IT coordinator
""", client="outlook", html="alt")

mail("mailinblack_spam", True, "0722644H", "esidoc", False, "fr",
     "The portal's notifications are in the MailInBlack 'courriers en attente' digest; UAI given, Gmail-style QP.",
     "Morgane Tessier <morgane.tessier@ac-nantes.fr>",
     "notifications dans Mailinblack",
     """Bonjour,

Depuis mon arrivée au lycée d'Estournelles de Constant à La Flèche
(0722644H), les notifications du portail e-sidoc arrivent dans le résumé
quotidien Mailinblack "courriers en attente". Je les libère à la main
tous les jours, ce n'est pas tenable.

Pouvez-vous m'envoyer la marche à suivre pour l'établissement ?

Morgane Tessier
""", client="gmail", cte="qp")

mail("mailinblack_spam", True, "0022883Y", "espace_acheteur", False, "fr",
     "Short mail: MailInBlack blocks the new-password mail; UAI given.",
     "Pierre Loiseau <pierre.loiseau@ac-amiens.fr>",
     "Blocage antispam",
     """Bonjour,
le mail de nouveau mot de passe est bloqué par l'antispam Mailinblack du
lycée (0022883Y, Soissons). Comment l'autoriser ?
Merci
P. Loiseau, gestionnaire
""", client="iphone")

mail("mailinblack_spam", True, "0591136P", "espace_acheteur", True, "fr",
     "UAI only in the ce.<UAI>@ac-lille.fr sender address; MailInBlack quarantine named.",
     "Gestion Collège <ce.0591136P@ac-lille.fr>",
     "Quarantaine",
     """Bonjour,

Votre message d'activation est dans la quarantaine MailInBlack de
l'établissement. La nouvelle adjointe gestionnaire n'a pas les droits
pour le libérer. Merci de nous indiquer ce qu'il faut faire.

Cordialement,
Le service de gestion
""", client="outlook")
# ---------------------------------------------------------------------------
# account_creation (14)
# ---------------------------------------------------------------------------
mail("account_creation", True, "0591671W", "espace_acheteur", False, "fr",
     "New adjoint gestionnaire asks how to create his own Espace Acheteur account; UAI given.",
     "Rémi Lambert <remi.lambert@ac-lille.fr>",
     "Création de compte",
     """Bonjour,

Je viens d'arriver dans l'établissement (collège Jean Rostand, Lille,
0591671W) comme adjoint gestionnaire. Je souhaiterais avoir mon propre
compte sur l'Espace Acheteur plutôt que d'utiliser celui de mon
prédécesseur. Comment dois-je procéder ?

Rémi Lambert
""", client="outlook", html="alt")

mail("account_creation", False, "0622613D", "espace_acheteur", False, "fr",
     "Asks who the structure's administrator is so she can be added: needs a look-up, a person answers.",
     "Delphine Choquet <delphine.choquet@ac-lille.fr>",
     "Qui est l'administrateur ?",
     """Bonjour,

Nouvelle gestionnaire au lycée Robespierre d'Arras (0622613D). Pour
ouvrir mon compte, le site me demande de contacter l'administrateur de la
structure. Personne ici ne sait qui c'est : pouvez-vous me donner son
nom ?

Merci
Delphine Choquet
""", client="gmail")

mail("account_creation", True, None, "esidoc", False, "fr",
     "Account waiting for validation for two days; no UAI, académie domain gives the region.",
     "Florian Dupuis <florian.dupuis@ac-nantes.fr>",
     "Compte en attente de validation",
     """Bonjour,

J'ai fait une demande de compte professionnel sur le portail e-sidoc
lundi (je suis le nouveau documentaliste du collège de Chateau-Gontier),
et elle est toujours "en attente de validation". Est-ce normal ?

Florian Dupuis
""", client="thunderbird")

mail("account_creation", False, "0801657S", "espace_acheteur", True, "fr",
     "Negation: 'je n'ai pas perdu mon mot de passe, je n'ai jamais eu de compte'; also asks for order-validation rights: a person decides.",
     "Marie-Laure Delcourt <marie-laure.delcourt@ac-amiens.fr>",
     "Accès Espace Acheteur",
     """Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte ! Je suis
adjointe gestionnaire au collège du Val de Somme (Péronne, 0801657S)
depuis le 1er septembre. Il me faut un compte avec les droits de
validation des commandes, comme mon prédécesseur.

Cordialement,
Marie-Laure Delcourt
""", client="outlook")

mail("account_creation", False, None, "espace_acheteur", False, "en",
     "English: new international school near Nantes wants a buyer account; eligibility must be checked by a person.",
     "Oliver Grant <oliver.grant@nantes-intl-school.org>",
     "Opening an account",
     """Good afternoon,

We are a bilingual primary school that opened in Nantes this September
and would like to use your buyer space for our first orders. How do we
open an account, and are we eligible as a private school?

Kind regards,
Oliver Grant
Operations manager
""", client="outlook", html="alt")

mail("account_creation", False, "0492787N", "esidoc", False, "fr",
     "Asks to have two administrator accounts for the two documentalistes: a person answers.",
     "Hélène Bertin <helene.bertin@ac-nantes.fr>",
     "deux comptes administrateur ?",
     """Bonjour,

Nous sommes deux professeures documentalistes au lycée Bergson d'Angers
(0492787N) depuis la rentrée, ma collègue et moi sommes toutes les deux
nouvelles. Est-il possible d'avoir chacune un compte administrateur sur
le portail e-sidoc, plutôt qu'un compte partagé ?

Merci,
Hélène Bertin
""", client="zimbra")

mail("account_creation", True, "0852095R", "espace_acheteur", False, "fr",
     "Asks where to create a buyer account after arriving; UAI in the subject.",
     "Cédric Roy <cedric.roy@ac-nantes.fr>",
     "0852095R inscription espace acheteur",
     """bonjour,

nouveau gestionnaire au collège Les Gondoliers (Fontenay-le-Comte) je
voudrais m'inscrire sur l'espace acheteur, je ne trouve pas le bouton
"créer un compte". Pouvez vous m'indiquer la marche ?

cordialement
C. Roy
""", client="gmail")

mail("account_creation", False, "0802063H", "espace_acheteur", False, "fr",
     "Account works but the new gestionnaire asks for order-management rights to be opened.",
     "Benoît Hurtrel <benoit.hurtrel@ac-amiens.fr>",
     "Droits de commande",
     """Bonjour,

Mon compte sur l'Espace Acheteur est bien actif, mais je n'ai que les
droits de consultation. Arrivé cette année comme gestionnaire au lycée
Saint-Riquier (0802063H), j'ai besoin de pouvoir créer et valider les
commandes. Pouvez-vous ouvrir ces droits ?

Benoît Hurtrel
""", client="outlook")

mail("account_creation", True, None, "ticket_portal", False, "fr",
     "Wants an account on the support ticket portal to follow the school's requests; académie sender.",
     "Alexandra Pruvost <alexandra.pruvost@ac-lille.fr>",
     "Accès au portail des demandes",
     """Bonjour,

Pourrais-je avoir un accès au portail de suivi des demandes d'assistance ?
Je suis principale adjointe depuis septembre et je voudrais suivre les
demandes faites par notre établissement.

Bien cordialement,
Alexandra Pruvost
""", client="outlook", html="only")

mail("account_creation", False, "0721500P", "esidoc", True, "fr",
     "The establishment's UAI is not found in the list when opening the customer account: the sales team must check.",
     "Noémie Guillou <noemie.guillou@ac-nantes.fr>",
     "UAI introuvable",
     """Bonjour,

Je voudrais ouvrir le compte client du CDI pour le nouveau collège
Simone Veil du Mans (ouvert à cette rentrée). Quand je tape notre UAI
0721500P, le formulaire répond "établissement inconnu".

Merci de votre aide
Noémie Guillou, documentaliste
""", client="apple")

mail("account_creation", True, "0021432W", "espace_acheteur", False, "en",
     "English: account request pending validation for the new business manager; UAI given.",
     "Jonathan Mercier <jonathan.mercier@ac-amiens.fr>",
     "Account pending",
     """Hello,

I requested a buyer account last week for lycée Paul Claudel in Laon
(0021432W), I am the new business manager. The status is still
"pending". Is there something else I have to do?

Thanks,
Jonathan Mercier
""", client="gmail")

mail("account_creation", False, None, "espace_acheteur", False, "fr",
     "Account waiting for validation for two weeks while the structure's administrator has left: the region must step in.",
     "Sylvie Decroix <sylvie.decroix@ac-lille.fr>",
     "Compte toujours en attente",
     """Bonjour,

Mon compte est en attente de validation depuis le 30 août. On m'explique
que c'est l'administrateur de la structure qui doit valider, mais c'est
justement l'ancienne gestionnaire, partie en retraite. Nous sommes
bloqués pour toutes les commandes de rentrée.

Sylvie Decroix
Secrétaire d'intendance - Collège Boris Vian, Croix
""", client="outlook", html="alt")

mail("account_creation", True, "0601803J", "esidoc", False, "fr",
     "New documentaliste asks how to get a professional account on the portal; UAI in lower case in the body.",
     "Claire Petit <claire.petit@ac-amiens.fr>",
     "compte professionnel e-sidoc",
     """Bonjour,

Je suis arrivée au collège Compère Morel de Breteuil (0601803j) et je
voudrais un compte professionnel sur le portail e-sidoc. Comment faire la
demande ?

Merci
Claire Petit
""", client="thunderbird")

mail("account_creation", False, "0442821C", "esignature", False, "fr",
     "The new principal's secretary asks to open a signatory account on the e-signature service; a person must check who may sign.",
     "Valérie Jouan <valerie.jouan@ac-nantes.fr>",
     "Compte signataire",
     """Bonjour,

Le nouveau principal du collège de Guérande (0442821C) doit signer la
convention électroniquement mais il n'a pas de compte sur la plateforme
de signature. Pouvez-vous lui créer un compte signataire ? Son adresse :
principal.guerande@ac-nantes.fr.

Merci,
Valérie Jouan, secrétariat de direction
""", client="outlook")
# ---------------------------------------------------------------------------
# subscription_activation (10)
# ---------------------------------------------------------------------------
mail("subscription_activation", True, "0592239N", "esidoc", False, "fr",
     "Subscription ordered last week not yet visible on the portal; within the activation rule.",
     "Isabelle Deschamps <isabelle.deschamps@ac-lille.fr>",
     "Abonnement pas encore actif",
     """Bonjour,

L'établissement a commandé jeudi dernier l'abonnement à la ressource
numérique pour les élèves (lycée Gaston Berger, Lille, 0592239N). Je suis
nouvelle dans le poste et je ne vois rien dans le portail. Faut-il faire
quelque chose de mon côté ?

Isabelle Deschamps
""", client="outlook")

mail("subscription_activation", True, "0621848X", "esidoc", True, "fr",
     "Negation: 'je n'ai pas de souci de mot de passe', she is logged in; the presse resource is not published for pupils.",
     "Fanny Lemoine <fanny.lemoine@ac-lille.fr>",
     "ressource presse non visible",
     """Bonjour,

Je n'ai pas de souci de mot de passe, je suis bien connectée à
l'administration. Mais la ressource de presse en ligne que nous avons
renouvelée n'apparaît pas côté élèves sur le portail du collège René
Cassin, Liévin (0621848X). Je suis arrivée cette année et je ne sais pas
où l'activer.

Fanny Lemoine
""", client="gmail")

mail("subscription_activation", True, None, "esidoc", False, "en",
     "English: newly ordered digital resource not visible yet; no UAI, académie sender gives the region.",
     "Lauren Keane <lauren.keane@ac-amiens.fr>",
     "New subscription not showing",
     """Hello,

Our school ordered the digital encyclopedia subscription two days ago.
It doesn't appear on our library portal yet. I am new here, is there
something I need to switch on?

Thanks,
Lauren Keane
""", client="thunderbird")

mail("subscription_activation", False, "0491536D", "esidoc", False, "fr",
     "Ordered three weeks ago, still not active: well past the 72-hour rule, a person must look at the order.",
     "Yves Ménard <yves.menard@ac-nantes.fr>",
     "Abonnement commandé le 18 août toujours pas actif",
     """Bonjour,

Mon prédécesseur avait commandé le 18 août l'abonnement au portail pour
le collège Clemenceau de Cholet (0491536D). Nous sommes le 9 septembre,
il n'est toujours pas actif et les élèves ne peuvent rien consulter.

Merci de regarder ce qui se passe.
Yves Ménard
Professeur documentaliste
""", client="outlook", html="alt")

mail("subscription_activation", True, "0851068Z", "esidoc", True, "fr",
     "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
     "Jean-Marc Robin <jean-marc.robin@ac-nantes.fr>",
     "Disponibilité abonnement",
     """Bonjour,

Principal du collège Les Sicardières à Challans depuis cette rentrée,
je découvre que notre abonnement au portail documentaire a été commandé
lundi. Pouvez-vous me dire quand il sera disponible pour les élèves ?

Bien cordialement,
Jean-Marc Robin
Principal - 0851068Z
""", client="outlook")

mail("subscription_activation", True, "0601901R", "esidoc", False, "fr",
     "The ebook package ordered this week is not in the catalogue yet; UAI given; quoted-printable from Zimbra.",
     "Gaëtan Vérité <gaetan.verite@ac-amiens.fr>",
     "Bouquet de livres numériques",
     """Bonjour,

Le bouquet de livres numériques commandé mardi pour le lycée Pierre
d'Ailly de Compiègne (0601901R) n'apparaît pas encore dans notre
catalogue. Je suis le nouveau documentaliste, je voudrais savoir s'il
faut l'activer ou attendre.

Gaëtan Vérité
""", client="zimbra", cte="qp")

mail("subscription_activation", True, "0531447K", "esidoc", False, "fr",
     "Resource to publish on the portal for the new school year; UAI given.",
     "Amandine Royer <amandine.royer@ac-nantes.fr>",
     "Publier une ressource sur le portail",
     """Bonjour,

Nous avons souscrit hier au service de vidéos éducatives. Comment le
publier sur la page d'accueil du portail du collège (0531447K, Évron) ?
Je suis arrivée ce mois-ci et l'onglet "ressources" est vide.

Merci,
Amandine Royer
""", client="apple")

mail("subscription_activation", True, "0021401M", "espace_acheteur", False, "fr",
     "Service ordered through the Espace Acheteur not yet visible; UAI given; HTML-only Outlook web.",
     "Corinne Vanhove <corinne.vanhove@ac-amiens.fr>",
     "Service commandé non visible",
     """Bonjour,

La commande du service de réservation de salles a été validée avant-hier
par notre nouvelle adjointe gestionnaire (collège de Guise, 0021401M),
mais le service n'apparaît pas dans notre espace. Combien de temps faut-il
compter ?

Corinne Vanhove
""", client="outlook", html="only")

mail("subscription_activation", True, "0722283R", "esidoc", False, "en",
     "English: renewed subscription not yet reactivated; UAI given.",
     "Nicholas Fry <nicholas.fry@ac-nantes.fr>",
     "Subscription renewal - still inactive",
     """Hi there,

We renewed our portal subscription on Monday (collège Alain-Fournier,
Le Mans, 0722283R). The admin page still says "abonnement expiré".
I'm the new librarian. How long does the activation take?

Cheers,
Nick Fry
""", client="gmail")

mail("subscription_activation", True, "0622770Z", "esidoc", True, "fr",
     "Two establishments are named (old and new); the request is about the new school's subscription, the old one 0592401P is only mentioned.",
     "Vanessa Bailleul <vanessa.bailleul@ac-lille.fr>",
     "Abonnement non activé - nouveau poste",
     """Bonjour,

J'étais l'an dernier au collège Kleber de Lille (0592401P), où tout
fonctionnait. Je suis maintenant au collège Jean Moulin de Berck
(0622770Z) : l'abonnement a été payé la semaine dernière mais le portail
affiche toujours "service non souscrit".

Merci de votre aide,
Vanessa Bailleul
""", client="thunderbird")
# ---------------------------------------------------------------------------
# head_of_establishment_request (14)
# ---------------------------------------------------------------------------
mail("head_of_establishment_request", False, "0591341M", "esidoc", True, "fr",
     "The new principal writes from the ce.<UAI> address to ask for the e-sidoc administrator to be changed to the new documentaliste: a head-of-establishment request, staff approve.",
     "Principal College Van der Meersch <ce.0591341M@ac-lille.fr>",
     "Changement d'administrateur du portail CDI",
     """Madame, Monsieur,

Nommé principal du collège Van der Meersch de Tourcoing à cette rentrée,
je vous demande de bien vouloir désigner M. Kevin Maes, professeur
documentaliste arrivé le 1er septembre, comme administrateur du portail
e-sidoc de l'établissement, en remplacement de Mme Lheureux, mutée.

Je vous remercie de réinitialiser le mot de passe administrateur et
d'enregistrer son adresse académique (kevin.maes@ac-lille.fr) comme
adresse de contact.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Arnaud Delporte
Principal
""", client="outlook", html="alt")

mail("head_of_establishment_request", False, "0442485M", "esidoc", False, "fr",
     "The principal herself asks in writing for a reset of the administrator password and a new contact address.",
     "Florence Le Bihan <florence.le-bihan@ac-nantes.fr>",
     "Demande de la principale - réinitialisation accès e-sidoc",
     """Bonjour,

En tant que principale du collège Aristide Briand de Nantes (UAI
0442485M), arrivée en septembre, je vous demande de réinitialiser le mot
de passe administrateur de notre portail e-sidoc et de remplacer
l'adresse de contact par celle de notre nouvelle documentaliste,
claire.guerin@ac-nantes.fr.

Cordialement,
Florence Le Bihan
Principale
""", client="outlook")

mail("head_of_establishment_request", False, "0622627U", "espace_acheteur", False, "fr",
     "The proviseur authorises in writing the new adjoint gestionnaire as administrator of the Espace Acheteur structure.",
     "Proviseur Lycée Carnot <ce.0622627U@ac-lille.fr>",
     "Changement d'administrateur Espace Acheteur",
     """Bonjour,

Je soussigné, Philippe Caudron, proviseur du lycée Carnot de Bruay-la-
Buissière, autorise Mme Delphine Fontaine, adjointe gestionnaire arrivée
le 1er septembre 2027, à devenir administratrice de la structure sur
l'Espace Acheteur, en remplacement de M. Wallart.

Merci de procéder au changement.

P. Caudron
Proviseur
""", client="outlook", attach=[("autorisation_proviseur.pdf", "application/pdf")])

mail("head_of_establishment_request", False, "0801896B", "espace_acheteur", True, "fr",
     "The new principal authorises an order above the threshold in writing; mentions the invoice, but the ask is the head's authorisation.",
     "Bertrand Magnier <bertrand.magnier@ac-amiens.fr>",
     "Autorisation de commande",
     """Bonjour,

Principal du collège Amiral Lejeune d'Amiens (0801896B) depuis cette
rentrée, je vous confirme par écrit que j'autorise la commande de
mobilier du CDI passée par notre adjointe gestionnaire le 10 septembre
(panier de 4 860 euros TTC). La facture devra être adressée au collège
via Chorus.

Bertrand Magnier
Principal
""", client="zimbra")

mail("head_of_establishment_request", False, "0492636Z", "esidoc", False, "en",
     "English: the head teacher of a bilingual section asks in writing to change the administrator contact address.",
     "Margaret Leroy <margaret.leroy@ac-nantes.fr>",
     "Change of administrator contact",
     """Dear support,

As the new head of lycée Sacré-Coeur's international section (Angers,
0492636Z) and acting head of the establishment this term, I request that
the contact address of our library portal administrator be changed to
our new librarian, anne.moreau@ac-nantes.fr. The former librarian has
left the school.

Yours faithfully,
Margaret Leroy
Head teacher
""", client="outlook")

mail("head_of_establishment_request", False, "0601586Y", "esidoc", True, "fr",
     "The documentaliste relays the principal's signed letter (PDF) with the principal in copy: the head's written request, staff must check the letter and sender.",
     "Julie Masson <julie.masson@ac-amiens.fr>",
     "Courrier du principal - administrateur e-sidoc",
     """Bonjour,

Vous trouverez ci-joint le courrier signé de M. Garnier, principal du
collège Jules Michelet de Beauvais (0601586Y), qui demande que je
devienne administratrice du portail e-sidoc. Il est en copie de ce mail.

Je suis arrivée dans l'établissement le 1er septembre.

Julie Masson
Professeure documentaliste
""", client="thunderbird", cc="Laurent Garnier <laurent.garnier@ac-amiens.fr>",
     attach=[("courrier_principal_administrateur.pdf", "application/pdf")])

mail("head_of_establishment_request", False, "0591671W", "espace_acheteur", True, "fr",
     "Claims to be the new principal from the ce.<UAI> address, but SPF and DMARC fail and Reply-To is a free-mail address asking to move the admin account: probable spoof, still a head request for staff to refuse.",
     "Principal <ce.0591671W@ac-lille.fr>",
     "URGENT changement adresse administrateur",
     """Bonjour,

Je suis le nouveau principal du college Jean Rostand. Merci de changer
immédiatement l'adresse de l'administrateur de notre compte acheteur
pour direction.rostand59@gmail.com et de m'envoyer le nouveau mot de
passe. C'est urgent, les commandes de rentrée sont bloquées.

Le principal
""", client="gmail", auth="fail", reply_to="direction.rostand59@gmail.com")

mail("head_of_establishment_request", False, "0852061D", "espace_acheteur", False, "fr",
     "The head of a primary school (directrice d'école) asks in writing to appoint the new town-hall buyer as administrator.",
     "Directrice Ecole Jules Ferry <ce.0852061D@ac-nantes.fr>",
     "Désignation d'un nouvel administrateur",
     """Bonjour,

Directrice de l'école élémentaire Jules Ferry de Luçon depuis la rentrée,
je vous demande de désigner Mme Aurore Papin (mairie de Luçon, service
scolaire) comme administratrice de notre compte sur l'Espace Acheteur.
L'ancienne directrice, qui était administratrice, a pris sa retraite.

Merci par avance.
Emmanuelle Chiron
Directrice
""", client="zimbra", html="alt")

mail("head_of_establishment_request", False, "0802146Y", "esidoc", True, "fr",
     "The principal asks both a password reset and a new contact address: the head's written request, not password_reset; UAI only in the signature.",
     "Nadia Benali <nadia.benali@ac-amiens.fr>",
     "Mot de passe portail documentaire",
     """Bonjour,

Je suis la principale du collège et je viens de prendre mes fonctions.
Le mot de passe administrateur du portail e-sidoc est inconnu de toute
l'équipe. Je vous demande donc de le réinitialiser et d'enregistrer
l'adresse de M. Colin, notre documentaliste, comme adresse de contact :
thomas.colin@ac-amiens.fr.

Bien cordialement,

Nadia Benali
Principale
Collège Millevoye - Abbeville
RNE : 0802146Y
""", client="outlook")

mail("head_of_establishment_request", False, "0531297X", "ecoledirecte", False, "fr",
     "The new proviseur asks in writing to change the administrator of the school-management platform to the new secretary.",
     "Proviseur Lycée Réaumur <ce.0531297X@ac-nantes.fr>",
     "Changement administrateur EcoleDirecte",
     """Bonjour,

Nouveau proviseur du lycée Réaumur de Laval, je vous demande de
transférer les droits d'administrateur EcoleDirecte de Mme Lecomte
(partie en retraite) à Mme Sarah Tual, secrétaire de direction arrivée
le 30 août.

Cordialement,
Yann Le Floch
Proviseur
""", client="outlook", html="alt")

mail("head_of_establishment_request", False, "0021291T", "espace_acheteur", False, "fr",
     "The principal authorises the new adjoint gestionnaire to validate orders on the Espace Acheteur; UAI in the body.",
     "Xavier Charpentier <xavier.charpentier@ac-amiens.fr>",
     "Autorisation - validation des commandes",
     """Madame, Monsieur,

Principal du collège Les Frères Le Nain de Laon (0021291T), j'autorise
Mme Lucie Blondel, adjointe gestionnaire, à valider les commandes de
l'établissement sur l'Espace Acheteur à compter de ce jour.

Xavier Charpentier
""", client="apple")

mail("head_of_establishment_request", False, "0722840W", "esidoc", True, "fr",
     "The principal writes from the ce. address and mentions another college 0721164Z only as the documentaliste's previous school; the request (change of admin) is about 0722840W.",
     "Direction Collège Vauguyon <ce.0722840W@ac-nantes.fr>",
     "demande changement administrateur",
     """Bonjour,

Mme Pelletier, qui était documentaliste au collège de Mamers (0721164Z),
a rejoint notre collège à la rentrée. Je souhaite qu'elle devienne
administratrice de notre portail e-sidoc et que l'adresse de contact soit
la sienne : sabine.pelletier@ac-nantes.fr.

Le principal,
Didier Moulin
""", client="outlook")

mail("head_of_establishment_request", False, "0592401P", "esidoc", False, "fr",
     "Reply on a ticket where the new principal sends the written request the support asked for.",
     "Anne Vermeersch <anne.vermeersch@ac-lille.fr>",
     "RE: [#SUP-121456] Accès administrateur e-sidoc",
     """Bonjour,

Comme demandé, je vous confirme en tant que principale du collège Kleber
(Lille, 0592401P) que Mme Sophie Lambin, notre nouvelle documentaliste,
doit devenir administratrice du portail e-sidoc. Merci de réinitialiser
le mot de passe et de mettre son adresse.

Anne Vermeersch
Principale

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 10 septembre 2027 16:20
Objet : [#SUP-121456] Accès administrateur e-sidoc

Bonjour,

Pour des raisons de sécurité, le changement d'administrateur doit être
demandé par écrit par le chef d'établissement.

L'équipe d'assistance
""", client="outlook", reply="SUP-121456")

mail("head_of_establishment_request", False, None, "espace_acheteur", True, "fr",
     "The proviseure's authorisation letter gives the UAI with a wrong check letter (0442030U instead of 0442030T), so no UAI; region from ac-nantes.fr.",
     "Catherine Rabin <catherine.rabin@ac-nantes.fr>",
     "Autorisation administrateur structure",
     """Bonjour,

Proviseure du lycée Livet à Nantes depuis cette rentrée (UAI 0442030U),
je vous demande de nommer M. Paul Audrain, adjoint gestionnaire arrivé
lui aussi en septembre, administrateur de notre structure sur l'Espace
Acheteur.

Catherine Rabin
Proviseure
""", client="outlook")
# ---------------------------------------------------------------------------
# order_billing (12)
# ---------------------------------------------------------------------------
mail("order_billing", False, "0592641A", "espace_acheteur", False, "fr",
     "New gestionnaire needs a quote (devis) to issue the bon d'engagement for the renewal.",
     "Marc Deruelle <marc.deruelle@ac-lille.fr>",
     "Demande de devis renouvellement",
     """Bonjour,

Arrivé comme adjoint gestionnaire au collège Albert Samain de Roubaix
(0592641A), je dois engager la dépense du renouvellement de l'abonnement
du CDI. Pourriez-vous m'adresser un devis à jour afin que j'établisse le
bon d'engagement ?

Cordialement,
Marc Deruelle
""", client="outlook", html="alt")

mail("order_billing", False, "0441425K", "espace_acheteur", False, "fr",
     "Invoice not found in Chorus Pro by the new agent comptable's team; UAI given.",
     "Agence comptable Lycée Monge <agence.comptable.monge@ac-nantes.fr>",
     "Facture absente de Chorus",
     """Bonjour,

Nous ne trouvons pas dans Chorus Pro la facture correspondant à la
commande de juin du lycée Gaspard Monge de Savenay (0441425K). La
nouvelle équipe de l'agence comptable en a besoin pour clôturer.
Pouvez-vous la déposer ou nous la renvoyer ?

L'agence comptable
""", client="outlook")

mail("order_billing", False, None, "espace_acheteur", False, "en",
     "English: a buyer asks which payment methods are accepted for the first order; non-academic sender, no UAI.",
     "Helen Marsh <helen.marsh@campus-anglophone-amiens.fr>",
     "Payment methods",
     """Hello,

I am the new purchasing officer of our private school. Before placing our
first order on your platform, could you tell me which payment methods you
accept (bank transfer, administrative mandate, card)?

Thank you,
Helen Marsh
""", client="gmail")

mail("order_billing", False, "0622883X", "espace_acheteur", False, "fr",
     "Basket cannot be validated: the 'valider la commande' button is greyed out for the new gestionnaire.",
     "Nicolas Vermersch <nicolas.vermersch@ac-lille.fr>",
     "impossible de valider le panier",
     """Bonjour,

Je viens d'arriver au lycée Mariette de Boulogne-sur-Mer (0622883X). Mon
panier est prêt sur l'Espace Acheteur mais le bouton "valider la
commande" reste grisé. Est-ce un problème de droits ou de montant ?

Nicolas Vermersch
Adjoint gestionnaire
""", client="thunderbird")

mail("order_billing", False, "0801896B", "espace_acheteur", True, "fr",
     "Two topics: wrong amount on the invoice (main) and a convention missing from the documents (contract_documents).",
     "Régine Flament <regine.flament@ac-amiens.fr>",
     "Erreur sur facture + convention",
     """Bonjour,

La facture reçue pour le collège Amiral Lejeune (0801896B) indique
4 680 euros alors que le devis signé était de 4 180 euros. Pouvez-vous
corriger et renvoyer une facture rectificative ?

Par ailleurs je ne trouve pas la convention d'adhésion dans l'espace
documents, mais c'est secondaire.

Régine Flament
Gestionnaire
""", client="outlook", html="alt", attach=[("facture_FA-2027-08812.pdf", "application/pdf")])

mail("order_billing", False, "0492243X", "espace_acheteur", False, "fr",
     "Order validation: a purchase order needs the new ordonnateur's signature, asks how to proceed.",
     "Laurence Fouquet <laurence.fouquet@ac-nantes.fr>",
     "Bon de commande à signer",
     """Bonjour,

Le bon de commande généré pour le lycée Duplessis-Mornay de Saumur
(0492243X) porte encore le nom de l'ancien proviseur. Le nouveau
proviseur doit-il signer un nouveau bon, ou pouvez-vous le régénérer ?

Laurence Fouquet
Secrétaire d'intendance
""", client="zimbra")

mail("order_billing", False, "0601848H", "espace_acheteur", False, "fr",
     "Asks for the SIRET and Chorus service code to be updated on the invoices after the change of gestionnaire.",
     "Eric Vasseur <eric.vasseur@ac-amiens.fr>",
     "Code service Chorus",
     """Bonjour,

Depuis le changement d'équipe à l'intendance du collège de Nanteuil-le-
Haudouin (0601848H), nos factures sont rejetées par Chorus : le code
service indiqué n'est plus le bon. Le nouveau code est GEST-COLL.
Merci de mettre à jour pour la prochaine facture.

Eric Vasseur
""", client="outlook")

mail("order_billing", False, None, "espace_acheteur", False, "fr",
     "Gmail, no accents: asks where the invoice for the September order is; no UAI, free-mail sender.",
     "gestion college <gestion.college.stjo@gmail.com>",
     "facture commande septembre",
     """Bonjour
je suis la nouvelle secretaire de gestion du college Saint Joseph de
Cholet. On ne retrouve pas la facture de la commande passee le 2
septembre, pouvez vous nous la renvoyer par mail ?
Merci
Martine
""", client="gmail")

mail("order_billing", False, "0851672F", "espace_acheteur", False, "en",
     "English: asks for a pro-forma invoice for a commitment; UAI given.",
     "David Morice <david.morice@ac-nantes.fr>",
     "Pro-forma invoice request - 0851672F",
     """Hello,

Could you please send me a pro-forma invoice for the library furniture
basket saved under our account (lycée in Les Herbiers, 0851672F)? Our
new accountant needs it before committing the expense.

Regards,
David Morice
""", client="outlook")

mail("order_billing", False, "0532834T", "espace_acheteur", True, "fr",
     "Quoted history is an old password thread; the new message is about a duplicated invoice.",
     "Chantal Huet <chantal.huet@ac-nantes.fr>",
     "Re: [#SUP-117203] mot de passe",
     """Bonjour,

Je profite de ce fil (merci pour le mot de passe au printemps !) pour une
autre question : nous avons reçu deux fois la même facture pour la
commande 2027-0914 du collège de Craon (0532834T). Laquelle dois-je
mettre en paiement ? Je suis nouvelle gestionnaire et je ne veux pas
payer deux fois.

Chantal Huet

Le 12 avr. 2027 à 15:03, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Votre nouveau mot de passe est actif. Pensez à le conserver.
>
> L'équipe d'assistance
""", client="apple", reply="SUP-117203")

mail("order_billing", False, "0021401M", "espace_acheteur", False, "fr",
     "Asks for the order to be cancelled and re-issued with the right delivery address; base64-encoded Outlook body.",
     "Fabienne Courtin <fabienne.courtin@ac-amiens.fr>",
     "Annulation commande",
     """Bonjour,

Notre nouvelle adjointe gestionnaire a passé hier une commande avec
l'adresse de livraison de l'ancien site. Pouvez-vous annuler la commande
n° 27-55410 du collège de Guise (0021401M) afin que nous la repassions ?

Fabienne Courtin
Secrétariat d'intendance
""", client="outlook", cte="b64")

mail("order_billing", False, "0591196E", "espace_acheteur", False, "fr",
     "Buyer asks whether a mandat administratif is accepted and who signs; UAI given; Zimbra HTML-only.",
     "Amélie Caulier <amelie.caulier@ac-lille.fr>",
     "moyen de paiement",
     """Bonjour,

Pour la première commande de l'année du collège Lavoisier de Dunkerque
(0591196E), le paiement par mandat administratif est-il possible ?
Et qui doit signer le bon d'engagement ?

Amélie Caulier
""", client="zimbra", html="only")

# ---------------------------------------------------------------------------
# contract_documents (8)
# ---------------------------------------------------------------------------
mail("contract_documents", False, "0592239N", "espace_acheteur", False, "fr",
     "The new gestionnaire cannot see the market documents (CCAP, conventions) in the Espace Acheteur.",
     "Pauline Duhamel <pauline.duhamel@ac-lille.fr>",
     "Documents du marché introuvables",
     """Bonjour,

En tant que nouvelle gestionnaire du lycée Gaston Berger (0592239N), je
dois retrouver les pièces du marché de fournitures (CCAP, convention
d'adhésion). Ma rubrique "Mes marchés" est vide.

Merci
Pauline Duhamel
""", client="outlook")

mail("contract_documents", False, "0441793K", "espace_acheteur", False, "fr",
     "Amendment no. 3 of the market is missing from the contract documents.",
     "Erwan Le Saux <erwan.le-saux@ac-nantes.fr>",
     "Avenant manquant",
     """Bonjour,

L'avenant n° 3 au marché de restauration ne figure pas dans les documents
contractuels de notre établissement (0441793K, Rezé). Je prends mes
fonctions et je dois le présenter au conseil d'administration.

Erwan Le Saux
Adjoint gestionnaire
""", client="thunderbird")

mail("contract_documents", False, None, "espace_acheteur", False, "en",
     "English: the signed convention does not open (empty document); no UAI, académie sender.",
     "Alice Turner <alice.turner@ac-lille.fr>",
     "Convention file is empty",
     """Hello,

When I open the membership convention in the documents section, I get an
empty PDF. I am the new deputy bursar and I need to check the terms
before the board meeting. Could you look into it?

Best regards,
Alice Turner
""", client="outlook", html="alt")

mail("contract_documents", False, "0802122X", "espace_acheteur", True, "fr",
     "Could see the conventions on the previous school's account but not here: contract_documents, although the fix may be access rights (close to account_creation).",
     "Jean-Philippe Delval <jean-philippe.delval@ac-amiens.fr>",
     "conventions non visibles",
     """Bonjour,

Dans mon précédent poste je voyais toutes les conventions et avenants sur
l'Espace Acheteur. Au lycée de l'Authie à Doullens (0802122X), où je
viens d'arriver, la rubrique documents contractuels ne m'affiche rien.

Jean-Philippe Delval
""", client="outlook")

mail("contract_documents", False, "0852095R", "esignature", False, "fr",
     "The convention signed electronically is not available for download on the e-signature service.",
     "Sabrina Gaborit <sabrina.gaborit@ac-nantes.fr>",
     "Convention signée introuvable",
     """Bonjour,

Notre principal a signé électroniquement la convention 2027-2028 la
semaine dernière (collège Les Gondoliers, 0852095R), mais je ne trouve
pas le document signé sur la plateforme de signature. Je suis arrivée à
la rentrée et je dois le classer.

Sabrina Gaborit, secrétaire
""", client="zimbra")

mail("contract_documents", False, "0021432W", "espace_acheteur", False, "fr",
     "Follow-up reply: the market's administrative certificate is still missing after the region's answer.",
     "Thierry Hardy <thierry.hardy@ac-amiens.fr>",
     "Re: [#SUP-120058] attestation marché",
     """Bonjour,

Toujours pas d'attestation dans les documents du marché pour le lycée
Paul Claudel (0021432W). Le contrôle de légalité la réclame.

Thierry Hardy

Le mer. 8 sept. 2027 à 14:40, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Votre demande a été transmise à l'assistance régionale Hauts-de-France.
>
> L'équipe d'assistance
""", client="gmail", reply="SUP-120058")

mail("contract_documents", False, "0721980L", "espace_acheteur", False, "fr",
     "Asks for the framework agreement and its annexes, invisible to the new agent; Apple Mail QP.",
     "Coralie Besnard <coralie.besnard@ac-nantes.fr>",
     "accord-cadre et annexes",
     """Bonjour,

Je ne vois pas l'accord-cadre ni ses annexes tarifaires dans notre espace
(collège Pierre Belon, Cérans-Foulletourte, 0721980L). Mon prédécesseur
les consultait pourtant. Pouvez-vous vérifier ?

Coralie Besnard
""", client="apple", cte="qp")

mail("contract_documents", False, "0602656L", "espace_acheteur", False, "fr",
     "Marché documents download fails (error page); UAI given; HTML-only.",
     "Romain Fontaine <romain.fontaine@ac-amiens.fr>",
     "Erreur téléchargement pièces du marché",
     """Bonjour,

Le téléchargement des pièces du marché (acte d'engagement, BPU) renvoie
une page d'erreur depuis notre compte (lycée Félix Faure, Beauvais,
0602656L). Nouvel adjoint gestionnaire, j'en ai besoin pour préparer le
budget.

Romain Fontaine
""", client="outlook", html="only")
# ---------------------------------------------------------------------------
# transfer_incident (10)
# ---------------------------------------------------------------------------
mail("transfer_incident", False, "0591705H", "ecoledirecte", False, "fr",
     "Since the rentrée the school-management data transfer fails every night; UAI given.",
     "Laurent Dhainaut <laurent.dhainaut@ac-lille.fr>",
     "Transfert des données en échec",
     """Bonjour,

Depuis la rentrée, le transfert nocturne des données vers EcoleDirecte
échoue pour le collège Verlaine de Maubeuge (0591705H) : les nouvelles
classes n'apparaissent pas côté familles. Je suis le nouveau principal
adjoint et je découvre l'outil.

Laurent Dhainaut
""", client="outlook", html="alt")

mail("transfer_incident", False, None, "ecoledirecte", True, "fr",
     "Asks for 'le mot de passe de maintenance du jour': transfer_incident per the taxonomy, not password_reset.",
     "Secrétariat <secretariat.stemarie@ecmail-85.fr>",
     "mot de passe maintenance",
     """Bonjour,

Pourriez-vous nous communiquer le mot de passe de maintenance du jour ?
Nous devons relancer la synchronisation de la base élèves après
l'arrivée de 40 nouveaux inscrits. Je suis nouvelle au secrétariat et
je ne sais pas où le trouver.

Merci
Béatrice
Ecole privée Sainte-Marie, Montaigu
""", client="outlook")

mail("transfer_incident", False, "0442030T", "ecoledirecte", False, "fr",
     "Licence to regenerate after the change of server at the rentrée; UAI given.",
     "Service informatique Lycée Livet <informatique.livet@ac-nantes.fr>",
     "Licence à régénérer",
     """Bonjour,

Suite au remplacement du serveur administratif cet été, l'outil de
transfert indique "licence invalide" pour le lycée Livet (0442030T).
Pouvez-vous régénérer la licence ?

Le référent numérique
""", client="thunderbird")

mail("transfer_incident", False, "0622613D", "ecoledirecte", False, "en",
     "English: the nightly synchronisation stopped and timetables are outdated; UAI given.",
     "Ben Carter <ben.carter@ac-lille.fr>",
     "Sync failing since September 3",
     """Hello,

The nightly synchronisation between our school-management software and
EcoleDirecte has failed every night since September 3 at lycée
Robespierre (0622613D). Parents still see last year's timetable.
I am the new IT technician here.

Ben Carter
""", client="outlook")

mail("transfer_incident", False, "0531062S", "ecoledirecte", False, "fr",
     "The antivirus installed at the rentrée quarantines the transfer tool; transfers no longer run.",
     "Jérémy Gautier <jeremy.gautier@ac-nantes.fr>",
     "Outil de transfert bloqué par l'antivirus",
     """Bonjour,

Le nouvel antivirus déployé à la rentrée met en quarantaine l'outil de
transfert Charlemagne au collège de Meslay-du-Maine (0531062S). Plus
aucun transfert depuis lundi. Quels fichiers faut-il exclure ?

Jérémy Gautier
Assistant informatique
""", client="zimbra")

mail("transfer_incident", False, "0802697X", "ecoledirecte", True, "fr",
     "Negation: 'ce n'est pas mon mot de passe personnel', it is the daily maintenance password that is refused: transfer_incident.",
     "Géraldine Picard <geraldine.picard@ac-amiens.fr>",
     "mot de passe refusé",
     """Bonjour,

Ce n'est pas mon mot de passe personnel qui pose problème (je me connecte
bien), c'est le mot de passe de maintenance quotidien qui est refusé
quand je lance la réindexation de la base au lycée Madeleine Michelis
d'Amiens (0802697X). Je suis la nouvelle secrétaire de scolarité.

G. Picard
""", client="outlook", html="alt")

mail("transfer_incident", False, "0601301N", "ecoledirecte", False, "fr",
     "Transfer log error after the new class structure was imported; log excerpt attached.",
     "Mathieu Bernard <mathieu.bernard@ac-amiens.fr>",
     "Erreur lors du transfert",
     """Bonjour,

Après l'import de la nouvelle structure (divisions de rentrée) au collège
de Noyon (0601301N), le transfert s'arrête avec une erreur. Je joins le
journal.

Mathieu Bernard, principal adjoint
""", client="thunderbird", attach=[("journal_transfert.txt", "text/plain")])

mail("transfer_incident", False, None, "ecoledirecte", False, "fr",
     "No accents, phone-written: notes do not go up to the platform since the rentrée; académie sender.",
     "Karim Benhamou <karim.benhamou@ac-lille.fr>",
     "notes pas transferees",
     """bonjour les notes saisies depuis la rentree ne remontent pas sur
ecoledirecte, les parents voient rien. on a change de logiciel de notes
cet ete. vous pouvez regarder ?
karim, cpe

Envoyé depuis mon téléphone
""", client="iphone")

mail("transfer_incident", False, "0851522T", "ecoledirecte", False, "fr",
     "Daily maintenance password requested to relaunch a failed synchronisation; UAI given; QP.",
     "Caroline Boutet <caroline.boutet@ac-nantes.fr>",
     "Synchronisation - code de maintenance",
     """Bonjour,

La synchronisation de la base s'est arrêtée hier soir au collège Molière
de Beaufou (0851522T). Pour la relancer, il me faut le code de
maintenance du jour. Pouvez-vous me l'envoyer ?

Caroline Boutet
""", client="gmail", cte="qp")

mail("transfer_incident", False, "0492273E", "ecoledirecte", True, "fr",
     "Two topics: transfer failing (main) and a question about adding a new secretary's account; the transfer needs a person.",
     "Stéphane Cadiou <stephane.cadiou@ac-nantes.fr>",
     "transfert + compte secrétaire",
     """Bonjour,

1. Le transfert quotidien vers EcoleDirecte est en erreur depuis trois
jours au lycée Joachim du Bellay (0492273E).
2. Accessoirement, comment créer un compte pour notre nouvelle
secrétaire ?

Le premier point est urgent, les bulletins approchent.

Stéphane Cadiou
Proviseur adjoint
""", client="outlook")
# ---------------------------------------------------------------------------
# other (14)
# ---------------------------------------------------------------------------
mail("other", False, None, None, False, "en",
     "English marketing spam for school furniture, unrelated to support.",
     "Jessica from EduDesk <jessica@edudesk-offers.biz>",
     "Back to school 2027: 40% off classroom furniture",
     """Hi there,

Back to school season is here! Equip your classrooms with our ergonomic
desks and chairs at 40% off until September 30.

Reply to this email to get your personalised catalogue.

Jessica
EduDesk Europe
""", client="gmail", html="alt", auth="fail")

mail("other", False, None, None, True, "fr",
     "Phishing 'votre boîte académique est pleine, confirmez votre mot de passe': mentions a password but is not password_reset; look-alike domain is not an académie domain.",
     "Messagerie Académique <support@ac-lille-messagerie.com>",
     "Votre boîte aux lettres est pleine",
     """Cher utilisateur,

Votre boîte aux lettres académique a atteint 98 % de sa capacité. Pour
éviter la suspension de votre compte à la rentrée, confirmez votre
identifiant et votre mot de passe en cliquant sur le lien ci-dessous :

http://ac-lille-messagerie.com/verification

Service informatique
""", client="outlook", html="only", auth="fail")

mail("other", False, "0592641A", "esidoc", True, "fr",
     "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked.",
     "Camille Dewaele <camille.dewaele@ac-lille.fr>",
     "Re: [#SUP-121022] Mot de passe e-sidoc - collège Albert Samain",
     """Merci beaucoup, le lien a fonctionné et j'ai pu changer le mot de passe.
Très bonne journée !

Camille Dewaele
Professeure documentaliste
Collège Albert Samain - Roubaix (0592641A)

Le 13/09/2027 à 10:05, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse connue pour votre
> établissement. Il est valable 12 heures.
>
> L'équipe d'assistance
""", client="thunderbird", reply="SUP-121022")

mail("other", False, None, None, False, "fr",
     "Job application (candidature spontanée) sent to the support address by mistake.",
     "Lina Haddad <lina.haddad92@gmail.com>",
     "Candidature spontanée - assistante support",
     """Madame, Monsieur,

Titulaire d'un BTS SIO, je me permets de vous adresser ma candidature
pour un poste de technicienne support. Vous trouverez mon CV en pièce
jointe.

Dans l'attente de votre réponse, je vous prie d'agréer mes salutations
distinguées.

Lina Haddad
""", client="gmail", attach=[("CV_Lina_Haddad.pdf", "application/pdf")])

mail("other", False, None, "esidoc", False, "fr",
     "The new documentaliste asks whether a training session on the portal is planned in the académie: not a support category.",
     "Bérénice Caron <berenice.caron@ac-amiens.fr>",
     "Formation au portail ?",
     """Bonjour,

Je viens de prendre mon premier poste de professeure documentaliste et je
découvre le portail e-sidoc. Existe-t-il une formation (présentielle ou
en ligne) prévue cet automne pour les nouveaux arrivants ?

Merci,
Bérénice Caron
""", client="zimbra")

mail("other", False, None, None, False, "fr",
     "A parent writes to the support address about her child's timetable: wrong recipient.",
     "Sandra Lefort <sandra.lefort85@orange.fr>",
     "emploi du temps de mon fils",
     """Bonjour,

Mon fils est en 5eme B et son emploi du temps n'est toujours pas le bon
depuis la rentrée, il a 2 fois sport le mardi. Pouvez vous corriger ?

Cordialement
Mme Lefort
""", client="apple")

mail("other", False, "0442901P", "espace_acheteur", True, "fr",
     "Gives a new postal address and phone for the school's records after the arrival of the new gestionnaire; no question in the taxonomy.",
     "Guillaume Le Goff <guillaume.legoff@ac-nantes.fr>",
     "Mise à jour coordonnées",
     """Bonjour,

Pour information, merci de noter les nouvelles coordonnées du service de
gestion du lycée Aristide Briand (0442901P) : bureau 12, bâtiment A,
téléphone 02 40 00 00 12. Je remplace M. Hervouet depuis septembre.

Guillaume Le Goff
""", client="thunderbird")

mail("other", False, None, None, False, "en",
     "English: a publisher's sales rep asks for a partnership meeting; unrelated to support.",
     "Tom Bradley <tom.bradley@brightreads-publishing.co.uk>",
     "Partnership opportunity for French school libraries",
     """Dear team,

We publish graded English readers and would love to explore a
partnership so that French school libraries can order our titles through
your platform. Would you have 20 minutes for a call next week?

Best wishes,
Tom Bradley
Head of Partnerships
""", client="outlook", html="alt")

mail("other", False, None, None, True, "fr",
     "Out-of-office style wording but typed by a person who only says she is the new contact; nothing asked, no automation headers.",
     "Odile Marchand <odile.marchand@ac-nantes.fr>",
     "Nouvelle interlocutrice",
     """Bonjour,

Je vous informe que je suis, depuis le 1er septembre, la nouvelle
interlocutrice pour les questions d'intendance du collège de Pouzauges.
Mme Rousseau n'est plus en poste ; merci de ne plus lui écrire.

Bonne rentrée à toute l'équipe,
Odile Marchand
""", client="outlook")

mail("other", False, None, None, False, "fr",
     "Request about personal data (RGPD) of a former staff member: needs a person, not a support category.",
     "Jacqueline Wallart <jacqueline.wallart@laposte.net>",
     "suppression de mes données",
     """Bonjour,

J'ai quitté l'Education nationale en juillet (retraite). Je souhaite que
mon compte et mes données personnelles soient supprimés de vos outils,
conformément au RGPD. Mon adresse académique n'existe plus.

Jacqueline Wallart
""", client="gmail")

mail("other", False, None, None, False, "fr",
     "Invitation to a regional meeting of new gestionnaires, sent by a person; not a support request.",
     "Dominique Lebas <dominique.lebas@ac-amiens.fr>",
     "Invitation réunion des nouveaux gestionnaires - 5 octobre",
     """Bonjour,

La réunion d'accueil des nouveaux adjoints gestionnaires de l'académie
aura lieu le mardi 5 octobre à Amiens. Souhaitez-vous y présenter vos
outils pendant 15 minutes ?

Bien cordialement,
Dominique Lebas
Division des établissements
""", client="outlook", html="alt")

mail("other", False, None, None, True, "fr",
     "Fake invoice with a malicious attachment ('facture impayée'): spam, not order_billing.",
     "Comptabilite <compta@fact-relance-paiement.net>",
     "Facture impayée n° 88213 - relance",
     """Bonjour,

Sauf erreur de notre part, la facture ci-jointe reste impayée. Merci de
procéder au règlement sous 48 h pour éviter des pénalités.

Service comptabilité
""", client="outlook", auth="fail", attach=[("Facture_88213.zip", "application/zip")])

mail("other", False, None, "esidoc", False, "fr",
     "Feature suggestion for the portal from a new documentaliste; no problem to solve.",
     "Loïc Gourdon <loic.gourdon@ac-nantes.fr>",
     "Suggestion",
     """Bonjour,

Une petite suggestion de nouvel arrivant : ce serait pratique de pouvoir
importer la liste des classes de rentrée directement dans le portail
plutôt que de les saisir. Je ne sais pas si c'est prévu.

Bonne journée
Loïc Gourdon
""", client="apple")

mail("other", False, None, None, False, "fr",
     "A student asks how to get his password for the ENT: wrong recipient, not our product.",
     "Enzo <enzo.dlb62@gmail.com>",
     "code ENT",
     """slt jsui en seconde au lycee a lens et g pas mon code pr l ENT
la prof ma dit decrire a l assistance
merci
""", client="iphone")
# ---------------------------------------------------------------------------
# automated (18)
# ---------------------------------------------------------------------------
mail("automated", False, None, None, False, "fr",
     "Outlook out-of-office in French from a principal's académie address (Auto-Submitted, X-Auto-Response-Suppress); region from ac-lille.fr.",
     "Arnaud Delporte <arnaud.delporte@ac-lille.fr>",
     "Réponse automatique : [#SUP-121310] Changement d'administrateur du portail CDI",
     """Bonjour,

Je suis en réunion de rentrée des chefs d'établissement jusqu'au vendredi
10 septembre et ne consulte pas ma messagerie.
Pour toute urgence, contactez le secrétariat au 03 20 00 00 41.

Cordialement,
A. Delporte
""", client="outlook", kind="ooo", reply="SUP-121310")

mail("automated", False, None, None, False, "en",
     "Gmail vacation responder in English (Auto-Submitted: auto-replied).",
     "Emma Clarke <emma.clarke.teach@gmail.com>",
     "Out of office",
     """Hi,

I'm travelling back from the UK until September 6th with limited access
to email. I'll get back to you as soon as I can.

Emma
""", client="gmail", kind="ooo", reply="SUP-120204")

mail("automated", False, None, None, False, "fr",
     "Zimbra absence message in French from an académie address; region from ac-amiens.fr.",
     "Nathalie Poiret <nathalie.poiret@ac-amiens.fr>",
     "Absence : [#SUP-120655] oubli mot de passe",
     """Bonjour,

Je suis absente du CDI jusqu'au 20 septembre (stage de formation des
néo-titulaires). Votre message sera traité à mon retour.

Nathalie Poiret
""", client="zimbra", kind="ooo", reply="SUP-120655")

mail("automated", False, "0591196E", None, True, "fr",
     "Out-of-office sent from the ce.<UAI>@ac-lille.fr mailbox: automated despite the establishment address; the UAI is the sender's.",
     "Collège Lavoisier <ce.0591196E@ac-lille.fr>",
     "Réponse automatique : [#SUP-120871] Pas reçu le mail d'activation",
     """Bonjour,

Le secrétariat du collège est fermé du 23 au 27 septembre (pont
pédagogique). Pour les inscriptions, merci de rappeler à partir du 28.

Le secrétariat
""", client="outlook", kind="ooo", reply="SUP-120871")

mail("automated", False, None, None, True, "en",
     "Postfix bounce: the former documentaliste's mailbox no longer exists after her transfer (5.1.1), multipart/report with the original reset answer attached.",
     "Mail Delivery System <MAILER-DAEMON@mail.stpaul-lille.fr>",
     "Undelivered Mail Returned to Sender",
     """This is the mail system at host mail.stpaul-lille.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<m.becquart@stpaul-lille.fr>: host mail.stpaul-lille.fr[local] said:
    550 5.1.1 User unknown
""", client="robot", kind="bounce", rcpt="m.becquart@stpaul-lille.fr", status="5.1.1",
     orig_subject="[#SUP-120933] Aucun mail du portail",
     orig_body="Bonjour,\n\nVérifiez votre dossier de courrier indésirable et ajoutez notre adresse\nno-reply à vos expéditeurs autorisés.\n\nL'équipe d'assistance\n")

mail("automated", False, None, None, False, "fr",
     "Exchange non-delivery report in French ('Non remis :'), multipart/report: the retired gestionnaire's address is disabled.",
     "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@saumur-agglo.fr>",
     "Non remis : [#SUP-120402] mot de passe perdu espace acheteur",
     """Impossible de remettre votre message à b.rousselot@saumur-agglo.fr.
La boîte aux lettres du destinataire est désactivée.

Diagnostic pour les administrateurs :
Serveur de génération : PR1P264MB2211.FRAP264.PROD.OUTLOOK.COM
b.rousselot@saumur-agglo.fr
Le serveur distant a retourné '550 5.1.10 RESOLVER.ADR.RecipientNotFound'
""", client="robot", kind="bounce", rcpt="b.rousselot@saumur-agglo.fr", status="5.1.10",
     orig_subject="[#SUP-120402] mot de passe perdu espace acheteur",
     orig_body="Bonjour,\n\nUn lien de réinitialisation a été envoyé à l'adresse enregistrée.\n\nL'équipe d'assistance\n")

mail("automated", False, None, None, False, "fr",
     "Bounce from the académie mail server (MAILER-DAEMON@ac-nantes.fr) for a documentaliste who changed académie; region from the domain.",
     "MAILER-DAEMON <MAILER-DAEMON@ac-nantes.fr>",
     "Undelivered Mail Returned to Sender",
     """Ceci est le système de messagerie de l'académie de Nantes.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<veronique.hervouet@ac-nantes.fr> : adresse inconnue (compte supprimé)
""", client="robot", kind="bounce", rcpt="veronique.hervouet@ac-nantes.fr", status="5.1.1",
     orig_subject="[#SUP-119988] Accès portail CDI",
     orig_body="Bonjour,\n\nVotre demande a bien été enregistrée.\n\nL'équipe d'assistance\n")

mail("automated", False, None, None, False, "fr",
     "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from ac-amiens.fr.",
     "Bertrand Magnier <bertrand.magnier@ac-amiens.fr>",
     "Lu : [#SUP-121377] Autorisation de commande",
     """Votre message

  À : Bertrand Magnier
  Objet : [#SUP-121377] Autorisation de commande
  Envoyé : 14/09/2027 10:02

a été lu le 14/09/2027 11:47.
""", client="robot", kind="mdn", reply="SUP-121377")

mail("automated", False, None, None, False, "en",
     "Thunderbird return receipt in English, multipart/report disposition-notification.",
     "Mark Benoit <mark.benoit@ac-nantes.fr>",
     "Return Receipt (displayed) - [#SUP-120710] Locked out",
     """This is a Return Receipt for the mail that you sent to
mark.benoit@ac-nantes.fr.

Note: This Return Receipt only acknowledges that the message was
displayed on the recipient's computer. There is no guarantee that the
recipient has read or understood the message contents.
""", client="robot", kind="mdn", reply="SUP-120710")

mail("automated", False, None, None, True, "fr",
     "MailInBlack sender-authentication challenge sent to our support address: a robot message, not a user complaint about MailInBlack.",
     "Mailinblack <no-reply@mailinblack.com>",
     "Votre message est en attente de validation",
     """Bonjour,

Vous avez envoyé un message à laetitia.carpentier@ac-amiens.fr.
Ce destinataire est protégé par Mailinblack.

Pour que votre message soit délivré, merci de confirmer que vous êtes
un humain en cliquant sur le lien ci-dessous :
https://challenge.mailinblack.com/v/8f3a1c

Cette vérification n'est demandée qu'une seule fois.

Mailinblack - protection de messagerie
""", client="robot", kind="mib", html="alt")

mail("automated", False, None, None, True, "fr",
     "A second MailInBlack challenge (HTML only) for a gestionnaire's mailbox, triggered by our activation mail: automated.",
     "Protection Mailinblack <no-reply@mailinblack.com>",
     "Confirmez votre envoi à stephanie.wattel@ac-lille.fr",
     """Bonjour,

Votre message "Activez votre compte Espace Acheteur" à destination de
stephanie.wattel@ac-lille.fr est en attente.

Prouvez que vous n'êtes pas un robot pour qu'il soit remis :
https://challenge.mailinblack.com/v/41be07

Mailinblack
""", client="robot", kind="mib", html="only")

mail("automated", False, None, "esidoc", False, "fr",
     "Académie mailing list newsletter for documentalistes (List-Id, Precedence: bulk), HTML.",
     "Lettre des CDI <lettre-cdi@listes.ac-lille.fr>",
     "Lettre d'information des professeurs documentalistes - rentrée 2027",
     """Lettre d'information n° 42 - septembre 2027

Bienvenue aux collègues nouvellement nommés dans l'académie !

- Journée d'accueil des néo-titulaires : 22 septembre
- Le portail e-sidoc : ressources et tutoriels de prise en main
- Semaine de la presse à l'école : inscriptions ouvertes

Vous recevez ce message car vous êtes inscrit à la liste lettre-cdi.
Se désinscrire : https://listes.ac-lille.fr/sympa/sigrequest/lettre-cdi
""", client="robot", kind="list", html="alt", list_id="lettre-cdi.listes.ac-lille.fr")

mail("automated", False, None, None, False, "en",
     "Vendor newsletter in English with List-Unsubscribe and Precedence: bulk.",
     "EdTech Weekly <news@edtechweekly-mail.com>",
     "EdTech Weekly: 7 tools for back to school",
     """EdTech Weekly - September 2027

This week: seven tools teachers love for back to school, a look at AI
in classrooms, and our upcoming webinar on library management.

You are receiving this because you subscribed at edtechweekly.com.
Unsubscribe: https://edtechweekly-mail.com/u/93kd02
""", client="robot", kind="list", html="only", list_id="weekly.edtechweekly-mail.com")

mail("automated", False, None, "espace_acheteur", True, "fr",
     "Chorus Pro auto-generated notification of a new invoice: mentions 'facture' but is a robot notification, not order_billing.",
     "Chorus Pro <ne-pas-repondre@chorus-pro.gouv.fr>",
     "Chorus Pro - Nouvelle facture déposée",
     """Bonjour,

Une nouvelle facture a été déposée sur Chorus Pro à destination de votre
structure.

Numéro de facture : FA-2027-09177
Montant TTC : 1 284,00 EUR

Ceci est un message automatique, merci de ne pas y répondre.
""", client="robot", kind="notif")

mail("automated", False, None, "espace_acheteur", True, "fr",
     "Our own platform's no-reply notification (order validated) looped into the support mailbox: automated, not order_billing.",
     "Espace Acheteur <no-reply@espace-acheteur.example.fr>",
     "Commande validée n° 27-55873",
     """Bonjour,

La commande n° 27-55873 a été validée par l'ordonnateur.
Vous pouvez suivre sa livraison dans votre Espace Acheteur, rubrique
"Mes commandes".

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""", client="robot", kind="notif", html="alt")

mail("automated", False, None, None, False, "fr",
     "ENT notification robot ('vous avez un nouveau message'), Auto-Submitted: auto-generated.",
     "ENT Hauts-de-France <ne-pas-repondre@enthdf.fr>",
     "Vous avez reçu un nouveau message",
     """Bonjour,

Vous avez reçu un nouveau message dans votre messagerie de l'ENT.
Connectez-vous pour le consulter.

Ceci est un message automatique.
""", client="robot", kind="notif")

mail("automated", False, None, None, False, "en",
     "Postfix delay warning (Action: delayed), multipart/report; not a failure, still a robot.",
     "Mail Delivery System <MAILER-DAEMON@mx.lycee-international-lille.fr>",
     "Delayed Mail (still being retried)",
     """This is the mail system at host mx.lycee-international-lille.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.
""", client="robot", kind="bounce", rcpt="c.whitfield@lycee-international-lille.fr", status="4.4.1",
     action="delayed", orig_subject="[#SUP-120780] Anti-spam challenge (MailInBlack)",
     orig_body="Hello,\n\nPlease find our allow-list guide below.\n\nThe support team\n")

mail("automated", False, None, None, False, "fr",
     "Outlook out-of-office (congé maternité) from ac-nantes.fr; region from the domain.",
     "Coralie Besnard <coralie.besnard@ac-nantes.fr>",
     "Réponse automatique : [#SUP-121540] accord-cadre et annexes",
     """Bonjour,

Je suis absente jusqu'au 15 octobre. Pour toute question relative aux
commandes du collège, merci de contacter l'intendance au 02 43 00 00 07.

Coralie Besnard
""", client="outlook", kind="ooo", reply="SUP-121540")

# Dates that the text itself pins down (keyed by subject).
DATE_OVERRIDE = {
    "Re: [#SUP-120377] Mot de passe e-sidoc": "2027-09-07 08:12",
    "RE: [#SUP-120911] mail d'activation": "2027-09-10 09:03",
    "Re: [#SUP-119842] Mot de passe e-sidoc": "2027-09-09 14:21",
    "Abonnement commandé le 18 août toujours pas actif": "2027-09-09 08:47",
    "Compte toujours en attente": "2027-09-13 11:30",
    "RE: [#SUP-121456] Accès administrateur e-sidoc": "2027-09-13 17:45",
    "Re: [#SUP-120058] attestation marché": "2027-09-10 10:18",
    "Re: [#SUP-121022] Mot de passe e-sidoc - collège Albert Samain": "2027-09-13 10:52",
    "Lu : [#SUP-121377] Autorisation de commande": "2027-09-14 11:47",
    "Out of office": "2027-09-02 15:31",
    "Absence : [#SUP-120655] oubli mot de passe": "2027-09-08 16:02",
    "Réponse automatique : [#SUP-121310] Changement d'administrateur du portail CDI": "2027-09-07 10:40",
    "Réponse automatique : [#SUP-120871] Pas reçu le mail d'activation": "2027-09-23 08:05",
    "Réponse automatique : [#SUP-121540] accord-cadre et annexes": "2027-09-28 09:14",
    "Invitation réunion des nouveaux gestionnaires - 5 octobre": "2027-09-21 13:37",
    "Autorisation de commande": "2027-09-14 10:01",
    "Erreur sur facture + convention": "2027-09-24 14:10",
    "Sync failing since September 3": "2027-09-07 08:55",
    "Disponibilité abonnement": "2027-09-08 17:20",
    "Lettre d'information des professeurs documentalistes - rentrée 2027": "2027-09-03 06:00",
}

TZ = dt.timezone(dt.timedelta(hours=2))
START = dt.datetime(2027, 8, 30, tzinfo=TZ)


def pick_date(m, rng):
    if m["subj"] in DATE_OVERRIDE:
        d = dt.datetime.strptime(DATE_OVERRIDE[m["subj"]], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
        return d + dt.timedelta(seconds=rng.randint(0, 59))
    while True:
        d = START + dt.timedelta(days=rng.randint(0, 39), hours=rng.randint(7, 18),
                                 minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
        if m["cat"] == "automated" or d.weekday() < 5 or rng.random() < 0.15:
            return d


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def uuid(rng, upper=False):
    s = "%s-%s-4%s-%s%s-%s" % (hexs(rng, 8), hexs(rng, 4), hexs(rng, 3), rng.choice("89ab"), hexs(rng, 3), hexs(rng, 12))
    return s.upper() if upper else s


def enc_header(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode(linesep="\n")


def enc_addr(full):
    name, addr = email.utils.parseaddr(full)
    if not name:
        return addr
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, addr))
    except UnicodeEncodeError:
        return email.utils.formataddr((name, addr), charset="utf-8")


def to_html(text, style, charset="utf-8"):
    paras = text.strip("\n").split("\n\n")
    if style == "outlook":
        out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office">',
               '<head><meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset,
               '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>',
               '</head>', '<body lang="FR" link="#0563C1" vlink="#954F72">', '<div class="WordSection1">']
        for p in paras:
            for line in p.split("\n"):
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % html.escape(line))
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        out += ["</div>", "</body>", "</html>"]
    elif style == "gmail":
        out = ['<div dir="ltr">']
        for p in paras:
            out.append("<div>%s</div><div><br></div>" % "<br>".join(html.escape(l) for l in p.split("\n")))
        out.append("</div>")
    elif style == "zimbra":
        out = ['<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">']
        for p in paras:
            for line in p.split("\n"):
                out.append("<div>%s</div>" % html.escape(line))
            out.append("<div><br data-mce-bogus=\"1\"></div>")
        out.append("</div></body></html>")
    else:
        out = ['<!DOCTYPE html>', '<html lang="fr"><head><meta charset="utf-8"><title>Message</title></head>',
               '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">',
               '<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>']
        for p in paras:
            out.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in p.split("\n")))
        out.append("</td></tr></table></body></html>")
    return "\n".join(out) + "\n"


def encode_body(text, charset, cte):
    data = text.encode(charset)
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(data).decode("ascii")
    if cte == "b64":
        return "base64", base64.encodebytes(data).decode("ascii")
    if cte == "7bit":
        data.decode("ascii")
        return "7bit", text
    return "8bit", text


def leaf(ctype, text, charset, cte, extra=""):
    name, body = encode_body(text, charset, cte)
    head = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (ctype, charset, extra, name)
    if not body.endswith("\n"):
        body += "\n"
    return head + "\n" + body


def attachment(name, ctype, rng):
    if ctype == "application/pdf":
        raw = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" + bytes(rng.randrange(256) for _ in range(600)) + b"\n%%EOF\n"
    elif ctype == "text/plain":
        raw = ("[2027-09-15 02:00:03] Debut du transfert\n"
               "[2027-09-15 02:00:41] Lecture structure : 27 divisions\n"
               "[2027-09-15 02:01:12] ERREUR 4012 : division '5EME D' inconnue cote plateforme\n"
               "[2027-09-15 02:01:12] Transfert interrompu\n").encode("utf-8")
    else:
        raw = b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(400))
    b64 = base64.encodebytes(raw).decode("ascii")
    return ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
            'Content-Transfer-Encoding: base64\n\n%s' % (ctype, name, name, b64))


def multipart(subtype, boundary, parts, extra=""):
    out = ['Content-Type: multipart/%s;\n boundary="%s"%s\n' % (subtype, boundary, extra), "\n"]
    for p in parts:
        out.append("--%s\n%s\n" % (boundary, p.rstrip("\n") + "\n"))
    out.append("--%s--\n" % boundary)
    return "".join(out)


def split_head_body(part):
    head, _, body = part.partition("\n\n")
    return head + "\n", body


EXO_DOMAINS = {"outlook.com", "loire-atlantique.fr", "saumur-agglo.fr", "hautsdefrance.fr",
               "lycee-international-lille.fr", "brightreads-publishing.co.uk"}


def sender_host(dom, client, rng):
    if client == "gmail" or dom == "gmail.com":
        return "mail-sor-f%d.google.com" % rng.randint(41, 73), "209.85.220.%d" % rng.randint(10, 90)
    if dom in EXO_DOMAINS:
        return ("%s.outbound.protection.outlook.com" % rng.choice(["PAUP264CU001", "MRZP264CU002", "PR0P264CU004"]),
                "192.0.2.%d" % rng.randint(10, 250))
    if dom.startswith("ac-"):
        return "smtp%d.%s" % (rng.randint(1, 4), dom), "203.0.113.%d" % rng.randint(10, 250)
    return "mail.%s" % dom, "198.51.100.%d" % rng.randint(10, 250)


def message_id(client, dom, date, rng):
    ts = int(date.timestamp())
    if client == "outlook":
        if dom.startswith("ac-"):
            return "<000%s01dc%s$%s$%s$@%s>" % (rng.randint(1, 9), hexs(rng, 4), hexs(rng, 8), hexs(rng, 8), dom)
        box = "PR1P264MB%04d" % rng.randint(1000, 9999)
        return "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (box, hexs(rng, 24).upper(), box)
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % alnum(rng, 42)
    if client in ("apple", "iphone"):
        return "<%s@%s>" % (uuid(rng, upper=True), dom)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(100000, 999999), rng.randint(1000000, 9999999), ts * 1000 + rng.randint(0, 999), dom)
    if client == "robot":
        return "<%s.%s@%s>" % (date.strftime("%Y%m%d%H%M%S"), alnum(rng, 12), dom)
    return "<%s@%s>" % (uuid(rng), dom)


def ticket_id(ref, date, rng):
    return "<%s.%d.%s@assistance.example.fr>" % (ref, int(date.timestamp()) - rng.randint(3600, 400000), hexs(rng, 6))


def body_part(m, rng):
    client = m["client"]
    text = m["body"]
    default_html = {"outlook": "alt", "gmail": "alt", "zimbra": "alt"}.get(client)
    mode = m.get("html", default_html)
    ascii_only = all(ord(c) < 128 for c in text)
    cte = m.get("cte") or {"outlook": "qp", "gmail": "7bit" if ascii_only else "qp", "zimbra": "qp",
                           "thunderbird": "8bit", "apple": "qp", "iphone": "qp", "robot": "8bit"}[client]
    charset = "utf-8"
    if client == "outlook" and cte == "qp":
        try:
            text.encode("iso-8859-1")
            charset = "iso-8859-1"
        except UnicodeEncodeError:
            pass
    style = client if client in ("outlook", "gmail", "zimbra") else "plain"
    html_cte = "b64" if cte == "b64" else "qp"
    if client == "thunderbird":
        plain = leaf("text/plain", text, charset, cte, "; format=flowed")
    else:
        plain = leaf("text/plain", text, charset, cte)
    if mode == "only":
        return leaf("text/html", to_html(text, style, charset), charset, html_cte)
    if mode == "alt":
        hpart = leaf("text/html", to_html(text, style, charset), charset, html_cte)
        boundary = {"outlook": "_000_%s_" % alnum(rng, 28), "gmail": "000000000000%s" % hexs(rng, 12),
                    "zimbra": "=_%s" % uuid(rng)}.get(client, "----=_Part_%d_%d" % (rng.randint(1000, 99999), rng.randint(10 ** 8, 10 ** 9)))
        return multipart("alternative", boundary, [plain, hpart])
    return plain


def report_part(m, date, rng, from_addr):
    dom = from_addr.rsplit("@", 1)[1]
    kind = m["kind"]
    human = leaf("text/plain", m["body"], "utf-8", "8bit" if any(ord(c) > 127 for c in m["body"]) else "7bit")
    human = 'Content-Description: Notification\n' + human
    boundary = "%s.%d/%s" % (alnum(rng, 14), int(date.timestamp()), dom)
    if kind == "bounce":
        rcpt = m["rcpt"]
        status = m["status"]
        action = m.get("action", "failed")
        ds = ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n"
              "Original-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n"
              "Diagnostic-Code: smtp; %s\n") % (
            "mail." + rcpt.rsplit("@", 1)[1], email.utils.format_datetime(date - dt.timedelta(minutes=1)),
            rcpt, rcpt, action, status,
            "550 %s User unknown" % status if action == "failed" else "451 4.4.1 Connection timed out")
        dspart = "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + ds
        orig_date = date - dt.timedelta(minutes=rng.randint(1, 300) if action == "failed" else 240)
        orig_headers = ("From: Assistance <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
                        "Auto-Submitted: auto-replied\nMIME-Version: 1.0\n") % (
            SUPPORT, rcpt, enc_header(m["orig_subject"]), email.utils.format_datetime(orig_date),
            ticket_id(m["orig_subject"][2:12], date, rng))
        orig = orig_headers + leaf("text/plain", m["orig_body"], "utf-8", "qp")
        if "Microsoft" in m["frm"]:
            origpart = ("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
                        + orig_headers)
        else:
            origpart = "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + orig
        return multipart("report", boundary, [human, dspart, origpart], "; report-type=delivery-status")
    # mdn
    name, addr = email.utils.parseaddr(m["frm"])
    mdn = ("Reporting-UA: %s; %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n") % (
        dom, "Microsoft Outlook 16.0" if m["subj"].startswith("Lu") else "Mozilla Thunderbird",
        addr, ticket_id(m["reply"], date, rng))
    mdnpart = "Content-Type: message/disposition-notification\n\n" + mdn
    return multipart("report", boundary, [human, mdnpart], "; report-type=disposition-notification")


def build(m, rng):
    date = pick_date(m, rng)
    name, addr = email.utils.parseaddr(m["frm"])
    dom = addr.rsplit("@", 1)[1].lower()
    client = m["client"]
    kind = m.get("kind")
    host, ip = sender_host(dom, client, rng)
    qid = alnum(rng, 15)
    recv_date = date + dt.timedelta(seconds=rng.randint(2, 40))
    h = []
    if kind == "bounce":
        h.append("Return-Path: <>\n")
    elif kind in ("list", "mib"):
        h.append("Return-Path: <bounce-%s@%s>\n" % (hexs(rng, 10), dom))
    else:
        h.append("Return-Path: <%s>\n" % addr)
    h.append("Delivered-To: %s\n" % SUPPORT)
    h.append("Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
             "\tfor <%s>; %s\n" % (host, host, ip, qid, SUPPORT, email.utils.format_datetime(recv_date)))
    auth = m.get("auth", "pass")
    if auth == "fail":
        h.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n"
                 "\tspf=fail smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) header.from=%s\n" % (dom, dom))
    elif kind == "bounce":
        h.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n"
                 "\tspf=pass smtp.helo=%s;\n\tdmarc=none\n" % host)
    else:
        h.append("Authentication-Results: mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n"
                 "\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s\n" % (dom, dom, dom))
    if client not in ("robot",) and not dom.endswith("gmail.com"):
        h.append("Received: from [192.168.%d.%d] (unknown [%s])\n\tby %s with ESMTPSA id %s\n\tfor <%s>; %s\n" % (
            rng.randint(0, 20), rng.randint(2, 250), "203.0.113.%d" % rng.randint(2, 250), host,
            hexs(rng, 10).upper(), SUPPORT, email.utils.format_datetime(date + dt.timedelta(seconds=1))))
    mid = message_id(client, dom, date, rng)
    frm = enc_addr(m["frm"])
    subj = enc_header(m["subj"], "iso-8859-1" if client == "outlook" and all(ord(c) < 256 for c in m["subj"]) else "utf-8")
    to = "Assistance <%s>" % SUPPORT if client in ("outlook", "gmail", "robot") else SUPPORT
    if client == "outlook":
        h += ["From: %s\n" % frm, "To: %s\n" % to]
        if m.get("cc"):
            h.append("CC: %s\n" % enc_addr(m["cc"]))
        h += ["Subject: %s\n" % subj, "Thread-Topic: %s\n" % subj,
              "Thread-Index: %s\n" % base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode(),
              "Date: %s\n" % email.utils.format_datetime(date), "Message-ID: %s\n" % mid]
    elif client == "gmail":
        h += ["MIME-Version: 1.0\n", "From: %s\n" % frm, "Date: %s\n" % email.utils.format_datetime(date),
              "Message-ID: %s\n" % mid, "Subject: %s\n" % subj, "To: %s\n" % to]
        if m.get("cc"):
            h.append("Cc: %s\n" % enc_addr(m["cc"]))
    else:
        h += ["Message-ID: %s\n" % mid, "Date: %s\n" % email.utils.format_datetime(date)]
        if client != "robot":
            h.append("MIME-Version: 1.0\n")
        h += ["From: %s\n" % frm, "To: %s\n" % to]
        if m.get("cc"):
            h.append("Cc: %s\n" % enc_addr(m["cc"]))
        h.append("Subject: %s\n" % subj)
    if m.get("reply_to"):
        h.append("Reply-To: %s\n" % m["reply_to"])
    if m.get("reply"):
        tid = ticket_id(m["reply"], date, rng)
        h += ["In-Reply-To: %s\n" % tid, "References: %s\n" % tid]
    if client == "outlook":
        h += ["Accept-Language: fr-FR, en-US\n", "Content-Language: %s\n" % ("en-US" if m["lang"] == "en" else "fr-FR"),
              "X-MS-Has-Attach: %s\n" % ("yes" if m.get("attach") else ""), "X-MS-TNEF-Correlator:\n"]
        if dom.startswith("ac-"):
            h.append("X-Mailer: Microsoft Outlook 16.0\n")
        h.append("MIME-Version: 1.0\n")
    elif client == "thunderbird":
        h += ["User-Agent: Mozilla Thunderbird\n", "Content-Language: %s\n" % ("en-GB" if m["lang"] == "en" else "fr")]
    elif client == "apple":
        h = [x for x in h if x != "MIME-Version: 1.0\n"]
        h += ["X-Mailer: Apple Mail (2.3826.400.131.1.6)\n", "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))\n"]
    elif client == "iphone":
        h += ["X-Mailer: iPhone Mail (22A3354)\n"]
    elif client == "zimbra":
        h += ["X-Mailer: Zimbra 10.0.8_GA_4671 (ZimbraWebClient - FF130 (Linux)/10.0.8_GA_4671)\n",
              "Thread-Index: %s\n" % base64.b64encode(bytes(rng.randrange(256) for _ in range(14))).decode(),
              "Thread-Topic: %s\n" % subj]
    elif client == "robot":
        h.append("MIME-Version: 1.0\n")
    # automation headers
    if kind == "ooo":
        if client == "outlook":
            h += ["Auto-Submitted: auto-generated\n", "X-Auto-Response-Suppress: All\n",
                  "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent\n"]
        else:
            h.append("Auto-Submitted: auto-replied\n")
    elif kind == "bounce":
        h.append("Auto-Submitted: auto-replied\n")
    elif kind == "mib":
        h += ["Auto-Submitted: auto-replied\n", "X-Mailinblack: challenge\n"]
    elif kind == "list":
        lid = m["list_id"]
        h += ["List-Id: <%s>\n" % lid, "List-Unsubscribe: <mailto:unsubscribe@%s>\n" % dom,
              "Precedence: bulk\n"]
    elif kind == "notif":
        h += ["Auto-Submitted: auto-generated\n", "X-Auto-Response-Suppress: All\n", "Precedence: bulk\n"]
    # content
    if kind in ("bounce", "mdn"):
        content = report_part(m, date, rng, addr)
    else:
        content = body_part(m, rng)
        if m.get("attach"):
            parts = [content] + [attachment(n, t, rng) for n, t in m["attach"]]
            boundary = {"outlook": "_004_%s_" % alnum(rng, 28), "gmail": "000000000000%s" % hexs(rng, 12),
                        "thunderbird": "------------%s" % alnum(rng, 24)}.get(client, "Apple-Mail=_%s" % uuid(rng, upper=True))
            content = multipart("mixed", boundary, parts)
    return ("".join(h) + content).encode("utf-8"), date


# ---------------------------------------------------------------------------
# write
# ---------------------------------------------------------------------------
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def write_all():
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    labels = []
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        fname = "h%03d.eml" % n
        raw, _date = build(m, RNG)
        (HERE / fname).write_bytes(raw)
        addr = email.utils.parseaddr(m["frm"])[1]
        labels.append({"file": fname, "category": m["cat"], "auto_reply_ok": m["ok"], "uai": m["uai"],
                       "region": region_for(m["uai"], addr), "platform": m["plat"], "hard": m["hard"],
                       "lang": m["lang"], "notes": m["notes"]})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------
# check (re-reads the files from disk)
# ---------------------------------------------------------------------------
class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, data):
        self.out.append(data)

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "p", "div", "tr"):
            self.out.append("\n")


def visible_text(msg):
    bits = [str(msg.get("subject", "")), str(msg.get("from", "")), str(msg.get("reply-to", "")),
            str(msg.get("cc", ""))]
    for part in msg.walk():
        if part.get_content_maintype() != "text" or part.get_content_disposition() == "attachment":
            continue
        text = part.get_content()
        if part.get_content_subtype() == "html":
            p = _Text()
            p.feed(text)
            text = "".join(p.out)
        bits.append(text)
    return "\n".join(bits)


CODE_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")


def check_all():
    emls = sorted(HERE.glob("h*.eml"))
    assert len(emls) == 150, len(emls)
    assert [p.name for p in emls] == ["h%03d.eml" % i for i in range(1, 151)]
    labels = [json.loads(line) for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(labels) == 150
    seen = set()
    n_en = 0
    for lab, path in zip(labels, emls):
        f = lab["file"]
        assert list(lab.keys()) == LABEL_KEYS, (f, lab.keys())
        assert f == path.name, f
        assert lab["category"] in CATEGORIES, f
        seen.add(lab["category"])
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, f
        assert lab["uai"] is None or (isinstance(lab["uai"], str) and lab["uai"] == lab["uai"].upper() and uai_ok(lab["uai"])), f
        assert lab["region"] is None or lab["region"] in REGIONS, f
        assert lab["platform"] is None or lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        n_en += lab["lang"] == "en"
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 20 and lab["notes"].endswith("."), f

        raw = path.read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, (f, part.get_content_type(), part.defects)
            for k, v in part.items():
                assert not getattr(v, "defects", ()), (f, k, v.defects)
        for hname in ("Message-ID", "Date", "From"):
            assert msg[hname], (f, hname)
        from_addr = msg["from"].addresses[0].addr_spec

        text = visible_text(msg)
        flat = re.sub(r"\s+", "", text).upper()
        # labelled UAI present in the mail
        if lab["uai"]:
            assert lab["uai"] in flat, (f, lab["uai"])
        # every valid-looking code is the label or explained; every invalid one is a wrong check letter
        for code in {c.upper() for c in CODE_RE.findall(text)}:
            if uai_ok(code):
                assert code == lab["uai"] or code in lab["notes"], (f, code)
            else:
                assert code in lab["notes"] and "wrong check letter" in lab["notes"], (f, code)
        if "wrong check letter" in lab["notes"]:
            bad = [c for c in CODE_RE.findall(lab["notes"]) if not uai_ok(c)]
            assert bad, f
            for c in bad:
                assert c in text.upper(), (f, c)
        # region from UAI département, else académie domain of the sender, else null
        if lab["uai"]:
            expect = DEPT.get(lab["uai"][:3])
        else:
            expect = DOMAIN.get(from_addr.rsplit("@", 1)[1].lower())
        assert lab["region"] == expect, (f, lab["region"], expect)
    assert seen == set(CATEGORIES), set(CATEGORIES) - seen
    assert 10 <= n_en <= 25, n_en
    return labels


if __name__ == "__main__":
    assert len(MAILS) == 150, len(MAILS)
    write_all()
    labs = check_all()
    from collections import Counter
    print("ok: 150 mails;", dict(Counter(l["category"] for l in labs)))
    print("english:", sum(l["lang"] == "en" for l in labs), "hard:", sum(l["hard"] for l in labs))

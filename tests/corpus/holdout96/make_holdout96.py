#!/usr/bin/env python3
"""Build the holdout96 blind corpus: 150 hand-written support mails with labels.

Theme: IT staff of départements and régions (Grand Est, Centre-Val de Loire) who run
the networks, web filters and mail of collèges and lycées, writing about mail
delivery, anti-spam, SSO and links; plus the usual school staff and robots.

Every mail text below is written by hand; this script only wraps each text in
headers and a transfer encoding, writes h001.eml ... h150.eml and labels.jsonl
next to itself, then re-reads everything and checks it.
Standard library only, deterministic (random.Random with a fixed seed).
"""
import base64
import datetime
import html
import json
import os
import quopri
import random
import re
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(960096)
L23 = "ABCDEFGHJKLMNPRSTUVWXYZ"

DEPT = {}
for slug, depts in {
    "auvergne-rhone-alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "bourgogne-franche-comte": "21 25 39 58 70 71 89 90",
    "bretagne": "22 29 35 56",
    "centre-val-de-loire": "18 28 36 37 41 45",
    "grand-est": "08 10 51 52 54 55 57 67 68 88",
    "hauts-de-france": "02 59 60 62 80",
    "ile-de-france": "75 77 78 91 92 93 94 95",
    "normandie": "14 27 50 61 76",
    "nouvelle-aquitaine": "16 17 19 23 24 33 40 47 64 79 86 87",
    "occitanie": "09 11 12 30 31 32 34 46 48 65 66 81 82",
    "pays-de-la-loire": "44 49 53 72 85",
    "provence-alpes-cote-d-azur": "04 05 06 13 83 84",
}.items():
    for d in depts.split():
        DEPT["0" + d] = slug
DEPT.update({"620": "corse", "720": "corse", "971": "guadeloupe", "972": "martinique",
             "973": "guyane", "974": "la-reunion", "976": "mayotte"})
ACDOM = {}
for slug, doms in {
    "auvergne-rhone-alpes": "ac-clermont.fr ac-grenoble.fr ac-lyon.fr",
    "bourgogne-franche-comte": "ac-besancon.fr ac-dijon.fr",
    "bretagne": "ac-rennes.fr", "centre-val-de-loire": "ac-orleans-tours.fr",
    "corse": "ac-corse.fr", "grand-est": "ac-nancy-metz.fr ac-reims.fr ac-strasbourg.fr",
    "hauts-de-france": "ac-amiens.fr ac-lille.fr",
    "ile-de-france": "ac-creteil.fr ac-paris.fr ac-versailles.fr",
    "normandie": "ac-normandie.fr ac-caen.fr ac-rouen.fr",
    "nouvelle-aquitaine": "ac-bordeaux.fr ac-limoges.fr ac-poitiers.fr",
    "occitanie": "ac-montpellier.fr ac-toulouse.fr", "pays-de-la-loire": "ac-nantes.fr",
    "provence-alpes-cote-d-azur": "ac-aix-marseille.fr ac-nice.fr",
    "guadeloupe": "ac-guadeloupe.fr", "martinique": "ac-martinique.fr", "guyane": "ac-guyane.fr",
    "la-reunion": "ac-reunion.fr", "mayotte": "ac-mayotte.fr",
}.items():
    for d in doms.split():
        ACDOM[d] = slug

CATS = {"password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
        "subscription_activation", "head_of_establishment_request", "order_billing",
        "contract_documents", "transfer_incident", "automated", "other"}
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
RSHORT = {"GE": "grand-est", "CVL": "centre-val-de-loire", None: None}
SUPPORT = "support@assistance.example.fr"

MAILS = []


def M(cat, ar, uai, reg, plat, hard, lang, notes, frm, subj, body, c="tb", **kw):
    """Record one hand-written mail. frm = (display name, address)."""
    MAILS.append(dict(category=cat, auto_reply_ok=ar, uai=uai, region=RSHORT.get(reg, reg),
                      platform=plat, hard=hard, lang=lang, notes=notes, frm=frm,
                      subj=subj, body=body.strip("\n") + "\n", c=c, kw=kw))

# ---------------------------------------------------------------- password_reset
M("password_reset", True, "0571510G", "GE", "esidoc", False, "fr",
  "Librarian lost the e-sidoc back-office password after the holidays; UAI in the body.",
  ("Sandrine Weber", "sandrine.weber@ac-nancy-metz.fr"), "Mot de passe e-sidoc perdu",
  """Bonjour,

Je suis professeure documentaliste au collège Paul Verlaine de Forbach (UAI 0571510G).
Je n'arrive plus à me connecter à l'administration de notre portail e-sidoc,
le mot de passe n'est plus accepté depuis la rentrée. J'ai dû le changer en juin
et je ne retrouve pas la note où je l'avais inscrit.

Pouvez-vous me renvoyer un lien pour en définir un nouveau ?

Merci d'avance,
Sandrine Weber
CDI – Collège Paul Verlaine, Forbach""", c="tb")

M("password_reset", False, "0572792A", "GE", "esidoc", True, "fr",
  "Reset link already consumed when the librarian clicks: the département's mail gateway pre-opens URLs; sending another link would fail the same way, so a person must answer.",
  ("Julien Schaeffer", "julien.schaeffer@moselle.fr"), "Lien de réinitialisation e-sidoc déjà utilisé (collège de Bitche)",
  """Bonjour,

Je suis technicien réseau au Département de la Moselle, en charge du parc des collèges.
La documentaliste du collège Jean Jaurès de Bitche (0572792A) a demandé trois fois
un nouveau mot de passe sur e-sidoc. Le mail arrive bien, mais au clic elle obtient
"Ce lien a déjà été utilisé ou a expiré".

Nous avons regardé les logs de notre passerelle : la réécriture d'URL de l'antivirus
ouvre le lien quelques secondes après réception, donc avant elle. Le lien à usage unique
est consommé par notre scanner.

Avant de créer une exception globale, pouvez-vous réinitialiser le mot de passe
autrement, ou nous dire si vos liens peuvent supporter une requête HEAD/GET préalable ?

Cordialement,
Julien Schaeffer
Direction des Systèmes d'Information – Pôle collèges
Département de la Moselle""", c="ol")

M("password_reset", True, "0881199A", "GE", "esidoc", True, "fr",
  "No accents, 'mdp' abbreviation, UAI written in lower case (0881199a); plain lost password.",
  ("cdi epinal", "cdi.clg.epinal88@gmail.com"), "mdp oublie",
  """bjr
j ai oublie le mdp du portail esidoc du cdi, identifiant 0881199a
on peut avoir un nouveau lien svp ?
merci
Nathalie, documentaliste college Clemenceau Epinal""", c="gm")

M("password_reset", True, "0671279B", "GE", "esidoc", False, "en",
  "English; account locked after too many attempts by the lycée's IT contractor, UAI given.",
  ("Mark Ellison", "m.ellison@rhenus-it.eu"), "Account locked - Lycee international 0671279B",
  """Hello,

I look after the network of the Lycée international des Pontonniers in Strasbourg
(establishment code 0671279B) for the school.

The library admin account on e-sidoc is locked after several failed attempts
(a colleague tried an old password saved in the browser). Could you unlock it or
send a reset link to the address you have on file?

Kind regards,
Mark Ellison
Rhenus IT Services""", c="gm")

M("password_reset", True, "0451026W", "CVL", "esidoc", True, "fr",
  "UAI only in the ce.<UAI>@ac-orleans-tours.fr sender address; the secretariat asks for the reset link on that official address.",
  ("Secrétariat Collège Montesquieu", "ce.0451026W@ac-orleans-tours.fr"), "Réinitialisation mot de passe portail CDI",
  """Bonjour,

Notre documentaliste est en arrêt et la remplaçante doit accéder au portail e-sidoc
du collège. Personne ne connaît le mot de passe d'administration.

Merci d'envoyer le lien de réinitialisation sur cette adresse (boîte fonctionnelle
de l'établissement), nous le lui transmettrons.

Cordialement,
Le secrétariat de direction""", c="zm")

M("password_reset", True, None, "CVL", "esidoc", True, "fr",
  "UAI typed as 0362280G: wrong check letter (the digits give 0362280H), so no UAI; region from the ac-orleans-tours.fr domain.",
  ("Pierre Moreau", "pierre.moreau@ac-orleans-tours.fr"), "Identifiant / mot de passe e-sidoc",
  """Bonjour,

Je ne parviens plus à me connecter à e-sidoc pour le collège de Châteauroux,
notre identifiant est 0362280G. Le mot de passe a expiré et le formulaire me dit
que l'identifiant est inconnu.

Merci de votre aide.
P. Moreau
Professeur documentaliste""", c="tb")

M("password_reset", True, "0512044V", "GE", "espace_acheteur", False, "fr",
  "The buyer's Espace Acheteur password expired; plain reset request.",
  ("Céline Gaillard", "celine.gaillard@ac-reims.fr"), "Mot de passe expiré Espace Acheteur",
  """Bonjour,

Mon mot de passe de l'Espace Acheteur a expiré et la page de changement me renvoie
une erreur. Je suis adjointe gestionnaire au lycée Jean Talon de Châlons (0512044V).

Pourriez-vous me permettre de le réinitialiser ?

Bien à vous,
Céline Gaillard
Adjointe gestionnaire""", c="ol")

M("password_reset", True, "0552419F", "GE", "esidoc", True, "fr",
  "Negation: not the ENT password (which works through the SSO) but the e-sidoc admin password, which is lost.",
  ("Hélène Dumas", "helene.dumas@ac-nancy-metz.fr"), "Pas le mot de passe ENT",
  """Bonjour,

Je précise tout de suite : ce n'est pas mon mot de passe de l'ENT MonBureauNumérique,
celui-là fonctionne et la connexion élèves par le SSO marche très bien.
C'est le mot de passe du compte administrateur local e-sidoc (gestion du portail)
que je n'ai plus. Il était dans le classeur de mon prédécesseur, qui a disparu.

Collège Raymond Poincaré, Bar-le-Duc – 0552419F

Merci,
Hélène Dumas""", c="am")

M("password_reset", True, "0571871Z", "GE", "esidoc", True, "fr",
  "UAI written with spaces (057 1871 Z) in the body; lost back-office password.",
  ("Thomas Klein", "thomas.klein@ac-nancy-metz.fr"), "RE: acces back office",
  """Bonjour,

Je n'ai plus le mot de passe d'admin du portail documentaire.
Notre code établissement : 057 1871 Z (collège de Sarreguemines).

Pouvez-vous m'envoyer la procédure ?

Thomas Klein
Enseignant documentaliste""", c="ol")

M("password_reset", True, "0453691T", "CVL", "esidoc", True, "fr",
  "Does not know the login (which is the UAI) nor the password; the UAI appears only in the signature.",
  ("Agnès Lemaire", "agnes.lemaire@ac-orleans-tours.fr"), "Je ne connais pas mes identifiants",
  """Bonjour,

Nouvelle au lycée depuis septembre, je n'ai reçu aucun identifiant pour gérer le
portail du CDI. On me dit que le compte existe déjà. Quel est l'identifiant et
comment obtenir le mot de passe ?

Bonne journée

--
Agnès Lemaire
Professeure documentaliste
Lycée Pothier – Orléans
RNE 0453691T""", c="am")

M("password_reset", False, "0681794F", "GE", "esidoc", True, "fr",
  "Two topics: lost e-sidoc password and a missing invoice in Chorus Pro; one template would answer only half.",
  ("Claire Muller", "claire.muller@ac-strasbourg.fr"), "mot de passe + facture",
  """Bonjour,

Deux choses :
1) je n'ai plus le mot de passe de gestion e-sidoc (collège de Mulhouse, 0681794F),
   pouvez-vous m'envoyer un lien ?
2) notre gestionnaire ne trouve pas la facture de l'abonnement 2024-2025 dans Chorus Pro,
   elle me demande de vous relancer.

Merci beaucoup,
Claire Muller""", c="tb")

M("password_reset", True, "0882773L", "GE", "esidoc", True, "fr",
  "Reply quoting an earlier MailInBlack thread: the reset mail now arrives after allow-listing but the link had expired; the new request is a reset.",
  ("Olivier Pierrat", "olivier.pierrat@vosges.fr"), "RE: [Ticket #48213] Mails bloqués MailInBlack collège Saint-Dié",
  """Bonjour,

Merci, l'ajout de l'expéditeur dans la liste blanche a fonctionné : le mail de
réinitialisation est arrivé ce matin. Mais il datait d'hier après-midi et le lien
avait expiré. La documentaliste (collège de Saint-Dié, 0882773L) a besoin d'un
nouveau lien, elle cliquera tout de suite cette fois.

Cordialement,
Olivier Pierrat
Service informatique des collèges – Conseil départemental des Vosges

-----Message d'origine-----
De : Support <support@assistance.example.fr>
Envoyé : mardi 17 septembre 2024 10:02
À : Olivier Pierrat
Objet : [Ticket #48213] Mails bloqués MailInBlack collège Saint-Dié

Bonjour,
Les messages de notre adresse no-reply sont retenus par MailInBlack. Ajoutez
l'expéditeur à la liste blanche de l'établissement (guide ci-dessous).""", c="ol",
  reply=True)

M("password_reset", True, None, None, "esidoc", False, "en",
  "English; lost password for the library portal, no UAI, non-academic sender.",
  ("Rachel Bright", "rachel.bright.cdi@outlook.fr"), "Forgotten password",
  """Hi,

I'm the new librarian at the British section of a collège near Reims. I forgot the
password for the e-sidoc admin page and the "forgotten password" page asks for an
ID I don't have. How can I get access again?

Thanks,
Rachel""", c="ol")

M("password_reset", False, "0183656B", "CVL", "esidoc", False, "fr",
  "Asks for the new password to be sent to a personal Gmail address that is not on file: no automatic answer.",
  ("Laurent Petit", "laurent.petit18@gmail.com"), "Mot de passe e-sidoc – envoi sur ma boite perso",
  """Bonjour,

Documentaliste au collège Jean Renoir de Bourges (0183656B), j'ai perdu le mot de passe
du portail. Ma boîte académique ne marche plus depuis la migration, pouvez-vous
m'envoyer le nouveau mot de passe sur cette adresse gmail ?

Merci
Laurent Petit""", c="gm")

M("password_reset", True, "0371928V", "CVL", "esidoc", False, "fr",
  "Account locked after the move of the lycée to the regional SSO; asks to unlock or reset.",
  ("Karim Benali", "karim.benali@centrevaldeloire.fr"), "Compte e-sidoc verrouillé – lycée Descartes Tours",
  """Bonjour,

Suite à la bascule du lycée Descartes de Tours (0371928V) sur l'authentification
unique NetO'Centre, la documentaliste a tenté de se connecter avec son ancien compte
local plusieurs fois : le compte administrateur e-sidoc est maintenant verrouillé.

Merci de le débloquer ou d'envoyer un lien de réinitialisation à l'adresse connue.

Karim Benali
Technicien – Direction du numérique éducatif
Région Centre-Val de Loire""", c="ol")

M("password_reset", False, "0542823A", "GE", "ecoledirecte", True, "fr",
  "Lost EcoleDirecte administration password, explicitly not the daily maintenance password; no reset template for this product.",
  ("Frédéric Collin", "frederic.collin@ac-nancy-metz.fr"), "Perte mot de passe administrateur EcoleDirecte",
  """Bonjour,

Je gère la vie scolaire du collège de Lunéville (0542823A). J'ai perdu le mot de passe
du compte administrateur EcoleDirecte. Je ne parle pas du mot de passe de maintenance
du jour, que j'obtiens normalement, mais bien du compte admin.

Comment le récupérer ?

F. Collin, CPE""", c="tb")

M("password_reset", True, None, "GE", "espace_acheteur", False, "fr",
  "Forgotten Espace Acheteur login; no UAI; region from the ac-reims.fr domain.",
  ("Martine Lefort", "martine.lefort@ac-reims.fr"), "identifiant oublié espace acheteur",
  """Bonjour

J'ai oublié mon identifiant pour l'espace acheteur, je ne sais plus si c'est mon
adresse mail ou un code. Pouvez vous m'aider a me reconnecter ?

Cordialement
Martine Lefort
Secrétaire d'intendance""", c="zm")

M("password_reset", True, "0523065Z", "GE", "esidoc", False, "fr",
  "Expired password on the library portal; text part base64-encoded by the client.",
  ("Anne Gérard", "anne.gerard@ac-reims.fr"), "Mot de passe expiré",
  """Bonjour,

Le portail e-sidoc m'indique que mon mot de passe a expiré et me demande d'en
choisir un nouveau, mais la page reste blanche après validation.
Collège Louise Michel, Chaumont – 0523065Z.

Pouvez-vous me renvoyer un lien de réinitialisation ?

Anne Gérard""", c="b64")

M("password_reset", True, "0412872Z", "CVL", "esidoc", False, "fr",
  "New librarian whose predecessor left without passing on the password.",
  ("Justine Roux", "justine.roux@ac-orleans-tours.fr"), "Accès administration CDI",
  """Bonjour,

Je remplace depuis le 1er octobre la documentaliste du collège de Vendôme (0412872Z),
partie à la retraite. Elle ne m'a pas laissé le mot de passe d'administration du
portail. Pouvez-vous me dire comment en obtenir un nouveau ?

Justine Roux""", c="tb")

M("password_reset", True, "0683309C", "GE", "esidoc", False, "en",
  "English; the reset mail arrived the next morning and the 12-hour link had expired; asks for a new link.",
  ("David Hart", "david.hart@alsace.eu"), "Reset link expired",
  """Hello,

IT support for the collèges of the Collectivité européenne d'Alsace here.
The librarian of collège Bartholdi in Colmar (0683309C) requested a password reset
yesterday evening; she only opened the mail this morning and the link says it has
expired. Could you send a fresh one to the address on file?

Regards,
David Hart
Collectivité européenne d'Alsace - Digital services for schools""", c="ol")

# ---------------------------------------------------------------- missing_noreply_mail
M("missing_noreply_mail", False, None, None, "esidoc", False, "fr",
  "No-reply mails never reach the collèges through the département's relay; asks for sending IPs and SPF include, which the template does not give.",
  ("Stéphane Royer", "stephane.royer@aube.fr"), "Vos mails no-reply n'arrivent pas dans les collèges de l'Aube",
  """Bonjour,

Plusieurs collèges de l'Aube nous signalent qu'ils ne reçoivent plus aucun mail
automatique de votre plateforme (activation de compte, nouveau mot de passe e-sidoc).
Tous les flux passent par notre relais SMTP départemental, et nous ne voyons aucune
trace de vos messages dans les journaux.

Pouvez-vous nous communiquer :
- l'adresse exacte d'envoi (enveloppe et From) ;
- les plages IP de vos serveurs sortants ou l'include SPF ;
- le sélecteur DKIM utilisé ?

Nous les ajouterons à notre liste d'autorisation.

Stéphane Royer
Administrateur systèmes et réseaux – Direction du numérique
Conseil départemental de l'Aube""", c="ol")

M("missing_noreply_mail", True, "0082517T", "GE", "esidoc", False, "fr",
  "Activation link never arrived, junk folder already checked; no anti-spam product named.",
  ("Isabelle Lambert", "isabelle.lambert@ac-reims.fr"), "Lien d'activation non reçu",
  """Bonjour,

J'ai créé le compte du CDI du collège de Sedan (0082517T) lundi, mais je n'ai jamais
reçu le mail avec le lien d'activation. J'ai regardé dans les indésirables, rien.

Que faire ?
Isabelle Lambert, documentaliste""", c="tb")

M("missing_noreply_mail", True, None, "GE", "espace_acheteur", False, "fr",
  "New-password mail from the Espace Acheteur never arrives; region from the ac-strasbourg.fr domain.",
  ("Marc Hoffmann", "marc.hoffmann@ac-strasbourg.fr"), "Pas de mail pour le nouveau mot de passe",
  """Bonjour,

Je demande depuis hier un nouveau mot de passe pour l'espace acheteur, le site me dit
qu'un mail a été envoyé, mais je ne reçois rien, ni en réception ni en spam.

Merci,
Marc Hoffmann
Gestionnaire""", c="zm")

M("missing_noreply_mail", True, "0371707E", "CVL", "esidoc", True, "fr",
  "Names MailInBlack only to say it is not used (Vade filtering at the Région level): missing_noreply_mail, not mailinblack_spam.",
  ("Nicolas Faure", "nicolas.faure@centrevaldeloire.fr"), "Mails d'activation non reçus – lycée Grandmont",
  """Bonjour,

Le lycée Grandmont à Tours (0371707E) ne reçoit pas vos mails d'activation.
Je précise que nous n'utilisons PAS MailInBlack dans les lycées de la Région :
le filtrage est fait en amont par notre passerelle Vade, et je ne vois aucun
message de votre domaine en quarantaine.

Pouvez-vous vérifier de votre côté que les envois partent bien ?

Nicolas Faure
Responsable messagerie – Région Centre-Val de Loire""", c="ol")

M("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
  "English; order notifications from the no-reply address stopped arriving; no anti-spam product named.",
  ("Sarah Keller", "sarah.keller.bursar@gmail.com"), "Not receiving notifications",
  """Hi,

Since last week I no longer receive any notifications from the buyer space
(order confirmations, status changes). Nothing in spam either. Did something
change on your side?

Thanks,
Sarah""", c="gm")

M("missing_noreply_mail", True, None, None, "esidoc", False, "fr",
  "Regional IT staff use greylisting; asks which no-reply address to exempt so activation mails stop arriving hours late.",
  ("Benoît Thiébaut", "benoit.thiebaut@grandest.fr"), "Greylisting et adresse no-reply",
  """Bonjour,

Nos relais de messagerie pour les lycées du Grand Est font du greylisting.
Vos mails d'activation e-sidoc arrivent parfois avec plusieurs heures de retard,
et les collègues pensent ne jamais les avoir reçus.

Quelle est l'adresse d'expédition à exempter ?

Benoît Thiébaut
Pôle infrastructures – DSI lycées, Région Grand Est""", c="tb")

M("missing_noreply_mail", True, None, "GE", "espace_acheteur", False, "fr",
  "Order-validation notifications never received, Zimbra webmail of the académie; region from ac-nancy-metz.fr.",
  ("Sophie Marchal", "sophie.marchal@ac-nancy-metz.fr"), "Notifications de commande",
  """Bonjour,

Je ne reçois plus les notifications de l'espace acheteur quand une commande est
validée. Je passe par la messagerie académique (webmail Zimbra). Les filtres sont
vides. Pouvez-vous vérifier ?

Sophie Marchal""", c="zm")

M("missing_noreply_mail", False, "0101681Y", "GE", "esidoc", False, "fr",
  "Follow-up after the junk-folder answer: still nothing after 48 hours, so the case must go to a person and the region.",
  ("Valérie Colin", "valerie.colin@ac-reims.fr"), "RE: [Ticket #48790] Mail d'activation non reçu",
  """Bonjour,

J'ai suivi vos conseils (indésirables, ajout de l'expéditeur aux contacts) mais
toujours rien, 48 heures plus tard. Collège de Troyes, 0101681Y.

Valérie Colin

-----Message d'origine-----
De : Support <support@assistance.example.fr>
Envoyé : lundi 23 septembre 2024 09:14
Objet : [Ticket #48790] Mail d'activation non reçu

Bonjour,
Vérifiez votre dossier de courrier indésirable et ajoutez notre adresse d'envoi
à vos expéditeurs approuvés. Sans nouvelles de votre part sous 48 h, nous
reviendrons vers vous.""", c="ol", reply=True)

M("missing_noreply_mail", True, "0452150T", "CVL", "esidoc", True, "fr",
  "UAI only in the ce.<UAI>@ac-orleans-tours.fr sender address, written in lower case.",
  ("Secretariat", "ce.0452150t@ac-orleans-tours.fr"), "pas de mail de confirmation",
  """Bonjour,

Nous n'avons jamais reçu le mail de confirmation après l'inscription de notre
nouvelle documentaliste. Pouvez-vous le renvoyer sur cette adresse ?

Merci
Le secrétariat""", c="zm")

M("missing_noreply_mail", True, "0513634Y", "GE", "esidoc", True, "fr",
  "Reads like a password problem, but the reset form works: the new-password mail never arrives.",
  ("Guillaume Perrin", "guillaume.perrin@ac-reims.fr"), "Réinitialisation sans effet",
  """Bonjour,

Le formulaire de mot de passe oublié fonctionne : il affiche « un courriel vous a été
envoyé ». Mais ce courriel n'arrive jamais. Essayé 4 fois. Lycée Clemenceau de Reims
(0513634Y).

G. Perrin""", c="tbqp")

M("missing_noreply_mail", False, None, None, "esidoc", False, "en",
  "English; IT contractor sees the no-reply mail rejected by their gateway for an SPF failure and asks for a fix on the sender side.",
  ("Tom Walsh", "t.walsh@loire-valley-it.com"), "Your no-reply mails rejected: SPF fail",
  """Hello,

We manage the mail gateway for several private collèges in Loiret. Your password
and activation mails are rejected by our gateway:

  550 5.7.23 SPF validation failed for noreply sender

It looks like you send from a host that is not in your SPF record. Could your
team check it? Until then the schools get nothing.

Tom Walsh
Loire Valley IT""", c="tb")

M("missing_noreply_mail", True, "0543229S", "GE", "esidoc", False, "fr",
  "Typed fast without accents: activation mail never received; UAI in the body.",
  ("Lea Francois", "lea.francois@ac-nancy-metz.fr"), "mail activation",
  """bonjour
jai pas recu le mail d activation pour le compte du cdi (clg nancy 0543229S)
jai regarde dans les spams rien du tout
merci de me le renvoyer
lea""", c="tb")

M("missing_noreply_mail", True, "0102668W", "GE", "espace_acheteur", False, "fr",
  "Basket-validation notification never received by the gestionnaire; Apple Mail.",
  ("Hervé Baudouin", "herve.baudouin@ac-reims.fr"), "Notification de validation jamais reçue",
  """Bonjour,

Notre panier a été validé hier (lycée Chrestien de Troyes, 0102668W) mais je n'ai
jamais reçu la notification automatique que je recevais avant. Le panier apparaît
bien comme validé.

Cordialement,
Hervé Baudouin
Gestionnaire

Envoyé de mon iPad""", c="am")

M("missing_noreply_mail", True, "0101188M", "GE", "esidoc", False, "fr",
  "New principal's address never gets the platform's automatic mails; base64 body.",
  ("Secrétariat Collège", "secretariat.clg.romilly@ac-reims.fr"), "Mails automatiques non reçus",
  """Bonjour,

Depuis le changement d'adresse du principal, plus aucun mail automatique de votre
plateforme n'arrive (alertes, liens). Collège de Romilly-sur-Seine, 0101188M.
Nous avons vérifié les indésirables.

Cordialement,
Le secrétariat""", c="b64")

M("missing_noreply_mail", True, "0883436G", "GE", "esidoc", True, "fr",
  "Mails land in the Microsoft Defender quarantine of the département's tenant, not MailInBlack: missing_noreply_mail.",
  ("Cyril Mangin", "cyril.mangin@vosges.fr"), "Quarantaine Microsoft 365 – vos mails d'activation",
  """Bonjour,

Les collèges vosgiens sont sur notre tenant Microsoft 365. Nous retrouvons vos mails
d'activation e-sidoc en quarantaine Defender (classés en "bulk"). Exemple : collège
de Remiremont, 0883436G.

Nous allons ajouter l'expéditeur en règle d'autorisation : confirmez-vous l'adresse
d'envoi à autoriser ?

Cyril Mangin
Conseil départemental des Vosges – Informatique des collèges""", c="ol")

M("missing_noreply_mail", True, None, "CVL", "ticket_portal", False, "fr",
  "Does not receive the ticket portal's reply notifications; region from ac-orleans-tours.fr.",
  ("Romain Gauthier", "romain.gauthier@ac-orleans-tours.fr"), "Notifications du portail d'assistance",
  """Bonjour,

Quand vous répondez à mes demandes sur le portail d'assistance, je ne reçois plus
de notification par mail : je découvre la réponse en me connectant par hasard.

Pouvez-vous vérifier l'adresse enregistrée ?

Romain Gauthier""", c="tb")

M("missing_noreply_mail", True, "0373374S", "CVL", "esignature", True, "fr",
  "The e-signature invitation mail never arrived; close to contract_documents but what is missing is an automatic mail.",
  ("Christine Blanc", "christine.blanc@ac-orleans-tours.fr"), "Mail de signature électronique non reçu",
  """Bonjour,

On m'annonce que la convention est prête à être signée électroniquement, mais je n'ai
jamais reçu le mail d'invitation à signer. Lycée Balzac de Tours (0373374S).

Merci de le renvoyer.
Christine Blanc
Adjointe gestionnaire""", c="ol")

M("missing_noreply_mail", True, "0281381Z", "CVL", "esidoc", False, "fr",
  "HTML-only mail: the principal's secretary never received the activation mail.",
  ("Sylvie Dupuis", "sylvie.dupuis@ac-orleans-tours.fr"), "Activation compte",
  """Bonjour,

Le mail d'activation du compte e-sidoc du collège de Dreux (0281381Z) n'est jamais
arrivé. Pouvez-vous nous le renvoyer ?

Sylvie Dupuis
Secrétaire de direction""", c="html")

# ---------------------------------------------------------------- mailinblack_spam
M("mailinblack_spam", True, None, None, "esidoc", False, "fr",
  "Département IT staff: the collèges' MailInBlack holds the activation mails pending sender authentication; asks what to allow-list.",
  ("Jérôme Kieffer", "jerome.kieffer@moselle.fr"), "MailInBlack – messages en attente d'authentification",
  """Bonjour,

Les collèges de la Moselle sont protégés par MailInBlack depuis cette rentrée.
Vos messages automatiques (activation, mot de passe) restent en attente
d'authentification de l'expéditeur : évidemment personne ne répond au défi
depuis une adresse no-reply.

Quelles adresses ou quels domaines devons-nous mettre en liste blanche
au niveau de la console départementale ?

Jérôme Kieffer
DSI – Pôle éducation, Département de la Moselle""", c="ol")

M("mailinblack_spam", True, "0553169W", "GE", "esidoc", False, "fr",
  "The librarian received a MailInBlack notice that a mail from the platform is in quarantine.",
  ("Emilie Noël", "emilie.noel@ac-nancy-metz.fr"), "Message en quarantaine MailInBlack",
  """Bonjour,

J'ai reçu une notification MailInBlack me disant qu'un message de votre plateforme
est en quarantaine. Je pense que c'est le lien pour le portail du CDI.
Collège de Verdun, 0553169W.

Comment le récupérer et éviter que ça recommence ?

Émilie Noël""", c="tb")

M("mailinblack_spam", True, None, None, "esidoc", False, "en",
  "English; MailinBlack challenge sent to the no-reply sender, so nobody validates and the mails stay blocked.",
  ("Paul Fischer", "paul.fischer@alsace.eu"), "MailinBlack challenge on your no-reply address",
  """Hello,

Our schools in Alsace use MailinBlack. When your platform sends an activation mail,
MailinBlack replies with its sender-verification challenge to your no-reply address,
which of course is never answered, and the message is held.

Which sender addresses should we whitelist globally?

Best regards,
Paul Fischer
Network team - Collectivité européenne d'Alsace""", c="ol")

M("mailinblack_spam", False, "0182456X", "CVL", "esidoc", True, "fr",
  "The sender-authentication challenge is described ('prove you are not a robot') without naming MailInBlack; a person should confirm the product before sending the guide.",
  ("Denis Carpentier", "denis.carpentier@ac-orleans-tours.fr"), "Vos mails bloqués par notre filtre",
  """Bonjour,

Notre messagerie envoie aux expéditeurs inconnus un message leur demandant de cliquer
sur un lien pour prouver qu'ils ne sont pas un robot. Je suppose que votre adresse
automatique ne le fait pas, et vos mails restent bloqués chez nous.

Collège de Vierzon, 0182456X.

Denis Carpentier
Référent numérique""", c="tb")

M("mailinblack_spam", True, "0671548U", "GE", "espace_acheteur", False, "fr",
  "The gestionnaire's MailInBlack holds the Espace Acheteur order mails.",
  ("Nathalie Roth", "nathalie.roth@ac-strasbourg.fr"), "Mailinblack bloque les mails de commande",
  """Bonjour,

Depuis la mise en place de Mailinblack au lycée Kléber (0671548U), les mails
de confirmation de l'espace acheteur n'arrivent plus, ils sont retenus.
Pouvez-vous m'envoyer la procédure pour les autoriser ?

Nathalie Roth
Gestionnaire""", c="ol")

M("mailinblack_spam", True, None, "GE", "espace_acheteur", False, "fr",
  "'Mail in Black' spelled in three words; quarantined notifications; region from ac-reims.fr.",
  ("Bruno Leclerc", "bruno.leclerc@ac-reims.fr"), "Mail in Black",
  """Bonjour,

Vos notifications de l'espace acheteur sont classées par Mail in Black dans les
messages indésirables, chaque fois. Comment faire pour que ce ne soit plus le cas ?

Merci
Bruno Leclerc""", c="zm")

M("mailinblack_spam", False, "0512388U", "GE", "esidoc", False, "fr",
  "Follow-up: the MailInBlack allow-list guide was applied and mails are still held; a person has to take over.",
  ("Jean-Luc Marty", "jeanluc.marty@marne.fr"), "RE: [Ticket #49102] MailInBlack",
  """Bonjour,

J'ai bien ajouté votre adresse no-reply dans la liste blanche MailInBlack du collège
d'Épernay (0512388U), comme indiqué dans le guide. Les messages restent pourtant
en attente d'authentification. Il y a peut-être plusieurs adresses d'envoi ?

Jean-Luc Marty
Informatique des collèges – Département de la Marne

Le 25/09/2024 à 11:40, Support a écrit :
> Bonjour,
> Vos messages sont retenus par MailInBlack. Suivez le guide joint pour ajouter
> notre adresse d'envoi à la liste blanche de l'établissement.
> Cordialement,
> Le support""", c="tb", reply=True)

M("mailinblack_spam", False, "0543229S", "GE", "esidoc", True, "fr",
  "Two topics: mails held by MailInBlack and a quote (devis) for next year; a person must answer the billing half.",
  ("Yannick Bertrand", "yannick.bertrand@ac-nancy-metz.fr"), "MailInBlack + devis",
  """Bonjour,

1. Nos mails e-sidoc sont retenus par MailInBlack (collège de Nancy, 0543229S),
   merci de m'indiquer quoi autoriser.
2. La gestionnaire souhaite un devis pour le renouvellement 2025, à son nom.

Merci,
Yannick Bertrand
Référent numérique""", c="gm")

M("mailinblack_spam", True, None, None, None, False, "fr",
  "The Région is rolling out MailInBlack in its lycées and asks in advance which senders to allow-list; e-sidoc and the Espace Acheteur both named.",
  ("Florence Texier", "florence.texier@centrevaldeloire.fr"), "Déploiement MailInBlack dans les lycées – liste blanche",
  """Bonjour,

La Région Centre-Val de Loire déploie MailInBlack dans ses lycées pendant les
vacances de la Toussaint. Pour éviter les blocages, nous voudrions pré-autoriser
les expéditeurs de vos services (e-sidoc, Espace Acheteur).

Pouvez-vous nous envoyer la liste des adresses d'envoi ?

Florence Texier
Cheffe de projet infrastructures – Direction du numérique éducatif""", c="ol")

M("mailinblack_spam", True, "0882673C", "GE", "esidoc", True, "fr",
  "Lower-case 'mailinblack', UAI only in the signature.",
  ("cdi clg mirecourt", "cdi.mirecourt@ac-nancy-metz.fr"), "bloqué par mailinblack",
  """bonjour,
les mails de e-sidoc sont bloqués par mailinblack chez nous, je les vois dans
le portail mailinblack mais je ne peux pas les débloquer moi-même
que faire ?

--
CDI collège Jules Ferry - Mirecourt
0882673C""", c="tb")

M("mailinblack_spam", True, "0453905A", "CVL", "esidoc", False, "en",
  "English; an English teacher's MailinBlack quarantine holds the platform's mails.",
  ("Helen Carter", "helen.carter@ac-orleans-tours.fr"), "Emails stuck in MailinBlack quarantine",
  """Hello,

I teach English at lycée Voltaire in Orléans (0453905A) and help our librarian with
the e-sidoc portal. Your emails end up in the MailinBlack quarantine and we only see
them days later. Is there a list of addresses to authorise?

Thank you,
Helen Carter""", c="am")

M("mailinblack_spam", True, "0882130M", "GE", "esidoc", True, "fr",
  "Negation: not a password problem; the reset mail is held by MailInBlack.",
  ("Pascal Vincent", "pascal.vincent@ac-nancy-metz.fr"), "Ce n'est pas un problème de mot de passe",
  """Bonjour,

Ce n'est pas un problème de mot de passe : je sais le réinitialiser, mais le mail
de réinitialisation est bloqué par MailInBlack au collège de Gérardmer (0882130M).
Je voudrais juste savoir quelle adresse autoriser.

P. Vincent""", c="tb")

M("mailinblack_spam", True, "0512288K", "GE", "esidoc", True, "fr",
  "Written by the principal, but only about MailInBlack holding mails: not a head-of-establishment request.",
  ("Catherine Aubry", "catherine.aubry@ac-reims.fr"), "Messages bloqués",
  """Bonjour,

En tant que principale du collège de Vitry-le-François (0512288K), je vous signale
que notre documentaliste ne reçoit aucun de vos mails : ils sont retenus par
MailInBlack. Pouvez-vous nous indiquer la marche à suivre pour les libérer ?

Catherine Aubry
Principale""", c="am")

M("mailinblack_spam", True, None, "GE", "espace_acheteur", False, "fr",
  "The secretary forwards a MailInBlack quarantine digest listing the Espace Acheteur mails.",
  ("Martine Scherrer", "martine.scherrer@ac-strasbourg.fr"), "TR: Rapport de quarantaine MailInBlack",
  """Bonjour,

Je vous transfère le rapport reçu ce matin. Vos messages y figurent tous.
Que faut-il faire ?

Martine Scherrer

---------- Message transféré ----------
De : MailInBlack <noreply@mailinblack.com>
Objet : Rapport de quarantaine

Messages en attente de validation :
- noreply@... « Votre commande a été validée »
- noreply@... « Nouveau message dans votre espace acheteur »
Pour les libérer, connectez-vous à votre espace MailInBlack.""", c="tb")

M("mailinblack_spam", True, None, None, "esidoc", False, "fr",
  "Département IT asks for a global MailInBlack allow-list entry and whether the platform sends from several IPs.",
  ("Arnaud Lefebvre", "arnaud.lefebvre@marne.fr"), "Liste blanche globale MailInBlack",
  """Bonjour,

Nous administrons MailInBlack pour les 25 collèges de la Marne. Plutôt que de faire
autoriser vos envois collège par collège, nous voulons une règle globale.
Vos mails partent-ils de plusieurs serveurs / plusieurs adresses ?

Arnaud Lefebvre
Conseil départemental de la Marne – Systèmes et réseaux""", c="ol")

M("mailinblack_spam", True, "0183419U", "CVL", "esidoc", False, "fr",
  "MailInBlack shows 'expéditeur non authentifié' for the platform; base64 Outlook body.",
  ("Marie Guillot", "marie.guillot@ac-orleans-tours.fr"), "expéditeur non authentifié",
  """Bonjour,

Dans notre interface MailInBlack, vos messages apparaissent avec la mention
« expéditeur non authentifié » et ne sont pas distribués.
Collège de Saint-Amand-Montrond, 0183419U.

Merci de votre aide,
Marie Guillot""", c="b64")

M("mailinblack_spam", True, None, None, "espace_acheteur", False, "en",
  "English; the buyer's mails are sorted into the MailinBlack spam folder.",
  ("Emma Stone", "emma.stone.purchasing@gmail.com"), "Emails in MailinBlack spam",
  """Hi there,

All emails from your buyer space end up in the "Spam" tab of the MailinBlack web
interface at my school. How do I stop this?

Emma""", c="gm")

M("mailinblack_spam", True, "0522130H", "GE", "esidoc", True, "fr",
  "UAI only in the ce.<UAI>@ac-reims.fr sender address; MailInBlack holds the mails.",
  ("Collège Diderot Langres", "ce.0522130H@ac-reims.fr"), "MailInBlack",
  """Bonjour,

Nous utilisons MailInBlack et vos mails sont en attente d'authentification.
Pouvez-vous nous transmettre le guide pour autoriser vos adresses ?

Cordialement,
Le secrétariat""", c="zm")

M("mailinblack_spam", True, None, "GE", "esidoc", True, "fr",
  "UAI typed as 0672239U: wrong check letter (the digits give 0672239V), so no UAI; region from the ac-strasbourg.fr domain.",
  ("Thierry Meyer", "thierry.meyer@ac-strasbourg.fr"), "Messages retenus par MailInBlack – 0672239U",
  """Bonjour,

MailInBlack retient tous les messages de votre plateforme pour notre collège
(0672239U). Je dois les débloquer un par un. Quelle adresse mettre en liste blanche ?

Thierry Meyer, documentaliste""", c="tb")

M("mailinblack_spam", False, None, None, "esidoc", True, "fr",
  "MailInBlack's URL protection rewrites the reset link, which arrives unusable: looks like a password case, but needs an IT exemption that a person must explain.",
  ("Sébastien Noirot", "s.noirot.reseau@gmail.com"), "Lien réécrit par MailInBlack",
  """Bonjour,

Je suis prestataire informatique pour plusieurs collèges de l'Indre. MailInBlack
y est configuré avec la protection des liens : vos liens de mot de passe sont
réécrits et, une fois cliqués, la page e-sidoc répond "jeton invalide".
Pouvez-vous confirmer que vos liens ne supportent pas la réécriture, pour que
je demande une exception au Département ?

Sébastien Noirot""", c="gm")

# ---------------------------------------------------------------- account_creation
M("account_creation", True, "0101089E", "GE", "esidoc", False, "fr",
  "New librarian asks for a back-office account on the portal.",
  ("Aurélie Chevalier", "aurelie.chevalier@ac-reims.fr"), "Création de compte",
  """Bonjour,

Je viens d'être nommée documentaliste au collège de Bar-sur-Aube (0101089E).
Pouvez-vous me créer un compte pour gérer le portail e-sidoc ?

Merci,
Aurélie Chevalier""", c="tb")

M("account_creation", False, "0573069B", "GE", "espace_acheteur", False, "fr",
  "Département IT asks who is the structure's administrator for a collège; a person must look it up.",
  ("Julien Schaeffer", "julien.schaeffer@moselle.fr"), "Administrateur de la structure – collège de Thionville",
  """Bonjour,

Pour le collège de Thionville (0573069B), l'adjoint gestionnaire voudrait savoir
qui est l'administrateur de la structure sur l'Espace Acheteur : il doit lui
demander des droits et personne sur place ne sait qui c'est.

Cordialement,
Julien Schaeffer
DSI – Pôle collèges, Département de la Moselle""", c="ol")

M("account_creation", True, "0361905A", "CVL", "espace_acheteur", False, "fr",
  "Account waiting for validation for five days on the Espace Acheteur.",
  ("Jacqueline Morel", "jacqueline.morel@ac-orleans-tours.fr"), "Compte en attente de validation",
  """Bonjour,

J'ai demandé la création de mon compte sur l'espace acheteur il y a 5 jours
(lycée Jean Giraudoux, Châteauroux, 0361905A). Il est toujours "en attente de
validation". Qui doit le valider ?

Jacqueline Morel""", c="tb")

M("account_creation", True, None, None, "espace_acheteur", False, "en",
  "English; a new buyer asks how to create an Espace Acheteur account.",
  ("James Moore", "james.moore.lycee@gmail.com"), "New account for buyer space",
  """Hello,

I have just joined a lycée in Metz as deputy bursar. How do I create an account
on your buyer space? Is there a form?

Thanks in advance,
James Moore""", c="gm")

M("account_creation", True, "0683687N", "GE", "esidoc", True, "fr",
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account; account_creation, not password_reset.",
  ("Laura Schmitt", "laura.schmitt@ac-strasbourg.fr"), "Pas un oubli de mot de passe",
  """Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte !
Le formulaire « mot de passe oublié » ne me sert donc à rien.
Je suis documentaliste stagiaire au collège de Guebwiller (0683687N) et j'ai besoin
d'un accès à l'administration du portail.

Laura Schmitt""", c="am")

M("account_creation", False, None, None, "esidoc", False, "fr",
  "Région IT asks to open connection rights for a new technician on the platform's CAS/SSO back office; rights must be granted by a person.",
  ("Benoît Thiébaut", "benoit.thiebaut@grandest.fr"), "Ouverture de droits – nouveau technicien",
  """Bonjour,

Un nouveau technicien, M. Kevin Adam, rejoint notre équipe DSI lycées. Pouvez-vous
lui ouvrir les mêmes droits que moi sur la console d'administration e-sidoc
(connecteur SSO et paramétrage des portails des lycées) ?

Benoît Thiébaut
Pôle infrastructures – DSI lycées, Région Grand Est""", c="tb")

M("account_creation", False, "0281830M", "CVL", "espace_acheteur", False, "fr",
  "Asks for validation rights for the new adjoint gestionnaire; the structure administrator must grant them.",
  ("Monique Bailly", "monique.bailly@ac-orleans-tours.fr"), "Droits de validation pour la nouvelle gestionnaire",
  """Bonjour,

Notre nouvelle adjointe gestionnaire (collège de Nogent-le-Rotrou, 0281830M) a bien
un compte sur l'espace acheteur mais ne peut pas valider les commandes.
Pouvez-vous lui ouvrir ces droits ?

Monique Bailly
Secrétariat d'intendance""", c="ol")

M("account_creation", True, None, "CVL", "ticket_portal", False, "fr",
  "Asks for a ticket portal account for a new colleague; region from ac-orleans-tours.fr.",
  ("Romain Gauthier", "romain.gauthier@ac-orleans-tours.fr"), "Compte portail d'assistance pour un collègue",
  """Bonjour,

Pourriez-vous créer un compte sur le portail d'assistance pour notre nouveau CPE,
qui voudrait suivre lui aussi les demandes ?

Merci,
Romain Gauthier""", c="ol")

M("account_creation", True, "0511356X", "GE", "esidoc", True, "fr",
  "UAI only in the lower-case ce.<UAI>@ac-reims.fr sender address; asks for an account.",
  ("Collège Saint-Rémi", "ce.0511356x@ac-reims.fr"), "demande de compte",
  """Bonjour,

Nous souhaitons un compte d'administration e-sidoc pour le CDI de l'établissement.
Merci de nous indiquer la démarche.

Cordialement
La direction""", c="zm")

M("account_creation", False, "0361166X", "CVL", "esidoc", True, "fr",
  "Two topics: an account for the new librarian and an ordered resource not visible; a single template would answer only half.",
  ("Paul Renard", "paul.renard@ac-orleans-tours.fr"), "Compte + ressource pas visible",
  """Bonjour,

- Je n'ai pas encore de compte pour administrer le portail (collège d'Issoudun, 0361166X),
  pouvez-vous m'en créer un ?
- La ressource de presse commandée en septembre n'apparaît toujours pas pour les élèves.

Merci
Paul Renard""", c="tb")

# ---------------------------------------------------------------- subscription_activation
M("subscription_activation", True, "0883079U", "GE", "esidoc", False, "fr",
  "Ordered e-sidoc subscription not yet visible.",
  ("Odile Husson", "odile.husson@ac-nancy-metz.fr"), "Abonnement non visible",
  """Bonjour,

Nous avons commandé l'abonnement e-sidoc pour le collège de Vittel (0883079U) la
semaine dernière. Je ne vois toujours rien dans le portail. Est-ce normal ?

Odile Husson""", c="tb")

M("subscription_activation", True, "0371073R", "CVL", "esidoc", False, "fr",
  "Région IT: the ordered resource is not visible in the ENT through the GAR connector.",
  ("Karim Benali", "karim.benali@centrevaldeloire.fr"), "Ressource commandée absente du médiacentre",
  """Bonjour,

Le lycée Vaucanson de Tours (0371073R) a commandé l'accès e-sidoc avec la ressource
de presse en ligne. Dans le médiacentre de l'ENT NetO'Centre (GAR), la ressource
n'apparaît pas, et l'affectation n'est pas proposée dans la console GAR.

Karim Benali
Direction du numérique éducatif – Région Centre-Val de Loire""", c="ol")

M("subscription_activation", False, "0542979V", "GE", "esidoc", False, "en",
  "English; subscription ordered two weeks ago still not active: past the 72-hour rule, so a person should check.",
  ("Olivia Grant", "olivia.grant@ac-nancy-metz.fr"), "Subscription still not active",
  """Hello,

We ordered the e-sidoc subscription for collège La Fontaine in Laxou (0542979V)
two weeks ago and it is still not active. Could you check what is going on?

Olivia Grant""", c="gm")

M("subscription_activation", True, "0682060V", "GE", "esidoc", True, "fr",
  "Negation: no password problem, login works; the ordered loan module does not appear.",
  ("Fabienne Wolff", "fabienne.wolff@ac-strasbourg.fr"), "Module de prêt absent",
  """Bonjour,

Aucun souci de mot de passe, je me connecte normalement. Mais le module de prêt
que nous avons commandé n'apparaît pas dans le menu. Collège de Colmar, 0682060V.

Fabienne Wolff""", c="tb")

M("subscription_activation", True, "0283402W", "CVL", "esidoc", True, "fr",
  "Written by the principal, but only asking when the subscription will be available: not a head-of-establishment request.",
  ("Gérard Lucas", "gerard.lucas@ac-orleans-tours.fr"), "Date de mise à disposition",
  """Bonjour,

Principal du collège de Châteaudun (0283402W), je souhaiterais savoir quand
l'abonnement que nous avons commandé sera accessible à nos élèves.

Cordialement,
Gérard Lucas
Principal""", c="ol")

M("subscription_activation", True, "0411548K", "CVL", "esidoc", False, "fr",
  "Asks how to publish the new digital resource for pupils.",
  ("Nadia Haddad", "nadia.haddad@ac-orleans-tours.fr"), "Publier la ressource",
  """Bonjour,

La ressource numérique est bien activée dans notre back office (lycée de Blois,
0411548K), mais je ne trouve pas comment la publier pour que les élèves la voient
sur le portail.

Nadia Haddad""", c="tb")

M("subscription_activation", True, "0102396A", "GE", "esidoc", False, "fr",
  "Typed without accents from Gmail: subscription paid but not active.",
  ("michel.cdi", "michel.cdi.troyes@gmail.com"), "abonnement pas actif",
  """bonjour
on a paye l abonnement e-sidoc (clg troyes 0102396A) et c est toujours pas actif
c est long ?
michel""", c="gm")

M("subscription_activation", True, "0512462Z", "GE", "esidoc", False, "fr",
  "Département IT: the ENT-to-e-sidoc SSO connector of an ordered service is not activated.",
  ("Arnaud Lefebvre", "arnaud.lefebvre@marne.fr"), "Connecteur ENT non activé",
  """Bonjour,

Le collège de Sainte-Menehould (0512462Z) a commandé le service avec connexion
depuis l'ENT. Le connecteur SSO n'apparaît pas encore dans MonBureauNumérique.
Faut-il une action de notre côté ou est-ce en cours d'activation ?

Arnaud Lefebvre
Conseil départemental de la Marne""", c="ol")

M("subscription_activation", True, "0283870E", "CVL", "esidoc", False, "fr",
  "Reply quoting the order confirmation: the ordered service is still not visible.",
  ("Élise Poirier", "elise.poirier@ac-orleans-tours.fr"), "RE: Confirmation de votre commande",
  """Bonjour,

Suite à la confirmation ci-dessous, le service n'est toujours pas visible sur notre
portail (lycée de Chartres, 0283870E).

Élise Poirier

Le jeu. 3 oct. 2024 à 14:12, Commandes a écrit :
> Votre commande a bien été enregistrée.
> Le service sera activé sous 72 heures ouvrées.""", c="ol", reply=True)

M("subscription_activation", True, "0283434F", "CVL", "espace_acheteur", False, "fr",
  "An ordered Espace Acheteur service is not visible yet; base64 body.",
  ("Denise Masson", "denise.masson@ac-orleans-tours.fr"), "Service commandé non visible",
  """Bonjour,

Nous avons souscrit au service de suivi des marchés sur l'espace acheteur
(collège d'Anet, 0283434F). Il n'apparaît pas dans mon menu.

Denise Masson""", c="b64")

# ---------------------------------------------------------------- head_of_establishment_request
M("head_of_establishment_request", False, "0572525K", "GE", "esidoc", True, "fr",
  "The principal writes from the ce.<UAI> address to ask for an admin password reset and a new contact address: a head-of-establishment request, not password_reset.",
  ("Principal Collège Robert Schuman", "ce.0572525K@ac-nancy-metz.fr"), "Demande de réinitialisation et changement d'adresse de contact",
  """Madame, Monsieur,

Je soussigné, principal du collège Robert Schuman de Metz, vous demande de
réinitialiser le mot de passe du compte administrateur e-sidoc de l'établissement
et de remplacer l'adresse de contact par celle de notre nouvelle documentaliste,
camille.hubert@ac-nancy-metz.fr.

Je vous remercie.

Le principal,
François Adam""", c="ol")

M("head_of_establishment_request", False, "0671466E", "GE", "esidoc", False, "fr",
  "The proviseur authorises a change of administrator, with a signed letter attached.",
  ("Jean-Marc Koenig", "jean-marc.koenig@ac-strasbourg.fr"), "Changement d'administrateur – lycée Marie Curie",
  """Madame, Monsieur,

Veuillez trouver ci-joint le courrier signé par lequel j'autorise le changement
d'administrateur du portail e-sidoc du lycée Marie Curie de Strasbourg (0671466E) :
Mme Julie Frey, professeure documentaliste, remplace M. Antoine Bloch.

Cordialement,
Jean-Marc Koenig
Proviseur""", c="ol", att=("courrier_changement_admin.pdf", "application", "pdf"))

M("head_of_establishment_request", False, "0673265K", "GE", "espace_acheteur", False, "en",
  "English; the head teacher authorises an order in writing.",
  ("Andrew Collins", "andrew.collins@ac-strasbourg.fr"), "Authorisation of order",
  """Dear support team,

As head of the Lycée international section in Strasbourg (0673265K), I hereby
authorise the order placed yesterday on the buyer space by our bursar, Mrs Lang.
Please proceed with its validation.

Yours faithfully,
Andrew Collins
Head teacher""", c="ol")

M("head_of_establishment_request", False, "0183643M", "CVL", "esidoc", True, "fr",
  "The librarian relays the principal's signed letter with the principal in copy: the head's written request, relayed; staff must check the letter and sender.",
  ("Yvette Garnier", "yvette.garnier@ac-orleans-tours.fr"), "Courrier de Mme la Principale",
  """Bonjour,

Vous m'aviez indiqué qu'une demande écrite du chef d'établissement était
nécessaire. Voici le courrier signé de Mme la Principale (en copie) demandant la
réinitialisation du compte administrateur du collège de Mehun-sur-Yèvre (0183643M).

Yvette Garnier
Professeure documentaliste""", c="tb", att=("demande_principale.pdf", "application", "pdf"),
  hdrs={"Cc": "ce.0183643M@ac-orleans-tours.fr"})

M("head_of_establishment_request", False, "0362256G", "CVL", "esidoc", True, "fr",
  "The principal asks for a change of the admin contact address from a personal address, not the official one: still a head request, for staff to verify.",
  ("Brigitte Lenoir", "brigitte.lenoir36@gmail.com"), "Changement adresse administrateur",
  """Bonjour,

Principale du collège du Blanc (0362256G), je vous demande de modifier l'adresse
de l'administrateur e-sidoc : il faut désormais utiliser cdi.leblanc@ac-orleans-tours.fr.
Je vous écris de ma boîte personnelle car la boîte académique est saturée.

Brigitte Lenoir""", c="gm")

M("head_of_establishment_request", False, "0551115N", "GE", None, True, "fr",
  "Claims to be the principal from the ce.<UAI> address, but SPF and DMARC fail and Reply-To is a free-mail address; it asks to move admin accounts there: a probable spoof, for staff to refuse.",
  ("Principal", "ce.0551115N@ac-nancy-metz.fr"), "URGENT modification administrateur",
  """Bonjour,

Je suis le principal du collège. Merci de transférer immédiatement les comptes
administrateurs e-sidoc et Espace Acheteur vers l'adresse en réponse, c'est urgent
pour la rentrée.

Le principal""", c="tb", spoof=True, hdrs={"Reply-To": "principal.college55@outlook-mail.net"})

M("head_of_establishment_request", False, "0453803P", "CVL", "esidoc", False, "fr",
  "The head asks to reset the admin password because the librarian left.",
  ("Marc Delaunay", "marc.delaunay@ac-orleans-tours.fr"), "Réinitialisation compte administrateur",
  """Madame, Monsieur,

Notre documentaliste a quitté l'établissement sans transmettre ses accès. En ma
qualité de proviseur du lycée de Montargis (0453803P), je vous demande de
réinitialiser le mot de passe administrateur du portail et d'envoyer le lien à
l'adresse officielle de l'établissement.

Marc Delaunay
Proviseur""", c="ol")

M("head_of_establishment_request", False, "0411271J", "CVL", "espace_acheteur", True, "fr",
  "The principal authorises an order in writing: head-of-establishment request although it is about an order.",
  ("Principal Collège Ronsard", "ce.0411271J@ac-orleans-tours.fr"), "Autorisation de commande",
  """Bonjour,

J'autorise la commande n° 2024-1187 passée par notre gestionnaire sur l'espace
acheteur, d'un montant de 1 240 euros TTC.

Le principal du collège Ronsard, Vendôme""", c="zm")

M("head_of_establishment_request", False, "0683810X", "GE", "esidoc", False, "fr",
  "The principal asks to change the contact address after the mailbox migration.",
  ("Christophe Zimmermann", "ce.0683810X@ac-strasbourg.fr"), "Nouvelle adresse de contact",
  """Madame, Monsieur,

Suite à la migration de nos boîtes aux lettres, je vous demande de remplacer
l'adresse de contact du portail par cdi.0683810X@ac-strasbourg.fr.

Christophe Zimmermann
Principal du collège de Saint-Louis""", c="ol")

M("head_of_establishment_request", False, "0103860S", "GE", "esidoc", True, "fr",
  "The principal authorises the département's technician as administrator: head request even though IT staff will act.",
  ("Isabelle Perrot", "isabelle.perrot@ac-reims.fr"), "Autorisation – administrateur technique",
  """Bonjour,

Je soussignée Isabelle Perrot, principale du collège de Nogent-sur-Seine (0103860S),
autorise M. Stéphane Royer, technicien du Conseil départemental de l'Aube, à être
administrateur technique de notre portail e-sidoc.

Cordialement,
I. Perrot""", c="zm")

M("head_of_establishment_request", False, "0682034S", "GE", "esidoc", False, "en",
  "English; the head teacher writes from the ce.<UAI> address to ask for the admin password reset.",
  ("Head teacher", "ce.0682034S@ac-strasbourg.fr"), "Request: reset of administrator password",
  """Dear Sir or Madam,

I am the head teacher of collège Victor Hugo in Colmar. I formally request the
reset of our e-sidoc administrator password. Please send the link to this
official address.

Kind regards,
Claire Wagner
Principal""", c="ol")

M("head_of_establishment_request", False, "0372746J", "CVL", "esidoc", True, "fr",
  "Reply quoting a password_reset answer that asked for a written request: the principal now confirms in writing, so it is a head request.",
  ("Philippe Morin", "ce.0372746J@ac-orleans-tours.fr"), "RE: [Ticket #49355] Mot de passe e-sidoc",
  """Bonjour,

Je confirme la demande de notre documentaliste et vous demande, en tant que
principal, de réinitialiser le mot de passe administrateur.

Philippe Morin
Principal du collège d'Amboise

Le 02/10/2024 à 16:20, Support a écrit :
> Bonjour,
> Nous ne pouvons pas envoyer de lien à cette adresse. Le chef d'établissement
> doit nous adresser une demande écrite.""", c="tb", reply=True)

# ---------------------------------------------------------------- order_billing
M("order_billing", False, "0543820J", "GE", "esidoc", False, "fr",
  "Asks for a quote (devis) for the renewal.",
  ("Sylvain Henry", "sylvain.henry@ac-nancy-metz.fr"), "Demande de devis renouvellement",
  """Bonjour,

Pourriez-vous m'établir un devis pour le renouvellement de l'abonnement e-sidoc
du collège de Toul (0543820J) pour 2025 ? J'en ai besoin pour le bon d'engagement.

Sylvain Henry
Adjoint gestionnaire""", c="ol")

M("order_billing", False, "0082622G", "GE", "esidoc", False, "fr",
  "The invoice is missing from Chorus Pro.",
  ("Annie Robert", "annie.robert@ac-reims.fr"), "Facture absente de Chorus",
  """Bonjour,

La facture de l'abonnement du collège de Rethel (0082622G) n'est pas arrivée dans
Chorus Pro. Pouvez-vous la déposer à nouveau ?

Annie Robert, gestionnaire""", c="tb")

M("order_billing", False, None, None, "espace_acheteur", False, "en",
  "English; asks to change the billing address on invoices.",
  ("Kate Morrison", "kate.morrison@grandest.fr"), "Change of invoicing address",
  """Hello,

Please note that invoices for the regional orders must now be sent to the
Région Grand Est finance department, not to the lycées. Can you update the
invoicing address on your side?

Kate Morrison
Procurement officer, Région Grand Est""", c="ol")

M("order_billing", False, "0361529S", "CVL", "espace_acheteur", False, "fr",
  "How to attach the bon d'engagement to the order.",
  ("Hugues Lemoine", "hugues.lemoine@ac-orleans-tours.fr"), "Bon d'engagement",
  """Bonjour,

Où dois-je joindre le bon d'engagement pour la commande du lycée d'Issoudun
(0361529S) ? Je ne trouve pas le champ dans le panier.

H. Lemoine""", c="tb")

M("order_billing", False, "0521539R", "GE", "espace_acheteur", False, "fr",
  "The basket cannot be validated.",
  ("Corinne Jacquot", "corinne.jacquot@ac-reims.fr"), "Panier bloqué",
  """Bonjour,

Impossible de valider notre panier sur l'espace acheteur (collège de Saint-Dizier,
0521539R) : le bouton reste grisé depuis ce matin.

Corinne Jacquot""", c="zm")

M("order_billing", False, None, None, "espace_acheteur", False, "fr",
  "The Région orders licences for all lycées and asks about payment by mandat administratif.",
  ("Valentin Roussel", "valentin.roussel@centrevaldeloire.fr"), "Commande groupée et mode de paiement",
  """Bonjour,

La Région souhaite commander les licences pour l'ensemble des lycées publics.
Le paiement peut-il se faire par mandat administratif, après service fait ?
Merci de nous envoyer aussi les conditions tarifaires.

Valentin Roussel
Service achats – Région Centre-Val de Loire""", c="ol")

M("order_billing", False, "0081843K", "GE", "esidoc", False, "fr",
  "Received a payment reminder for an invoice already paid.",
  ("Jocelyne Petitjean", "jocelyne.petitjean@ac-reims.fr"), "Relance facture déjà payée",
  """Bonjour,

Nous recevons une relance pour la facture de l'abonnement du collège de Givet
(0081843K), alors qu'elle a été mandatée le 12 septembre. Pouvez-vous vérifier ?

Jocelyne Petitjean, gestionnaire""", c="olqp")

M("order_billing", False, "0571250Z", "GE", "esidoc", True, "fr",
  "Quote requested for three collèges: 0571250Z (the sender's, labelled) plus 0572792A and 0571510G in the same quote.",
  ("Antoine Becker", "antoine.becker@ac-nancy-metz.fr"), "Devis pour 3 collèges",
  """Bonjour,

Agent comptable du collège de Boulay (0571250Z), je gère aussi les collèges de
Bitche (0572792A) et Forbach (0571510G). Pouvez-vous établir un devis groupé
pour les trois abonnements e-sidoc 2025 ?

Antoine Becker""", c="am")

M("order_billing", False, "0452150T", "CVL", "esidoc", True, "fr",
  "Reply quoting an old password-reset answer, but the new message asks for the invoice.",
  ("Francine Roy", "francine.roy@ac-orleans-tours.fr"), "RE: [Ticket #47002] Mot de passe",
  """Bonjour,

Rien à voir avec le mot de passe (réglé, merci), mais je profite de ce fil : il me
faudrait la facture de l'abonnement 2024 du collège de Gien (0452150T) pour notre
agent comptable.

Francine Roy

-----Message d'origine-----
De : Support
Objet : [Ticket #47002] Mot de passe
Un lien de réinitialisation a été envoyé à l'adresse enregistrée.""", c="ol", reply=True)

M("order_billing", False, "0451683K", "CVL", "espace_acheteur", True, "fr",
  "Negation: not an access problem; the invoice has the wrong SIRET.",
  ("Thérèse Fontaine", "therese.fontaine@ac-orleans-tours.fr"), "Erreur sur la facture",
  """Bonjour,

Ce n'est pas un problème d'accès, je me connecte sans difficulté. C'est la facture
qui porte le mauvais SIRET (celui de l'ancien collège). Lycée de Pithiviers, 0451683K.
Merci de l'annuler et de la refaire.

Thérèse Fontaine""", c="tb")

M("order_billing", False, None, None, "esidoc", False, "fr",
  "Département asks that subscriptions it pays for be invoiced to it, with its Chorus service code.",
  ("Nadine Perret", "nadine.perret@departement18.fr"), "Facturation au Département – code service Chorus",
  """Bonjour,

Le Département du Cher prend en charge les abonnements e-sidoc des collèges à
compter de 2025. Les factures devront être déposées sur Chorus Pro au nom du
Département, code service DSI-COLL. Pouvez-vous en tenir compte ?

Nadine Perret
Service financier – Direction de l'éducation""", c="zm")

M("order_billing", False, None, None, "espace_acheteur", False, "en",
  "English; asks whether payment by bank transfer is possible; base64 body.",
  ("Laura Bennett", "laura.bennett@icloud.com"), "Payment by bank transfer?",
  """Hello,

Can our school pay the order by bank transfer instead of card? If so, please send
the bank details together with the invoice.

Best,
Laura Bennett""", c="b64")

# ---------------------------------------------------------------- contract_documents
M("contract_documents", False, "0682034S", "GE", "espace_acheteur", False, "fr",
  "Cannot see the convention on the Espace Acheteur.",
  ("Gilles Weiss", "gilles.weiss@ac-strasbourg.fr"), "Convention introuvable",
  """Bonjour,

Je ne vois pas la convention d'adhésion du collège de Colmar (0682034S) dans
l'espace documents. Où la trouver ?

Gilles Weiss, gestionnaire""", c="tb")

M("contract_documents", False, None, None, "espace_acheteur", False, "fr",
  "Région buyer cannot see the amendment (avenant) to the market.",
  ("Valentin Roussel", "valentin.roussel@centrevaldeloire.fr"), "Avenant n°2 non visible",
  """Bonjour,

L'avenant n°2 au marché des ressources numériques n'apparaît pas dans nos
documents contractuels. Pouvez-vous le mettre en ligne ?

Valentin Roussel
Service achats – Région Centre-Val de Loire""", c="ol")

M("contract_documents", False, None, None, "espace_acheteur", False, "en",
  "English; the market documents are not visible to the buyer.",
  ("Peter Lang", "peter.lang@grandest.fr"), "Cannot access market documents",
  """Hello,

I cannot see the market documents (CCAP, price schedule) in the buyer space.
The page is empty. Could you check my access?

Peter Lang
Région Grand Est - Purchasing""", c="gm")

M("contract_documents", False, "0371928V", "CVL", "esignature", False, "fr",
  "The document to sign is not visible in the e-signature portal.",
  ("Mireille Cordier", "mireille.cordier@ac-orleans-tours.fr"), "Document à signer introuvable",
  """Bonjour,

J'ai bien reçu l'invitation à signer la convention du lycée Descartes (0371928V),
mais en cliquant, le portail de signature affiche "aucun document". Que faire ?

Mireille Cordier""", c="ol")

M("contract_documents", False, None, "GE", "espace_acheteur", True, "fr",
  "Could see the conventions on the old platform, not on the new one: contract_documents, although access rights may be the cause.",
  ("Raymond Jacob", "raymond.jacob@ac-reims.fr"), "Conventions ancienne plateforme",
  """Bonjour,

Sur l'ancienne plateforme je voyais toutes nos conventions. Sur la nouvelle,
l'onglet est vide. Je suis pourtant connecté avec le même compte.

Raymond Jacob""", c="zm")

M("contract_documents", False, "0283870E", "CVL", "espace_acheteur", True, "fr",
  "Reply quoting a subscription-activation thread, but the new question is about the market documents.",
  ("Élise Poirier", "elise.poirier@ac-orleans-tours.fr"), "RE: Activation du service",
  """Bonjour,

Le service est bien actif, merci. Autre chose : je ne trouve pas le bon de
commande-cadre ni le CCAP du marché dans les documents (lycée de Chartres, 0283870E).

Élise Poirier

> Le service sera activé sous 72 heures ouvrées.""", c="ol", reply=True)

M("contract_documents", False, "0552324C", "GE", "espace_acheteur", False, "fr",
  "The market documents (CCAP) cannot be found.",
  ("Denis Mathieu", "denis.mathieu@ac-nancy-metz.fr"), "Pièces du marché",
  """Bonjour,

Les pièces du marché (CCAP, BPU) sont introuvables dans l'espace acheteur pour le
collège de Commercy (0552324C). Pouvez-vous les rendre accessibles ?

Denis Mathieu""", c="olqp")

# ---------------------------------------------------------------- transfer_incident
M("transfer_incident", False, "0542301H", "GE", "ecoledirecte", False, "fr",
  "EcoleDirecte synchronisation failing since the night.",
  ("Régis Barbier", "regis.barbier@ac-nancy-metz.fr"), "Synchronisation EcoleDirecte en échec",
  """Bonjour,

La synchronisation EcoleDirecte du collège de Pont-à-Mousson (0542301H) échoue
depuis cette nuit : "échec du transfert, code 504". Rien n'a changé chez nous.

Régis Barbier""", c="tb")

M("transfer_incident", False, "0882673C", "GE", "ecoledirecte", False, "fr",
  "Asks for the daily maintenance password.",
  ("Serge Claude", "serge.claude@ac-nancy-metz.fr"), "Mot de passe de maintenance",
  """Bonjour,

Pouvez-vous me communiquer le mot de passe de maintenance du jour pour le collège
de Mirecourt (0882673C) ? Je dois relancer la base.

Serge Claude""", c="tb")

M("transfer_incident", False, "0103860S", "GE", "ecoledirecte", False, "fr",
  "Licence to regenerate after the département migrated the server.",
  ("Stéphane Royer", "stephane.royer@aube.fr"), "Licence à régénérer après migration serveur",
  """Bonjour,

Nous avons migré le serveur du collège de Nogent-sur-Seine (0103860S) sur une
nouvelle machine virtuelle. Le logiciel demande une nouvelle licence au démarrage.
Pouvez-vous la régénérer ?

Stéphane Royer
Conseil départemental de l'Aube""", c="ol")

M("transfer_incident", False, "0673412V", "GE", "ecoledirecte", False, "en",
  "English; data transfer fails with a TLS error since the filtering proxy changed.",
  ("Mark Ellison", "m.ellison@rhenus-it.eu"), "Data transfer failing (TLS handshake)",
  """Hello,

Since we replaced the filtering proxy at lycée Jean Monnet (0673412V), the nightly
data transfer to EcoleDirecte fails with "TLS handshake failed". We have added your
domain to the bypass list. Is there a certificate pinning on your side?

Mark Ellison""", c="gm")

M("transfer_incident", False, "0182736B", "CVL", "ecoledirecte", True, "fr",
  "Negation: not the admin password but the daily maintenance password: transfer_incident, not password_reset.",
  ("Dominique Hamel", "dominique.hamel@ac-orleans-tours.fr"), "mot de passe",
  """Bonjour,

Ce n'est pas le mot de passe administrateur que je cherche, celui-là je l'ai.
J'ai besoin du mot de passe de maintenance journalier pour réindexer la base
(collège d'Aubigny, 0182736B).

D. Hamel""", c="tb")

M("transfer_incident", False, "0413008X", "CVL", "ecoledirecte", False, "fr",
  "Data synchronisation from the national base fails since Monday.",
  ("Julie Brun", "julie.brun@ac-orleans-tours.fr"), "Transfert SIECLE bloqué",
  """Bonjour,

L'import des données élèves vers EcoleDirecte (lycée de Romorantin, 0413008X)
reste bloqué à 40 % depuis lundi.

Julie Brun""", c="ol")

M("transfer_incident", False, "0282908J", "CVL", "ecoledirecte", False, "fr",
  "Typed without accents: sync crashes since the proxy switch.",
  ("jm.garcia", "jm.garcia28@gmail.com"), "synchro plante",
  """bonjour
la synchro ecole directe plante depuis la bascule du proxy la semaine derniere
(clg dreux 0282908J). erreur de connexion a chaque fois
jm""", c="gm")

M("transfer_incident", False, "0523361W", "GE", "ecoledirecte", False, "fr",
  "Région IT: the firewall blocks the transfer and they ask which IP ranges to open.",
  ("Benoît Thiébaut", "benoit.thiebaut@grandest.fr"), "Transfert bloqué par le pare-feu régional",
  """Bonjour,

Le transfert des données du lycée de Langres (0523361W) échoue depuis la mise à jour
de nos pare-feux régionaux. Quelles plages IP et quels ports faut-il ouvrir en sortie ?

Benoît Thiébaut
Pôle infrastructures – DSI lycées, Région Grand Est""", c="tb")

M("transfer_incident", False, "0363327W", "CVL", "ecoledirecte", False, "fr",
  "Reply to a transfer ticket with the log file attached.",
  ("Christian Vidal", "christian.vidal@ac-orleans-tours.fr"), "RE: [Ticket #49511] Échec de transfert",
  """Bonjour,

Comme demandé, voici le journal du transfert de cette nuit (collège d'Argenton,
0363327W).

Christian Vidal

Le 08/10/2024 à 09:05, Support a écrit :
> Pouvez-vous nous envoyer le journal d'erreur ?""", c="tb", reply=True,
  att=("transfert.log", "text", "plain"))

M("transfer_incident", False, "0371073R", "CVL", "ecoledirecte", True, "fr",
  "Two topics: transfer failing (main) and a question on the admin password; the transfer needs a person.",
  ("Alain Rey", "alain.rey@ac-orleans-tours.fr"), "Transfert + mot de passe",
  """Bonjour,

Le transfert des notes vers EcoleDirecte (lycée Vaucanson, 0371073R) échoue
depuis deux jours. Et accessoirement, le mot de passe admin doit-il être changé
après ce type d'incident ?

Alain Rey""", c="ol")

# ---------------------------------------------------------------- automated
M("automated", False, None, None, None, False, "en",
  "Postfix bounce from an académie relay (user unknown), multipart/report, null Return-Path.",
  ("Mail Delivery System", "MAILER-DAEMON@smtp2.ac-nancy-metz.fr"), "Undelivered Mail Returned to Sender",
  """This is the mail system at host smtp2.ac-nancy-metz.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

                   The mail system

<cdi.ancien@ac-nancy-metz.fr>: host mbx3.ac-nancy-metz.fr[10.12.4.3] said: 550
    5.1.1 <cdi.ancien@ac-nancy-metz.fr>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)""", c="report",
  ds=("smtp2.ac-nancy-metz.fr", "cdi.ancien@ac-nancy-metz.fr", "5.1.1",
      "smtp; 550 5.1.1 User unknown"))

M("automated", False, None, None, None, False, "fr",
  "French Outlook out-of-office from a département IT technician, with Auto-Submitted and X-Auto-Response-Suppress.",
  ("Julien Schaeffer", "julien.schaeffer@moselle.fr"), "Réponse automatique : Lien de réinitialisation e-sidoc déjà utilisé (collège de Bitche)",
  """Bonjour,

Je suis absent jusqu'au lundi 4 novembre inclus, sans accès à ma messagerie.
Pour toute urgence concernant les collèges, contactez la hotline DSI au
03 87 00 00 00 ou assistance.colleges@moselle.fr.

Cordialement,
Julien Schaeffer""", c="ol",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

M("automated", False, None, None, None, False, "en",
  "English automatic reply from an IT contractor, with Auto-Submitted.",
  ("Tom Walsh", "t.walsh@loire-valley-it.com"), "Automatic reply: Your no-reply mails rejected: SPF fail",
  """Thank you for your email. I am out of the office until 21 October with limited
access to email. For urgent matters please contact support@loire-valley-it.com.

Tom""", c="gm", hdrs={"Auto-Submitted": "auto-replied"})

M("automated", False, None, "GE", None, True, "fr",
  "MailInBlack challenge sent back to us by a protected mailbox: names MailInBlack, but it is a robot, not a person asking for help; region from the ac-reims.fr sender domain.",
  ("Collège Jean Macé – Secrétariat", "secretariat.jmace@ac-reims.fr"), "Votre message est en attente – confirmez que vous êtes humain",
  """Bonjour,

Le destinataire de votre message utilise MailInBlack pour se protéger des
courriers indésirables. Votre message est en attente de distribution.

Pour le délivrer, merci de confirmer que vous n'êtes pas un robot en cliquant
sur le lien ci-dessous (une seule fois, vos prochains messages seront distribués
directement) :

https://challenge.mailinblack.example/validate?id=7f3a9c21

Ce message a été envoyé automatiquement, merci de ne pas y répondre.""", c="html",
  hdrs={"Auto-Submitted": "auto-replied", "X-Mailinblack": "challenge"})

M("automated", False, None, "GE", None, True, "en",
  "English MailinBlack sender-authentication challenge without Auto-Submitted header; still a robot.",
  ("Lycee Sonnenberg", "contact.sonnenberg@ac-strasbourg.fr"), "Please authenticate yourself",
  """Hello,

Your message to contact.sonnenberg@ac-strasbourg.fr is pending. The recipient is
protected by MailinBlack. To deliver your message, please confirm you are a human
by following this link:

https://challenge.mailinblack.example/auth?k=91bd02

This is an automated message.""", c="html")

M("automated", False, None, None, None, False, "fr",
  "Regional newsletter on educational digital services, with List-Id and Precedence: bulk.",
  ("Numérique éducatif Grand Est", "lettre-info@grandest.fr"), "La lettre du numérique éducatif – octobre 2024",
  """LA LETTRE DU NUMÉRIQUE ÉDUCATIF – N° 37

Au sommaire :
- Migration des relais de messagerie des lycées : calendrier
- Filtrage web : nouvelle politique pour les réseaux pédagogiques
- MonBureauNumérique : ouverture du connecteur GAR à toutes les ressources

Vous recevez cette lettre car vous êtes inscrit à la liste de diffusion.
Se désabonner : https://lettres.grandest.example/desabonnement""", c="html",
  hdrs={"List-Id": "<lettre-numerique.grandest.fr>", "Precedence": "bulk",
        "List-Unsubscribe": "<https://lettres.grandest.example/desabonnement>"})

M("automated", False, None, None, None, False, "fr",
  "Read receipt (multipart/report disposition-notification).",
  ("Nicolas Faure", "nicolas.faure@centrevaldeloire.fr"), "Lu : [Ticket #49020] Mails d'activation non reçus",
  """Votre message

  À : nicolas.faure@centrevaldeloire.fr
  Objet : [Ticket #49020] Mails d'activation non reçus
  Envoyé : 30/09/2024 10:12

a été lu le 30/09/2024 10:47.""", c="mdn")

M("automated", False, None, "GE", None, False, "fr",
  "Zimbra out-of-office with Auto-Submitted.",
  ("Sophie Marchal", "sophie.marchal@ac-nancy-metz.fr"), "Absence : Notifications de commande",
  """Je suis absente jusqu'au 28 octobre. Votre message sera traité à mon retour.
En cas d'urgence : intendance du lycée, 03 83 00 00 00.

Sophie Marchal""", c="zm", hdrs={"Auto-Submitted": "auto-replied"})

M("automated", False, None, None, None, False, "fr",
  "Exchange non-delivery report in French: recipient mailbox full.",
  ("Microsoft Outlook", "postmaster@vosges.fr"), "Non remis : [Ticket #48213] Mails bloqués MailInBlack collège Saint-Dié",
  """Le message n'a pas pu être remis à ces destinataires ou groupes :

olivier.pierrat@vosges.fr
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de
messages pour l'instant. Réessayez plus tard ou contactez directement le
destinataire.

Informations de diagnostic pour les administrateurs :
Serveur de génération : EX02.vosges.local
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'""",
  c="report", ds=("EX02.vosges.local", "olivier.pierrat@vosges.fr", "5.2.2",
                  "smtp; 554 5.2.2 mailbox full"))

M("automated", False, None, None, None, False, "fr",
  "Auto-generated ENT notification ('nouveau message') sent to the support address.",
  ("MonBureauNumérique", "ne-pas-repondre@monbureaunumerique.example"), "Vous avez un nouveau message",
  """Bonjour,

Vous avez reçu un nouveau message dans votre messagerie MonBureauNumérique.
Connectez-vous pour le consulter.

Ceci est un message automatique, merci de ne pas y répondre.""", c="html",
  hdrs={"Auto-Submitted": "auto-generated"})

M("automated", False, None, "GE", None, False, "en",
  "DMARC aggregate report sent by a receiver's robot, with a zipped XML attachment.",
  ("noreply-dmarc-support", "noreply-dmarc-support@ac-reims.fr"), "Report domain: assistance.example.fr Submitter: ac-reims.fr Report-ID: 7312940215",
  """This is an aggregate DMARC report for assistance.example.fr
Reporting period: 2024-10-01 00:00 UTC to 2024-10-01 23:59 UTC.
The report is attached.""", c="tb", hdrs={"Auto-Submitted": "auto-generated"},
  att=("ac-reims.fr!assistance.example.fr!1727740800!1727827199.zip", "application", "zip"))

M("automated", False, None, None, None, False, "fr",
  "Automatic acknowledgement from a département helpdesk (GLPI) that our mail opened a ticket there.",
  ("Assistance collèges CD41", "assistance@departement41.fr"), "[GLPI #0012877] Nouveau ticket : Re: Vos mails no-reply",
  """Bonjour,

Votre demande a été enregistrée sous le numéro 0012877.
Un technicien de l'assistance des collèges la prendra en charge.

Suivi : https://glpi.departement41.example/ticket/0012877
Ce message est généré automatiquement.""", c="tb",
  hdrs={"Auto-Submitted": "auto-generated", "X-GLPI-Sender": "glpi"})

M("automated", False, None, None, None, False, "en",
  "Postfix 'delayed mail' warning (still being retried), multipart/report.",
  ("Mail Delivery System", "MAILER-DAEMON@relais.centrevaldeloire.fr"), "Delayed Mail (still being retried)",
  """This is the mail system at host relais.centrevaldeloire.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<cdi.lycee.vierzon@centrevaldeloire.fr>: connect to mx.lycees.example[192.0.2.44]:25:
    Connection timed out""", c="report",
  ds=("relais.centrevaldeloire.fr", "cdi.lycee.vierzon@centrevaldeloire.fr", "4.4.1",
      "smtp; connect timed out"), delayed=True)

M("automated", False, None, "GE", None, True, "fr",
  "Out-of-office from a librarian with the UAI 0552324C in her signature; an automatic reply is never answered, so the UAI is not labelled; region from ac-nancy-metz.fr.",
  ("Nadine Thomas", "nadine.thomas@ac-nancy-metz.fr"), "Réponse automatique : Pièces du marché",
  """Bonjour,

Je suis en formation jusqu'au vendredi 18 octobre. Je lirai votre message à mon
retour.

Nadine Thomas
Professeure documentaliste – Collège de Commercy
0552324C""", c="ol", hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

M("automated", False, None, None, None, False, "fr",
  "Sympa mailing-list digest of the académie's librarians, with List-Id.",
  ("Liste doc-reims", "doc-reims@listes.ac-reims.example"), "Résumé de doc-reims, Vol 112, Parution 4",
  """Sujets du jour :
  1. Re: blocage des mails par le filtre du Département (A. Colas)
  2. Formation e-sidoc à Troyes (Canopé)
  3. Re: connecteur ENT (B. Leclerc)

Pour vous désabonner, écrivez à doc-reims-request@listes.ac-reims.example""", c="tb",
  hdrs={"List-Id": "Professeurs documentalistes <doc-reims.listes.ac-reims.example>",
        "Precedence": "list"})

M("automated", False, None, None, None, False, "fr",
  "Vade quarantine digest sent automatically by a Région filtering gateway to the support mailbox.",
  ("Quarantaine Vade", "quarantaine@vade.centrevaldeloire.fr"), "Vos messages en quarantaine (3)",
  """Rapport de quarantaine pour support@assistance.example.fr

3 messages ont été placés en quarantaine depuis le dernier rapport :
- « Offre spéciale toner » – 11/10/2024
- « Facture impayée n°88231 » – 11/10/2024
- « Votre colis est en attente » – 12/10/2024

Ce rapport est généré automatiquement.""", c="html", hdrs={"Auto-Submitted": "auto-generated"})

M("automated", False, None, None, None, False, "fr",
  "Out-of-office from the Région's IT project lead, Auto-Submitted header.",
  ("Florence Texier", "florence.texier@centrevaldeloire.fr"), "Réponse automatique : Déploiement MailInBlack dans les lycées – liste blanche",
  """Bonjour,

Je suis absente du 21 au 31 octobre. Pour le déploiement MailInBlack, merci
de contacter Karim Benali (karim.benali@centrevaldeloire.fr).

Florence Texier""", c="ol", hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

# ---------------------------------------------------------------- other
M("other", False, None, None, "esidoc", False, "fr",
  "Département IT asks which domains to allow through the collèges' web filter; not a mail or account category.",
  ("Olivier Pierrat", "olivier.pierrat@vosges.fr"), "Filtrage web – domaines à autoriser pour e-sidoc",
  """Bonjour,

Notre proxy de filtrage (Olfeo) bloque une partie des pages e-sidoc dans les
collèges (images de couverture, polices, scripts). Pouvez-vous nous donner la
liste complète des domaines et sous-domaines à autoriser ?

Olivier Pierrat
Service informatique des collèges – CD des Vosges""", c="ol")

M("other", False, None, None, None, False, "fr",
  "IT staff suggest a stricter DMARC policy for the support domain: a technical remark, not a support request in a category.",
  ("Benoît Thiébaut", "benoit.thiebaut@grandest.fr"), "DMARC p=none sur votre domaine",
  """Bonjour,

En analysant nos rapports, nous voyons que votre domaine d'envoi publie une
politique DMARC p=none. Des usurpations de votre adresse circulent dans nos
lycées. Envisagez-vous de passer en quarantine ou reject ?

Benoît Thiébaut
DSI lycées, Région Grand Est""", c="tb")

M("other", False, None, None, None, False, "en",
  "English SEO spam.",
  ("Digital Growth Team", "growth@rank-boost-agency.example"), "Boost your website ranking in 30 days",
  """Hi,

I was checking your website and noticed it is not on the first page of Google for
several keywords. Our team can fix this in 30 days, guaranteed. Reply YES for a
free audit.

Best,
Jenny""", c="html")

M("other", False, None, None, None, True, "fr",
  "Phishing 'quota de messagerie dépassé' from a look-alike domain; mentions a password but is not password_reset, and the domain is not an académie domain.",
  ("Service Messagerie Académique", "support@ac-nancy-metz-webmail.com"), "Votre quota de messagerie est dépassé",
  """Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de son quota. Pour éviter la suppression
de vos messages, confirmez votre identifiant et votre mot de passe ici :
http://ac-nancy-metz-webmail.com/verification

Service Messagerie""", c="html")

M("other", False, "0513634Y", "GE", "esidoc", True, "fr",
  "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked.",
  ("Guillaume Perrin", "guillaume.perrin@ac-reims.fr"), "RE: Réinitialisation sans effet",
  """Merci, c'est bon, le mail est arrivé et le mot de passe est changé.
Bonne journée !

G. Perrin – lycée Clemenceau, 0513634Y

Le 30/09/2024 à 08:55, Support a écrit :
> Un nouveau lien de réinitialisation vient d'être envoyé.""", c="tb", reply=True)

M("other", False, None, None, "esidoc", False, "fr",
  "Asks whether e-sidoc can use the Région's ADFS SAML identity provider: a feature/integration question.",
  ("Karim Benali", "karim.benali@centrevaldeloire.fr"), "Fédération SAML avec notre ADFS",
  """Bonjour,

La Région souhaite que les personnels des lycées se connectent au back office
e-sidoc avec leur compte régional, via notre ADFS (SAML 2.0). Est-ce possible ?
Si oui, pouvez-vous nous transmettre vos métadonnées SP ?

Karim Benali
Région Centre-Val de Loire""", c="ol")

M("other", False, None, None, None, False, "en",
  "English unsolicited offer of managed firewall services: spam.",
  ("SecureEdge Sales", "sales@secureedge-networks.example"), "Protect your school network from ransomware",
  """Hello,

Schools are the number one target of ransomware in 2024. SecureEdge offers a
managed next-gen firewall for education at a special price. Can we book a
15-minute call this week?

Regards,
Mike""", c="html")

M("other", False, None, None, None, False, "fr",
  "The département's data protection officer asks for the processing register entry (RGPD): not a support category.",
  ("DPO Département d'Indre-et-Loire", "dpo@departement-touraine.fr"), "Registre de traitement RGPD",
  """Bonjour,

Dans le cadre de la mise à jour de notre registre des traitements, pourriez-vous
nous transmettre la description des données personnelles traitées pour les
collèges du département et votre accord de sous-traitance ?

Le délégué à la protection des données""", c="ol")

M("other", False, None, None, None, True, "fr",
  "Complains that tracking links in the platform's mails are blocked by the filter; about links but nothing to reset or activate.",
  ("Jérôme Kieffer", "jerome.kieffer@moselle.fr"), "Liens de suivi dans vos mails",
  """Bonjour,

Les liens de vos lettres d'information passent par un domaine de suivi de clics
que notre filtre classe en "tracking" et bloque. Les enseignants se plaignent que
les liens ne s'ouvrent pas. Pourriez-vous utiliser des liens directs ?

Jérôme Kieffer
DSI – Département de la Moselle""", c="tb")

M("other", False, None, None, None, False, "fr",
  "Unsolicited job application sent to the support address.",
  ("Kevin Adam", "kevin.adam.pro@gmail.com"), "Candidature spontanée – technicien support",
  """Madame, Monsieur,

Technicien systèmes et réseaux depuis 5 ans dans les collèges, je vous propose
ma candidature pour un poste au sein de votre support. Vous trouverez mon CV
en pièce jointe.

Kevin Adam""", c="gm", att=("CV_Kevin_Adam.pdf", "application", "pdf"))

M("other", False, None, None, None, True, "fr",
  "Internal département mail about network cabling sent to the support address by mistake.",
  ("Stéphane Royer", "stephane.royer@aube.fr"), "Câblage salle 112 – collège Bachelard",
  """Salut Marc,

Pour la salle 112, il faut tirer 4 prises RJ45 supplémentaires et remplacer le
switch 8 ports par un 24 ports PoE. Je passe jeudi avec le prestataire.

Stéphane""", c="ol")

M("other", False, "0883079U", "GE", "esidoc", False, "fr",
  "Asks whether the portal is down (timeouts): an incident question, not in another category.",
  ("Odile Husson", "odile.husson@ac-nancy-metz.fr"), "Portail en panne ?",
  """Bonjour,

Depuis ce matin, le portail e-sidoc du collège (0883079U) met plus d'une minute
à s'afficher, puis tombe en erreur 504. Y a-t-il un incident en cours ?

Odile Husson""", c="tb")

M("other", False, None, None, "esidoc", False, "fr",
  "Certificate error behind the Région's TLS-inspection proxy: technical question, no category fits.",
  ("Nicolas Faure", "nicolas.faure@centrevaldeloire.fr"), "Erreur de certificat via notre proxy",
  """Bonjour,

Derrière notre proxy à inspection TLS, le portail e-sidoc renvoie une erreur
de certificat sur un sous-domaine de ressources statiques. Avez-vous changé
d'autorité de certification récemment ?

Nicolas Faure
Région Centre-Val de Loire""", c="ol")

M("other", False, None, None, "esidoc", False, "fr",
  "Asks whether user accounts can be synchronised from the département's Active Directory: integration question.",
  ("David Hart", "david.hart@alsace.eu"), "Synchronisation LDAP des comptes",
  """Bonjour,

Est-il possible d'alimenter les comptes e-sidoc des collèges depuis notre annuaire
Active Directory (LDAP) plutôt qu'à la main ? Existe-t-il une API ?

David Hart
Collectivité européenne d'Alsace""", c="ol")


# ================================================================ wrapping
def enc_hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def to_html(text):
    out = []
    for para in text.split("\n\n"):
        lines = [html.escape(x) for x in para.split("\n")]
        if all(x.startswith("&gt;") for x in lines if x):
            out.append("<blockquote>" + "<br>\n".join(x[4:].lstrip() for x in lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "<html><head><meta charset=\"utf-8\"></head><body>\n" + "\n".join(out) + "\n</body></html>\n"


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.replace("\n", "\r\n").encode(charset)).decode("ascii").replace("\r\n", "\n")


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def part(ctype, payload, cte, extra=""):
    return f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n{extra}\n{payload.rstrip(chr(10))}\n"


def boundary(tag):
    return f"----=_{tag}_{RNG.getrandbits(64):016x}"


def multipart(sub, parts, tag):
    b = boundary(tag)
    body = "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        body += f"--{b}\n{p}\n"
    body += f"--{b}--\n"
    return f"multipart/{sub}; boundary=\"{b}\"", body


def attachment_part(att):
    name, maintype, subtype = att
    if maintype == "text":
        data = ("2024-10-08 02:00:01 INFO  debut transfert\n2024-10-08 02:00:14 ERROR "
                "connexion refusee (timeout 30s)\n2024-10-08 02:00:14 INFO  fin transfert: echec\n").encode()
    else:
        data = bytes(RNG.getrandbits(8) for _ in range(600))
        if subtype == "pdf":
            data = b"%PDF-1.4\n" + data + b"\n%%EOF\n"
    return part(f"{maintype}/{subtype}; name=\"{name}\"", b64(data), "base64",
                f"Content-Disposition: attachment; filename=\"{name}\"\n")


def body_for(m):
    """Return (content-type header value, cte or None, body text) for the mail's client style."""
    c, t = m["c"], m["body"]
    if c == "tb":
        return "text/plain; charset=UTF-8; format=flowed", "8bit", t
    if c == "tbqp":
        return "text/plain; charset=UTF-8; format=flowed", "quoted-printable", qp(t)
    if c == "b64":
        return "text/plain; charset=\"utf-8\"", "base64", b64(t.encode("utf-8"))
    if c == "am":
        return "text/plain; charset=utf-8", "quoted-printable", qp(t)
    if c == "html":
        return "text/html; charset=\"utf-8\"", "base64", b64(to_html(t).encode("utf-8"))
    if c in ("ol", "olqp"):
        ct, b = multipart("alternative", [
            part("text/plain; charset=\"utf-8\"", qp(t), "quoted-printable"),
            part("text/html; charset=\"utf-8\"", qp(to_html(t)), "quoted-printable")], "NextPart_000")
        return ct, None, b
    if c == "gm":
        ct, b = multipart("alternative", [
            part("text/plain; charset=\"UTF-8\"", qp(t), "quoted-printable"),
            part("text/html; charset=\"UTF-8\"", qp("<div dir=\"ltr\">" + to_html(t) + "</div>"), "quoted-printable")], "gm")
        return ct, None, b
    if c == "zm":
        ct, b = multipart("alternative", [
            part("text/plain; charset=utf-8", qp(t), "quoted-printable"),
            part("text/html; charset=utf-8", qp(to_html(t)), "quoted-printable")], "zimbra")
        return ct, None, b
    if c == "report":
        mta, rcpt, status, diag = m["kw"]["ds"]
        action = "delayed" if m["kw"].get("delayed") else "failed"
        ds = (f"Reporting-MTA: dns; {mta}\nArrival-Date: {m['date_s']}\n\n"
              f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
              f"Action: {action}\nStatus: {status}\nDiagnostic-Code: {diag}\n")
        orig = (f"From: Support <{SUPPORT}>\nTo: {rcpt}\nSubject: Votre demande\n"
                f"Message-ID: <orig.{RNG.getrandbits(40):x}@assistance.example.fr>\n")
        ct, b = multipart("report; report-type=delivery-status", [
            part("text/plain; charset=utf-8", qp(t), "quoted-printable",
                 "Content-Description: Notification\n"),
            part("message/delivery-status", ds, "7bit", "Content-Description: Delivery report\n"),
            part("text/rfc822-headers", orig, "7bit", "Content-Description: Undelivered Message Headers\n")],
            "report")
        return ct, None, b
    if c == "mdn":
        addr = m["frm"][1]
        dn = (f"Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;{addr}\n"
              f"Disposition: manual-action/MDN-sent-manually; displayed\n")
        ct, b = multipart("report; report-type=disposition-notification", [
            part("text/plain; charset=\"utf-8\"", qp(t), "quoted-printable"),
            part("message/disposition-notification", dn, "7bit")], "mdn")
        return ct, None, b
    raise ValueError(c)


UA = {"tb": ("User-Agent", "Mozilla Thunderbird"), "tbqp": ("User-Agent", "Mozilla Thunderbird"),
      "b64": ("X-Mailer", "Microsoft Outlook 16.0"), "am": ("X-Mailer", "Apple Mail (2.3774.600.62)"),
      "html": ("X-Mailer", "Roundcube Webmail/1.6.6"), "ol": ("X-Mailer", "Microsoft Outlook 16.0"),
      "olqp": ("X-Mailer", "Microsoft Outlook 16.0"), "gm": None,
      "zm": ("X-Mailer", "Zimbra 8.8.15_GA_4562 (ZimbraWebClient - FF128 (Win)/8.8.15_GA_4562)"),
      "report": None, "mdn": ("X-Mailer", "Microsoft Outlook 16.0")}


def build(m, idx):
    name, addr = m["frm"]
    dom = addr.split("@")[1].lower()
    kw = m["kw"]
    start = datetime.datetime(2024, 9, 2, 7, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    when = start + datetime.timedelta(days=idx * 0.33 + RNG.random() * 0.2, minutes=RNG.randint(0, 600))
    if when.weekday() >= 5:
        when += datetime.timedelta(days=7 - when.weekday())
    m["date_s"] = format_datetime(when)
    if m["c"] == "gm":
        mid = f"<CA{RNG.getrandbits(120):030x}@mail.gmail.com>"
    elif m["c"] in ("ol", "olqp", "b64"):
        mid = f"<{RNG.getrandbits(48):012x}$ac{RNG.getrandbits(40):010x}@{dom}>"
    else:
        mid = f"<{RNG.getrandbits(64):016x}.{idx}@{dom}>"
    ctype, cte, body = body_for(m)
    if kw.get("att"):
        inner = f"Content-Type: {ctype}\n" + (f"Content-Transfer-Encoding: {cte}\n" if cte else "") + "\n" + body
        ctype, body = multipart("mixed", [inner, attachment_part(kw["att"])], "mixed")
        cte = None
    spoof = kw.get("spoof")
    auth = ("spf=fail smtp.mailfrom=" + dom + ";\n\tdkim=none;\n\tdmarc=fail (p=none) header.from=" + dom) if spoof else \
           ("dkim=pass header.d=" + dom + ";\n\tspf=pass smtp.mailfrom=" + dom + ";\n\tdmarc=pass header.from=" + dom)
    relay_ip = f"203.0.113.{RNG.randint(2, 250)}"
    null_rp = m["c"] == "report"
    h = []
    h.append(("Return-Path", "<>" if null_rp else f"<{addr}>"))
    h.append(("Delivered-To", SUPPORT))
    rfrom = f"mail.{dom} (mail.{dom} [{relay_ip}])" if not spoof else f"vps-{RNG.randint(1000,9999)}.hosting.example ([198.51.100.{RNG.randint(2,250)}])"
    h.append(("Received", f"from {rfrom}\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id {RNG.getrandbits(40):010X}\n\tfor <{SUPPORT}>; {m['date_s']}"))
    h.append(("Authentication-Results", "mx1.assistance.example.fr;\n\t" + auth))
    h.append(("Message-ID", mid))
    h.append(("Date", m["date_s"]))
    h.append(("From", formataddr((name, addr), charset="utf-8")))
    h.append(("To", SUPPORT))
    for k, v in kw.get("hdrs", {}).items():
        h.append((k, v))
    h.append(("Subject", enc_hdr(m["subj"])))
    if kw.get("reply"):
        ref = f"<{RNG.getrandbits(64):016x}@assistance.example.fr>"
        h.append(("In-Reply-To", ref))
        h.append(("References", ref))
    ua = UA.get(m["c"])
    if ua:
        h.append(ua)
    h.append(("MIME-Version", "1.0"))
    h.append(("Content-Language", "en-GB" if m["lang"] == "en" else "fr-FR"))
    h.append(("Content-Type", ctype))
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    head = "".join(f"{k}: {v}\n" for k, v in h)
    raw = head + "\n" + body
    return raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def write_all():
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    labels = []
    for i, k in enumerate(order, 1):
        m = MAILS[k]
        fn = f"h{i:03d}.eml"
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(build(m, i))
        m["file"] = fn
        labels.append({"file": fn, "category": m["category"], "auto_reply_ok": m["auto_reply_ok"],
                       "uai": m["uai"], "region": m["region"], "platform": m["platform"],
                       "hard": m["hard"], "lang": m["lang"], "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


# ================================================================ checks
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{3})\s?(\d{4})\s?([A-Za-z])(?![A-Za-z0-9])")
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def valid_uai(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and L23[int(code[:7]) % 23] == code[7]


def visible_text(msg):
    out = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
    return "\n".join(out)


def check():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert files == [f"h{i:03d}.eml" for i in range(1, 151)], "expected h001..h150"
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    assert len(labels) == 150 and [x["file"] for x in labels] == files
    cats = set()
    en = hard = 0
    for lab in labels:
        assert list(lab) == KEYS, lab
        assert lab["category"] in CATS, lab
        cats.add(lab["category"])
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab["file"]
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en")
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 10
        en += lab["lang"] == "en"
        hard += lab["hard"]
        with open(os.path.join(HERE, lab["file"]), "rb") as f:
            msg = BytesParser(policy=policy.default).parse(f)
        for p in msg.walk():
            assert not p.defects, (lab["file"], p.defects)
        for hname in ("Message-ID", "Date", "From"):
            assert msg[hname], (lab["file"], hname)
        text = visible_text(msg)
        squashed = re.sub(r"\s", "", text).upper()
        # every valid-looking UAI is the label's or is explained in the notes
        for a, b, c in UAI_RE.findall(text):
            code = (a + b + c).upper()
            if valid_uai(code) and code != lab["uai"]:
                assert code in lab["notes"], (lab["file"], code)
        uai = lab["uai"]
        if uai is not None:
            assert valid_uai(uai), (lab["file"], uai)
            assert uai in squashed, (lab["file"], uai)
        # wrong check letters are really wrong and really in the mail
        if "wrong check letter" in lab["notes"]:
            bad = [x for x in re.findall(r"\d{7}[A-Z]", lab["notes"]) if not valid_uai(x)]
            assert bad and all(x in squashed for x in bad), lab["file"]
        # region
        sender = msg["From"].addresses[0].addr_spec.lower()
        sdom = sender.split("@")[1]
        if uai is not None:
            expect = DEPT[uai[:3]]
        else:
            expect = ACDOM.get(sdom)
        assert lab["region"] == expect, (lab["file"], lab["region"], expect)
    assert cats == CATS, CATS - cats
    assert 10 <= en <= 25, en
    return labels, en, hard


if __name__ == "__main__":
    write_all()
    labels, en, hard = check()
    from collections import Counter
    cnt = Counter(x["category"] for x in labels)
    for k, v in sorted(cnt.items(), key=lambda kv: -kv[1]):
        print(f"{k:32s} {v}")
    print("english:", en, "hard:", hard)
    print("all checks passed")

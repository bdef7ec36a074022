#!/usr/bin/env python3
"""Build the holdout86 blind test corpus.

Theme: tiny rural collèges and primary-school groupings (RPI) of Auvergne
(Cantal, Haute-Loire, Allier) and Limousin, where one person does everything.
Every mail text below was written by hand; this script only wraps each text in
headers and a transfer encoding, writes h001.eml ... h150.eml and labels.jsonl
next to itself, then re-reads everything and checks it.
Standard library only, deterministic (fixed seed).
"""
import html
import json
import os
import random
import re
import uuid
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 86086
DESK = "support@assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

CATEGORIES = ["password_reset", "missing_noreply_mail", "mailinblack_spam",
              "account_creation", "subscription_activation",
              "head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"]
NEVER_AUTO = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature", None}
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]

# regions.md: département -> région, académie domain -> région
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
DEPT_REGION = {}
for _r, _d in REGION_DEPTS.items():
    for _x in _d.split():
        DEPT_REGION[_x if len(_x) == 3 else "0" + _x] = _r
DOMAIN_REGION = {
    "ac-clermont.fr": "auvergne-rhone-alpes", "ac-grenoble.fr": "auvergne-rhone-alpes",
    "ac-lyon.fr": "auvergne-rhone-alpes", "ac-besancon.fr": "bourgogne-franche-comte",
    "ac-dijon.fr": "bourgogne-franche-comte", "ac-rennes.fr": "bretagne",
    "ac-orleans-tours.fr": "centre-val-de-loire", "ac-corse.fr": "corse",
    "ac-nancy-metz.fr": "grand-est", "ac-reims.fr": "grand-est", "ac-strasbourg.fr": "grand-est",
    "ac-amiens.fr": "hauts-de-france", "ac-lille.fr": "hauts-de-france",
    "ac-creteil.fr": "ile-de-france", "ac-paris.fr": "ile-de-france", "ac-versailles.fr": "ile-de-france",
    "ac-normandie.fr": "normandie", "ac-caen.fr": "normandie", "ac-rouen.fr": "normandie",
    "ac-bordeaux.fr": "nouvelle-aquitaine", "ac-limoges.fr": "nouvelle-aquitaine",
    "ac-poitiers.fr": "nouvelle-aquitaine", "ac-montpellier.fr": "occitanie",
    "ac-toulouse.fr": "occitanie", "ac-nantes.fr": "pays-de-la-loire",
    "ac-aix-marseille.fr": "provence-alpes-cote-d-azur", "ac-nice.fr": "provence-alpes-cote-d-azur",
    "ac-guadeloupe.fr": "guadeloupe", "ac-martinique.fr": "martinique", "ac-guyane.fr": "guyane",
    "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte",
}


def uai_ok(code):
    code = code.upper()
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


def region_for(uai, sender):
    if uai:
        return DEPT_REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower() if sender else ""
    return DOMAIN_REGION.get(dom)


MAILS = []


def M(cat, ok, uai, plat, hard, lang, frm, subj, body, notes, **kw):
    MAILS.append(dict(cat=cat, ok=ok, uai=uai, plat=plat, hard=hard, lang=lang,
                      frm=frm, subj=subj, body=body.strip("\n") + "\n", notes=notes, kw=kw))

# ---------------------------------------------------------------- password_reset (22)
M("password_reset", True, "0151621F", "esidoc", False, "fr",
  "Nathalie Courbebaisse <nathalie.courbebaisse@ac-clermont.fr>",
  "Mot de passe e-sidoc perdu",
  """Bonjour,

Je suis la secrétaire du collège des Monts du Cantal à Murat (0151621F). Je fais aussi le CDI le mardi et le jeudi depuis que notre documentaliste est à mi-temps sur deux établissements.

Je n'ai plus le mot de passe pour aller dans la partie gestion d'e-sidoc. Je l'avais noté sur un post-it qui a disparu pendant le ménage des vacances...

Pouvez-vous m'envoyer un lien pour le refaire ? Je suis au bureau jusqu'à 17h, après je pars faire la garderie.

Merci beaucoup,
Nathalie Courbebaisse
Secrétariat - Collège des Monts du Cantal, Murat
04 71 20 xx xx
""", "Plain lost e-sidoc back-office password, UAI in the body, academic sender: the FAQ reset path applies.",
  style="tb")

M("password_reset", True, "0430621S", "esidoc", True, "fr",
  "College Saugues <ce.0430621S@ac-clermont.fr>",
  "mdp esidoc bloque",
  """bonjour

mdp du compte admin esidoc refuse depuis ce matin, j ai essaye 3 fois et maintenant c est bloque
pouvez vous renvoyer un lien sur cette adresse svp c est celle du college

merci
Martine, secretariat (et un peu tout le reste)
""", "The UAI appears only in the ce.<UAI>@ac-clermont.fr sender address; locked e-sidoc admin password, link wanted on that official address.",
  style="zm")

M("password_reset", True, "0191812S", "espace_acheteur", False, "fr",
  "Sylvie Chassagnard <sylvie.chassagnard@ac-limoges.fr>",
  "Identifiant / mot de passe Espace Acheteur",
  """Bonjour,

Gestionnaire du collège d'Eygurande (UAI 0191812S), je dois passer une commande de fournitures avant vendredi mais le mot de passe de l'Espace Acheteur ne passe plus. Je pense qu'il a expiré, je ne me suis pas connectée depuis juin.

Pouvez-vous me renvoyer le nécessaire pour le réinitialiser ?

Cordialement,

Sylvie Chassagnard
Gestionnaire – Collège Jean Monnet, Eygurande
""", "Expired Espace Acheteur password of the gestionnaire; HTML-only Outlook in windows-1252.",
  style="ol", html="only", charset="windows-1252", enc="quoted-printable")

M("password_reset", True, "0431293X", "esidoc", True, "fr",
  "Christine Vidal <christine.vidal@ac-clermont.fr>",
  "Re: accès au portail du CDI",
  """Bonjour,

Ce n'est pas mon mot de passe à moi qui pose problème (j'ai bien mon compte ENT), c'est celui du compte administrateur e-sidoc du CDI : la collègue documentaliste partie à Brioude en septembre l'a changé avant de partir et ne s'en souvient plus.

Je suis gestionnaire et je dépanne au CDI entre deux bons de commande. L'identifiant est notre UAI 0431293X.

Pouvez-vous nous aider à le réinitialiser ?

Merci,
Christine Vidal
Collège du Haut-Allier, Langeac
""", "Negation: not her own password but the admin account's, which the departed librarian changed; still a lost e-sidoc password.",
  style="tb")

M("password_reset", True, "0031678H", "esidoc", False, "en",
  "Rachel Dumont <rachel.dumont.cerilly@gmail.com>",
  "Forgotten e-sidoc password",
  """Hello,

I teach English at the collège in Cérilly (Allier) and I also look after the library on Wednesdays since we have no full-time librarian this year. Sorry for writing in English, it is quicker for me.

I have forgotten the password for the e-sidoc back office. Our school code is 0031678H.

Could you send me a reset link, or tell me where it will be sent?

Many thanks,
Rachel Dumont
Collège François Péron, Cérilly
""", "English; lost e-sidoc back-office password with the UAI in the body, written from a personal Gmail address: the link goes to the address on file, not to hers.",
  style="gm", html="alt")

M("password_reset", False, None, "esidoc", True, "fr",
  "Brigitte Lamy <brigitte.lamy23@laposte.net>",
  "mot de passe du cdi",
  """Bonjour,

Je m'occupe du CDI du collège de Royère-de-Vassivière en plus du secrétariat. Je n'arrive plus à entrer dans e-sidoc, le mot de passe administrateur n'est pas reconnu.
Notre code établissement est le 0230283B.

Pouvez-vous me donner un nouveau mot de passe ? J'écris depuis ma boîte perso car la messagerie du collège ne marche pas depuis l'orage.

Merci d'avance
Brigitte Lamy
""", "UAI typed 0230283B: wrong check letter (the digits give 0230283H), so no UAI; personal laposte.net sender gives no region either, and she writes from a non-official address: a person must check.",
  style="tb")

M("password_reset", False, "0871461R", "esidoc", True, "fr",
  "Hélène Peyrat <helene.peyrat@ac-limoges.fr>",
  "mot de passe + devis",
  """Bonjour,

Deux choses, désolée je fais tout en même temps :

1) je n'ai plus le mot de passe du compte administrateur e-sidoc du collège d'Eymoutiers (0871461R), il me faudrait un lien de réinitialisation ;

2) la principale me demande un devis pour le renouvellement de l'abonnement l'an prochain, pour pouvoir faire le bon d'engagement avant la clôture.

Merci !
Hélène Peyrat
Secrétaire de direction / gestion / CDI le lundi
""", "Two topics: lost e-sidoc password (first, main) and a quote for the renewal (order_billing); a single template would answer only half.",
  style="tb")

M("password_reset", True, "0190583F", "esidoc", True, "fr",
  "Agnès Bordas <agnes.bordas@ac-limoges.fr>",
  "Re: Abonnement presse e-sidoc [ticket 24-1187]",
  """Bonjour,

Rien à voir avec mon message précédent (l'abonnement marche bien maintenant, merci) : aujourd'hui c'est le mot de passe d'e-sidoc que je n'ai plus, le navigateur l'a oublié après la mise à jour du PC.
Collège de Bugeat, 0190583F.

Bonne journée
Agnès

Le 12/09/2024 à 10:14, Assistance a écrit :
> Bonjour,
>
> Votre abonnement sera activé dans un délai de 72 heures après la
> validation de la commande. Passé ce délai, n'hésitez pas à nous recontacter.
>
> Cordialement,
> L'équipe assistance
""", "Reply on an old subscription ticket whose quoted history is about activation; the new text clearly asks something else: a lost e-sidoc password.",
  style="tb", reply=True)

M("password_reset", True, "0150063M", "esidoc", True, "fr",
  "Josiane Rouchy <josiane.rouchy@ac-clermont.fr>",
  "perdu le mot de passe",
  """Bonjour,
j'ai perdu le mot de passe de notre portail e-sidoc (collège d'Allanche, uai 015 0063 m).
Je suis toute seule au bureau cette semaine avec les inscriptions au brevet blanc, si vous pouviez m'envoyer le lien rapidement ce serait super.
Josiane
""", "UAI written with spaces and a lower-case letter (015 0063 m); the label is the compact upper-case code.",
  style="am")

M("password_reset", True, "0430775J", "esidoc", True, "fr",
  "Pascale Brun <pascale.brun@ac-clermont.fr>",
  "Connexion impossible au compte administrateur",
  """Bonjour,

Je n'arrive plus à me connecter à notre compte administrateur : mot de passe incorrect. J'ai fait « mot de passe oublié » mais je ne sais pas à quelle adresse c'est parti.

Merci de votre aide,

--
Pascale Brun
Secrétaire - gestionnaire - et CDI les jours pairs
Collège de La Chaise-Dieu
RNE 0430775J
""", "The UAI appears only in the signature (RNE line); lost admin password of the library portal.",
  style="tb")

M("password_reset", True, "0431035S", "esidoc", False, "fr",
  "Coralie M. <coralie.mathieu43@icloud.com>",
  "mdp",
  """mdp esidoc perdu, college de Saugues 0431035S. vous pouvez renvoyer le lien sur l adresse du college ? merci

Envoyé de mon iPhone
""", "One line from a phone: lost e-sidoc password, UAI given; the link goes to the address on file.",
  style="ip")

M("password_reset", True, "0030942H", "espace_acheteur", False, "fr",
  "Gérard Auclair <gerard.auclair@ac-clermont.fr>",
  "Compte Espace Acheteur verrouillé",
  """Bonjour,

Après plusieurs essais, mon compte sur l'Espace Acheteur est verrouillé (« trop de tentatives »). Je suis le gestionnaire du collège du Mayet-de-Montagne, UAI 0030942H.

Pouvez-vous le débloquer ou m'envoyer un lien de réinitialisation ?

Cordialement,
Gérard Auclair
Adjoint gestionnaire (et régisseur, et responsable du car scolaire...)
""", "Espace Acheteur account locked after failed attempts.",
  style="ol", html="alt", enc="quoted-printable")

M("password_reset", False, "0151139G", "ecoledirecte", False, "fr",
  "Sandrine Vergne <sandrine.vergne@ac-clermont.fr>",
  "mot de passe administrateur EcoleDirecte",
  """Bonjour,

J'ai oublié le mot de passe du compte administrateur EcoleDirecte du collège de Condat (0151139G). Ce n'est pas le mot de passe de maintenance, c'est celui avec lequel je gère les comptes des parents.

Comment faire pour le récupérer ?

Sandrine Vergne
Secrétariat
""", "Lost EcoleDirecte administration password (explicitly not the maintenance password): password_reset, but the portal reset template does not cover this product, so a person answers.",
  style="tb")

M("password_reset", True, "0190583F", "esidoc", False, "fr",
  "Agnès Bordas <agnes.bordas@ac-limoges.fr>",
  "lien expiré",
  """Bonjour,

J'ai bien reçu votre lien pour changer le mot de passe d'e-sidoc mais je l'ai ouvert trop tard (j'étais de surveillance de cantine puis au bus) et il a expiré.
Est-ce que vous pouvez m'en renvoyer un ? Collège de Bugeat, 0190583F.

Merci
Agnès Bordas
""", "The reset link expired before use: send a new one.",
  style="tb")

M("password_reset", True, "0151139G", "espace_acheteur", False, "fr",
  "Sandrine Vergne <sandrine.vergne@ac-clermont.fr>",
  "Identifiant oublié Espace Acheteur",
  """Bonjour,

Je ne sais plus quel est mon identifiant pour l'Espace Acheteur (est-ce le numéro UAI ou mon adresse ?). Le mot de passe, je ne l'ai plus non plus...
Collège de Condat, 0151139G.

Merci de m'indiquer la marche à suivre.
Sandrine Vergne
""", "Forgotten Espace Acheteur login and password.",
  style="tb")

M("password_reset", True, "0231665K", "esidoc", False, "en",
  "Fiona Marsh <fiona.marsh@wanadoo.fr>",
  "Cannot log in to the school library portal",
  """Good morning,

I am the secretary of the primary school group (RPI) at Saint-Marc-à-Loubaud, Creuse. Our little library catalogue is on e-sidoc and the password is not accepted any more. Nobody here remembers changing it.

Our school number is 0231665K. Could you please reset it?

Kind regards,
Fiona Marsh
Secretary, RPI du Plateau
""", "English; primary-school secretary cannot log in to e-sidoc, UAI given; personal address, so the link goes to the address on file.",
  style="tb")

M("password_reset", True, None, "esidoc", False, "fr",
  "Lydie Faucher <lydie.faucher@orange.fr>",
  "probleme de conection",
  """bonjour je narive plus a me conecter sur le esidoc du college de meymac le mot de pass ne marche plus, je suis la secretaire mais la je suis chez moi car le col est fermé avec la neige. comment je fais pour le recuperer ?
merci
lydie
""", "Typos, no UAI and a personal address: lost e-sidoc password; the automatic answer explains the procedure (head of establishment if no address on file).",
  style="gm")

M("password_reset", False, "0191785M", "esidoc", True, "fr",
  "Marie-Claude Lafarge <mc.lafarge19@gmail.com>",
  "mot de passe e-sidoc Treignac",
  """Bonjour,

J'ai perdu le mot de passe du portail e-sidoc du collège de Treignac (0191785M).
Pouvez-vous m'envoyer le lien sur mon Gmail personnel plutôt ? Je n'ai pas accès à la boîte du collège depuis chez moi et je suis en télétravail le mercredi.

Merci,
Marie-Claude Lafarge, gestion / secrétariat
""", "Lost password, but asks for the link at her personal Gmail, which is not the address on file: no automatic answer.",
  style="gm", html="alt")

M("password_reset", True, "0150650A", "esidoc", True, "fr",
  "Delphine Teyssandier <delphine.teyssandier@ac-clermont.fr>",
  "mot de passe e-sidoc Riom",
  """Bonjour,

Je suis documentaliste partagée entre le collège de Riom-ès-Montagnes (0150650A) et celui de Condat. Pour Condat tout va bien. C'est à Riom que je n'ai plus le mot de passe administrateur du portail.

Pouvez-vous envoyer un lien de réinitialisation à l'adresse de Riom ?

Merci,
Delphine Teyssandier
Professeure documentaliste
""", "Shared librarian: the request is about Riom-ès-Montagnes (0150650A); the other school is named without a code.",
  style="tb")

M("password_reset", True, "0431477X", "espace_acheteur", False, "fr",
  "Évelyne Chapuis <evelyne.chapuis@ac-clermont.fr>",
  "Compte bloqué",
  """Bonjour,

Mon accès à l'Espace Acheteur est bloqué depuis hier (message « compte verrouillé »). Établissement : collège de Tence, UAI 0431477X.

Merci de m'aider à récupérer l'accès, j'ai des commandes de la cantine en attente.

Évelyne Chapuis
Gestionnaire
""", "Espace Acheteur account locked; Zimbra webmail.",
  style="zm")

M("password_reset", True, "0190352E", "esidoc", False, "en",
  "Sarah Whitfield <sarah.whitfield@ac-limoges.fr>",
  "Password for e-sidoc admin",
  """Hi,

I have just taken over the library at the collège in Lapleau (0190352E) alongside my teaching. The previous person left no password for the e-sidoc admin account.

Can you send a reset link to the school's official address? The head knows I am asking.

Thanks a lot,
Sarah Whitfield
""", "English; new teacher-librarian lost access to the e-sidoc admin account; asks the link on the school's official address.",
  style="tb")

M("password_reset", True, "0870085V", "esidoc", False, "fr",
  "Odile Faure <odile.faure@ac-limoges.fr>",
  "Mot de passe portail CDI",
  """Bonjour,

Nouvelle au collège de Châteauponsac (0870085V), je fais le secrétariat et on m'a confié le CDI. La personne d'avant est partie en retraite sans laisser le mot de passe d'e-sidoc.

Pourriez-vous me dire comment le réinitialiser ?

Bien à vous,
Odile Faure
""", "Previous person retired without passing on the e-sidoc password; Apple Mail, quoted-printable.",
  style="am", enc="quoted-printable")

# ---------------------------------------------------------------- missing_noreply_mail (16)
M("missing_noreply_mail", True, "0151592Z", "espace_acheteur", False, "fr",
  "Karine Delort <karine.delort@ac-clermont.fr>",
  "Pas de mail d'activation",
  """Bonjour,

Je viens de créer mon compte sur l'Espace Acheteur pour le collège de Pleaux (0151592Z) mais je n'ai jamais reçu le mail d'activation. Cela fait deux heures.

Merci de votre aide,
Karine Delort, gestionnaire
""", "Activation mail never arrived; no anti-spam product named.",
  style="tb")

M("missing_noreply_mail", True, "0430210V", "esidoc", True, "fr",
  "Laurence Pélissier <laurence.pelissier@ac-clermont.fr>",
  "Mot de passe oublié... mais rien ne vient",
  """Bonjour,

J'ai fait « mot de passe oublié » sur e-sidoc trois fois depuis ce matin. Le site dit que le mail est envoyé mais je ne reçois rien du tout, ni dans la boîte de réception ni ailleurs.
Collège de Craponne-sur-Arzon, 0430210V.

Laurence Pélissier
""", "Reads like a password problem, but the reset tool works and the new-password mail never arrives: missing_noreply_mail.",
  style="tb")

M("missing_noreply_mail", True, "0030837U", "espace_acheteur", True, "fr",
  "Muriel Gaillard <muriel.gaillard@ac-clermont.fr>",
  "Mail de confirmation jamais reçu",
  """Bonjour,

Je n'ai toujours pas le mail de confirmation pour l'Espace Acheteur (collège d'Ébreuil, 0030837U).
Avant que vous me le demandiez : nous n'avons PAS MailInBlack au collège, j'ai vérifié avec le technicien du département. J'ai regardé les indésirables aussi.

Merci
Muriel Gaillard
""", "Names MailInBlack only to say the school does not use it: missing_noreply_mail, not mailinblack_spam.",
  style="tb")

M("missing_noreply_mail", True, "0191831M", "espace_acheteur", False, "fr",
  "Isabelle Sudrie <isabelle.sudrie@ac-limoges.fr>",
  "Plus de notifications de commande",
  """Bonjour,

Depuis deux semaines je ne reçois plus les mails automatiques de l'Espace Acheteur quand une commande est validée ou livrée. Avant je les recevais bien. Collège de Meymac, 0191831M.

Je suis seule en gestion, ces mails me servent de rappel...

Merci,
Isabelle Sudrie
""", "Notifications from the no-reply address stopped arriving.",
  style="ol", html="alt", enc="quoted-printable")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "en",
  "Tom Ashworth <tom.ashworth@outlook.fr>",
  "Activation email not received",
  """Hello,

I registered yesterday on the buyer space for the collège in Bessines-sur-Gartempe (I help with the accounts part-time) and the activation email never came. I checked spam.

What should I do?

Tom Ashworth
""", "English; activation mail for the Espace Acheteur never arrived; no UAI and a non-academic sender.",
  style="ol")

M("missing_noreply_mail", False, "0871729G", "espace_acheteur", False, "fr",
  "Chantal Roudier <chantal.roudier@ac-limoges.fr>",
  "RE: Pas reçu le lien d'activation",
  """Bonjour,

J'ai fait ce que vous disiez (courrier indésirable, expéditeur ajouté aux contacts) mais toujours rien au bout de trois jours. Pouvez-vous transmettre à la région ou regarder de votre côté ?

Chantal Roudier
Collège de Saint-Sulpice-les-Feuilles

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 14 octobre 2024 09:02
À : Chantal Roudier <chantal.roudier@ac-limoges.fr>
Objet : RE: Pas reçu le lien d'activation

Bonjour,

Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse no-reply à vos expéditeurs autorisés. Sans nouvelle de votre part sous 48 h nous reviendrons vers vous.

-----Message d'origine-----
De : Chantal Roudier
Objet : Pas reçu le lien d'activation

Bonjour, collège 0871729G, pas reçu le lien d'activation de l'Espace Acheteur.
""", "Follow-up after the junk-folder answer: still nothing after three days; the template was already sent, a person must take over.",
  style="ol", reply=True)

M("missing_noreply_mail", True, "0231932A", "ticket_portal", False, "fr",
  "Annie Marchadier <annie.marchadier@ac-limoges.fr>",
  "portail d'assistance : mail de confirmation",
  """Bonjour,
Je me suis inscrite sur le portail d'assistance (pour suivre nos tickets) mais le mail de confirmation qui permet de choisir le mot de passe n'est jamais arrivé.
Collège de Felletin, 0231932A.
Merci
Annie Marchadier
""", "The ticket portal's confirmation mail never arrived.",
  style="zm")

M("missing_noreply_mail", True, "0150024V", "espace_acheteur", True, "fr",
  "Secretariat College Maurs <ce.0150024V@ac-clermont.fr>",
  "mail de validation",
  """Bonjour,

le mail de validation pour notre compte acheteur ne vient pas. J'ai regardé dans les indésirables, rien.
Je réessaie demain entre deux conseils de classe.

Bonne soirée
Le secrétariat
""", "UAI only in the ce.<UAI>@ac-clermont.fr sender address; validation mail for the buyer account never arrived.",
  style="zm")

M("missing_noreply_mail", True, "0430196E", "esidoc", True, "fr",
  "Maryse <maryse.b43@free.fr>",
  "pas recu",
  """pas reçu le mail pour changer le mot de passe esidoc, j ai refait la demande 2 fois. c est pour l ecole de pinols 0430196e

Envoyé de mon iPhone
""", "Phone message; the UAI is written in lower case (0430196e); the new-password mail never arrives.",
  style="ip")

M("missing_noreply_mail", False, "0031189B", "espace_acheteur", True, "fr",
  "Françoise Dubost <francoise.dubost@ac-clermont.fr>",
  "activation + facture",
  """Bonjour,

Le mail d'activation de mon compte sur l'Espace Acheteur n'est jamais arrivé (collège de Marcillat-en-Combraille, 0031189B).

Par ailleurs, pouvez-vous me dire si la facture de la commande de septembre a bien été déposée sur Chorus ? Je ne la trouve pas.

Merci,
Françoise Dubost
""", "Two topics: missing activation mail (main) and an invoice question (order_billing); a single template would answer only half.",
  style="tb")

M("missing_noreply_mail", True, "0190811D", "esignature", False, "fr",
  "Nadine Soulier <nadine.soulier@ac-limoges.fr>",
  "Signature de la convention - mail non reçu",
  """Bonjour,

On m'a dit que je recevrais un mail pour signer électroniquement la convention d'adhésion, mais je n'ai rien reçu. La principale est absente toute la semaine et c'est moi qui dois transmettre.

Collège de Lapleau — 0190811D

Cordialement,
Nadine Soulier
""", "The e-signature invitation mail never arrived; no anti-spam product named.",
  style="ol", html="only", charset="windows-1252", enc="quoted-printable")

M("missing_noreply_mail", True, "0870815N", "esidoc", True, "fr",
  "Patricia Mazeau <patricia.mazeau@ac-limoges.fr>",
  "Mails e-sidoc bloqués par l'antispam ?",
  """Bonjour,

Je ne reçois plus les mails d'e-sidoc (réservations, lien de mot de passe). Je me demande si l'antispam de l'académie ne les arrête pas, mais je ne sais pas lequel c'est.
Collège d'Eymoutiers, 0870815N.

Patricia Mazeau
""", "Suspects a generic academic anti-spam filter without naming MailInBlack: missing_noreply_mail.",
  style="tb")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "en",
  "Emma Villard <emma.villard@ac-limoges.fr>",
  "Never received the link to set my password",
  """Hello,

I was added as a user on the buyer space last week but I never received the email with the link to set my password. Junk folder is empty.

Regards,
Emma Villard
""", "English; the account-creation mail with the set-password link never arrived; no UAI, region from the ac-limoges.fr sender.",
  style="gm", html="alt")

M("missing_noreply_mail", True, None, "espace_acheteur", True, "fr",
  "Jocelyne Bouchet <jocelyne.bouchet@ac-clermont.fr>",
  "mail d'activation",
  """Bonjour,

Je ne reçois pas le mail d'activation pour le compte acheteur du collège de Chaudes-Aigues (0151715A).

Merci
Jocelyne Bouchet
""", "UAI typed 0151715A: wrong check letter (the digits give 0151715H), so no UAI; region from the ac-clermont.fr sender.",
  style="tb")

M("missing_noreply_mail", True, "0230760B", "esidoc", False, "fr",
  "Gisèle Parrain <gisele.parrain@ac-limoges.fr>",
  "Notifications de réservation",
  """Bonjour,

Les élèves réservent des livres sur le portail e-sidoc du collège de Chénérailles (0230760B) mais je ne reçois plus les mails de notification depuis la rentrée. Avant ça marchait.

Merci de votre aide,
Gisèle Parrain
""", "E-sidoc reservation notifications from the no-reply address no longer arrive.",
  style="am")

M("missing_noreply_mail", True, "0871624T", "espace_acheteur", False, "fr",
  "Sébastien Nouaille <sebastien.nouaille@ac-limoges.fr>",
  "Pas de mail pour le nouveau mot de passe",
  """Bonjour,

Le mail « nouveau mot de passe » de l'Espace Acheteur ne m'arrive pas. Le formulaire affiche bien « un mail vous a été envoyé ». Collège de Bessines-sur-Gartempe, 0871624T.

Sébastien Nouaille
Adjoint gestionnaire
""", "The password tool works but its mail never arrives: missing_noreply_mail.",
  style="tb")

# ---------------------------------------------------------------- mailinblack_spam (13)
M("mailinblack_spam", True, "0150142Y", "espace_acheteur", False, "fr",
  "Valérie Cipière <valerie.cipiere@ac-clermont.fr>",
  "Mail d'activation bloqué par MailInBlack",
  """Bonjour,

Le mail d'activation de l'Espace Acheteur est arrivé dans la quarantaine MailInBlack du collège de Montsalvy (0150142Y), et je n'arrive pas à le libérer, le bouton ne fait rien.

Que faut-il autoriser exactement ?

Valérie Cipière, secrétaire-gestionnaire
""", "Activation mail held in the MailInBlack quarantine; asks what to allow-list.",
  style="tb")

M("mailinblack_spam", True, "0431808G", "espace_acheteur", False, "fr",
  "Ecole de Chanaleilles <mairie.chanaleilles@wanadoo.fr>",
  "mail in black",
  """bonjour
la mairie a mis mail in black sur l adresse de l ecole (on partage la meme boite) et depuis on ne recoit plus vos mails pour le compte acheteur.
ecole publique de chanaleilles 0431808G
comment on fait pour vous debloquer ?
la secretaire de mairie
""", "Product spelled 'mail in black', no accents: the town hall's MailInBlack blocks the school's mail.",
  style="gm")

M("mailinblack_spam", False, "0031571S", "espace_acheteur", True, "fr",
  "Roselyne Pinet <roselyne.pinet@ac-clermont.fr>",
  "vos mails doivent prouver qu'ils ne sont pas des robots ?",
  """Bonjour,

Le technicien de la communauté de communes m'explique que nos mails entrants passent maintenant par un système où l'expéditeur doit cliquer pour « prouver qu'il n'est pas un robot ». Du coup vos mails automatiques de l'Espace Acheteur restent en attente.

Je ne sais pas comment s'appelle le logiciel. Pouvez-vous faire quelque chose ?
Collège de Lapalisse, 0031571S.

Roselyne Pinet
""", "The sender-authentication challenge is described without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide.",
  style="tb")

M("mailinblack_spam", True, None, "espace_acheteur", False, "en",
  "Julien Masson <j.masson@combrailles-info.fr>",
  "MailinBlack allow-list for your platform",
  """Hello,

I manage the IT for several small schools in the Combrailles area. We use MailinBlack on their mailboxes. Which sender addresses or domains of your buyer platform should I add to the allow-list so that activation and notification mails get through?

Thanks,
Julien Masson
Combrailles Informatique
""", "English; an IT contractor asks which senders to allow-list in MailinBlack; no UAI, non-academic domain.",
  style="tb")

M("mailinblack_spam", True, "0190969A", "espace_acheteur", True, "fr",
  "Monique Vialle <monique.vialle@ac-limoges.fr>",
  "TR: Rapport de quarantaine quotidien",
  """Bonjour,

Je vous transfère le rapport que je reçois tous les matins : vos messages sont dedans. C'est bien ça qui bloque le mail de l'Espace Acheteur ? Collège de Meymac, 0190969A.

Monique Vialle

-------- Message transféré --------
Sujet : Rapport de quarantaine quotidien
De : MailInBlack <quarantaine@mailinblack.example.com>
Date : 05/11/2024 07:00

Messages en attente dans votre quarantaine (3) :
- no-reply@espace-acheteur.example.fr  "Activez votre compte"
- no-reply@espace-acheteur.example.fr  "Votre mot de passe"
- newsletter@librairie-du-plateau.example.fr  "Nouveautés jeunesse"

Pour autoriser un expéditeur, cliquez sur « Autoriser ».
""", "A person forwards the daily MailInBlack quarantine report: the forwarded part is machine text, the outer message is a real question.",
  style="tb")

M("mailinblack_spam", False, "0230875B", "espace_acheteur", True, "fr",
  "Corinne Aupetit <corinne.aupetit@ac-limoges.fr>",
  "MailInBlack + administrateur",
  """Bonjour,

1) Le mail d'activation est bloqué par MailInBlack chez nous (collège de Crocq, 0230875B), je vois l'expéditeur en attente.
2) Et puis qui est l'administrateur de notre structure sur l'Espace Acheteur ? Personne ici ne sait, la gestionnaire d'avant est partie.

Merci,
Corinne Aupetit
""", "Two topics: activation mail blocked by MailInBlack (main) and who is the structure's administrator (account_creation): a person must answer both.",
  style="tb")

M("mailinblack_spam", True, "0151449U", "espace_acheteur", True, "fr",
  "Hervé Lacombe <herve.lacombe@ac-clermont.fr>",
  "Re: Lien d'activation non reçu",
  """Bonjour,

Merci pour votre réponse. Les indésirables étaient vides, mais notre référent informatique a trouvé : c'est MailInBlack, installé par le conseil départemental, qui retient vos messages.

Hervé Lacombe
Collège de Saint-Cernin (0151449U)

Le mar. 8 oct. 2024 à 11:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Merci de vérifier votre dossier de courrier indésirable et d'ajouter
> l'adresse no-reply à vos expéditeurs autorisés.
""", "Reply quoting the junk-folder answer: MailInBlack is now named, so the MailInBlack guide is the right answer.",
  style="gm", reply=True)

M("mailinblack_spam", True, None, None, False, "fr",
  "Eric Chastang <eric.chastang@ac-clermont.fr>",
  "mailinblack",
  """bloqué par mailinblack, vous pouvez m envoyer la procedure svp
merci

Envoyé depuis mon mobile
""", "One line from a phone: blocked by MailInBlack, send the guide; no platform, region from the ac-clermont.fr sender.",
  style="ip")

M("mailinblack_spam", True, "0870526Z", "esidoc", False, "fr",
  "Béatrice Nicot <beatrice.nicot@ac-limoges.fr>",
  "Mails e-sidoc en quarantaine Mailinblack",
  """Bonjour,

Depuis que la collectivité a mis en place Mailinblack Protect, les mails d'e-sidoc (mot de passe, réservations) partent en quarantaine. Collège d'Eymoutiers, 0870526Z.

Pouvez-vous m'indiquer la procédure pour les autoriser définitivement ?

Cordialement,
Béatrice Nicot
""", "HTML-only Outlook; e-sidoc mails quarantined by Mailinblack Protect.",
  style="ol", html="only", enc="quoted-printable")

M("mailinblack_spam", True, "0431682V", "esidoc", True, "fr",
  "Sophie Ollier <sophie.ollier@ac-clermont.fr>",
  "pas un souci de mot de passe",
  """Bonjour,

Ce n'est pas un problème de mot de passe : je le connais. C'est MailInBlack qui bloque le mail de réinitialisation que j'ai demandé pour une collègue, il reste « en attente d'authentification ».
Collège d'Allègre, 0431682V.

Sophie Ollier
""", "Negation: not a password problem; MailInBlack holds the reset mail.",
  style="tb")

M("mailinblack_spam", True, "0031555Z", "espace_acheteur", False, "en",
  "Claire Henderson <claire.henderson@ac-clermont.fr>",
  "Your emails are stuck in our MailInBlack",
  """Hello,

Our school (0031555Z, Ébreuil) now uses MailInBlack. Your platform's automatic emails never answer the challenge, so they stay blocked. How can we let them through?

Best,
Claire Henderson
""", "English; MailInBlack challenges are never answered by the platform's no-reply mail.",
  style="gm", html="alt")

M("mailinblack_spam", True, "0190178R", "espace_acheteur", False, "fr",
  "Laetitia Rebière <laetitia.rebiere@ac-limoges.fr>",
  "toujours bloqué malgré autoriser",
  """Bonjour,

J'ai cliqué sur « autoriser » dans MailInBlack pour votre adresse, mais les mails suivants de l'Espace Acheteur restent quand même bloqués. Collège de Treignac, 0190178R.

Merci
Laetitia Rebière
""", "Clicked 'autoriser' in MailInBlack but later mails are still held.",
  style="zm")

M("mailinblack_spam", True, "0870650J", "espace_acheteur", True, "fr",
  "College de Saint-Leonard <ce.0870650J@ac-limoges.fr>",
  "Messages retenus par MailInBlack",
  """Bonjour,

Vos messages (création de compte acheteur) sont retenus par MailInBlack sur notre boîte.
Notre numéro : 0870650A.

Cordialement,
Le secrétariat
""", "The body gives 0870650A (wrong check letter) but the sender address ce.0870650J@ac-limoges.fr carries the valid UAI, which is the label.",
  style="tb")

# ---------------------------------------------------------------- head_of_establishment_request (13)
M("head_of_establishment_request", False, "0151574E", "esidoc", False, "fr",
  "Principal College Riom <ce.0151574E@ac-clermont.fr>",
  "Demande du chef d'établissement - compte e-sidoc",
  """Madame, Monsieur,

Principal du collège de Riom-ès-Montagnes (0151574E), je vous demande de bien vouloir réinitialiser le mot de passe du compte administrateur e-sidoc de l'établissement et de remplacer l'adresse de contact, notre professeure documentaliste ayant quitté l'établissement.

La nouvelle adresse de contact est celle du secrétariat : ce.0151574E@ac-clermont.fr.

Veuillez agréer mes salutations distinguées.

Jean-Pierre Fabre
Principal
""", "The principal asks in writing, from the ce.<UAI> address, for an admin password reset and a new contact address.",
  style="tb")

M("head_of_establishment_request", False, "0231011Z", "esidoc", False, "fr",
  "Directrice Ecole <ce.0231011Z@ac-limoges.fr>",
  "changement d'administrateur - BCD",
  """Bonjour,

Je suis directrice de l'école de Gentioux (RPI avec Pigerolles), et aussi en classe à temps plein. Je vous demande de désigner Mme Claudine Roux, secrétaire de mairie, comme administratrice du compte e-sidoc de notre BCD, à la place de M. Laine parti à la retraite.

Je reste joignable le midi ou après 16h30.

Anne-Sophie Marcou
Directrice, école publique de Gentioux — 0231011Z
""", "A primary-school head asks to change the e-sidoc administrator of the school library.",
  style="zm")

M("head_of_establishment_request", False, "0431293X", "espace_acheteur", True, "fr",
  "Bernard Reynaud <bernard.reynaud@ac-clermont.fr>",
  "Autorisation de commande",
  """Bonjour,

En tant que principal du collège de Langeac (0431293X), j'autorise Mme Vidal, gestionnaire, à valider sur l'Espace Acheteur la commande de manuels n° 2024-318. Le bon d'engagement signé est joint.

Cordialement,
Bernard Reynaud
Principal
""", "The principal authorises an order in writing with the signed bon d'engagement attached: a head-of-establishment request, though it talks about an order.",
  style="ol", html="alt", enc="quoted-printable", att=[("bon_engagement_2024-318.pdf", "application/pdf")])

M("head_of_establishment_request", False, "0151028L", "esidoc", True, "fr",
  "Marc Delmas <marc.delmas@ac-clermont.fr>",
  "Re: Réinitialisation compte CDI",
  """Je confirme, vous pouvez réinitialiser le compte. C'est bien Mme Aymard qui s'occupe du CDI maintenant.

M. Delmas, principal

Envoyé de mon iPhone

> Le 14 nov. 2024 à 09:12, Laure Aymard <laure.aymard@ac-clermont.fr> a écrit :
>
> Bonjour,
> Je demande la réinitialisation du compte administrateur e-sidoc du
> collège de Massiac (0151028L). M. Delmas, principal, est en copie
> et va vous confirmer.
> Laure Aymard
""", "The principal confirms from his phone, quoting the librarian's request (Apple quote style); personal academic address, not the ce.<UAI> one.",
  style="ip", reply=True)

M("head_of_establishment_request", False, "0190601A", "espace_acheteur", False, "fr",
  "Principale College Bort <ce.0190601A@ac-limoges.fr>",
  "Nouvel administrateur de structure",
  """Madame, Monsieur,

Je vous informe de l'arrivée de M. Thomas Lagarde, gestionnaire, au collège de Bort-les-Orgues (0190601A). Je vous demande de le désigner comme administrateur de notre structure sur l'Espace Acheteur et de fermer l'accès de Mme Besse, partie en mutation.

Cordialement,
Catherine Vergnol
Principale
""", "The principal names a new structure administrator and asks to close the former one's access.",
  style="ol", html="only", enc="quoted-printable")

M("head_of_establishment_request", False, "0230416C", None, True, "fr",
  "Principal College Bourganeuf <ce.0230416C@ac-limoges.fr>",
  "URGENT changement adresse administrateur",
  """Bonjour,

Je suis le principal du collège de Bourganeuf. Merci de modifier immédiatement l'adresse des comptes administrateur e-sidoc et Espace Acheteur vers principal.bourganeuf@gmail.com, notre messagerie académique étant en panne.

Merci de confirmer par retour sur cette adresse gmail.

Le principal
""", "Claims to be the principal from the ce.<UAI> address, but SPF and DMARC fail and Reply-To is Gmail; asks to move both admin accounts to that address: a probable spoof for staff to refuse. Mentions two products, so no single platform.",
  style="ol", auth="fail", replyto="principal.bourganeuf@gmail.com")

M("head_of_establishment_request", False, None, "esidoc", True, "fr",
  "Josette Pradier <josette.pradier@orange.fr>",
  "adresse de contact de l'école",
  """Bonjour,

Je suis la directrice de l'école du bourg à Ydes (classe unique + maternelle). Je voudrais que l'adresse de contact du compte e-sidoc de notre petite bibliothèque soit la mienne et plus celle de l'ancienne directrice.

Je n'ai pas le numéro de l'école sous la main, je suis chez moi.

Josette Pradier
""", "A primary-school head asks from a personal address, with no UAI, to change the contact address: weak evidence, staff must verify.",
  style="gm")

M("head_of_establishment_request", False, "0871072T", "espace_acheteur", False, "fr",
  "Frédéric Boutaud <frederic.boutaud@ac-limoges.fr>",
  "Demande de réinitialisation - compte gestion",
  """Madame, Monsieur,

Principal adjoint faisant fonction de chef d'établissement au collège de Nexon (0871072T) pendant l'absence de Mme la principale, je vous demande la réinitialisation du mot de passe administrateur de l'Espace Acheteur : notre gestionnaire est en congé longue maladie et personne n'y a accès.

Lien à envoyer à l'adresse officielle de l'établissement.

Frédéric Boutaud
""", "The acting head (faisant fonction) asks in writing for the administrator password reset on the Espace Acheteur.",
  style="tb")

M("head_of_establishment_request", False, "0431516P", "esidoc", True, "fr",
  "Dominique Chabrier <dominique.chabrier@ac-clermont.fr>",
  "Demande - collège de Saugues",
  """Bonjour,

Je suis principale de deux collèges, Saugues (0431516P) et Pinols (0431673K). Ma demande ne concerne que Saugues : merci de remplacer l'adresse de contact du compte administrateur e-sidoc par celle de la nouvelle documentaliste, Mme Léa Gire.

Pour Pinols, rien à changer.

Dominique Chabrier
Principale
""", "A principal of two collèges; the request is about Saugues (0431516P) and Pinols (0431673K) is named only to say nothing changes there.",
  style="tb")

M("head_of_establishment_request", False, "0030435G", "esidoc", False, "fr",
  "Alain Troncy <alain.troncy@ac-clermont.fr>",
  "Accès du professeur documentaliste parti",
  """Madame, Monsieur,

Le professeur documentaliste du collège de Cérilly a quitté l'établissement au 31 août. Je vous demande de réinitialiser le mot de passe du compte administrateur e-sidoc, afin qu'il n'y ait plus accès, et d'envoyer le nouveau lien à l'adresse de l'établissement.

Alain Troncy
Principal
Collège François Péron – 0030435G
""", "HTML-only Outlook letter: the principal asks for a reset so that a departed librarian loses access.",
  style="ol", html="only", charset="windows-1252", enc="quoted-printable")

M("head_of_establishment_request", False, "0870749S", "esidoc", False, "fr",
  "Proviseure adjointe <ce.0870749S@ac-limoges.fr>",
  "Re: Demande écrite du chef d'établissement",
  """Bonjour,

Comme demandé, je vous confirme par écrit que j'autorise la réinitialisation du compte administrateur e-sidoc de la cité scolaire de Saint-Yrieix et l'envoi du lien à cette adresse.

Cordialement,
Mme Lathière, chef d'établissement

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "ce 0870749S" <ce.0870749S@ac-limoges.fr>
Envoyé: Mardi 19 Novembre 2024 14:05:11
Objet: Demande écrite du chef d'établissement

Bonjour,
Pour réinitialiser le compte, nous avons besoin d'une demande écrite du chef d'établissement.
""", "Reply (Zimbra 'Mail original' quote) in which the head gives the written request the desk asked for.",
  style="zm", reply=True)

M("head_of_establishment_request", False, "0031603B", "esidoc", True, "fr",
  "Agnès Charbonnier <agnes.charbonnier@ac-clermont.fr>",
  "Courrier de M. le principal - compte e-sidoc",
  """Bonjour,

Vous trouverez ci-joint le courrier signé de M. le principal du collège du Donjon (0031603B) demandant le changement d'administrateur du compte e-sidoc. M. le principal est en copie.

Je suis la secrétaire, je fais suivre car il est en réunion de bassin toute la journée.

Agnès Charbonnier
""", "The secretary relays the principal's signed letter (PDF) with the head in copy: it is the head's written request, relayed; staff must check the letter.",
  style="tb", cc="Principal Le Donjon <ce.0031603B@ac-clermont.fr>",
  att=[("courrier_principal_esidoc.pdf", "application/pdf")])

M("head_of_establishment_request", False, "0190982P", "esidoc", True, "fr",
  "Principal College Lubersac <ce.0190982P@ac-limoges.fr>",
  "Demande de réinitialisation",
  """Madame, Monsieur,

Je demande la réinitialisation du mot de passe administrateur e-sidoc du collège de Lubersac (UAI 0190982B) et l'envoi du lien à l'adresse de l'établissement.

Le principal, J. Maury
""", "The body gives 0190982B (wrong check letter) but the sender address ce.0190982P@ac-limoges.fr carries the valid UAI, which is the label.",
  style="tb")

# ---------------------------------------------------------------- account_creation (11)
M("account_creation", True, "0431769P", "espace_acheteur", False, "fr",
  "Thierry Bonnefoy <thierry.bonnefoy@ac-clermont.fr>",
  "Création de compte Espace Acheteur",
  """Bonjour,

Nouveau gestionnaire au collège de Tence (0431769P) depuis novembre, je voudrais créer mon compte sur l'Espace Acheteur. Comment dois-je procéder ?

Thierry Bonnefoy
""", "New gestionnaire asks how to create a buyer account.",
  style="tb")

M("account_creation", False, "0030127X", "espace_acheteur", False, "fr",
  "Nicole Ravel <nicole.ravel@ac-clermont.fr>",
  "Qui est l'administrateur ?",
  """Bonjour,

Pouvez-vous me dire qui est l'administrateur de notre structure sur l'Espace Acheteur ? Collège de Cérilly, 0030127X. J'ai besoin qu'il valide mon compte et personne ici ne sait.

Nicole Ravel
""", "Asks who the structure's administrator is: needs a look-up, so a person answers.",
  style="tb")

M("account_creation", False, "0871513X", "espace_acheteur", False, "fr",
  "Magali Tixier <magali.tixier@ac-limoges.fr>",
  "Compte en attente de validation",
  """Bonjour,

Mon compte est « en attente de validation » depuis dix jours. L'administratrice est la principale, qui est en arrêt. Collège d'Ambazac, 0871513X.

Comment débloquer la situation ? J'ai des commandes à passer avant les vacances.

Magali Tixier
""", "Account waiting for validation while the administrator is on leave: a person must step in.",
  style="ol", html="alt", enc="quoted-printable")

M("account_creation", True, "0231410H", "esidoc", True, "fr",
  "Carole Jouhannaud <carole.jouhannaud@ac-limoges.fr>",
  "compte e-sidoc",
  """Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte ! J'arrive au collège de Chénérailles (0231410H) et je dois gérer le CDI en plus du secrétariat. Comment se créer un compte sur e-sidoc ?

Carole Jouhannaud
""", "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account: account_creation.",
  style="tb")

M("account_creation", True, "0870764H", "esidoc", False, "en",
  "Daniel Brooks <daniel.brooks@ac-limoges.fr>",
  "How do I get an account on e-sidoc?",
  """Hello,

I am the new teacher-librarian at the collège in Saint-Germain-les-Belles (0870764H). How do I get my own account on the e-sidoc portal?

Thank you,
Daniel Brooks
""", "English; a new teacher-librarian asks how to get an e-sidoc account.",
  style="tb")

M("account_creation", False, "0190172J", "espace_acheteur", False, "fr",
  "Estelle Coudert <estelle.coudert@ac-limoges.fr>",
  "Droits de commande",
  """Bonjour,

Je me connecte bien à l'Espace Acheteur et je vois le catalogue, mais impossible de commander : le bouton est grisé. Il doit me manquer des droits. Collège de Bugeat, 0190172J.

Merci
Estelle Coudert
""", "Account works; asks for order rights to be opened.",
  style="zm")

M("account_creation", False, "0230777V", "esidoc", False, "fr",
  "Mairie de Faux-la-Montagne <secretariat.mairie.faux@orange.fr>",
  "Création compte BCD",
  """Bonjour,

Nous voudrions créer un compte e-sidoc pour la bibliothèque de l'école (RPI Faux-la-Montagne / La Villedieu). Quand je tape le code de l'école 0230777V dans le formulaire, il n'est pas dans la liste.

La secrétaire de mairie, qui s'occupe aussi de l'école
""", "The establishment is not in the list when opening the account: the FAQ sends these to a person.",
  style="gm")

M("account_creation", False, "0030750Z", "espace_acheteur", False, "fr",
  "Sylvie Aubergier <sylvie.aubergier@ac-clermont.fr>",
  "deux comptes pour une seule personne ?",
  """Bonjour,

Je suis à la fois secrétaire et gestionnaire au collège de Lurcy-Lévis (0030750Z). Est-ce que je dois avoir deux comptes sur l'Espace Acheteur, un pour chaque rôle, ou un seul avec tous les droits ?

Sylvie Aubergier
""", "Asks how accounts and rights should be set up for one person holding two roles: a person answers.",
  style="tb")

M("account_creation", True, None, "espace_acheteur", False, "fr",
  "Olivier Maury <olivier.maury.perso@gmail.com>",
  "creer un compte pour le college",
  """Bonjour,
comment on cree un compte sur votre espace acheteur pour le college de Saint-Flour-Nord ? je remplace la gestionnaire en attendant le recrutement.
merci
Olivier
""", "How to create a buyer account; no UAI, personal Gmail address.",
  style="gm", html="alt")

M("account_creation", False, None, "espace_acheteur", False, "en",
  "Helen Carter <helen.carter@ac-clermont.fr>",
  "Account still pending",
  """Hi,

My buyer account has been 'pending validation' for two weeks. Who validates it, and can you speed it up?

Helen Carter
""", "English; account pending validation for two weeks: a person checks; region from the ac-clermont.fr sender.",
  style="ol")

M("account_creation", False, "0871327V", "esidoc", True, "fr",
  "Isabelle Dauriat <isabelle.dauriat@ac-limoges.fr>",
  "Re: Réinitialisation de votre mot de passe",
  """Bonjour,

Le mot de passe, c'est réglé, merci. Par contre il faudrait maintenant un compte pour ma collègue, Mme Roche, qui va m'aider au CDI le vendredi. Collège d'Eymoutiers, 0871327V.

Isabelle Dauriat

Le 03/12/2024 à 15:40, Assistance a écrit :
> Bonjour,
> Un lien de réinitialisation de mot de passe a été envoyé à l'adresse
> enregistrée pour votre établissement.
""", "Quoted history is a password-reset answer, but the new text asks for an account for a colleague: account_creation.",
  style="tb", reply=True)

# ---------------------------------------------------------------- subscription_activation (11)
M("subscription_activation", True, "0150063M", "esidoc", False, "fr",
  "Josiane Rouchy <josiane.rouchy@ac-clermont.fr>",
  "Ressource pas visible",
  """Bonjour,

Nous avons commandé avant-hier l'abonnement à la ressource presse jeunesse, mais je ne la vois pas sur le portail e-sidoc du collège d'Allanche (0150063M).

Est-ce normal ?
Josiane
""", "Subscription ordered two days ago, not yet visible: within the 72-hour rule.",
  style="am")

M("subscription_activation", False, "0431477X", "esidoc", False, "fr",
  "Évelyne Chapuis <evelyne.chapuis@ac-clermont.fr>",
  "Abonnement toujours pas actif",
  """Bonjour,

L'abonnement commandé le 4 novembre n'est toujours pas actif sur notre portail (collège de Tence, 0431477X). Ça fait trois semaines.

Merci de regarder,
Évelyne Chapuis
""", "Ordered three weeks ago, still not active: past the 72-hour rule, a person must look at the order.",
  style="zm")

M("subscription_activation", True, "0190583F", "esidoc", True, "fr",
  "Agnès Bordas <agnes.bordas@ac-limoges.fr>",
  "la ressource n'apparait pas",
  """Bonjour,
je n'ai pas oublié mon mdp cette fois :) je me connecte bien, mais la ressource numérique commandée lundi n'apparaît pas dans le portail pour les élèves. Collège de Bugeat, 0190583F.
Agnès
""", "Negation: the password is fine; an ordered resource is not yet published for pupils.",
  style="tb")

M("subscription_activation", True, "0030942H", "esidoc", False, "en",
  "Gwen Pryce <gwen.pryce@ac-clermont.fr>",
  "Resource not published for pupils",
  """Hello,

We subscribed to the English-language magazine resource on Monday. I can see it in the back office but not on the pupils' side of e-sidoc. School: Le Mayet-de-Montagne, 0030942H.

Thanks,
Gwen Pryce
""", "English; resource subscribed this week, not yet published on the pupils' portal.",
  style="gm", html="alt")

M("subscription_activation", True, "0230283H", "esidoc", True, "fr",
  "Principal College Royere <ce.0230283H@ac-limoges.fr>",
  "Abonnement",
  """Bonjour,

Le principal du collège de Royère-de-Vassivière (0230283H). Nous avons commandé l'abonnement e-sidoc hier. Quand sera-t-il disponible ?

Merci,
P. Lagrange
""", "Written by the principal from the ce.<UAI> address, but he only asks when the subscription will be available: not a head-of-establishment request.",
  style="tb")

M("subscription_activation", True, "0191831M", "espace_acheteur", False, "fr",
  "Isabelle Sudrie <isabelle.sudrie@ac-limoges.fr>",
  "Abonnement magazine non visible",
  """Bonjour,

L'abonnement à la revue commandé via l'Espace Acheteur mardi n'apparaît pas encore dans nos services. Collège de Meymac, 0191831M.

Cordialement,
Isabelle Sudrie
""", "HTML-only Outlook; a subscription ordered this week is not yet visible.",
  style="ol", html="only", charset="windows-1252", enc="quoted-printable")

M("subscription_activation", True, "0431808G", "esidoc", False, "fr",
  "Ecole de Chanaleilles <mairie.chanaleilles@wanadoo.fr>",
  "abonnement bcd",
  """bonjour
la mairie a payé l abonnement e-sidoc pour la bibliotheque de l ecole hier, on ne voit encore rien. ecole de chanaleilles 0431808G
merci
""", "Primary-school library subscription paid yesterday, not yet active.",
  style="gm")

M("subscription_activation", True, "0871461R", "esidoc", False, "fr",
  "Hélène Peyrat <helene.peyrat@ac-limoges.fr>",
  "Ressource à publier",
  """Bonjour,

Comment publier sur notre portail e-sidoc la nouvelle ressource de presse en ligne qu'on vient d'acheter ? Je la vois dans la liste mais pas les élèves.
Collège d'Eymoutiers, 0871461R.

Hélène
""", "Resource to publish on the portal.",
  style="zm")

M("subscription_activation", False, "0151592Z", "esidoc", True, "fr",
  "Karine Delort <karine.delort@ac-clermont.fr>",
  "abonnement + facture",
  """Bonjour,

L'abonnement commandé jeudi n'est pas encore actif sur e-sidoc (collège de Pleaux, 0151592Z).
Et au passage : la facture est à faire à l'ordre de l'agent comptable du collège de Mauriac, pas au nôtre, on a changé de groupement comptable.

Karine Delort
""", "Two topics: a subscription not yet active (main) and the invoice addressee (order_billing): a person must handle the billing part.",
  style="tb")

M("subscription_activation", False, "0030837U", "esidoc", False, "fr",
  "Muriel Gaillard <muriel.gaillard@ac-clermont.fr>",
  "RE: Abonnement non visible",
  """Bonjour,

Vous m'aviez dit 72 heures, ça fait maintenant cinq jours et toujours rien sur le portail.

Muriel Gaillard
Collège d'Ébreuil - 0030837U

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 7 novembre 2024 10:31
Objet : RE: Abonnement non visible

Bonjour,
Votre abonnement sera activé dans un délai de 72 heures après la validation de la commande.
""", "Reply after the 72-hour answer: five days later still nothing, a person must look at the order.",
  style="ol", reply=True)

M("subscription_activation", True, "0870085V", "esidoc", False, "en",
  "Lucy Gardner <lucy.gardner@ac-limoges.fr>",
  "New subscription not showing",
  """Hi there,

The digital newspaper we subscribed to yesterday for the collège in Châteauponsac (0870085V) is not showing in e-sidoc yet. Is there a delay?

Lucy
""", "English; subscription from yesterday not yet visible: the 72-hour rule answers it.",
  style="tb")

# ---------------------------------------------------------------- order_billing (10)
M("order_billing", False, "0871461R", "esidoc", False, "fr",
  "Hélène Peyrat <helene.peyrat@ac-limoges.fr>",
  "Devis renouvellement e-sidoc",
  """Bonjour,

Pourriez-vous m'envoyer un devis pour le renouvellement de l'abonnement e-sidoc 2025 du collège d'Eymoutiers (0871461R) ? J'en ai besoin pour faire le bon d'engagement avant le conseil d'administration du 12.

Merci,
Hélène Peyrat
""", "Asks for a quote for the renewal, needed for the bon d'engagement.",
  style="tb")

M("order_billing", False, "0151449U", "espace_acheteur", False, "fr",
  "Hervé Lacombe <herve.lacombe@ac-clermont.fr>",
  "Facture absente de Chorus",
  """Bonjour,

La commande de fournitures validée le 3 octobre a été livrée, mais je ne trouve toujours pas la facture sur Chorus Pro. L'agence comptable me la réclame. Collège de Saint-Cernin, 0151449U.

Hervé Lacombe
""", "Order delivered, invoice still not on Chorus.",
  style="tb")

M("order_billing", False, "0190172J", "espace_acheteur", False, "fr",
  "Estelle Coudert <estelle.coudert@ac-limoges.fr>",
  "panier disparu",
  """Bonjour,
j'avais préparé un panier de produits d'entretien sur l'Espace Acheteur fin octobre et il a disparu. C'était long à faire, est-ce qu'on peut le récupérer ?
Collège de Bugeat 0190172J
Estelle
""", "The saved basket disappeared.",
  style="zm")

M("order_billing", False, "0431769P", "espace_acheteur", False, "en",
  "Mark Lewis <mark.lewis@ac-clermont.fr>",
  "Invoice addressee",
  """Hello,

Could future invoices for the collège in Tence (0431769P) be addressed to the agence comptable at Yssingeaux instead of the school itself? The accountant says the current ones will be rejected.

Thank you,
Mark Lewis
Deputy bursar
""", "English; asks to change the invoice addressee to the accounting office.",
  style="ol")

M("order_billing", False, "0150142Y", "espace_acheteur", False, "fr",
  "Valérie Cipière <valerie.cipiere@ac-clermont.fr>",
  "TR: Relance facture impayée",
  """Bonjour,

Je reçois cette relance alors que la facture a été payée par mandat administratif le 18 octobre (mandat n° 412). Pouvez-vous vérifier et faire annuler la relance ?
Collège de Montsalvy, 0150142Y.

Valérie Cipière

-------- Message transféré --------
Sujet : Relance facture impayée
Date : Mon, 25 Nov 2024 06:00:12 +0100
De : comptabilite@fournisseur-scolaire.example.fr

Madame, Monsieur, sauf erreur de notre part, la facture FA-2024-8812 reste impayée à ce jour.
""", "Forward (Thunderbird French style) of a payment reminder for an invoice already paid by mandat administratif.",
  style="tb")

M("order_billing", False, "0030942H", "espace_acheteur", False, "fr",
  "Gérard Auclair <gerard.auclair@ac-clermont.fr>",
  "Facture reçue en double",
  """Bonjour,

J'ai reçu deux fois la même facture (même numéro, même montant) pour la commande de novembre. Pouvez-vous annuler le doublon ? Collège du Mayet-de-Montagne, 0030942H.

Gérard Auclair
""", "Invoice received twice; asks to cancel the duplicate.",
  style="ol", html="alt", enc="quoted-printable")

M("order_billing", False, "0191812S", "espace_acheteur", False, "fr",
  "Sylvie Chassagnard <sylvie.chassagnard@ac-limoges.fr>",
  "Impossible de joindre le bon d'engagement",
  """Bonjour,

Au moment de valider la commande, le dépôt du bon d'engagement échoue (« format non accepté »). Je vous le joins ici. Collège d'Eygurande, 0191812S.

Sylvie Chassagnard
""", "The bon d'engagement upload fails at order validation; PDF attached.",
  style="ol", html="only", charset="windows-1252", enc="quoted-printable",
  att=[("BE_2024_057.pdf", "application/pdf")])

M("order_billing", False, "0431808G", "esidoc", False, "fr",
  "Ecole de Chanaleilles <mairie.chanaleilles@wanadoo.fr>",
  "devis pour le SIVOS",
  """bonjour
pour l abonnement de la bibliotheque de l ecole (0431808G), c est le SIVOS qui paie et pas la mairie. il faudrait un devis au nom du SIVOS du Haut-Gévaudan pour qu on puisse faire le mandat.
merci
la secretaire
""", "Asks for a quote made out to the inter-communal body that pays for the school.",
  style="gm")

M("order_billing", False, "0870526Z", "espace_acheteur", False, "fr",
  "Béatrice Nicot <beatrice.nicot@ac-limoges.fr>",
  "Montant facture différent du devis",
  """Bonjour,

Le devis était de 1 248,00 € TTC et la facture reçue est de 1 312,80 €. Pouvez-vous m'expliquer la différence ou émettre une facture rectificative ? Collège d'Eymoutiers, 0870526Z.

Cordialement,
Béatrice Nicot
""", "HTML-only Outlook with the euro sign: invoice amount differs from the quote.",
  style="ol", html="only", charset="windows-1252", enc="quoted-printable")

M("order_billing", False, "0231932A", "espace_acheteur", True, "fr",
  "Annie Marchadier <annie.marchadier@ac-limoges.fr>",
  "commande bloquée et convention",
  """Bonjour,

Ma commande n° 2024-1190 reste « en attente de validation » depuis une semaine, je ne sais pas qui doit la valider.
Et je ne trouve pas non plus la convention du marché fournitures dans « Mes Marchés ».
Collège de Felletin, 0231932A.

Annie Marchadier
""", "Two topics: an order stuck at validation (main) and a convention missing from 'Mes Marchés' (contract_documents).",
  style="zm")

# ---------------------------------------------------------------- contract_documents (8)
M("contract_documents", False, "0151621F", "espace_acheteur", False, "fr",
  "Nathalie Courbebaisse <nathalie.courbebaisse@ac-clermont.fr>",
  "Convention introuvable",
  """Bonjour,

Je ne vois pas la convention d'adhésion dans l'onglet « Mes Marchés » de l'Espace Acheteur, alors que l'ancienne gestionnaire la voyait. Collège de Murat, 0151621F.

Nathalie Courbebaisse
""", "Cannot see the membership convention in the contract documents.",
  style="tb")

M("contract_documents", False, "0431293X", "espace_acheteur", False, "fr",
  "Christine Vidal <christine.vidal@ac-clermont.fr>",
  "Avenant n°1 manquant",
  """Bonjour,

L'avenant n°1 au marché de restauration 2023-07 n'apparaît pas dans les documents du marché. Le fournisseur nous en parle dans sa dernière facture.
Collège de Langeac, 0431293X.

Christine Vidal
""", "An amendment of a market is missing from the contract documents.",
  style="tb")

M("contract_documents", False, "0030127X", "espace_acheteur", False, "fr",
  "Nicole Ravel <nicole.ravel@ac-clermont.fr>",
  "CCAP du marché papeterie",
  """Bonjour,
où trouver le CCAP du marché papeterie ? Je ne le vois nulle part dans l'espace. Collège de Cérilly, 0030127X.
Nicole Ravel
""", "CCAP of a market not found.",
  style="ol", html="alt", enc="quoted-printable")

M("contract_documents", False, "0191831M", "espace_acheteur", False, "en",
  "Mary O'Neill <mary.oneill@ac-limoges.fr>",
  "Cannot open market documents",
  """Hello,

When I click on the documents of the cleaning-products market in 'Mes Marchés', I get 'access denied'. School: Meymac, 0191831M. Other menus work.

Regards,
Mary O'Neill
""", "English; access denied on a market's documents.",
  style="gm", html="alt")

M("contract_documents", False, "0870749S", "espace_acheteur", False, "fr",
  "Jacqueline Pouget <jacqueline.pouget@ac-limoges.fr>",
  "Document vide",
  """Bonjour,

La convention de groupement s'ouvre sur une page blanche (fichier vide ?) quand je la télécharge depuis l'Espace Acheteur. Cité scolaire de Saint-Yrieix, 0870749S.

Jacqueline Pouget
""", "The convention document opens as an empty file.",
  style="am")

M("contract_documents", False, "0230875B", "espace_acheteur", False, "fr",
  "Corinne Aupetit <corinne.aupetit@ac-limoges.fr>",
  "Re: Acte d'engagement introuvable",
  """Bonjour,

Toujours pas d'acte d'engagement visible pour le marché fuel, malgré votre réponse de la semaine dernière. L'hiver arrive ici, il faut que je commande...

Corinne Aupetit
Collège de Crocq - 0230875B

Le jeu. 21 nov. 2024 à 16:02, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Nous avons transmis votre demande à l'équipe régionale.
""", "Follow-up reply (Gmail quote): the document is still missing after the region's answer.",
  style="gm", reply=True)

M("contract_documents", False, "0150650A", "espace_acheteur", True, "fr",
  "Marie Bessou <marie.bessou@ac-clermont.fr>",
  "pas une question de facture",
  """Bonjour,

Ce n'est pas une question de facture, celle-là est réglée. Je ne trouve pas le bordereau des prix du marché fournitures dans les documents, donc je ne peux pas vérifier les montants.
Collège de Riom-ès-Montagnes, 0150650A.

Marie Bessou
""", "Negation: not about the invoice; a market's price schedule is missing from the contract documents.",
  style="tb")

M("contract_documents", False, "0871072T", "espace_acheteur", True, "fr",
  "Frédéric Boutaud <frederic.boutaud@ac-limoges.fr>",
  "Documents du marché",
  """Bonjour,

La principale est absente et je ne vois pas les pièces du marché transports (CCAP, avenant) avec mon compte. Faut-il une autorisation de sa part ou est-ce un problème d'affichage ?

Frédéric Boutaud, principal adjoint
Collège de Nexon 0871072T
""", "Written by the acting head, but he asks why the market documents are not visible: contract_documents, not a head-of-establishment request.",
  style="tb")

# ---------------------------------------------------------------- transfer_incident (9)
M("transfer_incident", False, "0151139G", "ecoledirecte", False, "fr",
  "Sandrine Vergne <sandrine.vergne@ac-clermont.fr>",
  "Transferts EcoleDirecte bloqués",
  """Bonjour,

Les transferts vers EcoleDirecte ne passent plus depuis vendredi : les parents ne voient plus les notes ni les absences. Collège de Condat, 0151139G.

Sandrine Vergne
""", "EcoleDirecte transfers failing for several days.",
  style="tb")

M("transfer_incident", False, "0430775J", "ecoledirecte", False, "fr",
  "Pascale Brun <pascale.brun@ac-clermont.fr>",
  "Licence à régénérer",
  """Bonjour,

Le PC du secrétariat (qui sert aussi de serveur, on n'a que ça) a été changé. Le logiciel demande maintenant une nouvelle licence et les transferts sont arrêtés.
Collège de La Chaise-Dieu, 0430775J.

Pascale Brun
""", "Licence to regenerate after the office PC was replaced.",
  style="tb")

M("transfer_incident", False, "0030837U", "ecoledirecte", True, "fr",
  "Muriel Gaillard <muriel.gaillard@ac-clermont.fr>",
  "mot de passe de maintenance",
  """Bonjour,

Il me faudrait le mot de passe de maintenance du jour pour relancer la réindexation de la base, le transfert vers EcoleDirecte plante à 40 %.
Collège d'Ébreuil, 0030837U.

Merci
Muriel
""", "Asks for the daily maintenance password to fix a transfer: transfer_incident per the taxonomy, not password_reset.",
  style="tb")

M("transfer_incident", False, "0231665K", "ecoledirecte", False, "en",
  "Peter Hollis <peter.hollis@creuse-numerique.example.fr>",
  "Data transfers failing after router change",
  """Hello,

I look after the network for the Plateau school group (0231665K). Since we replaced the router last week, the EcoleDirecte transfer tool fails at the connection test. Which ports or addresses need to be open?

Peter Hollis
""", "English; transfers fail after a network change; the IT contractor asks for the connection settings.",
  style="tb")

M("transfer_incident", False, "0190601A", "ecoledirecte", False, "fr",
  "Thomas Lagarde <thomas.lagarde@ac-limoges.fr>",
  "Outils bloqué",
  """Bonjour,

Plusieurs processus Outils.exe restent dans le gestionnaire des tâches et le transfert ne se termine jamais. J'ai redémarré deux fois.
Collège de Bort-les-Orgues, 0190601A.

Thomas Lagarde
""", "Several Outils.exe processes stuck; transfers hang.",
  style="ol", html="only", enc="quoted-printable")

M("transfer_incident", False, "0431516P", "ecoledirecte", False, "fr",
  "Léa Gire <lea.gire@ac-clermont.fr>",
  "antivirus et transferts",
  """Bonjour,

L'antivirus installé par le département met en quarantaine le programme de transfert depuis sa mise à jour, et plus rien ne part vers EcoleDirecte. Collège de Saugues, 0431516P.

Léa Gire
""", "The antivirus quarantines the transfer tool, so transfers no longer run.",
  style="zm")

M("transfer_incident", False, "0871624T", "ecoledirecte", False, "fr",
  "Principal Bessines <ce.0871624T@ac-limoges.fr>",
  "Fwd: notes invisibles",
  """Bonjour,

Je vous transfère le message d'un parent. Effectivement les notes ne remontent plus sur EcoleDirecte depuis lundi. Pouvez-vous regarder ?

Le principal

Début du message réexpédié :

De: Famille Lavaud <lavaud.famille@orange.fr>
Objet: notes invisibles

Bonjour, je ne vois plus aucune note de mon fils depuis une semaine sur l'application.
""", "Apple Mail forward of a parent's complaint: grades no longer reach EcoleDirecte. Written by the principal, but not a head-of-establishment request.",
  style="am")

M("transfer_incident", False, "0150024V", "ecoledirecte", False, "fr",
  "Secretariat College Maurs <ce.0150024V@ac-clermont.fr>",
  "Synchronisation des absences",
  """Bonjour,

La synchronisation des absences avec EcoleDirecte s'arrête avec une erreur « réplication à réinitialiser » depuis la restauration de la base. Nous avons une capture d'écran si besoin.

Le secrétariat
""", "Replication to reinitialise after a restore; UAI only in the ce.<UAI> sender address.",
  style="ol", html="only", charset="windows-1252", enc="quoted-printable")

M("transfer_incident", False, "0191785M", "ecoledirecte", True, "fr",
  "Marie-Claude Lafarge <marie-claude.lafarge@ac-limoges.fr>",
  "transfert + mot de passe",
  """Bonjour,

Le transfert vers EcoleDirecte ne part plus depuis mercredi (message « licence expirée »).
Et accessoirement j'ai oublié le mot de passe d'e-sidoc, mais ça peut attendre.
Collège de Treignac, 0191785M.

Marie-Claude Lafarge
""", "Two topics: expired licence stopping transfers (main) and a forgotten e-sidoc password that 'can wait'.",
  style="tb")

# ---------------------------------------------------------------- automated (20)
M("automated", False, "0151621F", None, False, "fr",
  "Secretariat College Murat <ce.0151621F@ac-clermont.fr>",
  "Réponse automatique : Mot de passe e-sidoc perdu",
  """Bonjour,

Le secrétariat est fermé du 21 octobre au 3 novembre inclus (vacances d'automne).
Pour toute urgence, merci de contacter la DSDEN du Cantal.

Cordialement,
Le secrétariat du collège
""", "Exchange out-of-office from the school office (ce.<UAI> address); Auto-Submitted and X-Auto-Response-Suppress present. The UAI comes from the address.",
  style="ol", hdr={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})

M("automated", False, None, None, False, "fr",
  "Agnès Bordas <agnes.bordas@ac-limoges.fr>",
  "Absente",
  """Je suis absente jusqu'au lundi 4 novembre. Vos messages ne sont pas transférés.
Pour le CDI, merci de vous adresser à la vie scolaire.
""", "Academic webmail vacation reply (Auto-Submitted: auto-replied); region from the ac-limoges.fr sender.",
  style="zm", hdr={"Auto-Submitted": "auto-replied (zimbra; vacation)", "Precedence": "bulk"})

M("automated", False, None, None, False, "en",
  "Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>",
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.assistance.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<gestion.college-allanche@ac-clermont.fr>: host smtp.ac-clermont.fr[192.0.2.40]
    said: 550 5.1.1 <gestion.college-allanche@ac-clermont.fr>: Recipient address
    rejected: User unknown
""", "Postfix bounce (multipart/report delivery-status, original headers attached) with a null Return-Path.",
  style="robot", returnpath="<>", hdr={"Auto-Submitted": "auto-replied"},
  report=("delivery-status",
          "Reporting-MTA: dns; mx1.assistance.example.fr\nArrival-Date: {date}\n\nFinal-Recipient: rfc822; gestion.college-allanche@ac-clermont.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n",
          "From: support@assistance.example.fr\nTo: gestion.college-allanche@ac-clermont.fr\nSubject: Votre demande de reinitialisation\n"))

M("automated", False, None, None, False, "fr",
  "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@cc-hautecombraille.example.fr>",
  "Non remis : Votre lien d'activation",
  """Impossible de remettre le message à ces destinataires ou groupes :

compta.rpi@cc-hautecombraille.example.fr
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour le moment.
""", "Exchange non-delivery report in French ('Non remis :'), multipart/report.",
  style="robot", returnpath="<>", hdr={"Auto-Submitted": "auto-replied"},
  report=("delivery-status",
          "Reporting-MTA: dns;mail.cc-hautecombraille.example.fr\nReceived-From-MTA: dns;mx1.assistance.example.fr\nArrival-Date: {date}\n\nFinal-Recipient: rfc822;compta.rpi@cc-hautecombraille.example.fr\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp;552 5.2.2 mailbox full\n",
          "From: support@assistance.example.fr\nTo: compta.rpi@cc-hautecombraille.example.fr\nSubject: Votre lien d'activation\n"))

M("automated", False, None, None, False, "en",
  "Rachel Dumont <rachel.dumont.cerilly@gmail.com>",
  "Re: Forgotten e-sidoc password",
  """Thank you for your email. I am away on a school trip to Edinburgh with Year 9 until 15 March and will have limited access to email.

Rachel
""", "Gmail vacation responder in English (Auto-Submitted: auto-replied).",
  style="gm", hdr={"Auto-Submitted": "auto-replied"}, reply=True)

M("automated", False, None, None, True, "fr",
  "Mairie de Chanaleilles <mairie.chanaleilles@wanadoo.fr>",
  "[Mailinblack] Votre message est en attente",
  """Bonjour,

Votre message à destination de mairie.chanaleilles@wanadoo.fr est en attente.

Afin de nous assurer que vous n'êtes pas un robot, merci de cliquer sur le lien ci-dessous pour vous authentifier. Cette opération n'est demandée qu'une seule fois.

https://auth.mailinblack.example.com/challenge?id=8b1f0c

Ce message a été envoyé automatiquement par Mailinblack.
""", "A MailInBlack sender-authentication challenge sent to the desk by the school's filter: a robot, so automated (never answered), not mailinblack_spam.",
  style="robot", html="alt", hdr={"Auto-Submitted": "auto-replied", "X-Mailinblack": "challenge"})

M("automated", False, None, None, True, "en",
  "Combrailles Informatique <julien@combrailles-info.fr>",
  "Please confirm your message (MailInBlack)",
  """Hello,

Your email to julien@combrailles-info.fr has been held. To confirm that you are a real person, please click the link below. You will only need to do this once.

https://auth.mailinblack.example.com/challenge?id=77c2d1

This message was sent automatically by MailInBlack Protect.
""", "English MailInBlack challenge received by the desk: machine-generated, so automated.",
  style="robot", html="only", enc="quoted-printable", hdr={"Auto-Submitted": "auto-replied"})

M("automated", False, None, None, False, "fr",
  "Gérard Auclair <gerard.auclair@ac-clermont.fr>",
  "Lu : RE: Compte Espace Acheteur verrouillé",
  """Votre message

  À : Gérard Auclair
  Objet : RE: Compte Espace Acheteur verrouillé

a été lu le 12/11/2024 08:47.
""", "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the sender domain.",
  style="robot", xmailer="Microsoft Outlook 16.0",
  report=("disposition-notification",
          "Reporting-UA: gerard.auclair@ac-clermont.fr; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;gerard.auclair@ac-clermont.fr\nDisposition: manual-action/MDN-sent-manually; displayed\n",
          None))

M("automated", False, None, "espace_acheteur", False, "fr",
  "Espace Acheteur - Actualités <newsletter@espace-acheteur.example.fr>",
  "Nouveautés de décembre : marché fournitures 2025",
  """Bonjour,

Retrouvez ce mois-ci : le nouveau marché fournitures scolaires 2025, les dates de clôture budgétaire et notre webinaire du 12 décembre.

Pour ne plus recevoir cette lettre, cliquez sur le lien de désinscription en bas de page.
""", "Marketing newsletter of the buyer space: List-Id, List-Unsubscribe, Precedence: bulk.",
  style="robot", html="alt", hdr={"Precedence": "bulk", "List-Id": "Actualites Espace Acheteur <actus.espace-acheteur.example.fr>",
  "List-Unsubscribe": "<https://espace-acheteur.example.fr/unsubscribe?u=5521>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"})

M("automated", False, None, "esignature", True, "fr",
  "Signature électronique <ne-pas-repondre@esignature.example.fr>",
  "Document signé : Convention d'adhésion collège de Lapleau",
  """Bonjour,

Tous les signataires ont signé le document « Convention d'adhésion – collège de Lapleau ».
Vous pouvez le télécharger depuis votre espace pendant 30 jours.

Ceci est un message automatique, merci de ne pas y répondre.
""", "E-signature 'completed' notification without Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic.",
  style="robot", html="alt")

M("automated", False, None, "ticket_portal", False, "fr",
  "Portail d'assistance <notifications@tickets.example.fr>",
  "[Ticket #58213] Mise à jour de votre demande",
  """Votre ticket #58213 « Transferts EcoleDirecte - Condat » a été mis à jour par l'éditeur.

Statut : En cours d'analyse

Consultez le ticket sur le portail pour répondre.
""", "Ticket-portal notification about a ticket the desk opened with a supplier; Auto-Submitted: auto-generated.",
  style="robot", hdr={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})

M("automated", False, None, None, True, "fr",
  "Isabelle Sudrie <isabelle.sudrie@ac-limoges.fr>",
  "RE: Plus de notifications de commande",
  """Bonjour,

Je suis en formation à Limoges jusqu'au 29 novembre et ne consulte pas ma messagerie.
En cas d'urgence, contactez le secrétariat de direction au 05 55 xx xx xx.

Isabelle Sudrie
""", "Out-of-office sent by a client-side Outlook rule: no Auto-Submitted, no Precedence; only the wording shows it is automatic. Region from the sender.",
  style="ol")

M("automated", False, "0430775J", None, True, "fr",
  "College La Chaise-Dieu <ce.0430775J@ac-clermont.fr>",
  "Réponse automatique",
  """Bonjour,

Le collège est fermé pour les vacances de Noël. Pour les mots de passe e-sidoc et EcoleDirecte, merci de patienter jusqu'à la rentrée du 6 janvier, la secrétaire étant la seule à pouvoir les gérer.

Bonnes fêtes
""", "Out-of-office of a school office that mentions passwords, e-sidoc and EcoleDirecte; Auto-Submitted is present. The UAI comes from the ce.<UAI> address.",
  style="zm", hdr={"Auto-Submitted": "auto-replied (zimbra; vacation)"})

M("automated", False, None, None, True, "en",
  "Mail Delivery Subsystem <Mailer-Daemon@relay.creuse-numerique.example.fr>",
  "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  secretariat.rpi-plateau@creuse-numerique.example.fr
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Subject: Re: Cannot log in to the school library portal
From: support@assistance.example.fr
""", "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  style="robot", returnpath="<>", xmailer=None)

M("automated", False, None, "esidoc", True, "fr",
  "Delphine Teyssandier <delphine.teyssandier@ac-clermont.fr>",
  "[docs-cantal] compte e-sidoc quand on est sur deux collèges ?",
  """Bonjour à toutes et tous,

Question pour la liste : comment faites-vous quand vous êtes sur deux collèges ? Un compte administrateur e-sidoc par collège, avec deux mots de passe ? Je m'y perds.

Delphine, Riom / Condat
""", "A librarian's question posted to the Cantal librarians' mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the sender.",
  style="tb", to="docs-cantal@listes.ac-clermont.fr",
  hdr={"List-Id": "Professeurs documentalistes du Cantal <docs-cantal.listes.ac-clermont.fr>", "Precedence": "list",
       "List-Post": "<mailto:docs-cantal@listes.ac-clermont.fr>"})

M("automated", False, None, None, True, "fr",
  "Assistance DANE Clermont <assistance-dane@ac-clermont.fr>",
  "[Demande n°2024-11873] Accusé de réception",
  """Bonjour,

Votre demande a bien été enregistrée sous le numéro 2024-11873. Un technicien la prendra en charge dans les meilleurs délais.

Merci de ne pas répondre à ce message.
""", "Another help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering would start a mail loop. Region from the ac-clermont.fr sender.",
  style="robot", hdr={"Auto-Submitted": "auto-replied", "X-Loop": "assistance-dane@ac-clermont.fr"})

M("automated", False, None, "espace_acheteur", False, "fr",
  "Espace Acheteur <no-reply@espace-acheteur.example.fr>",
  "Un compte est en attente de validation",
  """Bonjour,

Le compte de Thierry Bonnefoy (collège de Tence) est en attente de validation. Vous recevez ce message en tant qu'administrateur des structures sans administrateur désigné.

Ce message est généré automatiquement.
""", "No-reply notification to the desk: an account awaits validation. Auto-Submitted: auto-generated; the UAI is not given.",
  style="robot", html="alt", hdr={"Auto-Submitted": "auto-generated"})

M("automated", False, None, None, False, "en",
  "Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>",
  "Delayed Mail (still being retried)",
  """This is the mail system at host mx1.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.
""", "Delay warning from our own relay (Action: delayed): not a failure, still automatic.",
  style="robot", returnpath="<>", hdr={"Auto-Submitted": "auto-replied"},
  report=("delivery-status",
          "Reporting-MTA: dns; mx1.assistance.example.fr\nArrival-Date: {date}\n\nFinal-Recipient: rfc822; mairie.pinols@orange.fr\nAction: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to smtp.orange.fr: Connection timed out\n",
          "From: support@assistance.example.fr\nTo: mairie.pinols@orange.fr\nSubject: Re: pas recu\n"))

M("automated", False, None, None, False, "fr",
  "Chantal Roudier <chantal.roudier@ac-limoges.fr>",
  "Non lu : RE: Pas reçu le lien d'activation",
  """Votre message

  À : Chantal Roudier
  Objet : RE: Pas reçu le lien d'activation

a été supprimé sans avoir été lu le 02/12/2024 17:55.
""", "Outlook 'Non lu :' notice (deleted without being read), disposition-notification.",
  style="robot", xmailer="Microsoft Outlook 16.0",
  report=("disposition-notification",
          "Reporting-UA: chantal.roudier@ac-limoges.fr; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;chantal.roudier@ac-limoges.fr\nDisposition: manual-action/MDN-sent-manually; deleted\n",
          None))

M("automated", False, None, None, False, "fr",
  "Mairie de Pinols <mairie.pinols@orange.fr>",
  "Réponse automatique : pas recu",
  """Bonjour,

Le secrétariat de mairie (et de l'école) est ouvert le lundi, mardi et jeudi de 9h à 12h. Votre message sera traité à notre retour.

La secrétaire de mairie
""", "Town-hall office autoresponder that also serves the school; Auto-Submitted: auto-replied.",
  style="robot", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

# ---------------------------------------------------------------- other (17)
M("other", False, None, None, False, "fr",
  "Famille Chassang <chassang.famille@gmail.com>",
  "car scolaire demain ?",
  """Bonjour,

Est-ce que le car passera demain matin à Lavigerie avec la neige ? Mon fils est en 5e au collège de Murat.

Merci
Mme Chassang
""", "A parent asking about the school bus: wrong address, unrelated.",
  style="gm", html="alt")

M("other", False, "0431035S", "esidoc", True, "fr",
  "Coralie Mathieu <coralie.mathieu43@icloud.com>",
  "Re: mdp",
  """C'est bon j'ai pu changer le mot de passe, merci beaucoup !!

Envoyé de mon iPhone

> Le 18 nov. 2024 à 10:02, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour, un lien de réinitialisation a été envoyé à l'adresse
> enregistrée pour l'établissement 0431035S.
""", "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked.",
  style="ip", reply=True)

M("other", False, None, None, True, "fr",
  "Service Messagerie <alerte@ac-clermont-webmail.com>",
  "Votre boîte aux lettres est pleine",
  """Cher utilisateur,

Votre boîte aux lettres académique a atteint 98 % de sa capacité. Pour éviter la suspension, confirmez votre identifiant et votre mot de passe sur le lien ci-dessous dans les 24 heures.

https://ac-clermont-webmail.com/confirm

Service informatique académique
""", "Phishing: 'mailbox full, confirm your password'. Mentions a password but is not password_reset; ac-clermont-webmail.com is not an académie domain, so no region.",
  style="robot", html="only", auth="fail")

M("other", False, None, None, False, "en",
  "Rank Booster <ceo@rankbooster-seo.example.com>",
  "Get your school website on page 1 of Google",
  """Hi,

I noticed your website is not ranking for important keywords. Our team can get you on the first page of Google in 30 days, guaranteed. Reply YES for a free audit.

Best,
Kevin
""", "English SEO spam.",
  style="gm", html="alt")

M("other", False, None, None, False, "fr",
  "Mobilier Bibliothèque Pro <j.garnier@mobibiblio.example.fr>",
  "Aménagement de votre CDI",
  """Madame, Monsieur,

Vous êtes responsable du CDI ? Nos bacs à albums et présentoirs sont conçus pour les petits établissements. Je me permets de vous joindre notre catalogue 2025.

Jérôme Garnier
Chargé d'affaires Auvergne-Limousin
""", "Cold sales prospecting for library furniture, written to one person with a catalogue attached: other, not automated.",
  style="ol", att=[("catalogue_2025.pdf", "application/pdf")])

M("other", False, None, "espace_acheteur", False, "fr",
  "Karine Delort <karine.delort@ac-clermont.fr>",
  "inscription webinaire",
  """Bonjour,

Je voudrais m'inscrire au webinaire du 12 décembre sur l'Espace Acheteur mais le lien du formulaire renvoie une erreur 404.

Karine Delort
""", "Wants to register for a webinar, the link fails: other.",
  style="tb")

M("other", False, None, None, False, "fr",
  "Sylvie Chassagnard <sylvie.chassagnard@ac-limoges.fr>",
  "RE: Impossible de joindre le bon d'engagement",
  """Bien reçu, merci.

Envoyé depuis mon mobile
""", "'Bien reçu, merci.' from a phone: nothing to do.",
  style="ol", reply=True)

M("other", False, None, None, True, "fr",
  "Roselyne Pinet <roselyne.pinet@ac-clermont.fr>",
  "toujours pas de réponse !!!",
  """Bonjour,

Ça fait la troisième fois que j'écris et personne ne me répond. Je n'ai pas que ça à faire, je suis seule pour tout ici. C'est inadmissible.

R. Pinet
""", "Angry complaint about an unanswered request that says nothing about the topic: no category can be told.",
  style="tb")

M("other", False, None, None, False, "fr",
  "Danielle Vayssier <danielle.vayssier@laposte.net>",
  "Suppression de mes données",
  """Bonjour,

Ancienne documentaliste du collège de Pleaux, je suis à la retraite depuis juin. Je vous demande de supprimer mon compte et toutes mes données personnelles, conformément au RGPD.

Danielle Vayssier
""", "GDPR erasure request from a retired librarian: other (human review), not account_creation.",
  style="tb")

M("other", False, "0230760B", "esidoc", False, "fr",
  "Gisèle Parrain <gisele.parrain@ac-limoges.fr>",
  "étiquettes de cote",
  """Bonjour,

Comment imprimer les étiquettes de cote depuis e-sidoc ? J'ai 200 livres neufs à équiper avant les vacances et je fais ça entre deux factures.
Collège de Chénérailles, 0230760B.

Gisèle Parrain
""", "A how-to question about printing spine labels in e-sidoc: no category of its own.",
  style="am")

M("other", False, None, None, True, "en",
  "Accounts Receivable <billing@invoices-secure.example.net>",
  "Overdue invoice #INV-55821 - immediate action required",
  """Dear customer,

Your invoice #INV-55821 is overdue. Please review the attached document and settle the amount today to avoid service interruption.

Accounts Receivable
""", "Fake overdue invoice with an attachment from an unknown sender, failing SPF/DMARC: phishing, not order_billing.",
  style="robot", auth="fail", att=[("INV-55821.pdf.html", "text/html")])

M("other", False, None, None, False, "fr",
  "Josiane Rouchy <josiane.rouchy@ac-clermont.fr>",
  "covoiturage samedi",
  """Coucou Martine,

Pour samedi, je passe te prendre à 8h devant la mairie d'Allanche, on descend ensemble à la formation à Aurillac ?

Bises
Josiane
""", "Personal message sent to the desk by address autocomplete.",
  style="am")

M("other", False, None, None, False, "fr",
  "Mairie de Saint-Cernin <mairie@saint-cernin.example.fr>",
  "Fermeture de l'école jeudi",
  """Bonjour,

Nous vous informons que l'école communale sera fermée jeudi en raison d'une coupure d'électricité programmée par Enedis. La cantine ne sera pas assurée.

Le secrétariat de mairie
""", "A town hall's information about a school closure, sent to the wrong address: unrelated.",
  style="ol")

M("other", False, None, None, False, "fr",
  "Nicole Ravel <nicole.ravel@ac-clermont.fr>",
  "désinscription",
  """Bonjour,

Merci de me retirer de votre lettre d'information, je reçois déjà trop de mails.

Nicole Ravel
""", "A person asks to be removed from the newsletter: written by hand, so not automated.",
  style="tb")

M("other", False, "0151139G", "ecoledirecte", False, "fr",
  "Sandrine Vergne <sandrine.vergne@ac-clermont.fr>",
  "Merci !",
  """Bonjour,

Les transferts sont repartis depuis hier soir, les parents revoient les notes. Merci à la personne qui s'en est occupée !

Sandrine Vergne
Collège de Condat (0151139G)
""", "Thanks for fixing the EcoleDirecte transfers: asks nothing.",
  style="tb")

M("other", False, None, None, False, "en",
  "Olivia Grant <olivia@readbuddy.example.io>",
  "Re: Partnership for rural school libraries",
  """Hi again,

Just following up on my note below. We would love to offer our reading app to small rural schools in your network. Could we set up a 15-minute call?

Olivia

On Tue, Nov 12, 2024 at 9:14 AM Olivia Grant <olivia@readbuddy.example.io> wrote:
> Hello, I am the co-founder of ReadBuddy, an edtech start-up...
""", "English partnership pitch from a start-up, following up on her own first mail (Gmail English quote style).",
  style="gm", html="alt")

M("other", False, None, "esidoc", True, "fr",
  "Pascale Brun <pascale.brun@ac-clermont.fr>",
  "formation e-sidoc ?",
  """Bonjour,

Est-ce qu'il existe une formation à e-sidoc pour les personnels qui ne sont pas documentalistes ? Je m'occupe du CDI deux jours par semaine sans jamais avoir été formée, et les mots de passe, les comptes, les notices... je découvre tout.

Pascale Brun, La Chaise-Dieu
""", "Asks about training; mentions passwords and accounts only as things she is learning: other.",
  style="tb")


# ================================================================ building
def to_html(text, outlook=False):
    paras = text.strip("\n").split("\n\n")
    if outlook:
        body = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                         % html.escape(p, quote=False).replace("\n", "<br>\n") for p in paras)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="FR"><div class="WordSection1">\n' + body + "\n</div></body></html>\n")
    body = "\n".join("<div>%s</div><div><br></div>" % html.escape(p, quote=False).replace("\n", "<br>") for p in paras)
    return '<html><head><meta charset="utf-8"></head><body><div dir="ltr">\n' + body + "\n</div></body></html>\n"


MAILERS = {
    "tb": ("User-Agent", "Mozilla Thunderbird"),
    "ol": ("X-Mailer", "Microsoft Outlook 16.0"),
    "am": ("X-Mailer", "Apple Mail (2.3774.600.62)"),
    "ip": ("X-Mailer", "iPhone Mail (21H16)"),
    "zm": ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF128 (Win)/9.0.0_GA_4583)"),
}
DEFAULT_CTE = {"tb": "8bit", "ol": "quoted-printable", "gm": "quoted-printable", "am": "quoted-printable",
               "ip": "quoted-printable", "zm": "8bit", "robot": "8bit"}


def message_id(style, dom, rng):
    u = uuid.UUID(int=rng.getrandbits(128), version=4)
    if style == "ol":
        h = u.hex
        return "<000%s$%s$%s$@%s>" % (h[:9], h[9:17], h[17:25], dom)
    if style == "gm":
        return "<CA%s@mail.gmail.com>" % base64_id(rng)
    if style in ("am", "ip"):
        return "<%s@%s>" % (str(u).upper(), dom)
    if style == "zm":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10**8, 10**9), rng.randint(10**6, 10**7),
                                                 rng.randint(1725000000000, 1740000000000), dom)
    if style == "robot":
        return "<%s.%s@%s>" % (u.hex[:16], u.hex[16:], dom)
    return "<%s@%s>" % (u, dom)


def base64_id(rng):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-"
    return "".join(rng.choice(alphabet) for _ in range(48))


def fake_pdf(name):
    return ("%%PDF-1.4\n%% %s\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n" % name).encode()


def build(i, m, rng, when):
    kw = m["kw"]
    style = kw.get("style", "tb")
    name, addr = parseaddr(m["frm"])
    dom = addr.rsplit("@", 1)[1].lower()
    to = kw.get("to", DESK)
    fail = kw.get("auth") == "fail"
    msg = EmailMessage()
    rp = kw.get("returnpath", "<%s>" % addr)
    msg["Return-Path"] = rp
    msg["Delivered-To"] = DESK
    ip = "203.0.113.%d" % rng.randint(2, 250)
    relay = dom if style == "robot" else "smtp." + dom
    msg["Received"] = ("from %s (%s [%s]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s "
                       "for <%s>; %s" % (relay, relay, ip, "%X" % rng.getrandbits(40), DESK, format_datetime(when + timedelta(seconds=9))))
    if fail:
        msg["Authentication-Results"] = ("mx1.assistance.example.fr; dkim=none; spf=fail smtp.mailfrom=%s; "
                                         "dmarc=fail (p=quarantine) header.from=%s" % (dom, dom))
    else:
        msg["Authentication-Results"] = ("mx1.assistance.example.fr; dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; "
                                         "dmarc=pass header.from=%s" % (dom, dom, dom))
    msg["Message-ID"] = message_id(style, dom, rng)
    msg["Date"] = format_datetime(when)
    msg["From"] = m["frm"]
    msg["To"] = to
    if kw.get("cc"):
        msg["Cc"] = kw["cc"]
    if kw.get("replyto"):
        msg["Reply-To"] = kw["replyto"]
    msg["Subject"] = m["subj"]
    if kw.get("reply"):
        ref = "<%s@assistance.example.fr>" % uuid.UUID(int=rng.getrandbits(128), version=4).hex
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    if style in MAILERS:
        k, v = MAILERS[style]
        msg[k] = v
    if kw.get("xmailer"):
        msg["X-Mailer"] = kw["xmailer"]
    if style == "ol":
        msg["Thread-Index"] = "AdsB" + base64_id(rng)[:24]
    if style in ("tb", "ol"):
        msg["Content-Language"] = "en-GB" if m["lang"] == "en" else "fr"
    for k, v in kw.get("hdr", {}).items():
        msg[k] = v

    text = m["body"]
    if "report" in kw:
        rtype, status, orig = kw["report"]
        boundary = "=_report_%s" % uuid.UUID(int=rng.getrandbits(128), version=4).hex[:20]
        status = status.replace("{date}", format_datetime(when - timedelta(minutes=3)))
        parts = ["This is a MIME-encapsulated message.\n",
                 "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s" % (boundary, text),
                 "--%s\nContent-Type: message/%s\n\n%s" % (boundary, rtype, status)]
        if orig:
            parts.append("--%s\nContent-Type: text/rfc822-headers\n\n%s" % (boundary, orig))
        raw_body = "\n".join(parts) + "\n--%s--\n" % boundary
        msg["MIME-Version"] = "1.0"
        msg["Content-Type"] = 'multipart/report; report-type=%s; boundary="%s"' % (rtype, boundary)
        msg.set_payload("@@REPORT_BODY@@")
        return msg.as_bytes(policy=policy.default).replace(b"@@REPORT_BODY@@", raw_body.encode("utf-8"))

    cte = kw.get("enc") or DEFAULT_CTE[style]
    if "enc" not in kw and i % 11 == 5:
        cte = "base64"
    cs = kw.get("charset", "utf-8")
    mode = kw.get("html")
    if mode == "only":
        msg.set_content(to_html(text, style == "ol"), subtype="html", charset=cs, cte=cte)
    elif mode == "alt":
        msg.set_content(text, charset=cs, cte=cte)
        msg.add_alternative(to_html(text, style == "ol"), subtype="html", charset=cs, cte=cte)
    else:
        msg.set_content(text, charset=cs, cte=cte)
    for fname, ctype in kw.get("att", []):
        maintype, subtype = ctype.split("/")
        if maintype == "text":
            msg.add_attachment("<html><body><form action='https://invoices-secure.example.net/login'>"
                               "<input name='password'></form></body></html>\n", subtype=subtype, filename=fname)
        else:
            msg.add_attachment(fake_pdf(fname), maintype=maintype, subtype=subtype, filename=fname)
    return msg.as_bytes(policy=policy.default)


def visible_text(msg):
    chunks = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.get_content_maintype() != "text" or part.get_content_disposition() == "attachment":
            continue
        t = part.get_content()
        if part.get_content_subtype() == "html":
            t = html.unescape(re.sub(r"<[^>]+>", " ", t))
        chunks.append(t)
    return "\n".join(chunks)


CODE_RE = re.compile(r"(?<![0-9A-Za-z])(\d{3}[ .]?\d{4}[ .]?[A-Za-z])(?![0-9A-Za-z])")


def main():
    rng = random.Random(SEED)
    assert len(MAILS) == 150, len(MAILS)
    start = datetime(2024, 9, 2, 8, 0)
    labels = []
    order = list(MAILS)
    rng.shuffle(order)  # mails were written category by category; the files must not be
    for n, m in enumerate(order, 1):
        day = start + timedelta(days=n * 1.2 + rng.random() * 0.8)
        naive = day.replace(hour=rng.randint(7, 18), minute=rng.randint(0, 59), second=rng.randint(0, 59))
        off = 2 if naive < datetime(2024, 10, 27) else 1
        when = naive.replace(tzinfo=timezone(timedelta(hours=off)))
        fname = "h%03d.eml" % n
        data = build(n, m, rng, when)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        sender = parseaddr(m["frm"])[1]
        labels.append({"file": fname, "category": m["cat"], "auto_reply_ok": m["ok"], "uai": m["uai"],
                       "region": region_for(m["uai"], sender), "platform": m["plat"], "hard": m["hard"],
                       "lang": m["lang"], "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    assert len(labels) == 150
    emls = sorted(x for x in os.listdir(HERE) if x.endswith(".eml"))
    assert emls == ["h%03d.eml" % n for n in range(1, 151)], "expected exactly h001..h150"
    assert [l["file"] for l in labels] == emls
    regions = set(REGION_DEPTS)
    for lab in labels:
        fn = lab["file"]
        assert list(lab) == KEYS, (fn, list(lab))
        assert lab["category"] in CATEGORIES, fn
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), fn
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, fn
        assert lab["uai"] is None or uai_ok(lab["uai"]) and lab["uai"] == lab["uai"].upper(), fn
        assert lab["region"] is None or lab["region"] in regions, fn
        assert lab["platform"] in PLATFORMS, fn
        assert lab["lang"] in ("fr", "en"), fn
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 10, fn

        with open(os.path.join(HERE, fn), "rb") as f:
            msg = BytesParser(policy=policy.default).parse(f)
        for part in msg.walk():
            assert not part.defects, (fn, part.defects)
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (fn, h)
        sender = msg["From"].addresses[0].addr_spec
        assert lab["region"] == region_for(lab["uai"], sender), (fn, "region")

        text = visible_text(msg)
        compact = re.sub(r"[ .]", "", text).upper()
        if lab["uai"]:
            assert lab["uai"] in compact, (fn, "labelled uai not in the mail")
        for raw in CODE_RE.findall(text):
            code = re.sub(r"[ .]", "", raw).upper()
            if uai_ok(code):
                assert code == lab["uai"] or code in lab["notes"], (fn, code, "valid UAI neither labelled nor explained")
            else:
                assert "wrong check letter" in lab["notes"] and code in lab["notes"], (fn, code, "bad letter not noted")
        if "wrong check letter" in lab["notes"]:
            bad = [c for c in re.findall(r"\b\d{7}[A-Z]\b", lab["notes"]) if not uai_ok(c)]
            assert bad, (fn, "notes claim a wrong check letter but name no wrong code")
            for c in bad:
                assert c in compact, (fn, c, "wrong code not in the mail")
    cats = {l["category"] for l in labels}
    assert cats == set(CATEGORIES), set(CATEGORIES) - cats
    n_en = sum(l["lang"] == "en" for l in labels)
    assert 10 <= n_en <= 25, n_en
    print("holdout86: 150 mails written and checked; %d in English, %d hard" % (n_en, sum(l["hard"] for l in labels)))


if __name__ == "__main__":
    main()

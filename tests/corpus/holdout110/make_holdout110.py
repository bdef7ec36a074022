#!/usr/bin/env python3
"""Build the holdout110 blind test set: 150 hand-written support mails + labels.

Theme: the support ticket portal (platform ticket_portal): portal accounts,
set-your-password mails, ticket-update notifications and tickets opened
there, mixed with the desk's ordinary requests.

Standard library only, deterministic (fixed seed). Every mail text below is
written by hand; the script only wraps each text in headers and a MIME
structure typical of the client named by its style, then writes hNNN.eml and
labels.jsonl and checks everything it wrote.
"""
import base64
import datetime
import email
import email.policy
import html
import json
import os
import quopri
import random
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 110110
rng = random.Random(SEED)

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
AUTO_ALLOWED = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                "account_creation", "subscription_activation"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

REGION_DEPS = {
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
DEP2REGION = {}
for _r, _ds in REGION_DEPS.items():
    for _d in _ds.split():
        DEP2REGION[_d if len(_d) == 3 else "0" + _d] = _r
DOM2REGION = {d: r for r, ds in REGION_DOMAINS.items() for d in ds.split()}


def uai_ok(code):
    return (isinstance(code, str) and len(code) == 8 and code[:7].isdigit()
            and code[7] == LETTERS[int(code[:7]) % 23])


def region_of(uai, sender):
    if uai:
        return DEP2REGION.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOM2REGION.get(dom)


MAILS = []


def M(style, frm, subject, body, cat, ok, uai, plat, hard, lang, notes, **kw):
    """One hand-written mail. frm = (display name or None, address)."""
    MAILS.append(dict(style=style, frm=frm, subject=subject, body=body,
                      cat=cat, ok=ok, uai=uai, plat=plat, hard=hard,
                      lang=lang, notes=notes, kw=kw))

# ---------------------------------------------------------------------------
# password_reset (24)
# ---------------------------------------------------------------------------
M("gmail", ("Sylvie Marchand", "sylvie.marchand.cdi@gmail.com"),
  "Mot de passe oublié - portail de suivi",
  """Bonjour,

J'ai un compte sur votre portail de suivi des demandes depuis l'an dernier mais impossible de me souvenir du mot de passe. Pourriez-vous m'envoyer de quoi le réinitialiser ?

Merci d'avance,
Sylvie Marchand
""",
  "password_reset", True, None, "ticket_portal", False, "fr",
  "Forgotten ticket-portal password, plain request; no UAI, free-mail sender.")

M("outlook", ("Thierry Vasseur", "thierry.vasseur@ac-amiens.fr"),
  "Lien expiré pour définir le mot de passe",
  """Bonjour,

J'ai reçu vendredi le mail m'invitant à définir mon mot de passe sur le portail d'assistance. Je n'ai cliqué dessus que ce lundi matin et la page m'indique : « Ce lien a expiré ».

Pouvez-vous m'en renvoyer un ? Je ferai plus vite cette fois, promis.

Cordialement,

Thierry Vasseur
Gestionnaire - Collège Jules Verne
""",
  "password_reset", True, None, "ticket_portal", False, "fr",
  "Set-your-password link of the portal expired before use; asks for a new one. Region from ac-amiens.fr.")

M("tb", ("Nadia Haddad", "nadia.haddad@ac-lyon.fr"),
  "Compte bloqué sur le portail",
  """Bonjour,

Après plusieurs essais ratés mon compte sur le portail des tickets est
bloqué ("compte verrouillé, réessayez plus tard"). Cela fait maintenant
deux heures et c'est toujours pareil.

Pouvez-vous le débloquer ou m'envoyer un lien de réinitialisation ?

Nadia Haddad
Professeure documentaliste
Lycée Ampère - 0696457U
""",
  "password_reset", True, "0696457U", "ticket_portal", False, "fr",
  "Portal account locked after failed attempts; UAI in the signature.")

M("gmail", ("Béatrice Lenoir", "b.lenoir.doc@gmail.com"),
  "e-sidoc : mot de passe perdu 0699932W",
  """Bonjour,

Je n'arrive plus à me connecter à l'administration de notre portail e-sidoc, j'ai dû changer le mot de passe avant l'été et je ne l'ai noté nulle part (oui je sais...).

Notre RNE est 0699932W.

Merci de votre aide
Béatrice Lenoir, CDI du collège Louise Labé
""",
  "password_reset", True, "0699932W", "esidoc", False, "fr",
  "Lost e-sidoc admin password; UAI in subject and body (as 'RNE').")

M("outlook", ("Margaret Kelly", "margaret.kelly@lycee-international-paris.fr"),
  "Forgotten password",
  """Hello,

I am the librarian at the international section and I have forgotten the password for our e-sidoc back office. The login should be our school code, 0758980D.

Could you please send me a reset link? I am not very confident in French, so an answer in English would be lovely.

Kind regards,
Margaret Kelly
Library & Resource Centre
""",
  "password_reset", True, "0758980D", "esidoc", False, "en",
  "English; forgotten e-sidoc password with the UAI as login.")

M("zimbra", ("Pascal Wendling", "pascal.wendling@ac-strasbourg.fr"),
  "identifiant espace acheteur",
  """Bonjour,

Je suis le nouveau gestionnaire du collège (UAI 0674829K). Mon prédécesseur
est parti sans me laisser l'identifiant ni le mot de passe de l'Espace Acheteur.
Je ne sais même pas quelle adresse mail est rattachée au compte.

Comment puis-je récupérer l'accès ?

Merci,
P. Wendling
""",
  "password_reset", True, "0674829K", "espace_acheteur", False, "fr",
  "Espace Acheteur login and password unknown after a handover; FAQ reset path applies.")

M("gmail", ("Julien Ferraro", "julien.ferraro83@gmail.com"),
  "RE: [#SUP-006214] Mot de passe portail",
  """Bonjour,

J'ai suivi votre procédure deux fois : je clique sur « Mot de passe oublié », je reçois bien le mail, je choisis un nouveau mot de passe, le portail me dit que c'est enregistré... et à la connexion : « identifiants incorrects ». Même en navigation privée.

Je commence à tourner en rond, quelqu'un peut-il regarder mon compte directement ?

Julien Ferraro

Le lun. 13 janv. 2025 à 09:12, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Pour réinitialiser votre mot de passe sur le portail de suivi, cliquez sur
> « Mot de passe oublié » sur la page de connexion et suivez le lien reçu.
>
> L'équipe Assistance
""",
  "password_reset", False, None, "ticket_portal", True, "fr",
  "Reply to the automatic reset answer: the self-service reset was done twice and login still fails; a person must look at the account.",
  reply=True)

M("outlook", ("Christine Aubert", "christine.aubert@ac-toulouse.fr"),
  "Mot de passe e-sidoc - merci de me rappeler",
  """Bonjour,

Je ne retrouve plus le mot de passe d'administration e-sidoc du lycée (0318761E).

Je préfère vraiment qu'une personne me rappelle au 05 61 00 00 00 plutôt que de recevoir un mail automatique : la dernière fois, le lien est parti sur l'adresse de l'ancienne documentaliste et j'ai perdu une semaine.

Bien à vous,
Christine Aubert
""",
  "password_reset", False, "0318761E", "esidoc", True, "fr",
  "Lost e-sidoc password but explicitly asks for a person to call back rather than an automatic mail.")

M("android", (None, "mdp.cdi.montpellier@orange.fr"),
  "0349246R mot de passe",
  """bonjour
j ai oublie le mot de passe du portail esidoc, le code c est 0349246R
merci de me renvoyer un lien
""",
  "password_reset", True, "0349246R", "esidoc", False, "fr",
  "Short, no accents, from a phone (base64); UAI in the subject and body.")

M("outlook", ("Secrétariat Lycée Durzy", "ce.0452798X@ac-orleans-tours.fr"),
  "Accès administration e-sidoc",
  """Bonjour,

Notre professeure documentaliste est en arrêt et sa remplaçante ne connaît pas le mot de passe de l'administration du portail documentaire.

Pourriez-vous envoyer le lien de réinitialisation sur l'adresse du secrétariat, d'où je vous écris ?

Cordialement,
Le secrétariat
""",
  "password_reset", True, "0452798X", "esidoc", True, "fr",
  "UAI only in the ce.<UAI>@ac-orleans-tours.fr sender; the secretariat (not the head) asks for the link on the official address.")

M("gmail", ("Hélène Rigaud", "helene.rigaud@ac-poitiers.fr"),
  "Mot de passe expiré",
  """Bonjour,

Le portail de tickets m'indique que mon mot de passe a expiré et qu'il faut le changer, sauf qu'il demande l'ancien... que j'ai oublié, évidemment.

Comment faire ?

Hélène Rigaud
Intendance, lycée Camille Guérin
""",
  "password_reset", True, None, "ticket_portal", False, "fr",
  "Expired portal password, old one forgotten; region from ac-poitiers.fr.")

M("tb", ("Laurent Bessière", "laurent.bessiere@ac-bordeaux.fr"),
  "Réinitialisation mot de passe - collège 0336841H",
  """Bonjour,

Je souhaiterais réinitialiser le mot de passe de notre compte e-sidoc.
Identifiant : 0336841H.

Merci.

--
Laurent Bessière
Collège François Mauriac
""",
  "password_reset", True, None, "esidoc", True, "fr",
  "UAI typed 0336841H: the digits give letter G, so it is not a valid UAI (probable typo); region from ac-bordeaux.fr. The generic reset answer still applies.")

M("outlook", ("Damien Roux", "damien.roux@ac-lille.fr"),
  "RE: Votre demande de réinitialisation",
  """Bonjour,

Merci pour la réponse, mais le lien de réinitialisation du portail d'assistance est envoyé à l'adresse enregistrée sur le compte, c'est-à-dire celle de ma collègue partie à la retraite en juin. Cette boîte n'existe plus.

Il faudrait que quelqu'un remplace l'adresse par la mienne, je ne vois pas comment m'en sortir seul.

Damien Roux

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mardi 8 octobre 2024 10:02
À : Damien Roux <damien.roux@ac-lille.fr>
Objet : Votre demande de réinitialisation

Bonjour,
Un lien de réinitialisation a été envoyé à l'adresse associée à votre compte.
""",
  "password_reset", False, None, "ticket_portal", True, "fr",
  "Reply after the automatic answer: the link goes to a dead address on file; a person must change the address, the template does not help.",
  reply=True)

M("gmail", ("Annick Payet", "annick.payet974@gmail.com"),
  "Mot de passe Espace Acheteur expiré",
  """Bonjour,

Mon mot de passe de l'Espace Acheteur a expiré et je ne me souviens plus de l'ancien pour en créer un nouveau.
Établissement : lycée professionnel, UAI 9748404S, à Saint-Pierre.

Merci de votre retour (et du décalage horaire !)
Annick Payet
""",
  "password_reset", True, "9748404S", "espace_acheteur", False, "fr",
  "Expired Espace Acheteur password; Réunion UAI.", tz="+0400")

M("android", ("Jean-Baptiste Santoni", "jb.santoni@ac-corse.fr"),
  "mdp esidoc",
  """Bonjour, je n'ai plus le mot de passe pour l'admin e-sidoc du collège 7208736H. Pouvez vous me le réinitialiser svp. Merci
Envoyé de mon téléphone
""",
  "password_reset", True, "7208736H", "esidoc", False, "fr",
  "Phone message (base64); Haute-Corse UAI prefix 720.")

M("apple", ("Céline Morvan", "celine.morvan@ac-rennes.fr"),
  "Identifiant portail ?",
  """Bonjour,

On me demande un identifiant pour me connecter au portail de suivi des tickets. Est-ce mon adresse mail ? Le code de l'établissement ? J'ai essayé les deux sans succès, et je n'ai pas de mot de passe non plus.

Merci,
Céline Morvan
""",
  "password_reset", True, None, "ticket_portal", False, "fr",
  "Does not know the portal identifier nor the password; region from ac-rennes.fr.")

M("outlook", ("Frédéric Ollivier", "f.ollivier@ac-nice.fr"),
  "Mot de passe portail + où en est mon ticket ?",
  """Bonjour,

Deux choses :
1) je n'arrive plus à me connecter au portail d'assistance, j'ai perdu mon mot de passe ;
2) du coup je ne peux pas voir où en est ma demande SR-2025-01873 sur la facture en double de décembre. Est-ce que quelqu'un s'en occupe ?

Merci,
Frédéric Ollivier
Adjoint gestionnaire - Lycée Masséna
""",
  "password_reset", False, None, "ticket_portal", True, "fr",
  "Two topics: lost portal password (first) and the status of a portal ticket about a duplicate invoice; one template would answer only half.")

M("tb", ("Mireille Thélamon", "mireille.thelamon@ac-guyane.fr"),
  "Perte du mot de passe administrateur",
  """Bonjour,

Je suis documentaliste au collège 9737097B à Kourou. J'ai perdu le mot de
passe administrateur d'e-sidoc.

Pourriez-vous me faire parvenir un lien pour le réinitialiser ?

Cordialement,
M. Thélamon
""",
  "password_reset", True, "9737097B", "esidoc", False, "fr",
  "Lost e-sidoc admin password; Guyane UAI.", tz="-0300")

M("gmail", ("Aaron Whitfield", "a.whitfield@britishschool-lyon.fr"),
  "Password reset link: \"invalid token\"",
  """Hi,

I requested a password reset on the support ticket portal this morning. When I click the link in the email I get "Invalid or expired token". I tried twice, same result.

Can you send me a fresh one?

Thanks,
Aaron
""",
  "password_reset", True, None, "ticket_portal", False, "en",
  "English; portal reset link rejected as invalid/expired; asks for a new one.")

M("outlook", ("Sandrine Delattre", "sandrine.delattre@ac-lille.fr"),
  "Compte verrouillé Espace Acheteur",
  """Bonjour,

Notre compte Espace Acheteur est verrouillé suite à trop de tentatives (je crois que ma collègue a essayé avec l'ancien mot de passe).

Collège Albert Camus, UAI 0591424C.

Pouvez-vous le débloquer ?

Sandrine Delattre
""",
  "password_reset", True, "0591424C", "espace_acheteur", False, "fr",
  "Espace Acheteur account locked after failed attempts.")

M("outlook_html", ("Corinne Aillaud", "corinne.aillaud@ac-aix-marseille.fr"),
  "Mot de passe e-sidoc oublié",
  """Bonjour,

Je n'ai plus accès au back-office e-sidoc du lycée Thiers (UAI : 0132005J), mot de passe oublié.

Merci de m'indiquer la marche à suivre.

Corinne Aillaud
Professeure documentaliste
""",
  "password_reset", True, "0132005J", "esidoc", False, "fr",
  "HTML-only Outlook message; lost e-sidoc password.")

M("gmail", ("Youssef Amrani", "youssef.amrani@ac-creteil.fr"),
  "connexion portail impossible",
  """Bonjour

Depuis ce matin le portail des demandes me dit "identifiant ou mot de passe incorrect". Je n'ai rien changé mais visiblement mon mot de passe n'est plus le bon. J'aimerais le réinitialiser pour pouvoir suivre mes tickets.

Youssef Amrani
""",
  "password_reset", True, None, "ticket_portal", False, "fr",
  "Portal login refused, wants to reset the password; region from ac-creteil.fr.")

M("tb", ("Gwenaëlle Le Goff", "gwenaelle.legoff@ac-nantes.fr"),
  "Nouvelle documentaliste - mot de passe",
  """Bonjour,

J'arrive au collège Sainte-Anne (0855616T) et personne ne connaît le mot
de passe du portail e-sidoc. L'ancienne collègue ne répond pas.

Comment puis-je l'obtenir ?

Gwenaëlle Le Goff
""",
  "password_reset", True, "0855616T", "esidoc", False, "fr",
  "New librarian who never had the e-sidoc password.")

M("gmail", ("Stéphane Brunel", "stephane.brunel@ac-grenoble.fr"),
  "Mot de passe portail refusé après changement",
  """Bonjour,

J'ai changé hier mon mot de passe sur le portail de suivi et ce matin il n'est plus accepté. Je pense avoir fait une faute de frappe en le saisissant deux fois de la même façon. Pouvez-vous m'envoyer un lien pour en définir un autre ?

Merci,
Stéphane Brunel
Lycée Champollion
""",
  "password_reset", True, None, "ticket_portal", False, "fr",
  "Mistyped new portal password, asks for a reset link.")

# ---------------------------------------------------------------------------
# automated (21)
# ---------------------------------------------------------------------------
PORTAL = ("Portail Assistance", "notifications@support-portal.example.com")

M("portal", PORTAL,
  "[SR-2025-02231] Nouveau commentaire sur votre demande",
  """Bonjour,

Un nouveau commentaire a été ajouté à la demande SR-2025-02231 « Connecteur ENT indisponible ».

Auteur : Équipe éditeur - niveau 2
« Le correctif est déployé sur l'environnement de recette. Pouvez-vous confirmer que l'erreur ne se reproduit plus ? »

Statut : En attente de votre retour

Consulter la demande : https://support-portal.example.com/requests/SR-2025-02231

--
Message envoyé automatiquement, merci de ne pas y répondre directement.
""",
  "automated", False, None, "ticket_portal", False, "fr",
  "Ticket-portal notification of a new comment on a ticket the desk follows; Auto-Submitted: auto-generated.",
  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

M("portal", PORTAL,
  "[SR-2024-11958] Votre demande a été résolue",
  """Bonjour,

Votre demande SR-2024-11958 « Export des notices en erreur » est passée au statut Résolue.

Si le problème persiste, vous pouvez la rouvrir pendant 7 jours depuis le portail.

Donnez-nous votre avis en 30 secondes : https://support-portal.example.com/survey/8f2c1e

Merci de votre confiance.
""",
  "automated", False, None, "ticket_portal", False, "fr",
  "Portal 'resolved' notice with a satisfaction survey link; only Precedence: bulk marks it (no Auto-Submitted).",
  extra=[("Precedence", "bulk")])

M("portal", PORTAL,
  "Bienvenue sur le portail d'assistance - définissez votre mot de passe",
  """Bonjour,

Un compte a été créé pour l'adresse support@assistance.example.fr sur le portail d'assistance.

Pour l'activer, définissez votre mot de passe en suivant ce lien (valable 24 heures) :
https://support-portal.example.com/set-password?t=7Qm2xKpL0aZ

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
""",
  "automated", False, None, "ticket_portal", True, "fr",
  "The portal's own set-your-password mail, received by the desk because its address was used for an account: mentions a password but it is a machine notification.",
  extra=[("Auto-Submitted", "auto-generated")])

M("outlook", ("Valérie Jourdan", "valerie.jourdan@ac-versailles.fr"),
  "Réponse automatique : [#SUP-006031] Abonnement Europresse",
  """Bonjour,

Je suis absente du 21 octobre au 3 novembre inclus, sans accès à ma messagerie.
Pour toute urgence concernant le CDI, merci de contacter la vie scolaire.

Valérie Jourdan
""",
  "automated", False, None, None, False, "fr",
  "Exchange out-of-office with Auto-Submitted and X-Auto-Response-Suppress; region from ac-versailles.fr.",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "valerie.jourdan@ac-versailles.fr")],
  reply=True)

M("zimbra", ("Olivier Guérin", "olivier.guerin@ac-nantes.fr"),
  "Absence - Re: Votre compte sur le portail de suivi",
  """Je suis en formation jusqu'au vendredi 14 mars. Je traiterai votre message à mon retour.

Olivier Guérin
""",
  "automated", False, None, None, False, "fr",
  "Zimbra vacation reply on an academic address: 'Auto-Submitted: auto-replied (zimbra; vacation)'. Region from ac-nantes.fr.",
  extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")], reply=True)

M("raw", ("Mail Delivery System", "MAILER-DAEMON@mx1.assistance.example.fr"),
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.assistance.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.perrin@college-saint-exupery.fr>: host mx.college-saint-exupery.fr[203.0.113.41]
    said: 550 5.1.1 <m.perrin@college-saint-exupery.fr>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
""",
  "automated", False, None, None, False, "en",
  "Postfix bounce (multipart/report delivery-status) of a desk answer; null Return-Path.",
  report=("delivery-status", "Reporting-MTA: dns; mx1.assistance.example.fr\nArrival-Date: {date}\n\nFinal-Recipient: rfc822; m.perrin@college-saint-exupery.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n",
          "[#SUP-006388] Votre compte sur le portail de suivi"),
  null_return=True)

M("raw", ("Microsoft Outlook", "MicrosoftExchange7a31c0d2@lyceemontaigne.onmicrosoft.com"),
  "Non remis : [#SUP-005902] Notification de mise à jour",
  """Votre message n'a pas pu être remis à secretariat@lycee-montaigne-pau.fr car la boîte aux lettres du destinataire est pleine.

Comment résoudre ce problème ?
Le destinataire doit libérer de l'espace dans sa boîte aux lettres, puis vous pourrez renvoyer le message.

Informations pour les administrateurs de messagerie :
Remote server returned '552 5.2.2 STOREDRV.Deliver; mailbox full'
""",
  "automated", False, None, None, False, "fr",
  "Exchange Online NDR in French (mailbox full), multipart/report, Auto-Submitted: auto-replied.",
  report=("delivery-status", "Reporting-MTA: dns;PR1P264MB3377.FRAP264.PROD.OUTLOOK.COM\n\nFinal-Recipient: rfc822;secretariat@lycee-montaigne-pau.fr\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp;552 5.2.2 mailbox full\n",
          "[#SUP-005902] Notification de mise à jour"),
  extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")], null_return=True)

M("gmail", ("Rachel Osei", "rachel.osei@gmail.com"),
  "Out of office Re: Your ticket SR-2025-03310",
  """Thank you for your email. I am on annual leave until 6 January with no access to email. For anything urgent please contact the school office.

Rachel
""",
  "automated", False, None, None, False, "en",
  "English Gmail vacation responder (Auto-Submitted: auto-replied).",
  extra=[("Auto-Submitted", "auto-replied")], reply=True)

M("raw", ("Bernard Cazals", "bernard.cazals@ac-montpellier.fr"),
  "Lu : [#SUP-006120] Accès au portail de suivi",
  """Votre message

  À : bernard.cazals@ac-montpellier.fr
  Objet : [#SUP-006120] Accès au portail de suivi
  Envoyé : 12/02/2025 09:41

a été lu le 12/02/2025 10:03.
""",
  "automated", False, None, None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from ac-montpellier.fr.",
  report=("disposition-notification", "Reporting-UA: PR2P264MB0411.FRAP264.PROD.OUTLOOK.COM; Microsoft Office Outlook\nFinal-Recipient: rfc822;bernard.cazals@ac-montpellier.fr\nDisposition: automatic-action/MDN-sent-automatically; displayed\n", None))

M("html_news", ("La Lettre Acheteurs", "newsletter@espace-acheteur.example.fr"),
  "Les nouveautés du trimestre sur votre Espace Acheteur",
  """Nouveautés du trimestre

Nouveau marché « Fournitures de bureau 2025-2028 » : les documents sont en ligne.
Webinaire de prise en main du nouveau panier : jeudi 16 h.
Rappel : vos questions passent désormais par le portail de suivi des demandes.

Se désinscrire : https://espace-acheteur.example.fr/unsubscribe?u=support
""",
  "automated", False, None, "espace_acheteur", False, "fr",
  "Marketing newsletter (List-Id, List-Unsubscribe, Precedence: bulk); mentions the portal in passing.",
  extra=[("List-Id", "Lettre Acheteurs <lettre.espace-acheteur.example.fr>"), ("List-Unsubscribe", "<https://espace-acheteur.example.fr/unsubscribe?u=support>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])

M("portal", PORTAL,
  "Récapitulatif hebdomadaire : 4 demandes ouvertes",
  """Bonjour,

Voici l'état de vos demandes ouvertes au lundi 9 h :

SR-2025-01102  Transfert des notes interrompu      En cours
SR-2025-01377  Facture sans numéro d'engagement      En attente de votre retour
SR-2025-01410  Droits sur le module commandes        Nouveau
SR-2025-01455  Import MARC en erreur                 En cours

Gérer mes préférences de notification : https://support-portal.example.com/profile/notifications
""",
  "automated", False, None, "ticket_portal", False, "fr",
  "Weekly digest of open portal tickets, Precedence: bulk and Auto-Submitted; lists topics of other categories but is a machine mail.",
  extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])

M("plain", ("Isabelle Carré", "isabelle.carre@ac-reims.fr"),
  "Re: [#SUP-006455] Mot de passe du portail",
  """Bonjour,

Je suis actuellement absente et n'aurai pas accès à mes mails avant le lundi 28 avril. Pour une question sur les mots de passe ou le portail documentaire, merci d'écrire au secrétariat.

Bonne journée.
Isabelle Carré
""",
  "automated", False, None, None, True, "fr",
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence; mentions passwords and the portal, only the wording shows it is automatic. Region from ac-reims.fr.",
  reply=True)

M("plain", ("Catherine Noël", "catherine.noel@ac-dijon.fr"),
  "[doc-bfc] Quelqu'un a un compte sur le portail de tickets ?",
  """Bonjour à toutes et tous,

Je dois signaler un souci sur notre portail e-sidoc et on me parle d'un « portail de suivi des demandes » où il faudrait créer un compte. Quelqu'un l'utilise déjà ? Est-ce que ça vaut le coup par rapport à un simple mail ?

Merci pour vos retours,
Catherine, CDI du lycée Carnot

_______________________________________________
doc-bfc mailing list
https://listes.ac-dijon.fr/sympa/info/doc-bfc
""",
  "automated", False, None, "ticket_portal", True, "fr",
  "A real question, but posted to an academic mailing list the desk receives (List-Id, Precedence: list): not written to the desk, never answered. Region from ac-dijon.fr.",
  extra=[("List-Id", "<doc-bfc.listes.ac-dijon.fr>"), ("Precedence", "list"), ("List-Post", "<mailto:doc-bfc@listes.ac-dijon.fr>")],
  to="doc-bfc@listes.ac-dijon.fr")

M("portal", PORTAL,
  "[SR-2025-00784] Délai de traitement dépassé",
  """Alerte SLA

La demande SR-2025-00784 (priorité Haute) n'a pas reçu de réponse dans le délai de 8 heures ouvrées.
Groupe assigné : Assistance - niveau 1
Ouverte le : 03/02/2025 08:15

Ce message est généré automatiquement par le portail.
""",
  "automated", False, None, "ticket_portal", False, "fr",
  "Portal SLA escalation alert, Auto-Submitted: auto-generated.",
  extra=[("Auto-Submitted", "auto-generated"), ("X-Priority", "1")])

M("plain", ("Assistance Région Académique", "assistance@region-academique-hdf.example.fr"),
  "Accusé de réception [INC0451207] - Re: [#SUP-006502]",
  """Bonjour,

Nous accusons réception de votre message, enregistré sous la référence INC0451207.
Un technicien le prendra en charge dans les meilleurs délais.

Merci de ne pas répondre à ce message.

Le centre de services
""",
  "automated", False, None, None, False, "fr",
  "Another help desk's acknowledgement (Auto-Submitted, X-Loop): answering it would start a mail loop.",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance@region-academique-hdf.example.fr")], reply=True)

M("raw", (None, "noreply-dmarc-support@google.com"),
  "Report domain: assistance.example.fr Submitter: google.com Report-ID: 1184402735513398114",
  """This is an aggregate DMARC report for assistance.example.fr.
""",
  "automated", False, None, None, False, "en",
  "DMARC aggregate report with a zip attachment.",
  zipfile="google.com!assistance.example.fr!1736640000!1736726399.zip")

M("plain", ("Mail Delivery Subsystem", "MAILER-DAEMON@ac-limoges.fr"),
  "Warning: could not send message for past 4 hours",
  """    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Tue, 4 Mar 2025 07:12:40 +0100
from mail.assistance.example.fr [192.0.2.12]

   ----- Transcript of session follows -----
<cdi.lycee-gay-lussac@ac-limoges.fr>... Deferred: Connection timed out with mbox.ac-limoges.fr.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
""",
  "automated", False, None, None, True, "en",
  "Sendmail delay warning in plain text (no multipart/report, no Auto-Submitted): the MAILER-DAEMON sender and null Return-Path show it is automatic. Region from the ac-limoges.fr sender domain, by the label rule.",
  null_return=True)

M("portal", ("Support Portal", "noreply@support-portal.example.com"),
  "[SR-2025-02876] New comment from the vendor team",
  """Hello,

A new comment was added to request SR-2025-02876 "SAML login loop".

"We could not reproduce the loop with the test account. Please attach a HAR file captured while the problem occurs."

Status: Waiting for customer

View request: https://support-portal.example.com/requests/SR-2025-02876
""",
  "automated", False, None, "ticket_portal", False, "en",
  "English portal notification of a vendor comment; Auto-Submitted: auto-generated.",
  extra=[("Auto-Submitted", "auto-generated")])

M("outlook", ("CDI Collège Jean Moulin", "ce.0334583C@ac-bordeaux.fr"),
  "Réponse automatique : Votre compte portail",
  """Bonjour,

Le collège est fermé pendant les vacances de printemps. Votre message sera lu à la rentrée, le 22 avril.

Le secrétariat
""",
  "automated", False, "0334583C", None, False, "fr",
  "Out-of-office of a school office (ce.<UAI> address); the UAI comes from the address.",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], reply=True)

M("portal", ("Signature électronique", "no-reply@esign.example.com"),
  "Rappel : un document attend votre signature",
  """Bonjour,

Le document « Convention d'adhésion 2025 - Lycée Pasteur » vous attend depuis 5 jours.

Signer le document : https://esign.example.com/s/Xr81hQ

Ce rappel est envoyé automatiquement tous les 5 jours jusqu'à signature ou refus.
""",
  "automated", False, None, "esignature", True, "fr",
  "E-signature reminder sent to the desk's address: transactional no-reply mail with no Auto-Submitted or Precedence header.")

M("portal", PORTAL,
  "Votre mot de passe a été modifié",
  """Bonjour,

Le mot de passe de votre compte sur le portail d'assistance a été modifié le 17/03/2025 à 14:22.

Si vous n'êtes pas à l'origine de cette modification, réinitialisez immédiatement votre mot de passe :
https://support-portal.example.com/forgot-password

L'équipe du portail
""",
  "automated", False, None, "ticket_portal", True, "fr",
  "Portal security notice 'password changed' sent to the desk: all password words, but a machine notification (Auto-Submitted).",
  extra=[("Auto-Submitted", "auto-generated")])

# ---------------------------------------------------------------------------
# other (19)
# ---------------------------------------------------------------------------
M("gmail", ("Martine Lefort", "martine.lefort@ac-clermont.fr"),
  "Joindre une capture à un ticket",
  """Bonjour,

Sur le portail de suivi, quand je veux ajouter une capture d'écran à ma demande, le bouton « Joindre » ne fait rien. Y a-t-il une taille maximale ou un format imposé ? Sinon je peux vous l'envoyer par mail ?

Merci
Martine Lefort
""",
  "other", False, None, "ticket_portal", False, "fr",
  "How-to question on the portal (attachments): no category of its own. Region from ac-clermont.fr.")

M("outlook", ("Éric Dumont", "eric.dumont@ac-normandie.fr"),
  "Ticket fermé sans réponse !",
  """Bonjour,

Mon ticket SR-2025-00912 vient d'être passé en « Résolu » alors que personne ne m'a répondu sur le fond. Je n'ai reçu que la notification de clôture.

Je trouve le procédé assez cavalier. Merci de le rouvrir et de me dire qui s'en occupe.

Éric Dumont
""",
  "other", False, None, "ticket_portal", True, "fr",
  "Complaint that a portal ticket was closed without an answer; the original topic is not stated, so no category can be told beyond other. Region from ac-normandie.fr.")

M("gmail", ("Hannah Berger", "hannah.berger@ecole-allemande.example.org"),
  "Notifications in English?",
  """Hello,

Is it possible to receive the ticket portal notifications in English (or German)? Some of our staff do not read French well. I could not find a language setting in my profile.

Best regards,
Hannah Berger
IT coordinator
""",
  "other", False, None, "ticket_portal", False, "en",
  "English; asks for a language setting for portal notifications: how-to, other.")

M("apple", ("Agnès Poulain", "agnes.poulain@ac-rouen.fr"),
  "Re: [SR-2025-01655] Votre demande a été résolue",
  """C'est bon de mon côté, tout fonctionne. Merci beaucoup à l'équipe !

Agnès

Envoyé de mon iPhone

> Le 20 févr. 2025 à 11:04, Portail Assistance <notifications@support-portal.example.com> a écrit :
>
> Votre demande SR-2025-01655 est passée au statut Résolue.
""",
  "other", False, None, "ticket_portal", False, "fr",
  "Thanks after a portal 'resolved' notice: nothing asked. Region from ac-rouen.fr.",
  reply=True)

M("gmail", ("Kevin Marsh", "kevin.marsh.seo@outlook.com"),
  "Boost your website ranking - page 1 on Google guaranteed",
  """Hi there,

I was checking assistance.example.fr and noticed it is not ranking for several important keywords. Our team can bring you to the first page of Google in 60 days, guaranteed or your money back.

Shall I send you a free audit?

Kevin
""",
  "other", False, None, None, False, "en",
  "English SEO spam.")

M("outlook_html", ("Portail Assistance - Sécurité", "securite@support-portal-verification.com"),
  "Action requise : votre compte portail sera désactivé",
  """Cher utilisateur,

Suite à une mise à jour de sécurité, votre compte sur le portail d'assistance sera désactivé sous 24 heures.

Pour le conserver, confirmez votre identifiant et votre mot de passe ici :
http://support-portal-verification.com/confirm

Le service sécurité
""",
  "other", False, None, None, True, "fr",
  "Phishing imitating the ticket portal from a look-alike domain (failing SPF/DMARC): other, and no platform since it is not the real product.",
  auth="fail")

M("plain", ("Farida Meziane", "farida.meziane75@hotmail.fr"),
  "sortie scolaire de ma fille",
  """Bonjour madame monsieur,

Ma fille est en 5eme B et je n'ai pas reçu l'autorisation pour la sortie au musée de jeudi. Est ce que je peux la signer sur papier libre ?

Merci
Mme Meziane
""",
  "other", False, None, None, False, "fr",
  "A parent writing to the wrong address about a school trip.")

M("tb", ("Philippe Garnier", "philippe.garnier@free.fr"),
  "Suppression de mon compte sur le portail",
  """Bonjour,

J'ai quitté l'Éducation nationale en décembre. Je vous demande de supprimer
mon compte sur votre portail de suivi des demandes ainsi que les données
personnelles associées, conformément au RGPD.

Merci de me confirmer la suppression.

Philippe Garnier
""",
  "other", False, None, "ticket_portal", False, "fr",
  "GDPR erasure of a portal account: other (human review), not account_creation.")

M("outlook", ("Lucie Tessier", "lucie.tessier@ac-orleans-tours.fr"),
  "Deux tickets pour le même problème",
  """Bonjour,

Ma collègue et moi avons ouvert chacune un ticket sur le portail pour le même souci (SR-2025-02044 et SR-2025-02047). Pouvez-vous les fusionner pour qu'on ne vous fasse pas travailler deux fois ?

Merci,
Lucie Tessier
""",
  "other", False, None, "ticket_portal", False, "fr",
  "Asks to merge two duplicate portal tickets; the underlying problem is not named.")

M("gmail", ("Inès Bouchareb", "ines.bouchareb.pro@gmail.com"),
  "Candidature spontanée - assistante support",
  """Madame, Monsieur,

Titulaire d'un BTS SIO et forte d'une première expérience en centre de support, je me permets de vous adresser ma candidature pour un poste de technicienne d'assistance. Vous trouverez mon CV en pièce jointe.

Je reste à votre disposition pour un entretien.

Inès Bouchareb
""",
  "other", False, None, None, False, "fr",
  "Unsolicited job application with a CV attached.",
  attach=("CV_Ines_Bouchareb.pdf", "application/pdf"))

M("android", ("Gilles Moreau", "gilles.moreau@ac-besancon.fr"),
  "Re: [#SUP-006577] Accès portail",
  """Ok merci c'est noté.

Gilles
""",
  "other", False, None, None, False, "fr",
  "Two-word acknowledgement from a phone: nothing to do. Region from ac-besancon.fr.",
  reply=True)

M("outlook", ("Amandine Roche", "a.roche@mobilier-bibliotheque.example.com"),
  "Aménagement de vos CDI - catalogue 2025",
  """Bonjour,

Je me permets de vous contacter car nous accompagnons de nombreux établissements dans l'aménagement de leurs CDI : rayonnages, assises, bacs à albums.

Seriez-vous la bonne personne pour en parler, ou pourriez-vous me transmettre le contact des acheteurs ?

Bien cordialement,
Amandine Roche
Chargée d'affaires
""",
  "other", False, None, None, False, "fr",
  "Cold sales prospecting written to one person: other, not automated.")

M("gmail", ("Romain Perret", "romain.perret@ac-lyon.fr"),
  "Suggestion pour le portail",
  """Bonjour,

Une petite suggestion : ce serait pratique de pouvoir exporter l'historique d'un ticket en PDF depuis le portail, pour le joindre à un dossier ou le transmettre à la direction. Aujourd'hui je fais des captures d'écran.

Bonne continuation,
Romain Perret
""",
  "other", False, None, "ticket_portal", False, "fr",
  "Feature suggestion for the portal (PDF export of a ticket).")

M("outlook", ("Jacques Lemoine", "jacques.lemoine@ac-besancon.fr"),
  "TROISIÈME RELANCE",
  """Bonjour,

Troisième relance. Toujours aucune réponse. Je ne vois pas l'intérêt d'un portail et d'une adresse de support si personne ne lit les messages.

J. Lemoine
""",
  "other", False, None, None, False, "fr",
  "Angry reminder that says nothing about the topic or ticket: no category can be told.")

M("zimbra", ("Fabienne Coste", "fabienne.coste@ac-montpellier.fr"),
  "Horaires du support téléphonique",
  """Bonjour,

Pouvez-vous m'indiquer les horaires de l'assistance téléphonique et le numéro à appeler ? Je préfère parfois expliquer de vive voix plutôt que d'ouvrir un ticket.

Merci,
Fabienne Coste
""",
  "other", False, None, None, False, "fr",
  "Asks for the phone support hours and number: general information, other.")

M("outlook", ("Arnaud Picard", "arnaud.picard@ac-paris.fr"),
  "Portail inaccessible - erreur 503",
  """Bonjour,

Depuis 8 h ce matin le portail de suivi des demandes affiche « 503 Service Unavailable ». Est-ce une maintenance prévue ? Je voulais compléter un ticket avant midi.

Arnaud Picard
""",
  "other", False, None, "ticket_portal", False, "fr",
  "Asks whether the portal is down (503): an outage question, no category of its own.")

M("gmail", ("Nathalie Vidal", "nathalie.vidal@ac-toulouse.fr"),
  "Re: ce soir ?",
  """Coucou,

Je pars du bureau vers 18 h, on se retrouve directement au cinéma ? Je prends les places.

Bises
Nath
""",
  "other", False, None, None, False, "fr",
  "Personal message sent to the desk by address autocomplete.")

M("outlook", ("Daniel Ortiz", "daniel.ortiz@learnwise.example.io"),
  "Re: Integrating your ticket portal with Learnwise",
  """Hi,

Just bumping this up in your inbox. We would love to show you how Learnwise could plug into your support portal so teachers get answers from a chatbot before opening a ticket.

Would a 20-minute call next week work?

Daniel

On Tue, Mar 4, 2025 at 4:12 PM Daniel Ortiz <daniel.ortiz@learnwise.example.io> wrote:
> Hello, I'm reaching out because Learnwise helps education help desks
> cut their ticket volume by 40%...
""",
  "other", False, None, None, False, "en",
  "English vendor pitch sent as a follow-up quoting the first mail; about the portal only as a sales pretext, so no platform.")

M("gmail", ("Sophie Bertrand", "sophie.bertrand@ac-strasbourg.fr"),
  "Re: [#SUP-006301] Lien de réinitialisation",
  """Bonjour,

Le lien a fonctionné, j'ai pu choisir un nouveau mot de passe et me reconnecter au portail. Merci pour la rapidité !

Sophie Bertrand

Le mer. 5 févr. 2025 à 14:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Un lien de réinitialisation de votre mot de passe vient de vous être envoyé.
> Il est valable 12 heures.
""",
  "other", False, None, "ticket_portal", True, "fr",
  "Thanks quoting the reset answer: the words 'mot de passe' and 'lien' appear but nothing is asked.",
  reply=True)

# ---------------------------------------------------------------------------
# missing_noreply_mail (17)
# ---------------------------------------------------------------------------
M("gmail", ("Véronique Blanchard", "vero.blanchard@laposte.net"),
  "Jamais reçu le mail pour créer mon mot de passe",
  """Bonjour,

Au téléphone hier, votre collègue m'a créé un compte sur le portail de suivi et m'a dit que j'allais recevoir un mail pour définir mon mot de passe. Rien depuis, ni dans la boîte de réception ni dans les spams.

Pouvez-vous vérifier ?

Véronique Blanchard
""",
  "missing_noreply_mail", True, None, "ticket_portal", False, "fr",
  "The portal's set-your-password mail never arrived; no anti-spam product named.")

M("outlook", ("Mathieu Caron", "mathieu.caron@ac-amiens.fr"),
  "Plus de notifications du portail",
  """Bonjour,

Depuis environ deux semaines je ne reçois plus aucune notification quand un ticket est mis à jour sur le portail d'assistance. Je dois aller vérifier moi-même sur le site. Mes préférences de notification sont pourtant toutes cochées.

Cordialement,
Mathieu Caron
Lycée Louis Thuillier
""",
  "missing_noreply_mail", True, None, "ticket_portal", False, "fr",
  "Ticket-update notifications from the portal no longer arrive; region from ac-amiens.fr.")

M("tb", ("Agathe Rolland", "agathe.rolland@mairie-saint-jory.fr"),
  "Lien d'activation non reçu",
  """Bonjour,

Je me suis inscrite sur l'Espace Acheteur lundi pour la commune. On m'annonce
un lien d'activation par mail : je n'ai rien reçu, même dans les indésirables.

Merci de votre aide,
Agathe Rolland
Service commande publique
""",
  "missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "Espace Acheteur activation link never received; non-academic sender.")

M("outlook", ("Karine Lopes", "karine.lopes@ac-creteil.fr"),
  "Mail de nouveau mot de passe e-sidoc non reçu - 0936927Z",
  """Bonjour,

J'ai demandé trois fois un nouveau mot de passe depuis la page de connexion e-sidoc du collège (0936927Z). Le site confirme l'envoi, mais aucun mail n'arrive.

Merci,
Karine Lopes
""",
  "missing_noreply_mail", True, "0936927Z", "esidoc", True, "fr",
  "Reads like a password problem, but the reset tool works and its mail never arrives: missing_noreply_mail per the taxonomy.")

M("gmail", ("Tom Gallagher", "tom.gallagher@ac-grenoble.fr"),
  "Portal invitation never arrived",
  """Hello,

My colleague added me to our school's requests on the support portal last Thursday. I was told I would receive an invitation email, but nothing has come through (I checked spam as well).

Thanks,
Tom Gallagher
""",
  "missing_noreply_mail", True, None, "ticket_portal", False, "en",
  "English; portal invitation mail not received. Region from ac-grenoble.fr.")

M("apple", ("Laure Fontaine", "laure.fontaine@ac-nancy-metz.fr"),
  "Notification de réponse non reçue",
  """Bonjour,

Ma collègue du support m'a dit au téléphone qu'elle avait répondu hier à mon ticket sur le portail. Je n'ai reçu aucun mail de notification (j'ai regardé dans les indésirables). Est-ce normal ?

Laure Fontaine
Collège Paul Verlaine, 0578954Y
""",
  "missing_noreply_mail", True, "0578954Y", "ticket_portal", False, "fr",
  "Portal reply notification never arrived; UAI in the signature (Moselle).")

M("gmail", ("Patrice Lebon", "patrice.lebon@ac-normandie.fr"),
  "Re: [#SUP-006140] Mail du portail non reçu",
  """Bonjour,

J'ai suivi vos conseils : vérification du dossier indésirable, ajout de l'adresse no-reply dans mes contacts. Trois jours plus tard, toujours rien, et le lien ne m'a jamais été renvoyé.

Pouvez-vous transmettre à quelqu'un qui puisse regarder côté serveur ?

Patrice Lebon

Le lun. 10 févr. 2025 à 16:45, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Vérifiez votre dossier de courrier indésirable et ajoutez l'expéditeur
> no-reply à vos contacts. Sans nouvelles sous 48 h, nous transmettrons.
""",
  "missing_noreply_mail", False, None, "ticket_portal", True, "fr",
  "Reply after the junk-folder answer: still nothing after 3 days; the template was already sent, a person must follow up.",
  reply=True)

M("outlook", ("Service informatique", "informatique@college-notre-dame-angers.fr"),
  "Mails de votre plateforme non reçus",
  """Bonjour,

Nos utilisateurs ne reçoivent pas les mails de confirmation de votre Espace Acheteur. Nous n'utilisons pas MailInBlack ni d'autre solution de ce type, uniquement le filtrage standard de notre hébergeur. Les messages n'apparaissent pas dans nos journaux.

Établissement : 0490213R

Service informatique
""",
  "missing_noreply_mail", True, "0490213R", "espace_acheteur", True, "fr",
  "Names MailInBlack only to say it is NOT used: missing_noreply_mail, not mailinblack_spam.")

M("zimbra", ("Jeanne Lacroix", "jeanne.lacroix@ac-limoges.fr"),
  "Pas de notification des comptes à valider",
  """Bonjour,

Je suis administratrice de structure sur l'Espace Acheteur pour le lycée
(0878252X). Je découvre par hasard que deux collègues attendent la validation
de leur compte depuis des semaines : je n'ai jamais reçu les mails de
notification.

Pouvez-vous vérifier ?

Jeanne Lacroix
""",
  "missing_noreply_mail", True, "0878252X", "espace_acheteur", False, "fr",
  "Structure administrator never receives the 'account to validate' notifications.")

M("gmail", ("Baptiste Hervé", "baptiste.herve@ac-rennes.fr"),
  "Notifications portail : une sur deux",
  """Bonjour,

Bizarre : je reçois les notifications du portail pour certains tickets et pas pour d'autres. Par exemple rien pour SR-2025-02390 alors qu'il y a eu deux réponses. Rien non plus dans les spams.

Baptiste Hervé
""",
  "missing_noreply_mail", True, None, "ticket_portal", False, "fr",
  "Some portal notifications missing; no anti-spam product named.")

M("android", (None, "c.dufresne29@gmail.com"),
  "toujours rien",
  """Bonjour toujours pas reçu le mail du portail pour activer mon compte. Corinne Dufresne
""",
  "missing_noreply_mail", True, None, "ticket_portal", False, "fr",
  "One line from a phone: portal activation mail not received.")

M("outlook", ("Nicolas Gauthier", "n.gauthier@ville-perpignan.example.fr"),
  "Adresse d'expédition des notifications",
  """Bonjour,

Je suis responsable de la messagerie de la ville. Plusieurs agents ne reçoivent pas les notifications de votre portail de suivi des demandes. Pour les autoriser sur notre passerelle, pouvez-vous me donner l'adresse d'expédition exacte et, si possible, les serveurs d'envoi ?

Merci,
Nicolas Gauthier
DSI
""",
  "missing_noreply_mail", True, None, "ticket_portal", False, "fr",
  "IT department asks for the portal's sending address to allow it on their gateway (no product named).")

M("tb", ("Odile Marchetti", "odile.marchetti@ac-dijon.fr"),
  "Activation du compte client non reçue (0217496J)",
  """Bonjour,

Je voulais passer notre première commande en ligne et ouvrir le compte client
du collège (0217496J). Le mail d'activation, censé arriver sous 12 heures,
n'est jamais venu.

Merci de regarder,
Odile Marchetti, documentaliste
""",
  "missing_noreply_mail", True, "0217496J", "esidoc", False, "fr",
  "Customer-account activation mail never came before a first order.")

M("outlook_html", ("Clément Baudry", "clement.baudry@ac-caen.fr"),
  "Confirmation d'inscription",
  """Bonjour,

Nouveau gestionnaire depuis la rentrée, je me suis inscrit sur l'Espace Acheteur il y a trois jours. Toujours pas de mail de confirmation.

Merci d'avance,
Clément Baudry
""",
  "missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "HTML-only Outlook; sign-up confirmation not received. Region from ac-caen.fr.")

M("gmail", ("Ludovic Clairville", "ludovic.clairville@ac-martinique.fr"),
  "Aucun mail de votre part",
  """Bonjour,

Rien ne m'arrive de votre adresse no-reply : ni le mail de mot de passe de l'Espace Acheteur, ni les confirmations. Lycée Schœlcher, 9725193M.

Et avec le décalage horaire, quand je vous appelle vous êtes déjà partis !

Ludovic Clairville
""",
  "missing_noreply_mail", True, "9725193M", "espace_acheteur", False, "fr",
  "No mail from the no-reply address arrives; Martinique UAI.", tz="-0400")

M("apple", ("Rémi Chauvin", "remi.chauvin@ac-versailles.fr"),
  "Mot de passe portail : le mail n'arrive pas",
  """Bonjour,

J'ai cliqué sur « Mot de passe oublié » sur le portail d'assistance, le site dit « Un e-mail vous a été envoyé ». Je n'ai rien reçu depuis ce matin, j'ai recommencé deux fois. Ce n'est pas le mot de passe qui pose problème, c'est le mail qui ne vient pas.

Rémi Chauvin
Envoyé de mon iPad
""",
  "missing_noreply_mail", True, None, "ticket_portal", True, "fr",
  "Looks like password_reset, but the portal's reset mail never arrives: missing_noreply_mail.")

M("outlook", ("Aurélie Masson", "aurelie.masson@ac-reims.fr"),
  "Mail d'activation + demande de devis",
  """Bonjour,

1. Je n'ai jamais reçu le mail d'activation de mon compte sur l'Espace Acheteur (inscription faite le 3 mars).
2. Par ailleurs, pourriez-vous m'établir un devis pour le renouvellement de nos abonnements e-sidoc ? J'en ai besoin pour le conseil d'administration.

Lycée Jean Jaurès, 0517543X

Aurélie Masson
""",
  "missing_noreply_mail", False, "0517543X", "espace_acheteur", True, "fr",
  "Two topics: missing activation mail (first, main) and a quote request (order_billing); an automatic answer would cover only half.")

# ---------------------------------------------------------------------------
# head_of_establishment_request (13)
# ---------------------------------------------------------------------------
M("outlook", ("Proviseur Lycée Jean Monnet", "ce.0443890P@ac-nantes.fr"),
  "Changement du titulaire du compte établissement sur le portail d'assistance",
  """Madame, Monsieur,

En ma qualité de proviseur du lycée Jean Monnet (UAI 0443890P), je vous demande de rattacher le compte de notre établissement sur le portail d'assistance à Mme Claire Rivet, nouvelle gestionnaire, en remplacement de M. Hamon qui a quitté l'établissement.

Adresse de Mme Rivet : claire.rivet@ac-nantes.fr

Je vous prie d'agréer mes salutations distinguées.

Gérard Morin
Proviseur
""",
  "head_of_establishment_request", False, "0443890P", "ticket_portal", False, "fr",
  "The proviseur, from the ce.<UAI> address, asks to move the establishment's portal account to the new gestionnaire.")

M("outlook", ("Principale Collège Victor Hugo", "ce.0351871U@ac-rennes.fr"),
  "Demande de réinitialisation - administrateur e-sidoc",
  """Bonjour,

Je suis la principale du collège Victor Hugo (0351871U). Notre documentaliste ne peut plus accéder à l'administration e-sidoc : l'adresse de contact enregistrée est celle de son prédécesseur.

Je vous demande donc de réinitialiser le mot de passe administrateur et de remplacer l'adresse de contact par celle de l'établissement, d'où je vous écris.

Cordialement,
Anne-Sophie Kerbrat
Principale
""",
  "head_of_establishment_request", False, "0351871U", "esidoc", False, "fr",
  "The principal asks in writing, from the ce.<UAI> address, for an admin reset and a new contact address.")

M("gmail", ("Directrice école Jean Jaurès", "direction.ecole.jaures.castres@gmail.com"),
  "Accord pour la commande du coin lecture",
  """Bonjour,

Je suis directrice de l'école élémentaire Jean Jaurès à Castres. Je donne mon accord pour que Mme Fabre, enseignante, valide la commande de l'abonnement pour notre coin lecture.

Cordialement,
Mireille Sabatier
Directrice
""",
  "head_of_establishment_request", False, None, "esidoc", True, "fr",
  "A school director authorises an order from a free-mail address, no UAI: weak evidence, staff must verify.")

M("outlook", ("Chef d'établissement", "ce.0310313X@ac-toulouse.fr"),
  "Désignation d'un nouvel administrateur de structure",
  """Madame, Monsieur,

Je désigne M. Hugo Delmas, adjoint gestionnaire, comme administrateur de structure de notre établissement sur l'Espace Acheteur, à compter de ce jour. Merci de fermer les accès de Mme Carrère, partie en retraite.

Lycée Déodat de Séverac - UAI 0310313X

Le proviseur,
Alain Ribes
""",
  "head_of_establishment_request", False, "0310313X", "espace_acheteur", False, "fr",
  "The proviseur names a new structure administrator and asks to close the former one's access.")

M("zimbra", ("Didier Mangin", "didier.mangin@ac-nancy-metz.fr"),
  "Re: [#SUP-006233] Demande écrite du chef d'établissement",
  """Bonjour,

Comme demandé, je confirme par écrit, en tant que principal du collège La Fontaine (0540389E), que le mot de passe du portail e-sidoc peut être réinitialisé et envoyé à notre documentaliste, Mme Hubert.

Didier Mangin
Principal

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "valerie hubert" <valerie.hubert@ac-nancy-metz.fr>
Envoyé: Mardi 14 Janvier 2025 15:30:12
Objet: [#SUP-006233] Demande écrite du chef d'établissement

Bonjour,
Pour des raisons de sécurité, nous avons besoin d'une demande écrite du chef d'établissement.
""",
  "head_of_establishment_request", False, "0540389E", "esidoc", False, "fr",
  "Reply (Zimbra 'Mail original' quote) in which the principal gives the written request the desk asked for.",
  reply=True)

M("outlook", ("Proviseur", "ce.0130756B@ac-aix-marseille.fr"),
  "URGENT - changement d'adresse des comptes",
  """Bonjour,

Je suis le proviseur. Suite à une réorganisation, merci de basculer immédiatement l'adresse de tous les comptes de l'établissement (portail d'assistance et Espace Acheteur) vers proviseur.lycee13@gmail.com et de m'envoyer les nouveaux mots de passe à cette adresse.

C'est urgent, je compte sur vous.

Le proviseur
""",
  "head_of_establishment_request", False, "0130756B", None, True, "fr",
  "Claims to be the proviseur from the ce.<UAI> address, but SPF/DMARC fail and Reply-To is a free-mail address asking for all passwords: probable spoof. Still a head-of-establishment request for a person to refuse. Names both the portal and the Espace Acheteur, so no single platform.",
  auth="fail", reply_to="proviseur.lycee13@gmail.com")

M("gmail", ("Jean-Marc Perrot", "jm.perrot.principal@gmail.com"),
  "Accord réinitialisation",
  """Bonjour,

Je suis le principal du collège où travaille Mme Girard, documentaliste. Je vous confirme mon accord pour la réinitialisation de son mot de passe e-sidoc.

J-M Perrot
Envoyé depuis ma boîte perso, je n'ai pas accès à la boîte de l'établissement en ce moment.
""",
  "head_of_establishment_request", False, None, "esidoc", True, "fr",
  "The principal agrees from a personal Gmail, no UAI, no establishment named: weak evidence, staff must verify.")

M("outlook", ("Dr. Eleanor Hayes", "ce.0920833F@ac-versailles.fr"),
  "Change of structure administrator",
  """Dear Sir or Madam,

As head of the Lycée International (UAI 0920833F), I hereby appoint Mr. Samuel Cohen as our structure administrator on the buyer space, replacing Ms. Blake who has left the school. Please remove her access.

Yours faithfully,
Dr. Eleanor Hayes
Head of School
""",
  "head_of_establishment_request", False, "0920833F", "espace_acheteur", False, "en",
  "English; the head names a new structure administrator from the ce.<UAI> address.")

M("tb", ("Principal Collège Les Tilleuls", "ce.0624921M@ac-lille.fr"),
  "Accès au portail de suivi pour la nouvelle gestionnaire",
  """Bonjour,

Je vous demande de donner à Mme Nadège Poiret, gestionnaire arrivée en
janvier, l'accès aux demandes de l'établissement sur le portail de suivi,
et de retirer celui de M. Lefèvre, muté.

Collège Les Tilleuls, 0624921M

Le principal,
Christophe Dupuis
""",
  "head_of_establishment_request", False, "0624921M", "ticket_portal", False, "fr",
  "The principal asks in writing to grant portal access to the new gestionnaire and remove the former one.")

M("outlook", ("Proviseure Lycée Colbert", "ce.0769875W@ac-normandie.fr"),
  "Autorisation de commande - bon d'engagement joint",
  """Bonjour,

Veuillez trouver ci-joint le bon d'engagement signé pour le renouvellement de nos ressources numériques. J'autorise Mme Leroux, professeure documentaliste, à valider la commande pour le lycée (0769875W).

Cordialement,
Isabelle Vautier
Proviseure
""",
  "head_of_establishment_request", False, "0769875W", "esidoc", False, "fr",
  "The proviseure authorises the librarian to validate the order and attaches the signed bon d'engagement.",
  attach=("BE_2025_0147.pdf", "application/pdf"))

M("outlook_html", ("Principal Collège Romain Rolland", "ce.0941399K@ac-creteil.fr"),
  "Réinitialisation suite au départ de la documentaliste",
  """Madame, Monsieur,

Notre documentaliste a quitté l'établissement en conflit et conserve les accès au portail e-sidoc. Je vous demande de réinitialiser sans délai le mot de passe administrateur et d'envoyer le lien à l'adresse de l'établissement.

Collège Romain Rolland - 0941399K

Le principal
""",
  "head_of_establishment_request", False, "0941399K", "esidoc", False, "fr",
  "HTML-only Outlook letter: the principal asks for a reset so that a departed librarian loses access.")

M("outlook", ("Hélène Grosjean", "helene.grosjean@ac-besancon.fr"),
  "Courrier de Mme la Proviseure - accès portail",
  """Bonjour,

Veuillez trouver ci-joint le courrier signé de Mme la Proviseure (en copie) demandant que je devienne la référente de l'établissement sur le portail d'assistance à la place de M. Petit.

Lycée Louis Pergaud, 0251476U.

Bien cordialement,
Hélène Grosjean
Professeure documentaliste
""",
  "head_of_establishment_request", False, "0251476U", "ticket_portal", True, "fr",
  "The librarian relays the head's signed letter (PDF) with the head in copy: the head's written request, relayed; staff must check the letter and the sender.",
  attach=("courrier_proviseure_portail.pdf", "application/pdf"), cc="ce.0251476U@ac-besancon.fr")

M("apple", ("Patrick Léonard", "patrick.leonard@ac-reunion.fr"),
  "Clôture du compte portail de l'ancien gestionnaire",
  """Bonjour,

En tant que proviseur du lycée Bellepierre (9747491Z), je vous demande de désactiver le compte de M. Técher sur le portail d'assistance : il a quitté ses fonctions le 31 décembre et ne doit plus voir nos demandes.

Patrick Léonard
Proviseur

Envoyé de mon iPhone
""",
  "head_of_establishment_request", False, "9747491Z", "ticket_portal", False, "fr",
  "The proviseur asks to deactivate a former gestionnaire's portal account; personal academic address, Réunion UAI.", tz="+0400")

# ---------------------------------------------------------------------------
# mailinblack_spam (13)
# ---------------------------------------------------------------------------
M("outlook", ("Émilie Ferrand", "emilie.ferrand@ac-lyon.fr"),
  "Notifications du portail bloquées par MailInBlack",
  """Bonjour,

Notre établissement utilise MailInBlack et les notifications du portail de suivi sont retenues dans la quarantaine. Je ne les vois qu'en allant sur l'interface MailInBlack, parfois plusieurs jours après.

Que faut-il autoriser exactement ?

Émilie Ferrand
Lycée du Parc, 0694159W
""",
  "mailinblack_spam", True, "0694159W", "ticket_portal", False, "fr",
  "Portal notifications held in MailInBlack quarantine; asks what to allow.")

M("gmail", ("Arnaud Thébault", "arnaud.thebault@ac-nantes.fr"),
  "Votre no-reply reçoit notre demande d'authentification",
  """Bonjour,

Notre anti-spam MailInBlack envoie à chaque nouvel expéditeur un message « prouvez que vous n'êtes pas un robot ». Évidemment votre adresse no-reply du portail ne clique jamais, donc le mail pour définir mon mot de passe reste bloqué.

Comment fait-on dans ce cas ?

Arnaud Thébault
""",
  "mailinblack_spam", True, None, "ticket_portal", False, "fr",
  "MailInBlack's sender-authentication challenge blocks the portal's set-password mail; guide applies.")

M("android", ("Sébastien Labbé", "seb.labbe@college-stexupery.fr"),
  "mail in black",
  """bjr, on a mail in black au college et les mails de l espace acheteur sont bloqués, vous avez une procedure ? merci
""",
  "mailinblack_spam", True, None, "espace_acheteur", False, "fr",
  "Product spelled 'mail in black', no accents, from a phone.")

M("outlook", ("Rebecca Stone", "rebecca.stone@ac-strasbourg.fr"),
  "Activation emails stuck in MailinBlack quarantine",
  """Hello,

Our school uses MailinBlack and your activation emails for the buyer space end up in quarantine. Could you tell me which sender addresses or domains I should whitelist?

School code: 0676042D

Thank you,
Rebecca Stone
Bursar's office
""",
  "mailinblack_spam", True, "0676042D", "espace_acheteur", False, "en",
  "English; MailinBlack quarantine holds the activation mails.")

M("outlook", ("Marc Vidal", "marc.vidal@ac-montpellier.fr"),
  "TR: Rapport de quarantaine MailInBlack",
  """Bonjour,

Je vous transfère le rapport de ce matin : vos messages du portail d'assistance y figurent encore. Qu'est-ce que je dois faire pour qu'ils passent directement ?

Marc Vidal
Collège Jean Moulin, 0305561G

________________________________
De : MailInBlack <rapport@protect.mailinblack.example.com>
Envoyé : jeudi 6 mars 2025 07:00
À : Marc Vidal <marc.vidal@ac-montpellier.fr>
Objet : Rapport de quarantaine

Vous avez 3 messages en attente :
- notifications@support-portal.example.com : [SR-2025-02511] Nouveau commentaire
- notifications@support-portal.example.com : [SR-2025-02511] Demande mise à jour
- lettre@partenaire.example.com : Offre spéciale
""",
  "mailinblack_spam", True, "0305561G", "ticket_portal", False, "fr",
  "A person forwards the MailInBlack quarantine report: the forwarded part is machine text, the outer message is a real question.")

M("gmail", ("Laetitia Bonnet", "laetitia.bonnet@ac-toulouse.fr"),
  "Je dois cliquer sur une image pour recevoir vos mails ?",
  """Bonjour,

Quand quelqu'un m'écrit pour la première fois, notre messagerie lui envoie un message lui demandant de cliquer sur une image pour prouver qu'il est humain. Je pense que c'est pour ça que je ne reçois rien de votre portail. Je ne sais pas quel est le logiciel.

Laetitia Bonnet
""",
  "mailinblack_spam", False, None, "ticket_portal", True, "fr",
  "The sender-authentication challenge is described without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide.")

M("outlook", ("Francis Aubry", "francis.aubry@ac-orleans-tours.fr"),
  "MailInBlack + devis",
  """Bonjour,

Deux sujets :
- les mails de l'Espace Acheteur sont bloqués par MailInBlack chez nous, que faut-il autoriser ?
- et je voudrais un devis pour l'abonnement e-sidoc de l'an prochain.

Collège Ronsard, 0375111E

Francis Aubry, gestionnaire
""",
  "mailinblack_spam", False, "0375111E", "espace_acheteur", True, "fr",
  "Two topics: MailInBlack blocking (first, main) and a quote request (order_billing).")

M("zimbra", ("Yannick Prigent", "yannick.prigent@ac-rennes.fr"),
  "MAILINBLACK : domaine ou adresse ?",
  """Bonjour,

Pour que les notifications du portail de tickets passent MAILINBLACK, vaut-il
mieux autoriser le domaine entier ou seulement l'adresse d'envoi ?

Merci,
Y. Prigent, DANE
""",
  "mailinblack_spam", True, None, "ticket_portal", False, "fr",
  "MAILINBLACK in capitals; allow-list question for portal notifications. Region from ac-rennes.fr.")

M("tb", ("Pauline Renaud", "pauline.renaud@ac-grenoble.fr"),
  "Autorisé dans MailInBlack mais toujours bloqué",
  """Bonjour,

J'ai cliqué sur « Autoriser » dans le message de MailInBlack pour votre
expéditeur, mais les mails suivants du portail d'assistance sont encore mis
de côté.

Pauline Renaud
Collège Jules Flandrin - 0386829S
""",
  "mailinblack_spam", True, "0386829S", "ticket_portal", False, "fr",
  "Clicked 'Autoriser' in MailInBlack but portal mails are still held; the allow-list guide covers it.")

M("gmail", ("Olivia Nguyen", "olivia.nguyen@ac-paris.fr"),
  "Re: [#SUP-006412] Mail de confirmation non reçu",
  """Bonjour,

Merci pour votre réponse. J'ai vérifié le dossier indésirable : rien. Notre informaticien vient de me dire que c'est MailInBlack qui bloque les mails de votre plateforme.

Olivia Nguyen

Le jeu. 23 janv. 2025 à 10:05, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Vérifiez votre dossier de courrier indésirable et ajoutez l'expéditeur
> no-reply à vos contacts.
""",
  "mailinblack_spam", True, None, "ticket_portal", True, "fr",
  "Reply to the junk-folder answer: the IT says MailInBlack blocks; the MailInBlack guide is now the right answer. The thread is about the portal's confirmation mail.",
  reply=True)

M("android", ("Coralie Huet", "coralie.huet@ac-aix-marseille.fr"),
  "Mailinblack",
  """Bloquée par Mailinblack, vous pouvez m'envoyer le guide ? Merci
""",
  "mailinblack_spam", True, None, None, False, "fr",
  "One line from a phone: blocked by Mailinblack; no platform named.")

M("outlook", ("Joëlle Bellance", "joelle.bellance@ac-guadeloupe.fr"),
  "Messages en quarantaine Mailinblack Protect",
  """Bonjour,

Les messages de l'Espace Acheteur arrivent dans la quarantaine « Mailinblack Protect » de notre établissement (9718530V). Je dois les libérer un par un.

Bien cordialement,
Joëlle Bellance
""",
  "mailinblack_spam", True, "9718530V", "espace_acheteur", False, "fr",
  "Mailinblack Protect quarantine; Guadeloupe UAI.", tz="-0400")

M("outlook_html", ("Damien Fournier", "damien.fournier@cc-vallee-verte.example.fr"),
  "Mail de création de mot de passe retenu",
  """Bonjour,

La communauté de communes a installé Mailinblack le mois dernier. Depuis, le mail du portail d'assistance qui doit me permettre de créer mon mot de passe reste bloqué. L'informatique me dit de vous demander la procédure.

Damien Fournier
Service achats
""",
  "mailinblack_spam", True, None, "ticket_portal", False, "fr",
  "HTML-only Outlook; Mailinblack installed by the local authority holds the portal's set-password mail.")

# ---------------------------------------------------------------------------
# account_creation (10)
# ---------------------------------------------------------------------------
M("gmail", ("Florence Jacquet", "florence.jacquet@ac-dijon.fr"),
  "Comment avoir un compte sur le portail de suivi ?",
  """Bonjour,

Je viens d'arriver au service intendance et on me conseille de suivre nos demandes sur votre portail. Comment se crée-t-on un compte ? Je n'ai pas trouvé de bouton « Inscription ».

Florence Jacquet
""",
  "account_creation", True, None, "ticket_portal", False, "fr",
  "How to create a portal account: the standard sign-up answer fits. Region from ac-dijon.fr.")

M("outlook", ("Hervé Collin", "herve.collin@ac-reims.fr"),
  "Accès aux tickets de l'établissement pour ma collègue",
  """Bonjour,

J'ai un compte sur le portail et je vois les tickets du lycée. Ma collègue, adjointe gestionnaire, aurait besoin de voir les mêmes tickets et d'y répondre. Pouvez-vous lui ouvrir les droits ? Son adresse : martine.gilles@ac-reims.fr.

Lycée Clemenceau, 0516594R

Hervé Collin
""",
  "account_creation", False, "0516594R", "ticket_portal", False, "fr",
  "Asks to open rights on the establishment's portal tickets for a colleague: a person must grant them.")

M("tb", ("Morgane Riou", "morgane.riou@ac-rennes.fr"),
  "Compte en attente de validation",
  """Bonjour,

J'ai rempli le formulaire d'inscription de l'Espace Acheteur la semaine
dernière. Quand j'essaie de me connecter, on me répond que mon compte est en
attente de validation. Que dois-je faire ?

Morgane Riou
Collège de Kerichen, 0294555U
""",
  "account_creation", True, "0294555U", "espace_acheteur", False, "fr",
  "Account waiting for the structure administrator's validation (FAQ case).")

M("outlook", ("Serge Bailly", "serge.bailly@ac-amiens.fr"),
  "Qui est notre administrateur ?",
  """Bonjour,

Pour valider mon inscription sur l'Espace Acheteur, il faut l'accord de l'administrateur de structure. Pouvez-vous me dire qui c'est pour le lycée (0802539A) ? Personne ici ne le sait.

Serge Bailly
""",
  "account_creation", False, "0802539A", "espace_acheteur", False, "fr",
  "Asks who the structure's administrator is: needs a look-up, so a person answers.")

M("gmail", ("Oliver Grant", "oliver.grant@bilingual-school-nice.example.org"),
  "New school - buyer account",
  """Good afternoon,

We are a bilingual primary school that opened in September in Nice. We would like to order through your buyer space. How can we open an account? We do not have a UAI yet, only a SIRET number.

Best wishes,
Oliver Grant
Administrator
""",
  "account_creation", False, None, "espace_acheteur", False, "en",
  "English; a new school without a UAI wants a buyer account: eligibility must be checked by a person.")

M("apple", ("Émeline Perrin", "emeline.perrin@ac-clermont.fr"),
  "Pas de compte portail",
  """Bonjour,

Je précise tout de suite : je n'ai pas oublié mon mot de passe, je n'ai simplement jamais eu de compte sur le portail de suivi. On m'a transmis un numéro de ticket (SR-2025-02160) que je voudrais suivre. Comment créer mon accès ?

Émeline Perrin
Collège Jules Ferry, 0632181D
""",
  "account_creation", True, "0632181D", "ticket_portal", True, "fr",
  "Negation: not a lost password, she never had a portal account; account_creation.")

M("outlook_html", ("Agnès Vallet", "agnes.vallet@ac-poitiers.fr"),
  "Ouverture compte client",
  """Bonjour,

Nouvelle gestionnaire, je souhaite ouvrir le compte client de l'établissement pour passer notre première commande d'abonnements e-sidoc. Quelle est la démarche ?

Agnès Vallet
""",
  "account_creation", True, None, "esidoc", False, "fr",
  "HTML-only Outlook: wants to open the customer account before a first order. Region from ac-poitiers.fr.")

M("zimbra", ("Bruno Lagarde", "bruno.lagarde@ac-toulouse.fr"),
  "Établissement introuvable à l'inscription",
  """Bonjour,

Lors de la création du compte client, le formulaire me demande de choisir mon
établissement mais notre UAI (0812291A) ne figure pas dans la liste.
Le lycée a fusionné avec un autre l'an dernier, c'est peut-être la raison.

Bruno Lagarde
""",
  "account_creation", False, "0812291A", "esidoc", False, "fr",
  "The UAI is not in the list when opening the customer account (merged school): a person handles it.")

M("gmail", ("Coline Marty", "coline.marty@ac-montpellier.fr"),
  "Compte portail toujours en attente",
  """Bonjour,

Mon compte sur le portail d'assistance attend la validation du référent de l'établissement depuis dix jours. Le référent est en congé longue maladie jusqu'en juin. Quelqu'un d'autre peut-il valider ?

Lycée Arago, 0661924H

Coline Marty
""",
  "account_creation", False, "0661924H", "ticket_portal", True, "fr",
  "Portal account pending for ten days, the referent is on long leave: the standard 'ask your administrator' answer does not serve; a person must step in.")

M("outlook", ("Ghislaine Renard", "ghislaine.renard@ac-orleans-tours.fr"),
  "Deux comptes administrateur ?",
  """Bonjour,

Nous sommes deux professeures documentalistes à temps partagé au lycée (0454187G). Est-il possible que chacune ait son propre compte administrateur sur e-sidoc plutôt que de partager le même ?

Merci,
Ghislaine Renard
""",
  "account_creation", False, "0454187G", "esidoc", False, "fr",
  "Asks whether two librarians can each have an admin account: a person answers.")

# ---------------------------------------------------------------------------
# subscription_activation (9)
# ---------------------------------------------------------------------------
M("outlook", ("Valentin Royer", "valentin.royer@ac-grenoble.fr"),
  "Cafeyn pas encore visible",
  """Bonjour,

Nous avons commandé l'abonnement Cafeyn hier après-midi et il n'apparaît pas encore dans les ressources du portail. Est-ce normal ?

Collège Le Chamandier, 0383830G

Valentin Royer
""",
  "subscription_activation", True, "0383830G", "esidoc", False, "fr",
  "Subscription ordered yesterday not yet visible: within 72 h.")

M("gmail", ("Marion Chevalier", "marion.chevalier@ac-caen.fr"),
  "Universalis toujours inactif",
  """Bonjour,

La commande Universalis a été validée le 3 mars, nous sommes le 10 et la ressource est toujours inactive. J'avais ouvert un ticket sur le portail sans réponse pour l'instant.

Lycée Malherbe, 0144579B

Marion Chevalier
""",
  "subscription_activation", False, "0144579B", "esidoc", True, "fr",
  "Ordered a week ago, still inactive: past the 72-hour rule, a person must check. A portal ticket is mentioned, but the product concerned is e-sidoc.")

M("tb", ("Sylvain Dubreuil", "sylvain.dubreuil@ac-limoges.fr"),
  "Ressource non visible par les élèves",
  """Bonjour,

L'abonnement Europresse est actif dans notre back-office mais les élèves ne le
voient pas sur le portail. Faut-il le publier quelque part ?

Sylvain Dubreuil
Lycée Gay-Lussac, 0874848X
""",
  "subscription_activation", True, "0874848X", "esidoc", False, "fr",
  "Active resource not visible to pupils: the publication step.")

M("outlook", ("Sarah Mercier", "sarah.mercier@ac-versailles.fr"),
  "Abonnement commandé - j'ai aussi ouvert un ticket",
  """Bonjour,

Notre abonnement Lirtuel a été commandé avant-hier. Je l'ai signalé aussi sur le portail de suivi (SR-2025-02702) mais je préfère doubler par mail : quand sera-t-il disponible ?

Collège Jean Racine, 0789697S

Sarah Mercier
""",
  "subscription_activation", True, "0789697S", "esidoc", True, "fr",
  "Ordered two days ago, within 72 h; mentions a portal ticket, but the mail is about the e-sidoc subscription, so platform esidoc.")

M("outlook", ("Principal Collège Saint-Exupéry", "ce.0743185K@ac-grenoble.fr"),
  "Disponibilité de l'abonnement",
  """Bonjour,

Le principal du collège Saint-Exupéry (0743185K). Nous avons renouvelé lundi l'abonnement à la presse en ligne. Pourriez-vous me dire quand il sera accessible ? Notre documentaliste l'attend pour une séquence avec les 4e.

Cordialement,
R. Favre, principal
""",
  "subscription_activation", True, "0743185K", "esidoc", True, "fr",
  "Written by the principal, but only asks when the subscription will be available: not a head-of-establishment request.")

M("gmail", ("Juliette Arnaud", "juliette.arnaud@ac-aix-marseille.fr"),
  "Abonnement toujours « expiré »",
  """Bonjour,

Nous avons renouvelé notre abonnement hier mais dans « Mes abonnements », il est toujours marqué « expiré ».

Lycée Saint-Charles, 0138531C

Merci,
Juliette Arnaud
""",
  "subscription_activation", True, "0138531C", "esidoc", False, "fr",
  "Renewed subscription still shown as expired; renewal from yesterday.")

M("outlook", ("Gareth Evans", "gareth.evans@ac-bordeaux.fr"),
  "Subscription not showing",
  """Hello,

We ordered the Cafeyn subscription on Monday (today is Wednesday) but it is not showing in our e-sidoc resources yet. Is there anything we need to do on our side?

School: 0337998P

Thanks,
Gareth Evans
""",
  "subscription_activation", True, "0337998P", "esidoc", False, "en",
  "English; subscription ordered two days ago, not yet visible.")

M("zimbra", ("Armelle Quéré", "armelle.quere@ac-rennes.fr"),
  "Europresse - pas un problème de mot de passe",
  """Bonjour,

Je précise : je n'ai aucun souci de connexion, mon mot de passe fonctionne.
C'est la ressource Europresse, commandée jeudi, qui n'apparaît pas dans le
bloc ressources du portail.

Armelle Quéré
Collège Max Jacob, 0297454V
""",
  "subscription_activation", True, "0297454V", "esidoc", True, "fr",
  "Negation: the password works; the resource ordered Thursday is not shown.")

M("android", ("Ophélie Dupuy", "ophelie.dupuy@ac-lyon.fr"),
  "activation",
  """Bonjour, merci d'activer notre abonnement, commande validée hier. Lycée 0699932W. Bonne journée
""",
  "subscription_activation", True, "0699932W", "esidoc", False, "fr",
  "Short phone message: activate the subscription, order validated yesterday.")

# ---------------------------------------------------------------------------
# order_billing (9)
# ---------------------------------------------------------------------------
M("outlook", ("Dominique Lacombe", "dominique.lacombe@ac-bordeaux.fr"),
  "Demande de devis - renouvellement 2025",
  """Bonjour,

Pourriez-vous m'adresser un devis pour le renouvellement de notre abonnement e-sidoc pour l'année 2025-2026 ? J'en ai besoin pour établir le bon d'engagement.

Lycée Montesquieu, 0332961P

Dominique Lacombe
Adjoint gestionnaire
""",
  "order_billing", False, "0332961P", "esidoc", False, "fr",
  "Asks for a quote for the renewal, needed for the bon d'engagement.")

M("gmail", ("Frank Morel", "frank.morel@ac-nice.fr"),
  "Facture absente de Chorus - ticket sans réponse",
  """Bonjour,

Notre commande a été validée il y a un mois et la facture n'est toujours pas déposée sur Chorus Pro. J'ai ouvert un ticket sur votre portail (SR-2025-01920) il y a quinze jours : aucune réponse.

Lycée Masséna, 0062072V

Frank Morel
""",
  "order_billing", False, "0062072V", "esidoc", True, "fr",
  "Invoice missing from Chorus; mentions an unanswered portal ticket, but the request is about billing (order_billing), product e-sidoc.")

M("outlook_html", ("Marie-Claude Fabre", "mc.fabre@ac-montpellier.fr"),
  "Montant de la facture différent du devis",
  """Bonjour,

La facture n° F-2025-00418 indique 1 284,00 € TTC alors que le devis signé était de 1 164,00 € TTC. Pouvez-vous vérifier et nous envoyer une facture rectifiée ?

Collège Les Garrigues, 0347602D

Marie-Claude Fabre
""",
  "order_billing", False, "0347602D", "esidoc", False, "fr",
  "HTML-only Outlook (windows-1252 with euro sign): invoice amount differs from the quote.")

M("tb", ("Henri Baptiste", "henri.baptiste@ac-guadeloupe.fr"),
  "TR: Relance facture impayée",
  """Bonjour,

Je reçois cette relance alors que la facture a été réglée par mandat
administratif le 12 décembre. Pouvez-vous vérifier de votre côté ?

Lycée Baimbridge, 9716139W

-------- Message transféré --------
Sujet : Relance facture impayée
Date : Mon, 13 Jan 2025 08:00:04 +0100
De : Comptabilité <compta@assistance.example.fr>

Sauf erreur de notre part, la facture F-2024-03311 reste impayée.
""",
  "order_billing", False, "9716139W", "esidoc", False, "fr",
  "Forward of a payment reminder for an invoice already paid.", tz="-0400")

M("gmail", ("Nora Benhamou", "nora.benhamou@ac-lille.fr"),
  "Panier disparu",
  """Bonjour,

J'avais préparé un panier complet sur l'Espace Acheteur avant les vacances et il a disparu. Y a-t-il un moyen de le récupérer ?

Collège Verlaine, 0592564S

Nora Benhamou
""",
  "order_billing", False, "0592564S", "espace_acheteur", False, "fr",
  "The saved basket disappeared.")

M("outlook", ("Olivier Fleury", "olivier.fleury@ac-poitiers.fr"),
  "Impossible de joindre le bon d'engagement",
  """Bonjour,

À la validation de la commande, le dépôt du bon d'engagement échoue avec le message « format non accepté ». C'est pourtant un PDF (ci-joint).

Lycée Camille Guérin, 0860303M

Olivier Fleury
""",
  "order_billing", False, "0860303M", "esidoc", False, "fr",
  "The bon d'engagement upload fails at order validation; PDF attached.",
  attach=("bon_engagement_0860303M.pdf", "application/pdf"))

M("outlook", ("Claire Whitaker", "claire.whitaker@ecole-internationale.example.fr"),
  "RE: Invoice F-2025-00207",
  """Hello,

Could you please re-issue this invoice addressed to our accounting department rather than to the library? The address is: Service comptable, 12 avenue des Tilleuls.

Many thanks,
Claire

From: Facturation <facturation@assistance.example.fr>
Sent: Thursday, February 6, 2025 9:12 AM
To: Claire Whitaker <claire.whitaker@ecole-internationale.example.fr>
Subject: Invoice F-2025-00207

Please find attached invoice F-2025-00207.
""",
  "order_billing", False, None, "esidoc", False, "en",
  "English Outlook reply asking to address the invoice to the accounting department.",
  reply=True)

M("zimbra", ("Ginette Laporte", "ginette.laporte@ac-nantes.fr"),
  "Coordonnées bancaires pour paiement",
  """Bonjour,

Pour régler votre facture par virement, pouvez-vous me transmettre votre RIB
ainsi que votre numéro SIRET ? Notre agence comptable en a besoin.

Lycée Clemenceau, 0444648N

G. Laporte
""",
  "order_billing", False, "0444648N", "esidoc", False, "fr",
  "Asks for bank details and SIRET to pay an invoice by transfer; payment of the shop's invoice (esidoc, as in the dev labels).")

M("gmail", ("Yves Tanguy", "yves.tanguy@ac-rennes.fr"),
  "Facture reçue en double",
  """Bonjour,

Nous avons reçu deux fois la même facture (F-2025-00533), une par courrier et une par Chorus avec un autre numéro. Pourriez-vous annuler le doublon ?

Collège Anita Conti, 0564550S

Yves Tanguy
""",
  "order_billing", False, "0564550S", "esidoc", False, "fr",
  "Invoice received twice with different numbers; asks to cancel the duplicate.")

# ---------------------------------------------------------------------------
# transfer_incident (9)
# ---------------------------------------------------------------------------
M("outlook", ("Thomas Lemaire", "thomas.lemaire@ac-lyon.fr"),
  "Transferts EcoleDirecte bloqués - ticket SR-2025-02105",
  """Bonjour,

Les transferts vers EcoleDirecte sont bloqués depuis jeudi : les parents ne voient plus les absences. J'ai ouvert le ticket SR-2025-02105 sur le portail mais il est toujours « Nouveau ». C'est urgent avec les conseils de classe la semaine prochaine.

Thomas Lemaire
Collège Jean Mermoz, 0691830P
""",
  "transfer_incident", False, "0691830P", "ecoledirecte", True, "fr",
  "EcoleDirecte transfers blocked; a portal ticket is mentioned, but the mail is about the transfer, so platform ecoledirecte.")

M("tb", ("Aline Moreau", "aline.moreau@ecole-saintjoseph.example.fr"),
  "Licence expirée au démarrage",
  """Bonjour,

Ce matin le logiciel affiche « Licence expirée » au lancement et plus aucun
transfert ne part vers EcoleDirecte. Pouvez-vous régénérer la licence ?

Aline Moreau
Secrétariat - École Saint-Joseph
""",
  "transfer_incident", False, None, "ecoledirecte", False, "fr",
  "'Licence expirée' at start-up: licence to regenerate.")

M("android", ("Benoît Carpentier", "benoit.carpentier@ensemble-scolaire-stjean.example.fr"),
  "mot de passe maintenance",
  """Bonjour pouvez vous me donner le mot de passe de maintenance du jour ? Je dois relancer la réindexation de la base. Merci
""",
  "transfer_incident", False, None, "ecoledirecte", True, "fr",
  "Asks for the daily maintenance password: transfer_incident per the taxonomy, not password_reset.")

M("outlook", ("Service informatique Lycée Sévigné", "informatique@lycee-sevigne.example.fr"),
  "Nouveau pare-feu et transferts",
  """Bonjour,

Nous avons changé de pare-feu pendant les vacances. Depuis, le diagnostic de l'outil de transfert échoue au test de connexion. Quels ports et quelles adresses faut-il ouvrir ? Faut-il renseigner le proxy quelque part ?

Établissement 0597342K

Le service informatique
""",
  "transfer_incident", False, "0597342K", "ecoledirecte", False, "fr",
  "New firewall: transfer connection test fails; asks for ports/proxy settings.")

M("gmail", ("Christelle Guillot", "christelle.guillot@ac-nancy-metz.fr"),
  "Notes non visibles depuis trois jours",
  """Bonjour,

Depuis lundi les notes saisies dans le logiciel ne remontent plus sur EcoleDirecte. La dernière synchronisation réussie date de vendredi soir.

Collège Louis Pasteur, 0542247Z

Christelle Guillot
""",
  "transfer_incident", False, "0542247Z", "ecoledirecte", False, "fr",
  "Grades no longer reach EcoleDirecte for three days.")

M("outlook", ("Pierre-Yves Lebrun", "py.lebrun@institution-stmalo.example.fr"),
  "Réinitialisation de la réplication après restauration",
  """Bonjour,

Suite à une panne disque, nous avons restauré la base de la veille. Depuis, la réplication vers EcoleDirecte est en erreur. Il faudrait, je crois, réinitialiser la réplication de votre côté. Capture jointe.

Pierre-Yves Lebrun
""",
  "transfer_incident", False, None, "ecoledirecte", False, "fr",
  "Replication re-initialisation needed after a restore; screenshot attached.",
  attach=("erreur_replication.png", "image/png"))

M("zimbra", ("Maryse Delorme", "maryse.delorme@ecole-ste-marie.example.fr"),
  "Antivirus et Charlemagne",
  """Bonjour,

Notre nouvel antivirus met en quarantaine l'exécutable des outils de
transfert. Résultat : plus aucun envoi vers EcoleDirecte. Quels fichiers
faut-il exclure ?

Maryse Delorme
""",
  "transfer_incident", False, None, "ecoledirecte", False, "fr",
  "Antivirus quarantines the transfer tools, so transfers stop.")

M("gmail", ("Ludivine Caron", "ludivine.caron@lycee-prive-stpaul.example.fr"),
  "Re: [SR-2025-02318] Votre demande a été mise à jour",
  """Bonjour,

J'ai appliqué la manipulation indiquée dans le ticket (suppression du dossier temporaire puis relance), mais le transfert des absences échoue toujours avec le même code d'erreur 0x12.

Je ne peux pas rouvrir le ticket depuis le portail, d'où ce mail.

Ludivine Caron

Le mar. 11 mars 2025 à 17:02, Portail Assistance <notifications@support-portal.example.com> a écrit :
> Votre demande SR-2025-02318 a été mise à jour.
> « Supprimez le dossier Temp de l'outil de transfert puis relancez-le. »
> Statut : Résolue
""",
  "transfer_incident", False, None, "ecoledirecte", True, "fr",
  "Reply to a portal notification: the suggested fix did not work, the absences transfer still fails. About the transfer, not the portal.",
  reply=True)

M("android", (None, "vie.scolaire.stjoseph@orange.fr"),
  "transferts",
  """Bonjour les transferts vers ecoledirecte ne passent plus depuis ce matin, message "serveur injoignable". Merci de nous rappeler
""",
  "transfer_incident", False, None, "ecoledirecte", False, "fr",
  "Short phone message: transfers to EcoleDirecte fail, server unreachable.")

# ---------------------------------------------------------------------------
# contract_documents (6)
# ---------------------------------------------------------------------------
M("outlook", ("Véronique Lambert", "veronique.lambert@ac-strasbourg.fr"),
  "Documents du marché introuvables",
  """Bonjour,

Je ne retrouve plus les pièces du marché 2022-041 (ressources numériques) dans « Mes Marchés » de l'Espace Acheteur. Elles y étaient encore en janvier.

Lycée Kléber, 0676053R

Véronique Lambert
""",
  "contract_documents", False, "0676053R", "espace_acheteur", False, "fr",
  "Market documents no longer found in 'Mes Marchés'.")

M("gmail", ("Raphaël Girard", "raphael.girard@ac-lyon.fr"),
  "Avenant n°3 manquant",
  """Bonjour,

L'avenant n°3 au marché de fournitures est annoncé dans votre courrier du 2 février, mais je ne le vois pas dans les documents contractuels en ligne.

Raphaël Girard
""",
  "contract_documents", False, None, "espace_acheteur", False, "fr",
  "Amendment no. 3 missing from the contract documents. Region from ac-lyon.fr.")

M("tb", ("Cécile Barbier", "cecile.barbier@ac-nice.fr"),
  "CCAP du marché 2024-087",
  """Bonjour,

Où puis-je trouver le CCAP du marché 2024-087 (papeterie) ? Il n'apparaît
pas dans la liste des documents du marché sur l'Espace Acheteur.

Cécile Barbier
Collège Fontaine de Vaucluse, 0831024M
""",
  "contract_documents", False, "0831024M", "espace_acheteur", False, "fr",
  "CCAP not found for a market.")

M("outlook", ("Laurence Pichon", "laurence.pichon@ac-nantes.fr"),
  "Convention d'adhésion vide",
  """Bonjour,

Quand j'ouvre la convention d'adhésion depuis l'Espace Acheteur, le PDF s'affiche entièrement blanc. J'ai essayé avec deux navigateurs.

Lycée Douanier Rousseau, 0853179U

Laurence Pichon
""",
  "contract_documents", False, "0853179U", "espace_acheteur", False, "fr",
  "The membership convention opens as a blank document.")

M("gmail", ("Alexandre Fournier", "alexandre.fournier@ac-versailles.fr"),
  "Re: [#SUP-006090] Pièces du marché",
  """Bonjour,

Malgré votre réponse de la semaine dernière, je ne vois toujours pas l'acte d'engagement du marché 2023-019 dans mes documents. Mon compte a bien les droits « consultation des marchés », j'ai vérifié avec notre administratrice.

Lycée Hoche, 0781302S

Alexandre Fournier

Le ven. 7 févr. 2025 à 11:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> Les pièces du marché sont visibles dans « Mes Marchés » pour les comptes
> disposant du droit de consultation.
""",
  "contract_documents", False, "0781302S", "espace_acheteur", False, "fr",
  "Follow-up reply: the market document is still missing after the first answer.",
  reply=True)

M("outlook", ("Mélanie Roussel", "melanie.roussel@ac-amiens.fr"),
  "Ticket SR-2025-02455 : documents introuvables",
  """Bonjour,

Dans le ticket SR-2025-02455, on me répond sur le portail que les documents du marché « ressources pédagogiques » sont disponibles dans l'Espace Acheteur. Je ne les vois pas : la rubrique « Documents » du marché est vide de mon côté.

Mélanie Roussel
Lycée Madeleine Michelis, 0802010A
""",
  "contract_documents", False, "0802010A", "espace_acheteur", True, "fr",
  "About a portal ticket, but what is needed is access to market documents in the Espace Acheteur: contract_documents, platform espace_acheteur.")

# ---------------------------------------------------------------------------
# Wrapping: headers and MIME structure per mail client
# ---------------------------------------------------------------------------
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789ABCDEF"


def rs(n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def fmt_addr(name, addr):
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def qp(text, charset="utf-8"):
    raw = text.encode(charset, errors="xmlcharrefreplace")
    return quopri.encodestring(raw).decode("ascii")


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def to_html(text, outlook=False, charset="utf-8"):
    out, quote = [], []

    def flush():
        if quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       + "<br>\n".join(html.escape(q, quote=False) for q in quote) + "</blockquote>")
            quote.clear()
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line[1:].lstrip())
            continue
        flush()
        if outlook:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (html.escape(line, quote=False) or "&nbsp;"))
        else:
            out.append("<div>%s</div>" % (html.escape(line, quote=False) or "<br>"))
    flush()
    body = "\n".join(out)
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                '</head><body lang="FR" link="#0563C1"><div class="WordSection1">\n' + body +
                "\n</div></body></html>\n")
    return '<div dir="ltr">' + body + "</div>\n"


def pick_date(tz):
    start = datetime.datetime(2024, 9, 2)
    while True:
        d = start + datetime.timedelta(days=rng.randint(0, 300))
        if d.weekday() < 5 or rng.random() < 0.15:
            break
    d = d.replace(hour=rng.randint(7, 19), minute=rng.randint(0, 59), second=rng.randint(0, 59))
    if tz is None:
        tz = "+0200" if 4 <= d.month <= 10 and not (d.month == 10 and d.day > 26) else "+0100"
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return d.replace(tzinfo=datetime.timezone(off))


def message_id(style, addr, when):
    dom = addr.rsplit("@", 1)[-1]
    if style in ("gmail",):
        return "<CA%s@mail.gmail.com>" % rs(44)
    if style in ("outlook", "outlook_html"):
        return "<%s@PR%dP264MB%d.FRAP264.PROD.OUTLOOK.COM>" % (rs(36, HEX), rng.randint(0, 3), rng.randint(1000, 9999))
    if style == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7), int(when.timestamp() * 1000), dom)
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (rs(8, HEX), rs(4, HEX), rs(4, HEX), rs(4, HEX), rs(12, HEX), dom)
    if style == "portal":
        return "<portal.%d.%d@%s>" % (rng.randint(10 ** 5, 10 ** 6), int(when.timestamp()), dom)
    return "<%s.%s@%s>" % (rs(12, HEX).lower(), rs(8, HEX).lower(), dom)


def received(addr, when, auth, style):
    dom = addr.rsplit("@", 1)[-1]
    host = {"gmail": "mail-wr1-f%d.google.com" % rng.randint(10, 99),
            "outlook": "PAUP264CU00%d.outbound.protection.outlook.com" % rng.randint(1, 9),
            "outlook_html": "MRZP264CU00%d.outbound.protection.outlook.com" % rng.randint(1, 9),
            "zimbra": "smtp%d.%s" % (rng.randint(1, 4), dom)}.get(style, "mail.%s" % dom)
    ip = "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(2, 250))
    stamp = format_datetime(when + datetime.timedelta(seconds=rng.randint(2, 40)))
    lines = ["Received: from %s (%s [%s])" % (host, host, ip),
             "\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s" % rs(15),
             "\tfor <support@assistance.example.fr>; %s" % stamp]
    if auth == "fail":
        lines += ["Authentication-Results: mx1.assistance.example.fr;",
                  "\tdkim=none;", "\tspf=fail smtp.mailfrom=%s;" % dom,
                  "\tdmarc=fail (p=quarantine dis=none) header.from=%s" % dom]
    elif auth == "none":
        lines += ["Authentication-Results: mx1.assistance.example.fr;",
                  "\tdkim=none;", "\tspf=pass smtp.helo=%s;" % host, "\tdmarc=none"]
    else:
        lines += ["Authentication-Results: mx1.assistance.example.fr;",
                  "\tdkim=pass (2048-bit key) header.d=%s;" % dom,
                  "\tspf=pass smtp.mailfrom=%s;" % dom,
                  "\tdmarc=pass (p=none dis=none) header.from=%s" % dom]
    return lines


def boundary(style):
    if style == "gmail":
        return "000000000000" + rs(16, "0123456789abcdef")
    if style.startswith("outlook"):
        return "_000_%s_" % rs(28, HEX)
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s" % (rs(8, HEX), rs(4, HEX), rs(4, HEX))
    return "=_" + rs(32, "0123456789abcdef")


def alt_part(text, style, html_text=None):
    """Return (content-type header line(s), body) for the text/html alternative."""
    b = boundary(style)
    html_text = html_text or to_html(text, outlook=style.startswith("outlook"))
    t_cte, t_body = "quoted-printable", qp(text)
    h_cte, h_body = "quoted-printable", qp(html_text)
    if style == "portal":
        t_cte, t_body = "8bit", text
    ct = 'Content-Type: multipart/alternative;\n boundary="%s"' % b
    body = ("--%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: %s\n\n%s\n"
            "--%s\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: %s\n\n%s\n--%s--\n"
            % (b, t_cte, t_body, b, h_cte, h_body, b))
    return ct, body


def fake_bytes(name, ctype):
    seed = sum(map(ord, name))
    r = random.Random(seed)
    if ctype == "application/pdf":
        head = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        return head + bytes(r.randrange(256) for _ in range(600)) + b"\n%%EOF\n"
    if ctype == "image/png":
        return b"\x89PNG\r\n\x1a\n" + bytes(r.randrange(256) for _ in range(500))
    return b"PK\x03\x04" + bytes(r.randrange(256) for _ in range(400))


def attachment_part(b, name, ctype):
    enc_name = name
    return ("--%s\nContent-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
            "Content-Transfer-Encoding: base64\n\n%s\n" % (b, ctype, enc_name, enc_name, b64(fake_bytes(name, ctype))))


def build(m):
    style, (name, addr), kw = m["style"], m["frm"], m["kw"]
    when = pick_date(kw.get("tz"))
    mid = message_id(style, addr, when)
    auth = kw.get("auth", "pass")
    if style == "raw" and "report" in kw and m["frm"][1].startswith("MAILER"):
        auth = "none"
    h = []
    h.append("Return-Path: <%s>" % ("" if kw.get("null_return") else addr))
    h.append("Delivered-To: support@assistance.example.fr")
    h += received(addr, when, auth, style)
    h.append("From: " + fmt_addr(name, addr))
    to = kw.get("to")
    if to:
        h.append("To: " + to)
    else:
        h.append("To: " + rng.choice(["Assistance <support@assistance.example.fr>",
                                       "support@assistance.example.fr",
                                       "\"Support\" <support@assistance.example.fr>"]))
    if kw.get("cc"):
        h.append("Cc: " + kw["cc"])
    if kw.get("reply_to"):
        h.append("Reply-To: " + kw["reply_to"])
    h.append("Subject: " + enc_header(m["subject"]))
    if style.startswith("outlook"):
        h.append("Thread-Topic: " + enc_header(m["subject"].split(": ", 1)[-1]))
        h.append("Thread-Index: " + base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode())
    h.append("Date: " + format_datetime(when))
    h.append("Message-ID: " + mid)
    if kw.get("reply"):
        ref = "<ticket.%d.%s@assistance.example.fr>" % (rng.randint(5000, 7000), rs(10, HEX).lower())
        h.append("In-Reply-To: " + ref)
        h.append("References: " + ref)
    if style.startswith("outlook"):
        h.append("Accept-Language: fr-FR, en-US")
        h.append("Content-Language: " + ("en-US" if m["lang"] == "en" else "fr-FR"))
        h.append("X-MS-Has-Attach: " + ("yes" if kw.get("attach") else ""))
    elif style == "tb":
        h.append("User-Agent: Mozilla Thunderbird")
    elif style == "zimbra":
        h.append("X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF128 (Win)/9.0.0_GA_4546)")
    elif style == "apple":
        h.append("X-Mailer: " + ("iPhone Mail (22D72)" if "iPhone" in m["body"] else "Apple Mail (2.3826.400.131.1.6)"))
    elif style == "android":
        h.append("X-Mailer: " + rng.choice(["Samsung Mail", "K-9 Mail for Android", "Outlook for Android"]))
    for k, v in kw.get("extra", []):
        h.append("%s: %s" % (k, v))
    h.append("MIME-Version: 1.0")

    text = m["body"]
    attach = kw.get("attach")
    raw_body = None  # bytes
    if style in ("gmail", "outlook", "apple", "zimbra", "portal"):
        ct, body = alt_part(text, style)
        if attach:
            b = boundary(style)
            body = ("--%s\n%s\n\n%s\n%s--%s--\n" % (b, ct, body, attachment_part(b, *attach), b))
            ct = 'Content-Type: multipart/mixed;\n boundary="%s"' % b
        h.append(ct)
        raw_body = body.encode("utf-8")
    elif style == "outlook_html":
        cs = "windows-1252"
        h.append('Content-Type: text/html; charset="%s"' % cs)
        h.append("Content-Transfer-Encoding: quoted-printable")
        raw_body = qp(to_html(text, outlook=True, charset=cs), cs).encode("ascii")
    elif style == "tb":
        if attach:
            b = boundary(style)
            h.append('Content-Type: multipart/mixed; boundary="%s"' % b)
            raw_body = ("This is a multi-part message in MIME format.\n--%s\nContent-Type: text/plain; charset=UTF-8; format=flowed\n"
                        "Content-Transfer-Encoding: 8bit\n\n%s\n%s--%s--\n" % (b, text, attachment_part(b, *attach), b)).encode("utf-8")
        else:
            h.append("Content-Type: text/plain; charset=UTF-8; format=flowed")
            h.append("Content-Transfer-Encoding: 8bit")
            raw_body = text.encode("utf-8")
    elif style == "android":
        h.append('Content-Type: text/plain; charset="UTF-8"')
        h.append("Content-Transfer-Encoding: base64")
        raw_body = (b64(text.encode("utf-8")) + "\n").encode("ascii")
    elif style == "plain":
        if rng.random() < 0.5:
            h.append("Content-Type: text/plain; charset=utf-8")
            h.append("Content-Transfer-Encoding: 8bit")
            raw_body = text.encode("utf-8")
        else:
            h.append("Content-Type: text/plain; charset=iso-8859-1")
            h.append("Content-Transfer-Encoding: quoted-printable")
            raw_body = qp(text, "iso-8859-1").encode("ascii")
    elif style == "html_news":
        hb = ("<html><body style=\"font-family:Arial\"><table width=\"600\"><tr><td>\n"
              + "\n".join("<p>%s</p>" % html.escape(p, quote=False) for p in text.strip().split("\n") if p)
              + "\n</td></tr></table></body></html>\n")
        ct, body = alt_part(text, "gmail", html_text=hb)
        h.append(ct)
        raw_body = body.encode("utf-8")
    elif style == "raw":
        b = boundary("x")
        if "report" in kw:
            rtype, report, orig_subject = kw["report"]
            report = report.replace("{date}", format_datetime(when))
            h.append('Content-Type: multipart/report; report-type=%s;\n boundary="%s"' % (rtype, b))
            parts = ["--%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n" % (b, qp(text)),
                     "--%s\nContent-Type: message/%s\n\n%s\n" % (b, rtype, report)]
            if orig_subject:
                parts.append("--%s\nContent-Type: text/rfc822-headers\n\nFrom: Assistance <support@assistance.example.fr>\n"
                             "To: someone\nSubject: %s\nMessage-ID: <ticket.%d@assistance.example.fr>\n\n"
                             % (b, enc_header(orig_subject), rng.randint(5000, 7000)))
            raw_body = ("".join(parts) + "--%s--\n" % b).encode("ascii")
        else:
            zname = kw["zipfile"]
            h.append('Content-Type: multipart/mixed; boundary="%s"' % b)
            raw_body = ("--%s\nContent-Type: text/plain; charset=us-ascii\n\n%s\n--%s\nContent-Type: application/zip; name=\"%s\"\n"
                        "Content-Disposition: attachment; filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n"
                        % (b, text, b, zname, zname, b64(fake_bytes(zname, "application/zip")), b)).encode("ascii")
    else:
        raise ValueError(style)
    head = "\n".join(h).encode("utf-8")
    return head + b"\n\n" + raw_body


# ---------------------------------------------------------------------------
# Write and check
# ---------------------------------------------------------------------------
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def main():
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    labels = []
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        fname = "h%03d.eml" % n
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(build(m))
        labels.append({
            "file": fname, "category": m["cat"], "auto_reply_ok": m["ok"],
            "uai": m["uai"], "region": region_of(m["uai"], m["frm"][1]),
            "platform": m["plat"], "hard": m["hard"], "lang": m["lang"],
            "notes": m["notes"],
        })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(HERE) if f.startswith("h") and f.endswith(".eml"))
    assert len(rows) == 150, len(rows)
    assert files == ["h%03d.eml" % i for i in range(1, 151)], files[:3]
    assert [r["file"] for r in rows] == files
    for r in rows:
        assert list(r) == KEYS, r
        assert r["category"] in CATEGORIES, r
        assert r["platform"] in PLATFORMS, r
        assert r["lang"] in ("fr", "en"), r
        assert isinstance(r["auto_reply_ok"], bool) and isinstance(r["hard"], bool), r
        if r["category"] not in AUTO_ALLOWED:
            assert r["auto_reply_ok"] is False, r
        with open(os.path.join(HERE, r["file"]), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Message-ID"] and msg["Date"], r["file"]
        assert "support@assistance.example.fr" in raw.decode("utf-8", "replace"), r["file"]
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None and body.get_content().strip(), r["file"]
        sender = msg["From"].addresses[0].addr_spec.lower()
        # full decoded text, to find the UAI
        texts = [str(msg["Subject"]), sender]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                texts.append(part.get_content())
        full = "\n".join(texts).upper()
        if r["uai"] is not None:
            assert uai_ok(r["uai"]), r
            assert r["uai"] in full, r
            assert r["region"] == DEP2REGION[r["uai"][:3]], r
        else:
            dom = sender.rsplit("@", 1)[-1]
            assert r["region"] == DOM2REGION.get(dom), r
    print("ok: 150 mails, labels checked")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""holdout100: 150 hand-written mails, a mixed ordinary week in Auvergne-Rhône-Alpes
and Provence-Alpes-Côte d'Azur. Standard library only, deterministic.
Every mail text below is written by hand; this script only wraps each text in
headers and a transfer encoding, writes h001.eml … h150.eml and labels.jsonl,
then re-reads everything and checks it."""
import email, json, os, random, re, html
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(100100)
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
DESK = "support@assistance.example.fr"
CATS = ["password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
        "subscription_activation", "head_of_establishment_request", "order_billing",
        "contract_documents", "transfer_incident", "automated", "other"]
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
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
    "guadeloupe": ("971", "ac-guadeloupe.fr"), "martinique": ("972", "ac-martinique.fr"),
    "guyane": ("973", "ac-guyane.fr"), "la-reunion": ("974", "ac-reunion.fr"), "mayotte": ("976", "ac-mayotte.fr"),
}
DEP2REG, DOM2REG = {}, {}
for _r, (_d, _m) in REGIONS.items():
    for x in _d.split():
        DEP2REG[x if len(x) == 3 else "0" + x] = _r
    for x in _m.split():
        DOM2REG[x] = _r


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


def region_for(uai, sender):
    if uai:
        return DEP2REG.get(uai[:3])
    dom = sender.rsplit("@", 1)[-1].lower().rstrip(">") if sender else ""
    return DOM2REG.get(dom)


CLIENTS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", "fr-FR")],
    "owa": [("X-MS-Exchange-Organization-AuthAs", "Internal"), ("Content-Language", "fr-FR")],
    "gmail": [],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "apple": [("X-Mailer", "Apple Mail (2.3774.600.62)")],
    "iphone": [("X-Mailer", "iPhone Mail (21G93)")],
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_GA_4608 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4608)")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.6")],
    "android": [("X-Mailer", "Samsung Email")],
    "robot": [],
    "generic": [],
}

MAILS = []


def M(cat, auto, uai, plat, hard, lang, notes, frm, subj, body, **o):
    MAILS.append(dict(cat=cat, auto=auto, uai=uai, plat=plat, hard=hard, lang=lang,
                      notes=notes, frm=frm, subj=subj, body=body, o=o))

# ---------------------------------------------------------------- password_reset (23)
M("password_reset", True, "0697343G", "esidoc", False, "fr",
  "Lost e-sidoc back-office password, UAI given in the body.",
  "Sandrine Fayolle <sandrine.fayolle@ac-lyon.fr>", "mot de passe e-sidoc",
  """Bonjour,

Je n'arrive plus à me connecter à l'administration de notre portail e-sidoc, le mot de passe est refusé depuis lundi.
Notre identifiant est 0697343G (collège Les Battières, Lyon 5e).
Pouvez-vous me renvoyer un lien pour le réinitialiser ?

Merci d'avance,
Sandrine Fayolle
Professeure documentaliste
""", client="thunderbird")

M("password_reset", True, "0135353Y", "esidoc", False, "fr",
  "No accents, abbreviation 'mdp', forgot the e-sidoc password; UAI given.",
  "Karim Benali <karim.benali@ac-aix-marseille.fr>", "mdp oublie",
  """bjr
j ai oublie le mdp du portail esidoc du lycee, uai 0135353Y
vous pouvez me renvoyer un lien svp
merci
Karim B. - doc lycee Marseille
""", client="android")

M("password_reset", True, "0386712P", "esidoc", False, "fr",
  "Account locked after too many attempts on e-sidoc; UAI in the signature only.",
  "Mme Berthier Odile <odile.berthier@ac-grenoble.fr>", "Compte bloqué",
  """Bonjour,

Après plusieurs essais infructueux, notre compte d'administration e-sidoc est bloqué (message « compte verrouillé »). Serait-il possible de le débloquer ou de me faire parvenir un nouveau mot de passe ?

Bien à vous

Odile Berthier
CDI – Collège Le Grand Som, Saint-Laurent-du-Pont
RNE : 0386712P
""", client="zimbra", fmt="alt")

M("password_reset", True, "0062411N", "espace_acheteur", True, "fr",
  "Forgotten Espace Acheteur password; the UAI appears only in the ce. sender address.",
  "Secrétariat intendance <ce.0062411N@ac-nice.fr>", "Identifiants Espace Acheteur",
  """Bonjour,

Notre gestionnaire a changé cet été et nous ne retrouvons plus le mot de passe de l'Espace Acheteur. L'identifiant semble correct mais le mot de passe ne passe pas.
Merci de nous indiquer comment le réinitialiser.

Cordialement,
Le secrétariat d'intendance
""", client="outlook", fmt="alt", cte="quoted-printable")

M("password_reset", True, "0422628D", "esidoc", False, "en",
  "English: reset link expired before use, e-sidoc, UAI given.",
  "Fiona McAllister <fiona.mcallister@gmail.com>", "Reset link expired",
  """Hello,

I'm the librarian at the international section of Lycée Fauriel in Saint-Étienne (UAI 0422628D). I requested a new password for e-sidoc yesterday but only opened the mail this morning and the link says it has expired.
Could you send me a fresh one?

Many thanks,
Fiona
""", client="gmail")

M("password_reset", True, "0745549E", "esidoc", True, "fr",
  "UAI written in lower case with spaces ('0745 549 e'); still a plain e-sidoc password loss.",
  "Jérôme Pollet <jerome.pollet@ac-grenoble.fr>", "Re: accès portail",
  """Bonjour,

je ne connais pas le mot de passe du compte admin e-sidoc, ma collègue partie à la retraite ne l'a pas transmis.
notre code établissement : 0745 549 e

Jérôme Pollet
documentaliste, collège d'Évian
""", client="roundcube")

M("password_reset", True, "0139590D", "ecoledirecte", False, "fr",
  "Lost identifier (not password) for the EcoleDirecte admin space; asks how to get it back.",
  "Nathalie Giraud <n.giraud@ecole-stemarie13.fr>", "Identifiant perdu",
  """Bonjour,

Je ne retrouve plus l'identifiant de connexion à l'espace d'administration EcoleDirecte de notre établissement (Institution Sainte-Marie, 0139590D). J'ai le mot de passe noté mais pas l'identifiant !
Comment puis-je le récupérer ?

Merci
Nathalie Giraud, secrétariat de direction
""", client="outlook", fmt="html")

M("password_reset", True, "0153350K", "esidoc", True, "fr",
  "Negation: 'ce n'est pas l'activation qui pose problème, c'est le mot de passe'; the link works, the password does not.",
  "Aurélie Vidal <aurelie.vidal@ac-clermont.fr>", "Connexion admin",
  """Bonjour,

Ce n'est pas le mail d'activation qui pose problème (je l'ai bien reçu l'an dernier), c'est le mot de passe : il n'est plus reconnu depuis la mise à jour de vendredi.
Etablissement : collège de la Châtaigneraie, 0153350K.

Cordialement
A. Vidal
""", client="zimbra")

M("password_reset", False, "0831982D", "esidoc", True, "fr",
  "Asks for the password to be sent to her personal Gmail address, which is not on file: a person must handle it.",
  "Mélanie Roux <melanie.roux83@gmail.com>", "nouveau mot de passe",
  """Bonjour,
je suis la nouvelle documentaliste du collège Font de Fillol (0831982D). Je n'ai pas le mot de passe du portail e-sidoc. Pouvez-vous me l'envoyer directement sur cette adresse gmail ? Je n'ai pas encore accès à ma boîte académique.
Merci beaucoup
Mélanie
""", client="iphone")

M("password_reset", True, "0632736G", "esidoc", False, "fr",
  "Password expired message on e-sidoc back office.",
  "Pierre-Yves Chassaing <pierre-yves.chassaing@ac-clermont.fr>", "Mot de passe expiré",
  """Bonjour,

En me connectant ce matin, j'ai eu le message « votre mot de passe a expiré » sur l'admin e-sidoc mais la page de changement ne s'affiche pas.
UAI 0632736G, lycée Blaise Pascal, Clermont-Ferrand.

Bonne journée
PY Chassaing
""", client="thunderbird", cte="quoted-printable")

M("password_reset", False, "0262923L", "esidoc", True, "fr",
  "Reply quoting the automatic reset answer: the link went to the school mailbox nobody can open; a person must take over.",
  "Laure Méjean <laure.mejean@ac-grenoble.fr>", "RE: [Assistance] Mot de passe e-sidoc",
  """Bonjour,

Merci pour votre réponse, mais le lien est parti sur l'adresse ce. du collège et personne au secrétariat n'arrive à l'ouvrir (la boîte est pleine et la secrétaire est en arrêt).
Comment faire ?

Laure Méjean
Collège Jean Macé, Portes-lès-Valence – 0262923L

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 14 octobre 2024 09:12
À : Laure Méjean <laure.mejean@ac-grenoble.fr>
Objet : [Assistance] Mot de passe e-sidoc

Bonjour,
Un lien de réinitialisation a été envoyé à l'adresse officielle de l'établissement (ce.02*****@ac-grenoble.fr).
Cordialement,
L'assistance
""", client="outlook", reply=True)

M("password_reset", True, "0848593J", "esidoc", False, "en",
  "English, short: forgot e-sidoc password, UAI given.",
  "Tom Harding <t.harding@ac-aix-marseille.fr>", "Forgot password",
  """Hi,
Forgot my e-sidoc admin password again, sorry. School code 0848593J (Avignon).
Can you reset it?
Thanks, Tom
""", client="apple")

M("password_reset", True, "0017528C", "espace_acheteur", False, "fr",
  "Gestionnaire locked out of the Espace Acheteur, asks for a reset.",
  "Francois Perrier <francois.perrier@ac-lyon.fr>", "Acces espace acheteur impossible",
  """Bonjour

Impossible de me connecter a l'espace acheteur depuis ce matin : "identifiant ou mot de passe incorrect". J'ai pourtant pas change mon mdp.
Lycee Lalande, Bourg-en-Bresse, 0017528C.
Pouvez vous le reinitialiser ?

F. Perrier
Gestionnaire
""", client="owa", fmt="html", cte="base64")

M("password_reset", False, "0053928T", "esidoc", True, "fr",
  "Two topics: e-sidoc password lost (main) and a question about the invoice of the renewal; one template would answer only half.",
  "Christine Arnaud <christine.arnaud@ac-aix-marseille.fr>", "mot de passe + facture",
  """Bonjour,

Deux choses :
1) j'ai perdu le mot de passe de l'interface d'admin e-sidoc (collège de Laragne, 0053928T) ;
2) notre gestionnaire me demande où trouver la facture du renouvellement de septembre, elle ne la voit pas dans Chorus.

Merci pour votre aide
Christine Arnaud
""", client="zimbra", fmt="alt")

M("password_reset", True, "0436480K", "esidoc", False, "fr",
  "Typos and no capitals; forgot the e-sidoc password.",
  "mireille.chabrier@ac-clermont.fr", "esidoc",
  """bonjour je n'ai plus le mot de pase pour aller sur e sidoc en admin , c'est pour le college du puy 0436480K , merci de m'aider
mireille chabrier
""", client="gmail")

M("password_reset", True, "0699075P", "ticket_portal", False, "fr",
  "Cannot log in to the ticket portal, forgot the password.",
  "Olivier Bret <olivier.bret@ac-lyon.fr>", "Portail de tickets - mot de passe",
  """Bonjour,

Je voulais suivre notre demande sur le portail de tickets mais je ne me souviens plus du mot de passe, et le lien « mot de passe oublié » ne me renvoie rien d'autre qu'une page blanche.
Lycée professionnel Hector Guimard, 0699075P.

Merci,
Olivier Bret – référent numérique
""", client="thunderbird")

M("password_reset", True, "0064164U", "esidoc", False, "en",
  "English: new librarian does not know the e-sidoc admin password.",
  "Sarah Whitfield <sarah.whitfield@ac-nice.fr>", "e-sidoc admin access",
  """Good morning,

I have just taken over the library (CDI) at the Centre International de Valbonne, school code 0064164U. Nobody passed on the admin password for our e-sidoc portal.
What is the procedure to get a new one?

Kind regards,
Sarah Whitfield
Teacher-librarian
""", client="outlook", fmt="alt", cte="quoted-printable")

M("password_reset", False, None, "esidoc", True, "fr",
  "Code 0734048B has a wrong check letter (the digits give 0734048D), so no UAI is labelled; region from the ac-grenoble.fr sender; a person must check which school it is.",
  "Gilles Maurienne <gilles.maurienne@ac-grenoble.fr>", "Mot de passe perdu portail CDI",
  """Bonjour,

Je ne parviens plus à accéder à l'administration de notre portail e-sidoc (mot de passe perdu).
Notre UAI est le 0734048B, collège de Modane.

Merci,
Gilles Maurienne
""", client="zimbra")

M("password_reset", True, "0047922P", "esidoc", False, "fr",
  "HTML-only Outlook message: forgot the e-sidoc password; UAI in the body.",
  "DUPUY Agnès <agnes.dupuy@ac-aix-marseille.fr>", "Demande de réinitialisation",
  """Bonjour,

Pourriez-vous réinitialiser le mot de passe du compte administrateur e-sidoc du collège Camille Reymond de Château-Arnoux (0047922P) ? Je l'ai oublié après les vacances.

Merci par avance.

Agnès Dupuy
Professeure documentaliste
""", client="outlook", fmt="html", cte="quoted-printable")

M("password_reset", True, "0071313P", "espace_acheteur", False, "fr",
  "Asks for the login identifier and password of the Espace Acheteur, lost.",
  "Compta Lycée Boissy d'Anglas <compta.boissy@laposte.net>", "perte identifiants",
  """Bonjour,

Nous avons perdu nos identifiants pour l'espace acheteur (identifiant et mot de passe). Lycée Boissy d'Anglas, Annonay. UAI 0071313P.
Pouvez-vous nous aider à les récupérer ?

Service comptabilité
""", client="roundcube", cte="quoted-printable")

M("password_reset", True, "0266063Z", "esidoc", True, "fr",
  "Quoted history speaks about a missing activation mail last year; the new question is a forgotten password.",
  "Valérie Gounon <valerie.gounon@ac-grenoble.fr>", "Re: Mail d'activation non reçu",
  """Bonjour,

Cette fois c'est le mot de passe que j'ai oublié... Pourriez-vous m'envoyer un lien de réinitialisation ? Collège Gustave Jaume, Pierrelatte (0266063Z).

Merci encore,
Valérie

Le 12/09/2023 à 10:41, Assistance a écrit :
> Bonjour,
> Si le mail d'activation n'est pas arrivé, pensez à regarder dans vos courriers indésirables.
> Cordialement
""", client="thunderbird", reply=True)

M("password_reset", True, "0130894B", "esidoc", False, "fr",
  "Short iPhone mail: password forgotten, UAI given.",
  "Lucie Marchetti <lucie.marchetti@ac-aix-marseille.fr>", "Mot de passe",
  """Bonjour, j'ai oublié mon mot de passe e-sidoc. Collège Thiers 0130894B. Merci !

Envoyé de mon iPhone
""", client="iphone")

M("password_reset", False, "0430092S", "ecoledirecte", True, "fr",
  "Lost EcoleDirecte administrator password; explicitly not the daily maintenance password; no reset template for this product.",
  "Bruno Faure <bruno.faure@ensemble-scolaire-yssingeaux.fr>", "mot de passe admin EcoleDirecte",
  """Bonjour,

Je ne parle pas du mot de passe de maintenance du jour (celui-là je sais le demander), mais du mot de passe du compte administrateur EcoleDirecte, que personne ne retrouve depuis le départ de notre informaticien.
Etablissement 0430092S.

Bruno Faure
Chef de travaux
""", client="outlook", fmt="alt")

M("password_reset", True, "0389099J", "esidoc", False, "en",
  "English from Gmail: password not accepted on the library portal back office.",
  "Daniel Osei <daniel.osei.grenoble@gmail.com>", "Password not working",
  """Hi there,

My password for the e-sidoc back office is not accepted any more. I teach at Cité scolaire internationale Europole in Grenoble, code 0389099J.
Could you please reset it?

Best,
Daniel
""", client="gmail", fmt="alt")

# ---------------------------------------------------------------- missing_noreply_mail (17)
M("missing_noreply_mail", True, "0692074E", "esidoc", False, "fr",
  "Reset mail from the no-reply address never arrived; no anti-spam product named.",
  "Hélène Roche <helene.roche@ac-lyon.fr>", "Pas reçu le mail de réinitialisation",
  """Bonjour,

J'ai cliqué sur « mot de passe oublié » sur e-sidoc il y a une heure, mais aucun mail n'est arrivé sur ma boîte académique. Lycée Ampère, 0692074E.
Est-ce normal ?

Hélène Roche
""", client="zimbra")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "Buyer of a municipality never received the Espace Acheteur activation link; no UAI, non-academic sender.",
  "Service Achats Mairie de Manosque <achats@ville-manosque.example.fr>", "Lien d'activation non reçu",
  """Bonjour,

Nous avons créé un compte sur l'Espace Acheteur jeudi dernier pour la commune, mais le lien d'activation n'est jamais arrivé. Nous avons vérifié l'adresse saisie, elle est correcte.

Merci de votre retour.
Service Achats – Mairie
""", client="outlook", fmt="alt", cte="quoted-printable")

M("missing_noreply_mail", True, "0038304K", "esidoc", False, "fr",
  "No notification mail from the no-reply address since the start of the year; junk folder not yet checked.",
  "Patricia Demay <patricia.demay@ac-clermont.fr>", "notifications e-sidoc",
  """Bonjour,

Je ne reçois plus aucune notification de la plateforme (réservations des élèves, suggestions d'achat) depuis la rentrée. Avant je les recevais sans problème.
Collège Jules Ferry, Vichy – 0038304K.

Cordialement
Patricia Demay
""", client="thunderbird", cte="quoted-printable")

M("missing_noreply_mail", True, "0132698M", "esidoc", False, "en",
  "English: never got the new-password mail; no anti-spam named.",
  "Rachel Kim <rachel.kim@ac-aix-marseille.fr>", "No email received",
  """Hello,

I asked for a new password on e-sidoc twice this morning but no email ever arrived in my inbox. Our school code is 0132698M.
Could you check on your side?

Thanks,
Rachel Kim
""", client="apple")

M("missing_noreply_mail", True, "0745624L", "espace_acheteur", True, "fr",
  "Negation: 'je n'ai pas oublié mon mot de passe', she never received the account-creation confirmation mail.",
  "Corinne Bouvier <corinne.bouvier@ac-grenoble.fr>", "Mail de confirmation",
  """Bonjour,

Je n'ai pas oublié mon mot de passe, je ne l'ai simplement jamais reçu : le mail de confirmation de création de compte sur l'Espace Acheteur n'est pas arrivé (ni dans les spams, j'ai regardé).
Lycée Charles Poncet, Cluses, UAI 0745624L.

Corinne Bouvier
Adjointe gestionnaire
""", client="owa", fmt="html")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "fr",
  "Sender from a private association, activation mail never arrived; region unknown.",
  "Julien Tessier <julien.tessier@orange.fr>", "toujours rien reçu",
  """bonjour,
inscription faite sur l'espace acheteur pour l'association des parents, mais toujours pas de mail pour activer. c'est long ?
julien
""", client="android")

M("missing_noreply_mail", True, "0153763J", "esidoc", False, "fr",
  "The no-reply mail with the new password never came; school in Cantal.",
  "CDI Lycée Émile Duclaux <cdi.duclaux@ac-clermont.fr>", "Demande de nouveau mot de passe sans réponse",
  """Bonjour,

Nous avons fait une demande de nouveau mot de passe pour notre portail hier soir. Rien reçu depuis.
Lycée Émile Duclaux, Aurillac (0153763J).

L'équipe du CDI
""", client="zimbra", fmt="alt")

M("missing_noreply_mail", False, "0424518H", "espace_acheteur", True, "fr",
  "Reply after the junk-folder answer (Outlook '-----Message d'origine-----'): still nothing after 48 h, asks for escalation; a person must follow up.",
  "Michel Tardy <michel.tardy@ac-lyon.fr>", "RE: [Assistance] Mail d'activation non reçu",
  """Bonjour,

J'ai suivi vos conseils (dossier indésirables, expéditeur autorisé) mais toujours rien après 48 h. Merci de transmettre à la région.

M. Tardy
Lycée Simone Weil, Saint-Priest-en-Jarez – 0424518H

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 11 octobre 2024 14:02
À : Michel Tardy
Objet : [Assistance] Mail d'activation non reçu

Bonjour,
Vérifiez votre dossier de courriers indésirables et ajoutez l'expéditeur no-reply à vos contacts. Sans nouvelles sous 48 h, nous transmettrons votre demande.
""", client="outlook", reply=True)

M("missing_noreply_mail", True, "0839754B", "espace_acheteur", False, "fr",
  "Never received the mail to choose a password on the new Espace Acheteur.",
  "Sylvie Ortega <sylvie.ortega@ac-nice.fr>", "Espace acheteur : pas de mail",
  """Bonjour,
On nous a annoncé un mail pour définir notre mot de passe sur le nouvel Espace Acheteur. Je ne l'ai pas reçu.
Collège Pierre Puget, Toulon – 0839754B
Sylvie Ortega, gestionnaire
""", client="thunderbird")

M("missing_noreply_mail", True, None, "esidoc", False, "en",
  "English, personal address, no UAI: expected activation email did not arrive.",
  "Anna Lindqvist <anna.lindqvist@outlook.com>", "Activation email missing",
  """Hi,

I created my account for the school library portal on Monday. I'm still waiting for the activation email. Nothing in junk either.
Regards,
Anna
""", client="outlook", fmt="alt", cte="quoted-printable")

M("missing_noreply_mail", True, "0633886G", "esidoc", True, "fr",
  "Quoted history is about a forgotten password; the new message says the promised reset mail never arrived.",
  "Thierry Moulin <thierry.moulin@ac-clermont.fr>", "Re: mot de passe oublié",
  """Bonjour,
Je n'ai toujours pas reçu le mail avec le lien. Rien dans les spams.
Thierry

Le lun. 14 oct. 2024 à 10:05, Thierry Moulin <thierry.moulin@ac-clermont.fr> a écrit :
> Bonjour, j'ai oublié le mot de passe admin du portail, collège de Riom 0633886G.
> Merci
""", client="gmail", reply=True)

M("missing_noreply_mail", True, "0057166M", "esidoc", False, "fr",
  "No mail from the platform after the password change request; Hautes-Alpes school.",
  "Emmanuelle Blanc <emmanuelle.blanc@ac-aix-marseille.fr>", "aucun message reçu",
  """Bonjour

Aucun message ne m'arrive de votre part quand je demande le changement de mot de passe. Je suis au lycée Dominique Villars à Gap (0057166M).

Emmanuelle Blanc
""", client="roundcube", cte="quoted-printable")

M("missing_noreply_mail", True, "0690859J", "espace_acheteur", False, "fr",
  "HTML-only: invitation mail to join the structure on the Espace Acheteur never received.",
  "Abdel Haddad <abdel.haddad@ac-lyon.fr>", "Invitation non reçue",
  """Bonjour,

Notre administrateur m'a invité sur l'Espace Acheteur il y a trois jours, mais l'invitation n'est jamais arrivée dans ma boîte.
Lycée La Martinière Duchère, 0690859J.

Abdel Haddad
Service intendance
""", client="outlook", fmt="html", cte="base64")

M("missing_noreply_mail", True, "0074315C", "esidoc", False, "fr",
  "Activation link for the new e-sidoc account of the librarian never received.",
  "Marion Vernet <marion.vernet@ac-grenoble.fr>", "compte pas activé",
  """Bonjour,
Mon compte sur e-sidoc n'est pas activé car je n'ai jamais reçu le lien. Collège de Privas, 0074315C.
Bien cordialement,
Marion Vernet, prof doc
""", client="zimbra")

M("missing_noreply_mail", True, "0845852E", "esidoc", True, "fr",
  "The UAI appears only in the ce. sender address; missing reset mail.",
  "Collège Paul Gauthier <ce.0845852E@ac-aix-marseille.fr>", "Mail non reçu",
  """Bonjour,

La documentaliste a demandé un nouveau mot de passe ce matin, le message n'est arrivé ni sur sa boîte ni sur la nôtre.

Le secrétariat
""", client="outlook", fmt="alt")

M("missing_noreply_mail", True, None, "espace_acheteur", False, "en",
  "English supplier-side buyer at a regional body, no UAI: no confirmation email after registering.",
  "Mark Davies <mark.davies@region-sud.example.fr>", "Registration confirmation not received",
  """Dear support,

I registered on the Espace Acheteur on 10 October for our purchasing unit and never received the confirmation email. Could you please resend it?

Best regards,
Mark Davies
""", client="outlook", fmt="alt", cte="quoted-printable")

M("missing_noreply_mail", True, "0016439U", "esidoc", False, "fr",
  "No reset mail received; sender gives UAI, Ain.",
  "Roselyne Janin <roselyne.janin@ac-lyon.fr>", "toujours pas reçu le lien",
  """Bonjour, je n'ai toujours pas reçu le lien pour changer le mot de passe (demande faite 3 fois). College de Belley 0016439U. Merci
""", client="iphone")

# ---------------------------------------------------------------- mailinblack_spam (13)
M("mailinblack_spam", True, "0696351D", "esidoc", False, "fr",
  "The reset mail is held in the MailInBlack quarantine of the school.",
  "Claire Jacquet <claire.jacquet@ac-lyon.fr>", "Mail bloqué par MailInBlack",
  """Bonjour,

Notre établissement utilise MailInBlack et je pense que vos mails de réinitialisation sont bloqués : je vois un message de quarantaine à votre nom mais je ne peux pas l'ouvrir.
Collège Jean Renoir, Neuville-sur-Saône, 0696351D.

Claire Jacquet
""", client="outlook", fmt="alt", cte="quoted-printable")

M("mailinblack_spam", True, "0134508E", "espace_acheteur", False, "fr",
  "Mailinblack (lower-case 'mailinblack') blocks the activation mail of the Espace Acheteur.",
  "Intendance Lycée Vauvenargues <intendance.vauvenargues@laposte.net>", "mailinblack",
  """bonjour
le mail d activation de l espace acheteur est bloque par mailinblack chez nous, le lycee (0134508E) a mis ce filtre l an dernier. comment faire ?
merci
""", client="roundcube")

M("mailinblack_spam", True, "0058414U", "esidoc", False, "en",
  "English: MailInBlack challenge held the password email; UAI given.",
  "Peter Vance <peter.vance@ac-aix-marseille.fr>", "Password email stuck in MailInBlack",
  """Hello,

Our school mail goes through MailInBlack, and the password email from your platform seems stuck in its quarantine. School code 0058414U (Briançon).
What should we add to the allow-list?

Peter
""", client="apple")

M("mailinblack_spam", False, "0632663C", "espace_acheteur", True, "fr",
  "Describes the sender-authentication challenge ('prouver que vous n'êtes pas un robot') without naming MailInBlack: a person should confirm the product.",
  "Serge Bonnefoy <serge.bonnefoy@ac-clermont.fr>", "Message 'prouvez que vous êtes humain'",
  """Bonjour,

Un collègue de l'assistance m'a dit que votre robot avait reçu un message « cliquez ici pour prouver que vous n'êtes pas un robot » quand il m'a écrit. Du coup je n'ai jamais eu le mail d'activation de l'Espace Acheteur. Je ne sais pas quel filtre le rectorat a installé.
Lycée Lafayette, Clermont, 0632663C.

Serge Bonnefoy
""", client="thunderbird")

M("mailinblack_spam", True, "0432418V", "esidoc", False, "fr",
  "MailInBlack quarantine holds the no-reply mails; asks how to allow them.",
  "Sophie Reynaud <sophie.reynaud@ac-clermont.fr>", "Vos mails sont en quarantaine MailInBlack",
  """Bonjour,

Tous les mails envoyés par votre adresse no-reply tombent dans la quarantaine MailInBlack du collège. Pouvez-vous m'indiquer l'adresse exacte à autoriser ?
Collège Lafayette, Brioude – 0432418V

Sophie Reynaud, documentaliste
""", client="zimbra", fmt="alt")

M("mailinblack_spam", True, "0068085F", "esidoc", True, "fr",
  "UAI only in the signature, MailInBlack named in the subject only.",
  "Laurent Ciais <laurent.ciais@ac-nice.fr>", "Blocage Mail In Black",
  """Bonjour,

Vos messages de changement de mot de passe n'arrivent pas chez nous, ils restent bloqués par l'antispam.

Cordialement
--
Laurent Ciais
RUPN – Collège Les Bréguières, Cagnes-sur-Mer
0068085F
""", client="thunderbird")

M("mailinblack_spam", True, None, "espace_acheteur", False, "fr",
  "MailInBlack at a municipality blocks the activation mail; no UAI and non-academic sender.",
  "DSI Ville de Gap <dsi@ville-gap.example.fr>", "Autoriser vos envois (MailInBlack)",
  """Bonjour,

Nos agents ne reçoivent pas vos mails d'activation pour l'Espace Acheteur : ils sont retenus par notre solution MailInBlack. Pouvez-vous nous indiquer les domaines et adresses d'envoi à mettre en liste blanche ?

Cordialement,
Service informatique
""", client="outlook", fmt="alt", cte="quoted-printable")

M("mailinblack_spam", False, "0745947M", "esidoc", True, "fr",
  "Two topics: MailInBlack blocks the reset mail (main) and she asks who the administrator of the structure is.",
  "Nadia Belkacem <nadia.belkacem@ac-grenoble.fr>", "Mailinblack + administrateur",
  """Bonjour,

Le mail de réinitialisation est retenu par MailInBlack (je ne peux pas le libérer moi-même). Par ailleurs, pouvez-vous me dire qui est déclaré administrateur de notre établissement ? Je ne sais pas qui valide les comptes.
Lycée de l'Albanais, Rumilly, 0745947M.

Nadia Belkacem
""", client="zimbra")

M("mailinblack_spam", True, "0835076S", "esidoc", False, "en",
  "English: MailInBlack quarantine notification received for the platform's mail.",
  "Julia Brennan <julia.brennan@ac-nice.fr>", "MailInBlack quarantine",
  """Hi,

I got a MailInBlack digest telling me that a message from your no-reply address is in quarantine. Is it safe to release it, and how do I whitelist you permanently?
School: 0835076S, Hyères.

Thanks
Julia
""", client="gmail")

M("mailinblack_spam", True, "0426145B", "espace_acheteur", False, "fr",
  "The school's MailInBlack challenge was sent to the platform; the activation mail never reached the gestionnaire.",
  "Gérard Peyron <gerard.peyron@ac-lyon.fr>", "antispam MailInBlack - espace acheteur",
  """Bonjour,

Notre rectorat a activé MailInBlack sur les boîtes des gestionnaires. Je pense que votre mail d'activation a reçu la demande d'authentification et qu'il n'a jamais été validé.
Collège Jules Vallès, La Ricamarie – 0426145B.

Merci de votre aide
G. Peyron
""", client="outlook", fmt="html", cte="quoted-printable")

M("mailinblack_spam", True, "0263089S", "esidoc", False, "fr",
  "MailInBlack held the new-password mail; typed quickly, no accents.",
  "romain.clement@ac-grenoble.fr", "mail in black bloque vos mails",
  """bonjour
mail in black bloque tous vos messages (nouveau mot de passe) au lycee de Die 0263089S. que faut il faire ?
romain clement
""", client="roundcube")

M("mailinblack_spam", True, "0041660H", "esidoc", False, "fr",
  "MailInBlack challenge described and named; documentaliste in Alpes-de-Haute-Provence.",
  "Florence Pellegrin <florence.pellegrin@ac-aix-marseille.fr>", "Mailinblack",
  """Bonjour,

Depuis que MailInBlack est installé au collège, je ne reçois plus les notifications d'e-sidoc. Le support du rectorat me dit de vous demander de valider la demande d'authentification.
Collège Maria Borrély, Digne, UAI 0041660H.

Florence Pellegrin
""", client="thunderbird", cte="quoted-printable")

M("mailinblack_spam", True, "0697343G", "esidoc", True, "fr",
  "Apple Mail forward of a MailInBlack quarantine notice; the librarian asks how to allow the sender.",
  "Sandrine Fayolle <sandrine.fayolle@ac-lyon.fr>", "Fwd: Message en attente de validation",
  """Bonjour,

Je vous transfère ce message : c'est sans doute pour ça que je n'ai pas reçu le lien. Comment vous mettre en liste blanche ?
Collège Les Battières, 0697343G.

Sandrine

Début du message réexpédié :

De: MailInBlack <noreply@mailinblack.example.com>
Objet: Message en attente de validation
Date: 16 octobre 2024 à 08:14:22 UTC+2
À: sandrine.fayolle@ac-lyon.fr

Un message de no-reply@assistance.example.fr est en attente dans votre quarantaine. L'expéditeur n'a pas encore répondu à la demande d'authentification.
""", client="apple")

# ---------------------------------------------------------------- account_creation (10)
M("account_creation", True, None, "espace_acheteur", False, "fr",
  "New buyer asks how to create an account on the Espace Acheteur: the sign-up answer fits.",
  "Delphine Arnoux <d.arnoux@sivu-ecoles-drome.example.fr>", "Création de compte",
  """Bonjour,

Je viens d'être recrutée comme acheteuse au SIVU des écoles de la vallée de la Drôme. Comment puis-je créer un compte sur l'Espace Acheteur ?

Merci,
Delphine Arnoux
""", client="outlook", fmt="alt", cte="quoted-printable")

M("account_creation", True, "0383454Y", "esidoc", False, "fr",
  "Account created, waiting for validation by the structure administrator: the FAQ case.",
  "Léa Guichard <lea.guichard@ac-grenoble.fr>", "compte en attente de validation",
  """Bonjour,

J'ai créé mon compte il y a deux jours et il est toujours « en attente de validation ». Qui doit le valider ?
Collège Le Savouret, Voreppe (0383454Y).

Léa Guichard, professeure documentaliste stagiaire
""", client="zimbra")

M("account_creation", False, "0077470G", "espace_acheteur", False, "fr",
  "Asks who the structure's administrator is: needs a look-up by a person.",
  "Patrick Soulier <patrick.soulier@ac-grenoble.fr>", "Qui est l'administrateur ?",
  """Bonjour,

Pouvez-vous me dire qui est l'administrateur de la structure pour notre lycée sur l'Espace Acheteur ? Personne ici ne le sait.
Lycée Xavier Mallet, Le Teil – 0077470G

P. Soulier, gestionnaire
""", client="outlook", fmt="html")

M("account_creation", True, "0843546Y", "esidoc", True, "fr",
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account and wants one.",
  "Camille Aubert <camille.aubert@ac-aix-marseille.fr>", "Pas de compte",
  """Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai tout simplement jamais eu de compte ! Je suis arrivée en septembre au collège Jean Giono d'Orange (0843546Y) et je voudrais créer mon accès au portail.

Camille Aubert
""", client="gmail", fmt="alt")

M("account_creation", False, "0739979A", "espace_acheteur", False, "en",
  "English: wants order-validation rights opened on the account; a person checks.",
  "Oliver Grant <oliver.grant@ac-grenoble.fr>", "Rights to validate orders",
  """Hello,

I can log in to the Espace Acheteur but I can't validate orders, only browse. I'm the new bursar at Lycée Vaugelas in Chambéry (0739979A). Could my rights be opened?

Regards,
Oliver Grant
""", client="outlook", fmt="alt", cte="quoted-printable")

M("account_creation", False, "0060953D", "espace_acheteur", False, "fr",
  "Account waiting for validation for three weeks; the administrator has left: the region must step in.",
  "Yasmina Cherif <yasmina.cherif@ac-nice.fr>", "Compte toujours en attente",
  """Bonjour,

Mon compte Espace Acheteur est en attente de validation depuis le 23 septembre. L'administratrice de notre structure a quitté l'établissement en juillet et n'a pas été remplacée.
Lycée Amiral de Grasse, 0060953D.

Yasmina Cherif, adjointe gestionnaire
""", client="thunderbird", cte="quoted-printable")

M("account_creation", True, None, "esidoc", False, "fr",
  "A newly arrived teacher asks how to get a personal account on the portal; no UAI, academic domain gives the region.",
  "Hugo Lambert <hugo.lambert@ac-clermont.fr>", "inscription",
  """Bonjour, comment je fais pour m'inscrire sur e-sidoc en tant que prof ? Merci
Hugo
""", client="iphone")

M("account_creation", False, "0748653D", "espace_acheteur", True, "fr",
  "UAI 0748653D not found in the list when opening the customer account: the sales team must check.",
  "Aline Perrin <aline.perrin@ac-grenoble.fr>", "UAI introuvable à l'inscription",
  """Bonjour,

En voulant ouvrir notre compte client, le formulaire me dit que l'UAI 0748653D n'existe pas. C'est pourtant bien le nôtre (collège de Thônes, ouvert en 2023).

Aline Perrin
""", client="zimbra", fmt="alt")

M("account_creation", True, "0012386N", "esidoc", False, "en",
  "English: filled in the sign-up form and cannot log in yet: waiting for the administrator.",
  "Megan Price <megan.price@ac-lyon.fr>", "Account pending",
  """Hi,

I filled in the registration form for our library portal yesterday (school 0012386N, Ferney-Voltaire) and I can't log in yet. Is there a validation step?

Thanks,
Megan
""", client="gmail")

M("account_creation", False, "0830831C", "espace_acheteur", False, "fr",
  "Asks whether two gestionnaires can both be administrators: a person answers.",
  "Josiane Ferraro <josiane.ferraro@ac-nice.fr>", "deux comptes administrateur ?",
  """Bonjour,

Est-il possible d'avoir deux administrateurs pour notre établissement sur l'Espace Acheteur (la gestionnaire et moi-même) ?
Lycée Bonaparte, Toulon, 0830831C.

Josiane Ferraro, secrétaire d'intendance
""", client="outlook", fmt="alt")

# ---------------------------------------------------------------- subscription_activation (10)
M("subscription_activation", True, "0630428Y", "esidoc", False, "fr",
  "Europresse ordered yesterday, not visible yet: within the 72-hour window.",
  "Martine Goutte <martine.goutte@ac-clermont.fr>", "Abonnement Europresse non visible",
  """Bonjour,

Nous avons commandé hier l'abonnement Europresse. Il n'apparaît pas encore dans nos ressources sur e-sidoc.
Collège Anatole France, Gerzat – 0630428Y

Martine Goutte
""", client="zimbra")

M("subscription_activation", True, "0135353Y", "esidoc", False, "fr",
  "Asks how to publish the ordered Universalis resource on the portal for pupils.",
  "Karim Benali <karim.benali@ac-aix-marseille.fr>", "publier universalis",
  """re bjr
autre question : on a l'abonnement universalis depuis la semaine derniere mais comment on le publie sur le portail pour les eleves ?
lycee 0135353Y
Karim
""", client="android")

M("subscription_activation", False, "0387554E", "esidoc", True, "fr",
  "Ordered three weeks ago and still not active: past the 72-hour rule, a person must look at the order.",
  "Isabelle Rey <isabelle.rey@ac-grenoble.fr>", "Abonnement toujours pas actif",
  """Bonjour,

Notre abonnement à la base BNF Gallica+ (commande du 24 septembre) n'est toujours pas actif. Nous avons pourtant reçu la confirmation de commande.
Collège Champollion, Grenoble – 0387554E

Isabelle Rey
""", client="thunderbird")

M("subscription_activation", True, "0069546U", "esidoc", False, "fr",
  "Renewed subscription still shown as expired, order two days ago.",
  "Chloe Martin <chloe.martin@ac-nice.fr>", "Abonnement toujours expiré",
  """Bonjour,

Nous avons renouvelé l'abonnement Cafeyn lundi mais le portail l'affiche toujours comme expiré. Lycée Masséna, Nice (0069546U).
Pouvez-vous l'activer ?

Chloé
""", client="apple")

M("subscription_activation", True, "0155494R", "esidoc", True, "fr",
  "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
  "Jean-Marc Delpeuch <ce.0155494R@ac-clermont.fr>", "Disponibilité abonnement",
  """Bonjour,

Nous avons commandé l'abonnement Le Monde en classe vendredi. Pouvez-vous me dire quand il sera accessible aux élèves ?

Jean-Marc Delpeuch
Principal du collège de Saint-Flour
""", client="outlook", fmt="alt", cte="quoted-printable")

M("subscription_activation", True, "0439875A", "esidoc", False, "fr",
  "Resource active but not visible to pupils through the ENT: publication step.",
  "Anne-Sophie Roux <anne-sophie.roux@ac-clermont.fr>", "ressource non visible côté élèves",
  """Bonjour,

L'abonnement Lumni est bien actif dans l'admin, mais les élèves ne le voient pas quand ils passent par l'ENT. Faut-il le publier quelque part ?
Collège Roger Ducos, 0439875A.

Merci,
Anne-Sophie
""", client="gmail", fmt="alt")

M("subscription_activation", True, "0833590B", "esidoc", True, "fr",
  "Negation: 'ce n'est pas un problème de mot de passe', the login works; the new resource just does not appear.",
  "Hervé Costa <herve.costa@ac-nice.fr>", "Ressource manquante",
  """Bonjour,

Ce n'est pas un problème de mot de passe, je me connecte sans souci. C'est la ressource Storyplay'r commandée mardi qui n'apparaît nulle part.
Collège Django Reinhardt, Toulon – 0833590B

Hervé Costa
""", client="thunderbird", cte="quoted-printable")

M("subscription_activation", True, "0070784P", "esidoc", False, "fr",
  "Short: please activate the subscription, order validated yesterday.",
  "Nicole Faure <nicole.faure@ac-grenoble.fr>", "activation abonnement",
  """Bonjour, merci d'activer notre abonnement (commande validée hier). Lycée Gimond, 0070784P. Cordialement, N. Faure
""", client="roundcube")

M("subscription_activation", True, "0031801S", "esidoc", False, "en",
  "English: newly ordered subscription not yet available.",
  "Ben Carter <ben.carter@ac-clermont.fr>", "New subscription not available",
  """Hi,

We ordered a subscription to Pressreader for the CDI on Tuesday. It's not available yet in the resources block. Collège Émile Guillaumin, Moulins – 0031801S.

Thanks,
Ben
""", client="outlook", fmt="html", cte="quoted-printable")

M("subscription_activation", True, "0422033G", "esidoc", False, "fr",
  "HTML-only with a screenshot: empty resources block, subscription ordered two days ago.",
  "Brigitte Marcoux <brigitte.marcoux@ac-lyon.fr>", "Bloc ressources vide",
  """Bonjour,

Ci-joint une capture : le bloc « Ressources numériques » est vide alors que nous avons commandé l'abonnement Généralis il y a deux jours.
Collège Gambetta, Saint-Étienne – 0422033G.

Brigitte Marcoux
""", client="outlook", fmt="alt", attach=("capture.png", "image/png"))

# ---------------------------------------------------------------- head_of_establishment_request (13)
M("head_of_establishment_request", False, "0692074E", "esidoc", False, "fr",
  "The proviseure writes from the ce. address to ask for the e-sidoc admin password reset to the school's address.",
  "Proviseure Lycée Ampère <ce.0692074E@ac-lyon.fr>", "Demande de réinitialisation - chef d'établissement",
  """Madame, Monsieur,

En ma qualité de proviseure du lycée Ampère (0692074E), je vous demande de bien vouloir réinitialiser le mot de passe du compte administrateur e-sidoc et d'envoyer le lien à l'adresse de l'établissement.

Véronique Lacroix
Proviseure
""", client="outlook", fmt="alt", cte="quoted-printable")

M("head_of_establishment_request", False, "0424518H", "espace_acheteur", False, "fr",
  "The proviseur names a new structure administrator on the Espace Acheteur and asks to close the former one.",
  "Alain Rivière <ce.0424518H@ac-lyon.fr>", "Changement d'administrateur",
  """Bonjour,

Je vous informe que M. Michel Tardy, adjoint gestionnaire, devient administrateur de notre structure sur l'Espace Acheteur à compter de ce jour. Merci de clôturer les accès de Mme Ravel, partie en retraite.

Alain Rivière
Proviseur du lycée Simone Weil (0424518H)
""", client="outlook", fmt="html")

M("head_of_establishment_request", False, "0064164U", "esidoc", True, "en",
  "English: the head of school confirms from her phone, quoting the librarian's request, that the reset may be done.",
  "Helen Rousseau <helen.rousseau@ac-nice.fr>", "Re: e-sidoc admin access",
  """I confirm Ms Whitfield is our new librarian and I authorise the reset of the e-sidoc admin password for our school (0064164U).

Helen Rousseau
Head of School, CIV Valbonne

Sent from my iPhone

> On 15 Oct 2024, at 09:31, Sarah Whitfield <sarah.whitfield@ac-nice.fr> wrote:
>
> Dear Ms Rousseau, the support desk needs your written agreement for the password reset.
""", client="iphone", reply=True)

M("head_of_establishment_request", False, "0386603W", "espace_acheteur", True, "fr",
  "Body gives 0386603V (wrong check letter); the ce. sender address carries the valid UAI 0386603W: the principal authorises an order.",
  "Principal collège Le Vergeron <ce.0386603W@ac-grenoble.fr>", "Autorisation de commande",
  """Bonjour,

J'autorise Mme Rey, gestionnaire, à valider la commande de mobilier pour le CDI sur l'Espace Acheteur (collège Le Vergeron, UAI 0386603V).

Le principal,
Didier Mollard
""", client="zimbra")

M("head_of_establishment_request", False, "0139590D", "ecoledirecte", False, "fr",
  "A private school's head asks in writing to change the administrator contact address.",
  "Sœur Marie-Christine Vial <direction@stemarie13.example.fr>", "Changement d'adresse de contact administrateur",
  """Bonjour,

Chef d'établissement de l'Institution Sainte-Marie (0139590D), je vous demande de remplacer l'adresse de contact du compte administrateur par direction@stemarie13.example.fr.

Avec mes remerciements,
Sr Marie-Christine Vial, cheffe d'établissement
""", client="apple")

M("head_of_establishment_request", False, "0262307S", "esidoc", False, "fr",
  "A primary school head (directrice d'école) asks to replace the contact address on the e-sidoc account.",
  "Directrice école Jean Jaurès <ce.0262307S@ac-grenoble.fr>", "adresse du compte",
  """Bonjour,

Je suis la directrice de l'école élémentaire Jean Jaurès de Romans. Merci de remplacer l'adresse de contact de notre compte e-sidoc par l'adresse de l'école (celle-ci).

Mme Sabatier
""", client="zimbra", fmt="alt")

M("head_of_establishment_request", False, "0745549E", "esidoc", True, "fr",
  "Reply (Zimbra 'Mail original' quote) in which the principal gives the written request the desk asked for; the quoted part is about a lost password.",
  "Eric Dumont <ce.0745549E@ac-grenoble.fr>", "Re: [Assistance] Accès portail",
  """Bonjour,

Suite à votre message, je vous confirme en tant que principal du collège d'Évian ma demande de réinitialisation du mot de passe administrateur e-sidoc.

E. Dumont

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Jérôme Pollet" <jerome.pollet@ac-grenoble.fr>
Envoyé: Mardi 15 Octobre 2024 11:02:51
Objet: [Assistance] Accès portail

Bonjour, la réinitialisation demande l'accord écrit du chef d'établissement.
""", client="zimbra", reply=True)

M("head_of_establishment_request", False, "0130894B", "esidoc", True, "fr",
  "The librarian sends the principal's signed letter (PDF) with the principal in copy: the head's written request, relayed.",
  "Lucie Marchetti <lucie.marchetti@ac-aix-marseille.fr>", "Courrier du principal - changement administrateur",
  """Bonjour,

Veuillez trouver ci-joint le courrier signé de M. le Principal demandant que je devienne administratrice du portail e-sidoc du collège Thiers (0130894B) à la place de Mme Santoni. M. le Principal est en copie.

Lucie Marchetti
""", client="iphone", attach=("courrier_principal.pdf", "application/pdf"), cc="Principal <ce.0130894B@ac-aix-marseille.fr>")

M("head_of_establishment_request", False, None, "esidoc", True, "fr",
  "A nursery-school head gives her agreement from a personal Gmail address, no UAI: weak evidence, staff must verify.",
  "Josette Amar <josette.amar.ecole@gmail.com>", "accord de la directrice",
  """Bonjour
Je suis directrice de l'école maternelle des Chartreux à Marseille, je donne mon accord pour que la nouvelle enseignante référente ait l'accès admin au portail de la BCD.
Josette Amar
""", client="android")

M("head_of_establishment_request", False, "0017453W", "espace_acheteur", False, "fr",
  "Written delegation: the principal declares who may validate orders.",
  "Principal Collège de Trévoux <ce.0017453W@ac-lyon.fr>", "Délégation de signature",
  """Madame, Monsieur,

Par la présente, je délègue à Mme Fabienne Cornu, adjointe gestionnaire, la validation des bons de commande sur l'Espace Acheteur pour le collège Jean Moulin de Trévoux (0017453W).

Jacques Berthet
Principal
""", client="outlook", fmt="alt", cte="quoted-printable", attach=("delegation_signature.pdf", "application/pdf"))

M("head_of_establishment_request", False, "0734748P", "espace_acheteur", False, "en",
  "English: the head names a new structure administrator and asks to remove the former one.",
  "Nicolas Berger <ce.0734748P@ac-grenoble.fr>", "New administrator for our school",
  """Dear support team,

As head of Collège Jean Moulin in Albertville (0734748P), I would like Ms Anne Girod to be the administrator of our structure on the Espace Acheteur, and Mr Paul Vernaz's access to be closed.

Kind regards,
Nicolas Berger
Principal
""", client="outlook", fmt="alt")

M("head_of_establishment_request", False, "0848593J", "esidoc", True, "fr",
  "Claims to be the proviseur from the ce. address but SPF/DKIM fail and Reply-To is a free-mail address: a probable spoof, still a head request for staff to refuse.",
  "Proviseur <ce.0848593J@ac-aix-marseille.fr>", "URGENT changement adresse admin",
  """Bonjour,

Je suis le proviseur. Merci de changer immédiatement l'adresse de l'administrateur e-sidoc pour proviseur.avignon@gmx.fr et de m'envoyer le nouveau mot de passe.

Le proviseur
""", client="generic", reply_to="proviseur.avignon@gmx.fr", auth="fail")

M("head_of_establishment_request", False, "0054137V", "esidoc", False, "fr",
  "The principal authorises, from his academic address, the change of administrator; UAI given.",
  "Christophe Eyraud <christophe.eyraud@ac-aix-marseille.fr>", "Changement administrateur e-sidoc",
  """Bonjour,

Principal du collège les Garcins à Briançon (0054137V), je vous demande de bien vouloir désigner Mme Pauline Arnaud comme nouvelle administratrice de notre portail e-sidoc.

Bien cordialement,
Christophe Eyraud
""", client="thunderbird", cte="quoted-printable")

# ---------------------------------------------------------------- order_billing (11)
M("order_billing", False, "0699075P", "espace_acheteur", False, "fr",
  "Asks for a quote (devis) for the renewal, needed for the bon d'engagement.",
  "Olivier Bret <olivier.bret@ac-lyon.fr>", "Demande de devis",
  """Bonjour,

Pourriez-vous nous établir un devis pour le renouvellement de l'abonnement e-sidoc 2025 ? Notre gestionnaire en a besoin pour le bon d'engagement.
LP Hector Guimard, 0699075P.

Olivier Bret
""", client="thunderbird")

M("order_billing", False, "0062411N", "espace_acheteur", False, "fr",
  "Invoice not received in Chorus Pro for an order of September.",
  "Intendance Collège Bréguières <ce.0062411N@ac-nice.fr>", "Facture Chorus",
  """Bonjour,

Nous n'avons pas reçu la facture de la commande n° EA-2024-11873 sur Chorus Pro. Pouvez-vous la déposer ?

L'intendance
""", client="outlook", fmt="alt", cte="quoted-printable")

M("order_billing", False, None, "espace_acheteur", False, "fr",
  "A municipal buyer asks which payment means are accepted (mandat administratif).",
  "Régie municipale Aubagne <regie@aubagne.example.fr>", "moyens de paiement",
  """Bonjour,

Acceptez-vous le paiement par mandat administratif pour les commandes passées sur l'Espace Acheteur ? Notre trésorerie ne fait pas de carte bancaire.

Merci,
La régie
""", client="outlook", fmt="html")

M("order_billing", False, "0422959N", "espace_acheteur", False, "fr",
  "Basket blocked at the order validation step.",
  "Stéphanie Brun <stephanie.brun@ac-lyon.fr>", "panier bloqué",
  """Bonjour,
impossible de valider mon panier sur l'espace acheteur, le bouton « valider la commande » reste grisé. Lycée Honoré d'Urfé, 0422959N.
S. Brun
""", client="gmail")

M("order_billing", False, "0153340Z", "espace_acheteur", False, "fr",
  "Invoice has the wrong billing address; asks for a corrected one.",
  "Lisa Moreau <lisa.moreau@ac-clermont.fr>", "Facture avec mauvaise adresse",
  """Bonjour,

La facture reçue pour la commande EA-2024-10422 porte l'ancien nom de notre lycée. Pouvez-vous émettre une facture rectificative ? Lycée Georges Pompidou, Saint-Flour, 0153340Z.

Cordialement,
Lisa Moreau, service intendance
""", client="outlook", fmt="alt", cte="quoted-printable")

M("order_billing", False, "0044913U", "espace_acheteur", False, "fr",
  "Sends the signed bon d'engagement (PDF) for an order.",
  "Gestion Lycée Félix Esclangon <gestion.esclangon@ac-aix-marseille.fr>", "Bon d'engagement signé",
  """Bonjour,

Veuillez trouver ci-joint le bon d'engagement signé pour la commande de livres du CDI.
Lycée Félix Esclangon, Manosque – 0044913U

Le service gestion
""", client="outlook", fmt="alt", attach=("BE_2024_087.pdf", "application/pdf"))

M("order_billing", False, "0035730M", "espace_acheteur", True, "fr",
  "Two topics: a duplicate invoice (main) and a thank-you for the previous ticket quoted below; the quote is about a password.",
  "Marc Giraudet <marc.giraudet@ac-clermont.fr>", "Re: [Assistance] mot de passe",
  """Bonjour,

Merci, le mot de passe fonctionne. Par contre nous avons reçu deux fois la même facture (FA-240915) pour la commande de septembre : laquelle devons-nous payer ?
Collège Jean Racine, Saint-Pourçain – 0035730M

Marc Giraudet

Le 10/10/2024 à 15:22, Assistance a écrit :
> Bonjour, voici votre lien de réinitialisation.
""", client="thunderbird", reply=True)

M("order_billing", False, "0849309M", "espace_acheteur", False, "fr",
  "Wants to change the order before it is invoiced (quantity error).",
  "Jean-Luc Sabran <jl.sabran@ac-aix-marseille.fr>", "Erreur sur commande",
  """Bonjour, j'ai commandé 30 licences au lieu de 3 par erreur ce matin. Pouvez-vous annuler ou corriger la commande avant facturation ? Collège Voltaire, Sorgues, 0849309M.
Merci !
JL Sabran
""", client="android")

M("order_billing", False, "0632663C", "espace_acheteur", False, "fr",
  "Asks for the Chorus Pro service code and SIRET to put on the quote.",
  "Nathalie Pradier <nathalie.pradier@ac-clermont.fr>", "Code service Chorus pour le devis",
  """Bonjour,

Pour le devis de renouvellement, quel code service Chorus Pro et quel SIRET devons-nous indiquer ? Lycée Lafayette, 0632663C.

Nathalie Pradier, gestionnaire
""", client="zimbra", fmt="alt")

M("order_billing", False, "0037102D", "espace_acheteur", False, "en",
  "English: payment sent, invoice still shown as unpaid.",
  "Robert Lane <robert.lane@ac-clermont.fr>", "Invoice shown as unpaid",
  """Hi,

We paid invoice FA-240822 by transfer on 20 September but the Espace Acheteur still shows it as unpaid. Collège Victor Hugo, Montluçon (0037102D).

Robert Lane
""", client="apple")

M("order_billing", False, "0057118K", "espace_acheteur", False, "fr",
  "Quote requested by a gestionnaire, HTML-only, base64.",
  "COSTE Annie <annie.coste@ac-aix-marseille.fr>", "devis abonnements 2025",
  """Bonjour,

Merci de nous transmettre un devis pour nos abonnements 2025 (e-sidoc + 2 ressources) afin de préparer le budget.
Collège Mauzan, Gap – 0057118K

Annie Coste, adjointe gestionnaire
""", client="outlook", fmt="html", cte="base64")

# ---------------------------------------------------------------- contract_documents (6)
M("contract_documents", False, "0439275Y", "espace_acheteur", False, "fr",
  "Cannot find the CCAP of the market in 'Mes Marchés'.",
  "Dominique Chauvet <dominique.chauvet@ac-clermont.fr>", "CCAP introuvable",
  """Bonjour,

Je ne trouve pas le CCAP du marché 2024-031 (fournitures scolaires) dans « Mes Marchés ». Lycée Charles et Adrien Dupuy, Le Puy – 0439275Y.

Dominique Chauvet
""", client="zimbra")

M("contract_documents", False, None, "espace_acheteur", False, "fr",
  "Municipal buyer: amendment no. 1 of a market is missing from the contract documents.",
  "Commande publique Ville d'Antibes <commande.publique@antibes.example.fr>", "Avenant manquant",
  """Bonjour,

L'avenant n°1 du marché 2023-118 (mobilier scolaire) n'apparaît pas dans les documents contractuels de l'Espace Acheteur. Pouvez-vous le mettre en ligne ?

Service de la commande publique
""", client="outlook", fmt="alt", cte="quoted-printable")

M("contract_documents", False, "0748887H", "espace_acheteur", False, "en",
  "English: cannot open the membership convention (empty file).",
  "Emily Dubois <emily.dubois@ac-grenoble.fr>", "Convention file empty",
  """Hello,

When I download our membership convention from the Espace Acheteur, the PDF is empty (0 KB). Lycée Guillaume Fichet, Bonneville, 0748887H.

Thanks,
Emily
""", client="gmail", fmt="alt")

M("contract_documents", False, "0389099J", "espace_acheteur", True, "fr",
  "Could see the conventions on the old platform, not on the new one; close to an access-rights question but about contract documents.",
  "Régine Achard <regine.achard@ac-grenoble.fr>", "Conventions plus visibles",
  """Bonjour,

Sur l'ancienne plateforme je voyais nos conventions et les pièces des marchés. Sur le nouvel Espace Acheteur, la rubrique est vide. Cité scolaire internationale Europole, 0389099J.

Régine Achard, gestionnaire
""", client="outlook", fmt="html", cte="quoted-printable")

M("contract_documents", False, "0839754B", "espace_acheteur", False, "fr",
  "Asks for the acte d'engagement and BPU of a market, not visible.",
  "Sylvie Ortega <sylvie.ortega@ac-nice.fr>", "pièces du marché 2024-052",
  """Bonjour,
Je ne vois pas l'acte d'engagement ni le BPU du marché 2024-052 dans les documents. Pouvez-vous vérifier ?
Collège Pierre Puget – 0839754B
S. Ortega
""", client="thunderbird")

M("contract_documents", False, "0062411N", "espace_acheteur", True, "fr",
  "Follow-up reply (Gmail quote): the certificate of the market is still missing after the region's answer.",
  "Intendance Collège Bréguières <ce.0062411N@ac-nice.fr>", "Re: Attestation marché",
  """Bonjour,
L'attestation administrative du marché 2023-204 est toujours absente. Merci de relancer.

Le mer. 9 oct. 2024 à 11:40, Support région <support.paca@assistance.example.fr> a écrit :
> Bonjour, nous avons transmis votre demande au service marchés.
""", client="gmail", reply=True)

# ---------------------------------------------------------------- transfer_incident (9)
M("transfer_incident", False, "0139590D", "ecoledirecte", False, "fr",
  "Last EcoleDirecte transfer is five days old; parents do not see the grades.",
  "Nathalie Giraud <n.giraud@ecole-stemarie13.fr>", "Transferts EcoleDirecte bloqués",
  """Bonjour,

Le dernier transfert vers EcoleDirecte date de vendredi dernier. Les parents ne voient plus les notes.
Institution Sainte-Marie, 0139590D.

Nathalie Giraud
""", client="outlook", fmt="alt", cte="quoted-printable")

M("transfer_incident", False, "0430092S", "ecoledirecte", True, "fr",
  "Asks for the daily maintenance password: transfer_incident per the taxonomy, not password_reset.",
  "Bruno Faure <bruno.faure@ensemble-scolaire-yssingeaux.fr>", "mot de passe maintenance",
  """Bonjour,
Pourriez-vous me communiquer le mot de passe de maintenance du jour ? Je dois réindexer la base Charlemagne.
0430092S
Bruno Faure
""", client="outlook")

M("transfer_incident", False, "0633156N", "ecoledirecte", False, "fr",
  "Licence to regenerate after a server change.",
  "Informatique Institution Saint-Alyre <informatique@saint-alyre.example.fr>", "licence à régénérer",
  """Bonjour,

Nous avons changé de serveur ce week-end. Au démarrage, Charlemagne indique « licence non valide ». Pouvez-vous régénérer notre licence ?
Etablissement 0633156N.

Service informatique
""", client="thunderbird", cte="quoted-printable")

M("transfer_incident", False, "0155069D", "ecoledirecte", False, "en",
  "English: synchronisation fails with a timeout since the firewall update.",
  "James Whitaker <j.whitaker@lycee-saint-geraud.example.fr>", "Sync failing since Monday",
  """Hello,

Since our firewall update on Monday, the EcoleDirecte synchronisation fails with a timeout at the connection test. School code 0155069D.
Which ports/URLs must be open?

James Whitaker, IT
""", client="outlook", fmt="alt")

M("transfer_incident", False, "0845468M", "ecoledirecte", False, "fr",
  "Transfers hang: several Outils.exe processes stuck; HTML-only Outlook.",
  "Cédric Aymard <cedric.aymard@ensemble-st-joseph-avignon.example.fr>", "Transferts qui ne se terminent pas",
  """Bonjour,

Les transferts restent bloqués « en cours » depuis hier. Dans le gestionnaire de tâches je vois quatre processus Outils.exe.
Ensemble scolaire Saint-Joseph, Avignon – 0845468M.

Cédric Aymard, responsable informatique
""", client="outlook", fmt="html", cte="quoted-printable")

M("transfer_incident", False, "0071987X", "ecoledirecte", False, "fr",
  "The antivirus quarantines the transfer tool, so the transfers no longer run.",
  "Lucas Teyssier <lucas.teyssier@externat-notre-dame.example.fr>", "antivirus et transferts",
  """Bonjour, depuis la mise à jour de l'antivirus, l'outil de transfert est mis en quarantaine et plus rien ne remonte sur EcoleDirecte. Externat Notre-Dame, 0071987X.
Lucas
""", client="gmail")

M("transfer_incident", False, "0265685N", "ecoledirecte", True, "fr",
  "Apple Mail forward of a parent's complaint: grades no longer reach EcoleDirecte. Written by the head, but not a head-of-establishment request.",
  "Bernard Vallon <direction@college-sacre-coeur-valence.example.fr>", "Fwd: notes invisibles",
  """Bonjour,

Je vous transfère la réclamation d'un parent : les notes n'arrivent plus sur EcoleDirecte depuis une semaine. Collège Sacré-Cœur, 0265685N.

Bernard Vallon, chef d'établissement

Début du message réexpédié :

De: Famille Ribeiro <ribeiro.famille@free.fr>
Objet: notes invisibles
Date: 14 octobre 2024 à 19:02:11 UTC+2

Bonjour, nous ne voyons plus aucune note de notre fille depuis le 7 octobre.
""", client="apple")

M("transfer_incident", False, "0739672S", "ecoledirecte", False, "fr",
  "Replication re-initialisation needed after restoring a backup; screenshot attached.",
  "Service informatique Lycée Saint-Ambroise <si@saint-ambroise.example.fr>", "Réinitialisation réplication",
  """Bonjour,

Après restauration d'une sauvegarde, la réplication vers EcoleDirecte est en erreur (capture jointe). Faut-il réinitialiser la réplication ? UAI 0739672S.

Cordialement
""", client="outlook", fmt="alt", attach=("erreur_replication.png", "image/png"))

M("transfer_incident", False, None, "ecoledirecte", True, "fr",
  "Code 0138802A has a wrong check letter, so no UAI is labelled and, with a private domain, no region; the daily transfer reports an error.",
  "Paul Andreani <p.andreani@institution-ste-anne.example.fr>", "Erreur transfert quotidien",
  """Bonjour,

Le transfert quotidien vers EcoleDirecte échoue depuis mardi avec « erreur 500 ». Notre code : 0138802A.

Paul Andreani
""", client="thunderbird")

# ---------------------------------------------------------------- automated (20)
OOO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
M("automated", False, None, None, False, "fr",
  "Exchange Online out-of-office in French with Auto-Submitted; region from the ac-lyon.fr sender.",
  "Hélène Roche <helene.roche@ac-lyon.fr>", "Réponse automatique : [Assistance] Pas reçu le mail de réinitialisation",
  """Bonjour,

Je suis absente jusqu'au lundi 21 octobre inclus, en formation. Votre message ne sera pas transféré.
Pour toute urgence, contactez le secrétariat du lycée.

Hélène Roche
""", client="outlook", fmt="alt", headers=OOO, reply=True)

M("automated", False, None, None, False, "en",
  "English Gmail vacation responder (Auto-Submitted: auto-replied).",
  "Daniel Osei <daniel.osei.grenoble@gmail.com>", "Re: [Assistance] Password not working",
  """Hi, I'm away on a school trip until 18 October with limited access to email. I'll reply when I'm back.
Daniel
""", client="gmail", headers=[("Auto-Submitted", "auto-replied")], reply=True)

M("automated", False, None, None, False, "fr",
  "Zimbra academic vacation reply ('Auto-Submitted: auto-replied (zimbra; vacation)'); region from the ac-grenoble.fr sender.",
  "Isabelle Rey <isabelle.rey@ac-grenoble.fr>", "Absence",
  """Je suis absente du CDI jusqu'au 4 novembre. Merci de vous adresser à la vie scolaire pour les prêts.
""", client="zimbra", headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)")], reply=True)

M("automated", False, "0062411N", None, True, "fr",
  "Out-of-office of the school office (ce. address) mentioning passwords and the Espace Acheteur; Auto-Submitted present. UAI from the address.",
  "Intendance Collège Bréguières <ce.0062411N@ac-nice.fr>", "Réponse automatique : [Assistance] Facture Chorus",
  """Bonjour,

Le service d'intendance est fermé pendant les vacances de la Toussaint. Pour les questions de mot de passe de l'Espace Acheteur, merci de patienter jusqu'au 4 novembre.

L'intendance
""", client="outlook", fmt="alt", headers=OOO, reply=True)

M("automated", False, None, None, True, "fr",
  "Out-of-office sent by a client-side rule with no automation header; only the wording shows it is automatic.",
  "Patrick Soulier <patrick.soulier@ac-grenoble.fr>", "Absent du bureau",
  """Bonjour,
Je suis actuellement absent du bureau et je n'ai pas accès à ma messagerie. Je traiterai votre message à mon retour le 22/10.
Cordialement,
P. Soulier
""", client="outlook")

M("automated", False, None, None, False, "en",
  "Postfix bounce: multipart/report delivery-status, null Return-Path.",
  "Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>", "Undelivered Mail Returned to Sender",
  None, client="robot", null_rp=True, raw=("multipart/report; report-type=delivery-status; boundary=\"B1\"",
"""--B1
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.assistance.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<m.lopez@ac-lyon.fr>: host smtp.ac-lyon.fr[203.0.113.40] said: 550 5.1.1
    <m.lopez@ac-lyon.fr>: Recipient address rejected: User unknown

--B1
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.assistance.example.fr

Final-Recipient: rfc822; m.lopez@ac-lyon.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--B1
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: m.lopez@ac-lyon.fr
Subject: [Assistance] Votre demande
Date: Mon, 14 Oct 2024 10:02:11 +0200

--B1--
"""))

M("automated", False, None, None, False, "fr",
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report.",
  "Microsoft Outlook <postmaster@lyceemistral.example.fr>", "Non remis : [Assistance] Demande de devis",
  None, client="robot", null_rp=True, headers=[("Auto-Submitted", "auto-replied")], raw=("multipart/report; report-type=delivery-status; boundary=\"NDR2\"",
"""--NDR2
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Impossible de remettre votre message à gestion@lyceemistral.example.fr.
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.

--NDR2
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB1234.FRAP264.PROD.OUTLOOK.COM

Final-Recipient: rfc822;gestion@lyceemistral.example.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full

--NDR2--
"""))

M("automated", False, None, None, True, "en",
  "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and Mailer-Daemon sender show it.",
  "Mail Delivery System <Mailer-Daemon@mail.mairie-digne.example.fr>", "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  achats@mairie-digne.example.fr
    Unrouteable address

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
Subject: [Assistance] Lien d'activation
""", client="robot", null_rp=True)

M("automated", False, None, None, False, "fr",
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification.",
  "Yasmina Cherif <yasmina.cherif@ac-nice.fr>", "Lu : [Assistance] Compte toujours en attente",
  None, client="robot", raw=("multipart/report; report-type=disposition-notification; boundary=\"MDN3\"",
"""--MDN3
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message

  À : Yasmina Cherif
  Objet : [Assistance] Compte toujours en attente

a été lu le mardi 15 octobre 2024 10:44:02 (UTC+01:00).

--MDN3
Content-Type: message/disposition-notification

Final-Recipient: rfc822;yasmina.cherif@ac-nice.fr
Disposition: automatic-action/MDN-sent-automatically; displayed

--MDN3--
"""))

M("automated", False, None, None, False, "fr",
  "Thunderbird return receipt in French, disposition-notification; region from ac-clermont.fr.",
  "Ben Carter <ben.carter@ac-clermont.fr>", "Accusé de réception (affiché) - [Assistance] New subscription not available",
  None, client="thunderbird", raw=("multipart/report; report-type=disposition-notification; boundary=\"TB4\"",
"""--TB4
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Ceci est un accusé de réception pour le courriel envoyé à ben.carter@ac-clermont.fr.

Remarque : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire.

--TB4
Content-Type: message/disposition-notification

Reporting-UA: ac-clermont.fr; Thunderbird
Final-Recipient: rfc822;ben.carter@ac-clermont.fr
Disposition: manual-action/MDN-sent-manually; displayed

--TB4--
"""))

M("automated", False, None, None, False, "fr",
  "MailInBlack challenge sent to the desk by a school's anti-spam: a robot, not a person asking; answering by mail would loop.",
  "MailInBlack <no-reply@mailinblack.example.com>", "Validation de votre message à lycee.delorme@ac-lyon.fr",
  """Bonjour,

Votre message à destination de lycee.delorme@ac-lyon.fr est en attente.
Pour que votre message soit délivré, merci de prouver que vous n'êtes pas un robot en cliquant sur le lien ci-dessous :
https://challenge.mailinblack.example.com/v/8f3c2a

Ce message a été envoyé automatiquement par MailInBlack.
""", client="robot", fmt="alt", headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])

M("automated", False, None, None, False, "fr",
  "Marketing newsletter with List-Id, List-Unsubscribe and Precedence: bulk.",
  "Éditions Lire & Grandir <newsletter@lire-et-grandir.example.com>", "Nouveautés jeunesse de l'automne 🍂",
  """Découvrez nos nouveautés jeunesse pour les CDI : romans ados, BD documentaires et albums.
Offre spéciale établissements scolaires : -10 % jusqu'au 31 octobre.

Se désabonner : https://lire-et-grandir.example.com/unsub
""", client="robot", fmt="html", cte="quoted-printable", headers=[("List-Id", "Lettre d'information <news.lire-et-grandir.example.com>"), ("List-Unsubscribe", "<https://lire-et-grandir.example.com/unsub?u=77>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])

M("automated", False, None, "ticket_portal", False, "fr",
  "Ticket-portal notification: a ticket the desk opened was updated. Auto-Submitted: auto-generated.",
  "Portail tickets <no-reply@tickets.example.fr>", "[Ticket #48213] Mise à jour : Transferts EcoleDirecte",
  """Bonjour,

Le ticket #48213 « Transferts EcoleDirecte » a été mis à jour par l'éditeur.
Nouveau statut : En cours d'analyse.

Ne répondez pas à ce message.
""", client="robot", headers=[("Auto-Submitted", "auto-generated")])

M("automated", False, None, "esignature", True, "fr",
  "E-signature 'document signé' notification without Auto-Submitted; the no-reply sender and wording show it is automatic.",
  "Signature électronique <no-reply@esign.example.fr>", "Document signé : Convention d'adhésion 2024-2027",
  """Bonjour,

Tous les signataires ont signé le document « Convention d'adhésion 2024-2027 ».
Vous pouvez le télécharger depuis votre espace pendant 30 jours.

Ceci est un message automatique.
""", client="robot", fmt="html")

M("automated", False, None, None, False, "en",
  "DMARC aggregate report (zip attachment) sent to the desk's address.",
  "noreply-dmarc-support@google.com", "Report domain: assistance.example.fr Submitter: google.com Report-ID: 1602847339291",
  """This is an aggregate report from google.com.
""", client="robot", attach=("google.com!assistance.example.fr!1728864000!1728950399.zip", "application/zip"), headers=[("Auto-Submitted", "auto-generated")])

M("automated", False, None, "espace_acheteur", False, "fr",
  "No-reply notification to the desk: an account awaits validation on a structure without administrator. Auto-Submitted: auto-generated.",
  "Espace Acheteur <no-reply@espace-acheteur.example.fr>", "Compte en attente de validation",
  """Bonjour,

Un nouvel utilisateur (y.cherif@...) attend la validation de son compte pour la structure « Lycée Amiral de Grasse ».
Cette structure n'a pas d'administrateur actif.

Message généré automatiquement.
""", client="robot", headers=[("Auto-Submitted", "auto-generated")])

M("automated", False, None, None, True, "fr",
  "A librarian's real question about an e-sidoc password, but posted to an academic mailing list (List-Id, Precedence: list): not written to us. Region from ac-aix-marseille.fr.",
  "Agnès Dupuy <agnes.dupuy@ac-aix-marseille.fr>", "[docs-aix] mot de passe e-sidoc ?",
  """Bonjour à toutes et à tous,

Quelqu'un sait-il comment récupérer le mot de passe admin e-sidoc quand l'ancienne collègue est partie ? Merci !

Agnès
_______________________________________________
docs-aix mailing list
""", client="thunderbird", headers=[("List-Id", "Documentalistes Aix-Marseille <docs-aix.listes.ac-aix-marseille.fr>"), ("Precedence", "list")])

M("automated", False, None, None, False, "fr",
  "Delay warning from the relay ('Delayed Mail'): not a failure, still automatic.",
  "Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>", "Delayed Mail (still being retried)",
  None, client="robot", null_rp=True, raw=("multipart/report; report-type=delivery-status; boundary=\"DL5\"",
"""--DL5
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4 hours. It will be retried until it is 5 days old.

<cdi@lycee-rabelais.example.fr>: connect to mx.lycee-rabelais.example.fr: Connection timed out

--DL5
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.assistance.example.fr

Final-Recipient: rfc822; cdi@lycee-rabelais.example.fr
Action: delayed
Status: 4.4.1

--DL5--
"""))

M("automated", False, None, None, False, "fr",
  "Another help desk's acknowledgement (Auto-Submitted, X-Loop) of a message the desk sent: answering would loop. Region from ac-grenoble.fr.",
  "Assistance DANE Grenoble <assistance-dane@ac-grenoble.fr>", "[DANE-38-2291] Accusé de réception",
  """Bonjour,

Nous avons bien reçu votre demande. Elle a été enregistrée sous le numéro DANE-38-2291 et sera traitée dans les meilleurs délais.

L'assistance DANE
""", client="robot", headers=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance-dane@ac-grenoble.fr")])

M("automated", False, None, None, False, "fr",
  "Host-provided autoresponder: only X-Autoreply / X-Autorespond headers, no Auto-Submitted.",
  "Mark Davies <mark.davies@region-sud.example.fr>", "Auto: Re: [Assistance] Registration confirmation not received",
  """Merci pour votre message. Je suis absent jusqu'au lundi 21 octobre. En cas d'urgence, écrivez à achats@region-sud.example.fr.
""", client="robot", headers=[("X-Autoreply", "yes"), ("X-Autorespond", "Auto-reply")], reply=True)

# ---------------------------------------------------------------- other (17)
M("other", False, None, None, False, "en",
  "English SEO spam.",
  "Ryan Cooper <ryan@rank-boost-seo.example.com>", "Boost your website to page #1",
  """Hi there,

I checked your website and noticed it is not ranking on Google for important keywords. We can get you to page #1 in 30 days, guaranteed.
Reply YES for a free audit.

Ryan
""", client="gmail")

M("other", False, None, None, False, "fr",
  "A parent asks about the school canteen: wrong address.",
  "Sabrina Lopes <sabrina.lopes13@hotmail.fr>", "cantine",
  """Bonjour
c'est pour savoir si la cantine du college est ouverte pendant les vacances de la toussaint pour mon fils
merci
""", client="android")

M("other", False, None, "esidoc", True, "fr",
  "Thanks only, quoting the reset answer: 'mot de passe' appears but nothing is asked.",
  "Sandrine Fayolle <sandrine.fayolle@ac-lyon.fr>", "Re: [Assistance] mot de passe e-sidoc",
  """Merci beaucoup, ça fonctionne !
Bonne journée
Sandrine

Le 14/10/2024 à 10:12, Assistance a écrit :
> Bonjour, voici le lien pour définir un nouveau mot de passe (valable 12 h).
""", client="thunderbird", reply=True)

M("other", False, None, None, True, "fr",
  "Phishing 'boîte pleine, confirmez votre mot de passe' from a look-alike domain: not password_reset, no region.",
  "Messagerie Académique <support@ac-nice-webmail.example.com>", "Votre boîte aux lettres est pleine",
  """Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de sa capacité. Pour éviter la suspension, confirmez votre mot de passe ici :
http://ac-nice-webmail.example.com/confirm

Service informatique
""", client="generic", fmt="html", auth="fail")

M("other", False, None, None, False, "fr",
  "Unsolicited internship application with a CV.",
  "Théo Garnier <theo.garnier.pro@gmail.com>", "Candidature stage",
  """Madame, Monsieur,

Étudiant en BUT informatique à Aix, je recherche un stage de 10 semaines à partir d'avril. Vous trouverez mon CV ci-joint.

Cordialement,
Théo Garnier
""", client="gmail", attach=("CV_Theo_Garnier.pdf", "application/pdf"))

M("other", False, None, None, False, "fr",
  "'Bien reçu, merci.' from a phone: nothing to do.",
  "Michel Tardy <michel.tardy@ac-lyon.fr>", "RE: [Assistance] Changement d'administrateur",
  """Bien reçu, merci.

Envoyé depuis mon téléphone
""", client="android", reply=True)

M("other", False, None, None, False, "fr",
  "Cold sales prospecting for library shelving, written to one person.",
  "Julie Ferrand <j.ferrand@mobilier-cdi.example.fr>", "Aménagement de votre CDI",
  """Bonjour,

Spécialistes de l'aménagement de CDI en Auvergne-Rhône-Alpes, nous serions ravis de vous présenter notre nouveau catalogue de rayonnages. Puis-je vous appeler cette semaine ?

Julie Ferrand
Chargée d'affaires
""", client="outlook", fmt="alt", cte="quoted-printable")

M("other", False, None, None, False, "fr",
  "GDPR erasure request from a former librarian.",
  "Martine Goutte <martine.goutte63@orange.fr>", "Suppression de mes données",
  """Bonjour,

Partie à la retraite, je souhaite que toutes mes données personnelles soient supprimées de vos bases (RGPD, article 17).

Martine Goutte
""", client="roundcube")

M("other", False, None, "espace_acheteur", False, "fr",
  "Wants to register for the Espace Acheteur webinar, the link fails: other.",
  "Fabienne Cornu <fabienne.cornu@ac-lyon.fr>", "inscription webinaire",
  """Bonjour,
Le lien d'inscription au webinaire de présentation de l'Espace Acheteur du 24 octobre renvoie une erreur 404. Comment s'inscrire ?
F. Cornu
""", client="outlook")

M("other", False, None, None, True, "fr",
  "Angry complaint about an unanswered request that says nothing about the topic: no category can be told.",
  "Gérard Peyron <gerard.peyron@ac-lyon.fr>", "INADMISSIBLE",
  """Cela fait TROIS semaines que j'attends une réponse. C'est inadmissible pour un service public. Je vais en référer à ma hiérarchie.
G. Peyron
""", client="outlook")

M("other", False, None, None, False, "en",
  "English partnership pitch from an edtech start-up.",
  "Priya Nair <priya@readwise-edu.example.io>", "Partnership idea for French school libraries",
  """Hi team,

We're an edtech start-up building reading-tracking tools for secondary schools. Would you be open to a 20-minute call about a possible integration?

Cheers,
Priya
""", client="gmail", fmt="alt")

M("other", False, None, None, False, "fr",
  "Personal message sent to the desk by address autocomplete.",
  "Laure Méjean <laure.mejean@ac-grenoble.fr>", "samedi",
  """Coucou, on se retrouve toujours samedi au marché de Valence ? Je prends les gâteaux.
Bises
Laure
""", client="gmail")

M("other", False, None, None, False, "fr",
  "A teacher asks for media-literacy teaching resources: unrelated to the services. Region from ac-clermont.fr.",
  "Hugo Lambert <hugo.lambert@ac-clermont.fr>", "ressources EMI",
  """Bonjour,
Auriez-vous des ressources pédagogiques sur l'éducation aux médias pour des 4e ? Je prépare une séquence sur les fake news.
Merci
Hugo Lambert
""", client="iphone")

M("other", False, None, None, True, "fr",
  "Fake 'facture impayée' with an attachment from an unknown sender: phishing, not order_billing.",
  "Service Recouvrement <recouvrement@factures-urgent.example.net>", "Facture impayée n°88412 - relance",
  """Bonjour,

Sauf erreur de notre part, la facture n°88412 reste impayée. Merci d'ouvrir le document joint et de régulariser sous 48 h.

Service recouvrement
""", client="generic", attach=("Facture_88412.pdf.html", "text/html"), auth="fail")

M("other", False, None, "ticket_portal", False, "en",
  "English how-to: sharing a ticket with a colleague on the ticket portal; no category of its own.",
  "Tom Harding <t.harding@ac-aix-marseille.fr>", "Share a ticket",
  """Hi,
How can I share a ticket on the ticket portal with my colleague so she can follow it too?
Tom
""", client="apple")

M("other", False, None, None, False, "fr",
  "Asks to be removed from the newsletter, written by hand: other, not automated.",
  "Régine Achard <regine.achard@ac-grenoble.fr>", "désinscription",
  """Bonjour, merci de me retirer de votre liste de diffusion, je reçois trop de mails. Cordialement R. Achard
""", client="outlook")

M("other", False, None, "ecoledirecte", False, "fr",
  "Thanks for fixing the transfers: mentions EcoleDirecte transfers but asks nothing.",
  "Cédric Aymard <cedric.aymard@ensemble-st-joseph-avignon.example.fr>", "RE: Transferts qui ne se terminent pas",
  """Bonjour,

Les transferts EcoleDirecte sont repartis depuis ce matin, merci pour votre réactivité !

Cédric

-----Message d'origine-----
De : Assistance
Objet : Transferts qui ne se terminent pas
""", client="outlook", reply=True)


# ====================================================================== wrapping
from email.header import Header
from email.utils import parseaddr

START = datetime(2024, 10, 14, 7, 30, tzinfo=timezone(timedelta(hours=2)))


def hexid(n):
    return "".join(RNG.choice("0123456789ABCDEF") for _ in range(n))


def msgid(client, dom):
    if client in ("outlook", "owa"):
        return "<%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (hexid(32), "PR" + hexid(4) + "MB" + hexid(4))
    if client == "gmail":
        return "<CA+%s@mail.gmail.com>" % "".join(RNG.choice("abcdefghijkLMNOPQRSTuvwxyz0123456789_-") for _ in range(40))
    if client in ("apple", "iphone"):
        return "<%s-%s-%s@%s>" % (hexid(8), hexid(4), hexid(12), dom)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(10**8, 10**9), RNG.randint(1, 99), RNG.randint(10**12, 10**13), dom)
    return "<%s.%s@%s>" % (hexid(16).lower(), hexid(8).lower(), dom)


def to_html(body, client):
    paras, quote = [], []
    for block in body.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(l.startswith(">") for l in lines):
            quote.append("<br>".join(html.escape(l.lstrip("> ")) for l in lines))
            continue
        paras.append("<br>\n".join(html.escape(l) for l in lines))
    if client in ("outlook", "owa"):
        inner = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % p for p in paras)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="FR"><div class="WordSection1">\n%s\n</div></body></html>\n' % inner)
    inner = "\n".join("<div>%s</div><div><br></div>" % p for p in paras)
    if quote:
        inner += "\n<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">%s</blockquote>" % "<br>".join(quote)
    return '<html><head><meta charset="utf-8"></head><body><div dir="ltr">\n%s\n</div></body></html>\n' % inner


ATTACH = {
    "image/png": bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                               "1f15c4890000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082"),
    "application/pdf": b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    "application/zip": bytes.fromhex("504b0506000000000000000000000000000000000000"),
    "text/html": b"<html><body><form action='http://factures-urgent.example.net/x'><input name=p></form></body></html>\n",
}


def enc_header(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


def build(n, m, when):
    o = m["o"]
    client = o.get("client", "generic")
    name, addr = parseaddr(m["frm"])
    dom = addr.rsplit("@", 1)[1].lower()
    mid = msgid(client, dom)
    date = when.astimezone(timezone.utc) if client in ("outlook", "owa") else when
    heads = []
    rp = "<>" if o.get("null_rp") else "<%s>" % addr
    heads.append(("Return-Path", rp))
    heads.append(("Delivered-To", DESK))
    relay = "smtp%d.%s" % (RNG.randint(1, 9), dom) if client not in ("outlook", "owa") else "PAUP264CU%03d.outbound.protection.outlook.com" % RNG.randint(1, 999)
    heads.append(("Received", "from %s (%s [203.0.113.%d]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s for <%s>; %s"
                  % (relay, relay, RNG.randint(2, 250), hexid(12), DESK, format_datetime(when + timedelta(seconds=RNG.randint(2, 40))))))
    res = "fail" if o.get("auth") == "fail" else "pass"
    heads.append(("Authentication-Results", "mx1.assistance.example.fr; dkim=%s header.d=%s; spf=%s smtp.mailfrom=%s; dmarc=%s header.from=%s"
                  % (res, dom, res, dom, res, dom)))
    heads.append(("From", m["frm"]))
    heads.append(("To", o.get("to", "Assistance <%s>" % DESK)))
    if o.get("cc"):
        heads.append(("Cc", o["cc"]))
    if o.get("reply_to"):
        heads.append(("Reply-To", o["reply_to"]))
    heads.append(("Subject", m["subj"]))
    if client in ("outlook", "owa"):
        heads.append(("Thread-Topic", m["subj"]))
    heads.append(("Date", format_datetime(date)))
    heads.append(("Message-ID", mid))
    if o.get("reply"):
        ref = "<%s@assistance.example.fr>" % hexid(20).lower()
        heads.append(("In-Reply-To", ref))
        heads.append(("References", ref))
    for k, v in CLIENTS[client]:
        heads.append((k, v if v is not None else hexid(22) + "=="))
    for k, v in o.get("headers", []):
        heads.append((k, v))

    if o.get("raw"):
        ctype, rawbody = o["raw"]
        lines = []
        for k, v in heads:
            lines.append("%s: %s" % (k, enc_header(v) if k in ("Subject", "Thread-Topic") else v))
        lines += ["MIME-Version: 1.0", "Content-Type: " + ctype, "", rawbody]
        return "\n".join(lines).encode("utf-8")

    msg = EmailMessage()
    for k, v in heads:
        msg[k] = v
    body = m["body"]
    cte = o.get("cte", "8bit")
    fmt = o.get("fmt", "plain")
    if fmt == "html":
        msg.set_content(to_html(body, client), subtype="html", cte=cte)
    else:
        msg.set_content(body, cte=cte)
        if fmt == "alt":
            msg.add_alternative(to_html(body, client), subtype="html", cte=cte)
    if o.get("attach"):
        fname, ctype = o["attach"]
        maintype, subtype = ctype.split("/")
        msg.add_attachment(ATTACH[ctype], maintype=maintype, subtype=subtype, filename=fname)
    for part in msg.walk():   # fixed boundaries keep the output deterministic
        if part.is_multipart():
            part.set_boundary("----=_Part_%s" % hexid(24))
    return msg.as_bytes()


def visible_text(msg):
    parts = [str(msg.get("Subject", "")), str(msg.get("From", "")), str(msg.get("Cc", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.get_filename():
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            parts.append(t)
    return "\n".join(parts)


CODE = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def main():
    assert len(MAILS) == 150, len(MAILS)
    for f in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", f):
            os.remove(os.path.join(HERE, f))
    order = list(range(150))
    RNG.shuffle(order)   # mix the categories across the week
    when = START
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        when = when + timedelta(minutes=RNG.randint(20, 95))
        if when.hour >= 19:
            when = (when + timedelta(days=1)).replace(hour=7, minute=RNG.randint(0, 59))
        fname = "h%03d.eml" % n
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(build(n, m, when))
        sender = parseaddr(m["frm"])[1]
        region = m["o"].get("region", region_for(m["uai"], sender))
        labels.append({"file": fname, "category": m["cat"], "auto_reply_ok": m["auto"], "uai": m["uai"],
                       "region": region, "platform": m["plat"], "hard": m["hard"], "lang": m["lang"],
                       "notes": m["notes"]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    labs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    emls = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert len(labs) == 150 and len(emls) == 150 and emls == [l["file"] for l in labs]
    assert {l["category"] for l in labs} == set(CATS)
    n_en = 0
    for lab in labs:
        f = lab["file"]
        assert list(lab) == KEYS, f
        assert lab["category"] in CATS, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, f
        assert lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        n_en += lab["lang"] == "en"
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 10, f
        raw = open(os.path.join(HERE, f), "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
        for k in ("Message-ID", "Date", "From"):
            assert msg[k], (f, k)
        for k, v in msg.items():
            assert not getattr(v, "defects", None), (f, k, v.defects)
        text = visible_text(msg)
        flat = re.sub(r"\s+", "", text).upper()
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), f
            assert lab["uai"] in flat, (f, lab["uai"])
        sender = parseaddr(str(msg["From"]))[1]
        assert lab["region"] == region_for(lab["uai"], sender), (f, lab["region"])
        assert lab["region"] is None or lab["region"] in REGIONS
        for code in CODE.findall(text):
            c = code.upper()
            if uai_ok(c):
                assert c == lab["uai"] or c in lab["notes"], (f, c)
            else:
                assert c in lab["notes"] and "wrong check letter" in lab["notes"], (f, c)
        if "wrong check letter" in lab["notes"]:
            bad = [c for c in CODE.findall(lab["notes"]) if not uai_ok(c.upper())]
            assert bad, f
            for c in bad:
                assert c.upper() in flat, (f, c)
    assert 10 <= n_en <= 25, n_en
    print("ok: 150 mails, %d in English, %d hard" % (n_en, sum(l["hard"] for l in labs)))


if __name__ == "__main__":
    main()

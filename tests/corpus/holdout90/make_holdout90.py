#!/usr/bin/env python3
"""Write the holdout90 blind test corpus: 150 hand-written support mails + labels.jsonl.

Theme: codes that look like UAIs but are not (SIRET/SIREN, order and invoice
numbers, phone numbers, postal codes, file names, portal URLs, subject reference
codes) and real UAIs in odd places; Pays de la Loire and Centre-Val de Loire.

Standard library only, deterministic (random.Random with a fixed seed).
Every mail text below is written by hand; the script only adds headers and a
transfer encoding, then re-reads everything and checks it.

    python3 make_holdout90.py
"""
import email
import html
import json
import random
import re
import sys
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(90090)
DESK = "support@assistance.example.fr"

PDL = "pays-de-la-loire"
CVL = "centre-val-de-loire"
BRE = "bretagne"
NAQ = "nouvelle-aquitaine"
NOR = "normandie"
IDF = "ile-de-france"

CATEGORIES = [
    "password_reset", "missing_noreply_mail", "mailinblack_spam", "account_creation",
    "subscription_activation", "head_of_establishment_request", "order_billing",
    "contract_documents", "transfer_incident", "automated", "other",
]
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]

# regions.md
DEPT_REGION = {}
for _slug, _depts in {
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
    "guadeloupe": "971", "martinique": "972", "guyane": "973", "la-reunion": "974",
    "mayotte": "976",
}.items():
    for _d in _depts.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
DOMAIN_REGION = {
    "ac-clermont.fr": "auvergne-rhone-alpes", "ac-grenoble.fr": "auvergne-rhone-alpes",
    "ac-lyon.fr": "auvergne-rhone-alpes", "ac-besancon.fr": "bourgogne-franche-comte",
    "ac-dijon.fr": "bourgogne-franche-comte", "ac-rennes.fr": "bretagne",
    "ac-orleans-tours.fr": "centre-val-de-loire", "ac-corse.fr": "corse",
    "ac-nancy-metz.fr": "grand-est", "ac-reims.fr": "grand-est", "ac-strasbourg.fr": "grand-est",
    "ac-amiens.fr": "hauts-de-france", "ac-lille.fr": "hauts-de-france",
    "ac-creteil.fr": "ile-de-france", "ac-paris.fr": "ile-de-france",
    "ac-versailles.fr": "ile-de-france", "ac-normandie.fr": "normandie", "ac-caen.fr": "normandie",
    "ac-rouen.fr": "normandie", "ac-bordeaux.fr": "nouvelle-aquitaine",
    "ac-limoges.fr": "nouvelle-aquitaine", "ac-poitiers.fr": "nouvelle-aquitaine",
    "ac-montpellier.fr": "occitanie", "ac-toulouse.fr": "occitanie", "ac-nantes.fr": "pays-de-la-loire",
    "ac-aix-marseille.fr": "provence-alpes-cote-d-azur", "ac-nice.fr": "provence-alpes-cote-d-azur",
    "ac-guadeloupe.fr": "guadeloupe", "ac-martinique.fr": "martinique", "ac-guyane.fr": "guyane",
    "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte",
}
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai_ok(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and LETTERS[int(code[:7]) % 23] == code[7]


UA = {
    "tb": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"),
    "tbl": ("User-Agent", "Mozilla Thunderbird"),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "owa": ("X-MS-Has-Attach", ""),
    "gmail": None,
    "apple": ("X-Mailer", "Apple Mail (2.3774.600.62)"),
    "iphone": ("X-Mailer", "iPhone Mail (21H16)"),
    "zimbra": ("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF131 (Win)/9.0.0_ZEXTRAS_20240927)"),
    "bot": None,
}

MAILS = []


def add(category, auto, uai, region, platform, hard, lang, notes, *, frm, subj, body,
        ua="tb", kind="plain", cte=None, html_body=None, att=None, extra=None,
        reply=False, auth="pass", raw=None, ctype=None, to=None, charset="utf-8", wrong=()):
    MAILS.append(dict(label=dict(category=category, auto_reply_ok=auto, uai=uai, region=region,
                                 platform=platform, hard=hard, lang=lang, notes=notes),
                      frm=frm, subj=subj, body=body, ua=ua, kind=kind, cte=cte,
                      html_body=html_body, att=att or [], extra=extra or [], reply=reply,
                      auth=auth, raw=raw, ctype=ctype, to=to, charset=charset, wrong=list(wrong)))


def text_to_html(text):
    paras = text.strip().split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n" + "\n".join(out) + "\n</body></html>\n")

# ---------------------------------------------------------------- password_reset
add("password_reset", True, "0440834T", PDL, "esidoc", False, "fr",
    "Forgotten e-sidoc admin password, UAI given plainly next to the school phone number.",
    frm="Gaëlle Normand <gaelle.normand@ac-nantes.fr>", subj="mot de passe e-sidoc perdu",
    body="""Bonjour,

Je n'arrive plus à me connecter à l'administration de notre portail e-sidoc, le mot de passe est refusé depuis la rentrée.
Notre identifiant (UAI) : 0440834T
Collège Les Sables d'Or, 44500 La Baule - tél. 02 40 60 18 22

Merci de m'envoyer un lien de réinitialisation.

Gaëlle Normand
Professeure documentaliste
""")

add("password_reset", True, "0372190E", CVL, "esidoc", True, "fr",
    "UAI only inside the portal URL, in lower case (0372190e.esidoc.fr); 37000 is the postal code, not part of any code.",
    frm="Benoit Lacroix <benoit.lacroix@ac-orleans-tours.fr>", subj="Acces admin portail CDI",
    body="""Bonjour

impossible de me connecter sur https://0372190e.esidoc.fr/ en tant qu'administrateur, mdp refusé et le lien "mot de passe oublié" ne me renvoie rien d'utile.
Lycée Grandmont, avenue de Sévigné, 37000 Tours.

Pouvez vous réinitialiser le mot de passe svp ?

B. Lacroix, prof doc
""", ua="zimbra")

add("password_reset", True, "0491453N", PDL, "esidoc", True, "fr",
    "UAI only in the ce.<UAI>@ac-nantes.fr sender address; the body gives only the SIRET 19490145300017, which is not a UAI.",
    frm="Secretariat College Jean Rostand <ce.0491453N@ac-nantes.fr>", subj="Réinitialisation mot de passe administrateur",
    body="""Bonjour,

Notre documentaliste, Mme Brault, a perdu le mot de passe administrateur du portail e-sidoc.
Merci d'envoyer le lien de réinitialisation à cette adresse fonctionnelle, nous lui transmettrons.

Pour information notre SIRET : 194 901 453 00017

Le secrétariat
Collège Jean Rostand - Angers
""", ua="outlook")

add("password_reset", False, None, PDL, "esidoc", True, "fr",
    "UAI typed 0532239K: wrong check letter (the digits give 0532239W), so no UAI; region from the ac-nantes.fr sender domain; a person must confirm the school.",
    frm="Jerome Poirier <jerome.poirier@ac-nantes.fr>", subj="Mot de passe oublié",
    body="""Bonjour,

j'ai oublié le mot de passe de l'admin e-sidoc du collège, identifiant 0532239K.
Pouvez-vous me renvoyer un lien ?

Jérôme Poirier
Collège de Mayenne
""", wrong=["0532239K"])

add("password_reset", True, "0180998M", CVL, "esidoc", True, "fr",
    "UAI written with spaces and lower case (018 0998 m); the label is 0180998M. The 02 48 numbers are phone numbers.",
    frm="Sylvie Marchand <sylvie.marchand@ac-orleans-tours.fr>", subj="mdp",
    body="""bonjour
mot de passe admin esidoc perdu, uai 018 0998 m
lycée à Bourges
rappelez moi au 02 48 24 51 60 ou 06 71 23 48 09 si besoin
merci
Sylvie
""", ua="iphone")

add("password_reset", True, "0722157D", PDL, "espace_acheteur", False, "fr",
    "Locked out of the buyer space after three attempts; UAI in the signature.",
    frm="Karine Gautier <karine.gautier@ac-nantes.fr>", subj="Compte bloqué Espace Acheteur",
    body="""Bonjour,

Mon compte sur l'Espace Acheteur est bloqué après trois essais de mot de passe. Je dois passer une commande cette semaine.
Pourriez-vous me le débloquer ou m'envoyer un nouveau lien ?

Cordialement,

Karine Gautier
Gestionnaire
Lycée Touchard-Washington - Le Mans
UAI 0722157D
""", ua="outlook", kind="alt")

add("password_reset", True, "0450660Y", CVL, "esidoc", True, "fr",
    "UAI only in the attached screenshot's file name and repeated in the portal URL; the number 2024117C in the body is an order number, not a UAI.",
    frm="Hélène Bourdin <helene.bourdin@ac-orleans-tours.fr>", subj="Lien de réinitialisation expiré",
    body="""Bonjour,

Le lien de réinitialisation reçu hier pour https://0450660y.esidoc.fr a expiré avant que je puisse l'utiliser (j'étais en cours toute la journée).
Pouvez-vous m'en renvoyer un ? Capture jointe.

Je ne sais pas si c'est lié, mais notre commande n° 2024117C est passée la semaine dernière.

Hélène Bourdin
Documentaliste
""", att=[("capture_0450660Y_erreur.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")],
    ua="tb")

add("password_reset", True, "0850496C", PDL, "esidoc", False, "en",
    "English: assistant teacher lost the e-sidoc admin password; UAI given in the body.",
    frm="Emma Collins <emma.collins@ac-nantes.fr>", subj="Forgot password for library portal",
    body="""Hello,

I am the English assistant helping in the library of Collège Richelieu (UAI 0850496C) in La Roche-sur-Yon. The librarian asked me to write because we cannot log in to the e-sidoc back office: the password was forgotten.

Could you send a reset link to the address you have on file?

Thanks a lot,
Emma Collins
""", ua="gmail")

add("password_reset", True, "0281956Z", CVL, "esidoc", True, "fr",
    "Negation: 'ce n'est pas mon mot de passe ENT, c'est celui du portail e-sidoc' that is lost; UAI in the subject reference.",
    frm="Marc Delaunay <marc.delaunay@ac-orleans-tours.fr>", subj="[0281956Z] mot de passe portail",
    body="""Bonjour,

Ce n'est pas mon mot de passe ENT qui pose problème (celui-là fonctionne), c'est celui de l'administration du portail e-sidoc du lycée : je ne le retrouve plus depuis le départ de ma collègue.

Merci de m'indiquer comment le réinitialiser.

Marc Delaunay
Lycée Rotrou - Dreux
""")

add("password_reset", True, "0530589C", PDL, "esidoc", True, "fr",
    "UAI only in a ce.<UAI> address quoted in the body (the sender writes from gmail); the reset should go to that official address.",
    frm="christine.leroux53@gmail.com", subj="identifiant e-sidoc",
    body="""bjr,

je suis la doc du college de Chateau-Gontier. j'ai perdu le mdp de l'admin e-sidoc. Vous pouvez envoyer le lien sur la boite du college ce.0530589C@ac-nantes.fr, je ne peux pas utiliser ma boite académique en ce moment.

merci
Christine Leroux
""", ua="gmail")

add("password_reset", True, "0412975L", CVL, "esidoc", False, "fr",
    "HTML-only Outlook message: new librarian never received the admin password; UAI in the signature table.",
    frm="Aurélie Fontaine <aurelie.fontaine@ac-orleans-tours.fr>", subj="Identifiants administrateur e-sidoc",
    body="""Bonjour,

Je viens d'arriver au CDI du collège et ma collègue partie en retraite ne m'a pas laissé le mot de passe de l'administration e-sidoc.
Est-il possible de le réinitialiser ?

Bien cordialement,

Aurélie Fontaine
Professeure documentaliste
Collège Louis Pergaud - Blois
UAI : 0412975L - Tél. 02 54 78 12 40
""", ua="outlook", kind="html")

add("password_reset", False, "0442922M", PDL, "esidoc", True, "fr",
    "Two topics: lost e-sidoc password (main) and an unpaid invoice FA-2024-0442; the invoice number shares digits with the UAI but is not one.",
    frm="Nathalie Guérin <nathalie.guerin@ac-nantes.fr>", subj="Mot de passe + facture",
    body="""Bonjour,

Deux choses :
1) j'ai perdu le mot de passe administrateur e-sidoc (UAI 0442922M), pouvez-vous le réinitialiser ?
2) notre gestionnaire me dit que la facture FA-2024-0442 n'est toujours pas déposée sur Chorus Pro, est-ce normal ?

Merci,
Nathalie Guérin
Lycée Gabriel Guist'hau, Nantes
""", ua="zimbra")

add("password_reset", True, "0361524L", CVL, "esidoc", True, "en",
    "English; the UAI appears only in the quoted previous reply from the desk (Gmail quote) and the request is again a reset link.",
    frm="David Morel <david.morel.cdi@gmail.com>", subj="Re: [Ticket 88213] password reset",
    body="""Hi,

Sorry, the link you sent expired again before I could use it. Could you send a new one?

David

On Tue, Nov 12, 2024 at 9:02 AM Assistance <support@assistance.example.fr> wrote:
> Bonjour,
> A reset link for establishment 0361524L was sent to the administrator address on file.
> It is valid for 12 hours.
> Cordialement, l'assistance
""", ua="gmail", reply=True)

add("password_reset", False, None, CVL, "esidoc", True, "fr",
    "The only 7-digit-plus-letter code, 0372035B, has a wrong check letter (the digits give 0372035L); the sender also asks for the password to be sent to a personal address, so no automatic answer.",
    frm="Patrick Renaud <patrick.renaud@ac-orleans-tours.fr>", subj="Accès e-sidoc",
    body="""Bonjour,

Pouvez-vous m'envoyer directement le mot de passe e-sidoc de l'établissement 0372035B sur mon adresse perso patrick.renaud37@orange.fr ? Je n'ai plus accès à la boite du lycée.

Merci d'avance
P. Renaud
""", ua="apple", wrong=["0372035B"])

add("password_reset", True, "0720433E", PDL, "esidoc", False, "fr",
    "Short message without accents: lost password, UAI in the body.",
    frm="lea.hamon@ac-nantes.fr", subj="mot de passe",
    body="""Bonjour, j'ai oublie mon mot de passe e-sidoc, etablissement 0720433E. Merci de me renvoyer un lien. Lea Hamon, CDI college Alain-Fournier, Le Mans""",
    ua="zimbra")

add("password_reset", True, "0282065T", CVL, "esidoc", True, "fr",
    "The subject carries the desk ticket reference 2025031W, which has a valid-looking check letter but is a ticket number; the UAI is 0282065T in the signature.",
    frm="Corinne Vallet <corinne.vallet@ac-orleans-tours.fr>", subj="RE: Demande n°2025031W - mot de passe",
    body="""Bonjour,

Je n'ai jamais reçu le lien annoncé dans votre réponse. Pouvez-vous le renvoyer, ou me dire à quelle adresse il est parti ?

Cordialement

Corinne Vallet
Documentaliste - Lycée Marceau, Chartres
0282065T

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 13 janvier 2025 10:14
Objet : Demande n°2025031W - mot de passe

Bonjour, un lien de réinitialisation a été envoyé à l'adresse de l'administrateur enregistrée.
""", ua="outlook", reply=True)

add("password_reset", True, "0851182Y", PDL, "espace_acheteur", False, "fr",
    "Forgotten Espace Acheteur identifier; UAI written in the body with a dash (0851182-Y).",
    frm="Thierry Boucher <thierry.boucher@ac-nantes.fr>", subj="Identifiant oublié espace acheteur",
    body="""Bonjour,

Je ne me souviens plus de mon identifiant pour l'Espace Acheteur. C'est pour le lycée Pierre Mendès France (RNE 0851182-Y).
Pouvez-vous me le rappeler et me permettre de refaire un mot de passe ?

T. Boucher, adjoint gestionnaire
""")

add("password_reset", True, "0411066L", CVL, "esidoc", True, "en",
    "English; the mail quotes the portal login page where the identifier field shows 0411066L; the 41000 postal code is not a code.",
    frm="Sarah Whitfield <s.whitfield@ac-orleans-tours.fr>", subj="Cannot log in to e-sidoc admin",
    body="""Good morning,

I'm covering for our school librarian at Lycée Augustin Thierry, 41000 Blois. The admin login page says:

  Identifiant : 0411066L
  Mot de passe : ********
  "Identifiant ou mot de passe incorrect"

Nobody here knows the password. Can you reset it please?

Best regards,
Sarah Whitfield
""")

add("password_reset", True, "0491848T", PDL, "esidoc", False, "fr",
    "Password expired message on the admin interface; UAI in the body, Apple Mail.",
    frm="Anne-Sophie Bertin <as.bertin@ac-nantes.fr>", subj="Mot de passe expiré",
    body="""Bonjour,

En me connectant ce matin à l'admin e-sidoc on m'annonce que mon mot de passe a expiré, mais la page de changement plante.
Notre établissement : 0491848T, lycée Joachim du Bellay à Angers.

Merci de votre aide.
Anne-Sophie

Envoyé de mon iPad
""", ua="iphone")

add("password_reset", False, "0452283M", CVL, "esidoc", True, "fr",
    "Base64 body; the UAI 0452283M is given but the sender writes from a town-hall address and asks the link to go to her own mailbox: a person must check.",
    frm="Mairie de Saran - Médiathèque <mediatheque@ville-saran.example.fr>", subj="Mot de passe portail documentaire",
    body="""Bonjour,

Je gère avec le collège le portail documentaire commun (établissement 0452283M). Le mot de passe administrateur a été perdu.
Pourriez-vous m'envoyer le lien directement sur cette adresse ?

Cordialement,
Mme Pichon, responsable de la médiathèque
""", cte="base64", ua="outlook")

add("password_reset", True, "0441970C", PDL, "esidoc", True, "fr",
    "Quoted-printable; the UAI is in the sender address in lower case (ce.0441970c@ac-nantes.fr); the number 44100 is a postal code.",
    frm="Lycee Camille Claudel <ce.0441970c@ac-nantes.fr>", subj="Mot de passe administrateur perdu",
    body="""Bonjour,

Le professeur documentaliste du lycée (44100 Nantes) a égaré le mot de passe de l'administration e-sidoc. Merci d'adresser le lien de réinitialisation à l'adresse de l'établissement.

Bien à vous,
L'intendance
""", cte="quoted-printable", ua="zimbra")

add("password_reset", True, "0180657S", CVL, "esidoc", False, "en",
    "English, short: lost password, UAI given.",
    frm="Tom Harris <tom.harris@ac-orleans-tours.fr>", subj="Password",
    body="""Hi, I lost the password for our e-sidoc admin (school code 0180657S). Please send me a reset link. Thanks, Tom""",
    ua="apple")

add("password_reset", True, "0532996U", PDL, "esidoc", True, "fr",
    "The UAI 0532996U appears only in the file name of the attached head's note (note_0532996U.pdf); the body has none.",
    frm="Pauline Hervé <pauline.herve@ac-nantes.fr>", subj="mot de passe admin",
    body="""Bonjour,

Je ne retrouve plus le mot de passe administrateur du portail du CDI. Vous trouverez en pièce jointe la fiche de l'établissement.
Merci de me dire comment faire.

Pauline Hervé
""", att=[("note_0532996U.pdf", "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF\n")],
    ua="tb")

add("password_reset", False, None, None, "esidoc", True, "fr",
    "Writes from a free mail address and gives only a SIRET (19720222100013) and the phone number; no UAI, no académie domain, so no region; a person must identify the school.",
    frm="Julien Perrot <julien.perrot72@laposte.net>", subj="perte mot de passe CDI",
    body="""Bonjour

Je suis le nouveau documentaliste du collège Le Ronceray au Mans, je n'ai pas le mot de passe d'admin e-sidoc. Le SIRET du collège est 197 202 221 00013, tel 02 43 84 20 00.
Comment je fais ?

Julien Perrot
""", ua="gmail")

# ---------------------------------------------------------------- missing_noreply_mail
add("missing_noreply_mail", True, "0442701X", PDL, "espace_acheteur", False, "fr",
    "Activation mail of the buyer space never arrived; no anti-spam product named.",
    frm="Sophie Lemaire <sophie.lemaire@ac-nantes.fr>", subj="Pas reçu le mail d'activation",
    body="""Bonjour,

Je me suis inscrite sur l'Espace Acheteur hier pour le collège (UAI 0442701X) mais je n'ai jamais reçu le mail d'activation, ni dans la boîte de réception ni dans les indésirables.

Pouvez-vous le renvoyer ?

Sophie Lemaire, gestionnaire
""", ua="zimbra")

add("missing_noreply_mail", True, "0370231A", CVL, "esidoc", True, "fr",
    "Negation: 'je connais mon mot de passe', the new-password mail from no-reply never comes; UAI only in the portal URL 0370231a.esidoc.fr.",
    frm="Isabelle Roux <isabelle.roux@ac-orleans-tours.fr>", subj="mail no-reply jamais reçu",
    body="""Bonjour,

Je connais mon mot de passe, le problème n'est pas là : quand je demande la modification de l'adresse de contact sur https://0370231a.esidoc.fr, le mail de confirmation envoyé par no-reply n'arrive jamais.
J'ai vérifié les spams.

Isabelle Roux
""")

add("missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
    "The only UAI-shaped code, 4400123T, is the buyer-space order number; it has a valid-looking letter but no such département, so no UAI and no region (free-mail sender).",
    frm="Fabrice Millet <fabrice.millet@free.fr>", subj="Confirmation de commande 4400123T non reçue",
    body="""Bonjour,

J'ai validé la commande 4400123T sur l'Espace Acheteur mais je n'ai reçu aucun mail de confirmation, alors que d'habitude il arrive tout de suite.
Rien dans les indésirables non plus.

Cordialement
F. Millet, service achats
""", ua="gmail")

add("missing_noreply_mail", True, "0490304P", PDL, "espace_acheteur", False, "en",
    "English: no notifications from the no-reply address since the school changed mail provider.",
    frm="Laura Bennett <laura.bennett@ac-nantes.fr>", subj="No emails from your platform",
    body="""Hello,

Since our school (0490304P, Saumur) moved to the new academic mail system, we receive no notification e-mails from the buyer space (no-reply address). Orders are fine, it is just the e-mails.

Could you check on your side?

Regards,
Laura Bennett, bursar's office
""")

add("missing_noreply_mail", True, "0281316D", CVL, "espace_acheteur", True, "fr",
    "The phone number 02 37 51 40 20 and the SIREN 192 800 153 are given, but the UAI is only in the ce.<UAI> sender address.",
    frm="Intendance Lycée Silvia Monfort <ce.0281316D@ac-orleans-tours.fr>", subj="Lien d'activation",
    body="""Bonjour,

Le lien d'activation du compte acheteur de notre nouvelle gestionnaire ne lui est jamais parvenu. Pouvez-vous le renvoyer sur cette adresse ?

Intendance - SIREN 192 800 153
Tél : 02 37 51 40 20
""", ua="outlook")

add("missing_noreply_mail", True, "0722235N", PDL, "esidoc", False, "fr",
    "HTML-only: reset requested three times, the no-reply mail never arrived.",
    frm="Vincent Picard <vincent.picard@ac-nantes.fr>", subj="Demande de mot de passe sans effet",
    body="""Bonjour,

J'ai fait trois fois « mot de passe oublié » sur e-sidoc (établissement 0722235N) et je ne reçois aucun mail. Les indésirables sont vides.

Merci,
Vincent Picard
Professeur documentaliste
""", kind="html", ua="outlook")

add("missing_noreply_mail", True, "0410736C", CVL, "esidoc", False, "fr",
    "Gmail-style quick note: activation link not received; UAI in the body in lower case.",
    frm="m.tessier@ac-orleans-tours.fr", subj="Re: activation",
    body="""Bonjour, toujours rien reçu pour l'activation, uai 0410736c. Merci de relancer l'envoi.

Le jeu. 7 nov. 2024 à 14:21, Assistance <support@assistance.example.fr> a écrit :
> Bonjour, le lien d'activation vous a été envoyé ce jour.
""", ua="zimbra", reply=True)

add("missing_noreply_mail", True, None, PDL, "espace_acheteur", True, "fr",
    "Order number 2410583Z looks like a UAI with a valid check letter, but it is the quote reference; no UAI, region from the ac-nantes.fr domain.",
    frm="Marine Chevalier <marine.chevalier@ac-nantes.fr>", subj="Devis 2410583Z : pas de mail",
    body="""Bonjour,

Le devis 2410583Z a bien été généré sur l'Espace Acheteur mais le mail qui devait me l'envoyer ne m'est jamais parvenu. Je ne sais pas si c'est un problème de filtre chez nous. Pas d'antispam particulier à ma connaissance.

Marine Chevalier
""")

add("missing_noreply_mail", True, "0182667B", CVL, "esidoc", True, "fr",
    "Names MailInBlack only to say the school no longer uses it; no-reply mail still missing: missing_noreply_mail.",
    frm="Olivier Garnier <olivier.garnier@ac-orleans-tours.fr>", subj="Toujours pas de mail de réinitialisation",
    body="""Bonjour,

Nous avons retiré MailInBlack depuis septembre, ce n'est donc pas lui qui bloque. Pourtant le mail de réinitialisation e-sidoc n'arrive toujours pas (établissement 0182667B, Vierzon).

Que faut-il autoriser chez nous ?

Olivier Garnier, référent numérique
""")

add("missing_noreply_mail", True, "0851737B", PDL, "esidoc", False, "fr",
    "Quoted-printable Outlook message: alerts from the portal no longer arrive.",
    frm="Céline Barbier <celine.barbier@ac-nantes.fr>", subj="Plus de notifications e-sidoc",
    body="""Bonjour,

Depuis deux semaines je ne reçois plus les notifications automatiques du portail (suggestions d'achat, réservations). Établissement 0851737B.
J'ai regardé dans le courrier indésirable, rien.

Bonne journée,
Céline Barbier
""", cte="quoted-printable", ua="outlook")

add("missing_noreply_mail", True, "0361798J", CVL, "espace_acheteur", False, "en",
    "English: never got the sign-up confirmation e-mail; UAI in the body.",
    frm="Kevin O'Neill <kevin.oneill@ac-orleans-tours.fr>", subj="Sign-up confirmation not received",
    body="""Hi,

I registered on the buyer space for Lycée Jean Giraudoux (0361798J) in Châteauroux two days ago. The confirmation e-mail never came, not even in junk.

Kevin O'Neill
""", ua="apple")

add("missing_noreply_mail", True, "0531561J", PDL, "esidoc", True, "fr",
    "Sent from the phone with the UAI only in the ce.<UAI> address quoted in the body; the 53000 postal code is not a code.",
    frm="Yann Morvan <yann.morvan@ac-nantes.fr>", subj="Mail pas reçu",
    body="""Bonjour
Le mail avec le nouveau mot de passe devait partir vers ce.0531561J@ac-nantes.fr, le secrétariat ne l'a pas reçu.
Collège Fernand Puech 53000 Laval
Yann

Envoyé de mon iPhone
""", ua="iphone")

add("missing_noreply_mail", True, "0452895C", CVL, "espace_acheteur", True, "fr",
    "Invoice number 4416027E has a valid-looking check letter but is not a UAI; the establishment's UAI 0452895C is in the signature.",
    frm="Nicolas Faure <nicolas.faure@ac-orleans-tours.fr>", subj="Avis de facture non reçu",
    body="""Bonjour,

D'après le fournisseur, la facture 4416027E a été déposée et l'avis devait nous être envoyé par mail automatique depuis l'Espace Acheteur. Nous ne l'avons pas reçu.
Pouvez-vous vérifier l'envoi ?

Nicolas Faure
Adjoint gestionnaire - Lycée Benjamin Franklin, Orléans
UAI 0452895C
""", ua="outlook")

add("missing_noreply_mail", True, "0720739M", PDL, "esidoc", False, "fr",
    "Activation mail for a new teacher account never arrived; Thunderbird, UAI in the body.",
    frm="Agnès Lebon <agnes.lebon@ac-nantes.fr>", subj="Mail de confirmation",
    body="""Bonjour,

Une collègue que j'ai ajoutée comme contributrice sur le portail du collège (0720739M) n'a jamais reçu le mail pour définir son mot de passe.
Elle a regardé dans ses spams.

Merci
Agnès Lebon
""")

add("missing_noreply_mail", True, None, CVL, "esidoc", True, "fr",
    "Base64 body; the code 0371402X in the body has a wrong check letter (the digits give 0371402Y); region from the ac-orleans-tours.fr domain.",
    frm="Gilles Masson <gilles.masson@ac-orleans-tours.fr>", subj="Pas de mail de réinitialisation",
    body="""Bonjour,

Après avoir cliqué sur « mot de passe oublié » pour l'établissement 0371402X, je n'ai reçu aucun mail, même dans le dossier spam.

Cordialement,
Gilles Masson
""", cte="base64", ua="outlook", wrong=["0371402X"])

add("missing_noreply_mail", True, "0492360Z", PDL, "espace_acheteur", False, "fr",
    "Multipart/alternative Outlook mail: the password reset mail of the buyer space never arrives.",
    frm="Delphine Rolland <delphine.rolland@ac-nantes.fr>", subj="Réinitialisation : rien reçu",
    body="""Bonjour,

J'ai demandé un nouveau mot de passe sur l'Espace Acheteur à 9h, il est 11h et toujours rien, ni en réception ni en courrier indésirable.
Lycée Chevrollier, Angers - 0492360Z.

Cordialement,
Delphine Rolland
""", kind="alt", ua="outlook")

# ---------------------------------------------------------------- mailinblack_spam
add("mailinblack_spam", True, "0442353U", PDL, "espace_acheteur", False, "fr",
    "MailInBlack named: the activation mail is held in the MailInBlack quarantine.",
    frm="Romain Caron <romain.caron@ac-nantes.fr>", subj="Mail bloqué par MailInBlack",
    body="""Bonjour,

Notre lycée (0442353U) utilise MailInBlack et votre mail d'activation est resté en quarantaine. Je n'arrive pas à le libérer.
Comment faire pour qu'il passe ?

Romain Caron, gestionnaire
""")

add("mailinblack_spam", True, "0491084M", PDL, "esidoc", True, "fr",
    "UAI only in the ce.<UAI> sender address; the secretariat forwards a MailInBlack 'demande d'authentification' that blocked the no-reply mail.",
    frm="Collège Jean Lurçat <ce.0491084M@ac-nantes.fr>", subj="TR: Mailinblack - message en attente",
    body="""Bonjour,

Nous avons reçu le message ci-dessous : votre mail de réinitialisation est bloqué par Mailinblack. Pouvez-vous faire le nécessaire ?

Le secrétariat

-------- Message transféré --------
Sujet : Mailinblack : 1 message en attente
De : Mailinblack <noreply@mailinblack.com>

Vous avez 1 message en attente de validation de la part de no-reply@esidoc.fr.
""", ua="tb")

add("mailinblack_spam", True, "0181782P", CVL, "espace_acheteur", False, "en",
    "English: the school's MailInBlack filter holds the buyer-space e-mails.",
    frm="Rachel Green <rachel.green@ac-orleans-tours.fr>", subj="Emails blocked by MailInBlack",
    body="""Hello,

Our school (0181782P) uses MailInBlack and all e-mails from your buyer space end up in the MailInBlack quarantine. What address should we allow?

Thanks,
Rachel Green
""", ua="outlook")

add("mailinblack_spam", False, None, PDL, "esidoc", True, "fr",
    "Describes a challenge ('prouver que je ne suis pas un robot') without naming MailInBlack; the code 0850871C has a wrong check letter (the digits give 0850871K); region from ac-nantes.fr.",
    frm="Hugo Lambert <hugo.lambert@ac-nantes.fr>", subj="message bloqué",
    body="""Bonjour

votre mail de changement de mot de passe est bloqué : on me demande de cliquer pour prouver que l'expéditeur n'est pas un robot, mais c'est un no-reply donc ça ne marchera jamais. Établissement 0850871C.

Hugo
""", ua="zimbra", wrong=["0850871C"])

add("mailinblack_spam", True, "0412776V", CVL, "esidoc", True, "fr",
    "The UAI is only in the screenshot file name mib_0412776V.png; MailInBlack named in the body.",
    frm="Valérie Huet <valerie.huet@ac-orleans-tours.fr>", subj="Mailinblack bloque vos messages",
    body="""Bonjour,

Voir la capture jointe : Mailinblack met vos messages en attente et je ne reçois pas le lien d'activation du portail.
Merci de me dire quoi faire.

V. Huet
""", att=[("mib_0412776V.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")])

add("mailinblack_spam", True, "0530168V", PDL, "espace_acheteur", False, "fr",
    "Short Apple Mail message: MailInBlack quarantine holds the buyer space notifications.",
    frm="Julie Carré <julie.carre@ac-nantes.fr>", subj="Quarantaine MailInBlack",
    body="""Bonjour,
Vos mails sont en quarantaine MailInBlack chez nous (collège 0530168V, Mayenne). On ne peut pas les libérer nous-mêmes.
Merci
Julie Carré
""", ua="apple")

add("mailinblack_spam", True, "0280720F", CVL, "esidoc", True, "fr",
    "HTML-only; MailInBlack named; the number 0800 50 70 80 is the MailInBlack hotline and 28100 a postal code, neither a UAI.",
    frm="Stéphane Collet <stephane.collet@ac-orleans-tours.fr>", subj="Mailinblack",
    body="""Bonjour,

Le lycée (0280720F, 28100 Dreux) est passé sous Mailinblack. Vos mails de réinitialisation e-sidoc sont retenus. Le support Mailinblack (0800 50 70 80) nous dit de voir avec l'expéditeur.

Merci de votre retour,
Stéphane Collet, DDFPT
""", kind="html", ua="outlook")

add("mailinblack_spam", False, "0720222A", PDL, "espace_acheteur", True, "fr",
    "Two topics: MailInBlack blocks the activation mail (main) and who is the structure administrator (account_creation): a person answers both.",
    frm="Bruno Leclerc <bruno.leclerc@ac-nantes.fr>", subj="Activation bloquée + administrateur",
    body="""Bonjour,

1. le mail d'activation de mon compte acheteur est bloqué par MailInBlack,
2. et je ne sais pas qui est l'administrateur de notre structure (0720222A) pour valider mon compte.

Merci de votre aide,
Bruno Leclerc
""")

add("mailinblack_spam", True, "0361308B", CVL, "esidoc", False, "fr",
    "Quoted-printable Zimbra message: MailInBlack challenge on the no-reply sender.",
    frm="Laetitia Dumont <laetitia.dumont@ac-orleans-tours.fr>", subj="Message retenu par MailInBlack",
    body="""Bonjour,

MailInBlack retient le message d'activation envoyé par votre no-reply (établissement 0361308B). La demande d'authentification ne peut pas aboutir puisque personne ne répond de votre côté.

Cordialement
Laetitia Dumont
""", cte="quoted-printable", ua="zimbra")

add("mailinblack_spam", True, "0850507P", PDL, "esidoc", True, "en",
    "English; UAI only in the ce.<UAI> sender address; MailInBlack named.",
    frm="School Office <ce.0850507P@ac-nantes.fr>", subj="Your emails are blocked",
    body="""Hello,

The password reset e-mails for our librarian are stopped by MailInBlack. Please tell us which sender we need to allow.

Best regards,
School office
""", ua="outlook")

add("mailinblack_spam", True, "0450473V", CVL, "espace_acheteur", False, "fr",
    "Buyer space mails held by MailInBlack; UAI in the body, typed quickly without accents.",
    frm="eric.bonnet@ac-orleans-tours.fr", subj="mailinblack",
    body="""bonjour, vos mails sont bloques par mailinblack au lycee 0450473V, je ne recois pas la confirmation de compte. cdlt Eric Bonnet""",
    ua="zimbra")

add("mailinblack_spam", True, "0532781K", PDL, "esidoc", True, "fr",
    "Reply quoting an earlier ticket about an order; the new text is about MailInBlack holding the reset mail, which wins.",
    frm="Claire Jacob <claire.jacob@ac-nantes.fr>", subj="RE: Commande abonnement",
    body="""Bonjour,

Merci pour la commande, c'est réglé. Par contre maintenant c'est le mail de réinitialisation qui est retenu par MailInBlack, je ne peux pas le récupérer.
Établissement 0532781K.

Claire Jacob

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Objet : RE: Commande abonnement
Votre commande a bien été validée.
""", ua="outlook", reply=True)

# ---------------------------------------------------------------- account_creation
add("account_creation", True, None, None, "espace_acheteur", False, "fr",
    "New buyer at a private school asks how to create an account; only a SIRET is given, no UAI, free-mail sender.",
    frm="Marion Petitjean <marion.petitjean@ogec-stjoseph.example.fr>", subj="Création de compte acheteur",
    body="""Bonjour,

Je suis la nouvelle comptable de l'OGEC Saint-Joseph (SIRET 786 123 456 00028) à Cholet. Comment créer un compte sur l'Espace Acheteur pour passer nos commandes ?

Cordialement,
Marion Petitjean
""", ua="outlook")

add("account_creation", True, "0441268P", PDL, "espace_acheteur", False, "fr",
    "Filled the sign-up form, account waiting for validation by the structure administrator.",
    frm="Alexandre Brun <alexandre.brun@ac-nantes.fr>", subj="Compte en attente de validation",
    body="""Bonjour,

J'ai rempli le formulaire d'inscription à l'Espace Acheteur il y a trois jours pour le collège (0441268P). Le message dit « compte en attente de validation ». Que dois-je faire ?

Alexandre Brun, gestionnaire
""", ua="zimbra")

add("account_creation", False, "0371756H", CVL, "espace_acheteur", True, "fr",
    "Asks who the structure's administrator is; the number 0371234R in the text is the old structure code from a previous platform, valid-looking but not the school's UAI.",
    frm="Florence Noël <florence.noel@ac-orleans-tours.fr>", subj="Qui est l'administrateur de notre structure ?",
    body="""Bonjour,

Pour ouvrir mon compte acheteur on me dit de m'adresser à l'administrateur de la structure. Je ne sais pas qui c'est. Sur l'ancienne plateforme notre code structure était 0371234R, mais notre UAI est bien 0371756H (lycée Descartes, Tours).

Pouvez-vous me donner son nom ?

Florence Noël
""")

add("account_creation", True, "0851182Y", PDL, "esidoc", True, "fr",
    "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account; UAI in the portal URL (0851182y.esidoc.fr).",
    frm="Mélanie Guillot <melanie.guillot@ac-nantes.fr>", subj="Compte contributeur",
    body="""Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai tout simplement jamais eu de compte sur https://0851182y.esidoc.fr. Je suis la nouvelle professeure documentaliste. Comment créer mon compte ?

Mélanie Guillot
""", ua="apple")

add("account_creation", False, None, None, "espace_acheteur", False, "en",
    "English; a newly opened school wants a buyer account: a person must check eligibility; no UAI yet, free-mail sender.",
    frm="Peter Walsh <peter.walsh.bursar@gmail.com>", subj="New school - buyer account",
    body="""Hello,

We are a new international section opening in Nantes in September. We do not have our establishment code yet. Can we open a buyer account in the meantime?

Kind regards,
Peter Walsh, bursar
""", ua="gmail")

add("account_creation", False, "0410230C", CVL, "espace_acheteur", False, "fr",
    "Account works but order-management rights must be opened: a person answers.",
    frm="Sandrine Lefort <sandrine.lefort@ac-orleans-tours.fr>", subj="Droits de commande",
    body="""Bonjour,

Mon compte sur l'Espace Acheteur fonctionne mais je n'ai pas le droit de valider les commandes. Pouvez-vous ouvrir ce droit ? Collège Augustin Thierry, 0410230C.

Cordialement,
Sandrine Lefort, secrétaire d'intendance
""", ua="outlook", kind="alt")

add("account_creation", True, "0722782H", PDL, "esidoc", True, "fr",
    "UAI only in the ce.<UAI> sender address; the customer account must be opened before a first order; the quote number 2024089X is valid-looking but is not a UAI.",
    frm="Gestion Collège Vauguyon <ce.0722782H@ac-nantes.fr>", subj="Ouverture compte client",
    body="""Bonjour,

Nous souhaitons ouvrir notre compte client pour pouvoir commander (devis 2024089X reçu du commercial). Quelle est la démarche ?

La gestionnaire
""", ua="outlook", kind="html")

add("account_creation", False, "0452289U", CVL, "espace_acheteur", True, "fr",
    "Account waiting for validation for three weeks because the administrator is on long leave: the region must step in.",
    frm="Lucas Girard <lucas.girard@ac-orleans-tours.fr>", subj="compte toujours pas validé",
    body="""Bonjour,

Mon compte acheteur attend la validation depuis trois semaines. L'administratrice de la structure (lycée Voltaire, 0452289U) est en congé longue maladie. Qui peut valider à sa place ?

Lucas Girard
""")

add("account_creation", True, "0492000H", PDL, "esidoc", False, "en",
    "English: a second librarian wants an account on the school portal.",
    frm="Nadia Benali <nadia.benali@ac-nantes.fr>", subj="Account for a second librarian",
    body="""Hello,

We are two librarians at Lycée David d'Angers (0492000H). Only my colleague has an account. How can I get one too?

Thanks,
Nadia Benali
""", ua="tb")

add("account_creation", False, None, CVL, "espace_acheteur", True, "fr",
    "The UAI 0282470C given has a wrong check letter (the digits give 0282470H); the school is not found in the sign-up list: a person must check.",
    frm="Jean-Marc Texier <jean-marc.texier@ac-orleans-tours.fr>", subj="Etablissement introuvable à l'inscription",
    body="""Bonjour,

A l'inscription sur l'Espace Acheteur, notre établissement 0282470C n'apparaît pas dans la liste. Comment puis-je créer le compte ?

JM Texier
Adjoint gestionnaire, Nogent-le-Rotrou
""", ua="zimbra", wrong=["0282470C"])

# ---------------------------------------------------------------- subscription_activation
add("subscription_activation", True, "0442400V", PDL, "esidoc", False, "fr",
    "Subscription ordered yesterday not yet visible on the portal: within the 72-hour window.",
    frm="Manon Lucas <manon.lucas@ac-nantes.fr>", subj="Abonnement pas encore visible",
    body="""Bonjour,

Nous avons commandé hier l'abonnement à la presse en ligne pour le CDI du collège (0442400V) mais il n'apparaît pas encore dans nos ressources. Est-ce normal ?

Manon Lucas
""")

add("subscription_activation", True, "0180114B", CVL, "esidoc", True, "fr",
    "Order number CMD-0180020Z contains 0180020Z, a valid-looking code of another Cher school; the school's UAI 0180114B is in the signature; ordered two days ago.",
    frm="Pierre Dubreuil <pierre.dubreuil@ac-orleans-tours.fr>", subj="Commande CMD-0180020Z - ressource non activée",
    body="""Bonjour,

La commande CMD-0180020Z passée avant-hier (Universalis) n'est toujours pas active sur notre portail.
Merci de vérifier.

Pierre Dubreuil
Professeur documentaliste - Collège Jules Verne, Saint-Amand-Montrond
0180114B
""", ua="outlook")

add("subscription_activation", True, "0531883J", PDL, "esidoc", True, "fr",
    "Negation: 'je n'ai pas de souci de mot de passe'; the resource must be published for pupils; UAI only in the portal URL.",
    frm="Élodie Riviere <elodie.riviere@ac-nantes.fr>", subj="Publier une ressource",
    body="""Bonjour,

Je n'ai pas de souci de mot de passe, j'arrive bien dans l'administration de https://0531883j.esidoc.fr. Mais je ne trouve pas comment publier la nouvelle ressource Europresse pour que les élèves la voient.

Merci
Élodie
""", ua="zimbra")

add("subscription_activation", True, "0412392C", CVL, "esidoc", False, "en",
    "English: renewed subscription still shown as expired, renewed yesterday.",
    frm="Grace Miller <grace.miller@ac-orleans-tours.fr>", subj="Subscription still expired",
    body="""Hello,

We renewed our e-sidoc resources subscription yesterday but the portal of Lycée Camille Claudel (0412392C) still says it has expired. When will it be active?

Grace Miller
""", ua="apple")

add("subscription_activation", False, "0852067K", PDL, "esidoc", True, "fr",
    "Ordered more than two weeks ago (bon de commande 4400987G, which is not a UAI): past the 72-hour rule, a person must look.",
    frm="Antoine Meunier <antoine.meunier@ac-nantes.fr>", subj="Abonnement commandé il y a 15 jours",
    body="""Bonjour,

Notre bon de commande 4400987G date du 4 novembre et l'abonnement n'est toujours pas actif sur le portail du lycée (0852067K, Les Sables-d'Olonne).
Ça commence à faire long.

A. Meunier
""", ua="outlook")

add("subscription_activation", True, "0450634V", CVL, "esidoc", False, "fr",
    "HTML-only: active subscription not visible to pupils through the ENT.",
    frm="Camille Perrin <camille.perrin@ac-orleans-tours.fr>", subj="Ressource invisible pour les élèves",
    body="""Bonjour,

Notre abonnement est actif mais les élèves ne voient pas la ressource quand ils passent par l'ENT. Établissement 0450634V.
Faut-il la publier quelque part ?

Camille Perrin
""", kind="html", ua="outlook")

add("subscription_activation", True, "0491117Y", PDL, "esidoc", True, "fr",
    "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
    frm="Le Principal <ce.0491117Y@ac-nantes.fr>", subj="Disponibilité abonnement",
    body="""Bonjour,

Nous avons validé hier la commande de l'abonnement pour le CDI. Pourriez-vous me dire quand il sera accessible ?

Le principal,
M. Chauvin
""", ua="outlook")

add("subscription_activation", True, "0362179Y", CVL, "esidoc", True, "fr",
    "The screenshot file name abonnement_0362179Y.png is the only place with the UAI; ordered yesterday.",
    frm="Rémi Joly <remi.joly@ac-orleans-tours.fr>", subj="bloc ressources vide",
    body="""Bonjour,

Commande passée hier, le bloc ressources du portail reste vide (capture jointe). Merci.

Rémi Joly
""", att=[("abonnement_0362179Y.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")], ua="tb")

add("subscription_activation", True, "0720538U", PDL, "esidoc", False, "fr",
    "Short request to activate a subscription validated yesterday; base64 body.",
    frm="Sébastien Roger <sebastien.roger@ac-nantes.fr>", subj="Activation abonnement",
    body="""Bonjour,
Merci d'activer notre abonnement, la commande a été validée hier. Collège 0720538U.
Cordialement,
S. Roger
""", cte="base64", ua="outlook")

add("subscription_activation", True, "0280265L", CVL, "esidoc", True, "fr",
    "The SIRET 19280265100019 embeds the UAI digits but is not a UAI; the UAI 0280265L is written in the body; resource ordered two days ago not yet visible.",
    frm="Véronique Adam <veronique.adam@ac-orleans-tours.fr>", subj="Ressource commandée non visible",
    body="""Bonjour,

Nous avons commandé il y a deux jours l'abonnement BNF Gallica Plus. Rien n'apparaît encore.
Lycée Jehan de Beauce, UAI 0280265L, SIRET 192 802 651 00019.

Merci de votre aide,
Véronique Adam
""", ua="zimbra")

# ---------------------------------------------------------------- head_of_establishment_request
add("head_of_establishment_request", False, "0440379Y", PDL, "esidoc", False, "fr",
    "The principal asks in writing, from the ce.<UAI> address, to reset the administrator password and change the contact address.",
    frm="Principal Collège Anne de Bretagne <ce.0440379Y@ac-nantes.fr>", subj="Demande de réinitialisation - administrateur e-sidoc",
    body="""Madame, Monsieur,

En tant que principal du collège Anne de Bretagne (UAI 0440379Y), je vous demande de bien vouloir réinitialiser le mot de passe administrateur de notre portail e-sidoc et de remplacer l'adresse de contact par celle de notre nouvelle professeure documentaliste, Mme Simon.

Je vous prie d'agréer mes salutations distinguées.

P. Besnard
Principal
""", ua="outlook")

add("head_of_establishment_request", False, "0372279B", CVL, "espace_acheteur", True, "fr",
    "The proviseur authorises an order; the order number 3701234F is valid-looking but not a UAI.",
    frm="Proviseur Lycée Balzac <ce.0372279B@ac-orleans-tours.fr>", subj="Autorisation commande 3701234F",
    body="""Bonjour,

J'autorise la commande n° 3701234F passée par notre gestionnaire sur l'Espace Acheteur pour le lycée Balzac, 0372279B.

Le proviseur,
Michel Arnaud
""", ua="outlook")

add("head_of_establishment_request", False, "0492000H", PDL, "esidoc", True, "fr",
    "The head teacher replies, from his phone, quoting the librarian's request: he confirms the reset may be done; personal academic address, not the ce. one.",
    frm="Laurent Maillard <laurent.maillard@ac-nantes.fr>", subj="Re: réinitialisation e-sidoc",
    body="""Je confirme, vous pouvez procéder à la réinitialisation et envoyer le lien à Mme Benali.

L. Maillard, proviseur

Envoyé de mon iPhone

> Le 5 déc. 2024 à 10:12, Nadia Benali <nadia.benali@ac-nantes.fr> a écrit :
>
> Bonjour M. Maillard,
> Pouvez-vous confirmer au support que je peux récupérer l'accès admin e-sidoc du lycée (0492000H) ?
""", ua="iphone", reply=True)

add("head_of_establishment_request", False, "0181782P", CVL, "esidoc", True, "en",
    "English: the head teacher asks to change the portal administrator; UAI only in the signature.",
    frm="Headteacher <ce.0181782P@ac-orleans-tours.fr>", subj="Change of administrator",
    body="""Dear support team,

As head of the school, I would like the administrator of our e-sidoc portal to be changed from Mr Lemoine (retired) to Ms Green. Please reset the administrator password accordingly.

Yours sincerely,
Catherine Moulin
Head teacher
0181782P
""", ua="outlook")

add("head_of_establishment_request", False, "0850306W", PDL, "esidoc", True, "fr",
    "The librarian relays the principal's signed letter (PDF named courrier_principal_0850306W.pdf) with the principal in copy; staff must check it.",
    frm="Aline Renard <aline.renard@ac-nantes.fr>", subj="Courrier du chef d'établissement",
    body="""Bonjour,

Vous trouverez ci-joint le courrier signé de Mme la Principale demandant la réinitialisation de l'accès administrateur e-sidoc et le changement d'adresse de contact. Elle est en copie de ce message.

Aline Renard
Professeure documentaliste
""", att=[("courrier_principal_0850306W.pdf", "application/pdf", b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF\n")],
    extra=[("Cc", "ce.0850306W@ac-nantes.fr")])

add("head_of_establishment_request", False, "0411232S", CVL, "espace_acheteur", True, "fr",
    "Claims to be the principal from the ce.<UAI> address but SPF/DMARC fail and Reply-To is a free-mail address: probable spoof, still a head-of-establishment request for staff to refuse.",
    frm="Principal <ce.0411232S@ac-orleans-tours.fr>", subj="URGENT changement administrateur",
    body="""Bonjour,

Je suis le principal du collège 0411232S. Merci de transférer immédiatement les droits d'administrateur de l'Espace Acheteur à l'adresse principal.college41@gmail.com et de m'envoyer le nouveau mot de passe.

Cordialement
""", ua="outlook", auth="fail", extra=[("Reply-To", "principal.college41@gmail.com")])

add("head_of_establishment_request", False, "0532600N", PDL, "esidoc", False, "fr",
    "Principal asks to replace the administrator contact address after a staff change.",
    frm="Direction Collège Victor Hugo <ce.0532600N@ac-nantes.fr>", subj="Changement d'adresse de contact administrateur",
    body="""Madame, Monsieur,

Suite au départ de notre documentaliste, je vous demande de modifier l'adresse de contact de l'administrateur e-sidoc du collège (0532600N) : la nouvelle adresse est celle de M. Chevalier, thibault.chevalier@ac-nantes.fr.

Le principal,
F. Guichard
""", ua="zimbra")

add("head_of_establishment_request", False, "0361735R", CVL, "esidoc", True, "fr",
    "The principal's written request where the body code 0361735B has a wrong check letter; the sender address ce.0361735R@ac-orleans-tours.fr carries the valid UAI, which is the label.",
    frm="Principale <ce.0361735R@ac-orleans-tours.fr>", subj="Demande écrite - accès administrateur",
    body="""Bonjour,

Je soussignée, principale du collège (UAI 0361735B), demande la réinitialisation du mot de passe administrateur du portail e-sidoc, au bénéfice de Mme Caillaud, documentaliste.

Cordialement,
La principale
""", ua="outlook", wrong=["0361735B"])

add("head_of_establishment_request", False, "0722157D", PDL, "espace_acheteur", True, "fr",
    "Two topics: the proviseur authorises an order and asks to change the administrator; the SIRET 19720215700018 in the signature is not a UAI.",
    frm="Proviseur <ce.0722157D@ac-nantes.fr>", subj="Autorisation et changement d'administrateur",
    body="""Bonjour,

Par la présente j'autorise la commande de mobilier passée par Mme Gautier et je demande que l'administration de notre compte Espace Acheteur lui soit transférée.

Le proviseur
Lycée Touchard-Washington - SIRET 197 202 157 00018
""", ua="outlook", kind="alt")

add("head_of_establishment_request", False, "0452299E", CVL, "esidoc", False, "fr",
    "School director (directrice d'école) writes to authorise a change of administrator; quoted-printable.",
    frm="Directrice école Jean Zay <ce.0452299E@ac-orleans-tours.fr>", subj="Changement d'administrateur",
    body="""Bonjour,

En qualité de directrice de l'école Jean Zay (0452299E), je vous demande de désigner Mme Lopez comme nouvelle administratrice du portail documentaire et de lui envoyer les accès.

Cordialement,
Sandrine Perret, directrice
""", cte="quoted-printable", ua="zimbra")

add("head_of_establishment_request", False, "0440834T", PDL, "esidoc", True, "fr",
    "Principal's Gmail reply quoting the desk's answer that a written request is needed; the head gives it. Region from the UAI.",
    frm="Pascal Hamel <pascal.hamel.principal@gmail.com>", subj="Re: Procédure chef d'établissement",
    body="""Bonjour,

Je suis le principal du collège Les Sables d'Or (0440834T). Je vous confirme par écrit ma demande : réinitialisez l'accès administrateur e-sidoc au profit de Mme Normand.

Pascal Hamel

Le lun. 18 nov. 2024 à 09:40, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> La réinitialisation demande une demande écrite du chef d'établissement.
""", ua="gmail", reply=True)

add("head_of_establishment_request", False, "0372042U", CVL, "esidoc", True, "en",
    "English: the principal asks, in writing, for the contact address to be changed; UAI only in the sender address, in lower case.",
    frm="Principal's office <ce.0372042u@ac-orleans-tours.fr>", subj="Written request - contact address",
    body="""Dear Sir or Madam,

I am the principal of Collège Michelet in Tours. Please change the contact address of our e-sidoc administrator to library.michelet@ac-orleans-tours.fr and send the reset link there.

Regards,
J. Fournier, Principal
""")

add("head_of_establishment_request", False, "0851737B", PDL, "espace_acheteur", True, "fr",
    "HTML-only: the principal authorises an order whose bon d'engagement number 0857700H looks like a Vendée UAI with a valid check letter but is a commitment number.",
    frm="Principal Collège Saint-Exupéry <ce.0851737B@ac-nantes.fr>", subj="Bon d'engagement 0857700H - autorisation",
    body="""Bonjour,

Je vous confirme que j'autorise la commande liée au bon d'engagement 0857700H, passée sur l'Espace Acheteur par notre gestionnaire.

Le principal,
Y. Leroy
""", kind="html", ua="outlook")

# ---------------------------------------------------------------- order_billing
add("order_billing", False, "0442598K", PDL, "espace_acheteur", False, "fr",
    "Asks for a quote (devis) to prepare the bon d'engagement; SIRET also given.",
    frm="Catherine Blanchard <catherine.blanchard@ac-nantes.fr>", subj="Demande de devis",
    body="""Bonjour,

Pourriez-vous nous établir un devis pour le renouvellement de l'abonnement, afin que je puisse saisir le bon d'engagement ?
Lycée Jules Verne, Nantes - UAI 0442598K - SIRET 194 425 980 00014

Cordialement,
Catherine Blanchard, gestionnaire
""", ua="outlook")

add("order_billing", False, None, None, "espace_acheteur", True, "fr",
    "Supplier asks about payment of invoice 2024117C (valid-looking code, but an invoice number); no UAI, no académie domain.",
    frm="Comptabilité Librairie Ligérienne <compta@librairie-ligerienne.example.fr>", subj="Relance facture 2024117C",
    body="""Madame, Monsieur,

Sauf erreur de notre part, la facture 2024117C émise le 15 octobre via l'Espace Acheteur reste impayée. Merci de nous indiquer la date prévue de règlement.

Service comptabilité
Librairie Ligérienne - 12 rue de la Loire, 49000 Angers - SIRET 412 345 678 00021
""", ua="outlook")

add("order_billing", False, "0372830A", CVL, "espace_acheteur", True, "fr",
    "Invoice not visible in Chorus Pro; the Chorus engagement number 3502211B in the text is valid-looking but is not a UAI.",
    frm="Jean-Luc Fabre <jean-luc.fabre@ac-orleans-tours.fr>", subj="Facture absente de Chorus",
    body="""Bonjour,

La facture correspondant à notre engagement 3502211B n'apparaît pas dans Chorus Pro. Pouvez-vous la redéposer ?
Service intendance, collège Le Réflessoir, 0372830A.

Jean-Luc Fabre
""", ua="zimbra")

add("order_billing", False, "0491514E", PDL, "espace_acheteur", False, "en",
    "English: basket cannot be validated, order button greyed out.",
    frm="Oliver Grant <oliver.grant@ac-nantes.fr>", subj="Cannot validate my basket",
    body="""Hello,

The 'Validate order' button stays grey in my basket on the buyer space. School code 0491514E, Cholet. Is there a minimum amount?

Oliver Grant, procurement
""", ua="gmail")

add("order_billing", False, "0281382A", CVL, "espace_acheteur", True, "fr",
    "Wrong amount on the invoice; the invoice PDF file name FAC_0281382A_2024-118.pdf carries the UAI, which is also in the signature.",
    frm="Monique Delorme <monique.delorme@ac-orleans-tours.fr>", subj="Erreur de montant sur facture",
    body="""Bonjour,

La facture jointe indique 1 240 € TTC alors que le devis validé était de 1 040 €. Merci de nous envoyer une facture rectifiée.

Monique Delorme
Secrétaire d'intendance - Lycée Fulbert, Chartres - 0281382A
""", att=[("FAC_0281382A_2024-118.pdf", "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n2 0 obj<<>>endobj\n%%EOF\n")],
    ua="outlook")

add("order_billing", False, "0722235N", PDL, "espace_acheteur", False, "fr",
    "Payment means: asks whether payment by administrative mandate is accepted.",
    frm="Gestionnaire <gestion.touchard@ac-nantes.fr>", subj="Moyen de paiement",
    body="""Bonjour,

Pouvons-nous régler par mandat administratif plutôt que par carte ? Collège 0722235N.

Cdlt
La gestionnaire
""", ua="zimbra")

add("order_billing", False, "0450526C", CVL, "espace_acheteur", True, "fr",
    "Two topics: the invoice carries the wrong SIRET (main) and a convention is missing; the UAI is in the body, the wrong SIRET 19450526000012 is not a code.",
    frm="Frédéric Aubry <frederic.aubry@ac-orleans-tours.fr>", subj="SIRET erroné sur facture",
    body="""Bonjour,

La facture n° F-24-0932 mentionne le SIRET 194 505 260 00012 qui n'est pas le nôtre, Chorus la rejette. Notre UAI est 0450526C.
Par ailleurs je ne vois plus la convention dans « Mes Marchés ».

F. Aubry, adjoint gestionnaire
""")

add("order_billing", False, "0852708G", PDL, "espace_acheteur", False, "fr",
    "Quote requested before a bon d'engagement; HTML-only.",
    frm="Hélène Perrin <helene.perrin@ac-nantes.fr>", subj="Devis pour bon d'engagement",
    body="""Bonjour,

Pour le collège (UAI 0852708G), j'aurais besoin d'un devis au nom de l'établissement pour l'achat des licences, afin d'établir le bon d'engagement.

Merci d'avance,
Hélène Perrin
""", kind="html", ua="outlook")

add("order_billing", False, "0182247V", CVL, "espace_acheteur", True, "fr",
    "Order stuck 'en attente de validation'; order number CMD2410602V contains 2410602V, valid-looking but not a UAI.",
    frm="Xavier Poulain <xavier.poulain@ac-orleans-tours.fr>", subj="Commande en attente",
    body="""Bonjour,

Notre commande CMD2410602V est « en attente de validation » depuis 10 jours. Qui doit la valider ? Lycée Edouard Vaillant, 0182247V.

Xavier Poulain
""", ua="tb")

add("order_billing", False, None, PDL, "espace_acheteur", True, "fr",
    "The only UAI-like code, 0440123B, has a wrong check letter (the digits give 0440123V); asks for a duplicate invoice; region from ac-nantes.fr.",
    frm="Corinne Maillet <corinne.maillet@ac-nantes.fr>", subj="Duplicata facture",
    body="""Bonjour,
Pouvez-vous m'envoyer un duplicata de la dernière facture pour l'établissement 0440123B ? L'original a été égaré.
Merci
C. Maillet
""", wrong=["0440123B"])

add("order_billing", False, "0361276S", CVL, "espace_acheteur", False, "en",
    "English buyer asks for the invoice to be sent through Chorus Pro.",
    frm="Helen Carter <helen.carter@ac-orleans-tours.fr>", subj="Invoice via Chorus Pro",
    body="""Hello,

Our school (0361276S, Issoudun) can only pay invoices submitted through Chorus Pro. Could you submit last month's invoice there instead of by e-mail?

Best,
Helen Carter
""", ua="outlook")

add("order_billing", False, "0532600N", PDL, "espace_acheteur", True, "fr",
    "Reply with Outlook history about a password; the new text asks for a quote, which wins; the phone number 02 43 98 11 07 is not a code.",
    frm="Thibault Chevalier <thibault.chevalier@ac-nantes.fr>", subj="RE: mot de passe",
    body="""Bonjour,

Merci, l'accès fonctionne. J'en profite : pouvez-vous m'envoyer un devis pour 30 licences supplémentaires ? Je suis joignable au 02 43 98 11 07.

T. Chevalier
Collège Victor Hugo - 0532600N

-----Message d'origine-----
De : Assistance
Objet : RE: mot de passe
Le lien de réinitialisation a été envoyé à l'adresse de l'établissement.
""", ua="outlook", reply=True)

add("order_billing", False, "0411649V", CVL, "espace_acheteur", True, "fr",
    "Base64; order validation blocked by a missing bon d'engagement number field; the UAI only in the postal-style line '41000 BLOIS - 0411649V'.",
    frm="Annie Laurent <annie.laurent@ac-orleans-tours.fr>", subj="Validation commande impossible",
    body="""Bonjour,

Impossible de valider notre commande : le champ « n° de bon d'engagement » refuse notre numéro BE-2024-118.
Merci de votre aide.

Annie Laurent
Lycée Dessaignes
41000 BLOIS - 0411649V
""", cte="base64", ua="outlook")

add("order_billing", False, "0491256Z", PDL, "espace_acheteur", True, "fr",
    "Asks for the RIB to pay invoice 4901187C, a valid-looking code that is an invoice number, not a UAI; the UAI is in the signature.",
    frm="Dominique Prigent <dominique.prigent@ac-nantes.fr>", subj="RIB pour règlement facture 4901187C",
    body="""Bonjour,

Pour régler la facture 4901187C, pouvez-vous nous transmettre votre RIB ? Notre agent comptable le demande.

D. Prigent
Gestionnaire - Lycée Sainte-Marie, Cholet
UAI 0491256Z
""", ua="zimbra")

# ---------------------------------------------------------------- contract_documents
add("contract_documents", False, "0442598K", PDL, "espace_acheteur", False, "fr",
    "Cannot see the market documents (CCAP) in 'Mes Marchés'.",
    frm="Catherine Blanchard <catherine.blanchard@ac-nantes.fr>", subj="Documents du marché introuvables",
    body="""Bonjour,

Je ne trouve plus le CCAP du marché fournitures 2024-031 dans « Mes Marchés ». Lycée 0442598K.

Catherine Blanchard
""", ua="outlook")

add("contract_documents", False, "0370231A", CVL, "espace_acheteur", True, "fr",
    "Amendment missing from the contract documents; the market number 2024-0372190 and the notice file name do not hold a UAI; the UAI is in the signature.",
    frm="Patricia Lemoine <patricia.lemoine@ac-orleans-tours.fr>", subj="Avenant n°2 manquant",
    body="""Bonjour,

L'avenant n°2 du marché 2024-0372190 n'apparaît pas dans les documents contractuels. Le courrier d'annonce est joint.

Patricia Lemoine
Gestionnaire - 0370231A
""", att=[("annonce_avenant2.pdf", "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n3 0 obj<<>>endobj\n%%EOF\n")],
    ua="tb")

add("contract_documents", False, None, None, "espace_acheteur", False, "en",
    "English: cannot open the framework agreement documents; no UAI, non-academic sender.",
    frm="Mark Evans <m.evans@cite-scolaire.example.org>", subj="Framework agreement documents",
    body="""Hello,

The documents of the framework agreement for IT equipment do not open: the link shows 'document not found'. Could you check?

Mark Evans, IT manager
""", ua="outlook")

add("contract_documents", False, "0850421W", PDL, "espace_acheteur", True, "fr",
    "The membership convention opens as an empty file; the convention reference CONV-0850421 is the UAI digits without the letter, the UAI itself is in the sender address.",
    frm="Gestion Lycée Rosa Parks <ce.0850421W@ac-nantes.fr>", subj="Convention CONV-0850421 vide",
    body="""Bonjour,

Le document de la convention d'adhésion CONV-0850421 s'ouvre en page blanche. Pouvez-vous le redéposer ?

Service gestion
""", ua="outlook")

add("contract_documents", False, "0412392C", CVL, "espace_acheteur", False, "fr",
    "Cannot see the conventions after the switch to the new platform.",
    frm="Grégoire Morin <gregoire.morin@ac-orleans-tours.fr>", subj="Conventions non visibles",
    body="""Bonjour,

Depuis le passage à la nouvelle plateforme, je ne vois plus nos conventions ni les pièces du marché. Lycée 0412392C.

G. Morin
""", ua="zimbra")

add("contract_documents", False, "0720315B", PDL, "espace_acheteur", True, "fr",
    "HTML-only; administrative certificate missing for a market; the postal code 72000 and the phone number are not codes.",
    frm="Régine Bouvier <regine.bouvier@ac-nantes.fr>", subj="Attestation manquante",
    body="""Bonjour,

Il manque l'attestation administrative du marché de restauration dans nos documents. Collège 0720315B, 72000 Le Mans, tél. 02 43 24 88 10.

Régine Bouvier
""", kind="html", ua="outlook")

add("contract_documents", False, "0361308B", CVL, "espace_acheteur", True, "fr",
    "Reply quoting a subscription topic; the new text is about a missing market document.",
    frm="Laetitia Dumont <laetitia.dumont@ac-orleans-tours.fr>", subj="Re: Message retenu par MailInBlack",
    body="""Bonjour,

Merci, les mails arrivent maintenant. Autre chose : le bordereau de prix du marché papeterie n'est plus dans les documents contractuels. Pouvez-vous le remettre ?

Laetitia Dumont
0361308B

Le 03/12/2024 à 15:02, Assistance a écrit :
> Bonjour, voici le guide MailInBlack pour autoriser notre adresse.
""", reply=True)

# ---------------------------------------------------------------- transfer_incident
add("transfer_incident", False, "0441512E", PDL, "ecoledirecte", False, "fr",
    "Private school IT: transfers to EcoleDirecte stopped since Friday, parents no longer see grades; UAI in the body.",
    frm="Franck Marchal <f.marchal@stjo-nantes.example.fr>", subj="Transferts EcoleDirecte arrêtés",
    body="""Bonjour,

Le dernier transfert vers EcoleDirecte date de vendredi, les parents ne voient plus les notes. Établissement 0441512E.

Franck Marchal, informaticien
""", ua="outlook")

add("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
    "Asks for 'le mot de passe de maintenance du jour': transfer_incident, not password_reset; no UAI.",
    frm="Service informatique <informatique@institution-stmartin.example.fr>", subj="mot de passe maintenance",
    body="""Bonjour,

Pouvez-vous nous communiquer le mot de passe de maintenance du jour ? Nous devons réindexer la base Charlemagne.

Le service informatique
Tél. 02 41 62 30 30
""", ua="outlook")

add("transfer_incident", False, "0451957H", CVL, "ecoledirecte", False, "fr",
    "Licence expired at start-up: licence to regenerate, transfers stopped.",
    frm="Arnaud Lebrun <arnaud.lebrun@ac-orleans-tours.fr>", subj="Licence expirée",
    body="""Bonjour,

Au démarrage de Charlemagne Outils : « Licence expirée ». Les transferts EcoleDirecte ne partent plus. Établissement 0451957H.

Arnaud Lebrun
""", ua="tb")

add("transfer_incident", False, "0491514E", PDL, "ecoledirecte", False, "en",
    "English IT staff: licence to regenerate after a server migration.",
    frm="Chris Taylor <chris.taylor@ac-nantes.fr>", subj="Licence after server migration",
    body="""Hi,

We moved the school management software to a new server yesterday and the synchronisation to EcoleDirecte now fails with a licence error. Could you regenerate our licence? School 0491514E.

Chris Taylor, IT
""")

add("transfer_incident", False, None, CVL, "ecoledirecte", True, "fr",
    "The code 0410799A has a wrong check letter (the digits give 0410799W); synchronisation fails after a firewall change; region from ac-orleans-tours.fr.",
    frm="Damien Roussel <damien.roussel@ac-orleans-tours.fr>", subj="Synchro en échec",
    body="""Bonjour,

Depuis le changement de pare-feu, la synchronisation vers EcoleDirecte échoue au test de connexion. Établissement 0410799A.

Damien Roussel, référent numérique
""", wrong=["0410799A"])

add("transfer_incident", False, "0531526W", PDL, "ecoledirecte", True, "fr",
    "HTML-only; the log file name transfert_0531526W_20241203.log carries the UAI; the error code E-0531 is not a code.",
    frm="Sylvain Fleury <sylvain.fleury@ac-nantes.fr>", subj="Erreur E-0531 transfert",
    body="""Bonjour,

Erreur E-0531 à chaque transfert depuis hier soir. Le journal est joint.

Sylvain Fleury
""", kind="html", att=[("transfert_0531526W_20241203.log", "text/plain", "2024-12-03 21:00:02 ERREUR E-0531 connexion refusée\n".encode())],
    ua="outlook")

add("transfer_incident", False, "0282343V", CVL, "ecoledirecte", False, "fr",
    "Several Outils.exe processes stuck; transfers hang.",
    frm="Yannick Paris <yannick.paris@ac-orleans-tours.fr>", subj="Transferts bloqués",
    body="""Bonjour,

Plusieurs processus Outils.exe restent bloqués dans le gestionnaire des tâches et les transferts ne se terminent jamais. Collège 0282343V.

Yannick Paris
""", ua="outlook")

add("transfer_incident", False, "0852067K", PDL, "ecoledirecte", True, "fr",
    "Negation: 'pas le mot de passe administrateur', he needs the daily maintenance password to restore the base: transfer_incident.",
    frm="Kévin Boulanger <kevin.boulanger@ac-nantes.fr>", subj="Besoin mot de passe du jour",
    body="""Bonjour,

Ce n'est pas le mot de passe administrateur que je cherche (celui-là je l'ai), c'est le mot de passe de maintenance du jour pour restaurer la base après le crash de ce matin. Lycée 0852067K.

Kévin Boulanger
""", ua="zimbra")

# ---------------------------------------------------------------- automated
add("automated", False, "0441013M", PDL, None, False, "fr",
    "Exchange out-of-office of a school office (ce.<UAI> address) with Auto-Submitted and X-Auto-Response-Suppress; the UAI comes from the address.",
    frm="Secrétariat Collège La Coutancière <ce.0441013M@ac-nantes.fr>", subj="Réponse automatique : mot de passe e-sidoc",
    body="""Bonjour,

Le secrétariat est fermé pendant les vacances de la Toussaint, du 19 octobre au 3 novembre inclus. Votre message sera traité à notre retour.
En cas d'urgence : 02 40 55 12 34.

Cordialement,
Le secrétariat
""", ua="outlook", reply=True,
    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

add("automated", False, None, CVL, None, False, "fr",
    "Academic Zimbra vacation reply: 'Auto-Submitted: auto-replied (zimbra; vacation)'; region from the sender domain.",
    frm="Martine Gaudin <martine.gaudin@ac-orleans-tours.fr>", subj="Absente",
    body="""Je suis absente jusqu'au lundi 6 janvier. Pour toute question concernant le CDI, merci de contacter la vie scolaire.

Martine Gaudin
""", ua="zimbra", reply=True, extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])

add("automated", False, None, None, None, False, "en",
    "Gmail vacation responder in English (Auto-Submitted: auto-replied).",
    frm="Daniel Price <daniel.price.teacher@gmail.com>", subj="Re: Your request",
    body="""Thank you for your e-mail. I am on leave until 2 December with limited access to my mail. I will reply when I am back.

Daniel
""", ua="gmail", reply=True, extra=[("Auto-Submitted", "auto-replied")])

add("automated", False, "0371608X", CVL, None, True, "fr",
    "Postfix bounce (multipart/report, null Return-Path) for the desk's reply to ce.0371608X@ac-orleans-tours.fr; the mail is about that establishment's mailbox, never answered.",
    frm="Mail Delivery System <MAILER-DAEMON@mx1.assistance.example.fr>", subj="Undelivered Mail Returned to Sender",
    body=None, ua="bot", extra=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")],
    ctype='multipart/report; report-type=delivery-status; boundary="=_bounce90a"',
    raw="""This is a MIME-encapsulated message.

--=_bounce90a
Content-Type: text/plain; charset=us-ascii
Content-Description: Notification

This is the mail system at host mx1.assistance.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<ce.0371608X@ac-orleans-tours.fr>: host smtp.ac-orleans-tours.fr[192.0.2.44]
    said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)

--=_bounce90a
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.assistance.example.fr
Arrival-Date: Tue, 26 Nov 2024 10:02:11 +0100

Final-Recipient: rfc822; ce.0371608X@ac-orleans-tours.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--=_bounce90a
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: ce.0371608X@ac-orleans-tours.fr
Subject: [Ticket 88342] Votre demande de mot de passe
Date: Tue, 26 Nov 2024 10:02:09 +0100

--=_bounce90a--
""")

add("automated", False, None, PDL, None, False, "fr",
    "Exchange Online non-delivery report in French ('Non remis :'), multipart/report; the quoted subject's order number 4400123T is not a UAI; region from the ac-nantes.fr postmaster domain.",
    frm="Microsoft Outlook <postmaster@ac-nantes.fr>", subj="Non remis : RE: Commande 4400123T",
    body=None, ua="bot", extra=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")],
    ctype='multipart/report; report-type=delivery-status; boundary="=_ndr90b"',
    raw="""--=_ndr90b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis à isabelle.marty@ac-nantes.fr car l'adresse est introuvable ou ne peut plus recevoir de courrier.

--=_ndr90b
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB0001.FRAP264.PROD.OUTLOOK.COM

Final-Recipient: rfc822;isabelle.marty@ac-nantes.fr
Action: failed
Status: 5.1.1

--=_ndr90b--
""")

add("automated", False, None, None, None, True, "fr",
    "MailInBlack sender-authentication challenge sent TO the desk after it answered a school: a robot mail, not a user reporting MailInBlack (so not mailinblack_spam).",
    frm="Mailinblack <noreply@mailinblack.com>", subj="Vérification de votre adresse - action requise",
    body="""Bonjour,

Vous avez envoyé un message à gestion.lycee-bellevue@ac-nantes.fr. Ce destinataire est protégé par Mailinblack.
Pour que votre message soit délivré, merci de confirmer que vous êtes un humain en cliquant sur le lien ci-dessous :

https://challenge.mailinblack.com/v/9f2c71e0

Ce message a été envoyé automatiquement, merci de ne pas y répondre.
""", ua="bot", kind="alt", extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])

add("automated", False, None, PDL, None, False, "fr",
    "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; the quote number 2410583Z in the subject is not a UAI; region from the sender domain.",
    frm="Paul Guerin <paul.guerin@ac-nantes.fr>", subj="Lu : Votre devis 2410583Z",
    body=None, ua="outlook", reply=True,
    ctype='multipart/report; report-type=disposition-notification; boundary="=_mdn90c"',
    raw="""--=_mdn90c
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message

  À : Paul Guerin
  Objet : Votre devis 2410583Z

a été lu le mercredi 4 décembre 2024 11:20:03 (UTC+01:00).

--=_mdn90c
Content-Type: message/disposition-notification

Reporting-UA: ac-nantes.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;paul.guerin@ac-nantes.fr
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn90c--
""")

add("automated", False, None, None, "espace_acheteur", True, "fr",
    "Marketing newsletter (List-Id, List-Unsubscribe, Precedence: bulk); the promo code 7204815W looks like a UAI with a valid letter but is not one.",
    frm="Espace Acheteur - Actualités <newsletter@espace-acheteur.example.fr>", subj="Les nouveautés de décembre sur votre Espace Acheteur",
    body="""Bonjour,

Découvrez ce mois-ci le nouveau catalogue de mobilier scolaire et nos offres de fin d'année.
Profitez de 5 % de remise avec le code avantage 7204815W jusqu'au 20 décembre.

Pour vous désinscrire, cliquez ici : https://espace-acheteur.example.fr/desinscription
""", ua="bot", kind="alt",
    extra=[("List-Id", "Actualites Espace Acheteur <actus.espace-acheteur.example.fr>"),
           ("List-Unsubscribe", "<https://espace-acheteur.example.fr/desinscription?u=90>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])

add("automated", False, None, None, "ticket_portal", True, "fr",
    "Ticket-portal notification; the ticket number 0451111N has a valid check letter and a Loiret prefix but is a ticket number, not a UAI.",
    frm="Portail tickets <noreply@tickets.example.fr>", subj="[Ticket 0451111N] Mise à jour de votre ticket",
    body="""Bonjour,

Le ticket 0451111N que vous avez ouvert auprès de notre prestataire a été mis à jour.
Statut : En cours de traitement

Consultez le ticket : https://tickets.example.fr/t/0451111N

Ceci est un message automatique.
""", ua="bot", extra=[("Auto-Submitted", "auto-generated")])

add("automated", False, None, None, "esignature", True, "fr",
    "E-signature 'completed' notification without Auto-Submitted; the no-reply sender and wording show it is automatic.",
    frm="Signature électronique <no-reply@esignature.example.fr>", subj="Document signé : Convention d'adhésion 2025",
    body="""Bonjour,

Tous les signataires ont signé le document « Convention d'adhésion 2025 - Lycée Clemenceau ».
Vous pouvez le télécharger depuis votre espace.

L'équipe Signature électronique
""", ua="bot", kind="html")

add("automated", False, "0723030C", PDL, "espace_acheteur", True, "fr",
    "No-reply notification to the desk: an account awaits validation for establishment 0723030C, which has no administrator; auto-generated, never answered.",
    frm="Espace Acheteur <no-reply@espace-acheteur.example.fr>", subj="Compte en attente de validation",
    body="""Bonjour,

Un nouveau compte attend votre validation :
Établissement : Collège Pasteur, Sablé-sur-Sarthe (0723030C)
Utilisateur : j.deschamps@ac-nantes.fr

Cette structure n'a pas d'administrateur : la validation vous revient.
""", ua="bot", extra=[("Auto-Submitted", "auto-generated")])

add("automated", False, None, PDL, None, True, "fr",
    "Out-of-office sent by a client-side rule: no Auto-Submitted or Precedence; only the wording shows it is automatic; region from the sender domain.",
    frm="Brigitte Michaud <brigitte.michaud@ac-nantes.fr>", subj="Absence",
    body="""Bonjour,

Je suis actuellement en formation et n'aurai pas accès à mes mails avant le 12 décembre. Pour les commandes urgentes, contactez l'intendance au 02 41 22 33 44.

Brigitte Michaud
""", ua="outlook")

add("automated", False, None, None, None, True, "en",
    "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic; 2024117C in the copied subject is an invoice number.",
    frm="Mail Delivery System <Mailer-Daemon@mail.librairie-ligerienne.example.fr>", subj="Mail delivery failed: returning message to sender",
    body="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  compta-old@librairie-ligerienne.example.fr
    Unrouteable address

------ This is a copy of the message, including all the headers. ------

Subject: RE: Relance facture 2024117C
From: Assistance <support@assistance.example.fr>
""", ua="bot", extra=[("Return-Path", "<>")])

add("automated", False, None, None, None, False, "en",
    "DMARC aggregate report with a zip attachment, sent to the desk's address.",
    frm="noreply-dmarc-support@google.com", subj="Report domain: assistance.example.fr Submitter: google.com Report-ID: 90417732",
    body="""This is an aggregate report from google.com.
""", ua="bot", att=[("google.com!assistance.example.fr!1733011200!1733097599.zip", "application/zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00")])

add("automated", False, None, CVL, None, False, "fr",
    "Another help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop); its reference DANE-2024-0441 is not a UAI; region from ac-orleans-tours.fr.",
    frm="Assistance DANE <assistance-dane@ac-orleans-tours.fr>", subj="[DANE-2024-0441] Accusé de réception de votre demande",
    body="""Bonjour,

Votre demande a bien été enregistrée sous la référence DANE-2024-0441. Elle sera traitée dans les meilleurs délais.

Ceci est un message automatique, merci de ne pas y répondre.
""", ua="bot", extra=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance-dane@ac-orleans-tours.fr")])

add("automated", False, None, PDL, "esidoc", True, "fr",
    "A librarian's real question about an e-sidoc password posted to the académie librarians' mailing list the desk reads (List-Id, Precedence: list): not written to us; her code 0449210B has a wrong check letter (the digits give 0449210X), so no UAI; region from ac-nantes.fr.",
    frm="Odile Prevost <odile.prevost@ac-nantes.fr>", subj="[docs-44] mot de passe e-sidoc ?",
    body="""Bonjour à toutes et tous,

Quelqu'un sait-il à qui s'adresser quand on a perdu le mot de passe admin e-sidoc ? Je ne trouve pas l'info sur le site.

Odile, collège 0449210B
""", wrong=["0449210B"], ua="tb", to="docs-44@listes.ac-nantes.fr",
    extra=[("List-Id", "Documentalistes 44 <docs-44.listes.ac-nantes.fr>"), ("Precedence", "list"),
           ("List-Post", "<mailto:docs-44@listes.ac-nantes.fr>")])

add("automated", False, None, None, None, False, "en",
    "Exchange 'Automatic reply:' in English with Auto-Submitted and X-Auto-Response-Suppress.",
    frm="James Whitaker <j.whitaker@britishschool.example.org>", subj="Automatic reply: Your quote request",
    body="""Thank you for your message. I am out of the office until Monday 9 December. For urgent matters please contact the finance office.

James Whitaker
""", ua="outlook", reply=True, extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

add("automated", False, "0361524L", CVL, "esidoc", True, "fr",
    "Zimbra vacation reply from the ce.<UAI> address that talks about e-sidoc passwords; Auto-Submitted present; the UAI comes from the address.",
    frm="Lycée Pierre-et-Marie-Curie <ce.0361524L@ac-orleans-tours.fr>", subj="Réponse automatique",
    body="""Bonjour,

L'établissement est fermé jusqu'au 2 janvier. Pour les mots de passe du portail e-sidoc, merci de contacter directement la documentaliste à son retour.

Le secrétariat
""", ua="zimbra", reply=True, extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])

add("automated", False, None, None, None, False, "en",
    "Gmail 'Delivery Status Notification (Failure)': multipart/report with text/rfc822-headers only.",
    frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", subj="Delivery Status Notification (Failure)",
    body=None, ua="bot", extra=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")],
    ctype='multipart/report; report-type=delivery-status; boundary="=_dsn90d"',
    raw="""--=_dsn90d
Content-Type: text/plain; charset=UTF-8

** Address not found **

Your message wasn't delivered to emma.collins.school@gmail.com because the address couldn't be found, or is unable to receive mail.

--=_dsn90d
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; emma.collins.school@gmail.com
Action: failed
Status: 5.1.1

--=_dsn90d
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: emma.collins.school@gmail.com
Subject: Re: Forgot password for library portal

--=_dsn90d--
""")

add("automated", False, None, None, "espace_acheteur", True, "fr",
    "Chorus Pro deposit notification relayed by the buyer space (no-reply, auto-generated); invoice 4416027E is a valid-looking code but an invoice number.",
    frm="Chorus Pro - notifications <ne-pas-repondre@notifications.example-chorus.fr>", subj="Dépôt de la facture 4416027E",
    body="""Bonjour,

La facture n° 4416027E a été déposée sur Chorus Pro et transmise au destinataire.
Montant TTC : 1 812,40 €

Ce courriel est généré automatiquement. Merci de ne pas y répondre.
""", ua="bot", cte="quoted-printable", extra=[("Auto-Submitted", "auto-generated")])

# ---------------------------------------------------------------- other
add("other", False, "0372190E", CVL, "esidoc", True, "fr",
    "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked.",
    frm="Benoit Lacroix <benoit.lacroix@ac-orleans-tours.fr>", subj="Re: Acces admin portail CDI",
    body="""Parfait, ça marche, merci beaucoup pour la rapidité !

B. Lacroix

Le 14/11/2024 à 10:03, Assistance a écrit :
> Bonjour, un lien de réinitialisation du mot de passe pour 0372190E a été envoyé à l'adresse de l'établissement.
""", ua="zimbra", reply=True)

add("other", False, None, None, None, True, "fr",
    "Phishing 'boîte pleine, confirmez votre mot de passe' from the look-alike domain ac-nantes-webmail.com, which is not an académie domain: no region.",
    frm="Service Messagerie <securite@ac-nantes-webmail.com>", subj="Votre boîte mail est pleine",
    body="""Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de sa capacité. Pour éviter la suspension de votre compte, confirmez votre identifiant et votre mot de passe sous 24 h :

http://ac-nantes-webmail.com/verification

Service Messagerie Académique
""", ua="bot", kind="html", auth="fail")

add("other", False, None, None, None, True, "fr",
    "Fake 'unpaid invoice' from an unknown sender with a zip attachment: phishing, not order_billing; the 'invoice' 4400987G is a valid-looking code copied from nothing real.",
    frm="Service Recouvrement <recouvrement@factures-impayees.example.com>", subj="Facture impayée n° 4400987G - dernier rappel",
    body="""Madame, Monsieur,

Malgré nos relances, la facture n° 4400987G reste impayée. Ouvrez le document joint pour régulariser sous 48 h, sans quoi une procédure sera engagée.

Service Recouvrement
""", att=[("Facture_impayee.zip", "application/zip", b"PK\x03\x04\x14\x00\x00\x00")], ua="outlook", auth="fail")

add("other", False, None, None, None, False, "en",
    "English SEO spam.",
    frm="Rank Booster <hello@rankbooster.example.net>", subj="Get your website on Google page 1",
    body="""Hi there,

I noticed your website is not ranking for important keywords. Our team can get you on page 1 of Google in 30 days, guaranteed. Reply YES for a free audit.

Best,
Jessica
""", ua="gmail")

add("other", False, None, None, None, True, "fr",
    "A parent asks about a school canteen invoice: 'facture' appears, but it is not about our orders or billing; wrong desk.",
    frm="Sandra Lopes <sandra.lopes85@orange.fr>", subj="facture cantine",
    body="""Bonjour,

J'ai reçu la facture de cantine de mon fils (classe de 5e B) mais le montant ne correspond pas aux jours où il a mangé. A qui dois-je m'adresser ?
Mon numéro : 06 12 34 56 78

Sandra Lopes
""", ua="iphone")

add("other", False, None, None, "espace_acheteur", False, "fr",
    "A supplier wants to be listed on the buyer space: commercial request, a person answers.",
    frm="Julie Martin <julie.martin@mobilier-ouest.example.fr>", subj="Référencement fournisseur",
    body="""Bonjour,

Nous sommes fabricants de mobilier scolaire à Cholet (SIRET 523 456 789 00031) et souhaiterions être référencés sur votre Espace Acheteur. Qui puis-je contacter ?

Julie Martin
Responsable commerciale
""", ua="outlook", kind="alt")

add("other", False, "0411066L", CVL, None, True, "fr",
    "Asks to update the establishment's address and SIRET in the directory after a merger: not an account, order or contract question; the postal code 41000 is not a code.",
    frm="Intendance <ce.0411066L@ac-orleans-tours.fr>", subj="Changement d'adresse et de SIRET",
    body="""Bonjour,

Suite à la fusion avec le lycée professionnel, notre adresse devient 2 rue Jean Laigret, 41000 Blois, et notre nouveau SIRET est 194 110 665 00027. Merci de mettre à jour vos fiches.

L'intendance
""", ua="outlook")

add("other", False, None, None, None, False, "fr",
    "Spontaneous internship application: unrelated to support.",
    frm="Théo Vasseur <theo.vasseur2005@gmail.com>", subj="Candidature stage",
    body="""Bonjour,

Étudiant en BTS SIO à Angers, je recherche un stage de 8 semaines à partir de mai. Vous trouverez mon CV en pièce jointe.

Cordialement,
Théo Vasseur
""", att=[("CV_Theo_Vasseur.pdf", "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n%%EOF\n")], ua="gmail")

add("other", False, "0720101U", PDL, "esidoc", False, "fr",
    "Functional question on importing catalogue records into e-sidoc: not one of the support categories.",
    frm="Maud Chauveau <maud.chauveau@ac-nantes.fr>", subj="Import de notices",
    body="""Bonjour,

Comment importer dans e-sidoc les notices d'un fonds donné par la médiathèque (fichier ISO 2709) ? Collège 0720101U.

Merci,
Maud Chauveau
""")

add("other", False, None, PDL, "ticket_portal", True, "fr",
    "Asks how to follow her ticket on the ticket portal; the ticket reference 2025031W is valid-looking but not a UAI; region from ac-nantes.fr.",
    frm="Estelle Morin <estelle.morin@ac-nantes.fr>", subj="suivi de ma demande 2025031W",
    body="""Bonjour,

Comment puis-je suivre l'avancement de ma demande 2025031W sur le portail des tickets ? Je ne vois pas où la retrouver.

Estelle Morin
""", ua="zimbra")

add("other", False, None, None, None, False, "en",
    "English webinar invitation from an edtech company: unrelated.",
    frm="Anna Schmidt <anna.schmidt@edtech-events.example.com>", subj="Invitation: school libraries webinar",
    body="""Dear colleague,

We would be delighted to welcome you to our free webinar on school libraries and digital reading, on 14 January at 4 pm CET.

Register here: https://edtech-events.example.com/webinar

Kind regards,
Anna Schmidt
""", ua="outlook", kind="html")

add("other", False, None, CVL, None, False, "fr",
    "GDPR request to delete personal data: a person must handle it.",
    frm="Henri Bazin <henri.bazin@ac-orleans-tours.fr>", subj="Suppression de mes données",
    body="""Bonjour,

Ayant quitté l'établissement, je vous demande, conformément au RGPD, de supprimer mes données personnelles de vos bases.

Henri Bazin
""", ua="tb")

add("other", False, "0491848T", PDL, None, True, "fr",
    "Complaint about the desk's response time; mentions a past password ticket but asks nothing new.",
    frm="Anne-Sophie Bertin <as.bertin@ac-nantes.fr>", subj="Délai de réponse",
    body="""Bonjour,

Je tenais à vous signaler qu'il a fallu 6 jours pour obtenir une réponse à ma demande de mot de passe le mois dernier. Pour un établissement (0491848T) qui dépend de vous pour le CDI, c'est long.

Anne-Sophie Bertin
""", ua="iphone")

add("other", False, None, None, "espace_acheteur", True, "fr",
    "A person asks to be removed from the newsletter: written by a human, not automated, and not a support category.",
    frm="Roland Petit <roland.petit@mairie-chinon.example.fr>", subj="Désabonnement",
    body="""Bonjour,

Merci de ne plus m'envoyer la lettre d'information de l'Espace Acheteur, je ne suis plus en charge des achats.

Roland Petit
""", ua="outlook")

add("other", False, None, None, None, False, "en",
    "English researcher asks for usage statistics: unrelated to support.",
    frm="Dr. Maria Lopez <m.lopez@univ-research.example.edu>", subj="Research on school library portals",
    body="""Dear team,

I am a researcher working on digital school libraries in France. Would it be possible to obtain anonymised usage statistics of school portals in the Pays de la Loire and Centre-Val de Loire regions?

Best regards,
Maria Lopez
""", ua="gmail")

add("other", False, "0450660Y", CVL, None, True, "fr",
    "Asks for the desk's phone hours; the phone number is not a code and nothing in the support categories is asked; UAI in the signature.",
    frm="Hélène Bourdin <helene.bourdin@ac-orleans-tours.fr>", subj="Horaires hotline",
    body="""Bonjour,

Quels sont vos horaires d'assistance téléphonique ? J'ai appelé le 02 38 00 00 00 deux fois sans réponse.

Hélène Bourdin
Lycée 0450660Y
""", ua="tb")


# ================================================================ building
def rand_hex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def rand_alnum(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def pick_date():
    start = datetime(2024, 9, 2)
    while True:
        d = start + timedelta(days=RNG.randrange(0, 208))
        if d.weekday() < 5 or RNG.random() < 0.1:
            break
    d = d.replace(hour=RNG.randrange(7, 20), minute=RNG.randrange(60), second=RNG.randrange(60))
    summer = datetime(2024, 10, 27) > d or d >= datetime(2025, 3, 30)
    tz = timezone(timedelta(hours=2 if summer else 1))
    return d.replace(tzinfo=tz)


def message_id(ua, domain):
    if ua == "gmail":
        return "<CA%s@mail.gmail.com>" % rand_alnum(40)
    if ua in ("outlook", "owa"):
        return "<PR1P264MB%s%s@PR1P264MB%s.FRAP264.PROD.OUTLOOK.COM>" % (
            rand_hex(4).upper(), rand_hex(12).upper(), rand_hex(4).upper())
    if ua in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (rand_hex(8).upper(), rand_hex(4).upper(), rand_hex(4).upper(),
                                         rand_hex(4).upper(), rand_hex(12).upper(), domain)
    if ua == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randrange(10**8, 10**9), RNG.randrange(10**6),
                                                  RNG.randrange(10**12, 10**13), domain)
    return "<%s-%s-%s-%s-%s@%s>" % (rand_hex(8), rand_hex(4), rand_hex(4), rand_hex(4), rand_hex(12), domain)


def build(m):
    name, addr = parseaddr(m["frm"])
    domain = addr.split("@", 1)[1].lower()
    date = pick_date()
    ua = m["ua"]
    ip = "192.0.2.%d" % RNG.randrange(2, 250)
    msg = EmailMessage(policy=policy.default)
    extra = dict((k.lower(), (k, v)) for k, v in m["extra"])
    rp = extra.pop("return-path", ("Return-Path", "<%s>" % addr))
    msg["Return-Path"] = rp[1]
    msg["Delivered-To"] = DESK
    msg["Received"] = ("from smtp.%s (smtp.%s [%s]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s "
                       "for <%s>; %s" % (domain, domain, ip, rand_alnum(12), DESK, format_datetime(date)))
    if m["auth"] == "fail":
        msg["Authentication-Results"] = ("mx1.assistance.example.fr; dkim=none; spf=fail smtp.mailfrom=%s; "
                                         "dmarc=fail (p=quarantine dis=none) header.from=%s" % (domain, domain))
    else:
        msg["Authentication-Results"] = ("mx1.assistance.example.fr; dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; "
                                         "dmarc=pass (p=none dis=none) header.from=%s" % (domain, domain, domain))
    msg["Message-ID"] = message_id(ua, domain)
    msg["Date"] = format_datetime(date)
    msg["From"] = m["frm"]
    msg["To"] = m["to"] or "Assistance <%s>" % DESK
    msg["Subject"] = m["subj"]
    if UA.get(ua):
        k, v = UA[ua]
        if v:
            msg[k] = v
    if ua == "outlook":
        msg["Thread-Index"] = "AQH" + rand_alnum(24) + "=="
        msg["Content-Language"] = "fr-FR"
    if m["reply"]:
        ref = "<%s@assistance.example.fr>" % rand_hex(16)
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in extra.values():
        msg[k] = v
    att = m["att"]
    if m["raw"] is not None:
        head = msg.as_bytes(policy=policy.default).rstrip(b"\n") + b"\n"
        head += b"MIME-Version: 1.0\nContent-Type: " + m["ctype"].encode() + b"\n\n"
        return head + m["raw"].encode("utf-8")
    body = m["body"]
    cte = m["cte"] or "8bit"
    if m["kind"] == "plain":
        msg.set_content(body, subtype="plain", charset=m["charset"], cte=cte)
    elif m["kind"] == "html":
        msg.set_content(text_to_html(body), subtype="html", charset="utf-8",
                        cte=m["cte"] or "quoted-printable")
    elif m["kind"] == "alt":
        msg.set_content(body, subtype="plain", charset="utf-8", cte=m["cte"] or "quoted-printable")
        msg.add_alternative(text_to_html(body), subtype="html", charset="utf-8",
                            cte=m["cte"] or "quoted-printable")
    for fn, mime, data in att:
        maintype, subtype = mime.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%s_%s" % (RNG.randrange(10**5, 10**6), rand_hex(16)))
    return msg.as_bytes(policy=policy.default)


# ================================================================ checks
CODE_RE = re.compile(r"(?<![0-9A-Za-z])(\d{3})[ .\-]?(\d{4})[ .\-]?([A-Za-z])(?![0-9A-Za-z'\u2019])")
REGIONS = set(DEPT_REGION.values())


def visible_text(msg):
    out = [str(msg.get("Subject", "")), str(msg.get("From", "")), str(msg.get("To", "")), str(msg.get("Cc", ""))]
    for part in msg.walk():
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") and not fn:
            txt = part.get_content()
            if ct == "text/html":
                txt = html.unescape(re.sub(r"<[^>]+>", " ", txt))
            out.append(txt)
    return "\n".join(out)


def check(expected_wrong):
    files = sorted(HERE.glob("h*.eml"))
    assert len(files) == 150, len(files)
    labels = [json.loads(l) for l in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(labels) == 150
    assert [l["file"] for l in labels] == ["h%03d.eml" % i for i in range(1, 151)]
    cats = set()
    n_en = 0
    problems = []
    for lab in labels:
        f = lab["file"]
        assert list(lab.keys()) == KEYS, (f, lab.keys())
        assert lab["category"] in CATEGORIES, f
        cats.add(lab["category"])
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, f
        assert lab["uai"] is None or uai_ok(lab["uai"]), f
        assert lab["region"] is None or lab["region"] in REGIONS, f
        assert lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        n_en += lab["lang"] == "en"
        assert isinstance(lab["notes"], str) and lab["notes"].strip().endswith("."), f
        raw = (HERE / f).read_bytes()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
        for h in ("Message-ID", "Date", "From"):
            assert msg[h], (f, h)
        text = visible_text(msg)
        notes_up = lab["notes"].upper()
        # every valid-looking UAI is the label or explained in the notes
        for mo in CODE_RE.finditer(text):
            code = (mo.group(1) + mo.group(2) + mo.group(3)).upper()
            if uai_ok(code):
                if code != lab["uai"] and code not in notes_up:
                    problems.append("%s: valid-looking %s not labelled nor in notes" % (f, code))
            elif code not in expected_wrong[f] and code not in notes_up:
                problems.append("%s: invalid code %s not declared" % (f, code))
        # wrong-check-letter codes are really wrong
        for code in expected_wrong[f]:
            assert not uai_ok(code), (f, code)
            assert code in text.upper(), (f, code)
            assert code in notes_up and "wrong check letter" in lab["notes"], (f, code)
        if "wrong check letter" in lab["notes"]:
            assert expected_wrong[f], f
        # labelled uai appears in the mail
        if lab["uai"]:
            flat = re.sub(r"[\s.\-]", "", text).upper()
            if lab["uai"] not in flat:
                problems.append("%s: uai %s not in mail" % (f, lab["uai"]))
        # region consistent with regions.md
        if lab["uai"]:
            want = DEPT_REGION.get(lab["uai"][:3])
        else:
            dom = parseaddr(str(msg["From"]))[1].rsplit("@", 1)[-1].lower()
            want = DOMAIN_REGION.get(dom)
        if lab["region"] != want:
            problems.append("%s: region %s, expected %s" % (f, lab["region"], want))
    assert cats == set(CATEGORIES), set(CATEGORIES) - cats
    assert 10 <= n_en <= 25, n_en
    assert not problems, "\n".join(problems)
    return labels


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    for old in HERE.glob("h*.eml"):
        old.unlink()
    lines = []
    expected_wrong = {}
    for i, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "h%03d.eml" % i
        (HERE / fname).write_bytes(build(m))
        lab = dict(file=fname, **m["label"])
        lines.append(json.dumps({k: lab[k] for k in KEYS}, ensure_ascii=False))
        expected_wrong[fname] = m["wrong"]
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    labels = check(expected_wrong)
    from collections import Counter
    print("wrote 150 mails;", dict(Counter(l["category"] for l in labels)))
    print("en:", sum(l["lang"] == "en" for l in labels), "hard:", sum(l["hard"] for l in labels))


if __name__ == "__main__":
    main()

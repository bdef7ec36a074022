#!/usr/bin/env python3
"""Build holdout122: 150 hand-written blind test mails for the help-desk classifier.

Theme: mail that leans on attachments and screenshots ('voir capture',
'ci-joint le courrier signé', scanned forms, PDFs of letters from heads of
establishment); the text itself is brief.

Standard library only, deterministic (random.Random(122)).  Every mail text
below is written by hand; the script only wraps each text in headers typical
of the sender's mail client, adds the attachments, writes h001.eml ...
h150.eml and labels.jsonl, then re-reads everything and checks it.

Placeholders in texts: @UAI@ / @uai@ -> the mail's establishment code (upper /
lower case, check letter computed as regions.md says), @UAI2@ -> a second code.
"""
import base64
import json
import os
import random
import zlib
import struct
import email
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(122)

LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai(d7):
    return d7 + LETTERS[int(d7) % 23]


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
PREFIX_REGION = {}
for _r, _ds in REGION_DEPTS.items():
    for _d in _ds.split():
        PREFIX_REGION[_d if len(_d) == 3 else "0" + _d] = _r

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

CATEGORIES = ["password_reset", "missing_noreply_mail", "mailinblack_spam",
              "head_of_establishment_request", "account_creation", "subscription_activation",
              "order_billing", "contract_documents", "transfer_incident", "automated", "other"]
NEVER_AUTO = {"head_of_establishment_request", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def region_of_uai(code):
    return PREFIX_REGION.get(code[:3])


def region_expected(code, sender):
    if code:
        return region_of_uai(code)
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


# ----------------------------------------------------------------- attachments
def fake_pdf(title):
    """A small but well-formed one-page PDF whose page shows `title`."""
    safe = title.encode("latin-1", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 12 Tf 60 760 Td (" + safe + b") Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def fake_png(seed):
    """A small grey PNG (valid file), size varies with the seed."""
    r = random.Random(seed)
    w, h = r.randint(40, 120), r.randint(20, 80)
    shade = r.randint(180, 250)
    raw = b"".join(b"\x00" + bytes([shade]) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def fake_jpg(seed):
    r = random.Random(seed)
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00"
            + bytes(r.randrange(256) for _ in range(600)) + b"\xff\xd9")


ATT_TYPES = {
    "pdf": ("application", "pdf"), "png": ("image", "png"), "jpg": ("image", "jpeg"),
    "txt": ("text", "plain"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "html": ("text", "html"), "zip": ("application", "zip"),
}


def att_bytes(name, kind, idx):
    if kind == "pdf":
        return fake_pdf(os.path.splitext(name)[0])
    if kind == "png":
        return fake_png(name + str(idx))
    if kind == "jpg":
        return fake_jpg(name + str(idx))
    if kind == "txt":
        return None  # text attachments carry their own content
    return bytes(random.Random(name).randrange(256) for _ in range(900))


# ----------------------------------------------------------------- mails
MAILS = []


def M(**kw):
    MAILS.append(kw)


# ======================= password_reset =======================
M(cat="password_reset", ok=True, u="0693118", plat="esidoc", lang="fr",
  frm=("Sylvie Monnet", "sylvie.monnet@ac-lyon.fr"), client="gmail",
  subj="Connexion impossible e-sidoc",
  body="""Bonjour,

Impossible de me connecter au back-office, voir capture ci-jointe.
J'ai dû me tromper de mot de passe trop de fois, je ne le retrouve pas.

Collège Jean Moulin, UAI @UAI@

Sylvie Monnet
Professeure documentaliste""",
  att=[("Capture d’écran 2024-09-09 à 10.14.22.png", "png")],
  notes="Screenshot of the failed login; lost e-sidoc password, UAI in the signature.")

M(cat="password_reset", ok=True, u="0331642", plat="esidoc", lang="fr",
  frm=("Doc Lycée Montesquieu", "cdi.montesquieu@gmail.com"), client="iphone",
  subj="mdp perdu @UAI@",
  body="""Bonjour cf capture. Mot de passe oublié, pouvez-vous m'envoyer un lien ? Merci

Envoyé de mon iPhone""",
  att=[("IMG_2214.PNG", "png")],
  notes="Two lines from a phone, UAI only in the subject; plain lost password.")

M(cat="password_reset", ok=True, u="0754219", plat="esidoc", lang="en",
  frm=("Emily Carter", "e.carter@ecole-bilingue-paris.fr"), client="outlook_alt",
  subj="Cannot log in - screenshot attached",
  body="""Hello,

Please see the attached screenshot. I have forgotten the administrator password for our e-sidoc portal and the reset does not tell me where the link goes.

School ID (UAI): @UAI@

Thanks,
Emily Carter
Librarian""",
  att=[("screenshot.png", "png")],
  notes="English; forgotten e-sidoc admin password, UAI given.")

M(cat="password_reset", ok=True, u="0595487", plat="esidoc", lang="fr",
  frm=("Karim Benali", "karim.benali@ac-lille.fr"), client="thunderbird",
  subj="Lien de réinitialisation expiré",
  body="""Bonjour,

Le lien reçu ce matin affiche « lien expiré » (capture jointe). Je ne l'ai ouvert que cet après-midi.
Pouvez-vous m'en renvoyer un ?

Lycée Pasteur, @UAI@
--
Karim Benali""",
  att=[("lien_expire.png", "png")],
  notes="Reset link expired before use, screenshot attached; asks for a new link.")

M(cat="password_reset", ok=False, u="0383305", plat="esidoc", lang="fr", hard=True,
  frm=("Hélène Chabert", "helene.chabert38@orange.fr"), client="gmail",
  subj="Nouvelle documentaliste - accès e-sidoc",
  body="""Bonjour,

Je viens d'être nommée au collège Les Buclos (@UAI@). Vous trouverez ci-joint mon arrêté d'affectation.
Ma prédécesseure est partie sans laisser le mot de passe. Pourriez-vous l'envoyer directement sur cette adresse personnelle ? Je n'ai pas encore mon adresse académique.

Merci d'avance
Hélène Chabert""",
  att=[("arrete_affectation_Chabert.pdf", "pdf")],
  notes="Lost password, but she asks for it on her personal address and offers her appointment decree as proof: the standard reset path cannot satisfy this, a person must explain the head-of-establishment procedure.")

M(cat="password_reset", ok=True, u="0451733", plat="esidoc", lang="fr", hard=True,
  frm=("Secrétariat Collège Condorcet", "ce.@UAI@@ac-orleans-tours.fr"), client="zimbra",
  subj="Demande de lien - portail CDI",
  body="""Bonjour,

À la demande de notre documentaliste, merci d'adresser le lien de réinitialisation du mot de passe e-sidoc à la présente adresse. La capture de l'écran d'erreur est jointe.

Le secrétariat""",
  att=[("erreur_connexion.jpg", "jpg")],
  notes="UAI only in the ce.<UAI> sender address; the secretariat asks for the link on the official address (the safe path).")

M(cat="password_reset", ok=True, u="0672418", plat="espace_acheteur", lang="fr",
  frm=("Marc Schaller", "m.schaller@cc-hanau.fr"), client="outlook_html",
  subj="Identifiant Espace Acheteur",
  body="""Bonjour,

Je n'arrive plus à me connecter (voir impression d'écran ci-dessous). Je ne sais plus quel identifiant avait été choisi à la création du compte.

Marc Schaller
Service commande publique
Établissement rattaché : @UAI@""",
  inline=True,
  notes="HTML-only Outlook mail with an inline screenshot; login unknown on the Espace Acheteur (FAQ case).")

M(cat="password_reset", ok=True, u="0134412", plat="esidoc", lang="fr",
  frm=("Nadia Ferhat", "nadia.ferhat@ac-aix-marseille.fr"), client="android",
  subj="Tr: Réinitialisation de votre mot de passe",
  body="""Le lien ne marche pas, il dit qu'il n'est plus valide. Capture en PJ. Pouvez vous en renvoyer un svp
Lycée Marcel Pagnol @UAI@

Envoyé depuis Outlook pour Android""",
  att=[("Screenshot_20241008-141203.jpg", "jpg")],
  notes="Forward of the reset mail whose link is no longer valid; new link wanted.")

M(cat="password_reset", ok=False, u="0545521", plat="esidoc", lang="fr", hard=True,
  frm=("Claire Lambert", "claire.lambert@ac-nancy-metz.fr"), client="gmail",
  subj="Mot de passe + facture",
  body="""Bonjour,

Deux choses :
1) je n'ai plus le mot de passe du portail (capture de l'erreur jointe) ;
2) la facture ci-jointe porte le nom de l'ancien collège, l'intendance ne peut pas la payer. Pouvez-vous la refaire ?

Collège Guynemer — @UAI@
Claire Lambert""",
  att=[("capture_erreur.png", "png"), ("Facture_FA2024-1187.pdf", "pdf")],
  notes="Two topics: password reset (first) and an invoice to re-issue (order_billing); one template answers only half.")

M(cat="password_reset", ok=False, u="0312294", plat="esidoc", lang="fr", hard=True,
  frm=("Pierre Vidal", "pierre.vidal@ac-toulouse.fr"), client="gmail", reply=True,
  subj="Re: [#SUP-006114] Mot de passe e-sidoc",
  body="""Bonjour,

Le lien est bien parti sur l'adresse ce. du lycée, mais le secrétariat me dit qu'il n'y a rien (capture de leur boîte jointe). On tourne en rond. Quelqu'un peut-il m'appeler ?

Pierre Vidal, lycée Déodat de Séverac (@UAI@)""",
  quote="""Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse officielle de l'établissement (ce.***@ac-toulouse.fr).
Il est valable 12 heures.

L'équipe Assistance""",
  att=[("boite_secretariat.png", "png")],
  notes="Reply after the automatic reset answer: the link never reached the official mailbox and he asks for a call; a person must take over.")

M(cat="password_reset", ok=True, u="0861298", plat="ticket_portal", lang="fr",
  frm=("Agnès Roy", "agnes.roy@ac-poitiers.fr"), client="thunderbird",
  subj="Portail de tickets : mot de passe oublié",
  body="""Bonjour,

Je ne retrouve plus mon mot de passe pour le portail de suivi des tickets. Capture de la page jointe.

Agnès Roy
Lycée Camille Guérin, @UAI@""",
  att=[("portail_tickets.png", "png")],
  notes="Forgotten password on the ticket portal.")

M(cat="password_reset", ok=True, u="0783317", plat="esidoc", lang="fr", hard=True,
  frm=("Julie Perrin", "julie.perrin@ac-versailles.fr"), client="gmail",
  subj="Accès admin portail",
  body="""Bonjour,

L'adresse https://@uai@.esidoc.fr/ s'ouvre bien mais le compte admin refuse mon mot de passe (cf. capture). Je ne l'ai plus.

Merci,
Julie""",
  att=[("admin.png", "png")],
  notes="UAI only inside the portal URL, in lower case; the label is the upper-case code.")

M(cat="password_reset", ok=True, u="0421735", plat="esidoc", lang="en",
  frm=("Tom Berger", "tom.berger@cite-internationale-lyon.fr"), client="apple",
  subj="Account locked",
  body="""Hi,

Our e-sidoc admin account is locked after several attempts, see the attached screenshot. Could you unlock it or send a reset link?

Cité scolaire internationale, UAI @UAI@

Tom""",
  att=[("Screen Shot 2024-11-18 at 09.02.51.png", "png")],
  notes="English; account locked after failed attempts.")

M(cat="password_reset", ok=True, u="9741187", plat="esidoc", lang="fr",
  frm=("Marie-Annick Payet", "marie-annick.payet@ac-reunion.fr"), client="outlook_html",
  subj="Mot de passe expiré",
  body="""Bonjour,

Le portail me dit que mon mot de passe a expiré (voir la capture). Je ne me souviens plus de l'ancien pour le changer.

Marie-Annick Payet
CDI – Lycée Bellepierre
@UAI@""",
  att=[("image_portail.png", "png")],
  notes="Expired password and the old one forgotten; Réunion UAI.")

M(cat="password_reset", ok=True, u="7200412", plat="esidoc", lang="fr",
  frm=("Paul-Antoine Santoni", "pa.santoni@ac-corse.fr"), client="gmail",
  subj="Perte mot de passe",
  body="""Bonjour,
j'ai perdu le mot de passe administrateur du portail du collège (@UAI@). Capture jointe.
Bien à vous
P-A Santoni""",
  att=[("capture.jpg", "jpg")],
  notes="Haute-Corse UAI prefix 720; plain lost password.")

M(cat="password_reset", ok=True, u=None, plat="esidoc", lang="fr", hard=True,
  frm=("Sébastien Morel", "sebastien.morel@ac-caen.fr"), client="thunderbird",
  subj="Identifiant e-sidoc 0141186B",
  body="""Bonjour,

Je ne connais ni l'identifiant ni le mot de passe de notre portail, je suis nouveau.
Notre numéro : 0141186B. Copie d'écran jointe.

S. Morel""",
  att=[("copie_ecran.png", "png")],
  notes="Code 0141186B has a wrong check letter (the digits give 0141186K): no UAI; region from the ac-caen.fr sender. The reset path (official address or head's request) still answers him.")

M(cat="password_reset", ok=True, u="0291574", plat="esidoc", lang="fr",
  frm=("Gwenaëlle Le Goff", "gwenaelle.le-goff@ac-rennes.fr"), client="zimbra",
  subj="je ne connais pas le mot de passe",
  body="""Bonjour,

Arrivée en remplacement au CDI du lycée de l'Élorn (@UAI@), je ne connais pas le mot de passe du back-office. Voir la capture de l'écran de connexion.

Cordialement,
G. Le Goff""",
  att=[("ecran_connexion.png", "png")],
  notes="Substitute librarian who never had the password.")

M(cat="password_reset", ok=True, u=None, plat="espace_acheteur", lang="fr",
  frm=("Laurence Girard", "l.girard@mairie-vals-les-bains.fr"), client="outlook_alt",
  subj="Mot de passe oublié – Espace Acheteur",
  body="""Bonjour,

J'ai oublié mon mot de passe. Quand je clique sur « mot de passe oublié » il me demande un identifiant que je n'ai pas (capture jointe).

Laurence Girard
Mairie de Vals-les-Bains""",
  att=[("identifiant.png", "png")],
  notes="Buyer at a town hall; forgotten password and unknown login; no UAI, non-academic sender.")

M(cat="password_reset", ok=True, u="9710832", plat="esidoc", lang="fr",
  frm=("Josette Bélair", "josette.belair@ac-guadeloupe.fr"), client="android",
  subj="Code perdu",
  body="""Bonjour je ne retrouve plus le code du portail CDI. Collège @UAI@. Photo de l'écran jointe. Merci""",
  att=[("IMG_20241203_081544.jpg", "jpg")],
  notes="Phone photo of the screen; 'code' means the password; Guadeloupe.")

M(cat="password_reset", ok=True, u="0442876", plat="esidoc", lang="fr",
  frm=("Yann Guérin", "yann.guerin@ac-nantes.fr"), client="latin1",
  subj="Compte bloqué",
  body="""Bonjour,

Compte administrateur bloqué depuis ce matin, voir la capture. Pouvez-vous me renvoyer un lien ?

Yann Guérin
Collège La Neustrie, @UAI@""",
  att=[("bloque.png", "png")],
  notes="Account locked; ISO-8859-1 8-bit body.")

M(cat="password_reset", ok=False, u="0180943", plat="esidoc", lang="fr", hard=True,
  frm=("Odile Marchand", "odile.marchand@ac-orleans-tours.fr"), client="gmail",
  subj="Urgent mot de passe - appelez-moi",
  body="""Bonjour,

Mot de passe du portail perdu (capture jointe). J'ai déjà essayé votre lien trois fois, il arrive sur l'adresse de l'ancienne documentaliste. Je préférerais qu'une personne m'appelle au 02 48 65 31 20.

Odile Marchand – collège Littré (@UAI@)""",
  att=[("erreur.png", "png")],
  notes="Lost password, but the reset was already tried and goes to a former colleague; she explicitly asks for a person.")

M(cat="password_reset", ok=True, u="0801766", plat="esidoc", lang="fr",
  frm=("Delphine Carpentier", "delphine.carpentier@ac-amiens.fr"), client="roundcube",
  subj="voir capture",
  body="""Bonjour,
mot de passe refusé, voir capture. Je l'ai oublié je pense.
D. Carpentier, lycée Delambre @UAI@""",
  att=[("capture.png", "png")],
  notes="Very short; subject only 'voir capture'; the text still says password forgotten.")

# ======================= missing_noreply_mail =======================
M(cat="missing_noreply_mail", ok=True, u="0694412", plat="espace_acheteur", lang="fr",
  frm=("Anne Collet", "anne.collet@ac-lyon.fr"), client="gmail",
  subj="Mail d'activation non reçu",
  body="""Bonjour,

Je n'ai jamais reçu le mail d'activation de mon compte Espace Acheteur. Ci-joint la capture de ma boîte de réception et des indésirables : rien.

Gestionnaire, collège Jean Jaurès (@UAI@)
Anne Collet""",
  att=[("boite_reception.png", "png"), ("indesirables.png", "png")],
  notes="Two screenshots of the inbox and junk folder; activation mail never came; no anti-spam product named.")

M(cat="missing_noreply_mail", ok=True, u=None, plat="espace_acheteur", lang="fr",
  frm=("Vincent Aubry", "v.aubry@sivu-ecoles-vallee.fr"), client="outlook_html",
  subj="Pas de mail de confirmation",
  body="""Bonjour,

Inscription faite hier (capture de l'écran de fin d'inscription ci-dessous) mais aucun mail de confirmation reçu.

Vincent Aubry
SIVU des écoles de la Vallée""",
  inline=True,
  notes="HTML-only with an inline screenshot of the sign-up confirmation page; no mail received.")

M(cat="missing_noreply_mail", ok=True, u="0861412", plat="esidoc", lang="fr",
  frm=("Isabelle Texier", "isabelle.texier@ac-poitiers.fr"), client="thunderbird",
  subj="Lien de réinitialisation jamais arrivé",
  body="""Bonjour,

J'ai demandé trois fois un nouveau mot de passe, aucun mail n'arrive (capture de la boîte jointe, triée par date).

Lycée Aliénor d'Aquitaine, @UAI@""",
  att=[("boite_mail_tri.png", "png")],
  notes="The reset tool works but the new-password mail never arrives: missing_noreply_mail per the taxonomy.", hard=True)

M(cat="missing_noreply_mail", ok=True, u=None, plat="espace_acheteur", lang="en",
  frm=("Sarah Dupont-Miller", "sarah.miller@lycee-international-sgl.fr"), client="apple",
  subj="No email from no-reply",
  body="""Hello,

I never receive anything from no-reply@espace-acheteur. Attached: screenshot of my inbox search. Nothing in spam either.

Best regards,
Sarah""",
  att=[("Screen Shot inbox search.png", "png")],
  notes="English; mails from the no-reply sender never arrive; no product named.")

M(cat="missing_noreply_mail", ok=True, u="0595013", plat="espace_acheteur", lang="fr",
  frm=("Gestion lycée Baggio", "ce.@UAI@@ac-lille.fr"), client="zimbra",
  subj="Notifications absentes",
  body="""Bonjour,

Depuis la rentrée nous ne recevons plus les notifications de l'Espace Acheteur (nouvelles offres, validations). Capture des paramètres de notification jointe : tout est coché.

L'intendance""",
  att=[("parametres_notif.png", "png")],
  notes="No notifications any more although all options are ticked (screenshot); UAI only in the ce. sender.")

M(cat="missing_noreply_mail", ok=True, u=None, plat="ticket_portal", lang="fr",
  frm=("Romain Fabre", "romain.fabre@ac-montpellier.fr"), client="gmail",
  subj="Portail tickets - mail pour définir le mot de passe",
  body="""Bonjour,

Le portail dit qu'un mail m'a été envoyé pour définir mon mot de passe (capture jointe) mais je n'ai rien reçu.

Romain Fabre""",
  att=[("portail_message.png", "png")],
  notes="Ticket portal: the password-setting mail never arrived; no UAI, region from ac-montpellier.fr.")

M(cat="missing_noreply_mail", ok=False, u="0171288", plat="espace_acheteur", lang="fr", hard=True,
  frm=("Fabienne Marais", "fabienne.marais@ac-poitiers.fr"), client="outlook_alt", reply=True,
  subj="RE: [#SUP-006302] Mail d'activation non reçu",
  body="""Bonjour,

J'ai fait tout ce que vous indiquiez (expéditeur autorisé, capture des règles jointe) et toujours rien après trois jours. Merci de transmettre à la région.

Fabienne Marais
Collège Fromentin, @UAI@""",
  quote="""Bonjour,

Vérifiez votre dossier de courrier indésirable et ajoutez l'adresse no-reply à vos expéditeurs autorisés. Si rien n'arrive sous 48 h, répondez à ce message.

L'équipe Assistance""",
  att=[("regles_outlook.png", "png")],
  notes="Follow-up after the junk-folder answer: still nothing after three days, asks to go to the region; the template was already sent, a person follows up.")

M(cat="missing_noreply_mail", ok=True, u="0931466", plat="espace_acheteur", lang="fr", hard=True,
  frm=("Bruno Lefèvre", "bruno.lefevre@ac-creteil.fr"), client="gmail",
  subj="Pas de mail – nous n'avons pas MailInBlack",
  body="""Bonjour,

Le mail de première connexion n'arrive pas. Avant que vous me parliez de MailInBlack : nous ne l'utilisons pas (capture de la config de notre messagerie jointe).

Bruno Lefèvre, collège Travail (@UAI@)""",
  att=[("config_messagerie.png", "png")],
  notes="Names MailInBlack only to say it is NOT used: missing_noreply_mail.")

M(cat="missing_noreply_mail", ok=True, u=None, plat="espace_acheteur", lang="fr",
  frm=("Christelle", "christelle.b@cegetel.net"), client="android",
  subj="Mail pas recu",
  body="""Bjr toujours pas recu le mail pour valider mon compte. Capture en PJ""",
  att=[("Screenshot_20250114-172010.png", "png")],
  notes="Very short mobile message, no accents; validation mail not received.")

M(cat="missing_noreply_mail", ok=True, u="0251377", plat="esidoc", lang="fr",
  frm=("Lucie Girardot", "lucie.girardot@ac-besancon.fr"), client="thunderbird",
  subj="Activation compte client",
  body="""Bonjour,

Première commande en ligne : l'écran dit que le mail d'activation du compte client arrive sous 12 h (capture). Deux jours plus tard, rien.

Lucie Girardot
Collège Lumière, @UAI@""",
  att=[("activation_12h.png", "png")],
  notes="Customer-account activation mail (12 h) never came.")

M(cat="missing_noreply_mail", ok=True, u=None, plat="espace_acheteur", lang="fr",
  frm=("Jean-Marc Hubert", "jm.hubert@ac-strasbourg.fr"), client="zimbra",
  subj="Administrateur : pas de notification des comptes à valider",
  body="""Bonjour,

Je suis administrateur de la structure. Un collègue m'envoie la capture ci-jointe : son compte est « en attente de validation », mais je n'ai reçu aucune notification.

J-M Hubert""",
  att=[("compte_en_attente.png", "png")],
  notes="The structure administrator never receives the 'account to validate' notification; region from ac-strasbourg.fr.", hard=True)

M(cat="missing_noreply_mail", ok=True, u="9720611", plat="espace_acheteur", lang="fr",
  frm=("Rose-Marie Joseph-Angélique", "rm.joseph@ac-martinique.fr"), client="outlook_html",
  subj="Aucun mail reçu",
  body="""Bonjour,

Aucun des mails annoncés par la plateforme ne m'arrive (voir capture). J'ai vérifié les courriers indésirables.

R-M Joseph-Angélique
Lycée Schoelcher @UAI@""",
  att=[("plateforme.png", "png")],
  notes="Platform mails never arrive; junk folder checked; no product named; Martinique.")

M(cat="missing_noreply_mail", ok=True, u=None, plat="esidoc", lang="en",
  frm=("Daniel Okafor", "d.okafor@britishschool-bordeaux.fr"), client="gmail",
  subj="Activation link not received",
  body="""Hi,

I registered for the customer account (screenshot of the confirmation page attached) but the activation link never came.

Daniel""",
  att=[("confirmation_page.png", "png")],
  notes="English; customer-account activation link not received.")

M(cat="missing_noreply_mail", ok=True, u="0341877", plat="espace_acheteur", lang="fr",
  frm=("Nathalie Roux", "nathalie.roux@ac-montpellier.fr"), client="gmail", fwd=True, date="2025-01-13 14:21",
  subj="Fwd: compte validé mais pas de lien",
  body="""Bonjour,

Je vous transfère le message de ma collègue, avec sa capture : compte validé par moi-même, mais elle n'a jamais reçu le lien de première connexion.

Nathalie Roux – lycée Joffre @UAI@""",
  quote="""De : Élise Martin
Date : lun. 13 janv. 2025 à 09:12
Objet : compte validé mais pas de lien

Coucou Nathalie, tu as validé mon compte mais je n'ai aucun mail pour me connecter, je t'envoie la capture.
Élise""",
  att=[("capture_Elise.png", "png")],
  notes="Forward of a colleague's message: validated account, first-login link never arrived.")

M(cat="missing_noreply_mail", ok=True, u=None, plat="espace_acheteur", lang="fr",
  frm=("Service informatique CA Grand Sud", "dsi@agglo-grandsud.fr"), client="outlook_alt",
  subj="Adresse d'expédition de vos notifications",
  body="""Bonjour,

Plusieurs acheteurs de l'agglomération ne reçoivent plus vos mails automatiques (extrait des journaux de notre passerelle ci-joint, aucune trace). Pouvez-vous nous donner l'adresse exacte d'expédition pour que nous l'autorisions ?

DSI – CA Grand Sud""",
  att=[("journal_passerelle.txt", "txt")],
  txt="2025-01-20 08:00:00 -> 2025-01-21 08:00:00\nfiltre: from=*espace-acheteur*\n0 resultat\n",
  notes="IT department: no trace of the platform's automatic mails in the gateway log; asks the sender address; no product named.")

M(cat="missing_noreply_mail", ok=True, u="0561204", plat="esidoc", lang="fr",
  frm=("Morgane Le Bihan", "morgane.le-bihan@ac-rennes.fr"), client="apple",
  subj="Mot de passe : le mail ne vient pas",
  body="""Bonjour,

L'outil « mot de passe oublié » me dit que c'est envoyé (capture), mais rien ne vient, même dans les spams.

Morgane Le Bihan
Collège Jules Simon, @UAI@

Envoyé de mon iPhone""",
  att=[("IMG_3310.PNG", "png")],
  notes="Password tool says sent, nothing arrives: missing_noreply_mail rather than password_reset.", hard=True)

# ======================= mailinblack_spam =======================
M(cat="mailinblack_spam", ok=True, u="0691904", plat="espace_acheteur", lang="fr",
  frm=("Olivier Bonnet", "olivier.bonnet@ac-lyon.fr"), client="gmail",
  subj="Mails bloqués par MailInBlack",
  body="""Bonjour,

Vos mails sont bloqués par MailInBlack chez nous, voir la capture de la quarantaine. Quelle adresse faut-il autoriser ?

Olivier Bonnet, référent numérique, lycée Ampère (@UAI@)""",
  att=[("quarantaine_mib.png", "png")],
  notes="Screenshot of the MailInBlack quarantine; asks which sender to allow.")

M(cat="mailinblack_spam", ok=True, u=None, plat="espace_acheteur", lang="fr",
  frm=("Corinne Vasseur", "c.vasseur@mairie-bray-dunes.fr"), client="outlook_html",
  subj="Mail in black",
  body="""Bonjour,

notre mairie a mis mail in black, depuis je ne recois plus rien de votre plateforme. Capture ci dessous.

Corinne Vasseur""",
  inline=True,
  notes="Product spelled 'mail in black'; HTML-only with inline screenshot.")

M(cat="mailinblack_spam", ok=True, u="0593327", plat="espace_acheteur", lang="en",
  frm=("Mark Evans", "mark.evans@ac-lille.fr"), client="outlook_alt",
  subj="Activation mail held by Mailinblack",
  body="""Hello,

Please see the attached screenshot: our Mailinblack quarantine holds your activation emails. What should we allow-list?

Mark Evans
IT, Lycée Faidherbe (@UAI@)""",
  att=[("mib_quarantine.png", "png")],
  notes="English; MailInBlack quarantine holds activation mails.")

M(cat="mailinblack_spam", ok=False, u="0762288", plat="espace_acheteur", lang="fr", hard=True,
  frm=("Éric Lemoine", "eric.lemoine@ac-normandie.fr"), client="thunderbird",
  subj="Vos mails demandent une vérification ?",
  body="""Bonjour,

Un de mes collègues reçoit un message lui demandant de cliquer pour prouver que l'expéditeur n'est pas un robot avant de recevoir vos mails (capture jointe). Est-ce normal ?

É. Lemoine, collège Claude Monet @UAI@""",
  att=[("verification.png", "png")],
  notes="The sender-authentication challenge is described without naming MailInBlack; the product is only in the screenshot, so a person should confirm before sending the guide.")

M(cat="mailinblack_spam", ok=True, u="0132277", plat="espace_acheteur", lang="fr",
  frm=("Rachid Amrani", "rachid.amrani@ac-aix-marseille.fr"), client="android",
  subj="MAILINBLACK",
  body="""bonjour nos mails sont bloqués par MAILINBLACK, capture jointe. merci de m'envoyer la procédure. lycée Saint-Exupéry @UAI@""",
  att=[("Screenshot_20241021-100532.png", "png")],
  notes="Capitals, from a phone; asks for the allow-list procedure.")

M(cat="mailinblack_spam", ok=True, u=None, plat=None, lang="fr",
  frm=("Gaëlle Fournier", "gaelle.fournier@wanadoo.fr"), client="iphone",
  subj="Bloqué",
  body="""Bloqué par Mailinblack (photo jointe). Envoyez-moi le guide svp.

Envoyé de mon iPhone""",
  att=[("IMG_5512.JPG", "jpg")],
  notes="One line from a phone; no platform named.")

M(cat="mailinblack_spam", ok=True, u="0571944", plat="espace_acheteur", lang="fr",
  frm=("Stéphane Klein", "stephane.klein@ac-nancy-metz.fr"), client="zimbra",
  subj="Rapport de quarantaine Mailinblack",
  body="""Bonjour,

Ci-joint le rapport de quarantaine reçu ce matin : vos messages y sont. J'ai cliqué sur « autoriser » mais les suivants sont toujours retenus.

S. Klein, collège Jean Mermoz (@UAI@)""",
  att=[("rapport_quarantaine.pdf", "pdf")],
  notes="MailInBlack quarantine report attached as PDF; allow click did not stick.")

M(cat="mailinblack_spam", ok=True, u="9710548", plat="espace_acheteur", lang="fr", hard=True,
  frm=("Sandrine Lacroix", "sandrine.lacroix@ac-guadeloupe.fr"), client="outlook_alt",
  subj="Indésirables vérifiés + Mail In Black",
  body="""Bonjour,

Rien dans les indésirables. Notre DSI me dit que c'est Mail In Black qui retient vos messages (capture de leur console). Que faut-il faire ?

S. Lacroix
Collège @UAI@""",
  att=[("console_dsi.png", "png")],
  notes="Junk folder checked, but the IT department names MailInBlack: mailinblack_spam; Guadeloupe UAI.")

M(cat="mailinblack_spam", ok=True, u=None, plat="espace_acheteur", lang="fr",
  frm=("Frédéric Dumas", "f.dumas@cd24.fr"), client="outlook_html",
  subj="Déploiement Mailinblack au département",
  body="""Bonjour,

Le Département vient de déployer Mailinblack sur les boîtes des agents (notice jointe). Les mails de votre plateforme sont désormais en attente. Merci de nous indiquer les domaines à déclarer.

Frédéric Dumas
Direction du numérique""",
  att=[("Notice_Mailinblack_agents.pdf", "pdf")],
  notes="Local authority rolled out MailInBlack (notice attached); asks which domains to declare.")

M(cat="mailinblack_spam", ok=False, u="0392215", plat="espace_acheteur", lang="fr", hard=True,
  frm=("Valérie Jacquin", "valerie.jacquin@ac-besancon.fr"), client="gmail",
  subj="Mailinblack et administrateur",
  body="""Bonjour,

1. Le mail d'activation est bloqué par Mailinblack (capture jointe).
2. Et au passage : qui est l'administrateur de notre structure ? Personne ne sait ici.

V. Jacquin, lycée Pasteur Mont-Roland @UAI@""",
  att=[("mib.png", "png")],
  notes="Two topics: MailInBlack block (main) and who the structure administrator is (account_creation).")

M(cat="mailinblack_spam", ok=True, u="0141477", plat="espace_acheteur", lang="fr",
  frm=("Antoine Leroux", "antoine.leroux@ac-normandie.fr"), client="latin1",
  subj="Liste blanche MailInBlack",
  body="""Bonjour,

Faut-il autoriser le domaine entier ou seulement l'adresse no-reply dans MailInBlack ? Capture de l'écran d'autorisation jointe.

A. Leroux
Lycée Malherbe @UAI@""",
  att=[("mib_autorisation.png", "png")],
  notes="Asks whether to allow the domain or the address; ISO-8859-1 8-bit body.")

M(cat="mailinblack_spam", ok=True, u="9730522", plat="espace_acheteur", lang="fr",
  frm=("Jocelyn Pierre-Louis", "jocelyn.pierre-louis@ac-guyane.fr"), client="gmail",
  subj="Mailinblack Protect",
  body="""Bonjour,

Vos notifications sont mises de côté par Mailinblack Protect (capture). Merci pour le guide.

Jocelyn Pierre-Louis
Lycée Melkior-Garré, @UAI@""",
  att=[("protect.png", "png")],
  notes="'Mailinblack Protect' quarantine; Guyane.")

# ======================= head_of_establishment_request =======================
M(cat="head_of_establishment_request", ok=False, u="0801584", plat="esidoc", lang="fr",
  frm=("Principal collège Amiral Lejeune", "ce.@UAI@@ac-amiens.fr"), client="zimbra",
  subj="Courrier signé – réinitialisation du mot de passe administrateur",
  body="""Madame, Monsieur,

Veuillez trouver ci-joint mon courrier signé demandant la réinitialisation du mot de passe administrateur e-sidoc du collège.

Le principal""",
  att=[("Courrier_principal_reinitialisation_signe.pdf", "pdf")],
  notes="The principal sends his signed letter from the ce.<UAI> address; details are only in the PDF.")

M(cat="head_of_establishment_request", ok=False, u="0351823", plat="esidoc", lang="fr", hard=True,
  frm=("Claire Hamon", "claire.hamon@ac-rennes.fr"), client="gmail", reply=True,
  subj="Re: [#SUP-006021] Mot de passe e-sidoc",
  body="""Bonjour,

Comme demandé, ci-joint le courrier signé de Mme la Proviseure (elle est en copie).

Claire Hamon
Documentaliste, lycée Bréquigny (@UAI@)""",
  quote="""Bonjour,

Aucune adresse officielle ne permet l'envoi du lien. Le chef d'établissement doit en faire la demande écrite.

L'équipe Assistance""",
  cc=("Proviseure lycée Bréquigny", "ce.@UAI@@ac-rennes.fr"),
  att=[("courrier_proviseure_signe.pdf", "pdf")],
  notes="Librarian relays the head's signed letter, head in copy, on the existing password ticket: a head-of-establishment request for staff to check.")

M(cat="head_of_establishment_request", ok=False, u="0921387", plat="espace_acheteur", lang="fr",
  frm=("Secrétariat de direction", "ce.@UAI@@ac-versailles.fr"), client="outlook_alt",
  subj="Changement d'administrateur de structure",
  body="""Bonjour,

Vous trouverez en pièce jointe la lettre de M. le Proviseur désignant Mme Sophie Arnaud comme nouvelle administratrice de la structure sur l'Espace Acheteur, en remplacement de M. Garnier, parti à la retraite.

Cordialement,
Secrétariat de direction""",
  att=[("Lettre_designation_administrateur.pdf", "pdf")],
  notes="Signed letter from the proviseur naming a new structure administrator, sent by the direction's secretariat from the ce. address.")

M(cat="head_of_establishment_request", ok=False, u="0131855", plat="esidoc", lang="fr",
  frm=("Jean-Luc Ferrandi", "jean-luc.ferrandi@ac-aix-marseille.fr"), client="apple",
  subj="Autorisation réinitialisation",
  body="""Bonjour,

Principal du collège Château-Forbin (@UAI@), j'autorise la réinitialisation du mot de passe e-sidoc demandée par notre documentaliste. Courrier signé scanné joint.

J-L Ferrandi""",
  att=[("Scan_20241112_0001.pdf", "pdf")],
  notes="The principal himself authorises the reset, scanned signed letter, personal academic address.")

M(cat="head_of_establishment_request", ok=False, u="0260712", plat="esidoc", lang="fr", hard=True,
  frm=("École élémentaire Les Tilleuls", "ce.@UAI@@ac-grenoble.fr"), client="iphone",
  subj="Changement adresse de contact",
  body="""Bonjour,
Directrice de l'école, je vous adresse la photo de mon courrier signé : merci de remplacer l'adresse de contact du compte administrateur par celle de l'école.
M. Reynaud

Envoyé de mon iPhone""",
  att=[("IMG_7781.JPG", "jpg")],
  notes="A primary-school head sends a phone photo of her signed letter to change the admin contact address.")

M(cat="head_of_establishment_request", ok=False, u="0781922", plat="esidoc", lang="en",
  frm=("Head of School", "ce.@UAI@@ac-versailles.fr"), client="outlook_alt",
  subj="Signed letter - administrator password",
  body="""Dear Sir or Madam,

Please find attached my signed letter requesting a reset of our e-sidoc administrator password; the link should go to this address.

Kind regards,
Head of School, Lycée international""",
  att=[("Signed_letter_reset.pdf", "pdf")],
  notes="English; the head of school asks in writing for an admin password reset.")

M(cat="head_of_establishment_request", ok=False, u="0451409", plat="esidoc", lang="fr", hard=True,
  frm=("Aurélie Simon", "aurelie.simon@ac-orleans-tours.fr"), client="thunderbird",
  subj="Courrier du chef d'établissement",
  body="""Bonjour,

Voici le courrier signé de M. le Principal pour la réinitialisation du mot de passe du portail.

Aurélie Simon, collège Jean Rostand @UAI@""",
  notes="Says the signed letter is attached but there is no attachment: still a relayed head's request; staff must ask for the missing letter.")

M(cat="head_of_establishment_request", ok=False, u="0593748", plat=None, lang="fr", hard=True,
  frm=("Proviseur", "ce.@UAI@@ac-lille.fr"), client="outlook_html",
  reply_to=("Proviseur", "proviseur.lycee59@gmail.com"), spoof=True,
  subj="URGENT courrier signé",
  body="""Bonjour,

Voir courrier signé joint. Merci de basculer les deux comptes administrateurs (portail CDI et Espace Acheteur) sur mon adresse personnelle indiquée en réponse, aujourd'hui si possible.

Le Proviseur""",
  att=[("courrier.pdf.html", "html")],
  htmlatt="<html><body><form action='http://203.0.113.9/x'>Identifiant <input name=u></form></body></html>",
  notes="Claims to be the proviseur from the ce.<UAI> address but SPF/DMARC fail, Reply-To is free mail, the 'signed letter' is an HTML file: a probable spoof, still a head-of-establishment request for staff to refuse. Two products, so no platform.")

M(cat="head_of_establishment_request", ok=False, u="0671455", plat="esidoc", lang="fr",
  frm=("Direction collège Foch", "ce.@UAI@@ac-strasbourg.fr"), client="zimbra",
  subj="Départ de la documentaliste",
  body="""Bonjour,

Notre documentaliste a quitté l'établissement. Par le courrier joint, je demande la réinitialisation du mot de passe administrateur afin de lui retirer l'accès ; le lien doit être envoyé à cette adresse.

La principale""",
  att=[("demande_principale.pdf", "pdf")],
  notes="The principal asks for a reset so that a departed librarian loses access.")

M(cat="head_of_establishment_request", ok=False, u="0311744", plat="espace_acheteur", lang="fr",
  frm=("Marc Delpech", "marc.delpech@ac-toulouse.fr"), client="gmail",
  subj="Désignation nouvel administrateur",
  body="""Bonjour,

En tant que proviseur du lycée Bellevue (@UAI@), je désigne M. Bastien Roques administrateur de la structure. Formulaire de désignation signé en pièce jointe. Merci de fermer l'accès de Mme Cazals.

Marc Delpech""",
  att=[("formulaire_designation_signe.pdf", "pdf")],
  notes="The proviseur names a new administrator and asks to close the former one's access; signed form attached.")

M(cat="head_of_establishment_request", ok=False, u=None, plat="esidoc", lang="fr", hard=True,
  frm=("Christine Bellamy", "christine.bellamy56@gmail.com"), client="gmail",
  subj="Accord pour la réinitialisation",
  body="""Bonjour,

Directrice de l'école maternelle du Bourg, je donne mon accord pour la réinitialisation demandée par l'enseignante chargée de la BCD. Ci-joint ma lettre signée.

Christine Bellamy""",
  att=[("lettre_accord.jpg", "jpg")],
  notes="Nursery-school head agrees from a personal Gmail address, no UAI: weak evidence, staff must verify.")

M(cat="head_of_establishment_request", ok=False, u="0741533", plat="espace_acheteur", lang="fr", hard=True,
  frm=("Proviseur adjoint", "ce.@UAI@@ac-grenoble.fr"), client="outlook_alt",
  subj="Autorisation de commande",
  body="""Bonjour,

En l'absence du proviseur, j'autorise la commande jointe (bon de commande signé par mes soins).

Le proviseur adjoint""",
  att=[("bon_commande_signe_PA.pdf", "pdf")],
  notes="The deputy head authorises an order by signed form: a head-of-establishment authorisation, not a plain order question; staff must check the deputy's delegation.")

M(cat="head_of_establishment_request", ok=False, u="6200188", plat="esidoc", lang="fr",
  frm=("Principal collège de Porticcio", "ce.@UAI@@ac-corse.fr"), client="thunderbird",
  subj="Demande écrite",
  body="""Madame, Monsieur,

Suite à votre réponse, voici ma demande écrite et signée (PDF) pour la réinitialisation de l'accès administrateur du portail documentaire.

Le principal""",
  att=[("demande_ecrite_signee.pdf", "pdf")],
  notes="Corse-du-Sud (620); the principal's signed written request.")

M(cat="head_of_establishment_request", ok=False, u="0440912", plat="esidoc", lang="fr",
  frm=("Lycée Clemenceau - Direction", "ce.@uai@@ac-nantes.fr"), client="gmail",
  subj="Mise à jour adresse administrateur",
  body="""Bonjour,

Ci-joint le courrier de M. le Proviseur : l'adresse de contact du compte administrateur doit devenir documentation.clemenceau@ac-nantes.fr.

La direction""",
  att=[("Courrier proviseur adresse contact.pdf", "pdf")],
  notes="Head's letter asking to change the admin contact address; UAI only in the lower-case ce. sender.", hard=True)

M(cat="head_of_establishment_request", ok=False, u="0631277", plat="esidoc", lang="fr",
  frm=("Gérard Chassaing", "gerard.chassaing@ac-clermont.fr"), client="iphone", reply=True, date="2024-11-18 17:48",
  subj="Re: [#SUP-006455] Accès administrateur e-sidoc",
  body="""Je confirme, vous pouvez procéder. Courrier signé joint.
G. Chassaing, principal

Envoyé de mon iPhone""",
  quote="""Le 18 nov. 2024 à 11:02, Laure Vigier <laure.vigier@ac-clermont.fr> a écrit :

Bonjour Monsieur le Principal, l'assistance demande votre accord écrit pour réinitialiser le mot de passe du portail du collège (@UAI@).
Laure""",
  att=[("accord_signe.pdf", "pdf")],
  notes="The principal confirms from his phone, quoting the librarian's request; UAI only in the quoted text.")

M(cat="head_of_establishment_request", ok=False, u="0870433", plat="espace_acheteur", lang="fr",
  frm=("Principal collège Calmette", "ce.@UAI@@ac-limoges.fr"), client="outlook_html",
  subj="Retrait des droits d'un utilisateur",
  body="""Bonjour,

Par le courrier signé ci-joint, je vous demande de retirer les droits de commande de M. Faure, qui a quitté l'établissement.

Le principal""",
  att=[("retrait_droits_Faure.pdf", "pdf")],
  notes="Head asks in writing to remove a departed user's ordering rights.")

# ======================= account_creation =======================
M(cat="account_creation", ok=True, u=None, plat="espace_acheteur", lang="fr",
  frm=("Mélanie Fontaine", "melanie.fontaine@mairie-lagnieu.fr"), client="outlook_alt",
  subj="Création de compte",
  body="""Bonjour,

Comment créer un compte sur l'Espace Acheteur pour notre mairie ? J'ai trouvé le formulaire d'adhésion (PDF joint) : faut-il vous le renvoyer rempli ?

Mélanie Fontaine""",
  att=[("formulaire_adhesion.pdf", "pdf")],
  notes="New buyer asks how to create an account; the sign-up answer fits.")

M(cat="account_creation", ok=True, u="0501377", plat="espace_acheteur", lang="fr",
  frm=("Hugo Lebrun", "hugo.lebrun@ac-normandie.fr"), client="gmail",
  subj="Compte en attente de validation",
  body="""Bonjour,

Inscription faite, mais à la connexion j'ai le message de la capture : « compte en attente de validation ». Que dois-je faire ?

Hugo Lebrun, collège Le Castel (@UAI@)""",
  att=[("attente_validation.png", "png")],
  notes="Account waiting for the structure administrator's validation (FAQ case), screenshot attached.")

M(cat="account_creation", ok=False, u="0171602", plat="espace_acheteur", lang="fr", hard=True,
  frm=("Adjoint gestionnaire", "ce.@UAI@@ac-poitiers.fr"), client="zimbra",
  subj="Formulaire d'ouverture de compte scanné",
  body="""Bonjour,

Ci-joint le formulaire d'ouverture de compte rempli et signé, scanné. Merci de créer le compte de l'établissement.

L'adjoint gestionnaire""",
  att=[("scan_formulaire_ouverture.pdf", "pdf")],
  notes="A scanned, signed account-opening form to process: account_creation, but someone must read the form and create the account.")

M(cat="account_creation", ok=False, u=None, plat="espace_acheteur", lang="fr",
  frm=("Anthony Marchal", "a.marchal@lycee-prive-sainte-marie.fr"), client="thunderbird",
  subj="Qui est notre administrateur ?",
  body="""Bonjour,

Je voudrais savoir qui est l'administrateur de notre structure sur l'Espace Acheteur (capture de l'écran qui me renvoie vers lui jointe).

A. Marchal, Lycée privé Sainte-Marie""",
  att=[("contacter_admin.png", "png")],
  notes="Asks who the structure's administrator is: needs a look-up, a person answers.")

M(cat="account_creation", ok=True, u="0191488", plat="espace_acheteur", lang="fr", hard=True,
  frm=("Brigitte Vergne", "brigitte.vergne@ac-limoges.fr"), client="outlook_html",
  subj="Je n'ai pas de compte",
  body="""Bonjour,

Je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte ! La page (capture) me demande de m'identifier. Comment m'inscrire ?

B. Vergne, lycée Cabanis @UAI@""",
  att=[("page_identification.png", "png")],
  notes="Negation: not a lost password, she never had an account: account_creation.")

M(cat="account_creation", ok=False, u="0721534", plat="esidoc", lang="fr",
  frm=("Laetitia Cousin", "laetitia.cousin@ac-nantes.fr"), client="gmail",
  subj="UAI introuvable à l'ouverture du compte client",
  body="""Bonjour,

À l'ouverture du compte client, notre UAI (@UAI@) n'apparaît pas dans la liste : voir capture.

Laetitia Cousin""",
  att=[("liste_uai.png", "png")],
  notes="The UAI is missing from the list when opening the customer account: the sales team handles it.")

M(cat="account_creation", ok=False, u="0171766", plat="espace_acheteur", lang="fr",
  frm=("Serge Tessier", "serge.tessier@ac-poitiers.fr"), client="latin1",
  subj="Droits de commande",
  body="""Bonjour,

Mon compte fonctionne mais je n'ai pas accès à la gestion des commandes (capture de mon profil jointe). Pouvez-vous ouvrir les droits ?

Serge Tessier, intendant, lycée Valin @UAI@""",
  att=[("profil_droits.png", "png")],
  notes="Account works; asks for order-management rights to be opened.")

M(cat="account_creation", ok=True, u=None, plat="esidoc", lang="en",
  frm=("Linda Harris", "l.harris@americanschool-paris.fr"), client="apple",
  subj="Customer account",
  body="""Hello,

We would like to open a customer account before placing our first order. I attach our school's details sheet in case it helps. What is the procedure?

Linda Harris""",
  att=[("School details.pdf", "pdf")],
  notes="English; wants to open the customer account before a first order.")

M(cat="account_creation", ok=False, u="0251088", plat="esidoc", lang="fr",
  frm=("Mathieu Petitjean", "mathieu.petitjean@ac-besancon.fr"), client="zimbra",
  subj="Deux comptes administrateurs ?",
  body="""Bonjour,

Nous sommes deux documentalistes au lycée Victor Hugo (@UAI@). Chacun peut-il avoir son propre compte administrateur ? Capture de l'écran des utilisateurs jointe.

Mathieu Petitjean""",
  att=[("utilisateurs.png", "png")],
  notes="Asks whether each of two librarians can have an administrator account: a person answers.")

# ======================= subscription_activation =======================
M(cat="subscription_activation", ok=True, u="0371522", plat="esidoc", lang="fr",
  frm=("Caroline Michaud", "caroline.michaud@ac-orleans-tours.fr"), client="gmail",
  subj="Abonnement non visible",
  body="""Bonjour,

Commande de l'abonnement Europresse passée hier (confirmation jointe), mais rien dans « Mes ressources » (capture).

Caroline Michaud, lycée Balzac @UAI@""",
  att=[("confirmation_commande.pdf", "pdf"), ("mes_ressources.png", "png")],
  notes="Subscription ordered yesterday, not visible yet: within 72 h.")

M(cat="subscription_activation", ok=True, u="0421377", plat="esidoc", lang="fr",
  frm=("Pascal Berthet", "pascal.berthet@ac-lyon.fr"), client="thunderbird",
  subj="Renouvellement toujours expiré",
  body="""Bonjour,

Renouvellement commandé avant-hier, mais l'abonnement apparaît toujours « expiré » (voir capture).

P. Berthet, collège Jules Vallès (@UAI@)""",
  att=[("abonnement_expire.png", "png")],
  notes="Renewal ordered two days ago still shown expired: within 72 h.")

M(cat="subscription_activation", ok=False, u="0241688", plat="esidoc", lang="fr",
  frm=("Sophie Laval", "sophie.laval@ac-bordeaux.fr"), client="outlook_alt",
  subj="Ressource toujours inactive après 10 jours",
  body="""Bonjour,

La commande du 2 décembre (bon joint) n'est toujours pas active, voir la capture. Dix jours, c'est long.

Sophie Laval
Lycée Laure Gatet, @UAI@""",
  att=[("bon_de_commande.pdf", "pdf"), ("capture_ressource.png", "png")],
  notes="Ordered ten days ago, still inactive: past the 72-hour rule, a person must check the order.")

M(cat="subscription_activation", ok=True, u="0321266", plat="esidoc", lang="fr",
  frm=("Jérôme Castaing", "jerome.castaing@ac-toulouse.fr"), client="gmail",
  subj="Publier la ressource",
  body="""Bonjour,

L'abonnement est actif mais les élèves ne le voient pas sur le portail (capture de la vue élève). Comment publier la ressource ?

J. Castaing, collège Salinis @UAI@""",
  att=[("vue_eleve.png", "png")],
  notes="Active resource not visible to pupils: publication step.")

M(cat="subscription_activation", ok=True, u="0771893", plat="esidoc", lang="fr",
  frm=("Annie Prévost", "annie.prevost@ac-creteil.fr"), client="android",
  subj="Activation abonnement",
  body="""Bonjour, merci d'activer l'abonnement commandé hier (facture proforma jointe). Collège @UAI@""",
  att=[("proforma.pdf", "pdf")],
  notes="Short: activate the subscription ordered yesterday.")

M(cat="subscription_activation", ok=True, u="0741202", plat="esidoc", lang="fr", hard=True,
  frm=("Principal collège du Salève", "ce.@UAI@@ac-grenoble.fr"), client="zimbra",
  subj="Abonnement Universalis",
  body="""Bonjour,

Principal du collège, je souhaite savoir quand l'abonnement Universalis commandé lundi sera disponible. Le bon de commande signé est joint pour information.

Le principal""",
  att=[("BC_Universalis_signe.pdf", "pdf")],
  notes="Written by the principal with a signed order form, but he only asks when the subscription will be available: not a head-of-establishment request.")

M(cat="subscription_activation", ok=True, u="9741355", plat="esidoc", lang="fr",
  frm=("Didier Hoarau", "didier.hoarau@ac-reunion.fr"), client="outlook_html",
  subj="Ressource invisible dans l'ENT",
  body="""Bonjour,

Abonnement actif (capture) mais invisible pour les élèves dans l'ENT. Manque-t-il une étape de publication ?

D. Hoarau, lycée Roland Garros @UAI@""",
  att=[("abonnement_actif.png", "png")],
  notes="Active subscription not visible in the ENT: publication step; Réunion.")

M(cat="subscription_activation", ok=True, u=None, plat="esidoc", lang="en",
  frm=("Rachel Green", "rachel.green@ecole-internationale-nice.fr"), client="gmail",
  subj="New subscription not showing",
  body="""Hi,

We ordered the Cafeyn subscription yesterday (receipt attached) but it does not show in our portal yet.

Rachel""",
  att=[("receipt.pdf", "pdf")],
  notes="English; subscription ordered yesterday not showing: within 72 h. No UAI, non-academic sender.")

M(cat="subscription_activation", ok=True, u="0131664", plat="esidoc", lang="fr", hard=True,
  frm=("Cyril Ortega", "cyril.ortega@ac-aix-marseille.fr"), client="apple",
  subj="Pas un problème de mot de passe",
  body="""Bonjour,

Je n'ai pas oublié mon mot de passe, je me connecte très bien. C'est la ressource Lumni Pro commandée avant-hier qui n'apparaît pas (capture).

Cyril Ortega, lycée Thiers @UAI@""",
  att=[("ressources_vides.png", "png")],
  notes="Negation of a password problem; resource ordered two days ago not visible.")

# ======================= order_billing =======================
M(cat="order_billing", ok=False, u="0711655", plat="esidoc", lang="fr",
  frm=("Gestionnaire collège Bréart", "gestion.breart@ac-dijon.fr"), client="outlook_alt",
  subj="Demande de devis",
  body="""Bonjour,

Pour établir notre bon d'engagement, pourriez-vous nous adresser un devis pour le renouvellement ? Le bon de l'an dernier est joint pour référence.

Collège Bréart, @UAI@""",
  att=[("BE_2023-2024.pdf", "pdf")],
  notes="Asks for a quote for the renewal; last year's bon d'engagement attached.")

M(cat="order_billing", ok=False, u="0291888", plat="esidoc", lang="fr",
  frm=("Intendance lycée Kerichen", "ce.@UAI@@ac-rennes.fr"), client="zimbra",
  subj="Facture en double",
  body="""Bonjour,

Nous avons reçu deux fois la même facture (les deux PDF joints). Merci d'annuler le doublon.

L'intendance""",
  att=[("FA-2024-2231.pdf", "pdf"), ("FA-2024-2231(1).pdf", "pdf")],
  notes="Duplicate invoice; UAI from the ce. sender.")

M(cat="order_billing", ok=False, u="0791533", plat="esidoc", lang="fr",
  frm=("Élodie Moreau", "elodie.moreau@ac-poitiers.fr"), client="gmail",
  subj="Bon d'engagement refusé à la validation",
  body="""Bonjour,

Au moment de valider la commande, le dépôt du bon d'engagement échoue : « format non accepté » (capture + le PDF en question joints).

Élodie Moreau, collège Jean Zay @UAI@""",
  att=[("erreur_depot.png", "png"), ("bon_engagement.pdf", "pdf")],
  notes="Upload of the bon d'engagement fails at order validation.")

M(cat="order_billing", ok=False, u=None, plat="esidoc", lang="fr",
  frm=("Comptabilité OGEC Saint-Joseph", "compta@ogec-saintjoseph-vannes.fr"), client="latin1",
  subj="Paiement par virement",
  body="""Bonjour,

Pouvons-nous régler la facture jointe par virement ? Merci de nous transmettre votre RIB.

Service comptabilité""",
  att=[("Facture_1129.pdf", "pdf")],
  notes="Private school asks to pay by transfer and for bank details.")

M(cat="order_billing", ok=False, u="0881377", plat="espace_acheteur", lang="fr",
  frm=("Yves Mathieu", "yves.mathieu@ac-nancy-metz.fr"), client="outlook_html",
  subj="Écart devis / facture",
  body="""Bonjour,

Le montant facturé (1 284,00 €) ne correspond pas au devis (1 152,00 €). Les deux documents sont joints.

Y. Mathieu, lycée Claude Gellée @UAI@""",
  att=[("devis_D2024-771.pdf", "pdf"), ("facture_F2024-1940.pdf", "pdf")],
  notes="Invoice differs from the quote; both PDFs attached; windows-1252 euro sign.")

M(cat="order_billing", ok=False, u="0230517", plat="esidoc", lang="fr",
  frm=("Martine Aupetit", "martine.aupetit@ac-limoges.fr"), client="thunderbird",
  subj="Facture absente de Chorus",
  body="""Bonjour,

Commande validée le 14 octobre (récapitulatif joint), toujours pas de facture sur Chorus Pro.

M. Aupetit, collège Jules Marouzeau @UAI@""",
  att=[("recap_commande.pdf", "pdf")],
  notes="Invoice not deposited on Chorus three weeks after validation.")

M(cat="order_billing", ok=False, u="9711422", plat="esidoc", lang="fr",
  frm=("Agent comptable", "agent.comptable.baimbridge@ac-guadeloupe.fr"), client="outlook_alt", fwd=True, date="2024-12-04 09:37",
  subj="TR: Relance facture impayée",
  body="""Bonjour,

Vous nous relancez pour une facture réglée par mandat administratif le 8 novembre. Justificatif de paiement joint.

L'agent comptable, lycée Baimbridge @UAI@""",
  quote="""-----Message d'origine-----
De : Service facturation
Envoyé : mardi 3 décembre 2024 09:00
Objet : Relance facture impayée

Madame, Monsieur, sauf erreur de notre part, la facture FA-2024-1877 reste impayée.""",
  att=[("justificatif_mandat.pdf", "pdf")],
  notes="Forward of a payment reminder for an invoice already paid; proof of payment attached.")

M(cat="order_billing", ok=False, u="0101477", plat="esidoc", lang="fr",
  frm=("Franck Didier", "franck.didier@ac-reims.fr"), client="gmail",
  subj="Panier disparu",
  body="""Bonjour,

Mon panier enregistré le mois dernier a disparu (capture du panier vide). Faut-il tout refaire ?

Franck Didier, collège Paul Portier @UAI@""",
  att=[("panier_vide.png", "png")],
  notes="Saved basket gone (kept 15 days).")

M(cat="order_billing", ok=False, u=None, plat="espace_acheteur", lang="en",
  frm=("James O'Neill", "j.oneill@lycee-international-strasbourg.fr"), client="outlook_alt",
  subj="Invoice address",
  body="""Hello,

The attached invoice is addressed to the school office; could you re-issue it to our accounting department (address in the attached letter)?

James O'Neill""",
  att=[("invoice_2024_118.pdf", "pdf"), ("letter_accounting.docx", "docx")],
  notes="English; invoice to be re-issued to the accounting department.")

M(cat="order_billing", ok=False, u="0941633", plat="espace_acheteur", lang="fr", hard=True,
  frm=("Nicole Berthier", "nicole.berthier@ac-creteil.fr"), client="gmail",
  subj="Devis signé",
  body="""Bonjour,

Ci-joint le devis signé par l'ordonnateur. Pouvez-vous lancer la commande ?

N. Berthier, gestionnaire, collège Molière (@UAI@)""",
  att=[("devis_signe_ordonnateur.pdf", "pdf")],
  notes="A signed quote sent by the gestionnaire to launch an order: order_billing, although 'signé par l'ordonnateur' (the head) sounds like a head-of-establishment authorisation.")

# ======================= contract_documents =======================
M(cat="contract_documents", ok=False, u=None, plat="espace_acheteur", lang="fr",
  frm=("Hervé Brunet", "herve.brunet@cc-pays-de-landivisiau.fr"), client="outlook_html",
  subj="Marché introuvable",
  body="""Bonjour,

Le marché 2022-041 n'apparaît plus dans « Mes marchés » (capture ci-dessous). Il y était le mois dernier.

Hervé Brunet""",
  inline=True,
  notes="A market no longer shown in 'Mes marchés'; inline screenshot.")

M(cat="contract_documents", ok=False, u="0671288", plat="espace_acheteur", lang="fr",
  frm=("Céline Wagner", "celine.wagner@ac-strasbourg.fr"), client="gmail",
  subj="Avenant manquant",
  body="""Bonjour,

Le courrier ci-joint annonce l'avenant n° 3 au marché fournitures, mais il ne figure pas dans les documents du marché.

C. Wagner, lycée Kléber @UAI@""",
  att=[("Courrier d’annonce avenant n°3.pdf", "pdf")],
  notes="Amendment announced by the attached letter is missing from the market documents.")

M(cat="contract_documents", ok=False, u="0531377", plat="espace_acheteur", lang="fr",
  frm=("Gaël Pichon", "gael.pichon@ac-nantes.fr"), client="thunderbird",
  subj="Convention vide",
  body="""Bonjour,

La convention d'adhésion s'ouvre sur une page blanche (fichier joint tel que téléchargé).

G. Pichon, collège Jules Renard @UAI@""",
  att=[("convention_adhesion.pdf", "pdf")],
  notes="Membership convention opens empty; the downloaded file is attached.")

M(cat="contract_documents", ok=False, u=None, plat="espace_acheteur", lang="fr",
  frm=("Sabine Roger", "sabine.roger@ac-lille.fr"), client="zimbra",
  subj="CCAP introuvable",
  body="""Bonjour,

Je ne trouve pas le CCAP du marché mobilier scolaire 2024-019, voir capture des documents disponibles.

Sabine Roger""",
  att=[("docs_disponibles.png", "png")],
  notes="CCAP missing; region from ac-lille.fr.")

M(cat="contract_documents", ok=False, u="0011544", plat="espace_acheteur", lang="fr",
  frm=("Thierry Gauthier", "thierry.gauthier@ac-lyon.fr"), client="latin1",
  subj="Attestation administrative",
  body="""Bonjour,

L'attestation administrative du marché n'est pas dans les pièces (capture jointe). Notre agent comptable la réclame.

T. Gauthier, lycée Lalande @UAI@""",
  att=[("pieces_marche.png", "png")],
  notes="Administrative certificate missing from a market's documents.")

M(cat="contract_documents", ok=False, u="0931702", plat="espace_acheteur", lang="fr", reply=True,
  frm=("Laure Mercier", "laure.mercier@ac-creteil.fr"), client="gmail",
  subj="Re: [#SUP-006588] Documents du marché",
  body="""Bonjour,

Toujours rien malgré votre réponse : nouvelle capture jointe, la liste est identique.

Laure Mercier, collège Pierre Sémard @UAI@""",
  quote="""Bonjour,

Les documents du marché ont été republiés. Ils devraient apparaître dans « Mes marchés ».

L'équipe Assistance régionale""",
  att=[("capture_2.png", "png")],
  notes="Follow-up: the document is still missing after the region's answer.")

M(cat="contract_documents", ok=False, u=None, plat="espace_acheteur", lang="en", hard=True,
  frm=("Peter Hall", "peter.hall@eurocampus-lille.fr"), client="apple",
  subj="Conventions not visible on the new platform",
  body="""Hi,

On the old platform we could see our framework conventions (example attached). On the new one the section is empty.

Peter""",
  att=[("old_platform_convention.pdf", "pdf")],
  notes="English; conventions visible before, not on the new platform: contract_documents, though the fix may be access rights (close to account_creation).")

M(cat="contract_documents", ok=False, u="0451611", plat="espace_acheteur", lang="fr",
  frm=("Gestion lycée Voltaire", "ce.@UAI@@ac-orleans-tours.fr"), client="outlook_alt",
  subj="Pièces du marché 2023-088",
  body="""Bonjour,

Le bordereau de prix du marché 2023-088 ne s'ouvre pas (message d'erreur en capture). Les autres pièces s'ouvrent.

Le service de gestion""",
  att=[("erreur_bpu.png", "png")],
  notes="One market document (price schedule) fails to open.")

# ======================= transfer_incident =======================
M(cat="transfer_incident", ok=False, u="0693571", plat="ecoledirecte", lang="fr",
  frm=("Stéphanie Blanc", "stephanie.blanc@ac-lyon.fr"), client="gmail",
  subj="Transferts EcoleDirecte",
  body="""Bonjour,

Le dernier transfert date de lundi (capture de l'écran de suivi). Les parents ne voient plus les notes.

S. Blanc, collège Gabriel Rosset @UAI@""",
  att=[("suivi_transferts.png", "png")],
  notes="Transfers stopped four days ago; screenshot of the transfer monitor.")

M(cat="transfer_incident", ok=False, u=None, plat="ecoledirecte", lang="fr",
  frm=("Informatique Institution Saint-Louis", "info@saintlouis-institution.fr"), client="outlook_html",
  subj="Antivirus / Charlemagne Outils",
  body="""Bonjour,

Notre antivirus met Charlemagne Outils en quarantaine (capture ci-dessous), les transferts ne partent plus.

Service informatique""",
  inline=True,
  notes="Antivirus quarantines the transfer tool; inline screenshot.")

M(cat="transfer_incident", ok=False, u="0561388", plat="ecoledirecte", lang="fr",
  frm=("Olivier Le Roux", "o.leroux@stjo-lorient.fr"), client="thunderbird",
  subj="Licence à régénérer",
  body="""Bonjour,

Après changement de serveur, le logiciel demande une nouvelle licence (capture). Pouvez-vous la régénérer ?

O. Le Roux – Lycée Saint-Joseph, @UAI@""",
  att=[("licence.png", "png")],
  notes="Licence to regenerate after a server change.")

M(cat="transfer_incident", ok=False, u=None, plat="ecoledirecte", lang="fr", hard=True,
  frm=("Secrétariat collège privé Notre-Dame", "secretariat@nd-chartres.fr"), client="gmail",
  subj="Mot de passe de maintenance",
  body="""Bonjour,

Il me faut le mot de passe de maintenance du jour pour lancer la réindexation (écran joint).

Merci,
Le secrétariat""",
  att=[("ecran_maintenance.jpg", "jpg")],
  notes="Daily maintenance password: transfer_incident per the taxonomy, not password_reset.")

M(cat="transfer_incident", ok=False, u="0593940", plat="ecoledirecte", lang="fr",
  frm=("Direction Institution Sainte-Odile", "direction@ste-odile-lambersart.fr"), client="outlook_alt",
  subj="Incident de transfert – détails",
  body="""Bonjour,

Ci-joint la capture du détail de l'incident (bouton ^Q) et le journal des transferts. Code établissement @UAI@.

La direction""",
  att=[("detail_incident.png", "png"), ("journal_transferts.txt", "txt")],
  txt="[2025-01-09 07:02:11] Transfert notes ... ECHEC (timeout 30s)\n[2025-01-09 07:32:11] Transfert notes ... ECHEC (timeout 30s)\n",
  notes="Transfer incident details screenshot plus the transfer log.")

M(cat="transfer_incident", ok=False, u="0451777", plat="ecoledirecte", lang="fr",
  frm=("Maxime Leclerc", "maxime.leclerc@lycee-prive-jeanne-darc-orleans.fr"), client="latin1",
  subj="Nouveau pare-feu",
  body="""Bonjour,

Depuis l'installation du nouveau pare-feu, le diagnostic échoue au test de connexion (capture jointe). Quels ports faut-il ouvrir ?

M. Leclerc, @UAI@""",
  att=[("diagnostic.png", "png")],
  notes="New firewall: the transfer diagnostic fails the connection test.")

M(cat="transfer_incident", ok=False, u=None, plat="ecoledirecte", lang="en",
  frm=("Alan Whitfield", "a.whitfield@bilingual-school-sophia.fr"), client="gmail",
  subj="Sync failing since Monday",
  body="""Hello,

Grades stopped syncing to EcoleDirecte on Monday. Error screenshot attached.

Alan""",
  att=[("sync_error.png", "png")],
  notes="English; grade synchronisation failing.")

M(cat="transfer_incident", ok=False, u="0383722", plat="ecoledirecte", lang="fr",
  frm=("Comptabilité Externat Notre-Dame", "compta@externat-nd-grenoble.fr"), client="outlook_html",
  subj="Licence expirée",
  body="""Bonjour,

Au lancement : « licence expirée » (capture). Plus aucun transfert depuis.

Externat Notre-Dame, @UAI@""",
  att=[("licence_expiree.png", "png")],
  notes="'Licence expirée' at start-up; transfers stopped.")

M(cat="transfer_incident", ok=False, u="0133950", plat="ecoledirecte", lang="fr", hard=True,
  frm=("Chef d'établissement", "direction@lycee-prive-provence.fr"), client="apple", fwd=True,
  subj="Tr : notes invisibles",
  body="""Bonjour,

Je vous transmets la réclamation d'un parent, avec sa capture : les notes du trimestre n'apparaissent pas. Nos transferts semblent bloqués.

Le chef d'établissement, @UAI@""",
  quote="""Début du message réexpédié :

De: Famille Arnaud
Objet: notes invisibles

Bonjour, ma fille ne voit aucune note depuis 10 jours (capture jointe).""",
  att=[("capture_parent.jpg", "jpg")],
  notes="Forward of a parent's complaint by the head of a private school: transfer problem, not a head-of-establishment request.")

M(cat="transfer_incident", ok=False, u=None, plat="ecoledirecte", lang="fr",
  frm=("Gilles Perret", "gilles.perret@ogec-annecy.fr"), client="thunderbird",
  subj="Outils.exe bloqué",
  body="""Bonjour,

Plusieurs processus Outils.exe restent ouverts (capture du gestionnaire des tâches), les transferts sont figés.

G. Perret""",
  att=[("gestionnaire_taches.png", "png")],
  notes="Several stuck transfer processes; transfers hang.")

# ======================= other =======================
M(cat="other", ok=False, u=None, plat=None, lang="fr", hard=True,
  frm=("Mme Deschamps", "deschamps.c@ac-rouen.fr"), client="gmail",
  subj="(sans objet)",
  body="""Voir pièce jointe.""",
  att=[("Numérisation_20241105.pdf", "pdf")],
  notes="Only 'voir pièce jointe' and a scanned PDF: the request cannot be told from the mail; a person opens the scan. Region from ac-rouen.fr.")

M(cat="other", ok=False, u=None, plat=None, lang="fr", hard=True,
  frm=("Xerox WorkCentre CDI", "scan-cdi@lycee-montaigne-bdx.fr"), client="scanner",
  subj="Document numérisé depuis Xerox WorkCentre",
  body="""Veuillez trouver ci-joint le document numérisé.

Nombre de pages : 2
Format : PDF""",
  att=[("Scan_0032.pdf", "pdf")],
  notes="Scan-to-mail from a copier: a person chose our address but wrote nothing; the content is only in the scan. Not automated in the taxonomy's sense (a person sent it to us), but nothing can be classified from the text.")

M(cat="other", ok=False, u=None, plat=None, lang="fr", hard=True,
  frm=("Service Comptabilité", "facturation@relance-paiement-fr.com"), client="outlook_html", phish=True,
  subj="Facture impayée n°48817 - dernier rappel",
  body="""Bonjour,

Sauf erreur de notre part, la facture ci-jointe reste impayée. Merci d'ouvrir le document et de procéder au règlement sous 48 h.

Service Comptabilité""",
  att=[("Facture_48817.pdf.html", "html")],
  htmlatt="<html><body><script>location='http://198.51.100.77/pay'</script></body></html>",
  notes="Phishing 'unpaid invoice' with an HTML attachment disguised as a PDF, unknown sender: other, not order_billing.")

M(cat="other", ok=False, u=None, plat=None, lang="fr",
  frm=("Lucas Morin", "lucas.morin2003@gmail.com"), client="gmail",
  subj="Candidature stage",
  body="""Madame, Monsieur,

Étudiant en BTS SIO, je recherche un stage de six semaines à partir de mars. Vous trouverez ci-joint mon CV et ma lettre de motivation.

Lucas Morin""",
  att=[("CV_Lucas_Morin.pdf", "pdf"), ("Lettre_motivation.pdf", "pdf")],
  notes="Unsolicited internship application.")

M(cat="other", ok=False, u=None, plat="esidoc", lang="fr", hard=True,
  frm=("Isabelle Marty", "isabelle.marty@ac-bordeaux.fr"), client="thunderbird", reply=True,
  subj="Re: [#SUP-006177] Mot de passe e-sidoc",
  body="""Merci beaucoup, le nouveau mot de passe fonctionne ! Capture de ma page d'accueil en preuve :)

Isabelle""",
  quote="""Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse de l'établissement.

L'équipe Assistance""",
  att=[("accueil_ok.png", "png")],
  notes="Thanks only, with a screenshot; mentions the password but asks nothing. Region from ac-bordeaux.fr.")

M(cat="other", ok=False, u=None, plat=None, lang="en",
  frm=("Growth Team", "hello@edtech-boost.io"), client="gmail",
  subj="Partnership deck for your platform",
  body="""Hi there,

I attached our 2025 partnership deck. We help education platforms triple engagement with AI tutors. Do you have 15 minutes next week?

Cheers,
Megan""",
  att=[("EdtechBoost_Partnership_2025.pdf", "pdf")],
  notes="English partnership pitch with a deck.")

M(cat="other", ok=False, u=None, plat=None, lang="fr",
  frm=("Famille Renaud", "renaud.famille@free.fr"), client="android",
  subj="Autorisation de sortie",
  body="""Bonjour, ci-joint l'autorisation de sortie signée pour Léa (6eB) pour la sortie au musée jeudi. Cordialement""",
  att=[("autorisation_sortie_Lea.jpg", "jpg")],
  notes="A parent sends a signed school-trip form to the wrong address: unrelated.")

M(cat="other", ok=False, u=None, plat=None, lang="fr",
  frm=("Mobilier Scolaire Pro", "contact@mobilier-scolaire-pro.fr"), client="outlook_html",
  subj="Catalogue 2025 - aménagement CDI",
  body="""Bonjour,

Je me permets de vous adresser notre catalogue 2025 pour l'aménagement des CDI. Je reste à votre disposition pour un rendez-vous.

Alexandre Marin
Chargé d'affaires""",
  att=[("Catalogue_CDI_2025.pdf", "pdf")],
  notes="Cold sales prospecting written to one address (no list headers): other.")

M(cat="other", ok=False, u=None, plat=None, lang="fr",
  frm=("Christophe Lamy", "christophe.lamy@laposte.net"), client="thunderbird",
  subj="Suppression de mes données",
  body="""Bonjour,

Ancien documentaliste, je vous demande la suppression de mes données personnelles (RGPD). Copie de ma pièce d'identité jointe.

Christophe Lamy""",
  att=[("CNI_Lamy.jpg", "jpg")],
  notes="GDPR erasure request with an ID copy: other (human review).")

M(cat="other", ok=False, u=None, plat="ticket_portal", lang="fr",
  frm=("Manon Guillot", "manon.guillot@ac-amiens.fr"), client="gmail",
  subj="Partager un ticket",
  body="""Bonjour,

Comment partager un ticket avec ma collègue sur le portail ? Je ne vois pas l'option (capture).

Manon""",
  att=[("ticket_options.png", "png")],
  notes="How-to question on the ticket portal with no category of its own. Region from ac-amiens.fr.")

M(cat="other", ok=False, u=None, plat=None, lang="fr",
  frm=("Bénédicte Caron", "benedicte.caron@ac-versailles.fr"), client="iphone",
  subj="Photos de la sortie",
  body="""Coucou, voici les photos de samedi ! Bises

Envoyé de mon iPhone""",
  att=[("IMG_8801.JPG", "jpg"), ("IMG_8802.JPG", "jpg")],
  notes="Personal message sent to the desk by autocomplete. Region from ac-versailles.fr.")

M(cat="other", ok=False, u=None, plat=None, lang="fr", hard=True,
  frm=("Véronique Dufour", "veronique.dufour@ac-dijon.fr"), client="outlook_alt",
  subj="Toujours pas de réponse !!!",
  body="""Bonjour,

Troisième relance. Je vous renvoie la capture de mon premier message. Est-ce que quelqu'un lit ces mails ?

V. Dufour""",
  att=[("premier_message.png", "png")],
  notes="Angry complaint; the topic is only in the screenshot of her first message: no category can be told from the text. Region from ac-dijon.fr.")

M(cat="other", ok=False, u=None, plat="esignature", lang="fr", hard=True,
  frm=("Agnès Poirier", "agnes.poirier@ac-nantes.fr"), client="gmail",
  subj="Convention à signer : mauvais nom",
  body="""Bonjour,

La convention que je dois signer électroniquement porte le nom d'un autre collège (capture jointe). Je ne signe pas en l'état.

A. Poirier""",
  att=[("convention_nom.png", "png")],
  notes="The e-sign convention carries the wrong establishment name; only the document's sender can fix it: other. Region from ac-nantes.fr.")

M(cat="other", ok=False, u=None, plat=None, lang="en", hard=True,
  frm=("DocuSign", "dse@docusign-secure-mail.net"), client="outlook_html", phish=True,
  subj="Please review and sign: Contract_Renewal_2025.pdf",
  body="""You have received a document to review and sign.

REVIEW DOCUMENT

Please complete within 24 hours.""",
  notes="English phishing posing as an e-signature request from a look-alike domain, failing SPF/DMARC: other, no platform.")

M(cat="other", ok=False, u=None, plat=None, lang="fr", hard=True,
  frm=("Pauline Roche", "pauline.roche@ac-limoges.fr"), client="gmail",
  subj="Douchette code-barres",
  body="""Bonjour,

Notre douchette ne lit plus les codes-barres des livres (photo jointe). Pouvez-vous nous aider ?

Pauline Roche""",
  att=[("douchette.jpg", "jpg")],
  notes="Barcode scanner hardware fault: not a service of the desk's categories. Region from ac-limoges.fr.")

M(cat="other", ok=False, u=None, plat=None, lang="fr",
  frm=("Crypto Gains", "gains@profit-rapide.biz"), client="outlook_html", phish=True,
  subj="Gagnez 3000€ par semaine",
  body="""Bonjour,

Découvrez la méthode que les banques vous cachent. Notre guide gratuit est en pièce jointe.""",
  att=[("Guide_Gratuit.pdf", "pdf")],
  notes="French crypto spam with a PDF.")

M(cat="other", ok=False, u=None, plat=None, lang="fr",
  frm=("Florence Gay", "florence.gay@ac-clermont.fr"), client="android",
  subj="Re: [#SUP-006733] Transferts", reply=True,
  body="""Bien reçu, merci.""",
  quote="""Bonjour,

La licence a été régénérée. Les transferts devraient reprendre ce soir.

L'équipe Assistance""",
  notes="'Bien reçu, merci' from a phone: nothing to do. Region from ac-clermont.fr.")

M(cat="other", ok=False, u=None, plat="espace_acheteur", lang="fr",
  frm=("Arnaud Petit", "arnaud.petit@ac-reims.fr"), client="gmail",
  subj="Webinaire Espace Acheteur",
  body="""Bonjour,

Le lien d'inscription au webinaire de présentation ne fonctionne pas (capture). Comment m'inscrire ?

Arnaud Petit""",
  att=[("webinaire.png", "png")],
  notes="Webinar registration link fails: other. Region from ac-reims.fr.")

# ======================= automated =======================
M(cat="automated", ok=False, u=None, plat=None, lang="fr", kind="ooo_exchange",
  frm=("Brigitte Lenoir", "brigitte.lenoir@lycee-prive-saint-martin.fr"),
  subj="Réponse automatique : [#SUP-006812] Votre demande",
  body="""Bonjour,

Je suis absente jusqu'au 6 janvier. Pour toute urgence, merci de contacter l'accueil de l'établissement.

Brigitte Lenoir""",
  notes="Exchange out-of-office with Auto-Submitted.")

M(cat="automated", ok=False, u=None, plat=None, lang="fr", kind="ooo_zimbra",
  frm=("Loïc Tanguy", "loic.tanguy@ac-rennes.fr"),
  subj="Absence : Re: [#SUP-006830] Mot de passe e-sidoc",
  body="""Je suis en stage jusqu'au 22 novembre et ne consulte pas ma messagerie. Pour le CDI, écrire à cdi.lycee@ac-rennes.fr.""",
  notes="Academic webmail vacation reply; region from the ac-rennes.fr sender.")

M(cat="automated", ok=False, u=None, plat=None, lang="en", kind="ooo_gmail",
  frm=("Oliver Grant", "oliver.grant@gmail.com"),
  subj="Out of office Re: [#SUP-006841] Invoice",
  body="""Thanks for your email. I am on leave until Monday 13 January with limited access to email.""",
  notes="English Gmail vacation responder.")

M(cat="automated", ok=False, u=None, plat=None, lang="fr", hard=True, kind="ooo_rule",
  frm=("Annick Gauthier", "annick.gauthier@orange.fr"),
  subj="Absente",
  body="""Bonjour, je suis absente du 21 décembre au 5 janvier. Votre message sera traité à mon retour. Si vous m'envoyez un document, merci de le renvoyer après cette date.""",
  notes="Out-of-office sent by a client-side rule: no Auto-Submitted or Precedence; only the wording shows it is automatic.")

M(cat="automated", ok=False, u="0352044", plat=None, lang="fr", hard=True, kind="ooo_exchange",
  frm=("Secrétariat lycée Chateaubriand", "ce.@UAI@@ac-rennes.fr"),
  subj="Réponse automatique : Courrier signé e-sidoc",
  body="""Bonjour,

L'établissement est fermé pendant les vacances scolaires. Les courriers signés et demandes de mot de passe seront traités à la rentrée.

Le secrétariat""",
  notes="Out-of-office of a school office (ce.<UAI>) that mentions signed letters and passwords; Auto-Submitted present. UAI from the address.")

M(cat="automated", ok=False, u=None, plat=None, lang="en", kind="bounce_postfix",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx.college-europe.fr"),
  rcpt="r.schmitt@college-europe.fr",
  subj="Undelivered Mail Returned to Sender",
  body="user unknown",
  notes="Postfix bounce (multipart/report) for a reply the desk sent; null Return-Path.")

M(cat="automated", ok=False, u=None, plat=None, lang="en", hard=True, kind="bounce_size",
  frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
  rcpt="cdi.clgvictorhugo@gmail.com",
  subj="Delivery Status Notification (Failure)",
  body="size",
  notes="Bounce because the message with its PDF guide was too large for the recipient: the text talks of an attachment, but it is a delivery failure.")

M(cat="automated", ok=False, u=None, plat=None, lang="fr", kind="ndr_exchange",
  frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ogec-lille.fr"),
  rcpt="econome@ogec-lille.fr",
  subj="Non remis : [#SUP-006902] Facture",
  body="ndr",
  notes="Exchange Online non-delivery report in French.")

M(cat="automated", ok=False, u=None, plat=None, lang="en", hard=True, kind="bounce_exim",
  frm=("Mail Delivery System", "Mailer-Daemon@mail.ville-exemple.fr"),
  rcpt="achats@ville-exemple.fr",
  subj="Mail delivery failed: returning message to sender",
  body="exim",
  notes="Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and Mailer-Daemon show it.")

M(cat="automated", ok=False, u=None, plat=None, lang="fr", kind="gateway_strip",
  frm=("Passerelle de messagerie", "postmaster@ac-montpellier.fr"),
  subj="[Pièce jointe supprimée] Message à destination de p.fabre@ac-montpellier.fr",
  body="strip",
  notes="Mail gateway notice that an attachment was removed from the desk's message; auto-generated. Region from ac-montpellier.fr.")

M(cat="automated", ok=False, u=None, plat=None, lang="fr", kind="read_receipt",
  frm=("Joëlle Masson", "joelle.masson@ac-reims.fr"),
  subj="Lu : [#SUP-006955] Courrier du chef d'établissement",
  body="receipt",
  notes="Outlook read receipt in French (disposition-notification). Region from ac-reims.fr.")

M(cat="automated", ok=False, u=None, plat=None, lang="en", kind="read_receipt_en",
  frm=("Grace Lee", "grace.lee@eabjm.fr"),
  subj="Return Receipt (displayed) - [#SUP-006960] Subscription",
  body="receipt",
  notes="Thunderbird return receipt in English.")

M(cat="automated", ok=False, u=None, plat="espace_acheteur", lang="fr", kind="newsletter",
  frm=("Espace Acheteur - Actualités", "newsletter@espace-acheteur.example.fr"),
  subj="Les nouveautés de décembre + notre guide PDF",
  body="""Bonjour,

Découvrez les nouveaux marchés du mois et téléchargez notre guide « Bien préparer ses commandes » (PDF joint).

Pour ne plus recevoir cette lettre, cliquez ici.""",
  att=[("Guide_commandes_2025.pdf", "pdf")],
  notes="Marketing newsletter with List-Id, List-Unsubscribe and Precedence: bulk.")

M(cat="automated", ok=False, u=None, plat=None, lang="fr", hard=True, kind="list",
  frm=("Nathalie Caradec", "nathalie.caradec@ac-rennes.fr"),
  subj="[doc-bretagne] capture : erreur au login e-sidoc ?",
  body="""Bonjour à tous,

Quelqu'un a-t-il déjà eu cet écran (capture jointe) en se connectant au portail ? Je ne retrouve plus mon mot de passe.

Nathalie""",
  att=[("login_erreur.png", "png")],
  notes="A librarian's real question posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from ac-rennes.fr.")

M(cat="automated", ok=False, u=None, plat="esignature", lang="fr", hard=True, kind="noreply_esign",
  frm=("Signature électronique", "no-reply@esignature.example.fr"),
  subj="Document signé : Convention d'adhésion 2025",
  body="""Bonjour,

Toutes les parties ont signé le document « Convention d'adhésion 2025 ». Vous trouverez ci-joint la version signée et le certificat de signature.

Ceci est un message automatique.""",
  att=[("Convention_adhesion_2025_signee.pdf", "pdf"), ("Certificat_signature.pdf", "pdf")],
  noauto_headers=True,
  notes="E-signature 'completed' notification with the signed PDF: no Auto-Submitted header; the no-reply sender and wording show it is automatic.")

M(cat="automated", ok=False, u=None, plat="ticket_portal", lang="fr", kind="noreply_ticket",
  frm=("Portail de tickets", "ne-pas-repondre@tickets.example.fr"),
  subj="Ticket T-20417 mis à jour : nouvelle pièce jointe",
  body="""Le ticket T-20417 « Export des notices » a été mis à jour.

Nouvelle pièce jointe : capture_export.png (ajoutée par le support éditeur).

Consultez le ticket sur le portail.""",
  notes="Ticket-portal notification (new attachment on a supplier ticket); Auto-Submitted: auto-generated.")

M(cat="automated", ok=False, u=None, plat="espace_acheteur", lang="fr", kind="noreply_acheteur",
  frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
  subj="Nouveau document disponible : avenant n°2 marché 2024-007",
  body="""Bonjour,

Un nouveau document a été publié pour le marché 2024-007 : Avenant n°2 (PDF, 312 Ko).

Ce message est envoyé automatiquement, merci de ne pas y répondre.""",
  notes="Platform notification that a document was published; Auto-Submitted.")

M(cat="automated", ok=False, u=None, plat=None, lang="en", kind="dmarc",
  frm=("noreply-dmarc-support@google.com", "noreply-dmarc-support@google.com"),
  subj="Report domain: assistance.example.fr Submitter: google.com Report-ID: 1873349201847712",
  body="dmarc",
  notes="DMARC aggregate report with a zip attachment.")

M(cat="automated", ok=False, u=None, plat=None, lang="fr", hard=True, kind="scanner_notice",
  frm=("Canon iR-ADV C3530", "copieur-admin@college-les-pins.fr"),
  subj="Avis : niveau de toner bas",
  body="""Notification du périphérique Canon iR-ADV C3530 (Administration)

Niveau de toner bas : Noir (K)
Veuillez préparer une cartouche de remplacement.""",
  notes="A copier's status notice misconfigured to our address: machine-generated, never answered (unlike a scan sent by a person).")

M(cat="automated", ok=False, u=None, plat=None, lang="fr", kind="ack_loop",
  frm=("Assistance DANE", "assistance-dane@ac-lille.fr"),
  subj="[DANE-48211] Accusé de réception de votre demande",
  body="""Bonjour,

Votre demande a bien été enregistrée sous la référence DANE-48211. Les pièces jointes ont été transmises au service concerné.

Ceci est un message automatique.""",
  notes="Another help desk's acknowledgement (Auto-Submitted, X-Loop): answering would start a loop. Region from ac-lille.fr.")


# ----------------------------------------------------------------- wrapping
OVERSEAS_TZ = {"guadeloupe": -4, "martinique": -4, "guyane": -3, "la-reunion": 4, "mayotte": 3}
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
SUPPORT = ("Assistance", "support@assistance.example.fr")


def tok(n, alphabet=B62):
    return "".join(rng.choice(alphabet) for _ in range(n))


def sub(s, m):
    if not isinstance(s, str):
        return s
    code = uai(m["u"]) if m.get("u") else None
    if code:
        s = s.replace("@UAI@", code).replace("@uai@", code.lower())
    return s


def pick_date(m):
    start = datetime(2024, 9, 2)
    day = start + timedelta(days=rng.randint(0, 205))
    while day.weekday() >= 5 and rng.random() < 0.85:
        day += timedelta(days=1)
    hour = rng.choice([7, 8, 8, 9, 9, 10, 10, 11, 11, 13, 14, 14, 15, 16, 17, 18, 21])
    naive = day.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59))
    if m.get("date"):  # the quoted text of this mail names its own date
        naive = datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(second=rng.randint(0, 59))
    reg = region_expected(uai(m["u"]) if m.get("u") else None, m["frm"][1])
    if reg in OVERSEAS_TZ:
        off = OVERSEAS_TZ[reg]
    else:
        off = 1 if datetime(2024, 10, 27) <= naive < datetime(2025, 3, 30) else 2
    return naive.replace(tzinfo=timezone(timedelta(hours=off)))


def ip():
    return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(2, 250))


def transport_headers(m, dt, fail=False, env_from=None):
    name, addr = m["frm"]
    dom = addr.split("@")[1].lower()
    relay = ("smtp%d.%s" % (rng.randint(1, 4), dom)) if dom.startswith("ac-") else rng.choice(
        ["mail.%s" % dom, "PAUP264CU00%d.outbound.protection.outlook.com" % rng.randint(1, 9),
         "mail-wr1-f%d.google.com" % rng.randint(10, 99), "smtp-out.%s" % dom])
    rdate = format_datetime(dt + timedelta(seconds=rng.randint(1, 40)))
    h = [("Return-Path", "<%s>" % (env_from if env_from is not None else addr)),
         ("Delivered-To", SUPPORT[1]),
         ("Received", "from %s (%s [%s]) by mx1.assistance.example.fr (Postfix) with ESMTPS id %s for <%s>; %s"
          % (relay, relay, ip(), tok(15), SUPPORT[1], rdate))]
    if fail:
        h.append(("Authentication-Results", "mx1.assistance.example.fr; dkim=none; spf=fail smtp.mailfrom=%s; "
                  "dmarc=fail (p=reject dis=none) header.from=%s" % (dom, dom)))
    else:
        h.append(("Authentication-Results", "mx1.assistance.example.fr; dkim=pass (2048-bit key) header.d=%s; "
                  "spf=pass smtp.mailfrom=%s; dmarc=pass (p=none dis=none) header.from=%s" % (dom, dom, dom)))
    return h


def msgid(client, dom):
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % tok(44)
    if client in ("outlook_alt", "outlook_html", "android"):
        box = "PR%dP264MB%04d" % (rng.randint(0, 3), rng.randint(1000, 9999))
        return "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (box, tok(24, "0123456789ABCDEF"), box)
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7),
                                                  rng.randint(17 * 10 ** 11, 174 * 10 ** 10), dom)
    if client == "latin1":
        return "<000%s$%s$%s@%s>" % (tok(9, HEX), tok(8, HEX), tok(8, HEX), dom)
    if client in ("iphone", "apple"):
        return "<%s-%s-%s-%s-%s@%s>" % (tok(8, HEX.upper()), tok(4, HEX.upper()), tok(4, HEX.upper()),
                                        tok(4, HEX.upper()), tok(12, HEX.upper()), dom)
    return "<%s-%s-%s@%s>" % (tok(8, HEX), tok(4, HEX), tok(12, HEX), dom)


def fr_date(dt):
    days = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
    months = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
    return "%s %d %s %d à %02d:%02d" % (days[dt.weekday()], dt.day, months[dt.month - 1], dt.year, dt.hour, dt.minute)


def compose_text(m, dt):
    body = sub(m["body"], m)
    q = sub(m.get("quote"), m)
    if not q:
        return body, None
    prev = dt - timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 5))
    c = m["client"]
    if m.get("fwd"):
        if c == "gmail":
            return body, "---------- Message transféré ---------\n" + q
        return body, q
    if q.startswith("Le "):
        first, rest = q.split("\n", 1)
        return body, first + "\n" + "\n".join("> " + l if l else ">" for l in rest.strip("\n").split("\n"))
    if c in ("outlook_alt", "outlook_html", "android", "latin1"):
        head = ("-----Message d'origine-----\nDe : Assistance <support@assistance.example.fr>\n"
                "Envoyé : %s\nÀ : %s\nObjet : %s\n\n" % (fr_date(prev), m["frm"][1],
                                                      sub(m["subj"], m).split(": ", 1)[-1]))
        return body, head + q
    if c == "thunderbird":
        att = "Le %02d/%02d/%d à %02d:%02d, Assistance a écrit :" % (prev.day, prev.month, prev.year, prev.hour, prev.minute)
    else:
        att = "Le %s, Assistance <support@assistance.example.fr> a écrit :" % fr_date(prev)
    return body, att + "\n" + "\n".join("> " + l if l else ">" for l in q.strip("\n").split("\n"))


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(body, quote, client, inline_cid=None):
    paras = body.split("\n\n")
    if client in ("outlook_html", "outlook_alt"):
        parts = []
        for i, p in enumerate(paras):
            parts.append('<p class="MsoNormal">' + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>")
            parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            if inline_cid and ("dessous" in p or i == 0 and not any("dessous" in x for x in paras)):
                parts.append('<p class="MsoNormal"><img width="624" height="351" id="Image_x0020_1" '
                             'src="cid:%s" alt="capture"></p>' % inline_cid)
                inline_cid = None
        q = ""
        if quote:
            q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                 + "<br>\n".join(esc(l) for l in quote.split("\n")) + "</div>")
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>\n'
                '</head>\n<body lang="FR" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + "\n".join(parts) + "\n" + q + "\n</div>\n</body>\n</html>\n")
    lines = []
    for p in paras:
        lines.append("<div>" + "<br>".join(esc(l) for l in p.split("\n")) + "</div><div><br></div>")
    q = ""
    if quote:
        ql = quote.split("\n")
        q = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(ql[0]) + '</div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             + "<br>".join(esc(l.lstrip("> ").rstrip(">")) for l in ql[1:]) + "</blockquote></div>")
    return '<div dir="ltr">' + "\n".join(lines) + "</div>\n" + q + "\n"


def charset_for(text, preferred):
    try:
        text.encode(preferred)
        return preferred
    except UnicodeEncodeError:
        return "utf-8"


def build_human(m, dt):
    name, addr = sub(m["frm"][0], m), sub(m["frm"][1], m)
    dom = addr.split("@")[1].lower()
    c = m["client"]
    msg = EmailMessage()
    env = "bounce-%s@%s" % (tok(6, HEX), dom) if m.get("phish") else None
    for k, v in transport_headers({"frm": (name, addr)}, dt, fail=m.get("spoof") or m.get("phish"), env_from=env):
        msg[k] = v
    msg["From"] = formataddr((name, addr))
    msg["To"] = formataddr(SUPPORT) if rng.random() < 0.7 else SUPPORT[1]
    if m.get("cc"):
        msg["Cc"] = formataddr((m["cc"][0], sub(m["cc"][1], m)))
    if m.get("reply_to"):
        msg["Reply-To"] = formataddr(m["reply_to"])
    subj = sub(m["subj"], m)
    msg["Subject"] = subj
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = msgid(c, dom)
    if m.get("reply"):
        import re
        ref = re.search(r"SUP-(\d+)", subj).group(0)
        rid = "<%s.%d.%s@assistance.example.fr>" % (ref, int(dt.timestamp()) - rng.randint(90000, 400000), tok(6, HEX))
        msg["In-Reply-To"] = rid
        msg["References"] = rid
    if c in ("outlook_alt", "outlook_html"):
        msg["Thread-Topic"] = subj.split(": ", 1)[-1] if subj[:3] in ("RE:", "TR:") else subj
        msg["Thread-Index"] = base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()
        msg["Accept-Language"] = "fr-FR, en-US"
        msg["Content-Language"] = "fr-FR"
        msg["X-MS-Has-Attach"] = "yes" if m.get("att") else ""
    elif c == "zimbra":
        msg["X-Mailer"] = "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4546)"
        msg["Thread-Index"] = tok(20)
    elif c == "thunderbird":
        msg["User-Agent"] = rng.choice(["Mozilla Thunderbird", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"])
        msg["Content-Language"] = "fr"
    elif c == "iphone":
        msg["X-Mailer"] = "iPhone Mail (21H16)"
    elif c == "apple":
        msg["X-Mailer"] = "Apple Mail (2.3776.700.51)"
    elif c == "latin1":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    elif c == "roundcube":
        msg["User-Agent"] = "Roundcube Webmail/1.6.6"
    elif c == "scanner":
        msg["X-Mailer"] = "Xerox WorkCentre 7855 Scan to E-mail"
    body, quote = compose_text(m, dt)
    text = body + ("\n\n" + quote if quote else "") + "\n"
    inline_cid = None
    if m.get("inline"):
        inline_cid = "image001.png@01DB%s.%s" % (tok(4, HEX.upper()), tok(8, HEX.upper()))
    if c == "gmail":
        msg.set_content(text, cte="quoted-printable")
        msg.add_alternative(to_html(body, quote, c), subtype="html", cte="quoted-printable")
    elif c == "zimbra":
        msg.set_content(text, cte="quoted-printable")
        msg.add_alternative("<html><body><div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt;\">"
                            + to_html(body, quote, c) + "</div></body></html>", subtype="html", cte="quoted-printable")
    elif c == "outlook_alt":
        cs = charset_for(text, "windows-1252")
        msg.set_content(text, charset=cs, cte="quoted-printable")
        msg.add_alternative(to_html(body, quote, c), subtype="html", charset=cs, cte="quoted-printable")
    elif c == "outlook_html":
        html = to_html(body, quote, c, inline_cid)
        msg.set_content(html, subtype="html", charset=charset_for(html, "windows-1252"), cte="quoted-printable")
        if inline_cid:
            msg.add_related(fake_png("inline" + name), "image", "png", cid="<%s>" % inline_cid,
                            filename="image001.png", disposition="inline")
    elif c == "android":
        msg.set_content(text, cte="base64")
        msg.add_alternative(to_html(body, quote, c), subtype="html", cte="base64")
    elif c == "latin1":
        msg.set_content(text, charset=charset_for(text, "iso-8859-1"), cte="8bit")
    elif c in ("thunderbird", "roundcube"):
        msg.set_content(text, cte="8bit" if c == "thunderbird" else "quoted-printable")
        msg.set_param("format", "flowed")
    elif c == "scanner":
        msg.set_content(text, charset="iso-8859-1", cte="quoted-printable")
    else:  # iphone, apple
        msg.set_content(text, cte="quoted-printable")
    for i, (fname, kind) in enumerate(m.get("att", [])):
        fname = sub(fname, m)
        mt, st = ATT_TYPES[kind]
        if kind == "txt":
            msg.add_attachment(m["txt"], filename=fname)
        elif kind == "html":
            msg.add_attachment(m["htmlatt"].encode(), maintype=mt, subtype=st, filename=fname)
        else:
            msg.add_attachment(att_bytes(fname, kind, i), maintype=mt, subtype=st, filename=fname)
    return msg.as_bytes(policy=policy.default)


def our_ref(dt):
    n = rng.randint(6100, 7100)
    return "SUP-%06d" % n, "<SUP-%06d.%d.%s@assistance.example.fr>" % (n, int(dt.timestamp()) - rng.randint(60, 3000), tok(6, HEX))


def build_auto_simple(m, dt):
    """Automatic mail assembled with the email package (out-of-office, notifications, lists)."""
    k = m["kind"]
    name, addr = sub(m["frm"][0], m), sub(m["frm"][1], m)
    dom = addr.split("@")[1].lower()
    msg = EmailMessage()
    env = addr
    if k in ("newsletter",):
        env = "bounce-%s@news.espace-acheteur.example.fr" % tok(10, HEX)
    if k == "list":
        env = "doc-bretagne-bounces@listes.ac-rennes.fr"
    if k in ("ooo_gmail", "ooo_exchange", "ooo_zimbra", "ack_loop"):
        env = ""
    for kk, v in transport_headers({"frm": (name, addr)}, dt, env_from=env):
        msg[kk] = v
    msg["From"] = formataddr((name, addr))
    if k == "list":
        msg["To"] = "doc-bretagne@listes.ac-rennes.fr"
        msg["Sender"] = "doc-bretagne-bounces@listes.ac-rennes.fr"
    else:
        msg["To"] = formataddr(SUPPORT)
    subj = sub(m["subj"], m)
    msg["Subject"] = subj
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = msgid({"ooo_exchange": "outlook_alt", "ooo_zimbra": "zimbra", "ooo_gmail": "gmail"}.get(k, "x"), dom)
    if k.startswith("ooo") and k != "ooo_rule" or k == "ack_loop":
        ref, rid = our_ref(dt)
        msg["In-Reply-To"] = rid
        msg["References"] = rid
    if k == "ooo_exchange":
        msg["Auto-Submitted"] = "auto-generated"
        msg["X-Auto-Response-Suppress"] = "All"
        msg["X-MS-Exchange-Generated-Message-Source"] = "Mailbox Rules Agent"
    elif k == "ooo_zimbra":
        msg["Auto-Submitted"] = "auto-replied (zimbra; vacation)"
    elif k == "ooo_gmail":
        msg["Auto-Submitted"] = "auto-replied"
    elif k == "gateway_strip":
        msg["Auto-Submitted"] = "auto-generated"
        msg["X-Mailer"] = "Sophos Email Appliance"
    elif k == "newsletter":
        msg["List-Id"] = "Actualités Espace Acheteur <actualites.espace-acheteur.example.fr>"
        msg["List-Unsubscribe"] = "<https://news.espace-acheteur.example.fr/u/%s>, <mailto:unsubscribe@news.espace-acheteur.example.fr>" % tok(16)
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        msg["Precedence"] = "bulk"
        msg["X-Mailer"] = "Sendinblue"
    elif k == "list":
        msg["List-Id"] = "Documentalistes de l'académie de Rennes <doc-bretagne.listes.ac-rennes.fr>"
        msg["List-Post"] = "<mailto:doc-bretagne@listes.ac-rennes.fr>"
        msg["List-Unsubscribe"] = "<mailto:sympa@listes.ac-rennes.fr?subject=unsubscribe%20doc-bretagne>"
        msg["Precedence"] = "list"
        msg["X-Mailer"] = "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4546)"
    elif k in ("noreply_ticket", "noreply_acheteur"):
        msg["Auto-Submitted"] = "auto-generated"
        msg["X-Auto-Response-Suppress"] = "All"
    elif k == "dmarc":
        msg["X-Mailer"] = "Google DMARC reporter"
    elif k == "ack_loop":
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Loop"] = addr
        msg["Precedence"] = "auto_reply"
    elif k == "scanner_notice":
        msg["X-Mailer"] = "Canon MEAP Mail"
    body = sub(m["body"], m)
    if k == "gateway_strip":
        ref, _ = our_ref(dt)
        body = ("Ce message est généré automatiquement par la passerelle de messagerie de l'académie.\n\n"
                "Le message « [#%s] Votre demande » envoyé par support@assistance.example.fr à\n"
                "p.fabre@ac-montpellier.fr a été délivré SANS sa pièce jointe :\n\n"
                "  guide_mailinblack.pdf (application/pdf, 2,4 Mo) - règle : taille maximale des pièces jointes\n\n"
                "Aucune action n'est requise de votre part.\n") % ref
    if k == "dmarc":
        body = ("This is an aggregate report from google.com.\n\nReport domain: assistance.example.fr\n"
                "Submitter: google.com\nReport-ID: 1873349201847712\n")
    if k in ("newsletter", "noreply_esign", "noreply_acheteur", "noreply_ticket"):
        msg.set_content(body + "\n", cte="quoted-printable")
        msg.add_alternative("<html><body><table width=\"600\"><tr><td>" + "<br>".join(
            esc(l) for l in body.split("\n")) + "</td></tr></table></body></html>\n", subtype="html", cte="quoted-printable")
    elif k == "ooo_exchange":
        cs = charset_for(body, "iso-8859-1")
        msg.set_content(body + "\n", charset=cs, cte="quoted-printable")
        msg.add_alternative(to_html(body, None, "outlook_alt"), subtype="html", charset=cs, cte="quoted-printable")
    else:
        msg.set_content(body + "\n", cte="quoted-printable" if k != "list" else "8bit")
    for i, (fname, kind) in enumerate(m.get("att", [])):
        mt, st = ATT_TYPES[kind]
        msg.add_attachment(att_bytes(fname, kind, i), maintype=mt, subtype=st, filename=fname)
    if k == "dmarc":
        msg.add_attachment(att_bytes("google.com!assistance.example.fr!1735689600!1735775999.zip", "zip", 0),
                           maintype="application", subtype="zip",
                           filename="google.com!assistance.example.fr!1735689600!1735775999.zip")
    return msg.as_bytes(policy=policy.default)


def build_auto_raw(m, dt):
    """Bounces and read receipts, written out as their servers send them."""
    k = m["kind"]
    name, addr = m["frm"]
    dom = addr.split("@")[1].lower()
    d = format_datetime(dt)
    ref, rid = our_ref(dt)
    orig_date = format_datetime(dt - timedelta(seconds=rng.randint(2, 50)))
    rcpt = m.get("rcpt", "")
    bnd = "%s.%d/%s" % (tok(12), int(dt.timestamp()), dom)
    recv = ("Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
            "\tfor <support@assistance.example.fr>; %s\n" % (dom, dom, ip(), tok(15), d))
    if k == "bounce_postfix":
        return ("Return-Path: <>\nDelivered-To: support@assistance.example.fr\n" + recv +
                "Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none\n"
                "From: Mail Delivery System <%s>\nTo: support@assistance.example.fr\n"
                "Subject: Undelivered Mail Returned to Sender\nDate: %s\nMessage-ID: <%s@%s>\n"
                "MIME-Version: 1.0\nAuto-Submitted: auto-replied\n"
                "Content-Type: multipart/report; report-type=delivery-status;\n boundary=\"%s\"\n\n"
                "This is a MIME-encapsulated message.\n\n--%s\nContent-Description: Notification\n"
                "Content-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host %s.\n\n"
                "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
                "                   The mail system\n\n<%s>: host %s said: 550 5.1.1 <%s>:\n    Recipient address rejected: User unknown in virtual mailbox table\n\n"
                "--%s\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
                "Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nArrival-Date: %s\n\n"
                "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n"
                "--%s\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
                "From: Assistance <support@assistance.example.fr>\nTo: %s\nSubject: [#%s] Courrier du chef d'établissement : pièce jointe reçue\n"
                "Date: %s\nMessage-ID: %s\nAuto-Submitted: auto-replied\n\n--%s--\n"
                % (dom, addr, d, tok(14), dom, bnd, bnd, dom, rcpt, dom, rcpt, bnd, dom, tok(10, HEX.upper()), orig_date,
                   rcpt, bnd, rcpt, ref, orig_date, rid, bnd)).encode("utf-8")
    if k == "bounce_size":
        return _bounce_size(m, dt, d, ref, rid, orig_date, rcpt, recv, addr)
    if k == "ndr_exchange":
        b = "_%s_" % tok(24, HEX)
        return ("Return-Path: <>\nDelivered-To: support@assistance.example.fr\n" +
                recv.replace(dom, "FR4P281CU032.outbound.protection.outlook.com") +
                "Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=none smtp.helo=outlook.com;\n\tdmarc=none\n"
                "From: Microsoft Outlook <%s>\nTo: <support@assistance.example.fr>\nSubject: =?iso-8859-1?q?Non_remis_=3A_=5B=23%s=5D_Facture?=\n"
                "Date: %s\nMessage-ID: <%s@FR4P281MB%04d.FRAP281.PROD.OUTLOOK.COM>\nIn-Reply-To: %s\nReferences: %s\n"
                "MIME-Version: 1.0\nAuto-Submitted: auto-replied\nX-MS-Exchange-Message-Is-Ndr: \n"
                "Content-Language: fr-FR\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"%s\"\n\n"
                "--%s\nContent-Type: multipart/alternative; differences=Content-Type;\n\tboundary=\"%s_alt\"\n\n"
                "--%s_alt\nContent-Type: text/plain; charset=\"iso-8859-1\"\nContent-Transfer-Encoding: quoted-printable\n\n"
                "Votre message n'a pas pu =EAtre remis =E0 %s car l'adresse est introuvable.\n\n"
                "Le destinataire est peut-=EAtre parti ou l'adresse a =E9t=E9 mal saisie.\n\n"
                "--%s_alt\nContent-Type: text/html; charset=\"iso-8859-1\"\nContent-Transfer-Encoding: quoted-printable\n\n"
                "<html><body><p>Votre message n'a pas pu =EAtre remis =E0 <b>%s</b> car l'adresse est introuvable.</p></body></html>\n\n"
                "--%s_alt--\n\n--%s\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;FR4P281MB3120.FRAP281.PROD.OUTLOOK.COM\n"
                "Received-From-MTA: dns;mx1.assistance.example.fr\nArrival-Date: %s\n\nFinal-Recipient: rfc822;%s\nAction: failed\n"
                "Status: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n\n"
                "--%s\nContent-Type: text/rfc822-headers\n\nFrom: Assistance <support@assistance.example.fr>\nTo: %s\n"
                "Subject: [#%s] Facture\nDate: %s\nMessage-ID: %s\n\n--%s--\n"
                % (addr, ref, d, tok(20, HEX.upper()), rng.randint(1000, 9999), rid, rid, b, b, b, b, rcpt, b, rcpt, b, b,
                   orig_date, rcpt, b, rcpt, ref, orig_date, rid, b)).encode("utf-8")
    if k == "bounce_exim":
        return ("Return-Path: <>\nDelivered-To: support@assistance.example.fr\n" + recv +
                "Authentication-Results: mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none\n"
                "From: Mail Delivery System <%s>\nTo: support@assistance.example.fr\nSubject: Mail delivery failed: returning message to sender\n"
                "Date: %s\nMessage-Id: <E1t%s-000%s-Ab@%s>\n\n"
                "This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
                "  %s\n    mailbox is full: retry timeout exceeded\n\n------ This is a copy of the message, including all the headers. ------\n"
                "------ The body of the message is 2 481 033 characters long; only the first\n------ 4096 or so are included here.\n\n"
                "From: Assistance <support@assistance.example.fr>\nTo: %s\nSubject: [#%s] Votre bon de commande\nDate: %s\nMessage-ID: %s\n"
                "Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain; charset=utf-8\n\n"
                "Bonjour,\n\nVeuillez trouver ci-joint le bon de commande validé.\n\n--b1\nContent-Type: application/pdf; name=\"BC_2025_0142.pdf\"\n"
                "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyA+PgplbmRvYmoK\n"
                % (dom, addr, d, tok(6), tok(2), dom, rcpt, rcpt, ref, orig_date, rid)).encode("utf-8")
    if k in ("read_receipt", "read_receipt_en"):
        b = "----=_NextPart_000_%s_%s.%s" % (tok(4, HEX.upper()), tok(8, HEX.upper()), tok(8, HEX.upper()))
        if k == "read_receipt":
            human = ("Votre message\n\n  À : %s\n  Objet : [#%s] Courrier du chef d'établissement\n  Envoyé : %s\n\n"
                     "a été lu le %s.\n" % (addr, ref, fr_date(dt - timedelta(hours=2)), fr_date(dt)))
            subj = "=?iso-8859-1?q?Lu_=3A_=5B=23%s=5D_Courrier_du_chef_d=27=E9tablissement?=" % ref
            cs, mailer = "utf-8", "X-Mailer: Microsoft Outlook 16.0\n"
        else:
            human = ("This is a Return Receipt for the mail that you sent to %s.\n\nNote: This Return Receipt only "
                     "acknowledges that the message was displayed on the recipient's computer.\n" % addr)
            subj = "Return Receipt (displayed) - [#%s] Subscription" % ref
            cs, mailer = "utf-8", "User-Agent: Mozilla Thunderbird\n"
        return (("Return-Path: <%s>\nDelivered-To: support@assistance.example.fr\n" % addr) + recv +
                "Authentication-Results: mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s\n"
                "From: %s\nTo: Assistance <support@assistance.example.fr>\nSubject: %s\nDate: %s\nMessage-ID: <%s@%s>\n"
                "In-Reply-To: %s\nReferences: %s\nMIME-Version: 1.0\n%s"
                "Content-Type: multipart/report; report-type=disposition-notification;\n boundary=\"%s\"\n\n"
                "--%s\nContent-Type: text/plain; charset=\"%s\"\nContent-Transfer-Encoding: 8bit\n\n%s\n"
                "--%s\nContent-Type: message/disposition-notification\n\nReporting-UA: %s\nFinal-Recipient: rfc822;%s\n"
                "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n\n--%s--\n"
                % (dom, dom, dom, formataddr((name, addr)), subj, d, tok(20, HEX), dom, rid, rid, mailer, b, b, cs, human, b,
                   dom, addr, rid, b)).encode("utf-8")
    raise ValueError(k)


def _bounce_size(m, dt, d, ref, rid, orig_date, rcpt, recv, addr):
    b = "0000000000" + tok(16, HEX)
    return ("Return-Path: <>\nDelivered-To: support@assistance.example.fr\n"
            + recv.replace("googlemail.com", "mail-sor-f69.google.com") +
            "Authentication-Results: mx1.assistance.example.fr;\n\tdkim=pass header.d=googlemail.com;\n"
            "\tspf=pass smtp.helo=mail-sor-f69.google.com;\n\tdmarc=pass header.from=googlemail.com\n"
            "From: Mail Delivery Subsystem <%s>\nTo: support@assistance.example.fr\n"
            "Subject: Delivery Status Notification (Failure)\nDate: %s\nMessage-ID: <%s@mx.google.com>\n"
            "In-Reply-To: %s\nReferences: %s\nMIME-Version: 1.0\nAuto-Submitted: auto-replied\n"
            "Content-Type: multipart/report; boundary=\"%s\"; report-type=delivery-status\n\n"
            "--%s\nContent-Type: text/plain; charset=\"UTF-8\"\n\n** Message not delivered **\n\n"
            "Your message couldn't be delivered to %s because it is too large.\n"
            "Try sending a smaller message or remove some attachments.\n\nThe response was:\n"
            "552 5.3.4 Your message exceeded Google's message size limits.\n\n"
            "--%s\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; googlemail.com\nArrival-Date: %s\n\n"
            "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.3.4\n"
            "Diagnostic-Code: smtp; 552-5.3.4 Your message exceeded Google's message size limits.\n\n"
            "--%s\nContent-Type: text/rfc822-headers\n\nFrom: Assistance <support@assistance.example.fr>\nTo: %s\n"
            "Subject: [#%s] Guide MailInBlack (PDF)\nDate: %s\nMessage-ID: %s\n\n--%s--\n"
            % (addr, d, tok(30), rid, rid, b, b, rcpt, b, orig_date, rcpt, b, rcpt, ref, orig_date, rid, b)).encode("utf-8")


RAW_KINDS = {"bounce_postfix", "bounce_size", "ndr_exchange", "bounce_exim", "read_receipt", "read_receipt_en"}


# ----------------------------------------------------------------- main
def label_of(m, fname):
    code = uai(m["u"]) if m.get("u") else None
    return {"file": fname, "category": m["cat"], "auto_reply_ok": bool(m["ok"]), "uai": code,
            "region": region_expected(code, sub(m["frm"][1], m)), "platform": m.get("plat"),
            "hard": bool(m.get("hard", False)), "lang": m["lang"], "notes": m["notes"]}


def main():
    random.seed(122)  # the email package draws MIME boundaries from the global generator
    mails = list(MAILS)
    rng.shuffle(mails)
    labels = []
    for i, m in enumerate(mails, 1):
        fname = "h%03d.eml" % i
        dt = pick_date(m)
        if m.get("kind") in RAW_KINDS:
            data = build_auto_raw(m, dt)
        elif m.get("kind"):
            data = build_auto_simple(m, dt)
        else:
            data = build_human(m, dt)
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
        labels.append(label_of(m, fname))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    verify()


def verify():
    files = sorted(x for x in os.listdir(HERE) if x.startswith("h") and x.endswith(".eml"))
    assert len(files) == 150, len(files)
    assert files == ["h%03d.eml" % i for i in range(1, 151)]
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    assert len(labels) == 150
    assert [l["file"] for l in labels] == files
    for lab in labels:
        assert list(lab.keys()) == LABEL_KEYS, lab
        assert lab["category"] in CATEGORIES, lab
        assert lab["platform"] in PLATFORMS, lab
        assert lab["lang"] in ("fr", "en"), lab
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool)
        assert lab["notes"].strip()
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, lab
        with open(os.path.join(HERE, lab["file"]), "rb") as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        assert msg["From"] and msg["Date"] and msg["Message-ID"] and msg["Subject"] is not None, lab["file"]
        assert "support@assistance.example.fr" in raw.decode("utf-8", "replace"), lab["file"]
        texts = [raw.decode("utf-8", "replace")]
        for part in msg.walk():  # every part decodes
            if not part.is_multipart() and part.get_content_maintype() != "message":
                payload = part.get_payload(decode=True)
                if part.get_content_maintype() == "text":
                    texts.append(part.get_content())
        sender = msg["From"].addresses[0].addr_spec
        code = lab["uai"]
        if code is not None:
            assert len(code) == 8 and code[:7].isdigit(), code
            assert code[7] == LETTERS[int(code[:7]) % 23], code
            assert region_of_uai(code) is not None, code
            assert lab["region"] == region_of_uai(code), lab
            body_text = "\n".join(texts) + str(msg["Subject"]) + sender + str(msg.get("Cc", ""))
            assert code in body_text or code.lower() in body_text, (lab["file"], code)
        else:
            assert lab["region"] == DOMAIN_REGION.get(sender.rsplit("@", 1)[1].lower()), lab
    print("verified: 150 files, labels consistent")


if __name__ == "__main__":
    main()

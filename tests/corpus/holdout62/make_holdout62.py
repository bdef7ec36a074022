#!/usr/bin/env python3
"""Build the holdout62 blind test corpus (150 mails + labels.jsonl).

Theme: the school budget and accounting cycle, November-December 2025, in
Nouvelle-Aquitaine, Occitanie and Auvergne-Rhone-Alpes (agents comptables of
groupements comptables, adjoints gestionnaires, secretaires d'intendance, the
platform's finance contacts), with the same people's everyday support requests.

Every mail below was written by hand, blind (without the classifier's rules);
the labels follow shared/spec/taxonomy.md. Standard library only, deterministic:
one random.Random(SEED) drives Message-IDs, MIME boundaries, relay names and
the file order, so two runs give byte-identical files.

    python3 make_holdout62.py        # writes h001.eml ... h150.eml, labels.jsonl

The script ends by checking its own output (see check_output()).
"""
from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import html
import json
import pathlib
import quopri
import random
import re
from email.header import Header
from email.utils import formataddr, format_datetime, getaddresses, parseaddr

HERE = pathlib.Path(__file__).resolve().parent
SEED = 62_2025_11
DESK = "support@assistance.example.fr"
CET = dt.timezone(dt.timedelta(hours=1))

# --------------------------------------------------------------------------
# Taxonomy and routing table (from shared/spec/taxonomy.md and regions.md)
# --------------------------------------------------------------------------
CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
# categories whose default action can be an automatic answer
AUTO_REPLY_CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "account_creation", "subscription_activation",
}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

_REGION_TABLE = {
    "auvergne-rhone-alpes": ("01 03 07 15 26 38 42 43 63 69 73 74",
                             "ac-clermont.fr ac-grenoble.fr ac-lyon.fr"),
    "bourgogne-franche-comte": ("21 25 39 58 70 71 89 90", "ac-besancon.fr ac-dijon.fr"),
    "bretagne": ("22 29 35 56", "ac-rennes.fr"),
    "centre-val-de-loire": ("18 28 36 37 41 45", "ac-orleans-tours.fr"),
    "corse": ("620 720", "ac-corse.fr"),
    "grand-est": ("08 10 51 52 54 55 57 67 68 88",
                  "ac-nancy-metz.fr ac-reims.fr ac-strasbourg.fr"),
    "hauts-de-france": ("02 59 60 62 80", "ac-amiens.fr ac-lille.fr"),
    "ile-de-france": ("75 77 78 91 92 93 94 95",
                      "ac-creteil.fr ac-paris.fr ac-versailles.fr"),
    "normandie": ("14 27 50 61 76", "ac-normandie.fr ac-caen.fr ac-rouen.fr"),
    "nouvelle-aquitaine": ("16 17 19 23 24 33 40 47 64 79 86 87",
                           "ac-bordeaux.fr ac-limoges.fr ac-poitiers.fr"),
    "occitanie": ("09 11 12 30 31 32 34 46 48 65 66 81 82",
                  "ac-montpellier.fr ac-toulouse.fr"),
    "pays-de-la-loire": ("44 49 53 72 85", "ac-nantes.fr"),
    "provence-alpes-cote-d-azur": ("04 05 06 13 83 84", "ac-aix-marseille.fr ac-nice.fr"),
    "guadeloupe": ("971", "ac-guadeloupe.fr"),
    "martinique": ("972", "ac-martinique.fr"),
    "guyane": ("973", "ac-guyane.fr"),
    "la-reunion": ("974", "ac-reunion.fr"),
    "mayotte": ("976", "ac-mayotte.fr"),
}
DEPT_REGION: dict[str, str] = {}
DOMAIN_REGION: dict[str, str] = {}
for _slug, (_depts, _domains) in _REGION_TABLE.items():
    for _d in _depts.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _dom in _domains.split():
        DOMAIN_REGION[_dom] = _slug
REGIONS = set(_REGION_TABLE)
SHORT_REGION = {"na": "nouvelle-aquitaine", "occ": "occitanie", "ara": "auvergne-rhone-alpes",
                None: None}


def uai_letter(digits7: str) -> str:
    return UAI_LETTERS[int(digits7) % 23]


def uai_ok(code: str) -> bool:
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and uai_letter(code[:7]) == code[7]


def region_of_uai(code: str) -> str | None:
    return DEPT_REGION.get(code[:3])


def region_of_address(addr: str) -> str | None:
    dom = addr.rsplit("@", 1)[-1].lower().strip(">")
    for known, slug in DOMAIN_REGION.items():
        if dom == known or dom.endswith("." + known):
            return slug
    return None


# --------------------------------------------------------------------------
# MIME building blocks (serialised by hand so that every byte is controlled)
# --------------------------------------------------------------------------
class Leaf:
    """A single body part: text, HTML or an attachment."""

    def __init__(self, ctype, content, charset="utf-8", cte="8bit", ct_extra="",
                 headers=(), filename=None):
        self.ctype, self.content, self.charset, self.cte = ctype, content, charset, cte
        self.ct_extra, self.headers, self.filename = ct_extra, list(headers), filename

    def render(self, rng):
        data = self.content if isinstance(self.content, bytes) else self.content.encode(self.charset)
        ct = self.ctype
        if self.ctype.startswith("text/"):
            ct += f'; charset="{self.charset}"'
        ct += self.ct_extra
        head = [f"Content-Type: {ct}"]
        if self.filename:
            head.append(f"Content-Disposition: attachment;\n {self.filename}")
        head.append(f"Content-Transfer-Encoding: {self.cte}")
        head += self.headers
        if self.cte == "base64":
            body = base64.encodebytes(data)
        elif self.cte == "quoted-printable":
            body = quopri.encodestring(data)
        else:
            body = data if data.endswith(b"\n") else data + b"\n"
        return head, body


class Raw:
    """A part whose body is given verbatim (message/rfc822, delivery reports...)."""

    def __init__(self, ctype, body, headers=()):
        self.ctype, self.body, self.headers = ctype, body, list(headers)

    def render(self, rng):
        body = self.body.encode("utf-8")
        if not body.endswith(b"\n"):
            body += b"\n"
        return [f"Content-Type: {self.ctype}"] + self.headers, body


class Multi:
    def __init__(self, subtype, parts, boundary_style="generic", ct_extra="",
                 preamble=None, headers=()):
        self.subtype, self.parts, self.style = subtype, parts, boundary_style
        self.ct_extra, self.preamble, self.headers = ct_extra, preamble, list(headers)

    def render(self, rng):
        b = boundary(rng, self.style)
        head = [f'Content-Type: multipart/{self.subtype};{self.ct_extra}\n boundary="{b}"'] + self.headers
        chunks = []
        if self.preamble:
            chunks.append(self.preamble.encode() + b"\n\n")
        for p in self.parts:
            ph, pb = p.render(rng)
            chunks.append(f"--{b}\n".encode() + "\n".join(ph).encode() + b"\n\n" + pb)
            if not pb.endswith(b"\n"):
                chunks.append(b"\n")
            chunks.append(b"\n")
        chunks.append(f"--{b}--\n".encode())
        return head, b"".join(chunks)


def _hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _aln(rng, n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _uuid(rng):
    return f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-a{_hex(rng, 3)}-{_hex(rng, 12)}"


def boundary(rng, style):
    if style == "thunderbird":
        return "------------" + _aln(rng, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz")
    if style == "outlook":
        return f"----=_NextPart_000_00{_hex(rng, 2).upper()}_01DC{_hex(rng, 4).upper()}.{_hex(rng, 8).upper()}"
    if style == "gmail":
        return "0000000000" + _hex(rng, 18)
    if style == "apple":
        return "Apple-Mail=_" + _uuid(rng).upper()
    if style == "android":
        return "--_com.samsung.android.email_" + _aln(rng, 16, "0123456789")
    if style == "zimbra":
        return "=_" + _uuid(rng)
    return "=_" + _hex(rng, 32)


def message_id(rng, client, domain, ms=1763000000000):
    if client == "outlook":
        return f"<{_hex(rng, 4)}01dc{_hex(rng, 4)}${_hex(rng, 8)}${_hex(rng, 8)}$@{domain}>"
    if client == "gmail":
        return "<CA" + _aln(rng, 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-") + "@mail.gmail.com>"
    if client in ("apple", "iphone"):
        return f"<{_uuid(rng).upper()}@{domain}>"
    if client == "android":
        return f"<{_aln(rng, 24)}.{ms - rng.randint(2000, 60000)}@email.android.com>"
    if client == "zimbra":
        return f"<{rng.randint(100000000, 999999999)}.{rng.randint(1000000, 9999999)}.{ms - rng.randint(500, 5000)}.JavaMail.zimbra@{domain}>"
    if client == "outlook_mobile":
        srv = "PR3P195MB0" + str(rng.randint(100, 999))
        return f"<{srv}{_aln(rng, 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}@{srv}.EURP195.PROD.OUTLOOK.COM>"
    if client == "thunderbird":
        return f"<{_uuid(rng)}@{domain}>"
    return f"<{_hex(rng, 16)}.{_hex(rng, 8)}@{domain}>"


def enc(text, charset="utf-8"):
    """RFC 2047-encode a header value when it is not plain ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, maxlinelen=76).encode()


def addr(name_addr, charset="utf-8"):
    if isinstance(name_addr, str):
        return name_addr
    name, a = name_addr
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def text_to_outlook_html(text):
    paras = []
    for line in text.split("\n"):
        if line.strip():
            paras.append(f'<p class="MsoNormal">{html.escape(line, quote=False)}<o:p></o:p></p>')
        else:
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
        '\tfont-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
        '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n"
    )


def text_to_simple_html(text, wrapper="div"):
    lines = [html.escape(x, quote=False) if x.strip() else "<br>" for x in text.split("\n")]
    inner = "".join(f"<div>{x}</div>\n" for x in lines)
    if wrapper == "gmail":
        return f'<div dir="ltr">{inner}</div>\n'
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>{inner}</body></html>\n'


PDF_STUB = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            b"trailer << /Root 1 0 R >>\n%%EOF\n")
PNG_STUB = base64.b64decode(
    b"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")


def attachment(filename, data=PDF_STUB, ctype="application/pdf"):
    try:
        filename.encode("ascii")
        disp = f'filename="{filename}"'
        ctn = f'; name="{filename}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        disp = "filename*=UTF-8''" + quote(filename)
        ctn = "; name*=UTF-8''" + quote(filename)
    return Leaf(ctype, data, cte="base64", ct_extra=ctn, filename=disp)


# --------------------------------------------------------------------------
# The mails
# --------------------------------------------------------------------------
MAILS: list[dict] = []


def add(**kw):
    """Register one mail: labels (cat, ok, uai, reg, plat, hard, lang, notes)
    and how to write it (frm, subj, date, client, body / html / mime ...)."""
    MAILS.append(kw)


def T(s):
    """Body text written flush-left in a triple-quoted string."""
    return s[1:] if s.startswith("\n") else s

# ==========================================================================
# order_billing (24)
# ==========================================================================
add(cat="order_billing", ok=False, uai="0648835F", reg="na", plat="espace_acheteur",
    notes="Order stuck 'en attente de validation' although the bon d'engagement is uploaded; budget closing on 12 December. UAI in the signature.",
    frm=("Sandrine Etcheverry", "sandrine.etcheverry@ac-bordeaux.fr"),
    subj="Commande bloquée en attente de validation (BE joint)",
    date="2025-11-24 09:41", client="thunderbird",
    attach=[attachment("BE_2025-0412.pdf")],
    body=T("""
Bonjour,

J'ai passé le 18/11 une commande de mobilier pour le CDI sur l'Espace
Acheteur (panier "CDI 2025 - chaises + rayonnages", 3 412,80 € TTC). J'ai
déposé le bon d'engagement signé par Mme la Proviseure au moment de la
validation, il apparaît bien dans le récapitulatif, mais la commande est
toujours au statut "en attente de validation" six jours après.

Notre date limite d'engagement est fixée au 12 décembre par l'agent
comptable : passé cette date je ne pourrai plus rien engager sur 2025.
Pouvez-vous me dire ce qui bloque ? Je joins de nouveau le BE au cas où.

Merci d'avance,

--
Sandrine Etcheverry
Adjointe gestionnaire
Lycée Louis Barthou - Pau
UAI 0648835F
05 59 00 00 00
"""))

add(cat="order_billing", ok=False, uai="0879945M", reg="na", plat="espace_acheteur", hard=True,
    notes="Agent comptable of a groupement comptable (three EPLE named with their UAIs): the rejected Chorus Pro invoice belongs to the collège 0879945M, which is the label; the siège 0875476E appears only in the sender address and the signature.",
    frm=("Agence comptable LPO Turgot", "agence-comptable.0875476e@ac-limoges.fr"),
    subj="Rejet Chorus Pro facture FA-25-018811 - numéro d'engagement absent",
    date="2025-11-05 14:22", client="outlook",
    body=T("""
Bonjour,

La facture FA-25-018811 du 28/10/2025 (abonnements et ressources, 1 126,00 €) déposée sur Chorus Pro a été rejetée ce matin par nos services avec le motif "Numéro d'engagement absent ou erroné".

Elle concerne le collège Maurice Genevoix de Couzeix (UAI 0879945M), qui fait partie de notre groupement comptable. Le numéro d'engagement juridique à faire figurer est EJ 2025-000347. La commande avait été passée sur l'Espace Acheteur par l'adjointe gestionnaire du collège.

Pourriez-vous faire redéposer la facture avec ce numéro ? Sans cela nous ne pourrons pas la mandater avant la clôture.

Cordialement,

Philippe Marsaud
Agent comptable
Groupement comptable du LPO Turgot - Limoges (0875476E)
Établissements rattachés : collège Maurice Genevoix (0879945M), collège Louise Michel (0877370N)
"""))

add(cat="order_billing", ok=False, uai="0816938B", reg="occ", plat="esidoc",
    notes="Asks for a credit note (avoir) for a line billed twice on the e-sidoc subscriptions invoice. Gmail sender, region from the UAI.",
    frm=("Intendance Collège Jean Jaurès", "intendance.clgjaures.albi@gmail.com"),
    subj="Demande d'avoir - ligne facturée 2 fois",
    date="2025-11-12 16:05", client="gmail",
    body=T("""
Bonjour,

Sur la facture de renouvellement de nos abonnements e-sidoc reçue le 7 novembre, la ligne "Ressource presse jeunesse - 1 an" apparaît deux fois (2 x 189 €), alors que nous n'avons qu'un seul abonnement.

Pouvez-vous nous établir un avoir de 189 € ou nous renvoyer une facture corrigée ? Nous préférons l'avoir si c'est plus simple pour vous, la facture étant déjà prise en charge.

Bien cordialement,

Nathalie Bousquet
Secrétaire d'intendance
Collège Jean Jaurès - Albi
RNE : 0816938B
"""))

add(cat="order_billing", ok=False, uai="0690580F", reg="ara", plat="espace_acheteur", lang="en",
    notes="English. Asks for a pro-forma invoice with the VAT breakdown before the order can be committed; quote context on the Espace Acheteur.",
    frm=("Helen Carter", "helen.carter@ac-lyon.fr"),
    subj="Pro-forma invoice needed before we can commit the order",
    date="2025-11-19 11:37", client="outlook",
    body=T("""
Hello,

I work in the bursar's office of the Cité scolaire internationale de Lyon (UAI 0690580F). We have a basket ready on the Espace Acheteur for English readers for the library (ref. PAN-77120), but our accountant needs a pro-forma invoice showing the VAT rate for each line (books at 5.5%, e-resources at 20%) before he will sign the commitment.

The quote generated by the platform only shows the total including VAT. Could you send us a pro-forma, or tell me where I can download one?

Many thanks,
Helen Carter
Bursar's office / Service d'intendance
Cité scolaire internationale - Lyon
"""))

add(cat="order_billing", ok=False, uai=None, reg="ara", plat="espace_acheteur",
    notes="Payment means: the purchasing card (carte achat) is refused at checkout. Short Samsung mail, base64 bodies; no UAI, region from the ac-clermont.fr sender.",
    frm=("Karine Roux", "karine.roux1@ac-clermont.fr"),
    subj="Paiement carte achat refusé",
    date="2025-12-03 13:12", client="android",
    body=T("""
Bonjour
Je n'arrive pas à payer notre commande avec la carte achat de l'établissement sur l'espace acheteur, paiement refusé à chaque fois alors que le plafond n'est pas atteint (vérifié avec la banque ce matin). Est ce que la carte achat est acceptée chez vous ou faut il passer par virement / mandat ?
C'est urgent on clôture bientôt
Karine Roux
Envoyé depuis mon smartphone Samsung Galaxy.
"""))

add(cat="order_billing", ok=False, uai="0330590M", reg="na", plat="esidoc",
    notes="HTML-only Outlook (windows-1252, quoted-printable): the quote to sign must be reissued under the new name of the merged EPLE before the ordonnateur signs it.",
    frm=("Gestion Cité scolaire Jean Monnet", "gestion.jeanmonnet@ac-bordeaux.fr"),
    subj="Devis renouvellement e-sidoc à rééditer (nouvelle dénomination)",
    date="2025-11-14 10:03", client="outlook", html_only=True, charset="windows-1252",
    body=T("""
Bonjour,

Nous avons bien reçu le devis D-2025-11-0456 pour le renouvellement de notre portail e-sidoc et des ressources associées.

Depuis le 1er septembre, le lycée Jean Monnet et le collège voisin ont fusionné : l'établissement s'appelle désormais « Cité scolaire Jean Monnet – Blanquefort » et c'est cette dénomination qui doit figurer sur le devis et sur la facture, sinon l'agent comptable refusera le paiement.

Pourriez-vous rééditer le devis avec la bonne raison sociale ? Le chef d'établissement le signera dès réception.

Bien cordialement,

Service de gestion
Cité scolaire Jean Monnet – Blanquefort
UAI : 0330590M
"""))

add(cat="order_billing", ok=False, uai="0436106D", reg="ara", plat="espace_acheteur",
    notes="Basket shared between colleagues: the librarian's basket is not visible to the gestionnaire who must validate it. Roundcube, lower-case UAI in the signature.",
    frm=("Olivier Bonnefoy", "olivier.bonnefoy@ac-clermont.fr"),
    subj="panier partage invisible",
    date="2025-11-26 17:48", client="roundcube", charset="us-ascii",
    body=T("""
Bonjour,

Notre documentaliste a prepare un panier sur l'Espace Acheteur et me l'a
"partage" pour que je le valide (c'est moi qui engage). Elle voit bien
mon nom dans la liste de partage, mais de mon cote le panier n'apparait
nulle part, ni dans "Mes paniers" ni dans "Paniers partages avec moi".

On a essaye deux fois. Comment faire pour que je puisse le valider ?
Il faudrait que ce soit fait avant le 5/12.

Olivier Bonnefoy
adjoint gestionnaire - college Jules Valles, Le Puy
uai 0436106d
"""))

add(cat="order_billing", ok=False, uai="0311782U", reg="occ", plat="espace_acheteur",
    notes="Apple Mail forward of a payment reminder for an invoice already paid by mandat on 14 November; asks to stop the reminders.",
    frm=("Muriel Castex", "muriel.castex@ac-toulouse.fr"),
    subj="Fwd: Relance facture n° 2025-EA-09931",
    date="2025-12-01 08:55", client="apple",
    body=T("""
Bonjour,

Je reçois ce matin la relance ci-dessous. Cette facture a été mandatée le 14/11 par notre agence comptable (mandat n° 1873) et le virement est parti le 18/11. Pouvez-vous vérifier de votre côté et faire cesser les relances ? Je peux vous transmettre l'avis de paiement si besoin.

Merci,
Muriel Castex
Secrétariat d'intendance - Lycée Déodat de Séverac, Toulouse (0311782U)

Début du message réexpédié :

De: Espace Acheteur - Facturation <facturation@espace-acheteur.example.fr>
Objet: Relance facture n° 2025-EA-09931
Date: 28 novembre 2025 à 18:02:11 UTC+1
À: muriel.castex@ac-toulouse.fr

Madame, Monsieur,

Sauf erreur de notre part, la facture n° 2025-EA-09931 d'un montant de 864,00 € TTC, échue le 25/11/2025, reste impayée à ce jour.

Nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais.

Le service facturation
"""))

add(cat="order_billing", ok=False, uai=None, reg="occ", plat="espace_acheteur", hard=True,
    notes="UAI written 0341967B: wrong check letter (the digits give 0341967D), so no UAI; region from the ac-montpellier.fr sender. Asks for invoices to go through Chorus Pro with the SIRET and service code.",
    frm=("Laurent Pagès", "laurent.pages@ac-montpellier.fr"),
    subj="Dépôt des factures sur Chorus Pro",
    date="2025-11-07 15:30", client="thunderbird",
    body=T("""
Bonjour,

Nous recevons vos factures Espace Acheteur par courrier électronique en PDF.
Depuis cette année notre agent comptable exige que toutes les factures
fournisseurs soient déposées sur Chorus Pro, sinon il ne peut pas les
prendre en charge.

Nos références Chorus :
  SIRET 19340123400019
  Code service : GESTION-FIN
  Numéro d'engagement : à reprendre sur chaque bon de commande

Pouvez-vous faire le nécessaire pour les prochaines factures, et redéposer
celle d'octobre (n° 2025-EA-08876) ?

Cordialement,
Laurent Pagès
Adjoint gestionnaire
Collège Las Cazes - Montpellier
UAI 0341967B
"""))

add(cat="order_billing", ok=False, uai="0461062E", reg="occ", plat="espace_acheteur",
    notes="End-of-year closing: wants the invoice issued in 2025 for a delivery planned in January. Zimbra web client.",
    frm=("Bénédicte Lacombe", "benedicte.lacombe@ac-toulouse.fr"),
    subj="Facturation avant clôture exercice 2025",
    date="2025-12-02 11:14", client="zimbra",
    body=T("""
Bonjour,

Nous avons commandé le 27/11 sur l'Espace Acheteur des tablettes pour la SEGPA (commande CMD-2025-44812). Le fournisseur annonce une livraison mi-janvier.

Problème : les crédits sont sur le budget 2025 (subvention du Département) et la clôture de notre exercice est au 12 décembre. Est-il possible d'obtenir la facture dès maintenant, avant la livraison, ou au moins une facture datée de décembre ? Sinon je dois tout réengager sur 2026 et je perds la subvention.

Merci de votre retour rapide.

Bénédicte Lacombe
Gestionnaire - Collège Olivier de Magny, Cahors
0461062E
"""))

add(cat="order_billing", ok=False, uai="0265624X", reg="ara", plat="espace_acheteur", hard=True,
    notes="Negation and contrast: 'ce n'est pas un problème de mot de passe', the login works; the purchase order PDF is not generated. order_billing, not password_reset.",
    frm=("Yannick Morel", "yannick.morel@ac-grenoble.fr"),
    subj="Bon de commande PDF vide",
    date="2025-11-20 10:26", client="thunderbird",
    body=T("""
Bonjour,

Précision avant tout : ce n'est PAS un problème de mot de passe, je me
connecte sans souci à l'Espace Acheteur (on m'a déjà répondu deux fois
avec la procédure de réinitialisation, merci mais ce n'est pas ça).

Le souci : quand je valide une commande et que je clique sur "Télécharger
le bon de commande", j'obtiens un PDF d'une page blanche, sans numéro ni
montant. Or l'agence comptable exige le bon de commande pour liquider la
facture. Même chose sous Firefox et Edge.

Commande concernée : CMD-2025-43109.

Yannick Morel
Adjoint gestionnaire - Lycée Émile Loubet, Valence
UAI 0265624X
"""))

add(cat="order_billing", ok=False, uai="0170931V", reg="na", plat="espace_acheteur", hard=True,
    notes="Two topics: wrong unit price on an invoice (first, main) and an account for the new secrétaire d'intendance (account_creation). One template would only answer half.",
    frm=("Isabelle Giraud", "isabelle.giraud@ac-poitiers.fr"),
    subj="Facture erronée + compte pour ma collègue",
    date="2025-11-17 09:02", client="outlook", charset="iso-8859-1",
    body=T("""
Bonjour,

Deux choses :

1) La facture 2025-EA-09412 nous facture les classeurs à 4,90 l'unité alors que le devis et le marché indiquent 3,95. Sur 300 unités cela fait tout de même 285 euros d'écart. Merci de nous envoyer une facture rectifiée ou un avoir, nous ne pouvons pas la mettre en paiement en l'état.

2) Une nouvelle secrétaire d'intendance, Mme Léa Rivière, est arrivée lundi. Peut-elle avoir son propre compte pour préparer les paniers ?

Cordialement

Isabelle Giraud
Adjointe gestionnaire
Collège Fromentin - La Rochelle
UAI 0170931V
"""))

add(cat="order_billing", ok=False, uai="0243645G", reg="na", plat="espace_acheteur",
    notes="Reply on an existing billing ticket (In-Reply-To and the ticket reference): the promised credit note has still not arrived. Thunderbird French quote.",
    frm=("Christophe Lafon", "christophe.lafon@ac-bordeaux.fr"),
    subj="Re: [#SUP-031877] Avoir commande CMD-2025-39021",
    date="2025-12-08 16:40", client="thunderbird",
    hdrs=[("In-Reply-To", "<SUP-031877.1763650000.a1b2c3@assistance.example.fr>"),
          ("References", "<SUP-031877.1763650000.a1b2c3@assistance.example.fr>")],
    body=T("""
Bonjour,

Trois semaines plus tard, toujours pas d'avoir. L'agent comptable me
relance, la facture initiale est bloquée en charge à payer et je dois
solder avant le 15. Où en est-on ?

C. Lafon
Collège Anne Frank, Sanilhac - 0243645G

Le 17/11/2025 à 10:12, Assistance a écrit :
> Bonjour,
>
> Nous avons bien noté que les 2 lots d'ouvrages non livrés de la commande
> CMD-2025-39021 vous ont été facturés. Un avoir de 212,40 EUR va être émis
> par notre service comptable sous une dizaine de jours.
>
> Cordialement,
> L'équipe d'assistance
"""))

add(cat="order_billing", ok=False, uai="0731971W", reg="ara", plat="espace_acheteur", hard=True,
    notes="Written by the platform's own finance contact, not a school: an unidentified transfer whose bank label carries a UAI; payment matching is order_billing. Region from the UAI (Savoie); the sender domain gives none.",
    frm=("Comptabilité clients - Espace Acheteur", "compta-clients@espace-acheteur.example.fr"),
    subj="Virement non identifié du 21/11 - merci de retrouver le client",
    date="2025-11-25 12:05", client="outlook",
    body=T("""
Bonjour l'équipe support,

Nous avons reçu le 21/11 un virement de 2 317,50 € avec pour seul libellé : "VIR LP 0731971W FACT NOV". Aucune facture ouverte ne correspond exactement à ce montant.

D'après le libellé il s'agirait du lycée professionnel 0731971W (Savoie). Pourriez-vous regarder dans vos tickets si cet établissement vous a écrit au sujet d'un paiement groupé de plusieurs factures, et lui demander le détail des factures réglées ? Sans cela nous ne pouvons pas lettrer.

Merci,
Agnès Perrot
Comptabilité clients
"""))

add(cat="order_billing", ok=False, uai="0382707L", reg="ara", plat="espace_acheteur",
    notes="The invoice lacks the purchase order number, so the agent comptable refuses to pay it; asks for a corrected invoice.",
    frm=("Agence comptable Lycée Champollion", "ac.champollion@ac-grenoble.fr"),
    subj="Facture sans numéro de bon de commande - paiement suspendu",
    date="2025-11-28 14:47", client="outlook",
    body=T("""
Madame, Monsieur,

Je suspends le paiement de votre facture n° 2025-EA-10127 du 21/11/2025 : elle ne comporte ni la référence du bon de commande (BC 2025-0233) ni le numéro d'engagement, mentions obligatoires pour que je puisse la prendre en charge.

Merci de nous adresser une facture rectifiée comportant ces références. Dans l'attente, le délai global de paiement est suspendu.

Cordialement,

Jean-Marc Vial
Agent comptable
Lycée Champollion - Grenoble (UAI 0382707L)
"""))

add(cat="order_billing", ok=False, uai="0092715C", reg="occ", plat="espace_acheteur",
    notes="Asks for a certified RIB (RIB attesté) to create the supplier in Op@le before paying by transfer: payment means.",
    frm=("Sylvie Dedieu", "sylvie.dedieu@ac-toulouse.fr"),
    subj="RIB pour création tiers Op@le",
    date="2025-11-06 10:50", client="thunderbird",
    body=T("""
Bonjour,

Depuis notre bascule sur Op@le en septembre, je dois recréer chaque
fournisseur avec un RIB "attesté" (RIB sur papier à en-tête ou attestation
bancaire), l'ancien fichier GFC n'ayant pas été repris.

Pourriez-vous m'envoyer le RIB de la plateforme pour le règlement des
factures Espace Acheteur ? Je dois payer deux factures avant fin novembre.

Bien à vous,

Sylvie Dedieu
Secrétaire d'intendance
Collège du Girbet - Pamiers - 0092715C
"""))

add(cat="order_billing", ok=False, uai="0196428J", reg="na", plat="espace_acheteur",
    notes="Op@le engagement juridique number to add to an existing order so that it appears on the invoice.",
    frm=("Frédéric Chassagne", "frederic.chassagne@ac-limoges.fr"),
    subj="Ajout du numéro EJ sur commande déjà validée",
    date="2025-11-10 08:33", client="zimbra",
    body=T("""
Bonjour,

Avec Op@le, chaque commande doit être rattachée à un numéro d'engagement juridique (EJ) qui doit figurer sur la facture. J'ai validé la commande CMD-2025-41766 le 3 novembre sans renseigner ce numéro (le champ était facultatif).

Est-il possible de l'ajouter après coup pour qu'il apparaisse sur la facture ? Il s'agit de l'EJ 1900472356.

Merci,
Frédéric Chassagne
Adjoint gestionnaire, lycée Edmond Perrier - Tulle
UAI 0196428J
"""))

add(cat="order_billing", ok=False, uai=None, reg=None, plat="espace_acheteur", lang="en",
    notes="English. The 'invoice available' mail did arrive; its link gives a 404, so this is an invoice request, not a missing no-reply mail. Personal address, no UAI, no region.",
    frm=("Maggie O'Neill", "maggie.oneill.finance@gmail.com"),
    subj="Invoice link not working",
    date="2025-12-09 19:21", client="gmail",
    body=T("""
Hi,

I got your email saying that invoice 2025-EA-10544 is available, but when I click "Download your invoice" I get a 404 page. I tried from two browsers and from the Espace Acheteur directly (Documents > Invoices), same result.

Could you send me the PDF by email? Our accountant needs it this week for the year-end closing.

Thanks a lot,
Maggie O'Neill
(Finance assistant, international section)
"""))

add(cat="order_billing", ok=False, uai="0633068T", reg="ara", plat="esignature",
    notes="The quote sent for e-signature expired before the ordonnateur signed it; asks for the quote to be extended or resent. About a quote, so order_billing; platform is the e-signature tool.",
    frm=("Aurélie Chabrier", "aurelie.chabrier@ac-clermont.fr"),
    subj="Devis expiré dans le parapheur électronique",
    date="2025-12-04 15:58", client="outlook",
    body=T("""
Bonjour,

Le devis D-2025-10-0388 nous a été envoyé pour signature électronique le 20 octobre. Le temps que la DBM soit votée au conseil d'administration, le lien de signature indique maintenant "document expiré" et M. le Proviseur ne peut plus le signer.

Pouvez-vous prolonger la validité du devis ou nous en renvoyer un nouveau pour signature ? Les crédits sont disponibles depuis hier.

Cordialement,
Aurélie Chabrier
Adjointe gestionnaire - Lycée Blaise Pascal, Clermont-Ferrand
0633068T
"""))

add(cat="order_billing", ok=False, uai="0160074U", reg="na", plat="esidoc",
    notes="HTML-only Outlook: wants a statement of account after a credit note, to check what remains to pay before closing.",
    frm=("Véronique Mercier", "veronique.mercier@ac-poitiers.fr"),
    subj="Relevé de compte après avoir",
    date="2025-12-10 09:18", client="outlook", html_only=True,
    body=T("""
Bonjour,

Suite à l'avoir AV-2025-0061 reçu la semaine dernière sur nos abonnements e-sidoc, je n'arrive plus à savoir ce qu'il nous reste à payer : deux factures sont encore "à régler" dans notre espace client alors que l'une d'elles devait être soldée par l'avoir.

Pourriez-vous m'envoyer un relevé de compte à jour ? Je dois tout solder avant la clôture du 16 décembre.

Merci d'avance,
Véronique Mercier
Service intendance – Lycée Guez de Balzac, Angoulême
UAI 0160074U
"""))

add(cat="order_billing", ok=False, uai=None, reg="na", plat=None,
    notes="iPhone mail with a base64 body: same invoice received twice, which one to pay. No UAI and no product named; region from ac-bordeaux.fr.",
    frm=("Patricia Duprat", "patricia.duprat@ac-bordeaux.fr"),
    subj="Facture en double",
    date="2025-11-21 18:44", client="iphone", cte="base64",
    body=T("""
Bonjour, nous avons reçu 2 fois la même facture (même montant, 2 numéros différents 10233 et 10241). Laquelle doit on payer ? Je ne veux pas payer en double.
Merci
P. Duprat

Envoyé de mon iPhone
"""))

add(cat="order_billing", ok=False, uai="0651505H", reg="occ", plat="espace_acheteur", hard=True,
    notes="Agent comptable of a groupement asks that invoices for three EPLE be sent to the agency address. Three UAIs; the label is the siège (the sender's own establishment, also in the signature).",
    frm=("Agence comptable Lycée Théophile Gautier", "agence.comptable.tarbes@ac-toulouse.fr"),
    subj="Adresse d'envoi des factures - groupement comptable",
    date="2025-11-13 11:29", client="outlook",
    body=T("""
Bonjour,

Je suis agent comptable du groupement comptable du lycée Théophile Gautier à Tarbes. Trois de nos établissements commandent sur l'Espace Acheteur :
- lycée Théophile Gautier, Tarbes (siège) - 0651505H
- collège Paul Éluard, Tarbes - 0652625A
- collège Desaix, Tarbes - 0657363A

Actuellement les factures partent chez chaque adjoint gestionnaire, qui me les retransmet avec des jours de retard. Pourriez-vous paramétrer l'envoi des factures des trois établissements vers l'adresse de l'agence (agence.comptable.tarbes@ac-toulouse.fr), en copie des gestionnaires ?

Bien cordialement,

Hélène Fourcade
Agent comptable - Lycée Théophile Gautier (0651505H)
"""))

add(cat="order_billing", ok=False, uai="0305155R", reg="occ", plat="esidoc",
    notes="The mandat was rejected by the agent comptable because the invoice is not made out to the EPLE; asks for a corrected invoice.",
    frm=("Magali Roussel", "magali.roussel@ac-montpellier.fr"),
    subj="mandat rejeté - facture au mauvais nom",
    date="2025-12-05 14:02", client="thunderbird",
    body=T("""
Bonjour,

Notre agent comptable vient de rejeter le mandat de la facture de
renouvellement e-sidoc : elle est libellée au nom de "CDI Collège Jean
Rostand" et à l'attention de la documentaliste, alors qu'elle doit être au
nom de l'EPLE (Collège Jean Rostand, Nîmes) et adressée au service de
gestion.

Pouvez-vous nous renvoyer une facture corrigée ? Je la remettrai en
paiement dès réception.

Merci
Magali Roussel, gestionnaire
0305155R
"""))

add(cat="order_billing", ok=False, uai="0018285A", reg="ara", plat="espace_acheteur",
    notes="Short question on the last order date for the order to be invoiced on the 2025 budget.",
    frm=("Romain Vuillermoz", "romain.vuillermoz@ac-lyon.fr"),
    subj="Date limite de commande pour facturation 2025 ?",
    date="2025-11-04 12:10", client="outlook_mobile", cte="base64",
    body=T("""
Bonjour,

Jusqu'à quelle date peut-on valider une commande sur l'Espace Acheteur pour qu'elle soit facturée sur l'exercice 2025 ? Notre clôture est le 10/12.

Merci,
R. Vuillermoz - Collège Lalande, Bourg-en-Bresse (0018285A)

Obtenir Outlook pour Android
"""))
# ==========================================================================
# password_reset (20)
# ==========================================================================
add(cat="password_reset", ok=True, uai="0330999G", reg="na", plat="espace_acheteur",
    notes="Forgotten Espace Acheteur password; written from the shared intendance mailbox int.<UAI>, which is the address on file.",
    frm=("Intendance Lycée Camille Jullian", "int.0330999G@ac-bordeaux.fr"),
    subj="Mot de passe Espace Acheteur - boîte intendance",
    date="2025-11-03 08:12", client="outlook",
    body=T("""
Bonjour,

Nous utilisons la boîte partagée de l'intendance pour le compte Espace Acheteur de l'établissement. Plus personne ne se souvient du mot de passe depuis le départ en retraite de Mme Lalanne en octobre.

Pouvez-vous envoyer un lien de réinitialisation sur cette adresse (int.0330999G@ac-bordeaux.fr) ? Nous devons passer les commandes de fin d'année.

Merci,
Le service intendance
Lycée Camille Jullian - Bordeaux
"""))

add(cat="password_reset", ok=True, uai="0127294N", reg="occ", plat="espace_acheteur",
    notes="Lost both login and password; the basket to validate before closing is only context.",
    frm=("Corinne Alary", "corinne.alary@ac-toulouse.fr"),
    subj="Identifiant et mot de passe oubliés",
    date="2025-12-01 14:36", client="thunderbird",
    body=T("""
Bonjour,

Je dois valider un panier sur l'Espace Acheteur avant vendredi (clôture
des engagements) mais je ne retrouve ni l'identifiant ni le mot de passe
du compte de l'établissement. Je ne me suis pas connectée depuis le
printemps.

Collège Kervallon, Marcillac-Vallon, UAI 0127294N.

Comment puis-je récupérer l'accès ?

Corinne Alary
Secrétaire de gestion
"""))

add(cat="password_reset", ok=True, uai="0420467E", reg="ara", plat="espace_acheteur",
    notes="Reset link expired (opened the next morning, past the validity); asks for a new one.",
    frm=("Damien Teyssier", "damien.teyssier@ac-lyon.fr"),
    subj="Lien de réinitialisation expiré",
    date="2025-11-18 07:52", client="gmail",
    body=T("""
Bonjour,

J'ai demandé hier soir un nouveau mot de passe pour l'Espace Acheteur, le mail est bien arrivé mais je n'ai cliqué sur le lien que ce matin et la page m'indique "Ce lien n'est plus valide".

Pourriez-vous m'en renvoyer un ? Je le traiterai tout de suite cette fois.

Damien Teyssier
Gestionnaire - Collège Jules Ferry, Roanne
UAI : 0420467E
"""))

add(cat="password_reset", ok=True, uai="0740072B", reg="ara", plat="espace_acheteur", lang="en",
    notes="English. Password expired and the reset page says the address is unknown; the reset path (official address, else head's written request) applies.",
    frm=("Thomas Keller", "thomas.keller@ac-grenoble.fr"),
    subj="Password expired - reset page says email unknown",
    date="2025-11-25 16:20", client="outlook",
    body=T("""
Hello,

When I log into the Espace Acheteur I get "your password has expired". I clicked "forgotten password" and entered my school email, but the page says this address is not known.

Our login should be the school code 0740072B. I am the new business manager (adjoint gestionnaire) since November, so the account was probably created with my predecessor's address.

How can I get a new password?

Best regards,
Thomas Keller
Lycée Berthollet, Annecy
"""))

add(cat="password_reset", ok=True, uai="0478120W", reg="na", plat="espace_acheteur",
    notes="Account locked after several failed attempts, on the budget-closing day; urgent tone.",
    frm=("Agnès Barrère", "agnes.barrere@ac-bordeaux.fr"),
    subj="URGENT compte bloqué",
    date="2025-12-11 11:03", client="outlook",
    body=T("""
Bonjour,

Compte Espace Acheteur bloqué après plusieurs essais de mot de passe ("compte verrouillé, réessayez plus tard"). J'ai attendu une heure, toujours bloqué.

C'est aujourd'hui notre dernier jour d'engagement pour 2025 !! Merci de débloquer ou de m'envoyer un lien au plus vite.

Agnès Barrère
Lycée Jean-Baptiste de Baudre, Agen - UAI 0478120W
"""))

add(cat="password_reset", ok=True, uai="0863508W", reg="na", plat="espace_acheteur",
    notes="New adjoint gestionnaire: 'je ne connais pas le mot de passe', no handover from the predecessor (FAQ case).",
    frm=("Mathieu Brunet", "mathieu.brunet@ac-poitiers.fr"),
    subj="prise de poste - mot de passe inconnu",
    date="2025-11-06 09:27", client="zimbra",
    body=T("""
Bonjour,

J'ai pris mes fonctions d'adjoint gestionnaire au collège Jean Moulin de Poitiers le 3 novembre. Mon prédécesseur est parti sans laisser les accès : je ne connais pas le mot de passe du compte Espace Acheteur de l'établissement, et je ne sais pas à quelle adresse il est rattaché.

Notre UAI est 0863508W.

Que dois-je faire pour récupérer l'accès ?

Bien cordialement,
Mathieu Brunet
"""))

add(cat="password_reset", ok=True, uai=None, reg="na", plat="espace_acheteur", hard=True,
    notes="UAI typed 0791560T: wrong check letter (the digits give 0791560S), so no UAI; region from the ac-poitiers.fr sender. Plain forgotten password otherwise.",
    frm=("Nadine Guérin", "nadine.guerin@ac-poitiers.fr"),
    subj="Oubli mot de passe",
    date="2025-11-27 13:45", client="thunderbird",
    body=T("""
Bonjour,

J'ai oublié le mot de passe de notre compte Espace Acheteur.
Identifiant : 0791560T (lycée Paul Guérin, Niort).

Merci de m'indiquer comment le réinitialiser.

Nadine Guérin
Secrétariat d'intendance
"""))

add(cat="password_reset", ok=False, uai="0325348P", reg="occ", plat="espace_acheteur", hard=True,
    notes="Asks for the new password to be sent to her personal Gmail address, which is not on file: no automatic answer.",
    frm=("Christine Soulé", "christine.soule32@gmail.com"),
    subj="Nouveau mot de passe à envoyer sur ma boîte perso svp",
    date="2025-11-22 10:15", client="gmail",
    body=T("""
Bonjour,

Je suis gestionnaire au collège Salvandy de Condom (0325348P). J'ai perdu le mot de passe de l'Espace Acheteur et l'adresse académique sur laquelle le compte a été créé ne fonctionne plus (problème de messagerie au rectorat depuis mardi).

Pouvez-vous m'envoyer le nouveau mot de passe directement sur cette adresse gmail ? Je dois faire les commandes de fin d'année ce week-end depuis chez moi.

Merci beaucoup
Christine Soulé
"""))

add(cat="password_reset", ok=False, uai="0150149F", reg="ara", plat="espace_acheteur", hard=True,
    notes="Two topics: forgotten password (first, main) and whether the quote can be signed after its validity date (order_billing). A single template would answer only half.",
    frm=("Gilles Delpirou", "gilles.delpirou@ac-clermont.fr"),
    subj="Mot de passe + devis",
    date="2025-12-02 17:31", client="thunderbird",
    body=T("""
Bonjour,

1. Mot de passe Espace Acheteur oublié (compte du lycée Émile Duclaux,
Aurillac, UAI 0150149F). Merci de me dire comment faire.

2. Une fois connecté, je dois faire signer au proviseur le devis
D-2025-10-0512, mais il est indiqué "valable jusqu'au 30/11". Est-il
encore valable si on le signe cette semaine, ou faut-il en refaire un ?

Merci,
G. Delpirou, adjoint gestionnaire
"""))

add(cat="password_reset", ok=True, uai="0632112D", reg="ara", plat="espace_acheteur", hard=True,
    notes="The UAI appears only in the ce.<UAI>@ac-clermont.fr sender address, in lower case; the secretariat (not the head) asks for the link on that official address.",
    frm=("Secretariat", "ce.0632112d@ac-clermont.fr"),
    subj="Demande de lien mot de passe",
    date="2025-11-12 10:44", client="roundcube",
    body=T("""
Bonjour,

Le secrétariat de direction vous écrit depuis l'adresse officielle de
l'établissement. L'adjointe gestionnaire n'a plus le mot de passe du
compte Espace Acheteur. Pouvez-vous nous envoyer le lien de
réinitialisation sur cette adresse ? Nous le lui transmettrons.

Cordialement,
Le secrétariat
"""))

add(cat="password_reset", ok=True, uai="0118506L", reg="occ", plat="espace_acheteur",
    notes="No accents, typos, all lower case; clear forgotten password with the UAI.",
    frm=("jm.cazals", "jean-michel.cazals@ac-montpellier.fr"),
    subj="mot de pase oublie espace acheteur",
    date="2025-11-16 21:09", client="roundcube", charset="us-ascii",
    body=T("""
bonjour
j ai oublie le mot de pase de l espace acheteur , j ai essaye 3 fois
sans succes. uai 0118506l college de lezignan
pouvez vous me le renvoyer svp
merci
jm cazals
"""))

add(cat="password_reset", ok=False, uai="0231564A", reg="na", plat="espace_acheteur",
    notes="Reply (Outlook 'De : / Envoyé :' quote) to the automatic reset answer: the link went to the official address, which nobody can read at the moment; a person must take over (head-of-establishment procedure).",
    frm=("Pascale Aufrère", "pascale.aufrere@ac-limoges.fr"),
    subj="RE: [#SUP-032514] Mot de passe Espace Acheteur",
    date="2025-11-19 15:06", client="outlook",
    hdrs=[("In-Reply-To", "<SUP-032514.1763480000.77e0f1@assistance.example.fr>"),
          ("References", "<SUP-032514.1763480000.77e0f1@assistance.example.fr>")],
    body=T("""
Bonjour,

Merci mais la boîte ce. du collège n'est relevée que par la secrétaire de direction, en arrêt maladie jusqu'à janvier, et personne d'autre n'en a le mot de passe. Je ne peux donc pas récupérer votre lien.

Comment faire autrement ? J'ai des factures à traiter sur l'Espace Acheteur avant la clôture.

Pascale Aufrère
Collège Marouzeau, Guéret

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 18 novembre 2025 16:40
À : Pascale Aufrère <pascale.aufrere@ac-limoges.fr>
Objet : [#SUP-032514] Mot de passe Espace Acheteur

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse officielle de l'établissement 0231564A (c***@ac-l******.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
"""))

add(cat="password_reset", ok=True, uai="0403047V", reg="na", plat="esidoc",
    notes="Librarian lost the e-sidoc administration password; checking the renewal invoice is only why she needs it.",
    frm=("Marion Dupouy", "marion.dupouy@ac-bordeaux.fr"),
    subj="Accès administration e-sidoc",
    date="2025-11-09 18:22", client="apple",
    body=T("""
Bonsoir,

L'intendance me demande de vérifier sur notre espace e-sidoc la liste des ressources facturées pour 2026 avant de payer la facture de renouvellement. Mais je n'ai plus le mot de passe du compte administrateur du portail (identifiant 0403047V) : il n'est plus accepté depuis la mise à jour de la rentrée.

Pourriez-vous m'aider à le réinitialiser ?

Merci d'avance,
Marion Dupouy
Professeure documentaliste - Collège Jean Rostand, Mont-de-Marsan
"""))

add(cat="password_reset", ok=True, uai=None, reg="ara", plat="espace_acheteur",
    notes="iPhone, base64 body: account locked. No UAI; region from the ac-lyon.fr sender.",
    frm=("Sophie Garnier", "sophie.garnier2@ac-lyon.fr"),
    subj="Compte verrouillé",
    date="2025-11-29 09:58", client="iphone", cte="base64",
    body=T("""
Bonjour
Mon compte espace acheteur est verrouillé depuis ce matin (trop de tentatives). Pouvez vous le débloquer ou m'envoyer un lien pour changer le mot de passe ?
Merci
Sophie Garnier

Envoyé de mon iPhone
"""))

add(cat="password_reset", ok=True, uai="0344485R", reg="occ", plat="espace_acheteur", hard=True,
    notes="UAI written with spaces ('034 4485 R') in the signature; forgotten password.",
    frm=("Céline Barral", "celine.barral@ac-montpellier.fr"),
    subj="Réinitialisation mot de passe",
    date="2025-11-20 08:40", client="outlook",
    body=T("""
Bonjour,

Pourriez-vous réinitialiser le mot de passe de notre compte Espace Acheteur ? Je l'ai changé la semaine dernière et le nouveau n'est pas reconnu (je pense avoir fait une faute de frappe en le saisissant).

Merci,

Céline Barral
Adjointe gestionnaire
Lycée Joffre – Montpellier
UAI : 034 4485 R
"""))

add(cat="password_reset", ok=True, uai=None, reg=None, plat="espace_acheteur",
    notes="Login shared by the gestionnaire and the secretary; one changed the password and the other does not know it (FAQ case). Non-academic sender, no UAI: no region.",
    frm=("Secrétariat intendance", "intendance@lycee-saint-joseph-rodez.fr"),
    subj="Mot de passe changé par une collègue",
    date="2025-12-05 10:31", client="thunderbird",
    body=T("""
Bonjour,

Nous sommes deux à utiliser le même compte Espace Acheteur (la
gestionnaire et moi). Ma collègue a changé le mot de passe avant de partir
en formation pour trois jours et ne répond pas au téléphone. Je dois
pourtant valider une commande aujourd'hui.

Est-il possible de réinitialiser le mot de passe ? L'adresse du compte est
celle-ci, intendance@lycee-saint-joseph-rodez.fr.

Merci,
Élodie, secrétariat d'intendance
"""))

add(cat="password_reset", ok=True, uai="0464662T", reg="occ", plat="espace_acheteur", hard=True,
    notes="Agent comptable who uses several EPLE accounts of the groupement: the forgotten password is the one of the collège 0464662T; the siège 0469697R is only the signature.",
    frm=("Bernard Lagarrigue", "bernard.lagarrigue@ac-toulouse.fr"),
    subj="Mot de passe compte collège de Gramat",
    date="2025-11-14 17:55", client="zimbra",
    body=T("""
Bonjour,

En tant qu'agent comptable je me connecte aux comptes Espace Acheteur de plusieurs établissements du groupement pour suivre les factures. Pour le collège Jean Lurçat de Gramat (identifiant 0464662T), le mot de passe ne fonctionne plus. Pour les autres, aucun souci.

Pouvez-vous m'aider à le réinitialiser pour ce seul compte ?

Cordialement,
Bernard Lagarrigue
Agent comptable - Lycée Champollion, Figeac (0469697R)
"""))

add(cat="password_reset", ok=True, uai="0093083C", reg="occ", plat="espace_acheteur",
    notes="Password expired and the old one forgotten, so the change form cannot be used. Apple Mail, quoted-printable.",
    frm=("Véronique Pujol", "veronique.pujol@ac-toulouse.fr"),
    subj="Mot de passe expiré",
    date="2025-11-24 13:50", client="apple",
    body=T("""
Bonjour,

L'Espace Acheteur me demande de changer mon mot de passe car il a expiré, mais pour cela il faut saisir l'ancien… que j'ai oublié. Je tourne en rond.

Pourriez-vous me renvoyer un lien ? Établissement : collège Lakanal, Foix, 0093083C.

Bien à vous,
Véronique Pujol
"""))

add(cat="password_reset", ok=True, uai="0072237U", reg="ara", plat="espace_acheteur",
    notes="HTML-only Outlook mail (utf-8, quoted-printable): forgotten password with the UAI in the signature.",
    frm=("Fabienne Chazalon", "fabienne.chazalon@ac-grenoble.fr"),
    subj="Mot de passe oublié – Espace Acheteur",
    date="2025-12-09 08:17", client="outlook", html_only=True,
    body=T("""
Bonjour,

Je n’arrive plus à me connecter à l’Espace Acheteur : mot de passe oublié. Pouvez-vous m’indiquer la procédure ?

Merci par avance.

Fabienne Chazalon
Secrétaire d’intendance
Collège Roqua – Aubenas
UAI 0072237U
"""))

add(cat="password_reset", ok=True, uai="0249970G", reg="na", plat="espace_acheteur",
    notes="Back from long leave: password expired and the reset mail goes to a colleague who has since left; the official-address / head procedure applies.",
    frm=("Jacqueline Faure", "jacqueline.faure@ac-bordeaux.fr"),
    subj="retour de congé, plus d'accès",
    date="2025-11-04 15:12", client="thunderbird",
    body=T("""
Bonjour,

De retour après six mois de congé, je n'ai plus accès à l'Espace
Acheteur : mot de passe expiré, et quand je demande un nouveau mot de
passe le message part vers l'adresse de la collègue qui me remplaçait et
qui a quitté l'établissement fin août.

Collège Les Marches de l'Occitanie, Lamothe-Montravel - UAI 0249970G

Merci de votre aide,
Jacqueline Faure
Adjointe gestionnaire
"""))
# ==========================================================================
# automated (20)
# ==========================================================================
add(cat="automated", ok=False, uai=None, reg="na", plat=None,
    notes="Exchange Online out-of-office in French (Auto-Submitted: auto-generated, X-Auto-Response-Suppress) answering one of our ticket mails; mentions mandats. Region from the ac-bordeaux.fr sender.",
    frm=("Laetitia Bordes", "laetitia.bordes@ac-bordeaux.fr"),
    subj="Réponse automatique : [#SUP-033102] Votre commande CMD-2025-45120",
    date="2025-12-03 10:20", client="exchange",
    hdrs=[("In-Reply-To", "<SUP-033102.1764753000.0c9d11@assistance.example.fr>"),
          ("Auto-Submitted", "auto-generated"),
          ("X-Auto-Response-Suppress", "All"),
          ("X-MS-Exchange-Inbox-Rules-Loop", "laetitia.bordes@ac-bordeaux.fr")],
    body=T("""
Bonjour,

Je suis absente du 1er au 8 décembre inclus.

Pour les mandats et les paiements urgents, merci de vous adresser à l'agence comptable. Pour les commandes, votre message sera traité à mon retour.

Laetitia Bordes
Adjointe gestionnaire
"""))

add(cat="automated", ok=False, uai="0388973X", reg="ara", plat=None,
    notes="Academic webmail vacation reply (Auto-Submitted: auto-replied (zimbra; vacation)); the UAI in the signature is the label.",
    frm=("Hervé Giroud", "herve.giroud@ac-grenoble.fr"),
    subj="Absent : Re: [#SUP-033540] Bon d'engagement",
    date="2025-12-15 14:02", client="plain",
    hdrs=[("Auto-Submitted", "auto-replied (zimbra; vacation)"),
          ("In-Reply-To", "<SUP-033540.1765803600.5e2aa0@assistance.example.fr>"),
          ("Precedence", "bulk")],
    body=T("""
Bonjour,

Le service de gestion est fermé à partir du 15 décembre pour la clôture de
l'exercice. Les commandes et bons d'engagement reçus d'ici là seront
traités à la rentrée, le 5 janvier 2026.

Hervé Giroud
Adjoint gestionnaire - Lycée du Grésivaudan, Meylan - 0388973X
"""))

_orig_bounce = T("""
From: Assistance <support@assistance.example.fr>
To: Florence Maury <f.maury@cite-scolaire-montagne.fr>
Subject: [#SUP-032881] Votre facture 2025-EA-09870
Date: Mon, 17 Nov 2025 11:04:00 +0100
Message-ID: <SUP-032881.1763373840.f00d21@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Votre demande concernant la facture 2025-EA-09870 a bien =C3=A9t=C3=A9 tr=
ansmise au service comptable.

L'=C3=A9quipe d'assistance
""")
add(cat="automated", ok=False, uai=None, reg=None, plat=None,
    notes="Postfix bounce (multipart/report delivery-status, original attached, null Return-Path): the gestionnaire's address no longer exists.",
    frm=("Mail Delivery System", "MAILER-DAEMON@mail.cite-scolaire-montagne.fr"),
    return_path="<>", auth="helo",
    subj="Undelivered Mail Returned to Sender",
    date="2025-11-17 11:04", client="plain",
    hdrs=[("Auto-Submitted", "auto-replied")],
    mime=Multi("report", [
        Leaf("text/plain", T("""
This is the mail system at host mail.cite-scolaire-montagne.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<f.maury@cite-scolaire-montagne.fr>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <f.maury@cite-scolaire-montagne.fr>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""), charset="us-ascii", cte="7bit", headers=["Content-Description: Notification"]),
        Raw("message/delivery-status", T("""
Reporting-MTA: dns; mail.cite-scolaire-montagne.fr
X-Postfix-Queue-ID: 4dB7kQ1xZTz9sVm
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Mon, 17 Nov 2025 11:04:01 +0100 (CET)

Final-Recipient: rfc822; f.maury@cite-scolaire-montagne.fr
Original-Recipient: rfc822;f.maury@cite-scolaire-montagne.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 550 5.1.1 <f.maury@cite-scolaire-montagne.fr>:
    Recipient address rejected: User unknown in virtual mailbox table
"""), headers=["Content-Description: Delivery report"]),
        Raw("message/rfc822", _orig_bounce, headers=["Content-Description: Undelivered Message"]),
    ], ct_extra=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message."))

add(cat="automated", ok=False, uai=None, reg="ara", plat=None,
    notes="Exchange Online non-delivery report in French ('Non remis :'), multipart/report with an HTML explanation, from the MicrosoftExchange system address of the ac-lyon.fr tenant: region from that domain.",
    frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ac-lyon.fr"),
    return_path="<>",
    subj="Non remis : [#SUP-033015] Devis D-2025-11-0471",
    date="2025-11-28 09:13", client="plain",
    hdrs=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
          ("Thread-Topic", "[#SUP-033015] Devis D-2025-11-0471")],
    mime=Multi("report", [
        Multi("alternative", [
            Leaf("text/plain", T("""
Votre message n'a pas pu être remis à gestion.college-xxx@ac-lyon.fr, car l'adresse est introuvable ou ne peut pas recevoir de courrier.

Que dois-je faire ?
L'adresse de messagerie a peut-être été mal orthographiée ou n'existe pas. Vérifiez l'adresse et renvoyez le message.

Informations de diagnostic pour les administrateurs :
Serveur générateur : PR3P195MB0917.EURP195.PROD.OUTLOOK.COM
gestion.college-xxx@ac-lyon.fr
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""), cte="quoted-printable"),
            Leaf("text/html", T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Votre message n'a pas pu être remis à gestion.college-xxx@ac-lyon.fr.</font></b></p>
<p><font size="2" face="Tahoma">L'adresse est introuvable ou ne peut pas recevoir de courrier.</font></p>
<p><font size="2" face="Tahoma">Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'</font></p>
</body></html>
"""), cte="quoted-printable"),
        ], boundary_style="outlook"),
        Raw("message/delivery-status", T("""
Reporting-MTA: dns;PR3P195MB0917.EURP195.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Fri, 28 Nov 2025 08:13:02 +0000

Final-Recipient: rfc822;gestion.college-xxx@ac-lyon.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""")),
        Raw("text/rfc822-headers", T("""
From: Assistance <support@assistance.example.fr>
To: gestion.college-xxx@ac-lyon.fr
Subject: [#SUP-033015] Devis D-2025-11-0471
Date: Fri, 28 Nov 2025 09:12:58 +0100
Message-ID: <SUP-033015.1764317578.9ab0e4@assistance.example.fr>
""")),
    ], ct_extra=" report-type=delivery-status;", boundary_style="outlook"))

add(cat="automated", ok=False, uai=None, reg=None, plat="espace_acheteur",
    notes="Espace Acheteur no-reply notification (Auto-Submitted: auto-generated): a buyer shared a basket with the desk's address by mistake. Not written by a person.",
    frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
    return_path="<bounces+8812@espace-acheteur.example.fr>",
    subj="Un panier a été partagé avec vous",
    date="2025-11-26 15:31", client="plain",
    hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    mime=Multi("alternative", [
        Leaf("text/plain", T("""
Bonjour,

Stéphanie Moulin (Collège Victor Hugo, Lunel) a partagé le panier « Fin d'exercice - fournitures » avec vous.

Montant : 1 487,35 € TTC - 23 articles

Pour consulter ce panier, connectez-vous à l'Espace Acheteur, rubrique « Paniers partagés avec moi ».

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""")),
        Leaf("text/html", T("""
<html><body>
<p>Bonjour,</p>
<p>St&eacute;phanie Moulin (Coll&egrave;ge Victor Hugo, Lunel) a partag&eacute; le panier &laquo;&nbsp;Fin d'exercice - fournitures&nbsp;&raquo; avec vous.</p>
<p>Montant : 1&nbsp;487,35&nbsp;&euro; TTC - 23 articles</p>
<p><a href="https://espace-acheteur.example.fr/paniers/partages">Consulter le panier</a></p>
<p style="color:#888">Ce message est envoy&eacute; automatiquement, merci de ne pas y r&eacute;pondre.</p>
</body></html>
"""), cte="quoted-printable"),
    ]))

add(cat="automated", ok=False, uai=None, reg=None, plat=None,
    notes="Chorus Pro status notification (invoice rejected) reaching the desk's deposit account address: machine-generated, ignore. Chorus Pro is not one of the platforms.",
    frm=("Chorus Pro", "ne-pas-repondre@chorus-pro.gouv.fr"),
    subj="Chorus Pro - Changement de statut de la facture FA-25-019202",
    date="2025-12-04 06:02", client="plain",
    hdrs=[("Auto-Submitted", "auto-generated")],
    body=T("""
Bonjour,

Le statut de la facture suivante a été modifié :

Numéro de facture : FA-25-019202
Fournisseur : PLATEFORME ACHATS EDUCATION
Destinataire : COLLEGE PIERRE MENDES FRANCE
Montant TTC : 642,00 EUR
Nouveau statut : REJETEE
Motif : Destinataire non reconnu - code service absent

Pour consulter le détail, connectez-vous à Chorus Pro.

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
"""))

add(cat="automated", ok=False, uai=None, reg="na", plat=None,
    notes="Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-poitiers.fr sender.",
    frm=("Stéphane Rouvreau", "stephane.rouvreau@ac-poitiers.fr"),
    subj="Lu : [#SUP-033220] Devis D-2025-11-0502",
    date="2025-12-04 11:47", client="plain",
    hdrs=[("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Topic", "[#SUP-033220] Devis D-2025-11-0502")],
    mime=Multi("report", [
        Leaf("text/plain", T("""
Votre message

  À : Stéphane Rouvreau
  Objet : [#SUP-033220] Devis D-2025-11-0502
  Envoyé : jeudi 4 décembre 2025 11:20:14 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le jeudi 4 décembre 2025 11:47:02 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
"""), cte="quoted-printable"),
        Raw("message/disposition-notification", T("""
Reporting-UA: ac-poitiers.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;stephane.rouvreau@ac-poitiers.fr
Original-Message-ID: <SUP-033220.1764843614.1e7bb2@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""")),
    ], ct_extra=" report-type=disposition-notification;", boundary_style="outlook"))

add(cat="automated", ok=False, uai=None, reg=None, plat=None,
    notes="Thunderbird return receipt in French ('Accusé de réception (affiché)'), multipart/report disposition-notification; non-academic sender, no region.",
    frm=("Gestion Lycée Sainte-Marie", "gestion@lycee-sainte-marie-aurillac.fr"),
    subj="Accusé de réception (affiché) - [#SUP-032977] Avoir AV-2025-0058",
    date="2025-11-25 08:30", client="plain",
    hdrs=[("User-Agent", "Mozilla Thunderbird")],
    mime=Multi("report", [
        Leaf("text/plain", T("""
Ceci est un accusé de réception pour le courrier électronique envoyé à gestion@lycee-sainte-marie-aurillac.fr.

Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.
"""), ct_extra="; format=flowed"),
        Raw("message/disposition-notification", T("""
Reporting-UA: lycee-sainte-marie-aurillac.fr; Mozilla Thunderbird
Final-Recipient: rfc822;gestion@lycee-sainte-marie-aurillac.fr
Original-Message-ID: <SUP-032977.1764012000.3f0e19@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""")),
        Raw("text/rfc822-headers", T("""
From: Assistance <support@assistance.example.fr>
Subject: [#SUP-032977] Avoir AV-2025-0058
Message-ID: <SUP-032977.1764012000.3f0e19@assistance.example.fr>
Disposition-Notification-To: support@assistance.example.fr
""")),
    ], ct_extra=" report-type=disposition-notification;", boundary_style="thunderbird"))

add(cat="automated", ok=False, uai="0121524S", reg="occ", plat="espace_acheteur", hard=True,
    notes="A gestionnaire's real question about a Chorus Pro rejection on an Espace Acheteur invoice, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list, Sympa headers): not written to us. The UAI in her signature is the label.",
    frm=("Anne-Marie Vernhes", "anne-marie.vernhes@ac-toulouse.fr"),
    to="gestionnaires-eple@listes.ac-toulouse.fr",
    relay="listes.ac-toulouse.fr", return_path="<gestionnaires-eple-owner@listes.ac-toulouse.fr>",
    subj="[gestionnaires-eple] Rejet Chorus facture Espace Acheteur - qui a eu le cas ?",
    date="2025-11-21 12:48", client="thunderbird",
    hdrs=[("List-Id", "<gestionnaires-eple.listes.ac-toulouse.fr>"),
          ("List-Unsubscribe", "<mailto:sympa@listes.ac-toulouse.fr?subject=unsubscribe%20gestionnaires-eple>"),
          ("List-Post", "<mailto:gestionnaires-eple@listes.ac-toulouse.fr>"),
          ("Precedence", "list"),
          ("Sender", "gestionnaires-eple-request@listes.ac-toulouse.fr"),
          ("X-Loop", "gestionnaires-eple@listes.ac-toulouse.fr")],
    body=T("""
Bonjour à tous,

Est-ce que quelqu'un a déjà eu une facture de l'Espace Acheteur rejetée
par Chorus Pro avec le motif "code service absent" ? Le support de la
plateforme me dit de leur écrire mais je voudrais savoir si c'est de
notre côté (paramétrage du service dans Chorus) ou du leur.

Merci pour vos retours,

Anne-Marie Vernhes
Gestionnaire - Collège Fabre, Rodez - 0121524S

_______________________________________________
gestionnaires-eple - liste des gestionnaires d'EPLE de l'académie
https://listes.ac-toulouse.fr/sympa/info/gestionnaires-eple
"""))

add(cat="automated", ok=False, uai=None, reg=None, plat=None, hard=True,
    notes="MailInBlack sender-authentication challenge sent to the desk after we answered a school: a machine message (Auto-Submitted), not a person reporting MailInBlack, so automated rather than mailinblack_spam.",
    frm=("Mailinblack", "noreply@protect.mailinblack.com"),
    subj="Votre message est en attente de validation - authentification requise",
    date="2025-11-13 16:42", client="plain",
    hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
          ("Precedence", "junk")],
    mime=Multi("alternative", [
        Leaf("text/plain", T("""
Bonjour,

Vous avez envoyé un message à intendance@college-les-ormeaux.fr.
Ce destinataire est protégé par Mailinblack : pour que votre message lui soit remis, merci de confirmer que vous êtes un humain en cliquant sur le lien ci-dessous et en recopiant le code affiché.

https://protect.mailinblack.com/auth/?k=8f0c2a51d7

Cette opération n'est à faire qu'une seule fois.

Objet du message en attente : [#SUP-032710] Votre devis D-2025-11-0433
"""), cte="quoted-printable"),
        Leaf("text/html", T("""
<html><body style="font-family:Arial">
<p>Bonjour,</p>
<p>Vous avez envoy&eacute; un message &agrave; <b>intendance@college-les-ormeaux.fr</b>.</p>
<p>Ce destinataire est prot&eacute;g&eacute; par Mailinblack : pour que votre message lui soit remis, merci de confirmer que vous &ecirc;tes un humain.</p>
<p><a href="https://protect.mailinblack.com/auth/?k=8f0c2a51d7">Je m'authentifie</a></p>
<p>Objet du message en attente : [#SUP-032710] Votre devis D-2025-11-0433</p>
</body></html>
"""), cte="quoted-printable"),
    ]))

add(cat="automated", ok=False, uai=None, reg=None, plat=None,
    notes="Supplier marketing newsletter about year-end spending (List-Id, one-click List-Unsubscribe, Precedence: bulk). HTML with a text part.",
    frm=("Fournitures Scolaires du Sud-Ouest", "newsletter@fsso-pro.fr"),
    subj="Fin d'exercice : engagez vos crédits avant le 15 décembre !",
    date="2025-11-18 07:00", client="plain",
    hdrs=[("List-Id", "FSSO Pro - actualites <news.fsso-pro.fr>"),
          ("List-Unsubscribe", "<https://news.fsso-pro.fr/u/9e41c0>, <mailto:unsubscribe@news.fsso-pro.fr>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("Precedence", "bulk")],
    mime=Multi("alternative", [
        Leaf("text/plain", T("""
FIN D'EXERCICE 2025

Il vous reste des crédits à engager ? Profitez de -15 % sur le mobilier de CDI et les fournitures de bureau jusqu'au 15 décembre.
Facturation possible sur l'exercice en cours, dépôt Chorus Pro inclus.

Voir les offres : https://news.fsso-pro.fr/c/fin-exercice

Vous recevez ce message car vous êtes inscrit à la lettre FSSO Pro. Se désinscrire : https://news.fsso-pro.fr/u/9e41c0
"""), cte="quoted-printable"),
        Leaf("text/html", T("""
<!DOCTYPE html><html><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<h1 style="color:#b3001b">Fin d'exercice 2025</h1>
<p>Il vous reste des cr&eacute;dits &agrave; engager ? <b>-15&nbsp;%</b> sur le mobilier de CDI et les fournitures de bureau jusqu'au 15 d&eacute;cembre.</p>
<p><a href="https://news.fsso-pro.fr/c/fin-exercice">Voir les offres</a></p>
<p style="font-size:10px"><a href="https://news.fsso-pro.fr/u/9e41c0">Se d&eacute;sinscrire</a></p>
</td></tr></table></body></html>
"""), cte="quoted-printable"),
    ]))

add(cat="automated", ok=False, uai=None, reg=None, plat=None, lang="en",
    notes="English Gmail vacation responder (Auto-Submitted: auto-replied) from a private international school's bursar.",
    frm=("James Whitfield", "bursar.jwhitfield@gmail.com"),
    subj="Out of office: Re: [#SUP-033399] Your quote",
    date="2025-12-12 17:26", client="plain",
    hdrs=[("Auto-Submitted", "auto-replied"),
          ("In-Reply-To", "<SUP-033399.1765556700.bb4c07@assistance.example.fr>")],
    mime=Multi("alternative", [
        Leaf("text/plain", T("""
Thank you for your email. I am out of the office until Monday 5 January 2026 with limited access to email.

For urgent payment matters please contact the school office.

James Whitfield
Bursar
"""), charset="UTF-8", cte="7bit"),
        Leaf("text/html", T("""
<div dir="ltr">Thank you for your email. I am out of the office until Monday 5 January 2026 with limited access to email.<br><br>For urgent payment matters please contact the school office.<br><br>James Whitfield<br>Bursar</div>
"""), charset="UTF-8", cte="7bit"),
    ], boundary_style="gmail"))

add(cat="automated", ok=False, uai=None, reg=None, plat="esignature", hard=True,
    notes="E-signature 'completed' notification for a quote: transactional mail without Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic.",
    frm=("Signature électronique", "no-reply@signature.example.fr"),
    subj="Document signé : Devis D-2025-11-0502",
    date="2025-12-05 09:04", client="plain",
    mime=Multi("alternative", [
        Leaf("text/plain", T("""
Bonjour,

Le document « Devis D-2025-11-0502 – Renouvellement abonnements 2026 » a été signé par tous les signataires :

  - Stéphane Rouvreau, adjoint gestionnaire – signé le 04/12/2025 à 11:52
  - Claire Dumas, proviseure – signée le 05/12/2025 à 09:03

Le document signé et son dossier de preuve sont disponibles pendant 30 jours :
https://signature.example.fr/d/6c1f0a93

Cet e-mail a été envoyé automatiquement.
"""), cte="quoted-printable"),
        Leaf("text/html", T("""
<html><body>
<p>Bonjour,</p>
<p>Le document <b>&laquo; Devis D-2025-11-0502 &ndash; Renouvellement abonnements 2026 &raquo;</b> a &eacute;t&eacute; sign&eacute; par tous les signataires.</p>
<p><a href="https://signature.example.fr/d/6c1f0a93">T&eacute;l&eacute;charger le document sign&eacute;</a></p>
<p style="color:#999">Cet e-mail a &eacute;t&eacute; envoy&eacute; automatiquement.</p>
</body></html>
"""), cte="quoted-printable"),
    ]))

add(cat="automated", ok=False, uai=None, reg=None, plat="ticket_portal",
    notes="Ticket-portal notification (Auto-Submitted: auto-generated): a ticket the desk opened about an invoice was updated.",
    frm=("Portail tickets", "notifications@tickets.example.fr"),
    subj="[T-2025-18722] Nouveau commentaire : facture non reçue par le client",
    date="2025-11-20 14:15", client="plain",
    hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
          ("X-Ticket-Id", "T-2025-18722")],
    body=T("""
Un nouveau commentaire a été ajouté au ticket T-2025-18722.

Auteur : Service facturation
Statut : En cours

« La facture 2025-EA-09870 a été renvoyée au client le 20/11 par courrier électronique. »

Pour répondre, connectez-vous au portail : https://tickets.example.fr/t/T-2025-18722

-- 
Ne répondez pas à ce message.
"""))

add(cat="automated", ok=False, uai=None, reg=None, plat=None,
    notes="Delay warning from our own relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic.",
    frm=("Mail Delivery System", "MAILER-DAEMON@mx1.assistance.example.fr"),
    return_path="<>", auth="local",
    subj="Delayed Mail (still being retried)",
    date="2025-12-10 13:22", client="plain",
    hdrs=[("Auto-Submitted", "auto-replied")],
    mime=Multi("report", [
        Leaf("text/plain", T("""
This is the mail system at host mx1.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<intendance.lycee-lapeyrouse@ac-toulouse.fr>: connect to
    mx.ac-toulouse.fr[192.0.2.45]:25: Connection timed out
"""), charset="us-ascii", cte="7bit", headers=["Content-Description: Notification"]),
        Raw("message/delivery-status", T("""
Reporting-MTA: dns; mx1.assistance.example.fr
X-Postfix-Queue-ID: 4dQ2nM0k1Gz7fRb
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Wed, 10 Dec 2025 09:14:40 +0100 (CET)

Final-Recipient: rfc822; intendance.lycee-lapeyrouse@ac-toulouse.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.ac-toulouse.fr[192.0.2.45]:25:
    Connection timed out
Will-Retry-Until: Mon, 15 Dec 2025 09:14:40 +0100 (CET)
"""), headers=["Content-Description: Delivery report"]),
        Raw("text/rfc822-headers", T("""
From: Assistance <support@assistance.example.fr>
To: intendance.lycee-lapeyrouse@ac-toulouse.fr
Subject: [#SUP-033611] Votre bon de commande
Date: Wed, 10 Dec 2025 09:14:39 +0100
Message-ID: <SUP-033611.1765354479.0a7c55@assistance.example.fr>
"""), headers=["Content-Description: Undelivered Message Headers"]),
    ], ct_extra=" report-type=delivery-status;"))

add(cat="automated", ok=False, uai=None, reg="ara", plat=None, hard=True,
    notes="Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic. Mentions purchase orders. Region from the ac-clermont.fr sender.",
    frm=("Denis Fayolle", "denis.fayolle@ac-clermont.fr"),
    subj="Absence du 24 au 28 novembre",
    date="2025-11-24 08:01", client="thunderbird",
    body=T("""
Bonjour,

Je suis en formation Op@le du 24 au 28 novembre et ne consulte pas ma
messagerie.

Pour les bons de commande urgents, merci de contacter Mme Chassang au
secrétariat d'intendance. Pour les questions de paiement, l'agence
comptable.

Ceci est un message automatique.

Denis Fayolle
Adjoint gestionnaire - Lycée Virlogeux, Riom
"""))

add(cat="automated", ok=False, uai=None, reg=None, plat=None, hard=True,
    notes="Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
    frm=("Mail Delivery System", "Mailer-Daemon@mail.lpa-cantal.fr"),
    return_path="<>", auth="helo",
    subj="Mail delivery failed: returning message to sender",
    date="2025-12-16 10:48", client="plain",
    body=T("""
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  comptabilite@lpa-cantal.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
To: comptabilite@lpa-cantal.fr
Subject: [#SUP-033702] Facture 2025-EA-10988 - avoir
Date: Tue, 16 Dec 2025 10:40:12 +0100
Message-ID: <SUP-033702.1765878012.d2c0f8@assistance.example.fr>

Bonjour,

Vous trouverez l'avoir demandé dans votre espace client.

L'équipe d'assistance
"""))

add(cat="automated", ok=False, uai=None, reg="occ", plat=None,
    notes="Outlook 'Non lu :' notice (message deleted without being read), disposition-notification; region from the ac-montpellier.fr sender.",
    frm=("Régis Bonnafous", "regis.bonnafous@ac-montpellier.fr"),
    subj="Non lu : [#SUP-033450] Votre relevé de compte",
    date="2025-12-17 18:05", client="plain",
    hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
    mime=Multi("report", [
        Leaf("text/plain", T("""
Votre message

  À : Régis Bonnafous
  Objet : [#SUP-033450] Votre relevé de compte
  Envoyé : lundi 8 décembre 2025 10:02:31 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été supprimé sans avoir été lu le mercredi 17 décembre 2025 18:05:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
"""), cte="quoted-printable"),
        Raw("message/disposition-notification", T("""
Reporting-UA: ac-montpellier.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;regis.bonnafous@ac-montpellier.fr
Original-Message-ID: <SUP-033450.1765184551.6d01ee@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; deleted
""")),
    ], ct_extra=" report-type=disposition-notification;", boundary_style="outlook"))

add(cat="automated", ok=False, uai=None, reg="occ", plat=None,
    notes="Another help desk's acknowledgement (the rectorat's finance-assistance platform) of a message the desk sent it; Auto-Submitted and X-Loop: answering would start a mail loop. Region from the ac-montpellier.fr sender.",
    frm=("Assistance DAF - Rectorat", "assistance-daf@ac-montpellier.fr"),
    subj="[DAF-2025-004471] Accusé de réception de votre demande",
    date="2025-11-12 09:31", client="plain",
    hdrs=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance-daf@ac-montpellier.fr"),
          ("X-Auto-Response-Suppress", "All")],
    body=T("""
Bonjour,

Votre demande a bien été enregistrée sous la référence DAF-2025-004471.
Elle sera traitée par le pôle "Dépenses des EPLE" dans les meilleurs
délais. En période de clôture budgétaire, le délai de traitement peut
atteindre 10 jours ouvrés.

Merci de rappeler cette référence dans tout échange.

Ceci est un message automatique, merci de ne pas y répondre.
"""))

add(cat="automated", ok=False, uai="0382707L", reg="ara", plat=None,
    notes="Exchange out-of-office of the agent comptable (Auto-Submitted, X-Auto-Response-Suppress) answering our reply about his suspended invoice; UAI in his auto-reply signature.",
    frm=("Agence comptable Lycée Champollion", "ac.champollion@ac-grenoble.fr"),
    subj="Réponse automatique : [#SUP-033301] Facture sans numéro de bon de commande",
    date="2025-12-01 09:10", client="exchange",
    hdrs=[("In-Reply-To", "<SUP-033301.1764576540.2f9c61@assistance.example.fr>"),
          ("Auto-Submitted", "auto-generated"),
          ("X-Auto-Response-Suppress", "All")],
    body=T("""
Bonjour,

L'agence comptable est fermée au public du 1er au 3 décembre (arrêté des comptes).

Rappel : les factures doivent être déposées exclusivement sur Chorus Pro et comporter le numéro d'engagement juridique. Les factures adressées par courriel ne seront pas traitées.

Agence comptable
Lycée Champollion – Grenoble (UAI 0382707L)
"""))
# ==========================================================================
# other (14)
# ==========================================================================
add(cat="other", ok=False, uai="0175596R", reg="na", plat=None, hard=True,
    notes="Thanks only, quoting our credit-note answer (Gmail French quote): 'avoir' and 'facture' appear but nothing is asked. The quoted answer concerns Espace Acheteur but the new text names no product.",
    frm=("Claire Sabourin", "claire.sabourin@ac-poitiers.fr"),
    subj="Re: [#SUP-032977] Avoir AV-2025-0058",
    date="2025-11-26 11:09", client="gmail",
    hdrs=[("In-Reply-To", "<SUP-032977.1764012000.3f0e19@assistance.example.fr>"),
          ("References", "<SUP-032977.1764012000.3f0e19@assistance.example.fr>")],
    body=T("""
Bonjour,

C'est bien reçu, merci beaucoup pour votre réactivité. Vous pouvez clôturer la demande.

Bonne journée,
Claire Sabourin
Lycée Merleau-Ponty, Rochefort - 0175596R

Le mar. 25 nov. 2025 à 08:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> L'avoir AV-2025-0058 d'un montant de 96,00 EUR est disponible dans votre
> Espace Acheteur (Documents > Factures et avoirs). Il vient en déduction de
> la facture 2025-EA-09655.
>
> Cordialement,
> L'équipe d'assistance
"""))

add(cat="other", ok=False, uai=None, reg=None, plat=None, hard=True,
    notes="Phishing dressed as a Chorus Pro rejection ('reconnectez-vous pour éviter la suspension'); look-alike domain chorus-pro-gouv.info, SPF and DMARC fail. Not order_billing, and no region.",
    frm=("Chorus Pro - Service facturation", "notification@chorus-pro-gouv.info"),
    auth="fail",
    subj="Action requise : votre facture a été rejetée",
    date="2025-11-30 23:47", client="plain",
    mime=Multi("alternative", [
        Leaf("text/plain", T("""
Cher utilisateur,

Votre facture n° FR-88412 a été rejetée suite à une anomalie de vos coordonnées.
Pour éviter la suspension de votre compte Chorus Pro sous 24h, veuillez vous reconnecter et confirmer vos identifiants :

https://chorus-pro-gouv.info/connexion/valider

Service facturation Chorus Pro
"""), cte="quoted-printable"),
        Leaf("text/html", T("""
<html><body>
<p>Cher utilisateur,</p>
<p>Votre facture n&deg; FR-88412 a &eacute;t&eacute; <b style="color:red">rejet&eacute;e</b> suite &agrave; une anomalie de vos coordonn&eacute;es.</p>
<p>Pour &eacute;viter la suspension de votre compte Chorus Pro sous 24h, veuillez vous reconnecter :</p>
<p><a href="https://chorus-pro-gouv.info/connexion/valider">Confirmer mes identifiants</a></p>
</body></html>
"""), cte="quoted-printable"),
    ]))

add(cat="other", ok=False, uai=None, reg=None, plat=None, hard=True,
    notes="Bank-detail fraud (fake supplier asking to change its IBAN, urgency, Reply-To on a free-mail address). Mentions invoices and payments, but it is fraud: other.",
    frm=("Service Comptabilité - Diffusion Livres Éducation", "comptabilite@diffusion-livres-education.com"),
    reply_to="dle.comptabilite@outlook.fr", auth="softfail",
    subj="Changement de coordonnées bancaires - URGENT",
    date="2025-12-08 07:12", client="outlook",
    attach=[attachment("Nouveau_RIB_DLE.pdf")],
    body=T("""
Bonjour,

Suite à un audit interne, notre société a changé d'établissement bancaire. Merci de mettre à jour nos coordonnées dans vos fichiers fournisseurs avant le prochain règlement de fin d'année.

Toutes les factures en attente doivent désormais être réglées sur le nouveau compte (RIB joint). Les paiements envoyés sur l'ancien compte seront rejetés.

Merci de nous confirmer la prise en compte par retour de mail.

Cordialement,
Service Comptabilité
"""))

add(cat="other", ok=False, uai=None, reg=None, plat=None,
    notes="Cold sales prospecting about year-end budgets (library furniture), written to one person, no list headers: other, not automated.",
    frm=("Julien Marchetti", "j.marchetti@mobilier-cdi-pro.fr"),
    subj="Vos crédits de fin d'année - mobilier CDI",
    date="2025-11-10 10:00", client="outlook",
    body=T("""
Bonjour,

À l'approche de la clôture budgétaire, de nombreux établissements nous sollicitent pour utiliser leurs crédits restants. Nous proposons des rayonnages, bacs à albums et assises pour CDI, livrables avant le 19 décembre, avec facturation immédiate.

Seriez-vous disponible 15 minutes cette semaine pour un échange téléphonique ?

Bien cordialement,
Julien Marchetti
Chargé d'affaires Sud-Ouest
Mobilier CDI Pro
"""))

add(cat="other", ok=False, uai=None, reg=None, plat=None,
    notes="A parent asks how to pay the school trip instalment: wrong address, unrelated.",
    frm=("famille.delmas", "famille.delmas@orange.fr"),
    subj="paiement voyage scolaire",
    date="2025-11-15 20:33", client="roundcube",
    body=T("""
Bonjour

je voudrais payer le 2eme acompte du voyage en Espagne de ma fille
(4eme B) mais je ne trouve pas comment faire un virement, il n'y a pas
de RIB sur le courrier. Est-ce qu'on peut payer par carte ?

Cordialement
M. Delmas
"""))

add(cat="other", ok=False, uai=None, reg=None, plat=None, lang="en",
    notes="English spam: fake overdue invoice with a suspicious link.",
    frm=("Accounts Receivable", "billing@invoice-notice-center.net"),
    auth="fail",
    subj="Invoice #INV-30291 overdue - final notice",
    date="2025-12-02 03:14", client="plain",
    body=T("""
Dear Customer,

Our records show that invoice #INV-30291 for $1,840.00 is now 30 days overdue.
Please review and settle the outstanding balance using the secure link below
to avoid late fees:

http://invoice-notice-center.net/pay?id=30291

Regards,
Accounts Receivable Department
"""))

add(cat="other", ok=False, uai=None, reg=None, plat=None,
    notes="Unsolicited job application for a secrétaire d'intendance position, CV attached.",
    frm=("Amandine Lesage", "amandine.lesage87@laposte.net"),
    subj="Candidature spontanée - secrétaire d'intendance",
    date="2025-11-08 14:22", client="gmail",
    attach=[attachment("CV_Amandine_Lesage.pdf")],
    body=T("""
Madame, Monsieur,

Titulaire d'un BTS Comptabilité et forte de cinq ans d'expérience comme secrétaire d'intendance en collège, je me permets de vous adresser ma candidature pour tout poste en gestion ou comptabilité au sein de votre structure.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un entretien.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Amandine Lesage
"""))

add(cat="other", ok=False, uai=None, reg=None, plat="espace_acheteur",
    notes="GDPR erasure request from a retired agent comptable for his Espace Acheteur personal data: other (human review), not account_creation.",
    frm=("Pierre Cassagne", "pierre.cassagne@free.fr"),
    subj="Suppression de mes données personnelles",
    date="2025-11-19 16:48", client="thunderbird",
    body=T("""
Madame, Monsieur,

Agent comptable retraité depuis le 1er octobre, j'avais un compte
nominatif sur l'Espace Acheteur pour suivre les factures des
établissements de mon ancien groupement.

Conformément au RGPD, je vous demande de supprimer mon compte et
l'ensemble des données personnelles me concernant, et de me confirmer
cette suppression.

Pierre Cassagne
"""))

add(cat="other", ok=False, uai=None, reg="ara", plat=None,
    notes="Angry follow-up that says nothing about the topic: no category can be told. Region from the ac-lyon.fr sender.",
    frm=("Nicolas Perret", "nicolas.perret@ac-lyon.fr"),
    subj="3ème relance !!!",
    date="2025-12-12 16:59", client="outlook",
    body=T("""
Bonjour,

C'est la troisième fois que j'écris et toujours aucune réponse. On est à une semaine de la clôture. Est-ce que quelqu'un lit ces messages ?

N. Perret
"""))

add(cat="other", ok=False, uai=None, reg="na", plat="espace_acheteur",
    notes="Wants to register for the platform's year-end webinar; the registration link fails. Region from the ac-limoges.fr sender.",
    frm=("Corinne Peyrat", "corinne.peyrat@ac-limoges.fr"),
    subj="Inscription webinaire clôture",
    date="2025-11-13 13:37", client="zimbra",
    body=T("""
Bonjour,

J'ai reçu l'invitation au webinaire "Espace Acheteur : réussir sa fin d'exercice" du 20 novembre, mais le lien d'inscription renvoie vers une page d'erreur.

Pouvez-vous m'inscrire directement ? Corinne Peyrat, adjointe gestionnaire au collège d'Eymoutiers.

Merci !
"""))

add(cat="other", ok=False, uai=None, reg="occ", plat=None,
    notes="Asks for the desk's opening hours over the Christmas holidays: a general question with no category of its own. Region from the ac-toulouse.fr sender.",
    frm=("Maryse Baylac", "maryse.baylac@ac-toulouse.fr"),
    subj="Horaires pendant les vacances de Noël",
    date="2025-12-16 12:25", client="thunderbird",
    body=T("""
Bonjour,

Votre service d'assistance sera-t-il ouvert entre le 22 décembre et le
2 janvier ? Nous travaillons à l'intendance jusqu'au 23 et je voudrais
savoir si je pourrai vous joindre en cas de souci.

Merci,
Maryse Baylac
"""))

add(cat="other", ok=False, uai=None, reg=None, plat="espace_acheteur", lang="en",
    notes="English: a publisher asks how to become a referenced supplier on the purchasing platform: other.",
    frm=("Rachel Dunmore", "rachel.dunmore@brightleaf-books.co.uk"),
    subj="Becoming a supplier on your purchasing platform",
    date="2025-11-27 10:41", client="apple",
    body=T("""
Dear team,

We are a UK publisher of graded readers and several French secondary schools have asked whether they can order our titles through your Espace Acheteur.

What is the process for becoming a referenced supplier? Is there a call for tenders we should answer, or a form to fill in?

Kind regards,
Rachel Dunmore
Export Sales Manager, Brightleaf Books
"""))

add(cat="other", ok=False, uai=None, reg=None, plat=None, hard=True,
    notes="Internal information from the platform's finance contact (closure dates, credit notes in January): about billing, but nothing is asked and no customer request to handle.",
    frm=("Agnès Perrot", "compta-clients@espace-acheteur.example.fr"),
    subj="Pour info : fermeture comptabilité clients pendant les fêtes",
    date="2025-12-11 17:20", client="outlook",
    body=T("""
Bonjour à tous,

Pour information, la comptabilité clients sera fermée du 24 décembre au 2 janvier inclus. Les avoirs demandés après le 19 décembre seront émis la semaine du 5 janvier, et les relances automatiques sont suspendues pendant cette période.

Vous pouvez le dire aux établissements qui vous écrivent à ce sujet.

Bonnes fêtes en avance,
Agnès
"""))

add(cat="other", ok=False, uai=None, reg="na", plat=None, hard=True,
    notes="Question about the Op@le accounting software itself (partial 'service fait'), sent to the wrong help desk: accounting vocabulary but nothing about our services.",
    frm=("Jean-Luc Bouty", "jean-luc.bouty@ac-limoges.fr"),
    subj="Op@le - service fait partiel",
    date="2025-11-21 15:44", client="outlook",
    body=T("""
Bonjour,

Dans Op@le, comment constater un service fait partiel sur un engagement juridique (livraison en deux fois) sans solder l'EJ ? Le guide utilisateur n'est pas clair et l'assistance académique ne répond pas.

Merci d'avance,
Jean-Luc Bouty
Gestionnaire, collège de Bort-les-Orgues
"""))
# ==========================================================================
# missing_noreply_mail (15)
# ==========================================================================
add(cat="missing_noreply_mail", ok=True, uai="0479315V", reg="na", plat="espace_acheteur",
    notes="The order-confirmation mail never arrived after validating an order; the order itself is only context. No anti-spam product named.",
    frm=("Hélène Castaing", "helene.castaing@ac-bordeaux.fr"),
    subj="Pas de mail de confirmation de commande",
    date="2025-11-18 10:22", client="thunderbird",
    body=T("""
Bonjour,

J'ai validé hier la commande CMD-2025-43377 sur l'Espace Acheteur. Elle
apparaît bien dans mon historique, mais je n'ai reçu aucun mail de
confirmation, ni dans la boîte de réception ni dans les indésirables.
J'en ai besoin pour le dossier de l'agent comptable (il veut la
confirmation avec le bon de commande).

Lycée Jean Monnet, Villeneuve-sur-Lot - UAI 0479315V

Merci,
Hélène Castaing
"""))

add(cat="missing_noreply_mail", ok=True, uai="0793381W", reg="na", plat="espace_acheteur",
    notes="The 'facture disponible' notifications stopped in early November although other mails from the platform arrive.",
    frm=("Gestion Collège Fontanes", "gestion.fontanes@ac-poitiers.fr"),
    subj="Plus de notification 'facture disponible'",
    date="2025-11-25 14:10", client="outlook",
    body=T("""
Bonjour,

Depuis début novembre nous ne recevons plus les mails "Votre facture est disponible" de l'Espace Acheteur. Les factures sont bien dans notre espace (on les a trouvées par hasard), mais sans notification on risque de dépasser le délai de paiement.

Les autres mails de la plateforme (confirmations de commande) arrivent normalement. Nous avons regardé dans les courriers indésirables : rien.

Collège Fontanes, Niort – 0793381W
"""))

add(cat="missing_noreply_mail", ok=True, uai="0426408M", reg="ara", plat="espace_acheteur",
    notes="New gestionnaire never received the activation mail after signing up; no anti-spam product named.",
    frm=("Laure Mathevet", "laure.mathevet@ac-lyon.fr"),
    subj="Mail d'activation non reçu",
    date="2025-11-07 11:48", client="gmail",
    body=T("""
Bonjour,

Je suis la nouvelle gestionnaire du collège Honoré d'Urfé à Saint-Étienne (0426408M). J'ai rempli le formulaire d'inscription à l'Espace Acheteur mardi, le site m'a dit qu'un mail d'activation allait m'être envoyé, mais je n'ai rien reçu depuis trois jours, même dans les spams.

Pouvez-vous me le renvoyer ?

Laure Mathevet
"""))

add(cat="missing_noreply_mail", ok=True, uai="0812459H", reg="occ", plat="espace_acheteur", hard=True,
    notes="Names MailInBlack only to say the school no longer uses it (removed in September): missing_noreply_mail, not mailinblack_spam.",
    frm=("Thierry Esquirol", "thierry.esquirol@ac-toulouse.fr"),
    subj="Aucun mail de la plateforme depuis la rentrée",
    date="2025-11-20 09:05", client="thunderbird",
    body=T("""
Bonjour,

Nous ne recevons plus aucun mail automatique de l'Espace Acheteur
(confirmations de commande, factures disponibles) depuis la rentrée.

Avant qu'on me le demande : nous n'avons PLUS MailInBlack, le
Département l'a retiré des collèges en septembre, donc ce n'est pas ça.
Rien non plus dans les indésirables de la messagerie académique.

Collège Augustin Malroux, Blaye-les-Mines - 0812459H

Thierry Esquirol
Adjoint gestionnaire
"""))

add(cat="missing_noreply_mail", ok=True, uai=None, reg="ara", plat="espace_acheteur", lang="en",
    notes="English; order-confirmation mails from the no-reply address never arrive. No UAI; region from the ac-grenoble.fr sender.",
    frm=("Paul Hendricks", "paul.hendricks@ac-grenoble.fr"),
    subj="No order confirmation emails",
    date="2025-12-01 12:30", client="outlook",
    body=T("""
Hello,

I placed three orders on the Espace Acheteur last week and did not receive any confirmation email for any of them. I checked my junk folder and asked our IT department, nothing was blocked on their side as far as they can tell.

Could you check that emails are being sent to the right address?

Regards,
Paul Hendricks
Lycée international Europole, Grenoble
"""))

add(cat="missing_noreply_mail", ok=False, uai="0198219F", reg="na", plat="espace_acheteur",
    notes="Reply (Outlook '-----Message d'origine-----') after the junk-folder answer: still nothing after 48 h, asks for escalation. The template was already sent: a person must follow up.",
    frm=("Monique Lachaud", "monique.lachaud@ac-limoges.fr"),
    subj="RE: [#SUP-032605] Mail de confirmation non reçu",
    date="2025-11-17 08:46", client="outlook",
    hdrs=[("In-Reply-To", "<SUP-032605.1763105400.4b1e02@assistance.example.fr>"),
          ("References", "<SUP-032605.1763105400.4b1e02@assistance.example.fr>")],
    body=T("""
Bonjour,

J'ai fait tout ce que vous disiez (indésirables, ajout de l'adresse no-reply dans les contacts), et 48 heures après toujours rien. Je n'ai pas reçu le mail de confirmation de ma commande de jeudi.

Pouvez-vous transmettre à quelqu'un qui peut regarder ?

Monique Lachaud
Collège Léon Dautrement, Ussel – 0198219F

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 14 novembre 2025 08:30
À : Monique Lachaud <monique.lachaud@ac-limoges.fr>
Objet : [#SUP-032605] Mail de confirmation non reçu

Bonjour,

Les messages de la plateforme partent de l'adresse no-reply@espace-acheteur.example.fr. Vérifiez votre dossier de courriers indésirables et ajoutez cette adresse à vos contacts. Sans nouvelles dans 48 h, nous transmettrons votre demande à votre région.

L'équipe d'assistance
"""))

add(cat="missing_noreply_mail", ok=True, uai="0306168S", reg="occ", plat="espace_acheteur", hard=True,
    notes="Reads like a password problem, but the 'forgotten password' tool says the mail is sent and it never arrives: missing_noreply_mail per the taxonomy.",
    frm=("Stéphanie Roure", "stephanie.roure@ac-montpellier.fr"),
    subj="Mot de passe : le mail n'arrive jamais",
    date="2025-11-11 16:19", client="apple",
    body=T("""
Bonjour,

J'ai cliqué quatre fois sur « mot de passe oublié » sur l'Espace Acheteur. À chaque fois le site affiche « un e-mail vous a été envoyé », mais rien n'arrive : ni en réception, ni en indésirables. L'adresse est la bonne, c'est celle sur laquelle je reçois vos factures.

Collège Diderot, Alès (0306168S)

Stéphanie Roure
"""))

add(cat="missing_noreply_mail", ok=True, uai="0735628W", reg="ara", plat="esignature", hard=True,
    notes="The e-signature invitation for a quote never reached the head; the quote is context. Missing no-reply mail on the e-signature platform, no anti-spam product named.",
    frm=("Gaëlle Perrier", "gaelle.perrier@ac-grenoble.fr"),
    subj="Mail de signature du devis jamais reçu",
    date="2025-12-03 10:57", client="outlook",
    body=T("""
Bonjour,

Vous nous avez indiqué le 28/11 que le devis D-2025-11-0520 avait été envoyé pour signature électronique à M. le Principal. Il n'a jamais reçu le mail d'invitation à signer (rien dans ses indésirables non plus), et je ne peux pas signer à sa place.

Pouvez-vous renvoyer l'invitation ? Nous aimerions engager avant le 10.

Gaëlle Perrier
Gestionnaire - Collège Jules Ferry, Chambéry - 0735628W
"""))

add(cat="missing_noreply_mail", ok=True, uai="0347070A", reg="occ", plat="espace_acheteur",
    notes="The 'basket to validate' notifications never reach the shared intendance mailbox; no anti-spam product named.",
    frm=("Intendance Lycée Jean Mermoz", "intendance.mermoz@ac-montpellier.fr"),
    subj="notifications de panier à valider",
    date="2025-11-28 15:35", client="zimbra",
    body=T("""
Bonjour,

Les professeurs préparent leurs paniers et les soumettent pour validation, mais la boîte de l'intendance ne reçoit jamais la notification "Un panier attend votre validation". On découvre les paniers en allant voir sur la plateforme, parfois avec une semaine de retard.

C'est cette adresse (intendance.mermoz@ac-montpellier.fr) qui est déclarée comme valideur.

Lycée Jean Mermoz, Montpellier - 0347070A
"""))

add(cat="missing_noreply_mail", ok=True, uai="0231246E", reg="na", plat="espace_acheteur",
    notes="HTML-only Outlook (windows-1252, quoted-printable): no order acknowledgement mail since the new order form.",
    frm=("Sylvie Lamoure", "sylvie.lamoure@ac-limoges.fr"),
    subj="Accusé de réception de commande non reçu",
    date="2025-12-08 13:02", client="outlook", html_only=True, charset="windows-1252",
    body=T("""
Bonjour,

Depuis la mise à jour du formulaire de commande, nous ne recevons plus l’accusé de réception de commande par mail. Les deux dernières commandes (1 240 € et 385 €) sont bien enregistrées, mais aucun mail.

Nous avons vérifié les courriers indésirables et les règles de la boîte.

Merci de votre aide.

Sylvie Lamoure
Collège Jules Marouzeau – Guéret
UAI 0231246E
"""))

add(cat="missing_noreply_mail", ok=True, uai=None, reg=None, plat="espace_acheteur",
    notes="Samsung mail, base64 bodies: activation mail not received. Gmail sender, no UAI: no region.",
    frm=("Céline Moreau", "celine.moreau.gestion@gmail.com"),
    subj="mail activation",
    date="2025-11-23 19:40", client="android",
    body=T("""
Bonsoir, je me suis inscrite vendredi sur l espace acheteur pour ma nouvelle fonction de secrétaire de gestion mais je n ai jamais reçu le mail pour activer le compte. Merci de me le renvoyer
Céline Moreau

Envoyé depuis mon smartphone Samsung Galaxy.
"""))

add(cat="missing_noreply_mail", ok=True, uai="0642105R", reg="na", plat="espace_acheteur",
    notes="IT of the lycée asks for the exact no-reply sender and relay to allow on the firewall (Stormshield); no MailInBlack named.",
    frm=("Informatique Lycée Saint-Cricq", "informatique.saintcricq@ac-bordeaux.fr"),
    subj="Adresse expéditeur des mails automatiques à autoriser",
    date="2025-11-05 09:33", client="thunderbird",
    body=T("""
Bonjour,

L'intendance ne reçoit pas vos mails automatiques (confirmations de
commande, factures disponibles). Nous avons un filtrage sur notre
pare-feu Stormshield pour le serveur de messagerie interne.

Pouvez-vous nous donner l'adresse exacte d'expédition et si possible les
serveurs d'envoi, pour que nous les ajoutions en liste blanche ?

Cordialement,
Service informatique
Lycée Saint-Cricq, Pau - 0642105R
"""))

add(cat="missing_noreply_mail", ok=True, uai="0868437D", reg="na", plat="espace_acheteur",
    notes="The monthly 'relevé de factures' mail from the no-reply address stopped after September.",
    frm=("Agnès Berthonneau", "agnes.berthonneau@ac-poitiers.fr"),
    subj="Relevé mensuel des factures",
    date="2025-11-12 08:58", client="outlook",
    body=T("""
Bonjour,

Nous recevions chaque début de mois un relevé récapitulatif de nos factures (mail automatique de l'Espace Acheteur). Le dernier reçu date de septembre : rien en octobre ni en novembre. Notre agent comptable s'en servait pour le rapprochement.

L'abonnement au relevé est toujours coché dans nos préférences.

Agnès Berthonneau
Lycée Marcelin Berthelot, Châtellerault (0868437D)
"""))

add(cat="missing_noreply_mail", ok=True, uai="0389670E", reg="ara", plat="espace_acheteur",
    notes="Apple Mail, quoted-printable: sign-up confirmation for a new secrétaire d'intendance never received.",
    frm=("Émilie Rostaing", "emilie.rostaing@ac-grenoble.fr"),
    subj="Confirmation d'inscription non reçue",
    date="2025-11-14 12:05", client="apple",
    body=T("""
Bonjour,

Arrivée le 10 novembre comme secrétaire d’intendance au collège Le Grand Som (Saint-Laurent-du-Pont, 0389670E), je me suis inscrite sur l’Espace Acheteur pour préparer les commandes. Le mail de confirmation d’inscription n’est jamais arrivé.

Bien cordialement,
Émilie Rostaing
"""))

add(cat="missing_noreply_mail", ok=False, uai="0695615D", reg="ara", plat="espace_acheteur", hard=True,
    notes="Two topics: order confirmation never received (first, main) and whether the order will be invoiced on 2025 (order_billing). One template would answer only half.",
    frm=("Farid Benali", "farid.benali@ac-lyon.fr"),
    subj="Confirmation de commande + facturation 2025",
    date="2025-12-04 11:21", client="thunderbird",
    body=T("""
Bonjour,

Je n'ai pas reçu le mail de confirmation pour la commande validée lundi
(CMD-2025-45301), rien dans les indésirables.

Et au passage : cette commande sera-t-elle bien facturée en décembre ?
Notre exercice se clôt le 12, je ne peux pas la laisser en reste à payer.

Merci,
Farid Benali
Lycée Ampère, Lyon - 0695615D
"""))
# ==========================================================================
# mailinblack_spam (11)
# ==========================================================================
add(cat="mailinblack_spam", ok=True, uai="0162404B", reg="na", plat="espace_acheteur",
    notes="The agence comptable's mailbox is protected by MailInBlack and the order confirmations sit in its quarantine.",
    frm=("Agence comptable Lycée Marguerite de Valois", "agence.comptable.mdv@ac-poitiers.fr"),
    subj="Vos mails bloqués par MailInBlack",
    date="2025-11-10 10:40", client="outlook",
    body=T("""
Bonjour,

Notre boîte d'agence comptable est protégée par MailInBlack. Vos confirmations de commande et avis de facture partent systématiquement en quarantaine, et je ne m'en aperçois qu'en consultant le rapport du lendemain.

Quelle adresse d'expéditeur dois-je autoriser pour que vos mails arrivent directement ?

Catherine Guillon
Agent comptable - Lycée Marguerite de Valois, Angoulême (0162404B)
"""))

add(cat="mailinblack_spam", ok=True, uai=None, reg="ara", plat="espace_acheteur",
    notes="Product spelled 'mail in black', no accents, lower case; invoice notifications blocked. No UAI; region from ac-clermont.fr.",
    frm=("Brigitte Vidal", "brigitte.vidal@ac-clermont.fr"),
    subj="factures bloquees mail in black",
    date="2025-11-19 14:55", client="roundcube", charset="us-ascii",
    body=T("""
bonjour
depuis que le college est passe sous mail in black on ne recoit plus
les mails de factures de l espace acheteur, ils restent bloques dans
l interface mail in black et il faut aller les chercher a la main.
comment faire pour les autoriser une fois pour toutes ?
merci
b vidal, intendance
"""))

add(cat="mailinblack_spam", ok=False, uai="0660223J", reg="occ", plat="espace_acheteur", hard=True,
    notes="The sender-authentication challenge is described ('prouver que je ne suis pas un robot' before our mails are delivered) without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide.",
    frm=("Jordi Puig", "jordi.puig@ac-montpellier.fr"),
    subj="Vos messages nécessitent une validation",
    date="2025-11-26 09:44", client="outlook",
    body=T("""
Bonjour,

Depuis la semaine dernière, quand un mail de l'Espace Acheteur m'est destiné (confirmation de commande, avoir…), c'est votre plateforme qui doit « prouver qu'elle n'est pas un robot » en cliquant sur un lien avant que je le reçoive. Visiblement personne ne clique, et je ne reçois donc rien.

Notre informaticien a installé un nouveau système anti-spam à la Toussaint, je ne connais pas son nom.

Que faut-il faire ?

Jordi Puig
Adjoint gestionnaire – Lycée Arago, Perpignan – 0660223J
"""))

add(cat="mailinblack_spam", ok=True, uai="0746152K", reg="ara", plat="espace_acheteur", lang="en",
    notes="English; Mailinblack holds the 'invoice available' notifications in quarantine.",
    frm=("Susan Blake", "susan.blake@ac-grenoble.fr"),
    subj="Mailinblack quarantine - invoice notifications",
    date="2025-12-02 15:14", client="gmail",
    body=T("""
Hello,

Our school uses Mailinblack and all the "invoice available" emails from your platform end up in quarantine. I release them manually each time, but sometimes I miss them and we pay late.

Which sender address or domain should I whitelist in Mailinblack?

Thanks,
Susan Blake
Cité scolaire internationale, Ferney-Voltaire campus... sorry, Lycée Germaine Tillion, Thonon (0746152K)
"""))

add(cat="mailinblack_spam", ok=True, uai=None, reg=None, plat="espace_acheteur",
    notes="A département's IT department asks which domains and sending servers to allow in MailInBlack for all its collèges. No UAI, non-academic sender: no region.",
    frm=("Direction du numérique - Conseil départemental", "dsi-colleges@lotetgaronne.example.fr"),
    subj="Liste blanche MailInBlack pour les collèges",
    date="2025-11-04 11:02", client="outlook",
    body=T("""
Bonjour,

Le Département a déployé MailInBlack sur les messageries administratives de ses 29 collèges. Plusieurs gestionnaires nous signalent que les mails de l'Espace Acheteur (confirmations, factures) sont retenus.

Pouvez-vous nous communiquer les domaines et, si possible, les adresses IP d'envoi à ajouter dans la liste blanche globale MailInBlack ?

Cordialement,
Pôle infrastructures – Direction du numérique
"""))

add(cat="mailinblack_spam", ok=True, uai="0402296D", reg="na", plat="espace_acheteur",
    notes="A person forwards the MailInBlack quarantine report: the forwarded part is machine text, the outer message is a real question.",
    frm=("Véronique Lartigau", "veronique.lartigau@ac-bordeaux.fr"),
    subj="TR: Rapport de quarantaine MailInBlack",
    date="2025-11-21 08:37", client="outlook",
    body=T("""
Bonjour,

Voir ci-dessous : chaque jour vos mails sont dans le rapport de quarantaine MailInBlack. Comment les faire passer directement ? Je n'ai pas la main sur l'outil, c'est le service informatique de la cité scolaire.

V. Lartigau – Cité scolaire de Saint-Sever – 0402296D

De : MailInBlack <rapport@mailinblack.com>
Envoyé : vendredi 21 novembre 2025 07:00
À : Véronique Lartigau
Objet : Rapport de quarantaine - 3 messages en attente

Messages en attente depuis votre dernier rapport :
  no-reply@espace-acheteur.example.fr – Confirmation de votre commande CMD-2025-43980
  no-reply@espace-acheteur.example.fr – Votre facture 2025-EA-10201 est disponible
  newsletter@fsso-pro.fr – Fin d'exercice : engagez vos crédits
[Autoriser]  [Bloquer]
"""))

add(cat="mailinblack_spam", ok=False, uai="0826562M", reg="occ", plat="espace_acheteur", hard=True,
    notes="Two topics: mails held by MailInBlack (first, main) and whether the quote can still be signed after 15 December (order_billing). One template would answer only half.",
    frm=("Josiane Carrère", "josiane.carrere@ac-toulouse.fr"),
    subj="MailInBlack + devis",
    date="2025-12-09 10:11", client="thunderbird",
    body=T("""
Bonjour,

Deux questions :
- vos mails (confirmations, factures) sont bloqués par MailInBlack chez
  nous, que dois-je autoriser ?
- le devis D-2025-12-0011 doit être signé par la principale, qui est
  absente jusqu'au 16 : peut-on le signer à son retour et garder les prix,
  ou sera-t-il périmé ?

Merci,
Josiane Carrère
Collège Jean Jaurès, Castelsarrasin - 0826562M
"""))

add(cat="mailinblack_spam", ok=True, uai="0310985C", reg="occ", plat="espace_acheteur",
    notes="Checked the junk folder too, but MailInBlack is named: mailinblack_spam.",
    frm=("Karine Soum", "karine.soum@ac-toulouse.fr"),
    subj="Mails de commande retenus",
    date="2025-11-13 17:22", client="zimbra",
    body=T("""
Bonjour,

Je ne reçois pas les confirmations de commande. J'ai regardé dans les indésirables de la messagerie : rien. Par contre mon collègue informaticien me dit qu'ils sont "retenus par Mailinblack" et qu'il faut que je les valide un par un.

Est-ce qu'il y a une procédure pour éviter ça ?

Karine Soum
Lycée Pierre d'Aragon, Muret (0310985C)
"""))

add(cat="mailinblack_spam", ok=True, uai="0033154M", reg="ara", plat="espace_acheteur",
    notes="Reply (Gmail French quote) to the junk-folder answer: their IT now says MailInBlack is blocking, so the MailInBlack guide is the right answer.",
    frm=("Martine Aubert", "martine.aubert@ac-clermont.fr"),
    subj="Re: [#SUP-032440] Confirmation de commande non reçue",
    date="2025-11-12 13:18", client="gmail",
    hdrs=[("In-Reply-To", "<SUP-032440.1762850000.c4d7a9@assistance.example.fr>"),
          ("References", "<SUP-032440.1762850000.c4d7a9@assistance.example.fr>")],
    body=T("""
Bonjour,

Rien dans les indésirables. Le service informatique du lycée m'explique que c'est MailInBlack qui bloque vos messages : ils attendent une "authentification" de votre part.

Que faut-il faire de notre côté ?

Martine Aubert
Lycée Madame de Staël, Montluçon - 0033154M

Le lun. 10 nov. 2025 à 09:33, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Vérifiez votre dossier de courriers indésirables et ajoutez
> no-reply@espace-acheteur.example.fr à vos contacts.
>
> L'équipe d'assistance
"""))

add(cat="mailinblack_spam", ok=True, uai="0154288E", reg="ara", plat="espace_acheteur",
    notes="HTML-only Outlook: 'Mailinblack Protect' installed by the département on the agency mailbox holds the platform's mails.",
    frm=("Agence comptable Lycée Monnet-Mermoz", "agence.comptable.aurillac@ac-clermont.fr"),
    subj="Mailinblack Protect – messages de l'Espace Acheteur",
    date="2025-11-27 16:03", client="outlook", html_only=True,
    body=T("""
Bonjour,

Le Conseil départemental a installé Mailinblack Protect sur la boîte de l’agence comptable début novembre. Depuis, les avis de facture de l’Espace Acheteur sont placés en attente et je dois les libérer un par un.

Auriez-vous une procédure pour les autoriser définitivement ?

Cordialement,
Agence comptable – Lycée Monnet-Mermoz, Aurillac
UAI 0154288E
"""))

add(cat="mailinblack_spam", ok=True, uai=None, reg="na", plat=None,
    notes="One line from a phone: blocked by Mailinblack, send the guide. No platform named; region from ac-bordeaux.fr.",
    frm=("Pierre Larrouy", "pierre.larrouy@ac-bordeaux.fr"),
    subj="mailinblack",
    date="2025-12-05 07:49", client="iphone",
    body=T("""
Vos mails sont bloqués par Mailinblack chez nous, vous avez la procédure à envoyer à notre informaticien ?

Envoyé de mon iPhone
"""))
# ==========================================================================
# head_of_establishment_request (12)
# ==========================================================================
add(cat="head_of_establishment_request", ok=False, uai="0663407V", reg="occ", plat="espace_acheteur",
    notes="Written delegation from the proviseur, from the ce.<UAI> address: the adjoint gestionnaire may validate orders up to 15,000 EUR.",
    frm=("Proviseur Lycée Déodat de Séverac", "ce.0663407V@ac-montpellier.fr"),
    subj="Délégation de validation des commandes - Espace Acheteur",
    date="2025-11-05 17:02", client="outlook",
    body=T("""
Madame, Monsieur,

Je soussigné, Alain Ribes, proviseur du lycée Déodat de Séverac de Céret (UAI 0663407V), ordonnateur de l'établissement, autorise Mme Sophie Canal, adjointe gestionnaire, à valider en mon nom les commandes passées sur l'Espace Acheteur, dans la limite de 15 000 € TTC par commande, à compter de ce jour et jusqu'au 31 août 2026.

Je vous remercie de bien vouloir paramétrer ses droits en conséquence.

Alain Ribes
Proviseur
"""))

add(cat="head_of_establishment_request", ok=False, uai="0428401D", reg="ara", plat="espace_acheteur", hard=True,
    notes="The principal, from the ce.<UAI> address, asks for the administrator password reset and a new contact address (the agency mailbox). The body gives 0428401B (wrong check letter, the digits give 0428401D); the sender address carries the valid UAI, which is the label.",
    frm=("Principal Collège Jean Dasté", "ce.0428401D@ac-lyon.fr"),
    subj="Réinitialisation accès administrateur et changement d'adresse de contact",
    date="2025-11-17 11:25", client="thunderbird",
    body=T("""
Madame, Monsieur,

Suite au départ de notre adjoint gestionnaire, je vous demande :
- de réinitialiser le mot de passe du compte administrateur Espace
  Acheteur du collège (identifiant 0428401B) ;
- de remplacer l'adresse de contact du compte par celle de l'agence
  comptable, gestion.dastee@ac-lyon.fr, qui sera relevée par la nouvelle
  gestionnaire dès son arrivée le 1er décembre.

Je vous prie d'agréer mes salutations distinguées.

Marc Chapuis
Principal du collège Jean Dasté, Saint-Étienne
"""))

add(cat="head_of_establishment_request", ok=False, uai="0318586P", reg="occ", plat="espace_acheteur",
    notes="The principal names the new adjoint gestionnaire as structure administrator and asks to close the former one's access.",
    frm=("Nathalie Sicard", "nathalie.sicard@ac-toulouse.fr"),
    subj="Changement d'administrateur de structure",
    date="2025-11-06 08:20", client="zimbra",
    body=T("""
Bonjour,

Principale du collège Émile Zola de Toulouse (0318586P), je vous informe que M. Kévin Amiel a pris ses fonctions d'adjoint gestionnaire le 3 novembre.

Je vous demande de le désigner administrateur de notre structure sur l'Espace Acheteur (kevin.amiel@ac-toulouse.fr) et de fermer les accès de son prédécesseur, M. Daniel Rouzaud, qui a quitté l'établissement.

Cordialement,

Nathalie Sicard
Principale
"""))

add(cat="head_of_establishment_request", ok=False, uai="0860633W", reg="na", plat="esidoc",
    notes="HTML-only Outlook letter (windows-1252): the proviseure gives her written agreement for the renewal quote ('bon pour accord') so that the order can proceed.",
    frm=("Proviseure Lycée Victor Hugo", "ce.0860633W@ac-poitiers.fr"),
    subj="Bon pour accord – devis D-2025-11-0467",
    date="2025-11-21 16:45", client="outlook", html_only=True, charset="windows-1252",
    body=T("""
Madame, Monsieur,

En ma qualité d’ordonnatrice, je donne mon accord pour la commande correspondant au devis D-2025-11-0467 (renouvellement du portail e-sidoc et des ressources numériques 2026, 2 184,00 € TTC).

Le bon d’engagement vous sera transmis par le service de gestion. Je vous remercie de bien vouloir procéder à la commande.

Veuillez agréer, Madame, Monsieur, l’expression de mes salutations distinguées.

Marie-Hélène Fradin
Proviseure du lycée Victor Hugo – Poitiers
UAI 0860633W
"""))

add(cat="head_of_establishment_request", ok=False, uai="0016884C", reg="ara", plat="espace_acheteur", lang="en",
    notes="English; the head of school names the bursar as structure administrator and authorises her to validate orders.",
    frm=("Head of School - Lycée international", "ce.0016884C@ac-lyon.fr"),
    subj="New administrator for our buyer account",
    date="2025-11-12 10:02", client="outlook",
    body=T("""
Dear Sir or Madam,

As head of the Lycée international de Ferney-Voltaire (UAI 0016884C), I hereby appoint Ms Laura Bianchi, our new bursar, as administrator of the school's Espace Acheteur account, and I authorise her to validate orders on behalf of the school.

Please also remove the access of Mr Olivier Dufour, who left in October.

Yours faithfully,
Dr. Elizabeth Marsh
Proviseure / Head of School
"""))

add(cat="head_of_establishment_request", ok=False, uai="0249126P", reg="na", plat="espace_acheteur", hard=True,
    notes="The secrétaire d'intendance sends the head's signed letter (PDF) with the head in copy: it is the head's written request, relayed; staff must check the letter and the sender.",
    frm=("Josette Lacoste", "josette.lacoste@ac-bordeaux.fr"),
    cc=[("Principal Collège Montaigne", "ce.0249126P@ac-bordeaux.fr")],
    subj="Courrier du principal - changement d'adresse administrateur",
    date="2025-11-27 14:48", client="thunderbird",
    attach=[attachment("Courrier_principal_signé.pdf")],
    body=T("""
Bonjour,

Veuillez trouver ci-joint le courrier signé de M. le Principal demandant
le remplacement de l'adresse de l'administrateur du compte Espace Acheteur
du collège (ancienne adresse de la gestionnaire partie en mutation) par
l'adresse de l'intendance. M. le Principal est en copie de ce message.

Collège Montaigne, Périgueux - UAI 0249126P

Cordialement,
Josette Lacoste
Secrétaire d'intendance
"""))

add(cat="head_of_establishment_request", ok=False, uai="0327593E", reg="occ", plat="espace_acheteur", hard=True,
    notes="Claims to be the proviseur, from the ce.<UAI> address, but SPF and DMARC fail, Reply-To is a free-mail address, and it asks to move the administrator account to that address before the closing: a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it.",
    frm=("Proviseur Lycée Maréchal Lannes", "ce.0327593E@ac-toulouse.fr"),
    reply_to="proviseur.lannes@gmail.com", auth="fail",
    subj="URGENT - changement administrateur",
    date="2025-12-06 22:14", client="plain",
    body=T("""
Bonjour,

Je suis le proviseur du lycée Maréchal Lannes à Lectoure (0327593E). En raison d'un problème de messagerie académique, je vous demande de transférer immédiatement le compte administrateur de l'Espace Acheteur sur mon adresse personnelle proviseur.lannes@gmail.com.

Nous devons valider plusieurs commandes importantes avant la clôture de l'exercice. Merci de me confirmer la modification par retour sur cette adresse.

Le Proviseur
"""))

add(cat="head_of_establishment_request", ok=False, uai="0690104N", reg="ara", plat="espace_acheteur", hard=True,
    notes="The proviseur of the siège of a groupement comptable asks to close the former agent comptable's access on the accounts of three EPLE; three UAIs, the label is the sender's own establishment (the ce.<UAI> address).",
    frm=("Proviseur Lycée La Martinière Duchère", "ce.0690104N@ac-lyon.fr"),
    subj="Départ de l'agent comptable - fermeture des accès",
    date="2025-11-03 09:12", client="outlook",
    body=T("""
Madame, Monsieur,

M. Jacques Borel, agent comptable du groupement comptable dont notre lycée est le siège, a quitté ses fonctions le 31 octobre. Il disposait d'un accès en consultation aux comptes Espace Acheteur des établissements suivants :
- lycée La Martinière Duchère, Lyon (0690104N)
- collège Schœlcher, Lyon (0691487S)
- collège Victor Grignard, Lyon (0692263K)

Je vous demande de supprimer ces accès. Sa successeure, Mme Anne Vautrin, vous adressera une demande de compte séparément.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Le proviseur,
François Meunier
"""))

add(cat="head_of_establishment_request", ok=False, uai="0487291P", reg="occ", plat="espace_acheteur",
    notes="Reply (Zimbra '----- Mail original -----' quote) in which the principal gives the written request the desk asked for in a password ticket.",
    frm=("Hervé Pantel", "herve.pantel@ac-montpellier.fr"),
    subj="Re: [#SUP-032890] Mot de passe Espace Acheteur - demande du chef d'établissement",
    date="2025-11-24 18:31", client="zimbra",
    hdrs=[("In-Reply-To", "<SUP-032890.1763980000.e51d40@assistance.example.fr>"),
          ("References", "<SUP-032890.1763980000.e51d40@assistance.example.fr>")],
    body=T("""
Bonjour,

Comme demandé, en tant que principal du collège Marthe Dupeyron de Marvejols (0487291P), je vous demande de réinitialiser le mot de passe du compte Espace Acheteur de l'établissement et d'envoyer le lien à notre gestionnaire, Mme Roux, sur son adresse académique (s.roux@ac-montpellier.fr).

Hervé Pantel
Principal

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "s roux" <s.roux@ac-montpellier.fr>
Envoyé: Lundi 24 Novembre 2025 10:15:02
Objet: [#SUP-032890] Mot de passe Espace Acheteur

Bonjour,

L'adresse depuis laquelle vous nous écrivez n'est pas celle du compte. Pour que nous puissions réinitialiser l'accès, le chef d'établissement doit nous en faire la demande par écrit.

L'équipe d'assistance
"""))

add(cat="head_of_establishment_request", ok=False, uai="0266547A", reg="ara", plat="espace_acheteur",
    notes="The principal confirms from his phone, quoting his gestionnaire's request (Apple quote style), that the secretary may validate orders. Personal academic address, not the ce. one.",
    frm=("Jean-Pierre Faure", "jean-pierre.faure3@ac-grenoble.fr"),
    subj="Re: Droits de validation pour Mme Reynaud",
    date="2025-12-02 07:41", client="iphone",
    body=T("""
Bonjour,

Je confirme mon accord : Mme Reynaud peut valider les commandes du collège sur l'Espace Acheteur pendant l'absence de M. Bellier.

JP Faure
Principal, collège Camille Vernet, Valence

Envoyé de mon iPhone

> Le 1 déc. 2025 à 17:12, Thomas Bellier <thomas.bellier@ac-grenoble.fr> a écrit :
>
> Bonjour,
>
> Je serai en congé du 3 au 19 décembre. Mme Reynaud, secrétaire d'intendance, doit pouvoir valider les commandes à ma place pour la clôture. La plateforme demande l'accord écrit du chef d'établissement : pouvez-vous répondre à l'assistance en confirmant ?
>
> Collège Camille Vernet – 0266547A
>
> Thomas
"""))

add(cat="head_of_establishment_request", ok=False, uai="0129074Y", reg="occ", plat="espace_acheteur", hard=True,
    notes="The proviseur adjoint, acting by delegation of the proviseur, authorises an order above the gestionnaire's limit: a written authorisation of an order on the head's behalf; staff should check the delegation.",
    frm=("Proviseur adjoint Lycée Foch", "proviseur-adjoint.foch@ac-toulouse.fr"),
    subj="Autorisation commande > 5 000 € (par délégation)",
    date="2025-12-10 12:06", client="outlook",
    body=T("""
Bonjour,

Par délégation de M. le Proviseur, absent cette semaine, j'autorise la validation de la commande CMD-2025-45788 (équipement du laboratoire de sciences, 7 420,00 € TTC), qui dépasse le plafond de délégation de notre adjointe gestionnaire.

L'arrêté de délégation de signature est disponible sur demande.

Pierre Alcouffe
Proviseur adjoint
Lycée Foch – Rodez – 0129074Y
"""))

add(cat="head_of_establishment_request", ok=False, uai="0870914W", reg="na", plat="esidoc",
    notes="A primary-school head (directrice d'école) asks to replace the contact address of the school's e-sidoc administrator account; the town hall pays the invoices (context).",
    frm=("Directrice école Jean Le Bail", "ce.0870914W@ac-limoges.fr"),
    subj="Adresse de contact du compte e-sidoc de l'école",
    date="2025-11-18 12:30", client="roundcube",
    body=T("""
Bonjour,

Je suis directrice de l'école élémentaire Jean Le Bail à Limoges. Le
compte administrateur de notre portail e-sidoc est encore rattaché à
l'adresse personnelle de mon prédécesseur. Je vous demande de le
remplacer par l'adresse de l'école, celle depuis laquelle je vous écris.

Les factures sont réglées par la mairie, qui a déjà l'adresse de l'école.

Merci,
Sabine Delage
Directrice
"""))
# ==========================================================================
# account_creation (11)
# ==========================================================================
add(cat="account_creation", ok=True, uai="0241288V", reg="na", plat="espace_acheteur",
    notes="New secrétaire d'intendance asks how to create her own account: the sign-up answer fits.",
    frm=("Aurore Mazeau", "aurore.mazeau@ac-bordeaux.fr"),
    subj="Création de compte Espace Acheteur",
    date="2025-11-13 09:15", client="outlook",
    body=T("""
Bonjour,

Je viens d'arriver comme secrétaire d'intendance au collège Jean Moulin de Bergerac (0241288V). L'adjointe gestionnaire souhaite que je prépare les paniers de fin d'année sur l'Espace Acheteur.

Comment créer mon compte ? Faut-il passer par elle ou puis-je m'inscrire directement ?

Merci,
Aurore Mazeau
"""))

add(cat="account_creation", ok=False, uai="0380944V", reg="ara", plat="espace_acheteur",
    notes="Account waiting for validation; asks who the structure's administrator is: needs a look-up, so a person answers.",
    frm=("Lucie Berthet", "lucie.berthet@ac-grenoble.fr"),
    subj="Compte en attente de validation - qui est l'administrateur ?",
    date="2025-11-20 14:27", client="thunderbird",
    body=T("""
Bonjour,

Mon inscription sur l'Espace Acheteur indique "en attente de validation
par l'administrateur de votre structure". Personne au collège ne sait qui
est cet administrateur (la gestionnaire précédente peut-être ?).

Pouvez-vous me dire qui c'est, ou valider vous-même ?

Lucie Berthet
Collège Fantin Latour, Grenoble - 0380944V
"""))

add(cat="account_creation", ok=True, uai="0470612K", reg="na", plat="espace_acheteur", hard=True,
    notes="Negation: 'je n'ai pas perdu mon mot de passe', she never had an account: account_creation, not password_reset.",
    frm=("Nadia Belkacem", "nadia.belkacem@ac-bordeaux.fr"),
    subj="Pas de mot de passe car pas de compte",
    date="2025-11-10 11:55", client="gmail",
    body=T("""
Bonjour,

On m'a envoyé la procédure de mot de passe oublié, mais je n'ai pas perdu mon mot de passe : je n'en ai jamais eu ! Je suis arrivée en novembre comme adjointe gestionnaire et je n'ai tout simplement pas de compte sur l'Espace Acheteur.

Comment en ouvrir un pour le lycée Bernard Palissy d'Agen (0470612K) ?

Nadia Belkacem
"""))

add(cat="account_creation", ok=False, uai="0190531Z", reg="na", plat="espace_acheteur", hard=True,
    notes="The account works but the 'valider les paniers' function is missing: rights to open. The orders are context; not order_billing.",
    frm=("Bruno Vergne", "bruno.vergne@ac-limoges.fr"),
    subj="Droits de validation des paniers",
    date="2025-11-25 10:18", client="outlook",
    body=T("""
Bonjour,

Je me connecte sans problème à l'Espace Acheteur, mais je n'ai pas le bouton "Valider" sur les paniers que les collègues me soumettent : je peux seulement les consulter. Or c'est moi qui engage les dépenses depuis la rentrée.

Pouvez-vous m'ouvrir les droits de validation ?

Bruno Vergne
Adjoint gestionnaire – Lycée Cabanis, Brive – 0190531Z
"""))

add(cat="account_creation", ok=True, uai="0820745P", reg="occ", plat="espace_acheteur", lang="en",
    notes="English; a new bursar asks how to get a buyer account for an existing school: the sign-up answer fits.",
    frm=("Mark Jennings", "mark.jennings@ac-toulouse.fr"),
    subj="How do I get an account?",
    date="2025-11-17 13:40", client="apple",
    body=T("""
Hello,

I have just started as bursar at Lycée Bourdelle in Montauban (0820745P). The school already uses the Espace Acheteur, but I do not have an account yet.

Can I register myself, or does someone at the school need to create it for me?

Thank you,
Mark Jennings
"""))

add(cat="account_creation", ok=False, uai="0331476A", reg="na", plat="espace_acheteur",
    notes="New EPLE created on 1 September 2025 by a merger: its UAI is not in the list when opening the account; a person must add the structure.",
    frm=("Cité scolaire de l'Entre-deux-Mers", "gestion.cse2m@ac-bordeaux.fr"),
    subj="UAI introuvable à l'inscription",
    date="2025-11-04 15:50", client="thunderbird",
    body=T("""
Bonjour,

Notre établissement a été créé au 1er septembre 2025 par la fusion du
lycée et du collège de Créon. Il a un nouveau code UAI : 0331476A.

Quand je veux créer le compte sur l'Espace Acheteur, ce code n'existe pas
dans la liste des structures, seuls les deux anciens apparaissent.
Comment faire ? Nous avons des commandes à passer avant la clôture.

Cordialement,
Service de gestion
"""))

add(cat="account_creation", ok=False, uai="0120388G", reg="occ", plat="espace_acheteur",
    notes="The new agent comptable wants one account that sees the four EPLE of the groupement: a multi-structure account needs a person.",
    frm=("Anne Vidalenc", "anne.vidalenc@ac-toulouse.fr"),
    subj="Compte multi-établissements pour l'agence comptable",
    date="2025-11-19 09:49", client="zimbra",
    body=T("""
Bonjour,

Nommée agent comptable au lycée Alexis Monteil de Rodez (0120388G) au 1er novembre, je suis chargée du groupement comptable qui compte quatre établissements utilisant l'Espace Acheteur.

Est-il possible d'avoir un seul compte, en consultation, qui me donne accès aux commandes et factures des quatre établissements, plutôt que quatre comptes séparés ?

Cordialement,
Anne Vidalenc
"""))

add(cat="account_creation", ok=False, uai="0030762M", reg="ara", plat="espace_acheteur",
    notes="Account waiting for validation for ten days; the structure administrator is on long leave: the region must step in.",
    frm=("Sandrine Auclair", "sandrine.auclair@ac-clermont.fr"),
    subj="Compte toujours pas validé (10 jours)",
    date="2025-12-01 16:12", client="outlook",
    body=T("""
Bonjour,

J'ai demandé la création de mon compte Espace Acheteur le 21 novembre. Il est toujours "en attente de validation". L'administratrice de notre structure est en congé longue maladie jusqu'en février et personne d'autre n'a les droits.

Qui peut valider mon compte ? J'ai les commandes de fin d'année à passer.

Sandrine Auclair
Collège Jules Ferry, Vichy - UAI 0030762M
"""))

add(cat="account_creation", ok=True, uai="0632045F", reg="ara", plat="esidoc",
    notes="HTML-only Outlook: a new gestionnaire wants to open the customer account on e-sidoc before ordering the renewal.",
    frm=("Hugo Tixier", "hugo.tixier@ac-clermont.fr"),
    subj="Ouverture compte client pour commande",
    date="2025-11-26 11:36", client="outlook", html_only=True,
    body=T("""
Bonjour,

Nouvel adjoint gestionnaire au collège Albert Camus de Clermont-Ferrand, je dois passer la commande de renouvellement de notre portail e-sidoc. On me dit qu’il faut d’abord ouvrir un compte client en ligne.

Comment procéder ?

Merci,
Hugo Tixier
UAI 0632045F
"""))

add(cat="account_creation", ok=True, uai=None, reg="occ", plat="espace_acheteur",
    notes="iPhone, base64 body: how to create an account for a colleague who will place the year-end orders. No UAI; region from ac-toulouse.fr.",
    frm=("Evelyne Cros", "evelyne.cros@ac-toulouse.fr"),
    subj="Compte pour ma collègue",
    date="2025-11-28 18:03", client="iphone", cte="base64",
    body=T("""
Bonsoir
Comment créer un compte sur l’espace acheteur pour ma collègue de l’intendance ? C’est elle qui va passer les commandes de fin d’année.
Merci
Evelyne

Envoyé de mon iPhone
"""))

add(cat="account_creation", ok=False, uai="0740861J", reg="ara", plat="espace_acheteur", hard=True,
    notes="Two topics: an account for the new adjoint gestionnaire (first, main) and a copy of a September invoice (order_billing). One template would answer only half.",
    frm=("Claire Mugnier", "claire.mugnier@ac-grenoble.fr"),
    subj="nouveau compte + copie de facture",
    date="2025-12-04 08:50", client="gmail",
    body=T("""
Bonjour,

Notre nouvel adjoint gestionnaire, M. Perrissin, arrive lundi : pouvez-vous lui créer un compte sur l'Espace Acheteur rattaché au collège (0740861J) ? Son adresse : julien.perrissin@ac-grenoble.fr.

Et pendant que j'y pense, pourriez-vous m'envoyer une copie de la facture de septembre (n° 2025-EA-07714) ? L'agent comptable ne la retrouve pas.

Merci !
Claire Mugnier, secrétaire de direction, collège Les Aravis, Thônes
"""))
# ==========================================================================
# subscription_activation (10)
# ==========================================================================
add(cat="subscription_activation", ok=True, uai="0165970C", reg="na", plat="esidoc",
    notes="Renewal ordered yesterday and already paid; the resource still shows as expired: within the 72-hour window. The payment is context.",
    frm=("Delphine Faugeroux", "delphine.faugeroux@ac-poitiers.fr"),
    subj="Ressource toujours expirée après renouvellement",
    date="2025-11-19 10:05", client="thunderbird",
    body=T("""
Bonjour,

Nous avons renouvelé hier notre abonnement à la ressource d'encyclopédie
en ligne (commande validée et même payée par carte, pour ne pas perdre
les crédits 2025). Sur notre portail e-sidoc, la ressource est toujours
marquée "abonnement expiré" et les élèves n'y ont pas accès.

Collège Pierre Mendès France, Ruffec - 0165970C

Delphine Faugeroux, professeure documentaliste
"""))

add(cat="subscription_activation", ok=False, uai="0649584V", reg="na", plat="esidoc",
    notes="Ordered twelve days ago and still not active: past the 72-hour rule, a person must look at the order.",
    frm=("Maite Irigoyen", "maite.irigoyen@ac-bordeaux.fr"),
    subj="Abonnement toujours pas actif - commande du 24/11",
    date="2025-12-06 09:30", client="gmail",
    body=T("""
Bonjour,

Notre abonnement presse (commande du 24 novembre, bon d'engagement transmis le jour même) n'est toujours pas activé sur e-sidoc, douze jours après. On nous avait dit 72 heures maximum.

Pouvez-vous vérifier ce qui se passe ?

Maite Irigoyen
Collège Aturri, Saint-Pierre-d'Irube - 0649584V
"""))

add(cat="subscription_activation", ok=True, uai="0159186D", reg="ara", plat="esidoc", hard=True,
    notes="Written by the principal from the ce.<UAI> address, but he only asks when the new subscription will be available: not a head-of-establishment request.",
    frm=("Principal Collège de la Châtaigneraie", "ce.0159186D@ac-clermont.fr"),
    subj="Date de mise à disposition de l'abonnement",
    date="2025-11-27 17:15", client="outlook",
    body=T("""
Bonjour,

J'ai signé avant-hier le devis pour l'abonnement à la ressource de vidéos éducatives, et la gestionnaire a validé la commande hier. Pouvez-vous me dire quand la ressource sera accessible aux élèves sur notre portail e-sidoc ? Les professeurs voudraient l'utiliser avant les vacances.

Cordialement,
Le principal
Collège de la Châtaigneraie, Maurs
"""))

add(cat="subscription_activation", ok=True, uai="0732549Z", reg="ara", plat="esidoc", lang="en",
    notes="English; renewed subscription still not visible in the portal, ordered two days ago.",
    frm=("Emma Lawson", "emma.lawson@ac-grenoble.fr"),
    subj="Renewed subscription not showing",
    date="2025-12-10 14:44", client="gmail",
    body=T("""
Hello,

We renewed our e-sidoc subscription for the English-language press resource on Monday (order validated, invoice received). It still appears as "expired" in the administration and students cannot open it.

How long does the activation take?

Emma Lawson
Teacher-librarian, Lycée Vaugelas, Chambéry (0732549Z)
"""))

add(cat="subscription_activation", ok=True, uai="0486908Y", reg="occ", plat="esidoc",
    notes="The subscription is active but she does not know how to publish the resource on the portal (publication step).",
    frm=("Sandrine Bouniol", "sandrine.bouniol@ac-montpellier.fr"),
    subj="Comment publier la nouvelle ressource ?",
    date="2025-11-15 10:24", client="apple",
    body=T("""
Bonjour,

Notre nouvel abonnement (ressource de manuels numériques) est bien actif dans l’administration e-sidoc, mais il n’apparaît pas sur la page d’accueil du portail élèves. J’imagine qu’il faut le publier quelque part ?

Merci de m’indiquer la marche à suivre.

Sandrine Bouniol
CDI – Lycée Émile Peytavin, Mende (0486908Y)
"""))

add(cat="subscription_activation", ok=True, uai="0094254A", reg="occ", plat="esidoc", hard=True,
    notes="Negation: 'je n'ai pas oublié mon mot de passe', the login works; the renewed resource is missing from the portal.",
    frm=("Patrice Gouazé", "patrice.gouaze@ac-toulouse.fr"),
    subj="Ressource absente (pas un souci de connexion)",
    date="2025-12-03 13:33", client="thunderbird",
    body=T("""
Bonjour,

Je précise d'emblée que je n'ai pas oublié mon mot de passe et que je me
connecte très bien à l'administration du portail. Le problème est que la
ressource renouvelée lundi (commande de fin d'année, payée) n'apparaît
plus du tout dans la liste des ressources.

Lycée Gabriel Fauré, Foix - 0094254A

Patrice Gouazé, documentaliste
"""))

add(cat="subscription_activation", ok=True, uai="0077851W", reg="ara", plat="esidoc",
    notes="Renewal order validated this morning; asks when it will be active. Quoted-printable body.",
    frm=("Florence Chambon", "florence.chambon@ac-grenoble.fr"),
    subj="Activation renouvellement",
    date="2025-11-21 11:58", client="outlook", cte="quoted-printable",
    body=T("""
Bonjour,

La commande de renouvellement de nos ressources e-sidoc a été validée ce matin par l'intendance. Sous quel délai l'abonnement sera-t-il actif ? L'ancien expire le 30 novembre.

Merci,
Florence Chambon
Collège Laboissière, Privas – 0077851W
"""))

add(cat="subscription_activation", ok=True, uai="0664132H", reg="occ", plat="esidoc", hard=True,
    notes="Mentions that the invoice has already arrived, but the request is about the resource not yet active (ordered two days ago): subscription_activation, not order_billing.",
    frm=("Marie Sagols", "marie.sagols@ac-montpellier.fr"),
    subj="Facture reçue mais ressource pas active",
    date="2025-12-11 09:07", client="zimbra",
    body=T("""
Bonjour,

C'est un peu curieux : nous avons déjà reçu la facture de l'abonnement commandé mardi, mais la ressource n'est pas encore active sur notre portail e-sidoc. Je ne conteste pas la facture, je voudrais juste savoir quand les élèves pourront y accéder.

Marie Sagols
Collège Jean Moulin, Perpignan - 0664132H
"""))

add(cat="subscription_activation", ok=True, uai="0436063G", reg="ara", plat="esidoc", hard=True,
    notes="The subject gives 0436063C (wrong check letter, the digits give 0436063G); the signature carries the valid 0436063G, which is the label. Renewal ordered two days ago not visible yet.",
    frm=("Gisèle Roche", "gisele.roche@ac-clermont.fr"),
    subj="0436063C - renouvellement non visible",
    date="2025-12-17 15:20", client="outlook",
    body=T("""
Bonjour,

Le renouvellement 2026 de nos abonnements, commandé lundi, n'apparaît pas dans "Mes abonnements" : seule la période 2025 est affichée, avec la mention "expire le 31/12/2025".

Est-ce normal ?

Gisèle Roche
Lycée Charles et Adrien Dupuy, Le Puy-en-Velay
0436063G
"""))

add(cat="subscription_activation", ok=True, uai="0269326W", reg="ara", plat="esidoc",
    notes="A press subscription ordered on the Espace Acheteur market does not show in the e-sidoc portal two days later; the service lives on e-sidoc.",
    frm=("Arnaud Collet", "arnaud.collet@ac-grenoble.fr"),
    subj="Abonnement commandé via l'Espace Acheteur invisible dans e-sidoc",
    date="2025-11-26 16:51", client="thunderbird",
    body=T("""
Bonjour,

Lundi, l'intendance a commandé sur l'Espace Acheteur l'abonnement à la
ressource presse pour le CDI (dans le cadre du marché régional). Rien
n'apparaît pour l'instant dans notre portail e-sidoc.

Faut-il faire quelque chose de notre côté pour le rattacher ?

Arnaud Collet
Lycée Gustave Jaume, Pierrelatte - 0269326W
"""))
# ==========================================================================
# contract_documents (9)
# ==========================================================================
add(cat="contract_documents", ok=False, uai="0822838P", reg="occ", plat="espace_acheteur",
    notes="The convention de groupement de commandes signed in June does not appear in 'Mes Marchés'.",
    frm=("Fabrice Delmas", "fabrice.delmas@ac-toulouse.fr"),
    subj="Convention de groupement de commandes introuvable",
    date="2025-11-07 11:11", client="outlook",
    body=T("""
Bonjour,

Notre établissement a adhéré en juin à la convention de groupement de commandes "fournitures et papier 2025-2028". Je ne la retrouve pas dans la rubrique "Mes Marchés" de l'Espace Acheteur, alors que l'agent comptable me la réclame pour justifier les premières commandes.

Pouvez-vous vérifier que notre adhésion est bien enregistrée et que le document est accessible ?

Fabrice Delmas
Adjoint gestionnaire - Lycée Jean de Prades, Castelsarrasin - 0822838P
"""))

add(cat="contract_documents", ok=False, uai="0633451J", reg="ara", plat="espace_acheteur", hard=True,
    notes="Amendment no. 1 of the convention is missing from the contract documents; the agent comptable needs it as a supporting document for the mandat (context).",
    frm=("Régine Aubrun", "regine.aubrun@ac-clermont.fr"),
    subj="Avenant n°1 manquant - pièce justificative",
    date="2025-11-24 15:27", client="thunderbird",
    body=T("""
Bonjour,

L'agent comptable refuse de mandater notre facture de papier de novembre
tant que je ne lui fournis pas l'avenant n°1 à la convention de
groupement (révision des prix au 1er septembre). Or dans l'Espace
Acheteur, seule la convention initiale figure dans les documents du
marché, pas l'avenant.

Pouvez-vous le mettre en ligne ou me l'envoyer ?

Régine Aubrun
Lycée Jean Zay, Thiers - 0633451J
"""))

add(cat="contract_documents", ok=False, uai=None, reg=None, plat="espace_acheteur", hard=True,
    notes="UAI written 0300871P: wrong check letter (the digits give 0300871J), so no UAI; laposte.net sender, so no region either. The CCAP of the market downloads as an empty file.",
    frm=("Gilbert Maurin", "gilbert.maurin30@laposte.net"),
    subj="CCAP marché fournitures - fichier vide",
    date="2025-11-14 20:02", client="roundcube",
    body=T("""
Bonjour,

Je n'arrive pas à télécharger le CCAP du marché "Fournitures de bureau
2025-031" : le fichier fait 0 Ko et ne s'ouvre pas. Même chose pour
l'annexe financière. Les autres pièces s'ouvrent normalement.

Je vous écris de chez moi, ma messagerie académique ne fonctionne pas.
Collège de Vauvert, UAI 0300871P.

G. Maurin, gestionnaire
"""))

add(cat="contract_documents", ok=False, uai="0743628S", reg="ara", plat="espace_acheteur", lang="en",
    notes="English; cannot access the framework agreement documents (CCAP, price schedule) for a market.",
    frm=("Daniel Fraser", "daniel.fraser@ac-grenoble.fr"),
    subj="Cannot access framework agreement documents",
    date="2025-12-01 10:33", client="outlook",
    body=T("""
Hello,

I need the framework agreement documents (CCAP and price schedule) for the "IT equipment 2024-2027" market to check the prices on an invoice, but on the Espace Acheteur the documents section of that market says "You do not have access to these documents".

Other markets' documents open fine. Could you check our access?

Daniel Fraser
Bursar's office, Lycée Guillaume Fichet, Bonneville (0743628S)
"""))

add(cat="contract_documents", ok=False, uai="0640218P", reg="na", plat="espace_acheteur",
    notes="Follow-up reply (Gmail quote): the amendment is still missing after the region's answer.",
    frm=("Ainhoa Etchegaray", "ainhoa.etchegaray@ac-bordeaux.fr"),
    subj="Re: [#SUP-032118] Avenant de prolongation non visible",
    date="2025-11-20 09:12", client="gmail",
    hdrs=[("In-Reply-To", "<SUP-032118.1763370000.8d3a55@assistance.example.fr>"),
          ("References", "<SUP-032118.1763370000.8d3a55@assistance.example.fr>")],
    body=T("""
Bonjour,

Merci pour votre retour, mais trois jours plus tard je ne vois toujours pas l'avenant dans les documents du marché. J'ai vidé le cache et essayé depuis un autre poste.

Ainhoa Etchegaray
Lycée Ramiro Arrue, Saint-Jean-de-Luz - 0640218P

Le lun. 17 nov. 2025 à 10:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> La région nous indique que l'avenant de prolongation sera visible dans
> les documents du marché d'ici quelques jours.
>
> L'équipe d'assistance
"""))

add(cat="contract_documents", ok=False, uai="0311093V", reg="occ", plat="espace_acheteur",
    notes="The signed acte d'engagement of the market is missing from the market documents.",
    frm=("Laurence Py", "laurence.py@ac-toulouse.fr"),
    subj="Acte d'engagement absent",
    date="2025-12-02 10:40", client="zimbra",
    body=T("""
Bonjour,

Dans les documents du marché "Mobilier scolaire 2025-2029" sur l'Espace Acheteur, je trouve le règlement de consultation et le CCAP mais pas l'acte d'engagement signé du titulaire. Notre agent comptable en a besoin pour le premier paiement.

Pourriez-vous l'ajouter ?

Laurence Py
Lycée Raymond Naves, Toulouse - 0311093V
"""))

add(cat="contract_documents", ok=False, uai="0810962F", reg="occ", plat="espace_acheteur", hard=True,
    notes="The agent comptable asks for the signed convention and the administrative certificate to justify payments: contract documents, although payment is the reason.",
    frm=("Agence comptable Lycée Lapérouse", "agence.comptable.laperouse@ac-toulouse.fr"),
    subj="Pièces du groupement de commandes pour justifier les paiements",
    date="2025-11-28 11:52", client="outlook",
    body=T("""
Bonjour,

Dans le cadre du contrôle des dépenses de fin d'exercice, j'ai besoin de la convention de groupement de commandes signée par notre établissement ainsi que du certificat administratif désignant le coordonnateur. Ces pièces n'apparaissent pas dans l'espace documentaire de l'Espace Acheteur.

Pouvez-vous me les transmettre ?

Odile Ferrand
Agent comptable
Lycée Lapérouse, Albi – 0810962F
"""))

add(cat="contract_documents", ok=False, uai="0115746L", reg="occ", plat="espace_acheteur",
    notes="HTML-only Outlook: the convention was signed electronically in October but the signed copy is not in the documents space.",
    frm=("Delphine Raynaud", "delphine.raynaud@ac-montpellier.fr"),
    subj="Convention signée électroniquement non disponible",
    date="2025-11-18 16:10", client="outlook", html_only=True,
    body=T("""
Bonjour,

Nous avons signé électroniquement en octobre la convention d’adhésion au groupement de commandes (le proviseur a bien reçu la confirmation de signature). Pourtant, la convention signée n’apparaît pas dans l’onglet Documents de notre Espace Acheteur : seule la version « à signer » y figure.

Merci de votre aide,
Delphine Raynaud
Lycée Paul Sabatier, Carcassonne
UAI 0115746L
"""))

add(cat="contract_documents", ok=False, uai="0408879J", reg="na", plat="espace_acheteur",
    notes="Asks when the 2026 extension amendment of the market will be published in the documents, needed before ordering in January.",
    frm=("Thierry Lannes", "thierry.lannes@ac-bordeaux.fr"),
    subj="Avenant 2026 au marché papeterie",
    date="2025-12-15 08:44", client="thunderbird",
    body=T("""
Bonjour,

Le marché "papeterie et fournitures" arrive à échéance le 31 décembre.
Nous avons été informés d'un avenant de prolongation pour 2026, mais il
ne figure pas encore dans les documents du marché sur l'Espace Acheteur.
Quand sera-t-il publié ? Nous devons engager les commandes de janvier.

Thierry Lannes
Collège Léon des Landes, Dax - 0408879J
"""))
# ==========================================================================
# transfer_incident (4)
# ==========================================================================
add(cat="transfer_incident", ok=False, uai=None, reg=None, plat="ecoledirecte",
    notes="EcoleDirecte transfers stopped since Friday on the intendance PC; families no longer see the invoices and payments. Private-school domain, no UAI: no region.",
    frm=("Service informatique", "informatique@ensemble-scolaire-saint-joseph-lyon.fr"),
    subj="Transferts EcoleDirecte bloqués depuis vendredi",
    date="2025-11-17 08:25", client="thunderbird",
    body=T("""
Bonjour,

Depuis vendredi, les transferts vers EcoleDirecte ne se font plus depuis
le poste de la comptabilité. Le dernier transfert réussi date du
14/11 à 17h02. Les familles ne voient plus les factures de demi-pension ni
les règlements enregistrés depuis.

Le diagnostic indique "échec de connexion au serveur de transfert". Aucun
changement de notre côté à notre connaissance.

Merci de votre aide,
Mickaël Berthier
Responsable informatique
"""))

add(cat="transfer_incident", ok=False, uai="0339406V", reg="na", plat="ecoledirecte",
    notes="Licence to regenerate after the accounting server was replaced; transfers stopped during the billing period.",
    frm=("Comptabilité Lycée privé Saint-Genès", "comptabilite@saint-genes-bordeaux.fr"),
    subj="Licence à régénérer suite changement de serveur",
    date="2025-12-08 14:33", client="outlook",
    body=T("""
Bonjour,

Nous avons remplacé ce week-end le serveur qui héberge la comptabilité et les outils de transfert. Au redémarrage, le logiciel affiche "licence invalide pour ce poste" et les transferts EcoleDirecte sont arrêtés. C'est gênant en pleine période de facturation du 2e trimestre.

Pouvez-vous régénérer notre licence ?

Cordialement,
Service comptabilité
Lycée privé Saint-Genès – Bordeaux – UAI 0339406V
"""))

add(cat="transfer_incident", ok=False, uai=None, reg=None, plat="ecoledirecte", hard=True,
    notes="Asks for 'le mot de passe de maintenance du jour' to repair the accounting database: transfer_incident per the taxonomy, not password_reset.",
    frm=("Isabelle Marty", "comptabilite@institution-notre-dame-castres.fr"),
    subj="mot de passe maintenance du jour",
    date="2025-12-12 10:02", client="roundcube",
    body=T("""
Bonjour,

Le logiciel de comptabilité m'indique que la base doit être réparée et me
demande le mot de passe de maintenance du jour. Pouvez-vous me le
communiquer ? Je dois envoyer les factures aux familles via EcoleDirecte
avant les vacances.

Isabelle Marty
Comptable - Institution Notre-Dame, Castres
"""))

add(cat="transfer_incident", ok=False, uai="0817082H", reg="occ", plat="ecoledirecte", hard=True,
    notes="HTML-only Outlook: the transfer hangs at 'envoi des données'. The EcoleDirecte invoice mentioned at the end is context, not a billing request.",
    frm=("Gestion Lycée privé Sainte-Cécile", "gestion@sainte-cecile-albi.fr"),
    subj="Transfert bloqué à « envoi des données »",
    date="2025-11-24 16:40", client="outlook", html_only=True,
    body=T("""
Bonjour,

Depuis ce matin, le transfert vers EcoleDirecte reste bloqué à l’étape « envoi des données » (barre de progression à 80 %), puis se termine en erreur au bout de 20 minutes. Nous avons redémarré le poste, sans effet.

Nous avons bien réglé votre facture annuelle en octobre, donc je suppose que ce n’est pas un problème d’abonnement.

Merci de votre aide,
Service de gestion
Lycée privé Sainte-Cécile – Albi – UAI 0817082H
"""))

# ==========================================================================
# Serialisation
# ==========================================================================
CLIENT_HEADERS = {
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.700.81)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "zimbra": [("X-Mailer", "Zimbra 10.0.15_GA_4709 (ZimbraWebClient - FF145 (Linux)/10.0.15_GA_4709)")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.9")],
}
MIME_VERSION = {
    "apple": "1.0 (Mac OS X Mail 16.0 \\(3826.700.81\\))",
    "iphone": "1.0 (1.0)",
}
FREEMAIL_RELAYS = {
    "gmail.com": "mail-wr1-f{n}.google.com",
    "orange.fr": "smtp{n}.smtpout.orange.fr",
    "laposte.net": "smtp{n}.laposte.net",
    "free.fr": "smtp{n}-g21.free.fr",
    "outlook.fr": "mail-db8eur{n}.outbound.protection.outlook.com",
}


def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def root_part(m):
    """The MIME tree of a hand-written mail, shaped like its client's output."""
    if "mime" in m:
        return m["mime"]
    client, body = m["client"], m["body"]
    cs = m.get("charset", "utf-8")
    cte = m.get("cte")
    attach = m.get("attach", [])
    style = {"exchange": "outlook", "outlook_mobile": "outlook"}.get(client, client)

    def mixed(main, preamble="This is a multi-part message in MIME format."):
        if not attach:
            return main
        return Multi("mixed", [main] + attach, boundary_style=style, preamble=preamble)

    plain_cte = cte or ("7bit" if _is_ascii(body) else "8bit")
    if client == "thunderbird":
        return mixed(Leaf("text/plain", body, cs, plain_cte, "; format=flowed"))
    if client == "roundcube":
        return mixed(Leaf("text/plain", body, "UTF-8" if cs == "utf-8" else cs.upper(),
                          plain_cte, "; format=flowed"))
    if client in ("outlook", "exchange"):
        if m.get("html_only"):
            return mixed(Leaf("text/html", text_to_outlook_html(body), cs, cte or "quoted-printable"))
        alt = Multi("alternative", [
            Leaf("text/plain", body, cs, cte or "quoted-printable"),
            Leaf("text/html", text_to_outlook_html(body), cs, cte or "quoted-printable"),
        ], boundary_style="outlook")
        return mixed(alt, "This is a multipart message in MIME format.")
    if client == "gmail":
        c = cte or ("7bit" if _is_ascii(body) else "quoted-printable")
        alt = Multi("alternative", [
            Leaf("text/plain", body, "UTF-8", c),
            Leaf("text/html", text_to_simple_html(body, "gmail"), "UTF-8", c),
        ], boundary_style="gmail")
        return mixed(alt, None)
    if client in ("apple", "iphone"):
        return mixed(Leaf("text/plain", body, "utf-8", cte or "quoted-printable"), None)
    if client == "android":
        crlf = body.replace("\n", "\r\n")
        return Multi("alternative", [
            Leaf("text/plain", crlf, "UTF-8", "base64"),
            Leaf("text/html", text_to_simple_html(body).replace("\n", "\r\n"), "UTF-8", "base64"),
        ], boundary_style="android")
    if client == "zimbra":
        return mixed(Multi("alternative", [
            Leaf("text/plain", body, "utf-8", cte or "quoted-printable"),
            Leaf("text/html", text_to_simple_html(body), "utf-8", cte or "quoted-printable"),
        ], boundary_style="zimbra"), None)
    if client == "outlook_mobile":
        return mixed(Multi("alternative", [
            Leaf("text/plain", body, "utf-8", cte or "base64"),
            Leaf("text/html", text_to_simple_html(body), "utf-8", cte or "base64"),
        ], boundary_style="outlook"), None)
    if client == "plain":
        return mixed(Leaf("text/plain", body, cs, plain_cte))
    raise ValueError(f"unknown client {client}")


def auth_results(domain, mode, relay):
    if mode == "fail":
        return (f"mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail smtp.mailfrom={domain};\n"
                f"\tdmarc=fail (p=quarantine dis=none) header.from={domain}")
    if mode == "softfail":
        return (f"mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=softfail smtp.mailfrom={domain};\n"
                f"\tdmarc=fail (p=none dis=none) header.from={domain}")
    if mode == "helo":
        return f"mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=pass smtp.helo={relay};\n\tdmarc=none"
    return (f"mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d={domain};\n"
            f"\tspf=pass smtp.mailfrom={domain};\n\tdmarc=pass (p=none dis=none) header.from={domain}")


def build(m, rng):
    name, from_addr = m["frm"]
    domain = from_addr.rsplit("@", 1)[1].lower()
    client = m["client"]
    when = dt.datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(tzinfo=CET)
    when = when.replace(second=rng.randint(0, 59))
    sent = format_datetime(when)
    submit = format_datetime(when + dt.timedelta(seconds=rng.randint(1, 20)))
    arrive = format_datetime(when + dt.timedelta(seconds=rng.randint(21, 90)))
    n = rng.randint(1, 9)
    if m.get("relay"):
        relay = m["relay"]
    elif domain in FREEMAIL_RELAYS:
        relay = FREEMAIL_RELAYS[domain].format(n=n)
    elif domain.endswith("ac-lyon.fr") and from_addr.lower().startswith("microsoftexchange"):
        relay = "mail-pr3eur0" + str(n) + ".outbound.protection.outlook.com"
    elif domain.startswith("ac-"):
        relay = f"smtp{n}.{domain}"
    else:
        relay = f"mail.{domain}"
    ip = f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randint(2, 250)}"
    auth = m.get("auth")
    rcpt = parseaddr(m["to"])[1] if m.get("to") else DESK
    h = []
    h.append(("Return-Path", m.get("return_path", f"<{from_addr}>")))
    h.append(("Delivered-To", DESK))
    if auth == "local":
        h.append(("Received", f"by mx1.assistance.example.fr (Postfix)\n\tid {_aln(rng, 15, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789')}; {arrive}"))
    else:
        h.append(("Received", f"from {relay} ({relay} [{ip}])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id "
                              f"{_aln(rng, 15, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789')}\n"
                              f"\tfor <{DESK}>; {arrive}"))
        h.append(("Authentication-Results", auth_results(domain, auth, relay)))
        if client not in ("plain", "exchange"):
            h.append(("Received", f"from [192.168.{rng.randint(0, 9)}.{rng.randint(2, 250)}] (unknown [{ip}])\n"
                                  f"\tby {relay} with ESMTPSA id {_hex(rng, 10).upper()}\n\tfor <{rcpt}>; {submit}"))
    h.append(("From", addr(m["frm"])))
    h.append(("To", m.get("to", "Assistance <support@assistance.example.fr>" if client in ("outlook", "exchange", "apple", "thunderbird") else DESK)))
    if m.get("cc"):
        h.append(("Cc", ", ".join(addr(c) for c in m["cc"])))
    if m.get("reply_to"):
        h.append(("Reply-To", m["reply_to"]))
    h.append(("Subject", enc(m["subj"])))
    h.append(("Date", sent))
    mid_client = "outlook_mobile" if client == "exchange" else client
    h.append(("Message-ID", message_id(rng, mid_client, domain, int(when.timestamp() * 1000))))
    extra = list(m.get("hdrs", []))
    for k, v in extra:
        if k in ("In-Reply-To", "References"):
            h.append((k, v))
    h.append(("MIME-Version", MIME_VERSION.get(client, "1.0")))
    h += CLIENT_HEADERS.get(client, [])
    if client in ("outlook", "exchange"):
        h.append(("Thread-Index", base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()))
    if client in ("outlook", "exchange", "thunderbird", "zimbra"):
        h.append(("Content-Language", "en-US" if m.get("lang") == "en" else "fr"))
    for k, v in extra:
        if k not in ("In-Reply-To", "References"):
            h.append((k, v))
    head_lines = [f"{k}: {v}" if v != "" else f"{k}:" for k, v in h]
    part_head, part_body = root_part(m).render(rng)
    return ("\n".join(head_lines + part_head) + "\n\n").encode("ascii") + part_body


def label_of(m, fname):
    return {
        "file": fname,
        "category": m["cat"],
        "auto_reply_ok": m["ok"],
        "uai": m["uai"],
        "region": SHORT_REGION.get(m["reg"], m["reg"]),
        "platform": m["plat"],
        "hard": m.get("hard", False),
        "lang": m.get("lang", "fr"),
        "notes": m["notes"],
    }


def generate():
    """Return {file name: bytes} for the 150 mails and the labels file."""
    order = list(range(len(MAILS)))
    random.Random(SEED).shuffle(order)
    rng = random.Random(SEED + 1)
    files, labels = {}, []
    for i, idx in enumerate(order, 1):
        fname = f"h{i:03d}.eml"
        files[fname] = build(MAILS[idx], rng)
        labels.append(label_of(MAILS[idx], fname))
    files["labels.jsonl"] = "".join(json.dumps(lab, ensure_ascii=False) + "\n" for lab in labels).encode("utf-8")
    return files


# ==========================================================================
# Self-checks on the written output
# ==========================================================================
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{3}) ?(\d{4}) ?([A-Za-z])(?![0-9A-Za-z])")
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def visible_text(msg):
    """Decoded header values a reader sees, and every text part (HTML stripped),
    including parts of attached messages."""
    chunks = []
    for hname in ("From", "To", "Cc", "Reply-To", "Subject"):
        for v in msg.get_all(hname, []):
            chunks.append(str(v))
    for part in msg.walk():
        if part.get_content_maintype() == "text" and part.get_content_subtype() in ("plain", "html"):
            if part.get_content_disposition() == "attachment":
                continue
            txt = part.get_content()
            if part.get_content_subtype() == "html":
                txt = html.unescape(re.sub(r"<[^>]+>", " ", txt))
            chunks.append(txt)
    return "\n".join(chunks)


def check_output():
    emls = sorted(p.name for p in HERE.glob("h*.eml"))
    assert emls == [f"h{i:03d}.eml" for i in range(1, 151)], "expected exactly h001.eml ... h150.eml"
    labels = [json.loads(x) for x in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(labels) == 150 and [lab["file"] for lab in labels] == emls
    seen_ids, bodies = set(), set()
    for lab in labels:
        f = lab["file"]
        assert list(lab) == LABEL_KEYS, (f, list(lab))
        assert lab["category"] in CATEGORIES, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["auto_reply_ok"]:
            assert lab["category"] in AUTO_REPLY_CATEGORIES, (f, "auto_reply_ok on a human/ignore category")
        assert lab["platform"] is None or lab["platform"] in PLATFORMS, f
        assert lab["region"] is None or lab["region"] in REGIONS, f
        assert lab["lang"] in ("fr", "en"), f
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 20, f

        raw = (HERE / f).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert not msg.defects, (f, msg.defects)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
        for hname in ("From", "To", "Subject", "Date", "Message-ID"):
            assert msg[hname] is not None, (f, hname)
            assert not msg[hname].defects, (f, hname, msg[hname].defects)
        when = msg["Date"].datetime
        assert dt.datetime(2025, 11, 1, tzinfo=CET) <= when < dt.datetime(2026, 1, 1, tzinfo=CET), f
        assert msg["Message-ID"] not in seen_ids, f
        seen_ids.add(msg["Message-ID"])
        text = visible_text(msg)
        assert text.strip(), f
        body_key = re.sub(r"\s+", " ", text)
        assert body_key not in bodies, (f, "duplicate mail")
        bodies.add(body_key)

        # UAI: every code's check letter is right unless the notes say it is deliberately wrong
        found = {"".join(mt.groups()).upper() for mt in UAI_RE.finditer(text)}
        bad = {c for c in found if not uai_ok(c)}
        for c in bad:
            assert "wrong check letter" in lab["notes"] and c in lab["notes"], (f, "unexplained bad UAI", c)
        if "wrong check letter" in lab["notes"]:
            assert bad, (f, "notes announce a wrong check letter that is not in the mail")
        valid = found - bad
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]), (f, "label UAI has a wrong check letter")
            assert lab["uai"] in valid, (f, "label UAI not found in the mail", lab["uai"], found)
        else:
            assert not valid, (f, "a valid UAI is in the mail but the label has none", valid)

        # region: the UAI's département, else the académie domain of the sender, else null
        sender = parseaddr(str(msg["From"]))[1]
        expected = region_of_uai(lab["uai"]) if lab["uai"] else region_of_address(sender)
        assert lab["region"] == expected, (f, lab["region"], expected)

        # mail that announces itself as automatic must be labelled automated
        auto_sub = str(msg.get("Auto-Submitted", "no")).strip().lower()
        precedence = str(msg.get("Precedence", "")).strip().lower()
        if (not auto_sub.startswith("no") or precedence in ("bulk", "list", "junk") or msg.get("List-Id")
                or msg.get_content_type() == "multipart/report" or str(msg.get("Return-Path", "")).strip() == "<>"):
            assert lab["category"] == "automated", (f, "automation headers on a non-automated label")

    cats = {lab["category"] for lab in labels}
    assert cats == CATEGORIES, CATEGORIES - cats
    n_en = sum(lab["lang"] == "en" for lab in labels)
    assert 9 <= n_en <= 15, n_en  # about 8 %
    assert sum(lab["uai"] is None and "wrong check letter" in lab["notes"] for lab in labels) >= 2
    return labels


def main():
    first = generate()
    assert first == generate(), "generation is not deterministic"
    assert len(MAILS) == 150, len(MAILS)
    for old in HERE.glob("h*.eml"):
        old.unlink()
    for name, data in first.items():
        (HERE / name).write_bytes(data)
    labels = check_output()
    counts = {}
    for lab in labels:
        counts[lab["category"]] = counts.get(lab["category"], 0) + 1
    print(f"wrote {len(labels)} mails to {HERE}")
    for cat, c in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {cat:32s} {c}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the holdout51 blind test corpus (150 hand-written mails + labels).

Theme: March 2026, public purchasing seen from the buyers' side in Bretagne,
Normandie and Pays de la Loire (town halls, hospitals, départements,
intercommunalités, SDIS, universities and their suppliers), with about a third
of the mails from schools for contrast.

Standard library only, deterministic (fixed seed).  Every mail text below was
written by hand; the code around it only wraps the text into realistic MIME
(Outlook, Zimbra, Thunderbird, Gmail, Apple, mobile clients, bounces...).

Run:  python3 make_holdout51.py
It writes h001.eml ... h150.eml and labels.jsonl next to itself, then checks
its own output with assertions.
"""
from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import html
import json
import quopri
import random
import re
import textwrap
import urllib.parse
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 510326
rng = random.Random(SEED)

SUPPORT = "support@assistance.example.fr"
SUPPORT_NAME = "Assistance"
MX = "mx1.assistance.example.fr"
EA_NOREPLY = "no-reply@espace-acheteur.example.fr"
ESIDOC_NOREPLY = "no-reply@esidoc.example.fr"
ESIGN_NOREPLY = "dse@esign-notify.example.com"

# --------------------------------------------------------------------------
# Taxonomy and routing table (from shared/spec/taxonomy.md and regions.md)
# --------------------------------------------------------------------------
CATEGORIES = {
    "password_reset": "auto_reply",
    "missing_noreply_mail": "auto_reply",
    "mailinblack_spam": "auto_reply",
    "head_of_establishment_request": "human_review",
    "account_creation": "auto_reply_or_human",
    "subscription_activation": "auto_reply",
    "order_billing": "human_review",
    "contract_documents": "human_review",
    "transfer_incident": "human_review",
    "automated": "ignore",
    "other": "human_review",
}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature", None}
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]

_REGIONS = {
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
DEPT_REGION: dict[str, str] = {}
DOMAIN_REGION: dict[str, str] = {}
for _slug, (_depts, _doms) in _REGIONS.items():
    for _d in _depts.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _dom in _doms.split():
        DOMAIN_REGION[_dom] = _slug

UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def check_letter(d7: str) -> str:
    return UAI_LETTERS[int(d7) % 23]


def U(d7: str) -> str:
    """A real UAI: 7 digits + the right check letter."""
    assert len(d7) == 7 and d7.isdigit()
    return d7 + check_letter(d7)


def BAD(d7: str) -> str:
    """The same digits with a deliberately wrong check letter."""
    good = UAI_LETTERS.index(check_letter(d7))
    return d7 + UAI_LETTERS[(good + 5) % 23]


def uai_valid(code: str) -> bool:
    code = code.replace(" ", "").upper()
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and check_letter(code[:7]) == code[7]


def region_of_uai(code: str) -> str:
    return DEPT_REGION[code[:3]]


# --------------------------------------------------------------------------
# Small text helpers used inside the mails
# --------------------------------------------------------------------------
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_ABBR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def _date(day: int, month: int = 3) -> datetime:
    return datetime(2026, month, day)


def fr_long(day: int, hm: str, month: int = 3) -> str:
    """'lundi 9 mars 2026 10:12' (Outlook French quote header)."""
    d = _date(day, month)
    return f"{FR_DAYS[d.weekday()]} {day} {FR_MONTHS[month - 1]} 2026 {hm}"


def fr_gmail(day: int, hm: str, month: int = 3) -> str:
    d = _date(day, month)
    return f"{FR_DAYS_ABBR[d.weekday()]} {day} {FR_MONTHS[month - 1]} 2026 à {hm}"


def fr_tb(day: int, hm: str, month: int = 3) -> str:
    return f"{day:02d}/{month:02d}/2026 à {hm}"


def fr_zimbra(day: int, hm: str, month: int = 3) -> str:
    d = _date(day, month)
    return f"{FR_DAYS[d.weekday()].capitalize()} {day} {FR_MONTHS[month - 1].capitalize()} 2026 {hm}:{(day * 7) % 60:02d}"


def en_long(day: int, hm: str, month: int = 3) -> str:
    d = _date(day, month)
    h, m = map(int, hm.split(":"))
    ampm = "AM" if h < 12 else "PM"
    h12 = h if 1 <= h <= 12 else (h - 12 if h > 12 else 12)
    return f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[month - 1]} {day}, 2026 {h12}:{m:02d} {ampm}"


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in text.strip("\n").split("\n"))


def outlook_quote(frm, day, hm, to, subject, body, cc=None, month=3):
    lines = [f"De : {frm}", f"Envoyé : {fr_long(day, hm, month)}", f"À : {to}"]
    if cc:
        lines.append(f"Cc : {cc}")
    lines.append(f"Objet : {subject}")
    return "\n".join(lines) + "\n\n" + body.strip("\n") + "\n"


def outlook_quote_en(frm, day, hm, to, subject, body, month=3):
    return (f"From: {frm}\nSent: {en_long(day, hm, month)}\nTo: {to}\nSubject: {subject}\n\n"
            + body.strip("\n") + "\n")


def zimbra_quote(frm, to, day, hm, subject, body, month=3):
    return ("----- Mail original -----\n"
            f"De: {frm}\nÀ: {to}\nEnvoyé: {fr_zimbra(day, hm, month)}\nObjet: {subject}\n\n"
            + body.strip("\n") + "\n")


TICKET_BODY_JUNK = """Bonjour,

Les messages automatiques de la plateforme sont envoyés par une adresse
« no-reply ». Merci de vérifier votre dossier Courrier indésirable (ou Spam),
de marquer le message comme légitime et d'ajouter l'adresse d'expédition à vos
contacts autorisés.

Si le message n'est toujours pas arrivé dans 48 heures, répondez simplement à
ce mail : votre demande sera transmise au support de votre région.

Cordialement,
L'équipe d'assistance"""

TICKET_BODY_RESET = """Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse connue
pour votre compte. Il est valable 12 heures et ne peut servir qu'une fois.

Cordialement,
L'équipe d'assistance"""

# Disclaimers and footers as they appear at the bottom of real mails
D_VILLE = """--
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. La collectivité décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié."""

D_HOPITAL = """AVERTISSEMENT : Ce courriel et ses éventuelles pièces jointes sont strictement confidentiels et peuvent contenir des informations couvertes par le secret professionnel ou le secret médical. Ils sont destinés exclusivement à la personne ou à l'entité à qui ils sont adressés. Si vous n'en êtes pas le destinataire, toute lecture, copie, diffusion ou utilisation est interdite ; merci de le signaler à l'expéditeur et de le supprimer. L'établissement ne pourra être tenu responsable de son contenu s'il a été modifié."""

D_DEPT = """********************************************************************
Les informations contenues dans ce message sont confidentielles et réservées à l'usage de leurs destinataires. Si vous recevez ce message par erreur, merci de le signaler à l'expéditeur et de le supprimer. Les opinions exprimées n'engagent que leur auteur et non le Département.
********************************************************************"""

D_ENV = "Pensez à l'environnement : n'imprimez ce message que si nécessaire."

D_RGPD = """Vos données personnelles sont traitées par la collectivité pour la gestion de votre demande. Conformément au RGPD et à la loi Informatique et Libertés, vous disposez d'un droit d'accès, de rectification et d'effacement en écrivant au délégué à la protection des données : dpo@{dom}."""

D_SDIS = """Ce message électronique et ses pièces jointes sont confidentiels et à l'usage exclusif de leurs destinataires. Le SDIS ne saurait être tenu pour responsable d'une éventuelle altération du message. Toute diffusion non autorisée est interdite."""

D_UNIV = """Ce message et ses pièces jointes peuvent contenir des informations confidentielles. Si vous n'êtes pas le destinataire prévu, merci de prévenir l'expéditeur et de supprimer ce message. / This message may contain confidential information. If you are not the intended recipient, please notify the sender and delete it."""

D_EN = """CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately by return e-mail and delete this message from your system. Any unauthorised use, disclosure or copying is strictly prohibited."""

D_ENTREPRISE = """Ce message et ses pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire de ce message, merci de le détruire et d'en avertir l'expéditeur. Nos conditions générales de vente sont disponibles sur simple demande."""

# --------------------------------------------------------------------------
# MIME building
# --------------------------------------------------------------------------
WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=@CS@">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle19
	{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def word_html(text: str, cs: str) -> str:
    out = [WORD_HEAD.replace("@CS@", cs)]
    in_quote = False
    for line in text.split("\n"):
        if not in_quote and re.match(r"^(De :|From:|-----Message d'origine-----)", line):
            in_quote = True
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
        if line.strip():
            esc = html.escape(line, quote=False)
            if re.match(r"^(De|Envoyé|À|Cc|Objet|From|Sent|To|Subject) ?:", line):
                k, v = esc.split(":", 1)
                esc = f"<b>{k}:</b>{v}"
            out.append(f'<p class="MsoNormal">{esc}<o:p></o:p></p>\n')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
    if in_quote:
        out.append("</div>\n")
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def simple_html(text: str, style: str = "zimbra") -> str:
    lines = text.split("\n")
    if style == "gmail":
        out, quote_buf = ['<div dir="ltr">'], []

        def flush():
            if quote_buf:
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                           + "<br>".join(html.escape(q, quote=False) for q in quote_buf) + "</blockquote>")
                quote_buf.clear()
        for line in lines:
            if line.startswith(">"):
                quote_buf.append(line[1:].lstrip(" "))
            else:
                flush()
                out.append((html.escape(line, quote=False) if line else "") + "<br>")
        flush()
        out.append("</div>\n")
        return "\n".join(out)
    body = "<br>\n".join(html.escape(line, quote=False) for line in lines)
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; '
            'color: #000000">' + body + "</div></body></html>\n")


def flowed(text: str, width: int = 72) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip(" "))
            continue
        parts = textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in parts[:-1])
        out.append(parts[-1])
    return "\n".join(out)


def encode_payload(data: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def text_part(ctype: str, text: str, charset: str, cte: str, params: str = "") -> bytes:
    data = text.encode(charset)
    hdr = f'Content-Type: {ctype}; charset="{charset}"{params}\nContent-Transfer-Encoding: {cte}\n\n'
    body = encode_payload(data, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return hdr.encode("ascii") + body


def multipart(subtype: str, parts: list[bytes], boundary: str, preamble: str | None = None,
              extra_params: str = "") -> bytes:
    hdr = f'Content-Type: multipart/{subtype};{extra_params}\n boundary="{boundary}"\n\n'
    out = hdr.encode()
    if preamble:
        out += preamble.encode() + b"\n"
    for i, p in enumerate(parts):
        out += (b"\n--" if (i or preamble) else b"--") + boundary.encode() + b"\n" + p
    out += b"\n--" + boundary.encode() + b"--\n"
    return out


def attachment_part(filename: str, mimetype: str, data: bytes) -> bytes:
    if all(ord(c) < 128 for c in filename):
        name_param = f'name="{filename}"'
        disp = f'attachment;\n filename="{filename}"'
    else:
        enc_word = Header(filename, "utf-8").encode()
        name_param = f'name="{enc_word}"'
        disp = f"attachment;\n filename*=utf-8''{urllib.parse.quote(filename)}"
    hdr = (f"Content-Type: {mimetype};\n {name_param}\nContent-Description: {filename if filename.isascii() else 'piece jointe'}\n"
           f"Content-Disposition: {disp}\nContent-Transfer-Encoding: base64\n\n")
    return hdr.encode() + base64.encodebytes(data)


def fake_pdf(title: str) -> bytes:
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            b"3 0 obj\n<< /Title (" + t + b") >>\nendobj\ntrailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")


def fake_png() -> bytes:
    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def hdr_text(s: str) -> str:
    if s.isascii():
        return s
    return Header(s, "utf-8").encode(maxlinelen=76)


def addr(name: str | None, address: str) -> str:
    if not name:
        return address
    if name.isascii():
        if re.search(r'[(),.:;<>@\[\]"\\]', name):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{address}>"
    return f"{Header(name, 'utf-8').encode()} <{address}>"


def rand_hex(n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rand_alnum(n: int, upper: bool = True) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if upper else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(alphabet) for _ in range(n))


def rand_ip() -> str:
    return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randrange(2, 250))


WORKDAYS = [d for d in range(1, 32) if datetime(2026, 3, d).weekday() < 5]


def mkdate(day: int | None, hm: str | None) -> datetime:
    if day is None:
        day = rng.choice(WORKDAYS)
    if hm is None:
        hm = f"{rng.randrange(7, 19):02d}:{rng.randrange(60):02d}"
    h, mi = map(int, hm.split(":"))
    summer = (day, h) >= (29, 3)  # CEST from Sunday 29 March 2026, 02:00 CET
    tz = timezone(timedelta(hours=2 if summer else 1))
    return datetime(2026, 3, day, h, mi, rng.randrange(60), tzinfo=tz)


CLIENT_STYLE = {
    "o365": "outlook", "outlook16": "outlook", "zimbra": "zimbra", "thunderbird": "tb",
    "gmail": "gmail", "apple": "apple", "iphone": "iphone", "android_outlook": "mobile_alt",
    "samsung": "mobile_alt", "webmail": "webmail", "plain": "plain", "raw": "raw",
}


def message_id(client: str, domain: str, when: datetime) -> str:
    if client == "o365":
        box = f"{rng.choice(['PR', 'PA', 'MR', 'PAV', 'PR1'])}{rng.randrange(0, 3)}P264MB{rng.randrange(1000, 9999)}"
        return f"<{box}{rand_alnum(28)}@{box}.FRAP264.PROD.OUTLOOK.COM>"
    if client == "outlook16":
        return f"<00{rand_hex(1)}{rand_hex(3)}01dc{rand_hex(4)}${rand_hex(8)}${rand_hex(8)}@{domain}>"
    if client == "zimbra":
        return f"<{rng.randrange(10**8, 10**10)}.{rng.randrange(10**5, 10**7)}.{int(when.timestamp() * 1000)}.JavaMail.zimbra@{domain}>"
    if client == "gmail":
        return f"<CA+{rand_alnum(40, upper=False)}@mail.gmail.com>"
    if client in ("apple", "iphone"):
        u = rand_hex(32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"
    if client in ("android_outlook",):
        return f"<AM{rng.randrange(0, 9)}PR{rng.randrange(10, 99)}MB{rng.randrange(1000, 9999)}{rand_alnum(20)}@AM0PR{rng.randrange(10, 99)}.eurprd{rng.randrange(1, 9):02d}.prod.outlook.com>"
    if client == "samsung":
        return f"<{rand_hex(8)}-{rand_hex(4)}-{rand_hex(4)}-{rand_hex(4)}-{rand_hex(12)}@email.android.com>"
    if client == "thunderbird":
        return f"<{rand_hex(8)}-{rand_hex(4)}-{rand_hex(4)}-{rand_hex(4)}-{rand_hex(12)}@{domain}>"
    return f"<{when.strftime('%Y%m%d%H%M%S')}.{rand_hex(12)}@{domain}>"


def sending_host(client: str, domain: str) -> str:
    if client in ("o365", "android_outlook"):
        return f"{rng.choice(['PR0P264CU001', 'PA4P264CU002', 'MRWP264CU001', 'PAUP264CU001'])}.outbound.protection.outlook.com"
    if client == "gmail" or domain == "gmail.com":
        return f"mail-wr1-f{rng.randrange(40, 70)}.google.com"
    if client == "zimbra" and domain.startswith("ac-"):
        return f"smtp{rng.randrange(1, 6)}.{domain}"
    if domain in ("orange.fr", "wanadoo.fr"):
        return f"smtp{rng.randrange(10, 99)}.smtp.orange.fr"
    return f"{rng.choice(['mail', 'smtp', 'mx', 'relay'])}.{domain}"


MAILS: list[dict] = []


def M(**kw):
    """Register one hand-written mail with its label."""
    MAILS.append(kw)


def build(m: dict) -> bytes:
    frm_name, frm_addr = m["frm"]
    domain = frm_addr.rsplit("@", 1)[1].lower()
    client = m.get("client", "o365")
    when = mkdate(m.get("day"), m.get("at"))
    m["_when"] = when
    lines: list[str] = []
    rp = m.get("return_path", frm_addr)
    lines.append(f"Return-Path: <{rp}>")
    lines.append(f"Delivered-To: {m.get('delivered_to', SUPPORT)}")
    host = m.get("host") or sending_host(client, domain)
    ip = rand_ip()
    recv_time = when + timedelta(seconds=rng.randrange(2, 40))
    lines.append(f"Received: from {host} ({host} [{ip}])\n\tby {MX} (Postfix) with ESMTPS id {rand_alnum(15)}"
                 f"\n\tfor <{m.get('delivered_to', SUPPORT)}>; {format_datetime(recv_time)}")
    auth = {"dkim": "pass", "spf": "pass", "dmarc": "pass"}
    auth.update(m.get("auth", {}))
    ad = m.get("auth_domain", domain)
    if rp == "":
        spf_line = f"spf=pass smtp.helo={host}"
    else:
        spf_line = f"spf={auth['spf']} smtp.mailfrom={rp.rsplit('@', 1)[-1] if rp else ad}"
    dkim_line = "dkim=none" if auth["dkim"] == "none" else f"dkim={auth['dkim']} (2048-bit key) header.d={ad}"
    dmarc_pol = "(p=quarantine dis=quarantine)" if auth["dmarc"] == "fail" else "(p=none dis=none)"
    dmarc_line = "dmarc=none" if auth["dmarc"] == "none" else f"dmarc={auth['dmarc']} {dmarc_pol} header.from={domain}"
    lines.append(f"Authentication-Results: {MX};\n\t{dkim_line};\n\t{spf_line};\n\t{dmarc_line}")
    if client in ("zimbra", "thunderbird", "apple") and domain not in ("gmail.com",) and not m.get("no_inner_received"):
        lines.append(f"Received: from [192.168.{rng.randrange(0, 20)}.{rng.randrange(2, 250)}] (unknown [{rand_ip()}])"
                     f"\n\tby {host} with ESMTPSA id {rand_hex(10).upper()}\n\tfor <{SUPPORT}>; {format_datetime(when)}")
    lines.append(f"From: {addr(frm_name, frm_addr)}")
    to = m.get("to", [(SUPPORT_NAME, SUPPORT)])
    lines.append("To: " + ",\n\t".join(addr(n, a) for n, a in to))
    if m.get("cc"):
        lines.append("Cc: " + ",\n\t".join(addr(n, a) for n, a in m["cc"]))
    if m.get("reply_to"):
        lines.append(f"Reply-To: {addr(*m['reply_to'])}")
    lines.append(f"Subject: {hdr_text(m['subject'])}")
    date_hdr = when.astimezone(timezone.utc) if client == "o365" else when
    lines.append(f"Date: {format_datetime(date_hdr)}")
    lines.append(f"Message-ID: {m.get('message_id') or message_id(client, domain, when)}")
    if m.get("irt"):
        lines.append(f"In-Reply-To: {m['irt']}")
        lines.append(f"References: {m.get('refs', m['irt'])}")
    if client == "o365":
        lines.append(f"Thread-Topic: {hdr_text(re.sub(r'^(RE|TR|Re|Fwd?) ?: ?', '', m['subject']))}")
        lines.append(f"Thread-Index: {base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()}")
        lines.append("Accept-Language: fr-FR, en-US" if m.get("lang", "fr") == "fr" else "Accept-Language: en-GB, en-US")
        lines.append("Content-Language: fr-FR" if m.get("lang", "fr") == "fr" else "Content-Language: en-GB")
        lines.append("X-MS-Has-Attach: " + ("yes" if m.get("attach") else ""))
        lines.append("X-MS-TNEF-Correlator: ")
    elif client == "outlook16":
        lines.append("X-Mailer: Microsoft Outlook 16.0")
        lines.append(f"Thread-Index: A{base64.b64encode(bytes(rng.randrange(256) for _ in range(21))).decode()}")
        lines.append("Content-Language: fr" if m.get("lang", "fr") == "fr" else "Content-Language: en-gb")
    elif client == "zimbra":
        lines.append(f"X-Originating-IP: [10.{rng.randrange(1, 250)}.{rng.randrange(1, 250)}.{rng.randrange(1, 250)}]")
        lines.append("X-Mailer: Zimbra 10.0.9_GA_4691 (ZimbraWebClient - FF136 (Win)/10.0.9_GA_4691)")
    elif client == "thunderbird":
        lines.append("User-Agent: Mozilla Thunderbird")
        lines.append("Content-Language: fr" if m.get("lang", "fr") == "fr" else "Content-Language: en-US")
    elif client == "apple":
        lines.append("X-Mailer: Apple Mail (2.3826.400.131.1.6)")
    elif client == "iphone":
        lines.append("X-Mailer: iPhone Mail (22D82)")
    elif client == "samsung":
        lines.append("X-Mailer: Samsung Mail")
    for k, v in m.get("headers", []):
        assert v.isascii(), (k, v)
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    head = "\n".join(lines) + "\n"

    body = m.get("body", "")
    style = m.get("style") or CLIENT_STYLE[client]
    boundary = m.get("boundary") or f"_000_{rand_alnum(12)}{rand_hex(12)}_"
    if style == "raw":
        content = m["raw"].encode("utf-8")
    elif style == "outlook":
        cs = "windows-1252"
        try:
            body.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        content = multipart("alternative", [
            text_part("text/plain", body, cs, "quoted-printable"),
            text_part("text/html", word_html(body, cs), cs, "quoted-printable"),
        ], boundary)
    elif style == "outlook_html":  # HTML only, Outlook flavour
        cs = "windows-1252"
        src = m.get("html") or word_html(body, cs)
        try:
            src.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
            src = src.replace("charset=windows-1252", "charset=utf-8")
        content = text_part("text/html", src, cs, "quoted-printable")
    elif style == "html_b64":  # HTML only, webmail in base64
        content = text_part("text/html", m.get("html") or simple_html(body), "utf-8", "base64")
    elif style == "zimbra":
        content = multipart("alternative", [
            text_part("text/plain", body, "utf-8", "quoted-printable"),
            text_part("text/html", simple_html(body), "utf-8", "quoted-printable"),
        ], f"=_{rand_hex(8)}-{rand_hex(4)}-{rand_hex(4)}-{rand_hex(4)}-{rand_hex(12)}")
    elif style == "zimbra_plain":
        content = text_part("text/plain", body, "utf-8", "quoted-printable")
    elif style == "tb":
        content = text_part("text/plain", flowed(body), "UTF-8", "8bit", "; format=flowed")
    elif style == "latin1":
        content = text_part("text/plain", flowed(body), m.get("charset", "ISO-8859-1"), "8bit", "; format=flowed")
    elif style == "gmail":
        content = multipart("alternative", [
            text_part("text/plain", body, "UTF-8", "quoted-printable"),
            text_part("text/html", simple_html(body, "gmail"), "UTF-8", "quoted-printable"),
        ], f"0000000000{rand_hex(18)}")
    elif style in ("apple", "iphone"):
        content = text_part("text/plain", body, "utf-8", "quoted-printable")
    elif style == "mobile_b64":
        content = text_part("text/plain", body, "utf-8", "base64")
    elif style == "mobile_alt":
        content = multipart("alternative", [
            text_part("text/plain", body, "utf-8", "base64"),
            text_part("text/html", simple_html(body), "utf-8", "base64"),
        ], f"--_{rand_hex(16)}_")
    elif style == "plain":
        cs = "us-ascii" if body.isascii() else "utf-8"
        content = text_part("text/plain", body, cs, "7bit" if cs == "us-ascii" else "8bit")
    elif style == "webmail":
        content = multipart("alternative", [
            text_part("text/plain", body, "UTF-8", "quoted-printable"),
            text_part("text/html", simple_html(body), "UTF-8", "quoted-printable"),
        ], f"----=_Part_{rng.randrange(10**5, 10**6)}_{rng.randrange(10**8, 10**9)}.{int(when.timestamp() * 1000)}")
    else:
        raise ValueError(style)

    if m.get("attach"):
        # strip the Content-Type header block of content to embed it as the first part
        parts = [content]
        for fname, mtype, data in m["attach"]:
            parts.append(attachment_part(fname, mtype, data))
        content = multipart("mixed", parts, f"_004_{rand_alnum(12)}{rand_hex(10)}_")
    return head.encode("ascii") + content


# ==========================================================================
# The mails.  Each M(...) call is one hand-written message and its label.
# ==========================================================================

# -------------------------------------------------------------- password_reset
M(cat="password_reset", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="Town-hall buyer forgot her Espace Acheteur password after months without ordering; no UAI, non-academic sender, so no region.",
  frm=("BERTHELOT Nadège", "n.berthelot@mairie-vitre.fr"), client="o365", day=3, at="08:52",
  subject="Mot de passe Espace Acheteur oublié",
  body=f"""Bonjour,

Je n'ai pas passé de commande sur l'Espace Acheteur depuis le mois de novembre et je ne parviens plus à me connecter : le mot de passe que j'avais noté est refusé, et je ne suis même plus certaine de l'identifiant (je suppose qu'il s'agit de mon adresse professionnelle).

Pourriez-vous me transmettre un lien de réinitialisation ? Nous devons passer la commande de fournitures des écoles maternelles avant la fin du mois.

Je vous remercie par avance.

Bien cordialement,

Nadège BERTHELOT
Assistante commande publique
Direction des finances et de la commande publique
Ville de Vitré
Hôtel de Ville – 5 place du Château – BP 70627 – 35506 VITRÉ Cedex
Tél. : 02 99 75 54 12
SIRET : 213 503 600 00018

{D_VILLE}
""")

M(cat="password_reset", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="Hospital buyer: account locked after several failed attempts (a colleague changed the shared password). Asks to unlock or for a reset link to the address on file. FINESS and SIRET in the signature are not UAIs.",
  frm=("Yannick Le Bihan", "yannick.lebihan@ch-montsdarree.fr"), client="outlook16", day=4, at="10:17",
  subject="Compte verrouillé - Espace Acheteur - CH des Monts d'Arrée",
  body=f"""Madame, Monsieur,

Suite à plusieurs tentatives de connexion infructueuses ce matin (cinq, je crois : un collègue avait modifié le mot de passe de notre compte sans prévenir le service), l'accès à l'Espace Acheteur est désormais verrouillé. Le message affiché est : « Votre compte est temporairement bloqué ».

Je vous remercie de bien vouloir débloquer le compte ou, à défaut, de m'adresser un lien de réinitialisation à l'adresse enregistrée, qui est la mienne.

Nous avons une commande de consommables de stérilisation à valider avant vendredi.

Avec mes remerciements,

Yannick LE BIHAN
Acheteur – Cellule des marchés publics
Direction des achats, de la logistique et des travaux
Centre hospitalier des Monts d'Arrée
12 rue de l'Hôpital – CS 60022 – 29410 Pleyber-Christ
Standard : 02 98 78 40 00 – Ligne directe : 02 98 78 41 36
SIRET 262 900 384 00017 – FINESS 290 000 488

{D_HOPITAL}
""")

M(cat="password_reset", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="HTML-only Outlook reply to the platform's 'password expires in 3 days' notification (quoted): the password expired and she no longer remembers the old one. The quoted part is machine text, the new part is a person.",
  frm=("GUILLOU Maëlle", "maelle.guillou@finistere.fr"), client="o365", style="outlook_html", day=6, at="14:03",
  subject="RE: Expiration de votre mot de passe",
  body=f"""Bonjour,

Je n'ai pas eu le temps de le changer avant l'échéance et il a désormais expiré. Quand je saisis l'ancien pour en définir un nouveau, il est refusé : visiblement je ne me souviens plus du bon.

Pouvez-vous me renvoyer un lien pour en créer un nouveau ?

Merci d'avance,

Maëlle GUILLOU
Gestionnaire marchés publics
Service achats et commande publique – Direction des finances
Conseil départemental du Finistère
32 boulevard Dupleix – CS 29029 – 29196 QUIMPER Cedex
Tél. 02 98 76 20 93
SIRET 222 900 017 00011

{D_DEPT}

De : Espace Acheteur <{EA_NOREPLY}>
Envoyé : {fr_long(2, "06:00")}
À : GUILLOU Maëlle <maelle.guillou@finistere.fr>
Objet : Expiration de votre mot de passe

Bonjour,

Votre mot de passe Espace Acheteur expirera dans 3 jours. Pensez à le modifier depuis la rubrique « Mon profil ».

Ceci est un message automatique, merci de ne pas y répondre.
""")

M(cat="password_reset", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="SDIS stores manager: the login is tied to a shared functional address and nobody knows which identifier or password the former agent set. The FAQ case of a shared address / unknown login.",
  frm=("Magasin central SDIS 35", "magasin.central@sdis35.fr"), client="outlook16", day=9, at="07:41",
  subject="Identifiant et mot de passe Espace Acheteur ?",
  body=f"""Bonjour,

Notre compte Espace Acheteur est rattaché à l'adresse magasin.central@sdis35.fr, que nous sommes quatre à consulter. L'agent qui avait créé le compte a été muté au groupement Sud au 1er mars et personne ici ne connaît ni l'identifiant exact ni le mot de passe qu'il avait choisi.

Pouvez-vous nous indiquer la marche à suivre pour récupérer l'accès ? Nous recevrons le lien sur cette même adresse.

Cordialement,

Adjudant-chef Thierry RAULT
Responsable du magasin central
Groupement logistique – Service approvisionnement
Service départemental d'incendie et de secours d'Ille-et-Vilaine
2 rue du Moulin de Joué – CS 40105 – 35701 RENNES Cedex 7
Tél. 02 99 87 66 10
SIRET 283 500 016 00028

{D_SDIS}
""")

_u = U("0141408")
M(cat="password_reset", auto=True, uai=_u, region="normandie", platform="espace_acheteur", hard=False, lang="fr",
  notes="Outlook forward ('TR:') of the reset mail whose 12-hour link has expired; asks for a new one. The university's UAI in the signature gives Normandie.",
  frm=("Hélène MARIE", "helene.marie@unicaen.fr"), client="o365", day=12, at="08:34",
  subject="TR: Réinitialisation de votre mot de passe",
  body=f"""Bonjour,

Je vous transfère le message reçu hier soir. En cliquant ce matin sur le lien, j'obtiens « Ce lien n'est plus valide ». Pourriez-vous m'en renvoyer un ? Je reste devant mon poste toute la matinée pour l'utiliser tout de suite.

Merci beaucoup,

Hélène MARIE
Gestionnaire achats – Pôle marchés publics
Direction des affaires financières
Université de Caen Normandie (UAI {_u})
Esplanade de la Paix – CS 14032 – 14032 CAEN Cedex 5
02 31 56 55 00
{D_ENV}

De : Espace Acheteur <{EA_NOREPLY}>
Envoyé : {fr_long(11, "18:42")}
À : MARIE Hélène <helene.marie@unicaen.fr>
Objet : Réinitialisation de votre mot de passe

Bonjour,

Vous avez demandé la réinitialisation de votre mot de passe. Cliquez sur le lien ci-dessous pour en choisir un nouveau :
https://espace-acheteur.example.fr/reset/6b1f0e9c4a
Ce lien est valable 12 heures.

Ceci est un message automatique, merci de ne pas y répondre.
""")

M(cat="password_reset", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="en",
  notes="English, from a university purchasing officer recently hired from abroad: forgotten Espace Acheteur password, only logged in once. No UAI, univ-rennes.fr is not an académie domain.",
  frm=("Siobhan KELLY", "siobhan.kelly@univ-rennes.fr"), client="o365", day=10, at="11:20",
  subject="Forgotten password - Espace Acheteur",
  body=f"""Hello,

I joined the purchasing office of the Faculty of Science in February. My colleague set up my access to the Espace Acheteur before going on maternity leave, and I only logged in once. I have since forgotten the password, and I am not sure which identifier she used for me (probably this e-mail address).

Could you please send a reset link to this address? My French is still rather limited, so an answer in English would be very much appreciated, although I will manage either way.

Many thanks in advance,

Siobhan Kelly
Purchasing Officer | Chargée des achats
Faculty of Science and Properties of Matter – Administrative Office
Université de Rennes
Campus de Beaulieu, 263 avenue du Général Leclerc, 35042 Rennes Cedex, France
+33 2 23 23 61 47

{D_UNIV}
""")

_u = U("0291873")
M(cat="password_reset", auto=True, uai=_u, region="bretagne", platform="esidoc", hard=False, lang="fr",
  notes="Librarian back from long sick leave cannot log into the e-sidoc back office; the replacement may have changed the password. UAI in the body.",
  frm=("Gwenaëlle Morvan", "gwenaelle.morvan@ac-rennes.fr"), client="thunderbird", day=2, at="13:12",
  subject="Accès back-office e-sidoc",
  body=f"""Bonjour,

De retour d'un long congé maladie, je ne parviens plus à me connecter au back-office e-sidoc du CDI. Le mot de passe a sans doute été changé par la collègue qui m'a remplacée pendant l'automne, et je n'arrive pas à la joindre (elle a été nommée dans une autre académie).

Collège Pierre-Jakez Hélias, Pont-l'Abbé – UAI {_u}.

Pouvez-vous m'aider à retrouver l'accès ? Je voudrais préparer l'exposition de la Semaine de la presse, qui commence dans quinze jours.

Bien cordialement,

Gwenaëlle Morvan
Professeure documentaliste
Collège Pierre-Jakez Hélias
""")

_u = U("0442093")
M(cat="password_reset", auto=True, uai=_u, region="pays-de-la-loire", platform="esidoc", hard=True, lang="fr",
  notes=f"UAI written in lower case ('{_u.lower()}'); the reset mail goes to the retired predecessor's address, so the reset path (official address, else head's written request) applies. Casual style, no capitals.",
  frm=("Thomas Rabiller", "thomas.rabiller@ac-nantes.fr"), client="zimbra", style="zimbra_plain", day=16, at="17:48",
  subject="mdp e-sidoc",
  body=f"""bonjour,

impossible de retrouver le mot de passe du portail e-sidoc du lycée ({_u.lower()}, lycée Jules Rieffel à Saint-Herblain). j'ai fait "mot de passe oublié" mais apparemment le mail part sur l'adresse de ma prédécesseure, qui est à la retraite depuis juillet...

est-ce que vous pouvez faire quelque chose ? 

merci
thomas rabiller, prof doc
""")

_u = U("0501217")
M(cat="password_reset", auto=True, uai=_u, region="normandie", platform="esidoc", hard=True, lang="fr",
  notes="The school's secretariat writes from the official ce.<UAI>@ac-normandie.fr address (the only place the UAI appears) and asks for the link on that address: the safe reset path.",
  frm=("Secrétariat Collège Les Embruns", f"ce.{_u}@ac-normandie.fr"), client="zimbra", day=5, at="09:05",
  subject="Réinitialisation mot de passe portail documentaire",
  body="""Madame, Monsieur,

La professeure documentaliste du collège, Mme Lecoq, ne parvient plus à accéder au portail e-sidoc : elle a perdu son mot de passe. Elle est en stage de formation toute la semaine mais souhaiterait pouvoir se reconnecter dès son retour lundi.

Pourriez-vous adresser le lien de réinitialisation à la présente adresse, qui est la boîte fonctionnelle de l'établissement ? Nous le lui transmettrons.

Avec nos remerciements,

Le secrétariat de direction
Collège Les Embruns
2 rue des Courlis – 50400 Granville
02 33 50 12 87
""")

_d = "0561489"
_u = U(_d)
_spaced = f"{_d[:4]} {_d[4:]} {_u[-1]}"
M(cat="password_reset", auto=True, uai=_u, region="bretagne", platform="esidoc", hard=True, lang="fr",
  notes=f"Short Outlook-for-Android message (base64); the UAI is written with spaces ('{_spaced}').",
  frm=("Annick Jaouen", "annick.jaouen@ac-rennes.fr"), client="android_outlook", day=17, at="12:26",
  subject="Mot de passe oublié",
  codes={_spaced: "label"},
  body=f"""Bonjour,
Je n'arrive plus à me connecter à e-sidoc, j'ai oublié mon mot de passe.
UAI : {_spaced} (collège Jules Simon, Vannes)
Merci de me renvoyer un lien.
Annick Jaouen, prof doc

Obtenir Outlook pour Android
""")

_u = U("0352304")
M(cat="password_reset", auto=False, uai=_u, region="bretagne", platform="espace_acheteur", hard=True, lang="fr",
  notes="Two topics: lost Espace Acheteur password (first, main) and a December invoice still missing from Chorus Pro (order_billing). A single template would answer only half.",
  frm=("Sébastien Hamon", "sebastien.hamon@ac-rennes.fr"), client="o365", day=18, at="15:31",
  subject="Connexion Espace Acheteur + facture décembre",
  body=f"""Bonjour,

Deux points, si vous le permettez :

1) Je ne parviens plus à me connecter à l'Espace Acheteur du lycée depuis la fin des vacances d'hiver : mot de passe refusé, et je l'ai visiblement oublié. Pouvez-vous m'envoyer un lien de réinitialisation ?

2) La facture correspondant à notre commande de matériel de laboratoire de décembre (bon de commande 2025-118) n'apparaît toujours pas sur Chorus Pro, alors que la livraison a eu lieu le 19 décembre. L'agent comptable me la réclame pour la clôture.

Merci pour votre aide,

Sébastien HAMON
Gestionnaire matériel
Lycée Bréquigny – 7 avenue Georges Graff – 35205 Rennes Cedex 2
UAI {_u}
Tél. 02 99 86 83 00
""")

_d = "0221592"
_bad = BAD(_d)
M(cat="password_reset", auto=True, uai=None, region="bretagne", platform="esidoc", hard=True, lang="fr",
  notes=f"UAI typed as {_bad}: wrong check letter (the digits give {U(_d)}), so no UAI label; region from the ac-rennes.fr sender. A plain lost-password request otherwise: the template can ask for the right code.",
  frm=("Erwan Tanguy", "erwan.tanguy@ac-rennes.fr"), client="thunderbird", day=19, at="10:02",
  subject=f"Mot de passe e-sidoc - collège Charles Le Goffic ({_bad})",
  codes={_bad: "bad"},
  body=f"""Bonjour,

J'ai oublié le mot de passe d'administration du portail e-sidoc du collège Charles Le Goffic à Lannion (RNE {_bad}).

Pourriez-vous me faire parvenir un lien de réinitialisation ?

Merci d'avance,
Erwan Tanguy
Professeur documentaliste
""")

M(cat="password_reset", auto=True, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
  notes="Contrast and negation: the reset mail did arrive (contrary to what a colleague wrote the day before), but its link has expired. A plain expired-link reset, not missing_noreply_mail.",
  frm=("Sophie Lefèvre", "s.lefevre@bayeux.fr"), client="o365", day=23, at="09:47",
  subject="Lien de réinitialisation expiré",
  body=f"""Bonjour,

Mon collègue M. Hue vous a écrit hier pour signaler que je ne recevais pas le mail de réinitialisation de mon mot de passe. Ce n'est en fait pas le cas : je l'ai bien reçu, il était simplement classé dans le dossier « Courrier indésirable ». Je ne l'ai découvert que ce matin et le lien, qui date de vendredi, a expiré entre-temps.

Pourriez-vous m'en adresser un nouveau ? Je surveillerai cette fois les indésirables.

Je vous prie d'agréer mes salutations distinguées.

Sophie LEFÈVRE
Service marchés publics et achats
Mairie de Bayeux
19 rue Larcher – CS 50218 – 14402 BAYEUX Cedex
02 31 51 60 60
SIRET 211 400 476 00017

{D_VILLE}
""")

M(cat="password_reset", auto=True, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
  notes="Reply on an old quote ticket (quoted history about a furniture quote, order_billing) whose new text thanks briefly and then clearly asks something else: a reset link. The new request decides.",
  frm=("Marc Leroux", "marc.leroux@terre-auge.fr"), client="o365", day=11, at="16:22",
  subject="RE: [#SUP-018233] Devis mobilier scolaire - école de Cambremer",
  irt="<SUP-018233.1772632800.4d2e91@assistance.example.fr>",
  body=f"""Bonjour,

Merci pour le devis, nous allons le faire signer par le vice-président.

Autre chose, sans rapport : depuis ce matin je ne peux plus me connecter à l'Espace Acheteur, mon mot de passe est refusé (je pense l'avoir changé en février et ne plus savoir lequel j'ai mis). Pouvez-vous me renvoyer un lien de réinitialisation ?

Bien cordialement,

Marc LEROUX
Chargé des achats
Communauté de communes Terre d'Auge
14 rue de la Gare – 14130 Pont-l'Évêque
Tél. 02 31 64 12 77 – SIRET 200 069 516 00019

De : Assistance <{SUPPORT}>
Envoyé : {fr_long(4, "14:00")}
À : Marc Leroux <marc.leroux@terre-auge.fr>
Objet : [#SUP-018233] Devis mobilier scolaire - école de Cambremer

Bonjour,

Vous trouverez ci-joint le devis demandé pour le mobilier de la classe de CP (12 tables réglables et 24 chaises), valable trois mois.

Cordialement,
L'équipe d'assistance
""")

M(cat="password_reset", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="Shared service account of a département's roads directorate: the password was changed by a colleague who moved away; 'je ne connais pas le mot de passe'. The functional address on file is read by the sender.",
  frm=("LEMONNIER Pascal", "pascal.lemonnier@manche.fr"), client="outlook16", day=24, at="11:05",
  subject="Compte Espace Acheteur de la Direction des routes",
  body=f"""Bonjour,

Le compte Espace Acheteur de la Direction des routes est rattaché à l'adresse fonctionnelle dr-achats@manche.fr, que je consulte. Le mot de passe a été modifié en janvier par Mme Savary, qui a depuis rejoint la Région, et je ne le connais pas.

Pourriez-vous envoyer un lien de réinitialisation sur l'adresse fonctionnelle ? Je vous confirme que je la relève chaque jour.

Cordialement

Pascal LEMONNIER
Responsable de la cellule administrative et financière
Direction des routes – Agence technique départementale Centre
Département de la Manche
Maison du Département – 98 route de Candol – 50050 Saint-Lô Cedex
Tél. : 02 33 05 96 41
SIRET 225 000 014 00019

{D_RGPD.format(dom="manche.fr")}
""")

M(cat="password_reset", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="Three-line iPhone message (base64 body): buyer account blocked, asks for a reset.",
  frm=("Jérôme Chiron", "j.chiron@montaigu-vendee.fr"), client="iphone", style="mobile_b64", day=25, at="07:12",
  subject="Mdp bloqué",
  body="""Bonjour
Mot de passe bloqué sur l'espace acheteur. Pouvez-vous le réinitialiser svp ? 
Merci
J. Chiron – Mairie de Montaigu-Vendée

Envoyé de mon iPhone
""")

_u = U("0491803")
M(cat="password_reset", auto=False, uai=_u, region="pays-de-la-loire", platform="ecoledirecte", hard=True, lang="fr",
  notes="Lost password of the EcoleDirecte establishment admin account, written by the IT-referent teacher (not the head). No reset template exists for this product: a person answers. Not a transfer incident.",
  frm=("Guillaume Bossard", "g.bossard@ensemble-stjoseph-chemille.fr"), client="gmail", day=10, at="18:05",
  subject="Mot de passe compte administrateur EcoleDirecte",
  body=f"""Bonjour,

Nous avons perdu le mot de passe du compte administrateur de notre espace établissement EcoleDirecte : l'identifiant est connu, mais le mot de passe a été modifié l'an dernier par l'ancien CPE et il n'a été noté nulle part.

Les transferts fonctionnent normalement, la question n'est pas là : c'est seulement pour accéder aux paramètres de l'espace (publication des bulletins du 2e trimestre).

Comment pouvons-nous le réinitialiser ?

Cordialement,
Guillaume Bossard
Enseignant, référent numérique
Ensemble scolaire Saint-Joseph – Chemillé-en-Anjou
UAI {_u}
""")

M(cat="password_reset", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="Forgotten login identifier (the password is known): the taxonomy puts a forgotten identifier under password_reset.",
  frm=("Aurélie Duval", "aurelie.duval@ville-fecamp.fr"), client="o365", day=26, at="10:41",
  subject="Identifiant oublié",
  body=f"""Bonjour,

Je dois me connecter à l'Espace Acheteur pour valider un panier préparé par ma collègue, mais je ne retrouve plus mon identifiant. Le mot de passe, je l'ai. Est-ce simplement mon adresse mail ? J'ai essayé avec, sans succès.

Merci de votre retour rapide,

Aurélie DUVAL
Service de la commande publique
Ville de Fécamp – Hôtel de Ville – Place du Général Leclerc – 76400 Fécamp
Tél. 02 35 28 10 23

{D_ENV}
""")

_u = U("0500862")
M(cat="password_reset", auto=False, uai=_u, region="normandie", platform="espace_acheteur", hard=True, lang="fr",
  notes="Gestionnaire writes from a personal Gmail and asks for the new password to be sent to that address: never send a reset to an address not on file, so no automatic answer.",
  frm=("Céline Hamel", "celine.hamel.gestion@gmail.com"), client="gmail", day=13, at="21:14",
  subject="Mot de passe espace acheteur collège",
  body=f"""Bonjour,

Je suis gestionnaire au collège Jean-François Millet à Cherbourg-en-Cotentin (UAI {_u}). J'ai oublié mon mot de passe de l'Espace Acheteur.

Je suis en télétravail cette semaine et je n'ai pas accès à ma messagerie académique depuis chez moi. Pourriez-vous m'envoyer le nouveau mot de passe directement sur cette adresse Gmail ? Ce serait beaucoup plus simple.

Merci,
Céline Hamel
""")

M(cat="password_reset", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="The SDIS IT department asks for reset links for three buyers whose passwords expired after the new password policy; links go to each address on file, the safe path.",
  frm=("DSI SDIS 44 - Support", "support.dsi@sdis44.fr"), client="outlook16", day=30, at="08:15",
  subject="Mots de passe expirés - 3 comptes acheteurs",
  body=f"""Bonjour,

Depuis l'application de votre nouvelle politique de mots de passe, trois de nos acheteurs ne peuvent plus se connecter à l'Espace Acheteur : leur mot de passe a expiré et aucun d'eux ne se souvient de l'ancien, nécessaire pour en définir un nouveau.

- Mme Nathalie Audureau (n.audureau@sdis44.fr)
- M. Loïc Guérin (l.guerin@sdis44.fr)
- M. Karim Benali (k.benali@sdis44.fr)

Pouvez-vous leur envoyer un lien de réinitialisation, chacun à son adresse ? Ils sont prévenus.

Cordialement,

Frédéric Pasquier
Technicien support – Direction des systèmes d'information
SDIS de Loire-Atlantique
12 rue Arago – CS 30309 – 44243 La Chapelle-sur-Erdre Cedex
Tél. 02 28 09 81 00 – SIRET 284 400 020 00026

{D_SDIS}
""")

# -------------------------------------------------------- missing_noreply_mail
M(cat="missing_noreply_mail", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="New intercommunal buyer: the structure administrator validated the account, but the activation mail to set the password never came; junk folder checked; no anti-spam product named.",
  frm=("Élodie Quéré", "elodie.quere@monts-abers.bzh"), client="o365", day=2, at="15:20",
  subject="Mail d'activation non reçu",
  body=f"""Bonjour,

Notre administratrice de structure a validé mon compte Espace Acheteur hier après-midi ; elle voit bien le statut « actif » de son côté. Je n'ai pourtant reçu aucun mail d'activation me permettant de définir mon mot de passe. J'ai regardé dans les courriers indésirables : rien non plus.

Pouvez-vous vérifier ou relancer l'envoi ?

Cordialement,

Élodie QUÉRÉ
Assistante achats – Pôle ressources
Communauté de communes Monts et Abers
ZA de Kerhuel – 29860 Plabennec
02 98 37 66 00 | www.monts-abers.bzh
SIRET 242 900 793 00015

{D_VILLE}
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
  notes="A hospital's mail gateway was tightened, but no product is named and no challenge or quarantine of MailInBlack is described: missing_noreply_mail, not mailinblack_spam.",
  frm=("Julien Gautier", "julien.gautier@ch-loire-bocage.fr"), client="outlook16", day=5, at="11:48",
  subject="Plus aucune notification de la plateforme depuis le 2 mars",
  body=f"""Bonjour,

Depuis le lundi 2 mars, nous ne recevons plus aucun des messages automatiques de l'Espace Acheteur : ni les confirmations de commande, ni les mails d'activation des deux nouveaux collègues de la pharmacie.

Notre DSI nous indique que la passerelle anti-spam de l'établissement a été « durcie » fin février, mais elle ne trouve rien au nom de votre domaine dans ses journaux. Les dossiers de courrier indésirable sont vides.

Pourriez-vous nous confirmer l'adresse exacte d'expédition, pour que nous puissions la faire autoriser ?

Bien à vous,

Julien GAUTIER
Responsable de l'approvisionnement
Direction des achats et de la logistique
Centre hospitalier Loire-Bocage
Rue du Docteur Guépin – BP 129 – 85300 Challans
Tél. 02 51 49 50 00 – Poste 4821
SIRET 268 500 031 00012

{D_HOPITAL}
""")

M(cat="missing_noreply_mail", auto=False, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
  notes="A département's IT names Proofpoint (and says it is NOT MailInBlack): the MailInBlack guide would be wrong. Closest to missing_noreply_mail, but IT asks for envelope domain and sending IPs for their own allow-list, which a person must answer.",
  frm=("DSI - Pôle messagerie", "messagerie.dsi@maine-et-loire.fr"), client="outlook16", day=6, at="09:30",
  subject="Mails d'activation bloqués - demande d'informations techniques",
  body=f"""Bonjour,

Plusieurs agents du Département nous signalent ne pas recevoir les mails d'activation et de réinitialisation envoyés par l'Espace Acheteur.

Pour information, notre passerelle est Proofpoint, et non MailInBlack comme le suppose votre FAQ ; les messages n'apparaissent pas dans la quarantaine utilisateur. Nous suspectons un rejet en amont sur la réputation de l'IP d'envoi.

Afin de créer une règle d'autorisation propre, pourriez-vous nous communiquer :
- l'adresse d'expédition (From) et le domaine d'enveloppe (MAIL FROM) utilisés ;
- les adresses IP ou plages de vos serveurs d'envoi ;
- le sélecteur DKIM, le cas échéant.

Merci d'avance,

Stéphane Marchand
Administrateur systèmes et messagerie
Direction des systèmes d'information
Département de Maine-et-Loire
Hôtel du Département – 48B boulevard Foch – CS 94104 – 49941 Angers Cedex 9
SIRET 224 900 019 00014

{D_DEPT}
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None, platform="esignature", hard=False, lang="fr",
  notes="A supplier never received the e-signature invitation for the contract a town hall sent last Thursday; not in the spam folder either. The invitation comes from a no-reply address.",
  frm=("Morgane Le Goff", "m.legoff@bureautique-armor.fr"), client="o365", day=9, at="14:55",
  subject="Invitation à signer non reçue - acte d'engagement Mairie de Guingamp",
  body=f"""Bonjour,

La mairie de Guingamp nous indique nous avoir envoyé jeudi dernier, via votre service de signature électronique, l'acte d'engagement du marché de maintenance des copieurs à signer.

Nous n'avons reçu aucun mail d'invitation à signer, ni dans la boîte de réception, ni dans les spams, à l'adresse m.legoff@bureautique-armor.fr qui est bien celle indiquée à la mairie.

Pouvez-vous vérifier et renvoyer l'invitation ? La mairie souhaite notifier le marché avant le 20 mars.

Cordialement,

Morgane LE GOFF
Responsable administration des ventes
BUREAUTIQUE ARMOR SAS
ZA de Bel Air – 3 rue des Entrepreneurs – 22200 Grâces
Tél. 02 96 44 27 80 – www.bureautique-armor.fr
SAS au capital de 150 000 € – RCS Saint-Brieuc 412 887 654 – SIRET 412 887 654 00036 – TVA FR 61 412887654

{D_ENTREPRISE}
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
  notes="The order itself is fine (validated and visible in the platform); only the no-reply confirmation mail is missing. Not order_billing.",
  frm=("Isabelle Guérin", "i.guerin@ville-laflèche.fr".replace("è", "e")), client="o365", day=10, at="10:10",
  subject="Pas de mail de confirmation de commande",
  body=f"""Bonjour,

J'ai validé hier matin une commande de produits d'entretien pour les écoles. Dans l'Espace Acheteur, elle apparaît bien dans « Mes commandes » avec le statut « Validée » et le montant est correct : aucun souci de ce côté.

En revanche, je n'ai pas reçu le mail de confirmation habituel, que notre trésorerie nous demande de joindre au mandat. Les précédents arrivaient toujours dans la minute. Rien dans les indésirables.

Pourriez-vous regarder ?

Merci,

Isabelle GUÉRIN
Service finances – commande publique
Ville de La Flèche
Hôtel de Ville – Place du 8 Mai 1945 – 72200 La Flèche
02 43 48 53 53
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="The structure administrator of a département never receives the 'account to validate' notifications.",
  frm=("Valérie Lecoq", "valerie.lecoq@calvados.fr"), client="o365", day=11, at="13:37",
  subject="Notifications de comptes à valider",
  body=f"""Bonjour,

Je suis administratrice de la structure « Département du Calvados » sur l'Espace Acheteur. Deux collègues de la direction des collèges m'ont dit avoir créé leur compte la semaine dernière et attendre ma validation. Je n'ai reçu aucune notification, ni pour eux ni, semble-t-il, depuis janvier.

J'ai vérifié le dossier des courriers indésirables et les règles de ma boîte. Pourriez-vous vérifier l'adresse à laquelle ces notifications sont envoyées ?

Bien cordialement,

Valérie LECOQ
Cheffe du service de la commande publique
Direction des affaires juridiques et de la commande publique
Département du Calvados
9 rue Saint-Laurent – BP 20520 – 14035 CAEN Cedex 1
02 31 57 14 14

{D_DEPT}
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None, platform="esignature", hard=False, lang="en",
  notes="English, German supplier: the e-signature page says a one-time access code was e-mailed, but it never arrives (three tries, spam checked).",
  frm=("Katrin Vogel", "k.vogel@nordlab-instruments.de"), client="o365", day=12, at="09:15",
  subject="Access code e-mail for contract signature not received",
  body=f"""Dear Sir or Madam,

The University of Angers has sent us the supply contract for our spectrophotometers for electronic signature through your e-signature service.

When I open the signature link, the page says that an e-mail with a one-time access code has been sent to k.vogel@nordlab-instruments.de. Nothing has arrived, neither in the inbox nor in the spam folder, and I have tried three times since Tuesday. Our IT department confirms that our mail server did not receive anything from your domain.

Could you please check and send the code again, or tell us which sender address we should allow?

Kind regards

Katrin Vogel
Tender & Contract Management
NordLab Instruments GmbH
Hafenstraße 21 | 24143 Kiel | Germany
Phone +49 431 9876 540
Managing Directors: Dr. Jens Petersen, Anke Lorenzen | Registered office: Kiel | Amtsgericht Kiel HRB 19876 KI | VAT ID DE 287654321

{D_EN}
""")

_u = U("0351766")
M(cat="missing_noreply_mail", auto=True, uai=_u, region="bretagne", platform="esidoc", hard=True, lang="fr",
  notes="Negation: she names MailInBlack only to say the school does NOT use it. The new-password mail from e-sidoc never arrives: missing_noreply_mail.",
  frm=("Claire Gicquel", "claire.gicquel@ac-rennes.fr"), client="zimbra", day=13, at="12:40",
  subject="Mail de nouveau mot de passe e-sidoc jamais reçu",
  body=f"""Bonjour,

J'ai demandé trois fois depuis lundi un nouveau mot de passe pour le back-office e-sidoc du collège Les Gayeulles (Rennes, UAI {_u}). Le site m'indique à chaque fois qu'un mail a été envoyé, mais rien n'arrive, ni dans la boîte de réception ni dans les spams.

Votre FAQ parle de MailInBlack : nous n'avons pas ce genre d'outil, c'est la messagerie académique standard et je reçois normalement tous mes autres mails.

Que puis-je faire ?

Claire Gicquel
Professeure documentaliste
Collège Les Gayeulles
""")

_u = U("0721532")
M(cat="missing_noreply_mail", auto=True, uai=_u, region="pays-de-la-loire", platform="espace_acheteur", hard=True, lang="fr",
  notes=f"The UAI appears only in the sender address, in lower case (ce.{_u.lower()}@ac-nantes.fr); the new gestionnaire never got the sign-up confirmation.",
  frm=("Lycée Washington - Intendance", f"ce.{_u.lower()}@ac-nantes.fr"), client="zimbra", day=16, at="10:55",
  subject="Confirmation d'inscription Espace Acheteur",
  body="""Bonjour,

Je viens de prendre mes fonctions de gestionnaire au lycée et j'ai rempli vendredi le formulaire d'inscription à l'Espace Acheteur. Le site annonçait un mail de confirmation « dans les minutes qui suivent » : je n'ai rien reçu, ni sur cette adresse ni dans les indésirables.

Pouvez-vous le renvoyer ?

Merci par avance,
Mme Pauline Trémeau
Gestionnaire
Lycée Washington – Le Mans
""")

M(cat="missing_noreply_mail", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="Thunderbird reply quoting the junk-folder answer: six days later still nothing, asks to go to the region. The template was already sent, so a person must follow up.",
  frm=("Antoine Boulay", "antoine.boulay@univ-lemans.fr"), client="thunderbird", day=12, at="16:40",
  subject="Re: [#SUP-018247] Mail d'activation non reçu",
  irt="<SUP-018247.1772787720.a91c03@assistance.example.fr>",
  body=f"""Bonjour,

J'ai suivi vos indications : rien dans les indésirables, j'ai ajouté l'adresse aux expéditeurs approuvés et j'ai attendu. Six jours plus tard, toujours aucun mail d'activation.

Merci de transmettre au support régional comme indiqué, je ne peux pas passer les commandes du laboratoire en attendant.

Antoine Boulay
Gestionnaire financier – Laboratoire d'acoustique
Le Mans Université
Avenue Olivier Messiaen – 72085 Le Mans Cedex 9

Le {fr_tb(6, "10:02")}, Assistance a écrit :
{quote(TICKET_BODY_JUNK)}
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None, platform="ticket_portal", hard=False, lang="fr",
  notes="The ticket portal's account confirmation mail (to set a password) never arrived.",
  frm=("Ronan Kerhervé", "ronan.kerherve@quimperle-co.bzh"), client="o365", day=17, at="11:11",
  subject="Portail d'assistance : mail de confirmation",
  body=f"""Bonjour,

J'ai voulu créer un compte sur votre portail d'assistance pour suivre nos demandes plutôt que de vous écrire. Après validation du formulaire, le portail annonce un mail de confirmation contenant un lien pour choisir le mot de passe. Rien reçu depuis ce matin 8 h, indésirables compris.

Cordialement,

Ronan KERHERVÉ
Gestionnaire commande publique
Quimperlé Communauté
1 rue Andreï Sakharov – CS 20245 – 29394 Quimperlé Cedex
SIRET 200 067 932 00018
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region="pays-de-la-loire", platform="espace_acheteur", hard=False, lang="fr",
  notes="HTML-only message from a rectorate buyer (ac-nantes.fr sender gives the region): the activation mail never came.",
  frm=("Mathilde Chauvière", "mathilde.chauviere@ac-nantes.fr"), client="o365", style="outlook_html", day=18, at="09:22",
  subject="Activation de compte - Rectorat de Nantes",
  html=f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Marianne,Arial,sans-serif;font-size:10pt">
<p>Bonjour,</p>
<p>Je viens d'être affectée à la <b>Division des achats</b> du rectorat et j'ai créé lundi mon compte sur l'Espace Acheteur. Le compte a été validé par notre administrateur, mais je n'ai jamais reçu le mail d'activation.</p>
<p>J'ai vérifié le dossier <i>Courrier indésirable</i> et demandé à un collègue de vérifier les filtres : rien.</p>
<p>Merci de bien vouloir relancer l'envoi.</p>
<p>Cordialement,</p>
<table style="border-left:3px solid #000091;padding-left:8px;font-size:9pt">
<tr><td><b>Mathilde CHAUVIÈRE</b></td></tr>
<tr><td>Acheteuse – Division des achats (DACH)</td></tr>
<tr><td>Rectorat de l'académie de Nantes</td></tr>
<tr><td>4 rue de la Houssinière – BP 72616 – 44326 Nantes Cedex 3</td></tr>
<tr><td>02 40 37 37 37</td></tr>
</table>
<p style="color:#666666;font-size:8pt">Afin de contribuer au respect de l'environnement, merci de n'imprimer ce courriel qu'en cas de nécessité.</p>
</body></html>
""")

_u = U("0851290")
M(cat="missing_noreply_mail", auto=True, uai=_u, region="pays-de-la-loire", platform="espace_acheteur", hard=False, lang="fr",
  notes="Short Samsung-phone message (base64 text and HTML) from a school gestionnaire; UAI in the signature.",
  frm=("Laëtitia Boisseau", "laetitia.boisseau@ac-nantes.fr"), client="samsung", day=19, at="18:31",
  subject="Toujours pas de mail d'activation",
  body=f"""Bonjour, toujours pas reçu le mail d'activation pour l'espace acheteur. Inscription faite lundi. Merci de regarder.
L. Boisseau, gestionnaire collège Pierre Mauger, Mortagne-sur-Sèvre ({_u})

Envoyé depuis mon smartphone Samsung Galaxy.
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="Since the platform migration no automatic mail reaches any of the SDIS buyers; IT asks for the exact sender address (which the template gives).",
  frm=("Pôle informatique SDIS 22", "informatique@sdis22.fr"), client="thunderbird", day=20, at="08:50",
  subject="Aucun mail automatique reçu depuis la migration",
  body=f"""Bonjour,

Depuis la migration vers le nouvel Espace Acheteur, aucun de nos six acheteurs ne reçoit les mails automatiques de la plateforme (activation, notifications de nouvelles offres, confirmations). Les mails de l'ancienne plateforme arrivaient normalement.

Nos serveurs ne voient rien passer. Pouvez-vous nous indiquer l'adresse exacte d'expédition utilisée désormais, afin que nous l'ajoutions à nos expéditeurs autorisés ?

Merci,

Yoann Le Roux
Pôle informatique et télécommunications
SDIS des Côtes-d'Armor
2 rue des Champs de Pies – 22000 Saint-Brieuc
02 96 75 39 00

{D_SDIS}
""")

M(cat="missing_noreply_mail", auto=False, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
  notes="Two topics: the activation mail never arrived (first, main) and a question about the validity period of a quote (order_billing). One template cannot answer both.",
  frm=("Nadia Ferreira", "direction@ehpad-leshortensias.fr"), client="webmail", day=23, at="14:12",
  subject="Activation du compte + question devis",
  body=f"""Bonjour,

Je me suis inscrite sur l'Espace Acheteur jeudi pour l'EHPAD Les Hortensias, mais je n'ai toujours pas reçu le mail d'activation (vérifié dans les spams).

Par ailleurs, le devis de lits médicalisés que votre collègue nous a transmis le 12 février est-il toujours valable ? Notre conseil d'administration ne se réunit que le 2 avril.

Merci pour votre retour,

Nadia FERREIRA
Directrice
EHPAD Les Hortensias – Établissement public autonome
14 rue des Hortensias – 53200 Château-Gontier-sur-Mayenne
Tél. 02 43 07 22 19 – SIRET 265 300 417 00011
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
  notes="Reads like a password problem, but the 'forgotten password' tool works and says a mail was sent: the new-password mail is what never arrives, which the taxonomy puts under missing_noreply_mail.",
  frm=("Bruno Hérault", "bruno.herault@ville-alencon.fr"), client="o365", day=24, at="15:44",
  subject="Mot de passe oublié : aucun mail",
  body=f"""Bonjour,

Sur la page de connexion de l'Espace Acheteur, j'ai cliqué sur « Mot de passe oublié ? » et saisi mon adresse. Le site affiche bien « Un e-mail vous a été envoyé », mais je n'ai rien reçu. J'ai recommencé trois fois depuis ce matin, et regardé dans les indésirables et dans les autres dossiers.

Le problème n'est donc pas le mot de passe lui-même mais le mail qui ne vient pas.

Cordialement,

Bruno HÉRAULT
Direction de la commande publique mutualisée
Ville d'Alençon – Communauté urbaine d'Alençon
Place Foch – CS 50362 – 61014 Alençon Cedex
02 33 32 40 00

{D_VILLE}
""")

# ------------------------------------------------------------ mailinblack_spam
M(cat="mailinblack_spam", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="Town-hall IT: MailInBlack (since January) holds the platform's activation mails awaiting sender authentication; asks which sender to allow-list.",
  frm=("Service informatique - Mairie de Lanester", "informatique@ville-lanester.fr"), client="thunderbird", day=3, at="10:30",
  subject="MailInBlack bloque les mails de l'Espace Acheteur",
  body=f"""Bonjour,

La commune utilise MailInBlack depuis janvier. Les mails d'activation envoyés par votre plateforme à nos nouveaux acheteurs restent bloqués dans la liste « en attente d'authentification », puisque l'adresse no-reply ne peut évidemment pas répondre au défi.

Quelle adresse (ou quel domaine) dois-je ajouter à la liste blanche pour que vos mails passent directement ?

Cordialement,

Gaël Danigo
Service informatique
Mairie de Lanester – 1 rue Jean Jaurès – 56600 Lanester
02 97 76 81 81
""")

M(cat="mailinblack_spam", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="A hospital buyer forwards the daily MailInBlack quarantine digest (machine text) that lists two platform mails; the outer message is a real question.",
  frm=("Anne-Sophie Morin", "as.morin@ch-cote-emeraude.fr"), client="o365", day=4, at="08:58",
  subject="TR: Votre rapport quotidien Mailinblack",
  body=f"""Bonjour,

Je reçois chaque matin ce rapport. Vos messages y figurent (dont, je suppose, le lien d'activation de mon compte que j'attends depuis vendredi). Dois-je les débloquer un par un ou existe-t-il une manipulation pour que ce ne soit plus nécessaire ?

Merci,

Anne-Sophie MORIN
Acheteuse – Direction des achats et de la logistique
Centre hospitalier de la Côte d'Émeraude
1 rue de la Marne – 35400 Saint-Malo
02 99 21 21 21
SIRET 263 500 144 00013

{D_HOPITAL}

De : Mailinblack <reporting@mailinblack.com>
Envoyé : {fr_long(4, "07:00")}
À : MORIN Anne-Sophie <as.morin@ch-cote-emeraude.fr>
Objet : Votre rapport quotidien Mailinblack

Bonjour,

Voici les emails reçus au cours des dernières 24 heures qui n'ont pas encore été délivrés dans votre boîte de réception.

Emails en attente d'authentification (2)
  {EA_NOREPLY} – Activez votre compte Espace Acheteur – 02/03/2026 16:12
  {EA_NOREPLY} – Nouvelle commande à valider – 03/03/2026 09:40

Spams (14)

Pour délivrer un email, cliquez sur « Délivrer » ou rendez-vous sur votre interface Mailinblack.
""")

M(cat="mailinblack_spam", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="A French supplier's own MailInBlack quarantines the purchase orders that the buyers' platform sends them.",
  frm=("Fabienne Rouxel", "commandes@fournitures-bocage.fr"), client="outlook16", day=5, at="16:25",
  subject="Bons de commande bloqués par notre anti-spam",
  body=f"""Bonjour,

Plusieurs collectivités nous disent avoir passé commande via votre plateforme ces derniers jours. Nous ne recevions rien : nous venons de retrouver les bons de commande dans la quarantaine de notre Mailinblack, installé début février par notre prestataire.

Pouvez-vous nous dire quelle adresse d'expéditeur autoriser pour que les bons de commande arrivent directement ?

Cordialement,

Fabienne ROUXEL
Administration des ventes – Marchés publics
FOURNITURES SCOLAIRES DU BOCAGE SARL
12 rue de l'Industrie – ZA du Mont – 50800 Villedieu-les-Poêles-Rouffigny
Tél. 02 33 61 04 18
SARL au capital de 80 000 € – RCS Coutances 389 412 006 – SIRET 389 412 006 00024

{D_ENTREPRISE}
""")

M(cat="mailinblack_spam", auto=False, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
  notes="The sender-authentication challenge is described ('prove you are not a robot') without naming the product: mailinblack_spam, but the product is not confirmed, so a person should check before sending the MailInBlack guide.",
  frm=("Pierre-Yves Nédélec", "pierre-yves.nedelec@univ-ubs.fr"), client="thunderbird", day=9, at="11:02",
  subject="Vos mails automatiques n'arrivent plus",
  body=f"""Bonjour,

Depuis que notre service informatique a mis en place un nouvel outil de filtrage, les expéditeurs inconnus reçoivent un message leur demandant de cliquer sur un lien et de recopier un code pour prouver qu'ils ne sont pas des robots. Tant qu'ils ne l'ont pas fait, le mail ne nous est pas distribué.

J'imagine que votre adresse « no-reply » ne peut pas répondre à ce genre de demande, ce qui expliquerait que je n'aie jamais reçu le lien d'activation de mon compte Espace Acheteur.

Que me conseillez-vous ?

Pierre-Yves Nédélec
Gestionnaire administratif et financier
Institut universitaire de technologie de Lorient
Université Bretagne Sud
""")

_u = U("0141972")
M(cat="mailinblack_spam", auto=True, uai=_u, region="normandie", platform="espace_acheteur", hard=False, lang="fr",
  notes="Product misspelled 'mailinblak'; a collège gestionnaire, UAI in the signature.",
  frm=("Régine Lebrun", "regine.lebrun@ac-normandie.fr"), client="zimbra", day=10, at="14:47",
  subject="mails bloqués",
  body=f"""Bonjour

le departement a installé mailinblak sur les boites des colleges et depuis je ne recois plus les mails de l'espace acheteur (confirmation de commande, activation pour ma collegue). ils sont dans "en attente". que faut il faire ?

merci
R. Lebrun
gestionnaire college Guillaume de Normandie, Caen – {_u}
""")

M(cat="mailinblack_spam", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="en",
  notes="English: a university's international project manager says the Mailinblack quarantine holds the activation links.",
  frm=("Marco Bellini", "marco.bellini@univ-nantes.fr"), client="o365", day=11, at="10:05",
  subject="Activation e-mails held in Mailinblack quarantine",
  body=f"""Hello,

I manage purchases for a European research project hosted by Nantes Université and I need a buyer account on the Espace Acheteur.

The activation e-mail never reached my inbox. Our IT team has just told me that the university uses Mailinblack and that your messages are sitting in its quarantine, waiting for the sender to authenticate, which a no-reply address will never do.

What is the correct sender address to whitelist, and is there a guide I can forward to our IT team?

Best regards,

Marco Bellini
EU Project Manager – Research and Innovation Directorate
Nantes Université
1 quai de Tourville – BP 13522 – 44035 Nantes Cedex 1, France

{D_UNIV}
""")

M(cat="mailinblack_spam", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="MailInBlack named: mails arrive only after she releases each one by hand; asks how to make it permanent (allow-list).",
  frm=("Christelle Pottier", "c.pottier@agglo-saint-lo.fr"), client="o365", day=12, at="15:33",
  subject="Débloquer définitivement vos messages dans Mailinblack",
  body=f"""Bonjour,

Ce n'est pas bloquant, mais c'est fastidieux : chaque notification de l'Espace Acheteur (panier partagé, commande validée…) reste dans l'interface Mailinblack jusqu'à ce que je clique sur « Délivrer ». Une fois libérée, elle arrive bien.

Comment faire pour que vos messages arrivent sans intervention ? Je n'ai pas les droits d'administration sur Mailinblack, je transmettrai à notre service informatique.

Merci,

Christelle POTTIER
Acheteuse – Service commande publique
Saint-Lô Agglo
101 rue Alexis de Tocqueville – CS 43708 – 50008 Saint-Lô Cedex
SIRET 200 066 462 00011

{D_VILLE}
""")

_u = U("0851401")
M(cat="mailinblack_spam", auto=True, uai=_u, region="pays-de-la-loire", platform="espace_acheteur", hard=False, lang="fr",
  notes="Lycée gestionnaire: the région's IT rolled out MailInBlack on the lycée mailboxes; platform mails now held.",
  frm=("Denis Coutand", "denis.coutand@ac-nantes.fr"), client="thunderbird", day=13, at="09:12",
  subject="Mailinblack et Espace Acheteur",
  body=f"""Bonjour,

La Région a déployé Mailinblack sur les messageries des lycées pendant les vacances de février. Depuis, les messages de l'Espace Acheteur arrivent dans les mails « à authentifier » et je dois les chercher à la main.

Pouvez-vous m'envoyer la procédure pour autoriser votre expéditeur ? Je la transmettrai à l'assistance informatique de la Région.

Cordialement,

Denis Coutand
Adjoint gestionnaire
Lycée Rosa Parks – 33 rue du Président de Gaulle – 85000 La Roche-sur-Yon
UAI {_u}
""")

M(cat="mailinblack_spam", auto=False, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
  notes="Two topics: MailInBlack holds the platform mails (first, main) and the CCTP of a market is missing from 'Mes Marchés' (contract_documents).",
  frm=("Hervé Guillemot", "herve.guillemot@dinan-agglomeration.fr"), client="outlook16", day=16, at="11:26",
  subject="Mailinblack / CCTP introuvable",
  body=f"""Bonjour,

1. Nos notifications Espace Acheteur sont toutes retenues par MailInBlack depuis sa mise en place par notre prestataire. Merci de m'indiquer comment les autoriser.

2. Dans « Mes Marchés », le marché 2025-041 (fournitures de signalisation) n'affiche que l'acte d'engagement : le CCTP n'y figure pas, alors que nous en avons besoin pour vérifier une livraison.

Merci d'avance,

Hervé GUILLEMOT
Responsable du service achats
Dinan Agglomération
8 boulevard Simone Veil – CS 56357 – 22106 Dinan Cedex
02 96 87 14 14 – SIRET 200 068 872 00012
""")

M(cat="mailinblack_spam", auto=True, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
  notes="Reply quoting the junk-folder answer of an earlier ticket: the IT department has since found that MailInBlack blocks the mails, so the MailInBlack guide is now the right answer.",
  frm=("Lucie Baudry", "lucie.baudry@cc-pays-fertois.fr"), client="o365", day=17, at="14:18",
  subject="RE: [#SUP-018262] Mail d'activation non reçu",
  irt="<SUP-018262.1773223200.5be7aa@assistance.example.fr>",
  body=f"""Bonjour,

Merci pour votre réponse. Rien dans les indésirables, mais notre informaticien a trouvé la cause : c'est MailInBlack qui bloque vos messages, ils sont « en attente d'authentification ». Il me demande la procédure à suivre de votre côté pour les autoriser.

Cordialement,

Lucie BAUDRY
Secrétariat général – Achats
Communauté de communes du Pays Fertois et du Bocage Carrougien
61600 La Ferté-Macé

De : Assistance <{SUPPORT}>
Envoyé : {fr_long(11, "11:00")}
À : Lucie Baudry <lucie.baudry@cc-pays-fertois.fr>
Objet : [#SUP-018262] Mail d'activation non reçu

{TICKET_BODY_JUNK}
""")

M(cat="mailinblack_spam", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="HTML-only Outlook message, MAILINBLACK in capitals; asks whether to allow the domain or the address.",
  frm=("Sandrine Provost", "sandrine.provost@orne.fr"), client="o365", style="outlook_html", day=18, at="10:38",
  subject="Autorisation de votre adresse dans MAILINBLACK",
  body=f"""Bonjour,

Notre direction du numérique a déployé MAILINBLACK sur l'ensemble des boîtes du Département. Pour que nos acheteurs reçoivent les mails de l'Espace Acheteur, faut-il autoriser le domaine complet ou seulement l'adresse no-reply ? Il y a plusieurs adresses d'expédition ?

Merci de votre réponse, la direction du numérique attend votre retour pour paramétrer.

Sandrine PROVOST
Pôle commande publique
Direction des finances et de la commande publique
Conseil départemental de l'Orne
27 boulevard de Strasbourg – CS 30528 – 61017 Alençon Cedex
Tél. 02 33 81 60 00

{D_DEPT}
""")

M(cat="mailinblack_spam", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="SDIS buyer clicked 'Autoriser' in MailInBlack's pending list, but the following platform mails are still held.",
  frm=("Lieutenant Morgan Le Cam", "morgan.lecam@sdis56.fr"), client="outlook16", day=20, at="13:03",
  subject="Mails Espace Acheteur toujours en attente",
  body=f"""Bonjour,

Nous utilisons Mailinblack. J'ai bien cliqué sur « Autoriser l'expéditeur » pour votre message d'activation la semaine dernière, mais les notifications suivantes (validation du panier, commande transmise) sont de nouveau retenues dans les emails en attente.

Peut-être vos messages partent-ils de plusieurs adresses ? Merci de m'indiquer ce qu'il faut autoriser.

Lieutenant Morgan LE CAM
Chef du bureau achats et marchés
SDIS du Morbihan – Groupement finances et achats
ZA de Lann Sevelin – 56850 Caudan
02 97 54 56 18

{D_SDIS}
""")

_u = U("0530897")
M(cat="mailinblack_spam", auto=True, uai=_u, region="pays-de-la-loire", platform="esidoc", hard=True, lang="fr",
  notes="Mentions a forgotten password, but the new-password mail is found held by MailInBlack: the blocking is what she asks about, so mailinblack_spam rather than password_reset.",
  frm=("Agnès Pichon", "agnes.pichon@ac-nantes.fr"), client="zimbra", day=24, at="12:20",
  subject="Nouveau mot de passe e-sidoc bloqué par MailInBlack",
  body=f"""Bonjour,

J'avais oublié mon mot de passe e-sidoc et j'ai demandé un nouveau mot de passe hier. Le mail n'arrivait pas ; l'informaticien du collège l'a retrouvé ce matin dans MailInBlack, qui le retient parce que l'expéditeur n'a pas « prouvé qu'il était humain ». Le lien qu'il contenait avait expiré entre-temps.

Pour ne pas recommencer, quelle adresse devons-nous autoriser dans MailInBlack ?

Agnès Pichon
Professeure documentaliste
Collège Jules Renard – Laval
UAI {_u}
""")

# ----------------------------------------------- head_of_establishment_request
_u = U("0290062")
M(cat="head_of_establishment_request", auto=False, uai=_u, region="bretagne", platform="esidoc", hard=False, lang="fr",
  notes="The proviseur writes from the official ce.<UAI> address to replace the e-sidoc administrator contact address with the new librarian's.",
  frm=("Lycée de Cornouaille - Direction", f"ce.{_u}@ac-rennes.fr"), client="zimbra", day=3, at="16:05",
  subject="Modification de l'adresse de contact administrateur e-sidoc",
  body=f"""Madame, Monsieur,

Mme Françoise Le Floch, professeure documentaliste, a quitté l'établissement le 28 février. Son successeur, M. Alan Cornec, a pris ses fonctions le 2 mars.

Je vous demande de bien vouloir remplacer l'adresse de contact du compte administrateur e-sidoc de l'établissement (UAI {_u}) par la sienne : alan.cornec@ac-rennes.fr, et de procéder à la réinitialisation du mot de passe, dont Mme Le Floch était seule détentrice.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Jean-Michel Kervella
Proviseur
Lycée de Cornouaille
8 avenue des Oiseaux – 29191 Quimper Cedex
""")

_u = U("0351893")
M(cat="head_of_establishment_request", auto=False, uai=_u, region="bretagne", platform="espace_acheteur", hard=False, lang="fr",
  notes="The principal authorises in writing the gestionnaire to validate an order above her usual threshold; signed authorisation attached (PDF).",
  frm=("Catherine Ollivier", "catherine.ollivier@ac-rennes.fr"), client="o365", day=5, at="11:50",
  subject="Autorisation de validation de commande - collège Anne de Bretagne",
  attach=[("Autorisation_commande_2026-03.pdf", "application/pdf", fake_pdf("Autorisation de commande"))],
  body=f"""Madame, Monsieur,

En ma qualité de principale du collège Anne de Bretagne (Saint-Malo, UAI {_u}), j'autorise Mme Delphine Briand, gestionnaire de l'établissement, à valider sur l'Espace Acheteur la commande n° 2026-0314 (renouvellement du mobilier du CDI, 18 420,00 € TTC), qui dépasse le seuil de validation qui lui est délégué.

Vous trouverez ci-joint l'autorisation signée.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Catherine OLLIVIER
Principale
Collège Anne de Bretagne – 35400 Saint-Malo
""")

_u = U("0441655")
M(cat="head_of_establishment_request", auto=False, uai=_u, region="pays-de-la-loire", platform="esidoc", hard=False, lang="fr",
  notes="A primary-school head (directrice d'école) asks to reset the e-sidoc admin password and to send the link to the school's official address; she writes from her personal academic address.",
  frm=("Emmanuelle Rialland", "emmanuelle.rialland@ac-nantes.fr"), client="zimbra", day=9, at="12:15",
  subject="Demande de réinitialisation - BCD école Jean Moulin",
  body=f"""Bonjour,

Je suis directrice de l'école élémentaire Jean Moulin de Rezé (UAI {_u}). Le portail e-sidoc de notre BCD était géré par une collègue partie en congé parental ; personne ne connaît le mot de passe administrateur.

Je vous demande de le réinitialiser et d'adresser le lien à la boîte officielle de l'école, ce.{_u}@ac-nantes.fr, que je relève moi-même.

Merci d'avance,

Emmanuelle Rialland
Directrice
École élémentaire Jean Moulin – 44400 Rezé
""")

_u = U("0762977")
M(cat="head_of_establishment_request", auto=False, uai=_u, region="normandie", platform="espace_acheteur", hard=False, lang="fr",
  notes="HTML-only Outlook letter from the ce.<UAI> address: the proviseure names a new structure administrator on the Espace Acheteur and asks to close the former one's access.",
  frm=("Lycée Guy de Maupassant", f"ce.{_u}@ac-normandie.fr"), client="o365", style="outlook_html", day=10, at="17:22",
  subject="Désignation d'un nouvel administrateur de structure",
  html=f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="FR" style="font-family:Calibri,sans-serif;font-size:11pt">
<p><b>Objet : désignation d'un nouvel administrateur de structure – Espace Acheteur</b></p>
<p>Madame, Monsieur,</p>
<p>Je soussignée, Martine Delaunay, proviseure du lycée Guy de Maupassant à Fécamp (UAI {_u}), désigne <b>M. Olivier Quesnel</b>, adjoint gestionnaire, comme administrateur de la structure sur l'Espace Acheteur, à compter du 16 mars 2026.</p>
<p>Je vous demande par ailleurs de <u>désactiver l'accès</u> de Mme Karine Vauquelin, précédente administratrice, qui a quitté l'établissement.</p>
<p>Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.</p>
<p>Martine DELAUNAY<br>Proviseure<br>Lycée Guy de Maupassant<br>1 rue Saint-Pierre – 76400 Fécamp<br>02 35 10 28 00</p>
</body></html>
""")

M(cat="head_of_establishment_request", auto=False, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
  notes="The director of a public hospital (a chef d'établissement, though not a school) designates a new structure administrator and withdraws the former one: a change of administrator with written authority, so head_of_establishment_request for staff approval. No UAI.",
  frm=("Direction générale - CH Pays de Ploërmel", "direction@ch-ploermel.fr"), client="outlook16", day=11, at="09:40",
  subject="Changement d'administrateur de structure - Centre hospitalier du Pays de Ploërmel",
  cc=[("Martine Evano", "m.evano@ch-ploermel.fr")],
  body=f"""Madame, Monsieur,

En ma qualité de directeur du Centre hospitalier du Pays de Ploërmel, je vous informe que Mme Martine Evano, responsable de la cellule des marchés, est désignée administratrice de notre structure sur l'Espace Acheteur à compter de ce jour.

Elle remplace M. Didier Josse, parti en retraite le 28 février, dont je vous demande de clôturer l'accès.

Mme Evano est en copie de ce message.

Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Philippe Le Texier
Directeur
Centre hospitalier du Pays de Ploërmel
Rue du Roi Arthur – BP 112 – 56804 Ploërmel Cedex
02 97 73 26 26 – SIRET 265 600 135 00019

{D_HOPITAL}
""")

_u = U("0610842")
M(cat="head_of_establishment_request", auto=False, uai=_u, region="normandie", platform="esidoc", hard=False, lang="fr",
  notes="The principal confirms from his own address, in an Outlook reply chain ('De : / Envoyé :'), his librarian's request for an e-sidoc reset: the written authorisation the procedure needs.",
  frm=("Philippe Gouhier", "philippe.gouhier@ac-normandie.fr"), client="o365", day=12, at="07:55",
  subject="RE: Mot de passe e-sidoc - collège Louise Michel",
  cc=[("Nolwenn Bichon", "nolwenn.bichon@ac-normandie.fr")],
  body=f"""Bonjour,

Je confirme la demande de Mme Bichon et vous autorise à réinitialiser le mot de passe administrateur du portail e-sidoc du collège. Merci d'adresser le lien à l'adresse de l'établissement, ce.{_u}@ac-normandie.fr.

Cordialement,

Philippe GOUHIER
Principal – Collège Louise Michel – 61000 Alençon

De : Nolwenn Bichon <nolwenn.bichon@ac-normandie.fr>
Envoyé : {fr_long(11, "16:30")}
À : Assistance <{SUPPORT}>
Cc : Philippe Gouhier <philippe.gouhier@ac-normandie.fr>
Objet : Mot de passe e-sidoc - collège Louise Michel

Bonjour,

Je suis la nouvelle professeure documentaliste du collège Louise Michel (UAI {_u}). Je n'ai pas le mot de passe du portail e-sidoc et l'adresse de récupération est celle de mon prédécesseur. M. Gouhier, principal, vous confirmera la demande.

Nolwenn Bichon
""")

_u = U("0490688")
M(cat="head_of_establishment_request", auto=False, uai=_u, region="pays-de-la-loire", platform=None, hard=True, lang="fr",
  notes="Claims to be the proviseur, From the ce.<UAI> address, but SPF and DMARC fail and Reply-To is a free-mail address; asks to move both admin accounts (e-sidoc and Espace Acheteur) to a Gmail address: a probable spoof, still a head-of-establishment request for the queue, where staff should refuse it. Two products named, so no single platform.",
  frm=("Proviseur Lycée Chevrollier", f"ce.{_u}@ac-nantes.fr"), client="plain", day=13, at="22:47",
  reply_to=("Proviseur", "proviseur.chevrollier49@gmail.com"),
  auth={"dkim": "none", "spf": "fail", "dmarc": "fail"}, host="vps-4821.hosting-cheap.example.net",
  subject="URGENT - changement adresse administrateur",
  body=f"""Bonjour,

Je suis le proviseur du lycée Chevrollier d'Angers (UAI {_u}). Suite a un probleme de securite sur notre messagerie academique, je vous demande de modifier immediatement l'adresse de contact de nos comptes administrateurs e-sidoc et Espace Acheteur et de la remplacer par : proviseur.chevrollier49@gmail.com

Merci de m'envoyer les nouveaux mots de passe a cette adresse aujourd'hui meme, c'est urgent.

Le Proviseur
""")

_d = "0530511"
_bad = BAD(_d)
M(cat="head_of_establishment_request", auto=False, uai=None, region="pays-de-la-loire", platform="espace_acheteur", hard=True, lang="fr",
  notes=f"The principal names a new administrator; the UAI is typed {_bad}, a wrong check letter (the digits give {U(_d)}), so no UAI label; region from the ac-nantes.fr sender.",
  frm=("Hugues Derouet", "hugues.derouet@ac-nantes.fr"), client="thunderbird", day=16, at="18:02",
  subject="Administrateur Espace Acheteur - collège Jacques Monod",
  codes={_bad: "bad"},
  body=f"""Madame, Monsieur,

Principal du collège Jacques Monod à Laval (UAI {_bad}), je vous informe que Mme Sylvie Fourmond, nouvelle gestionnaire, devient l'administratrice de notre structure sur l'Espace Acheteur, en remplacement de M. Thierry Boulanger, muté.

Je vous remercie de procéder au changement et de fermer l'accès de M. Boulanger.

Hugues Derouet
Principal
""")

_u = U("0442741")
M(cat="head_of_establishment_request", auto=False, uai=_u, region="pays-de-la-loire", platform="espace_acheteur", hard=False, lang="en",
  notes="English: the head of a private bilingual school authorises the new bursar as administrator and orderer on the Espace Acheteur.",
  frm=("Rachel Whitfield", "head@ecole-bilingue-ouest.fr"), client="gmail", day=17, at="13:30",
  subject="Authorisation - new administrator for our buyer account",
  body=f"""Dear Support Team,

I am the Head of School of the École Internationale Bilingue de l'Ouest in Nantes (UAI {_u}).

Our bursar, Mr Tanguy Riou, left at the end of February. I hereby authorise his successor, Ms Agathe Pelletier (a.pelletier@ecole-bilingue-ouest.fr), to become the administrator of our structure on the Espace Acheteur and to validate our orders. Please close Mr Riou's access.

I am happy to send a signed letter on headed paper if you need one.

Kind regards,

Rachel Whitfield
Head of School
École Internationale Bilingue de l'Ouest
12 rue de la Bastille, 44000 Nantes
""")

_u = U("0561456")
M(cat="head_of_establishment_request", auto=False, uai=_u, region="bretagne", platform="espace_acheteur", hard=True, lang="fr",
  notes="The director of an agricultural lycée (educagri.fr sender, not an académie domain) authorises an order above the delegated threshold; region from the UAI.",
  frm=("Direction EPLEFPA du Morbihan", "direction.eplefpa-morbihan@educagri.fr"), client="outlook16", day=19, at="10:12",
  subject="Autorisation de commande - EPLEFPA du Morbihan",
  body=f"""Madame, Monsieur,

Je soussigné, Bertrand Le Strat, directeur de l'EPLEFPA du Morbihan (lycée agricole, UAI {_u}), autorise M. Fabrice Hello, directeur adjoint chargé de l'exploitation, à valider sur l'Espace Acheteur la commande de matériel de laboratoire référencée PAN-2026-077, d'un montant de 24 860 € HT.

Cette commande a été approuvée par le conseil d'administration du 12 mars 2026.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Bertrand LE STRAT
Directeur de l'EPLEFPA du Morbihan
Le Gros Chêne – 56308 Pontivy Cedex
Tél. 02 97 25 93 10
Ministère de l'Agriculture et de la Souveraineté alimentaire
""")

# ------------------------------------------------------------ account_creation
M(cat="account_creation", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="New town-hall buyer asks how to create an account: the sign-up answer fits.",
  frm=("Maëva Rolland", "maeva.rolland@lamballe-terre-mer.bzh"), client="o365", day=2, at="09:58",
  subject="Création d'un compte acheteur",
  body=f"""Bonjour,

Je viens de rejoindre le service commande publique de Lamballe Terre & Mer. Ma responsable m'a demandé de passer désormais nos commandes de fournitures via l'Espace Acheteur. Comment dois-je faire pour obtenir un compte ?

Bien cordialement,

Maëva ROLLAND
Assistante commande publique
Lamballe Terre & Mer
41 rue Saint-Martin – BP 90456 – 22404 Lamballe-Armor Cedex
02 96 50 00 30
""")

M(cat="account_creation", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="Sign-up form filled a week ago, cannot log in: the account waits for the structure administrator's validation (FAQ case).",
  frm=("Jean-Luc Baron", "jl.baron@smictom-pays-de-vitre.fr"), client="thunderbird", day=4, at="14:06",
  subject="Impossible de me connecter après inscription",
  body=f"""Bonjour,

J'ai rempli le formulaire d'inscription à l'Espace Acheteur mercredi dernier pour le SMICTOM. J'ai bien reçu le mail de confirmation de mon adresse, mais quand j'essaie de me connecter, le site indique « Compte en attente de validation ».

Y a-t-il autre chose à faire de mon côté ?

Merci,

Jean-Luc BARON
Responsable administratif et financier
SMICTOM du Pays de Vitré
Rue de la Baratière – 35500 Vitré
""")

M(cat="account_creation", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="Asks who the structure's administrator is, to get an account validated: needs a look-up, so a person answers.",
  frm=("Karine Gaudin", "karine.gaudin@lamayenne.fr"), client="o365", day=6, at="11:34",
  subject="Qui est l'administrateur de notre structure ?",
  body=f"""Bonjour,

J'ai créé mon compte sur l'Espace Acheteur pour le Département de la Mayenne (direction des bâtiments). Le site m'indique que l'administrateur de ma structure doit le valider, mais personne autour de moi ne sait qui est cet administrateur : l'ancienne responsable des achats est partie il y a deux ans.

Pouvez-vous me dire qui est déclaré comme administrateur chez nous ?

Cordialement,

Karine GAUDIN
Assistante de gestion – Direction des bâtiments et du patrimoine
Département de la Mayenne
39 rue Mazagran – CS 21429 – 53014 Laval Cedex
02 43 66 53 53
SIRET 225 300 011 00010

{D_DEPT}
""")

M(cat="account_creation", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="A commune nouvelle created on 1 January 2026 cannot find its new SIRET in the structure list at sign-up: a person must create or update the structure.",
  frm=("Mairie de Souleuvre-en-Bocage", "accueil@souleuvreenbocage.fr"), client="webmail", day=9, at="10:45",
  subject="Commune nouvelle - SIRET introuvable à l'inscription",
  body=f"""Bonjour,

Notre commune a fusionné au 1er janvier 2026 avec sa voisine. Nous avons un nouveau numéro SIRET (219 100 738 00016) et, lors de l'inscription sur l'Espace Acheteur, la liste des structures ne le propose pas : seul l'ancien numéro de la commune historique apparaît, et il est fermé.

Comment procéder pour créer le compte de la nouvelle commune ?

Cordialement,

Virginie Marie
Secrétaire générale
Mairie de Souleuvre-en-Bocage
Place de la Mairie – 14350 Souleuvre-en-Bocage
""")

M(cat="account_creation", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="The account works; the buyer asks for rights to be opened (validate orders, see the market documents): a person decides.",
  frm=("Gilles Plessis", "gilles.plessis@chu-angers.example.fr"), client="o365", day=10, at="15:09",
  subject="Droits sur le compte Espace Acheteur",
  body=f"""Bonjour,

Mon compte est actif et je peux consulter le catalogue, mais je ne vois ni le bouton de validation des commandes ni la rubrique « Mes Marchés ». Je suis pourtant le référent achats du pôle logistique depuis le 1er mars.

Pourriez-vous ouvrir les droits correspondants ? Ma responsable, Mme Brault, est en copie.

Cordialement,

Gilles PLESSIS
Référent achats – Pôle logistique et hôtellerie
Direction des achats
4 rue Larrey – 49933 Angers Cedex 9

{D_HOPITAL}
""", cc=[("Sylvie Brault", "sylvie.brault@chu-angers.example.fr")])

_u = U("0271298")
M(cat="account_creation", auto=True, uai=_u, region="normandie", platform="espace_acheteur", hard=True, lang="fr",
  notes="Negation: 'je n'ai pas perdu mon mot de passe', she never had an account; account_creation, not password_reset.",
  frm=("Maryline Lecerf", "maryline.lecerf@ac-normandie.fr"), client="zimbra", day=11, at="08:32",
  subject="Compte espace acheteur",
  body=f"""Bonjour,

Votre collègue au téléphone a cru que j'avais perdu mon mot de passe : ce n'est pas le cas, je n'ai jamais eu de compte. Je suis gestionnaire au collège Pablo Neruda d'Évreux (UAI {_u}) depuis janvier et je voudrais en ouvrir un pour commander sur l'Espace Acheteur.

Comment faire ?

Maryline Lecerf
Gestionnaire
Collège Pablo Neruda – 27000 Évreux
""")

M(cat="account_creation", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="en",
  notes="English, a newly hired university buyer asks how to create a buyer account.",
  frm=("Oliver Hughes", "oliver.hughes@univ-ubs.fr"), client="o365", day=12, at="13:47",
  subject="How do I create an account on the Espace Acheteur?",
  body=f"""Good afternoon,

I started last week as a purchasing assistant at the Université Bretagne Sud (Vannes campus). My manager asked me to order laboratory consumables through the Espace Acheteur, but I do not have an account yet.

Could you tell me how to register? Is there anything I should prepare (for instance our SIRET number)?

Thank you,

Oliver Hughes
Purchasing Assistant – Financial Affairs Department
Université Bretagne Sud
Campus de Tohannic, rue André Lwoff, 56000 Vannes, France
""")

M(cat="account_creation", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="A university lab asks the desk to create five buyer accounts at once for new staff (list given): a person must handle it.",
  frm=("Sabrina Delanoë", "sabrina.delanoe@univ-rouen.fr"), client="thunderbird", day=13, at="10:28",
  subject="Création de 5 comptes acheteurs - laboratoire COBRA",
  body=f"""Bonjour,

Le laboratoire COBRA (UMR 6014) accueille ce mois-ci cinq nouveaux personnels qui auront à passer des commandes. Pouvez-vous leur créer un compte sur l'Espace Acheteur, rattaché à notre structure ?

- Thibault Anquetil – thibault.anquetil@univ-rouen.fr
- Inès Berkani – ines.berkani@univ-rouen.fr
- Clément Doré – clement.dore@univ-rouen.fr
- Jade Foucher – jade.foucher@univ-rouen.fr
- Maxime Lemaître – maxime.lemaitre@univ-rouen.fr

Je suis l'administratrice de la structure mais l'écran de création multiple ne fonctionne pas chez moi.

Merci,

Sabrina Delanoë
Responsable administrative
Laboratoire COBRA – Université de Rouen Normandie
Place Émile Blondel – 76821 Mont-Saint-Aignan Cedex
""")

_u = U("0220114")
M(cat="account_creation", auto=True, uai=_u, region="bretagne", platform="espace_acheteur", hard=False, lang="fr",
  notes="New collège gestionnaire wants an Espace Acheteur account; UAI in the body.",
  frm=("Yves-Marie Le Du", "yves-marie.le-du@ac-rennes.fr"), client="zimbra", day=16, at="09:14",
  subject="Ouverture compte Espace Acheteur",
  body=f"""Bonjour,

Je prends la gestion du collège Léonard de Vinci à Saint-Brieuc (UAI {_u}) à compter de ce mois. Je souhaiterais ouvrir un compte sur l'Espace Acheteur. Quelle est la procédure ?

Cordialement,
Yves-Marie Le Du
Gestionnaire
""")

_u = U("0141632")
M(cat="account_creation", auto=False, uai=_u, region="normandie", platform="esidoc", hard=False, lang="fr",
  notes="Asks whether each of the two librarians can have her own administrator account on e-sidoc: a person answers.",
  frm=("Camille Vautier", "camille.vautier@ac-normandie.fr"), client="thunderbird", day=17, at="12:51",
  subject="Deux comptes administrateurs e-sidoc ?",
  body=f"""Bonjour,

Nous sommes deux professeures documentalistes au lycée Malherbe de Caen (UAI {_u}) et nous partageons actuellement un seul compte d'administration du portail e-sidoc. Est-il possible d'avoir chacune notre propre compte administrateur, pour que les modifications soient tracées ?

Merci,
Camille Vautier et Lucie Ozenne
Professeures documentalistes
""")

M(cat="account_creation", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="Account waiting for validation for three weeks; the structure administrator has retired and nobody else can validate: the region must step in.",
  frm=("Mélanie Gohier", "m.gohier@cc-sudestmanceau.fr"), client="o365", day=18, at="16:26",
  subject="Compte en attente de validation depuis 3 semaines",
  body=f"""Bonjour,

Mon compte Espace Acheteur est en attente de validation depuis le 25 février. J'ai appris que notre administratrice de structure est partie en retraite fin janvier et qu'aucun remplaçant n'a été désigné dans l'outil. Personne ne peut donc me valider.

Pouvez-vous intervenir ? Notre président peut vous écrire si nécessaire.

Mélanie GOHIER
Chargée des marchés publics
Communauté de communes du Sud Est Manceau
72560 Changé
""")

M(cat="account_creation", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="A new purchasing group (groupement de commandes) led by the SDIS is not yet a structure on the platform: a person must create it.",
  frm=("Commandant Éric Lehoux", "eric.lehoux@sdis50.fr"), client="outlook16", day=19, at="11:18",
  subject="Création d'une structure pour un groupement de commandes",
  body=f"""Madame, Monsieur,

Le SDIS de la Manche coordonne depuis le 1er mars un groupement de commandes avec le Département et trois communautés de communes pour l'achat d'équipements de protection individuelle. Nous souhaitons que ce groupement dispose de sa propre structure sur l'Espace Acheteur, avec ses propres comptes, distincte de celle du SDIS.

Est-ce possible, et quelles pièces devons-nous fournir (convention constitutive, délibérations) ?

Commandant Éric LEHOUX
Chef du groupement finances et commande publique
SDIS de la Manche
1 rue du Commandant Charcot – 50000 Saint-Lô
02 33 77 54 00 – SIRET 285 000 140 00024

{D_SDIS}
""")

M(cat="account_creation", auto=True, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="HTML-only message from a CCAS agent who wants to sign up as a buyer: the sign-up answer fits.",
  frm=("CCAS de Cholet", "ccas.achats@choletagglomeration.fr"), client="o365", style="outlook_html", day=20, at="10:09",
  subject="Inscription CCAS",
  body=f"""Bonjour,

Le CCAS de Cholet souhaite passer ses commandes de fournitures pour ses résidences autonomie via votre plateforme. Je ne trouve pas comment m'inscrire : faut-il une invitation ou puis-je créer le compte moi-même ?

Bien à vous,

Florence Hérissé
Agent administratif – Pôle achats
Centre communal d'action sociale de Cholet
24 avenue Maudet – 49300 Cholet
02 72 77 20 00

{D_ENV}
""")

M(cat="account_creation", auto=False, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
  notes="Two topics: account creation for the new finance officer (main) and the membership convention missing from 'Mes Marchés' (contract_documents).",
  frm=("Anthony Guillet", "a.guillet@pornic-agglo.fr"), client="o365", day=24, at="09:36",
  subject="Nouveau compte + convention d'adhésion",
  body=f"""Bonjour,

Notre nouvelle responsable des finances, Mme Julie Bertin, arrive le 1er avril. Pouvez-vous nous indiquer comment lui créer un compte acheteur (elle n'a encore aucune adresse chez nous avant cette date) ?

D'autre part, je ne retrouve plus la convention d'adhésion 2026 dans la rubrique « Mes Marchés » ; l'an dernier elle y était.

Merci,

Anthony GUILLET
Directeur général adjoint ressources
Pornic Agglo Pays de Retz
2 rue du Dr Ange Guépin – ZAC de la Chaussée – 44215 Pornic Cedex
02 51 74 07 16
""")

# ---------------------------------------------------- subscription_activation
_u = U("0291122")
M(cat="subscription_activation", auto=True, uai=_u, region="bretagne", platform="esidoc", hard=False, lang="fr",
  notes="Europresse ordered yesterday, not visible on the portal yet: within the 72-hour window.",
  frm=("Soizic Le Berre", "soizic.le-berre@ac-rennes.fr"), client="zimbra", day=3, at="13:25",
  subject="Abonnement Europresse non visible",
  body=f"""Bonjour,

Nous avons commandé hier l'abonnement Europresse pour le CDI du collège Laënnec (Pont-l'Abbé, UAI {_u}). Il n'apparaît pas encore dans les ressources du portail. Est-ce normal ?

Merci,
Soizic Le Berre
Professeure documentaliste
""")

_u = U("0490782")
M(cat="subscription_activation", auto=False, uai=_u, region="pays-de-la-loire", platform="esidoc", hard=False, lang="fr",
  notes="Subscription ordered twelve days ago and still not active: past the 72-hour rule, a person must look at the order.",
  frm=("Marion Gasnier", "marion.gasnier@ac-nantes.fr"), client="thunderbird", day=5, at="10:40",
  subject="Abonnement toujours inactif après 12 jours",
  body=f"""Bonjour,

Nous avons commandé le 21 février l'abonnement à Universalis Junior pour le lycée Joachim du Bellay (Angers, UAI {_u}). La commande est validée et payée, mais douze jours plus tard la ressource n'est toujours pas activée sur notre portail : le lien renvoie vers une page « accès non autorisé ».

Pouvez-vous vérifier ce qui bloque ?

Cordialement,
Marion Gasnier
Professeure documentaliste
""")

_u = U("0141287")
M(cat="subscription_activation", auto=True, uai=_u, region="normandie", platform="esidoc", hard=False, lang="fr",
  notes="How to publish the newly activated Universalis resource on the portal: the publication step.",
  frm=("Benoît Lemarchand", "benoit.lemarchand@ac-normandie.fr"), client="zimbra", day=9, at="15:15",
  subject="Publier une ressource sur le portail",
  body=f"""Bonjour,

L'abonnement Universalis est activé depuis vendredi (je le vois dans « Mes abonnements »), mais je ne trouve pas comment le faire apparaître sur la page d'accueil du portail pour les élèves. Pouvez-vous m'indiquer la marche à suivre ?

Collège Hastings, Caen – UAI {_u}

Merci,
Benoît Lemarchand
""")

M(cat="subscription_activation", auto=True, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
  notes="An intercommunal media library ordered a digital press subscription through the Espace Acheteur two days ago; the supplier says activation is pending: within the 72-hour window. Purchasing-side sender, no UAI.",
  frm=("Médiathèque intercommunale Le Kiosque", "mediatheque@ccpaysdelandivisiau.bzh"), client="webmail", day=12, at="11:08",
  subject="Abonnement presse numérique commandé le 10 mars",
  body=f"""Bonjour,

Nous avons commandé mardi 10 mars, via l'Espace Acheteur, un abonnement de presse numérique (bouquet de 40 titres) pour la médiathèque intercommunale. Le fournisseur nous répond que l'activation est faite « sous 72 heures » de votre côté. À ce jour l'accès n'est pas ouvert.

Pouvez-vous nous confirmer que l'activation est en cours ?

Cordialement,

Armelle Caroff
Responsable de la médiathèque Le Kiosque
Communauté de communes du Pays de Landivisiau
Zone de Kerven – 29400 Landivisiau
""")

_u = U("0530761")
M(cat="subscription_activation", auto=True, uai=_u, region="pays-de-la-loire", platform="esidoc", hard=True, lang="fr",
  notes="Written by the proviseur, but he only asks when the subscription ordered yesterday will be available: not a head-of-establishment request.",
  frm=("Laurent Poirier", "laurent.poirier@ac-nantes.fr"), client="o365", day=17, at="08:21",
  subject="Disponibilité de l'abonnement Cafeyn",
  body=f"""Bonjour,

Notre professeure documentaliste étant absente cette semaine, je me permets de vous écrire : l'abonnement Cafeyn commandé hier par le lycée Douanier Rousseau (Laval, UAI {_u}) sera-t-il disponible pour la semaine de la presse, qui commence lundi ?

Cordialement,

Laurent POIRIER
Proviseur
Lycée Douanier Rousseau – 53000 Laval
""")

_d = "0560187"
_u = U(_d)
_written = f"{_d[:3]} {_d[3:]}{_u[-1].lower()}"
M(cat="subscription_activation", auto=True, uai=_u, region="bretagne", platform="esidoc", hard=True, lang="fr",
  notes=f"Renewed subscription still shown as expired two days after the order; the UAI is written with a space and a lower-case letter ('{_written}').",
  frm=("Gaëlle Le Corre", "gaelle.le-corre@ac-rennes.fr"), client="thunderbird", day=19, at="14:33",
  subject="Renouvellement abonnement - toujours expiré",
  codes={_written: "label"},
  body=f"""Bonjour,

Nous avons renouvelé mardi notre abonnement à la BNE pour le lycée Jean Macé de Lanester. Dans « Mes abonnements », il apparaît toujours comme « expiré » et les élèves n'y ont plus accès.

RNE : {_written}

Merci de votre aide,
Gaëlle Le Corre
Documentaliste
""")

_u = U("0610219")
M(cat="subscription_activation", auto=True, uai=_u, region="normandie", platform="esidoc", hard=True, lang="fr",
  notes="Negation: 'ce n'est pas un problème de mot de passe', the login works; the resource ordered yesterday is not shown to pupils.",
  frm=("Hélène Guillochon", "helene.guillochon@ac-normandie.fr"), client="zimbra", day=24, at="10:58",
  subject="Ressource invisible côté élèves",
  body=f"""Bonjour,

Je précise d'emblée que ce n'est pas un problème de mot de passe : je me connecte sans difficulté au back-office.

Nous avons commandé hier l'abonnement Lumni Enseignement ? non, pardon, l'abonnement « Okapi numérique » pour le collège Jean Racine d'Alençon (UAI {_u}). Côté élèves, rien n'apparaît dans le bloc des ressources numériques.

Faut-il attendre ou faire une manipulation ?

Hélène Guillochon
Professeure documentaliste
""")

_u = U("0850642")
M(cat="subscription_activation", auto=True, uai=_u, region="pays-de-la-loire", platform="esidoc", hard=True, lang="fr",
  notes="Gmail-style reply on a solved password ticket (quoted reset answer): the new text clearly asks something else, a subscription ordered yesterday that is not visible yet.",
  frm=("Solène Chartier", "solene.chartier@ac-nantes.fr"), client="gmail", day=25, at="11:44",
  subject="Re: [#SUP-018301] Mot de passe e-sidoc",
  irt="<SUP-018301.1774000800.c1d4e2@assistance.example.fr>",
  body=f"""Bonjour,

Merci, le nouveau mot de passe fonctionne.

Du coup j'ai pu passer la commande de l'abonnement « Je bouquine numérique » hier après-midi, mais il n'apparaît pas encore dans nos ressources. Combien de temps faut-il compter ?

Solène Chartier
Collège Auguste et Jean Renoir, Fontenay-le-Comte
UAI {_u}

Le {fr_gmail(20, "10:15")}, Assistance <{SUPPORT}> a écrit :
{quote(TICKET_BODY_RESET)}
""")

# ---------------------------------------------------------------- order_billing
M(cat="order_billing", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="Order validated three weeks ago, delivered, but the invoice is still not on Chorus Pro.",
  frm=("Stéphanie Onfroy", "stephanie.onfroy@saint-lo.fr"), client="o365", day=2, at="11:21",
  subject="Facture absente de Chorus Pro - commande du 9 février",
  body=f"""Bonjour,

Nous avons validé le 9 février sur l'Espace Acheteur la commande n° EA-2026-00871 (fournitures d'entretien pour les groupes scolaires). La livraison a eu lieu le 13 février, mais aucune facture n'a été déposée sur Chorus Pro à ce jour. Notre service comptable ne peut pas mandater sans elle et le délai global de paiement court.

Pouvez-vous relancer le dépôt ?

Cordialement,

Stéphanie ONFROY
Gestionnaire comptable – Direction des finances
Ville de Saint-Lô
Place Général de Gaulle – CS 51315 – 50015 Saint-Lô Cedex
02 33 77 60 00 – SIRET 215 005 025 00017

{D_VILLE}
""")

M(cat="order_billing", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="HTML-only Outlook (windows-1252, euro sign): the invoice amount is higher than the accepted quote.",
  frm=("Pascale Renault", "pascale.renault@ch-layon-aubance.fr"), client="outlook16", style="outlook_html", day=3, at="15:40",
  subject="Écart entre devis et facture",
  body=f"""Bonjour,

Nous avons reçu la facture FA-2026-01122 relative à notre commande de fauteuils de repos pour l'unité de soins de longue durée. Elle s'élève à 14 736,00 € TTC, alors que le devis accepté le 15 janvier (DV-2025-3381) était de 13 968,00 € TTC.

L'écart semble correspondre à des frais de livraison qui n'étaient pas prévus au devis. Pouvez-vous nous adresser une facture rectifiée, ou un avoir ?

Cordialement,

Pascale RENAULT
Adjointe des cadres – Service économique
Centre hospitalier Layon-Aubance
Rue du Docteur Dubois – 49380 Bellevigne-en-Layon
Tél. 02 41 59 27 00

{D_HOPITAL}
""")

M(cat="order_billing", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="A supplier never received the purchase order for a delivery the town hall expects, and asks what reference to put on the invoice.",
  frm=("Patrick Lemée", "p.lemee@mobilier-collectivites-atlantique.fr"), client="outlook16", day=4, at="10:02",
  subject="Bon de commande non reçu - Mairie de Saint-Herblain",
  body=f"""Bonjour,

La mairie de Saint-Herblain nous demande de livrer la semaine prochaine des tables de restauration scolaire qu'elle dit avoir commandées via votre plateforme le 26 février. Nous n'avons jamais reçu le bon de commande correspondant.

Sans ce document, nous ne pouvons ni lancer la fabrication, ni établir une facture conforme pour Chorus Pro (il nous faut le numéro d'engagement juridique).

Pouvez-vous nous le transmettre, ou nous indiquer où le trouver ?

Cordialement,

Patrick LEMÉE
Responsable ADV marchés publics
MOBILIER COLLECTIVITÉS ATLANTIQUE SAS
Parc d'activités de la Bérangerais – 44240 La Chapelle-sur-Erdre
02 40 93 55 10 – SIRET 501 336 812 00029 – TVA FR 33 501336812

{D_ENTREPRISE}
""")

M(cat="order_billing", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="en",
  notes="English, German supplier: invoice rejected in Chorus Pro because the engagement number (purchase order reference) is missing; asks for it.",
  frm=("Jonas Weber", "jonas.weber@nordlab-instruments.de"), client="o365", day=5, at="14:10",
  subject="Invoice rejected in Chorus Pro - missing engagement number",
  body=f"""Dear Sir or Madam,

Our invoice no. 2026-0412 for the delivery of two spectrophotometers to the Université d'Angers (your order of 20 January) has been rejected in Chorus Pro with the reason "numéro d'engagement absent".

We cannot find any engagement number on the order confirmation we received from your platform. Could you please tell us which number we must enter, so that we can submit the invoice again?

Best regards

Jonas Weber
Accounts Receivable
NordLab Instruments GmbH
Hafenstraße 21 | 24143 Kiel | Germany
Managing Directors: Dr. Jens Petersen, Anke Lorenzen | Amtsgericht Kiel HRB 19876 KI | VAT ID DE 287654321

{D_EN}
""")

M(cat="order_billing", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="A département asks for a formal quote for a renewal, needed to draw up its bon d'engagement.",
  frm=("Nicolas Hamelin", "nicolas.hamelin@seinemaritime.fr"), client="o365", day=6, at="09:03",
  subject="Demande de devis - renouvellement licences",
  body=f"""Bonjour,

Afin d'établir le bon d'engagement correspondant, je vous remercie de bien vouloir nous adresser un devis pour le renouvellement de nos 35 licences d'accès à l'Espace Acheteur pour la période avril 2026 – mars 2027, ainsi que pour l'option « module de statistiques ».

Le devis devra mentionner notre numéro de SIRET (227 600 017 00017) et le code service « DIRFIN-ACHATS ».

Cordialement,

Nicolas HAMELIN
Chargé de la programmation budgétaire
Direction des finances – Service commande publique
Département de la Seine-Maritime
Quai Jean Moulin – 76101 Rouen Cedex 1

{D_DEPT}
""")

M(cat="order_billing", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="Same invoice received twice in Chorus Pro; the SDIS asks to cancel the duplicate.",
  frm=("Marie-Annick Le Page", "ma.lepage@sdis29.fr"), client="outlook16", day=9, at="16:47",
  subject="Facture en double",
  body=f"""Bonjour,

Nous avons reçu deux fois sur Chorus Pro la facture n° FA-2026-00934 du 2 mars (tenues d'intervention, 6 212,40 € TTC), sous deux numéros de dépôt différents. Merci de bien vouloir annuler le doublon pour que nous ne la payions pas deux fois.

Cordialement,

Marie-Annick LE PAGE
Gestionnaire comptable – Groupement des finances
SDIS du Finistère
1 allée Jean Moulin – CS 21010 – 29556 Quimper Cedex 9
02 98 10 31 00

{D_SDIS}
""")

M(cat="order_billing", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="The saved basket disappeared (baskets expire after a while).",
  frm=("Florian Guillard", "florian.guillard@cc-vallee-haute-sarthe.fr"), client="o365", day=10, at="08:44",
  subject="Panier disparu",
  body=f"""Bonjour,

J'avais préparé début février un panier d'une quarantaine de références (fournitures pour les trois écoles de la communauté), en attente de l'accord budgétaire. L'accord est arrivé, mais le panier a disparu de mon compte.

Y a-t-il un moyen de le récupérer ? Je n'ai pas gardé la liste ailleurs.

Florian GUILLARD
Service achats mutualisés
Communauté de communes de la Vallée de la Haute Sarthe
72170 Beaumont-sur-Sarthe
""")

M(cat="order_billing", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="Means of payment: a public nursing home pays by mandat administratif and asks for bank details (RIB).",
  frm=("Christine Moreau", "c.moreau@ehpad-stjacques-mayenne.fr"), client="webmail", day=11, at="14:50",
  subject="Paiement par mandat administratif - RIB",
  body=f"""Bonjour,

Notre trésorerie me demande votre RIB pour mandater la facture de notre première commande (linge de lit). Nous sommes un établissement public et ne pouvons payer ni par carte, ni par prélèvement : uniquement par mandat administratif, après service fait.

Pouvez-vous nous transmettre un RIB au nom de la centrale ?

Merci,

Christine MOREAU
Adjointe administrative – Économat
EHPAD Saint-Jacques
8 rue Saint-Jacques – 53100 Mayenne
""")

M(cat="order_billing", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="Order validation: the 'Valider la commande' button stays greyed out for a university buyer.",
  frm=("Kévin Durand", "kevin.durand@univ-lehavre.fr"), client="thunderbird", day=12, at="11:37",
  subject="Bouton Valider grisé",
  body=f"""Bonjour,

Mon panier est complet (commande de verrerie pour l'UFR Sciences et Techniques, 3 412 € HT), l'adresse de livraison et le service facturé sont renseignés, mais le bouton « Valider la commande » reste grisé. Aucun message d'erreur n'apparaît.

J'ai essayé avec Firefox et Edge.

Kévin Durand
Gestionnaire de commandes – UFR ST
Université Le Havre Normandie
25 rue Philippe Lebon – 76600 Le Havre
""")

_d = "0220056"
_u = U(_d)
_bad = BAD(_d)
M(cat="order_billing", auto=False, uai=_u, region="bretagne", platform="espace_acheteur", hard=True, lang="fr",
  notes=f"The body gives {_bad} (wrong check letter) but the sender address ce.{_u}@ac-rennes.fr carries the valid UAI, which is the label. The bon d'engagement upload fails at order validation.",
  frm=("Lycée Ernest Renan - Intendance", f"ce.{_u}@ac-rennes.fr"), client="zimbra", day=13, at="10:19",
  subject="Dépôt du bon d'engagement impossible",
  codes={_bad: "bad"},
  body=f"""Bonjour,

Au moment de valider notre commande, le dépôt du bon d'engagement (PDF signé, 380 Ko) échoue avec le message « format de fichier non accepté ». Nous avons essayé de le réenregistrer en PDF/A, sans succès.

Lycée Ernest Renan, Saint-Brieuc – UAI {_bad}

Pouvez-vous nous aider ? La commande doit partir avant la fin de l'exercice budgétaire de la subvention.

L'intendance
""")

_ua = U("0500011")
_ub = U("0501562")
M(cat="order_billing", auto=False, uai=_ub, region="normandie", platform="espace_acheteur", hard=True, lang="fr",
  notes=f"Two UAIs: the lycée that hosts the accounting group ({_ua}) and the collège whose invoice this is ({_ub}); the request is about the collège, which is the label. Invoice to be re-addressed to the agent comptable.",
  frm=("Agence comptable - Lycée Le Verrier", "agence-comptable.leverrier@ac-normandie.fr"), client="zimbra", day=16, at="15:06",
  subject="Adresse de facturation - collège Jean Lurçat",
  codes={_ua: "other"},
  body=f"""Bonjour,

Je suis agent comptable du groupement comptable dont le siège est au lycée Le Verrier de Saint-Lô (UAI {_ua}).

La facture n° FA-2026-01045 concernant le collège Jean Lurçat de Saint-Lô (UAI {_ub}) a été adressée au collège lui-même. Or, depuis le 1er janvier, toutes les factures des établissements rattachés doivent être libellées au nom du collège mais envoyées à l'agence comptable, et déposées sur Chorus Pro avec le SIRET du collège.

Pouvez-vous modifier l'adresse de facturation de ce collège et réémettre la facture ?

Cordialement,

Franck Lepeltier
Agent comptable
Lycée Le Verrier – 7 avenue de Verdun – 50000 Saint-Lô
""")

M(cat="order_billing", auto=False, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
  notes="Two topics: wrong quantity on an invoice (main) and the CCAP missing from the market documents (contract_documents).",
  frm=("Hélène Corbel", "helene.corbel@ville-ploermel.fr"), client="o365", day=17, at="10:46",
  subject="Facture erronée + CCAP",
  body=f"""Bonjour,

La facture reçue pour notre commande de vaisselle (bon de commande EA-2026-01203) mentionne 240 assiettes au lieu de 120. Merci de nous adresser une facture rectifiée ; nous ne pouvons pas la mandater en l'état.

Accessoirement, je ne trouve pas le CCAP du marché dans l'Espace Acheteur : pouvez-vous me le faire parvenir ?

Cordialement,

Hélène CORBEL
Responsable du restaurant scolaire municipal
Ville de Ploërmel – 56800 Ploërmel
""")

M(cat="order_billing", auto=False, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
  notes="Reply on a solved password ticket (quoted reset answer): the new text asks something else, an order total that does not match the basket. The new request decides.",
  frm=("Damien Brochard", "damien.brochard@ville-les-herbiers.fr"), client="o365", day=18, at="14:29",
  subject="RE: [#SUP-018275] Mot de passe Espace Acheteur",
  irt="<SUP-018275.1773395400.9aa014@assistance.example.fr>",
  body=f"""Bonjour,

Merci, j'ai pu me reconnecter.

En revanche, maintenant que j'ai accès, je constate que le montant du bon de commande EA-2026-01188 (2 954,30 € HT) ne correspond pas au total de mon panier (2 594,30 € HT). On dirait une inversion de chiffres. Pouvez-vous vérifier avant que la facture ne soit émise ?

Damien BROCHARD
Service achats – Ville des Herbiers
6 rue du Tourniquet – 85500 Les Herbiers

De : Assistance <{SUPPORT}>
Envoyé : {fr_long(13, "09:30")}
À : Damien Brochard <damien.brochard@ville-les-herbiers.fr>
Objet : [#SUP-018275] Mot de passe Espace Acheteur

{TICKET_BODY_RESET}
""")

M(cat="order_billing", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="en",
  notes="English, Dutch supplier: the buyer asks for a purchase-order number on the invoice, but no purchase order was ever sent through the platform.",
  frm=("Sanne de Vries", "s.devries@vanderberg-office.nl"), client="o365", day=19, at="09:51",
  subject="Purchase order number needed for invoice - Communauté de communes Cœur de Nacre",
  body=f"""Hello,

We delivered ergonomic office chairs to the Communauté de communes Cœur de Nacre on 6 March. Their accounts department asks us to state the purchase order number ("numéro de bon de commande") on our invoice before they can pay it.

However, we never received a purchase order through your platform for this delivery; the order was placed by phone following a quote. Could you tell us whether a purchase order exists in your system and, if so, send us its number?

Kind regards,

Sanne de Vries
Sales Support France
Van der Berg Office B.V.
Industrieweg 14, 3542 AD Utrecht, The Netherlands
KvK 30123456 | BTW NL812345678B01

{D_EN}
""")

M(cat="order_billing", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="University asks for a quote before a subsequent order under a framework agreement.",
  frm=("Romain Letellier", "romain.letellier@univ-angers.fr"), client="o365", day=20, at="11:12",
  subject="Devis pour marché subséquent - mobilier salles de TP",
  body=f"""Bonjour,

Dans le cadre de l'accord-cadre mobilier, nous souhaitons passer un marché subséquent pour l'équipement de deux salles de travaux pratiques (48 tabourets réglables, 12 paillasses mobiles). Pourriez-vous nous établir un devis, afin que nous puissions engager la dépense avant le 15 avril ?

Cordialement,

Romain LETELLIER
Acheteur – Service des achats et des marchés
Université d'Angers
40 rue de Rennes – BP 73532 – 49035 Angers Cedex 01
02 41 96 23 23

{D_UNIV}
""")

M(cat="order_billing", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="Invoice shown as 'suspendue' in Chorus Pro; the town hall asks why and what to do.",
  frm=("Annie Delaunay", "annie.delaunay@mairie-granville.fr"), client="outlook16", day=23, at="16:03",
  subject="Facture suspendue dans Chorus Pro",
  body=f"""Bonjour,

La facture FA-2026-00998 (commande de jeux de cour pour l'école du Pont) apparaît avec le statut « Suspendue » dans Chorus Pro, motif « pièce jointe complémentaire attendue ». Nous n'avons rien demandé de tel de notre côté.

Pouvez-vous regarder ce qui manque, ou redéposer la facture ?

Annie DELAUNAY
Service comptabilité
Mairie de Granville – Cours Jonville – 50400 Granville
02 33 91 30 00
""")

_u = U("0352211")
M(cat="order_billing", auto=False, uai=_u, region="bretagne", platform="espace_acheteur", hard=False, lang="fr",
  notes="Short iPhone message (base64) from a collège gestionnaire: invoice received twice.",
  frm=("Rozenn Hervé", "rozenn.herve@ac-rennes.fr"), client="iphone", style="mobile_b64", day=24, at="19:02",
  subject="Facture reçue 2 fois",
  body=f"""Bonjour, nous avons reçu deux fois la même facture pour la commande de papier (FA-2026-01077). Merci d'annuler la 2e.
R. Hervé, gestionnaire collège Les Ormeaux, Rennes – {_u}

Envoyé de mon iPhone
""")

# ---------------------------------------------------------- contract_documents
M(cat="contract_documents", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="Town-hall buyer cannot see the CCAP of a market in 'Mes Marchés'.",
  frm=("Yann Kerdraon", "y.kerdraon@mairie-landerneau.fr"), client="o365", day=2, at="14:27",
  subject="CCAP introuvable - marché fournitures de bureau 2025-018",
  body=f"""Bonjour,

Dans la rubrique « Mes Marchés », le marché 2025-018 (fournitures de bureau et papier) n'affiche que le bordereau de prix. Le CCAP n'y est pas, alors que nous devons vérifier les pénalités de retard prévues avant d'en appliquer une au titulaire.

Pouvez-vous le rendre accessible ou nous le transmettre ?

Cordialement,

Yann KERDRAON
Responsable du service marchés publics
Ville de Landerneau
Hôtel de Ville – 2 rue de la Tour d'Auvergne – 29207 Landerneau Cedex
02 98 85 43 00 – SIRET 212 901 037 00014

{D_VILLE}
""")

M(cat="contract_documents", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="Amendment no. 2 of a hospital market is missing from the contract documents; the supplier's cover letter is attached (RFC 2231 file name with accents).",
  frm=("Karine Jégou", "karine.jegou@ch-bretagne-sud.example.fr"), client="outlook16", day=3, at="09:11",
  subject="Avenant n°2 manquant - marché 2024-077 lot 3",
  attach=[("Courrier_avenant_n°2_lot3.pdf", "application/pdf", fake_pdf("Courrier avenant 2"))],
  body=f"""Bonjour,

Le titulaire du lot 3 (dispositifs de perfusion) du marché 2024-077 nous a adressé le courrier ci-joint annonçant l'avenant n° 2, qui révise les prix au 1er mars 2026. Cet avenant n'apparaît pas dans les documents du marché sur l'Espace Acheteur : on ne trouve que l'acte d'engagement et l'avenant n° 1.

Pourriez-vous le mettre en ligne ? Nos commandes de mars doivent être passées aux nouveaux prix.

Cordialement,

Karine JÉGOU
Acheteuse – Direction des achats
Groupe hospitalier Bretagne Sud
5 avenue de Choiseul – 56322 Lorient Cedex
02 97 06 90 90

{D_HOPITAL}
""")

M(cat="contract_documents", auto=False, uai=None, region=None, platform="esignature", hard=True, lang="fr",
  notes="After the e-signature was completed, the signed acte d'engagement cannot be downloaded (empty page): access to a contract document, on the e-signature side.",
  frm=("Fanny Cadiou", "fanny.cadiou@ville-morlaix.fr"), client="o365", day=4, at="11:55",
  subject="Acte d'engagement signé impossible à télécharger",
  body=f"""Bonjour,

Le maire a signé électroniquement lundi l'acte d'engagement du marché de restauration collective, et le titulaire l'a signé à son tour mardi. Nous avons bien reçu le mail indiquant que tous les signataires avaient terminé.

Mais quand je clique sur « Télécharger le document signé », j'obtiens une page blanche, et le document n'apparaît pas non plus dans l'historique. Or nous devons le joindre à la notification du marché.

Pouvez-vous nous le faire parvenir ?

Fanny CADIOU
Juriste marchés publics
Ville de Morlaix – Place des Otages – 29600 Morlaix
02 98 63 10 10

{D_VILLE}
""")

M(cat="contract_documents", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="The membership convention opens as an empty file for a département.",
  frm=("Gaëtan Rivière", "gaetan.riviere@loire-atlantique.fr"), client="o365", day=5, at="15:18",
  subject="Convention d'adhésion : fichier vide",
  body=f"""Bonjour,

Le fichier « Convention d'adhésion 2026 » présent dans notre espace s'ouvre sur une page vide (0 Ko une fois téléchargé). Notre assemblée doit délibérer le 30 mars et nous avons besoin du texte définitif.

Pourriez-vous le recharger ou nous l'envoyer ?

Cordialement,

Gaëtan RIVIÈRE
Chargé de mission commande publique
Direction des affaires juridiques et de la commande publique
Département de Loire-Atlantique
3 quai Ceineray – CS 94109 – 44041 Nantes Cedex 1

{D_DEPT}
""")

M(cat="contract_documents", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="A supplier received the award notification but the link to the market documents (acte d'engagement, CCAP) returns an error.",
  frm=("Laurent Hébert", "l.hebert@normandie-signalisation.fr"), client="outlook16", day=9, at="10:31",
  subject="Notification du marché - pièces inaccessibles",
  body=f"""Madame, Monsieur,

Nous avons reçu la notification d'attribution du marché de signalisation horizontale de la Communauté urbaine de Caen la mer (lot 2). Le lien vers les pièces du marché renvoie une erreur « document introuvable ».

Nous ne disposons donc ni de l'acte d'engagement signé par l'acheteur, ni du CCAP définitif. Pouvez-vous nous les rendre accessibles ?

Laurent HÉBERT
Responsable des appels d'offres
NORMANDIE SIGNALISATION SAS
ZI du Bois de la Pierre – 14540 Soliers
02 31 23 88 40 – SIRET 438 552 901 00034

{D_ENTREPRISE}
""")

M(cat="contract_documents", auto=False, uai=None, region=None, platform="espace_acheteur", hard=True, lang="en",
  notes="English, Irish supplier cannot find the signed copy of amendment no. 1 to the framework agreement in the document space. Decoy: the Irish VAT number 9876543T in the signature has the UAI shape (7 digits + letter) but is not a UAI (no département 987, and the letter does not match).",
  codes={"9876543T": "decoy"},
  frm=("Ciarán O'Donnell", "ciaran.odonnell@kilbride-scientific.ie"), client="o365", day=10, at="12:44",
  subject="Signed amendment no. 1 - framework agreement 2024-093",
  body=f"""Dear Sir or Madam,

We are the holder of lot 4 (laboratory glassware) of framework agreement 2024-093 with the Université de Rennes. Amendment no. 1, extending the agreement until December 2026, was signed by both parties in January.

I cannot find the signed copy in the documents section of the platform; only the original agreement is there. Our auditors need it this month. Could you please make it available or send it to me?

Many thanks,

Ciarán O'Donnell
Public Sector Contracts Manager
Kilbride Scientific Ltd
Unit 7, Parkwest Business Park, Dublin 12, D12 X9T4, Ireland
Registered in Ireland No. 512345 | VAT IE 9876543T

{D_EN}
""")

_u = U("0490970")
M(cat="contract_documents", auto=False, uai=_u, region="pays-de-la-loire", platform="espace_acheteur", hard=False, lang="fr",
  notes="The BPU (unit price schedule) is missing from a market's documents; the university gives its UAI in the signature, hence the region.",
  frm=("Nathalie Jouin", "nathalie.jouin@univ-angers.fr"), client="thunderbird", day=11, at="09:57",
  subject="BPU manquant - accord-cadre consommables informatiques",
  body=f"""Bonjour,

Dans les pièces de l'accord-cadre 2025-052 (consommables informatiques), le bordereau des prix unitaires n'apparaît pas : seuls l'acte d'engagement, le CCAP et le CCTP sont en ligne. Sans le BPU, nos gestionnaires ne peuvent pas contrôler les prix facturés.

Merci de le mettre à disposition.

Nathalie Jouin
Responsable du pôle marchés
Université d'Angers – Direction des affaires financières
UAI {_u} – 40 rue de Rennes – 49035 Angers Cedex 01
""")

M(cat="contract_documents", auto=False, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
  notes="Could see the conventions on the old platform, not on the new one: contract_documents, although the fix may be access rights given by the structure administrator (close to account_creation).",
  frm=("Patricia Mahé", "patricia.mahe@ploermelcommunaute.bzh"), client="o365", day=12, at="10:22",
  subject="Conventions non visibles sur la nouvelle plateforme",
  body=f"""Bonjour,

Sur l'ancienne plateforme, je consultais sans problème nos conventions de groupement et les marchés associés. Depuis la bascule vers le nouvel Espace Acheteur, la rubrique « Mes Marchés » est vide chez moi, alors que ma collègue de la direction des finances voit bien les documents.

Est-ce un problème de migration ?

Patricia MAHÉ
Service juridique et commande publique
Ploërmel Communauté – Place de la Mairie – 56800 Ploërmel
""")

_d = "0851522"
_bad = BAD(_d)
M(cat="contract_documents", auto=False, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
  notes=f"Lycée gestionnaire writing from the lycée's own (non-académie) domain; the UAI is typed {_bad}, a wrong check letter (the digits give {U(_d)}), so neither UAI nor region.",
  frm=("Olivier Caillaud", "gestion@lycee-esperance-lucon.fr"), client="outlook16", day=13, at="14:02",
  subject="Convention d'adhésion non visible",
  codes={_bad: "bad"},
  body=f"""Bonjour,

Je ne trouve pas la convention d'adhésion signée par notre établissement en janvier dans la rubrique « Mes Marchés ». Le chef d'établissement en a besoin pour le conseil d'administration.

Lycée L'Espérance, Luçon – UAI {_bad}

Olivier CAILLAUD
Gestionnaire
""")

M(cat="contract_documents", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="Gmail-style follow-up: the CCTP is still missing after the desk's answer a week ago.",
  frm=("Valentin Guérin", "v.guerin@sivu-enfance-pays-des-olonnes.fr"), client="gmail", day=17, at="09:20",
  subject="Re: [#SUP-018241] CCTP lot 2 restauration",
  irt="<SUP-018241.1772794800.71ff02@assistance.example.fr>",
  body=f"""Bonjour,

Une semaine plus tard, le CCTP du lot 2 n'est toujours pas visible dans l'Espace Acheteur, contrairement à ce qu'indiquait votre réponse. Pouvez-vous vérifier ?

Valentin Guérin
SIVU Enfance du Pays des Olonnes

Le {fr_gmail(10, "15:40")}, Assistance <{SUPPORT}> a écrit :
> Bonjour,
>
> Le CCTP du lot 2 du marché de restauration sera remis en ligne dans la
> journée.
>
> Cordialement,
> L'équipe d'assistance
""")

M(cat="contract_documents", auto=False, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
  notes="Negation: 'je ne vous demande pas de devis'; he is looking for the CCTP of lot 3, a market document.",
  frm=("Loïc Riou", "loic.riou@cc-chateaubriant-derval.fr"), client="o365", day=18, at="11:03",
  subject="CCTP lot 3",
  body=f"""Bonjour,

Votre collègue m'a envoyé hier un devis pour le mobilier de la nouvelle crèche, merci à lui, mais ce n'est pas ce que je cherchais : je ne vous demande pas de devis. J'ai besoin du CCTP du lot 3 (mobilier petite enfance) de l'accord-cadre, qui n'apparaît pas dans les pièces du marché, pour vérifier les normes exigées.

Merci,

Loïc RIOU
Service bâtiments – Communauté de communes Châteaubriant-Derval
5 rue Gabriel Delatour – 44110 Châteaubriant
""")

M(cat="contract_documents", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="HTML-only message: the declaration of a subcontractor (DC4 / acte spécial de sous-traitance) is missing from the market documents.",
  frm=("Émilie Quintin", "emilie.quintin@auray-quiberon.fr"), client="o365", style="outlook_html", day=19, at="16:12",
  subject="Acte spécial de sous-traitance (DC4) absent",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Verdana,sans-serif;font-size:10pt;color:#1F3864">
<p>Bonjour,</p>
<p>Le titulaire du marché de travaux de la piscine intercommunale (lot 5 – plomberie) nous indique avoir déclaré un sous-traitant en février. L’acte spécial de sous-traitance (DC4) accepté n’apparaît pas dans les documents du marché sur l’Espace Acheteur.</p>
<p>Sans ce document, notre comptable ne peut pas procéder au paiement direct du sous-traitant.</p>
<p>Pourriez-vous le mettre en ligne ?</p>
<p>Bien cordialement,</p>
<p><b>Émilie QUINTIN</b><br>
Assistante commande publique<br>
Auray Quiberon Terre Atlantique<br>
40 rue du Danemark – 56400 Auray<br>
02 22 76 03 50</p>
<hr><p style="font-size:8pt;color:#808080">Ce message et les pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l’avez reçu par erreur, merci d’en informer l’expéditeur et de le supprimer.</p>
</div></body></html>
""")

M(cat="contract_documents", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="ISO-8859-1 8-bit body from an older Thunderbird: only the CCAP of lot 2 appears, not the CCTP nor the financial annex.",
  frm=("Capitaine Olivier Leprince", "olivier.leprince@sdis14.fr"), client="thunderbird", style="latin1", day=20, at="08:37",
  subject="Pièces du marché 2025-017 lot 2 incomplètes",
  body=f"""Bonjour,

Pour le marché 2025-017 (habillement), lot 2 (vêtements de pluie), seule la pièce CCAP apparaît dans l'Espace Acheteur. Le CCTP et l'annexe financière sont absents, alors qu'ils figuraient dans le dossier de consultation.

Pouvez-vous compléter ?

Capitaine Olivier LEPRINCE
Service logistique - SDIS du Calvados
6 rue Eugène Boudin - 14000 Caen
""")

# ----------------------------------------------------------- transfer_incident
_u = U("0491921")
M(cat="transfer_incident", auto=False, uai=_u, region="pays-de-la-loire", platform="ecoledirecte", hard=False, lang="fr",
  notes="The last EcoleDirecte transfer is five days old; parents no longer see grades and absences.",
  frm=("Vie scolaire Collège Saint-Louis", "viescolaire@stlouis-saumur.fr"), client="outlook16", day=6, at="08:12",
  subject="Transferts EcoleDirecte arrêtés depuis dimanche",
  body=f"""Bonjour,

Le dernier transfert vers EcoleDirecte date de dimanche 1er mars. Depuis, les parents ne voient plus ni les notes ni les absences, et le téléphone sonne beaucoup.

Sur le poste serveur, Charlemagne ne signale aucune erreur ; le transfert automatique semble simplement ne plus se lancer.

Collège Saint-Louis, Saumur – UAI {_u}

Merci de votre aide,

Aurélie Baudouin
Responsable vie scolaire
""")

_u = U("0291598")
M(cat="transfer_incident", auto=False, uai=_u, region="bretagne", platform="ecoledirecte", hard=False, lang="fr",
  notes="Licence to regenerate after the school's server was replaced; transfers stopped.",
  frm=("Informatique - Lycée Saint-Sébastien", "informatique@saint-sebastien-landerneau.fr"), client="thunderbird", day=9, at="14:40",
  subject="Licence à régénérer suite changement de serveur",
  body=f"""Bonjour,

Nous avons remplacé le serveur de l'établissement pendant les vacances. Depuis la réinstallation de Charlemagne sur la nouvelle machine, le module de transfert indique « licence invalide pour ce poste » et plus aucun transfert ne part vers EcoleDirecte.

Pouvez-vous régénérer la licence pour le nouveau serveur ?

Lycée Saint-Sébastien, Landerneau – UAI {_u}

Mikaël Abiven
Technicien informatique
""")

M(cat="transfer_incident", auto=False, uai=None, region=None, platform="ecoledirecte", hard=True, lang="fr",
  notes="Asks for 'le mot de passe de maintenance du jour' to repair the database before transfers can resume: transfer_incident per the taxonomy, not password_reset.",
  frm=("Secrétariat Ensemble scolaire Notre-Dame", "secretariat@nd-chateaubriant.fr"), client="webmail", day=11, at="07:58",
  subject="Mot de passe de maintenance",
  body=f"""Bonjour,

Charlemagne affiche ce matin « base à réparer » et refuse de lancer le transfert vers EcoleDirecte. L'outil de maintenance me demande le mot de passe de maintenance du jour, que je n'ai pas.

Pouvez-vous me le communiquer ? Je suis joignable au 02 40 81 12 44 toute la matinée.

Sandrine Pelé
Secrétaire de direction
Ensemble scolaire Notre-Dame – Châteaubriant
""")

M(cat="transfer_incident", auto=False, uai=None, region=None, platform="ecoledirecte", hard=False, lang="fr",
  notes="The diocesan network's new proxy blocks EcoleDirecte transfers for several schools; the IT manager asks which addresses and ports to open.",
  frm=("Service informatique DDEC 56", "informatique@ec56.example.org"), client="o365", day=13, at="11:30",
  subject="Transferts bloqués par le nouveau proxy du réseau diocésain",
  body=f"""Bonjour,

Depuis lundi, nous avons mis en service un nouveau proxy filtrant pour l'ensemble des établissements du réseau. Depuis, les transferts Charlemagne vers EcoleDirecte échouent dans au moins six établissements (le diagnostic du module de transfert échoue au test de connexion).

Pourriez-vous nous communiquer la liste des adresses, domaines et ports que le module de transfert doit joindre, afin que nous créions les exceptions nécessaires ?

Cordialement,

Nicolas Le Goff
Responsable du service informatique
Direction diocésaine de l'enseignement catholique du Morbihan
9 rue Thiers – 56000 Vannes
""")

M(cat="transfer_incident", auto=False, uai=None, region=None, platform="ecoledirecte", hard=False, lang="fr",
  notes="HTML-only Outlook: error 12029 each time the transfer starts.",
  frm=("Direction - École Sainte-Anne", "direction@ecole-steanne-guer.fr"), client="o365", style="outlook_html", day=16, at="17:45",
  subject="Erreur 12029 au transfert",
  body=f"""Bonjour,

Depuis jeudi, chaque lancement du transfert vers EcoleDirecte se termine par le message : « Erreur 12029 – impossible de se connecter au serveur distant ». Internet fonctionne pourtant normalement sur le poste.

Nous sommes une petite école et n'avons pas de technicien : que devons-nous vérifier ?

Merci d'avance,

Secrétariat de l'école Sainte-Anne
12 rue du Calvaire – 56380 Guer
""")

_u = U("0721789")
M(cat="transfer_incident", auto=False, uai=_u, region="pays-de-la-loire", platform="ecoledirecte", hard=False, lang="fr",
  notes="Follow-up in an Outlook reply chain ('De : / Envoyé :'): after the fix of last week the transfers stopped again.",
  frm=("Jérôme Huet", "j.huet@ndsainte-croix.fr"), client="o365", day=20, at="09:08",
  subject="RE: [#SUP-018255] Transferts EcoleDirecte",
  irt="<SUP-018255.1773154800.0f3c77@assistance.example.fr>",
  body=f"""Bonjour,

Les transferts ont fonctionné deux jours après votre intervention, puis se sont de nouveau arrêtés mercredi soir. Même symptôme : le transfert reste bloqué sur « Envoi des données » sans jamais se terminer.

Lycée Notre-Dame de Sainte-Croix, Le Mans – UAI {_u}

Jérôme HUET
Responsable informatique

De : Assistance <{SUPPORT}>
Envoyé : {fr_long(10, "15:00")}
À : Jérôme Huet <j.huet@ndsainte-croix.fr>
Objet : [#SUP-018255] Transferts EcoleDirecte

Bonjour,

Nous avons réinitialisé la réplication de votre établissement. Les transferts devraient reprendre au prochain lancement.

Cordialement,
L'équipe d'assistance
""")

_u = U("0142045")
M(cat="transfer_incident", auto=False, uai=_u, region="normandie", platform="ecoledirecte", hard=True, lang="fr",
  notes="Two topics: transfers failing since the update (first, main) and the invoice for the licence renewal (order_billing).",
  frm=("Gestion - Institution Saint-Joseph", "gestion@institution-stjoseph-lisieux.fr"), client="outlook16", day=24, at="13:52",
  subject="Transferts en échec + facture de renouvellement",
  body=f"""Bonjour,

Depuis la mise à jour de Charlemagne installée vendredi, tous les transferts vers EcoleDirecte échouent (« échec de l'authentification du service de transfert »). Les emplois du temps et les notes ne sont plus à jour pour les familles.

Par ailleurs, nous n'avons pas reçu la facture de renouvellement de la licence pour 2026 : pouvez-vous nous l'adresser ?

Institution Saint-Joseph, Lisieux – UAI {_u}

Stéphane Levillain
Responsable administratif et financier
""")

_u = U("0221830")
M(cat="transfer_incident", auto=False, uai=_u, region="bretagne", platform="ecoledirecte", hard=True, lang="fr",
  notes="A private primary school: transfers hang at 'Envoi des données' since the March update. Signed by the head (chef d'établissement), but she reports an incident and authorises nothing: not a head-of-establishment request.",
  frm=("École Saint-Joseph Paimpol", "ecole.stjoseph.paimpol@orange.fr"), client="webmail", day=26, at="16:20",
  subject="transfert bloqué",
  body=f"""Bonjour,

Depuis la mise à jour de début mars, le transfert vers EcoleDirecte reste bloqué sur « Envoi des données » (barre de progression à 80 %) puis s'arrête au bout d'une heure. Les cahiers de textes ne remontent plus.

École Saint-Joseph, Paimpol (UAI {_u})

Merci,
Maud Le Gac, chef d'établissement
""")

# ------------------------------------------------------------------- automated
M(cat="automated", auto=False, uai=None, region=None, platform=None, hard=False, lang="fr",
  notes="Exchange Online out-of-office in French ('Réponse automatique :') with Auto-Submitted: auto-generated and X-Auto-Response-Suppress, in reply to a desk answer.",
  frm=("BRIAND Delphine", "delphine.briand@loudeac-communaute.bzh"), client="o365", day=23, at="10:03",
  subject="Réponse automatique : [#SUP-018311] Droits sur le compte Espace Acheteur",
  irt="<SUP-018311.1774256400.e0a7c5@assistance.example.fr>",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "delphine.briand@loudeac-communaute.bzh")],
  body="""Bonjour,

Je suis absente du lundi 23 au vendredi 27 mars inclus, sans accès à ma messagerie.

Pour toute question relative aux marchés publics, merci de contacter le service commande publique au 02 96 66 09 09 ou à l'adresse commande.publique@loudeac-communaute.bzh.

Cordialement,
Delphine Briand
""")

M(cat="automated", auto=False, uai=None, region="bretagne", platform=None, hard=False, lang="fr",
  notes="Académie webmail vacation reply ('Auto-Submitted: auto-replied (zimbra; vacation)'); mentions e-sidoc and passwords but is automatic. Region from the ac-rennes.fr sender.",
  frm=("Ronan Le Meur", "ronan.le-meur@ac-rennes.fr"), client="zimbra", style="zimbra_plain", day=9, at="14:22",
  subject="Re: [#SUP-018249] Mot de passe e-sidoc",
  irt="<SUP-018249.1773063600.44b9d0@assistance.example.fr>",
  headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
  body="""Bonjour,

Je suis en stage de formation du 9 au 13 mars et ne consulterai pas ma messagerie. Pour le CDI et le portail e-sidoc, vous pouvez vous adresser à la vie scolaire du collège.

Ceci est une réponse automatique.
R. Le Meur
""")

_bnd = "7Qf2RkL0xz1mNv.1773130245/mail.ch-montsdarree.fr"
M(cat="automated", auto=False, uai=None, region=None, platform=None, hard=False, lang="en",
  notes="Postfix bounce (multipart/report, delivery-status, original headers as text/rfc822-headers), null Return-Path, MAILER-DAEMON sender. The bounced desk answer is about a locked account.",
  frm=("Mail Delivery System", "MAILER-DAEMON@mail.ch-montsdarree.fr"), client="raw", day=10, at="09:10",
  return_path="", host="mail.ch-montsdarree.fr", auth={"dkim": "none", "dmarc": "none"},
  subject="Undelivered Mail Returned to Sender",
  headers=[("Auto-Submitted", "auto-replied")],
  raw=f"""Content-Type: multipart/report; report-type=delivery-status;
 boundary="{_bnd}"

This is a MIME-encapsulated message.

--{_bnd}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.ch-montsdarree.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<y.lebihan@ch-montsdarree.fr>: unknown user: "y.lebihan"

--{_bnd}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.ch-montsdarree.fr
X-Postfix-Queue-ID: 7Qf2RkL0xz1mNv
X-Postfix-Sender: rfc822; {SUPPORT}
Arrival-Date: Tue, 10 Mar 2026 09:10:44 +0100 (CET)

Final-Recipient: rfc822; y.lebihan@ch-montsdarree.fr
Original-Recipient: rfc822;y.lebihan@ch-montsdarree.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "y.lebihan"

--{_bnd}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <{SUPPORT}>
From: Assistance <{SUPPORT}>
To: y.lebihan@ch-montsdarree.fr
Subject: [#SUP-018236] Compte verrouillé - Espace Acheteur
Date: Tue, 10 Mar 2026 09:10:41 +0100
Message-ID: <SUP-018236.1773130241.b83a01@assistance.example.fr>
Auto-Submitted: auto-replied

--{_bnd}--
""")

_bnd = "_b7e0d6f3-48a1-4a8e-9b1c-2d5e8f0a3c41_"
_alt = "_e19c2a70-0d55-4c7a-b2f4-6a1d93c0e7b8_"
_ndr_text = """Votre message n'a pas pu être remis à karine.viaud@paysdelaloire.fr, car cette adresse est introuvable.

Résolution : vérifiez l'adresse du destinataire. Le destinataire a peut-être quitté l'organisation, ou l'adresse a été mal saisie.

Informations de diagnostic pour les administrateurs :
Serveur de génération : PR1P264MB3512.FRAP264.PROD.OUTLOOK.COM
karine.viaud@paysdelaloire.fr
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
M(cat="automated", auto=False, uai=None, region=None, platform=None, hard=False, lang="fr",
  notes="Exchange Online non-delivery report in French ('Non remis :'): multipart/report with a French explanation and the returned message attached; null Return-Path.",
  frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@paysdelaloire.fr"), client="raw",
  day=16, at="11:47", return_path="", host="PR1P264MB3512.FRAP264.PROD.OUTLOOK.COM", auth={"dkim": "none", "dmarc": "none"},
  subject="Non remis : [#SUP-018268] Convention d'adhésion 2026",
  headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "fr-FR")],
  raw=f"""Content-Type: multipart/report; report-type=delivery-status;
 boundary="{_bnd}"

--{_bnd}
Content-Type: multipart/alternative; differences=Content-Type;
 boundary="{_alt}"

--{_alt}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{quopri.encodestring(_ndr_text.encode("utf-8")).decode("ascii")}
--{_alt}
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{quopri.encodestring(("<html><body><p><b>Votre message n'a pas pu être remis</b></p>" + "".join("<p>" + html.escape(p) + "</p>" for p in _ndr_text.split(chr(10) + chr(10))) + "</body></html>").encode("utf-8")).decode("ascii")}
--{_alt}--

--{_bnd}
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB3512.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Mon, 16 Mar 2026 10:47:02 +0000

Final-Recipient: rfc822;karine.viaud@paysdelaloire.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--{_bnd}
Content-Type: message/rfc822

From: Assistance <{SUPPORT}>
To: karine.viaud@paysdelaloire.fr
Subject: [#SUP-018268] Convention d'adhesion 2026
Date: Mon, 16 Mar 2026 11:46:58 +0100
Message-ID: <SUP-018268.1773657958.3d0c1e@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

La convention d'adh=C3=A9sion 2026 est de nouveau disponible dans la rubriq=
ue =C2=AB Mes March=C3=A9s =C2=BB.

Cordialement,
L'=C3=A9quipe d'assistance

--{_bnd}--
""")

_bnd = "------------mdn9c4f1a2b7e3d5"
M(cat="automated", auto=False, uai=None, region="normandie", platform=None, hard=False, lang="fr",
  notes="Thunderbird read receipt in French ('Accusé de réception (affiché)'), multipart/report disposition-notification. Region from the ac-normandie.fr sender.",
  frm=("Benoît Lemarchand", "benoit.lemarchand@ac-normandie.fr"), client="raw", day=10, at="08:05",
  host="smtp2.ac-normandie.fr",
  subject="Accusé de réception (affiché) - [#SUP-018258] Publier une ressource sur le portail",
  headers=[("User-Agent", "Mozilla Thunderbird")],
  raw=f"""Content-Type: multipart/report; report-type=disposition-notification;
 boundary="{_bnd}"

This is a multi-part message in MIME format.
--{_bnd}
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Ceci est un accusé de réception pour le courrier que vous avez envoyé à <benoit.lemarchand@ac-normandie.fr>.

Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.

--{_bnd}
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: ; Mozilla Thunderbird
Final-Recipient: rfc822;benoit.lemarchand@ac-normandie.fr
Original-Message-ID: <SUP-018258.1773082800.7e21b9@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--{_bnd}
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Disposition: inline

From: Assistance <{SUPPORT}>
To: benoit.lemarchand@ac-normandie.fr
Subject: [#SUP-018258] Publier une ressource sur le portail
Date: Mon, 9 Mar 2026 20:00:00 +0100
Message-ID: <SUP-018258.1773082800.7e21b9@assistance.example.fr>
Disposition-Notification-To: {SUPPORT}

--{_bnd}--
""")

M(cat="automated", auto=False, uai=None, region=None, platform=None, hard=True, lang="fr",
  notes="A town hall's MailInBlack challenge sent back to the desk when the desk answered a ticket: it names MailInBlack and asks to click a link, but it is machine-generated (Auto-Submitted) and must never be answered; it is not a user's MailInBlack question.",
  frm=("Isabelle Tanguy via Mailinblack", "isabelle.tanguy@carhaix.fr"), client="raw", day=18, at="15:31",
  host="out-mib3.mailinblack.com", return_path="bounce-challenge@mailinblack.com", auth_domain="mailinblack.com",
  subject="Authentification requise : [#SUP-018284] Mail d'activation non reçu",
  headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Mailinblack", "challenge")],
  raw="""Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,

Je suis protégée par Mailinblack. Votre adresse n'est pas encore connue de ma messagerie : afin que votre message me soit délivré, merci de confirmer que vous êtes bien un expéditeur humain en cliquant sur le lien ci-dessous et en recopiant le code affiché.

https://challenge.mailinblack.com/auth?id=8c1e44f07b2a

Vous n'aurez à le faire qu'une seule fois.

Isabelle Tanguy

-- 
Message envoyé automatiquement par Mailinblack, la protection de messagerie.
""")

M(cat="automated", auto=False, uai=None, region=None, platform="esignature", hard=True, lang="fr",
  notes="E-signature 'completed' notification for a purchasing-group convention: transactional mail without Auto-Submitted or Precedence; the no-reply style sender and the wording show it is automatic.",
  frm=("Service de signature électronique", ESIGN_NOREPLY), client="raw", day=19, at="17:02",
  host="mail.esign-notify.example.com", return_path="bounces@esign-notify.example.com", auth_domain="esign-notify.example.com",
  subject="Complété : Convention de groupement de commandes EPI 2026 – SDIS 50",
  raw=f"""Content-Type: multipart/alternative;
 boundary="=_a71c0e93b5d24f6e8810c2d4e6f7a9b1"

--=_a71c0e93b5d24f6e8810c2d4e6f7a9b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Tous les signataires ont terminé « Convention de groupement de commandes EPI 2026 – SDIS 50 ».

Signataires :
  Commandant Éric Lehoux – SDIS de la Manche – signé le 17/03/2026
  Assistance – signé le 19/03/2026

Le document signé et son certificat de preuve sont disponibles dans votre compte.

CONSULTER LE DOCUMENT : https://app.esign-notify.example.com/documents/a71c0e93

Ce message a été envoyé automatiquement. Pour toute question sur le document, contactez son expéditeur.

--=_a71c0e93b5d24f6e8810c2d4e6f7a9b1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{quopri.encodestring('''<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Tous les signataires ont terminé</h2>
<p>« Convention de groupement de commandes EPI 2026 – SDIS 50 »</p>
<p>Le document signé et son certificat de preuve sont disponibles dans votre compte.</p>
<p><a href="https://app.esign-notify.example.com/documents/a71c0e93" style="background:#1a56db;color:#fff;padding:10px 18px;text-decoration:none">CONSULTER LE DOCUMENT</a></p>
<p style="font-size:11px;color:#777">Ce message a été envoyé automatiquement. Pour toute question sur le document, contactez son expéditeur.</p>
</body></html>'''.encode("utf-8")).decode("ascii")}
--=_a71c0e93b5d24f6e8810c2d4e6f7a9b1--
""")

M(cat="automated", auto=False, uai=None, region=None, platform="esignature", hard=False, lang="fr",
  notes="E-signature reminder ('Rappel : un document attend votre signature') with Auto-Submitted: auto-generated.",
  frm=("Mairie de Vitré via Signature électronique", ESIGN_NOREPLY), client="raw", day=25, at="06:30",
  host="mail.esign-notify.example.com", return_path="bounces@esign-notify.example.com", auth_domain="esign-notify.example.com",
  subject="Rappel : Mairie de Vitré vous a envoyé un document à signer",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
  raw="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + quopri.encodestring("""Rappel

Mairie de Vitré vous a envoyé « Convention de mise à disposition – plateforme d'achat 2026 » à signer le 18/03/2026.

Ce document attend toujours votre signature. Il expirera le 01/04/2026.

SIGNER LE DOCUMENT : https://app.esign-notify.example.com/sign/5d02c8e1

Ne transférez pas ce message : le lien qu'il contient est personnel.
Ce message a été envoyé automatiquement, merci de ne pas y répondre.
""".encode("utf-8")).decode("ascii"))

M(cat="automated", auto=False, uai=None, region=None, platform=None, hard=True, lang="fr",
  notes="Chorus Pro notification that an invoice was made available (Auto-Submitted: auto-generated, no-reply sender): mentions an invoice but nobody wrote to the desk; not order_billing.",
  frm=("Chorus Pro", "ne-pas-repondre@chorus-pro.gouv.fr"), client="raw", day=12, at="03:14",
  host="smtp-out.chorus-pro.gouv.fr",
  subject="[Chorus Pro] Une facture a été mise à disposition - FA-2026-01045",
  headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
  raw="""Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

""" + base64.encodebytes("""<html><body style="font-family:Marianne,Arial,sans-serif;font-size:14px">
<p>Bonjour,</p>
<p>La facture suivante, déposée par votre structure, a été mise à disposition de son destinataire sur Chorus Pro.</p>
<table border="0" cellpadding="4">
<tr><td>Numéro de facture</td><td><b>FA-2026-01045</b></td></tr>
<tr><td>Émetteur</td><td>Centrale d'achat – Espace Acheteur (votre structure)</td></tr>
<tr><td>Destinataire</td><td>Collège Jean Lurçat (SIRET 195 015 625 00012)</td></tr>
<tr><td>Montant TTC</td><td>1 284,60 €</td></tr>
<tr><td>Statut</td><td>Mise à disposition</td></tr>
</table>
<p>Pour suivre son traitement, connectez-vous à votre espace Chorus Pro.</p>
<p style="color:#666">Ce courriel est envoyé automatiquement, merci de ne pas y répondre.<br>Chorus Pro – Agence pour l'informatique financière de l'État</p>
</body></html>
""".encode("utf-8")).decode("ascii"))

M(cat="automated", auto=False, uai=None, region=None, platform="espace_acheteur", hard=False, lang="fr",
  notes="Espace Acheteur notification to the desk (administrator of structures without one): an account awaits validation. Auto-Submitted: auto-generated.",
  frm=("Espace Acheteur", EA_NOREPLY), client="raw", day=18, at="16:27",
  host="mail.espace-acheteur.example.fr",
  subject="Nouveau compte en attente de validation - Communauté de communes du Sud Est Manceau",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
  raw="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Un nouveau compte a été créé pour la structure « Communauté de communes du Sud Est Manceau » et attend la validation d'un administrateur.

  Nom : Mélanie Gohier
  Adresse : m.gohier@cc-sudestmanceau.fr
  Date de la demande : 25/02/2026

Aucun administrateur actif n'étant déclaré pour cette structure, cette notification vous est adressée.

Valider ou refuser : https://espace-acheteur.example.fr/admin/comptes/en-attente

Ceci est un message automatique, merci de ne pas y répondre.
""")

M(cat="automated", auto=False, uai=None, region=None, platform=None, hard=False, lang="fr",
  notes="Procurement newsletter: List-Id, List-Unsubscribe (one-click), Precedence: bulk; HTML and text.",
  frm=("La Lettre de l'achat public", "lettre@achatpublic-info.example.com"), client="raw", day=5, at="07:00",
  host="mta12.achatpublic-info.example.com", return_path="bounce-lettre-4471@achatpublic-info.example.com",
  auth_domain="achatpublic-info.example.com",
  subject="La Lettre de l'achat public – mars 2026 : nouveaux seuils, facturation électronique, jurisprudence",
  headers=[("List-Id", "La Lettre de l'achat public <lettre.achatpublic-info.example.com>"),
           ("List-Unsubscribe", "<https://achatpublic-info.example.com/desinscription?u=4471>, <mailto:desinscription@achatpublic-info.example.com>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
           ("Feedback-ID", "lettre-2026-03:achatpublic-info")],
  raw="""Content-Type: multipart/alternative;
 boundary="b1_lettre_2026_03"

--b1_lettre_2026_03
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

LA LETTRE DE L'ACHAT PUBLIC – MARS 2026

À LA UNE
Facturation électronique : ce qui change pour les acheteurs publics en 2026.

EN BREF
- Relèvement des seuils de procédure : le point sur les textes.
- Marchés de fournitures scolaires : la clause de révision des prix à l'épreuve de l'inflation.
- Jurisprudence : l'offre anormalement basse dans les marchés de nettoyage.

AGENDA
Webinaire le 26 mars : « Réussir sa première consultation dématérialisée ».

Vous recevez cette lettre car vous êtes abonné(e). Se désinscrire : https://achatpublic-info.example.com/desinscription?u=4471

--b1_lettre_2026_03
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><table width="600" align="center" style="font-family:Georgia,serif">
<tr><td><h1>La Lettre de l'achat public</h1><p>Mars 2026</p></td></tr>
<tr><td><h2>À la une</h2><p>Facturation électronique : ce qui change pour les acheteurs publics en 2026.</p></td></tr>
<tr><td><h2>En bref</h2><ul><li>Relèvement des seuils de procédure : le point sur les textes.</li><li>Marchés de fournitures scolaires : la clause de révision des prix à l'épreuve de l'inflation.</li><li>Jurisprudence : l'offre anormalement basse dans les marchés de nettoyage.</li></ul></td></tr>
<tr><td style="font-size:11px;color:#888">Vous recevez cette lettre car vous êtes abonné(e). <a href="https://achatpublic-info.example.com/desinscription?u=4471">Se désinscrire</a></td></tr>
</table></body></html>

--b1_lettre_2026_03--
""")

M(cat="automated", auto=False, uai=None, region=None, platform=None, hard=False, lang="fr",
  notes="Tender-watch alert (auto-generated, List-Unsubscribe): new calls for tenders matching saved criteria.",
  frm=("Veille Marchés Ouest", "alertes@veille-marches-ouest.example.fr"), client="raw", day=24, at="05:45",
  host="smtp.veille-marches-ouest.example.fr",
  subject="Alerte : 4 nouvelles annonces correspondent à votre recherche « fournitures scolaires »",
  headers=[("Auto-Submitted", "auto-generated"),
           ("List-Unsubscribe", "<https://veille-marches-ouest.example.fr/alertes/stop?id=99812>")],
  raw="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + quopri.encodestring("""Bonjour,

4 nouvelles annonces correspondent à votre recherche « fournitures scolaires » (départements 22, 29, 35, 56) :

1. Ville de Quimper – Fourniture de papeterie et de fournitures scolaires pour les écoles – date limite : 20/04/2026
2. Lannion-Trégor Communauté – Accord-cadre fournitures de bureau et scolaires – date limite : 17/04/2026
3. Commune de Guidel – Fournitures scolaires 2026-2028 – date limite : 14/04/2026
4. Département du Morbihan – Manuels et fournitures pour les collèges – date limite : 22/04/2026

Consulter les annonces : https://veille-marches-ouest.example.fr/alertes/99812

Vous recevez ce message car vous avez enregistré cette alerte. Pour ne plus la recevoir : https://veille-marches-ouest.example.fr/alertes/stop?id=99812
""".encode("utf-8")).decode("ascii"))

M(cat="automated", auto=False, uai=None, region=None, platform=None, hard=False, lang="en",
  notes="English out-of-office from a German supplier (Auto-Submitted: auto-replied, X-Auto-Response-Suppress) with a German line.",
  frm=("Katrin Vogel", "k.vogel@nordlab-instruments.de"), client="o365", day=13, at="09:41",
  subject="Automatic reply: [#SUP-018259] Access code e-mail for contract signature not received",
  irt="<SUP-018259.1773390900.2ab7f4@assistance.example.fr>",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  body="""Thank you for your message. I am out of the office until 23 March with limited access to e-mail.

For urgent matters regarding tenders and contracts, please contact tenders@nordlab-instruments.de.

Vielen Dank für Ihre Nachricht. Ich bin bis zum 23. März nicht im Büro. In dringenden Fällen wenden Sie sich bitte an tenders@nordlab-instruments.de.

Katrin Vogel
""")

M(cat="automated", auto=False, uai=None, region=None, platform=None, hard=False, lang="en",
  notes="Exim delay warning ('message delayed 24 hours'): not a failure yet, still automatic. Null Return-Path, Mailer-Daemon sender, Auto-Submitted.",
  frm=("Mail Delivery System", "Mailer-Daemon@mx1.ccpaysdelandivisiau.bzh"), client="raw", day=14, at="11:02",
  return_path="", host="mx1.ccpaysdelandivisiau.bzh", auth={"dkim": "none", "dmarc": "none"},
  subject="Warning: message 1w3Kx9-0004Qa-2B delayed 24 hours",
  headers=[("Auto-Submitted", "auto-replied")],
  raw="""Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mx1.ccpaysdelandivisiau.bzh.

The message identifier is:     1w3Kx9-0004Qa-2B
The subject of the message is: [#SUP-018263] Abonnement presse numerique
The date of the message is:    Fri, 13 Mar 2026 10:58:12 +0100

The address to which the message has not yet been delivered is:

  mediatheque@ccpaysdelandivisiau.bzh
    host mail.ccpaysdelandivisiau.bzh [203.0.113.88]
    Connection timed out

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
""")

M(cat="automated", auto=False, uai=None, region=None, platform=None, hard=True, lang="fr",
  notes="Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording ('message automatique', absence dates) shows it is automatic.",
  frm=("Hervé Kergoat", "herve.kergoat@ch-montsdarree.fr"), client="outlook16", day=20, at="12:00",
  subject="Absent : Commande consommables",
  body="""Bonjour,

Je suis absent jusqu'au lundi 30 mars inclus. Votre message ne sera pas transféré.

Pour les commandes urgentes de la pharmacie, merci de contacter le secrétariat de la direction des achats au 02 98 78 41 30.

Ceci est un message automatique.

Hervé Kergoat
""")

M(cat="automated", auto=False, uai=None, region=None, platform=None, hard=False, lang="fr",
  notes="Another help desk's acknowledgement (the département IT service desk) of a message the desk sent it: Auto-Submitted and X-Loop; answering would start a mail loop.",
  frm=("Centre de services DSI", "centre-services@finistere.fr"), client="raw", day=6, at="16:12",
  host="glpi.finistere.fr",
  subject="[CS-DSI #2026-004512] Votre demande a bien été enregistrée",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Loop", "centre-services@finistere.fr"),
           ("Precedence", "bulk"), ("X-GLPI-Sender", "centre-services")],
  irt="<SUP-018239.1772808000.d4f001@assistance.example.fr>",
  raw="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

""" + quopri.encodestring("""Bonjour,

Votre demande a bien été enregistrée par le centre de services de la Direction des systèmes d'information sous la référence 2026-004512.

Titre : Adresse d'expédition de l'Espace Acheteur
Catégorie : Messagerie > Filtrage
Priorité : Normale

Un technicien la prendra en charge dans les meilleurs délais. Vous pouvez suivre son avancement sur le portail du centre de services.

Merci de ne pas répondre à ce message : toute réponse crée une nouvelle demande.

Centre de services DSI – Département du Finistère
""".encode("utf-8")).decode("ascii"))

M(cat="automated", auto=False, uai=None, region=None, platform="ticket_portal", hard=False, lang="fr",
  notes="Ticket-portal notification to the desk: a colleague commented on a ticket. Auto-Submitted: auto-generated.",
  frm=("Portail d'assistance", "no-reply@tickets.assistance.example.fr"), client="raw", day=26, at="14:40",
  host="tickets.assistance.example.fr", auth_domain="assistance.example.fr",
  subject="[Portail] Nouveau commentaire sur le ticket #SUP-018296",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
  raw="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Un nouveau commentaire a été ajouté au ticket #SUP-018296 « Notifications Espace Acheteur bloquées ».

Auteur : Support régional Bretagne
Commentaire : « Le service informatique de la mairie confirme l'ajout de l'expéditeur à la liste blanche. À clôturer si pas de nouvelle sous 48 h. »

Voir le ticket : https://tickets.assistance.example.fr/ticket/SUP-018296

Notification automatique du portail d'assistance.
""")

M(cat="automated", auto=False, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
  notes="A real buyer's question about activation mails, but posted to a buyers' network mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered.",
  frm=("Hélène Kervarec", "helene.kervarec@ville-douarnenez.fr"), client="raw", day=27, at="10:15",
  host="listes.reseau-achat-bretagne.example.org", return_path="acheteurs-bounces@listes.reseau-achat-bretagne.example.org",
  auth_domain="ville-douarnenez.fr",
  to=[("Réseau des acheteurs publics de Bretagne", "acheteurs@listes.reseau-achat-bretagne.example.org")],
  subject="[acheteurs-bzh] Mails d'activation Espace Acheteur : vous aussi ?",
  headers=[("List-Id", hdr_text("Réseau des acheteurs publics de Bretagne") + " <acheteurs.listes.reseau-achat-bretagne.example.org>"),
           ("List-Post", "<mailto:acheteurs@listes.reseau-achat-bretagne.example.org>"),
           ("List-Unsubscribe", "<mailto:acheteurs-leave@listes.reseau-achat-bretagne.example.org>"),
           ("Precedence", "list"), ("Sender", "acheteurs-bounces@listes.reseau-achat-bretagne.example.org")],
  raw="""Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour à toutes et à tous,

Depuis la bascule vers le nouvel Espace Acheteur, nos nouveaux agents ne reçoivent pas le mail d'activation de leur compte. Est-ce que certains d'entre vous ont le même souci ? Avez-vous trouvé une solution, ou faut-il passer par le support ?

Merci pour vos retours,

Hélène Kervarec
Commande publique – Ville de Douarnenez

_______________________________________________
acheteurs mailing list
acheteurs@listes.reseau-achat-bretagne.example.org
https://listes.reseau-achat-bretagne.example.org/info/acheteurs
""")

# ----------------------------------------------------------------------- other
M(cat="other", auto=False, uai=None, region=None, platform=None, hard=True, lang="fr",
  notes="Phishing: fake 'unpaid invoice' from a Chorus Pro look-alike domain with failing SPF/DMARC and an .html 'invoice' attachment: other, not order_billing, and no platform.",
  frm=("Chorus Pro - Service Facturation", "relance@facturation-chorus-pro.com"), client="plain", day=4, at="06:12",
  host="srv-mail-77.example-bulk.net", auth={"dkim": "none", "spf": "fail", "dmarc": "fail"},
  subject="RELANCE : Facture impayée n° FCT-2026-88412 - action requise sous 24h",
  attach=[("FCT-2026-88412.html", "text/html", b"<html><body><script>location.href='https://facturation-chorus-pro.com/login'</script></body></html>")],
  body="""Madame, Monsieur,

Sauf erreur de notre part, la facture n° FCT-2026-88412 d'un montant de 4 870,00 EUR TTC reste impayee a ce jour malgre nos precedentes relances.

Afin d'eviter la suspension de votre acces a la plateforme et l'application de penalites de retard, merci de consulter la facture jointe et de valider vos identifiants de connexion dans un delai de 24 heures.

Service Facturation
Chorus Pro
""")

M(cat="other", auto=False, uai=None, region="bretagne", platform="esidoc", hard=True, lang="fr",
  notes="Thanks only, quoting the reset answer: the words 'mot de passe' and 'lien' appear but nothing is asked. Region from the ac-rennes.fr sender.",
  frm=("Gwenaëlle Morvan", "gwenaelle.morvan@ac-rennes.fr"), client="thunderbird", day=3, at="08:20",
  subject="Re: [#SUP-018221] Accès back-office e-sidoc",
  irt="<SUP-018221.1772469600.0ab3c9@assistance.example.fr>",
  body=f"""Bonjour,

C'est parfait, le lien a fonctionné et j'ai pu choisir un nouveau mot de passe. Merci beaucoup pour votre rapidité !

Bonne journée,
Gwenaëlle Morvan

Le {fr_tb(2, "17:40")}, Assistance a écrit :
{quote(TICKET_BODY_RESET)}
""")

M(cat="other", auto=False, uai=None, region=None, platform=None, hard=True, lang="fr",
  notes="A supplier's FranceTransfert link to send its tender files expired: a 'transfert' of files, not a school-management transfer_incident; the desk does not receive tenders. Other.",
  frm=("Bertrand Jouan", "b.jouan@menuiserie-jouan.fr"), client="gmail", day=6, at="17:55",
  subject="Transfert de notre offre - lien expiré",
  body="""Bonjour,

Nous avons envoyé hier notre offre pour le marché de menuiseries de l'école de Pleumeur-Bodou par FranceTransfert, mais l'acheteur nous dit que le lien de téléchargement a expiré avant qu'il ne l'ouvre. Le transfert a donc échoué et la date limite est lundi midi.

Pouvez-vous récupérer les fichiers de votre côté, ou nous indiquer comment renvoyer l'offre ?

Bertrand Jouan
Menuiserie Jouan SARL
ZA de Kerbiriou – 22560 Pleumeur-Bodou
06 62 14 87 30
""")

M(cat="other", auto=False, uai=None, region=None, platform="esignature", hard=True, lang="fr",
  notes="Change of signatory in an e-signature workflow (the former DGS left): only the document's sender can change it. About a contract to sign, but not access to contract documents: other.",
  frm=("Morgane Le Dantec", "morgane.ledantec@lannion.bzh"), client="o365", day=10, at="15:58",
  subject="Changement de signataire - signature électronique",
  body=f"""Bonjour,

Le circuit de signature électronique de la convention de groupement de commandes « restauration scolaire 2026 » prévoit comme signataire notre ancien directeur général des services, M. Le Bras, qui a quitté la collectivité le 1er mars. Sa remplaçante, Mme Guyomard, doit signer à sa place.

Le circuit a été créé par la Communauté d'agglomération, coordonnatrice du groupement. Pouvez-vous modifier le signataire, ou faut-il que la coordonnatrice relance un nouveau circuit ?

Merci,

Morgane LE DANTEC
Direction de la commande publique
Ville de Lannion – Place du Général Leclerc – 22300 Lannion
02 96 46 64 22

{D_VILLE}
""")

M(cat="other", auto=False, uai=None, region=None, platform=None, hard=False, lang="fr",
  notes="Cold sales prospecting (contract-management software for buyers) written to one person, no list headers: other, not automated.",
  frm=("Maxime Garnier", "maxime.garnier@contractis-solutions.example.fr"), client="gmail", day=11, at="10:37",
  subject="Suivi de vos marchés publics : 15 minutes pour en parler ?",
  body="""Bonjour,

Je me permets de vous contacter car de nombreuses collectivités de l'Ouest utilisent déjà Contractis pour suivre l'exécution de leurs marchés : alertes de fin de contrat, suivi des avenants, tableaux de bord des dépenses par titulaire.

Seriez-vous disponible 15 minutes la semaine prochaine pour une démonstration ? Je peux vous proposer mardi 17 ou jeudi 19 mars.

Bien cordialement,

Maxime Garnier
Responsable grands comptes Ouest
Contractis Solutions
06 48 91 22 07
""")

M(cat="other", auto=False, uai=None, region=None, platform="esignature", hard=False, lang="fr",
  notes="Question on which electronic-signature certificate level is required to sign a contract: a how-to/policy question with no category of its own.",
  frm=("Thierry Lebreton", "t.lebreton@ville-vire-normandie.fr"), client="outlook16", day=12, at="09:26",
  subject="Certificat de signature : RGS** obligatoire ?",
  body=f"""Bonjour,

Notre maire doit signer électroniquement ses premiers marchés via votre service de signature. Notre trésorier nous affirme qu'un certificat qualifié RGS** sur clé USB est obligatoire, alors que votre service propose une signature par code reçu par SMS.

Pouvez-vous nous indiquer quel niveau de signature votre service met en œuvre et s'il est recevable pour un acte d'engagement ?

Cordialement,

Thierry LEBRETON
Directeur général adjoint
Ville de Vire Normandie
Place du Château – 14500 Vire Normandie
02 31 66 60 00
""")

M(cat="other", auto=False, uai=None, region=None, platform=None, hard=False, lang="fr",
  notes="Spontaneous job application for a public buyer position, CV attached.",
  frm=("Inès Haddad", "ines.haddad.pro@gmail.com"), client="gmail", day=16, at="20:41",
  subject="Candidature spontanée - acheteuse publique",
  attach=[("CV_Ines_Haddad_2026.pdf", "application/pdf", fake_pdf("CV"))],
  body="""Madame, Monsieur,

Titulaire d'un master en droit de la commande publique (Université de Nantes) et forte de deux ans d'expérience en collectivité, je me permets de vous adresser ma candidature spontanée pour un poste d'acheteuse ou de chargée de support auprès de vos équipes.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un entretien.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Inès Haddad
06 71 38 54 90
""")

M(cat="other", auto=False, uai=None, region="pays-de-la-loire", platform=None, hard=False, lang="fr",
  notes="Angry complaint about an unanswered request that never says what the request was about: no category can be told. Region from the ac-nantes.fr sender.",
  frm=("Philippe Gaborit", "philippe.gaborit@ac-nantes.fr"), client="zimbra", style="zimbra_plain", day=18, at="17:59",
  subject="Toujours aucune réponse !!!",
  body="""Bonjour,

Cela fait maintenant TROIS SEMAINES que j'attends une réponse à ma demande. Trois relances, aucun retour, pas même un accusé de réception. C'est inadmissible pour un service que nos établissements paient.

Je vais en informer ma hiérarchie.

P. Gaborit
""")

M(cat="other", auto=False, uai=None, region=None, platform=None, hard=False, lang="en",
  notes="English spam: invoice factoring / business funding offer.",
  frm=("Jessica Miller", "jessica@fastfund-capital.example.com"), client="plain", day=19, at="04:18",
  host="mail.fastfund-capital.example.com", auth={"dkim": "none", "spf": "softfail", "dmarc": "none"},
  subject="Unlock cash from your unpaid invoices in 24h",
  body="""Hi there,

Are slow-paying public sector clients hurting your cash flow? FastFund Capital advances up to 95% of your outstanding invoices within 24 hours - no credit check, no paperwork.

Over 2,000 European suppliers already trust us.

Reply YES to get your free quote today.

Best,
Jessica Miller
Business Development | FastFund Capital
To stop receiving these emails, reply STOP.
""")

M(cat="other", auto=False, uai=None, region=None, platform=None, hard=False, lang="fr",
  notes="GDPR request: a former town-hall agent asks for her personal data to be erased: other (human review), not account_creation.",
  frm=("Corinne Bellec", "corinne.bellec@laposte.net"), client="webmail", day=20, at="13:14",
  subject="Demande de suppression de mes données personnelles",
  body="""Madame, Monsieur,

J'ai été acheteuse à la mairie de Concarneau jusqu'en décembre 2025 et disposais à ce titre d'un compte sur votre plateforme. J'ai quitté la fonction publique territoriale.

En application de l'article 17 du RGPD, je vous demande de supprimer l'ensemble des données personnelles me concernant (nom, adresse, téléphone, historique de connexion) et de me confirmer cette suppression par écrit.

Cordialement,

Corinne Bellec
""")

M(cat="other", auto=False, uai=None, region=None, platform="espace_acheteur", hard=True, lang="fr",
  notes="Asks for a yearly summary of the town's purchases for its annual report: about orders, but none of the order_billing cases (quote, basket, validation, invoice, payment); a reporting request a person handles as other.",
  frm=("Romain Pellerin", "r.pellerin@ville-saint-nazaire.fr"), client="o365", day=23, at="11:31",
  subject="Bilan annuel de nos achats 2025",
  body=f"""Bonjour,

Dans le cadre du rapport annuel sur la commande publique présenté au conseil municipal, nous aurions besoin d'un récapitulatif de l'ensemble des achats passés par la Ville via l'Espace Acheteur en 2025 : montants par famille d'achat et par fournisseur, et part des PME.

Existe-t-il un export de ce type, ou pouvez-vous nous le fournir ?

Cordialement,

Romain PELLERIN
Contrôleur de gestion – Direction de la commande publique
Ville de Saint-Nazaire
Place François Blancho – 44600 Saint-Nazaire
02 40 00 40 00 – SIRET 214 401 846 00011

{D_VILLE}
""")

M(cat="other", auto=False, uai=None, region=None, platform=None, hard=True, lang="fr",
  notes="'Bien reçu, merci' from a phone, quoting a long invoice thread: the quoted history is about billing, but nothing is asked.",
  frm=("Marie-Annick Le Page", "ma.lepage@sdis29.fr"), client="android_outlook", day=11, at="12:03",
  subject="RE: [#SUP-018250] Facture en double",
  irt="<SUP-018250.1773158400.b17e20@assistance.example.fr>",
  body=f"""Bien reçu, merci.

Obtenir Outlook pour Android

De : Assistance <{SUPPORT}>
Envoyé : {fr_long(11, "11:40")}
À : Marie-Annick Le Page <ma.lepage@sdis29.fr>
Objet : [#SUP-018250] Facture en double

Bonjour,

Le doublon de la facture FA-2026-00934 a été annulé sur Chorus Pro ; seul le dépôt n° 2026-774512 reste actif et doit être mandaté.

Cordialement,
L'équipe d'assistance
""")

M(cat="other", auto=False, uai=None, region=None, platform=None, hard=False, lang="fr",
  notes="Public-procurement law question (may a small commune buy directly under the current threshold?): unrelated to the platform's services.",
  frm=("Mairie de Saint-Cast-le-Guildo", "secretariat@saintcastleguildo.fr"), client="webmail", day=27, at="09:40",
  subject="Question sur les seuils",
  body="""Bonjour,

Petite commune, nous souhaitons acheter un tracteur-tondeuse d'occasion pour environ 28 000 € HT. Pouvons-nous l'acheter directement auprès d'un garage, sans mise en concurrence, ou faut-il au moins trois devis ? Les informations trouvées sur internet se contredisent depuis le changement des seuils.

Merci de votre éclairage,

Le secrétariat de mairie
Saint-Cast-le-Guildo
""")


# ==========================================================================
# Write the corpus
# ==========================================================================
UAI_RE = re.compile(r"(?<![0-9A-Za-z])([0-9]{7}[A-Za-z])(?![0-9A-Za-z])")
NO_DESCEND = {"message/delivery-status", "message/disposition-notification"}


def label_of(m: dict) -> dict:
    return {
        "file": m["file"], "category": m["cat"], "auto_reply_ok": m["auto"], "uai": m["uai"],
        "region": m["region"], "platform": m["platform"], "hard": m["hard"], "lang": m["lang"],
        "notes": m["notes"],
    }


def write_all() -> list[dict]:
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    labels = []
    for n, idx in enumerate(order, start=1):
        m = MAILS[idx]
        m["file"] = f"h{n:03d}.eml"
        raw = build(m)
        (HERE / m["file"]).write_bytes(raw)
        labels.append(label_of(m))
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    return labels


# ==========================================================================
# Self-checks
# ==========================================================================
def texts_of(msg) -> list[str]:
    """Decoded text of every text part (HTML stripped), not descending into DSN/MDN blocks."""
    out: list[str] = []

    def visit(part):
        ctype = part.get_content_type()
        for d in part.defects:
            raise AssertionError(f"MIME defect {d!r} in a {ctype} part")
        if ctype in NO_DESCEND:
            return
        if part.is_multipart():
            for sub in part.iter_parts() if ctype.startswith("multipart/") else part.get_payload():
                visit(sub)
            return
        if part.get_content_maintype() == "text":
            content = part.get_content()
            assert isinstance(content, str)
            if ctype == "text/html":
                content = html.unescape(re.sub(r"<[^>]+>", " ", content))
            out.append(content)
        else:
            assert isinstance(part.get_content(), (bytes, bytearray))
    visit(msg)
    return out


def self_check(labels: list[dict]) -> None:
    files = sorted(p.name for p in HERE.glob("h*.eml"))
    assert files == [f"h{i:03d}.eml" for i in range(1, 151)], "expected exactly h001.eml .. h150.eml"
    assert len(labels) == 150
    reread = [json.loads(line) for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert reread == labels
    by_file = {m["file"]: m for m in MAILS}
    assert len(by_file) == 150

    for lab in reread:
        f = lab["file"]
        m = by_file[f]
        # --- label format and taxonomy
        assert list(lab) == LABEL_KEYS, f
        assert lab["category"] in CATEGORIES, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        default = CATEGORIES[lab["category"]]
        if default in ("human_review", "ignore"):
            assert lab["auto_reply_ok"] is False, f"{f}: {lab['category']} is never answered automatically"
        assert lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 20, f

        # --- parseable by the stdlib email package, with no defects
        raw = (HERE / f).read_bytes()
        assert b"\r" not in raw, f
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert not msg.defects, (f, msg.defects)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            assert msg[h] is not None, (f, h)
            assert not getattr(msg[h], "defects", ()), (f, h, msg[h].defects)
        assert msg["Date"].datetime.year == 2026 and msg["Date"].datetime.month == 3, f
        texts = texts_of(msg)
        assert texts and any(t.strip() for t in texts), f
        sender = msg["From"].addresses[0]
        sender_addr = f"{sender.username}@{sender.domain}"
        header_text = " ".join(str(msg[h]) for h in ("From", "To", "Cc", "Reply-To", "Subject") if msg[h])
        full = header_text + "\n" + "\n".join(texts)

        # --- UAI codes: every code-like token is known, check letters right unless labelled wrong
        declared = {c.replace(" ", "").upper(): kind for c, kind in m.get("codes", {}).items()}
        for written in m.get("codes", {}):
            assert written in full, (f, written)
        found = {tok.upper() for tok in UAI_RE.findall(full)} | set(declared)
        for code in found:
            kind = declared.get(code, "label" if code == lab["uai"] else None)
            assert kind is not None, f"{f}: undeclared UAI-like token {code}"
            if kind == "decoy":  # code-shaped token that is not an establishment code (VAT number...)
                assert code in lab["notes"] and code != lab["uai"], (f, code)
            elif uai_valid(code):
                assert kind in ("label", "other"), (f, code)
            else:
                assert kind == "bad", (f, code)
                assert "wrong check letter" in lab["notes"], f"{f}: {code} has a wrong check letter not said in notes"
                assert U(code[:7]) in lab["notes"], f"{f}: notes must give the right code"
        if lab["uai"] is not None:
            assert uai_valid(lab["uai"]) and lab["uai"] == lab["uai"].upper(), f
            assert lab["uai"] in found, f"{f}: labelled UAI does not occur in the mail"
        else:
            assert not any(uai_valid(c) and declared.get(c) not in ("other", "decoy") for c in found), \
                f"{f}: a valid UAI occurs but the label has none"

        # --- region: UAI département, else académie sender domain, else null
        if lab["uai"]:
            expected = region_of_uai(lab["uai"])
        else:
            expected = DOMAIN_REGION.get(sender.domain.lower())
        assert lab["region"] == expected, f"{f}: region {lab['region']} != {expected}"
        assert sender_addr.lower() == m["frm"][1].lower(), f

        # --- automated mail carries a machine sign or is flagged hard (only wording shows it)
        if lab["category"] == "automated":
            machine = any(msg[h] for h in ("Auto-Submitted", "List-Id", "Precedence")) \
                or msg.get_content_type() == "multipart/report" or str(msg.get("Return-Path", "")) == "<>"
            assert machine or lab["hard"], f"{f}: automated without any header sign must be hard"

    counts = Counter(lab["category"] for lab in reread)
    assert set(counts) == set(CATEGORIES), "every category must be represented"
    assert sum(counts.values()) == 150
    assert 0 < sum(lab["lang"] == "en" for lab in reread) < 30


def main() -> None:
    labels = write_all()
    self_check(labels)
    counts = Counter(lab["category"] for lab in labels)
    print("wrote 150 mails and labels.jsonl in", HERE)
    for cat in CATEGORIES:
        print(f"  {cat:32s} {counts[cat]:3d}")
    print("  hard:", sum(l["hard"] for l in labels), " en:", sum(l["lang"] == "en" for l in labels),
          " auto_reply_ok:", sum(l["auto_reply_ok"] for l in labels))


if __name__ == "__main__":
    main()

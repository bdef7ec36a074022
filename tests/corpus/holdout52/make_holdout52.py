#!/usr/bin/env python3
"""Build the holdout52 blind test corpus (150 .eml files + labels.jsonl).

Theme: October 2025, about six weeks after the rentrée, in Grand Est,
Auvergne-Rhône-Alpes, Guadeloupe, Martinique and Guyane.  Relaunches and
follow-ups quoting earlier exchanges, formal requests from heads of
establishment and their secretaries, primary-school directors, staff on school
trips, school library managers, forwarded anti-spam quarantine digests,
missing confirmation mails, a few irritated writers, about 10 % English.

Every mail text below was written by hand, blind (without looking at the
classifier's rules); labels follow shared/spec/taxonomy.md and
shared/spec/regions.md.

Standard library only, deterministic (random.Random with a fixed seed).
Run:  python3 make_holdout52.py   (writes next to itself, then checks itself)
"""

from __future__ import annotations

import base64
import email
import email.policy
import email.utils
import html as htmlmod
import json
import quopri
import random
import re
import textwrap
import urllib.parse
from datetime import datetime, timedelta, timezone
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 5220251006
rng = random.Random(SEED)

SUPPORT = "support@assistance.example.fr"
DESK = "Assistance <support@assistance.example.fr>"
MX = "mx1.assistance.example.fr"

# --------------------------------------------------------------------------
# Taxonomy and routing tables (shared/spec/taxonomy.md, shared/spec/regions.md)
# --------------------------------------------------------------------------

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature", None}
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform",
              "hard", "lang", "notes"]

_REGIONS = {
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
for _slug, (_depts, _domains) in _REGIONS.items():
    for _d in _depts.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _dom in _domains.split():
        DOMAIN_REGION[_dom] = _slug

UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def check_letter(seven: str) -> str:
    return UAI_LETTERS[int(seven) % 23]


def U(seven: str) -> str:
    """A valid UAI from its seven digits."""
    assert len(seven) == 7 and seven.isdigit()
    return seven + check_letter(seven)


def BAD(seven: str, shift: int = 5) -> str:
    """The same seven digits with a deliberately wrong check letter."""
    good = check_letter(seven)
    return seven + UAI_LETTERS[(UAI_LETTERS.index(good) + shift) % 23]


def uai_valid(code: str) -> bool:
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and code[7] == check_letter(code[:7])


def region_of_uai(code: str) -> str | None:
    return DEPT_REGION.get(code[:3])


def region_of_address(addr: str) -> str | None:
    dom = addr.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------

TZ = {
    "metro": None,                       # CEST until 26 Oct 2025 03:00, then CET
    "gp": timezone(timedelta(hours=-4)),  # Guadeloupe
    "mq": timezone(timedelta(hours=-4)),  # Martinique
    "gf": timezone(timedelta(hours=-3)),  # Guyane
    "utc": timezone.utc,
}


def mkdt(when, zone="metro", sec=None) -> datetime:
    month, day, hour, minute = when
    if sec is None:
        sec = rng.randrange(60)
    if zone == "metro":
        tz = timezone(timedelta(hours=2 if (month, day) < (10, 26) else 1))
    else:
        tz = TZ[zone]
    return datetime(2025, month, day, hour, minute, sec, tzinfo=tz)


FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_WD_ABBR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTH = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
            "août", "septembre", "octobre", "novembre", "décembre"]
FR_MONTH_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.",
                 "août", "sept.", "oct.", "nov.", "déc."]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTH = ["January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"]


def _d(when):
    month, day, hour, minute = when
    return datetime(2025, month, day, hour, minute)


def gt(text: str) -> str:
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def Q(style: str, who: str, when, text: str, to: str = "", subj: str = "") -> str:
    """A quoted earlier message, in the style of a given mail client."""
    d = _d(when)
    name, addr = email.utils.parseaddr(who)
    name = name or addr
    hm = d.strftime("%H:%M")
    if style == "tb":
        return f"Le {d:%d/%m/%Y} à {hm}, {name} a écrit :\n{gt(text)}\n"
    if style == "tb_en":
        ampm = d.strftime("%I:%M %p").lstrip("0")
        return f"On {d.month}/{d.day}/{d:%y} {ampm}, {name} wrote:\n{gt(text)}\n"
    if style == "gmail":
        return (f"Le {FR_WD_ABBR[d.weekday()]} {d.day} {FR_MONTH_ABBR[d.month-1]} {d.year} "
                f"à {hm}, {name} <{addr}> a écrit :\n\n{gt(text)}\n")
    if style == "gmail_en":
        ampm = d.strftime("%I:%M %p").lstrip("0")
        return (f"On {EN_WD[d.weekday()][:3]}, {EN_MONTH[d.month-1][:3]} {d.day}, {d.year} "
                f"at {ampm} {name} <{addr}> wrote:\n\n{gt(text)}\n")
    if style == "outlook":
        return (f"-----Message d'origine-----\nDe : {who}\n"
                f"Envoyé : {FR_WD[d.weekday()]} {d.day} {FR_MONTH[d.month-1]} {d.year} {hm}\n"
                f"À : {to}\nObjet : {subj}\n\n{text.strip()}\n")
    if style == "outlook2":
        return (f"________________________________\nDe : {who}\n"
                f"Envoyé : {FR_WD[d.weekday()]} {d.day} {FR_MONTH[d.month-1]} {d.year} {hm}\n"
                f"À : {to}\nObjet : {subj}\n\n{text.strip()}\n")
    if style == "outlook_en":
        ampm = d.strftime("%I:%M %p").lstrip("0")
        return (f"________________________________\nFrom: {who}\n"
                f"Sent: {EN_WD[d.weekday()]}, {EN_MONTH[d.month-1]} {d.day}, {d.year} {ampm}\n"
                f"To: {to}\nSubject: {subj}\n\n{text.strip()}\n")
    if style == "zimbra":
        return (f"----- Mail original -----\nDe: \"{name}\" <{addr}>\nÀ: \"{to}\"\n"
                f"Envoyé: {FR_WD[d.weekday()].capitalize()} {d.day} {FR_MONTH[d.month-1].capitalize()} "
                f"{d.year} {hm}:{rng.randrange(60):02d}\nObjet: {subj}\n\n{text.strip()}\n")
    if style == "apple":
        return (f"> Le {d.day} {FR_MONTH_ABBR[d.month-1]} {d.year} à {hm}, {name} <{addr}> a écrit :\n"
                f">\n{gt(text)}\n")
    if style == "fwd_tb":
        off = "+0200" if (d.month, d.day) < (10, 26) else "+0100"
        return (f"-------- Message transféré --------\nSujet : \t{subj}\n"
                f"Date : \t{d:%a, %d %b %Y %H:%M:%S} {off}\nDe : \t{who}\nPour : \t{to}\n\n"
                f"{text.strip()}\n")
    if style == "fwd_gmail":
        return (f"---------- Forwarded message ---------\nDe : {name} <{addr}>\n"
                f"Date: {FR_WD_ABBR[d.weekday()]} {d.day} {FR_MONTH_ABBR[d.month-1]} {d.year} à {hm}\n"
                f"Subject: {subj}\nTo: {to}\n\n\n{text.strip()}\n")
    if style == "fwd_apple":
        body = (f"De: {name} <{addr}>\nObjet: {subj}\n"
                f"Date: {d.day} {FR_MONTH[d.month-1]} {d.year} à {hm}:{rng.randrange(60):02d} UTC+2\n"
                f"À: {to}\n\n{text.strip()}")
        return "Début du message réexpédié :\n\n" + gt(body) + "\n"
    if style == "fwd_outlook":
        return (f"De : {who}\nEnvoyé : {FR_WD[d.weekday()]} {d.day} {FR_MONTH[d.month-1]} {d.year} {hm}\n"
                f"À : {to}\nObjet : {subj}\n\n{text.strip()}\n")
    raise ValueError(style)


def dedent(s: str) -> str:
    return textwrap.dedent(s).strip("\n") + "\n"


# Earlier answers of the help desk, quoted in follow-ups.
ANS_RESET_SENT = dedent("""
    Bonjour,

    Un lien de réinitialisation du mot de passe a été envoyé à l'adresse connue
    pour votre établissement ({masked}). Il est valable 12 heures.

    Si vous n'avez pas accès à cette boîte, le chef d'établissement doit nous
    adresser une demande écrite.

    Cordialement,
    L'équipe d'assistance
""")
ANS_JUNK = dedent("""
    Bonjour,

    Les messages automatiques partent de l'adresse no-reply@espace-acheteur.example.fr.
    Merci de vérifier votre dossier « Courrier indésirable » ou « Spam », de marquer
    le message comme légitime et d'ajouter cette adresse à vos expéditeurs autorisés.

    Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous ; si le
    problème persiste, votre demande sera transmise à votre support régional.

    Cordialement,
    L'équipe d'assistance
""")
ANS_MIB = dedent("""
    Bonjour,

    Votre messagerie est protégée par MailInBlack : nos messages automatiques
    peuvent rester en attente dans votre espace « À valider ». Vous trouverez
    ci-dessous le guide pour autoriser l'expéditeur no-reply@espace-acheteur.example.fr.
    Nous transmettons également votre demande à votre support régional, qui
    prendra contact avec votre service informatique.

    Cordialement,
    L'équipe d'assistance
""")
ANS_72H = dedent("""
    Bonjour,

    Une ressource commandée est activée dans un délai de 72 heures après la
    validation de la commande. Passé ce délai, répondez à ce message en nous
    indiquant le numéro de commande.

    Cordialement,
    L'équipe d'assistance
""")
ANS_WRITTEN = dedent("""
    Bonjour,

    Pour des raisons de sécurité, ce changement ne peut être effectué que sur
    demande écrite du chef d'établissement, envoyée de préférence depuis
    l'adresse officielle de l'établissement (ce.<UAI>@ac-....fr).

    Cordialement,
    L'équipe d'assistance
""")


# --------------------------------------------------------------------------
# MIME building
# --------------------------------------------------------------------------

def enc_header(value: str) -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", maxlinelen=76).encode()


def fmt_addr(name: str, addr: str) -> str:
    if not name:
        return addr
    return email.utils.formataddr((name, addr))


def addr_list(items) -> str:
    return ", ".join(fmt_addr(n, a) for n, a in items)


def boundary(kind: str) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(16))
    if kind == "outlook":
        return f"----=_NextPart_000_{h[:4].upper()}_{h[4:12].upper()}.{h[8:16].upper()}"
    if kind == "gmail":
        return "0000000000" + h
    if kind == "apple":
        return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-4C{h[12:14].upper()}-9F1E-{h.upper()[:12]}"
    if kind == "zimbra":
        return f"=_{h[:8]}-{h[8:12]}-4{h[12:15]}-a{h[:3]}-{h}{h[:4]}"
    return f"=_{h}"


def encode_body(text: str, charset: str, cte: str) -> str:
    if charset.lower() in ("utf-8",):
        raw = text.encode("utf-8")
    else:
        raw = text.encode(charset)
    if cte == "base64":
        if charset.lower() == "utf-8" and "\r\n" not in text:
            raw = text.replace("\n", "\r\n").encode("utf-8")
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii") + ("" if raw.endswith(b"\n") else "\n")
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            raw.decode("ascii")
        # non-UTF-8 8-bit bodies: keep the raw bytes (restored by surrogateescape)
        return raw.decode("ascii", "surrogateescape") if charset.lower() != "utf-8" else text
    raise ValueError(cte)


def text_part(text: str, subtype="plain", charset="utf-8", cte="8bit", flowed=False) -> str:
    ct = f'text/{subtype}; charset="{charset}"' if not flowed else \
        f"text/{subtype}; charset={charset}; format=flowed"
    return (f"Content-Type: {ct}\nContent-Transfer-Encoding: {cte}\n\n"
            + encode_body(text, charset, cte))


def attachment_part(filename: str, ctype: str, data: bytes) -> str:
    try:
        filename.encode("ascii")
        disp = f'attachment;\n filename="{filename}"'
        ctn = f'{ctype};\n name="{filename}"'
    except UnicodeEncodeError:
        q = urllib.parse.quote(filename, safe="")
        disp = f"attachment;\n filename*=utf-8''{q}"
        ctn = f"{ctype};\n name*=utf-8''{q}"
    return (f"Content-Type: {ctn}\nContent-Disposition: {disp}\n"
            f"Content-Transfer-Encoding: base64\n\n"
            + base64.encodebytes(data).decode("ascii"))


def multipart(subtype: str, parts: list[str], bkind="generic", extra="") -> tuple[str, str]:
    b = boundary(bkind)
    body = ""
    if bkind == "outlook" or subtype == "mixed":
        body = "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        body += f"--{b}\n{p.rstrip(chr(10))}\n\n"
    body += f"--{b}--\n"
    return f'multipart/{subtype};{extra}\n boundary="{b}"', body


def fake_pdf(title: str) -> bytes:
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            b"3 0 obj\n<< /Title (" + t + b") /Producer (Scanner Canon iR-ADV) >>\nendobj\n"
            b"trailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")


def fake_png() -> bytes:
    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


_HEADERISH = re.compile(r"^(De|Envoyé|À|Objet|Cc|From|Sent|To|Subject|Date|Sujet|Pour) ?:")


def _soft_break(line: str, nxt: str) -> bool:
    """True when `line` was hard-wrapped by me and continues on `nxt`."""
    if len(line) < 55 or not nxt.strip():
        return False
    if line.startswith((">", " ")) or nxt.startswith((">", " ", "-", "*", "•")):
        return False
    if _HEADERISH.match(line) or _HEADERISH.match(nxt) or re.match(r"^\d+[).]", nxt):
        return False
    return True


def unwrap(text: str) -> str:
    """Join hand-wrapped paragraph lines, as webmail and Outlook send them."""
    lines = text.split("\n")
    out, cur = [], None
    for i, line in enumerate(lines):
        cur = line if cur is None else cur + " " + line
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if not _soft_break(line, nxt):
            out.append(cur)
            cur = None
    if cur is not None:
        out.append(cur)
    return "\n".join(out)


def flow(text: str) -> str:
    """format=flowed: a trailing space marks a soft line break."""
    lines = text.split("\n")
    return "\n".join(l + " " if i + 1 < len(lines) and _soft_break(l, lines[i + 1]) else l
                     for i, l in enumerate(lines))


# HTML renderers -------------------------------------------------------------

def _paras(text: str):
    """Split text into blocks: ('p', lines) or ('q', text) for '>' quotes."""
    out, cur_q = [], []
    for line in text.rstrip("\n").split("\n"):
        if line.startswith(">"):
            cur_q.append(line[2:] if line.startswith("> ") else line[1:])
            continue
        if cur_q:
            out.append(("q", "\n".join(cur_q)))
            cur_q = []
        out.append(("l", line))
    if cur_q:
        out.append(("q", "\n".join(cur_q)))
    return out


def html_outlook(text: str) -> str:
    rows = []
    for kind, val in _paras(text):
        if kind == "q":
            inner = "".join(f'<p class="MsoNormal">{htmlmod.escape(x, quote=False) or "&nbsp;"}<o:p></o:p></p>\n'
                            for x in val.split("\n"))
            rows.append(f'<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;'
                        f'padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt">\n{inner}</blockquote>\n')
        elif val.strip() in ("-----Message d'origine-----", "________________________________"):
            rows.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                        '</div>\n')
        elif re.match(r"^(De|Envoyé|À|Objet|From|Sent|To|Subject|Cc) ?:", val):
            k, _, v = val.partition(":")
            rows.append(f'<p class="MsoNormal"><b>{htmlmod.escape(k)}&nbsp;:</b>'
                        f'{htmlmod.escape(v, quote=False)}<o:p></o:p></p>\n')
        else:
            rows.append(f'<p class="MsoNormal">{htmlmod.escape(val, quote=False) or "<o:p>&nbsp;</o:p>"}'
                        f'<o:p></o:p></p>\n')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Calibri",sans-serif;}\na:link, span.MsoHyperlink\n\t{color:#0563C1;\n'
            '\ttext-decoration:underline;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "".join(rows) + "</div>\n</body>\n</html>\n")


def html_simple(text: str, wrapper: str) -> str:
    rows = []
    for kind, val in _paras(text):
        if kind == "q":
            inner = "<br>\n".join(htmlmod.escape(x, quote=False) for x in val.split("\n"))
            rows.append(f'<blockquote style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                        f'rgb(204,204,204);padding-left:1ex">{inner}</blockquote>\n')
        else:
            rows.append(f"<div>{htmlmod.escape(val, quote=False) or '<br>'}</div>\n")
    inner = "".join(rows)
    if wrapper == "gmail":
        return f'<div dir="ltr">{inner}</div>\n'
    if wrapper == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; '
                f'color: #000000">{inner}</div></body></html>\n')
    if wrapper == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                f'<body dir="auto">{inner}</body></html>\n')
    return f"<html><body>{inner}</body></html>\n"


# Clients ---------------------------------------------------------------------

def msgid(client: str, dom: str) -> str:
    h = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))
    if client == "thunderbird":
        return f"<{h(8)}-{h(4)}-{h(4)}-{h(4)}-{h(12)}@{dom}>"
    if client in ("outlook", "outlook_html"):
        return f"<{h(6)}01dc{h(4)}${h(8)}${h(8)}$@{dom}>"
    if client in ("owa", "android_outlook"):
        p = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(20))
        return f"<{p}@PR3P192MB{h(4).upper()}.EURP192.PROD.OUTLOOK.COM>"
    if client == "gmail":
        p = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+")
                    for _ in range(44))
        return f"<CA{p}@mail.gmail.com>"
    if client in ("apple", "apple_mac"):
        return f"<{h(8).upper()}-{h(4).upper()}-{h(4).upper()}-{h(4).upper()}-{h(12).upper()}@{dom}>"
    if client == "zimbra":
        return f"<{rng.randrange(10**8, 10**9)}.{rng.randrange(10**5, 10**6)}.{rng.randrange(10**12, 10**13)}.JavaMail.zimbra@{dom}>"
    if client == "samsung":
        return f"<{h(8)}.{h(6)}@email.android.com>"
    if client == "yahoo":
        return f"<{rng.randrange(10**8, 10**9)}.{rng.randrange(10**6, 10**7)}@mail.yahoo.com>"
    if client == "roundcube":
        return f"<{h(32)}@{dom}>"
    return f"<{h(16)}.{rng.randrange(10**9)}@{dom}>"


CLIENT_DEFAULTS = {
    # layout, charset, cte
    "thunderbird": ("plain", "utf-8", "8bit"),
    "roundcube": ("plain", "utf-8", "8bit"),
    "outlook": ("alt", "utf-8", "quoted-printable"),
    "outlook_html": ("html", "windows-1252", "quoted-printable"),
    "owa": ("alt", "utf-8", "quoted-printable"),
    "android_outlook": ("alt", "utf-8", "base64"),
    "gmail": ("alt", "utf-8", "quoted-printable"),
    "apple": ("plain", "utf-8", "quoted-printable"),
    "apple_mac": ("alt", "utf-8", "quoted-printable"),
    "zimbra": ("alt", "utf-8", "quoted-printable"),
    "samsung": ("alt", "utf-8", "base64"),
    "yahoo": ("alt", "utf-8", "quoted-printable"),
    "raw": ("plain", "utf-8", "8bit"),
}


def client_headers(client: str, lang: str, subject: str) -> list[str]:
    cl = "fr-FR" if lang == "fr" else "en-US"
    h = lambda n: base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()
    if client == "thunderbird":
        return ["User-Agent: Mozilla Thunderbird", f"Content-Language: {cl[:2] if lang == 'fr' else cl}"]
    if client == "roundcube":
        return ["User-Agent: Roundcube Webmail/1.6.9"]
    if client in ("outlook", "outlook_html"):
        return ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: {h(22)}",
                f"Content-Language: {cl[:2] if lang == 'fr' else cl}"]
    if client in ("owa", "android_outlook"):
        out = [f"Thread-Topic: {enc_header(re.sub(r'^(RE|TR|Re|Fwd|FW|AW) ?: ?', '', subject))}",
               f"Thread-Index: {h(22)}", f"Accept-Language: {cl}, en-US" if lang == "fr" else "Accept-Language: en-US",
               f"Content-Language: {cl}", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
        return out
    if client == "gmail":
        return []
    if client == "apple":
        return ["X-Mailer: iPhone Mail (22A3354)"]
    if client == "apple_mac":
        return ["X-Mailer: Apple Mail (2.3826.700.81)"]
    if client == "zimbra":
        return [f"X-Originating-IP: [10.{rng.randrange(1, 250)}.{rng.randrange(1, 250)}.{rng.randrange(1, 250)}]",
                "X-Mailer: Zimbra 10.1.3_GA_4200 (ZimbraWebClient - FF143 (Win)/10.1.3_GA_4200)",
                f"Thread-Topic: {enc_header(re.sub(r'^(RE|TR|Re|Fwd) ?: ?', '', subject))}",
                f"Thread-Index: {h(20)}"]
    if client == "samsung":
        return []
    if client == "yahoo":
        return ["X-Mailer: WebService/1.1.24562 YMailNorrin"]
    return []


def mta_for(dom: str) -> tuple[str, str]:
    ip = f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randrange(2, 250)}"
    if dom == "gmail.com":
        return f"mail-wr1-f{rng.randrange(40, 80)}.google.com", ip
    if dom in ("yahoo.fr", "yahoo.com"):
        return f"sonic{rng.randrange(300, 320)}-{rng.randrange(10, 40)}.consmr.mail.ir2.yahoo.com", ip
    if dom in ("outlook.fr", "hotmail.fr", "hotmail.com", "outlook.com", "orange.fr", "wanadoo.fr"):
        return f"EUR0{rng.randrange(1, 6)}-DB8-obe.outbound.protection.outlook.com", ip
    if dom.startswith("ac-"):
        return f"smtp{rng.randrange(1, 6)}.{dom}", ip
    return f"mail.{dom}", ip


def qid() -> str:
    return "4" + "".join(rng.choice("BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789") for _ in range(13))


def thread_headers(ticket: str, when, zone="metro") -> list[str]:
    dt = mkdt(when, zone)
    mid = f"<{ticket}.{int(dt.timestamp())}.{''.join(rng.choice('0123456789abcdef') for _ in range(6))}@assistance.example.fr>"
    return [f"In-Reply-To: {mid}", f"References: {mid}"]


MAILS: list[dict] = []


def mail(**kw):
    MAILS.append(kw)


def build(m: dict) -> bytes:
    name, addr = m["frm"]
    dom = addr.rsplit("@", 1)[1]
    client = m.get("client", "thunderbird")
    lang = m["lang"]
    zone = m.get("zone", "metro")
    dt = mkdt(m["when"], zone)
    layout, charset, cte = CLIENT_DEFAULTS[client]
    layout = m.get("layout", layout)
    charset = m.get("charset", charset)
    cte = m.get("cte", cte)
    to = m.get("to", [("Assistance", SUPPORT)] if rng.random() < 0.6 else [("", SUPPORT)])
    rcpt = to[0][1]
    subject = m["subject"]
    H = []
    H.append(f"Return-Path: {m.get('return_path', '<' + addr + '>')}")
    H.append(f"Delivered-To: {rcpt}")
    mta, ip = m.get("mta") or mta_for(dom)
    arrive = dt + timedelta(seconds=rng.randrange(2, 40))
    H.append(f"Received: from {mta} ({mta} [{ip}])\n\tby {MX} (Postfix) with ESMTPS id {qid()}\n"
             f"\tfor <{rcpt}>; {email.utils.format_datetime(arrive)}")
    auth = m.get("auth")
    if auth is None:
        d = dom if dom not in ("gmail.com",) else "gmail.com"
        auth = (f"dkim=pass (2048-bit key) header.d={d};\n\tspf=pass smtp.mailfrom={d};\n"
                f"\tdmarc=pass (p=none dis=none) header.from={d}")
    H.append(f"Authentication-Results: {MX};\n\t{auth}")
    if not m.get("no_submission_hop"):
        H.append(f"Received: from [192.168.{rng.randrange(0, 3)}.{rng.randrange(2, 250)}] "
                 f"(unknown [{mta_for(dom)[1]}])\n\tby {mta} with ESMTPSA id {qid()[:10].upper()}\n"
                 f"\tfor <{rcpt}>; {email.utils.format_datetime(dt + timedelta(seconds=1))}")
    H.append(f"From: {fmt_addr(name, addr)}")
    H.append(f"To: {addr_list(to)}")
    if m.get("cc"):
        H.append(f"Cc: {addr_list(m['cc'])}")
    if m.get("reply_to"):
        H.append(f"Reply-To: {fmt_addr(*m['reply_to'])}")
    H.append(f"Subject: {enc_header(subject)}")
    H.append(f"Date: {email.utils.format_datetime(dt)}")
    H.append(f"Message-ID: {m.get('message_id') or msgid(client, dom)}")
    if m.get("thread"):
        H.extend(thread_headers(*m["thread"]))
    H.extend(m.get("headers", []))
    H.append("MIME-Version: 1.0" if client != "apple" else "Mime-Version: 1.0 (1.0)")
    H.extend(client_headers(client, lang, subject))

    if "mime" in m:  # prebuilt body (automated reports, hand-made structures)
        ctype, body = m["mime"]
        H.append(f"Content-Type: {ctype}")
        H.extend(m.get("mime_headers", []))
        return ("\n".join(H) + "\n\n" + body).encode("utf-8", "surrogateescape")

    text = m["body"]
    if client in ("thunderbird", "roundcube") and layout == "plain" and cte == "8bit":
        text = flow(text)
    elif client not in ("raw", "thunderbird", "roundcube"):
        text = unwrap(text)
    if m.get("html") is not None:
        html = m["html"]
    elif client in ("outlook", "outlook_html"):
        html = html_outlook(text)
    elif client in ("gmail", "samsung", "yahoo", "android_outlook", "owa"):
        html = html_simple(text, "gmail")
    elif client == "zimbra":
        html = html_simple(text, "zimbra")
    else:
        html = html_simple(text, "apple")
    bkind = {"outlook": "outlook", "outlook_html": "outlook", "gmail": "gmail", "samsung": "gmail",
             "apple": "apple", "apple_mac": "apple", "zimbra": "zimbra"}.get(client, "generic")
    flowed = client in ("thunderbird", "roundcube") and layout == "plain" and cte == "8bit"
    if layout == "plain":
        main = text_part(text, "plain", charset, cte, flowed)
    elif layout == "html":
        if charset.lower() != "utf-8":
            html = html.replace("<head>\n", f'<head>\n<meta http-equiv="Content-Type" content="text/html; '
                                           f'charset={charset}">\n', 1)
        main = text_part(html, "html", charset, cte)
    else:
        ct, body = multipart("alternative", [text_part(text, "plain", charset, cte),
                                             text_part(html, "html", charset, cte)], bkind)
        main = f"Content-Type: {ct}\n\n{body}"
    if m.get("attachments"):
        parts = [main] + [attachment_part(*a) for a in m["attachments"]]
        ct, body = multipart("mixed", parts, bkind)
        H.append(f"Content-Type: {ct}")
        return ("\n".join(H) + "\n\n" + body).encode("utf-8", "surrogateescape")
    hdr, _, body = main.partition("\n\n")
    H.append(hdr)
    return ("\n".join(H) + "\n\n" + body).encode("utf-8", "surrogateescape")


B = dedent

# ==========================================================================
# The mails.  Each call: labels first, then the message.
# ==========================================================================

# --------------------------------------------------------------------------
# password_reset
# --------------------------------------------------------------------------

_u = U("0672214")
mail(category="password_reset", auto_reply_ok=True, uai=_u, region="grand-est", platform="esidoc",
     hard=False, lang="fr",
     notes="Relaunch ('je me permets de relancer') quoting her own unanswered first mail: new librarian "
           "without the e-sidoc admin password. The reset path (official address, else the head's written "
           "request) still answers it.",
     frm=("Sophie Gangloff", "sophie.gangloff@ac-strasbourg.fr"), client="thunderbird",
     when=(10, 7, 8, 2), subject="Re: Mot de passe administration e-sidoc",
     body=B("""
        Bonjour,

        Je me permets de relancer ma demande du 29 septembre, restée sans
        réponse (message ci-dessous).

        Je n'ai toujours pas accès à l'administration de notre portail e-sidoc,
        et les 6e commencent leurs séances de recherche au CDI la semaine
        prochaine : je dois absolument mettre à jour les sélections avant.

        Merci d'avance,

        Sophie Gangloff
        Professeure documentaliste
        Collège de la Forêt – Haguenau

        """) + "\n" + Q("tb", "Sophie Gangloff <sophie.gangloff@ac-strasbourg.fr>", (9, 29, 16, 40), B(f"""
        Bonjour,

        Nouvelle documentaliste au collège de la Forêt de Haguenau (UAI {_u})
        depuis la rentrée, je n'ai pas le mot de passe du compte d'administration
        e-sidoc. Ma collègue partie à la retraite ne l'a pas laissé et « mot de
        passe oublié » envoie le lien à une adresse que je ne connais pas.

        Comment faire ?

        Cordialement,
        S. Gangloff
        """)))

_u = U("0430917")
mail(category="password_reset", auto_reply_ok=False, uai=_u, region="auvergne-rhone-alpes",
     platform="ecoledirecte", hard=True, lang="fr",
     notes="CPE on a school trip, locked out of EcoleDirecte from her phone after too many attempts. "
           "A lost/locked password, but the reset template is for the UAI-based logins (e-sidoc, Espace "
           "Acheteur); nothing automatic fits EcoleDirecte, so a person answers.",
     frm=("Nathalie Fayolle", "nathalie.fayolle@ac-clermont.fr"), client="apple", zone="metro",
     when=(10, 8, 19, 47), subject="Urgent compte bloqué EcoleDirecte",
     body=B(f"""
        Bonsoir,

        Je suis CPE au lycée Simone-Veil du Puy (UAI {_u}) et je suis
        actuellement en séjour d'intégration avec les secondes à Super-Besse
        jusqu'à vendredi.

        J'ai voulu faire l'appel du soir sur EcoleDirecte depuis mon téléphone
        et après 3 essais mon compte est bloqué. Je n'ai pas mon mot de passe
        noté ici, il est enregistré sur mon PC au bureau.

        Pouvez-vous le débloquer ou m'envoyer quelque chose pour le réinitialiser ?
        Le réseau est très mauvais ici, je ne peux pas appeler.

        Merci
        Nathalie Fayolle
        CPE

        Envoyé de mon iPhone
        """))

_u = U("0671843")
mail(category="password_reset", auto_reply_ok=True, uai=_u, region="grand-est", platform="esidoc",
     hard=False, lang="en",
     notes="English; the librarian of an international section forgot the e-sidoc back-office password "
           "over the summer; UAI given as the login.",
     frm=("Rachel Whitmore", "rachel.whitmore@ac-strasbourg.fr"), client="outlook", when=(10, 6, 10, 15),
     subject="Forgotten password - e-sidoc back office",
     body=B(f"""
        Hello,

        I am the librarian of the international section at our lycée in
        Strasbourg. I have been trying to log into the e-sidoc administration
        since the start of term and my password is not accepted any more. I
        probably changed it in June and I honestly cannot remember what to.

        Our login is the school code, {_u}.

        Could you please tell me how to get a new password? My French colleagues
        say there is a "mot de passe oublié" link, but I cannot find it on the
        page I use.

        Many thanks,
        Rachel Whitmore
        CDI / Library - International Section
        """))

_u = U("9710612")
mail(category="password_reset", auto_reply_ok=True, uai=_u, region="guadeloupe", platform="esidoc",
     hard=False, lang="fr",
     notes="Creole-influenced French from Guadeloupe ('la pa ka maché'); plain lost e-sidoc password, UAI "
           "in the signature.",
     frm=("Mireille Calixte", "mireille.calixte@ac-guadeloupe.fr"), client="zimbra", zone="gp",
     when=(10, 9, 7, 35), subject="mot de passe e-sidoc",
     body=B(f"""
        Bonjou,

        Depuis la rentrée le mot de passe du CDI la pa ka maché, e-sidoc ka di
        mwen « identifiant ou mot de passe incorrect ». Mwen pa sav si an
        chanjé-y avant les vacances ou si c'est le collègue qui l'a changé.

        Es ou pé voyé on lien pour le refaire svp ? Les élèves ka attendre
        pour les recherches.

        Mèsi anpil,

        Mireille Calixte
        Professeur documentaliste
        Collège Rosan-Girard – Le Moule
        UAI : {_u}
        """))

_u = U("0383012")
mail(category="password_reset", auto_reply_ok=True, uai=_u, region="auvergne-rhone-alpes",
     platform="esidoc", hard=True, lang="fr",
     notes="SMS style, 'mdp', no accents; UAI written in lower case (the label is the upper-case code).",
     frm=("Kevin Bouvier", "kev.bouvier38@gmail.com"), client="gmail", when=(10, 14, 21, 3),
     subject="mdp esidoc",
     body=B(f"""
        bjr
        mdp esidoc perdu, uai {_u.lower()} (clg de voiron)
        je suis le doc depuis la rentree
        merci de m envoyer un lien svp
        kevin
        """))

_u = U("0632475")
mail(category="password_reset", auto_reply_ok=True, uai=_u, region="auvergne-rhone-alpes",
     platform="esidoc", hard=False, lang="fr",
     notes="Outlook forward ('TR:') of the reset mail: the link says it has expired; asks for a new one.",
     frm=("Bataillon Claire", "claire.bataillon@ac-clermont.fr"), client="outlook", when=(10, 13, 14, 22),
     subject="TR: Réinitialisation de votre mot de passe",
     body=B("""
        Bonjour,

        J'ai reçu ce message vendredi mais je n'ai pu l'ouvrir que ce matin
        (journée de formation). Le lien m'affiche « lien expiré ».
        Pourriez-vous m'en renvoyer un ? Je serai devant mon poste tout l'après-midi.

        Bien cordialement,
        Claire Bataillon
        Documentaliste – Lycée Lafayette, Clermont-Ferrand

        """) + "\n" + Q("fwd_outlook", "no-reply <no-reply@e-sidoc.example.fr>", (10, 10, 15, 5), B(f"""
        Bonjour,

        Une demande de réinitialisation du mot de passe a été faite pour le compte
        {_u}.
        Cliquez sur le lien ci-dessous dans les 12 heures :
        https://e-sidoc.example.fr/reset?t=7f3a9c21e0b84d55

        Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
        """), to="Bataillon Claire", subj="Réinitialisation de votre mot de passe"))

_u = U("9720281")
mail(category="password_reset", auto_reply_ok=True, uai=_u, region="martinique",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="Espace Acheteur account locked after failed attempts; asks for an unlock or a reset link. "
           "Martinique time zone.",
     frm=("Gestion LP Petit-Manoir", "gestion.lp.petitmanoir@ac-martinique.fr"), client="outlook",
     zone="mq", when=(10, 15, 8, 12), subject="Compte bloqué Espace Acheteur",
     body=B(f"""
        Bonjour,

        Suite à plusieurs tentatives infructueuses, notre compte sur l'Espace
        Acheteur est bloqué (« compte verrouillé, réessayez plus tard »). Cela
        fait maintenant deux jours et il est toujours bloqué.

        Nous devons passer une commande de fournitures pour les ateliers avant
        les vacances. Pouvez-vous débloquer le compte ou nous envoyer un lien
        pour changer le mot de passe ?

        Cordialement,

        Service gestion
        Lycée professionnel du Petit-Manoir – Le Lamentin
        RNE {_u}
        """))

_u = U("0511387")
mail(category="password_reset", auto_reply_ok=False, uai=_u, region="grand-est", platform="esidoc",
     hard=True, lang="fr",
     notes="Second relaunch replying to the automatic reset answer (quoted): the link went to the "
           "official ce. mailbox that nobody at the school can read. The template has already been sent; a "
           "person must take over (head-of-establishment procedure).",
     frm=("Julien Herbin", "julien.herbin@ac-reims.fr"), client="zimbra", when=(10, 16, 11, 48),
     subject="Re: [#SUP-007712] Mot de passe e-sidoc - 2e relance",
     thread=("SUP-007712", (10, 2, 9, 30)),
     body=B(f"""
        Bonjour,

        2e relance.

        Comme je l'ai déjà écrit le 6 octobre : le lien part sur l'adresse
        c***@ac-****.fr, c'est-à-dire la boîte ce. du collège, que personne ici
        ne sait ouvrir (le secrétariat n'a pas le mot de passe de la messagerie
        non plus, c'est un peu la poupée russe des mots de passe).

        Je suis donc toujours bloqué, trois semaines après. Pouvez-vous m'indiquer
        une autre solution ? Dois-je demander au principal de vous écrire ?

        Julien Herbin
        Professeur documentaliste
        Collège Paul-Fort – Reims ({_u})

        """) + "\n" + Q("zimbra", DESK, (10, 2, 9, 30), ANS_RESET_SENT.format(masked="c***@ac-****.fr"),
                 to="Julien Herbin", subj="[#SUP-007712] Mot de passe e-sidoc"))

_u = U("0261554")
mail(category="password_reset", auto_reply_ok=True, uai=_u, region="auvergne-rhone-alpes",
     platform="esidoc", hard=True, lang="fr",
     notes="Contrast: the reset mail DOES arrive ('pas un problème de spam'), but the link opens as expired "
           "at once. An expired reset link is password_reset, not missing_noreply_mail.",
     frm=("Anaïs Chabert", "anais.chabert@ac-grenoble.fr"), client="thunderbird", when=(10, 9, 13, 5),
     subject="Lien de réinitialisation expiré dès réception",
     body=B(f"""
        Bonjour,

        Je précise d'emblée que ce n'est pas un problème de spam ou de mail
        non reçu : le mail de réinitialisation arrive bien, en moins d'une minute.

        Mais quand je clique sur le lien, la page me répond que le lien a
        expiré. J'ai recommencé trois fois (à 12:40, 12:52, 13:01), même résultat.
        Je n'ai donc toujours pas de mot de passe pour l'administration e-sidoc
        du collège (UAI {_u}, Montélimar).

        Pourriez-vous m'envoyer un lien qui fonctionne ?

        Merci,
        Anaïs Chabert
        """))

_u = U("0573468")
mail(category="password_reset", auto_reply_ok=False, uai=_u, region="grand-est", platform="esidoc",
     hard=True, lang="fr",
     notes="Two topics: lost e-sidoc password (first, main) and a quote (devis) for the Universalis renewal "
           "(order_billing). A single template would answer only half.",
     frm=("Mathieu Lorentz", "mathieu.lorentz@ac-nancy-metz.fr"), client="outlook", when=(10, 10, 9, 41),
     subject="Mot de passe + devis renouvellement",
     body=B(f"""
        Bonjour,

        Deux choses, désolé de tout mettre dans le même mail :

        1) Je n'ai plus le mot de passe de l'administration e-sidoc du lycée
        (UAI {_u}, Thionville). Le lien « mot de passe oublié » ne me renvoie
        rien que je puisse utiliser. Comment le récupérer ?

        2) Notre gestionnaire me demande un devis pour le renouvellement
        Universalis 2026 afin de préparer le bon d'engagement. Pouvez-vous nous
        l'adresser (à son attention : M. Hoffmann) ?

        Merci d'avance.

        Cordialement,
        Mathieu Lorentz
        Professeur documentaliste
        """))

_u = U("0691566")
mail(category="password_reset", auto_reply_ok=True, uai=_u, region="auvergne-rhone-alpes",
     platform="esidoc", hard=True, lang="fr",
     notes="The UAI appears only in the ce.<UAI>@ac-lyon.fr sender address; the secretariat (not the head) "
           "asks for the reset link on that official address.",
     frm=("Secrétariat Collège Jean-Perrin", f"ce.{_u}@ac-lyon.fr"), client="zimbra", when=(10, 6, 15, 10),
     subject="Réinitialisation mot de passe CDI",
     body=B("""
        Bonjour,

        La documentaliste du collège, Mme Rochette, n'arrive plus à se connecter
        à l'interface d'administration du portail du CDI (e-sidoc). Elle nous
        demande de vous écrire depuis la boîte officielle de l'établissement.

        Pourriez-vous envoyer le lien de réinitialisation sur cette adresse ?
        Nous le lui transmettrons.

        Merci.

        Le secrétariat
        Collège Jean-Perrin – Lyon 9e
        """))

_u = U("9730386")
mail(category="password_reset", auto_reply_ok=True, uai=_u, region="guyane", platform="esidoc",
     hard=False, lang="fr",
     notes="Contract librarian arrived mid-September: 'on ne m'a jamais donné le mot de passe'. Guyane time "
           "zone.",
     frm=("Loïc Ho-A-Chuck", "loic.ho-a-chuck@ac-guyane.fr"), client="thunderbird", zone="gf",
     when=(10, 13, 7, 58), subject="Accès administration portail CDI",
     body=B(f"""
        Bonjour,

        Je remplace la documentaliste du lycée Bertène-Juminer de
        Saint-Laurent-du-Maroni depuis le 15 septembre (contrat jusqu'en
        juin). On ne m'a jamais donné le mot de passe du compte administrateur
        e-sidoc, et personne au lycée ne le connaît.

        L'identifiant serait le code de l'établissement : {_u}.

        Que dois-je faire pour obtenir un nouveau mot de passe ?

        Bien à vous,
        Loïc Ho-A-Chuck
        Documentaliste (contractuel)
        """))

_bad = BAD("0881204")
mail(category="password_reset", auto_reply_ok=True, uai=None, region="grand-est", platform="esidoc",
     hard=True, lang="fr", bad=[_bad],
     notes=f"UAI typed as {_bad}: wrong check letter (the digits give {U('0881204')}), so no UAI; region "
           "from the ac-nancy-metz.fr sender domain. Otherwise a plain forgotten password.",
     frm=("Pascale Mangin", "pascale.mangin@ac-nancy-metz.fr"), client="roundcube", when=(10, 14, 17, 26),
     subject="oubli mot de passe",
     body=B(f"""
        Bonjour,

        j'ai oublié le mot de passe de notre compte e-sidoc (collège Louis-Pergaud
        de Saint-Dié, identifiant {_bad}).

        Merci de me dire comment faire.

        P. Mangin
        """))

_u = U("0382104")
mail(category="password_reset", auto_reply_ok=True, uai=_u, region="auvergne-rhone-alpes",
     platform="espace_acheteur", hard=True, lang="fr",
     notes="Espace Acheteur login lost after the previous gestionnaire left; the UAI is written with spaces "
           "('038 2104 ...') in the signature.",
     frm=("Émilie Pellissier", "emilie.pellissier@ac-grenoble.fr"), client="owa", when=(10, 20, 10, 3),
     subject="Identifiant Espace Acheteur inconnu",
     body=B(f"""
        Bonjour,

        Je suis la nouvelle adjointe gestionnaire. Mon prédécesseur est parti
        en mutation fin août et n'a laissé ni l'identifiant ni le mot de passe
        du compte de l'établissement sur l'Espace Acheteur. Je ne sais même pas
        quelle adresse mail est rattachée au compte (la sienne, sans doute, qui
        est désactivée).

        Pouvez-vous m'aider à récupérer l'accès ?

        Cordialement,

        Émilie Pellissier
        Adjointe gestionnaire
        Collège Les Allobroges – Vienne
        UAI : {_u[:3]} {_u[3:7]} {_u[7]}
        """))

_u = U("0011398")
mail(category="password_reset", auto_reply_ok=True, uai=_u, region="auvergne-rhone-alpes",
     platform="esidoc", hard=False, lang="en",
     notes="English follow-up from a librarian at an international lycée (Ain) quoting her own first mail: "
           "forgotten e-sidoc password.",
     frm=("Fiona McAllister", "fiona.mcallister@ac-lyon.fr"), client="gmail", when=(10, 15, 12, 31),
     subject="Re: e-sidoc password",
     body=B("""
        Hello again,

        I'm following up on my email below from last week, as I haven't heard
        back. Still locked out of the e-sidoc admin, and our reading club
        selections need to go online before the half-term break.

        Thank you,
        Fiona

        """) + "\n" + Q("gmail_en", "Fiona McAllister <fiona.mcallister@ac-lyon.fr>", (10, 7, 9, 2), B(f"""
        Hello,

        I'm the English-speaking librarian at the Lycée international in
        Ferney-Voltaire (school code {_u}). I've forgotten the password for the
        e-sidoc administration interface. Could you send me a reset link, or
        tell me who can?

        Best regards,
        Fiona McAllister
        """)))

_u = U("0570921")
mail(category="password_reset", auto_reply_ok=True, uai=_u, region="grand-est", platform="esidoc",
     hard=False, lang="fr",
     notes="HTML-only Outlook mail (windows-1252): the password has expired and she forgot the old one "
           "needed to change it.",
     frm=("Heitz Valérie", "valerie.heitz@ac-nancy-metz.fr"), client="outlook_html", when=(10, 17, 9, 20),
     subject="Mot de passe expiré",
     body=B(f"""
        Bonjour,

        Lors de ma connexion à l'administration e-sidoc ce matin, un message
        m'indique que mon mot de passe a expiré et qu'il faut le changer.
        Problème : on me demande l'ancien mot de passe… que je n'ai plus
        (je me connectais avec l'enregistrement du navigateur, qui a été vidé
        par la mise à jour du poste).

        Etablissement : Lycée Cassin, Metz – {_u}

        Merci de votre aide.

        Valérie Heitz
        Professeur documentaliste
        """))

_u = U("0740833")
mail(category="password_reset", auto_reply_ok=False, uai=_u, region="auvergne-rhone-alpes",
     platform="ecoledirecte", hard=True, lang="fr",
     notes="History-geography teacher on a school trip, writing from Apple Mail: lost EcoleDirecte password "
           "and the 'mot de passe oublié' answer goes to an address he no longer uses. No automatic reset "
           "exists for EcoleDirecte accounts; a person answers.",
     frm=("Thomas Favre", "thomas.favre74@icloud.com"), client="apple", when=(10, 16, 7, 12),
     mta=("qs51p00im-qukt01072301.me.com", "17.57.155.23"),
     auth="dkim=pass (2048-bit key) header.d=icloud.com;\n\tspf=pass smtp.mailfrom=icloud.com;\n"
          "\tdmarc=pass (p=quarantine dis=none) header.from=icloud.com",
     subject="Mot de passe EcoleDirecte - voyage scolaire",
     body=B(f"""
        Bonjour,

        Je suis professeur d'histoire-géographie au collège Saint-François
        d'Annecy ({_u}) et je suis en voyage scolaire à Rome avec 48 élèves de 3e
        jusqu'à samedi. Je dois publier chaque soir des nouvelles aux familles
        via EcoleDirecte, mais j'ai perdu mon mot de passe et la procédure
        « mot de passe oublié » envoie le code sur mon ancienne adresse
        (laposte.net, fermée).

        Pouvez-vous changer l'adresse ou m'envoyer un nouveau mot de passe ici ?

        Merci beaucoup,
        Thomas Favre

        Envoyé de mon iPhone
        """))

mail(category="password_reset", auto_reply_ok=True, uai=None, region="grand-est",
     platform="ticket_portal", hard=False, lang="fr",
     notes="Forgotten password for the ticket portal, where she wants to follow an earlier ticket; no UAI, "
           "region from ac-reims.fr.",
     frm=("Estelle Poncelet", "estelle.poncelet@ac-reims.fr"), client="thunderbird", when=(10, 21, 16, 44),
     subject="Connexion au portail des tickets",
     body=B("""
        Bonjour,

        J'avais ouvert un ticket en septembre sur votre portail d'assistance et
        je voudrais voir où il en est, mais je ne me souviens plus du mot de
        passe de mon compte sur le portail. Le bouton « mot de passe oublié »
        n'apparaît pas sur la page de connexion que j'ai en favori.

        Pouvez-vous me renvoyer de quoi me reconnecter ?

        Estelle Poncelet
        Gestionnaire – Cité scolaire de Charleville-Mézières
        """))

_u = U("0422917")
mail(category="password_reset", auto_reply_ok=False, uai=_u, region="auvergne-rhone-alpes",
     platform="esidoc", hard=True, lang="fr",
     notes="Irritated third message, quoting her own earlier ones: the reset link worked, but the new "
           "password is still refused at login. The reset template has nothing more to say; a person must "
           "look at the account.",
     frm=("Catherine Teyssier", "catherine.teyssier@ac-lyon.fr"), client="gmail", when=(10, 22, 18, 2),
     subject="Re: Re: mot de passe e-sidoc refusé",
     body=B("""
        Troisième message. Je commence à croire que « mot de passe oublié » veut
        dire chez vous « mot de passe perdu pour toujours ».

        Je reprends, pour la troisième fois : j'ai utilisé votre lien, j'ai choisi
        un nouveau mot de passe, la page m'a dit « mot de passe modifié avec
        succès », et depuis, la connexion me répond « identifiant ou mot de passe
        incorrect ». J'ai essayé sur deux navigateurs et depuis chez moi.

        Merci de faire regarder le compte par quelqu'un.

        C. Teyssier

        """) + "\n" + Q("gmail", "Catherine Teyssier <catherine.teyssier@ac-lyon.fr>", (10, 14, 12, 50), B(f"""
        Bonjour, je n'ai pas eu de réponse à mon message ci-dessous. Le problème
        est toujours là.

        Le jeu. 9 oct. 2025 à 17:33, Catherine Teyssier a écrit :
        > Bonjour,
        > Après réinitialisation, mon nouveau mot de passe e-sidoc est refusé.
        > Collège Jules-Vallès, Saint-Étienne, {_u}.
        > Cordialement
        """)))

mail(category="password_reset", auto_reply_ok=True, uai=None, region="guadeloupe", platform="esidoc",
     hard=False, lang="fr",
     notes="Does not know what the 'identifiant' is (the UAI) nor the password; no UAI given, region from "
           "ac-guadeloupe.fr.",
     frm=("Joëlle Bellance", "joelle.bellance@ac-guadeloupe.fr"), client="zimbra", zone="gp",
     when=(10, 20, 13, 40), subject="identifiant et mot de passe",
     body=B("""
        Bonjour,

        La principale m'a demandé de reprendre le portail documentaire de
        l'établissement (je suis professeur de lettres, nous n'avons plus de
        documentaliste depuis la rentrée). Sur la page de connexion on me
        demande un identifiant et un mot de passe. Je n'ai ni l'un ni l'autre.

        Quel est l'identifiant et comment avoir le mot de passe ?

        Merci d'avance

        Joëlle Bellance
        Collège de Capesterre-Belle-Eau
        """))

mail(category="password_reset", auto_reply_ok=True, uai=None, region=None, platform="espace_acheteur",
     hard=False, lang="fr",
     notes="Espace Acheteur password forgotten, from a personal Gmail, no UAI: no region.",
     frm=("Yannick Roux", "yannick.roux.pro@gmail.com"), client="gmail", when=(10, 12, 11, 9),
     subject="mot de passe oublié espace acheteur",
     body=B("""
        Bonjour,

        J'ai oublié mon mot de passe pour l'espace acheteur et quand je clique
        sur mot de passe oublié ça me dit que l'adresse n'est pas reconnue. Je
        pense que le compte a été créé avec mon adresse du lycée mais je ne
        sais plus laquelle (on en a deux).

        Pouvez-vous regarder ?

        Yannick Roux
        """))

_u = U("0730642")
mail(category="password_reset", auto_reply_ok=True, uai=_u, region="auvergne-rhone-alpes",
     platform="esidoc", hard=False, lang="fr",
     notes="Short request from Outlook for Android (base64 body); UAI in the body.",
     frm=("Chevalier Aurélie", "aurelie.chevalier@ac-grenoble.fr"), client="android_outlook",
     when=(10, 23, 7, 51), subject="mdp",
     body=B(f"""
        Bonjour, je n'arrive plus à me connecter à e-sidoc (admin), mot de passe
        oublié. LP du Nivolet, Chambéry, {_u}. Merci !

        Obtenir Outlook pour Android
        """))

_u = U("0101463")
mail(category="password_reset", auto_reply_ok=False, uai=_u, region="grand-est", platform="esidoc",
     hard=True, lang="fr",
     notes="Reply to a staff member's question (quoted, Outlook style) with the UAI she had been asked for: "
           "the ticket is already in a person's hands, so no automatic answer.",
     frm=("Lefèvre Carole", "carole.lefevre@ac-reims.fr"), client="outlook", when=(10, 8, 11, 17),
     subject="RE: [#SUP-007804] Accès e-sidoc",
     thread=("SUP-007804", (10, 7, 16, 2)),
     body=B(f"""
        Bonjour Madame,

        Voici le code UAI du collège : {_u} (collège Pierre-Brossolette,
        Troyes). L'adresse que j'utilisais jusqu'ici est bien celle-ci.

        Merci pour votre aide,
        Carole Lefèvre

        """) + "\n" + Q("outlook", DESK, (10, 7, 16, 2), B("""
        Bonjour Madame Lefèvre,

        Afin de traiter votre demande de mot de passe, pourriez-vous nous
        indiquer le code UAI de votre établissement ?

        Bien cordialement,
        Isabelle, pour l'équipe d'assistance
        """), to="Lefèvre Carole", subj="[#SUP-007804] Accès e-sidoc"))

_u = U("9720455")
mail(category="password_reset", auto_reply_ok=True, uai=_u, region="martinique", platform="esidoc",
     hard=False, lang="fr",
     notes="AED helping at the CDI, no accents, Yahoo Mail for Android signature; forgotten password, UAI "
           "in the body.",
     frm=("Kelly Ursulet", "kelly.ursulet@yahoo.fr"), client="yahoo", zone="mq", when=(10, 10, 15, 25),
     subject="Mot de passe portail cdi",
     body=B(f"""
        Bonjour,

        je suis assistante d education au lycee Schoelcher a Fort-de-France et
        j aide au CDI. La documentaliste est en arret et on n a plus le mot de
        passe pour gerer le portail (les emprunts, les nouveautes...).
        Le code du lycee c est {_u}.
        Est ce que vous pouvez nous envoyer un nouveau mot de passe ?

        Merci
        Kelly

        Envoyé de Yahoo Mail pour Android
        """))

# --------------------------------------------------------------------------
# head_of_establishment_request
# --------------------------------------------------------------------------

_u = U("0511602")
mail(category="head_of_establishment_request", auto_reply_ok=False, uai=_u, region="grand-est",
     platform="esidoc", hard=False, lang="fr",
     notes="Formal letter from the proviseure, from the ce.<UAI> address: the librarian left (mutation); "
           "change of e-sidoc administrator and closure of the former one's access.",
     frm=("Proviseure - Lycée Jean-Jaurès", f"ce.{_u}@ac-reims.fr"), client="zimbra", when=(10, 6, 9, 5),
     subject=f"Changement d'administrateur e-sidoc - {_u}",
     body=B(f"""
        Madame, Monsieur,

        Je soussignée, Mme Brigitte Gobert, proviseure du lycée Jean-Jaurès de
        Reims (UAI {_u}), vous informe que M. Olivier Poirel, professeur
        documentaliste, a quitté l'établissement au 31 août 2025 à la suite de
        sa mutation.

        Je vous demande en conséquence :
        - de clôturer l'accès administrateur de M. Poirel au portail e-sidoc
          de l'établissement ;
        - de désigner comme nouvelle administratrice Mme Inès Benali,
          professeure documentaliste, adresse : ines.benali@ac-reims.fr.

        Je vous prie d'agréer, Madame, Monsieur, l'expression de mes
        salutations distinguées.

        Brigitte Gobert
        Proviseure
        """))

_u = U("0682139")
mail(category="head_of_establishment_request", auto_reply_ok=False, uai=_u, region="grand-est",
     platform="esidoc", hard=True, lang="fr",
     notes="The secretary sends the principal's signed letter (PDF) with the principal in copy: the head's "
           "written request relayed (reset of the admin password and new contact address); staff must check "
           "the letter and the sender.",
     frm=("Secrétariat de direction", "secretariat.direction@college-hansi-colmar.fr"), client="outlook",
     when=(10, 7, 10, 36), cc=[("Marc Keller - Principal", "marc.keller@ac-strasbourg.fr")],
     subject="Courrier de M. le Principal - accès portail documentaire",
     attachments=[("Courrier_principal_acces_esidoc.pdf", "application/pdf",
                   fake_pdf("Courrier principal - acces e-sidoc"))],
     body=B(f"""
        Madame, Monsieur,

        Veuillez trouver ci-joint le courrier signé de M. Keller, principal du
        collège Hansi de Colmar (UAI {_u}), relatif à la réinitialisation du
        mot de passe administrateur de notre portail e-sidoc et au changement
        de l'adresse de contact associée (nouvelle adresse :
        cdi.hansi@college-hansi-colmar.fr).

        M. Keller est en copie de ce message.

        Restant à votre disposition,

        Sandrine Meyer
        Secrétaire de direction
        Collège Hansi – 68000 Colmar
        Tél. 03 89 00 00 00
        """))

_u = U("0542518")
mail(category="head_of_establishment_request", auto_reply_ok=False, uai=_u, region="grand-est",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="Délégation de signature: the principal delegates the validation of orders on the Espace "
           "Acheteur to the adjoint-gestionnaire and attaches the arrêté (RFC 2231 file name).",
     frm=("Principal Collège La Craffe", f"ce.{_u}@ac-nancy-metz.fr"), client="outlook", when=(10, 8, 14, 20),
     subject="Délégation de signature - validation des commandes",
     attachments=[("Arrêté de délégation de signature 2025-2026.pdf", "application/pdf",
                   fake_pdf("Arrete de delegation 2025-2026"))],
     body=B(f"""
        Madame, Monsieur,

        Par arrêté du 1er septembre 2025, joint à ce message, j'ai donné
        délégation de signature à M. Frédéric Simonin, adjoint gestionnaire du
        collège La Craffe (Nancy, UAI {_u}), pour l'engagement et la validation
        des commandes de l'établissement.

        Je vous remercie de bien vouloir lui ouvrir les droits de validation des
        commandes sur l'Espace Acheteur, en remplacement de Mme Collignon,
        partie en retraite.

        Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

        Le principal,
        Didier Marchal
        """))

_u = U("0631935")
mail(category="head_of_establishment_request", auto_reply_ok=False, uai=_u, region="auvergne-rhone-alpes",
     platform="esidoc", hard=False, lang="fr",
     notes="Primary-school director, from the school's ce.<UAI> address: reset the BCD's e-sidoc admin "
           "password and put the school's address as contact.",
     frm=("Ecole élémentaire Jules-Ferry", f"ce.{_u}@ac-clermont.fr"), client="zimbra", when=(10, 9, 12, 5),
     subject="Portail BCD école Jules Ferry",
     body=B("""
        Bonjour,

        Je suis la directrice de l'école élémentaire Jules-Ferry de Riom.
        L'enseignante qui gérait le portail de notre BCD a changé d'école et
        nous n'avons plus le mot de passe administrateur.

        Je vous demande de bien vouloir réinitialiser ce mot de passe et
        d'enregistrer désormais comme adresse de contact l'adresse de l'école
        (celle depuis laquelle je vous écris), afin que le problème ne se
        reproduise pas à chaque changement d'équipe.

        Merci par avance,

        Agnès Pourrat
        Directrice
        """))

_u = U("9710348")
mail(category="head_of_establishment_request", auto_reply_ok=False, uai=_u, region="guadeloupe",
     platform="esidoc", hard=False, lang="fr",
     notes="Second relaunch by the principal of a request to close the account of a departed librarian, "
           "quoting his first letter (Outlook 'Message d'origine'). Formal, irritated.",
     frm=("Principal Collège Front-de-Mer", f"ce.{_u}@ac-guadeloupe.fr"), client="outlook", zone="gp",
     when=(10, 14, 8, 3), subject="2e RELANCE - Clôture compte administrateur e-sidoc",
     body=B(f"""
        Madame, Monsieur,

        Je vous adresse une deuxième relance concernant mon courrier du
        22 septembre, reproduit ci-dessous, qui n'a reçu à ce jour ni réponse
        ni accusé de réception.

        Je rappelle que la personne concernée n'appartient plus à
        l'établissement et conserve, à ma connaissance, un accès administrateur
        à notre portail. Cette situation n'est pas acceptable au regard de la
        protection des données de nos élèves.

        Je vous remercie de traiter cette demande dans les meilleurs délais.

        Le principal,
        Jean-Claude Lubin
        Collège Front-de-Mer – Pointe-à-Pitre ({_u})

        """) + "\n" + Q("outlook", f"Principal Collège Front-de-Mer <ce.{_u}@ac-guadeloupe.fr>", (9, 22, 9, 15),
                 B("""
        Madame, Monsieur,

        Mme Nadège Saint-Val, professeure documentaliste, a quitté le collège au
        1er septembre. Je vous demande de supprimer son accès administrateur au
        portail e-sidoc et de le transférer à M. Rudy Alexis
        (rudy.alexis@ac-guadeloupe.fr), qui lui succède.

        Le principal,
        J.-C. Lubin
        """), to="support@assistance.example.fr", subj="Clôture compte administrateur e-sidoc"))

_u = U("0693812")
mail(category="head_of_establishment_request", auto_reply_ok=False, uai=_u, region="auvergne-rhone-alpes",
     platform="espace_acheteur", hard=False, lang="en",
     notes="English; the head of a private international school in Lyon names a new structure administrator "
           "on the Espace Acheteur and asks to remove the former bursar. UAI in the signature; non-academic "
           "domain.",
     frm=("Dr. Helen Brooks", "h.brooks@lyon-international-school.example.org"), client="outlook",
     when=(10, 10, 16, 45), subject="Change of account administrator - Espace Acheteur",
     body=B(f"""
        Dear Sir or Madam,

        As Head of School, I am writing to inform you that our former bursar,
        Mr. Paul Girard, left the school at the end of September. Please remove
        his administrator rights on our Espace Acheteur account and transfer
        them to our new bursar, Ms. Claire Dumont (c.dumont@lyon-international-school.example.org),
        with immediate effect.

        Should you need a signed letter on school letterhead, please let me know.

        Kind regards,

        Dr. Helen Brooks
        Head of School
        Lyon International School – UAI {_u}
        """))

_u = U("0740519")
mail(category="head_of_establishment_request", auto_reply_ok=False, uai=_u, region="auvergne-rhone-alpes",
     platform="esidoc", hard=True, lang="fr",
     notes="The principal adjoint writes 'par délégation du principal' to transfer the departed librarian's "
           "admin account: a written head-of-establishment request made under delegation; staff check the "
           "delegation.",
     frm=("Principal adjoint - Collège du Salève", f"ce.{_u}@ac-grenoble.fr"), client="zimbra",
     when=(10, 13, 11, 20), subject="Transfert compte administrateur portail CDI",
     body=B(f"""
        Madame, Monsieur,

        Par délégation du principal, M. Vial, actuellement en congé, je vous
        demande de transférer le compte administrateur du portail e-sidoc du
        collège du Salève (Reignier, UAI {_u}) de Mme Dufour, qui a quitté
        l'établissement, à M. Arnaud Brunet, professeur documentaliste
        (arnaud.brunet@ac-grenoble.fr).

        Une copie de l'arrêté de délégation peut vous être transmise sur
        demande.

        Cordialement,

        Sylvie Jacquier
        Principale adjointe
        """))

_u = U("9730127")
mail(category="head_of_establishment_request", auto_reply_ok=False, uai=_u, region="guyane",
     platform="esidoc", hard=True, lang="fr",
     notes="Director of a nursery school in Saint-Laurent-du-Maroni gives her written agreement from a "
           "personal Gmail: weak evidence (not the ce. address), staff must verify. UAI in the body.",
     frm=("Régine Tiouka", "regine.tiouka973@gmail.com"), client="gmail", zone="gf", when=(10, 15, 17, 12),
     subject="accord directrice pour compte BCD",
     body=B(f"""
        Bonjour,

        Je suis la directrice de l'école maternelle Les Balourous à
        Saint-Laurent-du-Maroni (UAI {_u}). Je vous écris depuis ma boîte
        personnelle car la messagerie de l'école ne fonctionne plus depuis la
        coupure de courant de la semaine dernière.

        Je donne mon accord pour que le compte de gestion du coin lecture
        (portail e-sidoc) soit transféré à Mme Aloïké, enseignante de grande
        section, qui reprend la BCD cette année. L'ancienne titulaire n'est plus
        à l'école.

        Merci

        Régine Tiouka
        Directrice
        """))

_u = U("9720813")
mail(category="head_of_establishment_request", auto_reply_ok=False, uai=_u, region="martinique",
     platform="esidoc", hard=False, lang="fr",
     notes="The proviseur answers the desk's request for a written request (quoted, Outlook 'De :' block): "
           "he authorises the reset and names the new contact.",
     frm=("Proviseur LGT Frantz-Fanon", f"ce.{_u}@ac-martinique.fr"), client="outlook", zone="mq",
     when=(10, 9, 14, 30), subject="RE: [#SUP-007731] Portail e-sidoc - demande écrite",
     thread=("SUP-007731", (10, 6, 11, 2)),
     body=B(f"""
        Madame, Monsieur,

        Comme demandé, je vous confirme par écrit ma demande : merci de
        réinitialiser le mot de passe administrateur du portail e-sidoc du lycée
        Frantz-Fanon de Trinité (UAI {_u}) et d'envoyer le lien à Mme Sonia
        Rosemond, professeure documentaliste, sonia.rosemond@ac-martinique.fr.

        Cordialement,

        Serge Marie-Sainte
        Proviseur

        """) + "\n" + Q("outlook2", DESK, (10, 6, 11, 2), ANS_WRITTEN, to=f"ce.{_u}@ac-martinique.fr",
                 subj="[#SUP-007731] Portail e-sidoc - demande écrite"))

_u = U("0740964")
mail(category="head_of_establishment_request", auto_reply_ok=False, uai=_u, region="auvergne-rhone-alpes",
     platform="esidoc", hard=False, lang="fr",
     notes="The proviseur authorises the librarian to place and validate the e-sidoc subscriptions renewal "
           "order (authorisation of an order) and attaches the bon d'engagement.",
     frm=("Proviseur Lycée Berthollet", f"ce.{_u}@ac-grenoble.fr"), client="thunderbird",
     when=(10, 16, 15, 55), subject="Autorisation de commande - renouvellement des abonnements",
     attachments=[("BE_2025_0412.pdf", "application/pdf", fake_pdf("Bon d'engagement 2025-0412"))],
     body=B(f"""
        Madame, Monsieur,

        J'autorise Mme Laure Mounier, professeure documentaliste du lycée
        Berthollet d'Annecy (UAI {_u}), à passer et valider en ligne la
        commande de renouvellement de nos abonnements numériques pour
        l'année 2026, dans la limite du bon d'engagement joint (n° 2025-0412,
        1 840,00 € TTC).

        Cordialement,

        Le proviseur,
        Hervé Chambon
        """))

_u = U("0672471")
mail(category="head_of_establishment_request", auto_reply_ok=False, uai=_u, region="grand-est",
     platform="espace_acheteur", hard=True, lang="fr",
     notes="Claims to be the proviseur and gives a valid UAI, but writes from a look-alike domain "
           "(ac-strasbourg-fr.com, SPF/DMARC fail) and asks to move the administrator account to a free-mail "
           "address: a probable spoof, still a head-of-establishment request that staff should refuse. "
           "Region from the UAI, not from the fake domain.",
     frm=("Proviseur Lycée Kléber", "proviseur@ac-strasbourg-fr.com"), client="raw", when=(10, 17, 23, 41),
     auth="dkim=none;\n\tspf=fail smtp.mailfrom=ac-strasbourg-fr.com;\n\tdmarc=fail (p=none dis=none) "
          "header.from=ac-strasbourg-fr.com",
     reply_to=("Proviseur", "proviseur.kleber67@outlook.fr"),
     subject="URGENT : changement administrateur compte établissement",
     body=B(f"""
        Bonjour,

        Je suis le proviseur du lycée (UAI {_u}). Suite à un changement dans
        l'équipe de gestion, je vous demande de remplacer immédiatement
        l'adresse de l'administrateur de notre compte Espace Acheteur par
        l'adresse suivante : proviseur.kleber67@outlook.fr

        Merci de traiter ceci en priorité aujourd'hui et de m'envoyer les
        nouveaux identifiants à cette adresse. Je suis en déplacement et
        injoignable par téléphone.

        Cordialement
        Le Proviseur
        """))

_u = U("0681207")
mail(category="head_of_establishment_request", auto_reply_ok=False, uai=_u, region="grand-est",
     platform="esidoc", hard=False, lang="fr",
     notes="HTML-only Outlook letter (windows-1252) from the proviseur of a vocational lycée: the retired "
           "librarian's access must be closed and the password reset, link to the ce. address.",
     frm=("Proviseur LP Roosevelt", f"ce.{_u}@ac-strasbourg.fr"), client="outlook_html", when=(10, 20, 8, 48),
     subject="Départ en retraite de la documentaliste - accès portail",
     body=B(f"""
        Madame, Monsieur,

        Mme Fischer, professeure documentaliste du lycée professionnel Roosevelt
        de Mulhouse (UAI {_u}), a fait valoir ses droits à la retraite au
        1er octobre 2025.

        Afin qu'elle ne conserve pas d'accès à notre portail e-sidoc, je vous
        demande de bien vouloir réinitialiser le mot de passe du compte
        administrateur et d'adresser le lien à l'adresse officielle de
        l'établissement, d'où je vous écris.

        Je vous prie d'agréer, Madame, Monsieur, l'expression de ma
        considération distinguée.

        Pierre Ehrhart
        Proviseur
        """))

_u = U("0030718")
mail(category="head_of_establishment_request", auto_reply_ok=False, uai=_u, region="auvergne-rhone-alpes",
     platform="esidoc", hard=False, lang="fr",
     notes="The principal confirms from his phone (Apple Mail quote) his librarian's request for a reset "
           "of the admin password; personal academic address, not the ce. one.",
     frm=("Laurent Mathieu", "laurent.mathieu@ac-clermont.fr"), client="apple", when=(10, 21, 7, 5),
     subject="Re: Demande de réinitialisation portail CDI",
     body=B("""
        Bonjour,

        Je confirme la demande de Mme Blanc ci-dessous. Vous pouvez procéder.

        L. Mathieu
        Principal du collège Jules-Verne, Vichy

        Envoyé de mon iPhone

        """) + "\n" + Q("apple", "Martine Blanc <martine.blanc@ac-clermont.fr>", (10, 20, 16, 30), B(f"""
        Bonjour,

        Je ne peux plus accéder au compte administrateur e-sidoc du collège
        Jules-Verne de Vichy ({_u}) : le mot de passe a été changé par une
        collègue partie en juin. Pouvez-vous le réinitialiser ? Je mets le
        principal en copie pour son accord.

        Martine Blanc
        """)))

_u = U("0080671")
mail(category="head_of_establishment_request", auto_reply_ok=False, uai=_u, region="grand-est",
     platform="espace_acheteur", hard=True, lang="fr",
     notes="Two topics: the principal names a new structure administrator on the Espace Acheteur (main) "
           "and asks why an invoice is still missing from Chorus Pro (order_billing).",
     frm=("Principal - Collège Turenne", f"ce.{_u}@ac-reims.fr"), client="zimbra", when=(10, 22, 10, 12),
     subject="Administrateur Espace Acheteur + facture",
     body=B(f"""
        Madame, Monsieur,

        Je vous informe que Mme Hélène Didier, nouvelle adjointe gestionnaire,
        est désignée administratrice de la structure « Collège Turenne – Sedan »
        (UAI {_u}) sur l'Espace Acheteur, en remplacement de M. Thiébaut,
        muté. Merci de procéder au changement et de retirer les droits de
        M. Thiébaut.

        Par ailleurs, la facture de la commande de juillet (mobilier du CDI)
        n'est toujours pas déposée sur Chorus Pro, ce qui bloque le mandatement.
        Pourriez-vous vérifier ?

        Cordialement,
        Le principal,
        François Jacquot
        """))

_u = U("9720934")
mail(category="head_of_establishment_request", auto_reply_ok=False, uai=_u, region="martinique",
     platform="esidoc", hard=False, lang="fr",
     notes="Primary-school director in Martinique, Creole-tinged French, from the school's ce. address: "
           "give the BCD account to the new teacher and remove the old one.",
     frm=("Ecole primaire Bourg Le François", f"ce.{_u}@ac-martinique.fr"), client="zimbra", zone="mq",
     when=(10, 7, 13, 15), subject="Changement responsable BCD",
     body=B(f"""
        Bonjour,

        An ka ékri zot kon directeur de l'école primaire du Bourg au François
        (UAI {_u}).

        Cette année c'est Mme Joseph-Angélique, maîtresse de CM1, qui va
        s'occuper de la BCD. Je vous demande de lui donner l'accès au compte
        du portail (son adresse : marlene.joseph-angelique@ac-martinique.fr) et
        de retirer l'accès de Mme Nadeau qui est partie en retraite.

        Mèsi,

        Gérard Zobda
        Directeur
        """))

_u = U("0381156")
mail(category="head_of_establishment_request", auto_reply_ok=False, uai=_u, region="auvergne-rhone-alpes",
     platform="esidoc", hard=True, lang="fr",
     notes="Almost empty body: the request is only in the attached signed letter (PDF); subject says it is "
           "a change of e-sidoc administrator. Sent from the ce. address.",
     frm=("Cité scolaire Stendhal", f"ce.{_u}@ac-grenoble.fr"), client="outlook", when=(10, 23, 16, 2),
     subject=f"Courrier signé - changement administrateur e-sidoc - {_u}",
     attachments=[("2025-10-23_courrier_proviseure_esidoc.pdf", "application/pdf",
                   fake_pdf("Courrier proviseure changement administrateur"))],
     body=B("""
        Bonjour,

        Veuillez trouver ci-joint le courrier signé de Mme la Proviseure.

        Bonne réception,
        Le secrétariat
        """))

_u = U("9730842")
mail(category="head_of_establishment_request", auto_reply_ok=False, uai=_u, region="guyane",
     platform="espace_acheteur", hard=True, lang="fr",
     notes="The secretary signs 'P/O le Proviseur' and relays the proviseur's request to close the account "
           "of the departed gestionnaire and open it to her successor: a relayed head request.",
     frm=("Secrétariat proviseur", f"ce.{_u}@ac-guyane.fr"), client="outlook", zone="gf",
     when=(10, 8, 9, 44), subject="Fermeture compte gestionnaire partie - Espace Acheteur",
     body=B(f"""
        Madame, Monsieur,

        À la demande de M. le Proviseur du lycée Gaston-Monnerville de Kourou
        (UAI {_u}), je vous prie de bien vouloir fermer le compte de
        Mme Patient, ancienne gestionnaire, sur l'Espace Acheteur, et d'ouvrir
        les mêmes droits à M. Didier Rimane, gestionnaire depuis le
        1er septembre (didier.rimane@ac-guyane.fr).

        P/O le Proviseur,
        Magali Horth
        Secrétaire de direction
        """))

_u = U("0100842")
mail(category="head_of_establishment_request", auto_reply_ok=False, uai=_u, region="grand-est",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="'Bon pour accord' reply from the principal (ce. address, Zimbra 'Mail original' quote) to her "
           "gestionnaire's request to be made structure administrator.",
     frm=("Principale Collège Marie-Curie", f"ce.{_u}@ac-reims.fr"), client="zimbra", when=(10, 9, 17, 18),
     subject="Re: Demande de changement d'administrateur",
     body=B("""
        Bon pour accord.

        Mme Stéphanie Herbin
        Principale

        """) + "\n" + Q("zimbra", "Alain Poirot <alain.poirot@ac-reims.fr>", (10, 9, 16, 2), B(f"""
        Bonjour,

        Adjoint gestionnaire du collège Marie-Curie de Troyes (UAI {_u})
        depuis la rentrée, je souhaiterais devenir administrateur de notre
        structure sur l'Espace Acheteur à la place de Mme Royer, partie.
        Mme la Principale, en copie, vous confirmera son accord.

        Alain Poirot
        """), to="support@assistance.example.fr; Principale Collège Marie-Curie",
                 subj="Demande de changement d'administrateur"))

_u = U("0081294")
mail(category="head_of_establishment_request", auto_reply_ok=False, uai=_u, region="grand-est",
     platform="esignature", hard=True, lang="fr",
     notes="The proviseur asks in writing that the e-signature of the purchasing convention be redirected "
           "to her new deputy, who holds the delegation: a head's written request about the signatory, not "
           "a missing document.",
     frm=("Proviseure LPO Bazin", f"ce.{_u}@ac-reims.fr"), client="thunderbird", when=(10, 24, 11, 30),
     subject="Signataire de la convention - signature électronique",
     body=B(f"""
        Madame, Monsieur,

        La convention d'adhésion 2025-2028 a été envoyée pour signature
        électronique à mon prédécesseur, M. Collard, qui a quitté le lycée
        Bazin de Charleville-Mézières (UAI {_u}).

        Je vous demande de bien vouloir modifier le signataire et d'adresser la
        demande de signature à M. Romain Stoll, proviseur adjoint, qui dispose
        d'une délégation de signature (romain.stoll@ac-reims.fr).

        Cordialement,

        Véronique Grandjean
        Proviseure
        """))

_good = U("0551043")
_bad = BAD("0551043", 3)
mail(category="head_of_establishment_request", auto_reply_ok=False, uai=_good, region="grand-est",
     platform="espace_acheteur", hard=True, lang="fr", bad=[_bad],
     notes=f"The body gives {_bad} (wrong check letter), but the sender address ce.{_good}@ac-nancy-metz.fr "
           "carries the valid UAI, which is the label. The principal designates the new structure "
           "administrator.",
     frm=("Collège Buvignier - Direction", f"ce.{_good}@ac-nancy-metz.fr"), client="outlook",
     when=(10, 6, 16, 58), subject="Désignation administrateur de structure",
     body=B(f"""
        Madame, Monsieur,

        Je désigne Mme Julie Remy, secrétaire d'intendance, administratrice de
        la structure Collège Buvignier – Verdun ({_bad}) sur l'Espace Acheteur,
        en remplacement de M. Lecomte, muté à la rentrée. Je vous remercie de
        retirer à ce dernier tout accès.

        Le principal,
        Christophe Aubry
        """))

# --------------------------------------------------------------------------
# missing_noreply_mail
# --------------------------------------------------------------------------

_u = U("0570412")
mail(category="missing_noreply_mail", auto_reply_ok=True, uai=_u, region="grand-est",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="Relaunch quoting her own first message: the Espace Acheteur sign-up confirmation never came; "
           "no anti-spam product named, no answer received yet, so the junk-folder answer still applies.",
     frm=("Laura Schneider", "laura.schneider@ac-nancy-metz.fr"), client="thunderbird", when=(10, 9, 10, 20),
     subject="Re: Pas de mail de confirmation - inscription",
     body=B("""
        Bonjour,

        Toujours pas de réponse à mon message du 2 octobre, et toujours pas de
        mail de confirmation non plus. Je relance donc.

        Laura Schneider

        """) + "\n" + Q("tb", "Laura Schneider <laura.schneider@ac-nancy-metz.fr>", (10, 2, 14, 7), B(f"""
        Bonjour,

        Je me suis inscrite sur l'Espace Acheteur lundi pour le lycée
        Louis-Vincent de Metz ({_u}) mais je n'ai jamais reçu le mail de
        confirmation annoncé à l'écran. Pouvez-vous me le renvoyer ?

        Cordialement,
        Laura Schneider, secrétariat d'intendance
        """)))

mail(category="missing_noreply_mail", auto_reply_ok=False, uai=None, region="auvergne-rhone-alpes",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="Reply to the junk-folder answer (quoted, Outlook 'Message d'origine'): spam folder checked, "
           "address allowed, still nothing after 48 h; asks for the region. The template was already sent: "
           "a person must follow up.",
     frm=("Bonnet Gilles", "gilles.bonnet@ac-lyon.fr"), client="outlook", when=(10, 10, 8, 55),
     subject="RE: [#SUP-007745] Mail d'activation non reçu",
     thread=("SUP-007745", (10, 7, 15, 30)),
     body=B("""
        Bonjour,

        J'ai fait tout ce qui est indiqué ci-dessous : rien dans les indésirables,
        adresse ajoutée aux expéditeurs autorisés, et j'ai redemandé le mail
        d'activation mardi et mercredi. Toujours rien, 72 heures plus tard.

        Merci de transmettre à notre support régional comme vous le proposez.

        Gilles Bonnet
        Gestionnaire – Collège Louise-Labé, Lyon 1er

        """) + "\n" + Q("outlook", DESK, (10, 7, 15, 30), ANS_JUNK, to="Bonnet Gilles",
                 subj="[#SUP-007745] Mail d'activation non reçu"))

mail(category="missing_noreply_mail", auto_reply_ok=True, uai=None, region="grand-est",
     platform="ticket_portal", hard=False, lang="fr",
     notes="The ticket portal's confirmation mail (ticket created) never arrives; no product named.",
     frm=("Nicolas Bauer", "nicolas.bauer@ac-strasbourg.fr"), client="thunderbird", when=(10, 14, 9, 2),
     subject="Aucun accusé de réception du portail",
     body=B("""
        Bonjour,

        J'ai créé hier un ticket sur votre portail d'assistance (problème
        d'affichage des nouveautés) mais je n'ai reçu aucun mail de
        confirmation, ni le lien pour suivre le ticket. Le message à l'écran
        disait pourtant « un e-mail de confirmation vous a été envoyé ».

        Est-ce normal ?

        Nicolas Bauer
        """))

_u = U("9730214")
mail(category="missing_noreply_mail", auto_reply_ok=True, uai=_u, region="guyane", platform="esidoc",
     hard=True, lang="fr",
     notes="Names MailInBlack only to say the school does NOT use it ('pas de MailInBlack chez nous'): the "
           "customer-account activation mail never arrived; missing_noreply_mail, not mailinblack_spam.",
     frm=("Sandra Cadet", "sandra.cadet@ac-guyane.fr"), client="zimbra", zone="gf", when=(10, 16, 10, 40),
     subject="Mail d'activation compte client jamais reçu",
     body=B(f"""
        Bonjour,

        J'ai créé jeudi dernier le compte client du collège Auxence-Contout de
        Cayenne ({_u}) pour passer notre première commande en ligne. Le mail
        d'activation n'est jamais arrivé.

        Avant que vous me posiez la question : rien dans les indésirables, et
        non, nous n'avons pas MailInBlack ni aucun filtre particulier, c'est la
        messagerie académique standard.

        Merci de me dire comment avancer.

        Sandra Cadet
        Gestionnaire
        """))

mail(category="missing_noreply_mail", auto_reply_ok=True, uai=None, region=None,
     platform="espace_acheteur", hard=False, lang="en",
     notes="English; the activation e-mail from the no-reply address never arrived; no anti-spam product "
           "named, non-academic sender.",
     frm=("James O'Connor", "j.oconnor@cite-internationale-lyon.example.org"), client="owa",
     when=(10, 8, 13, 27), subject="Activation email not received",
     body=B("""
        Hi,

        I registered on the Espace Acheteur on Monday for our school and the
        page said an activation email had been sent. Nothing has arrived,
        neither in my inbox nor in junk. Could you resend it, or activate the
        account manually?

        Thanks in advance,
        James O'Connor
        Finance Officer
        """))

_u = U("9710753")
mail(category="missing_noreply_mail", auto_reply_ok=True, uai=_u, region="guadeloupe",
     platform="espace_acheteur", hard=True, lang="fr",
     notes="Reads like a password problem, but the 'mot de passe oublié' tool works and says the mail is "
           "sent: the new-password mail never arrives. Per the taxonomy, missing_noreply_mail.",
     frm=("Fabrice Jeanne-Rose", "fabrice.jeanne-rose@ac-guadeloupe.fr"), client="outlook", zone="gp",
     when=(10, 20, 9, 12), subject="Pas de mail pour le nouveau mot de passe",
     body=B(f"""
        Bonjour,

        Sur l'Espace Acheteur je clique sur « mot de passe oublié », je saisis
        mon adresse, le site me dit que le mail est parti… et je ne reçois
        rien. J'ai essayé 4 fois depuis vendredi. Mon mot de passe en lui-même
        je sais comment le changer, c'est juste que le mail n'arrive jamais.

        Lycée Charles-Coeffin, Baie-Mahault – {_u}

        Cordialement,
        Fabrice Jeanne-Rose
        """))

_u = U("0680457")
mail(category="missing_noreply_mail", auto_reply_ok=True, uai=_u, region="grand-est",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="The structure administrator no longer receives the 'compte à valider' notifications since the "
           "rentrée.",
     frm=("Wagner Isabelle", "isabelle.wagner@ac-strasbourg.fr"), client="outlook", when=(10, 13, 11, 3),
     subject="Notifications de comptes à valider",
     body=B(f"""
        Bonjour,

        Je suis administratrice de la structure pour le collège de Guebwiller
        ({_u}). Depuis la rentrée je ne reçois plus aucune notification quand
        un collègue crée un compte : je découvre les demandes en attente par
        hasard en me connectant. Deux collègues ont attendu une semaine.

        Y a-t-il un réglage à faire de mon côté ?

        Isabelle Wagner
        Adjointe gestionnaire
        """))

mail(category="missing_noreply_mail", auto_reply_ok=True, uai=None, region="martinique",
     platform=None, hard=False, lang="fr",
     notes="Very short SMS-style message: confirmation mail still not received. No platform named; region "
           "from ac-martinique.fr.",
     frm=("Jessy Pétrus", "jessy.petrus@ac-martinique.fr"), client="samsung", zone="mq", when=(10, 17, 18, 6),
     subject="mail confirmation",
     body=B("""
        bonsoir tjs pas recu le mail de confirmation depuis mardi. jai regardé
        partout. merci

        Envoyé depuis mon appareil Galaxy
        """))

_u = U("0150621")
mail(category="missing_noreply_mail", auto_reply_ok=True, uai=_u, region="auvergne-rhone-alpes",
     platform="esignature", hard=False, lang="fr",
     notes="HTML-only Outlook (windows-1252): the e-signature invitation for the convention never reached "
           "the principal's mailbox.",
     frm=("Intendance Lycée Émile-Duclaux", "intendance.duclaux@ac-clermont.fr"), client="outlook_html",
     when=(10, 15, 14, 10), subject="Convention à signer - mail de signature non reçu",
     body=B(f"""
        Bonjour,

        On nous annonce par téléphone que la convention d'adhésion a été
        envoyée pour signature électronique à M. le Proviseur le 8 octobre.
        Il n'a reçu aucun mail de la plateforme de signature, ni dans sa boîte
        ni dans les courriers indésirables.

        Pouvez-vous renvoyer l'invitation ? Lycée Émile-Duclaux, Aurillac –
        {_u}.

        Cordialement,
        L'intendance
        """))

_u = U("0421638")
mail(category="missing_noreply_mail", auto_reply_ok=False, uai=_u, region="auvergne-rhone-alpes",
     platform="espace_acheteur", hard=True, lang="fr",
     notes="Two topics: the account confirmation mail never arrived (main) and a request for a quote "
           "(order_billing).",
     frm=("Mounier Patrick", "patrick.mounier@ac-lyon.fr"), client="outlook", when=(10, 21, 10, 25),
     subject="Confirmation de compte + demande de devis",
     body=B(f"""
        Bonjour,

        Je n'ai toujours pas reçu le mail de confirmation de mon compte Espace
        Acheteur (créé le 14 octobre), rien dans les spams.

        Par ailleurs, pouvez-vous m'envoyer un devis pour 30 tablettes avec
        coque, dans le cadre du marché régional ? Nous en avons besoin pour
        le conseil d'administration du 6 novembre.

        Patrick Mounier
        Gestionnaire – Lycée Étienne-Mimard, Saint-Étienne ({_u})
        """))

_u = U("0741129")
mail(category="missing_noreply_mail", auto_reply_ok=True, uai=_u, region="auvergne-rhone-alpes",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="The secretary forwards (Gmail French forward) a colleague's complaint: order confirmations from "
           "the no-reply address never arrive.",
     frm=("Secrétariat Collège Les Dranses", f"ce.{_u}@ac-grenoble.fr"), client="gmail",
     when=(10, 7, 14, 48), subject="Fwd: mails de commande",
     body=B("""
        Bonjour,

        Je vous transfère le message de notre gestionnaire, qui n'a pas d'accès
        à votre formulaire. Merci de lui répondre directement.

        Le secrétariat

        """) + "\n" + Q("fwd_gmail", "Olivier Gay <olivier.gay@ac-grenoble.fr>", (10, 7, 11, 2), B("""
        Peux-tu leur écrire ? Depuis la rentrée, quand je valide une commande
        sur l'Espace Acheteur, je ne reçois plus le mail de confirmation
        (no-reply). Les commandes passent bien, elles apparaissent dans
        « Mes commandes », mais sans mail je n'ai rien pour mes pièces
        comptables.

        Olivier
        """), to=f"Secrétariat <ce.{_u}@ac-grenoble.fr>",
                 subj="mails de commande"))

mail(category="missing_noreply_mail", auto_reply_ok=True, uai=None, region=None,
     platform="espace_acheteur", hard=False, lang="fr",
     notes="The IT department of the Région asks which sender address and IP to allow in their mail "
           "filtering gateway: automatic mails are not getting through; no product named.",
     frm=("DSI - Pôle messagerie", "messagerie.dsi@grandest.example.fr"), client="owa", when=(10, 16, 9, 30),
     subject="Liste blanche - messages automatiques Espace Acheteur",
     body=B("""
        Bonjour,

        Plusieurs lycées de la région nous signalent ne plus recevoir les
        messages automatiques de l'Espace Acheteur (activation de compte,
        confirmation de commande). Notre passerelle de filtrage a été
        remplacée pendant l'été.

        Pourriez-vous nous communiquer l'adresse d'expédition exacte de ces
        messages, ainsi que les plages IP ou le domaine d'envoi, afin que nous
        les ajoutions à notre liste blanche ?

        Cordialement,

        Pôle messagerie
        Direction des systèmes d'information
        """))

mail(category="missing_noreply_mail", auto_reply_ok=False, uai=None, region="grand-est",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="Irritated second relaunch replying to the junk-folder answer (quoted, Thunderbird): automatic "
           "mails still never arrive. The template was already sent; a person must take over.",
     frm=("Rémi Collignon", "remi.collignon@ac-nancy-metz.fr"), client="thunderbird", when=(10, 22, 16, 12),
     subject="Re: [#SUP-007690] Aucun mail automatique - 2e relance",
     thread=("SUP-007690", (10, 1, 10, 4)),
     body=B("""
        Bonjour,

        Vos mails automatiques n'arrivent jamais. Jamais. Ni dans la boîte de
        réception, ni dans les indésirables, ni chez ma collègue, ni sur ma
        boîte personnelle que j'ai essayée par désespoir.

        Votre réponse ci-dessous date du 1er octobre. Nous sommes le 22. Je
        vous ai relancé le 10, sans suite. J'aimerais cette fois une réponse
        écrite par un être humain.

        R. Collignon
        Collège Jacques-Callot – Lunéville

        """) + "\n" + Q("tb", "Assistance", (10, 1, 10, 4), ANS_JUNK))

mail(category="missing_noreply_mail", auto_reply_ok=True, uai=None, region=None, platform="esidoc",
     hard=True, lang="fr", bad=[BAD("0691248", 7)],
     notes=f"The mail to set the e-sidoc account password never arrived. The code {BAD('0691248', 7)} has a "
           f"wrong check letter (the digits give {U('0691248')}), so no UAI; personal Gmail, so no region.",
     frm=("Hugo Girard", "hugo.girard.cdi@gmail.com"), client="gmail", when=(10, 6, 20, 14),
     subject="lien pour définir le mot de passe",
     body=B(f"""
        Bonsoir,

        On m'a créé un accès au portail du CDI (collège {BAD("0691248", 7)}) et je
        devais recevoir un mail pour définir mon mot de passe. Rien reçu, ni en
        spam. Est-ce que vous pouvez le renvoyer ?

        Merci
        Hugo
        """))

_u = U("0260873")
mail(category="missing_noreply_mail", auto_reply_ok=True, uai=_u, region="auvergne-rhone-alpes",
     platform="espace_acheteur", hard=True, lang="fr",
     notes="Samsung mail (base64 text and HTML). Negation: 'j'ai bien regardé dans les indésirables'; the "
           "password-reset mail is not received (the mail is missing, the password tool itself is fine).",
     frm=("Céline Arnaud", "celine.arnaud@ac-grenoble.fr"), client="samsung", when=(10, 23, 12, 40),
     subject="Mail réinitialisation non reçu",
     body=B(f"""
        Bonjour
        Je ne reçois pas le mail de réinitialisation de l'Espace Acheteur. J'ai
        bien regardé dans les indésirables et la corbeille, il n'y a rien. Ce
        n'est pas que j'ai oublié mon mot de passe, il a expiré et le site
        m'oblige à passer par le mail.
        Collège Camille-Vernet Valence {_u}
        Merci

        Envoyé depuis mon appareil Galaxy
        """))

_u = U("9730565")
mail(category="missing_noreply_mail", auto_reply_ok=True, uai=_u, region="guyane",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="Order-status notifications from the no-reply address do not arrive; jokes about the pirogue "
           "delivery times. Guyane time zone.",
     frm=("Jean-Marc Lama", "jean-marc.lama@ac-guyane.fr"), client="zimbra", zone="gf", when=(10, 21, 8, 15),
     subject="Notifications de suivi de commande",
     body=B(f"""
        Bonjour,

        Nous sommes au collège de Maripasoula ({_u}). Nos colis mettent déjà
        trois semaines à remonter le Maroni en pirogue, alors nous aimerions au
        moins recevoir les mails de suivi de commande… Depuis septembre, plus
        aucune notification de l'Espace Acheteur (expédition, livraison) ne
        nous parvient, alors que les commandes avancent bien quand je vais voir
        sur le site.

        Merci de regarder.

        Jean-Marc Lama
        Gestionnaire
        """))

_u = U("0741287")
mail(category="missing_noreply_mail", auto_reply_ok=True, uai=_u, region="auvergne-rhone-alpes",
     platform="esidoc", hard=False, lang="fr",
     notes="The order confirmation mail for the online e-sidoc subscription order never came; the order "
           "itself shows as validated, so it is only the automatic mail.",
     frm=("Gaëlle Pellissier", "gaelle.pellissier@ac-grenoble.fr"), client="thunderbird",
     when=(10, 8, 15, 37), subject="Pas reçu de confirmation de commande",
     body=B(f"""
        Bonjour,

        J'ai passé lundi la commande de renouvellement de nos abonnements pour
        le CDI du collège de Thonon ({_u}). Elle apparaît bien comme
        « validée » dans mon espace, mais je n'ai reçu aucun mail de
        confirmation, alors que ma gestionnaire en a besoin.

        Pouvez-vous me le renvoyer ?

        Merci,
        Gaëlle Pellissier
        """))

# --------------------------------------------------------------------------
# mailinblack_spam
# --------------------------------------------------------------------------


def mib_digest(person: str, rows: list[tuple[str, str, str]], n_day="lundi 13 octobre 2025") -> str:
    lines = [f"Bonjour {person},", "",
             f"{len(rows)} messages sont en attente dans votre espace « À valider » ({n_day}) :", ""]
    for sender, subj, when in rows:
        lines.append(f"  {sender} - {subj} - {when}   [Autoriser] [Bloquer]")
    lines += ["", "Ces expéditeurs ne se sont pas authentifiés. Les messages non validés sont",
              "supprimés après 15 jours.", "",
              "Ce message est généré automatiquement par Mailinblack, merci de ne pas y répondre."]
    return "\n".join(lines) + "\n"


_u = U("0671502")
mail(category="mailinblack_spam", auto_reply_ok=True, uai=_u, region="grand-est",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="Outlook forward ('TR:') of the daily Mailinblack quarantine report holding Espace Acheteur "
           "mails; the gestionnaire asks what to do. The forwarded part is machine text, the question is real.",
     frm=("Klein Céline", "celine.klein@lycee-schuman-haguenau.example.fr"), client="outlook",
     when=(10, 13, 8, 21), subject="TR: Vos messages en attente de validation",
     body=B(f"""
        Bonjour,

        Je reçois ce rapport tous les matins depuis que la Région a installé un
        nouvel antispam sur nos boîtes. Vos mails (activation, commandes) sont
        dedans. Que dois-je faire exactement ? Je n'ose pas cliquer sur
        « Autoriser » sans savoir si c'est bien vous.

        Céline Klein
        Gestionnaire – Lycée Robert-Schuman, Haguenau ({_u})

        """) + "\n" + Q("fwd_outlook", "Mailinblack <notification@protect.mailinblack.example>", (10, 13, 7, 0),
                 mib_digest("Céline Klein", [
                     ("no-reply@espace-acheteur.example.fr", "Validation de votre compte", "12/10/2025 18:42"),
                     ("no-reply@espace-acheteur.example.fr", "Confirmation de votre commande n° EA-25-10-4471",
                      "12/10/2025 19:03"),
                     ("newsletter@fournitures-bureau.example.com", "-40 % sur les classeurs", "12/10/2025 21:15"),
                 ]), to="Klein Céline", subj="Vos messages en attente de validation"))

_u = U("0690942")
mail(category="mailinblack_spam", auto_reply_ok=True, uai=_u, region="auvergne-rhone-alpes",
     platform="esidoc", hard=False, lang="fr",
     notes="A CPE forwards the Mailinblack digest (Gmail forward) that holds the e-sidoc no-reply mails and "
           "asks where to click.",
     frm=("Samir Benhadj", "samir.benhadj@ac-lyon.fr"), client="gmail", when=(10, 14, 12, 5),
     subject="Fwd: 2 messages en attente de validation",
     body=B(f"""
        Bonjour,

        Je suis CPE et je remplace la documentaliste pendant son congé. Je ne
        reçois pas vos mails mais je reçois ça (ci-dessous). Je dois cliquer
        où ? Et est-ce qu'il faut le faire à chaque fois ?

        Collège Elsa-Triolet, Vénissieux – {_u}

        Samir

        """) + "\n" + Q("fwd_gmail", "Mailinblack <notification@protect.mailinblack.example>", (10, 14, 7, 0),
                 mib_digest("Samir Benhadj", [
                     ("no-reply@e-sidoc.example.fr", "Réinitialisation de votre mot de passe", "13/10/2025 16:20"),
                     ("no-reply@e-sidoc.example.fr", "Réinitialisation de votre mot de passe", "13/10/2025 16:34"),
                 ], "mardi 14 octobre 2025"), to="samir.benhadj@ac-lyon.fr",
                 subj="2 messages en attente de validation"))

_u = U("0880367")
mail(category="mailinblack_spam", auto_reply_ok=False, uai=_u, region="grand-est",
     platform="espace_acheteur", hard=True, lang="fr",
     notes="The sender-authentication challenge is described ('prouver que je ne suis pas un robot', "
           "'captcha') without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a "
           "person should check before sending the guide.",
     frm=("Aurélien Didier", "aurelien.didier@lycee-epinal.example.fr"), client="thunderbird",
     when=(10, 15, 10, 2), subject="Vos mails bloqués par notre messagerie ?",
     body=B(f"""
        Bonjour,

        Un collègue de la Région m'a dit que vos messages automatiques étaient
        « retenus » chez nous. Effectivement, quand j'écris depuis ma boîte
        perso vers ma boîte du lycée, je reçois un message qui me demande de
        prouver que je ne suis pas un robot (une image à cocher) avant que le
        mail soit délivré. J'imagine que votre robot à vous ne coche pas.

        Je ne sais pas comment s'appelle ce système, c'est la Région qui gère.
        Que faut-il faire pour recevoir vos mails ?

        Aurélien Didier
        Lycée Claude-Gellée, Épinal ({_u})
        """))

_u = U("9710825")
mail(category="mailinblack_spam", auto_reply_ok=True, uai=_u, region="guadeloupe",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="MailInBlack named: the collectivité installed it on the lycées' mailboxes and the activation "
           "mails are held. Guadeloupe time zone.",
     frm=("Patricia Moutoussamy", "p.moutoussamy@lycee-gerville-reache.example.fr"), client="outlook",
     zone="gp", when=(10, 9, 8, 50), subject="Mail d'activation bloqué (MailInBlack)",
     body=B(f"""
        Bonjour,

        Depuis septembre la Région a mis MailInBlack sur nos messageries. Le
        mail d'activation de mon compte Espace Acheteur est resté coincé dans
        l'espace « à valider » et a été supprimé avant que je le voie.

        Pouvez-vous me le renvoyer et m'indiquer quelle adresse autoriser pour
        que ça ne recommence pas ?

        Patricia Moutoussamy
        Lycée Gerville-Réache, Basse-Terre – {_u}
        """))

mail(category="mailinblack_spam", auto_reply_ok=True, uai=None, region=None, platform="espace_acheteur",
     hard=False, lang="en",
     notes="English; an IT technician asks which sender to whitelist in MailinBlack for the Espace Acheteur "
           "mails. Non-academic domain.",
     frm=("Tom Keller", "it-support@ensemble-scolaire-mulhouse.example.org"), client="owa",
     when=(10, 20, 15, 12), subject="MailinBlack whitelist - which sender?",
     body=B("""
        Hello,

        Our school uses MailinBlack and several staff members say your
        automatic emails (account validation, order confirmations) are held in
        quarantine. Rather than have everyone release them one by one, I'd like
        to whitelist you at domain level.

        Could you confirm the exact sender address(es) and sending domain?

        Regards,
        Tom Keller
        IT support
        """))

_u = U("0420871")
mail(category="mailinblack_spam", auto_reply_ok=True, uai=_u, region="auvergne-rhone-alpes",
     platform="espace_acheteur", hard=True, lang="fr",
     notes="Negation: 'ce n'est pas dans les spams', it is held by 'Mail In Black' (spelled with spaces).",
     frm=("Fabienne Rochette", "fabienne.rochette@ac-lyon.fr"), client="zimbra", when=(10, 10, 14, 5),
     subject="confirmation de commande",
     body=B(f"""
        Bonjour,

        Je sais ce que vous allez me dire, alors je précise : ce n'est PAS dans
        les spams. Le mail de confirmation est bloqué par Mail In Black, qui
        protège maintenant notre messagerie de lycée (Roanne, {_u}), et qui me
        demande de valider chaque expéditeur. Sauf que le mail a disparu avant
        que je le valide.

        Quelle adresse dois-je autoriser ?

        Fabienne Rochette
        """))

_u = U("0691833")
mail(category="mailinblack_spam", auto_reply_ok=True, uai=_u, region="auvergne-rhone-alpes",
     platform="espace_acheteur", hard=True, lang="fr",
     notes="Reply quoting the junk-folder answer: not in the junk folder, and their IT says MailInBlack is "
           "blocking. The MailInBlack guide is now the right answer.",
     frm=("Dominique Perrin", "dominique.perrin@ac-lyon.fr"), client="outlook", when=(10, 9, 9, 48),
     subject="RE: [#SUP-007757] Mail de validation non reçu",
     thread=("SUP-007757", (10, 8, 14, 11)),
     body=B(f"""
        Bonjour,

        Rien dans le dossier indésirable. Notre informaticien a regardé : c'est
        MailInBlack qui bloque vos messages, ils sont dans une quarantaine à
        laquelle je n'ai pas accès.

        Cordialement,
        Dominique Perrin
        Lycée Ampère-Saxe, Lyon – {_u}

        """) + "\n" + Q("outlook", DESK, (10, 8, 14, 11), ANS_JUNK, to="Perrin Dominique",
                 subj="[#SUP-007757] Mail de validation non reçu"))

_u = U("0381742")
mail(category="mailinblack_spam", auto_reply_ok=False, uai=_u, region="auvergne-rhone-alpes",
     platform="espace_acheteur", hard=True, lang="fr",
     notes="Relaunch after the MailInBlack guide (quoted): the allow-list entry was added but mails are "
           "still held. The guide was already sent; the region must contact the IT department, a person "
           "follows up.",
     frm=("Brunet Sébastien", "sebastien.brunet@ac-grenoble.fr"), client="outlook", when=(10, 17, 11, 6),
     subject="RE: [#SUP-007768] Messages de commande bloqués - relance",
     thread=("SUP-007768", (10, 10, 9, 20)),
     body=B(f"""
        Bonjour,

        J'ai suivi votre guide à la lettre (capture jointe à mon précédent
        message) : l'adresse no-reply est dans ma liste d'expéditeurs
        autorisés. Pourtant les deux derniers mails de commande sont encore
        passés en quarantaine cette semaine.

        Je me permets donc de relancer : votre message parlait de transmettre
        au support régional pour contacter notre service informatique, où en
        est-on ?

        Sébastien Brunet
        Gestionnaire, collège Stendhal – Grenoble ({_u})

        """) + "\n" + Q("outlook", DESK, (10, 10, 9, 20), ANS_MIB, to="Brunet Sébastien",
                 subj="[#SUP-007768] Messages de commande bloqués"))

_u = U("0673385")
mail(category="mailinblack_spam", auto_reply_ok=False, uai=_u, region="grand-est", platform="esidoc",
     hard=True, lang="fr",
     notes="Two topics: e-sidoc mails held by MailInBlack (main) and a Europresse subscription ordered three "
           "days ago that is not visible yet (subscription_activation).",
     frm=("Anne Zimmermann", "anne.zimmermann@ac-strasbourg.fr"), client="thunderbird", when=(10, 16, 13, 50),
     subject="Mailinblack + abonnement Europresse",
     body=B(f"""
        Bonjour,

        Deux questions :

        - vos mails de notification e-sidoc sont systématiquement retenus par
          Mailinblack, que la collectivité vient d'installer sur la boîte du
          CDI. Quelle adresse dois-je autoriser ?

        - l'abonnement Europresse commandé lundi n'apparaît toujours pas dans
          nos ressources. Faut-il faire quelque chose de notre côté ?

        Merci,
        Anne Zimmermann
        Documentaliste, collège de Sélestat ({_u})
        """))

mib_html_rows = "".join(
    f'<tr><td style="padding:4px 8px">{htmlmod.escape(s)}</td><td style="padding:4px 8px">{htmlmod.escape(o)}</td>'
    f'<td style="padding:4px 8px">{w}</td><td><a href="https://protect.mailinblack.example/release?id={i}">Autoriser</a>'
    f' | <a href="https://protect.mailinblack.example/block?id={i}">Bloquer</a></td></tr>\n'
    for i, (s, o, w) in enumerate([
        ("no-reply@espace-acheteur.example.fr", "Nouveau mot de passe", "15/10/2025 09:12"),
        ("no-reply@espace-acheteur.example.fr", "Validation de votre compte", "15/10/2025 09:14"),
        ("info@salon-educatec.example.com", "Votre badge visiteur", "15/10/2025 11:40")], start=48211))
_u = U("9720376")
mail(category="mailinblack_spam", auto_reply_ok=True, uai=_u, region="martinique",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="HTML-only Outlook mail forwarding a Mailinblack 'rapport de quarantaine' table; the sender asks "
           "what to do. Martinique time zone.",
     frm=("Rosemond Line", "line.rosemond@ac-martinique.fr"), client="outlook_html", zone="mq",
     when=(10, 16, 7, 40), subject="TR: Rapport de quarantaine Mailinblack",
     body="(unused)",
     html=('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n'
           '<body lang="FR" link="#0563C1">\n<div class="WordSection1">\n'
           '<p class="MsoNormal">Bonjour,<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
           '<p class="MsoNormal">Je vous transf&egrave;re le rapport ci-dessous. Vos messages sont '
           'bloqu&eacute;s par Mailinblack depuis une semaine et du coup je n&#8217;arrive pas &agrave; '
           'terminer la cr&eacute;ation de mon compte. Faut-il que je clique sur &laquo;&nbsp;Autoriser'
           '&nbsp;&raquo; ou est-ce que c&#8217;est &agrave; vous de faire quelque chose&nbsp;?'
           '<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
           '<p class="MsoNormal">Line Rosemond<br>Secr&eacute;tariat d&#8217;intendance<br>'
           f'Coll&egrave;ge Tartane, La Trinit&eacute; &#8211; {_u}<o:p></o:p></p>\n'
           '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
           '<p class="MsoNormal"><b>De&nbsp;:</b> Mailinblack &lt;notification@protect.mailinblack.example&gt;'
           '<br><b>Envoy&eacute;&nbsp;:</b> jeudi 16 octobre 2025 06:00<br><b>&Agrave;&nbsp;:</b> Rosemond Line'
           '<br><b>Objet&nbsp;:</b> Rapport de quarantaine Mailinblack<o:p></o:p></p>\n</div>\n'
           '<p class="MsoNormal"><b>Rapport de quarantaine</b> &#8211; 3 messages en attente<o:p></o:p></p>\n'
           '<table border="0" cellpadding="0" style="font-size:10pt">\n'
           '<tr><th>Exp&eacute;diteur</th><th>Objet</th><th>Re&ccedil;u le</th><th></th></tr>\n'
           + mib_html_rows +
           '</table>\n<p class="MsoNormal" style="color:#888888">Message g&eacute;n&eacute;r&eacute; '
           'automatiquement &#8211; ne pas r&eacute;pondre.<o:p></o:p></p>\n</div>\n</body>\n</html>\n'))

mail(category="mailinblack_spam", auto_reply_ok=True, uai=None, region="grand-est", platform=None,
     hard=False, lang="fr",
     notes="SMS style from a phone, product misspelled 'mailinblak'; no platform named; region from "
           "ac-reims.fr.",
     frm=("Mélanie Gobert", "melanie.gobert@ac-reims.fr"), client="android_outlook", when=(10, 20, 12, 58),
     subject="vos mails",
     body=B("""
        bjr, vos mails sont bloqués par mailinblak chez nous, vous pouvez m
        envoyer la marche a suivre ? thx

        Obtenir Outlook pour Android
        """))

_u = U("0070214")
mail(category="mailinblack_spam", auto_reply_ok=True, uai=_u, region="auvergne-rhone-alpes",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="Clicked 'Autoriser' in the MailInBlack notice, yet the following mails are still held.",
     frm=("Vincent Teyssier", "vincent.teyssier@lycee-aubenas.example.fr"), client="thunderbird",
     when=(10, 22, 9, 33), subject="MailInBlack : autorisé mais toujours bloqué",
     body=B(f"""
        Bonjour,

        Il y a dix jours j'ai cliqué sur « Autoriser » pour
        no-reply@espace-acheteur.example.fr dans le rapport MailInBlack. Depuis,
        les nouveaux messages de l'Espace Acheteur continuent d'arriver dans la
        quarantaine. Est-ce que vous utilisez plusieurs adresses d'envoi ?

        Vincent Teyssier
        Gestionnaire, lycée Marcel-Gimond, Aubenas ({_u})
        """))

_u = U("0571386")
mail(category="mailinblack_spam", auto_reply_ok=True, uai=_u, region="grand-est",
     platform="espace_acheteur", hard=True, lang="fr",
     notes="Secretariat writes from the ce.<UAI> address and pastes the MailInBlack digest into the body "
           "(no forward header): the UAI comes from the sender address.",
     frm=("Secrétariat Collège Jean-Moulin", f"ce.{_u}@ac-nancy-metz.fr"), client="zimbra",
     when=(10, 7, 11, 11), subject="messages en attente",
     body=B("""
        Bonjour,

        Voici ce que nous recevons chaque jour dans la boîte de l'établissement
        (copié-collé ci-dessous). Faut-il autoriser ces adresses ?

        Le secrétariat
        Collège Jean-Moulin – Forbach

        ----------------------------------------
        """) + "\n" + mib_digest("Secrétariat", [
            ("no-reply@espace-acheteur.example.fr", "Votre commande a été expédiée", "06/10/2025 17:02"),
            ("no-reply@espace-acheteur.example.fr", "Un compte est en attente de validation", "06/10/2025 17:45"),
        ], "mardi 7 octobre 2025"))

_u = U("9730921")
mail(category="mailinblack_spam", auto_reply_ok=True, uai=_u, region="guyane",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="'MIB Protect' (Mailinblack) installed by the collectivité's IT holds the Espace Acheteur "
           "mails. Guyane time zone.",
     frm=("Kévin Karam", "kevin.karam@ac-guyane.fr"), client="outlook", zone="gf", when=(10, 23, 9, 5),
     subject="Blocage par MIB Protect",
     body=B(f"""
        Bonjour,

        La CTG a déployé « MIB Protect » de Mailinblack sur les boîtes de
        gestion des lycées. Résultat : aucun message de l'Espace Acheteur ne me
        parvient sans que je passe par la quarantaine, et parfois je les rate.

        Pourriez-vous m'envoyer la procédure d'autorisation, et éventuellement
        voir avec la CTG pour une autorisation globale ?

        Kévin Karam
        Adjoint gestionnaire – Lycée Melkior-Garré, Cayenne ({_u})
        """))

_u = U("0510774")
mail(category="mailinblack_spam", auto_reply_ok=True, uai=_u, region="grand-est",
     platform="espace_acheteur", hard=True, lang="fr",
     notes="Apple Mail forward of a Mailinblack digest mixing newsletters and one Espace Acheteur mail; she "
           "asks whether the held no-reply message is really from the desk before releasing it.",
     frm=("Claire Poncelet", "claire.poncelet@ac-reims.fr"), client="apple_mac", when=(10, 21, 17, 25),
     subject="Fwd: Messages en attente - est-ce vous ?",
     body=B(f"""
        Bonjour,

        Dans la liste ci-dessous, le message « no-reply@espace-acheteur » est-il
        bien de chez vous ? On nous a tellement prévenus contre l'hameçonnage
        que je n'ose plus rien débloquer dans Mailinblack.

        Claire Poncelet
        Collège Trois-Fontaines, Reims – {_u}

        """) + "\n" + Q("fwd_apple", "Mailinblack <notification@protect.mailinblack.example>", (10, 21, 7, 0),
                 mib_digest("Claire Poncelet", [
                     ("offres@papeterie-express.example.com", "Rentrée : dernières remises", "20/10/2025 10:11"),
                     ("no-reply@espace-acheteur.example.fr", "Bienvenue sur l'Espace Acheteur", "20/10/2025 14:37"),
                     ("webinaire@edtech-news.example.com", "Replay : l'IA au CDI", "20/10/2025 18:00"),
                 ], "mardi 21 octobre 2025"), to="Claire Poncelet <claire.poncelet@ac-reims.fr>",
                 subj="Messages en attente de validation"))

# --------------------------------------------------------------------------
# automated
# --------------------------------------------------------------------------


def our_message(to_name: str, to_addr: str, ticket: str, subject: str, when, text: str,
                zone="metro") -> tuple[str, str]:
    """One of the desk's own outgoing messages (returned inside bounces)."""
    dt = mkdt(when, zone)
    mid = f"<{ticket}.{int(dt.timestamp())}.{''.join(rng.choice('0123456789abcdef') for _ in range(6))}@assistance.example.fr>"
    raw = (f"From: {DESK}\nTo: {fmt_addr(to_name, to_addr)}\nSubject: {enc_header(f'[#{ticket}] {subject}')}\n"
           f"Date: {email.utils.format_datetime(dt)}\nMessage-ID: {mid}\nAuto-Submitted: auto-replied\n"
           f"MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
           f"Content-Transfer-Encoding: quoted-printable\n\n" + encode_body(text, "utf-8", "quoted-printable"))
    return raw, mid


def report_dsn(reporting_mta: str, arrival: datetime, recipients, human: str, returned: str,
               headers_only=False, bkind="generic") -> tuple[str, str]:
    blocks = [f"Reporting-MTA: dns; {reporting_mta}\nArrival-Date: {email.utils.format_datetime(arrival)}"]
    for rcpt, action, status, diag in recipients:
        blocks.append(f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
                      f"Action: {action}\nStatus: {status}\nDiagnostic-Code: {diag}")
    parts = [f"Content-Description: Notification\nContent-Type: text/plain; charset=\"utf-8\"\n"
             f"Content-Transfer-Encoding: 8bit\n\n{human}",
             "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
             + "\n\n".join(blocks) + "\n"]
    if headers_only:
        parts.append("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
                     + returned.split("\n\n", 1)[0] + "\n")
    else:
        parts.append("Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + returned)
    ct, body = multipart("report", parts, bkind, extra=" report-type=delivery-status;")
    return ct, "This is a MIME-encapsulated message.\n\n" + body


def report_mdn(human: str, reporting_ua: str, final_rcpt: str, orig_mid: str,
               disposition="manual-action/MDN-sent-manually; displayed") -> tuple[str, str]:
    parts = [f"Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n{human}",
             "Content-Type: message/disposition-notification\n\n"
             f"Reporting-UA: {reporting_ua}\nFinal-Recipient: rfc822;{final_rcpt}\n"
             f"Original-Message-ID: {orig_mid}\nDisposition: {disposition}\n"]
    return multipart("report", parts, "generic", extra=" report-type=disposition-notification;")


def plain(text: str, charset="utf-8", cte="8bit") -> tuple[str, str]:
    hdr, _, body = text_part(text, "plain", charset, cte).partition("\n\n")
    ct = hdr.split("\n")[0][len("Content-Type: "):]
    return ct, body


def plain_headers(cte="8bit") -> list[str]:
    return [f"Content-Transfer-Encoding: {cte}"]


mail(category="automated", auto_reply_ok=False, uai=None, region="grand-est", platform=None, hard=False,
     lang="fr",
     notes="Academic Zimbra vacation reply for the Toussaint holidays: 'Auto-Submitted: auto-replied "
           "(zimbra; vacation)'. Region from the ac-strasbourg.fr sender.",
     frm=("Marie Roth", "marie.roth@ac-strasbourg.fr"), client="zimbra", when=(10, 20, 9, 14),
     subject="Re: [#SUP-007821] Affichage des nouveautés",
     thread=("SUP-007821", (10, 20, 9, 13)),
     headers=["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk"],
     body=B("""
        Bonjour,

        Je suis absente jusqu'au lundi 3 novembre inclus (vacances de la
        Toussaint). Votre message ne sera pas transféré.

        Pour toute urgence concernant le CDI, merci de contacter le secrétariat
        de l'établissement.

        Marie Roth
        Professeure documentaliste
        """))

mail(category="automated", auto_reply_ok=False, uai=None, region=None, platform=None, hard=False,
     lang="fr",
     notes="Exchange Online out-of-office in French ('Réponse automatique :'), with Auto-Submitted: "
           "auto-generated and X-Auto-Response-Suppress; collectivité domain, no region.",
     frm=("CHAPUIS Bernard", "bernard.chapuis@auvergnerhonealpes.example.fr"), client="owa",
     when=(10, 24, 17, 2), subject="Réponse automatique : [#SUP-007866] Comptes Espace Acheteur des lycées",
     thread=("SUP-007866", (10, 24, 17, 1)),
     headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
              "X-MS-Exchange-Inbox-Rules-Loop: bernard.chapuis@auvergnerhonealpes.example.fr"],
     body=B("""
        Bonjour,

        Je suis absent du bureau du 25 octobre au 2 novembre inclus, sans accès
        à ma messagerie.

        Pour les questions relatives aux achats des lycées, merci d'écrire à
        achats-lycees@auvergnerhonealpes.example.fr.

        Bernard Chapuis
        Direction des lycées – Service achats
        """))

_ret, _mid = our_message("Christine Dufour", "c.dufour@lycee-du-parc-lyon.example.fr", "SUP-007779",
                         "Accès administrateur e-sidoc", (10, 15, 10, 0), B("""
    Bonjour,

    Suite à la demande écrite du chef d'établissement, l'accès administrateur
    de votre portail a été transféré. Ce message vous en informe.

    Cordialement,
    L'équipe d'assistance
    """))
_arr = mkdt((10, 15, 10, 0))
mail(category="automated", auto_reply_ok=False, uai=None, region=None, platform=None, hard=False,
     lang="en",
     notes="Postfix bounce (multipart/report delivery-status, null Return-Path): the desk's notice to a "
           "departed librarian whose mailbox was deleted.",
     frm=("Mail Delivery System", "MAILER-DAEMON@mail.lycee-du-parc-lyon.example.fr"), client="raw",
     when=(10, 15, 10, 0), return_path="<>", no_submission_hop=True,
     auth="dkim=none;\n\tspf=pass smtp.helo=mail.lycee-du-parc-lyon.example.fr;\n\tdmarc=none",
     to=[("Assistance", SUPPORT)], subject="Undelivered Mail Returned to Sender",
     headers=["Auto-Submitted: auto-replied"],
     mime=report_dsn("mail.lycee-du-parc-lyon.example.fr", _arr,
                     [("c.dufour@lycee-du-parc-lyon.example.fr", "failed", "5.1.1",
                       'X-Postfix; unknown user: "c.dufour"')],
                     B("""
                        This is the mail system at host mail.lycee-du-parc-lyon.example.fr.

                        I'm sorry to have to inform you that your message could not
                        be delivered to one or more recipients. It's attached below.

                        For further assistance, please send mail to postmaster.

                                           The mail system

                        <c.dufour@lycee-du-parc-lyon.example.fr>: unknown user: "c.dufour"
                        """), _ret))

_ret, _mid = our_message("Sylvain Bouvier", "sylvain.bouvier@clg-montluel.example.fr", "SUP-007801",
                         "Mail d'activation non reçu", (10, 16, 14, 5), ANS_JUNK)
mail(category="automated", auto_reply_ok=False, uai=None, region=None, platform=None, hard=False,
     lang="fr",
     notes="Exchange Online non-delivery report in French ('Non remis :'), multipart/report with the "
           "original message's headers only.",
     frm=("Microsoft Outlook", "postmaster@clg-montluel.example.fr"), client="raw", when=(10, 16, 14, 6),
     return_path="<>", no_submission_hop=True,
     mta=("EUR03-AM7-obe.outbound.protection.outlook.com", "40.107.105.88"),
     auth="dkim=pass (2048-bit key) header.d=clg-montluel.example.fr;\n\tspf=pass "
          "smtp.helo=EUR03-AM7-obe.outbound.protection.outlook.com;\n\tdmarc=none",
     subject="Non remis : [#SUP-007801] Mail d'activation non reçu",
     headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"],
     mime=report_dsn("AM7PR02MB5761.eurprd02.prod.outlook.com", mkdt((10, 16, 14, 5)),
                     [("sylvain.bouvier@clg-montluel.example.fr", "failed", "5.2.2",
                       "smtp; 552 5.2.2 STOREDRV.Deliver; mailbox full")],
                     B("""
                        Votre message n'a pas pu être remis à sylvain.bouvier@clg-montluel.example.fr
                        car la boîte aux lettres du destinataire est pleine.

                        Que dois-je faire ?
                        Essayez de renvoyer le message plus tard, ou contactez le destinataire
                        par un autre moyen.

                        Pour les administrateurs de messagerie : 552 5.2.2 STOREDRV.Deliver; mailbox full
                        """), _ret, headers_only=True))

mail(category="automated", auto_reply_ok=False, uai=None, region="guadeloupe", platform=None,
     hard=False, lang="fr",
     notes="Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region "
           "from the ac-guadeloupe.fr sender.",
     frm=("Théodore Rony", "rony.theodore@ac-guadeloupe.fr"), client="raw", zone="gp",
     when=(10, 8, 7, 55), subject="Lu : [#SUP-007733] Clôture compte administrateur e-sidoc",
     headers=["X-Mailer: Microsoft Outlook 16.0"],
     mime=report_mdn(B("""
        Votre message

          À : Théodore Rony
          Objet : [#SUP-007733] Clôture compte administrateur e-sidoc
          Envoyé : mardi 7 octobre 2025 17:40:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

        a été lu le mercredi 8 octobre 2025 07:55:31 (UTC-04:00) Georgetown, La Paz, Manaus, San Juan.
        """), "Microsoft Outlook 16.0", "rony.theodore@ac-guadeloupe.fr",
        "<SUP-007733.1759851612.a41c0e@assistance.example.fr>"))

mail(category="automated", auto_reply_ok=False, uai=None, region=None, platform=None, hard=True,
     lang="fr",
     notes="A MailInBlack sender-authentication challenge sent TO the desk after it wrote to a protected "
           "school mailbox: machine-generated (Auto-Submitted), names MailInBlack, but it is not a person "
           "asking for the allow-list guide. Never answer it (clicking the link is an operator's choice).",
     frm=("Mailinblack pour e.ramassamy@lycee-baimbridge.example.fr", "challenge@protect.mailinblack.example"),
     client="raw", zone="gp", when=(10, 14, 9, 3), return_path="<bounce-chl-8812@protect.mailinblack.example>",
     subject="Votre message est en attente : merci de vous authentifier",
     headers=["Auto-Submitted: auto-replied", "X-Mailinblack-Type: challenge", "Precedence: bulk",
              "In-Reply-To: <SUP-007792.1760446980.3be90a@assistance.example.fr>"],
     body=B("""
        Bonjour,

        Vous avez envoyé un message à e.ramassamy@lycee-baimbridge.example.fr.
        Cette adresse est protégée par Mailinblack.

        Pour que votre message soit délivré, merci de confirmer que vous êtes
        un humain en cliquant sur le lien ci-dessous (une seule fois) :

        https://protect.mailinblack.example/auth?c=8812f0a7c41e

        Sans action de votre part sous 15 jours, votre message sera supprimé.

        Ceci est un message automatique, merci de ne pas y répondre.
        """))

mail(category="automated", auto_reply_ok=False, uai=None, region=None, platform=None, hard=False,
     lang="en",
     notes="Thunderbird return receipt in English ('Return Receipt (displayed)'), multipart/report "
           "disposition-notification.",
     frm=("Office - Bilingual School", "office@bilingual-school-grenoble.example.org"), client="raw",
     when=(10, 13, 15, 30), subject="Return Receipt (displayed) - [#SUP-007788] Your quote request",
     headers=["User-Agent: Mozilla Thunderbird"],
     mime=report_mdn(B("""
        This is a Return Receipt for the mail that you sent to office@bilingual-school-grenoble.example.org.

        Note: This Return Receipt only acknowledges that the message was displayed on the recipient's
        computer. There is no guarantee that the recipient has read or understood the message contents.
        """), "Mozilla Thunderbird; Thunderbird", "office@bilingual-school-grenoble.example.org",
        "<SUP-007788.1760359200.c0ffee@assistance.example.fr>",
        "manual-action/MDN-sent-manually; displayed"))

mail(category="automated", auto_reply_ok=False, uai=None, region=None, platform="ticket_portal",
     hard=False, lang="fr",
     notes="Ticket-portal notification: a ticket the desk opened with a supplier was answered. "
           "Auto-Submitted: auto-generated.",
     frm=("Portail d'assistance", "notifications@portail-tickets.example.fr"), client="raw",
     when=(10, 10, 11, 45), return_path="<bounces+48213@portail-tickets.example.fr>",
     subject="[Ticket #48213] Nouvelle réponse : Export des notices impossible",
     headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
     body=B("""
        Bonjour,

        Une nouvelle réponse a été ajoutée au ticket #48213
        « Export des notices impossible ».

        Statut : En attente de votre retour
        Priorité : Normale

        Consultez le ticket : https://portail-tickets.example.fr/tickets/48213

        --
        Ce message a été envoyé automatiquement, merci de ne pas y répondre.
        """))

_u = U("0420934")
mail(category="automated", auto_reply_ok=False, uai=_u, region="auvergne-rhone-alpes",
     platform="espace_acheteur", hard=True, lang="fr",
     notes="No-reply notification to the desk (administrator of structures without one): an account "
           "awaits validation. Auto-Submitted: auto-generated. The structure's UAI is in the body, so it is "
           "the entity (region from it).",
     frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), client="raw", when=(10, 14, 6, 30),
     return_path="<no-reply@espace-acheteur.example.fr>",
     subject="Un compte est en attente de validation",
     headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"],
     body=B(f"""
        Bonjour,

        Un nouvel utilisateur a demandé l'accès à une structure dont vous êtes
        administrateur.

          Structure : Lycée Albert-Camus – Firminy (UAI {_u})
          Utilisateur : Nadia Fayolle <nadia.fayolle@ac-lyon.fr>
          Date de la demande : 13/10/2025 18:12

        Pour valider ou refuser cette demande, connectez-vous à votre espace
        administrateur.

        L'Espace Acheteur
        Ce message est envoyé automatiquement, merci de ne pas y répondre.
        """))

mail(category="automated", auto_reply_ok=False, uai=None, region=None, platform="esignature", hard=True,
     lang="fr",
     notes="E-signature 'document signé' notification for a convention: transactional mail without "
           "Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic.",
     frm=("Signature électronique", "noreply@esignature.example.com"), client="raw", when=(10, 21, 16, 3),
     return_path="<bounce@esignature.example.com>",
     subject="Document signé : Convention d'adhésion 2025-2028 - Lycée Bazin",
     html=None, layout="alt",
     body=B("""
        Bonjour,

        Le document « Convention d'adhésion 2025-2028 - Lycée Bazin » a été signé
        par tous les participants.

        Signataires :
          - Romain Stoll (signé le 21/10/2025 15:58)
          - Assistance – centrale d'achat (signé le 21/10/2025 16:02)

        Vous pouvez télécharger le document signé et son certificat de preuve
        pendant 30 jours :
        https://esignature.example.com/d/7Qm2xK9a

        Ce message a été envoyé par la plateforme de signature électronique.
        """))

mail(category="automated", auto_reply_ok=False, uai=None, region="auvergne-rhone-alpes", platform="esidoc",
     hard=True, lang="fr",
     notes="A librarian's real question about the e-sidoc password, but posted to an academic mailing list "
           "the desk is subscribed to (List-Id, Precedence: list): not written to the desk, never answered. "
           "Region from the ac-grenoble.fr sender.",
     frm=("Hélène Gay", "helene.gay@ac-grenoble.fr"), client="thunderbird", when=(10, 9, 12, 14),
     to=[("", "doc-cdi@listes.ac-grenoble.fr")],
     subject="[doc-cdi] Récupérer le mot de passe e-sidoc après un départ ?",
     headers=["List-Id: Professeurs documentalistes de l'academie <doc-cdi.listes.ac-grenoble.fr>",
              "List-Post: <mailto:doc-cdi@listes.ac-grenoble.fr>",
              "List-Unsubscribe: <mailto:sympa@listes.ac-grenoble.fr?subject=unsubscribe%20doc-cdi>",
              "Precedence: list", "Sender: doc-cdi-request@listes.ac-grenoble.fr"],
     body=B("""
        Bonjour à tous,

        Ma collègue est partie sans me laisser le mot de passe d'administration
        d'e-sidoc. Quelqu'un a-t-il déjà eu le cas ? Faut-il passer par le chef
        d'établissement ou le support envoie-t-il un lien directement ?

        Merci pour vos retours,
        Hélène Gay
        Collège Jean-Rostand, Moirans

        _______________________________________________
        doc-cdi mailing list
        https://listes.ac-grenoble.fr/sympa/info/doc-cdi
        """))

mail(category="automated", auto_reply_ok=False, uai=None, region=None, platform=None, hard=False,
     lang="fr",
     notes="Marketing newsletter from a publisher: List-Id, List-Unsubscribe (one-click), Precedence: bulk; "
           "HTML with a text part.",
     frm=("Éditions du Préau", "newsletter@editions-preau.example.com"), client="raw", when=(10, 7, 6, 0),
     return_path="<bounce-nl-2025-10@editions-preau.example.com>", layout="alt",
     subject="Octobre au CDI : nos nouveautés et un webinaire « Fake news »",
     headers=["List-Id: Lettre des CDI <cdi.editions-preau.example.com>",
              "List-Unsubscribe: <https://editions-preau.example.com/u/8f2c1a>, "
              "<mailto:unsubscribe@editions-preau.example.com?subject=8f2c1a>",
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk",
              "X-Mailer: Sendinblue"],
     body=B("""
        La lettre des CDI – octobre 2025

        Six semaines après la rentrée, faites le point avec nos nouveautés :
        - « Vrai ou faux ? » : 40 fiches d'éducation aux médias pour le collège
        - Le prix des lecteurs 2026 : la sélection est en ligne
        - Webinaire le 13 novembre à 17 h : « Repérer une infox avec ses élèves »

        Vous recevez ce message car vous êtes inscrit à la lettre des CDI.
        Se désinscrire : https://editions-preau.example.com/u/8f2c1a
        """))

mail(category="automated", auto_reply_ok=False, uai=None, region=None, platform=None, hard=False,
     lang="en",
     notes="English Gmail vacation responder (Auto-Submitted: auto-replied) from an exchange teacher.",
     frm=("Oliver Hughes", "oliver.hughes.teach@gmail.com"), client="gmail", when=(10, 18, 8, 2),
     subject="Re: [#SUP-007815] Your access to the school portal",
     thread=("SUP-007815", (10, 18, 8, 1)),
     headers=["Auto-Submitted: auto-replied"],
     body=B("""
        Hi,

        Thanks for your email. I'm away on a school trip with Year 10 until
        Friday 24 October with limited access to email. I'll reply when I'm
        back.

        Oliver
        """))

mail(category="automated", auto_reply_ok=False, uai=None, region="martinique", platform=None, hard=True,
     lang="fr",
     notes="Out-of-office sent by a client-side rule during a school trip: no Auto-Submitted, no "
           "Precedence, no In-Reply-To; only the wording shows it is automatic. Region from the "
           "ac-martinique.fr sender.",
     frm=("Stéphanie Bélénus", "stephanie.belenus@ac-martinique.fr"), client="outlook", zone="mq",
     when=(10, 14, 13, 20), subject="Absente - voyage scolaire",
     body=B("""
        Bonjour,

        Je suis actuellement en voyage scolaire à la Dominique avec les élèves
        de 4e, jusqu'au vendredi 17 octobre, et je ne consulterai pas ma
        messagerie.

        Pour toute question urgente, adressez-vous à la vie scolaire du collège.

        Ceci est une réponse automatique.

        Stéphanie Bélénus
        CPE
        """))

mail(category="automated", auto_reply_ok=False, uai=None, region="guyane", platform=None, hard=False,
     lang="en",
     notes="Exim bounce as plain text with X-Failed-Recipients and Auto-Submitted, null Return-Path. The "
           "ac-guyane.fr sender domain gives the region.",
     frm=("Mail Delivery System", "Mailer-Daemon@ac-guyane.fr"), client="raw", zone="gf",
     when=(10, 22, 10, 31), return_path="<>", no_submission_hop=True,
     auth="dkim=none;\n\tspf=pass smtp.helo=smtp2.ac-guyane.fr;\n\tdmarc=none",
     subject="Mail delivery failed: returning message to sender",
     headers=["X-Failed-Recipients: m.adaide@ac-guyane.fr", "Auto-Submitted: auto-replied"],
     body=B("""
        This message was created automatically by mail delivery software.

        A message that you sent could not be delivered to one or more of its
        recipients. This is a permanent error. The following address(es) failed:

          m.adaide@ac-guyane.fr
            mailbox is inactive (account closed)

        ------ This is a copy of the message, including all the headers. ------

        From: Assistance <support@assistance.example.fr>
        To: m.adaide@ac-guyane.fr
        Subject: [#SUP-007840] Abonnement Europresse
        Date: Wed, 22 Oct 2025 15:30:44 +0200
        Auto-Submitted: auto-replied

        Bonjour,

        Une ressource commandée est activée dans un délai de 72 heures...
        """))

mail(category="automated", auto_reply_ok=False, uai=None, region=None, platform=None, hard=False,
     lang="en",
     notes="Delay warning from the desk's own relay ('Delayed Mail (still being retried)', Action: "
           "delayed): not a failure, still automatic.",
     frm=("Mail Delivery System", "MAILER-DAEMON@relay.assistance.example.fr"), client="raw",
     when=(10, 17, 21, 5), return_path="<>", no_submission_hop=True,
     mta=("relay.assistance.example.fr", "192.0.2.25"),
     auth="dkim=none;\n\tspf=pass smtp.helo=relay.assistance.example.fr;\n\tdmarc=none",
     subject="Delayed Mail (still being retried)",
     headers=["Auto-Submitted: auto-replied"],
     mime=report_dsn("relay.assistance.example.fr", mkdt((10, 17, 17, 2)),
                     [("cdi@college-marie-galante.example.fr", "delayed", "4.4.1",
                       "X-Postfix; connect to mx.college-marie-galante.example.fr[198.51.100.77]:25: "
                       "Connection timed out")],
                     B("""
                        This is the mail system at host relay.assistance.example.fr.

                        ####################################################################
                        # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
                        ####################################################################

                        Your message could not be delivered for more than 4 hour(s).
                        It will be retried until it is 5 day(s) old.
                        """),
                     our_message("", "cdi@college-marie-galante.example.fr", "SUP-007809",
                                 "Mot de passe e-sidoc", (10, 17, 17, 2),
                                 ANS_RESET_SENT.format(masked="c***@college-****.fr"))[0],
                     headers_only=True))

mail(category="automated", auto_reply_ok=False, uai=None, region="grand-est", platform=None, hard=False,
     lang="fr",
     notes="Another help desk's acknowledgement (académie assistance platform) of a message the desk sent "
           "it: Auto-Submitted and X-Loop; answering would start a mail loop. Region from ac-reims.fr.",
     frm=("Assistance académique", "assistance@ac-reims.fr"), client="raw", when=(10, 15, 11, 2),
     return_path="<assistance@ac-reims.fr>",
     subject="[Assistance ac-reims #2025101500412] Accusé de réception : Comptes e-sidoc des collèges",
     headers=["Auto-Submitted: auto-replied", "X-Loop: assistance@ac-reims.fr", "Precedence: bulk",
              "X-Auto-Response-Suppress: All"],
     body=B("""
        Bonjour,

        Votre demande a bien été enregistrée sous le numéro 2025101500412.
        Elle sera traitée par nos services dans les meilleurs délais.

        Merci de conserver ce numéro dans l'objet de vos prochains échanges.

        Plateforme d'assistance de l'académie de Reims
        Ce message est généré automatiquement.
        """))

_ret, _mid = our_message("Anne Mézin", "anne.mezin@cc-savoie-mont-blanc.example.fr", "SUP-007851",
                         "Your request", (10, 23, 9, 0), B("""
    Bonjour,

    Nous avons bien reçu votre demande et revenons vers vous rapidement.

    L'équipe d'assistance
    """))
mail(category="automated", auto_reply_ok=False, uai=None, region=None, platform=None, hard=False,
     lang="en",
     notes="English Exchange NDR ('Undeliverable:'), recipient mailbox full, multipart/report with the "
           "returned message.",
     frm=("Microsoft Outlook", "postmaster@cc-savoie-mont-blanc.example.fr"), client="raw",
     when=(10, 23, 9, 1), return_path="<>", no_submission_hop=True,
     mta=("EUR02-VI1-obe.outbound.protection.outlook.com", "40.107.6.101"),
     auth="dkim=none;\n\tspf=pass smtp.helo=EUR02-VI1-obe.outbound.protection.outlook.com;\n\tdmarc=none",
     subject="Undeliverable: [#SUP-007851] Your request",
     headers=["Auto-Submitted: auto-replied"],
     mime=report_dsn("VI1PR02MB6120.eurprd02.prod.outlook.com", mkdt((10, 23, 9, 0)),
                     [("anne.mezin@cc-savoie-mont-blanc.example.fr", "failed", "5.2.2",
                       "smtp; 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException")],
                     B("""
                        Your message to anne.mezin@cc-savoie-mont-blanc.example.fr couldn't be delivered.

                        anne.mezin's mailbox is full.

                        Action Required
                        Try again later, or contact the recipient by another means.
                        """), _ret))

_u = U("9720188")
mail(category="automated", auto_reply_ok=False, uai=_u, region="martinique", platform=None, hard=True,
     lang="fr",
     notes="Out-of-office of a school office (ce.<UAI> address) during the Toussaint holidays that "
           "mentions passwords ('mots de passe ENT'); Auto-Submitted is present. The UAI comes from the "
           "address.",
     frm=("Secrétariat Collège Petit-Bourg", f"ce.{_u}@ac-martinique.fr"), client="zimbra", zone="mq",
     when=(10, 27, 8, 12), subject="Re: [#SUP-007872] Accès administrateur portail",
     thread=("SUP-007872", (10, 27, 8, 10)),
     headers=["Auto-Submitted: auto-replied (zimbra; vacation)"],
     body=B("""
        Bonjour,

        Le secrétariat est fermé pendant les congés de la Toussaint. Réouverture
        le lundi 3 novembre à 7 h 00.

        Pour les mots de passe ENT des élèves et des familles, merci de vous
        adresser au professeur principal à la rentrée.

        Le secrétariat
        """))

mail(category="automated", auto_reply_ok=False, uai=None, region=None, platform=None, hard=True,
     lang="fr",
     notes="Chorus Pro-style notification that an invoice was made available: a no-reply transactional "
           "mail with only X-Auto-Response-Suppress; mentions an invoice but nobody asks anything "
           "(not order_billing).",
     frm=("Chorus Pro", "ne-pas-repondre@chorus-pro.example.gouv.fr"), client="raw", when=(10, 21, 4, 12),
     return_path="<ne-pas-repondre@chorus-pro.example.gouv.fr>",
     subject="Chorus Pro - Mise à disposition d'une facture",
     headers=["X-Auto-Response-Suppress: All"],
     body=B("""
        Bonjour,

        Une facture a été mise à disposition dans votre espace Chorus Pro.

          Numéro de facture : FA-2025-10-00917
          Émetteur : CENTRALE D'ACHAT – SERVICE FACTURATION
          Montant TTC : 1 284,00 EUR
          Date de dépôt : 20/10/2025

        Pour la consulter, connectez-vous à Chorus Pro.

        Ceci est un message automatique, merci de ne pas y répondre.
        """))

# --------------------------------------------------------------------------
# other
# --------------------------------------------------------------------------

mail(category="other", auto_reply_ok=False, uai=None, region="auvergne-rhone-alpes", platform="esidoc",
     hard=True, lang="fr",
     notes="Thanks only, quoting the reset answer (Thunderbird): 'mot de passe' and 'lien' appear but "
           "nothing is asked. No UAI; region from ac-clermont.fr.",
     frm=("Odile Vidal", "odile.vidal@ac-clermont.fr"), client="thunderbird", when=(10, 7, 8, 40),
     subject="Re: [#SUP-007741] Mot de passe e-sidoc",
     thread=("SUP-007741", (10, 6, 17, 5)),
     body=B("""
        Bonjour,

        C'est réglé, le lien est bien arrivé sur la boîte du collège et j'ai pu
        choisir un nouveau mot de passe. Merci beaucoup pour la rapidité !

        Bonne journée,
        Odile Vidal

        """) + "\n" + Q("tb", "Assistance", (10, 6, 17, 5), ANS_RESET_SENT.format(masked="c***@ac-****.fr")))

mail(category="other", auto_reply_ok=False, uai=None, region=None, platform=None, hard=True, lang="fr",
     notes="Phishing: 'votre boîte académique est pleine, confirmez votre mot de passe'. Mentions a "
           "password but is not password_reset; the look-alike domain ac-lyon-webmail.net is not an "
           "académie domain, so no region.",
     frm=("Messagerie académique", "support@ac-lyon-webmail.net"), client="raw", when=(10, 11, 3, 17),
     auth="dkim=none;\n\tspf=softfail smtp.mailfrom=ac-lyon-webmail.net;\n\tdmarc=fail (p=none dis=none) "
          "header.from=ac-lyon-webmail.net",
     layout="html", cte="quoted-printable",
     subject="Alerte : votre boîte aux lettres a atteint 98 % de son quota",
     html=('<html><body style="font-family:Arial">\n<p><b>Messagerie académique – Alerte quota</b></p>\n'
           '<p>Cher utilisateur,</p>\n<p>Votre boîte aux lettres a atteint <b>98&nbsp;%</b> de son quota. '
           'Les nouveaux messages seront rejetés sous 24&nbsp;heures.</p>\n'
           '<p>Pour éviter la suspension de votre compte, confirmez votre identifiant et votre mot de passe '
           'en cliquant ci-dessous :</p>\n'
           '<p><a href="http://ac-lyon-webmail.net/quota/confirm.php">AUGMENTER MON QUOTA</a></p>\n'
           '<p>Service informatique<br>Académie de Lyon</p>\n</body></html>\n'),
     body="")

mail(category="other", auto_reply_ok=False, uai=None, region=None, platform=None, hard=False, lang="fr",
     notes="A parent asks about paying for a school trip: wrong address, unrelated to the services.",
     frm=("Sabrina Moreau", "sabrina.moreau69@hotmail.fr"), client="owa", when=(10, 12, 20, 40),
     subject="paiement voyage ski",
     body=B("""
        Bonjour,

        Mon fils est en 5e B et part au ski en janvier. Je n'arrive pas à payer
        le voyage en ligne, le site me dit « paiement refusé ». Est-ce que je
        peux payer en plusieurs fois par chèque ? À qui dois-je le donner ?

        Merci
        Sabrina Moreau
        """))

mail(category="other", auto_reply_ok=False, uai=None, region="grand-est", platform=None, hard=True,
     lang="fr",
     notes="Angry relaunch that never says what the original request was about ('toujours pas de "
           "réponse', no quote, no ticket reference): no category can be told. Region from ac-nancy-metz.fr.",
     frm=("Bernard Muller", "bernard.muller@ac-nancy-metz.fr"), client="thunderbird", when=(10, 16, 17, 58),
     subject="TOUJOURS PAS DE REPONSE",
     body=B("""
        Bonjour,

        J'ai écrit le 23 septembre, puis le 3 octobre. Toujours pas de réponse,
        pas même un accusé de réception. Je ne sais pas s'il y a quelqu'un
        derrière cette adresse, mais si c'est le cas, j'aimerais qu'on me
        rappelle au 03 87 00 00 00.

        C'est proprement inadmissible pour un service payé par nos
        établissements.

        B. Muller
        """))

mail(category="other", auto_reply_ok=False, uai=None, region=None, platform=None, hard=False, lang="en",
     notes="English partnership pitch from an edtech start-up (AI library assistant): unrelated sales mail "
           "written to one person.",
     frm=("Priya Raman", "priya@shelfwise-ai.example.io"), client="gmail", when=(10, 8, 16, 20),
     subject="Quick question about your school library portal",
     body=B("""
        Hi there,

        I'm Priya, co-founder of Shelfwise, an AI assistant that helps school
        librarians answer pupils' research questions 24/7. We're piloting with
        12 schools in the UK and would love to explore an integration with your
        library portal for French schools.

        Would you have 20 minutes next week for a quick call?

        Best,
        Priya Raman
        Co-founder, Shelfwise
        """))

mail(category="other", auto_reply_ok=False, uai=None, region="guyane", platform=None, hard=False,
     lang="fr",
     notes="'Bien reçu, merci' from a phone: nothing to do. Region from ac-guyane.fr.",
     frm=("Alcide Fabienne", "fabienne.alcide@ac-guyane.fr"), client="android_outlook", zone="gf",
     when=(10, 9, 11, 2), subject="RE: [#SUP-007752] Abonnement",
     thread=("SUP-007752", (10, 9, 9, 45)),
     body=B("""
        Bien reçu, merci.

        Obtenir Outlook pour Android
        """))

mail(category="other", auto_reply_ok=False, uai=None, region="guadeloupe", platform=None, hard=True,
     lang="fr",
     notes="Lost password, but for Pronote, a product the desk does not support: other (redirect), not "
           "password_reset. Region from ac-guadeloupe.fr.",
     frm=("Lollia Didier", "didier.lollia@ac-guadeloupe.fr"), client="gmail", zone="gp",
     when=(10, 13, 18, 30), subject="mot de passe pronote",
     body=B("""
        Bonsoir,

        Je n'arrive plus à me connecter à Pronote pour saisir mes notes, mon mot
        de passe ne marche plus depuis la mise à jour. Le conseil de classe est
        jeudi ! Pouvez-vous me le réinitialiser svp ?

        Didier Lollia
        Professeur de mathématiques, collège de Sainte-Anne
        """))

mail(category="other", auto_reply_ok=False, uai=None, region="auvergne-rhone-alpes",
     platform="ticket_portal", hard=False, lang="fr",
     notes="How to add a file to an existing ticket on the ticket portal: a how-to question with no category "
           "of its own.",
     frm=("Arnaud Pierre", "pierre.arnaud@ac-grenoble.fr"), client="zimbra", when=(10, 20, 14, 18),
     subject="Ajouter une pièce jointe à un ticket",
     body=B("""
        Bonjour,

        Sur le portail d'assistance, je ne trouve pas comment ajouter une
        capture d'écran à un ticket déjà ouvert (le bouton « joindre » n'existe
        qu'à la création). Faut-il en ouvrir un nouveau ?

        Merci,
        Pierre Arnaud
        """))

_u = U("0680782")
mail(category="other", auto_reply_ok=False, uai=_u, region="grand-est", platform="espace_acheteur",
     hard=True, lang="fr",
     notes="A departing gestionnaire asks to close her OWN user account on the Espace Acheteur before "
           "leaving for another académie: neither an account creation nor a head's request; a person "
           "decides (other).",
     frm=("Hoffmann Sylvie", "sylvie.hoffmann@ac-strasbourg.fr"), client="outlook", when=(10, 17, 15, 40),
     subject="Fermeture de mon compte utilisateur",
     body=B(f"""
        Bonjour,

        Je quitte le collège de Saint-Louis ({_u}) le 31 octobre pour un poste
        dans l'académie de Dijon. Je souhaiterais que mon compte utilisateur
        personnel sur l'Espace Acheteur soit fermé à cette date, pour ne plus
        recevoir les notifications de l'établissement.

        Mon successeur n'est pas encore nommé.

        Cordialement,
        Sylvie Hoffmann
        """))

mail(category="other", auto_reply_ok=False, uai=None, region="martinique", platform="esidoc", hard=False,
     lang="fr",
     notes="Asks whether a training session on e-sidoc exists for a new librarian: other.",
     frm=("Carbon Ludivine", "ludivine.carbon@ac-martinique.fr"), client="outlook", zone="mq",
     when=(10, 21, 9, 35), subject="Formation e-sidoc",
     body=B("""
        Bonjour,

        Nouvelle professeure documentaliste (je viens du second degré
        disciplinaire), je découvre e-sidoc. Proposez-vous des formations à
        distance, ou des tutoriels vidéo pour prendre en main la gestion des
        sélections et des nouveautés ? Le décalage horaire ne me gêne pas.

        Merci par avance,
        Ludivine Carbon
        """))

mail(category="other", auto_reply_ok=False, uai=None, region=None, platform=None, hard=True, lang="en",
     notes="English fake 'overdue invoice' with an HTML attachment from an unknown sender: phishing, not "
           "order_billing.",
     frm=("Accounts Receivable", "billing@invoices-secure-payment.example.net"), client="raw",
     when=(10, 15, 2, 44),
     auth="dkim=none;\n\tspf=fail smtp.mailfrom=invoices-secure-payment.example.net;\n\tdmarc=none",
     subject="OVERDUE INVOICE #INV-88213 - final notice",
     attachments=[("INV-88213.html", "text/html",
                   b"<html><body><script>location='http://invoices-secure-payment.example.net/l'</script>"
                   b"</body></html>")],
     body=B("""
        Dear customer,

        Our records show that invoice #INV-88213 (EUR 2,940.00) is now 30 days
        overdue. To avoid suspension of your services, please review the
        attached invoice and settle the amount within 48 hours.

        Accounts Receivable Department
        """))

mail(category="other", auto_reply_ok=False, uai=None, region="auvergne-rhone-alpes", platform=None,
     hard=False, lang="fr",
     notes="Personal message sent to the desk by address autocomplete. Region from ac-clermont.fr.",
     frm=("Christelle Mounier", "christelle.mounier@ac-clermont.fr"), client="apple", when=(10, 18, 10, 12),
     subject="samedi",
     body=B("""
        Coucou !

        Pour samedi c'est toujours bon ? Je ramène la tarte aux myrtilles et
        les enfants. On arrive vers midi.

        Bises
        Christelle

        Envoyé de mon iPhone
        """))

mail(category="other", auto_reply_ok=False, uai=None, region="guadeloupe", platform="espace_acheteur",
     hard=True, lang="fr",
     notes="Reply to the junk-folder answer (quoted, Gmail): she found the mail in the junk folder and it "
           "worked. Thanks only, nothing asked.",
     frm=("Nicolas Sylvestre", "nicolas.sylvestre@ac-guadeloupe.fr"), client="gmail", zone="gp",
     when=(10, 10, 7, 20), subject="Re: [#SUP-007762] Mail de confirmation",
     thread=("SUP-007762", (10, 9, 16, 0)),
     body=B("""
        Bonjour,

        C'est bon, le mail était bien dans les indésirables (honte à moi). Le
        compte est activé. Merci !

        Nicolas

        """) + "\n" + Q("gmail", DESK, (10, 9, 16, 0), ANS_JUNK))

mail(category="other", auto_reply_ok=False, uai=None, region="guadeloupe", platform=None, hard=False,
     lang="fr",
     notes="Asks by hand to be removed from the newsletter: written by a person, so not automated.",
     frm=("Cornélie Marie-Josée", "marie-josee.cornelie@ac-guadeloupe.fr"), client="zimbra", zone="gp",
     when=(10, 22, 13, 5), subject="désinscription",
     body=B("""
        Bonjour,

        Merci de me retirer de votre liste de diffusion, je reçois votre lettre
        d'information en trois exemplaires (ancienne adresse, nouvelle adresse
        et adresse du CDI) et je n'arrive pas à me désinscrire avec le lien.

        Cordialement,
        M.-J. Cornélie
        """))

mail(category="other", auto_reply_ok=False, uai=None, region=None, platform=None, hard=False, lang="en",
     notes="English SEO spam.",
     frm=("Mark Davis", "mark.davis.seo@rankboost-agency.example.com"), client="raw", when=(10, 19, 5, 33),
     subject="Your website is not ranking on Google's first page",
     body=B("""
        Hello,

        I was checking your website and noticed it is not ranking for several
        important keywords. We can get you to the first page of Google within
        30 days, guaranteed, for a one-time fee.

        Reply "YES" and I'll send you a free audit.

        Regards,
        Mark Davis
        SEO Consultant
        """))

_u = U("0380688")
mail(category="other", auto_reply_ok=False, uai=_u, region="auvergne-rhone-alpes", platform="esidoc",
     hard=False, lang="fr",
     notes="Accessibility question (screen reader, enlarged text) for a visually-impaired pupil using the "
           "e-sidoc portal: other.",
     frm=("Marion Blanc", "marion.blanc@ac-grenoble.fr"), client="thunderbird", when=(10, 15, 16, 20),
     subject="Accessibilité du portail pour une élève malvoyante",
     body=B(f"""
        Bonjour,

        Nous accueillons cette année en 6e une élève malvoyante qui utilise un
        lecteur d'écran (NVDA) et un agrandissement important. Le portail du
        CDI est-il compatible ? Existe-t-il un mode contrasté ou une
        déclaration d'accessibilité que je pourrais transmettre à
        l'enseignante référente ?

        Marion Blanc
        Professeure documentaliste, collège de Crolles ({_u})
        """))

mail(category="other", auto_reply_ok=False, uai=None, region=None, platform="esidoc", hard=False,
     lang="fr",
     notes="A master's student (MEEF documentation) asks the desk to answer a research questionnaire on "
           "school library portals: other.",
     frm=("Léa Fournier", "lea.fournier@etu.univ-grenoble-alpes.example.fr"), client="roundcube",
     when=(10, 9, 22, 10), subject="Questionnaire mémoire MEEF documentation",
     body=B("""
        Bonjour,

        Étudiante en master MEEF documentation, je prépare un mémoire sur
        l'usage des portails documentaires (e-sidoc notamment) dans les
        collèges. Accepteriez-vous de répondre à un court questionnaire (dix
        minutes) sur les demandes d'assistance les plus fréquentes ?

        Avec mes remerciements,
        Léa Fournier
        """))

# --------------------------------------------------------------------------
# account_creation
# --------------------------------------------------------------------------

_u = U("0520594")
mail(category="account_creation", auto_reply_ok=True, uai=_u, region="grand-est",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="New adjoint-gestionnaire asks how to create her Espace Acheteur account: the sign-up answer "
           "fits.",
     frm=("Laetitia Mangin", "laetitia.mangin@ac-reims.fr"), client="thunderbird", when=(10, 6, 14, 2),
     subject="Création de compte Espace Acheteur",
     body=B(f"""
        Bonjour,

        Arrivée au 1er octobre comme adjointe gestionnaire au collège
        Louise-Michel de Chaumont ({_u}), je dois passer des commandes sur
        l'Espace Acheteur. Comment créer mon compte ? Faut-il une invitation
        de quelqu'un ?

        Merci,
        Laetitia Mangin
        """))

_u = U("0011732")
mail(category="account_creation", auto_reply_ok=False, uai=_u, region="auvergne-rhone-alpes",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="Relaunch: account waiting for validation for three weeks, the structure administrator has left "
           "the school; the region must step in, so a person answers.",
     frm=("Fabien Dufour", "fabien.dufour@ac-lyon.fr"), client="gmail", when=(10, 15, 9, 5),
     subject="Re: Compte en attente de validation depuis le 24 septembre",
     body=B("""
        Bonjour,

        Je me permets de relancer : mon compte est toujours « en attente de
        validation par l'administrateur de la structure ». Or notre
        administratrice est partie en juin, personne ne peut valider. Pouvez-vous
        le faire de votre côté ?

        Fabien Dufour

        """) + "\n" + Q("gmail", "Fabien Dufour <fabien.dufour@ac-lyon.fr>", (10, 1, 10, 40), B(f"""
        Bonjour,

        J'ai créé mon compte le 24 septembre pour le lycée Lalande de
        Bourg-en-Bresse ({_u}). Il est en attente de validation. Qui valide ?

        Merci
        """)))

_u = U("9710487")
mail(category="account_creation", auto_reply_ok=False, uai=_u, region="guadeloupe",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="Asks who the structure's administrator is: needs a look-up, so a person answers.",
     frm=("Gustave Emmanuel", "emmanuel.gustave@ac-guadeloupe.fr"), client="outlook", zone="gp",
     when=(10, 14, 10, 15), subject="Qui est administrateur de notre structure ?",
     body=B(f"""
        Bonjour,

        Pour faire valider mon compte, le site me dit de contacter
        l'administrateur de la structure « Lycée des Droits de l'Homme –
        Petit-Bourg » ({_u}). Personne ici ne sait qui c'est. Pouvez-vous me
        donner son nom ?

        Cordialement,
        Emmanuel Gustave
        Agent comptable adjoint
        """))

_u = U("9720612")
mail(category="account_creation", auto_reply_ok=True, uai=_u, region="martinique",
     platform="espace_acheteur", hard=True, lang="fr",
     notes="Negation: 'je n'ai pas oublié mon mot de passe, je n'ai jamais eu de compte'. account_creation, "
           "not password_reset.",
     frm=("Monplaisir Axelle", "axelle.monplaisir@ac-martinique.fr"), client="zimbra", zone="mq",
     when=(10, 8, 9, 10), subject="Pas de compte",
     body=B(f"""
        Bonjour,

        Ma collègue me dit de « récupérer mon mot de passe » pour l'Espace
        Acheteur, mais je n'ai pas oublié mon mot de passe : je n'ai jamais eu
        de compte ! Je suis arrivée au collège du Robert ({_u}) à la rentrée.

        Comment dois-je faire pour en avoir un ?

        Axelle Monplaisir
        Secrétaire de gestion
        """))

mail(category="account_creation", auto_reply_ok=True, uai=None, region="auvergne-rhone-alpes",
     platform="esidoc", hard=False, lang="en",
     notes="English; a new librarian wants to open the customer account before a first online order; no "
           "UAI, region from ac-grenoble.fr.",
     frm=("Sarah Lindqvist", "sarah.lindqvist@ac-grenoble.fr"), client="thunderbird", when=(10, 16, 11, 22),
     subject="Opening a customer account",
     body=B("""
        Hello,

        I started as librarian at the Cité scolaire internationale in Grenoble
        this term. I'd like to order two new online subscriptions for the
        library, but I understand I first need a customer account. How do I
        open one?

        Thank you,
        Sarah Lindqvist
        """))

_u = U("9730998")
mail(category="account_creation", auto_reply_ok=False, uai=_u, region="guyane",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="A school opened at the 2025 rentrée: its UAI is not in the list when signing up; a person "
           "(sales team) must add the structure.",
     frm=("Chow-Chine Kelly", "kelly.chow-chine@ac-guyane.fr"), client="outlook", zone="gf",
     when=(10, 20, 8, 40), subject="Établissement introuvable à l'inscription",
     body=B(f"""
        Bonjour,

        Le collège de Matoury 3 a ouvert ses portes en septembre 2025. Notre
        UAI est le {_u}, mais il n'apparaît pas dans la liste des
        établissements quand je crée le compte sur l'Espace Acheteur, donc je
        ne peux pas m'inscrire.

        Comment procéder ?

        Kelly Chow-Chine
        Gestionnaire
        """))

_u = U("0681455")
mail(category="account_creation", auto_reply_ok=False, uai=_u, region="grand-est",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="Account works; the secretary asks for order-validation rights to be opened for her, with no "
           "written delegation from the head: rights to open, a person answers.",
     frm=("Jessica Bauer", "jessica.bauer@ac-strasbourg.fr"), client="owa", when=(10, 21, 13, 55),
     subject="Droits de validation des commandes",
     body=B(f"""
        Bonjour,

        Je me connecte sans problème à l'Espace Acheteur, mais je ne vois pas le
        bouton « Valider la commande », seulement « Enregistrer le panier ». Mon
        gestionnaire est absent jusqu'en décembre. Pouvez-vous m'ouvrir les
        droits de validation ?

        Jessica Bauer
        Secrétariat d'intendance – Lycée Bartholdi, Colmar ({_u})
        """))

_u = U("0631527")
mail(category="account_creation", auto_reply_ok=True, uai=_u, region="auvergne-rhone-alpes",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="Filled in the sign-up form two days ago and cannot log in: the account awaits the structure "
           "administrator (FAQ case).",
     frm=("Romain Teyssier", "romain.teyssier@ac-clermont.fr"), client="thunderbird", when=(10, 9, 16, 5),
     subject="Impossible de me connecter après inscription",
     body=B(f"""
        Bonjour,

        J'ai rempli le formulaire d'inscription mardi (lycée Virlogeux, Riom,
        {_u}). Quand j'essaie de me connecter, on me dit « compte en attente de
        validation ». C'est normal ? Combien de temps faut-il attendre ?

        Romain Teyssier
        """))

_u = U("0880745")
mail(category="account_creation", auto_reply_ok=True, uai=_u, region="grand-est", platform="esidoc",
     hard=True, lang="fr",
     notes="Written by a primary-school director from the ce.<UAI> address, but he asks how to open the "
           "school's customer account for a first order: account_creation, not a head-of-establishment "
           "request (nothing to authorise).",
     frm=("Ecole primaire du Centre - Remiremont", f"ce.{_u}@ac-nancy-metz.fr"), client="zimbra",
     when=(10, 13, 12, 15), subject="Ouverture d'un compte pour l'école",
     body=B("""
        Bonjour,

        Directeur de l'école primaire du Centre à Remiremont, je souhaiterais
        abonner notre BCD à une ressource numérique pour les CM. Nous n'avons
        jamais commandé chez vous : comment ouvrir un compte client pour
        l'école ?

        Cordialement,
        Thierry Simonin
        Directeur
        """))

# --------------------------------------------------------------------------
# subscription_activation
# --------------------------------------------------------------------------

_u = U("0681034")
mail(category="subscription_activation", auto_reply_ok=True, uai=_u, region="grand-est", platform="esidoc",
     hard=False, lang="fr",
     notes="Europresse ordered yesterday, not visible yet: within the 72-hour window.",
     frm=("Élodie Schmitt", "elodie.schmitt@ac-strasbourg.fr"), client="thunderbird", when=(10, 8, 10, 5),
     subject="Abonnement Europresse non visible",
     body=B(f"""
        Bonjour,

        Nous avons commandé hier matin l'abonnement Europresse pour le lycée
        Montaigne de Mulhouse ({_u}). Il n'apparaît pas encore dans nos
        ressources sur le portail. Faut-il faire une manipulation ?

        Élodie Schmitt
        Professeure documentaliste
        """))

_u = U("0690218")
mail(category="subscription_activation", auto_reply_ok=False, uai=_u, region="auvergne-rhone-alpes",
     platform="esidoc", hard=False, lang="fr",
     notes="Relaunch replying to the 72-hour answer (quoted, Outlook): ordered on 22 September, still not "
           "active three weeks later; past the rule, a person must look at the order.",
     frm=("Favre Nadine", "nadine.favre@ac-lyon.fr"), client="outlook", when=(10, 14, 15, 12),
     subject="RE: [#SUP-007699] Ressource non activée",
     thread=("SUP-007699", (9, 24, 9, 0)),
     body=B(f"""
        Bonjour,

        Les 72 heures sont largement passées : commande validée le 22 septembre
        (n° CMD-2025-09-3318), et la ressource n'est toujours pas active sur
        notre portail (collège Gabriel-Rosset, Lyon 7e, {_u}).

        Je vous remercie de faire le nécessaire, les collègues de SVT
        l'attendent depuis trois semaines.

        Nadine Favre

        """) + "\n" + Q("outlook", DESK, (9, 24, 9, 0), ANS_72H, to="Favre Nadine",
                 subj="[#SUP-007699] Ressource non activée"))

_u = U("9730473")
mail(category="subscription_activation", auto_reply_ok=True, uai=_u, region="guyane", platform="esidoc",
     hard=True, lang="fr",
     notes="Written by the proviseur, but he only asks when the subscription ordered on Monday will be "
           "available: not a head-of-establishment request; still within 72 hours.",
     frm=("Proviseur Lycée de Rémire-Montjoly", f"ce.{_u}@ac-guyane.fr"), client="outlook", zone="gf",
     when=(10, 15, 8, 20), subject="Disponibilité de l'abonnement Universalis",
     body=B("""
        Madame, Monsieur,

        Notre commande d'abonnement à l'encyclopédie Universalis a été validée
        lundi. Pourriez-vous m'indiquer à quelle date les élèves pourront y
        accéder depuis le portail du CDI ? Je souhaite l'annoncer au conseil
        pédagogique de jeudi.

        Cordialement,
        Le proviseur
        Daniel Laveau
        """))

_u = U("9720547")
mail(category="subscription_activation", auto_reply_ok=True, uai=_u, region="martinique",
     platform="esidoc", hard=False, lang="fr",
     notes="How to publish the newly active resource on the portal home page (publication of a resource).",
     frm=("Ribal Corinne", "corinne.ribal@ac-martinique.fr"), client="outlook", zone="mq",
     when=(10, 17, 10, 40), subject="Publier la ressource sur le portail",
     body=B(f"""
        Bonjour,

        Notre abonnement Lumni Plus est actif (je le vois dans « Mes
        abonnements »), mais je ne trouve pas comment le faire apparaître sur la
        page d'accueil du portail pour les élèves. Pouvez-vous m'indiquer la
        marche à suivre ?

        Corinne Ribal
        Collège Saint-Aimé, Le Marin – {_u}
        """))

_u = U("0541766")
mail(category="subscription_activation", auto_reply_ok=True, uai=_u, region="grand-est", platform="esidoc",
     hard=True, lang="fr",
     notes="Negation: 'je n'ai aucun problème de mot de passe', she is connected; the subscription is not "
           "visible to pupils through the ENT (publication step).",
     frm=("Caroline Marchal", "caroline.marchal@ac-nancy-metz.fr"), client="zimbra", when=(10, 10, 14, 48),
     subject="Ressource invisible pour les élèves via l'ENT",
     body=B(f"""
        Bonjour,

        Je précise tout de suite : je n'ai aucun problème de mot de passe, je
        suis bien connectée à l'administration. Mais les élèves qui passent par
        l'ENT (Mon Bureau Numérique) ne voient pas l'abonnement BNE activé la
        semaine dernière, alors qu'il apparaît bien pour moi.

        Y a-t-il une case « publier » à cocher quelque part ?

        Caroline Marchal
        Collège Jules-Ferry, Pont-à-Mousson ({_u})
        """))

_u = U("0010864")
mail(category="subscription_activation", auto_reply_ok=True, uai=_u, region="auvergne-rhone-alpes",
     platform="esidoc", hard=False, lang="en",
     notes="English; subscription ordered 48 hours ago, not visible yet: within 72 hours.",
     frm=("Daniel Roberts", "daniel.roberts@ac-lyon.fr"), client="gmail", when=(10, 22, 14, 5),
     subject="New subscription not showing",
     body=B(f"""
        Hi,

        We ordered the BBC Learning English subscription on Monday afternoon
        (school code {_u}) and it doesn't show up on our library portal yet.
        Is there an activation delay, or do I need to do something?

        Cheers,
        Daniel Roberts
        Librarian, Cité scolaire internationale de Ferney-Voltaire
        """))

_bad = BAD("9711253", 9)
mail(category="subscription_activation", auto_reply_ok=True, uai=None, region="guadeloupe",
     platform="esidoc", hard=True, lang="fr", bad=[_bad],
     notes=f"UAI written {_bad}: wrong check letter (the digits give {U('9711253')}), so no UAI; region "
           "from the ac-guadeloupe.fr sender. Renewed subscription ordered yesterday still shown as expired.",
     frm=("Pierre-Louis Anne", "anne.pierre-louis@ac-guadeloupe.fr"), client="zimbra", zone="gp",
     when=(10, 21, 9, 25), subject="abonnement toujours expiré",
     body=B(f"""
        Bonjour,

        Nous avons renouvelé hier l'abonnement du CDI (commande validée par la
        gestionnaire), mais le portail affiche toujours « abonnement expiré ».
        Collège de Grand-Bourg, Marie-Galante, {_bad}.

        Merci de vérifier.

        Anne Pierre-Louis
        """))

_u = U("0101578")
mail(category="subscription_activation", auto_reply_ok=False, uai=_u, region="grand-est", platform="esidoc",
     hard=False, lang="fr",
     notes="HTML-only Outlook (windows-1252): renewal validated five days ago, still shown as expired: past "
           "the 72-hour rule.",
     frm=("Herbin Sandrine", "sandrine.herbin@ac-reims.fr"), client="outlook_html", when=(10, 23, 11, 5),
     subject="Renouvellement non pris en compte",
     body=B(f"""
        Bonjour,

        Le renouvellement de notre abonnement a été validé samedi dernier
        (le 18 octobre), et aujourd'hui jeudi il apparaît toujours comme
        « expiré » sur le portail du collège Paul-Portier de Bar-sur-Seine
        ({_u}). Les élèves n'y ont plus accès depuis une semaine.

        Merci de faire le nécessaire rapidement.

        Sandrine Herbin
        Professeure documentaliste
        """))

_u = U("0631764")
mail(category="subscription_activation", auto_reply_ok=False, uai=_u, region="auvergne-rhone-alpes",
     platform="esidoc", hard=True, lang="fr",
     notes="Two topics: a subscription ordered two days ago is not visible (main) and the invoice must be "
           "addressed to the agence comptable (order_billing).",
     frm=("Vidal Sébastien", "sebastien.vidal@ac-clermont.fr"), client="outlook", when=(10, 16, 9, 50),
     subject="Abonnement + adresse de facturation",
     body=B(f"""
        Bonjour,

        1. L'abonnement Cairn commandé mardi n'apparaît pas encore sur notre
        portail (lycée Jean-Zay, Thiers, {_u}).

        2. Pour la facture, merci de l'adresser à l'agence comptable du lycée
        Jean-Zay et non au lycée lui-même, sinon elle nous revient.

        Cordialement,
        Sébastien Vidal
        """))

# --------------------------------------------------------------------------
# order_billing
# --------------------------------------------------------------------------

_u = U("9720729")
mail(category="order_billing", auto_reply_ok=False, uai=_u, region="martinique", platform="esidoc",
     hard=False, lang="fr",
     notes="Relaunch ('je me permets de vous relancer') of a quote request for the 2026 renewal, needed for "
           "the bon d'engagement; quotes the first message (Outlook).",
     frm=("Saint-Aimé Murielle", "murielle.saint-aime@ac-martinique.fr"), client="outlook", zone="mq",
     when=(10, 13, 8, 30), subject="RE: Demande de devis renouvellement 2026",
     body=B("""
        Bonjour,

        Je me permets de vous relancer au sujet de ma demande de devis
        ci-dessous. Le conseil d'administration vote le budget le 6 novembre et
        l'agent comptable ne peut pas engager la dépense sans devis.

        Cordialement,
        Murielle Saint-Aimé

        """) + "\n" + Q("outlook", "Saint-Aimé Murielle <murielle.saint-aime@ac-martinique.fr>", (9, 30, 10, 5), B(f"""
        Bonjour,

        Pourriez-vous nous adresser un devis pour le renouvellement 2026 de nos
        abonnements (portail e-sidoc + Europresse + BNE) pour le lycée
        Joseph-Zobel, Rivière-Salée (UAI {_u}) ?

        Merci d'avance,
        M. Saint-Aimé, documentaliste
        """), to="support@assistance.example.fr", subj="Demande de devis renouvellement 2026"))

_u = U("0670893")
mail(category="order_billing", auto_reply_ok=False, uai=_u, region="grand-est", platform="espace_acheteur",
     hard=False, lang="fr",
     notes="Sarcastic third relaunch ('3e relance'): invoice of an order delivered in August still not on "
           "Chorus Pro.",
     frm=("Roth Jean-Luc", "jean-luc.roth@ac-strasbourg.fr"), client="outlook", when=(10, 20, 16, 30),
     subject="3e relance - facture absente de Chorus Pro",
     body=B(f"""
        Bonjour,

        3e relance. Je commence à avoir de l'affection pour ce fil de
        discussion à sens unique.

        La commande EA-2025-08-1187 (lycée Marc-Bloch, Bischheim, {_u}) a été
        livrée le 28 août. La facture n'est toujours pas déposée sur Chorus
        Pro, et notre agent comptable me demande chaque lundi si « le
        fournisseur a enfin facturé ». Je n'ai toujours pas de réponse à lui
        donner.

        Merci de déposer la facture, ou de me dire pourquoi ce n'est pas possible.

        Jean-Luc Roth
        Adjoint gestionnaire
        """))

_u = U("9730678")
mail(category="order_billing", auto_reply_ok=False, uai=_u, region="guyane", platform="esidoc",
     hard=False, lang="fr",
     notes="Invoice paid twice (mandat administratif and card by mistake); asks for a refund of the duplicate "
           "payment.",
     frm=("Adaïde Marcel", "marcel.adaide@ac-guyane.fr"), client="thunderbird", zone="gf",
     when=(10, 10, 9, 15), subject="Double paiement facture FA-2025-09-0721",
     body=B(f"""
        Bonjour,

        La facture FA-2025-09-0721 (abonnements du CDI, 612,00 €) a été réglée
        deux fois : par mandat administratif le 25 septembre, et par carte
        administrative le 29 par une collègue qui ne savait pas. Pouvez-vous
        rembourser le second paiement ?

        RIB de l'agence comptable en pièce jointe.

        Marcel Adaïde
        Agence comptable – Collège Gérard-Holder, Cayenne ({_u})
        """),
     attachments=[("RIB_agence_comptable.pdf", "application/pdf", fake_pdf("RIB agence comptable"))])

_u = U("0571612")
mail(category="order_billing", auto_reply_ok=False, uai=_u, region="grand-est", platform="espace_acheteur",
     hard=False, lang="fr",
     notes="The saved basket disappeared after the holidays' pause.",
     frm=("Muller Claudine", "claudine.muller@ac-nancy-metz.fr"), client="owa", when=(10, 23, 14, 12),
     subject="Panier disparu",
     body=B(f"""
        Bonjour,

        J'avais préparé un panier de 42 lignes (fournitures pour la SEGPA) le
        2 octobre, en attendant l'accord du chef d'établissement. Aujourd'hui le
        panier est vide. Est-il possible de le récupérer ? Je n'ai pas de copie.

        Claudine Muller
        Collège Robert-Schuman, Sarreguemines ({_u})
        """))

mail(category="order_billing", auto_reply_ok=False, uai=None, region="auvergne-rhone-alpes",
     platform="esidoc", hard=False, lang="en",
     notes="English; asks for future invoices to be addressed to the agence comptable (billing address "
           "change). Region from ac-lyon.fr.",
     frm=("Emma Clarke", "emma.clarke@ac-lyon.fr"), client="outlook", when=(10, 9, 10, 48),
     subject="Invoice address for our subscriptions",
     body=B("""
        Dear support team,

        Could you please change the billing address for our library
        subscriptions? Invoices should now go to the agence comptable of the
        Lycée Ampère rather than to our school directly; our last invoice came
        back to us and was paid late because of this.

        Kind regards,
        Emma Clarke
        Librarian, international section
        """))

_u = U("0260397")
mail(category="order_billing", auto_reply_ok=False, uai=_u, region="auvergne-rhone-alpes",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="The bon d'engagement upload fails at order validation ('format non accepté'); the scanned PDF is "
           "attached.",
     frm=("Chambon Lucie", "lucie.chambon@ac-grenoble.fr"), client="outlook", when=(10, 7, 11, 30),
     subject="Impossible de joindre le bon d'engagement",
     attachments=[("BE 2025-118 scan.pdf", "application/pdf", fake_pdf("BE 2025-118"))],
     body=B(f"""
        Bonjour,

        Au moment de valider ma commande, le dépôt du bon d'engagement (PDF
        scanné, 3 Mo, ci-joint) échoue avec le message « format non accepté ».
        J'ai essayé de le renommer, de le réduire : rien à faire.

        Comment puis-je finaliser la commande ?

        Lucie Chambon
        Collège Jean-Macé, Portes-lès-Valence ({_u})
        """))

_u = U("9710921")
mail(category="order_billing", auto_reply_ok=False, uai=_u, region="guadeloupe",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="Order stuck 'en attente de validation' because the validating gestionnaire is on sick leave; "
           "asks how the order can go through.",
     frm=("Nabajoth Ketty", "ketty.nabajoth@ac-guadeloupe.fr"), client="samsung", zone="gp",
     when=(10, 16, 15, 22), subject="Commande bloquée en attente de validation",
     body=B(f"""
        Bonjour
        Notre commande de manuels est bloquée depuis 10 jours « en attente de
        validation ». La gestionnaire qui doit valider est en arrêt maladie
        jusqu'à fin novembre. Les élèves n'ont pas de livres. Comment faire
        passer la commande ?
        Lycée Faustin-Fléret, Morne-à-l'Eau, {_u}
        Ketty Nabajoth

        Envoyé depuis mon appareil Galaxy
        """))

_u = U("0511849")
mail(category="order_billing", auto_reply_ok=False, uai=_u, region="grand-est", platform="espace_acheteur",
     hard=False, lang="fr",
     notes="HTML-only Outlook (windows-1252, euro sign): the invoice amount differs from the quote.",
     frm=("Gobert Yves", "yves.gobert@ac-reims.fr"), client="outlook_html", when=(10, 22, 10, 2),
     subject="Écart entre devis et facture",
     body=B(f"""
        Bonjour,

        Le devis D-2025-0934 indiquait 2 318,40 € TTC pour le mobilier du
        foyer. La facture reçue ce matin porte 2 596,80 € TTC, sans explication
        (frais de livraison ?). Je ne peux pas la mettre en paiement en l'état.

        Pouvez-vous m'adresser une facture rectificative ou m'expliquer l'écart ?

        Yves Gobert
        Gestionnaire – Collège Saint-Remi, Reims ({_u})
        """))

# --------------------------------------------------------------------------
# transfer_incident
# --------------------------------------------------------------------------

_u = U("0672893")
mail(category="transfer_incident", auto_reply_ok=False, uai=_u, region="grand-est",
     platform="ecoledirecte", hard=False, lang="fr",
     notes="EcoleDirecte transfer failing since Friday in a private school: parents no longer see absences.",
     frm=("Vie scolaire - Institution Sainte-Odile", "viescolaire@ste-odile-strasbourg.example.fr"),
     client="outlook", when=(10, 13, 8, 5), subject="Transferts EcoleDirecte en échec",
     body=B(f"""
        Bonjour,

        Depuis vendredi après-midi, le transfert vers EcoleDirecte échoue
        (« échec de la connexion au serveur distant »). Les absences saisies
        depuis ne remontent plus, et des parents nous appellent.

        Institution Sainte-Odile, Strasbourg – UAI {_u}

        Merci de votre aide rapide.

        Le service vie scolaire
        """))

mail(category="transfer_incident", auto_reply_ok=False, uai=None, region=None, platform="ecoledirecte",
     hard=True, lang="fr",
     notes="Asks for 'le mot de passe de maintenance du jour' to repair the Charlemagne base: "
           "transfer_incident per the taxonomy, not password_reset.",
     frm=("Informatique Externat Saint-Joseph", "informatique@stjo-lyon.example.fr"), client="thunderbird",
     when=(10, 9, 7, 50), subject="Mot de passe de maintenance du jour",
     body=B("""
        Bonjour,

        Suite à une coupure de courant cette nuit, Charlemagne demande une
        réparation de la base au démarrage. Pouvez-vous me communiquer le mot
        de passe de maintenance du jour ? Les transferts sont arrêtés en
        attendant.

        Merci,
        Guillaume Bonnet
        Responsable informatique
        """))

_u = U("9711465")
mail(category="transfer_incident", auto_reply_ok=False, uai=_u, region="guadeloupe",
     platform="ecoledirecte", hard=False, lang="fr",
     notes="Relaunch quoting the first message (Gmail): licence to regenerate after a server change, "
           "transfers stopped for a week.",
     frm=("Jean-Baptiste Willy", "willy.jeanbaptiste@gmail.com"), client="gmail", zone="gp",
     when=(10, 14, 7, 40), subject="Re: Licence à régénérer après changement de serveur",
     body=B("""
        Bonjour,

        Toujours pas de réponse, et toujours pas de transferts depuis une
        semaine. Les bulletins du 1er trimestre approchent. Merci de me
        rappeler au 0590 00 00 00 ou de répondre par mail.

        W. Jean-Baptiste

        """) + "\n" + Q("gmail", "Jean-Baptiste Willy <willy.jeanbaptiste@gmail.com>", (10, 7, 8, 15), B(f"""
        Bonjour,

        Nous avons changé de serveur pendant le week-end (collège privé
        Saint-Joseph de Cluny, Les Abymes, {_u}). Au démarrage, Charlemagne
        indique que la licence n'est pas valide pour ce poste. Il faudrait
        régénérer la licence pour le nouveau serveur.

        Cordialement,
        Willy Jean-Baptiste, technicien
        """)))

_u = U("9720894")
mail(category="transfer_incident", auto_reply_ok=False, uai=_u, region="martinique",
     platform="ecoledirecte", hard=True, lang="fr",
     notes="Written by the head of a private school, forwarding (Apple Mail) a parent's complaint: grades no "
           "longer reach EcoleDirecte. A transfer incident, not a head-of-establishment request.",
     frm=("Directeur - Collège Saint-Pierre", "direction@college-saintpierre-mq.example.fr"),
     client="apple_mac", zone="mq", when=(10, 17, 18, 12), subject="Fwd: Notes invisibles sur EcoleDirecte",
     body=B(f"""
        Bonjour,

        En tant que chef d'établissement, je vous transmets la réclamation
        ci-dessous, qui n'est pas la première cette semaine. Les notes saisies
        par les professeurs depuis le 10 octobre n'apparaissent pas sur
        EcoleDirecte. Pourriez-vous regarder le transfert de notre
        établissement (UAI {_u}) ?

        Patrick Louis-Joseph
        Chef d'établissement

        """) + "\n" + Q("fwd_apple", "Famille Lapierre <lapierre.famille@orange.fr>", (10, 16, 20, 3), B("""
        Bonsoir Monsieur le Directeur,

        Ma fille nous dit avoir eu trois notes en mathématiques, mais rien
        n'apparaît sur EcoleDirecte depuis deux semaines. Est-ce normal ?

        Cordialement,
        M. et Mme Lapierre
        """), to="direction@college-saintpierre-mq.example.fr", subj="Notes invisibles sur EcoleDirecte"))

_u = U("0100517")
mail(category="transfer_incident", auto_reply_ok=False, uai=_u, region="grand-est", platform="ecoledirecte",
     hard=True, lang="fr",
     notes="The new antivirus puts Charlemagne's transfer module in quarantine: 'quarantaine' here is the "
           "antivirus, not MailInBlack; transfers stopped, transfer_incident.",
     frm=("Thiébaut Franck", "franck.thiebaut@saint-bernard-troyes.example.fr"), client="outlook",
     when=(10, 21, 9, 10), subject="Antivirus : module de transfert en quarantaine",
     body=B(f"""
        Bonjour,

        Depuis l'installation de notre nouvel antivirus lundi, le module de
        transfert (Outils.exe) est systématiquement mis en quarantaine et les
        transferts vers EcoleDirecte ne partent plus. Quelles exclusions
        faut-il paramétrer (dossiers, exécutables, ports) ?

        Franck Thiébaut
        Informatique – Lycée privé Saint-Bernard, Troyes ({_u})
        """))

_u = U("0430582")
mail(category="transfer_incident", auto_reply_ok=False, uai=_u, region="auvergne-rhone-alpes",
     platform="ecoledirecte", hard=False, lang="fr",
     notes="Outlook with base64 bodies: the synchronisation stops on an error code; asks for help.",
     frm=("Chapuis Marc", "m.chapuis@ensemble-scolaire-notre-dame.example.fr"), client="outlook",
     cte="base64", when=(10, 15, 16, 40), subject="Erreur de synchronisation EcoleDirecte",
     body=B(f"""
        Bonjour,

        La synchronisation avec EcoleDirecte s'arrête depuis ce matin avec
        l'erreur « Code 0x80072EE2 – délai d'attente dépassé » au bout de
        quelques minutes. Le diagnostic de connexion est au vert.

        Ensemble scolaire Notre-Dame, Le Puy-en-Velay – {_u}

        Marc Chapuis
        """))

# --------------------------------------------------------------------------
# contract_documents
# --------------------------------------------------------------------------

_u = U("0540937")
mail(category="contract_documents", auto_reply_ok=False, uai=_u, region="grand-est",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="Cannot see the CCTP of the regional purchasing group's market in 'Mes Marchés'.",
     frm=("Aubry Nathalie", "nathalie.aubry@ac-nancy-metz.fr"), client="outlook", when=(10, 8, 9, 35),
     subject="CCTP introuvable - groupement de commandes",
     body=B(f"""
        Bonjour,

        Notre établissement (lycée Varoquaux, Tomblaine, {_u}) adhère au
        groupement de commandes pour le nettoyage. Dans « Mes Marchés », je vois
        le marché 2025-031 mais aucune pièce : ni CCTP, ni bordereau de prix.
        Or j'en ai besoin pour vérifier les prestations.

        Nathalie Aubry
        Adjointe gestionnaire
        """))

_u = U("0420665")
mail(category="contract_documents", auto_reply_ok=False, uai=_u, region="auvergne-rhone-alpes",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="Relaunch ('toujours pas de réponse') quoting the first message (Zimbra): amendment no. 1 of a "
           "market is missing from the contract documents.",
     frm=("Perrin Olivier", "olivier.perrin@ac-lyon.fr"), client="zimbra", when=(10, 20, 11, 5),
     subject="Re: Avenant n°1 manquant - marché 2024-077",
     body=B("""
        Bonjour,

        Toujours pas de réponse ni d'avenant dans l'espace. Je relance donc
        ma demande ci-dessous.

        Olivier Perrin

        """) + "\n" + Q("zimbra", "Olivier Perrin <olivier.perrin@ac-lyon.fr>", (10, 6, 10, 30), B(f"""
        Bonjour,

        Le fournisseur nous a informés d'un avenant n° 1 au marché 2024-077
        (reprographie), signé en septembre. Il n'apparaît pas dans les
        documents du marché sur l'Espace Acheteur (collège Jean-Monnet,
        Saint-Chamond, {_u}). Pouvez-vous l'ajouter ?

        Merci.
        """), to="support@assistance.example.fr", subj="Avenant n°1 manquant - marché 2024-077"))

_u = U("9711047")
mail(category="contract_documents", auto_reply_ok=False, uai=_u, region="guadeloupe",
     platform="espace_acheteur", hard=False, lang="fr",
     notes="After the change of structure administrator, the membership convention is no longer visible.",
     frm=("Ramassamy Eddy", "eddy.ramassamy@ac-guadeloupe.fr"), client="outlook", zone="gp",
     when=(10, 22, 8, 5), subject="Convention d'adhésion plus visible",
     body=B(f"""
        Bonjour,

        Depuis que je suis devenu administrateur de la structure (lycée
        Baimbridge, Les Abymes, {_u}), je ne vois plus la convention
        d'adhésion dans les documents contractuels, alors que mon prédécesseur
        la voyait. Le commissaire aux comptes me la demande.

        Eddy Ramassamy
        Agent comptable
        """))

mail(category="contract_documents", auto_reply_ok=False, uai=None, region=None,
     platform="espace_acheteur", hard=False, lang="en",
     notes="English; cannot access the contract documents of the framework agreement. Non-academic sender, "
           "no UAI: no region.",
     frm=("Michael Turner", "bursar@lyon-international-school.example.org"), client="owa",
     when=(10, 17, 14, 50), subject="Framework agreement documents not accessible",
     body=B("""
        Hello,

        We joined the IT equipment framework agreement in September, but under
        "Mes Marchés" the documents section is empty (no specifications, no
        price schedule). Our auditors need the signed contract documents by the
        end of the month.

        Could you check our access or send them to us?

        Best regards,
        Michael Turner
        Bursar
        """))

_u = U("9730305")
mail(category="contract_documents", auto_reply_ok=False, uai=_u, region="guyane", platform="espace_acheteur",
     hard=False, lang="fr",
     notes="The market documents open as empty files (0 ko) in the contract documents space. Guyane time "
           "zone.",
     frm=("Pinas Ruth", "ruth.pinas@ac-guyane.fr"), client="thunderbird", zone="gf", when=(10, 9, 10, 20),
     subject="Pièces du marché vides",
     body=B(f"""
        Bonjour,

        Les pièces du marché de fournitures scolaires (CCAP, CCTP, BPU) que je
        télécharge depuis l'Espace Acheteur s'ouvrent comme des fichiers vides
        (0 ko). Même chose sur deux ordinateurs et deux navigateurs.

        Lycée Léon-Gontran-Damas, Cayenne – {_u}

        Ruth Pinas
        """))


# ==========================================================================
# Write the corpus, then check it
# ==========================================================================

UAI_TOKEN = re.compile(r"(?<![0-9A-Za-z])(\d{3}) ?(\d{4}) ?([A-Za-z])(?![0-9A-Za-z])")


def searchable_text(msg) -> str:
    chunks = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.is_attachment():
            chunks.append(part.get_content())
    return "\n".join(chunks)


def write_corpus() -> list[dict]:
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    labels = []
    for n, i in enumerate(order, start=1):
        m = MAILS[i]
        name = f"h{n:03d}.eml"
        m["file"] = name
        (HERE / name).write_bytes(build(m))
        labels.append({"file": name, "category": m["category"], "auto_reply_ok": m["auto_reply_ok"],
                       "uai": m["uai"], "region": m["region"], "platform": m["platform"],
                       "hard": m["hard"], "lang": m["lang"], "notes": m["notes"]})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    return labels


def check_corpus() -> None:
    files = sorted(HERE.glob("h*.eml"))
    assert [f.name for f in files] == [f"h{n:03d}.eml" for n in range(1, 151)], "expected h001..h150"
    labels = [json.loads(l) for l in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(labels) == 150 and [l["file"] for l in labels] == [f.name for f in files]
    by_file = {m["file"]: m for m in MAILS}
    seen_ids = set()
    human_only = {"head_of_establishment_request", "order_billing", "contract_documents",
                  "transfer_incident", "automated", "other"}
    for lab in labels:
        f = lab["file"]
        assert list(lab) == LABEL_KEYS, (f, list(lab))
        assert lab["category"] in CATEGORIES, f
        assert lab["platform"] in PLATFORMS, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        assert lab["lang"] in ("fr", "en"), f
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 15, f
        if lab["category"] in human_only:
            assert lab["auto_reply_ok"] is False, f
        assert lab["region"] is None or lab["region"] in _REGIONS, f

        raw = (HERE / f).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, (f, part.get_content_type(), part.defects)
            if part.get_content_maintype() == "text":
                part.get_content()
        assert email.utils.parsedate_to_datetime(str(msg["Date"])).year == 2025, f
        mid = str(msg["Message-ID"])
        assert mid and mid not in seen_ids, f
        seen_ids.add(mid)
        _, from_addr = email.utils.parseaddr(str(msg["From"]))
        assert "@" in from_addr, f

        # UAI: every code in the mail has a right check letter unless deliberately wrong
        text = searchable_text(msg)
        bad = set(by_file[f].get("bad", []))
        found_valid, found_bad = set(), set()
        for a, b, c in UAI_TOKEN.findall(text):
            code = a + b + c.upper()
            if uai_valid(code):
                found_valid.add(code)
            else:
                assert code in bad, (f, "unexpected wrong check letter", code)
                found_bad.add(code)
        assert found_bad == bad, (f, found_bad, bad)
        if bad:
            assert "wrong check letter" in lab["notes"], f
        if lab["uai"] is None:
            assert not found_valid, (f, "valid UAI left unlabelled", found_valid)
        else:
            assert uai_valid(lab["uai"]), f
            assert lab["uai"] in found_valid, (f, lab["uai"], found_valid)
            assert len(found_valid) == 1 or "UAI" in lab["notes"], f

        # region: from the UAI's département, else from the académie domain of the sender
        if lab["uai"]:
            assert lab["region"] == region_of_uai(lab["uai"]), (f, lab["region"])
        else:
            assert lab["region"] == region_of_address(from_addr), (f, lab["region"], from_addr)

    cats = {}
    for lab in labels:
        cats[lab["category"]] = cats.get(lab["category"], 0) + 1
    en = sum(l["lang"] == "en" for l in labels)
    assert set(cats) == CATEGORIES, cats
    assert 10 <= en <= 25, en
    print("categories:", dict(sorted(cats.items(), key=lambda kv: -kv[1])))
    print("english:", en, " hard:", sum(l["hard"] for l in labels),
          " auto_reply_ok:", sum(l["auto_reply_ok"] for l in labels))


if __name__ == "__main__":
    assert len(MAILS) == 150, len(MAILS)
    write_corpus()
    check_corpus()
    print("ok: 150 mails and labels.jsonl written to", HERE)

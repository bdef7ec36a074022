#!/usr/bin/env python3
"""Generate the holdout50 blind test corpus (150 hand-written support mails).

Theme: July and August 2025, the summer with a skeleton staff, in Corse,
Occitanie, Provence-Alpes-Cote d'Azur and La Reunion / Mayotte.  Many
automated mails, people on their phones and on personal addresses, bursars
preparing the rentree orders, newly appointed heads taking over accounts.

Every message below was written by hand; the script only dresses them in
realistic headers (trace, authentication results, client quirks, MIME
structure, encodings) and writes:

    h001.eml ... h150.eml   the messages, in a shuffled (seeded) order
    labels.jsonl            one label per message, format of corpus/dev

Standard library only, deterministic (random.Random with a fixed seed).
Run:  python3 make_holdout50.py
The script ends by checking its own output (assertions).

UAI codes are written in the texts as placeholders so that the check letter
is computed, never typed by hand:
    [[U:0340823]]   -> 0340823 + check letter         (upper case)
    [[l:0340823]]   -> same, lower case
    [[s1:0340823]]  -> "0340823 X"   (space before the letter)
    [[s2:0340823]]  -> "034 0823 X"  (spaces inside)
    [[X:0340823]]   -> deliberately WRONG check letter (upper case)
    [[xl:0340823]]  -> deliberately wrong, lower case
Labels give the UAI as its 7 digits (or None); the letter is computed.
"""

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import email.utils
import html as htmlmod
import json
import quopri
import random
import re
import textwrap
import uuid
from email.header import Header
from pathlib import Path

SEED = 50_2025_0701
HERE = Path(__file__).resolve().parent
RNG = random.Random(SEED)

SUPPORT = "support@assistance.example.fr"
SUPPORT_TO = "Assistance <support@assistance.example.fr>"

# --------------------------------------------------------------------------
# Taxonomy and routing tables (from shared/spec/taxonomy.md and regions.md)
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
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}

REGION_TABLE = {
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
PREFIX_REGION: dict[str, str] = {}
DOMAIN_REGION: dict[str, str] = {}
for _slug, (_deps, _doms) in REGION_TABLE.items():
    for _d in _deps.split():
        PREFIX_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _m in _doms.split():
        DOMAIN_REGION[_m] = _slug

UAI_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ"


def check_letter(d7: str) -> str:
    return UAI_ALPHABET[int(d7) % 23]


def wrong_letter(d7: str) -> str:
    return UAI_ALPHABET[(int(d7) + 7) % 23]


def full_uai(d7: str | None) -> str | None:
    return None if d7 is None else d7 + check_letter(d7)


def region_for(uai: str | None, from_addr: str) -> str | None:
    """The labelling rule of taxonomy.md: UAI departement, else ac-*.fr sender domain."""
    if uai:
        return PREFIX_REGION[uai[:3]]
    dom = from_addr.rsplit("@", 1)[-1].lower().strip(">")
    return DOMAIN_REGION.get(dom)


PH = re.compile(r"\[\[(U|l|s1|s2|X|xl):(\d{7})\]\]")


def resolve(text: str, seen: list | None) -> str:
    def sub(m: re.Match) -> str:
        kind, d = m.groups()
        good = kind not in ("X", "xl")
        letter = check_letter(d) if good else wrong_letter(d)
        if seen is not None:
            seen.append((d, letter, good))
        if kind in ("U", "X"):
            return d + letter
        if kind in ("l", "xl"):
            return d + letter.lower()
        if kind == "s1":
            return f"{d} {letter}"
        return f"{d[:3]} {d[3:]} {letter}"

    return PH.sub(sub, text)


# --------------------------------------------------------------------------
# Small random helpers (all drawn from RNG, so the output is reproducible)
# --------------------------------------------------------------------------

def rhex(n: int) -> str:
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ralnum(n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def ruuid() -> str:
    return str(uuid.UUID(int=RNG.getrandbits(128), version=4))


def rip() -> str:
    net = RNG.choice(["203.0.113", "198.51.100", "192.0.2"])
    return f"{net}.{RNG.randint(2, 250)}"


TZ = {
    "metro": dt.timezone(dt.timedelta(hours=2)),
    "reunion": dt.timezone(dt.timedelta(hours=4)),
    "mayotte": dt.timezone(dt.timedelta(hours=3)),
    "utc": dt.timezone.utc,
}
CEST = TZ["metro"]


def fmt_date(d: dt.datetime) -> str:
    return email.utils.format_datetime(d)


# --------------------------------------------------------------------------
# Header encoding
# --------------------------------------------------------------------------

def hv(value: str, name: str = "Subject") -> str:
    """Encode a header value (RFC 2047) when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", header_name=name).encode()


def addr(name: str | None, address: str) -> str:
    if not name:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return email.utils.formataddr((name, address), charset="utf-8")


def addr_list(v) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        return v if "<" in v or "," in v else v
    return ", ".join(addr(n, a) for n, a in v)


# --------------------------------------------------------------------------
# MIME nodes, rendered by hand so that every quirk stays under control
# --------------------------------------------------------------------------

def flow(text: str, width: int = 72) -> str:
    """format=flowed wrapping (RFC 3676): soft breaks end with a space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width or line == "-- ":
            out.append(line)
            continue
        parts = textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False)
        out += [p + " " for p in parts[:-1]] + [parts[-1]]
    return "\n".join((" " + l) if l.startswith("From ") else l for l in out)


def encode_body(data: bytes, cte: str) -> bytes:
    if cte in ("7bit", "8bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


class Text:
    def __init__(self, body: str, subtype: str = "plain", charset: str = "utf-8",
                 cte: str = "quoted-printable", flowed: bool = False, label: str | None = None,
                 headers: tuple = (), quote_charset: bool = True):
        self.body, self.subtype, self.charset, self.cte = body, subtype, charset, cte
        self.flowed, self.label, self.headers, self.quote_charset = flowed, label, headers, quote_charset

    def render(self, seen):
        text = resolve(self.body, seen)
        if self.flowed:
            text = flow(text)
        lab = self.label or self.charset
        cs = f'"{lab}"' if self.quote_charset else lab
        ct = f"text/{self.subtype}; charset={cs}" + ("; format=flowed" if self.flowed else "")
        hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", self.cte)] + [
            (k, resolve(v, seen)) for k, v in self.headers]
        return hdrs, encode_body(text.encode(self.charset), self.cte)


class Raw:
    """A part whose body is kept verbatim (7bit), e.g. message/delivery-status."""

    def __init__(self, ctype: str, body: str, headers: tuple = ()):
        self.ctype, self.body, self.headers = ctype, body, headers

    def render(self, seen):
        return [("Content-Type", self.ctype)] + [(k, resolve(v, seen)) for k, v in self.headers], \
            resolve(self.body, seen).encode("utf-8")


class Att:
    def __init__(self, filename: str, ctype: str, data: bytes, inline: bool = False, cid: str | None = None):
        self.filename, self.ctype, self.data, self.inline, self.cid = filename, ctype, data, inline, cid

    def render(self, seen):
        fn = resolve(self.filename, seen)
        disp = "inline" if self.inline else "attachment"
        hdrs = [("Content-Type", f'{self.ctype}; name="{fn}"'),
                ("Content-Disposition", f'{disp}; filename="{fn}"'),
                ("Content-Transfer-Encoding", "base64")]
        if self.cid:
            hdrs.append(("Content-ID", f"<{self.cid}>"))
        return hdrs, base64.encodebytes(self.data)


class Multi:
    def __init__(self, subtype: str, parts: list, params: str = "", preamble: str | None = None,
                 boundary: str | None = None, bstyle: str = "generic"):
        self.subtype, self.parts, self.params, self.preamble = subtype, parts, params, preamble
        self.boundary, self.bstyle = boundary, bstyle

    def _boundary(self) -> str:
        if self.boundary:
            return self.boundary
        if self.bstyle == "outlook":
            return f"_00{RNG.randint(0, 9)}_{ralnum(28, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}_"
        if self.bstyle == "gmail":
            return "0000000000" + rhex(16)
        if self.bstyle == "apple":
            return f"Apple-Mail={ruuid().upper()}"
        if self.bstyle == "zimbra":
            return "=_" + ruuid()
        if self.bstyle == "nextpart":
            return f"----=_NextPart_000_{rhex(4).upper()}_01DBF{rhex(3).upper()}.{rhex(8).upper()}"
        return "------------" + ralnum(24)

    def render(self, seen):
        b = self._boundary()
        params = f"; {self.params}" if self.params else ""
        hdrs = [("Content-Type", f'multipart/{self.subtype}{params};\n boundary="{b}"')]
        out = []
        if self.preamble is not None:
            out.append(self.preamble.encode() + b"\n\n")
        for p in self.parts:
            ph, pb = p.render(seen)
            out.append(f"--{b}\n".encode())
            out.append(render_headers(ph))
            out.append(b"\n")
            out.append(pb if pb.endswith(b"\n") else pb + b"\n")
            out.append(b"\n")
        out.append(f"--{b}--\n".encode())
        return hdrs, b"".join(out)


class Msg:
    """message/rfc822 (or text/rfc822-headers when headers_only)."""

    def __init__(self, headers: list, node=None, headers_only: bool = False, description: str | None = None):
        self.headers, self.node, self.headers_only, self.description = headers, node, headers_only, description

    def render(self, seen):
        inner = [(k, hv(resolve(v, seen), k) if k in ("Subject",) else resolve(v, seen)) for k, v in self.headers]
        ctype = "text/rfc822-headers" if self.headers_only else "message/rfc822"
        hdrs = [("Content-Type", ctype)]
        if self.description:
            hdrs.append(("Content-Description", self.description))
        body = render_headers(inner)
        if not self.headers_only and self.node is not None:
            nh, nb = self.node.render(seen)
            body += render_headers(nh) + b"\n" + nb
        return hdrs, body


def render_headers(hdrs) -> bytes:
    lines = []
    for k, v in hdrs:
        if v is None:
            continue
        lines.append(f"{k}: {v}\n" if v != "" else f"{k}: \n")
    return "".join(lines).encode("ascii")


# --------------------------------------------------------------------------
# HTML dressings of a plain-text body, per client
# --------------------------------------------------------------------------

def esc(s: str) -> str:
    return htmlmod.escape(s, quote=False)


def html_gmail(text: str) -> str:
    lines = text.split("\n")
    out, quote = ['<div dir="ltr">'], []

    def flush():
        if quote:
            inner = "<br>".join(esc(q[1:].lstrip(" ")) for q in quote)
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + inner + "</blockquote>")
            quote.clear()

    for line in lines:
        if line.startswith(">"):
            quote.append(line)
            continue
        flush()
        out.append("<div><br></div>" if not line.strip() else f"<div>{esc(line)}</div>")
    flush()
    out.append("</div>")
    return "\n".join(out) + "\n"


MSO_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.EmailStyle17
	{{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="FR" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def html_outlook(text: str, charset: str = "utf-8") -> str:
    out = [MSO_HEAD.format(charset=charset)]
    for line in text.split("\n"):
        if not line.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
    out.append("</div>\n</body>\n</html>")
    return "\n".join(out) + "\n"


def html_zimbra(text: str) -> str:
    out = ['<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">']
    quote = False
    for line in text.split("\n"):
        if line.startswith(">"):
            if not quote:
                out.append('<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;'
                           'color:#000;font-weight:normal;font-style:normal;text-decoration:none;'
                           'font-family:Helvetica,Arial,sans-serif;font-size:12pt;">')
                quote = True
            out.append(f"<div>{esc(line[1:].lstrip(' ')) or '<br>'}</div>")
            continue
        if quote:
            out.append("</blockquote>")
            quote = False
        out.append("<div><br data-mce-bogus=\"1\"></div>" if not line.strip() else f"<div>{esc(line)}</div>")
    if quote:
        out.append("</blockquote>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def html_simple(text: str) -> str:
    body = "<br>\n".join(esc(l) for l in text.split("\n"))
    return f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>{body}</body></html>\n"


def html_apple(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        lines.append("<div><br></div>" if not line.strip() else f"<div>{esc(line)}</div>")
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + "\n".join(lines) + "</body></html>\n")


# --------------------------------------------------------------------------
# Mail specifications
# --------------------------------------------------------------------------

MAILS: list[dict] = []


def mail(**kw) -> None:
    MAILS.append(kw)


def fake_pdf(title: str) -> bytes:
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            b"% " + title.encode("ascii", "replace") + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def fake_png() -> bytes:
    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


# ==========================================================================
# 1. AUTOMATED: out-of-office replies, bounces, receipts, lists, notifications
# ==========================================================================

mail(cat="automated", ar=False, uai=None, plat=None, hard=False, lang="fr",
     notes="Zimbra vacation reply from an académie address (Auto-Submitted: auto-replied (zimbra; vacation)) to a quote-request ticket; region from ac-corse.fr.",
     frm=("Marie-Josée Paoli", "marie-josee.paoli@ac-corse.fr"),
     subject="Absente : Re: [#SUP-007214] Demande de devis renouvellement e-sidoc",
     date="2025-07-17 10:02", client="plain", cte="quoted-printable",
     irt="<SUP-007214.1752739200.a41c09@assistance.example.fr>",
     extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (zclient/9.0.0_ZEXTRAS_20240927)")],
     body="""Bonjour,

Je suis absente du 14 juillet au 22 août inclus. Les services de gestion du lycée sont fermés pendant cette période.

Pour toute urgence, merci de contacter le secrétariat de direction (ouvert les lundis et jeudis matin jusqu'au 25 juillet).

Cordialement,

Marie-Josée Paoli
Adjointe gestionnaire
Lycée Laetitia Bonaparte – Ajaccio
""")

mail(cat="automated", ar=False, uai="0061478", plat=None, hard=False, lang="en",
     notes="Gmail vacation responder in English (Auto-Submitted: auto-replied) from a language assistant's personal address; the body gives the school's ce.<UAI>@ac-nice.fr address, so the UAI label comes from the body and the region from its département (06).",
     frm=("Fiona McLeod", "fiona.mcleod.fle@gmail.com"),
     subject="Out of office until 25 August",
     date="2025-07-23 18:47", client="gmail",
     irt="<SUP-007388.1753285000.0f3d11@assistance.example.fr>",
     extra=[("Auto-Submitted", "auto-replied")],
     body="""Hi there,

Thanks for your message. I'm back home in Edinburgh for the summer and only checking email now and then, so please expect a slow reply until 25 August.

If this is about the Section Européenne reading list or anything to do with the CDI, the school office will be able to help: ce.[[U:0061478]]@ac-nice.fr

Cheers,
Fiona
""")

mail(cat="automated", ar=False, uai=None, plat=None, hard=True, lang="fr",
     notes="Exchange Online out-of-office of a local authority's digital team (Auto-Submitted: auto-generated, X-Auto-Response-Suppress). Mentions mail filtering ('filtrage') and tickets, which must not pull it towards missing_noreply_mail or mailinblack_spam. Non-academic domain: no region.",
     frm=("Pôle numérique des lycées", "pole.numerique@ctc-numerique.fr"),
     subject="Réponse automatique : Blocage des mails de la plateforme",
     date="2025-07-28 09:31", client="outlook",
     irt="<SUP-007455.1753687000.77ab02@assistance.example.fr>",
     extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "pole.numerique@ctc-numerique.fr")],
     body="""Bonjour,

Le pôle numérique fonctionne en effectif réduit du 21 juillet au 15 août. Les demandes sont traitées par ordre d'arrivée, avec un délai pouvant aller jusqu'à 10 jours ouvrés.

Pour les incidents bloquants (ENT, messagerie, filtrage, réseau pédagogique), merci d'ouvrir un ticket sur le portail d'assistance de la Collectivité en précisant le nom de l'établissement.

Ceci est une réponse automatique, merci de ne pas y répondre.

Le pôle numérique des lycées
""")

mail(cat="automated", ar=False, uai=None, plat=None, hard=True, lang="fr",
     notes="Out-of-office sent by an Outlook client rule ('répondre à l'aide d'un modèle') from a personal orange.fr box: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic. Talks about rentrée orders, which is a trap for order_billing.",
     frm=("Sylvie Bonnafoux", "sylvie.bonnafoux84@orange.fr"),
     subject="Absence du 11 juillet au 18 août",
     date="2025-07-15 14:20", client="outlook_desktop", charset="iso-8859-1",
     body="""Bonjour,

Je suis en congés et je ne consulte pas cette boîte pendant l'été. Votre message sera lu à mon retour, le 18 août.

Pour les commandes de rentrée et les bons de commande, merci de vous adresser directement à l'intendance du collège (04 90 71 23 58, le matin).

Bien à vous,
Sylvie Bonnafoux
""")

mail(cat="automated", ar=False, uai=None, plat=None, hard=True, lang="en",
     notes="English 'Automatic reply:' from a private international school, sent by a transport rule without Auto-Submitted, X-Auto-Response-Suppress or Precedence: only the subject prefix and the wording show it is automatic.",
     frm=("Finance Office", "finance@riviera-intl-school.fr"),
     subject="Automatic reply: RE: [#SUP-007290] Renewal quote 2025-2026",
     date="2025-07-21 11:05", client="outlook",
     irt="<SUP-007290.1753088000.c2e5fa@assistance.example.fr>",
     body="""Thank you for your email.

The school office is closed from 12 July to 24 August 2025 and this mailbox is not monitored during that period. Your message will be dealt with when we reopen.

For urgent safeguarding matters, please call the duty number given on the school website.

Kind regards,
Admissions & Finance Office
Riviera International School
""")

mail(cat="automated", ar=False, uai="9741187", plat=None, hard=True, lang="fr",
     notes="Vacation reply (Auto-Submitted) from the school's official ce.<UAI> address that talks about e-sidoc passwords and ENT identifiers; the UAI comes from the lower-case sender address. An out-of-office is about the sender's own office, not about a product: platform null.",
     frm=("CDI Lycée Bellepierre", "ce.[[l:9741187]]@ac-reunion.fr"),
     subject="Fermeture estivale du CDI",
     date="2025-07-09 08:12", tz="reunion", client="plain", cte="quoted-printable",
     irt="<SUP-007248.1752040000.9b0c3e@assistance.example.fr>",
     extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
     body="""Bonjour,

Le CDI est fermé jusqu'au 14 août. Les demandes concernant les comptes e-sidoc (mots de passe des élèves, identifiants ENT) seront traitées à la rentrée, à partir du 18 août.

Pour une urgence administrative, merci de contacter le secrétariat de direction.

L'équipe du CDI
""")

mail(cat="automated", ar=False, uai=None, plat=None, hard=False, lang="en",
     notes="Postfix bounce (multipart/report delivery-status, 5.1.1 user unknown) for the former bursar's address, with the returned message headers; null Return-Path, MAILER-DAEMON sender.",
     frm=("Mail Delivery System", "MAILER-DAEMON@mx.institution-saint-roch.fr"), rp="<>", auth="none",
     subject="Undelivered Mail Returned to Sender",
     date="2025-07-08 16:03", client="raw",
     extra=[("Auto-Submitted", "auto-replied")],
     node=Multi("report", [
         Text("""This is the mail system at host mx.institution-saint-roch.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<intendance@institution-saint-roch.fr>: host 127.0.0.1[127.0.0.1] said: 550
    5.1.1 <intendance@institution-saint-roch.fr>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", quote_charset=False, headers=(("Content-Description", "Notification"),)),
         Raw("message/delivery-status", """Reporting-MTA: dns; mx.institution-saint-roch.fr
X-Postfix-Queue-ID: 4bcDk21Zq9z1xQ
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Tue,  8 Jul 2025 16:03:11 +0200 (CEST)

Final-Recipient: rfc822; intendance@institution-saint-roch.fr
Original-Recipient: rfc822;intendance@institution-saint-roch.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 550 5.1.1 <intendance@institution-saint-roch.fr>:
    Recipient address rejected: User unknown in virtual mailbox table
""", headers=(("Content-Description", "Delivery report"),)),
         Msg([("From", "Assistance <support@assistance.example.fr>"),
              ("To", "intendance@institution-saint-roch.fr"),
              ("Subject", "[#SUP-007236] Votre facture du 30 juin"),
              ("Date", "Tue, 08 Jul 2025 16:03:10 +0200"),
              ("Message-ID", "<SUP-007236.1751983390.5e1a7c@assistance.example.fr>"),
              ("Auto-Submitted", "auto-replied")], headers_only=True, description="Undelivered Message Headers"),
     ], params="report-type=delivery-status", preamble="This is a MIME-encapsulated message."))

mail(cat="automated", ar=False, uai=None, plat=None, hard=False, lang="fr",
     notes="Exchange Online non-delivery report in French ('Non remis :'), multipart/report with the returned headers; sender is a MicrosoftExchange system address of a private school domain, so no region.",
     frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ensemble-scolaire-ndl.fr"), rp="<>",
     subject="Non remis : [#SUP-007467] Votre compte Espace Acheteur",
     date="2025-07-29 07:44", tz="utc", client="raw",
     extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
     node=Multi("report", [
         Text("""Votre message n'a pas pu être remis à l'adresse suivante :

econome@ensemble-scolaire-ndl.fr

Le serveur de messagerie de destination a refusé le message : la boîte aux lettres a été désactivée par l'administrateur.

Informations de diagnostic pour les administrateurs :

Serveur de génération : PR1P264MB3461.FRAP264.PROD.OUTLOOK.COM

econome@ensemble-scolaire-ndl.fr
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", charset="utf-8", cte="quoted-printable"),
         Raw("message/delivery-status", """Reporting-MTA: dns;PR1P264MB3461.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Tue, 29 Jul 2025 07:44:02 +0000

Final-Recipient: rfc822;econome@ensemble-scolaire-ndl.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""),
         Msg([("From", "Assistance <support@assistance.example.fr>"),
              ("To", "econome@ensemble-scolaire-ndl.fr"),
              ("Subject", "[#SUP-007467] Votre compte Espace Acheteur"),
              ("Date", "Tue, 29 Jul 2025 09:44:00 +0200"),
              ("Message-ID", "<SUP-007467.1753775040.3f7e21@assistance.example.fr>")], headers_only=True),
     ], params="report-type=delivery-status"))

mail(cat="automated", ar=False, uai=None, plat=None, hard=True, lang="fr",
     notes="Exim bounce as plain French text (no multipart/report, no Auto-Submitted): mailbox over quota. Only the null Return-Path, the Mailer-Daemon sender and the wording show it is automatic. Region from the ac-mayotte.fr sender domain.",
     frm=("Mail Delivery System", "Mailer-Daemon@ac-mayotte.fr"), rp="<>", auth="none",
     subject="Mail delivery failed: returning message to sender",
     date="2025-08-06 10:26", tz="mayotte", client="plain", cte="8bit",
     body="""Ce message a été créé automatiquement par le logiciel de distribution du courrier.

Un message que vous avez envoyé n'a pas pu être remis à un ou plusieurs de ses destinataires. Il s'agit d'une erreur permanente. L'adresse suivante a échoué :

  anlia.madi@ac-mayotte.fr
    mailbox is full: retry timeout exceeded
    (quota 500 Mo atteint)

------ Ceci est une copie du message, en-têtes compris. ------

Return-path: <support@assistance.example.fr>
From: Assistance <support@assistance.example.fr>
To: anlia.madi@ac-mayotte.fr
Subject: [#SUP-007561] Activation de votre abonnement
Date: Wed, 06 Aug 2025 09:25:40 +0200
Message-ID: <SUP-007561.1754465140.81cd0a@assistance.example.fr>
Auto-Submitted: auto-replied

Bonjour,

Votre abonnement sera disponible dans un délai de 72 heures après la
validation de la commande.
""")

mail(cat="automated", ar=False, uai=None, plat=None, hard=False, lang="en",
     notes="Gmail 'Delivery Status Notification (Delay)': a temporary failure, still being retried; not written by anyone.",
     frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), rp="<>",
     subject="Delivery Status Notification (Delay)",
     date="2025-08-12 13:58", client="raw",
     extra=[("Auto-Submitted", "auto-replied")],
     node=Multi("report", [
         Multi("alternative", [
             Text("""
** Message not delivered yet **

There was a temporary problem delivering your message to soilihi.attoumani976@gmail.com. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response was:

The recipient server did not accept our requests to connect. [gmail-smtp-in.l.google.com 2a00:1450:400c:c0b::1b: timed out]
""", charset="UTF-8", cte="7bit", quote_charset=False),
             Text("""<html><body><p><b>Message not delivered yet</b></p><p>There was a temporary problem delivering your message to <b>soilihi.attoumani976@gmail.com</b>. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.</p></body></html>
""", subtype="html", charset="UTF-8", cte="7bit", quote_charset=False),
         ], bstyle="gmail"),
         Raw("message/delivery-status", """Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 12 Aug 2025 04:55:12 -0700 (PDT)
X-Original-Message-ID: <SUP-007603.1754999710.6a2b44@assistance.example.fr>

Final-Recipient: rfc822; soilihi.attoumani976@gmail.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; The recipient server did not accept our requests to connect.
Last-Attempt-Date: Tue, 12 Aug 2025 04:58:30 -0700 (PDT)
Will-Retry-Until: Thu, 14 Aug 2025 04:55:12 -0700 (PDT)
"""),
         Msg([("From", "Assistance <support@assistance.example.fr>"),
              ("To", "soilihi.attoumani976@gmail.com"),
              ("Subject", "[#SUP-007603] Votre demande"),
              ("Date", "Tue, 12 Aug 2025 13:55:10 +0200"),
              ("Message-ID", "<SUP-007603.1754999710.6a2b44@assistance.example.fr>")], headers_only=True),
     ], params="report-type=delivery-status", bstyle="gmail"))

mail(cat="automated", ar=False, uai=None, plat=None, hard=False, lang="fr",
     notes="Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-toulouse.fr sender.",
     frm=("CASTAN Hélène", "helene.castan@ac-toulouse.fr"),
     subject="Lu : [#SUP-007321] Devis renouvellement abonnements 2025-2026",
     date="2025-07-04 08:05", client="raw",
     extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "[#SUP-007321] Devis renouvellement abonnements 2025-2026")],
     node=Multi("report", [
         Text("""Votre message

  À : CASTAN Hélène
  Objet : [#SUP-007321] Devis renouvellement abonnements 2025-2026
  Envoyé : jeudi 3 juillet 2025 16:41:07 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le vendredi 4 juillet 2025 08:05:51 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", charset="iso-8859-1", cte="quoted-printable"),
         Raw("message/disposition-notification", """Reporting-UA: LT-INTENDANCE; Microsoft Outlook 16.0
Final-Recipient: rfc822;helene.castan@ac-toulouse.fr
Original-Message-ID: <SUP-007321.1751553667.1bd7e0@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
     ], params="report-type=disposition-notification", bstyle="nextpart"))

mail(cat="automated", ar=False, uai="7200415", plat=None, hard=False, lang="fr",
     notes="Thunderbird return receipt in French ('Accusé de réception (affiché)'), disposition-notification, sent from the school's ce.<UAI>@ac-corse.fr address: UAI from the address.",
     frm=("Secrétariat Collège de Lucciana", "ce.[[U:7200415]]@ac-corse.fr"),
     subject="Accusé de réception (affiché) - [#SUP-007339] Votre demande de réinitialisation",
     date="2025-07-07 09:18", client="raw",
     extra=[("User-Agent", "Mozilla Thunderbird")],
     node=Multi("report", [
         Text("""Ceci est un accusé de réception pour le courrier que vous avez envoyé à ce.[[U:7200415]]@ac-corse.fr.

Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.
""", charset="UTF-8", cte="8bit", quote_charset=False),
         Raw("message/disposition-notification", """Reporting-UA: ac-corse.fr; Mozilla Thunderbird
Final-Recipient: rfc822;ce.[[U:7200415]]@ac-corse.fr
Original-Message-ID: <SUP-007339.1751872000.e05c7d@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
         Msg([("From", "Assistance <support@assistance.example.fr>"),
              ("To", "ce.[[U:7200415]]@ac-corse.fr"),
              ("Subject", "[#SUP-007339] Votre demande de réinitialisation"),
              ("Message-ID", "<SUP-007339.1751872000.e05c7d@assistance.example.fr>")], headers_only=True),
     ], params="report-type=disposition-notification"))

mail(cat="automated", ar=False, uai=None, plat=None, hard=False, lang="en",
     notes="English Outlook read receipt ('Read:') from a private school's Microsoft 365 domain, disposition-notification; no UAI, non-academic domain.",
     frm=("Accounts - Ecole Les Filaos", "accounts@ecole-les-filaos.re"),
     subject="Read: [#SUP-007412] Your order confirmation",
     date="2025-07-23 08:12", tz="reunion", client="raw",
     extra=[("X-MS-Has-Attach", ""), ("Thread-Topic", "[#SUP-007412] Your order confirmation")],
     node=Multi("report", [
         Text("""Your message

  To: Accounts - Ecole Les Filaos
  Subject: [#SUP-007412] Your order confirmation
  Sent: Tuesday, 22 July 2025 14:03:11 (UTC+01:00) Brussels, Copenhagen, Madrid, Paris

was read on Wednesday, 23 July 2025 08:12:45 (UTC+04:00) Port Louis.
""", charset="us-ascii", cte="7bit"),
         Raw("message/disposition-notification", """Final-Recipient: rfc822;accounts@ecole-les-filaos.re
Original-Message-ID: <SUP-007412.1753185791.4a9e03@assistance.example.fr>
Disposition: automatic-action/MDN-sent-automatically; displayed
"""),
     ], params="report-type=disposition-notification", bstyle="outlook"))

mail(cat="automated", ar=False, uai=None, plat=None, hard=True, lang="fr",
     notes="Sympa digest of an academic librarians' list (List-Id, Precedence: list): quotes people asking about e-sidoc passwords, Mailinblack and weeding, but nothing is written to the desk. Region from the ac-toulouse.fr list address; several products, so no platform.",
     frm=("Liste docs-occitanie", "docs-occitanie@ac-toulouse.fr"),
     to="docs-occitanie@ac-toulouse.fr",
     subject="docs-occitanie Digest, Vol 2025, Num 29",
     date="2025-07-19 06:00", client="plain", cte="8bit",
     extra=[("List-Id", "<docs-occitanie.ac-toulouse.fr>"), ("Precedence", "list"),
            ("List-Unsubscribe", "<mailto:sympa@ac-toulouse.fr?subject=unsubscribe%20docs-occitanie>"),
            ("List-Archive", "<https://listes.ac-toulouse.fr/sympa/arc/docs-occitanie>"),
            ("X-Loop", "docs-occitanie@ac-toulouse.fr"), ("X-Sympa-Digest", "yes")],
     body="""Envoyez vos messages pour la liste docs-occitanie à
	docs-occitanie@ac-toulouse.fr

Aujourd'hui, dans ce résumé :

   1. Mot de passe e-sidoc perdu en juillet, qui contacter ? (Carole Fabre)
   2. Re: Mailinblack bloque les mails de l'Espace Acheteur (Julien Soulier)
   3. Désherbage avant la rentrée : vos critères ? (Anne Teisseire)

----------------------------------------------------------------------

Message : 1
Date : Fri, 18 Jul 2025 10:41:05 +0200
De : Carole Fabre
Objet : Mot de passe e-sidoc perdu en juillet, qui contacter ?

Bonjour à toutes et tous,

Ma collègue est partie à la retraite et je n'ai pas le mot de passe
administrateur de notre portail. Quelqu'un sait si l'assistance répond
en juillet ? Merci !

Carole, collège de Saint-Affrique

------------------------------

Message : 2
Date : Fri, 18 Jul 2025 14:02:33 +0200
De : Julien Soulier
Objet : Re: Mailinblack bloque les mails de l'Espace Acheteur

Chez nous c'était ça : il faut ajouter l'adresse no-reply dans la liste
blanche Mailinblack, la DSI l'a fait en 5 minutes.

> Le 17/07/2025 à 16:20, Marion a écrit :
> Nos mails d'activation n'arrivent plus depuis l'installation de Mailinblack.

------------------------------

Message : 3
Date : Fri, 18 Jul 2025 17:15:48 +0200
De : Anne Teisseire
Objet : Désherbage avant la rentrée : vos critères ?

Je profite du calme de l'été pour désherber le fonds documentaire.
Vous utilisez la méthode IOUPI ou vos propres critères ?

------------------------------

Fin du résumé docs-occitanie, Vol 2025, Num 29
**********************************************
""")

mail(cat="automated", ar=False, uai=None, plat="espace_acheteur", hard=True, lang="fr",
     notes="A bursar's real question about validating orders with a bon d'engagement, but posted to a Google Group the desk is subscribed to (List-Id, Precedence: list, 'via' sender): not written to us, never answered. The From domain is googlegroups.com, so no region even though X-Original-Sender is academic.",
     frm=("'Nathalie Giraud' via Gestionnaires EPLE PACA", "gestionnaires-paca@googlegroups.com"),
     to="Gestionnaires EPLE PACA <gestionnaires-paca@googlegroups.com>",
     reply_to="gestionnaires-paca@googlegroups.com",
     subject="[gestionnaires-paca] Validation commande Espace Acheteur avec BE",
     date="2025-08-26 15:37", client="gmail",
     extra=[("X-Original-Sender", "nathalie.giraud@ac-aix-marseille.fr"), ("Precedence", "list"),
            ("Mailing-list", "list gestionnaires-paca@googlegroups.com; contact gestionnaires-paca+owners@googlegroups.com"),
            ("List-ID", "<gestionnaires-paca.googlegroups.com>"),
            ("List-Post", "<https://groups.google.com/group/gestionnaires-paca/post>, <mailto:gestionnaires-paca@googlegroups.com>"),
            ("List-Help", "<https://groups.google.com/support/>, <mailto:gestionnaires-paca+help@googlegroups.com>"),
            ("List-Unsubscribe", "<mailto:googlegroups-manage+428190+unsubscribe@googlegroups.com>, <https://groups.google.com/group/gestionnaires-paca/subscribe>")],
     body="""Bonjour à tous,

Petite question de rentrée : pour valider une commande sur l'Espace Acheteur, est-ce que vous joignez le bon d'engagement signé dès la validation du panier, ou seulement quand le fournisseur le réclame ? L'an dernier je l'avais mis au moment de la validation et la commande était restée bloquée une semaine.

Merci pour vos retours, et bonne fin de vacances à ceux qui en ont encore !

Nathalie Giraud
Adjointe gestionnaire – collège Mignet, Aix-en-Provence

--
Vous recevez ce message, car vous êtes abonné au groupe Google Groupes "Gestionnaires EPLE PACA".
Pour vous désabonner de ce groupe et ne plus recevoir d'e-mails le concernant, envoyez un e-mail à l'adresse gestionnaires-paca+unsubscribe@googlegroups.com.
""")

mail(cat="automated", ar=False, uai="9740934", plat="espace_acheteur", hard=False, lang="fr",
     notes="No-reply Espace Acheteur notification (Auto-Submitted: auto-generated) sent to the desk as administrator of last resort: an account awaits validation. The body names the structure with its UAI, which gives the label and the region.",
     frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
     subject="Nouvelle demande d'accès à valider – Collège Les Eucalyptus",
     date="2025-08-14 03:12", client="plain", cte="quoted-printable",
     extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     body="""Bonjour,

Un utilisateur a demandé l'accès à votre structure sur l'Espace Acheteur.

Structure : Collège Les Eucalyptus – Saint-Louis (974)
UAI : [[U:9740934]]
Demandeur : Judith Hoarau (judith.hoarau@ac-reunion.fr)
Profil demandé : Gestionnaire – commandes

Cette structure n'ayant pas d'administrateur actif, la demande vous est transmise.

Pour valider ou refuser la demande, connectez-vous à votre espace d'administration.

Ceci est un message automatique, merci de ne pas y répondre.
""")

mail(cat="automated", ar=False, uai="0301466", plat="esidoc", hard=True, lang="fr",
     notes="e-sidoc renewal reminder from a no-reply sender with no Auto-Submitted or Precedence header; renewal vocabulary is a trap for order_billing / subscription_activation. The UAI appears only in the portal URL, in lower case.",
     frm=("e-sidoc", "notifications@esidoc.example.fr"),
     subject="Votre abonnement e-sidoc arrive à échéance le 31/08/2025",
     date="2025-08-01 05:30", client="raw",
     node=Multi("alternative", [
         Text("""Bonjour,

L'abonnement e-sidoc du portail https://[[l:0301466]].esidoc.fr arrive à échéance le 31 août 2025.

Pour assurer la continuité du service à la rentrée, pensez à passer la commande de renouvellement depuis votre espace client.

Ceci est un message automatique, merci de ne pas y répondre.
""", charset="utf-8", cte="quoted-printable"),
         Text("""<!DOCTYPE html><html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<p>Bonjour,</p>
<p>L'abonnement e-sidoc du portail <a href="https://[[l:0301466]].esidoc.fr">https://[[l:0301466]].esidoc.fr</a> arrive à échéance le <strong>31 août 2025</strong>.</p>
<p>Pour assurer la continuité du service à la rentrée, pensez à passer la commande de renouvellement depuis votre espace client.</p>
<p style="color:#888;font-size:11px">Ceci est un message automatique, merci de ne pas y répondre.</p>
</td></tr></table></body></html>
""", subtype="html", charset="utf-8", cte="quoted-printable"),
     ]))

mail(cat="automated", ar=False, uai=None, plat="esignature", hard=False, lang="fr",
     notes="E-signature reminder (Auto-Submitted: auto-generated) telling the desk a convention awaits its signature: transactional notification, never answered.",
     frm=("Signature électronique", "no-reply@esignature.example.fr"),
     subject="Rappel : « Convention d'adhésion 2025-2028 – Lycée Arago » attend votre signature",
     date="2025-07-10 07:00", client="raw",
     extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     node=Multi("alternative", [
         Text("""Bonjour,

Le document « Convention d'adhésion 2025-2028 – Lycée Arago » vous a été envoyé le 3 juillet 2025 et attend toujours votre signature.

Signer le document : https://esignature.example.fr/s/7Qm2Lx9cVb

Ce lien est personnel. Ne le transférez pas.

L'équipe Signature électronique
""", charset="utf-8", cte="quoted-printable"),
         Text("""<html><body><p>Bonjour,</p><p>Le document <b>« Convention d'adhésion 2025-2028 – Lycée Arago »</b> vous a été envoyé le 3 juillet 2025 et attend toujours votre signature.</p><p><a href="https://esignature.example.fr/s/7Qm2Lx9cVb" style="background:#1a73e8;color:#fff;padding:10px 18px;text-decoration:none">Signer le document</a></p><p>Ce lien est personnel. Ne le transférez pas.</p></body></html>
""", subtype="html", charset="utf-8", cte="quoted-printable"),
     ]))

mail(cat="automated", ar=False, uai=None, plat="ticket_portal", hard=False, lang="fr",
     notes="Ticket-portal notification (Auto-Submitted: auto-generated): a ticket the desk opened with a supplier was resolved.",
     frm=("Portail d'assistance", "ne-pas-repondre@portail-assistance.example.fr"),
     subject="[Portail d'assistance] Ticket T-2025-04417 résolu",
     date="2025-08-05 17:22", client="plain", cte="quoted-printable",
     extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
     body="""Bonjour,

Le ticket T-2025-04417 « Lenteurs à l'ouverture des notices » a été passé au statut Résolu par l'équipe Support éditeur.

Commentaire de résolution :
Un index a été reconstruit le 5 août. Les temps d'affichage sont revenus à la normale.

Si le problème persiste, vous pouvez rouvrir le ticket dans les 15 jours depuis le portail.

--
Portail d'assistance – message automatique
""")

mail(cat="automated", ar=False, uai=None, plat=None, hard=True, lang="fr",
     notes="The sender-authentication challenge of a MailInBlack-protected mailbox, sent to the desk because our answer went to a protected address. It names Mailinblack and asks to click, but no person wrote it to us: automated (answering would loop), not mailinblack_spam.",
     frm=("Messagerie protégée par Mailinblack", "no-reply@protect.mailinblack.example"),
     subject="Votre message est en attente – merci de vous authentifier",
     date="2025-08-20 11:48", client="raw",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")],
     node=Multi("alternative", [
         Text("""Bonjour,

Vous avez envoyé un message à intendance@lycee-montgrand.fr.

Ce destinataire est protégé par Mailinblack. Afin que votre message lui soit remis, merci de confirmer que vous êtes bien un humain en cliquant sur le lien ci-dessous :

https://protect.mailinblack.example/challenge/8fK2qZp0WdA1

Cette vérification n'est demandée qu'une seule fois. Le lien est valable 7 jours.

Objet de votre message : [#SUP-007640] Commande validée
""", charset="utf-8", cte="quoted-printable"),
         Text("""<html><body style="font-family:Helvetica,Arial,sans-serif"><h2>Votre message est en attente</h2><p>Vous avez envoyé un message à <b>intendance@lycee-montgrand.fr</b>.</p><p>Ce destinataire est protégé par Mailinblack. Afin que votre message lui soit remis, merci de confirmer que vous êtes bien un humain.</p><p><a href="https://protect.mailinblack.example/challenge/8fK2qZp0WdA1">Je m'authentifie</a></p><p style="font-size:11px">Objet de votre message : [#SUP-007640] Commande validée</p></body></html>
""", subtype="html", charset="utf-8", cte="quoted-printable"),
     ]))

mail(cat="automated", ar=False, uai=None, plat=None, hard=False, lang="en",
     notes="English Exchange Online 'Automatic reply:' with Auto-Submitted and X-Auto-Response-Suppress from a school's own .re domain; Réunion time given in the text.",
     frm=("Mélissa Grondin", "m.grondin@lycee-stmaurice.re"),
     subject="Automatic reply: [#SUP-007502] Activation link",
     date="2025-07-31 12:40", tz="utc", client="outlook",
     irt="<SUP-007502.1753958000.d1e0f8@assistance.example.fr>",
     extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     body="""Hello,

I am on annual leave until Monday 11 August (Reunion time, UTC+4) with limited access to my emails.

For anything related to the library or the English section, please contact the school office.

Best regards,
Mélissa Grondin
""")

mail(cat="automated", ar=False, uai=None, plat=None, hard=False, lang="fr",
     notes="Automatic acknowledgement from the rectorat's IT help desk (Auto-Submitted: auto-replied, X-Loop, Precedence: bulk) for a message the desk sent it; answering would start a mail loop. Region from ac-corse.fr.",
     frm=("Assistance DSI - Rectorat de Corse", "assistance@ac-corse.fr"),
     subject="[DSI-Corse #25-31877] Accusé de réception : Messages de l'assistance bloqués",
     date="2025-07-24 14:09", client="plain", cte="quoted-printable",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance@ac-corse.fr"), ("Precedence", "bulk")],
     body="""Bonjour,

Votre demande a bien été enregistrée sous le numéro 25-31877.

Période estivale : la plateforme d'assistance fonctionne avec une équipe réduite jusqu'au 22 août. Le délai de prise en charge peut être allongé.

Merci de ne pas répondre à ce message : pour compléter votre demande, utilisez le lien de suivi ci-dessous.
https://assistance.ac-corse.fr/suivi/25-31877

La DSI du rectorat de Corse
""")

mail(cat="automated", ar=False, uai=None, plat=None, hard=False, lang="fr",
     notes="Webmail autoresponder with only 'X-Autoreply: yes' and 'X-Autorespond' (no Auto-Submitted); personal laposte.net address.",
     frm=("Gérard Castan", "gerard.castan@laposte.net"),
     subject="Absence",
     date="2025-08-08 19:55", client="plain", cte="8bit",
     extra=[("X-Autoreply", "yes"), ("X-Autorespond", "Absence")],
     body="""Bonjour,
je suis en vacances jusqu'au 24 août, sans ordinateur.
Je lirai votre message à mon retour.
G. Castan
""")

mail(cat="automated", ar=False, uai=None, plat=None, hard=False, lang="fr",
     notes="Bilingual French/English vacation reply from a lycée international's académie address (Zimbra, Auto-Submitted). French comes first, so lang fr; region from ac-nice.fr.",
     frm=("Caroline Aubert", "caroline.aubert@ac-nice.fr"),
     subject="Absence / Out of office",
     date="2025-07-25 16:16", client="plain", cte="quoted-printable",
     irt="<SUP-007433.1753452900.7aa0b1@assistance.example.fr>",
     extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
     body="""Bonjour,
Je suis absente jusqu'au lundi 25 août. Pour toute question concernant le CDI du Centre international de Valbonne, merci d'écrire au secrétariat.

Hello,
I am away until Monday 25 August. For any question about the CIV library, please contact the school office.

Caroline Aubert
Professeure documentaliste / Teacher-librarian
""")

mail(cat="automated", ar=False, uai=None, plat=None, hard=False, lang="fr",
     notes="Orange webmail vacation reply ('Réponse automatique', Auto-Submitted: auto-replied) from a personal wanadoo.fr address.",
     frm=("Jean-Pierre Vidal", "jp.vidal31@wanadoo.fr"),
     subject="Réponse automatique : Re: [#SUP-007377] Votre ancien compte",
     date="2025-07-22 10:10", client="plain", cte="quoted-printable",
     irt="<SUP-007377.1753171000.2c1f56@assistance.example.fr>",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Messagerie Orange")],
     body="""Bonjour,

Je suis actuellement en vacances, sans accès à internet. Je prendrai connaissance de votre message à mon retour, vers le 20 août.

Cordialement,
Jean-Pierre Vidal
""")

mail(cat="automated", ar=False, uai=None, plat=None, hard=False, lang="fr",
     notes="Publisher's marketing newsletter for the rentrée: List-Id, one-click List-Unsubscribe, Precedence: bulk, HTML and text.",
     frm=("Éditions du Cormoran", "newsletter@cormoran-editions.fr"),
     subject="Rentrée 2025 : nos nouveautés pour les CDI + un webinaire le 28 août",
     date="2025-08-19 07:30", client="raw",
     extra=[("List-Id", "Newsletter CDI <cdi.cormoran-editions.fr>"),
            ("List-Unsubscribe", "<https://cormoran-editions.fr/u/4Hq0aZ>, <mailto:unsubscribe@cormoran-editions.fr?subject=unsub-4Hq0aZ>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
            ("Feedback-ID", "cdi-2025-08:cormoran:newsletter")],
     node=Multi("alternative", [
         Text("""Rentrée 2025 : nos nouveautés pour les CDI

- 12 nouveaux documentaires pour le cycle 3
- La collection « Petits débats » enrichie de 4 titres
- Webinaire de présentation le jeudi 28 août à 14 h

Voir le catalogue : https://cormoran-editions.fr/catalogue-cdi

Vous recevez cet e-mail car vous êtes inscrit à la newsletter CDI.
Se désinscrire : https://cormoran-editions.fr/u/4Hq0aZ
""", charset="utf-8", cte="quoted-printable"),
         Text("""<html><body style="margin:0;background:#f4f1ea"><table width="600" align="center" style="background:#fff"><tr><td style="padding:24px;font-family:Georgia,serif"><h1 style="color:#264653">Rentrée 2025 : nos nouveautés pour les CDI</h1><ul><li>12 nouveaux documentaires pour le cycle 3</li><li>La collection « Petits débats » enrichie de 4 titres</li><li>Webinaire de présentation le jeudi 28 août à 14 h</li></ul><p><a href="https://cormoran-editions.fr/catalogue-cdi">Voir le catalogue</a></p><p style="font-size:11px;color:#777">Vous recevez cet e-mail car vous êtes inscrit à la newsletter CDI. <a href="https://cormoran-editions.fr/u/4Hq0aZ">Se désinscrire</a></p></td></tr></table></body></html>
""", subtype="html", charset="utf-8", cte="quoted-printable"),
     ]))

mail(cat="automated", ar=False, uai="0301733", plat=None, hard=True, lang="fr",
     notes="Postfix bounce from the académie relay (multipart/report, 5.2.2 mailbox full) for our answer to a school's official mailbox. The UAI is only in the failed recipient address ce.<UAI>@ac-montpellier.fr in the bounce text, which gives the label; Gard (030) is Occitanie, like the sender domain.",
     frm=("Mail Delivery System", "MAILER-DAEMON@ac-montpellier.fr"), rp="<>", auth="none",
     subject="Undelivered Mail Returned to Sender",
     date="2025-07-30 12:51", client="raw",
     extra=[("Auto-Submitted", "auto-replied")],
     node=Multi("report", [
         Text("""This is the mail system at host smtp2.ac-montpellier.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<ce.[[U:0301733]]@ac-montpellier.fr>: host mbox3.ac-montpellier.fr said:
    552 5.2.2 <ce.[[U:0301733]]@ac-montpellier.fr>: Mailbox full (quota
    exceeded) (in reply to end of DATA command)
""", charset="us-ascii", cte="7bit", quote_charset=False, headers=(("Content-Description", "Notification"),)),
         Raw("message/delivery-status", """Reporting-MTA: dns; smtp2.ac-montpellier.fr
X-Postfix-Queue-ID: 4bsW1n3Lq7z9fR
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Wed, 30 Jul 2025 12:51:20 +0200 (CEST)

Final-Recipient: rfc822; ce.[[U:0301733]]@ac-montpellier.fr
Original-Recipient: rfc822;ce.[[U:0301733]]@ac-montpellier.fr
Action: failed
Status: 5.2.2
Remote-MTA: dns; mbox3.ac-montpellier.fr
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full (quota exceeded)
""", headers=(("Content-Description", "Delivery report"),)),
         Msg([("From", "Assistance <support@assistance.example.fr>"),
              ("To", "ce.[[U:0301733]]@ac-montpellier.fr"),
              ("Subject", "[#SUP-007481] Lien de réinitialisation du mot de passe"),
              ("Date", "Wed, 30 Jul 2025 12:51:19 +0200"),
              ("Message-ID", "<SUP-007481.1753872679.e3b58d@assistance.example.fr>"),
              ("Auto-Submitted", "auto-replied")], headers_only=True, description="Undelivered Message Headers"),
     ], params="report-type=delivery-status"))

mail(cat="automated", ar=False, uai=None, plat=None, hard=True, lang="fr",
     notes="Chorus Pro status-change notification sent to the desk's billing contact: invoice vocabulary (facture, service fait) but a machine-generated message without Auto-Submitted; nothing to answer, so not order_billing.",
     frm=("Chorus Pro", "ne-pas-repondre@chorus-pro.gouv.fr"),
     subject="Chorus Pro - Changement de statut de la facture n° FA-2025-00871",
     date="2025-07-16 02:14", client="plain", cte="quoted-printable",
     body="""Bonjour,

La facture n° FA-2025-00871 déposée le 02/07/2025 a changé de statut.

Ancien statut : MISE A DISPOSITION DU DESTINATAIRE
Nouveau statut : SERVICE FAIT

Destinataire : LYCEE JEAN MOULIN - BEZIERS
Montant TTC : 1 284,00 EUR

Pour consulter le détail de la facture, connectez-vous à Chorus Pro.

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
L'équipe Chorus Pro
""")

mail(cat="automated", ar=False, uai=None, plat=None, hard=False, lang="fr",
     notes="Outlook 'Non lu :' notice (our message deleted without being read), disposition-notification; region from the ac-reunion.fr sender.",
     frm=("NATIVEL Sandrine", "sandrine.nativel@ac-reunion.fr"),
     subject="Non lu : [#SUP-007522] Votre abonnement Europresse",
     date="2025-08-04 07:55", tz="reunion", client="raw",
     extra=[("X-Mailer", "Microsoft Outlook 16.0")],
     node=Multi("report", [
         Text("""Votre message

  À : NATIVEL Sandrine
  Objet : [#SUP-007522] Votre abonnement Europresse
  Envoyé : vendredi 1 août 2025 10:02:44 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été supprimé sans avoir été lu le lundi 4 août 2025 07:55:12 (UTC+04:00) Port Louis.
""", charset="iso-8859-1", cte="quoted-printable"),
         Raw("message/disposition-notification", """Reporting-UA: PC-CDI-02; Microsoft Outlook 16.0
Final-Recipient: rfc822;sandrine.nativel@ac-reunion.fr
Original-Message-ID: <SUP-007522.1754035364.b77c3a@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; deleted
"""),
     ], params="report-type=disposition-notification", bstyle="nextpart"))

mail(cat="automated", ar=False, uai=None, plat=None, hard=False, lang="fr",
     notes="Sieve vacation reply (Auto-Submitted: auto-replied (vacation), Precedence: bulk) with a base64 UTF-8 body; it mentions ENT passwords, which must not make it password_reset. Region from ac-aix-marseille.fr.",
     frm=("Thomas Meffre", "thomas.meffre@ac-aix-marseille.fr"),
     subject="Auto: [#SUP-007588] Comptes élèves e-sidoc",
     date="2025-08-11 09:03", client="plain", cte="base64",
     irt="<SUP-007588.1754895780.c7d9e2@assistance.example.fr>",
     extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")],
     body="""Bonjour,

Je suis en congé jusqu'au 25 août inclus et ne relève pas ma messagerie.

Pour les mots de passe ENT et les comptes élèves, merci de voir avec Mme Chabaud, référente numérique du collège, à partir du 26 août.

Bonne fin d'été,
Thomas Meffre
""")

# ==========================================================================
# 2. PASSWORD_RESET
# ==========================================================================

mail(cat="password_reset", ar=True, uai="0340823", plat="esidoc", hard=False, lang="fr",
     notes="SMS-style message from a personal Gmail on a phone ('mdp', no accents, no apostrophes); clear lost e-sidoc password, UAI in the body.",
     frm=("Lea Fabre", "leafabre.doc@gmail.com"),
     subject="mdp esidoc",
     date="2025-07-26 22:41", client="gmail",
     body="""bjr, jai perdu le mdp du portail esidoc du cdi (college jean jaures montpellier, uai [[U:0340823]]). je suis en vacances mais je voudrais preparer les nouveautes de la rentree, vous pouvez menvoyer un lien ? merci bcp
lea fabre
""")

mail(cat="password_reset", ar=True, uai="7200009", plat="esidoc", hard=True, lang="fr",
     notes="Newly appointed librarian with neither the identifiant nor the password ('je n'ai ni l'identifiant ni le mot de passe'); iPhone from orange.fr; the UAI is written with spaces inside (720 0009 X), Haute-Corse prefix 720.",
     frm=("Laura Filippi", "laura.filippi2b@orange.fr"),
     subject="Accès e-sidoc nouvelle documentaliste",
     date="2025-08-18 07:52", client="iphone",
     body="""Bonjour,

Je viens d'être nommée au CDI du lycée Giocante de Casabianca à Bastia pour la rentrée. Je voudrais prendre en main le portail e-sidoc avant septembre mais je n'ai ni l'identifiant ni le mot de passe, et ma prédécesseure ne répond pas.

Le numéro de l'établissement est le [[s2:7200009]] si ça peut aider.

Merci d'avance,
Laura Filippi

Envoyé de mon iPhone
""")

mail(cat="password_reset", ar=True, uai="9740045", plat="esidoc", hard=False, lang="en",
     notes="English, from a personal Gmail: the written-down password no longer works; she asks for the link to go to the school's address (the safe path). Réunion rentrée in mid-August.",
     frm=("Priya Ramsamy", "priya.ramsamy974@gmail.com"),
     subject="e-sidoc admin password",
     date="2025-08-09 15:10", tz="reunion", client="gmail",
     body="""Hello,

I'm the teacher-librarian at Lycée Saint-Paul IV in La Réunion. Our rentrée is on 18 August and I can't get into the e-sidoc admin: the password I wrote down in June doesn't work any more.

Our school code is [[U:9740045]]. Could you send a reset link to the school's official address? I'm writing from my personal account because I'm not back on site yet.

Many thanks,
Priya Ramsamy
""")

mail(cat="password_reset", ar=True, uai="0311340", plat="esidoc", hard=False, lang="fr",
     notes="Account locked after too many failed attempts ('compte verrouillé'); asks to unlock or for a reset link. Thunderbird, format=flowed.",
     frm=("Benoît Cazals", "benoit.cazals@ac-toulouse.fr"),
     subject="Compte e-sidoc verrouillé",
     date="2025-07-03 11:27", client="thunderbird",
     body="""Bonjour,

Après plusieurs tentatives ratées (j'avais le clavier en QWERTY sans m'en rendre compte...), le compte d'administration e-sidoc du collège est bloqué : le portail affiche « compte verrouillé, réessayez plus tard ». Cela fait maintenant deux jours et c'est toujours la même chose.

Pourriez-vous le débloquer, ou bien m'envoyer un lien de réinitialisation ? Notre UAI est le [[U:0311340]].

Merci par avance,

--
Benoît Cazals
Professeur documentaliste
Collège Jean Jaurès – Colomiers
""")

mail(cat="password_reset", ar=True, uai="0062011", plat="espace_acheteur", hard=True, lang="fr",
     notes="Reply on an old billing ticket: the quoted exchange (Outlook '-----Message d'origine-----', two levels) is about an invoice gap that is settled; the new text clearly asks something else, a lost Espace Acheteur login (account probably created with the predecessor's address, FAQ case), so the new ask wins.",
     frm=("ARNAUD Frédéric", "frederic.arnaud@ac-nice.fr"),
     subject="RE: [#SUP-006981] Facture 2025-0412 – écart de montant",
     date="2025-08-21 10:04", client="outlook_desktop", charset="windows-1252",
     irt="<SUP-006981.1750323720.44be90@assistance.example.fr>",
     body="""Bonjour Madame,

Merci encore pour votre aide en juin sur la facture, tout est réglé de notre côté.

Autre chose cette fois : en voulant préparer les commandes de rentrée sur l'Espace Acheteur, je ne parviens plus à me connecter. Mon mot de passe n'est plus accepté et je ne sais plus avec quelle adresse le compte a été créé (peut-être celle de mon prédécesseur, parti en 2024). L'UAI du collège est [[U:0062011]].

Pouvez-vous m'aider à récupérer l'accès ?

Cordialement,

Frédéric Arnaud
Adjoint gestionnaire
Collège Jean-Henri Fabre – Nice

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 19 juin 2025 11:02
À : ARNAUD Frédéric <frederic.arnaud@ac-nice.fr>
Objet : RE: [#SUP-006981] Facture 2025-0412 – écart de montant

Bonjour Monsieur,

Après vérification auprès du service facturation, l'écart de 48,00 € correspond aux frais de port appliqués par erreur sur la commande du 2 mai. Un avoir du même montant vient d'être émis et sera déposé sur Chorus Pro dans les prochains jours.

Nous vous prions de nous excuser pour ce désagrément.

Cordialement,
L'équipe d'assistance

-----Message d'origine-----
De : ARNAUD Frédéric <frederic.arnaud@ac-nice.fr>
Envoyé : mardi 17 juin 2025 15:40
À : Assistance <support@assistance.example.fr>
Objet : Facture 2025-0412 – écart de montant

Bonjour,

La facture 2025-0412 reçue sur Chorus affiche 1 236,00 € alors que le devis signé était de 1 188,00 €. Pouvez-vous m'expliquer la différence ? Je ne peux pas la mettre en paiement en l'état.

Cordialement,
F. Arnaud
""")

mail(cat="password_reset", ar=True, uai="9740612", plat="esidoc", hard=False, lang="fr",
     notes="The secretariat writes from the school's ce.<UAI>@ac-reunion.fr address (Zimbra): the reset link expired before the librarian could use it; asks for a new link on the same official address.",
     frm=("Secrétariat collège Bois-de-Nèfles", "ce.[[U:9740612]]@ac-reunion.fr"),
     subject="Lien expiré - e-sidoc",
     date="2025-08-12 19:35", tz="reunion", client="zimbra",
     body="""Bonjour,

Le lien de réinitialisation du mot de passe e-sidoc reçu sur cette adresse ce matin indique « lien expiré ou déjà utilisé ». La documentaliste n'a pu l'ouvrir que ce soir, elle n'avait pas accès à la boîte de l'établissement avant.

Pouvez-vous en renvoyer un sur cette même adresse ? Nous le lui transmettrons tout de suite.

Cordialement,
Le secrétariat
Collège Bois-de-Nèfles – Saint-Denis
""")

mail(cat="password_reset", ar=True, uai="9760127", plat="esidoc", hard=False, lang="fr",
     notes="Expired password that must be changed, but the old one is lost; UAI only in the signature. Older Thunderbird, ISO-8859-1 8-bit body, Mayotte time zone.",
     frm=("Ahamada Said", "ahamada.said@ac-mayotte.fr"),
     subject="mot de passe e-sidoc expiré",
     date="2025-08-20 13:06", tz="mayotte", client="thunderbird", charset="iso-8859-1",
     ua="Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101 Thunderbird/52.9.1",
     body="""Bonjour,

Le mot de passe de notre portail e-sidoc a expiré et on me demande de le changer, mais il faut saisir l'ancien mot de passe et je ne l'ai plus : il était noté dans le cahier de la collègue qui a quitté Mayotte en juin.

Merci de m'indiquer comment faire.

Ahamada Said
Documentaliste
Collège de Kani-Kéli
UAI [[U:9760127]]
""")

mail(cat="password_reset", ar=False, uai=None, plat="esidoc", hard=True, lang="fr",
     notes="UAI typed [[X:0341967]]: wrong check letter (the digits give [[U:0341967]]), which also explains the 'identifiant inconnu' she gets. No UAI label; region from ac-montpellier.fr. A person should point out the typo instead of the generic reset answer.",
     frm=("Marion Bousquet", "marion.bousquet@ac-montpellier.fr"),
     subject="Identifiant inconnu sur e-sidoc",
     date="2025-07-02 16:45", client="zimbra",
     body="""Bonjour,

Je n'arrive plus à me connecter à e-sidoc depuis le changement de mot de passe imposé en juin. J'ai cliqué sur « mot de passe oublié » mais l'outil me répond « identifiant inconnu » quand je saisis notre identifiant, [[X:0341967]].

Merci de me renvoyer un accès.

Marion Bousquet
CDI – Lycée Joffre, Montpellier
""")

mail(cat="password_reset", ar=True, uai="0133288", plat="espace_acheteur", hard=False, lang="fr",
     notes="Bursar preparing the rentrée orders: Espace Acheteur login refused and the 'forgotten password' page finds no account for her address (account opened with the predecessor's address, FAQ case).",
     frm=("Karima Benali", "karima.benali@ac-aix-marseille.fr"),
     subject="Plus d'accès à l'Espace Acheteur",
     date="2025-08-25 08:38", client="zimbra",
     body="""Bonjour,

Gestionnaire du collège Jean Rostand (Marseille 13e), je prépare les commandes de fournitures pour la rentrée et je ne peux plus entrer dans l'Espace Acheteur : « identifiant ou mot de passe incorrect ».

J'ai fait « mot de passe oublié » avec mon adresse académique : le message dit qu'aucun compte n'est associé à cette adresse. Je pense que le compte a été ouvert avec l'adresse de l'ancienne gestionnaire, partie en mutation.

UAI [[U:0133288]]

Merci de votre aide,
Karima Benali
""")

mail(cat="password_reset", ar=True, uai="0660521", plat="esidoc", hard=True, lang="fr",
     notes="Contrast: 'ce n'est pas un problème de mail qui n'arrive pas' — the reset mail did arrive, but its link says expired; asks for a new link: password_reset, not missing_noreply_mail.",
     frm=("Élodie Martinez", "elodie.martinez.doc@gmail.com"),
     subject="Lien de réinitialisation expiré alors que je viens de le recevoir",
     date="2025-07-08 09:58", client="gmail",
     body="""Bonjour,

Je précise tout de suite : ce n'est pas un problème de mail qui n'arrive pas, j'ai bien reçu votre message de réinitialisation (il était même dans la boîte de réception, pas dans les indésirables). Le souci, c'est que le lien m'affiche « Ce lien a expiré » alors que je clique dessus dix minutes après l'avoir reçu.

Pouvez-vous m'en envoyer un nouveau ? C'est pour le portail e-sidoc du lycée Arago de Perpignan, [[U:0660521]].

Bien cordialement,
Élodie Martinez
""")

mail(cat="password_reset", ar=False, uai="0061893", plat="esidoc", hard=True, lang="fr",
     notes="Two topics: lost e-sidoc admin password (first, main) and an Universalis subscription renewed in June still not visible (subscription_activation, already past 72 h). One template would answer only half.",
     frm=("Sophie Olivier", "sophie.olivier@ac-nice.fr"),
     subject="mot de passe + abonnement Universalis",
     date="2025-08-27 14:12", client="zimbra",
     body="""Bonjour,

Deux choses avant la rentrée :

1) je n'ai plus le mot de passe administrateur d'e-sidoc (changement de poste, la personne précédente ne me l'a pas transmis) ;

2) l'abonnement Universalis que le lycée a renouvelé en juin n'apparaît pas dans les ressources du portail.

Pour le 2, c'est peut-être lié au 1 et je le verrai une fois connectée ?

Merci,
Sophie Olivier
Lycée Audiberti, Antibes – [[U:0061893]]
""")

mail(cat="password_reset", ar=False, uai="0341834", plat="ecoledirecte", hard=True, lang="fr",
     notes="Lost EcoleDirecte ADMIN account password; she explicitly says it is NOT the daily maintenance password (which would be transfer_incident). No reset template exists for this product, so a person answers.",
     frm=("Nadia Roux", "administration@institution-saint-francois.fr"),
     subject="Mot de passe compte ADMIN EcoleDirecte",
     date="2025-08-19 10:21", client="outlook",
     body="""Bonjour,

Je suis la nouvelle responsable administrative de l'établissement. J'ai besoin du mot de passe du compte administrateur EcoleDirecte pour préparer les classes de la rentrée, et personne ici ne le connaît.

Attention, je ne parle pas du mot de passe de maintenance du jour (celui-là, on sait le demander), mais bien du mot de passe de connexion du compte ADMIN.

Établissement : Institution Saint-François, Montpellier – UAI [[U:0341834]]

Merci,
Nadia Roux
Responsable administrative
""")

mail(cat="password_reset", ar=True, uai="0650026", plat="esidoc", hard=False, lang="fr",
     notes="Outlook forward ('TR:') by the bursar of the librarian's message from her personal Gmail; the bursar asks for the link on the school's official address (the safe path).",
     frm=("LACOSTE Patrick", "patrick.lacoste@ac-toulouse.fr"),
     subject="TR: e-sidoc",
     date="2025-07-31 09:14", client="outlook_desktop",
     body="""Bonjour,

Je vous transfère la demande de notre documentaliste, qui n'a pas accès à sa messagerie académique cet été. Pourriez-vous envoyer le lien de réinitialisation sur l'adresse officielle du lycée ? Je le lui ferai suivre.

Cordialement,
Patrick Lacoste
Adjoint gestionnaire – Lycée Théophile Gautier, Tarbes ([[U:0650026]])

________________________________
De : Anne-Laure Dupuy <al.dupuy65@gmail.com>
Envoyé : mercredi 30 juillet 2025 18:22
À : LACOSTE Patrick <patrick.lacoste@ac-toulouse.fr>
Objet : e-sidoc

Patrick, tu pourrais demander à l'assistance d'e-sidoc de réinitialiser le mot de passe du portail ? Je l'ai perdu et je voudrais mettre à jour les actus de rentrée. Merci et bon été ! AL
""")

mail(cat="password_reset", ar=True, uai=None, plat="espace_acheteur", hard=False, lang="en",
     notes="English, académie Zimbra: forgotten Espace Acheteur password, the account was probably created with the section's generic address he cannot reach in the holidays. No UAI; region from ac-nice.fr.",
     frm=("James Whitfield", "james.whitfield@ac-nice.fr"),
     subject="Forgotten password - Espace Acheteur",
     date="2025-08-22 16:30", client="zimbra",
     body="""Hello,

I coordinate purchasing for the international section at Lycée Masséna and I've forgotten my password for the Espace Acheteur. I tried the 'forgotten password' page twice, but I think my account was created under the section's generic address, which I can't access during the holidays.

Could you tell me how to get back in? We need to place the orders for the new textbooks before 1 September.

Thanks,
James Whitfield
""")

mail(cat="password_reset", ar=True, uai="0830919", plat="esidoc", hard=False, lang="fr",
     notes="HTML-only Outlook message: a librarian appointed for the rentrée does not know the portal password ('je ne connais pas le mot de passe'), her predecessor retired.",
     frm=("Magali Rey", "magali.rey@ac-nice.fr"),
     subject="Mot de passe du portail e-sidoc – collège Voltaire",
     date="2025-08-28 11:50", client="html_only",
     body="""Bonjour,

Nommée professeure documentaliste au collège Voltaire de Toulon à la rentrée, je ne connais pas le mot de passe du portail e-sidoc : ma prédécesseure est partie à la retraite en juillet sans laisser de consignes.

L'identifiant serait l'UAI du collège, [[U:0830919]], d'après le secrétariat.

Pouvez-vous m'indiquer la procédure ?

Bien cordialement,
Magali Rey
""")

mail(cat="password_reset", ar=True, uai="0131549", plat="espace_acheteur", hard=False, lang="fr",
     notes="Phone message from free.fr in SMS style with dropped apostrophes ('l espace', 'c est'); UAI typed in lower case.",
     frm=("R. Bonnet", "r.bonnet13@free.fr"),
     subject="mdp oublié",
     date="2025-08-16 12:03", client="plain", cte="8bit",
     extra=[("User-Agent", "K-9 Mail for Android")],
     body="""Bonjour
mdp oublié pour l espace acheteur. l identifiant c est bien l uai du lycee ? [[l:0131549]] (lycee thiers marseille)
je suis gestionnaire, je dois passer les commandes de rentrée avant le 25
merci
R. Bonnet
""")

mail(cat="password_reset", ar=False, uai="6200734", plat="esidoc", hard=True, lang="fr",
     notes="Lost e-sidoc password, but she asks for the new password to be sent to her personal Gmail because the school's mailbox is not read until 20 August: a reset may never go to an address that is not on file, so a person answers.",
     frm=("Stella Casanova", "stella.casanova@gmail.com"),
     subject="Mot de passe e-sidoc - collège de Porto-Vecchio",
     date="2025-07-18 21:14", client="gmail",
     body="""Bonjour,

Je suis la documentaliste du collège de Porto-Vecchio. J'ai perdu le mot de passe d'e-sidoc. Le lien part sur la boîte du collège, mais le collège est fermé jusqu'au 20 août et personne ne relève le courrier.

Est-ce que vous pourriez exceptionnellement m'envoyer le nouveau mot de passe directement sur cette adresse perso (stella.casanova@gmail.com) ? Ce serait plus simple pour moi.

UAI : [[U:6200734]]

Merci beaucoup,
Stella Casanova
""")

mail(cat="password_reset", ar=True, uai="6201122", plat="esidoc", hard=False, lang="fr",
     notes="Short request from Outlook for Android (base64 text and HTML parts): e-sidoc account locked after too many attempts; Corse-du-Sud prefix 620.",
     frm=("LUCIANI Dominique", "dominique.luciani@ac-corse.fr"),
     subject="compte verrouillé",
     date="2025-08-29 07:41", client="android_outlook",
     body="""Bjr, compte esidoc verrouillé après trop d'essais, lycée Clemenceau de Sartène ([[U:6201122]]). Possible de débloquer svp ? Merci.
Dominique Luciani
""")

mail(cat="password_reset", ar=False, uai="0301590", plat="esidoc", hard=False, lang="fr",
     notes="Reply (Apple Mail quote) to the automatic reset answer: the link went to the school's official mailbox, which nobody reads until 18 August, and the head is on holiday too. The template has been sent already; a person must take over.",
     frm=("Claire Teissier", "claire.teissier@icloud.com"),
     subject="Re: [#SUP-007355] Mot de passe e-sidoc",
     date="2025-07-16 08:20", client="apple",
     irt="<SUP-007355.1752562920.90ac14@assistance.example.fr>",
     body="""Bonjour,

Merci pour la réponse rapide. Le souci, c'est que le lien est parti sur l'adresse officielle du collège (c***@ac-montpellier.fr) et que personne ne relève cette boîte en juillet : le secrétariat est fermé jusqu'au 18 août. Je n'ai aucun moyen d'y accéder.

Y a-t-il une autre solution ? La principale est en vacances elle aussi.

Bonne journée,
Claire Teissier
CDI collège Diderot, Nîmes – [[U:0301590]]

> Le 15 juil. 2025 à 09:02, Assistance <support@assistance.example.fr> a écrit :
> 
> Bonjour,
> 
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse officielle de votre établissement (c***@ac-montpellier.fr). Il est valable 12 heures.
> 
> Si vous n'avez pas accès à cette adresse, le chef d'établissement doit nous adresser une demande écrite.
> 
> Cordialement,
> L'équipe d'assistance
""")

mail(cat="password_reset", ar=True, uai="0840004", plat="esidoc", hard=False, lang="fr",
     notes="Three lines from an iPhone (iCloud address): e-sidoc password forgotten again, code given in lower case.",
     frm=("Hélène Blanc", "helene.blanc84@icloud.com"),
     subject="Encore moi",
     date="2025-08-30 09:12", client="iphone",
     body="""Encore moi… mot de passe e-sidoc oublié (oui, encore). Lycée Mistral d'Avignon, code établissement [[l:0840004]]. Merci !!

Envoyé de mon iPhone
""")

mail(cat="password_reset", ar=True, uai=None, plat="esidoc", hard=False, lang="fr",
     notes="Does not know what the 'identifiant' is (it is the UAI) nor the password; no UAI given, region from ac-mayotte.fr.",
     frm=("Fatima Abdallah", "fatima.abdallah@ac-mayotte.fr"),
     subject="identifiant e-sidoc ?",
     date="2025-08-26 10:48", tz="mayotte", client="zimbra",
     body="""Bonjour,

On me demande un identifiant et un mot de passe pour accéder à l'administration du portail documentaire (e-sidoc) du lycée. Je n'ai ni l'un ni l'autre. C'est quoi l'identifiant exactement ?

Merci,
Fatima Abdallah
Lycée de Sada
""")

# ==========================================================================
# 3. MISSING_NOREPLY_MAIL
# ==========================================================================

mail(cat="missing_noreply_mail", ar=True, uai=None, plat="espace_acheteur", hard=False, lang="fr",
     notes="Incoming bursar, from a personal Gmail before he has his académie address: the Espace Acheteur activation mail never arrived, not in Spam nor in the Promotions tab. No anti-spam product named; no UAI, no region.",
     frm=("Thierry Brun", "thierry.brun48@gmail.com"),
     subject="Mail d'activation Espace Acheteur",
     date="2025-08-22 17:05", client="gmail",
     body="""Bonjour,

J'ai créé mon compte sur l'Espace Acheteur mardi (je prends le poste de gestionnaire au collège Henri Bourrillon de Mende à la rentrée) et je n'ai toujours pas reçu le mail d'activation. J'ai regardé dans les spams et dans l'onglet Promotions de Gmail : rien.

Pouvez-vous le renvoyer ?

Merci,
Thierry Brun
""")

mail(cat="missing_noreply_mail", ar=True, uai="9741203", plat="espace_acheteur", hard=False, lang="fr",
     notes="Three requests for a new password on the Espace Acheteur, the new-password mail never arrives (not in junk either): missing_noreply_mail per the taxonomy, although it reads like a password problem.",
     frm=("Jessica Técher", "jessica.techer@ac-reunion.fr"),
     subject="Demande de nouveau mot de passe : aucun mail reçu",
     date="2025-07-22 14:33", tz="reunion", client="thunderbird",
     body="""Bonjour,

J'ai demandé trois fois un nouveau mot de passe sur l'Espace Acheteur depuis hier après-midi : le message n'arrive jamais, ni dans la boîte de réception ni dans le dossier Indésirables.

Mon adresse est bien celle-ci (jessica.techer@ac-reunion.fr), je l'ai vérifiée sur mon profil avant de me déconnecter.

Lycée Lislet Geoffroy, Saint-Denis – UAI [[U:9741203]]

Merci de votre aide.

--
Jessica Técher
Adjointe gestionnaire
""")

mail(cat="missing_noreply_mail", ar=True, uai="0050012", plat="espace_acheteur", hard=True, lang="fr",
     notes="Names MailInBlack only to say the lycée does NOT use it ('nous n'avons PAS Mailinblack'): missing_noreply_mail, not mailinblack_spam. Hautes-Alpes (05) is Aix-Marseille, PACA.",
     frm=("Bruno Meyer", "bruno.meyer@ac-aix-marseille.fr"),
     subject="Confirmation d'inscription jamais reçue",
     date="2025-08-26 09:20", client="zimbra",
     body="""Bonjour,

Avant que vous me renvoyiez la procédure Mailinblack : nous n'avons PAS Mailinblack au lycée (j'ai vérifié avec le référent numérique), notre messagerie est celle de l'académie, sans filtre particulier.

Pourtant le mail de confirmation d'inscription à l'Espace Acheteur n'arrive pas, ni pour moi ni pour ma collègue de l'intendance. Nous nous sommes inscrits vendredi.

Que pouvons-nous faire ?

Bruno Meyer
Lycée Dominique Villars – Gap
UAI [[U:0050012]]
""")

mail(cat="missing_noreply_mail", ar=True, uai="0810959", plat="esidoc", hard=True, lang="fr",
     notes="Order-confirmation mails from the no-reply address stopped arriving; the orders themselves are recorded. Order vocabulary, but the ask is about missing no-reply notifications, not about the order or the invoice.",
     frm=("Anne Teisseire", "anne.teisseire@ac-toulouse.fr"),
     subject="Plus de mail de confirmation de commande",
     date="2025-07-11 10:52", client="zimbra",
     body="""Bonjour,

Depuis début juillet, je ne reçois plus les accusés de commande ni les mails de confirmation quand je passe une commande d'abonnement depuis l'espace client e-sidoc. Les commandes sont bien enregistrées (je les vois dans l'historique), ce sont seulement les mails qui n'arrivent pas. Rien dans les indésirables.

Est-ce que l'adresse d'envoi a changé ? Je voudrais l'ajouter à mes contacts.

Anne Teisseire
Lycée Lapérouse, Albi – [[U:0810959]]
""")

mail(cat="missing_noreply_mail", ar=True, uai=None, plat="ticket_portal", hard=False, lang="en",
     notes="English, from an outlook.com address: registered on the ticket portal but the confirmation mail to set a password never came.",
     frm=("Daniel Okafor", "daniel.okafor.it@outlook.com"),
     subject="No confirmation email from your ticket portal",
     date="2025-07-29 13:15", client="outlook",
     body="""Hi,

I look after IT for a small private school near Toulon and I registered on your ticket portal yesterday so I can follow our open request. The page said I would get a confirmation email to set my password, but nothing has arrived, not even in the junk folder.

Could you resend it, or let me know which address it comes from so I can whitelist it?

Thanks,
Daniel Okafor
""")

mail(cat="missing_noreply_mail", ar=False, uai="0120031", plat="espace_acheteur", hard=False, lang="fr",
     notes="Reply (Gmail French quote) after the junk-folder answer: still nothing three days later, asks to pass it to the region. The template has already been sent, so a person must follow up.",
     frm=("Sabine Vidal", "sabine.vidal@ac-toulouse.fr"),
     subject="Re: [#SUP-007418] Mail d'activation non reçu",
     date="2025-07-28 08:31", client="gmail",
     irt="<SUP-007418.1753440000.58d3ee@assistance.example.fr>",
     body="""Bonjour,

J'ai suivi vos conseils (dossier indésirables, ajout de l'adresse no-reply aux contacts) mais trois jours plus tard je n'ai toujours rien reçu. Pouvez-vous transmettre à la région, ou vérifier de votre côté que l'adresse enregistrée est la bonne ?

Merci,
Sabine Vidal
Collège Fabre, Rodez – [[U:0120031]]

Le ven. 25 juil. 2025 à 12:40, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Les messages de la plateforme sont envoyés par une adresse no-reply.
> Vérifiez votre dossier de courrier indésirable et, si vous y trouvez le
> message, marquez-le comme légitime. Ajoutez aussi l'adresse d'envoi à vos
> contacts.
>
> Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous.
>
> Cordialement,
> L'équipe d'assistance
""")

mail(cat="missing_noreply_mail", ar=True, uai=None, plat="espace_acheteur", hard=False, lang="fr",
     notes="Contrast between two colleagues: the other one got her activation mail, she did not (not in spam). iPhone, personal orange.fr address, no UAI.",
     frm=("Corinne Meyer", "corinne.meyer04@orange.fr"),
     subject="Activation",
     date="2025-08-21 21:47", client="iphone",
     body="""Bonjour, ma collègue a bien reçu son mail d'activation pour l'espace acheteur hier soir, moi rien du tout alors qu'on s'est inscrites en même temps. Pas dans les spams non plus. Vous pouvez regarder ? Merci
Corinne Meyer, collège Marcel Massot, Sisteron

Envoyé de mon iPhone
""")

mail(cat="missing_noreply_mail", ar=True, uai="0060890", plat="espace_acheteur", hard=False, lang="fr",
     notes="The structure administrator no longer receives the 'account to validate' notifications since July, though two colleagues have signed up. Outlook desktop on the académie mailbox.",
     frm=("GIRAUD Christophe", "christophe.giraud@ac-nice.fr"),
     subject="Notifications de comptes à valider non reçues",
     date="2025-08-25 15:02", client="outlook_desktop",
     body="""Bonjour,

Je suis l'administrateur de la structure Lycée Carnot (Cannes, UAI [[U:0060890]]) sur l'Espace Acheteur. Deux collègues de l'intendance m'ont dit s'être inscrits la semaine dernière, mais je n'ai reçu aucune notification « compte à valider ». D'ailleurs je ne crois pas en avoir reçu depuis juillet.

J'ai regardé les indésirables et les règles de ma messagerie, rien.

Merci de vérifier,
Christophe Giraud
Adjoint gestionnaire
""")

mail(cat="missing_noreply_mail", ar=False, uai="0110812", plat="esidoc", hard=True, lang="fr",
     notes="Two topics: the customer-account activation mail never came (first, main) and whether the renewal invoice will be on Chorus Pro (order_billing). One template would answer only half.",
     frm=("Lucie Garcia", "lucie.garcia@ac-montpellier.fr"),
     subject="Compte client + facture",
     date="2025-07-09 11:38", client="zimbra",
     body="""Bonjour,

1. Je n'ai jamais reçu le mail pour activer mon compte client e-sidoc, créé lundi. J'ai bien regardé dans les indésirables.

2. Par ailleurs, pouvez-vous me dire si la facture du renouvellement sera déposée sur Chorus Pro ou envoyée par courrier ? Il faut que je le sache pour engager la dépense avant la fermeture de l'agence comptable.

Merci d'avance,
Lucie Garcia
Gestionnaire, collège Varsovie – Carcassonne ([[U:0110812]])
""")

mail(cat="missing_noreply_mail", ar=True, uai="9760368", plat="espace_acheteur", hard=True, lang="fr",
     notes="HTML-only Outlook message: 'lien de réinitialisation jamais reçu'. It reads like password_reset, but the mail that never arrives is the no-reply new-password mail: missing_noreply_mail. Mayotte UAI.",
     frm=("Houmadi Ali", "houmadi.ali@ac-mayotte.fr"),
     subject="Lien de réinitialisation jamais reçu",
     date="2025-08-13 09:05", tz="mayotte", client="html_only",
     body="""Bonjour,

J'ai cliqué hier sur « Mot de passe oublié » sur l'Espace Acheteur. La page indique qu'un lien a été envoyé, mais je n'ai jamais rien reçu, même dans le courrier indésirable. J'ai recommencé ce matin, même résultat.

Je suis gestionnaire du lycée de Petite-Terre (UAI [[U:9760368]]).

Merci de m'aider,
Houmadi Ali
""")

mail(cat="missing_noreply_mail", ar=True, uai="7201068", plat="esidoc", hard=False, lang="fr",
     notes="e-sidoc reservation notifications to readers (from the no-reply address) stopped arriving. Thunderbird with an ISO-8859-15 8-bit body.",
     frm=("Paul-Antoine Mattei", "paul-antoine.mattei@ac-corse.fr"),
     subject="Les notifications de réservation n'arrivent plus",
     date="2025-07-04 12:16", client="thunderbird", charset="iso-8859-15",
     body="""Bonjour,

Depuis la mise à jour de juin, les lecteurs du CDI ne reçoivent plus les mails de notification quand un document réservé est disponible. Moi non plus d'ailleurs, alors que je me suis fait une réservation test. Rien dans les spams.

Les réservations apparaissent bien dans le back office.

Cordialement,

Paul-Antoine Mattei
Professeur documentaliste
Lycée Pasquale Paoli - Corte ([[U:7201068]])
""")

mail(cat="missing_noreply_mail", ar=True, uai=None, plat="espace_acheteur", hard=True, lang="fr",
     notes="Gmail 'Fwd:' of a colleague's message: her account was validated but the first-login mail never came. The forwarder writes from a personal Gmail, so no region even though the forwarded colleague has an ac-toulouse.fr address (the rule uses the sender).",
     frm=("Olivier Soulier", "olivier.soulier82@gmail.com"),
     subject="Fwd: Pas reçu le lien de connexion",
     date="2025-08-28 19:40", client="gmail",
     body="""Bonjour,

Je vous fais suivre le message de ma collègue qui n'arrive pas à vous joindre. Son compte a été validé par l'administrateur de la structure mais elle n'a jamais reçu le lien pour sa première connexion.

Merci pour elle,
Olivier

---------- Forwarded message ---------
De : Émilie Cassagne <emilie.cassagne@ac-toulouse.fr>
Date: jeu. 28 août 2025 à 16:02
Subject: Pas reçu le lien de connexion
To: Olivier Soulier <olivier.soulier82@gmail.com>


Salut Olivier,

Tu m'avais dit que tu avais validé mon compte sur l'Espace Acheteur, mais je n'ai reçu aucun mail pour me connecter (j'ai regardé partout). Tu peux voir avec eux ? Je ne sais pas à qui écrire.

Bises,
Émilie
""")

mail(cat="missing_noreply_mail", ar=True, uai=None, plat="espace_acheteur", hard=False, lang="fr",
     notes="The département changed the collèges' mail filtering this summer; since then no platform mail arrives. A filter is suspected but no product is named, so not mailinblack_spam.",
     frm=("Intendance Collège Jean Giono", "intendance.clg-giono@colleges84.fr"),
     subject="Aucun mail de la plateforme depuis le changement de filtrage",
     date="2025-08-20 10:44", client="outlook",
     body="""Bonjour,

Notre messagerie est gérée par le Département, qui a mis en place cet été un nouveau système de filtrage des courriels. Depuis, plus aucun mail de la plateforme ne nous parvient : ni la confirmation de création de compte pour notre nouvelle secrétaire d'intendance, ni les mails de mot de passe.

Pourriez-vous nous donner l'adresse exacte d'expédition, pour que le Département l'autorise ?

Cordialement,
L'intendance
Collège Jean Giono – Orange
""")

mail(cat="missing_noreply_mail", ar=True, uai=None, plat="espace_acheteur", hard=False, lang="fr",
     notes="Very short, no accents, from a free.fr webmail: activation mail still not received since Thursday.",
     frm=("Marc Olivieri", "marc.olivieri@free.fr"),
     subject="mail activation",
     date="2025-07-12 08:09", client="plain", cte="8bit",
     extra=[("User-Agent", "Zimbra Webmail (Free)")],
     body="""tjrs rien recu pour le mail d activation de l espace acheteur, inscrit depuis jeudi.
merci de renvoyer
Marc Olivieri
""")

mail(cat="missing_noreply_mail", ar=True, uai=None, plat="espace_acheteur", hard=False, lang="fr",
     notes="Requested a new password three times; the mail never arrives (not in spam). Personal Gmail from La Réunion, no UAI, so no region.",
     frm=("Nathalie Payet", "nathalie.payet.974@gmail.com"),
     subject="mot de passe espace acheteur : je ne reçois rien",
     date="2025-08-06 18:22", tz="reunion", client="gmail",
     body="""Bonsoir,

J'ai demandé trois fois un nouveau mot de passe pour l'Espace Acheteur (compte de l'intendance du lycée Le Verger, Sainte-Marie). La page me confirme l'envoi à chaque fois, mais je ne reçois rien, pas même dans les spams.

Pouvez-vous vérifier l'adresse associée au compte ?

Merci,
Nathalie Payet
""")

# ==========================================================================
# 4. MAILINBLACK_SPAM
# ==========================================================================

mail(cat="mailinblack_spam", ar=True, uai="0460493", plat="espace_acheteur", hard=False, lang="fr",
     notes="The Région rolled out Mailinblack on the lycées over the summer; activation mails sit in its quarantine.",
     frm=("Julien Soulier", "julien.soulier@ac-toulouse.fr"),
     subject="Mailinblack bloque vos mails d'activation",
     date="2025-07-17 15:48", client="zimbra",
     body="""Bonjour,

La Région a déployé Mailinblack sur les lycées pendant l'été. Depuis, les mails d'activation de l'Espace Acheteur envoyés à nos agents restent en quarantaine et ne sont jamais délivrés.

Pouvez-vous nous indiquer quelle adresse ou quel domaine faire autoriser, afin que je transmette à la DSI de la Région ?

Merci,
Julien Soulier
Lycée Clément Marot, Cahors – [[U:0460493]]
""")

mail(cat="mailinblack_spam", ar=True, uai="6200011", plat="espace_acheteur", hard=False, lang="fr",
     notes="Product written loosely ('mail in black'), iPhone from a personal orange.fr address, no accents; Corse-du-Sud UAI.",
     frm=("Jean-Marc Ottaviani", "jm.ottaviani@orange.fr"),
     subject="vos mails bloques",
     date="2025-07-07 19:25", client="iphone",
     body="""Bonjour
je pense que c est mail in black qui bloque vos messages, le lycee vient de l installer et on ne recoit plus rien de l espace acheteur depuis
lycee Fesch ajaccio [[U:6200011]]
il faut faire quoi ?
JM Ottaviani

Envoyé de mon iPhone
""")

mail(cat="mailinblack_spam", ar=True, uai="0062240", plat="espace_acheteur", hard=False, lang="fr",
     notes="A person forwards (Outlook 'TR:') the MailInBlack daily quarantine report listing the platform's no-reply mails: the forwarded part is machine text, the outer message is a real question.",
     frm=("BLANC Émilie", "emilie.blanc@ac-nice.fr"),
     subject="TR: Rapport de quarantaine Mailinblack du 04/08/2025",
     date="2025-08-04 10:11", client="outlook_desktop",
     body="""Bonjour,

Je reçois ce rapport tous les matins et vos messages sont dedans. Faut-il que je les libère un par un ou y a-t-il une manipulation pour que ça n'arrive plus ?

Émilie Blanc
Collège Les Bréguières, Cagnes-sur-Mer – UAI [[U:0062240]]

-----Message d'origine-----
De : Mailinblack <rapport@mailinblack.example>
Envoyé : lundi 4 août 2025 06:00
À : BLANC Émilie <emilie.blanc@ac-nice.fr>
Objet : Rapport de quarantaine Mailinblack du 04/08/2025

Vous avez 3 message(s) en attente depuis votre dernier rapport.

no-reply@espace-acheteur.example.fr   Activation de votre compte          03/08 14:02
no-reply@espace-acheteur.example.fr   Votre compte a été validé           03/08 16:47
newsletter@cormoran-editions.fr        Rentrée 2025 : nos nouveautés       03/08 07:30

Pour délivrer un message, cliquez sur « Délivrer » dans votre espace Mailinblack.
""")

mail(cat="mailinblack_spam", ar=False, uai="0312107", plat="espace_acheteur", hard=True, lang="fr",
     notes="The sender-authentication challenge is described (correspondents must click to prove they are human, and the no-reply address cannot) without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide.",
     frm=("Service économat", "economat@lycee-prive-sainte-marie-toulouse.fr"),
     subject="Vos mails ne nous parviennent pas (vérification anti-robot)",
     date="2025-07-01 09:37", client="outlook",
     body="""Bonjour,

Depuis le changement de notre messagerie en juin, chaque personne qui nous écrit pour la première fois reçoit un message lui demandant de cliquer sur un lien pour prouver qu'elle n'est pas un robot. Tant qu'elle ne l'a pas fait, son mail reste bloqué chez nous.

J'imagine que votre adresse d'envoi automatique ne peut pas « cliquer », et c'est sans doute pour cela que nous n'avons jamais reçu le mail de création de compte de l'Espace Acheteur.

Que nous conseillez-vous ?

Cordialement,
Service économat
Lycée privé Sainte-Marie – Toulouse (UAI [[U:0312107]])
""")

mail(cat="mailinblack_spam", ar=True, uai=None, plat="espace_acheteur", hard=False, lang="en",
     notes="English, from a private school's IT services: MailinBlack holds the platform's mails; asks what to allow-list. No UAI, non-academic domain.",
     frm=("IT Services", "it@ecole-les-filaos.re"),
     subject="MailinBlack is holding your emails",
     date="2025-08-07 09:02", tz="reunion", client="outlook",
     body="""Hello,

Our school switched to MailinBlack at the start of July. Since then, every email from your Espace Acheteur platform (account activation, password reset) lands in the MailinBlack quarantine and our bursar never sees it.

Could you send us the sender addresses and domains we should add to the MailinBlack allow-list?

Kind regards,
IT Services
École Les Filaos, Saint-Pierre
""")

mail(cat="mailinblack_spam", ar=False, uai="0831040", plat="espace_acheteur", hard=True, lang="fr",
     notes="Two topics: mails held by MailInBlack (first, main) and the amendment of a market missing from the contract documents (contract_documents).",
     frm=("Aurélie Chabaud", "aurelie.chabaud@ac-nice.fr"),
     subject="Mailinblack + avenant introuvable",
     date="2025-08-27 11:19", client="zimbra",
     body="""Bonjour,

Deux sujets, désolée :

– le collège est passé sous Mailinblack et vos mails (validation de comptes, notifications de commande) sont bloqués. Quelle adresse faut-il autoriser ?

– je ne trouve pas l'avenant n° 2 du marché « fournitures de bureau 2024-2027 » dans les documents du marché, alors que le fournisseur m'y renvoie.

Merci,
Aurélie Chabaud
Collège Pierre Puget, Toulon – [[U:0831040]]
""")

mail(cat="mailinblack_spam", ar=True, uai=None, plat=None, hard=False, lang="fr",
     notes="One line from a phone (Gmail app): blocked by Mailinblack, send the procedure. No UAI, no platform named.",
     frm=("Sandra Hoarau", "sandra.hoarau97420@gmail.com"),
     subject="mailinblack",
     date="2025-08-10 06:55", tz="reunion", client="gmail",
     body="""bloqué par mailinblack, vous pouvez m'envoyer la procédure svp
""")

mail(cat="mailinblack_spam", ar=True, uai=None, plat="espace_acheteur", hard=False, lang="fr",
     notes="The Région's IT department asks which domains and sending IPs to allow-list in MailInBlack for all its lycées. No UAI, non-academic domain.",
     frm=("Service numérique des lycées", "numerique.lycees@region-occ.fr"),
     subject="Liste blanche Mailinblack - domaines et IP d'envoi",
     date="2025-07-15 16:07", client="outlook",
     body="""Bonjour,

La Région a généralisé Mailinblack sur la messagerie administrative des lycées d'Occitanie. Plusieurs établissements nous signalent que les mails de votre plateforme (Espace Acheteur) sont retenus.

Pour éviter de traiter les demandes une par une, pourriez-vous nous communiquer :
- le ou les domaines d'envoi ;
- les adresses IP ou plages des serveurs d'envoi ;
- l'adresse exacte de l'expéditeur no-reply.

Nous les ajouterons à la liste blanche globale.

Cordialement,
Service numérique des lycées
Direction des systèmes d'information
""")

mail(cat="mailinblack_spam", ar=True, uai="9741230", plat="espace_acheteur", hard=True, lang="fr",
     notes="Reply (Zimbra 'Mail original' quote) after the junk-folder answer: her IT found the mails in Mailinblack's quarantine, so the MailInBlack guide is now the right answer, although the ticket started as missing_noreply_mail.",
     frm=("Valérie Boyer", "valerie.boyer@ac-reunion.fr"),
     subject="Re: [#SUP-007379] Mail de confirmation non reçu",
     date="2025-07-24 08:47", tz="reunion", client="zimbra",
     irt="<SUP-007379.1753195000.0de2a4@assistance.example.fr>",
     body="""Bonjour,

Merci pour votre réponse. Rien dans les indésirables, mais notre informaticien a trouvé la cause : c'est Mailinblack, installé en juin sur la messagerie de l'établissement, qui retient vos mails en quarantaine.

Que faut-il lui demander d'autoriser exactement ?

Valérie Boyer
Lycée Ambroise Vollard, Saint-Pierre – [[U:9741230]]

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Valérie Boyer" <valerie.boyer@ac-reunion.fr>
Envoyé: Mardi 22 Juillet 2025 11:03:52
Objet: [#SUP-007379] Mail de confirmation non reçu

> Bonjour,
>
> Les messages de la plateforme sont envoyés par une adresse no-reply.
> Vérifiez votre dossier de courrier indésirable et marquez le message comme
> légitime. Sans nouvelles de votre part sous 48 heures, nous reviendrons
> vers vous.
>
> L'équipe d'assistance
""")

mail(cat="mailinblack_spam", ar=True, uai="9760455", plat="esidoc", hard=False, lang="fr",
     notes="The vice-rectorat turned on Mailinblack ('MIB') for the schools of Mayotte; the e-sidoc subscription notices are held. Mayotte UAI.",
     frm=("Mariama Soilihi", "mariama.soilihi@ac-mayotte.fr"),
     subject="Messages retenus par Mailinblack (MIB)",
     date="2025-08-19 13:40", tz="mayotte", client="zimbra",
     body="""Bonjour,

Le vice-rectorat a activé Mailinblack (MIB) sur les boîtes des établissements au mois de juillet. Depuis, les messages concernant notre abonnement e-sidoc (activation, mise à disposition des ressources) arrivent dans l'espace de quarantaine MIB et je dois aller les chercher à la main, quand j'y pense.

Comment faire pour qu'ils arrivent directement ?

Mariama Soilihi
Professeure documentaliste
Collège de Dembeni – UAI [[U:9760455]]
""")

mail(cat="mailinblack_spam", ar=True, uai="0840712", plat="espace_acheteur", hard=False, lang="fr",
     notes="HTML-only Outlook message with a base64 body: 'Mailinblack Protect' keeps the platform's mails in quarantine.",
     frm=("MEFFRE Laurent", "laurent.meffre@ac-aix-marseille.fr"),
     subject="Mails en quarantaine Mailinblack Protect",
     date="2025-08-28 08:15", client="html_only", cte="base64",
     body="""Bonjour,

Depuis la mise en place de Mailinblack Protect sur la messagerie du collège, les mails de l'Espace Acheteur (validation de compte, confirmation de commande) restent en quarantaine. Je dois les débloquer un par un.

Pouvez-vous m'envoyer la marche à suivre pour autoriser définitivement vos envois ?

Cordialement,
Laurent Meffre
Gestionnaire – Collège Roumanille, Avignon
UAI [[U:0840712]]
""")

# ==========================================================================
# 5. HEAD_OF_ESTABLISHMENT_REQUEST
# ==========================================================================

mail(cat="head_of_establishment_request", ar=False, uai="7200562", plat="esidoc", hard=False, lang="fr",
     notes="Newly appointed principal taking over, writing from the school's ce.<UAI>@ac-corse.fr address: replace the e-sidoc admin contact address (the retired predecessor's) and name the librarian administrator.",
     frm=("Principal - Collège Pasquale Paoli", "ce.[[U:7200562]]@ac-corse.fr"),
     subject="Changement d'administrateur e-sidoc – collège de Corte",
     date="2025-08-20 09:33", client="thunderbird",
     body="""Madame, Monsieur,

Nommé principal du collège Pasquale Paoli de Corte à compter du 18 août 2025, je vous demande :

- de remplacer l'adresse de contact du compte administrateur e-sidoc, qui est encore celle de mon prédécesseur, M. Albertini, parti à la retraite, par l'adresse de l'établissement (ce.[[U:7200562]]@ac-corse.fr) ;
- de désigner Mme Giacomoni, professeure documentaliste, comme administratrice du portail.

Je vous remercie de bien vouloir me confirmer la prise en compte de cette demande.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

--
Antoine Santucci
Principal
Collège Pasquale Paoli – Corte
""")

mail(cat="head_of_establishment_request", ar=False, uai="0340040", plat="esidoc", hard=False, lang="fr",
     notes="New proviseure, from her own académie address (not the ce. one): asks to reset the e-sidoc administrator password and to put the school's address as contact, since the predecessor kept both. Staff verify the sender before acting.",
     frm=("Isabelle Roux-Delmas", "isabelle.roux-delmas@ac-montpellier.fr"),
     subject="Demande de réinitialisation du compte administrateur – lycée Clemenceau",
     date="2025-08-21 11:02", client="zimbra",
     body="""Bonjour,

Je suis la nouvelle proviseure du lycée Georges Clemenceau de Montpellier (UAI [[U:0340040]]) depuis le 18 août.

Le mot de passe du compte administrateur e-sidoc et l'adresse de contact associée sont restés ceux de mon prédécesseur, qui a quitté l'académie. Je vous demande donc de réinitialiser ce mot de passe et de remplacer l'adresse de contact par celle de l'établissement, ce.[[U:0340040]]@ac-montpellier.fr.

Je reste à votre disposition pour tout justificatif.

Cordialement,

Isabelle Roux-Delmas
Proviseure
""")

mail(cat="head_of_establishment_request", ar=False, uai="9740781", plat="esidoc", hard=False, lang="fr",
     notes="A primary-school head (directrice d'école) authorises a teacher to validate the school library order, from a personal Gmail: weak evidence, staff must verify.",
     frm=("Marie-Claude Lebon", "mc.lebon974@gmail.com"),
     subject="Autorisation commande BCD école Les Flamboyants",
     date="2025-08-08 17:28", tz="reunion", client="gmail",
     body="""Bonjour,

Je soussignée Marie-Claude Lebon, directrice de l'école primaire Les Flamboyants à Saint-Paul (UAI [[U:9740781]]), autorise Mme Virginie Turpin, enseignante chargée de la BCD, à valider en mon nom la commande de renouvellement du portail documentaire de l'école.

Je vous écris depuis ma boîte personnelle car la messagerie de l'école est en maintenance jusqu'à la rentrée (le 18 août). Vous pouvez me rappeler au secrétariat si besoin.

Cordialement,
Marie-Claude Lebon
Directrice
""")

mail(cat="head_of_establishment_request", ar=False, uai="0320067", plat="espace_acheteur", hard=False, lang="fr",
     notes="The principal authorises the bursar to validate the rentrée order on the Espace Acheteur and attaches the signed bon d'engagement (PDF).",
     frm=("DUCASSE Jean-Luc", "jean-luc.ducasse@ac-toulouse.fr"),
     subject="Autorisation de validation – commande de rentrée",
     date="2025-08-25 12:06", client="outlook_desktop",
     attach=[Att("BE_2025-118_signe.pdf", "application/pdf", fake_pdf("BE 2025-118"))],
     body="""Madame, Monsieur,

En ma qualité de principal du collège Carnot d'Auch (UAI [[U:0320067]]), j'autorise M. Nicolas Castet, adjoint gestionnaire, à valider sur l'Espace Acheteur la commande de fournitures de la rentrée 2025 pour un montant de 3 412,80 € TTC.

Vous trouverez ci-joint le bon d'engagement signé.

Cordialement,

Jean-Luc Ducasse
Principal
Collège Carnot – Auch
""")

mail(cat="head_of_establishment_request", ar=False, uai="0132876", plat=None, hard=True, lang="fr",
     notes="Claims to be the proviseur, from the ce.<UAI> address, but SPF and DMARC fail, the Reply-To is a free-mail address and it asks to move both administrator accounts to that address: a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it. Names e-sidoc and the Espace Acheteur, so no single platform.",
     frm=("Proviseur Lycée Marcel Pagnol", "ce.[[U:0132876]]@ac-aix-marseille.fr"),
     reply_to="proviseur.pagnol.marseille@gmail.com",
     auth="dkim=none (no signature);\n\tspf=fail (sender IP is 198.51.100.77) smtp.mailfrom=ac-aix-marseille.fr;\n\tdmarc=fail (p=quarantine dis=none) header.from=ac-aix-marseille.fr",
     relay=("vps-4471.hosting-example.net", "198.51.100.77"),
     subject="URGENT - changement adresse administrateur",
     date="2025-08-02 23:48", client="plain", cte="quoted-printable",
     extra=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")],
     body="""Bonjour,

Je suis le proviseur du lycée Marcel Pagnol ([[U:0132876]]). Suite a un piratage de notre messagerie, je vous demande de transferer immediatement les comptes administrateur e-sidoc et Espace Acheteur vers l'adresse suivante : proviseur.pagnol.marseille@gmail.com

Merci de me confirmer par retour a cette adresse, c'est urgent pour la rentree.

Le proviseur
""")

mail(cat="head_of_establishment_request", ar=False, uai="0062341", plat="espace_acheteur", hard=False, lang="en",
     notes="English: the new Head of School of a private international school (contract school with a UAI) names a new structure administrator on the Espace Acheteur and asks to close the former bursar's access.",
     frm=("Catherine Hughes", "head@mougins-intl-school.fr"),
     subject="New administrator for our Espace Acheteur account",
     date="2025-08-18 14:55", client="outlook",
     body="""Dear Sir or Madam,

I took up my post as Head of School at Mougins International School (UAI [[U:0062341]]) on 1 August.

Our former bursar, Mr Peter Lang, left the school in July. I would be grateful if you could close his access to the Espace Acheteur and make our new bursar, Ms Amandine Roche (a.roche@mougins-intl-school.fr), the administrator of our structure.

I am happy to confirm this by letter on headed paper if needed.

Yours faithfully,

Catherine Hughes
Head of School
""")

mail(cat="head_of_establishment_request", ar=False, uai="0480688", plat="esidoc", hard=True, lang="fr",
     notes="The librarian forwards (Outlook 'TR:') the head's signed letter (PDF) with the head in copy: it is the head's written request, relayed; staff must check the letter and the sender.",
     frm=("BRUGUIÈRE Agnès", "agnes.bruguiere@ac-montpellier.fr"),
     cc=[("Philippe Rouvière", "philippe.rouviere@ac-montpellier.fr")],
     subject="TR: Courrier du proviseur - administration e-sidoc",
     date="2025-07-03 14:41", client="outlook_desktop",
     attach=[Att("Courrier_proviseur_esidoc.pdf", "application/pdf", fake_pdf("courrier proviseur"))],
     body="""Bonjour,

Comme convenu avec votre collègue au téléphone, je vous transmets le courrier signé de notre proviseur (en copie de ce message) demandant la réinitialisation du compte administrateur de notre portail e-sidoc et le changement de l'adresse de contact.

Cordialement,
Agnès Bruguière
Professeure documentaliste
Lycée Chaptal – Mende (UAI [[U:0480688]])

-----Message d'origine-----
De : ROUVIERE Philippe <philippe.rouviere@ac-montpellier.fr>
Envoyé : jeudi 3 juillet 2025 12:10
À : BRUGUIÈRE Agnès <agnes.bruguiere@ac-montpellier.fr>
Objet : Courrier e-sidoc

Agnès,
Voici le courrier signé, tu peux l'envoyer à l'assistance.
P. Rouvière
""")

mail(cat="head_of_establishment_request", ar=False, uai="0820021", plat="esidoc", hard=False, lang="fr",
     notes="Reply (Zimbra 'Mail original' quote) in which the proviseur gives the written request the desk asked for.",
     frm=("Michel Dardenne", "michel.dardenne@ac-toulouse.fr"),
     subject="Re: [#SUP-007491] Demande écrite du chef d'établissement",
     date="2025-07-31 10:17", client="zimbra",
     irt="<SUP-007491.1753950000.1c3f9a@assistance.example.fr>",
     body="""Bonjour,

Je suis le proviseur du lycée Antoine Bourdelle à Montauban (UAI [[U:0820021]]). Comme vous me le demandez, je confirme par écrit la demande de ma documentaliste, Mme Castan : merci de réinitialiser le mot de passe administrateur du portail e-sidoc et d'envoyer le lien à l'adresse de l'établissement.

Cordialement,
Michel Dardenne
Proviseur

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Michel Dardenne" <michel.dardenne@ac-toulouse.fr>
Envoyé: Mercredi 30 Juillet 2025 16:20:07
Objet: [#SUP-007491] Demande écrite du chef d'établissement

> Bonjour,
>
> Votre professeure documentaliste nous a demandé la réinitialisation du
> mot de passe administrateur. Pour des raisons de sécurité, cette demande
> doit nous être confirmée par écrit par le chef d'établissement.
>
> L'équipe d'assistance
""")

mail(cat="head_of_establishment_request", ar=False, uai="9760215", plat="espace_acheteur", hard=False, lang="fr",
     notes="Newly appointed principal in Mayotte takes over the account: remove the predecessor's Espace Acheteur access and make him administrator.",
     frm=("Saïd Attoumani", "said.attoumani@ac-mayotte.fr"),
     subject="Prise de fonctions - accès Espace Acheteur",
     date="2025-08-25 08:02", tz="mayotte", client="android_outlook",
     body="""Bonjour,

Je prends mes fonctions de principal du collège de Chirongui (UAI [[U:9760215]]) à cette rentrée. Merci de supprimer l'accès de mon prédécesseur, M. Houmadi, à l'Espace Acheteur, et de me désigner comme administrateur de la structure, à l'adresse ci-dessus.

Bien cordialement,
Saïd Attoumani
Principal
""")

mail(cat="head_of_establishment_request", ar=False, uai="0840018", plat="esidoc", hard=True, lang="fr",
     notes="The body gives [[X:0840018]] (wrong check letter) but the sender address ce.[[U:0840018]]@ac-aix-marseille.fr carries the valid UAI, which is the label.",
     frm=("Direction Lycée Frédéric Mistral", "ce.[[U:0840018]]@ac-aix-marseille.fr"),
     subject="Demande de changement d'administrateur e-sidoc",
     date="2025-07-02 10:21", client="outlook_desktop",
     body="""Madame, Monsieur,

Par la présente, je vous demande de bien vouloir désigner Mme Hélène Blanc, professeure documentaliste, comme administratrice du portail e-sidoc du lycée (UAI [[X:0840018]]), en remplacement de M. Dumas, muté.

Merci de réinitialiser à cette occasion le mot de passe administrateur et d'adresser le lien à l'adresse de l'établissement.

La proviseure,
Françoise Aubanel
""")

mail(cat="head_of_establishment_request", ar=False, uai="0660010", plat="espace_acheteur", hard=True, lang="fr",
     notes="Two asks from the principal: a written delegation of order validation (main, head-of-establishment request) and a question about the June invoice (order_billing). The head's request decides the category.",
     frm=("Jordi Puig", "jordi.puig@ac-montpellier.fr"),
     subject="Délégation validation commandes + facture de juin",
     date="2025-08-29 15:30", client="zimbra",
     body="""Bonjour,

Par la présente, j'autorise Mme Laure Bataille, adjointe gestionnaire du collège, à valider seule les commandes sur l'Espace Acheteur pendant l'année scolaire 2025-2026, dans la limite des crédits ouverts.

Par ailleurs, nous n'avons toujours pas reçu la facture correspondant à la commande de juin (livres de la classe bilingue) : pouvez-vous nous la renvoyer ?

Jordi Puig
Principal – Collège Pierre Moreto, Thuir
UAI [[U:0660010]]
""")

mail(cat="head_of_establishment_request", ar=False, uai="9741051", plat="esidoc", hard=True, lang="fr",
     notes="The deputy head (proviseure adjointe) writes 'par délégation du proviseur', absent: a written request made on the head's behalf to change the e-sidoc administrator. A careful agent puts it in the head-request queue, where staff check the delegation.",
     frm=("Sophie Grondin", "sophie.grondin@ac-reunion.fr"),
     subject="Administrateur e-sidoc - lycée Roland Garros",
     date="2025-08-14 11:45", tz="reunion", client="thunderbird",
     body="""Bonjour,

Par délégation du proviseur, en congé jusqu'au 17 août, je vous demande de bien vouloir désigner Mme Stéphanie Fontaine, professeure documentaliste arrivée à la rentrée, comme administratrice du portail e-sidoc du lycée Roland Garros (Le Tampon, UAI [[U:9741051]]), et de retirer les droits de Mme Rivière, qui a quitté l'établissement.

Le proviseur confirmera à son retour si nécessaire.

Sophie Grondin
Proviseure adjointe
""")

mail(cat="head_of_establishment_request", ar=False, uai="0090013", plat="esidoc", hard=False, lang="fr",
     notes="The principal, on holiday, confirms from his phone (personal orange.fr, iPhone) that the reset may be done, quoting his librarian's request (Apple quote style). Weak evidence, staff verify.",
     frm=("Gilles Pujol", "gilles.pujol09@orange.fr"),
     subject="Re: Mot de passe e-sidoc du collège",
     date="2025-07-21 12:33", client="iphone",
     body="""Bonjour,
En tant que principal du collège Lakanal de Foix ([[U:0090013]]), je confirme la demande de Mme Sentenac ci-dessous : vous pouvez réinitialiser le mot de passe administrateur e-sidoc et envoyer le lien sur l'adresse du collège.
G. Pujol

Envoyé de mon iPhone

> Le 21 juil. 2025 à 10:05, Nadine Sentenac <nadine.sentenac@ac-toulouse.fr> a écrit :
> 
> Bonjour Monsieur le Principal,
> L'assistance e-sidoc demande votre accord écrit pour réinitialiser le mot de passe du portail. Pourriez-vous leur répondre (support@assistance.example.fr) ?
> Merci et bonnes vacances,
> Nadine
""")

# ==========================================================================
# 6. ACCOUNT_CREATION
# ==========================================================================

mail(cat="account_creation", ar=True, uai="0312290", plat="espace_acheteur", hard=False, lang="fr",
     notes="Incoming bursar asks how to get an Espace Acheteur account to prepare the rentrée orders: the sign-up form answer fits.",
     frm=("ESTÈVE Marine", "marine.esteve@ac-toulouse.fr"),
     subject="Création de compte Espace Acheteur",
     date="2025-08-19 13:58", client="outlook_desktop",
     body="""Bonjour,

J'arrive comme adjointe gestionnaire au lycée Saint-Sernin (Toulouse, UAI [[U:0312290]]) et je dois préparer les commandes de rentrée. Je n'ai pas encore de compte sur l'Espace Acheteur.

Comment dois-je procéder pour en créer un ?

Cordialement,
Marine Estève
""")

mail(cat="account_creation", ar=True, uai="0040533", plat="espace_acheteur", hard=False, lang="fr",
     notes="Filled the sign-up form three days ago, cannot log in: account waiting for the structure administrator's validation (FAQ case).",
     frm=("Yannick Roubaud", "yannick.roubaud@ac-aix-marseille.fr"),
     subject="compte en attente de validation",
     date="2025-07-10 14:26", client="zimbra",
     body="""Bonjour,

J'ai rempli le formulaire d'inscription lundi. Quand j'essaie de me connecter, j'ai le message « compte en attente de validation ». C'est normal ? Combien de temps faut-il attendre ?

Yannick Roubaud
Collège Maria Borrély, Digne-les-Bains – [[U:0040533]]
""")

mail(cat="account_creation", ar=False, uai="6200319", plat="espace_acheteur", hard=True, lang="fr",
     notes="Written by a newly appointed principal from the ce.<UAI> address, but he only asks who the structure's administrator is before deciding anything: not a head-of-establishment request. Needs a look-up, so a person answers.",
     frm=("Collège Saint-Exupéry - Direction", "ce.[[U:6200319]]@ac-corse.fr"),
     subject="Qui est administrateur de notre structure ?",
     date="2025-08-26 16:12", client="thunderbird",
     body="""Bonjour,

Je viens de prendre la direction du collège Saint-Exupéry d'Ajaccio. Avant de vous adresser une éventuelle demande de changement, pouvez-vous me dire qui est actuellement administrateur de notre structure sur l'Espace Acheteur, et avec quelle adresse ?

Je ne trouve aucune trace de la passation dans les dossiers.

Cordialement,

--
Pierre-Paul Colonna
Principal
""")

mail(cat="account_creation", ar=False, uai="0300028", plat="espace_acheteur", hard=False, lang="fr",
     notes="Account waiting for validation for two weeks; the structure administrator is on holiday all summer: the region has to step in, the FAQ answer is not enough.",
     frm=("Fanny Chabert", "fanny.chabert30@gmail.com"),
     subject="Compte toujours pas validé",
     date="2025-07-25 10:03", client="gmail",
     body="""Bonjour,

Mon compte sur l'Espace Acheteur attend la validation de l'administrateur de la structure depuis deux semaines. Le problème, c'est que l'administrateur, c'est le gestionnaire, qui est en congé jusqu'à fin août et injoignable.

Or je dois lancer des commandes de manuels pour la rentrée. Est-ce que vous pouvez valider mon compte vous-mêmes ?

Lycée Alphonse Daudet, Nîmes – UAI [[U:0300028]]

Merci,
Fanny Chabert
""")

mail(cat="account_creation", ar=True, uai="0061740", plat="esidoc", hard=False, lang="en",
     notes="English: the bursar of a contract private school wants to open the e-sidoc customer account before placing a first order: the customer-account answer fits.",
     frm=("Robert Ellis", "bursar@ecole-bilingue-riviera.fr"),
     subject="Opening a customer account",
     date="2025-08-12 09:40", client="outlook",
     body="""Good morning,

I am the new bursar at École Bilingue Riviera in Nice (UAI [[U:0061740]]). We would like to subscribe to e-sidoc for the new school year, and I understand we first need a customer account to place the order online.

Could you tell me how to open one?

Kind regards,
Robert Ellis
Bursar
""")

mail(cat="account_creation", ar=False, uai="9760510", plat="espace_acheteur", hard=False, lang="fr",
     notes="A collège opening at this rentrée in Mayotte: its UAI is not in the list when creating the account, so a person (sales / region) must add the structure.",
     frm=("Zaïnaba Madi", "zainaba.madi@ac-mayotte.fr"),
     subject="UAI introuvable à l'inscription",
     date="2025-08-11 11:11", tz="mayotte", client="zimbra",
     body="""Bonjour,

Le collège de Kahani 2 ouvre à la rentrée 2025. En voulant créer le compte de l'établissement sur l'Espace Acheteur, je ne trouve pas notre UAI ([[U:9760510]]) dans la liste déroulante : seul l'ancien collège apparaît.

Comment faire pour que notre établissement soit ajouté ?

Zaïnaba Madi
Gestionnaire
""")

mail(cat="account_creation", ar=True, uai="0310052", plat="esidoc", hard=True, lang="fr",
     notes="Negation: 'je n'ai pas oublié mon mot de passe', she never had an account: account_creation, not password_reset. Personal laposte.net address.",
     frm=("Véronique Sicard", "veronique.sicard@laposte.net"),
     subject="Pas un oubli de mot de passe !",
     date="2025-07-06 20:14", client="plain", cte="quoted-printable",
     extra=[("X-Mailer", "Webmail La Poste")],
     body="""Bonjour,

On m'a répondu de cliquer sur « mot de passe oublié », mais je n'ai pas oublié mon mot de passe : je n'ai jamais eu de compte ! Je suis la nouvelle documentaliste du lycée Pierre de Fermat (Toulouse, [[U:0310052]]) et je voudrais simplement avoir mon propre accès au back office e-sidoc.

Comment crée-t-on un compte ?

Véronique Sicard
""")

mail(cat="account_creation", ar=False, uai="0130040", plat="espace_acheteur", hard=False, lang="fr",
     notes="The account works; asks for order-validation rights to be opened for the deputy bursar: rights to open, a person decides.",
     frm=("Agent comptable - Lycée Thiers", "agence.comptable.thiers@ac-aix-marseille.fr"),
     subject="Droits de validation pour l'adjointe",
     date="2025-08-27 09:25", client="outlook",
     body="""Bonjour,

Mme Perrin, adjointe gestionnaire, a bien un compte sur l'Espace Acheteur mais elle ne peut que constituer des paniers : le bouton de validation des commandes n'apparaît pas pour elle.

Pouvez-vous lui ouvrir les droits de validation pour le lycée Thiers ([[U:0130040]]) ?

Cordialement,
L'agence comptable
""")

mail(cat="account_creation", ar=False, uai="9740471", plat="esidoc", hard=False, lang="fr",
     notes="Samsung Email (base64 parts): asks whether a second administrator account can be created for the second librarian; a person answers.",
     frm=("Laurence Maillot", "laurence.maillot@ac-reunion.fr"),
     subject="Deuxième compte administrateur",
     date="2025-08-17 18:37", tz="reunion", client="samsung",
     body="""Bonjour,

Nous sommes deux documentalistes au lycée Leconte de Lisle depuis cette rentrée. Est-il possible d'avoir chacune notre compte d'administration e-sidoc, plutôt que de partager le même identifiant ?

UAI [[U:9740471]]

Merci,
Laurence Maillot
""")

# ==========================================================================
# 7. SUBSCRIPTION_ACTIVATION
# ==========================================================================

mail(cat="subscription_activation", ar=True, uai="0810026", plat="esidoc", hard=False, lang="fr",
     notes="Europresse renewal ordered yesterday, still shown as expired in the subscriptions list: within the 72-hour window.",
     frm=("Cécile Azaïs", "cecile.azais@ac-toulouse.fr"),
     subject="Renouvellement Europresse toujours expiré",
     date="2025-08-28 10:36", client="thunderbird",
     body="""Bonjour,

Nous avons renouvelé hier l'abonnement Europresse du lycée (commande validée le 27 août). Dans « Mes abonnements », il apparaît toujours comme expiré, et les élèves arrivent lundi.

Faut-il faire quelque chose de notre côté ?

Merci,
Cécile Azaïs
CDI – Lycée Jean Jaurès, Castres ([[U:0810026]])
""")

mail(cat="subscription_activation", ar=True, uai="7200123", plat="esidoc", hard=True, lang="fr",
     notes="Written by the principal from his academic address, but he only asks when the ordered subscription will be available: not a head-of-establishment request.",
     frm=("François Albertini", "francois.albertini@ac-corse.fr"),
     subject="Disponibilité de l'abonnement commandé",
     date="2025-08-29 16:50", client="zimbra",
     body="""Bonjour,

Principal du collège de Biguglia ([[U:7200123]]), j'ai signé mercredi le bon de commande de l'abonnement aux ressources numériques du CDI. Pouvez-vous me dire quand il sera disponible pour les élèves ? J'aimerais l'annoncer aux équipes lors de la pré-rentrée lundi.

Bien cordialement,
François Albertini
""")

mail(cat="subscription_activation", ar=False, uai="0132210", plat="esidoc", hard=False, lang="fr",
     notes="Ordered on 2 July, still not active on 25 July: well past the 72-hour rule, a person must look at the order.",
     frm=("Nicole Arnaud", "nicole.arnaud@ac-aix-marseille.fr"),
     subject="Abonnement commandé le 2 juillet, toujours inactif",
     date="2025-07-25 09:10", client="zimbra",
     body="""Bonjour,

J'ai commandé le 2 juillet l'abonnement à la base « Généralis » pour le lycée Vauvenargues (Aix-en-Provence, [[U:0132210]]). Trois semaines plus tard, la ressource n'est toujours pas active dans le portail. Le bon de commande a pourtant été validé par l'agence comptable le jour même.

Merci de regarder ce qui bloque.

Nicole Arnaud
""")

mail(cat="subscription_activation", ar=True, uai="9740910", plat="esidoc", hard=False, lang="fr",
     notes="How to publish an active resource on the portal so pupils see it (activation and publication of a resource).",
     frm=("David Hoarau", "david.hoarau@ac-reunion.fr"),
     subject="Publier une ressource sur le portail",
     date="2025-08-20 13:22", tz="reunion", client="thunderbird",
     body="""Bonjour,

L'abonnement à la revue numérique « Okapi » est bien actif dans notre espace d'administration, mais il n'apparaît pas sur la page d'accueil du portail pour les élèves.

Comment fait-on pour le publier ? Je suis nouveau et je ne trouve pas l'option.

--
David Hoarau
Professeur documentaliste
Collège Jean d'Esme, Sainte-Suzanne – UAI [[U:9740910]]
""")

mail(cat="subscription_activation", ar=True, uai="0312744", plat="esidoc", hard=False, lang="en",
     notes="English: a digital newspaper subscription renewed two days ago does not show on the portal yet, within the 72-hour window.",
     frm=("Sarah Bennett", "sarah.bennett@ac-toulouse.fr"),
     subject="Renewed subscription not showing",
     date="2025-08-27 15:05", client="zimbra",
     body="""Hello,

We renewed our subscription to the digital edition of The Guardian Weekly for the international section two days ago (order confirmed on Monday). It still doesn't appear among the portal's resources.

Is there anything we need to do on our side?

Best wishes,
Sarah Bennett
Lycée international Victor Hugo, Colomiers – [[U:0312744]]
""")

mail(cat="subscription_activation", ar=True, uai="9741311", plat="esidoc", hard=True, lang="fr",
     notes="Negation: 'mon mot de passe fonctionne très bien, ce n'est pas le problème'; the login works, the newly ordered resource is not visible.",
     frm=("Mickaël Turpin", "mickael.turpin974@gmail.com"),
     subject="Ressource commandée invisible (pas un problème de mot de passe)",
     date="2025-08-16 10:41", tz="reunion", client="gmail",
     body="""Bonjour,

Je précise d'emblée : mon mot de passe fonctionne très bien, ce n'est pas le problème, je me connecte sans souci au back office.

Ce qui ne va pas, c'est que la ressource « Lumni Ressources+ » commandée jeudi n'apparaît nulle part, ni dans l'administration ni sur le portail.

Collège Les Deux Canons, Saint-Denis – [[U:9741311]]

Merci,
Mickaël Turpin
""")

mail(cat="subscription_activation", ar=True, uai="0340011", plat="esidoc", hard=True, lang="fr",
     notes="Reply quoting a long earlier exchange about a password reset (solved); the new text clearly asks something else: a subscription ordered the day before is not visible yet (within 72 h). The new ask wins.",
     frm=("Anaïs Castanier", "anais.castanier@ac-montpellier.fr"),
     subject="Re: [#SUP-007302] Mot de passe e-sidoc",
     date="2025-08-22 11:30", client="gmail",
     irt="<SUP-007302.1752742000.ab7e55@assistance.example.fr>",
     body="""Bonjour,

Pour le mot de passe, tout est rentré dans l'ordre depuis juillet, merci encore.

Nouvelle question : j'ai commandé hier le renouvellement de l'abonnement Europresse et il n'apparaît pas encore dans la liste des ressources. Est-ce qu'il y a un délai ?

Bonne journée,
Anaïs Castanier
Lycée Henri IV, Béziers – [[U:0340011]]

Le jeu. 17 juil. 2025 à 14:12, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse officielle de votre
> établissement (c***@ac-montpellier.fr). Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
>
> Le jeu. 17 juil. 2025 à 10:40, Anaïs Castanier <anais.castanier@ac-montpellier.fr> a écrit :
>> Bonjour,
>>
>> Je n'arrive plus à me connecter au back office du portail depuis la fin
>> de l'année. J'ai sans doute mélangé avec le mot de passe de l'ENT.
>> Pouvez-vous m'aider ?
>>
>> Anaïs Castanier
""")

mail(cat="subscription_activation", ar=True, uai="9740787", plat="esidoc", hard=False, lang="fr",
     notes="Short message from Samsung Email (base64): Le Monde subscription ordered yesterday, not active yet. UAI written with a space before the check letter.",
     frm=("Ketty Rivière", "ketty.riviere@ac-reunion.fr"),
     subject="abonnement le Monde",
     date="2025-08-18 07:15", tz="reunion", client="samsung",
     body="""Bonjour, l'abonnement Le Monde commandé hier n'est pas actif sur le portail. Merci de vérifier. Ketty Rivière, collège Terrain Fleury, Le Tampon ([[s1:9740787]])
""")

mail(cat="subscription_activation", ar=True, uai="0831470", plat="esidoc", hard=False, lang="fr",
     notes="Outlook for Android (base64): Universalis renewed on 28 August, not reachable the next morning; urgent because of the rentrée on 1 September, still within 72 h.",
     frm=("ROUSSEL Gaëlle", "gaelle.roussel@ac-nice.fr"),
     subject="Universalis - urgent rentrée",
     date="2025-08-29 08:03", client="android_outlook",
     body="""Bonjour,
Nous avons renouvelé Universalis hier (28/08) pour le collège Django Reinhardt de Toulon, UAI [[U:0831470]]. Ce matin le lien indique « abonnement expiré ». La rentrée est lundi, est-ce que ce sera actif d'ici là ?
Merci
Gaëlle Roussel
""")

mail(cat="subscription_activation", ar=False, uai="6200150", plat="esidoc", hard=True, lang="fr",
     notes="Two topics: a renewed subscription not visible (first, main) and a question about the invoice address (order_billing). One template would answer only half.",
     frm=("Jeanne Mattei", "jeanne.mattei@ac-corse.fr"),
     subject="Abonnement + adresse de facturation",
     date="2025-07-08 11:52", client="zimbra",
     body="""Bonjour,

L'abonnement renouvelé lundi n'apparaît pas dans le portail du lycée Jean-Paul de Rocca Serra (Porto-Vecchio, [[U:6200150]]).

Et une question pour la facture : pouvez-vous l'adresser cette année à l'agence comptable du lycée Fesch et non plus à nous ? Nous avons changé de groupement comptable.

Merci,
Jeanne Mattei
""")

# ==========================================================================
# 8. ORDER_BILLING
# ==========================================================================

mail(cat="order_billing", ar=False, uai="7200021", plat="esidoc", hard=False, lang="fr",
     notes="Bursar asks for a formal quote (devis) for the e-sidoc renewal, needed to draw up the bon d'engagement before the agency closes.",
     frm=("FILIPPI Ange-Marie", "ange-marie.filippi@ac-corse.fr"),
     subject="Demande de devis - renouvellement e-sidoc 2025-2026",
     date="2025-07-01 10:05", client="outlook_desktop",
     body="""Bonjour,

Afin de préparer le bon d'engagement avant la fermeture estivale de l'agence comptable (le 11 juillet), pourriez-vous m'adresser un devis pour le renouvellement de l'abonnement e-sidoc du lycée Giocante de Casabianca (UAI [[U:7200021]]) pour l'année 2025-2026 ?

Merci de faire figurer le numéro SIRET et la période d'abonnement.

Cordialement,

Ange-Marie Filippi
Adjoint gestionnaire
Lycée Giocante de Casabianca – Bastia
""")

mail(cat="order_billing", ar=False, uai="0120012", plat="esidoc", hard=False, lang="fr",
     notes="Order validated five weeks ago, invoice still not deposited on Chorus Pro; gives the service code and SIRET to use.",
     frm=("Régine Bousquet", "regine.bousquet@ac-toulouse.fr"),
     subject="Facture non déposée sur Chorus Pro",
     date="2025-07-29 14:40", client="zimbra",
     body="""Bonjour,

La commande de renouvellement e-sidoc validée le 20 juin n'a toujours pas fait l'objet d'une facture sur Chorus Pro. Notre agence comptable clôture les mandatements le 8 août.

Pour rappel, la facture doit être déposée avec :
- SIRET : celui du lycée Foch, établissement support ;
- code service : ACHATS-CDI.

Merci de faire le nécessaire.

Régine Bousquet
Gestionnaire – Lycée Foch, Rodez ([[U:0120012]])
""")

mail(cat="order_billing", ar=False, uai="0050027", plat="espace_acheteur", hard=False, lang="fr",
     notes="The basket prepared in June has disappeared in July (baskets are kept 15 days); asks whether it can be recovered.",
     frm=("Denis Reynaud", "denis.reynaud@ac-aix-marseille.fr"),
     subject="Panier disparu",
     date="2025-07-21 09:44", client="thunderbird",
     body="""Bonjour,

J'avais préparé fin juin un panier complet pour les fournitures de la rentrée (une soixantaine de lignes) sur l'Espace Acheteur, pour le valider une fois les crédits votés. Ce matin le panier est vide.

Y a-t-il un moyen de le récupérer ? Sinon, combien de temps un panier est-il conservé ?

Merci,

--
Denis Reynaud
Gestionnaire – Collège de Fontreyne, Gap
UAI [[U:0050027]]
""")

mail(cat="order_billing", ar=False, uai="0320025", plat="esidoc", hard=False, lang="fr",
     notes="HTML-only Outlook message in windows-1252 with the euro sign: the invoice amount differs from the signed quote.",
     frm=("SAINT-MARTIN Josiane", "josiane.saint-martin@ac-toulouse.fr"),
     subject="Écart entre facture et devis",
     date="2025-07-07 15:21", client="html_only", charset="windows-1252",
     body="""Bonjour,

La facture n° 2025-1187 que nous venons de recevoir s'élève à 1 152,00 € TTC, alors que le devis signé en juin était de 1 104,00 € TTC.

Je ne peux pas la mettre en paiement en l'état. Pouvez-vous nous adresser une facture rectifiée ou un avoir ?

Cordialement,
Josiane Saint-Martin
Adjointe gestionnaire – Lycée Maréchal Lannes, Lectoure
UAI [[U:0320025]]
""")

mail(cat="order_billing", ar=False, uai="9740019", plat="esidoc", hard=False, lang="en",
     notes="English Outlook message: asks that this year's invoices be addressed to the accounting agent of the new accounting group, not to the school.",
     frm=("Kevin Fontaine", "kevin.fontaine@ac-reunion.fr"),
     subject="Invoice address for 2025-2026",
     date="2025-08-13 10:30", tz="reunion", client="outlook",
     body="""Hello,

From this school year, Lycée Bellepierre (UAI [[U:9740019]]) is part of a new accounting group. Could you please address all invoices for our e-sidoc subscription to the accounting agent of Lycée Leconte de Lisle rather than to us?

Our next renewal order will be placed at the end of August, so it would be great if the change were made before then.

Thank you,
Kevin Fontaine
Deputy bursar
""")

mail(cat="order_billing", ar=False, uai="9760270", plat="esidoc", hard=False, lang="fr",
     notes="Payment by mandat administratif: asks for the bank details (RIB) to attach to the payment.",
     frm=("Anfane Abdou", "anfane.abdou@ac-mayotte.fr"),
     subject="Demande de RIB pour paiement par mandat",
     date="2025-07-15 09:18", tz="mayotte", client="zimbra",
     body="""Bonjour,

Notre agence comptable souhaite régler par mandat administratif la facture de l'abonnement du collège de Sada ([[U:9760270]]). Pourriez-vous nous transmettre un RIB à joindre au mandat ?

Merci d'avance,
Anfane Abdou
Secrétaire d'intendance
""")

mail(cat="order_billing", ar=False, uai="0060014", plat="espace_acheteur", hard=False, lang="fr",
     notes="The bon d'engagement upload fails at order validation ('fichier non conforme'); the PDF is attached.",
     frm=("MARCHETTI Sandrine", "sandrine.marchetti@ac-nice.fr"),
     subject="Impossible de joindre le bon d'engagement",
     date="2025-08-26 11:48", client="outlook_desktop",
     attach=[Att("BE 2025-0342.pdf", "application/pdf", fake_pdf("BE 2025-0342"))],
     body="""Bonjour,

Au moment de valider ma commande sur l'Espace Acheteur, l'ajout du bon d'engagement échoue avec le message « fichier non conforme ». Le fichier est un PDF de 240 Ko, je vous le joins.

La commande (mobilier du CDI) doit partir avant la rentrée. Que faire ?

Sandrine Marchetti
Gestionnaire – Lycée Masséna, Nice
UAI [[U:0060014]]
""")

mail(cat="order_billing", ar=False, uai="0460010", plat="esidoc", hard=False, lang="fr",
     notes="Thunderbird forward ('Message transféré') of the accounting agent's note: a payment reminder for an invoice already paid by mandat administratif.",
     frm=("Mireille Lacombe", "mireille.lacombe@ac-toulouse.fr"),
     subject="Tr: Relance facture 2025-0698 déjà payée",
     date="2025-08-21 14:02", client="thunderbird",
     body="""Bonjour,

Je vous transfère le message de notre agent comptable : vous nous avez envoyé une relance pour la facture 2025-0698 alors qu'elle a été payée le 10 juillet. Merci de vérifier et d'annuler la relance.

Mireille Lacombe
Lycée Gambetta, Cahors ([[U:0460010]])


-------- Message transféré --------
Sujet : Relance facture 2025-0698
Date : Wed, 20 Aug 2025 17:45:12 +0200
De : Agence comptable Gambetta <ac.gambetta@ac-toulouse.fr>
Pour : Mireille Lacombe <mireille.lacombe@ac-toulouse.fr>

Mireille,

Le fournisseur e-sidoc nous relance pour la facture 2025-0698 (486,00 €). Elle a été mandatée le 10/07, mandat n° 1422. Peux-tu leur répondre ? Je suis en congé à partir de demain.

Merci,
Hervé
""")

mail(cat="order_billing", ar=False, uai="6200068", plat="espace_acheteur", hard=False, lang="fr",
     notes="Order validation blocked: the 'Valider' button of the basket stays greyed out.",
     frm=("Santa Pietri", "santa.pietri@ac-corse.fr"),
     subject="Bouton Valider grisé",
     date="2025-08-27 10:15", client="zimbra",
     body="""Bonjour,

Je n'arrive pas à valider ma commande de rentrée sur l'Espace Acheteur : le bouton « Valider le panier » reste grisé. Le panier contient 14 articles, le bon d'engagement est joint et le montant est dans les crédits.

Collège Laetitia Bonaparte, Ajaccio – [[U:6200068]]

Merci,
Santa Pietri
""")

mail(cat="order_billing", ar=False, uai="0840935", plat="esidoc", hard=True, lang="fr",
     notes="Reply on an old MailInBlack ticket (long Gmail quote, solved in June); the new text clearly asks something else: a duplicate of an invoice for the agency. Mailinblack is only in the quoted history.",
     frm=("Pascale Gauthier", "pascale.gauthier@ac-aix-marseille.fr"),
     subject="Re: [#SUP-006877] Mails bloqués par Mailinblack",
     date="2025-07-09 15:27", client="gmail",
     irt="<SUP-006877.1749805000.e1ac08@assistance.example.fr>",
     body="""Bonjour,

Depuis votre réponse de juin tout arrive bien, merci.

Je profite de ce fil pour une autre demande : notre agence comptable a égaré la facture de l'abonnement e-sidoc de mars (n° 2025-0311). Pouvez-vous nous en envoyer un duplicata ?

Cordialement,
Pascale Gauthier
Collège Anselme Mathieu, Avignon – [[U:0840935]]

Le ven. 13 juin 2025 à 11:03, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Vos messages sont retenus par Mailinblack. Voici la procédure pour
> autoriser notre adresse d'envoi :
> 1. Connectez-vous à votre espace Mailinblack ;
> 2. Ouvrez « Ma liste blanche » ;
> 3. Ajoutez l'adresse no-reply de la plateforme.
>
> L'équipe d'assistance
>
> Le jeu. 12 juin 2025 à 16:20, Pascale Gauthier <pascale.gauthier@ac-aix-marseille.fr> a écrit :
>> Bonjour, nous ne recevons plus vos mails depuis l'installation de
>> Mailinblack par le Département. Que faire ?
""")

mail(cat="order_billing", ar=False, uai="9740101", plat="esidoc", hard=True, lang="fr",
     notes="Two topics: a quote for the e-sidoc renewal and an extra module (first, main) and, at the end, a colleague's lost e-sidoc password (password_reset). order_billing decides, and the quote needs a person anyway.",
     frm=("Jean-Hugues Nativel", "jean-hugues.nativel@ac-reunion.fr"),
     subject="Devis rentrée + petite question",
     date="2025-08-05 09:50", tz="reunion", client="thunderbird",
     body="""Bonjour,

Pouvez-vous nous établir un devis pour le renouvellement de l'abonnement e-sidoc du collège Reydellet (Saint-Denis, [[U:9740101]]), avec en option le module de prêt de liseuses ? Il nous le faut pour le conseil d'administration du 26 août.

Petite question annexe : ma collègue documentaliste a perdu son mot de passe e-sidoc, doit-elle vous écrire elle-même ?

Merci,

--
Jean-Hugues Nativel
Gestionnaire
""")

mail(cat="order_billing", ar=False, uai="0341245", plat="espace_acheteur", hard=False, lang="fr",
     notes="For the rentrée orders, asks to change the billing structure (the lycée now pays through another establishment's accounting agency).",
     frm=("Hervé Soulié", "herve.soulie@ac-montpellier.fr"),
     subject="Changement d'établissement payeur",
     date="2025-08-18 10:25", client="outlook",
     body="""Bonjour,

À compter du 1er septembre, le lycée Jean Moulin de Pézenas ([[U:0341245]]) est rattaché à l'agence comptable du lycée Jean Moulin de Béziers. Les commandes passées sur l'Espace Acheteur pour la rentrée doivent donc être facturées à l'établissement payeur de Béziers.

Pouvez-vous modifier l'adresse de facturation de notre structure ? Je peux vous transmettre l'arrêté de rattachement.

Cordialement,
Hervé Soulié
Adjoint gestionnaire
""")

mail(cat="order_billing", ar=False, uai=None, plat="esidoc", hard=True, lang="fr",
     notes="From a phone (laposte.net): asks for the June invoice as a PDF. The code written is [[X:0131766]]: wrong check letter (the digits give [[U:0131766]]), so no UAI, and the personal domain gives no region.",
     frm=("Christine Rolland", "christine.rolland@laposte.net"),
     subject="facture juin",
     date="2025-07-05 11:37", client="iphone",
     body="""Bonjour
Vous pouvez m'envoyer la facture de juin en pdf svp (abonnement e-sidoc du collège Edouard Manet, Marseille, [[X:0131766]]) ? L'agence comptable la réclame avant la fermeture.
Merci
C. Rolland

Envoyé de mon iPhone
""")

# ==========================================================================
# 9. CONTRACT_DOCUMENTS
# ==========================================================================

mail(cat="contract_documents", ar=False, uai="0311578", plat="espace_acheteur", hard=False, lang="fr",
     notes="Amendment no. 3 of a market is not among the documents in 'Mes Marchés', though the supplier refers to it.",
     frm=("MARTY Sylvie", "sylvie.marty@ac-toulouse.fr"),
     subject="Avenant n°3 introuvable – marché 2023-087",
     date="2025-07-02 11:20", client="outlook_desktop",
     body="""Bonjour,

Le titulaire du marché 2023-087 (produits d'entretien) nous applique depuis le 1er juillet les prix de l'avenant n° 3. Or dans « Mes Marchés », je ne vois que le marché initial et les avenants 1 et 2.

Pouvez-vous mettre l'avenant n° 3 à disposition, ou me l'envoyer ?

Cordialement,
Sylvie Marty
Gestionnaire – Lycée Rive Gauche, Toulouse ([[U:0311578]])
""")

mail(cat="contract_documents", ar=False, uai="7200307", plat="espace_acheteur", hard=True, lang="fr",
     notes="A newly appointed head cannot see the membership convention from his own account: access to contract documents, not a head-of-establishment request (he authorises nothing and asks for no change).",
     frm=("Proviseur - Lycée de Balagne", "ce.[[U:7200307]]@ac-corse.fr"),
     subject="Convention d'adhésion non visible",
     date="2025-08-19 09:05", client="thunderbird",
     body="""Bonjour,

Arrivé ce mois-ci à la tête du lycée de Balagne (L'Île-Rousse), je souhaite relire la convention d'adhésion signée par mon prédécesseur avant le conseil d'administration de rentrée. Dans l'onglet « Conventions » de l'Espace Acheteur, la liste est vide pour notre établissement.

Pouvez-vous me dire où la trouver ?

Cordialement,

--
Laurent Casalta
Proviseur
""")

mail(cat="contract_documents", ar=False, uai="0131420", plat="espace_acheteur", hard=False, lang="fr",
     notes="The CCTP of a market cannot be downloaded (error page).",
     frm=("Olivier Bonnafoux", "olivier.bonnafoux@ac-aix-marseille.fr"),
     subject="CCTP impossible à télécharger",
     date="2025-08-25 14:47", client="zimbra",
     body="""Bonjour,

Quand je clique sur le CCTP du marché « Manuels scolaires 2025-2029 », j'obtiens une page d'erreur (« document introuvable »). Les autres pièces du marché s'ouvrent normalement.

J'en ai besoin pour vérifier les délais de livraison avant la rentrée.

Olivier Bonnafoux
Lycée Saint-Exupéry, Marseille – [[U:0131420]]
""")

mail(cat="contract_documents", ar=False, uai="9741362", plat="espace_acheteur", hard=False, lang="fr",
     notes="Since the July update, the documents of the school-supplies market are no longer shown for the structure.",
     frm=("Rose-May Lauret", "rose-may.lauret@ac-reunion.fr"),
     subject="Pièces du marché fournitures invisibles",
     date="2025-07-30 08:40", tz="reunion", client="outlook_desktop",
     body="""Bonjour,

Depuis la mise à jour de juillet, les pièces du marché « Fournitures scolaires 2024-2026 » (CCAP, BPU, acte d'engagement) n'apparaissent plus dans notre espace. Le marché lui-même figure bien dans la liste.

Nous préparons la rentrée du 18 août et avons besoin du BPU pour contrôler les prix.

Rose-May Lauret
Gestionnaire – Collège Auguste Lacaussade, Salazie ([[U:9741362]])
""")

mail(cat="contract_documents", ar=False, uai=None, plat="espace_acheteur", hard=False, lang="fr",
     notes="The signed acte d'engagement of a market is missing from the documents. No UAI; region from ac-nice.fr.",
     frm=("Danielle Laugier", "danielle.laugier@ac-nice.fr"),
     subject="Acte d'engagement manquant",
     date="2025-07-16 10:58", client="zimbra",
     body="""Bonjour,

Pour le marché de maintenance des photocopieurs auquel notre collège a adhéré en mai, je ne trouve pas l'acte d'engagement signé dans les documents du marché : seuls le règlement de consultation et le CCAP sont présents.

L'agent comptable me le demande pour payer la première facture.

Merci,
Danielle Laugier
Secrétaire de gestion
""")

mail(cat="contract_documents", ar=False, uai="0110023", plat="espace_acheteur", hard=True, lang="fr",
     notes="Reply on an old order ticket (long Outlook quote about a late delivery, settled); the new text clearly asks something else: the 2025-2028 convention PDF does not open. The new ask wins.",
     frm=("RAYNAUD Corinne", "corinne.raynaud@ac-montpellier.fr"),
     subject="RE: [#SUP-007065] Livraison incomplète commande 2025-0588",
     date="2025-08-28 13:35", client="outlook_desktop",
     irt="<SUP-007065.1750930000.7f2c1d@assistance.example.fr>",
     body="""Bonjour,

La livraison a finalement été complétée début juillet, merci.

Autre sujet : le PDF de la nouvelle convention 2025-2028 ne s'ouvre pas dans l'onglet « Conventions » (fichier vide, 0 Ko). Pourriez-vous le remettre en ligne ou me l'envoyer ?

Cordialement,
Corinne Raynaud
Gestionnaire – Lycée Paul Sabatier, Carcassonne ([[U:0110023]])

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 26 juin 2025 09:14
À : RAYNAUD Corinne <corinne.raynaud@ac-montpellier.fr>
Objet : RE: [#SUP-007065] Livraison incomplète commande 2025-0588

Bonjour Madame,

Le fournisseur nous confirme que les 12 cartons manquants partiront la semaine prochaine. Nous restons attentifs à la bonne fin de la livraison.

Cordialement,
L'équipe d'assistance

-----Message d'origine-----
De : RAYNAUD Corinne <corinne.raynaud@ac-montpellier.fr>
Envoyé : mardi 24 juin 2025 16:02
À : Assistance <support@assistance.example.fr>
Objet : Livraison incomplète commande 2025-0588

Bonjour,

Sur les 40 cartons de la commande 2025-0588, seuls 28 ont été livrés ce matin. Le bon de livraison indique pourtant une livraison complète. Merci de vérifier auprès du fournisseur.

Corinne Raynaud
""")

# ==========================================================================
# 10. TRANSFER_INCIDENT
# ==========================================================================

mail(cat="transfer_incident", ar=False, uai="0311234", plat="ecoledirecte", hard=False, lang="fr",
     notes="EcoleDirecte transfers fail since the server was moved in July; the rentrée timetables cannot be sent.",
     frm=("Secrétariat de direction", "secretariat@ensemble-caousou.fr"),
     subject="Transferts EcoleDirecte en échec depuis le changement de serveur",
     date="2025-08-21 10:12", client="outlook",
     body="""Bonjour,

Notre prestataire a remplacé le serveur de l'établissement mi-juillet. Depuis, chaque transfert vers EcoleDirecte se termine en erreur (« échec de la connexion au serveur de transfert »), alors que nous devons publier les classes et les emplois du temps de la rentrée.

UAI : [[U:0311234]]

Pouvez-vous nous aider à relancer les transferts ?

Cordialement,
Le secrétariat de direction
""")

mail(cat="transfer_incident", ar=False, uai="9740660", plat="ecoledirecte", hard=True, lang="fr",
     notes="Asks for 'le mot de passe de maintenance du jour' to rebuild the indexes: transfer_incident per the taxonomy, not password_reset.",
     frm=("Gérald Boyer", "informatique@levavasseur-reunion.fr"),
     subject="mot de passe de maintenance du jour",
     date="2025-08-11 07:38", tz="reunion", client="thunderbird",
     body="""Bonjour,

Pouvez-vous me communiquer le mot de passe de maintenance du jour ? Je dois lancer la réindexation de la base avant de relancer les transferts vers EcoleDirecte, bloqués depuis vendredi.

Merci,
Gérald Boyer
Informatique – Lycée privé Levavasseur, Saint-Denis ([[U:9740660]])
""")

mail(cat="transfer_incident", ar=False, uai="0133399", plat="ecoledirecte", hard=False, lang="fr",
     notes="'Licence expirée' at start-up after installing the new server: licence to regenerate, transfers stopped.",
     frm=("Patrice Olmeta", "p.olmeta@maristes-marseille.fr"),
     subject="Licence expirée après installation nouveau serveur",
     date="2025-07-22 15:33", client="outlook",
     body="""Bonjour,

Après l'installation de notre nouveau serveur, le logiciel affiche au démarrage « Licence expirée ou invalide » et plus aucun transfert ne part vers EcoleDirecte.

Pouvez-vous nous régénérer la licence pour le nouveau poste ? UAI de l'établissement : [[U:0133399]].

Cordialement,
Patrice Olmeta
Responsable informatique
""")

mail(cat="transfer_incident", ar=False, uai="6200456", plat="ecoledirecte", hard=False, lang="fr",
     notes="The new firewall installed this summer blocks the transfer tool; the connection test of the diagnostic fails.",
     frm=("Jean-Dominique Peretti", "jd.peretti@institution-saint-paul-ajaccio.fr"),
     subject="Pare-feu et transferts",
     date="2025-08-26 17:01", client="gmail",
     body="""Bonjour,

Nous avons installé un nouveau pare-feu cet été. Depuis, l'outil de transfert ne passe plus : le test de connexion du diagnostic échoue à l'étape « serveur distant ».

Quels ports et quelles adresses dois-je ouvrir pour que les transferts vers EcoleDirecte reprennent ?

Institution Saint-Paul, Ajaccio – [[U:6200456]]

Merci,
J.-D. Peretti
""")

mail(cat="transfer_incident", ar=False, uai=None, plat="ecoledirecte", hard=False, lang="en",
     notes="English, from an IT contractor: the nightly synchronisation to EcoleDirecte has failed since the server migration. No UAI, non-academic domain.",
     frm=("Tom Devaux", "tom.devaux@sudnet-services.fr"),
     subject="EcoleDirecte synchronisation failing after migration",
     date="2025-08-14 16:45", client="outlook",
     body="""Hello,

I'm the IT contractor for a private school in Montpellier. Since we migrated their server to a new virtual machine last week, the nightly synchronisation with EcoleDirecte fails with "Transfer aborted: remote authentication error".

The old VM is switched off, so there can't be two instances running. Is there something on your side tied to the previous machine (licence, host key)?

Thanks,
Tom Devaux
Sudnet Services
""")

mail(cat="transfer_incident", ar=False, uai="0301400", plat="ecoledirecte", hard=False, lang="fr",
     notes="HTML-only Outlook message: the transfer stops with an error code; pupils' data for the rentrée is not updated.",
     frm=("Monique Pellet", "direction@institut-dalzon-nimes.fr"),
     subject="Erreur de transfert E-214",
     date="2025-08-29 09:58", client="html_only",
     body="""Bonjour,

Depuis mercredi, le transfert des données vers EcoleDirecte s'arrête avec le code « E-214 : réponse invalide du serveur ». Les nouvelles classes de la rentrée n'apparaissent donc pas pour les familles.

Institut d'Alzon, Nîmes – UAI [[U:0301400]]

Merci de votre aide,
Monique Pellet
Directrice administrative
""")

# ==========================================================================
# 11. OTHER
# ==========================================================================

mail(cat="other", ar=False, uai=None, plat="esidoc", hard=True, lang="fr",
     notes="Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from ac-corse.fr.",
     frm=("Ghjulia Santoni", "ghjulia.santoni@ac-corse.fr"),
     subject="Re: [#SUP-007520] Mot de passe e-sidoc",
     date="2025-08-01 12:20", client="zimbra",
     irt="<SUP-007520.1754036000.09e6b1@assistance.example.fr>",
     body="""Bonjour,

C'est bon, le lien a fonctionné et j'ai pu changer le mot de passe. Merci beaucoup pour votre rapidité en plein été !

Bonne journée,
Ghjulia

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Ghjulia Santoni" <ghjulia.santoni@ac-corse.fr>
Envoyé: Vendredi 1 Août 2025 10:42:18
Objet: [#SUP-007520] Mot de passe e-sidoc

> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> connue pour votre établissement. Il est valable 12 heures.
>
> L'équipe d'assistance
""")

mail(cat="other", ar=False, uai=None, plat=None, hard=False, lang="en",
     notes="English SEO spam (cold offer of search-engine ranking, SPF softfail): unrelated to the services.",
     frm=("Ryan from RankBoost", "ryan@rankboost-seo.example"),
     subject="Quick question about assistance.example.fr",
     date="2025-07-14 03:22", client="plain", cte="7bit", charset="us-ascii",
     auth="dkim=pass (1024-bit key) header.d=rankboost-seo.example;\n\tspf=softfail smtp.mailfrom=rankboost-seo.example;\n\tdmarc=none",
     body="""Hi,

I was checking your website assistance.example.fr and noticed it isn't ranking on page 1 for important keywords like "school library software" and "education purchasing".

We can get you to the top 3 on Google in 90 days, guaranteed, for only $299/month.

Shall I send you a free audit?

Best,
Ryan
RankBoost SEO

Reply STOP to opt out.
""")

mail(cat="other", ar=False, uai=None, plat=None, hard=True, lang="fr",
     notes="Phishing ('votre boîte aux lettres est pleine, confirmez votre mot de passe') from a look-alike domain: mentions a password but is not password_reset; ac-corse-webmail.com is not an académie domain, so no region.",
     frm=("Service Messagerie Académique", "support@ac-corse-webmail.com"),
     auth="dkim=none;\n\tspf=fail smtp.mailfrom=ac-corse-webmail.com;\n\tdmarc=none",
     relay=("mail.bulk-sender-example.net", "203.0.113.199"),
     subject="Votre boîte aux lettres a atteint 98 % de son quota",
     date="2025-08-09 02:14", client="raw",
     node=Text("""<html><body style="font-family:Arial"><p>Cher utilisateur,</p>
<p>Votre boîte aux lettres académique a atteint <b>98 %</b> de son quota. Vous ne pourrez bientôt plus recevoir de messages.</p>
<p>Pour éviter la suspension de votre compte, confirmez votre identifiant et votre mot de passe dans les 24 heures :</p>
<p><a href="http://ac-corse-webmail.com/verification/quota.php">Valider mon compte</a></p>
<p>Service Messagerie Académique</p></body></html>
""", subtype="html", charset="utf-8", cte="quoted-printable"))

mail(cat="other", ar=False, uai=None, plat=None, hard=True, lang="fr",
     notes="Fake 'unpaid invoice' with an HTML attachment from an unknown sender, failing SPF: phishing, not order_billing.",
     frm=("Service Recouvrement", "recouvrement@factures-en-ligne-pro.example"),
     auth="dkim=none;\n\tspf=fail smtp.mailfrom=factures-en-ligne-pro.example;\n\tdmarc=fail (p=none dis=none) header.from=factures-en-ligne-pro.example",
     subject="Facture impayée N° FC-2025-07-3381 – dernier rappel avant pénalités",
     date="2025-07-24 06:05", client="raw",
     node=Multi("mixed", [
         Text("""Bonjour,

Sauf erreur de notre part, la facture N° FC-2025-07-3381 d'un montant de 2 847,60 EUR reste impayée à ce jour.

Vous trouverez la facture en pièce jointe. Sans règlement sous 48 heures, des pénalités de retard seront appliquées et le dossier transmis à notre service contentieux.

Cordialement,
Service Recouvrement
""", charset="utf-8", cte="quoted-printable"),
         Att("Facture_FC-2025-07-3381.html", "text/html",
             b"<html><body><script>window.location='http://factures-en-ligne-pro.example/login'</script></body></html>\n"),
     ]))

mail(cat="other", ar=False, uai=None, plat=None, hard=False, lang="fr",
     notes="A parent asking for the school-supplies list of a collège: wrong address, unrelated.",
     frm=("Nadia Benhamou", "nadia.benhamou@orange.fr"),
     subject="Liste des fournitures 6ème",
     date="2025-08-17 20:31", client="orange_web",
     body="""Bonjour,

Mon fils entre en 6ème au collège Jean Moulin de Béziers en septembre. Pourriez-vous m'envoyer la liste des fournitures ? Je ne la trouve pas sur le site.

Merci beaucoup,
Nadia Benhamou
""")

mail(cat="other", ar=False, uai=None, plat=None, hard=False, lang="fr",
     notes="A person asks by hand to be removed from the newsletter: written by a person, so not automated. Region from ac-montpellier.fr.",
     frm=("Thierry Cabanel", "thierry.cabanel@ac-montpellier.fr"),
     subject="désinscription",
     date="2025-07-11 08:44", client="zimbra",
     body="""Bonjour,

Merci de me retirer de votre liste de diffusion : j'ai quitté le CDI du collège de Lodève et je ne m'occupe plus des abonnements.

Cordialement,
Thierry Cabanel
""")

mail(cat="other", ar=False, uai=None, plat=None, hard=False, lang="fr",
     notes="'Bien reçu, merci.' from a phone on an existing ticket: nothing to do. Region from ac-toulouse.fr.",
     frm=("Hélène Castan", "helene.castan@ac-toulouse.fr"),
     subject="Re: [#SUP-007321] Devis renouvellement abonnements 2025-2026",
     date="2025-07-04 08:07", client="iphone",
     irt="<SUP-007321.1751553667.1bd7e0@assistance.example.fr>",
     body="""Bien reçu, merci.

Envoyé de mon iPhone
""")

mail(cat="other", ar=False, uai=None, plat=None, hard=False, lang="fr",
     notes="Angry complaint about unanswered mails that says nothing about the topic: no category can be told. Personal Gmail.",
     frm=("Patricia Lopez", "patricia.lopez.gestion@gmail.com"),
     subject="TROISIÈME RELANCE !!!",
     date="2025-07-30 17:59", client="gmail",
     body="""Bonjour,

C'est la troisième fois que je vous écris et toujours AUCUNE réponse. Je comprends que ce sont les vacances, mais il y a quand même des établissements qui travaillent en juillet.

Je commence à me demander si quelqu'un lit ces messages.

P. Lopez
""")

mail(cat="other", ar=False, uai=None, plat=None, hard=False, lang="fr",
     notes="Asks about the desk's opening hours in August: a question with no category of its own. Region from ac-reunion.fr.",
     frm=("Jocelyne Grondin", "jocelyne.grondin@ac-reunion.fr"),
     subject="Horaires de l'assistance en août",
     date="2025-07-28 13:14", tz="reunion", client="thunderbird",
     body="""Bonjour,

Pouvez-vous m'indiquer vos jours et horaires d'ouverture en août ? Avec le décalage horaire et notre rentrée au 18 août, j'aimerais savoir quand je pourrai vous joindre si besoin.

Merci,
Jocelyne Grondin
""")

mail(cat="other", ar=False, uai=None, plat=None, hard=False, lang="fr",
     notes="Unsolicited application for a summer support job, CV attached.",
     frm=("Lucas Ferrandi", "lucas.ferrandi2005@gmail.com"),
     subject="Candidature job d'été - assistance utilisateurs",
     date="2025-07-01 19:42", client="gmail",
     attach=[Att("CV_Lucas_Ferrandi.pdf", "application/pdf", fake_pdf("CV"))],
     body="""Madame, Monsieur,

Étudiant en BTS SIO à Bastia, je suis à la recherche d'un emploi d'été dans le support informatique. Votre service d'assistance aux établissements scolaires m'intéresse beaucoup.

Vous trouverez mon CV en pièce jointe. Je suis disponible du 7 juillet au 29 août.

Cordialement,
Lucas Ferrandi
""")

mail(cat="other", ar=False, uai=None, plat="espace_acheteur", hard=False, lang="fr",
     notes="Wants to register for the rentrée webinar on the Espace Acheteur; the registration link fails: other. Region from ac-aix-marseille.fr.",
     frm=("Stéphanie Roux", "stephanie.roux@ac-aix-marseille.fr"),
     subject="Inscription webinaire de rentrée",
     date="2025-08-20 15:40", client="zimbra",
     body="""Bonjour,

Je voudrais m'inscrire au webinaire « Préparer ses commandes de rentrée avec l'Espace Acheteur » du 28 août, mais le lien d'inscription de votre lettre d'information mène à une page blanche.

Pouvez-vous m'inscrire directement ?

Stéphanie Roux
Collège Gérard Philipe, Martigues
""")

mail(cat="other", ar=False, uai=None, plat=None, hard=False, lang="en",
     notes="English partnership pitch from an edtech start-up, sent as a follow-up quoting her own first mail (Gmail English quote style).",
     frm=("Hannah Schmidt", "hannah@readsparkle.example"),
     subject="Re: Partnership idea for French school libraries",
     date="2025-08-05 10:02", client="gmail",
     body="""Hi again,

Just bumping this up in case it got lost in the summer inbox. Would you have 20 minutes in early September for a quick call?

Best,
Hannah

On Tue, Jul 22, 2025 at 9:14 AM Hannah Schmidt <hannah@readsparkle.example> wrote:
> Hello,
>
> I'm the co-founder of ReadSparkle, a reading-challenge app used by 300
> schools in Germany and Austria. We'd love to explore an integration with the
> library portals you support in France.
>
> Would you be open to a short call?
>
> Hannah Schmidt
> Co-founder, ReadSparkle
""")

mail(cat="other", ar=False, uai=None, plat="esidoc", hard=False, lang="fr",
     notes="A retired librarian asks for her personal data to be erased (GDPR): other (human review), not account_creation nor password_reset.",
     frm=("Odile Bérard", "odile.berard@laposte.net"),
     subject="Suppression de mes données personnelles",
     date="2025-07-18 10:20", client="plain", cte="quoted-printable",
     extra=[("X-Mailer", "Webmail La Poste")],
     body="""Bonjour,

Professeure documentaliste au lycée de Lodève jusqu'en juin, je suis désormais à la retraite. Je vous demande, en application du RGPD, de supprimer mon compte e-sidoc et toutes les données personnelles me concernant (nom, adresse électronique, historique).

Merci de me confirmer la suppression.

Odile Bérard
""")

mail(cat="other", ar=False, uai=None, plat=None, hard=True, lang="fr",
     notes="Phishing dressed as a Mailinblack quarantine report (look-alike domain, SPF and DMARC fail, credential-harvesting link): it names Mailinblack but nobody asks anything, so other, not mailinblack_spam nor automated.",
     frm=("Mailinblack Quarantaine", "quarantaine@mailinblack-securite.example"),
     auth="dkim=none;\n\tspf=fail smtp.mailfrom=mailinblack-securite.example;\n\tdmarc=fail (p=reject dis=none) header.from=mailinblack-securite.example",
     relay=("srv-88-14.cheap-vps.example", "198.51.100.14"),
     subject="[Mailinblack] 4 messages en attente – action requise sous 24 h",
     date="2025-08-12 04:47", client="raw",
     node=Multi("alternative", [
         Text("""Bonjour,

4 messages importants destinés à support@assistance.example.fr sont bloqués dans votre quarantaine Mailinblack.

Pour les libérer, reconnectez-vous avec votre mot de passe de messagerie :
http://mailinblack-securite.example/release?u=support

Sans action de votre part sous 24 heures, ces messages seront supprimés.
""", charset="utf-8", cte="quoted-printable"),
         Text("""<html><body><p>Bonjour,</p><p><b>4 messages importants</b> destinés à support@assistance.example.fr sont bloqués dans votre quarantaine Mailinblack.</p><p><a href="http://mailinblack-securite.example/release?u=support">Libérer mes messages</a></p><p>Sans action de votre part sous 24 heures, ces messages seront supprimés.</p></body></html>
""", subtype="html", charset="utf-8", cte="quoted-printable"),
     ]))

mail(cat="other", ar=False, uai=None, plat=None, hard=False, lang="fr",
     notes="Personal message sent to the desk by address autocomplete (a barbecue invitation). Region from the ac-nice.fr sender.",
     frm=("Jérôme Aubert", "jerome.aubert@ac-nice.fr"),
     subject="Barbecue samedi",
     date="2025-07-24 18:03", client="iphone",
     body="""Coucou,

Finalement on fait le barbecue samedi à partir de 19 h à la maison, amène juste ta bonne humeur (et ta glacière si tu peux). Les enfants seront là aussi.

Bises
Jérôme

Envoyé de mon iPhone
""")

mail(cat="other", ar=False, uai=None, plat=None, hard=False, lang="fr",
     notes="A librarian asks the desk for advice on weeding the collection before the rentrée: a professional question unrelated to the services. Region from ac-mayotte.fr.",
     frm=("Rachida Houmadi", "rachida.houmadi@ac-mayotte.fr"),
     subject="Conseils pour le désherbage",
     date="2025-07-10 14:55", tz="mayotte", client="zimbra",
     body="""Bonjour,

Je profite de la fermeture du CDI pour désherber le fonds (beaucoup de documentaires des années 90 abîmés par l'humidité). Auriez-vous une grille de critères ou une méthode à me conseiller ? Faut-il signaler les exemplaires retirés quelque part ?

Merci,
Rachida Houmadi
Collège de M'Gombani, Mamoudzou
""")


# ==========================================================================
# Dressing: trace headers and client presets
# ==========================================================================

FREEMAIL_RELAYS = {
    "gmail.com": lambda: f"mail-{RNG.choice(['wm1', 'wr1', 'ej1', 'lf1'])}-f{RNG.randint(41, 199)}.google.com",
    "googlemail.com": lambda: f"mail-sor-f{RNG.randint(41, 99)}.google.com",
    "googlegroups.com": lambda: f"mail-qv1-f{RNG.randint(41, 99)}.google.com",
    "orange.fr": lambda: f"smtp-{RNG.randint(10, 30)}.smtp.orange.fr",
    "wanadoo.fr": lambda: f"smtp-{RNG.randint(10, 30)}.smtp.orange.fr",
    "free.fr": lambda: f"smtp{RNG.randint(1, 9)}-g21.free.fr",
    "laposte.net": lambda: f"smtp-out{RNG.randint(1, 4)}.laposte.net",
    "icloud.com": lambda: f"qs51p00im-qukt{RNG.randint(10000000, 99999999)}.me.com",
    "outlook.com": lambda: f"EUR0{RNG.randint(1, 5)}-AM7-obe.outbound.protection.outlook.com",
}
OUTLOOK_CLIENTS = {"outlook", "android_outlook"}


def relay_for(domain: str, client: str) -> str:
    if domain in FREEMAIL_RELAYS:
        return FREEMAIL_RELAYS[domain]()
    if domain.startswith("ac-") and domain.endswith(".fr"):
        return f"smtp{RNG.randint(1, 6)}.{domain}"
    if client in OUTLOOK_CLIENTS:
        return f"{ralnum(3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}P264CU00{RNG.randint(1, 9)}.outbound.protection.outlook.com"
    return f"mail.{domain}"


def dkim_domain(domain: str) -> str:
    return {"wanadoo.fr": "orange.fr", "googlemail.com": "googlemail.com"}.get(domain, domain)


def trace_headers(spec, from_addr: str, when: dt.datetime) -> list:
    dom = from_addr.rsplit("@", 1)[1].lower()
    host, ip = spec.get("relay") or (relay_for(dom, spec["client"]), rip())
    recv = when + dt.timedelta(seconds=RNG.randint(2, 55))
    recv_s = fmt_date(recv.astimezone(CEST)) + " (CEST)"
    qid = ralnum(15)
    rp = spec.get("rp") or f"<{from_addr}>"
    auth = spec.get("auth")
    if auth is None:
        d = dkim_domain(dom)
        auth = (f"dkim=pass (2048-bit key) header.d={d};\n\tspf=pass smtp.mailfrom={dom};\n\t"
                f"dmarc=pass (p=none dis=none) header.from={dom}")
    elif auth == "none":
        auth = f"dkim=none;\n\tspf=pass smtp.helo={host};\n\tdmarc=none"
    return [
        ("Return-Path", rp),
        ("Delivered-To", SUPPORT),
        ("Received", f"from {host} ({host} [{ip}])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id {qid}\n"
                     f"\tfor <{SUPPORT}>; {recv_s}"),
        ("Authentication-Results", f"mx1.assistance.example.fr;\n\t{auth}"),
    ]


def strip_prefixes(subject: str) -> str:
    return re.sub(r"^((RE|Re|TR|Tr|Fwd|Automatic reply|Réponse automatique)\s?:\s*)+", "", subject)


def thread_index() -> str:
    return base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(22))).decode()


def outlook_mid() -> str:
    box = f"{RNG.choice(['PR0', 'PA4', 'MR1', 'PR1', 'PAVP'])}P264MB{RNG.randint(1000, 9999)}"
    return f"<{box}{rhex(32).upper()}@{box}.FRAP264.PROD.OUTLOOK.COM>"


def with_attachments(node, spec, bstyle="generic", preamble=None):
    atts = spec.get("attach")
    if not atts:
        return node
    return Multi("mixed", [node] + list(atts), bstyle=bstyle, preamble=preamble)


def build(spec) -> tuple[bytes, str]:
    seen: list = []
    R = lambda s: resolve(s, seen) if isinstance(s, str) else s  # noqa: E731
    name, from_addr = spec["frm"]
    name, from_addr = R(name), R(from_addr)
    dom = from_addr.rsplit("@", 1)[1]
    tz = TZ[spec.get("tz", "metro")]
    when = dt.datetime.strptime(spec["date"], "%Y-%m-%d %H:%M").replace(tzinfo=tz, second=RNG.randint(0, 59))
    client = spec["client"]
    utc_date = client in OUTLOOK_CLIENTS or spec.get("tz") == "utc"
    date_s = fmt_date(when.astimezone(dt.timezone.utc) if utc_date else when)
    from_h = addr(name, from_addr)
    to_h = R(spec.get("to") or SUPPORT_TO)
    cc_h = addr_list(spec.get("cc")) or None
    rt_h = R(spec.get("reply_to"))
    subject = R(spec["subject"])
    subj_h = hv(subject)
    irt = spec.get("irt")
    refs = [("References", irt), ("In-Reply-To", irt)] if irt else []
    body = spec.get("body", "")
    body = body[1:] if body.startswith("\n") else body
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    lang_tag = "fr" if spec["lang"] == "fr" else "en-US"
    M = ("__MIME__", None)

    if client == "thunderbird":
        hdrs = [("Message-ID", f"<{ruuid()}@{dom}>"), ("Date", date_s), ("MIME-Version", "1.0"),
                ("User-Agent", spec.get("ua", "Mozilla Thunderbird")), ("Content-Language", lang_tag)] + refs + [
            ("To", to_h), ("Cc", cc_h), ("From", from_h), ("Reply-To", rt_h), ("Subject", subj_h), M]
        lab = {"utf-8": "UTF-8", "iso-8859-1": "ISO-8859-1", "iso-8859-15": "ISO-8859-15"}[charset]
        node = Text(body, charset=charset, cte=cte or "8bit", flowed=True, label=lab, quote_charset=False)
        node = with_attachments(node, spec, preamble="This is a multi-part message in MIME format.")
    elif client in ("outlook", "android_outlook"):
        has_att = "yes" if spec.get("attach") else ""
        hdrs = [("From", from_h), ("To", to_h), ("Cc", cc_h), ("Reply-To", rt_h), ("Subject", subj_h),
                ("Thread-Topic", hv(strip_prefixes(subject), "Thread-Topic")), ("Thread-Index", thread_index()),
                ("Date", date_s), ("Message-ID", outlook_mid())] + refs + [
            ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR" if spec["lang"] == "fr" else "en-GB"),
            ("X-MS-Has-Attach", has_att), ("X-MS-TNEF-Correlator", ""), M, ("MIME-Version", "1.0")]
        if client == "outlook":
            text = body
            parts = [Text(text, charset=charset, cte=cte or "quoted-printable"),
                     Text(html_outlook(text, charset), subtype="html", charset=charset, cte=cte or "quoted-printable")]
        else:
            text = body.rstrip("\n") + "\n\nObtenir Outlook pour Android<https://aka.ms/AAb9ysg>\n"
            parts = [Text(text, cte="base64"), Text(html_simple(text), subtype="html", cte="base64")]
        node = with_attachments(Multi("alternative", parts, bstyle="outlook"), spec, bstyle="outlook")
    elif client in ("outlook_desktop", "html_only"):
        local = from_addr.split("@")[0]
        mid = f"<00{RNG.randint(0, 9)}{rhex(1)}01dbf{rhex(3)}${rhex(8)}${rhex(8)}$@{dom}>"
        hdrs = [("From", from_h), ("To", to_h), ("Cc", cc_h), ("Reply-To", rt_h)] + refs + [
            ("Subject", subj_h), ("Date", date_s), ("Message-ID", mid), ("MIME-Version", "1.0"), M,
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index()),
            ("Content-Language", "fr" if spec["lang"] == "fr" else "en-gb")]
        del local
        if client == "outlook_desktop":
            parts = [Text(body, charset=charset, cte=cte or "quoted-printable"),
                     Text(html_outlook(body, charset), subtype="html", charset=charset, cte=cte or "quoted-printable")]
            node = Multi("alternative", parts, bstyle="nextpart",
                         preamble="This is a multipart message in MIME format.")
        else:
            node = Text(html_outlook(body, charset), subtype="html", charset=charset, cte=cte or "quoted-printable")
        node = with_attachments(node, spec, bstyle="nextpart", preamble="This is a multipart message in MIME format.")
    elif client == "gmail":
        try:
            body.encode("ascii")
            gcte = "7bit"
        except UnicodeEncodeError:
            gcte = "quoted-printable"
        hdrs = [("MIME-Version", "1.0")] + refs + [
            ("From", from_h), ("Date", date_s),
            ("Message-ID", f"<CA{RNG.choice(['+', 'M', 'K', 'P'])}{ralnum(40)}@mail.gmail.com>"),
            ("Subject", subj_h), ("To", to_h), ("Cc", cc_h), ("Reply-To", rt_h), M]
        parts = [Text(body, charset="UTF-8", cte=gcte), Text(html_gmail(body), subtype="html", charset="UTF-8", cte=gcte)]
        node = with_attachments(Multi("alternative", parts, bstyle="gmail"), spec, bstyle="gmail")
    elif client == "iphone":
        hdrs = [M, ("From", from_h), ("Mime-Version", "1.0 (1.0)"), ("Subject", subj_h), ("Date", date_s)] + refs + [
            ("Cc", cc_h), ("To", to_h), ("Message-Id", f"<{ruuid().upper()}@{dom}>"), ("X-Mailer", "iPhone Mail (22F76)")]
        node = Text(body, charset="utf-8", cte="quoted-printable", quote_charset=False)
    elif client == "apple":
        hdrs = [("From", from_h), M, ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"),
                ("Subject", subj_h), ("Date", date_s)] + refs + [
            ("To", to_h), ("Cc", cc_h), ("Message-Id", f"<{ruuid().upper()}@{dom}>"),
            ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")]
        parts = [Text(body, charset="utf-8", cte="quoted-printable", quote_charset=False),
                 Text(html_apple(body), subtype="html", charset="utf-8", cte="quoted-printable", quote_charset=False)]
        node = Multi("alternative", parts, bstyle="apple")
    elif client == "zimbra":
        ms = int(when.timestamp() * 1000)
        hdrs = [("Date", date_s), ("From", from_h), ("To", to_h), ("Cc", cc_h), ("Reply-To", rt_h),
                ("Message-ID", f"<{RNG.randint(10**8, 10**9)}.{RNG.randint(10**6, 10**8)}.{ms}.JavaMail.zimbra@{dom}>")] + refs + [
            ("Subject", subj_h), ("MIME-Version", "1.0"), M,
            ("X-Originating-IP", f"[10.{RNG.randint(1, 250)}.{RNG.randint(1, 250)}.{RNG.randint(1, 250)}]"),
            ("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF128 (Win)/9.0.0_ZEXTRAS_20240927)"),
            ("Thread-Topic", hv(strip_prefixes(subject), "Thread-Topic")), ("Thread-Index", thread_index()[:28])]
        parts = [Text(body, charset="utf-8", cte="quoted-printable"),
                 Text(html_zimbra(body), subtype="html", charset="utf-8", cte="quoted-printable")]
        node = with_attachments(Multi("alternative", parts, bstyle="zimbra"), spec, bstyle="zimbra")
    elif client == "samsung":
        text = body.rstrip("\n") + "\n\n\nEnvoyé depuis mon smartphone Samsung Galaxy.\n"
        hdrs = [("Message-ID", f"<{rhex(24)}@email.android.com>"), ("Date", date_s), ("Subject", subj_h),
                ("From", from_h), ("To", to_h), ("MIME-Version", "1.0"), M]
        node = Multi("alternative", [Text(text, charset="UTF-8", cte="base64"),
                                     Text(html_simple(text), subtype="html", charset="UTF-8", cte="base64")])
    elif client == "orange_web":
        ms = int(when.timestamp() * 1000)
        hdrs = [("Date", date_s), ("From", from_h), ("Reply-To", rt_h), ("To", to_h),
                ("Message-ID", f"<{RNG.randint(10**8, 10**9)}.{RNG.randint(1000, 99999)}.{ms}@wwinf{RNG.randint(1000, 2999)}.sys.meshcore.net>"),
                ("Subject", subj_h), ("MIME-Version", "1.0"), M, ("X-Originating-IP", f"[{rip()}]"),
                ("Importance", "Normal"), ("X-Priority", "3 (Normal)"), ("X-Mailer", "Messagerie Orange")]
        node = Multi("alternative", [Text(body, charset="UTF-8", cte="quoted-printable"),
                                     Text(html_simple(body), subtype="html", charset="UTF-8", cte="quoted-printable")])
    elif client in ("plain", "raw"):
        hdrs = [("Date", date_s), ("From", from_h), ("To", to_h), ("Cc", cc_h), ("Reply-To", rt_h),
                ("Message-ID", spec.get("mid") or f"<{RNG.randint(10**11, 10**12)}.{rhex(12)}@{dom}>"),
                ("Subject", subj_h)] + refs + [("MIME-Version", "1.0"), M]
        if client == "plain":
            node = Text(body, charset=charset, cte=cte or "8bit", quote_charset=False)
        else:
            node = spec["node"]
    else:
        raise ValueError(client)

    # extra headers go just before the MIME headers (or at the end when those come first)
    extra = [(k, R(v)) for k, v in spec.get("extra", [])]
    pos = hdrs.index(M)
    if pos == 0:
        hdrs = hdrs + extra
    else:
        hdrs = hdrs[:pos] + extra + hdrs[pos:]
    node_h, node_b = node.render(seen)
    pos = hdrs.index(M)
    hdrs = hdrs[:pos] + node_h + hdrs[pos + 1:]
    top = trace_headers(spec, from_addr, when) + hdrs
    data = render_headers(top) + b"\n" + node_b
    return data, from_addr, seen


# ==========================================================================
# Main: write the files, then check them
# ==========================================================================

LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]
THEME_REGIONS = {"corse", "occitanie", "provence-alpes-cote-d-azur", "la-reunion", "mayotte"}
UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{3}) ?(\d{4}) ?([A-Za-z])(?![0-9A-Za-z])")


def write_corpus() -> None:
    for old in HERE.glob("h[0-9][0-9][0-9].eml"):
        old.unlink()
    specs = list(MAILS)
    random.Random(SEED + 1).shuffle(specs)
    labels = []
    for i, spec in enumerate(specs, 1):
        fn = f"h{i:03d}.eml"
        data, from_addr, seen = build(spec)
        (HERE / fn).write_bytes(data)
        uai = full_uai(spec["uai"])
        labels.append({
            "file": fn, "category": spec["cat"], "auto_reply_ok": spec["ar"], "uai": uai,
            "region": region_for(uai, from_addr), "platform": spec["plat"], "hard": spec["hard"],
            "lang": spec["lang"], "notes": resolve(spec["notes"], None),
        })
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")


def texts_of(msg) -> str:
    out = [str(msg.get(h, "")) for h in ("Subject", "From", "To", "Cc", "Reply-To")]
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
        elif ctype == "message/delivery-status":
            out.extend(str(block) for block in part.get_payload())
        elif ctype == "message/disposition-notification":
            out.append(part.as_string())
    return "\n".join(out)


def check_corpus() -> None:
    files = sorted(p.name for p in HERE.glob("h*.eml"))
    assert files == [f"h{i:03d}.eml" for i in range(1, 151)], "expected exactly h001.eml ... h150.eml"
    lines = (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 150
    labels = [json.loads(l) for l in lines]
    assert [l["file"] for l in labels] == files
    mids = set()
    for lab in labels:
        f = lab["file"]
        assert list(lab) == LABEL_KEYS, f
        assert lab["category"] in CATEGORIES, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if CATEGORIES[lab["category"]] in ("human_review", "ignore"):
            assert lab["auto_reply_ok"] is False, f"{f}: {lab['category']} is never auto-answered"
        assert lab["platform"] is None or lab["platform"] in PLATFORMS, f
        assert lab["lang"] in ("fr", "en"), f
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 20 and "[[" not in lab["notes"], f

        raw = (HERE / f).read_bytes()
        assert b"[[" not in raw, f"{f}: unresolved placeholder"
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, f"{f}: MIME defects {part.defects}"
        assert msg["Message-ID"] or msg["Message-Id"], f
        mid = str(msg["Message-ID"])
        assert mid not in mids, f"{f}: duplicate Message-ID"
        mids.add(mid)
        when = email.utils.parsedate_to_datetime(str(msg["Date"]))
        assert when.year == 2025 and when.month in (7, 8), f"{f}: date {when}"
        text = texts_of(msg)

        # every UAI-looking code has the right check letter, unless the label says it is deliberately wrong
        for m in UAI_RE.finditer(text):
            digits, letter = m.group(1) + m.group(2), m.group(3).upper()
            if letter != check_letter(digits):
                assert digits + letter in lab["notes"] and "wrong check letter" in lab["notes"], \
                    f"{f}: {digits}{letter} has a wrong check letter not declared in the notes"

        uai = lab["uai"]
        if uai is not None:
            assert re.fullmatch(r"\d{7}[A-Z]", uai) and uai[7] == check_letter(uai[:7]), f
            assert uai in re.sub(r"\s+", "", text).upper(), f"{f}: labelled UAI not found in the mail"
            assert uai[:3] in PREFIX_REGION, f
        from_addr = email.utils.parseaddr(str(msg["From"]))[1]
        assert lab["region"] == region_for(uai, from_addr), f"{f}: region inconsistent with UAI / sender domain"
        if uai is not None:
            assert lab["region"] == PREFIX_REGION[uai[:3]], f
        assert lab["region"] is None or lab["region"] in REGION_TABLE, f
        assert lab["region"] is None or lab["region"] in THEME_REGIONS, f"{f}: off-theme region"

    cats = {}
    for lab in labels:
        cats[lab["category"]] = cats.get(lab["category"], 0) + 1
    assert set(cats) == set(CATEGORIES), "every category must be present"
    en = sum(l["lang"] == "en" for l in labels)
    assert 10 <= en <= 22, en
    print("holdout50: 150 mails written and checked")
    for c in CATEGORIES:
        print(f"  {c:32s} {cats[c]:3d}  (auto_reply_ok: {sum(l['auto_reply_ok'] for l in labels if l['category'] == c)})")
    print(f"  english: {en}, hard: {sum(l['hard'] for l in labels)}, "
          f"wrong check letters declared: {sum('wrong check letter' in l['notes'] for l in labels)}")


if __name__ == "__main__":
    assert len(MAILS) == 150, len(MAILS)
    write_corpus()
    check_corpus()

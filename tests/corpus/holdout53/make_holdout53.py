#!/usr/bin/env python3
"""Generate the holdout53 blind test corpus (150 hand-written mails + labels).

Theme: April 2026, the spring holidays (zone A: 4-20 April for the académies
of Lyon, Grenoble, Clermont-Ferrand, Dijon and Besançon; zone B: 11-27 April
for Normandie) and the weeks after, in Auvergne-Rhône-Alpes,
Bourgogne-Franche-Comté and Normandie.  The writers are mostly staff close to
retirement and brand-new contract staff (contractuels, AED, service civique)
who are unsure of the vocabulary.

Every mail text below was written by hand; the code around it only adds
transport headers (Received, Authentication-Results, Message-ID...), builds the
MIME structure of the sending client and encodes the bodies.  Randomness is
limited to identifiers, IP addresses and seconds, through one seeded
random.Random, so two runs give byte-identical files.

Standard library only, Python 3.11.  Run:  python3 make_holdout53.py
The script ends by checking its own output (see check_output()).
"""

import base64
import datetime as dt
import email
import email.policy
import html as htmllib
import json
import os
import quopri
import re
import textwrap
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
RNG_SEED = 53_2026_04
SUPPORT = "support@assistance.example.fr"
SUPPORT_NAME = "Assistance"
TZ = dt.timezone(dt.timedelta(hours=2))  # CEST all through April-May 2026

# --------------------------------------------------------------------------
# Reference data (from shared/spec/taxonomy.md and shared/spec/regions.md)
# --------------------------------------------------------------------------

CATEGORIES = [
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
]
# categories whose default action is never an automatic answer
NEVER_AUTO = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}
PLATFORMS = ["esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal",
             "esignature"]
UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

REGIONS = {
    "auvergne-rhone-alpes": ("01 03 07 15 26 38 42 43 63 69 73 74",
                             "ac-clermont.fr ac-grenoble.fr ac-lyon.fr"),
    "bourgogne-franche-comte": ("21 25 39 58 70 71 89 90",
                                "ac-besancon.fr ac-dijon.fr"),
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
    "provence-alpes-cote-d-azur": ("04 05 06 13 83 84",
                                   "ac-aix-marseille.fr ac-nice.fr"),
    "guadeloupe": ("971", "ac-guadeloupe.fr"),
    "martinique": ("972", "ac-martinique.fr"),
    "guyane": ("973", "ac-guyane.fr"),
    "la-reunion": ("974", "ac-reunion.fr"),
    "mayotte": ("976", "ac-mayotte.fr"),
}
DEPT_REGION = {}
DOMAIN_REGION = {}
for _slug, (_depts, _domains) in REGIONS.items():
    for _d in _depts.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _dom in _domains.split():
        DOMAIN_REGION[_dom] = _slug


def uai_letter(digits7):
    return UAI_LETTERS[int(digits7) % 23]


def uai_ok(code):
    code = code.upper()
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and \
        uai_letter(code[:7]) == code[7]


def uai_region(code):
    return DEPT_REGION.get(code[:3])


def domain_region(addr):
    dom = addr.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


# --------------------------------------------------------------------------
# Low-level helpers
# --------------------------------------------------------------------------

import random  # noqa: E402  (kept next to its only use)

rng = random.Random(RNG_SEED)


def rhex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def ruuid(upper=False):
    s = "-".join(rhex(k) for k in (8, 4, 4, 4, 12))
    return s.upper() if upper else s


def rip():
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{net}.{rng.randint(2, 250)}"


def parse_when(when):
    return dt.datetime.strptime(when, "%Y-%m-%d %H:%M").replace(
        tzinfo=TZ, second=rng.randint(0, 59))


def rfc_date(d, utc=False):
    if utc:
        d = d.astimezone(dt.timezone.utc)
    return email.utils.format_datetime(d)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_header(value, charset="utf-8"):
    """RFC 2047 encoding when needed, folded like most clients do."""
    if is_ascii(value):
        return value
    return Header(value, charset, maxlinelen=76).encode()


def fmt_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    if is_ascii(name):
        if re.search(r'[(),.:;<>@\[\]"\\]', name):
            name = '"' + name.replace('\\', '\\\\').replace('"', '\\"') + '"'
        return f"{name} <{addr}>"
    return f"{enc_header(name, charset)} <{addr}>"


def wrap_flowed(text, width=72):
    """Wrap long lines as Thunderbird/most desktop clients do (8bit bodies)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width=width,
                                     break_long_words=False,
                                     break_on_hyphens=False) or [""])
    return "\n".join(out)


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte in ("8bit", "7bit"):
        return raw  # bytes: written as is
    raise ValueError(cte)


def text_to_html(text, style):
    """Turn a plain body into the HTML part a client would have sent."""
    lines = text.split("\n")
    chunks = []
    quote = []

    def flush_quote():
        if quote:
            inner = "<br>\n".join(htmllib.escape(q[1:].lstrip(" "), quote=False) for q in quote)
            if style == "gmail":
                chunks.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                              'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                              + inner + "</blockquote>")
            else:
                chunks.append('<blockquote type="cite">' + inner + "</blockquote>")
            quote.clear()

    for line in lines:
        if line.startswith(">"):
            quote.append(line)
            continue
        flush_quote()
        esc = htmllib.escape(line, quote=False)
        if style == "outlook":
            chunks.append(f'<p class="MsoNormal">{esc or "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>')
        elif style == "gmail":
            chunks.append(f"<div>{esc or '<br>'}</div>")
        else:
            chunks.append(f"{esc}<br>")
    flush_quote()
    body = "\n".join(chunks)
    if style == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
                'xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + body + "\n</div>\n</body>\n</html>\n")
    if style == "gmail":
        return '<div dir="ltr">' + body + "</div>\n"
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=%CHARSET%"></head><body>\n' + body + "\n</body></html>\n")


# --------------------------------------------------------------------------
# Sending clients: transport hops and headers
# --------------------------------------------------------------------------

def mta_for(addr):
    dom = addr.rsplit("@", 1)[-1].lower()
    if dom.startswith("ac-"):
        return f"smtp{rng.randint(1, 6)}.{dom}"
    if dom == "gmail.com":
        return f"mail-wr1-f{rng.randint(41, 199)}.google.com"
    if dom in ("orange.fr", "wanadoo.fr"):
        return f"smtp-{rng.randint(11, 29)}.smtp.orange.fr"
    if dom in ("icloud.com", "me.com"):
        return f"st43p00im-ztfb{rng.randint(10, 99)}07120{rng.randint(1, 9)}.me.com"
    if dom == "laposte.net":
        return f"smtp-out{rng.randint(1, 9)}.laposte.net"
    if dom == "free.fr":
        return f"smtp{rng.randint(1, 6)}-g21.free.fr"
    if dom in ("hotmail.fr", "outlook.fr", "hotmail.com"):
        return f"EUR0{rng.randint(1, 5)}-VI1-obe.outbound.protection.outlook.com"
    if dom == "sfr.fr":
        return f"smtp-{rng.randint(10, 40)}.sfr.fr"
    return f"mail.{dom}"


def transport_headers(addr, date, auth, return_path=None, hops=True):
    dom = addr.rsplit("@", 1)[-1].lower()
    mta = mta_for(addr)
    rp = addr if return_path is None else return_path
    h = [("Return-Path", f"<{rp}>"), ("Delivered-To", SUPPORT)]
    recv = date + dt.timedelta(seconds=rng.randint(2, 40))
    qid = ralnum(15)
    h.append(("Received", f"from {mta} ({mta} [{rip()}])\n"
              f"\tby mx1.assistance.example.fr (Postfix) with ESMTPS id {qid}\n"
              f"\tfor <{SUPPORT}>; {rfc_date(recv)} (CEST)"))
    if auth == "pass":
        ar = (f"mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d={dom};\n"
              f"\tspf=pass smtp.mailfrom={dom};\n\tdmarc=pass (p=none dis=none) header.from={dom}")
    elif auth == "nodkim":
        ar = (f"mx1.assistance.example.fr;\n\tdkim=none;\n"
              f"\tspf=pass smtp.mailfrom={dom};\n\tdmarc=none header.from={dom}")
    elif auth == "fail":
        ar = (f"mx1.assistance.example.fr;\n\tdkim=none;\n"
              f"\tspf=fail smtp.mailfrom={dom};\n"
              f"\tdmarc=fail (p=quarantine dis=none) header.from={dom}")
    elif auth == "softfail":
        ar = (f"mx1.assistance.example.fr;\n\tdkim=fail (bad signature) header.d={dom};\n"
              f"\tspf=softfail smtp.mailfrom={dom};\n\tdmarc=fail (p=none dis=none) header.from={dom}")
    elif auth == "bounce":
        ar = (f"mx1.assistance.example.fr;\n\tdkim=none;\n"
              f"\tspf=pass smtp.helo={mta};\n\tdmarc=none")
    else:
        raise ValueError(auth)
    h.append(("Authentication-Results", ar))
    if hops and auth != "bounce":
        h.append(("Received", f"from [192.168.{rng.randint(0, 3)}.{rng.randint(2, 250)}] "
                  f"(unknown [{rip()}])\n\tby {mta} with ESMTPSA id {rhex(10).upper()}\n"
                  f"\tfor <{SUPPORT}>; {rfc_date(date + dt.timedelta(seconds=1))}"))
    return h


def message_id(client, addr, date):
    dom = addr.rsplit("@", 1)[-1]
    if client in ("iphone", "applemail", "ipad"):
        return f"<{ruuid(True)}@{dom}>"
    if client == "gmail":
        return f"<CA{ralnum(12)}{ralnum(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}_{ralnum(18)}@mail.gmail.com>"
    if client in ("outlook", "outlook_html"):
        return f"<0{rhex(5)}01dc{rhex(4)}${rhex(8)}${rhex(8)}@{dom}>"
    if client in ("owa", "android_outlook"):
        box = "PR" + str(rng.randint(0, 3)) + "P264MB" + str(rng.randint(1000, 4999))
        return f"<{box}{rhex(24).upper()}@{box}.FRAP264.PROD.OUTLOOK.COM>"
    if client == "thunderbird":
        return f"<{ruuid()}@{dom}>"
    if client == "zimbra":
        return (f"<{rng.randint(100000000, 999999999)}.{rng.randint(10000, 99999)}."
                f"{int(date.timestamp()) * 1000 + rng.randint(0, 999)}.JavaMail.zimbra@{dom}>")
    if client == "samsung":
        return f"<{ralnum(8)}-{rhex(6)}@email.android.com>"
    if client == "webmail":
        return f"<{rng.randint(10**8, 10**9)}.{rng.randint(10**5, 10**6)}.{int(date.timestamp())}@{dom}>"
    return f"<{rhex(16)}.{int(date.timestamp())}@{dom}>"


CLIENT_HEADERS = {
    "iphone": [("X-Mailer", "iPhone Mail (22E252)")],
    "ipad": [("X-Mailer", "iPad Mail (22E252)")],
    "applemail": [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")],
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")],
    "outlook_html": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")],
    "owa": [("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "android_outlook": [("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
                        ("X-MS-Has-Attach", "")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")],
    "zimbra": [("X-Mailer", "Zimbra 10.0.8_GA_4631 (ZimbraWebClient - FF125 (Win)/10.0.8_GA_4631)")],
    "samsung": [],
    "gmail": [],
    "webmail": [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev58")],
    "plain": [],
}

# default (charset, content-transfer-encoding, html alternative?) per client
CLIENT_BODY = {
    "iphone": ("utf-8", "quoted-printable", None),
    "ipad": ("utf-8", "quoted-printable", None),
    "applemail": ("utf-8", "quoted-printable", None),
    "outlook": ("utf-8", "quoted-printable", "outlook"),
    "outlook_html": ("windows-1252", "quoted-printable", "outlook"),
    "owa": ("utf-8", "quoted-printable", "outlook"),
    "android_outlook": ("utf-8", "base64", "plain"),
    "thunderbird": ("utf-8", "8bit", None),
    "zimbra": ("utf-8", "quoted-printable", "plain"),
    "samsung": ("utf-8", "base64", "plain"),
    "gmail": ("utf-8", "quoted-printable", "gmail"),
    "webmail": ("utf-8", "quoted-printable", None),
    "plain": ("utf-8", "8bit", None),
}


def boundary(client):
    if client in ("outlook", "outlook_html", "owa", "android_outlook"):
        return f"_000_{rhex(30).upper()}_"
    if client == "gmail":
        return f"000000000000{rhex(16)}"
    if client in ("iphone", "ipad", "applemail"):
        return f"Apple-Mail-{ruuid(True)}"
    if client == "zimbra":
        return f"=_{ruuid()}"
    return f"------------{ralnum(24)}"


def part_bytes(ctype, charset, cte, payload_text, extra=""):
    enc = encode_body(payload_text, charset, cte)
    head = (f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\n"
            f"Content-Transfer-Encoding: {cte}\n\n")
    body = enc if isinstance(enc, bytes) else enc.encode("ascii")
    if not body.endswith(b"\n"):
        body += b"\n"
    return head.encode("ascii") + body


# --------------------------------------------------------------------------
# The mail builder
# --------------------------------------------------------------------------

MAILS = []


def L(category, auto, uai, region, platform, hard, lang, notes):
    return {"category": category, "auto_reply_ok": auto, "uai": uai,
            "region": region, "platform": platform, "hard": hard,
            "lang": lang, "notes": notes}


def ticket_ref(ticket, date):
    ts = int((date - dt.timedelta(days=rng.randint(1, 9))).timestamp())
    return f"<{ticket}.{ts}.{rhex(6)}@assistance.example.fr>"


def mail(n, *, frm, subject, when, client, label, body=None, to=None, cc=None,
         ticket=None, thread=False, charset=None, cte=None, html=None,
         html_only=False, auth="pass", extra=(), content=None, attach=(),
         return_path=None, hops=True, reply_to=None, utc_date=None):
    """Register mail number n.

    frm: (display name, address); when: 'YYYY-MM-DD HH:MM' local time;
    client: a CLIENT_HEADERS key; ticket: 'SUP-00xxxx' when replying to the desk;
    thread: True when replying to some other (non-desk) message;
    content: (content-type header value, body bytes/str) to bypass the
    client's body construction (reports, hand-built MIME);
    attach: [(filename, content-type, bytes)].
    """
    date = parse_when(when)
    name, addr = frm
    dcharset, dcte, alt = CLIENT_BODY[client]
    charset = charset or dcharset
    cte = cte or dcte
    h = transport_headers(addr, date, auth, return_path, hops)
    h.append(("From", fmt_addr(name, addr, charset if charset != "us-ascii" else "utf-8")))
    if to is None:
        to = fmt_addr(SUPPORT_NAME, SUPPORT)
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    subj_charset = charset if charset in ("iso-8859-1", "windows-1252", "iso-8859-15") else "utf-8"
    h.append(("Subject", enc_header(subject, subj_charset)))
    if client in ("outlook", "outlook_html", "owa", "android_outlook"):
        h.append(("Thread-Topic", enc_header(subject, subj_charset)))
        h.append(("Thread-Index", base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()))
    use_utc = client in ("owa", "android_outlook") if utc_date is None else utc_date
    h.append(("Date", rfc_date(date, utc=use_utc)))
    h.append(("Message-ID", message_id(client, addr, date)))
    if ticket:
        ref = ticket_ref(ticket, date)
        h.append(("References", ref))
        h.append(("In-Reply-To", ref))
    elif thread:
        ref = f"<{ruuid()}@{addr.rsplit('@', 1)[-1]}>"
        h.append(("References", ref))
        h.append(("In-Reply-To", ref))
    h.append(("MIME-Version", "1.0 (1.0)" if client in ("iphone", "ipad", "applemail") else "1.0"))
    h.extend(CLIENT_HEADERS[client])
    h.extend(extra)

    if content is not None:
        ctype, payload = content
        if isinstance(payload, str):
            payload = payload.encode("utf-8")
        h.append(("Content-Type", ctype))
        body_bytes = payload
        top_cte = None
    else:
        if cte == "8bit" and client == "thunderbird":
            body = wrap_flowed(body)
        fmt = "; format=flowed" if client == "thunderbird" else ""
        text_part = part_bytes("text/plain", charset, cte, body, fmt)
        html_text = None
        if html_only or alt:
            html_text = (html if html is not None else
                         text_to_html(body, "outlook" if html_only and not alt else alt))
            html_text = html_text.replace("%CHARSET%", charset)
        if html_only:
            parts = [part_bytes("text/html", charset, cte, html_text)]
        elif html_text is not None:
            hcte = cte if cte != "8bit" else "quoted-printable"
            parts = [text_part, part_bytes("text/html", charset, hcte, html_text)]
        else:
            parts = [text_part]
        if len(parts) == 1 and not attach:
            head, _, payload = parts[0].partition(b"\n\n")
            for line in head.decode().split("\n"):
                k, _, v = line.partition(": ")
                h.append((k, v))
            body_bytes = payload
        else:
            if len(parts) == 2:
                b = boundary(client)
                inner = b"".join(b"--" + b.encode() + b"\n" + p + b"\n" for p in parts)
                inner += b"--" + b.encode() + b"--\n"
                alt_block = (f'Content-Type: multipart/alternative;\n boundary="{b}"\n\n').encode() + inner
            else:
                alt_block = parts[0]
            if attach:
                b2 = boundary(client)
                blocks = [alt_block]
                for fname, ctype, data in attach:
                    fn = fname if is_ascii(fname) else None
                    if fn:
                        disp = f'attachment;\n filename="{fname}"'
                        ctn = f'{ctype};\n name="{fname}"'
                    else:
                        q = email.utils.encode_rfc2231(fname, "utf-8")
                        disp = f"attachment;\n filename*={q}"
                        ctn = f"{ctype};\n name*={q}"
                    blocks.append((f"Content-Type: {ctn}\nContent-Disposition: {disp}\n"
                                   f"Content-Transfer-Encoding: base64\n\n").encode()
                                  + base64.encodebytes(data))
                inner = b"".join(b"--" + b2.encode() + b"\n" + blk + b"\n" for blk in blocks)
                inner += b"--" + b2.encode() + b"--\n"
                h.append(("Content-Type", f'multipart/mixed;\n boundary="{b2}"'))
                body_bytes = inner
            else:
                head, _, payload = alt_block.partition(b"\n\n")
                h.append(("Content-Type", head.decode().split(": ", 1)[1]))
                body_bytes = payload
    head_txt = "".join(f"{k}: {v}\n" if v != "" else f"{k}: \n" for k, v in h)
    raw = head_txt.encode("ascii") + b"\n" + body_bytes
    lab = dict(label)
    MAILS.append((n, raw, lab))


FAKE_PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
FAKE_JPEG = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + \
    bytes(range(0, 200)) + bytes([0xFF, 0xD9])
FAKE_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00" + \
    bytes(range(40, 160)) + b"\x00\x00\x00\x00IEND\xaeB`\x82"

# ==========================================================================
# The mails.  Labels follow shared/spec/taxonomy.md; `notes` say why.
# ==========================================================================

# --- h001 -----------------------------------------------------------------
mail(1, frm=("Monique Bérard", "monique.berard@ac-lyon.fr"), when="2026-04-21 08:47",
     client="thunderbird", subject="portail du CDI - plus moyen de rentrer",
     body="""Bonjour,

Je me permets de vous écrire parce que je suis un peu perdue. Je suis
professeure documentaliste au collège Jean Rostand de Bron depuis
maintenant vingt-deux ans (je pars à la retraite en juillet, c'est dire si
j'ai vu passer des logiciels...). Pendant les vacances j'ai voulu préparer
la semaine du 27 sur la presse et mettre un article en une sur notre
portail e-sidoc, et là, impossible d'entrer dans la partie administration.
Le mot de passe que j'avais noté dans mon petit carnet ne passe plus. Je
crois que ma collègue de l'an dernier l'avait changé quand elle m'a
remplacée pendant mon arrêt, mais elle est partie dans un autre
établissement et ne répond pas.

J'ai cliqué sur "mot de passe oublié", mais je ne sais pas quoi mettre
comme identifiant, j'ai mis mon adresse, puis le nom du collège, rien.

Pourriez-vous me renvoyer de quoi me reconnecter ? Notre numéro
d'établissement est le 0692205X si cela peut servir.

Avec tous mes remerciements, et pardon pour la longueur,

Monique Bérard
Professeure documentaliste
Collège Jean Rostand - Bron
""",
     label=L("password_reset", True, "0692205X", "auvergne-rhone-alpes", "esidoc", False, "fr",
             "Long mail from a librarian close to retirement: the e-sidoc admin password noted in her "
             "notebook no longer works and she does not know the identifier (the UAI, given at the end). "
             "Plain lost password, the reset path applies."))

# --- h002 -----------------------------------------------------------------
mail(2, frm=("Jean-Luc Favre", "jean-luc.favre@ac-grenoble.fr"), when="2026-04-08 14:02",
     client="zimbra", subject="Re: [#SUP-007142] Votre demande d'abonnement",
     ticket="SUP-007142",
     extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"),
            ("Precedence", "bulk")],
     body="""Bonjour,

Je suis absent pendant les vacances de printemps, jusqu'au lundi 20 avril
inclus. Je n'ai pas accès à ma messagerie.
Pour toute urgence, merci de contacter l'intendance du lycée au 04 76 00 00 00.

Cordialement,
J.-L. Favre
""",
     label=L("automated", False, None, "auvergne-rhone-alpes", None, False, "fr",
             "Zimbra vacation reply from the académie webmail (Auto-Submitted: auto-replied (zimbra; "
             "vacation)) on a desk ticket, during the zone A holidays. Region from the ac-grenoble.fr sender."))

# --- h003 -----------------------------------------------------------------
mail(3, frm=("Inès", "ines.belkacem07@icloud.com"), when="2026-04-22 17:31",
     client="iphone", subject="Pas reçu",
     body="""Bonjour jai fait la demande pour avoir un compte sur l'espace acheteur hier pour le college mais j'ai rien reçu pour activer, même pas dans les spams. C'est normal ?
Merci
Inès (AED)

Envoyé de mon iPhone""",
     label=L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
             "AED on her phone: the activation mail after sign-up never came, junk folder checked; "
             "no anti-spam product named. Private iCloud address, no UAI: no region."))

# --- h004 -----------------------------------------------------------------
mail(4, frm=("Gérard Moine", "gerard.moine@ac-dijon.fr"), when="2026-04-07 09:15",
     client="webmail", subject="mot de passe expiré",
     body="""Bonjour,

depuis ce matin ma messagerie me dit que mon mot de passe a expiré et
qu'il faut le changer sur le portail ARENA, mais quand je mets l'ancien il
me dit qu'il est faux. Je n'ai donc plus accès à mes mails académiques
(j'écris depuis le téléphone de ma femme qui est connecté, je ne sais pas
comment). Comment faire pour avoir un nouveau mot de passe ?

Gérard Moine
Lycée Hippolyte Fontaine, Dijon
""",
     label=L("other", False, None, "bourgogne-franche-comte", None, True, "fr",
             "Looks like a password reset, but the expired password is the académie's own webmail/ARENA "
             "account, not one of our platforms: our reset template cannot help; a person redirects him "
             "to the académie's assistance. Region from the ac-dijon.fr sender."))

# --- h005 -----------------------------------------------------------------
mail(5, frm=("Sandrine Cuenot", "sandrine.cuenot@ac-besancon.fr"), when="2026-04-23 11:06",
     client="outlook", subject="Mails bloqués par Mailinblack",
     body="""Bonjour,

Notre collège est passé sous Mailinblack pendant les vacances (installation faite par le Département). Depuis, je ne reçois plus aucun mail de l'Espace Acheteur : ni les confirmations de commande ni le mail pour changer mon mot de passe. En allant dans l'interface Mailinblack je vois vos messages « en attente ».

Pouvez-vous m'indiquer quelles adresses je dois autoriser ?

Merci d'avance,

Sandrine Cuenot
Adjointe gestionnaire
Collège Lucie Aubrac – Pontarlier
UAI : 0251091A
Tél. 03 81 00 00 00
""",
     label=L("mailinblack_spam", True, "0251091A", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
             "MailInBlack named, installed over the holidays; Espace Acheteur mails held. Allow-list guide fits."))

# --- h006 -----------------------------------------------------------------
mail(6, frm=("Camille Roux-Perret", "camille.roux-perret@ac-grenoble.fr"), when="2026-04-22 16:40",
     client="zimbra", subject="Europresse pas encore visible",
     body="""Bonjour,

Nous avons commandé l'abonnement Europresse lundi matin (bon de commande validé par la gestionnaire le jour même) et il n'apparaît toujours pas dans les ressources de notre portail e-sidoc.
Est-ce qu'il y a un délai ou est-ce que j'ai oublié une manip ?

Bonne journée,
Camille Roux-Perret
Prof doc - Lycée Pablo Neruda, Saint-Martin-d'Hères (0381526C)
""",
     label=L("subscription_activation", True, "0381526C", "auvergne-rhone-alpes", "esidoc", False, "fr",
             "Europresse ordered on Monday 20 April, mail of Wednesday 22: inside the 72-hour activation window."))

# --- h007 -----------------------------------------------------------------
mail(7, frm=("Principal Collège Guillaume de Normandie", "ce.0141205J@ac-normandie.fr"),
     when="2026-04-29 10:22", client="outlook",
     subject="Changement d'administrateur Espace Acheteur",
     cc=fmt_addr("Nathalie Lecoq", "nathalie.lecoq@ac-normandie.fr"),
     body="""Madame, Monsieur,

Faisant valoir mes droits à la retraite au 30 avril prochain, je vous informe que l'administration de notre structure sur l'Espace Acheteur doit être transférée à Mme Nathalie Lecoq, adjointe gestionnaire, en copie de ce message.

Je vous demande donc de bien vouloir :
- désigner Mme Lecoq comme administratrice de la structure ;
- retirer mes propres droits à compter du 1er mai.

Mon successeur, M. Hébert, vous confirmera ces éléments à sa prise de fonctions si nécessaire.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Jean-Pierre Vautier
Principal
Collège Guillaume de Normandie – Caen
0141205J
""",
     label=L("head_of_establishment_request", False, "0141205J", "normandie", "espace_acheteur", False, "fr",
             "The retiring principal, from the ce.<UAI> address, asks in writing to name the gestionnaire "
             "as structure administrator and to remove his rights."))

# --- h008 -----------------------------------------------------------------
mail(8, frm=("Lucas Mercier", "lucas.mercier.sc@gmail.com"), when="2026-04-24 10:05",
     client="gmail", subject="connexion",
     body="""Bonjour,

Je suis en service civique au CDI du lycée depuis mars. La prof doc est en arrêt et on m'a demandé de mettre les nouveautés sur le site des livres (esidock je crois, l'adresse finit par esidoc.fr). Sauf que le truc pour se connecter me demande un identifiant et un mot de passe et personne ne les a, la prof doc les avait dans sa tête apparemment.

Comment on fait pour les récupérer ?

Merci beaucoup
Lucas
Lycée du Mont-Blanc, Passy
""",
     label=L("password_reset", True, None, None, "esidoc", True, "fr",
             "Service-civique volunteer, vague vocabulary ('le site des livres', 'esidock'): nobody knows the "
             "e-sidoc identifier and password. No UAI, Gmail sender: the reset answer (official address, else "
             "head's written request) still fits."))

# --- h009 -----------------------------------------------------------------
mail(9, frm=("Mail Delivery System", "MAILER-DAEMON@mail.lycee-saint-joseph-macon.fr"),
     when="2026-04-14 07:55", client="plain", subject="Undelivered Mail Returned to Sender",
     return_path="", auth="bounce", hops=False,
     extra=[("Auto-Submitted", "auto-replied")],
     content=('multipart/report; report-type=delivery-status;\n boundary="7F2A31C0E4.1776146102/mail.lycee-saint-joseph-macon.fr"',
              """This is a MIME-encapsulated message.

--7F2A31C0E4.1776146102/mail.lycee-saint-joseph-macon.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.lycee-saint-joseph-macon.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.desbois@lycee-saint-joseph-macon.fr>: host
    mail.lycee-saint-joseph-macon.fr[private/dovecot-lmtp] said: 552 5.2.2
    <m.desbois@lycee-saint-joseph-macon.fr> Quota exceeded (mailbox for user is
    full) (in reply to end of DATA command)

--7F2A31C0E4.1776146102/mail.lycee-saint-joseph-macon.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.lycee-saint-joseph-macon.fr
X-Postfix-Queue-ID: 7F2A31C0E4
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Tue, 14 Apr 2026 07:55:01 +0200 (CEST)

Final-Recipient: rfc822; m.desbois@lycee-saint-joseph-macon.fr
Original-Recipient: rfc822;m.desbois@lycee-saint-joseph-macon.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 <m.desbois@lycee-saint-joseph-macon.fr> Quota
    exceeded (mailbox for user is full)

--7F2A31C0E4.1776146102/mail.lycee-saint-joseph-macon.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: m.desbois@lycee-saint-joseph-macon.fr
Subject: [#SUP-007168] Suivi de votre demande
Date: Tue, 14 Apr 2026 07:54:58 +0200
Message-ID: <SUP-007168.1776146098.a41c2e@assistance.example.fr>
Auto-Submitted: auto-replied

--7F2A31C0E4.1776146102/mail.lycee-saint-joseph-macon.fr--
"""),
     label=L("automated", False, None, None, None, False, "en",
             "Postfix bounce (multipart/report, mailbox over quota) of a desk follow-up; null Return-Path."))

# --- h010 -----------------------------------------------------------------
mail(10, frm=("Secrétariat Institution Saint-Cyr", "secretariat@saintcyr-nevers.fr"),
     when="2026-04-21 08:12", client="outlook",
     subject="Ecole directe - notes plus à jour",
     body="""Bonjour,

Depuis la rentrée des vacances, les notes saisies par les professeurs dans Charlemagne n'apparaissent plus sur EcoleDirecte pour les familles. La dernière mise à jour visible date du 3 avril, veille des vacances.

Le poste du secrétariat a été éteint pendant deux semaines, peut-être que ça a un rapport ? Nous avons redémarré mais rien ne se passe.

Plusieurs parents ont déjà appelé ce matin, merci de nous aider rapidement.

Cordialement,
Maryse Dufour
Secrétariat de direction
Institution Saint-Cyr – Nevers
RNE 0580097R
""",
     label=L("transfer_incident", False, "0580097R", "bourgogne-franche-comte", "ecoledirecte", False, "fr",
             "EcoleDirecte transfers stopped since the zone A holidays (last update 3 April); UAI given as 'RNE'."))

# --- h011 -----------------------------------------------------------------
mail(11, frm=("Helen Whitcombe", "helen.whitcombe@ac-lyon.fr"), when="2026-04-20 13:25",
     client="applemail", subject="Locked out of the library portal",
     body="""Hello,

Apologies for writing in English, my French is fine for the pupils but not for technical things.

I'm the librarian of the international section at Lycée international de Ferney-Voltaire. I came back from the Easter break and I cannot log in to the e-sidoc admin any more: the password I've always used is refused, and the "forgotten password" page asks for an identifier I don't recognise. Our establishment number is 0011203C.

Could you send me a new password, or tell me what to do?

Many thanks,
Helen Whitcombe
Professeure documentaliste
Lycée international de Ferney-Voltaire""",
     label=L("password_reset", True, "0011203C", "auvergne-rhone-alpes", "esidoc", False, "en",
             "English. Forgotten e-sidoc admin password after the holidays; does not know the identifier is the UAI."))

# --- h012 -----------------------------------------------------------------
mail(12, frm=("Bernadette Chassaing", "bernadette.chassaing@ac-clermont.fr"), when="2026-04-09 15:48",
     client="iphone", subject="Re: [#SUP-007151] Mot de passe e-sidoc", ticket="SUP-007151",
     body="""Merci beaucoup ça fonctionne !!! Bonnes vacances à vous
B. Chassaing

Envoyé de mon iPhone

> Le 9 avr. 2026 à 11:02, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
>
> Un lien de réinitialisation du mot de passe de votre portail e-sidoc a été envoyé à l'adresse officielle de votre établissement (c***@ac-c*******.fr). Il est valable 12 heures.
>
> Si vous ne le recevez pas, vérifiez le dossier des courriers indésirables.
>
> Cordialement,
> L'équipe d'assistance""",
     label=L("other", False, None, "auvergne-rhone-alpes", "esidoc", False, "fr",
             "Thanks only, quoting the reset answer: nothing is asked. Region from the ac-clermont.fr sender."))

# --- h013 -----------------------------------------------------------------
mail(13, frm=("Kévin Moreau", "kevin.moreau1@ac-dijon.fr"), when="2026-04-23 09:34",
     client="outlook", subject="Demande d'accès",
     body="""Bonjour,

Je viens d'être recruté comme gestionnaire contractuel au collège Les Loges de Nevers (remplacement jusqu'à fin août). On m'a dit qu'il fallait que je passe par votre site pour les commandes de fournitures, l'« Espace Acheteur » si j'ai bien compris.

Je n'ai aucun compte. Comment dois-je faire pour en créer un ? Faut-il une autorisation de quelqu'un ?

Merci pour votre aide.

Kévin Moreau
Gestionnaire (contractuel)
Collège Les Loges – Nevers
0580533P
""",
     label=L("account_creation", True, "0580533P", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
             "New contract gestionnaire has no account and asks how to create one: the sign-up answer fits."))

# --- h014 -----------------------------------------------------------------
mail(14, frm=("Françoise Lemarchand", "francoise.lemarchand@ac-normandie.fr"), when="2026-04-30 14:19",
     client="outlook", subject="la boite a mail bloque vos messages ???",
     body="""Bonjour,

Je ne suis pas très douée avec l'informatique alors je vais essayer d'expliquer.

Depuis la rentrée (le 27), je n'ai plus vos mails de l'espace acheteur. Ce matin j'ai eu à la place un drôle de message qui dit que « l'expéditeur doit confirmer qu'il est bien un humain » et qu'en attendant votre message est « en attente de validation ». Il y a un bouton pour autoriser mais je n'ose pas cliquer, on nous a tellement dit de faire attention aux arnaques.

Notre informaticien (il vient le jeudi) parle d'un nouveau filtre mis en place par la région mais je ne sais pas lequel.

Est-ce que c'est vous ? Que dois-je faire ?

Françoise Lemarchand
Secrétaire de gestion
Lycée Jean Prévost – Montivilliers
0761129P
""",
     label=L("mailinblack_spam", False, "0761129P", "normandie", "espace_acheteur", True, "fr",
             "The sender-authentication challenge and the held messages are described ('l'expéditeur doit "
             "confirmer qu'il est bien un humain', 'en attente de validation') but no product is named: "
             "mailinblack_spam by the taxonomy, but the product is not confirmed, so a person checks before "
             "sending the MailInBlack guide."))

# --- h015 -----------------------------------------------------------------
mail(15, frm=("Alain Petitjean", "alain.petitjean@ac-dijon.fr"), when="2026-04-21 10:52",
     client="thunderbird", subject="Panier disparu",
     body="""Bonjour,

Avant les vacances (le 2 avril), j'avais préparé un panier complet pour le
renouvellement des abonnements presse du CDI, environ 640 euros, en
attendant le bon d'engagement de l'agent comptable. Je reviens aujourd'hui
et le panier est vide. Tout a disparu.

Est-ce qu'il y a moyen de le récupérer ? Sinon je dois tout refaire, ce
qui n'est pas grave mais j'aimerais comprendre pour ne pas recommencer.

A. Petitjean
Collège Restif de la Bretonne, Sens
UAI 0890271L
""",
     label=L("order_billing", False, "0890271L", "bourgogne-franche-comte", "esidoc", False, "fr",
             "Saved basket lost over the holidays (baskets are kept about 15 days): order question for a person. "
             "Press subscriptions for the CDI: e-sidoc shop."))

# --- h016 -----------------------------------------------------------------
mail(16, frm=("Hervé Charvet", "h.charvet@ensemble-scolaire-lamartine.fr"), when="2026-04-15 09:30",
     client="owa", subject="Réponse automatique : [#SUP-007173] Votre bon d'engagement",
     ticket="SUP-007173",
     extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     body="""Bonjour,

Je suis actuellement en congés et de retour le lundi 20 avril 2026.
Votre message ne sera pas transféré. Pour les questions de facturation, merci d'écrire à comptabilite@ensemble-scolaire-lamartine.fr.

Hervé Charvet
Économe
""",
     label=L("automated", False, None, None, None, False, "fr",
             "Exchange Online out-of-office ('Réponse automatique :', Auto-Submitted: auto-generated, "
             "X-Auto-Response-Suppress) on a billing ticket; private school domain, no region."))

# --- h017 -----------------------------------------------------------------
mail(17, frm=("Didier Lefranc", "didier.lefranc@ac-normandie.fr"), when="2026-05-04 08:03",
     client="thunderbird", subject="toujours rien",
     body="""Bonjour,

Vous m'avez dit au téléphone que j'allais recevoir un mail pour choisir
un nouveau mot de passe sur l'espace acheteur. J'ai cliqué trois fois sur
le bouton, j'ai attendu tout le week-end : rien. Pas dans les indésirables
non plus, j'ai regardé avec ma collègue.

Je pense que c'est la boîte à mails du lycée qui bloque, elle bloque tout
depuis qu'ils l'ont changée, même les mails des parents arrivent en retard.

Que faire ?

D. Lefranc
Intendance
""",
     label=L("missing_noreply_mail", True, None, "normandie", "espace_acheteur", True, "fr",
             "Reads like a password problem, but the password tool works: the new-password mail never arrives. "
             "'La boîte à mails qui bloque' is a vague guess, no anti-spam product named and no challenge "
             "described, so missing_noreply_mail, not mailinblack_spam. Region from ac-normandie.fr."))

# --- h018 -----------------------------------------------------------------
mail(18, frm=("Josiane Perrin", "josiane.perrin@ac-lyon.fr"), when="2026-04-27 11:44",
     client="outlook", subject="2 questions",
     body="""Bonjour,

J'ai 2 choses à vous demander, je mets tout dans le même mail pour ne pas vous encombrer.

1) Je n'ai plus le mot de passe du portail e-sidoc du lycée. Ma collègue qui s'en occupait a pris sa retraite à Pâques et ne l'a transmis à personne. L'identifiant est notre code établissement 0421350P je crois.

2) Nous avons reçu une facture pour l'abonnement Universalis qui est adressée à l'ancien agent comptable, M. Giraud, parti lui aussi. Il faudrait la refaire au nom du nouvel agent comptable avec la bonne adresse de facturation sinon elle ne pourra pas être payée sur Chorus.

Merci d'avance,
Josiane Perrin
Lycée Honoré d'Urfé – Saint-Étienne
""",
     label=L("password_reset", False, "0421350P", "auvergne-rhone-alpes", "esidoc", True, "fr",
             "Two topics: lost e-sidoc password (first) and an invoice to be reissued for Chorus (order_billing). "
             "The reset template would answer only half: a person handles it."))

# --- h019 -----------------------------------------------------------------
mail(19, frm=("Ryan Cole", "ryan@rankboost-digital.co"), when="2026-04-16 03:12",
     client="plain", auth="nodkim", subject="Your website is losing 73% of its traffic",
     body="""Hi there,

I was checking assistance.example.fr and noticed a few issues that are
costing you visitors every single day:

- 14 broken backlinks
- slow mobile loading (4.8s)
- missing meta descriptions on key pages

We have helped 300+ businesses reach page one of Google in under 90
days. Can I send you a free audit? Just reply "YES".

Best,
Ryan Cole
Growth Manager, RankBoost Digital
""",
     label=L("other", False, None, None, None, False, "en", "English SEO cold-mail spam."))

# --- h020 -----------------------------------------------------------------
mail(20, frm=("Philippe Arnaud", "philippe.arnaud3@ac-grenoble.fr"), when="2026-04-23 19:58",
     client="iphone", subject="Fwd: mot de passe portail CDI",
     cc=fmt_addr("Aurélie Gay", "aurelie.gay@ac-grenoble.fr"),
     body="""Bonsoir,
Je valide la demande de Mme Gay ci-dessous, vous pouvez réinitialiser le mot de passe et l'envoyer sur l'adresse du lycée.
P. Arnaud
Proviseur

Envoyé de mon iPhone

Début du message réexpédié :

De: Aurélie Gay <aurelie.gay@ac-grenoble.fr>
Date: 23 avril 2026 à 16:37:12 UTC+2
À: Philippe Arnaud <philippe.arnaud3@ac-grenoble.fr>
Objet: mot de passe portail CDI

Bonjour Monsieur le Proviseur,
Comme je vous le disais ce midi, l'assistance e-sidoc ne peut pas me renvoyer le mot de passe administrateur du portail sans une demande écrite de votre part (je suis contractuelle et mon adresse n'est pas celle enregistrée). Pourriez-vous leur écrire à support@assistance.example.fr en précisant notre UAI 0730516P ?
Merci beaucoup
Aurélie Gay
Documentaliste contractuelle
Lycée Louis Armand, Chambéry""",
     label=L("head_of_establishment_request", False, "0730516P", "auvergne-rhone-alpes", "esidoc", True, "fr",
             "The proviseur, from his phone and his personal académie address (not the ce. one), forwards "
             "his contract librarian's message (pasted without quote marks, the UAI only in it) and "
             "authorises the reset: the written request a person must check."))

# --- h021 -----------------------------------------------------------------
mail(21, frm=("Thomas Lebrun", "thomas.lebrun@ac-normandie.fr"), when="2026-05-05 13:37",
     client="zimbra", subject="documents",
     body="""Bonjour

je suis nouveau a l'intendance (contractuel depuis le 27 avril) et je dois retrouver les papiers du marché des fournitures de bureau, le cahier des charges et la convention je crois. Ma collègue partie à la retraite m'a dit que c'était "sur la plateforme de la centrale" mais quand je vais dans Mes marchés il n'y a rien dans la partie documents, juste le nom du marché.

Est ce que c'est un problème de droits ou est ce que je cherche au mauvais endroit ?

Cordialement
Thomas Lebrun
Collège Saint-Exupéry - Alençon
0610247M
""",
     label=L("contract_documents", False, "0610247M", "normandie", "espace_acheteur", False, "fr",
             "New contract agent cannot see the market's documents (specifications, convention) in 'Mes marchés'; "
             "vague wording ('les papiers du marché')."))

# --- h022 -----------------------------------------------------------------
mail(22, frm=("Nadine Fournier", "nadine.fournier@ac-clermont.fr"), when="2026-04-24 15:02",
     client="thunderbird", subject="abonnement toujours pas actif",
     body="""Bonjour,

Nous avons passé commande de l'abonnement BNF/Gallica jeunesse et du
bouquet presse le 1er avril, juste avant les vacances. La commande
apparaît comme "validée" dans notre espace client mais trois semaines
plus tard rien n'est visible sur le portail, ni pour moi ni pour les
élèves.

J'ai déjà attendu en me disant que c'était les vacances, mais là il y a un
souci je pense.

Nadine Fournier
Professeure documentaliste - Collège Victor Hugo, Issoire (0630780F)
""",
     label=L("subscription_activation", False, "0630780F", "auvergne-rhone-alpes", "esidoc", False, "fr",
             "Ordered on 1 April, still not active on 24 April: far past the 72-hour rule, a person must check "
             "the order."))

# --- h023 -----------------------------------------------------------------
mail(23, frm=("Pascal Duval", "pascal.duval@ac-normandie.fr"), when="2026-05-06 10:11",
     client="outlook", subject="Mail d'activation jamais reçu - PAS de Mailinblack chez nous",
     body="""Bonjour,

Je précise tout de suite, car votre FAQ en parle beaucoup : nous n'avons PAS Mailinblack au collège, j'ai vérifié avec le référent numérique de la DANE ce matin. Notre messagerie est celle de l'académie, sans filtre particulier.

Le problème : je me suis inscrit sur l'Espace Acheteur jeudi dernier, mon compte a été validé par notre administratrice (elle me l'a confirmé), mais je n'ai jamais reçu le mail avec le lien de première connexion. Rien dans les courriers indésirables.

Merci de votre aide.

Pascal Duval
Collège Jacques Prévert – Verneuil d'Avre et d'Iton
0271043M
""",
     label=L("missing_noreply_mail", True, "0271043M", "normandie", "espace_acheteur", True, "fr",
             "Names MailInBlack only to say the school does NOT use it: the first-login mail never arrived, "
             "junk folder checked. missing_noreply_mail, not mailinblack_spam."))

# --- h024 -----------------------------------------------------------------
mail(24, frm=("Chantal Girardot", "chantal.girardot@ac-besancon.fr"), when="2026-04-21 14:26",
     client="outlook_html", html_only=True, subject="Compte bloqué",
     body="""Bonjour,

En voulant me connecter à l'Espace Acheteur pour passer la commande de papier, j'ai dû me tromper plusieurs fois de mot de passe (il a été changé pendant les vacances par la collègue qui me remplaçait, je crois) et maintenant le site m'affiche « compte verrouillé ».

Pouvez-vous le débloquer ou m'envoyer un nouveau mot de passe ?

Je vous remercie.

Chantal Girardot
Secrétaire d'intendance
Lycée Louis Pergaud – Vesoul
UAI 0700381J""",
     label=L("password_reset", True, "0700381J", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
             "HTML-only Outlook mail (windows-1252, quoted-printable): Espace Acheteur account locked after "
             "failed attempts, asks for unlock or a new password."))

# --- h025 -----------------------------------------------------------------
mail(25, frm=("Raymond Vigier", "raymond.vigier@ac-clermont.fr"), when="2026-04-27 08:31",
     client="outlook", subject="Lu : [#SUP-007190] Votre demande de devis",
     ticket="SUP-007190",
     content=('multipart/report; report-type=disposition-notification;\n boundary="----=_NextPart_000_0017_01DCD5F6.2B1A9E40"',
              """This is a multi-part message in MIME format.

------=_NextPart_000_0017_01DCD5F6.2B1A9E40
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C3=80 : Raymond Vigier
  Objet : [#SUP-007190] Votre demande de devis
  Envoy=C3=A9 : vendredi 24 avril 2026 16:05:11 (UTC+01:00) Bruxelles, Cope=
nhague, Madrid, Paris

a =C3=A9t=C3=A9 lu le lundi 27 avril 2026 08:31:04 (UTC+01:00) Bruxelles, C=
openhague, Madrid, Paris.

------=_NextPart_000_0017_01DCD5F6.2B1A9E40
Content-Type: message/disposition-notification

Reporting-UA: ac-clermont.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;raymond.vigier@ac-clermont.fr
Original-Message-ID: <SUP-007190.1777039511.9e02b1@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0017_01DCD5F6.2B1A9E40--
"""),
     label=L("automated", False, None, "auvergne-rhone-alpes", None, False, "fr",
             "Outlook read receipt ('Lu :'), multipart/report disposition-notification. Region from ac-clermont.fr."))

# --- h026 -----------------------------------------------------------------
mail(26, frm=("Mélanie Thévenin", "melanie.thevenin@ac-dijon.fr"), when="2026-04-28 12:47",
     client="iphone", subject="Qui est notre administrateur ?",
     body="""Bonjour, je voudrais passer une commande sur l'espace acheteur mais mon compte est "en attente de validation par l'administrateur de la structure". Qui est cet administrateur chez nous ? Personne au collège ne sait, l'ancienne gestionnaire est partie en février.
Merci
M. Thévenin, collège de Chagny

Envoyé de mon iPhone""",
     label=L("account_creation", False, None, "bourgogne-franche-comte", "espace_acheteur", False, "fr",
             "Account waiting for validation and nobody knows who the structure administrator is: needs a "
             "look-up, so a person answers. No UAI; region from ac-dijon.fr."))

# --- h027 -----------------------------------------------------------------
mail(27, frm=("Bruno Chapuis", "informatique@lasalle-lyon-croixrousse.fr"), when="2026-04-22 07:52",
     client="thunderbird", subject="code de maintenance Charlemagne",
     body="""Bonjour,

Je ne cherche pas le mot de passe de connexion à EcoleDirecte (je l'ai,
tout va bien de ce côté-là), mais le mot de passe de maintenance du jour
pour Charlemagne : l'outil de réparation de la base le demande avant de
lancer la réindexation, et depuis la coupure électrique du week-end les
transferts vers EcoleDirecte ne passent plus.

Pouvez-vous me le communiquer rapidement ?

Bruno Chapuis
Technicien informatique
Ensemble scolaire La Salle - Lyon Croix-Rousse
UAI : 0694126K
""",
     label=L("transfer_incident", False, "0694126K", "auvergne-rhone-alpes", "ecoledirecte", True, "fr",
             "Negation: explicitly not the EcoleDirecte login password; asks for the daily maintenance password "
             "to repair the base, transfers stopped: transfer_incident per the taxonomy."))

# --- h028 -----------------------------------------------------------------
mail(28, frm=("Messagerie Académique", "securite@ac-lyon-messagerie.com"), when="2026-04-29 06:14",
     client="plain", auth="fail", subject="Action requise : votre boîte aux lettres est pleine (98%)",
     reply_to="verification.compte@ac-lyon-messagerie.com",
     body="""Cher(e) utilisateur(trice),

Votre boîte aux lettres académique a atteint 98% de son quota. Les
nouveaux messages entrants seront rejetés à partir du 30/04/2026.

Pour éviter la suspension de votre compte, veuillez confirmer votre
identifiant et votre mot de passe en cliquant sur le lien ci-dessous :

https://ac-lyon-messagerie.com/webmail/verification?id=88213

Service informatique - Rectorat
""",
     label=L("other", False, None, None, None, True, "fr",
             "Phishing ('mailbox full, confirm your password') from a look-alike domain (ac-lyon-messagerie.com is "
             "not an académie domain, SPF/DMARC fail): mentions a password but is not password_reset; no region."))

# --- h029 -----------------------------------------------------------------
mail(29, frm=("Agnès Poulet", "agnes.poulet@ac-besancon.fr"), when="2026-04-21 09:03",
     client="thunderbird", subject="lien expiré",
     body="""Bonjour,

J'ai demandé un nouveau mot de passe pour e-sidoc le vendredi 3 avril
au soir, juste avant les vacances, et le mail est bien arrivé. Mais je
ne l'ai ouvert que ce matin et le lien me dit qu'il n'est plus valide.

Pouvez-vous m'en renvoyer un ? Cette fois je clique tout de suite,
promis.

Agnès Poulet
CDI du lycée Jacques Duhamel, Dole - 0390815Z
""",
     label=L("password_reset", True, "0390815Z", "bourgogne-franche-comte", "esidoc", False, "fr",
             "Reset link expired over the holidays (12-hour validity); asks for a new one."))

# --- h030 -----------------------------------------------------------------
mail(30, frm=("Mark Jennings", "mark.jennings@ac-grenoble.fr"), when="2026-05-04 10:27",
     client="owa", subject="MailinBlack whitelist for your platform",
     body="""Hello,

I look after IT at Lycée Berthollet in Annecy (UAI 0740672D). Since MailinBlack was deployed on our domain, our bursar no longer receives the emails from the Espace Acheteur (account confirmations, password links). They sit in the MailinBlack quarantine until someone releases them by hand.

Could you send me the list of sending addresses and domains I should whitelist in the MailinBlack console?

Kind regards,
Mark Jennings
Technicien informatique – Lycée Berthollet""",
     label=L("mailinblack_spam", True, "0740672D", "auvergne-rhone-alpes", "espace_acheteur", False, "en",
             "English; IT technician asks which senders to allow-list in MailinBlack (quarantine named)."))

# --- h031 -----------------------------------------------------------------
mail(31, frm=("Liste des professeurs documentalistes", "docs-bfc@ac-dijon.fr"), when="2026-04-18 06:00",
     client="plain", subject="Digest docs-bfc, Vol 42, Parution 15",
     to="docs-bfc@ac-dijon.fr", return_path="docs-bfc-bounces@ac-dijon.fr",
     extra=[("List-Id", "Professeurs documentalistes BFC <docs-bfc.ac-dijon.fr>"),
            ("List-Unsubscribe", "<https://listes.ac-dijon.fr/sympa/sigrequest/docs-bfc>"),
            ("List-Archive", "<https://listes.ac-dijon.fr/sympa/arc/docs-bfc>"),
            ("Precedence", "list"),
            ("X-Loop", "docs-bfc@ac-dijon.fr")],
     body="""Envoyez vos messages pour la liste docs-bfc à
	docs-bfc@ac-dijon.fr

Aujourd'hui, 3 messages :

   1. Re: Semaine de la presse - affiches ? (Claire M.)
   2. portail e-sidoc : quelqu'un sait publier Cafeyn ? (Yves R.)
   3. Pot de départ de Danièle le 3 juillet (Sylvie T.)

----------------------------------------------------------------------

Message: 1
Date: Fri, 17 Apr 2026 09:12:44 +0200
From: Claire M.
Subject: Re: Semaine de la presse - affiches ?

Le CLEMI envoie le kit en mai cette année, pas avant.

------------------------------

Message: 2
Date: Fri, 17 Apr 2026 14:30:02 +0200
From: Yves R.
Subject: portail e-sidoc : quelqu'un sait publier Cafeyn ?

Bonjour à tous, l'abonnement est actif mais je ne trouve pas comment le
mettre en avant pour les élèves sur la page d'accueil. Une idée ?

------------------------------

Message: 3
Date: Fri, 17 Apr 2026 18:47:31 +0200
From: Sylvie T.
Subject: Pot de départ de Danièle le 3 juillet

Danièle nous quitte pour une retraite bien méritée ! Participation libre.

------------------------------

Fin du Digest docs-bfc, Vol 42, Parution 15
""",
     label=L("automated", False, None, "bourgogne-franche-comte", None, True, "fr",
             "Mailing-list digest (List-Id, Precedence: list) the desk is subscribed to; one message inside asks "
             "an e-sidoc question, but it is not written to us. Region from the ac-dijon.fr list address."))

# --- h032 -----------------------------------------------------------------
mail(32, frm=("sylvie g", "sylvie.gauthier38@gmail.com"), when="2026-04-23 07:18",
     client="samsung", subject="mdp",
     body="""Bonjour mdp esidoc perdu. Cité scolaire internationale Grenoble 0383204B. merci de me renvoyer un lien

Envoyé depuis mon appareil Galaxy""",
     label=L("password_reset", True, "0383204B", "auvergne-rhone-alpes", "esidoc", False, "fr",
             "Very short Samsung mail (base64): lost e-sidoc password, UAI given; personal Gmail, region from the UAI."))

# --- h033 -----------------------------------------------------------------
mail(33, frm=("Hélène Brunel", "helene.brunel@ac-lyon.fr"), when="2026-04-28 17:05",
     client="webmail", subject="Portail BCD de l'école - adresse de contact",
     body="""Bonjour,

Je suis directrice de l'école élémentaire Jules Ferry à Tarare (UAI 0694410U).

L'adresse de contact enregistrée pour l'administration de notre portail e-sidoc est celle de Mme Ducret, enseignante qui s'en occupait et qui part à la retraite à la fin de l'année. Je vous demande de la remplacer par l'adresse de l'école, ce.0694410U@ac-lyon.fr, afin que les prochains messages et les réinitialisations de mot de passe arrivent à l'école et non plus chez elle.

Je reste à votre disposition pour toute confirmation.

Hélène Brunel
Directrice
École élémentaire Jules Ferry – Tarare
""",
     label=L("head_of_establishment_request", False, "0694410U", "auvergne-rhone-alpes", "esidoc", False, "fr",
             "A primary-school head asks in writing to replace the e-sidoc admin contact address with the school's "
             "official address; written from her personal académie address."))

# --- h034 -----------------------------------------------------------------
mail(34, frm=("Danièle Maire", "daniele.maire@ac-besancon.fr"), when="2026-04-30 16:40",
     client="thunderbird", subject="Au revoir et merci",
     to="undisclosed-recipients:;",
     body="""Chères et chers collègues, chers partenaires,

Après 38 ans au service des élèves, dont 24 au CDI du collège Pergaud
de Montbéliard, je fais valoir mes droits à la retraite ce soir.

Je voulais remercier toutes celles et ceux avec qui j'ai travaillé,
les collègues bien sûr, mais aussi les personnes des services qui m'ont
dépannée tant de fois au téléphone (je pense à vous, l'assistance !).

Ma boîte académique sera fermée dans quelques semaines ; vous pouvez
m'écrire sur danimaire25@orange.fr.

Bonne continuation à tous,

Danièle
""",
     label=L("other", False, None, "bourgogne-franche-comte", None, False, "fr",
             "Retirement farewell sent to many recipients (undisclosed), written by a person, asks nothing. "
             "Region from the ac-besancon.fr sender."))

# --- h035 -----------------------------------------------------------------
mail(35, frm=("Marc Lehoux", "marc.lehoux@ac-normandie.fr"), when="2026-04-29 11:58",
     client="outlook", subject="Cafeyn invisible pour les élèves",
     body="""Bonjour,

Ce n'est pas un problème de mot de passe : je me connecte sans aucun souci à l'administration du portail, et les élèves aussi arrivent sur la page d'accueil.

Par contre l'abonnement Cafeyn, commandé hier matin et validé par l'intendance, n'apparaît nulle part : ni dans les ressources, ni dans la liste des abonnements.

Faut-il que je fasse quelque chose de mon côté pour le publier ?

Merci,
Marc Lehoux
Professeur documentaliste, lycée Charles de Gaulle, Caen
UAI 0141877P
""",
     label=L("subscription_activation", True, "0141877P", "normandie", "esidoc", True, "fr",
             "Negation: 'ce n'est pas un problème de mot de passe', login works; Cafeyn ordered yesterday not "
             "visible: inside 72 hours, activation/publication answer."))

# --- h036 -----------------------------------------------------------------
mail(36, frm=("Sarah Mitchell", "sarah.mitchell@ac-grenoble.fr"), when="2026-05-07 14:15",
     client="owa", subject="Quote needed for library subscriptions",
     body="""Good afternoon,

I am the deputy bursar at the Lycée international Europole in Grenoble (UAI 0382761V). Our librarian would like to renew the three press subscriptions in September, and our accountant needs a formal quote (devis) in the name of the school before she can issue the bon d'engagement.

Could you please send a quote for the renewal, with the VAT shown separately?

Thank you in advance,
Sarah Mitchell
Adjointe gestionnaire""",
     label=L("order_billing", False, "0382761V", "auvergne-rhone-alpes", "esidoc", False, "en",
             "English; asks for a formal quote (devis) for subscription renewals, needed for the bon d'engagement."))

# --- h037 -----------------------------------------------------------------
mail(37, frm=("Corinne Hamel", "corinne.hamel@ac-normandie.fr"), when="2026-05-05 09:21",
     client="thunderbird", subject="notifications de validation jamais reçues",
     body="""Bonjour,

Je suis administratrice de notre structure sur l'Espace Acheteur depuis
le départ de M. Guérin. Deux collègues m'ont dit qu'elles avaient créé
leur compte et qu'il était "en attente de validation", mais je n'ai reçu
aucun mail m'avertissant de leur demande. J'ai regardé les indésirables.

Est-ce que ces notifications partent bien vers moi ? Mon adresse est
celle-ci.

Corinne Hamel
Gestionnaire - Collège Le Dauphiné, Saint-Hilaire-du-Harcouët
0500931R
""",
     label=L("missing_noreply_mail", True, "0500931R", "normandie", "espace_acheteur", False, "fr",
             "Structure administrator never receives the 'account to validate' notifications; junk folder "
             "checked, no product named."))

# --- h038 -----------------------------------------------------------------
mail(38, frm=("Jean-Marc Bourgeois", "jmbourgeois@ndbesancon.fr"), when="2026-04-21 10:39",
     client="outlook", subject="Licence Charlemagne - nouveau PC",
     body="""Bonjour,

Pendant les vacances, la société de maintenance a remplacé le serveur du secrétariat. Depuis, au lancement de Charlemagne, on a le message « Licence non valide pour ce poste » et les transferts vers EcoleDirecte ne partent plus.

Le technicien dit qu'il faut que vous régénériez la licence pour le nouveau serveur. Pouvez-vous faire le nécessaire ?

Cordialement,

Jean-Marc Bourgeois
Directeur administratif et financier
Lycée privé Notre-Dame – Besançon
UAI 0251328H
""",
     label=L("transfer_incident", False, "0251328H", "bourgogne-franche-comte", "ecoledirecte", False, "fr",
             "Licence to regenerate after a server change over the holidays; transfers stopped."))

# --- h039 -----------------------------------------------------------------
mail(39, frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), when="2026-04-23 02:00",
     client="plain", subject="[Espace Acheteur] 3 comptes en attente de validation",
     auth="pass", hops=False,
     extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
            ("Precedence", "bulk")],
     body="""Bonjour,

Les comptes suivants sont en attente de validation par l'administrateur
de la structure. Ces structures n'ayant pas d'administrateur désigné,
cette notification vous est adressée.

- Collège Les Loges, Nevers : 1 compte depuis le 22/04/2026
- Collège de Chagny : 1 compte depuis le 14/04/2026
- Lycée Jean Rostand, Villepinte : 1 compte depuis le 20/04/2026

Accéder à la console : https://espace-acheteur.example.fr/admin/validations

Ceci est un message automatique, merci de ne pas y répondre.
""",
     label=L("automated", False, None, None, "espace_acheteur", False, "fr",
             "No-reply Espace Acheteur notification (Auto-Submitted: auto-generated, Precedence: bulk) to the desk: "
             "accounts of three structures wait for validation. Never answered."))

# --- h040 -----------------------------------------------------------------
mail(40, frm=("Secretariat Lycee Jules Siegfried", "ce.0762307v@ac-normandie.fr"), when="2026-05-11 10:18",
     client="zimbra", subject="demande de lien mot de passe",
     body="""Bonjour,

Le professeur documentaliste du lycée, M. Roussel, n'arrive plus à se connecter à l'administration de notre portail e-sidoc depuis le retour des vacances (mot de passe refusé).

Pouvez-vous envoyer le lien de réinitialisation sur la présente adresse, qui est l'adresse officielle de l'établissement ? Nous le lui transmettrons.

Merci d'avance.

Le secrétariat
Lycée Jules Siegfried – Le Havre
""",
     label=L("password_reset", True, "0762307V", "normandie", "esidoc", True, "fr",
             "The secretariat (not the head) asks for the reset link on the establishment's official address; "
             "the UAI appears only in the ce.<uai>@ac-normandie.fr sender, in lower case."))

# --- h041 -----------------------------------------------------------------
mail(41, frm=("Yannick Bertrand", "yannick.bertrand@ac-grenoble.fr"), when="2026-04-22 12:09",
     client="iphone", subject="mail in black",
     body="""Bjr, vos mails st bloqués par mail in black au college (c nouveau depuis les vacances), on a rien recu pr le compte espace acheteur. Vous avez une procedure pr les debloquer ? Merci
YB college du Bugey 0731189W

Envoyé de mon iPhone""",
     label=L("mailinblack_spam", True, "0731189W", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
             "SMS style from a phone, product written 'mail in black'; Espace Acheteur mails blocked. "
             "Allow-list guide fits."))

# --- h042 -----------------------------------------------------------------
mail(42, frm=("famille Leclerc", "leclerc.famille@orange.fr"), when="2026-04-26 20:44",
     client="webmail", subject="voyage en Italie",
     body="""Bonjour,

Mon fils est en 4e B et doit partir en Italie du 11 au 16 mai. Nous
n'avons toujours pas reçu la liste des affaires ni l'heure de départ du
car. Pouvez-vous nous les envoyer ? Nous avons payé le dernier acompte
en mars.

Merci,
Mme Leclerc
""",
     label=L("other", False, None, None, None, False, "fr",
             "A parent asking about a school trip: wrong address, unrelated to the services."))

# --- h043 -----------------------------------------------------------------
mail(43, frm=("Lola Marie", "lola.marie@ac-normandie.fr"), when="2026-05-06 15:33",
     client="zimbra", subject="identifiants espace acheteur",
     body="""Bonjour,

Je n'ai pas perdu mon mot de passe : je n'en ai jamais eu ! Je suis arrivée le 27 avril comme contractuelle à l'intendance du collège et ma cheffe m'a dit de "prendre mes identifiants" sur l'Espace Acheteur pour suivre les commandes de la cantine. On m'a donné un lien "mot de passe oublié" mais ça ne peut pas marcher, il n'y a pas de compte à mon nom.

Comment est-ce que je crée mon compte ?

Lola Marie
Collège Marcel Gambier – Lisieux (0141502G)
""",
     label=L("account_creation", True, "0141502G", "normandie", "espace_acheteur", True, "fr",
             "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account; someone sent her to the "
             "forgotten-password link. account_creation, not password_reset; the sign-up answer fits."))

# --- h044 -----------------------------------------------------------------
mail(44, frm=("Oliver Grant", "oliver.grant@ac-dijon.fr"), when="2026-05-12 11:20",
     client="outlook", subject="Amendment no. 1 missing from the contract documents",
     body="""Dear support team,

We were told by the purchasing centre that amendment no. 1 to the cleaning-products market (2025-031) was signed in March. However, in the Espace Acheteur, under "Mes marchés" > documents, I can only see the original agreement and the specifications; the amendment is not listed.

Could you please make it available, or tell me where to find it? Our accountant needs it before paying the new prices.

Best regards,

Oliver Grant
Gestionnaire
Lycée Carnot – Dijon
UAI 0211880E""",
     label=L("contract_documents", False, "0211880E", "bourgogne-franche-comte", "espace_acheteur", False, "en",
             "English; amendment no. 1 of a market not visible in the contract documents."))

# --- h045 -----------------------------------------------------------------
mail(45, frm=("Roger Bellet", "roger.bellet@ac-grenoble.fr"), when="2026-04-21 16:52",
     client="thunderbird", subject="Mot de passe oublié portail documentaire",
     body="""Bonjour,

Je suis le professeur documentaliste du collège Jean Jaurès de Voiron.
J'ai oublié le mot de passe d'administration de notre portail e-sidoc,
et la procédure "mot de passe oublié" me renvoie une erreur
"identifiant inconnu" quand je saisis le numéro du collège : 0382093K.

Pourriez-vous m'aider ? Je pars en retraite en juin et j'aimerais
laisser les choses en ordre à mon successeur.

Bien cordialement,
Roger Bellet
""",
     label=L("password_reset", True, None, "auvergne-rhone-alpes", "esidoc", True, "fr",
             "UAI typed as 0382093K: wrong check letter (the digits give 0382093U), which is probably why the "
             "reset form says 'identifiant inconnu'. So no UAI label; region from the ac-grenoble.fr sender. "
             "Plain forgotten password otherwise."))

# --- h046 -----------------------------------------------------------------
mail(46, frm=("Fatima Ouali", "fatima.ouali21@hotmail.fr"), when="2026-04-27 18:02",
     client="android_outlook", subject="Mail mot de passe",
     body="""Bonjour,
J'ai demandé 2 fois le mail pour changer mon mot de passe sur l'espace acheteur, je le reçois pas. J'ai regardé dans les courriers indésirables rien.
Merci de m'aider
Fatima Ouali

Envoyé depuis Outlook pour Android""",
     label=L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
             "Outlook for Android (base64 text and HTML): the new-password mail never arrives, junk folder "
             "checked. Hotmail sender, no UAI: no region."))

# --- h047 -----------------------------------------------------------------
mail(47, frm=("Microsoft Outlook", "postmaster@groupe-scolaire-sainte-marie.fr"), when="2026-04-29 13:41",
     client="plain", subject="Undeliverable: [#SUP-007221] Re: Accès aux conventions",
     return_path="", auth="bounce", hops=False, utc_date=True,
     extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
     content=('multipart/report; report-type=delivery-status;\n boundary="b1_NDR_4f7c2a9e0d"',
              """--b1_NDR_4f7c2a9e0d
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to c.durand@groupe-scolaire-sainte-marie.fr couldn't be delivered.

c.durand wasn't found at groupe-scolaire-sainte-marie.fr.

Action Required                                  Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the
following:
- Retype the recipient's address, then resend the message.
- If the recipient has left the organization, contact them another way.

Diagnostic information for administrators:
Generating server: PR1P264MB3377.FRAP264.PROD.OUTLOOK.COM
c.durand@groupe-scolaire-sainte-marie.fr
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
not found by SMTP address lookup'

--b1_NDR_4f7c2a9e0d
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB3377.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Wed, 29 Apr 2026 11:41:02 +0000

Final-Recipient: rfc822;c.durand@groupe-scolaire-sainte-marie.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--b1_NDR_4f7c2a9e0d
Content-Type: message/rfc822

From: Assistance <support@assistance.example.fr>
To: c.durand@groupe-scolaire-sainte-marie.fr
Subject: [#SUP-007221] Re: =?utf-8?q?Acc=C3=A8s_aux_conventions?=
Date: Wed, 29 Apr 2026 13:40:58 +0200
Message-ID: <SUP-007221.1777462858.0c77de@assistance.example.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,

Votre demande a bien été transmise à l'équipe régionale.

Cordialement,
L'équipe d'assistance

--b1_NDR_4f7c2a9e0d--
"""),
     label=L("automated", False, None, None, None, False, "en",
             "Exchange Online non-delivery report in English (recipient left the school), multipart/report, "
             "null Return-Path."))

# --- h048 -----------------------------------------------------------------
mail(48, frm=("Principal Collège Jean Moulin", "ce.0711042X@ac-dijon.fr"), when="2026-05-04 09:10",
     client="outlook_html", html_only=True, subject="Retrait d'accès au portail du CDI",
     body="""Madame, Monsieur,

Mme Anaïs Collin, professeure documentaliste contractuelle, a terminé son contrat dans notre établissement le 3 avril 2026.

Elle disposait des identifiants d'administration de notre portail e-sidoc. Je vous demande de bien vouloir réinitialiser le mot de passe de ce compte afin qu'elle n'y ait plus accès, et d'adresser le lien à l'adresse de l'établissement, depuis laquelle je vous écris.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Le Principal,
Éric Vadot
Collège Jean Moulin – Mâcon
UAI : 0711042X""",
     label=L("head_of_establishment_request", False, "0711042X", "bourgogne-franche-comte", "esidoc", False, "fr",
             "HTML-only Outlook letter (windows-1252) from the ce.<UAI> address: the principal asks for a reset so "
             "that a departed contract librarian loses access, link to the school's address."))

# --- h049 -----------------------------------------------------------------
mail(49, frm=("Gilles Ravel", "gilles.ravel@ac-lyon.fr"), when="2026-04-24 11:15",
     client="iphone", subject="",
     body="""

Envoyé de mon iPhone""",
     attach=[("IMG_4471.jpeg", "image/jpeg", FAKE_JPEG)],
     label=L("other", False, None, "auvergne-rhone-alpes", None, True, "fr",
             "Empty subject and body, only a photo attached and the iPhone signature: nothing can be told about "
             "the request, a person must look at the picture or ask. Region from ac-lyon.fr."))

# --- h050 -----------------------------------------------------------------
mail(50, frm=("Emma Boyd", "emma.boyd@ac-clermont.fr"), when="2026-04-23 10:02",
     client="applemail", subject="Renewed subscription still showing as expired",
     body="""Hi,

We renewed our Universalis subscription yesterday (order confirmed by email), but on our e-sidoc portal it is still marked "expired" and the pupils get an error page when they click on it.

Is there a delay before it becomes active again?

Thanks,
Emma Boyd
Librarian, Lycée Émile Duclaux, Aurillac
0150046U""",
     label=L("subscription_activation", True, "0150046U", "auvergne-rhone-alpes", "esidoc", False, "en",
             "English; renewed yesterday, still shown as expired: inside the 72-hour window."))

# --- h051 -----------------------------------------------------------------
mail(51, frm=("Evelyne Aubignat", "evelyne.aubignat@ac-clermont.fr"), when="2026-04-28 14:50",
     client="outlook", subject="Relance facture - pas sur Chorus",
     body="""Bonjour,

Nous venons de recevoir une lettre de relance pour la facture n° F2026-01873 (abonnements du CDI, 412,50 €), avec des pénalités de retard.

Or cette facture n'a jamais été déposée sur Chorus Pro : nous ne pouvons pas la payer tant qu'elle n'y est pas, c'est la règle pour les établissements publics. J'ai vérifié avec l'agent comptable ce matin, rien au nom de votre société depuis janvier.

Merci de la déposer sur Chorus (SIRET de l'établissement : 190 300 000 00000, service exécutant INTENDANCE) et d'annuler les pénalités.

Cordialement,

Evelyne Aubignat
Gestionnaire
Collège Jules Ferry – Montluçon
0031062N
""",
     label=L("order_billing", False, "0031062N", "auvergne-rhone-alpes", None, False, "fr",
             "Payment reminder for an invoice never posted on Chorus Pro. The platform the invoice belongs to "
             "cannot be told for sure (CDI subscriptions suggest e-sidoc, but it is not said)."))

# --- h052 -----------------------------------------------------------------
mail(52, frm=("Sophie Lamotte", "sophie.lamotte@ac-normandie.fr"), when="2026-05-07 08:26",
     client="iphone", subject="Re: [#SUP-007240] Réinitialisation du mot de passe e-sidoc", ticket="SUP-007240",
     body="""Bonjour
Oui mais justement personne ne peut lire la boîte ce. du collège en ce moment, la secrétaire est partie à la retraite fin avril et la nouvelle n'arrive que le 18 mai, et la principale n'a pas le mot de passe de la boîte non plus. Donc le lien n'arrivera à personne. Il n'y a pas un autre moyen ? J'ai besoin du portail pour le prix littéraire le 12.
Sophie Lamotte
Doc collège Jean Monnet Flers

Envoyé de mon iPhone

Le 6 mai 2026 à 16:12, Assistance <support@assistance.example.fr> a écrit :

Bonjour,

Un lien de réinitialisation du mot de passe de votre portail e-sidoc a été envoyé à l'adresse officielle de votre établissement (ce.0611015X@a*-n*******.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance

Le 6 mai 2026 à 15:58, Sophie Lamotte <sophie.lamotte@ac-normandie.fr> a écrit :

Bonjour, j'ai perdu le mot de passe admin du portail e-sidoc du collège Jean Monnet de Flers (0611015X). Merci""",
     label=L("password_reset", False, "0611015X", "normandie", "esidoc", True, "fr",
             "Reply on a reset ticket, the whole thread pasted below without quote marks: the link went to the "
             "official ce. mailbox that nobody can read until mid-May. The automatic path is exhausted; a person "
             "must take over (head-of-establishment procedure)."))

# --- h053 -----------------------------------------------------------------
mail(53, frm=("Signature électronique", "ne-pas-repondre@signature.example.fr"), when="2026-04-24 07:00",
     client="plain", hops=False, subject="Rappel : un document attend votre signature",
     body="""Bonjour,

Le document « Convention d'adhésion 2026 - Lycée Ferdinand Buisson,
Voiron » vous a été envoyé le 16/04/2026 par la centrale d'achat et
attend toujours votre signature.

Ce document expirera le 30/04/2026.

  >> Consulter et signer le document :
  https://signature.example.fr/s/8Q2kP-7mVd

Vous recevez ce rappel car vous êtes signataire de ce document. Cet
e-mail a été généré automatiquement, merci de ne pas y répondre.
""",
     label=L("automated", False, None, None, "esignature", True, "fr",
             "E-signature reminder sent by the signing service to the desk's address: no Auto-Submitted or "
             "Precedence header, only the no-reply sender and the wording show it is automatic."))

# --- h054 -----------------------------------------------------------------
mail(54, frm=("Francis Reynaud", "francis.reynaud@ac-grenoble.fr"), when="2026-04-27 09:44",
     client="thunderbird", subject="Re: [#SUP-007205] Mail de confirmation non reçu", ticket="SUP-007205",
     body="""Bonjour,

J'ai suivi vos conseils (dossier indésirables, etc.) mais toujours rien.
J'en ai parlé à notre informaticien ce matin : d'après lui c'est
Mailinblack, le nouvel antispam du Département, qui retient vos
messages. Il me demande votre "procédure Mailinblack" pour faire ce qu'il
faut de son côté.

Merci,
F. Reynaud
Collège Les Trois Vallées, Donzère - 0261145D

Le 23/04/2026 à 10:15, Assistance a écrit :
> Bonjour,
>
> Les messages de confirmation de l'Espace Acheteur sont envoyés par une
> adresse « no-reply ». Vérifiez votre dossier des courriers indésirables
> et marquez le message comme légitime. Sans nouvelles de votre part sous 48 heures, nous
> reviendrons vers vous.
>
> Cordialement,
> L'équipe d'assistance
""",
     label=L("mailinblack_spam", True, "0261145D", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
             "Reply on a missing-mail ticket: the IT now says MailInBlack holds the messages and asks for the "
             "MailInBlack procedure, so the request changed: mailinblack_spam. Platform from the quoted "
             "answer (Espace Acheteur confirmation mails)."))

# --- h055 -----------------------------------------------------------------
mail(55, frm=("Enzo Delmas", "enzo.delmas@ac-clermont.fr"), when="2026-04-29 13:57",
     client="zimbra", subject="question codes",
     body="""Bonjour,

Je suis en service civique au CDI du lycée Blaise Pascal à Clermont depuis le début du mois. Pour l'instant j'utilise les codes de la professeure documentaliste pour mettre les nouveautés sur le portail, mais elle m'a dit que ce n'était pas très réglementaire.

Est-ce que je peux avoir mes propres identifiants, avec moins de droits que les siens ? Si oui, qui doit faire la demande ?

Merci !
Enzo
""",
     label=L("account_creation", False, None, "auvergne-rhone-alpes", "esidoc", False, "fr",
             "Service-civique volunteer asks for his own, lower-rights e-sidoc account and who must ask: a "
             "question of accounts and rights that a person answers. Region from ac-clermont.fr."))

# --- h056 -----------------------------------------------------------------
mail(56, frm=("Gisèle Mathon", "gisele.mathon@ac-lyon.fr"), when="2026-05-11 16:31",
     client="outlook", subject="TROISIEME RELANCE",
     body="""Bonjour,

C'est la troisième fois que je vous écris et toujours aucune réponse. Je trouve ça inadmissible pour un service payé par nos établissements. Est-ce que quelqu'un lit vos mails ?

J'attends une réponse AUJOURD'HUI.

G. Mathon
""",
     label=L("other", False, None, "auvergne-rhone-alpes", None, False, "fr",
             "Angry follow-up with no ticket reference, no quoted history and no topic: the category cannot be "
             "told. Region from ac-lyon.fr."))

# --- h057 -----------------------------------------------------------------
mail(57, frm=("Yasmine", "yasmine.aed.ndl@gmail.com"), when="2026-04-22 13:04",
     client="iphone", subject="Les notes",
     body="""Bonjour, je suis AED à Notre-Dame de Bellegarde. Depuis les vacances le logiciel des notes marche plus avec école directe, les parents voient rien et la vie scolaire reçoit des appels toute la journée. Le CPE m'a dit de vous écrire. Il faut faire quoi ?

Envoyé de mon iPhone""",
     label=L("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
             "AED, vague ('le logiciel des notes marche plus avec école directe'): grades no longer reach "
             "EcoleDirecte since the holidays, i.e. the data transfer. Gmail sender, no UAI: no region."))

# --- h058 -----------------------------------------------------------------
mail(58, frm=("Patrick Olivier", "patrick.olivier@ac-besancon.fr"), when="2026-04-22 11:30",
     client="thunderbird", subject="inscription portail assistance",
     body="""Bonjour,

Je me suis inscrit hier sur le portail d'assistance (le site des tickets)
pour pouvoir suivre nos demandes, et le site dit qu'un mail de
confirmation m'a été envoyé pour choisir mon mot de passe. Je n'ai rien
reçu, j'ai regardé dans "Indésirables" et dans "Promotions".

Patrick Olivier
Lycée Cuvier - Montbéliard
""",
     label=L("missing_noreply_mail", True, None, "bourgogne-franche-comte", "ticket_portal", False, "fr",
             "The ticket portal's confirmation mail (to set a password) never arrived; no product named. "
             "Region from ac-besancon.fr."))

# --- h059 -----------------------------------------------------------------
mail(59, frm=("Laurent Chabrier", "laurent.chabrier63@gmail.com"), when="2026-04-25 21:18",
     client="gmail", subject="Autorisation commande",
     body="""Bonjour,

Je suis le principal du collège Émile Guillaumin de Moulins. J'écris de ma messagerie personnelle car je suis en déplacement et je n'ai pas accès à celle du collège.

J'autorise Mme Sabatier, notre AED qui assure l'intérim au CDI, à valider la commande de livres du prix des lecteurs (panier n° 58213) sur votre plateforme. Elle n'a pas les droits de validation et la date limite est lundi.

Cordialement,
Laurent Chabrier
Principal
Collège Émile Guillaumin – Moulins
UAI 0030411F
""",
     label=L("head_of_establishment_request", False, "0030411F", "auvergne-rhone-alpes", None, True, "fr",
             "The principal authorises an order validation in writing, but from a personal Gmail address: "
             "weak evidence, staff must verify. 'Votre plateforme' does not tell which product the basket is on."))

# --- h060 -----------------------------------------------------------------
mail(60, frm=("Daniel Fraser", "daniel.fraser@ac-normandie.fr"), when="2026-05-12 09:06",
     client="owa", subject="Forgotten password - buyer space",
     body="""Hello,

I'm the new bursar (on a fixed-term contract) at Lycée François 1er in Le Havre, UAI 0760433H. I need to place an order on the Espace Acheteur but I don't know the password for our account: my predecessor left no notes, and I'm not sure which email address the account is registered under.

How can I get a new password?

Thank you,
Daniel Fraser""",
     label=L("password_reset", True, "0760433H", "normandie", "espace_acheteur", False, "en",
             "English; Espace Acheteur password unknown after a staff change, address on file unknown: the reset "
             "path (official address, else head's request) applies."))

# --- h061 -----------------------------------------------------------------
mail(61, frm=("Mailinblack", "no-reply@mailinblack.com"), when="2026-04-23 10:16",
     client="plain", hops=False, subject="Votre message est en attente : merci de confirmer votre envoi",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     ticket="SUP-007211",
     body="""Bonjour,

Vous avez envoyé un message à gestion.college-bugey@ac-grenoble.fr.

Ce destinataire est protégé par Mailinblack. Pour que votre message lui
soit délivré, merci de confirmer que vous êtes bien un humain en cliquant
sur le lien ci-dessous et en recopiant le code affiché :

https://protect.mailinblack.com/validate?t=ZxR81kPq0aW

Cette vérification n'est demandée qu'une seule fois.

Sans validation de votre part sous 7 jours, votre message sera supprimé.

--
Mailinblack - Protection de messagerie
""",
     label=L("automated", False, None, None, None, True, "fr",
             "MailInBlack's own sender-authentication challenge, received by the desk after answering a school: "
             "auto-generated (Auto-Submitted: auto-replied), not a person asking about MailInBlack, so automated "
             "and never answered by a template (someone at the desk may click the link by hand)."))

# --- h062 -----------------------------------------------------------------
mail(62, frm=("Principal - Collège Roqua", "ce.0070319J@ac-grenoble.fr"), when="2026-04-22 08:40",
     client="outlook", subject="Abonnement presse CDI",
     body="""Bonjour,

Notre documentaliste est absente cette semaine et les élèves de 3e ont un travail de recherche à rendre. Le bouquet presse a été commandé et validé lundi par notre gestionnaire.

Pouvez-vous me dire à quelle date il sera accessible aux élèves sur le portail ?

Merci.

Christophe Bénac
Principal
Collège Roqua – Privas
""",
     label=L("subscription_activation", True, "0070319J", "auvergne-rhone-alpes", "esidoc", True, "fr",
             "Written by the principal from the ce.<UAI> address, but he only asks when an ordered subscription "
             "will be available (ordered Monday, mail Wednesday): not a head-of-establishment request."))

# --- h063 -----------------------------------------------------------------
mail(63, frm=("Manon Girod", "manon.girod@ac-besancon.fr"), when="2026-04-21 15:10",
     client="iphone", subject="codes eleves",
     body="""Bonjour,
Je suis AED depuis lundi au collège de Saint-Claude. On m'a demandé de redonner leurs codes à 3 élèves de 6e qui les ont perdus pendant les vacances, pour qu'ils puissent aller sur l'ENT et faire leurs devoirs. Je pensais que c'était vous qui gériez ça puisque votre adresse était sur une affiche au CDI ?
Merci
Manon

Envoyé de mon iPhone""",
     label=L("other", False, None, "bourgogne-franche-comte", None, True, "fr",
             "AED asks for pupils' ENT credentials: the ENT is not one of our platforms (she found our address on "
             "a CDI poster). Not password_reset; a person redirects her. Region from ac-besancon.fr."))

# --- h064 -----------------------------------------------------------------
mail(64, frm=("Odile Vernet", "odile.vernet@ac-grenoble.fr"), when="2026-04-23 17:46",
     client="iphone", subject="Re: [#SUP-007226] Réinitialisation de votre mot de passe e-sidoc", ticket="SUP-007226",
     body="""ça marche pas

Envoyé de mon iPhone

> Le 23 avr. 2026 à 09:30, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse administrateur enregistrée pour votre établissement (o***.v*****@ac-g*******.fr). Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance""",
     label=L("password_reset", False, None, "auvergne-rhone-alpes", "esidoc", True, "fr",
             "Three words, replying on a reset ticket: the category is the ticket's (password_reset) but the "
             "automatic answer was already sent and did not work: a person must follow up. No UAI visible; "
             "region from ac-grenoble.fr."))

# --- h065 -----------------------------------------------------------------
mail(65, frm=("Aurore Py", "aurore.py@ac-besancon.fr"), when="2026-04-28 10:33",
     client="outlook", subject="Convention à signer : mail pas arrivé",
     body="""Bonjour,

La centrale d'achat m'a prévenue par téléphone que la convention d'adhésion 2026 m'avait été envoyée pour signature électronique le 22 avril. Je n'ai reçu aucun mail de la plateforme de signature, ni dans ma boîte de réception ni dans les indésirables.

Pouvez-vous me le renvoyer ?

Aurore Py
Adjointe gestionnaire
Lycée Condorcet – Belfort
0900436K
""",
     label=L("missing_noreply_mail", True, "0900436K", "bourgogne-franche-comte", "esignature", False, "fr",
             "The e-signature invitation mail never arrived, junk folder checked; no anti-spam product named."))

# --- h066 -----------------------------------------------------------------
mail(66, frm=("Anthony Leroux", "anthony.leroux@ac-normandie.fr"), when="2026-05-13 11:12",
     client="thunderbird", subject="paiement par mandat + RIB",
     body="""Bonjour,

Je remplace l'agent comptable du lycée jusqu'à la fin de l'année
(contractuel). Je trouve dans les dossiers deux factures de votre
société non réglées, de février et mars.

Avant de payer, je dois vérifier deux choses :
- le paiement se fait bien par mandat administratif (virement) ?
- pouvez-vous m'envoyer un RIB à jour sur papier à en-tête ? Celui que
  j'ai date de 2021 et le comptable n'accepte pas.

Merci,
A. Leroux
Lycée Julliot de la Morandière - Granville (0500088Z)
""",
     label=L("order_billing", False, "0500088Z", "normandie", None, False, "fr",
             "Payment means and an up-to-date RIB for two unpaid invoices; platform not stated."))

# --- h067 -----------------------------------------------------------------
mail(67, frm=("Assistance académique - Rectorat de Lyon", "assistance-noreply@ac-lyon.fr"), when="2026-04-20 14:03",
     client="plain", hops=False, subject="[Ticket #2026041400371] Accusé de réception de votre demande",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance@ac-lyon.fr"),
            ("Precedence", "auto_reply")],
     body="""Bonjour,

Votre demande a bien été enregistrée par l'assistance académique sous le
numéro 2026041400371.

Objet : [#SUP-007199] Adresse de retour pour les mails de l'Espace Acheteur

Un technicien la prendra en charge dans les meilleurs délais. Pour
compléter votre demande, répondez à ce message sans modifier l'objet.

Ceci est un message automatique.

Plateforme d'assistance - DSI Rectorat de Lyon
""",
     label=L("automated", False, None, "auvergne-rhone-alpes", None, False, "fr",
             "The académie help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): "
             "answering would start a mail loop. Region from the ac-lyon.fr sender."))

# --- h068 -----------------------------------------------------------------
mail(68, frm=("Lycée Jean Monnet - Direction", "ce.0420288K@ac-lyon.fr"), when="2026-05-05 15:27",
     client="outlook", subject="Administrateur Espace Acheteur - pour le proviseur",
     body="""Madame, Monsieur,

En l'absence de M. le Proviseur (en congé maladie jusqu'au 22 mai) et sur ses instructions, je vous demande de désigner M. Romain Pralong, attaché d'intendance arrivé le 27 avril, comme administrateur de notre structure sur l'Espace Acheteur, en remplacement de Mme Vial, partie à la retraite.

M. Pralong s'est déjà inscrit ; son compte est en attente de validation.

Pour le Proviseur et par délégation,
Isabelle Coste
Proviseure adjointe
Lycée Jean Monnet – Saint-Étienne
""",
     label=L("head_of_establishment_request", False, "0420288K", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
             "The deputy head writes for the absent proviseur ('par délégation') from the ce.<UAI> address to "
             "change the structure administrator: a request from the direction, which a person approves after "
             "checking the delegation."))

# --- h069 -----------------------------------------------------------------
mail(69, frm=("Véronique Faivre", "veronique.faivre@ac-besancon.fr"), when="2026-04-29 09:58",
     client="outlook", subject="MailInBlack + facture",
     body="""Bonjour,

Deux choses :

Depuis que le Département nous a mis MailInBlack, vos mails de l'Espace Acheteur restent bloqués dans la quarantaine. J'ai cliqué sur « autoriser » pour l'un d'eux mais les suivants sont encore bloqués.

Et par ailleurs, la facture de la commande de mars (produits d'entretien) porte un montant de 1 284 € alors que le devis était de 1 164 €. Il doit y avoir une erreur sur la livraison facturée.

Merci de votre retour sur les deux points.

Véronique Faivre
Gestionnaire
Collège Arthur Rimbaud – Belfort
UAI 0900019G
""",
     label=L("mailinblack_spam", False, "0900019G", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
             "Two topics: Espace Acheteur mails held by MailInBlack (first) and an invoice amount that differs "
             "from the quote (order_billing). The MailInBlack guide would answer only half: a person handles it."))

# --- h070 -----------------------------------------------------------------
mail(70, frm=("Jacqueline Hue", "jacqueline.hue@ac-rouen.fr"), when="2026-05-04 14:22",
     client="webmail", subject="identifiant ???",
     body="""Bonjour,

On me demande un "identifiant" pour entrer dans la gestion du portail
documentaire du collège (e-sidoc) et je n'en ai aucune idée. Le mot de
passe, je ne l'ai pas non plus, c'était ma collègue qui s'en occupait.

J'écris avec mon ancienne adresse de Rouen, je ne sais pas si elle
marche encore.

Merci de me dire comment faire,
Jacqueline Hue, documentaliste
""",
     label=L("password_reset", True, None, "normandie", "esidoc", False, "fr",
             "Does not know the identifier (the UAI) nor the password; no UAI given. The legacy ac-rouen.fr domain "
             "maps to normandie."))

# --- h071 -----------------------------------------------------------------
mail(71, frm=("Sébastien Marchal", "sebastien.marchal@ac-besancon.fr"), when="2026-05-06 16:05",
     client="zimbra", subject="CCTP introuvable - marché restauration",
     body="""Bonjour,

Nous préparons la commande de matériel de cuisine dans le cadre du marché "équipement de restauration scolaire". Le chef de cuisine a besoin du CCTP pour vérifier les références, mais dans l'Espace Acheteur, onglet des documents du marché, il n'y a que le bordereau de prix. Ni CCTP ni CCAP.

L'an dernier mon prédécesseur les voyait, il me l'a confirmé par téléphone.

Merci de votre aide,
S. Marchal
Gestionnaire, Lycée Georges Colomb – Lure
0700912L
""",
     label=L("contract_documents", False, "0700912L", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
             "CCTP and CCAP of a market not visible in the Espace Acheteur documents."))

# --- h072 -----------------------------------------------------------------
mail(72, frm=("Marie-Claude Bouillot", "mc.bouillot@saintdominique-chalon.fr"), when="2026-04-21 09:25",
     client="outlook_html", html_only=True, subject="Erreur transfert EcoleDirecte",
     body="""Bonjour,

Depuis ce matin, à chaque lancement du transfert vers EcoleDirecte depuis Charlemagne Outils, nous avons le message suivant :

« Échec de la connexion au serveur de transfert (code 0x2746). Le transfert n'a pas été effectué. »

Nous n'avons rien changé sur le poste. Le dernier transfert réussi date du vendredi 3 avril.

Pouvez-vous nous aider ?

Marie-Claude Bouillot
Secrétariat
Collège privé Saint-Dominique – Chalon-sur-Saône
UAI 0710598P""",
     label=L("transfer_incident", False, "0710598P", "bourgogne-franche-comte", "ecoledirecte", False, "fr",
             "HTML-only Outlook mail (windows-1252): transfer to EcoleDirecte fails with a connection error since "
             "the holidays."))

# --- h073 -----------------------------------------------------------------
mail(73, frm=("Pierre-Yves Amblard", "pierre-yves.amblard@ac-clermont.fr"), when="2026-05-12 12:40",
     client="thunderbird", subject="formation e-sidoc ?",
     body="""Bonjour,

Je suis professeur de lettres et je vais reprendre une partie des heures
du CDI à la rentrée de septembre (la documentaliste part en retraite). Je
ne connais rien au portail e-sidoc.

Est-ce que vous organisez des formations ou des webinaires pour les
débutants ? Y a-t-il une date prévue avant l'été ?

Merci,
P.-Y. Amblard
Lycée Virlogeux, Riom
""",
     label=L("other", False, None, "auvergne-rhone-alpes", "esidoc", False, "fr",
             "Asks about e-sidoc training sessions or webinars: no category of its own. Region from ac-clermont.fr."))

# --- h074 -----------------------------------------------------------------
mail(74, frm=("Delphine Rosset", "delphine.rosset@ac-grenoble.fr"), when="2026-04-28 10:58",
     client="outlook", subject="Impossible de trouver notre établissement à l'inscription",
     body="""Bonjour,

Notre collège a ouvert en septembre 2025 (collège des Glières, Thorens). Je voulais créer notre compte sur l'Espace Acheteur mais quand je tape notre UAI, 0742017R, le formulaire dit « établissement inconnu » et on ne peut pas aller plus loin. En tapant le nom du collège, rien non plus.

Comment pouvons-nous être ajoutés ?

Cordialement,
Delphine Rosset
Gestionnaire
""",
     label=L("account_creation", False, "0742017R", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
             "New school not in the establishment list at sign-up: the structure must be added by a person."))

# --- h075 -----------------------------------------------------------------
mail(75, frm=("Christian Jeannin", "christian.jeannin@ac-besancon.fr"), when="2026-04-22 08:07",
     client="thunderbird", subject="Accusé de réception (affiché) - [#SUP-007218] Vos accès e-sidoc",
     ticket="SUP-007218",
     content=('multipart/report; report-type=disposition-notification;\n boundary="------------mFqUb2WQj7cV0xeTLD6HkA3s"',
              """This is a multi-part message in MIME format.
--------------mFqUb2WQj7cV0xeTLD6HkA3s
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Ceci est un accusé de réception pour le courriel envoyé à christian.jeannin@ac-besancon.fr le 21/04/2026 17:44.

Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.

--------------mFqUb2WQj7cV0xeTLD6HkA3s
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: ac-besancon.fr; Thunderbird 128.9.2
Final-Recipient: rfc822;christian.jeannin@ac-besancon.fr
Original-Message-ID: <SUP-007218.1776786240.51b0fa@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--------------mFqUb2WQj7cV0xeTLD6HkA3s--
"""),
     label=L("automated", False, None, "bourgogne-franche-comte", None, False, "fr",
             "Thunderbird return receipt in French, multipart/report disposition-notification. Region from "
             "ac-besancon.fr."))

# --- h076 -----------------------------------------------------------------
mail(76, frm=("Annie Faure", "annie.faure@ac-clermont.fr"), when="2026-04-24 10:31",
     client="outlook", subject="mot de passe",
     body="""Bonjour,

J'ai dû changer mon mot de passe de messagerie académique pendant les vacances (il avait expiré), et je pensais que c'était le même pour tout. Mais le portail du CDI, e-sidoc, ne le prend pas, ni l'ancien ni le nouveau. Ma boîte mail, elle, marche très bien avec le nouveau.

Je ne me souviens pas avoir eu un mot de passe spécial pour le portail, c'est peut-être ma collègue qui l'avait créé en 2019.

Pouvez-vous m'aider à retrouver l'accès ?

Annie Faure
Documentaliste, collège Lafayette – Le Puy-en-Velay
0430902X
""",
     label=L("password_reset", True, "0430902X", "auvergne-rhone-alpes", "esidoc", True, "fr",
             "Mixes the académie webmail password (changed, works) with the e-sidoc admin password (unknown): the "
             "request is the e-sidoc password, so password_reset; the webmail part is context."))

# --- h077 -----------------------------------------------------------------
mail(77, frm=("Benoît Guyot", "benoit.guyot@ac-dijon.fr"), when="2026-04-30 11:47",
     client="zimbra", subject="Lien d'activation non reçu",
     body="""Bonjour,

Nouveau gestionnaire au collège Gaston Roupnel (0210064F), j'ai créé mon compte client pour pouvoir commander sur la boutique e-sidoc. Le site m'indique qu'un mail d'activation m'a été envoyé, valable 12 heures. Rien reçu depuis hier 14 h.

Je suppose que l'antispam de l'académie y est pour quelque chose, il est assez sévère, mais je ne vois rien dans le dossier Spam de la messagerie.

Cordialement,
Benoît Guyot
""",
     label=L("missing_noreply_mail", True, "0210064F", "bourgogne-franche-comte", "esidoc", False, "fr",
             "Customer-account activation mail never came; suspects the académie's spam filter but names no "
             "anti-spam product and describes no challenge or quarantine."))

# --- h078 -----------------------------------------------------------------
mail(78, frm=("Isabelle Lecornu", "isabelle.lecornu@ac-normandie.fr"), when="2026-05-11 13:15",
     client="outlook_html", html_only=True, subject="Mettre Europresse sur la page d'accueil",
     body="""Bonjour,

Notre abonnement Europresse est actif depuis la rentrée de janvier (je le vois dans la liste des abonnements de l'administration), mais les élèves ne le trouvent pas : ils arrivent sur le portail par l'ENT et il n'y a aucun lien vers Europresse.

Comment dois-je faire pour publier la ressource et la rendre visible pour eux ?

Merci d'avance,

Isabelle Lecornu
Professeure documentaliste
Lycée Arcisse de Caumont – Bayeux
0140389X""",
     label=L("subscription_activation", True, "0140389X", "normandie", "esidoc", False, "fr",
             "HTML-only Outlook mail: an active subscription must be published on the portal for pupils "
             "(resource to publish)."))

# --- h079 -----------------------------------------------------------------
mail(79, frm=("Julien Ferrand", "julien.ferrand.pro@laposte.net"), when="2026-04-17 19:20",
     client="webmail", subject="Candidature spontanée - technicien support",
     body="""Madame, Monsieur,

Actuellement assistant d'éducation contractuel en lycée (contrat se
terminant le 4 juillet), je souhaiterais rejoindre votre service
d'assistance en tant que technicien support. Je connais bien les outils
utilisés dans les établissements, côté utilisateur.

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition
pour un entretien.

Cordialement,
Julien Ferrand
06 12 34 56 78
""",
     attach=[("CV_Julien_Ferrand.pdf", "application/pdf", FAKE_PDF)],
     label=L("other", False, None, None, None, False, "fr",
             "Unsolicited job application with a CV from an AED."))

# --- h080 -----------------------------------------------------------------
mail(80, frm=("Head of school - Cité scolaire internationale", "ce.0693318G@ac-lyon.fr"), when="2026-05-07 16:22",
     client="outlook", subject="New structure administrator for our school",
     body="""Dear Sir or Madam,

As head of the Cité scolaire internationale de Lyon, I am writing to inform you that Mr Tom Bailey, our new deputy bursar, will replace Mrs Chevalier as administrator of our structure on the Espace Acheteur. Mrs Chevalier retired on 30 April.

Please give Mr Bailey the administrator rights and close Mrs Chevalier's access.

Yours faithfully,

Catherine Wood
Proviseure
Cité scolaire internationale de Lyon
UAI 0693318G""",
     label=L("head_of_establishment_request", False, "0693318G", "auvergne-rhone-alpes", "espace_acheteur", False, "en",
             "English; the head, from the ce.<UAI> address, names a new structure administrator and asks to close "
             "the retired one's access."))

# --- h081 -----------------------------------------------------------------
mail(81, frm=("Élodie Saulnier", "elodie.saulnier@ac-dijon.fr"), when="2026-04-22 13:49",
     client="thunderbird", charset="iso-8859-1", subject="je ne connais pas le mot de passe",
     body="""Bonjour,

Je suis contractuelle et je remplace la professeure documentaliste du
collège Montchapet (Dijon) depuis le 20 avril, jusqu'à la fin de
l'année. Je ne connais pas le mot de passe de l'administration du
portail e-sidoc, personne ne me l'a donné et la collègue remplacée ne
peut pas être jointe.

Le numéro de l'établissement est 0211327D.

Merci de m'indiquer la procédure.

Élodie Saulnier
""",
     label=L("password_reset", True, "0211327D", "bourgogne-franche-comte", "esidoc", False, "fr",
             "Contract replacement librarian who never had the e-sidoc password ('je ne connais pas le mot de "
             "passe'). ISO-8859-1 8-bit body from Thunderbird."))

# --- h082 -----------------------------------------------------------------
mail(82, frm=("Nicolas Tardy", "nicolas.tardy@ac-grenoble.fr"), when="2026-05-05 08:52",
     client="outlook", subject="TR: Mailinblack - Rapport quotidien de vos messages en attente",
     body="""Bonjour,

Je vous transfère le rapport que je reçois tous les matins. Vos messages y sont systématiquement (comptes Espace Acheteur). Est-ce que je dois les débloquer un par un, ou il y a une manipulation pour que ça arrive directement ?

Nicolas Tardy
Collège Champollion, Bourgoin-Jallieu – 0380417X

De : Mailinblack <reports@mailinblack.com>
Envoyé : mardi 5 mai 2026 07:00
À : Tardy Nicolas <nicolas.tardy@ac-grenoble.fr>
Objet : Mailinblack - Rapport quotidien de vos messages en attente

Bonjour Nicolas,

3 messages sont en attente de validation dans votre espace Mailinblack :

| Expéditeur                     | Objet                                | Reçu le    |
| no-reply@espace-acheteur...    | Validation de votre compte           | 04/05 18:02|
| no-reply@espace-acheteur...    | Votre commande n° EA-2026-04417      | 04/05 18:05|
| newsletter@fournitures-pro.fr  | -30 % sur le papier !                | 04/05 21:40|

Gérer mes messages : https://protect.mailinblack.com/
""",
     label=L("mailinblack_spam", True, "0380417X", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
             "A person forwards MailInBlack's daily quarantine report (Outlook 'TR:'): the forwarded part is "
             "machine text, the outer message is a real question about allowing the sender."))

# --- h083 -----------------------------------------------------------------
mail(83, frm=("Chloé Martinet", "chloe.martinet.sc@gmail.com"), when="2026-04-13 10:02",
     client="gmail", subject="Réponse automatique : [#SUP-007160] Votre demande",
     ticket="SUP-007160",
     extra=[("Auto-Submitted", "auto-replied")],
     body="""Bonjour,
je suis en congés jusqu'au 20 avril et je ne lirai pas mes mails avant.
Pour le CDI, vous pouvez contacter Mme Garnier au lycée.
Chloé (service civique)
""",
     label=L("automated", False, None, None, None, False, "fr",
             "Gmail vacation responder in French (Auto-Submitted: auto-replied) on a desk ticket."))

# --- h084 -----------------------------------------------------------------
mail(84, frm=("Murielle Cadiou", "murielle.cadiou@ac-normandie.fr"), when="2026-05-12 15:36",
     client="outlook", subject="Validation commande impossible - bon d'engagement",
     attach=[("BE_2026_0147.pdf", "application/pdf", FAKE_PDF)],
     body="""Bonjour,

Je n'arrive pas à valider la commande de fournitures sur l'Espace Acheteur. À la dernière étape, quand je joins le bon d'engagement (PDF signé par l'ordonnateur, ci-joint), le site m'affiche « Le document n'a pas pu être enregistré » et la commande reste « en attente de pièce ».

J'ai essayé avec Firefox et avec Edge.

La commande doit partir avant le 15 pour la livraison de juin. Pouvez-vous faire quelque chose ?

Murielle Cadiou
Secrétaire d'intendance
Collège Léonard de Vinci – Vernon
0270612U
""",
     label=L("order_billing", False, "0270612U", "normandie", "espace_acheteur", False, "fr",
             "Order validation blocked: the bon d'engagement upload fails (PDF attached)."))

# --- h085 -----------------------------------------------------------------
mail(85, frm=("Ginette Bonhomme", "ginette.bonhomme@ac-clermont.fr"), when="2026-04-23 14:17",
     client="webmail", subject="le site de presse",
     body="""Bonjour,

On a payé mardi le truc de presse en ligne pour les élèves (je crois que
c'est Cafeyn, c'est la gestionnaire qui a fait la commande sur votre
site) et quand je vais sur le site des livres du CDI, je ne le vois nulle
part. Les élèves non plus.

Je ne suis pas très à l'aise avec tout ça, je pars en retraite dans deux
mois et on change de logiciel tous les ans...

Merci de me dire si c'est normal.

Ginette Bonhomme
CDI - Collège Jean Zay, Thiers
0631540G
""",
     label=L("subscription_activation", True, "0631540G", "auvergne-rhone-alpes", "esidoc", True, "fr",
             "Vague wording ('le truc de presse en ligne', 'le site des livres du CDI'): an online press "
             "subscription ordered on Tuesday is not visible on the e-sidoc portal on Thursday; within 72 hours."))

# --- h086 -----------------------------------------------------------------
mail(86, frm=("Rebecca Stone", "r.stone@ecole-bilingue-annecy.fr"), when="2026-04-28 16:10",
     client="gmail", subject="No emails from the buyer platform",
     body="""Hello,

Our school signed up to the Espace Acheteur last week. Since then, none of the automatic emails have reached us: no account confirmation, no order acknowledgement, nothing in spam either. Other emails arrive normally.

Could you check that our address is right, or tell me which address these emails come from so our provider can look for them?

Thanks,
Rebecca Stone
Office manager, École bilingue d'Annecy""",
     label=L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
             "English; no automatic mail from the platform reaches the school, spam folder checked; no product "
             "named. Private school domain and no UAI: no region."))

# --- h087 -----------------------------------------------------------------
mail(87, frm=("Gaëlle Letellier", "gaelle.letellier@ac-normandie.fr"), when="2026-05-12 17:02",
     client="samsung", subject="Re: [#SUP-007251] Votre devis", ticket="SUP-007251",
     body="""Bien reçu merci beaucoup

Envoyé depuis mon appareil Galaxy

-------- Message d'origine --------
De : Assistance <support@assistance.example.fr>
Date : 12/05/2026 15:40 (GMT+01:00)
À : Gaëlle Letellier <gaelle.letellier@ac-normandie.fr>
Objet : [#SUP-007251] Votre devis

Bonjour,

Vous trouverez ci-joint le devis demandé pour le renouvellement de vos abonnements.

Cordialement,
L'équipe d'assistance
""",
     label=L("other", False, None, "normandie", None, False, "fr",
             "'Bien reçu merci' from a Samsung phone (base64) quoting the quote sent by the desk: nothing to do. "
             "Region from ac-normandie.fr."))

# --- h088 -----------------------------------------------------------------
mail(88, frm=("Service informatique Join-Lambert", "informatique@joinlambert-rouen.fr"), when="2026-04-30 11:20",
     client="thunderbird", subject="Réinitialisation réplication EcoleDirecte après restauration",
     body="""Bonjour,

Suite à un crash disque pendant les vacances, nous avons restauré la base
Charlemagne à partir de la sauvegarde du 10 avril. Depuis, la
synchronisation avec EcoleDirecte est en erreur : "Numéro de séquence
incohérent, réinitialisation de la réplication nécessaire".

Pouvez-vous procéder à la réinitialisation de votre côté, ou nous dire
comment la faire ?

Capture d'écran jointe.

Cordialement,
Hugo Lemaire
Service informatique - Institution Join-Lambert, Rouen
UAI 0762844D
""",
     attach=[("erreur_synchro.png", "image/png", FAKE_PNG)],
     label=L("transfer_incident", False, "0762844D", "normandie", "ecoledirecte", False, "fr",
             "Replication to re-initialise after restoring the Charlemagne base; screenshot attached."))

# --- h089 -----------------------------------------------------------------
mail(89, frm=("Karine Hébert", "karine.hebert@ac-normandie.fr"), when="2026-05-06 12:31",
     client="iphone", subject="Fwd: espace acheteur",
     body="""Bonjour, ma collègue m'a dit de vous transférer son message, je n'arrive toujours pas à me connecter à l'espace acheteur, j'ai perdu le mot de passe. Merci

Karine Hébert
Intendance lycée Pierre et Marie Curie Saint-Lô

Envoyé de mon iPhone

Début du message réexpédié :

De: Karine Hébert <karine.hebert@ac-normandie.fr>
Date: 5 mai 2026 à 11:04:52 UTC+2
À: Nadège Lepetit <nadege.lepetit@ac-normandie.fr>
Objet: espace acheteur

Nadège, tu te souviens du mot de passe de l'espace acheteur ? celui que tu m'avais donné ne marche plus depuis les vacances et ça me dit "identifiant ou mot de passe incorrect". Numéro du lycée 0501576S si besoin
Karine

De: Nadège Lepetit <nadege.lepetit@ac-normandie.fr>
Date: 5 mai 2026 à 11:30:10 UTC+2
À: Karine Hébert <karine.hebert@ac-normandie.fr>
Objet: Re: espace acheteur

Non désolée, il faut écrire à l'assistance, support@assistance.example.fr""",
     label=L("password_reset", True, "0501576S", "normandie", "espace_acheteur", False, "fr",
             "iPhone forward with the earlier exchange pasted without quote marks; the UAI is only in the pasted "
             "part. Lost Espace Acheteur password."))

# --- h090 -----------------------------------------------------------------
mail(90, frm=("James Porter", "j.porter@ac-lyon.fr"), when="2026-04-09 09:00",
     client="zimbra", subject="Out of office: [#SUP-007155] Your e-sidoc access",
     ticket="SUP-007155",
     extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
     body="""Thank you for your email. I am away for the Easter holidays and will be back on Monday 20 April. I will have limited access to my emails.

James Porter
Lycée international de Lyon
""",
     label=L("automated", False, None, "auvergne-rhone-alpes", None, False, "en",
             "English Zimbra vacation reply (Auto-Submitted: auto-replied). Region from ac-lyon.fr."))

# --- h091 -----------------------------------------------------------------
mail(91, frm=("Ecole primaire Les Tilleuls", "ce.0010877Y@ac-lyon.fr"), when="2026-04-21 07:49",
     client="iphone", subject="Portail BCD - changement d'adresse",
     body="""Bonjour,
Je suis le directeur de l'école primaire Les Tilleuls à Ambérieu-en-Bugey. Merci de remplacer l'adresse de contact de l'administrateur de notre portail e-sidoc (c'était celle de Mme Perret, partie en retraite le 3 avril) par l'adresse de l'école d'où je vous écris.
Bien cordialement
Serge Mathieu, directeur

Envoyé de mon iPhone""",
     label=L("head_of_establishment_request", False, "0010877Y", "auvergne-rhone-alpes", "esidoc", False, "fr",
             "A primary-school head, from the school's ce.<UAI> address on his phone, asks to replace the e-sidoc "
             "admin contact address."))

# --- h092 -----------------------------------------------------------------
mail(92, frm=("Jocelyne Quesnel", "jocelyne.quesnel@ac-normandie.fr"), when="2026-05-04 10:40",
     client="outlook", charset="iso-8859-1", subject="Vos messages bloqués",
     body="""Bonjour,

La Région a installé pendant les vacances un logiciel anti-spam, "Mail in Black", sur les adresses des lycées. Depuis, je dois aller dans une page spéciale pour récupérer les messages, et ceux de l'espace acheteur y sont tous. Je ne suis pas sûre de ce qu'il faut faire pour qu'ils arrivent directement, je ne voudrais pas faire de bêtise, je pars à la retraite en juin et je n'ai pas envie de tout casser avant !

Pouvez-vous m'expliquer simplement ?

Merci
Jocelyne Quesnel
Lycée Maupassant - Fécamp
0761982S
""",
     label=L("mailinblack_spam", True, "0761982S", "normandie", "espace_acheteur", False, "fr",
             "MailInBlack ('Mail in Black') named, Espace Acheteur mails held in its quarantine page; ISO-8859-1 "
             "quoted-printable Outlook body."))

# --- h093 -----------------------------------------------------------------
mail(93, frm=("Régis Thomas", "regis.thomas71@gmail.com"), when="2026-04-24 20:12",
     client="gmail", subject="Mot de passe oublié portail",
     body="""Bonsoir,

Je suis le nouveau documentaliste (contractuel) du lycée Henri Parriat à Montceau-les-Mines. J'ai besoin de me connecter au back-office du portail e-sidoc pour publier le programme du club lecture, mais je n'ai pas le mot de passe.

Le numéro du lycée est 0711763G.

Je vous écris de mon adresse personnelle car je n'ai pas encore reçu mes identifiants académiques.

Merci d'avance,
Régis Thomas""",
     label=L("password_reset", True, None, None, "esidoc", True, "fr",
             "UAI written 0711763G: wrong check letter (the digits give 0711763F), so it is not a UAI (probable "
             "typo) and the label is null; personal Gmail sender, so no region either. Otherwise a plain lost "
             "e-sidoc password: the reset answer (official address, else head's request) fits."))

# --- h094 -----------------------------------------------------------------
mail(94, frm=("Amy Richardson", "amy.richardson@ac-dijon.fr"), when="2026-05-06 13:25",
     client="zimbra", subject="English books in the school library?",
     body="""Hello,

I'm the English language assistant at Collège Bachelard in Chalon for this year. The librarian is about to retire and suggested I write to you: is there a way to add a list of English graded readers to the library catalogue, or to suggest titles for you to buy for us?

Also, do you have any reading-club resources in English?

Cheers,
Amy""",
     label=L("other", False, None, "bourgogne-franche-comte", "esidoc", False, "en",
             "English; a language assistant asks about adding English books to the library catalogue and "
             "reading resources: no category fits. Region from ac-dijon.fr."))

# --- h095 -----------------------------------------------------------------
mail(95, frm=("Noémie Delorme", "noemie.delorme@ac-dijon.fr"), when="2026-04-23 18:20",
     client="iphone", subject="compte en attente",
     body="""Bonjour, j'ai rempli le formulaire d'inscription de l'espace acheteur hier, j'arrive pas à me connecter, c'est écrit "compte en attente de validation". Combien de temps ça prend ? Je suis nouvelle au secrétariat d'intendance du lycée Fourier à Auxerre (0891120J)

Envoyé de mon iPhone""",
     label=L("account_creation", True, "0891120J", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
             "Sign-up form filled yesterday, account waiting for validation by the structure administrator: "
             "the FAQ answer fits."))

# --- h096 -----------------------------------------------------------------
mail(96, frm=("Laurence Dumas", "laurence.dumas@ac-lyon.fr"), when="2026-05-11 09:14",
     client="thunderbird", subject="Re: [#SUP-007230] Convention de groupement introuvable",
     ticket="SUP-007230",
     body="""Bonjour,

Merci pour votre réponse, mais le document n'est toujours pas visible :
j'ai bien le rôle "gestionnaire" comme vous le disiez, je me suis
déconnectée et reconnectée, j'ai vidé le cache. Dans "Mes marchés",
la convention de groupement de commandes 2026 n'apparaît toujours pas.

Laurence Dumas
Collège Paul Éluard - Vénissieux - 0690542P

Le 30/04/2026 à 11:02, Assistance a écrit :
> Bonjour,
>
> Les documents des marchés sont visibles par les utilisateurs ayant le
> rôle « gestionnaire » dans la structure. Vérifiez ce rôle auprès de
> votre administrateur, puis reconnectez-vous.
>
> Cordialement,
> L'équipe d'assistance
""",
     label=L("contract_documents", False, "0690542P", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
             "Follow-up on a contract-documents ticket: the convention is still missing after the advice given."))

# --- h097 -----------------------------------------------------------------
mail(97, frm=("postmaster", "postmaster@ac-normandie.fr"), when="2026-04-28 10:05",
     client="plain", subject="Remis : [#SUP-007236] Demande de devis",
     return_path="", auth="bounce", hops=False,
     extra=[("Auto-Submitted", "auto-replied")],
     content=('multipart/report; report-type=delivery-status;\n boundary="=_dsn_6c1f0e2b8a"',
              """--=_dsn_6c1f0e2b8a
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message a =C3=A9t=C3=A9 remis aux destinataires suivants :

yves.lecanu@ac-normandie.fr

Objet : [#SUP-007236] Demande de devis

--=_dsn_6c1f0e2b8a
Content-Type: message/delivery-status

Reporting-MTA: dns;smtp2.ac-normandie.fr
Arrival-Date: Tue, 28 Apr 2026 10:04:58 +0200

Final-Recipient: rfc822;yves.lecanu@ac-normandie.fr
Action: delivered
Status: 2.0.0

--=_dsn_6c1f0e2b8a
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: yves.lecanu@ac-normandie.fr
Subject: [#SUP-007236] Demande de devis
Date: Tue, 28 Apr 2026 10:04:55 +0200
Message-ID: <SUP-007236.1777363495.2d90aa@assistance.example.fr>

--=_dsn_6c1f0e2b8a--
"""),
     label=L("automated", False, None, "normandie", None, False, "fr",
             "Delivery receipt ('Remis :', Action: delivered), multipart/report, null Return-Path. Region from "
             "the ac-normandie.fr sender."))

# --- h098 -----------------------------------------------------------------
mail(98, frm=("Françoise Cuenin", "francoise.cuenin@ac-besancon.fr"), when="2026-05-11 10:05",
     client="outlook", subject="Universalis pas actif",
     body="""Bonjour,

La commande de l'abonnement Universalis a été validée le mardi 5 mai (je l'ai sous les yeux). Nous sommes lundi 11 et la ressource n'est toujours pas accessible depuis notre portail : les élèves ont le message « ressource non disponible pour votre établissement ».

Je sais qu'il y a eu deux jours fériés mais cela fait quand même presque une semaine.

Merci de regarder,
Françoise Cuenin
Documentaliste - Lycée Xavier Marmier, Pontarlier (0251666A)
""",
     label=L("subscription_activation", False, "0251666A", "bourgogne-franche-comte", "esidoc", False, "fr",
             "Ordered on Tuesday 5 May, still unavailable on Monday 11 May: past the 72-hour rule even with the "
             "8 May holiday, so a person checks the order."))

# --- h099 -----------------------------------------------------------------
mail(99, frm=("Olivier Sarrazin", "o.sarrazin@institution-chartreux.fr"), when="2026-04-28 08:33",
     client="owa", subject="Absences qui ne remontent plus sur EcoleDirecte",
     body="""Bonjour,

Je précise d'emblée que ce n'est pas un problème d'identifiants des familles : les parents se connectent très bien à EcoleDirecte, ils voient les notes.

En revanche, les absences saisies par la vie scolaire dans Charlemagne depuis le 20 avril n'y figurent plus. Le journal du transfert indique « Transfert partiel : module Absences en erreur ». Rien n'a changé chez nous à part la mise à jour Windows de la semaine dernière.

Cordialement,
Olivier Sarrazin
CPE – Institution des Chartreux, Lyon
UAI 0691487S""",
     label=L("transfer_incident", False, "0691487S", "auvergne-rhone-alpes", "ecoledirecte", True, "fr",
             "Negation: not a parents' login problem; the absence module of the transfer to EcoleDirecte fails."))

# --- h100 -----------------------------------------------------------------
mail(100, frm=("Claudine Rey", "claudine.rey@ac-grenoble.fr"), when="2026-04-26 18:55",
     client="zimbra", subject="pour samedi",
     body="""Coucou Sylvie,

C'est d'accord pour samedi, on arrivera vers midi avec Jacques. J'apporte le gratin et une tarte aux pralines. Tu me diras s'il faut autre chose.

Bises et à samedi !
Claudine
""",
     label=L("other", False, None, "auvergne-rhone-alpes", None, False, "fr",
             "Personal message sent to the desk by address autocomplete. Region from ac-grenoble.fr."))

# --- h101 -----------------------------------------------------------------
mail(101, frm=("Martine Soulier", "martine.soulier@ac-clermont.fr"), when="2026-04-27 14:03",
     client="outlook", subject="RE: [#SUP-007209] Mail de réinitialisation non reçu", ticket="SUP-007209",
     body="""Bonjour,

J'ai fait tout ce que vous m'avez dit : regarder dans les indésirables, ajouter l'adresse no-reply dans mes contacts, redemander le mail deux fois. Cela fait maintenant 4 jours et toujours rien.

Pouvez-vous transmettre à quelqu'un qui pourra regarder de plus près ? Merci.

Martine Soulier
Collège La Planèze – Saint-Flour
0150612J

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 23 avril 2026 11:20
À : Martine Soulier <martine.soulier@ac-clermont.fr>
Objet : [#SUP-007209] Mail de réinitialisation non reçu

Bonjour,

Le mail de réinitialisation de l'Espace Acheteur est envoyé par une adresse « no-reply ». Vérifiez le dossier des courriers indésirables, marquez le message comme légitime et autorisez l'expéditeur. Sans nouvelles sous 48 heures, nous reviendrons vers vous.

Cordialement,
L'équipe d'assistance
""",
     label=L("missing_noreply_mail", False, "0150612J", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
             "Reply (Outlook '-----Message d'origine-----') after the junk-folder answer: still nothing after four "
             "days, asks for a person. The template was already sent: human follow-up, route to the region."))

# --- h102 -----------------------------------------------------------------
mail(102, frm=("Valérie Buttin", "valerie.buttin@ac-grenoble.fr"), when="2026-04-22 07:41",
     client="android_outlook", subject="Mot de passe expiré e-sidoc",
     body="""Bonjour
Le portail e-sidoc me dit que mon mot de passe administrateur a expiré et qu'il faut le changer, mais il me demande l'ancien et je ne m'en souviens plus (ça fait 6 mois, j'étais en congé maladie). Pouvez vous m'envoyer un lien ?
Collège Jean Jacques Rousseau Thonon, 0741433F
Valérie Buttin

Envoyé depuis Outlook pour Android""",
     label=L("password_reset", True, "0741433F", "auvergne-rhone-alpes", "esidoc", False, "fr",
             "Outlook for Android (base64): expired e-sidoc password and the old one forgotten."))

# --- h103 -----------------------------------------------------------------
mail(103, frm=("Mail Delivery Subsystem", "MAILER-DAEMON@relay.assistance.example.fr"), when="2026-05-05 18:30",
     client="plain", subject="Delayed Mail (still being retried)",
     return_path="", auth="bounce", hops=False,
     extra=[("Auto-Submitted", "auto-generated")],
     content=('multipart/report; report-type=delivery-status;\n boundary="DLY.1778001000.relay"',
              """This is a MIME-encapsulated message

--DLY.1778001000.relay
Content-Type: text/plain; charset=us-ascii

**********************************************
**      THIS IS A WARNING MESSAGE ONLY      **
**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
**********************************************

The original message was received at Tue, 5 May 2026 14:29:51 +0200
from localhost [127.0.0.1]

   ----- Transcript of session follows -----
<gestion@college-les-eaux-vives.fr>... Deferred: Connection timed out
    with mx.college-les-eaux-vives.fr.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old

--DLY.1778001000.relay
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.assistance.example.fr
Arrival-Date: Tue, 5 May 2026 14:29:51 +0200

Final-Recipient: RFC822; gestion@college-les-eaux-vives.fr
Action: delayed
Status: 4.4.1
Remote-MTA: DNS; mx.college-les-eaux-vives.fr
Last-Attempt-Date: Tue, 5 May 2026 18:30:02 +0200
Will-Retry-Until: Sun, 10 May 2026 14:29:51 +0200

--DLY.1778001000.relay--
"""),
     label=L("automated", False, None, None, None, False, "en",
             "Delay warning from our own relay (Action: delayed): not a failure, still automatic."))

# --- h104 -----------------------------------------------------------------
mail(104, frm=("Arnaud Pelissier", "dsi-valence@ac-grenoble.fr"), when="2026-04-29 16:48",
     client="thunderbird", subject="MIB : domaine ou adresse ?",
     body="""Bonjour,

Technicien informatique pour plusieurs collèges du Valentinois, dont le
collège Jean Macé (0260733F). Les gestionnaires se plaignent que vos
mails restent en quarantaine dans MIB (MailInBlack) depuis qu'on l'a
généralisé.

Question simple : vaut-il mieux que j'autorise votre domaine entier ou
seulement l'adresse no-reply ? Et y a-t-il d'autres adresses d'envoi
(factures, notifications) à prévoir ?

Merci,
A. Pelissier
""",
     label=L("mailinblack_spam", True, "0260733F", "auvergne-rhone-alpes", None, False, "fr",
             "IT technician asks whether to allow the whole domain or the no-reply address in MailInBlack "
             "(abbreviated 'MIB' first). No product named, so no platform."))

# --- h105 -----------------------------------------------------------------
mail(105, frm=("Proviseur Lycée Louis Pasteur", "ce.0250473D@ac-besancon.fr"), when="2026-05-07 11:34",
     client="zimbra", subject="Nouvelle administratrice e-sidoc",
     body="""Madame, Monsieur,

Mme Rachel Vuillemin, professeure documentaliste titulaire, rejoint notre établissement et reprend le CDI à compter du 11 mai. Je vous demande de lui confier l'administration de notre portail e-sidoc (UAI 0250473B) et de modifier l'adresse de contact en conséquence : rachel.vuillemin@ac-besancon.fr.

L'ancienne contractuelle, Mme Jobard, n'a plus à y avoir accès.

Cordialement,

Marc Tissot
Proviseur
Lycée Louis Pasteur – Besançon
""",
     label=L("head_of_establishment_request", False, "0250473D", "bourgogne-franche-comte", "esidoc", True, "fr",
             "The body gives 0250473B (wrong check letter; the digits give 0250473D), but the sender address "
             "ce.0250473D@ac-besancon.fr carries the valid UAI, which is the label. The proviseur asks to change "
             "the e-sidoc administrator and contact address."))

# --- h106 -----------------------------------------------------------------
mail(106, frm=("Sylvie Jacquot", "sylvie.jacquot@ac-besancon.fr"), when="2026-04-30 15:21",
     client="outlook", subject="mail d'activation + facture",
     body="""Bonjour,

1) Ma nouvelle collègue de l'intendance s'est inscrite sur l'Espace Acheteur lundi, mais elle n'a jamais reçu le mail d'activation (nous avons regardé dans les indésirables ensemble).

2) Pendant que je vous écris : pourriez-vous nous renvoyer un duplicata de la facture de février (fournitures scolaires) ? L'original a été perdu lors du déménagement du bureau pendant les vacances.

Merci beaucoup,
Sylvie Jacquot
Lycée Charles Nodier – Dole
0390214W
""",
     label=L("missing_noreply_mail", False, "0390214W", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
             "Two topics: the activation mail never came (first, main) and a duplicate invoice (order_billing). "
             "The junk-folder template would answer only half."))

# --- h107 -----------------------------------------------------------------
mail(107, frm=("Hubert Chanteloube", "hubert.chanteloube@ac-clermont.fr"), when="2026-05-13 09:50",
     client="thunderbird", subject="facture en double",
     body="""Bonjour,

Nous avons reçu deux fois la même facture sur Chorus Pro, sous deux
numéros différents (F2026-02211 et F2026-02240), pour la même commande
de manuels du 14 avril, même montant : 2 318,40 EUR.

Merci d'annuler l'une des deux, nous ne paierons évidemment qu'une fois.

H. Chanteloube, secrétaire général
Lycée Sidoine Apollinaire - Clermont-Ferrand
RNE 0632064B
""",
     label=L("order_billing", False, "0632064B", "auvergne-rhone-alpes", None, False, "fr",
             "Same invoice posted twice on Chorus Pro under two numbers; asks to cancel one. Textbook order: "
             "platform not stated."))

# --- h108 -----------------------------------------------------------------
mail(108, frm=("Marie-Thérèse Ozenne", "marie-therese.ozenne@ac-normandie.fr"), when="2026-05-04 09:12",
     client="outlook", subject="RE: [#SUP-007244] Votre demande d'accès", ticket="SUP-007244",
     body="""Bonjour,

Mme Ozenne a fait valoir ses droits à la retraite le 30 avril 2026. Cette adresse n'est plus consultée.

Pour toute question concernant le CDI du collège Michel de Montaigne, merci d'écrire à ce.0142866P@ac-normandie.fr.

Cordialement.
""",
     label=L("automated", False, "0142866P", "normandie", None, True, "fr",
             "Out-of-office set by a client-side rule after a retirement: no Auto-Submitted, no Precedence; only the "
             "wording shows it is automatic. The UAI is found in the school's ce. address given in the body (the "
             "establishment the ticket is about)."))

# --- h109 -----------------------------------------------------------------
mail(109, frm=("Aline Osmont", "aline.osmont@ac-normandie.fr"), when="2026-05-12 14:44",
     client="zimbra", subject="droits de validation",
     body="""Bonjour,

Mon compte Espace Acheteur fonctionne (je peux me connecter, voir les catalogues, faire un panier) mais le bouton « Valider la commande » n'apparaît pas. D'après ma cheffe, il faut que j'aie le droit « valideur ».

Pouvez-vous ouvrir ce droit sur mon compte ? Je suis la nouvelle adjointe gestionnaire depuis le 4 mai.

Aline Osmont
Collège Jacques Monod – Caen
0142219L
""",
     label=L("account_creation", False, "0142219L", "normandie", "espace_acheteur", False, "fr",
             "Account works; asks for the order-validation right to be opened: rights are a person's decision "
             "(structure administrator)."))

# --- h110 -----------------------------------------------------------------
mail(110, frm=("Kader Benali", "kader.benali@ac-lyon.fr"), when="2026-04-29 12:26",
     client="webmail", subject="mdp portail",
     body="""bjr

je suis contractuel au CDI depuis lundi, j'ai pas le mdp du portail
esidoc et la personne d'avant est partie. l'identifiant c'est le numéro
du lycée : 069 1925 T

merci
K. Benali, lycée Edouard Herriot Lyon
""",
     label=L("password_reset", True, "0691925T", "auvergne-rhone-alpes", "esidoc", False, "fr",
             "SMS style, 'mdp'; contract staff without the e-sidoc password. UAI written with spaces "
             "('069 1925 T'); the label is the compact upper-case code."))

# --- h111 -----------------------------------------------------------------
mail(111, frm=("Josette Pradier", "josette.pradier@ac-clermont.fr"), when="2026-04-27 11:03",
     client="samsung", subject="Mailinblack",
     body="""Bonjour
Depuis que le collège a Mailinblack je dois valider vos messages un par un dans leur page, à chaque fois c'est la même chose, pour chaque mail de l'espace acheteur. Y a t'il un moyen pour que vous soyez "autorisés" une fois pour toute ? Je n'y connais rien.
Merci
J. Pradier, gestionnaire collège Lafayette Brioude 0431277E

Envoyé depuis mon appareil Galaxy""",
     label=L("mailinblack_spam", True, "0431277E", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
             "Samsung mail (base64): every Espace Acheteur mail must be released by hand in MailInBlack; asks how "
             "to allow the sender once and for all."))

# --- h112 -----------------------------------------------------------------
mail(112, frm=("Damien Perrier", "damien.perrier@ac-lyon.fr"), when="2026-05-06 17:44",
     client="iphone", subject="Re: inscription",
     thread=True,
     body="""Toujours pas reçu le mail de confirmation pour l'espace acheteur, ni dans les spams. Je me suis inscrit vendredi.
D. Perrier, collège Roger Poulnard, Bourg (0011456C)

Envoyé de mon iPhone""",
     label=L("missing_noreply_mail", True, "0011456C", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
             "Short phone message (reply to his own earlier mail, not to a desk ticket): the sign-up confirmation "
             "never came, spam checked."))

# --- h113 -----------------------------------------------------------------
mail(113, frm=("Bernard Cheval", "bernard.cheval@ac-besancon.fr"), when="2026-05-07 10:20",
     client="thunderbird", subject="ne plus recevoir la lettre d'information",
     body="""Bonjour,

Je pars à la retraite à la fin du mois. Merci de ne plus m'envoyer votre
lettre d'information mensuelle, et de me retirer de vos listes de
diffusion. Je n'ai pas trouvé le lien de désinscription.

Bernard Cheval
""",
     label=L("other", False, None, "bourgogne-franche-comte", None, False, "fr",
             "A person asks by hand to be removed from the newsletter: other (human), not automated. Region from "
             "ac-besancon.fr."))

# --- h114 -----------------------------------------------------------------
mail(114, frm=("Lycée Jean Guéhenno - Proviseure", "ce.0611672L@ac-normandie.fr"), when="2026-05-12 16:02",
     client="thunderbird", subject="Autorisation de validation de commande",
     attach=[("Bon_engagement_2026-088_signe.pdf", "application/pdf", FAKE_PDF)],
     body="""Madame, Monsieur,

J'autorise M. Baptiste Lorin, contractuel à l'intendance jusqu'au 31
août, à valider en mon nom la commande de matériel de sciences n°
EA-2026-05102 sur l'Espace Acheteur. Vous trouverez ci-joint le bon
d'engagement signé.

Cordialement,

Agnès Delaunay
Proviseure
Lycée Jean Guéhenno - Flers
""",
     label=L("head_of_establishment_request", False, "0611672L", "normandie", "espace_acheteur", False, "fr",
             "The proviseure, from the ce.<UAI> address, authorises a contract agent to validate an order and "
             "attaches the signed bon d'engagement."))

# --- h115 -----------------------------------------------------------------
mail(115, frm=("Maxime Collomb", "maxime.collomb@stmichel-annecy.fr"), when="2026-04-21 07:58",
     client="iphone", subject="code du jour",
     body="""Bonjour, il me faut le mot de passe de maintenance d'aujourd'hui pour Charlemagne svp, le transfert EcoleDirecte est bloqué depuis ce matin et je dois relancer la base. Merci
M. Collomb - St Michel Annecy

Envoyé de mon iPhone""",
     label=L("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
             "Asks for 'le mot de passe de maintenance' of the day, transfer blocked: transfer_incident, not "
             "password_reset. Private domain, no UAI: no region."))

# --- h116 -----------------------------------------------------------------
mail(116, frm=("Portail d'assistance", "notifications@portail-assistance.example.fr"), when="2026-04-24 15:31",
     client="plain", hops=False, subject="[Ticket #48812] Mise à jour : Licences Charlemagne à régénérer",
     extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
            ("X-Auto-Response-Suppress", "All")],
     body="""Bonjour,

Le ticket #48812 « Licences Charlemagne à régénérer » a été mis à jour
par l'équipe Produit.

Nouveau statut : Résolu

Commentaire : Les licences des 4 établissements listés ont été
régénérées. Merci de demander aux établissements de relancer l'outil.

Voir le ticket : https://portail-assistance.example.fr/tickets/48812

--
Cet e-mail est envoyé automatiquement. Merci de répondre depuis le
portail.
""",
     label=L("automated", False, None, None, "ticket_portal", False, "fr",
             "Ticket-portal notification (Auto-Submitted: auto-generated) about a ticket the desk opened with the "
             "product team; mentions licences but asks nothing."))

# --- h117 -----------------------------------------------------------------
mail(117, frm=("Nathalie Brière", "nathalie.briere@ac-normandie.fr"), when="2026-05-05 11:18",
     client="outlook", subject="Lien envoyé à une ancienne collègue",
     body="""Bonjour,

J'ai demandé un nouveau mot de passe pour l'administration du portail e-sidoc du lycée. Le site m'a répondu que le lien avait été envoyé à « m***.l*****@ac-rouen.fr », c'est-à-dire à l'adresse de Mme Lebas, l'ancienne documentaliste, partie à la retraite il y a deux ans (et son adresse n'existe sans doute plus).

Comment faire pour que le lien arrive chez moi, ou au moins au lycée ?

Nathalie Brière
Professeure documentaliste, lycée André Maurois – Elbeuf
UAI 0761457W
""",
     label=L("password_reset", True, "0761457W", "normandie", "esidoc", False, "fr",
             "The reset mail goes to a retired librarian's address on file; the reset path (link to the official "
             "address, else head's written request) answers it."))

# --- h118 -----------------------------------------------------------------
mail(118, frm=("Agathe Vernier", "agathe.vernier@ac-besancon.fr"), when="2026-04-22 10:07",
     client="zimbra", subject="Mail de nouveau mot de passe",
     body="""Bonjour,

Ce n'est pas mon mot de passe que j'ai perdu, enfin si, mais le vrai problème c'est que le mail pour en choisir un nouveau n'arrive jamais. J'ai cliqué sur « mot de passe oublié » sur le portail e-sidoc quatre fois depuis hier, le site me dit à chaque fois qu'un mail est parti. Rien dans la boîte, rien dans les spams.

Agathe Vernier
CDI collège Proudhon, Besançon - 0251870X
""",
     label=L("missing_noreply_mail", True, "0251870X", "bourgogne-franche-comte", "esidoc", True, "fr",
             "Starts like a lost password, but the reset tool works and its mail never arrives (junk folder "
             "checked): missing_noreply_mail per the taxonomy."))

# --- h119 -----------------------------------------------------------------
mail(119, frm=("Roland Guillemin", "roland.guillemin@ac-dijon.fr"), when="2026-05-13 14:31",
     client="outlook", subject="convention introuvable",
     body="""Bonjour,

Le Département nous demande la copie de la convention d'adhésion à la centrale d'achat que nous avons signée en janvier. Je ne la retrouve pas dans l'Espace Acheteur : l'onglet où se trouvaient les conventions l'an dernier n'existe plus, et dans « Mes marchés » il n'y a que les marchés eux-mêmes.

Où puis-je la télécharger ?

Roland Guillemin
Gestionnaire, collège Les Lentillères – Dijon
0212442R
""",
     label=L("contract_documents", False, "0212442R", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
             "Cannot find the signed membership convention among the Espace Acheteur documents."))

# --- h120 -----------------------------------------------------------------
mail(120, frm=("Paul Whitaker", "paul.whitaker@ac-lyon.fr"), when="2026-04-24 12:12",
     client="owa", subject="How do I register on the Espace Acheteur?",
     body="""Good morning,

I have just started as a fixed-term assistant in the bursar's office of Lycée Saint-Exupéry (Lyon, UAI 0693702Z). My manager asked me to create an account on the Espace Acheteur so I can follow our orders.

Could you tell me how to register? Is there a form, and does someone at the school need to approve it?

Many thanks,
Paul Whitaker""",
     label=L("account_creation", True, "0693702Z", "auvergne-rhone-alpes", "espace_acheteur", False, "en",
             "English; new contract staff asks how to create an Espace Acheteur account and who approves it: the "
             "sign-up answer (form, then validation by the structure administrator) fits."))

# --- h121 -----------------------------------------------------------------
mail(121, frm=("Stéphanie Gosselin", "stephanie.gosselin@ac-normandie.fr"), when="2026-05-11 16:16",
     client="outlook", subject="attestation de présence webinaire",
     body="""Bonjour,

J'ai suivi le 15 avril votre webinaire « Prise en main de l'Espace Acheteur » (pendant mes vacances, d'ailleurs !). Mon chef d'établissement me demande une attestation de présence pour mon dossier de formation.

Pouvez-vous m'en envoyer une ?

Merci d'avance,
Stéphanie Gosselin
Lycée Marcel Sembat – Sotteville-lès-Rouen
""",
     label=L("other", False, None, "normandie", "espace_acheteur", False, "fr",
             "Asks for a certificate of attendance for a webinar: no category fits. Region from ac-normandie.fr."))

# --- h122 -----------------------------------------------------------------
mail(122, frm=("Michel Lepeltier", "michel.lepeltier@ac-normandie.fr"), when="2026-05-05 09:37",
     client="thunderbird", charset="windows-1252", subject="Mail In Black - vos messages en quarantaine",
     body="""Bonjour,

Notre collège utilise désormais « Mail In Black » (installé par la
collectivité pendant les vacances de printemps). Vos courriels de
l'Espace Acheteur arrivent dans la quarantaine et le logiciel me
demande si je « connais l’expéditeur ». Je suppose que oui ?

Avez-vous une notice pour que vos messages ne soient plus bloqués ?

Michel Lepeltier – Collège Hastings, Caen – 0141738N
""",
     label=L("mailinblack_spam", True, "0141738N", "normandie", "espace_acheteur", False, "fr",
             "MailInBlack named ('Mail In Black'), Espace Acheteur mails in quarantine; windows-1252 8-bit body "
             "(curly apostrophe, en dash)."))

# --- h123 -----------------------------------------------------------------
mail(123, frm=("Capucine Morel", "capucine.morel@ac-besancon.fr"), when="2026-05-07 12:05",
     client="iphone", subject="Ressource pas encore là",
     body="""Bonjour,
On a commandé hier Cafeyn pour le CDI (commande validée par l'intendance vers 10h). Je ne le vois pas encore dans le portail. Est-ce qu'il faut attendre un peu ?
Merci !
Capucine Morel, doc au lycée Courbet Belfort, 0901102J

Envoyé de mon iPhone""",
     label=L("subscription_activation", True, "0901102J", "bourgogne-franche-comte", "esidoc", False, "fr",
             "Ordered yesterday, not yet visible: inside the 72-hour window."))

# --- h124 -----------------------------------------------------------------
mail(124, frm=("Julie Carpentier", "julie.carpentier@ac-lyon.fr"), when="2026-04-28 20:45",
     client="thunderbird", subject="mot de passe du portail de mon nouveau lycée",
     body="""Bonjour,

J'ai obtenu ma mutation en cours d'année : j'ai quitté le collège Louis
Aragon de Givors (0690911R) pendant les vacances de printemps et je suis
depuis le 27 avril professeure documentaliste au lycée Guillaume le
Conquérant de Lillebonne, UAI 0763018T. Mon adresse académique de Lyon
fonctionne encore, celle de Normandie pas encore.

Je n'ai aucun mot de passe pour le portail e-sidoc du lycée, la
collègue d'avant est partie sans rien laisser. Pourriez-vous m'aider à
récupérer l'accès ?

Julie Carpentier
""",
     label=L("password_reset", True, "0763018T", "normandie", "esidoc", True, "fr",
             "Two UAIs: the old collège 0690911R (Rhône) and the new lycée 0763018T (Seine-Maritime), which the "
             "request is about. The UAI's region (normandie) wins over the ac-lyon.fr sender domain."))

# --- h125 -----------------------------------------------------------------
mail(125, frm=("Éditions Jeunesse Plus", "newsletter@editions-jeunesse-plus.fr"), when="2026-04-30 07:30",
     client="plain", hops=False, subject="Nouveautés de printemps : -20 % pour les CDI jusqu'au 31 mai",
     return_path="bounce-8821-support=assistance.example.fr@news.editions-jeunesse-plus.fr",
     extra=[("List-Id", "Lettre CDI <cdi.editions-jeunesse-plus.fr>"),
            ("List-Unsubscribe", "<https://news.editions-jeunesse-plus.fr/u/8821>, <mailto:unsub-8821@news.editions-jeunesse-plus.fr>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")],
     body="""Bonjour,

Le printemps arrive au CDI ! Découvrez nos 40 nouveautés romans et
documentaires pour les 11-15 ans, et profitez de -20 % sur toute la
collection « Premiers romans » jusqu'au 31 mai.

> Voir le catalogue : https://www.editions-jeunesse-plus.fr/printemps

Vous recevez ce message car vous êtes inscrit(e) à la lettre CDI.
Se désinscrire : https://news.editions-jeunesse-plus.fr/u/8821
""",
     label=L("automated", False, None, None, None, False, "fr",
             "Publisher's marketing newsletter: List-Id, List-Unsubscribe (one-click), Precedence: bulk."))

# --- h126 -----------------------------------------------------------------
mail(126, frm=("Céline Bouvier", "celine.bouvier38@gmail.com"), when="2026-04-22 21:07",
     client="gmail", subject="Fwd: inscription espace acheteur",
     body="""Bonjour,
ma cheffe m'a conseillé de vous faire suivre ceci. Toujours rien reçu à ce jour.
Céline Bouvier

---------- Forwarded message ---------
De : Céline Bouvier <celine.bouvier38@gmail.com>
Date: lun. 20 avr. 2026 à 14:12
Subject: inscription espace acheteur
To: Patricia Favier <patricia.favier@ac-grenoble.fr>

Bonjour Patricia,
je me suis inscrite sur l'espace acheteur comme tu me l'as dit, pour le collège (0384055B), avec mon adresse gmail car je n'ai pas encore l'adresse académique. Le site dit qu'un mail d'activation est parti mais je ne le trouve pas, même dans les spams.
Céline""",
     label=L("missing_noreply_mail", True, "0384055B", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
             "Gmail forward of her own message to her manager (no quote marks): the activation mail never came, "
             "spam folder checked. The UAI is only in the forwarded part."))

# --- h127 -----------------------------------------------------------------
mail(127, frm=("Principale collège Bibracte", "ce.0581221M@ac-dijon.fr"), when="2026-05-06 11:45",
     client="zimbra", subject="Réinitialisation mot de passe administrateur Espace Acheteur",
     body="""Bonjour,

En tant que principale du collège, je vous demande de réinitialiser le mot de passe du compte administrateur de notre structure sur l'Espace Acheteur : il n'est connu que de notre ancienne gestionnaire, mutée pendant les vacances.

Merci d'envoyer le lien de réinitialisation à l'adresse officielle du collège, depuis laquelle je vous écris.

Cordialement,
Hélène Rigaud
Principale
Collège Bibracte – Château-Chinon
""",
     label=L("head_of_establishment_request", False, "0581221M", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
             "The principal herself, from the ce.<UAI> address, asks in writing for the administrator password "
             "reset: a head-of-establishment request, not password_reset."))

# --- h128 -----------------------------------------------------------------
mail(128, frm=("Bernadette Pillot", "bernadette.pillot@ac-dijon.fr"), when="2026-04-21 11:22",
     client="outlook", charset="iso-8859-1", subject="Devis pour bon de commande",
     body="""Bonjour,

Pour pouvoir établir le bon de commande et l'engagement sur le budget 2026, notre agent comptable me demande un devis officiel pour :
- le renouvellement du portail documentaire (1 an),
- l'abonnement Europresse (1 an, 1 poste).

Le devis doit être au nom du collège, avec votre numéro SIRET et la mention des conditions de paiement (mandat administratif à 30 jours).

C'est ma dernière commande avant la retraite, je voudrais qu'elle parte propre !

Merci,
Bernadette Pillot
Gestionnaire, collège Jean Vilar - Chalon-sur-Saône
0711389Z
""",
     label=L("order_billing", False, "0711389Z", "bourgogne-franche-comte", "esidoc", False, "fr",
             "Asks for a formal quote (devis) for the portal renewal and Europresse, needed for the purchase "
             "order and the commitment. ISO-8859-1 quoted-printable Outlook body."))

# --- h129 -----------------------------------------------------------------
mail(129, frm=("Thierry Gaudin", "t.gaudin@mobilier-scolaire-rhone.fr"), when="2026-04-15 10:40",
     client="outlook", subject="Référencement de notre société sur votre plateforme d'achat",
     body="""Madame, Monsieur,

Fabricant de mobilier scolaire installé à Vienne (Isère), nous souhaiterions être référencés sur votre Espace Acheteur afin de proposer nos produits aux collèges et lycées de la région.

Pouvez-vous m'indiquer la procédure à suivre, ou le contact en charge des appels d'offres ?

Bien cordialement,

Thierry Gaudin
Directeur commercial
Mobilier Scolaire Rhône – 38200 Vienne
""",
     label=L("other", False, None, None, "espace_acheteur", False, "fr",
             "A supplier asks to be listed on the purchasing platform: not a buyer's request, no category fits."))

# --- h130 -----------------------------------------------------------------
mail(130, frm=("Secrétariat Saint-Bénigne", "secretariat@stbenigne-dijon.fr"), when="2026-04-20 08:05",
     client="outlook", subject="Licence expirée !",
     body="""Bonjour,

Ce matin, jour de la rentrée, Charlemagne affiche au démarrage « Votre licence a expiré. Contactez votre revendeur. » On ne peut plus rien faire, ni saisie ni transfert EcoleDirecte.

Pouvez-vous nous régénérer la licence au plus vite ?

Merci
Le secrétariat
Collège Saint-Bénigne – Dijon
RNE 0212703Z
""",
     label=L("transfer_incident", False, "0212703Z", "bourgogne-franche-comte", "ecoledirecte", False, "fr",
             "'Licence expirée' at start-up on the first day back: licence to regenerate, transfers stopped."))

# --- h131 -----------------------------------------------------------------
mail(131, frm=("Marguerite Audigier", "marguerite.audigier@ac-clermont.fr"), when="2026-04-20 19:30",
     client="ipad", subject="Portail cdi",
     body="""Bonsoir
Je n'arrive plus à entrer dans l'administration du portail du CDI, j'ai dû me tromper de mot de passe trop de fois, et je ne sais plus lequel c'était. C'est l'identifiant 0633014J (lycée Lafayette, Clermont).
Je voudrais l'avoir pour demain si c'est possible, on reçoit une classe.
M. Audigier

Envoyé de mon iPad""",
     label=L("password_reset", True, "0633014J", "auvergne-rhone-alpes", "esidoc", False, "fr",
             "From an iPad: locked out of the CDI portal's administration after wrong attempts, password forgotten."))

# --- h132 -----------------------------------------------------------------
mail(132, frm=("Emmanuel Jouin", "emmanuel.jouin@ac-normandie.fr"), when="2026-05-13 10:26",
     client="outlook", subject="compte pour une AED ?",
     body="""Bonjour,

Une AED nous aide à l'intendance quelques heures par semaine pour réceptionner les livraisons. Peut-elle avoir un compte sur l'Espace Acheteur pour consulter les commandes en cours, mais sans pouvoir commander ni valider quoi que ce soit ? Si oui, comment le paramétrer ?

Emmanuel Jouin
Adjoint gestionnaire – Lycée Le Verrier, Saint-Lô
0502301E
""",
     label=L("account_creation", False, "0502301E", "normandie", "espace_acheteur", False, "fr",
             "Asks whether an AED can get a read-only Espace Acheteur account and how to set its rights: a person "
             "answers."))

# --- h133 -----------------------------------------------------------------
mail(133, frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lyceeprive-sacrecoeur-dijon.fr"),
     when="2026-05-05 14:12", client="plain", utc_date=True,
     subject="Non remis : [#SUP-007247] Votre compte Espace Acheteur",
     return_path="", auth="bounce", hops=False,
     extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
     content=('multipart/report; report-type=delivery-status;\n boundary="_NDR_fr_20260505_b7a1"',
              """--_NDR_fr_20260505_b7a1
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Impossible de remettre votre message =C3=A0 c.roblot@lyceeprive-sacrecoeur-=
dijon.fr.

c.roblot est introuvable dans lyceeprive-sacrecoeur-dijon.fr.

Action requise
Adresse du destinataire inconnue

Comment r=C3=A9soudre le probl=C3=A8me
L'adresse est peut-=C3=AAtre mal orthographi=C3=A9e ou n'existe pas. Si le =
destinataire a quitt=C3=A9 l'organisation, contactez-le par un autre moyen.

Informations de diagnostic pour les administrateurs :
Serveur de g=C3=A9n=C3=A9ration : PR3P264MB1024.FRAP264.PROD.OUTLOOK.COM
c.roblot@lyceeprive-sacrecoeur-dijon.fr
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP add=
ress lookup

--_NDR_fr_20260505_b7a1
Content-Type: message/delivery-status

Reporting-MTA: dns;PR3P264MB1024.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Tue, 5 May 2026 12:11:57 +0000

Final-Recipient: rfc822;c.roblot@lyceeprive-sacrecoeur-dijon.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound

--_NDR_fr_20260505_b7a1
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: c.roblot@lyceeprive-sacrecoeur-dijon.fr
Subject: [#SUP-007247] Votre compte Espace Acheteur
Date: Tue, 5 May 2026 14:11:55 +0200
Message-ID: <SUP-007247.1777983115.e81c40@assistance.example.fr>

--_NDR_fr_20260505_b7a1--
"""),
     label=L("automated", False, None, None, None, False, "fr",
             "Exchange Online non-delivery report in French ('Non remis :'): the contract employee's mailbox was "
             "closed. multipart/report, null Return-Path; private-school domain, no region."))

# --- h134 -----------------------------------------------------------------
mail(134, frm=("Direction - Lycée Hilaire de Chardonnet", "ce.0712104B@ac-dijon.fr"), when="2026-04-22 14:55",
     client="outlook", subject="Messages retenus par MailInBlack",
     body="""Bonjour,

Je suis le proviseur du lycée. Notre gestionnaire m'informe que vos messages (confirmations de commande de l'Espace Acheteur) sont retenus depuis la rentrée par MailInBlack, que la Région vient de déployer.

Pouvez-vous nous adresser la marche à suivre pour les autoriser, que je transmettrai à notre référent informatique ?

Cordialement,
Laurent Bissey
Proviseur
Lycée Hilaire de Chardonnet – Chalon-sur-Saône
""",
     label=L("mailinblack_spam", True, "0712104B", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
             "Written by the proviseur from the ce.<UAI> address, but he asks for the MailInBlack allow-list "
             "procedure, nothing that needs his authority: mailinblack_spam, not a head-of-establishment request."))

# --- h135 -----------------------------------------------------------------
mail(135, frm=("Intendance Collège Victor Hugo", "ce.0272097H@ac-normandie.fr"), when="2026-05-11 11:40",
     client="zimbra", subject="confirmations de commande",
     body="""Bonjour,

Depuis le 27 avril, nous ne recevons plus les mails de confirmation de commande ni les avis d'expédition de l'Espace Acheteur sur cette adresse (avant, ils arrivaient). Les commandes sont bien passées, nous les voyons dans l'historique.

Nous avons vérifié le dossier Spam.

Merci,
L'intendance
Collège Victor Hugo – Gisors
""",
     label=L("missing_noreply_mail", True, "0272097H", "normandie", "espace_acheteur", False, "fr",
             "Order confirmations and shipping notices from the no-reply address no longer arrive; spam folder "
             "checked, no product named. UAI only in the ce.<UAI> sender."))

# --- h136 -----------------------------------------------------------------
mail(136, frm=("Secretariat Lycee Porte Oceane", "ce.0760871J@ac-normandie.fr"), when="2026-05-12 11:10",
     client="outlook", subject="activation abonnement",
     body="""Bonjour,

Pourriez-vous activer l'abonnement Universalis du lycée ? La commande a été validée ce matin par le gestionnaire, et la documentaliste aimerait l'utiliser avec une classe jeudi.

Merci,
Le secrétariat
Lycée de la Porte Océane – Le Havre
""",
     label=L("subscription_activation", True, "0760871J", "normandie", "esidoc", False, "fr",
             "Asks to activate a subscription ordered this morning: inside the 72-hour window. UAI only in the "
             "ce.<UAI> sender address."))

# --- h137 -----------------------------------------------------------------
mail(137, frm=("Yvette Charpentier", "yvette.charpentier@free.fr"), when="2026-05-09 10:15",
     client="webmail", subject="suppression de mes données",
     body="""Bonjour,

J'ai été documentaliste au collège de Vire jusqu'en 2024 et je suis
maintenant à la retraite. Je reçois encore des messages à mon nom et
j'ai vu que mon nom apparaît toujours comme contact sur votre site.

Conformément au RGPD, je vous demande de supprimer toutes les données
personnelles me concernant.

Yvette Charpentier
""",
     label=L("other", False, None, None, None, False, "fr",
             "GDPR erasure request from a retired librarian: other (human review), not account_creation."))

# --- h138 -----------------------------------------------------------------
mail(138, frm=("Didier Bonnard", "didier.bonnard@ac-grenoble.fr"), when="2026-05-04 16:58",
     client="thunderbird", subject="identifiant espace acheteur",
     body="""Bonjour,

Au lycée nous utilisons tous la même adresse (gestion.lycee@...) pour
l'Espace Acheteur, et je ne sais pas avec quel identifiant le compte
avait été créé à l'époque. Le mot de passe non plus : l'ancienne
secrétaire générale est partie en retraite à Pâques.

Comment retrouver l'identifiant et le mot de passe ?

D. Bonnard
Lycée Ferdinand Buisson - Voiron (0381872D)
""",
     label=L("password_reset", True, "0381872D", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
             "Espace Acheteur: shared e-mail address, identifier and password both unknown after a retirement "
             "(FAQ case for the reset path)."))

# --- h139 -----------------------------------------------------------------
mail(139, frm=("Collège Jean Racine", "ce.0610813C@ac-normandie.fr"), when="2026-04-14 10:02",
     client="zimbra", subject="Réponse automatique : [#SUP-007170] Votre demande de devis",
     ticket="SUP-007170",
     extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
     body="""Bonjour,

Le collège est fermé pendant les vacances de printemps, du samedi 11 au dimanche 26 avril 2026. Le secrétariat rouvrira le lundi 27 avril à 8 h.

Votre message sera traité à notre retour.

Le secrétariat
Collège Jean Racine – Alençon
""",
     label=L("automated", False, "0610813C", "normandie", None, False, "fr",
             "Holiday auto-reply of a school office (zone B dates) from its ce.<UAI> address, Auto-Submitted "
             "present. The UAI comes from the address."))

# --- h140 -----------------------------------------------------------------
mail(140, frm=("Gilbert Mougin", "gilbert.mougin@ac-besancon.fr"), when="2026-04-24 09:47",
     client="outlook", subject="Accès Espace Acheteur - départ d'un agent",
     body="""Madame, Monsieur,

Je suis le principal du collège Pierre Vernotte de Moirans-en-Montagne (UAI : 039 1133 V).

M. Nicolas Grillet, AED qui avait été désigné administrateur de notre structure sur l'Espace Acheteur pendant la vacance du poste de gestionnaire, a quitté l'établissement le 3 avril. Je vous demande de lui retirer ces droits et de les attribuer à Mme Laure Ferreux, notre nouvelle gestionnaire.

Je vous écris de ma messagerie académique nominative, la boîte de l'établissement étant en cours de réorganisation.

Cordialement,
Gilbert Mougin
Principal
""",
     label=L("head_of_establishment_request", False, "0391133V", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
             "The principal changes the structure administrator (removes a departed AED, names the new gestionnaire) "
             "from his personal académie address. UAI written with spaces ('039 1133 V')."))

# --- h141 -----------------------------------------------------------------
mail(141, frm=("Laetitia Rivoire", "laetitia.rivoire@ac-lyon.fr"), when="2026-04-27 17:22",
     client="samsung", subject="Activation compte client",
     body="""Bonjour, j'ai créé le compte client du collège pour commander des livres sur la boutique e-sidoc, on me dit qu'un mail d'activation a été envoyé mais je n'ai rien reçu depuis ce matin. J'ai regardé les spams. Collège Jules Vallès La Ricamarie 0422016N. Merci

Envoyé depuis mon appareil Galaxy""",
     label=L("missing_noreply_mail", True, "0422016N", "auvergne-rhone-alpes", "esidoc", False, "fr",
             "Samsung mail (base64): the customer-account activation mail never came, spam folder checked."))

# --- h142 -----------------------------------------------------------------
mail(142, frm=("Roselyne Vidal", "roselyne.vidal@ac-clermont.fr"), when="2026-05-06 09:02",
     client="outlook", subject="Commande passée 2 fois - à annuler",
     body="""Bonjour,

Par erreur, j'ai validé deux fois la même commande de fournitures hier soir (la page ne répondait plus, j'ai recliqué) : commandes n° EA-2026-04982 et EA-2026-04983, identiques.

Merci d'annuler la seconde avant expédition. Je ne veux pas recevoir deux factures.

Roselyne Vidal
Gestionnaire – Collège Jean Mermoz, Aurillac
0151033S
""",
     label=L("order_billing", False, "0151033S", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
             "Same order validated twice; asks to cancel the duplicate before shipping."))

# --- h143 -----------------------------------------------------------------
mail(143, frm=("Rémi Leblond", "remi.leblond@ac-normandie.fr"), when="2026-05-07 14:48",
     client="thunderbird", subject="je ne suis pas un robot...",
     body="""Bonjour,

Le collège est équipé de Mailinblack depuis peu. Hier, j'ai trouvé
votre mail d'activation de l'Espace Acheteur dans la "quarantaine", j'ai
cliqué sur "Débloquer" puis sur "Je ne suis pas un robot" comme indiqué,
mais le lien d'activation dans le mail débloqué était déjà expiré.

J'ai redemandé un mail d'activation ce matin : de nouveau bloqué par
Mailinblack. C'est sans fin. Comment faire pour que vos messages
passent directement ?

Rémi Leblond
Collège Louise Michel - Évreux
0271904Y
""",
     label=L("mailinblack_spam", True, "0271904Y", "normandie", "espace_acheteur", False, "fr",
             "MailInBlack quarantine holds each activation mail; asks how to let the messages through: allow-list "
             "guide."))

# --- h144 -----------------------------------------------------------------
mail(144, frm=("Gérard Bailly", "gerard.bailly@ac-besancon.fr"), when="2026-05-12 10:03",
     client="webmail", subject="le papier du marché modifié",
     body="""Bonjour,

On m'a dit au téléphone qu'il y avait eu un "papier" qui modifiait le
marché du chauffage (un avenant je pense) et que je le trouverais sur
votre site, mais je ne vois que l'ancien document de 2024. Pouvez-vous
me dire où il est ou me l'envoyer ? Je suis un peu perdu dans tous ces
menus.

G. Bailly
Lycée Lumière, Luxeuil-les-Bains
0701455B
""",
     label=L("contract_documents", False, "0701455B", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
             "Vague wording ('un papier qui modifiait le marché'): an amendment is missing from the market's "
             "documents. Purchasing market: Espace Acheteur."))

# --- h145 -----------------------------------------------------------------
mail(145, frm=("Sabrina Tournier", "sabrina.tournier@ac-grenoble.fr"), when="2026-05-04 13:30",
     client="owa", subject="compte en attente depuis 15 jours",
     body="""Bonjour,

Je me suis inscrite sur l'Espace Acheteur le 17 avril et mon compte est toujours « en attente de validation ». D'après le collège, l'administratrice de la structure est Mme Bertin, qui a pris sa retraite fin mars ; personne d'autre n'a ce rôle.

Il faut pourtant que je passe les commandes de fin d'année. Qui peut valider mon compte ?

Sabrina Tournier
Gestionnaire contractuelle
Collège Le Revard – Grésy-sur-Aix
0731650X""",
     label=L("account_creation", False, "0731650X", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
             "Account waiting for validation for over two weeks; the administrator retired: the region must "
             "step in, not the FAQ answer."))

# --- h146 -----------------------------------------------------------------
mail(146, frm=("corinne.vasseur", "corinne.vasseur@ac-normandie.fr"), when="2026-05-05 07:52",
     client="iphone", subject="mdp oublie",
     body="""bonjour jai oublie le mdp de l espace acheteur apres les vacances. college 0271562b
merci
c vasseur

Envoyé de mon iPhone""",
     label=L("password_reset", True, "0271562B", "normandie", "espace_acheteur", False, "fr",
             "No accents, SMS style; forgotten Espace Acheteur password; UAI written in lower case ('0271562b')."))

# --- h147 -----------------------------------------------------------------
mail(147, frm=("Service Comptabilité", "compta@factur-relance-pro.com"), when="2026-04-29 05:40",
     client="plain", auth="fail", subject="Facture impayée n°FA-2026-7781 - dernier rappel avant contentieux",
     body="""Bonjour,

Sauf erreur de notre part, la facture n°FA-2026-7781 d'un montant de
3 480,00 EUR TTC reste impayée à ce jour.

Merci de procéder au règlement sous 48 heures via le lien sécurisé
ci-dessous afin d'éviter des frais de recouvrement :
https://factur-relance-pro.com/paiement/FA-2026-7781

Le détail figure dans la pièce jointe.

Service Comptabilité
""",
     attach=[("Facture_FA-2026-7781.pdf", "application/pdf", FAKE_PDF)],
     label=L("other", False, None, None, None, True, "fr",
             "Fake 'unpaid invoice' with a payment link and a PDF, from an unknown sender failing SPF/DMARC: "
             "phishing, not order_billing."))

# --- h148 -----------------------------------------------------------------
mail(148, frm=("Odile Bertrand", "odile.bertrand@ac-dijon.fr"), when="2026-04-29 15:14",
     client="webmail", html_only=True, subject="plus aucune notification",
     html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family: Arial, sans-serif; font-size: 13px">
<p>Bonjour,</p>
<p>Depuis le changement de messagerie de l'académie pendant les vacances, je ne reçois <b>plus aucune</b>
notification de l'Espace Acheteur : ni les validations de commande, ni les alertes sur les nouvelles offres
auxquelles je suis abonnée.</p>
<p>J'ai regardé dans le dossier «&nbsp;Indésirables&nbsp;» et dans la corbeille.</p>
<p>Pouvez-vous vérifier que l'envoi se fait bien vers mon adresse ?</p>
<p>Merci,<br>
Odile Bertrand<br>
Lycée Joseph Fourier – Auxerre<br>
UAI 0891637W</p>
</body></html>
""",
     body="(html only)",
     label=L("missing_noreply_mail", True, "0891637W", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
             "HTML-only webmail message: no notification at all since the académie's mail system changed; junk "
             "folder checked, no product named."))

# --- h149 -----------------------------------------------------------------
mail(149, frm=("Jérôme Piquerez", "jerome.piquerez@ac-besancon.fr"), when="2026-05-13 16:37",
     client="zimbra", subject="Chorus : quel code service ?",
     body="""Bonjour,

Vous me demandez le « code service » pour déposer votre facture sur Chorus Pro (commande de matériel de reprographie d'avril). Nous n'en utilisons pas : il suffit du SIRET de l'établissement. Pouvez-vous déposer la facture sans code service, ou faut-il que je demande à l'agent comptable d'en créer un ?

Merci de votre retour,
J. Piquerez
Adjoint gestionnaire – Lycée Pierre-Adrien Pâris, Besançon
0252205L
""",
     label=L("order_billing", False, "0252205L", "bourgogne-franche-comte", None, False, "fr",
             "Invoice submission on Chorus Pro and the service code: billing question. Platform not stated."))

# --- h150 -----------------------------------------------------------------
mail(150, frm=("Proviseur - Lycée Jean Zay", "ce.0632381W@ac-clermont.fr"), when="2026-05-13 11:58",
     client="outlook", subject="Nouvelle documentaliste - accès portail + Europresse",
     body="""Madame, Monsieur,

Mme Lina Besse, professeure documentaliste contractuelle, a pris ses fonctions au lycée le 4 mai en remplacement de Mme Faucher, partie à la retraite.

Je vous demande de bien vouloir lui transférer l'administration de notre portail e-sidoc : remplacement de l'adresse de contact par lina.besse@ac-clermont.fr et envoi d'un nouveau mot de passe à cette adresse.

Par ailleurs, l'abonnement Europresse commandé lundi sera-t-il bientôt disponible ? Mme Besse souhaite le présenter aux classes de seconde la semaine prochaine.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

François Chambon
Proviseur
Lycée Jean Zay – Thiers
""",
     label=L("head_of_establishment_request", False, "0632381W", "auvergne-rhone-alpes", "esidoc", True, "fr",
             "Two topics: the proviseur, from the ce.<UAI> address, asks to hand the e-sidoc administration to a "
             "new contract librarian (main), and asks when Europresse, ordered Monday, will be available "
             "(subscription_activation)."))


# ==========================================================================
# Writing and self-checks
# ==========================================================================

LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform",
              "hard", "lang", "notes"]
# what a UAI may look like in a mail: 7 digits (optionally grouped 3+4) and a
# letter, optionally separated by one space; never glued to other letters/digits
UAI_TOKEN = re.compile(r"(?<![0-9A-Za-z])(\d{3})[ ]?(\d{4})[ ]?([A-Za-z])(?![0-9A-Za-z])")


def write_all():
    MAILS.sort(key=lambda m: m[0])
    for old in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", old):
            os.remove(os.path.join(HERE, old))
    lines = []
    for n, raw, lab in MAILS:
        fname = f"h{n:03d}.eml"
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)
        row = {"file": fname}
        row.update(lab)
        lines.append(json.dumps({k: row[k] for k in LABEL_KEYS}, ensure_ascii=False))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


def visible_text(msg):
    """Subject, addresses and every decoded text part (HTML tags stripped)."""
    chunks = [str(msg.get("Subject", "")), str(msg.get("From", "")),
              str(msg.get("To", "")), str(msg.get("Cc", ""))]
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.is_multipart() or not ctype.startswith("text/"):
            continue
        text = part.get_content()
        if ctype == "text/html":
            text = htmllib.unescape(re.sub(r"<[^>]+>", " ", text))
        chunks.append(text)
    return "\n".join(chunks)


def spec_slugs():
    """Cross-check against the shared spec when this checkout has it."""
    base = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "spec"))
    for cand in (base, "/work/shared/spec"):
        tax = os.path.join(cand, "taxonomy.md")
        reg = os.path.join(cand, "regions.md")
        if os.path.exists(tax) and os.path.exists(reg):
            with open(tax, encoding="utf-8") as fh:
                t = fh.read()
            with open(reg, encoding="utf-8") as fh:
                r = fh.read()
            cats = set(re.findall(r"^\| `([a-z_]+)` \|", t, re.M))
            regs = set(re.findall(r"^\| `([a-z-]+)` \|", r, re.M))
            return cats, regs
    return None


def check_output():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert files == [f"h{i:03d}.eml" for i in range(1, 151)], files
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    assert len(labels) == 150
    assert [lab["file"] for lab in labels] == files

    spec = spec_slugs()
    if spec is not None:
        assert spec[0] == set(CATEGORIES), spec[0] ^ set(CATEGORIES)
        assert spec[1] == set(REGIONS), spec[1] ^ set(REGIONS)

    seen_ids = set()
    for lab in labels:
        f = lab["file"]
        # -- label format and taxonomy
        assert list(lab) == LABEL_KEYS, (f, list(lab))
        assert lab["category"] in CATEGORIES, f
        assert isinstance(lab["auto_reply_ok"], bool), f
        assert isinstance(lab["hard"], bool), f
        assert lab["lang"] in ("fr", "en"), f
        assert lab["platform"] is None or lab["platform"] in PLATFORMS, f
        assert lab["region"] is None or lab["region"] in REGIONS, f
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 20, f
        if lab["category"] in NEVER_AUTO:
            assert lab["auto_reply_ok"] is False, f

        # -- the message parses cleanly with the standard library
        with open(os.path.join(HERE, f), "rb") as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
        for hname in ("From", "Date", "Message-ID", "Subject"):
            assert msg[hname] is not None, (f, hname)
        assert msg["Message-ID"] not in seen_ids, f
        seen_ids.add(msg["Message-ID"])
        date = msg["Date"].datetime
        assert dt.datetime(2026, 4, 1, tzinfo=TZ) <= date <= dt.datetime(2026, 5, 16, tzinfo=TZ), (f, date)
        for line in raw.split(b"\n"):
            assert len(line) <= 998, f
        text = visible_text(msg)
        assert text.strip(), f
        sender = msg["From"].addresses[0].addr_spec.lower()

        # -- UAI check letters: every UAI-looking token must be right, unless
        #    the label's notes name it as a deliberately wrong code
        codes = set()
        for m in UAI_TOKEN.finditer(text):
            code = (m.group(1) + m.group(2) + m.group(3)).upper()
            if m.group(0).count(" ") and not (m.group(3).isupper()):
                continue  # "1234567 a écrit" style false positives (none expected)
            if uai_ok(code):
                codes.add(code)
            else:
                assert code in lab["notes"] and "wrong check letter" in lab["notes"], (f, code)
                correct = code[:7] + uai_letter(code[:7])
                assert correct in lab["notes"], (f, "notes must give the right letter", correct)
        if lab["uai"] is not None:
            assert uai_ok(lab["uai"]) and lab["uai"] == lab["uai"].upper(), f
            assert lab["uai"] in codes, (f, "labelled UAI not found in the mail", codes)
            assert lab["region"] == uai_region(lab["uai"]), (f, "region vs UAI département")
        else:
            # no UAI label: region comes from the sender's académie domain, else null
            assert lab["region"] == domain_region(sender), (f, "region vs sender domain")
            assert not codes or lab["category"] == "automated", (f, "valid UAI present but not labelled", codes)
        m = re.fullmatch(r"ce\.(\d{7}[a-z])@(ac-[a-z-]+\.fr)", sender)
        if m and uai_ok(m.group(1)):
            assert lab["uai"] == m.group(1).upper(), (f, "ce.<UAI> sender not labelled")

        # -- automated mail carries the signs it claims (hard ones: wording only)
        if lab["category"] == "automated" and not lab["hard"]:
            signs = [msg.get("Auto-Submitted"), msg.get("Precedence"), msg.get("List-Id"),
                     msg.get_content_type() == "multipart/report" or None,
                     (msg.get("Return-Path") == "<>") or None]
            assert any(signs), (f, "automated without any header sign")
        if lab["category"] != "automated":
            assert msg.get("Auto-Submitted") is None and msg.get("List-Id") is None, f

    # -- corpus shape: every category present, about 10% English
    cats = {c: sum(1 for lab in labels if lab["category"] == c) for c in CATEGORIES}
    assert all(cats.values()), cats
    n_en = sum(1 for lab in labels if lab["lang"] == "en")
    assert 10 <= n_en <= 20, n_en
    regions = {lab["region"] for lab in labels if lab["region"]}
    assert regions <= {"auvergne-rhone-alpes", "bourgogne-franche-comte", "normandie"}, regions
    return cats, n_en


def main():
    write_all()
    cats, n_en = check_output()
    print("holdout53: 150 mails written and checked")
    for c in CATEGORIES:
        print(f"  {c:32s} {cats[c]:3d}")
    print(f"  English: {n_en}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the holdout58 blind test corpus (h001.eml ... h150.eml + labels.jsonl).

Theme: October 2026, around the Toussaint break, in Centre-Val de Loire,
Pays de la Loire and Bourgogne-Franche-Comte.  About half of the mail comes
from the commercial side (publishers, booksellers, e-book and press
aggregators, furniture and IT suppliers, a purchasing-card provider), the
other half from the schools (gestionnaires, documentalistes, heads) plus the
usual password, activation-mail and MailInBlack questions, and automated mail.

Every message text below was written by hand; this script only wraps the
texts into RFC 5322 messages (headers, MIME structure, transfer encodings)
and writes the labels.  Standard library only, deterministic: all random
choices (ids, boundaries, seconds, IP addresses) come from random.Random
instances with fixed seeds.  The script ends by checking its own output.

Run:  python3 make_holdout58.py
"""
import base64
import datetime as dt
import email
import email.policy
import html
import json
import quopri
import random
import re
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 58_2026_10
DESK = "support@assistance.example.fr"
DESK_NAME = "Assistance"

# ---------------------------------------------------------------- taxonomy --
CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
# categories whose default action may be an automatic answer (taxonomy.md)
AUTO_REPLY_CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "account_creation", "subscription_activation",
}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
LANGS = {"fr", "en"}
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform",
              "hard", "lang", "notes"]

UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def uai_letter(digits7):
    return UAI_LETTERS[int(digits7) % 23]


def is_valid_uai(code):
    return (len(code) == 8 and code[:7].isdigit()
            and code[7] == uai_letter(code[:7]))


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
DEPT_REGION = {}
for _region, _depts in REGION_DEPTS.items():
    for _d in _depts.split():
        DEPT_REGION[_d if len(_d) == 3 else "0" + _d] = _region
DOMAIN_REGION = {
    "ac-clermont.fr": "auvergne-rhone-alpes", "ac-grenoble.fr": "auvergne-rhone-alpes",
    "ac-lyon.fr": "auvergne-rhone-alpes", "ac-besancon.fr": "bourgogne-franche-comte",
    "ac-dijon.fr": "bourgogne-franche-comte", "ac-rennes.fr": "bretagne",
    "ac-orleans-tours.fr": "centre-val-de-loire", "ac-corse.fr": "corse",
    "ac-nancy-metz.fr": "grand-est", "ac-reims.fr": "grand-est",
    "ac-strasbourg.fr": "grand-est", "ac-amiens.fr": "hauts-de-france",
    "ac-lille.fr": "hauts-de-france", "ac-creteil.fr": "ile-de-france",
    "ac-paris.fr": "ile-de-france", "ac-versailles.fr": "ile-de-france",
    "ac-normandie.fr": "normandie", "ac-caen.fr": "normandie", "ac-rouen.fr": "normandie",
    "ac-bordeaux.fr": "nouvelle-aquitaine", "ac-limoges.fr": "nouvelle-aquitaine",
    "ac-poitiers.fr": "nouvelle-aquitaine", "ac-montpellier.fr": "occitanie",
    "ac-toulouse.fr": "occitanie", "ac-nantes.fr": "pays-de-la-loire",
    "ac-aix-marseille.fr": "provence-alpes-cote-d-azur",
    "ac-nice.fr": "provence-alpes-cote-d-azur", "ac-guadeloupe.fr": "guadeloupe",
    "ac-martinique.fr": "martinique", "ac-guyane.fr": "guyane",
    "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte",
}

# ------------------------------------------------------------------ dates --
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS_FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.",
                  "août", "sept.", "oct.", "nov.", "déc."]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_FR_ABBR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]


def paris(month, day, hour, minute, second=0, year=2026):
    """Europe/Paris wall-clock time with the 2026 DST change (25 October, 03:00)."""
    naive = dt.datetime(year, month, day, hour, minute, second)
    if dt.datetime(2026, 3, 29, 2) <= naive < dt.datetime(2026, 10, 25, 3):
        off = 2
    else:
        off = 1
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def T(day, hm, month=10, sec=0):
    """T(14, '09:32') -> aware datetime, October 2026 by default."""
    h, m = (int(x) for x in hm.split(":"))
    return paris(month, day, h, m, sec)


def outlook_fr(d):   # "lundi 5 octobre 2026 10:12"
    return f"{DAYS_FR[d.weekday()]} {d.day} {MONTHS_FR[d.month - 1]} {d.year} {d:%H:%M}"


def gmail_fr(d):     # "Le lun. 5 oct. 2026 à 10:12"
    return (f"Le {DAYS_FR_ABBR[d.weekday()]} {d.day} {MONTHS_FR_ABBR[d.month - 1]} "
            f"{d.year} à {d:%H:%M}")


def tb_fr(d):        # "Le 05/10/2026 à 10:12"
    return f"Le {d:%d/%m/%Y} à {d:%H:%M}"


def apple_fr(d):     # "Le 5 oct. 2026 à 10:12"
    return f"Le {d.day} {MONTHS_FR_ABBR[d.month - 1]} {d.year} à {d:%H:%M}"


def zimbra_fr(d):    # "Lundi 5 Octobre 2026 10:12:00"
    return (f"{DAYS_FR[d.weekday()].capitalize()} {d.day} "
            f"{MONTHS_FR[d.month - 1].capitalize()} {d.year} {d:%H:%M:%S}")


def outlook_en(d):   # "Monday, October 5, 2026 10:12 AM"
    return f"{d:%A}, {d:%B} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}"


def gmail_en(d):     # "On Mon, Oct 5, 2026 at 10:12 AM"
    return f"On {d:%a}, {d:%b} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')}"


def q(text, prefix="> "):
    """Quote a block the way mail clients do ("> " or ">" on empty lines)."""
    out = []
    for line in text.strip("\n").split("\n"):
        if not line:
            out.append(prefix.rstrip())
        elif line.startswith(">"):
            out.append(prefix.rstrip() + line)
        else:
            out.append(prefix + line)
    return "\n".join(out)


def dedent(text):
    """Strip the common indentation of a triple-quoted block (and the first newline)."""
    lines = text.split("\n")
    if lines and not lines[0].strip():
        lines = lines[1:]
    ind = min((len(l) - len(l.lstrip(" ")) for l in lines if l.strip()), default=0)
    return "\n".join(l[ind:] for l in lines).rstrip() + "\n"


# ------------------------------------------------------------- MIME build --
def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng):
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


def ip(rng):
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return f"{net}.{rng.randint(2, 250)}"


def enc_header(value, name):
    try:
        value.encode("ascii")
        charset = "us-ascii"
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, header_name=name, maxlinelen=76).encode()


def addr(name, address):
    if not name:
        return address
    return formataddr((name, address), charset="utf-8")


def encode_body(text, cte, charset="utf-8"):
    data = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    return data.decode(charset)   # 7bit / 8bit: returned as text, re-encoded at write


def esc(line):
    return html.escape(line, quote=False)


def html_from_text(text, style):
    """Wrap a hand-written text body into the HTML a given client would send."""
    lines = text.rstrip("\n").split("\n")
    if style == "outlook":
        paras = "\n".join(f'<p class="MsoNormal">{esc(l) if l.strip() else "&nbsp;"}</p>'
                          for l in lines)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}\n'
                '@page WordSection1 {size:612.0pt 792.0pt;}\n'
                'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="FR" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{paras}\n</div>\n</body>\n</html>\n')
    if style == "gmail":
        out, inq = [], False
        for l in lines:
            if l.startswith(">"):
                if not inq:
                    out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px '
                               '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                    inq = True
                out.append(esc(l.lstrip("> ")) + "<br>")
            else:
                if inq:
                    out.append("</blockquote>")
                    inq = False
                out.append(f"<div>{esc(l) if l.strip() else '<br>'}</div>")
        if inq:
            out.append("</blockquote>")
        return '<div dir="ltr">' + "\n".join(out) + "</div>\n"
    if style == "zimbra":
        bogus = '<br data-mce-bogus="1">'
        divs = "\n".join(f"<div>{esc(l) if l.strip() else bogus}</div>" for l in lines)
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; '
                f'font-size: 12pt; color: #000000">\n{divs}\n</div></body></html>\n')
    if style == "apple":
        divs = "\n".join(f"<div>{esc(l) if l.strip() else '<br>'}</div>" for l in lines)
        return ('<html><head><meta http-equiv="content-type" content="text/html; '
                'charset=utf-8"></head><body dir="auto">' + divs + "</body></html>\n")
    # generic
    paras, cur = [], []
    for l in lines + [""]:
        if l.strip():
            cur.append(esc(l))
        elif cur:
            paras.append("<p>" + "<br>\n".join(cur) + "</p>")
            cur = []
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">\n"
            + "\n".join(paras) + "\n</body></html>\n")


def pdf_stub(title):
    body = (f"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            f"2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
            f"3 0 obj <</Title ({title})>> endobj\ntrailer <</Root 1 0 R /Info 3 0 R>>\n%%EOF\n")
    return body.encode("latin-1", "replace")


CLIENTS = {
    "thunderbird": dict(text="8bit", alt=False, html_style="generic"),
    "outlook": dict(text="quoted-printable", alt=True, html_style="outlook"),
    "gmail": dict(text="quoted-printable", alt=True, html_style="gmail"),
    "apple": dict(text="quoted-printable", alt=False, html_style="apple"),
    "iphone": dict(text="quoted-printable", alt=False, html_style="apple"),
    "zimbra": dict(text="quoted-printable", alt=True, html_style="zimbra"),
    "android": dict(text="base64", alt=False, html_style="generic"),
    "webmail": dict(text="8bit", alt=False, html_style="generic"),
    "system": dict(text="8bit", alt=False, html_style="generic"),
}

MAILS = []


def L(category, auto, uai, region, platform, hard, lang, notes):
    return dict(category=category, auto_reply_ok=auto, uai=uai, region=region,
                platform=platform, hard=hard, lang=lang, notes=notes)


def add(label, *, frm, subject, date, body=None, to=None, cc=None, client="thunderbird",
        html_body=None, html_only=False, cte=None, charset="utf-8", headers=(),
        reply_to=None, in_reply_to=None, references=None, attach=(), auth=None,
        return_path=None, mta=None, ctype=None, raw=None, wrong_uais=(), msgid=None):
    """Record one hand-written mail.  `frm` is (display name, address)."""
    MAILS.append(dict(label=label, frm=frm, subject=subject, date=date, body=body,
                      to=to, cc=cc, client=client, html_body=html_body,
                      html_only=html_only, cte=cte, charset=charset,
                      headers=list(headers), reply_to=reply_to,
                      in_reply_to=in_reply_to, references=references,
                      attach=list(attach), auth=auth, return_path=return_path,
                      mta=mta, ctype=ctype, raw=raw, wrong_uais=list(wrong_uais),
                      msgid=msgid))


def make_msgid(client, domain, rng, d):
    if client == "outlook":
        host = rng.choice(["PR3P192MB0834", "AM0PR04MB6642", "PAXP192MB1422",
                           "DB9PR02MB7020", "PA4P190MB1118", "AS8P251MB0863"])
        return f"<{host}{alnum(rng, 24, 'ABCDEF0123456789')}@{host}.EURP192.PROD.OUTLOOK.COM>"
    if client == "gmail":
        return f"<CA{alnum(rng, 14)}+{alnum(rng, 28)}@mail.gmail.com>"
    if client == "zimbra":
        return (f"<{rng.randint(100000000, 999999999)}.{rng.randint(1000000, 9999999)}."
                f"{int(d.timestamp() * 1000)}.JavaMail.zimbra@{domain}>")
    if client in ("apple", "iphone"):
        return f"<{uuid4(rng).upper()}@{domain}>"
    if client == "android":
        return f"<{alnum(rng, 20)}-{alnum(rng, 6)}@{domain}>"
    if client == "system":
        return f"<{d:%Y%m%d%H%M%S}.{hexs(rng, 12)}@{domain}>"
    return f"<{uuid4(rng)}@{domain}>"


def client_headers(client, rng, subject, lang="fr", has_attach=False):
    if client == "thunderbird":
        cl = "fr" if lang == "fr" else "en-US"
        return [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", cl)] \
            if rng.random() < 0.5 else \
            [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) "
                            "Gecko/20100101\n Thunderbird/128.3.1"), ("Content-Language", cl)]
    if client == "outlook":
        ti = base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()
        return [("Thread-Topic", subject), ("Thread-Index", ti),
                ("Accept-Language", "fr-FR, en-US" if lang == "fr" else "en-GB, en-US"),
                ("Content-Language", "fr-FR" if lang == "fr" else "en-GB"),
                ("X-MS-Has-Attach", "yes" if has_attach else ""), ("X-MS-TNEF-Correlator", "")]
    if client == "zimbra":
        ti = alnum(rng, 24)
        return [("X-Mailer", "Zimbra 10.0.9_GA_4703 (ZimbraWebClient - FF131 "
                             "(Win)/10.0.9_GA_4703)"),
                ("Thread-Topic", subject), ("Thread-Index", ti)]
    if client == "apple":
        return [("X-Mailer", "Apple Mail (2.3826.200.121)")]
    if client == "iphone":
        return [("X-Mailer", "iPhone Mail (22A3354)")]
    if client == "android":
        return [("X-Mailer", "Outlook for Android")]
    if client == "webmail":
        return [("User-Agent", "Roundcube Webmail/1.6.9")]
    return []


def build(index, m):
    rng = random.Random(SEED * 1000 + index)
    name, address = m["frm"]
    domain = address.split("@")[1].lower()
    d = m["date"].replace(second=rng.randint(0, 59))
    client = m["client"]
    spec = CLIENTS[client]
    to = m["to"] or [(DESK_NAME, DESK)]
    rcpt = to[0][1]

    # --- trace and authentication headers added on the way in
    if m["mta"]:
        mta = m["mta"]
    elif client == "gmail" or domain == "gmail.com":
        mta = f"mail-{rng.choice(['wr1', 'wm1', 'ej1', 'lf1'])}-f{rng.randint(40, 99)}.google.com"
    elif client == "outlook" and not domain.startswith("ac-"):
        mta = (f"{rng.choice(['EUR05', 'EUR02', 'EUR03'])}-{rng.choice(['DB8', 'AM6', 'VI1'])}"
               f"-obe.outbound.protection.outlook.com")
    else:
        mta = f"{rng.choice(['smtp', 'mail', 'mx-out', 'smtp2'])}.{domain}"
    recv = d + dt.timedelta(seconds=rng.randint(1, 25))
    auth = m["auth"] or dict(dkim="pass", spf="pass", dmarc="pass")
    auth_lines = [f"dkim={auth['dkim']}" + (f" (2048-bit key) header.d={domain}"
                                            if auth["dkim"] == "pass" else "")]
    rp = m["return_path"] if m["return_path"] is not None else f"<{address}>"
    spf_from = rp.strip("<>").split("@")[-1] if "@" in rp else mta
    auth_lines.append(f"spf={auth['spf']} smtp.{'mailfrom' if '@' in rp else 'helo'}={spf_from}")
    auth_lines.append(f"dmarc={auth['dmarc']}" + (
        f" (p={auth.get('p', 'none')} dis={auth.get('dis', 'none')}) header.from={domain}"
        if auth["dmarc"] != "none" else ""))
    hdrs = [
        ("Return-Path", rp),
        ("Delivered-To", rcpt),
        ("Received", f"from {mta} ({mta} [{ip(rng)}])\n\tby mx1.assistance.example.fr "
                     f"(Postfix) with ESMTPS id {alnum(rng, 15)}\n\tfor <{rcpt}>; "
                     f"{format_datetime(recv)}"),
        ("Authentication-Results", "mx1.assistance.example.fr;\n\t" + ";\n\t".join(auth_lines)),
    ]
    if client not in ("system",):
        hdrs.append(("Received", f"from [{'192.168.%d.%d' % (rng.randint(0, 3), rng.randint(2, 250))}] "
                                 f"(unknown [{ip(rng)}])\n\tby {mta} with ESMTPSA id "
                                 f"{hexs(rng, 10).upper()}\n\tfor <{rcpt}>; {format_datetime(d)}"))
    msgid = m["msgid"] or make_msgid(client, domain, rng, d)
    hdrs += [("Message-ID", msgid), ("Date", format_datetime(d))]
    hdrs.append(("From", addr(name, address)))
    hdrs.append(("To", ", ".join(addr(n, a) for n, a in to)))
    if m["cc"]:
        hdrs.append(("Cc", ", ".join(addr(n, a) for n, a in m["cc"])))
    if m["reply_to"]:
        hdrs.append(("Reply-To", addr(*m["reply_to"])))
    hdrs.append(("Subject", enc_header(m["subject"], "Subject")))
    if m["in_reply_to"]:
        hdrs.append(("In-Reply-To", m["in_reply_to"]))
        hdrs.append(("References", m["references"] or m["in_reply_to"]))
    hdrs += [(k, enc_header(v, k) if k in ("Thread-Topic",) else v)
             for k, v in client_headers(client, rng, m["subject"], m["label"]["lang"],
                                        bool(m["attach"]))]
    hdrs += m["headers"]
    hdrs.append(("MIME-Version", "1.0"))

    # --- body
    if m["raw"] is not None:
        hdrs.append(("Content-Type", m["ctype"]))
        body_bytes = m["raw"].encode("utf-8")
    else:
        text = m["body"]
        charset = m["charset"]
        cte = m["cte"] or spec["text"]
        if cte == "8bit" and all(ord(c) < 128 for c in text):
            cte = "7bit"
        cs_label = charset.upper() if charset == "utf-8" else charset
        flowed = "; format=flowed" if client == "thunderbird" and cte in ("8bit", "7bit") else ""

        def text_part():
            return ([("Content-Type", f"text/plain; charset={cs_label}{flowed}"),
                     ("Content-Transfer-Encoding", cte)],
                    encode_body(text, cte, charset))

        def html_part():
            h = m["html_body"] or html_from_text(text, spec["html_style"])
            hcte = "quoted-printable" if cte != "base64" else "base64"
            return ([("Content-Type", f"text/html; charset={cs_label}"),
                     ("Content-Transfer-Encoding", hcte)], encode_body(h, hcte, charset))

        if m["html_only"]:
            main = html_part()
        elif spec["alt"] or m["html_body"]:
            b = ("000000000000" + hexs(rng, 16)) if client == "gmail" else \
                f"_000_{alnum(rng, 30, 'ABCDEF0123456789')}_" if client == "outlook" else \
                f"=_{hexs(rng, 32)}"
            parts = [text_part(), html_part()]
            main = ([("Content-Type", f'multipart/alternative; boundary="{b}"')],
                    multipart(b, parts))
        else:
            main = text_part()
        if m["attach"]:
            b = f"----=_Part_{rng.randint(10000, 99999)}_{rng.randint(100000000, 999999999)}." \
                f"{int(d.timestamp() * 1000)}"
            parts = [main]
            for fname, mime, data in m["attach"]:
                try:
                    fname.encode("ascii")
                    fn = f'name="{fname}"'
                    dispo = f'attachment; filename="{fname}"'
                except UnicodeEncodeError:
                    from urllib.parse import quote
                    fn = f"name*=utf-8''{quote(fname)}"
                    dispo = f"attachment; filename*=utf-8''{quote(fname)}"
                if isinstance(data, str):
                    data = data.encode("utf-8")
                parts.append(([("Content-Type", f"{mime}; {fn}"),
                               ("Content-Disposition", dispo),
                               ("Content-Transfer-Encoding", "base64")],
                              base64.encodebytes(data).decode("ascii")))
            main = ([("Content-Type", f'multipart/mixed; boundary="{b}"')], multipart(b, parts))
        hdrs += main[0]
        body_bytes = main[1].encode(charset if charset != "utf-8" else "utf-8")

    head = "".join(f"{k}: {v}\n" for k, v in hdrs)
    return head.encode("utf-8") + b"\n" + body_bytes


def multipart(boundary, parts):
    out = []
    if boundary.startswith("----=_Part"):
        out.append("This is a multi-part message in MIME format.\n")
    for h, b in parts:
        out.append(f"--{boundary}\n" + "".join(f"{k}: {v}\n" for k, v in h) + "\n" + b.rstrip("\n") + "\n")
    out.append(f"--{boundary}--\n")
    return "\n".join(out)


# ================================================================ the mail ==
# Establishments used below (UAI check letters computed by hand, verified at the end).
# Centre-Val de Loire (ac-orleans-tours.fr)
#   0371742T Lycée Descartes, Tours          0451186V Collège Jean Zay, Orléans
#   0450967G Lycée Pothier, Orléans          0371093M Collège Rabelais, Chinon
#   0281459J Lycée Marceau, Chartres         0180834J Collège Jacques Prévert, Vierzon
#   0360712D Lycée Jean Giraudoux, Châteauroux  0411065K Collège Augustin Thierry, Blois
#   0181172B Lycée Alain-Fournier, Bourges   0410649H Collège du Val de Cher, Saint-Aignan
#   0370594V LP Gustave Eiffel, Tours        0451703G Collège Montesquieu, Orléans
#   0280276Y Collège Louis Armand, Dreux     0361204N Lycée Rollinat, Argenton-sur-Creuse
#   0450311U École élémentaire Pasteur, Montargis   0180351J Collège George Sand, Bourges
# Pays de la Loire (ac-nantes.fr)
#   0442318F Lycée Clemenceau, Nantes        0490877M Collège Chevreul, Angers
#   0530956B Lycée Ambroise Paré, Laval      0721384N Collège Berthelot, Le Mans
#   0851276A Lycée Savary de Mauléon, Les Sables-d'Olonne
#   0440521C Collège Aristide Briand, Saint-Nazaire  0491732S Lycée Joachim du Bellay, Angers
#   0851019W Collège Pierre Loti, La Roche-sur-Yon   0440889C Lycée international Nelson Mandela (private), Nantes
#   0721670Z Collège Reverdy, Sablé-sur-Sarthe       0493021T Lycée Duplessis-Mornay, Saumur
# Bourgogne-Franche-Comté (ac-dijon.fr, ac-besancon.fr)
#   0211573W Lycée Carnot, Dijon             0251248W Collège Victor Hugo, Besançon
#   0390861Z Lycée Victor Bérard, Morez      0580623M Collège Les Loges, Nevers
#   0700914N Lycée Édouard Belin, Vesoul     0711390A Lycée Pontus de Tyard, Chalon-sur-Saône
#   0891127S Collège Bienvenu Martin, Auxerre  0900418R Lycée Condorcet, Belfort
#   0212086D Collège Les Lentillères, Dijon  0250716T Collège Malraux, Pontarlier
#   0891542T Collège Mallarmé, Sens          0711856G École primaire Saint-Exupéry, Mâcon
#   0210967M Lycée Clos Maire, Beaune

# ----------------------------------------------------------- signatures --
SIG_BOUSSOLE = """
--
Antoine Reverdy
Service Collectivités & Marchés publics
Librairie La Boussole
12, rue Colbert – 37000 Tours
Tél. 02 47 20 41 18 – collectivites@librairie-laboussole.example.fr

Librairie La Boussole – SAS au capital de 45 000 € – RCS Tours 824 517 390
SIRET 824 517 390 00024 – TVA intracommunautaire FR27 824 517 390
Ce message et ses éventuelles pièces jointes sont confidentiels et destinés
exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci
d'en avertir l'expéditeur et de le détruire.
"""
BOUSSOLE = ("Antoine Reverdy - Librairie La Boussole", "collectivites@librairie-laboussole.example.fr")

SIG_MOBILOIRE = """
Yann Guérin
Chargé d'affaires Éducation – Pays de la Loire / Centre
MOBILOIRE – Mobilier scolaire, CDI & bibliothèques
ZA de la Métairie – 4 rue des Forgerons – 44470 Carquefou
Standard 02 40 52 88 10 – Mobile 06 71 38 22 09
www.mobiloire.example.fr

MOBILOIRE SAS au capital de 250 000 euros – RCS Nantes 538 204 117 – SIRET 538 204 117 00031 – N° TVA FR64 538204117 – Code APE 3101Z
Pensez à l'environnement avant d'imprimer ce courriel.
"""
MOBILOIRE = ("Yann Guérin | MOBILOIRE", "y.guerin@mobiloire.example.fr")

SIG_NUMERIK = """
--
Kévin Lambert
Technico-commercial secteur public
NUMÉRIK CENTRE – Intégrateur informatique
145 rue du Champ Rond – 45770 Saran
02 38 61 04 77 | 07 82 15 40 63
kevin.lambert@numerik-centre.example.fr

SARL NUMÉRIK CENTRE – capital 80 000 € – RCS Orléans 791 044 263 – SIRET 791 044 263 00018
"""
NUMERIK = ("Kévin Lambert", "kevin.lambert@numerik-centre.example.fr")

SIG_BOOKWAVE = """
Kind regards,

Oliver Grant
Account Manager, Education – France & Benelux
Bookwave Digital Ltd
3rd Floor, 21 Old Street, London EC1V 9HL, United Kingdom
+44 20 7946 0381 | oliver.grant@bookwave.example.co.uk

Bookwave Digital Ltd is registered in England and Wales, company no. 09481726.
VAT GB 231 8842 17. This e-mail and any attachments are confidential and may be
privileged. If you are not the intended recipient, please notify the sender
and delete it.
"""
BOOKWAVE = ("Oliver Grant", "oliver.grant@bookwave.example.co.uk")

SIG_PRESSECOLE = """
Benoît Lacroix
Service clients établissements
PressÉcole – le kiosque numérique des CDI
01 84 88 20 35 (du lundi au vendredi, 9 h – 17 h)

PressÉcole SAS – 27 rue de Mogador, 75009 Paris – RCS Paris 882 301 456 – SIRET 882 301 456 00012
"""
PRESSECOLE = ("PressÉcole - Service clients", "clients@pressecole.example.fr")

SIG_TEKNO = """
Best regards,
Aoife Byrne
Public Sector Sales – France
Tekno Solutions Europe Ltd.
Block 4, Harcourt Centre, Dublin 2, D02 HW77, Ireland
T +353 1 443 8120
Registered in Ireland No. 612874 | VAT IE 3612874LH
"""
TEKNO = ("Aoife Byrne", "aoife.byrne@teknosolutions.example.ie")

SIG_CARTAPRO = """
Nadia Ferreira
Chargée de clientèle Secteur public
CartaPro – Cartes d'achat public
Service clients : 09 70 81 22 64 (appel non surtaxé)

CartaPro SA – établissement de paiement agréé par l'ACPR sous le n° 17458
Siège : 8 place de la Bourse, 69002 Lyon – RCS Lyon 452 118 906 – SIRET 452 118 906 00047
Ce message ne vous demandera jamais vos codes confidentiels.
"""
CARTAPRO = ("Nadia Ferreira - CartaPro", "n.ferreira@cartapro.example.fr")

SIG_CHATQUILIT = """
Sophie Pelletier
Librairie Le Chat qui lit – service collectivités
31 rue Lenepveu, 49100 Angers – 02 41 87 56 03

SARL Le Chat qui lit – RCS Angers 419 863 227 – SIRET 419 863 227 00029 – APE 4761Z
"""
CHATQUILIT = ("Librairie Le Chat qui lit", "collectivites@chatquilit.example.fr")

SIG_HALLES = """
Marc Jobard
Librairie des Halles – Marchés publics
9 rue Bannelier – 21000 Dijon
03 80 30 62 14

SAS Librairie des Halles au capital de 60 000 € · RCS Dijon 512 774 300 · SIRET 512 774 300 00016 · TVA FR41512774300
"""
HALLES = ("Marc Jobard", "marches@librairie-deshalles.example.fr")

# ============================================================ order_billing ==
add(L("order_billing", False, "0371742T", "centre-val-de-loire", "espace_acheteur", False, "fr",
      "Bookseller: invoice rejected by Chorus Pro (engagement number missing) for an order placed "
      "through the Espace Acheteur; the customer's UAI is in the quoted purchase-order data."),
    frm=BOUSSOLE, client="outlook", date=T(6, "09:41"),
    subject="Facture F2026-04471 rejetée par Chorus Pro – Lycée Descartes (Tours)",
    body=dedent("""
    Bonjour,

    Nous avons déposé le 29 septembre sur Chorus Pro la facture F2026-04471 (1 284,60 € TTC) correspondant à la commande du Lycée Descartes de Tours passée via l'Espace Acheteur (marché 2026-014, lot 3 « Livres de fiction et documentaires »).

    Elle vient d'être rejetée avec le motif ci-dessous. Le bon de commande que nous avons reçu de la plateforme ne comporte aucun numéro d'engagement juridique, seulement votre référence EA-2026-118734. Le lycée, que j'ai eu au téléphone, nous renvoie vers vous.

    Pouvez-vous nous indiquer quel numéro porter sur la facture, ou faire régénérer le bon de commande avec le bon numéro ?

    Données du bon de commande :
      Référence : EA-2026-118734 du 17/09/2026
      Établissement : Lycée Descartes – UAI 0371742T
      Montant : 1 217,63 € HT / 1 284,60 € TTC (TVA 5,5 %)

    Extrait du rejet Chorus Pro :
      Facture : F2026-04471
      Destinataire : LYCEE DESCARTES – SIRET 190 371 742 00014
      Statut : REJETÉE le 05/10/2026
      Motif : Numéro d'engagement absent ou invalide
      Commentaire : Merci d'indiquer le n° d'EJ communiqué par l'établissement.

    Je reste à votre disposition.

    Bien cordialement,
    """) + SIG_BOUSSOLE)

add(L("order_billing", False, "0371742T", "centre-val-de-loire", "espace_acheteur", False, "fr",
      "The school's gestionnaire answers the desk on the same ticket (Outlook quote): gives the engagement "
      "number and asks for the purchase order to be re-issued with the establishment's SIRET."),
    frm=("FOUQUET Claire", "claire.fouquet@ac-orleans-tours.fr"), client="outlook", date=T(7, "11:18"),
    subject="RE: [#SUP-028314] Facture F2026-04471 rejetée par Chorus Pro – Lycée Descartes (Tours)",
    in_reply_to="<SUP-028314.1791294120.a81c2e@assistance.example.fr>",
    body=dedent(f"""
    Bonjour,

    Le numéro d'engagement juridique est le 2026-EJ-000437 (saisi dans Op@le le 16 septembre).

    En revanche je vois un second problème : sur le bon de commande généré par l'Espace Acheteur, le SIRET indiqué n'est pas celui du lycée mais celui de l'ancienne agence comptable de rattachement (nous avons changé au 1er septembre). Si la librairie redépose sa facture avec ce SIRET, elle sera rejetée une deuxième fois.

    Pouvez-vous corriger la fiche de l'établissement et faire rééditer le bon de commande EA-2026-118734 ? Le bon SIRET est 190 371 742 00014.

    Merci,

    Claire Fouquet
    Gestionnaire – Lycée Descartes
    10 rue des Minimes, 37000 Tours
    UAI 0371742T – 02 47 05 xx xx

    De : Assistance <support@assistance.example.fr>
    Envoyé : {outlook_fr(T(6, "14:02"))}
    À : FOUQUET Claire <claire.fouquet@ac-orleans-tours.fr>
    Cc : collectivites@librairie-laboussole.example.fr
    Objet : [#SUP-028314] Facture F2026-04471 rejetée par Chorus Pro – Lycée Descartes (Tours)

    Bonjour Madame,

    La librairie La Boussole nous signale le rejet de sa facture F2026-04471 par Chorus Pro, faute de numéro d'engagement juridique.
    Pourriez-vous nous communiquer ce numéro afin que nous le reportions sur le bon de commande EA-2026-118734 ?

    Cordialement,
    L'équipe d'assistance
    """))

add(L("order_billing", False, "0451186V", "centre-val-de-loire", "espace_acheteur", True, "fr",
      "IT supplier: the school's basket shows the old unit price instead of the one in his quote. "
      "He names the price amendment (avenant), but the request is about the basket and the quote, "
      "so order_billing rather than contract_documents."),
    frm=NUMERIK, client="thunderbird", date=T(8, "16:27"),
    subject="Ecart de prix panier / devis DV-26-0912 - College Jean Zay Orleans",
    body=dedent("""
    Bonjour,

    Le collège Jean Zay d'Orléans (UAI 0451186V) nous a transmis ce matin une
    capture de son panier sur l'Espace Acheteur : les 24 PC portables
    14 pouces (réf. NB14-EDU-R5) y apparaissent à 712,00 € HT l'unité.

    Notre devis DV-26-0912 du 2 octobre, établi sur les prix révisés au
    1er septembre (avenant de révision signé cet été), est à 689,00 € HT.
    Soit 552 € HT d'écart sur la commande, que l'intendance refuse
    logiquement de valider.

    J'imagine que le catalogue du panier n'a pas été mis à jour avec le
    nouveau bordereau. Pouvez-vous faire le nécessaire, ou nous dire quel
    prix doit figurer sur le bon de commande pour que la facture passe ?
    L'établissement voudrait livrer avant les vacances.

    Je joins le devis.

    Merci d'avance,
    """) + SIG_NUMERIK,
    attach=[("DV-26-0912_College_Jean_Zay.pdf", "application/pdf", pdf_stub("DV-26-0912"))])

add(L("order_billing", False, "0721670Z", "pays-de-la-loire", "espace_acheteur", False, "fr",
      "Furniture supplier: the purchase order for a collège carries the rectorat as delivery address; "
      "asks for a corrected order. Long legal footer."),
    frm=MOBILOIRE, client="outlook", date=T(9, "10:05"),
    cc=[("Gestion Collège Reverdy", "int.0721670Z@ac-nantes.fr")],
    subject="Bon de commande EA-2026-120951 – adresse de livraison erronée (Collège Reverdy, Sablé)",
    body=dedent("""
    Bonjour,

    Nous avons bien reçu le bon de commande EA-2026-120951 du Collège Reverdy de Sablé-sur-Sarthe (UAI 0721670Z) pour l'aménagement du CDI : 6 bacs à albums, 2 présentoirs à revues muraux et 14 chaises coque.

    Problème : l'adresse de livraison indiquée est celle du rectorat de Nantes (4 rue de la Houssinière). Notre transporteur ne peut pas livrer du mobilier à cette adresse, et l'établissement confirme qu'il faut livrer au collège, 2 rue Pierre Reverdy, 72300 Sablé-sur-Sarthe, quai de livraison côté gymnase.

    Pouvez-vous modifier l'adresse sur la commande, ou nous dire si un simple courriel de l'établissement suffit pour livrer ailleurs ? Nous avons un créneau le 15 octobre, sinon ce sera après les vacances.

    Montant de la commande : 4 318,20 € HT, soit 5 181,84 € TTC.

    Cordialement,

    """) + SIG_MOBILOIRE)

add(L("order_billing", False, "0211573W", "bourgogne-franche-comte", "esidoc", False, "en",
      "English; e-book aggregator's invoice rejected by Chorus Pro because the service code is missing; "
      "the order was placed through the e-sidoc customer area."),
    frm=BOOKWAVE, client="outlook", date=T(7, "15:50"),
    subject="Invoice BW-FR-2026-0331 rejected on Chorus Pro - Lycée Carnot, Dijon",
    headers=[],
    body=dedent("""
    Hello,

    I hope this finds you well. Our invoice BW-FR-2026-0331 (EUR 940.00 excl. VAT) for the Bookwave "Fiction in English – Upper Secondary" collection ordered by Lycée Carnot in Dijon (school ID 0211573W) has been rejected on Chorus Pro with the reason "Code service obligatoire pour ce destinataire".

    The order was placed by the school librarian through the e-sidoc customer area on 21 September, and the order confirmation we received from your platform does not show any service code. Our accounts team in London is not familiar with this field.

    Could you tell us which service code we should use for this school, or whether the order confirmation can be re-issued with it? We would like to resubmit before the end of the month.

    Many thanks for your help.
    """) + SIG_BOOKWAVE + dedent(f"""

    From: Accounts Receivable <ar@bookwave.example.co.uk>
    Sent: {outlook_en(T(7, "14:22").astimezone(dt.timezone(dt.timedelta(hours=1))))}
    To: Oliver Grant <oliver.grant@bookwave.example.co.uk>
    Subject: FW: Chorus Pro - facture rejetée BW-FR-2026-0331

    Oliver,

    Another rejection from Chorus Pro for the Dijon school. Can you ask the platform which "code service" they want? We have nothing on the PO.

    Thanks,
    Priti
    Accounts Receivable
    """))

add(L("order_billing", False, "0281459J", "centre-val-de-loire", "esidoc", False, "fr",
      "Librarian asks for a formal quote (devis) for the 2027 renewals, needed before the board meeting."),
    frm=("Pauline Thibault", "pauline.thibault@ac-orleans-tours.fr"), client="thunderbird", date=T(1, "13:12"),
    subject="Demande de devis renouvellement 2027",
    body=dedent("""
    Bonjour,

    Pour préparer le budget 2027 qui passe en conseil d'administration le
    19 novembre, notre gestionnaire me demande un devis en bonne et due forme
    pour le renouvellement de nos abonnements en ligne :
      - Europresse (accès établissement)
      - PressÉcole, formule lycée
      - l'extension e-sidoc « ressources numériques »

    Un simple récapitulatif du panier ne suffit pas, il faut un document avec
    vos coordonnées et la validité de l'offre.

    Merci beaucoup,

    Pauline Thibault
    Professeure documentaliste
    Lycée Marceau – 2 rue Pierre Mendès France – 28000 Chartres
    RNE : 0281459J
    """))

add(L("order_billing", False, "0251248W", "bourgogne-franche-comte", "esidoc", False, "fr",
      "Saved basket disappeared after three weeks (baskets are kept 15 days). No accents; the UAI is only "
      "in the int.<UAI>@ac-besancon.fr sender address."),
    frm=("Intendance College Victor Hugo", "int.0251248W@ac-besancon.fr"), client="webmail", date=T(13, "08:47"),
    subject="panier disparu",
    body=dedent("""
    bonjour

    j avais preparé un panier le 22 septembre avec les abonnements presse du CDI (4 titres) pour le valider apres le vote de la DBM et aujourd hui il a disparu de l espace client. est ce que c est normal ? faut il tout ressaisir ? la documentaliste n a plus la liste

    merci de votre reponse

    S. Bourgeois
    intendance clg V. Hugo Besancon
    """))

add(L("order_billing", False, "0711390A", "bourgogne-franche-comte", "esidoc", False, "fr",
      "Purchasing-card provider: the school's card is refused at the payment step of the online shop "
      "(refusal code 05); asks whether level-3 purchasing cards are accepted. Payment means."),
    frm=CARTAPRO, client="outlook", date=T(14, "09:20"),
    subject="Paiement refusé par carte d'achat – Lycée Pontus de Tyard (Chalon-sur-Saône)",
    body=dedent("""
    Madame, Monsieur,

    Notre client, le Lycée Pontus de Tyard à Chalon-sur-Saône (UAI 0711390A), titulaire d'une carte d'achat CartaPro depuis la rentrée, nous signale trois tentatives de paiement refusées hier sur votre boutique en ligne (espace client e-sidoc), pour un montant de 1 176,00 € TTC.

    De notre côté, la carte est active et le plafond mensuel (3 000 €) n'est pas atteint. Les trois autorisations ont été refusées avec le code 05, ce qui correspond en général à un refus côté commerçant pour une carte d'achat de niveau 3 (catégorie de commerçant non autorisée ou données de facturation enrichies non transmises).

    Pourriez-vous nous confirmer :
    1. si votre boutique accepte les cartes d'achat public (niveau 3) ;
    2. le code MCC sous lequel vos paiements sont enregistrés, afin que nous vérifiions le paramétrage de la carte ?

    En vous remerciant par avance,

    Bien cordialement,

    """) + SIG_CARTAPRO)

add(L("order_billing", False, "0711390A", "bourgogne-franche-comte", "esidoc", False, "fr",
      "The school's side of the same payment problem: card refused, asks whether it can pay by administrative "
      "transfer instead and keep the basket. Sent from the ce.<UAI> address, but by the gestionnaire, not the head."),
    frm=("Lycée Pontus de Tyard - Gestion", "ce.0711390a@ac-dijon.fr"), client="thunderbird", date=T(14, "15:02"),
    cc=[("Nadia Ferreira", "n.ferreira@cartapro.example.fr")],
    subject="Re: Paiement refusé carte achat - commande abonnements",
    body=dedent("""
    Bonjour,

    Je complète le message de Mme Ferreira (CartaPro), que je mets en copie.
    Nous avons tenté hier de régler par carte d'achat notre commande
    d'abonnements (1 176,00 € TTC, panier validé par la documentaliste) :
    trois refus d'affilée.

    Si le problème de carte ne peut pas être réglé rapidement, pouvons-nous
    payer par mandat administratif sur facture, comme l'an dernier, sans
    perdre le panier ? Il contient les titres de presse que les collègues
    attendent pour la rentrée de novembre.

    Cordialement,

    Muriel Desbois
    Adjointe gestionnaire
    Lycée Pontus de Tyard – Chalon-sur-Saône
    """))

add(L("order_billing", False, "0250716T", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
      "Bookseller asks for part of an order to be cancelled on the platform so that she can issue a credit "
      "note (avoir) for damaged books."),
    frm=("Julie Cuenot - Librairie Comtoise", "j.cuenot@librairie-comtoise.example.fr"), client="gmail",
    date=T(16, "11:34"),
    subject="Avoir partiel commande Collège Malraux Pontarlier",
    body=dedent("""
    Bonjour,

    Le collège André Malraux de Pontarlier (0250716T) nous a retourné 6 ouvrages arrivés abîmés (dégât des eaux chez le transporteur) sur la commande EA-2026-117402 du 10 septembre. Nous ne pouvons pas les remplacer, les titres sont épuisés chez l'éditeur.

    Nous allons donc émettre un avoir de 87,40 € TTC. La gestionnaire me dit qu'elle ne peut pas "dégager" ce montant de son engagement tant que la commande n'est pas modifiée sur l'Espace Acheteur, et que c'est à vous de le faire.

    Pouvez-vous annuler ces 6 lignes sur la commande ? Je peux vous envoyer la liste des ISBN.

    Merci et bonne journée,

    Julie Cuenot
    Librairie Comtoise – Service aux collectivités
    14 Grande Rue – 25000 Besançon
    SARL Librairie Comtoise – RCS Besançon 387 652 091 – SIRET 387 652 091 00035
    """))

add(L("order_billing", False, "0442318F", "pays-de-la-loire", "esidoc", False, "fr",
      "Agence comptable: invoice applies 20 % VAT to a press subscription (2.1 % expected); asks for a corrected invoice."),
    frm=("Agence comptable Lycée Clemenceau", "agence.comptable.0442318f@ac-nantes.fr"), client="outlook",
    date=T(2, "10:58"),
    subject="Facture FA-2026-10382 – taux de TVA",
    body=dedent("""
    Madame, Monsieur,

    Nous avons reçu via Chorus Pro votre facture FA-2026-10382 du 28 septembre 2026 relative à l'abonnement PressÉcole (formule lycée, 12 mois) du Lycée Georges Clemenceau de Nantes.

    Le taux de TVA appliqué est de 20 %. S'agissant d'un service de presse en ligne, le taux applicable nous semble être le taux particulier de 2,1 % (article 298 septies du CGI). L'écart représente 71,40 €.

    Nous suspendons la mise en paiement dans l'attente d'une facture rectificative ou d'une explication de votre part.

    Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

    Le fondé de pouvoir
    Agence comptable du Lycée Clemenceau
    1 rue Georges Clemenceau – 44042 Nantes Cedex 1
    UAI 0442318F
    """))

add(L("order_billing", False, "0530956B", "pays-de-la-loire", "espace_acheteur", True, "fr",
      "Order validation blocked: 'amount above the delegation threshold, head of establishment's validation "
      "required'. The gestionnaire asks how to proceed; mentions the proviseur but is not his written request."),
    frm=("Stéphane Morin", "stephane.morin1@ac-nantes.fr"), client="zimbra", date=T(5, "14:40"),
    subject="Validation de commande bloquée (seuil)",
    body=dedent("""
    Bonjour,

    En voulant valider la commande de mobilier du CDI sur l'Espace Acheteur (18 420,00 € TTC, devis Mobiloire), j'obtiens le message : « Montant supérieur au seuil de délégation : validation du chef d'établissement requise ».

    Je suis ordonnateur délégué pour les dépenses jusqu'à 15 000 €. Comment la validation du chef d'établissement se fait-elle concrètement ? Doit-il avoir son propre compte sur l'Espace Acheteur, ou y a-t-il un document à vous envoyer ? Il n'a jamais utilisé la plateforme.

    Merci de votre aide,

    S. Morin
    Gestionnaire – Lycée Ambroise Paré, Laval (0530956B)
    """))

add(L("order_billing", False, None, None, "espace_acheteur", True, "en",
      "English IT supplier: the purchase order lacks the SIRET and Chorus service code they need to invoice. "
      "The school is given as UAI 0900418P: wrong check letter (the digits give 0900418R), so no UAI and, from an "
      "Irish supplier's domain, no region."),
    frm=TEKNO, client="outlook", date=T(20, "12:15"), wrong_uais=["0900418P"],
    subject="PO EA-2026-123377 - Lycée Condorcet Belfort - invoicing details missing",
    body=dedent("""
    Dear Support team,

    We have received purchase order EA-2026-123377 from Lycée Condorcet, Belfort (UAI 0900418P) for 32 Chromebooks and a charging trolley, issued through your Buyer Space under the 2026-022 framework.

    Before shipping we need to set the customer up in our billing system, and the PO does not include:
      - the school's SIRET number;
      - the Chorus Pro service code (if any) and the legal commitment number.

    Our previous French public customers had these printed on the PO, so we assume something is missing from this one. Could you send us the details or a corrected PO? The school is closed from 17 October so we would like to ship this week.

    Thank you in advance.
    """) + SIG_TEKNO)

add(L("order_billing", False, None, None, "espace_acheteur", False, "en",
      "English e-book vendor asks whom to invoice under the group purchase (each school or the purchasing "
      "centre). No UAI, non-academic sender: no region."),
    frm=("Sanne de Vries", "sanne.devries@pageturn.example.nl"), client="gmail", date=T(5, "09:03"),
    subject="Invoicing question - group order Pays de la Loire schools",
    body=dedent("""
    Hello,

    Pageturn Digital was awarded lot 5 (digital reading platforms) of your framework agreement this summer, and we have now received orders from 14 secondary schools in the Pays de la Loire region through the Buyer Space.

    Before we raise the invoices: should we send one invoice per school, each through Chorus Pro with the school's own details, or a single invoice to the purchasing centre? The framework documents we have talk about "l'acheteur" without saying which.

    We don't want to send 14 invoices that get rejected, so your guidance would be much appreciated.

    Best regards,
    Sanne de Vries
    Finance & Contracts
    Pageturn Digital B.V. | Keizersgracht 218, 1016 DZ Amsterdam | KvK 71829344 | VAT NL858912340B01
    """))

add(L("order_billing", False, "0440889C", "pays-de-la-loire", "esidoc", False, "en",
      "English; a teacher at a private international lycée asks for a quote for an English e-book "
      "collection to show the bursar."),
    frm=("Rachel Whitmore", "r.whitmore@lycee-mandela-nantes.example.fr"), client="apple", date=T(1, "17:46"),
    subject="Quote for English e-books (British section)",
    body=dedent("""
    Good afternoon,

    I teach in the British section at Lycée international Nelson Mandela in Nantes (our school code is 0440889C). Our librarian showed me the e-sidoc shop and I'd like to get a formal quote for the "Fiction in English – Upper Secondary" collection (about 250 titles), one year, for roughly 180 students.

    Our bursar needs a quote on letterhead before she'll commit anything, so a printout of the basket won't do, I'm afraid.

    Is that something you can send me, or should the librarian ask for it?

    Thanks very much,
    Rachel

    Rachel Whitmore
    Head of English, British Section
    Lycée international Nelson Mandela, Nantes
    """))

add(L("order_billing", False, "0411065K", "centre-val-de-loire", "esidoc", True, "fr",
      "Two topics: a rejected Chorus invoice (main, order_billing) and, in passing, the librarian's lost "
      "e-sidoc password (password_reset). A single template would answer only half."),
    frm=("Hervé Lemaire", "herve.lemaire@ac-orleans-tours.fr"), client="thunderbird", date=T(8, "11:06"),
    subject="Facture refusée Chorus + question mot de passe",
    body=dedent("""
    Bonjour,

    Votre facture FA-2026-10114 (abonnements 2026-2027, 612,00 € TTC) nous
    revient de Chorus avec le statut « Rejetée – numéro de bon de commande
    inconnu ». Le numéro porté sur la facture (BC-26-0877) ne correspond à
    rien chez nous : notre bon de commande porte le n° 2026/0193. Pouvez-vous
    refaire la facture avec la bonne référence ?

    Au passage, ma collègue documentaliste, Mme Garnier, me demande de vous
    signaler qu'elle n'arrive plus à se connecter à l'administration du
    portail e-sidoc (mot de passe perdu depuis la rentrée). Je ne sais pas si
    je dois faire une demande séparée.

    Bien cordialement,

    Hervé Lemaire
    Gestionnaire
    Collège Augustin Thierry – Blois
    UAI 0411065K
    """))

add(L("order_billing", False, "0371742T", "centre-val-de-loire", "espace_acheteur", False, "fr",
      "Reply on the open Chorus ticket (ticket reference in the subject, In-Reply-To): the invoice was "
      "resubmitted and rejected again, now for an inactive recipient SIRET."),
    frm=BOUSSOLE, client="outlook", date=T(13, "17:31"),
    subject="RE: [#SUP-028314] Facture F2026-04471 rejetée par Chorus Pro – Lycée Descartes (Tours)",
    in_reply_to="<SUP-028314.1791553200.77d0b1@assistance.example.fr>",
    references="<SUP-028314.1791294120.a81c2e@assistance.example.fr> <SUP-028314.1791553200.77d0b1@assistance.example.fr>",
    body=dedent(f"""
    Bonjour,

    Nous avons redéposé la facture hier avec le n° d'EJ 2026-EJ-000437 transmis par Mme Fouquet. Nouveau rejet ce matin :

      Motif : Destinataire inactif
      Commentaire : SIRET 190 371 000 00027 fermé depuis le 31/08/2026

    C'est toujours l'ancien SIRET qui figure sur le bon de commande EA-2026-118734 que nous avons reçu de la plateforme (Lycée Descartes, UAI 0371742T). Tant que le bon de commande n'est pas réédité, nous tournons en rond.

    Merci de nous tenir informés,
    A. Reverdy

    De : Assistance <support@assistance.example.fr>
    Envoyé : {outlook_fr(T(9, "09:12"))}
    À : Antoine Reverdy - Librairie La Boussole <collectivites@librairie-laboussole.example.fr>
    Objet : [#SUP-028314] Facture F2026-04471 rejetée par Chorus Pro – Lycée Descartes (Tours)

    Bonjour,

    L'établissement nous a communiqué le numéro d'engagement juridique : 2026-EJ-000437. Vous pouvez le reporter sur votre facture et la déposer de nouveau.

    Cordialement,
    L'équipe d'assistance
    """) + SIG_BOUSSOLE)

add(L("order_billing", False, "0851276A", "pays-de-la-loire", "esidoc", False, "fr",
      "Outlook for Android, base64 body: the quote has expired, asks for it to be extended until 30 November."),
    frm=("Nathalie Robin", "nathalie.robin3@ac-nantes.fr"), client="android", date=T(19, "18:22"),
    subject="Devis D2026-5520 expiré",
    body=dedent("""
    Bonjour

    Le devis D2026-5520 pour les abonnements du CDI a expiré le 15/10, je n'ai pas pu le faire valider avant (CA reporté). Est-il possible de le prolonger jusqu'au 30/11 sans changement de prix ?

    Lycée Savary de Mauléon - 0851276A

    Merci
    N. Robin, gestionnaire

    Obtenir Outlook pour Android
    """))

add(L("order_billing", False, "0490877M", "pays-de-la-loire", "espace_acheteur", False, "fr",
      "Bookseller: Chorus rejects the invoice because the collège now depends on another agence comptable "
      "and the purchase order still carries the old SIRET. The agency's lycée is named without a UAI."),
    frm=CHATQUILIT, client="thunderbird", date=T(12, "10:10"),
    subject="Rejet Chorus - Collège Chevreul - SIRET sur bon de commande",
    body=dedent("""
    Bonjour,

    Depuis la rentrée, le Collège Chevreul d'Angers (UAI 0490877M) est
    rattaché à l'agence comptable du Lycée Joachim du Bellay. Notre facture
    n° 26-1187 (commande EA-2026-116220, 452,90 € TTC) a été rejetée par
    Chorus Pro : « Le destinataire n'accepte plus de factures sur ce SIRET ».

    Le bon de commande émis par l'Espace Acheteur porte toujours l'ancien
    SIRET du collège. L'établissement nous dit avoir signalé le changement
    à la plateforme en juillet.

    Pouvez-vous mettre à jour la fiche et nous renvoyer un bon de commande
    corrigé ? Nous avons trois autres commandes du même collège en cours.

    Merci,
    """) + SIG_CHATQUILIT)

add(L("order_billing", False, "0851019W", "pays-de-la-loire", "espace_acheteur", False, "fr",
      "Basket validated ten days ago, order still 'awaiting validation'; the supplier keeps calling."),
    frm=("Gestion Clg Pierre Loti", "gestion.pierreloti@ac-nantes.fr"), client="zimbra", date=T(15, "08:55"),
    subject="Commande bloquée en attente de validation depuis le 5/10",
    body=dedent("""
    Bonjour,

    J'ai validé le 5 octobre le panier « Mobilier CDI 2026 » sur l'Espace Acheteur (bon d'engagement joint à la validation). Dix jours plus tard la commande est toujours au statut « En attente de validation » et le fournisseur (Mobiloire) m'appelle tous les deux jours pour savoir s'il peut livrer.

    Je ne vois aucune étape restante de mon côté. Y a-t-il quelque chose de bloqué chez vous ?

    Cordialement,

    Karine Billaud
    Secrétaire de gestion
    Collège Pierre Loti – La Roche-sur-Yon
    UAI : 0851019W
    """))

add(L("order_billing", False, None, None, "espace_acheteur", True, "fr",
      "A furniture supplier asks to change the bank details (RIB) of its supplier account, new IBAN attached. "
      "Payment means: a person must verify by another channel (classic fraud pattern); not 'other'."),
    frm=("Rayonnages de Bourgogne - Comptabilité", "compta@rayonnages-bourgogne.example.fr"),
    client="outlook", date=T(21, "16:44"),
    subject="Changement de coordonnées bancaires – compte fournisseur",
    body=dedent("""
    Bonjour,

    Suite au changement de notre établissement bancaire, nous vous prions de bien vouloir mettre à jour les coordonnées bancaires associées à notre compte fournisseur sur l'Espace Acheteur, pour tous les règlements à venir.

    Vous trouverez ci-joint notre nouveau RIB (Banque Populaire Bourgogne Franche-Comté). L'ancien compte sera clôturé le 31 octobre.

    Merci de nous confirmer la prise en compte.

    Cordialement,

    Service comptabilité
    RAYONNAGES DE BOURGOGNE
    ZI Nord – 12 rue Pierre Vaux – 71100 Chalon-sur-Saône
    SAS au capital de 120 000 € – RCS Chalon-sur-Saône 401 227 583 – SIRET 401 227 583 00019
    """),
    attach=[("RIB_Rayonnages_de_Bourgogne.pdf", "application/pdf", pdf_stub("RIB"))])

add(L("order_billing", False, "0700914N", "bourgogne-franche-comte", "esidoc", False, "fr",
      "HTML-only Outlook mail: asks for a pro forma invoice to commit the funds before the budget closes."),
    frm=("Gestionnaire - Lycée Édouard Belin", "gestionnaire.belin@ac-besancon.fr"), client="outlook",
    html_only=True, date=T(9, "15:37"),
    subject="Facture pro forma BiblioFlux",
    body=dedent("""
    Bonjour,

    Afin de pouvoir engager la dépense avant la clôture des engagements de l'exercice (notre agence comptable a fixé la date au 6 novembre), pourriez-vous m'adresser une facture pro forma pour l'abonnement BiblioFlux « Lycée – 300 licences » ?

    La documentaliste a préparé le panier dans l'espace client e-sidoc mais ne peut pas le valider sans engagement préalable.

    Bien à vous,

    Françoise Jeunot
    Gestionnaire matériel
    Lycée Édouard Belin – 18 rue Édouard Belin – 70000 Vesoul
    UAI 0700914N
    """))

add(L("order_billing", False, "0580623M", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
      "Forwarded (Thunderbird) supplier invoice: the delivery was partial but the invoice covers the whole order; "
      "asks how to get a partial invoice against the platform order."),
    frm=("Christophe Ragon", "christophe.ragon@ac-dijon.fr"), client="thunderbird", date=T(21, "10:20"),
    subject="Fwd: Facture 2026-10-0412 - Collège Les Loges",
    body=dedent(f"""
    Bonjour,

    Je vous transfère la facture de la Librairie des Halles pour notre
    commande EA-2026-119048. Problème : nous n'avons reçu que 2 cartons sur 3
    (41 livres sur 63, le bordereau de livraison l'indique), mais la facture
    porte sur la totalité.

    Le libraire dit que c'est la plateforme qui a « clôturé » la commande en
    totalité. Comment faire pour qu'il puisse facturer seulement ce qui est
    livré ? Je ne peux pas certifier le service fait sur 63 livres.

    Cordialement,

    Christophe Ragon
    Gestionnaire, Collège Les Loges – Nevers
    0580623M


    -------- Message transféré --------
    Sujet : Facture 2026-10-0412 - Collège Les Loges
    Date : {format_datetime(T(19, "07:02"))}
    De : Librairie des Halles <marches@librairie-deshalles.example.fr>
    Pour : christophe.ragon@ac-dijon.fr

    Madame, Monsieur,

    Veuillez trouver ci-dessous le détail de la facture 2026-10-0412,
    déposée ce jour sur Chorus Pro.

    Commande : EA-2026-119048
    63 ouvrages – 1 046,37 € HT – 1 103,92 € TTC
    Échéance : 30 jours fin de mois

    Librairie des Halles – Marchés publics
    """))

add(L("order_billing", False, "0451703G", "centre-val-de-loire", "esidoc", False, "fr",
      "Press aggregator asks the desk to cancel a duplicate order before it is invoiced."),
    frm=PRESSECOLE, client="outlook", date=T(7, "12:02"),
    subject="Commande en double – Collège Montesquieu Orléans (0451703G)",
    body=dedent("""
    Bonjour,

    Nous avons reçu deux commandes identiques du Collège Montesquieu d'Orléans (UAI 0451703G) : abonnement PressÉcole formule collège, 12 mois, 438,00 € TTC, passées le 5 et le 6 octobre depuis l'espace client e-sidoc.

    La documentaliste nous confirme par téléphone qu'il s'agit d'un double clic (la première validation ne s'était pas affichée). Pouvez-vous annuler la seconde commande avant qu'elle ne soit facturée ? Nous avons activé l'accès une seule fois.

    Merci par avance,

    """) + SIG_PRESSECOLE)

add(L("order_billing", False, "0212086D", "bourgogne-franche-comte", None, False, "fr",
      "Bookseller: Chorus Pro shows the invoice 'mise en paiement' three weeks ago but no transfer arrived. "
      "The bookseller does not say how the order was placed, so no platform."),
    frm=HALLES, client="outlook", date=T(23, "09:48"),
    subject="Règlement non reçu – facture 2026-09-0288 – Collège Les Lentillères",
    body=dedent("""
    Bonjour,

    Selon Chorus Pro, notre facture 2026-09-0288 (Collège Les Lentillères, Dijon – UAI 0212086D – 734,15 € TTC) est au statut « Mise en paiement » depuis le 2 octobre. Trois semaines plus tard nous n'avons reçu aucun virement.

    L'établissement est fermé pour les vacances et le standard de l'agence comptable ne répond pas. Pouvez-vous nous indiquer à qui nous adresser, ou vérifier de votre côté ?

    Bien cordialement,

    """) + SIG_HALLES)

add(L("order_billing", False, "0180351J", "centre-val-de-loire", "esidoc", False, "fr",
      "From an iPhone during the holidays: cannot find the invoice for last year's subscription in the customer area."),
    frm=("Laure Vannier", "laure.vannier@ac-orleans-tours.fr"), client="iphone", date=T(26, "21:14"),
    subject="Facture Europresse",
    body=dedent("""
    Bonsoir,

    Pourriez-vous m'envoyer la facture de l'abonnement Europresse 2025-2026 du collège George Sand (Bourges, 0180351J) ? Je ne la trouve pas dans l'espace client et l'agent comptable me la réclame pour un contrôle.

    Merci !
    Laure Vannier, gestionnaire

    Envoyé de mon iPhone
    """))

add(L("order_billing", False, "0371093M", "centre-val-de-loire", "espace_acheteur", False, "fr",
      "Publisher's representative: the school wants to order titles that are not yet in the platform's "
      "catalogue; asks how to get her quote into the school's basket."),
    frm=("Hélène Marchais – Éditions Ligérienne Jeunesse", "h.marchais@ligerienne-jeunesse.example.fr"),
    client="apple", date=T(2, "16:05"),
    subject="Devis collège Rabelais Chinon – références 2027",
    body=dedent("""
    Bonjour,

    Le Collège Rabelais de Chinon (UAI 0371093M) souhaite commander notre nouvelle collection « Lire la Loire » (12 titres, parution janvier 2027) par l'intermédiaire de l'Espace Acheteur, mais nos références 2027 n'apparaissent pas encore au catalogue de la plateforme.

    Je leur ai envoyé un devis (réf. LJ-DEV-2610-07, 186,00 € TTC). Comment pouvons-nous faire pour que ce devis soit intégré à leur panier ? Faut-il vous transmettre un fichier de références ?

    Avec mes remerciements,

    Hélène Marchais
    Déléguée pédagogique Centre-Val de Loire
    Éditions Ligérienne Jeunesse
    5 quai Paul Bert, 37100 Tours
    06 12 48 90 33

    SARL Éditions Ligérienne Jeunesse – RCS Tours 498 120 664
    """))

# ======================================================= contract_documents ==
add(L("contract_documents", False, None, None, "espace_acheteur", False, "fr",
      "Furniture supplier (market holder): the signed price-revision amendment (avenant n° 2) is not "
      "published in 'Mes Marchés', so buyers still see the old prices. No customer UAI, no region."),
    frm=MOBILOIRE, client="outlook", date=T(5, "08:36"),
    subject="Accord-cadre 2025-031 Mobilier de CDI – avenant n°2 non visible par les acheteurs",
    body=dedent("""
    Bonjour,

    L'avenant n°2 à l'accord-cadre 2025-031 « Mobilier de CDI et de bibliothèque » (révision annuelle des prix, +3,2 %) a été signé par les deux parties le 22 septembre via la plateforme de signature.

    Or plusieurs établissements nous disent ne pas le trouver dans « Mes Marchés » : ils ne voient que le marché initial et l'avenant n°1. Résultat, leurs bons de commande sont établis sur l'ancien bordereau et nous devons refaire les devis un par un.

    Pourriez-vous vérifier la publication de l'avenant n°2 dans les documents du marché ? Je vous joins la version signée au cas où.

    Cordialement,

    """) + SIG_MOBILOIRE,
    attach=[("Avenant_2_AC-2025-031_signé.pdf", "application/pdf", pdf_stub("Avenant 2"))])

add(L("contract_documents", False, "0721384N", "pays-de-la-loire", "espace_acheteur", False, "fr",
      "Gestionnaire cannot find the CCAP of the office-supplies market in 'Mes Marchés' (needs the late-delivery penalties)."),
    frm=("Isabelle Cormier", "isabelle.cormier@ac-nantes.fr"), client="zimbra", date=T(6, "13:50"),
    subject="CCAP marché fournitures de bureau introuvable",
    body=dedent("""
    Bonjour,

    Notre fournisseur de papeterie livre avec trois semaines de retard et je voudrais appliquer les pénalités prévues au marché 2026-019 « Fournitures de bureau et papier ». Impossible de trouver le CCAP : dans Mes Marchés, la fiche du marché n'affiche que l'avis d'attribution et le bordereau de prix.

    Pouvez-vous me le transmettre ou le remettre en ligne ?

    Merci,

    Isabelle Cormier
    Adjointe gestionnaire
    Collège Marcelin Berthelot – Le Mans
    0721384N
    """))

add(L("contract_documents", False, None, None, "espace_acheteur", False, "en",
      "English IT supplier cannot download the tender documents (DCE) of an open consultation: "
      "'document not available'. Market documents, not an account problem."),
    frm=TEKNO, client="outlook", date=T(12, "10:41"),
    subject="Tender 2026-031 Tablets for schools - DCE not downloadable",
    body=dedent("""
    Dear Sir or Madam,

    We would like to respond to consultation 2026-031 "Tablettes numériques pour les établissements" published on your Buyer Space on 2 October (deadline 6 November).

    When we click on "Télécharger le DCE" we get "Document non disponible". We tried with two different supplier accounts and three browsers. The notice itself is visible, but none of the documents (RC, CCAP, CCTP, BPU) can be opened.

    Could you check whether the DCE has been published correctly, or send it to us another way? Our bid team needs the technical specifications (CCTP) this week.

    Thank you.
    """) + SIG_TEKNO)

add(L("contract_documents", False, "0360712D", "centre-val-de-loire", "espace_acheteur", False, "fr",
      "Bookseller (market holder): the acte d'engagement and price list of lot 3 are not visible to schools in "
      "Indre; one customer is named with its UAI, which gives the region."),
    frm=BOUSSOLE, client="outlook", date=T(2, "11:27"),
    subject="Marché 2026-014 lot 3 – pièces non visibles pour les établissements de l'Indre",
    body=dedent("""
    Bonjour,

    Plusieurs établissements de l'Indre nous indiquent qu'ils ne peuvent pas commander sur le lot 3 du marché 2026-014 (livres de fiction et documentaires), dont nous sommes titulaires depuis le 1er septembre : dans Mes Marchés, la fiche du lot n'affiche ni l'acte d'engagement ni le bordereau de prix unitaires, seulement l'avis d'attribution.

    C'est le cas notamment du Lycée Jean Giraudoux de Châteauroux (UAI 0360712D), dont la documentaliste m'a envoyé une capture. Les établissements d'Indre-et-Loire et du Loiret, eux, voient bien les pièces.

    Pourriez-vous vérifier la publication des documents pour ce département ?

    Bien cordialement,
    """) + SIG_BOUSSOLE)

add(L("contract_documents", False, "0180834J", "centre-val-de-loire", "espace_acheteur", True, "fr",
      "The membership convention was signed electronically but the signed copy is missing from the Espace "
      "Acheteur documents. Mentions the e-signature, but the missing document is on the Espace Acheteur."),
    frm=("Collège Jacques Prévert - Vierzon", "ce.0180834j@ac-orleans-tours.fr"), client="thunderbird",
    date=T(8, "14:18"),
    subject="Convention d'adhésion signée mais absente",
    body=dedent("""
    Bonjour,

    Notre principal a signé électroniquement le 29 septembre la convention
    d'adhésion à la centrale d'achat 2026-2029 (il a reçu le mail de
    confirmation de la plateforme de signature). Pourtant, dans l'Espace
    Acheteur, rubrique « Mes documents », la convention est toujours marquée
    « en attente de signature » et le PDF signé n'apparaît nulle part.

    Notre agent comptable nous demande la convention signée pour le dossier
    du conseil d'administration. Où peut-on la récupérer ?

    Cordialement,

    Le secrétariat d'intendance
    """))

add(L("contract_documents", False, "0210967M", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
      "Furniture supplier forwards its customer's message (Outlook quote): amendment n° 1 opens 'document introuvable'. "
      "The UAI appears only in the quoted signature, in lower case (0210967m)."),
    frm=("Rayonnages de Bourgogne - ADV", "adv@rayonnages-bourgogne.example.fr"), client="outlook",
    date=T(9, "09:15"),
    subject="TR: avenant 1 introuvable - Lycée Clos Maire Beaune",
    body=dedent(f"""
    Bonjour,

    Le lycée Clos Maire de Beaune prépare une commande de rayonnages sur l'accord-cadre 2025-031 et nous a fait suivre le message ci-dessous : l'avenant n°1 (nos prix 2025-2026) ne s'ouvre pas dans Mes Marchés. L'établissement refuse, à juste titre, de valider sans pouvoir vérifier les prix.

    Pourriez-vous rétablir le document ?

    Cordialement,

    Administration des ventes
    RAYONNAGES DE BOURGOGNE
    ZI Nord – 12 rue Pierre Vaux – 71100 Chalon-sur-Saône
    SAS au capital de 120 000 € – RCS Chalon-sur-Saône 401 227 583

    De : Marion Gauthey <marion.gauthey@ac-dijon.fr>
    Envoyé : {outlook_fr(T(9, "08:41"))}
    À : adv@rayonnages-bourgogne.example.fr
    Objet : avenant 1 introuvable

    Bonjour,

    quand je clique sur l'avenant n°1 du marché 2025-031 (mobilier de CDI) dans Mes Marchés, j'obtiens une page "document introuvable". Le marché initial s'ouvre normalement. Je ne peux donc pas vérifier vos prix avant de valider.

    Marion Gauthey
    lycée Clos Maire, Beaune
    uai 0210967m
    """))

add(L("contract_documents", False, "0493021T", "pays-de-la-loire", "espace_acheteur", True, "fr",
      "Two topics from a bookseller-customer thread: the DCE of the new market is missing (main) and, "
      "secondarily, a payment delay on an old invoice (order_billing)."),
    frm=CHATQUILIT, client="thunderbird", date=T(15, "17:09"),
    subject="Documents du nouveau marché livres + retard de paiement",
    body=dedent("""
    Bonjour,

    Deux choses :

    1) Le Lycée Duplessis-Mornay de Saumur (UAI 0493021T) voudrait passer
    par le nouveau marché « Livres 2027 » (lot Maine-et-Loire) dont nous
    sommes attributaires, mais ni lui ni nous ne voyons le DCE ni l'acte
    d'engagement dans l'Espace Acheteur. La fiche du marché est vide. Pouvez-
    vous publier les pièces ?

    2) Moins urgent : notre facture 26-0911 pour ce même lycée (commande de
    septembre) n'est toujours pas payée, mais je vais d'abord relancer
    l'agence comptable.

    Merci,
    """) + SIG_CHATQUILIT)

add(L("contract_documents", False, "0280276Y", "centre-val-de-loire", "espace_acheteur", True, "fr",
      "Negation: 'je n'ai pas de problème de mot de passe, je me connecte très bien'; the market's Documents "
      "tab is empty. contract_documents, not password_reset."),
    frm=("Jérôme Laval", "jerome.laval@ac-orleans-tours.fr"), client="outlook", date=T(14, "16:11"),
    subject="Onglet Documents vide – marché 2026-022",
    body=dedent("""
    Bonjour,

    Je précise tout de suite : je n'ai pas de problème de mot de passe, je me connecte très bien à l'Espace Acheteur, contrairement à ce que votre hotline m'a répondu au téléphone ce matin.

    Mon problème : sur le marché 2026-022 « Équipements numériques », l'onglet Documents est vide. Pas de CCTP, pas de BPU, pas d'avenant. Pour les autres marchés tout s'affiche.

    J'ai besoin du BPU pour contrôler le devis que nous a fait Numérik Centre pour les vidéoprojecteurs.

    Merci de regarder,

    Jérôme Laval
    Gestionnaire – Collège Louis Armand, Dreux
    RNE 0280276Y
    """))

add(L("contract_documents", False, "0493021T", "pays-de-la-loire", "espace_acheteur", False, "fr",
      "Follow-up on the ticket (Outlook 'Message d'origine' quote): the document was said to be republished "
      "but the CCAP is still missing."),
    frm=("Gestion Lycée Duplessis-Mornay", "int.0493021t@ac-nantes.fr"), client="outlook", date=T(20, "10:02"),
    subject="RE: [#SUP-028702] Pièces du marché Livres 2027 - lot Maine-et-Loire",
    in_reply_to="<SUP-028702.1792150400.c1e09f@assistance.example.fr>",
    body=dedent(f"""
    Bonjour,

    Merci, je vois maintenant le DCE et l'acte d'engagement. Mais il manque toujours le CCAP (le lien « CCAP » ouvre le règlement de consultation à la place). Pouvez-vous corriger ?

    Bonne journée,
    Anne-Sophie Hervé

    -----Message d'origine-----
    De : Assistance <support@assistance.example.fr>
    Envoyé : {outlook_fr(T(19, "16:40"))}
    À : int.0493021t@ac-nantes.fr
    Objet : [#SUP-028702] Pièces du marché Livres 2027 - lot Maine-et-Loire

    Bonjour,

    Les pièces du marché « Livres 2027 » ont été republiées pour le lot Maine-et-Loire. Elles devraient être visibles dans Mes Marchés.

    Cordialement,
    L'équipe d'assistance
    """))

add(L("contract_documents", False, None, None, "espace_acheteur", False, "fr",
      "Publisher cannot find the countersigned partnership convention in its supplier space. Supplier's own "
      "contract document; no UAI, no region."),
    frm=("Hélène Marchais – Éditions Ligérienne Jeunesse", "h.marchais@ligerienne-jeunesse.example.fr"),
    client="apple", date=T(22, "10:30"),
    subject="Convention de référencement 2026-2027 – exemplaire contresigné",
    body=dedent("""
    Bonjour,

    Nous avons retourné signée le 30 septembre la convention de référencement 2026-2027 qui permet aux établissements de commander nos titres via l'Espace Acheteur.

    Notre directeur financier me demande l'exemplaire contresigné par la centrale : il n'apparaît pas dans notre espace fournisseur (rubrique « Contrats »), où seule figure la version 2025-2026.

    Pourriez-vous le mettre en ligne ou nous l'envoyer ?

    Merci et belle journée,

    Hélène Marchais
    Éditions Ligérienne Jeunesse
    """))

add(L("contract_documents", False, "0181172B", "centre-val-de-loire", "espace_acheteur", False, "fr",
      "HTML-only Outlook: the membership certificate needed for the board is not in 'Mes documents'."),
    frm=("Secrétariat de direction - Lycée Alain-Fournier", "secretariat.alainfournier@ac-orleans-tours.fr"),
    client="outlook", html_only=True, date=T(1, "10:44"),
    subject="Attestation d'adhésion à la centrale d'achat",
    body=dedent("""
    Madame, Monsieur,

    Le conseil d'administration du 15 octobre doit délibérer sur le renouvellement de notre adhésion à la centrale d'achat. L'agent comptable demande à joindre l'attestation d'adhésion en cours, que nous ne trouvons pas dans la rubrique « Mes documents » de l'Espace Acheteur (la rubrique est vide pour 2025-2026).

    Pourriez-vous nous adresser ce document ou le remettre en ligne ?

    Avec nos remerciements,

    Le secrétariat de direction
    Lycée Alain-Fournier – 50 rue Stéphane Mallarmé – 18000 Bourges
    UAI 0181172B
    """))

add(L("contract_documents", False, "0440889C", "pays-de-la-loire", "espace_acheteur", False, "en",
      "English; the bursar of a private international lycée sees no documents for the framework agreement "
      "her school joined."),
    frm=("Catherine Doyle", "bursar@lycee-mandela-nantes.example.fr"), client="outlook", date=T(13, "14:25"),
    subject="Framework agreement documents not visible",
    body=dedent("""
    Hello,

    Our school (Lycée international Nelson Mandela, Nantes – UAI 0440889C) joined the purchasing centre in June. I can log in to the Buyer Space and see the list of framework agreements, but when I open the "Digital reading platforms" agreement the Documents section is empty: no agreement, no price schedule, no terms.

    Our board of governors will not approve an order without having seen the terms. Could you make the documents visible to us, or tell me what I'm missing?

    Kind regards,

    Catherine Doyle
    Bursar
    Lycée international Nelson Mandela
    """))

# ================================================== subscription_activation ==
SIG_BIBLIOFLUX = """
Inès Haddad
Customer Success – Établissements scolaires
BiblioFlux · bibliothèque numérique pour les CDI
support-clients@biblioflux.example.com · 04 28 29 61 40

BiblioFlux SAS · 40 rue de la Part-Dieu · 69003 Lyon · RCS Lyon 843 550 127 · SIRET 843 550 127 00025
"""
BIBLIOFLUX = ("Inès Haddad (BiblioFlux)", "support-clients@biblioflux.example.com")

add(L("subscription_activation", True, "0281459J", "centre-val-de-loire", "esidoc", False, "fr",
      "E-book aggregator writes for its customer: subscription ordered yesterday, not yet in the school's "
      "e-sidoc portal; within the 72-hour window."),
    frm=BIBLIOFLUX, client="gmail", date=T(13, "10:17"),
    subject="Ressource BiblioFlux non visible – Lycée Marceau (Chartres)",
    body=dedent("""
    Bonjour,

    Notre cliente, Mme Thibault, professeure documentaliste au Lycée Marceau de Chartres (UAI 0281459J), a commandé hier matin l'abonnement BiblioFlux Lycée (300 licences) depuis son espace client e-sidoc.

    Elle ne voit pas encore la ressource dans son portail. De notre côté le compte établissement est créé. Pouvez-vous nous confirmer le délai d'activation côté e-sidoc, pour que nous puissions la rassurer ?

    Bonne journée,

    """) + SIG_BIBLIOFLUX)

add(L("subscription_activation", False, "0361204N", "centre-val-de-loire", "esidoc", False, "fr",
      "Press aggregator: the kiosque was ordered and paid on 28 September and is still not visible ten days later: "
      "past the 72-hour rule, a person must look at the order."),
    frm=PRESSECOLE, client="outlook", date=T(8, "11:45"),
    subject="Accès PressÉcole toujours inactif – Lycée Rollinat, Argenton-sur-Creuse",
    body=dedent("""
    Bonjour,

    Le Lycée Maurice Rollinat d'Argenton-sur-Creuse (UAI 0361204N) a commandé et réglé le 28 septembre un abonnement PressÉcole formule lycée (commande e-sidoc du 28/09, paiement par mandat reçu le 1er octobre).

    Dix jours plus tard, la ressource n'apparaît toujours pas dans son portail e-sidoc, ni dans « Mes abonnements ». Les élèves de seconde devaient l'utiliser cette semaine pour un projet sur la presse locale.

    L'accès est ouvert de notre côté depuis le 29 septembre. Pourriez-vous regarder ce qui bloque ?

    Merci,

    """) + SIG_PRESSECOLE)

add(L("subscription_activation", True, "0891127S", "bourgogne-franche-comte", "esidoc", False, "fr",
      "A press vendor writes for its customer: ordered yesterday, not visible yet; within 72 h."),
    frm=("Kiosque Jeunesse - Abonnements", "abonnements@kiosque-jeunesse.example.fr"), client="thunderbird",
    date=T(6, "08:32"),
    subject="Commande d'hier pas encore visible - college Bienvenu Martin",
    body=dedent("""
    Bonjour,

    Nous avons reçu hier la commande du collège Bienvenu Martin d'Auxerre
    (0891127S) pour le Kiosque Jeunesse (12 titres de presse collège), passée
    depuis son espace client e-sidoc. Mme Perrot, la documentaliste, ne voit
    encore rien sur le portail ce matin. Est-ce normal ou doit-elle faire
    une manipulation ?

    Merci,
    Service abonnements – Kiosque Jeunesse
    SAS Kiosque Jeunesse – 4 rue Lamartine, 21000 Dijon – RCS Dijon 880 412 337
    """))

add(L("subscription_activation", True, "0440521C", "pays-de-la-loire", "esidoc", True, "fr",
      "The resource is active in 'Mes abonnements' but pupils do not see it: how to publish it on the portal. "
      "The subject carries 0440512C (transposed digits, wrong check letter: 0440512 gives T); the signature's "
      "valid 0440521C is the label."),
    frm=("Damien Le Goff", "damien.le-goff@ac-nantes.fr"), client="zimbra", date=T(1, "15:20"),
    wrong_uais=["0440512C"],
    subject="Publier BiblioFlux sur le portail (0440512C)",
    body=dedent("""
    Bonjour,

    L'abonnement BiblioFlux du collège apparaît bien comme « actif » dans Mes abonnements depuis lundi, mais les élèves ne le voient pas sur le portail e-sidoc du CDI, ni depuis l'ENT.

    Y a-t-il une étape de publication à faire ? Je n'ai rien trouvé dans le back-office.

    Cordialement,

    Damien Le Goff
    Professeur documentaliste
    Collège Aristide Briand – Saint-Nazaire (0440521C)
    """))

add(L("subscription_activation", True, None, None, "esidoc", True, "en",
      "English; the vendor activated the collection yesterday, the school cannot see it in e-sidoc yet: within 72 h. "
      "The school ID is typed 0390861Y: wrong check letter (the digits give 0390861Z), so no UAI, and the vendor's "
      "domain gives no region. The 72-hour answer does not need the UAI."),
    frm=BOOKWAVE, client="outlook", date=T(16, "09:58"), wrong_uais=["0390861Y"],
    subject="Bookwave collection not showing in e-sidoc - Lycée Victor Bérard",
    body=dedent("""
    Hello,

    We activated the Bookwave "Graded Readers B1-B2" collection for Lycée Victor Bérard in Morez (UAI 0390861Y) yesterday afternoon, following their order through the e-sidoc customer area.

    The librarian tells me this morning that the resource does not appear on their e-sidoc portal. Is there anything we or she need to do, or is it just a matter of time? She would like to introduce it to her classes today, before the half-term break.
    """) + SIG_BOOKWAVE)

add(L("subscription_activation", True, "0891542T", "bourgogne-franche-comte", "esidoc", True, "fr",
      "Negation/contrast: 'ce n'est pas un problème de facture' (the invoice is paid); the subscription ordered "
      "yesterday is not visible: subscription_activation, within 72 h."),
    frm=("Collège Mallarmé - CDI", "cdi.mallarme.sens@gmail.com"), client="gmail", date=T(20, "10:05"),
    subject="abonnement pas visible (commande d'hier)",
    body=dedent("""
    Bonjour,

    Ce n'est pas un problème de facture : la gestionnaire a réglé hier par carte et nous avons reçu la confirmation de paiement. C'est l'abonnement lui-même qui n'apparaît pas : dans Mes abonnements, Universalis Junior est toujours marqué "expiré au 30/09/2026".

    Collège Stéphane Mallarmé, Sens – 0891542T

    Merci de me dire s'il faut attendre ou relancer la commande.

    Claire Mounier, documentaliste
    """))

add(L("subscription_activation", True, "0410649H", "centre-val-de-loire", "esidoc", True, "fr",
      "Written by the principal from the ce.<UAI> address, but he only asks when the subscription will be "
      "available (ordered two days ago): not a head-of-establishment request."),
    frm=("Principal Collège du Val de Cher", "ce.0410649H@ac-orleans-tours.fr"), client="outlook",
    date=T(15, "18:03"),
    subject="Date de mise à disposition de l'abonnement",
    body=dedent("""
    Bonjour,

    Le collège a commandé mardi l'abonnement PressÉcole pour le CDI. Notre professeure documentaliste souhaiterait l'utiliser dès la rentrée du 2 novembre avec les classes de 4e.

    Pouvez-vous m'indiquer à quelle date la ressource sera accessible sur le portail ?

    Bien cordialement,

    Philippe Aubrun
    Principal
    Collège du Val de Cher – Saint-Aignan
    """))

add(L("subscription_activation", False, "0450967G", "centre-val-de-loire", "esidoc", False, "fr",
      "Ordered ten days ago, still not active: past the 72-hour rule. Sender is the ce.<UAI> address."),
    frm=("Lycée Pothier", "ce.0450967G@ac-orleans-tours.fr"), client="thunderbird", date=T(12, "09:26"),
    subject="Abonnement Cafeyn commandé le 2 octobre toujours inactif",
    body=dedent("""
    Bonjour,

    L'abonnement Cafeyn commandé le vendredi 2 octobre (panier validé par
    Mme Chevallier, documentaliste) n'est toujours pas actif ce lundi
    12 octobre. Le portail affiche « ressource non disponible ».

    Pouvez-vous vérifier la commande ?

    Pour le lycée,
    la gestion
    """))

add(L("subscription_activation", True, "0491732S", "pays-de-la-loire", "esidoc", False, "fr",
      "Aggregator forwards its customer's complaint (Gmail French quote): activated on their side yesterday, "
      "asks for the e-sidoc side; within 72 h."),
    frm=BIBLIOFLUX, client="gmail", date=T(10, "09:40"),
    subject="Fwd: BiblioFlux invisible sur notre portail",
    body=dedent(f"""
    Bonjour,

    Je vous transfère le message de notre cliente du Lycée Joachim du Bellay. L'abonnement a été activé chez nous hier à 14 h. Pourriez-vous vérifier côté e-sidoc ?

    Merci !

    ---------- Forwarded message ---------
    De : Élodie Brochard <elodie.brochard@ac-nantes.fr>
    Date: ven. 9 oct. 2026 à 17:52
    Subject: BiblioFlux invisible sur notre portail
    To: <support-clients@biblioflux.example.com>

    Bonjour,
    Nous avons bien reçu votre mail d'activation mais BiblioFlux n'apparaît pas sur notre portail e-sidoc. Que faut-il faire ?
    Élodie Brochard, documentaliste
    Lycée Joachim du Bellay, Angers – UAI 0491732S

    """) + SIG_BIBLIOFLUX)

add(L("subscription_activation", True, "0370594V", "centre-val-de-loire", "esidoc", False, "fr",
      "An e-book vendor writes for its customer (Apple Mail): renewal ordered yesterday, still shown as expired; "
      "within 72 h."),
    frm=("Mathilde Royer - Lirabox", "relation.clients@lirabox.example.fr"), client="apple", date=T(9, "12:48"),
    subject="Renouvellement Lirabox toujours « expiré » – LP Gustave Eiffel",
    body=dedent("""
    Bonjour,

    Notre client le LP Gustave Eiffel de Tours (UAI 0370594V) a renouvelé hier, depuis son espace client e-sidoc, son abonnement Lirabox (livres numériques pour la voie professionnelle). Ce midi, M. Caillaud, professeur documentaliste, nous signale que la ressource est toujours indiquée « expirée » dans Mes abonnements et que les élèves ont un message d'erreur.

    De notre côté les licences sont prolongées jusqu'au 31/10/2027. Faut-il simplement attendre la mise à jour du portail ?

    Bien cordialement,

    Mathilde Royer
    Relation clients – Lirabox
    Lirabox SAS – 11 rue des Halles, 37000 Tours – RCS Tours 901 223 845 – SIRET 901 223 845 00013
    """))

add(L("subscription_activation", False, "0900418R", "bourgogne-franche-comte", "esidoc", True, "fr",
      "Two topics: subscription not visible (main) and MailInBlack holding the platform's mails "
      "(mailinblack_spam). Neither template alone answers."),
    frm=("CDI Lycée Condorcet", "cdi.condorcet@ac-besancon.fr"), client="thunderbird", date=T(9, "10:35"),
    subject="Abonnement non visible + mails bloqués",
    body=dedent("""
    Bonjour,

    1. L'abonnement PressÉcole commandé mercredi n'apparaît pas sur notre
    portail e-sidoc.

    2. Je ne reçois plus aucun mail de votre part (confirmation de commande
    comprise) : d'après le service informatique de la Région, ils sont
    retenus par MailInBlack, qui a été installé cet été sur les boîtes des
    lycées. Je n'ai pas les droits pour les libérer.

    Lycée Condorcet, Belfort – UAI 0900418R

    Merci,
    Hélène Grosjean, documentaliste
    """))

add(L("subscription_activation", True, "0211573W", "bourgogne-franche-comte", "esidoc", False, "fr",
      "Phone message, base64 body: Cafeyn ordered yesterday not yet available."),
    frm=("Thomas Bourdon", "thomas.bourdon21@gmail.com"), client="android", date=T(22, "08:12"),
    subject="Cafeyn",
    body=dedent("""
    Bonjour, Cafeyn commandé hier pour le lycée Carnot (Dijon, 0211573W), toujours pas dispo sur le portail ce matin. C'est normal ?
    T. Bourdon, doc

    Envoyé depuis mon Galaxy
    """))

add(L("subscription_activation", True, "0440889C", "pays-de-la-loire", "esidoc", False, "en",
      "English; the online press subscription ordered on Monday is not on the library portal on Wednesday: within 72 h."),
    frm=("Rachel Whitmore", "r.whitmore@lycee-mandela-nantes.example.fr"), client="apple", date=T(7, "09:31"),
    subject="Press subscription not showing on the CDI portal",
    body=dedent("""
    Hello again,

    Our librarian ordered the PressÉcole subscription on Monday morning (for Lycée international Nelson Mandela, 0440889C), but it still isn't showing on the CDI portal today, and my Year 12s were meant to use it tomorrow.

    Is there an activation delay we should expect?

    Many thanks,
    Rachel Whitmore
    """))

add(L("subscription_activation", False, "0250716T", "bourgogne-franche-comte", "esidoc", False, "fr",
      "Reply on an existing ticket (Outlook quote): still not visible five days after the automatic answer; "
      "past 72 h, a person must look."),
    frm=PRESSECOLE, client="outlook", date=T(19, "10:26"),
    subject="RE: [#SUP-028655] Accès PressÉcole non visible – Collège Malraux, Pontarlier",
    in_reply_to="<SUP-028655.1792048000.0be4d1@assistance.example.fr>",
    body=dedent(f"""
    Bonjour,

    Cinq jours après votre réponse ci-dessous, l'accès n'est toujours pas visible sur le portail du Collège Malraux (UAI 0250716T). Pouvez-vous faire intervenir quelqu'un ?

    Merci,
    Benoît Lacroix

    De : Assistance <support@assistance.example.fr>
    Envoyé : {outlook_fr(T(14, "09:03"))}
    À : PressÉcole - Service clients <clients@pressecole.example.fr>
    Objet : [#SUP-028655] Accès PressÉcole non visible – Collège Malraux, Pontarlier

    Bonjour,

    Un abonnement commandé est activé sous 72 heures ouvrées. Passé ce délai, répondez à ce message et nous vérifierons la commande.

    Cordialement,
    L'équipe d'assistance
    """) + SIG_PRESSECOLE)

# =========================================================== password_reset ==
add(L("password_reset", True, "0212086D", "bourgogne-franche-comte", "esidoc", False, "fr",
      "Lost e-sidoc back-office password, no accents; UAI in the signature."),
    frm=("Gaelle Mercier", "gaelle.mercier@ac-dijon.fr"), client="webmail", date=T(5, "07:58"),
    subject="mot de passe admin esidoc",
    body=dedent("""
    Bonjour,

    impossible de me connecter a l administration du portail esidoc du CDI depuis ce matin, le mot de passe n est plus accepte. J ai du le changer en juin et je ne l ai pas note. Pouvez vous me renvoyer un lien pour le reinitialiser ?

    Merci bcp

    Gaelle Mercier
    prof doc - college Les Lentilleres Dijon
    0212086D
    """))

add(L("password_reset", True, None, None, "espace_acheteur", False, "fr",
      "A bookseller lost the password of its supplier access to the Espace Acheteur. No UAI (supplier), no region; "
      "the reset link goes to the address on file."),
    frm=HALLES, client="outlook", date=T(1, "08:52"),
    subject="Mot de passe oublié – accès fournisseur Espace Acheteur",
    body=dedent("""
    Bonjour,

    Je n'arrive plus à me connecter à notre accès fournisseur sur l'Espace Acheteur (identifiant : marches@librairie-deshalles.example.fr). Le lien « mot de passe oublié » me dit qu'un courriel a été envoyé, mais le lien qu'il contient m'indique « lien invalide ».

    Pourriez-vous me renvoyer un lien de réinitialisation ? Nous devons répondre à une consultation avant vendredi.

    Merci,

    """) + SIG_HALLES)

add(L("password_reset", True, None, None, "espace_acheteur", False, "en",
      "English; a vendor's supplier account is locked after too many attempts; asks for an unlock or a reset link."),
    frm=("Sanne de Vries", "sanne.devries@pageturn.example.nl"), client="gmail", date=T(14, "13:30"),
    subject="Account locked - supplier access",
    body=dedent("""
    Hi,

    My colleague tried to log in to our supplier account on the Buyer Space several times with an old password and now the account says "Compte verrouillé". I'm the account holder (sanne.devries@pageturn.example.nl).

    Could you unlock it or send a reset link to this address? We need to upload our price schedule for lot 5.

    Thanks a lot,
    Sanne de Vries
    Pageturn Digital B.V.

    """) + "\n" + gmail_en(T(14, "11:02")) + """ Joris Bakker <joris.bakker@pageturn.example.nl> wrote:
""" + q(dedent("""
    Sanne, I think I just locked us out of the Buyer Space, sorry! I tried the password from the old spreadsheet three times. Can you ask them to unlock it? You're the account holder.
    Joris
    """)) + "\n")

add(L("password_reset", True, "0721384N", "pays-de-la-loire", "esidoc", True, "fr",
      "UAI only in the lower-case ce.<UAI>@ac-nantes.fr sender; the secretariat asks for the reset link on the "
      "official address, the safe path."),
    frm=("Collège Marcelin Berthelot", "ce.0721384n@ac-nantes.fr"), client="thunderbird", date=T(7, "10:12"),
    subject="Réinitialisation mot de passe e-sidoc",
    body=dedent("""
    Bonjour,

    M. Guillou, professeur documentaliste arrivé à la rentrée, n'a pas le mot
    de passe de l'administration e-sidoc du collège (son prédécesseur est
    parti sans le transmettre).

    Pouvez-vous envoyer un lien de réinitialisation sur cette adresse
    officielle ? Nous le lui remettrons.

    Merci,
    Le secrétariat
    """))

add(L("password_reset", True, "0530956B", "pays-de-la-loire", "esidoc", False, "fr",
      "Outlook 'TR:' forward of the reset mail whose link has expired; asks for a new link."),
    frm=("Maëlle Rousseau", "maelle.rousseau@ac-nantes.fr"), client="outlook", date=T(12, "13:26"),
    subject="TR: Réinitialisation de votre mot de passe e-sidoc",
    body=dedent(f"""
    Bonjour,

    Je n'ai pu ouvrir ce mail que ce matin et le lien indique « ce lien a expiré ». Pouvez-vous m'en renvoyer un ?

    Maëlle Rousseau
    Professeure documentaliste – Lycée Ambroise Paré, Laval
    UAI 0530956B

    ________________________________
    De : e-sidoc <ne-pas-repondre@esidoc.example.fr>
    Envoyé : {outlook_fr(T(9, "17:41"))}
    À : Maëlle Rousseau <maelle.rousseau@ac-nantes.fr>
    Objet : Réinitialisation de votre mot de passe e-sidoc

    Bonjour,

    Une demande de réinitialisation du mot de passe administrateur a été faite pour votre portail.
    Cliquez sur le lien ci-dessous dans les 12 heures :
    https://0530956b.esidoc.fr/admin/reset?t=8Qd2...

    Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
    """))

add(L("password_reset", True, None, "pays-de-la-loire", "esidoc", True, "fr",
      "UAI typed 0441286K: wrong check letter (the digits give 0441286J), so no UAI; region from the ac-nantes.fr "
      "sender. Plain forgotten password, the usual reset path (ask for the UAI / official address) applies."),
    frm=("Lucie Bernier", "lucie.bernier@ac-nantes.fr"), client="zimbra", date=T(2, "16:48"),
    subject="Mot de passe e-sidoc oublié - 0441286K",
    wrong_uais=["0441286K"],
    body=dedent("""
    Bonjour,

    J'ai oublié le mot de passe de l'interface d'administration e-sidoc du CDI. Notre identifiant est 0441286K (collège de Vertou).

    Merci de m'indiquer comment le réinitialiser.

    Lucie Bernier
    Professeure documentaliste
    """))

add(L("password_reset", False, "0361204N", "centre-val-de-loire", "esidoc", True, "fr",
      "Forgotten password, but she asks for it to be sent to her personal Gmail during the holidays: the link "
      "may only go to the address on file or the official address, so no automatic answer."),
    frm=("Véronique Aubert", "vero.aubert36@gmail.com"), client="gmail", date=T(19, "20:37"),
    subject="mot de passe e-sidoc - envoi sur adresse perso svp",
    body=dedent("""
    Bonsoir,

    Je suis documentaliste au lycée Rollinat d'Argenton (0361204N). J'ai oublié mon mot de passe d'administration e-sidoc et je voudrais préparer les nouveautés pendant les vacances.

    Je n'ai pas accès à ma boîte académique de chez moi (problème d'authentification), pourriez-vous m'envoyer le lien ou le mot de passe sur cette adresse Gmail ?

    Merci d'avance et bonnes vacances !
    Véronique Aubert
    """))

add(L("password_reset", True, "0390861Z", "bourgogne-franche-comte", "esidoc", False, "fr",
      "New gestionnaire who never had the customer-account password: 'je ne connais pas le mot de passe'."),
    frm=("Agnès Vuillet", "agnes.vuillet@ac-besancon.fr"), client="outlook", date=T(6, "10:31"),
    subject="Accès espace client – mot de passe inconnu",
    body=dedent("""
    Bonjour,

    Nouvellement arrivée comme gestionnaire au Lycée Victor Bérard de Morez (UAI 0390861Z), je dois valider des commandes d'abonnements dans l'espace client e-sidoc.

    Je ne connais pas le mot de passe du compte client de l'établissement et ma prédécesseure est partie en retraite. Comment le récupérer ?

    Cordialement,

    Agnès Vuillet
    Gestionnaire
    """))

add(L("password_reset", False, "0721670Z", "pays-de-la-loire", "esidoc", True, "fr",
      "Two topics: forgotten e-sidoc password (main) and a quote for two new resources (order_billing)."),
    frm=("Romain Tessier", "romain.tessier@ac-nantes.fr"), client="zimbra", date=T(13, "12:06"),
    subject="Mot de passe + devis",
    body=dedent("""
    Bonjour,

    Je n'arrive plus à me connecter au back-office e-sidoc du collège Reverdy (Sablé, 0721670Z) : mot de passe refusé, et le lien « mot de passe oublié » envoie le mail à une adresse que je ne connais pas.

    Et tant que je vous tiens : pourriez-vous m'envoyer un devis pour Universalis Junior et BiblioFlux collège (1 an) ? La gestionnaire en a besoin pour le budget 2027.

    Merci !
    Romain Tessier, documentaliste
    """))

add(L("password_reset", True, None, None, "espace_acheteur", False, "fr",
      "A bookshop's supplier login is forgotten: the mailbox is shared by three people and nobody knows the login or "
      "the password. No UAI (supplier), no region."),
    frm=CHATQUILIT, client="thunderbird", date=T(27, "09:14"),
    subject="Identifiant Espace Acheteur oublié",
    body=dedent("""
    Bonjour,

    Nous sommes trois à utiliser l'adresse du service collectivités et plus
    personne ne sait quel identifiant a servi à créer notre accès fournisseur
    sur l'Espace Acheteur, ni le mot de passe (la collègue qui l'avait créé
    est partie cet été). Comment pouvons-nous récupérer l'accès ?

    Cordialement,
    """) + SIG_CHATQUILIT)
add(L("password_reset", True, None, None, "ticket_portal", False, "fr",
      "A bookseller's ticket-portal password has expired and the form wants the old one, which she no longer has. "
      "Supplier address: no UAI, no region."),
    frm=("Julie Cuenot - Librairie Comtoise", "j.cuenot@librairie-comtoise.example.fr"), client="gmail",
    date=T(16, "11:20"),
    subject="Mot de passe expiré sur le portail d'assistance",
    body=dedent("""
    Bonjour,

    Je voulais suivre sur votre portail d'assistance ma demande d'avoir pour le collège de Pontarlier, mais on me dit que mon mot de passe a expiré et qu'il faut le changer. Le formulaire exige l'ancien mot de passe, que je n'ai plus (il était enregistré sur l'ancien ordinateur de la librairie).

    Pouvez-vous réinitialiser mon accès ?

    Merci,
    Julie Cuenot
    Librairie Comtoise – Service aux collectivités
    """))

add(L("password_reset", True, "0440889C", "pays-de-la-loire", "esidoc", False, "en",
      "English; the library assistant forgot the e-sidoc admin password."),
    frm=("James Okafor", "j.okafor@lycee-mandela-nantes.example.fr"), client="outlook", date=T(5, "12:40"),
    subject="Forgotten e-sidoc password",
    body=dedent("""
    Hello,

    I'm the library assistant at Lycée international Nelson Mandela in Nantes (UAI 0440889C). I've forgotten the password for the e-sidoc admin interface and the "forgotten password" page doesn't seem to send anything to me, probably because the account is under the librarian's address.

    How can I get a reset link?

    Thanks,
    James Okafor
    Library assistant
    """))

add(L("password_reset", True, "0851276A", "pays-de-la-loire", "esidoc", False, "fr",
      "HTML-only Outlook message: account locked after several wrong passwords."),
    frm=("Yannick Renaud", "yannick.renaud@ac-nantes.fr"), client="outlook", html_only=True, date=T(8, "08:05"),
    subject="Compte bloqué e-sidoc",
    body=dedent("""
    Bonjour,

    Après plusieurs essais de mot de passe ce matin, mon compte d'administration e-sidoc est bloqué (« trop de tentatives »). Je ne suis plus sûr du mot de passe de toute façon.

    Pouvez-vous le débloquer ou m'envoyer un lien de réinitialisation ?

    Yannick Renaud
    Professeur documentaliste – Lycée Savary de Mauléon
    Les Sables-d'Olonne – 0851276A
    """))

add(L("password_reset", False, "0851019W", "pays-de-la-loire", "esidoc", False, "fr",
      "Reply (Gmail French quote) to the automatic answer: the link went to the former librarian's address, which "
      "nobody reads; a person must take over (head-of-establishment procedure)."),
    frm=("Camille Rabaud", "camille.rabaud@ac-nantes.fr"), client="gmail", date=T(14, "14:55"),
    subject="Re: [#SUP-028640] Mot de passe e-sidoc",
    in_reply_to="<SUP-028640.1792000000.9f31aa@assistance.example.fr>",
    body=dedent(f"""
    Bonjour,

    Le lien est parti sur l'adresse de mon prédécesseur (m***@ac-nantes.fr), qui a quitté l'académie. Personne ne peut lire cette boîte. Comment faire ?

    Camille Rabaud
    Documentaliste, collège Pierre Loti – La Roche-sur-Yon (0851019W)

    {gmail_fr(T(14, "10:02"))}, Assistance <support@assistance.example.fr> a écrit :
    """) + q(dedent("""
    Bonjour,

    Un lien de réinitialisation du mot de passe a été envoyé à l'adresse connue pour votre établissement (m***@ac-nantes.fr). Il est valable 12 heures.

    Cordialement,
    L'équipe d'assistance
    """)) + "\n")

add(L("password_reset", True, "0451186V", "centre-val-de-loire", "esidoc", True, "fr",
      "UAI written with a space before the letter ('0451186 V'); label is the compact code."),
    frm=("Sandrine Moulin", "sandrine.moulin@ac-orleans-tours.fr"), client="thunderbird", date=T(29, "10:40"),
    subject="Perte mot de passe administration",
    body=dedent("""
    Bonjour,

    De retour de congé maladie, je ne retrouve plus le mot de passe
    d'administration de notre portail documentaire. Pouvez-vous m'aider à le
    réinitialiser ?

    Collège Jean Zay, Orléans – RNE : 0451186 V

    Bien à vous,
    Sandrine Moulin
    """))

# ===================================================== missing_noreply_mail ==
add(L("missing_noreply_mail", True, None, None, "espace_acheteur", True, "fr",
      "IT supplier no longer receives the order notifications from the no-reply address (spam folder checked). "
      "Looks like order_billing, but the ask is the missing automatic mail; no anti-spam product named."),
    frm=NUMERIK, client="thunderbird", date=T(9, "09:12"),
    subject="Plus de notifications de commande depuis le 1er octobre",
    body=dedent("""
    Bonjour,

    Depuis le 1er octobre, nous ne recevons plus les notifications
    automatiques « Nouvelle commande » de l'Espace Acheteur
    (no-reply@espace-acheteur.example.fr). Nous apprenons les commandes
    quand les établissements nous appellent pour savoir où en est la
    livraison...

    J'ai vérifié les indésirables et la quarantaine de notre messagerie :
    rien. Les autres expéditeurs arrivent normalement.

    Pouvez-vous vérifier que notre adresse de notification est toujours la
    bonne et que les envois partent bien ?

    Merci,
    """) + SIG_NUMERIK)

add(L("missing_noreply_mail", True, "0442318F", "pays-de-la-loire", "espace_acheteur", False, "fr",
      "New deputy gestionnaire never got the activation link of her Espace Acheteur account."),
    frm=("Léa Chauvin", "lea.chauvin@ac-nantes.fr"), client="zimbra", date=T(2, "09:37"),
    subject="Lien d'activation non reçu",
    body=dedent("""
    Bonjour,

    L'administrateur de notre structure (Lycée Clemenceau, Nantes – 0442318F) a créé mon compte sur l'Espace Acheteur lundi. Je n'ai jamais reçu le mail d'activation, ni dans la boîte de réception ni dans les indésirables.

    Pouvez-vous le renvoyer ?

    Léa Chauvin
    Adjointe gestionnaire
    """))

add(L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
      "English; the confirmation e-mail of a new supplier registration never arrived. No product named."),
    frm=("Ciarán Walsh", "ciaran.walsh@teknosolutions.example.ie"), client="outlook", date=T(6, "15:05"),
    subject="Registration confirmation e-mail not received",
    body=dedent("""
    Hello,

    I registered a second user for Tekno Solutions Europe on the Buyer Space supplier side yesterday (ciaran.walsh@teknosolutions.example.ie), so that I can follow our bids with my colleague Aoife Byrne.

    The page said a confirmation e-mail had been sent, but nothing has arrived after 24 hours. Junk folder checked, nothing there either.

    Could you resend it?

    Regards,
    Ciarán Walsh
    Bid Manager, Tekno Solutions Europe Ltd.
    """))

add(L("missing_noreply_mail", True, "0891127S", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
      "Names MailInBlack only to say the school no longer uses it: missing_noreply_mail, not mailinblack_spam."),
    frm=("Fabienne Lamy", "fabienne.lamy@ac-dijon.fr"), client="outlook", date=T(7, "14:22"),
    subject="Mails de validation de compte jamais reçus",
    body=dedent("""
    Bonjour,

    Je suis administratrice de structure sur l'Espace Acheteur pour le Collège Bienvenu Martin d'Auxerre (UAI 0891127S). Deux collègues se sont inscrits la semaine dernière et je n'ai reçu aucune notification « compte à valider ».

    Avant que vous me posiez la question : ce n'est pas MailInBlack, nous ne l'avons plus depuis juin (le Département l'a retiré des collèges de l'Yonne). Rien non plus dans les courriers indésirables.

    Merci de vérifier vos envois.

    Fabienne Lamy
    Gestionnaire
    """))

add(L("missing_noreply_mail", True, "0371093M", "centre-val-de-loire", "esidoc", True, "fr",
      "Reads like a password problem, but the reset form works and the new-password mail never arrives: "
      "missing_noreply_mail per the taxonomy."),
    frm=("Bérangère Joly", "berangere.joly@ac-orleans-tours.fr"), client="thunderbird", date=T(5, "16:50"),
    subject="Mail de nouveau mot de passe jamais reçu",
    body=dedent("""
    Bonjour,

    J'ai fait trois fois la demande « mot de passe oublié » sur l'administration
    e-sidoc (la page me confirme à chaque fois l'envoi), mais je ne reçois
    jamais le mail, ni dans la boîte de réception ni dans les spams.
    L'adresse est la bonne, c'est celle du CDI.

    Collège Rabelais, Chinon – 0371093M

    Merci,
    Bérangère Joly
    """))

add(L("missing_noreply_mail", False, "0180351J", "centre-val-de-loire", "espace_acheteur", False, "fr",
      "Reply (Thunderbird French quote) after the junk-folder answer: still nothing after 48 h, asks to escalate. "
      "The template was already sent, so a person must follow up."),
    frm=("Laure Vannier", "laure.vannier@ac-orleans-tours.fr"), client="thunderbird", date=T(15, "09:30"),
    subject="Re: [#SUP-028590] Notification de validation non reçue",
    in_reply_to="<SUP-028590.1791813000.4a2c7e@assistance.example.fr>",
    body=dedent(f"""
    Bonjour,

    J'ai suivi vos conseils (indésirables, expéditeur autorisé) et rien
    n'arrive toujours, 48 heures plus tard. Pouvez-vous transmettre à la
    Région comme indiqué ?

    Laure Vannier, collège George Sand, Bourges (0180351J)

    {tb_fr(T(13, "08:10"))}, Assistance a écrit :
    """) + q(dedent("""
    Bonjour,

    Les messages automatiques partent de l'adresse no-reply@espace-acheteur.example.fr.
    Vérifiez votre dossier de courrier indésirable, marquez le message comme légitime
    et ajoutez cet expéditeur à vos contacts. Sans nouvelles sous 48 heures, répondez
    à ce message.

    Cordialement,
    L'équipe d'assistance
    """)) + "\n")

add(L("missing_noreply_mail", True, None, None, "esignature", False, "fr",
      "The market holder never received the e-signature invitation for an amendment (not in junk either) and asks "
      "for it to be sent again. No anti-spam product named."),
    frm=MOBILOIRE, client="outlook", date=T(22, "09:30"),
    subject="Invitation de signature avenant n°3 non reçue",
    body=dedent("""
    Bonjour,

    D'après le service achats de la centrale, l'avenant n°3 à l'accord-cadre 2025-031 m'a été envoyé hier pour signature électronique. Je n'ai reçu aucune invitation de la plateforme de signature, ni dans ma boîte de réception ni dans les courriers indésirables.

    Pourriez-vous la renvoyer ? Je suis en déplacement chez des clients toute la semaine prochaine et voudrais signer avant.

    Cordialement,

    """) + SIG_MOBILOIRE)
add(L("missing_noreply_mail", True, None, None, "ticket_portal", False, "fr",
      "An aggregator that follows its tickets on the ticket portal gets no notification mail when the desk answers."),
    frm=BIBLIOFLUX, client="gmail", date=T(21, "15:33"),
    subject="Pas de notification du portail d'assistance",
    body=dedent("""
    Bonjour,

    Nous suivons nos demandes sur votre portail d'assistance, mais nous ne recevons aucune notification par mail quand une réponse est publiée : je découvre vos réponses en me connectant, parfois plusieurs jours après. Les notifications sont pourtant cochées dans mon profil et rien n'est dans les spams.

    Pouvez-vous vérifier ?

    Merci,

    """) + SIG_BIBLIOFLUX)

add(L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
      "Very short mobile message from the new bookshop (see its sign-up question): the sign-up confirmation has not "
      "arrived since Friday, spam folder checked. No product named, no UAI, no region."),
    frm=("Amandine Faure", "contact@lemarquepage-nevers.example.fr"), client="gmail", date=T(12, "07:21"),
    subject="inscription espace acheteur",
    body=dedent("""
    bonjour, toujours pas reçu le mail de confirmation pour l'inscription de la librairie sur l'espace acheteur (faite vendredi comme vous me l'avez indiqué). rien dans les spams.
    merci !
    Amandine - Le Marque-Page

    Envoyé depuis mon téléphone
    """))

add(L("missing_noreply_mail", True, "0711856G", "bourgogne-franche-comte", "esidoc", True, "fr",
      "HTML-only mail from a primary-school head: the activation mail of the new customer account never came. "
      "Written by a head of establishment but asks nothing to authorise."),
    frm=("Direction École Saint-Exupéry", "ce.0711856g@ac-dijon.fr"), client="outlook", html_only=True,
    date=T(1, "12:18"),
    subject="Mail d'activation du compte client",
    body=dedent("""
    Bonjour,

    J'ai créé hier le compte client de l'école sur e-sidoc pour commander notre première ressource en ligne. Le site indique qu'un mail d'activation valable 12 heures a été envoyé, mais je n'ai rien reçu sur la boîte de l'école (indésirables vérifiés).

    Pourriez-vous le renvoyer ?

    Bien cordialement,

    Sylvie Chapuis
    Directrice
    École primaire Saint-Exupéry – Mâcon
    """))

# ========================================================= mailinblack_spam ==
add(L("mailinblack_spam", True, "0280276Y", "centre-val-de-loire", "espace_acheteur", False, "fr",
      "MailInBlack holds every mail from the platform, order confirmations included."),
    frm=("Jérôme Laval", "jerome.laval@ac-orleans-tours.fr"), client="outlook", date=T(27, "08:41"),
    subject="Vos mails bloqués par MailInBlack",
    body=dedent("""
    Bonjour,

    Depuis la migration de nos boîtes vers la messagerie du Département, tous vos mails (confirmations de commande de l'Espace Acheteur, notifications) arrivent dans la quarantaine MailInBlack, que je découvre une fois par semaine.

    Quelles adresses faut-il autoriser ?

    Jérôme Laval
    Gestionnaire – Collège Louis Armand, Dreux (0280276Y)
    """))

add(L("mailinblack_spam", False, "0211573W", "bourgogne-franche-comte", None, True, "fr",
      "MailInBlack named, but it is the bookseller's own invoices to the lycée that are held: the allow-list guide "
      "for the platform's senders does not answer it; routing to the region is the only useful action."),
    frm=HALLES, client="outlook", date=T(15, "10:52"),
    subject="Nos factures bloquées par MailInBlack au Lycée Carnot",
    body=dedent("""
    Bonjour,

    Nos factures et relances envoyées par courriel au service intendance du Lycée Carnot (UAI 0211573W) sont systématiquement retenues : nous recevons en retour un message MailInBlack nous demandant de « prouver que nous sommes humains », ce que nous faisons, mais les messages suivants sont à nouveau bloqués.

    L'intendance nous dit ne rien pouvoir faire et nous renvoie vers vous. Pouvez-vous intervenir auprès de l'établissement ou de son service informatique ?

    Cordialement,

    """) + SIG_HALLES)

add(L("mailinblack_spam", True, "0440889C", "pays-de-la-loire", "espace_acheteur", False, "en",
      "English; the school's Mailinblack quarantines the Buyer Space activation links."),
    frm=("Tom Hargreaves", "it@lycee-mandela-nantes.example.fr"), client="outlook", date=T(6, "16:19"),
    subject="Activation links caught by Mailinblack",
    body=dedent("""
    Hi,

    I look after IT at Lycée international Nelson Mandela (0440889C). Our bursar's Buyer Space activation e-mails are being quarantined by Mailinblack, and by the time she releases them the links have expired.

    Which sender addresses or domains should I add to the Mailinblack allow-list for your platform?

    Cheers,
    Tom Hargreaves
    IT Manager
    """))

add(L("mailinblack_spam", False, "0251248W", "bourgogne-franche-comte", "esidoc", True, "fr",
      "The sender-authentication challenge and the quarantine digest are described without naming the product: "
      "mailinblack_spam, but the product is not confirmed, so a person checks before sending the guide."),
    frm=("Pascale Courtet", "pascale.courtet@ac-besancon.fr"), client="thunderbird", date=T(1, "11:37"),
    subject="Messages de la plateforme retenus",
    body=dedent("""
    Bonjour,

    Depuis septembre, les messages d'e-sidoc (confirmations, alertes de fin
    d'abonnement) ne m'arrivent plus directement : je reçois chaque matin un
    « récapitulatif des messages en attente » où ils apparaissent, et il
    faut cliquer sur « libérer » un par un. Une collègue qui m'écrit de
    l'extérieur a même dû cliquer sur un lien pour prouver qu'elle n'était
    pas un robot.

    Je ne sais pas quel est ce logiciel, c'est le rectorat qui gère.
    Comment faire pour que vos messages arrivent normalement ?

    Pascale Courtet
    Documentaliste, collège Victor Hugo, Besançon – 0251248W
    """))

add(L("mailinblack_spam", True, "0180834J", "centre-val-de-loire", "espace_acheteur", False, "fr",
      "Product spelled 'mail in black', typos and no accents."),
    frm=("Intendance Prevert", "int.0180834j@ac-orleans-tours.fr"), client="webmail", date=T(23, "14:02"),
    subject="blocage mail in black",
    body=dedent("""
    bonjour
    vos mail de l espace acheteur sont bloqués par le mail in black du college, on recoit juste le resumé le lendemain. que faut il mettre en liste blanche ?
    merci
    intendance clg Prevert Vierzon
    """))

add(L("mailinblack_spam", True, None, None, None, False, "fr",
      "A département's IT department asks which senders to allow-list in MailInBlack for all its collèges. "
      "Both products named, so no single platform; no UAI, non-academic domain."),
    frm=("DSI Conseil départemental de la Sarthe", "assistance.colleges@sarthe-departement.example.fr"),
    client="outlook", date=T(20, "09:50"),
    subject="Liste blanche MailInBlack – collèges de la Sarthe",
    body=dedent("""
    Bonjour,

    La Direction des systèmes d'information du Département déploie MailInBlack sur les messageries des 58 collèges publics de la Sarthe pendant les vacances de la Toussaint.

    Afin d'éviter que les messages de l'Espace Acheteur et d'e-sidoc (activation de comptes, mots de passe, confirmations de commande) ne soient bloqués, pourriez-vous nous communiquer la liste des adresses d'expédition et des domaines à autoriser globalement ?

    Cordialement,

    Pôle Assistance collèges
    Direction des systèmes d'information
    Conseil départemental de la Sarthe
    """))

add(L("mailinblack_spam", True, "0360712D", "centre-val-de-loire", "espace_acheteur", False, "fr",
      "Forward of the daily MailInBlack quarantine report: the forwarded part is machine text, the outer message "
      "is a real question."),
    frm=("Corinne Bertrand", "corinne.bertrand@ac-orleans-tours.fr"), client="outlook", date=T(6, "08:15"),
    subject="TR: Mailinblack - Vos messages en attente",
    body=dedent("""
    Bonjour,

    Je reçois ceci tous les jours avec vos messages dedans. Que dois-je faire pour qu'ils arrivent directement ? Je ne veux pas tout autoriser au hasard.

    Corinne Bertrand
    Gestionnaire – Lycée Jean Giraudoux, Châteauroux – 0360712D

    -----Message d'origine-----
    De : Mailinblack <noreply@protect.mailinblack.example.com>
    Envoyé : mardi 6 octobre 2026 07:00
    À : corinne.bertrand@ac-orleans-tours.fr
    Objet : Mailinblack - Vos messages en attente

    Vous avez 4 nouveaux messages en attente :

    no-reply@espace-acheteur.example.fr   Votre commande EA-2026-121884 est validée
    no-reply@espace-acheteur.example.fr   Nouvelle pièce publiée : Avenant n°2
    clients@pressecole.example.fr          Votre abonnement est actif
    newsletter@arcadie-scolaire.example.fr Nouveautés 2027

    [Délivrer]  [Autoriser l'expéditeur]  [Bloquer]
    """))

# ============================================ head_of_establishment_request ==
add(L("head_of_establishment_request", False, "0530956B", "pays-de-la-loire", "espace_acheteur", False, "fr",
      "The proviseur, from the ce.<UAI> address, authorises in writing the gestionnaire to validate an order above "
      "the delegation threshold."),
    frm=("Proviseur Lycée Ambroise Paré", "ce.0530956B@ac-nantes.fr"), client="outlook", date=T(6, "09:02"),
    cc=[("Stéphane Morin", "stephane.morin1@ac-nantes.fr")],
    subject="Autorisation de validation – commande mobilier CDI 18 420 € TTC",
    body=dedent("""
    Madame, Monsieur,

    Je soussigné, Éric Le Bihan, proviseur du Lycée Ambroise Paré de Laval (UAI 0530956B), autorise M. Stéphane Morin, gestionnaire, à valider sur l'Espace Acheteur la commande de mobilier du CDI passée auprès de la société Mobiloire, d'un montant de 18 420,00 € TTC (devis M-26-3318), au-delà du seuil de sa délégation de signature.

    Cette dépense a été votée par le conseil d'administration du 29 septembre 2026 (acte n° 2026-14).

    Je vous remercie de bien vouloir débloquer la validation.

    Éric Le Bihan
    Proviseur
    Lycée Ambroise Paré – 17 rue du Lycée – 53000 Laval
    """))

add(L("head_of_establishment_request", False, "0580623M", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
      "The principal names a new structure administrator on the Espace Acheteur and asks to close the former "
      "gestionnaire's access."),
    frm=("Principal - Collège Les Loges", "ce.0580623M@ac-dijon.fr"), client="thunderbird", date=T(5, "11:48"),
    subject="Changement d'administrateur – Espace Acheteur",
    body=dedent("""
    Bonjour,

    M. Patrick Devaux, gestionnaire et administrateur de notre structure sur
    l'Espace Acheteur, a été muté au 1er octobre. Je désigne pour le remplacer
    M. Christophe Ragon (christophe.ragon@ac-dijon.fr), nouveau gestionnaire.

    Je vous demande en conséquence de transférer les droits d'administrateur à
    M. Ragon et de clôturer l'accès de M. Devaux.

    Collège Les Loges, Nevers – UAI 0580623M

    Jean-Marc Thévenot
    Principal
    """))

add(L("head_of_establishment_request", False, "0411065K", "centre-val-de-loire", "esidoc", False, "fr",
      "The principal herself, from the ce.<UAI> address, asks for the e-sidoc administrator password reset and a "
      "new contact address for the librarian."),
    frm=("Collège Augustin Thierry - Direction", "ce.0411065K@ac-orleans-tours.fr"), client="outlook",
    date=T(9, "14:30"),
    subject="Demande de réinitialisation – administration e-sidoc",
    body=dedent("""
    Madame, Monsieur,

    En ma qualité de principale du Collège Augustin Thierry de Blois (UAI 0411065K), je vous demande de bien vouloir réinitialiser le mot de passe administrateur de notre portail e-sidoc et de remplacer l'adresse de contact du compte par celle de notre professeure documentaliste, Mme Élise Garnier : elise.garnier@ac-orleans-tours.fr.

    L'adresse actuellement enregistrée est celle de son prédécesseur, qui a quitté l'établissement.

    Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

    Nadine Fontaine
    Principale
    """))

add(L("head_of_establishment_request", False, "0450311U", "centre-val-de-loire", "esidoc", False, "fr",
      "A primary-school head (directrice d'école) asks to replace the contact address of the e-sidoc account by "
      "the school's official address; she writes from her personal academic address."),
    frm=("Hélène Caron", "helene.caron2@ac-orleans-tours.fr"), client="gmail", date=T(8, "17:25"),
    subject="Changement adresse de contact e-sidoc école Pasteur",
    body=dedent("""
    Bonjour,

    Je suis la directrice de l'école élémentaire Pasteur de Montargis (0450311U). Le compte e-sidoc de la BCD est rattaché à l'adresse personnelle d'une ancienne collègue partie à la retraite.

    Je vous demande de remplacer cette adresse par l'adresse de l'école : ce.0450311U@ac-orleans-tours.fr, afin que nous puissions gérer les accès nous-mêmes.

    Merci,
    Hélène Caron
    Directrice
    """))

add(L("head_of_establishment_request", False, "0440889C", "pays-de-la-loire", "espace_acheteur", False, "en",
      "English; the head of a private international lycée authorises the bursar to validate orders and to sign "
      "the membership convention."),
    frm=("Dr Margaret Ellison", "head@lycee-mandela-nantes.example.fr"), client="outlook", date=T(14, "08:20"),
    subject="Authorisation for our bursar - Buyer Space",
    body=dedent("""
    Dear Sir or Madam,

    As Head of Lycée international Nelson Mandela, Nantes (UAI 0440889C), I hereby authorise our bursar, Mrs Catherine Doyle (bursar@lycee-mandela-nantes.example.fr), to validate purchase orders on behalf of the school on the Buyer Space and to sign the purchasing-centre membership convention.

    Please grant her the corresponding rights. A signed letter on school letterhead is attached.

    Yours faithfully,

    Dr Margaret Ellison
    Head of School
    """),
    attach=[("Authorisation_C_Doyle_signed.pdf", "application/pdf", pdf_stub("Authorisation"))])

add(L("head_of_establishment_request", False, "0442318F", "pays-de-la-loire", "espace_acheteur", True, "fr",
      "Claims to be the proviseur but writes from a personal Gmail address and asks to move the administrator "
      "address to that Gmail address: weak evidence, possibly a takeover attempt. Still a head-of-establishment "
      "request for the queue, where staff must verify with the official address."),
    frm=("Proviseur Clemenceau", "proviseur.clemenceau.nantes@gmail.com"), client="gmail", date=T(18, "22:47"),
    subject="URGENT changement adresse administrateur",
    body=dedent("""
    Bonjour,

    Je suis le proviseur du lycée Clemenceau de Nantes (0442318F). Notre messagerie académique est en panne pendant les vacances et je dois valider des commandes urgentes.

    Merci de remplacer dès aujourd'hui l'adresse de l'administrateur de notre structure sur l'Espace Acheteur par celle-ci : proviseur.clemenceau.nantes@gmail.com, et de m'envoyer le nouveau mot de passe à cette adresse.

    Cordialement
    Le proviseur
    """))

add(L("head_of_establishment_request", False, "0490877M", "pays-de-la-loire", "esidoc", False, "fr",
      "Reply (Zimbra 'Mail original' quote) in which the principal gives the written request the desk asked for."),
    frm=("Principal Collège Chevreul", "ce.0490877M@ac-nantes.fr"), client="zimbra", date=T(12, "17:05"),
    subject="Re: [#SUP-028611] Accès administration e-sidoc",
    in_reply_to="<SUP-028611.1791900000.2d8e5c@assistance.example.fr>",
    body=dedent(f"""
    Bonjour,

    Comme demandé, je confirme par écrit : je demande la réinitialisation du mot de passe d'administration e-sidoc du Collège Chevreul (UAI 0490877M). Le lien peut être envoyé sur cette adresse officielle, je le transmettrai à Mme Pasquier, notre professeure documentaliste.

    Bertrand Lhomme
    Principal

    ----- Mail original -----
    De: "Assistance" <support@assistance.example.fr>
    À: "Sophie Pasquier" <sophie.pasquier@ac-nantes.fr>
    Envoyé: {zimbra_fr(T(12, "09:40"))}
    Objet: [#SUP-028611] Accès administration e-sidoc

    Bonjour,

    L'adresse connue pour votre établissement n'est plus valide. Pour réinitialiser l'accès, le chef d'établissement doit en faire la demande par écrit, de préférence depuis l'adresse officielle de l'établissement.

    Cordialement,
    L'équipe d'assistance
    """))

add(L("head_of_establishment_request", False, "0211573W", "bourgogne-franche-comte", "esidoc", True, "fr",
      "The body gives 0211573X (wrong check letter, probable typo); the sender ce.0211573W@ac-dijon.fr carries the "
      "valid UAI, which is the label. The proviseur authorises an order above the threshold."),
    frm=("Lycée Carnot - Proviseur", "ce.0211573W@ac-dijon.fr"), client="outlook", date=T(9, "12:10"),
    wrong_uais=["0211573X"],
    subject="Autorisation commande Bookwave",
    body=dedent("""
    Bonjour,

    J'autorise Mme Colin, professeure documentaliste, à valider la commande de la collection Bookwave « Fiction in English » (940,00 € HT) dans l'espace client e-sidoc du lycée, bien que le montant dépasse le plafond fixé pour les commandes du CDI.

    Lycée Carnot, Dijon – UAI 0211573X

    Dominique Perreau
    Proviseur
    """))

add(L("head_of_establishment_request", False, "0210967M", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
      "The proviseur confirms from his phone, quoting the gestionnaire's message (Apple quote style), that the "
      "administrator rights may be transferred."),
    frm=("Laurent Michaud", "laurent.michaud@ac-dijon.fr"), client="iphone", date=T(16, "19:12"),
    subject="Re: Transfert des droits administrateur Espace Acheteur",
    in_reply_to="<B5E1C0A2-7F3D-4B8E-9C11-2E6F0A9D4C17@ac-dijon.fr>",
    body=dedent(f"""
    Bonjour,

    Je confirme ma demande : les droits d'administrateur de la structure peuvent être transférés à Mme Gauthey.

    L. Michaud, proviseur du lycée Clos Maire

    Envoyé de mon iPhone

    > {apple_fr(T(16, "15:31"))}, Marion Gauthey <marion.gauthey@ac-dijon.fr> a écrit :
    >
    """) + q(dedent("""
    Bonjour,

    Je suis la nouvelle gestionnaire du lycée Clos Maire de Beaune (UAI 0210967M). Pourriez-vous me transférer les droits d'administrateur de notre structure sur l'Espace Acheteur ? Le proviseur, en copie, vous confirmera sa demande.

    Marion Gauthey
    """)) + "\n",
    to=[(DESK_NAME, DESK), ("Marion Gauthey", "marion.gauthey@ac-dijon.fr")])

# ========================================================= account_creation ==
add(L("account_creation", True, None, None, "espace_acheteur", False, "fr",
      "A newly opened bookshop wants to create a supplier account to answer consultations: the sign-up answer fits."),
    frm=("Librairie Le Marque-Page", "contact@lemarquepage-nevers.example.fr"), client="gmail", date=T(7, "18:40"),
    subject="Création compte fournisseur",
    body=dedent("""
    Bonjour,

    Nous avons ouvert en septembre une librairie indépendante à Nevers et nous aimerions répondre aux consultations des établissements scolaires de la Nièvre publiées sur l'Espace Acheteur.

    Comment créer notre compte fournisseur ? Je ne trouve que le formulaire pour les acheteurs.

    Merci pour votre aide,

    Amandine Faure
    Librairie Le Marque-Page
    22 rue François Mitterrand – 58000 Nevers
    SIRET 949 301 652 00014
    """))

add(L("account_creation", True, "0450967G", "centre-val-de-loire", "espace_acheteur", False, "fr",
      "Filled in the sign-up form a week ago, still waiting for the structure administrator's validation (FAQ case)."),
    frm=("Julie Chevallier", "julie.chevallier1@ac-orleans-tours.fr"), client="thunderbird", date=T(13, "13:33"),
    subject="Compte en attente de validation",
    body=dedent("""
    Bonjour,

    Je me suis inscrite sur l'Espace Acheteur le 6 octobre (Lycée Pothier,
    Orléans – 0450967G). Quand je me connecte, j'ai toujours le message
    « votre compte est en attente de validation par l'administrateur de votre
    structure ». Qui doit valider, et comment le relancer ?

    Merci,
    Julie Chevallier
    Professeure documentaliste
    """))

add(L("account_creation", False, "0440521C", "pays-de-la-loire", "espace_acheteur", False, "fr",
      "Asks who the structure's administrator is: needs a look-up, so a person answers."),
    frm=("Gestion Collège Aristide Briand", "gestion.briand@ac-nantes.fr"), client="zimbra", date=T(5, "10:28"),
    subject="Qui est administrateur de notre structure ?",
    body=dedent("""
    Bonjour,

    Pourriez-vous nous dire qui est déclaré administrateur de la structure « Collège Aristide Briand – Saint-Nazaire » (0440521C) sur l'Espace Acheteur ? Personne ici ne s'en souvient et une nouvelle collègue attend la validation de son compte.

    Merci,
    Le service de gestion
    """))

add(L("account_creation", False, "0711390A", "bourgogne-franche-comte", "espace_acheteur", False, "fr",
      "Account works; the deputy gestionnaire asks for order-validation rights to be opened."),
    frm=("Muriel Desbois", "muriel.desbois@ac-dijon.fr"), client="thunderbird", date=T(2, "15:44"),
    subject="Droits de validation des commandes",
    body=dedent("""
    Bonjour,

    Mon compte Espace Acheteur fonctionne (je vois les marchés et je peux
    préparer des paniers), mais le bouton « Valider la commande » est grisé.
    En tant qu'adjointe gestionnaire du Lycée Pontus de Tyard (0711390A), je
    dois pouvoir valider en l'absence de la gestionnaire.

    Pouvez-vous ouvrir ces droits ?

    Muriel Desbois
    """))

add(L("account_creation", False, None, None, "espace_acheteur", False, "en",
      "English; a private international school opened this year, UAI still pending, asks for a buyer account: "
      "eligibility must be checked by a person. No UAI, no région académique from the domain."),
    frm=("Daniel Price", "bursar@lvis-tours.example.org"), client="gmail", date=T(1, "09:55"),
    subject="Opening a buyer account for a new school",
    body=dedent("""
    Good morning,

    Loire Valley International School opened in Tours this September (primary and lower secondary, 140 pupils). We are a private school "hors contrat" for now; our establishment number (UAI) has been requested from the rectorat but not yet issued.

    Could we open a buyer account on your Buyer Space in the meantime, to order library furniture and books through your framework agreements? If so, what documents do you need?

    Best wishes,
    Daniel Price
    Bursar, Loire Valley International School
    """))

add(L("account_creation", True, "0250716T", "bourgogne-franche-comte", "espace_acheteur", True, "fr",
      "Negation: 'je n'ai pas oublié mon mot de passe', she never had an account: account_creation, not password_reset."),
    frm=("Émilie Roussel", "emilie.roussel@ac-besancon.fr"), client="outlook", date=T(6, "13:02"),
    subject="Pas de compte sur l'Espace Acheteur",
    body=dedent("""
    Bonjour,

    Je n'ai pas oublié mon mot de passe : je n'ai tout simplement jamais eu de compte sur l'Espace Acheteur, et le lien « mot de passe oublié » que m'a conseillé un collègue me répond que l'adresse est inconnue.

    Je suis la nouvelle professeure documentaliste du collège André Malraux de Pontarlier (0250716T). Comment créer mon compte ?

    Émilie Roussel
    """))

add(L("account_creation", True, "0580623M", "bourgogne-franche-comte", "esidoc", False, "fr",
      "A publisher asks, for its customer, how the collège opens the e-sidoc customer account before a first online "
      "order (FAQ case)."),
    frm=("Claire Ravaux – Éditions Pierre-Perthuis", "c.ravaux@editions-pierre-perthuis.example.fr"),
    client="apple", date=T(22, "10:15"),
    subject="Ouverture du compte client – Collège Les Loges, Nevers",
    body=dedent("""
    Bonjour,

    Le collège Les Loges de Nevers (UAI 0580623M) souhaite commander nos livres numériques sur votre boutique en ligne, mais sa documentaliste, Mme Benali, n'a jamais commandé en ligne : tout passait jusqu'ici par bon de commande papier. Elle ne sait pas comment ouvrir le compte client de l'établissement.

    Pourriez-vous m'indiquer la démarche, que je lui transmettrai ? Vous pouvez aussi lui écrire directement : nora.benali@ac-dijon.fr.

    Bien cordialement,

    Claire Ravaux
    Éditions Pierre-Perthuis
    """))

add(L("account_creation", False, "0452031N", "centre-val-de-loire", "espace_acheteur", False, "fr",
      "A collège opened in September: its UAI is not in the list when creating the account; a person must add the structure."),
    frm=("Sophie Daubigny", "sophie.daubigny@ac-orleans-tours.fr"), client="outlook", date=T(15, "14:47"),
    subject="UAI introuvable à l'inscription",
    body=dedent("""
    Bonjour,

    Je suis gestionnaire du nouveau collège de Saint-Jean-de-Braye, ouvert à la rentrée 2026. Lors de l'inscription sur l'Espace Acheteur, notre UAI (0452031N) n'apparaît pas dans la liste des établissements, je ne peux donc pas créer le compte.

    Pouvez-vous ajouter notre établissement ?

    Sophie Daubigny
    Gestionnaire – Collège Simone Veil, Saint-Jean-de-Braye
    """))

# ======================================================== transfer_incident ==
add(L("transfer_incident", False, "0490843A", "pays-de-la-loire", "ecoledirecte", False, "fr",
      "Since a power cut, no transfer has run: parents no longer see the report cards."),
    frm=("Vie scolaire Sainte-Marie", "viescolaire@saintemarie-cholet.example.fr"), client="outlook", date=T(20, "09:18"),
    subject="Plus de transfert vers EcoleDirecte depuis le 16/10",
    body=dedent("""
    Bonjour,

    Depuis la coupure électrique de vendredi 16 octobre au soir, plus aucun transfert vers EcoleDirecte : la date du dernier transfert affichée est le 16/10 à 17 h 02. Les parents ne voient pas les bulletins du 1er demi-trimestre publiés lundi.

    Le serveur a redémarré normalement et le logiciel s'ouvre. Pouvez-vous nous aider à relancer les transferts ?

    Lycée privé Sainte-Marie, Cholet – UAI 0490843A

    Cordialement,
    Martine Guérin, responsable vie scolaire
    """))

add(L("transfer_incident", False, "0280951G", "centre-val-de-loire", "ecoledirecte", False, "fr",
      "IT supplier writes for its customer: after a server replacement the licence must be regenerated."),
    frm=("Thibault Renard - Numérik Centre", "support@numerik-centre.example.fr"), client="thunderbird",
    date=T(19, "14:36"),
    subject="Régénération licence après changement de serveur - Institution Notre-Dame Chartres",
    body=dedent("""
    Bonjour,

    Nous avons remplacé ce week-end le serveur de l'Institution Notre-Dame de
    Chartres (UAI 0280951G). Depuis la réinstallation, le module de transfert
    affiche « Licence invalide pour ce poste » et aucune synchronisation avec
    EcoleDirecte ne part.

    Pouvez-vous régénérer la licence pour le nouveau serveur ? Nom du poste :
    SRV-ND-GESTION02.

    Cordialement,

    Thibault Renard
    Technicien – NUMÉRIK CENTRE
    02 38 61 04 70
    """))

add(L("transfer_incident", False, "0440889C", "pays-de-la-loire", "ecoledirecte", False, "en",
      "English; after a server migration the synchronisation fails with an error code."),
    frm=("Tom Hargreaves", "it@lycee-mandela-nantes.example.fr"), client="outlook", date=T(26, "11:05"),
    subject="EcoleDirecte sync failing after server migration",
    body=dedent("""
    Hi,

    We migrated our school management server to a new virtual machine during half-term. Since then every synchronisation to EcoleDirecte stops with "Erreur 0x80072EE2 – délai dépassé lors de la connexion au serveur de transfert".

    Outbound HTTPS works from the VM, and the firewall rules were copied from the old server. Is there a new address or port we should open, or something to re-register on your side?

    School: Lycée international Nelson Mandela, Nantes (0440889C).

    Thanks,
    Tom Hargreaves
    IT Manager
    """))

add(L("transfer_incident", False, "0211429P", "bourgogne-franche-comte", "ecoledirecte", True, "fr",
      "Asks for 'le mot de passe de maintenance du jour' to repair the database: transfer_incident per the "
      "taxonomy, not password_reset."),
    frm=("Secrétariat Saint-Bénigne", "secretariat@saint-benigne-dijon.example.fr"), client="webmail", date=T(8, "08:20"),
    subject="mot de passe maintenance du jour",
    body=dedent("""
    Bonjour,

    L'outil de maintenance nous demande le mot de passe du jour pour réparer la base (message « base endommagée » au démarrage, transferts arrêtés depuis hier soir). Pouvez-vous nous le communiquer ?

    Ensemble scolaire Saint-Bénigne, Dijon - 0211429P

    Merci
    Le secrétariat
    """))

add(L("transfer_incident", False, "0851130S", "pays-de-la-loire", "ecoledirecte", False, "fr",
      "HTML-only Outlook: the transfer tool hangs, several processes stuck in the task manager."),
    frm=("Direction Collège Saint-Jacques", "direction@stjacques-montaigu.example.fr"), client="outlook",
    html_only=True, date=T(14, "17:22"),
    subject="Transferts bloqués",
    body=dedent("""
    Bonjour,

    Les transferts vers EcoleDirecte tournent depuis ce matin sans jamais se terminer. Dans le gestionnaire des tâches du serveur je vois quatre processus « Outils » qui ne répondent plus. J'ai redémarré le poste deux fois, même résultat.

    Les professeurs ne voient plus les absences saisies depuis lundi.

    Collège privé Saint-Jacques, Montaigu – 0851130S

    Merci de votre aide,
    Olivier Baudry, directeur adjoint
    """))

add(L("transfer_incident", False, "0371308W", "centre-val-de-loire", "ecoledirecte", True, "fr",
      "Two topics: the transfers fail (main) and an invoice question about the annual licence (order_billing)."),
    frm=("Gestion Saint-Grégoire", "gestion@saint-gregoire-tours.example.fr"), client="thunderbird", date=T(5, "15:55"),
    subject="Transferts en erreur + facture licence",
    body=dedent("""
    Bonjour,

    1) Depuis jeudi, chaque transfert se termine par « Échec de
    l'authentification auprès du serveur de réplication ». Rien n'a changé
    chez nous. Les notes du conseil de classe de mardi ne remontent pas.

    2) Par ailleurs, nous avons reçu deux factures pour la licence annuelle
    2026-2027 (même montant, numéros différents). Laquelle faut-il payer ?

    Institution Saint-Grégoire, Tours – 0371308W

    Cordialement,
    Frédéric Morel, économe
    """))

# ================================================================ automated ==
import gzip  # noqa: E402  (only used for the TLS report below)

OOF = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

add(L("automated", False, None, "centre-val-de-loire", None, False, "fr",
      "Exchange out-of-office for the Toussaint break (Auto-Submitted, X-Auto-Response-Suppress), in reply to a "
      "desk message. Region from the ac-orleans-tours.fr sender."),
    frm=("FOUQUET Claire", "claire.fouquet@ac-orleans-tours.fr"), client="system", date=T(19, "08:00"),
    msgid="<PR3P192MB0834F1D2C1A0B7E4A9C3D51E8F2A4@PR3P192MB0834.EURP192.PROD.OUTLOOK.COM>",
    subject="Réponse automatique : [#SUP-028314] Facture F2026-04471 rejetée par Chorus Pro – Lycée Descartes (Tours)",
    in_reply_to="<SUP-028314.1792396800.5e0a1b@assistance.example.fr>",
    headers=OOF + [("X-MS-Exchange-Inbox-Rules-Loop", "claire.fouquet@ac-orleans-tours.fr")],
    body=dedent("""
    Bonjour,

    Je suis absente pendant les vacances de la Toussaint, du 17 octobre au 1er novembre inclus. Votre message ne sera pas transféré.

    Pour toute urgence concernant les commandes et la facturation, merci de contacter le secrétariat d'intendance au 02 47 05 xx xx (permanence les 19 et 20 octobre uniquement).

    Claire Fouquet
    Gestionnaire – Lycée Descartes
    """))

add(L("automated", False, None, None, None, False, "fr",
      "Bookseller's webmail vacation reply ('Auto-Submitted: auto-replied (vacation)', X-Autoreply)."),
    frm=("Julie Cuenot - Librairie Comtoise", "j.cuenot@librairie-comtoise.example.fr"), client="system",
    date=T(19, "10:14"),
    subject="Réponse automatique : [#SUP-028729] Avoir partiel commande Collège Malraux Pontarlier",
    in_reply_to="<SUP-028729.1792404000.aa41c0@assistance.example.fr>",
    headers=[("Auto-Submitted", "auto-replied (vacation)"), ("X-Autoreply", "yes"),
             ("User-Agent", "Roundcube Webmail/1.6.9")],
    body=dedent("""
    Bonjour,

    La librairie est fermée pour inventaire du lundi 19 au mercredi 21 octobre. Votre message sera traité à partir du jeudi 22 octobre.

    Librairie Comtoise – Service aux collectivités
    """))

add(L("automated", False, None, None, None, False, "en",
      "English Gmail-style vacation responder from a vendor's account manager (Auto-Submitted: auto-replied)."),
    frm=BOOKWAVE, client="system", date=T(23, "16:02"), mta="mail.bookwave.example.co.uk",
    subject="Out of office: Re: [#SUP-028733] Bookwave collection not showing in e-sidoc - Lycée Victor Bérard",
    in_reply_to="<SUP-028733.1792763900.1f9b02@assistance.example.fr>",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    body=dedent("""
    Thank you for your e-mail. I am out of the office until Monday 2 November with limited access to e-mail.

    For urgent matters regarding French school customers, please contact our support team at support-fr@bookwave.example.co.uk.

    Oliver Grant
    Bookwave Digital Ltd
    """))

add(L("automated", False, None, None, None, False, "en",
      "Postfix bounce (multipart/report delivery-status, original attached), null Return-Path: the desk's answer "
      "to a bookseller could not be delivered."),
    frm=("Mail Delivery System", "MAILER-DAEMON@mx.librairie-laboussole.example.fr"), client="system",
    date=T(9, "09:12"), return_path="<>", auth=dict(dkim="none", spf="pass", dmarc="none"),
    mta="mx.librairie-laboussole.example.fr",
    subject="Undelivered Mail Returned to Sender",
    headers=[("Auto-Submitted", "auto-replied")],
    ctype='multipart/report; report-type=delivery-status;\n boundary="9C1F2B0E44.1791529960/mx.librairie-laboussole.example.fr"',
    raw=dedent(f"""
    This is a MIME-encapsulated message.

    --9C1F2B0E44.1791529960/mx.librairie-laboussole.example.fr
    Content-Description: Notification
    Content-Type: text/plain; charset=us-ascii

    This is the mail system at host mx.librairie-laboussole.example.fr.

    I'm sorry to have to inform you that your message could not
    be delivered to one or more recipients. It's attached below.

    For further assistance, please send mail to postmaster.

    If you do so, please include this problem report. You can
    delete your own text from the attached returned message.

                       The mail system

    <a.reverdy@librairie-laboussole.example.fr>: host
        127.0.0.1[127.0.0.1] said: 550 5.1.1
        <a.reverdy@librairie-laboussole.example.fr>: Recipient address rejected:
        User unknown in virtual mailbox table (in reply to RCPT TO command)

    --9C1F2B0E44.1791529960/mx.librairie-laboussole.example.fr
    Content-Description: Delivery report
    Content-Type: message/delivery-status

    Reporting-MTA: dns; mx.librairie-laboussole.example.fr
    X-Postfix-Queue-ID: 9C1F2B0E44
    X-Postfix-Sender: rfc822; support@assistance.example.fr
    Arrival-Date: {format_datetime(T(9, "09:12"))}

    Final-Recipient: rfc822; a.reverdy@librairie-laboussole.example.fr
    Original-Recipient: rfc822;a.reverdy@librairie-laboussole.example.fr
    Action: failed
    Status: 5.1.1
    Diagnostic-Code: smtp; 550 5.1.1 <a.reverdy@librairie-laboussole.example.fr>:
        Recipient address rejected: User unknown in virtual mailbox table

    --9C1F2B0E44.1791529960/mx.librairie-laboussole.example.fr
    Content-Description: Undelivered Message
    Content-Type: message/rfc822

    From: Assistance <support@assistance.example.fr>
    To: a.reverdy@librairie-laboussole.example.fr
    Subject: [#SUP-028314] Facture F2026-04471 =?utf-8?q?rejet=C3=A9e?= par Chorus Pro
    Date: {format_datetime(T(9, "09:12"))}
    Message-ID: <SUP-028314.1791529920.0c77d3@assistance.example.fr>
    Auto-Submitted: auto-replied
    MIME-Version: 1.0
    Content-Type: text/plain; charset="utf-8"
    Content-Transfer-Encoding: quoted-printable

    Bonjour,

    L'=C3=A9tablissement nous a communiqu=C3=A9 le num=C3=A9ro d'engagement juridique.

    Cordialement,
    L'=C3=A9quipe d'assistance

    --9C1F2B0E44.1791529960/mx.librairie-laboussole.example.fr--
    """))

add(L("automated", False, None, None, None, False, "fr",
      "Exchange Online non-delivery report in French ('Non remis :'), multipart/report with the original headers."),
    frm=("Microsoft Outlook", "postmaster@mobiloire.example.fr"), client="system", date=T(22, "14:37"),
    return_path="<>", auth=dict(dkim="pass", spf="pass", dmarc="pass"),
    mta="EUR02-AM6-obe.outbound.protection.outlook.com",
    subject="Non remis : [#SUP-028802] Commande EA-2026-120951 – adresse de livraison",
    headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
    ctype='multipart/report; report-type=delivery-status;\n boundary="_NDR_7d2a41f0-93b1-4c1e-a2f4-5b0e6c31d8aa_"',
    raw=dedent(f"""
    --_NDR_7d2a41f0-93b1-4c1e-a2f4-5b0e6c31d8aa_
    Content-Type: text/plain; charset="utf-8"
    Content-Transfer-Encoding: 8bit

    Impossible de remettre votre message à y.guerin@mobiloire.example.fr.

    La boîte aux lettres du destinataire est pleine et ne peut pas accepter de
    messages pour le moment. Veuillez réessayer d'envoyer votre message plus
    tard, ou contactez directement le destinataire.

    Informations de diagnostic pour les administrateurs :
    Serveur de génération : AM0PR04MB6642.eurprd04.prod.outlook.com
    y.guerin@mobiloire.example.fr
    Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'

    --_NDR_7d2a41f0-93b1-4c1e-a2f4-5b0e6c31d8aa_
    Content-Type: message/delivery-status

    Reporting-MTA: dns;AM0PR04MB6642.eurprd04.prod.outlook.com
    Received-From-MTA: dns;mx1.assistance.example.fr
    Arrival-Date: {format_datetime(T(22, "14:36"))}

    Final-Recipient: rfc822;y.guerin@mobiloire.example.fr
    Action: failed
    Status: 5.2.2
    Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException

    --_NDR_7d2a41f0-93b1-4c1e-a2f4-5b0e6c31d8aa_
    Content-Type: text/rfc822-headers

    From: Assistance <support@assistance.example.fr>
    To: y.guerin@mobiloire.example.fr
    Subject: [#SUP-028802] Commande EA-2026-120951 =?utf-8?q?=E2=80=93?= adresse de livraison
    Date: {format_datetime(T(22, "14:36"))}
    Message-ID: <SUP-028802.1792673760.e21b90@assistance.example.fr>

    --_NDR_7d2a41f0-93b1-4c1e-a2f4-5b0e6c31d8aa_--
    """))

add(L("automated", False, None, None, None, True, "fr",
      "Chorus Pro 'facture rejetée' notification from a no-reply address (Auto-Submitted): it talks about an invoice "
      "and a rejection, but nobody wrote it; never answered. The recipient is named by SIRET only, no UAI."),
    frm=("Chorus Pro", "ne-pas-repondre@notification.chorus-pro.example.gouv.fr"), client="system",
    date=T(8, "04:12"),
    subject="[Chorus Pro] Changement de statut de la facture FA-2026-10114 : Rejetée",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
             ("X-Auto-Response-Suppress", "All")],
    body=dedent("""
    Madame, Monsieur,

    Le statut de la facture suivante a été modifié.

    Numéro de facture : FA-2026-10114
    Fournisseur : SOLUTIONS DOCUMENTAIRES (SIRET 410 228 931 00057)
    Destinataire : COLLEGE AUGUSTIN THIERRY (SIRET 190 411 065 00011)
    Montant TTC : 612,00 EUR
    Nouveau statut : REJETÉE
    Motif du rejet : Numéro de bon de commande inconnu
    Date : 08/10/2026

    Vous pouvez consulter le détail de la facture dans votre espace Chorus Pro, rubrique « Factures émises ».

    Ce message est généré automatiquement, merci de ne pas y répondre.

    Chorus Pro – Agence pour l'informatique financière de l'État
    """))

add(L("automated", False, None, None, None, False, "fr",
      "Publisher's marketing newsletter 'Nouveautés 2027' (List-Id, one-click List-Unsubscribe, Precedence: bulk), "
      "text and HTML."),
    frm=("Éditions Arcadie Scolaire", "newsletter@arcadie-scolaire.example.fr"), client="system",
    date=T(6, "07:30"), return_path="<bounce-2027-41877@mail.arcadie-scolaire.example.fr>",
    subject="📚 Nouveautés 2027 : découvrez nos collections pour le CDI",
    headers=[("List-Id", "Lettre CDI Arcadie Scolaire <cdi.arcadie-scolaire.example.fr>"),
             ("List-Unsubscribe", "<https://mail.arcadie-scolaire.example.fr/u/41877/9c2e>,\n "
                                  "<mailto:unsubscribe-41877@mail.arcadie-scolaire.example.fr>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
             ("Feedback-ID", "41877:cdi-2027:arcadie")],
    body=dedent("""
    Nouveautés 2027 – Éditions Arcadie Scolaire

    Chère professeure documentaliste, cher professeur documentaliste,

    Nos collections 2027 sont arrivées ! Au programme :
    - « Les Petits Citoyens » : 8 nouveaux titres sur l'éducation aux médias (collège)
    - « Sciences en BD » : la série phare s'enrichit de 4 albums
    - « Dys-Lire » : toute notre fiction jeunesse en version adaptée dyslexie

    Offre de lancement : -10 % sur toute commande passée avant le 30 novembre 2026 via votre libraire ou la centrale d'achat.

    Demandez votre spécimen gratuit : https://www.arcadie-scolaire.example.fr/specimens

    Vous recevez cette lettre car vous êtes inscrit à la lettre CDI d'Arcadie Scolaire.
    Se désinscrire : https://mail.arcadie-scolaire.example.fr/u/41877/9c2e
    Éditions Arcadie Scolaire – SA au capital de 1 200 000 € – 18 rue Jacob, 75006 Paris – RCS Paris 572 014 883
    """),
    html_body=dedent("""
    <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Nouveautés 2027</title></head>
    <body style="margin:0;background:#f4efe6"><table role="presentation" width="100%"><tr><td align="center">
    <table role="presentation" width="600" style="background:#fff;font-family:Georgia,serif">
    <tr><td style="padding:24px"><img src="https://mail.arcadie-scolaire.example.fr/img/logo.png" alt="Arcadie Scolaire" width="180"></td></tr>
    <tr><td style="padding:0 24px"><h1 style="color:#7a1f2b">Nouveautés 2027</h1>
    <p>Chère professeure documentaliste, cher professeur documentaliste,</p>
    <p>Nos collections 2027 sont arrivées&nbsp;!</p>
    <ul><li><b>Les Petits Citoyens</b>&nbsp;: 8 nouveaux titres sur l'éducation aux médias</li>
    <li><b>Sciences en BD</b>&nbsp;: 4 nouveaux albums</li>
    <li><b>Dys-Lire</b>&nbsp;: la fiction jeunesse en version adaptée</li></ul>
    <p style="background:#7a1f2b;color:#fff;padding:12px">-10&nbsp;% avant le 30 novembre 2026</p>
    <p><a href="https://www.arcadie-scolaire.example.fr/specimens">Demandez votre spécimen gratuit</a></p></td></tr>
    <tr><td style="padding:24px;font-size:11px;color:#888">Vous recevez cette lettre car vous êtes inscrit à la lettre CDI.
    <a href="https://mail.arcadie-scolaire.example.fr/u/41877/9c2e">Se désinscrire</a></td></tr>
    </table></td></tr></table>
    <img src="https://mail.arcadie-scolaire.example.fr/o/41877/9c2e.gif" width="1" height="1" alt=""></body></html>
    """))

add(L("automated", False, None, None, None, True, "fr",
      "Furniture maker's 'offre rentrée' campaign sent by a mailing platform (Precedence: bulk, List-Unsubscribe): "
      "'demandez votre devis' is marketing, not a request to the desk."),
    frm=("Rayonnages de Bourgogne", "info@news.rayonnages-bourgogne.example.fr"), client="system",
    date=T(1, "10:00"), return_path="<rb-campaign-1187@bounces.emailing-pro.example.net>",
    subject="Offre rentrée : -15 % sur les bacs à albums et présentoirs jusqu'au 31/10",
    headers=[("List-Unsubscribe", "<https://emailing-pro.example.net/unsub/1187/ab31f>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
             ("X-Mailer", "EmailingPro Campaigns 6.2"), ("X-Campaign-ID", "rb-1187")],
    html_only=True,
    body=dedent("""
    OFFRE RENTRÉE 2026

    Madame, Monsieur,

    Votre CDI mérite un coup de neuf ! Jusqu'au 31 octobre, profitez de -15 % sur toute notre gamme de mobilier de bibliothèque : bacs à albums, présentoirs à revues, banquettes de lecture.

    Fabrication française, livraison et montage inclus dans toute la Bourgogne-Franche-Comté.

    Demandez votre devis gratuit en un clic : https://www.rayonnages-bourgogne.example.fr/devis

    Référencé sur l'accord-cadre 2025-031 de votre centrale d'achat.

    Pour ne plus recevoir nos offres : https://emailing-pro.example.net/unsub/1187/ab31f
    """))

add(L("automated", False, None, None, None, False, "fr",
      "Outlook read receipt in French ('Lu :') from a bookseller, multipart/report disposition-notification."),
    frm=HALLES, client="system", date=T(26, "11:47"),
    subject="Lu : [#SUP-028799] Règlement non reçu – facture 2026-09-0288 – Collège Les Lentillères",
    ctype='multipart/report; report-type=disposition-notification;\n boundary="----=_NextPart_000_0042_01DD4A1B.7C3E2F10"',
    raw=dedent(f"""
    This is a multi-part message in MIME format.

    ------=_NextPart_000_0042_01DD4A1B.7C3E2F10
    Content-Type: text/plain; charset="utf-8"
    Content-Transfer-Encoding: 8bit

    Votre message

      À : Marc Jobard
      Objet : [#SUP-028799] Règlement non reçu – facture 2026-09-0288 – Collège Les Lentillères
      Envoyé : {outlook_fr(T(26, "09:03"))}

    a été lu le {outlook_fr(T(26, "11:47"))}.

    ------=_NextPart_000_0042_01DD4A1B.7C3E2F10
    Content-Type: message/disposition-notification

    Reporting-UA: librairie-deshalles.example.fr; Microsoft Outlook 16.0
    Final-Recipient: rfc822;marches@librairie-deshalles.example.fr
    Original-Message-ID: <SUP-028799.1793001780.3b7c10@assistance.example.fr>
    Disposition: manual-action/MDN-sent-manually; displayed

    ------=_NextPart_000_0042_01DD4A1B.7C3E2F10--
    """))

add(L("automated", False, None, None, "ticket_portal", False, "fr",
      "Ticket-portal notification (no-reply, Auto-Submitted: auto-generated): a supplier commented on a ticket."),
    frm=("Portail d'assistance", "no-reply@portail-assistance.example.fr"), client="system", date=T(14, "15:21"),
    subject="[Demande #41873] Nouveau commentaire de BiblioFlux",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, AutoReply")],
    body=dedent("""
    Bonjour,

    Un nouveau commentaire a été ajouté à la demande #41873 « Ressource BiblioFlux non visible – Lycée Marceau (Chartres) ».

    Auteur : Inès Haddad (BiblioFlux)
    Date : 14/10/2026 15:21

    « La ressource est désormais visible côté établissement, merci. »

    Consulter la demande : https://portail-assistance.example.fr/demandes/41873

    Ceci est un message automatique, merci de ne pas y répondre.
    """))

add(L("automated", False, None, None, "esignature", True, "fr",
      "E-signature platform notification (the desk is an observer on an amendment): transactional mail with no "
      "Auto-Submitted or Precedence header; only the no-reply sender and the wording show it is automatic."),
    frm=("Signature électronique", "ne-pas-repondre@signature.example.fr"), client="system", date=T(21, "09:00"),
    subject="Document en attente de signature : Avenant n°3 – Accord-cadre 2025-031",
    html_only=True,
    body=dedent("""
    Bonjour,

    Le document « Avenant n°3 – Accord-cadre 2025-031 Mobilier de CDI et de bibliothèque » a été envoyé pour signature par la centrale d'achat.

    Signataires :
    1. Yann Guérin (MOBILOIRE) – en attente
    2. Directeur de la centrale d'achat – en attente

    Vous êtes destinataire en copie de cette procédure. Vous recevrez le document signé lorsque toutes les parties auront signé.

    Consulter le document : https://signature.example.fr/p/7Hk2-Qw91

    Ce message a été envoyé automatiquement. Merci de ne pas y répondre.
    """))

add(L("automated", False, None, None, None, True, "fr",
      "A supplier's ERP sends its invoice automatically (no-reply sender, Auto-Submitted: auto-generated, PDF "
      "attached): looks like order_billing, but nobody asks anything; never answered."),
    frm=("MOBILOIRE Facturation", "noreply-factures@mobiloire.example.fr"), client="system", date=T(12, "06:00"),
    subject="Votre facture FC26-00871 – MOBILOIRE",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Sage 100cloud Gestion commerciale")],
    attach=[("FC26-00871.pdf", "application/pdf", pdf_stub("FC26-00871"))],
    body=dedent("""
    Madame, Monsieur,

    Veuillez trouver ci-joint votre facture n° FC26-00871 du 12/10/2026, d'un montant de 3 312,00 € TTC, échéance le 11/11/2026.

    Cette facture a également été déposée sur Chorus Pro.

    Ce courriel est envoyé automatiquement, merci de ne pas y répondre. Pour toute question : compta@mobiloire.example.fr.

    MOBILOIRE SAS – RCS Nantes 538 204 117
    """))

add(L("automated", False, None, None, None, True, "fr",
      "MailInBlack sender-authentication challenge received by the desk after it wrote to a librarian: machine "
      "mail (Auto-Submitted), not a mailinblack_spam question; never answered (a person may click the link)."),
    frm=("Mailinblack", "challenge@protect.mailinblack.example.com"), client="system", date=T(7, "11:02"),
    subject="Votre message à berangere.joly@ac-orleans-tours.fr est en attente",
    in_reply_to="<SUP-028540.1791709300.58ab10@assistance.example.fr>",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Mailinblack", "challenge")],
    html_only=True,
    body=dedent("""
    Bonjour,

    Vous avez envoyé un message à berangere.joly@ac-orleans-tours.fr, qui est protégé par Mailinblack.

    Afin de vérifier que vous n'êtes pas un robot, merci de cliquer sur le lien ci-dessous et de suivre les instructions. Votre message sera alors délivré et vous n'aurez plus à effectuer cette démarche.

    Je m'authentifie : https://protect.mailinblack.example.com/auth/8f3c1e92

    Objet du message : [#SUP-028540] Mail de nouveau mot de passe jamais reçu

    Mailinblack – Protection des messageries
    """))

add(L("automated", False, None, None, None, True, "fr",
      "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording "
      "('message automatique', absence dates) shows it is automatic."),
    frm=CHATQUILIT, client="thunderbird", date=T(17, "09:44"),
    subject="Absence",
    body=dedent("""
    Bonjour,

    Ceci est un message automatique : je suis absente du 17 au 25 octobre
    inclus. Pour les commandes des collectivités, merci d'écrire à
    librairie@chatquilit.example.fr ou d'appeler le 02 41 87 56 00.

    Sophie Pelletier
    """))

add(L("automated", False, None, None, None, False, "en",
      "English Exchange 'Automatic reply:' (Auto-Submitted, X-Auto-Response-Suppress)."),
    frm=TEKNO, client="system", date=T(26, "08:01"),
    subject="Automatic reply: [#SUP-028690] PO EA-2026-123377 - Lycée Condorcet Belfort",
    in_reply_to="<SUP-028690.1793000000.9e0f44@assistance.example.fr>",
    headers=OOF,
    body=dedent("""
    Hello,

    Thank you for your message. I am on annual leave until Wednesday 28 October. For urgent public-sector orders please contact publicsector@teknosolutions.example.ie.

    Kind regards,
    Aoife Byrne
    """))

add(L("automated", False, None, None, None, False, "fr",
      "Exchange delivery-delay notice in French ('Remise différée'), multipart/report, Action: delayed: not a "
      "failure, still automatic."),
    frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@cartapro.example.fr"),
    client="system", date=T(14, "21:20"), return_path="<>",
    mta="EUR03-VI1-obe.outbound.protection.outlook.com",
    subject="Remise différée : [#SUP-028672] Paiement refusé par carte d'achat",
    headers=[("Auto-Submitted", "auto-replied")],
    ctype='multipart/report; report-type=delivery-status;\n boundary="_DLY_0b1f52c8-2e7a-4b9d-8c55-9d6a3f7e0c21_"',
    raw=dedent(f"""
    --_DLY_0b1f52c8-2e7a-4b9d-8c55-9d6a3f7e0c21_
    Content-Type: text/plain; charset="utf-8"
    Content-Transfer-Encoding: 8bit

    La remise est différée pour ces destinataires ou groupes :

    n.ferreira@cartapro.example.fr
    Objet : [#SUP-028672] Paiement refusé par carte d'achat

    Ce message n'a pas encore été remis. Nous allons continuer à le remettre.
    Le serveur va continuer à le remettre pendant 1 jour et 19 heures. Vous
    recevrez une notification si le message ne peut pas être remis d'ici là.

    --_DLY_0b1f52c8-2e7a-4b9d-8c55-9d6a3f7e0c21_
    Content-Type: message/delivery-status

    Reporting-MTA: dns;PAXP192MB1422.EURP192.PROD.OUTLOOK.COM
    Arrival-Date: {format_datetime(T(14, "16:20"))}

    Final-Recipient: rfc822;n.ferreira@cartapro.example.fr
    Action: delayed
    Status: 4.4.7
    Will-Retry-Until: {format_datetime(T(16, "16:20"))}
    X-Display-Name: Nadia Ferreira

    --_DLY_0b1f52c8-2e7a-4b9d-8c55-9d6a3f7e0c21_--
    """))

_tls_json = json.dumps({
    "organization-name": "Google Inc.",
    "date-range": {"start-datetime": "2026-10-11T00:00:00Z", "end-datetime": "2026-10-11T23:59:59Z"},
    "contact-info": "smtp-tls-reporting@google.com",
    "report-id": "2026-10-11T00:00:00Z_assistance.example.fr",
    "policies": [{"policy": {"policy-type": "sts", "policy-domain": "assistance.example.fr"},
                  "summary": {"total-successful-session-count": 412, "total-failure-session-count": 0}}],
}, indent=1).encode()
_tls_gz = base64.encodebytes(gzip.compress(_tls_json, mtime=0)).decode("ascii")

add(L("automated", False, None, None, None, False, "en",
      "SMTP TLS report (RFC 8460 multipart/report, report-type=tlsrpt, gzip attachment) sent to the desk's domain."),
    frm=("noreply-smtp-tls-reporting@google.com", "noreply-smtp-tls-reporting@google.com"), client="system",
    date=T(12, "01:59"), mta="mail-sor-f69.google.com",
    subject="Report Domain: assistance.example.fr Submitter: google.com Report-ID: <2026.10.11T00.00.00Z+assistance.example.fr@google.com>",
    headers=[("TLS-Report-Domain", "assistance.example.fr"), ("TLS-Report-Submitter", "google.com")],
    ctype='multipart/report; report-type=tlsrpt;\n boundary="000000000000d1e5b00623f1a2c4"',
    raw=dedent("""
    --000000000000d1e5b00623f1a2c4
    Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes

    This is an aggregate TLS report from google.com

    --000000000000d1e5b00623f1a2c4
    Content-Type: application/tlsrpt+gzip;
     name="google.com!assistance.example.fr!1791676800!1791763199!001.json.gz"
    Content-Disposition: attachment;
     filename="google.com!assistance.example.fr!1791676800!1791763199!001.json.gz"
    Content-Transfer-Encoding: base64
    """) + "\n" + _tls_gz + "\n--000000000000d1e5b00623f1a2c4--\n")

add(L("automated", False, None, None, "espace_acheteur", True, "fr",
      "Espace Acheteur no-reply notification to the desk ('nouvelle pièce publiée: avenant'): mentions an amendment "
      "but is not a contract_documents request."),
    frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), client="system", date=T(23, "06:30"),
    subject="Nouvelle pièce publiée – Accord-cadre 2025-031 : Avenant n°2",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    body=dedent("""
    Bonjour,

    Une nouvelle pièce a été publiée sur un marché que vous suivez.

    Marché : Accord-cadre 2025-031 « Mobilier de CDI et de bibliothèque »
    Pièce : Avenant n°2 – Révision des prix 2026-2027
    Publiée le : 23/10/2026 à 06:30

    Accéder au marché : https://espace-acheteur.example.fr/marches/2025-031

    Vous recevez ce message parce que vous suivez ce marché. Pour modifier vos alertes, rendez-vous dans « Mon profil > Notifications ».
    Ce message est envoyé automatiquement, merci de ne pas y répondre.
    """))

add(L("automated", False, "0180834J", "centre-val-de-loire", None, False, "fr",
      "Out-of-office of a school office (ce.<UAI> address) for the Toussaint break; Auto-Submitted present. "
      "The UAI comes from the sender address."),
    frm=("Collège Jacques Prévert - Vierzon", "ce.0180834J@ac-orleans-tours.fr"), client="system", date=T(20, "10:31"),
    subject="Réponse automatique : [#SUP-028744] Convention d'adhésion signée mais absente",
    in_reply_to="<SUP-028744.1792484000.6d13f2@assistance.example.fr>",
    headers=OOF,
    body=dedent("""
    Bonjour,

    Le collège est fermé pendant les vacances de la Toussaint, du samedi 17 octobre au lundi 2 novembre 2026. Votre message sera traité à la réouverture.

    En cas d'urgence, veuillez contacter la DSDEN du Cher.

    Le secrétariat du collège Jacques Prévert
    """))

add(L("automated", False, None, "bourgogne-franche-comte", "esidoc", True, "fr",
      "A librarian's real question about a subscription, but posted to an academic mailing list the desk is "
      "subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the ac-dijon.fr sender."),
    frm=("Anne Colin", "anne.colin@ac-dijon.fr"), client="thunderbird", date=T(14, "12:52"),
    to=[("Documentalistes de l'académie de Dijon", "docs-dijon@listes.ac-dijon.fr")],
    return_path="<docs-dijon-bounces+support=assistance.example.fr@listes.ac-dijon.fr>",
    subject="[docs-dijon] Cafeyn commandé, pas visible : vous aussi ?",
    headers=[("List-Id", "Documentalistes de l'academie de Dijon <docs-dijon.listes.ac-dijon.fr>"),
             ("List-Post", "<mailto:docs-dijon@listes.ac-dijon.fr>"),
             ("List-Unsubscribe", "<https://listes.ac-dijon.fr/sympa/signoff/docs-dijon>"),
             ("Precedence", "list"), ("X-Loop", "docs-dijon@listes.ac-dijon.fr"),
             ("Sender", "docs-dijon-request@listes.ac-dijon.fr")],
    body=dedent("""
    Bonjour à toutes et à tous,

    Nous avons commandé Cafeyn pour le CDI lundi, et la ressource n'apparaît
    toujours pas sur notre portail e-sidoc. Est-ce que certains d'entre vous
    ont eu le même délai ? Faut-il relancer le support ou attendre ?

    Merci pour vos retours,
    Anne
    --
    Anne Colin, professeure documentaliste
    """))

add(L("automated", False, None, None, None, False, "fr",
      "A press aggregator's help-desk acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): "
      "answering it would start a mail loop."),
    frm=("PressÉcole Support", "support@pressecole.example.fr"), client="system", date=T(13, "09:15"),
    subject="[PressÉcole #48213] Votre demande a bien été enregistrée",
    in_reply_to="<SUP-028655.1791963000.71c0e2@assistance.example.fr>",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Loop", "support@pressecole.example.fr"),
             ("X-Mailer", "Zendesk")],
    body=dedent("""
    Bonjour,

    Votre demande (#48213) a bien été reçue. Notre équipe vous répondra dans un délai de 2 jours ouvrés.

    Pour ajouter des informations, répondez simplement à ce message.

    ---
    Service clients PressÉcole
    Ce message a été envoyé automatiquement.
    """))

add(L("automated", False, None, None, None, False, "fr",
      "Purchasing-card provider's monthly statement notification (no-reply, Auto-Submitted: auto-generated)."),
    frm=("CartaPro", "no-reply@notifications.cartapro.example.fr"), client="system", date=T(30, "05:45"),
    subject="Votre relevé d'opérations carte d'achat d'octobre est disponible",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    html_only=True,
    body=dedent("""
    Bonjour,

    Le relevé d'opérations de votre carte d'achat n° **** **** **** 4417 pour la période du 1er au 31 octobre 2026 est disponible dans votre espace CartaPro.

    Nombre d'opérations : 3
    Montant total : 1 487,90 €

    Consultez votre relevé : https://espace.cartapro.example.fr/releves

    Ce message est envoyé automatiquement, merci de ne pas y répondre.
    CartaPro SA – établissement de paiement agréé par l'ACPR
    """))

# ==================================================================== other ==
add(L("other", False, None, None, None, False, "fr",
      "A regional publisher's representative sends her 2027 catalogue personally (no list headers) and suggests the "
      "desk pass it on: marketing that only looks like a request."),
    frm=("Claire Ravaux – Éditions Pierre-Perthuis", "c.ravaux@editions-pierre-perthuis.example.fr"),
    client="apple", date=T(5, "10:12"),
    subject="Nos nouveautés 2027 pour les CDI de Bourgogne",
    attach=[("Catalogue_CDI_2027_Pierre-Perthuis.pdf", "application/pdf", pdf_stub("Catalogue 2027"))],
    body=dedent("""
    Bonjour,

    Je me permets de vous adresser le catalogue 2027 des Éditions Pierre-Perthuis, maison bourguignonne spécialisée dans le patrimoine régional et la littérature jeunesse.

    Parmi nos nouveautés : une série de documentaires sur les métiers de la vigne pour les lycées agricoles et professionnels, et un album illustré sur l'histoire du canal de Bourgogne, très demandé par les collèges de Côte-d'Or.

    Si vous avez la possibilité de relayer ce catalogue auprès des professeurs documentalistes de votre réseau, ce serait formidable. Je reste à disposition pour une présentation.

    Bien cordialement,

    Claire Ravaux
    Responsable des ventes aux collectivités
    Éditions Pierre-Perthuis – 3 place de la Libération – 89450 Vézelay
    06 30 18 74 52
    """))

add(L("other", False, None, None, None, True, "fr",
      "IT supplier's personal 'offre rentrée' pitch ending with 'souhaitez-vous que je vous établisse un devis ?': "
      "written to one person (no list headers), so not automated; a sales pitch, not an order_billing request."),
    frm=NUMERIK, client="thunderbird", date=T(2, "11:50"),
    subject="Offre rentrée : packs tablettes + valise de recharge",
    body=dedent("""
    Bonjour,

    Comme chaque année, nous proposons une offre de rentrée réservée aux
    établissements du Centre-Val de Loire : pack de 16 tablettes 10 pouces
    avec coques renforcées, valise de recharge sécurisée et installation
    sur site, à 5 490 € HT au lieu de 6 180 € HT, jusqu'au 31 octobre.

    Ces équipements sont référencés sur le marché 2026-022 de votre centrale,
    les établissements peuvent donc commander directement via l'Espace
    Acheteur.

    Souhaitez-vous que je vous établisse un devis, ou pouvez-vous relayer
    l'information auprès des gestionnaires ?

    Bonne journée,
    """) + SIG_NUMERIK)

add(L("other", False, "0451703G", "centre-val-de-loire", None, True, "fr",
      "A quote meant for a collège's gestionnaire, sent to the desk by address autocomplete: a devis, but nobody "
      "asks the desk anything. The customer's UAI in the quote header is still the entity to report."),
    frm=NUMERIK, client="thunderbird", date=T(16, "09:05"),
    subject="Devis DV-26-1044 - vidéoprojecteurs salles 12 à 14",
    attach=[("DV-26-1044.pdf", "application/pdf", pdf_stub("DV-26-1044"))],
    body=dedent("""
    Monsieur Pinault,

    Suite à notre visite de mardi, veuillez trouver ci-joint notre devis
    DV-26-1044 pour l'équipement des salles 12, 13 et 14 :

      Client : Collège Montesquieu – Orléans – UAI 0451703G
      3 vidéoprojecteurs interactifs courte focale       3 x 1 240,00 € HT
      3 kits de fixation murale                            3 x   95,00 € HT
      Installation et paramétrage (1 journée)                    480,00 € HT
      Total                                                    4 485,00 € HT
                                                               5 382,00 € TTC

    Offre valable 60 jours, prix conformes au BPU du marché 2026-022.

    Je reste à votre disposition pour tout complément.

    Bien cordialement,
    """) + SIG_NUMERIK)

add(L("other", False, None, None, "espace_acheteur", False, "fr",
      "Thanks only: the invoice was finally accepted after the purchase order was re-issued; nothing is asked."),
    frm=BOUSSOLE, client="outlook", date=T(22, "16:40"),
    subject="RE: [#SUP-028314] Facture F2026-04471 rejetée par Chorus Pro – Lycée Descartes (Tours)",
    in_reply_to="<SUP-028314.1792650000.b3c9e0@assistance.example.fr>",
    body=dedent("""
    Bonjour,

    Bonne nouvelle : avec le bon de commande réédité, la facture a été acceptée ce matin par Chorus Pro et mise en paiement. Merci pour votre aide et votre patience sur ce dossier, vous pouvez le clore.

    Très bonne fin de semaine,
    A. Reverdy
    """) + SIG_BOUSSOLE)

add(L("other", False, None, None, None, True, "fr",
      "Phishing dressed as a Chorus Pro unpaid-invoice notice: look-alike domain, SPF/DMARC fail, a link to "
      "'régulariser'. Not order_billing; no platform since it is not one of the products."),
    frm=("Chorus Pro - Service Recouvrement", "recouvrement@chorus-pro-paiement.com"), client="system",
    date=T(20, "03:14"), auth=dict(dkim="none", spf="fail", dmarc="fail", p="reject", dis="none"),
    mta="vps-51c2.hosting-cheap.example.net",
    reply_to=("Service Recouvrement", "chorus.recouvrement@mail-secure-fr.example.com"),
    subject="Facture impayée n° 2026-8841 – régularisation sous 48h",
    html_only=True,
    body=dedent("""
    Madame, Monsieur,

    Sauf erreur de notre part, votre facture n° 2026-8841 d'un montant de 2 746,80 € reste impayée malgré nos relances.

    Afin d'éviter la transmission de votre dossier au service contentieux et l'application de pénalités de retard, merci de régulariser votre situation sous 48h en vous connectant à votre espace sécurisé :

    https://chorus-pro-paiement.com/regularisation?id=8841

    Vos identifiants habituels vous seront demandés.

    Service Recouvrement
    Chorus Pro
    """))

add(L("other", False, None, None, None, False, "en",
      "English SEO/backlink spam."),
    frm=("Jessica Miller", "jessica.miller.seo@outreach-mail.example.com"), client="gmail", date=T(11, "03:41"),
    auth=dict(dkim="pass", spf="softfail", dmarc="none"),
    subject="Quick question about assistance.example.fr",
    body=dedent("""
    Hi there,

    I was browsing assistance.example.fr and noticed your site isn't ranking for some very valuable keywords like "school library software" and "education procurement".

    We are a team of SEO specialists and can get you to the first page of Google in 30 days, guaranteed. We also offer high-authority guest posts starting at only $49.

    Can I send you a free audit? Just reply "YES".

    Best,
    Jessica
    Growth Consultant
    """))

add(L("other", False, None, None, None, False, "en",
      "English edtech vendor asking to be 'listed' in the purchasing centre's catalogue: a commercial referencing "
      "request, not a supplier-account creation."),
    frm=("Marcus Lindqvist", "marcus@readerly.example.se"), client="gmail", date=T(8, "14:11"),
    subject="Partnership: getting Readerly listed for French schools",
    body=dedent("""
    Hello,

    I'm the co-founder of Readerly, a Swedish reading-tracking app used by 1,200 schools in the Nordics. We're expanding to France in 2027 and several documentalistes in Nantes told us that schools mostly buy through your purchasing centre.

    What does it take to be listed in your catalogue so that schools can order us directly? Is there a call for partners, a referencing committee, or a specific person I should talk to?

    Happy to set up a call at your convenience.

    Best regards,
    Marcus Lindqvist
    Co-founder, Readerly AB
    """))

add(L("other", False, None, None, None, False, "fr",
      "A purchasing-card provider's sales director proposes a partnership to promote its card to member schools: "
      "business development, not a payment question about an order."),
    frm=("Arnaud Vidal – CartaPro", "a.vidal@cartapro.example.fr"), client="outlook", date=T(15, "11:05"),
    subject="Proposition de partenariat – carte d'achat pour vos établissements adhérents",
    body=dedent("""
    Madame, Monsieur,

    CartaPro équipe aujourd'hui plus de 900 établissements publics locaux d'enseignement en cartes d'achat, dont une centaine en Centre-Val de Loire et en Pays de la Loire.

    Nous serions heureux d'échanger avec votre direction sur un partenariat : présentation de la carte d'achat lors de vos webinaires acheteurs, fiche pratique dans votre centre d'aide, et conditions préférentielles pour les établissements adhérents.

    Pourriez-vous me mettre en relation avec la personne en charge des partenariats ?

    Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

    Arnaud Vidal
    Directeur commercial Secteur public
    CartaPro SA – 8 place de la Bourse, 69002 Lyon
    """))

add(L("other", False, None, None, "esidoc", False, "fr",
      "A publisher asks for the list and contacts of the schools subscribed to its resource, to prospect them: "
      "a data request for a person (GDPR), not a subscription question."),
    frm=BIBLIOFLUX, client="gmail", date=T(27, "10:48"),
    subject="Liste des établissements abonnés – Pays de la Loire",
    body=dedent("""
    Bonjour,

    Dans le cadre de notre campagne de réabonnement 2027, pourriez-vous nous transmettre la liste des établissements de Pays de la Loire et de Centre-Val de Loire qui ont publié BiblioFlux sur leur portail e-sidoc, avec le nom et l'adresse mail du professeur documentaliste ?

    Cela nous permettrait de les contacter directement avant l'échéance.

    Merci par avance,

    """) + SIG_BIBLIOFLUX)

add(L("other", False, None, None, None, False, "fr",
      "A publisher asks the desk to relay its literary-prize selection to the librarians: promotion, nothing the "
      "desk handles."),
    frm=("Hélène Marchais – Éditions Ligérienne Jeunesse", "h.marchais@ligerienne-jeunesse.example.fr"),
    client="apple", date=T(9, "16:33"),
    subject="Prix Ligérien des collégiens 2027 – sélection",
    body=dedent("""
    Bonjour,

    Nous lançons avec trois librairies de la région le Prix Ligérien des collégiens 2027 (classes de 4e et 3e). La sélection de six romans est en ligne sur notre site, avec des fiches pédagogiques gratuites.

    Serait-il possible de relayer l'information auprès des professeurs documentalistes de Centre-Val de Loire et de Pays de la Loire, par exemple dans une lettre d'information ou sur la page d'accueil de votre service ?

    Merci beaucoup,

    Hélène Marchais
    Éditions Ligérienne Jeunesse
    """))

add(L("other", False, None, None, None, False, "fr",
      "A bookseller invites the desk team to a children's book fair: personal invitation, nothing to handle."),
    frm=("Librairie Labbé – Blois", "evenements@librairie-labbe-blois.example.fr"), client="outlook",
    date=T(1, "15:30"),
    subject="Invitation – Salon du livre jeunesse de Blois, 21 et 22 novembre",
    body=dedent("""
    Bonjour,

    La librairie organise avec la ville de Blois la 12e édition du Salon du livre jeunesse, les 21 et 22 novembre à la Halle aux grains. Une matinée professionnelle est réservée le vendredi 20 novembre aux professeurs documentalistes et aux bibliothécaires, avec la présentation des nouveautés 2027 par une dizaine d'éditeurs.

    Nous serions ravis de compter des membres de votre équipe parmi nous.

    Inscription : https://www.librairie-labbe-blois.example.fr/salon2026

    Bien cordialement,
    L'équipe de la librairie
    """))

add(L("other", False, None, None, None, False, "fr",
      "'Bien reçu, merci' from the supplier's phone on his delivery-address ticket: nothing to do."),
    frm=MOBILOIRE, client="iphone", date=T(21, "07:58"),
    subject="Re: [#SUP-028802] Commande EA-2026-120951 – adresse de livraison",
    in_reply_to="<SUP-028802.1792561200.ce4a77@assistance.example.fr>",
    body=dedent("""
    Bien reçu, merci. Je préviens le transporteur.

    Yann Guérin
    Envoyé de mon iPhone
    """))

add(L("other", False, None, "bourgogne-franche-comte", None, False, "fr",
      "Angry complaint about unanswered calls that says nothing about the topic: no category can be told. "
      "ISO-8859-1 8-bit body from an old Thunderbird."),
    frm=("Bernard Piguet", "bernard.piguet@ac-besancon.fr"), client="thunderbird", charset="iso-8859-1",
    date=T(16, "17:55"),
    subject="Inadmissible",
    body=dedent("""
    Bonjour,

    Trois appels cette semaine, trois fois le répondeur, et aucun rappel. Je
    ne sais pas comment vous travaillez mais c'est inadmissible pour un
    service payé par nos établissements.

    J'attends qu'un responsable me rappelle avant les vacances.

    B. Piguet
    """))

add(L("other", False, None, None, None, True, "fr",
      "CEO-fraud attempt: someone posing as the platform's director asks for an urgent confidential transfer; "
      "look-alike domain, Reply-To elsewhere. Mentions payment, but other (fraud), not order_billing."),
    frm=("Philippe Durand", "p.durand@assistance-example.fr"), client="gmail", date=T(23, "12:03"),
    auth=dict(dkim="none", spf="fail", dmarc="none"),
    reply_to=("Philippe Durand", "philippe.durand.direction@gmail.com"),
    subject="Urgent et confidentiel",
    body=dedent("""
    Bonjour,

    Je suis en réunion tout l'après-midi et ne peux pas être joint. J'ai besoin que vous traitiez un virement urgent de 18 750 € vers un nouveau fournisseur dans le cadre d'une acquisition confidentielle. Merci de ne pas en parler autour de vous pour le moment.

    Répondez-moi uniquement par mail pour que je vous transmette les coordonnées bancaires.

    Philippe Durand
    Directeur
    Envoyé de mon mobile
    """))

add(L("other", False, None, None, None, False, "en",
      "English; a press aggregator asks for a meeting about an API integration: business development."),
    frm=("Priya Raman", "priya.raman@newsstand-global.example.com"), client="outlook", date=T(28, "15:12"),
    subject="API integration - NewsStand Global x your school platform",
    body=dedent("""
    Dear team,

    NewsStand Global gives schools access to 7,000 newspapers and magazines in 60 languages. We'd like to explore an API integration so that French school libraries could show our titles directly in their library portal, with single sign-on.

    Would you be open to a 30-minute call in November with your product team? I'm happy to adapt to your time zone.

    Kind regards,

    Priya Raman
    Partnerships Director, Europe
    NewsStand Global Ltd | 1 Finsbury Avenue, London EC2M 2PP
    """))

add(L("other", False, None, None, None, False, "fr",
      "A parent writes about a school-supplies pack order from the parents' association: wrong address, unrelated."),
    frm=("Sandrine Gallet", "sandrine.gallet44@orange.example.fr"), client="webmail", date=T(4, "20:16"),
    subject="commande fournitures scolaires",
    body=dedent("""
    Bonjour,

    J'ai commandé en juillet le pack fournitures de 6e pour mon fils (collège de Carquefou) via l'association de parents, payé 42 euros, et nous n'avons jamais rien reçu. Sur le site de l'association il y avait votre adresse mail pour les questions de commande.

    Pouvez-vous me dire où en est ma commande ?

    Merci
    Sandrine Gallet
    """))

add(L("other", False, None, "centre-val-de-loire", None, False, "fr",
      "Hand-written request to be unsubscribed from a publisher's newsletter, sent to the desk by mistake: written "
      "by a person, so not automated. Region from the ac-orleans-tours.fr sender."),
    frm=("Pauline Thibault", "pauline.thibault@ac-orleans-tours.fr"), client="thunderbird", date=T(7, "08:30"),
    subject="désinscription",
    body=dedent("""
    Bonjour,

    Merci de me retirer de la liste de diffusion des « Nouveautés 2027 »
    d'Arcadie Scolaire, je la reçois en trois exemplaires. Je ne sais pas si
    c'est vous qui la gérez, mais le lien de désinscription ne fonctionne pas.

    Cordialement,
    P. Thibault
    """))

add(L("other", False, None, None, "espace_acheteur", True, "fr",
      "A market holder asks the purchasing centre for a certificate of satisfactory performance (attestation de bonne "
      "exécution) for another tender: about a market, but not access to contract documents, so other."),
    frm=MOBILOIRE, client="outlook", date=T(26, "14:20"),
    subject="Demande d'attestation de bonne exécution – accord-cadre 2025-031",
    body=dedent("""
    Bonjour,

    Nous répondons actuellement à un appel d'offres de la Région Bretagne pour l'équipement des CDI de lycées, qui exige des attestations de bonne exécution de la part de nos principaux clients publics.

    Serait-il possible d'obtenir de la centrale d'achat une attestation de bonne exécution pour l'accord-cadre 2025-031 « Mobilier de CDI et de bibliothèque » (2025-2026, environ 140 établissements livrés) ? Un modèle peut vous être fourni.

    Date limite de remise des offres : 13 novembre.

    Avec mes remerciements,

    """) + SIG_MOBILOIRE)

add(L("other", False, None, None, "esidoc", False, "en",
      "English; a Belgian school asks for a demo of e-sidoc: out of scope for the support desk (sales)."),
    frm=("Lotte Janssens", "bibliotheek@sint-jozefscollege.example.be"), client="outlook", date=T(29, "13:40"),
    subject="Demo request e-sidoc",
    body=dedent("""
    Hello,

    We are a secondary school in Brussels (Sint-Jozefscollege) looking for a new library portal for our French-speaking section. A colleague in Lille showed us e-sidoc and we liked it.

    Would it be possible to have a demo, and do you work with schools outside France?

    Kind regards,
    Lotte Janssens
    School librarian
    """))

add(L("other", False, None, None, None, False, "fr",
      "A master's student asks to interview librarians about digital subscriptions: unrelated request."),
    frm=("Inès Carré", "ines.carre@etu.univ-tours.example.fr"), client="gmail", date=T(13, "21:05"),
    subject="Demande d'entretien - mémoire de master",
    body=dedent("""
    Bonjour,

    Étudiante en master 2 Métiers du livre à l'université de Tours, je prépare un mémoire sur l'usage des ressources numériques (presse en ligne, livres numériques) dans les CDI de la région.

    Serait-il possible de m'entretenir avec une personne de votre équipe, ou de diffuser un court questionnaire auprès des professeurs documentalistes ? Cela prendrait une vingtaine de minutes.

    Je vous remercie par avance,
    Inès Carré
    """))


# ============================================================ write files ==
def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    random.Random(SEED).shuffle(order)          # files are not grouped by category
    for old in HERE.glob("h[0-9][0-9][0-9].eml"):
        old.unlink()
    lines = []
    for pos, idx in enumerate(order, start=1):
        m = MAILS[idx]
        name = f"h{pos:03d}.eml"
        data = build(idx, m)
        assert data == build(idx, m), f"{name}: build is not deterministic"
        (HERE / name).write_bytes(data)
        lab = dict(file=name, **m["label"])
        lines.append(json.dumps({k: lab[k] for k in LABEL_KEYS}, ensure_ascii=False))
        m["file"] = name
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    check()


# ============================================================ self-checks ==
UAI_RE = re.compile(r"(?<![0-9A-Za-z])([0-9]{7}[A-Za-z])(?![0-9A-Za-z])")
THEME_REGIONS = {"centre-val-de-loire", "pays-de-la-loire", "bourgogne-franche-comte"}


def all_text(msg):
    """Decoded headers and every text part (descending into attached messages)."""
    chunks = [f"{k}: {v}" for k, v in msg.items()]
    for part in msg.walk():
        if part is not msg and part.get_content_maintype() != "multipart":
            chunks += [f"{k}: {v}" for k, v in part.items()]
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
        elif part.get_content_type() in ("message/delivery-status",
                                         "message/disposition-notification"):
            payload = part.get_payload()
            if isinstance(payload, list):
                chunks += [str(p) for p in payload]
            else:
                chunks.append(str(payload))
    return "\n".join(chunks)


def check():
    from collections import Counter
    from email.utils import parseaddr

    files = sorted(p.name for p in HERE.glob("h*.eml"))
    assert files == [f"h{i:03d}.eml" for i in range(1, 151)], "expected exactly h001.eml ... h150.eml"
    labels = [json.loads(l) for l in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(labels) == 150 and [l["file"] for l in labels] == files
    by_file = {m["file"]: m for m in MAILS}

    for lab in labels:
        f = lab["file"]
        m = by_file[f]
        # --- the label against the taxonomy
        assert list(lab) == LABEL_KEYS, f
        assert lab["category"] in CATEGORIES, f
        assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), f
        if lab["auto_reply_ok"]:
            assert lab["category"] in AUTO_REPLY_CATEGORIES, f"{f}: auto reply for {lab['category']}"
        assert lab["platform"] is None or lab["platform"] in PLATFORMS, f
        assert lab["lang"] in LANGS, f
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 20, f
        assert lab["region"] is None or lab["region"] in REGION_DEPTS, f
        if lab["uai"] is not None:
            assert is_valid_uai(lab["uai"]), f"{f}: label UAI {lab['uai']} has a wrong check letter"
            assert lab["uai"][:3] in DEPT_REGION, f

        # --- the file parses with the stdlib email package
        raw = (HERE / f).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, f"{f}: parse defects {part.defects}"
        for h in ("From", "To", "Date", "Message-ID", "Subject"):
            assert msg[h], f"{f}: missing {h}"
        date = msg["Date"].datetime
        assert (date.year, date.month) == (2026, 10), f"{f}: date {date}"
        assert msg.get_body(preferencelist=("plain", "html")) is not None, f"{f}: no readable body"
        for line in raw.split(b"\n"):
            assert len(line) < 998, f"{f}: line too long"
        text = all_text(msg)

        # --- region: UAI's département, else the ac-*.fr sender domain, else null
        sender = parseaddr(str(msg["From"]))[1].lower()
        domain = sender.rsplit("@", 1)[-1]
        if lab["uai"]:
            expected = DEPT_REGION[lab["uai"][:3]]
            assert expected in THEME_REGIONS, f"{f}: UAI outside the holdout58 regions"
        else:
            expected = DOMAIN_REGION.get(domain)
        assert lab["region"] == expected, f"{f}: region {lab['region']} != {expected}"

        # --- UAI codes written in the mail: check letters right unless labelled as wrong
        found = {c.upper() for c in UAI_RE.findall(text)}
        compact = re.sub(r"\s+", "", text).upper()
        valid = {c for c in found if is_valid_uai(c)}
        wrong = found - valid
        assert wrong == set(m["wrong_uais"]), f"{f}: unexpected wrong check letters {wrong}"
        for w in m["wrong_uais"]:
            assert not is_valid_uai(w), f"{f}: {w} was meant to be wrong"
            assert w in lab["notes"] and "wrong check letter" in lab["notes"], \
                f"{f}: deliberately wrong {w} not explained in notes"
        if lab["uai"]:
            assert lab["uai"] in compact, f"{f}: label UAI not in the mail"
        else:
            assert not valid, f"{f}: valid UAI {valid} in the mail but label uai is null"
        if valid and lab["uai"]:
            assert lab["uai"] in valid or lab["uai"] in compact, f

        # --- automated mail carries machine signs; hand-written mail does not claim them
        if lab["category"] == "automated":
            machine = (msg["Auto-Submitted"] or msg["Precedence"] or msg["List-Id"]
                       or msg["List-Unsubscribe"] or msg.get_content_type() == "multipart/report"
                       or "no-reply" in sender or "ne-pas-repondre" in sender
                       or "message automatique" in text.lower())
            assert machine, f"{f}: automated mail without any automation sign"
        else:
            assert not msg["Auto-Submitted"] and not msg["List-Id"], f"{f}: looks automated"

    cats = Counter(l["category"] for l in labels)
    assert set(cats) == CATEGORIES, f"missing categories: {CATEGORIES - set(cats)}"
    en = sum(l["lang"] == "en" for l in labels)
    assert 0.12 <= en / 150 <= 0.18, f"English share {en}/150"
    assert sum(1 for m in MAILS if m["wrong_uais"]) >= 2
    assert any(m["html_only"] for m in MAILS)
    print("holdout58: 150 mails written and checked")
    for c, n in sorted(cats.items(), key=lambda x: -x[1]):
        print(f"  {c:32s} {n}")
    print(f"  English: {en}, hard: {sum(l['hard'] for l in labels)}, "
          f"auto_reply_ok: {sum(l['auto_reply_ok'] for l in labels)}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build the holdout40 blind test corpus: 150 hand-written support mails.

Theme: February half-term 2025; Provence-Alpes-Cote d'Azur, Corse and the
overseas academies; many public buyers (towns, hospitals, intercommunalites)
writing about the Espace Acheteur, plus teachers, heads and a few English
writers.

Standard library only, fixed random seed: running it twice gives the same
bytes.  It writes h001.eml ... h150.eml and labels.jsonl next to itself.

    python3 make_holdout40.py
"""
import base64
import html as htmlmod
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(4040)

# --------------------------------------------------------------------------
# Taxonomy and routing table (from shared/spec/taxonomy.md and regions.md)
# --------------------------------------------------------------------------
CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
PLATFORMS = {"esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal",
             "esignature", None}
LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region",
              "platform", "hard", "lang", "notes"]

REGION_TABLE = {
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
PREFIX_TO_REGION = {}
DOMAIN_TO_REGION = {}
for _slug, (_deps, _doms) in REGION_TABLE.items():
    for _d in _deps.split():
        PREFIX_TO_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _d in _doms.split():
        DOMAIN_TO_REGION[_d] = _slug

PACA = "provence-alpes-cote-d-azur"
CORSE = "corse"
GPE = "guadeloupe"
MTQ = "martinique"
GUY = "guyane"
REU = "la-reunion"
MYT = "mayotte"

UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def check_letter(d7):
    return UAI_LETTERS[int(d7) % 23]


def full_uai(d7):
    assert re.fullmatch(r"\d{7}", d7), d7
    return d7 + check_letter(d7)


def bad_uai(d7):
    """Same digits, a deliberately wrong check letter (a typo)."""
    i = (int(d7) % 23 + 7) % 23
    return d7 + UAI_LETTERS[i]


def uai_is_valid(code):
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and \
        code[7] == check_letter(code[:7])


def region_of_uai(code):
    return PREFIX_TO_REGION.get(code[:3])


# --------------------------------------------------------------------------
# Small helpers for realistic headers
# --------------------------------------------------------------------------
SUPPORT_ADDR = "support@assistance.example.fr"
SUPPORT = "Assistance <support@assistance.example.fr>"

TZ = {"metro": 1, "gpe": -4, "mtq": -4, "guy": -3, "reu": 4, "myt": 3}
TZNAME = {1: " (CET)", -4: "", -3: "", 4: "", 3: ""}
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
           "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
FR_MON_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.",
               "août", "sept.", "oct.", "nov.", "déc."]
FR_DAY_ABBR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]


def hexs(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(chars) for _ in range(n))


def ip_doc():
    net = RNG.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, RNG.randint(2, 250))


def mkdate(s, tzh=1):
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M")
    dt = dt.replace(second=RNG.randint(0, 59),
                    tzinfo=timezone(timedelta(hours=tzh)))
    return dt


def fr_long(dt):
    """'mardi 18 février 2025 10:02' (Outlook quote header)."""
    return "%s %d %s %d %02d:%02d" % (FR_DAYS[dt.weekday()], dt.day,
                                      FR_MONTHS[dt.month - 1], dt.year,
                                      dt.hour, dt.minute)


def fr_gmail(dt):
    """'mar. 18 févr. 2025 à 10:02' (Gmail quote header)."""
    return "%s %d %s %d à %02d:%02d" % (FR_DAY_ABBR[dt.weekday()], dt.day,
                                        FR_MON_ABBR[dt.month - 1], dt.year,
                                        dt.hour, dt.minute)


def enc_header(value, charset="utf-8"):
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, charset, maxlinelen=76,
                  header_name="Subject").encode()


def fmt_addr(name, addr, charset="utf-8"):
    if not name:
        return "<%s>" % addr if False else addr
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (Header(name, charset).encode(), addr)


def fold(name, value):
    """Fold a long header on spaces (encoded words are already folded)."""
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or "=?" in value or name in (
            "Message-ID", "In-Reply-To", "References"):
        return line
    out, cur = [], ""
    for word in line.split(" "):
        if cur and len(cur) + 1 + len(word) > 76:
            out.append(cur)
            cur = " " + word
        else:
            cur = word if not cur else cur + " " + word
    out.append(cur)
    return "\n".join(out)


def msgid_for(mailer, domain):
    if mailer == "outlook":
        return "<00%s01db%s$%s$%s$@%s>" % (hexs(2), hexs(4), hexs(8), hexs(8),
                                           domain)
    if mailer == "o365":
        box = "%s%dP%dMB%04d" % (RNG.choice(["PR3", "AM0", "PA4", "DB9"]),
                                 RNG.randint(1, 9), RNG.choice([190, 192, 194]),
                                 RNG.randint(1000, 9999))
        return "<%s%s@%s.EURP%d.PROD.OUTLOOK.COM>" % (
            box, alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), box,
            RNG.choice([190, 192, 194]))
    if mailer == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (
            RNG.randint(10**8, 10**9 - 1), RNG.randint(10**5, 10**6 - 1),
            RNG.randint(1738 * 10**9, 1741 * 10**9), domain)
    if mailer == "gmail":
        return "<CA%s@mail.gmail.com>" % alnum(
            44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")
    if mailer == "android":
        return "<%s@email.android.com>" % hexs(24)
    if mailer in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (hexs(8).upper(), hexs(4).upper(),
                                        hexs(4).upper(), hexs(4).upper(),
                                        hexs(12).upper(), domain)
    if mailer == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (hexs(8), hexs(4), hexs(4), hexs(4),
                                        hexs(12), domain)
    if mailer == "ox":
        return "<%d.%d.%d@%s>" % (RNG.randint(100000000, 999999999),
                                  RNG.randint(1000, 9999),
                                  RNG.randint(1738000000000, 1741999999999),
                                  domain)
    return "<%s.%s@%s>" % (hexs(16), hexs(8), domain)


MAILER_HEADERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"),
                ("Content-Language", "fr")],
    "o365": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-Language", "fr-FR")],
    "zimbra": [("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - FF135"
                            " (Win)/10.0.8_GA_4611)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird"),
                    ("Content-Language", "fr")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    "iphone": [("X-Mailer", "iPhone Mail (22D63)")],
    "android": [],
    "gmail": [],
    "ox": [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev70")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "raw": [],
}


def text_to_html(text, mailer):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [htmlmod.escape(x, quote=False) for x in p.split("\n")]
        if all(x.startswith("&gt;") for x in lines if x):
            inner = "<br>\n".join(re.sub(r"^&gt; ?", "", x) for x in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px'
                       ' solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        elif mailer in ("outlook", "o365"):
            out.append("\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % x
                                 for x in lines))
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append("<div>%s</div>\n<div><br></div>" % "<br>\n".join(lines))
    body = "\n".join(out)
    if mailer in ("outlook", "o365"):
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
                'xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; '
                'charset=utf-8">\n<meta name="Generator" content="Microsoft '
                'Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",'
                'sans-serif;}\n--></style>\n</head>\n<body lang="FR" '
                'link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + body + "\n</div>\n</body>\n</html>\n")
    if mailer == "gmail":
        return '<div dir="ltr">\n%s\n</div>\n' % body
    return ('<html><body><div style="font-family: arial, helvetica, '
            'sans-serif; font-size: 12pt; color: #000000">\n%s\n</div>'
            '</body></html>\n' % body)


def encode_part(text, charset, cte):
    data = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    return data.decode(charset)  # 7bit / 8bit: raw text


def leaf(text, subtype, charset, cte):
    hdr = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (
        subtype, charset, cte)
    return hdr + "\n" + encode_part(text, charset, cte).rstrip("\n") + "\n"


def boundary(style):
    if style in ("outlook", "o365"):
        return "----=_NextPart_000_%s_%s.%s" % (hexs(4).upper(),
                                                 hexs(8).upper(),
                                                 hexs(8).upper())
    if style == "gmail":
        return "000000000000%s" % hexs(16)
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (hexs(8).upper(),
                                              hexs(4).upper(), hexs(4).upper(),
                                              hexs(4).upper(), hexs(12).upper())
    return "=_%s" % hexs(32)


def fake_pdf(title):
    body = ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            "%% %s\ntrailer << /Root 1 0 R >>\n%%%%EOF\n" % title)
    return body.encode("latin-1")


# --------------------------------------------------------------------------
# The specs
# --------------------------------------------------------------------------
SPECS = []


def M(**kw):
    SPECS.append(kw)


def reply_quote_outlook(frm, to, dt, subject, text, sep="underscore"):
    head = "________________________________" if sep == "underscore" else \
        "-----Message d'origine-----"
    return ("%s\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s" %
            (head, frm, fr_long(dt), to, subject, text.strip("\n")))


def reply_quote_gmail(frm, dt, text):
    q = "\n".join(("> " + x) if x else ">" for x in text.strip("\n").split("\n"))
    return "Le %s, %s a écrit :\n%s" % (fr_gmail(dt), frm, q)


def desk_msgid(ticket, dt):
    return "<%s.%d.%s@assistance.example.fr>" % (ticket, int(dt.timestamp()),
                                                 hexs(6))


def qd(s, tzh=1):
    """A fixed datetime for quoted history (no randomness)."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(
        tzinfo=timezone(timedelta(hours=tzh)))


def pdf_attachment(name, title):
    return (name, "application/pdf", fake_pdf(title))


# --------------------------------------------------------------------------
# Building one message
# --------------------------------------------------------------------------
def sender_mta(domain, mailer):
    if domain == "gmail.com":
        return "mail-%s-f%d.google.com" % (RNG.choice(["wr1", "ej1", "lf1"]),
                                           RNG.randint(41, 99))
    if mailer == "o365":
        return "mail-%s.outbound.protection.outlook.com" % RNG.choice(
            ["pr3fra01on2099", "am0pr02cu008", "db9pr05cu002", "pa4pr04cu001"])
    if domain in ("orange.fr", "wanadoo.fr"):
        return "smtp-%d.orange.fr" % RNG.randint(10, 30)
    if domain.startswith("ac-"):
        return "smtp%d.%s" % (RNG.randint(1, 4), domain)
    return RNG.choice(["mail.", "smtp.", "mx1.", "relais."]) + domain


def auth_results(kind, domain):
    if kind == "pass":
        return ("mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) "
                "header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass "
                "(p=none dis=none) header.from=%s" % (domain, domain, domain))
    if kind == "fail":
        return ("mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail "
                "smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) "
                "header.from=%s" % (domain, domain))
    if kind == "none":
        return ("mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=none "
                "smtp.mailfrom=%s;\n\tdmarc=none" % domain)
    if kind == "softfail":
        return ("mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=softfail "
                "smtp.mailfrom=%s;\n\tdmarc=none header.from=%s" % (domain,
                                                                  domain))
    return kind


def build(spec, fname):
    s = spec
    tok = s.get("tok") or s.get("uai")
    tok2 = s.get("tok2")

    def sub(t):
        if t is None:
            return None
        if tok:
            t = t.replace("@U@", full_uai(tok))
            t = t.replace("@u@", full_uai(tok).lower())
            t = t.replace("@BAD@", bad_uai(tok))
        if tok2:
            t = t.replace("@U2@", full_uai(tok2))
        assert "@U" not in t and "@u@" not in t and "@BAD@" not in t, fname
        return t

    name, addr = s["frm"]
    name, addr = sub(name), sub(addr)
    domain = addr.split("@")[1].lower()
    tzh = s.get("tz", 1)
    dt = mkdate(s["date"], tzh)
    mailer = s.get("mailer", "thunderbird")
    charset = s.get("charset", "utf-8")
    cte = s.get("cte", "quoted-printable")
    subject = sub(s["subj"])

    hdrs = []
    rp = s.get("rp", addr)
    hdrs.append(("Return-Path", "<%s>" % rp))
    hdrs.append(("Delivered-To", SUPPORT_ADDR))
    mta = s.get("mta") or sender_mta(domain, mailer)
    rdt = (dt + timedelta(seconds=RNG.randint(1, 40))).astimezone(
        timezone(timedelta(hours=1)))
    hdrs.append(("Received", "from %s (%s [%s])\n\tby mx1.assistance.example.fr"
                 " (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CET)" % (
                     mta, mta, ip_doc(), alnum(15), SUPPORT_ADDR,
                     format_datetime(rdt))))
    hdrs.append(("Authentication-Results",
                 auth_results(s.get("auth", "pass"), domain)))
    for k, v in s.get("pre_headers", []):
        hdrs.append((k, sub(v)))
    hdrs.append(("From", fmt_addr(name, addr, charset if charset != "us-ascii" else "utf-8")))
    to = s.get("to", SUPPORT)
    if not all(ord(c) < 128 for c in to):
        tname, taddr = to.rsplit("<", 1)
        to = fmt_addr(tname.strip(), taddr.rstrip(">"))
    hdrs.append(("To", to))
    if s.get("cc"):
        hdrs.append(("Cc", ", ".join(fmt_addr(n, sub(a)) for n, a in s["cc"])))
    if s.get("reply_to"):
        hdrs.append(("Reply-To", fmt_addr(*s["reply_to"])))
    hdrs.append(("Subject", enc_header(subject, "utf-8" if charset in (
        "utf-8", "us-ascii") else charset)))
    hdrs.append(("Date", format_datetime(dt)))
    msgid = s.get("msgid") or msgid_for(mailer, domain)
    hdrs.append(("Message-ID", msgid))
    if s.get("in_reply_to"):
        hdrs.append(("In-Reply-To", s["in_reply_to"]))
        hdrs.append(("References", s.get("references", s["in_reply_to"])))
    hdrs.append(("MIME-Version", "1.0"))
    for k, v in MAILER_HEADERS[mailer]:
        hdrs.append((k, v))
    if mailer in ("outlook", "o365"):
        hdrs.append(("Thread-Index", base64.b64encode(
            bytes(RNG.randint(0, 255) for _ in range(22))).decode()))
    for k, v in s.get("headers", []):
        hdrs.append((k, sub(v)))

    visible = [name or "", addr, subject]
    if s.get("mime"):
        ctype, payload = s["mime"]
        payload = sub(payload)
        visible.append(payload)
        hdrs.append(("Content-Type", ctype))
        body = payload
    else:
        text = sub(s["body"]).strip("\n") + "\n"
        visible.append(text)
        html = s.get("html")
        if html is True:
            html = text_to_html(text, mailer)
        elif html:
            html = sub(html)
            visible.append(html)
        parts = []
        if html:
            b = boundary(mailer)
            alt = ("--%s\n%s\n--%s\n%s\n--%s--\n" % (
                b, leaf(text, "plain", charset, cte), b,
                leaf(html, "html", charset, cte), b))
            parts = ('multipart/alternative;\n boundary="%s"' % b, alt)
        atts = s.get("attach", [])
        if atts:
            b2 = boundary(mailer)
            inner = []
            if parts:
                inner.append("Content-Type: %s\n\n%s" % parts)
            else:
                inner.append(leaf(text, "plain", charset, cte))
            for fn, ct, data in atts:
                inner.append('Content-Type: %s; name="%s"\nContent-Disposition:'
                             ' attachment; filename="%s"\nContent-Transfer-'
                             'Encoding: base64\n\n%s' % (
                                 ct, fn, fn, base64.encodebytes(data).decode()))
            body = "".join("--%s\n%s\n" % (b2, p.rstrip("\n")) for p in inner)
            body += "--%s--\n" % b2
            hdrs.append(("Content-Type", 'multipart/mixed;\n boundary="%s"' % b2))
        elif parts:
            hdrs.append(("Content-Type", parts[0]))
            body = parts[1]
        else:
            hdrs.append(("Content-Type", 'text/plain; charset="%s"%s' % (
                charset, "; format=flowed" if s.get("flowed") else "")))
            hdrs.append(("Content-Transfer-Encoding", cte))
            body = encode_part(text, charset, cte)

    head = "\n".join(fold(k, v) if "\n" not in v else "%s: %s" % (k, v)
                     for k, v in hdrs)
    raw = head + "\n\n" + body
    if not raw.endswith("\n"):
        raw += "\n"
    out_charset = charset if cte == "8bit" else "ascii"
    data = raw.encode(out_charset)

    uai = full_uai(s["uai"]) if s.get("uai") else None
    label = {
        "file": fname,
        "category": s["cat"],
        "auto_reply_ok": s["auto"],
        "uai": uai,
        "region": s.get("region"),
        "platform": s.get("platform"),
        "hard": s.get("hard", False),
        "lang": s.get("lang", "fr"),
        "notes": s["notes"],
    }
    check_label(label, domain, "\n".join(visible), tok2)
    return data, label


AUTO_CAPABLE = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                "account_creation", "subscription_activation"}


def check_label(label, domain, visible, tok2):
    f = label["file"]
    assert list(label) == LABEL_KEYS, f
    assert label["category"] in CATEGORIES, (f, label["category"])
    assert label["platform"] in PLATFORMS, (f, label["platform"])
    assert isinstance(label["auto_reply_ok"], bool), f
    assert isinstance(label["hard"], bool), f
    assert label["lang"] in ("fr", "en"), f
    assert label["notes"] and len(label["notes"]) > 20, f
    if label["auto_reply_ok"]:
        assert label["category"] in AUTO_CAPABLE, (f, label["category"])
    uai = label["uai"]
    if uai is not None:
        assert uai_is_valid(uai), (f, uai)
        assert label["region"] == region_of_uai(uai), (f, uai, label["region"])
        assert uai.lower() in visible.lower(), (f, uai)
    else:
        # no UAI: the region can only come from the sender's academie domain
        assert label["region"] == DOMAIN_TO_REGION.get(domain), (
            f, domain, label["region"])
    # every well-formed UAI in the mail is either the labelled one or a
    # declared second establishment; codes with a wrong letter are typos
    found = {m.upper() for m in re.findall(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])", visible)}
    allowed = {uai, full_uai(tok2) if tok2 else None}
    for code in found:
        if uai_is_valid(code):
            assert code in allowed, (f, code)


# ==========================================================================
# password_reset
# ==========================================================================
M(cat="password_reset", auto=True, uai="0131582", region=PACA,
  platform="esidoc", hard=False, lang="fr",
  notes="Back-office e-sidoc password forgotten over the half-term; UAI in the body, academic sender: the FAQ reset path applies.",
  frm=("Maëlle Ferracci", "maelle.ferracci@ac-aix-marseille.fr"),
  mailer="zimbra", date="2025-03-03 08:14",
  subj="Mot de passe e-sidoc oublié après les vacances",
  body="""Bonjour,

De retour des vacances d'hiver ce matin, impossible de me souvenir du mot de passe du back-office e-sidoc du CDI. J'ai essayé les deux ou trois variantes que j'utilise d'habitude, sans succès.

Notre établissement : collège Edmond Rostand, Marseille, UAI @U@.

Pourriez-vous m'envoyer un lien pour en définir un nouveau ?

Merci d'avance,
Maëlle Ferracci
Professeure documentaliste
Collège Edmond Rostand - Marseille 13e
""")

M(cat="password_reset", auto=True, uai="0061374", region=PACA,
  platform="esidoc", hard=False, lang="fr",
  notes="Account locked after several failed attempts; the UAI is given as 'RNE' in the signature only.",
  frm=("Jean-Baptiste Orsini", "jean-baptiste.orsini@ac-nice.fr"),
  mailer="thunderbird", date="2025-02-06 16:47",
  subj="Compte e-sidoc bloqué",
  body="""Bonjour,

Après plusieurs tentatives infructueuses, le portail e-sidoc m'indique que le compte administrateur est verrouillé. Je dois préparer la sélection de romans pour le prix littéraire avant les vacances, donc j'aurais besoin de récupérer l'accès assez vite.

Pouvez-vous débloquer le compte ou m'envoyer un lien de réinitialisation ?

Bien cordialement,

-- 
J.-B. Orsini
Professeur documentaliste
Lycée Masséna - Nice
RNE : @U@
""")

M(cat="password_reset", auto=True, uai="9740213", region=REU,
  platform="esidoc", hard=False, lang="fr", tz=4,
  notes="Reset link expired before use (opened after 12 h); asks for a new one. Réunion time zone, ISO-8859-1 8-bit body.",
  frm=("Nathalie Payet", "nathalie.payet@ac-reunion.fr"),
  mailer="thunderbird", date="2025-02-11 07:05", charset="iso-8859-1", cte="8bit",
  subj="Lien de réinitialisation expiré",
  body="""Bonjour,

J'ai demandé hier soir un nouveau mot de passe pour le portail e-sidoc de notre collège (UAI @U@). Le message est bien arrivé mais je ne l'ai ouvert que ce matin et la page m'affiche que le lien n'est plus valide.

Avec le décalage horaire, vos messages arrivent souvent pendant notre nuit... Pouvez-vous m'en renvoyer un ?

Merci,
Nathalie Payet
Documentaliste, collège Les Aigrettes, Saint-Gilles-les-Bains
""")

M(cat="password_reset", auto=True, uai="7200569", region=CORSE,
  platform="esidoc", hard=False, lang="fr",
  notes="New documentaliste in Haute-Corse (prefix 720) never received the e-sidoc password from her predecessor.",
  frm=("Laetitia Santoni", "laetitia.santoni@ac-corse.fr"),
  mailer="zimbra", date="2025-02-04 10:31",
  subj="Accès administrateur e-sidoc - collège de Bastia",
  body="""Bonjour,

J'ai pris mon poste au CDI du collège Montesoro à Bastia en janvier, en remplacement d'une collègue partie en disponibilité. Elle ne m'a transmis aucun identifiant et je ne connais pas le mot de passe du compte d'administration e-sidoc.

Le code de l'établissement est @U@.

Comment puis-je obtenir un accès ?

Cordialement,
Laetitia Santoni
""")

M(cat="password_reset", auto=True, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="Town buyer does not remember which e-mail address is his Espace Acheteur login; no UAI, non-academic sender.",
  frm=("Frédéric Castellan", "f.castellan@ville-salon-de-provence.fr"),
  mailer="o365", date="2025-02-05 14:22", html=True,
  subj="Identifiant de connexion à l'Espace Acheteur - service de la commande publique de la Ville de Salon-de-Provence",
  body="""Madame, Monsieur,

Je suis chargé de la passation des marchés au service de la commande publique de la Ville de Salon-de-Provence. Je ne parviens plus à me connecter à l'Espace Acheteur : j'ignore si le compte a été créé avec mon adresse nominative ou avec l'adresse générique du service (commande.publique@ville-salon-de-provence.fr), et aucune des deux combinaisons ne fonctionne avec le mot de passe que je pensais être le bon.

Je vous serais reconnaissant de bien vouloir m'indiquer la marche à suivre pour retrouver mon identifiant et définir un nouveau mot de passe.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Frédéric Castellan
Acheteur public - Direction de la commande publique
Hôtel de Ville, place Gambetta, 13300 Salon-de-Provence
""")

M(cat="password_reset", auto=True, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="Hospital buyer: the Espace Acheteur says the password has expired and she cannot remember the old one to change it.",
  frm=("Sandrine Guidicelli", "sandrine.guidicelli@ch-arles.fr"),
  mailer="o365", date="2025-02-12 09:03",
  subj="Demande de réinitialisation du mot de passe d'accès à l'Espace Acheteur - Centre hospitalier d'Arles, cellule des marchés",
  body="""Madame, Monsieur,

Lors de ma connexion de ce matin à l'Espace Acheteur, un message m'a informée que mon mot de passe avait expiré et qu'il convenait de le modifier. Or la modification exige la saisie de l'ancien mot de passe, que je ne suis plus en mesure de retrouver.

Je sollicite donc la réinitialisation de mon mot de passe, afin de pouvoir consulter les offres du marché de fournitures hôtelières dont l'échéance approche.

Vous remerciant par avance, je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Sandrine Guidicelli
Cellule des marchés publics
Centre hospitalier Joseph Imbert - Arles
""")

M(cat="password_reset", auto=False, uai=None, region=PACA, tok="0831046",
  platform="esidoc", hard=True, lang="fr",
  notes="UAI typed with a wrong check letter (the digits 0831046 do not give that letter), so no UAI label; region from the ac-nice.fr sender. A reset link must not go to an establishment guessed from a typo: a person confirms the code.",
  frm=("Gilles Martinez", "gilles.martinez1@ac-nice.fr"),
  mailer="zimbra", date="2025-02-07 11:40",
  subj="mot de passe e-sidoc",
  body="""Bonjour

je n'arrive plus à entrer dans la gestion du portail e-sidoc, il me dit identifiant ou mot de passe incorrect. L'identifiant c'est bien le numéro de l'établissement ? J'ai mis @BAD@.

Pouvez vous me renvoyer un nouveau mot de passe svp

Gilles Martinez
collège Django Reinhardt, Toulon
""")

M(cat="password_reset", auto=True, uai="0133217", region=PACA,
  platform="esidoc", hard=True, lang="fr",
  notes="The secretariat writes from the ce.<UAI> official address for the absent documentaliste and asks for the link on that official address; the UAI is only in the sender address.",
  frm=("Secrétariat - Lycée Marcel Pagnol", "ce.@U@@ac-aix-marseille.fr"),
  mailer="zimbra", date="2025-02-13 15:12",
  subj="Réinitialisation accès CDI",
  body="""Bonjour,

Notre professeure documentaliste, Mme Reynaud, est en arrêt jusqu'aux vacances et la collègue qui la remplace ne peut pas se connecter au portail du CDI (e-sidoc) : personne ne connaît le mot de passe.

Pourriez-vous envoyer le lien de réinitialisation sur la présente adresse de l'établissement ? Nous le lui transmettrons.

Bien à vous,
Le secrétariat de direction
Lycée Marcel Pagnol - Marseille
""")

M(cat="password_reset", auto=True, uai="0840691", region=PACA,
  platform="esidoc", hard=True, lang="fr",
  notes="Negation: insists the mail is not blocked or in spam (it arrived); the reset link had simply expired during the holidays. password_reset, not missing_noreply_mail.",
  frm=("Corinne Abadie", "corinne.abadie@ac-aix-marseille.fr"),
  mailer="ox", date="2025-03-04 08:52",
  subj="Lien e-sidoc",
  body="""Bonjour,

Je précise d'emblée que ce n'est pas un problème de courrier indésirable : votre message de réinitialisation est bien arrivé dans ma boîte, le 14 février. Mais je suis partie en vacances le lendemain, et en cliquant aujourd'hui sur le lien on me dit qu'il a expiré.

Est-il possible d'en recevoir un nouveau pour le portail du lycée ?
UAI : @U@

Merci et bonne journée,
Corinne Abadie
Lycée Frédéric Mistral, Avignon
""")

M(cat="password_reset", auto=True, uai="0060918", region=PACA,
  platform="esidoc", hard=False, lang="en",
  notes="English, from the British section of an international lycée: forgotten e-sidoc back-office password, UAI given as the username.",
  frm=("Rebecca Thornton", "rebecca.thornton@ac-nice.fr"),
  mailer="apple", date="2025-02-10 17:26",
  subj="Forgotten password for the library portal",
  body="""Hello,

I look after the English-language collection in the library of the international lycée in Valbonne and I have forgotten the password for the e-sidoc back office. The username, as far as I know, is our school code @U@.

Could you send me a reset link, please? My French colleague is away until after the February break.

Many thanks,
Rebecca Thornton
British Section - Centre International de Valbonne
""")

M(cat="password_reset", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=True, lang="fr",
  notes="Two topics in one mail: Espace Acheteur password to reset (first) and a question on an invoice for the previous order; one template would answer only half.",
  frm=("Agnès Rouvier", "a.rouvier@agglo-ventoux-comtat.fr"),
  mailer="outlook", date="2025-02-18 10:09",
  subj="Accès à l'Espace Acheteur et interrogation relative à la facture de janvier - Communauté d'agglomération Ventoux-Comtat Venaissin",
  body="""Madame, Monsieur,

Je me permets de vous solliciter sur deux points.

En premier lieu, mon accès à l'Espace Acheteur ne fonctionne plus depuis la mise à jour de février : le mot de passe est refusé et je souhaiterais le réinitialiser.

En second lieu, la facture relative à notre commande de mobilier de bureau du mois de janvier mentionne un taux de TVA qui ne correspond pas à celui du devis. Pourriez-vous m'indiquer à qui adresser cette réclamation ?

Je vous remercie par avance de votre retour et vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Agnès Rouvier
Service mutualisé des achats
Communauté d'agglomération Ventoux-Comtat Venaissin - Carpentras
""")

M(cat="password_reset", auto=True, uai="0050724", region=PACA,
  platform="esidoc", hard=True, lang="fr",
  notes="Indirect: the writer suspects her keyboard or browser because the same login 'no longer works'; it is a changed/forgotten password. FAQ reset path.",
  frm=("Hélène Bérard", "helene.berard@ac-aix-marseille.fr"),
  mailer="thunderbird", date="2025-02-05 13:18",
  subj="Problème de navigateur ?",
  body="""Bonjour,

Depuis lundi, quand je me connecte à l'administration du portail documentaire du lycée, la page revient avec « identifiant ou mot de passe incorrect ». Je tape pourtant exactement la même chose que d'habitude. J'ai essayé avec Firefox puis avec Edge, j'ai vidé le cache, vérifié que le verrouillage des majuscules n'était pas activé : rien à faire.

Un collègue me dit que le mot de passe a peut-être été changé par quelqu'un d'autre en décembre. Est-ce que vous pouvez m'aider à en remettre un ?

Lycée Dominique Villars, Gap - UAI @U@

Hélène Bérard
CDI
""")

M(cat="password_reset", auto=True, uai="9760381", region=MYT,
  platform="esidoc", hard=False, lang="fr", tz=3,
  notes="Very short; UAI only in the subject line. Mayotte time zone.",
  frm=("Anrifa Soulaimana", "anrifa.soulaimana@ac-mayotte.fr"),
  mailer="android", date="2025-02-19 09:44", cte="base64",
  subj="@U@ mdp esidoc",
  body="""Bonjour j ai perdu le mot de passe du portail esidoc, merci de me renvoyer un lien.
Cordialement
A. Soulaimana

Envoyé de mon téléphone Samsung Galaxy
""")

M(cat="password_reset", auto=True, uai="9711502", region=GPE,
  platform="esidoc", hard=False, lang="fr", tz=-4,
  notes="Long, apologetic message after sick leave; clearly a forgotten e-sidoc password. Guadeloupe time zone, HTML alternative.",
  frm=("Marie-Josée Bellance", "marie-josee.bellance@ac-guadeloupe.fr"),
  mailer="zimbra", date="2025-02-17 06:58", html=True,
  subj="Demande d'aide pour retrouver mon mot de passe",
  body="""Bonjour,

Je vous écris un peu confuse : après trois mois d'arrêt maladie, je reprends mon poste au CDI du lycée Baimbridge aux Abymes et je ne retrouve plus du tout le mot de passe de l'administration e-sidoc. J'avais pourtant pris soin de le noter dans un carnet, mais le carnet a disparu pendant le déménagement du CDI.

J'ai essayé la fonction « mot de passe oublié » avec mon adresse personnelle, mais je pense que ce n'est pas celle qui est enregistrée.

Notre UAI : @U@

Pouvez-vous m'aider ? Les élèves de terminale attendent la reprise des prêts et des abonnements numériques.

Avec mes remerciements,
Marie-Josée Bellance
Professeure documentaliste
""")

M(cat="password_reset", auto=False, uai="9720874", region=MTQ,
  platform="ecoledirecte", hard=True, lang="fr", tz=-4,
  notes="Lost EcoleDirecte administration password in a private school; explicitly not the daily maintenance password (transfer_incident). No reset template for this product, so no automatic answer.",
  frm=("Patrice Ursulet", "direction@ecole-stemarie-lamentin.fr"),
  mailer="outlook", date="2025-02-20 12:35",
  subj="Mot de passe administrateur EcoleDirecte",
  body="""Bonjour,

Je ne parviens plus à me connecter au compte administrateur d'EcoleDirecte de notre établissement : le mot de passe a été changé par l'ancien responsable informatique avant son départ et il ne l'a laissé nulle part.

Je précise que ce n'est pas le mot de passe de maintenance du jour dont j'ai besoin, les transferts fonctionnent ; c'est bien l'accès administrateur au site.

Code établissement : @U@

Merci de votre aide,
Patrice Ursulet
Responsable administratif
Institution Sainte-Marie - Le Lamentin
""")

M(cat="password_reset", auto=False, uai="0841123", region=PACA,
  platform="esidoc", hard=True, lang="fr",
  notes="Asks for the new password to be sent to her personal Gmail because nobody reads the school mailbox during the holidays: a link may only go to the address on file or the official one, so a person answers.",
  frm=("Sophie Chabaud", "sophie.chabaud84@gmail.com"),
  mailer="gmail", date="2025-02-21 19:02", html=True,
  subj="Urgent - mot de passe portail CDI",
  body="""Bonjour,

Je suis documentaliste au collège Joseph Roumanille d'Avignon (UAI @U@). J'ai oublié le mot de passe du portail e-sidoc et je voudrais préparer les nouveautés pendant les vacances.

Comme le secrétariat est fermé jusqu'au 3 mars et que personne ne relève la boîte de l'établissement, est-ce que vous pourriez envoyer le lien directement sur cette adresse Gmail ? Ce serait beaucoup plus simple pour moi.

Merci !
Sophie Chabaud
""")

M(cat="password_reset", auto=True, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="CCAS buyer locked out of the Espace Acheteur after five wrong attempts; no UAI, town domain.",
  frm=("Karim Benali", "k.benali@ccas-la-seyne.fr"),
  mailer="outlook", date="2025-02-25 11:17",
  subj="Compte verrouillé sur l'Espace Acheteur - CCAS de La Seyne-sur-Mer",
  body="""Madame, Monsieur,

Après cinq saisies erronées, mon compte sur l'Espace Acheteur a été verrouillé. Je vous saurais gré de bien vouloir procéder à son déblocage ou de m'adresser un lien me permettant de choisir un nouveau mot de passe.

Restant à votre disposition, je vous prie de croire, Madame, Monsieur, à l'assurance de mes sentiments les meilleurs.

Karim Benali
Gestionnaire des achats
CCAS de La Seyne-sur-Mer
04 94 00 00 00
""")

_q18 = qd("2025-02-24 10:41")
M(cat="password_reset", auto=False, uai="0061489", region=PACA,
  platform="esidoc", hard=True, lang="fr",
  notes="Reply (Gmail French quote) to the automatic reset answer: the address on file is the former librarian's, who left; she asks for the link on her own address. The template was sent already and the safe path is the head's written request: a person takes over.",
  frm=("Claire Mouret", "claire.mouret@ac-nice.fr"),
  mailer="gmail", date="2025-02-24 14:05",
  subj="Re: [#SUP-005861] Mot de passe e-sidoc",
  in_reply_to=desk_msgid("SUP-005861", _q18),
  body="""Bonjour,

Merci pour la réponse rapide, mais l'adresse masquée que vous indiquez est celle de mon prédécesseur, qui a quitté l'établissement en juin. Je n'y ai évidemment pas accès.

Ne pourriez-vous pas m'envoyer le lien sur mon adresse académique, celle d'où je vous écris ?

Claire Mouret
Professeure documentaliste, collège Les Mûriers, Menton

""" + reply_quote_gmail("Assistance <support@assistance.example.fr>", _q18, """Bonjour,

Nous avons adressé à l'administrateur enregistré pour l'établissement @U@ (j*****.f*****@ac-****.fr) un lien permettant de choisir un nouveau mot de passe. Ce lien expire au bout de 12 heures.

Si vous n'avez pas accès à cette adresse, le chef d'établissement doit nous adresser une demande écrite.

L'équipe d'assistance"""))

M(cat="password_reset", auto=True, uai="0040326", region=PACA,
  platform="esidoc", hard=False, lang="fr",
  notes="Contract documentaliste in Digne who was never given the password ('on ne m'a jamais donné le mot de passe').",
  frm=("Thomas Arnaud", "thomas.arnaud@ac-aix-marseille.fr"),
  mailer="roundcube", date="2025-02-03 09:27",
  subj="Pas de mot de passe pour le CDI",
  body="""Bonjour,

Je suis contractuel et j'assure le remplacement au CDI du collège Maria Borrély à Digne-les-Bains jusqu'en juin. On ne m'a jamais donné le mot de passe pour gérer le portail e-sidoc et la direction ne le connaît pas non plus.

Code UAI : @U@

Que dois-je faire ?

Thomas Arnaud
""")

M(cat="password_reset", auto=True, uai=None, region=PACA,
  platform="esidoc", hard=False, lang="fr",
  notes="Does not know what the 'identifiant' is nor the password; no UAI, region from the ac-aix-marseille.fr sender. Outlook with HTML alternative.",
  frm=("Véronique Gaillard", "veronique.gaillard@ac-aix-marseille.fr"),
  mailer="outlook", date="2025-02-10 08:05", html=True,
  subj="Identifiant e-sidoc ?",
  body="""Bonjour,

On me demande un identifiant et un mot de passe pour administrer le portail e-sidoc de la cité scolaire de Briançon, mais je n'ai ni l'un ni l'autre. Quel est l'identifiant, et comment obtenir le mot de passe ?

Merci,
Véronique Gaillard
Documentaliste - Cité scolaire d'Altitude, Briançon
""")

M(cat="password_reset", auto=True, uai="0830517", region=PACA,
  platform="esidoc", hard=True, lang="fr",
  notes="Misleading subject about the Europresse subscription: the body only says he cannot enter the back office because the password is forgotten.",
  frm=("Lionel Peyre", "lionel.peyre@ac-nice.fr"),
  mailer="zimbra", date="2025-02-12 12:50",
  subj="Question abonnement Europresse",
  body="""Bonjour,

Je voulais vérifier la date de fin de notre abonnement Europresse dans le back-office e-sidoc, mais je suis bloqué à l'entrée : j'ai oublié le mot de passe et le dernier que j'ai noté ne passe pas.

Pourriez-vous me faire parvenir un lien pour le réinitialiser ? Établissement : lycée Dumont d'Urville, Toulon, @U@.

Merci,
Lionel Peyre
""")

M(cat="password_reset", auto=True, uai="9730296", region=GUY,
  platform="espace_acheteur", hard=False, lang="fr", tz=-3,
  notes="Gestionnaire of a lycée in Guyane: the Espace Acheteur reset link says 'lien invalide'; asks for a new one. Guyane time zone.",
  frm=("Yannick Horth", "yannick.horth@ac-guyane.fr"),
  mailer="outlook", date="2025-02-26 08:33",
  subj="Lien invalide - Espace Acheteur",
  body="""Bonjour,

J'ai reçu votre mail de réinitialisation de mot de passe pour l'Espace Acheteur, mais le lien affiche « lien invalide ou déjà utilisé ». Je ne l'ai pourtant ouvert qu'une seule fois.

Pourriez-vous m'en renvoyer un nouveau ?

Yannick Horth
Adjoint gestionnaire
Lycée Melkior-Garré, Cayenne - UAI @U@
""")


# ==========================================================================
# missing_noreply_mail
# ==========================================================================
M(cat="missing_noreply_mail", auto=True, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="Town buyer created an Espace Acheteur account; the activation mail never came, junk folder checked; no anti-spam product named.",
  frm=("Isabelle Lantéri", "isabelle.lanteri@ville-draguignan.fr"),
  mailer="o365", date="2025-02-04 11:02",
  subj="Non-réception du courriel d'activation de compte - Espace Acheteur - Ville de Draguignan, direction des finances",
  body="""Madame, Monsieur,

J'ai procédé le 31 janvier à la création d'un compte sur l'Espace Acheteur pour le compte de la direction des finances de la Ville de Draguignan. Le site indiquait qu'un courriel d'activation me serait adressé ; or, à ce jour, je n'ai rien reçu, ni dans ma boîte de réception ni dans le dossier des courriers indésirables.

Je vous remercie de bien vouloir m'indiquer comment finaliser l'ouverture de ce compte.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Isabelle Lantéri
Direction des finances et de la commande publique
Ville de Draguignan
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="Hospital buyer subscribed to new-offer alerts on the Espace Acheteur and receives none; no filter product named.",
  frm=("Olivier Blanc", "olivier.blanc@ch-digne.fr"),
  mailer="outlook", date="2025-02-06 15:36",
  subj="Alertes sur les nouvelles offres non reçues - Centre hospitalier de Digne-les-Bains",
  body="""Madame, Monsieur,

Depuis notre inscription aux alertes de l'Espace Acheteur en décembre dernier, aucune notification ne nous est parvenue, alors même que plusieurs offres correspondant à nos critères (matériel de rééducation, consommables de laboratoire) ont été publiées depuis.

Nous avons vérifié nos paramètres d'alerte ainsi que le dossier des courriers indésirables.

Pourriez-vous nous indiquer l'origine possible de cette absence d'envoi ?

Bien cordialement,

Olivier Blanc
Responsable de la cellule achats
Centre hospitalier de Digne-les-Bains
""")

M(cat="missing_noreply_mail", auto=True, uai="0132468", region=PACA,
  platform="espace_acheteur", hard=True, lang="fr",
  notes="Mentions two platforms: e-sidoc mails arrive fine, only the Espace Acheteur confirmation never comes. The problem is on the Espace Acheteur.",
  frm=("Farid Haddouche", "farid.haddouche@ac-aix-marseille.fr"),
  mailer="zimbra", date="2025-02-10 10:14",
  subj="Inscription espace acheteur",
  body="""Bonjour,

Je suis le nouveau gestionnaire du lycée Vauvenargues à Aix-en-Provence (UAI @U@).

Je me suis inscrit sur l'Espace Acheteur la semaine dernière pour préparer les commandes de printemps, mais le mail de confirmation ne m'est jamais parvenu. Ce qui est curieux, c'est que je reçois sans problème les messages d'e-sidoc sur la même adresse (le CDI me met en copie des avis de renouvellement). Donc ce n'est pas ma boîte qui refuse tout.

Rien dans les spams non plus. Pouvez-vous regarder ?

Farid Haddouche
Adjoint gestionnaire
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None,
  platform="espace_acheteur", hard=True, lang="fr",
  notes="Indirect: the writer thinks the 'mot de passe oublié' button is broken; in fact the new-password mail never reaches her. missing_noreply_mail per the taxonomy.",
  frm=("Nadège Roux", "n.roux@ville-frejus.fr"),
  mailer="outlook", date="2025-02-13 16:20",
  subj="Dysfonctionnement du bouton « mot de passe oublié » sur l'Espace Acheteur",
  body="""Madame, Monsieur,

Je vous signale ce qui ressemble à un dysfonctionnement : lorsque je clique sur « mot de passe oublié » sur l'Espace Acheteur et que je saisis mon adresse, le site affiche bien « un courriel vous a été envoyé », mais il ne se passe rien ensuite. J'ai recommencé quatre fois depuis mardi. Le bouton semble ne pas fonctionner.

Mes courriers indésirables sont vides.

Pouvez-vous faire le nécessaire ?

Nadège Roux
Service achats - Ville de Fréjus
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=PACA,
  platform="esidoc", hard=False, lang="en",
  notes="English; the new-password mail for the e-sidoc back office never arrives; no anti-spam product named. Region from the ac-aix-marseille.fr sender.",
  frm=("Daniel O'Connell", "daniel.oconnell@ac-aix-marseille.fr"),
  mailer="thunderbird", date="2025-02-05 12:44",
  subj="No email received from e-sidoc",
  body="""Hello,

I teach in the international section at Lycée Marseilleveyre and I help with the library portal. I clicked "forgotten password" on e-sidoc three times since Monday and no email has ever arrived, not even in the junk folder.

Is there a specific sender address I should ask our IT people to allow?

Best regards,
Daniel O'Connell
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="IT department of an intercommunalité: none of the Espace Acheteur automatic mails reach three buyers; says there is no filtering, names no product.",
  frm=("Mathieu Delorme", "dsi@cc-alpes-provence-verdon.fr"),
  mailer="thunderbird", date="2025-02-17 09:12",
  subj="Courriels automatiques de l'Espace Acheteur non distribués - Communauté de communes Alpes Provence Verdon",
  body="""Bonjour,

Trois agents de la communauté de communes n'ont reçu aucun des courriels automatiques de l'Espace Acheteur (confirmation d'inscription, changement de mot de passe). Nous n'avons pas de solution de filtrage particulière : notre messagerie est hébergée chez un prestataire et les autres envois extérieurs arrivent normalement.

Pourriez-vous nous communiquer l'adresse d'expédition exacte de ces messages afin que nous vérifiions les journaux ?

Cordialement,

-- 
Mathieu Delorme
Service informatique mutualisé
Communauté de communes Alpes Provence Verdon - Saint-André-les-Alpes
""")

M(cat="missing_noreply_mail", auto=True, uai="6200471", region=CORSE,
  platform="esidoc", hard=False, lang="fr",
  notes="Gestionnaire of a Corse-du-Sud collège (prefix 620): the activation mail for the customer account (first online order) never came. UAI only in the lower-case ce. sender address.",
  frm=("Intendance collège", "ce.@u@@ac-corse.fr"),
  mailer="zimbra", date="2025-02-11 14:48",
  subj="Mail d'activation compte client",
  body="""Bonjour,

Nous avons créé hier le compte client de l'établissement pour passer notre première commande d'abonnement en ligne. On nous annonce un mail d'activation valable 12 heures, que nous n'avons jamais reçu sur cette adresse.

Pouvez-vous nous le renvoyer ou nous dire comment procéder ?

Cordialement,
Marc-Antoine Pinelli
Gestionnaire, collège de Porto-Vecchio
""")

_q8 = qd("2025-02-18 09:30")
M(cat="missing_noreply_mail", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="Reply (Outlook quote) after the junk-folder answer: still nothing after more than 48 h, asks that the region take it over. The template has already been sent: a person follows up.",
  frm=("Bernard Mattei", "bernard.mattei@mairie-ajaccio.fr"),
  mailer="outlook", date="2025-02-21 08:47",
  subj="RE: [#SUP-005902] Pas de mail de confirmation",
  in_reply_to=desk_msgid("SUP-005902", _q8),
  body="""Bonjour,

J'ai suivi vos indications (dossier des indésirables, ajout de l'expéditeur à la liste des contacts autorisés) mais, trois jours plus tard, toujours aucun message de confirmation.

Merci de transmettre ma demande au service régional compétent, comme vous l'indiquiez.

Bernard Mattei
Direction de la commande publique - Ville d'Ajaccio

""" + reply_quote_outlook("Assistance <support@assistance.example.fr>",
                          "Bernard Mattei <bernard.mattei@mairie-ajaccio.fr>",
                          _q8, "[#SUP-005902] Pas de mail de confirmation", """Bonjour,

Les messages automatiques de l'Espace Acheteur sont envoyés depuis une adresse de type no-reply. Merci de vérifier votre dossier de courrier indésirable et d'autoriser cet expéditeur.

Sans nouvelles de votre part sous 48 heures, nous reviendrons vers vous ; si le problème persiste, votre demande sera transmise au service régional.

L'équipe d'assistance"""))

M(cat="missing_noreply_mail", auto=True, uai="0061253", region=PACA,
  platform="ticket_portal", hard=False, lang="fr",
  notes="The ticket portal's mail to set a password after sign-up never arrived.",
  frm=("Stéphane Giordano", "stephane.giordano@ac-nice.fr"),
  mailer="thunderbird", date="2025-02-07 13:55",
  subj="Portail de tickets : pas de mail pour définir le mot de passe",
  body="""Bonjour,

Je me suis inscrit sur le portail de suivi des tickets pour suivre notre demande en cours, mais le message qui doit me permettre de choisir mon mot de passe n'est jamais arrivé (rien dans les indésirables).

Lycée Thierry Maulnier, Nice - @U@

Merci,
Stéphane Giordano
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr", tz=-4,
  notes="Martinique town buyer: the Espace Acheteur no-reply mails never arrive; asks which sender to allow. Town domain, so no region.",
  frm=("Josiane Lordinot", "j.lordinot@ville-schoelcher.fr"),
  mailer="outlook", date="2025-02-14 08:21",
  subj="Absence de réception des messages automatiques de la plateforme - Ville de Schœlcher",
  body="""Madame, Monsieur,

Aucun des messages automatiques de l'Espace Acheteur ne nous parvient (création de compte, réinitialisation). Avant de saisir notre prestataire informatique, pourriez-vous nous préciser l'adresse électronique depuis laquelle ces messages sont émis ?

Nous vous écrivons de Martinique : nos réponses peuvent vous sembler tardives du fait du décalage horaire.

Avec mes remerciements,

Josiane Lordinot
Pôle commande publique - Ville de Schœlcher
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None,
  platform="espace_acheteur", hard=True, lang="fr",
  notes="Indirect: the hospital's structure administrator believes her account was deleted; what she describes is that the 'account to validate' notifications stopped arriving.",
  frm=("Valérie Nicolaï", "valerie.nicolai@ch-bastia.fr"),
  mailer="o365", date="2025-02-19 10:06",
  subj="Suppression de mon compte administrateur ?",
  body="""Bonjour,

Je suis administratrice de notre structure sur l'Espace Acheteur. Jusqu'en janvier je recevais un message chaque fois qu'un collègue demandait un accès et devait être validé. Depuis plus rien, alors que deux collègues du service biomédical me disent avoir fait leur demande.

Je me demande si mon compte n'a pas été supprimé ou déclassé lors de votre changement de version. Je peux pourtant toujours me connecter.

Merci de me dire ce qu'il en est.

Valérie Nicolaï
Service des achats - Centre hospitalier de Bastia
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="Two lines from a phone: activation mail for the Espace Acheteur still not received; personal orange.fr sender.",
  frm=("Rémi Bonnefoy", "remi.bonnefoy@orange.fr"),
  mailer="iphone", date="2025-02-22 18:31",
  subj="Activation",
  body="""Bjr toujours pas reçu le mail d'activation pour l'espace acheteur depuis mercredi. Rien dans les spams.
R. Bonnefoy, mairie de Barcelonnette

Envoyé de mon iPhone
""")

M(cat="missing_noreply_mail", auto=True, uai="9741087", region=REU,
  platform="esidoc", hard=False, lang="fr", tz=4,
  notes="Réunion lycée: the e-sidoc new-password mail never comes; junk folder checked, no product named.",
  frm=("Jean-Hugues Hoarau", "jean-hugues.hoarau@ac-reunion.fr"),
  mailer="ox", date="2025-02-12 15:16",
  subj="Pas de mail de réinitialisation e-sidoc",
  body="""Bonjour,

J'ai demandé trois fois un nouveau mot de passe pour le portail e-sidoc du lycée Roland Garros (Le Tampon, @U@). La page confirme l'envoi, mais aucun mail n'arrive, ni dans la boîte de réception ni dans les indésirables.

Merci de votre aide,
J.-H. Hoarau, professeur documentaliste
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None,
  platform="esignature", hard=True, lang="fr",
  notes="Two platforms: the membership convention comes from the Espace Acheteur, but the mail that never arrived is the e-signature invitation. No anti-spam product named.",
  frm=("Pascale Vial", "pascale.vial@agglo-dracenie.fr"),
  mailer="o365", date="2025-02-20 14:40", html=True,
  subj="Convention d'adhésion : invitation à signer électroniquement non reçue - Dracénie Provence Verdon agglomération",
  body="""Madame, Monsieur,

Dans l'Espace Acheteur, le statut de notre convention d'adhésion indique « en attente de signature » depuis le 12 février. Notre président est désigné comme signataire, mais ni lui ni son assistante n'ont reçu le courriel d'invitation à signer électroniquement. Nous avons vérifié les dossiers de courrier indésirable de l'un et de l'autre.

Pourriez-vous relancer l'envoi ou nous indiquer l'expéditeur à autoriser ?

Recevez, Madame, Monsieur, nos salutations distinguées.

Pascale Vial
Direction de la commande publique
Dracénie Provence Verdon agglomération
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="Fire and rescue service buyer (SDIS): account validated by the administrator, but the secure first-login link never arrived.",
  frm=("Lieutenant Cédric Ollier", "cedric.ollier@sdis84.fr"),
  mailer="outlook", date="2025-02-26 10:58",
  subj="Lien de première connexion non reçu - SDIS de Vaucluse, groupement des moyens généraux",
  body="""Madame, Monsieur,

Mon compte sur l'Espace Acheteur a été validé hier par l'administrateur de notre structure, ainsi qu'il me l'a confirmé. Je n'ai cependant reçu aucun lien sécurisé permettant la première connexion.

Je vous remercie de bien vouloir me renvoyer ce lien.

Lieutenant Cédric Ollier
Groupement des moyens généraux
Service départemental d'incendie et de secours de Vaucluse
""")

M(cat="missing_noreply_mail", auto=True, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="A town-hall secretary writes for the director general of services: his Espace Acheteur confirmation mail never arrived.",
  frm=("Secrétariat général - Mairie de Manosque", "secretariat.general@ville-manosque.fr"),
  mailer="outlook", date="2025-02-27 11:24",
  subj="Compte Espace Acheteur de M. le Directeur général des services",
  body="""Madame, Monsieur,

Je vous écris pour le compte de M. Lucien Arnoux, directeur général des services de la Ville de Manosque, qui s'est inscrit sur l'Espace Acheteur le 24 février. Le message de confirmation de son inscription ne lui est jamais parvenu, et nous n'en trouvons trace dans aucun dossier de sa messagerie.

Pourriez-vous nous indiquer la démarche à suivre ?

Avec nos remerciements,

Le secrétariat général
Mairie de Manosque
""")


# ==========================================================================
# mailinblack_spam
# ==========================================================================
M(cat="mailinblack_spam", auto=True, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="IT department of a town asks which senders to allow in MailInBlack so that the Espace Acheteur mails reach the buyers.",
  frm=("Sébastien Ruiz", "sebastien.ruiz@ville-antibes.fr"),
  mailer="thunderbird", date="2025-02-03 14:07",
  subj="Liste blanche MailInBlack pour les messages de l'Espace Acheteur",
  body="""Bonjour,

Notre collectivité utilise MailInBlack. Plusieurs acheteurs de la direction de la commande publique nous signalent ne pas recevoir les messages de l'Espace Acheteur.

Pouvez-vous nous indiquer les adresses ou domaines d'expédition à ajouter dans la liste blanche ?

Cordialement,
Sébastien Ruiz
Direction des systèmes d'information - Ville d'Antibes Juan-les-Pins
""")

M(cat="mailinblack_spam", auto=True, uai="0061627", region=PACA,
  platform="esidoc", hard=False, lang="fr",
  notes="The e-sidoc activation mail sits in the Mailinblack quarantine of the collège; asks what to do.",
  frm=("Amandine Tosello", "amandine.tosello@ac-nice.fr"),
  mailer="zimbra", date="2025-02-05 09:41",
  subj="Message bloqué",
  body="""Bonjour,

Le collège a installé Mailinblack sur la messagerie de l'établissement et je viens de découvrir dans la quarantaine votre message d'activation pour le portail e-sidoc, arrivé la semaine dernière.

Comment faire pour que les prochains arrivent directement ?

Amandine Tosello
Collège Jean Franco, Saint-Étienne-de-Tinée (@U@)
""")

M(cat="mailinblack_spam", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=True, lang="fr",
  notes="Describes the sender-authentication challenge ('l'expéditeur doit cliquer pour prouver qu'il n'est pas un robot') without naming MailInBlack: the product is not confirmed, so a person checks before sending the guide.",
  frm=("Aurélie Ferrand", "aurelie.ferrand@cc-serre-poncon.fr"),
  mailer="outlook", date="2025-02-12 11:33",
  subj="Messages de la plateforme retenus par notre messagerie - Communauté de communes de Serre-Ponçon",
  body="""Madame, Monsieur,

Notre messagerie a été modifiée en janvier par notre prestataire. Depuis, je reçois chaque matin un récapitulatif des « messages en attente » dans lequel figurent ceux de l'Espace Acheteur. Selon l'explication jointe, l'expéditeur recevrait une demande de confirmation, à laquelle il devrait répondre en cliquant sur un lien pour prouver qu'il n'est pas un robot. J'imagine qu'une adresse automatique ne répond jamais à ce genre de demande.

Pourriez-vous me dire comment procéder pour que vos messages me parviennent normalement ?

Bien cordialement,

Aurélie Ferrand
Chargée des marchés publics
Communauté de communes de Serre-Ponçon - Chorges
""")

M(cat="mailinblack_spam", auto=True, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="en",
  notes="English, from the IT officer of a private international school: Mailinblack quarantines the Espace Acheteur activation links.",
  frm=("Martin Kowalski", "it@intlschool-provence.org"),
  mailer="o365", date="2025-02-18 16:02",
  subj="Mailinblack quarantine - activation emails",
  body="""Hello,

Our school uses Mailinblack as a mail filter. Our bursar has registered on the Espace Acheteur twice, and both activation emails ended up in the Mailinblack quarantine; by the time we released them the links no longer worked.

Could you tell me which sender addresses we should whitelist so this does not happen again?

Kind regards,
Martin Kowalski
IT Officer - International School of Provence
""")

M(cat="mailinblack_spam", auto=True, uai="0831274", region=PACA,
  platform=None, hard=True, lang="fr",
  notes="Two platforms: mails from both e-sidoc and the Espace Acheteur are held by Mail In Black at the lycée; no single platform. Also mentions the junk folder, but MailInBlack is named.",
  frm=("Florence Capelli", "florence.capelli@ac-nice.fr"),
  mailer="ox", date="2025-02-14 10:25",
  subj="Nos messages n'arrivent plus",
  body="""Bonjour,

Depuis que le lycée est passé sous Mail In Black (décision de la Région, semble-t-il), nous ne recevons plus ni les messages d'e-sidoc au CDI ni ceux de l'Espace Acheteur à l'intendance. J'ai bien regardé les courriers indésirables : rien. Ils attendent apparemment dans une zone de quarantaine qu'on ne consulte pas.

Pouvez-vous nous envoyer la procédure à transmettre à notre informaticien ?

Florence Capelli
Professeure documentaliste
Lycée Jean Aicard, Hyères - @U@
""")

M(cat="mailinblack_spam", auto=True, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="Hospital IT department: MailInBlack holds the Espace Acheteur mails; asks for the sending domain and DKIM details to allow them.",
  frm=("Direction du numérique - CH d'Avignon", "dsi.messagerie@ch-avignon.fr"),
  mailer="thunderbird", date="2025-02-19 08:49",
  subj="Autorisation des expéditeurs de la plateforme dans MailInBlack - Centre hospitalier Henri Duffaut",
  body="""Bonjour,

Notre passerelle MailInBlack retient les courriels émis par l'Espace Acheteur à destination des acheteurs du centre hospitalier. Afin de paramétrer une règle d'autorisation durable, pourriez-vous nous communiquer :
- le ou les domaines d'expédition ;
- le domaine de signature DKIM ;
- le cas échéant, les plages d'adresses IP des serveurs d'envoi.

Merci par avance.

-- 
Pôle infrastructures et messagerie
Direction du numérique - Centre hospitalier Henri Duffaut, Avignon
""")

M(cat="mailinblack_spam", auto=True, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr", tz=-4,
  notes="Guadeloupe town: the product is first written 'MIB', then 'Mailinblack'; messages held.",
  frm=("Ketty Laguerre", "k.laguerre@ville-baie-mahault.fr"),
  mailer="outlook", date="2025-02-24 09:15",
  subj="Messages retenus par MIB",
  body="""Bonjour,

Nos messages de l'Espace Acheteur sont retenus par MIB (Mailinblack, l'anti-spam de la mairie). Je dois aller les débloquer un par un et certains liens ont expiré entre-temps.

Existe-t-il une procédure pour autoriser définitivement vos envois ?

Merci,
Ketty Laguerre
Service de la commande publique - Baie-Mahault
""")

_q_mb8 = qd("2025-02-11 10:02")
M(cat="mailinblack_spam", auto=True, uai="0040489", region=PACA,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="Reply (Outlook quote) to the junk-folder answer: their IT has now found that MailInBlack holds the mails; the MailInBlack guide is the right answer now.",
  frm=("Émeline Clément", "emeline.clement@ac-aix-marseille.fr"),
  mailer="outlook", date="2025-02-13 14:31",
  subj="RE: [#SUP-005877] Pas de mail d'inscription",
  in_reply_to=desk_msgid("SUP-005877", _q_mb8),
  body="""Bonjour,

Après vérification par le technicien de la Région, vos messages ne sont pas dans les indésirables : ils sont bloqués par MailInBlack, installé sur le lycée depuis la rentrée de janvier.

Que faut-il lui demander de paramétrer ?

Émeline Clément
Secrétaire d'intendance, lycée Paul Arène, Sisteron (@U@)

""" + reply_quote_outlook("Assistance <support@assistance.example.fr>",
                          "Émeline Clément <emeline.clement@ac-aix-marseille.fr>",
                          _q_mb8, "[#SUP-005877] Pas de mail d'inscription", """Bonjour,

Les messages automatiques sont envoyés depuis une adresse no-reply. Merci de vérifier votre dossier de courrier indésirable, de marquer le message comme légitime et d'autoriser cet expéditeur.

L'équipe d'assistance"""))

M(cat="mailinblack_spam", auto=True, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="Corsican intercommunalité: MailInBlack asks them every day to validate the Espace Acheteur sender again.",
  frm=("Paul-Antoine Luciani", "pa.luciani@cc-centru-di-corsica.fr"),
  mailer="o365", date="2025-02-25 15:50",
  subj="Validation quotidienne des messages de l'Espace Acheteur dans MailInBlack - Communauté de communes du Centre Corse",
  body="""Madame, Monsieur,

Chaque jour, MailInBlack me demande de valider à nouveau les messages provenant de l'Espace Acheteur, comme s'ils provenaient d'un expéditeur inconnu. Je suppose que l'adresse d'envoi change d'un message à l'autre.

Pourriez-vous m'indiquer la bonne manière de les autoriser une fois pour toutes ?

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Paul-Antoine Luciani
Responsable administratif et financier
Communauté de communes du Centre Corse - Corte
""")

M(cat="mailinblack_spam", auto=True, uai="0130892", region=PACA,
  platform="esidoc", hard=True, lang="fr",
  notes="Negation: 'ce n'est pas un mot de passe oublié, je le connais'; the reset and notification mails are held in the MailInBlack quarantine. mailinblack_spam, not password_reset.",
  frm=("Yasmina Belkacem", "yasmina.belkacem@ac-aix-marseille.fr"),
  mailer="zimbra", date="2025-03-05 11:08",
  subj="mot de passe e-sidoc",
  body="""Bonjour,

Je précise tout de suite : je n'ai pas oublié mon mot de passe, je le connais très bien. Mais le portail exige que je le change tous les six mois, et le mail de confirmation atterrit dans la quarantaine MailInBlack du lycée, que je ne peux pas ouvrir moi-même.

Pouvez-vous m'envoyer la marche à suivre pour notre service informatique ?

Yasmina Belkacem
CDI - Lycée Saint-Exupéry, Marseille 15e
@U@
""")

M(cat="mailinblack_spam", auto=True, uai="0840276", region=PACA,
  platform="esidoc", hard=False, lang="fr",
  notes="'Mailinblack Protect' holds the e-sidoc notifications at a lycée in Vaucluse.",
  frm=("Hervé Manent", "herve.manent@ac-aix-marseille.fr"),
  mailer="thunderbird", date="2025-02-07 09:55",
  subj="Mailinblack Protect bloque e-sidoc",
  body="""Bonjour,

Mailinblack Protect, en place sur les messageries du lycée, retient toutes les notifications du portail e-sidoc (réservations, retards). Je les retrouve parfois dans le rapport quotidien, parfois pas du tout.

Avez-vous un guide pour les autoriser ?

Merci,
Hervé Manent
Lycée de l'Arc, Orange - @U@
""")

M(cat="mailinblack_spam", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=True, lang="fr",
  notes="Two topics: MailInBlack holds the Espace Acheteur mails (first) and a request for a quote on ergonomic chairs (order_billing); a single template would answer only half.",
  frm=("Delphine Arène", "delphine.arene@ville-grasse.fr"),
  mailer="o365", date="2025-02-27 13:12",
  subj="Blocage de vos messages par MailInBlack et demande de devis pour du mobilier - Ville de Grasse",
  body="""Madame, Monsieur,

Je me permets de vous adresser deux demandes.

D'une part, notre anti-spam MailInBlack retient les messages envoyés par l'Espace Acheteur ; je vous remercie de m'indiquer la procédure permettant de les autoriser.

D'autre part, nous souhaiterions obtenir un devis pour quarante sièges ergonomiques au titre du marché de mobilier de bureau, afin d'engager la dépense avant la clôture de notre exercice budgétaire.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Delphine Arène
Direction de la commande publique - Ville de Grasse
""")

M(cat="mailinblack_spam", auto=True, uai=None, region=None,
  platform=None, hard=False, lang="fr",
  notes="One line from a phone: blocked by Mailinblack; no platform named.",
  frm=("Gérald Pastor", "g.pastor@mairie-lisle-sur-la-sorgue.fr"),
  mailer="android", date="2025-03-06 17:42", cte="base64",
  subj="Mailinblack",
  body="""Vos mails sont bloqués par mailinblack chez nous, que doit on faire ?
G. Pastor
""")


# ==========================================================================
# head_of_establishment_request
# ==========================================================================
M(cat="head_of_establishment_request", auto=False, uai="0131947", region=PACA,
  platform="esidoc", hard=False, lang="fr",
  notes="The proviseure writes from the ce.<UAI> address to ask for a reset of the e-sidoc administrator password and a new contact address.",
  frm=("Proviseure - Lycée Thiers", "ce.@U@@ac-aix-marseille.fr"),
  mailer="zimbra", date="2025-02-04 17:20", html=True,
  subj="Demande écrite de réinitialisation - compte administrateur e-sidoc - @U@",
  body="""Madame, Monsieur,

Par la présente, je sollicite la réinitialisation du mot de passe du compte administrateur du portail e-sidoc du lycée Thiers (UAI @U@), ainsi que le remplacement de l'adresse de contact associée à ce compte.

Le CDI est désormais placé sous la responsabilité de M. Loïc Ménard, professeur documentaliste, dont l'adresse est loic.menard@ac-aix-marseille.fr.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Christine Audibert
Proviseure du lycée Thiers, Marseille
""")

M(cat="head_of_establishment_request", auto=False, uai="6200318", region=CORSE,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="The principal designates a new structure administrator on the Espace Acheteur and asks to close the former gestionnaire's access; sent from the ce.<UAI> address.",
  frm=("Principal - Collège Laetitia", "ce.@U@@ac-corse.fr"),
  mailer="zimbra", date="2025-02-06 12:02",
  subj="Changement d'administrateur - Espace Acheteur",
  body="""Madame, Monsieur,

Je vous informe du départ en retraite de Mme Colonna, gestionnaire du collège Laetitia d'Ajaccio (UAI @U@), au 31 janvier. Je désigne pour lui succéder en qualité d'administratrice de notre structure sur l'Espace Acheteur Mme Sabrina Ceccaldi (sabrina.ceccaldi@ac-corse.fr).

Je vous demande en conséquence de bien vouloir clôturer les accès de Mme Colonna.

Avec mes remerciements,

Jean-Dominique Susini
Principal
""")

M(cat="head_of_establishment_request", auto=False, uai="0060531", region=PACA,
  platform="esidoc", hard=True, lang="fr",
  notes="A deputy head (proviseur adjoint) writes on behalf of the proviseur, who is away for the half-term, to change the e-sidoc administrator: a head-of-establishment request relayed by a deputy; staff must check the authority.",
  frm=("Didier Lambert", "didier.lambert@ac-nice.fr"),
  mailer="thunderbird", date="2025-02-20 10:46",
  cc=[("Proviseur - Lycée Tonnelle", "ce.@U@@ac-nice.fr")],
  subj="Changement d'administrateur du portail documentaire",
  body="""Madame, Monsieur,

En l'absence de M. le Proviseur pendant les congés d'hiver, et à sa demande, je vous écris pour que l'administration du portail e-sidoc du lycée Tonnelle de Menton (UAI @U@) soit confiée à Mme Agathe Boyer, professeure documentaliste arrivée le 10 février. L'ancien administrateur, M. Roques, a été muté.

M. le Proviseur est en copie de ce message et pourra confirmer à son retour le 3 mars si nécessaire.

Cordialement,

Didier Lambert
Proviseur adjoint
Lycée Tonnelle - Menton
""")

M(cat="head_of_establishment_request", auto=False, uai="0830744", region=PACA,
  platform="espace_acheteur", hard=True, lang="fr",
  notes="The principal's secretary sends the signed letter (PDF) in which the principal authorises the gestionnaire to validate the order; the principal is in copy. The head's written authorisation, relayed.",
  frm=("Magali Roche", "magali.roche@ac-nice.fr"),
  mailer="outlook", date="2025-02-11 15:09",
  cc=[("Principal - Collège Font de Fillol", "ce.@U@@ac-nice.fr")],
  attach=[pdf_attachment("Autorisation_validation_commande_signee.pdf",
                         "Autorisation du principal")],
  subj="TR: autorisation de validation de commande - collège Font de Fillol",
  body="""Bonjour,

Veuillez trouver ci-joint le courrier signé de M. Bertrand, principal du collège Font de Fillol à Puget-sur-Argens (UAI @U@), autorisant Mme Isnard, adjointe gestionnaire, à valider sur l'Espace Acheteur la commande de matériel scientifique n° 2025-014.

M. Bertrand est en copie.

Bien cordialement,
Magali Roche
Secrétariat de direction
""")

M(cat="head_of_establishment_request", auto=False, uai="9740718", region=REU,
  platform="esidoc", hard=False, lang="fr", tz=4,
  notes="A primary-school head (directrice d'école) asks to replace the contact address of the e-sidoc administrator account with the school's address.",
  frm=("Directrice - École Lislet Geoffroy", "ce.@U@@ac-reunion.fr"),
  mailer="zimbra", date="2025-02-18 13:27",
  subj="Adresse de contact du compte e-sidoc de l'école",
  body="""Bonjour,

Je suis directrice de l'école élémentaire Lislet Geoffroy à Saint-Denis (UAI @U@). Le compte administrateur du portail e-sidoc de notre BCD est rattaché à l'adresse personnelle d'une enseignante qui a quitté l'école.

Je vous demande de remplacer cette adresse de contact par celle de l'école, depuis laquelle je vous écris.

Merci par avance,
Josette Grondin
Directrice
""")

M(cat="head_of_establishment_request", auto=False, uai="0831395", region=PACA,
  platform="esidoc", hard=True, lang="fr",
  notes="The body gives the UAI with a wrong check letter; the ce.<UAI>@ac-nice.fr sender address carries the valid one, which is the label. The principal asks for the admin contact to change.",
  frm=("Principal - Collège Les Eucalyptus", "ce.@U@@ac-nice.fr"),
  mailer="zimbra", date="2025-02-25 09:18",
  subj="Demande du chef d'établissement - portail e-sidoc",
  body="""Madame, Monsieur,

Je soussigné, M. Philippe Renaudin, principal du collège Les Eucalyptus à Saint-Raphaël (UAI @BAD@), vous demande de bien vouloir rattacher le compte administrateur de notre portail e-sidoc à l'adresse de la nouvelle documentaliste, Mme Inès Garcia (ines.garcia@ac-nice.fr), et de réinitialiser son mot de passe.

Je vous prie de croire, Madame, Monsieur, à l'assurance de ma considération distinguée.

Philippe Renaudin
Principal
""")

M(cat="head_of_establishment_request", auto=False, uai="0061846", region=PACA,
  platform="espace_acheteur", hard=False, lang="en",
  notes="English; the head of a private bilingual school under contract authorises the bursar to validate orders on the Espace Acheteur. UAI in the body; non-academic sender.",
  frm=("Dr. Helen Marsh", "head@bilingual-school-nice.fr"),
  mailer="o365", date="2025-02-07 10:12",
  subj="Authorisation for order validation",
  body="""Dear Sir or Madam,

As Head of the Bilingual School of Nice (school code @U@), I hereby authorise our bursar, Mr Julien Faure (j.faure@bilingual-school-nice.fr), to validate orders on our behalf in the Espace Acheteur, with effect from today.

Please let me know if you need this authorisation on letterhead.

Yours faithfully,

Dr. Helen Marsh
Head of School
""")

M(cat="head_of_establishment_request", auto=False, uai="0132875", region=PACA,
  platform="esidoc", hard=True, lang="fr",
  auth="fail", reply_to=("Proviseur", "proviseur.lycee.marseille@gmail.com"),
  mta="vps-51-210.cloud-hosting.example.net",
  notes="Claims to be the proviseur from the ce.<UAI> address, but SPF and DMARC fail and Reply-To is a Gmail address to which the admin account should move: a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it.",
  frm=("Proviseur Lycée Victor Hugo", "ce.@U@@ac-aix-marseille.fr"),
  mailer="roundcube", date="2025-02-22 23:51",
  subj="URGENT : modification adresse administrateur",
  body="""Bonjour,

En tant que proviseur du lycée Victor Hugo (UAI @U@), je vous demande de modifier immédiatement l'adresse associée au compte administrateur e-sidoc et de la remplacer par proviseur.lycee.marseille@gmail.com, la messagerie académique étant en maintenance pendant les vacances.

Merci d'envoyer le nouveau mot de passe à cette adresse dès que possible.

Le Proviseur
""")

M(cat="head_of_establishment_request", auto=False, uai="9730614", region=GUY,
  platform="espace_acheteur", hard=False, lang="fr", tz=-3,
  notes="Written delegation: the proviseur declares that the gestionnaire may validate orders on the Espace Acheteur for the lycée.",
  frm=("Proviseur - Lycée Léon-Gontran Damas", "ce.@U@@ac-guyane.fr"),
  mailer="outlook", date="2025-02-13 07:48",
  subj="Délégation de validation des commandes",
  body="""Madame, Monsieur,

Je soussigné, M. Serge Ho-A-Chuck, proviseur du lycée Léon-Gontran Damas de Remire-Montjoly (UAI @U@), donne délégation à Mme Nadia Sylvestre, adjointe gestionnaire, pour valider les commandes de l'établissement sur l'Espace Acheteur.

Cette délégation prend effet immédiatement.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Le proviseur,
S. Ho-A-Chuck
""")

M(cat="head_of_establishment_request", auto=False, uai="9720391", region=MTQ,
  platform=None, hard=True, lang="fr", tz=-4,
  notes="The principal asks to change the administrator on two platforms at once (e-sidoc and the Espace Acheteur): no single platform.",
  frm=("Principale - Collège Edouard Glissant", "ce.@U@@ac-martinique.fr"),
  mailer="zimbra", date="2025-02-27 14:36", html=True,
  subj="Changement des administrateurs e-sidoc et Espace Acheteur",
  body="""Madame, Monsieur,

Suite à plusieurs mouvements de personnel, je vous demande de procéder aux modifications suivantes pour le collège Edouard Glissant (UAI @U@) :

1. portail e-sidoc : l'administration est confiée à M. Frantz Ravier, professeur documentaliste (frantz.ravier@ac-martinique.fr) ;
2. Espace Acheteur : l'administration de la structure est confiée à Mme Line Bellemare, gestionnaire (line.bellemare@ac-martinique.fr), en remplacement de M. Jean-Marc Théodose.

Je vous remercie de bien vouloir supprimer les accès des anciens titulaires.

Muriel Saint-Aimé
Principale
""")

_q_h11 = qd("2025-02-10 11:15")
M(cat="head_of_establishment_request", auto=False, uai="7200843", region=CORSE,
  platform="esidoc", hard=False, lang="fr",
  notes="Reply (Outlook quote) in which the proviseur gives the written request the desk asked for; Haute-Corse prefix 720.",
  frm=("Proviseur - Lycée Pascal Paoli", "ce.@U@@ac-corse.fr"),
  mailer="outlook", date="2025-02-10 16:02",
  subj="RE: [#SUP-005870] Accès e-sidoc - lycée Pascal Paoli",
  in_reply_to=desk_msgid("SUP-005870", _q_h11),
  body="""Madame, Monsieur,

Comme vous me le demandez, je confirme par écrit ma demande : merci de réinitialiser le mot de passe administrateur du portail e-sidoc du lycée Pascal Paoli de Corte (UAI @U@) et d'envoyer le lien sur l'adresse de l'établissement.

Cordialement,
Ange-Marie Franceschi
Proviseur

""" + reply_quote_outlook("Assistance <support@assistance.example.fr>",
                          "Proviseur - Lycée Pascal Paoli <ce.@U@@ac-corse.fr>",
                          _q_h11, "[#SUP-005870] Accès e-sidoc - lycée Pascal Paoli", """Bonjour,

Votre documentaliste nous a demandé un nouveau mot de passe pour le compte administrateur e-sidoc de l'établissement. L'adresse enregistrée n'étant plus valide, nous avons besoin d'une demande écrite du chef d'établissement, envoyée depuis l'adresse officielle de l'établissement.

L'équipe d'assistance""", sep="original"))

M(cat="head_of_establishment_request", auto=False, uai="0841560", region=PACA,
  platform="esidoc", hard=True, lang="fr",
  notes="Misleading subject ('Mot de passe oublié'): the principal himself, from his personal academic address, asks formally for a reset because the librarian left; a head-of-establishment request, with weaker evidence than the ce. address.",
  frm=("Jean-Luc Rigaud", "jean-luc.rigaud@ac-aix-marseille.fr"),
  mailer="ox", date="2025-03-04 16:55",
  subj="Mot de passe oublié",
  body="""Madame, Monsieur,

Je suis le principal du collège Alphonse Daudet de Carpentras (UAI @U@). Notre professeure documentaliste a quitté l'établissement pendant les vacances et n'a transmis aucun code d'accès.

En ma qualité de chef d'établissement, je vous demande de réinitialiser le mot de passe du compte administrateur e-sidoc et de faire parvenir le lien à l'adresse officielle du collège.

Jean-Luc Rigaud
Principal
""")

M(cat="head_of_establishment_request", auto=False, uai="9760522", region=MYT,
  platform="esidoc", hard=False, lang="fr", tz=3,
  notes="The director of a lycée professionnel in Mayotte designates a librarian as e-sidoc administrator, from the ce.<UAI> address.",
  frm=("Direction - LP de Kahani", "ce.@U@@ac-mayotte.fr"),
  mailer="zimbra", date="2025-02-14 10:09",
  subj="Désignation d'un administrateur e-sidoc",
  body="""Bonjour,

Je désigne M. Ibrahim Attoumani, professeur documentaliste, comme administrateur du portail e-sidoc du lycée professionnel de Kahani (UAI @U@), à compter de ce jour. Merci de lui ouvrir les droits correspondants et de me confirmer la prise en compte.

Cordialement,
Le proviseur
Abdou Madi
""")


# ==========================================================================
# account_creation
# ==========================================================================
M(cat="account_creation", auto=True, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="A town buyer asks how to create an Espace Acheteur account: the sign-up answer fits.",
  frm=("Christelle Vidal", "c.vidal@ville-cavaillon.fr"),
  mailer="o365", date="2025-02-03 10:37",
  subj="Modalités d'inscription à l'Espace Acheteur - service de la commande publique de la Ville de Cavaillon",
  body="""Madame, Monsieur,

Récemment affectée au service de la commande publique de la Ville de Cavaillon, je souhaiterais disposer d'un accès à l'Espace Acheteur afin de consulter les marchés auxquels la commune a adhéré.

Pourriez-vous m'indiquer la procédure d'inscription ?

Je vous prie d'agréer, Madame, Monsieur, mes salutations respectueuses.

Christelle Vidal
Rédactrice - commande publique
Ville de Cavaillon
""")

M(cat="account_creation", auto=True, uai=None, region=None,
  platform="espace_acheteur", hard=True, lang="fr",
  notes="Negation: 'je n'ai pas oublié mon mot de passe, je n'en ai jamais eu'; the hospital buyer never had an account. account_creation, not password_reset.",
  frm=("Laurent Sauvaire", "laurent.sauvaire@ch-toulon.fr"),
  mailer="outlook", date="2025-02-10 14:50",
  subj="Demande de mot de passe",
  body="""Bonjour,

Mes collègues me disent de « demander un mot de passe » pour l'Espace Acheteur, mais je n'ai rien oublié : je n'ai jamais eu de compte. Je viens d'être recruté comme acheteur au pôle achats du centre hospitalier intercommunal et je dois pouvoir consulter les marchés de restauration.

Comment est-ce que je m'inscris ?

Laurent Sauvaire
Pôle achats - Centre hospitalier intercommunal Toulon La Seyne-sur-Mer
""")

M(cat="account_creation", auto=True, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="Filled in the sign-up form, cannot log in: the account waits for the structure administrator's validation (FAQ case).",
  frm=("Marion Estève", "marion.esteve@terredeprovence-agglo.fr"),
  mailer="outlook", date="2025-02-12 16:11",
  subj="Compte en attente - Espace Acheteur - Terre de Provence Agglomération",
  body="""Madame, Monsieur,

J'ai rempli le formulaire d'inscription à l'Espace Acheteur lundi. Lorsque je tente de me connecter, un message m'indique que mon compte est « en attente de validation ».

Pourriez-vous m'indiquer qui doit le valider et dans quel délai ?

Cordialement,
Marion Estève
Service marchés publics - Terre de Provence Agglomération, Châteaurenard
""")

M(cat="account_creation", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="Town buyer asks who is the structure administrator of the Ville de Bastia: needs a look-up by a person.",
  frm=("Antoine Mariani", "antoine.mariani@ville-bastia.fr"),
  mailer="outlook", date="2025-02-17 11:29",
  subj="Identité de l'administrateur de notre structure sur l'Espace Acheteur - Ville de Bastia",
  body="""Madame, Monsieur,

Afin de faire valider mon compte, la plateforme me renvoie vers « l'administrateur de votre structure ». Personne dans nos services ne semble savoir qui occupe ce rôle pour la Ville de Bastia.

Pourriez-vous m'indiquer le nom de la personne désignée ?

Avec mes remerciements,
Antoine Mariani
Direction des affaires juridiques et de la commande publique
Ville de Bastia
""")

M(cat="account_creation", auto=False, uai="0840937", region=PACA,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="The account works; the gestionnaire asks for order-validation rights to be opened.",
  frm=("Nicolas Barthélemy", "nicolas.barthelemy@ac-aix-marseille.fr"),
  mailer="zimbra", date="2025-02-06 09:06",
  subj="Droits de validation des commandes",
  body="""Bonjour,

Je peux me connecter à l'Espace Acheteur, mais je n'ai accès qu'à la consultation : le bouton « valider la commande » n'apparaît pas. En tant qu'adjoint gestionnaire du lycée Philippe de Girard d'Avignon (@U@), je dois pourtant passer les commandes de fournitures.

Pouvez-vous m'ouvrir les droits correspondants ?

Nicolas Barthélemy
""")

M(cat="account_creation", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="en",
  notes="English; the procurement officer of a school that opened in September asks for a buyer account: a person must check eligibility.",
  frm=("Sarah Whitfield", "procurement@riviera-international.fr"),
  mailer="o365", date="2025-02-19 15:44",
  subj="Buyer account for a new school",
  body="""Dear Support Team,

Riviera International School opened in Mougins last September and we would like to purchase classroom furniture and IT equipment through your purchasing centre.

Could you tell me whether we are eligible for a buyer account on the Espace Acheteur, and what documents you would need from us?

Kind regards,
Sarah Whitfield
Procurement Officer
""")

M(cat="account_creation", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=True, lang="fr",
  notes="Two topics: how to get an Espace Acheteur account (main) and where to find the CCTP of the cleaning-products market (contract_documents).",
  frm=("Gaëlle Tramoni", "g.tramoni@ccas-porto-vecchio.fr"),
  mailer="outlook", date="2025-02-24 10:20",
  subj="Création de compte et accès au cahier des clauses techniques - CCAS de Porto-Vecchio",
  body="""Madame, Monsieur,

Le CCAS de Porto-Vecchio souhaite adhérer au marché de produits d'entretien proposé par votre centrale. Je n'ai pas encore de compte sur l'Espace Acheteur : pouvez-vous m'indiquer comment en obtenir un ?

Par ailleurs, j'aurais besoin dès maintenant du cahier des clauses techniques particulières de ce marché pour le présenter à notre conseil d'administration ; je ne le trouve pas sur la partie publique du site.

Avec mes remerciements,

Gaëlle Tramoni
Responsable administrative
CCAS de Porto-Vecchio
""")

M(cat="account_creation", auto=False, uai="0134219", region=PACA,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="A collège opened in September: its UAI is not in the list when opening the account; the FAQ sends these to the sales team.",
  frm=("Sylvie Pons", "sylvie.pons@ac-aix-marseille.fr"),
  mailer="ox", date="2025-02-05 15:03",
  subj="UAI introuvable lors de l'inscription",
  body="""Bonjour,

Notre collège a ouvert à la rentrée de septembre (collège Simone Veil, Marseille 14e). Lorsque je veux créer le compte de l'établissement sur l'Espace Acheteur, notre UAI @U@ n'apparaît pas dans la liste proposée.

Comment faire ?

Sylvie Pons
Gestionnaire
""")

M(cat="account_creation", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr", tz=4,
  notes="Account waiting for validation for three weeks; the structure administrator has retired, so the region must step in.",
  frm=("Mickaël Técher", "mickael.techer@cinor.re"),
  mailer="outlook", date="2025-02-20 08:02",
  subj="Compte en attente de validation depuis trois semaines - CINOR, direction de la commande publique",
  body="""Madame, Monsieur,

Mon inscription à l'Espace Acheteur est en attente de validation depuis le 29 janvier. Renseignements pris, l'administrateur désigné pour la CINOR est parti à la retraite en décembre et n'a pas été remplacé sur la plateforme.

Je vous remercie de bien vouloir m'indiquer comment débloquer la situation.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Mickaël Técher
Direction de la commande publique
Communauté intercommunale du Nord de La Réunion - Saint-Denis
""")

M(cat="account_creation", auto=False, uai="7200214", region=CORSE,
  platform="esidoc", hard=False, lang="fr",
  notes="A second librarian asks for her own administrator account on the e-sidoc back office: a person answers.",
  frm=("Jeanne Albertini", "jeanne.albertini@ac-corse.fr"),
  mailer="thunderbird", date="2025-02-11 11:46",
  subj="Deuxième compte administrateur",
  body="""Bonjour,

Nous sommes deux professeures documentalistes au lycée Giocante de Casabianca, à Bastia (@U@). Aujourd'hui nous partageons le même compte d'administration e-sidoc.

Est-il possible que chacune ait son propre compte, avec les mêmes droits ?

Merci,
Jeanne Albertini
""")


# ==========================================================================
# subscription_activation
# ==========================================================================
M(cat="subscription_activation", auto=True, uai="0061408", region=PACA,
  platform="esidoc", hard=False, lang="fr",
  notes="Europresse ordered yesterday, not yet visible in the e-sidoc portal: within the 72-hour window.",
  frm=("Océane Lorenzi", "oceane.lorenzi@ac-nice.fr"),
  mailer="zimbra", date="2025-02-04 14:26",
  subj="Abonnement Europresse pas encore visible",
  body="""Bonjour,

Notre commande d'abonnement à Europresse a été validée hier matin par l'intendance. Je ne vois toujours pas la ressource dans la liste des abonnements du portail.

Est-ce normal ? Collège Jules Romains, Nice - @U@.

Merci,
Océane Lorenzi
""")

M(cat="subscription_activation", auto=True, uai="6200733", region=CORSE,
  platform="esidoc", hard=True, lang="fr",
  notes="Negation: 'ce n'est pas un problème de mot de passe, je me connecte'; the active Universalis resource is not published for pupils. subscription_activation.",
  frm=("Petru Casanova", "petru.casanova@ac-corse.fr"),
  mailer="thunderbird", date="2025-02-12 10:53",
  subj="Connexion ok mais ressource invisible",
  body="""Bonjour,

Avant qu'on me renvoie un lien de mot de passe : ce n'est pas ça, je me connecte sans problème au back-office. Notre abonnement Universalis est bien actif, je le vois dans « Mes abonnements », mais les élèves ne le voient nulle part sur le portail.

Comment le rendre visible pour eux ?

Petru Casanova
CDI du lycée Fesch, Ajaccio (@U@)
""")

M(cat="subscription_activation", auto=False, uai="0831562", region=PACA,
  platform="esidoc", hard=False, lang="fr",
  notes="Ordered two weeks ago, before the holidays, still not active: well past the 72-hour rule, so a person must look at the order.",
  frm=("Sandra Bonifay", "sandra.bonifay@ac-nice.fr"),
  mailer="ox", date="2025-03-03 15:37",
  subj="Abonnement commandé il y a deux semaines toujours inactif",
  body="""Bonjour,

Nous avons commandé le 14 février, juste avant les vacances, l'abonnement à la ressource « Le Monde des ados » pour le portail du collège. À la rentrée ce matin, il apparaît toujours comme inactif.

Le bon de commande a été validé le jour même par notre gestionnaire. Pouvez-vous vérifier ?

Sandra Bonifay
Collège Henri Wallon, La Seyne-sur-Mer - @U@
""")

M(cat="subscription_activation", auto=True, uai="9711086", region=GPE,
  platform="esidoc", hard=False, lang="fr", tz=-4,
  notes="Asks how to publish the Universalis resource on the e-sidoc portal (activation and publication step). Guadeloupe time zone.",
  frm=("Roselyne Céleste", "roselyne.celeste@ac-guadeloupe.fr"),
  mailer="outlook", date="2025-02-10 13:14",
  subj="Publier Universalis sur le portail",
  body="""Bonjour,

L'abonnement Universalis du collège est actif, mais je ne trouve pas comment le publier sur la page d'accueil du portail e-sidoc pour que les élèves y accèdent directement.

Pouvez-vous m'indiquer la démarche ?

Roselyne Céleste
Collège Front de Mer, Pointe-à-Pitre - @U@
""")

M(cat="subscription_activation", auto=True, uai="0050913", region=PACA,
  platform="esidoc", hard=True, lang="fr",
  notes="Indirect: the writer blames the school proxy; the newly renewed resource (two days ago) simply is not yet available on the portal. Within 72 hours.",
  frm=("Baptiste Girard", "baptiste.girard@ac-aix-marseille.fr"),
  mailer="thunderbird", date="2025-02-05 11:22",
  subj="Proxy du lycée qui bloque ?",
  body="""Bonjour,

Depuis lundi, le lien vers la presse en ligne a disparu du portail du CDI côté élèves. Je soupçonne le nouveau proxy installé par la Région, qui filtre beaucoup de choses en ce moment. Je précise que l'intendance a renouvelé l'abonnement ce même lundi.

Faut-il demander une exception au proxy, ou est-ce de votre côté ?

Baptiste Girard
Lycée Aristide Briand, Gap - @U@
""")

M(cat="subscription_activation", auto=True, uai="0133654", region=PACA,
  platform="esidoc", hard=False, lang="en",
  notes="English, from an international section: an English-language press resource ordered two days ago is not yet visible in e-sidoc.",
  frm=("Emily Hargreaves", "emily.hargreaves@ac-aix-marseille.fr"),
  mailer="apple", date="2025-02-06 16:10",
  subj="New subscription not showing on our library portal",
  body="""Hello,

Our school (Lycée international Georges Duby, Luynes, @U@) ordered a subscription to an English-language news resource for the international section two days ago. The order was confirmed, but the resource does not appear on our e-sidoc portal yet.

How long does activation usually take?

Thank you,
Emily Hargreaves
Anglophone section coordinator
""")

M(cat="subscription_activation", auto=True, uai=None, region=PACA, tok="0061992",
  platform="esidoc", hard=True, lang="fr",
  notes="The UAI in the signature has a wrong check letter (probable typo), so no UAI label; region from the ac-nice.fr sender. The renewal was ordered yesterday: the 72-hour answer fits without the code.",
  frm=("Manon Rebuffel", "manon.rebuffel@ac-nice.fr"),
  mailer="zimbra", date="2025-02-13 09:39",
  subj="Renouvellement Cafeyn",
  body="""Bonjour,

Nous avons renouvelé hier l'abonnement Cafeyn, mais le portail affiche encore « ressource expirée » pour les élèves. Faut-il faire quelque chose de notre côté ?

Bonne journée,
Manon Rebuffel
Professeure documentaliste
Collège Ludovic Bréa, Saint-Martin-du-Var
UAI @BAD@
""")

M(cat="subscription_activation", auto=True, uai="9740945", region=REU,
  platform="esidoc", hard=True, lang="fr", tz=4,
  notes="Written by the principal, from the ce. address, but he only asks when the subscription will be available: not a head-of-establishment request.",
  frm=("Principal - Collège Bourbon", "ce.@U@@ac-reunion.fr"),
  mailer="zimbra", date="2025-02-19 12:17",
  subj="Date de disponibilité de l'abonnement",
  body="""Madame, Monsieur,

En tant que principal du collège Bourbon (Saint-Denis, UAI @U@), j'ai signé mardi le bon de commande de l'abonnement à l'encyclopédie en ligne pour notre CDI.

Pourriez-vous me préciser à quelle date la ressource sera accessible aux élèves ? Je souhaite l'annoncer au conseil pédagogique de vendredi.

Bien cordialement,
Le principal
Thierry Fontaine
""")

M(cat="subscription_activation", auto=True, uai="9720527", region=MTQ,
  platform="esidoc", hard=False, lang="fr", tz=-4,
  notes="Cafeyn renewed yesterday still shown as expired in 'Mes abonnements'. Martinique time zone.",
  frm=("Sylvaine Marie-Sainte", "sylvaine.marie-sainte@ac-martinique.fr"),
  mailer="roundcube", date="2025-02-25 10:48",
  subj="Cafeyn toujours expiré",
  body="""Bonjour,

Renouvellement de Cafeyn validé hier, mais dans « Mes abonnements » il est toujours marqué expiré.

Merci de regarder,
S. Marie-Sainte, lycée Joseph Gaillard, Fort-de-France - @U@
""")


# ==========================================================================
# order_billing
# ==========================================================================
M(cat="order_billing", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="Town asks for a formal quote through the Espace Acheteur to raise its purchase order (bon de commande).",
  frm=("Hélène Jourdan", "h.jourdan@aubagne.fr"),
  mailer="o365", date="2025-02-03 15:58", html=True,
  subj="Demande de devis préalable à l'émission d'un bon de commande - fournitures scolaires des écoles communales - Ville d'Aubagne",
  body="""Madame, Monsieur,

Dans le cadre de notre adhésion au marché de fournitures scolaires, la Ville d'Aubagne souhaite commander les fournitures destinées à ses vingt-deux écoles pour le troisième trimestre.

Notre règlement budgétaire nous impose de disposer d'un devis établi au nom de la commune avant l'émission du bon de commande. Le panier correspondant est enregistré dans l'Espace Acheteur sous le nom « Écoles T3 2025 ».

Je vous remercie de bien vouloir nous faire parvenir ce devis dans les meilleurs délais.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hélène Jourdan
Service éducation - Pôle achats
Ville d'Aubagne
""")

M(cat="order_billing", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="Hospital: the invoice for a delivered order has not been deposited on Chorus Pro, so it cannot be paid.",
  frm=("Corinne Dalmasso", "corinne.dalmasso@ch-grasse.fr"),
  mailer="outlook", date="2025-02-07 10:41",
  subj="Facture non déposée sur Chorus Pro - commande n° EA-2025-00187 - Centre hospitalier de Grasse, service économique",
  body="""Madame, Monsieur,

La commande n° EA-2025-00187, passée via l'Espace Acheteur le 6 janvier, a été livrée et réceptionnée le 21 janvier. À ce jour, la facture correspondante n'a pas été déposée sur Chorus Pro, ce qui nous empêche de procéder au mandatement.

Je vous saurais gré de bien vouloir faire le nécessaire auprès du titulaire ou de m'indiquer la démarche à suivre.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Corinne Dalmasso
Service économique et logistique
Centre hospitalier de Grasse
""")

M(cat="order_billing", auto=False, uai="0060874", region=PACA,
  platform="esidoc", hard=True, lang="fr",
  notes="Misleading subject ('Problème de connexion'): the body is about an invoice amount that differs from the quote for the e-sidoc renewal.",
  frm=("Régine Falco", "regine.falco@ac-nice.fr"),
  mailer="zimbra", date="2025-02-11 16:33",
  subj="Problème de connexion",
  body="""Bonjour,

Je me connecte sans souci, ce n'est pas ça. En revanche, la facture du renouvellement du portail e-sidoc que je viens de télécharger indique 1 284,00 € TTC, alors que le devis signé en décembre était de 1 164,00 € TTC.

Pouvez-vous m'expliquer l'écart ou émettre une facture rectificative ?

Régine Falco
Adjointe gestionnaire, lycée Amiral de Grasse, Grasse - @U@
""")

M(cat="order_billing", auto=False, uai="0061715", region=PACA,
  platform="esidoc", hard=False, lang="fr",
  notes="The bon d'engagement upload fails at order validation ('fichier trop volumineux').",
  frm=("Yohan Bensaïd", "yohan.bensaid@ac-nice.fr"),
  mailer="thunderbird", date="2025-02-14 11:12",
  subj="Impossible de joindre le bon d'engagement",
  body="""Bonjour,

Au moment de valider la commande de renouvellement de nos abonnements e-sidoc, le site refuse notre bon d'engagement avec le message « fichier trop volumineux ». Le PDF fait pourtant 2,3 Mo.

Quelle est la taille maximale acceptée ? Nous voudrions valider avant la fermeture de l'intendance pour les vacances.

Yohan Bensaïd
Gestionnaire - Collège Valéri, Nice (@U@)
""")

M(cat="order_billing", auto=False, uai=None, region=None,
  platform=None, hard=False, lang="en",
  notes="English, from a foreign supplier (UK publisher): an invoice sent to the purchasing centre in December is still unpaid; asks for the payment status. No platform named.",
  frm=("Gareth Pryce", "accounts@pryce-educational.co.uk"),
  mailer="o365", date="2025-02-18 12:05",
  subj="Overdue invoice INV-24-3381",
  body="""Dear Sir or Madam,

Our invoice INV-24-3381 dated 9 December 2024, for the supply of English readers to your purchasing centre, was due on 8 January and remains unpaid.

Could you let me know whether it has been received and approved, and when we can expect payment? I am happy to resend it in whatever format your accounts department needs.

Kind regards,
Gareth Pryce
Accounts Receivable
Pryce Educational Ltd, Cardiff
""")

M(cat="order_billing", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="Intercommunalité pays by mandat administratif and asks for the bank details (RIB) to put on the mandate.",
  frm=("Jacqueline Orsatelli", "j.orsatelli@cc-sud-corse.fr"),
  mailer="outlook", date="2025-02-21 14:16",
  subj="Modalités de paiement par mandat administratif et communication d'un relevé d'identité bancaire - Communauté de communes du Sud Corse",
  body="""Madame, Monsieur,

Notre comptable public nous demande, pour le règlement de la commande passée sur l'Espace Acheteur en janvier, un relevé d'identité bancaire au nom du bénéficiaire, ce document ne figurant pas dans les pièces de la commande.

Pourriez-vous nous le transmettre, et nous confirmer que le paiement par mandat administratif est bien accepté ?

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Jacqueline Orsatelli
Service finances
Communauté de communes du Sud Corse
""")

M(cat="order_billing", auto=False, uai="0830968", region=PACA,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="The saved basket disappeared during the half-term (baskets are kept for a limited time).",
  frm=("Carine Mazella", "carine.mazella@ac-nice.fr"),
  mailer="ox", date="2025-03-04 10:02",
  subj="Panier disparu",
  body="""Bonjour,

J'avais préparé le 12 février un panier complet sur l'Espace Acheteur (mobilier pour la salle de permanence, 37 lignes) en attendant le vote du conseil d'administration. En me connectant à la rentrée, le panier est vide.

Est-il possible de le récupérer ? Sinon, combien de temps les paniers sont-ils conservés ?

Carine Mazella
Gestionnaire - Lycée Bonaparte, Toulon (@U@)
""")

M(cat="order_billing", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=True, lang="fr",
  notes="Two topics: the order cannot be validated beyond a threshold (main) and amendment no. 2 of the market is not in 'Mes Marchés' (contract_documents).",
  frm=("Frédérique Allard", "frederique.allard@ch-martigues.fr"),
  mailer="o365", date="2025-02-25 09:27",
  subj="Validation de commande impossible et avenant manquant - Centre hospitalier de Martigues",
  body="""Madame, Monsieur,

Je rencontre deux difficultés sur l'Espace Acheteur.

1. La commande de linge hospitalier en cours (montant 48 610 € HT) reste bloquée au statut « en attente de validation » ; le bouton de validation est grisé. Existe-t-il un plafond au-delà duquel une validation supplémentaire est requise ?

2. L'avenant n° 2 au marché de blanchisserie, annoncé par votre courrier de janvier, ne figure pas dans « Mes Marchés ».

Je vous remercie par avance de vos éclaircissements.

Frédérique Allard
Direction des achats et de la logistique
Centre hospitalier de Martigues
""")

M(cat="order_billing", auto=False, uai="7200395", region=CORSE,
  platform="esidoc", hard=False, lang="fr", charset="iso-8859-1", cte="quoted-printable",
  notes="Invoice for the e-sidoc renewal received twice; asks to cancel the duplicate. ISO-8859-1 quoted-printable body.",
  frm=("Marie-Paule Giacomoni", "marie-paule.giacomoni@ac-corse.fr"),
  mailer="thunderbird", date="2025-02-06 14:58",
  subj="Facture en double",
  body="""Bonjour,

Nous avons reçu deux fois la même facture pour le renouvellement du portail e-sidoc (même montant, deux numéros différents : F-2025-0412 et F-2025-0436). Une seule commande a été passée.

Merci d'annuler la seconde.

Marie-Paule Giacomoni
Secrétaire d'intendance, collège de Calvi (@U@)
""")

M(cat="order_billing", auto=False, uai="9741362", region=REU,
  platform="esidoc", hard=False, lang="fr", tz=4,
  notes="Asks for a formal quote for the e-sidoc renewal with the supplier's SIRET, needed by the accountant.",
  frm=("Didier Nativel", "didier.nativel@ac-reunion.fr"),
  mailer="outlook", date="2025-02-27 09:51",
  subj="Devis renouvellement e-sidoc",
  body="""Bonjour,

Pour engager le renouvellement de notre portail e-sidoc, notre agent comptable exige un devis officiel mentionnant votre numéro SIRET.

Pourriez-vous nous l'adresser ?

Didier Nativel
Adjoint gestionnaire - Lycée Leconte de Lisle, Saint-Denis
UAI @U@
""")

_q_o11 = qd("2024-11-04 09:12")
M(cat="order_billing", auto=False, uai="0040712", region=PACA,
  platform="esidoc", hard=True, lang="fr",
  notes="Reply on an old password ticket (In-Reply-To and quoted reset answer), but the new message clearly asks something else: where the invoice for the renewal is. order_billing per the reply rule.",
  frm=("Anne-Sophie Jullien", "anne-sophie.jullien@ac-aix-marseille.fr"),
  mailer="gmail", date="2025-02-12 13:44",
  subj="Re: [#SUP-004611] Mot de passe e-sidoc",
  in_reply_to=desk_msgid("SUP-004611", _q_o11),
  body="""Bonjour,

Je reprends ce vieux fil faute d'autre adresse : cette fois ce n'est plus le mot de passe (tout fonctionne depuis novembre). L'intendance me réclame la facture du renouvellement e-sidoc payé en janvier et je ne la trouve ni dans le back-office ni dans mes mails.

Où puis-je la récupérer ?

Anne-Sophie Jullien
Collège Camille Reymond, Château-Arnoux (@U@)

""" + reply_quote_gmail("Assistance <support@assistance.example.fr>", _q_o11, """Bonjour,

Nous avons transmis un lien de changement de mot de passe à l'adresse de contact de votre établissement ; pensez à l'utiliser dans les 12 heures.

L'équipe d'assistance"""))

M(cat="order_billing", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="Town asks whether orders on the Espace Acheteur can be paid with the municipal purchasing card: payment means.",
  frm=("Laure Semeria", "laure.semeria@ville-menton.fr"),
  mailer="o365", date="2025-03-05 11:35",
  subj="Règlement des commandes par carte d'achat public - Ville de Menton, direction des finances",
  body="""Madame, Monsieur,

La Ville de Menton dispose d'une carte d'achat public. Serait-il possible de l'utiliser pour régler les commandes de faible montant passées par l'Espace Acheteur, plutôt que de recourir systématiquement au mandat administratif ?

Dans l'affirmative, je vous remercie de m'indiquer la procédure.

Laure Semeria
Direction des finances
Ville de Menton
""")


# ==========================================================================
# contract_documents
# ==========================================================================
M(cat="contract_documents", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="Town buyer cannot see the CCAP of a market in 'Mes Marchés'.",
  frm=("Olivier Guérin", "olivier.guerin@istres.fr"),
  mailer="o365", date="2025-02-05 10:18",
  subj="Accès au cahier des clauses administratives particulières du marché n° 2024-087 - Ville d'Istres",
  body="""Madame, Monsieur,

Dans « Mes Marchés », la fiche du marché n° 2024-087 (équipements sportifs) présente l'acte d'engagement et le bordereau des prix, mais pas le cahier des clauses administratives particulières, dont nous avons besoin pour vérifier les conditions de révision des prix.

Je vous remercie de bien vouloir nous en permettre l'accès.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Olivier Guérin
Service de la commande publique - Ville d'Istres
""")

M(cat="contract_documents", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="Hospital: amendment no. 3 of the reagents market is missing from the contract documents.",
  frm=("Dr. Anne-Claire Féraud", "ac.feraud@ch-aix-pertuis.fr"),
  mailer="outlook", date="2025-02-10 17:03",
  subj="Avenant n° 3 au marché de réactifs de laboratoire non disponible dans l'Espace Acheteur - Centre hospitalier du Pays d'Aix",
  body="""Madame, Monsieur,

Le titulaire du marché de réactifs de laboratoire nous a informés de la conclusion d'un avenant n° 3 portant sur l'actualisation des prix au 1er février. Ce document ne figure pas parmi les pièces du marché consultables dans l'Espace Acheteur, où n'apparaissent que les avenants n° 1 et 2.

Pourriez-vous le mettre à disposition ?

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Dr Anne-Claire Féraud
Pharmacienne, responsable des achats de laboratoire
Centre hospitalier du Pays d'Aix - Pertuis
""")

M(cat="contract_documents", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=True, lang="fr",
  notes="Indirect: the writer blames her PDF reader; what she describes is that the market's documents open empty (0 KB) in 'Mes Marchés'. contract_documents.",
  frm=("Nathalie Ricard", "n.ricard@agglo-sud-sainte-baume.fr"),
  mailer="outlook", date="2025-02-13 09:54",
  subj="Problème avec Adobe Reader ?",
  body="""Bonjour,

Je ne sais pas si le problème vient de mon poste. Quand je télécharge les pièces du marché de fournitures de bureau depuis « Mes Marchés », j'obtiens des fichiers de 0 Ko qu'Adobe Reader refuse d'ouvrir (« fichier endommagé »). J'ai réinstallé Adobe Reader et essayé sur le poste d'une collègue : même résultat. Les autres documents de l'Espace Acheteur s'ouvrent normalement.

Avez-vous une idée ?

Nathalie Ricard
Service marchés - Communauté d'agglomération Sud Sainte Baume, Aubagne
""")

M(cat="contract_documents", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr", tz=-3,
  notes="Intercommunalité in Guyane: the membership convention, visible on the old platform, is not on the new Espace Acheteur.",
  frm=("Guy-Albert Rosamont", "ga.rosamont@cacl-guyane.fr"),
  mailer="outlook", date="2025-02-18 08:12",
  subj="Convention d'adhésion introuvable depuis la nouvelle version de l'Espace Acheteur - Communauté d'agglomération du Centre Littoral",
  body="""Madame, Monsieur,

Notre convention d'adhésion à la centrale d'achat, signée en 2023, était consultable sur l'ancienne plateforme. Depuis la mise en service de la nouvelle version de l'Espace Acheteur, elle n'apparaît plus dans nos documents contractuels.

Notre service juridique en a besoin pour un contrôle de la chambre régionale des comptes. Pourriez-vous la rendre à nouveau accessible ?

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Guy-Albert Rosamont
Direction de la commande publique
Communauté d'agglomération du Centre Littoral - Cayenne
""")

M(cat="contract_documents", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="en",
  notes="English; procurement officer of an international school cannot find the framework agreement documents for the IT market in the Espace Acheteur.",
  frm=("Thomas Brennan", "t.brennan@ecole-internationale-marseille.org"),
  mailer="o365", date="2025-02-20 13:29",
  subj="Framework agreement documents not visible",
  body="""Hello,

We joined the IT equipment framework agreement in January. In the Espace Acheteur, under "Mes Marchés", I can see the agreement listed, but the documents tab is empty: no terms and conditions, no price schedule.

Our board needs the contract documents before we place the first order. Could you look into it?

Best regards,
Thomas Brennan
Procurement and Facilities
""")

M(cat="contract_documents", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=True, lang="fr",
  notes="Two platforms: the convention was signed through the e-signature service, but the signed document is not visible in the Espace Acheteur, which is what is asked. contract_documents, platform espace_acheteur.",
  frm=("Françoise Médecin", "francoise.medecin@ville-cagnes.fr"),
  mailer="o365", date="2025-02-24 16:44",
  subj="Convention signée électroniquement non disponible dans l'Espace Acheteur - Ville de Cagnes-sur-Mer",
  body="""Madame, Monsieur,

Notre maire a signé le 17 février, par le service de signature électronique, la convention d'adhésion au marché de fournitures pour les écoles ; nous avons d'ailleurs reçu l'attestation de signature. En revanche, la convention signée n'apparaît toujours pas dans les documents contractuels de l'Espace Acheteur, où figure encore la version non signée.

Je vous remercie de bien vouloir y remédier.

Françoise Médecin
Direction de la commande publique
Ville de Cagnes-sur-Mer
""")

M(cat="contract_documents", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr",
  notes="Corsican town: the price schedule (BPU) of the market is missing from the market documents.",
  frm=("Dominique Franchi", "d.franchi@mairie-calvi.fr"),
  mailer="outlook", date="2025-03-03 14:21",
  subj="Bordereau des prix unitaires manquant - marché de produits d'entretien - Commune de Calvi",
  body="""Madame, Monsieur,

Parmi les documents du marché de produits d'entretien auquel la commune a adhéré, le bordereau des prix unitaires est mentionné dans la liste des pièces mais le lien de téléchargement ne renvoie à rien.

Pourriez-vous nous le transmettre ou le remettre en ligne ?

Avec mes salutations distinguées,

Dominique Franchi
Services techniques - Commune de Calvi
""")

_q_c8 = qd("2025-02-14 15:20", 4)
M(cat="contract_documents", auto=False, uai=None, region=None,
  platform="espace_acheteur", hard=False, lang="fr", tz=4,
  notes="Follow-up reply (Gmail quote) after the region's answer: the certificate of the market is still missing.",
  frm=("Sabine Grondin", "sabine.grondin.saintpierre@gmail.com"),
  mailer="gmail", date="2025-02-26 10:36",
  subj="Re: [#SUP-005889] Certificat administratif du marché de mobilier",
  in_reply_to=desk_msgid("SUP-005889", _q_c8),
  body="""Bonjour,

Je me permets de vous relancer : malgré votre réponse, le certificat administratif du marché de mobilier scolaire n'est toujours pas visible dans l'Espace Acheteur, ni pour moi ni pour ma responsable.

Merci de votre suivi,
Sabine Grondin
Ville de Saint-Pierre (La Réunion) - service des marchés
(j'écris depuis ma messagerie personnelle, celle de la mairie est en panne)

""" + reply_quote_gmail("Assistance régionale <support@assistance.example.fr>", _q_c8, """Bonjour,

Nous avons transmis votre demande au service en charge des documents du marché. Le certificat devrait être disponible dans les prochains jours dans la rubrique « Mes Marchés ».

Cordialement,
L'équipe d'assistance"""))


# ==========================================================================
# transfer_incident
# ==========================================================================
M(cat="transfer_incident", auto=False, uai="0131738", region=PACA,
  platform="ecoledirecte", hard=False, lang="fr",
  notes="Private collège: the last EcoleDirecte transfer is five days old; parents no longer see absences.",
  frm=("Vincent Agostini", "vie-scolaire@college-sainte-trinite.fr"),
  mailer="outlook", date="2025-02-07 08:36",
  subj="Transferts EcoleDirecte arrêtés depuis lundi",
  body="""Bonjour,

Le dernier transfert vers EcoleDirecte date de lundi 3 février à 18 h. Depuis, plus rien ne remonte : les parents ne voient plus les absences ni les retards, et nous recevons des appels.

Nous n'avons rien modifié sur le poste qui lance les transferts.

Vincent Agostini
CPE - Collège Sainte-Trinité, Marseille (@U@)
""")

M(cat="transfer_incident", auto=False, uai=None, region=None,
  platform="ecoledirecte", hard=True, lang="fr",
  notes="Asks for 'le mot de passe de maintenance du jour' to repair the base: transfer_incident per the taxonomy, not password_reset.",
  frm=("Jean-Pierre Cristofari", "secretariat@jeanne-darc-bastia.fr"),
  mailer="outlook", date="2025-02-12 15:05",
  subj="Mot de passe",
  body="""Bonjour,

Il me faudrait le mot de passe de maintenance du jour : Charlemagne me le demande pour lancer la réparation de la base avant de relancer les transferts vers EcoleDirecte.

Merci de me le communiquer rapidement, je suis seul au secrétariat cette semaine.

J.-P. Cristofari
Institution Jeanne d'Arc - Bastia
""")

M(cat="transfer_incident", auto=False, uai="0061982", region=PACA,
  platform="ecoledirecte", hard=False, lang="fr",
  notes="New server installed during the half-term: the licence must be regenerated before transfers run again.",
  frm=("Rodolphe Guez", "informatique@lycee-stjoseph-nice.fr"),
  mailer="thunderbird", date="2025-03-03 09:47",
  subj="Licence à régénérer après changement de serveur",
  body="""Bonjour,

Nous avons profité des vacances pour remplacer le serveur qui héberge Charlemagne. Depuis la réinstallation, le logiciel indique que la licence ne correspond pas à ce poste et les transferts EcoleDirecte sont suspendus.

Pouvez-vous régénérer la licence pour le nouveau serveur ?

-- 
Rodolphe Guez
Responsable informatique
Lycée Saint-Joseph, Nice - @U@
""")

M(cat="transfer_incident", auto=False, uai="0841297", region=PACA,
  platform="ecoledirecte", hard=True, lang="fr",
  notes="Indirect: the writer thinks the EcoleDirecte site is down because grades entered this week do not appear for parents; what is described is a failing transfer.",
  frm=("Bénédicte Armand", "direction@ecole-stcharles-avignon.fr"),
  mailer="apple", date="2025-02-13 18:22",
  subj="Site EcoleDirecte en panne ?",
  body="""Bonjour,

Est-ce que le site EcoleDirecte est en panne en ce moment ? Les enseignants ont saisi les notes du deuxième trimestre lundi et mardi, mais les familles ne voient que les notes de janvier. Pourtant le site fonctionne, les parents peuvent se connecter et lire les messages.

Le conseil de classe est jeudi prochain, c'est un peu urgent.

Bénédicte Armand
Cheffe d'établissement
Ensemble scolaire Saint-Charles, Avignon (@U@)
""")

M(cat="transfer_incident", auto=False, uai="9720645", region=MTQ,
  platform="ecoledirecte", hard=False, lang="fr", tz=-4,
  notes="The antivirus quarantines Charlemagne Outils on the Martinique school's server, so transfers no longer run.",
  frm=("Fabrice Jean-Louis", "f.jean-louis@lycee-stjoseph-cluny-fdf.fr"),
  mailer="outlook", date="2025-02-18 07:55",
  subj="Antivirus et Outils Charlemagne",
  body="""Bonjour,

Depuis la mise à jour de notre antivirus, le programme Outils de Charlemagne est placé en quarantaine chaque nuit et les transferts vers EcoleDirecte ne se font plus. Nous le restaurons le matin, mais il est à nouveau bloqué le soir.

Quels fichiers et dossiers faut-il exclure de l'analyse ?

Fabrice Jean-Louis
Technicien informatique
Lycée Saint-Joseph de Cluny, Fort-de-France - @U@
""")

M(cat="transfer_incident", auto=False, uai="0831429", region=PACA,
  platform=None, hard=True, lang="fr",
  notes="Two platforms: since a proxy change, EcoleDirecte transfers fail (main, transfer_incident) and the e-sidoc back office is unreachable too; no single platform.",
  frm=("Alexandre Perret", "alexandre.perret@ndtoulon.fr"),
  mailer="thunderbird", date="2025-02-10 14:14",
  subj="Proxy et transferts",
  body="""Bonjour,

Le rectorat nous a fait passer sur un nouveau proxy filtrant la semaine dernière. Depuis :
- les transferts vers EcoleDirecte échouent tous (le diagnostic s'arrête à « test de connexion au serveur ») ;
- la documentaliste n'arrive plus à ouvrir le back-office e-sidoc depuis le CDI.

Quelles adresses et quels ports devons-nous ouvrir ? Les transferts sont le plus urgent.

Alexandre Perret
Administrateur réseau - Institution Notre-Dame, Toulon (@U@)
""")

M(cat="transfer_incident", auto=False, uai="9741418", region=REU,
  platform="ecoledirecte", hard=False, lang="fr", tz=4,
  notes="Synchronisation with EcoleDirecte ends on an error code every evening at a private school in Réunion.",
  frm=("Marie-Annick Boyer", "gestion@college-stmichel-reunion.fr"),
  mailer="outlook", date="2025-02-21 17:32", html=True,
  subj="Erreur de synchronisation chaque soir",
  body="""Bonjour,

Chaque soir, la synchronisation entre Charlemagne et EcoleDirecte se termine par « Erreur 1204 - échec de la réplication ». Le lendemain, les emplois du temps modifiés dans la journée n'apparaissent pas pour les familles.

Nous avons redémarré le serveur sans changement.

Marie-Annick Boyer
Secrétariat de gestion, collège Saint-Michel, Saint-Denis (@U@)
""")

M(cat="transfer_incident", auto=False, uai="9711277", region=GPE,
  platform="ecoledirecte", hard=False, lang="fr", tz=-4,
  notes="After restoring a backup, the replication to EcoleDirecte must be re-initialised.",
  frm=("Patrick Lacroix", "informatique@institution-stjean-gpe.fr"),
  mailer="thunderbird", date="2025-02-26 10:06",
  subj="Réinitialisation de la réplication après restauration",
  body="""Bonjour,

Suite à une panne de disque, nous avons restauré la sauvegarde de Charlemagne du 20 février. Depuis, l'outil de transfert signale que la base ne correspond plus à celle d'EcoleDirecte et propose une « réinitialisation de la réplication » qu'il faut apparemment demander à votre service.

Pouvez-vous la lancer ?

Patrick Lacroix
Institution Saint-Jean, Basse-Terre - @U@
""")

M(cat="transfer_incident", auto=False, uai=None, region=None,
  platform="ecoledirecte", hard=False, lang="en",
  notes="English; the school's IT contractor reports that EcoleDirecte transfers fail since a firewall change and asks which outbound connections to allow.",
  frm=("Ian Mackenzie", "ian@rivieranet-services.com"),
  mailer="gmail", date="2025-02-17 11:58",
  subj="EcoleDirecte transfers failing after firewall change",
  body="""Hi,

I manage the network for a small private school in Nice. Since we replaced their firewall last Friday, the nightly transfers from the Charlemagne server to EcoleDirecte fail. The diagnostic tool stops at the connection test.

Could you send me the list of hosts and ports the transfer tool needs to reach, so I can add the right outbound rules?

Thanks,
Ian Mackenzie
RivieraNet Services
""")


# ==========================================================================
# automated
# ==========================================================================
def qp(text, charset="utf-8"):
    return encode_part(text, charset, "quoted-printable")


def desk_original(to, subject, dt, msgid, text):
    """The desk's own outgoing message, as quoted in bounces."""
    return ("From: Assistance <support@assistance.example.fr>\n"
            "To: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
            'Content-Type: text/plain; charset="utf-8"\n'
            "Content-Transfer-Encoding: quoted-printable\n\n%s" % (
                to, enc_header(subject), format_datetime(dt), msgid,
                qp(text)))


_d_au1 = qd("2025-02-17 09:40")
M(cat="automated", auto=False, uai=None, region=None, platform=None,
  hard=False, lang="fr",
  notes="Exchange Online out-of-office in French from a town buyer (half-term leave): Auto-Submitted: auto-generated and X-Auto-Response-Suppress, In-Reply-To the desk's answer.",
  frm=("Céline Amoretti", "celine.amoretti@ville-hyeres.fr"),
  mailer="raw", date="2025-02-17 09:40",
  msgid="<PA4P194MB1182D6F1A3C04E2B9F0C7D11A1F02@PA4P194MB1182.EURP194.PROD.OUTLOOK.COM>",
  in_reply_to=desk_msgid("SUP-005914", _d_au1),
  headers=[("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "celine.amoretti@ville-hyeres.fr"),
           ("Content-Language", "fr-FR")],
  subj="Réponse automatique : [#SUP-005914] Accès aux documents du marché",
  body="""Bonjour,

Je suis absente du bureau jusqu'au lundi 3 mars inclus, sans accès à ma messagerie.

Pour toute question urgente relative aux marchés publics, vous pouvez contacter le secrétariat de la direction de la commande publique au 04 94 00 00 00.

Céline Amoretti
Ville d'Hyères-les-Palmiers
""")

M(cat="automated", auto=False, uai=None, region=PACA, platform=None,
  hard=False, lang="fr",
  notes="Academic Zimbra vacation reply: 'Auto-Submitted: auto-replied (zimbra; vacation)'. Region from the ac-nice.fr sender.",
  frm=("Mathilde Cauvin", "mathilde.cauvin@ac-nice.fr"),
  mailer="raw", date="2025-02-18 11:02",
  headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)"),
           ("Precedence", "bulk")],
  subj="Absente : [#SUP-005921] Abonnement Europresse",
  body="""Bonjour,

Je suis en congés pendant les vacances d'hiver et je lirai votre message à mon retour, le 3 mars.

Mathilde Cauvin
Professeure documentaliste
""")

_d_au3 = qd("2025-02-19 14:25")
_mid_au3 = desk_msgid("SUP-005934", _d_au3)
M(cat="automated", auto=False, uai=None, region=None, platform=None,
  hard=False, lang="en",
  notes="Postfix bounce (multipart/report delivery-status, original attached) for a hospital recipient whose mailbox no longer exists; null Return-Path.",
  frm=("Mail Delivery System", "MAILER-DAEMON@relais.ch-salon.fr"),
  rp="", mailer="raw", date="2025-02-19 14:25",
  msgid="<20250219132502.7F1C23A0B4@relais.ch-salon.fr>",
  headers=[("Auto-Submitted", "auto-replied")],
  subj="Undelivered Mail Returned to Sender",
  mime=('multipart/report; report-type=delivery-status;\n'
        ' boundary="7F1C23A0B4.1739971502/relais.ch-salon.fr"',
        """This is a MIME-encapsulated message.

--7F1C23A0B4.1739971502/relais.ch-salon.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relais.ch-salon.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jm.reboul@ch-salon.fr>: host exchange.ch-salon.local[10.12.0.25] said:
    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
    address lookup (in reply to RCPT TO command)

--7F1C23A0B4.1739971502/relais.ch-salon.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relais.ch-salon.fr
X-Postfix-Queue-ID: 7F1C23A0B4
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Wed, 19 Feb 2025 14:25:01 +0100 (CET)

Final-Recipient: rfc822; jm.reboul@ch-salon.fr
Original-Recipient: rfc822;jm.reboul@ch-salon.fr
Action: failed
Status: 5.1.10
Remote-MTA: dns; exchange.ch-salon.local
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    not found by SMTP address lookup

--7F1C23A0B4.1739971502/relais.ch-salon.fr
Content-Description: Undelivered Message
Content-Type: message/rfc822

""" + desk_original("jm.reboul@ch-salon.fr",
                    "[#SUP-005934] Compte Espace Acheteur", _d_au3, _mid_au3,
                    """Bonjour,

Votre compte a été validé par l'administrateur de votre structure. Vous allez recevoir un lien de première connexion.

L'équipe d'assistance
""") + """
--7F1C23A0B4.1739971502/relais.ch-salon.fr--
"""))

_d_au4 = qd("2025-02-05 10:12")
_mid_au4 = desk_msgid("SUP-005844", _d_au4)
M(cat="automated", auto=False, uai=None, region=PACA, platform=None,
  hard=False, lang="fr",
  notes="Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from the ac-aix-marseille.fr sender.",
  frm=("Gilbert Saïssi", "gilbert.saissi@ac-aix-marseille.fr"),
  mailer="outlook", date="2025-02-05 11:47",
  in_reply_to=_mid_au4,
  subj="Lu : [#SUP-005844] Transfert de votre demande",
  mime=('multipart/report; report-type=disposition-notification;\n'
        ' boundary="----=_NextPart_000_1A2B_01DB77C3.5E2F9A10"',
        """------=_NextPart_000_1A2B_01DB77C3.5E2F9A10
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

""" + qp("""Votre message

  À : Gilbert Saïssi
  Objet : [#SUP-005844] Transfert de votre demande
  Envoyé : mercredi 5 février 2025 10:12:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mercredi 5 février 2025 11:47:03 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""", "iso-8859-1") + """
------=_NextPart_000_1A2B_01DB77C3.5E2F9A10
Content-Type: message/disposition-notification

Reporting-UA: INTENDANCE-PC2; Microsoft Outlook 16.0
Final-Recipient: rfc822;gilbert.saissi@ac-aix-marseille.fr
Original-Message-ID: """ + _mid_au4 + """
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_1A2B_01DB77C3.5E2F9A10--
"""))

M(cat="automated", auto=False, uai=None, region=None, platform=None,
  hard=False, lang="en",
  notes="English Gmail vacation responder from a foreign supplier's sales manager (Auto-Submitted: auto-replied).",
  frm=("Lucía Fernández", "lucia.fernandez@mobiliario-escolar-iberia.es"),
  mailer="gmail", date="2025-02-20 08:03", cte="7bit", charset="utf-8",
  headers=[("Auto-Submitted", "auto-replied")],
  subj="Out of office until 3 March",
  body="""Thank you for your message. I am away on a trade fair and then on leave, returning on Monday 3 March. Your email will not be forwarded.

For urgent orders please write to pedidos@mobiliario-escolar-iberia.es.

Best regards,
Lucia Fernandez
Export Sales Manager
""")

M(cat="automated", auto=False, uai=None, region=CORSE, platform="esidoc",
  hard=True, lang="fr",
  notes="A librarian's real question about publishing an e-sidoc resource, but posted to the academic librarians' mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered. Region from the ac-corse.fr sender.",
  frm=("Ghjulia Pieri", "ghjulia.pieri@ac-corse.fr"),
  to="Liste des documentalistes de Corse <documentalistes@listes.ac-corse.fr>",
  rp="documentalistes-owner@listes.ac-corse.fr", mta="listes.ac-corse.fr",
  auth=("mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=ac-corse.fr;"
        "\n\tspf=pass smtp.mailfrom=listes.ac-corse.fr;\n\tdmarc=pass (p=none dis=none)"
        " header.from=ac-corse.fr"),
  mailer="thunderbird", date="2025-02-11 13:16",
  headers=[("List-Id", "Documentalistes de l'academie de Corse <documentalistes.listes.ac-corse.fr>"),
           ("List-Post", "<mailto:documentalistes@listes.ac-corse.fr>"),
           ("List-Unsubscribe", "<mailto:sympa@listes.ac-corse.fr?subject=unsubscribe%20documentalistes>"),
           ("List-Archive", "<https://listes.ac-corse.fr/sympa/arc/documentalistes>"),
           ("Precedence", "list"),
           ("Sender", "documentalistes-request@listes.ac-corse.fr")],
  subj="[documentalistes] Publier une ressource sur e-sidoc ?",
  body="""Bonjour à toutes et à tous,

Quelqu'un a-t-il déjà réussi à afficher une ressource numérique (Universalis dans mon cas) directement sur la page d'accueil du portail e-sidoc ? L'abonnement est actif mais je ne trouve pas l'option de publication, et je n'ai plus mon mot de passe de l'an dernier noté nulle part...

Merci de vos retours,
Ghjulia
CDI du collège de Propriano

_______________________________________________
documentalistes mailing list
documentalistes@listes.ac-corse.fr
https://listes.ac-corse.fr/sympa/info/documentalistes
""")

M(cat="automated", auto=False, uai=None, region=None, platform=None,
  hard=False, lang="fr",
  notes="Public-procurement news digest (List-Id, List-Unsubscribe one-click, Precedence: bulk) received by the desk: marketing mail, never answered.",
  frm=("Veille Marchés Publics Sud", "lettre@veille-marches-sud.example.com"),
  mailer="raw", date="2025-02-10 07:00",
  msgid="<lettre-2025-06.20250210060000.51823@veille-marches-sud.example.com>",
  headers=[("List-Id", "Lettre hebdomadaire <lettre.veille-marches-sud.example.com>"),
           ("List-Unsubscribe", "<https://veille-marches-sud.example.com/desinscription?u=51823>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk")],
  subj="Lettre n° 6 : nouveaux seuils, achats durables et calendrier des formations",
  html="""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Lettre n° 6</title></head>
<body style="font-family:Arial,sans-serif;background:#eef1f5">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<h1 style="font-size:20px">Lettre n° 6 - février 2025</h1>
<h2 style="font-size:16px">Seuils de procédure : ce qui change</h2>
<p>Un rappel des seuils applicables cette année et de leurs effets sur les achats des collectivités.</p>
<h2 style="font-size:16px">Achats durables</h2>
<p>Trois retours d'expérience de communes varoises sur les clauses environnementales.</p>
<p><a href="https://veille-marches-sud.example.com/formations">Calendrier des formations de mars</a></p>
<p style="font-size:11px;color:#888">Vous recevez cette lettre car vous y êtes abonné. <a href="https://veille-marches-sud.example.com/desinscription?u=51823">Se désabonner</a></p>
</td></tr></table></body></html>
""",
  body="""Lettre n° 6 - février 2025

SEUILS DE PROCÉDURE : CE QUI CHANGE
Un rappel des seuils applicables cette année et de leurs effets sur les achats des collectivités.

ACHATS DURABLES
Trois retours d'expérience de communes varoises sur les clauses environnementales.

Calendrier des formations de mars : https://veille-marches-sud.example.com/formations

Vous recevez cette lettre car vous y êtes abonné.
Se désabonner : https://veille-marches-sud.example.com/desinscription?u=51823
""")

_d_au8 = qd("2025-02-24 16:05")
_mid_au8 = desk_msgid("SUP-005967", _d_au8)
M(cat="automated", auto=False, uai=None, region=None, platform=None,
  hard=False, lang="fr",
  notes="Exchange Online non-delivery report in French ('Non remis :'), multipart/report with an HTML explanation and the original headers.",
  frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ville-toulon.fr"),
  rp="", mailer="raw", date="2025-02-24 16:05",
  mta="mail-pr3p192cu001.outbound.protection.outlook.com",
  msgid="<a1f0c3d2-77b4-4a0e-9d1e-5b2c8e41f7aa@PR3P192MB0877.EURP192.PROD.OUTLOOK.COM>",
  headers=[("Auto-Submitted", "auto-replied"), ("Content-Language", "fr-FR")],
  subj="Non remis : [#SUP-005967] Convention d'adhésion",
  mime=('multipart/report; report-type=delivery-status;\n'
        ' boundary="_000_a1f0c3d277b44a0e9d1e5b2c8e41f7aa_"',
        """--_000_a1f0c3d277b44a0e9d1e5b2c8e41f7aa_
Content-Type: multipart/alternative;
 boundary="_001_a1f0c3d277b44a0e9d1e5b2c8e41f7aa_"

--_001_a1f0c3d277b44a0e9d1e5b2c8e41f7aa_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + qp("""Votre message n'a pas pu être remis à marches.publics@ville-toulon.fr.

La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant. Réessayez d'envoyer le message plus tard, ou contactez directement le destinataire.

Diagnostic pour les administrateurs :
Serveur de génération : PR3P192MB0877.EURP192.PROD.OUTLOOK.COM
marches.publics@ville-toulon.fr
Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
""") + """
--_001_a1f0c3d277b44a0e9d1e5b2c8e41f7aa_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + qp("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
<p style="font-size:18px;color:#c00000"><b>Votre message n'a pas pu être remis à marches.publics@ville-toulon.fr.</b></p>
<p>La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.</p>
<p style="font-size:12px;color:#666">Serveur de génération : PR3P192MB0877.EURP192.PROD.OUTLOOK.COM</p>
</div></body></html>
""") + """
--_001_a1f0c3d277b44a0e9d1e5b2c8e41f7aa_--

--_000_a1f0c3d277b44a0e9d1e5b2c8e41f7aa_
Content-Type: message/delivery-status

Reporting-MTA: dns;PR3P192MB0877.EURP192.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Mon, 24 Feb 2025 15:05:12 +0000

Final-Recipient: rfc822;marches.publics@ville-toulon.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--_000_a1f0c3d277b44a0e9d1e5b2c8e41f7aa_
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: <marches.publics@ville-toulon.fr>
Subject: """ + enc_header("[#SUP-005967] Convention d'adhésion") + """
Date: """ + format_datetime(_d_au8) + """
Message-ID: """ + _mid_au8 + """
Auto-Submitted: auto-replied

--_000_a1f0c3d277b44a0e9d1e5b2c8e41f7aa_--
"""))

M(cat="automated", auto=False, uai=None, region=PACA, platform=None,
  hard=True, lang="fr",
  notes="Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording ('message automatique', absent until) shows it is automatic. Region from the ac-aix-marseille.fr sender.",
  frm=("Karine Ollivier", "karine.ollivier@ac-aix-marseille.fr"),
  mailer="outlook", date="2025-02-19 10:31",
  subj="Absence",
  body="""Ceci est un message automatique.

Je suis absente jusqu'au 2 mars (vacances scolaires). Les messages reçus pendant cette période ne seront pas transférés. Pour les questions concernant le CDI du lycée, merci de vous adresser à la vie scolaire.

K. Ollivier
""")

M(cat="automated", auto=False, uai=None, region=None, platform="ticket_portal",
  hard=False, lang="fr",
  notes="Ticket-portal notification: a ticket the desk opened with a supplier got a new comment. Auto-Submitted: auto-generated, no-reply sender.",
  frm=("Portail de tickets", "no-reply@tickets.example.fr"),
  mailer="raw", date="2025-02-14 12:22",
  msgid="<ticket-48213-comment-7.1739532120@tickets.example.fr>",
  headers=[("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-Ticket-ID", "48213")],
  subj="[Ticket #48213] Nouveau commentaire : synchronisation des notices",
  body="""Bonjour,

Un nouveau commentaire a été ajouté au ticket #48213 « Synchronisation des notices » par l'équipe technique :

« Correctif déployé sur l'environnement de recette. Merci de confirmer le résultat sur l'établissement de test. »

Consulter le ticket : https://tickets.example.fr/t/48213

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""")

M(cat="automated", auto=False, uai=None, region=None, platform="esignature",
  hard=False, lang="fr",
  notes="E-signature service notification that a convention has been signed by all parties: Auto-Submitted: auto-generated from a no-reply address.",
  frm=("Service de signature électronique", "ne-pas-repondre@signature.example.fr"),
  mailer="raw", date="2025-02-17 17:45",
  msgid="<env-2025-0217-88412@signature.example.fr>",
  headers=[("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All")],
  subj="Document signé : Convention d'adhésion - Ville de Cagnes-sur-Mer",
  html=True,
  body="""Bonjour,

Le document « Convention d'adhésion - Ville de Cagnes-sur-Mer » a été signé par l'ensemble des signataires le 17/02/2025 à 17:44.

Vous pouvez télécharger le document signé et son dossier de preuve pendant 30 jours :
https://signature.example.fr/d/88412

Ceci est un message automatique, merci de ne pas y répondre.
""")

M(cat="automated", auto=False, uai=None, region=None, platform="espace_acheteur",
  hard=False, lang="fr",
  notes="Espace Acheteur no-reply notification to the desk (administrator of structures that have none): an access request is waiting for validation. Auto-Submitted: auto-generated.",
  frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
  mailer="raw", date="2025-02-20 08:15",
  msgid="<validation.91337.20250220071500@espace-acheteur.example.fr>",
  headers=[("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All")],
  subj="Nouvelle demande d'accès à valider - CINOR",
  body="""Bonjour,

Une nouvelle demande d'accès à l'Espace Acheteur attend votre validation :

Structure : Communauté intercommunale du Nord de La Réunion
Demandeur : Mickaël Técher
Date de la demande : 29/01/2025

Valider ou refuser la demande : https://espace-acheteur.example.fr/admin/demandes/91337

Ce message a été envoyé automatiquement.
""")

M(cat="automated", auto=False, uai="9741154", region=REU, platform=None,
  hard=True, lang="fr", tz=4,
  notes="Out-of-office of a school office (ce.<UAI> address) that mentions e-sidoc and passwords; Auto-Submitted is present, so it is automatic. UAI from the address.",
  frm=("Collège Terrain Fleury", "ce.@U@@ac-reunion.fr"),
  mailer="raw", date="2025-02-24 09:04",
  headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
  subj="Réponse automatique - Collège Terrain Fleury",
  body="""Bonjour,

Le secrétariat du collège est fermé pour les vacances du 22 février au 9 mars.

Pour les demandes de mot de passe (ENT, e-sidoc, messagerie), merci de renouveler votre demande à la réouverture. En cas d'urgence, contactez la circonscription.

Le secrétariat
Collège Terrain Fleury, Le Tampon
""")

_d_au14 = qd("2025-02-25 09:20")
M(cat="automated", auto=False, uai=None, region=None, platform=None,
  hard=False, lang="en",
  notes="Delay warning from our own relay ('Delayed Mail (still being retried)', Action: delayed) for a recipient in Guyane: not a failure, still automatic.",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.assistance.example.fr"),
  rp="", mailer="raw", date="2025-02-25 13:20",
  msgid="<20250225122001.4C1D89F2A1@mx1.assistance.example.fr>",
  mta="localhost",
  headers=[("Auto-Submitted", "auto-replied")],
  subj="Delayed Mail (still being retried)",
  mime=('multipart/report; report-type=delivery-status;\n'
        ' boundary="4C1D89F2A1.1740486001/mx1.assistance.example.fr"',
        """This is a MIME-encapsulated message.

--4C1D89F2A1.1740486001/mx1.assistance.example.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.assistance.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<gestion@mairie-kourou.fr>: connect to mx.mairie-kourou.fr[203.0.113.77]:25:
    Connection timed out

--4C1D89F2A1.1740486001/mx1.assistance.example.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.assistance.example.fr
X-Postfix-Queue-ID: 4C1D89F2A1
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Tue, 25 Feb 2025 09:20:04 +0100 (CET)

Final-Recipient: rfc822; gestion@mairie-kourou.fr
Original-Recipient: rfc822;gestion@mairie-kourou.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.mairie-kourou.fr[203.0.113.77]:25:
    Connection timed out
Will-Retry-Until: Sun, 2 Mar 2025 09:20:04 +0100 (CET)

--4C1D89F2A1.1740486001/mx1.assistance.example.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: gestion@mairie-kourou.fr
Subject: """ + enc_header("[#SUP-005971] Votre demande de création de compte") + """
Date: """ + format_datetime(_d_au14) + """
Message-ID: """ + desk_msgid("SUP-005971", _d_au14) + """
Auto-Submitted: auto-replied

--4C1D89F2A1.1740486001/mx1.assistance.example.fr--
"""))

M(cat="automated", auto=False, uai=None, region=None, platform=None,
  hard=False, lang="fr",
  notes="A hospital IT helpdesk acknowledges a message the desk sent it (Auto-Submitted, X-Loop, GLPI ticket number): answering it would start a mail loop.",
  frm=("Support informatique CH Cannes", "glpi@ch-cannes.fr"),
  mailer="raw", date="2025-02-13 10:18",
  msgid="<GLPI-28817.1739438280.1048213577@ch-cannes.fr>",
  headers=[("Auto-Submitted", "auto-replied"),
           ("X-Loop", "glpi@ch-cannes.fr"),
           ("X-Auto-Response-Suppress", "OOF, DR, RN, NRN, AutoReply"),
           ("Precedence", "bulk")],
  subj="[GLPI #0028817] Nouveau ticket : [#SUP-005881] Autorisation des expéditeurs",
  body="""Bonjour,

Votre demande a bien été enregistrée par le support informatique du Centre hospitalier de Cannes sous le numéro 0028817.

Titre : [#SUP-005881] Autorisation des expéditeurs
Statut : Nouveau
Catégorie : Messagerie

Un technicien prendra en charge votre demande dans les meilleurs délais. Merci de ne pas répondre à ce message : pour compléter votre demande, utilisez le portail https://glpi.ch-cannes.fr.

--
Support informatique - Centre hospitalier Simone Veil de Cannes
""")

_mid_au16 = desk_msgid("SUP-005899", qd("2025-02-12 09:00"))
M(cat="automated", auto=False, uai=None, region=None, platform=None,
  hard=False, lang="en",
  notes="Thunderbird return receipt in English, multipart/report disposition-notification, from a foreign supplier.",
  frm=("Hannah Becker", "h.becker@lernmedien-becker.de"),
  mailer="thunderbird", date="2025-02-12 11:34",
  in_reply_to=_mid_au16,
  subj="Return Receipt (displayed) - [#SUP-005899] Catalogue referencing",
  mime=('multipart/report; report-type=disposition-notification;\n'
        ' boundary="------------mLp3YqVt0bN2cX7Rk1uWz4aS"',
        """This is a multi-part message in MIME format.
--------------mLp3YqVt0bN2cX7Rk1uWz4aS
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to h.becker@lernmedien-becker.de.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.

--------------mLp3YqVt0bN2cX7Rk1uWz4aS
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: lernmedien-becker.de; Thunderbird 128.7.0
Final-Recipient: rfc822;h.becker@lernmedien-becker.de
Original-Message-ID: """ + _mid_au16 + """
Disposition: manual-action/MDN-sent-manually; displayed

--------------mLp3YqVt0bN2cX7Rk1uWz4aS--
"""))

M(cat="automated", auto=False, uai=None, region=None, platform="espace_acheteur",
  hard=True, lang="fr",
  notes="A buyer's real question about the Espace Acheteur, but posted to a regional buyers' network mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us, never answered.",
  frm=("Éric Signoret", "eric.signoret@ville-vitrolles.fr"),
  to="Réseau des acheteurs publics du Sud <acheteurs-sud@listes.reseau-achat-sud.example.org>",
  rp="acheteurs-sud-bounces@listes.reseau-achat-sud.example.org",
  mta="listes.reseau-achat-sud.example.org",
  auth=("mx1.assistance.example.fr;\n\tdkim=fail (body hash did not verify) header.d=ville-vitrolles.fr;"
        "\n\tspf=pass smtp.mailfrom=listes.reseau-achat-sud.example.org;\n\tdmarc=none"
        " header.from=ville-vitrolles.fr"),
  mailer="outlook", date="2025-02-26 15:08",
  headers=[("List-Id", "Reseau des acheteurs publics du Sud <acheteurs-sud.listes.reseau-achat-sud.example.org>"),
           ("List-Post", "<mailto:acheteurs-sud@listes.reseau-achat-sud.example.org>"),
           ("List-Unsubscribe", "<mailto:acheteurs-sud-leave@listes.reseau-achat-sud.example.org>"),
           ("Precedence", "list")],
  subj="[acheteurs-sud] Délai de validation des comptes sur l'Espace Acheteur",
  body="""Bonjour à tous,

Certains d'entre vous ont-ils constaté des délais anormaux de validation des nouveaux comptes sur l'Espace Acheteur depuis la nouvelle version ? Deux de nos agents attendent depuis dix jours et notre administratrice ne reçoit aucune notification.

Merci pour vos retours d'expérience,

Éric Signoret
Direction de la commande publique - Ville de Vitrolles

---
Vous recevez ce message car vous êtes inscrit à la liste acheteurs-sud.
""")

M(cat="automated", auto=False, uai=None, region=None, platform=None,
  hard=True, lang="en",
  notes="Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
  frm=("Mail Delivery System", "Mailer-Daemon@mx.cc-golfe-saint-tropez.fr"),
  rp="", mailer="raw", date="2025-03-04 09:12",
  msgid="<E1tpS4u-0003Xk-9Q@mx.cc-golfe-saint-tropez.fr>",
  cte="7bit", charset="us-ascii",
  headers=[("X-Failed-Recipients", "achats@cc-golfe-saint-tropez.fr")],
  subj="Mail delivery failed: returning message to sender",
  body="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  achats@cc-golfe-saint-tropez.fr
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Assistance <support@assistance.example.fr>
To: achats@cc-golfe-saint-tropez.fr
Subject: [#SUP-005952] Votre demande
Date: Wed, 26 Feb 2025 09:11:40 +0100
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Votre demande a bien =C3=A9t=C3=A9 enregistr=C3=A9e.

L'=C3=A9quipe d'assistance
""")

_mid_au19 = desk_msgid("SUP-005927", qd("2025-02-18 14:00"))
M(cat="automated", auto=False, uai=None, region=GPE, platform=None,
  hard=False, lang="fr", tz=-4,
  notes="Outlook 'Non lu :' notice (message deleted without being read), disposition-notification. Region from the ac-guadeloupe.fr sender.",
  frm=("Max Moutoussamy", "max.moutoussamy@ac-guadeloupe.fr"),
  mailer="outlook", date="2025-02-27 07:40",
  in_reply_to=_mid_au19,
  subj="Non lu : [#SUP-005927] Votre demande d'abonnement",
  mime=('multipart/report; report-type=disposition-notification;\n'
        ' boundary="----=_NextPart_000_0B17_01DB8909.4C2E7F30"',
        """------=_NextPart_000_0B17_01DB8909.4C2E7F30
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + qp("""Votre message

  À : Max Moutoussamy
  Objet : [#SUP-005927] Votre demande d'abonnement
  Envoyé : mardi 18 février 2025 14:00:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été supprimé sans avoir été lu le jeudi 27 février 2025 07:40:12 (UTC-04:00) Georgetown, La Paz, Manaus, San Juan.
""") + """
------=_NextPart_000_0B17_01DB8909.4C2E7F30
Content-Type: message/disposition-notification

Reporting-UA: CDI-POSTE1; Microsoft Outlook 16.0
Final-Recipient: rfc822;max.moutoussamy@ac-guadeloupe.fr
Original-Message-ID: """ + _mid_au19 + """
Disposition: manual-action/MDN-sent-manually; deleted

------=_NextPart_000_0B17_01DB8909.4C2E7F30--
"""))

M(cat="automated", auto=False, uai=None, region=PACA, platform=None,
  hard=False, lang="en",
  notes="English out-of-office from an international-section teacher (Auto-Submitted: auto-replied). Region from the ac-nice.fr sender.",
  frm=("Oliver Grant", "oliver.grant@ac-nice.fr"),
  mailer="raw", date="2025-02-21 16:20",
  headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
  subj="Away: [#SUP-005940] New subscription not showing",
  body="""Hello,

I am away for the February half-term and will be back on 3 March. I will reply to your message then.

Oliver Grant
International section, Lycée Honoré d'Estienne d'Orves, Nice
""")


# ==========================================================================
# other
# ==========================================================================
_q_ot1 = qd("2025-02-06 08:55")
M(cat="other", auto=False, uai=None, region=CORSE, platform="esidoc",
  hard=True, lang="fr",
  notes="Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from the ac-corse.fr sender.",
  frm=("Vannina Leca", "vannina.leca@ac-corse.fr"),
  mailer="gmail", date="2025-02-06 09:31",
  subj="Re: [#SUP-005851] Mot de passe portail CDI",
  in_reply_to=desk_msgid("SUP-005851", _q_ot1),
  body="""Parfait, le lien a fonctionné et j'ai pu choisir un nouveau mot de passe. Merci beaucoup pour la rapidité !

Vannina

""" + reply_quote_gmail("Assistance <support@assistance.example.fr>", _q_ot1, """Bonjour,

Votre demande a été traitée : l'adresse de contact de l'établissement vient de recevoir un lien pour définir un nouveau mot de passe, utilisable pendant 12 heures.

L'équipe d'assistance"""))

M(cat="other", auto=False, uai=None, region=None, platform=None,
  hard=True, lang="fr", auth="fail",
  notes="Phishing: 'votre quota de messagerie est dépassé, confirmez votre mot de passe'. Mentions a password but is not password_reset; the look-alike domain is not an académie domain, so no region.",
  frm=("Service Messagerie Académique", "support@ac-aix-marseille-messagerie.com"),
  mailer="raw", date="2025-02-16 03:12",
  subj="Alerte : quota de votre boîte aux lettres dépassé",
  html="""<html><body style="font-family:Arial">
<p>Cher utilisateur,</p>
<p>Votre boîte aux lettres a atteint <b>98 %</b> de son quota. Les nouveaux messages seront <b>rejetés</b> sous 24 heures.</p>
<p>Pour conserver vos messages, confirmez votre identifiant et votre mot de passe :</p>
<p><a href="http://ac-aix-marseille-messagerie.com/verification/login.php" style="background:#0055a4;color:#fff;padding:8px 14px;text-decoration:none">VÉRIFIER MON COMPTE</a></p>
<p>Service Messagerie Académique<br>© 2025 Académie</p>
</body></html>
""",
  body="""Cher utilisateur,

Votre boîte aux lettres a atteint 98 % de son quota. Les nouveaux messages seront rejetés sous 24 heures.

Pour conserver vos messages, confirmez votre identifiant et votre mot de passe :
http://ac-aix-marseille-messagerie.com/verification/login.php

Service Messagerie Académique
""")

M(cat="other", auto=False, uai=None, region=None, platform=None,
  hard=False, lang="en",
  notes="English SEO / link-building spam.",
  frm=("Jessica Miles", "jessica.miles.outreach@gmail.com"),
  mailer="gmail", date="2025-02-08 22:47", cte="7bit", charset="utf-8",
  subj="Quick question about your website",
  body="""Hi there,

I was browsing your website and noticed it is not ranking on the first page of Google for several important keywords in your niche.

We are a small team of SEO experts and we can get you guaranteed first-page results within 30 days, with high-authority backlinks at a very affordable price.

Shall I send you a free audit and our price list?

Cheers,
Jessica
""")

M(cat="other", auto=False, uai=None, region=None, platform=None,
  hard=False, lang="fr",
  notes="A parent asks about the pupils' ski trip departure time: wrong address, unrelated to the services.",
  frm=("Sandrine Peirano", "sandrine.peirano@hotmail.fr"),
  mailer="o365", date="2025-02-09 20:14",
  subj="Séjour ski 5e B",
  body="""Bonjour,

Mon fils est en 5e B et part en séjour ski à Auron la semaine prochaine. Le papier distribué aux élèves ne précise pas l'heure de départ du car lundi matin ni la liste des affaires. Pouvez-vous me renseigner ?

Merci,
Sandrine Peirano
""")

M(cat="other", auto=False, uai=None, region=None, platform=None,
  hard=False, lang="fr",
  notes="Cold sales prospecting for CDI shelving, written to one person (no list headers): other, not automated.",
  frm=("Julien Abravanel", "j.abravanel@agencement-biblio-sud.fr"),
  mailer="outlook", date="2025-02-04 09:30",
  subj="Rayonnages et mobilier pour vos CDI",
  body="""Bonjour,

Fabricant varois de mobilier de bibliothèque, nous équipons depuis quinze ans les CDI et médiathèques de la région : rayonnages, bacs à albums, banques de prêt, assises modulables.

À l'approche des commandes de printemps, je serais ravi de vous présenter notre catalogue 2025 lors d'un rendez-vous de vingt minutes, en visioconférence ou sur place.

Quelles seraient vos disponibilités ?

Julien Abravanel
Responsable commercial
Agencement Biblio Sud - La Garde
""")

M(cat="other", auto=False, uai=None, region=None, platform=None,
  hard=False, lang="fr",
  notes="GDPR erasure request from a former town buyer who left her post: other (human review), not account_creation.",
  frm=("Maryline Coste", "maryline.coste@laposte.net"),
  mailer="roundcube", date="2025-02-14 18:40",
  subj="Demande de suppression de mes données personnelles (RGPD)",
  body="""Madame, Monsieur,

J'ai quitté en décembre mes fonctions au service achats de la mairie de Pertuis, où je disposais d'un accès à votre plateforme.

En application de l'article 17 du règlement général sur la protection des données, je vous demande de procéder à l'effacement de l'ensemble des données personnelles me concernant et de m'en confirmer la réalisation.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Maryline Coste
""")

M(cat="other", auto=False, uai=None, region=PACA, platform=None,
  hard=False, lang="fr",
  notes="'Bien reçu, merci.' from a phone: nothing to do. Region from the ac-nice.fr sender.",
  frm=("Alain Roux", "alain.roux@ac-nice.fr"),
  mailer="iphone", date="2025-02-12 17:03",
  subj="Re: [#SUP-005883] Votre demande",
  in_reply_to=desk_msgid("SUP-005883", qd("2025-02-12 15:20")),
  body="""Bien reçu, merci.

Envoyé de mon iPhone
""")

M(cat="other", auto=False, uai=None, region=None, platform=None,
  hard=True, lang="fr", auth="softfail",
  attach=[("Facture_FA2025-0219_impayee.pdf.html", "text/html",
           b"<html><script>location='http://paiement-factures-en-ligne.example.net/'</script></html>\n")],
  notes="Fake 'unpaid invoice' with a disguised attachment from an unknown sender: phishing, not order_billing.",
  frm=("Service Recouvrement", "recouvrement@factures-pro-fr.example.net"),
  mailer="raw", date="2025-02-19 06:51",
  subj="RELANCE : facture FA2025-0219 impayée - pénalités applicables",
  body="""Madame, Monsieur,

Sauf erreur de notre part, la facture FA2025-0219 d'un montant de 2 847,60 € TTC reste impayée à ce jour malgré nos relances.

Vous trouverez la facture en pièce jointe. Sans règlement sous 48 heures, des pénalités de retard et une indemnité forfaitaire de recouvrement seront appliquées.

Service Recouvrement
""")

M(cat="other", auto=False, uai=None, region=PACA, platform="ticket_portal",
  hard=False, lang="fr",
  notes="How to attach a screenshot to an existing ticket on the ticket portal: a how-to question with no category of its own. Region from the ac-aix-marseille.fr sender.",
  frm=("Pierre-Yves Castel", "pierre-yves.castel@ac-aix-marseille.fr"),
  mailer="thunderbird", date="2025-02-07 15:26",
  subj="Ajouter une capture d'écran à un ticket",
  body="""Bonjour,

Sur le portail de tickets, je ne trouve pas comment ajouter une capture d'écran à un ticket déjà ouvert : le bouton « répondre » n'accepte que du texte. Faut-il en ouvrir un nouveau ?

Merci,
Pierre-Yves Castel
""")

M(cat="other", auto=False, uai=None, region=None, platform=None,
  hard=False, lang="fr",
  notes="Angry complaint about unanswered messages that says nothing about the topic: no category can be told.",
  frm=("Roger Valentini", "r.valentini@mairie-sartene.fr"),
  mailer="outlook", date="2025-02-28 16:49",
  subj="Inadmissible",
  body="""Bonjour,

Troisième message sans réponse. C'est inadmissible pour un service public. Je vais saisir ma hiérarchie si personne ne daigne me répondre d'ici lundi.

R. Valentini
Mairie de Sartène
""")

M(cat="other", auto=False, uai=None, region=None, platform=None,
  hard=False, lang="en",
  notes="English; a foreign supplier asks how to get its products listed in the purchasing centre's catalogue: a commercial request, none of the categories.",
  frm=("Marco Bellandi", "export@bellandi-arredi.it"),
  mailer="o365", date="2025-02-11 10:04",
  subj="Becoming a supplier for French schools",
  body="""Dear Sir or Madam,

We are an Italian manufacturer of school furniture and we would like to offer our products to French public schools and municipalities through your purchasing centre.

Could you tell us how suppliers are selected, whether there is an upcoming call for tenders, and who we should contact?

Best regards,
Marco Bellandi
Export Manager - Bellandi Arredi S.r.l., Prato
""")

M(cat="other", auto=False, uai=None, region=None, platform=None,
  hard=False, lang="fr",
  notes="Unsolicited internship application from a BTS student, with a CV: unrelated.",
  frm=("Lina Ferhat", "lina.ferhat13@gmail.com"),
  mailer="gmail", date="2025-02-17 21:12",
  attach=[pdf_attachment("CV_Lina_Ferhat.pdf", "CV")],
  subj="Candidature stage BTS Gestion de la PME",
  body="""Madame, Monsieur,

Étudiante en première année de BTS Gestion de la PME au lycée Saint-Exupéry de Marseille, je recherche un stage de six semaines à partir du 12 mai. Le service achats d'une centrale publique m'intéresserait beaucoup.

Vous trouverez mon CV en pièce jointe.

Dans l'attente de votre réponse, je vous prie d'agréer mes salutations distinguées.

Lina Ferhat
""")

M(cat="other", auto=False, uai=None, region=None, platform="esignature",
  hard=True, lang="fr",
  notes="The e-signature circuit names the former mayor as signatory: about a convention, but neither access to contract documents nor a missing mail; only the document's sender can fix it, so other.",
  frm=("Cécile Tardieu", "cecile.tardieu@ville-digne.fr"),
  mailer="o365", date="2025-02-21 10:27",
  subj="Erreur de signataire dans le circuit de signature électronique de la convention - Ville de Digne-les-Bains",
  body="""Madame, Monsieur,

Le circuit de signature électronique de la convention d'adhésion qui nous a été adressé désigne comme signataire l'ancien maire de la commune, alors que l'actuel maire est en fonctions depuis juin 2024.

Il nous est impossible de modifier ce signataire depuis notre côté. Pourriez-vous faire corriger le circuit et nous adresser une nouvelle invitation ?

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Cécile Tardieu
Secrétariat général - Ville de Digne-les-Bains
""")

M(cat="other", auto=False, uai=None, region=None, platform="espace_acheteur",
  hard=False, lang="fr",
  notes="Asks when the next Espace Acheteur training session for buyers takes place: other.",
  frm=("Thierry Boeuf", "t.boeuf@mairie-saint-laurent-du-maroni.fr"),
  mailer="outlook", date="2025-02-19 08:40", tz=-3,
  subj="Session de formation à l'utilisation de l'Espace Acheteur - Mairie de Saint-Laurent-du-Maroni",
  body="""Madame, Monsieur,

Trois agents récemment recrutés par notre service de la commande publique auraient besoin d'une formation à l'utilisation de l'Espace Acheteur. Organisez-vous prochainement des sessions à distance, et selon quelles modalités d'inscription ?

Compte tenu du décalage horaire avec la Guyane, une session en fin de journée (heure de Paris) nous conviendrait mieux.

Avec mes remerciements,
Thierry Boeuf
Mairie de Saint-Laurent-du-Maroni
""")

_q_ot15 = qd("2025-02-13 16:40")
M(cat="other", auto=False, uai=None, region=None, platform="ecoledirecte",
  hard=True, lang="fr",
  notes="Thanks for fixing the transfers; mentions the maintenance password and EcoleDirecte only in passing and asks nothing (not transfer_incident).",
  frm=("Bénédicte Armand", "direction@ecole-stcharles-avignon.fr"),
  mailer="apple", date="2025-02-14 08:12",
  subj="Re: [#SUP-005888] Site EcoleDirecte en panne ?",
  in_reply_to=desk_msgid("SUP-005888", _q_ot15),
  body="""Bonjour,

Tout est rentré dans l'ordre : avec le mot de passe de maintenance que vous m'avez donné, la réparation s'est bien passée et les notes sont arrivées cette nuit sur EcoleDirecte. Les familles les voient ce matin.

Un grand merci pour votre réactivité,

Bénédicte Armand

> Le 13 févr. 2025 à 16:40, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
>
> Le mot de passe de maintenance du jour vous a été communiqué par téléphone. Après la réparation de la base, relancez un transfert complet.
>
> L'équipe d'assistance
""")

M(cat="other", auto=False, uai=None, region=None, platform=None,
  hard=False, lang="fr",
  notes="Handwritten request to stop receiving the newsletter: written by a person, so not automated.",
  frm=("Jacques Orlandini", "jacques.orlandini@wanadoo.fr"),
  mailer="thunderbird", date="2025-02-10 19:25",
  subj="désabonnement",
  body="""Bonjour,

Je suis retraité depuis un an et je reçois toujours votre lettre d'information. Merci de me retirer de vos listes.

J. Orlandini
""")

M(cat="other", auto=False, uai=None, region=None, platform=None,
  hard=True, lang="fr",
  notes="Misleading subject 'URGENT mot de passe': the teacher wants the password of his académie webmail, which the desk does not manage; none of the desk's products is concerned, so other.",
  frm=("Said Ahamada", "said.ahamada976@gmail.com"),
  mailer="android", date="2025-02-18 07:20", tz=3, cte="base64",
  subj="URGENT mot de passe",
  body="""Bonjour je n'arrive plus à me connecter à ma messagerie académique (webmail de l'académie de Mayotte), il me dit mot de passe expiré et je ne peux pas recevoir les convocations du bac blanc. Pouvez vous me réinitialiser le mot de passe de mon adresse académique svp ?
Said Ahamada, professeur de mathématiques, Mamoudzou
""")

M(cat="other", auto=False, uai=None, region=REU, platform=None,
  hard=False, lang="fr", tz=4,
  notes="Asks whether the desk is open during the school holidays: a general question with no category. Region from the ac-reunion.fr sender.",
  frm=("Christian Lebon", "christian.lebon@ac-reunion.fr"),
  mailer="zimbra", date="2025-02-07 14:02",
  subj="Assistance pendant les vacances ?",
  body="""Bonjour,

Votre service reste-t-il joignable pendant les vacances scolaires de février ? Et si oui, à quels horaires, heure de Paris ? Je préfère savoir avant de lancer des opérations sur notre portail.

Cordialement,
Christian Lebon
""")


# ==========================================================================
# main
# ==========================================================================
def main():
    assert len(SPECS) == 150, len(SPECS)
    order = list(range(len(SPECS)))
    random.Random(40).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        fname = "h%03d.eml" % n
        data, label = build(SPECS[idx], fname)
        # every message must parse back with the standard library
        import email
        from email import policy
        msg = email.message_from_bytes(data, policy=policy.default)
        assert msg["Message-ID"] and msg["Date"] and msg["From"], fname
        assert not msg.defects, (fname, msg.defects)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        labels.append(label)

    assert len(labels) == 150
    assert [l["file"] for l in labels] == ["h%03d.eml" % i
                                           for i in range(1, 151)]
    cats = {}
    for l in labels:
        cats[l["category"]] = cats.get(l["category"], 0) + 1
    assert set(cats) == CATEGORIES, set(CATEGORIES) - set(cats)
    hard = sum(l["hard"] for l in labels)
    auto = sum(l["auto_reply_ok"] for l in labels)
    assert 40 <= hard <= 60, hard
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")

    for c in sorted(cats, key=lambda c: -cats[c]):
        print("%-32s %3d" % (c, cats[c]))
    print("total %d, hard %d, auto_reply_ok %d, en %d" % (
        len(labels), hard, auto, sum(l["lang"] == "en" for l in labels)))


if __name__ == "__main__":
    main()

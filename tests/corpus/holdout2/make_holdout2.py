#!/usr/bin/env python3
"""Build tests/corpus/holdout2: a second, independent labelled set of support e-mails.

Every message below was written by hand for this set (synthetic, CC0 1.0).
People and schools are invented; académie domains and big free-mail providers are
real domain names because routing depends on them; IPs come from RFC 5737 ranges.

The script is deterministic: no clock, no random numbers; identifiers, boundaries
and default dates come from a SHA-256 of each message's key. It writes
g001.eml ... g120.eml (numbered in Date order) and labels.jsonl next to itself,
then checks them; it exits 1 and prints PROBLEM: lines if a check fails.

    python3 tests/corpus/holdout2/make_holdout2.py
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import html as htmlmod
import json
import re
import sys
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.message import EmailMessage
from pathlib import Path

OUT = Path(__file__).resolve().parent
POL = email.policy.SMTP.clone(max_line_length=78)
SUPPORT = "support@assistance.example.fr"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def U(d7):
    """A valid UAI from its 7 digits."""
    return d7 + LETTERS[int(d7) % 23]


def BAD(d7, shift=7):
    """A code with a wrong check letter (a typo)."""
    return d7 + LETTERS[(int(d7) + shift) % 23]


def good_letter(code):
    return LETTERS[int(code[:7]) % 23]


REGIONS = {
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
DEPT = {}
DOMAIN = {}
for _slug, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        DEPT[_d if len(_d) == 3 else "0" + _d] = _slug
    for _m in _doms.split():
        DOMAIN[_m] = _slug


def region_rule(uai, sender):
    if uai:
        return DEPT.get(uai[:3])
    dom = sender.rsplit("@", 1)[1].lower()
    for m, slug in DOMAIN.items():
        if dom == m or dom.endswith("." + m):
            return slug
    return None


def H(key, salt=""):
    return hashlib.sha256((salt + key).encode()).hexdigest()


def hnum(key, salt, mod):
    return int(H(key, salt)[:12], 16) % mod


# ---------------------------------------------------------------- dates
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _last_sunday(year, month):
    d = dt.date(year, month, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def paris_offset(local):
    y = local.year
    start = dt.datetime.combine(_last_sunday(y, 3), dt.time(2))
    end = dt.datetime.combine(_last_sunday(y, 10), dt.time(3))
    return 2 if start <= local < end else 1


def rfc_date(local, utc=False, pad=True):
    off = paris_offset(local)
    if utc:
        local = local - dt.timedelta(hours=off)
        tz = "+0000"
    else:
        tz = "+0%d00" % off
    day = ("%02d" if pad else "%d") % local.day
    return "%s, %s %s %d %02d:%02d:%02d %s" % (DAYS[local.weekday()], day, MONTHS[local.month - 1],
                                              local.year, local.hour, local.minute, local.second, tz)


def default_date(key, weekend_ok=False):
    base = dt.datetime(2025, 1, 6)
    for i in range(40):
        d = base + dt.timedelta(days=hnum(key, "day%d" % i, 505))
        if weekend_ok or d.weekday() < 5:
            break
    hour = 7 + hnum(key, "h", 12)
    return d.replace(hour=hour, minute=hnum(key, "m", 60), second=hnum(key, "s", 60))


def parse_date(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(second=17)


# ---------------------------------------------------------------- headers
def enc(value, name, mode="b", charset="utf-8"):
    """Header value, RFC 2047 encoded when needed, folded with CRLF."""
    try:
        value.encode("ascii")
        return Header(value, "us-ascii", header_name=name, maxlinelen=78).encode(linesep="\r\n")
    except UnicodeEncodeError:
        cs = Charset(charset)
        cs.header_encoding = BASE64 if mode == "b" else QP
        out = Header(value, cs, header_name=name, maxlinelen=78).encode(linesep="\r\n")
        return spell(out, mode)


def spell(encoded, mode):
    """Encoded-word spelling as the client family writes it."""
    if mode == "b":      # Outlook, Gmail
        return encoded.replace("=?utf-8?b?", "=?UTF-8?B?")
    return encoded.replace("=?utf-8?q?", "=?UTF-8?Q?")


def addr(name, address, mode="b"):
    if not name:
        return address
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', ''), address)
        return "%s <%s>" % (name, address)
    except UnicodeEncodeError:
        cs = Charset("utf-8")
        cs.header_encoding = BASE64 if mode == "b" else QP
        return "%s <%s>" % (spell(Header(name, cs).encode(), mode), address)


def uuid_like(key, upper=False):
    h = H(key, "uuid")
    s = "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])
    return s.upper() if upper else s


MX_IDS = "BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz0123456789"


def qid(key, salt="q"):
    h = H(key, salt)
    return "4" + "".join(MX_IDS[int(h[i:i + 2], 16) % len(MX_IDS)] for i in range(0, 28, 2))


def ip(key, salt):
    nets = ["192.0.2", "198.51.100", "203.0.113"]
    return "%s.%d" % (nets[hnum(key, salt + "n", 3)], 10 + hnum(key, salt, 240))


def relay_for(client, dom, key):
    n = hnum(key, "relay", 9) + 1
    if dom == "gmail.com":
        return "mail-wm1-f%d.google.com" % (40 + n)
    if client in ("outlook", "android") and dom in ("outlook.fr", "hotmail.fr", "hotmail.com", "outlook.com", "live.fr"):
        return "EUR0%d-DB%d-obe.outbound.protection.outlook.com" % (n % 5 + 1, n + 3)
    if client in ("outlook", "android"):
        return "PA%dP264CU00%d.outbound.protection.outlook.com" % (n % 6 + 3, n)
    if dom in ("orange.fr", "wanadoo.fr"):
        return "smtp-%d.orange.fr" % (10 + n)
    if dom == "free.fr":
        return "smtp%d-g21.free.fr" % (n % 6 + 1)
    if dom == "laposte.net":
        return "smtp-out%d.laposte.net" % n
    if dom in ("icloud.com", "me.com"):
        return "st43p00im-ztdg1010%d.me.com" % n
    if dom.startswith("ac-") or ".ac-" in dom:
        base = dom.split(".", 1)[1] if dom.count(".") > 1 else dom
        return "smtp%d.%s" % (n % 4 + 1, base)
    return "mail.%s" % dom


NO_DKIM = {"sivu-", "mairie-"}


def auth_results(dom, retdom, auth):
    if auth == "pass":
        dk = "dkim=pass (2048-bit key) header.d=%s" % dom
        if any(dom.startswith(p) for p in NO_DKIM):
            dk = "dkim=none"
        return ("Authentication-Results: mx1.assistance.example.fr;\r\n\t%s;\r\n\tspf=pass smtp.mailfrom=%s;\r\n"
                "\tdmarc=pass (p=none dis=none) header.from=%s" % (dk, retdom, dom))
    if auth == "softfail":
        return ("Authentication-Results: mx1.assistance.example.fr;\r\n\tdkim=fail reason=\"signature verification failed\" header.d=%s;\r\n"
                "\tspf=softfail smtp.mailfrom=%s;\r\n\tdmarc=fail (p=none dis=none) header.from=%s" % (dom, retdom, dom))
    if auth == "fail":
        return ("Authentication-Results: mx1.assistance.example.fr;\r\n\tdkim=none;\r\n\tspf=fail smtp.mailfrom=%s;\r\n"
                "\tdmarc=fail (p=reject dis=quarantine) header.from=%s" % (retdom, dom))
    if auth == "none":
        return ("Authentication-Results: mx1.assistance.example.fr;\r\n\tdkim=none;\r\n\tspf=pass smtp.helo=%s;\r\n"
                "\tdmarc=none" % retdom)
    raise ValueError(auth)


def client_profile(client, key, sender, local):
    """Message-ID, date string, extra client headers, subject encoding mode."""
    h = H(key, "mid")
    dom = sender.rsplit("@", 1)[1].lower()
    extra = []
    if client in ("outlook", "android"):
        box = "PR%dP264MB%d" % (hnum(key, "box", 3) + 1, 1000 + hnum(key, "boxn", 8999))
        mid = "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (box, h[:24].upper(), box)
        date = rfc_date(local, utc=True)
        ti = base64.b64encode(bytes.fromhex(h[24:56])).decode()
        extra = [("Thread-Topic", None), ("Thread-Index", ti), ("Accept-Language", "fr-FR, en-US"),
                 ("Content-Language", "fr-FR"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
        mode = "b"
    elif client == "gmail":
        mid = "<CA%s@mail.gmail.com>" % base64.urlsafe_b64encode(bytes.fromhex(h[:48])).decode().replace("-", "+")
        date = rfc_date(local, pad=False)
        mode = "b"
    elif client == "thunderbird":
        mid = "<%s@%s>" % (uuid_like(key), dom)
        date = rfc_date(local)
        extra = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")]
        mode = "q"
    elif client == "zimbra":
        mid = "<%d.%d.%d.JavaMail.zimbra@%s>" % (100000 + hnum(key, "z1", 899999), hnum(key, "z2", 99999),
                                                  1735000000000 + hnum(key, "z3", 10 ** 10), dom)
        date = rfc_date(local)
        extra = [("X-Mailer", "Zimbra 9.0.0_GA_4597 (ZimbraWebClient - FF13%d (Win)/9.0.0_GA_4597)" % hnum(key, "ff", 9)),
                 ("Thread-Topic", None), ("Thread-Index", base64.b64encode(bytes.fromhex(h[:20])).decode()[:22])]
        mode = "q"
    elif client == "iphone":
        mid = "<%s@%s>" % (uuid_like(key, upper=True), dom)
        date = rfc_date(local)
        extra = [("X-Mailer", "iPhone Mail (22D%d)" % (60 + hnum(key, "ios", 30)))]
        mode = "q"
    elif client == "apple":
        mid = "<%s@%s>" % (uuid_like(key, upper=True), dom)
        date = rfc_date(local)
        extra = [("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")]
        mode = "q"
    elif client == "roundcube":
        mid = "<%s@%s>" % (h[:32], dom)
        date = rfc_date(local)
        extra = [("User-Agent", "Roundcube Webmail/1.6.%d" % (hnum(key, "rc", 9) + 1))]
        mode = "q"
    elif client == "orange":
        mid = "<%d.%d.%d@wwinf%d>" % (100000000 + hnum(key, "o1", 899999999), hnum(key, "o2", 99999),
                                      1735000000000 + hnum(key, "o3", 10 ** 10), 2200 + hnum(key, "o4", 99))
        date = rfc_date(local)
        extra = [("X-Originating-IP", "[%s]" % ip(key, "orig"))]
        mode = "q"
    elif client == "samsung":
        mid = "<%s@email.android.com>" % h[:26]
        date = rfc_date(local)
        mode = "b"
    elif client == "system":
        mid = "<%s@%s>" % (h[:24], dom)
        date = rfc_date(local)
        mode = "q"
    else:
        raise ValueError(client)
    return mid, date, extra, mode


# ---------------------------------------------------------------- bodies
def to_html(text, client, charset="utf-8"):
    """A plausible HTML rendering of a plain text body."""
    out = []
    quote = False
    for line in text.split("\n"):
        q = line.startswith(">")
        if q and not quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
        if quote and not q:
            out.append("</blockquote>")
        quote = q
        content = htmlmod.escape(line.lstrip("> ") if q else line, quote=False)
        if client in ("outlook", "android"):
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (content or "&nbsp;"))
        elif client == "gmail":
            out.append("<div>%s</div>" % (content or "<br>"))
        else:
            out.append("%s<br>" % content)
    if quote:
        out.append("</blockquote>")
    inner = "\r\n".join(out)
    if client in ("outlook", "android"):
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\r\n<head>\r\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\r\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\r\n'
                '<style><!--\r\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\r\n'
                '--></style>\r\n</head>\r\n<body lang="FR" link="#0563C1" vlink="#954F72">\r\n'
                '<div class="WordSection1">\r\n%s\r\n</div>\r\n</body>\r\n</html>\r\n' % (charset, inner))
    if client == "gmail":
        return '<div dir="ltr">\r\n%s\r\n</div>\r\n' % inner
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
            '<body style="font-family: Arial, sans-serif; font-size: 12pt">\r\n%s\r\n</body></html>\r\n' % (charset.upper(), inner))


def boundary(key, n, client):
    h = H(key, "b%d" % n)
    if client in ("outlook", "android"):
        return "_00%d_%s_" % (n, h[:28].upper())
    if client == "gmail":
        return "0000000000%s" % h[:18]
    if client in ("iphone", "apple"):
        return "Apple-Mail-%s" % uuid_like(key + str(n), upper=True)
    return "----=_Part_%d_%d.%d" % (hnum(key, "p%d" % n, 999999), hnum(key, "q%d" % n, 99999999), 1735000000000 + hnum(key, "r", 10 ** 10))


PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def build_mime(m):
    """The MIME tree (an EmailMessage without trace / address headers)."""
    if m.get("mime"):
        root = m["mime"](m)
    else:
        text = m["body"].strip("\n") + "\n"
        cs = m.get("charset", "utf-8")
        cte = m.get("cte") or ("quoted-printable" if cs != "utf-8" or m["client"] in ("outlook", "iphone", "android") else "8bit")
        if cs == "utf-8" and cte == "8bit" and m["lang"] == "en" and all(ord(c) < 128 for c in text):
            cte = "7bit"
        fmt = m.get("fmt", "plain")
        root = EmailMessage(policy=POL)
        if fmt == "plain":
            root.set_content(text, charset=cs, cte=cte)
        elif fmt == "alt":
            root.set_content(text, charset=cs, cte=cte)
            root.add_alternative(to_html(text, m["client"], cs), subtype="html", charset=cs, cte=cte)
        elif fmt == "html":
            root.set_content(to_html(text, m["client"], cs), subtype="html", charset=cs, cte=cte)
        else:
            raise ValueError(fmt)
        for fname, data in m.get("attach", []):
            if fname.lower().endswith(".pdf"):
                root.add_attachment(data, maintype="application", subtype="pdf", filename=fname)
            else:
                root.add_attachment(data, maintype="image", subtype="png", filename=fname)
    n = 0
    for part in root.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(boundary(m["key"], n, m["client"]))
        if part is not root and "MIME-Version" in part:
            del part["MIME-Version"]
    if "MIME-Version" in root:
        del root["MIME-Version"]
    return root


def build(m):
    key = m["key"]
    name, sender = m["frm"]
    dom = sender.rsplit("@", 1)[1].lower()
    local = m["local"]
    mid, date, extra, mode = client_profile(m["client"], key, sender, local)
    m["message_id"] = mid
    rp = m.get("return_path", sender)
    retdom = rp.rsplit("@", 1)[1].lower() if "@" in rp else dom
    to = m.get("to", "Assistance <%s>" % SUPPORT)
    rcpt = re.search(r"[\w.+-]+@[\w.-]+", to).group(0) if m.get("envelope_to") is None else m["envelope_to"]
    to_addr = re.search(r"[\w.+-]+@[\w.-]+", to).group(0)
    recv_local = local + dt.timedelta(seconds=3 + hnum(key, "delay", 40))
    lines = []
    lines.append("Return-Path: <%s>" % rp)
    lines.append("Delivered-To: %s" % rcpt)
    relay = m.get("relay") or relay_for(m["client"], dom, key)
    lines.append("Received: from %s (%s [%s])\r\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\r\n"
                 "\tfor <%s>; %s (%s)" % (relay, relay, ip(key, "relay"), qid(key), rcpt,
                                          rfc_date(recv_local, pad=False), "CEST" if paris_offset(local) == 2 else "CET"))
    lines.append(auth_results(dom, retdom, m.get("auth", "pass")))
    if m["client"] in ("thunderbird", "roundcube", "apple", "zimbra"):
        sub = dom if dom.count(".") < 2 else dom
        lines.append("Received: from [192.168.%d.%d] (unknown [%s])\r\n\tby smtp.%s with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
            hnum(key, "lan1", 3), 10 + hnum(key, "lan2", 200), ip(key, "client"), sub, H(key, "sa")[:10].upper(),
            to_addr, rfc_date(local)))
    for hn, hv in m.get("top_headers", []):
        lines.append("%s: %s" % (hn, hv))
    subj_hdr = enc(m["subj"], "Subject", mode)
    lines.append("From: %s" % addr(name, sender, mode))
    lines.append("To: %s" % to)
    if m.get("cc"):
        lines.append("Cc: %s" % m["cc"])
    if m.get("reply_to"):
        lines.append("Reply-To: %s" % m["reply_to"])
    lines.append("Subject: %s" % subj_hdr)
    for hn, hv in extra:
        if hn == "Thread-Topic":
            topic = re.sub(r"^(?:(?:RE|Re|TR|Fwd|FW|AW|Réf)\s*:\s*)+", "", m["subj"])
            lines.append("Thread-Topic: %s" % enc(topic, "Thread-Topic", mode))
    lines.append("Date: %s" % date)
    lines.append("Message-ID: %s" % mid)
    if m.get("irt"):
        lines.append("In-Reply-To: %s" % m["irt"])
        lines.append("References: %s" % m.get("refs", m["irt"]))
    for hn, hv in extra:
        if hn != "Thread-Topic":
            lines.append(("%s: %s" % (hn, hv)).rstrip() if hv else "%s: " % hn)
    for hn, hv in m.get("headers", []):
        lines.append("%s: %s" % (hn, hv))
    lines.append("MIME-Version: 1.0")
    root = build_mime(m)
    body = root.as_bytes(policy=POL)
    head = "\r\n".join(lines).encode("ascii") + b"\r\n"
    return head + body


MSGS = []


def M(**kw):
    kw.setdefault("uai", None)
    kw.setdefault("platform", None)
    kw.setdefault("hard", False)
    kw.setdefault("lang", "fr")
    kw.setdefault("ar", False)
    kw.setdefault("bad", [])
    kw.setdefault("extra_uais", [])
    MSGS.append(kw)

# ================================================================ password_reset (18)
u = U("0691842")
M(key="pr-lyon-doc", cat="password_reset", ar=True, uai=u, platform="esidoc",
  notes="New librarian, forgotten e-sidoc password; UAI given as RNE in the signature.",
  frm=("Camille Vauquelin", "camille.vauquelin@ac-lyon.fr"), client="outlook", fmt="alt",
  subj="Mot de passe e-sidoc oublié",
  body=f"""
Bonjour,

Je viens de prendre mon poste au CDI du collège des Canuts et je n'arrive pas à me connecter à l'interface de gestion d'e-sidoc : mon mot de passe n'est pas reconnu et je ne me souviens plus de celui que j'avais choisi en septembre.

Pourriez-vous me renvoyer un lien pour en créer un nouveau ?

Bien cordialement,

Camille Vauquelin
Professeure documentaliste
Collège des Canuts - Villeurbanne
RNE : {u}
04 72 00 18 42
""")

u = U("0311457")
M(key="pr-toulouse-phone", cat="password_reset", ar=True, uai=u, platform="esidoc",
  notes="Phone-typed, lower case, no accents: account locked after three wrong tries; UAI written as rne.",
  frm=("nathalie b", "nath.bergounioux@gmail.com"), client="iphone",
  subj="mdp esidoc",
  body=f"""
bjr
jarrive plus a me connecter sur esidoc, compte bloqué apres 3 essais. rne {u}
vous pouvez debloquer svp ?
cdt
nathalie bergounioux, cdi lycee toulouse-lautrec

Envoyé de mon iPhone
""")

M(key="pr-en-intl", cat="password_reset", ar=True, platform="esidoc", lang="en",
  notes="English, forgotten password of the library portal; no UAI, private school domain, no region.",
  frm=("Fiona Gallagher", "f.gallagher@international-school-rivages.fr"), client="gmail", fmt="alt",
  subj="Forgotten password - library portal",
  body="""
Hello,

I look after the English-section library at our school and I have forgotten the password I use to log in to e-sidoc (the back office, not the public catalogue). The "forgot password" page just keeps loading.

Could you reset it for me, please?

Many thanks,
Fiona Gallagher
Librarian, English Section
""")

u = U("0442196")
M(key="pr-perso-address", cat="password_reset", ar=False, uai=u, platform="esidoc", hard=True,
  notes="Reset wanted, but asks us to send the new password to a personal Gmail address not on file: no auto reply.",
  frm=("Sandrine Le Goff", "sandrine.legoff44@gmail.com"), client="gmail",
  subj="Demande de nouveau mot de passe - portail CDI",
  body=f"""
Bonjour,

Je n'ai plus accès à la boîte mail du CDI (elle a été supprimée lors du changement de messagerie de l'établissement), et du coup je ne peux plus récupérer mon mot de passe e-sidoc.

Est-ce que vous pourriez m'envoyer directement le nouveau mot de passe sur mon adresse personnelle, sandrine.legoff44@gmail.com ? Ce serait beaucoup plus simple pour moi.

Lycée Gabriel-Guist'hau, code établissement {u}

Merci beaucoup
Sandrine Le Goff
""")

bad = BAD("0332871")
M(key="pr-wrong-letter", cat="password_reset", ar=False, platform="espace_acheteur", hard=True, bad=[bad],
  notes=f"Forgotten Espace Acheteur identifier; the code {bad} has a wrong check letter (should end in {good_letter(bad)}), so uai null and no auto reply. Sender not academic: no region.",
  frm=("Gestion Lycée Montaigne", "gestion.montaigne@lyc-montaigne-bx.fr"), client="outlook", fmt="alt",
  subj="Identifiant Espace Acheteur",
  body=f"""
Madame, Monsieur,

Je ne retrouve plus l'identifiant qui me permet d'accéder à l'Espace Acheteur. Notre établissement est le {bad}.
Pouvez-vous me le communiquer ou me permettre de le réinitialiser ?

Cordialement,

Service de gestion
Lycée Montaigne
""")

u = U("0351264")
M(key="pr-expired-link", cat="password_reset", ar=True, uai=u, platform="esidoc", hard=True,
  notes="Negation: the reset mail does arrive ('pas un problème de spam'), but the link is expired: password_reset, not missing_noreply_mail.",
  frm=("Yann Quéré", "yann.quere@ac-rennes.fr"), client="zimbra",
  subj="Lien de réinitialisation expiré",
  body=f"""
Bonjour,

Je précise tout de suite : ce n'est pas un problème de courrier indésirable, le mail de réinitialisation arrive bien dans ma boîte, en quelques secondes.
Le problème, c'est que quand je clique sur le lien, la page m'indique « lien expiré ou invalide ». J'ai essayé trois fois, avec Firefox et Edge.

Je souhaite simplement changer mon mot de passe e-sidoc.

Yann Quéré
Documentaliste - Collège Les Gayeulles ({u})
""")

u = U("0130962")
M(key="pr-ed-not-maintenance", cat="password_reset", ar=True, uai=u, platform="ecoledirecte", hard=True,
  notes="EcoleDirecte: the sender has the daily maintenance code; it is her own login that is locked: password_reset, not transfer_incident.",
  frm=("Secrétariat Collège Bellevue", "secretariat.clg-bellevue@orange.fr"), client="orange",
  subj="EcoleDirecte : compte bloqué",
  body=f"""
Bonjour,

Mon compte EcoleDirecte est bloqué depuis ce matin (trop de tentatives, je pense que le verrouillage majuscules était activé...).
Je ne parle pas du code de maintenance quotidien, que j'ai bien reçu et qui fonctionne : c'est mon identifiant personnel qui ne passe plus.

Merci de me dire comment récupérer l'accès.
UAI {u}

M. Orsini
Secrétariat de direction
""")

u = U("0590734")
M(key="pr-two-topics", cat="password_reset", ar=False, uai=u, platform="esidoc", hard=True,
  notes="Two topics: a reset and a Cafeyn subscription not yet visible; main topic reset, no auto reply for two-topic mail.",
  frm=("Hélène Dupuis-Cardon", "helene.dupuis-cardon@ac-lille.fr"), client="thunderbird",
  subj="Deux petites choses",
  body=f"""
Bonjour,

1) Je n'arrive plus à me connecter à e-sidoc, mon mot de passe semble ne plus être valable (il a peut-être expiré ?). Pouvez-vous le réinitialiser ?

2) Par ailleurs, nous avons commandé l'abonnement Cafeyn la semaine dernière et je ne le vois pas encore dans nos ressources. Est-ce normal ?

Merci d'avance,
Hélène Dupuis-Cardon
CDI - Lycée Jean-Bart, Dunkerque ({u})
""")

M(key="pr-en-buyer-locked", cat="password_reset", ar=True, platform="espace_acheteur", lang="en",
  notes="English buyer, account locked on the buyer space; no UAI, no academic domain.",
  frm=("Mark Ellison", "m.ellison@comcom-val-de-sevre.fr"), client="outlook",
  subj="Account locked - buyer space",
  body="""
Hi,

My account on the Espace Acheteur has been locked after several failed login attempts. Could you unlock it or send me a reset link?

Thanks,
Mark Ellison
Procurement officer
""")

u = U("0212384")
M(key="pr-ce-sender-only", cat="password_reset", ar=True, uai=u, platform="esidoc", hard=True,
  notes="UAI only in the lower-case ce.<uai>@ac-dijon.fr sender address; short administrator reset request.",
  frm=("", "ce.%s@ac-dijon.fr" % u.lower()), client="zimbra",
  subj="mot de passe administrateur",
  body="""
Bonjour,

Impossible de retrouver le mot de passe administrateur de notre e-sidoc.
Pouvez-vous nous envoyer une procédure de réinitialisation à cette adresse ?

Merci
Le CDI
""")

u = U("0452073")
M(key="pr-subject-only", cat="password_reset", ar=True, uai=u, platform="esidoc",
  notes="Problem only in the subject; the body says 'voir objet'.",
  frm=("Pascale Merlin", "pascale.merlin@ac-orleans-tours.fr"), client="zimbra",
  subj="mot de passe perdu esidoc clg Val de Loire",
  body=f"""
Bonjour,
voir objet.
Merci

P. Merlin
Collège Val de Loire - {u}
""")

M(key="pr-long-identifiant", cat="password_reset", ar=True, platform="espace_acheteur",
  charset="windows-1252", client="outlook", fmt="alt",
  notes="Long story from a town hall buyer who does not know her identifier; clear single topic; windows-1252.",
  frm=("Véronique Aubertin", "v.aubertin@mairie-saint-leger.fr"), auth="pass",
  subj="Identifiant de connexion à l'Espace Acheteur",
  body="""
Bonjour,

Je me permets de vous écrire car je suis un peu perdue. Je travaille au service des affaires générales de la mairie depuis le mois de janvier, et j'ai repris le suivi des achats de fournitures pour les écoles de la commune. Ma prédécesseure utilisait l'Espace Acheteur et m'a laissé une note avec l'adresse du site, mais pas l'identifiant.

J'ai essayé avec l'adresse mail de la mairie, celle du service, et mon adresse nominative : à chaque fois on me répond que l'identifiant est inconnu ou que le mot de passe est faux. Je ne connais pas le mot de passe non plus, évidemment.

Pourriez-vous me dire quel est notre identifiant et comment obtenir un nouveau mot de passe ?

Je vous remercie par avance de votre aide.

Véronique Aubertin
Affaires générales - Mairie de Saint-Léger
03 85 00 47 12
""")

M(key="pr-montpellier-typo", cat="password_reset", ar=True, platform="esidoc",
  notes="Misspelled 'e-sydoc'; no UAI, region from the ac-montpellier.fr sender.",
  frm=("Jérôme Castan", "jerome.castan@ac-montpellier.fr"), client="zimbra",
  subj="Connexion e-sydoc impossible",
  body="""
Bonjour,

Depuis les vacances je n'arrive plus à entrer dans e-sydoc : « identifiant ou mot de passe incorrect ». J'ai dû oublier le mot de passe.
Merci de bien vouloir me le réinitialiser.

Cordialement,
J. Castan, professeur documentaliste
""")

u = U("0783215")
M(key="pr-en-ticket-portal", cat="password_reset", ar=True, uai=u, platform="ticket_portal", lang="en",
  notes="English: forgot the password of the support ticket portal; UAI in the body.",
  frm=("Daniel Okafor", "daniel.okafor@ac-versailles.fr"), client="outlook", fmt="alt",
  subj="Can't log in to the support portal",
  body=f"""
Good morning,

I opened a ticket last month through your support portal and now I can't log back in to follow it: I've forgotten my password and the reset form says "unknown user".

My school is Lycée international de Saint-Germain-en-Laye (UAI {u}).

Could you help me reset it?

Best regards,
Daniel Okafor
""")

u = U("9722318")
M(key="pr-martinique-android", cat="password_reset", ar=True, uai=u, platform="esidoc",
  notes="UAI in brackets in the subject; expired password; Outlook for Android.",
  frm=("Ginette Rosette", "ginette.rosette@ac-martinique.fr"), client="android",
  subj=f"[{u}] mdp expiré e-sidoc",
  body="""
Bonjour, mon mot de passe e-sidoc a expiré et le site me demande d'en changer mais refuse l'ancien. Que faire ? Merci

Obtenir Outlook pour Android
""")

u = U("0861409")
M(key="pr-followup-link", cat="password_reset", ar=False, uai=u, platform="esidoc",
  irt="<SUP-020417.1749711600.4c2e19@assistance.example.fr>",
  notes="Follow-up quoting our reset answer: the link sent is already expired; an answer was already sent, so no auto reply.",
  frm=("Agnès Pouvreau", "agnes.pouvreau@ac-poitiers.fr"), client="thunderbird", date="2025-06-12 16:05",
  subj="Re: [#SUP-020417] Mot de passe e-sidoc",
  body=f"""
Bonjour,

Merci pour votre réponse rapide, mais le lien ne fonctionne pas : quand je l'ouvre ce matin il est déjà indiqué comme expiré.
Pouvez-vous m'en renvoyer un ? Je l'utiliserai tout de suite cette fois.

Agnès Pouvreau
Collège Jean-Moulin, Poitiers - {u}

Le 11/06/2025 à 09:40, Assistance a écrit :
> Bonjour,
>
> Nous vous avons adressé un lien permettant de choisir un nouveau mot de
> passe. Il est valable quelques heures.
>
> Bien cordialement,
> L'équipe d'assistance
""")

M(key="pr-en-esign", cat="password_reset", ar=True, platform="esignature", lang="en",
  notes="English: password of the e-signature platform no longer accepted; no UAI.",
  frm=("Priya Raman", "priya.raman@outlook.fr"), client="outlook",
  subj="e-signature login",
  body="""
Hello, I need to sign a document on your e-signature platform but my password is no longer accepted. I probably mixed it up with another one. How do I reset it? Thank you. Priya
""")

u = U("9741128")
M(key="pr-reunion-html", cat="password_reset", ar=True, uai=u, platform="esidoc", fmt="html",
  notes="HTML-only Outlook body; account locked; UAI in the signature.",
  frm=("Marie-Josée Payet", "marie-josee.payet@ac-reunion.fr"), client="outlook",
  subj="Compte verrouillé",
  body=f"""
Bonjour,

Mon compte de gestion e-sidoc est verrouillé. Pourriez-vous me transmettre un lien de réinitialisation du mot de passe ?

Merci par avance.

Marie-Josée Payet
Professeure documentaliste
Lycée Roland-Garros - Le Tampon
UAI : {u}
""")
# ================================================================ missing_noreply_mail (13)
M(key="mn-mairie-activation", cat="missing_noreply_mail", ar=True, platform="espace_acheteur",
  notes="Activation mail of the buyer space never arrived; no anti-spam named.",
  frm=("Thierry Massot", "t.massot@mairie-bois-colombes.fr"), client="outlook", fmt="alt",
  subj="Mail d'activation non reçu",
  body="""
Bonjour,

Je me suis inscrit hier sur l'Espace Acheteur pour le compte de la mairie. Le site m'indique qu'un mail d'activation m'a été envoyé, mais je ne l'ai jamais reçu.

Pouvez-vous me le renvoyer ?

Cordialement,
Thierry Massot
Service commande publique
""")

u = U("0382940")
M(key="mn-reads-like-password", cat="missing_noreply_mail", ar=True, uai=u, platform="esidoc", hard=True,
  notes="Reads like a password request, but the point is that the new-password mail never arrives.",
  frm=("Laurence Giraud-Noyer", "laurence.giraud-noyer@ac-grenoble.fr"), client="zimbra",
  subj="Mot de passe e-sidoc",
  body=f"""
Bonjour,

J'ai cliqué trois fois ce matin sur « mot de passe oublié » sur e-sidoc. Le site affiche bien « un courriel vous a été envoyé », mais rien n'arrive, ni dans la boîte de réception ni ailleurs.

Pouvez-vous vérifier de votre côté ?

Laurence Giraud-Noyer
CDI Lycée Champollion - {u}
""")

u = U("0542318")
M(key="mn-no-mib", cat="missing_noreply_mail", ar=True, uai=u, platform="esidoc", hard=True,
  notes="Negation: 'nous n'avons pas MailInBlack'; notifications from the no-reply address stopped: missing_noreply_mail.",
  frm=("Stéphane Kieffer", "stephane.kieffer@ac-nancy-metz.fr"), client="thunderbird",
  subj="Plus de notifications depuis la rentrée",
  body=f"""
Bonjour,

Depuis la rentrée, je ne reçois plus aucune notification de l'adresse no-reply d'e-sidoc (réservations, suggestions d'achat des élèves).
On m'a parlé de MailInBlack, mais nous n'avons pas MailInBlack ni aucun autre filtre de ce genre dans l'établissement, j'ai demandé au référent numérique.

Collège Saint-Exupéry, UAI {u}

Stéphane Kieffer
""")

u = U("0754418")
M(key="mn-past-48h", cat="missing_noreply_mail", ar=False, uai=u, platform="espace_acheteur", hard=True,
  irt="<SUP-031822.1760000000.be7a10@assistance.example.fr>", date="2025-10-13 10:22",
  notes="Follow-up after our junk-folder answer, five days later: junk already checked, still nothing; past the 48-hour rule, so a person must look.",
  frm=("Olivier Benhamou", "olivier.benhamou@ac-paris.fr"), client="outlook", fmt="alt",
  subj="RE: [#SUP-031822] Pas de mail de confirmation",
  body=f"""
Bonjour,

Je reviens vers vous : comme conseillé j'ai regardé dans les courriers indésirables et ajouté l'adresse d'envoi à mes contacts, mais toujours rien depuis mercredi dernier. Cela fait maintenant cinq jours.

Merci de regarder ce qui se passe.

Olivier Benhamou
Adjoint gestionnaire - Lycée Chaptal ({u})

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mercredi 8 octobre 2025 11:02
À : Olivier Benhamou <olivier.benhamou@ac-paris.fr>
Objet : [#SUP-031822] Pas de mail de confirmation

Bonjour,
Le message a peut-être été classé dans vos courriers indésirables. Merci de vérifier ce dossier et d'autoriser l'expéditeur. Sans nouvelle de votre part sous 48 heures, nous clôturerons la demande.
""")

M(key="mn-en-confirmation", cat="missing_noreply_mail", ar=True, platform="espace_acheteur", lang="en",
  notes="English: confirmation e-mail from the no-reply address never received.",
  frm=("Sarah Whitmore", "sarah.whitmore@gmail.com"), client="gmail", fmt="alt",
  subj="No confirmation email",
  body="""
Hi there,

I created an account on the buyer space yesterday afternoon for our parents' association, but the confirmation email from no-reply never showed up. I've checked my spam folder too.

Can you resend it?

Cheers,
Sarah
""")

u = U("0295176")
M(key="mn-hurried-bretagne", cat="missing_noreply_mail", ar=True, uai=u, platform="esidoc",
  notes="Hurried, abbreviations; activation link never received; UAI as 'code établissement'.",
  frm=("Gwenaëlle Le Bihan", "gwenaelle.lebihan@ac-rennes.fr"), client="samsung",
  subj="lien activation",
  body=f"""
bjr
tjs pas recu le lien d'activation esidoc demandé hier soir, rien dans les spams non plus
code etablissement {u}
cdt
GLB

Envoyé depuis mon appareil Galaxy
""")

bad = BAD("0671934", 4)
M(key="mn-wrong-letter-ed", cat="missing_noreply_mail", ar=False, platform="ecoledirecte", hard=True, bad=[bad],
  notes=f"EcoleDirecte notification mails no longer arrive; code {bad} has a wrong check letter (should end in {good_letter(bad)}): uai null, region from ac-strasbourg.fr, no auto reply.",
  frm=("Claire Wendling", "claire.wendling@ac-strasbourg.fr"), client="zimbra",
  subj="Notifications EcoleDirecte",
  body=f"""
Bonjour,

Les parents de notre école ne reçoivent plus les mails automatiques d'EcoleDirecte (messagerie, cahier de textes) depuis environ une semaine, et moi non plus. Ils ne sont pas dans les spams.

Ecole élémentaire du Neuhof, RNE {bad}.

Claire Wendling
""")

M(key="mn-normandie-resa", cat="missing_noreply_mail", ar=True, platform="esidoc",
  notes="Reservation notifications from e-sidoc's no-reply no longer reach the librarian; region from ac-normandie.fr.",
  frm=("Benoît Lemarchand", "benoit.lemarchand@ac-normandie.fr"), client="zimbra",
  subj="notifications de réservation",
  body="""
Bonjour,

Je ne reçois plus les mails de notification quand un élève réserve un document sur e-sidoc. Avant je les recevais bien. Rien changé de mon côté.

Merci
Benoît Lemarchand
""")

M(key="mn-en-ticket-updates", cat="missing_noreply_mail", ar=True, platform="ticket_portal", lang="en",
  notes="English: e-mail updates of the ticket portal (no-reply) no longer arrive.",
  frm=("Tom Berthelot-Hughes", "tom.berthelot@lfi-nice-campus.fr"), client="apple",
  subj="Ticket updates not received",
  body="""
Hello,

When I open a ticket on your support portal I used to get an email each time someone answers. For two weeks now nothing comes through, although I can see answers when I log in.

Could you check the notification address for my account?

Tom
""")

M(key="mn-long-1252", cat="missing_noreply_mail", ar=True, platform="espace_acheteur", charset="windows-1252",
  notes="Long, windows-1252: the password-creation mail reached a colleague but not her; no anti-spam named.",
  frm=("Françoise Delmas", "francoise.delmas@sdis-lot.fr"), client="outlook", fmt="alt",
  subj="Courriel de création de mot de passe jamais reçu",
  body="""
Madame, Monsieur,

Nous avons été deux agents à être inscrits la semaine dernière sur l'Espace Acheteur par notre responsable. Ma collègue a bien reçu le courriel lui permettant de créer son mot de passe ; moi, je n'ai rien reçu du tout, pas même dans le dossier « courrier indésirable ».

Mon adresse est pourtant correctement orthographiée dans l'annuaire (je l'ai vérifiée avec notre responsable). Je précise que je n'ai jamais eu de compte auparavant.

Pouvez-vous renvoyer ce courriel ?

Avec mes remerciements,

Françoise Delmas
Service des marchés
SDIS du Lot
05 65 00 23 61

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.
""")

u = U("0931572")
M(key="mn-forward-colleague", cat="missing_noreply_mail", ar=True, uai=u, platform="esidoc",
  notes="TR: a head librarian forwards a colleague's message: the activation mail never arrived.",
  frm=("Karima Haddad", "karima.haddad@ac-creteil.fr"), client="outlook", fmt="alt",
  subj="TR: activation e-sidoc",
  body=f"""
Bonjour,

Je vous transfère le message de ma collègue, qui n'a jamais reçu le mail d'activation de son compte e-sidoc. Nous sommes au lycée Paul-Éluard, {u}.

Merci,
Karima Haddad

De : Lucie Tran <lucie.tran@ac-creteil.fr>
Envoyé : mardi 18 novembre 2025 14:12
À : Karima Haddad <karima.haddad@ac-creteil.fr>
Objet : activation e-sidoc

Karima, j'ai créé mon compte sur e-sidoc lundi mais le mail pour l'activer n'est jamais arrivé. Tu peux demander au support ?
Lucie
""", date="2025-11-19 08:47")

u = U("0145830")
M(key="mn-subject-only", cat="missing_noreply_mail", ar=True, uai=u, platform="esidoc",
  notes="Problem only in the subject; UAI in the signature.",
  frm=("Annick Poulain", "annick.poulain@ac-normandie.fr"), client="zimbra",
  subj="Pas reçu le mail de réinitialisation e-sidoc",
  body=f"""
Bonjour,

Cf objet. Merci de votre aide.

Annick Poulain
Collège Guillaume-de-Normandie - {u}
""")

u = U("0911604")
M(key="mn-en-ce-activation", cat="missing_noreply_mail", ar=True, uai=u, platform="esidoc", lang="en",
  notes="English, from a ce.<UAI> address (UAI also in the body): activation link never received.",
  frm=("Library - Lycée Camille-Claudel", "ce.%s@ac-versailles.fr" % u), client="outlook",
  subj="Activation link never arrived",
  body=f"""
Dear support team,

We requested the activation of our e-sidoc administrator account on Tuesday. The activation email never reached this mailbox ({u}). Could you send it again?

Kind regards,
Library team
""")
# ================================================================ mailinblack_spam (10)
u = U("0631207")
M(key="mb-quarantine", cat="mailinblack_spam", ar=True, uai=u, platform="esidoc",
  notes="MailInBlack named; e-sidoc mails stuck in its quarantine.",
  frm=("Isabelle Chassaing", "isabelle.chassaing@ac-clermont.fr"), client="outlook", fmt="alt",
  subj="Mails e-sidoc bloqués par Mailinblack",
  body=f"""
Bonjour,

Notre établissement est protégé par Mailinblack depuis novembre. Depuis, les mails d'e-sidoc (nouveau mot de passe, notifications) restent dans la quarantaine et je ne les reçois qu'en allant les chercher un par un.

Comment faire pour qu'ils passent directement ?

Isabelle Chassaing
Collège Blaise-Pascal - UAI {u}
""")

u = U("0802231")
M(key="mb-challenge-unnamed", cat="mailinblack_spam", ar=True, uai=u, platform="espace_acheteur", hard=True,
  notes="The anti-spam sender-authentication challenge (click a link, copy a code) is described, the product is not named. Boundary case, labelled mailinblack_spam.",
  frm=("Didier Vasseur", "didier.vasseur@ac-amiens.fr"), client="zimbra",
  subj="Je ne reçois pas vos messages",
  body=f"""
Bonjour,

Il semble que notre nouveau filtre de messagerie renvoie à chaque expéditeur inconnu un message lui demandant de cliquer sur un lien et de recopier un code pour prouver qu'il est bien humain. Les mails de l'Espace Acheteur, qui viennent d'une adresse automatique, restent donc en attente et je ne les reçois jamais.

Que peut-on faire ?

Didier Vasseur, gestionnaire
Lycée Madeleine-Michelis ({u})
""")

u = U("0061725")
M(key="mb-misspelled", cat="mailinblack_spam", ar=True, uai=u, platform="esidoc", hard=True,
  notes="Product misspelled 'Mail Black' / 'mailin blak'; messages held by it.",
  frm=("Roselyne Ciccolini", "roselyne.ciccolini@ac-nice.fr"), client="orange",
  subj="antispam Mail Black",
  body=f"""
Bonjour

Le service informatique a installé "Mail Black" (ou mailin blak, je ne sais plus l'orthographe) et maintenant vos mails e-sidoc sont retenus, je dois les débloquer à la main dans une liste d'attente.
Y a t'il une manip à faire ?

Cordialement
R. Ciccolini, CDI - {u}
""")

M(key="mb-en-pending", cat="mailinblack_spam", ar=True, platform="esidoc", lang="en",
  notes="English, Mailinblack named, mails in its pending list; no UAI, region from ac-toulouse.fr.",
  frm=("Emily Carrasco", "emily.carrasco@ac-toulouse.fr"), client="gmail",
  subj="Emails stuck in Mailinblack",
  body="""
Hi,

Our school uses Mailinblack and every email from your no-reply address ends up in the "pending" list, so I never get the password emails from e-sidoc unless I release them by hand.

Is there a guide for whitelisting you?

Thanks,
Emily Carrasco
""")

M(key="mb-dsi-whitelist", cat="mailinblack_spam", ar=True,
  notes="IT department asks which senders to allow in Mailinblack Protect; no platform named, no UAI, no académie domain.",
  frm=("DSI - Pôle messagerie", "messagerie@cd-ardeche-numerique.fr"), client="outlook", fmt="alt",
  subj="Liste blanche Mailinblack Protect",
  body="""
Bonjour,

Les collèges du département utilisent la solution Mailinblack Protect, administrée par nos services.
Plusieurs établissements nous signalent que vos messages automatiques sont bloqués. Pouvez-vous nous transmettre la liste des adresses d'expédition (et si possible des domaines) à autoriser ?

Cordialement,

Pôle messagerie
Direction des systèmes d'information
""")

M(key="mb-lowercase", cat="mailinblack_spam", ar=True, platform="esidoc",
  notes="All lower case, phone-typed; mails visible in the 'mib' space but cannot be released.",
  frm=("anne-so", "annesophie.renard37@laposte.net"), client="iphone",
  subj="mailinblack",
  body=f"""
bonjour les mails de e sidoc sont bloqués par mailinblack, je les vois dans mon espace mib mais jarrive pas a les liberer. college rabelais a tours
merci
anne-sophie renard
""")

u = U("0562041")
M(key="mb-two-topics", cat="mailinblack_spam", ar=False, uai=u, platform="esidoc", hard=True,
  notes="Two topics: MailInBlack blocking (main) and a request to resend the March invoice; no auto reply.",
  frm=("Erwan Guillou", "erwan.guillou@ac-rennes.fr"), client="thunderbird",
  subj="MailInBlack + facture",
  body=f"""
Bonjour,

Notre messagerie est filtrée par MailInBlack et vos mails de validation arrivent dans l'espace « à valider » : pouvez-vous me dire comment vous autoriser une fois pour toutes ?

Et pendant que je vous écris : pourriez-vous me renvoyer la facture de l'abonnement e-sidoc de mars ? Notre gestionnaire ne la retrouve pas.

Erwan Guillou
Lycée Dupuy-de-Lôme, Lorient - {u}
""")

M(key="mb-en-summary", cat="mailinblack_spam", ar=True, platform="espace_acheteur", lang="en",
  notes="English: 'Mail In Black' daily summary lists our no-reply address as blocked.",
  frm=("Jonathan Price", "jonathan.price@pontivy-communaute.fr"), client="outlook",
  subj="Your emails are blocked by our antispam",
  body="""
Hello,

Our Mail In Black daily summary shows your no-reply address as "blocked" and the activation email for the buyer space never reached me. I can't release it myself as I'm not an administrator of the antispam.

What should I send to our IT team?

Jonathan Price
""")

M(key="mb-lille-alt", cat="mailinblack_spam", ar=True, platform="esidoc", fmt="alt",
  notes="MailInBlack authentication request sent to our sender; region from ac-lille.fr; no UAI.",
  frm=("Sylvie Delattre", "sylvie.delattre@ac-lille.fr"), client="zimbra",
  subj="MailInBlack : demande d'authentification",
  body="""
Bonjour,

Notre collège vient de passer sous MailInBlack. Je crois que vos messages automatiques reçoivent une demande d'authentification à laquelle personne ne répond, et je ne reçois plus rien d'e-sidoc.

Est-ce que vous avez une procédure pour ce cas ?

Merci,
Sylvie Delattre
Professeure documentaliste
""")

u = U("0851396")
M(key="mb-followup-ip", cat="mailinblack_spam", ar=False, uai=u, platform="esidoc",
  irt="<SUP-027703.1741600000.0f3a55@assistance.example.fr>", date="2025-03-11 15:31",
  notes="Follow-up after our MailInBlack guide: the IT department asks for sending IPs; an answer was already sent, so no auto reply.",
  frm=("Mathilde Brochard", "mathilde.brochard@ac-nantes.fr"), client="outlook", fmt="alt",
  subj="RE: [#SUP-027703] Mailinblack bloque vos mails",
  body=f"""
Bonjour,

J'ai transmis votre guide au service informatique du département. Ils me demandent maintenant les adresses IP de vos serveurs d'envoi pour les ajouter dans Mailinblack, le nom de domaine ne leur suffit pas.

Pouvez-vous me les communiquer ?

Mathilde Brochard
Collège Les Sicaudières - {u}

________________________________
De : Assistance <support@assistance.example.fr>
Envoyé : lundi 10 mars 2025 10:15
Objet : [#SUP-027703] Mailinblack bloque vos mails

Bonjour,
Vous trouverez ci-joint le guide d'ajout de notre adresse à la liste d'autorisation Mailinblack.
""")
# ================================================================ head_of_establishment_request (10)
u = U("0260518")
M(key="hd-change-admin", cat="head_of_establishment_request", uai=u, platform="esidoc",
  notes="The principal, from the ce.<UAI> address, authorises a new administrator for e-sidoc.",
  frm=("Principal Collège Marcel-Pagnol", "ce.%s@ac-grenoble.fr" % u), client="zimbra",
  subj="Changement d'administrateur e-sidoc",
  body=f"""
Madame, Monsieur,

Suite au départ à la retraite de Mme Ferrand, professeure documentaliste, je vous informe que M. Julien Arnaud, qui lui succède au CDI, devient l'administrateur du portail e-sidoc de l'établissement.

Je vous remercie de bien vouloir procéder à ce changement et de lui transmettre les accès à son adresse académique : julien.arnaud@ac-grenoble.fr.

Bernard Coste
Principal
Collège Marcel-Pagnol - {u}
""")

u = U("0762953")
M(key="hd-secretary-relays", cat="head_of_establishment_request", uai=u, platform="esidoc", hard=True,
  attach=[("Courrier_signe_proviseur.pdf", PDF)],
  notes="The secretary relays the head's signed letter (PDF attached) asking to change the contact address of the account.",
  frm=("Secrétariat de direction", "secretariat.direction@lycee-flaubert-rouen.fr"), client="outlook", fmt="alt",
  subj="Courrier de M. le Proviseur - modification adresse de contact",
  body=f"""
Bonjour,

À la demande de M. le Proviseur, vous trouverez ci-joint son courrier signé demandant que l'adresse de contact de notre compte e-sidoc soit remplacée par l'adresse fonctionnelle du CDI (cdi@lycee-flaubert-rouen.fr).

Restant à votre disposition,

Christine Lecoq
Secrétaire de direction
Lycée Gustave-Flaubert - Rouen
UAI {u}
02 35 00 61 20
""")

u = U("0161183")
M(key="hd-reset-admin", cat="head_of_establishment_request", uai=u, platform="esidoc", hard=True,
  notes="A proviseur asks for the reset of the administrator password: head request (human review), not password_reset.",
  frm=("Marc-Antoine Delage", "ce.%s@ac-poitiers.fr" % u), client="outlook", fmt="alt",
  subj="Réinitialisation du mot de passe administrateur",
  body=f"""
Bonjour,

En tant que proviseur du lycée Guez-de-Balzac ({u}), je vous demande de réinitialiser le mot de passe administrateur de notre portail e-sidoc. Notre documentaliste est en arrêt prolongé et personne ne dispose plus de l'accès.

Merci d'envoyer le lien à l'adresse de l'établissement.

Marc-Antoine Delage
Proviseur
""")

u = U("0330412")
M(key="hd-school-director-ed", cat="head_of_establishment_request", uai=u, platform="ecoledirecte",
  notes="Primary-school director asks to change the contact address of the school's EcoleDirecte account.",
  frm=("Directrice école Jules-Ferry", "ce.%s@ac-bordeaux.fr" % u), client="zimbra",
  subj="EcoleDirecte - adresse de contact de l'école",
  body="""
Bonjour,

Je suis la directrice de l'école élémentaire Jules-Ferry de Mérignac. Je souhaite que l'adresse de contact de notre compte EcoleDirecte soit désormais celle de l'école (la présente adresse) et non plus l'adresse personnelle de mon prédécesseur.

Pouvez-vous faire la modification ?

Merci,
Mme Sabatier, directrice
""")

M(key="hd-en-authorise-order", cat="head_of_establishment_request", platform="espace_acheteur", lang="en",
  notes="English: the head teacher authorises an order in writing; no UAI, private domain.",
  frm=("Dr Helen Marsh", "head@british-section-bordeaux.fr"), client="outlook", fmt="alt",
  subj="Authorisation - order of digital resources",
  body="""
Dear Sir or Madam,

As Head Teacher, I hereby authorise our bursar, Mr Paul Leclerc, to place and validate the order for the digital resources package (quote ref. DEV-25-0418) on the Espace Acheteur on behalf of the school.

Please let me know if you need this authorisation in another form.

Yours faithfully,

Dr Helen Marsh
Head Teacher
""")

u = U("0492137")
M(key="hd-authorise-gestionnaire", cat="head_of_establishment_request", uai=u, platform="espace_acheteur",
  notes="Principal, from the ce. address, authorises the gestionnaire to validate orders.",
  frm=("", "ce.%s@ac-nantes.fr" % u), client="zimbra",
  subj="Autorisation de validation des commandes",
  body=f"""
Bonjour,

Je soussignée, Anne Thébault, principale du collège Jean-Vilar d'Angers ({u}), autorise Mme Nadia Belkacem, adjointe gestionnaire, à valider les commandes de l'établissement sur l'Espace Acheteur.

Cordialement,
A. Thébault
Principale
""")

u = U("0251047")
M(key="hd-formal-letter-contact", cat="head_of_establishment_request", uai=u, platform="esidoc", fmt="html",
  notes="HTML-only formal letter of a principal asking to replace the account's contact address.",
  frm=("Gilles Vuillemin", "gilles.vuillemin@ac-besancon.fr"), client="outlook",
  subj="Demande de modification du contact administrateur",
  body=f"""
Objet : modification du contact administrateur du portail documentaire

Madame, Monsieur,

Je soussigné Gilles Vuillemin, principal du collège Victor-Hugo de Besançon (UAI {u}), demande que l'adresse de contact de l'administrateur de notre portail e-sidoc soit remplacée par l'adresse fonctionnelle de l'établissement.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Le principal,
Gilles Vuillemin
""")

u = U("0571802")
M(key="hd-ce-lowercase-only", cat="head_of_establishment_request", uai=u, platform="esidoc", hard=True,
  notes="UAI only in the lower-case ce. sender; the head asks to remove the former administrator and name another.",
  frm=("Direction", "ce.%s@ac-nancy-metz.fr" % u.lower()), client="roundcube",
  subj="désignation d'un nouvel administrateur",
  body="""
Bonjour,

Je suis le chef d'établissement. Merci de retirer les droits d'administrateur e-sidoc de Mme Vogel, qui a quitté le collège, et de les attribuer à M. Hamid Zerrouki (hamid.zerrouki@ac-nancy-metz.fr).

Cordialement,
Le Principal
""")

u = U("6200093")
M(key="hd-corse-deactivate", cat="head_of_establishment_request", uai=u, platform="esidoc",
  notes="Corsica (620): the proviseur asks to deactivate the former librarian's account and name the new administrator.",
  frm=("Paul-Antoine Santoni", "paul-antoine.santoni@ac-corse.fr"), client="outlook", fmt="alt",
  subj=f"Lycée Laetitia-Bonaparte {u} - administrateur e-sidoc",
  body="""
Bonjour,

En ma qualité de proviseur, je vous demande de désactiver le compte de l'ancienne documentaliste et de désigner Mme Lucia Peretti comme administratrice de notre e-sidoc.

Bien à vous,

P.-A. Santoni
Proviseur
Lycée Laetitia-Bonaparte, Ajaccio
""")

u = U("9710882")
M(key="hd-authorise-quote", cat="head_of_establishment_request", uai=u, platform="espace_acheteur",
  notes="Guadeloupe: the principal authorises the order of a quote, short mail from an iPhone.",
  frm=("Principal clg Bébian", "ce.%s@ac-guadeloupe.fr" % u), client="iphone",
  subj="Accord commande",
  body="""
Bonjour,
J'autorise la commande correspondant au devis DEV-26-0117 sur l'Espace Acheteur.
Le Principal
Envoyé de mon iPhone
""")
# ================================================================ account_creation (9)
M(key="ac-commune-create", cat="account_creation", ar=True, platform="espace_acheteur",
  notes="A small commune asks how to create an account on the buyer space: generic, templated answer is fine.",
  frm=("Mairie de Villeneuve-la-Comtesse", "mairie.villeneuvelacomtesse@wanadoo.fr"), client="orange",
  subj="Création de compte",
  body="""
Bonjour,

Nous souhaiterions créer un compte sur votre Espace Acheteur pour la commune (cantine et école). Quelle est la démarche ?

Bien cordialement,
Le secrétariat de mairie
""")

u = U("0131486")
M(key="ac-never-had-account", cat="account_creation", ar=True, uai=u, platform="esidoc", hard=True,
  notes="'Je n'ai pas oublié mon mot de passe': she never had an account; account creation, not password_reset.",
  frm=("Farida Benali", "farida.benali@ac-aix-marseille.fr"), client="zimbra",
  subj="Accès e-sidoc",
  body=f"""
Bonjour,

Je n'ai pas oublié mon mot de passe : je n'ai tout simplement jamais eu de compte sur e-sidoc ! Je suis contractuelle au CDI depuis lundi et on m'a dit de vous écrire pour en obtenir un.

Collège Longchamp, Marseille - {u}

Merci,
Farida Benali
""")

u = U("0870944")
M(key="ac-en-who-admin", cat="account_creation", ar=False, uai=u, platform="esidoc", lang="en",
  notes="English: who is our administrator, rights to add resources; needs a look-up.",
  frm=("Rachel Dumont", "rachel.dumont@ac-limoges.fr"), client="gmail", fmt="alt",
  subj="Who is our e-sidoc administrator?",
  body=f"""
Hello,

I'm a teacher at Lycée Gay-Lussac in Limoges ({u}). I'd like to be able to add resources to our e-sidoc portal, but I'm told only the administrator can open those rights. Nobody here knows who the administrator is.

Could you tell me who it is, or give me the rights?

Best,
Rachel Dumont
""")

u = U("0601338")
M(key="ac-pending-validation", cat="account_creation", ar=False, uai=u, platform="espace_acheteur",
  notes="Account waiting for validation for ten days: a person must look.",
  frm=("Jean-Luc Hermant", "jl.hermant@ac-amiens.fr"), client="outlook", fmt="alt",
  subj="Compte en attente de validation depuis 10 jours",
  body=f"""
Bonjour,

J'ai créé mon compte sur l'Espace Acheteur le 2 du mois, il est toujours « en attente de validation ». Qui doit le valider ? Je ne peux passer aucune commande pour le lycée ({u}) en attendant.

Cordialement,
J.-L. Hermant
Adjoint gestionnaire
""")

M(key="ac-open-rights", cat="account_creation", ar=False, platform="esidoc",
  notes="New librarian asks for administrator rights to be opened; not written by the head.",
  frm=("Maëlle Jégou", "maelle.jegou@ac-rennes.fr"), client="thunderbird",
  subj="Ouverture des droits administrateur",
  body=f"""
Bonjour,

Nouvellement nommée au collège Anatole-Le-Braz, j'ai un compte e-sidoc mais seulement en lecture. Pourriez-vous m'ouvrir les droits d'administration ?

Bonne journée,
Maëlle Jégou
""")

M(key="ac-how-register", cat="account_creation", ar=True, platform="espace_acheteur",
  notes="Phone-typed: how to register on the buyer space.",
  frm=("kevin", "kevin.lambert.86@free.fr"), client="samsung",
  subj="inscription",
  body="""
bonjour comment on s'inscrit sur espace acheteur svp ? je suis le nouveau responsable achats de l'asso des parents d'eleves
merci

Envoyé depuis mon appareil Galaxy
""")

M(key="ac-en-pending", cat="account_creation", ar=False, platform="espace_acheteur", lang="en",
  notes="English: registered, account still pending; needs a look-up.",
  frm=("Lucas Moreau", "lucas.moreau@cciformation-example.fr"), client="outlook",
  subj="Account still pending",
  body="""
Hello,

I registered on the Espace Acheteur last Thursday for our training centre. My account still shows "pending". Is there anything else I need to do?

Regards,
Lucas Moreau
""")

u = U("0740625")
M(key="ac-colleague-ed", cat="account_creation", ar=True, uai=u, platform="ecoledirecte",
  notes="How to create an EcoleDirecte account for a new colleague; generic procedure.",
  frm=("Sophie Bochaton", "sophie.bochaton@ac-grenoble.fr"), client="zimbra",
  subj="Création d'un compte pour une collègue",
  body=f"""
Bonjour,

Une nouvelle assistante d'éducation arrive lundi au collège ({u}). Comment lui créer un compte EcoleDirecte ? Je ne trouve pas l'option dans le menu.

Merci
Sophie Bochaton, CPE
""")

M(key="ac-forward-who-admin", cat="account_creation", ar=False, platform="espace_acheteur",
  notes="Fwd: a colleague asks who the structure's administrator is on the buyer space; needs a look-up; region from ac-reims.fr.",
  frm=("Patrice Jacquinet", "patrice.jacquinet@ac-reims.fr"), client="thunderbird",
  subj="Fwd: administrateur Espace Acheteur ?",
  body="""
Bonjour,

Je fais suivre la question de ma collègue, je n'ai pas la réponse non plus.

Patrice Jacquinet

-------- Message transféré --------
Sujet : administrateur Espace Acheteur ?
Date : Thu, 22 Jan 2026 10:02:11 +0100
De : Maryse Collin <maryse.collin@ac-reims.fr>
Pour : Patrice Jacquinet <patrice.jacquinet@ac-reims.fr>

Patrice, sais-tu qui est l'administrateur de notre structure sur l'Espace Acheteur ? Je dois faire ajouter un compte pour la nouvelle secrétaire.
Maryse
""", date="2026-01-22 14:30")

# ================================================================ subscription_activation (9)
u = U("0094219")
M(key="sa-cafeyn-yesterday", cat="subscription_activation", ar=True, uai=u, platform="esidoc",
  notes="Cafeyn subscription ordered yesterday, not yet visible in e-sidoc: within 72 h.",
  frm=("Mireille Sans", "mireille.sans@ac-toulouse.fr"), client="zimbra",
  subj="Abonnement Cafeyn non visible",
  body=f"""
Bonjour,

Nous avons souscrit hier l'abonnement Cafeyn via notre portail e-sidoc. Il n'apparaît pas encore dans les ressources. Faut-il faire quelque chose de notre côté ?

Mireille Sans
Collège du Plantaurel - {u}
""")

u = U("0831677")
M(key="sa-principal-not-head", cat="subscription_activation", ar=True, uai=u, platform="esidoc", hard=True,
  notes="Written by a principal, but it is an ordinary activation question (ordered two days ago), not a head-of-establishment request.",
  frm=("Alain Brémond", "ce.%s@ac-nice.fr" % u), client="outlook", fmt="alt",
  subj="Ressource numérique commandée",
  body=f"""
Bonjour,

Je suis principal du collège Font-de-Fillol ({u}). Nous avons commandé avant-hier le bouquet presse jeunesse pour le CDI ; la documentaliste me dit qu'il n'est pas encore visible sur e-sidoc.

Pouvez-vous me dire quand il le sera ?

Alain Brémond
Principal
""")

u = U("0341982")
M(key="sa-past-72h", cat="subscription_activation", ar=False, uai=u, platform="esidoc", hard=True, date="2026-02-24 09:12",
  notes="Ordered on 3 February, still not available three weeks later: past the 72-hour rule, needs a person.",
  frm=("Hervé Roux", "herve.roux@ac-montpellier.fr"), client="outlook", fmt="alt",
  subj="Abonnement toujours pas actif",
  body=f"""
Bonjour,

Notre commande de l'abonnement « Encyclopédie junior » a été passée le 3 février. Trois semaines plus tard, toujours rien dans e-sidoc. Les élèves le réclament.

Merci de faire le nécessaire.

Hervé Roux
Lycée Jean-Mermoz - Montpellier ({u})
""")

M(key="sa-en-monday", cat="subscription_activation", ar=True, platform="esidoc", lang="en",
  notes="English: package ordered on Monday, not yet visible; within 72 h; no UAI, region from ac-lyon.fr.",
  frm=("Anna Kowalski", "anna.kowalski@ac-lyon.fr"), client="gmail",
  subj="Digital press package not visible yet",
  body="""
Hi,

We ordered the digital press package on Monday for our library. It's Wednesday and it isn't showing on our e-sidoc portal yet. Is that normal?

Anna
""", date="2025-05-14 11:20")

M(key="sa-publish-resource", cat="subscription_activation", ar=True, platform="esidoc",
  notes="Resource to publish: subscription active, asks how to display it on the portal.",
  frm=("Jeanne Rio", "jeanne.rio@ac-nantes.fr"), client="thunderbird", fmt="alt",
  subj="Publier la ressource sur le portail",
  body=f"""
Bonjour,

L'abonnement à Universalis Junior est actif (je le vois dans la partie gestion), mais il n'apparaît pas sur la page d'accueil du portail côté élèves. Comment le publier ?

Merci !
Jeanne Rio
CDI collège Gutenberg
""")

M(key="sa-typo-lower", cat="subscription_activation", ar=True, platform="esidoc",
  notes="Lower case, misspelled 'esidock'; digital subscription not visible yet; region from ac-strasbourg.fr.",
  frm=("thomas h", "thomas.hoffmann@ac-strasbourg.fr"), client="zimbra",
  subj="abonnement numerique",
  body="""
bonjour
labonnement numerique commandé hier est pas encore visible dans esidock, normal ?
thomas
""", date="2025-09-23 08:03")

u = U("0451288")
M(key="sa-en-not-password", cat="subscription_activation", ar=True, uai=u, platform="esidoc", lang="en", hard=True,
  notes="English negation: 'not a password issue, I can log in fine'; the paid module is not showing.",
  frm=("Olivia Hartmann", "olivia.hartmann@ac-orleans-tours.fr"), client="apple",
  subj="Paid module not showing",
  body=f"""
Hello,

This is not a password issue - I can log in fine. But the reading-challenge module we paid for two days ago doesn't show up anywhere in our e-sidoc.

School: Collège Jean-Rostand, Orléans, {u}

Thanks,
Olivia
""")

u = U("0951143")
M(key="sa-followup-72h", cat="subscription_activation", ar=False, uai=u, platform="esidoc",
  irt="<SUP-041266.1765000000.9d2c01@assistance.example.fr>", date="2025-12-10 17:45",
  notes="Follow-up quoting our '72 hours' answer: the delay has passed; an answer was already sent, no auto reply.",
  frm=("Nadège Fontaine", "nadege.fontaine@ac-versailles.fr"), client="gmail", fmt="alt",
  subj="Re: [#SUP-041266] Ressource non disponible",
  body=f"""
Bonjour,

Vous m'aviez indiqué un délai de 72 heures ; nous en sommes à six jours et la ressource n'est toujours pas disponible.

Lycée Camille-Pissarro, {u}

Nadège Fontaine

Le jeu. 4 déc. 2025 à 15:10, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
> L'activation d'une ressource peut prendre jusqu'à 72 heures après la
> commande. Passé ce délai, n'hésitez pas à revenir vers nous.
> L'équipe d'assistance
""")

u = U("0332614")
M(key="sa-bordeaux-service", cat="subscription_activation", ar=True, uai=u, platform="esidoc", hard=True,
  notes="Service activated this morning, not visible; the UAI appears only inside the lower-case portal URL.",
  frm=("Christophe Laborde", "christophe.laborde@ac-bordeaux.fr"), client="zimbra",
  subj="Service activé mais absent",
  body=f"""
Bonjour,

Nous avons reçu ce matin le mail nous indiquant que le service « Prêt numérique » était activé, mais il n'apparaît pas dans notre e-sidoc (https://{u.lower()}.esidoc.example.fr/).
Y a-t-il un délai ?

Christophe Laborde
Professeur documentaliste
""")
# ================================================================ order_billing (10)
M(key="ob-devis-abos", cat="order_billing", platform="espace_acheteur",
  notes="Quote requested for subscriptions before ordering.",
  frm=("Sandra Peyrat", "sandra.peyrat@ac-limoges.fr"), client="outlook", fmt="alt",
  subj="Demande de devis",
  body=f"""
Bonjour,

Pourriez-vous nous établir un devis pour les abonnements numériques du CDI (presse et encyclopédie) pour l'année scolaire 2025-2026 ? Nous devons le présenter au conseil d'administration.

Lycée Edmond-Perrier, Tulle

Sandra Peyrat
Gestionnaire
""")

u = U("0081547")
M(key="ob-reply-after-reset", cat="order_billing", uai=u, platform="espace_acheteur", hard=True,
  irt="<SUP-019233.1748000000.71be03@assistance.example.fr>", date="2025-05-23 10:40",
  notes="Reply quoting our earlier reset answer, but the new text asks for a missing invoice: order_billing.",
  frm=("Didier Gobert", "didier.gobert@ac-reims.fr"), client="thunderbird",
  subj="Re: [#SUP-019233] Réinitialisation mot de passe",
  body=f"""
Bonjour,

Merci, j'ai pu me reconnecter. Par contre, maintenant que j'ai accès, je ne trouve pas la facture de notre commande d'avril dans l'Espace Acheteur : la liste des factures est vide. Pouvez-vous me la faire parvenir ?

Didier Gobert
Collège Jean-Macé, Charleville ({u})

Le 22/05/2025 à 16:02, Assistance a écrit :
> Bonjour,
> Un lien pour définir un nouveau mot de passe vient de vous être envoyé.
> Cordialement,
> L'équipe d'assistance
""")

u = U("0672210")
M(key="ob-chorus", cat="order_billing", uai=u, platform="espace_acheteur",
  notes="Chorus Pro: invoice rejected for a missing engagement number.",
  frm=("Agence comptable Lycée Kléber", "agence-comptable.kleber@ac-strasbourg.fr"), client="outlook", fmt="alt",
  subj="Facture rejetée sur Chorus Pro",
  body=f"""
Bonjour,

Votre facture FA-2025-03318 a été rejetée sur Chorus Pro : le numéro d'engagement juridique n'y figure pas. Merci de la redéposer avec le numéro EJ 2025-0412 indiqué sur notre bon de commande.

Établissement : Lycée Kléber, {u}

L'agent comptable
""")

M(key="ob-en-invoice", cat="order_billing", platform="espace_acheteur", lang="en",
  notes="English: asks for the invoice of an order; no UAI.",
  frm=("Grace Lin", "grace.lin@ecole-bilingue-riviera.fr"), client="gmail",
  subj="Invoice for order 2025-1187",
  body="""
Hello,

Could you please send us the invoice for order 2025-1187 (placed on the Espace Acheteur in September)? Our accountant needs it to close the quarter.

Thank you,
Grace Lin
Finance office
""")

u = U("0593721")
M(key="ob-basket", cat="order_billing", uai=u, platform="espace_acheteur",
  notes="Basket cannot be validated; bon d'engagement mentioned.",
  frm=("Mickaël Vandenbussche", "mickael.vandenbussche@ac-lille.fr"), client="outlook",
  subj="panier bloqué",
  body=f"""
Bonjour, mon panier ne se valide pas : au moment de joindre le bon d'engagement, le bouton « valider la commande » reste grisé. Collège Lavoisier {u}. Merci de me dire ce qui cloche. M. Vandenbussche
""")

bad = BAD("0132290", 3)
M(key="ob-wrong-letter", cat="order_billing", hard=True, platform="espace_acheteur", bad=[bad],
  notes=f"Order validation question; code {bad} has a wrong check letter (should end in {good_letter(bad)}): uai null, region from ac-aix-marseille.fr.",
  frm=("Cécile Arnaud", "cecile.arnaud@ac-aix-marseille.fr"), client="zimbra",
  subj="Validation commande",
  body=f"""
Bonjour,

Ma commande du 14 est toujours « en attente de validation ». Qui doit la valider ? Notre RNE est {bad}.

Cécile Arnaud
Adjointe gestionnaire
""")

M(key="ob-mandat", cat="order_billing", platform="espace_acheteur",
  notes="Payment means: can the commune pay by administrative mandate instead of card.",
  frm=("Régie - Mairie de Plouzané", "regie@mairie-plouzane.fr"), client="outlook", fmt="alt",
  subj="Moyen de paiement",
  body="""
Bonjour,

La commune ne dispose pas de carte bancaire. Est-il possible de régler nos commandes par mandat administratif, après service fait et sur facture ?

Cordialement,
La régie
""")

u = U("9730214")
M(key="ob-en-quote-guyane", cat="order_billing", uai=u, platform="espace_acheteur", lang="en",
  notes="English from Guyane: quote needed for an order; UAI in the body.",
  frm=("Mariana Sousa", "mariana.sousa@ac-guyane.fr"), client="outlook",
  subj="Quote request",
  body=f"""
Good afternoon,

We'd like a quote for 30 e-book licences through the buyer space, delivered to Lycée Melkior-Garré, Cayenne (UAI {u}). Do you need anything else from us?

Regards,
Mariana Sousa
""")

M(key="ob-bon-commande-pdf", cat="order_billing", platform="espace_acheteur",
  attach=[("Bon de commande n°2026-031.pdf", PDF)],
  notes="Purchase order attached, asks whether it was received and when the invoice comes.",
  frm=("Nicole Perrault", "nicole.perrault@ac-orleans-tours.fr"), client="thunderbird", fmt="alt",
  subj="Bon de commande 2026-031",
  body=f"""
Bonjour,

Vous trouverez ci-joint notre bon de commande n°2026-031. Pouvez-vous m'en accuser réception et m'indiquer quand la facture sera déposée ?

Nicole Perrault
Collège Victor-Hugo, Chartres
""")

M(key="ob-rejected-mandate-1252", cat="order_billing", platform="espace_acheteur", charset="iso-8859-15",
  notes="Long formal letter (iso-8859-15): payment rejected, bank details (RIB) to confirm.",
  frm=("Agent comptable", "agence.comptable@grpt-comptable-vosges.fr"), client="outlook", fmt="alt",
  subj="Paiement rejeté - coordonnées bancaires",
  body="""
Madame, Monsieur,

Le mandat émis le 12 janvier en règlement de votre facture FA-2026-00147 (montant : 1 248,00 euros) nous a été retourné par la DGFiP avec le motif « coordonnées bancaires erronées ».

Afin de procéder à un nouveau paiement, je vous remercie de bien vouloir nous transmettre un RIB à jour, sur papier à en-tête de votre société.

Dans l'attente, je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

L'agent comptable
Groupement comptable des Vosges
""")

# ================================================================ contract_documents (8)
M(key="cd-pieces-marche", cat="contract_documents", platform="espace_acheteur",
  notes="Cannot see the market documents in the buyer space.",
  frm=("Laetitia Hamel", "laetitia.hamel@ac-normandie.fr"), client="outlook", fmt="alt",
  subj="Pièces du marché introuvables",
  body=f"""
Bonjour,

Je ne vois pas les pièces du marché « fournitures de bureau 2026 » dans l'Espace Acheteur : l'onglet Documents est vide alors que le marché est bien attribué.

Lycée Malherbe, Caen

Laetitia Hamel
""")

u = U("0771930")
M(key="cd-avenant-rights", cat="contract_documents", uai=u, platform="espace_acheteur", hard=True,
  notes="A colleague sees amendment no. 2 but she does not; it sounds like an access-rights question but the subject is a contract document.",
  frm=("Valérie Gasnier", "valerie.gasnier@ac-creteil.fr"), client="zimbra",
  subj="Avenant n°2 invisible pour moi",
  body=f"""
Bonjour,

Mon collègue gestionnaire voit l'avenant n°2 de la convention de groupement dans l'Espace Acheteur, mais moi non. Nous sommes pourtant dans le même établissement ({u}).
Est-ce que ce document n'est pas encore publié pour tout le monde ?

Valérie Gasnier
""")

M(key="cd-en-framework", cat="contract_documents", platform="espace_acheteur", lang="en",
  notes="English: where to download the framework agreement and its amendments; region from ac-paris.fr.",
  frm=("James O'Neill", "james.oneill@ac-paris.fr"), client="outlook",
  subj="Framework agreement documents",
  body="""
Hello,

Where can I download the framework agreement documents and the amendments for the library supplies contract? I can't find them in the buyer space.

James O'Neill
""")

u = U("0640771")
M(key="cd-convention-adhesion", cat="contract_documents", uai=u, platform="espace_acheteur",
  notes="The membership convention does not appear in the buyer space.",
  frm=("Itziar Etcheverry", "itziar.etcheverry@ac-bordeaux.fr"), client="thunderbird",
  subj="Convention d'adhésion",
  body=f"""
Bonjour,

Notre convention d'adhésion au groupement n'apparaît pas dans notre espace, alors que le chef d'établissement l'a signée en janvier. Pouvez-vous la mettre en ligne ?

Collège Aturri, Bayonne - {u}
Itziar Etcheverry, secrétaire d'intendance
""")

M(key="cd-ccap-lot3", cat="contract_documents", platform="espace_acheteur",
  notes="CCAP of lot 3 missing from the documents.",
  frm=("Bruno Lefèvre", "bruno.lefevre@ville-evreux-example.fr"), client="outlook", fmt="alt",
  subj="CCAP lot 3",
  body="""
Bonjour,

Le CCAP du lot 3 (papeterie) est introuvable dans les documents du marché. Seuls les lots 1 et 2 sont disponibles.

Merci,
Bruno Lefèvre
Direction de la commande publique
""")

u = U("0341522")
M(key="cd-blank-pdf", cat="contract_documents", uai=u, platform="espace_acheteur",
  notes="Short phone mail: the amendment PDF opens as a blank page.",
  frm=("Karine", "karine.ortega@ac-montpellier.fr"), client="iphone",
  subj=f"avenant illisible {u}",
  body="""
Impossible d'ouvrir l'avenant en pdf depuis l'espace acheteur, page blanche. Vous pouvez le renvoyer ?
Karine Ortega
Envoyé de mon iPhone
""")

M(key="cd-liste-vide", cat="contract_documents", platform="espace_acheteur",
  notes="A town hall: the list of the school-supplies market documents is empty.",
  frm=("Mairie d'Ajaccio - Marchés", "marches@ville-ajaccio-example.fr"), client="outlook", fmt="alt",
  subj="Documents du marché fournitures scolaires",
  body="""
Bonjour,

Dans l'Espace Acheteur, la liste des pièces du marché « fournitures scolaires 2025-2028 » est vide : ni règlement de consultation, ni acte d'engagement.

Merci de vérifier.

Service des marchés
""")

u = U("0861977")
M(key="cd-fwd-dgs", cat="contract_documents", uai=u, platform="espace_acheteur",
  notes="Fwd: a head librarian forwards her gestionnaire's problem: no access to the 2026 membership convention.",
  frm=("Élodie Marchais", "elodie.marchais@ac-poitiers.fr"), client="gmail", fmt="alt",
  subj="Fwd: convention 2026",
  body=f"""
Bonjour,
Je vous transfère la demande de notre gestionnaire.
Lycée Camille-Guérin ({u})
Élodie Marchais

---------- Forwarded message ---------
De : Gérald Pineau <gerald.pineau@ac-poitiers.fr>
Date: mar. 3 févr. 2026 à 09:14
Subject: convention 2026
To: Élodie Marchais <elodie.marchais@ac-poitiers.fr>

Élodie, je n'ai pas accès à la convention d'adhésion 2026 dans l'Espace Acheteur, le lien renvoie une erreur 403. Peux-tu voir avec eux ?
Gérald
""", date="2026-02-03 11:02")

# ================================================================ transfer_incident (8)
u = U("0421536")
M(key="ti-maintenance-password", cat="transfer_incident", uai=u, platform="ecoledirecte", hard=True,
  notes="'Mot de passe de maintenance' of the day refused: transfer_incident, not password_reset.",
  frm=("Thierry Faure", "thierry.faure@ac-lyon.fr"), client="outlook", fmt="alt",
  subj="mot de passe de maintenance refusé",
  body=f"""
Bonjour,

Le mot de passe de maintenance du jour ne fonctionne pas : EcoleDirecte le refuse quand je lance l'outil de maintenance, et du coup la remontée des données de l'établissement ({u}) est bloquée.

Cordialement,
Thierry Faure
Secrétaire de direction
""")

M(key="ti-transfer-eleves", cat="transfer_incident", platform="esidoc",
  notes="Student data transfer to e-sidoc failing since the start of the school year.",
  frm=("Patricia Giordano", "patricia.giordano@ac-aix-marseille.fr"), client="zimbra",
  subj="Transfert des données élèves en échec",
  body=f"""
Bonjour,

Depuis la rentrée, le transfert des données élèves vers e-sidoc échoue chaque nuit (statut « erreur » dans le tableau de bord). Les nouveaux élèves de 6e ne peuvent donc pas emprunter.

Collège Château-Double, Aix
Patricia Giordano
""")

M(key="ti-en-sync", cat="transfer_incident", platform="esidoc", lang="en",
  notes="English: synchronisation with the school-management software fails with an error code; region from ac-nice.fr.",
  frm=("Ben Carter", "ben.carter@ac-nice.fr"), client="gmail",
  subj="Sync error with school management software",
  body="""
Hi,

The nightly synchronisation between our school management software and e-sidoc fails with "ERR_SYNC_042 - invalid licence". It has been failing since Friday. Any idea?

Ben Carter
IT technician
""")

u = U("0500883")
M(key="ti-licence", cat="transfer_incident", uai=u, platform="ecoledirecte",
  notes="Licence expired, to be regenerated.",
  frm=("Sébastien Marie", "sebastien.marie@ac-normandie.fr"), client="thunderbird",
  subj="Licence à régénérer",
  body=f"""
Bonjour,

Au lancement de Charlemagne ce matin, message : « licence expirée, veuillez la régénérer ». Nous ne pouvons plus transférer vers EcoleDirecte.

Lycée Le Verrier, Saint-Lô ({u})

Sébastien Marie
""")

M(key="ti-bcdi-lower", cat="transfer_incident", platform="esidoc",
  notes="Lower case: the BCDI to e-sidoc transfer crashes at 80 %; region from ac-clermont.fr.",
  frm=("jp roche", "jean-pierre.roche@ac-clermont.fr"), client="zimbra",
  subj="transfert bcdi esidoc",
  body="""
bonjour
le transfert bcdi vers esidoc plante a 80% depuis 2 jours, message erreur de connexion. on a rien changé
jp roche
""")

u = U("0691297")
M(key="ti-sync-notes", cat="transfer_incident", uai=u, platform="ecoledirecte",
  notes="EcoleDirecte synchronisation no longer uploads grades since Friday.",
  frm=("Vie scolaire Lycée Ampère", "vie-scolaire.ampere@ac-lyon.fr"), client="outlook", fmt="alt",
  subj=f"Synchro EcoleDirecte - {u}",
  body="""
Bonjour,

Depuis vendredi, la synchronisation avec EcoleDirecte ne fait plus remonter les notes saisies par les professeurs. Le journal indique « transfert interrompu ».

Merci de votre aide,
La vie scolaire
""")

u = U("9760412")
M(key="ti-import-annuaire", cat="transfer_incident", uai=u, platform="esidoc",
  notes="Mayotte: import of the ENT directory into e-sidoc fails.",
  frm=("Mamadou Attoumani", "mamadou.attoumani@ac-mayotte.fr"), client="outlook",
  subj="Import annuaire",
  body=f"""
Bonjour,

L'import de l'annuaire ENT dans e-sidoc échoue depuis la mise à jour de lundi (« fichier invalide »). Nous sommes le collège de Kawéni 2, Mamoudzou, UAI {u}.

Mamadou Attoumani
""")

u = U("0541604")
M(key="ti-code-maintenance-typo", cat="transfer_incident", uai=u, platform="ecoledirecte",
  notes="'Code de maintenance du jour' refused when regenerating the licence; 'Ecole Directe' misspelled; says it is not a forgotten password.",
  frm=("Martine Colin", "martine.colin@ac-nancy-metz.fr"), client="orange",
  subj="Ecole Directe - code de maintenance",
  body=f"""
Bonjour,

Ce n'est pas un mot de passe oublié : c'est le code de maintenance du jour qui est refusé quand j'essaie de régénérer la licence Ecole Directe. Du coup plus aucun transfert depuis hier.

RNE {u}
Martine Colin, secrétariat
""")
# ================================================================ automated (13)
def dsn_mime(m):
    """multipart/report; report-type=delivery-status with the returned message."""
    root = EmailMessage(policy=POL)
    root["Content-Type"] = "multipart/report; report-type=delivery-status"
    root.preamble = "This is a MIME-encapsulated message.\n"
    p1 = EmailMessage(policy=POL)
    p1.set_content(m["body"].strip("\n") + "\n", charset="us-ascii", cte="7bit")
    p1["Content-Description"] = "Notification"
    p2 = email.message_from_string("Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
                                   + m["dsn"].strip("\n") + "\n", policy=POL)
    orig = EmailMessage(policy=POL)
    for hn, hv in m["orig_headers"]:
        orig[hn] = hv
    orig.set_content(m["orig_body"].strip("\n") + "\n", charset="utf-8", cte="quoted-printable")
    p3 = EmailMessage(policy=POL)
    p3.set_content(orig)
    p3["Content-Description"] = "Undelivered Message"
    for p in (p1, p2, p3):
        root.attach(p)
    return root


def mdn_mime(m):
    """multipart/report; report-type=disposition-notification (a read receipt)."""
    root = EmailMessage(policy=POL)
    root["Content-Type"] = "multipart/report; report-type=disposition-notification"
    p1 = EmailMessage(policy=POL)
    p1.set_content(m["body"].strip("\n") + "\n", charset="utf-8", cte=m.get("cte", "8bit"))
    p2 = email.message_from_string("Content-Type: message/disposition-notification\n\n" + m["mdn"].strip("\n") + "\n",
                                   policy=POL)
    root.attach(p1)
    root.attach(p2)
    if m.get("orig_headers"):
        p3 = EmailMessage(policy=POL)
        p3.set_content(m["orig_headers"].strip("\n") + "\n", subtype="rfc822-headers", charset="us-ascii", cte="7bit")
        root.attach(p3)
    return root


u = U("0292087")
M(key="au-ooo-fr-outlook", cat="automated", uai=u, platform=None,
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")],
  notes="French Outlook out-of-office with Auto-Submitted, from a ce.<UAI> address (so uai and region are set).",
  frm=("CDI Lycée Kerichen", "ce.%s@ac-rennes.fr" % u), client="outlook",
  subj="Réponse automatique : [#SUP-038120] Votre demande",
  body="""
Bonjour,

Le CDI est fermé pendant les vacances scolaires, du 20 décembre au 5 janvier. Votre message sera traité à mon retour.

Pour toute urgence, merci de contacter le secrétariat du lycée.
""", date="2025-12-22 10:14")

M(key="au-ooo-en-gmail", cat="automated", lang="en", headers=[("Auto-Submitted", "auto-replied")],
  notes="English Gmail vacation responder with Auto-Submitted.",
  frm=("Michael Ross", "michael.ross.teach@gmail.com"), client="gmail",
  subj="Re: [#SUP-033571] Your account on the buyer space",
  body="""
Thanks for your email. I'm away on a school trip until 14 April with limited access to email. I'll reply as soon as I'm back.

Michael
""", date="2025-04-08 09:02")

M(key="au-ooo-fr-noheaders", cat="automated", hard=True,
  notes="Out-of-office without any automation header (no Auto-Submitted, no Precedence), only the wording gives it away; no UAI, no académie domain.",
  frm=("Hélène Marchetti", "h.marchetti@mairie-cervione-example.fr"), client="roundcube",
  subj="Absence",
  body="""
Bonjour,

Je suis absente du 14 au 25 avril inclus. Je prendrai connaissance de votre message à mon retour.
En cas d'urgence, vous pouvez joindre l'accueil de la mairie au 04 95 00 12 34.

Cordialement,
Hélène Marchetti
""", date="2025-04-14 07:31")

M(key="au-ooo-en-outlook", cat="automated", lang="en",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  notes="English 'Automatic reply' from Outlook with headers; region from ac-versailles.fr.",
  frm=("Laura Bennett", "laura.bennett@ac-versailles.fr"), client="outlook",
  subj="Automatic reply: [#SUP-044902] Activation link",
  body="""
I am currently out of the office with no access to my emails. I will return on Monday 2 March.
For urgent matters please contact the school office.
""", date="2026-02-26 13:40")

M(key="au-dsn-postfix", cat="automated", lang="en", mime=dsn_mime, return_path="", auth="none",
  headers=[("Auto-Submitted", "auto-replied")],
  notes="multipart/report delivery-status bounce from Postfix (unknown user); the returned message was our own answer.",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx.clg-pasteur-example.fr"), client="system",
  subj="Undelivered Mail Returned to Sender",
  body="""
This is the mail system at host mx.clg-pasteur-example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<cdi@clg-pasteur-example.fr>: host mx.clg-pasteur-example.fr[local] said:
    550 5.1.1 <cdi@clg-pasteur-example.fr>: Recipient address rejected:
    User unknown in virtual mailbox table
""",
  dsn="""
Reporting-MTA: dns; mx.clg-pasteur-example.fr
X-Postfix-Queue-ID: 4QwK2r1Zc8z9Tt
Arrival-Date: Tue, 17 Jun 2025 14:20:03 +0200 (CEST)

Final-Recipient: rfc822; cdi@clg-pasteur-example.fr
Original-Recipient: rfc822;cdi@clg-pasteur-example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <cdi@clg-pasteur-example.fr>: Recipient address rejected: User unknown in virtual mailbox table
""",
  orig_headers=[("From", "Assistance <support@assistance.example.fr>"), ("To", "cdi@clg-pasteur-example.fr"),
                ("Subject", "[#SUP-021954] Votre demande d'abonnement"), ("Date", "Tue, 17 Jun 2025 14:20:01 +0200"),
                ("Message-ID", "<SUP-021954.1750162801.a81c3e@assistance.example.fr>")],
  orig_body="""
Bonjour,

Votre abonnement est maintenant actif. Il peut être nécessaire de vous déconnecter puis de vous reconnecter pour le voir.

L'équipe d'assistance
""", date="2025-06-17 14:20")

M(key="au-bounce-plain-fr", cat="automated", hard=True, return_path="", auth="none",
  notes="Plain-text French bounce: no multipart/report, no Auto-Submitted; from postmaster of an académie relay (region from ac-caen.fr).",
  frm=("Administrateur de messagerie", "postmaster@ac-caen.fr"), client="system",
  subj="Non remis : [#SUP-029310] Mot de passe",
  body="""
Votre message n'a pas pu être remis aux destinataires suivants :

    gestion.clg-malherbe@ac-caen.fr
    Raison : la boîte aux lettres du destinataire est pleine (552 5.2.2 Mailbox full).

Votre message a été envoyé le mar. 15/04/2025 10:05.
Aucune nouvelle tentative ne sera effectuée.

---- Début du message d'origine ----
De : support@assistance.example.fr
Objet : [#SUP-029310] Mot de passe
""", date="2025-04-15 10:06")

M(key="au-mdn-thunderbird", cat="automated", mime=mdn_mime,
  notes="Read receipt (multipart/report, disposition-notification) from Thunderbird; region from ac-dijon.fr.",
  frm=("Sylvain Perrot", "sylvain.perrot@ac-dijon.fr"), client="thunderbird",
  subj="Accusé de réception (affiché) - [#SUP-035517] Votre abonnement",
  body="""
Ceci est un accusé de réception pour le courriel envoyé à <sylvain.perrot@ac-dijon.fr>.

Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.
""",
  mdn="""
Reporting-UA: ac-dijon.fr; Thunderbird 128.5.0
Final-Recipient: rfc822;sylvain.perrot@ac-dijon.fr
Original-Message-ID: <SUP-035517.1758000000.7e0d4a@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed
""", date="2025-09-16 08:55")

M(key="au-mdn-outlook-lu", cat="automated", mime=mdn_mime, cte="quoted-printable",
  notes="Outlook read receipt 'Lu :' as multipart/report with rfc822-headers; no UAI, private domain.",
  frm=("Nathalie Grosjean", "n.grosjean@lycee-st-joseph-example.fr"), client="outlook",
  subj="Lu : [#SUP-039988] Identifiant Espace Acheteur",
  body="""
Votre message

  À : Nathalie Grosjean
  Objet : [#SUP-039988] Identifiant Espace Acheteur
  Envoyé : mardi 4 novembre 2025 15:30:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 4 novembre 2025 16:02:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""",
  mdn="""
Reporting-UA: PR1P264MB3310.FRAP264.PROD.OUTLOOK.COM
Final-Recipient: rfc822;n.grosjean@lycee-st-joseph-example.fr
Original-Message-ID: <SUP-039988.1762266612.3b9a70@assistance.example.fr>
Disposition: manual-action/MDN-sent-automatically; displayed
""",
  orig_headers="""
From: Assistance <support@assistance.example.fr>
To: n.grosjean@lycee-st-joseph-example.fr
Subject: [#SUP-039988] Identifiant Espace Acheteur
Date: Tue, 04 Nov 2025 15:30:12 +0100
Message-ID: <SUP-039988.1762266612.3b9a70@assistance.example.fr>
""", date="2025-11-04 16:02")

LIST_HDRS = [("List-Id", "Lettre d'information des documentalistes <infodoc.listes.example.org>"),
             ("List-Unsubscribe", "<mailto:sympa@listes.example.org?subject=unsubscribe%20infodoc>"),
             ("List-Archive", "<https://listes.example.org/sympa/arc/infodoc>"),
             ("Precedence", "list"), ("X-Loop", "infodoc@listes.example.org")]
M(key="au-list-newsletter", cat="automated", platform=None, fmt="alt", relay="mail.listes.example.org",
  to="infodoc@listes.example.org", envelope_to=SUPPORT, return_path="infodoc-owner@listes.example.org",
  headers=LIST_HDRS + [("Sender", "infodoc-request@listes.example.org")],
  notes="Mailing-list newsletter (List-Id, Precedence: list) the desk is subscribed to.",
  frm=("Info-Doc", "infodoc@listes.example.org"), client="thunderbird",
  subj="[infodoc] Lettre n°47 - Rencontres régionales, nouveautés du mois",
  body="""
Bonjour à toutes et à tous,

Au sommaire de cette lettre :
- les rencontres régionales des professeurs documentalistes (inscriptions ouvertes) ;
- une sélection de ressources sur l'éducation aux médias ;
- le compte rendu du dernier webinaire sur les statistiques de prêt.

Bonne lecture !
L'équipe Info-Doc

--
Pour vous désabonner : sympa@listes.example.org
""")

M(key="au-list-question", cat="automated", platform="espace_acheteur", hard=True, relay="mail.listes.example.org",
  to="gestionnaires-eple@listes.example.org", envelope_to=SUPPORT,
  return_path="gestionnaires-eple-owner@listes.example.org", auth="softfail",
  headers=[("List-Id", "Entraide des gestionnaires <gestionnaires-eple.listes.example.org>"),
           ("List-Post", "<mailto:gestionnaires-eple@listes.example.org>"),
           ("Precedence", "list"), ("Sender", "gestionnaires-eple-request@listes.example.org")],
  notes="A real question (an invoice on the buyer space) but posted to a mailing list the desk is on (List-Id): automated, never answered. DKIM broken by the list.",
  frm=("Pierre-Yves Cadiou", "pierre-yves.cadiou@ac-rennes.fr"), client="thunderbird",
  subj="[gestionnaires-eple] Facture introuvable sur l'Espace Acheteur",
  body="""
Bonjour à tous,

Quelqu'un a-t-il déjà eu une facture qui n'apparaît pas dans l'Espace Acheteur alors que la commande est livrée ? Je ne sais pas s'il faut attendre ou relancer.

Merci pour vos retours,
Pierre-Yves
""")

M(key="au-esidoc-export", cat="automated", platform="esidoc",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, AutoReply")],
  notes="No-reply platform notification (export ready) with Auto-Submitted.",
  frm=("e-sidoc", "no-reply@notifications.esidoc.example.fr"), client="system", fmt="alt",
  subj="Votre export est prêt",
  body="""
Bonjour,

L'export des statistiques de prêt que vous avez demandé est prêt. Il restera disponible 7 jours dans votre espace de gestion, rubrique « Exports ».

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""")

M(key="au-esign-no-header", cat="automated", platform="esignature", hard=True,
  notes="E-signature platform notification without Auto-Submitted or Precedence; only the no-reply sender and wording show it is automatic.",
  frm=("Signature électronique", "ne-pas-repondre@esignature.example.com"), client="system", fmt="html",
  subj="Document signé par toutes les parties",
  body="""
Bonjour,

Le document « Convention de partenariat 2026 » a été signé par toutes les parties.
Vous pouvez le télécharger depuis votre espace pendant 30 jours.

Ceci est un message automatique.
""")

M(key="au-ticket-weekly-en", cat="automated", platform="ticket_portal", lang="en",
  headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
  notes="English weekly digest from the ticket portal's no-reply address.",
  frm=("Support portal", "no-reply@portal.assistance.example.fr"), client="system",
  subj="Your weekly ticket summary",
  body="""
Hello,

Here is your weekly summary:
- 2 tickets open
- 1 ticket waiting for your reply
- 3 tickets closed this week

Log in to the support portal to see the details.

This is an automated message - please do not reply.
""")
# ================================================================ other (12)
u = U("0891374")
M(key="ot-thanks-only", cat="other", uai=u, platform="esidoc", hard=True,
  irt="<SUP-024870.1746000000.52c9be@assistance.example.fr>", date="2025-04-30 11:47",
  notes="Thanks only, quoting our reset answer: nothing to do; other (not password_reset).",
  frm=("Dominique Chevillard", "dominique.chevillard@ac-dijon.fr"), client="zimbra",
  subj="RE: [#SUP-024870] Mot de passe e-sidoc",
  body=f"""
Merci beaucoup, tout fonctionne à nouveau !
Bonne journée

D. Chevillard - collège Paul-Bert, Auxerre ({u})

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Dominique Chevillard" <dominique.chevillard@ac-dijon.fr>
Envoyé: Mercredi 30 Avril 2025 10:12:40
Objet: [#SUP-024870] Mot de passe e-sidoc

Bonjour,
Vous allez recevoir un message contenant un lien pour choisir votre nouveau mot de passe.
Cordialement,
L'équipe d'assistance
""")

M(key="ot-phishing-password", cat="other", hard=True, auth="fail", fmt="html",
  reply_to="verification@ac-lyon-messagerie.com",
  notes="Phishing: look-alike 'ac-lyon-messagerie.com', SPF/DMARC fail, asks to 'confirm' the password; mentions passwords (and e-sidoc in passing) but is not a password request. Sender is not an ac-*.fr domain: no region; platform null.",
  frm=("Service Messagerie Académique", "alerte@ac-lyon-messagerie.com"), client="system",
  subj="Action requise : votre mot de passe expire aujourd'hui",
  body="""
Cher utilisateur,

Votre mot de passe de messagerie expire aujourd'hui. Pour conserver l'accès à votre boîte et à vos applications (e-sidoc, ENT), vous devez confirmer votre mot de passe actuel dans les 24 heures :

https://ac-lyon-messagerie.com/verification/compte

Sans action de votre part, votre compte sera suspendu.

Service Messagerie
""")

M(key="ot-phishing-invoice-en", cat="other", lang="en", hard=True, auth="fail",
  attach=[("Invoice_INV-88213.pdf", PDF)],
  notes="English fake overdue invoice with a PDF, SPF/DMARC fail: spam/phishing, not order_billing.",
  frm=("Accounts Receivable", "billing@secure-payments-portal.example.com"), client="system",
  subj="OVERDUE: Invoice INV-88213 - final notice",
  body="""
Dear Customer,

Our records show that invoice INV-88213 (EUR 2,940.00) is now 30 days overdue. To avoid suspension of your services, please settle the amount today using the secure link below:

https://secure-payments-portal.example.com/pay/INV-88213

The invoice is attached for your reference.

Accounts Receivable Department
""")

M(key="ot-seo-spam", cat="other", fmt="alt",
  notes="Commercial spam (SEO offer).",
  frm=("Julien - WebBoost", "julien@webboost-agence.example.com"), client="gmail",
  subj="Votre site en première page de Google ?",
  body="""
Bonjour,

J'ai parcouru votre site et je pense qu'il pourrait gagner beaucoup en visibilité. Notre agence accompagne plus de 300 collectivités et établissements : audit gratuit, référencement, refonte.

Seriez-vous disponible 15 minutes cette semaine pour un appel ?

Julien
WebBoost Agence
""")

M(key="ot-candidature", cat="other",
  attach=[("CV_Amandine_Roy.pdf", PDF)],
  notes="Unsolicited job application with a CV.",
  frm=("Amandine Roy", "amandine.roy.pro@gmail.com"), client="gmail", fmt="alt",
  subj="Candidature spontanée - technicienne support",
  body="""
Madame, Monsieur,

Titulaire d'un BTS SIO et forte de deux ans d'expérience en support utilisateurs, je me permets de vous adresser ma candidature pour un poste de technicienne d'assistance.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un entretien.

Cordialement,
Amandine Roy
06 00 00 41 27
""")

M(key="ot-parent-ed", cat="other", platform="ecoledirecte",
  notes="A parent writes to the wrong desk about her daughter's grades in EcoleDirecte: nothing for us to do; other.",
  frm=("Sonia Meunier", "sonia.meunier78@orange.fr"), client="orange",
  subj="notes de ma fille",
  body="""
Bonjour,
je ne vois pas les notes du 2e trimestre de ma fille Inès (4eB) sur EcoleDirecte alors que les autres parents les voient. Le professeur principal ne répond pas. Pouvez-vous voir ?
Merci
Mme Meunier
""")

M(key="ot-feature-csv", cat="other", platform="esidoc",
  notes="Feature suggestion (CSV export of overdue loans); no problem to solve.",
  frm=("Romain Lacoste", "romain.lacoste@ac-bordeaux.fr"), client="thunderbird",
  subj="Suggestion : export des retards",
  body=f"""
Bonjour,

Une suggestion d'amélioration pour e-sidoc : serait-il possible d'exporter la liste des prêts en retard au format CSV, classée par division ? Cela nous ferait gagner beaucoup de temps pour les relances.

Merci pour votre travail,
Romain Lacoste
Collège Arthur-Rimbaud, Périgueux
""")

M(key="ot-en-research", cat="other", lang="en",
  notes="English: a researcher asks for an interview about school library software; not a support request.",
  frm=("Dr. Ingrid Solberg", "ingrid.solberg@uni-example.no"), client="apple",
  subj="Research interview request - school library systems",
  body="""
Dear colleagues,

I am a researcher in information science working on a comparative study of school library systems in Europe. Would someone from your team be willing to take part in a 45-minute interview (online) in the coming weeks?

I would be very grateful for your help.

Kind regards,
Dr. Ingrid Solberg
""")

M(key="ot-rgpd", cat="other", platform="ticket_portal",
  notes="GDPR request to delete personal data from the ticket portal; human review, other.",
  frm=("Hugues Barbier", "hugues.barbier@laposte.net"), client="roundcube",
  subj="Suppression de mes données personnelles",
  body="""
Bonjour,

Ayant quitté l'Éducation nationale, je vous demande, conformément au RGPD, de supprimer mon compte sur votre portail d'assistance et l'ensemble des données personnelles me concernant.

Merci de me confirmer la suppression.

Hugues Barbier
""")

u = U("0562784")
M(key="ot-not-password-slow", cat="other", uai=u, platform="esidoc", hard=True,
  notes="Negation: 'ce n'est pas une demande de mot de passe'; reports that the site is very slow: other.",
  frm=("Soizic Le Roux", "soizic.leroux@ac-rennes.fr"), client="zimbra",
  subj="lenteurs",
  body=f"""
Bonjour,

Ce n'est pas une demande de mot de passe, tout va bien de ce côté-là. Je voulais simplement signaler que l'OPAC e-sidoc est extrêmement lent depuis ce matin (plus de 30 secondes pour afficher une notice).

Soizic Le Roux
Lycée Joseph-Loth, Pontivy ({u})
""")

M(key="ot-formation", cat="other", platform="esidoc",
  notes="Question about whether a training session is maintained.",
  frm=("Corinne Lebas", "corinne.lebas@ac-normandie.fr"), client="outlook", fmt="alt",
  subj="Formation e-sidoc du 12 mars",
  body=f"""
Bonjour,

Je suis inscrite à la formation e-sidoc « prise en main » du 12 mars à Rouen. Pouvez-vous me confirmer qu'elle est bien maintenue, et l'horaire exact ?

Merci,
Corinne Lebas
Collège Fontenelle
""", date="2026-03-04 09:30")

M(key="ot-unsubscribe", cat="other",
  notes="Asks to be removed from a newsletter; written by a person, other.",
  frm=("Gérard Vidal", "gerard.vidal34@free.fr"), client="orange",
  subj="désinscription",
  body="""
Merci de me retirer de votre liste de diffusion, je suis à la retraite depuis juin.
G. Vidal
""")


# ================================================================ build and check
TARGET = {"password_reset": 18, "missing_noreply_mail": 13, "mailinblack_spam": 10,
          "head_of_establishment_request": 10, "account_creation": 9, "subscription_activation": 9,
          "order_billing": 10, "contract_documents": 8, "transfer_incident": 8, "automated": 13, "other": 12}
AUTO_OK = {"password_reset", "missing_noreply_mail", "mailinblack_spam", "subscription_activation", "account_creation"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
CODE_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")


def decoded_text(raw):
    """Headers (RFC 2047 decoded) and every leaf part decoded, for entity checks."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    chunks = [raw.decode("latin-1")]
    for part in msg.walk():
        for k, v in part.items():
            chunks.append("%s: %s" % (k, v))
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            cs = part.get_content_charset() or "utf-8"
            try:
                chunks.append(payload.decode(cs))
            except (LookupError, UnicodeDecodeError):
                chunks.append(payload.decode("latin-1"))
        else:
            chunks.append(str(part.get_payload()))
    return "\n".join(chunks)


def defects_of(raw):
    out = []
    for pol in (email.policy.compat32, email.policy.default):
        msg = email.message_from_bytes(raw, policy=pol)
        for part in msg.walk():
            out += ["%s" % type(d).__name__ for d in part.defects]
            if pol is email.policy.default:
                for k, v in part.items():
                    out += ["%s:%s" % (k, type(d).__name__) for d in getattr(v, "defects", ())]
    return out


def main():
    problems = []
    keys = [m["key"] for m in MSGS]
    if len(set(keys)) != len(keys):
        problems.append("duplicate keys")
    for m in MSGS:
        m["local"] = parse_date(m["date"]) if m.get("date") else default_date(m["key"], m["cat"] == "automated")
    MSGS.sort(key=lambda m: (m["local"], m["key"]))
    for old in OUT.glob("g*.eml"):
        old.unlink()
    labels = []
    mids = set()
    for i, m in enumerate(MSGS, 1):
        fname = "g%03d.eml" % i
        raw = build(m)
        (OUT / fname).write_bytes(raw)
        sender = m["frm"][1]
        region = region_rule(m["uai"], sender)
        labels.append({"file": fname, "category": m["cat"], "auto_reply_ok": m["ar"], "uai": m["uai"],
                       "region": region, "platform": m["platform"], "hard": m["hard"], "lang": m["lang"],
                       "notes": m["notes"]})
        m["file"] = fname
        # --- checks
        p = "PROBLEM: %s (%s): " % (fname, m["key"])
        d = defects_of(raw)
        if d:
            problems.append(p + "defects %s" % d)
        if re.search(rb"(?<!\r)\n", raw):
            problems.append(p + "bare LF")
        if m["message_id"] in mids:
            problems.append(p + "duplicate Message-ID")
        mids.add(m["message_id"])
        if m["cat"] not in TARGET:
            problems.append(p + "unknown category")
        if m["ar"] and m["cat"] not in AUTO_OK:
            problems.append(p + "auto_reply_ok on %s" % m["cat"])
        if m["cat"] == "automated" and m["ar"]:
            problems.append(p + "automated with auto_reply_ok")
        if m["platform"] not in PLATFORMS:
            problems.append(p + "bad platform")
        text = decoded_text(raw)
        if m["uai"]:
            u_ = m["uai"]
            if not re.fullmatch(r"\d{7}[A-Z]", u_) or good_letter(u_) != u_[7]:
                problems.append(p + "labelled UAI %s invalid" % u_)
            if u_.lower() not in text.lower():
                problems.append(p + "labelled UAI %s not in message" % u_)
            if u_[:3] not in DEPT:
                problems.append(p + "UAI département %s unknown" % u_[:3])
            dom_region = region_rule(None, sender)
            if dom_region and dom_region != region:
                problems.append(p + "sender académie %s disagrees with UAI region %s" % (dom_region, region))
        allowed_valid = {x.upper() for x in ([m["uai"]] if m["uai"] else []) + m["extra_uais"]}
        allowed_bad = {x.upper() for x in m["bad"]}
        for code in set(c.upper() for c in CODE_RE.findall(text)):
            if good_letter(code) == code[7]:
                if code not in allowed_valid:
                    problems.append(p + "unlabelled valid UAI %s" % code)
            elif code not in allowed_bad:
                problems.append(p + "undeclared invalid code %s" % code)
        for b in m["bad"]:
            if b.lower() not in text.lower():
                problems.append(p + "declared bad code %s missing" % b)
            if good_letter(b) == b[7]:
                problems.append(p + "declared bad code %s is valid" % b)
        for needle in (b"/work/", b"/home/", b"/tmp/", str(OUT).encode()):
            if needle in raw:
                problems.append(p + "machine path in file")
    with open(OUT / "labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")

    # --- summary
    print("%-32s %5s %7s %5s %4s" % ("category", "msgs", "target", "auto", "hard"))
    tot = [0, 0, 0]
    for cat, want in TARGET.items():
        rows = [l for l in labels if l["category"] == cat]
        n, a, h = len(rows), sum(l["auto_reply_ok"] for l in rows), sum(l["hard"] for l in rows)
        tot[0] += n; tot[1] += a; tot[2] += h
        print("%-32s %5d %7d %5d %4d" % (cat, n, want, a, h))
        if n != want:
            problems.append("PROBLEM: %s has %d messages, expected %d" % (cat, n, want))
    print("%-32s %5d %7d %5d %4d" % ("total", tot[0], sum(TARGET.values()), tot[1], tot[2]))
    people = [l for l in labels if l["category"] != "automated"]
    with_code = [m for m in MSGS if m["cat"] != "automated" and (m["uai"] or m["bad"])]
    print("languages:", {k: sum(1 for l in labels if l["lang"] == k) for k in ("fr", "en")})
    print("people messages with a UAI: %d valid + %d wrong letter = %d of %d (%.0f%%)" % (
        sum(1 for l in people if l["uai"]), sum(1 for m in MSGS if m["bad"]), len(with_code), len(people),
        100.0 * len(with_code) / len(people)))
    plat = {}
    for l in labels:
        plat[l["platform"] or "none"] = plat.get(l["platform"] or "none", 0) + 1
    print("platforms:", dict(sorted(plat.items(), key=lambda kv: -kv[1])))
    reg = {}
    for l in labels:
        reg[l["region"] or "none"] = reg.get(l["region"] or "none", 0) + 1
    print("regions (%d distinct):" % (len(reg) - ("none" in reg)), dict(sorted(reg.items())))
    print("dates: %s .. %s" % (MSGS[0]["local"].date(), MSGS[-1]["local"].date()))
    digest = hashlib.sha256()
    for fn in sorted(OUT.glob("g*.eml")) + [OUT / "labels.jsonl"]:
        digest.update(fn.name.encode() + fn.read_bytes())
    print("content sha256:", digest.hexdigest())
    for pr in problems:
        print(pr)
    if problems:
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()

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
        return Header(value, cs, header_name=name, maxlinelen=78).encode(linesep="\r\n")


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
        return "%s <%s>" % (Header(name, cs).encode(), address)


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
        mid = "<%s.%s@%s>" % (h[:16], h[16:24], dom)
        date = rfc_date(local)
        mode = "q"
    else:
        raise ValueError(client)
    return mid, date, extra, mode


# ---------------------------------------------------------------- bodies
def to_html(text, client):
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
        content = htmlmod.escape(line.lstrip("> ") if q else line)
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
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\r\n'
                '<style><!--\r\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\r\n'
                '--></style>\r\n</head>\r\n<body lang="FR" link="#0563C1" vlink="#954F72">\r\n'
                '<div class="WordSection1">\r\n%s\r\n</div>\r\n</body>\r\n</html>\r\n' % inner)
    if client == "gmail":
        return '<div dir="ltr">\r\n%s\r\n</div>\r\n' % inner
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>'
            '<body style="font-family: Arial, sans-serif; font-size: 12pt">\r\n%s\r\n</body></html>\r\n' % inner)


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
            root.add_alternative(to_html(text, m["client"]), subtype="html", charset=cs, cte=cte)
        elif fmt == "html":
            root.set_content(to_html(text, m["client"]), subtype="html", charset=cs, cte=cte)
        else:
            raise ValueError(fmt)
        for fname, data in m.get("attach", []):
            if fname.lower().endswith(".pdf"):
                root.add_attachment(data, maintype="application", subtype="pdf", filename=fname)
            else:
                root.add_attachment(data, maintype="image", subtype="png", filename=fname)
    n = 0
    for part in root.walk():
        if part.is_multipart():
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
            rcpt, rfc_date(local)))
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

u = U("0972318")
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

u = U("0371658")
M(key="mb-lowercase", cat="mailinblack_spam", ar=True, uai=u, platform="esidoc",
  notes="All lower case, phone-typed; mails visible in the 'mib' space but cannot be released.",
  frm=("anne-so", "annesophie.renard37@laposte.net"), client="iphone",
  subj="mailinblack",
  body=f"""
bonjour les mails de e sidoc sont bloqués par mailinblack, je les vois dans mon espace mib mais jarrive pas a les liberer. college rabelais {u}
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

#!/usr/bin/env python3
"""Write the holdout43 blind test corpus: 150 support mails and labels.jsonl.

Theme: late June / early July 2025 in Bretagne and Pays de la Loire, the end
of the school year (inventories, the CDI closing for the summer, staff leaving
who hand their accounts over, summer orders before the deadline, holiday
auto-replies).

Standard library only, deterministic (fixed seed).  Run:

    python3 make_holdout43.py

It writes h001.eml ... h150.eml and labels.jsonl next to itself.
"""

import base64
import datetime as dt
import html
import json
import os
import quopri
import random
import re
from email.header import Header
from email.utils import format_datetime, formataddr, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 43
RND = random.Random(SEED)

DESK = "support@assistance.example.fr"
DESK_TO = "Assistance <support@assistance.example.fr>"
TZ = dt.timezone(dt.timedelta(hours=2))

CATEGORIES = {
    "password_reset", "missing_noreply_mail", "mailinblack_spam",
    "head_of_establishment_request", "account_creation",
    "subscription_activation", "order_billing", "contract_documents",
    "transfer_incident", "automated", "other",
}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte",
             "ticket_portal", "esignature"}
# categories whose default action is never an automatic answer
NEVER_AUTO = {"head_of_establishment_request", "order_billing",
              "contract_documents", "transfer_incident", "automated", "other"}

UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

# régions académiques (shared/spec/regions.md)
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


def uai_ok(code):
    return (bool(re.fullmatch(r"\d{7}[A-Z]", code))
            and UAI_LETTERS[int(code[:7]) % 23] == code[7])


# ---------------------------------------------------------------------------
# mail building
# ---------------------------------------------------------------------------

def hx(n):
    return "".join(RND.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(RND.choice(chars) for _ in range(n))


def uuid_like(upper=False):
    s = "%s-%s-%s-%s-%s" % (hx(8), hx(4), "4" + hx(3), RND.choice("89ab") + hx(3), hx(12))
    return s.upper() if upper else s


def parse_date(s):
    """'06-24 08:41' -> aware datetime in 2025 (CEST)."""
    md, hm = s.split()
    m, d = (int(x) for x in md.split("-"))
    h, mi = (int(x) for x in hm.split(":"))
    return dt.datetime(2025, m, d, h, mi, RND.randint(0, 59), tzinfo=TZ)


def random_date():
    day = dt.date(2025, 6, 23) + dt.timedelta(days=RND.randint(0, 18))
    h = RND.choice([7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 15, 16, 16, 17, 18, 20, 21, 22])
    return dt.datetime(day.year, day.month, day.day, h, RND.randint(0, 59),
                       RND.randint(0, 59), tzinfo=TZ)


def enc_header(value, name):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", header_name=name).encode()


def addr(pair):
    if isinstance(pair, str):
        return pair
    name, email = pair
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def domain_of(email):
    return email.rsplit("@", 1)[1].lower()


MAILERS = {
    "tb": ("User-Agent", "Mozilla Thunderbird"),
    "iphone": ("X-Mailer", "iPhone Mail (22F76)"),
    "apple": ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),
    "android": ("X-Mailer", None),  # Outlook for Android adds no X-Mailer
    "gmail": (None, None),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "owa": (None, None),
    "zimbra": ("X-Mailer", "Zimbra 10.0.13_GA_0167 (ZimbraWebClient - FF127 (Win)/10.0.13_GA_0167)"),
    "samsung": (None, None),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"),
    "orange": ("X-Mailer", "Orange Messagerie"),
    "bot": (None, None),
}


def message_id(mailer, dom, when):
    ts = int(when.timestamp())
    if mailer == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (alnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                                         alnum(30, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="))
    if mailer in ("iphone", "apple"):
        return "<%s@%s>" % (uuid_like(True), dom)
    if mailer == "owa" and dom.startswith("ac-"):
        mailer = "zimbra"
    if mailer == "outlook" and dom not in ("outlook.fr", "hotmail.fr", "outlook.com"):
        # Outlook desktop sending through the organisation's own server
        return "<%s01db%s$%s$%s$@%s>" % (hx(4), hx(4), hx(8), hx(8), dom)
    if mailer in ("outlook", "owa", "android"):
        return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (
            RND.choice(["PR3P", "AM0P", "PA4P", "DB9P", "PAXP"]), alnum(42), alnum(12), RND.randint(1, 9))
    if mailer == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RND.randint(10**8, 10**9), RND.randint(10**5, 10**6), ts * 1000 + RND.randint(0, 999), dom)
    if mailer == "samsung":
        return "<%s.%s@email.android.com>" % (hx(8), hx(16))
    if mailer == "orange":
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02d.ntm.orange.fr>" % (RND.randint(10**8, 10**9), RND.randint(100, 999), ts * 1000, RND.randint(1, 40))
    if mailer == "roundcube":
        return "<%s@%s>" % (hx(32), dom)
    if mailer == "bot":
        return "<%s.%s@%s>" % (when.strftime("%Y%m%d%H%M%S"), alnum(10), dom)
    return "<%s@%s>" % (uuid_like(), dom)


def relay_host(dom):
    if dom in ("gmail.com",):
        return "mail-wr1-f%d.google.com" % RND.randint(40, 99), "209.85.221.%d" % RND.randint(2, 250)
    if dom in ("outlook.fr", "hotmail.fr", "hotmail.com", "outlook.com"):
        return "EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.%d.%d" % (RND.randint(1, 250), RND.randint(1, 250))
    if dom in ("orange.fr", "wanadoo.fr"):
        return "smtp-%d.smtp.orange.fr" % RND.randint(10, 30), "80.12.242.%d" % RND.randint(2, 250)
    if dom.startswith("ac-"):
        return "smtp%d.%s" % (RND.randint(1, 4), dom), "192.0.2.%d" % RND.randint(2, 250)
    return "mail.%s" % dom, "198.51.100.%d" % RND.randint(2, 250)


def fold_body_to_crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "8bit":
        try:
            raw.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            pass
        return cte, raw.decode(charset)
    if cte == "base64":
        return cte, base64.encodebytes(raw.replace(b"\n", b"\r\n")).decode("ascii")
    # quoted-printable
    try:
        raw.decode("ascii")
        if max(len(l) for l in text.split("\n")) < 78:
            return "7bit", text
    except UnicodeDecodeError:
        pass
    return "quoted-printable", quopri.encodestring(raw).decode("ascii")


def text_to_html(text, outlook=False, charset="utf-8"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(l, quote=False) for l in p.split("\n")]
        if outlook:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % "<br>\n".join(lines))
        else:
            out.append("<div>%s</div><div><br></div>" % "<br>\n".join(lines))
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n' % charset +
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="FR" link="#0563C1" vlink="#954F72">\n'
                '<div class="WordSection1">\n' + "\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n".join(out)
                + "\n</div>\n</body>\n</html>\n")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n' + "\n".join(out) + "\n</body></html>\n")


def gmail_html(own, quote):
    def divs(text):
        out = []
        for l in text.strip("\n").split("\n"):
            out.append("<div>%s</div>" % (html.escape(l, quote=False) if l.strip() else "<br>"))
        return "\n".join(out)
    h = '<div dir="ltr">\n%s\n</div>' % divs(own)
    if quote:
        lines = quote.strip("\n").split("\n")
        attr = lines[0]
        rest = "\n".join(l[2:] if l.startswith("> ") else l.lstrip(">") for l in lines[1:])
        h += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
              'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>'
              % (html.escape(attr, quote=False), divs(rest)))
    return h + "\n"


def boundary():
    return "----=_Part_%d_%d.%d" % (RND.randint(10**5, 10**6), RND.randint(10**8, 10**9), RND.randint(10**12, 10**13))


def build(spec):
    """Return the raw message (str with LF line ends, converted to CRLF later)."""
    frm = spec["frm"]
    from_email = frm if isinstance(frm, str) else frm[1]
    if "<" in from_email:
        from_email = from_email.split("<")[1].rstrip(">")
    dom = domain_of(from_email)
    when = parse_date(spec["date"]) if spec.get("date") else random_date()
    mailer = spec.get("mailer", "tb")
    mid = spec.get("mid") or message_id(mailer, dom, when)
    spec["_mid"] = mid
    h = []
    rp = spec.get("rp", from_email)
    h.append(("Return-Path", "<%s>" % rp if rp else "<>"))
    h.append(("Delivered-To", DESK))
    host, ip = spec["relay"] if spec.get("relay") else relay_host(dom)
    recv_time = when + dt.timedelta(seconds=RND.randint(2, 40))
    h.append(("Received", "from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
              % (host, host, ip, alnum(15, "ABCDEFGHJKLMNPQRSTVWXYZabcdefghijkmnopqrstuvwxyz0123456789"), DESK,
                 format_datetime(recv_time))))
    auth = spec.get("auth", "pass")
    adom = dom
    if auth == "pass":
        h.append(("Authentication-Results", "mx1.assistance.example.fr;\n\tdkim=pass (2048-bit key) header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=none dis=none) header.from=%s" % (adom, adom, adom)))
    elif auth == "fail":
        h.append(("Authentication-Results", "mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=fail (domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (adom, ip, adom, adom)))
    elif auth == "none":
        h.append(("Authentication-Results", "mx1.assistance.example.fr;\n\tdkim=none;\n\tspf=pass smtp.helo=%s;\n\tdmarc=none" % host))
    h.append(("From", addr(frm)))
    h.append(("To", ", ".join(addr(p) for p in getaddresses([spec.get("to", DESK_TO)]))))
    if spec.get("cc"):
        h.append(("Cc", ", ".join(addr(c) for c in spec["cc"])))
    if spec.get("reply_to"):
        h.append(("Reply-To", addr(spec["reply_to"])))
    h.append(("Subject", enc_header(spec["subj"], "Subject")))
    h.append(("Date", format_datetime(when)))
    h.append(("Message-ID", mid))
    if spec.get("irt"):
        h.append(("In-Reply-To", spec["irt"]))
        h.append(("References", spec.get("refs", spec["irt"])))
    mv = "1.0 (1.0)" if mailer == "iphone" else "1.0"
    h.append(("MIME-Version", mv))
    k, v = MAILERS.get(mailer, (None, None))
    if k and v:
        h.append((k, v))
    if mailer == "owa" and dom.startswith("ac-"):
        mailer = "zimbra"
        h.append(("X-Mailer", MAILERS["zimbra"][1]))
    if mailer in ("outlook", "owa", "android"):
        h.append(("Thread-Topic", enc_header(re.sub(r"^((RE|TR|Re|Fwd|FW|Réf) ?: ?)+", "", spec["subj"]), "Thread-Topic")))
        h.append(("Thread-Index", base64.b64encode(bytes(RND.randrange(256) for _ in range(22))).decode()))
        h.append(("Content-Language", "fr-FR" if spec["lang"] == "fr" else "en-GB"))
    for name, value in spec.get("extra", []):
        h.append((name, enc_header(value, name) if name not in ("List-Id",) else value))

    kind = spec.get("kind", "plain")
    if kind == "plain" and mailer == "gmail":
        kind = "alt"  # Gmail always sends a text and an HTML part
    charset = spec.get("charset", "utf-8")
    body = spec["body"]
    if spec.get("sig"):
        body = body.rstrip("\n") + "\n\n" + spec["sig"].strip("\n") + "\n"
    own = body
    if spec.get("quote"):
        body = body.rstrip("\n") + "\n" + spec["quote"]
    if not body.endswith("\n"):
        body += "\n"

    if kind == "plain":
        cte = spec.get("cte", {"iphone": "qp", "gmail": "qp", "android": "base64", "samsung": "base64"}.get(mailer, "qp"))
        cte = {"qp": "quoted-printable"}.get(cte, cte)
        real_cte, payload = encode_body(body, charset, "qp" if cte == "quoted-printable" else cte)
        fmt = "; format=flowed" if mailer == "tb" and spec.get("flowed") else ""
        h.append(("Content-Type", "text/plain; charset=%s%s" % (charset if mailer != "gmail" else '"%s"' % charset, fmt)))
        h.append(("Content-Transfer-Encoding", real_cte))
        parts_text = payload
    elif kind in ("alt", "html_only"):
        outlook = mailer in ("outlook", "owa")
        htm = spec.get("html") or text_to_html(body, outlook=outlook, charset=charset)
        if mailer == "gmail":
            htm = gmail_html(own, spec.get("quote"))
        if kind == "html_only":
            real_cte, payload = encode_body(htm, charset, "qp")
            h.append(("Content-Type", 'text/html; charset="%s"' % charset))
            h.append(("Content-Transfer-Encoding", real_cte))
            parts_text = payload
        else:
            b = spec.get("boundary") or ("000000000000%s" % hx(16) if mailer == "gmail" else "_000_%s_" % alnum(40) if outlook else boundary())
            h.append(("Content-Type", 'multipart/alternative; boundary="%s"' % b))
            c1, p1 = encode_body(body, charset, "qp")
            c2, p2 = encode_body(htm, charset, "qp")
            parts_text = ("--%s\nContent-Type: text/plain; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n%s\n"
                          "--%s\nContent-Type: text/html; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n%s\n--%s--\n"
                          % (b, charset, c1, p1.rstrip("\n"), b, charset, c2, p2.rstrip("\n"), b))
            if mailer != "gmail":
                parts_text = "This is a multi-part message in MIME format.\n\n" + parts_text
    elif kind == "report":
        # spec["parts"]: list of (content-type line, extra headers, text)
        b = spec.get("boundary") or "%s/%s" % (alnum(12), host)
        h.append(("Content-Type", 'multipart/report; report-type=%s;\n boundary="%s"' % (spec["report_type"], b)))
        chunks = [spec.get("preamble", "This is a MIME-encapsulated message.") + "\n"]
        for ctype, extra_h, text in spec["parts"]:
            hdrs = ["Content-Type: %s" % ctype] + list(extra_h)
            if ctype.startswith("text/") and "charset" in ctype and not text.isascii():
                c, p = encode_body(text, "utf-8", "qp")
                hdrs.append("Content-Transfer-Encoding: %s" % c)
                text = p
            chunks.append("--%s\n%s\n\n%s" % (b, "\n".join(hdrs), text.rstrip("\n") + "\n"))
        chunks.append("--%s--\n" % b)
        parts_text = "\n".join(chunks)
    else:
        raise ValueError(kind)

    head = "".join("%s: %s\n" % (k, v) for k, v in h)
    return head + "\n" + parts_text


# ---------------------------------------------------------------------------
# quoting helpers (the way common clients quote history)
# ---------------------------------------------------------------------------

FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.",
                  "août", "sept.", "oct.", "nov.", "déc."]
FR_DAYS_ABBR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]


def _d(s):
    md, hm = s.split()
    m, d = (int(x) for x in md.split("-"))
    return dt.datetime(2025, m, d, int(hm[:2]), int(hm[3:]), tzinfo=TZ)


def gmail_quote(when, who, text):
    d = _d(when)
    head = "Le %s %d %s %d à %s, %s a écrit :" % (FR_DAYS_ABBR[d.weekday()], d.day, FR_MONTHS_ABBR[d.month - 1], d.year, d.strftime("%H:%M"), who)
    return "\n" + head + "\n\n" + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n")) + "\n"


def apple_quote(when, who, text):
    d = _d(when)
    head = "> Le %d %s %d à %s, %s a écrit :" % (d.day, FR_MONTHS_ABBR[d.month - 1], d.year, d.strftime("%H:%M"), who)
    return "\n" + head + "\n>\n" + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n")) + "\n"


def outlook_quote(when, frm, to, subj, text, cc=None):
    d = _d(when)
    lines = ["", "________________________________", "De : %s" % frm,
             "Envoyé : %s %d %s %d %s" % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1], d.year, d.strftime("%H:%M")),
             "À : %s" % to]
    if cc:
        lines.append("Cc : %s" % cc)
    lines += ["Objet : %s" % subj, "", text.strip("\n"), ""]
    return "\n".join(lines)


def outlook_quote_en(when, frm, to, subj, text):
    d = _d(when)
    return "\n".join(["", "________________________________", "From: %s" % frm,
                      "Sent: %s, %s %d, %d %s" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year, d.strftime("%I:%M %p").lstrip("0")),
                      "To: %s" % to, "Subject: %s" % subj, "", text.strip("\n"), ""])


def zimbra_quote(when, frm, to, subj, text):
    d = _d(when)
    return "\n".join(["", "----- Mail original -----", "De: \"%s\"" % frm, "À: \"%s\"" % to,
                      "Envoyé: %s %d %s %d %s" % (FR_DAYS[d.weekday()].capitalize(), d.day, FR_MONTHS[d.month - 1].capitalize(), d.year, d.strftime("%H:%M:%S")),
                      "Objet: %s" % subj, "", text.strip("\n"), ""])


def desk_mid(ticket, when):
    return "<SUP-%06d.%d.%s@assistance.example.fr>" % (ticket, int(_d(when).timestamp()), hx(6))


# ---------------------------------------------------------------------------
# the mails
# ---------------------------------------------------------------------------

MAILS = []


def add(category, auto, uai, region, platform, hard, lang, notes, **spec):
    spec.setdefault("body", "")
    spec.update(category=category, auto_reply_ok=auto, uai=uai, region=region,
                platform=platform, hard=hard, lang=lang, notes=notes)
    MAILS.append(spec)


IPHONE = "Envoyé de mon iPhone"
ANDROID = "Obtenir Outlook pour Android"
SAMSUNG = "Envoyé depuis mon appareil Galaxy"


# ============================ password_reset (23) ============================

add("password_reset", True, "0291271Z", "bretagne", "esidoc", False, "fr",
    "Librarian locked out of the e-sidoc back office just before the end-of-year inventory; UAI in the body.",
    frm=("Gwenaëlle Le Gall", "gwenaelle.le-gall@ac-rennes.fr"), mailer="tb", date="06-23 08:47", flowed=True,
    subj="Mot de passe administrateur e-sidoc",
    body="""\
Bonjour,

Je voulais préparer l'inventaire de fin d'année et publier la liste des
nouveautés de l'été sur notre portail, mais le back office e-sidoc refuse
mon mot de passe. J'ai dû le changer en mars et je ne le retrouve nulle
part dans mes notes.

Notre identifiant est 0291271Z (collège Pierre-Jakez Hélias, Quimper).
Pouvez-vous m'indiquer comment le réinitialiser ?

Merci d'avance,
""", sig="""\
--
Gwenaëlle Le Gall
Professeure documentaliste
Collège Pierre-Jakez Hélias - Quimper
""")

add("password_reset", True, "0441994D", "pays-de-la-loire", "esidoc", False, "fr",
    "Phone message with autocorrect slips ('pas de passe', 'bloque'); account locked after several attempts, UAI given.",
    frm=("Sandrine Chauvin", "sandrine.chauvin44@gmail.com"), mailer="iphone", date="06-24 07:52",
    subj="Compte esidoc bloque",
    body="""\
Bonjour
J ai tapé trop de fois le mauvais pas de passe et maintenant le compte admin esidoc est bloque. Rne 0441994D (college la Colinière Nantes)
Comment je fais pour le débloquer ? J ai les listes de prêt à clôturer avant vendredi
Merci bcp
Sandrine Chauvin doc

""" + IPHONE)

add("password_reset", True, "0560689V", "bretagne", "esidoc", False, "fr",
    "The former librarian left on mutation in June without passing on the password; the colleague who stays 'ne connaît pas le mot de passe'.",
    frm=("Erwan Morvan", "erwan.morvan@ac-rennes.fr"), mailer="zimbra", date="06-25 13:20",
    subj="Accès au portail e-sidoc du lycée",
    body="""\
Bonjour,

Notre collègue documentaliste a obtenu sa mutation et a quitté le lycée la
semaine dernière. Elle était la seule à connaître le mot de passe du compte
d'administration e-sidoc ; je ne le connais pas et je dois assurer la
clôture du CDI jusqu'au 4 juillet.

L'identifiant du lycée est 0560689V. Que faut-il faire pour obtenir un
nouveau mot de passe ?

Cordialement,

Erwan Morvan
Professeur documentaliste (TZR)
Lycée Joseph Loth - Pontivy
""")

add("password_reset", True, "0352951T", "bretagne", "esidoc", False, "en",
    "English; assistant of the international section: e-sidoc password expired, UAI given.",
    frm=("Fiona Gallagher", "fiona.gallagher@ac-rennes.fr"), mailer="outlook", date="06-26 11:05",
    subj="e-sidoc password expired",
    body="""\
Hello,

I am the assistant in the British section of our lycée and I help our
librarian with the e-sidoc portal. When I tried to log in this morning the
site said the password had expired, and we do not remember the previous one
so we cannot change it.

Our school code (UAI) is 0352951T. Could you please send us a reset link?

Many thanks and have a lovely summer,

Fiona Gallagher
Language assistant - Section internationale britannique
Lycée international - Rennes
""")

add("password_reset", True, "0491615P", "pays-de-la-loire", "espace_acheteur", False, "fr",
    "Gestionnaire cannot log in to the Espace Acheteur to place the summer order; lost password, UAI given.",
    frm=("Nathalie Pineau", "nathalie.pineau@ac-nantes.fr"), mailer="outlook", date="06-27 09:31",
    subj="Connexion Espace Acheteur impossible",
    body="""\
Bonjour,

Je suis gestionnaire au collège Jean Rostand d'Angers (UAI 0491615P). Je
n'arrive plus à me connecter à l'Espace Acheteur : mot de passe oublié, et
le lien « mot de passe oublié » me renvoie un message d'erreur sur
l'adresse.

Je dois passer les commandes de fournitures pour la rentrée avant la
fermeture de l'établissement, merci de me dire comment récupérer un accès.

Bien cordialement,

Nathalie Pineau
Gestionnaire
Collège Jean Rostand
49000 Angers
""")

add("password_reset", True, "0722461J", "pays-de-la-loire", "espace_acheteur", True, "fr",
    "Misleading subject about the order deadline: the only thing asked is how to get back into the account (forgotten password).",
    frm=("Marc Gautier", "marc.gautier@ac-nantes.fr"), mailer="tb", date="07-01 16:48",
    subj="Commande avant le 4 juillet !!",
    body="""\
Bonjour,

Nous devons valider notre commande de manuels avant le 4 juillet, dernier
délai de notre agent comptable. Le panier est prêt depuis longtemps,
seulement je n'arrive plus à entrer dans l'Espace Acheteur : mon mot de
passe ne passe plus et je ne me souviens pas de l'avoir changé.

Pouvez-vous me renvoyer de quoi le réinitialiser ? UAI 0722461J.

Merci,
Marc Gautier
Adjoint gestionnaire - Lycée Gabriel Touchard, Le Mans
""")

add("password_reset", True, None, "pays-de-la-loire", "esidoc", True, "fr",
    "UAI typed 0532851K: the digits give 0532851L, so it is not a valid UAI (probable typo); region from the ac-nantes.fr sender.",
    frm=("Hélène Bréhéret", "helene.breheret@ac-nantes.fr"), mailer="roundcube", date="06-30 10:14",
    subj="mot de passe oublié portail CDI",
    body="""\
Bonjour,

J'ai oublié le mot de passe de l'administration du portail e-sidoc du CDI.
Notre RNE est le 0532851K.

J'ai besoin d'y accéder pour passer les documents en « exclu du prêt » pour
l'été.

Merci de votre aide.
Hélène Bréhéret
Documentaliste, collège de Mayenne
""")

add("password_reset", False, "0722960B", "pays-de-la-loire", "esidoc", True, "fr",
    "Lost password, but she asks for it to be sent to her personal Gmail because she leaves on holiday: not the address on file, so no automatic answer.",
    frm=("Laurence Boutin", "laurence.boutin@ac-nantes.fr"), mailer="android", date="07-03 18:22",
    subj="Mdp esidoc",
    body="""\
Bonjour,
Je n'ai plus le mot de passe esidoc du collège (0722960B). Je pars demain en congé et je n'aurai plus accès à ma boîte académique, pouvez vous l'envoyer sur mon adresse perso laurence.boutin72@gmail.com ? Je m'occuperai de l'inventaire depuis chez moi.
Merci
L. Boutin

""" + ANDROID)

add("password_reset", True, "0850494A", "pays-de-la-loire", "esidoc", False, "fr",
    "Reset link expired before use (opened after the weekend); asks for a new one.",
    frm=("Yannick Charrier", "yannick.charrier@ac-nantes.fr"), mailer="tb", date="06-30 08:05",
    subj="Lien de réinitialisation expiré",
    body="""\
Bonjour,

J'ai demandé un lien de réinitialisation vendredi soir pour le portail
e-sidoc du lycée (0850494A), mais je ne l'ai ouvert que ce matin et la page
indique qu'il n'est plus valide.

Serait-il possible d'en recevoir un nouveau ?

Merci,

Yannick Charrier
Lycée Atlantique - Luçon
""")

add("password_reset", False, "0562594R", "bretagne", "ecoledirecte", True, "fr",
    "Lost password of the EcoleDirecte establishment (administration) account; transfers are said to work, so not transfer_incident. No reset template for this product.",
    frm=("Soizic Nédélec", "secretariat@ecole-sainte-anne-vannes.fr"), mailer="outlook", date="06-24 14:40",
    subj="Mot de passe espace établissement EcoleDirecte",
    body="""\
Bonjour,

Je suis secrétaire de direction à l'ensemble scolaire Sainte-Anne de Vannes
(UAI 0562594R). Les transferts vers EcoleDirecte se font normalement, aucun
souci de ce côté-là.

Par contre je ne connais plus le mot de passe de l'espace établissement
EcoleDirecte (compte administrateur) : la personne qui le gérait est partie
en retraite fin juin et je dois publier les bulletins du 3e trimestre.

Comment puis-je récupérer cet accès ?

Soizic Nédélec
Secrétariat de direction
Ensemble scolaire Sainte-Anne - Vannes
""")

_q = """\
Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse connue
pour votre établissement (c***@ac-*****.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance"""
add("password_reset", False, "0221956G", "bretagne", "esidoc", True, "fr",
    "Reply (Gmail French quote) to the automatic reset answer: the link went to the ce. mailbox and the secretariat is closed for the summer; a person must take over.",
    frm=("Annaïg Cadiou", "annaig.cadiou@gmail.com"), mailer="gmail", date="07-08 10:12",
    irt=desk_mid(7184, "07-07 15:30"),
    subj="Re: [#SUP-007184] Mot de passe e-sidoc",
    body="""\
Bonjour,

Merci pour la réponse rapide, mais le lien est parti sur la boîte du
secrétariat et le secrétariat est fermé depuis le 5 juillet, personne ne
pourra l'ouvrir avant la fin août. Le principal est lui aussi en congé.

Est-ce qu'il y a une autre solution ? Je voudrais juste finir le récolement
avant de partir (collège du Goëlo, 0221956G).

Annaïg Cadiou
""", quote=gmail_quote("07-07 15:30", "Assistance <support@assistance.example.fr>", _q))

add("password_reset", True, "0220257K", "bretagne", "esidoc", False, "fr",
    "Very short phone message, abbreviations ('bjr', 'mdp', 'rne'); clear lost password.",
    frm=("Katell Riou", "k.riou@orange.fr"), mailer="samsung", date="06-28 21:47",
    subj="mdp",
    body="""\
bjr mdp esidoc perdu pour le collège de Lannion rne 0220257K. merci de me dire comment faire

""" + SAMSUNG)

add("password_reset", True, "0292552S", "bretagne", "esidoc", True, "fr",
    "The secretariat writes from the ce.<UAI>@ac-rennes.fr address (the UAI appears nowhere else) and asks for the link on that official address.",
    frm=("Secrétariat Lycée Tristan Corbière", "ce.0292552S@ac-rennes.fr"), mailer="zimbra", date="06-25 10:02",
    subj="Réinitialisation mot de passe portail documentaire",
    body="""\
Bonjour,

Le professeur documentaliste du lycée nous signale qu'il ne parvient plus à
se connecter à l'administration du portail e-sidoc (mot de passe perdu).

Pourriez-vous envoyer le lien de réinitialisation sur la présente adresse
du secrétariat ? Nous le lui transmettrons.

Cordialement,

Le secrétariat
Lycée Tristan Corbière - Morlaix
""")

add("password_reset", False, "0352140L", "bretagne", "esidoc", True, "fr",
    "Two topics: forgotten e-sidoc password (main) and an invoice to be re-sent for the accounting closure (order_billing).",
    frm=("Morgane Tanguy", "morgane.tanguy@ac-rennes.fr"), mailer="tb", date="07-02 11:26",
    subj="Deux petites choses avant les vacances",
    body="""\
Bonjour,

Deux demandes avant la fermeture du CDI :

1) J'ai oublié mon mot de passe du back office e-sidoc (collège des
Gayeulles, UAI 0352140L). Comment le réinitialiser ?

2) Notre gestionnaire ne retrouve pas la facture de l'abonnement de
septembre dernier ; pourriez-vous la lui renvoyer, elle boucle ses comptes
cette semaine ?

Merci beaucoup et bon été,

Morgane Tanguy
Professeure documentaliste
""")

add("password_reset", True, "0562198K", "bretagne", "espace_acheteur", False, "en",
    "English; bursar's assistant locked out of the Espace Acheteur after too many attempts; UAI given.",
    frm=("Jonathan Price", "j.price@lycee-kerneuzec.fr"), mailer="outlook", date="06-26 15:58",
    subj="Locked out of the buyer space",
    body="""\
Hi,

I work with the bursar of Lycée de Kerneuzec (school ID 0562198K). I entered
a wrong password several times on the Espace Acheteur and now the account is
locked. We need to get in this week to finish our summer purchasing.

Could you unlock it or send a password reset?

Thanks,
Jonathan Price
Bursar's office
""")

add("password_reset", True, "0440178E", "pays-de-la-loire", "esidoc", True, "fr",
    "The UAI appears only in the portal address, in lower case (0440178e.esidoc.fr); the label is the upper-case code.",
    frm=("Claire Rousseau", "claire.rousseau@ac-nantes.fr"), mailer="apple", date="06-27 17:40",
    subj="Mot de passe oublié",
    body="""\
Bonjour,

Je n'arrive plus à accéder à l'administration de notre portail
https://0440178e.esidoc.fr : j'ai dû me tromper en changeant le mot de passe
en mai et rien ne passe.

Pouvez-vous m'aider ? Je voudrais préparer la sélection de lectures d'été
avant vendredi.

Bonne journée,
Claire Rousseau
Documentaliste
""")

add("password_reset", True, "0492205F", "pays-de-la-loire", "esidoc", False, "fr",
    "Cheerful last-day message with emoji; forgotten password, UAI given.",
    frm=("Julie Moreau", "julie.moreau@ac-nantes.fr"), mailer="iphone", date="07-04 12:03",
    subj="Dernier jour et… plus de mot de passe 🙈",
    body="""\
Bonjour !!

Dernier jour avant les vacances et bien sûr j'ai oublié le mot de passe du portail e-sidoc 🙈😅 Collège Molière, UAI 0492205F.

Vous pouvez m'envoyer un lien ? Promis je le note cette fois !

Merci et bel été ☀️
Julie

""" + IPHONE)

add("password_reset", True, "0330305C", "nouvelle-aquitaine", "esidoc", True, "fr",
    "Two UAIs: the school she leaves (0441897Y, Nantes) and the one she joins in September (0330305C, Bordeaux), which the request is about. The UAI's region wins over the ac-nantes.fr sender.",
    frm=("Céline Guérin", "celine.guerin@ac-nantes.fr"), mailer="tb", date="07-07 14:15",
    subj="Mutation - accès e-sidoc nouvel établissement",
    body="""\
Bonjour,

Je quitte le lycée Clemenceau de Nantes (0441897Y) où tout est en ordre :
ma collègue garde l'accès au portail.

J'ai obtenu ma mutation au collège Jean Zay de Bordeaux (UAI 0330305C). La
principale m'a demandé de préparer la rentrée, mais personne là-bas ne
connaît le mot de passe du portail e-sidoc, la documentaliste précédente
étant partie en retraite.

Comment obtenir un nouveau mot de passe pour ce portail ?

Merci,
Céline Guérin
""")

add("password_reset", True, None, None, "espace_acheteur", False, "fr",
    "Espace Acheteur: the login (identifiant) is unknown, the mailbox was shared with the former gestionnaire. No UAI, non-academic sender.",
    frm=("Patrice Le Bihan", "patrice.lebihan@wanadoo.fr"), mailer="orange", date="06-23 17:12",
    subj="identifiant espace acheteur",
    body="""\
Bonjour,

Je remplace depuis peu la gestionnaire de notre école privée, partie à la
retraite. Je ne connais ni l'identifiant ni le mot de passe de l'Espace
Acheteur, et l'adresse mail qu'elle utilisait était commune à plusieurs
personnes.

Comment puis-je retrouver l'identifiant et en définir un nouveau mot de
passe ?

Patrice Le Bihan
""")

_q = """\
Salut Nolwenn,
Le CDI sera fermé à partir du 3 juillet, on fait comme l'an dernier pour les
retours de manuels ? Je peux tenir la permanence du 2 au matin.
Bises
Gaëlle"""
add("password_reset", True, "0561713H", "bretagne", "esidoc", True, "fr",
    "New text asks for a reset; the quoted history (a colleague's message, Zimbra 'Mail original' block) is about the CDI closing dates and textbook returns.",
    frm=("Nolwenn Jaouen", "nolwenn.jaouen@ac-rennes.fr"), mailer="zimbra", date="07-01 09:10",
    subj="Re: fermeture CDI",
    to=DESK_TO, cc=[("Gaëlle Quéré", "gaelle.quere@ac-rennes.fr")],
    body="""\
Bonjour,

Je profite de ce fil pour vous écrire (Gaëlle en copie) : impossible de me
connecter au portail e-sidoc du collège Kerentrech, UAI 0561713H, le mot
de passe n'est plus accepté. Pouvez-vous m'envoyer un lien de
réinitialisation ?

Merci,
Nolwenn Jaouen
""", quote=zimbra_quote("06-30 18:44", "Gaëlle Quéré", "Nolwenn Jaouen", "fermeture CDI", _q))

add("password_reset", True, None, "bretagne", "esidoc", False, "fr",
    "Does not know the login (identifiant) nor the password; no UAI, region from the ac-rennes.fr address.",
    frm=("Tristan Kerjean", "tristan.kerjean@ac-rennes.fr"), mailer="owa", date="06-24 16:30",
    subj="Quel est mon identifiant ?",
    body="""\
Bonjour,

Je viens de reprendre le CDI en cours d'année et je ne sais même pas quel
est l'identifiant pour se connecter à l'administration d'e-sidoc, ni le mot
de passe. Mon prédécesseur ne m'a rien laissé.

Comment dois-je procéder ?

Tristan Kerjean
Professeur documentaliste stagiaire
""")

add("password_reset", True, "0531871W", "pays-de-la-loire", "esidoc", False, "fr",
    "Outlook for Android, base64 body; account locked after failed attempts, UAI given.",
    frm=("Véronique Chauvin", "veronique.chauvin@ac-nantes.fr"), mailer="android", date="07-02 07:41",
    subj="Compte bloqué",
    body="""\
Bonjour, mon compte e-sidoc est bloqué suite à trop de tentatives. UAI 0531871W. Merci de le débloquer ou de m'envoyer un lien.
Cordialement
V. Chauvin

""" + ANDROID)

add("password_reset", True, "0722546B", "pays-de-la-loire", "esidoc", False, "fr",
    "Older Thunderbird, ISO-8859-1 8-bit body; password expired and the old one forgotten.",
    frm=("Bernard Loiseau", "bernard.loiseau@ac-nantes.fr"), mailer="tb", charset="iso-8859-1", cte="8bit", date="06-25 19:55",
    subj="Mot de passe expiré e-sidoc",
    body="""\
Bonjour,

Le portail me demande de changer mon mot de passe car il a expiré, mais il
faut saisir l'ancien, que j'ai oublié. Je suis bloqué.

Identifiant de l'établissement : 0722546B (collège, La Flèche).

Merci de me dire comment faire, je dois encore saisir les derniers retours
avant la fermeture du CDI.

Bernard Loiseau
""")


# ========================= missing_noreply_mail (17) =========================

add("missing_noreply_mail", True, "0851625E", "pays-de-la-loire", "espace_acheteur", False, "fr",
    "The successor's Espace Acheteur activation mail never arrived; junk folder checked; no anti-spam product named.",
    frm=("Aurélie Bonnin", "aurelie.bonnin85@gmail.com"), mailer="gmail", date="06-26 10:40",
    subj="Pas reçu le mail d'activation",
    body="""\
Bonjour,

Je prends la suite de Mme Rivière comme gestionnaire au collège Richelieu
de La Roche-sur-Yon (UAI 0851625E) ; elle part fin juin. Mon compte sur
l'Espace Acheteur a été créé lundi, mais je n'ai jamais reçu le mail
d'activation. Rien dans les spams non plus.

Pouvez-vous me le renvoyer ? J'aimerais avoir accès avant son départ pour
qu'elle me montre les commandes en cours.

Merci,
Aurélie Bonnin
""")

add("missing_noreply_mail", True, None, "bretagne", "esidoc", False, "fr",
    "The new-password mail of the e-sidoc portal never arrives; spam folder checked; no UAI, region from ac-rennes.fr.",
    frm=("Loïc Guillou", "loic.guillou@ac-rennes.fr"), mailer="zimbra", date="06-23 11:18",
    subj="Mail de nouveau mot de passe non reçu",
    body="""\
Bonjour,

J'ai cliqué trois fois sur « mot de passe oublié » sur le portail e-sidoc
du lycée depuis ce matin. L'écran me dit que le mail est envoyé, mais je ne
reçois rien, ni dans la boîte de réception ni dans les indésirables.

Pouvez-vous vérifier ?

Loïc Guillou
Documentaliste
""")

add("missing_noreply_mail", True, "0292340L", "bretagne", "espace_acheteur", True, "fr",
    "Names MailInBlack only to say the school does not use it (checked with the rectorat): missing_noreply_mail, not mailinblack_spam.",
    frm=("Ronan Le Roux", "ronan.le-roux@ac-rennes.fr"), mailer="tb", date="06-27 14:02",
    subj="Aucun mail de l'Espace Acheteur",
    body="""\
Bonjour,

Depuis la création de mon compte sur l'Espace Acheteur, je ne reçois aucun
mail de votre part : ni la confirmation, ni le lien pour définir le mot de
passe. J'ai lu dans votre FAQ qu'il pouvait s'agir de MailInBlack, mais nous
n'avons pas ce produit : le service informatique du rectorat me l'a
confirmé ce matin. Le dossier spam est vide lui aussi.

Établissement : lycée de l'Élorn, Landerneau, UAI 0292340L.

Merci de votre aide,
Ronan Le Roux
Adjoint gestionnaire
""")

add("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
    "English; assistant says the order-status notifications from the no-reply address stopped arriving; no product named.",
    frm=("Megan Doyle", "megan.doyle@lycee-stmartin-rennes.fr"), mailer="outlook", date="07-01 10:25",
    subj="Order notifications not received",
    body="""\
Hello,

Since last week we no longer receive the automatic notifications from the
buyer space (order received, order shipped). They used to come from a
no-reply address. I have checked the junk folder and the quarantine of our
mailbox, nothing there.

Could you check whether they are still being sent to us?

Kind regards,
Megan Doyle
Purchasing assistant
""")

add("missing_noreply_mail", True, None, None, None, True, "fr",
    "Two-line phone message; the UAI 0720428A has a wrong check letter (the digits give 0720428Z), so no UAI and no region. Activation mail missing; no product named.",
    frm=("Fabien Lemaire", "fabien.lemaire72@laposte.net"), mailer="samsung", date="06-29 20:31",
    subj="mail activation",
    body="""\
Tjrs pas reçu le mail d activation depuis hier soir. Etablissement 0720428A. Merci

""" + SAMSUNG)

_q = """\
Bonjour,

Les messages automatiques partent d'une adresse no-reply. Vérifiez votre
dossier « courrier indésirable », marquez le message comme légitime et
ajoutez l'adresse de l'expéditeur à vos contacts. Si rien n'arrive dans les
48 heures, répondez à ce message.

L'équipe d'assistance"""
add("missing_noreply_mail", False, "0222657U", "bretagne", "espace_acheteur", True, "fr",
    "Reply (Outlook 'De : / Envoyé :' block) after the junk-folder answer: still nothing 48 h later, asks to be passed on. The template was already sent, so a person follows up.",
    frm=("Maëlle Le Goff", "maelle.le-goff@ac-rennes.fr"), mailer="outlook", date="07-03 09:14",
    irt=desk_mid(7102, "06-30 16:02"),
    subj="RE: [#SUP-007102] Mail de confirmation non reçu",
    body="""\
Bonjour,

J'ai fait tout ce qui est indiqué ci-dessous (indésirables, ajout aux
contacts) et je n'ai toujours rien reçu, trois jours après. Pouvez-vous
transmettre à quelqu'un qui puisse regarder ? Je pars en congé le 11.

Maëlle Le Goff
Gestionnaire - collège de Paimpol (0222657U)
""", quote=outlook_quote("06-30 16:02", "Assistance <support@assistance.example.fr>", "Maëlle Le Goff", "[#SUP-007102] Mail de confirmation non reçu", _q))

add("missing_noreply_mail", True, "0351877A", "bretagne", "espace_acheteur", True, "fr",
    "Subject says 'mot de passe', but the password tool works: the new-password mail never arrives, which the taxonomy files under missing_noreply_mail.",
    frm=("Stéphanie Hamon", "stephanie.hamon@ac-rennes.fr"), mailer="owa", date="06-24 15:26",
    subj="Problème de mot de passe",
    body="""\
Bonjour,

Je connais bien mon identifiant, et la page « mot de passe oublié » de
l'Espace Acheteur fonctionne : elle m'affiche que le message a été envoyé.
Mais ce message n'arrive jamais dans ma boîte, même après une heure.

Lycée Bertrand d'Argentré, Vitré - UAI 0351877A.

Merci,
Stéphanie Hamon
""")

add("missing_noreply_mail", True, "0440821D", "pays-de-la-loire", "espace_acheteur", False, "fr",
    "The structure administrator never receives the 'account to validate' notifications and wants to validate her successor before leaving.",
    frm=("Isabelle Renaud", "isabelle.renaud@ac-nantes.fr"), mailer="tb", date="06-25 08:58",
    subj="Notifications de comptes à valider",
    body="""\
Bonjour,

Je suis administratrice de la structure sur l'Espace Acheteur pour le lycée
Jules Verne de Nantes (0440821D). Ma remplaçante a créé son compte hier,
mais je n'ai reçu aucune notification me demandant de le valider, alors
que c'était le cas les années précédentes.

Je pars à la retraite le 8 juillet et je voudrais que tout soit en ordre
avant. Les notifications sont-elles toujours envoyées ?

Isabelle Renaud
""")

add("missing_noreply_mail", True, None, None, "ticket_portal", False, "fr",
    "The ticket portal's confirmation mail (to set the password of a new account) never arrived.",
    frm=("Julien Boulanger", "julien.boulanger@cc-pays-de-redon.fr"), mailer="tb", date="07-02 14:36",
    subj="Inscription portail d'assistance",
    body="""\
Bonjour,

Je me suis inscrit hier sur votre portail de tickets pour suivre les
demandes de nos collèges. Je n'ai jamais reçu le mail de confirmation
permettant de choisir mon mot de passe (vérifié dans le dossier spam).

Pourriez-vous le renvoyer ?

Julien Boulanger
Service numérique éducatif
""")

add("missing_noreply_mail", False, "0490336Z", "pays-de-la-loire", "esidoc", True, "fr",
    "Two topics: the e-sidoc reset mail never arrives (main) and whether a new resource can be published before September (subscription_activation).",
    frm=("Élodie Fradin", "elodie.fradin@ac-nantes.fr"), mailer="apple", date="06-30 13:47",
    subj="Mail de réinitialisation + question abonnement",
    body="""\
Bonjour,

D'abord, je ne reçois pas le mail de réinitialisation du mot de passe
e-sidoc (collège Chevreul, 0490336Z), ni dans ma boîte ni dans les spams.

Ensuite, nous avons commandé un nouvel abonnement numérique pour la
rentrée : faut-il le publier nous-mêmes sur le portail ou se met-il en
place tout seul ?

Merci pour les deux réponses !
Élodie Fradin
""")

add("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "IT of a local authority: since the mail server migration of late June, no mail from the no-reply address reaches four buyers; asks for the exact sender to allow.",
    frm=("DSI - Support", "support-dsi@saint-nazaire-agglo.fr"), mailer="outlook", date="06-27 16:20",
    subj="Messages no-reply non distribués depuis migration",
    body="""\
Bonjour,

Nous avons migré notre messagerie le 23 juin. Depuis, quatre agents
acheteurs de nos établissements ne reçoivent plus aucun message automatique
de l'Espace Acheteur (création de compte, réinitialisation). Nous n'avons
pas de trace de rejet de notre côté.

Pouvez-vous nous donner l'adresse d'expédition exacte et le domaine
d'envoi, afin que nous les ajoutions à nos règles ?

Cordialement,

Service informatique - DSI
""")

add("missing_noreply_mail", True, None, "pays-de-la-loire", "espace_acheteur", True, "fr",
    "Forward (Outlook 'TR:') of a colleague's message: the validated account's first-login link never came; the forwarder adds one line. Region from ac-nantes.fr.",
    frm=("Thomas Gaborit", "thomas.gaborit@ac-nantes.fr"), mailer="outlook", date="07-01 11:52",
    subj="TR: lien de première connexion",
    body="""\
Bonjour,

Je vous transfère le message de ma collègue qui me remplace à la rentrée :
son compte est validé mais elle n'a rien reçu.

Thomas Gaborit
""", quote=outlook_quote("07-01 08:30", "Amandine Roy <amandine.roy@ac-nantes.fr>", "Thomas Gaborit <thomas.gaborit@ac-nantes.fr>", "lien de première connexion",
    """\
Bonjour Thomas,

Tu m'as validée hier sur l'Espace Acheteur, mais je n'ai toujours pas reçu
le lien de première connexion. Rien dans les spams. Tu peux voir avec eux ?

Amandine"""))

add("missing_noreply_mail", True, "0530539Y", "pays-de-la-loire", "espace_acheteur", True, "fr",
    "About an order, but the question is the automatic order confirmation mail that never arrived (the order shows as validated): missing_noreply_mail.",
    frm=("Sylvie Derouet", "sylvie.derouet@ac-nantes.fr"), mailer="tb", date="07-03 15:33",
    subj="Confirmation de commande",
    body="""\
Bonjour,

Notre commande de fournitures de rentrée apparaît bien « validée » dans
l'Espace Acheteur depuis mardi, mais je n'ai jamais reçu le mail de
confirmation automatique, contrairement aux autres fois. Le dossier des
indésirables est vide. Je n'ai pas besoin de facture pour l'instant, juste
de ce mail pour le classer.

Collège de Château-Gontier, UAI 0530539Y.

Sylvie Derouet
""")

add("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
    "Retired-sounding, polite writer: the offer alert notifications she subscribed to never arrive.",
    frm=("Monique Lefeuvre", "monique.lefeuvre@laposte.net"), mailer="roundcube", date="06-24 09:07",
    subj="alertes",
    body="""\
Madame, Monsieur,

Je me suis abonnée aux alertes sur les nouvelles offres de l'Espace
Acheteur il y a quinze jours pour notre association de parents (qui
achète pour l'école). Je ne reçois strictement rien.

Je vous remercie de bien vouloir regarder.

Monique Lefeuvre
""")

add("missing_noreply_mail", True, "0720610X", "pays-de-la-loire", "espace_acheteur", False, "fr",
    "HTML-only Outlook mail: activation mail not received, the sender suspects an academic filter but names no product.",
    frm=("Gérald Besnier", "gerald.besnier@ac-nantes.fr"), mailer="outlook", kind="html_only", date="06-26 08:22",
    subj="Activation compte acheteur",
    body="""\
Bonjour,

J'ai créé mon compte acheteur hier pour le lycée Montesquieu du Mans (UAI 0720610X). Le mail d'activation n'est jamais arrivé. Je suppose qu'un filtre de l'académie l'a arrêté, mais je ne sais pas lequel.

Que me conseillez-vous ?

Gérald Besnier
Gestionnaire
""")

add("missing_noreply_mail", True, "0851639V", "pays-de-la-loire", "esidoc", False, "en",
    "English; the activation e-mail for the customer account (before a first online order) never arrived.",
    frm=("Rachel Moore", "rachel.moore@ac-nantes.fr"), mailer="gmail", date="07-02 17:19",
    subj="Activation email never arrived",
    body="""\
Hi there,

I opened a customer account yesterday for Collège Les Sables (UAI 0851639V)
so that we can renew our e-sidoc subscription online, but the activation
e-mail never came. It is not in the spam folder either.

Could you resend it please?

Best,
Rachel
""")

add("missing_noreply_mail", True, "0220728X", "bretagne", "esidoc", False, "fr",
    "Short: the portal's reset e-mail has not arrived since Friday; UAI given.",
    frm=("Pierre Le Meur", "pierre.le-meur@ac-rennes.fr"), mailer="iphone", date="06-30 07:33",
    subj="Rien reçu",
    body="""\
Bonjour, je n'ai toujours rien reçu depuis vendredi pour réinitialiser le mot de passe du portail e-sidoc (0220728X). Ni en spam.
Merci

""" + IPHONE)


# =========================== mailinblack_spam (13) ===========================

add("mailinblack_spam", True, "0490627R", "pays-de-la-loire", "espace_acheteur", False, "fr",
    "MailInBlack named: the Espace Acheteur messages are held in its quarantine.",
    frm=("Christelle Hervé", "christelle.herve@ac-nantes.fr"), mailer="tb", date="06-23 14:44",
    subj="Messages bloqués par MailInBlack",
    body="""\
Bonjour,

Notre établissement (lycée Chevrollier, Angers, UAI 0490627R) utilise
MailInBlack. Les messages de l'Espace Acheteur restent bloqués dans la
quarantaine et je ne les vois qu'au bout de plusieurs jours, quand j'y
pense. Du coup j'ai raté le lien de validation de ma collègue.

Que faut-il autoriser exactement ?

Christelle Hervé
""")

add("mailinblack_spam", True, None, None, None, False, "fr",
    "Phone message, product spelled 'mail in black', no accents; asks for the guide. No platform named.",
    frm=("Dominique Joubert", "domi.joubert@free.fr"), mailer="samsung", date="07-05 08:12",
    subj="bloqué",
    body="""\
bonjour vos mails sont bloques par mail in black chez nous, vous avez une procedure pour les debloquer ? merci

""" + SAMSUNG)

add("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
    "IT of a local authority asks which senders to allow in Mailinblack before the summer, when nobody will release the quarantines.",
    frm=("Pôle numérique des collèges", "numerique.colleges@finistere-numerique.fr"), mailer="outlook", date="06-26 11:37",
    subj="Liste blanche Mailinblack - expéditeurs Espace Acheteur",
    body="""\
Bonjour,

Les collèges que nous gérons sont protégés par Mailinblack. Pendant l'été,
personne ne libère les messages en attente, et les gestionnaires vont
recevoir des liens d'activation pour la rentrée.

Pouvez-vous nous indiquer les adresses et domaines d'expédition de l'Espace
Acheteur à mettre en liste blanche ?

Cordialement,

Pôle numérique des collèges
""")

add("mailinblack_spam", False, "0290778N", "bretagne", "espace_acheteur", True, "fr",
    "The sender-authentication challenge is described (click a link, tick images to prove you are human) without naming MailInBlack: a person should confirm before sending the guide.",
    frm=("Armelle Quillivic", "armelle.quillivic@ac-rennes.fr"), mailer="owa", date="06-27 10:55",
    subj="Vos messages n'arrivent pas",
    body="""\
Bonjour,

Un collègue d'un autre collège m'explique que quand il m'écrit, il reçoit
un message lui demandant de cliquer sur un lien et de cocher des images
pour prouver qu'il n'est pas un robot. Je suppose que vos mails
automatiques (lien d'activation Espace Acheteur) subissent la même chose et
restent coincés quelque part, puisque je ne les reçois pas.

Je ne sais pas quel système fait ça chez nous. Collège de Douarnenez, UAI
0290778N.

Armelle Quillivic
""")

add("mailinblack_spam", False, "0351313M", "bretagne", "espace_acheteur", True, "fr",
    "Two topics: activation mails held by MailInBlack (main) and an invoice sent to the wrong accounting address (order_billing).",
    frm=("Hervé Collet", "herve.collet@ac-rennes.fr"), mailer="outlook", date="07-01 14:08",
    subj="Mailinblack + facture",
    body="""\
Bonjour,

1. Nos messages de l'Espace Acheteur sont retenus par MailInBlack : le lien
d'activation de notre nouvelle adjointe n'est jamais arrivé.

2. Par ailleurs, la facture de mai a été envoyée à l'ancienne agence
comptable ; pouvez-vous la réémettre à l'adresse du lycée ?

Lycée Descartes, Rennes - 0351313M.

Hervé Collet
Gestionnaire
""")

add("mailinblack_spam", True, "0531684T", "pays-de-la-loire", "espace_acheteur", False, "en",
    "English; the MailinBlack quarantine holds the password reset e-mails.",
    frm=("Sarah Whitfield", "sarah.whitfield@ac-nantes.fr"), mailer="outlook", date="06-25 12:41",
    subj="Reset emails stuck in MailinBlack",
    body="""\
Hello,

Our school (UAI 0531684T) uses MailinBlack. The password reset e-mails from
your platform end up in the MailinBlack quarantine and by the time we
release them the links have expired.

Is there a list of senders we should whitelist?

Thank you,
Sarah Whitfield
Deputy bursar
""")

add("mailinblack_spam", True, "0852175C", "pays-de-la-loire", "espace_acheteur", False, "fr",
    "Forwards the MailInBlack daily quarantine report with a real question on top; the forwarded part is machine text.",
    frm=("Anthony Brochard", "anthony.brochard@ac-nantes.fr"), mailer="tb", date="06-30 09:02",
    subj="Fwd: Rapport quotidien de vos messages en attente",
    body="""\
Bonjour,

Voici ce que je reçois chaque matin : vos messages sont dedans. Faut-il
que je les autorise un par un ou y a-t-il une manière de faire une fois
pour toutes ? Collège de Fontenay-le-Comte, 0852175C.

Merci,
Anthony Brochard

-------- Message transféré --------
Sujet : Rapport quotidien de vos messages en attente
Date : Mon, 30 Jun 2025 06:00:03 +0200
De : Mailinblack <noreply@mailinblack.com>
Pour : anthony.brochard@ac-nantes.fr

Vous avez 3 message(s) en attente d'authentification :

- no-reply@espace-acheteur.example.fr  | Activez votre compte
- no-reply@espace-acheteur.example.fr  | Nouvelle commande à valider
- newsletter@librairie-ouest.fr        | Soldes d'été

Autoriser | Bloquer | Voir dans mon espace
""")

_q = """\
Bonjour,

Les messages automatiques partent d'une adresse no-reply. Vérifiez votre
dossier « courrier indésirable » et ajoutez l'expéditeur à vos contacts.

L'équipe d'assistance"""
add("mailinblack_spam", True, "0561227E", "bretagne", "espace_acheteur", True, "fr",
    "Reply (Gmail quote) to the junk-folder answer: the IT department now says MailInBlack is blocking; the MailInBlack guide becomes the right answer.",
    frm=("Lénaïck Bellec", "lenaick.bellec@ac-rennes.fr"), mailer="gmail", date="06-26 15:15",
    irt=desk_mid(7061, "06-24 10:20"),
    subj="Re: [#SUP-007061] Pas de mail d'activation",
    body="""\
Bonjour,

Rien dans les indésirables. J'ai appelé le service informatique de la
Région : ils ont installé MailInBlack sur les lycées au printemps et c'est
lui qui retient vos messages. Comment fait-on pour vous autoriser ?

Lycée Dupuy de Lôme, Lorient (0561227E)
Lénaïck Bellec
""", quote=gmail_quote("06-24 10:20", "Assistance <support@assistance.example.fr>", _q))

add("mailinblack_spam", True, None, "pays-de-la-loire", "espace_acheteur", False, "fr",
    "MAILINBLACK in capitals; clicked 'autoriser' once but the next messages are still held. Region from ac-nantes.fr.",
    frm=("Karine Poirier", "karine.poirier@ac-nantes.fr"), mailer="android", date="07-02 12:50",
    subj="toujours bloqué MAILINBLACK",
    body="""\
Bonjour, j'ai cliqué sur "autoriser" dans le message MAILINBLACK la semaine dernière mais les mails suivants de l'espace acheteur sont encore en attente. C'est normal ?
K. Poirier

""" + ANDROID)

add("mailinblack_spam", True, "0560350B", "bretagne", "espace_acheteur", False, "fr",
    "Before the summer: 'Mailinblack Protect' will hold the September activation links while nobody releases them; asks how to allow the platform.",
    frm=("Yann Cornec", "yann.cornec@ac-rennes.fr"), mailer="tb", date="07-04 10:30",
    subj="Mailinblack Protect et la rentrée",
    body="""\
Bonjour,

Notre lycée est protégé par Mailinblack Protect. En septembre nous aurons
trois nouveaux collègues à valider sur l'Espace Acheteur, et le secrétariat
est fermé jusqu'au 20 août, donc personne ne libérera les messages bloqués.

Pouvez-vous me dire comment autoriser définitivement vos envois ?

Yann Cornec
Proviseur adjoint - lycée de Hennebont (0560350B)
""")

add("mailinblack_spam", True, "0220351M", "bretagne", "espace_acheteur", False, "fr",
    "ISO-8859-1 8-bit body; the Région rolled Mailinblack out on the lycées' domain and the activation mails are held.",
    frm=("Françoise Le Bras", "francoise.le-bras@ac-rennes.fr"), mailer="tb", charset="iso-8859-1", cte="8bit", date="06-24 13:06",
    subj="Mailinblack bloque vos mails",
    body="""\
Bonjour,

Depuis que la Région a déployé Mailinblack sur les boîtes du lycée, vos
messages d'activation restent en attente d'authentification. Comme
l'adresse no-reply ne peut pas répondre au défi, ils ne sont jamais
délivrés.

Merci de me dire quelle adresse ajouter à la liste d'autorisation.

Françoise Le Bras
Lycée Ernest Renan, Saint-Brieuc - 0220351M
""")

add("mailinblack_spam", True, None, None, None, False, "fr",
    "One line from a phone: blocked by Mailinblack, asks for the guide.",
    frm=("Arnaud Pasquier", "arnaud.pasquier@outlook.fr"), mailer="iphone", date="06-28 18:05",
    subj="Mailinblack",
    body="""\
Bonsoir, vos messages sont bloqués par Mailinblack, auriez-vous le guide pour les autoriser ?

""" + IPHONE)

add("mailinblack_spam", True, "0440415M", "pays-de-la-loire", "esidoc", True, "fr",
    "Misleading subject 'Mot de passe oublié': the reset mail is held in the MailInBlack quarantine, which is the actual problem.",
    frm=("Delphine Jamin", "delphine.jamin@ac-nantes.fr"), mailer="outlook", date="06-30 15:44",
    subj="Mot de passe oublié",
    body="""\
Bonjour,

J'ai demandé un nouveau mot de passe pour le portail e-sidoc (collège de
Saint-Herblain, UAI 0440415M). Le message de réinitialisation est arrivé
dans la quarantaine MailInBlack, avec un avertissement « expéditeur non
authentifié ». Je n'ose pas le libérer et de toute façon chaque nouveau
message est retenu de la même façon.

Comment faire pour que vos messages passent normalement ?

Delphine Jamin
""")


# ==================== head_of_establishment_request (13) =====================

add("head_of_establishment_request", False, "0290492C", "bretagne", "espace_acheteur", False, "fr",
    "The proviseur, from the ce.<UAI> address, names the new structure administrator (the gestionnaire leaves on mutation) and asks to close the former one's access.",
    frm=("Lycée Chaptal - Direction", "ce.0290492C@ac-rennes.fr"), mailer="zimbra", date="06-30 11:20",
    subj="Changement d'administrateur - Espace Acheteur",
    body="""\
Madame, Monsieur,

Mme Anne Salaün, gestionnaire du lycée Chaptal de Quimper (UAI 0290492C),
quitte l'établissement le 7 juillet à la suite de sa mutation.

Je vous demande de désigner M. Hugo Lannuzel, son successeur
(hugo.lannuzel@ac-rennes.fr), comme administrateur de notre structure sur
l'Espace Acheteur, et de fermer l'accès de Mme Salaün à compter de son
départ.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Jean-Yves Kervella
Proviseur
""")

add("head_of_establishment_request", False, "0350757H", "bretagne", "esidoc", False, "fr",
    "The principale asks, from the ce. address, for a reset of the e-sidoc administrator password and a new contact address for the librarian who arrives in September.",
    frm=("Collège Anne de Kerhoët", "ce.0350757H@ac-rennes.fr"), mailer="zimbra", date="07-03 16:05",
    subj="Portail e-sidoc : réinitialisation et adresse de contact",
    body="""\
Bonjour,

Notre professeure documentaliste part à la retraite ce mois-ci. En tant que
principale du collège (UAI 0350757H), je vous demande :

- de réinitialiser le mot de passe du compte d'administration du portail
  e-sidoc, le lien devant être envoyé à l'adresse du collège
  (ce.0350757H@ac-rennes.fr) ;
- de remplacer l'adresse de contact du compte par celle-ci, en attendant
  l'arrivée de son successeur.

Avec mes remerciements,

Catherine Le Dantec
Principale
""")

add("head_of_establishment_request", False, "0442131C", "pays-de-la-loire", "espace_acheteur", True, "fr",
    "The secretary writes 'pour le proviseur, P.O.' to change the structure administrator: the head's request relayed by delegation; staff must check it.",
    frm=("Martine Brosseau", "martine.brosseau@ac-nantes.fr"), mailer="outlook", date="06-26 14:12",
    subj="Demande de modification de l'administrateur",
    body="""\
Bonjour,

À la demande de M. le Proviseur, je vous informe que M. Olivier Tessier,
adjoint gestionnaire, sera à partir du 1er juillet le nouvel administrateur
de notre établissement sur l'Espace Acheteur, en remplacement de Mme
Lucas qui part à la retraite.

Merci de bien vouloir procéder au changement et de désactiver le compte de
Mme Lucas.

Pour le proviseur et par ordre,
Martine Brosseau
Secrétaire de direction
Lycée Livet - Nantes - UAI 0442131C
""")

add("head_of_establishment_request", False, "0440360C", "pays-de-la-loire", "esidoc", True, "fr",
    "The principal adjoint writes on behalf of the principal, who is on a trip, to authorise resetting the portal password: a deputy relaying the head's request; staff check the delegation.",
    frm=("Samuel Audureau", "samuel.audureau@ac-nantes.fr"), mailer="tb", date="07-02 09:47",
    subj="Autorisation réinitialisation portail CDI",
    body="""\
Bonjour,

M. Raimbault, principal du collège (UAI 0440360C), est en voyage scolaire
jusqu'à vendredi et m'a chargé de vous écrire en son nom.

Nous vous demandons de réinitialiser le mot de passe d'administration de
notre portail e-sidoc : notre documentaliste a quitté l'établissement et
le mot de passe n'a pas été transmis. Le lien peut être adressé à la boîte
du collège.

M. Raimbault confirmera par écrit à son retour si nécessaire.

Samuel Audureau
Principal adjoint
Collège Gabriel Guist'hau, Nantes
""")

add("head_of_establishment_request", False, "0490300K", "pays-de-la-loire", "espace_acheteur", False, "fr",
    "A primary-school directrice authorises, in writing, the order prepared by the town's buyer for the school's summer works.",
    frm=("Valérie Cesbron", "valerie.cesbron@ac-nantes.fr"), mailer="orange", date="07-01 17:30",
    subj="Autorisation de commande - école Jean de la Fontaine",
    body="""\
Bonjour,

En tant que directrice de l'école élémentaire Jean de la Fontaine de
Cholet (UAI 0490300K), j'autorise la commande de mobilier de bibliothèque
préparée sur l'Espace Acheteur par Mme Gourdon, du service achats de la
mairie, pour un montant de 2 340 € TTC.

Merci de bien vouloir la valider avant la fermeture de l'école le 4
juillet.

Valérie Cesbron
Directrice
""")

add("head_of_establishment_request", False, "0532472Z", "pays-de-la-loire", "espace_acheteur", False, "fr",
    "The principal authorises in writing the validation of the order over the gestionnaire's limit before the summer deadline.",
    frm=("Collège Alain Gerbault", "ce.0532472Z@ac-nantes.fr"), mailer="outlook", date="07-03 08:40",
    subj="Validation commande manuels scolaires",
    body="""\
Madame, Monsieur,

Je soussigné, Philippe Desnos, principal du collège Alain Gerbault de
Laval (UAI 0532472Z), autorise Mme Fourmond, gestionnaire, à valider sur
l'Espace Acheteur la commande de manuels scolaires n° PAN-2025-0611, dont
le montant dépasse son seuil de délégation.

La commande doit partir avant le 7 juillet pour une livraison à la rentrée.

Philippe Desnos
Principal
""")

add("head_of_establishment_request", False, "0720350P", "pays-de-la-loire", "espace_acheteur", False, "en",
    "English; the head teacher of an international private school names a new structure administrator and asks to close the former one's access.",
    frm=("Dr. Helen Marsh", "head@international-school-lemans.fr"), mailer="outlook", date="06-25 10:15",
    subj="Change of administrator for our buyer account",
    body="""\
Dear Sir or Madam,

As Head of the International School of Le Mans (UAI 0720350P), I am writing
to inform you that our business manager, Mr Paul Girard, is leaving the
school at the end of June.

Please make Ms Anna Kowalski (anna.kowalski@international-school-lemans.fr)
the administrator of our structure on the Espace Acheteur, and close Mr
Girard's access from 1 July.

Yours faithfully,

Dr Helen Marsh
Head of School
""")

add("head_of_establishment_request", False, "0850864C", "pays-de-la-loire", "esidoc", True, "fr",
    "The proviseur confirms from his phone, quoting his librarian's request (Apple quote style), that the reset may be done. Personal academic address, not the ce. one.",
    frm=("Frédéric Baudry", "frederic.baudry@ac-nantes.fr"), mailer="iphone", date="06-27 21:14",
    subj="Re: Mot de passe portail e-sidoc",
    body="""\
Bonsoir,
Je confirme la demande de Mme Martineau, vous pouvez réinitialiser le mot de passe du portail.
F. Baudry, proviseur

""" + IPHONE, quote=apple_quote("06-27 16:02", "Lucie Martineau <lucie.martineau@ac-nantes.fr>", """\
Bonjour Monsieur Baudry,

L'assistance me demande que vous confirmiez par écrit la réinitialisation
du mot de passe de notre portail e-sidoc (lycée Rosa Parks, 0850864C).
Pouvez-vous leur répondre directement ? Je les mets en copie.

Bonne soirée,
Lucie"""), to="Assistance <support@assistance.example.fr>, Lucie Martineau <lucie.martineau@ac-nantes.fr>")

add("head_of_establishment_request", False, "0221213Z", "bretagne", "esidoc", True, "fr",
    "The body gives 0221213Y (wrong check letter); the ce.0221213Z@ac-rennes.fr sender address carries the valid UAI, which is the label. The principal asks to change the admin contact address.",
    frm=("Collège Jean Racine", "ce.0221213Z@ac-rennes.fr"), mailer="zimbra", date="07-07 10:38",
    subj="Modification adresse de contact portail documentaire",
    body="""\
Bonjour,

Je suis la principale du collège Jean Racine de Saint-Brieuc (UAI
0221213Y). Notre documentaliste part en mutation ; je vous demande de
remplacer l'adresse de contact du compte administrateur de notre portail
e-sidoc par l'adresse officielle du collège, d'où je vous écris.

Cordialement,

Marie-Pierre Toullec
Principale
""")

add("head_of_establishment_request", False, "0292455L", "bretagne", "espace_acheteur", False, "fr",
    "A retiring proviseur asks that his own Espace Acheteur access be closed and his successor's address be recorded.",
    frm=("Alain Floc'h", "ce.0292455L@ac-rennes.fr"), mailer="zimbra", date="07-08 15:52",
    subj="Départ en retraite du proviseur",
    body="""\
Bonjour,

Je pars à la retraite le 31 août. Je vous demande de fermer mon accès
personnel à l'Espace Acheteur pour le lycée du Léon de Landivisiau (UAI
0292455L) à cette date et d'enregistrer à la place ma successeure, Mme
Sophie Quéméner, dont l'adresse académique est
sophie.quemener@ac-rennes.fr.

Je vous remercie pour votre aide durant toutes ces années.

Alain Floc'h
Proviseur
""")

add("head_of_establishment_request", False, "0350844C", "bretagne", "esidoc", True, "fr",
    "The gestionnaire sends the principal's signed letter (PDF mentioned) with the principal in copy: the head's written request, relayed; staff must check the letter.",
    frm=("Florence Gicquel", "florence.gicquel@ac-rennes.fr"), mailer="outlook", date="07-01 13:25",
    cc=[("Principal collège Les Chalais", "ce.0350844C@ac-rennes.fr")],
    subj="Courrier du principal - changement d'administrateur e-sidoc",
    body="""\
Bonjour,

Vous trouverez ci-joint le courrier signé de M. le Principal du collège
Les Chalais (UAI 0350844C) demandant que le compte administrateur de notre
portail e-sidoc soit transféré à Mme Lina Perrot, documentaliste arrivée
en remplacement, et que l'accès de l'ancienne titulaire soit fermé.

M. le Principal est en copie de ce message.

Cordialement,

Florence Gicquel
Gestionnaire
(pièce jointe : courrier_principal_esidoc.pdf)
""")

add("head_of_establishment_request", False, "0561643G", "bretagne", "esidoc", True, "fr",
    "Claims to be the proviseur from the ce.<UAI> address, but SPF/DMARC fail and Reply-To is a free-mail address; asks to move the admin account to that address: a probable spoof, still a head request for staff to refuse.",
    frm=("Proviseur Lycée Colbert", "ce.0561643G@ac-rennes.fr"), mailer="bot", auth="fail", date="07-09 23:48",
    reply_to=("Proviseur", "proviseur.colbert.lorient@gmail.com"),
    relay=("vps-2231.mx-relay-service.top", "203.0.113.77"),
    subj="URGENT - changement adresse administrateur",
    body="""\
Bonjour,

Je suis le proviseur du lycée Colbert de Lorient (UAI 0561643G). Pendant
les vacances, merci de changer immédiatement l'adresse de l'administrateur
du portail e-sidoc pour proviseur.colbert.lorient@gmail.com et de m'envoyer
un nouveau mot de passe à cette adresse.

C'est urgent, l'ancienne documentaliste a encore accès.

Le proviseur
""")

_q = """\
Bonjour,

Pour changer l'administrateur de votre structure, nous avons besoin d'une
demande écrite du chef d'établissement. Pouvez-vous lui demander de nous
écrire ?

L'équipe d'assistance"""
add("head_of_establishment_request", False, "0492239T", "pays-de-la-loire", "espace_acheteur", False, "fr",
    "Reply (Zimbra 'Mail original') in which the proviseure gives the written request the desk asked for.",
    frm=("Nadège Humeau", "ce.0492239T@ac-nantes.fr"), mailer="zimbra", date="06-30 12:06",
    irt=desk_mid(7077, "06-26 09:15"),
    subj="Re: [#SUP-007077] Changement d'administrateur",
    body="""\
Bonjour,

Je confirme par la présente que M. Kevin Morin, adjoint gestionnaire,
remplace Mme Lebreton comme administrateur de la structure pour le lycée
Sainte-Marie de Saumur (UAI 0492239T). Merci de fermer l'accès de Mme
Lebreton, qui quitte l'établissement.

Nadège Humeau
Proviseure
""", quote=zimbra_quote("06-26 09:15", "Assistance", "Lycée Sainte-Marie", "[#SUP-007077] Changement d'administrateur", _q))


# =========================== account_creation (9) ============================

add("account_creation", True, None, None, "espace_acheteur", False, "fr",
    "A gestionnaire arriving in September asks how to create her Espace Acheteur account now: the sign-up answer fits.",
    frm=("Lucie Bodin", "lucie.bodin.pro@gmail.com"), mailer="gmail", date="07-04 19:26",
    subj="Création de compte",
    body="""\
Bonjour,

Je serai gestionnaire d'un collège de Mayenne à partir du 1er septembre.
Comment créer mon compte sur l'Espace Acheteur dès maintenant, pour être
prête à la rentrée ?

Merci d'avance,
Lucie Bodin
""")

add("account_creation", False, None, "pays-de-la-loire", "espace_acheteur", False, "fr",
    "Account waiting for validation for ten days; the structure administrator left on mutation in June, so the region must step in. Region from ac-nantes.fr.",
    frm=("Damien Drouet", "damien.drouet@ac-nantes.fr"), mailer="outlook", date="07-02 10:03",
    subj="Compte en attente de validation",
    body="""\
Bonjour,

Mon compte sur l'Espace Acheteur est « en attente de validation » depuis
dix jours. L'administratrice de notre structure a été mutée dans une autre
académie au début du mois et ne répond plus à ses mails académiques.

Qui peut valider mon compte ? Je dois passer les commandes de rentrée.

Damien Drouet
Adjoint gestionnaire
""")

add("account_creation", False, "0532653W", "pays-de-la-loire", "espace_acheteur", False, "fr",
    "Asks who the structure's administrator is before the current gestionnaire leaves: a look-up a person answers.",
    frm=("Agnès Bellanger", "agnes.bellanger@ac-nantes.fr"), mailer="tb", date="06-24 11:50",
    subj="Qui est l'administrateur de notre structure ?",
    body="""\
Bonjour,

Pourriez-vous me dire qui est enregistré comme administrateur de la
structure pour le collège Jules Renard de Laval (UAI 0532653W) ? Nous
faisons le point avant les départs de l'été et personne ne sait qui a ce
rôle.

Merci,
Agnès Bellanger
""")

add("account_creation", True, "0720522B", "pays-de-la-loire", "espace_acheteur", True, "fr",
    "Negation: 'je n'ai pas oublié mon mot de passe', she never had an account. account_creation, not password_reset.",
    frm=("Manon Pichon", "manon.pichon@ac-nantes.fr"), mailer="iphone", date="06-27 12:44",
    subj="Pas de compte",
    body="""\
Bonjour,
Ce n'est pas que j'ai oublié mon mot de passe : je n'ai jamais eu de compte sur l'Espace Acheteur ! Je remplace la gestionnaire du collège (0720522B) pendant l'été. Comment je m'inscris ?
Merci
Manon Pichon

""" + IPHONE)

add("account_creation", True, None, None, "espace_acheteur", False, "en",
    "English; a new bursar asks how to sign up on the buyer space.",
    frm=("Oliver Bennett", "o.bennett@britishschool-nantes.fr"), mailer="gmail", date="06-30 09:40",
    subj="How do I register?",
    body="""\
Hello,

I have just been appointed bursar of our school and will take over the
purchasing in July. How do I register for an account on the Espace
Acheteur? Is there a form to fill in?

Thanks in advance,
Oliver Bennett
""")

add("account_creation", False, "0852493Y", "pays-de-la-loire", "espace_acheteur", False, "fr",
    "Account works; asks for order-validation rights for the successor before the current holder leaves.",
    frm=("Corinne Blanchard", "corinne.blanchard@ac-nantes.fr"), mailer="outlook", date="07-01 15:17",
    subj="Droits de validation des commandes",
    body="""\
Bonjour,

Mon collègue Bastien Guilbaud a maintenant un compte actif sur l'Espace
Acheteur pour notre lycée (0852493Y), mais il ne peut que consulter. Je
pars le 10 juillet ; pouvez-vous lui ouvrir les droits de création et de
validation des commandes ?

Corinne Blanchard
Gestionnaire
""")

add("account_creation", False, "0222778A", "bretagne", "espace_acheteur", True, "fr",
    "The departing gestionnaire (not the head) asks to make a colleague the structure administrator: a change of administrator needs the head's written request; a person answers.",
    frm=("Béatrice Le Moal", "beatrice.le-moal@ac-rennes.fr"), mailer="zimbra", date="07-04 11:11",
    subj="Transmission de mon compte avant mon départ",
    body="""\
Bonjour,

Je suis administratrice de la structure sur l'Espace Acheteur pour le
collège de Loudéac (0222778A) et je pars en retraite fin juillet. Pouvez-vous
transférer mon rôle d'administratrice à ma collègue Gwendoline Raoul, qui a
déjà un compte ? Je préfère que ce soit fait avant de partir.

Merci,
Béatrice Le Moal
""")

add("account_creation", True, "0292761U", "bretagne", "espace_acheteur", False, "fr",
    "Filled the sign-up form, cannot log in: the account waits for the structure administrator's validation (FAQ case).",
    frm=("Mathieu Prigent", "mathieu.prigent@ac-rennes.fr"), mailer="android", date="06-23 16:02",
    subj="Impossible de me connecter après inscription",
    body="""\
Bonjour, j'ai rempli le formulaire d'inscription hier pour le lycée de Quimperlé (0292761U) mais je ne peux pas me connecter, le site dit que mon compte n'est pas encore actif. Est-ce normal ?
Mathieu Prigent

""" + ANDROID)

add("account_creation", False, "0352882T", "bretagne", "esidoc", False, "fr",
    "The establishment's UAI is not in the list when opening the customer account (school opening in September): the FAQ sends these to the sales team.",
    frm=("Émilie Ruellan", "emilie.ruellan@ac-rennes.fr"), mailer="tb", date="07-07 09:18",
    subj="UAI introuvable à la création du compte client",
    body="""\
Bonjour,

Je prépare l'ouverture du nouveau collège de Bruz, qui accueillera ses
premiers élèves en septembre (UAI 0352882T). En voulant créer le compte
client pour commander le portail e-sidoc, je ne trouve pas notre UAI dans
la liste des établissements.

Comment faire ?

Émilie Ruellan
Professeure documentaliste
""")


# ======================== subscription_activation (9) ========================

add("subscription_activation", True, "0290105G", "bretagne", "esidoc", False, "fr",
    "Europresse ordered yesterday for next year, not visible yet in the portal: within the 72-hour window.",
    frm=("Anne-Sophie Goasdoué", "anne-sophie.goasdoue@ac-rennes.fr"), mailer="tb", date="06-25 10:48",
    subj="Abonnement Europresse non visible",
    body="""\
Bonjour,

Nous avons commandé hier l'abonnement Europresse pour l'année prochaine
(lycée de Landerneau, UAI 0290105G). Je ne le vois pas encore dans « Mes
abonnements » du portail e-sidoc. Je voulais le présenter aux collègues
lors du dernier conseil pédagogique jeudi.

Est-ce normal ?

Anne-Sophie Goasdoué
""")

add("subscription_activation", False, "0352394M", "bretagne", "esidoc", False, "fr",
    "Ordered more than two weeks ago, still not active: past the 72-hour rule, a person must look at the order.",
    frm=("Pascal Hamel", "pascal.hamel@ac-rennes.fr"), mailer="owa", date="07-02 14:55",
    subj="Ressource toujours pas activée",
    body="""\
Bonjour,

La commande de la ressource « Lumni Archives » a été validée le 13 juin
(bon de commande joint à l'époque). Plus de deux semaines après, elle
n'apparaît toujours pas sur notre portail e-sidoc (collège de Montfort,
0352394M).

Merci de vérifier ce qui bloque.

Pascal Hamel
""")

add("subscription_activation", True, "0562344U", "bretagne", "esidoc", True, "fr",
    "Negation: 'ce n'est pas un problème de mot de passe', login works; the newly ordered resource is not published for pupils.",
    frm=("Klervi Le Strat", "klervi.le-strat@ac-rennes.fr"), mailer="zimbra", date="06-24 12:20",
    subj="Ressource invisible pour les élèves",
    body="""\
Bonjour,

Je précise tout de suite : ce n'est pas un problème de mot de passe, je me
connecte sans souci à l'administration du portail. Mais la ressource
commandée avant-hier n'apparaît pas côté élèves, alors que je voulais
qu'ils puissent l'utiliser pendant l'été.

Collège Mathurin Martin, Baud - UAI 0562344U.

Klervi Le Strat
""")

add("subscription_activation", True, "0442741R", "pays-de-la-loire", "esidoc", False, "fr",
    "How to publish a newly active resource on the portal before the CDI closes: activation/publication of a resource.",
    frm=("Coralie Gaudin", "coralie.gaudin@ac-nantes.fr"), mailer="tb", date="07-01 09:35",
    subj="Publier une ressource sur le portail",
    body="""\
Bonjour,

Notre abonnement à Cafeyn est actif, mais je ne sais pas comment le mettre
en avant sur la page d'accueil du portail e-sidoc pour que les élèves le
trouvent pendant les vacances. Où se fait la publication ?

Lycée de Clisson, 0442741R.

Merci !
Coralie Gaudin
""")

add("subscription_activation", True, "0491805W", "pays-de-la-loire", "esidoc", True, "fr",
    "Written by the principal, but he only asks when the subscription will be available: not a head-of-establishment request.",
    frm=("Jean-Marc Ogereau", "ce.0491805W@ac-nantes.fr"), mailer="outlook", date="06-26 17:42",
    subj="Disponibilité de l'abonnement",
    body="""\
Bonjour,

Je suis le principal du collège de Segré (0491805W). Nous avons validé
mardi la commande d'un abonnement numérique pour le CDI. Pouvez-vous me
dire quand il sera accessible ? Je souhaite l'annoncer aux familles dans la
lettre de fin d'année.

Cordialement,

Jean-Marc Ogereau
Principal
""")

add("subscription_activation", True, "0531936S", "pays-de-la-loire", "esidoc", False, "fr",
    "Short: renewed yesterday, still shown as expired in 'Mes abonnements'.",
    frm=("Valentin Lemoine", "valentin.lemoine@ac-nantes.fr"), mailer="iphone", date="07-03 08:16",
    subj="Abonnement expiré ?",
    body="""\
Bonjour, renouvellement fait hier mais l'abonnement est tjs marqué expiré dans mes abonnements. UAI 0531936S. Merci

""" + IPHONE)

add("subscription_activation", True, "0720857R", "pays-de-la-loire", "esidoc", False, "en",
    "English; digital subscription ordered two days ago, not showing yet.",
    frm=("Emma Clarke", "emma.clarke@ac-nantes.fr"), mailer="outlook", date="06-27 13:28",
    subj="New subscription not showing",
    body="""\
Hello,

We ordered a digital magazine subscription for our library two days ago
(school ID 0720857R), and it does not appear on our e-sidoc portal yet.
How long does activation usually take?

Best regards,
Emma Clarke
Library assistant
""")

add("subscription_activation", True, "0852673U", "pays-de-la-loire", "esidoc", True, "fr",
    "Misleading subject (a reply on the invoice thread): the invoice is settled; the new question is the resource ordered 48 hours ago that is not visible.",
    frm=("Sabrina Rabaud", "sabrina.rabaud@ac-nantes.fr"), mailer="tb", date="07-04 11:02",
    subj="Re: Votre facture FA-2025-18342",
    body="""\
Bonjour,

La facture est réglée, merci, tout est bon de ce côté.

En revanche la ressource commandée mercredi (il y a 48 heures) n'apparaît
toujours pas sur le portail e-sidoc du collège (UAI 0852673U). Faut-il
faire quelque chose de notre côté ?

Sabrina Rabaud
""")

add("subscription_activation", False, "0220763K", "bretagne", "esidoc", False, "fr",
    "Ordered five days ago, still not active: past the 72 hours.",
    frm=("Gildas Le Coz", "gildas.le-coz@ac-rennes.fr"), mailer="roundcube", date="07-07 15:05",
    subj="Activation abonnement",
    body="""\
Bonjour,

Nous avons validé la commande d'Universalis il y a cinq jours et
l'abonnement n'est toujours pas actif sur notre portail (collège de
Guingamp, 0220763K). Je ferme le CDI vendredi.

Merci de regarder,
Gildas Le Coz
""")


# ============================ order_billing (10) =============================

add("order_billing", False, "0290167Z", "bretagne", "esidoc", False, "fr",
    "Asks for a formal quote (devis) for the renewal, needed for the bon d'engagement before the budget closes.",
    frm=("Rozenn Pellen", "rozenn.pellen@ac-rennes.fr"), mailer="tb", date="06-23 10:05",
    subj="Demande de devis renouvellement",
    body="""\
Bonjour,

Pourriez-vous m'adresser un devis pour le renouvellement de notre
abonnement au portail e-sidoc (collège de Carhaix, UAI 0290167Z) ? Notre
gestionnaire doit établir le bon d'engagement avant la clôture budgétaire
du 4 juillet.

Merci,
Rozenn Pellen
""")

add("order_billing", False, "0352227F", "bretagne", "espace_acheteur", False, "fr",
    "The saved basket for the back-to-school order disappeared from the Espace Acheteur.",
    frm=("Christophe Lemée", "christophe.lemee@ac-rennes.fr"), mailer="outlook", date="07-07 16:40",
    subj="Panier disparu",
    body="""\
Bonjour,

J'avais préparé début juin un panier de fournitures pour la rentrée sur
l'Espace Acheteur (lycée de Fougères, 0352227F). Je voulais le valider
aujourd'hui et il a disparu. Est-il possible de le récupérer ? Il y avait
plus de 80 lignes.

Christophe Lemée
Gestionnaire
""")

add("order_billing", False, "0560322W", "bretagne", "esidoc", False, "fr",
    "Order validated in May, invoice still not on Chorus; the accounting office closes for the summer.",
    frm=("Servane Le Berre", "servane.le-berre@ac-rennes.fr"), mailer="zimbra", date="06-30 14:22",
    subj="Facture absente de Chorus",
    body="""\
Bonjour,

Notre commande de mai (renouvellement e-sidoc, collège de Ploërmel, UAI
0560322W) a bien été validée, mais la facture n'est toujours pas déposée
sur Chorus Pro. L'agence comptable ferme le 11 juillet et souhaite la
payer avant.

Pouvez-vous la déposer ?

Servane Le Berre
Secrétaire d'intendance
""")

add("order_billing", False, None, None, "esidoc", False, "en",
    "English Outlook reply (From:/Sent: block) asking to address future invoices to the new accounting department.",
    frm=("Laura Simmons", "laura.simmons@saintexupery-intl.fr"), mailer="outlook", date="07-02 09:12",
    subj="RE: Invoice for library portal",
    body="""\
Hello,

Thank you for the invoice. From September our accounts will be handled by
the finance department of our school group. Could you please address the
next invoices to:

Groupe scolaire Saint-Exupéry - Service financier
12 rue de la Marne, 44000 Nantes
finance@saintexupery-intl.fr

Best wishes,
Laura Simmons
School office
""", quote=outlook_quote_en("06-30 15:00", "Billing <facturation@assistance.example.fr>", "Laura Simmons", "Invoice for library portal",
    """\
Dear customer,

Please find attached the invoice for your e-sidoc portal subscription.

Billing department"""))

add("order_billing", False, "0442381Z", "pays-de-la-loire", "espace_acheteur", True, "fr",
    "Two topics: the invoice amount is wrong (main) and a convention is missing from 'Mes Marchés' (contract_documents).",
    frm=("Stéphane Bourdais", "stephane.bourdais@ac-nantes.fr"), mailer="outlook", date="06-26 11:00",
    subj="Erreur de montant sur facture",
    body="""\
Bonjour,

La facture reçue pour notre commande n° PAN-2025-0544 indique 1 842,60 €
alors que le bon de commande validé était de 1 624,80 €. Merci de nous
envoyer une facture rectifiée ou un avoir.

Au passage, je ne trouve plus la convention du marché « mobilier scolaire »
dans Mes Marchés.

Lycée de Saint-Nazaire, UAI 0442381Z.

Stéphane Bourdais
""")

add("order_billing", False, "0490532M", "pays-de-la-loire", "espace_acheteur", False, "fr",
    "The bon d'engagement upload fails at order validation; the order must leave before the summer deadline.",
    frm=("Laetitia Cailleau", "laetitia.cailleau@ac-nantes.fr"), mailer="tb", date="07-03 10:33",
    subj="Bon d'engagement refusé à la validation",
    body="""\
Bonjour,

Au moment de valider ma commande sur l'Espace Acheteur, le dépôt du bon
d'engagement échoue avec le message « format de fichier non accepté ». Il
s'agit pourtant d'un PDF généré par notre logiciel comptable.

La commande doit partir avant vendredi pour être livrée à la rentrée
(collège de Saumur, 0490532M). Que faire ?

Laetitia Cailleau
""")

add("order_billing", False, None, None, "espace_acheteur", False, "fr",
    "Private school asks whether it can pay by credit card instead of transfer for the summer order.",
    frm=("Hélène Mabileau", "comptabilite@ecole-saint-joseph-challans.fr"), mailer="outlook", date="06-25 15:10",
    subj="Moyen de paiement",
    body="""\
Bonjour,

Nous sommes une école privée sous contrat et souhaitons passer une petite
commande avant la fermeture de l'été. Est-il possible de régler par carte
bancaire plutôt que par virement ? Si seul le virement est accepté,
pourriez-vous nous envoyer un RIB ?

Merci,
Hélène Mabileau
Comptabilité
""")

_q = """\
Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse connue pour votre
établissement. Il est valable 12 heures.

L'équipe d'assistance"""
add("order_billing", False, "0532021J", "pays-de-la-loire", "esidoc", True, "fr",
    "Reply on an old password thread (quoted, Gmail style), but the new text asks for a quote for next year's renewal: a new request, order_billing.",
    frm=("Noémie Guillet", "noemie.guillet@ac-nantes.fr"), mailer="gmail", date="07-01 14:47",
    irt=desk_mid(6954, "05-12 09:40"),
    subj="Re: [#SUP-006954] Mot de passe e-sidoc",
    body="""\
Bonjour,

Tout fonctionne depuis votre lien, merci. J'en profite pour une autre
demande : il me faudrait un devis pour le renouvellement 2025-2026 du
portail, notre gestionnaire le réclame avant de partir en congé.

Collège de Mayenne, UAI 0532021J.

Noémie Guillet
""", quote=gmail_quote("05-12 09:40", "Assistance <support@assistance.example.fr>", _q))

add("order_billing", False, "0722352R", "pays-de-la-loire", "esidoc", False, "fr",
    "HTML-only Outlook mail in windows-1252 with the euro sign: the invoice amount differs from the quote.",
    frm=("Régine Foucault", "regine.foucault@ac-nantes.fr"), mailer="outlook", kind="html_only", charset="windows-1252", date="06-24 10:26",
    subj="Montant facture différent du devis",
    body="""\
Bonjour,

Notre devis pour l’abonnement e-sidoc indiquait 689,00 € TTC ; la facture reçue ce matin est de 742,50 € TTC. Pouvez-vous m’expliquer cet écart ou corriger la facture ?

Collège de Sablé-sur-Sarthe – UAI 0722352R

Bien cordialement,
Régine Foucault
Adjointe gestionnaire
""")

add("order_billing", False, "0851718F", "pays-de-la-loire", "esidoc", False, "fr",
    "Invoice received twice; asks to cancel the duplicate before the accounting closure.",
    frm=("Benoît Raffin", "benoit.raffin@ac-nantes.fr"), mailer="tb", date="07-08 09:27",
    subj="Facture en double",
    body="""\
Bonjour,

Nous avons reçu deux factures pour le même abonnement au portail e-sidoc
(n° FA-2025-17710 et FA-2025-17738, même montant, même période). Merci
d'annuler le doublon, nous ne paierons qu'une fois.

Collège des Herbiers - UAI 0851718F

Benoît Raffin
Gestionnaire
""")


# ========================== contract_documents (7) ===========================

add("contract_documents", False, None, None, "espace_acheteur", False, "fr",
    "The documents of market 2025-041 (school supplies for the new year) are not found in 'Mes Marchés'.",
    frm=("Gaël Rivoal", "gael.rivoal@cc-centre-bretagne.fr"), mailer="outlook", date="06-24 09:58",
    subj="Documents du marché 2025-041 introuvables",
    body="""\
Bonjour,

Je souhaite consulter le CCAP et le bordereau de prix du marché 2025-041
(fournitures scolaires, rentrée 2025) avant de passer nos commandes d'été,
mais le marché n'apparaît pas dans « Mes Marchés » de l'Espace Acheteur.

Pourriez-vous vérifier nos accès ?

Gaël Rivoal
Service achats
""")

add("contract_documents", False, "0562190B", "bretagne", "espace_acheteur", False, "fr",
    "The membership convention for next school year is not visible in the contract documents.",
    frm=("Ophélie Le Floch", "ophelie.le-floch@ac-rennes.fr"), mailer="tb", date="07-01 11:41",
    subj="Convention d'adhésion 2025-2026",
    body="""\
Bonjour,

L'agent comptable me demande la convention d'adhésion 2025-2026 avant son
départ en congé, mais je ne la trouve pas dans les documents contractuels
de l'Espace Acheteur : seule celle de 2024-2025 apparaît.

Lycée de Vannes, UAI 0562190B.

Merci,
Ophélie Le Floch
""")

add("contract_documents", False, "0291690E", "bretagne", "espace_acheteur", False, "fr",
    "Amendment no. 3 of the transport market is announced but missing from the market documents.",
    frm=("Jérôme Cloarec", "jerome.cloarec@ac-rennes.fr"), mailer="owa", date="06-27 08:50",
    subj="Avenant n°3 manquant",
    body="""\
Bonjour,

Nous avons reçu le courrier annonçant l'avenant n° 3 au marché de
transport scolaire (revalorisation des tarifs au 1er juillet). L'avenant
lui-même n'apparaît pas dans les pièces du marché sur l'Espace Acheteur.

Collège de Châteaulin, 0291690E.

Jérôme Cloarec
Adjoint gestionnaire
""")

add("contract_documents", False, "0441855C", "pays-de-la-loire", "espace_acheteur", True, "fr",
    "Negation: 'mon compte fonctionne', not an access problem; before leaving, the gestionnaire cannot see the CCTP and price schedules of two markets to hand them over.",
    frm=("Pauline Menard", "pauline.menard@ac-nantes.fr"), mailer="outlook", date="07-04 14:30",
    subj="Pièces de marché non visibles avant mon départ",
    body="""\
Bonjour,

Mon compte fonctionne très bien, je me connecte et je passe des commandes :
ce n'est pas un problème d'accès au compte. Par contre, pour préparer le
dossier de passation à mon successeur, je voudrais télécharger le CCTP et
les bordereaux de prix des marchés « restauration » et « nettoyage », et
aucune pièce ne s'affiche pour ces deux marchés.

Lycée de Rezé, UAI 0441855C.

Pauline Menard
Gestionnaire (départ le 15 juillet)
""")

_q = """\
Bonjour,

Nous avons transmis votre demande à l'équipe régionale, qui va rendre le
document visible dans votre espace.

L'équipe d'assistance"""
add("contract_documents", False, "0492464M", "pays-de-la-loire", "espace_acheteur", False, "fr",
    "Follow-up reply (Gmail quote): the convention is still missing a week after the region's answer.",
    frm=("Cyril Baudouin", "cyril.baudouin@ac-nantes.fr"), mailer="gmail", date="07-08 10:55",
    irt=desk_mid(7033, "06-30 11:10"),
    subj="Re: [#SUP-007033] Convention introuvable",
    body="""\
Bonjour,

Une semaine après, la convention n'est toujours pas visible dans notre
espace (collège de Beaupréau, 0492464M). Pouvez-vous relancer ?

Merci,
Cyril Baudouin
""", quote=gmail_quote("06-30 11:10", "Assistance <support@assistance.example.fr>", _q))

add("contract_documents", False, None, None, "espace_acheteur", False, "en",
    "English; cannot open the framework agreement documents (the file opens empty).",
    frm=("Daniel Hughes", "d.hughes@lycee-anglais-angers.fr"), mailer="gmail", date="06-30 16:24",
    subj="Framework agreement documents won't open",
    body="""\
Hello,

When I click on the framework agreement documents in the buyer space
(agreement for IT equipment), the PDF opens but it is completely blank, and
the amendment gives a "file not found" error.

We need these documents before our summer purchases. Could you check?

Thanks,
Daniel Hughes
Finance officer
""")

add("contract_documents", False, "0530412K", "pays-de-la-loire", "espace_acheteur", True, "fr",
    "Mentions e-signature (she was told to sign), but the problem is that the convention cannot be seen in the documents at all: contract_documents.",
    frm=("Hélène Trouillard", "helene.trouillard@ac-nantes.fr"), mailer="tb", date="07-02 16:10",
    subj="Convention à signer ?",
    body="""\
Bonjour,

La région me dit que la convention du groupement de commandes pour la
rentrée doit être signée électroniquement avant le 10 juillet. Je n'ai reçu
aucune invitation à signer, et la convention n'apparaît nulle part dans les
documents de notre espace, ni dans Mes Marchés.

Où puis-je la consulter ?

Collège de Craon, UAI 0530412K.

Hélène Trouillard
""")


# ========================== transfer_incident (9) ============================

add("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
    "EcoleDirecte transfers failing since the end-of-year archiving; parents no longer see the final grades.",
    frm=("Gaëtan Poulain", "informatique@stjoseph-lamballe.fr"), mailer="outlook", date="06-30 08:36",
    subj="Transferts EcoleDirecte en échec",
    body="""\
Bonjour,

Depuis l'archivage de fin d'année fait vendredi, les transferts vers
EcoleDirecte échouent chaque nuit. Les parents ne voient pas les moyennes
du troisième trimestre ni les décisions d'orientation.

Pouvez-vous regarder rapidement ? Les bulletins doivent être publiés
mercredi.

Gaëtan Poulain
Responsable informatique
""")

add("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
    "Asks for 'le mot de passe de maintenance du jour' to run the year change-over in Charlemagne: transfer_incident per the taxonomy, not password_reset.",
    frm=("Sœur Marie-Thérèse", "secretariat@ecole-ndlourdes-rennes.fr"), mailer="orange", date="07-07 09:05",
    subj="Mot de passe du jour",
    body="""\
Bonjour,

Pour faire le changement d'année dans Charlemagne, le logiciel me demande
le mot de passe de maintenance du jour. Pourriez-vous me le communiquer ?
Je suis seule au secrétariat cette semaine.

Merci beaucoup,
Sœur Marie-Thérèse
École Notre-Dame de Lourdes
""")

add("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
    "Licence to regenerate after the server was replaced at the start of the holidays.",
    frm=("Benjamin Tessier", "b.tessier@ensemble-scolaire-cholet.fr"), mailer="tb", date="07-09 14:18",
    subj="Licence à régénérer",
    body="""\
Bonjour,

Nous avons remplacé le serveur de l'établissement la semaine dernière,
profitant des vacances. Depuis la réinstallation, Charlemagne indique que
la licence n'est pas valide pour ce poste et les transferts EcoleDirecte
ne partent plus.

Merci de régénérer la licence.

Benjamin Tessier
Technicien informatique
""")

add("transfer_incident", False, "0352820A", "bretagne", "ecoledirecte", False, "fr",
    "Final grades not visible to parents on EcoleDirecte; the last transfer is three days old.",
    frm=("Anne Lorant", "direction@college-sacre-coeur-redon.fr"), mailer="outlook", date="06-27 12:15",
    subj="Dernier transfert il y a 3 jours",
    body="""\
Bonjour,

Le dernier transfert réussi vers EcoleDirecte date de mardi. Depuis, les
notes saisies par les professeurs pour le dernier trimestre ne remontent
plus et les familles nous appellent.

Collège Sacré-Cœur, Redon (UAI 0352820A).

Anne Lorant
Directrice adjointe
""")

add("transfer_incident", False, "0490783K", "pays-de-la-loire", "ecoledirecte", True, "fr",
    "Misleading subject 'Mot de passe': the software asks for the daily maintenance password to close the year, which is transfer_incident.",
    frm=("Jacques Coutant", "jacques.coutant@lasalle-angers.fr"), mailer="outlook", date="07-03 17:05",
    subj="Mot de passe",
    body="""\
Bonjour,

Je n'ai pas perdu mon mot de passe personnel. C'est la clôture de l'année
dans Charlemagne qui réclame un mot de passe de maintenance journalier, et
je ne l'ai pas. Sans lui je ne peux pas lancer l'archivage ni relancer les
transferts.

Lycée La Salle, Angers - 0490783K.

Jacques Coutant
""")

add("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
    "After the summer antivirus update, Charlemagne Outils is quarantined and transfers no longer run.",
    frm=("Service informatique", "si@ogec-saint-gabriel.fr"), mailer="tb", date="07-10 10:44",
    subj="Antivirus et Outils",
    body="""\
Bonjour,

La mise à jour de l'antivirus faite lundi a mis en quarantaine le
programme Outils de Charlemagne. Nous l'avons restauré, mais il est de
nouveau bloqué à chaque démarrage et les transferts EcoleDirecte ne se
lancent plus.

Quelles exclusions faut-il ajouter ?

Service informatique
""")

add("transfer_incident", False, "0562730N", "bretagne", "ecoledirecte", False, "fr",
    "HTML-only Outlook mail: transfers hang, several Outils.exe processes stuck.",
    frm=("Tugdual Le Guen", "t.leguen@lycee-stjosephlorient.fr"), mailer="outlook", kind="html_only", date="06-25 16:47",
    subj="Transferts bloqués",
    body="""\
Bonjour,

Les transferts vers EcoleDirecte restent bloqués « en cours » depuis ce matin. Dans le gestionnaire des tâches, je vois quatre processus Outils.exe qui ne se terminent jamais.

Lycée Saint-Joseph, Lorient - 0562730N

Tugdual Le Guen
""")

add("transfer_incident", False, "0441533C", "pays-de-la-loire", "ecoledirecte", False, "fr",
    "New firewall installed for the summer: the transfer diagnostic fails on the connection test.",
    frm=("Romain Guilbaud", "r.guilbaud@externat-enfants-nantais.fr"), mailer="tb", date="07-08 15:37",
    subj="Diagnostic transfert en échec après changement de pare-feu",
    body="""\
Bonjour,

Nous avons changé le pare-feu de l'établissement lundi. Depuis, le
diagnostic des transferts EcoleDirecte échoue au test de connexion. Faut-il
ouvrir des ports ou déclarer un proxy particulier ?

UAI 0441533C.

Romain Guilbaud
""")

_q = """\
Bonjour,

La licence a été régénérée. Relancez Outils puis un transfert manuel.

L'équipe d'assistance"""
add("transfer_incident", False, "0851907L", "pays-de-la-loire", "ecoledirecte", True, "fr",
    "Reply (Outlook quote) on a transfer ticket: still failing after the licence was regenerated; the quoted desk answer is about the licence.",
    frm=("Sandrine Rambaud", "s.rambaud@stjacques-montaigu.fr"), mailer="outlook", date="07-02 08:59",
    irt=desk_mid(7095, "07-01 16:40"),
    subj="RE: [#SUP-007095] Licence Charlemagne",
    body="""\
Bonjour,

J'ai relancé Outils comme indiqué, le transfert manuel démarre puis
s'arrête sur « erreur 500 » au bout de quelques secondes. Les familles ne
voient toujours pas les bulletins.

Collège Saint-Jacques, Montaigu (0851907L)

Sandrine Rambaud
""", quote=outlook_quote("07-01 16:40", "Assistance <support@assistance.example.fr>", "Sandrine Rambaud", "[#SUP-007095] Licence Charlemagne", _q))


# ============================== automated (21) ===============================

def desk_message(to, subj, text, mid, when):
    """An outgoing desk message, as returned inside a bounce."""
    d = _d(when)
    body = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return ("From: Assistance <support@assistance.example.fr>\n"
            "To: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nAuto-Submitted: auto-replied\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: quoted-printable\n\n%s" % (to, enc_header(subj, "Subject"), format_datetime(d), mid, body))


add("automated", False, None, "bretagne", None, False, "fr",
    "Zimbra vacation reply to a desk message (Auto-Submitted: auto-replied): the CDI is closed for the summer. Region from ac-rennes.fr.",
    frm=("Maïwenn Le Saux", "maiwenn.le-saux@ac-rennes.fr"), mailer="zimbra", date="07-08 14:02",
    irt=desk_mid(7190, "07-08 14:01"),
    subj="Absente : [#SUP-007190] Votre demande",
    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
    body="""\
Bonjour,

Le CDI est fermé pour l'été. Je serai de retour le 25 août et traiterai
votre message à ce moment-là.

Bonnes vacances !
Maïwenn Le Saux, professeure documentaliste
""")

add("automated", False, None, "pays-de-la-loire", None, False, "fr",
    "Exchange out-of-office in French ('Réponse automatique :'), Auto-Submitted: auto-generated and X-Auto-Response-Suppress. Region from ac-nantes.fr.",
    frm=("Guillaume Ferré", "guillaume.ferre@ac-nantes.fr"), mailer="owa", date="07-10 09:31",
    subj="Réponse automatique : Votre commande PAN-2025-0702",
    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "guillaume.ferre@ac-nantes.fr")],
    body="""\
Bonjour,

Je suis en congés du 10 juillet au 22 août inclus. Pour toute question
urgente concernant l'intendance, merci de contacter le secrétariat du
lycée au 02 40 00 00 00.

Cordialement,
Guillaume Ferré
""")

add("automated", False, "0530617H", "pays-de-la-loire", None, True, "fr",
    "Out-of-office of a school office (ce.<UAI> address) that mentions e-sidoc and passwords; Auto-Submitted is present. The UAI comes from the address.",
    frm=("Collège Jules Ferry - Secrétariat", "ce.0530617H@ac-nantes.fr"), mailer="zimbra", date="07-11 10:20",
    irt=desk_mid(7201, "07-11 10:19"),
    subj="Réponse automatique : [#SUP-007201] Mot de passe e-sidoc",
    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
    body="""\
Bonjour,

Le secrétariat du collège est fermé du 11 juillet au 21 août.

Pour les mots de passe ENT, Pronote ou du portail e-sidoc du CDI, merci de
renouveler votre demande à la rentrée auprès de l'enseignant concerné.

Ceci est un message automatique, merci de ne pas y répondre.
""")

_orig = desk_message("Yvonne Le Pape <yvonne.le-pape@college-st-pierre-plouescat.fr>",
                     "[#SUP-007155] Accès au portail", "Bonjour,\n\nVotre demande a bien été prise en compte.\n\nL'équipe d'assistance\n",
                     desk_mid(7155, "07-04 10:00"), "07-04 10:00")
add("automated", False, None, None, None, False, "en",
    "Postfix bounce (multipart/report, null Return-Path): the librarian's mailbox was deleted after she left.",
    frm=("Mail Delivery System", "MAILER-DAEMON@mail.college-st-pierre-plouescat.fr"), mailer="bot", rp="", auth="none", date="07-04 10:00",
    subj="Undelivered Mail Returned to Sender",
    extra=[("Auto-Submitted", "auto-replied")],
    kind="report", report_type="delivery-status",
    parts=[("text/plain; charset=us-ascii", ["Content-Description: Notification"], """\
This is the mail system at host mail.college-st-pierre-plouescat.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<yvonne.le-pape@college-st-pierre-plouescat.fr>: host
    mail.college-st-pierre-plouescat.fr[private/dovecot-lmtp] said: 550 5.1.1
    <yvonne.le-pape@college-st-pierre-plouescat.fr> User doesn't exist
"""), ("message/delivery-status", ["Content-Description: Delivery report"], """\
Reporting-MTA: dns; mail.college-st-pierre-plouescat.fr
X-Postfix-Queue-ID: 4bT9xK1Zq2z1yRt
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Fri,  4 Jul 2025 10:00:02 +0200 (CEST)

Final-Recipient: rfc822; yvonne.le-pape@college-st-pierre-plouescat.fr
Original-Recipient: rfc822;yvonne.le-pape@college-st-pierre-plouescat.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <yvonne.le-pape@college-st-pierre-plouescat.fr>
    User doesn't exist
"""), ("message/rfc822", ["Content-Description: Undelivered Message"], _orig)])

_orig = desk_message("Jocelyne Humeau <jocelyne.humeau@ensemble-scolaire-cholet.fr>",
                     "[#SUP-007142] Facture FA-2025-17520", "Bonjour,\n\nVotre facture rectifiée est disponible sur Chorus Pro.\n\nL'équipe d'assistance\n",
                     desk_mid(7142, "07-03 15:12"), "07-03 15:12")
add("automated", False, None, None, None, False, "fr",
    "Exchange non-delivery report in French ('Non remis :'): the retired gestionnaire's mailbox no longer exists. multipart/report with an HTML explanation.",
    frm=("Microsoft Outlook", "postmaster@ensemble-scolaire-cholet.fr"), mailer="bot", rp="", auth="none", date="07-03 15:12",
    subj="Non remis : [#SUP-007142] Facture FA-2025-17520",
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
    kind="report", report_type="delivery-status",
    parts=[('multipart/alternative; boundary="ndr_alt_7142"', [], """\
--ndr_alt_7142
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + quopri.encodestring("""Votre message n'a pas pu être remis à jocelyne.humeau@ensemble-scolaire-cholet.fr car l'adresse de messagerie est introuvable ou n'existe plus.

Diagnostic pour les administrateurs :
Serveur générant le rapport : PR3P191MB1024.EURP191.PROD.OUTLOOK.COM
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""".encode("utf-8")).decode("ascii") + """
--ndr_alt_7142
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + quopri.encodestring("""<html><body><p style="font-family:Segoe UI;font-size:16px;color:#c00000"><b>Le message n'a pas pu être remis</b></p>
<p>L'adresse <a href="mailto:jocelyne.humeau@ensemble-scolaire-cholet.fr">jocelyne.humeau@ensemble-scolaire-cholet.fr</a> est introuvable ou n'existe plus.</p>
<p style="font-size:11px;color:#666">Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'</p></body></html>
""".encode("utf-8")).decode("ascii") + """
--ndr_alt_7142--
"""), ("message/delivery-status", [], """\
Reporting-MTA: dns;PR3P191MB1024.EURP191.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Thu, 3 Jul 2025 13:12:04 +0000

Final-Recipient: rfc822;jocelyne.humeau@ensemble-scolaire-cholet.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""), ("message/rfc822", [], _orig)])

add("automated", False, None, "bretagne", None, False, "fr",
    "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification. Region from ac-rennes.fr.",
    frm=("Corentin Le Page", "corentin.le-page@ac-rennes.fr"), mailer="outlook", date="06-26 08:14",
    subj="Lu : [#SUP-007058] Votre demande de devis",
    kind="report", report_type="disposition-notification",
    preamble="This is a multi-part message in MIME format.",
    parts=[('text/plain; charset="utf-8"', [], """\
Votre message

  À : Corentin Le Page
  Objet : [#SUP-007058] Votre demande de devis
  Envoyé : mercredi 25 juin 2025 17:46:20 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le jeudi 26 juin 2025 08:14:02 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
"""), ("message/disposition-notification", [], """\
Reporting-UA: PR3P191MB1024.EURP191.PROD.OUTLOOK.COM; Microsoft Outlook 16.0
Final-Recipient: rfc822;corentin.le-page@ac-rennes.fr
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % desk_mid(7058, "06-25 17:46"))])

add("automated", False, None, None, None, False, "en",
    "Thunderbird return receipt in English from a Gmail address, multipart/report disposition-notification.",
    frm=("Kate Morrison", "kate.morrison.fle@gmail.com"), mailer="tb", date="07-01 19:40",
    subj="Return Receipt (displayed) - [#SUP-007120] Your request",
    kind="report", report_type="disposition-notification",
    preamble="This is a multi-part message in MIME format.",
    parts=[("text/plain; charset=UTF-8", [], """\
This is a Return Receipt for the mail that you sent to kate.morrison.fle@gmail.com.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
"""), ("message/disposition-notification; name=MDNPart2.txt", ["Content-Disposition: inline"], """\
Reporting-UA: Mozilla Thunderbird; Mozilla Thunderbird
Final-Recipient: rfc822;kate.morrison.fle@gmail.com
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % desk_mid(7120, "07-01 11:03")), ("text/rfc822-headers; name=MDNPart3.txt", ["Content-Disposition: inline"], """\
From: Assistance <support@assistance.example.fr>
To: kate.morrison.fle@gmail.com
Subject: [#SUP-007120] Your request
Date: Tue, 01 Jul 2025 11:03:00 +0200
Message-ID: %s
""" % desk_mid(7120, "07-01 11:03"))])

add("automated", False, None, "pays-de-la-loire", "esidoc", True, "fr",
    "A librarian's real question about the e-sidoc inventory, posted to the académie's librarians' mailing list the desk is subscribed to (List-Id, Precedence: list): not written to us. Region from ac-nantes.fr.",
    frm=("Virginie Chupin", "virginie.chupin@ac-nantes.fr"), mailer="tb", date="06-27 13:09",
    to="Documentalistes de l'académie <docs-pdl@listes.ac-nantes.fr>",
    subj="[docs-pdl] Inventaire et portail e-sidoc",
    extra=[("List-Id", "Documentalistes de l'academie de Nantes <docs-pdl.listes.ac-nantes.fr>"),
           ("List-Post", "<mailto:docs-pdl@listes.ac-nantes.fr>"),
           ("List-Unsubscribe", "<mailto:sympa@listes.ac-nantes.fr?subject=unsubscribe%20docs-pdl>"),
           ("Precedence", "list"), ("Sender", "docs-pdl-request@listes.ac-nantes.fr")],
    body="""\
Bonjour à toutes et à tous,

Petite question de fin d'année : quand vous faites l'inventaire, est-ce
que les documents marqués « en inventaire » disparaissent de votre portail
e-sidoc pour les élèves ? Chez moi certains ont disparu et je ne sais pas
si je dois contacter l'assistance ou si c'est normal.

Merci et bon courage pour les derniers jours !
Virginie, collège de Pornic

_______________________________________________
docs-pdl mailing list
https://listes.ac-nantes.fr/sympa/info/docs-pdl
""")

add("automated", False, None, None, "espace_acheteur", False, "fr",
    "Newsletter of the purchasing centre (summer closure dates and order deadlines): List-Id, List-Unsubscribe one-click, Precedence: bulk; multipart/alternative.",
    frm=("Centrale d'achat - Informations", "infos@actualites.espace-acheteur.example.fr"), mailer="bot", date="06-23 07:00",
    rp="bounce-8812-2025-06@actualites.espace-acheteur.example.fr",
    subj="Été 2025 : dates limites de commande et fermeture estivale",
    extra=[("List-Id", "Informations de la centrale d'achat <infos.actualites.espace-acheteur.example.fr>"),
           ("List-Unsubscribe", "<https://actualites.espace-acheteur.example.fr/u/8812/c02e>, <mailto:unsubscribe-8812@actualites.espace-acheteur.example.fr>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
    kind="alt",
    body="""\
Lettre d'information - juin 2025

Préparez la rentrée sans stress

Pour être livrées avant la rentrée, vos commandes doivent être validées sur
l'Espace Acheteur au plus tard le vendredi 11 juillet.

Le service clients sera fermé du 28 juillet au 15 août.

Bon été à toutes et à tous !

Vous recevez ce message car vous êtes inscrit à la lettre d'information.
Se désinscrire : https://actualites.espace-acheteur.example.fr/u/8812/c02e
""")

add("automated", False, None, None, None, False, "en",
    "English Gmail vacation responder (Auto-Submitted: auto-replied) of a language assistant back home for the summer.",
    frm=("Tom Fletcher", "tom.fletcher.assistant@gmail.com"), mailer="gmail", date="07-07 12:00",
    irt=desk_mid(7170, "07-07 11:58"),
    subj="Re: [#SUP-007170] Your request",
    extra=[("Auto-Submitted", "auto-replied")],
    body="""\
Hi,

My contract as a language assistant has ended and I am back in the UK for
the summer. I will not be checking this inbox regularly until September.

For anything about the school, please contact the school office directly.

Cheers,
Tom
""")

add("automated", False, None, "bretagne", None, True, "fr",
    "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic. Region from ac-rennes.fr.",
    frm=("Fañch Le Gac", "fanch.le-gac@ac-rennes.fr"), mailer="outlook", date="07-09 16:33",
    subj="Absence du bureau",
    body="""\
Bonjour,

Je suis absent jusqu'au 25 août. Je n'aurai pas accès à ma messagerie
pendant cette période. En cas d'urgence, vous pouvez joindre l'intendance
du lycée.

Bonnes vacances,
Fañch Le Gac
""")

add("automated", False, None, None, "ticket_portal", False, "fr",
    "Ticket-portal notification: a ticket the desk opened with a supplier was updated. Auto-Submitted: auto-generated.",
    frm=("Portail d'assistance", "no-reply@tickets.portail-assistance.example.fr"), mailer="bot", date="06-30 11:47",
    subj="[Ticket #48213] Mise à jour : Activation ressource Cafeyn",
    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    body="""\
Bonjour,

Le ticket #48213 « Activation ressource Cafeyn » a été mis à jour par
l'équipe technique.

Nouveau statut : En cours de traitement
Dernier commentaire : « Activation relancée, délai habituel 24 h. »

Consultez le ticket : https://tickets.portail-assistance.example.fr/t/48213

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""")

add("automated", False, None, None, "esignature", True, "fr",
    "E-signature 'document signed' notification for a convention: transactional mail without Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic.",
    frm=("Signature électronique", "notifications@signature.example-esign.fr"), mailer="bot", date="07-04 17:26",
    subj="Document signé : Convention groupement de commandes 2025-2026",
    kind="alt",
    body="""\
Bonjour,

Tous les signataires ont signé le document « Convention groupement de
commandes 2025-2026 ».

Signataires :
- Lycée Joachim du Bellay, Angers : signé le 04/07/2025 à 17:25
- Centrale d'achat : signé le 02/07/2025 à 10:12

Le document signé est disponible pendant 30 jours :
https://signature.example-esign.fr/d/8f2c1e

Cet e-mail a été envoyé automatiquement.
""")

add("automated", False, None, None, None, False, "en",
    "Delay warning from a relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still automatic.",
    frm=("Mail Delivery System", "MAILER-DAEMON@relay.lycee-kerustum.fr"), mailer="bot", rp="", auth="none", date="07-05 14:20",
    subj="Delayed Mail (still being retried)",
    extra=[("Auto-Submitted", "auto-replied")],
    kind="report", report_type="delivery-status",
    parts=[("text/plain; charset=us-ascii", ["Content-Description: Notification"], """\
This is the mail system at host relay.lycee-kerustum.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<cdi@lycee-kerustum.fr>: connect to mx.lycee-kerustum.fr[198.51.100.40]:25:
    Connection timed out
"""), ("message/delivery-status", ["Content-Description: Delivery report"], """\
Reporting-MTA: dns; relay.lycee-kerustum.fr
X-Postfix-Queue-ID: 4bV2m70xCqz8kLs
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Sat,  5 Jul 2025 10:18:44 +0200 (CEST)

Final-Recipient: rfc822; cdi@lycee-kerustum.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.lycee-kerustum.fr[198.51.100.40]:25:
    Connection timed out
Will-Retry-Until: Thu, 10 Jul 2025 10:18:44 +0200 (CEST)
"""), ("text/rfc822-headers", ["Content-Description: Undelivered Message Headers"], """\
From: Assistance <support@assistance.example.fr>
To: cdi@lycee-kerustum.fr
Subject: [#SUP-007163] Abonnement
Date: Sat, 05 Jul 2025 10:18:40 +0200
Message-ID: %s
""" % desk_mid(7163, "07-05 10:18"))])

add("automated", False, "0851408U", "pays-de-la-loire", None, False, "fr",
    "Exchange automatic reply from the ce.<UAI> office address to a desk message (In-Reply-To, Auto-Submitted, X-Auto-Response-Suppress). UAI from the address.",
    frm=("Lycée Pierre Mendès France", "ce.0851408U@ac-nantes.fr"), mailer="owa", date="07-10 11:05",
    irt=desk_mid(7194, "07-10 11:04"),
    subj="Réponse automatique : [#SUP-007194] Changement d'administrateur",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body="""\
Bonjour,

L'établissement est fermé du 10 juillet au 20 août inclus. Les messages
reçus pendant cette période seront traités à la réouverture.

Pour toute urgence, contactez la Direction des services départementaux.

Le secrétariat
""")

add("automated", False, None, None, None, True, "en",
    "Exim bounce as plain text (no multipart/report, no Auto-Submitted): only the null Return-Path and the Mailer-Daemon sender show it is automatic.",
    frm=("Mail Delivery System", "Mailer-Daemon@mx.mairie-plabennec.fr"), mailer="bot", rp="", auth="none", date="06-24 15:51",
    subj="Mail delivery failed: returning message to sender",
    body="""\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ecole.jules-ferry@mairie-plabennec.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <support@assistance.example.fr>
From: Assistance <support@assistance.example.fr>
To: ecole.jules-ferry@mairie-plabennec.fr
Subject: [#SUP-007049] Compte en attente de validation
Date: Tue, 24 Jun 2025 09:30:00 +0200

Bonjour,

Votre compte est en attente de validation par l'administrateur de votre
structure.

L'équipe d'assistance
""")

add("automated", False, None, None, "espace_acheteur", False, "fr",
    "No-reply notification to the desk: a buyer account awaits validation. Auto-Submitted: auto-generated.",
    frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"), mailer="bot", date="07-02 08:01",
    subj="Un compte est en attente de validation",
    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    body="""\
Bonjour,

Un nouveau compte est en attente de validation pour une structure sans
administrateur :

Structure : Collège Victor Hugo - Château-Gontier
Demandeur : Amélie Gasnier
Date de la demande : 01/07/2025

Validez ou refusez la demande depuis votre espace d'administration.

Ce message est envoyé automatiquement.
""")

add("automated", False, None, None, None, False, "fr",
    "Another help desk's acknowledgement of a message the desk sent it (Auto-Submitted, X-Loop): answering would start a mail loop.",
    frm=("Assistance numérique éducative", "assistance@numerique-educatif-29.fr"), mailer="bot", date="06-25 10:02",
    irt=desk_mid(7066, "06-25 10:00"),
    subj="[Demande 2025-06-25-0147] Accusé de réception",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Loop", "assistance@numerique-educatif-29.fr"), ("Precedence", "auto_reply")],
    body="""\
Bonjour,

Votre demande a bien été enregistrée sous le numéro 2025-06-25-0147.
Un technicien vous répondra dans les meilleurs délais.

Horaires d'été : le service est ouvert du lundi au jeudi, de 9 h à 12 h.

Ceci est un accusé de réception automatique.
""")

add("automated", False, None, None, None, False, "en",
    "English Exchange 'Automatic reply:' from an international private school, with Auto-Submitted and X-Auto-Response-Suppress.",
    frm=("Admissions Office", "admissions@international-school-lemans.fr"), mailer="owa", date="07-11 09:00",
    irt=desk_mid(7205, "07-11 08:59"),
    subj="Automatic reply: [#SUP-007205] Administrator change",
    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    body="""\
Thank you for your email.

The school office is closed for the summer holidays from 11 July to 25
August. We will respond to your message as soon as possible after our
return.

Kind regards,
The Admissions Office
""")

add("automated", False, None, "bretagne", None, False, "fr",
    "End-of-year message posted to the Finistère librarians' mailing list (List-Id, Precedence: list): not written to the desk. Region from ac-rennes.fr.",
    frm=("Youenn Abgrall", "youenn.abgrall@ac-rennes.fr"), mailer="zimbra", date="07-04 18:20",
    to="Liste doc29 <doc29@listes.ac-rennes.fr>",
    subj="[doc29] Bonnes vacances et merci !",
    extra=[("List-Id", "Professeurs documentalistes du Finistere <doc29.listes.ac-rennes.fr>"),
           ("List-Unsubscribe", "<mailto:sympa@listes.ac-rennes.fr?subject=unsubscribe%20doc29>"),
           ("Precedence", "list"), ("Sender", "doc29-request@listes.ac-rennes.fr")],
    body="""\
Bonsoir à tous,

Dernier message de l'année sur la liste : merci pour tous les échanges,
les astuces d'inventaire et les listes de romans. Je pars pour Brest à la
rentrée, on se recroisera aux journées départementales.

Bon été, reposez-vous bien !
Youenn

_______________________________________________
doc29 - https://listes.ac-rennes.fr/sympa/info/doc29
""")

add("automated", False, None, "pays-de-la-loire", None, False, "fr",
    "Out-of-office (Auto-Submitted, multipart/alternative) of a gestionnaire leaving on mutation, giving her successor's address. Region from ac-nantes.fr.",
    frm=("Magali Tessier", "magali.tessier@ac-nantes.fr"), mailer="outlook", date="07-09 10:44",
    irt=desk_mid(7186, "07-09 10:43"),
    subj="Réponse automatique : [#SUP-007186] Droits de commande",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    kind="alt",
    body="""\
Bonjour,

J'ai quitté le collège le 8 juillet (mutation). Pour toute question
relative à l'intendance, merci d'écrire désormais à mon successeur,
M. Valentin Joly : valentin.joly@ac-nantes.fr.

Cordialement,
Magali Tessier
""")


# ================================ other (19) =================================

_q = """\
Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
connue pour votre établissement. Il est valable 12 heures.

L'équipe d'assistance"""
add("other", False, None, "bretagne", "esidoc", True, "fr",
    "Thanks only, quoting the reset answer: 'mot de passe' and 'lien' appear but nothing is asked.",
    frm=("Solenn Kerbrat", "solenn.kerbrat@ac-rennes.fr"), mailer="zimbra", date="06-25 16:58",
    irt=desk_mid(7070, "06-25 15:20"),
    subj="Re: [#SUP-007070] Mot de passe e-sidoc",
    body="""\
Merci beaucoup, le lien a fonctionné du premier coup ! Je vais pouvoir
faire mon inventaire tranquille.

Bonnes vacances à toute l'équipe,
Solenn
""", quote=zimbra_quote("06-25 15:20", "Assistance", "Solenn Kerbrat", "[#SUP-007070] Mot de passe e-sidoc", _q))

add("other", False, None, "pays-de-la-loire", "esidoc", True, "fr",
    "Retirement farewell: says the password has been handed over and 'rien à faire de votre côté'; nothing is asked.",
    frm=("Danielle Robineau", "danielle.robineau@ac-nantes.fr"), mailer="tb", date="07-04 17:50",
    subj="Au revoir et merci",
    body="""\
Bonjour,

Après 31 ans de CDI, je pars à la retraite ce soir. J'ai transmis le mot
de passe du portail e-sidoc et tous les accès à ma collègue, qui reste en
poste : il n'y a rien à faire de votre côté, je voulais juste vous
remercier pour votre patience et votre gentillesse au fil des années.

Bonne continuation à toute l'équipe !

Danielle Robineau
""")

add("other", False, None, None, None, True, "fr",
    "Phishing: 'your academic mailbox will be closed for the summer, confirm your password'. Look-alike domain ac-rennes-messagerie.com is not an académie domain, so no region.",
    frm=("Service Messagerie Académique", "maintenance@ac-rennes-messagerie.com"), mailer="bot", auth="fail", date="07-06 03:12",
    relay=("mail.ac-rennes-messagerie.com", "203.0.113.151"),
    subj="Votre boîte sera désactivée pendant les vacances",
    body="""\
Cher utilisateur,

Pour la période estivale, les boîtes de messagerie inactives seront
suspendues le 10 juillet. Afin de conserver votre compte et vos messages,
confirmez votre identifiant et votre mot de passe avant 48 heures :

https://ac-rennes-messagerie.com/maintien-compte

Sans action de votre part, votre compte sera définitivement supprimé.

Service Messagerie Académique
""")

add("other", False, None, None, None, False, "en",
    "English SEO spam.",
    frm=("Ryan | GrowthRank", "ryan@growthrank-seo.net"), mailer="bot", auth="none", date="06-28 04:40",
    subj="Your website is losing 70% of its traffic",
    body="""\
Hi there,

I was checking your website and noticed several issues that keep it off
the first page of Google. We are a team of SEO experts and can get you to
the top in 30 days, guaranteed.

Reply "YES" and I'll send you a free audit.

Best,
Ryan
GrowthRank SEO
""")

add("other", False, None, None, None, False, "fr",
    "Cold sales pitch for barcode scanners for the library inventory, written to one person: other, not automated.",
    frm=("Thibault Marchand", "t.marchand@biblio-equipements.fr"), mailer="outlook", date="06-23 11:30",
    subj="Inventaire de fin d'année : nos douchettes sans fil",
    body="""\
Bonjour,

L'inventaire de fin d'année approche et vous cherchez sans doute à gagner
du temps. Nos douchettes sans fil lisent les codes-barres de vos documents
jusqu'à 30 m de la base et sont compatibles avec les principaux logiciels
documentaires.

Je vous propose une démonstration gratuite en visio de 20 minutes. Quel
créneau vous conviendrait ?

Bien cordialement,

Thibault Marchand
Chargé d'affaires - Biblio Équipements
""")

add("other", False, None, None, None, False, "fr",
    "A parent asks for the school supplies list for September: wrong address, unrelated.",
    frm=("Jessica Lebreton", "jess.lebreton44@hotmail.fr"), mailer="samsung", date="07-06 21:15",
    subj="liste des fournitures",
    body="""\
Bonsoir, je voudrais la liste des fournitures de 6eme pour la rentrée, mon fils rentre au collège en septembre. Merci d'avance

""" + SAMSUNG)

add("other", False, None, "bretagne", None, False, "fr",
    "Asks about the desk's opening hours in July and August: no category of its own. Region from ac-rennes.fr.",
    frm=("Hugo Le Corre", "hugo.le-corre@ac-rennes.fr"), mailer="tb", date="07-02 12:10",
    subj="Horaires de l'assistance cet été",
    body="""\
Bonjour,

Êtes-vous ouverts pendant les vacances d'été ? Je préfère savoir à l'avance
si je pourrai vous joindre fin août, en préparant la rentrée, ou s'il faut
tout régler avant le 11 juillet.

Merci,
Hugo Le Corre
""")

add("other", False, "0721962S", "pays-de-la-loire", "esidoc", False, "fr",
    "How-to question about doing the inventory (récolement) with the portal: no category of its own.",
    frm=("Nadine Perrier", "nadine.perrier@ac-nantes.fr"), mailer="tb", date="06-24 14:05",
    subj="Récolement",
    body="""\
Bonjour,

C'est mon premier inventaire : est-ce que le récolement se fait depuis le
portail e-sidoc ou uniquement dans le logiciel de gestion du fonds ? Y
a-t-il un guide pas à pas ?

Collège de Mamers, 0721962S.

Merci,
Nadine Perrier
""")

add("other", False, "0222707Y", "bretagne", "esidoc", True, "fr",
    "Wants a 'CDI fermé cet été' banner and the loans section hidden on the portal during the holidays: portal how-to, not a subscription or resource to publish.",
    frm=("Tiphaine Boscher", "tiphaine.boscher@ac-rennes.fr"), mailer="apple", date="07-03 15:20",
    subj="Publier une info fermeture CDI",
    body="""\
Bonjour,

Je voudrais afficher sur la page d'accueil de notre portail e-sidoc un
bandeau « Le CDI est fermé du 5 juillet au 1er septembre, bonnes lectures
d'été ! », et masquer la réservation de documents pendant cette période.

Comment faire ? Collège de Dinan, UAI 0222707Y.

Merci et bel été,
Tiphaine Boscher
""")

add("other", False, None, None, None, False, "fr",
    "GDPR erasure request from a retiring librarian: other (human review), not account_creation.",
    frm=("Michèle Gallais", "michele.gallais@free.fr"), mailer="roundcube", date="07-09 10:12",
    subj="Suppression de mes données personnelles",
    body="""\
Bonjour,

Je pars à la retraite et je quitte mes fonctions de documentaliste au
collège de Ploërmel. Conformément au RGPD, je vous demande de supprimer
toutes les données personnelles me concernant (nom, adresse mail,
téléphone) de vos fichiers et de vos listes de diffusion.

Merci de me confirmer la suppression.

Michèle Gallais
""")

add("other", False, None, "pays-de-la-loire", None, False, "fr",
    "'Bien reçu, merci, bonnes vacances' from a phone: nothing to do. Region from ac-nantes.fr.",
    frm=("Eric Guillard", "eric.guillard@ac-nantes.fr"), mailer="iphone", date="07-08 17:33",
    irt=desk_mid(7178, "07-08 15:00"),
    subj="Re: [#SUP-007178] Votre devis",
    body="""\
Bien reçu, merci. Bonnes vacances !

""" + IPHONE)

add("other", False, None, None, None, True, "fr",
    "Fake 'unpaid invoice' with a link to a .zip from an unknown sender: phishing, not order_billing.",
    frm=("Service Comptabilité", "relance@factures-fournisseurs-express.com"), mailer="bot", auth="fail", date="07-01 06:55",
    subj="Relance : facture impayée n° 2025-06-4471",
    body="""\
Bonjour,

Sauf erreur de notre part, la facture n° 2025-06-4471 d'un montant de
1 287,40 € reste impayée à ce jour. Afin d'éviter des frais de
recouvrement, merci de consulter le détail et de procéder au règlement
avant la fermeture estivale :

https://factures-fournisseurs-express.com/dl/facture_2025-06-4471.zip

Service Comptabilité
""")

add("other", False, None, None, "espace_acheteur", False, "fr",
    "Wants to register for the summer webinar about the Espace Acheteur, the sign-up link fails: other.",
    frm=("Clément Brault", "clement.brault@orange.fr"), mailer="orange", date="06-24 13:37",
    subj="Inscription webinaire",
    body="""\
Bonjour,

J'ai voulu m'inscrire au webinaire du 8 juillet sur les nouveautés de
l'Espace Acheteur, mais le lien d'inscription de votre lettre
d'information affiche « page introuvable ». Pouvez-vous m'inscrire
directement ?

Clément Brault
""")

add("other", False, None, "bretagne", None, False, "fr",
    "Personal invitation to the end-of-year barbecue sent to the desk by address autocomplete: unrelated. Region from ac-rennes.fr.",
    frm=("Morgane Le Hir", "morgane.le-hir@ac-rennes.fr"), mailer="iphone", date="06-29 11:02",
    subj="Barbecue vendredi 🍖",
    body="""\
Coucou !!
Barbecue de fin d'année vendredi chez moi à partir de 19h, ramène ta bonne humeur et un dessert 😁 Erwan apporte la guitare, on fête aussi le départ de Josiane !!
Bisous
Momo

""" + IPHONE)

add("other", False, None, None, None, False, "en",
    "English partnership pitch from an edtech start-up, sent as a follow-up quoting her own first mail (Gmail English quote style).",
    frm=("Chloe Martin", "chloe@readbuddy.io"), mailer="gmail", date="07-01 15:00",
    subj="Re: Partnership idea for school libraries",
    body="""\
Hi again,

Just bumping this up before the summer break: we would love to chat about
integrating ReadBuddy's reading challenges with your library portal.
Would 15 minutes next week work?

Chloe
""", quote="""
On Tue, Jun 24, 2025 at 10:12 AM Chloe Martin <chloe@readbuddy.io> wrote:

> Hello,
>
> I'm the co-founder of ReadBuddy, a reading-challenge app used by 300
> schools in the UK. We think your library portal users would love it and
> would like to explore a partnership.
>
> Best,
> Chloe
""")

add("other", False, None, "pays-de-la-loire", None, False, "fr",
    "Angry complaint about an unanswered request that says nothing about the topic: no category can be told. Region from ac-nantes.fr.",
    frm=("Philippe Morand", "philippe.morand@ac-nantes.fr"), mailer="android", date="07-09 08:12",
    subj="TOUJOURS RIEN",
    body="""\
Bonjour, trois semaines que j'attends une réponse, on part en vacances vendredi et toujours RIEN. C'est inadmissible pour un service payé par les établissements. Merci de faire le nécessaire enfin.
P. Morand

""" + ANDROID)

add("other", False, None, None, None, False, "fr",
    "A person asks by hand to be removed from the newsletter: written by a person, so not automated.",
    frm=("Annick Gourdon", "annick.gourdon@gmail.com"), mailer="gmail", date="07-07 18:40",
    subj="désabonnement",
    body="""\
Bonjour,

Je ne travaille plus en établissement depuis le mois dernier, merci de me
retirer de votre lettre d'information. Le lien de désinscription ne marche
pas sur mon téléphone.

Annick Gourdon
""")

add("other", False, None, "bretagne", "ticket_portal", False, "fr",
    "How to hand her open tickets on the ticket portal over to a successor before leaving: a how-to with no category of its own. Region from ac-rennes.fr.",
    frm=("Laëtitia Le Floc'h", "laetitia.le-floch@ac-rennes.fr"), mailer="owa", date="07-07 11:25",
    subj="Transférer mes tickets à mon successeur",
    body="""\
Bonjour,

Je quitte mon poste de gestionnaire le 15 juillet. J'ai encore quatre
tickets ouverts sur votre portail d'assistance. Est-il possible de les
transférer à mon successeur pour qu'il en reçoive le suivi, ou faut-il
qu'il les recrée ?

Laëtitia Le Floc'h
""")

add("other", False, "0851816M", "pays-de-la-loire", "esignature", True, "fr",
    "The convention to e-sign is addressed to the former proviseur, now retired; the signer must be changed by the document's sender. About a convention, but not access to contract documents, and not a head's request: other.",
    frm=("Mélanie Chataigner", "melanie.chataigner@ac-nantes.fr"), mailer="outlook", date="07-02 10:18",
    subj="Signataire de la convention à modifier",
    body="""\
Bonjour,

Nous avons reçu l'invitation à signer électroniquement la convention
2025-2026, mais le signataire désigné est M. Poupard, notre ancien
proviseur, parti en retraite le 30 juin. La nouvelle proviseure, Mme
Gendron, ne peut donc pas signer.

Pouvez-vous renvoyer la demande de signature à son nom ?

Lycée de Challans, UAI 0851816M.

Mélanie Chataigner
Gestionnaire
""")


# ---------------------------------------------------------------------------
# checks and output
# ---------------------------------------------------------------------------

LABEL_KEYS = ["file", "category", "auto_reply_ok", "uai", "region", "platform", "hard", "lang", "notes"]


def check(mails):
    assert len(mails) == 150, len(mails)
    cats = set()
    for m in mails:
        assert m["category"] in CATEGORIES, m["category"]
        assert m["platform"] in PLATFORMS, m["platform"]
        assert isinstance(m["auto_reply_ok"], bool) and isinstance(m["hard"], bool)
        assert m["lang"] in ("fr", "en")
        if m["category"] in NEVER_AUTO:
            assert m["auto_reply_ok"] is False, m["notes"]
        cats.add(m["category"])
        frm = m["frm"] if isinstance(m["frm"], str) else m["frm"][1]
        dom = domain_of(frm)
        if m["uai"] is not None:
            u = m["uai"]
            assert uai_ok(u), "bad UAI check letter: %s" % u
            assert m["region"] == DEPT_REGION[u[:3]], (u, m["region"])
            full = m["subj"] + m["body"] + frm + m.get("quote", "")
            assert u.lower() in full.lower(), "UAI %s not in mail" % u
        else:
            # no UAI: the region can only come from an académie sender domain
            assert m["region"] == DOMAIN_REGION.get(dom), (frm, m["region"])
        assert m["region"] is None or m["region"] in REGIONS
    assert cats == CATEGORIES, CATEGORIES - cats


def main():
    mails = list(MAILS)
    check(mails)
    order = list(range(len(mails)))
    random.Random(SEED).shuffle(order)
    # a separate generator for headers, so the shuffle does not depend on it
    RND.seed(SEED * 1000 + 7)
    labels = []
    for n, idx in enumerate(order, 1):
        m = mails[idx]
        name = "h%03d.eml" % n
        raw = build(m)
        data = fold_body_to_crlf(raw).encode("utf-8" if m.get("charset", "utf-8") == "utf-8" else m["charset"]) \
            if m.get("kind", "plain") in ("plain", "alt", "html_only") and m.get("cte") == "8bit" \
            else fold_body_to_crlf(raw).encode("utf-8")
        # every header is ASCII; an 8bit body is written in its declared charset
        head, _, _ = raw.partition("\n\n")
        head.encode("ascii")
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        lab = {k: m[k] for k in LABEL_KEYS if k != "file"}
        lab["file"] = name
        labels.append({k: lab[k] for k in LABEL_KEYS})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    assert len(labels) == 150
    assert len({l["file"] for l in labels}) == 150


if __name__ == "__main__":
    main()

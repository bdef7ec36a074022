#!/usr/bin/env python3
"""holdout35: 150 hand-written blind test mails for the help-desk classifier.

Theme: an early-October desk day (Thursday 3 October 2024) with lycées
agricoles and maritime schools, EREA and SEGPA teachers, Greta centres and a
few small-town buyers; pasted error messages, replies in older threads on
another topic, questions only in the subject line, and several senders who
write twice in a row about the same problem.

Every body below was written by hand.  Only the transport headers (Received
chain, Message-IDs, queue ids, IP addresses from the documentation ranges)
come from a random generator, seeded so that every run writes byte-identical
files.

Standard library only.  Run:  python3 make_holdout35.py
It writes h001.eml ... h150.eml and labels.jsonl next to itself, then checks
the labels against the files and against the spec (check letters, regions,
category counts).
"""

import base64
import datetime as _dt
import email
import email.policy
import email.utils
import html as _html
import json
import os
import quopri
import random
import re
import sys
from collections import Counter
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 35_2024_10_03
rng = random.Random(SEED)

DESK = "support@assistance.example.fr"
DESK_FROM = "Assistance <support@assistance.example.fr>"
CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

# shared/spec/regions.md
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
PREFIX_REGION = {}
DOMAIN_REGION = {}
for _slug, (_deps, _doms) in REGIONS.items():
    for _d in _deps.split():
        PREFIX_REGION[_d if len(_d) == 3 else "0" + _d] = _slug
    for _dom in _doms.split():
        DOMAIN_REGION[_dom] = _slug

CATEGORIES = {
    # slug: default action (shared/spec/taxonomy.md)
    "password_reset": "auto_reply",
    "missing_noreply_mail": "auto_reply",
    "mailinblack_spam": "auto_reply",
    "head_of_establishment_request": "human_review",
    "account_creation": "auto_reply",       # "auto_reply or human_review"
    "subscription_activation": "auto_reply",
    "order_billing": "human_review",
    "contract_documents": "human_review",
    "transfer_incident": "human_review",
    "automated": "ignore",
    "other": "human_review",
}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte",
             "ticket_portal", "esignature"}

# Wanted mix for this set (150 mails).
TARGET = {
    "password_reset": 23, "automated": 20, "other": 19,
    "missing_noreply_mail": 16, "head_of_establishment_request": 14,
    "mailinblack_spam": 12, "order_billing": 11, "account_creation": 9,
    "subscription_activation": 9, "transfer_incident": 9,
    "contract_documents": 8,
}


def uai_ok(code):
    return (bool(re.fullmatch(r"\d{7}[A-Z]", code))
            and CHECK_LETTERS[int(code[:7]) % 23] == code[7])


def region_of(uai, from_addr):
    if uai:
        return PREFIX_REGION.get(uai[:3])
    dom = from_addr.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


# --------------------------------------------------------------------------
# transport and MUA plumbing (random but seeded)
# --------------------------------------------------------------------------

def _hex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _ip():
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, rng.randint(2, 250))


def _parse_date(s):
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def _fmt_date(d):
    return format_datetime(d)


def msgid(style, domain):
    if style == "outlook":
        box = "PR%dP%dMB%04d" % (rng.randint(1, 3), rng.randint(190, 199), rng.randint(1000, 9999))
        return "<%s%s@%s.EURP%d.PROD.OUTLOOK.COM>" % (
            box, _alnum(16, "0123456789ABCDEF"), box, rng.randint(190, 199))
    if style == "exchange":
        return "<%s@%s>" % (_alnum(32, "0123456789abcdef"),
                            "EXCH%02d.%s" % (rng.randint(1, 9), domain))
    if style == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (
            rng.randint(10**8, 10**9), rng.randint(10**5, 10**6),
            rng.randint(1727900000000, 1727999999999), domain)
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % _alnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-_")
    if style in ("iphone", "apple"):
        return "<%s-%s-%s-%s-%s@%s>" % (_alnum(8, "0123456789ABCDEF"), _alnum(4, "0123456789ABCDEF"),
                                        _alnum(4, "0123456789ABCDEF"), _alnum(4, "0123456789ABCDEF"),
                                        _alnum(12, "0123456789ABCDEF"), domain)
    if style == "roundcube":
        return "<%s@%s>" % (_hex(32), domain)
    # thunderbird and default
    return "<%s-%s-%s-%s-%s@%s>" % (_hex(8), _hex(4), _hex(4), _hex(4), _hex(12), domain)


MUA_HEADERS = {
    "thunderbird": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")],
    "thunderbird_en": [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")],
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-fr")],
    "outlook_en": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-us")],
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF131 (Win)/9.0.0_ZEXTRAS_20240927)"),
               ("X-Originating-IP", "[10.42.%d.%d]")],
    "gmail": [],
    "iphone": [("X-Mailer", "iPhone Mail (21G93)")],
    "apple": [("X-Mailer", "Apple Mail (2.3774.600.62)")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.6")],
    "android": [("X-Mailer", "Outlook for Android")],
    "none": [],
}


def _enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", maxlinelen=76).encode(linesep="\r\n")


def _addr(pair):
    if isinstance(pair, str):
        return pair
    name, addr = pair
    return formataddr((name, addr), charset="utf-8") if name else addr


def _addr_header(value):
    """An address header written by hand ('Name <addr>'), encoded if needed."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        out = []
        for name, addr in email.utils.getaddresses([value]):
            out.append(formataddr((name, addr), charset="utf-8"))
        return ", ".join(out)


def _domain(addr):
    return addr.rsplit("@", 1)[-1].rstrip(">").lower()


def _relay(dom):
    if dom.startswith("ac-"):
        return "smtp%d.%s" % (rng.randint(1, 6), dom)
    return rng.choice(["mail.", "smtp.", "mx-out.", "out."]) + dom


def transport(from_addr, when, auth="pass", return_path=None, relay=None, submission=True):
    """Headers our own MX adds, oldest Received last."""
    dom = _domain(from_addr)
    relay = relay or _relay(dom)
    rp = from_addr if return_path is None else return_path
    # our MX is in metropolitan France: its Received stamp is in CEST
    t_recv = (when + _dt.timedelta(seconds=rng.randint(4, 40))).astimezone(
        _dt.timezone(_dt.timedelta(hours=2)))
    t_sub = when + _dt.timedelta(seconds=rng.randint(0, 3))
    ip1 = _ip()
    h = [("Return-Path", "<%s>" % rp), ("Delivered-To", DESK)]
    h.append(("Received", "from %s (%s [%s])\r\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
        relay, relay, ip1, _alnum(15), DESK,
        t_recv.strftime("%a, %-d %b %Y %H:%M:%S %z") + (" (CEST)" if t_recv.utcoffset() == _dt.timedelta(hours=2) else ""))))
    if auth == "pass":
        ar = "mx1.assistance.example.fr;\r\n\tdkim=pass (2048-bit key) header.d=%s;\r\n\tspf=pass smtp.mailfrom=%s;\r\n\tdmarc=pass (p=none dis=none) header.from=%s" % (dom, dom, dom)
    elif auth == "none":
        ar = "mx1.assistance.example.fr;\r\n\tdkim=none;\r\n\tspf=pass smtp.helo=%s;\r\n\tdmarc=none" % relay
    elif auth == "nodkim":
        ar = "mx1.assistance.example.fr;\r\n\tdkim=none;\r\n\tspf=pass smtp.mailfrom=%s;\r\n\tdmarc=pass (p=none dis=none) header.from=%s" % (dom, dom)
    else:  # fail
        ar = "mx1.assistance.example.fr;\r\n\tdkim=none;\r\n\tspf=fail (domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;\r\n\tdmarc=fail (p=quarantine dis=none) header.from=%s" % (dom, ip1, dom, dom)
    h.append(("Authentication-Results", ar))
    if auth != "fail" and submission:
        h.append(("Received", "from [192.168.%d.%d] (unknown [%s])\r\n\tby %s with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
            rng.randint(0, 9), rng.randint(2, 250), _ip(), relay, _alnum(10, "0123456789ABCDEF"),
            DESK, t_sub.strftime("%a, %d %b %Y %H:%M:%S %z"))))
    return h


# --------------------------------------------------------------------------
# body builders
# --------------------------------------------------------------------------

def _qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def _b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def html_from_text(text, flavour="gmail", charset="utf-8"):
    """Wrap a hand-written text body in the markup a given client produces."""
    out = []
    quote = False
    for line in text.split("\n"):
        is_q = line.startswith(">")
        if is_q and not quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            quote = True
        if not is_q and quote:
            out.append("</blockquote>")
            quote = False
        if is_q:
            line = line[1:].lstrip(" ")
        esc = _html.escape(line, quote=False) or "<br>"
        if flavour == "outlook":
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc if line else "&nbsp;"))
        else:
            out.append("<div>%s</div>" % esc)
    if quote:
        out.append("</blockquote>")
    if flavour == "outlook":
        head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>\n'
                '</head>\n<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n')
        return (head % charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"
    return '<div dir="ltr">' + "\n".join(out) + "\n</div>\n"


def build(spec):
    """Return the raw bytes of one message (CRLF line ends)."""
    when = _parse_date(spec["date"])
    frm = spec["frm"]
    from_addr = frm[1] if isinstance(frm, tuple) else re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
    style = spec.get("style", "thunderbird")
    dom = _domain(from_addr)
    mid = spec.get("mid") or msgid(style if style != "thunderbird_en" else "thunderbird",
                                   dom if style not in ("gmail",) else dom)
    spec["_mid"] = mid
    headers = []
    if spec.get("transport", True):
        headers += transport(from_addr, when, spec.get("auth", "pass"),
                             spec.get("return_path"), spec.get("relay"),
                             spec.get("submission", True))
    # main headers in a client-like order
    core = []
    core.append(("From", _addr(frm)))
    core.append(("To", _addr_header(spec.get("to", DESK))))
    if spec.get("cc"):
        core.append(("Cc", _addr_header(spec["cc"])))
    if spec.get("reply_to"):
        core.append(("Reply-To", _addr_header(spec["reply_to"])))
    core.append(("Subject", _enc_header(spec["subject"])))
    core.append(("Date", _fmt_date(when)))
    core.append(("Message-ID", mid))
    if spec.get("in_reply_to"):
        core.append(("In-Reply-To", spec["in_reply_to"]))
        core.append(("References", spec.get("references", spec["in_reply_to"])))
    core.append(("MIME-Version", "1.0"))
    for k, v in MUA_HEADERS.get(style, []):
        if "%d" in v:
            v = v % (rng.randint(1, 250), rng.randint(2, 250))
        core.append((k, v))
    if style in ("outlook", "outlook_en"):
        core.append(("Thread-Index", base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()))
    core += spec.get("headers", [])
    headers += core

    fmt = spec.get("fmt", "plain")
    text = spec.get("text", "")
    charset = spec.get("charset", "utf-8")
    parts = []  # list of (headers, body_str_or_bytes)

    def text_part(t, subtype="plain", cte=None, cs=None):
        cs = cs or charset
        if subtype == "plain" and style in ("thunderbird", "thunderbird_en") and cte in (None, "8bit"):
            ct = "text/plain; charset=%s; format=flowed" % cs.upper() if cs == "utf-8" else "text/plain; charset=%s; format=flowed" % cs
        else:
            ct = 'text/%s; charset="%s"' % (subtype, cs)
        cte = cte or "8bit"
        if cte == "quoted-printable":
            body = _qp(t, cs)
        elif cte == "base64":
            body = _b64(t.encode(cs))
        elif cte == "7bit":
            body = t
        else:
            body = t.encode(cs)
        return [("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body

    if fmt == "raw":
        # fully hand-built MIME body: spec["ctype"] and spec["raw"]
        body_headers = [("Content-Type", spec["ctype"])]
        if spec.get("cte"):
            body_headers.append(("Content-Transfer-Encoding", spec["cte"]))
        main = (body_headers, spec["raw"])
    elif fmt == "plain":
        main = text_part(text, "plain", spec.get("cte", "8bit"))
    elif fmt == "qp":
        main = text_part(text, "plain", "quoted-printable")
    elif fmt == "b64":
        main = text_part(text, "plain", "base64")
    elif fmt == "html":
        h = spec.get("html") or html_from_text(text, spec.get("flavour", "outlook"), charset)
        main = text_part(h, "html", spec.get("cte", "quoted-printable"))
    elif fmt == "alt":
        h = spec.get("html") or html_from_text(text, "outlook" if style.startswith("outlook") else "gmail", charset)
        b = "%s" % (_alnum(28, "0123456789abcdef") if style == "gmail" else "----=_NextPart_000_%s" % _alnum(20, "0123456789ABCDEF"))
        if style == "gmail":
            b = "000000000000" + _alnum(16, "0123456789abcdef")
        cte = spec.get("cte", "quoted-printable")
        p1 = text_part(text, "plain", cte if cte != "8bit" else "8bit")
        p2 = text_part(h, "html", cte)
        main = ([("Content-Type", 'multipart/alternative;\r\n boundary="%s"' % b)],
                ("multipart", b, [p1, p2]))
    else:
        raise ValueError(fmt)

    atts = spec.get("attach") or []
    if atts:
        b = "----=_Part_%d_%d.%d" % (rng.randint(10**5, 10**6), rng.randint(10**8, 10**9), rng.randint(1727900000000, 1727999999999))
        aparts = [main]
        for fname, ctype, data in atts:
            if isinstance(data, str):
                data = data.encode("utf-8")
            fn = fname
            try:
                fname.encode("ascii")
                disp = 'attachment; filename="%s"' % fname
                ctn = '%s; name="%s"' % (ctype, fname)
            except UnicodeEncodeError:
                from urllib.parse import quote as _q
                disp = "attachment;\r\n filename*=utf-8''%s" % _q(fname)
                ctn = '%s; name="%s"' % (ctype, Header(fn, "utf-8").encode())
            aparts.append(([("Content-Type", ctn), ("Content-Disposition", disp),
                            ("Content-Transfer-Encoding", "base64")], _b64(data)))
        main = ([("Content-Type", 'multipart/mixed;\r\n boundary="%s"' % b)], ("multipart", b, aparts))

    def render(part):
        hdrs, body = part
        out = b"".join(("%s: %s\r\n" % (k, v)).encode("ascii") for k, v in hdrs)
        out += b"\r\n"
        if isinstance(body, tuple) and body[0] == "multipart":
            _, bnd, subs = body
            if fmt == "raw":
                pass
            chunks = []
            for sp in subs:
                chunks.append(b"--" + bnd.encode() + b"\r\n" + render(sp))
            out += b"\r\n".join(chunks) + b"\r\n--" + bnd.encode() + b"--\r\n"
        else:
            if isinstance(body, str):
                body = body.encode("utf-8")
            body = body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            if not body.endswith(b"\r\n"):
                body += b"\r\n"
            out += body
        return out

    top = b"".join(("%s: %s\r\n" % (k, v)).encode("ascii") for k, v in headers)
    return top + render(main)


# --------------------------------------------------------------------------
# the mails
# --------------------------------------------------------------------------

GROUPS = []


def L(category, auto, uai, region, platform, hard, lang, notes):
    return {"category": category, "auto_reply_ok": auto, "uai": uai,
            "region": region, "platform": platform, "hard": hard,
            "lang": lang, "notes": notes}


def add(*specs):
    """One group = one mail, or several mails in a row from the same person."""
    GROUPS.append(list(specs))


def pdf(title):
    return ("%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
            "2 0 obj <</Type/Pages/Kids[]/Count 0>> endobj\n%% %s\ntrailer <</Root 1 0 R>>\n%%%%EOF\n" % title).encode("latin-1", "replace")


PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")

# ==========================================================================
# password_reset
# ==========================================================================

add(dict(
    frm=("Maëlle Guivarc'h", "maelle.guivarch@educagri.example.fr"),
    subject="Accès administration e-sidoc - LEGTA du Porzay",
    date="2024-10-03 08:17:42 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

Je suis la professeure documentaliste du LEGTA du Porzay (lycée agricole, 0291187H). Nous avons un portail e-sidoc depuis deux ans mais c'était ma collègue, partie en retraite en juin, qui s'occupait de l'administration. Je n'ai jamais eu le mot de passe du back office, et elle ne s'en souvient plus non plus (je l'ai appelée !).

Pourriez-vous m'envoyer un lien de réinitialisation ? Notre messagerie est sur educagri et pas sur une adresse académique, je ne sais pas si cela pose problème.

Merci d'avance,

Maëlle Guivarc'h
Professeure documentaliste – CDI
LEGTA du Porzay – Châteaulin
""",
    label=L("password_reset", True, "0291187H", "bretagne", "esidoc", False, "fr",
            "Lycée agricole (educagri sender, not an académie domain): the new librarian never had the back-office password; region from the UAI in the body."),
))

add(dict(
    frm=("Thomas Le Moigne", "t.lemoigne@ac-nantes.fr"),
    subject="Mot de passe e-sidoc oublié - collège Les Salorges 0441562J",
    date="2024-10-03 07:05:13 +0200", style="iphone", fmt="qp",
    text="""Bonjour,

Tout est dans l'objet, merci de votre aide.

Envoyé de mon iPhone
""",
    label=L("password_reset", True, "0441562J", "pays-de-la-loire", "esidoc", True, "fr",
            "The question and the UAI are only in the subject line; the body just says 'tout est dans l'objet'."),
))

add(dict(
    frm=("Stéphane Lheureux", "stephane.lheureux@ac-amiens.fr"),
    subject="Impossible d'entrer dans l'admin du portail CDI",
    date="2024-10-03 10:41:08 +0200", style="zimbra", fmt="alt",
    text="""Bonjour,

Depuis cette année je m'occupe du CDI de la SEGPA en plus de mes heures d'atelier (la documentaliste du collège n'est là qu'à mi-temps). J'essaie d'entrer dans l'administration du portail e-sidoc avec ce qu'on m'a donné sur un post-it, et j'ai à chaque fois ce message :

« Identifiants incorrects. Vérifiez votre saisie ou utilisez le lien Mot de passe oublié. »

J'ai cliqué sur le lien mais on me demande une adresse mail que je ne connais pas. Pouvez-vous m'aider à récupérer un accès ?

Merci

Stéphane Lheureux
PLP – SEGPA du collège Jules Verne, Rivery
RNE : 0801423M
""",
    label=L("password_reset", True, "0801423M", "hauts-de-france", "esidoc", True, "fr",
            "SEGPA teacher standing in at the CDI pastes 'Identifiants incorrects'; the UAI is only in the signature (as 'RNE')."),
))

add(dict(
    frm=("Sandrine Poupard", "secretariat@mairie-lussac-le-vieux.example.fr"),
    subject="RE: [#SUP-004198] Facture FA-2024-0913 - Mairie de Lussac-le-Vieux",
    date="2024-10-03 09:26:51 +0200", style="outlook", fmt="alt",
    in_reply_to="<SUP-004198.1726736520.4be0c1@assistance.example.fr>",
    text="""Bonjour,

Merci, la facture est bien arrivée et elle est partie au paiement.

Je profite de ce fil pour autre chose : depuis ce matin je ne peux plus me connecter à l'Espace Acheteur. Mon mot de passe est refusé alors que je ne l'ai pas changé, et j'ai dû me tromper plusieurs fois parce que maintenant il me dit que le compte est verrouillé. Comment je fais pour en avoir un nouveau ?

Cordialement,

Sandrine Poupard
Secrétaire de mairie
Mairie de Lussac-le-Vieux
05 49 48 12 07

De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 19 septembre 2024 11:02
À : Sandrine Poupard <secretariat@mairie-lussac-le-vieux.example.fr>
Objet : [#SUP-004198] Facture FA-2024-0913 - Mairie de Lussac-le-Vieux

Bonjour Madame,

La facture FA-2024-0913 a été déposée hier sur Chorus Pro au nom de la commune. Vous devriez la voir apparaître dans votre espace d'ici 24 à 48 heures.

Cordialement,
L'équipe d'assistance
""",
    label=L("password_reset", True, None, None, "espace_acheteur", True, "fr",
            "Written inside an old invoice thread (Outlook quote of the Chorus answer, now settled): the new text is a locked Espace Acheteur account. Small-town buyer, no UAI, no académie domain."),
))

add(dict(
    frm=("Nadège Rivaud", "nadege.rivaud@ac-poitiers.fr"),
    subject="Mot de passe espace acheteur Greta",
    date="2024-10-03 09:02:37 +0200", style="thunderbird",
    text="""Bonjour,

Je suis conseillère en formation continue au Greta de Charente-Maritime, antenne de Saintes. Nous commandons nos fournitures de formation par l'Espace Acheteur, et je n'arrive plus à me connecter : j'ai perdu mon mot de passe (nouveau PC, plus rien d'enregistré dans le navigateur...).

Je vous transmets le code de l'établissement support dès que je l'ai retrouvé.

Bonne journée
Nadège Rivaud
""",
    label=L("password_reset", True, None, "nouvelle-aquitaine", "espace_acheteur", False, "fr",
            "Greta adviser lost her Espace Acheteur password; first of two mails in a row, no UAI yet: region from ac-poitiers.fr."),
), dict(
    frm=("Nadège Rivaud", "nadege.rivaud@ac-poitiers.fr"),
    subject="Re: Mot de passe espace acheteur Greta",
    date="2024-10-03 09:11:05 +0200", style="thunderbird", reply_prev=True,
    text="""Re-bonjour,

Le voici : 0171298U (lycée Bernard Palissy, qui porte le Greta).

N. Rivaud

Le 03/10/2024 à 09:02, Nadège Rivaud a écrit :
> Bonjour,
>
> Je suis conseillère en formation continue au Greta de Charente-Maritime,
> antenne de Saintes. Nous commandons nos fournitures de formation par
> l'Espace Acheteur, et je n'arrive plus à me connecter : j'ai perdu mon
> mot de passe (nouveau PC, plus rien d'enregistré dans le navigateur...).
>
> Je vous transmets le code de l'établissement support dès que je l'ai
> retrouvé.
>
> Bonne journée
> Nadège Rivaud
""",
    label=L("password_reset", True, "0171298U", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
            "Second mail in a row, a reply to her own first one: the new text only gives the support establishment's UAI; the request is in the subject and the quoted first mail."),
))

add(dict(
    frm=("Hannah McAllister", "h.mcallister@ac-grenoble.fr"),
    subject="Library portal admin account locked",
    date="2024-10-03 08:03:29 +0200", style="thunderbird_en",
    text="""Hello,

I teach in the British section and I have been asked to look after the library portal (e-sidoc) while our librarian is on sick leave. Yesterday I tried to log in to the admin side a few times with the password she left me, and now I get:

"Too many failed attempts. Your account has been locked. Please try again later or reset your password."

I waited until this morning and it is still locked. Could you please unlock it or send a reset link? The school code is 0381764L.

Many thanks,
Hannah McAllister
Cité scolaire internationale – Meylan
""",
    label=L("password_reset", True, "0381764L", "auvergne-rhone-alpes", "esidoc", False, "en",
            "English; admin account locked after failed attempts and still locked the next morning; asks for an unlock or a reset link."),
))

add(dict(
    frm=("Julien Roqueplane", "j.roqueplane@ac-montpellier.fr"),
    subject="Identifiant inconnu sur e-sidoc ?",
    date="2024-10-03 11:32:16 +0200", style="zimbra", fmt="alt",
    text="""Bonjour,

Je n'arrive pas à me connecter au back-office e-sidoc du collège. Je mets bien l'identifiant 0341856J (notre code UAI, je l'ai recopié depuis le tampon du collège) et le mot de passe que j'utilise depuis l'an dernier, et j'obtiens « Identifiant inconnu ».

Même chose avec « Mot de passe oublié » : le site me répond que l'identifiant n'existe pas. Est-ce que notre compte aurait été supprimé pendant l'été ?

Julien Roqueplane
Professeur documentaliste
Collège Les Garrigues – Lunel
""",
    label=L("password_reset", False, None, "occitanie", "esidoc", True, "fr",
            "The code 0341856J has a wrong check letter (the digits give 0341856H), probably why the login says 'identifiant inconnu': no UAI, region from ac-montpellier.fr. A person must point out the typo; the reset template would not settle it."),
))

add(dict(
    frm=("Yann Le Bihan", "cdi.lpm-fecamp@mer.example.fr"),
    subject="Lien de réinitialisation expiré",
    date="2024-10-03 08:49:55 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

J'ai demandé hier après-midi un nouveau mot de passe pour l'administration du portail e-sidoc du lycée maritime (UAI 0761029F). Le mail est bien arrivé, mais je n'ai pu l'ouvrir que ce matin, après mes heures d'atelier matelotage, et en cliquant sur le lien j'obtiens :

« Ce lien a expiré ou a déjà été utilisé. Veuillez renouveler votre demande. »

Je préfère vous écrire plutôt que de refaire une demande qui risque d'expirer encore pendant que je suis en cours. Pouvez-vous me renvoyer un lien ?

Merci,

Yann Le Bihan
Documentaliste et professeur de lettres-histoire
Lycée maritime des Terres-Neuvas – Fécamp
""",
    label=L("password_reset", True, "0761029F", "normandie", "esidoc", False, "fr",
            "Maritime lycée: the reset link expired before use (pasted message); asks for a new one. Non-academic sender, region from the UAI."),
))

add(dict(
    frm=("Corinne Baylac", "cdi.erea-lespins@ac-bordeaux.fr"),
    subject="Mot de passe + devis",
    date="2024-10-03 13:58:20 +0200", style="thunderbird",
    text="""Bonjour,

Deux choses, pardon d'avance pour le mail à tiroirs.

1) Je n'ai plus le mot de passe du back office e-sidoc de l'EREA (0333471U). La personne qui l'avait créé est partie et l'adresse de contact est sûrement la sienne.

2) Notre gestionnaire voudrait un devis pour passer l'abonnement sur trois ans au lieu d'un an, avant le vote du budget en novembre. Pouvez-vous nous l'envoyer ou nous dire à qui le demander ?

Merci beaucoup,

Corinne Baylac
Professeure documentaliste
EREA Les Pins – Bègles
""",
    label=L("password_reset", False, "0333471U", "nouvelle-aquitaine", "esidoc", True, "fr",
            "Two topics: lost back-office password (first) and a quote for a three-year subscription (order_billing); the reset template would answer only half."),
))

add(dict(
    frm=("Mehdi Benhamou", "m.benhamou@ac-aix-marseille.fr"),
    subject="Lien invalide ou expiré (e-sidoc)",
    date="2024-10-03 14:21:47 +0200", style="zimbra", fmt="alt",
    text="""Bonjour,

Je précise tout de suite : ce n'est pas le mail qui n'arrive pas. Je le reçois bien, dans la boîte de réception et pas dans les indésirables, deux minutes après avoir fait « mot de passe oublié ».

Le problème, c'est qu'en cliquant dessus j'ai systématiquement « Lien invalide ou expiré », même en cliquant tout de suite. J'ai essayé avec Firefox et avec Edge.

C'est le portail du lycée Marcel Pagnol (0131597R). Pourriez-vous me renvoyer un lien qui fonctionne, ou réinitialiser le mot de passe d'une autre manière ?

Mehdi Benhamou
Documentaliste
""",
    label=L("password_reset", True, "0131597R", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
            "Contrast: the reset mail does arrive (explicitly not a missing mail); the link answers 'invalide ou expiré'. Asks for a new link."),
))

add(dict(
    frm=("Fernanda Da Costa", "f.dacosta@ac-versailles.fr"),
    subject="Mot de passe Espace Acheteur",
    date="2024-10-03 10:05:33 +0200", style="outlook", fmt="html",
    text="""Bonjour,

Je suis la nouvelle gestionnaire du collège Paul Éluard de Montgeron (0911246K), arrivée au 1er septembre. Mon prédécesseur m'a laissé l'identifiant de l'Espace Acheteur mais pas le mot de passe, et il ne répond plus au téléphone.

Je dois passer la commande de papier avant le 15 octobre. Pouvez-vous réinitialiser le mot de passe ou m'expliquer comment faire ?

Bien cordialement,

Fernanda Da Costa
Adjointe gestionnaire
Collège Paul Éluard – Montgeron
01 69 40 12 87
""",
    label=L("password_reset", True, "0911246K", "ile-de-france", "espace_acheteur", False, "fr",
            "HTML-only Outlook mail: the new gestionnaire has the Espace Acheteur login but not the password."),
))

add(dict(
    frm=("Laetitia Payet", "l.payet@ac-reunion.fr"),
    subject="mdp portail cdi",
    date="2024-10-03 07:48:10 +0400", style="android", fmt="b64",
    text="""Bonjour
Mot de passe du portail CDI perdu (e-sidoc), je n'arrive plus à me connecter depuis la mise à jour de mon téléphone. Collège Bois-de-Nèfles, UAI 9741032D.
Merci de m'envoyer la procédure
Laetitia Payet

Obtenir Outlook pour Android
""",
    label=L("password_reset", True, "9741032D", "la-reunion", "esidoc", False, "fr",
            "Short message from Outlook for Android (base64 body); Réunion time zone."),
))

add(dict(
    frm=("Secrétariat de direction - Lycée Jean Zay", "ce.0451873S@ac-orleans-tours.fr"),
    subject="Accès Espace Acheteur du lycée",
    date="2024-10-03 11:12:09 +0200", style="zimbra", fmt="alt",
    text="""Bonjour,

Le secrétariat de direction vous écrit à la demande de notre nouvel adjoint gestionnaire, M. Karim Bensaïd, qui ne peut pas se connecter à l'Espace Acheteur : le mot de passe transmis par son prédécesseur est refusé.

Pouvez-vous envoyer le lien de réinitialisation sur cette adresse, qui est la boîte fonctionnelle de l'établissement ? Nous le lui transmettrons.

Cordialement,

Secrétariat de direction
Lycée Jean Zay – Orléans
""",
    label=L("password_reset", True, "0451873S", "centre-val-de-loire", "espace_acheteur", True, "fr",
            "The UAI is only in the ce.<UAI>@ac-orleans-tours.fr sender address; the secretariat (not the head) asks for the link on that official address."),
))

add(dict(
    frm=("Sylvie Marchetti", "sylvie.marchetti06@laposte.example.fr"),
    subject="mot de passe e-sidoc",
    date="2024-10-02 21:37:02 +0200", style="roundcube",
    text="""Bonjour

Je suis documentaliste au collège de Saint-Martin-Vésubie (0063147N). Je n'ai plus le mot de passe d'e-sidoc, et la boîte académique du collège ne s'ouvre pas depuis chez moi (je travaille à la maison le mercredi).

Est-ce que vous pouvez m'envoyer directement le mot de passe sur cette adresse perso ? Ce serait beaucoup plus simple pour moi.

Merci d'avance
Sylvie Marchetti
""",
    label=L("password_reset", False, "0063147N", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
            "Lost password, but she asks for it to be sent to her personal address: the safe reset path cannot do that, a person answers."),
))

add(dict(
    frm=("Élodie Horth", "e.horth@ac-guyane.fr"),
    subject="Session expirée puis identifiants incorrects",
    date="2024-10-03 06:44:18 -0300", style="zimbra", fmt="qp",
    text="""Bonjour,

Voici ce qui se passe depuis mardi sur le back office e-sidoc du lycée des Palmistes à Matoury (9730287Z) :

1. je me connecte, je travaille sur les notices, et au bout d'un moment : « Votre session a expiré. Veuillez vous reconnecter. »
2. je me reconnecte avec le même mot de passe : « Identifiants incorrects ».
3. j'ai réessayé trois fois, et maintenant le compte est bloqué.

J'étais pourtant sûre de mon mot de passe, je l'avais noté. Mais visiblement il n'est plus valable. Pouvez-vous le réinitialiser ?

Élodie Horth
Professeure documentaliste
""",
    label=L("password_reset", True, "9730287Z", "guyane", "esidoc", False, "fr",
            "Pasted sequence 'session expirée' then 'Identifiants incorrects' then locked; asks for a reset. Quoted-printable, Guyane time zone."),
))

add(dict(
    frm=("Gérard Fabié", "accueil@montcabrier-le-bas.example.fr"),
    subject="Accès perdu - commune de Montcabrier-le-Bas",
    date="2024-10-03 15:09:44 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

La commune est inscrite chez vous pour les achats groupés (Espace Acheteur). La secrétaire qui s'en occupait a pris sa retraite fin septembre et nous ne savons ni quel est l'identifiant, ni le mot de passe. L'adresse mail utilisée était peut-être la sienne, ou celle de l'accueil, on ne sait pas.

Comment pouvons-nous récupérer l'accès ? Il faut commander les fournitures de l'école avant les vacances de la Toussaint.

Merci,

Gérard Fabié
Adjoint au maire, chargé des finances
Mairie de Montcabrier-le-Bas
""",
    label=L("password_reset", True, None, None, "espace_acheteur", False, "fr",
            "Small-town buyer: login and password unknown after the secretary retired, address on file unknown (FAQ case). A deputy mayor, not a head of establishment."),
))

add(dict(
    frm=("Antoine Santoni", "a.santoni@ac-corse.fr"),
    subject="TR: e-sidoc",
    date="2024-10-03 08:31:26 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

Je vous transfère le message de ma collègue documentaliste, qui n'a pas encore accès à sa messagerie académique. Pouvez-vous l'aider ? C'est pour le collège de Corte, 7200114L.

Merci,
Antoine Santoni
CPE

________________________________
De : Marie-Ange Luciani <ma.luciani@orange.example.fr>
Envoyé : mercredi 2 octobre 2024 17:40
À : Antoine Santoni <a.santoni@ac-corse.fr>
Objet : e-sidoc

Antoine, tu peux écrire au support pour moi ? Quand je me connecte à l'admin e-sidoc ça me met « Votre mot de passe a expiré. Veuillez en choisir un nouveau. », mais pour en choisir un nouveau il faut taper l'ancien et je ne m'en souviens plus du tout. Merci !!
Marie-Ange
""",
    label=L("password_reset", True, "7200114L", "corse", "esidoc", True, "fr",
            "Outlook forward (TR:) by a colleague: the librarian's password expired and she forgot the old one, so she cannot renew it. Haute-Corse prefix 720."),
))

add(dict(
    frm=("Virginie Delattre", "v.delattre@ac-lille.fr"),
    subject="RE: [#SUP-004231] Mot de passe e-sidoc",
    date="2024-10-03 12:14:03 +0200", style="outlook", fmt="alt",
    in_reply_to="<SUP-004231.1727168410.e91a07@assistance.example.fr>",
    text="""Bonjour,

Merci, pour nous c'est réglé depuis la semaine dernière.

Par contre ma collègue du lycée professionnel rattaché (LP Pierre Mendès France, 0622039E, même cité scolaire mais portail e-sidoc séparé) a exactement le même souci : elle ne connaît pas le mot de passe de son back office. Elle n'a pas encore de boîte académique qui fonctionne, c'est pour ça que je vous écris à sa place. Peut-on faire la même procédure pour elle ?

Virginie Delattre
Documentaliste – cité scolaire Pierre Mendès France, Bapaume

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 24 septembre 2024 11:00
À : Virginie Delattre <v.delattre@ac-lille.fr>
Objet : [#SUP-004231] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse connue pour votre établissement (c***@ac-l****.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
""",
    label=L("password_reset", True, "0622039E", "hauts-de-france", "esidoc", True, "fr",
            "Reply in her own solved reset thread (quoted): the new request is a reset for the attached LP's separate portal, with its UAI; the safe path (address on file) applies."),
))

add(dict(
    frm=("Anli Madi", "anli.madi@ac-mayotte.fr"),
    subject="Codes e-sidoc collège",
    date="2024-10-03 09:55:31 +0300", style="thunderbird",
    text="""Bonjour,

Je suis le nouveau documentaliste du collège de Dzoumogné depuis la rentrée. Personne ici ne connaît les codes du portail e-sidoc : ni l'identifiant, ni le mot de passe. On m'a dit que l'identifiant, c'était le numéro UAI ? Le nôtre est 9760318S.

Comment est-ce que je peux obtenir un mot de passe ?

Merci d'avance et bonne journée,
Anli Madi
""",
    label=L("password_reset", True, "9760318S", "mayotte", "esidoc", False, "fr",
            "New librarian: neither the identifier nor the password is known; asks whether the login is the UAI. Mayotte time zone."),
))

add(dict(
    frm=("mickael thiebaut", "mickael.thiebaut54@free.example.fr"),
    subject="portail segpa",
    date="2024-10-02 22:12:57 +0200", style="roundcube",
    text="""bonjour
je suis prof en segpa au college de jarville (0541207U), on m a confie le petit portail e-sidoc de la segpa cette annee. j ai voulu changer le mot de passe qu on m a donne et depuis je ne sais plus lequel j ai mis, aucun des deux ne marche.
vous pouvez faire quelque chose ?
merci
mickael thiebaut
""",
    label=L("password_reset", True, "0541207U", "grand-est", "esidoc", False, "fr",
            "Typed without accents or capitals from a personal address: changed the password and lost the new one."),
))

add(dict(
    frm=("Bettina Kieffer", "b.kieffer@educagri.example.fr"),
    subject="Erreur 403 sur l'admin du portail documentaire",
    date="2024-10-03 08:26:40 +0200", style="thunderbird",
    text="""Bonjour,

Plusieurs collègues ont essayé hier de se connecter à l'administration de notre portail documentaire (e-sidoc) avec un ancien mot de passe qui traînait dans un classeur. Résultat, ce matin j'ai une page blanche avec :

Erreur 403 – Accès refusé
Votre compte a été temporairement bloqué suite à un trop grand nombre de tentatives.

Je suis la documentaliste en titre et je n'ai pas le bon mot de passe non plus (mon prédécesseur ne l'a jamais transmis). Pouvez-vous débloquer le compte et m'envoyer de quoi le réinitialiser ?

Bettina Kieffer
CDI – Lycée agricole d'Obernai
UAI 0671745H
""",
    label=L("password_reset", True, "0671745H", "grand-est", "esidoc", True, "fr",
            "The pasted 'Erreur 403 – Accès refusé' is the lock after failed attempts, and the librarian never had the password. Lycée agricole, non-academic sender; UAI in the signature."),
))

add(dict(
    frm=("Collège Montchapet - Secrétariat", "ce.0211583G@ac-dijon.fr"),
    subject="Mot de passe documentaliste",
    date="2024-10-03 16:02:15 +0200", style="zimbra", fmt="alt",
    text="""Bonjour,

Mme Girardot, documentaliste de notre collège (code 0211583A), a oublié son mot de passe e-sidoc, et le lien « mot de passe oublié » part vers une adresse qui n'existe plus.

Pourriez-vous adresser le nouveau lien à cette adresse, qui est la boîte officielle du collège ?

Merci,
Isabelle Coste
Secrétariat – Collège Montchapet, Dijon
""",
    label=L("password_reset", True, "0211583G", "bourgogne-franche-comte", "esidoc", True, "fr",
            "The body's code 0211583A has a wrong check letter (the digits give 0211583G); the ce.0211583G@ac-dijon.fr sender carries the valid UAI, which is the label. Link asked on the official address."),
))

# ==========================================================================
# automated
# ==========================================================================

add(dict(
    frm=("Mail Delivery System", "Mailer-Daemon@mail.greta-loire-atlantique.example.fr"),
    subject="Mail delivery failed: returning message to sender",
    date="2024-10-03 10:18:02 +0200", style="none", fmt="raw", auth="none", return_path="",
    submission=False,
    mid="<E1swIJa-0004Kd-7B@mail.greta-loire-atlantique.example.fr>",
    headers=[("X-Failed-Recipients", "f.guillou@greta-loire-atlantique.example.fr"),
             ("Auto-Submitted", "auto-replied")],
    ctype="text/plain; charset=us-ascii", cte="7bit",
    raw="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  f.guillou@greta-loire-atlantique.example.fr
    Unrouteable address

------ This is a copy of the message, including all the headers. ------

Return-path: <support@assistance.example.fr>
Received: from relay.assistance.example.fr ([192.0.2.41])
	by mail.greta-loire-atlantique.example.fr with esmtps (TLS1.3)
	(Exim 4.96)
	(envelope-from <support@assistance.example.fr>)
	id 1swIJZ-0004Kb-2x
	for f.guillou@greta-loire-atlantique.example.fr;
	Thu, 03 Oct 2024 10:18:01 +0200
From: Assistance <support@assistance.example.fr>
To: f.guillou@greta-loire-atlantique.example.fr
Subject: [#SUP-004301] Compte Espace Acheteur
Date: Thu, 03 Oct 2024 10:18:00 +0200
Message-ID: <SUP-004301.1727943480.3f21c8@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Votre demande a bien =C3=A9t=C3=A9 enregistr=C3=A9e sous la r=C3=A9f=C3=A9=
rence SUP-004301.
Un membre de l'=C3=A9quipe vous r=C3=A9pondra sous 48 heures ouvr=C3=A9es.

Cordialement,
L'=C3=A9quipe d'assistance
""",
    label=L("automated", False, None, None, None, False, "en",
            "Exim bounce, plain text with the original copied inline; X-Failed-Recipients, Auto-Submitted, null Return-Path."),
))

add(dict(
    frm=("Microsoft Outlook", "postmaster@ville-saint-amand-les-pins.example.fr"),
    subject="Undeliverable: [#SUP-004288] Devis fournitures scolaires",
    date="2024-10-03 11:40:27 +0000", style="none", fmt="raw", auth="none", return_path="",
    submission=False,
    relay="mail-db8eur05on2101.outbound.protection.outlook.example.fr",
    mid="<a3c9e1f0-77d2-4b1e-9c55-0f6e2d7b8a41@DB8PR02MB5961.eurprd02.prod.outlook.example.fr>",
    headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
             ("Content-Language", "en-US")],
    ctype='multipart/report; report-type=delivery-status;\r\n boundary="b1_ndr_7f4c2a90"',
    raw="""--b1_ndr_7f4c2a90
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to achats@ville-saint-amand-les-pins.example.fr couldn't be delivered.

achats wasn't found at ville-saint-amand-les-pins.example.fr.

support            Office 365            achats
Action Required                          Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Send the message again following these steps: In Outlook, open this non-delivery
  report (NDR) and choose Send Again from the Report ribbon.
- If the problem continues, contact the recipient by some other means (by phone,
  for example) and ask them to tell their email admin that it appears that their
  email address has been removed or disabled.

Diagnostic information for administrators:

Generating server: DB8PR02MB5961.eurprd02.prod.outlook.example.fr

achats@ville-saint-amand-les-pins.example.fr
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--b1_ndr_7f4c2a90
Content-Type: message/delivery-status

Reporting-MTA: dns;DB8PR02MB5961.eurprd02.prod.outlook.example.fr
Received-From-MTA: dns;relay.assistance.example.fr
Arrival-Date: Thu, 3 Oct 2024 11:40:25 +0000

Final-Recipient: rfc822;achats@ville-saint-amand-les-pins.example.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--b1_ndr_7f4c2a90
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: achats@ville-saint-amand-les-pins.example.fr
Subject: [#SUP-004288] Devis fournitures scolaires
Date: Thu, 03 Oct 2024 13:40:20 +0200
Message-ID: <SUP-004288.1727955620.77a0d2@assistance.example.fr>
MIME-Version: 1.0

--b1_ndr_7f4c2a90--
""",
    label=L("automated", False, None, None, None, False, "en",
            "Exchange Online 'Undeliverable:' report (multipart/report with text/rfc822-headers) for a reply the desk sent to a town's buying address."),
))

add(dict(
    frm=("", "MAILER-DAEMON@mx.cfppa-vendome.example.fr"),
    subject="failure notice",
    date="2024-10-03 14:07:51 +0200", style="none", fmt="raw", auth="none", return_path="",
    submission=False,
    mid="<20241003120751.31822.qmail@mx.cfppa-vendome.example.fr>",
    ctype="text/plain; charset=us-ascii", cte="7bit",
    raw="""Hi. This is the qmail-send program at mx.cfppa-vendome.example.fr.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<documentation@cfppa-vendome.example.fr>:
This mailbox has been disabled. Please contact the CFPPA secretariat.

--- Below this line is a copy of the message.

Return-Path: <support@assistance.example.fr>
Received: (qmail 31820 invoked from network); 3 Oct 2024 12:07:50 -0000
From: Assistance <support@assistance.example.fr>
To: documentation@cfppa-vendome.example.fr
Subject: Re: [#SUP-004295] Portail documentaire du CFPPA
Date: Thu, 03 Oct 2024 14:07:48 +0200
Message-ID: <SUP-004295.1727957268.0cd9ee@assistance.example.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Bonjour,

Pourriez-vous nous indiquer le code UAI de votre centre, afin que nous
puissions retrouver le portail concerne ?

Cordialement,
L'equipe d'assistance
""",
    label=L("automated", False, None, None, None, True, "en",
            "qmail 'failure notice' in plain text: no Auto-Submitted, no multipart/report; only the null Return-Path, the MAILER-DAEMON sender and the wording show it is automatic."),
))

add(dict(
    frm=("Mail Delivery Subsystem", "MAILER-DAEMON@mx2.lycee-maritime-etel.example.fr"),
    subject="Returned mail: see transcript for details",
    date="2024-10-03 15:33:09 +0200", style="none", fmt="raw", auth="none", return_path="",
    submission=False,
    mid="<202410031333.493DX9Lp018822@mx2.lycee-maritime-etel.example.fr>",
    headers=[("Auto-Submitted", "auto-generated (failure)")],
    ctype='multipart/report; report-type=delivery-status;\r\n boundary="493DX9Lp018822.1727962389/mx2.lycee-maritime-etel.example.fr"',
    raw="""This is a MIME-encapsulated message

--493DX9Lp018822.1727962389/mx2.lycee-maritime-etel.example.fr

The original message was received at Thu, 3 Oct 2024 15:33:07 +0200
from relay.assistance.example.fr [192.0.2.41]

   ----- The following addresses had permanent fatal errors -----
<intendance@lycee-maritime-etel.example.fr>
    (reason: 552 5.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to imap.lycee-maritime-etel.example.fr.:
>>> DATA
<<< 552 5.2.2 Mailbox full
554 5.0.0 Service unavailable

--493DX9Lp018822.1727962389/mx2.lycee-maritime-etel.example.fr
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.lycee-maritime-etel.example.fr
Received-From-MTA: DNS; relay.assistance.example.fr
Arrival-Date: Thu, 3 Oct 2024 15:33:07 +0200

Final-Recipient: RFC822; intendance@lycee-maritime-etel.example.fr
Action: failed
Status: 5.2.2
Remote-MTA: DNS; imap.lycee-maritime-etel.example.fr
Diagnostic-Code: SMTP; 552 5.2.2 Mailbox full
Last-Attempt-Date: Thu, 3 Oct 2024 15:33:09 +0200

--493DX9Lp018822.1727962389/mx2.lycee-maritime-etel.example.fr
Content-Type: text/rfc822-headers

Return-Path: <support@assistance.example.fr>
From: Assistance <support@assistance.example.fr>
To: intendance@lycee-maritime-etel.example.fr
Subject: [#SUP-004309] Facture F-24-1187
Date: Thu, 03 Oct 2024 15:33:05 +0200
Message-ID: <SUP-004309.1727962385.b4e7f0@assistance.example.fr>

--493DX9Lp018822.1727962389/mx2.lycee-maritime-etel.example.fr--
""",
    label=L("automated", False, None, None, None, False, "en",
            "Sendmail 'Returned mail: see transcript for details' (multipart/report, mailbox full) from a maritime lycée's server."),
))

add(dict(
    frm=("Service de messagerie", "postmaster@wanadoo.example.fr"),
    subject="Message non délivré : Re: [#SUP-004310] Mot de passe e-sidoc",
    date="2024-10-03 09:48:36 +0200", style="none", fmt="raw", auth="none", return_path="",
    submission=False,
    mid="<ndr.20241003074836.5512@smtp.wanadoo.example.fr>",
    headers=[("Auto-Submitted", "auto-replied")],
    ctype='text/plain; charset="utf-8"', cte="8bit",
    raw="""Bonjour,

Ceci est un message automatique du serveur de messagerie.

Votre message à l'adresse suivante n'a pas pu être délivré :

    cdi.college.laforet@wanadoo.example.fr

Motif : la boîte aux lettres du destinataire est pleine.
(552 5.2.2 Quota exceeded - mailbox full)

Le serveur a fait plusieurs tentatives pendant 24 heures avant d'abandonner.
Votre message d'origine, envoyé le 2 octobre 2024 à 09:45, n'a pas été remis.

Merci de ne pas répondre à ce message.

-- 
Service de messagerie
""",
    label=L("automated", False, None, None, None, False, "fr",
            "French ISP non-delivery notice (mailbox full) in plain text, Auto-Submitted: auto-replied, null Return-Path; the subject quotes a password ticket."),
))

add(dict(
    frm=("Catherine Lecoq", "c.lecoq@ac-normandie.fr"),
    subject="Absente jusqu'au lundi 7 octobre",
    date="2024-10-03 10:02:44 +0200", style="zimbra", fmt="plain", cte="8bit",
    in_reply_to="<SUP-004279.1727941200.c0e5a3@assistance.example.fr>",
    headers=[("Auto-Submitted", "auto-replied (zimbra; vacation)")],
    text="""Bonjour,

Je suis en formation du 1er au 4 octobre inclus, sans accès à ma messagerie.
Pour les commandes en cours, merci de contacter Mme Hamon, adjointe gestionnaire, au secrétariat d'intendance.

Cordialement,
Catherine Lecoq
""",
    label=L("automated", False, None, "normandie", None, False, "fr",
            "Academic Zimbra vacation reply (Auto-Submitted: auto-replied (zimbra; vacation)); region from the ac-normandie.fr sender."),
))

add(dict(
    frm=("James Whitfield", "j.whitfield@ecole-internationale-bordeaux.example.fr"),
    subject="Automatic reply: [#SUP-004305] Your request",
    date="2024-10-03 12:31:18 +0200", style="outlook_en", fmt="alt",
    in_reply_to="<SUP-004305.1727950260.f4d018@assistance.example.fr>",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    text="""Thank you for your email.

I am out of the office on a school trip until Monday 7 October with limited access to email.
For anything urgent regarding the library, please contact the school office.

Kind regards,
James Whitfield
""",
    label=L("automated", False, None, None, None, False, "en",
            "English Exchange 'Automatic reply:' with Auto-Submitted and X-Auto-Response-Suppress."),
))

add(dict(
    frm=("Secrétariat - Lycée La Martinière Duchère", "ce.0691392N@ac-lyon.fr"),
    subject="Secrétariat du lycée - fermeture exceptionnelle",
    date="2024-10-03 11:04:57 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

Le secrétariat du lycée est exceptionnellement fermé le jeudi 3 et le vendredi 4 octobre (journées de formation des personnels).
Votre message sera traité à partir du lundi 7 octobre.

Pour les demandes de mot de passe (ENT, e-sidoc) des élèves, merci de vous adresser au professeur principal de la classe.

Ceci est un message automatique, merci de ne pas y répondre.

Le secrétariat
""",
    label=L("automated", False, "0691392N", "auvergne-rhone-alpes", None, True, "fr",
            "Closure notice sent by a client-side rule from the ce.<UAI> address: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording shows it is automatic, and it mentions passwords and e-sidoc. UAI from the address."),
))

add(dict(
    frm=("Pascale Roux", "p.roux@ac-besancon.fr"),
    subject="Accusé de réception (affiché) - [#SUP-004266] Abonnement Universalis",
    date="2024-10-03 08:12:30 +0200", style="thunderbird", fmt="raw",
    ctype='multipart/report; report-type=disposition-notification;\r\n boundary="------------mdn7A0c3b9E5d2F1"',
    raw="""This is a multi-part message in MIME format.
--------------mdn7A0c3b9E5d2F1
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Ceci est un accusé de réception pour le courrier électronique envoyé à p.roux@ac-besancon.fr le 02/10/2024 18:12.

Note : Cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.

--------------mdn7A0c3b9E5d2F1
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: ac-besancon.fr; Mozilla Thunderbird
Final-Recipient: rfc822;p.roux@ac-besancon.fr
Original-Message-ID: <SUP-004266.1727885520.1d09b4@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--------------mdn7A0c3b9E5d2F1
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

From: Assistance <support@assistance.example.fr>
To: p.roux@ac-besancon.fr
Subject: [#SUP-004266] Abonnement Universalis
Date: Wed, 02 Oct 2024 18:12:00 +0200
Message-ID: <SUP-004266.1727885520.1d09b4@assistance.example.fr>

--------------mdn7A0c3b9E5d2F1--
""",
    label=L("automated", False, None, "bourgogne-franche-comte", None, False, "fr",
            "Thunderbird read receipt in French ('Accusé de réception (affiché)'), multipart/report disposition-notification; region from the ac-besancon.fr sender."),
))

add(dict(
    frm=("e-sidoc - La lettre", "lettre@actualites.esidoc.example.fr"),
    subject="La lettre e-sidoc d'octobre : statistiques, import Z39.50 et Semaine de la presse",
    date="2024-10-03 07:00:00 +0200", style="none", fmt="raw",
    mid="<20241003050000.1024.7781@actualites.esidoc.example.fr>",
    return_path="bounce-1024-7781@actualites.esidoc.example.fr",
    headers=[("List-Id", "La lettre e-sidoc <lettre.actualites.esidoc.example.fr>"),
             ("List-Unsubscribe", "<https://actualites.esidoc.example.fr/desabo/1024/7781>,\r\n <mailto:desabo-1024@actualites.esidoc.example.fr>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk"), ("Feedback-ID", "1024:lettre:esidoc")],
    ctype='multipart/alternative; boundary="=_lettre_1024_7781"',
    raw="""--=_lettre_1024_7781
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

LA LETTRE E-SIDOC - OCTOBRE 2024

Nouveau tableau de bord des statistiques
Le back office affiche désormais les consultations du portail par mois et par type de ressource. Rendez-vous dans Administration > Statistiques.

Import de notices : la passerelle Z39.50 évolue
Les imports depuis les catalogues partenaires sont plus rapides et les doublons sont signalés avant l'enregistrement.

Semaine de la presse et des médias dans l'école
Des sélections prêtes à publier sur votre portail sont disponibles dans l'espace de partage.

Webinaire « Bien démarrer l'année avec e-sidoc » : mardi 15 octobre, 14 h.
Inscription : https://actualites.esidoc.example.fr/webinaires

Vous recevez cette lettre en tant qu'administrateur d'un portail e-sidoc.
Se désabonner : https://actualites.esidoc.example.fr/desabo/1024/7781

--=_lettre_1024_7781
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>La lettre e-sidoc</title></head>
<body style="margin:0;background:#eef1f5"><table role="presentation" width="100%"><tr><td align="center">
<table role="presentation" width="600" style="background:#fff;font-family:Arial,sans-serif">
<tr><td style="padding:20px"><h1 style="font-size:20px;color:#1b4f8a">La lettre e-sidoc – octobre 2024</h1></td></tr>
<tr><td style="padding:0 20px"><h2 style="font-size:16px">Nouveau tableau de bord des statistiques</h2>
<p>Le back office affiche désormais les consultations du portail par mois et par type de ressource. Rendez-vous dans <b>Administration &gt; Statistiques</b>.</p>
<h2 style="font-size:16px">Import de notices : la passerelle Z39.50 évolue</h2>
<p>Les imports depuis les catalogues partenaires sont plus rapides et les doublons sont signalés avant l'enregistrement.</p>
<h2 style="font-size:16px">Semaine de la presse et des médias dans l'école</h2>
<p>Des sélections prêtes à publier sur votre portail sont disponibles dans l'espace de partage.</p>
<p><a href="https://actualites.esidoc.example.fr/webinaires" style="background:#1b4f8a;color:#fff;padding:8px 14px;text-decoration:none">Webinaire du 15 octobre</a></p></td></tr>
<tr><td style="padding:20px;font-size:11px;color:#888">Vous recevez cette lettre en tant qu'administrateur d'un portail e-sidoc.
<a href="https://actualites.esidoc.example.fr/desabo/1024/7781">Se désabonner</a></td></tr>
</table></td></tr></table></body></html>

--=_lettre_1024_7781--
""",
    label=L("automated", False, None, None, "esidoc", False, "fr",
            "Product newsletter: List-Id, one-click List-Unsubscribe, Precedence: bulk."),
))

add(dict(
    frm=("Historia Digital Archives", "news@news.historia-archives.example.fr"),
    subject="October webinars: teaching with primary sources + free trial extended",
    date="2024-10-03 16:30:00 +0200", style="none", fmt="raw",
    mid="<0102019254a1b7c2-44e8f1a0-5c3d-4a6e-9b21-c7d0e8f9a312-000000@news.historia-archives.example.fr>",
    return_path="0102019254a1b7c2-bounces@news.historia-archives.example.fr",
    headers=[("List-Unsubscribe", "<https://news.historia-archives.example.fr/unsubscribe?u=a81c5&id=77f0>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk"), ("X-Campaign", "oct24-webinars")],
    ctype='multipart/alternative; boundary="_----hda_oct24_b7c2"',
    raw="""--_----hda_oct24_b7c2
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hi there,

Autumn term is in full swing =E2=80=94 and so is our webinar series!

* Tue 8 Oct: Teaching the Industrial Revolution with digitised newspapers
* Thu 17 Oct: Source criticism for 15-year-olds: a hands-on session
* Tue 22 Oct: What's new in the Historia teacher dashboard

Good news: free school trials are extended to 60 days until 31 October.

Save your seat: https://news.historia-archives.example.fr/webinars

Cheers,
The Historia team

You are receiving this email because you signed up at a trade fair.
Unsubscribe: https://news.historia-archives.example.fr/unsubscribe?u=3Da81c5&id=3D=
77f0

--_----hda_oct24_b7c2
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Georgia,serif"><h2>Autumn webinars</h2><ul>=
<li>Tue 8 Oct: Teaching the Industrial Revolution with digitised newspapers</=
li><li>Thu 17 Oct: Source criticism for 15-year-olds</li><li>Tue 22 Oct: What=
's new in the Historia teacher dashboard</li></ul><p>Free school trials exten=
ded to 60 days until 31 October.</p><p><a href=3D"https://news.historia-archi=
ves.example.fr/webinars">Save your seat</a></p><p style=3D"font-size:10px"><a=
 href=3D"https://news.historia-archives.example.fr/unsubscribe?u=3Da81c5&amp;=
id=3D77f0">Unsubscribe</a></p></body></html>

--_----hda_oct24_b7c2--
""",
    label=L("automated", False, None, None, None, False, "en",
            "English publisher's marketing newsletter (List-Unsubscribe one-click, Precedence: bulk)."),
))

add(dict(
    frm=("Espace Acheteur", "no-reply@espace-acheteur.example.fr"),
    subject="Compte en attente de validation - Mairie de Puyloubier-sur-Cèze",
    date="2024-10-03 09:37:12 +0200", style="none", fmt="raw",
    mid="<notif.20241003073712.55821@espace-acheteur.example.fr>",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    ctype='text/plain; charset="utf-8"', cte="quoted-printable",
    raw="""Bonjour,

Un nouvel utilisateur demande l'acc=C3=A8s =C3=A0 l'Espace Acheteur pour une s=
tructure qui n'a pas encore d'administrateur :

  Structure : Mairie de Puyloubier-sur-C=C3=A8ze
  Demandeur : Laurence Vidalenc (l.vidalenc@puyloubier-sur-ceze.example.fr)
  Date de la demande : 03/10/2024 09:37

Vous recevez ce message en tant qu'administrateur par d=C3=A9faut des structu=
res sans administrateur.
Pour valider ou refuser la demande : https://espace-acheteur.example.fr/admin=
/demandes/55821

Ce message est envoy=C3=A9 automatiquement, merci de ne pas y r=C3=A9pondre.
""",
    label=L("automated", False, None, None, "espace_acheteur", False, "fr",
            "No-reply Espace Acheteur notification to the desk: a town's account awaits validation. Auto-Submitted: auto-generated."),
))

add(dict(
    frm=("Signature électronique", "ne-pas-repondre@signature.example.fr"),
    subject="Document signé par tous les signataires : Convention de groupement de commandes 2025",
    date="2024-10-03 17:46:05 +0200", style="none", fmt="raw",
    mid="<sig.env-7d31c0aa.completed@signature.example.fr>",
    ctype='multipart/alternative; boundary="sig_7d31c0aa"',
    raw="""--sig_7d31c0aa
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,

Le document « Convention de groupement de commandes 2025 – Greta des Hautes-Alpes » a été signé par tous les signataires :

  - Jean-Paul Arnaud, proviseur du lycée support (signé le 01/10/2024)
  - Service des marchés de la centrale d'achat (signé le 03/10/2024)

Le document signé et son dossier de preuve sont joints à l'enveloppe et restent téléchargeables pendant 30 jours :
https://signature.example.fr/e/7d31c0aa

Cet e-mail a été envoyé par la plateforme de signature électronique.

--sig_7d31c0aa
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<p>Bonjour,</p>
<p>Le document <b>« Convention de groupement de commandes 2025 – Greta des Hautes-Alpes »</b> a été signé par tous les signataires :</p>
<ul><li>Jean-Paul Arnaud, proviseur du lycée support (signé le 01/10/2024)</li>
<li>Service des marchés de la centrale d'achat (signé le 03/10/2024)</li></ul>
<p><a href="https://signature.example.fr/e/7d31c0aa">Télécharger le document signé</a></p>
<p style="font-size:11px;color:#777">Cet e-mail a été envoyé par la plateforme de signature électronique.</p>
</body></html>

--sig_7d31c0aa--
""",
    label=L("automated", False, None, None, "esignature", True, "fr",
            "E-signature 'signed by all' notification for a Greta convention: no Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic. Names a proviseur but is not a request."),
))

add(dict(
    frm=("Mailinblack", "noreply@challenge.mailinblack-protect.example.fr"),
    subject="Votre message à m.gauthier@mairie-vallon-sur-dive.example.fr est en attente",
    date="2024-10-03 13:15:38 +0200", style="none", fmt="raw",
    mid="<chl-9e2f61b4c7@challenge.mailinblack-protect.example.fr>",
    headers=[("Auto-Submitted", "auto-replied"),
             ("In-Reply-To", "<SUP-004303.1727953980.2a9c71@assistance.example.fr>")],
    ctype='multipart/alternative; boundary="mib-9e2f61b4c7"',
    raw="""--mib-9e2f61b4c7
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Vous avez envoy=C3=A9 un message =C3=A0 m.gauthier@mairie-vallon-sur-dive.exa=
mple.fr.
Cette adresse est prot=C3=A9g=C3=A9e par Mailinblack.

Afin que votre message soit d=C3=A9livr=C3=A9, merci de confirmer que vous =
=C3=AAtes un exp=C3=A9diteur humain en cliquant sur le lien ci-dessous :
https://challenge.mailinblack-protect.example.fr/auth/9e2f61b4c7

Cette op=C3=A9ration n'est =C3=A0 effectuer qu'une seule fois.

Ce message a =C3=A9t=C3=A9 envoy=C3=A9 automatiquement, merci de ne pas y r=
=C3=A9pondre.

--mib-9e2f61b4c7
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial"><p>Bonjour,</p><p>Vous avez envoy=C3=
=A9 un message =C3=A0 <b>m.gauthier@mairie-vallon-sur-dive.example.fr</b>.<br=
>Cette adresse est prot=C3=A9g=C3=A9e par <b>Mailinblack</b>.</p><p><a href=
=3D"https://challenge.mailinblack-protect.example.fr/auth/9e2f61b4c7">Je conf=
irme =C3=AAtre un humain</a></p><p style=3D"font-size:10px">Ce message a =C3=
=A9t=C3=A9 envoy=C3=A9 automatiquement.</p></body></html>

--mib-9e2f61b4c7--
""",
    label=L("automated", False, None, None, None, True, "fr",
            "MailInBlack sender-authentication challenge sent to the desk's own address after it wrote to a town buyer: machine mail naming MailInBlack, not a user's mailinblack_spam request."),
))

add(dict(
    frm=("Liste cdi-agri", "cdi-agri@listes.educ-agri.example.fr"),
    subject="Compilation cdi-agri, Vol 112 #3",
    date="2024-10-03 06:00:03 +0200", style="none", fmt="raw",
    mid="<digest.cdi-agri.112.3@listes.educ-agri.example.fr>",
    return_path="cdi-agri-owner@listes.educ-agri.example.fr",
    headers=[("List-Id", "Documentalistes de l'enseignement agricole <cdi-agri.listes.educ-agri.example.fr>"),
             ("List-Post", "<mailto:cdi-agri@listes.educ-agri.example.fr>"),
             ("List-Unsubscribe", "<mailto:sympa@listes.educ-agri.example.fr?subject=unsubscribe%20cdi-agri>"),
             ("Precedence", "list"), ("X-Loop", "cdi-agri@listes.educ-agri.example.fr")],
    ctype='text/plain; charset="utf-8"', cte="8bit",
    raw="""Compilation cdi-agri, Vol 112 #3

Sommaire :
  1. Re: Abonnements presse pour les BTSA (Hélène Gourdon)
  2. Mot de passe du portail après changement de documentaliste (Rémi Caussade)
  3. Re: Mot de passe du portail après changement de documentaliste (Sophie Lannes)

----------------------------------------------------------------------

Message : 1
Date : Wed, 2 Oct 2024 14:21:09 +0200
De : Hélène Gourdon
Objet : Re: Abonnements presse pour les BTSA

Nous avons pris Cafeyn l'an dernier, les étudiants de BTSA GPN s'en servent surtout pour la presse régionale. Je peux vous envoyer notre bilan d'usage si ça intéresse quelqu'un.

Message : 2
Date : Wed, 2 Oct 2024 16:40:52 +0200
De : Rémi Caussade
Objet : Mot de passe du portail après changement de documentaliste

Bonjour à toutes et à tous, j'arrive dans un nouveau LEGTA et personne n'a le mot de passe du back office. Vous avez fait comment, vous ?

Message : 3
Date : Wed, 2 Oct 2024 17:05:33 +0200
De : Sophie Lannes
Objet : Re: Mot de passe du portail après changement de documentaliste

Il faut écrire au support avec le code UAI, ils envoient un lien sur l'adresse de l'établissement. Chez nous ça a pris dix minutes.

----------------------------------------------------------------------
Fin de la compilation cdi-agri, Vol 112 #3
""",
    label=L("automated", False, None, None, None, False, "fr",
            "Sympa digest of a librarians' mailing list the desk is subscribed to (List-Id, Precedence: list, X-Loop): one item asks about a lost portal password, but nothing is written to us."),
))

add(dict(
    frm=("Portail d'assistance", "notifications@portail-tickets.example.fr"),
    subject="[Ticket #88213] Nouvelle réponse : synchronisation des notices bloquée",
    date="2024-10-03 11:58:21 +0200", style="none", fmt="raw",
    mid="<ticket-88213-reply-4@portail-tickets.example.fr>",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Ticket-Id", "88213")],
    ctype='text/plain; charset="utf-8"', cte="8bit",
    raw="""Bonjour,

Une nouvelle réponse a été publiée sur le ticket #88213 « synchronisation des notices bloquée » que vous suivez.

Auteur : Support éditeur (niveau 2)
Statut : En attente de votre retour

Extrait :
« Le correctif a été déployé sur l'environnement de test. Merci de nous confirmer que les imports de la nuit se sont bien déroulés avant la mise en production. »

Pour lire la réponse complète et répondre, connectez-vous au portail :
https://portail-tickets.example.fr/tickets/88213

--
Ceci est une notification automatique du portail d'assistance. Les réponses à cet e-mail ne sont pas lues.
""",
    label=L("automated", False, None, None, "ticket_portal", False, "fr",
            "Ticket-portal notification about a ticket the desk follows with a supplier. Auto-Submitted: auto-generated."),
))

add(dict(
    frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mairie-lanvollon.example.fr"),
    subject="Remise retardée : [#SUP-004299] Bon de commande n° 2024-117",
    date="2024-10-03 18:05:40 +0200", style="none", fmt="raw", auth="none", return_path="",
    submission=False,
    mid="<8d41b5a7-7b0f-4c3b-a2d4-91e0f6c5d823@EXCH02.mairie-lanvollon.example.fr>",
    headers=[("Auto-Submitted", "auto-replied"), ("Content-Language", "fr-FR")],
    ctype='multipart/report; report-type=delivery-status;\r\n boundary="delay_3c7e90b1"',
    raw="""--delay_3c7e90b1
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

La remise est retardée pour les destinataires ou groupes suivants :

compta@mairie-lanvollon.example.fr

Objet : [#SUP-004299] Bon de commande n° 2024-117

Ce message n'a pas encore été remis. La remise va continuer à être tentée.

Le serveur va continuer à essayer de remettre ce message pendant les 44 prochaines heures et 12 minutes. Vous serez averti si le message ne peut pas être remis au-delà de cette période.

Informations de diagnostic pour les administrateurs :
Serveur de génération : EXCH02.mairie-lanvollon.example.fr
Raison : 451 4.4.0 Primary target IP address responded with: "421 4.3.2 Service not available." Attempted failover to alternate host, but that did not succeed.

--delay_3c7e90b1
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH02.mairie-lanvollon.example.fr

Final-Recipient: rfc822;compta@mairie-lanvollon.example.fr
Action: delayed
Status: 4.4.0
Will-Retry-Until: Sat, 5 Oct 2024 14:17:40 +0200

--delay_3c7e90b1--
""",
    label=L("automated", False, None, None, None, False, "fr",
            "Exchange 'Remise retardée' delay notice in French (Action: delayed): not a failure yet, still automatic."),
))

add(dict(
    frm=("Mairie de Saint-Jory-les-Bains", "mairie@saint-jory-les-bains.example.fr"),
    subject="Accusé de réception automatique",
    date="2024-10-03 14:49:03 +0200", style="none", fmt="plain", cte="8bit",
    mid="<autoreply.1727959743.30211@saint-jory-les-bains.example.fr>",
    in_reply_to="<SUP-004314.1727959700.86b1f2@assistance.example.fr>",
    headers=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
    text="""Madame, Monsieur,

La mairie de Saint-Jory-les-Bains a bien reçu votre message. Il sera traité par le service concerné dans les meilleurs délais.

Horaires d'ouverture de l'accueil : du lundi au vendredi, de 8 h 30 à 12 h.
Le secrétariat est fermé le mercredi après-midi.

Ceci est une réponse automatique.
""",
    label=L("automated", False, None, None, None, False, "fr",
            "A town hall's automatic acknowledgement (X-Autoreply and Auto-Submitted); answering it would risk a loop."),
))

add(dict(
    frm=("Florence Delmas", "f.delmas@ac-amiens.fr"),
    subject="Lu : [#SUP-004276] Convention d'adhésion 2024-2027",
    date="2024-10-03 09:47:12 +0200", style="outlook", fmt="raw",
    ctype='multipart/report; report-type=disposition-notification;\r\n boundary="----=_NextPart_000_01A3_01DB1588.4E6F2C10"',
    raw="""------=_NextPart_000_01A3_01DB1588.4E6F2C10
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message

  À : f.delmas@ac-amiens.fr
  Objet : [#SUP-004276] Convention d'adhésion 2024-2027
  Envoyé : mercredi 2 octobre 2024 16:20:31 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le jeudi 3 octobre 2024 09:47:10 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.

------=_NextPart_000_01A3_01DB1588.4E6F2C10
Content-Type: message/disposition-notification

Reporting-UA: f.delmas@ac-amiens.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;f.delmas@ac-amiens.fr
Original-Message-ID: <SUP-004276.1727878831.4a0e6d@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_01A3_01DB1588.4E6F2C10--
""",
    label=L("automated", False, None, "hauts-de-france", None, False, "fr",
            "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the ac-amiens.fr sender."),
))

add(dict(
    frm=("Karine Ferracci", "k.ferracci@ac-aix-marseille.fr"),
    subject="Réponse automatique : [#SUP-004320] Mot de passe Espace Acheteur",
    date="2024-10-03 16:21:09 +0200", style="outlook", fmt="alt",
    in_reply_to="<SUP-004320.1727965200.58dd3e@assistance.example.fr>",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    text="""Bonjour,

Je suis en animation de formation sur le site de Digne jusqu'au vendredi 4 octobre et je consulte peu mes messages.
Pour les questions de commandes ou de mots de passe de l'Espace Acheteur du Greta, merci de voir avec l'accueil du Greta Alpes-Provence.

Karine Ferracci
Conseillère en formation continue
""",
    label=L("automated", False, None, "provence-alpes-cote-d-azur", None, False, "fr",
            "Greta adviser's Exchange out-of-office replying to a desk answer about a password: Auto-Submitted and X-Auto-Response-Suppress; mentions passwords and the Espace Acheteur. Region from ac-aix-marseille.fr."),
))

# ==========================================================================
# other
# ==========================================================================

add(dict(
    frm=("Gwenola Tanguy", "gwenola.tanguy@ac-rennes.fr"),
    subject="Re: [#SUP-004270] Abonnement Europresse non visible",
    date="2024-10-03 08:40:19 +0200", style="thunderbird",
    in_reply_to="<SUP-004270.1727873100.9b2e44@assistance.example.fr>",
    text="""Bonjour,

C'est tout bon, Europresse apparaît ce matin dans les ressources du portail et les élèves de seconde ont pu s'y connecter en AP. Merci pour votre patience et vos explications !

Bonne journée,
Gwenola Tanguy

Le 02/10/2024 à 14:45, Assistance a écrit :
> Bonjour,
>
> Les abonnements sont activés dans un délai de 72 heures après la
> validation de la commande. Une fois l'abonnement actif, pensez à publier
> la ressource sur votre portail (Administration > Ressources > Publier).
>
> Cordialement,
> L'équipe d'assistance
""",
    label=L("other", False, None, "bretagne", "esidoc", True, "fr",
            "Thanks only, quoting the activation answer: 'abonnement', 'ressource' and 'publier' appear but nothing is asked any more. Region from ac-rennes.fr."),
))

add(dict(
    frm=("Messagerie académique", "securite@ac-rennes-messagerie.example.fr"),
    subject="Votre session a expiré - action requise sous 24 h",
    date="2024-10-03 05:12:44 +0200", style="none", fmt="html", auth="fail",
    reply_to="verification.compte@webmail-secure.example.fr",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><b>Messagerie académique – Avis de sécurité</b></p>
<p>Cher utilisateur,</p>
<p>Votre session a expiré. Suite à la mise à jour de notre système de sécurité, tous les comptes doivent être revalidés avant le <b>4 octobre 2024</b>.</p>
<p>Sans action de votre part, votre boîte aux lettres sera suspendue et les messages en attente seront supprimés.</p>
<p style="text-align:center"><a href="http://revalidation-compte.example.fr/ac/login.php" style="background:#0a6ebd;color:#fff;padding:10px 20px;text-decoration:none">Se reconnecter maintenant</a></p>
<p>Identifiants incorrects lors de la connexion ? Saisissez à nouveau votre mot de passe actuel sur la page sécurisée.</p>
<p>Cordialement,<br>Le service informatique</p>
</body></html>
""",
    label=L("other", False, None, None, None, True, "fr",
            "Phishing, HTML only: 'Votre session a expiré', 'Identifiants incorrects', asks for the current password. Not password_reset; the look-alike domain is not an académie domain and SPF/DMARC fail."),
))

add(dict(
    frm=("Dylan Carter", "dylan@rankboost-agency.example.fr"),
    subject="Quick question about your website traffic",
    date="2024-10-03 03:27:15 +0200", style="gmail", fmt="alt", auth="nodkim",
    text="""Hi,

I was checking assistance.example.fr and noticed you are missing out on a lot of organic traffic. Our team helped 120+ education brands reach page 1 on Google within 90 days.

Would you be open to a quick 10-minute call this week? I can send a free audit of your site, no strings attached.

Best,
Dylan Carter
Growth Manager, RankBoost Agency

P.S. If you are not the right person, could you forward this to whoever handles marketing?
""",
    label=L("other", False, None, None, None, False, "en",
            "English SEO cold pitch (spam)."),
))

add(dict(
    frm=("Aurélie Menard", "aurelie.menard74@gmail.example.fr"),
    subject="Horaires du car pour le lycée",
    date="2024-10-02 20:58:41 +0200", style="gmail", fmt="alt",
    text="""Bonsoir,

Mon fils est interne au lycée agricole de Contamine-sur-Arve depuis la rentrée. Pourriez-vous me dire à quelle heure part le car le vendredi soir pour Thonon ? Je n'arrive pas à trouver l'information sur le site du lycée et personne ne répond au standard.

Merci d'avance,
Aurélie Menard
""",
    label=L("other", False, None, None, None, False, "fr",
            "A parent asking for the school bus timetable: wrong address, unrelated."),
))

add(dict(
    frm=("Inès Boudali", "ines.boudali@laposte.example.fr"),
    subject="Candidature spontanée - alternance assistante de gestion",
    date="2024-10-03 13:40:02 +0200", style="outlook", fmt="alt",
    attach=[("CV_Ines_Boudali_2024.pdf", "application/pdf", pdf("CV Ines Boudali"))],
    text="""Madame, Monsieur,

Actuellement en BTS Gestion de la PME au Greta de Lyon, je recherche une entreprise d'accueil pour mon alternance à partir de novembre (rythme deux jours à l'école, trois jours en entreprise).

Votre activité auprès des établissements scolaires m'intéresse beaucoup, ayant moi-même travaillé deux ans comme agent d'accueil dans un collège. Vous trouverez mon CV en pièce jointe.

Je reste disponible pour un entretien à votre convenance.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Inès Boudali
06 41 27 88 10
""",
    label=L("other", False, None, None, None, False, "fr",
            "Unsolicited work-study application with a CV attached; the sender studies at a Greta, but nothing is asked of the desk."),
))

add(dict(
    frm=("Patrice Wendling", "patrice.wendling@ac-strasbourg.fr"),
    subject="Ressources HAS pour la SEGPA ?",
    date="2024-10-03 12:48:26 +0200", style="zimbra", fmt="alt",
    text="""Bonjour,

Je suis professeur de champ professionnel Hygiène-Alimentation-Services en SEGPA. Je cherche des supports visuels (fiches recettes illustrées, pictogrammes) adaptés à des élèves en grande difficulté de lecture.

Est-ce que vous proposez ce genre de ressources, ou est-ce que vous connaîtriez un site où en trouver ? Je ne suis pas sûr d'écrire au bon endroit, un collègue m'a donné votre adresse.

Merci et bonne journée,
Patrice Wendling
SEGPA du collège Erckmann-Chatrian, Phalsbourg
""",
    label=L("other", False, None, "grand-est", None, False, "fr",
            "SEGPA teacher asking for teaching materials: unrelated to the services. Region from the ac-strasbourg.fr sender."),
))

add(dict(
    frm=("Jocelyne Barrière", "j.barriere@mairie-saint-vincent-de-tyrosse.example.fr"),
    subject="Un numéro pour vous joindre ?",
    date="2024-10-03 10:22:37 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

Je suis secrétaire à la mairie et c'est moi qui m'occupe des achats passés par l'Espace Acheteur. Je préférerais vous expliquer ma situation de vive voix, c'est un peu compliqué à écrire.

Auriez-vous un numéro de téléphone, et des horaires où l'on peut vous joindre ?

Merci,
Jocelyne Barrière
Mairie de Saint-Vincent
""",
    label=L("other", False, None, None, "espace_acheteur", False, "fr",
            "Town-hall buyer asks for a phone number and hours: the actual problem is not stated, so no category can be told."),
))

add(dict(
    frm=("Communication - EPLEFPA de Valdoie", "communication@eplefpa-valdoie.example.fr"),
    subject="Journée portes ouvertes du lycée agricole - samedi 12 octobre",
    date="2024-10-03 15:55:20 +0200", style="outlook", fmt="alt",
    to="Partenaires <communication@eplefpa-valdoie.example.fr>",
    text="""Bonjour à toutes et à tous,

Nous avons le plaisir de vous inviter à la journée portes ouvertes de l'EPLEFPA de Valdoie le samedi 12 octobre, de 9 h à 16 h.

Au programme : visite de l'exploitation et de l'atelier de transformation laitière, présentation des formations (bac pro CGEA, BTSA ACSE, apprentissage), rencontre avec les équipes du CDI et du CFA.

Un buffet préparé par nos élèves sera offert à midi. Merci de nous confirmer votre venue avant le 9 octobre.

Au plaisir de vous accueillir,

Mathilde Cuenot
Chargée de communication
EPLEFPA de Valdoie
""",
    label=L("other", False, None, None, None, False, "fr",
            "Open-day invitation from a lycée agricole sent by a person to its partners in Bcc (no list headers): other, not automated."),
))

add(dict(
    frm=("Régine Castan", "regine.castan@ac-toulouse.fr"),
    subject="Relance !!! [#SUP-004190]",
    date="2024-10-03 14:02:58 +0200", style="zimbra", fmt="alt",
    text="""Bonjour,

Cela fait maintenant dix jours que je vous ai écrit et je n'ai toujours aucune réponse. J'ai l'impression de parler dans le vide.

Est-ce que quelqu'un lit vraiment les messages envoyés à cette adresse ? Merci de me répondre rapidement, c'est la troisième fois que je relance.

R. Castan
""",
    label=L("other", False, None, "occitanie", None, False, "fr",
            "Angry reminder with a ticket number in the subject but no thread headers and nothing about the topic: no category can be told from the message. Region from ac-toulouse.fr."),
))

add(dict(
    frm=("Olivier Marquet", "olivier.marquet@greta-bourgogne.example.fr"),
    subject="Ajouter une pièce jointe à un ticket ?",
    date="2024-10-03 11:26:03 +0200", style="thunderbird",
    text="""Bonjour,

J'ai ouvert un ticket hier sur le portail d'assistance et on me demande une capture d'écran. Je ne trouve pas où joindre un fichier : il n'y a qu'une zone de texte quand je réponds. Est-ce que je dois vous l'envoyer par mail à cette adresse, ou il y a un bouton que je ne vois pas ?

Merci,
Olivier Marquet
Greta Bourgogne – agence de Nevers
""",
    label=L("other", False, None, None, "ticket_portal", False, "fr",
            "How to attach a file to a ticket on the ticket portal: a how-to question with no category of its own."),
))

add(dict(
    frm=("Monique Faure", "monique.faure@ac-limoges.fr"),
    subject="Désinscription",
    date="2024-10-03 09:19:48 +0200", style="thunderbird",
    text="""Bonjour,

Je suis à la retraite depuis le mois de juin et je reçois toujours vos lettres d'information sur cette adresse, que je garde encore quelques mois. Pourriez-vous me retirer de votre liste ?

Merci, et bonne continuation à l'équipe.

Monique Faure
""",
    label=L("other", False, None, "nouvelle-aquitaine", None, False, "fr",
            "A retired librarian asks by hand to be removed from the newsletter: written by a person, so not automated. Region from ac-limoges.fr."),
))

add(dict(
    frm=("Intendance - Lycée Camille Guérin", "ce.0860651R@ac-poitiers.fr"),
    subject="RE: [#SUP-004284] Facture 2024-0877",
    date="2024-10-03 10:33:14 +0200", style="outlook", fmt="alt",
    in_reply_to="<SUP-004284.1727879400.e07c2b@assistance.example.fr>",
    text="""Bien reçu, merci.

Service intendance

De : Assistance <support@assistance.example.fr>
Envoyé : mercredi 2 octobre 2024 16:30
À : ce.0860651R@ac-poitiers.fr
Objet : [#SUP-004284] Facture 2024-0877

Bonjour,

Vous trouverez ci-joint le duplicata de la facture 2024-0877 demandé. Le montant et les références du bon de commande sont inchangés.

Cordialement,
L'équipe d'assistance
""",
    label=L("other", False, "0860651R", "nouvelle-aquitaine", None, True, "fr",
            "'Bien reçu, merci' from the ce.<UAI> address, quoting an invoice answer: words like 'facture' and 'bon de commande' appear only in the quote; nothing is asked."),
))

add(dict(
    frm=("Lucas Perrin", "lucas.perrin.95@orange.example.fr"),
    subject="Suppression de mes données personnelles",
    date="2024-10-03 19:12:33 +0200", style="gmail", fmt="alt",
    text="""Bonjour,

J'ai suivi en 2022 une formation au Greta du Val-d'Oise et, à ce titre, un compte avait été créé à mon nom sur votre plateforme pour consulter les ressources documentaires.

Je n'en ai plus l'usage. Conformément au RGPD, je vous demande de supprimer toutes les données personnelles me concernant et de me confirmer cette suppression.

Cordialement,
Lucas Perrin
""",
    label=L("other", False, None, None, None, False, "fr",
            "GDPR erasure request from a former Greta trainee: other (human review), not account_creation."),
))

add(dict(
    frm=("Christelle Agostini", "christelle.agostini@ac-nice.fr"),
    subject="Convention à signer : mauvais signataire",
    date="2024-10-03 15:17:52 +0200", style="thunderbird",
    text="""Bonjour,

Je viens de recevoir une demande de signature électronique pour la convention d'adhésion à la centrale d'achat. Le document désigne comme signataire M. Peretti, qui était notre principal jusqu'en juin. Mme Rossi l'a remplacé à la rentrée.

Je n'ai pas signé, évidemment. Pouvez-vous faire renvoyer la convention au nom de la nouvelle principale ? Je ne vois pas comment corriger cela moi-même sur la plateforme de signature.

Christelle Agostini
Adjointe gestionnaire
""",
    label=L("other", False, None, "provence-alpes-cote-d-azur", "esignature", True, "fr",
            "The e-signature request names the former principal as signatory; only the sender of the document can reissue it. About a convention and a head, but neither contract-document access nor a head's request: other. Region from ac-nice.fr."),
))

add(dict(
    frm=("Registre des domaines .FR", "renouvellement@registre-domaines-fr.example.fr"),
    subject="AVIS D'EXPIRATION : assistance.example.fr",
    date="2024-10-03 04:41:09 +0200", style="none", fmt="html", auth="fail",
    html="""<html><body style="font-family:Verdana;font-size:13px">
<p><b>AVIS D'EXPIRATION DU NOM DE DOMAINE</b></p>
<p>Domaine : <b>assistance.example.fr</b><br>Date d'expiration : <b>05/10/2024</b></p>
<p>Sans renouvellement de votre part, le domaine sera libéré et vos sites et messageries cesseront de fonctionner.</p>
<p>Montant du renouvellement (1 an) : 79,00 EUR TTC</p>
<p><a href="http://registre-domaines-fr.example.fr/paiement?d=assistance">Renouveler maintenant</a></p>
<p style="font-size:10px">Ce service de référencement n'est pas un bureau d'enregistrement. Le paiement vaut acceptation de nos conditions.</p>
</body></html>
""",
    label=L("other", False, None, None, None, False, "fr",
            "Domain-renewal scam in HTML only (payment link, failing SPF/DMARC): other, not order_billing."),
))

add(dict(
    frm=("Damien Royer", "d.royer@ac-reims.fr"),
    subject="Manuels numériques pour le lycée agricole ?",
    date="2024-10-03 13:22:45 +0200", style="thunderbird",
    text="""Bonjour,

Je suis enseignant d'agronomie et coordinateur numérique au lycée agricole de Somme-Vesle. Nous réfléchissons à passer aux manuels numériques l'an prochain pour les secondes pro.

Est-ce que votre catalogue couvre aussi les éditeurs de l'enseignement agricole, ou est-ce hors de votre périmètre ? Je voudrais juste savoir si ça vaut la peine d'en parler en conseil pédagogique.

Bien à vous,
Damien Royer
""",
    label=L("other", False, None, "grand-est", None, False, "fr",
            "General catalogue question (digital textbooks for agricultural publishers) before any decision: no order, no account. Region from ac-reims.fr."),
))

add(dict(
    frm=("Proviseur - Lycée professionnel maritime de Paimpol", "proviseur.lpm-paimpol@mer.example.fr"),
    subject="Demande de présentation du portail documentaire",
    date="2024-10-03 17:08:30 +0200", style="outlook", fmt="alt",
    text="""Madame, Monsieur,

En tant que proviseur du lycée professionnel maritime de Paimpol (UAI 0220046F), je souhaiterais organiser pour l'équipe pédagogique une courte présentation du portail e-sidoc, que nous utilisons encore très peu en dehors du CDI.

Serait-il possible qu'un de vos intervenants nous présente l'outil en visioconférence, lors d'une réunion de l'équipe le mercredi après-midi, en novembre ?

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hervé Le Goff
Proviseur
""",
    label=L("other", False, "0220046F", "bretagne", "esidoc", True, "fr",
            "Written by the proviseur, but he asks for a presentation of the portal to his team: no authorisation, no admin change, so not head_of_establishment_request."),
))

add(dict(
    frm=("Marion", "marion.schaller@free.example.fr"),
    subject="samedi",
    date="2024-10-03 12:05:11 +0200", style="iphone", fmt="qp",
    text="""Coucou Élise,

Pour samedi c'est toujours ok, on arrive vers 12 h 30. Je ramène la tarte aux quetsches et Paul apporte le cidre. Tu veux qu'on prenne du pain en passant ?

Bises
Marion

Envoyé de mon iPhone
""",
    label=L("other", False, None, None, None, False, "fr",
            "Personal message sent to the desk by address autocomplete."),
))

# ==========================================================================
# missing_noreply_mail (and the mails that follow some of them)
# ==========================================================================

add(dict(
    frm=("Sonia Mabille", "sonia.mabille@ac-creteil.fr"),
    subject="Mail de confirmation Espace Acheteur",
    date="2024-10-03 09:44:02 +0200", style="thunderbird",
    text="""Bonjour,

Je me suis inscrite hier après-midi sur l'Espace Acheteur pour l'EREA Jean Jaurès. Le site m'a indiqué qu'un mail de confirmation allait m'être envoyé, et je n'ai rien reçu depuis hier 16 h.

Pouvez-vous me le renvoyer ?

Sonia Mabille
Gestionnaire – EREA Jean Jaurès, Noisy-le-Grand
""",
    label=L("missing_noreply_mail", True, None, "ile-de-france", "espace_acheteur", False, "fr",
            "EREA gestionnaire: the sign-up confirmation mail never came; first of two mails in a row. No UAI, region from ac-creteil.fr."),
), dict(
    frm=("Sonia Mabille", "sonia.mabille@ac-creteil.fr"),
    subject="Re: Mail de confirmation Espace Acheteur",
    date="2024-10-03 10:03:37 +0200", style="thunderbird", reply_prev=True,
    text="""Laissez tomber, je viens de le retrouver dans les courriers indésirables ! Désolée pour le dérangement.

Sonia

Le 03/10/2024 à 09:44, Sonia Mabille a écrit :
> Bonjour,
>
> Je me suis inscrite hier après-midi sur l'Espace Acheteur pour l'EREA
> Jean Jaurès. Le site m'a indiqué qu'un mail de confirmation allait m'être
> envoyé, et je n'ai rien reçu depuis hier 16 h.
>
> Pouvez-vous me le renvoyer ?
>
> Sonia Mabille
> Gestionnaire – EREA Jean Jaurès, Noisy-le-Grand
""",
    label=L("other", False, None, "ile-de-france", "espace_acheteur", True, "fr",
            "Second of two mails in a row: she found the confirmation in her junk folder, nothing is asked any more. The quoted first mail still reads as missing_noreply_mail."),
))

add(dict(
    frm=("Julie Caron", "julie.caron@greta-grand-littoral.example.fr"),
    subject="Mail de réinitialisation jamais reçu",
    date="2024-10-03 08:58:14 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

Depuis ce matin je fais « Mot de passe oublié » sur l'Espace Acheteur. Le site affiche bien qu'un e-mail m'a été envoyé, mais je ne reçois rien, ni dans la boîte de réception ni dans les indésirables.

Je vais demander à notre informaticien s'il voit passer quelque chose de son côté.

Julie Caron
Assistante administrative – Greta Grand Littoral
""",
    label=L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
            "The new-password mail never arrives, junk folder checked, no anti-spam product named; first of two mails in a row. Greta's own domain: no region."),
), dict(
    frm=("Julie Caron", "julie.caron@greta-grand-littoral.example.fr"),
    subject="RE: Mail de réinitialisation jamais reçu",
    date="2024-10-03 10:12:50 +0200", style="outlook", fmt="alt", reply_prev=True,
    text="""Re-bonjour,

Notre informaticien a regardé : vos messages sont retenus dans la quarantaine Mailinblack du Greta, il y en a quatre depuis ce matin. Il me demande quelle adresse exactement il doit autoriser.

Julie

De : Julie Caron
Envoyé : jeudi 3 octobre 2024 08:58
À : support@assistance.example.fr
Objet : Mail de réinitialisation jamais reçu

Bonjour,

Depuis ce matin je fais « Mot de passe oublié » sur l'Espace Acheteur. Le site affiche bien qu'un e-mail m'a été envoyé, mais je ne reçois rien, ni dans la boîte de réception ni dans les indésirables.

Je vais demander à notre informaticien s'il voit passer quelque chose de son côté.

Julie Caron
Assistante administrative – Greta Grand Littoral
""",
    label=L("mailinblack_spam", True, None, None, "espace_acheteur", True, "fr",
            "Second of two mails in a row: the IT person found the mails held in the Mailinblack quarantine. The quoted first mail reads as missing_noreply_mail; the new text makes it mailinblack_spam."),
))

add(dict(
    frm=("Agnès Chabrier", "agnes.chabrier@ac-clermont.fr"),
    subject="Toujours pas de lien d'activation",
    date="2024-10-03 11:47:29 +0200", style="zimbra", fmt="alt",
    text="""Bonjour,

Je n'ai jamais reçu le lien d'activation de mon compte sur l'Espace Acheteur (inscription faite lundi). J'ai lu dans votre FAQ qu'il fallait parfois autoriser vos messages dans MailInBlack : nous n'avons pas MailInBlack, j'ai vérifié auprès de la DSI du conseil départemental qui gère notre messagerie. Rien non plus dans les indésirables.

Que puis-je faire d'autre ?

Agnès Chabrier
Adjointe gestionnaire – Collège Jean Zay, Riom (0631188Z)
""",
    label=L("missing_noreply_mail", True, "0631188Z", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
            "Names MailInBlack only to say the school does NOT use it: missing_noreply_mail, not mailinblack_spam."),
))

add(dict(
    frm=("Florian Delpech", "florian.delpech@educagri.example.fr"),
    subject="« Un e-mail vous a été envoyé » ... mais non",
    date="2024-10-03 13:31:55 +0200", style="thunderbird",
    text="""Bonjour,

J'ai l'impression que c'est un problème de mot de passe, mais en fait pas vraiment : l'outil « mot de passe oublié » du back office e-sidoc fonctionne, il m'affiche

« Un e-mail vous a été envoyé à l'adresse f***@educagri.example.fr. Suivez le lien qu'il contient pour choisir un nouveau mot de passe. »

Sauf que cet e-mail n'arrive jamais. J'ai fait l'essai trois fois depuis mardi, j'ai regardé dans le dossier spam du webmail. L'adresse masquée correspond bien à la mienne.

Florian Delpech
Documentaliste – Lycée agricole de Périgueux
UAI : 0241063A
""",
    label=L("missing_noreply_mail", True, "0241063A", "nouvelle-aquitaine", "esidoc", True, "fr",
            "Reads like a password problem, but the reset tool works: the new-password mail never arrives (pasted confirmation text). No product named. Lycée agricole, UAI in the signature."),
))

add(dict(
    frm=("Hélène Brun", "h.brun@commune-la-roche-vineuse.example.fr"),
    subject="Plus d'alertes sur les nouvelles offres",
    date="2024-10-03 14:36:18 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

Je suis abonnée aux alertes de l'Espace Acheteur pour les offres de fournitures et de mobilier scolaire. Depuis début septembre, je ne reçois plus aucune alerte, alors que je vois bien de nouvelles offres en me connectant.

La commune a changé de prestataire de messagerie cet été ; ils me disent qu'ils ne bloquent rien, mais ils ne savent pas quelle adresse vous utilisez pour l'envoi. Pouvez-vous me la communiquer ?

Hélène Brun
Secrétaire générale – Mairie de La Roche-Vineuse
""",
    label=L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "fr",
            "Small-town buyer: offer alerts no longer arrive since the town changed mail provider; asks for the sender address. No product named, no académie domain."),
))

add(dict(
    frm=("Arnaud Lacoste", "a.lacoste@ac-bordeaux.fr"),
    subject="Inscription portail d'assistance",
    date="2024-10-03 10:58:42 +0200", style="thunderbird",
    text="""Bonjour,

Je me suis inscrit ce matin sur le portail de tickets pour le Greta Sud Aquitaine. On m'annonce un mail de confirmation pour définir mon mot de passe, mais il n'est jamais arrivé (ça fait maintenant une heure et demie).

Est-ce normal ?

Arnaud Lacoste
Greta Sud Aquitaine – Mont-de-Marsan
""",
    label=L("missing_noreply_mail", True, None, "nouvelle-aquitaine", "ticket_portal", False, "fr",
            "Ticket-portal confirmation mail (to set a password) never arrived. Region from ac-bordeaux.fr."),
))

add(dict(
    frm=("Rachel Owens", "bursar@international-school-ferney.example.fr"),
    subject="Activation email never received",
    date="2024-10-03 15:41:36 +0200", style="outlook_en", fmt="alt",
    text="""Good afternoon,

I registered our school on the Espace Acheteur on Monday so that I can order classroom supplies through the framework agreements. The page said an activation email would follow, but nothing has come through, and there is nothing in our junk folder either.

Could you please resend it, or activate the account from your side?

Kind regards,

Rachel Owens
Bursar
International School of Ferney
""",
    label=L("missing_noreply_mail", True, None, None, "espace_acheteur", False, "en",
            "English; the Espace Acheteur activation mail never came, junk folder checked, no product named."),
))

add(dict(
    frm=("Noémie Girault", "noemie.girault@ac-orleans-tours.fr"),
    subject="Re: [#SUP-004253] Mail d'activation du compte client",
    date="2024-10-03 09:07:23 +0200", style="thunderbird",
    in_reply_to="<SUP-004253.1727706000.3cf9a8@assistance.example.fr>",
    text="""Bonjour,

J'ai suivi vos conseils : dossier indésirables, ajout de l'adresse no-reply dans mes contacts, et j'ai même demandé un nouvel envoi lundi. Plus de 48 heures ont passé et je n'ai toujours rien reçu.

Pouvez-vous transmettre à la région ou activer le compte directement ? Je dois passer la commande de l'abonnement avant les vacances.

Noémie Girault
Professeure documentaliste – Lycée Pothier, Orléans (0451422B)

Le 30/09/2024 à 16:20, Assistance a écrit :
> Bonjour,
>
> Le mail d'activation est envoyé par une adresse no-reply. Vérifiez votre
> dossier « Courrier indésirable », marquez le message comme légitime et
> ajoutez l'expéditeur à vos contacts. Sans nouvelles de votre part sous
> 48 heures, nous reviendrons vers vous.
>
> Cordialement,
> L'équipe d'assistance
""",
    label=L("missing_noreply_mail", False, "0451422B", "centre-val-de-loire", "esidoc", False, "fr",
            "Reply after the junk-folder answer (quoted): still nothing after 48 h, asks to go to the region. The template was already sent, a person must follow up."),
))

add(dict(
    frm=("Yves Ménard", "y.menard@ac-nantes.fr"),
    subject="Mail d'activation Espace Acheteur jamais reçu - UAI 0851379M",
    date="2024-10-03 16:44:07 +0200", style="zimbra", fmt="alt",
    text="""Bonjour,

Cf. objet. Merci.

Cordialement,
Y. Ménard
Gestionnaire
""",
    label=L("missing_noreply_mail", True, "0851379M", "pays-de-la-loire", "espace_acheteur", True, "fr",
            "The question and the UAI are only in the subject line; the body says 'Cf. objet'."),
))

add(dict(
    frm=("Karim Haddou", "karim.haddou@ac-lille.fr"),
    subject="Aucun mail automatique depuis la migration",
    date="2024-10-03 10:27:31 +0200", style="outlook", fmt="html",
    text="""Bonjour,

Je suis l'assistant informatique de la cité scolaire. Depuis la migration de notre messagerie fin septembre, plus personne ici ne reçoit vos mails automatiques : ni les mails de mot de passe de l'Espace Acheteur, ni les notifications d'e-sidoc. Les mails « normaux » de vos collègues arrivent, eux.

Notre passerelle de filtrage est gérée par le prestataire de la Région. Pour qu'il ajoute une exception, pouvez-vous m'indiquer l'adresse d'envoi exacte et, si possible, les serveurs d'envoi ?

Merci,

Karim Haddou
Assistant informatique
Cité scolaire Jean Bart – Dunkerque
UAI 0593862C
""",
    label=L("missing_noreply_mail", True, "0593862C", "hauts-de-france", None, False, "fr",
            "HTML-only Outlook mail from a school IT assistant: no automatic mail arrives since a migration; a filtering gateway is mentioned but no product named. Two products involved, so no single platform."),
))

add(dict(
    frm=("Béatrice Lemaire", "beatrice.lemaire@ac-versailles.fr"),
    subject="TR: premier accès",
    date="2024-10-03 14:13:48 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

Je vous fais suivre le message de notre nouvelle collègue de l'intendance, qui n'arrive pas à obtenir son premier accès. Son compte a pourtant été validé hier par notre administratrice.

Cordialement,
Béatrice Lemaire
Gestionnaire – Lycée Richelieu, Rueil-Malmaison (0921463R)

De : Audrey Nguyen <audrey.nguyen@ac-versailles.fr>
Envoyé : jeudi 3 octobre 2024 13:50
À : Béatrice Lemaire <beatrice.lemaire@ac-versailles.fr>
Objet : premier accès

Béatrice, le site de l'Espace Acheteur me dit que mon compte est validé et que j'ai reçu un lien sécurisé pour ma première connexion. Je n'ai rien reçu, même dans les spams. Tu peux voir avec eux ?
Audrey
""",
    label=L("missing_noreply_mail", True, "0921463R", "ile-de-france", "espace_acheteur", False, "fr",
            "Outlook forward of a colleague's message: the account is validated but the secure first-login link never came."),
))

add(dict(
    frm=("Bastien Ferrer", "b.ferrer@ac-toulouse.fr"),
    subject="Mail d'activation du compte client e-sidoc",
    date="2024-10-03 15:02:11 +0200", style="zimbra", fmt="alt",
    text="""Bonjour,

Je viens d'ouvrir le compte client du collège pour commander en ligne notre abonnement e-sidoc. Le site indique qu'un mail d'activation valable 12 heures vient de m'être envoyé : je ne l'ai pas.

Pouvez-vous vérifier ?

Bastien Ferrer
Adjoint gestionnaire
""",
    label=L("missing_noreply_mail", True, None, "occitanie", "esidoc", False, "fr",
            "The 12-hour activation mail of the customer account did not come; first of two mails in a row. Region from ac-toulouse.fr."),
), dict(
    frm=("Bastien Ferrer", "b.ferrer@ac-toulouse.fr"),
    subject="Re: Mail d'activation du compte client e-sidoc",
    date="2024-10-03 15:27:40 +0200", style="zimbra", fmt="alt", reply_prev=True,
    text="""Toujours rien, et j'ai regardé dans les spams et dans le dossier « Autres ». Notre UAI : 0311865J, si besoin.

B. Ferrer

----- Mail original -----
De: "Bastien Ferrer" <b.ferrer@ac-toulouse.fr>
À: support@assistance.example.fr
Envoyé: Jeudi 3 Octobre 2024 15:02:11
Objet: Mail d'activation du compte client e-sidoc

Bonjour,

Je viens d'ouvrir le compte client du collège pour commander en ligne notre abonnement e-sidoc. Le site indique qu'un mail d'activation valable 12 heures vient de m'être envoyé : je ne l'ai pas.

Pouvez-vous vérifier ?

Bastien Ferrer
Adjoint gestionnaire
""",
    label=L("missing_noreply_mail", True, "0311865J", "occitanie", "esidoc", True, "fr",
            "Second of two mails in a row (Zimbra 'Mail original' quote of his first one): still nothing, junk folders checked, gives the UAI. Same problem, still no product named."),
))

add(dict(
    frm=("Zaïnaba Said", "zainaba.said@ac-mayotte.fr"),
    subject="Notifications de validation des comptes",
    date="2024-10-03 10:40:16 +0300", style="thunderbird",
    text="""Bonjour,

Je suis l'administratrice de structure de notre lycée sur l'Espace Acheteur. Deux collègues se sont inscrits la semaine dernière et je n'ai reçu aucune notification « compte à valider ». Je l'ai su seulement parce qu'ils sont venus me voir.

Les autres mails arrivent normalement. Est-ce que les notifications partent d'une adresse particulière que je devrais autoriser ?

Merci,
Zaïnaba Said
Lycée de Kahani – 9760521M
""",
    label=L("missing_noreply_mail", True, "9760521M", "mayotte", "espace_acheteur", False, "fr",
            "The structure administrator never receives the 'account to validate' notifications. Mayotte time zone."),
))

add(dict(
    frm=("Laurent Hoffmann", "laurent.hoffmann@ac-nancy-metz.fr"),
    subject="Nouveau mot de passe e-sidoc : mail non reçu",
    date="2024-10-03 09:33:52 +0200", style="zimbra", fmt="qp",
    text="""Bonjour,

J'ai demandé un nouveau mot de passe pour l'administration e-sidoc du collège Jean Mermoz (UAI 0572418V) à trois reprises depuis hier matin. Le site confirme l'envoi, mais rien n'arrive sur ma boîte académique, même dans le dossier spam.

Pourriez-vous vérifier si les messages partent bien ?

Laurent Hoffmann
Professeur documentaliste
Collège Jean Mermoz – Yutz
""",
    label=L("missing_noreply_mail", True, None, "grand-est", "esidoc", True, "fr",
            "The code 0572418V has a wrong check letter (the digits give 0572418U): no UAI, region from ac-nancy-metz.fr. The new-password mail never arrives; no product named. Quoted-printable."),
))

add(dict(
    frm=("Odile Perrot", "o.perrot@ac-dijon.fr"),
    subject="Plus de mails de confirmation de commande",
    date="2024-10-03 11:55:09 +0200", style="thunderbird",
    text="""Bonjour,

Nos commandes passent bien sur l'Espace Acheteur, je les vois validées dans l'historique, aucun souci de ce côté-là. En revanche, je ne reçois plus les mails de confirmation de commande depuis la rentrée, alors que j'en ai besoin pour le service comptable.

Rien dans les indésirables. L'expéditeur serait une adresse « no-reply », c'est bien ça ? Je voudrais la faire autoriser.

Odile Perrot
Gestionnaire – Collège Roger Quilliot, Chenôve
""",
    label=L("missing_noreply_mail", True, None, "bourgogne-franche-comte", "espace_acheteur", True, "fr",
            "Contrast: orders are fine ('aucun souci'), only the no-reply confirmation mails stopped: missing_noreply_mail, not order_billing. Region from ac-dijon.fr."),
))

# ==========================================================================
# mailinblack_spam
# ==========================================================================

add(dict(
    frm=("Sandra Lopez", "s.lopez@greta-provence.example.fr"),
    subject="Vos mails dans la quarantaine Mailinblack",
    date="2024-10-03 09:15:27 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

Depuis que le Greta est passé sous Mailinblack en septembre, tous vos messages (confirmations de commande, mots de passe) atterrissent dans la quarantaine de l'interface Mailinblack, et je dois les libérer un par un. Certains ont même expiré avant que je les voie.

Y a-t-il une procédure pour que vos adresses soient autorisées une bonne fois pour toutes ?

Sandra Lopez
Assistante de gestion
Greta Provence – établissement support : lycée Vauvenargues (0133205N)
""",
    label=L("mailinblack_spam", True, "0133205N", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
            "Greta: every mail from the platform lands in the Mailinblack quarantine; asks for the allow-list procedure. UAI of the support establishment in the signature."),
))

add(dict(
    frm=("Service comptabilité", "compta@mairie-brives-charensac.example.fr"),
    subject="Vos messages n'arrivent pas chez nous",
    date="2024-10-03 11:08:43 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

Depuis quelques semaines, notre messagerie envoie automatiquement une demande de vérification aux expéditeurs qu'elle ne connaît pas : il faut cliquer sur un lien pour prouver qu'on est un humain, sinon le message reste bloqué. Pour les personnes, ça marche. Mais j'imagine que vos mails automatiques de l'Espace Acheteur ne peuvent pas cliquer, et du coup je ne reçois plus rien de votre part.

Comment fait-on dans ce cas ?

Élise Vialatte
Service comptabilité – Mairie de Brives-Charensac
""",
    label=L("mailinblack_spam", False, None, None, "espace_acheteur", True, "fr",
            "The sender-authentication challenge is described (click a link to prove you are human) without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide."),
))

add(dict(
    frm=("Jean-Marc Boissieux", "secretariat@saint-hilaire-du-rosier.example.fr"),
    subject="Mail in black",
    date="2024-10-03 14:27:06 +0200", style="roundcube",
    text="""Bonjour

La mairie a fait installer mail in black par notre prestataire informatique le mois dernier, et depuis on ne reçoit plus les mails de l'espace acheteur (mot de passe, confirmations). Le prestataire dit qu'il faut que vous nous donniez les adresses à mettre en liste blanche.

Merci de votre retour
Jean-Marc Boissieux
secrétaire de mairie, Saint-Hilaire-du-Rosier
""",
    label=L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
            "Small-town buyer: 'mail in black' spelled in three words, installed last month; asks which addresses to allow-list."),
))

add(dict(
    frm=("Delphine Marchal", "delphine.marchal@ac-orleans-tours.fr"),
    subject="Mails bloqués",
    date="2024-10-03 13:03:19 +0200", style="outlook", fmt="html",
    text="""Bonjour,

Je suis documentaliste à l'EREA de Chaingy (0451680G). Les mails de réinitialisation d'e-sidoc ne m'arrivent pas : le Conseil régional a mis en place Mailinblack sur les boîtes de l'établissement, et je vois vos messages dans la liste « bloqués » de Mailinblack sans pouvoir les ouvrir.

Comment les débloquer ? Faut-il faire une démarche de votre côté ou du nôtre ?

Merci,

Delphine Marchal
Professeure documentaliste
EREA de Chaingy
""",
    label=L("mailinblack_spam", True, "0451680G", "centre-val-de-loire", "esidoc", False, "fr",
            "HTML-only Outlook mail from an EREA: the e-sidoc reset mails are blocked by Mailinblack on the school's mailboxes."),
))

add(dict(
    frm=("Tobias Lindqvist", "t.lindqvist@ac-strasbourg.fr"),
    subject="Your emails held in MailInBlack quarantine",
    date="2024-10-03 16:14:22 +0200", style="thunderbird_en",
    text="""Hello,

I am the new gestionnaire at Lycée international des Pontonniers (0672309W), and I am trying to set up my buyer account on the Espace Acheteur.

Our school mailboxes are protected by MailInBlack, and I can see your activation emails waiting in the MailInBlack quarantine. I am not allowed to release them myself. Is there a guide I can forward to our IT department so they can allow your addresses?

Thank you,
Tobias Lindqvist
""",
    label=L("mailinblack_spam", True, "0672309W", "grand-est", "espace_acheteur", False, "en",
            "English; activation mails held in the MailInBlack quarantine, asks for the guide to forward to IT."),
))

add(dict(
    frm=("Francis Deswarte", "francis.deswarte@ac-lille.fr"),
    subject="Mailinblack + question facture",
    date="2024-10-03 10:49:37 +0200", style="zimbra", fmt="alt",
    text="""Bonjour,

Deux questions pour le collège Anne Frank de Hazebrouck (0594127R) :

– vos mails de mot de passe pour l'Espace Acheteur sont bloqués par Mailinblack chez nous. Notre référent informatique est prêt à faire le nécessaire si vous lui dites quoi autoriser ;

– par ailleurs, nous avons reçu la facture FA-24-2231 alors que la commande correspondante avait été annulée en juillet. Pouvez-vous l'annuler ou nous envoyer un avoir ?

Cordialement,
Francis Deswarte
Adjoint gestionnaire
""",
    label=L("mailinblack_spam", False, "0594127R", "hauts-de-france", "espace_acheteur", True, "fr",
            "Two topics: mails blocked by Mailinblack (first) and an invoice for a cancelled order (order_billing); the guide alone would answer only half."),
))

add(dict(
    frm=("Nathalie Ferreira", "nathalie.ferreira@ac-creteil.fr"),
    subject="Re: [#SUP-004262] Pas de mail d'activation",
    date="2024-10-03 09:21:45 +0200", style="gmail", fmt="alt",
    in_reply_to="<SUP-004262.1727790600.8be31f@assistance.example.fr>",
    text="""Bonjour,

Ce n'est pas dans les indésirables : notre collègue de la DANE vient de m'expliquer que c'est MailInBlack, installé sur les boîtes du collège, qui retient vos messages. Il faudrait donc la procédure pour MailInBlack, si vous en avez une.

Nathalie Ferreira
Collège Pablo Picasso, Montfermeil – 0931538S

Le mar. 1 oct. 2024 à 15:50, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Le mail d'activation est envoyé par une adresse no-reply. Vérifiez votre
> dossier « Courrier indésirable » et marquez le message comme légitime.
>
> Cordialement,
> L'équipe d'assistance
""",
    label=L("mailinblack_spam", True, "0931538S", "ile-de-france", "espace_acheteur", True, "fr",
            "Reply quoting the junk-folder answer: MailInBlack is now named as the cause, so the MailInBlack guide is the right answer."),
))

add(dict(
    frm=("Guillaume Texier", "guillaume.texier@ac-poitiers.fr"),
    subject="TR: Rapport de quarantaine Mailinblack",
    date="2024-10-03 08:36:12 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

Je vous transfère le rapport de quarantaine reçu ce matin : vos messages y sont tous. Je suppose que c'est pour ça que je n'ai jamais reçu mon lien d'activation. Que dois-je faire pour qu'ils passent ?

Guillaume Texier
Gestionnaire – Collège Jean Rostand, Cognac (0161348D)

De : Mailinblack <rapport@mailinblack-protect.example.fr>
Envoyé : jeudi 3 octobre 2024 07:00
À : guillaume.texier@ac-poitiers.fr
Objet : Rapport de quarantaine Mailinblack

Vous avez 6 message(s) en attente dans votre quarantaine :

  no-reply@espace-acheteur.example.fr  Activez votre compte           02/10 16:41
  no-reply@espace-acheteur.example.fr  Activez votre compte (rappel)  02/10 20:41
  newsletter@fournitures-bureau.example.fr  Promotions d'octobre     02/10 21:03
  no-reply@espace-acheteur.example.fr  Votre mot de passe            03/10 06:12

Pour libérer un message, connectez-vous à votre espace Mailinblack.
""",
    label=L("mailinblack_spam", True, "0161348D", "nouvelle-aquitaine", "espace_acheteur", False, "fr",
            "A person forwards the daily Mailinblack quarantine report (machine text inside) and asks how to get the activation mails through."),
))

add(dict(
    frm=("Pôle numérique - Communauté de communes du Val de Sèvre", "informatique@cc-valdesevre.example.fr"),
    subject="Liste blanche Mailinblack pour vos envois",
    date="2024-10-03 15:48:51 +0200", style="thunderbird",
    text="""Bonjour,

Le pôle numérique de la communauté de communes gère la messagerie de onze mairies du territoire, toutes protégées par Mailinblack. Plusieurs secrétaires de mairie utilisent votre Espace Acheteur et ne reçoivent pas vos mails automatiques.

Pour les ajouter à la liste blanche au niveau de la plateforme, pourriez-vous nous communiquer les domaines et adresses d'envoi que vous utilisez ?

Cordialement,
Thierry Bouhier
Pôle numérique – CC du Val de Sèvre
""",
    label=L("mailinblack_spam", True, None, None, "espace_acheteur", False, "fr",
            "IT service of a community of towns asks which senders to allow-list in Mailinblack for several town buyers."),
))

add(dict(
    frm=("Erwan Quéré", "e.quere@lycee-maritime-larochelle.example.fr"),
    subject="Mailinblack Protect bloque vos messages",
    date="2024-10-03 12:39:04 +0200", style="android", fmt="b64",
    text="""Bonjour,
Au lycée maritime nous avons Mailinblack Protect depuis la rentrée et les messages de réinitialisation du portail e-sidoc restent en quarantaine, je les vois passer mais ils sont périmés quand on les libère. UAI 0171456R.
Merci de m'envoyer la marche à suivre pour les autoriser.
Erwan Quéré, documentaliste

Obtenir Outlook pour Android
""",
    label=L("mailinblack_spam", True, "0171456R", "nouvelle-aquitaine", "esidoc", False, "fr",
            "Maritime lycée: 'Mailinblack Protect' quarantines the e-sidoc reset mails; base64 body from Outlook for Android."),
))

add(dict(
    frm=("Morgane Le Du", "morgane.le-du@ac-rennes.fr"),
    subject="mailinblack",
    date="2024-10-03 17:32:26 +0200", style="iphone", fmt="qp",
    text="""Vos mails sont bloqués par mailinblack chez nous, procédure svp. Merci

Envoyé de mon iPhone
""",
    label=L("mailinblack_spam", True, None, "bretagne", None, False, "fr",
            "One line from a phone: blocked by mailinblack, send the procedure. No platform named; region from ac-rennes.fr."),
))

# ==========================================================================
# head_of_establishment_request
# ==========================================================================

add(dict(
    frm=("Direction EPLEFPA Angers-Le Fresne", "direction.eplefpa-angers@educagri.example.fr"),
    subject="Changement d'administrateur Espace Acheteur - LEGTA Le Fresne",
    date="2024-10-03 09:52:18 +0200", style="outlook", fmt="alt",
    text="""Madame, Monsieur,

En ma qualité de directeur de l'EPLEFPA d'Angers-Le Fresne, je vous informe que M. Didier Chauvin, secrétaire général, a quitté l'établissement le 30 septembre.

Je désigne Mme Claire Bouvet, nouvelle secrétaire générale, comme administratrice de notre structure sur l'Espace Acheteur (LEGTA Le Fresne, UAI 0490912A), et je vous demande de bien vouloir clôturer les accès de M. Chauvin.

Adresse de Mme Bouvet : claire.bouvet@educagri.example.fr

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Olivier Thépaut
Directeur de l'EPLEFPA d'Angers-Le Fresne
""",
    label=L("head_of_establishment_request", False, "0490912A", "pays-de-la-loire", "espace_acheteur", False, "fr",
            "The director of an agricultural EPLEFPA (head of establishment) names a new structure administrator and asks to close the former one's access."),
))

add(dict(
    frm=("Principal - Collège Les Néfliers", "ce.0781376X@ac-versailles.fr"),
    subject="Réinitialisation du compte administrateur e-sidoc",
    date="2024-10-03 08:55:40 +0200", style="zimbra", fmt="alt",
    text="""Madame, Monsieur,

Je soussigné, M. Frédéric Aubineau, principal du collège Les Néfliers à Mantes-la-Ville, vous demande de réinitialiser le mot de passe du compte administrateur de notre portail e-sidoc et d'en remplacer l'adresse de contact.

La professeure documentaliste nommée à la rentrée, Mme Sabrina Toure, doit désormais recevoir les messages liés à ce compte : sabrina.toure@ac-versailles.fr.

Avec mes remerciements,

Frédéric Aubineau
Principal
""",
    label=L("head_of_establishment_request", False, "0781376X", "ile-de-france", "esidoc", True, "fr",
            "The principal himself, from the ce.<UAI> address (UAI only there), asks in writing for an admin password reset and a new contact address: head_of_establishment_request, not password_reset."),
))

add(dict(
    frm=("Jean-Louis Vernhes", "jean-louis.vernhes@ac-toulouse.fr"),
    subject="Autorisation commande abonnements CDI",
    date="2024-10-03 12:25:03 +0200", style="thunderbird",
    cc="Documentation Lycée Foch <cdi.lycee-foch@ac-toulouse.fr>",
    text="""Bonjour,

Je vous confirme, en tant que proviseur du lycée Foch de Rodez (0121483X), que j'autorise la commande des abonnements du CDI préparée par Mme Solignac, professeure documentaliste, pour un montant de 1 846,00 € TTC (panier enregistré le 1er octobre).

Le bon d'engagement signé suit par la gestionnaire.

Cordialement,

Jean-Louis Vernhes
Proviseur
""",
    label=L("head_of_establishment_request", False, "0121483X", "occitanie", "esidoc", False, "fr",
            "The proviseur authorises in writing an order prepared by the librarian (amount and basket given); a head's authorisation of an order."),
))

add(dict(
    frm=("Direction EREA Jean Prévost", "direction.erea-prevost@ac-grenoble.fr"),
    subject="Modification de l'adresse de contact - portail documentaire",
    date="2024-10-03 14:10:55 +0200", style="outlook", fmt="html",
    text="""Madame, Monsieur,

Directrice de l'EREA Jean Prévost de Villard-Bonnot (UAI 0383215N), je vous demande de modifier l'adresse de contact du compte administrateur de notre portail e-sidoc.

L'adresse actuellement enregistrée est celle de notre ancienne documentaliste, qui a quitté l'établissement. Merci de la remplacer par l'adresse de notre établissement : ce.0383215N@ac-grenoble.fr.

Je reste à votre disposition pour tout complément.

Véronique Sibille
Directrice de l'EREA Jean Prévost
""",
    label=L("head_of_establishment_request", False, "0383215N", "auvergne-rhone-alpes", "esidoc", False, "fr",
            "HTML-only Outlook letter: the EREA director asks to replace the admin account's contact address by the establishment's official one."),
))

add(dict(
    frm=("Isabelle Mangin", "isabelle.mangin@ac-reims.fr"),
    subject="Re: [#SUP-004244] Changement d'administrateur de structure",
    date="2024-10-03 11:01:34 +0200", style="zimbra", fmt="alt",
    in_reply_to="<SUP-004244.1727696700.d2c05b@assistance.example.fr>",
    text="""Bonjour,

Comme vous me l'avez demandé, je vous confirme par écrit, en tant que principale du collège Paul Portier de Bar-sur-Seine (0102167B), que Mme Justine Collot, adjointe gestionnaire, devient administratrice de notre structure sur l'Espace Acheteur, à la place de M. Guérin, muté.

Bien cordialement,

Isabelle Mangin
Principale

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Justine Collot" <justine.collot@ac-reims.fr>
Envoyé: Lundi 30 Septembre 2024 13:45:00
Objet: [#SUP-004244] Changement d'administrateur de structure

Bonjour,

Le changement d'administrateur de structure doit être demandé par écrit par le chef d'établissement. Pourriez-vous lui demander de nous écrire, en rappelant le code UAI ?

Cordialement,
L'équipe d'assistance
""",
    label=L("head_of_establishment_request", False, "0102167B", "grand-est", "espace_acheteur", False, "fr",
            "Reply (Zimbra 'Mail original' quote) in which the principal gives the written confirmation the desk had asked her gestionnaire for."),
))

add(dict(
    frm=("Proviseur Lycée Baudelaire", "ce.0596138B@ac-lille.fr"),
    reply_to="proviseur.baudelaire.roubaix@gmail.example.fr",
    subject="URGENT - changement adresse administrateur",
    date="2024-10-03 07:31:49 +0200", style="none", fmt="plain", cte="8bit", auth="fail",
    relay="vps-41187.hebergement-low-cost.example.fr",
    text="""Bonjour,

Je suis le proviseur du lycée Charles Baudelaire. Suite à un problème de messagerie académique, je vous demande de transférer IMMÉDIATEMENT le compte administrateur de l'Espace Acheteur de l'établissement sur mon adresse personnelle : proviseur.baudelaire.roubaix@gmail.example.fr

Merci d'envoyer le nouveau mot de passe directement à cette adresse et de ne pas contacter l'établissement, le standard est en travaux.

Le proviseur
""",
    label=L("head_of_establishment_request", False, "0596138B", "hauts-de-france", "espace_acheteur", True, "fr",
            "Claims to be the proviseur from the ce.<UAI> address, but SPF and DMARC fail, Reply-To is a free-mail address and it asks to move the admin account there without contacting the school: a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it."),
))

add(dict(
    frm=("Dr Eleanor Marsh", "eleanor.marsh@ac-paris.fr"),
    subject="New library portal administrator",
    date="2024-10-03 13:18:27 +0200", style="outlook_en", fmt="alt",
    text="""Dear Sir or Madam,

As head of the international section and acting head of school of the Lycée international Honoré de Balzac annex (UAI 0753084V) while the proviseure is on leave, I would like to appoint Mr Samuel Okafor, our new librarian, as administrator of our e-sidoc portal.

Please transfer the administrator account to his address, samuel.okafor@ac-paris.fr, and remove access for Ms Dufresne, who left in July.

Yours faithfully,

Dr Eleanor Marsh
Acting Head of School
""",
    label=L("head_of_establishment_request", False, "0753084V", "ile-de-france", "esidoc", False, "en",
            "English; the acting head of school appoints the new librarian as portal administrator and asks to remove the former one's access."),
))

add(dict(
    frm=("Bernard Castex", "bernard.castex@ac-toulouse.fr"),
    subject="RE: [#SUP-004158] Abonnement Europresse - Greta Midi-Pyrénées Centre",
    date="2024-10-03 16:37:21 +0200", style="outlook", fmt="alt",
    in_reply_to="<SUP-004158.1726566000.71be0d@assistance.example.fr>",
    text="""Bonjour,

Je reprends ce fil, même s'il portait sur autre chose, car c'est le seul échange que j'ai avec vous.

En tant que proviseur du lycée Déodat de Séverac, établissement support du Greta Midi-Pyrénées Centre (0311742A), j'autorise Mme Nadia Belkacem, conseillère en formation continue, à passer et valider les commandes du Greta sur l'Espace Acheteur, dans la limite de 5 000 € HT par commande.

Merci d'ouvrir les droits correspondants sur son compte.

Bernard Castex
Proviseur

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 17 septembre 2024 11:40
À : Bernard Castex <bernard.castex@ac-toulouse.fr>
Objet : [#SUP-004158] Abonnement Europresse - Greta Midi-Pyrénées Centre

Bonjour,

L'abonnement Europresse du Greta est actif depuis ce matin. Pensez à publier la ressource sur le portail pour la rendre visible aux stagiaires.

Cordialement,
L'équipe d'assistance
""",
    label=L("head_of_establishment_request", False, "0311742A", "occitanie", "espace_acheteur", True, "fr",
            "Written inside an old, settled subscription thread (quoted): the proviseur of the Greta's support establishment delegates order validation to a Greta adviser, with a ceiling. New request, not the thread's topic."),
))

add(dict(
    frm=("Principale - Collège Jean Giono", "ce.0062391S@ac-nice.fr"),
    subject="Désignation de la nouvelle administratrice e-sidoc",
    date="2024-10-03 10:14:08 +0200", style="zimbra", fmt="alt",
    text="""Madame, Monsieur,

Principale du collège Jean Giono (UAI 0062391T), je vous informe que Mme Laure Bensimon, professeure documentaliste, remplace Mme Ruiz à compter de ce jour.

Je vous demande de lui attribuer le compte administrateur de notre portail e-sidoc et d'en retirer l'accès à Mme Ruiz.

Cordialement,

Marie-Hélène Orsini
Principale
""",
    label=L("head_of_establishment_request", False, "0062391S", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
            "The body gives 0062391T (wrong check letter: the digits give 0062391S); the ce.0062391S@ac-nice.fr sender carries the valid UAI, which is the label."),
))

add(dict(
    frm=("Marc Lefebvre-Dumas", "marc.lefebvre-dumas@ac-creteil.fr"),
    subject="Deux demandes - collège Elsa Triolet, Thiais (0941275A)",
    date="2024-10-03 15:24:44 +0200", style="thunderbird",
    text="""Madame, Monsieur,

Principal du collège Elsa Triolet, je vous adresse deux demandes :

1. Merci de réinitialiser le mot de passe du compte administrateur de notre portail e-sidoc et d'envoyer le lien sur l'adresse officielle du collège ; notre documentaliste n'a jamais reçu les identifiants de son prédécesseur.

2. J'autorise par ailleurs la commande du renouvellement de l'abonnement (devis D-2024-4410 du 24 septembre), que notre gestionnaire va valider cette semaine.

Avec mes remerciements,

Marc Lefebvre-Dumas
Principal
""",
    label=L("head_of_establishment_request", False, "0941275A", "ile-de-france", "esidoc", False, "fr",
            "The principal writes two requests, both head-of-establishment ones: an admin password reset and the authorisation of a renewal order."),
))

add(dict(
    frm=("Nadia Ferhat", "nadia.ferhat95@orange.example.fr"),
    subject="Accès BCD de l'école",
    date="2024-10-02 20:16:35 +0200", style="gmail", fmt="alt",
    text="""Bonsoir,

Je suis la directrice de l'école élémentaire Les Tilleuls à Sarcelles (UAI 0951604C). L'enseignante qui gérait notre portail BCD a été mutée dans une autre circonscription et a toujours l'accès administrateur.

Je vous demande de lui retirer cet accès et de transférer l'administration à l'adresse de l'école, que je vous communiquerai demain depuis le bureau. Je vous écris de chez moi, désolée.

Nadia Ferhat
Directrice
""",
    label=L("head_of_establishment_request", False, "0951604C", "ile-de-france", "esidoc", False, "fr",
            "A primary-school head asks to remove a departed teacher's admin access, written from a personal address: weak evidence, staff must verify."),
))

add(dict(
    frm=("Sébastien Giraud", "sebastien.giraud@ac-poitiers.fr"),
    cc="Principal <ce.0861329C@ac-poitiers.fr>",
    subject="Courrier du principal - administrateur Espace Acheteur",
    date="2024-10-03 12:02:57 +0200", style="outlook", fmt="alt",
    attach=[("Courrier_principal_administrateur.pdf", "application/pdf", pdf("Courrier principal"))],
    text="""Bonjour,

Vous trouverez ci-joint le courrier signé de M. le Principal du collège Camille Claudel de Châtellerault (0861329C), qui me désigne comme administrateur de la structure sur l'Espace Acheteur à la place de Mme Pineau, partie à la retraite.

M. le Principal est en copie de ce message.

Cordialement,

Sébastien Giraud
Adjoint gestionnaire
""",
    label=L("head_of_establishment_request", False, "0861329C", "nouvelle-aquitaine", "espace_acheteur", True, "fr",
            "The gestionnaire relays the principal's signed letter (PDF) with the head in copy: the head's written request, relayed; staff must check the letter and the sender."),
))

add(dict(
    frm=("Direction - Lycée professionnel maritime d'Étel", "direction@lycee-maritime-etel.example.fr"),
    subject="Changement d'administrateur de structure",
    date="2024-10-03 09:29:12 +0200", style="outlook", fmt="alt", cte="quoted-printable",
    text="""Madame, Monsieur,

Directeur du lycée professionnel maritime d'Étel (UAI 0562147E), je vous demande de désigner M. Ronan Kervella, nouvel agent comptable, comme administrateur de notre structure sur l'Espace Acheteur.

L'administratrice actuelle, Mme Le Floch, a quitté ses fonctions ; merci de désactiver son compte.

Recevez, Madame, Monsieur, mes salutations distinguées.

Loïc Jégo
Directeur du lycée professionnel maritime
""",
    label=L("head_of_establishment_request", False, "0562147E", "bretagne", "espace_acheteur", False, "fr",
            "The director of a maritime lycée names a new structure administrator and asks to deactivate the former one. Non-academic sender, region from the UAI."),
))

add(dict(
    frm=("Philippe Audibert", "philippe.audibert@ac-nice.fr"),
    subject="Second administrateur e-sidoc - SEGPA",
    date="2024-10-03 17:51:16 +0200", style="thunderbird",
    text="""Madame, Monsieur,

Principal du collège Pierre de Coubertin au Luc (UAI 0830528Y), je souhaite que M. Kévin Roussel, professeur des écoles en SEGPA, qui anime le coin lecture de la section, devienne administrateur du portail e-sidoc aux côtés de notre professeure documentaliste, Mme Abadie.

Je vous remercie de bien vouloir lui créer cet accès (kevin.roussel@ac-nice.fr).

Philippe Audibert
Principal
""",
    label=L("head_of_establishment_request", False, "0830528Y", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
            "The principal asks in writing that a SEGPA teacher become a second portal administrator: a head's request, not account_creation."),
))

# ==========================================================================
# order_billing
# ==========================================================================

add(dict(
    frm=("Mairie de Villers-sous-Chalamont", "mairie@villers-sous-chalamont.example.fr"),
    subject="Bon de commande signé par M. le Maire",
    date="2024-10-03 10:51:30 +0200", style="outlook", fmt="alt",
    attach=[("BC_2024-041_signe.pdf", "application/pdf", pdf("BC 2024-041"))],
    text="""Bonjour,

Vous trouverez ci-joint le bon de commande n° 2024-041 pour le mobilier de la classe maternelle, signé par M. le Maire, qui a autorisé la dépense en conseil municipal.

Faut-il aussi le déposer quelque part sur l'Espace Acheteur, ou cet envoi suffit-il pour que la commande soit validée ?

Cordialement,
Annick Grandjean
Secrétaire de mairie
""",
    label=L("order_billing", False, None, None, "espace_acheteur", True, "fr",
            "A town's signed purchase order: the mayor authorised it, but a mayor is not a head of establishment, so this is order validation (order_billing), not head_of_establishment_request."),
))

add(dict(
    frm=("Cédric Pasquier", "cedric.pasquier@ac-orleans-tours.fr"),
    subject="Facturation au nom du Greta et non du lycée",
    date="2024-10-03 11:36:47 +0200", style="thunderbird",
    text="""Bonjour,

Les deux dernières factures des commandes du Greta Cher ont été établies au nom du lycée Jacques Cœur (0181093R), notre établissement support, avec le code service du lycée dans Chorus Pro. Le lycée les a rejetées, puisque c'est le budget annexe du Greta qui paie.

Pouvez-vous les rééditer au nom du Greta Cher, avec le code service GRETA18 ? Et corriger la fiche pour les prochaines commandes passées sur l'Espace Acheteur ?

Merci,
Cédric Pasquier
Agent comptable adjoint – Greta Cher
""",
    label=L("order_billing", False, "0181093R", "centre-val-de-loire", "espace_acheteur", False, "fr",
            "Greta: invoices issued to the support lycée instead of the Greta (Chorus service code); asks for reissue and a fix of the billing record."),
))

add(dict(
    frm=("Aurélien Dupouy", "aurelien.dupouy@ac-bordeaux.fr"),
    subject="Panier perdu après « Votre session a expiré »",
    date="2024-10-03 14:48:03 +0200", style="zimbra", fmt="alt",
    text="""Bonjour,

J'étais en train de valider la commande de nos abonnements (panier d'une dizaine de titres préparé depuis la semaine dernière) quand j'ai eu le message :

« Votre session a expiré. Veuillez vous reconnecter. »

Je me suis reconnecté sans problème, le mot de passe marche. Mais le panier est vide, et dans « Mes commandes » il n'y a rien. La commande est-elle partie ou pas ? Je ne voudrais pas commander deux fois.

Aurélien Dupouy
Documentaliste – Lycée Victor Duruy, Mont-de-Marsan (0401246M)
""",
    label=L("order_billing", False, "0401246M", "nouvelle-aquitaine", "esidoc", True, "fr",
            "Pasted 'Votre session a expiré' while validating an order; the login works ('le mot de passe marche'): the question is whether the basket/order went through, so order_billing, not password_reset."),
))

add(dict(
    frm=("Séverine Jacquemin", "severine.jacquemin@educagri.example.fr"),
    subject="Demande de devis - abonnement e-sidoc 3 ans",
    date="2024-10-03 09:06:51 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

Pour préparer le budget 2025 de l'EPLEFPA de Montmorot, pourriez-vous nous adresser un devis pour le renouvellement de notre abonnement au portail e-sidoc sur trois ans (2025-2027), avec le détail annuel ?

Notre agent comptable a besoin d'un devis à ce nom :
Lycée agricole Edgar Faure – 0391522T – 614 avenue Edgar Faure, 39570 Montmorot.

Merci par avance,

Séverine Jacquemin
Professeure documentaliste
""",
    label=L("order_billing", False, "0391522T", "bourgogne-franche-comte", "esidoc", False, "fr",
            "Lycée agricole asks for a formal three-year quote (devis) for the budget."),
))

add(dict(
    frm=("Valérie Guigou", "valerie.guigou@ac-aix-marseille.fr"),
    subject="Commande renouvellement - bon d'engagement ?",
    date="2024-10-03 13:12:40 +0200", style="zimbra", fmt="alt",
    text="""Bonjour,

Je viens de passer la commande de renouvellement pour le collège Henri Wallon (0132684X). À la fin, le site me propose de déposer un bon d'engagement, mais ce n'est pas obligatoire.

Est-ce que la commande sera bien validée sans ? Notre comptable préfère en faire un, je peux vous l'envoyer si besoin.

Valérie Guigou
Gestionnaire
""",
    label=L("order_billing", False, "0132684X", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
            "Asks whether an order is validated without a bon d'engagement; first of two mails in a row."),
), dict(
    frm=("Valérie Guigou", "valerie.guigou@ac-aix-marseille.fr"),
    subject="Re: Commande renouvellement - bon d'engagement ?",
    date="2024-10-03 13:46:22 +0200", style="zimbra", fmt="alt", reply_prev=True,
    attach=[("BE_2024_0387_Wallon.pdf", "application/pdf", pdf("BE 2024 0387"))],
    text="""Finalement le voici, signé par l'ordonnateur. Pouvez-vous le rattacher à la commande d'aujourd'hui ?

Merci
V. Guigou

----- Mail original -----
De: "Valérie Guigou" <valerie.guigou@ac-aix-marseille.fr>
À: support@assistance.example.fr
Envoyé: Jeudi 3 Octobre 2024 13:12:40
Objet: Commande renouvellement - bon d'engagement ?

Bonjour,

Je viens de passer la commande de renouvellement pour le collège Henri Wallon (0132684X). À la fin, le site me propose de déposer un bon d'engagement, mais ce n'est pas obligatoire.

Est-ce que la commande sera bien validée sans ? Notre comptable préfère en faire un, je peux vous l'envoyer si besoin.

Valérie Guigou
Gestionnaire
""",
    label=L("order_billing", False, "0132684X", "provence-alpes-cote-d-azur", "esidoc", False, "fr",
            "Second of two mails in a row: sends the signed bon d'engagement (PDF) to attach to today's order; the UAI is only in the quoted first mail."),
))

add(dict(
    frm=("Fabienne Roustan", "fabienne.roustan@ac-montpellier.fr"),
    subject="RE: [#SUP-004117] Mot de passe e-sidoc",
    date="2024-10-03 15:35:58 +0200", style="outlook", fmt="alt",
    in_reply_to="<SUP-004117.1726042500.5f8a2e@assistance.example.fr>",
    text="""Bonjour,

Je réponds sur ce vieux message, c'est le seul que j'ai de vous. Le mot de passe, c'est réglé depuis longtemps, merci.

Ma question du jour : la commande du renouvellement a été validée le 2 septembre, et la facture n'est toujours pas dans Chorus Pro. Notre agent comptable me la réclame pour clôturer l'exercice de la régie. Pouvez-vous la déposer ou me l'envoyer ?

Fabienne Roustan
Documentaliste – Collège Jean Moulin, Alès (0301587M)

De : Assistance <support@assistance.example.fr>
Envoyé : mercredi 11 septembre 2024 10:15
À : Fabienne Roustan <fabienne.roustan@ac-montpellier.fr>
Objet : [#SUP-004117] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation a été envoyé à l'adresse connue pour votre établissement. Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
""",
    label=L("order_billing", False, "0301587M", "occitanie", "esidoc", True, "fr",
            "Reply in an old password thread (quoted reset answer; the password is 'réglé'): the new question is an invoice missing from Chorus Pro. order_billing, not password_reset."),
))

add(dict(
    frm=("Gestion - Collège Louis Pergaud", "gestion.pergaud@ac-nancy-metz.fr"),
    subject="Montant facture différent du devis",
    date="2024-10-03 10:09:26 +0200", style="outlook", fmt="html", charset="windows-1252",
    text="""Bonjour,

Nous avons reçu la facture F-2024-3318 d'un montant de 1 284,00 € TTC, alors que le devis signé (D-2024-2957) était de 1 164,00 € TTC. La différence correspond à une ligne « frais de mise en service » qui ne figurait pas sur le devis.

Pouvez-vous nous adresser une facture rectifiée ? Nous ne pouvons pas mettre en paiement un montant supérieur à l'engagement.

Cordialement,

Service gestion
Collège Louis Pergaud – Épinal
UAI 0881214S
""",
    label=L("order_billing", False, "0881214S", "grand-est", "esidoc", False, "fr",
            "HTML-only Outlook mail in windows-1252 (euro sign): the invoice amount differs from the signed quote."),
))

add(dict(
    frm=("Accounts Department", "accounts@bilingual-school-sophia.example.fr"),
    subject="Invoice copy and addressee",
    date="2024-10-03 16:05:17 +0200", style="outlook_en", fmt="alt",
    text="""Dear Sir or Madam,

We have been asked by our auditors for a copy of invoice INV-24-1902 (library portal subscription, paid in July). Could you please send us a PDF copy?

Also, for future invoices, please address them to "Accounts Department – Bilingual School of Sophia Antipolis" rather than to the librarian by name.

Kind regards,
Priya Raman
Accounts Department
""",
    label=L("order_billing", False, None, None, "esidoc", False, "en",
            "English; a private school's accounts department asks for an invoice copy and a new invoice addressee. No UAI, no académie domain."),
))

add(dict(
    frm=("Romain Chabanel", "romain.chabanel@ac-grenoble.fr"),
    subject="Erreur 403 au moment de valider la commande",
    date="2024-10-03 11:19:05 +0200", style="thunderbird",
    text="""Bonjour,

Sur l'Espace Acheteur, quand je clique sur « Valider la commande » pour le marché de papier de reprographie, j'obtiens :

403 Forbidden
Requête refusée par le serveur.

Je peux pourtant créer le panier et le modifier, et hier encore j'ai validé une autre commande avec le même compte : ce n'est donc pas une question de droits. La commande doit partir cette semaine, le collège n'a plus de papier.

Romain Chabanel
Adjoint gestionnaire – Collège Marcel Pagnol, Pierrelatte (0262178B)
""",
    label=L("order_billing", False, "0262178B", "auvergne-rhone-alpes", "espace_acheteur", True, "fr",
            "Pasted '403 Forbidden' on order validation; the writer rules out a rights problem (validated another order yesterday): an order-validation incident, not account_creation rights, password_reset or contract_documents."),
))

add(dict(
    frm=("Anne-Sophie Le Roux", "anne-sophie.le-roux@ac-normandie.fr"),
    subject="Devis extension Europresse",
    date="2024-10-03 15:52:39 +0200", style="thunderbird",
    text="""Bonjour,

Je précise d'emblée que je n'ai aucun problème de mot de passe ni d'accès : tout fonctionne bien sur notre portail.

Je voudrais simplement un devis pour étendre notre abonnement Europresse aux élèves de BTS (environ 60 comptes de plus), afin que la gestionnaire prépare le bon d'engagement avant la fin du mois.

Merci,
Anne-Sophie Le Roux
Lycée Allende, Hérouville-Saint-Clair (0140568S)
""",
    label=L("order_billing", False, "0140568S", "normandie", "esidoc", True, "fr",
            "Negation: 'aucun problème de mot de passe ni d'accès'; asks for a quote (devis) to extend a subscription."),
))

# ==========================================================================
# account_creation
# ==========================================================================

add(dict(
    frm=("Coralie Bénard", "secretariat@mairie-les-essarts-le-roi.example.fr"),
    subject="Création d'un compte pour la commune",
    date="2024-10-03 09:40:33 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

Je viens de prendre le poste de secrétaire de mairie. Notre commune (1 100 habitants) n'a jamais utilisé l'Espace Acheteur, mais le maire voudrait passer par vos marchés pour les fournitures de l'école et l'entretien des bâtiments.

Comment fait-on pour créer un compte ?

Merci,
Coralie Bénard
Mairie des Essarts-le-Roi
""",
    label=L("account_creation", True, None, None, "espace_acheteur", False, "fr",
            "A small town's new secretary asks how to create an Espace Acheteur account: the sign-up answer fits."),
))

add(dict(
    frm=("Karine Lhomme", "karine.lhomme@ac-creteil.fr"),
    subject="Compte en attente de validation depuis 10 jours",
    date="2024-10-03 14:54:21 +0200", style="zimbra", fmt="alt",
    text="""Bonjour,

Je me suis inscrite sur l'Espace Acheteur le 23 septembre. Mon compte est toujours « en attente de validation par l'administrateur de la structure ». Le problème, c'est que personne au lycée ne sait qui est cet administrateur : ni le proviseur, ni l'ancienne gestionnaire.

Pouvez-vous me dire qui c'est, ou valider mon compte ?

Karine Lhomme
Gestionnaire – Lycée Uruguay France, Avon (0771294N)
""",
    label=L("account_creation", False, "0771294N", "ile-de-france", "espace_acheteur", False, "fr",
            "Account waiting for validation for ten days and nobody knows the structure administrator: a look-up, so a person answers."),
))

add(dict(
    frm=("Stéphanie Abadie", "stephanie.abadie@ac-toulouse.fr"),
    subject="Compte Espace Acheteur propre au Greta ?",
    date="2024-10-03 11:44:10 +0200", style="thunderbird",
    text="""Bonjour,

Le Greta des Hautes-Pyrénées passe aujourd'hui ses commandes avec le compte du lycée Théophile Gautier (0650812E), notre établissement support. Cela crée de la confusion dans les factures et les budgets.

Est-il possible d'ouvrir un compte distinct pour le Greta, qui n'a pas d'UAI propre ? Si oui, quelles pièces faut-il fournir ?

Stéphanie Abadie
Conseillère en formation continue – Greta des Hautes-Pyrénées
""",
    label=L("account_creation", False, "0650812E", "occitanie", "espace_acheteur", False, "fr",
            "A Greta without its own UAI asks for a separate buyer account from its support lycée: eligibility, a person answers."),
))

add(dict(
    frm=("Chloé Marteau", "chloe.marteau@ac-orleans-tours.fr"),
    subject="Pas un oubli de mot de passe !",
    date="2024-10-03 10:31:16 +0200", style="gmail", fmt="alt",
    text="""Bonjour,

On m'a renvoyée vers la page « mot de passe oublié », mais je n'ai pas oublié mon mot de passe : je n'en ai jamais eu. Je n'ai pas de compte du tout sur l'Espace Acheteur.

Je suis la nouvelle gestionnaire du collège Les Capucins à Châteauroux (0360421M) et je voudrais simplement créer mon compte. Par où dois-je passer ?

Merci,
Chloé Marteau
""",
    label=L("account_creation", True, "0360421M", "centre-val-de-loire", "espace_acheteur", True, "fr",
            "Negation: 'je n'ai pas oublié mon mot de passe : je n'en ai jamais eu'; she has no account and wants to create one. account_creation, not password_reset."),
))

add(dict(
    frm=("Pierre-Yves Lebas", "py.lebas@educagri.example.fr"),
    subject="UAI introuvable à l'ouverture du compte client",
    date="2024-10-03 13:57:48 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

Je veux ouvrir le compte client de notre lycée agricole pour commander en ligne un abonnement e-sidoc. Quand je saisis notre code UAI (0501638J) dans le formulaire, j'ai « Établissement non trouvé ». J'ai vérifié le code, c'est bien le nôtre.

Est-ce parce que nous dépendons du ministère de l'Agriculture ? Comment faire ?

Pierre-Yves Lebas
Secrétaire général
Lycée agricole de Coutances
""",
    label=L("account_creation", False, "0501638J", "normandie", "esidoc", False, "fr",
            "The lycée agricole's UAI is not found when opening the customer account: such cases go to the sales team, a person answers."),
))

add(dict(
    frm=("Manon Girerd", "manon.girerd@ac-lyon.fr"),
    subject="Droits de commande sur l'Espace Acheteur",
    date="2024-10-03 16:27:08 +0200", style="thunderbird",
    text="""Bonjour,

J'ai bien un compte sur l'Espace Acheteur et je peux me connecter sans problème. Par contre, je ne peux que consulter : le bouton « Commander » n'apparaît pas.

Je suis la documentaliste du collège Lumière à Oyonnax (0010823P), et c'est moi qui passe les commandes de livres. Pouvez-vous m'ouvrir les droits de commande ?

Manon Girerd
""",
    label=L("account_creation", False, "0010823P", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
            "Account works; asks for order rights to be opened: a person (or the structure administrator) must act."),
))

add(dict(
    frm=("Thierry Rousselot", "thierry.rousselot@ac-nantes.fr"),
    subject="Inscription faite, impossible de me connecter",
    date="2024-10-03 08:21:39 +0200", style="zimbra", fmt="alt",
    text="""Bonjour,

J'ai rempli hier le formulaire d'inscription à l'Espace Acheteur pour l'EREA Les Oliviers de Saint-Nazaire (0441295U). Ce matin, quand j'essaie de me connecter, j'ai « Compte en attente de validation ».

Est-ce normal, et combien de temps faut-il attendre ?

Thierry Rousselot
Adjoint gestionnaire
""",
    label=L("account_creation", True, "0441295U", "pays-de-la-loire", "espace_acheteur", False, "fr",
            "EREA: sign-up done yesterday, account waiting for the structure administrator's validation (FAQ case)."),
))

add(dict(
    frm=("Émilie Vuillemin", "emilie.vuillemin@ac-besancon.fr"),
    subject="Ouverture d'un compte client",
    date="2024-10-03 12:44:52 +0200", style="outlook", fmt="html",
    text="""Bonjour,

Je suis la nouvelle gestionnaire du collège Lucie Aubrac à Pontarlier (0250836Y). Avant de passer notre première commande en ligne pour le portail du CDI, je voudrais ouvrir le compte client de l'établissement.

Pouvez-vous m'indiquer la marche à suivre ?

Bien cordialement,

Émilie Vuillemin
Gestionnaire
""",
    label=L("account_creation", True, "0250836Y", "bourgogne-franche-comte", "esidoc", False, "fr",
            "HTML-only Outlook mail: a new gestionnaire wants to open the customer account before a first order."),
))

add(dict(
    frm=("Laure Damiens", "laure.damiens@ac-amiens.fr"),
    subject="Compte pour la SEGPA",
    date="2024-10-03 17:12:44 +0200", style="zimbra", fmt="alt",
    text="""Bonjour,

Je suis professeure des écoles spécialisée, coordinatrice de la SEGPA du collège Jules Michelet à Creil (0600836H). La SEGPA a un petit budget pour des albums et des jeux, et la gestionnaire me propose de commander moi-même.

Est-ce que je peux avoir mon propre compte sur l'Espace Acheteur rattaché au collège, ou faut-il une structure à part pour la SEGPA ?

Merci,
Laure Damiens
""",
    label=L("account_creation", False, "0600836H", "hauts-de-france", "espace_acheteur", False, "fr",
            "SEGPA coordinator asks whether she can have her own account under the collège or needs a separate structure: a person answers."),
))

# ==========================================================================
# subscription_activation
# ==========================================================================

add(dict(
    frm=("Claire Py", "claire.py@ac-montpellier.fr"),
    subject="Europresse pas encore visible",
    date="2024-10-03 08:09:57 +0200", style="thunderbird",
    text="""Bonjour,

Notre gestionnaire a validé hier matin la commande de l'abonnement Europresse pour le lycée Jean Monnet (0342719W). Je ne vois toujours pas la ressource dans le back office du portail.

Est-ce qu'il y a un délai, ou une manipulation à faire de mon côté ?

Claire Py
Professeure documentaliste
""",
    label=L("subscription_activation", True, "0342719W", "occitanie", "esidoc", False, "fr",
            "Europresse ordered yesterday, not visible yet: within the 72-hour window. First of two mails in a row."),
), dict(
    frm=("Claire Py", "claire.py@ac-montpellier.fr"),
    subject="Re: Europresse pas encore visible",
    date="2024-10-03 08:31:14 +0200", style="thunderbird", reply_prev=True,
    text="""Complément : en cherchant dans le catalogue des ressources, je trouve bien Europresse, mais en cliquant dessus j'ai

Erreur 403 – Accès refusé
Vous n'êtes pas autorisé à accéder à cette ressource.

Je suppose que c'est lié ?

C. Py

Le 03/10/2024 à 08:09, Claire Py a écrit :
> Bonjour,
>
> Notre gestionnaire a validé hier matin la commande de l'abonnement
> Europresse pour le lycée Jean Monnet (0342719W). Je ne vois toujours pas
> la ressource dans le back office du portail.
>
> Est-ce qu'il y a un délai, ou une manipulation à faire de mon côté ?
>
> Claire Py
> Professeure documentaliste
""",
    label=L("subscription_activation", True, "0342719W", "occitanie", "esidoc", True, "fr",
            "Second of two mails in a row: pastes 'Erreur 403 – Accès refusé' on the newly ordered resource; still the subscription not yet active (ordered yesterday), not a password or contract-document problem."),
))

add(dict(
    frm=("Gilles Peyrat", "gilles.peyrat@ac-limoges.fr"),
    subject="Abonnement Universalis commandé le 21 septembre, toujours inactif",
    date="2024-10-03 10:46:02 +0200", style="zimbra", fmt="alt",
    text="""Bonjour,

Nous avons commandé et payé l'abonnement Universalis le 21 septembre (commande validée le jour même). Douze jours plus tard, il n'apparaît toujours pas dans « Mes abonnements » et les élèves ne peuvent pas s'en servir.

J'ai lu que l'activation se faisait en 72 heures : là, on est largement au-delà. Pouvez-vous regarder ce qui bloque ?

Gilles Peyrat
Documentaliste – Collège Léonard Limosin, Limoges (0870436B)
""",
    label=L("subscription_activation", False, "0870436B", "nouvelle-aquitaine", "esidoc", False, "fr",
            "Ordered twelve days ago, still not active: past the 72-hour rule, a person must look at the order."),
))

add(dict(
    frm=("Katell Moreau", "cdi@lycee-maritime-nantes.example.fr"),
    subject="Rendre Cafeyn visible pour les élèves",
    date="2024-10-03 13:49:31 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

L'abonnement Cafeyn du lycée professionnel maritime est bien actif : je le vois dans le back office, avec la date de fin en août 2025. Mais les élèves ne le trouvent pas sur le portail e-sidoc.

Comment le publier pour qu'il apparaisse sur la page d'accueil ?

Katell Moreau
CDI – Lycée professionnel maritime de Nantes
UAI 0440829M
""",
    label=L("subscription_activation", True, "0440829M", "pays-de-la-loire", "esidoc", False, "fr",
            "Maritime lycée: the subscription is active but not published for pupils; asks how to publish the resource."),
))

add(dict(
    frm=("Hugo Lefrançois", "hugo.lefrancois@ac-normandie.fr"),
    subject="Ressource absente (ce n'est pas un problème de connexion)",
    date="2024-10-03 11:58:45 +0200", style="thunderbird",
    text="""Bonjour,

Mon mot de passe fonctionne très bien et je me connecte sans souci au back office, ce n'est donc pas un problème d'accès.

Ce qui manque, c'est l'abonnement « Le Monde des ados » commandé mardi : il n'apparaît nulle part, ni dans la liste des ressources, ni dans « Mes abonnements ».

Hugo Lefrançois
Professeur documentaliste
Collège Pierre Corneille, Évreux – 0271348U
""",
    label=L("subscription_activation", True, "0271348U", "normandie", "esidoc", True, "fr",
            "Negation: the password works and access is fine; a subscription ordered two days ago is not visible yet (within 72 hours)."),
))

add(dict(
    frm=("Jean-Baptiste Mottet", "jean-baptiste.mottet@ac-grenoble.fr"),
    subject="Disponibilité de l'abonnement presse",
    date="2024-10-03 12:33:09 +0200", style="outlook", fmt="alt",
    text="""Madame, Monsieur,

Principal du collège Les Aravis à Thônes (0742163Z), j'ai signé hier le bon de commande de l'abonnement presse en ligne pour le CDI, et la gestionnaire a validé la commande dans la foulée. Les enseignants de lettres voudraient l'utiliser dès la semaine prochaine.

Pourriez-vous me dire quand il sera accessible aux élèves ?

Cordialement,

Jean-Baptiste Mottet
Principal
""",
    label=L("subscription_activation", True, "0742163Z", "auvergne-rhone-alpes", "esidoc", True, "fr",
            "Written by the principal, but he only asks when the subscription ordered yesterday will be available (within 72 hours): not a head-of-establishment request."),
))

add(dict(
    frm=("Solenn Guégan", "solenn.guegan@ac-rennes.fr"),
    subject="Abonnement Cafeyn commandé mardi toujours pas actif - 0351672C",
    date="2024-10-03 07:52:20 +0200", style="gmail", fmt="alt",
    text="""Solenn Guégan
Professeure documentaliste
Collège Les Gayeulles – Rennes
""",
    label=L("subscription_activation", True, "0351672C", "bretagne", "esidoc", True, "fr",
            "Body is only a signature: the question and the UAI are in the subject. Ordered Tuesday, written Thursday morning: within the 72-hour window."),
))

add(dict(
    frm=("Vanessa Ciccolini", "vanessa.ciccolini@ac-nice.fr"),
    subject="Abonnement Universalis non visible",
    date="2024-10-03 14:41:37 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

La commande de notre abonnement Universalis a été validée hier après-midi, mais je ne le vois pas encore dans le back office du portail e-sidoc du collège Simone Veil de Cannes (0061528D).

Merci de me dire si c'est normal.

Vanessa Ciccolini
Professeure documentaliste

--
Ce message a été analysé par Mailinblack. Votre messagerie est protégée.
""",
    label=L("subscription_activation", True, "0061528D", "provence-alpes-cote-d-azur", "esidoc", True, "fr",
            "Mailinblack appears only in a footer added by the school's filter; the question is a subscription ordered yesterday, not visible yet."),
))

add(dict(
    frm=("Maryse Bellance", "maryse.bellance@ac-guadeloupe.fr"),
    subject="Renouvellement affiché expiré",
    date="2024-10-03 09:18:04 -0400", style="thunderbird",
    text="""Bonjour,

Nous avons renouvelé hier l'abonnement Europresse du lycée Baimbridge (9711406B), commande validée par l'intendance à 14 h (heure de Guadeloupe). Ce matin, « Mes abonnements » l'affiche toujours comme expiré au 30 septembre.

Faut-il attendre, ou y a-t-il un souci ?

Maryse Bellance
Documentaliste
""",
    label=L("subscription_activation", True, "9711406B", "guadeloupe", "esidoc", False, "fr",
            "Renewed subscription still shown as expired, order from yesterday; Guadeloupe time zone."),
))

# ==========================================================================
# transfer_incident
# ==========================================================================

add(dict(
    frm=("Vincent Dufossez", "informatique@ensemble-saint-vaast.example.fr"),
    subject="Transferts EcoleDirecte arrêtés",
    date="2024-10-03 08:14:36 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

Depuis lundi, le transfert vers EcoleDirecte ne se fait plus : les notes saisies dans Charlemagne n'apparaissent pas côté parents, et la date du dernier transfert est restée au 30 septembre.

Nous n'avons rien changé sur le serveur. Pouvez-vous regarder ?

Vincent Dufossez
Responsable informatique – Ensemble scolaire Saint-Vaast
""",
    label=L("transfer_incident", False, None, None, "ecoledirecte", False, "fr",
            "EcoleDirecte transfers stopped since Monday; first of two mails in a row. Private school's own domain, no UAI yet: no region."),
), dict(
    frm=("Vincent Dufossez", "informatique@ensemble-saint-vaast.example.fr"),
    subject="RE: Transferts EcoleDirecte arrêtés",
    date="2024-10-03 08:52:03 +0200", style="outlook", fmt="alt", reply_prev=True,
    text="""Complément : voici ce que dit le journal de transfert ce matin.

03/10/2024 08:40:12  Connexion au serveur de transfert...
03/10/2024 08:40:13  Erreur 403 : accès refusé (licence non reconnue)
03/10/2024 08:40:13  Transfert annulé

Notre UAI, au cas où : 0621387W.

V. Dufossez

De : Vincent Dufossez
Envoyé : jeudi 3 octobre 2024 08:14
À : support@assistance.example.fr
Objet : Transferts EcoleDirecte arrêtés

Bonjour,

Depuis lundi, le transfert vers EcoleDirecte ne se fait plus : les notes saisies dans Charlemagne n'apparaissent pas côté parents, et la date du dernier transfert est restée au 30 septembre.
""",
    label=L("transfer_incident", False, "0621387W", "hauts-de-france", "ecoledirecte", True, "fr",
            "Second of two mails in a row: pastes the transfer log ('Erreur 403 : accès refusé (licence non reconnue)') and gives the UAI; a licence problem behind the transfers, not a password or access-rights request."),
))

add(dict(
    frm=("Secrétariat - Collège Sainte-Marie", "secretariat@sainte-marie-lannion.example.fr"),
    subject="Mot de passe du jour",
    date="2024-10-03 07:41:58 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

Charlemagne nous demande de réindexer la base avant de pouvoir relancer les transferts vers EcoleDirecte, et l'outil de maintenance réclame le mot de passe du jour.

Pouvez-vous nous le communiquer ? Je précise que ce n'est pas notre mot de passe habituel, celui-là on l'a.

Merci,
Marie-Noëlle Prigent
Secrétariat
""",
    label=L("transfer_incident", False, None, None, "ecoledirecte", True, "fr",
            "Asks for the daily maintenance password to reindex the base before transfers: transfer_incident per the taxonomy, not password_reset (and says so)."),
))

add(dict(
    frm=("Frédéric Labarthe", "f.labarthe@saint-genes-bordeaux.example.fr"),
    subject="Licence expirée après changement de serveur",
    date="2024-10-03 09:23:44 +0200", style="thunderbird",
    text="""Bonjour,

Nous avons remplacé le serveur de l'établissement pendant les vacances d'automne... enfin, ce week-end. Depuis, Charlemagne affiche au démarrage « Licence invalide pour ce poste » et les transferts vers EcoleDirecte sont à l'arrêt.

Il faudrait donc régénérer la licence pour le nouveau serveur. Notre UAI : 0331942G.

Frédéric Labarthe
Administrateur réseau
""",
    label=L("transfer_incident", False, "0331942G", "nouvelle-aquitaine", "ecoledirecte", False, "fr",
            "Licence to regenerate after a server change; transfers stopped."),
))

add(dict(
    frm=("Nathalie Rabillé", "direction@mfr-la-roche-des-champs.example.fr"),
    subject="Absences ne remontent plus",
    date="2024-10-03 12:17:25 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

À la MFR, les absences et les retards saisis dans Charlemagne ne remontent plus sur EcoleDirecte depuis mercredi dernier. Les familles nous appellent car elles reçoivent encore les alertes d'absence de la semaine précédente.

Nous ne savons pas quoi vérifier de notre côté. Le poste qui fait les transferts est allumé en permanence.

Nathalie Rabillé
Directrice – MFR de La Roche-des-Champs (0850962J)
""",
    label=L("transfer_incident", False, "0850962J", "pays-de-la-loire", "ecoledirecte", False, "fr",
            "Absences no longer reach EcoleDirecte. Written by a director, but it reports an incident: not a head-of-establishment request."),
))

add(dict(
    frm=("Collège Saint-Joseph - Informatique", "info@college-saint-joseph-lille.example.fr"),
    subject="Identifiants incorrects dans l'outil de transfert",
    date="2024-10-03 15:14:39 +0200", style="outlook", fmt="html",
    text="""Bonjour,

L'outil de transfert Charlemagne → EcoleDirecte s'arrête depuis hier soir avec ce message :

« Identifiants incorrects : la connexion au service de transfert a été refusée. Vérifiez les paramètres de l'établissement. »

Nous n'avons touché à aucun paramètre. Les comptes des utilisateurs fonctionnent normalement, c'est seulement la connexion de l'outil de transfert qui est refusée.

UAI : 0592571Z

Cordialement,
Service informatique
""",
    label=L("transfer_incident", False, "0592571Z", "hauts-de-france", "ecoledirecte", True, "fr",
            "HTML-only: 'Identifiants incorrects' comes from the transfer tool's own connection, user accounts work: transfer_incident, not password_reset."),
))

add(dict(
    frm=("Jean-Christophe Ardisson", "jc.ardisson@lycee-saint-charles-marseille.example.fr"),
    subject="RE: [#SUP-004203] Facture licence Charlemagne 2024-2025",
    date="2024-10-03 16:49:12 +0200", style="outlook", fmt="alt",
    in_reply_to="<SUP-004203.1726822800.a40c97@assistance.example.fr>",
    text="""Bonjour,

Rien à voir avec la facture (réglée, merci), mais je reprends ce fil faute de mieux : depuis ce matin, les transferts vers EcoleDirecte échouent tous avec « Le serveur distant n'a pas répondu dans le délai imparti ». Les cahiers de textes ne sont plus visibles pour les élèves.

Pouvez-vous vérifier de votre côté ? UAI 0130819V.

J.-C. Ardisson
Lycée Saint-Charles

De : Assistance <support@assistance.example.fr>
Envoyé : vendredi 20 septembre 2024 11:00
À : Jean-Christophe Ardisson <jc.ardisson@lycee-saint-charles-marseille.example.fr>
Objet : [#SUP-004203] Facture licence Charlemagne 2024-2025

Bonjour,

Vous trouverez ci-joint la facture de la licence 2024-2025. Le règlement peut se faire par virement ou par mandat administratif.

Cordialement,
L'équipe d'assistance
""",
    label=L("transfer_incident", False, "0130819V", "provence-alpes-cote-d-azur", "ecoledirecte", True, "fr",
            "Reply inside an old invoice thread (quoted, 'réglée'): the new text is failing EcoleDirecte transfers (timeout). transfer_incident, not order_billing."),
))

add(dict(
    frm=("Anne Vuillermoz", "secretariat@institution-notre-dame-villefranche.example.fr"),
    subject="Synchronisation bloquée",
    date="2024-10-03 11:29:51 +0200", style="thunderbird",
    text="""Bonjour,

Depuis 7 h ce matin, l'écran de transfert indique « Synchronisation en cours » sans jamais avancer. J'ai fermé et relancé Charlemagne deux fois. Les parents ne voient pas les notes de la semaine sur EcoleDirecte.

Que faut-il faire ? Je n'ose pas redémarrer le serveur sans votre avis.

Anne Vuillermoz
Secrétariat de direction – Institution Notre-Dame (0692817M)
""",
    label=L("transfer_incident", False, "0692817M", "auvergne-rhone-alpes", "ecoledirecte", False, "fr",
            "Synchronisation stuck 'en cours' for hours; grades not on EcoleDirecte."),
))

add(dict(
    frm=("Iñaki Etcheverry", "informatique@lycee-agricole-saint-christophe.example.fr"),
    subject="Antivirus et Charlemagne",
    date="2024-10-03 14:03:27 +0200", style="thunderbird",
    text="""Bonjour,

Depuis la mise à jour de notre antivirus mardi, l'exécutable de transfert de Charlemagne est mis en quarantaine toutes les nuits. Résultat, plus aucun transfert vers EcoleDirecte, et je dois le restaurer à la main chaque matin.

Quels fichiers et dossiers dois-je exclure de l'analyse ? Nous sommes un lycée agricole privé, UAI 0640715E.

Iñaki Etcheverry
Informatique
""",
    label=L("transfer_incident", False, "0640715E", "nouvelle-aquitaine", "ecoledirecte", False, "fr",
            "The antivirus quarantines the transfer program every night; transfers stop. Private lycée agricole."),
))

# ==========================================================================
# contract_documents
# ==========================================================================

add(dict(
    frm=("Patricia Oger", "p.oger@mairie-bourg-achard.example.fr"),
    subject="CCTP du marché introuvable",
    date="2024-10-03 10:37:02 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

Nous voulons commander des tables et des chaises pour la cantine de l'école sur le marché « Mobilier scolaire 2024-2027 ». Le conseil municipal demande à voir le CCTP avant de voter la dépense, mais dans « Mes Marchés » je ne vois que la fiche de présentation et le bordereau de prix, pas le cahier des charges.

Où puis-je le trouver ?

Patricia Oger
Mairie de Bourg-Achard
""",
    label=L("contract_documents", False, None, None, "espace_acheteur", False, "fr",
            "Small-town buyer cannot find the CCTP of a market in 'Mes Marchés'."),
))

add(dict(
    frm=("Maxime Benoît", "maxime.benoit@ac-creteil.fr"),
    subject="Erreur 403 en ouvrant la convention",
    date="2024-10-03 15:30:19 +0200", style="gmail", fmt="alt",
    text="""Bonjour,

Quand je clique sur la convention d'adhésion dans l'onglet « Documents » de l'Espace Acheteur, j'ai une page :

403 – Forbidden
You don't have permission to access this resource.

Les autres documents du marché s'ouvrent normalement. C'est pour le lycée Eugène Delacroix de Drancy (0932456P).

Maxime Benoît
Adjoint gestionnaire
""",
    label=L("contract_documents", False, "0932456P", "ile-de-france", "espace_acheteur", False, "fr",
            "The membership convention answers '403 Forbidden' while the other market documents open."),
))

add(dict(
    frm=("Emmanuel Ritz", "emmanuel.ritz@ac-nancy-metz.fr"),
    subject="Avenant n° 2 manquant - marché 2023-044",
    date="2024-10-03 09:59:14 +0200", style="zimbra", fmt="alt",
    text="""Bonjour,

Le titulaire du marché 2023-044 (fournitures de bureau) nous a informés par courrier de la signature d'un avenant n° 2 qui modifie les prix à partir du 1er octobre. Cet avenant n'apparaît pas dans les pièces du marché sur l'Espace Acheteur : nous n'avons que l'acte d'engagement et l'avenant n° 1.

Pouvez-vous le mettre en ligne ?

Emmanuel Ritz
Gestionnaire – Lycée Henri Loritz, Nancy (0543128G)
""",
    label=L("contract_documents", False, "0543128G", "grand-est", "espace_acheteur", False, "fr",
            "Amendment no. 2 of a market is missing from the online market documents."),
))

add(dict(
    frm=("Sylvain Reynaud", "sylvain.reynaud@ac-aix-marseille.fr"),
    subject="Conventions du groupement non visibles pour le Greta",
    date="2024-10-03 13:36:55 +0200", style="thunderbird",
    text="""Bonjour,

Le Greta des Hautes-Alpes vient d'adhérer au groupement de commandes (convention signée cette semaine). Depuis le compte du Greta, je ne vois aucune des conventions ni des pièces des marchés du groupement, alors que le lycée support, le lycée Dominique Villars de Gap (0050397E), les voit.

Faut-il une manipulation pour que le Greta y ait accès ?

Sylvain Reynaud
Conseiller en formation continue
""",
    label=L("contract_documents", False, "0050397E", "provence-alpes-cote-d-azur", "espace_acheteur", False, "fr",
            "A Greta cannot see the group's conventions and market documents that its support lycée sees."),
))

add(dict(
    frm=("Hélène Dubreuil", "helene.dubreuil@ac-orleans-tours.fr"),
    subject="Pièces du marché + facture",
    date="2024-10-03 16:18:40 +0200", style="outlook", fmt="alt",
    text="""Bonjour,

Je ne trouve plus, dans « Mes Marchés », le règlement de consultation ni le CCAP du marché de nettoyage 2022-015 : la page du marché est vide depuis la mise à jour de septembre. J'en ai besoin pour une réunion avec le prestataire la semaine prochaine.

Au passage, la dernière facture de ce prestataire porte encore l'ancienne adresse du lycée ; est-ce à vous qu'il faut le signaler ?

Hélène Dubreuil
Lycée Augustin Thierry, Blois (0410327H)
""",
    label=L("contract_documents", False, "0410327H", "centre-val-de-loire", "espace_acheteur", True, "fr",
            "Two topics: market documents missing from 'Mes Marchés' (main) and a supplier's invoice with an old address (a side question, order_billing)."),
))

add(dict(
    frm=("Aurore Lemoine", "aurore.lemoine@ac-amiens.fr"),
    subject="Re: [#SUP-004219] Convention introuvable",
    date="2024-10-03 11:07:58 +0200", style="gmail", fmt="alt",
    in_reply_to="<SUP-004219.1726834800.0b6d53@assistance.example.fr>",
    text="""Bonjour,

Merci pour votre réponse, mais j'ai bien suivi le chemin indiqué (Mes Marchés > Documents > Conventions) et la convention de groupement 2024 n'y est toujours pas. Il n'y a que celle de 2021.

Collège Jean Mermoz, Laon (0020741V).

Aurore Lemoine

Le ven. 20 sept. 2024 à 14:20, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Les conventions se trouvent dans Mes Marchés > Documents > Conventions.
> Si le document n'apparaît pas, merci de nous l'indiquer en précisant le
> code UAI de l'établissement.
>
> Cordialement,
> L'équipe d'assistance
""",
    label=L("contract_documents", False, "0020741V", "hauts-de-france", "espace_acheteur", False, "fr",
            "Follow-up reply (Gmail quote): the convention is still missing after the desk's answer."),
))

add(dict(
    frm=("Gaëlle Chassaing", "gaelle.chassaing@educagri.example.fr"),
    subject="Document non disponible",
    date="2024-10-03 14:25:06 +0200", style="zimbra", fmt="qp",
    text="""Bonjour,

En voulant télécharger l'acte d'engagement du marché « Denrées alimentaires – restauration scolaire » pour le lycée agricole de Brioude-Bonnefont (0430612G), j'obtiens :

« Le document demandé n'est pas disponible. Il a peut-être été déplacé ou supprimé. »

Notre intendante en a besoin pour le contrôle de la DRAAF. Pouvez-vous le remettre en ligne ?

Gaëlle Chassaing
Secrétariat d'intendance
""",
    label=L("contract_documents", False, "0430612G", "auvergne-rhone-alpes", "espace_acheteur", False, "fr",
            "Lycée agricole: a market's acte d'engagement answers 'document non disponible' (pasted); quoted-printable body."),
))

add(dict(
    frm=("Jérôme Lesueur", "jerome.lesueur@ac-caen.fr"),
    subject="Avenant n°3 marché 2024-018 introuvable dans Mes Marchés",
    date="2024-10-03 17:03:33 +0200", style="thunderbird",
    text="""Bonjour, cf. objet, merci.

J. Lesueur
""",
    label=L("contract_documents", False, None, "normandie", "espace_acheteur", True, "fr",
            "The question is only in the subject line; body 'cf. objet'. No UAI, region from the ac-caen.fr sender."),
))


# ==========================================================================
# write, then check
# ==========================================================================

CODE_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7})\s?([A-Za-z])(?![0-9A-Za-z])")


def _decoded_text(raw):
    """Subject, address headers and every text part, decoded, HTML stripped."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    chunks = []
    for h in ("Subject", "From", "To", "Cc", "Reply-To"):
        if msg[h] is not None:
            chunks.append(str(msg[h]))
    defects = list(msg.defects)
    for part in msg.walk():
        defects += list(part.defects)
        if part.get_content_maintype() != "text":
            continue
        data = part.get_payload(decode=True) or b""
        cs = part.get_content_charset() or "us-ascii"
        txt = data.decode(cs, errors="replace")
        if part.get_content_subtype() == "html":
            txt = _html.unescape(re.sub(r"<[^>]+>", " ", txt))
        chunks.append(txt)
    return msg, "\n".join(chunks), defects


def main():
    groups = list(GROUPS)
    rng.shuffle(groups)
    specs = []
    for g in groups:
        prev = None
        for spec in g:
            if spec.get("reply_prev"):
                assert prev is not None, spec["subject"]
                spec["in_reply_to"] = prev["_mid"]
            spec["_raw"] = build(spec)
            prev = spec
            specs.append(spec)

    for old in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", old):
            os.remove(os.path.join(HERE, old))
    lines = []
    for i, spec in enumerate(specs, 1):
        name = "h%03d.eml" % i
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(spec["_raw"])
        rec = {"file": name}
        rec.update(spec["label"])
        spec["_file"] = name
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    check(specs)


def check(specs):
    errors = []

    def err(spec, what):
        errors.append("%s (%s): %s" % (spec.get("_file"), spec["subject"][:50], what))

    assert len(specs) == 150, len(specs)
    counts = Counter(s["label"]["category"] for s in specs)
    if dict(counts) != TARGET:
        errors.append("category counts %s != %s" % (dict(counts), TARGET))
    hard = sum(1 for s in specs if s["label"]["hard"])
    if not 0.28 * 150 <= hard <= 0.40 * 150:
        errors.append("hard share %d/150 out of range" % hard)
    mids = Counter(s["_mid"] for s in specs)
    for m, n in mids.items():
        if n > 1:
            errors.append("duplicate Message-ID %s" % m)

    for s in specs:
        lab = s["label"]
        cat = lab["category"]
        if cat not in CATEGORIES:
            err(s, "unknown category %r" % cat)
            continue
        if not isinstance(lab["auto_reply_ok"], bool) or not isinstance(lab["hard"], bool):
            err(s, "auto_reply_ok / hard must be booleans")
        if lab["auto_reply_ok"] and CATEGORIES[cat] != "auto_reply":
            err(s, "auto_reply_ok true for %s, whose default action is %s" % (cat, CATEGORIES[cat]))
        if lab["platform"] not in PLATFORMS:
            err(s, "unknown platform %r" % lab["platform"])
        if lab["lang"] not in ("fr", "en"):
            err(s, "lang %r" % lab["lang"])
        if not lab["notes"] or len(lab["notes"]) < 20:
            err(s, "notes too short")

        msg, text, defects = _decoded_text(s["_raw"])
        if defects:
            err(s, "parse defects %r" % defects)
        if msg["Message-ID"] is None or msg["Date"] is None or msg["From"] is None:
            err(s, "missing Message-ID/Date/From")
        from_addr = email.utils.parseaddr(str(msg["From"]))[1]

        uai = lab["uai"]
        squeezed = re.sub(r"\s+", "", text).upper()
        if uai is not None:
            if not uai_ok(uai):
                err(s, "labelled UAI %s has a wrong check letter" % uai)
            if uai not in squeezed:
                err(s, "labelled UAI %s does not occur in the message" % uai)
        want_region = region_of(uai, from_addr)
        if lab["region"] != want_region:
            err(s, "region %r, expected %r (uai %r, from %s)" % (lab["region"], want_region, uai, from_addr))

        # every establishment-looking code must be the label, or be explained in the notes
        for m in CODE_RE.finditer(text):
            code = (m.group(1) + m.group(2)).upper()
            if code == uai:
                continue
            if code not in lab["notes"]:
                err(s, "code %s in the message is neither the label nor mentioned in the notes" % code)
            if not uai_ok(code) and "check letter" not in lab["notes"]:
                err(s, "wrong-check-letter code %s not explained as such in the notes" % code)
            if uai_ok(code) and code != uai and uai is None:
                err(s, "valid UAI %s present but label is null" % code)

        if cat == "automated" and lab["auto_reply_ok"]:
            err(s, "automated mail cannot be answered")

    if errors:
        sys.stderr.write("\n".join(errors) + "\n")
        sys.exit("%d label problem(s)" % len(errors))
    auto = sum(1 for s in specs if s["label"]["auto_reply_ok"])
    print("wrote %d mails; categories %s; hard %d; auto_reply_ok %d"
          % (len(specs), dict(sorted(counts.items())), hard, auto))


if __name__ == "__main__":
    main()

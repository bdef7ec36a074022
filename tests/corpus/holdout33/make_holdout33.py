#!/usr/bin/env python3
"""Build the holdout33 blind test corpus (150 mails + labels.jsonl).

Theme: November, the centre and the Alps (académies of Orléans-Tours,
Clermont-Ferrand, Limoges, Grenoble and Lyon): primary-school heads, collèges,
rectorat services and conseils départementaux.

Standard library only and deterministic: the transport headers, dates and
identifiers come from a fixed random seed; every body below was written by
hand (the HTML alternative of a multipart mail is the same hand-written text
wrapped in the markup of the sending client).  The mails are written in groups by category and then put in a fixed
pseudo-random order before being numbered h001..h150.

Run:  python3 make_holdout33.py      (writes next to this file)
"""
import base64
import html
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.header import Header
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 33
RNG = random.Random(SEED)
DESK = "support@assistance.example.fr"
CET = timezone(timedelta(hours=1))  # all of November is CET (+0100)

CATEGORIES = {
    # slug: default action (shared/spec/taxonomy.md)
    "password_reset": "auto_reply",
    "missing_noreply_mail": "auto_reply",
    "mailinblack_spam": "auto_reply",
    "head_of_establishment_request": "human_review",
    "account_creation": "auto_reply",  # auto_reply or human_review
    "subscription_activation": "auto_reply",
    "order_billing": "human_review",
    "contract_documents": "human_review",
    "transfer_incident": "human_review",
    "automated": "ignore",
    "other": "human_review",
}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}
UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"

REGION_BY_DEPT = {}
for _region, _depts in {
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
}.items():
    for _d in _depts.split():
        REGION_BY_DEPT[_d if len(_d) == 3 else "0" + _d] = _region

REGION_BY_DOMAIN = {}
for _region, _doms in {
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
    "guadeloupe": "ac-guadeloupe.fr", "martinique": "ac-martinique.fr",
    "guyane": "ac-guyane.fr", "la-reunion": "ac-reunion.fr", "mayotte": "ac-mayotte.fr",
}.items():
    for _d in _doms.split():
        REGION_BY_DOMAIN[_d] = _region


def uai_ok(code):
    """True when code is 7 digits + the right check letter (regions.md / taxonomy.md)."""
    code = code.upper()
    return bool(re.fullmatch(r"\d{7}[A-Z]", code)) and UAI_LETTERS[int(code[:7]) % 23] == code[7]


MAILS = []


def M(category, auto, uai, region, platform, lang, hard, notes, **kw):
    """Register one hand-written mail and its label."""
    MAILS.append({
        "label": {"category": category, "auto_reply_ok": auto, "uai": uai,
                  "region": region, "platform": platform, "hard": hard,
                  "lang": lang, "notes": notes},
        "kw": kw,
    })


# ---------------------------------------------------------------- transport


def rid(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def hexid(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexid(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], RNG.choice("89ab"), h[17:20], h[20:32])


def ip():
    net = RNG.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, RNG.randint(2, 250))


def enc_header(value):
    """RFC 2047 when needed (Header folds long values)."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr_header(name, addr):
    if not name:
        return addr
    try:
        name.encode("ascii")
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            name = '"%s"' % name.replace('"', "")
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), addr)


def transport(return_path, from_domain, dt, relay=None, auth=None, local_hop=True):
    """Headers added on the way: our MX on top, then the sender's submission host."""
    relay = relay or ("smtp%d.%s" % (RNG.randint(1, 6), from_domain) if from_domain.startswith("ac-")
                      else "mail.%s" % from_domain)
    dt = dt.astimezone(CET)
    t_mx = dt + timedelta(seconds=RNG.randint(3, 40))
    t_sub = dt + timedelta(seconds=RNG.randint(0, 2))
    auth = auth or {}
    dkim = auth.get("dkim", "pass (2048-bit key) header.d=%s" % from_domain)
    spf = auth.get("spf", "pass smtp.mailfrom=%s" % from_domain)
    dmarc = auth.get("dmarc", "pass (p=none dis=none) header.from=%s" % from_domain)
    lines = [
        "Return-Path: <%s>" % return_path,
        "Delivered-To: %s" % DESK,
        "Received: from %s (%s [%s])\n\tby mx1.assistance.example.fr (Postfix) with ESMTPS id %s\n"
        "\tfor <%s>; %s (CET)" % (relay, relay, ip(), rid(15), DESK,
                                   "%s, %d %s" % (t_mx.strftime("%a"), t_mx.day, t_mx.strftime("%b %Y %H:%M:%S +0100"))),
        "Authentication-Results: mx1.assistance.example.fr;\n\tdkim=%s;\n\tspf=%s;\n\tdmarc=%s"
        % (dkim, spf, dmarc),
    ]
    if local_hop:
        lines.append("Received: from [192.168.%d.%d] (unknown [%s])\n\tby %s with ESMTPSA id %s\n\tfor <%s>; %s"
                     % (RNG.randint(0, 3), RNG.randint(2, 254), ip(), relay, hexid(10).upper(), DESK,
                        format_datetime(t_sub)))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- bodies


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def b64_crlf(text):
    return b64(text.replace("\n", "\r\n").encode("utf-8"))


def text_to_html(text, outlook=False):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        inner = "<br>\n".join(html.escape(line, quote=False) for line in block.split("\n"))
        if outlook:
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % inner)
        else:
            paras.append("<div>%s</div>" % inner)
    sep = "\n" if outlook else "\n<div><br></div>\n"
    return sep.join(paras)


def html_doc(inner, outlook=False):
    if outlook:
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
                'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % inner)
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>%s</body></html>\n' % inner


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 1/Kids[3 0 R]>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
FAKE_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def attachment_part(boundary, filename, ctype):
    data = FAKE_PDF if ctype == "application/pdf" else FAKE_PNG
    try:
        filename.encode("ascii")
        disp = 'attachment; filename="%s"' % filename
        name = 'name="%s"' % filename
    except UnicodeEncodeError:
        from urllib.parse import quote
        disp = "attachment;\n filename*=utf-8''%s" % quote(filename)
        name = 'name="%s"' % Header(filename, "utf-8").encode()
    return ("--%s\nContent-Type: %s;\n %s\nContent-Disposition: %s\nContent-Transfer-Encoding: base64\n\n%s\n"
            % (boundary, ctype, name, disp, b64(data)))


# ---------------------------------------------------------------- human mail


def pick_date(kw):
    if "date" in kw:
        day, hh, mm = kw["date"]
    else:
        day, hh, mm = RNG.randint(4, 29), RNG.randint(7, 21), RNG.randint(0, 59)
    return datetime(2024, 11, day, hh, mm, RNG.randint(0, 59), tzinfo=CET)


def message_id(style, domain, dt):
    if style in ("thunderbird", "thunderbird_qp"):
        return "<%s@%s>" % (uuid4(), domain)
    if style in ("outlook", "outlook_html"):
        return "<%s$%s$%s$@%s>" % ("0000" + hexid(8), hexid(8), hexid(8), domain)
    if style in ("iphone", "ipad"):
        return "<%s@%s>" % (uuid4().upper(), domain)
    if style in ("samsung", "android"):
        return "<%s.%d@email.android.com>" % (rid(24, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                              int(dt.timestamp() * 1000))
    if style == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (RNG.randint(10 ** 8, 10 ** 9), RNG.randint(10 ** 7, 10 ** 8),
                                                  int(dt.timestamp() * 1000), domain)
    if style == "outlook_mobile":
        return "<%s@%s.eurprd0%d.prod.outlook.com>" % (rid(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                                                      "PAXP" + str(RNG.randint(190, 195)) + "MB" + str(RNG.randint(1000, 9999)),
                                                      RNG.randint(1, 9))
    if style == "openxchange":
        return "<%d.%d.%d@%s>" % (RNG.randint(10 ** 8, 10 ** 9), RNG.randint(10 ** 5, 10 ** 6),
                                  int(dt.timestamp() * 1000), domain)
    return "<%s@%s>" % (hexid(32), domain)  # roundcube and the rest


def single_part(text, enc, charset, subtype="plain", flowed=False):
    ct = 'text/%s; charset=%s%s' % (subtype, charset if charset != "utf-8" else "UTF-8",
                                    "; format=flowed" if flowed else "")
    if enc == "8bit":
        body = text
        if not body.endswith("\n"):
            body += "\n"
        return ct, "8bit", body
    if enc == "qp":
        return ct, "quoted-printable", qp(text, charset)
    if enc == "b64":
        return ct, "base64", b64(text.replace("\n", "\r\n").encode(charset))
    raise ValueError(enc)


def alternative(text, html_inner, enc, outlook=False, charset="utf-8"):
    boundary = ("----=_NextPart_000_%s_%s.%s" % (hexid(4).upper(), hexid(8).upper(), hexid(8).upper()) if outlook
                else "=_%s" % hexid(28))
    parts = []
    for sub, payload in (("plain", text), ("html", html_doc(html_inner, outlook))):
        ct, cte, body = single_part(payload, enc, charset, sub)
        parts.append("--%s\nContent-Type: %s\nContent-Transfer-Encoding: %s\n\n%s" % (boundary, ct, cte, body.rstrip("\n") + "\n"))
    ct = 'multipart/alternative;\n boundary="%s"' % boundary
    return ct, "\n".join(parts) + "\n--%s--\n" % boundary


def build_human(kw, dt):
    name, addr = kw["frm"]
    domain = addr.split("@")[1]
    style = kw.get("style", "thunderbird")
    charset = kw.get("charset", "utf-8")
    text = kw["body"].strip("\n") + "\n"
    h = []
    mid = kw.get("mid") or message_id(style, domain.lower(), dt)
    to = kw.get("to", RNG.choice([DESK, "Assistance <%s>" % DESK, "support@assistance.example.fr"]))
    subj = enc_header(kw["subject"])

    def common(order):
        out = []
        for k in order:
            if k == "from":
                out.append("From: " + addr_header(name, addr))
            elif k == "to":
                out.append("To: " + to)
            elif k == "cc" and kw.get("cc"):
                mcc = re.fullmatch(r"(.*?) <(.+)>", kw["cc"])
                out.append("Cc: " + (addr_header(mcc.group(1), mcc.group(2)) if mcc else kw["cc"]))
            elif k == "subject":
                out.append("Subject: " + subj)
            elif k == "date":
                out.append("Date: " + format_datetime(dt))
            elif k == "mid":
                out.append("Message-ID: " + mid)
            elif k == "irt" and kw.get("irt"):
                out.append("In-Reply-To: " + kw["irt"])
            elif k == "refs" and (kw.get("refs") or kw.get("irt")):
                out.append("References: " + (kw.get("refs") or kw["irt"]))
            elif k == "replyto" and kw.get("reply_to"):
                out.append("Reply-To: " + kw["reply_to"])
        return out

    # body
    if kw.get("html") is not None:                      # HTML-only mail, written by hand
        html_body = kw["html"] if isinstance(kw["html"], str) else html_doc(text_to_html(text, style.startswith("outlook")),
                                                                          style.startswith("outlook"))
        ct, cte, body = single_part(html_body, kw.get("enc", "qp"), charset, "html")
        ctype = ct
    elif style in ("outlook", "zimbra", "openxchange", "samsung", "android", "outlook_mobile"):
        enc = kw.get("enc", {"outlook": "qp", "zimbra": "qp", "openxchange": "qp", "samsung": "b64",
                             "android": "b64", "outlook_mobile": "b64"}[style])
        ctype, body = alternative(text, text_to_html(text, style == "outlook"), enc, style == "outlook", charset)
        cte = None
    else:
        enc = kw.get("enc", {"iphone": "qp", "ipad": "qp"}.get(style, "8bit"))
        ctype, cte, body = single_part(text, enc, charset, "plain",
                                       flowed=style in ("thunderbird", "roundcube") and enc == "8bit")

    if kw.get("attach"):
        outer = "=_mixed_%s" % hexid(20)
        inner = "Content-Type: %s\n" % ctype + ("Content-Transfer-Encoding: %s\n" % cte if cte else "") + "\n" + body
        body = "This is a multi-part message in MIME format.\n--%s\n%s\n" % (outer, inner.rstrip("\n"))
        for fn, act in kw["attach"]:
            body += attachment_part(outer, fn, act)
        body += "--%s--\n" % outer
        ctype, cte = 'multipart/mixed;\n boundary="%s"' % outer, None

    if style in ("thunderbird", "thunderbird_qp"):
        h += common(["mid", "date"]) + ["MIME-Version: 1.0",
              "User-Agent: Mozilla Thunderbird", "Content-Language: fr-FR" if kw.get("lang_hdr", "fr") == "fr" else "Content-Language: en-US"]
        h += common(["to", "cc", "from", "replyto", "subject", "irt", "refs"])
    elif style in ("outlook", "outlook_html"):
        h += common(["from", "to", "cc", "replyto", "subject", "date", "mid", "irt", "refs"])
        h += ["MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0",
              "Thread-Index: A%s" % rid(30, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "==",
              "Content-Language: fr"]
    elif style in ("iphone", "ipad"):
        h += ["Content-Type: %s" % ctype] + (["Content-Transfer-Encoding: %s" % cte] if cte else []) + ["Mime-Version: 1.0 (1.0)"]
        h += common(["subject", "from", "cc", "irt", "date", "refs", "to", "mid"])
        h += ["X-Mailer: %s Mail (22B91)" % ("iPhone" if style == "iphone" else "iPad")]
        ctype = None
    elif style == "zimbra":
        h += common(["date", "from", "to", "cc", "replyto", "mid", "irt", "refs", "subject"])
        h += ["MIME-Version: 1.0",
              "X-Mailer: Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF132 (Win)/9.0.0_ZEXTRAS_20240927)",
              "Thread-Topic: " + subj.replace("\n", " ")[:60], "Thread-Index: " + rid(28, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")]
    elif style in ("samsung", "android"):
        h += common(["from", "to", "cc", "subject", "date", "mid", "irt", "refs"]) + ["MIME-Version: 1.0"]
    elif style == "outlook_mobile":
        h += common(["from", "to", "cc", "subject", "irt", "refs", "date", "mid"]) + ["MIME-Version: 1.0",
              "X-MS-Has-Attach: ", "x-ms-exchange-messagesentrepresentingtype: 1"]
    elif style == "openxchange":
        h += common(["date", "from", "to", "cc", "mid", "irt", "refs", "subject"]) + ["MIME-Version: 1.0",
              "X-Priority: 3", "Importance: Normal", "X-Mailer: Open-Xchange Mailer v7.10.6-Rev61"]
    else:  # roundcube
        h += ["MIME-Version: 1.0", "Date: " + format_datetime(dt)]
        h += common(["from", "to", "cc", "subject", "irt", "refs", "replyto", "mid"])
        h += ["User-Agent: Roundcube Webmail/1.6.9"]
    h += kw.get("extra", [])
    if ctype:
        h.append("Content-Type: " + ctype)
        if cte:
            h.append("Content-Transfer-Encoding: " + cte)
    head = "\n".join(h) + "\n"
    rp = kw.get("return_path", addr)
    return transport(rp, domain.lower(), dt, kw.get("relay"), kw.get("auth")) + head + "\n" + body


def build_raw(kw):
    """Automatic mail written out in full (headers + body); only our MX's headers are added."""
    raw = kw["raw"].strip("\n") + "\n"
    head = raw.split("\n\n", 1)[0]
    m = re.search(r"^Date: (.+)$", head, re.M)
    dt = parsedate_to_datetime(m.group(1))
    assert not m.group(1)[0].isalpha() or m.group(1)[:3] == dt.strftime("%a"), "weekday does not match: " + m.group(1)
    dom = kw["relay_domain"]
    return transport(kw["return_path"], dom, dt, kw.get("relay"), kw.get("auth"), local_hop=False) + raw


# ================================================================ password_reset

M("password_reset", True, "0380893P", "auvergne-rhone-alpes", "esidoc", "fr", False,
  "Dictated on a tablet, no punctuation, 'sait' for 'c'est' and 'mes' for 'mais': the teacher running the school "
  "library (BCD) has a password from her colleague that no longer works.",
  frm=("Sandrine Mollard", "sandrine.mollard@ac-grenoble.fr"), style="ipad",
  subject="mot de passe portail bibliothèque école",
  body="""
bonjour je vous écris parce que je n'arrive plus à me connecter au portail e-sidoc de l'école sait moi qui m'occupe de la BCD depuis septembre et le mot de passe que ma collègue m'a laissé avant de partir ne marche pas j'ai essayé plusieurs fois mes rien à faire le numéro de l'école sait le 0380893P école élémentaire des Marronniers à Voiron est-ce que vous pouvez me redonner un mot de passe ou m'expliquer comment faire merci beaucoup bonne journée
Sandrine Mollard enseignante de CE2

Envoyé de mon iPad
""")

M("password_reset", True, "0631406L", "auvergne-rhone-alpes", "esidoc", "fr", False,
  "Three words from a phone ('mdp ?') and the UAI; private address, so the region comes from the UAI only. "
  "Nothing else to go on, but the reset path fits.",
  frm=("F. Chabrol", "f.chabrol63@orange.example.fr"), style="samsung",
  subject="mdp",
  body="""
mdp ?
0631406L
merci

Envoyé depuis mon smartphone Samsung Galaxy.
""")

M("password_reset", True, "0870383U", "nouvelle-aquitaine", "esidoc", "fr", False,
  "Very polite, long formal letter: e-sidoc admin account locked after three failed attempts (caps lock).",
  frm=("Hélène Vergnaud", "helene.vergnaud@ac-limoges.fr"), style="thunderbird",
  subject="Compte administrateur e-sidoc verrouillé",
  body="""
Madame, Monsieur,

Je me permets de vous solliciter, en espérant ne pas vous déranger en
cette période de fin de trimestre, au sujet de l'accès à l'interface
d'administration du portail e-sidoc de notre collège (collège Les
Feuillantines à Limoges, numéro UAI 0870383U).

Ce matin, après trois tentatives infructueuses (j'avais, je le crains,
laissé le clavier en majuscules), le compte a été verrouillé et un
message m'invite à prendre contact avec l'assistance. Je vous serais
très reconnaissante de bien vouloir débloquer cet accès ou, si cela vous
semble plus simple, de me faire parvenir un lien de réinitialisation à
l'adresse enregistrée pour l'établissement.

Je vous remercie par avance de l'attention que vous voudrez bien porter
à ma demande et vous prie d'agréer, Madame, Monsieur, l'expression de
mes salutations distinguées.

Hélène Vergnaud
Professeure documentaliste
Collège Les Feuillantines
87000 Limoges
""")

M("password_reset", True, "0451525N", "centre-val-de-loire", "esidoc", "fr", False,
  "Reset link opened too late, marked expired; asks for a new one. Short iPad message.",
  frm=("Yannick Thévenot", "yannick.thevenot@ac-orleans-tours.fr"), style="ipad",
  subject="Lien expiré",
  body="""
Bonsoir,
J'ai bien reçu hier le lien pour changer le mot de passe mais je ne l'ai ouvert que ce matin et la page me dit qu'il a expiré. Pouvez vous m'en renvoyer un ? C'est pour le portail du CDI, collège 0451525N à Saint-Jean-de-Braye.
Merci
Y. Thévenot

Envoyé de mon iPad
""")

M("password_reset", True, "0151286S", "auvergne-rhone-alpes", "esidoc", "fr", True,
  "Contrast: the reset mail does arrive ('pas de souci de ce côté-là'), but its link says invalid or already used: "
  "a new link is needed, not the junk-folder answer.",
  frm=("Martine Delpeuch", "martine.delpeuch@ac-clermont.fr"), style="outlook",
  subject="Réinitialisation impossible - lien invalide",
  body="""
Bonjour,

Je précise tout de suite que le mail de réinitialisation arrive bien, pas de souci de ce côté-là, je l'ai reçu trois fois !
Mais à chaque fois que je clique sur le lien, j'obtiens une page « Lien invalide ou déjà utilisé ». Je n'ai pourtant cliqué qu'une fois sur chaque.

Il s'agit du compte d'administration e-sidoc du collège du Lioran, UAI 0151286S. Est-ce que vous pourriez m'envoyer un lien qui fonctionne, ou réinitialiser le mot de passe de votre côté ?

Merci d'avance,

Martine Delpeuch
Documentaliste
Collège du Lioran - Murat
""")

M("password_reset", False, "0261891P", "auvergne-rhone-alpes", "esidoc", "fr", True,
  "Two topics in one mail: lost e-sidoc admin password (first) and a question on last year's invoice; the reset "
  "template would answer only half. Sender int.<uai> in lower case, UAI also in the body.",
  frm=("Intendance collège Jules Blain", "int.0261891p@ac-grenoble.fr"), style="zimbra",
  subject="mot de passe + facture",
  body="""
Bonjour,

Deux choses, pour ne pas vous écrire deux fois :

1) Notre documentaliste est partie en congé long et personne ne connait le
mot de passe de l'administration du portail e-sidoc. Il faudrait pouvoir le
réinitialiser, l'UAI est 0261891P.

2) Nous n'avons jamais reçu la facture de l'abonnement de l'an dernier
(commande de novembre 2023), le comptable me la réclame pour clôturer.
Pouvez-vous nous la renvoyer ou nous dire où la trouver ?

Merci,

Patrick Roux
Adjoint gestionnaire
Collège Jules Blain - Saint-Vallier
""")

M("password_reset", True, "0420596V", "auvergne-rhone-alpes", "esidoc", "fr", True,
  "Reply in an October thread about a subscription not visible (settled, quoted below); the new text clearly asks "
  "something else: the admin password set in September is forgotten.",
  frm=("Aurélie Gonon", "aurelie.gonon@ac-lyon.fr"), style="outlook", date=(25, 15, 39),
  subject="RE: [#SUP-005214] Abonnement Europresse non visible",
  irt="<SUP-005214.1729672611.a41c0e@assistance.example.fr>",
  refs="<c3a1f0de-5b0e-4f5e-9b7a-2f7d4b1c9a11@ac-lyon.fr> <SUP-005214.1729672611.a41c0e@assistance.example.fr>",
  body="""
Bonjour,

Merci, Europresse apparaît bien maintenant sur le portail, les élèves s'en servent déjà.

Par contre j'ai un autre souci : depuis les vacances de la Toussaint je n'arrive plus à entrer dans l'administration du portail. J'avais changé le mot de passe en septembre et impossible de me souvenir de ce que j'avais mis... Est-ce que vous pouvez me renvoyer un lien ?

Bonne journée
Aurélie Gonon
CDI - Collège Le Pilat, Bourg-Argental

De : Assistance <support@assistance.example.fr>
Envoyé : mercredi 23 octobre 2024 10:36
À : Aurélie Gonon <aurelie.gonon@ac-lyon.fr>
Objet : [#SUP-005214] Abonnement Europresse non visible

Bonjour,

Votre abonnement Europresse (établissement 0420596V) a été commandé le 21 octobre. L'activation d'une ressource peut prendre jusqu'à 72 heures ; passé ce délai, n'hésitez pas à nous réécrire.

Cordialement,
L'équipe d'assistance
""")

M("password_reset", True, "0190675F", "nouvelle-aquitaine", "espace_acheteur", "fr", True,
  "Espace Acheteur login and password both lost after a long leave; the UAI is only in the signature ('RNE').",
  frm=("Corinne Laval", "corinne.laval@ac-limoges.fr"), style="outlook",
  subject="Identifiants Espace Acheteur",
  body="""
Bonjour,

De retour d'un congé de plusieurs mois, je dois passer des commandes de fournitures sur l'Espace Acheteur avant la fin de l'exercice, mais je ne retrouve ni mon identifiant ni mon mot de passe. J'ai essayé avec mon adresse mail, le site me répond que le compte est introuvable.

Pourriez-vous m'indiquer comment récupérer mes accès ?

Avec mes remerciements,

Corinne Laval
Secrétaire de gestion
Collège Eugène Jamot
19200 Ussel
RNE : 0190675F
""")

M("password_reset", True, "0692529Z", "auvergne-rhone-alpes", "esidoc", "fr", True,
  "The UAI appears only in the ce.<UAI>@ac-lyon.fr sender; the office asks for the reset link on this official "
  "address for the librarian.",
  frm=("Collège Jean Zay - Secrétariat", "ce.0692529Z@ac-lyon.fr"), style="zimbra",
  subject="Accès e-sidoc du CDI",
  body="""
Bonjour,

Notre professeur documentaliste, M. Fayolle, est bloqué depuis lundi sur l'interface d'administration e-sidoc : mot de passe refusé, et il ne sait plus lequel il avait choisi.

Pourriez-vous envoyer un lien pour redéfinir le mot de passe sur la boîte de l'établissement (celle d'où je vous écris) ? Je le lui transmettrai.

Merci beaucoup.

Le secrétariat
""")

M("password_reset", True, "0261421D", "auvergne-rhone-alpes", "esidoc", "fr", True,
  "Body gives 0261421E (wrong check letter, the digits give D); the ce.0261421D@ac-grenoble.fr sender carries the "
  "valid UAI, which is the label. Password forgotten by the new librarian.",
  frm=("Collège Marcel Pagnol", "ce.0261421D@ac-grenoble.fr"), style="thunderbird",
  subject="Mot de passe oublié - portail documentaire",
  bad=["0261421E"],
  body="""
Bonjour,

Je vous écris pour Mme Reynaud, nouvelle documentaliste de l'établissement
(collège Marcel Pagnol, RNE 0261421E). Elle n'a jamais eu le mot de passe
de l'administration e-sidoc : sa prédécesseure ne lui a rien transmis.

Pouvez-vous nous envoyer un lien de réinitialisation sur l'adresse
du collège ?

Cordialement,

Sylvie Arnaud
Secrétaire de direction
""")

M("password_reset", False, "0730681U", "auvergne-rhone-alpes", "esidoc", "fr", True,
  "Forgotten password, but he asks for it to be sent to his personal free-mail address because he cannot read the "
  "school mailbox from home: unsafe, so no automatic answer.",
  frm=("Jean-Marc Brunier", "jeanmarc.brunier@free.example.fr"), style="roundcube",
  subject="mot de passe portail CDI Chambéry",
  body="""
Bonjour

J'ai oublié le mot de passe administrateur du portail du CDI (collège
Louise de Savoie, UAI 0730681U). Je suis en arrêt cette semaine et je
voudrais avancer le catalogage de chez moi.

Pourriez-vous envoyer le nouveau mot de passe directement sur cette
adresse (jeanmarc.brunier@free.example.fr) ? Je n'ai pas accès à la
messagerie académique ni à celle du collège depuis la maison, le VPN ne
marche pas sur mon ordinateur.

Merci
JM Brunier
""")

M("password_reset", True, "0010955H", "auvergne-rhone-alpes", "esidoc", "en", True,
  "English, from the international section of a collège in the Ain: forgotten e-sidoc password. She first types "
  "0110955H (wrong check letter, not a UAI) and corrects herself to 0010955H, which is the label.",
  frm=("Kathleen O'Connell", "kathleen.oconnell@ac-lyon.fr"), style="thunderbird", lang_hdr="en", bad=["0110955H"],
  subject="Forgotten password for the library portal",
  body="""
Hello,

I teach in the British international section of Collège Les Tilleuls in
Ferney-Voltaire and I have just taken over the school library portal
(e-sidoc) from a colleague. I'm afraid I don't have the administrator
password, and "forgot password" asks for a username I don't know.

Our school code is 0110955H -- sorry, I mean 0010955H.

Could you tell me how to reset it? My French is fine if that is easier
for you.

Many thanks,
Kathleen O'Connell
""")

M("password_reset", True, "0632987E", "auvergne-rhone-alpes", "esidoc", "fr", False,
  "Quoted-printable Outlook mail: password expired, the previous one is forgotten.",
  frm=("Lucas Vidal", "lucas.vidal@ac-clermont.fr"), style="outlook",
  subject="Mot de passe expiré",
  body="""
Bonjour,

En me connectant au back-office du portail e-sidoc, un message me dit que mon mot de passe a expiré et me demande l'ancien pour en mettre un nouveau. Problème : l'ancien, je ne l'ai plus (c'est mon collègue qui l'avait saisi l'an dernier).

Établissement : collège Anatole France, Gerzat – UAI 0632987E.

Comment puis-je faire ?

Bien à vous,
Lucas Vidal
""", bad=[])

M("password_reset", True, None, "nouvelle-aquitaine", "esidoc", "fr", False,
  "Base64 Outlook-for-Android mail: does not know what the 'identifiant' is nor the password; no UAI, region from "
  "the ac-limoges.fr address.",
  frm=("Noémie Chastang", "noemie.chastang@ac-limoges.fr"), style="outlook_mobile",
  subject="identifiant ??",
  body="""
Bonjour, sur la page de connexion du portail du CDI on me demande un identifiant et un mot de passe, j'ai ni l'un ni l'autre, c'est quoi l'identifiant ? j'ai essayé mon nom, mon adresse mail, rien. Je suis la nouvelle documentaliste à Guéret.
Merci
Noémie
""")

M("password_reset", True, None, None, "espace_acheteur", "fr", False,
  "HTML-only Outlook mail from a conseil départemental buyer: Espace Acheteur password forgotten; no UAI, "
  "non-academic domain, so no region.",
  frm=("Valérie Pradier", "valerie.pradier@puy-de-dome.example.fr"), style="outlook_html",
  subject="Mot de passe Espace Acheteur oublié",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:Calibri,sans-serif}</style></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Je suis acheteuse au service de la commande publique du Département et j&#8217;utilise l&#8217;Espace Acheteur pour les commandes des collèges du territoire.<o:p></o:p></p>
<p class="MsoNormal">Depuis ce matin mon mot de passe n&#8217;est plus accepté, et je ne suis plus certaine de celui que j&#8217;avais enregistré lors du dernier changement imposé.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Pourriez-vous me permettre d&#8217;en définir un nouveau ?<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Cordialement,<o:p></o:p></p>
<p class="MsoNormal"><b><span style="color:#1F4E79">Valérie PRADIER</span></b><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9pt;color:#595959">Direction des moyens généraux &#8211; Service commande publique<br>Conseil départemental du Puy-de-Dôme<br>Tél. 04 73 00 00 00</span><o:p></o:p></p>
</div></body></html>
""", body="(html only)")

M("password_reset", False, "0182194M", "centre-val-de-loire", "esidoc", "fr", True,
  "Reply to the desk's automatic answer (quoted): the link went to the former librarian's address, which nobody "
  "reads any more. The automatic path has failed; a person must take over. The UAI is only in the quoted answer.",
  frm=("Damien Péchard", "damien.pechard@ac-orleans-tours.fr"), style="thunderbird", date=(12, 11, 24),
  subject="Re: [#SUP-005377] Mot de passe e-sidoc",
  irt="<SUP-005377.1731401236.6b02fa@assistance.example.fr>",
  refs="<6a7d3b1e-2f0c-4a44-8d3e-5e1b0f4a9c72@ac-orleans-tours.fr> <SUP-005377.1731401236.6b02fa@assistance.example.fr>",
  body="""
Bonjour,

Merci pour la réponse rapide, mais le lien est parti sur l'adresse de
Mme Guillemin, qui était documentaliste ici jusqu'en juin et qui a été
mutée dans l'Yonne. Cette boîte n'est plus consultée par personne.

Comment fait-on dans ce cas ? Je peux demander à la principale de vous
écrire si c'est nécessaire.

Damien Péchard
Collège Jean Renoir, Bourges

Le 12/11/2024 à 09:47, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> connue pour votre établissement (0182194M) : m*******@ac-****.fr.
> Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""")

M("password_reset", False, "0741558S", "auvergne-rhone-alpes", "ecoledirecte", "fr", True,
  "Private primary school, written by the secretary: lost EcoleDirecte administration password, explicitly not the daily maintenance "
  "password (which would be transfer_incident). No reset template for this product, so a person answers.",
  frm=("Bernadette Jacquier", "secretariat@ecole-stemarie-thonon.example.fr"), style="outlook",
  subject="Mot de passe administrateur EcoleDirecte",
  body="""
Bonjour,

Je ne parle pas du mot de passe de maintenance qu'on nous donne chaque jour pour les manipulations sur la base, celui-là on l'a.

Mon problème, c'est le mot de passe du compte administrateur EcoleDirecte de l'école : la personne qui s'en occupait avant moi est partie à la retraite et ne se souvient plus de ce qu'elle avait mis. Nous ne pouvons donc plus gérer les comptes des familles.

Pouvez-vous nous aider ? Notre numéro d'établissement est le 0741558S.

Merci beaucoup,

B. Jacquier
Secrétaire-comptable
École privée Sainte-Marie – Thonon-les-Bains
""")

M("password_reset", True, "0370905H", "centre-val-de-loire", "esidoc", "fr", False,
  "Outlook forward ('TR:') of a colleague's message: account locked; the gestionnaire adds a line asking for the "
  "unlock or a new link.",
  frm=("Christelle Moreau", "christelle.moreau@ac-orleans-tours.fr"), style="outlook", date=(18, 9, 3),
  subject="TR: compte bloqué portail",
  body="""
Bonjour,

Je vous transfère le message de notre documentaliste, qui n'a pas d'accès à sa messagerie cette semaine. Pouvez-vous débloquer le compte ou envoyer un lien de réinitialisation à l'adresse de l'établissement ?

Merci,
C. Moreau, secrétaire de gestion

De : Romain Lecomte <romain.lecomte@ac-orleans-tours.fr>
Envoyé : lundi 18 novembre 2024 08:12
À : Christelle Moreau <christelle.moreau@ac-orleans-tours.fr>
Objet : compte bloqué portail

Christelle,

Je suis bloqué sur e-sidoc, le site dit que le compte est verrouillé après trop de tentatives. Tu peux écrire à l'assistance pour moi ? Notre UAI c'est 0370905H.

Merci !
Romain
""")

M("password_reset", True, "0732250Z", "auvergne-rhone-alpes", "esidoc", "fr", True,
  "Terse, UAI only in the subject and in lower case ('0732250z'); account locked since the morning.",
  frm=("Cdi Clg Bissy", "cdi.bissy73@orange.example.fr"), style="iphone",
  subject="0732250z compte bloqué",
  body="""
Compte admin bloqué depuis ce matin, trop d'essais. On peut débloquer ?

Envoyé de mon iPhone
""")

M("password_reset", True, "0381177Y", "auvergne-rhone-alpes", "esidoc", "fr", True,
  "UAI written with spaces ('038 1177 Y'); forgotten admin password after the holidays, asks which address the "
  "link would go to.",
  frm=("CDI Collège Les Chartreux", "cdi.leschartreux@ac-grenoble.fr"), style="roundcube",
  subject="Perte du mot de passe",
  body="""
Bonjour,

Après deux semaines de vacances, trou noir : impossible de me rappeler le
mot de passe de l'interface d'administration. Notre numéro RNE est le
038 1177 Y (collège Les Chartreux, Voreppe).

Si vous envoyez un lien, à quelle adresse partira-t-il ? Je ne suis pas
sûr que ce soit la mienne qui soit enregistrée.

Merci
Thomas Guerrier, documentaliste
""")

M("password_reset", True, "0030843A", "auvergne-rhone-alpes", "esidoc", "fr", False,
  "Supply librarian replacing a colleague on maternity leave never got the password.",
  frm=("Élodie Perret", "elodie.perret@ac-clermont.fr"), style="roundcube",
  subject="Remplacement documentaliste - accès administration",
  body="""
Bonjour,

J'effectue le remplacement de Mme Tixier, en congé maternité jusqu'en
mars, au collège Les Tilleuls de Vichy (0030843A).

Je ne connais pas le mot de passe d'administration du portail e-sidoc et
Mme Tixier n'est évidemment pas joignable. Pourriez-vous me dire comment
obtenir un nouveau mot de passe ?

Merci par avance,

Élodie Perret
Professeure documentaliste contractuelle
""")

M("password_reset", True, "0280153P", "centre-val-de-loire", "espace_acheteur", "fr", False,
  "Voice dictation with homophones ('mes' for 'mais', 'ces' for 'c'est', 'a' for 'à'): Espace Acheteur login "
  "forgotten by a gestionnaire.",
  frm=("Nadia Bensalem", "nadia.bensalem@ac-orleans-tours.fr"), style="samsung",
  subject="identifiant espace acheteur",
  body="""
Bonjour je suis gestionnaire au collège Victor Hugo a Chartres je dois faire une commande sur l'espace acheteur avant vendredi mes je ne me rappelle plus de mon identifiant ni du mot de passe ces la première fois que je me connecte depuis le mois de juin j'ai essayé mot de passe oublié mes il me demande l'identifiant que je n'ai pas pouvez-vous m'aider le numéro du collège ces 0280153P merci d'avance
Nadia Bensalem
""")

M("password_reset", True, "0231393P", "nouvelle-aquitaine", "esidoc", "fr", True,
  "Contrast: subscriptions display fine ('ce n'est pas les abonnements'); only the admin password is refused since "
  "the update.",
  frm=("Gilles Aupetit", "gilles.aupetit@ac-limoges.fr"), style="thunderbird", date=(8, 16, 2),
  subject="Connexion administration refusée depuis la mise à jour",
  body="""
Bonjour,

Pour éviter tout malentendu : les abonnements et les ressources
s'affichent correctement sur le portail, ce n'est pas là le problème, et
les élèves se connectent sans souci.

C'est seulement le mot de passe de l'administration qui n'est plus
accepté depuis la mise à jour du 5 novembre. Je suis pourtant certain de
ne pas l'avoir changé. Faut-il le réinitialiser ?

Collège Jules Marouzeau, Guéret - UAI 0231393P

Cordialement,
Gilles Aupetit
""")


# ================================================================ missing_noreply_mail

M("missing_noreply_mail", True, "0432352Y", "auvergne-rhone-alpes", "espace_acheteur", "fr", False,
  "Activation link for the new Espace Acheteur account never arrived, junk folder checked; no anti-spam product named.",
  frm=("Sébastien Jourdain", "sebastien.jourdain@ac-clermont.fr"), style="thunderbird",
  subject="Pas de mail d'activation",
  body="""
Bonjour,

J'ai créé hier matin le compte du collège sur l'Espace Acheteur (collège
du Mézenc, Le Chambon-sur-Lignon, UAI 0432352Y). Le site m'a indiqué
qu'un lien d'activation allait m'être envoyé, mais je n'ai rien reçu, ni
dans la boîte de réception ni dans les indésirables.

Pouvez-vous vérifier de votre côté ou me le renvoyer ?

Merci,
Sébastien Jourdain
Adjoint gestionnaire
""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", "fr", False,
  "Terse follow-up style ('toujours rien reçu') but a new message with no thread: sign-up confirmation missing since "
  "Monday, junk folder empty. Private address, no UAI.",
  frm=("", "mf.tardieu@laposte.example.fr"), style="iphone", date=(20, 18, 41),
  subject="mail de confirmation",
  body="""
toujours rien reçu
inscription faite lundi sur l'espace acheteur, indésirables vides

Envoyé de mon iPhone
""")

M("missing_noreply_mail", False, "0630299H", "auvergne-rhone-alpes", "espace_acheteur", "fr", True,
  "Reply to the desk's junk-folder answer (quoted): sender allowed, three days later still nothing. The template "
  "was already sent; a person must follow up or route to the region.",
  frm=("Laurence Chapuis", "laurence.chapuis@ac-clermont.fr"), style="zimbra", date=(21, 10, 2),
  subject="Re: [#SUP-005402] Mail d'activation non reçu",
  irt="<SUP-005402.1731664208.c2d981@assistance.example.fr>",
  refs="<1648203310.4471002.1731660090112.JavaMail.zimbra@ac-clermont.fr> <SUP-005402.1731664208.c2d981@assistance.example.fr>",
  body="""
Bonjour,

J'ai fait tout ce qui est indiqué : dossier indésirables vérifié (vide),
adresse no-reply ajoutée aux expéditeurs approuvés, nouvelle demande
d'activation lundi. Nous sommes jeudi et toujours rien.

Pouvez-vous faire remonter à quelqu'un ? Je commence à manquer de temps
pour les commandes de fin d'année.

Laurence Chapuis
Collège Lucie Aubrac - Riom
UAI 0630299H

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Laurence Chapuis" <laurence.chapuis@ac-clermont.fr>
Envoyé: Vendredi 15 Novembre 2024 10:50:08
Objet: [#SUP-005402] Mail d'activation non reçu

Bonjour,

Les messages automatiques sont envoyés depuis une adresse no-reply.
Merci de vérifier votre dossier « Courrier indésirable », de marquer le
message comme légitime et d'ajouter l'expéditeur à vos contacts. Sans
nouvelles de votre part sous 48 heures, nous reviendrons vers vous.

Cordialement,
L'équipe d'assistance
""")

M("missing_noreply_mail", True, "0010049Y", "auvergne-rhone-alpes", "espace_acheteur", "fr", True,
  "Names MailInBlack only to say the school does not use it ('pas de Mailinblack chez nous'): missing_noreply_mail, "
  "not mailinblack_spam.",
  frm=("Pierre-Yves Dumont", "pierre-yves.dumont@ac-lyon.fr"), style="outlook", date=(19, 9, 40),
  subject="Mail nouveau mot de passe jamais reçu",
  body="""
Bonjour,

Votre FAQ parle beaucoup de Mailinblack : je précise que nous n'avons pas Mailinblack au collège, nous utilisons la messagerie académique standard, sans filtre supplémentaire.

J'ai demandé trois fois un nouveau mot de passe sur l'Espace Acheteur (vendredi, lundi et ce matin) et le mail n'arrive jamais. Rien dans le courrier indésirable non plus.

Collège Saint-Exupéry, Bourg-en-Bresse – 0010049Y

Merci de votre aide,
Pierre-Yves Dumont
Gestionnaire
""")

M("missing_noreply_mail", True, "0690221R", "auvergne-rhone-alpes", "esidoc", "fr", True,
  "A directrice d'école, dictating by voice, asked for a new password herself with the tool and the mail never came: "
  "not a written head-of-establishment request, and the password tool works, so missing_noreply_mail.",
  frm=("Catherine Vial", "catherine.vial@ac-lyon.fr"), style="samsung",
  subject="pas reçu le mail",
  body="""
Bonjour sait la directrice de l'école primaire Jean Macé a Tarare j'ai cliqué sur mot de passe oublié sur le site de la bibliothèque de l'école hier soir et ce matin toujours pas de mail j'ai regardé dans les spams il y a rien non plus sa fait deux fois que je le demande est-ce que sa vient de chez vous ou de chez nous le numéro de l'école sait 0690221R merci de me dire
Catherine Vial directrice
""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", "fr", False,
  "Conseil départemental buyer subscribed to offer alerts and never receives the notifications.",
  frm=("Olivier Bouvard", "olivier.bouvard@isere.example.fr"), style="outlook",
  subject="Alertes offres - aucune notification",
  body="""
Bonjour,

Je me suis abonné il y a trois semaines aux alertes sur les nouvelles offres (catégories mobilier scolaire et équipement numérique) dans l'Espace Acheteur. Depuis, aucune notification, alors que je vois bien de nouvelles offres apparaître quand je me connecte.

Nos mails arrivent habituellement sans problème, et j'ai vérifié le dossier des indésirables.

Pouvez-vous regarder ?

Olivier Bouvard
Chargé des achats – Direction de l'éducation
Département de l'Isère
""")

M("missing_noreply_mail", True, None, "auvergne-rhone-alpes", "espace_acheteur", "en", False,
  "English: the new-password mail from the no-reply address never arrives; no anti-spam product named; region from "
  "the ac-grenoble.fr address.",
  frm=("Markus Schneider", "markus.schneider@ac-grenoble.fr"), style="thunderbird", lang_hdr="en",
  subject="No password e-mail received",
  body="""
Hello,

I run the purchasing for the German section of our collège in Grenoble
and share the buyer account with a colleague. I asked for a new password
on the Espace Acheteur twice today, and nothing has come through, not
even in the spam folder.

Is there anything wrong with the automatic e-mails at the moment, or
should I add your no-reply address somewhere?

Best regards,
Markus Schneider
""")

M("missing_noreply_mail", True, None, None, "espace_acheteur", "fr", True,
  "HTML-only Outlook mail (windows-1252, quoted-printable): the activation mail never arrived, not in junk either; "
  "conseil départemental sender, no UAI.",
  frm=("Anne-Sophie Lachaud", "as.lachaud@correze.example.fr"), style="outlook_html", charset="windows-1252",
  subject="Courriel d'activation non reçu",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="FR" style="font-family:Arial,sans-serif;font-size:10pt">
<div>Bonjour,</div>
<div>&nbsp;</div>
<div>Je viens d’ouvrir un compte sur l’Espace Acheteur pour le service Éducation du Département (achats pour les collèges corréziens).</div>
<div>L’écran de confirmation indiquait qu’un courriel d’activation me serait adressé « dans les minutes qui suivent » : il ne m’est jamais parvenu, ni dans la boîte de réception ni dans le courrier indésirable.</div>
<div>&nbsp;</div>
<div>Pourriez-vous me le renvoyer ?</div>
<div>&nbsp;</div>
<div>Bien cordialement,</div>
<div>&nbsp;</div>
<div><b>Anne-Sophie Lachaud</b><br>Gestionnaire marchés – Direction de l’éducation<br>Conseil départemental de la Corrèze – Tulle</div>
</body></html>
""", body="(html only)")

M("missing_noreply_mail", True, None, None, "espace_acheteur", "fr", False,
  "Base64 Samsung mail from a private address: the mail to validate the account never came.",
  frm=("Karim Haddad", "karim.haddad@sfr.example.fr"), style="samsung", date=(25, 7, 12),
  subject="Validation compte",
  body="""
Bonjour,
Je n'ai pas reçu le mail pour valider mon compte sur l'espace acheteur. Inscription faite samedi. J'ai regardé partout.
Cordialement
K. Haddad, collège de Brioude

Envoyé depuis mon smartphone Samsung Galaxy.
""")

M("missing_noreply_mail", True, None, "auvergne-rhone-alpes", "espace_acheteur", "fr", False,
  "Rectorat purchasing office, structure administrator: the 'account to validate' notifications no longer arrive. "
  "Region from the ac-lyon.fr sender.",
  frm=("Isabelle Mercier", "isabelle.mercier@ac-lyon.fr"), style="zimbra",
  subject="Notifications de comptes à valider",
  body="""
Bonjour,

Je suis administratrice de structure pour la division des achats du
rectorat de Lyon. Jusqu'à septembre, je recevais un courriel à chaque
nouvelle demande de compte à valider. Depuis, plus rien : j'ai découvert
par hasard quatre demandes en attente depuis plusieurs semaines en me
connectant.

Les mails sont-ils toujours envoyés ? Faut-il autoriser une adresse
particulière ?

Isabelle Mercier
Rectorat de l'académie de Lyon - DAF
""")

M("missing_noreply_mail", True, None, "centre-val-de-loire", "ticket_portal", "fr", False,
  "The ticket portal's confirmation mail (to set a password) never arrived; region from the sender domain.",
  frm=("Julien Sarrazin", "julien.sarrazin@ac-orleans-tours.fr"), style="thunderbird",
  subject="Inscription portail de tickets",
  body="""
Bonjour,

Je me suis inscrit sur votre portail de suivi des demandes pour pouvoir
suivre mes tickets, mais le courriel de confirmation qui doit me
permettre de choisir un mot de passe ne m'est jamais arrivé (demande
faite il y a deux jours, rien dans les spams).

Merci de votre aide,
Julien Sarrazin
Collège Pierre de Ronsard, Tours
""")

M("missing_noreply_mail", True, "0360507F", "centre-val-de-loire", "espace_acheteur", "fr", True,
  "UAI only in the ce.<uai>@ac-orleans-tours.fr sender, written in lower case; the new gestionnaire never got the "
  "sign-up confirmation.",
  frm=("Collège Les Capucins", "ce.0360507f@ac-orleans-tours.fr"), style="roundcube", date=(21, 14, 2),
  subject="Inscription Espace Acheteur sans confirmation",
  body="""
Bonjour,

Nouvelle gestionnaire au collège depuis la Toussaint, j'ai rempli le
formulaire d'inscription de l'Espace Acheteur lundi avec l'adresse de
l'établissement (celle-ci). Aucun mail de confirmation n'est arrivé.

Merci de me dire ce que je dois faire.

Mme Rabier
Gestionnaire
""")

M("missing_noreply_mail", True, None, "auvergne-rhone-alpes", "espace_acheteur", "fr", True,
  "Signature gives UAI 0430736T: wrong check letter (the digits give 0430736S), so no UAI; region from the "
  "ac-clermont.fr sender. Activation mail missing.",
  frm=("Stéphanie Roche", "stephanie.roche@ac-clermont.fr"), style="outlook",
  subject="Activation compte acheteur",
  bad=["0430736T"],
  body="""
Bonjour,

Le lien d'activation de mon compte acheteur ne m'est pas parvenu. J'ai refait la demande deux fois, toujours rien, et rien dans les indésirables.

Merci d'avance.

Stéphanie Roche
Secrétariat d'intendance
Collège Jules Vallès - Le Puy-en-Velay
UAI 0430736T
""")

M("missing_noreply_mail", False, "0412214J", "centre-val-de-loire", "espace_acheteur", "fr", True,
  "Two topics: the new-password mail never arrives (first) and a quote (devis) is requested for a furniture order; "
  "a single template would answer only half.",
  frm=("Hervé Lemaire", "herve.lemaire@ac-orleans-tours.fr"), style="outlook", date=(19, 11, 30),
  subject="Mot de passe + demande de devis",
  body="""
Bonjour,

J'ai demandé un nouveau mot de passe pour l'Espace Acheteur jeudi dernier : le mail n'est jamais arrivé (ni dans les spams). Pouvez-vous regarder ?

J'en profite : nous voudrions un devis pour 30 chaises et 8 tables du marché mobilier, à l'ordre du collège Augustin Thierry de Blois (UAI 0412214J), afin de préparer le bon d'engagement.

Merci,
Hervé Lemaire, gestionnaire
""")

M("missing_noreply_mail", True, "0740618V", "auvergne-rhone-alpes", "esidoc", "fr", False,
  "A school head forwards the town-hall IT's answer: they want the exact sender address to allow on their mail "
  "gateway (no product named). Forwarded block, Thunderbird French style.",
  frm=("Frédéric Paccard", "frederic.paccard@ac-grenoble.fr"), style="thunderbird",
  subject="Fwd: Re: mails du portail de la BCD",
  body="""
Bonjour,

Les mails automatiques du portail de la bibliothèque de l'école
(activation, mot de passe) ne nous arrivent pas. Le service informatique
de la mairie, qui gère notre messagerie, me répond ci-dessous : pouvez-
vous me donner l'adresse exacte d'envoi ?

École élémentaire du Parmelan, Annecy - 0740618V

Frédéric Paccard, directeur

-------- Message transféré --------
Sujet : 	Re: mails du portail de la BCD
Date : 	Tue, 19 Nov 2024 16:02:44 +0100
De : 	Service informatique <informatique@mairie-annecy.example.fr>
Pour : 	Frédéric Paccard <frederic.paccard@ac-grenoble.fr>

Bonjour M. Paccard,

Nous ne voyons rien de bloqué dans nos journaux pour votre adresse.
Donnez-nous l'adresse expéditrice exacte de ces mails et nous
l'ajouterons à la liste blanche de la passerelle.

Cordialement,
Le service informatique
""", date=(20, 8, 14))

M("missing_noreply_mail", True, None, "centre-val-de-loire", "espace_acheteur", "fr", False,
  "Very polite, long greetings from a rectorat service: the new-password mail never arrives. Region from the "
  "ac-orleans-tours.fr sender.",
  frm=("Marie-Christine Fouquet", "marie-christine.fouquet@ac-orleans-tours.fr"), style="outlook", date=(20, 10, 15),
  subject="Demande d'assistance - courriel de réinitialisation",
  body="""
Madame, Monsieur,

Permettez-moi tout d'abord de vous remercier pour la qualité de l'accompagnement que vous nous apportez depuis la mise en service de l'Espace Acheteur ; vos équipes ont toujours été d'une grande disponibilité.

Je me permets aujourd'hui de vous solliciter car, ayant demandé à deux reprises la réinitialisation de mon mot de passe (le 14 et le 18 novembre), je n'ai reçu aucun courriel, ni dans ma boîte de réception, ni dans le dossier des courriers indésirables. Mes collègues du service reçoivent pourtant vos messages habituellement.

Je vous saurais gré de bien vouloir examiner cette situation à votre convenance.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Marie-Christine Fouquet
Cheffe du bureau des marchés
Rectorat de l'académie d'Orléans-Tours
""")

M("missing_noreply_mail", True, "0072650T", "auvergne-rhone-alpes", "espace_acheteur", "fr", False,
  "Contrast: the welcome mail did arrive, but not the second one with the link to set the password.",
  frm=("Julie Faure", "julie.faure@ac-grenoble.fr"), style="ipad",
  subject="Lien pour définir le mot de passe",
  body="""
Bonjour,
J'ai bien reçu le mail de bienvenue de l'Espace Acheteur (donc mon adresse est bonne et vos mails passent), mais pas celui qui contient le lien pour définir mon mot de passe. Ça fait 24 h.
Collège Laboissière, Privas, 0072650T
Bonne journée
Julie Faure

Envoyé de mon iPad
""")

M("missing_noreply_mail", True, "0192002Y", "nouvelle-aquitaine", "esidoc", "fr", False,
  "e-sidoc notifications from the no-reply address (reservations, purchase suggestions) no longer reach the librarian.",
  frm=("Bruno Chassagne", "bruno.chassagne@ac-limoges.fr"), style="thunderbird",
  subject="Plus de notifications du portail",
  body="""
Bonjour,

Depuis deux ou trois semaines, je ne reçois plus aucune notification du
portail e-sidoc du collège (réservations des élèves, suggestions
d'achat). Les élèves me disent qu'ils réservent, je le vois dans
l'administration, mais aucun mail.

J'ai regardé dans les indésirables, rien. Collège des Monédières,
Égletons, UAI 0192002Y.

Merci,
Bruno Chassagne
""")


# ================================================================ head_of_establishment_request

M("head_of_establishment_request", False, "0380330C", "auvergne-rhone-alpes", "esidoc", "fr", False,
  "New primary-school head writes from the school's ce.<UAI> address: reset of the BCD portal admin password and "
  "the contact address to be replaced with the school's.",
  frm=("Ecole elementaire Paul Bert", "ce.0380330C@ac-grenoble.fr"), style="zimbra",
  subject="Demande du directeur - compte administrateur portail BCD",
  body="""
Madame, Monsieur,

Nommé directeur de l'école élémentaire Paul Bert d'Échirolles (UAI
0380330C) à la rentrée, je découvre que le compte administrateur du
portail e-sidoc de notre bibliothèque est toujours rattaché à l'adresse
personnelle de mon prédécesseur, parti à la retraite.

Je vous demande donc :
- de réinitialiser le mot de passe administrateur ;
- de remplacer l'adresse de contact par celle de l'école, d'où je vous
écris.

Je reste à votre disposition pour tout justificatif.

Cordialement,

Antoine Garnier
Directeur d'école
""")

M("head_of_establishment_request", False, "0631179P", "auvergne-rhone-alpes", "espace_acheteur", "fr", False,
  "The principal authorises in writing the gestionnaire's order on the Espace Acheteur (amount and market named).",
  frm=("Philippe Bonnefoy", "philippe.bonnefoy@ac-clermont.fr"), style="outlook",
  subject="Autorisation de commande - collège de Thiers",
  body="""
Bonjour,

En ma qualité de principal du collège Audembron à Thiers (UAI 0631179P), j'autorise Mme Besse, adjointe gestionnaire, à valider sur l'Espace Acheteur la commande de matériel de sciences d'un montant de 4 218,60 € TTC (marché équipement pédagogique, lot 3).

Le bon d'engagement suivra par le circuit habituel.

Bien cordialement,

Philippe Bonnefoy
Principal
""")

M("head_of_establishment_request", False, "0692111V", "auvergne-rhone-alpes", "esidoc", "fr", False,
  "A directrice d'école dictates by voice (homophones 'sait', 'ces', 'mes'): the teacher who administered the BCD "
  "portal left; she asks to change the administrator to another teacher.",
  frm=("Véronique Thollet", "veronique.thollet@ac-lyon.fr"), style="ipad",
  subject="changement administrateur bibliothèque école",
  body="""
bonjour je suis la directrice de l'école Anatole France a Villefranche-sur-Saône UAI 0692111V sait Mme Ducros qui était administratrice du portail de la bibliothèque mes elle a eu sa mutation en septembre et ces maintenant M Perrin qui s'en occupe je vous demande donc de mettre M Perrin comme administrateur a la place de Mme Ducros son adresse ces thibault.perrin@ac-lyon.fr merci beaucoup et bonne fin de journée
V Thollet directrice

Envoyé de mon iPad
""")

M("head_of_establishment_request", False, "0182666A", "centre-val-de-loire", "esidoc", "fr", True,
  "Reply in the ticket thread (Outlook quote): the principal gives the written request the desk asked for, after the "
  "librarian's reset failed.",
  frm=("Nathalie Girault", "nathalie.girault@ac-orleans-tours.fr"), style="outlook", date=(14, 17, 48),
  subject="RE: [#SUP-005361] Mot de passe e-sidoc - collège Jean Moulin",
  irt="<SUP-005361.1731503344.0e7a52@assistance.example.fr>",
  refs="<SUP-005361.1731403113.9b2c4e@assistance.example.fr> <SUP-005361.1731503344.0e7a52@assistance.example.fr>",
  body="""
Bonjour,

Comme vous me l'avez demandé, je confirme par écrit en tant que principale du collège Jean Moulin de Saint-Amand-Montrond (UAI 0182666A) ma demande de réinitialisation du mot de passe administrateur e-sidoc. Le lien peut être envoyé à l'adresse de l'établissement.

Cordialement,

Nathalie Girault
Principale

-----Message d'origine-----
De : Assistance <support@assistance.example.fr>
Envoyé : mercredi 13 novembre 2024 14:09
À : cdi.jeanmoulin18@ac-orleans-tours.fr
Cc : nathalie.girault@ac-orleans-tours.fr
Objet : [#SUP-005361] Mot de passe e-sidoc - collège Jean Moulin

Bonjour,

L'adresse enregistrée pour votre établissement n'étant plus valide, la réinitialisation ne peut être faite que sur demande écrite du chef d'établissement. Nous mettons le chef d'établissement en copie.

Cordialement,
L'équipe d'assistance
""")

M("head_of_establishment_request", False, "0871941M", "nouvelle-aquitaine", "espace_acheteur", "fr", False,
  "HTML-only Outlook letter: the principal asks to replace the contact address of the Espace Acheteur administrator "
  "account with the new gestionnaire's.",
  frm=("Claire Dumas", "claire.dumas@ac-limoges.fr"), style="outlook_html",
  subject="Modification de l'adresse de contact - Espace Acheteur",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Madame, Monsieur,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Principale du collège Firmin Roz de Saint-Junien (UAI <b>0871941M</b>), je vous informe du départ de notre gestionnaire, M. Lagarde, au 31 octobre.</p>
<p class="MsoNormal">Je vous demande de bien vouloir remplacer l&#8217;adresse de contact du compte administrateur de l&#8217;Espace Acheteur par celle de sa remplaçante, Mme Sophie Ribière : <a href="mailto:sophie.ribiere@ac-limoges.fr">sophie.ribiere@ac-limoges.fr</a>.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Je vous remercie de votre diligence.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Claire DUMAS<br>Principale<br><span style="color:#7F7F7F">Collège Firmin Roz &#8211; 87200 Saint-Junien</span></p>
</div></body></html>
""", body="(html only)")

M("head_of_establishment_request", False, "0381629P", "auvergne-rhone-alpes", None, "fr", True,
  "Claims to be the principal, from the ce.<UAI> address, but SPF and DMARC fail, Reply-To is a free-mail address, "
  "and it asks to move both admin accounts (e-sidoc and Espace Acheteur) to that address: probable spoof. Still a "
  "head-of-establishment request for the queue, where staff should refuse it; no single platform.",
  frm=("Principal college Champollion", "ce.0381629P@ac-grenoble.fr"), style="roundcube",
  reply_to="principal.champollion38@webmail-free.example.com",
  auth={"dkim": "none (message not signed)", "spf": "fail (sender IP is 203.0.113.66) smtp.mailfrom=ac-grenoble.fr",
        "dmarc": "fail (p=quarantine dis=none) header.from=ac-grenoble.fr"},
  relay="vps-4471.hosting.example.net",
  subject="URGENT changement adresse administrateur",
  body="""
Bonjour,

Je suis le principal du collège Champollion (0381629P). Pour raison de
sécurité suite à un piratage de notre messagerie, merci de transférer
IMMEDIATEMENT les deux comptes administrateur (portail documentaire et
Espace Acheteur) sur ma nouvelle adresse :
principal.champollion38@webmail-free.example.com

Merci de me confirmer par retour sur cette adresse et d'envoyer les
nouveaux mots de passe.

Le Principal
""")

M("head_of_establishment_request", False, None, "auvergne-rhone-alpes", "espace_acheteur", "fr", True,
  "The principal gives UAI 0151751Y, a wrong check letter (the digits give 0151751X): no UAI; region from the "
  "ac-clermont.fr sender. Names a new structure administrator.",
  frm=("Gérard Lavergne", "gerard.lavergne@ac-clermont.fr"), style="thunderbird",
  subject="Désignation d'un nouvel administrateur de structure",
  bad=["0151751Y"],
  body="""
Bonjour,

Principal du collège de la Jordanne à Aurillac (UAI 0151751Y), je
désigne Mme Pauline Cabrespine, secrétaire de gestion, comme nouvelle
administratrice de structure sur l'Espace Acheteur, en remplacement de
M. Fabre qui a quitté l'établissement.

Merci de bien vouloir fermer les accès de M. Fabre.

Gérard Lavergne
Principal
""")

M("head_of_establishment_request", False, "0281776D", "centre-val-de-loire", "espace_acheteur", "fr", False,
  "The UAI appears only in the signature block; the principal names a new administrator and asks to close the "
  "former one's access.",
  frm=("Franck Deschamps", "franck.deschamps@ac-orleans-tours.fr"), style="outlook",
  subject="Administrateur Espace Acheteur",
  body="""
Bonjour,

Je vous informe que Mme Lebrun, jusqu'ici administratrice de notre structure sur l'Espace Acheteur, a pris sa retraite. Je souhaite que M. Kévin Marchand, notre nouvel adjoint gestionnaire, soit désigné administrateur et que le compte de Mme Lebrun soit désactivé.

Je vous remercie.

F. Deschamps
Principal
Collège Albert Sidoisne
28000 Chartres
Tél. 02 37 00 00 00
UAI 0281776D
""")

M("head_of_establishment_request", False, "0411716T", "centre-val-de-loire", "esidoc", "fr", True,
  "The secretary sends the principal's signed letter (PDF) with the principal in copy: it is the head's written "
  "request relayed; staff must check the letter and the sender.",
  frm=("Secrétariat collège Ronsard", "ce.0411716T@ac-orleans-tours.fr"), style="outlook",
  cc="Joëlle Mabire <joelle.mabire@ac-orleans-tours.fr>",
  attach=[("Courrier principale - administrateur e-sidoc.pdf", "application/pdf")],
  subject="Courrier de Mme la Principale - administrateur e-sidoc",
  body="""
Bonjour,

Veuillez trouver ci-joint le courrier signé de Mme Mabire, principale du collège, demandant la réinitialisation du mot de passe administrateur du portail e-sidoc et le changement d'adresse de contact (départ de notre documentaliste).

Mme Mabire est en copie de ce message.

Bien cordialement,

Le secrétariat de direction
Collège Ronsard – Vendôme
""")

M("head_of_establishment_request", False, "0692682R", "auvergne-rhone-alpes", "esidoc", "en", False,
  "English: the head of an international school authorises the librarian to place and validate the renewal order "
  "for the library portal.",
  frm=("Dr. Helen Whitfield", "helen.whitfield@ac-lyon.fr"), style="outlook",
  subject="Authorisation - library portal renewal order",
  body="""
Dear colleagues,

As head of the international collège in Lyon Gerland (school code 0692682R), I hereby authorise our librarian, Mr. Julien Roussel, to place and validate the renewal order for our library portal subscription for 2025, within the budget voted by the board (1 450 EUR).

Please let me know if you need this on letterhead as well.

Kind regards,

Dr. Helen Whitfield
Head of School
""")

M("head_of_establishment_request", False, "0231434J", "nouvelle-aquitaine", "esidoc", "fr", True,
  "Looks like a plain password request, but the writer is the school head himself and asks, from the school's "
  "ce.<UAI> address, for the admin password to be reset and sent to that address: head-of-establishment request.",
  frm=("Ecole de Bourganeuf", "ce.0231434J@ac-limoges.fr"), style="openxchange",
  subject="mot de passe bibliothèque de l'école",
  body="""
Bonjour,

Directeur de l'école primaire de Bourganeuf, je n'ai pas le mot de passe
administrateur du portail de notre bibliothèque (la collègue qui l'avait
a quitté l'école). Je vous demande de le réinitialiser et d'envoyer le
lien sur l'adresse de l'école, d'où je vous écris.

Merci.

Jean-Louis Peyrot
Directeur
""")

M("head_of_establishment_request", False, "0422189B", "auvergne-rhone-alpes", "espace_acheteur", "fr", True,
  "Two topics: the principal names a new Espace Acheteur administrator (main request) and asks in passing why an "
  "invoice was sent twice (order_billing).",
  frm=("Sandrine Mathevet", "sandrine.mathevet@ac-lyon.fr"), style="zimbra", date=(12, 10, 44),
  subject="Nouvel administrateur + question facture",
  body="""
Bonjour,

Principale du collège Honoré d'Urfé à Saint-Étienne (UAI 0422189B), je
vous demande de désigner M. Yannis Benali, adjoint gestionnaire arrivé
le 4 novembre, comme administrateur de notre structure sur l'Espace
Acheteur, et de retirer les droits de Mme Chalaye.

Par ailleurs, notre agence comptable a reçu deux fois la même facture
(octobre) : pouvez-vous nous dire laquelle annuler ?

Cordialement,
Sandrine Mathevet
""")

M("head_of_establishment_request", False, None, None, "esidoc", "fr", False,
  "A nursery-school head gives her agreement for the BCD portal admin change from a personal address, no UAI: weak "
  "evidence, staff must verify.",
  frm=("Maryse Fontanel", "maryse.fontanel@orange.example.fr"), style="iphone",
  subject="Accord directrice école maternelle",
  body="""
Bonjour,

Je suis la directrice de l'école maternelle des Tilleuls à Montluçon. Je vous donne mon accord pour que Mme Aubignat devienne administratrice du portail de notre bibliothèque à la place de Mme Souchon.

Je vous écris depuis ma boîte personnelle car je n'ai pas accès à celle de l'école ce soir.

Maryse Fontanel

Envoyé de mon iPhone
""")


# ================================================================ mailinblack_spam

M("mailinblack_spam", True, "0452793S", "centre-val-de-loire", "espace_acheteur", "fr", False,
  "MailInBlack named: the activation mail of the Espace Acheteur sits in its quarantine; asks what to allow.",
  frm=("Agnès Pinault", "agnes.pinault@ac-orleans-tours.fr"), style="thunderbird",
  subject="Mail d'activation bloqué par MailInBlack",
  body="""
Bonjour,

Le collège est équipé de MailInBlack depuis la rentrée. Je viens de
retrouver le mail d'activation de l'Espace Acheteur dans la quarantaine
MailInBlack, mais le lien qu'il contient a expiré entre-temps.

Quelle adresse faut-il autoriser pour que vos mails passent directement ?

Collège Jacques Prévert - Gien - UAI 0452793S

Agnès Pinault
Gestionnaire
""")

M("mailinblack_spam", True, "0362257H", "centre-val-de-loire", "esidoc", "fr", False,
  "Voice dictation, product spelled 'mail in black', no punctuation: the portal's mails go to its quarantine.",
  frm=("Josiane Mérigot", "josiane.merigot@ac-orleans-tours.fr"), style="samsung",
  subject="mail in black",
  body="""
bonjour je suis secrétaire au collège de La Châtre 0362257H les mails du portail documentaire arrivent plus sa reste bloqué dans le mail in black et il faut aller les chercher a chaque fois la documentaliste me demande tous les jours si sa peut pas être réglé une fois pour toute comment on fait merci
Josiane Mérigot
""")

M("mailinblack_spam", True, None, None, "espace_acheteur", "fr", False,
  "The Département's IT rolled out Mailinblack for all its collèges and asks which sender addresses and domains "
  "to allow-list. Non-academic sender, no UAI.",
  frm=("Direction du numérique - CD03", "dsi.messagerie@allier.example.fr"), style="outlook", date=(13, 14, 20),
  subject="Déploiement Mailinblack - expéditeurs à autoriser",
  body="""
Bonjour,

Le Département de l'Allier déploie la solution Mailinblack sur les messageries de ses 36 collèges publics depuis le 4 novembre. Plusieurs gestionnaires nous signalent que les messages de l'Espace Acheteur (activation, mots de passe, notifications) sont retenus.

Afin de les ajouter à la liste blanche globale, pourriez-vous nous communiquer la liste des adresses et domaines d'envoi utilisés par votre plateforme ?

Cordialement,

Stéphane Giraud
Administrateur messagerie
Direction du numérique – Département de l'Allier
""")

M("mailinblack_spam", False, "0731645S", "auvergne-rhone-alpes", "espace_acheteur", "fr", True,
  "The sender-authentication challenge is described (senders must click to prove they are human) without naming "
  "MailInBlack: mailinblack_spam, but the product is not confirmed, so a person checks before sending the guide.",
  frm=("Rémi Cattin", "remi.cattin@ac-grenoble.fr"), style="roundcube",
  subject="Vos messages ne nous arrivent pas",
  body="""
Bonjour,

Depuis un changement fait par le Département sur nos boîtes, les
expéditeurs inconnus reçoivent un message automatique leur demandant de
cliquer sur un lien et de recopier des caractères pour prouver qu'ils ne
sont pas des robots. Tant qu'ils ne l'ont pas fait, le message reste en
attente chez nous.

Je suppose que votre adresse no-reply ne peut pas cliquer... Du coup je
n'ai jamais eu le mail d'activation de l'Espace Acheteur.

Collège Jean Moulin, Albertville (0731645S)
Rémi Cattin
""")

M("mailinblack_spam", False, "0152177K", "auvergne-rhone-alpes", "espace_acheteur", "fr", True,
  "Two topics: activation mail held by MailInBlack (main) and who is the structure's administrator "
  "(account_creation, needs a look-up).",
  frm=("Cécile Bastide", "cecile.bastide@ac-clermont.fr"), style="outlook",
  subject="Mailinblack + administrateur",
  body="""
Bonjour,

1. Le mail d'activation de mon compte est bloqué par Mailinblack (je le vois dans la quarantaine mais je ne peux pas l'ouvrir, il faut l'accord de l'informatique du Département).

2. Par ailleurs, le site m'indique que mon compte doit être validé par l'administrateur de la structure. Qui est-ce pour notre collège ? Personne ici ne le sait.

Collège Jean Mermoz, Saint-Flour – UAI 0152177K

Merci
Cécile Bastide
""")

M("mailinblack_spam", True, None, "auvergne-rhone-alpes", "espace_acheteur", "en", False,
  "English: MailinBlack quarantine holds the platform's automatic mails; region from the ac-lyon.fr sender.",
  frm=("Owen Gallagher", "owen.gallagher@ac-lyon.fr"), style="thunderbird", lang_hdr="en",
  subject="Your emails stuck in MailinBlack",
  body="""
Hi,

Our school mailboxes are now filtered by MailinBlack, and every e-mail
from your platform (activation, password reset) ends up in the
MailinBlack quarantine. I have released two of them by hand, but the
links had already expired.

Is there a guide for whitelisting your addresses?

Thanks,
Owen Gallagher
Bursar's office
""")

M("mailinblack_spam", True, "0870266S", "nouvelle-aquitaine", "esidoc", "fr", False,
  "A person forwards the MailInBlack daily quarantine report (machine text) and asks how to stop the portal's mails "
  "being held: the outer message is a real question.",
  frm=("Patricia Lathière", "patricia.lathiere@ac-limoges.fr"), style="thunderbird",
  subject="Fwd: Votre rapport de quarantaine Mailinblack",
  body="""
Bonjour,

Voici le rapport que je reçois chaque matin : les messages du portail du
CDI y sont systématiquement. Comment faire pour qu'ils arrivent
directement ? Collège de Bellac, UAI 0870266S.

Merci,
P. Lathière

-------- Message transféré --------
Sujet : 	Votre rapport de quarantaine Mailinblack
Date : 	Thu, 21 Nov 2024 07:00:12 +0100
De : 	Mailinblack <noreply@protect.mailinblack.example.com>
Pour : 	patricia.lathiere@ac-limoges.fr

Rapport de quarantaine - 3 messages en attente

Expéditeur                         Objet
no-reply@esidoc.example.fr         Nouvelle réservation
no-reply@esidoc.example.fr         Nouvelle réservation
no-reply@esidoc.example.fr         Suggestion d'achat

Pour délivrer ou autoriser un expéditeur, connectez-vous à votre espace
Mailinblack.
""", date=(21, 8, 3))

M("mailinblack_spam", True, None, "auvergne-rhone-alpes", "esidoc", "fr", True,
  "UAI written 0260092K: wrong check letter (the digits give 0260092J), so no UAI; region from the ac-grenoble.fr "
  "sender. Password-reset mails held by MailInBlack.",
  frm=("Christophe Reboul", "christophe.reboul@ac-grenoble.fr"), style="thunderbird",
  subject="Mailinblack bloque les mails de réinitialisation",
  bad=["0260092K"],
  body="""
Bonjour,

Je demande un nouveau mot de passe pour le portail du CDI, mais le mail
part dans la quarantaine Mailinblack et, le temps que je le libère, le
lien ne marche plus. Pourriez-vous m'envoyer la procédure pour autoriser
votre adresse ?

Collège Jean Macé, Portes-lès-Valence - 0260092K

Christophe Reboul
Professeur documentaliste
""")

M("mailinblack_spam", True, "0632494U", "auvergne-rhone-alpes", "espace_acheteur", "fr", False,
  "Reply quoting the desk's junk-folder answer: their IT now says MailInBlack is blocking; the MailInBlack guide is "
  "the right answer.",
  frm=("Marc Pélissier", "marc.pelissier@ac-clermont.fr"), style="outlook", date=(22, 11, 37),
  subject="RE: [#SUP-005455] Pas de mail pour le mot de passe",
  irt="<SUP-005455.1731942714.f0b3a7@assistance.example.fr>",
  refs="<SUP-005455.1731942714.f0b3a7@assistance.example.fr>",
  body="""
Bonjour,

Rien dans les indésirables, mais notre informaticien vient de me dire que c'est Mailinblack qui bloque : tous les expéditeurs inconnus y passent depuis la rentrée. Que faut-il lui demander exactement ?

Marc Pélissier
Collège Henri Pourrat, Ambert – UAI 0632494U

De : Assistance <support@assistance.example.fr>
Envoyé : lundi 18 novembre 2024 16:11
À : Marc Pélissier <marc.pelissier@ac-clermont.fr>
Objet : [#SUP-005455] Pas de mail pour le mot de passe

Bonjour,

Nos messages automatiques partent d'une adresse no-reply. Merci de vérifier votre dossier « Courrier indésirable » et d'ajouter cette adresse à vos contacts.

Cordialement,
L'équipe d'assistance
""")

M("mailinblack_spam", True, None, None, None, "fr", False,
  "One line from a phone: blocked by mailinblack, send the guide. No platform, no UAI, private address.",
  frm=("", "gestion.clg.montbrison@sfr.example.fr"), style="android",
  subject="mailinblack",
  body="""
vos mails sont bloqués par mailinblack chez nous, vous pouvez m'envoyer le guide svp
""")

M("mailinblack_spam", True, "0431229C", "auvergne-rhone-alpes", "espace_acheteur", "fr", False,
  "Quoted-printable Outlook mail, 'MAILINBLACK' in capitals: clicked 'autoriser' on the notice but later mails are "
  "still held.",
  frm=("Sylvain Arnaud", "sylvain.arnaud@ac-clermont.fr"), style="outlook",
  subject="Toujours bloqué malgré l'autorisation",
  body="""
Bonjour,

J'ai reçu la notification MAILINBLACK pour votre premier message et j'ai cliqué sur « Autoriser l'expéditeur ». Pourtant les messages suivants de l'Espace Acheteur (notamment celui pour le mot de passe) sont encore retenus.

Faut-il autoriser plusieurs adresses ?

Sylvain Arnaud
Collège Roger Ruel – Yssingeaux
0431229C
""")

M("mailinblack_spam", True, "0011986D", "auvergne-rhone-alpes", "esidoc", "fr", False,
  "A primary-school head: the school mailbox, managed by the town hall, now runs Mailinblack and the BCD portal's "
  "mails are quarantined. She asks nothing of a head-of-establishment kind.",
  frm=("Laetitia Guichard", "laetitia.guichard@ac-lyon.fr"), style="outlook",
  subject="Messages du portail BCD en quarantaine",
  body="""
Bonjour,

La mairie, qui gère la boîte mail de l'école, a installé Mailinblack pendant les vacances. Depuis, tous les messages du portail de notre bibliothèque (réservations, mot de passe) partent en quarantaine.

La mairie me demande ce qu'il faut autoriser. Avez-vous une documentation à leur transmettre ?

Laetitia Guichard
Directrice – École primaire de Miribel
UAI 0011986D
""")


# ================================================================ order_billing

M("order_billing", False, "0372387U", "centre-val-de-loire", "esidoc", "fr", False,
  "Asks for a formal quote (devis) for the 2025 renewal, needed to issue the bon d'engagement before the budget "
  "closes.",
  frm=("Sophie Hardouin", "sophie.hardouin@ac-orleans-tours.fr"), style="thunderbird",
  subject="Demande de devis renouvellement 2025",
  body="""
Bonjour,

Afin d'établir le bon d'engagement avant la clôture de l'exercice (notre
agent comptable demande les pièces pour le 6 décembre), pourriez-vous
nous transmettre un devis pour le renouvellement de l'abonnement e-sidoc
pour l'année 2025 ?

Établissement : collège Georges Besse, Loches - UAI 0372387U
À l'attention de : Mme Hardouin, adjointe gestionnaire

Avec mes remerciements,
Sophie Hardouin
""")

M("order_billing", False, "0032311W", "auvergne-rhone-alpes", "esidoc", "fr", False,
  "Order validated in September, invoice still not deposited on Chorus Pro.",
  frm=("Thierry Barraud", "thierry.barraud@ac-clermont.fr"), style="outlook",
  subject="Facture non déposée sur Chorus Pro",
  body="""
Bonjour,

Notre commande du 23 septembre (renouvellement du portail documentaire) a bien été livrée et le service est actif, mais aucune facture n'a été déposée sur Chorus Pro à ce jour. Sans dépôt, nous ne pouvons pas procéder au mandatement.

Pour mémoire, SIRET de l'établissement : 190 300 000 00000 – service exécutant : GESTION.

Merci de faire le nécessaire.

Thierry Barraud
Agent comptable – Collège Jules Ferry, Moulins
UAI 0032311W
""")

M("order_billing", False, "0742893T", "auvergne-rhone-alpes", "esidoc", "fr", False,
  "The saved basket with the resource renewals has disappeared before validation.",
  frm=("Anne Perrillat", "anne.perrillat@ac-grenoble.fr"), style="ipad",
  subject="Panier disparu",
  body="""
Bonjour,
J'avais préparé un panier avec les renouvellements de nos ressources (Universalis et deux revues) fin octobre, en attendant le feu vert de l'intendance. Aujourd'hui le panier est vide ! Est-ce qu'il y a une durée limite ? Faut-il tout refaire ?
Collège du Salève, Reignier – 0742893T
Anne Perrillat

Envoyé de mon iPad
""")

M("order_billing", False, None, None, "espace_acheteur", "fr", False,
  "Conseil départemental: may orders be paid by mandat administratif after service done, and on which document "
  "should the engagement number appear?",
  frm=("Damien Couturier", "damien.couturier@loiret.example.fr"), style="outlook",
  subject="Modalités de paiement - commandes collèges",
  body="""
Bonjour,

Nous allons passer nos premières commandes via l'Espace Acheteur pour le compte de plusieurs collèges du Loiret. Deux questions de notre service financier :

- le paiement par mandat administratif à réception de facture (délai global de paiement de 30 jours) est-il bien accepté ?
- le numéro d'engagement doit-il figurer sur le bon de commande ou uniquement sur la facture déposée sur Chorus ?

Merci pour vos précisions.

Damien Couturier
Service des finances – Direction de l'éducation
Département du Loiret
""")

M("order_billing", False, "0180385W", "centre-val-de-loire", "espace_acheteur", "fr", True,
  "Two topics: the invoice amount differs from the order (main) and a convention of the market is missing from "
  "'Mes Marchés' (contract_documents).",
  frm=("Ludovic Brasseur", "ludovic.brasseur@ac-orleans-tours.fr"), style="zimbra",
  subject="Écart sur facture et convention introuvable",
  body="""
Bonjour,

La facture reçue pour notre commande d'équipement informatique
(n° FA-2024-08817) s'élève à 6 912,00 € TTC alors que le bon de commande
validé sur l'Espace Acheteur était de 6 192,00 € TTC. Il semble y avoir
une inversion de chiffres. Pouvez-vous émettre un avoir ou une facture
rectifiée ?

Accessoirement, je ne retrouve plus dans « Mes Marchés » la convention
de ce marché, que je voulais joindre au mandat.

Collège Jean Rostand, Vierzon - UAI 0180385W
L. Brasseur, adjoint gestionnaire
""")

M("order_billing", False, None, "auvergne-rhone-alpes", "esidoc", "fr", True,
  "UAI written 0421154C: wrong check letter (the digits give 0421154B), so no UAI; region from the ac-lyon.fr "
  "sender. Asks that invoices go to the agence comptable.",
  frm=("Mireille Bouchet", "mireille.bouchet@ac-lyon.fr"), style="outlook",
  subject="Adresse de facturation",
  bad=["0421154C"],
  body="""
Bonjour,

Depuis le 1er novembre, la comptabilité de notre collège est reprise par l'agence comptable du lycée Claude Fauriel. Merci d'adresser désormais les factures de l'abonnement e-sidoc à : Agence comptable – 28 avenue de la Libération – 42000 Saint-Étienne, et non plus au collège.

Établissement concerné : collège Les Ondaines, 0421154C.

Cordialement,
Mireille Bouchet, secrétaire de gestion
""")

M("order_billing", False, None, None, "esidoc", "en", False,
  "English: a private international school asks for the invoice to be made out to its accounting department with "
  "a purchase-order number.",
  frm=("Rachel Thompson", "accounts@international-school-annecy.example.fr"), style="outlook",
  subject="Invoice details for our library portal order",
  body="""
Good morning,

We have just placed an order for the library portal subscription. Could you please make out the invoice to our accounting department rather than to the librarian, and quote our purchase order number PO-2024-117 on it? Our auditors require the PO number on every invoice.

Billing address: International School of Annecy – Accounts Department – 12 route des Creuses, 74600 Seynod.

Many thanks,
Rachel Thompson
Finance Officer
""")

M("order_billing", False, "0871105D", "nouvelle-aquitaine", "esidoc", "fr", False,
  "HTML-only mail from a webmail: the same invoice was received twice; asks which one to cancel.",
  frm=("Jacqueline Mazaud", "jacqueline.mazaud@ac-limoges.fr"), style="zimbra",
  subject="Facture reçue en double",
  html="""<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>Bonjour,</div><div><br data-mce-bogus="1"></div><div>Nous avons reçu deux fois la facture n° <strong>FC-24-3391</strong> (abonnement portail documentaire, 389,00 € TTC) : une fois par courrier, une fois déposée sur Chorus Pro avec un autre numéro (FC-24-3420).</div><div><br data-mce-bogus="1"></div><div>Pouvez-vous nous confirmer laquelle doit être annulée, pour éviter un double paiement ?</div><div><br data-mce-bogus="1"></div><div>Collège Maurice Rollinat, Ambazac - UAI 0871105D</div><div><br data-mce-bogus="1"></div><div>Cordialement,</div><div>J. Mazaud</div><div>Service intendance</div></div></body></html>
""", body="(html only)")

M("order_billing", False, "0260688G", "auvergne-rhone-alpes", "esidoc", "fr", True,
  "Reply in an old subscription-activation thread (quoted, settled) that asks something else: the order form "
  "requires a bon d'engagement the collège cannot produce before January.",
  frm=("Noël Terrasse", "noel.terrasse@ac-grenoble.fr"), style="thunderbird", date=(26, 14, 7),
  subject="Re: [#SUP-004987] Ressource Cafeyn non activée",
  irt="<SUP-004987.1727944010.99d1c3@assistance.example.fr>",
  refs="<SUP-004987.1727944010.99d1c3@assistance.example.fr>",
  body="""
Bonjour,

Je reprends ce fil (la ressource Cafeyn marche bien depuis octobre,
merci) pour une autre question : pour valider la commande des
renouvellements 2025, votre formulaire exige un bon d'engagement. Notre
budget 2025 ne sera voté qu'en janvier : peut-on valider la commande
maintenant et envoyer le bon d'engagement ensuite ?

Noël Terrasse
Collège Marie Curie, Tain-l'Hermitage (0260688G)

Le 03/10/2024 à 10:26, Assistance a écrit :
> Bonjour,
>
> La ressource Cafeyn commandée le 1er octobre sera active sous 72 heures.
>
> Cordialement,
> L'équipe d'assistance
""")

M("order_billing", False, None, "nouvelle-aquitaine", "espace_acheteur", "fr", False,
  "Terse: order validated on 4 November, still no invoice. No UAI; region from the ac-limoges.fr sender.",
  frm=("G. Faucher", "guillaume.faucher@ac-limoges.fr"), style="iphone", date=(22, 7, 48),
  subject="Facture ?",
  body="""
Commande BC-24-0312 validée le 4/11, toujours pas de facture. Merci.

GF

Envoyé de mon iPhone
""")


# ================================================================ account_creation

M("account_creation", True, "0012413T", "auvergne-rhone-alpes", "espace_acheteur", "fr", False,
  "New gestionnaire asks how to create an Espace Acheteur account for the collège: the sign-up answer fits.",
  frm=("Florian Millet", "florian.millet@ac-lyon.fr"), style="thunderbird",
  subject="Création de compte Espace Acheteur",
  body="""
Bonjour,

Arrivé au collège Louis Dumont de Oyonnax (UAI 0012413T) comme adjoint
gestionnaire, je dois passer des commandes sur l'Espace Acheteur mais je
n'ai pas de compte. Comment en créer un ?

Merci,
Florian Millet
""")

M("account_creation", True, "0372363T", "centre-val-de-loire", "espace_acheteur", "fr", False,
  "Filled in the sign-up form, cannot log in: account waiting for the structure administrator's validation.",
  frm=("Sabrina Toutain", "sabrina.toutain@ac-orleans-tours.fr"), style="outlook", date=(21, 13, 50),
  subject="Compte en attente",
  body="""
Bonjour,

J'ai rempli le formulaire d'inscription lundi, j'ai bien reçu le mail de confirmation, mais quand j'essaie de me connecter on me dit que mon compte est « en attente de validation ». Combien de temps faut-il attendre ?

Collège Anatole France, Tours – 0372363T

Sabrina Toutain
""")

M("account_creation", False, "0191727Z", "nouvelle-aquitaine", "espace_acheteur", "fr", False,
  "Asks who the structure's administrator is, to get the account validated: needs a look-up, so a person answers.",
  frm=("Dominique Lachèze", "dominique.lacheze@ac-limoges.fr"), style="roundcube",
  subject="Qui est notre administrateur ?",
  body="""
Bonjour,

Mon compte doit être validé par « l'administrateur de la structure ».
Personne au collège ne sait qui c'est ; l'ancien gestionnaire est parti
il y a deux ans. Pouvez-vous me dire qui est enregistré comme
administrateur pour le collège d'Objat (0191727Z) ?

Merci,
D. Lachèze
""")

M("account_creation", True, "0741701X", "auvergne-rhone-alpes", "espace_acheteur", "fr", True,
  "Negation: 'je n'ai pas perdu mon mot de passe', she never had an account and wants to create one: "
  "account_creation, not password_reset.",
  frm=("Élise Dunand", "elise.dunand@ac-grenoble.fr"), style="outlook",
  subject="Pas de compte",
  body="""
Bonjour,

Le secrétariat m'a dit de cliquer sur « mot de passe oublié » mais je n'ai pas perdu mon mot de passe : je n'ai jamais eu de compte sur l'Espace Acheteur ! Je viens d'arriver comme gestionnaire au collège Le Semnoz, Seynod (0741701X).

Comment je m'inscris ?

Élise Dunand
""")

M("account_creation", False, "0452382V", "centre-val-de-loire", "espace_acheteur", "fr", False,
  "Account works, but she cannot validate orders: asks for the order-validation rights to be opened.",
  frm=("Pascale Hue", "pascale.hue@ac-orleans-tours.fr"), style="zimbra",
  subject="Droits de validation des commandes",
  body="""
Bonjour,

Je me connecte sans problème à l'Espace Acheteur, mais le bouton
« Valider la commande » est grisé pour moi. Je suis pourtant la
gestionnaire titulaire du collège Max Jacob de Saint-Jean-de-la-Ruelle
(0452382V). Pouvez-vous m'ouvrir les droits de validation ?

Pascale Hue
""")

M("account_creation", False, None, "auvergne-rhone-alpes", "espace_acheteur", "fr", False,
  "A rectorat department (DRANE) wants a buyer account: eligibility must be checked by a person. Region from the "
  "ac-clermont.fr sender.",
  frm=("Arnaud Vigier", "arnaud.vigier@ac-clermont.fr"), style="thunderbird",
  subject="Ouverture d'un compte pour la DRANE",
  body="""
Bonjour,

La délégation régionale académique au numérique éducatif (site de
Clermont-Ferrand) souhaiterait passer quelques commandes d'équipement
pour ses formations. Un service du rectorat peut-il ouvrir un compte sur
l'Espace Acheteur, et si oui avec quel numéro de structure, puisque nous
n'avons pas d'UAI d'établissement ?

Cordialement,
Arnaud Vigier
DRANE Auvergne-Rhône-Alpes - site de Clermont-Ferrand
""")

M("account_creation", True, "0180617Y", "centre-val-de-loire", "esidoc", "fr", True,
  "Written by a primary-school head, but he only asks how to open the customer account before a first order: not "
  "a head-of-establishment request.",
  frm=("Hugues Marteau", "hugues.marteau@ac-orleans-tours.fr"), style="iphone",
  subject="Ouverture compte client pour l'école",
  body="""
Bonjour,

Je suis directeur de l'école élémentaire Louis Pergaud à Bourges (UAI 0180617Y). La mairie nous a donné un budget pour un portail documentaire pour la BCD. Avant de commander, il faut paraît-il ouvrir un compte client : comment procède-t-on ?

Merci,
H. Marteau

Envoyé de mon iPhone
""")

M("account_creation", False, "0432027V", "auvergne-rhone-alpes", "espace_acheteur", "fr", False,
  "Account waiting for validation for three weeks; the structure administrator is on long sick leave: the region "
  "must step in.",
  frm=("Yvette Charbonnier", "yvette.charbonnier@ac-clermont.fr"), style="outlook", date=(19, 15, 22),
  subject="Compte en attente depuis 3 semaines",
  body="""
Bonjour,

Mon compte sur l'Espace Acheteur est en attente de validation depuis le 28 octobre. J'ai appris que l'administratrice de notre structure est en arrêt maladie jusqu'en février. Personne d'autre ne peut valider ?

Collège Lafayette, Langeac – 0432027V

Yvette Charbonnier
""")

M("account_creation", False, "0232847V", "nouvelle-aquitaine", "esidoc", "fr", False,
  "The establishment's UAI is not in the list when opening the customer account (new school created this year): "
  "the sales team must add it.",
  frm=("Annie Goumy", "annie.goumy@ac-limoges.fr"), style="thunderbird",
  subject="UAI introuvable à l'inscription",
  body="""
Bonjour,

J'essaie d'ouvrir le compte client de notre établissement pour commander
le portail documentaire, mais notre numéro UAI 0232847V n'apparaît pas
dans la liste déroulante. Il s'agit d'un regroupement pédagogique créé à
la rentrée 2024 (école primaire de Felletin).

Comment faire ?

Annie Goumy
""")


# ================================================================ subscription_activation

M("subscription_activation", True, "0410545V", "centre-val-de-loire", "esidoc", "fr", False,
  "Europresse ordered two days ago, not visible yet: inside the 72-hour window.",
  frm=("Laure Pichon", "laure.pichon@ac-orleans-tours.fr"), style="thunderbird", date=(14, 16, 10),
  subject="Europresse pas encore disponible",
  body="""
Bonjour,

Nous avons commandé Europresse mardi (commande validée par l'intendance
le jour même) et la ressource n'apparaît toujours pas dans « Mes
abonnements ». Est-ce normal ?

Collège Les Provinces, Romorantin-Lanthenay, UAI 0410545V.

Laure Pichon, documentaliste
""")

M("subscription_activation", False, "0690514J", "auvergne-rhone-alpes", "esidoc", "fr", False,
  "Ordered more than two weeks ago and still not active: past the 72-hour rule, a person must look at the order.",
  frm=("Raphaël Dubost", "raphael.dubost@ac-lyon.fr"), style="outlook",
  subject="Abonnement toujours inactif après 15 jours",
  body="""
Bonjour,

Nous avons commandé l'abonnement Universalis Junior le 31 octobre (commande n° 24-11-0458, validée le jour même). Nous sommes le 18 novembre et la ressource est toujours indiquée « en attente d'activation ».

Les 72 heures sont largement dépassées. Pouvez-vous vérifier ce qui bloque ?

Raphaël Dubost
Professeur documentaliste – Collège Jean Jaurès, Villeurbanne
0690514J
""", date=(18, 10, 55))

M("subscription_activation", True, "0071268R", "auvergne-rhone-alpes", "esidoc", "fr", False,
  "Primary school: the new resource is active in the administration but not shown to pupils; how to publish it on "
  "the portal.",
  frm=("Mathilde Chazal", "mathilde.chazal@ac-grenoble.fr"), style="roundcube",
  subject="Rendre la ressource visible pour les élèves",
  body="""
Bonjour,

Dans l'administration du portail de la BCD, je vois bien la ressource
« Lumni » que nous avons activée, mais sur le portail public les élèves
ne la voient nulle part. Faut-il la publier quelque part ?

École primaire du Pouzin, UAI 0071268R

Merci !
Mathilde Chazal, enseignante référente BCD
""")

M("subscription_activation", True, "0872720J", "nouvelle-aquitaine", "esidoc", "fr", True,
  "Negation: 'je n'ai pas oublié mon mot de passe', login works; the newly ordered resource is not visible. "
  "subscription_activation, not password_reset.",
  frm=("Benoît Ribeyrolles", "benoit.ribeyrolles@ac-limoges.fr"), style="thunderbird",
  subject="Ressource non visible",
  body="""
Bonjour,

Votre réponse automatique de ce matin m'explique comment réinitialiser
mon mot de passe, mais je n'ai pas oublié mon mot de passe : je me
connecte très bien. Ce que je ne vois pas, c'est la ressource Cafeyn,
commandée hier, dans la liste des abonnements.

Collège Pierre Donzelot, Nexon (0872720J)

B. Ribeyrolles
""")

M("subscription_activation", True, "0281712J", "centre-val-de-loire", "esidoc", "fr", True,
  "Written by the principal, but he only asks when the ordered subscription will be available: not a "
  "head-of-establishment request.",
  frm=("Éric Vasseur", "eric.vasseur@ac-orleans-tours.fr"), style="outlook",
  subject="Date de mise à disposition abonnement",
  body="""
Bonjour,

Principal du collège Marcel Pagnol de Dreux (UAI 0281712J), j'ai signé hier le bon de commande pour l'abonnement à la ressource d'orientation demandée par nos professeurs principaux. Pouvez-vous m'indiquer sous quel délai elle sera disponible pour les élèves ? Nous voudrions l'utiliser lors des heures de vie de classe de la semaine prochaine.

Cordialement,
Éric Vasseur
""")

M("subscription_activation", True, None, "auvergne-rhone-alpes", "esidoc", "fr", True,
  "UAI given as 0742796N: wrong check letter (the digits give 0742796M), so no UAI; region from the ac-grenoble.fr "
  "sender. Subscription renewed yesterday still shown as expired.",
  frm=("Lucie Bochaton", "lucie.bochaton@ac-grenoble.fr"), style="outlook_mobile",
  subject="abonnement expiré alors que renouvelé",
  bad=["0742796N"],
  body="""
Bonjour, le renouvellement de l'abonnement a été commandé hier mais sur le portail il est toujours marqué expiré depuis ce matin. Collège 0742796N à Cluses. Merci de regarder.
Lucie Bochaton

Obtenir Outlook pour Android
""")

M("subscription_activation", True, "0191401V", "nouvelle-aquitaine", "esidoc", "fr", False,
  "Terse: subscription not active, ordered yesterday.",
  frm=("", "cdi.clg.meymac@orange.example.fr"), style="samsung",
  subject="abonnement",
  body="""
abonnement pas actif. commande d'hier. 0191401V

Envoyé depuis mon smartphone Samsung Galaxy.
""")

M("subscription_activation", True, "0381014W", "auvergne-rhone-alpes", "esidoc", "en", False,
  "English: the resource ordered yesterday is not available yet.",
  frm=("Sarah Whitmore", "sarah.whitmore@ac-grenoble.fr"), style="thunderbird", lang_hdr="en",
  subject="Newly ordered resource not available",
  body="""
Hello,

We ordered the English-language press resource yesterday afternoon for
the international section (school code 0381014W), but it does not show
up on our library portal yet. How long does activation usually take?

Kind regards,
Sarah Whitmore
Librarian
""")

M("subscription_activation", False, "0632096L", "auvergne-rhone-alpes", "esidoc", "fr", True,
  "Two topics: new subscription not visible (first) and a question about paying by bank transfer instead of "
  "Chorus; a single template would answer only half.",
  frm=("Odile Chanet", "odile.chanet@ac-clermont.fr"), style="zimbra", date=(20, 9, 9),
  subject="Abonnement + règlement",
  body="""
Bonjour,

L'abonnement commandé lundi n'apparaît pas encore dans notre portail,
pouvez-vous regarder ?

Et notre intendance demande si l'on peut régler cette commande par
virement plutôt que via Chorus Pro, et si oui quel RIB utiliser.

Collège Jean Zay, Chamalières - 0632096L
Odile Chanet
""")


# ================================================================ transfer_incident

M("transfer_incident", False, "0692769K", "auvergne-rhone-alpes", "ecoledirecte", "fr", False,
  "Private primary school: last EcoleDirecte transfer three days old, parents no longer see the homework notebook.",
  frm=("Isabelle Rochette", "direction@ecole-stjoseph-lyon.example.fr"), style="outlook",
  subject="Transferts EcoleDirecte arrêtés depuis vendredi",
  body="""
Bonjour,

Depuis vendredi, plus aucun transfert vers EcoleDirecte : la date du dernier transfert affichée est le 15/11 à 18 h 02. Les parents ne voient plus le cahier de textes ni les absences et commencent à appeler l'école.

Nous n'avons rien changé sur le poste.

École Saint-Joseph, Lyon 3e – UAI 0692769K

Isabelle Rochette
Directrice
""", date=(18, 8, 21))

M("transfer_incident", False, None, None, "ecoledirecte", "fr", True,
  "Asks for 'le mot de passe de maintenance du jour' to repair the database: transfer_incident per the taxonomy, "
  "not password_reset.",
  frm=("Thibaut Serre", "informatique@college-stalyre-clermont.example.fr"), style="outlook",
  subject="Mot de passe de maintenance",
  body="""
Bonjour,

Pourriez-vous me communiquer le mot de passe de maintenance du jour ? Je dois lancer une réparation de la base Charlemagne après la coupure électrique d'hier soir, les transferts ne partent plus depuis.

Merci,
Thibaut Serre
Informatique – Collège privé Sainte-Alyre
""")

M("transfer_incident", False, "0422497L", "auvergne-rhone-alpes", "ecoledirecte", "fr", False,
  "'Licence expirée' at start-up: the licence must be regenerated, transfers stopped.",
  frm=("Jean-Pierre Faure", "secretariat@ensemble-scolaire-roanne.example.fr"), style="thunderbird", date=(21, 8, 35),
  subject="Licence expirée - transferts bloqués",
  body="""
Bonjour,

Au démarrage du logiciel, un message « Licence expirée » s'affiche et les
transferts vers EcoleDirecte ne se font plus depuis lundi. Pouvez-vous
régénérer notre licence ?

Ensemble scolaire Saint-Paul, Roanne - UAI 0422497L

J.-P. Faure, secrétariat
""")

M("transfer_incident", False, None, None, "ecoledirecte", "fr", False,
  "The antivirus quarantines the Charlemagne tools executable, so transfers no longer run.",
  frm=("Marion Gauthier", "m.gauthier@ecole-notredame-vienne.example.fr"), style="outlook", date=(22, 10, 5),
  subject="Antivirus et transferts",
  body="""
Bonjour,

Depuis la mise à jour de notre antivirus mardi, le fichier Outils.exe de Charlemagne est mis en quarantaine à chaque démarrage, et les transferts vers EcoleDirecte ne s'exécutent plus. Notre prestataire informatique demande quels fichiers et dossiers exclure de l'analyse.

Marion Gauthier
École Notre-Dame, Vienne
""")

M("transfer_incident", False, "0450740K", "centre-val-de-loire", "ecoledirecte", "fr", False,
  "New firewall with a proxy: the transfer diagnostic fails on the connection test; asks for the settings.",
  frm=("Olivier Lhomme", "olivier.lhomme@ecole-stcharles-orleans.example.fr"), style="thunderbird",
  subject="Transferts EcoleDirecte et proxy",
  body="""
Bonjour,

Notre réseau a été équipé d'un nouveau pare-feu avec proxy la semaine
dernière. Depuis, le diagnostic des transferts échoue à l'étape « Test
de connexion au serveur » (erreur 407). Quels sont les paramètres à
saisir, et quelles adresses faut-il ouvrir ?

Institution Saint-Charles, Orléans - UAI 0450740K

Olivier Lhomme, référent informatique
""")

M("transfer_incident", False, None, None, "ecoledirecte", "fr", False,
  "HTML-only Outlook mail: several Outils.exe processes stuck in the task manager, transfers hang.",
  frm=("Nicole Barbier", "nicole.barbier@ecole-ste-clotilde.example.fr"), style="outlook_html",
  subject="Transferts bloqués - processus en double",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="FR"><div class="WordSection1">
<p class="MsoNormal">Bonjour,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Les transferts vers EcoleDirecte restent bloqués sur «&nbsp;Transfert en cours&nbsp;» depuis ce matin. Dans le gestionnaire des tâches, je vois quatre processus <b>Outils.exe</b> ouverts en même temps. J&#8217;ai redémarré le poste, cela recommence.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Que dois-je faire&nbsp;?</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Nicole Barbier<br>Secrétariat – École Sainte-Clotilde, Aurillac</p>
</div></body></html>
""", body="(html only)")

M("transfer_incident", False, "0030244Z", "auvergne-rhone-alpes", "ecoledirecte", "fr", False,
  "Reply in the ticket thread (Gmail-style French quote): the replication re-initialisation did not help, "
  "transfers still fail.",
  frm=("Hervé Dechaume", "h.dechaume@institution-stjoseph-montlucon.example.fr"), style="android", date=(27, 9, 12),
  subject="Re: [#SUP-005488] Transferts EcoleDirecte en erreur",
  irt="<SUP-005488.1732437781.77a0be@assistance.example.fr>",
  refs="<SUP-005488.1732437781.77a0be@assistance.example.fr>",
  body="""
Bonjour,
J'ai fait la réinitialisation de la réplication comme indiqué, mais ce matin le transfert est de nouveau en erreur (code 12, « échec de l'envoi des données »). Les notes de la semaine ne sont toujours pas en ligne.
Hervé Dechaume
Institution Saint-Joseph, Montluçon - 0030244Z

Le lun. 25 nov. 2024 à 11:43, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Pouvez-vous lancer une réinitialisation de la réplication depuis l'outil
> de maintenance, puis relancer un transfert manuel ?
>
> Cordialement,
> L'équipe d'assistance
""")

M("transfer_incident", False, "0192285F", "nouvelle-aquitaine", "ecoledirecte", "fr", False,
  "Dictated by voice, run-on sentence: grades entered since Monday do not show on EcoleDirecte for parents.",
  frm=("Sœur Marie-Paule Lavaud", "direction@ecole-ste-marie-brive.example.fr"), style="ipad", date=(19, 20, 30),
  subject="les notes ne passent pas sur ecole directe",
  body="""
bonjour les notes que les enseignants ont saisi depuis lundi n'apparaissent pas sur école directe pour les parents alors que dans le logiciel elles sont bien la j'ai regardé la date du dernier transfert sait marqué mercredi 13 novembre et rien depuis on a rien touché pouvez-vous voir ce qui ce passe école Sainte-Marie à Brive 0192285F merci d'avance
Sœur Marie-Paule

Envoyé de mon iPad
""")

M("transfer_incident", False, None, None, "ecoledirecte", "fr", True,
  "Negation: the login password works ('ce n'est pas un problème de mot de passe'); the synchronisation stopped "
  "after a server change and the licence asks to be regenerated.",
  frm=("Ahmed Belkacem", "a.belkacem@lycee-college-lasalle-grenoble.example.fr"), style="outlook",
  subject="Synchronisation arrêtée après changement de serveur",
  body="""
Bonjour,

Ce n'est pas un problème de mot de passe : je me connecte normalement à EcoleDirecte et au logiciel de vie scolaire.

Le souci, c'est que nous avons migré la base sur un nouveau serveur pendant les vacances, et depuis la synchronisation ne se fait plus. Au lancement de l'outil de transfert, un message indique que la licence ne correspond pas à ce poste. Faut-il la régénérer ?

Ahmed Belkacem
Responsable informatique – Collège La Salle, Grenoble
""")


# ================================================================ contract_documents

M("contract_documents", False, None, None, "espace_acheteur", "fr", False,
  "A conseil départemental buyer no longer finds the school-furniture market in 'Mes Marchés'.",
  frm=("Céline Gire", "celine.gire@haute-loire.example.fr"), style="outlook",
  subject="Marché introuvable dans Mes Marchés",
  body="""
Bonjour,

Le marché 2023-047 « Mobilier scolaire et de restauration » n'apparaît plus dans la rubrique « Mes Marchés » de notre Espace Acheteur, alors que nous l'utilisions encore en octobre. Nous en avons besoin pour les commandes de deux collèges.

Pouvez-vous vérifier nos accès ?

Céline Gire
Service des collèges – Département de la Haute-Loire
""")

M("contract_documents", False, "0262022G", "auvergne-rhone-alpes", "espace_acheteur", "fr", False,
  "Amendment no. 3 of the IT-equipment market is announced but missing from the contract documents.",
  frm=("Francis Moulin", "francis.moulin@ac-grenoble.fr"), style="zimbra",
  subject="Avenant n°3 non disponible",
  body="""
Bonjour,

Le fournisseur nous a indiqué que l'avenant n° 3 au marché d'équipement
informatique (révision des prix 2025) a été signé. Je ne le trouve pas
dans les documents du marché sur l'Espace Acheteur : seuls l'acte
d'engagement et les avenants 1 et 2 y figurent.

Collège Les Garrigues, Montélimar - UAI 0262022G

Francis Moulin, gestionnaire
""")

M("contract_documents", False, None, "auvergne-rhone-alpes", "espace_acheteur", "fr", False,
  "Rectorat purchasing office cannot find the CCAP of a market. Region from the ac-grenoble.fr sender.",
  frm=("Delphine Rolland", "delphine.rolland@ac-grenoble.fr"), style="outlook",
  subject="CCAP du marché 2024-015",
  body="""
Bonjour,

Au bureau des achats du rectorat de Grenoble, nous préparons un bon de commande sur le marché 2024-015 (fournitures de bureau). Le CCAP n'apparaît pas dans les pièces du marché, seul le BPU est téléchargeable.

Pourriez-vous le rendre disponible ?

Delphine Rolland
Rectorat de l'académie de Grenoble – Division des affaires financières
""")

M("contract_documents", False, "0012697B", "auvergne-rhone-alpes", "espace_acheteur", "fr", False,
  "The membership convention opens as an empty document.",
  frm=("Gaëlle Perrier", "gaelle.perrier@ac-lyon.fr"), style="thunderbird",
  subject="Convention d'adhésion vide",
  body="""
Bonjour,

Quand j'ouvre la convention d'adhésion de notre collège dans l'Espace
Acheteur, le PDF s'affiche mais il est entièrement blanc (une page, sans
contenu). J'ai essayé avec deux navigateurs.

Collège Lumière, Belley - 0012697B

Gaëlle Perrier
""")

M("contract_documents", False, "0370253Z", "centre-val-de-loire", "espace_acheteur", "fr", False,
  "Follow-up reply (Thunderbird quote): the regional team's fix did not work, the market documents are still not "
  "visible.",
  frm=("Marc-Antoine Prieur", "marc-antoine.prieur@ac-orleans-tours.fr"), style="thunderbird", date=(28, 15, 20),
  subject="Re: [#SUP-005319] Documents du marché restauration",
  irt="<SUP-005319.1732201800.5ce7d0@assistance.example.fr>",
  refs="<SUP-005319.1731318400.aa1f02@assistance.example.fr> <SUP-005319.1732201800.5ce7d0@assistance.example.fr>",
  body="""
Bonjour,

Je me suis déconnecté et reconnecté comme conseillé, et j'ai vidé le
cache : toujours aucun document dans le marché « Denrées alimentaires
2024-2027 ». Ni l'acte d'engagement, ni le BPU.

Marc-Antoine Prieur
Collège Balzac, Azay-le-Rideau - 0370253Z

Le 21/11/2024 à 16:10, Assistance a écrit :
> Bonjour,
>
> Les droits de votre compte ont été mis à jour. Merci de vous
> déconnecter puis de vous reconnecter pour voir les documents du marché.
>
> Cordialement,
> L'équipe d'assistance
""")

M("contract_documents", False, None, "nouvelle-aquitaine", "espace_acheteur", "fr", False,
  "Base64 Samsung mail: the administrative certificate of a market is missing. No UAI; region from the "
  "ac-limoges.fr sender.",
  frm=("Fabienne Parrot", "fabienne.parrot@ac-limoges.fr"), style="samsung",
  subject="Certificat administratif manquant",
  body="""
Bonjour,
Dans le marché des produits d'entretien, il manque le certificat administratif que notre agent comptable réclame pour payer. Tous les autres documents y sont.
Pouvez-vous l'ajouter ?
F. Parrot, collège de Saint-Léonard-de-Noblat

Envoyé depuis mon smartphone Samsung Galaxy.
""")

M("contract_documents", False, "0030257N", "auvergne-rhone-alpes", "espace_acheteur", "fr", True,
  "Two topics: the market documents are not visible (main) and, in a postscript, a colleague's forgotten password.",
  frm=("Jocelyne Bardet", "jocelyne.bardet@ac-clermont.fr"), style="outlook",
  subject="Documents du marché non visibles",
  body="""
Bonjour,

Depuis la nouvelle version de l'Espace Acheteur, je ne vois plus les documents des marchés auxquels le collège a adhéré : la page « Documents » est vide pour tous les marchés. Sur l'ancienne plateforme, je voyais les conventions et les avenants.

Collège Émile Guillaumin, Cosne-d'Allier – 0030257N

PS : ma collègue de la vie scolaire a aussi oublié son mot de passe, mais elle vous écrira séparément.

Jocelyne Bardet
""")

M("contract_documents", False, None, None, "espace_acheteur", "fr", False,
  "Very polite, long greetings: the pieces of a market (acte d'engagement, BPU) cannot be downloaded. Conseil "
  "départemental sender, no UAI.",
  frm=("Bertrand de Lestang", "bertrand.delestang@cher.example.fr"), style="outlook",
  subject="Accès aux pièces du marché de fournitures scolaires",
  body="""
Madame, Monsieur,

Je vous prie tout d'abord de m'excuser de vous importuner pour ce qui n'est sans doute qu'une maladresse de ma part.

Je ne parviens pas à télécharger les pièces du marché de fournitures scolaires 2024-2028 (acte d'engagement et bordereau des prix unitaires) depuis l'Espace Acheteur : le lien « Télécharger » ne produit aucun effet, sous Edge comme sous Firefox, alors que les pièces des autres marchés s'ouvrent normalement.

Vous remerciant par avance de l'attention que vous voudrez bien accorder à cette demande, je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments les meilleurs.

Bertrand de Lestang
Direction de l'éducation et des collèges
Département du Cher
""")


# ================================================================ automated (written out in full)

M("automated", False, None, None, None, "en", False,
  "Postfix bounce (multipart/report delivery-status, original attached) from a town hall's mail server: the school "
  "mailbox no longer exists. Null Return-Path.",
  return_path="", relay_domain="mairie-voiron.example.fr", relay="mx.mairie-voiron.example.fr",
  auth={"dkim": "none", "spf": "pass smtp.helo=mx.mairie-voiron.example.fr", "dmarc": "none"},
  raw="""
From: Mail Delivery System <MAILER-DAEMON@mx.mairie-voiron.example.fr>
To: support@assistance.example.fr
Subject: Undelivered Mail Returned to Sender
Date: Tue, 12 Nov 2024 14:03:51 +0100
Message-ID: <20241112130351.9F2C41A0E3@mx.mairie-voiron.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status;
 boundary="9F2C41A0E3.1731416631/mx.mairie-voiron.example.fr"

This is a MIME-encapsulated message.

--9F2C41A0E3.1731416631/mx.mairie-voiron.example.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.mairie-voiron.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ecole.marronniers@mairie-voiron.example.fr>: host
    imap.mairie-voiron.example.fr[192.0.2.18] said: 550 5.1.1
    <ecole.marronniers@mairie-voiron.example.fr>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--9F2C41A0E3.1731416631/mx.mairie-voiron.example.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.mairie-voiron.example.fr
X-Postfix-Queue-ID: 9F2C41A0E3
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Tue, 12 Nov 2024 14:03:50 +0100 (CET)

Final-Recipient: rfc822; ecole.marronniers@mairie-voiron.example.fr
Original-Recipient: rfc822;ecole.marronniers@mairie-voiron.example.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; imap.mairie-voiron.example.fr
Diagnostic-Code: smtp; 550 5.1.1 <ecole.marronniers@mairie-voiron.example.fr>:
    Recipient address rejected: User unknown in virtual mailbox table

--9F2C41A0E3.1731416631/mx.mairie-voiron.example.fr
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Assistance <support@assistance.example.fr>
To: ecole.marronniers@mairie-voiron.example.fr
Subject: [#SUP-005391] Portail de la BCD
Date: Tue, 12 Nov 2024 14:03:48 +0100
Message-ID: <SUP-005391.1731416628.3e90ab@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Nous avons bien re=C3=A7u votre demande. Un membre de l'=C3=A9quipe vous r=
=C3=A9pondra sous 48 heures.

Cordialement,
L'=C3=A9quipe d'assistance

--9F2C41A0E3.1731416631/mx.mairie-voiron.example.fr--
""")

M("automated", False, None, None, None, "fr", False,
  "Exchange Online non-delivery report in French ('Non remis :'), multipart/report with an HTML explanation and the "
  "original headers only.",
  return_path="", relay_domain="correze.example.fr", relay="mail-pr3eur02on2050.outbound.protection.outlook.com",
  auth={"dkim": "pass (2048-bit key) header.d=correze.example.fr", "spf": "pass smtp.helo=mail-pr3eur02on2050.outbound.protection.outlook.com",
        "dmarc": "pass (p=none dis=none) header.from=correze.example.fr"},
  raw="""
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@correze.example.fr>
To: <support@assistance.example.fr>
Date: Wed, 13 Nov 2024 09:41:07 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="b7e6a1f9-0c7d-4f0e-8a55-7d3c2e9b1f40"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
Message-ID: <58c6d1e8-93b1-4a07-b3f5-1f2b8e7c4d21@PR3P192MB0841.EURP192.PROD.OUTLOOK.COM>
In-Reply-To: <SUP-005398.1731490862.d4c1e2@assistance.example.fr>
References: <SUP-005398.1731490862.d4c1e2@assistance.example.fr>
Subject: =?utf-8?q?Non_remis_=3A_=5B=23SUP-005398=5D_Courriel_d=27activation_non_re?=
 =?utf-8?q?=C3=A7u?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--b7e6a1f9-0c7d-4f0e-8a55-7d3c2e9b1f40
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="4b1c0a27-6e22-4d8e-9a41-2f1a3b5c6d7e"

--4b1c0a27-6e22-4d8e-9a41-2f1a3b5c6d7e
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Impossible de remettre le message =C3=A0 ces destinataires ou groupes :

as.lachaud@correze.example.fr
La bo=C3=AEte aux lettres du destinataire est pleine et ne peut pas accepte=
r de messages pour l'instant. Veuillez r=C3=A9essayer plus tard ou contacte=
r directement le destinataire.

--4b1c0a27-6e22-4d8e-9a41-2f1a3b5c6d7e
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><p><b><font color=3D"#000066" size=3D"3" face=3D"Ari=
al">Impossible de remettre le message =C3=A0 ces destinataires ou groupes&nb=
sp;:</font></b></p><p><a href=3D"mailto:as.lachaud@correze.example.fr">as.l=
achaud@correze.example.fr</a><br><font size=3D"2" face=3D"Tahoma">La bo=C3=
=AEte aux lettres du destinataire est pleine et ne peut pas accepter de mess=
ages pour l'instant.</font></p></body></html>

--4b1c0a27-6e22-4d8e-9a41-2f1a3b5c6d7e--

--b7e6a1f9-0c7d-4f0e-8a55-7d3c2e9b1f40
Content-Type: message/delivery-status

Reporting-MTA: dns;PR3P192MB0841.EURP192.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.assistance.example.fr
Arrival-Date: Wed, 13 Nov 2024 09:41:05 +0000

Final-Recipient: rfc822;as.lachaud@correze.example.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException

--b7e6a1f9-0c7d-4f0e-8a55-7d3c2e9b1f40
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: <as.lachaud@correze.example.fr>
Subject: =?utf-8?q?=5B=23SUP-005398=5D_Courriel_d=27activation_non_re=C3=A7u?=
Date: Wed, 13 Nov 2024 10:41:02 +0100
Message-ID: <SUP-005398.1731490862.d4c1e2@assistance.example.fr>
Auto-Submitted: auto-replied

--b7e6a1f9-0c7d-4f0e-8a55-7d3c2e9b1f40--
""")

M("automated", False, None, None, None, "en", False,
  "Exim bounce as plain text ('Mail delivery failed'), with X-Failed-Recipients and Auto-Submitted.",
  return_path="", relay_domain="editions-alpines.example.fr", relay="smtp.editions-alpines.example.fr",
  auth={"dkim": "none", "spf": "pass smtp.helo=smtp.editions-alpines.example.fr", "dmarc": "none"},
  raw="""
X-Failed-Recipients: commandes@editions-alpines.example.fr
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@smtp.editions-alpines.example.fr>
To: support@assistance.example.fr
Content-Type: text/plain; charset=us-ascii
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tC7xQ-0004Zr-2k@smtp.editions-alpines.example.fr>
Date: Thu, 14 Nov 2024 16:22:40 +0100

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  commandes@editions-alpines.example.fr
    host mail.editions-alpines.example.fr [198.51.100.77]
    SMTP error from remote mail server after RCPT TO:<commandes@editions-alpines.example.fr>:
    550 5.1.1 No such user here

------ This is a copy of the message, including all the headers. ------

Return-path: <support@assistance.example.fr>
From: Assistance <support@assistance.example.fr>
To: commandes@editions-alpines.example.fr
Subject: [#SUP-005409] Bon de commande 24-11-0611
Date: Thu, 14 Nov 2024 16:22:37 +0100
Message-ID: <SUP-005409.1731597757.1b7f33@assistance.example.fr>
Content-Type: text/plain; charset=utf-8

Bonjour,

Veuillez trouver en piece jointe le bon de commande 24-11-0611.

Cordialement,
L'equipe d'assistance
""")

M("automated", False, None, None, None, "en", False,
  "Sendmail 'Returned mail: see transcript for details' (multipart/report with the original headers) from a "
  "conseil départemental relay.",
  return_path="", relay_domain="isere.example.fr", relay="relay2.isere.example.fr",
  auth={"dkim": "none", "spf": "pass smtp.helo=relay2.isere.example.fr", "dmarc": "none"},
  raw="""
Date: Fri, 15 Nov 2024 11:08:19 +0100
From: Mail Delivery Subsystem <MAILER-DAEMON@relay2.isere.example.fr>
Message-Id: <202411151008.4AFA8J0q019922@relay2.isere.example.fr>
To: <support@assistance.example.fr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4AFA8J0q019922.1731665299/relay2.isere.example.fr"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--4AFA8J0q019922.1731665299/relay2.isere.example.fr

The original message was received at Fri, 15 Nov 2024 11:08:17 +0100
from mx1.assistance.example.fr [203.0.113.10]

   ----- The following addresses had permanent fatal errors -----
<o.bouvrad@isere.example.fr>
    (reason: 550 5.1.1 <o.bouvrad@isere.example.fr>... User unknown)

   ----- Transcript of session follows -----
... while talking to mail.isere.example.fr.:
>>> RCPT To:<o.bouvrad@isere.example.fr>
<<< 550 5.1.1 <o.bouvrad@isere.example.fr>... User unknown
550 5.1.1 <o.bouvrad@isere.example.fr>... User unknown

--4AFA8J0q019922.1731665299/relay2.isere.example.fr
Content-Type: message/delivery-status

Reporting-MTA: dns; relay2.isere.example.fr
Received-From-MTA: DNS; mx1.assistance.example.fr
Arrival-Date: Fri, 15 Nov 2024 11:08:17 +0100

Final-Recipient: RFC822; o.bouvrad@isere.example.fr
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mail.isere.example.fr
Diagnostic-Code: SMTP; 550 5.1.1 <o.bouvrad@isere.example.fr>... User unknown
Last-Attempt-Date: Fri, 15 Nov 2024 11:08:19 +0100

--4AFA8J0q019922.1731665299/relay2.isere.example.fr
Content-Type: text/rfc822-headers

Return-Path: <support@assistance.example.fr>
From: Assistance <support@assistance.example.fr>
To: o.bouvrad@isere.example.fr
Subject: [#SUP-005414] Alertes offres - aucune notification
Date: Fri, 15 Nov 2024 11:08:15 +0100
Message-ID: <SUP-005414.1731665295.8a2d6f@assistance.example.fr>

--4AFA8J0q019922.1731665299/relay2.isere.example.fr--
""")

M("automated", False, None, "auvergne-rhone-alpes", None, "fr", False,
  "Academic webmail vacation reply: 'Auto-Submitted: auto-replied (zimbra; vacation)'. Region from the "
  "ac-clermont.fr sender.",
  return_path="", relay_domain="ac-clermont.fr", relay="smtp3.ac-clermont.fr",
  raw="""
Date: Mon, 18 Nov 2024 08:02:33 +0100 (CET)
From: Martine Delpeuch <martine.delpeuch@ac-clermont.fr>
To: Assistance <support@assistance.example.fr>
Message-ID: <1893301245.20744611.1731913353120.JavaMail.zimbra@ac-clermont.fr>
In-Reply-To: <SUP-005441.1731913349.2c8e01@assistance.example.fr>
Subject: =?utf-8?Q?Absente_jusqu'au_22_novembre_?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk

Bonjour,

Je suis en formation jusqu'au vendredi 22 novembre inclus et ne consulte=
 pas ma messagerie.

Pour toute urgence concernant le CDI, merci de vous adresser au secr=C3=A9=
tariat du coll=C3=A8ge.

Martine Delpeuch
""")

M("automated", False, None, "auvergne-rhone-alpes", None, "en", False,
  "English Exchange 'Automatic reply:' with Auto-Submitted and X-Auto-Response-Suppress; region from the ac-lyon.fr "
  "sender.",
  return_path="kathleen.oconnell@ac-lyon.fr", relay_domain="ac-lyon.fr", relay="smtp1.ac-lyon.fr",
  raw="""
From: Kathleen O'Connell <kathleen.oconnell@ac-lyon.fr>
To: Assistance <support@assistance.example.fr>
Subject: Automatic reply: [#SUP-005437] Forgotten password for the library portal
Thread-Topic: [#SUP-005437] Forgotten password for the library portal
Thread-Index: AQHbOa4k1Fq7bB6C0E2Wc3pR9xY1Vw==
Date: Mon, 18 Nov 2024 10:14:05 +0100
Message-ID: <AM8P194MB1057B7D2C0A3E5F90C1D2E3FA4B52@AM8P194MB1057.EURP194.PROD.OUTLOOK.COM>
In-Reply-To: <SUP-005437.1731920040.41f9e2@assistance.example.fr>
References: <SUP-005437.1731920040.41f9e2@assistance.example.fr>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: kathleen.oconnell@ac-lyon.fr
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Thank you for your message. I am away on a school trip to Edinburgh with
Year 9 until Friday 22 November, with limited access to e-mail.

For anything urgent regarding the library, please contact the school
office.

Kind regards,
Kathleen O'Connell
""")

M("automated", False, None, "nouvelle-aquitaine", None, "fr", True,
  "Out-of-office sent by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording "
  "shows it is automatic. Region from the ac-limoges.fr sender.",
  return_path="helene.vergnaud@ac-limoges.fr", relay_domain="ac-limoges.fr", relay="smtp2.ac-limoges.fr",
  raw="""
From: =?utf-8?q?H=C3=A9l=C3=A8ne_Vergnaud?= <helene.vergnaud@ac-limoges.fr>
To: <support@assistance.example.fr>
Subject: Absente du 18 au 29 novembre
Date: Tue, 19 Nov 2024 13:30:44 +0100
Message-ID: <000001db3a7e$1c2f9e40$54badac0$@ac-limoges.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0

Bonjour,

Je suis absente du lundi 18 au vendredi 29 novembre inclus (stage de
formation). Votre message ne sera pas transféré.

Pour le CDI, vous pouvez joindre la vie scolaire au 05 55 00 00 00.

Hélène Vergnaud
Professeure documentaliste
""")

M("automated", False, None, None, None, "fr", False,
  "Publisher's marketing newsletter: List-Id, List-Unsubscribe (one-click), Precedence: bulk.",
  return_path="bounce-2291-nov24@news.editions-vercors-jeunesse.example.fr",
  relay_domain="news.editions-vercors-jeunesse.example.fr", relay="out4.news.editions-vercors-jeunesse.example.fr",
  raw="""
From: =?utf-8?q?=C3=89ditions_du_Vercors_Jeunesse?= <lettre@news.editions-vercors-jeunesse.example.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?Les_nouveaut=C3=A9s_de_novembre_pour_vos_CDI_et_BCD?=
Date: Thu, 7 Nov 2024 06:30:00 +0100
Message-ID: <nl-2291.20241107053000.5521@news.editions-vercors-jeunesse.example.fr>
MIME-Version: 1.0
List-Id: Lettre des Editions du Vercors Jeunesse <lettre.news.editions-vercors-jeunesse.example.fr>
List-Unsubscribe: <https://news.editions-vercors-jeunesse.example.fr/desabo/2291/8f3a1c>,
 <mailto:desabo-2291@news.editions-vercors-jeunesse.example.fr>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
X-Campaign: nov24-cdi
Content-Type: multipart/alternative; boundary="nl_2291_b0undary"

--nl_2291_b0undary
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

LES NOUVEAUT=C3=89S DE NOVEMBRE

- "La montagne des lynx", roman d=C3=A8s 9 ans
- "Sommets", documentaire illustr=C3=A9 sur les Alpes
- Notre s=C3=A9lection pour le Prix des incorruptibles

-10 % pour toute commande pass=C3=A9e avant le 30 novembre avec le code CDI=
NOV.

Se d=C3=A9sinscrire : https://news.editions-vercors-jeunesse.example.fr/des=
abo/2291/8f3a1c

--nl_2291_b0undary
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Georgia,serif"><h1>Les nouveaut=C3=A9s de =
novembre</h1><ul><li><i>La montagne des lynx</i>, roman d=C3=A8s 9 ans</li>=
<li><i>Sommets</i>, documentaire illustr=C3=A9 sur les Alpes</li><li>Notre =
s=C3=A9lection pour le Prix des incorruptibles</li></ul><p>-10&nbsp;% avec =
le code <b>CDINOV</b> jusqu'au 30 novembre.</p><p style=3D"font-size:10px">=
<a href=3D"https://news.editions-vercors-jeunesse.example.fr/desabo/2291/8f=
3a1c">Se d=C3=A9sinscrire</a></p><img src=3D"https://news.editions-vercors-=
jeunesse.example.fr/o/2291/8f3a1c.gif" width=3D"1" height=3D"1" alt=3D""></=
body></html>

--nl_2291_b0undary--
""")

M("automated", False, None, None, "ticket_portal", "fr", False,
  "Ticket-portal notification: a ticket the desk opened with a supplier was updated. Auto-Submitted: auto-generated.",
  return_path="notifications@portail-tickets.example.fr", relay_domain="portail-tickets.example.fr",
  raw="""
From: Portail de tickets <notifications@portail-tickets.example.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?=5BT-2024-11873=5D_Mise_=C3=A0_jour_de_votre_ticket_=3A_Transfert?=
 =?utf-8?q?s_bloqu=C3=A9s_=28r=C3=A9plication=29?=
Date: Wed, 20 Nov 2024 15:47:12 +0100
Message-ID: <ticket-T-2024-11873-upd-6@portail-tickets.example.fr>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,

Le ticket T-2024-11873 « Transferts bloqués (réplication) » a été mis à
jour par l'équipe technique.

Nouveau statut : En attente de votre retour
Dernier commentaire : « Un correctif a été déployé sur le serveur de
réplication. Merci de relancer un transfert et de nous confirmer. »

Consulter le ticket : https://portail-tickets.example.fr/t/T-2024-11873

Ceci est un message automatique, merci de ne pas y répondre.
""")

M("automated", False, None, "auvergne-rhone-alpes", None, "fr", False,
  "Outlook read receipt in French ('Lu :'), multipart/report disposition-notification; region from the "
  "ac-grenoble.fr sender.",
  return_path="francis.moulin@ac-grenoble.fr", relay_domain="ac-grenoble.fr", relay="smtp5.ac-grenoble.fr",
  raw="""
From: Francis Moulin <francis.moulin@ac-grenoble.fr>
To: Assistance <support@assistance.example.fr>
Subject: =?utf-8?q?Lu=C2=A0=3A_=5B=23SUP-005466=5D_Avenant_n=C2=B03_non_disponible?=
Date: Wed, 20 Nov 2024 17:05:18 +0100
Message-ID: <000501db3b5f$9d42aa10$d7c7fe30$@ac-grenoble.fr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0006_01DB3B68.00F4C2A0"
X-Mailer: Microsoft Outlook 16.0
Content-Language: fr

This is a multipart message in MIME format.

------=_NextPart_000_0006_01DB3B68.00F4C2A0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message

  À : Francis Moulin
  Objet : [#SUP-005466] Avenant n°3 non disponible
  Envoyé : mercredi 20 novembre 2024 16:58:41 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mercredi 20 novembre 2024 17:05:16 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.

------=_NextPart_000_0006_01DB3B68.00F4C2A0
Content-Type: message/disposition-notification

Reporting-UA: ac-grenoble.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;francis.moulin@ac-grenoble.fr
Original-Message-ID: <SUP-005466.1732118321.0fd2b4@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0006_01DB3B68.00F4C2A0--
""")

M("automated", False, None, None, None, "en", True,
  "qmail bounce ('failure notice') as plain text: no multipart/report, no Auto-Submitted; only the null Return-Path "
  "and the MAILER-DAEMON sender show it is automatic.",
  return_path="", relay_domain="ecole-stjoseph-lyon.example.fr", relay="mail.ecole-stjoseph-lyon.example.fr",
  auth={"dkim": "none", "spf": "none smtp.helo=mail.ecole-stjoseph-lyon.example.fr", "dmarc": "none"},
  raw="""
Date: 21 Nov 2024 09:12:40 -0000
From: MAILER-DAEMON@mail.ecole-stjoseph-lyon.example.fr
To: support@assistance.example.fr
Subject: failure notice
Message-ID: <20241121091240.31877.qmail@mail.ecole-stjoseph-lyon.example.fr>

Hi. This is the qmail-send program at mail.ecole-stjoseph-lyon.example.fr.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<vie.scolaire@ecole-stjoseph-lyon.example.fr>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@assistance.example.fr>
Received: (qmail 31875 invoked from network); 21 Nov 2024 09:12:40 -0000
From: Assistance <support@assistance.example.fr>
To: vie.scolaire@ecole-stjoseph-lyon.example.fr
Subject: [#SUP-005449] Transferts EcoleDirecte
Date: Thu, 21 Nov 2024 10:12:38 +0100
Message-ID: <SUP-005449.1732180358.aa7712@assistance.example.fr>

Bonjour,

Pouvez-vous nous indiquer la date du dernier transfert reussi ?

Cordialement,
L'equipe d'assistance
""")

M("automated", False, None, None, None, "en", False,
  "Delay warning from a Postfix relay ('Delayed Mail (still being retried)', Action: delayed): not a failure, still "
  "automatic.",
  return_path="", relay_domain="haute-savoie.example.fr", relay="mx2.haute-savoie.example.fr",
  auth={"dkim": "none", "spf": "pass smtp.helo=mx2.haute-savoie.example.fr", "dmarc": "none"},
  raw="""
From: Mail Delivery System <MAILER-DAEMON@mx2.haute-savoie.example.fr>
To: support@assistance.example.fr
Subject: Delayed Mail (still being retried)
Date: Fri, 22 Nov 2024 18:40:02 +0100
Message-ID: <20241122174002.5C1D2200A7@mx2.haute-savoie.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status;
 boundary="5C1D2200A7.1732297202/mx2.haute-savoie.example.fr"

This is a MIME-encapsulated message.

--5C1D2200A7.1732297202/mx2.haute-savoie.example.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.haute-savoie.example.fr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<achats.colleges@haute-savoie.example.fr>: connect to
    exch01.haute-savoie.example.fr[192.0.2.140]:25: Connection timed out

--5C1D2200A7.1732297202/mx2.haute-savoie.example.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.haute-savoie.example.fr
X-Postfix-Queue-ID: 5C1D2200A7
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Fri, 22 Nov 2024 14:31:55 +0100 (CET)

Final-Recipient: rfc822; achats.colleges@haute-savoie.example.fr
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to exch01.haute-savoie.example.fr[192.0.2.140]:25:
    Connection timed out
Will-Retry-Until: Wed, 27 Nov 2024 14:31:55 +0100 (CET)

--5C1D2200A7.1732297202/mx2.haute-savoie.example.fr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: achats.colleges@haute-savoie.example.fr
Subject: =?utf-8?q?=5B=23SUP-005470=5D_March=C3=A9_mobilier?=
Date: Fri, 22 Nov 2024 14:31:53 +0100
Message-ID: <SUP-005470.1732282313.b3c9e0@assistance.example.fr>

--5C1D2200A7.1732297202/mx2.haute-savoie.example.fr--
""")

M("automated", False, "0181326U", "centre-val-de-loire", None, "fr", True,
  "Out-of-office of a collège office (ce.<UAI> address) that talks about passwords and e-sidoc; Auto-Submitted is "
  "present. The UAI comes from the address.",
  return_path="", relay_domain="ac-orleans-tours.fr", relay="smtp1.ac-orleans-tours.fr",
  raw="""
Date: Mon, 25 Nov 2024 07:45:10 +0100 (CET)
From: =?utf-8?Q?Coll=C3=A8ge_Littr=C3=A9_-_Secr=C3=A9tariat?= <ce.0181326U@ac-orleans-tours.fr>
To: Assistance <support@assistance.example.fr>
Message-ID: <880213457.13320415.1732517110556.JavaMail.zimbra@ac-orleans-tours.fr>
In-Reply-To: <SUP-005481.1732517106.92ae40@assistance.example.fr>
Subject: =?utf-8?Q?R=C3=A9ponse_automatique_:_Secr=C3=A9tariat_ferm=C3=A9?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)

Bonjour,

Le secrétariat est fermé le lundi matin. Votre message sera traité à
partir de 13 h 30.

Pour les demandes de mot de passe ENT ou e-sidoc des élèves, merci de
vous adresser directement au professeur documentaliste.

Le secrétariat du collège Littré
""")

M("automated", False, None, "auvergne-rhone-alpes", None, "fr", True,
  "A librarian's real question about MailInBlack and an activation mail, but posted to an academic mailing list the "
  "desk is subscribed to (List-Id, Precedence: list, Sympa headers): not written to us. Region from the "
  "ac-grenoble.fr sender.",
  return_path="docs-grenoble-owner@listes.ac-grenoble.fr", relay_domain="listes.ac-grenoble.fr",
  relay="listes.ac-grenoble.fr",
  auth={"dkim": "pass (2048-bit key) header.d=ac-grenoble.fr", "spf": "pass smtp.mailfrom=listes.ac-grenoble.fr",
        "dmarc": "pass (p=none dis=none) header.from=ac-grenoble.fr"},
  raw="""
From: Corinne Vuillermoz <corinne.vuillermoz@ac-grenoble.fr>
To: docs-grenoble@listes.ac-grenoble.fr
Subject: [docs-grenoble] Mailinblack et mails d'activation ?
Date: Tue, 26 Nov 2024 12:18:27 +0100
Message-ID: <7d2c01e5-88a1-4b0c-9d1a-4e5f6a7b8c90@ac-grenoble.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit
List-Id: <docs-grenoble.listes.ac-grenoble.fr>
List-Post: <mailto:docs-grenoble@listes.ac-grenoble.fr>
List-Unsubscribe: <mailto:sympa@listes.ac-grenoble.fr?subject=unsubscribe%20docs-grenoble>
List-Archive: <https://listes.ac-grenoble.fr/sympa/arc/docs-grenoble>
Precedence: list
X-Loop: docs-grenoble@listes.ac-grenoble.fr
X-Sequence: 4412
Errors-To: docs-grenoble-owner@listes.ac-grenoble.fr
Sender: docs-grenoble-request@listes.ac-grenoble.fr

Bonjour à tous,

Dans mon collège, le Département a mis en place Mailinblack et je ne
reçois plus le mail d'activation du portail. Quelqu'un a-t-il eu le
problème et sait-il quelle adresse il faut autoriser ?

Merci !
Corinne, doc au collège de Saint-Marcellin
""")

M("automated", False, None, None, None, "fr", True,
  "A MailInBlack sender-authentication challenge sent to the desk after it answered a school: names MailInBlack but "
  "is machine-generated (Auto-Submitted); never answered by the pipeline.",
  return_path="", relay_domain="protect.mailinblack.example.com", relay="out2.protect.mailinblack.example.com",
  raw="""
From: Mailinblack <challenge@protect.mailinblack.example.com>
Reply-To: no-reply@protect.mailinblack.example.com
To: support@assistance.example.fr
Subject: =?utf-8?q?Confirmez_votre_envoi_=C3=A0_cecile=2Ebastide=40ac-clermont=2Efr?=
Date: Wed, 27 Nov 2024 10:02:55 +0100
Message-ID: <chl-5f1e9a7c3b2d@protect.mailinblack.example.com>
Auto-Submitted: auto-replied
X-Mailinblack-Challenge: 1
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="mib-alt-77aa"

--mib-alt-77aa
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Votre message =C2=AB [#SUP-005493] Mailinblack + administrateur =C2=BB =
adress=C3=A9 =C3=A0 cecile.bastide@ac-clermont.fr est en attente.

Cette personne est prot=C3=A9g=C3=A9e par Mailinblack. Pour que votre message=
 lui soit d=C3=A9livr=C3=A9, merci de confirmer que vous =C3=AAtes bien un =
humain en cliquant sur le lien ci-dessous (une seule fois) :

https://protect.mailinblack.example.com/c/5f1e9a7c3b2d

Ce message a =C3=A9t=C3=A9 envoy=C3=A9 automatiquement.

--mib-alt-77aa
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body><p>Bonjour,</p><p>Votre message =C2=AB&nbsp;[#SUP-005493] Mailin=
black + administrateur&nbsp;=C2=BB adress=C3=A9 =C3=A0 cecile.bastide@ac-cle=
rmont.fr est en attente.</p><p><a href=3D"https://protect.mailinblack.examp=
le.com/c/5f1e9a7c3b2d">Je confirme mon envoi</a></p></body></html>

--mib-alt-77aa--
""")

M("automated", False, None, None, "esignature", "fr", True,
  "E-signature 'all parties have signed' notification for a membership convention: transactional mail without "
  "Auto-Submitted or Precedence; the no-reply sender and the wording show it is automatic.",
  return_path="bounces+8812@mail.esignature.example.fr", relay_domain="mail.esignature.example.fr",
  raw="""
From: Signature en ligne <no-reply@esignature.example.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?Document_sign=C3=A9_par_toutes_les_parties_=3A_Convention_d?=
 =?utf-8?q?=27adh=C3=A9sion_2025_-_Coll=C3=A8ge_Lumi=C3=A8re?=
Date: Thu, 28 Nov 2024 11:26:40 +0100
Message-ID: <01020193726a8f3e-3a1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d-000000@eu-west-1.esignature.example.fr>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="es_b_4411"

--es_b_4411
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Toutes les parties ont signé le document « Convention d'adhésion 2025 -
Collège Lumière ».

Signataires :
- Gaëlle Perrier (signé le 27/11/2024 à 15:02)
- Centrale d'achat - Service adhésions (signé le 28/11/2024 à 11:26)

Vous pouvez télécharger le document signé et son certificat de preuve
pendant 30 jours : https://esignature.example.fr/d/8812/dl

Cet e-mail a été envoyé par la plateforme de signature électronique.

--es_b_4411
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Helvetica,Arial,sans-serif"><p>Bonjour,</p><p>Toutes les parties ont signé le document <b>« Convention d'adhésion 2025 - Collège Lumière »</b>.</p><p><a href="https://esignature.example.fr/d/8812/dl" style="background:#2a6;color:#fff;padding:8px 14px;text-decoration:none">Télécharger</a></p><p style="color:#888;font-size:11px">Cet e-mail a été envoyé par la plateforme de signature électronique.</p></body></html>

--es_b_4411--
""")

M("automated", False, None, None, "espace_acheteur", "fr", False,
  "No-reply notification to the desk (administrator of structures without one): an account awaits validation. "
  "Auto-Submitted: auto-generated.",
  return_path="no-reply@espace-acheteur.example.fr", relay_domain="espace-acheteur.example.fr",
  raw="""
From: Espace Acheteur <no-reply@espace-acheteur.example.fr>
To: support@assistance.example.fr
Subject: =?utf-8?q?Nouveau_compte_en_attente_de_validation_-_Coll=C3=A8ge_Lafayette?=
Date: Fri, 29 Nov 2024 08:15:03 +0100
Message-ID: <acct-validation-992174@espace-acheteur.example.fr>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Un nouvel utilisateur a demandé l'accès à l'Espace Acheteur pour la
structure « Collège Lafayette - Langeac », qui n'a pas d'administrateur
actif.

Utilisateur : Yvette Charbonnier
Demande créée le : 28/10/2024

Valider ou refuser la demande :
https://espace-acheteur.example.fr/admin/demandes/992174

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""")

M("automated", False, None, None, None, "en", False,
  "English vacation responder of a publisher's contact (Auto-Submitted: auto-replied, Precedence: bulk).",
  return_path="", relay_domain="alpine-readers.example.fr", relay="mail.alpine-readers.example.fr",
  raw="""
From: James Porter <j.porter@alpine-readers.example.fr>
To: Assistance <support@assistance.example.fr>
Subject: Out of Office: [#SUP-005476] Catalogue records for the English readers
Date: Sat, 23 Nov 2024 09:00:31 +0100
Message-ID: <ooo-20241123080031-1182@alpine-readers.example.fr>
In-Reply-To: <SUP-005476.1732348820.c81a05@assistance.example.fr>
Auto-Submitted: auto-replied
Precedence: bulk
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

I'm out of the office at the Frankfurt rights meeting until Monday
2 December. Your e-mail has not been forwarded.

For orders and invoices, please write to orders@alpine-readers.example.fr.

Best wishes,
James
""")

M("automated", False, None, None, None, "fr", False,
  "Exchange 'Réponse automatique :' out-of-office in French from a conseil départemental buyer, with "
  "Auto-Submitted and X-Auto-Response-Suppress.",
  return_path="valerie.pradier@puy-de-dome.example.fr", relay_domain="puy-de-dome.example.fr",
  relay="mail-am7eur03on2091.outbound.protection.outlook.com",
  raw="""
From: =?utf-8?q?Val=C3=A9rie_Pradier?= <valerie.pradier@puy-de-dome.example.fr>
To: Assistance <support@assistance.example.fr>
Subject: =?utf-8?q?R=C3=A9ponse_automatique=C2=A0=3A_=5B=23SUP-005426=5D_Mot_de_passe?=
 =?utf-8?q?_Espace_Acheteur_oubli=C3=A9?=
Thread-Topic: =?utf-8?q?=5B=23SUP-005426=5D_Mot_de_passe_Espace_Acheteur_oubli=C3=A9?=
Date: Fri, 15 Nov 2024 12:01:44 +0000
Message-ID: <PAXP192MB1380E4C3D6A1B9F2E0C4D7A6B1F3@PAXP192MB1380.EURP192.PROD.OUTLOOK.COM>
In-Reply-To: <SUP-005426.1731672100.7e31d9@assistance.example.fr>
References: <SUP-005426.1731672100.7e31d9@assistance.example.fr>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: valerie.pradier@puy-de-dome.example.fr
Content-Language: fr-FR
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><div style=3D"font-family:Calibri,Arial,Helvetica,sa=
ns-serif;font-size:11pt">Bonjour,<br><br>Je suis absente jusqu'au mercredi =
20 novembre.<br>En cas d'urgence, vous pouvez contacter le service de la co=
mmande publique au 04 73 00 00 01.<br><br>Cordialement,<br>Val=C3=A9rie Pra=
dier</div></body></html>
""")

M("automated", False, None, None, None, "en", False,
  "DMARC aggregate report (zip attachment) sent to the desk's address by a mailbox provider.",
  return_path="noreply-dmarc@orange.example.fr", relay_domain="orange.example.fr",
  raw="""
From: noreply-dmarc@orange.example.fr
To: support@assistance.example.fr
Subject: Report domain: assistance.example.fr Submitter: orange.example.fr Report-ID: <2024.11.24.9981.assistance.example.fr>
Date: Sun, 24 Nov 2024 03:12:09 +0100
Message-ID: <dmarc-2024112403120922@orange.example.fr>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="dmarc-rpt-9981"

--dmarc-rpt-9981
Content-Type: text/plain; charset=us-ascii

This is an aggregate report from orange.example.fr.

Report domain: assistance.example.fr
Submitter: orange.example.fr
Report-ID: 2024.11.24.9981.assistance.example.fr
Date range: 2024-11-23 00:00:00 UTC to 2024-11-23 23:59:59 UTC

--dmarc-rpt-9981
Content-Type: application/zip;
 name="orange.example.fr!assistance.example.fr!1732320000!1732406399.zip"
Content-Disposition: attachment;
 filename="orange.example.fr!assistance.example.fr!1732320000!1732406399.zip"
Content-Transfer-Encoding: base64

UEsDBBQAAAAIAAAAIQAAAAAAAAAAAAAAAAAIAAAAcmVwb3J0LnhtbAMAUEsBAhQAFAAAAAgAAAAh
AAAAAAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAAAcmVwb3J0LnhtbFBLBQYAAAAAAQABADYAAAAm
AAAAAAA=

--dmarc-rpt-9981--
""")


# ================================================================ other

M("other", False, None, None, None, "fr", False,
  "A parent asks when the school photos will be delivered: wrong address, unrelated to the services.",
  frm=("Aurore Besson", "aurore.besson74@orange.example.fr"), style="android",
  subject="photos de classe",
  body="""
Bonjour,
Ma fille est en CM1 à l'école du Parmelan, on nous avait dit que les photos de classe seraient distribuées avant les vacances de Noël et on n'a toujours rien. C'est bien vous qui vous en occupez ? Le lien sur le cahier de liaison renvoyait à cette adresse.
Merci
Aurore Besson
""")

M("other", False, None, "auvergne-rhone-alpes", "esidoc", "fr", True,
  "Thanks only, quoting the desk's reset answer: 'mot de passe' and 'lien' appear but nothing is asked. Region from "
  "the ac-grenoble.fr sender.",
  frm=("Thomas Guerrier", "cdi.leschartreux@ac-grenoble.fr"), style="roundcube", date=(22, 16, 45),
  subject="Re: [#SUP-005459] Perte du mot de passe",
  irt="<SUP-005459.1732285502.4be0c8@assistance.example.fr>",
  refs="<SUP-005459.1732285502.4be0c8@assistance.example.fr>",
  body="""
C'est bon, le lien a fonctionné et j'ai pu mettre un nouveau mot de
passe. Merci beaucoup pour la rapidité !

Thomas

Le 22.11.2024 15:25, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation a été envoyé à l'adresse enregistrée pour
> votre établissement. Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""")

M("other", False, None, None, None, "en", False,
  "English SEO spam offering backlinks and 'page one on Google'.",
  frm=("Daniel Brooks", "daniel.brooks@rankfast-seo.example.com"), style="roundcube",
  subject="Quick question about assistance.example.fr",
  body="""
Hi there,

I was looking at assistance.example.fr and noticed it isn't ranking for
some really valuable keywords in your niche. We help websites like yours
reach page one on Google within 60 days with high-authority backlinks.

Would you be open to a quick 10-minute call this week? I can send over a
free audit and a price list.

Cheers,
Daniel Brooks
Growth Consultant
""")

M("other", False, None, None, None, "fr", True,
  "Phishing: 'votre boîte académique a atteint son quota, confirmez votre mot de passe'. Mentions a password but is "
  "not password_reset; the look-alike domain is not an académie domain, so no region.",
  frm=("Service Messagerie Academique", "securite@ac-grenoble-messagerie.example.com"), style="roundcube",
  auth={"dkim": "none", "spf": "softfail (domain does not designate 203.0.113.199) smtp.mailfrom=ac-grenoble-messagerie.example.com",
        "dmarc": "fail (p=none dis=none) header.from=ac-grenoble-messagerie.example.com"},
  relay="srv77.bulk-hosting.example.net",
  subject="Votre boîte aux lettres a atteint 98% de son quota",
  body="""
Cher utilisateur,

Votre boite aux lettres académique a atteint 98% de sa capacité. Vous ne
pourrez bientôt plus envoyer ni recevoir de messages.

Pour augmenter gratuitement votre espace de stockage, confirmez votre
identifiant et votre mot de passe en cliquant sur le lien ci-dessous
dans les 24 heures :

https://ac-grenoble-messagerie.example.com/quota/valider

Sans action de votre part, votre compte sera suspendu.

Le service informatique de l'académie
""")

M("other", False, None, None, None, "fr", False,
  "Unsolicited application from a librarian looking for a job at the company, CV attached.",
  frm=("Capucine Lebreton", "capucine.lebreton@laposte.example.fr"), style="thunderbird",
  attach=[("CV_Capucine_Lebreton.pdf", "application/pdf")],
  subject="Candidature spontanée - chargée de formation",
  body="""
Madame, Monsieur,

Professeure documentaliste depuis douze ans dans l'académie de Limoges,
utilisatrice quotidienne de votre portail, je souhaiterais mettre mon
expérience au service de votre entreprise, par exemple comme chargée de
formation ou d'assistance auprès des établissements.

Vous trouverez mon CV en pièce jointe. Je serais ravie de vous rencontrer.

Bien cordialement,
Capucine Lebreton
""")

M("other", False, None, None, None, "fr", True,
  "Fake 'facture impayée' with an attachment from an unknown sender and a failing SPF: phishing, not order_billing.",
  frm=("Service Recouvrement", "recouvrement@factures-pro-online.example.com"), style="outlook",
  auth={"dkim": "none", "spf": "fail (sender IP is 198.51.100.201) smtp.mailfrom=factures-pro-online.example.com",
        "dmarc": "fail (p=reject dis=none) header.from=factures-pro-online.example.com"},
  attach=[("Facture_impayee_FR-88120.pdf", "application/pdf")],
  subject="RELANCE : Facture impayée n° FR-88120",
  body="""
Bonjour,

Sauf erreur de notre part, la facture n° FR-88120 d'un montant de 1 284,00 € reste impayée à ce jour malgré nos précédentes relances.

Merci de procéder au règlement sous 48 heures via le lien sécurisé indiqué dans la facture jointe, afin d'éviter des frais de recouvrement.

Service Recouvrement
""")

M("other", False, None, "auvergne-rhone-alpes", "esidoc", "fr", False,
  "Asks how to register for the e-sidoc training session announced for librarians: other. Region from the "
  "ac-lyon.fr sender.",
  frm=("Hélène Mathon", "helene.mathon@ac-lyon.fr"), style="thunderbird",
  subject="Inscription à la formation e-sidoc du 10 décembre",
  body="""
Bonjour,

Une collègue m'a parlé d'une session de formation à distance sur la
gestion du portail e-sidoc prévue le 10 décembre. Je ne trouve pas le
formulaire d'inscription : est-il encore temps de s'inscrire, et où ?

Merci,
Hélène Mathon
Documentaliste, collège de Tassin-la-Demi-Lune
""")

M("other", False, None, "centre-val-de-loire", None, "fr", False,
  "Angry complaint about unanswered requests that says nothing about the topic: no category can be told. Region "
  "from the ac-orleans-tours.fr sender.",
  frm=("Gérald Poirier", "gerald.poirier@ac-orleans-tours.fr"), style="outlook",
  subject="TROISIÈME RELANCE !!!",
  body="""
Bonjour,

C'est la troisième fois que je vous écris et toujours aucune réponse. C'est inadmissible pour un service que nous payons. Je ne vais pas réexpliquer mon problème une quatrième fois, vous avez tout dans vos mails précédents.

J'attends un appel AUJOURD'HUI.

G. Poirier
""")

M("other", False, None, "auvergne-rhone-alpes", None, "fr", False,
  "Personal message sent to the desk by address autocomplete (a colleague's farewell drinks). Region from the "
  "ac-clermont.fr sender.",
  frm=("Sylvie Cournil", "sylvie.cournil@ac-clermont.fr"), style="zimbra",
  to="support@assistance.example.fr, sophie.sudre@ac-clermont.fr",
  subject="Pot de départ de Josette vendredi",
  body="""
Coucou,

Petit rappel : on fête le départ de Josette vendredi à 16 h 30 en salle
des professeurs. Tu peux apporter ton fameux gâteau aux noix ? Moi je
m'occupe du cidre et des gobelets.

Bises,
Sylvie
""")

M("other", False, None, "nouvelle-aquitaine", None, "fr", False,
  "A primary-school head asks for advice on weeding the school library collection: a pedagogical question with no "
  "category. Region from the ac-limoges.fr sender.",
  frm=("Yves Mazeaud", "yves.mazeaud@ac-limoges.fr"), style="ipad",
  subject="conseils désherbage bibliothèque",
  body="""
Bonjour,
Nous voulons faire du tri dans la bibliothèque de l'école (beaucoup de livres des années 80 en mauvais état). Avez-vous des conseils ou un guide sur le désherbage pour une petite école ? Et que fait-on des livres retirés ?
Merci
Yves Mazeaud, directeur de l'école de Châlus

Envoyé de mon iPad
""")

M("other", False, None, None, None, "fr", False,
  "GDPR erasure request from a former librarian who left the national education system: other (human review).",
  frm=("Geneviève Couderc", "genevieve.couderc@free.example.fr"), style="thunderbird",
  subject="Suppression de mes données personnelles (RGPD)",
  body="""
Bonjour,

Ayant quitté l'Éducation nationale en août, je vous demande, en
application de l'article 17 du RGPD, de supprimer l'ensemble des données
personnelles me concernant (nom, adresses électroniques, historique de
vos échanges avec moi) que vous conservez au titre de mon ancien poste de
documentaliste à Riom.

Merci de me confirmer la suppression.

Geneviève Couderc
""")

M("other", False, None, None, None, "fr", False,
  "A person asks by hand to be removed from the newsletter: written by a person, so not automated.",
  frm=("Marcel Teyssier", "m.teyssier@wanadoo.example.fr"), style="openxchange",
  subject="désinscription",
  body="""
Bonjour,
Je suis à la retraite depuis juin, merci de ne plus m'envoyer votre lettre d'information. Le lien de désinscription en bas du mail me renvoie une erreur.
Cordialement
M. Teyssier
""")

M("other", False, None, "auvergne-rhone-alpes", None, "fr", True,
  "'Bien reçu' reply in a quote thread (quoted devis answer): an acknowledgement that asks nothing, although the "
  "thread is about an order. Region from the ac-lyon.fr sender.",
  frm=("Florian Millet", "florian.millet@ac-lyon.fr"), style="iphone", date=(27, 12, 3),
  subject="Re: [#SUP-005480] Devis mobilier CDI",
  irt="<SUP-005480.1732694401.e21f5a@assistance.example.fr>",
  refs="<SUP-005480.1732694401.e21f5a@assistance.example.fr>",
  body="""
Bien reçu, je transmets à l'intendance. Merci !

Envoyé de mon iPhone

> Le 27 nov. 2024 à 09:00, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
>
> Veuillez trouver ci-joint le devis demandé pour le mobilier du CDI.
>
> Cordialement,
> L'équipe d'assistance
""")

M("other", False, None, None, None, "fr", False,
  "Cold sales prospecting for a tablet-lending cabinet, written to one person (no list headers): other, not "
  "automated.",
  frm=("Kevin Marcelin", "k.marcelin@educ-mobilier.example.fr"), style="outlook",
  subject="Armoires de recharge pour tablettes – offre spéciale établissements",
  body="""
Bonjour,

Je me permets de vous contacter car nous équipons de nombreux CDI et BCD de la région en armoires de recharge sécurisées pour tablettes (16 à 32 emplacements).

Jusqu'au 15 décembre, nous proposons une remise de 15 % et la livraison offerte. Seriez-vous la bonne personne pour en parler, ou pourriez-vous me transmettre les coordonnées du service achats ?

Belle journée,

Kevin Marcelin
Responsable commercial Auvergne-Rhône-Alpes
""")

M("other", False, None, "centre-val-de-loire", "ticket_portal", "fr", False,
  "How to print or export a ticket's history from the ticket portal: a how-to question with no category of its own.",
  frm=("Julien Sarrazin", "julien.sarrazin@ac-orleans-tours.fr"), style="thunderbird",
  subject="Imprimer l'historique d'un ticket",
  body="""
Bonjour,

Sur le portail de tickets, est-il possible d'imprimer ou d'exporter en PDF
tout l'historique d'un ticket (messages et réponses) ? Ma principale
voudrait l'avoir pour un dossier. Je ne trouve pas de bouton pour ça.

Merci,
Julien Sarrazin
""")

M("other", False, None, "auvergne-rhone-alpes", None, "fr", False,
  "A school head forwards a hoax virus alert to all his contacts, the desk included: other.",
  frm=("René Colomb", "rene.colomb@ac-grenoble.fr"), style="outlook",
  subject="TR: ATTENTION VIRUS - à diffuser à tous vos contacts",
  body="""
Pour info, à faire suivre.

R. Colomb
Directeur école de Saint-Jean-en-Royans

De : Mairie Accueil <accueil@mairie-stjean.example.fr>
Envoyé : mardi 19 novembre 2024 08:47
Objet : ATTENTION VIRUS - à diffuser à tous vos contacts

ATTENTION !!! Si vous recevez un message intitulé « Invitation Noël 2024 », NE L'OUVREZ PAS ! C'est un virus qui efface tout le disque dur en quelques secondes. Microsoft l'a confirmé hier. Faites suivre à tous vos contacts !!!
""")

M("other", False, None, "nouvelle-aquitaine", "esidoc", "fr", False,
  "Feature suggestion for the e-sidoc portal (dark mode, bigger fonts for dyslexic pupils): nothing to fix, other.",
  frm=("Léa Dessalles", "lea.dessalles@ac-limoges.fr"), style="thunderbird",
  subject="Suggestion pour le portail",
  body="""
Bonjour,

Simple suggestion, pas urgent du tout : serait-il possible de proposer
sur le portail e-sidoc un mode « lecture facilitée » (police adaptée aux
élèves dyslexiques, interlignage plus grand), voire un mode sombre ?
Plusieurs élèves de notre dispositif ULIS me l'ont demandé.

Merci pour votre travail,
Léa Dessalles
Documentaliste, collège d'Aixe-sur-Vienne
""")

M("other", False, None, "auvergne-rhone-alpes", None, "fr", True,
  "Reply in an old password-reset thread (quoted) that only tells the desk she is moving to another school in "
  "January: no request in the taxonomy, so other.",
  frm=("Élodie Perret", "elodie.perret@ac-clermont.fr"), style="roundcube", date=(29, 11, 8),
  subject="Re: [#SUP-005302] Remplacement documentaliste - accès administration",
  irt="<SUP-005302.1731070210.6fd1a3@assistance.example.fr>",
  refs="<SUP-005302.1731070210.6fd1a3@assistance.example.fr>",
  body="""
Bonjour,

Je profite de ce fil pour vous prévenir que mon remplacement se termine
le 20 décembre et que je serai affectée dans un autre collège en
janvier. Mme Tixier reprend son poste à cette date. Je ne sais pas s'il
faut noter quelque chose de votre côté, c'était juste pour information.

Bonnes fêtes par avance,
Élodie Perret

Le 08.11.2024 13:50, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse
> enregistrée pour votre établissement. Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""")

M("other", False, None, "auvergne-rhone-alpes", None, "fr", True,
  "Negation: 'ni un problème de mot de passe ni une commande'; a new school head asks, for the DSDEN's data "
  "protection officer, where the portal's data are hosted: other.",
  frm=("Pascal Rigaud", "pascal.rigaud@ac-clermont.fr"), style="outlook",
  subject="Question sur l'hébergement des données",
  body="""
Bonjour,

Ma question n'est ni un problème de mot de passe ni une commande, je précise car votre formulaire ne propose que ces choix.

Je viens d'être nommé directeur d'école à Issoire. Le délégué à la protection des données de la DSDEN me demande, avant que nous continuions à utiliser le portail de la bibliothèque, où sont hébergées les données des élèves (en France ? dans l'Union européenne ?) et s'il existe un registre de traitement que vous pourriez nous transmettre.

Cordialement,
Pascal Rigaud
""")


# ---------------------------------------------------------------- build and check

UAI_RE = re.compile(r"(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])")


def visible_text(raw_bytes):
    """Decoded headers people see + every text part (also inside attached messages)."""
    msg = message_from_bytes(raw_bytes, policy=policy.default)
    chunks = []
    for part in msg.walk():
        for hname in ("From", "To", "Cc", "Reply-To", "Subject"):
            if part.get(hname):
                chunks.append(str(part.get(hname)))
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    return "\n".join(chunks)


def derive_region(uai, from_addr):
    if uai:
        return REGION_BY_DEPT[uai[:3]]
    dom = from_addr.rsplit("@", 1)[-1].strip(">").lower()
    return REGION_BY_DOMAIN.get(dom)


def check(i, entry, raw_bytes):
    lab, kw = entry["label"], entry["kw"]
    where = "h%03d (%s)" % (i, lab["notes"][:50])
    assert lab["category"] in CATEGORIES, where
    assert isinstance(lab["auto_reply_ok"], bool) and isinstance(lab["hard"], bool), where
    if lab["auto_reply_ok"]:
        assert CATEGORIES[lab["category"]] == "auto_reply", where + ": auto_reply_ok on a non auto-reply category"
    assert lab["platform"] in PLATFORMS, where
    assert lab["lang"] in ("fr", "en"), where
    assert len(lab["notes"]) > 15, where
    head = raw_bytes.split(b"\n\n", 1)[0]
    head.decode("ascii")  # headers stay 7-bit
    msg = message_from_bytes(raw_bytes, policy=policy.default)
    from_addr = msg["From"].addresses[0].addr_spec
    text = visible_text(raw_bytes)
    squeezed = re.sub(r"[ \t]+", "", text)
    found = {m.upper() for m in UAI_RE.findall(squeezed)} | {m.upper() for m in UAI_RE.findall(text)}
    valid = {c for c in found if uai_ok(c)}
    invalid = found - valid
    bad = set(kw.get("bad", []))
    for code in bad:
        assert not uai_ok(code), where + ": %s is listed as wrong but its letter is right" % code
        assert code in invalid, where + ": wrong code %s not found in the message" % code
        assert code in lab["notes"], where + ": notes must mention the wrong code %s" % code
    assert invalid <= bad, where + ": unexpected wrong-letter codes %s" % sorted(invalid - bad)
    if lab["uai"] is not None:
        assert uai_ok(lab["uai"]), where + ": labelled UAI has a wrong check letter"
        assert lab["uai"] == lab["uai"].upper()
        assert lab["uai"] in valid, where + ": labelled UAI %s does not occur in the message" % lab["uai"]
    else:
        assert not valid or kw.get("uai_ignored"), where + ": valid UAI %s present but label is null" % sorted(valid)
    if len(valid) > 1:
        assert kw.get("several_uai"), where + ": several UAIs %s, say which one is meant" % sorted(valid)
    assert lab["region"] == derive_region(lab["uai"], from_addr), \
        where + ": region %s, expected %s" % (lab["region"], derive_region(lab["uai"], from_addr))
    if kw.get("irt"):
        assert msg["In-Reply-To"] and msg["References"], where
    if "raw" not in kw:
        assert re.search(r"^From: .*%s" % re.escape(from_addr), text, re.M | re.I) or True


def main():
    order = list(range(len(MAILS)))
    random.Random(SEED * 7919).shuffle(order)
    labels = []
    counts = {}
    for n, idx in enumerate(order, 1):
        entry = MAILS[idx]
        kw = entry["kw"]
        if "raw" in kw:
            raw = build_raw(kw)
        else:
            raw = build_human(kw, pick_date(kw))
        charset = kw.get("charset", "utf-8")
        raw_bytes = raw.encode("utf-8")
        check(n, entry, raw_bytes)
        fname = "h%03d.eml" % n
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw_bytes)
        lab = dict(file=fname, **entry["label"])
        labels.append(lab)
        counts[lab["category"]] = counts.get(lab["category"], 0) + 1
    assert len(labels) == len(MAILS)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps({k: lab[k] for k in ("file", "category", "auto_reply_ok", "uai", "region", "platform",
                                                      "hard", "lang", "notes")}, ensure_ascii=False) + "\n")
    # every file in labels.jsonl exists and the numbering has no hole
    assert [l["file"] for l in labels] == ["h%03d.eml" % i for i in range(1, len(labels) + 1)]
    print("wrote %d mails" % len(labels))
    for cat in sorted(counts, key=lambda c: -counts[c]):
        print("  %-32s %3d" % (cat, counts[cat]))
    print("  auto_reply_ok true: %d, hard: %d, en: %d" % (
        sum(l["auto_reply_ok"] for l in labels), sum(l["hard"] for l in labels),
        sum(l["lang"] == "en" for l in labels)))


if __name__ == "__main__":
    main()

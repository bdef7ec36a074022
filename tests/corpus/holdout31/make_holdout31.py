#!/usr/bin/env python3
"""Build the holdout31 blind test corpus (150 hand-written mails + labels).

Theme: late May 2025 in the west (académies of Rennes, Nantes, Normandie
(Caen / Rouen) and Poitiers); public écoles / collèges and private schools
under contract; documentalistes, CPE, vie scolaire, gestionnaires, heads.

Standard library only. Deterministic: every random choice (transport ids,
Message-IDs, IP addresses, file order) comes from one Random(SEED).
Running it rewrites h001.eml ... h150.eml and labels.jsonl next to this
script, then checks every label against the written files.
"""

import base64
import html
import json
import os
import quopri
import random
import re
import textwrap
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 31_2025_05
rng = random.Random(SEED)

DESK = "support@assistance.example.fr"
MX = "mx1.assistance.example.fr"
PARIS = timezone(timedelta(hours=2))
UTC = timezone.utc

CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def check_letter(digits7):
    return CHECK_LETTERS[int(digits7) % 23]


def uai_is_valid(code):
    return (len(code) == 8 and code[:7].isdigit() and code[7].isalpha()
            and check_letter(code[:7]) == code[7].upper())


# regions.md, verbatim
REGION_DEPTS = {
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
}
PREFIX_REGION = {"0" + d: r for r, ds in REGION_DEPTS.items() for d in ds.split()}
PREFIX_REGION.update({"620": "corse", "720": "corse", "971": "guadeloupe",
                      "972": "martinique", "973": "guyane", "974": "la-reunion",
                      "976": "mayotte"})
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
    "ac-toulouse.fr": "occitanie", "ac-aix-marseille.fr": "provence-alpes-cote-d-azur",
    "ac-nantes.fr": "pays-de-la-loire", "ac-nice.fr": "provence-alpes-cote-d-azur", "ac-guadeloupe.fr": "guadeloupe",
    "ac-martinique.fr": "martinique", "ac-guyane.fr": "guyane",
    "ac-reunion.fr": "la-reunion", "ac-mayotte.fr": "mayotte",
}

CATEGORIES = ["password_reset", "missing_noreply_mail", "mailinblack_spam",
              "head_of_establishment_request", "account_creation",
              "subscription_activation", "order_billing", "contract_documents",
              "transfer_incident", "automated", "other"]
AUTO_REPLY_CATEGORIES = {"password_reset", "missing_noreply_mail", "mailinblack_spam",
                         "account_creation", "subscription_activation"}
PLATFORMS = {None, "esidoc", "espace_acheteur", "ecoledirecte", "ticket_portal", "esignature"}

TARGET_COUNTS = {
    "password_reset": 23, "automated": 20, "other": 18, "missing_noreply_mail": 17,
    "head_of_establishment_request": 14, "mailinblack_spam": 12, "order_billing": 11,
    "account_creation": 9, "subscription_activation": 9, "transfer_incident": 9,
    "contract_documents": 8,
}


def expected_region(uai, sender):
    if uai:
        return PREFIX_REGION[uai[:3]]
    dom = sender.rsplit("@", 1)[-1].lower()
    return DOMAIN_REGION.get(dom)


# ---------------------------------------------------------------- random ids

def rhex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rip():
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, rng.randint(2, 250))


def qid():
    return ralnum(15, "0123456789BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz")


def uuid_like():
    return "%s-%s-4%s-%s-%s" % (rhex(8), rhex(4), rhex(3), rng.choice("89ab") + rhex(3), rhex(12))


def ticket_msgid(ref, when):
    ts = int(when.timestamp())
    return "<SUP-%s.%d.%s@assistance.example.fr>" % (ref, ts, rhex(6))


# ---------------------------------------------------------------- headers

def q_encode_words(s, charset="utf-8"):
    """RFC 2047 Q-encoding, split into encoded words of at most 75 chars."""
    if all(32 <= ord(c) < 127 for c in s) and "=?" not in s:
        return s
    words, cur = [], ""
    prefix = "=?%s?q?" % charset
    for ch in s:
        b = ch.encode(charset)
        if ch == " ":
            piece = "_"
        elif ch.isascii() and (ch.isalnum() or ch in "-!*+/"):
            piece = ch
        else:
            piece = "".join("=%02X" % x for x in b)
        if len(prefix) + len(cur) + len(piece) + 2 > 75:
            words.append(prefix + cur + "?=")
            cur = ""
        cur += piece
    words.append(prefix + cur + "?=")
    return "\n ".join(words)


def b_encode_words(s, charset="utf-8"):
    if all(32 <= ord(c) < 127 for c in s):
        return s
    out, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode(charset)) > 42:
            out.append(chunk)
            chunk = ""
        chunk += ch
    out.append(chunk)
    return "\n ".join("=?%s?B?%s?=" % (charset.upper(), base64.b64encode(c.encode(charset)).decode())
                      for c in out)


def enc_header(s, style="q", charset="utf-8"):
    return b_encode_words(s, charset) if style == "b" else q_encode_words(s, charset)


def addr(name, address, style="q", charset="utf-8"):
    if not name:
        return address
    if all(32 <= ord(c) < 127 for c in name):
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            return '"%s" <%s>' % (name.replace('"', ''), address)
        return "%s <%s>" % (name, address)
    return "%s <%s>" % (enc_header(name, style, charset), address)


def rfc_date(dt):
    return format_datetime(dt)


# ---------------------------------------------------------------- bodies

def wrap_text(text, width=72, flowed=False):
    out = []
    for line in text.split("\n"):
        if len(line) <= width + 4 or line.startswith(("http", "    ")):
            out.append(line)
            continue
        m = re.match(r"^((?:> ?)*)", line)
        pre = m.group(1)
        if pre and not pre.endswith(" "):
            pre += " "
        content = line[len(m.group(1)):].lstrip() if pre else line
        parts = textwrap.wrap(content, width=width - len(pre), break_long_words=False,
                              break_on_hyphens=False)
        for i, p in enumerate(parts):
            tail = " " if (flowed and i < len(parts) - 1) else ""
            out.append(pre + p + tail)
    return "\n".join(out)


def text_to_html(text, style):
    """Turn the hand-written plain text into the HTML a given client would send."""
    lines = text.split("\n")
    esc = html.escape

    def blocks():
        # group consecutive quoted lines
        cur_q, buf = None, []
        for ln in lines:
            q = ln.startswith(">")
            if cur_q is None or q == cur_q:
                buf.append(ln)
            else:
                yield cur_q, buf
                buf = [ln]
            cur_q = q
        if buf:
            yield cur_q, buf

    if style in ("outlook", "outlook_old"):
        body = []
        for ln in lines:
            if ln.strip() == "":
                body.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                body.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(ln))
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
                '\tfont-family:"Calibri",sans-serif;}\na:link, span.MsoHyperlink\n\t{color:#0563C1;\n'
                '\ttext-decoration:underline;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
                '\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
                '--></style>\n</head>\n<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + "\n".join(body) + "\n</div>\n</body>\n</html>\n")
    if style == "gmail":
        parts = []
        for quoted, buf in blocks():
            if quoted:
                inner = "".join("<div>%s</div>\n" % (esc(re.sub(r"^> ?", "", l)) or "<br>") for l in buf)
                parts.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                             'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s</blockquote>\n' % inner)
            else:
                parts.append("".join("<div>%s</div>\n" % (esc(l) or "<br>") for l in buf))
        return '<div dir="ltr">' + "".join(parts) + "</div>\n"
    if style == "zimbra":
        inner = "".join("<div>%s</div>" % (esc(l) or "<br data-mce-bogus=\"1\">") for l in lines)
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; '
                'color: #000000">' + inner + "</div></body></html>")
    if style == "apple":
        parts = []
        for quoted, buf in blocks():
            if quoted:
                inner = "<br>".join(esc(re.sub(r"^> ?", "", l)) for l in buf)
                parts.append('<blockquote type="cite"><div dir="ltr">%s</div></blockquote>' % inner)
            else:
                parts.append("<div dir=\"ltr\">%s</div>" % "<br>".join(esc(l) for l in buf))
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto">' + "".join(parts) + "</body></html>")
    # samsung / generic
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body dir="auto"><div dir="auto">' + "<br>\n".join(esc(l) for l in lines) + "</div></body></html>\n")


def encode_part(ctype, charset, cte, text, extra=""):
    data = text.replace("\r\n", "\n")
    if cte == "base64":
        raw = data.replace("\n", "\r\n").encode(charset)
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data.encode(charset)).decode("ascii")
    else:
        payload = data
        if cte == "7bit":
            data.encode("ascii")
    head = "Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n" % (ctype, charset, extra, cte)
    return head, payload


def boundary(style):
    if style == "gmail":
        return "000000000000" + rhex(16)
    if style in ("outlook", "outlook_old"):
        return "_000_" + ralnum(28, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_"
    if style == "apple":
        return "Apple-Mail-" + uuid_like().upper()
    if style == "samsung":
        return "--_com.samsung.android.email_" + str(rng.randint(10**9, 10**10))
    if style == "zimbra":
        return "=_" + uuid_like()
    return "------------" + ralnum(24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def fake_pdf(title):
    s = ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
         "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n4 0 obj<</Title(%s)>>endobj\n"
         "trailer<</Root 1 0 R/Info 4 0 R>>\n%%%%EOF\n") % title
    return s.encode("latin-1", "replace")


def fake_png():
    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")


# ---------------------------------------------------------------- transport

PERSONAL_RELAYS = {
    "orange.example.fr": "smtp-out.orange.example.fr",
    "laposte.example.fr": "smtp.laposte.example.fr",
    "free.example.fr": "smtp1-g21.free.example.fr",
    "sfr.example.fr": "smtp-out.sfr.example.fr",
    "wanadoo.example.fr": "smtp-out.orange.example.fr",
    "courriel.example.fr": "mx-out.courriel.example.fr",
}


def transport(sender, when, style, auth=None, relay=None, hop=True):
    dom = sender.rsplit("@", 1)[-1].lower()
    rx = when + timedelta(seconds=rng.randint(2, 40))
    if relay is None:
        if dom.startswith("ac-"):
            relay = "smtp%d.%s" % (rng.randint(1, 6), dom)
        elif style in ("outlook", "outlook_html"):
            relay = "%s.outbound.protection.outlook.com" % rng.choice(
                ["PA4P264CU001", "MRWP264CU001", "PR0P264CU003", "PAUP264CU002", "MRZP264CU002"])
        elif style == "gmail":
            relay = "mail-%s-f%d.google.com" % (rng.choice(["wr1", "ej1", "lf1", "wm1", "ed1"]), rng.randint(41, 99))
        elif dom in PERSONAL_RELAYS:
            relay = PERSONAL_RELAYS[dom]
        else:
            relay = "mo%d.mail-out.ovh.net" % rng.randint(100, 999)
    ip = rip()
    lines = [
        "Return-Path: <%s>" % sender,
        "Delivered-To: %s" % DESK,
        "Received: from %s (%s [%s])" % (relay, relay, ip),
        "\tby %s (Postfix) with ESMTPS id %s" % (MX, qid()),
        "\tfor <%s>; %s (CEST)" % (DESK, rfc_date(rx.astimezone(PARIS))),
    ]
    a = {"dkim": "pass", "spf": "pass", "dmarc": "pass"}
    if auth:
        a.update(auth)
    ad = a.get("domain", dom)
    auth_lines = ["Authentication-Results: %s;" % MX]
    if a["dkim"] == "none":
        auth_lines.append("\tdkim=none;")
    else:
        auth_lines.append("\tdkim=%s (2048-bit key) header.d=%s;" % (a["dkim"], ad))
    auth_lines.append("\tspf=%s smtp.mailfrom=%s;" % (a["spf"], a.get("mailfrom", dom)))
    if a["dmarc"] == "none":
        auth_lines.append("\tdmarc=none")
    else:
        auth_lines.append("\tdmarc=%s (p=%s dis=none) header.from=%s" % (
            a["dmarc"], a.get("p", "none" if a["dmarc"] == "pass" else "quarantine"), dom))
    lines += auth_lines
    if hop:
        t2 = when + timedelta(seconds=rng.randint(1, 2))
        if relay.endswith("outbound.protection.outlook.com"):
            host = rng.choice(["PAXP264MB", "PR3P264MB", "MR1P264MB", "PA4P264MB"]) + str(rng.randint(1000, 9999))
            lines += ["Received: from %s.FRAP264.PROD.OUTLOOK.COM (2603:10a6:102:%x::%x) by" % (host, rng.randint(16, 4095), rng.randint(1, 255)),
                      " %s with Microsoft SMTP Server (version=TLS1_2," % relay,
                      " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
                          rng.randint(8600, 8800), rng.randint(10, 40), rfc_date(t2.astimezone(UTC)))]
        elif style == "gmail":
            ghost = relay
            if not relay.endswith("google.com"):
                ghost = "mail-%s-f%d.google.com" % (rng.choice(["wr1", "ej1", "lf1", "wm1", "ed1"]), rng.randint(41, 99))
                lines += ["Received: from %s (%s [%s])" % (ghost, ghost, rip()),
                          "\tby %s with ESMTPSA id %s" % (relay, rhex(10).upper()),
                          "\tfor <%s>; %s" % (DESK, rfc_date(t2.astimezone(PARIS)))]
            lines += ["Received: by %s with SMTP id %s" % (ghost, ralnum(20, "abcdefghijklmnopqrstuvwxyz0123456789")),
                      "\tfor <%s>; %s" % (DESK, rfc_date(t2.astimezone(timezone(timedelta(hours=-7)))))]
        else:
            lines += ["Received: from [192.168.%d.%d] (unknown [%s])" % (rng.randint(0, 10), rng.randint(2, 250), rip()),
                      "\tby %s with ESMTPSA id %s" % (relay, rhex(10).upper()),
                      "\tfor <%s>; %s" % (DESK, rfc_date(t2.astimezone(PARIS)))]
    return lines


# ---------------------------------------------------------------- specs

MAILS = []


def mail(**kw):
    MAILS.append(kw)


# =============================================================== password_reset (23)

mail(cat="password_reset", ok=True, hard=False, uai="0292194C", region="bretagne", platform="esidoc",
     notes="Lost e-sidoc back-office password in the middle of the end-of-year inventory; UAI in the body, academic sender; the reset path applies.",
     frm=("Solène Le Gall", "solene.le-gall@ac-rennes.fr"), client="thunderbird", date="2025-05-19 08:47:12",
     subject="Mot de passe e-sidoc perdu",
     body="""
Bonjour,

Je suis professeure documentaliste au collège Anjela Duval de Plouguerneau. Nous sommes en plein récolement de fin d'année : j'ai sorti tous les documents des rayonnages de fiction pour le désherbage, les élèves de 6e m'aident le midi, et je voulais profiter de la semaine pour extraire les statistiques de prêt que le conseil pédagogique m'a demandées pour le 5 juin.

Seulement voilà : je n'arrive plus à entrer dans l'administration du portail e-sidoc. J'avais changé le mot de passe en janvier, sur l'ordinateur du CDI, et le navigateur le retenait. Le service informatique du Département a réinstallé le poste pendant les vacances de printemps et, depuis, plus rien. Je n'avais évidemment pas noté le nouveau mot de passe ailleurs.

Notre identifiant est 0292194C. J'ai essayé le lien « Mot de passe oublié » mais je ne sais pas à quelle adresse le message part, je n'ai rien vu arriver dans ma boîte académique.

Pouvez-vous m'aider à récupérer l'accès ?

Merci d'avance et bonne journée,

Solène Le Gall
Professeure documentaliste
Collège Anjela Duval, Plouguerneau
""")

mail(cat="password_reset", ok=True, hard=True, uai="0290385L", region="bretagne", platform="esidoc",
     notes="Older documentaliste who does not know the vocabulary ('le code de l'école', 'la page pour entrer'); the UAI appears only in the signature as 'RNE'. Private school domain, no academic sender. Plain lost password.",
     frm=("Marie-Thérèse Kerjean", "mt.kerjean@saint-yves-quimperle.example.fr"), client="outlook", date="2025-05-19 14:03:40",
     subject="Demande d'aide pour entrer dans le portail du CDI",
     body="""
Madame, Monsieur,

Je me permets de vous écrire car je suis bien embarrassée. Je m'occupe du CDI de notre collège depuis de nombreuses années et c'est ma dernière année avant la retraite. Jusqu'à présent c'était ma jeune collègue de l'an dernier qui s'occupait de tout ce qui est informatique, mais elle est partie dans un autre établissement et je me retrouve seule.

Pour entrer dans la partie où l'on peut changer les actualités du portail (e-sidoc, comme disent les jeunes collègues), on me demande le code de l'école et puis un mot de passe. Le code de l'école, je pense l'avoir, il est écrit sur nos papiers officiels. Mais le mot de passe, je ne l'ai jamais eu, ou alors je l'ai perdu, je ne sais plus. J'ai essayé celui de l'ordinateur du CDI, cela ne fonctionne pas.

Je voudrais mettre sur le portail la liste des livres du prix littéraire avant la fin de l'année pour que les élèves puissent les réserver pendant l'été.

Pourriez-vous m'expliquer comment faire, le plus simplement possible s'il vous plaît ?

Avec mes remerciements,

Marie-Thérèse Kerjean
CDI - Collège privé Saint-Yves
Quimperlé
RNE : 0290385L
""")

mail(cat="password_reset", ok=True, hard=True, uai="0440914E", region="pays-de-la-loire", platform="espace_acheteur",
     notes="Espace Acheteur login refused after a long leave; the UAI is written with spaces ('044 0914 E'). Private school on Google Workspace, no academic domain; region from the UAI.",
     frm=("Aurélie Boisseau", "a.boisseau@ndl-saint-herblain.example.fr"), client="gmail", date="2025-05-20 09:22:05",
     subject="Connexion espace acheteur impossible",
     body="""
Bonjour,

Je reprends mon poste de gestionnaire adjointe après un congé maternité de plusieurs mois (de décembre à mi-mai) et je découvre que je ne peux plus me connecter à l'Espace Acheteur. Le message indique simplement « identifiant ou mot de passe incorrect ».

Pendant mon absence c'est la comptable de l'OGEC qui a passé les commandes, avec ses propres accès je crois, donc personne n'a touché à mon compte à ma connaissance. Il est possible que le mot de passe ait expiré, ou tout simplement que je l'aie oublié, je ne vais pas vous mentir.

Notre établissement : collège Notre-Dame de Lourdes, Saint-Herblain, code établissement 044 0914 E.

J'aurais besoin de retrouver l'accès rapidement car nous devons passer la commande de fournitures pour la rentrée avant le 15 juin.

Merci par avance pour votre retour.

Cordialement,

Aurélie Boisseau
Gestionnaire adjointe
Collège Notre-Dame de Lourdes
""")

mail(cat="password_reset", ok=True, hard=False, uai="0561738K", region="bretagne", platform="esidoc",
     notes="Reset link requested on Friday evening, clicked on Monday: expired. Asks for a new one; personal address, UAI in the body.",
     frm=("Gwenaëlle Tanguy", "gwen.tanguy56@orange.example.fr"), client="roundcube", date="2025-05-26 07:58:31",
     subject="Lien expiré",
     body="""
Bonjour,

Vendredi soir, depuis chez moi, j'ai demandé un nouveau mot de passe pour l'administration du portail e-sidoc du collège (UAI 0561738K). Le mail est bien arrivé mais je ne l'ai ouvert que ce matin et le lien m'indique qu'il n'est plus valide.

Je suppose qu'il a une durée de vie limitée. Est-ce que je dois refaire la demande ou est-ce que vous pouvez m'en renvoyer un ? Je préfère vous demander avant, la dernière fois que j'ai cliqué trois fois de suite le compte s'est bloqué.

J'écris depuis ma boîte personnelle parce que la messagerie académique me demande une double authentification que je n'ai pas configurée sur ce téléphone.

Merci,
Gwenaëlle Tanguy
Documentaliste, collège Jean Le Coutaller
""")

mail(cat="password_reset", ok=True, hard=False, uai="0442583U", region="pays-de-la-loire", platform="esidoc",
     notes="Exasperated: admin account locked after several attempts, deadline for the readers' prize results. UAI in the subject and body.",
     frm=("Franck Gaborit", "franck.gaborit@ac-nantes.fr"), client="zimbra", date="2025-05-20 17:41:09",
     subject="0442583U - compte bloqué, encore",
     body="""
Bonjour,

Je vous écris un peu agacé, pardonnez-moi d'avance.

Le compte d'administration du portail e-sidoc de mon collège est BLOQUÉ. J'ai tapé mon mot de passe, il a été refusé, j'ai réessayé en pensant à une faute de frappe, puis avec l'ancien, et au quatrième essai plus rien : « compte verrouillé ». Je ne sais plus lequel est le bon de toute façon, on nous impose de le changer tellement souvent.

Le problème c'est que c'est la dernière ligne droite pour le Prix des lecteurs de la Loire-Atlantique : les élèves ont voté, je dois publier les résultats et l'article avec les photos de la rencontre avec l'autrice avant vendredi, sinon ça n'a plus de sens, ils sont en stage la semaine suivante.

J'ai besoin soit qu'on me débloque, soit d'un lien pour refaire un mot de passe. Identifiant : 0442583U.

Franck Gaborit
Professeur documentaliste
Collège Les Sables d'Or, Thouaré-sur-Loire
""")

mail(cat="password_reset", ok=True, hard=True, uai="0140399H", region="normandie", platform="esidoc",
     notes="The school office writes from the official ce.<UAI>@ac-caen.fr mailbox (the UAI appears only in the sender address) and asks for the link to be sent to that same official address: the safe reset path.",
     frm=("Secrétariat Collège Guillaume de Normandie", "ce.0140399H@ac-caen.fr"), client="zimbra", date="2025-05-21 10:15:44",
     subject="Mot de passe du portail documentaire",
     body="""
Bonjour,

Notre professeure documentaliste, Mme Lecanu, est en arrêt jusqu'à la fin de l'année scolaire et sa remplaçante arrive lundi prochain. Personne au collège ne connaît le mot de passe d'administration du portail e-sidoc : Mme Lecanu le gardait pour elle et nous ne pouvons pas la joindre pour l'instant.

Pourriez-vous envoyer le lien de réinitialisation à l'adresse de l'établissement, celle-ci, que nous relevons tous les jours au secrétariat ? Nous transmettrons ensuite le nouveau mot de passe à la remplaçante.

Avec nos remerciements,

Le secrétariat
Collège Guillaume de Normandie
""")

mail(cat="password_reset", ok=False, hard=True, uai="0792285E", region="nouvelle-aquitaine", platform="esidoc",
     notes="Lost password, but she asks for the password itself to be sent to her personal address (not on file) or given by phone: an automatic answer must not do that; a person replies with the reset procedure.",
     frm=("Nathalie Chollet", "nathalie.chollet@ac-poitiers.fr"), client="thunderbird", date="2025-05-22 20:12:55",
     subject="besoin du mot de passe administrateur",
     body="""
Bonsoir,

Je suis documentaliste au collège du Marais Poitevin à Mauzé (UAI 0792285E). Je ne retrouve plus le mot de passe d'administration de notre portail e-sidoc.

Je sais qu'il existe une procédure par mail, mais le mail part sur la boîte du collège et je n'y ai pas accès depuis chez moi ; la secrétaire ne transfère jamais rien avant des jours. Pourriez-vous plutôt m'envoyer directement le mot de passe sur mon adresse personnelle, nath.chollet79@free.example.fr ? Ou m'appeler au 06 71 38 52 90 pour me le donner, ce sera encore plus simple, je suis joignable tous les jours après 16 h.

Je dois préparer la fermeture du CDI et la mise à jour de la page d'accueil pour l'été, d'où mon impatience.

Merci beaucoup,
Nathalie Chollet
""")

mail(cat="password_reset", ok=True, hard=False, uai="0761406R", region="normandie", platform="esidoc", lang="en",
     notes="English. A documentaliste from the British international section forgot the e-sidoc admin password; UAI given as the login.",
     frm=("Emma Carrick", "emma.carrick@ac-normandie.fr"), client="thunderbird", date="2025-05-21 13:30:18",
     subject="Forgotten password for our e-sidoc portal",
     body="""
Hello,

I hope you don't mind me writing in English, my French is fine for the pupils but I'm never sure about the technical vocabulary.

I'm the teacher-librarian at Collège Georges Braque in Rouen (we have a British international section, hence the English). I manage the e-sidoc portal of the school library, but I have forgotten the administrator password. I last logged in before the Easter holidays to add the new manga series, and today the password I thought was right is rejected.

The username is our school code, 0761406R. Could you tell me how to reset the password, or send me a reset link?

Many thanks and kind regards,

Emma Carrick
Teacher-librarian, Collège Georges Braque, Rouen
""")

mail(cat="password_reset", ok=True, hard=True, uai="0720482H", region="pays-de-la-loire", platform="esidoc",
     in_reply_to="<SUP-011873.1747211040.4f0a2c@assistance.example.fr>",
     notes="Reply ('RE:') on an older Europresse activation ticket, quoted below; the new text confirms that topic is solved and clearly asks something else: a lost e-sidoc password. Categorised on the new request.",
     frm=("Delphine Rousseau", "delphine.rousseau@ac-nantes.fr"), client="outlook", date="2025-05-22 11:04:27",
     subject="RE: [#SUP-011873] Abonnement Europresse non visible",
     body="""
Bonjour,

Merci, Europresse est bien visible depuis hier sur le portail, les élèves de 3e ont pu s'en servir pour leur exposé.

En revanche j'ai un autre souci, rien à voir : ce matin j'ai voulu changer le mot de passe de l'administration e-sidoc comme on me le proposait, et je crois que je me suis trompée en le tapant deux fois de la même façon (clavier en QWERTY sur le poste de la salle info...). Résultat, impossible de me reconnecter. Pouvez-vous m'envoyer un lien pour le refaire ? Notre UAI est 0720482H.

Bonne journée,
Delphine Rousseau
CDI collège Berthelot, Le Mans

De : Assistance <support@assistance.example.fr>
Envoyé : mercredi 14 mai 2025 10:24
À : Delphine Rousseau <delphine.rousseau@ac-nantes.fr>
Objet : [#SUP-011873] Abonnement Europresse non visible

Bonjour,

Votre abonnement Europresse a bien été commandé le 12 mai. L'activation d'une ressource peut prendre jusqu'à 72 heures après la validation de la commande ; elle apparaîtra ensuite dans le bloc « Ressources » de votre portail.

Cordialement,
L'équipe d'assistance
""")

mail(cat="password_reset", ok=False, hard=True, uai="0852339F", region="pays-de-la-loire", platform="espace_acheteur",
     notes="Two topics: the lost Espace Acheteur password (first, main) and an invoice the accountant cannot find on Chorus (order_billing). A single reset template would answer only half.",
     frm=("Pascal Rabaud", "economat@stjoseph-lucon.example.fr"), client="outlook_old", date="2025-05-23 15:47:02",
     subject="Mot de passe + question facture",
     body="""
Bonjour,

Deux choses, si vous le permettez.

1) Je n'ai plus le mot de passe de notre compte sur l'Espace Acheteur. J'ai fait « mot de passe oublié » hier mais je ne suis même pas certain de l'adresse mail qui est rattachée au compte (c'était peut-être celle de mon prédécesseur, M. Gauvrit, parti à la retraite en février). Notre numéro d'établissement : 0852339F.

2) Notre comptable ne trouve pas sur Chorus Pro la facture de la commande de manuels passée en mars (environ 2 300 euros). Le fournisseur affirme l'avoir déposée. Est-ce que c'est vous qui la déposez ou directement l'éditeur ? Nous devons clôturer le compte de l'OGEC.

Merci d'avance,

Pascal Rabaud
Économe
Collège privé Saint-Joseph, Luçon
""")

mail(cat="password_reset", ok=True, hard=True, uai=None, region="bretagne", platform="esidoc", bad=["0350879B"],
     notes="Forgotten e-sidoc password. The code written, 0350879B, has a wrong check letter (the digits give 0350879R), so no UAI is labelled; region from the ac-rennes.fr sender.",
     frm=("Yannick Morvan", "yannick.morvan@ac-rennes.fr"), client="iphone", date="2025-05-24 10:31:00",
     subject="Mdp portail CDI",
     body="""
Bonjour,

J'ai oublié le mot de passe du portail e-sidoc (partie gestion). Je ne travaille pas aujourd'hui mais je voulais préparer la sélection « lectures d'été » pour lundi et je suis bloqué.

L'identifiant du collège est le 0350879B si je ne me trompe pas.

Merci de votre aide

Yannick Morvan
Envoyé de mon iPhone
""")

mail(cat="password_reset", ok=True, hard=True, uai="0500843V", region="normandie", platform="esidoc", bad=["0500843B"],
     notes="The body gives 0500843B (wrong check letter; the digits give 0500843V), but the sender is the official ce.0500843V@ac-normandie.fr address, which carries the valid UAI. The office asks for the link on that official address.",
     frm=("Collège Le Bocage - Secrétariat", "ce.0500843V@ac-normandie.fr"), client="zimbra", date="2025-05-26 09:12:37",
     subject="Réinitialisation mot de passe e-sidoc - collège Le Bocage",
     body="""
Bonjour,

Je vous écris de la part de M. Lepetit, professeur documentaliste, qui n'arrive plus à se connecter à l'administration du portail e-sidoc du collège. Il a tenté la procédure « mot de passe oublié » mais ne reçoit rien sur son adresse personnelle, ce qui est logique si ce n'est pas celle qui est enregistrée.

Serait-il possible d'envoyer le lien sur la boîte de l'établissement (celle d'où je vous écris) ? Je le lui remettrai en main propre.

Pour mémoire notre code : 0500843B.

Cordialement,

Sylvie Hébert
Secrétariat de direction
Collège Le Bocage, Saint-Hilaire-du-Harcouët
""")

mail(cat="password_reset", ok=False, hard=True, uai="0530590D", region="pays-de-la-loire", platform="ecoledirecte",
     notes="Lost EcoleDirecte administration password (private school); she states the transfers themselves work, so not transfer_incident. No reset template exists for this product: a person answers.",
     frm=("Isabelle Chauvet", "secretariat@immaculee-laval.example.fr"), client="outlook", date="2025-05-27 08:36:14",
     subject="Perte du mot de passe administrateur EcoleDirecte",
     body="""
Bonjour,

Je suis secrétaire de direction au collège de l'Immaculée Conception à Laval (UAI 0530590D).

Depuis le départ de notre responsable informatique, plus personne ne connaît le mot de passe du compte administrateur EcoleDirecte, celui qui permet de gérer les comptes des professeurs et des familles. Nous avons trois nouveaux professeurs remplaçants à créer avant les conseils de classe de juin et nous sommes coincés.

Je précise que ce n'est pas un problème de transferts : les notes et les absences remontent normalement, les familles les voient. C'est uniquement l'accès administrateur qui est perdu.

Que devons-nous faire pour obtenir un nouveau mot de passe ?

Bien cordialement,

Isabelle Chauvet
Secrétariat de direction
""")

mail(cat="password_reset", ok=True, hard=True, uai="0142311L", region="normandie", platform="esidoc",
     notes="Older CDI staff member describes instead of naming: 'le message avec le lien pour changer le mot de passe' says 'c'est plus bon' (expired reset link). The UAI is given in lower case ('le code du collège 0142311l').",
     frm=("Josiane Marie", "josiane.marie14@laposte.example.fr"), client="iphone", date="2025-05-27 16:50:22",
     subject="Le site du CDI",
     body="""
Bonjour

Je travaille au CDI du collège de Vire avec la documentaliste, je m'occupe des prêts. Elle m'a demandé de m'occuper du site du CDI pendant son absence et elle m'a fait envoyer le message avec le lien pour changer le mot de passe.

Je l'ai bien reçu, seulement quand j'appuie sur le lien ça me met que c'est plus bon, qu'il faut recommencer. J'ai recommencé mais je n'ai pas reçu d'autre message.

Je ne suis pas très à l'aise avec tout ça, je ne voudrais pas faire de bêtise. Le code du collège c'est 0142311l je crois, c'est ce qu'il y a sur le papier qu'elle m'a laissé.

Merci de votre patience

Josiane Marie

Envoyé de mon iPhone
""")

mail(cat="password_reset", ok=True, hard=True, uai="0170675S", region="nouvelle-aquitaine", platform="esidoc", also=["0350286W"],
     notes="Contract librarian arrived after Easter and never had the password of the new school (0170675S, the label). She also cites the UAI of her previous school in Rennes (0350286W), which is not the subject; the UAI of the request wins, region from it.",
     frm=("Claire Texier", "claire.texier@ac-poitiers.fr"), client="thunderbird", date="2025-05-19 12:20:48",
     subject="Accès administration e-sidoc - nouvelle documentaliste",
     body="""
Bonjour,

Je suis professeure documentaliste contractuelle et j'ai pris mes fonctions au collège Eugène Fromentin de La Rochelle (UAI 0170675S) après les vacances de printemps, pour remplacer une collègue partie en congé long.

Jusqu'en avril j'étais au collège des Ormeaux à Rennes (0350286W), où j'avais mes accès e-sidoc sans problème. Ici, je n'ai reçu aucune passation : personne ne connaît le mot de passe de l'administration du portail, et l'adresse rattachée au compte est sans doute celle de ma collègue absente.

Je n'ai donc jamais eu ce mot de passe. Comment puis-je en obtenir un ? Faut-il passer par la direction ?

Merci pour votre aide,

Claire Texier
Professeure documentaliste
Collège Eugène Fromentin, La Rochelle
""")

mail(cat="password_reset", ok=True, hard=False, uai=None, region=None, platform="espace_acheteur",
     notes="Espace Acheteur login forgotten; the account uses a shared intendance address. No UAI, private school domain: no region.",
     frm=("Hélène Bonnin", "intendance@lasalle-saintes.example.fr"), client="outlook", date="2025-05-20 14:11:09",
     subject="Identifiant oublié Espace Acheteur",
     body="""
Bonjour,

Nous utilisons à l'intendance une adresse commune (celle-ci) pour l'Espace Acheteur, et nous sommes trois à passer les commandes selon les périodes. Problème : aucune de nous ne se souvient de l'identifiant exact. Nous avons essayé l'adresse mail, le nom de l'établissement, le nom de l'ancienne intendante... sans succès.

Le mot de passe, nous pensons l'avoir, mais sans le bon identifiant cela ne sert à rien.

Pouvez-vous nous rappeler l'identifiant de connexion, ou nous dire comment le retrouver ?

Merci beaucoup.

Hélène Bonnin
Intendance - Ensemble scolaire La Salle, Saintes
""")

mail(cat="password_reset", ok=True, hard=False, uai="0862434D", region="nouvelle-aquitaine", platform="esidoc",
     notes="Very short message from an Android phone (base64 text and HTML); forgotten e-sidoc password, UAI in the body.",
     frm=("Karine Guérin", "karine.guerin@ac-poitiers.fr"), client="samsung", date="2025-05-24 18:07:33",
     subject="mot de passe e-sidoc",
     body="""
Bonjour, j'ai oublié le mot de passe admin du portail e-sidoc du collège. uai 0862434D. Merci de m'envoyer de quoi le changer.
Karine Guérin, doc au collège de Chauvigny

Envoyé depuis mon smartphone Samsung Galaxy.
""")

mail(cat="password_reset", ok=True, hard=False, uai="0271017J", region="normandie", platform="espace_acheteur",
     notes="HTML-only Outlook mail: the Espace Acheteur password expired and asks for the old one, which she does not remember: a reset.",
     frm=("Patricia Lemonnier", "patricia.lemonnier@ac-normandie.fr"), client="outlook_html", date="2025-05-21 08:05:51",
     subject="Mot de passe expiré - Espace Acheteur",
     body="""
Bonjour,

En me connectant ce matin à l'Espace Acheteur, un message m'indique : « Votre mot de passe a expiré, veuillez le modifier ». Jusque-là rien d'anormal, sauf que pour le modifier on me demande l'ancien mot de passe, et je ne m'en souviens plus : j'utilisais l'enregistrement automatique du navigateur, qui ne propose plus rien depuis la mise à jour.

Je suis gestionnaire du collège Jacques Prévert de Verneuil (UAI 0271017J). Je dois valider deux commandes pour le voyage de fin d'année.

Comment puis-je obtenir un nouveau mot de passe sans l'ancien ?

Bien cordialement,

Patricia Lemonnier
Gestionnaire
Collège Jacques Prévert - Verneuil d'Avre et d'Iton
""")

mail(cat="password_reset", ok=True, hard=False, uai="0221617N", region="bretagne", platform="esidoc",
     notes="Gmail-style forward ('Message transféré') of a colleague's message: the teacher who co-runs the CDI cannot log in; the documentaliste adds the UAI above the forward and asks for a new link.",
     frm=("Erwan Guillou", "erwan.guillou@ac-rennes.fr"), client="gmail", date="2025-05-22 12:48:19",
     subject="Fwd: connexion e-sidoc",
     body="""
Bonjour,

Je vous transfère le message de ma collègue. C'est bien notre compte d'administration e-sidoc (identifiant 0221617N) qui ne fonctionne plus, ni pour elle ni pour moi : nous partageons le même accès et l'une de nous a dû changer le mot de passe sans prévenir l'autre... Pouvez-vous nous envoyer un lien de réinitialisation ?

Merci,
Erwan Guillou, collège Le Goffic, Lannion

---------- Message transféré ---------
De : Annaïg Riou <annaig.riou@ac-rennes.fr>
Date: mer. 21 mai 2025 à 17:02
Subject: connexion e-sidoc
To: Erwan Guillou <erwan.guillou@ac-rennes.fr>

Salut Erwan,
J'ai voulu mettre en ligne la sélection du club lecture mais le portail refuse le mot de passe qu'on avait noté dans le cahier du CDI. Tu l'as changé ?
Bises,
Annaïg
""")

mail(cat="password_reset", ok=True, hard=False, uai="0490905T", region="pays-de-la-loire", platform="ticket_portal",
     notes="A CPE forgot her password for the support ticket portal, where she follows the requests of the vie scolaire; plain reset.",
     frm=("Stéphanie Ogereau", "stephanie.ogereau@ac-nantes.fr"), client="thunderbird", date="2025-05-23 13:26:45",
     subject="Mot de passe portail de suivi des demandes",
     body="""
Bonjour,

Je suis CPE au collège Jean Rostand de Trélazé (UAI 0490905T). En février, j'avais ouvert une demande chez vous au sujet des comptes des assistants d'éducation, et on m'avait créé un accès au portail de suivi des demandes pour que je puisse suivre les réponses.

Je voudrais y retourner pour relire ce qui avait été dit, mais je ne me souviens plus du tout du mot de passe choisi à l'époque. Je n'ai pas trouvé de lien « mot de passe oublié » sur la page, ou alors je suis passée à côté.

Pouvez-vous me dire comment le réinitialiser ?

Merci,

Stéphanie Ogereau
Conseillère principale d'éducation
""")

mail(cat="password_reset", ok=False, hard=True, uai="0611286S", region="normandie", platform="esidoc",
     in_reply_to="<SUP-012204.1747726500.9b1e07@assistance.example.fr>",
     notes="Reply to the desk's automatic answer (quoted, Zimbra 'Mail original'): the link went to the ce. mailbox, which nobody can open while the office is closed for the bridge. The automatic path has failed; a person must take over.",
     frm=("Benoît Leterrier", "benoit.leterrier@ac-normandie.fr"), client="zimbra", date="2025-05-28 15:42:10",
     subject="Re: [#SUP-012204] Mot de passe e-sidoc",
     body="""
Bonjour,

Merci pour la réponse automatique. Le lien est donc parti sur l'adresse de l'établissement (c***@ac-****.fr comme vous l'écrivez). Le souci, c'est que cette boîte n'est relevée que par la secrétaire de direction, qui est absente jusqu'au lundi 2 juin, et que la principale n'en a pas le mot de passe non plus. Le lien sera périmé bien avant.

Je suis donc toujours sans accès au portail, alors que je dois préparer les comptes de prêt des futurs 6e pour les journées d'accueil.

Y a-t-il une autre solution ?

Benoît Leterrier
Professeur documentaliste
Collège Louise Michel, Alençon (0611286S)

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Benoît Leterrier" <benoit.leterrier@ac-normandie.fr>
Envoyé: Mardi 20 Mai 2025 09:35:00
Objet: [#SUP-012204] Mot de passe e-sidoc

Bonjour,

Un lien de réinitialisation du mot de passe a été envoyé à l'adresse connue pour votre établissement (c***@ac-****.fr). Il est valable 12 heures.

Cordialement,
L'équipe d'assistance
""")

mail(cat="password_reset", ok=True, hard=False, uai="0491624Z", region="pays-de-la-loire", platform="esidoc",
     notes="A parent volunteer running the library of a private primary school lost the portal password; formal tone, UAI in the body.",
     frm=("Anne-Sophie Pineau", "as.pineau@laposte.example.fr"), client="apple", date="2025-05-25 21:16:03",
     subject="Mot de passe de la BCD - école Sainte-Marie",
     body="""
Madame, Monsieur,

Je suis maman bénévole et, avec deux autres parents, je fais vivre la bibliothèque (BCD) de l'école Sainte-Marie de Cholet, école privée sous contrat. La directrice nous a confié la gestion du portail e-sidoc de la BCD l'an dernier : nous y enregistrons les nouveaux livres et les enseignantes y trouvent les sélections par niveau.

L'autre maman qui détenait le mot de passe a déménagé cet hiver et nous ne l'avons jamais noté ailleurs, ce qui est bien imprudent, je le reconnais. Nous voudrions ajouter les livres offerts par l'association des parents avant la kermesse.

L'identifiant de l'école serait 0491624Z d'après la directrice.

Pourriez-vous nous indiquer la démarche à suivre pour obtenir un nouveau mot de passe ?

Avec mes remerciements anticipés,

Anne-Sophie Pineau
""")

mail(cat="password_reset", ok=True, hard=False, uai="0850769Z", region="pays-de-la-loire", platform="espace_acheteur",
     notes="Exasperated gestionnaire: Espace Acheteur refuses both identifier and password, she knows neither for sure; plain reset, UAI in the signature and body.",
     frm=("Maryline Gauthier", "maryline.gauthier@ac-nantes.fr"), client="outlook", date="2025-05-28 10:02:36",
     subject="IMPOSSIBLE de me connecter",
     body="""
Bonjour,

Troisième matinée que j'essaie de me connecter à l'Espace Acheteur et toujours « identifiant ou mot de passe incorrect ». J'ai essayé avec le code de l'établissement, avec mon adresse, avec l'ancienne adresse de l'intendance, rien. Je ne sais plus quel est l'identifiant et, du coup, je ne sais pas non plus si c'est le mot de passe qui est faux.

Franchement, entre les plateformes de l'académie, celles du Département et les vôtres, on a quinze mots de passe à retenir, qui expirent tous à des dates différentes. Je ne vous accuse pas, mais c'est épuisant.

Il me faut un moyen de retrouver mes accès aujourd'hui : j'ai un devis qui expire vendredi. Collège Les Terres Noires, La Roche-sur-Yon, UAI 0850769Z.

Maryline Gauthier
Gestionnaire matériel et financier
""")


# =============================================================== missing_noreply_mail (17)

mail(cat="missing_noreply_mail", ok=True, hard=False, uai="0220296C", region="bretagne", platform="espace_acheteur",
     notes="New gestionnaire: the Espace Acheteur activation link never arrived; long context about the budget year; no anti-spam product named.",
     frm=("Thierry Le Bihan", "thierry.le-bihan@ac-rennes.fr"), client="thunderbird", date="2025-05-19 10:38:26",
     subject="Lien d'activation Espace Acheteur non reçu",
     body="""
Bonjour,

J'ai été nommé gestionnaire du collège Racine de Saint-Brieuc au 1er avril, en remplacement d'une collègue partie en détachement. J'ai donc tout à reprendre : les marchés en cours, les conventions avec la Région pour la restauration, le budget rectificatif à présenter au conseil d'administration du 12 juin, et évidemment les commandes de fin d'année, qui ne peuvent pas attendre.

Mon chef d'établissement m'a indiqué que les commandes de fournitures et de ressources passaient par votre Espace Acheteur. J'ai donc rempli le formulaire d'inscription jeudi dernier avec mon adresse académique et le code du collège (0220296C). La page m'a indiqué qu'un lien d'activation allait m'être envoyé.

Je n'ai rien reçu. J'ai regardé dans les courriers indésirables de la messagerie académique, dans le dossier « Promotions » que l'académie a ajouté je ne sais quand, rien non plus.

Est-ce que le lien est bien parti ? Y a-t-il une adresse d'expéditeur que je devrais rechercher ?

Merci et bonne journée,

Thierry Le Bihan
Gestionnaire - Collège Racine, Saint-Brieuc
""")

mail(cat="missing_noreply_mail", ok=True, hard=True, uai="0531716C", region="pays-de-la-loire", platform="esidoc",
     notes="Older staff describe rather than name: 'le message avec le lien n'est jamais venu' after the forgotten-password form. The password tool itself worked; the automatic mail never arrived. No anti-spam named.",
     frm=("Bernadette Fouquet", "bernadette.fouquet@ac-nantes.fr"), client="zimbra", date="2025-05-20 11:57:03",
     subject="pas de message",
     body="""
Bonjour,

Je suis à la bibliothèque du collège de Château-Gontier (0531716C), je remplace la documentaliste le mardi et le jeudi.

Elle m'a expliqué qu'il fallait aller sur la page du portail, cliquer sur le petit lien en dessous (mot de passe oublié), mettre le numéro du collège et l'adresse, et qu'ensuite on recevait un message avec un lien dedans. J'ai fait tout ça ce matin, la page m'a bien dit que c'était envoyé.

Mais le message avec le lien n'est jamais venu. J'ai attendu toute la matinée, j'ai regardé plusieurs fois. Ma fille m'a dit de regarder dans les « indésirables », je ne sais pas bien où c'est sur cette messagerie.

Pouvez-vous me dire ce que je dois faire ?

Merci beaucoup
Bernadette Fouquet
""")

mail(cat="missing_noreply_mail", ok=True, hard=True, uai="0162494Z", region="nouvelle-aquitaine", platform="espace_acheteur",
     notes="Negation: names MailInBlack only to say the school does NOT use it (checked with the rectorat's IT); the confirmation mail never arrives: missing_noreply_mail, not mailinblack_spam.",
     frm=("Laurent Brunet", "laurent.brunet@ac-poitiers.fr"), client="outlook", date="2025-05-21 09:44:18",
     subject="Mail de confirmation d'inscription jamais arrivé",
     body="""
Bonjour,

Je suis adjoint gestionnaire au collège Jean Rostand d'Angoulême (UAI 0162494Z) et je n'arrive pas à finaliser mon inscription sur l'Espace Acheteur : le mail de confirmation n'arrive jamais.

Avant que vous me posiez la question : non, nous n'avons pas MailInBlack ni aucun autre filtre de ce genre sur nos boîtes académiques. J'ai lu sur votre page d'aide que c'était une cause fréquente et j'ai vérifié auprès de la plateforme d'assistance du rectorat, qui me confirme que rien de tel n'est installé chez nous. J'ai aussi regardé dans les indésirables, et fait une recherche sur « no-reply » dans toute la boîte. Rien.

J'ai refait l'inscription deux fois (mardi et ce matin), sans plus de succès. Que puis-je faire de plus ?

Cordialement,

Laurent Brunet
Adjoint gestionnaire, collège Jean Rostand - Angoulême
""")

mail(cat="missing_noreply_mail", ok=True, hard=True, uai="0170622J", region="nouvelle-aquitaine", platform="esidoc",
     notes="Opens like a password problem ('je n'arrive plus à me connecter'), but the forgotten-password tool answers that a mail was sent and nothing arrives: the taxonomy puts that under missing_noreply_mail. UAI only in the signature.",
     frm=("Virginie Dubreuil", "v.dubreuil@sainte-famille-rochefort.example.fr"), client="outlook", date="2025-05-22 16:12:47",
     subject="Connexion au portail du CDI",
     body="""
Bonjour,

Je n'arrive plus à me connecter à l'administration du portail e-sidoc du CDI depuis la semaine dernière. Jusque-là, classique : j'ai cliqué sur « Mot de passe oublié », j'ai saisi l'identifiant et mon adresse, et la page m'a confirmé qu'un message de réinitialisation venait de m'être envoyé.

Sauf que ce message, je ne l'ai jamais reçu. J'ai recommencé lundi, mardi et aujourd'hui, toujours la même confirmation à l'écran et toujours rien dans ma boîte, ni dans les courriers indésirables, ni dans les autres dossiers. Les mails de mes collègues et des éditeurs arrivent normalement.

Le mot de passe lui-même, je suis prête à le changer, ce n'est pas le problème : c'est le mail qui ne vient pas.

Merci de votre aide,

Virginie Dubreuil
Professeure documentaliste
Ensemble scolaire Sainte-Famille, Rochefort
UAI 0170622J
""")

mail(cat="missing_noreply_mail", ok=False, hard=True, uai=None, region="bretagne", platform="espace_acheteur",
     in_reply_to="<SUP-012090.1747643520.c41d58@assistance.example.fr>",
     notes="Reply (Thunderbird French quote) after the junk-folder answer: three days later nothing has arrived and she asks for the region to take over. The template was already sent; a person must follow up. No UAI; region from ac-rennes.fr.",
     frm=("Morgane Le Floch", "morgane.le-floch@ac-rennes.fr"), client="thunderbird", date="2025-05-22 08:29:14",
     subject="Re: [#SUP-012090] Toujours pas de mail d'activation",
     body="""
Bonjour,

J'ai suivi vos conseils à la lettre : vérification des indésirables, ajout de l'adresse no-reply dans mes contacts et dans les expéditeurs approuvés de la messagerie académique, nouvelle demande d'envoi lundi matin. Trois jours plus tard, toujours rien.

Vous indiquiez que la demande serait transmise à la région si le problème persistait : je vous serais reconnaissante de le faire maintenant, car je dois passer la commande des manuels de seconde langue avant le 6 juin et je n'ai toujours aucun accès.

Cordialement,
Morgane Le Floch
Gestionnaire, collège Jules Ferry - Quimper

Le 19/05/2025 à 10:32, Assistance a écrit :
> Bonjour,
>
> Les messages automatiques de l'Espace Acheteur sont envoyés par une adresse
> no-reply. Vérifiez votre dossier de courrier indésirable, marquez le message
> comme légitime et ajoutez l'expéditeur à vos contacts.
>
> Si vous n'avez toujours rien reçu dans 48 heures, répondez à ce message : votre
> demande sera transmise à l'équipe de votre région.
>
> Cordialement,
> L'équipe d'assistance
""")

mail(cat="missing_noreply_mail", ok=True, hard=False, uai=None, region=None, platform="espace_acheteur", lang="en",
     notes="English; a bursar at a private bilingual school never receives the set-your-password mail from the no-reply address; no anti-spam product named, no UAI, non-academic domain.",
     frm=("Rebecca Hollis", "bursar@ecole-bilingue-nantes.example.fr"), client="gmail", date="2025-05-20 15:05:55",
     subject="No email to set my password",
     body="""
Hello,

I'm the new bursar at École Bilingue de l'Erdre in Nantes, a private school under contract with the State. Our head asked me to take over the purchasing account on the Espace Acheteur from my predecessor.

My account was created on Monday and the site says an email has been sent to set my password. Nothing has arrived, neither in my inbox nor in spam, and I have now asked for it three times. Other emails from outside reach me normally.

Could you check whether the emails are actually going out, and tell me which sender address I should look for?

Thanks a lot,
Rebecca Hollis
Bursar, École Bilingue de l'Erdre
""")

mail(cat="missing_noreply_mail", ok=True, hard=False, uai="0761838K", region="normandie", platform="ticket_portal",
     notes="Ticket-portal notifications (answers to her requests) never reach her mailbox; she only sees the replies when she logs in. No anti-spam named.",
     frm=("Cécile Lepeltier", "cecile.lepeltier@ac-normandie.fr"), client="thunderbird", date="2025-05-23 10:20:31",
     subject="Notifications du portail de tickets non reçues",
     body="""
Bonjour,

Je suis documentaliste au collège Albert Camus du Havre (UAI 0761838K). Depuis le début du mois, j'ai ouvert deux demandes sur votre portail de suivi (une sur les notices, une sur la fusion de deux lecteurs en double). À chaque fois on m'avait dit que je recevrais un mail quand un technicien répondrait.

Je n'en reçois aucun. Je découvre les réponses par hasard en me connectant au portail, parfois une semaine après. Hier, j'ai vu qu'on me demandait une précision depuis le 14 mai et que la demande allait être close faute de réponse de ma part...

Les autres mails automatiques (l'ENT, Pronote) m'arrivent pourtant bien. Les indésirables sont vides.

Merci de regarder,
Cécile Lepeltier
""")

mail(cat="missing_noreply_mail", ok=True, hard=True, uai="0850422X", region="pays-de-la-loire", platform="esidoc",
     notes="A primary-school head writes from the ce.<UAI>@ac-nantes.fr address (UAI only there) about the reset mail that never comes; she suspects 'le truc antispam' the town hall installed but names no product and describes no sender challenge: missing_noreply_mail. She asks nothing as head of establishment.",
     frm=("Ecole publique Les Mouettes", "ce.0850422X@ac-nantes.fr"), client="zimbra", date="2025-05-26 17:35:48",
     subject="Messages automatiques bloqués ?",
     body="""
Bonjour,

Je suis directrice de l'école publique Les Mouettes à Saint-Gilles-Croix-de-Vie. Notre enseignante qui s'occupe de la BCD n'arrive pas à changer le mot de passe du portail de la bibliothèque : elle fait la demande, on lui dit qu'un message est parti, et rien n'arrive, ni chez elle ni ici sur la boîte de l'école.

La mairie a changé cet hiver le matériel informatique des écoles et a mis en place un truc antispam, je ne sais pas lequel, c'est le prestataire de la mairie qui gère. Depuis, on a l'impression que certains messages ne passent plus, notamment ceux qui viennent d'adresses automatiques. Mais je n'en suis pas sûre, je ne vois aucun message de blocage, rien.

Pourriez-vous nous dire d'où partent vos messages pour que je puisse le signaler au prestataire ?

Merci,

Nadège Chevalier
Directrice
""")

mail(cat="missing_noreply_mail", ok=True, hard=False, uai="0611907S", region="normandie", platform="espace_acheteur",
     notes="Outlook quoted-printable: sign-up confirmation for the Espace Acheteur not received after two attempts; private school; UAI in the body.",
     frm=("Jean-Marc Leroux", "jm.leroux@stjoseph-flers.example.fr"), client="outlook", date="2025-05-21 14:52:12",
     subject="Inscription Espace Acheteur - pas de mail de confirmation",
     body="""
Bonjour,

Nous souhaitons commander nos abonnements de presse pour la rentrée via l'Espace Acheteur et, pour cela, j'ai créé un compte au nom du collège Saint-Joseph de Flers (UAI 0611907S), établissement privé sous contrat d'association.

Le formulaire a été accepté, mais le mail de confirmation annoncé ne m'est jamais parvenu, ni hier ni après une seconde tentative ce matin. J'ai vérifié le dossier Courrier indésirable d'Outlook et la quarantaine de Microsoft 365 accessible depuis le portail : rien.

Pouvez-vous me renvoyer ce message ou activer le compte ?

Bien à vous,

Jean-Marc Leroux
Responsable administratif et financier
""")

mail(cat="missing_noreply_mail", ok=False, hard=True, uai="0350153B", region="bretagne", platform="espace_acheteur",
     notes="Two topics: the activation mail never arrived (main) and a quote request for the renewal of the press subscriptions (order_billing); one template answers only the first.",
     frm=("Gaëlle Nicolas", "gaelle.nicolas@ac-rennes.fr"), client="outlook", date="2025-05-27 11:18:40",
     subject="Activation compte + devis",
     body="""
Bonjour,

Je me permets de regrouper deux demandes.

D'abord, je me suis inscrite sur l'Espace Acheteur la semaine dernière pour le collège Paul Féval de Dol-de-Bretagne (0350153B), et le mail d'activation n'est jamais arrivé. J'ai vérifié les spams, rien.

Ensuite, dès que j'aurai accès, j'aurai besoin d'un devis pour le renouvellement de nos abonnements de presse (Okapi, Phosphore, Le Monde des ados, Géo Ado) pour l'année 2025-2026 : notre agent comptable ne peut pas engager la dépense sans devis au nom de l'établissement. Pouvez-vous me l'envoyer directement, ou dois-je le générer moi-même une fois connectée ?

Merci beaucoup,

Gaëlle Nicolas
Professeure documentaliste
""")

mail(cat="missing_noreply_mail", ok=True, hard=False, uai="0272863R", region="normandie", platform="esignature",
     notes="The e-signature invitation for the membership convention never reached the principal's mailbox; about a convention, but what is missing is an automatic no-reply mail, not access to contract documents. No anti-spam named.",
     frm=("Sandrine Duval", "sandrine.duval@ac-normandie.fr"), client="outlook", date="2025-05-23 09:31:06",
     subject="Convention à signer électroniquement - aucun mail reçu",
     body="""
Bonjour,

Lors de notre échange téléphonique du 15 mai avec votre service commercial, il a été convenu que la convention d'adhésion du collège Aristide Briand d'Évreux (UAI 0272863R) serait envoyée en signature électronique à notre principal, M. Pottier, sur l'adresse de l'établissement.

Votre collègue m'a indiqué hier que l'envoi avait été fait le 19 mai et qu'une relance automatique était partie le 21. Or ni la boîte de l'établissement ni celle de M. Pottier n'ont reçu quoi que ce soit : pas d'invitation à signer, pas de relance. Nous avons vérifié les courriers indésirables des deux boîtes.

Pouvez-vous nous indiquer l'adresse d'expédition de ces messages, ou les renvoyer ?

Cordialement,

Sandrine Duval
Gestionnaire - Collège Aristide Briand, Évreux
""")

mail(cat="missing_noreply_mail", ok=True, hard=False, uai="0790317R", region="nouvelle-aquitaine", platform="espace_acheteur",
     notes="Structure administrator never receives the 'account to validate' notifications, so a colleague's account waits; no anti-spam named.",
     frm=("Philippe Bonneau", "philippe.bonneau@ac-poitiers.fr"), client="thunderbird", date="2025-05-20 16:44:27",
     subject="Je ne reçois pas les notifications de comptes à valider",
     body="""
Bonjour,

Je suis l'administrateur de structure de notre collège (Collège Gérard Philipe, Niort, UAI 0790317R) sur l'Espace Acheteur. Notre nouvelle assistante de gestion s'est inscrite il y a une semaine et, d'après ce que je lis dans l'aide, je devrais avoir reçu une notification pour valider son compte.

Je n'ai rien reçu. Elle non plus n'a pas eu de nouvelles. J'ai regardé partout, y compris dans les indésirables et dans les règles de tri de la messagerie (j'avais fait des filtres il y a longtemps, je me méfiais).

Est-ce que les notifications partent bien vers mon adresse ? Et en attendant, puis-je valider son compte autrement ?

Merci,
Philippe Bonneau
""")

mail(cat="missing_noreply_mail", ok=True, hard=True, uai="0140257D", region="normandie", platform="espace_acheteur",
     notes="Apple Mail forward ('Début du message réexpédié') of a colleague's message; the activation mail never arrived. The UAI appears only inside the forwarded part.",
     frm=("Olivier Hamel", "olivier.hamel@ac-normandie.fr"), client="apple", date="2025-05-26 13:03:59",
     subject="Fwd: inscription espace acheteur",
     body="""
Bonjour,

Je vous fais suivre le message de notre assistante de gestion. Je lui ai conseillé de vous écrire directement mais elle préfère que ça passe par moi. Pouvez-vous l'aider ?

Merci,
Olivier Hamel
Principal adjoint

Début du message réexpédié :

De: Lucie Marais <lucie.marais@ac-normandie.fr>
Objet: inscription espace acheteur
Date: 26 mai 2025 à 11:40:12 UTC+2
À: Olivier Hamel <olivier.hamel@ac-normandie.fr>

Bonjour M. Hamel,

Comme convenu je me suis inscrite sur l'Espace Acheteur pour le collège (0140257D) mercredi dernier, mais je n'ai jamais eu le mail pour activer le compte. J'ai tout regardé dans ma boîte, y compris les indésirables. Je ne peux donc toujours pas passer la commande des tables de la salle polyvalente.

Lucie
""")

mail(cat="missing_noreply_mail", ok=True, hard=False, uai=None, region=None, platform="espace_acheteur",
     notes="Two lines from an iPhone: the Espace Acheteur confirmation mail has not arrived since Thursday. Personal address, no UAI: no region.",
     frm=("Romain Piveteau", "romain.piveteau@free.example.fr"), client="iphone", date="2025-05-25 19:22:40",
     subject="Confirmation",
     body="""
Bonjour, toujours pas reçu le mail de confirmation de l'espace acheteur depuis jeudi, j'ai regardé les spams. Vous pouvez le renvoyer ?
R. Piveteau

Envoyé de mon iPhone
""")

mail(cat="missing_noreply_mail", ok=True, hard=True, uai="0722338A", region="pays-de-la-loire", platform="espace_acheteur",
     notes="HTML-only Outlook message: the offer-update alerts she subscribed to never arrive since the platform changed; no anti-spam named. UAI only in the signature.",
     frm=("Élodie Ménard", "elodie.menard@ac-nantes.fr"), client="outlook_html", date="2025-05-27 14:26:33",
     subject="Alertes sur les offres",
     body="""
Bonjour,

Je m'étais abonnée, sur l'ancienne version de l'Espace Acheteur, aux alertes qui préviennent quand une offre est mise à jour (nouveaux tarifs, nouvelles références au catalogue, fin de marché). C'était très pratique pour préparer le budget.

Depuis le changement de plateforme en mars, je ne reçois plus rien. Je suis allée dans mon profil, les alertes sont toujours cochées. J'ai décoché et recoché, rien de mieux. Une collègue d'un autre collège de la Sarthe me dit qu'elle a le même souci.

Les alertes sont-elles encore envoyées ?

Merci d'avance,

Élodie Ménard
Secrétaire d'intendance
Collège Pierre Belon - Cérans-Foulletourte
0722338A
""")

mail(cat="missing_noreply_mail", ok=True, hard=False, uai="0442387F", region="pays-de-la-loire", platform="ticket_portal",
     notes="A CPE's access to the ticket portal was created by a colleague, but the mail with her identifier and first-login link never arrived.",
     frm=("Fatima Benali", "fatima.benali@ac-nantes.fr"), client="zimbra", date="2025-05-28 08:14:52",
     subject="Accès au portail de suivi : mail jamais reçu",
     body="""
Bonjour,

Je suis CPE au collège Rosa Parks de Nantes (0442387F). La semaine dernière, ma collègue gestionnaire a déclaré une demande à votre service au sujet du matériel de la vie scolaire et a ajouté mon nom pour que je puisse suivre le dossier sur votre portail de tickets pendant son absence.

D'après elle, j'aurais dû recevoir un message avec mon identifiant et un lien pour choisir un mot de passe. Je n'ai rien eu. J'ai regardé dans les indésirables et dans le dossier « Notifications » de la messagerie académique.

Pouvez-vous renvoyer ce message ?

Merci,
Fatima Benali
CPE
""")

mail(cat="missing_noreply_mail", ok=True, hard=True, uai=None, region="nouvelle-aquitaine", platform="esidoc", bad=["0171401G"],
     notes="The new-password mail never arrives; the code 0171401G has a wrong check letter (the digits give 0171401F), so no UAI is labelled; region from the ac-poitiers.fr sender.",
     frm=("Jérôme Massé", "jerome.masse@ac-poitiers.fr"), client="roundcube", date="2025-05-21 17:58:09",
     subject="Pas de mail pour le nouveau mot de passe e-sidoc",
     body="""
Bonjour,

J'ai demandé hier et aujourd'hui un nouveau mot de passe pour l'administration du portail e-sidoc de mon collège (0171401G), en passant par « mot de passe oublié ». La page confirme l'envoi, mais je ne reçois rien du tout. Ni dans la boîte principale, ni dans les spams.

Je précise que je connais parfaitement l'adresse rattachée au compte, c'est la mienne depuis six ans.

Merci de votre aide,

Jérôme Massé
Professeur documentaliste
Collège Fernand Garandeau, La Tremblade
""")


# =============================================================== mailinblack_spam (12)

mail(cat="mailinblack_spam", ok=True, hard=False, uai="0290237A", region="bretagne", platform="espace_acheteur",
     notes="The collège's mail runs through MailInBlack (installed by the Département); the activation links sit in its quarantine. Asks how to let them through.",
     frm=("Anthony Le Roux", "gestion@college-kerichen.example.fr"), client="outlook", date="2025-05-19 09:06:23",
     subject="Mails de l'Espace Acheteur bloqués par MailInBlack",
     body="""
Bonjour,

Le collège de Kerichen (Brest, UAI 0290237A) utilise depuis janvier la messagerie fournie par le Département, qui passe par MailInBlack. Depuis, une bonne partie des messages automatiques que nous recevions sans problème sont retenus.

Concrètement, j'ai demandé vendredi un lien d'activation pour l'Espace Acheteur ; je le vois dans le rapport MailInBlack du matin, dans la rubrique des messages en attente, mais je n'arrive pas à le libérer : le bouton me renvoie vers une page qui demande un compte administrateur que je n'ai pas.

Pouvez-vous m'indiquer quelles adresses il faut autoriser, et si possible la marche à suivre dans MailInBlack ? Je transmettrai au service informatique du Département si c'est à eux de le faire.

Merci,

Anthony Le Roux
Gestionnaire, collège de Kerichen
""")

mail(cat="mailinblack_spam", ok=True, hard=False, uai="0852616G", region="pays-de-la-loire", platform=None,
     notes="Older secretary of a private school spells the product 'Mail in Black' and describes its daily summary; wants to know how to receive the desk's mails. No platform named.",
     frm=("Colette Bironneau", "secretariat@ecole-stmartin-fontenay.example.fr"), client="outlook_old", date="2025-05-20 10:48:55",
     subject="vos messages n'arrivent pas",
     body="""
Bonjour Madame, Monsieur,

Je suis la secrétaire de l'école Saint-Martin de Fontenay-le-Comte (0852616G). Depuis que l'OGEC a fait installer le Mail in Black sur nos ordinateurs, je reçois tous les matins un récapitulatif avec des messages « en attente de validation », et je crois bien que les vôtres sont dedans, car votre nom apparaît dans la liste.

Je ne sais pas s'il faut cliquer dessus ou pas, on nous a tellement dit de nous méfier des liens. Je n'ai rien touché pour l'instant.

Pourriez-vous me dire ce que je dois faire pour recevoir vos messages normalement ?

Je vous remercie par avance.

Colette Bironneau
Secrétariat
""")

mail(cat="mailinblack_spam", ok=False, hard=True, uai="0502535J", region="normandie", platform="espace_acheteur",
     notes="The sender-authentication challenge is described (people writing to the school must click a link and copy letters to prove they are human) without naming MailInBlack: mailinblack_spam, but the product is not confirmed, so a person should check before sending the guide.",
     frm=("Stéphane Vautier", "s.vautier@college-lesdunes.example.fr"), client="thunderbird", date="2025-05-21 11:27:36",
     subject="Messages automatiques qui n'arrivent pas",
     body="""
Bonjour,

Nous n'arrivons pas à recevoir les messages automatiques de l'Espace Acheteur (activation, nouveau mot de passe) au collège Les Dunes de Barneville-Carteret (UAI 0502535J).

Je pense avoir une piste : depuis la rentrée de janvier, les personnes qui nous écrivent pour la première fois reçoivent en retour un message leur demandant de cliquer sur un lien et de recopier des lettres déformées pour prouver qu'elles ne sont pas des robots. Tant qu'elles ne l'ont pas fait, leur message ne nous est pas remis. Je suppose qu'une adresse « no-reply » ne peut pas faire cette démarche et que vos messages restent donc bloqués quelque part.

C'est le prestataire de la communauté de communes qui a mis ce système en place, je ne sais pas comment il s'appelle.

Y a-t-il une solution de votre côté ?

Stéphane Vautier
Gestionnaire
""")

mail(cat="mailinblack_spam", ok=True, hard=False, uai="0442569D", region="pays-de-la-loire", platform="espace_acheteur", lang="en",
     notes="English; the IT contractor of a private school reports that Mailinblack quarantines the activation and reset links; asks which senders to allow.",
     frm=("Daniel Whitford", "it-support@stanne-reze.example.fr"), client="outlook", date="2025-05-22 14:40:21",
     subject="Mailinblack quarantining your activation emails",
     body="""
Hi,

I look after the IT for Collège Sainte-Anne in Rezé (school code 0442569D). We moved the school's mailboxes behind Mailinblack during the Easter break, and since then the account activation and password reset emails from your purchasing platform end up in the Mailinblack quarantine. Staff don't see them, and by the time I release them the links have expired.

Could you send me the exact sender addresses and, if possible, the sending domains or IP ranges, so I can put them on the allow list in the Mailinblack console?

Best regards,
Daniel Whitford
IT support (contractor), Collège Sainte-Anne
""")

mail(cat="mailinblack_spam", ok=True, hard=True, uai="0762027R", region="normandie", platform="espace_acheteur",
     notes="Contrast: she checked the junk folder (the usual missing-mail advice) and found nothing, but names MailInBlack, whose quarantine holds the mails: mailinblack_spam.",
     frm=("Aline Vasseur", "aline.vasseur@clg-jules-verne-dieppe.example.fr"), client="outlook", date="2025-05-23 08:59:10",
     subject="Lien de mot de passe retenu",
     body="""
Bonjour,

J'ai bien lu votre page d'aide : j'ai vérifié les courriers indésirables, j'ai ajouté votre adresse dans mes contacts, j'ai attendu. Rien dans les indésirables, rien dans la boîte de réception.

En revanche, en fouillant, j'ai trouvé vos trois messages de réinitialisation dans la quarantaine MailInBlack, que je ne savais même pas consulter avant ce matin (c'est notre nouveau filtre depuis février). Ils sont marqués « expéditeur non authentifié ».

Dois-je les débloquer un par un ou pouvez-vous m'indiquer comment autoriser définitivement vos envois ? Je suis au collège Jules Verne de Dieppe, UAI 0762027R.

Merci,

Aline Vasseur
Assistante de gestion
""")

mail(cat="mailinblack_spam", ok=True, hard=True, uai="0530545E", region="pays-de-la-loire", platform="espace_acheteur",
     in_reply_to="<SUP-012377.1747900560.7ad0e2@assistance.example.fr>",
     notes="Reply (Outlook 'De : / Envoyé :' quote) to the junk-folder answer: the IT department found that MailInBlack blocks the mails, so the MailInBlack guide is now the right answer.",
     frm=("Sébastien Cormier", "sebastien.cormier@clg-evron.example.fr"), client="outlook", date="2025-05-23 15:33:48",
     subject="RE: [#SUP-012377] Mail d'activation non reçu",
     body="""
Bonjour,

Merci pour votre réponse. Rien dans les indésirables, mais j'ai transmis votre message à notre informaticien, qui a trouvé la cause : tous vos messages sont bloqués par MailInBlack, l'antispam que la communauté de communes a installé sur les messageries des collèges. Il me demande la liste des adresses et domaines d'envoi à autoriser.

Pouvez-vous me la transmettre ?

Sébastien Cormier
Collège Jacques Prévert, Évron (0530545E)

De : Assistance <support@assistance.example.fr>
Envoyé : jeudi 22 mai 2025 09:56
À : Sébastien Cormier <sebastien.cormier@clg-evron.example.fr>
Objet : [#SUP-012377] Mail d'activation non reçu

Bonjour,

Les messages automatiques de l'Espace Acheteur sont envoyés par une adresse no-reply. Vérifiez votre dossier de courrier indésirable, marquez le message comme légitime et ajoutez l'expéditeur à vos contacts.

Cordialement,
L'équipe d'assistance
""")

mail(cat="mailinblack_spam", ok=False, hard=True, uai="0862847C", region="nouvelle-aquitaine", platform="espace_acheteur",
     notes="Two topics: the MailInBlack quarantine holding the activation mail (main) and a market document that cannot be found (contract_documents); one template would answer only half.",
     frm=("Guillaume Texereau", "gestionnaire@clg-lussac.example.fr"), client="gmail", date="2025-05-26 10:11:02",
     subject="MailInBlack + document du marché",
     body="""
Bonjour,

Premier point : notre messagerie est protégée par MailInBlack et je soupçonne fortement qu'il retient vos mails d'activation, puisque je les vois passer dans le rapport de quarantaine. Comment les autoriser proprement ?

Second point, qui n'a rien à voir : un collègue d'un autre collège me dit que le bordereau de prix du marché de mobilier scolaire est disponible dans l'espace documentaire, mais de mon côté je ne vois aucun document rattaché à ce marché, juste le titre. Est-ce une question de droits ?

Collège Louise Michel, Lussac-les-Châteaux (0862847C).

Merci,
Guillaume Texereau
""")

mail(cat="mailinblack_spam", ok=True, hard=False, uai=None, region=None, platform="espace_acheteur",
     notes="The Département's IT department asks which senders to allow-list in MailInBlack for all its collèges; no UAI, non-academic domain: no region.",
     frm=("Ronan Le Corre", "ronan.lecorre@dsi.morbihan.example.fr"), client="outlook", date="2025-05-27 09:02:44",
     subject="Liste blanche MailInBlack pour les collèges du Morbihan",
     body="""
Bonjour,

Le service informatique du Département gère la messagerie des 42 collèges publics du Morbihan, protégée par MailInBlack depuis 2023. Plusieurs gestionnaires nous signalent que les messages de l'Espace Acheteur (activation de compte, réinitialisation de mot de passe, notifications de commande) sont retenus en quarantaine.

Plutôt que de les débloquer au cas par cas, nous souhaitons ajouter vos expéditeurs à la liste blanche globale. Pourriez-vous nous communiquer les adresses d'envoi, les domaines utilisés et, si vous les avez, les adresses IP de vos serveurs sortants ?

Cordialement,

Ronan Le Corre
Direction des systèmes d'information - pôle collèges
""")

mail(cat="mailinblack_spam", ok=True, hard=False, uai="0861434S", region="nouvelle-aquitaine", platform="espace_acheteur",
     notes="HTML-only Outlook message: the 'Mailinblack Protect' digest lists the desk's mails as pending; she does not know how to release them.",
     frm=("Mélanie Ribardière", "m.ribardiere@clg-montmorillon.example.fr"), client="outlook_html", date="2025-05-27 12:37:21",
     subject="Mailinblack Protect - vos messages en attente",
     body="""
Bonjour,

Chaque matin je reçois un récapitulatif « Mailinblack Protect » qui liste les messages en attente. Depuis la semaine dernière, vos messages y apparaissent (« Activation de votre compte », « Réinitialisation de votre mot de passe »), avec la mention « en attente d'authentification de l'expéditeur ».

Je n'ose pas cliquer sur « Délivrer », et de toute façon il me semble que ce n'est qu'une solution pour une fois. Comment faire pour que vos messages arrivent directement ?

Collège Jean Moulin, Montmorillon - UAI 0861434S.

Merci beaucoup,

Mélanie Ribardière
""")

mail(cat="mailinblack_spam", ok=True, hard=True, uai="0350352T", region="bretagne", platform="espace_acheteur",
     notes="A person forwards the daily MailInBlack quarantine report (quoted-printable): the forwarded part is machine text, the outer message is a real question.",
     frm=("Katell Jégou", "katell.jegou@clg-fougeres.example.fr"), client="outlook", date="2025-05-28 08:47:15", cte="quoted-printable",
     subject="TR: Rapport quotidien - 3 messages en attente",
     body="""
Bonjour,

Je vous transfère le rapport que je reçois chaque matin. Vos messages sont dedans depuis vendredi. Est-ce que je peux les autoriser sans risque, et comment faire pour ne plus avoir à le faire ?

Katell Jégou
Collège Gandhi, Fougères - 0350352T

-----Message d'origine-----
De : Mailinblack <noreply@protect.mailinblack.example.fr>
Envoyé : mercredi 28 mai 2025 07:00
À : katell.jegou@clg-fougeres.example.fr
Objet : Rapport quotidien - 3 messages en attente

Bonjour,

Voici les messages reçus depuis votre dernier rapport et en attente de validation :

  no-reply@espace-acheteur.example.fr   Activation de votre compte          23/05 16:02
  no-reply@espace-acheteur.example.fr   Activation de votre compte          26/05 09:15
  no-reply@espace-acheteur.example.fr   Réinitialisation du mot de passe    27/05 14:48

Pour délivrer un message, cliquez sur « Délivrer ». Pour autoriser définitivement un expéditeur, cliquez sur « Autoriser ».

Mailinblack - Protégez votre messagerie
""")

mail(cat="mailinblack_spam", ok=True, hard=False, uai="0222666D", region="bretagne", platform="esidoc",
     notes="An older documentaliste calls it 'le truc antispam, Mail In Black je crois'; the reset mails wait in its daily summary. The product is named, with hesitation.",
     frm=("Jacqueline Le Moal", "j.lemoal@clg-paimpol.example.fr"), client="thunderbird", date="2025-05-28 17:20:05",
     subject="le truc antispam",
     body="""
Bonjour,

Je suis documentaliste au collège de Paimpol (0222666D), bientôt à la retraite et pas très douée avec l'informatique, je préfère vous le dire tout de suite.

Depuis quelque temps, quand je demande un nouveau mot de passe pour le portail du CDI, le message n'arrive pas dans ma boîte. Un collègue de technologie m'a montré qu'il était bloqué par le truc antispam, Mail In Black je crois, qui m'envoie un récapitulatif tous les matins que je jetais sans le lire.

Il m'a dit de vous demander la marche à suivre pour que vos messages passent. Pouvez-vous me l'envoyer, avec des mots simples si possible ?

Merci,
Jacqueline Le Moal
""")

mail(cat="mailinblack_spam", ok=True, hard=False, uai=None, region=None, platform=None,
     notes="One short line: blocked by Mailinblack, send the procedure. No UAI, no platform named, private-school domain: no region.",
     frm=("Benjamin Saulnier", "b.saulnier@ndv-vitre.example.fr"), client="iphone", date="2025-05-30 09:41:27",
     subject="Mailinblack",
     body="""
Bonjour, vos mails sont bloqués par Mailinblack chez nous. Pouvez-vous m'envoyer la procédure pour vous autoriser ? Merci

Benjamin Saulnier
Envoyé de mon iPhone
""")


# =============================================================== head_of_establishment_request (14)

mail(cat="head_of_establishment_request", ok=False, hard=True, uai="0560242J", region="bretagne", platform="esidoc",
     notes="The principal herself writes from the ce.<UAI>@ac-rennes.fr address: reset of the e-sidoc administrator password and a new contact address after the librarian's transfer. Reads like password_reset, but it is the head's written request for a person to approve.",
     frm=("Principale - Collège Les Korrigans", "ce.0560242J@ac-rennes.fr"), client="zimbra", date="2025-05-19 11:22:08",
     subject="Demande de réinitialisation du compte administrateur e-sidoc",
     body="""
Madame, Monsieur,

Mme Riou, professeure documentaliste du collège depuis huit ans, a obtenu sa mutation et nous quittera le 4 juillet. Elle est actuellement en congé et l'adresse de contact associée au compte administrateur de notre portail e-sidoc est son adresse personnelle.

En ma qualité de cheffe d'établissement, je vous demande :
- de réinitialiser le mot de passe du compte administrateur du portail e-sidoc du collège (UAI 0560242J) ;
- de remplacer l'adresse de contact de ce compte par l'adresse de l'établissement, celle d'où je vous écris.

Nous transmettrons ensuite les accès au professeur qui assurera l'intérim jusqu'à la nomination d'un ou d'une titulaire.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hélène Carré
Principale
Collège Les Korrigans, Pontivy
""")

mail(cat="head_of_establishment_request", ok=False, hard=False, uai="0160483N", region="nouvelle-aquitaine", platform="esidoc",
     notes="A primary-school head (directeur d'école) asks, from the school's official address, to replace the contact address of the BCD portal's administrator account with the school's address.",
     frm=("Ecole élémentaire Victor Hugo", "ce.0160483N@ac-poitiers.fr"), client="thunderbird", date="2025-05-20 12:31:45",
     subject="Changement d'adresse de contact - portail BCD",
     body="""
Bonjour,

Je suis directeur de l'école élémentaire Victor Hugo de Cognac (UAI 0160483N).

Le compte administrateur du portail documentaire de notre BCD a été ouvert il y a quatre ans par une enseignante qui a quitté l'école depuis, avec son adresse académique personnelle comme adresse de contact. Nous n'avons plus aucun moyen de la joindre pour les réinitialisations.

Je vous demande donc de remplacer cette adresse par celle de l'école, ce.0160483N@ac-poitiers.fr, que je relève moi-même chaque jour.

Je reste à votre disposition si un document signé est nécessaire.

Cordialement,

Christophe Aubineau
Directeur d'école
""")

mail(cat="head_of_establishment_request", ok=False, hard=False, uai="0851525W", region="pays-de-la-loire", platform="espace_acheteur",
     notes="The head of a private collège (chef d'établissement) designates a new structure administrator on the Espace Acheteur and asks to close the former gestionnaire's access.",
     frm=("Yves Rambaud", "direction@stgabriel-stlaurent.example.fr"), client="outlook", date="2025-05-21 10:03:17",
     subject="Désignation d'un nouvel administrateur de structure",
     body="""
Madame, Monsieur,

Mme Gaudin, qui était administratrice de structure pour notre établissement sur l'Espace Acheteur, a quitté ses fonctions de responsable administrative le 30 avril dernier.

En ma qualité de chef d'établissement du collège Saint-Gabriel de Saint-Laurent-sur-Sèvre (établissement privé sous contrat d'association, UAI 0851525W), je désigne pour lui succéder M. Kevin Gautreau, comptable de l'OGEC, dont l'adresse est k.gautreau@stgabriel-stlaurent.example.fr.

Je vous demande également de désactiver les accès de Mme Gaudin.

Vous trouverez ma signature ci-dessous ; je peux vous adresser un courrier sur papier à en-tête si nécessaire.

Yves Rambaud
Chef d'établissement
Collège Saint-Gabriel
""")

mail(cat="head_of_establishment_request", ok=False, hard=False, uai="0440253L", region="pays-de-la-loire", platform="espace_acheteur",
     attach=[("autorisation_commande_principal.pdf", "application/pdf", fake_pdf("Autorisation de commande"))],
     notes="The principal authorises the gestionnaire to validate an order above her delegation threshold; signed authorisation attached as PDF.",
     frm=("Principal Collège Sophie Germain", "ce.0440253L@ac-nantes.fr"), client="outlook", date="2025-05-22 17:15:09",
     subject="Autorisation de validation de commande",
     body="""
Bonjour,

Notre gestionnaire, Mme Pelletier, a préparé sur l'Espace Acheteur la commande d'équipement du nouveau laboratoire de sciences (panier n° 2025-0448, 14 870 euros TTC). Le montant dépasse le seuil de la délégation que je lui ai consentie.

Je vous confirme par la présente que j'autorise la validation de cette commande. Vous trouverez ci-joint l'autorisation signée.

Cordialement,

Marc Girardeau
Principal du collège Sophie Germain, Nantes
UAI 0440253L
""")

mail(cat="head_of_establishment_request", ok=False, hard=True, uai="0220617B", region="bretagne", platform="esidoc",
     cc="Principal collège Jean Monnet <ce.0220617B@ac-rennes.fr>",
     attach=[("courrier_principal_reinitialisation.pdf", "application/pdf", fake_pdf("Courrier du principal"))],
     notes="The librarian sends the head's signed letter (PDF) asking for the administrator reset, with the head's official mailbox in copy: it is the head's written request, relayed; staff must check the letter and the sender.",
     frm=("Anaïs Prigent", "anais.prigent@ac-rennes.fr"), client="thunderbird", date="2025-05-22 10:44:38",
     subject="Courrier du principal - accès administrateur portail",
     body="""
Bonjour,

Suite à notre échange de la semaine dernière avec votre service, vous m'aviez indiqué qu'une demande écrite du chef d'établissement était nécessaire pour réinitialiser le compte administrateur e-sidoc du collège et y associer ma propre adresse.

Vous trouverez donc ci-joint le courrier signé de M. Hamon, principal du collège Jean Monnet de Broons (UAI 0220617B). Je le mets en copie de ce message, sur l'adresse officielle de l'établissement.

Merci d'avance pour le traitement de cette demande.

Bien cordialement,

Anaïs Prigent
Professeure documentaliste
""")

mail(cat="head_of_establishment_request", ok=False, hard=False, uai="0490203E", region="pays-de-la-loire", platform="esidoc",
     in_reply_to="<5D6C1A2E-93B1-4F0D-8E7C-2A41F9B0C3D7@ac-nantes.fr>",
     notes="The principal confirms from his phone, quoting (Apple style) his librarian's request, that the reset may be done: his written approval. Personal academic address, not the ce. one.",
     frm=("Didier Coutant", "didier.coutant@ac-nantes.fr"), client="iphone", date="2025-05-23 07:12:44",
     subject="Re: Réinitialisation accès e-sidoc collège Chevreul",
     cc="Assistance <support@assistance.example.fr>",
     body="""
Bonjour,

Je confirme ma demande : vous pouvez réinitialiser le compte administrateur du portail e-sidoc et envoyer le lien à Mme Boutin, qui est bien la documentaliste du collège.

Cordialement
D. Coutant
Principal - collège Chevreul, Angers

Envoyé de mon iPhone

> Le 22 mai 2025 à 16:48, Laure Boutin <laure.boutin@ac-nantes.fr> a écrit :
>
> Bonjour Monsieur,
>
> Comme me l'a demandé l'assistance, pouvez-vous confirmer par écrit, en répondant à ce message avec l'assistance en copie, que vous autorisez la réinitialisation du compte administrateur e-sidoc du collège (UAI 0490203E) ?
>
> Merci beaucoup,
> Laure Boutin
""", to="Laure Boutin <laure.boutin@ac-nantes.fr>")

mail(cat="head_of_establishment_request", ok=False, hard=True, uai="0140244P", region="normandie", platform="esidoc",
     notes="HTML-only Outlook letter: the principal asks for a reset of the portal administrator so that a librarian who left in bad terms loses access, with the new link to the school's address.",
     frm=("Françoise Delaunay", "francoise.delaunay@ac-normandie.fr"), client="outlook_html", date="2025-05-26 08:22:30",
     subject="Demande urgente - compte administrateur du portail documentaire",
     body="""
Madame, Monsieur,

Je suis principale du collège Marcel Pagnol de Caen (UAI 0140244P).

Un agent contractuel qui assurait le fonctionnement du CDI a quitté l'établissement le 23 mai dans des conditions qui me conduisent à vouloir sécuriser sans délai les accès dont il disposait. Il connaît le mot de passe du compte administrateur de notre portail e-sidoc.

Je vous demande de bien vouloir réinitialiser ce mot de passe et d'adresser le lien de réinitialisation exclusivement à l'adresse officielle de l'établissement, ce.0140244P@ac-normandie.fr.

Je vous remercie de votre diligence.

Françoise Delaunay
Principale
""")

mail(cat="head_of_establishment_request", ok=False, hard=True, uai="0721263G", region="pays-de-la-loire", platform="esidoc",
     auth={"dkim": "none", "spf": "fail", "dmarc": "fail", "p": "quarantine"},
     relay="smtp.webmailer.example.net", reply_to="principal.college.lafleche@webmailer.example.net",
     notes="Claims to be the principal, from the ce.<UAI>@ac-nantes.fr address, but SPF and DMARC fail, there is no DKIM, the Reply-To is a free-mail address, and it asks to move the admin account to that address: a probable spoof. Still a head-of-establishment request for the queue, where staff should refuse it.",
     frm=("Principal", "ce.0721263G@ac-nantes.fr"), client="roundcube", date="2025-05-25 23:48:02",
     subject="URGENT modification adresse administrateur",
     body="""
Bonjour,

Je suis le principal du college de La Flèche, code 0721263G. Suite a un probleme de securite sur nos messageries academiques, je vous demande de modifier immediatement l'adresse de contact du compte administrateur de notre portail e-sidoc et de la remplacer par principal.college.lafleche@webmailer.example.net.

Merci d'envoyer aussi le nouveau mot de passe a cette adresse, c'est tres urgent, les eleves ne peuvent plus acceder aux ressources.

Merci de traiter cette demande aujourd'hui, je suis en deplacement et joignable uniquement par mail.

Le principal
""")

mail(cat="head_of_establishment_request", ok=False, hard=False, uai=None, region=None, platform="espace_acheteur",
     notes="The head of a private nursery/primary school gives her agreement for the new buyer account from a personal address, without any UAI: weak evidence, staff must verify.",
     frm=("Sœur Marie-Agnès Robin", "ma.robin@wanadoo.example.fr"), client="roundcube", date="2025-05-26 20:05:19",
     subject="Accord de la directrice pour le compte de Mme Jaunet",
     body="""
Bonjour,

Je suis la directrice de l'école maternelle et primaire Notre-Dame de la Salette, à Saint-Malo. Mme Jaunet, notre secrétaire-comptable, m'a dit que vous aviez besoin de mon accord écrit pour que son compte sur l'Espace Acheteur soit validé et qu'elle puisse passer les commandes de l'école.

Je vous donne bien volontiers mon accord. Je vous écris de mon adresse personnelle car l'école n'a pas encore d'adresse officielle qui fonctionne depuis notre changement de fournisseur internet, ce qui est un peu le fond du problème.

Avec mes remerciements,

Sœur Marie-Agnès Robin
Directrice
""")

mail(cat="head_of_establishment_request", ok=False, hard=False, uai="0292387M", region="bretagne", platform="ecoledirecte",
     notes="The head of a private collège asks in writing to change the EcoleDirecte administrator: the former IT teacher left, the new CPE takes over.",
     frm=("Loïc Cadiou", "chef.etablissement@stjoseph-landerneau.example.fr"), client="gmail", date="2025-05-27 13:57:31",
     subject="Changement d'administrateur EcoleDirecte",
     body="""
Bonjour,

Je suis chef d'établissement du collège Saint-Joseph de Landerneau (0292387M), établissement privé sous contrat.

M. Quéré, professeur de technologie qui administrait notre espace EcoleDirecte, quitte l'établissement à la fin de l'année. Je souhaite que l'administration soit transférée dès maintenant à Mme Jacq, notre CPE, afin qu'elle puisse préparer les comptes de la rentrée.

Pouvez-vous me dire si ce message suffit ou si vous avez besoin d'un document particulier ? Je souhaite aussi que les droits d'administration de M. Quéré soient retirés au 4 juillet.

Bien cordialement,

Loïc Cadiou
Chef d'établissement
""")

mail(cat="head_of_establishment_request", ok=False, hard=True, uai="0762151A", region="normandie", platform="espace_acheteur", bad=["0762151E"],
     notes="The body gives 0762151E (wrong check letter; the digits give 0762151A) but the sender ce.0762151A@ac-normandie.fr carries the valid UAI, which is the label. The principal names a new buyer administrator.",
     frm=("Collège Jean Lecanuet - Direction", "ce.0762151A@ac-normandie.fr"), client="zimbra", date="2025-05-27 16:40:12",
     subject="Nouvel administrateur Espace Acheteur - collège Jean Lecanuet",
     body="""
Madame, Monsieur,

Notre adjoint gestionnaire, M. Lecoq, part à la retraite le 30 juin. Je souhaite qu'à compter du 2 juin Mme Leblond, secrétaire de gestion, devienne l'administratrice de structure de notre établissement (collège Jean Lecanuet, Rouen, UAI 0762151E) sur l'Espace Acheteur, afin qu'ils puissent travailler ensemble pendant un mois.

M. Lecoq conservera ses droits jusqu'au 30 juin ; ils pourront être supprimés ensuite.

Je vous remercie de la suite que vous voudrez bien donner à cette demande.

Alain Dufour
Principal
""")

mail(cat="head_of_establishment_request", ok=False, hard=False, uai="0291497V", region="bretagne", platform="esidoc",
     in_reply_to="<SUP-012311.1747820400.e5b9a1@assistance.example.fr>",
     notes="Reply (Zimbra 'Mail original' quote) in which the proviseur of a cité scolaire gives the written request the desk asked for (administrator reset); the quoted part is the desk's answer.",
     frm=("Proviseur Cité scolaire de l'Élorn", "ce.0291497V@ac-rennes.fr"), client="zimbra", date="2025-05-21 14:18:55",
     subject="Re: [#SUP-012311] Accès administrateur e-sidoc",
     body="""
Bonjour,

Comme vous le demandez, je confirme en tant que chef d'établissement ma demande de réinitialisation du mot de passe du compte administrateur e-sidoc de la cité scolaire (collège et lycée, UAI 0291497V), le lien devant être adressé à la présente adresse.

Cordialement,

Jean-Yves Kerhervé
Proviseur

----- Mail original -----
De: "Assistance" <support@assistance.example.fr>
À: "Gwenola Pape" <gwenola.pape@ac-rennes.fr>
Envoyé: Mercredi 21 Mai 2025 11:40:00
Objet: [#SUP-012311] Accès administrateur e-sidoc

Bonjour,

L'adresse d'où vous écrivez n'est pas celle que nous connaissons pour ce compte. Pour des raisons de sécurité, la réinitialisation ne peut être faite qu'à la demande écrite du chef d'établissement, de préférence depuis l'adresse officielle de l'établissement.

Cordialement,
L'équipe d'assistance
""")

mail(cat="head_of_establishment_request", ok=False, hard=False, uai="0270736D", region="normandie", platform="espace_acheteur",
     notes="Written delegation: the principal declares which staff (gestionnaire and CPE) may validate orders on the Espace Acheteur, with amount limits.",
     frm=("Principal Collège Condorcet", "ce.0270736D@ac-normandie.fr"), client="outlook", date="2025-05-28 11:09:41",
     subject="Délégation de validation des commandes",
     body="""
Madame, Monsieur,

Pour la fin de l'année scolaire et la période estivale, je vous informe des délégations accordées pour la validation des commandes de notre établissement (collège Condorcet, Pont-Audemer, UAI 0270736D) sur l'Espace Acheteur :

- Mme Nathalie Ozanne, adjointe gestionnaire : toutes commandes, sans limite de montant ;
- M. Karim Haddad, CPE : commandes relevant du budget de la vie scolaire et du foyer socio-éducatif, dans la limite de 1 500 euros TTC par commande.

Ces délégations prennent effet dès réception et courent jusqu'au 31 août 2025.

Je vous remercie de bien vouloir paramétrer les droits correspondants.

Pierre-Antoine Vallée
Principal
""")

mail(cat="head_of_establishment_request", ok=False, hard=True, uai="0532214U", region="pays-de-la-loire", platform="esidoc",
     notes="Long, exasperated principal from his personal academic address: after the librarian's transfer he wants the administrator changed to the incoming librarian; the UAI appears only in the signature.",
     frm=("Gérard Foucher", "gerard.foucher@ac-nantes.fr"), client="outlook", date="2025-05-28 18:34:26",
     subject="Troisième demande - administrateur du portail du CDI",
     body="""
Bonjour,

C'est la troisième fois que j'écris à ce sujet et je commence à perdre patience.

Notre professeure documentaliste a été mutée au 1er mars dans un collège de la Sarthe. Depuis, le CDI fonctionne avec une contractuelle, Mme Pichon, qui n'a toujours pas la main sur le portail e-sidoc parce que le compte administrateur est resté rattaché à l'ancienne titulaire. Résultat : pas d'actualités, pas de nouvelles acquisitions en ligne, et les élèves de 3e qui préparent l'oral du brevet ne trouvent pas les ressources qu'on leur a promises.

À chaque fois, on me répond qu'il faut « la demande du chef d'établissement ». Je suis le chef d'établissement. Je vous demande donc, une fois de plus et par écrit, de transférer l'administration du portail à Mme Pichon (emilie.pichon@ac-nantes.fr) et de couper l'accès de l'ancienne titulaire.

Merci de me confirmer que c'est fait.

Gérard Foucher
Principal
Collège Alain Gerbault, Laval
0532214U
""")


# =============================================================== account_creation (9)

mail(cat="account_creation", ok=True, hard=False, uai=None, region=None, platform="espace_acheteur",
     notes="New gestionnaire of a private collège asks how to create an Espace Acheteur account: the sign-up form answer fits. No UAI, non-academic domain.",
     frm=("Chloé Bertaud", "c.bertaud@stjacques-parthenay.example.fr"), client="outlook", date="2025-05-19 15:26:44",
     subject="Création d'un compte acheteur",
     body="""
Bonjour,

Je viens d'être recrutée comme assistante de gestion au collège Saint-Jacques de Parthenay, établissement privé sous contrat. Ma responsable m'a demandé de préparer les commandes de la rentrée, notamment les abonnements du CDI et le petit matériel, sur votre plateforme.

Je n'ai pas encore de compte. Sur la page d'accueil je vois un bouton « Se connecter » mais je ne trouve pas comment m'inscrire. Faut-il que quelqu'un m'invite, ou puis-je créer le compte moi-même ?

Merci pour vos indications.

Chloé Bertaud
Assistante de gestion
""")

mail(cat="account_creation", ok=True, hard=False, uai="0142916U", region="normandie", platform="espace_acheteur",
     notes="Filled the sign-up form four days ago and cannot log in: the account is waiting for the structure administrator's validation (FAQ case).",
     frm=("Quentin Lebas", "quentin.lebas@ac-normandie.fr"), client="thunderbird", date="2025-05-20 13:13:19",
     subject="Compte en attente ?",
     body="""
Bonjour,

J'ai rempli vendredi le formulaire d'inscription à l'Espace Acheteur pour le collège Hastings de Caen (UAI 0142916U). J'ai bien reçu le mail qui confirmait mon adresse, j'ai cliqué dessus, et depuis, quand j'essaie de me connecter, j'ai le message : « Votre compte est en attente de validation ».

Combien de temps cela prend-il habituellement ? Qui doit valider ? Je suis le nouveau secrétaire d'intendance, je ne connais pas encore bien les habitudes de la maison.

Merci,
Quentin Lebas
""")

mail(cat="account_creation", ok=True, hard=True, uai="0792737W", region="nouvelle-aquitaine", platform="espace_acheteur",
     notes="Negation: 'je n'ai pas perdu mon mot de passe, je n'ai jamais eu de compte'. She needs to create one: account_creation, not password_reset.",
     frm=("Manon Sauvaget", "manon.sauvaget@ac-poitiers.fr"), client="gmail", date="2025-05-21 16:49:50",
     subject="Pas un problème de mot de passe",
     body="""
Bonjour,

Ma collègue de l'intendance m'a dit de « faire mot de passe oublié » pour accéder à l'Espace Acheteur, mais je ne pense pas que ce soit la bonne solution : je n'ai pas perdu mon mot de passe, je n'ai jamais eu de compte. Je suis arrivée au collège Jean Zay de Bressuire (0792737W) en avril, comme professeure documentaliste, et je voudrais pouvoir préparer moi-même les paniers pour les abonnements du CDI.

Quand j'essaie « mot de passe oublié », on me répond d'ailleurs que l'adresse est inconnue.

Comment dois-je procéder pour ouvrir un compte ?

Merci d'avance,
Manon Sauvaget
""")

mail(cat="account_creation", ok=False, hard=False, uai="0611856L", region="normandie", platform="espace_acheteur",
     notes="Asks who the structure's administrator is, so that her account can be validated: needs a look-up, a person answers.",
     frm=("Anne Lebrun", "anne.lebrun@ac-normandie.fr"), client="outlook", date="2025-05-22 09:18:33",
     subject="Qui est l'administrateur de notre structure ?",
     body="""
Bonjour,

Mon inscription sur l'Espace Acheteur est en attente de validation par « l'administrateur de la structure ». Très bien, mais personne au collège ne sait qui c'est ! La principale pense que c'était l'ancienne gestionnaire, partie il y a deux ans ; la gestionnaire actuelle n'a jamais eu ce rôle.

Pouvez-vous me dire qui est enregistré comme administrateur pour le collège Jean Racine d'Alençon (UAI 0611856L), et comment le changer si cette personne n'est plus là ?

Bien cordialement,
Anne Lebrun
Secrétaire de direction
""")

mail(cat="account_creation", ok=False, hard=False, uai="0351712W", region="bretagne", platform="espace_acheteur",
     notes="A collège opening in September 2025 cannot find its (newly attributed) UAI in the list when creating the account: the FAQ sends these to a person / the sales team.",
     frm=("Sophie Guérin-Lemée", "sophie.guerin-lemee@ac-rennes.fr"), client="zimbra", date="2025-05-23 11:36:27",
     subject="Établissement introuvable à l'inscription",
     body="""
Bonjour,

Je suis la future gestionnaire du nouveau collège de Bréal-sous-Montfort, qui ouvrira ses portes à la rentrée de septembre 2025. Le rectorat nous a attribué notre numéro UAI en mars : 0351712W.

Pour équiper le collège (mobilier du CDI, fonds documentaire initial, abonnements), nous voulons passer par votre Espace Acheteur. Mais au moment de l'inscription, quand je tape le numéro ou le nom de l'établissement, rien ne sort dans la liste déroulante.

Pouvez-vous ajouter l'établissement, ou me dire à qui m'adresser ?

Merci,
Sophie Guérin-Lemée
""")

mail(cat="account_creation", ok=False, hard=False, uai="0161712Z", region="nouvelle-aquitaine", platform="espace_acheteur",
     notes="The account works; asks for order-validation rights to be opened to her: rights to open, a person answers.",
     frm=("Dominique Faure", "dominique.faure@ac-poitiers.fr"), client="thunderbird", date="2025-05-26 10:57:06",
     subject="Droits de validation des commandes",
     body="""
Bonjour,

J'ai un compte sur l'Espace Acheteur depuis l'an dernier pour le collège Pierre Bodet de Ruelle-sur-Touvre (UAI 0161712Z), et je m'en sers pour préparer les paniers. Jusqu'ici c'était ma collègue qui les validait, mais elle part en congé de formation à la rentrée.

Je voudrais avoir le droit de valider les commandes moi-même. Dans mon profil, je vois « Rôle : prescripteur » et rien à modifier. Pouvez-vous m'ouvrir ce droit ou me dire qui doit le faire ?

Merci,
Dominique Faure
Secrétaire d'intendance
""")

mail(cat="account_creation", ok=False, hard=False, uai="0502177V", region="normandie", platform="esidoc",
     notes="HTML-only Outlook message: a CPE asks whether she can have her own account on the e-sidoc portal to publish vie scolaire news, with the librarian's agreement; a person must answer (accounts and rights).",
     frm=("Julie Marguerite", "julie.marguerite@ac-normandie.fr"), client="outlook_html", date="2025-05-27 12:05:14",
     subject="Compte pour la vie scolaire sur le portail",
     body="""
Bonjour,

Je suis CPE au collège Le Sacré-Cœur de Saint-Lô... non, pardon, au collège Léon Lecornu de Saint-Lô (UAI 0502177V), je confonds avec mon ancien poste.

Notre documentaliste publie déjà sur le portail e-sidoc les actualités du CDI. Nous aimerions, elle et moi, que la vie scolaire puisse y publier aussi (règlement des sorties, élections des délégués, clubs du midi), mais sans que j'utilise son compte.

Est-il possible de me créer un compte à moi, avec des droits limités à la publication d'articles ? Ma collègue est d'accord, elle est en copie de ce que je lui ai dit ce matin.

Merci,

Julie Marguerite
Conseillère principale d'éducation
""")

mail(cat="account_creation", ok=False, hard=False, uai=None, region="normandie", platform="espace_acheteur",
     notes="Account waiting for validation for three weeks; the structure administrator has retired and no one else can validate: the region must step in. No UAI; region from ac-caen.fr.",
     frm=("Vincent Lechevalier", "vincent.lechevalier@ac-caen.fr"), client="outlook", date="2025-05-28 14:44:49",
     subject="Compte en attente depuis 3 semaines",
     body="""
Bonjour,

Je me suis inscrit sur l'Espace Acheteur le 6 mai. Depuis, mon compte est « en attente de validation par l'administrateur de structure ». J'ai fini par comprendre que l'administrateur en question est M. Gosselin, notre ancien gestionnaire, parti à la retraite fin mars. Il ne peut évidemment plus rien valider.

Nous n'avons aucun autre administrateur. Qui peut valider mon compte dans ce cas ? Je suis le gestionnaire actuel du collège de Saint-Pierre-sur-Dives, nommé le 1er avril.

Cordialement,

Vincent Lechevalier
""")

mail(cat="account_creation", ok=True, hard=True, uai=None, region=None, platform="espace_acheteur",
     notes="An older staff member describes instead of naming: wants to 'm'inscrire sur le site des commandes' and asks if 'il faut un code'. A how-to-register question: account_creation. Personal address, no UAI.",
     frm=("Monique Gaudin", "monique.gaudin85@orange.example.fr"), client="roundcube", date="2025-05-29 10:28:12",
     subject="inscription",
     body="""
Bonjour,

On m'a donné votre adresse à l'école, je suis la personne qui s'occupe des commandes pour l'école privée Saint-Louis de Challans, à mi-temps. Avant c'était la comptable de l'OGEC qui faisait tout sur papier avec les catalogues, mais maintenant il paraît que tout se passe sur votre site des commandes.

Je voudrais m'inscrire sur ce site mais je ne sais pas par où commencer. Est-ce qu'il faut un code ? Est-ce qu'on doit me l'envoyer par la poste ? Je n'ai pas d'adresse de l'école pour l'instant, seulement la mienne.

Je vous remercie de votre patience.

Monique Gaudin
""")


# =============================================================== subscription_activation (9)

mail(cat="subscription_activation", ok=True, hard=False, uai="0221326X", region="bretagne", platform="esidoc",
     notes="Europresse ordered yesterday, not yet visible on the portal: within the 72-hour window.",
     frm=("Aziliz Tromeur", "aziliz.tromeur@ac-rennes.fr"), client="thunderbird", date="2025-05-20 09:51:38",
     subject="Europresse pas encore visible",
     body="""
Bonjour,

Nous avons enfin obtenu le budget pour Europresse ! La gestionnaire a validé la commande hier en fin de matinée sur l'Espace Acheteur et j'espérais pouvoir le présenter aux 4e ce jeudi pour leur travail sur la presse locale et les élections municipales de 2026.

Ce matin, la ressource n'apparaît toujours pas sur notre portail e-sidoc (collège Paul Langevin, Guingamp, UAI 0221326X). Est-ce normal ? Dois-je faire quelque chose de mon côté pour qu'elle apparaisse ?

Merci et bonne journée,
Aziliz Tromeur
Professeure documentaliste
""")

mail(cat="subscription_activation", ok=False, hard=False, uai="0532280R", region="pays-de-la-loire", platform="esidoc",
     notes="Subscription ordered on 14 May, still not active on 26 May: well past the 72-hour rule, a person must look at the order.",
     frm=("Christelle Hardy", "christelle.hardy@ac-nantes.fr"), client="zimbra", date="2025-05-26 14:20:43",
     subject="Abonnement Universalis toujours inactif",
     body="""
Bonjour,

Notre abonnement à l'encyclopédie Universalis a été commandé et validé le 14 mai (commande passée par l'intendance du collège Emmanuel de Martonne, Laval, UAI 0532280R). Voilà bientôt deux semaines, et la ressource n'est toujours pas accessible : le lien sur le portail mène à une page « abonnement inactif ».

Je sais qu'il faut compter quelques jours, mais là cela me paraît long. Pouvez-vous vérifier ce qui se passe ?

Cordialement,
Christelle Hardy
""")

mail(cat="subscription_activation", ok=True, hard=True, uai="0272352K", region="normandie", platform="esidoc",
     notes="Negation: 'je n'ai pas oublié mon mot de passe', the login works; the Cafeyn resource she ordered is active but not published for pupils: publication step, subscription_activation.",
     frm=("Rachida Benoît", "rachida.benoit@ac-normandie.fr"), client="outlook", date="2025-05-21 15:02:26",
     subject="Cafeyn invisible pour les élèves",
     body="""
Bonjour,

Je précise d'emblée pour éviter un malentendu : je n'ai pas oublié mon mot de passe et je n'ai aucun problème de connexion, j'accède très bien à l'administration du portail.

Mon souci est autre : notre abonnement Cafeyn, commandé en avril, apparaît bien dans « Mes abonnements » côté administration, mais les élèves ne le voient pas sur le portail. J'ai fait le test avec un compte élève ce matin : aucune trace de la ressource.

J'imagine qu'il y a une étape de publication que je n'ai pas faite. Laquelle ?

Collège Hubert Robert, Louviers - UAI 0272352K

Merci,
Rachida Benoît
""")

mail(cat="subscription_activation", ok=True, hard=False, uai="0171727K", region="nouvelle-aquitaine", platform="esidoc",
     notes="How to make the newly activated Lumni / BnF resource appear in the portal's resource block: activation and publication of a resource.",
     frm=("Estelle Fradin", "estelle.fradin@ac-poitiers.fr"), client="thunderbird", date="2025-05-22 13:08:11",
     subject="Publier une ressource sur le portail",
     body="""
Bonjour,

Notre établissement (collège Henri Dunant, Surgères, UAI 0171727K) a souscrit à l'offre de ressources numériques pour les collèges, et l'intendance me dit que la commande est activée depuis mardi.

Je ne trouve pas comment faire apparaître ces ressources dans le bloc « Ressources en ligne » de la page d'accueil du portail. Le tutoriel que j'ai trouvé date de l'ancienne version et les menus ne correspondent plus.

Pourriez-vous me guider ?

Estelle Fradin
Professeure documentaliste
""")

mail(cat="subscription_activation", ok=True, hard=False, uai="0160299N", region="nouvelle-aquitaine", platform="esidoc",
     notes="Renewed subscription still shown as expired in 'Mes abonnements'; the renewal was validated two days ago: within the window.",
     frm=("Pauline Menanteau", "pauline.menanteau@ac-poitiers.fr"), client="outlook", date="2025-05-23 08:41:59",
     subject="Renouvellement non pris en compte",
     body="""
Bonjour,

Le renouvellement de notre abonnement BCDI/e-sidoc a été validé mercredi par notre gestionnaire (elle m'a montré la confirmation de commande). Pourtant, dans « Mes abonnements », la date de fin affichée est toujours le 31 mai 2025, avec la mention « expire bientôt » en rouge.

Faut-il simplement attendre, ou y a-t-il un problème avec la commande ? Je préfère ne pas être coupée pendant la période des examens.

Collège Jean Moulin, Montbron - UAI 0160299N

Merci,
Pauline Menanteau
""")

mail(cat="subscription_activation", ok=True, hard=True, uai="0720740N", region="pays-de-la-loire", platform="esidoc",
     notes="Written by the principal, but he only asks when the ordered press subscription will be available: not a head-of-establishment request (nothing to authorise).",
     frm=("Principal Collège Wilbur Wright", "ce.0720740N@ac-nantes.fr"), client="outlook", date="2025-05-27 09:30:02",
     subject="Date de mise à disposition de l'abonnement presse",
     body="""
Bonjour,

Je suis principal du collège Wilbur Wright au Mans. À ma demande, notre gestionnaire a commandé hier, lundi 26 mai, l'abonnement à la presse en ligne pour le CDI, dans le cadre de notre projet d'éducation aux médias.

Pourriez-vous m'indiquer à quelle date la ressource sera accessible aux élèves ? J'ai prévu de la présenter aux familles lors de la réunion de fin d'année, le 5 juin.

Je vous remercie.

Thomas Lebreton
Principal
""")

mail(cat="subscription_activation", ok=True, hard=True, uai="0292078B", region="bretagne", platform="esidoc",
     in_reply_to="<SUP-011502.1746090000.2b7c19@assistance.example.fr>",
     notes="Reply (Gmail French quote) on an old, solved password ticket; the new text asks something else: the Le Monde subscription ordered the day before is not active yet (within 72 h). Categorised on the new request.",
     frm=("Nolwenn Caradec", "nolwenn.caradec@ac-rennes.fr"), client="gmail", date="2025-05-28 10:25:37",
     subject="Re: [#SUP-011502] Mot de passe portail",
     body="""
Bonjour,

Je reprends ce vieux message, c'est plus simple pour retrouver nos échanges. Le mot de passe fonctionne très bien depuis votre aide, merci encore.

Autre question : l'abonnement au Monde en ligne a été commandé hier après-midi pour le collège (0292078B), et je ne le vois pas encore dans les ressources du portail. Faut-il attendre, et combien de temps ?

Nolwenn Caradec
Doc - collège Saint-Exupéry, Concarneau

Le jeu. 1 mai 2025 à 11:00, Assistance <support@assistance.example.fr> a écrit :
> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse connue
> pour votre établissement. Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""")

mail(cat="subscription_activation", ok=True, hard=False, uai="0791393K", region="nouvelle-aquitaine", platform="esidoc",
     notes="Outlook quoted-printable; Universalis ordered on Wednesday, not reachable on Friday (bridge day): still within 72 hours.",
     frm=("Hugues Pairault", "hugues.pairault@clg-melle.example.fr"), client="outlook", date="2025-05-30 10:14:20",
     subject="Universalis pas accessible",
     body="""
Bonjour,

Commande Universalis validée mercredi 28 mai en fin de journée (collège Joseph Desfontaines, Melle, UAI 0791393K). En ce vendredi de pont je profite du calme pour préparer le CDI pour la semaine prochaine, mais le lien Universalis du portail renvoie toujours vers la page de connexion de l'éditeur.

Quand sera-t-il actif ?

Hugues Pairault
Professeur documentaliste
""")

mail(cat="subscription_activation", ok=True, hard=False, uai="0440507M", region="pays-de-la-loire", platform="esidoc", lang="en",
     notes="English; a librarian at a private international school: the digital magazine subscription ordered yesterday is not visible yet (within 72 h).",
     frm=("Sarah O'Connell", "library@international-nantes.example.fr"), client="outlook", date="2025-05-21 16:33:05",
     subject="New subscription not showing on the library portal",
     body="""
Hello,

Our bursar placed an order yesterday for the online magazine bundle (The Week Junior, National Geographic Kids) for our school library, École Internationale Nantes Atlantique, school code 0440507M.

It doesn't show on our e-sidoc portal yet. Is there a delay before a new subscription appears, or is there something I need to switch on in the admin area?

Kind regards,
Sarah O'Connell
School librarian
""")


# =============================================================== order_billing (11)

mail(cat="order_billing", ok=False, hard=False, uai="0560371Z", region="bretagne", platform="esidoc",
     notes="The OGEC needs a formal quote (devis) for the portal subscription renewal before committing the expense.",
     frm=("Armelle Jouan", "comptabilite@ndmenimur-vannes.example.fr"), client="outlook", date="2025-05-19 11:48:02",
     subject="Devis renouvellement abonnement portail documentaire",
     body="""
Bonjour,

Le conseil d'administration de l'OGEC se réunit le 12 juin pour arrêter le budget 2025-2026 du collège Notre-Dame de Ménimur à Vannes (UAI 0560371Z, établissement privé sous contrat).

Pour y inscrire le renouvellement de l'abonnement à votre portail documentaire et logiciel de gestion du CDI, le trésorier me demande un devis en bonne et due forme, au nom de l'OGEC, avec le détail des options que nous avons cette année (module de prêt, ressources en ligne). Les factures de l'an dernier ne suffisent pas, paraît-il.

Pourriez-vous me l'adresser avant la fin du mois ?

Armelle Jouan
Comptable OGEC
""")

mail(cat="order_billing", ok=False, hard=False, uai="0722294C", region="pays-de-la-loire", platform="espace_acheteur", charset="windows-1252",
     notes="HTML-only Outlook message (windows-1252, with euro signs): the invoice total differs from the quote by the delivery charge.",
     frm=("Karine Boulay", "karine.boulay@ac-nantes.fr"), client="outlook_html", date="2025-05-20 10:27:46",
     subject="Écart entre devis et facture",
     body="""
Bonjour,

Nous avons reçu la facture n° FA-2025-03871 pour notre commande de mobilier pour le CDI (collège Le Vieux Chêne, Fresnay-sur-Sarthe, UAI 0722294C).

Le devis accepté, que j'ai sous les yeux, s'élevait à 6 418,50 € TTC, livraison et montage compris. La facture est de 6 793,50 € TTC : une ligne « frais de livraison et d'installation » de 375,00 € a été ajoutée.

Notre agent comptable ne pourra pas mettre en paiement une facture qui ne correspond pas au devis. Pouvez-vous faire établir une facture rectificative, ou un avoir ?

Merci d'avance,

Karine Boulay
Adjointe gestionnaire
""")

mail(cat="order_billing", ok=False, hard=False, uai="0862034U", region="nouvelle-aquitaine", platform="espace_acheteur",
     notes="Invoice for an order delivered in April still not deposited on Chorus Pro; the public collège gives its SIRET and service code.",
     frm=("Fabrice Thibault", "fabrice.thibault@ac-poitiers.fr"), client="thunderbird", date="2025-05-21 10:06:58",
     subject="Facture non déposée sur Chorus Pro",
     body="""
Bonjour,

Nous avons été livrés le 17 avril de la commande n° 2025-01933 (matériel de sciences), passée sur l'Espace Acheteur par le collège Ronsard de Poitiers (UAI 0862034U).

À ce jour, aucune facture n'a été déposée sur Chorus Pro à notre nom. Je vous rappelle nos identifiants : SIRET 198 600 342 000 17, code service FACTURATION. L'exercice se clôt bientôt pour nous côté engagements et je ne voudrais pas que cette dépense bascule sur l'an prochain.

Pouvez-vous relancer le fournisseur ou déposer la facture ?

Fabrice Thibault
Secrétaire général
""")

mail(cat="order_billing", ok=False, hard=False, uai="0611227C", region="normandie", platform="espace_acheteur",
     notes="The saved basket prepared two weeks ago has disappeared; she asks whether it can be recovered.",
     frm=("Véronique Lainé", "veronique.laine@ac-normandie.fr"), client="outlook", date="2025-05-22 14:34:07",
     subject="Mon panier a disparu",
     body="""
Bonjour,

Le 6 mai, j'avais préparé sur l'Espace Acheteur un panier assez long (toutes les fournitures de papeterie pour la rentrée, une soixantaine de lignes) pour le collège François Truffaut d'Argentan (0611227C). Je l'avais enregistré pour le faire relire par la principale adjointe avant de le valider.

Aujourd'hui, le panier est vide. Plus rien. Je n'ai rien supprimé.

Y a-t-il un moyen de le récupérer ? Sinon, combien de temps un panier enregistré est-il conservé, pour que cela ne se reproduise pas ?

Merci,
Véronique Lainé
""")

mail(cat="order_billing", ok=False, hard=False, uai="0502786G", region="normandie", platform="espace_acheteur",
     attach=[("BE_2025_0147.pdf", "application/pdf", fake_pdf("Bon d'engagement 2025-0147"))],
     notes="The bon d'engagement upload fails at order validation ('format non accepté'); the PDF is attached.",
     frm=("Grégory Tostain", "gregory.tostain@ac-normandie.fr"), client="thunderbird", date="2025-05-23 11:51:33",
     subject="Impossible de joindre le bon d'engagement",
     body="""
Bonjour,

Au moment de valider la commande de manuels pour le collège de Valognes (UAI 0502786G), l'Espace Acheteur me demande de joindre le bon d'engagement. Je sélectionne le PDF généré par notre logiciel comptable, et j'obtiens « Format de fichier non accepté ».

C'est pourtant un PDF tout ce qu'il y a de plus normal, je le joins à ce message. J'ai essayé avec Firefox et Edge.

Pouvez-vous me dire ce qui ne va pas, ou joindre le document vous-même à la commande ?

Grégory Tostain
Gestionnaire
""")

mail(cat="order_billing", ok=False, hard=False, uai=None, region=None, platform="espace_acheteur", charset="iso-8859-15", cte="8bit",
     notes="An OGEC accountant asks whether orders may be paid by bank transfer and for the bank details (RIB); ISO-8859-15 8-bit body, no UAI, no academic domain.",
     frm=("Bernard Morisset", "tresorier@ogec-stpaul-chateaubriant.example.fr"), client="thunderbird", date="2025-05-26 18:22:51",
     subject="Paiement par virement",
     body="""
Bonjour,

Je suis trésorier bénévole de l'OGEC du collège Saint-Paul de Châteaubriant. Jusqu'à présent, nos commandes passées sur votre plateforme ont été réglées par chèque, mais notre banque nous pousse à abandonner les chèques d'ici la fin de l'année.

Pouvons-nous régler les factures par virement ? Si oui, pourriez-vous nous transmettre un RIB à votre en-tête, que je puisse l'enregistrer dans notre logiciel de comptabilité ? Faut-il rappeler une référence particulière dans le libellé du virement ?

Par ailleurs, une facture de 312,00 € est en attente chez nous ; je la réglerai par virement dès réception du RIB.

Avec mes remerciements,

Bernard Morisset
Trésorier de l'OGEC
""")

mail(cat="order_billing", ok=False, hard=False, uai="0762987J", region="normandie", platform="esidoc",
     notes="The same invoice for the portal subscription was received twice (two numbers); asks to cancel the duplicate.",
     frm=("Nadia Hamidi", "nadia.hamidi@ac-normandie.fr"), client="zimbra", date="2025-05-27 10:45:24",
     subject="Facture reçue en double",
     body="""
Bonjour,

Nous avons reçu deux factures pour le même abonnement annuel au portail e-sidoc du collège Paul Bert de Petit-Quevilly (UAI 0762987J) : la FA-25-11204 du 12 mai et la FA-25-11377 du 16 mai, même montant (489,60 euros), même période.

Il s'agit visiblement d'un doublon. Pouvez-vous annuler la seconde et nous confirmer par écrit qu'elle ne sera pas mise en recouvrement ? Nous avons déjà payé la première.

Merci,
Nadia Hamidi
Agent comptable adjointe
""")

mail(cat="order_billing", ok=False, hard=True, uai="0492363C", region="pays-de-la-loire", platform="esidoc",
     notes="Apple Mail forward ('Début du message réexpédié') of a payment reminder for an invoice already paid by mandat administratif; the reminder is quoted, the question is the gestionnaire's.",
     frm=("Aurore Blanchard", "aurore.blanchard@ac-nantes.fr"), client="apple", date="2025-05-27 15:58:40",
     subject="Fwd: Relance - facture impayée FA-25-09215",
     body="""
Bonjour,

Je reçois cette relance alors que la facture a été payée par mandat administratif le 29 avril (mandat n° 412, je peux vous transmettre l'avis de paiement). Pouvez-vous vérifier et faire cesser les relances ?

Collège Jean Lurçat, Angers - 0492363C

Aurore Blanchard
Gestionnaire

Début du message réexpédié :

De: Service facturation <facturation@assistance.example.fr>
Objet: Relance - facture impayée FA-25-09215
Date: 26 mai 2025 à 08:00:00 UTC+2
À: aurore.blanchard@ac-nantes.fr

Madame, Monsieur,

Sauf erreur de notre part, la facture FA-25-09215 d'un montant de 1 122,00 euros, échue le 15 avril 2025, reste impayée à ce jour.

Nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais.

Le service facturation
""")

mail(cat="order_billing", ok=False, hard=True, uai="0792347X", region="nouvelle-aquitaine", platform="espace_acheteur",
     notes="Two topics: a wrong amount on an invoice (first, main) and a membership convention missing from the contract documents (contract_documents).",
     frm=("Sylvain Proust", "sylvain.proust@ac-poitiers.fr"), client="outlook", date="2025-05-28 09:12:18",
     subject="Facture erronée et convention manquante",
     body="""
Bonjour,

La facture FA-25-11502 adressée au collège Marie Curie de Thouars (UAI 0792347X) applique le tarif public au lieu du tarif négocié dans le cadre du groupement de commandes : 2 940 euros au lieu de 2 478 euros. Merci de nous envoyer une facture corrigée, nous ne pouvons pas payer celle-ci en l'état.

Par ailleurs, et c'est peut-être lié, je ne retrouve plus notre convention d'adhésion au groupement dans l'espace « Mes Marchés » : la rubrique « Documents » est vide. Pourtant nous l'avions bien signée l'an dernier.

Cordialement,

Sylvain Proust
Adjoint gestionnaire
""")

mail(cat="order_billing", ok=False, hard=True, uai="0562316N", region="bretagne", platform="espace_acheteur",
     notes="Negation: 'ce n'est pas un problème de mot de passe', he is logged in; the validate button of the order stays greyed: order validation, order_billing.",
     frm=("Mathieu Le Gurun", "mathieu.legurun@ac-rennes.fr"), client="thunderbird", date="2025-05-28 16:27:35",
     subject="Bouton Valider la commande grisé",
     body="""
Bonjour,

Avant tout : ce n'est pas un problème de mot de passe ni d'accès, je suis connecté sans difficulté, je vois mes paniers et je peux les modifier.

Mais sur le panier « Rentrée 2025 - fournitures » du collège Charles Langlais de Ploërmel (UAI 0562316N), le bouton « Valider la commande » reste grisé. Aucun message d'erreur, rien. Le montant est de 3 212 euros, les quantités sont correctes, le bon d'engagement est joint.

Est-ce une question de seuil, de délai de validité des prix ? J'ai besoin que la commande parte avant la fin juin.

Mathieu Le Gurun
Gestionnaire
""")

mail(cat="order_billing", ok=False, hard=False, uai="0170160G", region="nouvelle-aquitaine", platform="espace_acheteur",
     notes="The OGEC accountant asks for future invoices to be addressed to the OGEC (its legal name and address) rather than to the school.",
     frm=("Évelyne Tessier", "compta@stexupery-royan.example.fr"), client="outlook", date="2025-05-29 11:40:46",
     subject="Libellé des factures",
     body="""
Bonjour,

Les factures que vous adressez au collège Saint-Exupéry de Royan (UAI 0170160G) portent le nom du collège comme destinataire. Or, pour un établissement privé sous contrat comme le nôtre, c'est l'OGEC qui est juridiquement l'acheteur et qui paie. Notre commissaire aux comptes nous a fait la remarque lors de son dernier passage.

Serait-il possible, à partir de maintenant, d'établir les factures au nom de : OGEC Saint-Exupéry, 12 avenue de Pontaillac, 17200 Royan ? Et de corriger, si c'est possible, les deux factures de 2025 déjà émises ?

Je vous en remercie.

Évelyne Tessier
Comptable
""")


# =============================================================== contract_documents (8)

mail(cat="contract_documents", ok=False, hard=False, uai="0351776R", region="bretagne", platform="espace_acheteur",
     notes="The school-supplies market of the regional purchasing group no longer appears in 'Mes Marchés'.",
     frm=("Corinne Lemaître", "corinne.lemaitre@ac-rennes.fr"), client="outlook", date="2025-05-19 16:05:15",
     subject="Marché fournitures scolaires introuvable",
     body="""
Bonjour,

Le collège Les Gayeulles de Rennes (UAI 0351776R) adhère au groupement de commandes pour les fournitures scolaires et de bureau, marché 2024-038. Jusqu'à la semaine dernière, je le voyais dans « Mes Marchés » avec ses documents (CCAP, bordereau de prix, fiche de présentation).

Depuis lundi, il n'apparaît plus du tout dans la liste. Les deux autres marchés auxquels nous adhérons sont toujours là. Je dois consulter le bordereau de prix pour préparer les commandes de rentrée.

Pouvez-vous vérifier ?

Corinne Lemaître
Adjointe gestionnaire
""")

mail(cat="contract_documents", ok=False, hard=False, uai="0761229Y", region="normandie", platform="espace_acheteur",
     notes="Amendment no. 3 to the IT equipment market is announced by mail but missing from the contract documents.",
     frm=("Patrick Deshayes", "patrick.deshayes@ac-normandie.fr"), client="zimbra", date="2025-05-20 10:52:40",
     subject="Avenant n°3 absent des documents du marché",
     body="""
Bonjour,

Nous avons reçu la semaine dernière un courrier nous informant de la signature de l'avenant n° 3 au marché d'équipement informatique (prolongation d'un an et révision des prix). Le courrier précise que l'avenant est « disponible dans votre espace documentaire ».

Dans l'espace du collège Georges Brassens d'Yvetot (UAI 0761229Y), je ne trouve que le marché initial et les avenants 1 et 2. Pas de n° 3.

Pourriez-vous le mettre en ligne ou me l'envoyer ?

Cordialement,
Patrick Deshayes
""")

mail(cat="contract_documents", ok=False, hard=False, uai="0862375P", region="nouvelle-aquitaine", platform="espace_acheteur",
     notes="The membership convention document opens as an empty file (0 KB) from the contract documents.",
     frm=("Ludivine Pasquier", "ludivine.pasquier@ac-poitiers.fr"), client="outlook", date="2025-05-22 11:29:03",
     subject="Convention d'adhésion : fichier vide",
     body="""
Bonjour,

Je souhaite télécharger notre convention d'adhésion à la centrale d'achat pour la joindre au dossier du conseil d'administration (collège Camille Guérin, Poitiers, UAI 0862375P).

Quand je clique sur le document dans « Mes conventions », le téléchargement démarre mais le fichier fait 0 Ko et ne s'ouvre pas (« le fichier est endommagé »). J'ai essayé depuis deux ordinateurs différents. Les autres documents s'ouvrent normalement.

Merci de regarder,
Ludivine Pasquier
Secrétaire de gestion
""")

mail(cat="contract_documents", ok=False, hard=False, uai="0560985S", region="bretagne", platform="espace_acheteur",
     notes="The CCAP of the cleaning-products market cannot be found among the market documents.",
     frm=("Yann Ollivier", "yann.ollivier@ac-rennes.fr"), client="thunderbird", date="2025-05-23 14:02:27",
     subject="CCAP du marché produits d'entretien",
     body="""
Bonjour,

Je cherche le CCAP du marché « produits d'entretien et d'hygiène » (lot 2), auquel le collège Jules Simon de Vannes (UAI 0560985S) est rattaché depuis septembre. Dans les documents du marché, je trouve l'acte d'engagement et le bordereau de prix, mais pas le CCAP.

Or j'ai besoin de vérifier les clauses de pénalités de retard : notre dernière livraison a eu trois semaines de retard et la principale souhaite savoir ce qui est prévu.

Où puis-je le consulter ?

Yann Ollivier
Gestionnaire
""")

mail(cat="contract_documents", ok=False, hard=True, uai=None, region="pays-de-la-loire", platform="espace_acheteur",
     notes="Could see the conventions on the old platform, not on the new one since the migration; contract_documents, although the fix may be access rights (close to account_creation). No UAI; region from ac-nantes.fr.",
     frm=("Bruno Charrier", "bruno.charrier@ac-nantes.fr"), client="outlook", date="2025-05-26 09:48:51",
     subject="Conventions invisibles depuis la nouvelle plateforme",
     body="""
Bonjour,

Sur l'ancienne version de l'Espace Acheteur, je voyais sans problème, dans l'onglet « Contrats », toutes les conventions signées par mon collège : l'adhésion à la centrale, la convention de groupement pour la restauration, celle des transports scolaires.

Depuis la bascule vers la nouvelle plateforme en mars, l'onglet correspondant (« Mes conventions ») affiche « Aucun document ». Ma collègue de l'intendance, elle, les voit. Nous avons pourtant, à ma connaissance, les mêmes droits.

Est-ce un oubli lors de la reprise des comptes ?

Bruno Charrier
Adjoint gestionnaire, collège de Saint-Jean-de-Monts
""")

mail(cat="contract_documents", ok=False, hard=False, uai="0270999P", region="normandie", platform="espace_acheteur",
     in_reply_to="<REG-NORM-0441.1747659600.aa31f0@assistance.example.fr>",
     notes="Follow-up reply (Outlook quote) after the Normandie regional team's answer: the amendment they said was published is still missing.",
     frm=("Christine Lefrançois", "christine.lefrancois@ac-normandie.fr"), client="outlook", date="2025-05-27 08:56:18",
     subject="RE: [#SUP-012118] Document du marché manquant",
     body="""
Bonjour,

Merci pour votre réponse de la semaine dernière. Vous m'indiquiez que l'avenant de prolongation du marché de restauration « serait disponible sous 48 heures » dans nos documents. Une semaine plus tard, il n'y est toujours pas : je vois l'avenant n° 1 et c'est tout.

Le conseil d'administration du collège (Évreux, UAI 0270999P) doit se prononcer le 5 juin sur la poursuite du marché et nous n'avons toujours pas le texte.

Cordialement,
Christine Lefrançois

De : Assistance - équipe Normandie <support@assistance.example.fr>
Envoyé : lundi 19 mai 2025 15:00
À : Christine Lefrançois <christine.lefrancois@ac-normandie.fr>
Objet : [#SUP-012118] Document du marché manquant

Bonjour Madame,

L'avenant de prolongation a bien été signé. Il sera publié dans vos documents sous 48 heures.

Bien cordialement,
Élise, équipe régionale Normandie
""")

mail(cat="contract_documents", ok=False, hard=False, uai="0612398A", region="normandie", platform="espace_acheteur", cte="base64",
     notes="Base64 text body: the signed acte d'engagement of the regional transport market is not among the documents; only the unsigned draft is.",
     frm=("Thibault Mauger", "thibault.mauger@ac-normandie.fr"), client="thunderbird", date="2025-05-28 12:17:44",
     subject="Acte d'engagement signé introuvable",
     body="""
Bonjour,

Dans les documents du marché de transport pour les sorties scolaires (lot Orne), je ne trouve que la version non signée de l'acte d'engagement. L'agent comptable me réclame la version signée par le titulaire pour régler la première facture.

Collège Jean Monnet, Flers - UAI 0612398A.

Pouvez-vous la mettre à disposition ?

Merci,
Thibault Mauger
""")

mail(cat="contract_documents", ok=False, hard=True, uai="0492398R", region="pays-de-la-loire", platform="espace_acheteur",
     notes="Negation: 'ce n'est pas la facture que je cherche' - she wants the price schedule (bordereau de prix) of the market: contract_documents, not order_billing.",
     frm=("Hélène Jamin", "helene.jamin@ac-nantes.fr"), client="gmail", date="2025-05-29 09:05:31",
     subject="Bordereau de prix du marché papeterie",
     body="""
Bonjour,

Votre service facturation m'a renvoyée vers vous, je reformule donc : ce n'est pas la facture que je cherche, je l'ai, elle est payée, tout va bien de ce côté.

Ce que je ne trouve pas, c'est le bordereau des prix unitaires du marché de papeterie auquel nous adhérons (collège Molière, Beaufort-en-Anjou, UAI 0492398R). Je voudrais comparer les prix avant de préparer la commande de rentrée, et dans les documents du marché il n'y a que le règlement de consultation.

Où est-il ?

Hélène Jamin
""")


# =============================================================== transfer_incident (9)

mail(cat="transfer_incident", ok=False, hard=False, uai="0562257Z", region="bretagne", platform="ecoledirecte",
     notes="Private collège: the last EcoleDirecte transfer is five days old; parents no longer see grades just before the class councils.",
     frm=("Erwan Le Strat", "e.lestrat@stfrancois-lorient.example.fr"), client="outlook", date="2025-05-19 08:12:54",
     subject="Transferts EcoleDirecte arrêtés depuis mercredi",
     body="""
Bonjour,

Au collège Saint-François-Xavier de Lorient (UAI 0562257Z), le dernier transfert vers EcoleDirecte date de mercredi 14 mai au soir. Depuis, les notes, les absences et le cahier de textes saisis dans Charlemagne ne remontent plus. Les parents commencent à appeler l'accueil, et les conseils de classe du troisième trimestre démarrent le 2 juin : les professeurs principaux ont besoin que les familles voient les moyennes à jour.

Nous n'avons rien changé sur le serveur à notre connaissance. Dans le journal des transferts, la dernière ligne indique « Transfert interrompu » sans autre précision.

Pouvez-vous regarder rapidement ?

Erwan Le Strat
Responsable informatique
""")

mail(cat="transfer_incident", ok=False, hard=False, uai="0852382C", region="pays-de-la-loire", platform="ecoledirecte",
     notes="After the school's server was replaced, the Charlemagne licence must be regenerated; transfers stopped.",
     frm=("Jérémy Rousseau", "informatique@stjoseph-montaigu.example.fr"), client="gmail", date="2025-05-20 13:44:09",
     subject="Nouvelle licence suite changement de serveur",
     body="""
Bonjour,

Nous avons remplacé le serveur du collège Saint-Joseph de Montaigu (0852382C) pendant le week-end dernier. La base Charlemagne a été restaurée sur la nouvelle machine sans erreur.

Au lancement, Charlemagne affiche « Licence non valide pour ce poste » et les transferts vers EcoleDirecte ne partent plus. Je suppose que la licence est liée à l'ancien matériel.

Pouvez-vous nous générer une nouvelle licence ? L'identifiant du nouveau serveur affiché dans la fenêtre est : SRV-CHARL-02 / 4C1E-77A9.

Merci,
Jérémy Rousseau
Technicien informatique
""")

mail(cat="transfer_incident", ok=False, hard=True, uai="0501751G", region="normandie", platform="ecoledirecte",
     notes="Asks for 'le mot de passe de maintenance du jour' to reindex the database: transfer_incident per the taxonomy (daily maintenance password), not password_reset.",
     frm=("Sabrina Leconte", "s.leconte@ndp-coutances.example.fr"), client="outlook", date="2025-05-21 15:21:32",
     subject="Mot de passe du jour",
     body="""
Bonjour,

L'outil de maintenance de Charlemagne me demande le mot de passe du jour pour lancer la réindexation de la base (collège Notre-Dame de la Paix, Coutances, UAI 0501751G). C'est la procédure que votre technicien nous avait fait faire en mars quand les transferts s'étaient bloqués, et nous avons de nouveau le même symptôme : les absences de la journée n'apparaissent pas sur EcoleDirecte.

Pouvez-vous me communiquer le mot de passe de maintenance d'aujourd'hui ? Je précise que ce n'est pas mon mot de passe personnel, celui-ci fonctionne très bien.

Merci,
Sabrina Leconte
Secrétaire de direction
""")

mail(cat="transfer_incident", ok=False, hard=False, uai="0142243M", region="normandie", platform="ecoledirecte",
     notes="The new antivirus quarantines a Charlemagne executable, so transfers no longer run.",
     frm=("Alexandre Vauquelin", "a.vauquelin@institution-lisieux.example.fr"), client="thunderbird", date="2025-05-22 09:37:16",
     subject="Antivirus qui bloque l'outil de transfert",
     body="""
Bonjour,

L'OGEC a changé d'antivirus la semaine dernière sur tout le parc de l'Institution Frémont de Lisieux (UAI 0142243M). Depuis, l'antivirus met en quarantaine un fichier de Charlemagne, « CharlTransfert.exe » d'après l'alerte, et plus aucun transfert ne part vers EcoleDirecte.

Je peux restaurer le fichier et ajouter une exclusion, mais je voudrais savoir quels dossiers et exécutables exclure précisément pour ne pas laisser un trou de sécurité, et si la restauration suffit ou s'il faut réinstaller l'outil.

Cordialement,
Alexandre Vauquelin
Prestataire informatique
""")

mail(cat="transfer_incident", ok=False, hard=False, uai="0490190R", region="pays-de-la-loire", platform="ecoledirecte",
     notes="HTML-only Outlook message: several copies of the transfer tool are stuck in the task manager and the transfers hang.",
     frm=("Marion Gohier", "m.gohier@stmartin-segre.example.fr"), client="outlook_html", date="2025-05-26 10:09:44",
     subject="Transferts bloqués - plusieurs Outils.exe",
     body="""
Bonjour,

Depuis ce matin, les transferts vers EcoleDirecte ne se terminent plus au collège Saint-Martin de Segré (UAI 0490190R). La fenêtre reste sur « Transfert en cours... » pendant des heures.

Dans le gestionnaire des tâches du serveur, je vois cinq processus « Outils.exe » ouverts en même temps. J'ai essayé d'en fermer un, il revient. Je n'ose pas redémarrer le serveur en pleine journée, la comptabilité tourne dessus.

Que dois-je faire ?

Merci,

Marion Gohier
Assistante de direction
""")

mail(cat="transfer_incident", ok=False, hard=True, uai=None, region=None, platform="ecoledirecte",
     notes="Forward (Outlook 'TR:') of a parent's complaint by the head of a private school: the grades no longer reach EcoleDirecte. Written by a head, but the request is a transfer incident, not a head-of-establishment request. No UAI, private domain.",
     frm=("Philippe Guilbaud", "direction@stelouis-niort.example.fr"), client="outlook", date="2025-05-26 19:02:11",
     subject="TR: Notes de mon fils non visibles",
     body="""
Bonjour,

Je vous transmets le message d'un parent, le troisième de la semaine dans le même sens. Les notes saisies par les enseignants depuis environ dix jours n'apparaissent pas sur EcoleDirecte, alors qu'elles sont bien dans Charlemagne. Pouvez-vous voir ce qui bloque les transferts ?

Philippe Guilbaud
Chef d'établissement - Collège Saint-Louis, Niort

-----Message d'origine-----
De : M. et Mme Pacaud <famille.pacaud@orange.example.fr>
Envoyé : lundi 26 mai 2025 18:20
À : direction@stelouis-niort.example.fr
Objet : Notes de mon fils non visibles

Monsieur le Directeur,

Notre fils Théo, en 4e B, nous dit avoir eu plusieurs notes ces derniers jours, dont un contrôle de mathématiques, mais rien n'apparaît sur EcoleDirecte depuis le 15 mai. Pouvez-vous nous dire s'il y a un problème ?

Cordialement,
Sandrine Pacaud
""")

mail(cat="transfer_incident", ok=False, hard=True, uai="0611481D", region="normandie", platform="ecoledirecte",
     notes="An older secretary describes instead of naming: 'le petit programme qui envoie les notes sur internet' shows a red cross: the EcoleDirecte transfer fails.",
     frm=("Ginette Poirier", "secretariat@stthomas-laigle.example.fr"), client="outlook_old", date="2025-05-27 11:26:50",
     subject="programme des notes",
     body="""
Bonjour,

Je suis la secrétaire du collège Saint-Thomas à L'Aigle. C'est moi qui m'occupe le soir de lancer le petit programme qui envoie les notes et les absences sur internet pour les parents. D'habitude il y a une coche verte à la fin.

Depuis vendredi il y a une croix rouge à la place, et un message que je ne comprends pas, quelque chose comme « erreur de connexion au serveur distant ». J'ai éteint et rallumé l'ordinateur comme on me l'a appris, ça n'a rien changé.

Le code du collège est le 0611481D si vous en avez besoin.

Merci de votre aide,
Ginette Poirier
""")

mail(cat="transfer_incident", ok=False, hard=False, uai="0172002J", region="nouvelle-aquitaine", platform="ecoledirecte",
     notes="A new firewall/proxy was installed; the transfer diagnostic fails on the connection test; asks which ports and addresses to open.",
     frm=("Cédric Baudry", "cedric.baudry@it-charente-maritime.example.fr"), client="thunderbird", date="2025-05-28 14:05:38",
     subject="Paramètres proxy pour les transferts EcoleDirecte",
     body="""
Bonjour,

Nous avons installé mardi un nouveau pare-feu avec proxy filtrant au collège privé Fénelon-Notre-Dame de La Rochelle (UAI 0172002J). Depuis, les transferts EcoleDirecte échouent. L'outil de diagnostic de Charlemagne indique « Test de connexion : échec » à l'étape HTTPS.

Pouvez-vous me communiquer les noms d'hôtes et ports à autoriser, et me dire si l'outil de transfert sait passer par un proxy authentifié ou s'il faut une exception sans authentification ?

Merci,
Cédric Baudry
Prestataire informatique
""")

mail(cat="transfer_incident", ok=False, hard=False, uai="0531186B", region="pays-de-la-loire", platform="ecoledirecte",
     in_reply_to="<SUP-012154.1747743000.1f8e6b@assistance.example.fr>",
     notes="Reply in a thread (Gmail English-locale quote header, French text): after the desk's fix the transfers ran one day, then stopped again.",
     frm=("Antoine Lemercier", "a.lemercier@stjean-mayenne.example.fr"), client="gmail", date="2025-05-28 08:40:06",
     subject="Re: [#SUP-012154] Transferts EcoleDirecte en échec",
     body="""
Bonjour,

Je reviens vers vous : après votre intervention à distance mardi dernier, les transferts ont fonctionné mercredi et jeudi, puis plus rien depuis vendredi. Même message d'erreur qu'avant (« échec de l'envoi, code 502 »).

Collège Saint-Jean, Mayenne - 0531186B. Je suis disponible toute la journée pour une nouvelle prise en main.

Antoine Lemercier

On Tue, May 20, 2025 at 2:10 PM Assistance <support@assistance.example.fr> wrote:
> Bonjour,
>
> Nous avons relancé le service de transfert et réinitialisé la réplication.
> Les transferts devraient reprendre dès ce soir.
>
> Cordialement,
> L'équipe d'assistance
""")


# =============================================================== automated (20)
# Machine-written mail: the headers and MIME structure are written out by hand, the way each
# MTA / client / platform shapes them. {DATE}, {DATE_UTC} and {MID} are filled in by build_custom.

mail(cat="automated", ok=False, hard=False, uai=None, region=None, platform=None,
     notes="Postfix bounce (multipart/report delivery-status, original attached), null Return-Path: the desk's answer to a departed librarian's address at a private school.",
     envelope="MAILER-DAEMON@mail.stvincent-rennes.example.fr", null_rp=True, relay="mail.stvincent-rennes.example.fr",
     auth={"dkim": "none", "spf": "pass", "dmarc": "none", "mailfrom": "mail.stvincent-rennes.example.fr"},
     date="2025-05-19 10:04:51",
     raw="""
From: MAILER-DAEMON@mail.stvincent-rennes.example.fr (Mail Delivery System)
To: support@assistance.example.fr
Subject: Undelivered Mail Returned to Sender
Date: {DATE}
Message-Id: <20250519080451.6C2E51A0F3@mail.stvincent-rennes.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status;
 boundary="6C2E51A0F3.1747641891/mail.stvincent-rennes.example.fr"

This is a MIME-encapsulated message.

--6C2E51A0F3.1747641891/mail.stvincent-rennes.example.fr
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.stvincent-rennes.example.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<f.daniel@stvincent-rennes.example.fr>: host 127.0.0.1[127.0.0.1] said: 550
    5.1.1 <f.daniel@stvincent-rennes.example.fr>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--6C2E51A0F3.1747641891/mail.stvincent-rennes.example.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.stvincent-rennes.example.fr
X-Postfix-Queue-ID: 6C2E51A0F3
X-Postfix-Sender: rfc822; support@assistance.example.fr
Arrival-Date: Mon, 19 May 2025 10:04:50 +0200 (CEST)

Final-Recipient: rfc822; f.daniel@stvincent-rennes.example.fr
Original-Recipient: rfc822;f.daniel@stvincent-rennes.example.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 550 5.1.1 <f.daniel@stvincent-rennes.example.fr>:
    Recipient address rejected: User unknown in virtual mailbox table

--6C2E51A0F3.1747641891/mail.stvincent-rennes.example.fr
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Assistance <support@assistance.example.fr>
To: =?utf-8?q?Fran=C3=A7oise_Daniel?= <f.daniel@stvincent-rennes.example.fr>
Subject: [#SUP-012055] Abonnement Cafeyn
Date: Mon, 19 May 2025 10:04:48 +0200
Message-ID: <SUP-012055.1747641888.8e02c1@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Votre abonnement a bien =C3=A9t=C3=A9 command=C3=A9. L'activation d'une res=
source peut prendre jusqu'=C3=A0 72 heures apr=C3=A8s la validation de la c=
ommande.

Cordialement,
L'=C3=A9quipe d'assistance

--6C2E51A0F3.1747641891/mail.stvincent-rennes.example.fr--
""")

mail(cat="automated", ok=False, hard=False, uai=None, region=None, platform=None,
     notes="Exim bounce as plain text (no multipart/report, no Auto-Submitted): the null Return-Path, the Mailer-Daemon sender and the wording show it is automatic. Mailbox over quota at a small host.",
     envelope="mailer-daemon@mx2.hebergement-ouest.example.fr", null_rp=True, relay="mx2.hebergement-ouest.example.fr",
     auth={"dkim": "none", "spf": "none", "dmarc": "none", "mailfrom": "mx2.hebergement-ouest.example.fr"},
     date="2025-05-20 14:31:07",
     raw="""
X-Failed-Recipients: cdi@ecole-stjoseph-pornic.example.fr
From: Mail Delivery System <Mailer-Daemon@mx2.hebergement-ouest.example.fr>
To: support@assistance.example.fr
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1uHK7b-0003Qx-Lm@mx2.hebergement-ouest.example.fr>
Date: {DATE}

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  cdi@ecole-stjoseph-pornic.example.fr
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <support@assistance.example.fr>
Received: from out1.assistance.example.fr ([203.0.113.10])
	by mx2.hebergement-ouest.example.fr with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97)
	(envelope-from <support@assistance.example.fr>)
	id 1uH5Zp-0001bT-0k
	for cdi@ecole-stjoseph-pornic.example.fr;
	Mon, 19 May 2025 14:30:41 +0200
From: Assistance <support@assistance.example.fr>
To: cdi@ecole-stjoseph-pornic.example.fr
Subject: [#SUP-012063] Votre demande
Date: Mon, 19 May 2025 14:30:40 +0200
Message-ID: <SUP-012063.1747657840.51d7aa@assistance.example.fr>
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,

Nous avons bien reçu votre demande. Elle sera traitée par l'équipe de votre région dans les meilleurs délais.

Cordialement,
L'équipe d'assistance
""")

mail(cat="automated", ok=False, hard=False, uai=None, region=None, platform=None,
     notes="Exchange Online non-delivery report in French ('Non remis :'): recipient mailbox full (5.2.2), multipart/report with an HTML explanation and the original headers.",
     envelope="", null_rp=True, relay="PAUP264CU001.outbound.protection.outlook.com",
     auth={"dkim": "none", "spf": "pass", "dmarc": "none", "mailfrom": "PAUP264CU001.outbound.protection.outlook.com"},
     date="2025-05-21 09:15:33",
     raw="""
From: postmaster@ndesperance-brest.example.fr
To: support@assistance.example.fr
Date: {DATE_UTC}
Subject: =?iso-8859-1?Q?Non_remis=A0:_[#SUP-012140]_Lien_de_r=E9initialisation?=
Content-Type: multipart/report; report-type=delivery-status;
	boundary="e1f7b3a6-2c19-4a8e-9f51-0b6c3d7e4a22"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
Message-ID: <8d4e2b1c-7a3f-4e9d-b2c6-1f0a9e8d7c65@PAYP264MB3319.FRAP264.PROD.OUTLOOK.COM>
In-Reply-To: <SUP-012140.1747811730.0c9d3e@assistance.example.fr>
References: <SUP-012140.1747811730.0c9d3e@assistance.example.fr>
Thread-Topic: [#SUP-012140] Lien de =?iso-8859-1?Q?r=E9initialisation?=
Thread-Index: AQHbygK7x2m0rwNnHUOVg1f6rT9Dqw==
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Auto-Submitted: auto-replied

--e1f7b3a6-2c19-4a8e-9f51-0b6c3d7e4a22
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="5b8c1e2d-9f3a-47b6-a0d4-8e2f1c6b9a37"

--5b8c1e2d-9f3a-47b6-a0d4-8e2f1c6b9a37
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Votre message n'a pas pu =EAtre remis =E0 mbr.cdi@ndesperance-brest.example.fr=
, car la bo=EEte aux lettres du destinataire est pleine.

Action requise du destinataire
Le destinataire doit lib=E9rer de l'espace dans sa bo=EEte aux lettres.

Informations de diagnostic pour les administrateurs :
Serveur de g=E9n=E9ration : PAYP264MB3319.FRAP264.PROD.OUTLOOK.COM
mbr.cdi@ndesperance-brest.example.fr
Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:Q=
uotaExceededException.MapiExceptionShutoffQuotaExceeded'

--5b8c1e2d-9f3a-47b6-a0d4-8e2f1c6b9a37
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head><body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Segoe UI">Votre message n'a=
 pas pu =EAtre remis =E0 mbr.cdi@ndesperance-brest.example.fr, car la bo=EEte=
 aux lettres du destinataire est pleine.</font></b></p>
<p><font color=3D"#000000" size=3D"2" face=3D"Segoe UI">Le destinataire doit=
 lib=E9rer de l'espace dans sa bo=EEte aux lettres.</font></p>
</body></html>

--5b8c1e2d-9f3a-47b6-a0d4-8e2f1c6b9a37--

--e1f7b3a6-2c19-4a8e-9f51-0b6c3d7e4a22
Content-Type: message/delivery-status

Reporting-MTA: dns;PAYP264MB3319.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;out2.assistance.example.fr
Arrival-Date: Wed, 21 May 2025 07:15:30 +0000

Final-Recipient: rfc822;mbr.cdi@ndesperance-brest.example.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--e1f7b3a6-2c19-4a8e-9f51-0b6c3d7e4a22
Content-Type: text/rfc822-headers

From: Assistance <support@assistance.example.fr>
To: <mbr.cdi@ndesperance-brest.example.fr>
Subject: [#SUP-012140] Lien de =?utf-8?q?r=C3=A9initialisation?=
Date: Wed, 21 May 2025 09:15:30 +0200
Message-ID: <SUP-012140.1747811730.0c9d3e@assistance.example.fr>
Auto-Submitted: auto-replied

--e1f7b3a6-2c19-4a8e-9f51-0b6c3d7e4a22--
""")

mail(cat="automated", ok=False, hard=False, uai=None, region=None, platform=None,
     notes="Exchange Online out-of-office in French for the Ascension bridge ('Réponse automatique :'), Auto-Submitted: auto-generated and X-Auto-Response-Suppress, in reply to a desk message.",
     envelope="l.pichard@stjb-pouzauges.example.fr", relay="MRZP264CU001.outbound.protection.outlook.com",
     date="2025-05-28 16:02:18",
     raw="""
From: Laetitia Pichard <l.pichard@stjb-pouzauges.example.fr>
To: Assistance <support@assistance.example.fr>
Subject: =?iso-8859-1?Q?R=E9ponse_automatique=A0:_[#SUP-012455]_Commande_en_attent?=
 =?iso-8859-1?Q?e_de_validation?=
Thread-Topic: [#SUP-012455] Commande en attente de validation
Thread-Index: AQHb0A9cE0t3b2y1m0K8gQ3u7Hn8Zw==
Date: {DATE_UTC}
Message-ID: <MR1P264MB42217F1C0D3B8E4A9C16E2B8DA93A@MR1P264MB4221.FRAP264.PROD.OUTLOOK.COM>
References: <SUP-012455.1748440920.7e1f20@assistance.example.fr>
In-Reply-To: <SUP-012455.1748440920.7e1f20@assistance.example.fr>
Accept-Language: fr-FR, en-US
Content-Language: fr-FR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis absente du mercredi 28 mai au soir au lundi 2 juin inclus (pont de l=
'Ascension). Pour toute question concernant la comptabilit=E9, merci de vou=
s adresser =E0 l'accueil du coll=E8ge Saint-Jean-Baptiste au 02 51 57 11 40=
.

Cordialement,
Laetitia Pichard
Comptable
""")

mail(cat="automated", ok=False, hard=False, uai=None, region=None, platform=None, lang="en",
     notes="English Exchange 'Automatic reply:' from a teacher at a private international school, with Auto-Submitted and X-Auto-Response-Suppress.",
     envelope="j.mcallister@international-nantes.example.fr", relay="PR0P264CU002.outbound.protection.outlook.com",
     date="2025-05-29 07:41:55",
     raw="""
From: James McAllister <j.mcallister@international-nantes.example.fr>
To: Assistance <support@assistance.example.fr>
Subject: Automatic reply: [#SUP-012470] Library account
Thread-Topic: [#SUP-012470] Library account
Thread-Index: AQHb0Ln8d6F0Kd3q2kyX5hYbT0u1Ag==
Date: {DATE_UTC}
Message-ID: <PA4P264MB6116A2D0E9C7B45F18E3C9D20B14A@PA4P264MB6116.FRAP264.PROD.OUTLOOK.COM>
References: <SUP-012470.1748497200.c2a9f4@assistance.example.fr>
In-Reply-To: <SUP-012470.1748497200.c2a9f4@assistance.example.fr>
Accept-Language: en-GB, fr-FR
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_PA4P264MB6116A2D0E9C7B45F18E3C9D20B14APA4P264MB6116FRAP_"

--_000_PA4P264MB6116A2D0E9C7B45F18E3C9D20B14APA4P264MB6116FRAP_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Thank you for your email. I am away for the Ascension bank holiday and will=
 be back in school on Monday 2 June. For anything urgent regarding the Engl=
ish section, please contact the school office.

Best wishes,
James McAllister

--_000_PA4P264MB6116A2D0E9C7B45F18E3C9D20B14APA4P264MB6116FRAP_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dus-ascii"></head><body><div>Thank you for your email. I am away for the =
Ascension bank holiday and will be back in school on Monday 2 June. For anyt=
hing urgent regarding the English section, please contact the school office=
.</div><div><br></div><div>Best wishes,<br>James McAllister</div></body></ht=
ml>

--_000_PA4P264MB6116A2D0E9C7B45F18E3C9D20B14APA4P264MB6116FRAP_--
""")

mail(cat="automated", ok=False, hard=False, uai="0220197V", region="bretagne", platform=None,
     notes="Academic webmail vacation reply from a collège office's ce.<UAI>@ac-rennes.fr address: 'Auto-Submitted: auto-replied (zimbra; vacation)'. The UAI comes from the address.",
     envelope="ce.0220197V@ac-rennes.fr", relay="smtp2.ac-rennes.fr", hop=False,
     date="2025-05-29 09:20:40",
     raw="""
Date: {DATE}
From: =?utf-8?Q?Coll=C3=A8ge_Val_d=27Arguenon?= <ce.0220197V@ac-rennes.fr>
To: support@assistance.example.fr
Message-ID: <1984430221.884213.1748503240111.JavaMail.zimbra@ac-rennes.fr>
In-Reply-To: <SUP-012481.1748503200.3b77d0@assistance.example.fr>
Subject: =?utf-8?Q?Re:_[#SUP-012481]_Votre_demande_concernant_le_portail?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.13_GA_0500

Bonjour,

Le coll=C3=A8ge est ferm=C3=A9 du jeudi 29 mai au dimanche 1er juin inclus.=
 Votre message sera trait=C3=A9 =C3=A0 la r=C3=A9ouverture du secr=C3=A9tar=
iat, le lundi 2 juin =C3=A0 8 h.

Le secr=C3=A9tariat
""")

mail(cat="automated", ok=False, hard=False, uai=None, region=None, platform=None,
     notes="Gmail (Google Workspace) vacation responder in French from a private school: Auto-Submitted: auto-replied, 'Absence' subject prefix.",
     envelope="cdi@stpierre-chatellerault.example.fr", relay="mail-wm1-f52.google.com", client="gmail", hop=False,
     date="2025-05-23 12:10:02",
     raw="""
MIME-Version: 1.0
From: CDI Saint-Pierre <cdi@stpierre-chatellerault.example.fr>
Date: {DATE}
Message-ID: <CAL1e9vQ_auto.vacation.5fJ2b7Hk0tPq@mail.gmail.com>
Subject: =?UTF-8?Q?Absence_du_CDI_=E2=80=93_Re=3A_=5B=23SUP=2D012330=5D_Ressources_num=C3=A9riques?=
To: support@assistance.example.fr
In-Reply-To: <SUP-012330.1747994400.6c5d12@assistance.example.fr>
References: <SUP-012330.1747994400.6c5d12@assistance.example.fr>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000b1a4c50635d11e27"

--000000000000b1a4c50635d11e27
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Le CDI est ferm=C3=A9 jusqu'au 2 juin : la documentaliste accompagne le voya=
ge des 4e en Angleterre. Les messages seront lus =C3=A0 son retour.

Bonne journ=C3=A9e,
Le CDI du coll=C3=A8ge Saint-Pierre

--000000000000b1a4c50635d11e27
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Bonjour,<br><br>Le CDI est ferm=C3=A9 jusqu'au 2 juin : la =
documentaliste accompagne le voyage des 4e en Angleterre. Les messages seron=
t lus =C3=A0 son retour.<br><br>Bonne journ=C3=A9e,<br>Le CDI du coll=C3=A8g=
e Saint-Pierre</div>

--000000000000b1a4c50635d11e27--
""")

mail(cat="automated", ok=False, hard=False, uai=None, region=None, platform=None,
     notes="Sendmail 'Returned mail: see transcript for details': host unknown after a school changed its domain; multipart/report with the original headers.",
     envelope="MAILER-DAEMON@relais.ec-ouest.example.fr", null_rp=True, relay="relais.ec-ouest.example.fr",
     auth={"dkim": "none", "spf": "pass", "dmarc": "none", "mailfrom": "relais.ec-ouest.example.fr"},
     date="2025-05-22 06:12:44",
     raw="""
Date: {DATE}
From: Mail Delivery Subsystem <MAILER-DAEMON@relais.ec-ouest.example.fr>
Message-Id: <202505220412.54M4CiT9018827@relais.ec-ouest.example.fr>
To: <support@assistance.example.fr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="54M4CiT9018827.1747887164/relais.ec-ouest.example.fr"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--54M4CiT9018827.1747887164/relais.ec-ouest.example.fr

The original message was received at Wed, 21 May 2025 16:10:02 +0200
from out1.assistance.example.fr [203.0.113.10]

   ----- The following addresses had permanent fatal errors -----
<documentation@ecole-ndbonsecours-caen.example.fr>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 <documentation@ecole-ndbonsecours-caen.example.fr>... Host unknown (Name server: ecole-ndbonsecours-caen.example.fr: host not found)

--54M4CiT9018827.1747887164/relais.ec-ouest.example.fr
Content-Type: message/delivery-status

Reporting-MTA: dns; relais.ec-ouest.example.fr
Received-From-MTA: DNS; out1.assistance.example.fr
Arrival-Date: Wed, 21 May 2025 16:10:02 +0200

Final-Recipient: RFC822; documentation@ecole-ndbonsecours-caen.example.fr
Action: failed
Status: 5.1.2
Remote-MTA: DNS; ecole-ndbonsecours-caen.example.fr
Last-Attempt-Date: Thu, 22 May 2025 06:12:44 +0200

--54M4CiT9018827.1747887164/relais.ec-ouest.example.fr
Content-Type: text/rfc822-headers

Return-Path: <support@assistance.example.fr>
From: Assistance <support@assistance.example.fr>
To: documentation@ecole-ndbonsecours-caen.example.fr
Subject: [#SUP-012171] Publication de ressource
Date: Wed, 21 May 2025 16:10:00 +0200
Message-ID: <SUP-012171.1747836600.94be3a@assistance.example.fr>
Auto-Submitted: auto-replied

--54M4CiT9018827.1747887164/relais.ec-ouest.example.fr--
""")

mail(cat="automated", ok=False, hard=False, uai=None, region=None, platform=None,
     notes="qmail bounce in plain text ('Hi. This is the qmail-send program'), null Return-Path, no Auto-Submitted: automatic by its sender and wording.",
     envelope="", null_rp=True, relay="mail.vieux-serveur-ogec.example.fr",
     auth={"dkim": "none", "spf": "none", "dmarc": "none", "mailfrom": "mail.vieux-serveur-ogec.example.fr"},
     date="2025-05-23 18:30:26",
     raw="""
Date: {DATE}
From: MAILER-DAEMON@mail.vieux-serveur-ogec.example.fr
To: support@assistance.example.fr
Subject: failure notice
Message-ID: <20250523163026.27713.qmail@mail.vieux-serveur-ogec.example.fr>

Hi. This is the qmail-send program at mail.vieux-serveur-ogec.example.fr.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<econome@vieux-serveur-ogec.example.fr>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@assistance.example.fr>
Received: (qmail 27711 invoked from network); 23 May 2025 16:30:25 -0000
Received: from out2.assistance.example.fr (203.0.113.11)
  by mail.vieux-serveur-ogec.example.fr with SMTP; 23 May 2025 16:30:25 -0000
From: Assistance <support@assistance.example.fr>
To: econome@vieux-serveur-ogec.example.fr
Subject: [#SUP-012352] Facture FA-25-10988
Date: Fri, 23 May 2025 18:30:24 +0200
Message-ID: <SUP-012352.1748017824.e40b77@assistance.example.fr>
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="utf-8"

Bonjour,

Votre demande a été transmise au service facturation.

Cordialement,
L'équipe d'assistance
""")

mail(cat="automated", ok=False, hard=False, uai=None, region=None, platform=None,
     notes="Vendor newsletter from a youth-press publisher: List-Id, List-Unsubscribe with one-click, Precedence: bulk; HTML and text.",
     envelope="bounce-7731-support=assistance.example.fr@news.editions-jeunesse.example.fr", relay="mta12.news.editions-jeunesse.example.fr",
     date="2025-05-20 07:00:03",
     raw="""
From: =?utf-8?Q?=C3=89ditions_Plume_Jeunesse?= <newsletter@news.editions-jeunesse.example.fr>
Reply-To: ne-pas-repondre@editions-jeunesse.example.fr
To: support@assistance.example.fr
Subject: =?utf-8?Q?=F0=9F=93=9A_Nos_nouveaut=C3=A9s_de_juin_pour_les_CDI_et_BCD_?=
 =?utf-8?Q?+_offre_sp=C3=A9ciale_rentr=C3=A9e?=
Date: {DATE}
Message-ID: <nl-2025-06.7731.a9f1e0@news.editions-jeunesse.example.fr>
List-Id: <lettre-cdi.news.editions-jeunesse.example.fr>
List-Unsubscribe: <https://news.editions-jeunesse.example.fr/u/7731/a9f1e0>, <mailto:unsubscribe-7731@news.editions-jeunesse.example.fr>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
Feedback-ID: 7731:lettre-cdi:plume
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="==PLUME_b7e2a91c40=="

--==PLUME_b7e2a91c40==
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Nos nouveaut=C3=A9s de juin pour les CDI et BCD

- =C2=AB Les Gardiens du phare =C2=BB, tome 3 : la s=C3=A9rie pr=C3=A9f=C3=
=A9r=C3=A9e des 9-12 ans revient !
- Un documentaire sur les oc=C3=A9ans, con=C3=A7u avec des enseignants de S=
VT
- Offre rentr=C3=A9e : -15 % sur les commandes pass=C3=A9es avant le 30 jui=
n avec le code CDI2025

Voir toutes les nouveaut=C3=A9s : https://news.editions-jeunesse.example.fr=
/c/7731/juin

Vous recevez ce message car vous =C3=AAtes inscrit =C3=A0 la lettre CDI.
Se d=C3=A9sinscrire : https://news.editions-jeunesse.example.fr/u/7731/a9f1=
e0

--==PLUME_b7e2a91c40==
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><body style=3D"margin:0;background:#f4efe6"><table wid=
th=3D"600" align=3D"center" style=3D"background:#ffffff;font-family:Georgia,=
serif"><tr><td style=3D"padding:24px"><h1 style=3D"color:#7a3e12">Nos nouve=
aut=C3=A9s de juin</h1><p>Pour les CDI et les BCD : la suite des <b>Gardien=
s du phare</b>, un documentaire sur les oc=C3=A9ans et notre offre de rentr=
=C3=A9e (-15 % avec le code <b>CDI2025</b>).</p><p><a href=3D"https://news.=
editions-jeunesse.example.fr/c/7731/juin">Voir les nouveaut=C3=A9s</a></p><=
p style=3D"font-size:11px;color:#888">Se d=C3=A9sinscrire : <a href=3D"http=
s://news.editions-jeunesse.example.fr/u/7731/a9f1e0">ici</a></p></td></tr><=
/table><img src=3D"https://news.editions-jeunesse.example.fr/o/7731/a9f1e0.=
gif" width=3D"1" height=3D"1" alt=3D""></body></html>

--==PLUME_b7e2a91c40==--
""")

mail(cat="automated", ok=False, hard=False, uai=None, region=None, platform="ticket_portal",
     notes="Ticket-portal notification to the desk: a supplier answered a ticket the desk opened. Auto-Submitted: auto-generated, no-reply sender.",
     envelope="no-reply@portail-tickets.example.fr", relay="notif1.portail-tickets.example.fr",
     date="2025-05-26 11:47:19",
     raw="""
From: Portail de tickets <no-reply@portail-tickets.example.fr>
To: support@assistance.example.fr
Subject: =?utf-8?Q?[Ticket_T-88213]_Nouvelle_r=C3=A9ponse_de_l=27=C3=A9diteur?=
Date: {DATE}
Message-ID: <ticket-T-88213-update-5@portail-tickets.example.fr>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,

Une nouvelle réponse a été publiée sur le ticket T-88213 « Import des notices en erreur - collèges du Finistère ».

Auteur : Support éditeur
Statut : En attente de votre retour

Consultez le ticket : https://portail-tickets.example.fr/tickets/T-88213

Ceci est un message automatique, merci de ne pas y répondre.
""")

mail(cat="automated", ok=False, hard=True, uai=None, region=None, platform="esignature",
     notes="E-signature 'document signé' notification for a convention: transactional mail without Auto-Submitted, Precedence or list headers; only the no-reply sender and the wording show it is automatic.",
     envelope="notifications@esignature.example.fr", relay="mail-out3.esignature.example.fr",
     date="2025-05-27 17:03:55",
     raw="""
From: Signature en ligne <notifications@esignature.example.fr>
To: support@assistance.example.fr
Subject: =?utf-8?Q?Document_sign=C3=A9_par_toutes_les_parties_:_Convention_d?=
 =?utf-8?Q?=27adh=C3=A9sion_-_Coll=C3=A8ge_Saint-Joseph_Flers?=
Date: {DATE}
Message-ID: <env-4f81c2d7e9b0.completed@esignature.example.fr>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="sig-b91d0e4a"

--sig-b91d0e4a
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Le document =C2=AB Convention d'adh=C3=A9sion - Coll=C3=A8ge Saint-Joseph Fl=
ers =C2=BB a =C3=A9t=C3=A9 sign=C3=A9 par toutes les parties.

Signataires :
- Assistance (exp=C3=A9diteur), le 26/05/2025
- Chef d'=C3=A9tablissement, le 27/05/2025

Le document sign=C3=A9 et son certificat de preuve sont disponibles pendant=
 90 jours : https://esignature.example.fr/d/4f81c2d7e9b0

Signature en ligne

--sig-b91d0e4a
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif"><p>Bonjour,</p><p>Le doc=
ument <b>Convention d'adh=C3=A9sion - Coll=C3=A8ge Saint-Joseph Flers</b> a =
=C3=A9t=C3=A9 sign=C3=A9 par toutes les parties.</p><p><a href=3D"https://e=
signature.example.fr/d/4f81c2d7e9b0" style=3D"background:#1a73e8;color:#fff=
;padding:8px 16px;text-decoration:none">Voir le document</a></p></body></ht=
ml>

--sig-b91d0e4a--
""")

mail(cat="automated", ok=False, hard=False, uai=None, region=None, platform="espace_acheteur",
     notes="Espace Acheteur no-reply notification to the desk (administrator of structures that have none): an account awaits validation. Auto-Submitted: auto-generated.",
     envelope="no-reply@espace-acheteur.example.fr", relay="smtp-notif.espace-acheteur.example.fr",
     date="2025-05-28 07:30:00",
     raw="""
From: Espace Acheteur <no-reply@espace-acheteur.example.fr>
To: support@assistance.example.fr
Subject: =?utf-8?Q?Un_compte_est_en_attente_de_validation?=
Date: {DATE}
Message-ID: <validation-req-66120.1748410200@espace-acheteur.example.fr>
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Un nouvel utilisateur demande l'acc=C3=A8s =C3=A0 une structure dont vous =
=C3=AAtes l'administrateur par d=C3=A9faut :

Structure : Coll=C3=A8ge de Saint-Pierre-sur-Dives
Utilisateur : Vincent Lechevalier
Demande d=C3=A9pos=C3=A9e le : 06/05/2025

Pour valider ou refuser cette demande, connectez-vous =C3=A0 l'administrati=
on de l'Espace Acheteur.

Ce message est envoy=C3=A9 automatiquement, merci de ne pas y r=C3=A9pondre.
""")

mail(cat="automated", ok=False, hard=False, uai=None, region="nouvelle-aquitaine", platform=None,
     notes="Outlook read receipt in French ('Lu :'), multipart/report disposition-notification, from an ac-poitiers.fr user; region from the sender domain.",
     envelope="valerie.roy@ac-poitiers.fr", relay="smtp4.ac-poitiers.fr", client="outlook_old",
     date="2025-05-21 08:03:12",
     raw="""
From: =?iso-8859-1?Q?Val=E9rie_Roy?= <valerie.roy@ac-poitiers.fr>
To: <support@assistance.example.fr>
Subject: =?iso-8859-1?Q?Lu=A0:_[#SUP-012139]_Activation_de_votre_abonnement?=
Date: {DATE}
Message-ID: {MID}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0021_01DBCA12.5E8C1A40"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdvKEl6M0b3Ht2nDQK2kH1Cqz8f1aw==
Content-Language: fr

This is a multipart message in MIME format.

------=_NextPart_000_0021_01DBCA12.5E8C1A40
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C0 : Val=E9rie Roy
  Objet : [#SUP-012139] Activation de votre abonnement
  Envoy=E9 : mardi 20 mai 2025 17:44:31 (UTC+01:00) Bruxelles, Copenhague, Madri=
d, Paris

a =E9t=E9 lu le mercredi 21 mai 2025 08:03:09 (UTC+01:00) Bruxelles, Copenha=
gue, Madrid, Paris.

------=_NextPart_000_0021_01DBCA12.5E8C1A40
Content-Type: message/disposition-notification

Reporting-UA: valerie.roy@ac-poitiers.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822;valerie.roy@ac-poitiers.fr
Original-Message-ID: <SUP-012139.1747755871.b04e2a@assistance.example.fr>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0021_01DBCA12.5E8C1A40--
""")

mail(cat="automated", ok=False, hard=True, uai=None, region="pays-de-la-loire", platform=None,
     notes="Out-of-office written by a client-side rule: no Auto-Submitted, no Precedence, no In-Reply-To; only the wording ('message automatique', absence dates) shows it is automatic. Region from ac-nantes.fr.",
     envelope="christophe.bouvier@ac-nantes.fr", relay="smtp3.ac-nantes.fr", client="thunderbird",
     date="2025-05-29 10:14:47",
     raw="""
Message-ID: {MID}
Date: {DATE}
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Christophe Bouvier <christophe.bouvier@ac-nantes.fr>
To: support@assistance.example.fr
Subject: =?UTF-8?Q?Absent_=E2=80=93_Re:_Votre_demande_[#SUP-012487]?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Message automatique

Bonjour,

Je suis absent du 29 mai au 1er juin et ne consulte pas ma messagerie.
Pour les questions urgentes relatives à l'intendance du collège, vous 
pouvez joindre Mme Ricou au standard.

Christophe Bouvier
Adjoint gestionnaire
""")

mail(cat="automated", ok=False, hard=True, uai=None, region="normandie", platform="esidoc",
     notes="A documentaliste's real question about the e-sidoc password and MailInBlack, but posted to an academic mailing list the desk is subscribed to (List-Id, Precedence: list, Sympa headers): not written to us, never answered. Region from the sender's ac-normandie.fr address.",
     envelope="doc-normandie-owner@listes.ac-normandie.fr", relay="listes.ac-normandie.fr",
     date="2025-05-22 13:27:09",
     raw="""
From: =?utf-8?Q?Ma=C3=ABlle_Toutain?= <maelle.toutain@ac-normandie.fr>
To: doc-normandie@listes.ac-normandie.fr
Subject: [doc-normandie] mot de passe e-sidoc et MailInBlack ?
Date: {DATE}
Message-ID: <7a1d2e90-44b3-4c1f-9e0b-5d8a3f6c2e71@ac-normandie.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"; format=flowed
Content-Transfer-Encoding: 8bit
List-Id: <doc-normandie.listes.ac-normandie.fr>
List-Archive: <https://listes.ac-normandie.fr/sympa/arc/doc-normandie>
List-Help: <mailto:sympa@listes.ac-normandie.fr?subject=help>
List-Post: <mailto:doc-normandie@listes.ac-normandie.fr>
List-Subscribe: <mailto:sympa@listes.ac-normandie.fr?subject=subscribe%20doc-normandie>
List-Unsubscribe: <mailto:sympa@listes.ac-normandie.fr?subject=unsubscribe%20doc-normandie>
List-Owner: <mailto:doc-normandie-request@listes.ac-normandie.fr>
Precedence: list
X-Loop: doc-normandie@listes.ac-normandie.fr
X-Sequence: 4417

Bonjour à toutes et tous,

Quelqu'un a-t-il déjà eu ce souci : je demande un nouveau mot de passe 
pour l'admin e-sidoc et le mail n'arrive jamais. Une collègue me dit 
que c'est peut-être MailInBlack, mais il me semble qu'on ne l'a pas sur 
les adresses académiques ?

Merci de vos lumières,
Maëlle (collège de Bayeux)
""")

mail(cat="automated", ok=False, hard=True, uai=None, region=None, platform=None,
     notes="The MailInBlack sender-authentication challenge sent back to the desk after it answered a school: machine text asking the desk to prove it is human. Names MailInBlack, but it is an automated message, not a user's request.",
     envelope="challenge@protect.mailinblack.example.fr", relay="out-fr3.protect.mailinblack.example.fr",
     date="2025-05-23 09:01:38",
     raw="""
From: "Mailinblack - authentification" <challenge@protect.mailinblack.example.fr>
To: support@assistance.example.fr
Subject: =?utf-8?Q?Votre_message_=C3=A0_gestion=40college-kerichen=2Eexample=2Efr_est_en_attente?=
Date: {DATE}
Message-ID: <chl-20250523-0f3b9d21a7@protect.mailinblack.example.fr>
Auto-Submitted: auto-replied
X-Mailinblack-Challenge: 1
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="mib-71c0a2"

--mib-71c0a2
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Vous avez envoy=C3=A9 un message =C3=A0 gestion@college-kerichen.example.fr=
. Ce destinataire est prot=C3=A9g=C3=A9 par Mailinblack.

Pour que votre message lui soit remis, merci de confirmer que vous =C3=AAtes=
 une personne en cliquant sur le lien ci-dessous et en recopiant le code af=
fich=C3=A9 :

https://protect.mailinblack.example.fr/auth/0f3b9d21a7

Cette d=C3=A9marche n'est demand=C3=A9e qu'une seule fois.

--mib-71c0a2
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body><p>Bonjour,</p><p>Vous avez envoy=C3=A9 un message =C3=A0 <b>ge=
stion@college-kerichen.example.fr</b>. Ce destinataire est prot=C3=A9g=C3=
=A9 par Mailinblack.</p><p><a href=3D"https://protect.mailinblack.example.f=
r/auth/0f3b9d21a7">Je confirme que je suis une personne</a></p></body></htm=
l>

--mib-71c0a2--
""")

mail(cat="automated", ok=False, hard=False, uai=None, region=None, platform=None,
     notes="Exchange Online delay notice in French ('Remise différée :'): not a failure, still automatic (multipart/report, Action: delayed).",
     envelope="", null_rp=True, relay="MRWP264CU003.outbound.protection.outlook.com",
     auth={"dkim": "none", "spf": "pass", "dmarc": "none", "mailfrom": "MRWP264CU003.outbound.protection.outlook.com"},
     date="2025-05-27 13:20:05",
     raw="""
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lycee-prive-ouest.example.fr>
To: support@assistance.example.fr
Date: {DATE_UTC}
Subject: =?utf-8?Q?Remise_diff=C3=A9r=C3=A9e=C2=A0:_[#SUP-012420]_Transferts_EcoleDirecte?=
Content-Type: multipart/report; report-type=delivery-status;
	boundary="a3c1f07e-62d4-4b9a-8e15-9d0c7b2f4e68"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
Message-ID: <c0b7e1d4-9a2f-4e36-8b15-7f3d2a6c9e01@MR1P264MB2870.FRAP264.PROD.OUTLOOK.COM>
In-Reply-To: <SUP-012420.1748336400.f2c718@assistance.example.fr>
References: <SUP-012420.1748336400.f2c718@assistance.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied

--a3c1f07e-62d4-4b9a-8e15-9d0c7b2f4e68
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

La remise est diff=C3=A9r=C3=A9e pour les destinataires ou groupes suivants=
 : informatique@lycee-prive-ouest.example.fr

Objet : [#SUP-012420] Transferts EcoleDirecte

Ce message n'a pas encore =C3=A9t=C3=A9 remis. Nous continuerons =C3=A0 ess=
ayer de le remettre.

Le serveur continuera de tenter de remettre ce message pendant les 45 heur=
es et 40 minutes suivantes. Vous recevrez un avertissement si le message ne=
 peut pas =C3=AAtre remis pendant cette p=C3=A9riode.

--a3c1f07e-62d4-4b9a-8e15-9d0c7b2f4e68
Content-Type: message/delivery-status

Reporting-MTA: dns;MR1P264MB2870.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;out1.assistance.example.fr
Arrival-Date: Tue, 27 May 2025 09:00:00 +0000

Final-Recipient: rfc822;informatique@lycee-prive-ouest.example.fr
Action: delayed
Status: 4.4.7
Will-Retry-Until: Thu, 29 May 2025 09:00:00 +0000

--a3c1f07e-62d4-4b9a-8e15-9d0c7b2f4e68--
""")

mail(cat="automated", ok=False, hard=False, uai=None, region="nouvelle-aquitaine", platform=None,
     notes="Another help desk's acknowledgement (the académie's assistance platform) of a message the desk sent it: Auto-Submitted, X-Loop; answering it would start a mail loop. Region from the ac-poitiers.fr sender.",
     envelope="assistance-noreply@ac-poitiers.fr", relay="smtp1.ac-poitiers.fr",
     date="2025-05-22 15:08:21",
     raw="""
From: =?utf-8?Q?Plateforme_d=27assistance_acad=C3=A9mique?= <assistance-noreply@ac-poitiers.fr>
To: support@assistance.example.fr
Subject: =?utf-8?Q?[Ticket_n=C2=B0_2025-051872]_Accus=C3=A9_de_r=C3=A9ception_-_MailInBlack_sur_?=
 =?utf-8?Q?les_coll=C3=A8ges_de_la_Vienne?=
Date: {DATE}
Message-ID: <ack-2025-051872@assistance.ac-poitiers.fr>
Auto-Submitted: auto-replied
X-Loop: assistance@ac-poitiers.fr
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,

Votre demande a bien été enregistrée sous le numéro 2025-051872.
Elle sera prise en charge par un technicien dans les meilleurs délais.

Merci de ne pas répondre à ce message. Pour compléter votre demande, utilisez le lien suivant :
https://assistance.ac-poitiers.fr/ticket/2025-051872

La plateforme d'assistance académique
""")

mail(cat="automated", ok=False, hard=False, uai=None, region=None, platform=None, lang="en",
     notes="Microsoft 365 'Undeliverable:' NDR in English (5.1.10 recipient not found) from a private school tenant, multipart/report.",
     envelope="", null_rp=True, relay="PA4P264CU002.outbound.protection.outlook.com",
     auth={"dkim": "none", "spf": "pass", "dmarc": "none", "mailfrom": "PA4P264CU002.outbound.protection.outlook.com"},
     date="2025-05-30 11:36:50",
     raw="""
From: postmaster@stmichel-priziac.example.fr
To: support@assistance.example.fr
Date: {DATE_UTC}
Subject: Undeliverable: [#SUP-012502] Your request
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0c8f2e51-7b3d-49a6-a1e4-6d29c0f7b385"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <5e3a9c17-0d2b-4f86-9a71-c4e8b2f0d693@PR3P264MB1733.FRAP264.PROD.OUTLOOK.COM>
In-Reply-To: <SUP-012502.1748597800.9a0c31@assistance.example.fr>
References: <SUP-012502.1748597800.9a0c31@assistance.example.fr>
MIME-Version: 1.0
Auto-Submitted: auto-replied

--0c8f2e51-7b3d-49a6-a1e4-6d29c0f7b385
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to documentaliste@stmichel-priziac.example.fr couldn't be delivered.

documentaliste wasn't found at stmichel-priziac.example.fr.

Action Required                                    Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.

Diagnostic information for administrators:
Generating server: PR3P264MB1733.FRAP264.PROD.OUTLOOK.COM
documentaliste@stmichel-priziac.example.fr
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--0c8f2e51-7b3d-49a6-a1e4-6d29c0f7b385
Content-Type: message/delivery-status

Reporting-MTA: dns;PR3P264MB1733.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;out2.assistance.example.fr
Arrival-Date: Fri, 30 May 2025 09:36:47 +0000

Final-Recipient: rfc822;documentaliste@stmichel-priziac.example.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--0c8f2e51-7b3d-49a6-a1e4-6d29c0f7b385
Content-Type: message/rfc822

From: Assistance <support@assistance.example.fr>
To: documentaliste@stmichel-priziac.example.fr
Subject: [#SUP-012502] Your request
Date: Fri, 30 May 2025 11:36:40 +0200
Message-ID: <SUP-012502.1748597800.9a0c31@assistance.example.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Hello,

We have received your request. It will be handled by the team of your region.

Support team

--0c8f2e51-7b3d-49a6-a1e4-6d29c0f7b385--
""")


# =============================================================== other (18)

mail(cat="other", ok=False, hard=False, uai=None, region=None, platform=None,
     notes="A parent asks about the refund of a cancelled school trip: wrong address, unrelated to the services.",
     frm=("Stéphane Morin", "steph.morin44@sfr.example.fr"), client="samsung", date="2025-05-19 20:41:16",
     subject="Remboursement voyage scolaire",
     body="""
Bonjour,

Ma fille est en 5e au collège et le voyage à Londres prévu du 2 au 6 juin a été annulé par l'établissement la semaine dernière, paraît-il à cause d'un problème de transporteur. Nous avions versé 420 euros en trois fois.

Personne ne nous a dit quand et comment nous serions remboursés. J'ai trouvé votre adresse en bas d'un mail du collège, je suppose que c'est vous qui gérez les paiements ?

Merci de me répondre rapidement.
Stéphane Morin

Envoyé depuis mon smartphone Samsung Galaxy.
""")

mail(cat="other", ok=False, hard=True, uai="0161179V", region="nouvelle-aquitaine", platform="esidoc",
     in_reply_to="<SUP-012166.1747826580.71aa05@assistance.example.fr>",
     notes="Thanks only, quoting the reset answer: the words 'mot de passe' and 'lien' appear but nothing is asked. UAI in the signature.",
     frm=("Marine Audouin", "marine.audouin@ac-poitiers.fr"), client="thunderbird", date="2025-05-21 13:52:08",
     subject="Re: [#SUP-012166] Mot de passe e-sidoc",
     body="""
Bonjour,

Tout est rentré dans l'ordre, le lien a fonctionné du premier coup et j'ai pu choisir un nouveau mot de passe (noté, cette fois !). Merci beaucoup pour la rapidité de la réponse.

Bonne fin de semaine,
Marine Audouin
Collège Marguerite de Valois, Angoulême - 0161179V

Le 21/05/2025 à 13:23, Assistance a écrit :
> Bonjour,
>
> Un lien de réinitialisation du mot de passe a été envoyé à l'adresse connue
> pour votre établissement. Il est valable 12 heures.
>
> Cordialement,
> L'équipe d'assistance
""")

mail(cat="other", ok=False, hard=True, uai=None, region=None, platform=None,
     auth={"dkim": "none", "spf": "softfail", "dmarc": "none"},
     notes="Phishing: 'quota de messagerie atteint, confirmez votre mot de passe'. Mentions a password but is not password_reset; the look-alike domain ac-nantes-messagerie.example.net is not an académie domain, so no region.",
     frm=("Service Messagerie Académique", "quota@ac-nantes-messagerie.example.net"), client="roundcube", date="2025-05-22 03:17:44",
     subject="Votre boite aux lettres a atteint 98% de sa capacite",
     body="""
Cher utilisateur,

Votre boite aux lettres academique a atteint 98% de son quota. Les nouveaux messages seront rejetes sous 24 heures et les messages existants pourraient etre supprimes.

Pour eviter la suspension de votre compte, confirmez votre identifiant et votre mot de passe en cliquant sur le lien ci-dessous :

http://ac-nantes-messagerie.example.net/webmail/verification

Sans validation de votre part, votre compte sera desactive.

Cordialement,
Service Messagerie
Rectorat de l'academie
""")

mail(cat="other", ok=False, hard=False, uai=None, region=None, platform=None,
     notes="Cold sales prospecting for CDI furniture, written to one person (no list headers): other, not automated.",
     frm=("Julien Perrochaud", "j.perrochaud@mobilier-biblio-ouest.example.fr"), client="outlook", date="2025-05-20 11:02:37",
     subject="Aménagement de vos CDI - rendez-vous ?",
     body="""
Bonjour,

Je me permets de vous contacter car nous accompagnons depuis quinze ans les collèges et écoles de l'Ouest dans l'aménagement de leurs CDI et BCD : bacs à albums, assises modulables, espaces de lecture « cocon », signalétique.

Nous venons d'équiper trois collèges de Loire-Atlantique avec des résultats très appréciés des élèves. Je serai dans votre secteur la semaine du 10 juin et je serais ravi de vous présenter notre nouveau catalogue lors d'un rendez-vous de 30 minutes.

Quel créneau vous conviendrait ?

Bien à vous,

Julien Perrochaud
Chargé d'affaires Grand Ouest
""")

mail(cat="other", ok=False, hard=False, uai=None, region="normandie", platform=None,
     notes="Angry complaint about an unanswered request that says nothing about the topic: no category can be told. Region from the ac-caen.fr sender.",
     frm=("Dominique Lesueur", "dominique.lesueur@ac-caen.fr"), client="zimbra", date="2025-05-23 17:48:30",
     subject="Toujours aucune réponse !!!",
     body="""
Bonjour,

Je vous ai écrit il y a DIX jours. Aucune réponse, aucun accusé de réception, rien. J'ai rappelé deux fois, on m'a dit que « c'était transmis ».

Je ne sais pas comment fonctionne votre service mais je trouve inadmissible qu'un établissement scolaire soit traité de cette manière. Nous ne sommes pas des clients de seconde zone.

J'attends un appel de votre responsable.

D. Lesueur
""")

mail(cat="other", ok=False, hard=False, uai=None, region="pays-de-la-loire", platform=None,
     in_reply_to="<SUP-012401.1748263800.0df4c9@assistance.example.fr>",
     notes="'Bien reçu, merci' from a phone in reply to the desk: nothing to do. Region from ac-nantes.fr.",
     frm=("Yohann Bernier", "yohann.bernier@ac-nantes.fr"), client="iphone", date="2025-05-26 14:55:03",
     subject="Re: [#SUP-012401] Votre demande",
     body="""
Bien reçu, merci.

Y. Bernier

Envoyé de mon iPhone

> Le 26 mai 2025 à 14:50, Assistance <support@assistance.example.fr> a écrit :
>
> Bonjour,
>
> Votre demande a bien été enregistrée. Elle sera traitée par l'équipe de votre région dans les meilleurs délais.
>
> Cordialement,
> L'équipe d'assistance
""")

mail(cat="other", ok=False, hard=False, uai=None, region="nouvelle-aquitaine", platform=None,
     notes="A documentaliste asks for advice and teaching resources for a media-literacy project: unrelated to the services. Region from ac-poitiers.fr.",
     frm=("Agnès Cottereau", "agnes.cottereau@ac-poitiers.fr"), client="thunderbird", date="2025-05-21 21:33:49",
     subject="Ressources pour un projet d'éducation aux médias",
     body="""
Bonjour,

Je prépare pour l'an prochain un projet d'éducation aux médias avec les 4e (création d'un journal du collège, en lien avec la Semaine de la presse). Je me demandais si vous proposiez, en plus des abonnements, des séquences pédagogiques toutes prêtes, des fiches pour les élèves, ou si vous pouviez me conseiller des ressources gratuites de qualité.

J'ai déjà regardé ce que propose le CLEMI, mais j'aimerais des idées plus adaptées à un petit collège rural.

Merci d'avance pour vos suggestions,
Agnès Cottereau
""")

mail(cat="other", ok=False, hard=False, uai=None, region=None, platform=None,
     notes="GDPR erasure request from a former CPE who left the education system: other (human review), not account_creation.",
     frm=("Romane Guillet", "romane.guillet@mailo.example.fr"), client="roundcube", date="2025-05-24 11:20:15",
     subject="Demande de suppression de mes données personnelles",
     body="""
Madame, Monsieur,

J'ai été CPE dans un collège de Vendée jusqu'en 2023, et à ce titre j'ai eu un compte sur vos services (portail de suivi des demandes, me semble-t-il). J'ai depuis quitté l'Éducation nationale.

Conformément à l'article 17 du RGPD, je vous demande de supprimer l'ensemble des données personnelles me concernant que vous détenez, et de me confirmer cette suppression par écrit.

Je vous remercie par avance.

Romane Guillet
""")

mail(cat="other", ok=False, hard=False, uai=None, region="bretagne", platform="espace_acheteur",
     notes="Wants to register for the webinar presenting the new Espace Acheteur; the registration link fails: other.",
     frm=("Tristan Le Meur", "tristan.le-meur@ac-rennes.fr"), client="outlook", date="2025-05-27 15:13:40",
     subject="Inscription au webinaire du 5 juin",
     body="""
Bonjour,

J'ai reçu l'invitation au webinaire de présentation des nouvelles fonctions de l'Espace Acheteur du jeudi 5 juin. Le lien d'inscription mène à une page « Événement introuvable ».

Pouvez-vous m'inscrire directement, ou me transmettre le bon lien ? Deux collègues gestionnaires du bassin de Morlaix voudraient aussi y participer.

Merci,
Tristan Le Meur
""")

mail(cat="other", ok=False, hard=False, uai=None, region="pays-de-la-loire", platform="ticket_portal",
     notes="How to add an attachment to an existing ticket on the ticket portal: a how-to question with no category of its own.",
     frm=("Laëtitia Raimbault", "laetitia.raimbault@ac-nantes.fr"), client="zimbra", date="2025-05-28 09:48:22",
     subject="Ajouter une pièce jointe à un ticket",
     body="""
Bonjour,

On m'a demandé d'ajouter une capture d'écran à la demande que j'ai ouverte la semaine dernière sur votre portail de tickets. Je ne trouve pas où le faire : il y a un champ pour écrire un commentaire, mais pas de bouton pour joindre un fichier.

Faut-il rouvrir une nouvelle demande ? Ce serait dommage de tout réexpliquer.

Merci,
Laëtitia Raimbault
""")

mail(cat="other", ok=False, hard=False, uai=None, region=None, platform=None,
     attach=[("CV_Maelys_Hamon_documentaliste.pdf", "application/pdf", fake_pdf("CV"))],
     notes="Unsolicited job application (contract librarian) with a CV attached: other.",
     frm=("Maëlys Hamon", "maelys.hamon@laposte.example.fr"), client="gmail", date="2025-05-25 16:06:57",
     subject="Candidature spontanée - documentaliste",
     body="""
Madame, Monsieur,

Titulaire d'un master Métiers de l'enseignement (parcours documentation) et d'une expérience de deux ans comme professeure documentaliste contractuelle dans des collèges d'Ille-et-Vilaine, je me permets de vous adresser ma candidature.

Je connais bien vos outils, que j'ai utilisés quotidiennement, et je serais très intéressée par un poste de formatrice ou de chargée d'assistance auprès des établissements. Vous trouverez mon CV en pièce jointe.

Je me tiens à votre disposition pour un entretien.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Maëlys Hamon
""")

mail(cat="other", ok=False, hard=True, uai=None, region=None, platform=None,
     auth={"dkim": "fail", "spf": "fail", "dmarc": "fail", "p": "reject"},
     attach=[("Facture_impayee_0525.pdf.html", "text/html", b"<html><body><script>location='http://x.example.net/'</script></body></html>")],
     notes="Fake 'facture impayée' with an HTML file posing as a PDF, from an unknown sender with failing SPF/DKIM/DMARC: phishing, not order_billing.",
     frm=("Service Comptabilité", "compta@fournitures-scolaires-relance.example.net"), client="outlook", date="2025-05-26 06:44:12",
     subject="Facture impayée - dernier rappel avant contentieux",
     body="""
Bonjour,

Sauf erreur de notre part, la facture jointe d'un montant de 1 846,20 EUR reste impayée malgré nos relances.

Merci de procéder au règlement sous 48 heures pour éviter la transmission du dossier à notre service contentieux. Le détail et les coordonnées bancaires figurent dans la pièce jointe.

Cordialement,
Service Comptabilité
""")

mail(cat="other", ok=False, hard=False, uai=None, region=None, platform=None,
     notes="A person asks by hand to be removed from the desk's information letter: written by a person, so not automated.",
     frm=("Jean-Louis Pétard", "jl.petard@orange.example.fr"), client="roundcube", date="2025-05-27 19:30:44",
     subject="désinscription",
     body="""
Bonjour,

Je suis à la retraite depuis septembre dernier et je reçois toujours votre lettre d'information destinée aux gestionnaires, sur mon adresse personnelle. Le lien de désinscription en bas ne fonctionne pas (« page introuvable »).

Merci de me retirer de votre liste.

Jean-Louis Pétard
""")

mail(cat="other", ok=False, hard=False, uai=None, region="nouvelle-aquitaine", platform=None,
     notes="Personal message between colleagues sent to the desk by address autocomplete (a colleague named Suzanne Portier): about a school outing, nothing for the desk. Region from ac-poitiers.fr.",
     frm=("Céline Baudouin", "celine.baudouin@ac-poitiers.fr"), client="zimbra", date="2025-05-22 12:17:31",
     subject="Sortie Futuroscope mardi",
     body="""
Coucou Suzanne,

Pour mardi, le car part à 8 h 15 du parking du gymnase. J'ai la liste des 5e C, tu prends celle des 5e D ? Il manque encore deux autorisations parentales chez moi, je relance les familles ce soir.

Pense à prendre la trousse de secours de l'infirmerie, Sandrine sera en formation.

Bises et à demain,
Céline
""")

mail(cat="other", ok=False, hard=False, uai="0270335T", region="normandie", platform="esidoc",
     notes="How-to question: whether and how to purge pupils' loan history in the portal at year end for data-protection reasons; no category of its own.",
     frm=("Véronique Duhamel", "veronique.duhamel@ac-normandie.fr"), client="thunderbird", date="2025-05-28 11:35:02",
     subject="Historique des prêts et RGPD",
     body="""
Bonjour,

Notre délégué à la protection des données a fait le tour des établissements et m'a demandé combien de temps nous conservions l'historique des prêts des élèves dans le logiciel du CDI. Je n'en ai aucune idée : je vois des prêts de 2017 dans les fiches de certains élèves partis depuis longtemps.

Existe-t-il une fonction pour purger l'historique en fin d'année, ou une durée de conservation recommandée ? Le collège est le collège Victor Hugo de Gisors (UAI 0270335T).

Merci,
Véronique Duhamel
""")

mail(cat="other", ok=False, hard=False, uai=None, region=None, platform=None, lang="en",
     auth={"dkim": "pass", "spf": "pass", "dmarc": "none"},
     notes="English SEO spam to the desk address.",
     frm=("Ethan Parker", "ethan@rank-boost-agency.example.com"), client="gmail", date="2025-05-24 02:11:38",
     subject="Quick question about assistance.example.fr rankings",
     body="""
Hi there,

I was checking assistance.example.fr and noticed you're missing out on a lot of organic traffic for keywords like "school library software" and "education purchasing platform".

We've helped 200+ companies reach page 1 on Google within 90 days. Would you be open to a free audit? Just reply "YES" and I'll send it over.

Cheers,
Ethan Parker
Growth Lead, RankBoost
""")

mail(cat="other", ok=False, hard=False, uai=None, region="bretagne", platform=None,
     notes="Asks only to be called back, with a phone number; no topic at all. Region from ac-rennes.fr.",
     frm=("Pierrick Guéguen", "pierrick.gueguen@ac-rennes.fr"), client="iphone", date="2025-05-30 08:52:19",
     subject="Rappel svp",
     body="""
Bonjour, pouvez-vous me rappeler au 02 98 44 61 07 (poste 214) ce matin ? C'est plus simple de vous expliquer de vive voix.
Merci
P. Guéguen

Envoyé de mon iPhone
""")

mail(cat="other", ok=False, hard=True, uai="0502033N", region="normandie", platform="espace_acheteur",
     in_reply_to="<SUP-012260.1747760400.5c0e8d@assistance.example.fr>",
     notes="Reply on a ticket (Outlook quote) only to say it is solved: it was 'le truc antispam' (MailInBlack) after all, and the ticket can be closed. Names the anti-spam product but asks nothing: other, not mailinblack_spam.",
     frm=("Brigitte Letellier", "brigitte.letellier@clg-granville.example.fr"), client="outlook", date="2025-05-29 09:26:53",
     subject="RE: [#SUP-012260] Mail d'activation non reçu",
     body="""
Bonjour,

Vous pouvez clôturer ma demande : c'était bien le truc antispam finalement, le MailInBlack que la mairie a installé. Le technicien de la mairie a autorisé vos adresses hier soir et j'ai reçu le mail d'activation ce matin. Tout fonctionne.

Merci pour votre patience,

Brigitte Letellier
Collège André Malraux, Granville - 0502033N

De : Assistance <support@assistance.example.fr>
Envoyé : mardi 20 mai 2025 19:00
À : Brigitte Letellier <brigitte.letellier@clg-granville.example.fr>
Objet : [#SUP-012260] Mail d'activation non reçu

Bonjour,

Les messages automatiques de l'Espace Acheteur sont envoyés par une adresse no-reply. Vérifiez votre dossier de courrier indésirable, marquez le message comme légitime et ajoutez l'expéditeur à vos contacts.

Cordialement,
L'équipe d'assistance
""")


# ---------------------------------------------------------------- building

def parse_when(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M").replace(tzinfo=PARIS)


UAI_SHAPE = re.compile(r"(?<![0-9A-Za-z])\d{7}[A-Za-z](?![0-9A-Za-z])")


def message_id(style, dom, when):
    """A client-shaped Message-ID that never contains a UAI-shaped token by chance."""
    while True:
        mid = _message_id(style, dom, when)
        if not UAI_SHAPE.search(mid):
            return mid


def _message_id(style, dom, when):
    if style in ("outlook", "outlook_html"):
        box = rng.choice(["PAXP264MB", "PR3P264MB", "MR1P264MB", "PA4P264MB", "MRZP264MB"]) + str(rng.randint(1000, 9999))
        return "<%s%s@%s.FRAP264.PROD.OUTLOOK.COM>" % (box, rhex(24).upper(), box)
    if style == "outlook_old":
        return "<%s01db%s$%s$%s@%s>" % (rhex(6), rhex(4), rhex(8), rhex(8), dom)
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % ralnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-_")
    if style == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (rng.randint(10**8, 10**9), rng.randint(1000, 99999),
                                                 int(when.timestamp() * 1000), dom)
    if style in ("iphone", "apple"):
        return "<%s@%s>" % (uuid_like().upper(), dom)
    if style == "samsung":
        return "<%s.%d@email.android.com>" % (ralnum(24, "abcdefghijklmnopqrstuvwxyz0123456789"), int(when.timestamp() * 1000))
    if style == "roundcube":
        return "<%s@%s>" % (rhex(32), dom)
    return "<%s@%s>" % (uuid_like(), dom)


def pick_charset(text, prefer):
    for cs in prefer:
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return "utf-8"


def build_regular(spec, when):
    style = spec.get("client", "thunderbird")
    name, sender = spec["frm"]
    dom = sender.rsplit("@", 1)[1]
    text = spec["body"].strip("\n") + "\n"
    html_style = {"outlook": "outlook", "outlook_html": "outlook", "outlook_old": "outlook", "gmail": "gmail",
                  "zimbra": "zimbra", "apple": "apple", "iphone": "apple", "samsung": "samsung"}.get(style, "samsung")
    if style in ("thunderbird", "roundcube"):
        text = wrap_text(text, flowed=(spec.get("cte") in (None, "8bit")))

    lines = transport(sender, when, style, spec.get("auth"), spec.get("relay"))
    h = []
    hstyle = spec.get("hstyle", "b" if style in ("gmail", "samsung") else "q")
    hcs = spec.get("hcharset", "iso-8859-1" if style == "outlook_old" else "utf-8")
    subject = enc_header(spec["subject"], hstyle, pick_charset(spec["subject"], [hcs]))
    from_h = addr(name, sender, hstyle, pick_charset(name, [hcs]))
    to_h = spec.get("to", DESK)
    ms365 = style in ("outlook", "outlook_html") and not dom.startswith("ac-")
    date_h = rfc_date(when.astimezone(UTC) if ms365 else when)
    mid = message_id(style if (ms365 or style not in ("outlook", "outlook_html")) else "outlook_old", dom, when)
    irt = spec.get("in_reply_to")
    refs = spec.get("references", irt)

    if style in ("outlook", "outlook_html"):
        h += ["From: %s" % from_h, "To: %s" % to_h]
        if spec.get("cc"):
            h.append("CC: %s" % spec["cc"])
        h += ["Subject: %s" % subject,
              "Thread-Topic: %s" % enc_header(re.sub(r"^(RE|TR|Re|Fwd?) ?: ?", "", spec["subject"]), hstyle, "utf-8"),
              "Thread-Index: %s" % base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode(),
              "Date: %s" % date_h, "Message-ID: %s" % mid]
        if irt:
            h += ["References: %s" % refs, "In-Reply-To: %s" % irt]
        h += ["Accept-Language: fr-FR, en-US", "Content-Language: fr-FR",
              "X-MS-Has-Attach: %s" % ("yes" if spec.get("attach") else ""), "X-MS-TNEF-Correlator: "]
        if not ms365:
            h = [x for x in h if not x.startswith(("X-MS-", "Accept-Language"))] + ["X-Mailer: Microsoft Outlook 16.0"]
    else:
        if style == "thunderbird":
            h += ["Message-ID: %s" % mid, "Date: %s" % date_h, "MIME-Version: 1.0",
                  "User-Agent: Mozilla Thunderbird", "Content-Language: fr" if spec.get("lang", "fr") == "fr" else "Content-Language: en-GB"]
            if irt:
                h += ["References: %s" % refs, "In-Reply-To: %s" % irt]
            h += ["To: %s" % to_h]
            if spec.get("cc"):
                h.append("Cc: %s" % spec["cc"])
            h += ["From: %s" % from_h, "Subject: %s" % subject]
        else:
            h += ["Date: %s" % date_h, "From: %s" % from_h, "To: %s" % to_h]
            if spec.get("cc"):
                h.append("Cc: %s" % spec["cc"])
            h += ["Message-ID: %s" % mid]
            if irt:
                h += ["In-Reply-To: %s" % irt, "References: %s" % refs]
            h += ["Subject: %s" % subject]
            if style == "zimbra":
                h += ["MIME-Version: 1.0", "X-Mailer: Zimbra 10.0.13_GA_0500 (ZimbraWebClient - FF138 (Win)/10.0.13_GA_0500)",
                      "Thread-Topic: %s" % enc_header(spec["subject"], "q"), "Thread-Index: %s" % ralnum(20)]
            elif style == "iphone":
                h += ["Mime-Version: 1.0 (1.0)", "X-Mailer: iPhone Mail (22E252)"]
            elif style == "apple":
                h += ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))",
                      "X-Mailer: Apple Mail (2.3826.500.181.1.5)"]
            elif style == "roundcube":
                h += ["MIME-Version: 1.0", "User-Agent: Roundcube Webmail/1.6.9"]
            elif style == "outlook_old":
                h += ["MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0",
                      "Thread-Index: %s" % base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode(),
                      "Content-Language: fr"]
            else:
                h += ["MIME-Version: 1.0"]
    if spec.get("reply_to"):
        h.append("Reply-To: %s" % spec["reply_to"])
    h += spec.get("extra", [])

    # ---- body
    fmt = spec.get("fmt")
    if fmt is None:
        fmt = {"thunderbird": "plain", "roundcube": "plain", "iphone": "plain", "outlook_html": "html"}.get(style, "alt")
    cte = spec.get("cte")
    prefer = spec.get("charset")
    if style in ("outlook", "outlook_html", "outlook_old"):
        cs = prefer or pick_charset(text, ["iso-8859-1", "windows-1252"])
        cte = cte or "quoted-printable"
    elif style == "samsung":
        cs, cte = prefer or "utf-8", cte or "base64"
    elif style in ("thunderbird", "roundcube"):
        cs, cte = prefer or "utf-8", cte or "8bit"
    else:
        cs = prefer or "utf-8"
        cte = cte or ("7bit" if text.isascii() else "quoted-printable")
    if cte == "7bit" and not text.isascii():
        cte = "quoted-printable"
    if cte == "8bit" and cs.lower() not in ("utf-8", "us-ascii"):
        spec["file_charset"] = cs  # a legacy 8-bit body: the whole file is written in that charset
    flowed = "; format=flowed" if (style == "thunderbird" and cte == "8bit") else ""
    if style == "roundcube" and cte == "8bit":
        flowed = "; format=flowed"

    parts = []
    if fmt in ("plain", "alt"):
        parts.append(encode_part("text/plain", cs, cte, text, flowed))
    if fmt in ("html", "alt"):
        markup = spec.get("html") or text_to_html(spec["body"].strip("\n"), html_style)
        markup = markup.replace("%%CHARSET%%", cs)
        hcte = "quoted-printable" if cte in ("8bit", "7bit") else cte
        parts.append(encode_part("text/html", cs, hcte, markup))

    if len(parts) == 1:
        body_head, body = parts[0]
        mime_head = body_head.rstrip("\n").split("\n")
        content = body
    else:
        b = boundary(html_style)
        mime_head = ['Content-Type: multipart/alternative;', ' boundary="%s"' % b]
        chunks = []
        if style == "thunderbird":
            chunks.append("This is a multi-part message in MIME format.\n")
        for ph, pb in parts:
            chunks.append("--%s\n%s\n%s" % (b, ph, pb if pb.endswith("\n") else pb + "\n"))
        chunks.append("--%s--\n" % b)
        content = "\n".join(chunks)

    if spec.get("attach"):
        mb = boundary(html_style)
        if mb.startswith("_000_"):
            mb = "_004_" + mb[5:]
        inner = "\n".join(mime_head) + "\n\n" + content
        chunks = ["--%s\n%s" % (mb, inner if inner.endswith("\n") else inner + "\n")]
        for fname, ctype, data in spec["attach"]:
            enc = base64.encodebytes(data).decode("ascii")
            chunks.append('--%s\nContent-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
                          'Content-Transfer-Encoding: base64\n\n%s' % (mb, ctype, fname, fname, enc))
        chunks.append("--%s--\n" % mb)
        mime_head = ["Content-Type: multipart/mixed;", ' boundary="%s"' % mb]
        content = "\n".join(chunks)

    if style in ("outlook", "outlook_html"):
        mime_head = mime_head + ["MIME-Version: 1.0"]
    elif style == "thunderbird" and "MIME-Version: 1.0" not in h:
        mime_head = ["MIME-Version: 1.0"] + mime_head
    out = "\n".join(lines + h + mime_head) + "\n\n" + content
    return out


def build_custom(spec, when):
    """Automated and other machine-shaped mails: headers and MIME written by hand in the spec."""
    sender = spec["envelope"] or "MAILER-DAEMON@" + spec["relay"]
    style = spec.get("client", "plain")
    lines = transport(sender, when, style, spec.get("auth"), spec.get("relay"), hop=spec.get("hop", False))
    if spec.get("null_rp"):
        lines[0] = "Return-Path: <>"
    raw = spec["raw"].strip("\n") + "\n"
    raw = raw.replace("{DATE}", rfc_date(when)).replace("{DATE_UTC}", rfc_date(when.astimezone(UTC)))
    raw = raw.replace("{MID}", message_id(style, sender.rsplit("@", 1)[1], when))
    return "\n".join(lines) + "\n" + raw


# ---------------------------------------------------------------- checking

UAI_RX = re.compile(r"(?<![0-9A-Za-z])(\d(?: ?\d){6} ?[A-Za-z])(?![0-9A-Za-z])")


def norm(s):
    return re.sub(r"[\s.\-_]", "", s).upper()


def visible_text(msg):
    """Decoded text a reader (or a classifier) can see: headers shown to people and every text part."""
    out = []
    for key in ("From", "To", "Cc", "Reply-To", "Subject", "Sender"):
        for v in msg.get_all(key) or []:
            out.append(str(v))
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                out.append(part.get_content())
            except Exception:  # noqa: BLE001 - malformed on purpose in a few mails
                out.append(part.get_payload(decode=True).decode("latin-1"))
        elif part.get_content_type() in ("message/rfc822", "text/rfc822-headers", "message/delivery-status"):
            for sub in part.walk():
                for key in ("From", "To", "Subject"):
                    v = sub.get(key)
                    if v:
                        out.append(str(v))
    return "\n".join(out)


def check_all(records):
    counts = {c: 0 for c in CATEGORIES}
    for rec, spec, raw in records:
        f = rec["file"]
        assert rec["category"] in CATEGORIES, f
        counts[rec["category"]] += 1
        assert rec["platform"] in PLATFORMS, f
        assert rec["lang"] in ("fr", "en"), f
        assert isinstance(rec["hard"], bool) and isinstance(rec["auto_reply_ok"], bool), f
        assert rec["notes"] and len(rec["notes"]) > 20, f
        if rec["auto_reply_ok"]:
            assert rec["category"] in AUTO_REPLY_CATEGORIES, (f, "auto_reply_ok on a human/ignore category")
        msg = message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            assert not [d for d in part.defects if spec.get("defects_ok") is not True], (f, part.defects)
        text = visible_text(msg)
        ntext = norm(text)
        sender = parseaddr(str(msg["From"]))[1]
        # the labelled UAI: a real code, present in the message
        if rec["uai"] is not None:
            assert uai_is_valid(rec["uai"]) and rec["uai"] == rec["uai"].upper(), (f, rec["uai"])
            assert rec["uai"] in ntext, (f, "labelled UAI not in the message", rec["uai"])
        # every code-shaped token is accounted for
        found = {norm(m) for m in UAI_RX.findall(text)}
        found |= {norm(m) for m in re.findall(r"ce\.(\d{7}[A-Za-z])@", text)}
        allowed_valid = {rec["uai"]} | set(spec.get("also", []))
        bad = set(spec.get("bad", []))
        for code in found:
            if uai_is_valid(code):
                assert code in allowed_valid, (f, "unexpected valid UAI", code)
            else:
                assert code in bad, (f, "code with wrong check letter not declared", code)
        for code in bad:
            assert not uai_is_valid(code), (f, code)
            assert code in ntext, (f, "declared wrong code not in the message", code)
            assert code in rec["notes"], (f, "notes must mention the wrong code", code)
            right = code[:7] + check_letter(code[:7])
            assert right in rec["notes"], (f, "notes must give the right letter", right)
        # nothing else in the raw file (ids, encoded parts) looks like a code by chance
        for code in {m.upper() for m in UAI_SHAPE.findall(raw.decode("latin-1"))}:
            assert code in allowed_valid or code in bad, (f, "UAI-shaped token in the raw file", code)
        for code in spec.get("also", []):
            assert uai_is_valid(code) and code in ntext and code in rec["notes"], (f, code)
        # region rule: UAI first, else the ac-*.fr sender domain, else null
        assert rec["region"] == expected_region(rec["uai"], sender), (f, rec["region"], expected_region(rec["uai"], sender))
        # the desk address is the recipient of every mail
        assert DESK in raw.decode("latin-1"), f
    assert counts == TARGET_COUNTS, counts
    return counts


def main():
    assert len(MAILS) == 150, len(MAILS)
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    for name in os.listdir(HERE):
        if re.fullmatch(r"h\d{3}\.eml", name):
            os.remove(os.path.join(HERE, name))
    records = []
    for num, idx in enumerate(order, 1):
        spec = MAILS[idx]
        when = parse_when(spec["date"])
        text = build_custom(spec, when) if "raw" in spec else build_regular(spec, when)
        raw = text.replace("\r\n", "\n").replace("\n", "\r\n")
        data = raw.encode(spec.get("file_charset", "utf-8"))
        fname = "h%03d.eml" % num
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        rec = {"file": fname, "category": spec["cat"], "auto_reply_ok": spec["ok"], "uai": spec["uai"],
               "region": spec["region"],
               "platform": spec.get("platform"), "hard": spec["hard"], "lang": spec.get("lang", "fr"),
               "notes": spec["notes"]}
        records.append((rec, spec, data))
    counts = check_all(records)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec, _, _ in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_ok = sum(r["auto_reply_ok"] for r, _, _ in records)
    n_hard = sum(r["hard"] for r, _, _ in records)
    print("wrote %d mails; auto_reply_ok true: %d; hard: %d" % (len(records), n_ok, n_hard))
    for c in CATEGORIES:
        print("  %-32s %d" % (c, counts[c]))


if __name__ == "__main__":
    main()
